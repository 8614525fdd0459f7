"""Paid render jobs: create (reserve credits + row in one transaction), enqueue, cancel.

A generation's credits are reserved with its row; the worker captures them on success and
refunds them on failure, timeout or cancellation (jobs/render_job.py) — each movement in the
same transaction as the status change it pays for.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from datetime import UTC, datetime
from typing import Any, Literal

from arq.constants import health_check_key_suffix
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.ext.asyncio import AsyncSession

from jobs.events import EventPublisher
from kernel.errors import NotFound, ServiceUnavailable
from render.recipe import RenderRecipe
from services import QUEUE_NAME, Services
from storage import ledger
from storage.models import Generation, GenerationStatus

Kind = Literal["generate", "vary", "refine", "upscale", "resize"]
HEARTBEAT_SECONDS = 2
ACTIVE = (GenerationStatus.QUEUED, GenerationStatus.RUNNING)


class GenerationRequest(BaseModel):
    """What a job renders: one recipe per output image. Stored on the generation row."""

    model_config = ConfigDict(frozen=True)

    kind: Kind
    recipes: list[RenderRecipe] = Field(min_length=1, max_length=8)
    template_ids: list[str | None] = Field(default_factory=list)  # internal, parallel to recipes
    parent_asset_id: str | None = None
    # What the request is about (topic, mood, colours, energy): remote art prompts use it.
    brief: dict[str, Any] = Field(default_factory=dict)


async def worker_alive(services: Services, *, wait: float = 0) -> bool:
    """True once a render worker's heartbeat (arq's health-check key) is fresh, polling for up
    to `wait` seconds: a worker that is just starting counts, none at all does not."""
    queue = await services.queue()
    deadline = time.monotonic() + wait
    while True:
        if await queue.exists(QUEUE_NAME + health_check_key_suffix):
            return True
        if time.monotonic() >= deadline:
            return False
        await asyncio.sleep(0.2)


def job_id(generation_id: uuid.UUID) -> str:
    """arq refuses a second job with the same id: one generation, one job, however often sent."""
    return f"generation:{generation_id}"


async def create_generation(services: Services, *, user_id: uuid.UUID, thread_id: str | None,
                            request: GenerationRequest, price: int,
                            generation_id: uuid.UUID | None = None) -> uuid.UUID:
    """Reserve credits and queue the job; raises InsufficientCredits with nothing moved."""
    gid = generation_id or uuid.uuid4()
    async with services.sessions.begin() as session:
        session.add(Generation(id=gid, user_id=user_id, thread_id=thread_id, kind=request.kind,
                               status=GenerationStatus.QUEUED, price=price,
                               request=request.model_dump(mode="json"), provider="local"))
        await session.flush()
        await ledger.reserve(session, user_id, gid, price)
    try:
        queue = await services.queue()
        await queue.enqueue_job("render_generation", str(gid), _job_id=job_id(gid))
        await EventPublisher(queue, str(gid)).publish("queued", total=len(request.recipes),
                                                      message="Queued")
    except Exception as exc:
        await fail_generation(services, gid, "The render queue is not reachable; your credits "
                                             "were refunded.")
        raise ServiceUnavailable("The render queue is not reachable right now; nothing was "
                                 "charged. Try again in a moment.") from exc
    return gid


async def fail_generation(services: Services, generation_id: uuid.UUID, reason: str,
                          status: GenerationStatus = GenerationStatus.FAILED) -> bool:
    """Mark failed (or canceled) and refund, once; False if it had already finished."""
    async with services.sessions.begin() as session:
        generation = await _locked(session, generation_id)
        if generation.status not in ACTIVE:
            return False
        generation.status = status
        generation.error = reason
        generation.finished_at = datetime.now(UTC)
        await ledger.refund(session, generation_id, note=reason)
    return True


async def cancel_generation(services: Services, user_id: uuid.UUID,
                            generation_id: uuid.UUID) -> bool:
    """Stop a queued or running job and refund it; the worker notices between images."""
    async with services.sessions() as session:
        generation = await session.get(Generation, generation_id)
        if generation is None or generation.user_id != user_id:
            raise NotFound("There is no such job.")
    canceled = await fail_generation(services, generation_id, "Canceled by you.",
                                     GenerationStatus.CANCELED)
    if canceled:
        queue = await services.queue()
        await EventPublisher(queue, str(generation_id)).publish(
            "canceled", message="Canceled; your credits were refunded.")
    return canceled


async def _locked(session: AsyncSession, generation_id: uuid.UUID) -> Generation:
    generation = await session.get(Generation, generation_id, with_for_update=True)
    if generation is None:
        raise NotFound("There is no such job.")
    return generation
