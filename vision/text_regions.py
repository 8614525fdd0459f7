"""Headline text lines: glyph-shaped blobs of one flat colour, chained along a baseline.

Thumbnail text is big, flat-coloured and high-contrast, so instead of a generic text detector
we label every pixel with its nearest palette colour, take connected components per colour
(letters), keep the letter-shaped ones and chain neighbours of similar height into lines. Having
the glyphs (not just a box) is what lets us guess word count (gaps), case (height profile),
weight (stroke thickness from a distance transform), and stroke/shadow (what surrounds them).

Photos also fall apart into same-colour blobs, some letter-shaped. Three guards keep them out:
a glyph's outline must be a sharp colour jump, its inside flat paint, and a line's letters must
be ringed by one colour (a backdrop or a stroke). Pieces of one line in different colours (an
emphasised word) are joined afterwards (vision/text_merge.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from numpy.typing import NDArray

from vision.colour import lab_to_srgb, rgb_to_hex
from vision.dna import Box, FontWeight, LetterCase, TextZone
from vision.text_merge import merge_runs
from vision.text_style import finish, letter_case, stroke_weight, surround_purity

MIN_GLYPH_H = 0.025  # of image height
MAX_GLYPH_H = 0.45
MIN_EDGE_JUMP = 25.0  # ΔE76 across a glyph's outline; set from starter previews vs noise
MIN_PAIR_H = 0.06  # two-glyph lines: of image height
MIN_PURITY = 0.6  # share of one colour around a line's letters
MAX_SPREAD = 10.0  # RMS ΔE76 inside a glyph: flat paint plus JPEG q75 noise


@dataclass(frozen=True)
class Glyph:
    """One letter-shaped component, in analysis-image pixels."""

    label: int
    x: int
    y: int
    w: int
    h: int
    component: int  # index in its label's connected-component map


@dataclass(frozen=True)
class TextLine:
    """A chain of glyphs of one colour: the unit a `TextZone` describes."""

    label: int
    glyphs: tuple[Glyph, ...]

    @property
    def bbox(self) -> tuple[int, int, int, int]:
        x0 = min(g.x for g in self.glyphs)
        y0 = min(g.y for g in self.glyphs)
        x1 = max(g.x + g.w for g in self.glyphs)
        y1 = max(g.y + g.h for g in self.glyphs)
        return x0, y0, x1 - x0, y1 - y0

    @property
    def cap_height(self) -> float:
        return float(np.percentile([g.h for g in self.glyphs], 75))


def find_text(
    labels: NDArray[np.int32], lab: NDArray[np.float32], centres: NDArray[np.float64],
    *, avoid: list[Box] | None = None,
) -> list[TextZone]:
    """Text zones in an image given its per-pixel palette labels and Lab pixels, top to bottom."""
    h, w = labels.shape
    comps: dict[int, NDArray[np.int32]] = {}
    stats_of: dict[int, tuple[int, NDArray]] = {}
    ids = np.zeros((h, w), np.int64)  # one id per component across all colours
    offset = 0
    for label in range(len(centres)):
        n, cc, stats, _ = cv2.connectedComponentsWithStats(
            (labels == label).astype(np.uint8), connectivity=8
        )
        comps[label] = cc
        ids += np.where(cc > 0, cc + offset, 0)
        stats_of[label] = (offset, stats)
        offset += n
    # Per component, in one pass over the image: the mean colour jump across its outline
    # (letters are drawn, their edges are sharp; blobs cut from photos by colour quantisation
    # are not) and the colour spread inside it (letters are flat paint).
    rim = _rim(labels)
    jump = _mean_per_id(ids, edge_contrast(lab), rim, offset)
    spread = _spread(ids, ~rim, lab, offset)
    glyphs: list[Glyph] = []
    for label, (start, stats) in stats_of.items():
        n = len(stats)
        glyphs += _glyphs(label, stats[1:], jump[start + 1 : start + n],
                          spread[start + 1 : start + n], w, h, avoid or [])
    lines = _dedupe([
        line for line in _chain(glyphs, h)
        if surround_purity(_line_mask(line, comps[line.label], labels.shape), labels,
                           line.label, line.cap_height) >= MIN_PURITY
    ])
    zones = [_zone(line, labels, lab, centres, comps[line.label]) for line in lines]
    return merge_runs(zones, aspect=w / h)


def edge_contrast(lab: NDArray[np.float32], step: int = 2) -> NDArray[np.float32]:
    """Per pixel, the Lab distance (ΔE76) between the pixels `step` before and after it,
    horizontally or vertically, whichever is larger. On a letter's rim one of the two is ink
    and the other backdrop; `step` 2 reaches past one anti-aliased pixel."""
    pad = np.pad(lab, ((step, step), (step, step), (0, 0)), mode="edge")
    h, w = lab.shape[:2]
    s = step
    dx = pad[s : s + h, 2 * s : 2 * s + w] - pad[s : s + h, 0:w]
    dy = pad[2 * s : 2 * s + h, s : s + w] - pad[0:h, s : s + w]
    return np.sqrt(np.maximum((dx * dx).sum(axis=2), (dy * dy).sum(axis=2)))


def _rim(labels: NDArray[np.int32]) -> NDArray[np.bool_]:
    """Pixels with a 4-neighbour of another colour label."""
    pad = np.pad(labels, 1, mode="edge")
    c = pad[1:-1, 1:-1]
    return (c != pad[:-2, 1:-1]) | (c != pad[2:, 1:-1]) | (c != pad[1:-1, :-2]) | (
        c != pad[1:-1, 2:])


def _mean_per_id(ids: NDArray[np.int64], values: NDArray, where: NDArray[np.bool_],
                 n: int) -> NDArray[np.float64]:
    flat, w = ids.ravel(), where.ravel().astype(np.float64)
    total = np.bincount(flat, weights=values.ravel() * w, minlength=n)
    return total / np.maximum(np.bincount(flat, weights=w, minlength=n), 1)


def _spread(ids: NDArray[np.int64], inner: NDArray[np.bool_], lab: NDArray[np.float32],
            n: int) -> NDArray[np.float64]:
    """Per component, the colour spread (RMS ΔE76 from its mean) of its interior pixels:
    letters are painted in one flat colour, photo blobs only fall into one colour bin.
    Components too thin to have an interior get 0: thin strokes are judged by their rim."""
    var = np.zeros(n)
    for ch in range(3):
        v = lab[..., ch].astype(np.float64)
        mean = _mean_per_id(ids, v, inner, n)
        var += _mean_per_id(ids, v * v, inner, n) - mean**2
    return np.sqrt(np.maximum(var, 0))


def _glyphs(
    label: int, stats: NDArray, jump: NDArray, spread: NDArray, w: int, h: int,
    avoid: list[Box],
) -> list[Glyph]:
    x, y, gw, gh, area = (stats[:, i] for i in range(5))
    fill = area / np.maximum(gw * gh, 1)
    ok = (
        (jump >= MIN_EDGE_JUMP) & (spread <= MAX_SPREAD) &
        (gh >= MIN_GLYPH_H * h) & (gh <= MAX_GLYPH_H * h)
        & (gw >= 0.06 * gh) & (gw <= 1.6 * gh)
        & (fill >= 0.12) & ((fill <= 0.97) | (gw < 0.35 * gh))  # solid + narrow: "I", "l", "1"
        & (x > 0) & (y > 0) & (x + gw < w) & (y + gh < h)  # touching the frame: not a letter
    )
    out = []
    for i in np.flatnonzero(ok):
        cx, cy = (x[i] + gw[i] / 2) / w, (y[i] + gh[i] / 2) / h
        if any(b.x <= cx <= b.x + b.w and b.y <= cy <= b.y + b.h for b in avoid):
            continue
        out.append(Glyph(label, int(x[i]), int(y[i]), int(gw[i]), int(gh[i]), int(i) + 1))
    return out


def _chain(glyphs: list[Glyph], image_h: int) -> list[TextLine]:
    """Union glyphs of one colour that sit side by side on a shared baseline.

    Two-glyph lines ("VS", "$2", "10") must be big (≥ 6 % of the height): small pairs of
    look-alike blobs are common in photos, short small words are rare in thumbnails."""
    if len(glyphs) < 2:
        return []
    g = np.array([(q.label, q.x, q.y, q.w, q.h) for q in glyphs], dtype=float)
    lab, x, y, w, h = g.T
    hi, lo = np.maximum(h[:, None], h[None]), np.minimum(h[:, None], h[None])
    gap = np.maximum(x[None] - (x + w)[:, None], x[:, None] - (x + w)[None])
    bottom = np.abs((y + h)[:, None] - (y + h)[None])
    overlap = np.minimum((y + h)[:, None], (y + h)[None]) - np.maximum(y[:, None], y[None])
    linked = (
        (lab[:, None] == lab[None]) & (hi <= 2.0 * lo) & (gap <= 0.9 * hi) & (gap >= -0.3 * lo)
        & ((bottom <= 0.2 * hi) | (overlap >= 0.7 * lo))
    )
    np.fill_diagonal(linked, False)
    parent = list(range(len(glyphs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in zip(*np.nonzero(np.triu(linked)), strict=True):
        parent[find(int(i))] = find(int(j))
    groups: dict[int, list[Glyph]] = {}
    for i, q in enumerate(glyphs):
        groups.setdefault(find(i), []).append(q)
    lines = []
    for members in groups.values():
        members.sort(key=lambda q: q.x)
        heights = [q.h for q in members]
        pair = (len(members) == 2 and max(heights) <= 1.3 * min(heights)
                and max(heights) >= MIN_PAIR_H * image_h)
        if len(members) >= 3 or pair:
            lines.append(TextLine(members[0].label, tuple(members)))
    return lines


def _dedupe(lines: list[TextLine]) -> list[TextLine]:
    """A stroked word yields two chains (fill and outline); keep the one with more glyphs,
    then the inner one."""
    ranked = sorted(lines, key=lambda ln: (-len(ln.glyphs), ln.bbox[2] * ln.bbox[3]))
    kept: list[TextLine] = []
    for line in ranked:
        if all(_iou(line.bbox, k.bbox) < 0.4 and _inside(line.bbox, k.bbox) < 0.6 for k in kept):
            kept.append(line)
    return kept


def _zone(
    line: TextLine, labels: NDArray[np.int32], lab: NDArray[np.float32],
    centres: NDArray[np.float64], comps: NDArray[np.int32],
) -> TextZone:
    h, w = labels.shape
    x, y, bw, bh = line.bbox
    mask = _line_mask(line, comps, labels.shape)
    weight: FontWeight = stroke_weight(mask, line.cap_height)
    case: LetterCase = letter_case([(q.x, q.y, q.w, q.h) for q in line.glyphs], line.cap_height)
    stroke, shadow = finish(mask, labels, lab, line.label, line.cap_height)
    return TextZone(
        box=Box.from_pixels(x, y, bw, bh, w, h),
        relative_size=round(min(1.0, line.cap_height / h), 4),
        weight=weight,
        case=case,
        stroke=stroke,
        shadow=shadow,
        word_count=_words(line),
        colour=rgb_to_hex(lab_to_srgb(centres[line.label])),
    )


def _line_mask(line: TextLine, comps: NDArray[np.int32], shape: tuple[int, int]) -> NDArray:
    mask = np.zeros(shape, np.uint8)
    for q in line.glyphs:
        sub = comps[q.y : q.y + q.h, q.x : q.x + q.w] == q.component
        mask[q.y : q.y + q.h, q.x : q.x + q.w] |= sub.astype(np.uint8)
    return mask


def _words(line: TextLine) -> int:
    """Words = 1 + gaps that stand out: wider than ~0.3 cap heights and than twice the typical
    letter gap (fonts with wide side bearings push letter gaps up, never word gaps down)."""
    return 1 + len(word_breaks(line.glyphs, line.cap_height))


def word_breaks(glyphs: tuple[Glyph, ...], cap_height: float) -> list[int]:
    """Indices of glyphs that start a new word (not counting the first)."""
    gaps = [b.x - (a.x + a.w) for a, b in zip(glyphs, glyphs[1:], strict=False)]
    if not gaps:
        return []
    typical = float(np.median(gaps))
    cut = max(0.3 * cap_height, 2.0 * typical + 0.08 * cap_height)
    return [i + 1 for i, gap in enumerate(gaps) if gap > cut]


def _inside(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    """Share of box a that lies inside box b."""
    ix = max(0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    return ix * iy / max(a[2] * a[3], 1)


def _iou(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    ix = max(0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = a[2] * a[3] + b[2] * b[3] - inter
    return inter / union if union else 0.0
