"""LLM brains (OpenAI, Gemini) behind the same `Brain` protocol, with the local brain as a net.

`understand` asks the model to fill `IntentDraft` through LangChain structured output (function
calling on both providers), then `agent.llm.schema.to_intent` keeps what is valid and puts the
creator's exact quoted words back. Before any model call, the local guard refuses forbidden
asks, so a hostile message never reaches a model. When the model fails, times out or answers
nonsense, the local brain's reading is used and the `Understood` says so in a sentence (in the
creator's language) the graph puts in a status event. `answer` lets the model call the agent's
tools for side questions ("how many credits do I have?").

Endpoints come from settings (`openai_base_url`, `google_base_url`), which is also how the tests
point both at loopback servers.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from langchain_core.messages import HumanMessage, SystemMessage

from agent.brain import (
    Answered,
    ConversationContext,
    ReplyKind,
    ReplyRequest,
    ToolUse,
    Understood,
)
from agent.intent import Action
from agent.llm.schema import IntentDraft, fill_gaps, to_intent
from agent.llm.tool_turn import run_tool_turn
from agent.local.answers import answer_locally
from agent.local.fold import fold
from agent.local.parse import understand_text
from agent.local.phrases import phrase
from agent.local.replies import local_reply
from agent.prompts import (
    ANSWER_PROMPT,
    REPLY_PROMPT,
    SYSTEM_PROMPT,
    reply_prompt,
    understand_prompt,
)
from kernel.chat_models import gemini_chat_model, openai_chat_model

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel
    from langchain_core.tools import BaseTool

    from kernel.settings import Settings

log = logging.getLogger(__name__)

Provider = Literal["openai", "gemini"]
UNDERSTAND_TIMEOUT = 12.0  # seconds; after this the local reading is used
REPLY_TIMEOUT = 8.0
_MONEY_KINDS = (ReplyKind.CONFIRM_SPEND, ReplyKind.INSUFFICIENT_CREDITS)


class LLMBrain:
    """`Brain` on a chat model, falling back to the local reading and replies."""

    def __init__(self, model: BaseChatModel, name: Provider, *,
                 timeout: float = UNDERSTAND_TIMEOUT, reply_timeout: float = REPLY_TIMEOUT) -> None:
        self.name = name
        self.model = model
        self._reader = model.with_structured_output(IntentDraft, method="function_calling")
        self._timeout = timeout
        self._reply_timeout = reply_timeout

    @classmethod
    def openai(cls, settings: Settings, *, timeout: float = UNDERSTAND_TIMEOUT,
               max_retries: int = 1) -> LLMBrain:
        """A brain on OpenAI Chat Completions (or any compatible `openai_base_url`)."""
        model = openai_chat_model(settings, timeout=timeout, max_retries=max_retries,
                                  purpose="brain")
        return cls(model, "openai", timeout=timeout)

    @classmethod
    def gemini(cls, settings: Settings, *, timeout: float = UNDERSTAND_TIMEOUT,
               max_retries: int = 1) -> LLMBrain:
        """A brain on the Gemini Developer API (`google_base_url` overrides the host)."""
        model = gemini_chat_model(settings, timeout=timeout, max_retries=max_retries,
                                  purpose="brain")
        return cls(model, "gemini", timeout=timeout)

    async def understand(self, message: str, context: ConversationContext) -> Understood:
        """The message's intent, saying which brain read it and why, if not the model.

        Never raises: the local reading stands in when the model fails.
        """
        message = message or ""
        local = understand_text(message, context)
        if local.action is Action.FORBIDDEN:
            return Understood(local, "guard")
        if not message.strip():
            return Understood(local, "local")
        prompt = [SystemMessage(SYSTEM_PROMPT),
                  HumanMessage(understand_prompt(message, context))]
        try:
            draft = await asyncio.wait_for(self._reader.ainvoke(prompt), self._timeout)
            if not isinstance(draft, IntentDraft):
                raise TypeError(f"unexpected structured output {type(draft).__name__}")
            intent = to_intent(draft, message, language_hint=local.language)
            return Understood(fill_gaps(intent, local), self.name)
        except TimeoutError:
            reason = "model_timeout"
        except Exception as exc:  # noqa: BLE001 - SDKs raise many types; the net is the point
            log.warning("%s brain failed, using the local reading: %s: %s", self.name,
                        type(exc).__name__, exc)
            reason = "model_unavailable"
        return Understood(local, "local", phrase(reason, local.language,
                                                 provider=self.name))

    async def reply(self, request: ReplyRequest) -> str:
        """A short reply by the model; the local text when it fails or gets facts wrong."""
        if request.kind is ReplyKind.FORBIDDEN:  # nothing a model could add, something to lose
            return local_reply(request)
        prompt = [SystemMessage(REPLY_PROMPT.format(language=request.language)),
                  HumanMessage(reply_prompt(request))]
        try:
            answer = await asyncio.wait_for(self.model.ainvoke(prompt), self._reply_timeout)
            text = answer.text.strip() if isinstance(answer.text, str) else ""
        except Exception as exc:  # noqa: BLE001 - a reply is never worth a failed turn
            log.warning("%s reply failed, using the local text: %s", self.name, exc)
            return local_reply(request)
        return text if _acceptable(text, request) else local_reply(request)

    async def answer(self, message: str, tools: Sequence[BaseTool], *,
                     language: str) -> Answered:
        """The model answers a side question by calling `tools` (credits, prices, sizes, styles,
        render status); the local answer stands in when it fails or says nothing."""
        prompt = [SystemMessage(ANSWER_PROMPT.format(language=language)),
                  HumanMessage(f"<message>\n{message}\n</message>")]
        try:
            turn = await asyncio.wait_for(run_tool_turn(self.model, tools, prompt),
                                          self._timeout)
        except Exception as exc:  # noqa: BLE001 - an answer is never worth a failed turn
            log.warning("%s answer failed, answering locally: %s", self.name, exc)
            return await answer_locally(message, tools, language=language)
        if not turn.answer or len(turn.answer) > 1200:
            return await answer_locally(message, tools, language=language)
        return Answered(turn.answer, tuple(ToolUse(c.name, c.ok) for c in turn.calls))


def _acceptable(text: str, request: ReplyRequest) -> bool:
    """Non-empty, short, and for money replies carrying the exact price and balance."""
    if not text or len(text) > 600:
        return False
    if request.kind in _MONEY_KINDS:
        digits = fold(text)  # Persian or Arabic digits count as the same numbers
        return all(str(request.facts.get(k, "")) in digits for k in ("price", "balance"))
    return True
