"""Tone, sharpness and energy move the right way."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from vision.local_analyzer import analyse_image
from vision.style import sharpness, tone


def loud(font) -> Image.Image:  # noqa: ANN001
    im = Image.new("RGB", (1280, 720), (200, 0, 20))
    d = ImageDraw.Draw(im)
    d.polygon([(700, 0), (1280, 0), (1280, 720), (500, 720)], fill=(255, 220, 0))
    d.text((40, 80), "INSANE!!", font=font(190), fill=(255, 255, 255), stroke_width=10,
           stroke_fill=(0, 0, 0))
    return im


def test_a_loud_thumbnail_has_more_energy_than_a_pastel_card(font) -> None:  # noqa: ANN001
    pastel = Image.new("RGB", (1280, 720), (235, 230, 245))
    ImageDraw.Draw(pastel).rectangle((500, 300, 780, 420), fill=(215, 222, 238))
    calm, shout = analyse_image(pastel).style, analyse_image(loud(font)).style
    assert calm.energy <= 3 < 6 <= shout.energy
    assert "calm" in calm.mood and "muted" in calm.mood
    assert "warm" in shout.mood and "vibrant" in shout.mood


def test_tone_reads_brightness_and_contrast() -> None:
    dark = np.full((360, 640), 20, np.uint8)
    split = np.zeros((360, 640), np.uint8)
    split[:, 320:] = 255
    assert tone(dark).brightness < 0.1 and tone(dark).contrast == 0
    assert tone(split).contrast == 1.0 and abs(tone(split).brightness - 0.5) < 0.01


def test_blur_lowers_sharpness(font) -> None:  # noqa: ANN001
    crisp = loud(font)
    blurred = crisp.filter(ImageFilter.GaussianBlur(6))
    grey = lambda im: np.asarray(im.convert("L"))  # noqa: E731
    assert sharpness(grey(crisp)) > 0.8 > 0.3 > sharpness(grey(blurred))
