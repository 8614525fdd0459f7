"""Arrows, circle highlights and badges are recognised from their outlines."""

from __future__ import annotations

from PIL import Image, ImageDraw

from vision.local_analyzer import analyse_image

NAVY, CYAN, RED, WHITE = (20, 33, 61), (0, 245, 212), (225, 30, 40), (255, 255, 255)


def arrow(d: ImageDraw.ImageDraw, x: int, y: int, s: int, colour: tuple[int, int, int]) -> None:
    d.polygon([(x, y + s // 3), (x + s, y + s // 3), (x + s, y), (x + 2 * s, y + s // 2),
               (x + s, y + s), (x + s, y + 2 * s // 3), (x, y + 2 * s // 3)], fill=colour)


def test_an_arrow_and_a_ring_are_counted(font) -> None:  # noqa: ANN001
    im = Image.new("RGB", (1280, 720), NAVY)
    d = ImageDraw.Draw(im)
    arrow(d, 150, 420, 110, CYAN)
    d.ellipse((800, 300, 1040, 540), outline=RED, width=18)
    elements = analyse_image(im).elements
    assert elements.arrows == 1
    assert elements.circles == 1


def test_text_on_a_pill_is_a_badge_and_letters_are_not_shapes(font) -> None:  # noqa: ANN001
    im = Image.new("RGB", (1280, 720), NAVY)
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((100, 500, 700, 640), radius=70, fill=CYAN)
    d.text((150, 520), "NO DAMAGE RUN", font=font(80), fill=NAVY)
    d.text((100, 100), "OVAL OBOE", font=font(120), fill=WHITE)  # round letters, no circles
    elements = analyse_image(im).elements
    assert elements.badges == 1
    assert elements.circles == 0 and elements.arrows == 0
