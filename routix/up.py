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
import threading
import time
from collections.abc import Callable

from kernel.errors import PortInUse
from kernel.settings import Settings
from routix.infrastructure import Infrastructure, ensure_data_dir
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


def prepare_storage(settings: Settings) -> None:
    """Create the S3/R2 bucket if it is missing (the local folder needs nothing)."""
    if settings.storage_backend == "s3":
        from storage.objects import make_object_store

        make_object_store(settings).ensure_bucket()  # type: ignore[attr-defined]


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(0)


def serve(settings: Settings, report: Report = print) -> None:
    """Run everything until interrupted."""
    import uvicorn

    started = time.perf_counter()
    settings.check_providers()
    ensure_data_dir(settings)
    sock = bind_port(settings.host, settings.port)
    infra = Infrastructure.from_settings(settings)
    worker: subprocess.Popen[bytes] | None = None
    seeding: StarterSeeding | None = None
    try:
        infra.start()
        migrate.upgrade(infra.database_url)
        prepare_storage(settings)
        if settings.database_is_embedded:  # a local install: a ready-to-use demo account
            from admin.users import seed_demo_creator

            seed_demo_creator(settings, infra.database_url, report)
        seeding = StarterSeeding(settings, infra, report)
        seeding.start()
        if settings.run_worker_in_up:
            worker = start_worker_process()
        from services import Services
        from ui.app import create_app

        app = create_app(settings, Services.open(settings, database_url=infra.database_url,
                                                 redis_url=infra.redis_url))
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
        if seeding is not None:
            seeding.stop()
        if worker is not None:
            stop_process(worker)
        stopped = infra.stop()
        if stopped:
            report(f"Stopped {', '.join(stopped)}.")


class StarterSeeding:
    """First run: ingest the starter library in a background thread while the chat is already up.

    Each template commits on its own, so a Ctrl-C half-way leaves a consistent library that
    the next start completes.
    """

    def __init__(self, settings: Settings, infra: Infrastructure, report: Report) -> None:
        self._settings, self._infra, self._report = settings, infra, report
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="starter-seeding", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)

    def _run(self) -> None:
        import asyncio

        from admin.seed import seed_starter_library
        from services import Services

        services = Services.open(self._settings, database_url=self._infra.database_url,
                                 redis_url=self._infra.redis_url)

        def progress(done: int, total: int, slug: str) -> None:
            if done == 1:
                self._report(f"Adding {total} starter templates to the library in the background…")
            if done == total:
                self._report(f"Starter library ready ({total} templates added).")

        async def main() -> None:
            try:
                await seed_starter_library(services, progress, self._stop.is_set)
            finally:
                await services.close()

        try:
            asyncio.run(main())
        except Exception as exc:  # a failed seed must not take the running app down
            self._report(f"Seeding the starter library stopped: {exc}")
