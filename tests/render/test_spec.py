"""Template specs are plain JSON and palette swaps replace role colours."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from admin.starter_library import starter_templates
from kernel.errors import InvalidInput
from render.compositor import render
from render.content import RenderContent
from render.spec import Box, Palette, TemplateSpec


def test_every_starter_spec_round_trips_through_json() -> None:
    for spec in starter_templates():
        again = TemplateSpec.model_validate_json(spec.model_dump_json())
        assert again == spec


def test_a_round_tripped_spec_renders_the_same_pixels() -> None:
    spec = starter_templates()[0]
    again = TemplateSpec.model_validate_json(spec.model_dump_json())
    content = RenderContent(headline="Same pixels twice", emphasis="pixels")
    assert render(spec, content).tobytes() == render(again, content).tobytes()


def test_palette_swap_replaces_role_colours_only() -> None:
    palette = starter_templates()[0].palette
    swapped = palette.with_overrides({"accent": "#FF0000"})
    assert swapped.accent == "#ff0000"
    assert swapped.background == palette.background


def test_bad_palette_overrides_speak_to_people() -> None:
    palette = starter_templates()[0].palette
    with pytest.raises(InvalidInput, match="#rrggbb"):
        palette.with_overrides({"accent": "orange"})
    with pytest.raises(InvalidInput, match="Unknown palette role"):
        palette.with_overrides({"sparkle": "#ffffff"})


def test_bad_colours_and_ids_are_rejected() -> None:
    with pytest.raises(ValidationError):
        Palette(background="red", background2="#000000", accent="#000000", accent2="#000000")
    spec = starter_templates()[0]
    with pytest.raises(ValidationError):
        TemplateSpec.model_validate({**spec.model_dump(), "id": "Not A Slug"})


def test_box_converts_relative_coordinates_to_pixels() -> None:
    assert Box(x=0.5, y=0.25, w=0.5, h=0.5).px(1280, 720) == (640, 180, 1280, 540)
