"""Background fills: solid, linear and radial gradients, split panels, plus a light pattern and a
vignette. Gradients and patterns are numpy work, so results are cached by their parameters."""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw

RGB = tuple[int, int, int]


def _lerp(c1: RGB, c2: RGB, t: np.ndarray) -> np.ndarray:
    a, b = np.array(c1, np.float32), np.array(c2, np.float32)
    return (a + (b - a) * t[..., None]).clip(0, 255).astype(np.uint8)


@lru_cache(maxsize=64)
def _fill(style: str, c1: RGB, c2: RGB, w: int, h: int, angle: float, split: float,
          tall: bool) -> Image.Image:
    if style == "solid":
        return Image.new("RGB", (w, h), c1)
    if style in ("split", "diagonal_split"):
        img = Image.new("RGB", (w, h), c1)
        d = ImageDraw.Draw(img)
        skew = 0.12 if style == "diagonal_split" else 0.0
        if tall:  # panels stack top/bottom on a tall canvas
            y0, y1 = (split + skew) * h, (split - skew) * h
            d.polygon([(0, y0), (w, y1), (w, h), (0, h)], fill=c2)
        else:
            x0, x1 = (split + skew) * w, (split - skew) * w
            d.polygon([(x0, 0), (w, 0), (w, h), (x1, h)], fill=c2)
        return img
    # gradients are computed at quarter size and scaled up: smooth ramps lose nothing by it
    sw, sh = max(2, w // 4), max(2, h // 4)
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    xx, yy = xx / (sw - 1), yy / (sh - 1)
    if style == "radial":
        aspect = w / h
        d = np.sqrt(((xx - 0.5) * aspect) ** 2 + (yy - 0.5) ** 2) / math.hypot(0.5 * aspect, 0.5)
        t = np.clip(d * 1.15, 0, 1)
        arr = _lerp(c2, c1, t)  # colour2 glows in the centre, colour1 at the rim
    else:
        rad = math.radians(angle)
        t = xx * math.cos(rad) + yy * math.sin(rad)
        t = (t - t.min()) / max(1e-6, float(t.max() - t.min()))
        arr = _lerp(c1, c2, t)
    return Image.fromarray(arr).resize((w, h), Image.Resampling.BILINEAR)


@lru_cache(maxsize=32)
def _pattern(kind: str, w: int, h: int) -> Image.Image:
    """A white-on-black L mask of the pattern at full strength."""
    img = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(img)
    s = min(w, h)
    if kind == "rays":
        cx, cy, r = w / 2, h / 2, math.hypot(w, h)
        n = 18
        for i in range(n):
            a0, a1 = 2 * math.pi * i / n, 2 * math.pi * (i + 0.5) / n
            d.polygon([(cx, cy), (cx + r * math.cos(a0), cy + r * math.sin(a0)),
                       (cx + r * math.cos(a1), cy + r * math.sin(a1))], fill=255)
    elif kind == "dots":
        step = max(8, s // 24)
        for y in range(0, h + step, step):
            for x in range((y // step % 2) * step // 2, w + step, step):
                rr = step * 0.18
                d.ellipse((x - rr, y - rr, x + rr, y + rr), fill=255)
    elif kind == "grid":
        step = max(10, s // 12)
        for x in range(0, w, step):
            d.line([(x, 0), (x, h)], fill=255, width=max(1, s // 400))
        for y in range(0, h, step):
            d.line([(0, y), (w, y)], fill=255, width=max(1, s // 400))
    elif kind == "stripes":
        step = max(12, s // 10)
        for x in range(-h, w + h, step):
            d.polygon([(x, 0), (x + step // 2, 0), (x + step // 2 - h, h), (x - h, h)], fill=255)
    elif kind == "noise":
        rng = np.random.default_rng(7)
        return Image.fromarray((rng.random((h, w)) * 255).astype(np.uint8))
    return img


@lru_cache(maxsize=16)
def _vignette(w: int, h: int, strength: float) -> Image.Image:
    """An L mask: 0 in the middle rising to `strength` at the corners."""
    sw, sh = max(2, w // 8), max(2, h // 8)
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    d = np.sqrt(((xx / (sw - 1)) - 0.5) ** 2 + ((yy / (sh - 1)) - 0.5) ** 2) / math.sqrt(0.5)
    mask = (np.clip((d - 0.45) / 0.55, 0, 1) ** 1.5 * 255 * strength).astype(np.uint8)
    return Image.fromarray(mask).resize((w, h), Image.Resampling.BILINEAR)


def paint_background(size: tuple[int, int], style: str, c1: RGB, c2: RGB, *, angle: float = 90,
                     split: float = 0.5, pattern: str = "none", pattern_opacity: float = 0.12,
                     vignette: float = 0.0, tall: bool = False) -> Image.Image:
    """A finished background as a fresh RGBA image (safe to draw on)."""
    w, h = size
    img = _fill(style, c1, c2, w, h, angle, split, tall).convert("RGBA")
    if pattern != "none" and pattern_opacity > 0:
        lum = sum(c1) / 3
        tone = (255, 255, 255, 255) if lum < 150 else (0, 0, 0, 255)
        mask = _pattern(pattern, w, h).point(lambda v: round(v * pattern_opacity))
        img.paste(Image.new("RGBA", size, tone), (0, 0), mask)
    if vignette > 0:
        img.paste(Image.new("RGBA", size, (0, 0, 0, 255)), (0, 0), _vignette(w, h, vignette))
    return img


def paint_art(size: tuple[int, int], art: Image.Image, vignette: float = 0.0) -> Image.Image:
    """Background art cover-fitted (scaled to fill, centre-cropped) as a fresh RGBA image."""
    w, h = size
    scale = max(w / art.width, h / art.height)
    sw, sh = max(w, round(art.width * scale)), max(h, round(art.height * scale))
    fitted = art.convert("RGB").resize((sw, sh), Image.Resampling.HAMMING if scale < 1
                                       else Image.Resampling.BICUBIC)
    left, top = (sw - w) // 2, (sh - h) // 2
    img = fitted.crop((left, top, left + w, top + h)).convert("RGBA")
    if vignette > 0:
        img.paste(Image.new("RGBA", size, (0, 0, 0, 255)), (0, 0), _vignette(w, h, vignette))
    return img
