"""Typed actions (buttons, quick replies, CLI flags) go straight into the graph: with a keyed
brain (loopback OpenAI), no click ever reaches the model, and a Persian thread stays Persian."""

import re

import pytest
from sqlalchemy import select

from agent.actions import Answer, ForgetPreferences, Refine, Resize, Upscale, Vary
from agent.intent import Refinement, RefineOp
from agent.llm_brain import LLMBrain
from agent.local.phrases import PHRASES
from agent.local_brain import LocalBrain
from graph.creator import open_creator_agent
from graph.turn import run_turn
from storage.models import Asset
from tests.agent.loopback import openai_path, openai_settings, openai_text, openai_tool_call, serve
from tests.jobs.jobkit import balance, new_user
from tests.support import ingest_starters, start_worker, stop

pytestmark = pytest.mark.asyncio(loop_scope="module")
REQUEST = {"action": "new", "topic": "Python tricks", "headline": "10 Python tricks",
           "language": "en"}


@pytest.fixture(scope="module")
async def studio(fresh_services):
    await ingest_starters(fresh_services, ("tech", "education"))
    worker = start_worker(fresh_services.settings.data_path, fresh_services.database_url,
                          fresh_services.redis_url)
    yield fresh_services
    output = stop(worker)
    assert "Traceback" not in output, output


@pytest.fixture
def openai_server():
    yield from serve("openai", openai_path)


async def turn(services, brain, user, action, thread=None):
    agent = await open_creator_agent(services, brain)
    try:
        return [e async for e in run_turn(agent, user, thread, action)]
    finally:
        await agent.aclose()


def of(events, kind):
    return [e for e in events if e.type == kind]


async def test_no_button_reaches_the_model(studio, openai_server):
    user = await new_user(studio, credits=40)
    openai_server.script = [openai_tool_call("IntentDraft", REQUEST),
                            openai_text("Here are four options.")]
    brain = LLMBrain.openai(openai_settings(openai_server), max_retries=0)
    first = await turn(studio, brain, user, "thumbnail for my video '10 Python tricks'")
    thread = first[0].thread_id
    assert len(of(first, "image")) == 4
    asked = len(openai_server.requests)
    assert asked == 2  # reading the message, wording the delivery
    clicks = [Vary(target=2), Upscale(target=1), Resize(target=3, aspects=["9:16", "1:1"]),
              Refine(target=4, refinements=[Refinement(op=RefineOp.TEXT_SIZE, value="bigger")])]
    for click in clicks:
        events = await turn(studio, brain, user, click, thread)
        assert of(events, "image"), (click, events)
        assert not of(events, "error"), events
        assert len(openai_server.requests) == asked, f"{click} reached the model"
    assert await balance(studio, user) == 40 - 4 - 4 - 1 - 2 - 1


async def test_the_refine_buttons_words_are_read_with_the_target_kept(studio, openai_server):
    user = await new_user(studio, credits=40)
    brain = LLMBrain.openai(openai_settings(openai_server), max_retries=0)
    openai_server.script = [openai_tool_call("IntentDraft", REQUEST), openai_text("Done.")]
    first = await turn(studio, brain, user, "thumbnail for my video '10 Python tricks'")
    openai_server.requests.clear()
    openai_server.script = [openai_tool_call("IntentDraft", {
        "action": "refine", "language": "en",
        "refinements": [{"op": "text_colour", "value": "#ffd400"}]}), openai_text("Done.")]
    refined = await turn(studio, brain, user, Refine(target=3, wording="yellow text"),
                         first[0].thread_id)
    [image] = of(refined, "image")
    assert image.position == 3
    understood = openai_server.bodies()[0]["messages"][-1]["content"]
    assert "yellow text" in understood and len(openai_server.requests) == 1  # no model reply
    async with studio.sessions() as s:
        recipe = (await s.get(Asset, __import__("uuid").UUID(image.asset_id))).spec
    assert recipe["palette"]["text"] == "#ffd400"


