"""Operator actions on the library: list, show, disable, re-embed. Each one audited."""

from __future__ import annotations

import asyncio
import uuid

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from admin.audit import record
from kernel.errors import NotFound
from services import Services
from storage.models import Template, TemplateEmbedding, TemplateStatus
from storage.vector_index import ensure_index


async def list_templates(services: Services, *, include_disabled: bool = True) -> list[Template]:
    async with services.sessions() as session:
        query = select(Template).order_by(Template.created_at, Template.slug)
        if not include_disabled:
            query = query.where(Template.status == TemplateStatus.ACTIVE)
        return list((await session.scalars(query)).all())


async def find_template(session: AsyncSession, ref: str) -> Template:
    """By id or slug."""
    try:
        template = await session.get(Template, uuid.UUID(ref))
    except ValueError:
        template = await session.scalar(select(Template).where(Template.slug == ref))
    if template is None:
        raise NotFound(f"No template with id or slug {ref!r}.")
    return template


async def get_template(services: Services, ref: str) -> Template:
    async with services.sessions() as session:
        return await find_template(session, ref)


async def set_status(services: Services, ref: str, status: TemplateStatus) -> Template:
    """Disable (or re-enable) a template; search stops (or starts) returning it at once."""
    async with services.sessions.begin() as session:
        template = await find_template(session, ref)
        template.status = status
        await session.execute(update(TemplateEmbedding)
                              .where(TemplateEmbedding.template_id == template.id)
                              .values(active=status == TemplateStatus.ACTIVE))
        record(session, action=f"template.{'enable' if status == 'active' else 'disable'}",
               target_type="template", target_id=str(template.id),
               details={"slug": template.slug})
    return template


async def reembed_all(services: Services, batch: int = 32) -> int:
    """Embed every template's DNA description with the current embedder (replacing old rows)."""
    embedder = services.embedder
    templates = await list_templates(services)
    for start in range(0, len(templates), batch):
        chunk = templates[start : start + batch]
        vectors = await asyncio.to_thread(embedder.embed_documents,
                                          [t.description for t in chunk])
        async with services.sessions.begin() as session:
            ids = [t.id for t in chunk]
            await session.execute(delete(TemplateEmbedding).where(
                TemplateEmbedding.template_id.in_(ids),
                TemplateEmbedding.model == embedder.model_name))
            for template, vector in zip(chunk, vectors, strict=True):
                session.add(TemplateEmbedding(
                    template_id=template.id, model=embedder.model_name,
                    dimensions=embedder.dimensions, embedding=vector,
                    document=template.description,
                    active=template.status == TemplateStatus.ACTIVE, niches=template.niches,
                    aspect=template.aspect, layout=template.layout,
                    face_count=template.face_count, text_amount=template.text_amount))
            await ensure_index(session, embedder.model_name, embedder.dimensions)
    async with services.sessions.begin() as session:
        record(session, action="templates.reembed", target_type="library",
               details={"model": embedder.model_name, "count": len(templates)})
    return len(templates)
