"""Name a file's format from its first bytes, never from its name or a client's content type.

Only JPEG, PNG and WebP are accepted downstream; the other names exist so a refusal can say what
the file actually was ("this is a GIF") instead of a vague "not an image".
"""

from __future__ import annotations

from typing import Final, Literal

AcceptedFormat = Literal["JPEG", "PNG", "WEBP"]
ACCEPTED: Final[frozenset[str]] = frozenset({"JPEG", "PNG", "WEBP"})

# Extensions a person might give an accepted image; anything else named like an image is refused.
EXTENSION_FORMATS: Final[dict[str, str]] = {
    ".jpg": "JPEG",
    ".jpeg": "JPEG",
    ".jpe": "JPEG",
    ".jfif": "JPEG",
    ".png": "PNG",
    ".webp": "WEBP",
}

_ISO_BRANDS: Final[dict[bytes, str]] = {
    b"heic": "HEIC", b"heix": "HEIC", b"hevc": "HEIC", b"mif1": "HEIF", b"msf1": "HEIF",
    b"avif": "AVIF", b"avis": "AVIF", b"isom": "MP4", b"mp41": "MP4", b"mp42": "MP4",
    b"qt  ": "MOV",
}


def sniff_format(head: bytes) -> str | None:
    """The format the leading bytes announce ("JPEG", "PNG", "WEBP", "GIF", "SVG", …), or None."""
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if head[:2] == b"BM":
        return "BMP"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "TIFF"
    if head[:4] == b"%PDF":
        return "PDF"
    if head[:4] == b"\x00\x00\x01\x00":
        return "ICO"
    if head[4:8] == b"ftyp":
        return _ISO_BRANDS.get(head[8:12], "ISO media")
    if head[:4] == b"8BPS":
        return "PSD"
    if head.startswith((b"\x1f\x8b", b"PK\x03\x04")):
        return "archive"
    return _sniff_markup(head)


def _sniff_markup(head: bytes) -> str | None:
    # SVG, HTML and XML can carry scripts and external references; they are text, so look past
    # a byte-order mark and whitespace for the first tag.
    text = head.lstrip(b"\xef\xbb\xbf\xfe\xff\x00 \t\r\n").lower()
    if not text.startswith(b"<"):
        return None
    if b"<svg" in head.lower():
        return "SVG"
    if text.startswith((b"<!doctype html", b"<html")):
        return "HTML"
    return "XML"
