"""Midjourney as a `RenderProvider`: one grid per prompt, one background per recipe."""

from __future__ import annotations

from collections.abc import Sequence

from PIL import Image

from kernel.settings import Settings
from render.midjourney.art import MidjourneyArt
from render.midjourney.batch import art_for
from render.provider import ArtRequest, Progress


class MidjourneyRenderProvider:
    name = "midjourney"
    paints_art = True

    def __init__(self, art: MidjourneyArt) -> None:
        self._art = art

    @classmethod
    def from_settings(cls, settings: Settings) -> MidjourneyRenderProvider:
        return cls(MidjourneyArt.from_settings(settings))

    async def backgrounds(self, requests: Sequence[ArtRequest], progress: Progress
                          ) -> list[Image.Image | None]:
        return list(await art_for(self._art, requests, progress))

    async def aclose(self) -> None:
        await self._art.aclose()
