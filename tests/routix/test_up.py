"""`routix up` end to end: it serves, it refuses clearly, and Ctrl-C leaves nothing behind."""

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import psutil
import pytest

from kernel.errors import ConfigurationError, PortInUse
from kernel.settings import Settings
from routix.infrastructure import ensure_data_dir
from routix.up import bind_port
from tests.support import free_port, wait_until

ROOT = Path(__file__).resolve().parents[2]


def routix(*args: str, env: dict[str, str], **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "routix", *args], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def base_env(data_dir: Path, port: int) -> dict[str, str]:
    return {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/root"),
            "ROUTIX_DATA_DIR": str(data_dir), "ROUTIX_PORT": str(port)}


def test_busy_port_is_a_sentence():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(PortInUse, match=f"Port {port} on 127.0.0.1 is already in use"):
            bind_port("127.0.0.1", port)


def test_cli_on_a_busy_port_exits_with_an_error_and_no_traceback(tmp_path: Path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        proc = routix("up", env=base_env(tmp_path, taken.getsockname()[1]))
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert "already in use" in err and "ROUTIX_PORT" in err
    assert "Traceback" not in out + err


def test_unwritable_data_dir_is_a_sentence(tmp_path: Path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(ConfigurationError, match="not writable.*ROUTIX_DATA_DIR"):
        ensure_data_dir(Settings(_env_file=None, data_dir=blocker / "var"))


def our_processes(data_dir: Path) -> list[psutil.Process]:
    """Servers and workers that belong to this data dir (zombies do not count)."""
    found = []
    for proc in psutil.process_iter(["cmdline", "status"]):
        try:
            if proc.info["status"] == psutil.STATUS_ZOMBIE:
                continue
            cmd = " ".join(proc.info["cmdline"] or [])
            if str(data_dir) in cmd or (proc.name() == "postgres"
                                        and str(data_dir) in proc.cwd()):
                found.append(proc)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return found


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_up_serves_the_chat_and_a_signal_stops_everything(tmp_path: Path, stop_signal):
    port = free_port()
    proc = routix("up", env=base_env(tmp_path, port))
    try:
        health = wait_until(lambda: _get(f"http://127.0.0.1:{port}/healthz"), timeout=90)
        assert health.json()["status"] == "ok"
        page = httpx.get(f"http://127.0.0.1:{port}/", timeout=10)
        assert page.status_code == 200 and "<html" in page.text.lower()
        children = psutil.Process(proc.pid).children(recursive=True)
        assert any("worker" in " ".join(c.cmdline()) for c in children), "no worker child"
        assert our_processes(tmp_path), "embedded servers should be running"
    finally:
        proc.send_signal(stop_signal)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode in (0, 130), err
    assert "Traceback" not in err
    assert "Stopped redis, postgres" in out
    wait_until(lambda: not our_processes(tmp_path), timeout=20)


def _get(url: str) -> httpx.Response | None:
    try:
        reply = httpx.get(url, timeout=1)
        return reply if reply.status_code == 200 else None
    except httpx.HTTPError:
        return None
