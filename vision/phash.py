"""64-bit DCT perceptual hash: equal-looking images get hashes a few bits apart.

The classic pHash: greyscale, 32×32 area resize (an anti-aliased shrink, so re-encoding and
resizing barely move it), 2-D DCT, keep the 8×8 lowest frequencies without the DC term's
influence on the threshold, one bit per coefficient above the median.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

HASH_BITS = 64
DEFAULT_NEAR_DUPLICATE_BITS = 10  # ≈ 85 % of bits equal; re-encodes sit at 0–4 bits


def phash(image: Image.Image) -> int:
    """The 64-bit perceptual hash of an image, as an unsigned int (fits a Postgres BIGINT after
    `to_signed`)."""
    grey = np.asarray(image.convert("L"), dtype=np.float32)
    small = cv2.resize(grey, (32, 32), interpolation=cv2.INTER_AREA)
    low = cv2.dct(small)[:8, :8].flatten()
    # The DC term is the mean brightness; it would dominate the median, so leave it out of it.
    bits = low > np.median(low[1:])
    return int("".join("1" if b else "0" for b in bits), 2)


def hamming(a: int, b: int) -> int:
    """Number of differing bits between two hashes."""
    return (a ^ b).bit_count()


def near_duplicate(a: int, b: int, threshold: int = DEFAULT_NEAR_DUPLICATE_BITS) -> bool:
    """Whether two hashes are within `threshold` bits: the same picture, re-saved or resized."""
    return hamming(a, b) <= threshold


def to_signed(h: int) -> int:
    """Map an unsigned 64-bit hash into signed range, for BIGINT columns."""
    return h - (1 << 64) if h >= 1 << 63 else h


def to_hex(h: int) -> str:
    """Fixed-width hex form, handy in logs and JSON."""
    return f"{h:016x}"
