"""Tool: find designs for a request (template search) — internal results, never shown as-is."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from agent.intent import Intent
from embeddings.protocol import Embedder
from library.rerank import DesignWants
from library.search import TemplateQuery, search_templates
from library.wants import read_wants
from render.spec import TemplateSpec
from storage.models import Template


@dataclass(frozen=True)
class Design:
    """A template chosen for a request. Internal: ids and names stay on the server."""

    template_id: str
    spec: TemplateSpec
    why: str


def query_text(intent: Intent) -> str:
    """What the request means, in words the template descriptions are written in."""
    parts = [intent.topic or intent.headline or "", " ".join(intent.niches),
             " ".join(intent.mood), (intent.layout or "").replace("_", " ")]
    if intent.energy and intent.energy >= 7:
        parts.append("high energy bold")
    return " ".join(p for p in parts if p).strip() or "bold YouTube thumbnail"


async def find_designs(sessions: async_sessionmaker[AsyncSession], embedder: Embedder,
                       intent: Intent, *, k: int = 4,
                       exclude: list[str] | None = None, brand_colours: list[str] | None = None,
                       has_photo: bool = False) -> list[Design]:
    """The `k` templates that best fit the intent (with a layer spec to render).

    Without a photo and without a face wish, faceless designs come first: a stand-in person
    is a stand-in, not something a creator would post.
    """
    read = read_wants(intent.topic or "")
    wants = DesignWants(layout=intent.layout, colours=intent.colours or brand_colours or [],
                        energy=intent.energy, niches=intent.niches or read.niches,
                        elements=read.wants.elements)
    faces = "some" if (intent.wants_face or intent.use_photo or has_photo) else "none"
    query = TemplateQuery(text=query_text(intent), k=k, wants=wants, faces=faces,
                          exclude_ids=[uuid.UUID(t) for t in exclude or []])
    hits = await search_templates(sessions, embedder, query)
    if len(hits) < k and intent.wants_face is None:  # too few: top up with any design
        more = await search_templates(sessions, embedder, TemplateQuery(
            text=query.text, k=k - len(hits), wants=wants,
            exclude_ids=[*query.exclude_ids, *(h.template_id for h in hits)]))
        hits = [*hits, *more]
    ids = [h.template_id for h in hits]
    async with sessions() as session:
        rows = {t.id: t for t in (await session.scalars(
            select(Template).where(Template.id.in_(ids), Template.spec.is_not(None)))).all()}
    return [Design(str(h.template_id), TemplateSpec.model_validate(rows[h.template_id].spec),
                   h.why) for h in hits if h.template_id in rows]
