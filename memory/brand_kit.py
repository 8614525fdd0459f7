"""Long-term memory per creator: a brand kit and preferences learned from what they pick.

The brand kit is what a creator tells us ("my channel is TechWithTia, colours red and black")
or uploads (a face photo). Preferences are counted from actions: the layouts they vary or
upscale, the refinements they ask for. Later requests use both (`brand_wants`).
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


async def learn(session: AsyncSession, user_id: uuid.UUID, signal: str, value: str) -> None:
    """Count a preference signal: ("picked_layout", "face_right"), ("refine", "text_size")."""
    kit = await _ensure(session, user_id)
    prefs: dict[str, Any] = dict(kit.preferences or {})
    counts = Counter(prefs.get(signal, {}))
    counts[value] += 1
    prefs[signal] = dict(counts)
    kit.preferences = prefs


def favourite(kit: BrandKit | None, signal: str, minimum: int = 2) -> str | None:
    """The most frequent value of a signal once it has been seen `minimum` times."""
    if kit is None:
        return None
    counts = Counter((kit.preferences or {}).get(signal, {}))
    if not counts:
        return None
    value, seen = counts.most_common(1)[0]
    return value if seen >= minimum else None


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
