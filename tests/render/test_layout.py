"""Re-flow for 9:16 and 1:1: boxes move, nothing is stretched out of its designed shape."""

from __future__ import annotations

import pytest

from admin.starter_library import starter_templates
from render.layout import STRETCHY, WIDTH_HEIGHT, layer_boxes
from render.sizes import Aspect
from render.spec import Box, ShapeLayer, SubjectLayer, TextLayer


@pytest.fixture(scope="module")
def templates():
    return starter_templates()


def _px_ratio(box: Box, aspect: Aspect) -> float:
    w, h = WIDTH_HEIGHT[aspect]
    return (box.w * w) / (box.h * h)


def test_wide_canvas_uses_the_spec_boxes_unchanged(templates) -> None:
    for spec in templates:
        assert layer_boxes(spec, Aspect.WIDE) == [getattr(x, "box", None) for x in spec.layers]


@pytest.mark.parametrize("aspect", [Aspect.TALL, Aspect.SQUARE])
def test_shapes_keep_their_designed_proportions(templates, aspect) -> None:
    for spec in templates:
        for layer, box in zip(spec.layers, layer_boxes(spec, aspect), strict=True):
            if isinstance(layer, ShapeLayer) and layer.shape not in STRETCHY:
                assert _px_ratio(box, aspect) == pytest.approx(
                    _px_ratio(layer.box, Aspect.WIDE), rel=0.02), (spec.id, layer.shape)


@pytest.mark.parametrize("aspect", [Aspect.TALL, Aspect.SQUARE])
def test_labels_stay_inside_their_pill_or_badge(templates, aspect) -> None:
    for spec in templates:
        boxes = layer_boxes(spec, aspect)
        for i, layer in enumerate(spec.layers):
            if not isinstance(layer, TextLayer) or i == 0:
                continue
            prev = spec.layers[i - 1]
            if isinstance(prev, ShapeLayer) and prev.shape == "pill":
                outer, inner = boxes[i - 1], boxes[i]
                assert outer.x <= inner.x and inner.x + inner.w <= outer.x + outer.w + 1e-6
                assert outer.y <= inner.y and inner.y + inner.h <= outer.y + outer.h + 1e-6


def test_tall_canvas_puts_text_above_people(templates) -> None:
    for spec in templates:
        if not any(isinstance(x, SubjectLayer) and x.region == "subject" for x in spec.layers):
            continue
        boxes = layer_boxes(spec, Aspect.TALL)
        pairs = list(zip(spec.layers, boxes, strict=True))
        headline = next(b for x, b in pairs if isinstance(x, TextLayer) and x.role == "headline")
        person = next(b for x, b in pairs if isinstance(x, SubjectLayer))
        assert headline.y + headline.h <= person.y + 0.05, spec.id
