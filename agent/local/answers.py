"""The local brain's answers to side questions: pick the tool a model would, call it, say it.

Same tools as a tool-calling model gets (`tools.for_llm.creator_tools`), chosen by what the
question asks about (`questions.question_in`), worded from the phrase catalogue.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from agent.brain import Answered, ReplyKind, ReplyRequest, ToolUse
from agent.local.fold import fold
from agent.local.phrases import phrase
from agent.local.questions import Question, question_in
from agent.local.replies import local_reply

if TYPE_CHECKING:
    from langchain_core.tools import BaseTool

log = logging.getLogger(__name__)

TOOL_FOR: dict[Question, str] = {"balance": "credit_balance", "prices": "prices",
                                 "sizes": "sizes", "styles": "design_directions",
                                 "job": "render_status"}


async def answer_locally(message: str, tools: Sequence[BaseTool], *, language: str) -> Answered:
    """A tool's answer when the message asks something a tool knows, else a small-talk reply."""
    asks = question_in(fold(message[:500]))
    tool = next((t for t in tools if asks and t.name == TOOL_FOR[asks]), None)
    if asks is None or tool is None:
        return Answered(local_reply(ReplyRequest(kind=ReplyKind.SMALLTALK, language=language,
                                                 message=message[:500])))
    args: dict[str, object] = {"topic": message[:300]} if asks == "styles" else {}
    try:
        output = await tool.ainvoke(args)
    except Exception as exc:  # noqa: BLE001 - a side question must not fail the turn
        log.warning("tool %s failed for a local answer: %s", tool.name, exc)
        return Answered(phrase("internal_error", language), (ToolUse(tool.name, ok=False),))
    return Answered(_say(asks, output, language, message), (ToolUse(tool.name, ok=True),))


def _say(asks: Question, output: object, language: str, message: str) -> str:
    if asks == "balance":
        return phrase("answer_balance", language, balance=output)
    if asks == "prices" and isinstance(output, dict):
        return phrase("answer_prices", language, **output)
    if asks == "styles" and isinstance(output, list):
        return phrase("answer_styles", language, topic=f"“{message.strip()[:80]}”",
                      directions="; ".join(str(d) for d in output[:4]))
    if asks == "job":
        if not output or output == "none":
            return phrase("answer_no_job", language)
        status = {"succeeded": "done"}.get(str(output), str(output))
        return phrase("answer_job", language, status=phrase(f"job_status_{status}", language))
    return phrase("answer_sizes", language)
