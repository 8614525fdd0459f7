"""Helpers shared by tests (fixtures live in conftest.py)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(predicate: Callable[[], T], timeout: float = 30, interval: float = 0.02) -> T:
    """Poll `predicate` until it returns something truthy, or fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        time.sleep(interval)


ROOT = Path(__file__).resolve().parents[1]


def start_worker(data_dir: Path, database_url: str, redis_url: str,
                 **env: str) -> subprocess.Popen:
    """A real `routix worker` process on the given servers (extra settings as env vars)."""
    full_env = {"PATH": os.environ["PATH"], "ROUTIX_DATA_DIR": str(data_dir),
                "DATABASE_URL": database_url, "REDIS_URL": redis_url, **env}
    return subprocess.Popen([sys.executable, "-m", "routix", "worker"], env=full_env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def stop(proc: subprocess.Popen, timeout: float = 30) -> str:
    if proc.poll() is None:
        proc.terminate()
    try:
        output, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        output, _ = proc.communicate()
    return output or ""


async def ingest_starters(services, niches: tuple[str, ...] | None = None) -> None:
    """The generated starter templates whose first niche is in `niches` (all when None)."""
    from admin.ingest import TemplateInput, ingest
    from admin.seed import preview_png
    from admin.starter_library import starter_templates

    for spec in starter_templates():
        if niches is None or str(spec.niches[0]) in niches:
            await ingest(services, TemplateInput(
                data=preview_png(spec), filename=f"{spec.id}.png", slug=spec.id, spec=spec,
                niches=[str(n) for n in spec.niches], name=spec.name, source="starter"))


def serving(url: str) -> bool:
    """Does a `routix up` at `url` answer its health check?"""
    import httpx

    try:
        return httpx.get(f"{url}/healthz", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def stop_up(proc: subprocess.Popen, data_dir: Path) -> None:
    """Ctrl-C a `routix up` (a kill if it hangs), and remove the cluster it may have relocated
    out of a private data dir (`var/postgres/CLUSTER` names it)."""
    import shutil
    import signal

    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(60)
    except subprocess.TimeoutExpired:
        proc.kill()
    moved = data_dir / "postgres" / "CLUSTER"
    if moved.exists():
        shutil.rmtree(moved.read_text().strip(), ignore_errors=True)
