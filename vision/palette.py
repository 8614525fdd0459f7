"""Dominant colours by k-means in CIE Lab, merged perceptually, each given a role.

k-means runs on a small copy (flat thumbnail colours survive downscaling); clusters closer than
`MERGE_DE` (CIEDE2000) are merged because anti-aliased edges and JPEG noise otherwise split one
paint colour into several. Each cluster's colour is then re-estimated from its *core* pixels
only, so edge blends do not pull it towards its neighbours. Roles: the colour that owns most of
the border is the background; the colour that fills detected text is text; the rest are accents.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from numpy.typing import NDArray

from vision.colour import delta_e2000, lab_to_srgb, rgb_to_hex
from vision.dna import Box, ColourRole, Swatch

K = 8
MERGE_DE = 9.0
MIN_SHARE = 0.015  # smallest swatch reported in the palette
MIN_CLUSTER = 0.002  # smallest cluster kept for labelling (small headlines are ~0.5 %)
MAX_SWATCHES = 8
SAMPLE_WIDTH = 128  # k-means samples
LABEL_WIDTH = 320  # the per-pixel label map (roles, text colour)


@dataclass(frozen=True)
class Clusters:
    """k-means result on the analysis image: Lab centres, shares and a per-pixel label map."""

    lab: NDArray[np.float64]  # (n, 3)
    share: NDArray[np.float64]  # (n,) sums to ≤ 1 (tiny clusters dropped)
    labels: NDArray[np.int32]  # (H, W) index into lab, -1 for dropped clusters


def to_lab(rgb: NDArray[np.uint8]) -> NDArray[np.float32]:
    """An RGB uint8 image to float Lab (L 0–100), via OpenCV's float path (sRGB, D65)."""
    return cv2.cvtColor(rgb.astype(np.float32) / 255.0, cv2.COLOR_RGB2Lab)


def cluster(rgb: NDArray[np.uint8], *, seed: int = 7) -> Clusters:
    """Dominant colour clusters of an RGB image (any size); labels are `LABEL_WIDTH` wide."""
    h, w = rgb.shape[:2]
    if w > LABEL_WIDTH:
        rgb = cv2.resize(rgb, (LABEL_WIDTH, max(1, round(h * LABEL_WIDTH / w))),
                         interpolation=cv2.INTER_AREA)
        h, w = rgb.shape[:2]
    small = cv2.resize(rgb, (SAMPLE_WIDTH, max(1, round(h * SAMPLE_WIDTH / w))),
                       interpolation=cv2.INTER_NEAREST)
    samples = to_lab(small).reshape(-1, 3)
    packed = small.reshape(-1, 3).astype(np.int32) @ np.array([1 << 16, 1 << 8, 1], np.int32)
    k = min(K, len(np.unique(packed)))
    cv2.setRNGSeed(seed)  # deterministic DNA for the same image
    criteria = (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_MAX_ITER, 15, 0.5)
    # One k-means++ attempt is enough: merging and core re-estimation absorb a poor split.
    _, _, centres = cv2.kmeans(samples, k, None, criteria, 1, cv2.KMEANS_PP_CENTERS)
    centres = _merge(centres.astype(np.float64), samples)
    s_labels, s_dist = assign(samples[None], centres)
    centres = _core_means(samples[None], s_labels, s_dist, centres)
    labels = label_map(rgb, centres)
    share = np.bincount(labels.ravel(), minlength=len(centres)) / labels.size
    keep = (share >= MIN_CLUSTER) & ~_blends(centres, share)
    if not keep.all():  # give the dropped clusters' pixels to their nearest survivor
        centres = centres[keep]
        labels = label_map(rgb, centres)
        share = np.bincount(labels.ravel(), minlength=len(centres)) / labels.size
    return Clusters(lab=centres, share=share, labels=labels)


def label_map(rgb: NDArray[np.uint8], centres: NDArray[np.float64]) -> NDArray[np.int32]:
    """Nearest centre for every pixel, through a 32×32×32 RGB lookup table.

    Building the table costs one distance computation per 8×8×8 RGB cell (32 768 of them)
    instead of one per pixel; with flat thumbnail colours the cell's rounding never matters.
    """
    q = (np.arange(32, dtype=np.uint8) << 3) + 4
    cells = np.stack(np.meshgrid(q, q, q, indexing="ij"), axis=-1).reshape(1, -1, 3)
    lut, _ = assign(to_lab(cells), centres)
    idx = ((rgb[..., 0] >> 3).astype(np.int32) << 10) | ((rgb[..., 1] >> 3).astype(np.int32) << 5)
    return lut.ravel()[idx | (rgb[..., 2] >> 3)]


def swatches(c: Clusters, roles: list[ColourRole]) -> list[Swatch]:
    """The palette with roles (see `assign_roles`), largest share first, at most
    `MAX_SWATCHES`. The text colour always makes the cut: a gradient backdrop can split into
    several big clusters and would otherwise crowd out a small but defining headline colour."""
    rgb = lab_to_srgb(c.lab)
    order = [i for i in np.argsort(-c.share) if c.share[i] >= MIN_SHARE or roles[i] == "text"]
    text = [i for i in order if roles[i] == "text"]
    chosen = set(text) | set([i for i in order if roles[i] != "text"][: MAX_SWATCHES - len(text)])
    return [
        Swatch(hex=rgb_to_hex(rgb[i]), share=round(float(c.share[i]), 4), role=roles[i])
        for i in order if i in chosen
    ]


