"""Synthetic thumbnails with known contents, shared by the vision tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"))
NAVY, YELLOW, RED, SKIN = (20, 33, 61), (255, 212, 0), (225, 30, 40), (225, 180, 150)


def _font(size: int) -> ImageFont.FreeTypeFont:
    for base in FONT_DIRS:
        for name in ("DejaVuSans-Bold.ttf", "Inter-Black.otf", "NotoSans-Bold.ttf"):
            found = next(base.rglob(name), None) if base.exists() else None
            if found:
                return ImageFont.truetype(str(found), size)
    return ImageFont.load_default(size)


def draw_face(
    size: int, bg: tuple[int, int, int] = NAVY, skin: tuple[int, int, int] = SKIN
) -> Image.Image:
    """A shaded cartoon face that OpenCV's frontal-face cascade accepts as a face."""
    s = 3 * size / 200
    im = Image.new("RGB", (3 * size, 3 * size), bg)
    d = ImageDraw.Draw(im)

    def oval(box: tuple[int, int, int, int], fill: tuple[int, int, int]) -> None:
        d.ellipse(tuple(v * s for v in box), fill=fill)

    oval((30, 10, 170, 200), skin)
    brow = tuple(int(c * 0.4) for c in skin)
    oval((45, 62, 90, 72), brow)
    oval((110, 62, 155, 72), brow)
    oval((52, 80, 88, 98), (250, 250, 250))
    oval((112, 80, 148, 98), (250, 250, 250))
    oval((62, 82, 78, 96), (40, 25, 20))
    oval((122, 82, 138, 96), (40, 25, 20))
    shade = tuple(int(c * 0.85) for c in skin)
    oval((92, 100, 108, 135), shade)
    oval((88, 128, 112, 140), tuple(int(c * 0.7) for c in skin))
    oval((70, 150, 130, 166), (150, 50, 50))
    im = im.resize((size, size), Image.Resampling.LANCZOS)
    return im.filter(ImageFilter.GaussianBlur(size / 130))


@pytest.fixture
def face_drawer() -> Callable[..., Image.Image]:
    return draw_face


@pytest.fixture
def font() -> Callable[[int], ImageFont.FreeTypeFont]:
    return _font


@pytest.fixture
def face_thumbnail() -> tuple[Image.Image, tuple[int, int, int, int], tuple[int, int, int, int]]:
    """Navy background, a face on the right, a yellow 2-word headline on the left.

    Returns the image, the face's pixel box and the headline's ink box (left, top, right, bottom).
    """
    im = Image.new("RGB", (1280, 720), NAVY)
    im.paste(draw_face(320), (850, 200))
    d = ImageDraw.Draw(im)
    f = _font(120)
    d.text((60, 120), "BIG WIN", font=f, fill=YELLOW)
    ink = d.textbbox((60, 120), "BIG WIN", font=f)
    return im, (850, 200, 1170, 520), ink
