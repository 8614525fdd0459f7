"""The art-provider contract the worker calls: `ArtRequest`, `Progress`, `ArtProvider`.

These mirror the contract committed in 2bafbe1 (render/provider.py), which b92c13f replaced
with the local provider. They live here until render/provider.py carries them again; then this
module should re-export them from there so callers have one import path.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal, Protocol

from PIL import Image

from render.recipe import RenderRecipe

Aspect = Literal["16:9", "9:16", "1:1"]

# progress(fraction 0..1, message): providers report as they go; the worker publishes it.
Progress = Callable[[float, str], Awaitable[None]]


@dataclass(frozen=True)
class ArtRequest:
    """What a remote art provider is asked for: one recipe's look, without text."""

    recipe: RenderRecipe
    prompt: str  # built from the template's DNA and the creator's request (see .prompt)
    aspect: str  # "16:9" | "9:16" | "1:1"


class ArtProvider(Protocol):
    """Anything that paints text-free background art for the compositor to lay layers over."""

    name: str

    async def make_art(self, request: ArtRequest, progress: Progress) -> list[Image.Image]:
        """Candidate RGB backgrounds (Midjourney: the four images of one grid)."""
        ...


async def no_progress(fraction: float, message: str) -> None:
    """A `Progress` that ignores reports, for callers that do not show any."""