def assign_roles(c: Clusters, text_boxes: list[Box]) -> list[ColourRole]:
    """Background owns the border; text fills the text boxes; everything else is an accent."""
    n = len(c.lab)
    roles: list[ColourRole] = ["accent"] * n
    if n == 0:
        return roles
    border = _border_labels(c.labels)
    border_share = np.bincount(border[border >= 0], minlength=n) / max(border.size, 1)
    bg = int(np.argmax(border_share))
    roles[bg] = "background"
    for i in range(n):  # a second big border colour (split backgrounds) is background too
        if i != bg and border_share[i] > 0.3:
            roles[i] = "background"
    text = _text_label(c, text_boxes, exclude={i for i, r in enumerate(roles) if r != "accent"})
    if text is not None:
        roles[text] = "text"
    return roles


def _merge(centres: NDArray[np.float64], samples: NDArray[np.float32]) -> NDArray[np.float64]:
    """Greedily merge centres closer than MERGE_DE, weighting by their pixel counts."""
    labels, _ = assign(samples[None], centres)
    counts = np.bincount(labels.ravel(), minlength=len(centres)).astype(float)
    cs = [c for c in centres]
    ws = list(counts)
    merged = True
    while merged and len(cs) > 1:
        merged = False
        arr = np.array(cs)
        d = delta_e2000(arr[:, None, :], arr[None, :, :])
        np.fill_diagonal(d, np.inf)
        i, j = np.unravel_index(np.argmin(d), d.shape)
        if d[i, j] < MERGE_DE:
            total = ws[i] + ws[j]
            keep_i = ws[i] >= ws[j]  # keep the bigger cluster's colour: it is the paint colour
            cs[i] = cs[i] if keep_i else cs[j]
            ws[i] = total
            del cs[j], ws[j]
            merged = True
    return np.array(cs)


def _blends(centres: NDArray[np.float64], share: NDArray[np.float64]) -> NDArray[np.bool_]:
    """Small clusters that sit on the Lab segment between two bigger ones: anti-aliased edges
    between two paint colours, not colours of their own."""
    out = np.zeros(len(centres), bool)
    for i in range(len(centres)):
        if share[i] >= 0.04:
            continue
        for a in range(len(centres)):
            for b in range(a + 1, len(centres)):
                if i in (a, b) or min(share[a], share[b]) <= share[i]:
                    continue
                seg = centres[b] - centres[a]
                t = float(np.dot(centres[i] - centres[a], seg) / max(np.dot(seg, seg), 1e-9))
                off = np.linalg.norm(centres[a] + t * seg - centres[i])
                if 0.1 < t < 0.9 and off < 6.0 + 0.08 * np.linalg.norm(seg):
                    out[i] = True
    return out


def assign(lab: NDArray, centres: NDArray[np.float64]) -> tuple[NDArray[np.int32], NDArray]:
    """Nearest centre per pixel and its distance (Euclidean Lab: fast, fine for assignment)."""
    flat = lab.reshape(-1, 3).astype(np.float32)
    chans = [np.ascontiguousarray(flat[:, i]) for i in range(3)]
    best = np.full(len(flat), np.inf, np.float32)
    labels = np.zeros(len(flat), np.int32)
    for j, c in enumerate(centres.astype(np.float32)):
        d = (chans[0] - c[0]) ** 2 + (chans[1] - c[1]) ** 2 + (chans[2] - c[2]) ** 2
        closer = d < best
        best[closer] = d[closer]
        labels[closer] = j
    return labels.reshape(lab.shape[:2]), np.sqrt(best).reshape(lab.shape[:2])


def _core_means(lab: NDArray, labels: NDArray, dist: NDArray, centres: NDArray) -> NDArray:
    """Re-estimate each centre from its closest half of pixels, ignoring blends at edges."""
    out = centres.copy()
    flat_lab = lab.reshape(-1, 3)
    flat_l, flat_d = labels.ravel(), dist.ravel()
    for i in range(len(centres)):
        mine = flat_l == i
        if mine.sum() < 4:
            continue
        cut = np.median(flat_d[mine])
        core = mine & (flat_d <= cut)
        out[i] = np.median(flat_lab[core], axis=0)
    return out


def _border_labels(labels: NDArray[np.int32]) -> NDArray[np.int32]:
    h, w = labels.shape
    b = max(1, round(min(h, w) * 0.04))
    return np.concatenate(
        [labels[:b].ravel(), labels[-b:].ravel(), labels[:, :b].ravel(), labels[:, -b:].ravel()]
    )


def _text_label(c: Clusters, boxes: list[Box], exclude: set[int]) -> int | None:
    """The non-background cluster covering most of the text boxes' pixels, if any."""
    if not boxes:
        return None
    h, w = c.labels.shape
    counts = np.zeros(len(c.lab))
    for b in boxes:
        x0, y0 = int(b.x * w), int(b.y * h)
        x1, y1 = max(x0 + 1, int((b.x + b.w) * w)), max(y0 + 1, int((b.y + b.h) * h))
        region = c.labels[y0:y1, x0:x1]
        counts += np.bincount(region[region >= 0].ravel(), minlength=len(c.lab))
    for i in exclude:
        counts[i] = 0
    return int(np.argmax(counts)) if counts.max() > 0 else None
