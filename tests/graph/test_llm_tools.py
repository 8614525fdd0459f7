"""A tool-calling LLM (loopback OpenAI) uses the agent's real tools on the real database."""

import json

import pytest
from langchain_core.messages import HumanMessage, SystemMessage

from admin.ingest import TemplateInput, ingest
from admin.seed import preview_png
from admin.starter_library import starter_templates
from agent.llm_brain import LLMBrain
from storage.models import Template
from tests.agent.loopback import openai_path, openai_settings, openai_text, openai_tool_call, serve
from tests.jobs.jobkit import new_user
from tools.for_llm import creator_tools

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.fixture
def openai_server():
    yield from serve("openai", openai_path)


async def test_an_llm_reads_balance_prices_and_design_directions(fresh_services, openai_server):
    for spec in starter_templates()[:5]:
        await ingest(fresh_services, TemplateInput(
            data=preview_png(spec), filename="t.png", slug=spec.id, spec=spec,
            niches=[str(n) for n in spec.niches], source="starter"))
    user = await new_user(fresh_services, credits=17)
    openai_server.script = [
        openai_tool_call("credit_balance", {}, call_id="a"),
        openai_tool_call("design_directions", {"topic": "gaming boss fight", "limit": 2},
                         call_id="b"),
        openai_tool_call("prices", {}, call_id="c"),
        openai_text("You have 17 credits; a set of four costs 4."),
    ]
    brain = LLMBrain.openai(openai_settings(openai_server), max_retries=0)
    turn = await brain.run_tools(creator_tools(fresh_services, user),
                                 [SystemMessage("You help creators."),
                                  HumanMessage("What can I afford?")])
    results = {c.name: c.result for c in turn.calls}
    assert all(c.ok for c in turn.calls)
    assert results["credit_balance"] == "17"
    assert json.loads(results["prices"])["generate"] == 4
    directions = json.loads(results["design_directions"])
    assert len(directions) == 2 and all("layout" in d for d in directions)
    async with fresh_services.sessions() as s:
        from sqlalchemy import select
        slugs = (await s.scalars(select(Template.slug))).all()
    assert not any(slug in results["design_directions"] for slug in slugs)
    assert turn.answer.startswith("You have 17 credits")
