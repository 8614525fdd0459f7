"""The creator agent, end to end: message → first event, → first progress, → four thumbnails.

Local brain, local renderer, embedded servers, a real worker; a 26-template library.
"""

from __future__ import annotations

import asyncio
import statistics
import time

from bench_env import bench_routix, percentile

MESSAGES = [
    "thumbnail for my video '10 Python tricks you didn't know', bold tech style",
    "thumbnail for 'I tried the hardest Minecraft speedrun', my face on the right",
    "youtube thumbnail: 'Learn SQL in 10 minutes', clean and minimal",
    "thumbnail for my video 'Budget phone vs flagship', red and yellow",
]


async def run(settings, infra, turns: int) -> dict[str, list[float]]:
    from admin.ingest import TemplateInput, ingest
    from admin.seed import preview_png
    from admin.starter_library import starter_templates
    from graph.creator import open_creator_agent
    from graph.turn import run_turn
    from services import Services
    from tests.jobs.jobkit import new_user

    services = Services.open(settings, database_url=infra.database_url, redis_url=infra.redis_url)
    for spec in starter_templates():
        if str(spec.niches[0]) in ("tech", "gaming", "education", "finance", "reaction"):
            await ingest(services, TemplateInput(
                data=preview_png(spec), filename=f"{spec.id}.png", slug=spec.id, spec=spec,
                niches=[str(n) for n in spec.niches], source="starter"))
    user = await new_user(services, credits=10_000)
    agent = await open_creator_agent(services)
    figures: dict[str, list[float]] = {"first event": [], "first status": [],
                                       "first progress": [], "four images": []}
    for i in range(turns + 1):
        started = time.perf_counter()
        seen: dict[str, float] = {}
        images = 0
        async for event in run_turn(agent, user, None, MESSAGES[i % len(MESSAGES)]):
            now = (time.perf_counter() - started) * 1000
            seen.setdefault("first event", now)
            if event.type == "status":
                seen.setdefault("first status", now)
            if event.type == "progress":
                seen.setdefault("first progress", now)
            if event.type == "image":
                images += 1
                if images == 4:
                    seen["four images"] = now
        if i == 0:
            continue  # the first turn pays for imports and model loading
        for key in figures:
            figures[key].append(seen[key])
    await agent.aclose()
    await services.close()
    return figures


def main() -> None:
    with bench_routix() as (settings, infra):
        figures = asyncio.run(run(settings, infra, turns=20))
    for key, values in figures.items():
        print(f"message → {key:<15} p50 {statistics.median(values):7.1f} ms, "
              f"p95 {percentile(values, 0.95):7.1f} ms")


if __name__ == "__main__":
    main()
