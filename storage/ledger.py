"""Credits: every movement is a ledger row written in the caller's transaction.

The balance lives on `users.credit_balance` (CHECK ≥ 0) so a spend is one guarded UPDATE that
cannot overdraw under any concurrency; the ledger row beside it records the movement with the
balance after it. A generation is reserved once and settled once (capture or refund), enforced
by partial unique indexes, so retries and duplicate deliveries cannot double-charge or
double-refund.

Callers own the transaction: `async with sessions.begin() as session: await reserve(...)`.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.errors import InsufficientCredits, NotFound
from storage.models import CreditEntry, LedgerKind, User


async def balance(session: AsyncSession, user_id: uuid.UUID) -> int:
    value = await session.scalar(select(User.credit_balance).where(User.id == user_id))
    if value is None:
        raise NotFound("That account does not exist.")
    return int(value)


async def grant(session: AsyncSession, user_id: uuid.UUID, amount: int, *, note: str = "",
                kind: LedgerKind = LedgerKind.GRANT, reference: str | None = None) -> int:
    """Add credits (gift, purchase, admin adjustment); returns the new balance."""
    if amount <= 0 and kind != LedgerKind.ADJUST:
        raise ValueError("a grant must add credits")
    new = await _move(session, user_id, amount)
    session.add(CreditEntry(user_id=user_id, kind=kind, delta=amount, balance_after=new,
                            reference=reference, note=note))
    await session.flush()
    return new


async def reserve(session: AsyncSession, user_id: uuid.UUID, generation_id: uuid.UUID,
                  price: int) -> int:
    """Hold `price` credits for a generation; raises InsufficientCredits (nothing moves)."""
    row = (await session.execute(
        text("UPDATE users SET credit_balance = credit_balance - :price "
             "WHERE id = :uid AND credit_balance >= :price RETURNING credit_balance"),
        {"price": price, "uid": user_id},
    )).first()
    if row is None:
        raise InsufficientCredits(balance=await balance(session, user_id), price=price)
    session.add(CreditEntry(user_id=user_id, kind=LedgerKind.RESERVE, delta=-price,
                            balance_after=row.credit_balance, generation_id=generation_id))
    await session.flush()
    return int(row.credit_balance)


async def capture(session: AsyncSession, generation_id: uuid.UUID) -> bool:
    """The held credits are spent. False if the generation was already settled."""
    held = await _held(session, generation_id)
    if held is None:
        return False
    user_id, _price = held
    current = await _lock_balance(session, user_id)
    return await _settle(session, user_id, generation_id, LedgerKind.CAPTURE, 0, current)


async def refund(session: AsyncSession, generation_id: uuid.UUID, note: str = "") -> bool:
    """Give the held credits back. False if the generation was already settled."""
    held = await _held(session, generation_id)
    if held is None:
        return False
    user_id, price = held
    await _lock_balance(session, user_id)  # serialises settlements of this user's jobs
    if await _settled(session, generation_id):
        return False
    new = await _move(session, user_id, price)
    return await _settle(session, user_id, generation_id, LedgerKind.REFUND, price, new, note)


# --- internals ------------------------------------------------------------------------------
async def _move(session: AsyncSession, user_id: uuid.UUID, delta: int) -> int:
    row = (await session.execute(
        text("UPDATE users SET credit_balance = credit_balance + :d WHERE id = :uid "
             "RETURNING credit_balance"), {"d": delta, "uid": user_id})).first()
    if row is None:
        raise NotFound("That account does not exist.")
    return int(row.credit_balance)


async def _lock_balance(session: AsyncSession, user_id: uuid.UUID) -> int:
    return int(await session.scalar(
        select(User.credit_balance).where(User.id == user_id).with_for_update()))


async def _held(session: AsyncSession, generation_id: uuid.UUID) -> tuple[uuid.UUID, int] | None:
    """(user, price) of the generation's reservation, or None when nothing was reserved."""
    row = (await session.execute(
        select(CreditEntry.user_id, CreditEntry.delta).where(
            CreditEntry.generation_id == generation_id,
            CreditEntry.kind == LedgerKind.RESERVE))).first()
    return None if row is None else (row.user_id, -int(row.delta))


async def _settled(session: AsyncSession, generation_id: uuid.UUID) -> bool:
    found = await session.scalar(select(CreditEntry.id).where(
        CreditEntry.generation_id == generation_id,
        CreditEntry.kind.in_([LedgerKind.CAPTURE, LedgerKind.REFUND])).limit(1))
    return found is not None


async def _settle(session: AsyncSession, user_id: uuid.UUID, generation_id: uuid.UUID,
                  kind: LedgerKind, delta: int, balance_after: int, note: str = "") -> bool:
    inserted = (await session.execute(
        text("INSERT INTO credit_ledger (user_id, kind, delta, balance_after, generation_id, note)"
             " VALUES (:uid, CAST(:kind AS ledger_kind), :delta, :after, :gid, :note)"
             " ON CONFLICT (generation_id) WHERE kind IN ('capture', 'refund') DO NOTHING"
             " RETURNING id"),
        {"uid": user_id, "kind": kind.value, "delta": delta, "after": balance_after,
         "gid": generation_id, "note": note})).first()
    if inserted is None and delta:
        raise RuntimeError("refund raced a settlement")  # rolls the balance change back
    return inserted is not None
