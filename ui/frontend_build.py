"""An offline copy of Chainlit's frontend build: the same files, minus the internet.

Chainlit 2.12's `index.html` links two render-blocking stylesheets from the internet (Google
Fonts' Inter, KaTeX from jsDelivr). Where those requests hang, the login form took 30 s to show.
`public/theme.json` (`"custom_fonts": []`) empties the font block; the KaTeX link and the
Google preconnects can only go with a patched build (Chainlit's `custom_build`).

We generate the patched build at start-up under the data dir instead of committing it: it is
~the size of Chainlit's bundle, its hashed asset names change with every Chainlit release, and
generating it from the installed package keeps the two in step. Assets are hard-linked (copied
when the data dir is on another filesystem), so it costs ~10 ms and no disk after the first run.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import shutil
from pathlib import Path

# Stylesheets and preconnects pointing off the machine; everything else is served locally.
_REMOTE_LINK = re.compile(
    r"""\s*<link\b[^>]*\bhref="https?://[^"]*"[^>]*/?>""", re.IGNORECASE | re.DOTALL
)


def chainlit_dist() -> Path:
    """Chainlit's packaged frontend, located without importing chainlit (that reads config)."""
    spec = importlib.util.find_spec("chainlit")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("chainlit is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "frontend" / "dist"


def offline_index(html: str) -> str:
    """`index.html` without any <link> to another host."""
    return _REMOTE_LINK.sub("", html)


def prepare_offline_build(root: Path, source: Path | None = None) -> Path:
    """Build (once per Chainlit version) and return the offline frontend directory."""
    source = source or chainlit_dist()
    index = (source / "index.html").read_text(encoding="utf-8")
    version = hashlib.sha256(index.encode()).hexdigest()[:12]
    target = root / f"frontend-{version}"
    if (target / "index.html").is_file():
        return target
    staging = root / f".frontend-{version}-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(source, staging, copy_function=_link_or_copy,
                    ignore=shutil.ignore_patterns("index.html"))
    (staging / "index.html").write_text(offline_index(index), encoding="utf-8")
    try:
        staging.rename(target)
    except OSError:  # another process finished first
        shutil.rmtree(staging, ignore_errors=True)
    for old in root.glob("frontend-*"):
        if old != target:
            shutil.rmtree(old, ignore_errors=True)
    return target


def _link_or_copy(src: str, dst: str) -> str:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)
    return dst
