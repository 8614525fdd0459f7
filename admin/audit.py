"""The audit log: one append-only row per admin action, written in the action's transaction."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import AuditEntry


def record(session: AsyncSession, *, action: str, target_type: str = "", target_id: str = "",
           actor_id: uuid.UUID | None = None, details: dict[str, Any] | None = None) -> None:
    """Add an audit row to the caller's transaction (it commits or rolls back with it)."""
    session.add(AuditEntry(actor_id=actor_id, action=action, target_type=target_type,
                           target_id=target_id, details=details or {}))
