"""The worker's render job: recipes → images → object store + asset rows → capture credits.

Idempotent by construction: a finished generation is skipped, an image whose asset row exists
is not rendered again (a retry after a SIGKILL resumes where the dead worker stopped), and the
capture happens once, in the transaction that marks the generation succeeded.
"""

from __future__ import annotations

import asyncio
import io
import logging
import uuid
from datetime import UTC, datetime
from typing import Any

from arq import Retry
from PIL import Image
from sqlalchemy import select

from jobs.events import EventPublisher
from jobs.generations import ACTIVE, GenerationRequest, fail_generation
from kernel.errors import InvalidUpload, ProviderTimeout, RoutixError, TransientProviderError
from render.provider import render_recipe
from render.recipe import RenderRecipe
from services import Services
from storage import ledger
from storage.models import Asset, Generation, GenerationStatus

log = logging.getLogger("routix.worker")


async def render_generation(ctx: dict[str, Any], generation_id: str) -> str:
    services: Services = ctx["services"]
    gid = uuid.UUID(generation_id)
    events = EventPublisher(ctx["redis"], generation_id)
    generation = await _start(services, gid)
    if generation is None:
        return "skipped: already finished"
    request = GenerationRequest.model_validate(generation.request)
    total = len(request.recipes)
    await events.publish("started", total=total, message="Rendering started")
    try:
        finished = await asyncio.wait_for(
            _art_then_render(services, events, generation, request),
            timeout=services.settings.job_deadline())
    except TimeoutError:
        return await _fail(services, events, gid, ProviderTimeout(
            "Rendering took too long and was stopped; your credits were refunded.").user_message)
    except TransientProviderError as exc:
        if ctx.get("job_try", 1) < services.settings.job_max_tries:
            await events.publish("step", message=f"{exc.user_message} Retrying…", total=total)
            raise Retry(defer=0.5 * ctx.get("job_try", 1)) from exc
        return await _fail(services, events, gid, exc.user_message)
    except RoutixError as exc:
        return await _fail(services, events, gid, exc.user_message)
    except Exception:
        log.exception("render job %s failed", generation_id)
        return await _fail(services, events, gid,
                           "Rendering failed unexpectedly; your credits were refunded.")
    if not finished:
        return "canceled"
    if await _succeed(services, gid):
        await events.publish("done", percent=100, done=total, total=total, message="Done")
        return "succeeded"
    return "canceled"


async def _start(services: Services, gid: uuid.UUID) -> Generation | None:
    async with services.sessions.begin() as session:
        generation = await session.get(Generation, gid, with_for_update=True)
        if generation is None or generation.status not in ACTIVE:
            return None
        generation.status = GenerationStatus.RUNNING
        generation.attempts += 1
        generation.started_at = generation.started_at or datetime.now(UTC)
        return generation


async def _art_then_render(services: Services, events: EventPublisher, generation: Generation,
                           request: GenerationRequest) -> bool:
    from jobs.art import with_art  # loads the Midjourney client only where it is used

    request = await with_art(services, generation.id, request, events)
    return await _render_all(services, events, generation, request)


async def _render_all(services: Services, events: EventPublisher, generation: Generation,
                      request: GenerationRequest) -> bool:
    """Render every missing image; False if the generation was canceled meanwhile."""
    total = len(request.recipes)
    done = await _existing_positions(services, generation.id)
    for index, recipe in enumerate(request.recipes):
        position = index + 1
        if position in done:
            continue
        if not await _still_active(services, generation.id):
            return False
        await events.publish("step", done=len(done), total=total,
                             percent=int(100 * len(done) / total),
                             message=f"Rendering {position}/{total}")
        template_id = request.template_ids[index] if index < len(request.template_ids) else None
        asset_id = await _render_one(services, generation, recipe, position, template_id)
        done.add(position)
        await events.publish("image", done=len(done), total=total,
                             percent=int(100 * len(done) / total), asset_id=str(asset_id),
                             position=position, message=f"Image {position}/{total} ready")
    return True


async def _render_one(services: Services, generation: Generation, recipe: RenderRecipe,
                      position: int, template_id: str | None) -> uuid.UUID:
    subject = await _load_subject(services, recipe.subject_key) if recipe.subject_key else None
    background = None
    if recipe.background_key:
        background = Image.open(io.BytesIO(await services.objects.get(recipe.background_key)))
        background.load()
    # Pillow work is CPU-bound: keep it off the event loop.
    result = await asyncio.to_thread(render_recipe, recipe, subject, background)
    data, report = result.data, result.compliance
    key = await services.objects.put(data, content_type="image/jpeg", prefix="renders")
    asset_id = uuid.uuid4()
    async with services.sessions.begin() as session:
        session.add(Asset(
            id=asset_id, generation_id=generation.id, user_id=generation.user_id,
            position=position, object_key=key, content_type="image/jpeg", width=report.width,
            height=report.height, byte_size=len(data),
            template_id=uuid.UUID(template_id) if template_id else None,
            spec=recipe.model_dump(mode="json"), compliance=report.model_dump(mode="json")))
    return asset_id


async def _load_subject(services: Services, key: str) -> Image.Image:
    data = await services.objects.get(key)
    try:
        subject = Image.open(io.BytesIO(data))
        subject.load()
    except (OSError, SyntaxError, ValueError) as exc:
        raise InvalidUpload("Your photo could not be read, so nothing was rendered; your "
                            "credits were refunded.") from exc
    return subject


async def _existing_positions(services: Services, gid: uuid.UUID) -> set[int]:
    async with services.sessions() as session:
        rows = await session.scalars(select(Asset.position).where(Asset.generation_id == gid))
        return set(rows.all())


async def _still_active(services: Services, gid: uuid.UUID) -> bool:
    async with services.sessions() as session:
        status = await session.scalar(select(Generation.status).where(Generation.id == gid))
        return status in ACTIVE


async def _succeed(services: Services, gid: uuid.UUID) -> bool:
    async with services.sessions.begin() as session:
        generation = await session.get(Generation, gid, with_for_update=True)
        if generation is None or generation.status != GenerationStatus.RUNNING:
            return False  # canceled meanwhile: already refunded
        generation.status = GenerationStatus.SUCCEEDED
        generation.finished_at = datetime.now(UTC)
        await ledger.capture(session, gid)
        return True


async def _fail(services: Services, events: EventPublisher, gid: uuid.UUID, reason: str) -> str:
    if await fail_generation(services, gid, reason):
        await events.publish("failed", message=reason)
    return f"failed: {reason}"
