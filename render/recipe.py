"""A render's stored recipe: everything needed to re-render or edit a result later.

Stored (as JSON) on every asset row. Images are referenced by object-store keys, never inlined.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from render.spec import TemplateSpec


class RenderRecipe(BaseModel):
    model_config = ConfigDict(frozen=True)

    spec: TemplateSpec  # the template's layer spec, as edited by refinements
    size: str = "youtube"  # an OutputSize name: youtube | shorts | square
    headline: str
    subline: str | None = None
    emphasis: str | None = None
    number: str | None = None  # the big number of a listicle design ("10", "$500", "3X")
    badge: str | None = None
    palette: dict[str, str] = Field(default_factory=dict)  # role -> #rrggbb overrides
    subject_key: str | None = None  # RGBA cut-out of the creator's photo (PNG) in the store
    # Art from a remote provider (e.g. Midjourney), painted under the shapes, subject and text.
    background_key: str | None = None
    language: str | None = None
    scale: int = Field(1, ge=1, le=2)  # 2 = upscaled for archives
    seed: int = 0
