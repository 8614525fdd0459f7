"""Add templates to the library: validate, dedupe, analyse, embed, store — all or nothing.

Order is chosen so bad input costs nothing: every refusal (not an image, bomb, truncated, too
small, duplicate) happens before the first byte is stored. After that the object is written
first and the rows in one transaction; if the transaction fails the object is deleted again,
so there is never an object without a row nor a row without an object.
"""

from __future__ import annotations

import asyncio
import io
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.errors import DuplicateTemplate
from render.spec import TemplateSpec
from services import Services
from storage.models import Template, TemplateEmbedding, TemplateStatus
from storage.objects import content_key
from storage.vector_index import ensure_index
from vision.analyzer import AnalysisHints
from vision.dna import DesignDNA, describe
from vision.phash import phash, to_signed
from vision.validation import ImageLimits, ValidatedImage, validate_image

# pHash Hamming distance at or under which two images are one design. Measured on the starter
# library: a resize + JPEG q70 re-encode moves a hash by ≤ 2 bits; distinct designs are ≥ 6 apart.
DUPLICATE_BITS = 4


@dataclass(frozen=True)
class TemplateInput:
    """One image to add, with what the caller knows that pixels cannot show."""

    data: bytes
    filename: str | None = None
    niches: Sequence[str] = ()
    name: str | None = None
    slug: str | None = None
    spec: TemplateSpec | None = None  # starter templates carry their layer spec
    source: str = "upload"


@dataclass(frozen=True)
class Ingested:
    template_id: uuid.UUID
    slug: str
    name: str
    niches: list[str]
    layout: str
    image_key: str


async def ingest(services: Services, item: TemplateInput) -> Ingested:
    """Add one template or raise a `RoutixError` saying why not; nothing is left behind."""
    image = await asyncio.to_thread(
        validate_image, item.data, filename=item.filename, limits=ImageLimits.for_templates()
    )
    signed_hash = to_signed(phash(image.image))
    async with services.sessions() as session:
        await _refuse_duplicates(session, signed_hash)
    hints = AnalysisHints(niche=tuple(item.niches))
    dna = await services.analyzer.analyze(image.image, hints=hints)
    dna = _with_known_facts(dna, item)
    document = describe(dna)
    [vector] = await asyncio.to_thread(services.embedder.embed_documents, [document])
    payload, content_type = await asyncio.to_thread(_encode_clean, image)
    # Keys are content addressed: if these bytes are already stored (another row uses them),
    # a failed insert must not delete them.
    existed = await services.objects.exists(
        content_key(payload, content_type=content_type, prefix="templates"))
    key = await services.objects.put(payload, content_type=content_type, prefix="templates")
    try:
        return await _insert(services, item, image, dna, document, vector, signed_hash, key)
    except BaseException:
        if not existed:
            await services.objects.delete(key)
        raise


async def _refuse_duplicates(session: AsyncSession, signed_hash: int) -> None:
    # Hamming distance in SQL: XOR the 64-bit hashes and count the set bits.
    row = (await session.execute(
        text("SELECT slug FROM templates WHERE bit_count(CAST(phash # :h AS bit(64))) <= :bits "
             "LIMIT 1"),
        {"h": signed_hash, "bits": DUPLICATE_BITS},
    )).first()
    if row is not None:
        raise DuplicateTemplate(
            f"This image is a near-duplicate of template '{row.slug}' already in the library."
        )


def _with_known_facts(dna: DesignDNA, item: TemplateInput) -> DesignDNA:
    """What the caller knows beats what pixels suggest: a starter spec's niche, layout, mood."""
    style = dna.style
    niches = list(dict.fromkeys([*item.niches, *style.niche]))[:6]
    composition = dna.composition
    if item.spec is not None:
        spec = item.spec
        niches = list(dict.fromkeys([*(str(n) for n in spec.niches), *niches]))[:6]
        style = style.model_copy(update={
            "energy": spec.energy, "mood": list(dict.fromkeys([*spec.mood, *style.mood]))[:8]})
        composition = composition.model_copy(update={"layout": str(spec.layout)})
    style = style.model_copy(update={"niche": niches})
    return dna.model_copy(update={"style": style, "composition": composition})


def _encode_clean(image: ValidatedImage) -> tuple[bytes, str]:
    """Re-encode from the metadata-free pixels (never store the uploaded bytes)."""
    buffer = io.BytesIO()
    if image.format == "PNG":
        image.image.save(buffer, "PNG", optimize=False, compress_level=6)
        return buffer.getvalue(), "image/png"
    image.image.save(buffer, "JPEG", quality=92)
    return buffer.getvalue(), "image/jpeg"


def _text_amount(dna: DesignDNA) -> str:
    words = sum(z.word_count or 0 for z in dna.text) or (2 * len(dna.text))
    return "none" if not dna.text else "short" if words <= 5 else "long"


def slugify(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")[:60] or "template"


async def _unique_slug(session: AsyncSession, wanted: str) -> str:
    taken = set((await session.scalars(
        select(Template.slug).where(Template.slug.like(f"{wanted}%")))).all())
    if wanted not in taken:
        return wanted
    n = 2
    while f"{wanted}-{n}" in taken:
        n += 1
    return f"{wanted}-{n}"


async def _insert(services: Services, item: TemplateInput, image: ValidatedImage,
                  dna: DesignDNA, document: str, vector: list[float], signed_hash: int,
                  key: str) -> Ingested:
    embedder = services.embedder
    async with services.sessions.begin() as session:
        # Serialise ingestion so two uploads of the same image cannot both pass the check.
        await session.execute(text("SELECT pg_advisory_xact_lock(hashtext('template-ingest'))"))
        await _refuse_duplicates(session, signed_hash)
        base = item.slug or slugify(item.name or (item.filename or "template").rsplit(".", 1)[0])
        slug = await _unique_slug(session, base)
        template = Template(
            slug=slug, name=item.name or slug.replace("-", " ").title(), source=item.source,
            status=TemplateStatus.ACTIVE, niches=list(dna.style.niche),
            layout=str(dna.composition.layout),
            aspect=_aspect_label(image.width, image.height) or "other", image_key=key,
            width=image.width, height=image.height, phash=signed_hash,
            spec=item.spec.model_dump(mode="json") if item.spec else None,
            dna=dna.model_dump(mode="json"), description=document,
            face_count=dna.faces.count, text_amount=_text_amount(dna), energy=dna.style.energy,
        )
        session.add(template)
        await session.flush()
        session.add(TemplateEmbedding(
            template_id=template.id, model=embedder.model_name, dimensions=embedder.dimensions,
            embedding=vector, document=document, active=True, niches=template.niches,
            aspect=template.aspect, layout=template.layout, face_count=template.face_count,
            text_amount=template.text_amount,
        ))
        await ensure_index(session, embedder.model_name, embedder.dimensions)
    return Ingested(template.id, template.slug, template.name, template.niches, template.layout,
                    key)


def _aspect_label(width: int, height: int) -> str | None:
    from render.sizes import aspect_of

    aspect = aspect_of(width, height)
    return str(aspect.value) if aspect is not None else None


async def count_templates(session: AsyncSession) -> int:
    return int((await session.scalar(select(func.count()).select_from(Template))) or 0)
