"""Name a thumbnail's layout class from what was found in it (faces, text, flatness).

Rules, in order of how unmistakable the evidence is; each returns one of `LayoutClass`.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from vision.dna import Box, LayoutClass, TextZone


def classify_layout(
    *, faces: list[Box], text: list[TextZone], empty_space: float,
    saliency: NDArray[np.float32], halves_differ: bool, arrows: int = 0,
    largest_object: float = 0.0,
) -> LayoutClass:
    """The layout class of a thumbnail."""
    if _two_sided(faces):
        split = (halves_differ or arrows > 0) and not _vs_mark(text)
        return "before_after" if split else "versus"
    # Thresholds from the starter previews: minimal ones are ≥ 0.53 empty, busy ones ≤ 0.4.
    if empty_space > 0.5 and len(text) <= 4:
        return "minimal"
    if faces:
        return "face_left" if faces[0].cx < 0.5 else "face_right"
    if any(z.relative_size >= 0.21 and (z.word_count or 1) == 1 for z in text):
        return "big_number"  # one huge short token: a price, a count, a rank
    if _centred_headline(text):
        return "centered_headline"
    if largest_object > 0.08:
        return "product_closeup"
    if _central_object(saliency):
        return "product_closeup"
    return "other"


def _two_sided(faces: list[Box]) -> bool:
    if len(faces) < 2:
        return False
    a, b = faces[0], faces[1]
    return (a.cx - 0.5) * (b.cx - 0.5) < 0 and abs(a.cx - b.cx) > 0.3


def _vs_mark(text: list[TextZone]) -> bool:
    """A short line near the centre of the frame: the "VS" of a versus thumbnail."""
    return any(
        abs(z.box.cx - 0.5) < 0.12 and (z.word_count or 1) == 1 and z.box.w < 0.2 for z in text
    )


def _centred_headline(text: list[TextZone]) -> bool:
    if not text:
        return False
    main = max(text, key=lambda z: z.box.w * z.relative_size)
    return abs(main.box.cx - 0.5) < 0.12 and main.box.w > 0.35


def _central_object(sal: NDArray[np.float32]) -> bool:
    h, w = sal.shape
    centre = sal[h // 4 : 3 * h // 4, w // 4 : 3 * w // 4].sum()
    return float(centre) / max(float(sal.sum()), 1e-9) > 0.5
