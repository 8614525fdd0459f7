"""Object keys: content addressing and validation. Pure functions, no I/O.

A key looks like `thumbnails/9f/9f86d0…a08.png`: a caller-chosen prefix, the first two hex
digits of the SHA-256 (so no folder grows huge), the full digest and an extension taken from
the content type. Equal bytes get equal keys, which makes every `put` idempotent.
"""

from __future__ import annotations

import hashlib
import re

from kernel.errors import InvalidInput

# Each segment: letters, digits, `_`, `-` and `.`, not starting with a dot (no `.`, `..`,
# hidden files, or our `.tmp-` files); no empty segments, so no leading `/` or `//`.
_SEGMENT = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}")
MAX_KEY_LENGTH = 512
MAX_SEGMENTS = 16

EXTENSIONS: dict[str, str] = {
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/webp": "webp",
    "image/gif": "gif",
    "image/avif": "avif",
    "application/json": "json",
    "text/plain": "txt",
    "application/octet-stream": "bin",
}
CONTENT_TYPES: dict[str, str] = {ext: ctype for ctype, ext in EXTENSIONS.items()}


class InvalidObjectKey(InvalidInput, ValueError):
    """A key or prefix that could escape the store or is not one we produce."""


class UnsupportedContentType(InvalidInput, ValueError):
    """A content type the store has no file extension for."""


def validate_key(key: str) -> str:
    """Return `key` if it is a safe relative key (see `_SEGMENT`), else raise InvalidObjectKey."""
    if not isinstance(key, str) or not key:
        raise InvalidObjectKey("An object key must be a non-empty string.")
    if len(key) > MAX_KEY_LENGTH:
        raise InvalidObjectKey(f"An object key may be at most {MAX_KEY_LENGTH} characters.")
    segments = key.split("/")
    if len(segments) > MAX_SEGMENTS:
        raise InvalidObjectKey(f"An object key may have at most {MAX_SEGMENTS} parts.")
    for segment in segments:
        if not _SEGMENT.fullmatch(segment):
            raise InvalidObjectKey(
                f"Object key {key!r} is not allowed: use parts of letters, digits, '.', '_' "
                "and '-' separated by single '/', none starting with '.'."
            )
    return key


def extension_for(content_type: str) -> str:
    """The file extension for a content type (parameters like `; charset=` are ignored)."""
    base = content_type.split(";", 1)[0].strip().lower()
    try:
        return EXTENSIONS[base]
    except KeyError:
        raise UnsupportedContentType(
            f"Files of type {base or '(none)'!r} cannot be stored; "
            f"supported: {', '.join(sorted(EXTENSIONS))}."
        ) from None


def content_type_for(key: str) -> str:
    """The content type to serve `key` with, from its extension (octet-stream if unknown)."""
    ext = key.rsplit(".", 1)[-1].lower() if "." in key.rsplit("/", 1)[-1] else ""
    return CONTENT_TYPES.get(ext, "application/octet-stream")


def content_key(data: bytes, *, content_type: str, prefix: str) -> str:
    """`{prefix}/{sha256[:2]}/{sha256}.{ext}` for `data`, with the prefix validated."""
    validate_key(prefix)
    digest = hashlib.sha256(data).hexdigest()
    return validate_key(f"{prefix}/{digest[:2]}/{digest}.{extension_for(content_type)}")
