"""YouTube thumbnail rules, checked on the encoded bytes, and the encoder that meets them.

YouTube accepts JPG, PNG (and GIF/BMP, which we never produce) up to 2 MB, at least 640 px wide,
ideally 1280×720 at 16:9; Shorts are 9:16. Colours must be plain RGB (sRGB), not CMYK or
palette tricks with transparency.
"""

from __future__ import annotations

import io

from PIL import Image, UnidentifiedImageError
from pydantic import BaseModel

from render.sizes import Aspect, aspect_of

MAX_BYTES = 2 * 1024 * 1024
MIN_WIDTH = 640
DELIVERY_QUALITY = 90
_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png"}


class ComplianceReport(BaseModel):
    """Whether encoded bytes are an acceptable thumbnail, and why not."""

    ok: bool
    reasons: list[str]
    format: str | None = None
    width: int = 0
    height: int = 0
    bytes: int = 0
    mode: str | None = None
    aspect: Aspect | None = None


def check(data: bytes, expected: Aspect | None = None) -> ComplianceReport:
    """Check encoded image bytes against YouTube's thumbnail rules (and an expected aspect)."""
    reasons: list[str] = []
    size = len(data)
    if size > MAX_BYTES:
        reasons.append(f"file is {size / 1024 / 1024:.2f} MB; YouTube allows at most 2 MB")
    try:
        with Image.open(io.BytesIO(data)) as img:
            fmt, mode, (w, h) = img.format, img.mode, img.size
            icc = img.info.get("icc_profile")
    except (UnidentifiedImageError, OSError):
        return ComplianceReport(ok=False, reasons=["not a readable image", *reasons], bytes=size)
    if fmt not in _FORMATS:
        reasons.append(f"format {fmt} is not JPEG or PNG")
    if w < MIN_WIDTH:
        reasons.append(f"{w} px wide; YouTube needs at least {MIN_WIDTH}")
    if mode not in ("RGB", "L"):
        reasons.append(f"colour mode {mode}; deliver plain RGB (sRGB)")
    if icc and b"sRGB" not in icc:
        reasons.append("embedded colour profile is not sRGB")
    aspect = aspect_of(w, h)
    if aspect is None:
        reasons.append(f"{w}×{h} is not 16:9, 9:16 or 1:1")
    elif expected is not None and aspect != expected:
        reasons.append(f"aspect is {aspect.value}, expected {expected.value}")
    return ComplianceReport(ok=not reasons, reasons=reasons, format=fmt, width=w, height=h,
                            bytes=size, mode=mode, aspect=aspect)


def encode_jpeg(image: Image.Image, quality: int = DELIVERY_QUALITY,
                max_bytes: int = MAX_BYTES) -> bytes:
    """JPEG for delivery: q90, stepping quality down only if the file would pass 2 MB."""
    rgb = image.convert("RGB")
    for q in range(quality, 39, -10):
        buf = io.BytesIO()
        rgb.save(buf, format="JPEG", quality=q, optimize=q < quality, subsampling=0 if q >= 90
                 else 2)
        if buf.tell() <= max_bytes:
            return buf.getvalue()
    return buf.getvalue()


def encode_png(image: Image.Image) -> bytes:
    """Lossless PNG (for editing round-trips; delivery uses JPEG)."""
    buf = io.BytesIO()
    image.convert("RGB").save(buf, format="PNG", compress_level=3)
    return buf.getvalue()
