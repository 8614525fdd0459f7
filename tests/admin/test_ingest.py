"""Ingestion stores a template completely or not at all."""

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from admin.ingest import TemplateInput, ingest
from admin.seed import preview_png
from admin.starter_library import starter_templates
from kernel.errors import DuplicateTemplate, InvalidUpload
from storage.models import Template, TemplateEmbedding

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def counts(services) -> tuple[int, int]:
    async with services.sessions() as s:
        rows = await s.scalar(select(func.count()).select_from(Template))
        vectors = await s.scalar(select(func.count()).select_from(TemplateEmbedding))
    return rows, vectors


def stored_objects(services) -> list[Path]:
    root = services.settings.data_path / "objects"
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims a huge canvas (a decompression bomb's calling card)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))


@pytest.fixture(scope="module")
def spec():
    return next(s for s in starter_templates() if s.layout == "face_right")


async def test_a_template_gets_dna_a_vector_and_an_object(fresh_services, spec):
    done = await ingest(fresh_services, TemplateInput(
        data=preview_png(spec), filename="a.png", niches=["custom"], slug=spec.id, spec=spec,
        source="starter"))
    async with fresh_services.sessions() as s:
        template = await s.get(Template, done.template_id)
        vector = await s.scalar(select(TemplateEmbedding).where(
            TemplateEmbedding.template_id == done.template_id))
    assert template.slug == spec.id
    assert set(template.niches) >= {str(spec.niches[0]), "custom"}
    assert template.layout == "face_right"  # the spec's truth beats the pixels' guess
    assert template.dna["palette"] and template.description
    assert vector.dimensions == 384 and len(vector.embedding) == 384
    assert await fresh_services.objects.exists(template.image_key)


async def test_a_re_encoded_copy_is_refused_as_a_duplicate(fresh_services, spec):
    before, objects = await counts(fresh_services), stored_objects(fresh_services)
    image = Image.open(io.BytesIO(preview_png(spec))).resize((960, 540))
    copy = io.BytesIO()
    image.save(copy, "JPEG", quality=80)
    with pytest.raises(DuplicateTemplate, match=f"near-duplicate of template '{spec.id}'"):
        await ingest(fresh_services, TemplateInput(data=copy.getvalue(), filename="copy.jpg"))
    assert await counts(fresh_services) == before
    assert stored_objects(fresh_services) == objects


@pytest.mark.parametrize("name,data,reason", [
    ("fake.png", b"\x89PNG\r\n\x1a\n" + b"definitely not a png" * 20, "damaged"),
    ("bomb.png", png_claiming(10_000, 10_000), "10000×10000"),
    ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>', "SVG"),
    ("notes.png", b"hello, I am a text file pretending to be an image", "not"),
    ("empty.png", b"", "empty"),
])
async def test_bad_files_are_refused_with_a_sentence_and_leave_nothing(fresh_services, name,
                                                                       data, reason):
    before, objects = await counts(fresh_services), stored_objects(fresh_services)
    with pytest.raises(InvalidUpload) as refused:
        await ingest(fresh_services, TemplateInput(data=data, filename=name))
    assert reason.lower() in refused.value.user_message.lower()
    assert await counts(fresh_services) == before
    assert stored_objects(fresh_services) == objects


async def test_a_failed_insert_removes_the_stored_object(fresh_services):
    other = next(s for s in starter_templates() if s.layout == "minimal")
    before, objects = await counts(fresh_services), stored_objects(fresh_services)
    with pytest.raises(Exception, match="too long|value too long"):
        # A slug longer than the column allows fails inside the transaction, after the upload.
        await ingest(fresh_services, TemplateInput(data=preview_png(other), filename="x.png",
                                                   slug="x" * 200))
    assert await counts(fresh_services) == before
    assert stored_objects(fresh_services) == objects
