"""Credits never go negative and every job is charged or refunded exactly once."""

import asyncio
import uuid

import pytest
from sqlalchemy import func, select

from kernel.errors import InsufficientCredits
from storage import ledger
from storage.models import CreditEntry, Generation, GenerationStatus, LedgerKind, User

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def new_user(services, credits: int) -> uuid.UUID:
    async with services.sessions.begin() as s:
        user = User(email=f"{uuid.uuid4()}@example.com", display_name="t")
        s.add(user)
        await s.flush()
        if credits:
            await ledger.grant(s, user.id, credits, note="test")
        return user.id


async def new_generation(session, user_id: uuid.UUID, price: int) -> uuid.UUID:
    gid = uuid.uuid4()
    session.add(Generation(id=gid, user_id=user_id, kind="generate", price=price,
                           status=GenerationStatus.QUEUED, request={}))
    await session.flush()
    return gid


async def spend(services, user_id, price=1) -> bool:
    try:
        async with services.sessions.begin() as s:
            gid = await new_generation(s, user_id, price)
            await ledger.reserve(s, user_id, gid, price)
        return True
    except InsufficientCredits:
        return False


async def test_200_concurrent_spends_against_10_credits(fresh_services):
    user_id = await new_user(fresh_services, 10)
    results = await asyncio.gather(*(spend(fresh_services, user_id) for _ in range(200)))
    assert sum(results) == 10
    async with fresh_services.sessions() as s:
        assert await ledger.balance(s, user_id) == 0
        lowest = await s.scalar(select(func.min(CreditEntry.balance_after))
                                .where(CreditEntry.user_id == user_id))
        reserves = await s.scalar(select(func.count()).where(
            CreditEntry.user_id == user_id, CreditEntry.kind == LedgerKind.RESERVE))
    assert lowest == 0 and reserves == 10


async def test_not_enough_credits_says_balance_and_price_and_moves_nothing(fresh_services):
    user_id = await new_user(fresh_services, 3)
    with pytest.raises(InsufficientCredits) as refused:
        async with fresh_services.sessions.begin() as s:
            gid = await new_generation(s, user_id, 4)
            await ledger.reserve(s, user_id, gid, 4)
    assert refused.value.user_message == "This needs 4 credits and your balance is 3."
    async with fresh_services.sessions() as s:
        assert await ledger.balance(s, user_id) == 3
        assert await s.scalar(select(func.count()).select_from(Generation)
                              .where(Generation.user_id == user_id)) == 0


async def test_capture_and_refund_happen_once_whatever_the_order(fresh_services):
    user_id = await new_user(fresh_services, 10)
    async with fresh_services.sessions.begin() as s:
        gid = await new_generation(s, user_id, 4)
        await ledger.reserve(s, user_id, gid, 4)
    outcomes = []
    for attempt in (ledger.refund, ledger.refund, ledger.capture, ledger.refund):
        async with fresh_services.sessions.begin() as s:
            outcomes.append(await attempt(s, gid))
    assert outcomes == [True, False, False, False]
    async with fresh_services.sessions() as s:
        assert await ledger.balance(s, user_id) == 10


async def test_concurrent_refunds_pay_back_once(fresh_services):
    user_id = await new_user(fresh_services, 10)
    async with fresh_services.sessions.begin() as s:
        gid = await new_generation(s, user_id, 5)
        await ledger.reserve(s, user_id, gid, 5)

    async def refund_once():
        try:
            async with fresh_services.sessions.begin() as s:
                return await ledger.refund(s, gid)
        except RuntimeError:
            return False

    results = await asyncio.gather(*(refund_once() for _ in range(20)))
    assert sum(results) == 1
    async with fresh_services.sessions() as s:
        assert await ledger.balance(s, user_id) == 10
