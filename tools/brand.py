"""Tools: a creator's brand kit and learned preferences (long-term memory)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from agent.intent import Refinement, RefineOp
from memory import brand_kit


@dataclass(frozen=True)
class Brand:
    """What a request may use from the creator's memory."""

    colours: list[str] = field(default_factory=list)
    face_key: str | None = None
    summary: str | None = None  # in words, for a brain: "channel TechWithTia, colours …"
    defaults: list[Refinement] = field(default_factory=list)  # changes asked for repeatedly


async def load_brand(sessions: async_sessionmaker[AsyncSession], user_id: uuid.UUID) -> Brand:
    async with sessions() as session:
        kit = await brand_kit.load(session, user_id)
    if kit is None:
        return Brand()
    return Brand(colours=list(kit.colours or []), face_key=kit.face_key,
                 summary=brand_kit.summary(kit),
                 defaults=[Refinement(op=RefineOp(op), value=value)
                           for op, value in brand_kit.defaults(kit)])


async def save_brand(sessions: async_sessionmaker[AsyncSession], user_id: uuid.UUID, *,
                     channel_name: str | None, colours: list[str], niche: str | None,
                     face_key: str | None) -> str | None:
    """Change only what was given; the kit in words afterwards."""
    async with sessions.begin() as session:
        kit = await brand_kit.update(session, user_id, channel_name=channel_name,
                                     colours=colours, niche=niche, face_key=face_key)
        return brand_kit.summary(kit)


async def remember_refinements(sessions: async_sessionmaker[AsyncSession], user_id: uuid.UUID,
                               refinements: list[Refinement]) -> None:
    """Count what the creator asked to change, so repeated wishes become defaults."""
    async with sessions.begin() as session:
        for refinement in refinements:
            await brand_kit.learn(session, user_id, str(refinement.op), refinement.value)


async def forget_preferences(sessions: async_sessionmaker[AsyncSession],
                             user_id: uuid.UUID) -> None:
    async with sessions.begin() as session:
        await brand_kit.forget(session, user_id)
