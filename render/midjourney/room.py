"""Where a template puts its headline and its person, read from DNA, as prompt words. Pure.

The compositor paints the headline and the creator's photo over Midjourney's art, so the art
must keep those places calm; this decides which places they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from vision.dna import Box, DesignDNA

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
    text = _side_of(_text_box(dna)) if dna.text else _TEXT_BY_LAYOUT.get(layout)
    if dna.faces.count and dna.faces.boxes:
        subject: Side | None = _side_of(dna.faces.boxes[0], horizontal_only=True)
    else:
        subject = _SUBJECT_BY_LAYOUT.get(layout)
    return Room(text=text, subject=subject, split=layout in ("before_after", "versus"))


def room_words(room: Room) -> list[str]:
    """Prompt phrases asking for calm space where the layers go."""
    words: list[str] = []
    if room.split:
        words.append("two contrasting halves split down the middle")
    if room.text == "centre":
        words.append("calm uncluttered centre with open negative space")
    elif room.text:
        words.append(f"wide empty negative space on the {room.text}")
    if room.subject and room.subject != room.text:
        where = "centre" if room.subject == "centre" else f"{room.subject} side"
        words.append(f"soft open background on the {where}")
    if not words:
        words.append("balanced composition with breathing room")
    return words


def _text_box(dna: DesignDNA) -> Box:
    """The area-weighted centre of all text zones, as a point-sized box."""
    total = sum(zone.box.area for zone in dna.text) or 1.0
    cx = sum(zone.box.cx * zone.box.area for zone in dna.text) / total
    cy = sum(zone.box.cy * zone.box.area for zone in dna.text) / total
    return Box(x=cx, y=cy, w=0.0, h=0.0)


def _side_of(box: Box, horizontal_only: bool = False) -> Side:
    if box.cx < 0.42:
        return "left"
    if box.cx > 0.58:
        return "right"
    if not horizontal_only and box.cy < 0.35:
        return "top"
    if not horizontal_only and box.cy > 0.65:
        return "bottom"
    return "centre"
