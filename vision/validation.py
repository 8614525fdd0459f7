"""Accept or refuse an uploaded image, and hand back a clean decoded copy.

Used for template ingestion and for creator photos. Order matters: cheap checks first (size,
magic bytes, name), then the header's pixel count *before* any decoding (decompression bombs),
then a full decode (truncation, corruption). The returned image is rebuilt from raw pixels so no
metadata survives: text hidden in EXIF, XMP or PNG text chunks must never reach a model.

Pillow's own bomb guard (`Image.MAX_IMAGE_PIXELS`) is a process-wide global; rather than mutate
it at import we keep our cap below it (`ImageLimits` enforces that), read the declared size from
the header ourselves (vision/header.py), and still translate Pillow's `DecompressionBombError`.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from pathlib import PurePath

from PIL import Image, ImageCms, ImageOps

from kernel.errors import InvalidUpload
from vision.header import declared_size
from vision.sniff import ACCEPTED, EXTENSION_FORMATS, AcceptedFormat, sniff_format

_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, zlib.error, IndexError)


@dataclass(frozen=True)
class ImageLimits:
    """What an acceptable image may weigh and measure."""

    max_bytes: int = 20 * 1024 * 1024
    max_pixels: int = 40_000_000  # ~8K×5K; well under Pillow's own bomb threshold
    min_side: int = 64

    def __post_init__(self) -> None:
        if self.max_pixels > Image.MAX_IMAGE_PIXELS:
            raise ValueError("max_pixels must stay under Pillow's MAX_IMAGE_PIXELS")

    @classmethod
    def for_templates(cls) -> ImageLimits:
        """Templates are thumbnails: at least 320 px on the short side."""
        return cls(max_bytes=15 * 1024 * 1024, max_pixels=25_000_000, min_side=320)

    @classmethod
    def for_uploads(cls) -> ImageLimits:
        """Creator photos (faces, products): phone-camera sized, at least 128 px."""
        return cls(max_bytes=20 * 1024 * 1024, max_pixels=40_000_000, min_side=128)


@dataclass(frozen=True)
class ValidatedImage:
    """An accepted image: what it was, and a metadata-free RGB copy (EXIF rotation applied)."""

    format: AcceptedFormat
    width: int  # after EXIF rotation
    height: int
    mode: str  # the source's Pillow mode, e.g. "RGB", "RGBA", "P", "CMYK", "L"
    image: Image.Image  # RGB, no info/EXIF/ICC
    alpha: Image.Image | None = None  # "L" mask when the source had real transparency

    def to_png(self) -> bytes:
        """Re-encode the clean pixels (with alpha if any) for storage."""
        out = io.BytesIO()
        im = self.image
        if self.alpha is not None:
            im = im.copy()
            im.putalpha(self.alpha)
        im.save(out, format="PNG")
        return out.getvalue()


def validate_image(data: bytes, *, filename: str | None, limits: ImageLimits) -> ValidatedImage:
    """Refuse with `InvalidUpload` (a sentence for the person) or return the clean image."""
    _check_bytes(data, limits)
    fmt = _check_format(data, filename)
    src = _open_header(data, fmt, limits)
    return _decode(data, src.mode, fmt, limits)


def _check_bytes(data: bytes, limits: ImageLimits) -> None:
    if not data:
        raise InvalidUpload("The file is empty.", key="upload_empty")
    if len(data) > limits.max_bytes:
        size, limit = _mb(len(data)), _mb(limits.max_bytes)
        raise InvalidUpload(f"The file is {size}; images may be at most {limit}.",
                            key="upload_too_large", facts={"size": size, "limit": limit})


def _check_format(data: bytes, filename: str | None) -> AcceptedFormat:
    found = sniff_format(data[:512])
    if found in ("SVG", "HTML", "XML"):
        raise InvalidUpload(
            f"This is an {found} file; vector and markup files are not accepted. "
            "Please upload a JPEG, PNG or WebP image.", key="upload_markup", facts={"found": found}
        )
    if found is None:
        raise InvalidUpload(
            "This file is not an image we recognise. Please upload a JPEG, PNG or WebP.",
            key="upload_unknown")
    if found not in ACCEPTED:
        raise InvalidUpload(f"{found} files are not supported. Please upload a JPEG, PNG or WebP.",
                            key="upload_format", facts={"found": found})
    suffix = PurePath(filename).suffix.lower() if filename else ""
    if suffix:
        named = EXTENSION_FORMATS.get(suffix)
        if named is None:
            raise InvalidUpload(
                f"Files ending in {suffix} are not accepted. Please upload a .jpg, .png or .webp.",
                key="upload_suffix", facts={"suffix": suffix})
        if named != found:
            raise InvalidUpload(
                f"The file is named {suffix} but its contents are {found}; "
                "it may be damaged or mislabelled.", key="upload_mislabelled",
                facts={"suffix": suffix, "found": found})
    return found  # type: ignore[return-value]


def _open_header(data: bytes, fmt: str, limits: ImageLimits) -> Image.Image:
    """Parse only the header; refuse animation and huge canvases before any pixel is decoded."""
    declared = declared_size(data, fmt)
    if declared and declared[0] * declared[1] > limits.max_pixels:
        raise _too_many_pixels(declared, limits)
    try:
        # No warnings.catch_warnings() here: it swaps process-wide state and uploads are
        # validated in worker threads. Our cap (≤ Pillow's) is checked from the header above,
        # so Pillow's DecompressionBombWarning can only fire when that parse failed, and the
        # size check right below refuses the file anyway.
        im = Image.open(io.BytesIO(data), formats=[fmt])
    except Image.DecompressionBombError as exc:
        raise _too_many_pixels(None, limits) from exc
    except _DECODE_ERRORS as exc:
        raise _damaged(fmt) from exc
    if im.format != fmt:
        raise _damaged(fmt)
    width, height = im.size
    if width * height > limits.max_pixels:
        raise _too_many_pixels((width, height), limits)
    if getattr(im, "is_animated", False) or getattr(im, "n_frames", 1) > 1:
        raise InvalidUpload("Animated images are not supported. Please upload a still image.",
                            key="upload_animated")
    if min(width, height) < limits.min_side:
        raise _too_small(width, height, limits)
    return im


def _decode(data: bytes, mode: str, fmt: str, limits: ImageLimits) -> ValidatedImage:
    try:
        # verify() checks PNG chunk CRCs; it leaves the object unusable, hence two opens.
        Image.open(io.BytesIO(data), formats=[fmt]).verify()
        im = Image.open(io.BytesIO(data), formats=[fmt])
        im.load()
        im = ImageOps.exif_transpose(im)
        im = _to_srgb(im)
    except Image.DecompressionBombError as exc:
        raise _too_many_pixels(None, limits) from exc
    except _DECODE_ERRORS as exc:
        raise InvalidUpload(
            f"This {fmt} file is truncated or corrupt and cannot be decoded completely.",
            key="upload_truncated", facts={"format": fmt}) from exc
    rgb, alpha = _clean_pixels(im)
    if min(rgb.size) < limits.min_side:
        raise _too_small(*rgb.size, limits)
    return ValidatedImage(
        format=fmt,  # type: ignore[arg-type]
        width=rgb.width,
        height=rgb.height,
        mode=mode,
        image=rgb,
        alpha=alpha,
    )


def _to_srgb(im: Image.Image) -> Image.Image:
    """Convert through an embedded ICC profile (phone photos are often Display P3), because the
    profile is about to be stripped; a broken profile is ignored, not fatal."""
    icc = im.info.get("icc_profile")
    if not icc or im.mode not in ("RGB", "RGBA", "CMYK"):
        return im
    try:
        src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        out_mode = "RGBA" if im.mode == "RGBA" else "RGB"
        return ImageCms.profileToProfile(im, src, _SRGB, outputMode=out_mode) or im
    except (ImageCms.PyCMSError, OSError, ValueError):
        return im


_SRGB = ImageCms.createProfile("sRGB")


def _clean_pixels(im: Image.Image) -> tuple[Image.Image, Image.Image | None]:
    """RGB (transparent areas over white) and an optional alpha mask, rebuilt from raw bytes."""
    if im.mode in ("I;16", "I;16B", "I;16L", "I"):
        im = im.point(lambda v: v / 256).convert("L")  # 16-bit grey: keep the top byte
    has_alpha = im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info)
    alpha = None
    if has_alpha:
        rgba = im.convert("RGBA")
        a = rgba.getchannel("A")
        if a.getextrema()[0] < 255:
            alpha = Image.frombytes("L", a.size, a.tobytes())
        base = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        base.alpha_composite(rgba)
        im = base
    rgb = im.convert("RGB")
    # frombytes makes a fresh image with empty .info: no EXIF, XMP, ICC, comments, text chunks.
    return Image.frombytes("RGB", rgb.size, rgb.tobytes()), alpha


def _damaged(fmt: str) -> InvalidUpload:
    return InvalidUpload(f"This {fmt} file is damaged and cannot be read.",
                         key="upload_damaged", facts={"format": fmt})


def _too_many_pixels(size: tuple[int, int] | None, limits: ImageLimits) -> InvalidUpload:
    dims = f"{size[0]}×{size[1]} pixels" if size else "more pixels than we can safely open"
    limit = f"{limits.max_pixels / 1e6:.0f}"
    return InvalidUpload(f"The image declares {dims}; the limit is {limit} megapixels.",
                         key="upload_too_many_pixels",
                         facts={"dims": f"{size[0]}×{size[1]}" if size else "…", "limit": limit})


def _too_small(width: int, height: int, limits: ImageLimits) -> InvalidUpload:
    return InvalidUpload(
        f"The image is {width}×{height} pixels; each side must be at least "
        f"{limits.min_side} pixels.", key="upload_too_small",
        facts={"width": width, "height": height, "min_side": limits.min_side})


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"
