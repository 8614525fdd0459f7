"""Conversation nodes: understand, ask, answer, reply, brand kit, preferences, deliver."""

from __future__ import annotations

from typing import Literal

from langgraph.runtime import Runtime
from langgraph.types import interrupt

from agent.actions import ForgetPreferences, Refine
from agent.brain import ConversationContext, ReplyKind, ReplyRequest
from agent.events import Choice, MessageEvent, StatusEvent
from agent.intent import Action, Intent
from agent.local.answers import answer_locally
from agent.local.fold import fold
from agent.local.language import detect_language
from agent.local.phrases import phrase
from agent.local.replies import local_reply
from graph.context import CreatorContext
from graph.emit import emit
from graph.state import CreatorState, Update
from tools.brand import forget_preferences, load_brand, save_brand
from tools.for_llm import creator_tools

Route = Literal["ask_topic", "design", "follow_up", "respond", "answer", "save_brand",
                "start_over", "forget"]


def language_of(state: CreatorState) -> str:
    """The conversation's language; before the first reading, the message's script decides."""
    return state.language or detect_language(fold(state.message[:500]))


async def say(state: CreatorState, runtime: Runtime[CreatorContext], request: ReplyRequest
              ) -> str:
    """A reply: from the catalogue for typed actions (a click never costs a model call), else
    worded by the brain."""
    if state.typed:
        return local_reply(request)
    return await runtime.context.brain.reply(request)


async def understand(state: CreatorState, runtime: Runtime[CreatorContext]) -> Update:
    """The turn's intent: a typed action stands for itself; free text goes through the brain."""
    ctx, action = runtime.context, state.action
    if action is not None and not (isinstance(action, Refine) and action.wording):
        intent = action.as_intent(language_of(state))
        return {"intent": intent, "language": intent.language, "answer_is_topic": False}
    language = language_of(state)
    emit(runtime, StatusEvent(step="understanding", message=phrase("status_understanding",
                                                                    language)))
    brand = await load_brand(ctx.services.sessions, ctx.user_id)
    conversation = ConversationContext(
        has_results=bool(state.results), result_count=len(state.results),
        last_headline=state.brief.headline if state.brief else None,
        has_photo=bool(state.photo_key or brand.face_key), brand_summary=brand.summary,
        language=state.language)
    text = action.wording if isinstance(action, Refine) and action.wording else state.message
    understood = await ctx.brain.understand(text or "", conversation)
    if understood.note:  # an LLM brain says when the local reading stood in
        emit(runtime, StatusEvent(step="understanding", message=understood.note))
    intent = understood.intent
    if isinstance(action, Refine):  # the creator's words about a change to one result
        intent = intent.model_copy(update={
            "action": Action.REFINE, "target": action.target,
            "refinements": [*action.refinements, *intent.refinements][:6]})
    elif state.answer_is_topic:
        intent = _answer_to_topic(state.intent, intent, state.message)
    return {"intent": intent, "language": intent.language, "answer_is_topic": False}


def _answer_to_topic(asked: Intent, answer: Intent, text: str) -> Intent:
    """The reply to "what's the video about?" is the topic; keep the first message's wishes."""
    text = text.strip()
    update: dict[str, object] = {
        "action": Action.NEW, "missing": [], "topic": answer.topic or text[:300],
        "headline": answer.headline or (text[:120] if len(text) <= 60 else None)}
    for name in ("niches", "mood", "colours", "aspects", "refinements"):
        update[name] = getattr(answer, name) or getattr(asked, name)
    for name in ("energy", "layout", "wants_face", "subline", "emphasis"):
        value = getattr(answer, name)
        update[name] = value if value is not None else getattr(asked, name)
    update["use_photo"] = answer.use_photo or asked.use_photo
    update["use_brand"] = answer.use_brand or asked.use_brand
    return answer.model_copy(update=update)


