"""Vector shapes drawn as anti-aliased masks (2× supersampled), then coloured onto the canvas."""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter

SS = 2  # supersampling factor for smooth edges


def _star(cx: float, cy: float, r_out: float, r_in: float, n: int, rx: float = 1, ry: float = 1):
    pts = []
    for i in range(2 * n):
        r = r_out if i % 2 == 0 else r_in
        a = math.pi * i / n - math.pi / 2
        pts.append((cx + r * math.cos(a) * rx, cy + r * math.sin(a) * ry))
    return pts


@lru_cache(maxsize=256)
def shape_mask(kind: str, w: int, h: int, radius: float = 0.25, points: int = 14,
               thickness: float = 0.16) -> Image.Image:
    """The shape's coverage (L) in a w×h box, pointing right where it points at all."""
    W, H = max(1, w * SS), max(1, h * SS)
    m = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(m)
    s = min(W, H)
    if kind in ("rect", "stripe"):
        d.rectangle((0, 0, W, H), fill=255)
    elif kind == "rounded_rect":
        d.rounded_rectangle((0, 0, W - 1, H - 1), radius=radius * s, fill=255)
    elif kind == "pill":
        d.rounded_rectangle((0, 0, W - 1, H - 1), radius=s / 2, fill=255)
    elif kind == "glow":  # a soft elliptical blob falling to nothing at the box's edge
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        d = np.sqrt(((xx + 0.5) / w * 2 - 1) ** 2 + ((yy + 0.5) / h * 2 - 1) ** 2)
        return Image.fromarray((255 * np.clip(1 - d, 0, 1) ** 1.6).astype(np.uint8))
    elif kind in ("circle", "ring"):
        x0, y0 = (W - s) / 2, (H - s) / 2
        d.ellipse((x0, y0, x0 + s - 1, y0 + s - 1), fill=255)
        if kind == "ring":
            t = thickness * s
            d.ellipse((x0 + t, y0 + t, x0 + s - 1 - t, y0 + s - 1 - t), fill=0)
    elif kind == "burst":
        d.polygon(_star(W / 2, H / 2, 0.5, 0.38, points, W, H), fill=255)
    elif kind == "arrow":
        shaft = H * 0.42
        head = min(W * 0.45, H * 0.9)
        d.polygon([(0, (H - shaft) / 2), (W - head, (H - shaft) / 2), (W - head, 0), (W, H / 2),
                   (W - head, H), (W - head, (H + shaft) / 2), (0, (H + shaft) / 2)], fill=255)
    elif kind == "price_tag":
        notch = min(W * 0.3, H * 0.5)
        d.polygon([(notch, 0), (W, 0), (W, H), (notch, H), (0, H / 2)], fill=255)
        r = H * 0.09
        d.ellipse((notch * 0.55 - r, H / 2 - r, notch * 0.55 + r, H / 2 + r), fill=0)
    elif kind == "check":
        t = s * 0.16
        d.line([(W * 0.1, H * 0.55), (W * 0.4, H * 0.85), (W * 0.92, H * 0.15)], fill=255,
               width=round(t), joint="curve")
    elif kind == "cross":
        t = round(s * 0.18)
        d.line([(W * 0.12, H * 0.12), (W * 0.88, H * 0.88)], fill=255, width=t)
        d.line([(W * 0.88, H * 0.12), (W * 0.12, H * 0.88)], fill=255, width=t)
    return m.resize((max(1, w), max(1, h)), Image.Resampling.BOX)


def draw_shape(canvas: Image.Image, kind: str, box: tuple[int, int, int, int],
               color: tuple[int, int, int], *, opacity: float = 1.0, rotation: float = 0.0,
               outline: tuple[int, int, int] | None = None, outline_px: int = 0,
               radius: float = 0.25, direction: float = 0.0, points: int = 14,
               shadow: bool = False) -> tuple[int, int, int, int] | None:
    """Paint one shape into `box` on an RGBA canvas; returns the painted pixel box."""
    x0, y0, x1, y1 = box
    w, h = max(1, x1 - x0), max(1, y1 - y0)
    turn = rotation + (direction if kind == "arrow" else 0.0)
    if kind == "arrow" and abs(math.sin(math.radians(direction))) > 0.7:
        w, h = h, w  # an up/down arrow is drawn along its own long axis, then turned
    mask = shape_mask(kind, w, h, radius, points)
    pad = outline_px + 2
    if outline and outline_px:
        big = Image.new("L", (w + 2 * pad, h + 2 * pad), 0)
        big.paste(mask, (pad, pad))
        outer = big.filter(ImageFilter.MaxFilter(3)) if outline_px < 2 else _dilate(big, outline_px)
        inner = big
    else:
        outer = inner = mask
        pad = 0
    if turn:
        outer = outer.rotate(turn, resample=Image.Resampling.BICUBIC, expand=True)
        inner = inner.rotate(turn, resample=Image.Resampling.BICUBIC, expand=True)
    if opacity < 1:
        outer = outer.point(lambda v: round(v * opacity))
        inner = inner.point(lambda v: round(v * opacity))
    off = max(2, min(w, h) // 25) if shadow else 0
    room = 3 * off  # the shadow falls down-right of the shape: leave it room to fade out
    size = (outer.width + room, outer.height + room)
    ox = x0 + (x1 - x0 - outer.width) // 2
    oy = y0 + (y1 - y0 - outer.height) // 2
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    if shadow:
        sh = Image.new("L", size, 0)
        sh.paste(outer.point(lambda v: v // 2), (off, off))
        layer.paste(Image.new("RGBA", size, (0, 0, 0, 255)), (0, 0),
                    _soft(sh, off))
    outer, inner = _grown(outer, size), _grown(inner, size)
    if outline and outline_px:
        layer.paste(Image.new("RGBA", outer.size, (*outline, 255)), (0, 0), outer)
    layer.paste(Image.new("RGBA", outer.size, (*color, 255)), (0, 0), inner)
    _paste(canvas, layer, ox, oy)
    return (ox, oy, ox + size[0], oy + size[1])


def _soft(mask: Image.Image, radius: float) -> Image.Image:
    """A Gaussian blur, done at quarter size for big masks (a soft shadow loses nothing)."""
    if min(mask.size) < 160 or radius < 4:
        return mask.filter(ImageFilter.GaussianBlur(radius))
    small = mask.reduce(4).filter(ImageFilter.GaussianBlur(radius / 4))
    return small.resize(mask.size, Image.Resampling.BILINEAR)


def _grown(mask: Image.Image, size: tuple[int, int]) -> Image.Image:
    """The mask on a larger, empty canvas (top-left aligned)."""
    if mask.size == size:
        return mask
    out = Image.new("L", size, 0)
    out.paste(mask, (0, 0))
    return out


def _dilate(mask: Image.Image, px: int) -> Image.Image:
    """Grow a mask by ~px: blur then threshold (MaxFilter is slow for wide outlines)."""
    blurred = mask.filter(ImageFilter.GaussianBlur(px / 2))
    return ImageChops.lighter(mask, blurred.point(lambda v: 255 if v > 12 else v * 20))


def _paste(canvas: Image.Image, patch: Image.Image, x: int, y: int) -> None:
    left, top = max(0, -x), max(0, -y)
    right, bottom = min(patch.width, canvas.width - x), min(patch.height, canvas.height - y)
    if right > left and bottom > top:
        canvas.alpha_composite(patch.crop((left, top, right, bottom)), (x + left, y + top))
