"""The `RenderProvider` protocol: turn recipes into finished images.

The local compositor paints recipes directly. A remote provider (Midjourney) makes background
art for the recipes and the compositor then lays the layers and the headline over it, since
image models are poor at text.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PIL import Image

from render.recipe import RenderRecipe

# progress(fraction 0..1, message): providers report as they go; the worker publishes it.
Progress = Callable[[float, str], Awaitable[None]]


@dataclass(frozen=True)
class ArtRequest:
    """What a remote art provider is asked for: one recipe's look, without text."""

    recipe: RenderRecipe
    prompt: str  # built from the template's DNA and the creator's request
    aspect: str  # "16:9" | "9:16" | "1:1"


class RenderProvider(Protocol):
    name: str

    async def render(self, recipes: Sequence[RenderRecipe], progress: Progress
                     ) -> list[Image.Image]:
        """One finished RGB image per recipe, in order."""
        ...
