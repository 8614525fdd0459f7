"""What one chat message may carry, and one generation at a time per thread."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from routix.errors import InvalidInput


@dataclass(frozen=True)
class ChatLimits:
    max_message_chars: int = 2000
    max_attachments: int = 1  # keep in step with .chainlit/config.toml (max_files)

    def check_message(self, text: str, attachments: int) -> None:
        """Raise InvalidInput with a sentence when a message is over a limit."""
        if len(text) > self.max_message_chars:
            raise InvalidInput(
                f"That message has {len(text):,} characters; please keep it under "
                f"{self.max_message_chars:,} (a title and a few words about the look is plenty)."
            )
        if attachments > self.max_attachments:
            raise InvalidInput(f"Send at most {self.max_attachments} photo with a message.")


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
    def hold(self, thread_id: str) -> Iterator[None]:
        if thread_id in self._active:
            raise GenerationBusy(
                "I'm still working on your last request in this chat; it will finish in a "
                "moment. Open a new chat to start something else in parallel."
            )
        self._active.add(thread_id)
        try:
            yield
        finally:
            self._active.discard(thread_id)
