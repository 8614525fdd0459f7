"""Placing a cut-out subject (RGBA) in its slot: contain-fit, anchored, optionally mirrored, with
a sticker outline, a coloured glow and a soft drop shadow. The blurs are the expensive part, so
the finished sticker is cached for the stand-in (same seed, size and colours)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageFilter

from render.shapes import _paste
from render.stand_in import stand_in_person

RGB = tuple[int, int, int]


@dataclass(frozen=True)
class Sticker:
    """A subject with its effects baked in, and where the subject itself sits inside it."""

    image: Image.Image
    offset: tuple[int, int]  # the subject's top-left inside `image`
    scale: float  # subject pixels per source pixel
    flipped: bool
    source_width: int
    crop: tuple[int, int, int, int]  # the part of the source that was kept (its alpha bbox)


def _grow(alpha: Image.Image, px: int) -> Image.Image:
    """A mask grown by about px pixels (blur, then a steep threshold)."""
    if px <= 0:
        return alpha
    small = alpha.reduce(2) if px >= 4 else alpha
    k = 2 if px >= 4 else 1
    grown = small.filter(ImageFilter.GaussianBlur(px / (2 * k))).point(
        lambda v: 255 if v > 10 else v * 25)
    return grown.resize(alpha.size, Image.Resampling.BILINEAR) if k > 1 else grown


def make_sticker(subject: Image.Image, box_w: int, box_h: int, *, anchor: str = "bottom",
                 outline: RGB | None = None, outline_px: int = 0, glow: RGB | None = None,
                 shadow: bool = True, flip: bool = False) -> Sticker:
    """Fit `subject` into box_w × box_h and bake its outline, glow and shadow around it."""
    src = subject.convert("RGBA")
    bbox = src.getchannel("A").getbbox() or (0, 0, src.width, src.height)
    src = src.crop(bbox)
    scale = min(box_w / src.width, box_h / src.height)
    target = (max(1, round(src.width * scale)), max(1, round(src.height * scale)))
    # Hamming is as sharp as Lanczos for downscaling here at half the cost; reducing_gap adds a
    # cheap integer reduce first when the cut-out is much larger than its slot.
    fitted = (src.resize(target, Image.Resampling.HAMMING, reducing_gap=2.0) if scale < 1
              else src.resize(target, Image.Resampling.BICUBIC))
    if flip:
        fitted = fitted.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    glow_px = max(8, min(box_w, box_h) // 14) if glow else 0
    pad = max(outline_px, glow_px) + 6 + (max(4, box_h // 60) if shadow else 0)
    size = (fitted.width + 2 * pad, fitted.height + 2 * pad)
    alpha = Image.new("L", size, 0)
    alpha.paste(fitted.getchannel("A"), (pad, pad))
    out = Image.new("RGBA", size, (0, 0, 0, 0))
    if glow:
        halo = _grow(alpha, glow_px // 2).filter(ImageFilter.GaussianBlur(glow_px / 2))
        out.paste(Image.new("RGBA", size, (*glow, 255)), (0, 0), halo)
    edge = _grow(alpha, outline_px) if outline and outline_px else alpha
    if shadow:
        off = max(4, box_h // 60)
        soft = edge.reduce(4).filter(ImageFilter.GaussianBlur(max(1, off / 2))).resize(
            size, Image.Resampling.BILINEAR)
        sh = Image.new("L", size, 0)
        sh.paste(soft.point(lambda v: v * 3 // 5), (off, off))
        out.paste(Image.new("RGBA", size, (0, 0, 0, 255)), (0, 0), sh)
    if outline and outline_px:
        out.paste(Image.new("RGBA", size, (*outline, 255)), (0, 0), edge)
    out.alpha_composite(fitted, (pad, pad))
    return Sticker(out, (pad, pad), scale, flip, src.width, bbox)


@lru_cache(maxsize=64)
def stand_in_sticker(seed: int, box_w: int, box_h: int, anchor: str, outline: RGB | None,
                        outline_px: int, glow: RGB | None, shadow: bool, flip: bool) -> Sticker:
    """make_sticker for the procedural stand-in, cached."""
    person = stand_in_person(seed)
    return make_sticker(person.image, box_w, box_h, anchor=anchor, outline=outline,
                        outline_px=outline_px, glow=glow, shadow=shadow, flip=flip)


def place(canvas: Image.Image, sticker: Sticker, box: tuple[int, int, int, int],
          anchor: str) -> tuple[int, int]:
    """Paste a sticker so its subject sits centred in `box`, on its bottom edge when anchored
    there; returns the subject's top-left on the canvas."""
    x0, y0, x1, y1 = box
    sw = sticker.image.width - 2 * sticker.offset[0]
    sh = sticker.image.height - 2 * sticker.offset[1]
    sx = x0 + (x1 - x0 - sw) // 2
    sy = y1 - sh if anchor == "bottom" else y0 + (y1 - y0 - sh) // 2
    _paste(canvas, sticker.image, sx - sticker.offset[0], sy - sticker.offset[1])
    return sx, sy


def map_box(box: tuple[int, int, int, int], sticker: Sticker,
            origin: tuple[int, int]) -> tuple[int, int, int, int]:
    """A box in the source subject's pixels, mapped onto the canvas after crop, fit and flip."""
    left, top, right, bottom = (v - sticker.crop[i % 2] for i, v in enumerate(box))
    if sticker.flipped:
        left, right = sticker.source_width - right, sticker.source_width - left
    s = sticker.scale
    return (round(origin[0] + left * s), round(origin[1] + top * s),
            round(origin[0] + right * s), round(origin[1] + bottom * s))
