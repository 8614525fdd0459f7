"""Side questions in the real graph: a keyed model (loopback OpenAI / Gemini) answers them by
calling the agent's tools on the real database; the local brain maps them onto the same tools."""

import json

import pytest
from sqlalchemy import select

from admin.ingest import TemplateInput, ingest
from admin.seed import preview_png
from admin.starter_library import starter_templates
from agent.llm_brain import LLMBrain
from agent.local_brain import LocalBrain
from graph.creator import open_creator_agent
from graph.turn import run_turn
from storage.models import Template
from tests.agent.loopback import (
    gemini_function_call,
    gemini_path,
    gemini_settings,
    gemini_text,
    openai_path,
    openai_settings,
    openai_text,
    openai_tool_call,
    serve,
)
from tests.jobs.jobkit import new_user
from tools.for_llm import creator_tools

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.fixture
def openai_server():
    yield from serve("openai", openai_path)


@pytest.fixture
def gemini_server():
    yield from serve("gemini", gemini_path)


@pytest.fixture(scope="module")
async def library(fresh_services):
    for spec in starter_templates()[:5]:
        await ingest(fresh_services, TemplateInput(
            data=preview_png(spec), filename="t.png", slug=spec.id, spec=spec,
            niches=[str(n) for n in spec.niches], source="starter"))
    return fresh_services


async def turn(services, brain, user, message):
    agent = await open_creator_agent(services, brain)
    try:
        return [e async for e in run_turn(agent, user, None, message)]
    finally:
        await agent.aclose()


def tool_results(body: dict) -> dict[str, str]:
    """What the tools answered, by call id, as the model was told (`tool` messages)."""
    return {m["tool_call_id"]: m["content"] for m in body["messages"] if m["role"] == "tool"}


async def test_openai_answers_how_many_credits_from_the_credit_tool(library, openai_server):
    user = await new_user(library, credits=17)
    openai_server.script = [
        openai_tool_call("IntentDraft", {"action": "question", "language": "en"}),
        openai_tool_call("credit_balance", {}, call_id="a"),
        openai_text("You have 17 credits."),
    ]
    brain = LLMBrain.openai(openai_settings(openai_server), max_retries=0)
    events = await turn(library, brain, user, "how many credits do I have?")
    [message] = [e for e in events if e.type == "message"]
    assert message.text == "You have 17 credits."
    assert len(openai_server.requests) == 3
    offered = {t["function"]["name"] for t in openai_server.bodies()[1]["tools"]}
    assert {"credit_balance", "prices", "sizes", "design_directions",
            "render_status"} <= offered
    assert "17" in tool_results(openai_server.bodies()[2]).values()
    assert not [e for e in events if e.type == "image"]


async def test_gemini_answers_what_sizes_from_the_sizes_tool(library, gemini_server):
    user = await new_user(library, credits=5)
    gemini_server.script = [
        gemini_function_call("IntentDraft", {"action": "question", "language": "de"}),
        gemini_function_call("sizes", {}),
        gemini_text("16:9, 9:16 und 1:1."),
    ]
    brain = LLMBrain.gemini(gemini_settings(gemini_server), max_retries=0)
    events = await turn(library, brain, user, "Welche Größen kannst du machen?")
    assert [e.text for e in events if e.type == "message"] == ["16:9, 9:16 und 1:1."]
    answered = json.dumps(gemini_server.bodies()[2], ensure_ascii=False)
    assert "1280×720" in answered and "1080×1920" in answered


async def test_a_model_reads_balance_prices_and_design_directions(library, openai_server):
    user = await new_user(library, credits=17)
    openai_server.script = [
        openai_tool_call("credit_balance", {}, call_id="a"),
        openai_tool_call("design_directions", {"topic": "gaming boss fight", "limit": 2},
                         call_id="b"),
        openai_tool_call("prices", {}, call_id="c"),
        openai_text("You have 17 credits; a set of four costs 4."),
    ]
    brain = LLMBrain.openai(openai_settings(openai_server), max_retries=0)
    tools = creator_tools(library.sessions, library.settings, await library.template_store(),
                          user, "t1")
    answered = await brain.answer("What can I afford?", tools, language="en")
    assert [t.name for t in answered.tools] == ["credit_balance", "design_directions", "prices"]
    assert all(t.ok for t in answered.tools)
    results = tool_results(openai_server.bodies()[-1])
    assert results["a"] == "17"
    assert json.loads(results["c"])["generate"] == 4
    directions = json.loads(results["b"])
    assert len(directions) == 2 and all("thumbnail" in d for d in directions)
    async with library.sessions() as s:
        slugs = (await s.scalars(select(Template.slug))).all()
    assert not any(slug in results["b"] for slug in slugs)
    assert answered.text.startswith("You have 17 credits")


@pytest.mark.parametrize("message,tool,needle", [
    ("how many credits do I have?", "credit_balance", "You have 9 credits."),
    ("wie viele Credits habe ich?", "credit_balance", "9"),
    ("what sizes can you make?", "sizes", "1080×1920"),
    ("what does an upscale cost?", "prices", "upscale 1"),
    ("what styles fit a cooking channel?", "design_directions", "thumbnail"),
    ("how is my render doing?", "render_status", "no renders yet"),
    ("موجودی من چقدر است؟", "credit_balance", "۹"),
])
async def test_the_local_brain_maps_the_same_questions_to_the_same_tools(library, message, tool,
                                                                         needle):
    user = await new_user(library, credits=9)
    answered = await LocalBrain().answer(message, creator_tools(
        library.sessions, library.settings, await library.template_store(), user, "t2"),
        language=(await LocalBrain().understand(message, _fresh())).intent.language)
    assert [(t.name, t.ok) for t in answered.tools] == [(tool, True)]
    assert needle in answered.text


async def test_a_local_question_in_the_graph_spends_nothing(library):
    user = await new_user(library, credits=9)
    events = await turn(library, LocalBrain(), user, "how many credits do I have?")
    assert [e.text for e in events if e.type == "message"] == ["You have 9 credits."]
    assert not [e for e in events if e.type in ("image", "credits", "question")]


def _fresh():
    from agent.brain import ConversationContext

    return ConversationContext()
