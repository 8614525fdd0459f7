"""Tools: a creator's credit balance and the price of an action."""

from __future__ import annotations

import uuid

from routix.services import Services
from storage import ledger


async def credit_balance(services: Services, user_id: uuid.UUID) -> int:
    async with services.sessions() as session:
        return await ledger.balance(session, user_id)


def price(services: Services, kind: str, images: int) -> int:
    """Generate and vary are priced per job (four images); the rest per image."""
    unit = services.settings.price_of(kind)
    return unit if kind in ("generate", "vary") else unit * images
