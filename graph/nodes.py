"""Conversation nodes: understand, ask, reply, brand kit, start over, deliver."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import interrupt

from agent.brain import ConversationContext, ReplyKind, ReplyRequest
from agent.events import MessageEvent, StatusEvent
from agent.intent import Action, Intent
from graph.context import CreatorContext
from graph.emit import emit
from graph.state import CreatorState
from memory import brand_kit

Update = dict[str, Any]


def intent_of(state: CreatorState) -> Intent:
    return Intent.model_validate(state.get("intent") or {})


async def understand(state: CreatorState, runtime: Runtime[CreatorContext]) -> Update:
    ctx = runtime.context
    emit(runtime, StatusEvent(step="understanding", message="Reading your request…"))
    results = state.get("results") or []
    async with ctx.services.sessions() as session:
        kit = await brand_kit.load(session, ctx.user_id)
    conversation = ConversationContext(
        has_results=bool(results), result_count=len(results),
        last_headline=(state.get("brief") or {}).get("headline"),
        has_photo=bool(state.get("photo_key") or (kit and kit.face_key)),
        brand_summary=brand_kit.summary(kit), language=state.get("language"))
    detailed = getattr(ctx.brain, "understand_detailed", None)
    if detailed is not None:  # LLM brains say when they fell back to the local reading
        understood = await detailed(state.get("message", ""), conversation)
        intent = understood.intent
        if understood.note:
            emit(runtime, StatusEvent(step="understanding", message=understood.note))
    else:
        intent = await ctx.brain.understand(state.get("message", ""), conversation)
    if state.get("answer_is_topic"):
        intent = _answer_to_topic(intent_of(state), intent, state.get("message", ""))
    return {"intent": intent.model_dump(mode="json"), "language": intent.language,
            "answer_is_topic": False}


def _answer_to_topic(asked: Intent, answer: Intent, text: str) -> Intent:
    """The reply to "what's the video about?" is the topic; keep the first message's wishes."""
    text = text.strip()
    update: Update = {"action": Action.NEW, "missing": [],
                      "topic": answer.topic or text[:300],
                      "headline": answer.headline or (text[:120] if len(text) <= 60 else None)}
    for field in ("niches", "mood", "colours", "aspects", "refinements"):
        update[field] = getattr(answer, field) or getattr(asked, field)
    for field in ("energy", "layout", "wants_face", "subline", "emphasis"):
        update[field] = getattr(answer, field) if getattr(answer, field) is not None else \
            getattr(asked, field)
    update["use_photo"] = answer.use_photo or asked.use_photo
    update["use_brand"] = answer.use_brand or asked.use_brand
    return answer.model_copy(update=update)


def route(state: CreatorState) -> str:
    """Where a understood message goes next."""
    intent = intent_of(state)
    if intent.action in (Action.SMALLTALK, Action.FORBIDDEN):
        return "respond"
    if intent.action == Action.BRAND:
        return "save_brand"
    if intent.action == Action.START_OVER:
        return "start_over"
    if intent.action == Action.NEW:
        return "ask_topic" if intent.missing else "design"
    return "follow_up" if state.get("results") else "respond"


async def ask_topic(state: CreatorState, runtime: Runtime[CreatorContext]) -> Update:
    """Ask what the video is about, and wait (the thread is checkpointed while it waits)."""
    question = await runtime.context.brain.reply(
        ReplyRequest(kind=ReplyKind.ASK_TOPIC, language=state.get("language") or "en"))
    answer = interrupt({"question": question})
    return {"message": str(answer), "answer_is_topic": True}


async def respond(state: CreatorState, runtime: Runtime[CreatorContext]) -> Update:
    intent = intent_of(state)
    kind = {Action.SMALLTALK: ReplyKind.SMALLTALK, Action.FORBIDDEN: ReplyKind.FORBIDDEN
            }.get(intent.action, ReplyKind.NEED_RESULT)
    text = await runtime.context.brain.reply(ReplyRequest(
        kind=kind, language=intent.language, message=state.get("message", "")[:500]))
    emit(runtime, MessageEvent(text=text))
    return {"outcome": "replied"}


async def save_brand(state: CreatorState, runtime: Runtime[CreatorContext]) -> Update:
    ctx, intent = runtime.context, intent_of(state)
    async with ctx.services.sessions.begin() as session:
        kit = await brand_kit.update(
            session, ctx.user_id, channel_name=intent.topic, colours=intent.colours,
            niche=intent.niches[0] if intent.niches else None,
            face_key=state.get("photo_key") if intent.use_photo else None)
        summary = brand_kit.summary(kit)
    text = await ctx.brain.reply(ReplyRequest(kind=ReplyKind.BRAND_SAVED,
                                              language=intent.language,
                                              facts={"brand": summary or ""}))
    emit(runtime, MessageEvent(text=text))
    return {"outcome": "replied"}


async def start_over(state: CreatorState, runtime: Runtime[CreatorContext]) -> Update:
    text = await runtime.context.brain.reply(
        ReplyRequest(kind=ReplyKind.ASK_TOPIC, language=intent_of(state).language))
    emit(runtime, MessageEvent(text=text))
    return {"results": [], "brief": {}, "focus": 1, "outcome": "replied"}


async def deliver(state: CreatorState, runtime: Runtime[CreatorContext]) -> Update:
    emit(runtime, StatusEvent(step="delivering", message="Here they are."))
    kind = state.get("kind", "generate")
    text = await runtime.context.brain.reply(ReplyRequest(
        kind=ReplyKind.DELIVERED, language=state.get("language") or "en",
        facts={"count": len(state.get("planned") or []), "kind": kind}))
    emit(runtime, MessageEvent(text=text))
    return {}
