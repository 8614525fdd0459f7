"""Where a template puts its headline and its person, as prompt words. Pure.

The compositor paints the headline and the creator's photo over Midjourney's art, so the art
must keep those places calm; this decides which places they are. `room_from_spec` reads the
layer spec as the compositor will paint it (after refinements like "face on the right", and
re-flowed for 9:16 and 1:1), so prefer it; `room_for(dna)` is the fallback from analysis.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from render.layout import layer_boxes
from render.sizes import Aspect
from render.spec import BackgroundLayer, SubjectLayer, TemplateSpec, TextLayer
from vision.dna import DesignDNA

Side = Literal["left", "right", "top", "bottom", "centre"]

# Fallbacks by layout when the DNA found no text or faces to measure.
_TEXT_BY_LAYOUT: dict[str, Side] = {
    "face_left": "right", "face_right": "left", "centered_headline": "centre",
    "big_number": "centre", "minimal": "centre", "product_closeup": "top",
}
_SUBJECT_BY_LAYOUT: dict[str, Side] = {"face_left": "left", "face_right": "right"}


@dataclass(frozen=True)
class Room:
    """Where the headline goes, where a person goes (None: no person), and split designs."""

    text: Side | None
    subject: Side | None
    split: bool = False  # before/after, versus: two halves with a seam


def room_for(dna: DesignDNA) -> Room:
    """Read the template's text and face placement from its DNA."""
    layout = dna.composition.layout
    if dna.text:
        zones = [(z.box.cx, z.box.cy, z.box.area) for z in dna.text]
        text: Side | None = _side_of(*_weighted_centre(zones))
    else:
        text = _TEXT_BY_LAYOUT.get(layout)
    if dna.faces.count and dna.faces.boxes:
        face = dna.faces.boxes[0]  # a face sits high on its body: only its side counts
        subject: Side | None = _side_of(face.cx, face.cy, horizontal_only=True)
    else:
        subject = _SUBJECT_BY_LAYOUT.get(layout)
    return Room(text=text, subject=subject, split=layout in ("before_after", "versus"))


def room_from_spec(spec: TemplateSpec, aspect: str = "16:9") -> Room:
    """Read the headline and subject boxes the compositor will use on a canvas of `aspect`."""
    boxes = layer_boxes(spec, Aspect(aspect))
    text, subject = [], []
    for layer, box in zip(spec.layers, boxes, strict=True):
        if box is None:
            continue
        centre = (box.x + box.w / 2, box.y + box.h / 2, box.w * box.h)
        if isinstance(layer, TextLayer) and layer.role in ("headline", "number"):
            text.append(centre)
        elif isinstance(layer, SubjectLayer):
            subject.append(centre)
    split = any(isinstance(layer, BackgroundLayer) and layer.style in ("split", "diagonal_split")
                for layer in spec.layers)
    return Room(text=_side_of(*_weighted_centre(text)) if text else None,
                subject=_side_of(*_weighted_centre(subject)) if subject else None, split=split)


def room_words(room: Room) -> list[str]:
    """Prompt phrases asking for calm space where the layers go."""
    words: list[str] = []
    if room.split:
        words.append("two contrasting halves split down the middle")
    if room.text == "centre":
        words.append("calm uncluttered centre with open negative space")
    elif room.text:
        words.append(f"wide empty negative space {_at(room.text)}")
    if room.subject and room.subject != room.text:
        words.append(f"soft open background {_at(room.subject)}")
    if not words:
        words.append("balanced composition with breathing room")
    return words


def _at(side: Side) -> str:
    return {"left": "on the left side", "right": "on the right side", "top": "at the top",
            "bottom": "at the bottom", "centre": "in the centre"}[side]


def _weighted_centre(items: list[tuple[float, float, float]]) -> tuple[float, float]:
    """The area-weighted centre of (cx, cy, area) items."""
    total = sum(area for _, _, area in items) or 1.0
    return (sum(cx * a for cx, _, a in items) / total, sum(cy * a for _, cy, a in items) / total)


def _side_of(cx: float, cy: float, horizontal_only: bool = False) -> Side:
    if cx < 0.42:
        return "left"
    if cx > 0.58:
        return "right"
    if not horizontal_only and cy < 0.35:
        return "top"
    if not horizontal_only and cy > 0.65:
        return "bottom"
    return "centre"
