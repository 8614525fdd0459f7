"""Tools: a creator's credit balance and the price of an action."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kernel.settings import Settings
from storage import ledger

PRICED = ("generate", "vary", "refine", "upscale", "resize")


async def credit_balance(sessions: async_sessionmaker[AsyncSession], user_id: uuid.UUID) -> int:
    """The creator's spendable credits."""
    async with sessions() as session:
        return await ledger.balance(session, user_id)


def price(settings: Settings, kind: str, images: int) -> int:
    """Generate and vary are priced per job (four images); the rest per image."""
    unit = settings.price_of(kind)
    return unit if kind in ("generate", "vary") else unit * images


def price_list(settings: Settings) -> dict[str, int]:
    """What each action costs: a set of four (generate), more like one (vary), one change…"""
    return {kind: price(settings, kind, 1) for kind in PRICED}
