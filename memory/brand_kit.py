"""Long-term memory per creator: a brand kit and preferences learned from what they pick.

The brand kit is what a creator tells us ("my channel is TechWithTia, colours red and black")
or uploads (a face photo). Preferences are counted from the refinements they ask for; a change
asked for twice ("bigger text") is made from the start in their next request (`defaults`), and
the reply says so with a way to stop it (`forget`).
"""

from __future__ import annotations

import uuid
from collections import Counter
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import BrandKit


async def load(session: AsyncSession, user_id: uuid.UUID) -> BrandKit | None:
    return await session.get(BrandKit, user_id)


async def _ensure(session: AsyncSession, user_id: uuid.UUID) -> BrandKit:
    kit = await session.get(BrandKit, user_id, with_for_update=True)
    if kit is None:
        kit = BrandKit(user_id=user_id, colours=[], preferences={})
        session.add(kit)
        await session.flush()
    return kit


async def update(session: AsyncSession, user_id: uuid.UUID, *, channel_name: str | None = None,
                 colours: list[str] | None = None, niche: str | None = None,
                 face_key: str | None = None) -> BrandKit:
    """Change only what was given."""
    kit = await _ensure(session, user_id)
    if channel_name:
        kit.channel_name = channel_name[:100]
    if colours:
        kit.colours = colours[:4]
    if niche:
        kit.niche = niche
    if face_key:
        kit.face_key = face_key
    return kit


# Changes worth making by default once asked for twice: sizes and energy, not one-off colours.
DEFAULTABLE = ("text_size", "face_size", "energy")
REPEATS = 2  # asked this often (and more often than the opposite), it becomes a default


async def learn(session: AsyncSession, user_id: uuid.UUID, op: str, value: str) -> None:
    """Count a refinement the creator asked for ("text_size", "bigger")."""
    if op not in DEFAULTABLE:
        return
    kit = await _ensure(session, user_id)
    prefs: dict[str, Any] = dict(kit.preferences or {})
    counts = Counter(prefs.get(op, {}))
    counts[value] += 1
    prefs[op] = dict(counts)
    kit.preferences = prefs


def defaults(kit: BrandKit | None) -> list[tuple[str, str]]:
    """The (op, value) changes a creator asked for often enough to make from the start."""
    if kit is None:
        return []
    found = []
    for op in DEFAULTABLE:
        ranked = Counter((kit.preferences or {}).get(op, {})).most_common()
        if ranked and ranked[0][1] >= REPEATS and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            found.append((op, ranked[0][0]))
    return found


async def forget(session: AsyncSession, user_id: uuid.UUID) -> None:
    """Drop what was learned; the brand kit itself stays."""
    kit = await _ensure(session, user_id)
    kit.preferences = {}


def summary(kit: BrandKit | None) -> str | None:
    if kit is None:
        return None
    parts = []
    if kit.channel_name:
        parts.append(f"channel {kit.channel_name}")
    if kit.colours:
        parts.append("colours " + " ".join(kit.colours))
    if kit.niche:
        parts.append(f"niche {kit.niche}")
    if kit.face_key:
        parts.append("has a face photo")
    return ", ".join(parts) or None
