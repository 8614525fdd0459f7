"""Tools: start a paid render job, follow it, and read what a job or a result is."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from agent.events import Compliance, ImageEvent
from jobs.events import JobEvent, follow
from jobs.generations import (
    GenerationRequest,
    Kind,
    create_generation,
    fail_generation,
    worker_alive,
)
from kernel.errors import NotFound, ServiceUnavailable
from render.recipe import RenderRecipe
from services import Services
from storage.models import Asset, Generation
from storage.objects import AsyncObjectStore

Sessions = async_sessionmaker[AsyncSession]
NO_WORKER = ("No render worker is running, so nothing was charged. Start one with `routix worker` "
             "(or run `routix up`) and try again.")
UNPICKED = "No worker took this render in time; its credits were refunded."


@dataclass(frozen=True)
class Delivered:
    """One image a finished job made."""

    asset_id: str
    position: int
    size: str


async def start_render(services: Services, *, user_id: uuid.UUID, thread_id: str, kind: Kind,
                       planned: list[tuple[str | None, RenderRecipe]], price: int,
                       generation_id: uuid.UUID, brief: dict[str, object] | None = None
                       ) -> uuid.UUID:
    """Reserve credits and queue; calling again with the same id does not charge twice."""
    async with services.sessions() as session:
        if await session.get(Generation, generation_id) is not None:
            return generation_id  # a resumed turn re-running this step
    if not await worker_alive(services, wait=services.settings.worker_wait_seconds):
        raise ServiceUnavailable(NO_WORKER, key="no_worker")
    request = GenerationRequest(kind=kind, recipes=[r for _, r in planned],
                                template_ids=[t for t, _ in planned], brief=brief or {})
    return await create_generation(services, user_id=user_id, thread_id=thread_id,
                                   request=request, price=price, generation_id=generation_id)


async def follow_render(services: Services, generation_id: str) -> AsyncIterator[JobEvent]:
    """A job's progress events until it ends (late followers get the earlier ones first)."""
    queue = await services.queue()
    async for event in follow(queue, generation_id,
                              timeout=services.settings.job_deadline()
                              + services.settings.job_pickup_grace_seconds):
        yield event


async def give_up(services: Services, generation_id: str) -> bool:
    """Refund a job nobody finished within its deadline; False if it had already ended."""
    return await fail_generation(services, uuid.UUID(generation_id), UNPICKED)


async def delivered(sessions: Sessions, generation_id: str) -> list[Delivered]:
    """The images a finished job made, in order."""
    async with sessions() as session:
        assets = (await session.scalars(select(Asset).where(
            Asset.generation_id == uuid.UUID(generation_id)).order_by(Asset.position))).all()
    return [Delivered(str(a.id), a.position, a.spec.get("size", "youtube")) for a in assets]


async def job_status(sessions: Sessions, user_id: uuid.UUID, generation_id: uuid.UUID) -> str:
    """queued, running, done, failed or canceled, for one of the creator's jobs."""
    async with sessions() as session:
        generation = await session.get(Generation, generation_id)
        if generation is None or generation.user_id != user_id:
            raise NotFound("There is no such job.")
        return str(generation.status)


async def latest_status(sessions: Sessions, user_id: uuid.UUID, thread_id: str) -> str:
    """The status of the creator's latest job in a thread, or "none"."""
    async with sessions() as session:
        status = await session.scalar(
            select(Generation.status).where(Generation.user_id == user_id,
                                            Generation.thread_id == thread_id)
            .order_by(Generation.created_at.desc()).limit(1))
    return str(status) if status is not None else "none"


async def image_event(sessions: Sessions, objects: AsyncObjectStore, user_id: uuid.UUID,
                      asset_id: uuid.UUID, *, title: str = "", language: str = "en"
                      ) -> ImageEvent:
    """What a creator may know about one of their results (no template facts)."""
    async with sessions() as session:
        asset = await session.scalar(select(Asset).where(Asset.id == asset_id,
                                                         Asset.user_id == user_id))
    if asset is None:
        raise NotFound("That image does not exist.")
    report = asset.compliance or {}
    return ImageEvent(
        asset_id=str(asset.id), generation_id=str(asset.generation_id), position=asset.position,
        url=objects.url(asset.object_key), width=asset.width, height=asset.height,
        aspect=str(report.get("aspect") or ""), content_type=asset.content_type,
        byte_size=asset.byte_size,
        compliance=Compliance(ok=bool(report.get("ok")), problems=report.get("reasons", [])),
        title=title, language=language)


async def result_recipe(sessions: Sessions, user_id: uuid.UUID, asset_id: str
                        ) -> tuple[RenderRecipe, str | None]:
    """A result's stored recipe (to refine, vary, upscale or resize it) and its template id."""
    async with sessions() as session:
        asset = await session.scalar(select(Asset).where(Asset.id == uuid.UUID(asset_id),
                                                         Asset.user_id == user_id))
    if asset is None:
        raise NotFound("That image does not exist.")
    template_id = str(asset.template_id) if asset.template_id else None
    return RenderRecipe.model_validate(asset.spec), template_id
