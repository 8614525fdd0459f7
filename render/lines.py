"""One line of text as runs: text runs set in the block's face through raqm, emoji runs drawn
from Noto Color Emoji (a bitmap font with one strike, scaled to the text size). Measuring and
drawing share these functions so what is measured is what is drawn."""

from __future__ import annotations

from functools import lru_cache

from PIL import Image, ImageDraw

from render.fonts import EMOJI_FACE, EMOJI_NATIVE_SIZE, FontFace, is_emoji, load

EMOJI_SCALE = 0.9  # an emoji's em relative to the text's, so it sits with capitals
Box = tuple[int, int, int, int]


def runs(line: str) -> list[tuple[str, bool]]:
    """Maximal runs of (text, is_emoji)."""
    out: list[tuple[str, bool]] = []
    for char in line:
        emoji = is_emoji(char)
        if out and out[-1][1] == emoji:
            out[-1] = (out[-1][0] + char, emoji)
        else:
            out.append((char, emoji))
    return out


def has_emoji(text: str) -> bool:
    return any(is_emoji(c) for c in text)


@lru_cache(maxsize=256)
def emoji_image(run: str, size: int) -> tuple[Image.Image, int]:
    """An emoji run as RGBA at `size`, and the distance from its top to the text baseline."""
    font = load(EMOJI_FACE, EMOJI_NATIVE_SIZE)
    ascent, descent = font.getmetrics()
    width = max(1, round(font.getlength(run)))
    img = Image.new("RGBA", (width, ascent + descent), (0, 0, 0, 0))
    ImageDraw.Draw(img).text((0, ascent), run, font=font, anchor="ls", embedded_color=True)
    k = size * EMOJI_SCALE / EMOJI_NATIVE_SIZE
    scaled = img.resize((max(1, round(img.width * k)), max(1, round(img.height * k))),
                        Image.Resampling.LANCZOS)
    return scaled, round(ascent * k)


def _kw(face: FontFace) -> dict[str, str | None]:
    return {"direction": "rtl" if face.rtl else "ltr", "language": face.language}


def bbox(line: str, face: FontFace, size: int, stroke: int) -> Box:
    """Ink box of a line relative to its start on the baseline (like getbbox, anchor "ls")."""
    font = load(face, size)
    if face.rtl or not has_emoji(line):
        return font.getbbox(line, anchor="ls", stroke_width=stroke, **_kw(face))
    x, box = 0.0, [10**9, 10**9, -(10**9), -(10**9)]
    for run, emoji in runs(line):
        if emoji:
            img, above = emoji_image(run, size)
            part = (round(x), -above, round(x) + img.width, img.height - above)
            x += img.width
        else:
            b = font.getbbox(run, anchor="ls", stroke_width=stroke)
            part = (round(x) + b[0], b[1], round(x) + b[2], b[3])
            x += font.getlength(run)
        if part[2] > part[0]:
            box = [min(box[0], part[0]), min(box[1], part[1]), max(box[2], part[2]),
                   max(box[3], part[3])]
    return tuple(box) if box[2] > box[0] else (0, 0, 0, 0)  # type: ignore[return-value]


def advance(text: str, face: FontFace, size: int) -> float:
    """Horizontal advance of a piece of a line."""
    font = load(face, size)
    if face.rtl or not has_emoji(text):
        return font.getlength(text, **_kw(face))
    return sum(
        emoji_image(run, size)[0].width if emoji else font.getlength(run)
        for run, emoji in runs(text)
    )


def draw(fill: ImageDraw.ImageDraw, outer: ImageDraw.ImageDraw | None, xy: tuple[float, float],
         line: str, face: FontFace, size: int, stroke: int) -> list[tuple[Image.Image, int, int]]:
    """Draw a line's text runs into the fill (and stroke) masks; return the emoji images with
    their top-left positions, to be pasted in colour over the finished text."""
    font = load(face, size)
    x, y = xy
    if face.rtl or not has_emoji(line):
        fill.text((x, y), line, font=font, anchor="ls", fill=255, **_kw(face))
        if outer is not None:
            outer.text((x, y), line, font=font, anchor="ls", fill=255, stroke_width=stroke,
                       stroke_fill=255, **_kw(face))
        return []
    stickers = []
    for run, emoji in runs(line):
        if emoji:
            img, above = emoji_image(run, size)
            stickers.append((img, round(x), round(y) - above))
            x += img.width
            continue
        fill.text((x, y), run, font=font, anchor="ls", fill=255)
        if outer is not None:
            outer.text((x, y), run, font=font, anchor="ls", fill=255, stroke_width=stroke,
                       stroke_fill=255)
        x += font.getlength(run)
    return stickers
