"""The local brain: deterministic reading and canned replies, no keys and no network.

The default when no model is configured, and the fallback of the LLM brains. The work is pure
and fast (about a millisecond a message, see benchmarks/brain_speed.py), so it runs inline on
the event loop rather than in a thread.
"""

from __future__ import annotations

from agent.brain import ConversationContext, ReplyRequest
from agent.intent import Intent
from agent.local.parse import understand_text
from agent.local.replies import local_reply


class LocalBrain:
    """`Brain` that reads messages with word lists and patterns in several languages."""

    name = "local"

    def __init__(self, *, warm: bool = True) -> None:
        if warm:  # compile the word patterns now, not inside the first creator's turn
            understand_text("thumbnail for my video 'warm up', make the text yellow")

    async def understand(self, message: str, context: ConversationContext) -> Intent:
        """The message's intent; never raises for odd input (empty, huge, hostile)."""
        return understand_text(message, context)

    async def reply(self, request: ReplyRequest) -> str:
        """A short reply in the creator's language (English when it has no texts for it)."""
        return local_reply(request)
