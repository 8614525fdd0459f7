"""Cut the subject (a person, a product) out of a creator's photo: an RGBA sticker. Pure.

OpenCV GrabCut, seeded from a face when one is found (head and shoulders below it are
"probably subject", the frame's edges "probably background"), else from a centred portrait
box. Works on a ≤ 512 px copy for speed; the mask is scaled back up and feathered. A photo that
already has real transparency (a PNG cut-out) is used as it is.
"""

from __future__ import annotations

import contextlib

import cv2
import numpy as np
from PIL import Image, ImageFilter

WORK_SIDE = 512
ITERATIONS = 4


def cut_out(image: Image.Image, alpha: Image.Image | None = None) -> Image.Image:
    """The subject as RGBA, cropped to its bounding box."""
    rgb = image.convert("RGB")
    if alpha is not None and _has_real_transparency(alpha):
        sticker = rgb.copy()
        sticker.putalpha(alpha)
        return _crop(sticker)
    mask = _grabcut_mask(rgb)
    sticker = rgb.copy()
    sticker.putalpha(mask)
    return _crop(sticker)


def _has_real_transparency(alpha: Image.Image) -> bool:
    values = np.asarray(alpha)
    return bool((values < 250).mean() > 0.05)


def _grabcut_mask(rgb: Image.Image) -> Image.Image:
    scale = min(1.0, WORK_SIDE / max(rgb.size))
    small = rgb.resize((max(1, round(rgb.width * scale)), max(1, round(rgb.height * scale))),
                       Image.Resampling.BILINEAR)
    bgr = cv2.cvtColor(np.asarray(small), cv2.COLOR_RGB2BGR)
    h, w = bgr.shape[:2]
    mask = _seed_mask(np.asarray(small.convert("L")), w, h)
    bgd, fgd = np.zeros((1, 65), np.float64), np.zeros((1, 65), np.float64)
    # Degenerate images (one flat colour) make GrabCut give up: they keep the seed mask.
    with contextlib.suppress(cv2.error):
        cv2.grabCut(bgr, mask, None, bgd, fgd, ITERATIONS, cv2.GC_INIT_WITH_MASK)
    fg = np.where((mask == cv2.GC_FGD) | (mask == cv2.GC_PR_FGD), 255, 0).astype(np.uint8)
    fg = _largest_component(fg)
    out = Image.fromarray(fg, "L").resize(rgb.size, Image.Resampling.BILINEAR)
    return out.filter(ImageFilter.GaussianBlur(max(1.0, rgb.width / 600)))


def _seed_mask(grey: np.ndarray, w: int, h: int) -> np.ndarray:
    mask = np.full((h, w), cv2.GC_PR_BGD, np.uint8)
    face = _largest_face(grey)
    if face is not None:
        fx, fy, fw, fh = face
        # Head and body: a column from just above the face to the bottom, ~3 faces wide.
        left, right = max(0, fx - fw), min(w, fx + 2 * fw)
        mask[max(0, fy - fh // 3):, left:right] = cv2.GC_PR_FGD
        mask[fy + fh // 4: fy + 3 * fh // 4, fx + fw // 4: fx + 3 * fw // 4] = cv2.GC_FGD
    else:
        mask[int(h * 0.08):, int(w * 0.2): int(w * 0.8)] = cv2.GC_PR_FGD
        mask[int(h * 0.35): int(h * 0.75), int(w * 0.4): int(w * 0.6)] = cv2.GC_FGD
    border = max(2, min(w, h) // 40)
    mask[:border, :] = cv2.GC_BGD
    mask[:, :border] = cv2.GC_BGD
    mask[:, -border:] = cv2.GC_BGD
    return mask


def _largest_face(grey: np.ndarray) -> tuple[int, int, int, int] | None:
    from vision.faces import detect_faces

    boxes = detect_faces(grey)
    if not boxes:
        return None
    h, w = grey.shape
    box = max(boxes, key=lambda b: b.w * b.h)
    return (int(box.x * w), int(box.y * h), max(1, int(box.w * w)), max(1, int(box.h * h)))


def _largest_component(fg: np.ndarray) -> np.ndarray:
    count, labels, stats, _ = cv2.connectedComponentsWithStats(fg, connectivity=8)
    if count <= 1:
        return fg
    biggest = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    return np.where(labels == biggest, 255, 0).astype(np.uint8)


def _crop(sticker: Image.Image) -> Image.Image:
    box = sticker.getchannel("A").point(lambda a: 255 if a > 16 else 0).getbbox()
    return sticker.crop(box) if box else sticker
