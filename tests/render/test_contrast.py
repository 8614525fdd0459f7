"""Labels on coloured shapes stay readable whatever the palette."""

from __future__ import annotations

import numpy as np

from admin.starter_library import starter_templates
from render.compositor import render_with_truth
from render.content import RenderContent
from render.contrast import MIN_LABEL_CONTRAST, contrast, readable_accent, readable_on
from render.spec import LayoutClass


def test_contrast_ratio_matches_wcag_extremes() -> None:
    assert contrast((0, 0, 0), (255, 255, 255)) == 21.0
    assert contrast((120, 30, 30), (120, 30, 30)) == 1.0


def test_unreadable_label_colour_is_replaced() -> None:
    maroon, red = (0x59, 0x0D, 0x22), (0xC9, 0x18, 0x4A)
    picked = readable_on(maroon, red, [maroon])
    assert contrast(picked, red) >= MIN_LABEL_CONTRAST
    assert readable_on((0, 0, 0), (255, 255, 0), []) == (0, 0, 0)  # already fine: kept


def test_a_palette_swap_cannot_hide_the_pill_label() -> None:
    spec = next(t for t in starter_templates() if t.layout == LayoutClass.FACE_LEFT)
    same = {"accent": "#c9184a", "background": "#c9184a"}  # the pill's words use "background"
    image, truth = render_with_truth(spec, RenderContent(
        headline="Readable", subline="Still readable", palette=same))
    box = next(t.box for t in truth.text_boxes if t.role == "subline")
    crop = np.asarray(image.crop(box)).reshape(-1, 3).astype(int)
    far = np.abs(crop - np.array([0xC9, 0x18, 0x4A])).sum(axis=1) > 200
    assert far.mean() > 0.1


def test_emphasis_keeps_bright_on_bright_but_not_invisible() -> None:
    pink, yellow, light_green = (0xFF, 0x4F, 0x8B), (0xFF, 0xF2, 0x75), (0x7A, 0xE5, 0x82)
    assert readable_accent(yellow, pink, (255, 255, 255), []) == yellow
    teal = (0x00, 0x4E, 0x64)
    assert readable_accent(yellow, light_green, (0, 0, 0), [yellow, teal]) == teal
