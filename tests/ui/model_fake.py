"""A loopback OpenAI Chat Completions server that plays a keyed model for a whole app run.

It speaks the real wire protocol (tests/agent/loopback.py) and answers like a model would:
an `IntentDraft` call for an understanding request (read with our local parser, so any message
a browser test types gets a sensible reading), the tool a side question needs and then an
answer made from that tool's result, and a short text for anything else. Every request is
recorded, which is what the tests count.
"""

from __future__ import annotations

import json
import re
from typing import Any

from agent.brain import ConversationContext
from agent.local.answers import TOOL_FOR
from agent.local.fold import fold
from agent.local.parse import understand_text
from agent.local.questions import question_in
from tests.agent.loopback import _completion

_MESSAGE = re.compile(r"<message>\n(.*)\n</message>", re.S)
_FACTS = re.compile(r"Conversation so far: (\{.*?\})\n")


def reply(body: dict[str, Any]) -> dict[str, Any]:
    """One model answer for one Chat Completions request."""
    tools = {t["function"]["name"] for t in body.get("tools", [])}
    messages = body["messages"]
    asked = _MESSAGE.search(_text(next(m for m in messages if m["role"] == "user")))
    message = asked.group(1) if asked else ""
    if "IntentDraft" in tools:
        return _call(body, "IntentDraft", _draft(message, messages))
    if tools:  # a side question with the agent's tools
        done = [m for m in messages if m["role"] == "tool"]
        if done:
            return _say(body, f"{done[-1]['content']} (from the tool)")
        asks = question_in(fold(message))
        return _call(body, TOOL_FOR[asks] if asks else "sizes", {})
    return _say(body, "All set.")


def _draft(message: str, messages: list[dict[str, Any]]) -> dict[str, Any]:
    facts = _FACTS.search(_text(messages[-1]))
    context = ConversationContext.model_validate(json.loads(facts.group(1)) if facts else {})
    intent = understand_text(message, context)
    draft = intent.model_dump(mode="json", exclude={"missing"})
    draft["needs_topic"] = bool(intent.missing)
    return draft


def _call(body: dict[str, Any], name: str, args: dict[str, Any]) -> dict[str, Any]:
    message = {"role": "assistant", "content": None, "refusal": None, "tool_calls": [{
        "id": f"call_{name}", "type": "function",
        "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)}}]}
    return _completion(body, message, "tool_calls")


def _say(body: dict[str, Any], text: str) -> dict[str, Any]:
    return _completion(body, {"role": "assistant", "content": text, "refusal": None}, "stop")


def _text(message: dict[str, Any]) -> str:
    content = message.get("content") or ""
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    return content


def kinds(bodies: list[dict[str, Any]]) -> list[str]:
    """What each recorded request was for: understand, answer or reply."""
    out = []
    for body in bodies:
        tools = {t["function"]["name"] for t in body.get("tools", [])}
        out.append("understand" if "IntentDraft" in tools else "answer" if tools else "reply")
    return out
