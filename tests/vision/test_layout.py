"""The layout rules, on hand-made findings (no pixels needed)."""

from __future__ import annotations

import numpy as np

from vision.dna import Box, TextZone
from vision.layout import classify_layout

FLAT = np.ones((36, 64), np.float32)


def line(x: float, y: float, w: float, size: float, words: int) -> TextZone:
    return TextZone(box=Box(x=x, y=y, w=w, h=size * 1.2), relative_size=size, word_count=words)


def face(x: float) -> Box:
    return Box(x=x, y=0.2, w=0.25, h=0.45)


def layout(**kw: object) -> str:
    args = {"faces": [], "text": [], "empty_space": 0.2, "saliency": FLAT, "halves_differ": False}
    return classify_layout(**{**args, **kw})  # type: ignore[arg-type]


def test_one_face_decides_the_side() -> None:
    assert layout(faces=[face(0.05)], text=[line(0.55, 0.2, 0.4, 0.12, 3)]) == "face_left"
    assert layout(faces=[face(0.65)], text=[line(0.05, 0.2, 0.4, 0.12, 3)]) == "face_right"


def test_two_faces_on_both_sides() -> None:
    two = [face(0.05), face(0.7)]
    assert layout(faces=two) == "versus"
    assert layout(faces=two, halves_differ=True) == "before_after"
    assert layout(faces=two, arrows=1) == "before_after"
    vs = [line(0.45, 0.45, 0.1, 0.12, 1)]
    assert layout(faces=two, halves_differ=True, text=vs) == "versus"


def test_big_number_centred_headline_product_minimal() -> None:
    assert layout(text=[line(0.1, 0.3, 0.3, 0.3, 1)]) == "big_number"
    assert layout(text=[line(0.1, 0.3, 0.8, 0.15, 3)]) == "centered_headline"
    assert layout(text=[line(0.6, 0.3, 0.3, 0.1, 3)], largest_object=0.2) == "product_closeup"
    assert layout(text=[line(0.1, 0.3, 0.4, 0.1, 3)], empty_space=0.7) == "minimal"
    assert layout(text=[line(0.6, 0.3, 0.3, 0.1, 3)]) == "other"
