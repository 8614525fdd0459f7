"""`routix up`: embedded services, migrations, a worker child and the web server, on one command.

Shutdown order on Ctrl-C / SIGTERM: the web server drains, the worker child gets SIGTERM (and
dies with us even if we are SIGKILLed, through PR_SET_PDEATHSIG), then the embedded servers
this process started are stopped. Nothing is left running.
"""

from __future__ import annotations

import ctypes
import errno
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable

from routix.errors import PortInUse
from routix.infrastructure import Infrastructure, ensure_data_dir
from routix.settings import Settings
from storage import migrate

Report = Callable[[str], None]


def bind_port(host: str, port: int) -> socket.socket:
    """Bind the listening socket ourselves, so a busy port is a sentence, not a traceback."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise PortInUse(
                f"Port {port} on {host} is already in use (another program, or a Routix that is "
                f"already running: try http://{host}:{port}). Stop it, or set ROUTIX_PORT to a "
                "free port."
            ) from exc
        raise PortInUse(f"Cannot listen on {host}:{port}: {exc.strerror}.") from exc
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def _die_with_parent() -> None:
    # Linux only: the kernel sends SIGTERM to the child when `routix up` dies, even by SIGKILL.
    libc = ctypes.CDLL("libc.so.6", use_errno=True)
    libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def start_worker_process() -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "routix", "worker"], preexec_fn=_die_with_parent
    )


def stop_process(proc: subprocess.Popen[bytes], timeout: float = 15) -> None:
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(0)


def serve(settings: Settings, report: Report = print) -> None:
    """Run everything until interrupted."""
    import uvicorn

    started = time.perf_counter()
    ensure_data_dir(settings)
    sock = bind_port(settings.host, settings.port)
    infra = Infrastructure.from_settings(settings)
    worker: subprocess.Popen[bytes] | None = None
    try:
        infra.start()
        migrate.upgrade(infra.database_url)
        for step in SEED_STEPS:
            step(settings, infra, report)
        if settings.run_worker_in_up:
            worker = start_worker_process()
        from ui.app import create_app

        app = create_app(settings)
        config = uvicorn.Config(app, log_level="warning", lifespan="on")
        server = uvicorn.Server(config)
        url = f"http://{settings.host}:{settings.port}"
        report(f"Routix is ready at {url} in {time.perf_counter() - started:.1f} s "
               "(Ctrl-C stops everything)")
        # uvicorn re-raises the signal that stopped it once it has drained; with the default
        # SIGTERM action that would kill us before the clean-up below, so make it an exit.
        signal.signal(signal.SIGTERM, _exit_on_sigterm)
        server.run(sockets=[sock])
    finally:
        sock.close()
        if worker is not None:
            stop_process(worker)
        stopped = infra.stop()
        if stopped:
            report(f"Stopped {', '.join(stopped)}.")


# First-run seeding (starter templates, demo user) registers here as later work lands.
SeedStep = Callable[[Settings, Infrastructure, Report], None]
SEED_STEPS: list[SeedStep] = []
