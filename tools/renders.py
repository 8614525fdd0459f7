"""Tools: start a paid render job, and read what a job or a result is."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from agent.events import Compliance, ImageEvent
from jobs.generations import GenerationRequest, create_generation
from render.recipe import RenderRecipe
from routix.errors import NotFound
from routix.services import Services
from storage.models import Asset, Generation


async def start_render(services: Services, *, user_id: uuid.UUID, thread_id: str, kind: str,
                       planned: list[tuple[str | None, RenderRecipe]], price: int,
                       generation_id: uuid.UUID, parent_asset_id: str | None = None,
                       brief: dict | None = None) -> uuid.UUID:
    """Reserve credits and queue; calling again with the same id does not charge twice."""
    async with services.sessions() as session:
        if await session.get(Generation, generation_id) is not None:
            return generation_id  # a resumed turn re-running this step
    request = GenerationRequest(kind=kind, recipes=[r for _, r in planned],
                                template_ids=[t for t, _ in planned],
                                parent_asset_id=parent_asset_id, brief=brief or {})
    return await create_generation(services, user_id=user_id, thread_id=thread_id,
                                   request=request, price=price, generation_id=generation_id)


async def job_status(services: Services, user_id: uuid.UUID, generation_id: uuid.UUID) -> str:
    async with services.sessions() as session:
        generation = await session.get(Generation, generation_id)
        if generation is None or generation.user_id != user_id:
            raise NotFound("There is no such job.")
        return str(generation.status)


async def image_event(services: Services, user_id: uuid.UUID, asset_id: uuid.UUID,
                      title: str = "") -> ImageEvent:
    """What a creator may know about one of their results (no template facts)."""
    async with services.sessions() as session:
        asset = await session.scalar(select(Asset).where(Asset.id == asset_id,
                                                         Asset.user_id == user_id))
    if asset is None:
        raise NotFound("That image does not exist.")
    report = asset.compliance or {}
    return ImageEvent(
        asset_id=str(asset.id), generation_id=str(asset.generation_id), position=asset.position,
        url=services.objects.url(asset.object_key), width=asset.width, height=asset.height,
        aspect=str(report.get("aspect") or ""), content_type=asset.content_type,
        byte_size=asset.byte_size,
        compliance=Compliance(ok=bool(report.get("ok")), problems=report.get("reasons", [])),
        title=title)


async def result_recipe(services: Services, user_id: uuid.UUID, asset_id: str
                        ) -> tuple[RenderRecipe, str | None]:
    """A result's stored recipe (to refine, vary, upscale or resize it) and its template id."""
    async with services.sessions() as session:
        asset = await session.scalar(select(Asset).where(Asset.id == uuid.UUID(asset_id),
                                                         Asset.user_id == user_id))
    if asset is None:
        raise NotFound("That image does not exist.")
    template_id = str(asset.template_id) if asset.template_id else None
    return RenderRecipe.model_validate(asset.spec), template_id
