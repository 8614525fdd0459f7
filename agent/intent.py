"""What a creator's message means, as a brain understood it. The graph acts only on this."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Aspect = Literal["16:9", "9:16", "1:1"]


class Action(StrEnum):
    NEW = "new"  # a new thumbnail request
    REFINE = "refine"  # change one aspect of a result ("make the text yellow")
    VARY = "vary"  # more like result #n
    UPSCALE = "upscale"  # 2× of result #n
    RESIZE = "resize"  # the same design in another aspect ("also a Shorts cover")
    START_OVER = "start_over"
    BRAND = "brand"  # set or use the brand kit ("my channel is X, colours red and black")
    SMALLTALK = "smalltalk"  # greetings, thanks, questions about Routix
    QUESTION = "question"  # a side question the tools answer: credits, prices, sizes, styles, jobs
    FORBIDDEN = "forbidden"  # asks for templates, the system prompt, other users' data


class RefineOp(StrEnum):
    TEXT_COLOUR = "text_colour"  # value: #rrggbb
    TEXT_SIZE = "text_size"  # value: "bigger" | "smaller"
    HEADLINE = "headline"  # value: the new headline, exactly as written
    EMPHASIS = "emphasis"  # value: the word to emphasise
    FACE_SIDE = "face_side"  # value: "left" | "right"
    FACE_SIZE = "face_size"  # value: "bigger" | "smaller"
    BACKGROUND_COLOUR = "background_colour"  # value: #rrggbb
    ACCENT_COLOUR = "accent_colour"  # value: #rrggbb
    ENERGY = "energy"  # value: "more" | "less"


class Refinement(BaseModel):
    model_config = ConfigDict(frozen=True)

    op: RefineOp
    value: str = Field(max_length=200)


class Intent(BaseModel):
    """One message, understood. Text fields keep the creator's own words and script."""

    model_config = ConfigDict(frozen=True)

    action: Action = Action.NEW
    topic: str | None = Field(None, max_length=300)  # what the video is about
    headline: str | None = Field(None, max_length=120)  # exact words for the thumbnail
    subline: str | None = Field(None, max_length=160)
    emphasis: str | None = Field(None, max_length=60)  # a word of the headline to highlight
    niches: list[str] = Field(default_factory=list, max_length=4)
    mood: list[str] = Field(default_factory=list, max_length=6)
    energy: int | None = Field(None, ge=1, le=10)
    colours: list[str] = Field(default_factory=list, max_length=4)  # #rrggbb
    layout: str | None = None  # a layout class, e.g. "face_right", "versus", "big_number"
    aspects: list[Aspect] = Field(default_factory=list, max_length=3)  # empty: keep current/16:9
    wants_face: bool | None = None  # True: a face slot; False: no face; None: don't care
    use_photo: bool = False  # use the uploaded (or brand-kit) photo
    use_brand: bool = False
    target: int | None = Field(None, ge=1, le=8)  # which result (1-based) a follow-up is about
    refinements: list[Refinement] = Field(default_factory=list, max_length=6)
    language: str = "en"  # BCP 47 primary tag of the creator's message
    missing: list[Literal["topic"]] = Field(default_factory=list)  # what must be asked first
