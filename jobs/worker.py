"""The arq worker that runs render jobs off the web process.

`routix worker` (and `routix up`, as a child process) calls `run_worker`. Services are built
once per worker in `on_startup` and handed to jobs through arq's `ctx`.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from arq.connections import RedisSettings
from arq.worker import Worker, func

from jobs.generations import HEARTBEAT_SECONDS
from kernel.settings import Settings
from services import QUEUE_NAME


async def ping(ctx: dict[str, Any], payload: str = "pong") -> str:
    """A no-op job: proves a worker is consuming the queue (doctor, tests, benchmarks)."""
    return payload


def redis_settings(redis_url: str) -> RedisSettings:
    return RedisSettings.from_dsn(redis_url)


def build_worker(settings: Settings, database_url: str, redis_url: str,
                 **overrides: Any) -> Worker:
    """An arq Worker bound to our queue. arq's default 0.5 s poll adds ~250 ms to every job."""
    from jobs.render_job import render_generation

    async def on_startup(ctx: dict[str, Any]) -> None:
        from kernel.runtime import tune_process
        from services import Services

        tune_process()
        ctx["services"] = Services.open(settings, database_url=database_url,
                                        redis_url=redis_url)

    async def on_shutdown(ctx: dict[str, Any]) -> None:
        if "services" in ctx:
            await ctx["services"].close()

    options: dict[str, Any] = {
        "functions": [func(ping, name="ping"),
                      func(render_generation, name="render_generation",
                           max_tries=settings.job_max_tries)],
        "redis_settings": redis_settings(redis_url),
        "queue_name": QUEUE_NAME,
        "poll_delay": settings.worker_poll_delay,
        "handle_signals": True,
        # On Ctrl-C / SIGTERM stop taking jobs and let running ones finish for a moment.
        "job_completion_wait": 10,
        "max_jobs": 4,
        # Our own timeout (inside the job) fires first and refunds; arq's is the backstop.
        "job_timeout": settings.job_deadline() + 5,
        "max_tries": settings.job_max_tries,
        "keep_result": 3600,
        # arq's health-check key, refreshed this often (it expires a second later): the web
        # app and CLI check it before taking credits (jobs/generations.worker_alive).
        "health_check_interval": HEARTBEAT_SECONDS,
        "on_startup": on_startup,
        "on_shutdown": on_shutdown,
    }
    options.update(overrides)
    return Worker(**options)


def run_worker(settings: Settings, database_url: str, redis_url: str) -> None:
    """Run until SIGINT/SIGTERM (arq handles both and finishes running jobs first)."""
    # arq binds the worker to the event loop current at construction; run() drives that loop.
    # A job still running after the grace period is cancelled by arq on shutdown; it keeps
    # its queue entry and runs again (idempotently) on the next worker.
    with contextlib.suppress(asyncio.CancelledError):
        build_worker(settings, database_url, redis_url).run()
