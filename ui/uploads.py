"""A creator's photo, checked exactly like the render path checks it (vision.validation)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from agent.events import Attachment
from kernel.errors import InvalidUpload
from vision.validation import ImageLimits, validate_image


def _read(path: str | None, content: bytes | str | None) -> bytes:
    if content:
        return content.encode() if isinstance(content, str) else content
    if path:
        return Path(path).read_bytes()
    raise InvalidUpload("That file arrived empty; please attach it again.", key="upload_empty")


def to_attachment(name: str, path: str | None, content: bytes | str | None) -> Attachment:
    """Validate one uploaded file; raises InvalidUpload with a sentence naming the file."""
    data = _read(path, content)
    try:
        image = validate_image(data, filename=name, limits=ImageLimits.for_uploads())
    except InvalidUpload as exc:
        raise InvalidUpload(f"I can't use “{name}”: {exc.user_message}", key="upload_cant_use",
                            facts={"name": name}) from exc
    # Re-encoded from pixels: no EXIF/XMP/text chunks travel further than this.
    return Attachment(filename=Path(name).stem + ".png", content_type="image/png",
                      data=image.to_png())


async def attachments_from(elements: list) -> list[Attachment]:
    """The message's files as validated attachments (off the event loop: decoding is CPU)."""
    found = []
    for element in elements:
        found.append(await asyncio.to_thread(
            to_attachment, element.name or "upload", getattr(element, "path", None),
            getattr(element, "content", None)))
    return found
