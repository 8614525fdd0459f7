"""What a render puts into a template's slots."""

from __future__ import annotations

from PIL import Image
from pydantic import BaseModel, ConfigDict, Field


class RenderContent(BaseModel):
    """The words, subject cut-outs and palette swap for one render.

    Slots left as None fall back as follows: a subline is hidden; number and badge text keep the
    template's sample (they are part of the design); a subject slot without a cut-out gets the
    procedural stand-in while `stand_in_subjects` is on.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)

    headline: str = Field(min_length=1, max_length=120)
    subline: str | None = Field(None, max_length=160)
    emphasis: str | None = None  # one word of the headline to paint in the emphasis colour
    number: str | None = Field(None, max_length=12)
    badge: str | None = Field(None, max_length=40)
    subjects: list[Image.Image] = Field(default_factory=list)  # RGBA cut-outs, in slot order
    # Text-free art (e.g. from a remote image model) painted instead of the template's background
    # fill, cover-fitted; shapes, subjects and text still go on top.
    background: Image.Image | None = None
    palette: dict[str, str] | None = None  # role -> #rrggbb
    language: str | None = None  # a BCP 47 hint for shaping ("fa", "ja"); guessed when None
    stand_in_subjects: bool = True
