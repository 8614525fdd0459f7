"""`DesignDNA`: what a thumbnail's design is made of, as typed data.

Every analyser (local, OpenAI, Gemini) produces this; storage keeps it as JSON, the embedder
embeds `describe(dna)` (see `vision/describe.py`), the renderer reads palette and layout from it.
Coordinates are relative to the image (0–1, origin top-left) so DNA does not depend on size.
Bump `DNA_VERSION` when a field's meaning changes, so stored DNA can be re-analysed.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

DNA_VERSION = 1

ColourRole = Literal["background", "accent", "text"]
LayoutClass = Literal[
    "face_left", "face_right", "centered_headline", "big_number", "before_after", "versus",
    "product_closeup", "minimal", "other",
]
FontWeight = Literal["light", "regular", "bold", "heavy"]
LetterCase = Literal["upper", "lower", "title", "mixed", "unknown"]
AnalyserName = Literal["local", "openai", "gemini"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Unit = Field(ge=0.0, le=1.0)


class Box(_Model):
    """A rectangle in relative coordinates: (x, y) top-left, w and h as fractions of the image."""

    x: float = Unit
    y: float = Unit
    w: float = Unit
    h: float = Unit

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    @property
    def area(self) -> float:
        return self.w * self.h

    def iou(self, other: Box) -> float:
        """Intersection over union with another box."""
        ix = max(0.0, min(self.x + self.w, other.x + other.w) - max(self.x, other.x))
        iy = max(0.0, min(self.y + self.h, other.y + other.h) - max(self.y, other.y))
        inter = ix * iy
        union = self.area + other.area - inter
        return inter / union if union > 0 else 0.0

    @classmethod
    def from_pixels(cls, x: float, y: float, w: float, h: float, width: int, height: int) -> Box:
        """Build from a pixel rectangle, clipped to the image."""
        x0, y0 = min(max(x / width, 0.0), 1.0), min(max(y / height, 0.0), 1.0)
        x1, y1 = min(max((x + w) / width, 0.0), 1.0), min(max((y + h) / height, 0.0), 1.0)
        return cls(x=x0, y=y0, w=max(x1 - x0, 0.0), h=max(y1 - y0, 0.0))


class Swatch(_Model):
    """One dominant colour: its hex, the share of the image it covers, and what it is for."""

    hex: str = Field(pattern=r"^#[0-9a-f]{6}$")
    share: float = Unit
    role: ColourRole

    @field_validator("hex", mode="before")
    @classmethod
    def _lower(cls, v: object) -> object:
        return v.lower() if isinstance(v, str) else v


class Tone(_Model):
    """Global lightness: mean luminance and RMS contrast, both 0–1."""

    brightness: float = Unit
    contrast: float = Unit


class Composition(_Model):
    """Where the eye goes and how the frame is filled."""

    focal_x: float = Unit
    focal_y: float = Unit
    rule_of_thirds: bool  # the focal point sits near a thirds intersection or line
    symmetry: float = Unit  # 1 = mirror-symmetric left/right
    empty_space: float = Unit  # share of the frame that is flat, low-detail
    layout: LayoutClass


class TextZone(_Model):
    """One line or block of headline text."""

    box: Box
    relative_size: float = Unit  # cap/line height as a fraction of image height
    weight: FontWeight = "bold"
    case: LetterCase = "unknown"
    stroke: bool = False
    shadow: bool = False
    word_count: int | None = Field(default=None, ge=0)
    colour: str | None = Field(default=None, pattern=r"^#[0-9a-f]{6}$")


class Faces(_Model):
    """Faces in the frame; boxes in relative coordinates, largest first."""

    count: int = Field(ge=0)
    boxes: list[Box] = Field(default_factory=list)
    size_share: float = Unit  # area of the largest face as a share of the frame


class Elements(_Model):
    """Graphic devices thumbnails lean on."""

    arrows: int = Field(default=0, ge=0)
    circles: int = Field(default=0, ge=0)
    badges: int = Field(default=0, ge=0)
    emoji: int = Field(default=0, ge=0)
    has_number: bool = False  # a big price, count, rank or percentage


class Style(_Model):
    """The feel: energy 1 (calm) – 10 (explosive), free-form mood and niche tags (lowercase)."""

    energy: int = Field(ge=1, le=10)
    mood: list[str] = Field(default_factory=list, max_length=8)
    niche: list[str] = Field(default_factory=list, max_length=6)

    @field_validator("mood", "niche", mode="before")
    @classmethod
    def _tags(cls, v: object) -> object:
        if isinstance(v, list):
            seen: dict[str, None] = {}
            for tag in v:
                seen.setdefault(str(tag).strip().lower(), None)
            return [t for t in seen if t]
        return v


class Technical(_Model):
    """Pixel facts."""

    width: int = Field(gt=0)
    height: int = Field(gt=0)
    aspect: float = Field(gt=0)  # width / height
    sharpness: float = Unit  # 0 blurry – 1 crisp (normalised variance of the Laplacian)


class DesignDNA(_Model):
    """The full design description of one thumbnail."""

    version: int = DNA_VERSION
    analyser: AnalyserName
    palette: list[Swatch] = Field(min_length=1, max_length=8)
    tone: Tone
    composition: Composition
    text: list[TextZone] = Field(default_factory=list, max_length=12)
    faces: Faces
    elements: Elements = Field(default_factory=Elements)
    style: Style
    technical: Technical

    def colours(self, role: ColourRole) -> list[Swatch]:
        """Swatches with a given role, largest share first."""
        return sorted((s for s in self.palette if s.role == role), key=lambda s: -s.share)


# Re-exported so callers can `from vision.dna import DesignDNA, describe`; describe.py imports
# this module only for type checking, so there is no import cycle at run time.
from vision.describe import describe  # noqa: E402

__all__ = [
    "DNA_VERSION", "Box", "Composition", "DesignDNA", "Elements", "Faces", "Style", "Swatch",
    "Technical", "TextZone", "Tone", "describe",
]
