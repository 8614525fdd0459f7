"""The compositor: content goes where the spec says, and previews report their own truth."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from admin.starter_library import starter_templates
from render.compositor import render, render_preview, render_with_truth
from render.content import RenderContent
from render.sizes import ALL_SIZES, SHORTS, YOUTUBE
from render.spec import LayoutClass, TemplateSpec


@pytest.fixture(scope="module")
def templates() -> list[TemplateSpec]:
    return starter_templates()


def _first(templates: list[TemplateSpec], layout: LayoutClass) -> TemplateSpec:
    return next(t for t in templates if t.layout == layout)


def _inside(box: tuple[int, int, int, int], w: int, h: int) -> bool:
    return 0 <= box[0] < box[2] <= w and 0 <= box[1] < box[3] <= h


def test_preview_truth_is_consistent_for_every_template(templates) -> None:
    for spec in templates:
        image, truth = render_preview(spec)
        assert image.size == (1280, 720) and image.mode == "RGB"
        assert truth.layout == spec.layout
        assert [t.role for t in truth.text_boxes].count("headline") == 1
        for text in truth.text_boxes:
            assert _inside(text.box, 1280, 720), (spec.id, text)
        assert truth.face_count == len(spec.subject_layers()), spec.id
        for face in truth.face_boxes:
            assert _inside(face, 1280, 720)
        shares = {c.role: c.share for c in truth.palette}
        assert sum(shares.values()) <= 1.0
        assert sum(shares.values()) > 0.5 and max(shares.values()) > 0.15, spec.id


def test_headline_box_holds_the_headline_ink(templates) -> None:
    spec = _first(templates, LayoutClass.FACE_LEFT)
    image, truth = render_preview(spec)
    box = next(t.box for t in truth.text_boxes if t.role == "headline")
    crop = np.asarray(image.crop(box)).reshape(-1, 3).astype(int)
    colours = [spec.palette.rgb(r) for r in ("text", "text_stroke", "accent")]
    near = np.zeros(len(crop), bool)
    for c in colours:
        near |= np.abs(crop - np.array(c)).sum(axis=1) < 60
    assert near.mean() > 0.3


def test_a_supplied_cutout_replaces_the_stand_in(templates) -> None:
    spec = _first(templates, LayoutClass.FACE_RIGHT)
    cutout = Image.new("RGBA", (400, 500), (0, 0, 0, 0))
    cutout.paste(Image.new("RGBA", (300, 450), (0, 255, 0, 255)), (50, 50))
    image, truth = render_with_truth(spec, RenderContent(headline="Green", subjects=[cutout]))
    px = np.asarray(image).reshape(-1, 3).astype(int)
    green = ((px[:, 1] > 230) & (px[:, 0] < 30) & (px[:, 2] < 30)).mean()
    assert green > 0.1
    assert truth.face_boxes == []  # only the stand-in's face is known


def test_no_stand_in_when_switched_off(templates) -> None:
    spec = _first(templates, LayoutClass.FACE_LEFT)
    _, truth = render_with_truth(
        spec, RenderContent(headline="Nobody here", stand_in_subjects=False))
    assert truth.face_boxes == []


def test_missing_subline_is_hidden_and_palette_override_applies(templates) -> None:
    spec = _first(templates, LayoutClass.MINIMAL)
    content = RenderContent(headline="Clean and calm", palette={"background": "#123456"})
    image, truth = render_with_truth(spec, content)
    assert "subline" not in [t.role for t in truth.text_boxes]
    assert image.getpixel((640, 4))[:3] == pytest.approx((0x12, 0x34, 0x56), abs=20)


def test_persian_and_japanese_headlines_render(templates) -> None:
    spec = _first(templates, LayoutClass.CENTERED_HEADLINE)
    for headline in ("بهترین گوشی سال", "最強のゲーミングPCを作ってみた"):
        _, truth = render_with_truth(spec, RenderContent(headline=headline))
        box = next(t.box for t in truth.text_boxes if t.role == "headline")
        assert box[2] - box[0] > 300


@pytest.mark.parametrize("size", ALL_SIZES, ids=lambda s: s.name)
def test_sizes_are_exact(templates, size) -> None:
    image = render(templates[0], RenderContent(headline="Any size"), size)
    assert image.size == size.wh


def test_tall_canvas_stacks_text_above_the_subject(templates) -> None:
    for layout in (LayoutClass.FACE_LEFT, LayoutClass.FACE_RIGHT):
        spec = _first(templates, layout)
        _, truth = render_preview(spec, SHORTS)
        headline = next(t.box for t in truth.text_boxes if t.role == "headline")
        assert truth.face_boxes and headline[3] < truth.face_boxes[0][1]


def test_wide_face_layouts_put_the_face_on_their_side(templates) -> None:
    left = render_preview(_first(templates, LayoutClass.FACE_LEFT), YOUTUBE)[1]
    right = render_preview(_first(templates, LayoutClass.FACE_RIGHT), YOUTUBE)[1]
    assert (left.face_boxes[0][0] + left.face_boxes[0][2]) / 2 < 640
    assert (right.face_boxes[0][0] + right.face_boxes[0][2]) / 2 > 640


def test_stand_in_faces_are_found_by_haar(templates) -> None:
    """The analyser's Haar detector (vision/faces.py) finds the stand-ins' faces."""
    from vision.faces import detect_faces

    specs = [t for t in templates if t.layout in (LayoutClass.FACE_LEFT, LayoutClass.FACE_RIGHT)]
    found = 0
    for spec in specs:
        image, truth = render_preview(spec)
        grey = np.asarray(image.convert("L"))
        fx = (truth.face_boxes[0][0] + truth.face_boxes[0][2]) / 2 / image.width
        found += any(abs(b.x + b.w / 2 - fx) < b.w / 2 for b in detect_faces(grey))
    assert found >= 0.6 * len(specs)


def test_background_art_replaces_the_fill_under_everything_else(templates) -> None:
    spec = _first(templates, LayoutClass.CENTERED_HEADLINE)
    art = Image.new("RGB", (1024, 1024), (0, 200, 0))
    image, truth = render_with_truth(spec, RenderContent(headline="On Art", background=art))
    assert image.getpixel((640, 360 + 300))[1] > 150 or image.getpixel((20, 360))[1] > 100
    assert any(t.role == "headline" for t in truth.text_boxes)


def test_a_pill_without_its_words_is_not_drawn(templates) -> None:
    spec = _first(templates, LayoutClass.FACE_LEFT)
    pill = next(x for x in spec.layers if getattr(x, "shape", None) == "pill")
    cx = round((pill.box.x + pill.box.w * 0.04) * 1280)  # inside the pill, left of its words
    cy = round((pill.box.y + pill.box.h / 2) * 720)
    accent = spec.palette.rgb(pill.color)
    with_words = render(spec, RenderContent(headline="Pill test", subline="Has words"))
    without = render(spec, RenderContent(headline="Pill test"))
    assert with_words.getpixel((cx, cy)) == pytest.approx(accent, abs=12)
    assert without.getpixel((cx, cy)) != pytest.approx(accent, abs=12)
