"""The `Brain` protocol: read free text into an `Intent`, word replies, answer side questions.

Every brain (local, OpenAI, Gemini) implements all of it and returns the same types, so the
graph never asks which brain it has.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

from agent.intent import Intent

if TYPE_CHECKING:
    from langchain_core.tools import BaseTool

Source = Literal["local", "openai", "gemini", "guard"]


class ConversationContext(BaseModel):
    """What a brain may know besides the message: enough for follow-ups, nothing secret."""

    model_config = ConfigDict(frozen=True)

    has_results: bool = False  # earlier results exist in this thread (follow-ups are possible)
    result_count: int = 0
    last_headline: str | None = None
    has_photo: bool = False  # a photo came with this message or is in the brand kit
    brand_summary: str | None = None  # e.g. "channel TechWithTia, colours #ff0000 #111111"
    language: str | None = None  # language of earlier turns


class ReplyKind(StrEnum):
    ASK_TOPIC = "ask_topic"  # nothing to make a thumbnail about yet
    CONFIRM_SPEND = "confirm_spend"  # balance is low: ask before spending
    WORKING = "working"  # request understood, starting
    DELIVERED = "delivered"  # results are in
    INSUFFICIENT_CREDITS = "insufficient_credits"
    FORBIDDEN = "forbidden"  # templates, system prompt, other users: politely no
    SMALLTALK = "smalltalk"
    FAILED = "failed"
    NEED_RESULT = "need_result"  # a follow-up without results to act on
    BRAND_SAVED = "brand_saved"


class ReplyRequest(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: ReplyKind
    language: str = "en"
    message: str = ""  # the creator's message, for smalltalk
    facts: dict[str, Any] = Field(default_factory=dict)  # e.g. {"price": 4, "balance": 2}


@dataclass(frozen=True)
class Understood:
    """A message's intent and who read it; `note` says why the local reading stood in."""

    intent: Intent
    source: Source = "local"  # "guard": refused before any model saw it
    note: str | None = None  # a sentence for a status event, in the creator's language


@dataclass(frozen=True)
class ToolUse:
    """One tool a brain called to answer, and whether it worked."""

    name: str
    ok: bool


@dataclass(frozen=True)
class Answered:
    """The answer to a side question or small talk, and the tools behind it."""

    text: str
    tools: tuple[ToolUse, ...] = ()


class Brain(Protocol):
    name: str

    async def understand(self, message: str, context: ConversationContext) -> Understood:
        """The message's intent; never raises for odd input (empty, huge, hostile)."""
        ...

    async def reply(self, request: ReplyRequest) -> str:
        """A short reply in the creator's language where possible."""
        ...

    async def answer(self, message: str, tools: Sequence[BaseTool], *,
                     language: str) -> Answered:
        """Answer a side question ("how many credits do I have?") by calling `tools`."""
        ...
