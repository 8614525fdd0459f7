"""One tool-calling turn: the model calls typed tools until it answers, at most N rounds.

The agent exposes its tools (template search, credit balance, …) as LangChain tools; this loop
is provider-neutral (`bind_tools` works the same for ChatOpenAI and ChatGoogleGenerativeAI).
A tool that fails answers the model with the error instead of ending the turn: models recover
from "no such result" better than the creator would from a crash.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from langchain_core.messages import AIMessage, BaseMessage, ToolMessage

from kernel.errors import RoutixError

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel
    from langchain_core.tools import BaseTool

DEFAULT_MAX_STEPS = 4


@dataclass(frozen=True)
class ToolCallRecord:
    """One tool call the model made, and what it got back."""

    name: str
    args: dict[str, Any]
    result: str
    ok: bool


@dataclass(frozen=True)
class ToolTurn:
    """The outcome of `run_tool_turn`."""

    answer: str  # the model's final text ("" if it never answered)
    calls: list[ToolCallRecord] = field(default_factory=list)
    messages: list[BaseMessage] = field(default_factory=list)  # the whole exchange, in order
    stopped: Literal["answer", "max_steps"] = "answer"


async def run_tool_turn(model: BaseChatModel, tools: Sequence[BaseTool],
                        messages: Sequence[BaseMessage], *,
                        max_steps: int = DEFAULT_MAX_STEPS) -> ToolTurn:
    """Call the model with `tools` bound; run each tool it asks for; repeat until it answers.

    After `max_steps` rounds of tool calls the model is asked once more without tools, so a
    turn always ends with an answer when the model gives one.
    """
    by_name = {t.name: t for t in tools}
    bound = model.bind_tools(list(tools))
    history = list(messages)
    calls: list[ToolCallRecord] = []
    for _ in range(max_steps):
        reply = await bound.ainvoke(history)
        history.append(reply)
        if not isinstance(reply, AIMessage) or not reply.tool_calls:
            return ToolTurn(answer=_text(reply), calls=calls, messages=history)
        for call in reply.tool_calls:
            record = await _run_one(by_name, call["name"], call.get("args") or {})
            calls.append(record)
            status = "success" if record.ok else "error"
            history.append(ToolMessage(content=record.result, tool_call_id=call.get("id") or "",
                                       name=record.name, status=status))
    final = await model.ainvoke(history)  # tools unbound: the model has to answer now
    history.append(final)
    return ToolTurn(answer=_text(final), calls=calls, messages=history, stopped="max_steps")


async def _run_one(by_name: dict[str, BaseTool], name: str, args: dict[str, Any]) -> ToolCallRecord:
    tool = by_name.get(name)
    if tool is None:
        return ToolCallRecord(name, args, f"error: there is no tool called {name!r}", ok=False)
    try:
        output = await tool.ainvoke(args)
    except RoutixError as exc:  # domain errors carry a sentence the model can pass on
        return ToolCallRecord(name, args, f"error: {exc.user_message}", ok=False)
    except Exception as exc:  # noqa: BLE001 - any tool failure goes back to the model
        return ToolCallRecord(name, args, f"error: {type(exc).__name__}: {exc}", ok=False)
    return ToolCallRecord(name, args, _as_text(output), ok=True)


def _as_text(output: Any) -> str:
    if isinstance(output, str):
        return output
    if hasattr(output, "model_dump_json"):
        return output.model_dump_json()
    try:
        return json.dumps(output, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        return str(output)


def _text(message: BaseMessage) -> str:
    content = message.content
    if isinstance(content, str):
        return content.strip()
    parts = [p.get("text", "") if isinstance(p, dict) else str(p) for p in content]
    return "".join(parts).strip()
