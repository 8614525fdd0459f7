"""Find the templates that fit a request: vector k-NN with filters, then a DNA re-rank."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from embeddings.protocol import Embedder
from library.rerank import Candidate, DesignWants, rank
from storage.models import Template
from storage.vector_index import FaceFilter, IndexFilters, knn

CANDIDATE_POOL = 5  # fetch k × this many neighbours for the re-rank to choose from


@dataclass(frozen=True)
class TemplateQuery:
    text: str
    k: int = 4
    niches: Sequence[str] = ()
    aspect: str | None = None
    faces: FaceFilter = "any"
    text_amounts: Sequence[str] = ()
    layouts: Sequence[str] = ()
    wants: DesignWants = field(default_factory=DesignWants)
    exclude_ids: Sequence[uuid.UUID] = ()
    include_inactive: bool = False


@dataclass(frozen=True)
class TemplateHit:
    """One result. Internal: template ids and names never reach a creator."""

    template_id: uuid.UUID
    slug: str
    name: str
    niches: list[str]
    layout: str
    score: float
    similarity: float
    fit: float | None
    why: str


async def search_templates(
    sessions: async_sessionmaker[AsyncSession], embedder: Embedder, query: TemplateQuery
) -> list[TemplateHit]:
    """The best `k` templates. Niches named in the wishes (not as a filter) act as a soft
    filter: templates of those niches come first, others only fill the remaining places."""
    vector = await asyncio.to_thread(embedder.embed_query, query.text)
    filters = IndexFilters(
        niches=query.niches, aspect=query.aspect, faces=query.faces,
        text_amounts=query.text_amounts, layouts=query.layouts,
        include_inactive=query.include_inactive, exclude_ids=query.exclude_ids,
    )
    wants = query.wants
    if query.niches and not wants.niches:
        wants = replace(wants, niches=query.niches)
    pool = max(query.k * CANDIDATE_POOL, 20)
    async with sessions.begin() as session:
        found = await _neighbours(session, embedder, vector, filters, pool)
        if wants.niches and not query.niches:
            preferred = replace(filters, niches=wants.niches)
            found = {**found, **await _neighbours(session, embedder, vector, preferred, pool)}
        rows = (await session.scalars(select(Template).where(Template.id.in_(found)))).all()
    hits = []
    for template in rows:
        ranked = rank(_candidate(template, 1 - found[template.id]), wants)
        hits.append(TemplateHit(
            template_id=template.id, slug=template.slug, name=template.name,
            niches=list(template.niches), layout=template.layout, score=ranked.score,
            similarity=ranked.similarity, fit=ranked.fit, why=ranked.why,
        ))
    wanted = set(wants.niches)
    hits.sort(key=lambda h: (bool(wanted & set(h.niches)), h.score), reverse=True)
    return hits[: query.k]


async def _neighbours(session: AsyncSession, embedder: Embedder, vector: list[float],
                      filters: IndexFilters, limit: int) -> dict[uuid.UUID, float]:
    neighbours = await knn(session, model=embedder.model_name, dimensions=embedder.dimensions,
                           query=vector, filters=filters, limit=limit)
    return {n.template_id: n.distance for n in neighbours}


def _candidate(template: Template, similarity: float) -> Candidate:
    dna = template.dna or {}
    palette = [s["hex"] for s in dna.get("palette", []) if "hex" in s]
    found = dna.get("elements", {})
    elements = [name for name in ("arrows", "circles", "badges", "emoji") if found.get(name)]
    if found.get("has_number"):
        elements.append("number")
    return Candidate(
        similarity=similarity,
        niches=list(template.niches),
        layout=template.layout,
        energy=template.energy,
        palette=palette,
        face_count=template.face_count,
        elements=elements,
    )
