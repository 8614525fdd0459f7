"""Nodes that spend: check and confirm credits, queue the render, follow it to the end."""

from __future__ import annotations

import uuid
from typing import Literal

from langgraph.runtime import Runtime
from langgraph.types import interrupt

from agent.actions import ACTION_ADAPTER, Answer, Say
from agent.brain import ReplyKind, ReplyRequest
from agent.events import Choice, CreditsEvent, ErrorEvent, MessageEvent, ProgressEvent, StatusEvent
from agent.local import vocab_turns as vt
from agent.local.fold import fold
from agent.local.phrases import phrase
from graph.context import CreatorContext
from graph.emit import emit
from graph.nodes import language_of, say
from graph.state import CreatorState, Result, Update
from tools.credits import credit_balance
from tools.renders import delivered, follow_render, give_up, image_event, start_render


async def check_credits(state: CreatorState, runtime: Runtime[CreatorContext]) -> Update:
    """Enough credits? When the balance would run low, ask first."""
    ctx = runtime.context
    price, language = state.price, language_of(state)
    balance = await credit_balance(ctx.services.sessions, ctx.user_id)
    if balance < price:
        emit(runtime, CreditsEvent(balance=balance, price=price))
        emit(runtime, ErrorEvent(code="insufficient_credits", message=(
            phrase("insufficient", language, price=price, balance=balance) + " "
            + phrase("buy_more", language))))
        return {"outcome": "insufficient"}
    if balance - price < ctx.services.settings.price_generate:
        question = await say(state, runtime, ReplyRequest(
            kind=ReplyKind.CONFIRM_SPEND, language=language,
            facts={"price": price, "balance": balance, "after": balance - price}))
        reply = interrupt({"question": question, "choices": [
            Choice(label=phrase("yes", language), action=Answer(yes=True)).model_dump(),
            Choice(label=phrase("no", language), action=Answer(yes=False)).model_dump()]})
        if not _is_yes(reply):
            emit(runtime, MessageEvent(text=phrase("declined", language)))
            return {"outcome": "declined"}
    return {"outcome": "go"}


def _is_yes(reply: object) -> bool:
    """A resume value: a typed `Answer`, or typed words ("yes", "ja", "بله", "👍")."""
    action = ACTION_ADAPTER.validate_python(reply) if isinstance(reply, dict) else None
    if isinstance(action, Answer):
        return action.yes
    text = action.text if isinstance(action, Say) else str(reply)
    return fold(text.strip().lower().strip(".!")) in vt.YES


def after_credits(state: CreatorState) -> Literal["enqueue", "end"]:
    return "enqueue" if state.outcome == "go" else "end"


async def enqueue(state: CreatorState, runtime: Runtime[CreatorContext]) -> Update:
    """Reserve and queue. The id comes from the turn, so a resumed turn never pays twice."""
    ctx, language = runtime.context, language_of(state)
    gid = uuid.uuid5(uuid.NAMESPACE_URL, f"routix:{ctx.thread_id}:{state.turn_id}")
    price, count = state.price, len(state.planned)
    emit(runtime, StatusEvent(step="reserving",
                              message=phrase("status_reserving", language, price=price)))
    brief = state.brief.model_dump(mode="json") if state.brief else {}
    await start_render(ctx.services, user_id=ctx.user_id, thread_id=ctx.thread_id,
                       kind=state.kind, planned=[(p.template_id, p.recipe) for p in state.planned],
                       price=price, generation_id=gid, brief=brief)
    balance = await credit_balance(ctx.services.sessions, ctx.user_id)
    emit(runtime, CreditsEvent(balance=balance, change=-price, price=price))
    emit(runtime, StatusEvent(step="rendering",
                              message=phrase("status_rendering", language, count=count)))
    return {"generation_id": str(gid)}


async def follow_job(state: CreatorState, runtime: Runtime[CreatorContext]) -> Update:
    """Relay the job's progress; on success the thread's results are updated."""
    ctx, language = runtime.context, language_of(state)
    services, gid = ctx.services, state.generation_id or ""
    title = state.brief.headline if state.brief else ""
    outcome: Literal["done", "failed", "canceled"] | None = None
    async for event in follow_render(services, gid):
        if event.kind in ("step", "image"):
            emit(runtime, ProgressEvent(
                generation_id=gid, done=event.done, total=event.total, percent=event.percent,
                message=phrase("progress_images", language, done=event.done, total=event.total)))
        if event.kind == "image" and event.asset_id:
            image = await image_event(services.sessions, services.objects, ctx.user_id,
                                      uuid.UUID(event.asset_id), title=title, language=language)
            if state.kind == "refine":  # the new version takes its result's place (#3 stays #3)
                image = image.model_copy(update={"position": state.focus})
            emit(runtime, image)
        elif event.kind in ("failed", "canceled"):
            emit(runtime, ErrorEvent(code="render_failed", message=phrase("render_failed",
                                                                          language)))
            balance = await credit_balance(services.sessions, ctx.user_id)
            emit(runtime, CreditsEvent(balance=balance, change=state.price))
            outcome = "failed" if event.kind == "failed" else "canceled"
        elif event.kind == "done":
            outcome = "done"
    if outcome is None:  # the deadline passed with no final event: nobody is rendering it
        if await give_up(services, gid):
            emit(runtime, ErrorEvent(code="render_failed", message=phrase("render_unpicked",
                                                                          language)))
            balance = await credit_balance(services.sessions, ctx.user_id)
            emit(runtime, CreditsEvent(balance=balance, change=state.price))
        outcome = "failed"
    if outcome != "done":
        return {"outcome": outcome}
    return {"outcome": "done", "results": await _results_after(state, runtime, gid)}


async def _results_after(state: CreatorState, runtime: Runtime[CreatorContext],
                         gid: str) -> list[Result]:
    fresh = [Result(asset_id=d.asset_id, position=d.position, size=d.size)
             for d in await delivered(runtime.context.services.sessions, gid)]
    results = list(state.results)
    if state.kind in ("generate", "vary") or not results:
        return fresh
    if state.kind == "refine" and fresh:
        focus = state.focus or 1
        results[focus - 1] = Result(asset_id=fresh[0].asset_id, position=focus,
                                    size=fresh[0].size)
    return results  # upscales and other sizes are extra deliverables; #1–#4 stay


def after_job(state: CreatorState) -> Literal["deliver", "end"]:
    return "deliver" if state.outcome == "done" else "end"
