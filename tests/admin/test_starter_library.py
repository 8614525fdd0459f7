"""The starter library: enough original templates, every niche and layout, all sizes render."""

from __future__ import annotations

import pytest

from admin.starter_library import main, starter_templates
from render.compositor import render_preview
from render.layout import layer_boxes
from render.sizes import ALL_SIZES
from render.spec import LayoutClass, Niche


@pytest.fixture(scope="module")
def templates():
    return starter_templates()


def test_at_least_sixty_templates_with_unique_ids(templates) -> None:
    assert len(templates) >= 60
    assert len({t.id for t in templates}) == len(templates)


def test_every_niche_and_layout_is_covered(templates) -> None:
    assert {n for t in templates for n in t.niches} == set(Niche)
    assert {t.layout for t in templates} == set(LayoutClass)


def test_library_is_deterministic(templates) -> None:
    assert [t.model_dump() for t in starter_templates()] == [t.model_dump() for t in templates]


def test_headlines_are_short_and_punchy(templates) -> None:
    for spec in templates:
        words = spec.text_layers("headline")[0].sample_text.split()
        assert 2 <= len(words) <= 5, spec.id
        assert 1 <= spec.energy <= 10


@pytest.mark.parametrize("size", ALL_SIZES, ids=lambda s: s.name)
def test_every_template_renders_at_every_size_with_text_inside_its_zone(templates, size) -> None:
    for spec in templates:
        image, truth = render_preview(spec, size)
        assert image.size == size.wh, spec.id
        zones = layer_boxes(spec, size.aspect)
        for text in truth.text_boxes:
            left, top, right, bottom = text.box
            assert 0 <= left < right <= size.width and 0 <= top < bottom <= size.height, (
                spec.id, text)
            zl, zt, zr, zb = zones[text.layer].px(*size.wh)
            slack = 2  # rounding of relative boxes to pixels
            assert zl - slack <= left and zt - slack <= top, (spec.id, size.name, text)
            assert right <= zr + slack and bottom <= zb + slack, (spec.id, size.name, text)


def test_cli_writes_previews_specs_and_a_contact_sheet(tmp_path) -> None:
    main(["--out", str(tmp_path), "--size", "16:9"])
    assert len(list(tmp_path.glob("*.jpg"))) == len(starter_templates())
    assert len(list(tmp_path.glob("*.json"))) == len(starter_templates())
    assert (tmp_path / "contact-sheet-youtube.png").stat().st_size > 10_000
