"""The arq worker that runs render jobs off the web process.

`routix worker` (and `routix up`, as a child process) calls `run_worker`. Job functions are
registered in `JOB_FUNCTIONS`; their shared services are built once in `on_startup`.
"""

from __future__ import annotations

from typing import Any

from arq.connections import RedisSettings
from arq.worker import Worker, func

from routix.settings import Settings

QUEUE_NAME = "routix:render"


async def ping(ctx: dict[str, Any], payload: str = "pong") -> str:
    """A no-op job: proves a worker is consuming the queue (doctor, tests, benchmarks)."""
    return payload


JOB_FUNCTIONS = [func(ping, name="ping")]


def redis_settings(redis_url: str) -> RedisSettings:
    return RedisSettings.from_dsn(redis_url)


def build_worker(settings: Settings, redis_url: str, **overrides: Any) -> Worker:
    """An arq Worker bound to our queue. arq's default 0.5 s poll adds ~250 ms to every job."""
    options: dict[str, Any] = {
        "functions": JOB_FUNCTIONS,
        "redis_settings": redis_settings(redis_url),
        "queue_name": QUEUE_NAME,
        "poll_delay": settings.worker_poll_delay,
        "handle_signals": True,
        "max_jobs": 4,
        "job_timeout": 300,
        "keep_result": 3600,
    }
    options.update(overrides)
    return Worker(**options)


def run_worker(settings: Settings, redis_url: str) -> None:
    """Run until SIGINT/SIGTERM (arq handles both and finishes running jobs first)."""
    # arq binds the worker to the event loop current at construction; run() drives that loop.
    build_worker(settings, redis_url).run()
