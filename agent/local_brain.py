"""The local brain: deterministic reading and canned replies, no keys and no network.

The default when no model is configured, and the fallback of the LLM brains. The work is pure
and fast (about a millisecond a message, see benchmarks/brain_speed.py), so it runs inline on
the event loop rather than in a thread.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from agent.brain import Answered, ConversationContext, ReplyRequest, Understood
from agent.intent import Action, Intent
from agent.local.answers import answer_locally
from agent.local.niche_meaning import NicheByMeaning
from agent.local.parse import understand_text
from agent.local.replies import local_reply

if TYPE_CHECKING:
    from langchain_core.tools import BaseTool

log = logging.getLogger(__name__)


class LocalBrain:
    """`Brain` that reads messages with word lists and patterns in several languages.

    With `niches` (a `NicheByMeaning` over an embedder), an English request whose words name no
    niche gets the nearest niche by meaning; without it the brain never loads a model.
    """

    name = "local"

    def __init__(self, *, niches: NicheByMeaning | None = None, warm: bool = True) -> None:
        self._niches = niches
        if warm:  # compile the word patterns now, not inside the first creator's turn
            understand_text("thumbnail for my video 'warm up', make the text yellow")

    async def understand(self, message: str, context: ConversationContext) -> Understood:
        """The message's intent; never raises for odd input (empty, huge, hostile)."""
        return Understood(await self._read(message, context), "local")

    async def _read(self, message: str, context: ConversationContext) -> Intent:
        intent = understand_text(message, context)
        if (self._niches is None or intent.action is not Action.NEW or intent.niches
                or not intent.topic or intent.language != "en"):
            return intent
        try:  # CPU work for the embedder: off the event loop
            guessed = await asyncio.to_thread(self._niches.guess, intent.topic)
        except Exception as exc:  # noqa: BLE001 - a niche is a nicety, the intent is not
            log.warning("niche by meaning failed: %s", exc)
            return intent
        return intent.model_copy(update={"niches": guessed}) if guessed else intent

    async def reply(self, request: ReplyRequest) -> str:
        """A short reply in the creator's language (English when it has no texts for it)."""
        return local_reply(request)

    async def answer(self, message: str, tools: Sequence[BaseTool], *,
                     language: str) -> Answered:
        """The tool a question asks for, called and worded locally (see agent.local.answers)."""
        return await answer_locally(message, tools, language=language)
