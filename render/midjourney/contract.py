"""The art contract, re-exported for the Midjourney modules (it lives in render/provider.py)."""

from __future__ import annotations

from typing import Literal, Protocol

from PIL import Image

from render.provider import ArtRequest, Progress, no_progress

Aspect = Literal["16:9", "9:16", "1:1"]


class ArtProvider(Protocol):
    """Anything that paints text-free candidate backgrounds for one request."""

    name: str

    async def make_art(self, request: ArtRequest, progress: Progress) -> list[Image.Image]:
        """Candidate RGB backgrounds (Midjourney: the four images of one grid)."""
        ...


__all__ = ["ArtProvider", "ArtRequest", "Aspect", "Progress", "no_progress"]
