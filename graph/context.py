"""What every node gets besides the state: services and who asks (the runtime context)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from agent.brain import Brain
from services import Services


@dataclass(frozen=True)
class CreatorContext:
    services: Services
    brain: Brain
    user_id: uuid.UUID
    thread_id: str
    default_size: str = "youtube"  # the chat profile's format
