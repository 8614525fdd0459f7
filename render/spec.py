"""The layer spec of a template: what is stored per template and per render, as plain JSON.

Coordinates are relative (0..1 of the canvas) and written for the 16:9 canvas; `render.layout`
re-flows them for 9:16 and 1:1. Colours are palette *roles*, so swapping a palette means replacing
role colours, never editing layers.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from kernel.errors import InvalidInput

_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


class Niche(StrEnum):
    GAMING = "gaming"
    FINANCE = "finance"
    TECH = "tech"
    EDUCATION = "education"
    COOKING = "cooking"
    FITNESS = "fitness"
    TRAVEL = "travel"
    VLOG = "vlog"
    BEAUTY = "beauty"
    REACTION = "reaction"
    PODCAST = "podcast"
    NEWS = "news"
    KIDS = "kids"


class LayoutClass(StrEnum):
    FACE_LEFT = "face_left"
    FACE_RIGHT = "face_right"
    CENTERED_HEADLINE = "centered_headline"
    BIG_NUMBER = "big_number"
    BEFORE_AFTER = "before_after"
    VERSUS = "versus"
    PRODUCT_CLOSEUP = "product_closeup"
    MINIMAL = "minimal"


PaletteRole = Literal[
    "background", "background2", "accent", "accent2", "text", "text2", "text_stroke", "shadow"
]
# Which part of the 16:9 composition a layer belongs to; decides how it re-flows (render.layout):
# full stays put, text/subject move as groups, left/right follow their side of a split, free keeps
# its place and pixel shape, seam sits on the split line (a VS badge, a before->after arrow).
Region = Literal["full", "text", "subject", "left", "right", "free", "seam"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Box(_Model):
    """A rectangle in canvas fractions; may bleed a little past the edges."""

    x: float = Field(ge=-0.5, le=1.5)
    y: float = Field(ge=-0.5, le=1.5)
    w: float = Field(gt=0, le=2)
    h: float = Field(gt=0, le=2)

    def px(self, width: int, height: int) -> tuple[int, int, int, int]:
        """(left, top, right, bottom) in pixels."""
        return (
            round(self.x * width),
            round(self.y * height),
            round((self.x + self.w) * width),
            round((self.y + self.h) * height),
        )


class Palette(_Model):
    """Named colour roles (#rrggbb)."""

    background: str
    background2: str
    accent: str
    accent2: str
    text: str = "#ffffff"
    text2: str = "#ffffff"
    text_stroke: str = "#000000"
    shadow: str = "#000000"

    @field_validator("*")
    @classmethod
    def _hex(cls, value: str) -> str:
        if not _HEX.match(value):
            raise ValueError(f"colour must be #rrggbb, got {value!r}")
        return value.lower()

    def rgb(self, role: PaletteRole) -> tuple[int, int, int]:
        """A role's colour as an RGB tuple."""
        value = getattr(self, role)
        return (int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16))

    def with_overrides(self, overrides: dict[str, str] | None) -> Palette:
        """This palette with some roles replaced (a palette swap)."""
        if not overrides:
            return self
        unknown = set(overrides) - set(type(self).model_fields)
        if unknown:
            raise InvalidInput(
                f"Unknown palette role(s) {', '.join(sorted(unknown))}; the roles are "
                f"{', '.join(type(self).model_fields)}."
            )
        try:
            return self.model_validate({**self.model_dump(), **overrides})
        except ValidationError as exc:
            raise InvalidInput("Palette colours must be written as #rrggbb.") from exc


class BackgroundLayer(_Model):
    kind: Literal["background"] = "background"
    style: Literal["solid", "linear", "radial", "diagonal_split", "split"] = "linear"
    color: PaletteRole = "background"
    color2: PaletteRole = "background2"
    angle: float = 90.0  # linear: direction of the gradient in degrees (90 = top to bottom)
    split: float = Field(0.5, ge=0.05, le=0.95)  # split / diagonal_split: where the seam sits
    pattern: Literal["none", "rays", "dots", "grid", "stripes", "noise"] = "none"
    pattern_opacity: float = Field(0.12, ge=0, le=1)
    vignette: float = Field(0.0, ge=0, le=1)
    region: Region = "full"


ShapeKind = Literal[
    "rect", "rounded_rect", "circle", "ring", "arrow", "burst", "pill", "stripe", "glow",
    "price_tag", "check", "cross",
]


class ShapeLayer(_Model):
    kind: Literal["shape"] = "shape"
    shape: ShapeKind
    box: Box
    color: PaletteRole = "accent"
    opacity: float = Field(1.0, ge=0, le=1)
    rotation: float = 0.0  # degrees, counter-clockwise
    outline: PaletteRole | None = None
    outline_width: float = Field(0.0, ge=0, le=0.1)  # fraction of the canvas's short side
    radius: float = Field(0.25, ge=0, le=0.5)  # rounded shapes: fraction of the box's short side
    direction: float = 0.0  # arrow: degrees, 0 points right, 90 points up
    points: int = Field(14, ge=5, le=40)  # burst
    shadow: bool = False
    region: Region = "free"


class SubjectLayer(_Model):
    kind: Literal["subject"] = "subject"
    box: Box
    anchor: Literal["bottom", "center"] = "bottom"
    outline: PaletteRole | None = "text"  # the white sticker edge creators love
    outline_width: float = Field(0.008, ge=0, le=0.05)
    glow: PaletteRole | None = None
    shadow: bool = True
    flip: bool = False  # mirror so the subject faces the headline
    stand_in_seed: int = 0
    region: Region = "subject"


class TextLayer(_Model):
    kind: Literal["text"] = "text"
    role: Literal["headline", "subline", "number", "badge"] = "headline"
    box: Box
    font: Literal["display", "heavy", "sans", "body"] = "heavy"
    case: Literal["upper", "title", "as_is"] = "upper"
    max_size: float = Field(0.2, gt=0, le=1)  # largest font size, fraction of the short side
    color: PaletteRole = "text"
    stroke: PaletteRole | None = "text_stroke"
    stroke_width: float = Field(0.06, ge=0, le=0.3)  # fraction of the fitted font size
    shadow: bool = True
    align: Literal["left", "center", "right"] = "left"
    valign: Literal["top", "middle", "bottom"] = "middle"
    max_lines: int = Field(3, ge=1, le=6)
    emphasis: PaletteRole | None = "accent"
    rotation: float = 0.0  # a small tilt in degrees, for badges and stickers
    sample_text: str = ""
    sample_emphasis: str = ""  # the word a preview paints in the emphasis colour
    region: Region = "text"


Layer = Annotated[
    BackgroundLayer | ShapeLayer | SubjectLayer | TextLayer, Field(discriminator="kind")
]


class TemplateSpec(_Model):
    """A template: metadata the agent searches by, a palette, and the ordered layers to paint."""

    id: str = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=80)
    name: str
    niches: list[Niche] = Field(min_length=1)
    layout: LayoutClass
    mood: list[str] = Field(default_factory=list)
    energy: int = Field(5, ge=1, le=10)
    palette: Palette
    layers: list[Layer] = Field(min_length=1)
    version: int = 1

    def text_layers(self, role: str | None = None) -> list[TextLayer]:
        """The text layers, optionally of one role, in paint order."""
        return [
            layer
            for layer in self.layers
            if isinstance(layer, TextLayer) and (role is None or layer.role == role)
        ]

    def subject_layers(self) -> list[SubjectLayer]:
        return [layer for layer in self.layers if isinstance(layer, SubjectLayer)]
