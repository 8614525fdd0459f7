"""A creator's photo: validated exactly like every upload, cut out, stored as an RGBA sticker.

Everything that can refuse the photo happens here, before the graph runs, so a bad file costs
a sentence and never a credit. Metadata is gone after validation: nothing a file hides in its
EXIF/XMP/text chunks reaches a brain.
"""

from __future__ import annotations

import asyncio
import io

from agent.events import Attachment
from kernel.errors import InvalidUpload
from render.cutout import cut_out
from storage.objects import AsyncObjectStore
from vision.validation import ImageLimits, validate_image


def _sticker_png(data: bytes, filename: str) -> bytes:
    image = validate_image(data, filename=filename, limits=ImageLimits.for_uploads())
    sticker = cut_out(image.image, image.alpha)
    buffer = io.BytesIO()
    sticker.save(buffer, "PNG", compress_level=3)
    return buffer.getvalue()


async def accept_photo(objects: AsyncObjectStore, attachments: list[Attachment]) -> str | None:
    """The stored cut-out's key for the first attachment, None without attachments."""
    if not attachments:
        return None
    if len(attachments) > 1:
        raise InvalidUpload("Send one photo at a time, please.", key="one_photo")
    attachment = attachments[0]
    png = await asyncio.to_thread(_sticker_png, attachment.data, attachment.filename)
    return await objects.put(png, content_type="image/png", prefix="subjects")
