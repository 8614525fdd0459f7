"""Tool-call turns on both providers: the model calls typed tools until it answers.

The loopback servers return real `tool_calls` (OpenAI) and `functionCall` parts (Gemini); the
follow-up requests must carry the tool results back (`role: tool` messages, `functionResponse`
parts), as the real APIs require.
"""

from __future__ import annotations

import json

from langchain_core.messages import HumanMessage, SystemMessage
from langchain_core.tools import tool

from agent.llm.tool_turn import run_tool_turn
from agent.llm_brain import LLMBrain
from kernel.errors import NotFound
from tests.agent.loopback import (
    Loopback,
    gemini_function_call,
    gemini_settings,
    gemini_text,
    openai_settings,
    openai_text,
    openai_tool_call,
)


@tool
def credit_balance() -> int:
    """The creator's credit balance."""
    return 12


@tool
def search_designs(query: str, limit: int = 4) -> list[str]:
    """Find design directions for a video topic."""
    return [f"{query} direction {i + 1}" for i in range(limit)]


@tool
def result_info(position: int) -> str:
    """What result #position looks like."""
    raise NotFound(f"There is no result #{position} in this chat.")


TOOLS = [credit_balance, search_designs, result_info]
ASK = [SystemMessage("You help creators."), HumanMessage("How many credits do I have?")]


async def test_openai_tool_turn_runs_tools_and_returns_the_answer(openai_server: Loopback) -> None:
    openai_server.script = [
        openai_tool_call("credit_balance", {}, call_id="call_a"),
        openai_tool_call("search_designs", {"query": "python", "limit": 2}, call_id="call_b"),
        openai_text("You have 12 credits."),
    ]
    brain = LLMBrain.openai(openai_settings(openai_server), max_retries=0)
    turn = await run_tool_turn(brain.model, TOOLS, ASK)

    assert turn.answer == "You have 12 credits." and turn.stopped == "answer"
    assert [(c.name, c.result, c.ok) for c in turn.calls] == [
        ("credit_balance", "12", True),
        ("search_designs", '["python direction 1", "python direction 2"]', True),
    ]
    first, second, third = openai_server.bodies()
    assert {t["function"]["name"] for t in first["tools"]} == {
        "credit_balance", "search_designs", "result_info"}
    params = next(t for t in first["tools"] if t["function"]["name"] == "search_designs")
    assert params["function"]["parameters"]["required"] == ["query"]
    tool_message = second["messages"][-1]
    assert (tool_message["role"], tool_message["tool_call_id"], tool_message["content"]) == (
        "tool", "call_a", "12")
    assert second["messages"][-2]["tool_calls"][0]["id"] == "call_a"
    assert third["messages"][-1]["tool_call_id"] == "call_b"


async def test_gemini_tool_turn_sends_function_responses(gemini_server: Loopback) -> None:
    gemini_server.script = [
        gemini_function_call("credit_balance", {}),
        gemini_text("Du hast 12 Credits."),
    ]
    brain = LLMBrain.gemini(gemini_settings(gemini_server), max_retries=0)
    turn = await run_tool_turn(brain.model, TOOLS, ASK)

    assert turn.answer == "Du hast 12 Credits." and len(turn.calls) == 1
    first, second = gemini_server.bodies()
    names = {d["name"] for t in first["tools"] for d in t.get("functionDeclarations", [])}
    assert names == {"credit_balance", "search_designs", "result_info"}
    parts = [p for c in second["contents"] for p in c["parts"]]
    call = next(p["functionCall"] for p in parts if "functionCall" in p)
    response = next(p["functionResponse"] for p in parts if "functionResponse" in p)
    assert call["name"] == response["name"] == "credit_balance"
    assert "12" in json.dumps(response["response"])


async def test_a_failing_tool_answers_the_model_with_its_error(openai_server: Loopback) -> None:
    openai_server.script = [
        openai_tool_call("result_info", {"position": 7}),
        openai_text("There are only four results."),
    ]
    brain = LLMBrain.openai(openai_settings(openai_server), max_retries=0)
    turn = await run_tool_turn(brain.model, TOOLS, ASK)

    (call,) = turn.calls
    assert not call.ok and call.result == "error: There is no result #7 in this chat."
    assert openai_server.bodies()[1]["messages"][-1]["content"] == call.result
    assert turn.answer == "There are only four results."


async def test_an_unknown_tool_is_reported_not_raised(gemini_server: Loopback) -> None:
    gemini_server.script = [gemini_function_call("delete_everything", {}), gemini_text("Sorry.")]
    brain = LLMBrain.gemini(gemini_settings(gemini_server), max_retries=0)
    turn = await run_tool_turn(brain.model, TOOLS, ASK)
    assert turn.calls[0].result.startswith("error: there is no tool") and turn.answer == "Sorry."


async def test_the_loop_stops_after_max_steps_and_asks_for_an_answer(
    openai_server: Loopback,
) -> None:
    openai_server.script = [openai_tool_call("credit_balance", {}),
                            openai_tool_call("credit_balance", {}),
                            openai_text("12 credits.")]
    brain = LLMBrain.openai(openai_settings(openai_server), max_retries=0)
    turn = await run_tool_turn(brain.model, TOOLS, ASK, max_steps=2)

    assert turn.stopped == "max_steps" and turn.answer == "12 credits." and len(turn.calls) == 2
    bodies = openai_server.bodies()
    assert len(bodies) == 3 and "tools" in bodies[1] and "tools" not in bodies[2]