async def test_a_low_balance_question_is_answered_with_a_typed_yes(studio, openai_server):
    user = await new_user(studio, credits=5)
    brain = LLMBrain.openai(openai_settings(openai_server), max_retries=0)
    openai_server.script = [openai_tool_call("IntentDraft", REQUEST),
                            openai_text("This costs 4 credits and you have 5. Go ahead?"),
                            openai_text("Ready.")]
    asked = await turn(studio, brain, user, "thumbnail for my video '10 Python tricks'")
    [question] = of(asked, "question")
    assert [c.label for c in question.choices] == ["Yes", "No"]
    assert question.choices[0].action == Answer(yes=True)
    before = len(openai_server.requests)
    answered = await turn(studio, brain, user, question.choices[0].action, asked[0].thread_id)
    assert len(of(answered, "image")) == 4 and await balance(studio, user) == 1
    assert len(openai_server.requests) == before  # the yes and the delivery: no model


async def test_a_persian_thread_shows_no_english_line(studio):
    user = await new_user(studio, credits=5)
    brain = LocalBrain()
    asked = await turn(studio, brain, user, "تامنیل برای ویدیوی «۱۰ ترفند پایتون» بساز")
    [question] = of(asked, "question")  # five credits, four to spend: asks first
    answered = await turn(studio, brain, user, question.choices[0].action, asked[0].thread_id)
    thread = asked[0].thread_id
    upscale = await turn(studio, brain, user, Upscale(target=1), thread)  # 1 left: asks again
    [again] = of(upscale, "question")
    upscaled = await turn(studio, brain, user, again.choices[0].action, thread)
    for event in [*asked, *answered, *upscale, *upscaled]:
        for text in _sentences(event):
            assert not re.search(r"[A-Za-z]{4,}", text), (event.type, text)
    assert len(of(answered, "image")) == 4 and len(of(upscaled, "image")) == 1


def _sentences(event) -> list[str]:
    if event.type in ("status", "progress"):
        return [event.message]
    if event.type in ("message", "question", "error"):
        text = getattr(event, "text", None) or getattr(event, "question", None) or \
            getattr(event, "message", "")
        return [text, *(c.label for c in getattr(event, "choices", []))]
    return []


async def test_bigger_text_asked_twice_is_the_next_default_and_can_be_undone(studio):
    user = await new_user(studio, credits=40)
    brain = LocalBrain()
    first = await turn(studio, brain, user, "thumbnail for my video 'Learn SQL in 10 minutes'")
    thread = first[0].thread_id
    await turn(studio, brain, user, "make the text bigger", thread)
    await turn(studio, brain, user, "bigger text on #2", thread)
    fresh = await turn(studio, brain, user, "thumbnail for my video 'Docker in 100 seconds'")
    notes = [m for m in of(fresh, "message") if m.choices]
    [note] = notes
    assert "bigger text" in note.text and note.choices[0].action == ForgetPreferences()
    sizes = await _headline_sizes(studio, fresh)
    plain = await turn(studio, brain, user, note.choices[0].action, fresh[0].thread_id)
    assert of(plain, "message") and not of(plain, "image")
    again = await turn(studio, brain, user, "thumbnail for my video 'Docker in 100 seconds'")
    assert not [m for m in of(again, "message") if m.choices]
    assert sum(sizes) > sum(await _headline_sizes(studio, again))  # bigger by default, then not


async def _headline_sizes(services, events) -> list[float]:
    ids = [__import__("uuid").UUID(e.asset_id) for e in of(events, "image")]
    async with services.sessions() as s:
        specs = (await s.scalars(select(Asset.spec).where(Asset.id.in_(ids)))).all()
    return sorted(sum(layer.get("max_size", 0) or layer.get("size", 0) or 0
                      for layer in spec["spec"]["layers"] if layer.get("role") == "headline")
                  for spec in specs)


async def test_a_refused_photo_is_refused_in_the_creators_language(studio):
    from agent.events import Attachment

    user = await new_user(studio, credits=5)
    agent = await open_creator_agent(studio, LocalBrain())
    try:
        events = [e async for e in run_turn(
            agent, user, None, "تامنیل برای ویدیوی «سفر به شمال» با عکس من",
            [Attachment(filename="me.png", data=b"not an image at all")])]
    finally:
        await agent.aclose()
    [error] = of(events, "error")
    assert error.code == "invalid_upload" and error.message == PHRASES["upload_unknown"]["fa"]
    assert await balance(studio, user) == 5
