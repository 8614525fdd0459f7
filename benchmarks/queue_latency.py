"""Queue overhead: enqueue → result of a no-op job on the embedded Redis with a real worker."""

from __future__ import annotations

import asyncio
import statistics
import time

from bench_env import bench_routix, percentile

from jobs.worker import QUEUE_NAME, redis_settings


async def measure(redis_url: str, runs: int = 300) -> list[float]:
    from arq import create_pool

    pool = await create_pool(redis_settings(redis_url), default_queue_name=QUEUE_NAME)
    job = await pool.enqueue_job("ping", "warm")
    await job.result(timeout=60)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        job = await pool.enqueue_job("ping", "x")
        await job.result(timeout=10, poll_delay=0.001)
        times.append((time.perf_counter() - started) * 1000)
    await pool.aclose()
    return times


def main() -> None:
    with bench_routix() as (_settings, infra):
        times = asyncio.run(measure(infra.redis_url))
    print(f"queue enqueue → result ({len(times)} no-op jobs, poll 10 ms): "
          f"p50 {statistics.median(times):.1f} ms, p95 {percentile(times, 0.95):.1f} ms")


if __name__ == "__main__":
    main()
