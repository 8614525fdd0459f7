"""First-run seeding: the generated starter library goes through the same ingestion as uploads."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable

from sqlalchemy import select

from admin.ingest import TemplateInput, ingest
from admin.starter_library import starter_templates
from render.compositor import render_preview
from render.spec import TemplateSpec
from services import Services
from storage.models import Template

Progress = Callable[[int, int, str], None]


def preview_png(spec: TemplateSpec) -> bytes:
    image, _truth = render_preview(spec)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=3)
    return buffer.getvalue()


async def seed_starter_library(services: Services, progress: Progress | None = None,
                               should_stop: Callable[[], bool] = lambda: False) -> int:
    """Ingest every starter template not yet in the library; returns how many were added.

    Each template is its own transaction, so stopping half-way (`should_stop`) leaves a
    consistent library that the next run completes.
    """
    async with services.sessions() as session:
        present = set((await session.scalars(
            select(Template.slug).where(Template.source == "starter"))).all())
    specs = [s for s in starter_templates() if s.id not in present]
    added = 0
    for done, spec in enumerate(specs, start=1):
        if should_stop():
            break
        data = await asyncio.to_thread(preview_png, spec)
        await ingest(services, TemplateInput(
            data=data, filename=f"{spec.id}.png", niches=[str(n) for n in spec.niches],
            name=spec.name, slug=spec.id, spec=spec, source="starter"))
        added += 1
        if progress:
            progress(done, len(specs), spec.id)
    return added
