"""Shared steps for the render-queue tests: users, jobs, and reading a job's story."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from admin.starter_library import starter_templates
from jobs.events import follow
from jobs.generations import GenerationRequest, create_generation
from render.recipe import RenderRecipe
from storage import ledger
from storage.models import Asset, CreditEntry, LedgerKind, User


async def new_user(services, credits: int = 50) -> uuid.UUID:
    async with services.sessions.begin() as s:
        user = User(email=f"{uuid.uuid4()}@example.com", display_name="t")
        s.add(user)
        await s.flush()
        await ledger.grant(s, user.id, credits, note="test")
        return user.id


def recipes(count: int, **overrides) -> list[RenderRecipe]:
    specs = starter_templates()
    return [RenderRecipe(spec=specs[i % len(specs)], headline="10 Python tricks",
                         emphasis="Python", **overrides) for i in range(count)]


async def submit(services, user_id, count=4, **overrides) -> uuid.UUID:
    request = GenerationRequest(kind="generate", recipes=recipes(count, **overrides))
    return await create_generation(services, user_id=user_id, thread_id=None, request=request,
                                   price=count)


async def story(services, gid: uuid.UUID, timeout: float = 120):
    """Every event of the job, replayed and then live, up to the final one."""
    queue = await services.queue()
    return [e async for e in follow(queue, str(gid), timeout=timeout)]


async def ledger_kinds(services, gid: uuid.UUID) -> list[str]:
    async with services.sessions() as s:
        rows = await s.scalars(select(CreditEntry.kind).where(CreditEntry.generation_id == gid)
                               .order_by(CreditEntry.id))
        return [str(k) for k in rows.all()]


async def asset_count(services, gid: uuid.UUID) -> int:
    async with services.sessions() as s:
        return int(await s.scalar(select(func.count()).where(Asset.generation_id == gid)))


async def balance(services, user_id) -> int:
    async with services.sessions() as s:
        return await ledger.balance(s, user_id)


__all__ = ["LedgerKind", "asset_count", "balance", "ledger_kinds", "new_user", "recipes",
           "story", "submit"]
