"""YouTube compliance of encoded thumbnails, and the delivery encoder."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from render.compliance import MAX_BYTES, check, encode_jpeg, encode_png
from render.sizes import Aspect


def _noise(w: int, h: int) -> Image.Image:
    return Image.fromarray((np.random.default_rng(3).random((h, w, 3)) * 255).astype(np.uint8))


def test_a_rendered_jpeg_passes() -> None:
    report = check(encode_jpeg(Image.new("RGB", (1280, 720), (200, 30, 30))), Aspect.WIDE)
    assert report.ok and report.reasons == [] and report.format == "JPEG"


def test_jpeg_is_q90_when_it_fits() -> None:
    data = encode_jpeg(Image.new("RGB", (1280, 720), (200, 30, 30)))
    with Image.open(io.BytesIO(data)) as img:
        assert img.format == "JPEG"
        # libjpeg's q90 luminance table starts with 3 (q75 would be 8)
        assert img.quantization[0][0] == 3


def test_encoder_steps_quality_down_to_stay_under_2mb() -> None:
    data = encode_jpeg(_noise(1920, 1920).resize((1080, 1920)))
    assert len(data) <= MAX_BYTES
    assert check(data).ok


def test_oversized_png_fails_with_a_reason() -> None:
    report = check(encode_png(_noise(1080, 1920)))
    assert not report.ok
    assert any("2 MB" in reason for reason in report.reasons)


def test_narrow_image_fails() -> None:
    report = check(encode_jpeg(Image.new("RGB", (480, 270))))
    assert not report.ok and any("640" in r for r in report.reasons)


def test_cmyk_fails() -> None:
    buf = io.BytesIO()
    Image.new("CMYK", (1280, 720)).save(buf, format="JPEG")
    report = check(buf.getvalue())
    assert not report.ok and any("RGB" in r for r in report.reasons)


def test_wrong_aspect_fails() -> None:
    assert not check(encode_jpeg(Image.new("RGB", (1200, 900)))).ok
    report = check(encode_jpeg(Image.new("RGB", (1080, 1080))), Aspect.TALL)
    assert not report.ok and any("expected 9:16" in r for r in report.reasons)


def test_other_formats_and_garbage_fail() -> None:
    buf = io.BytesIO()
    Image.new("RGB", (1280, 720)).save(buf, format="WEBP")
    assert not check(buf.getvalue()).ok
    assert not check(b"definitely not an image").ok
