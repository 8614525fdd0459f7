"""What we ask a vision LLM for, and how its answer becomes `DesignDNA`.

The model is asked only for what needs understanding (layout, faces, text lines, devices,
energy, mood, niche). Exact colours, brightness, contrast, size and sharpness are measured
locally (`PixelFacts`): models guess hex codes poorly and pixels are cheap. The schema is small
and flat so structured output works the same on OpenAI (json_schema) and Gemini, and carries
no numeric bounds (minimum/maximum): providers' strict modes support different JSON Schema
subsets, so ranges are stated in descriptions and enforced when mapping (`to_dna` clamps).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import NDArray
from pydantic import BaseModel, Field

from vision.dna import (
    AnalyserName,
    Box,
    Composition,
    DesignDNA,
    Elements,
    Faces,
    FontWeight,
    LayoutClass,
    LetterCase,
    Style,
    Swatch,
    Technical,
    TextZone,
    Tone,
)


class LLMBox(BaseModel):
    """A box as fractions of the image width/height, origin top-left."""

    x: float = Field(description="left edge, 0-1")
    y: float = Field(description="top edge, 0-1")
    w: float = Field(description="width, 0-1")
    h: float = Field(description="height, 0-1")


class LLMTextLine(BaseModel):
    """One line of text as it appears in the thumbnail."""

    box: LLMBox
    letter_height: float = Field(description="capital letter height / image height")
    weight: FontWeight
    case: LetterCase
    stroke: bool = Field(description="letters have an outline of another colour")
    shadow: bool = Field(description="letters have a drop shadow")
    word_count: int = Field(description="0 or more")
    colour_hex: str | None = Field(default=None, description="fill colour as #rrggbb")


class LLMReading(BaseModel):
    """A designer's reading of a YouTube thumbnail."""

    layout: LayoutClass
    focal_x: float = Field(description="where the eye lands first, 0-1")
    focal_y: float = Field(description="0-1")
    faces: list[LLMBox] = Field(description="every visible human face, largest first")
    text_lines: list[LLMTextLine] = Field(description="every line of visible text, top to bottom")
    arrows: int = Field(description="0 or more")
    circles: int = Field(description="circles or rings drawn to highlight something")
    badges: int = Field(description="labels/stickers: text on a solid shape")
    emoji: int = Field(description="0 or more")
    has_number: bool = Field(description="a prominent number, price, rank or percentage")
    energy: int = Field(description="1 calm … 10 explosive")
    mood: list[str] = Field(description="1-4 lowercase mood words, e.g. dramatic, playful")
    niche: list[str] = Field(description="1-3 lowercase content niches, e.g. finance, gaming")


@dataclass(frozen=True)
class PixelFacts:
    """What is measured locally even when a model does the reading."""

    palette_lab: NDArray[np.float64]
    palette_share: NDArray[np.float64]
    labels: NDArray[np.int32]
    tone: Tone
    technical: Technical
    symmetry: float
    empty_space: float


def to_dna(
    reading: LLMReading, facts: PixelFacts, *, analyser: AnalyserName, niche_hint: tuple[str, ...]
) -> DesignDNA:
    """Merge the model's reading with the local measurements into `DesignDNA`."""
    from vision.composition import near_thirds
    from vision.palette import Clusters, assign_roles, swatches

    text = [_zone(t) for t in reading.text_lines][:12]
    faces = sorted((_box(b) for b in reading.faces), key=lambda b: -b.area)
    clusters = Clusters(lab=facts.palette_lab, share=facts.palette_share, labels=facts.labels)
    palette: list[Swatch] = swatches(clusters, assign_roles(clusters, [z.box for z in text]))
    niche = list(dict.fromkeys([*niche_hint, *reading.niche]))[:6]
    fx, fy = _unit(reading.focal_x), _unit(reading.focal_y)
    return DesignDNA(
        analyser=analyser,
        palette=palette,
        tone=facts.tone,
        composition=Composition(
            focal_x=fx, focal_y=fy, rule_of_thirds=near_thirds(fx, fy),
            symmetry=facts.symmetry, empty_space=facts.empty_space, layout=reading.layout,
        ),
        text=text,
        faces=Faces(count=len(faces), boxes=faces[:6],
                    size_share=round(faces[0].area, 4) if faces else 0.0),
        elements=Elements(arrows=max(0, reading.arrows), circles=max(0, reading.circles),
                          badges=max(0, reading.badges), emoji=max(0, reading.emoji),
                          has_number=reading.has_number),
        style=Style(energy=min(max(reading.energy, 1), 10), mood=reading.mood[:8], niche=niche),
        technical=facts.technical,
    )


def _unit(v: float) -> float:
    return min(max(float(v), 0.0), 1.0)


def _box(b: LLMBox) -> Box:
    """Clip a model's box into the frame (models overshoot edges)."""
    x, y = _unit(b.x), _unit(b.y)
    return Box(x=x, y=y, w=min(_unit(b.w), 1.0 - x), h=min(_unit(b.h), 1.0 - y))


def _zone(t: LLMTextLine) -> TextZone:
    colour = t.colour_hex.lower() if t.colour_hex and _is_hex(t.colour_hex) else None
    return TextZone(box=_box(t.box), relative_size=_unit(t.letter_height), weight=t.weight,
                    case=t.case, stroke=t.stroke, shadow=t.shadow,
                    word_count=max(0, t.word_count), colour=colour)


def _is_hex(v: str) -> bool:
    return len(v) == 7 and v[0] == "#" and all(c in "0123456789abcdefABCDEF" for c in v[1:])


Provider = Literal["openai", "gemini"]
