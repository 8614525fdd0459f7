"""Render providers: who paints the *art* of a thumbnail. Our compositor always lays the rest.

Every result is the local compositor painting a stored `RenderRecipe` (`render_recipe`). A
provider decides what is painted under the layers: the local provider leaves the template's own
background; Midjourney (render/midjourney) paints text-free art, since image models are poor
at text. `make_render_provider` picks one from settings.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PIL import Image

from render.compliance import ComplianceReport, check, encode_jpeg
from render.cook import cook, size_named
from render.recipe import RenderRecipe

if TYPE_CHECKING:
    from kernel.settings import Settings

# progress(fraction 0..1, message): providers report as they go; the worker publishes it.
Progress = Callable[[float, str], Awaitable[None]]


async def no_progress(fraction: float, message: str) -> None:
    """A `Progress` that ignores reports, for callers that do not show any."""


@dataclass(frozen=True)
class ArtRequest:
    """What an art provider is asked for: one recipe's look, without text."""

    recipe: RenderRecipe
    prompt: str  # built from the template's DNA and the creator's request
    aspect: str  # "16:9" | "9:16" | "1:1"


class RenderProvider(Protocol):
    name: str

    @property
    def paints_art(self) -> bool:
        """False when the template's own background is used (no prompt needed)."""
        ...

    async def backgrounds(self, requests: Sequence[ArtRequest], progress: Progress
                          ) -> list[Image.Image | None]:
        """One background per request (None: the template paints its own)."""
        ...

    async def aclose(self) -> None: ...


class LocalRenderProvider:
    """Templates paint their own backgrounds; everything happens in the compositor."""

    name = "local"
    paints_art = False

    async def backgrounds(self, requests: Sequence[ArtRequest], progress: Progress
                          ) -> list[Image.Image | None]:
        return [None] * len(requests)

    async def aclose(self) -> None:
        return None


@dataclass(frozen=True)
class RenderResult:
    data: bytes  # JPEG for delivery
    width: int
    height: int
    compliance: ComplianceReport


def render_recipe(recipe: RenderRecipe, subject: Image.Image | None = None,
                  background: Image.Image | None = None) -> RenderResult:
    """Compose, encode for delivery (JPEG q90, ≤ 2 MB) and check compliance. CPU-bound."""
    data = encode_jpeg(cook(recipe, subject, background))
    report = check(data, size_named(recipe.size).aspect)
    return RenderResult(data, report.width, report.height, report)


def make_render_provider(settings: Settings) -> RenderProvider:
    if settings.keyed_providers()["midjourney"]:
        from render.midjourney.provider import MidjourneyRenderProvider

        return MidjourneyRenderProvider.from_settings(settings)
    return LocalRenderProvider()
