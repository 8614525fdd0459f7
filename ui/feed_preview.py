"""A thumbnail as a viewer meets it: in a YouTube feed, at real size, light and dark.

One image with two rows (light theme, dark theme); each row shows the home-feed card (320×180
thumbnail, title under it) and the up-next card (168×94, title beside it). Pixels are 1:1 with
what a phone or laptop shows, so a creator judges the headline at the size it will be read.
Pure: Pillow in, Pillow out; no I/O beyond the system fonts.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps

from render import fonts

HOME = (320, 180)
UP_NEXT = (168, 94)
PAD = 16
GAP = 24
_INTER = Path("/usr/share/fonts/opentype/inter")
_TITLE_FACE = _INTER / "Inter-SemiBold.otf"
_META_FACE = _INTER / "Inter-Regular.otf"


@dataclass(frozen=True)
class FeedTheme:
    name: str
    background: str
    title: str
    meta: str
    avatar: str


LIGHT = FeedTheme("light", "#ffffff", "#0f0f0f", "#606060", "#8b7aff")
DARK = FeedTheme("dark", "#0f0f0f", "#f1f1f1", "#aaaaaa", "#6b5dd3")


@dataclass(frozen=True)
class FeedText:
    title: str
    channel: str = "Your channel"
    meta: str = "12K views · 3 hours ago"
    duration: str = "10:24"


def _font(path: Path, text: str, size: int) -> ImageFont.FreeTypeFont:
    """Inter when it covers the text; otherwise the render fallback for that script."""
    if path.is_file() and fonts._needs(text) <= fonts.coverage(path):
        return fonts.load(fonts.FontFace(path), size)
    return fonts.load(fonts.face_for(text, "body"), size)


def wrap(text: str, font: ImageFont.FreeTypeFont, width: int, max_lines: int) -> list[str]:
    """Greedy word wrap into at most `max_lines`; the last line ends in '…' if text remains."""
    words = text.split()
    lines: list[str] = []
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and font.getlength(f"{line} {words[0]}") <= width:
            line += " " + words.pop(0)
        if font.getlength(line) > width or (words and len(lines) == max_lines - 1):
            line = _ellipsize(line, font, width)
        lines.append(line)
    return lines


def _ellipsize(text: str, font: ImageFont.FreeTypeFont, width: int) -> str:
    while text and font.getlength(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _rounded(thumb: Image.Image, size: tuple[int, int], radius: int) -> Image.Image:
    fitted = ImageOps.fit(thumb.convert("RGB"), size, Image.Resampling.LANCZOS)
    mask = Image.new("L", size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, size[0] - 1, size[1] - 1), radius, fill=255)
    fitted.putalpha(mask)
    return fitted


def _duration_badge(card: Image.Image, text: str, scale: float) -> None:
    font = _font(_TITLE_FACE, text, max(9, round(12 * scale)))
    draw = ImageDraw.Draw(card)
    w = int(font.getlength(text)) + 8
    h = max(14, round(18 * scale))
    x, y = card.width - w - 6, card.height - h - 6
    draw.rounded_rectangle((x, y, x + w, y + h), 4, fill=(0, 0, 0, 204))
    draw.text((x + 4, y + h / 2), text, font=font, fill="#ffffff", anchor="lm")


def _thumbnail_card(thumb: Image.Image, size: tuple[int, int], radius: int, duration: str
                    ) -> Image.Image:
    card = _rounded(thumb, size, radius)
    _duration_badge(card, duration, size[0] / HOME[0] * 0.85 + 0.15)
    return card


def _home_card(canvas: Image.Image, x: int, y: int, thumb: Image.Image, text: FeedText,
               theme: FeedTheme) -> None:
    canvas.alpha_composite(_thumbnail_card(thumb, HOME, 12, text.duration), (x, y))
    draw = ImageDraw.Draw(canvas)
    top = y + HOME[1] + 12
    draw.ellipse((x, top, x + 36, top + 36), fill=theme.avatar)
    initial = (text.channel.strip()[:1] or "R").upper()
    draw.text((x + 18, top + 18), initial, font=_font(_TITLE_FACE, initial, 16), fill="#ffffff",
              anchor="mm")
    tx, width = x + 48, HOME[0] - 48
    title_font = _font(_TITLE_FACE, text.title, 16)
    for line in wrap(text.title, title_font, width, 2):
        draw.text((tx, top), line, font=title_font, fill=theme.title)
        top += 22
    meta_font = _font(_META_FACE, text.channel + text.meta, 14)
    for line in (text.channel, text.meta):
        draw.text((tx, top + 2), _ellipsize_if(line, meta_font, width), font=meta_font,
                  fill=theme.meta)
        top += 20


def _up_next_card(canvas: Image.Image, x: int, y: int, thumb: Image.Image, text: FeedText,
                  theme: FeedTheme, width: int) -> None:
    canvas.alpha_composite(_thumbnail_card(thumb, UP_NEXT, 8, text.duration), (x, y))
    draw = ImageDraw.Draw(canvas)
    tx, top, text_width = x + UP_NEXT[0] + 8, y, width - UP_NEXT[0] - 8
    title_font = _font(_TITLE_FACE, text.title, 14)
    for line in wrap(text.title, title_font, text_width, 2):
        draw.text((tx, top), line, font=title_font, fill=theme.title)
        top += 20
    meta_font = _font(_META_FACE, text.channel + text.meta, 12)
    for line in (text.channel, text.meta):
        draw.text((tx, top + 4), _ellipsize_if(line, meta_font, text_width), font=meta_font,
                  fill=theme.meta)
        top += 18


def _ellipsize_if(text: str, font: ImageFont.FreeTypeFont, width: int) -> str:
    return text if font.getlength(text) <= width else _ellipsize(text, font, width)


UP_NEXT_WIDTH = 340
ROW_HEIGHT = PAD + HOME[1] + 12 + 44 + 40 + PAD
WIDTH = PAD + HOME[0] + GAP + UP_NEXT_WIDTH + PAD


def feed_preview(thumb: Image.Image, text: FeedText) -> Image.Image:
    """The preview image (RGB, WIDTH × 2·ROW_HEIGHT): light row above dark row."""
    canvas = Image.new("RGBA", (WIDTH, ROW_HEIGHT * 2))
    for row, theme in enumerate((LIGHT, DARK)):
        y0 = row * ROW_HEIGHT
        ImageDraw.Draw(canvas).rectangle((0, y0, WIDTH, y0 + ROW_HEIGHT), fill=theme.background)
        _home_card(canvas, PAD, y0 + PAD, thumb, text, theme)
        _up_next_card(canvas, PAD + HOME[0] + GAP, y0 + PAD, thumb, text, theme, UP_NEXT_WIDTH)
        label_font = _font(_META_FACE, "light dark", 11)
        ImageDraw.Draw(canvas).text((WIDTH - PAD, y0 + ROW_HEIGHT - PAD), f"{theme.name} mode",
                                    font=label_font, fill=theme.meta, anchor="rs")
    return canvas.convert("RGB")


def feed_preview_png(thumbnail: bytes, text: FeedText) -> bytes:
    """`feed_preview` from encoded image bytes to PNG bytes."""
    with Image.open(io.BytesIO(thumbnail)) as image:
        image.load()
        preview = feed_preview(image, text)
    out = io.BytesIO()
    preview.save(out, format="PNG", optimize=False)
    return out.getvalue()
