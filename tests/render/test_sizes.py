"""Output sizes and what people type for them."""

from __future__ import annotations

import pytest

from kernel.errors import InvalidInput
from render.sizes import SHORTS, SQUARE, YOUTUBE, Aspect, aspect_of, parse_size


@pytest.mark.parametrize(
    "text,size",
    [("16:9", YOUTUBE), ("9:16", SHORTS), ("1:1", SQUARE), ("", YOUTUBE), (None, YOUTUBE),
     ("Shorts", SHORTS), (" square ", SQUARE), ("1080×1920", SHORTS)],
)
def test_parse_size(text: str | None, size) -> None:
    assert parse_size(text) == size


def test_unknown_size_is_refused_with_a_helpful_message() -> None:
    with pytest.raises(InvalidInput, match="16:9"):
        parse_size("4:3")


def test_aspect_of_pixel_sizes() -> None:
    assert aspect_of(1280, 720) is Aspect.WIDE
    assert aspect_of(1080, 1920) is Aspect.TALL
    assert aspect_of(640, 640) is Aspect.SQUARE
    assert aspect_of(800, 600) is None
