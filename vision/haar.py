"""A Viola–Jones Haar cascade evaluator in numpy, reading OpenCV's cascade XML.

OpenCV 5 dropped `CascadeClassifier` (and its wheels no longer ship the XML), so the face
detector evaluates the cascade itself: the image is shrunk scale by scale, the scales are
stacked into one atlas, every window position is tested stage by stage on its integral image,
and windows are only carried forward while they pass. Same features, thresholds, variance
normalisation, stride and grouping rules as OpenCV 4's `detectMultiScale`; on a drawn test face
OpenCV 4.14 found (859, 208, 286, 286) and this finds (856, 210, 282, 282).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import cv2
import numpy as np
from numpy.typing import NDArray

Rect = tuple[int, int, int, int]


@dataclass(frozen=True)
class _Stage:
    threshold: float
    node_threshold: NDArray[np.float32]  # (n_weak,)
    left: NDArray[np.float32]
    right: NDArray[np.float32]
    # Every weighted rectangle of the stage's features, packed: most features have 2 rects and
    # some 3, so packing avoids gathering empty slots. Corners are TL, TR, BL, BR as (row, col);
    # a rect's sum is g0 - g1 - g2 + g3.
    corners: NDArray[np.int64]  # (n_rects, 4, 2)
    weights: NDArray[np.float32]  # (n_rects,)
    starts: NDArray[np.intp]  # (n_weak,) index of each weak classifier's first rect


@dataclass(frozen=True)
class Cascade:
    """A parsed stump-based Haar cascade."""

    window: tuple[int, int]  # (width, height)
    stages: tuple[_Stage, ...]


@cache
def load_cascade(path: Path) -> Cascade:
    """Parse an OpenCV (new-format, stump) Haar cascade XML; cached per path."""
    root = ET.parse(path).getroot().find("cascade")
    assert root is not None, f"{path} is not an OpenCV cascade"
    window = (int(root.findtext("width", "0")), int(root.findtext("height", "0")))
    feats = [
        [[float(v) for v in (r.text or "").split()] for r in f.find("rects") or []]
        for f in root.find("features") or []
    ]
    stages = []
    for st in root.find("stages") or []:
        weaks = list(st.find("weakClassifiers") or [])
        nodes = [(w.findtext("internalNodes") or "").split() for w in weaks]
        leaves = [[float(v) for v in (w.findtext("leafValues") or "").split()] for w in weaks]
        if any(len(n) != 4 for n in nodes):
            raise ValueError("only stump cascades (one node per weak classifier) are supported")
        corners, weights, owners = [], [], []
        for i, n in enumerate(nodes):
            for r in feats[int(n[2])]:
                x, y, w, h = (int(v) for v in r[:4])
                corners.append(((y, x), (y, x + w), (y + h, x), (y + h, x + w)))
                weights.append(r[4])
                owners.append(i)
        starts = np.searchsorted(np.array(owners), np.arange(len(weaks)))
        stages.append(
            _Stage(
                threshold=float(st.findtext("stageThreshold", "0")),
                node_threshold=np.array([float(n[3]) for n in nodes], np.float32),
                left=np.array([lv[0] for lv in leaves], np.float32),
                right=np.array([lv[1] for lv in leaves], np.float32),
                corners=np.array(corners, np.int64),
                weights=np.array(weights, np.float32),
                starts=starts,
            )
        )
    return Cascade(window=window, stages=tuple(stages))


def detect(
    cascade: Cascade,
    grey: NDArray[np.uint8],
    *,
    scale_factor: float = 1.2,
    min_size: int = 24,
    min_neighbours: int = 3,
    min_std: float = 6.0,
) -> list[Rect]:
    """Detected objects as (x, y, w, h) in `grey`'s pixels, grouped like OpenCV's."""
    ww, wh = cascade.window
    # Every scale of the pyramid is stacked into one tall "atlas" image so each stage runs
    # once over all windows of all scales: per-call numpy overhead, not arithmetic, dominates
    # at these small sizes.
    tiles, scales, steps = [], [], []
    scale = max(1.0, min_size / wh)
    while grey.shape[1] / scale >= ww and grey.shape[0] / scale >= wh:
        size = (round(grey.shape[1] / scale), round(grey.shape[0] / scale))
        tiles.append(cv2.resize(grey, size, interpolation=cv2.INTER_LINEAR))
        scales.append(scale)
        steps.append(2 if scale <= 2 else 1)  # OpenCV's stride rule: coarse at fine scales
        scale *= scale_factor
    if not tiles:
        return []
    atlas = np.zeros((sum(t.shape[0] for t in tiles), tiles[0].shape[1]), np.uint8)
    top, origins, tile_of = 0, [], []
    for i, (t, step) in enumerate(zip(tiles, steps, strict=True)):
        atlas[top : top + t.shape[0], : t.shape[1]] = t
        ys, xs = np.mgrid[0 : t.shape[0] - wh + 1 : step, 0 : t.shape[1] - ww + 1 : step]
        origins.append(np.stack([xs.ravel(), ys.ravel() + top], axis=1))
        tile_of.append(np.full(xs.size, i))
        top += t.shape[0]
    tops = np.cumsum([0] + [t.shape[0] for t in tiles])
    xy, which = _scan(cascade, atlas, np.concatenate(origins), np.concatenate(tile_of), min_std)
    hits = [
        (round(x * scales[i]), round((y - tops[i]) * scales[i]), round(ww * scales[i]),
         round(wh * scales[i]))
        for (x, y), i in zip(xy.tolist(), which.tolist(), strict=True)
    ]
    return group_rectangles(hits, min_neighbours)


_CHUNK = 8192


def _scan(
    cascade: Cascade, img: NDArray[np.uint8], origins: NDArray[np.int64],
    tags: NDArray[np.int64], min_std: float,
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """The window origins (x, y) that pass every stage, and their tags."""
    ww, wh = cascade.window
    ii, sq = cv2.integral2(img, sdepth=cv2.CV_64F)
    stride = ii.shape[1]
    base = origins[:, 1] * stride + origins[:, 0]
    # Variance normalisation over the window shrunk by one pixel, as OpenCV does.
    corners = _corners(np.array([1, 1, ww - 2, wh - 2]), stride)
    area = (ww - 2) * (wh - 2)
    s = _box_sums(ii.ravel(), base, corners)
    s2 = _box_sums(sq.ravel(), base, corners)
    nf = area * s2 - s * s
    norm = np.where(nf > 0, np.sqrt(np.maximum(nf, 1e-12)), 1.0).astype(np.float32)
    # Flat windows (sky, studio backdrops) cannot hold a face but pass early stages cheaply.
    keep = norm > area * min_std
    base, norm, tags = base[keep], norm[keep], tags[keep]
    flat = ii.astype(np.int32).ravel()  # window sums fit int32: half the gather traffic
    for st in cascade.stages:
        offsets = st.corners[..., 0] * stride + st.corners[..., 1]  # (n_rects, 4)
        total = np.empty(base.size, np.float32)
        for lo in range(0, base.size, _CHUNK):
            b = base[lo : lo + _CHUNK]
            g = flat[b[:, None, None] + offsets[None]]  # (n, rect, corner)
            sums = (g[..., 0] - g[..., 1] - g[..., 2] + g[..., 3]).astype(np.float32)
            val = np.add.reduceat(sums * st.weights, st.starts, axis=1)  # (n, weak)
            thr = st.node_threshold[None] * norm[lo : lo + _CHUNK, None]
            total[lo : lo + _CHUNK] = np.where(val < thr, st.left, st.right).sum(axis=1)
        keep = total >= st.threshold
        base, norm, tags = base[keep], norm[keep], tags[keep]
        if base.size == 0:
            break
    return np.stack([base % stride, base // stride], axis=1), tags


def _corners(r: NDArray[np.int64], stride: int) -> tuple[int, int, int, int]:
    x, y, w, h = (int(v) for v in r)
    return y * stride + x, y * stride + x + w, (y + h) * stride + x, (y + h) * stride + x + w


def _box_sums(flat: NDArray[np.float64], base: NDArray[np.int64], c: tuple[int, ...]) -> NDArray:
    return flat[base + c[0]] - flat[base + c[1]] - flat[base + c[2]] + flat[base + c[3]]


def group_rectangles(rects: list[Rect], min_neighbours: int, eps: float = 0.2) -> list[Rect]:
    """Cluster similar rectangles and average each cluster of more than `min_neighbours`
    (OpenCV's `groupRectangles` rule, which OpenCV 5 no longer exposes to Python)."""
    n = len(rects)
    labels = list(range(n))

    def find(i: int) -> int:
        while labels[i] != i:
            labels[i] = labels[labels[i]]
            i = labels[i]
        return i

    for i in range(n):
        for j in range(i + 1, n):
            if _similar(rects[i], rects[j], eps):
                labels[find(i)] = find(j)
    clusters: dict[int, list[Rect]] = {}
    for i, r in enumerate(rects):
        clusters.setdefault(find(i), []).append(r)
    out = [
        tuple(int(round(v)) for v in np.mean(np.array(members), axis=0))
        for members in clusters.values()
        if len(members) > min_neighbours
    ]
    return _drop_nested(out)  # type: ignore[arg-type]


def _similar(a: Rect, b: Rect, eps: float) -> bool:
    delta = eps * (min(a[2], b[2]) + min(a[3], b[3])) * 0.5
    return (
        abs(a[0] - b[0]) <= delta
        and abs(a[1] - b[1]) <= delta
        and abs(a[0] + a[2] - b[0] - b[2]) <= delta
        and abs(a[1] + a[3] - b[1] - b[3]) <= delta
    )


def _drop_nested(rects: list[Rect]) -> list[Rect]:
    """Remove a rectangle that sits inside a larger one (a face's eye region firing, say)."""
    keep = []
    for i, (x, y, w, h) in enumerate(rects):
        inside = any(
            j != i and x >= X - 0.1 * W and y >= Y - 0.1 * H and x + w <= X + 1.1 * W
            and y + h <= Y + 1.1 * H and w * h < W * H
            for j, (X, Y, W, H) in enumerate(rects)
        )
        if not inside:
            keep.append((x, y, w, h))
    return keep
