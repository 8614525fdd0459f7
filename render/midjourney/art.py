"""`MidjourneyArt`: the art provider the worker calls when Midjourney is keyed.

One imagine task yields a 2×2 grid; the four quadrants are four background candidates for the
compositor to paint the template's shapes, the creator's photo and the headline over.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from PIL import Image

from kernel.errors import ConfigurationError, ProviderError
from kernel.settings import Settings
from render.midjourney.client import MidjourneyClient
from render.midjourney.contract import ArtRequest, Progress, no_progress
from render.midjourney.grid import decode_grid, decode_image
from render.midjourney.polling import PollPolicy
from render.midjourney.prompt import with_aspect

# Where each stage sits on the 0..1 bar the creator sees; Midjourney's own drawing dominates.
_SUBMITTED, _DRAWN, _DOWNLOADED = 0.05, 0.9, 0.97
_ASPECTS = ("16:9", "9:16", "1:1")
_JOB_MARGIN = 10.0  # seconds left for download, decode and compositing after the wait


@dataclass(frozen=True)
class ArtResult:
    """A finished grid: its task (to press U/V on later), its URL and the four images."""

    task_id: str
    image_url: str
    images: list[Image.Image]


class MidjourneyArt:
    """Background art from Midjourney through a self-hosted proxy."""

    name = "midjourney"

    def __init__(self, client: MidjourneyClient) -> None:
        self.client = client

    @classmethod
    def from_settings(cls, settings: Settings, poll: PollPolicy | None = None) -> MidjourneyArt:
        """Build from MIDJOURNEY_URL and MIDJOURNEY_SECRET; both must be set."""
        if not (settings.midjourney_url and settings.midjourney_secret):
            raise ConfigurationError("Midjourney needs both MIDJOURNEY_URL and "
                                     "MIDJOURNEY_SECRET to be set.")
        if poll is None:
            # Stop a little before the worker's job timeout, so the creator hears that
            # Midjourney was slow rather than a generic "rendering took too long".
            limit = max(settings.job_timeout_seconds - _JOB_MARGIN, _JOB_MARGIN)
            poll = PollPolicy(timeout=min(PollPolicy.timeout, limit))
        return cls(MidjourneyClient(settings.midjourney_url,
                                    settings.midjourney_secret.get_secret_value(), poll=poll))

    async def aclose(self) -> None:
        await self.client.aclose()

    async def make_art(self, request: ArtRequest, progress: Progress = no_progress
                       ) -> list[Image.Image]:
        """Four text-free RGB backgrounds from one imagine task."""
        return (await self.imagine(request, progress)).images

    async def imagine(self, request: ArtRequest, progress: Progress = no_progress) -> ArtResult:
        """Like make_art, but keeps the task id so a creator can upscale or vary a result."""
        if request.aspect not in _ASPECTS:
            raise ValueError(f"Midjourney art is made for {', '.join(_ASPECTS)}, "
                             f"not {request.aspect!r}")
        await progress(0.0, "Sending the art prompt to Midjourney")
        task_id = await self.client.imagine(with_aspect(request.prompt, request.aspect))
        return await self._grid(task_id, progress)

    async def vary(self, task_id: str, index: int, progress: Progress = no_progress
                   ) -> ArtResult:
        """V<index>: a new grid of four variations of one image of a finished grid."""
        await progress(0.0, f"Asking Midjourney for variations of image {index}")
        task = await self.client.fetch(task_id)
        return await self._grid(await self.client.act(task, "variation", index), progress)

    async def upscale(self, task_id: str, index: int, progress: Progress = no_progress
                      ) -> Image.Image:
        """U<index>: one image of a finished grid at Midjourney's full resolution."""
        await progress(0.0, f"Asking Midjourney to upscale image {index}")
        task = await self.client.fetch(task_id)
        done = await self.client.wait(await self.client.act(task, "upscale", index),
                                      _between(progress, _SUBMITTED, _DRAWN))
        data = await self.client.download(_image_url(done.image_url))
        image = await asyncio.to_thread(decode_image, data)
        await progress(1.0, "Upscaled art ready")
        return image

    async def _grid(self, task_id: str, progress: Progress) -> ArtResult:
        await progress(_SUBMITTED, "Midjourney accepted the job")
        done = await self.client.wait(task_id, _between(progress, _SUBMITTED, _DRAWN))
        url = _image_url(done.image_url)
        data = await self.client.download(url)
        await progress(_DOWNLOADED, "Cutting Midjourney's grid into four")
        images = await asyncio.to_thread(decode_grid, data)  # decoding is CPU work
        await progress(1.0, "Art ready")
        return ArtResult(task_id=done.id, image_url=url, images=images)


def _image_url(url: str | None) -> str:
    if not url:
        raise ProviderError("Midjourney finished without an image; please try again.")
    return url


def _between(progress: Progress, low: float, high: float) -> Progress:
    """A Progress that maps a stage's own 0..1 onto [low, high] of the overall bar."""

    async def scaled(fraction: float, message: str) -> None:
        await progress(low + (high - low) * fraction, message)

    return scaled
