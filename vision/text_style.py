"""Typographic guesses from a line's glyph mask: weight, letter case, stroke and drop shadow.

All measures are relative to the cap height, so they hold at any text size.
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

from vision.dna import FontWeight, LetterCase

# Stem width / cap height, measured on DejaVu Sans and Inter (Thin … Black) at 40–160 px.
# Thin/Light ≈ 0.04–0.09, Regular ≈ 0.13–0.17, SemiBold/Bold ≈ 0.17–0.24, Black ≈ 0.26.
_WEIGHTS: tuple[tuple[float, FontWeight], ...] = (
    (0.25, "heavy"), (0.185, "bold"), (0.10, "regular"),
)


def stroke_weight(mask: NDArray[np.uint8], cap_height: float) -> FontWeight:
    """Font weight from the typical stem width (twice the distance-transform ridge)."""
    crop = _crop(mask, pad=2)
    dt = cv2.distanceTransform(crop, cv2.DIST_L2, 3)
    ridge = (dt >= cv2.dilate(dt, np.ones((3, 3), np.uint8))) & (dt > 0.5)
    if not ridge.any():
        return "regular"
    ratio = 2 * float(np.median(dt[ridge])) / max(cap_height, 1.0)
    return next((name for cut, name in _WEIGHTS if ratio >= cut), "light")


def letter_case(boxes: list[tuple[int, int, int, int]], cap_height: float) -> LetterCase:
    """Upper if every glyph is cap-high; lower if few are; title if words start tall."""
    if len(boxes) < 2:
        return "unknown"
    tall = [h >= 0.85 * cap_height for _, _, _, h in boxes]
    if all(tall):
        # Even heights fit capitals and ascender-free lowercase ("save money now") alike;
        # lowercase x-height letters are squatter (median width/height ≈ 1 vs ≈ 0.8).
        aspect = float(np.median([w / max(h, 1) for _, _, w, h in boxes]))
        return "lower" if aspect >= 0.92 else "upper"
    share = sum(tall) / len(tall)
    starts = [0] + [
        i + 1 for i, (a, b) in enumerate(zip(boxes, boxes[1:], strict=False))
        if b[0] - (a[0] + a[2]) > 0.3 * cap_height
    ]
    rest = [t for i, t in enumerate(tall) if i not in starts]
    if all(tall[i] for i in starts) and rest and sum(rest) / len(rest) < 0.5:
        return "title"
    if share < 0.35 and not tall[0]:
        return "lower"
    return "mixed"


def finish(
    mask: NDArray[np.uint8], labels: NDArray[np.int32], lab: NDArray[np.float32],
    label: int, cap_height: float,
) -> tuple[bool, bool]:
    """(stroke, shadow): an outline of another colour hugging the letters; a darker copy
    offset down-right."""
    r = max(2, round(0.07 * cap_height))
    y0, y1, x0, x1 = _bounds(mask, pad=6 * r)
    m, lb, lt = mask[y0:y1, x0:x1], labels[y0:y1, x0:x1], lab[y0:y1, x0:x1, 0]
    near = _dilate(m, r) & ~m.astype(bool)
    far = _dilate(m, 4 * r) & ~_dilate(m, 3 * r)
    near_label, near_share = _dominant(lb[near], exclude=label)
    far_label, _ = _dominant(lb[far], exclude=-1)
    stroke = near_label is not None and near_share >= 0.55 and near_label != far_label
    o = r * (3 if stroke else 1)
    below = _shift(m, o, o) & ~_dilate(m, 1)
    above = _shift(m, -o, -o) & ~_dilate(m, 1)
    shadow = bool(below.any() and above.any()) and float(lt[below].mean()) < float(
        lt[above].mean()
    ) - 12
    return stroke, shadow


def surround_purity(
    mask: NDArray[np.uint8], labels: NDArray[np.int32], label: int, cap_height: float
) -> float:
    """Share of the dominant colour (other than the letters') right around a line's glyphs.
    Text sits on one backdrop or inside one stroke; blobs cut from a photo are ringed by a
    mix of neighbouring colours."""
    r = max(3, round(0.07 * cap_height))
    y0, y1, x0, x1 = _bounds(mask, pad=2 * r)
    m, lb = mask[y0:y1, x0:x1], labels[y0:y1, x0:x1]
    near = _dilate(m, r) & ~_dilate(m, 1)  # skip the anti-aliased pixel next to the ink
    return _dominant(lb[near], exclude=label)[1]


def _dominant(values: NDArray[np.int32], exclude: int) -> tuple[int | None, float]:
    values = values[(values >= 0) & (values != exclude)]
    if values.size == 0:
        return None, 0.0
    counts = np.bincount(values)
    best = int(np.argmax(counts))
    return best, float(counts[best]) / values.size


def _dilate(m: NDArray[np.uint8], r: int) -> NDArray[np.bool_]:
    k = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * r + 1, 2 * r + 1))
    return cv2.dilate(m, k).astype(bool)


def _shift(m: NDArray[np.uint8], dy: int, dx: int) -> NDArray[np.bool_]:
    out = np.zeros_like(m, dtype=bool)
    h, w = m.shape
    src = m[max(0, -dy) : h - max(0, dy), max(0, -dx) : w - max(0, dx)].astype(bool)
    out[max(0, dy) : max(0, dy) + src.shape[0], max(0, dx) : max(0, dx) + src.shape[1]] = src
    return out


def _bounds(mask: NDArray[np.uint8], pad: int) -> tuple[int, int, int, int]:
    x, y, bw, bh = cv2.boundingRect(mask)  # C++ scan: far cheaper than np.nonzero here
    h, w = mask.shape
    return max(0, y - pad), min(h, y + bh + pad), max(0, x - pad), min(w, x + bw + pad)


def _crop(mask: NDArray[np.uint8], pad: int) -> NDArray[np.uint8]:
    y0, y1, x0, x1 = _bounds(mask, pad)
    return np.ascontiguousarray(mask[y0:y1, x0:x1])
