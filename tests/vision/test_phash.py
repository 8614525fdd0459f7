"""The perceptual hash survives re-encoding and resizing, and tells different pictures apart."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageDraw

from vision.phash import hamming, near_duplicate, phash, to_hex, to_signed


def thumbnail(seed: int) -> Image.Image:
    rng = np.random.default_rng(seed)
    im = Image.new("RGB", (1280, 720), tuple(int(v) for v in rng.integers(0, 255, 3)))
    draw = ImageDraw.Draw(im)
    for _ in range(8):
        x, y = int(rng.integers(0, 1100)), int(rng.integers(0, 560))
        w, h = int(rng.integers(80, 400)), int(rng.integers(80, 300))
        colour = tuple(int(v) for v in rng.integers(0, 255, 3))
        draw.rectangle((x, y, x + w, y + h), fill=colour)
    return im


def reencode(im: Image.Image, fmt: str, **kw: object) -> Image.Image:
    out = io.BytesIO()
    im.save(out, format=fmt, **kw)
    return Image.open(io.BytesIO(out.getvalue())).convert("RGB")


def test_hash_is_64_bits_and_deterministic() -> None:
    im = thumbnail(1)
    assert phash(im) == phash(im.copy())
    assert 0 <= phash(im) < 1 << 64
    assert len(to_hex(phash(im))) == 16


def test_stable_across_jpeg_webp_and_resizing() -> None:
    for seed in range(5):
        im = thumbnail(seed)
        h = phash(im)
        variants = [
            reencode(im, "JPEG", quality=60),
            reencode(im, "WEBP", quality=50),
            im.resize((640, 360), Image.Resampling.BILINEAR),
            im.resize((320, 180), Image.Resampling.LANCZOS),
            reencode(im.resize((854, 480)), "JPEG", quality=75),
        ]
        for v in variants:
            assert hamming(h, phash(v)) <= 4, seed
            assert near_duplicate(h, phash(v))


def test_different_pictures_are_far_apart() -> None:
    hashes = [phash(thumbnail(seed)) for seed in range(12)]
    distances = [hamming(a, b) for i, a in enumerate(hashes) for b in hashes[i + 1 :]]
    assert min(distances) > 12
    assert not near_duplicate(hashes[0], hashes[1])


def test_signed_form_fits_bigint() -> None:
    h = (1 << 64) - 1
    assert to_signed(h) == -1
    assert to_signed(5) == 5
