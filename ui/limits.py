"""What one chat message may carry, and one generation at a time per thread."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from agent.local.phrases import phrase
from kernel.errors import InvalidInput
from kernel.settings import Settings


@dataclass(frozen=True)
class ChatLimits:
    max_message_chars: int = Settings.model_fields["max_message_chars"].default
    max_attachments: int = 1  # keep in step with .chainlit/config.toml (max_files)

    @classmethod
    def from_settings(cls, settings: Settings) -> ChatLimits:
        return cls(max_message_chars=settings.max_message_chars)

    def check_message(self, text: str, attachments: int, language: str = "en") -> None:
        """Raise InvalidInput with a sentence when a message is over a limit."""
        if len(text) > self.max_message_chars:
            raise InvalidInput(phrase("message_too_long", language, length=f"{len(text):,}",
                                      limit=f"{self.max_message_chars:,}"))
        if attachments > self.max_attachments:
            raise InvalidInput(phrase("too_many_photos", language, count=self.max_attachments))


class GenerationBusy(InvalidInput):
    """A thread already has a generation running."""


class GenerationGate:
    """At most one active turn per thread in this process.

    Chainlit pins a thread's socket to one process, so an in-process set is enough; the ledger
    and the job queue keep money and jobs consistent across processes regardless.
    """

    def __init__(self) -> None:
        self._active: set[str] = set()

    def busy(self, thread_id: str) -> bool:
        return thread_id in self._active

    @contextmanager
    def hold(self, thread_id: str, language: str = "en") -> Iterator[None]:
        if thread_id in self._active:
            raise GenerationBusy(phrase("busy", language))
        self._active.add(thread_id)
        try:
            yield
        finally:
            self._active.discard(thread_id)
