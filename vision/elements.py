"""Graphic devices from flat-colour shapes: arrows, circle highlights, text badges.

Each non-background palette colour is split into connected shapes; a shape's outline decides
what it is. Arrows: a 7-corner polygon (shaft + head) of middling solidity. Circles: a round
outline, filled or as a ring. Badges: a solid, box-like shape that holds a line of text.
Emoji and numbers need recognition the local analyser does not have; they stay 0 / False.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from numpy.typing import NDArray

from vision.dna import Box, ColourRole, Elements, TextZone
from vision.faces import person_region

MIN_AREA = 0.002  # of the frame


@dataclass(frozen=True)
class Shapes:
    """What the shape pass found: the DNA's element counts, and the largest plain object."""

    elements: Elements
    largest_object: float  # share of the frame of the biggest non-text, non-person shape


def find_elements(
    labels: NDArray[np.int32], roles: list[ColourRole], *, text: list[TextZone],
    faces: list[Box],
) -> Shapes:
    """Count arrows, circles and badges among the shapes of a palette label map."""
    h, w = labels.shape
    arrows = circles = badges = 0
    largest = 0.0
    people = [person_region(f) for f in faces]
    for label, role in enumerate(roles):
        if role == "background":
            continue
        mask = (labels == label).astype(np.uint8)
        mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))
        contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for c in contours:
            area = cv2.contourArea(c)
            if area < MIN_AREA * h * w:
                continue
            x, y, bw, bh = cv2.boundingRect(c)
            box = Box.from_pixels(x, y, bw, bh, w, h)
            if _part_of_text(box, text):
                continue  # letters, their outlines and shadows
            kind = classify_shape(c, mask[y : y + bh, x : x + bw], box, text)
            if kind != "arrow" and any(_inside(box, p) > 0.6 for p in people):
                continue  # heads, eyes, hair and shirts; an arrow's outline is unmistakable
            arrows += kind == "arrow"
            circles += kind == "circle"
            badges += kind == "badge"
            if kind is None and not _holds_text(box, text) and box.area < 0.6:
                largest = max(largest, area / (h * w))
    return Shapes(Elements(arrows=arrows, circles=circles, badges=badges), round(largest, 4))


def _part_of_text(box: Box, text: list[TextZone]) -> bool:
    """A shape centred in a (slightly grown) text line and not much bigger than it."""
    for z in text:
        pad = 0.5 * z.box.h
        if (z.box.x - pad <= box.cx <= z.box.x + z.box.w + pad
                and z.box.y - pad <= box.cy <= z.box.y + z.box.h + pad
                and box.area < 2 * z.box.area):
            return True
    return False


def _inside(a: Box, b: Box) -> float:
    """Share of box a inside box b."""
    ix = max(0.0, min(a.x + a.w, b.x + b.w) - max(a.x, b.x))
    iy = max(0.0, min(a.y + a.h, b.y + b.h) - max(a.y, b.y))
    return ix * iy / a.area if a.area > 0 else 0.0


def classify_shape(
    contour: NDArray, crop: NDArray[np.uint8], box: Box, text: list[TextZone]
) -> str | None:
    """"arrow", "circle", "badge" or None for one outer contour."""
    area = cv2.contourArea(contour)
    perimeter = cv2.arcLength(contour, True)
    hull_area = cv2.contourArea(cv2.convexHull(contour))
    if perimeter == 0 or hull_area == 0:
        return None
    circularity = 4 * np.pi * area / perimeter**2
    solidity = area / hull_area
    bh, bw = crop.shape
    aspect = bw / max(bh, 1)
    if circularity > 0.8 and 0.75 < aspect < 1.33 and not _holds_text(box, text):
        return "circle"
    if 0.75 < aspect < 1.33 and _is_ring(crop):
        return "circle"
    fill = float(crop.mean())
    if solidity > 0.9 and fill > 0.75 and _holds_text(box, text):
        return "badge"
    corners = len(cv2.approxPolyDP(contour, 0.03 * perimeter, True))
    small = box.w < 0.35 and box.h < 0.45  # big notched regions are split backgrounds
    if small and 6 <= corners <= 8 and 0.45 < solidity < 0.85 and _two_notches(contour):
        return "arrow"
    return None


def _two_notches(contour: NDArray) -> bool:
    """An arrow's outline dents in exactly twice: where the head meets the shaft."""
    hull = cv2.convexHull(contour, returnPoints=False)
    if hull is None or len(hull) < 4:
        return False
    try:
        defects = cv2.convexityDefects(contour, np.sort(hull, axis=0))
    except cv2.error:
        return False
    if defects is None:
        return False
    _, _, w, h = cv2.boundingRect(contour)
    deep = (defects.reshape(-1, 4)[:, 3] / 256.0) > 0.12 * max(w, h)
    return int(deep.sum()) == 2


def _is_ring(crop: NDArray[np.uint8]) -> bool:
    """A circle outline: a round hole in the middle, ink around it."""
    contours, hierarchy = cv2.findContours(crop, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    if hierarchy is None:
        return False
    outer = max(contours, key=cv2.contourArea)
    a, p = cv2.contourArea(outer), cv2.arcLength(outer, True)
    return p > 0 and 4 * np.pi * a / p**2 > 0.8 and float(crop.mean()) < 0.45


def _holds_text(box: Box, text: list[TextZone]) -> bool:
    return any(
        box.x <= z.box.cx <= box.x + box.w and box.y <= z.box.cy <= box.y + box.h
        and z.box.area < 0.9 * box.area
        for z in text
    )