def route(state: CreatorState) -> Route:
    """Where an understood turn goes next."""
    if isinstance(state.action, ForgetPreferences):
        return "forget"
    action = state.intent.action
    if action in (Action.SMALLTALK, Action.QUESTION):
        return "answer"
    if action is Action.FORBIDDEN:
        return "respond"
    if action is Action.BRAND:
        return "save_brand"
    if action is Action.START_OVER:
        return "start_over"
    if action is Action.NEW:
        return "ask_topic" if state.intent.missing else "design"
    return "follow_up" if state.results else "respond"


async def ask_topic(state: CreatorState, runtime: Runtime[CreatorContext]) -> Update:
    """Ask what the video is about, and wait (the thread is checkpointed while it waits)."""
    question = await say(state, runtime, ReplyRequest(kind=ReplyKind.ASK_TOPIC,
                                                      language=language_of(state)))
    answer = interrupt({"question": question})
    return {"message": str(answer), "answer_is_topic": True, "action": None}


async def answer(state: CreatorState, runtime: Runtime[CreatorContext]) -> Update:
    """Small talk and side questions: the brain answers, calling the agent's tools."""
    ctx = runtime.context
    tools = creator_tools(ctx.services.sessions, ctx.services.settings,
                          await ctx.services.template_store(), ctx.user_id, ctx.thread_id)
    if state.typed:  # a stray quick reply: nothing for a model to read
        answered = await answer_locally("", tools, language=state.intent.language)
    else:
        answered = await ctx.brain.answer(state.message, tools, language=state.intent.language)
    emit(runtime, MessageEvent(text=answered.text))
    return {"outcome": "replied"}


async def respond(state: CreatorState, runtime: Runtime[CreatorContext]) -> Update:
    """Refusals, and follow-ups with nothing to follow up on."""
    kind = ReplyKind.FORBIDDEN if state.intent.action is Action.FORBIDDEN else \
        ReplyKind.NEED_RESULT
    text = await say(state, runtime, ReplyRequest(kind=kind, language=state.intent.language,
                                                  message=state.message[:500]))
    emit(runtime, MessageEvent(text=text))
    return {"outcome": "replied"}


async def save_brand_kit(state: CreatorState, runtime: Runtime[CreatorContext]) -> Update:
    ctx, intent = runtime.context, state.intent
    summary = await save_brand(
        ctx.services.sessions, ctx.user_id, channel_name=intent.topic, colours=intent.colours,
        niche=intent.niches[0] if intent.niches else None,
        face_key=state.photo_key if intent.use_photo else None)
    text = await say(state, runtime, ReplyRequest(kind=ReplyKind.BRAND_SAVED,
                                                  language=intent.language,
                                                  facts={"brand": summary or ""}))
    emit(runtime, MessageEvent(text=text))
    return {"outcome": "replied"}


async def forget(state: CreatorState, runtime: Runtime[CreatorContext]) -> Update:
    """Stop making learned changes by default."""
    await forget_preferences(runtime.context.services.sessions, runtime.context.user_id)
    emit(runtime, MessageEvent(text=phrase("learned_forgotten", language_of(state))))
    return {"outcome": "replied"}


async def start_over(state: CreatorState, runtime: Runtime[CreatorContext]) -> Update:
    text = await say(state, runtime, ReplyRequest(kind=ReplyKind.ASK_TOPIC,
                                                  language=state.intent.language))
    emit(runtime, MessageEvent(text=text))
    return {"results": [], "brief": None, "focus": 1, "outcome": "replied"}


async def deliver(state: CreatorState, runtime: Runtime[CreatorContext]) -> Update:
    language = language_of(state)
    emit(runtime, StatusEvent(step="delivering", message=phrase("status_delivering", language)))
    text = await say(state, runtime, ReplyRequest(
        kind=ReplyKind.DELIVERED, language=language,
        facts={"count": len(state.planned), "kind": state.kind}))
    emit(runtime, MessageEvent(text=text))
    if state.learned:
        changes = phrase("and", language).join(
            phrase(f"change_{r.op}_{r.value}", language) for r in state.learned)
        emit(runtime, MessageEvent(
            text=phrase("learned_applied", language, changes=changes),
            choices=[Choice(label=phrase("learned_undo", language),
                            action=ForgetPreferences())]))
    return {}
