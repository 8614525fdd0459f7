"""Midjourney overhead: what Routix adds around the proxy, from submit to four art images.

Run: .venv/bin/python benchmarks/midjourney_overhead.py [--runs N] [--grid 2912x1632]
Against the fake proxy (tests/render/mj_proxy.py) on loopback, with a full-size v6 grid PNG:
- "client": tasks advance one step per fetch and polling has no backoff, so the time is all ours:
  HTTP round trips, JSON, the grid download, PNG decode and the four-way split. Any latency the
  fake sleeps on purpose is subtracted.
- "waiting": each job takes `--duration` s of (simulated) Midjourney time and polling uses the
  production PollPolicy; the overhead is wall time minus that duration, i.e. the client's cost
  plus how late the backoff notices the finish. Jobs run concurrently, as on a busy worker.
The fake runs in this process (a thread), so it shares the GIL: figures are an upper bound.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

from admin.starter_library import starter_templates
from render.midjourney import ArtRequest, MidjourneyArt, MidjourneyClient, PollPolicy
from render.recipe import RenderRecipe

# The fake proxy lives with the tests; a site-packages `tests` must not shadow ours.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.render.mj_proxy import FakeMidjourneyProxy  # noqa: E402

SECRET = "bench-secret"


def _pct(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1] if len(values) > 2 else max(values)


def _request() -> ArtRequest:
    recipe = RenderRecipe(spec=starter_templates()[0], headline="Bench")
    return ArtRequest(recipe=recipe, prompt="neon skyline, empty space on the left",
                      aspect="16:9")


async def _timed(art: MidjourneyArt, request: ArtRequest
                 ) -> tuple[float, dict[str, float], str]:
    """Wall seconds for one grid, when each stage was reported (s from start), its task id."""
    marks: dict[str, float] = {}
    start = time.perf_counter()

    async def progress(fraction: float, message: str) -> None:
        marks.setdefault(message, time.perf_counter() - start)

    result = await art.imagine(request, progress)  # make_art plus the task id
    assert len(result.images) == 4
    return time.perf_counter() - start, marks, result.task_id


async def client_overhead(proxy: FakeMidjourneyProxy, runs: int) -> None:
    proxy.behaviour.advance = "fetch"
    poll = PollPolicy(first_delay=0.0, factor=1.0, max_delay=0.0, timeout=60)
    art = MidjourneyArt(MidjourneyClient(proxy.url, SECRET, poll=poll))
    request = _request()
    await _timed(art, request)  # warm: connection pool, the fake's PNG cache
    totals, submit, polling, download, split = [], [], [], [], []
    for _ in range(runs):
        before = proxy.simulated_seconds
        wall, marks, _ = await _timed(art, request)
        totals.append((wall - (proxy.simulated_seconds - before)) * 1000)
        submit.append(marks["Midjourney accepted the job"] * 1000)
        polling.append((marks["Midjourney finished"] - marks["Midjourney accepted the job"])
                       * 1000)
        download.append((marks["Cutting Midjourney's grid into four"]
                         - marks["Midjourney finished"]) * 1000)
        split.append((wall - marks["Cutting Midjourney's grid into four"]) * 1000)
    await art.aclose()
    print(f"client overhead, {runs} runs, grid {proxy.behaviour.grid_size[0]}×"
          f"{proxy.behaviour.grid_size[1]} (ms)")
    for name, values in [("submit→four images", totals), ("  submit", submit),
                         ("  6 polls", polling), ("  grid download", download),
                         ("  decode + split", split)]:
        print(f"  {name:<20} p50 {_pct(values, 50):7.1f}   p95 {_pct(values, 95):7.1f}")


async def waiting_overhead(proxy: FakeMidjourneyProxy, runs: int, duration: float) -> None:
    # Real jobs finish at any moment relative to the poll schedule: spread them over [d, 2d].
    proxy.behaviour.advance, proxy.behaviour.duration = "time", duration
    proxy.behaviour.duration_jitter = duration
    art = MidjourneyArt(MidjourneyClient(proxy.url, SECRET, poll=PollPolicy()))
    request = _request()

    async def one(delay: float) -> float:
        await asyncio.sleep(delay)
        wall, _, task_id = await _timed(art, request)
        return (wall - proxy.tasks[task_id].duration) * 1000

    overheads = await asyncio.gather(*(one(i * 0.2) for i in range(runs)))
    await art.aclose()
    print(f"waiting overhead with the production backoff, {runs} concurrent jobs of "
          f"{duration:g}-{2 * duration:g} s (ms)")
    print(f"  {'finish→four images':<20} p50 {_pct(overheads, 50):7.1f}   "
          f"p95 {_pct(overheads, 95):7.1f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--grid", default="2912x1632", help="grid PNG size, W x H")
    parser.add_argument("--duration", type=float, default=4.0,
                        help="simulated Midjourney time per job in the waiting benchmark")
    args = parser.parse_args()
    width, height = (int(v) for v in args.grid.lower().split("x"))
    with FakeMidjourneyProxy(secret=SECRET) as proxy:
        proxy.behaviour.grid_size, proxy.behaviour.texture = (width, height), True
        asyncio.run(client_overhead(proxy, args.runs))
        asyncio.run(waiting_overhead(proxy, args.runs, args.duration))


if __name__ == "__main__":
    main()
