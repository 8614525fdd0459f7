"""Decode what Midjourney sent and cut its 2×2 grid into four images. Pure, CPU-bound.

Midjourney numbers grid images U1..U4 as top-left, top-right, bottom-left, bottom-right, and
`split_grid` returns them in that order so index i+1 is the button for image i.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, UnidentifiedImageError

from kernel.errors import ProviderError

MIN_SIDE = 64  # per quadrant; smaller is a thumbnail preview or an error page, not art
MAX_SIDE = 8192
MAX_PIXELS = 50_000_000  # checked from the header, before decoding: no decompression bombs
_BAD_IMAGE = "Midjourney sent something that is not a usable image."


def decode_image(data: bytes, *, min_side: int = MIN_SIDE) -> Image.Image:
    """Bytes -> a loaded RGB image, or ProviderError if they are not a sane-sized picture."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            width, height = image.size
            if not (min_side <= width <= MAX_SIDE and min_side <= height <= MAX_SIDE) or (
                    width * height > MAX_PIXELS):
                raise ProviderError(f"Midjourney sent an image of an unusable size "
                                    f"({width}×{height}).")
            image.load()
    except ProviderError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError,
            Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ProviderError(_BAD_IMAGE) from None
    return image.convert("RGB") if image.mode != "RGB" else image


def split_grid(grid: Image.Image) -> list[Image.Image]:
    """Four equal quadrants, U1..U4 order.

    For an odd width or height the middle pixel column/row is dropped, so all four come out the
    same size (the compositor scales them to the canvas anyway) rather than differing by one.
    """
    width, height = grid.size
    half_w, half_h = width // 2, height // 2
    if half_w < MIN_SIDE or half_h < MIN_SIDE:
        raise ProviderError(f"Midjourney sent an image of an unusable size ({width}×{height}).")
    lefts, tops = (0, width - half_w), (0, height - half_h)
    return [grid.crop((x, y, x + half_w, y + half_h)) for y in tops for x in lefts]


def decode_grid(data: bytes) -> list[Image.Image]:
    """Grid bytes -> four RGB images."""
    return split_grid(decode_image(data, min_side=2 * MIN_SIDE))
