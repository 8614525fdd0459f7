"""Fitting a string into a box and drawing it: size down, balanced line breaks, stroke, shadow,
one emphasised word. Layout goes through raqm, so Arabic-script text is shaped right-to-left with
joined letters and CJK breaks between characters.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from render.breaks import tokens
from render.fonts import FontFace, face_for, is_emoji, load
from render.lines import advance
from render.lines import bbox as line_bbox
from render.lines import draw as draw_line

REF_SIZE = 100
MIN_SIZE = 6
LEADING = 1.12  # line pitch as a multiple of the block's ink height per line


@dataclass(frozen=True)
class FittedText:
    """Lines and a font size that fit a box, with the face that covers the text."""

    lines: tuple[str, ...]
    size: int
    face: FontFace
    stroke: int
    pitch: int

    @property
    def direction(self) -> str:
        return "rtl" if self.face.rtl else "ltr"

    def font(self) -> ImageFont.FreeTypeFont:
        return load(self.face, self.size)


@dataclass(frozen=True)
class TextStyle:
    """Colours and effects for one text block (RGB tuples; None switches an effect off)."""

    fill: tuple[int, int, int]
    stroke: tuple[int, int, int] | None = None
    shadow: tuple[int, int, int] | None = None
    emphasis: tuple[int, int, int] | None = None
    align: str = "left"
    valign: str = "middle"
    rotation: float = 0.0


def apply_case(text: str, case: str) -> str:
    """Upper-, title- or as-is-case; scripts without case pass through unchanged."""
    text = " ".join(text.split())
    if case == "upper":
        return text.upper()
    if case == "title":
        return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))
    return text


def _join(parts: list[tuple[str, bool]]) -> str:
    return "".join((" " if space and k else "") + tok for k, (tok, space) in enumerate(parts))


def _min_max_partition(widths: list[float], spaces: list[float], lines: int) -> list[int]:
    """Split points that minimise the widest of `lines` lines (linear-partition DP)."""
    n = len(widths)

    def width(i: int, j: int) -> float:  # tokens i..j-1 on one line
        return sum(widths[i:j]) + sum(spaces[i + 1 : j])

    inf = float("inf")
    best = [[inf] * (n + 1) for _ in range(lines + 1)]
    cut = [[0] * (n + 1) for _ in range(lines + 1)]
    best[0][0] = 0.0
    for k in range(1, lines + 1):
        for j in range(k, n + 1):
            for i in range(k - 1, j):
                cost = max(best[k - 1][i], width(i, j))
                if cost < best[k][j]:
                    best[k][j], cut[k][j] = cost, i
    bounds, j = [], n
    for k in range(lines, 0, -1):
        bounds.append(j)
        j = cut[k][j]
    return sorted(bounds)


@lru_cache(maxsize=512)
def _candidates(text: str, face: FontFace, max_lines: int) -> tuple[tuple[str, ...], ...]:
    """For 1..max_lines lines, the most balanced way to break `text` (measured at REF_SIZE)."""
    toks = tokens(text) or [("", False)]
    widths = [advance(t, face, REF_SIZE) for t, _ in toks]
    space = load(face, REF_SIZE).getlength(" ")
    spaces = [space if s else 0.0 for _, s in toks]
    out = []
    for n in range(1, min(max_lines, len(toks)) + 1):
        bounds = _min_max_partition(widths, spaces, n)
        start, lines = 0, []
        for end in bounds:
            lines.append(_join([(t, s) for t, s in toks[start:end]]))
            start = end
        out.append(tuple(lines))
    return tuple(out)


def measure(lines: tuple[str, ...], face: FontFace, size: int, stroke: int) -> tuple[int, int, int]:
    """(ink width, ink height, pitch) of a block of lines at a size."""
    boxes = [line_bbox(line, face, size, stroke) for line in lines]
    top = min(b[1] for b in boxes)
    bottom = max(b[3] for b in boxes)
    pitch = round((bottom - top - 2 * stroke) * LEADING)
    width = max(b[2] - b[0] for b in boxes)
    height = (len(lines) - 1) * pitch + bottom - top
    return width, height, pitch


def fit_text(
    text: str, width: int, height: int, *, role: str = "heavy", max_size: int = 200,
    max_lines: int = 3, stroke_ratio: float = 0.0, language: str | None = None,
    rotation: float = 0.0,
) -> FittedText:
    """The largest size (≤ max_size) and most balanced breaks that fit `text` in width × height
    (after tilting by `rotation` degrees, when it is tilted)."""
    if rotation:
        return _fit_rotated(text, width, height, role=role, max_size=max_size,
                            max_lines=max_lines, stroke_ratio=stroke_ratio, language=language,
                            rotation=rotation)
    face = face_for(text, role, language)
    if face.rtl and any(is_emoji(c) for c in text):
        # raqm's bidi runs and our emoji runs do not mix yet: RTL blocks drop their emoji
        text = " ".join("".join(c for c in text if not is_emoji(c)).split())
    best: FittedText | None = None
    for lines in _candidates(text, face, max_lines):
        w, h, _ = measure(lines, face, REF_SIZE, round(REF_SIZE * stroke_ratio))
        scale = min(width / max(w, 1), height / max(h, 1))
        size = max(MIN_SIZE, min(max_size, int(REF_SIZE * scale)))
        if best is not None and size <= best.size:
            continue
        while True:  # glyph hinting is not linear in size: verify and step down
            stroke = round(size * stroke_ratio)
            w, h, pitch = measure(lines, face, size, stroke)
            if (w <= width and h <= height) or size <= MIN_SIZE:
                break
            size = max(MIN_SIZE, min(size - 1, int(size * 0.96)))
        if best is None or size > best.size:
            best = FittedText(lines, size, face, stroke, pitch)
    assert best is not None
    if _fits(best, width, height):
        return best
    # Too long for the box even at the smallest size: allow more lines, then cut words off.
    if max_lines < 8:
        return fit_text(text, width, height, role=role, max_size=max_size, max_lines=8,
                        stroke_ratio=stroke_ratio, language=language)
    words = text.split(" ")
    if len(words) > 1:
        return fit_text(" ".join(words[:-1]).rstrip(".,") + "…", width, height, role=role,
                        max_size=max_size, max_lines=max_lines, stroke_ratio=stroke_ratio,
                        language=language)
    return best


def _fit_rotated(text: str, width: int, height: int, *, rotation: float,
                 **kw: object) -> FittedText:
    """fit_text for a tilted block: shrink the target until the tilted ink fits the box."""
    c, s = abs(math.cos(math.radians(rotation))), abs(math.sin(math.radians(rotation)))
    tw, th = width, height
    for _ in range(6):
        fitted = fit_text(text, max(1, tw), max(1, th), **kw)  # type: ignore[arg-type]
        w, h, _ = measure(fitted.lines, fitted.face, fitted.size, fitted.stroke)
        rw, rh = w * c + h * s, w * s + h * c
        if rw <= width and rh <= height:
            break
        k = min(width / rw, height / rh) * 0.98  # text scales with its size: shrink the target
        tw, th = int(tw * k), int(th * k)
    return fitted


def _fits(fitted: FittedText, width: int, height: int) -> bool:
    w, h, _ = measure(fitted.lines, fitted.face, fitted.size, fitted.stroke)
    return w <= width and h <= height


def _emphasis_span(line: str, word: str, face: FontFace, size: int,
                   origin_x: float) -> tuple[float, float] | None:
    """Horizontal pixel span of `word` inside a drawn line, or None when it is not there."""
    at = line.casefold().find(word.casefold())
    if at < 0 or not word:
        return None
    line_width = advance(line, face, size)
    before = advance(line[:at], face, size)
    through = advance(line[: at + len(word)], face, size)
    if face.rtl:  # logical order runs from the right edge
        return origin_x + line_width - through, origin_x + line_width - before
    return origin_x + before, origin_x + through


def render_block(
    fitted: FittedText, style: TextStyle, emphasis: str | None = None
) -> tuple[Image.Image, tuple[int, int, int, int]]:
    """The text block as an RGBA patch (fill, stroke, shadow, tilt) and its ink box in it."""
    face, stroke = fitted.face, fitted.stroke
    boxes = [line_bbox(line, face, fitted.size, stroke) for line in fitted.lines]
    block_w = max(b[2] - b[0] for b in boxes)
    top = min(b[1] for b in boxes)
    shadow_off = max(2, fitted.size // 18) if style.shadow else 0
    pad = stroke + shadow_off * 3 + 4
    h = (len(fitted.lines) - 1) * fitted.pitch + max(b[3] for b in boxes) - top
    size = (block_w + 2 * pad, h + 2 * pad)
    fill = Image.new("L", size, 0)
    outer = Image.new("L", size, 0)
    accent = Image.new("L", size, 0)
    d_fill, d_outer, d_accent = ImageDraw.Draw(fill), ImageDraw.Draw(outer), ImageDraw.Draw(accent)
    emphasised = False
    stickers: list[tuple[Image.Image, int, int]] = []
    for i, (line, box) in enumerate(zip(fitted.lines, boxes, strict=True)):
        line_w = box[2] - box[0]
        slack = block_w - line_w
        # right-to-left lines are ragged on the left, the way those scripts are read
        align = {"left": "right", "right": "left"}.get(style.align, style.align) if face.rtl \
            else style.align
        x = pad - box[0] + {"left": 0, "center": slack / 2, "right": slack}[align]
        y = pad - top + i * fitted.pitch
        stickers += draw_line(d_fill, d_outer if stroke else None, (x, y), line, face,
                              fitted.size, stroke)
        if emphasis and style.emphasis and not emphasised:
            span = _emphasis_span(line, emphasis, face, fitted.size, x)
            if span:
                d_accent.rectangle((span[0] - 1, y + box[1], span[1] + 1, y + box[3]), fill=255)
                emphasised = True
    if not stroke:
        outer = fill
    patch, ink = _paint(size, fill, outer, accent if emphasised else None, stickers, style,
                        shadow_off, bool(stroke))
    if style.rotation:
        patch = patch.rotate(style.rotation, resample=Image.Resampling.BICUBIC, expand=True)
        ink = ink.rotate(style.rotation, resample=Image.Resampling.BICUBIC, expand=True)
    return patch, ink.getbbox() or (0, 0, 1, 1)


def _paint(size: tuple[int, int], fill: Image.Image, outer: Image.Image,
           accent: Image.Image | None, stickers: list[tuple[Image.Image, int, int]],
           style: TextStyle, shadow_off: int, stroked: bool) -> tuple[Image.Image, Image.Image]:
    """Colour the masks: shadow, stroke, fill, the emphasised word, then emoji on top.
    Returns the patch and the ink mask (fill, stroke and emoji)."""
    for img, ex, ey in stickers:  # emoji cast the shadow too
        outer.paste(255, (ex, ey), img.getchannel("A"))
    patch = Image.new("RGBA", size, (0, 0, 0, 0))
    if style.shadow:
        blur = outer.filter(ImageFilter.GaussianBlur(max(1, shadow_off // 2)))
        shadow = Image.new("L", size, 0)
        shadow.paste(blur, (shadow_off, shadow_off))
        patch.paste(Image.new("RGBA", size, (*style.shadow, 255)), (0, 0),
                    shadow.point(lambda v: v * 3 // 4))
    if stroked and style.stroke:
        patch.paste(Image.new("RGBA", size, (*style.stroke, 255)), (0, 0), outer)
    patch.paste(Image.new("RGBA", size, (*style.fill, 255)), (0, 0), fill)
    if accent is not None and style.emphasis:
        mask = Image.fromarray(_and(fill, accent))
        patch.paste(Image.new("RGBA", size, (*style.emphasis, 255)), (0, 0), mask)
    for img, ex, ey in stickers:
        patch.alpha_composite(img, (ex, ey))
    return patch, outer


def _and(a: Image.Image, b: Image.Image) -> np.ndarray:
    return np.minimum(np.asarray(a), np.asarray(b))


def draw_text(canvas: Image.Image, box: tuple[int, int, int, int], fitted: FittedText,
              style: TextStyle, emphasis: str | None = None) -> tuple[int, int, int, int]:
    """Paint a fitted block into `box` on an RGBA canvas, aligned by its ink (the shadow hangs
    outside); returns the ink box (fill and stroke) in canvas pixels."""
    patch, ink = render_block(fitted, style, emphasis)
    iw, ih = ink[2] - ink[0], ink[3] - ink[1]
    bw, bh = box[2] - box[0], box[3] - box[1]
    x = box[0] + {"left": 0, "center": (bw - iw) // 2, "right": bw - iw}[style.align]
    y = box[1] + {"top": 0, "middle": (bh - ih) // 2, "bottom": bh - ih}[style.valign]
    ox, oy = x - ink[0], y - ink[1]
    _paste(canvas, patch, ox, oy)
    return (x, y, x + iw, y + ih)


def _paste(canvas: Image.Image, patch: Image.Image, x: int, y: int) -> None:
    """alpha_composite that tolerates a patch hanging off the canvas edges."""
    left, top = max(0, -x), max(0, -y)
    right = min(patch.width, canvas.width - x)
    bottom = min(patch.height, canvas.height - y)
    if right > left and bottom > top:
        canvas.alpha_composite(patch.crop((left, top, right, bottom)), (x + left, y + top))


__all__ = [
    "FittedText", "TextStyle", "apply_case", "draw_text", "fit_text", "measure", "render_block",
    "tokens", "is_emoji",
]
