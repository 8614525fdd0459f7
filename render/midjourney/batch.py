"""Backgrounds for a whole job: one art per recipe, sharing grids where the prompts agree.

A Midjourney task always draws four images, so recipes with the same prompt and aspect (the
usual "four thumbnails from one design") take the four quadrants of one grid instead of paying
for four tasks. Distinct prompts run concurrently; the proxy queues what its account cannot.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from PIL import Image

from render.midjourney.contract import ArtProvider, ArtRequest, Progress, no_progress

GRID = 4


async def art_for(provider: ArtProvider, requests: Sequence[ArtRequest],
                  progress: Progress = no_progress) -> list[Image.Image]:
    """One background per request, in order."""
    chunks = _chunks(requests)
    shares = [0.0] * len(chunks)
    reported = 0.0

    async def one(n: int, indices: list[int]) -> list[Image.Image]:
        async def report(fraction: float, message: str) -> None:
            nonlocal reported
            shares[n] = fraction
            overall = sum(shares) / len(shares)
            if overall >= reported:  # concurrent grids: publish only forward movement
                reported = overall
                await progress(overall, message)

        return (await provider.make_art(requests[indices[0]], report))[:len(indices)]

    tasks = [asyncio.create_task(one(n, indices)) for n, indices in enumerate(chunks)]
    try:
        results = await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:  # one failed grid fails the job: stop paying for the others
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
    images: list[Image.Image | None] = [None] * len(requests)
    for indices, grid in zip(chunks, results, strict=True):
        if len(grid) < len(indices):
            raise ValueError(f"{provider.name} returned {len(grid)} images, needed "
                             f"{len(indices)}")
        for index, image in zip(indices, grid, strict=False):
            images[index] = image
    return [image for image in images if image is not None]


def _chunks(requests: Sequence[ArtRequest]) -> list[list[int]]:
    """Request indices grouped by (prompt, aspect), at most four per grid, first-seen order."""
    groups: dict[tuple[str, str], list[int]] = {}
    for index, request in enumerate(requests):
        groups.setdefault((request.prompt, request.aspect), []).append(index)
    return [indices[i:i + GRID] for indices in groups.values()
            for i in range(0, len(indices), GRID)]
