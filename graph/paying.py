"""Nodes that spend: check and confirm credits, queue the render, follow it to the end."""

from __future__ import annotations

import uuid
from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import interrupt
from sqlalchemy import select

from agent.brain import ReplyKind, ReplyRequest
from agent.events import CreditsEvent, ErrorEvent, MessageEvent, ProgressEvent, StatusEvent
from graph.context import CreatorContext
from graph.emit import emit
from graph.state import CreatorState, Result
from jobs.events import follow
from render.recipe import RenderRecipe
from routix.errors import InsufficientCredits
from storage.models import Asset
from tools.credits import credit_balance
from tools.renders import image_event, start_render

Update = dict[str, Any]
YES = {"yes", "y", "ok", "okay", "sure", "go", "go ahead", "do it", "ja", "oui", "sí", "si",
       "sim", "はい", "بله", "آره", "نعم", "हाँ", "haan", "👍"}


async def check_credits(state: CreatorState, runtime: Runtime[CreatorContext]) -> Update:
    """Enough credits? When the balance would run low, ask first."""
    ctx = runtime.context
    price, language = state.get("price", 0), state.get("language") or "en"
    balance = await credit_balance(ctx.services, ctx.user_id)
    if balance < price:
        emit(runtime, CreditsEvent(balance=balance, price=price))
        emit(runtime, ErrorEvent(code="insufficient_credits",
                                 message=InsufficientCredits(balance, price).user_message +
                                 " Buy more credits to continue."))
        return {"outcome": "insufficient"}
    if balance - price < ctx.services.settings.price_generate:
        question = await ctx.brain.reply(ReplyRequest(
            kind=ReplyKind.CONFIRM_SPEND, language=language,
            facts={"price": price, "balance": balance, "after": balance - price}))
        answer = interrupt({"question": question, "options": ["Yes", "No"]})
        if str(answer).strip().lower().strip(".!") not in YES:
            emit(runtime, MessageEvent(text="OK, nothing was spent."))
            return {"outcome": "declined"}
    return {"outcome": "go"}


def after_credits(state: CreatorState) -> str:
    return "enqueue" if state.get("outcome") == "go" else "end"


async def enqueue(state: CreatorState, runtime: Runtime[CreatorContext]) -> Update:
    """Reserve and queue. The id comes from the turn, so a resumed turn never pays twice."""
    ctx = runtime.context
    gid = uuid.uuid5(uuid.NAMESPACE_URL, f"routix:{ctx.thread_id}:{state['turn_id']}")
    price = state["price"]
    planned = [(p["template_id"], RenderRecipe.model_validate(p["recipe"]))
               for p in state["planned"]]
    emit(runtime, StatusEvent(step="reserving", message=f"Reserving {price} credits…"))
    await start_render(ctx.services, user_id=ctx.user_id, thread_id=ctx.thread_id,
                       kind=state["kind"], planned=planned, price=price, generation_id=gid,
                       brief=state.get("brief") or {})
    balance = await credit_balance(ctx.services, ctx.user_id)
    emit(runtime, CreditsEvent(balance=balance, change=-price, price=price))
    count = len(planned)
    emit(runtime, StatusEvent(step="rendering",
                              message=f"Rendering {count} thumbnail{'s' if count > 1 else ''}…"))
    return {"generation_id": str(gid)}


async def follow_job(state: CreatorState, runtime: Runtime[CreatorContext]) -> Update:
    """Relay the job's progress; on success the thread's results are updated."""
    ctx = runtime.context
    gid = state["generation_id"]
    title = (state.get("brief") or {}).get("headline", "")
    queue = await ctx.services.queue()
    outcome = "failed"
    async for event in follow(queue, gid, timeout=ctx.services.settings.job_deadline() + 60):
        if event.kind in ("step", "image"):
            emit(runtime, ProgressEvent(generation_id=gid, done=event.done, total=event.total,
                                        percent=event.percent, message=event.message))
        if event.kind == "image" and event.asset_id:
            emit(runtime, await image_event(ctx.services, ctx.user_id,
                                            uuid.UUID(event.asset_id), title=title))
        elif event.kind in ("failed", "canceled"):
            emit(runtime, ErrorEvent(code="render_failed", message=event.message))
            balance = await credit_balance(ctx.services, ctx.user_id)
            emit(runtime, CreditsEvent(balance=balance, change=state.get("price", 0)))
            outcome = event.kind
        elif event.kind == "done":
            outcome = "done"
    if outcome != "done":
        return {"outcome": outcome}
    return {"outcome": "done", "results": await _results_after(state, runtime, gid)}


async def _results_after(state: CreatorState, runtime: Runtime[CreatorContext],
                         gid: str) -> list[Result]:
    async with runtime.context.services.sessions() as session:
        assets = (await session.scalars(select(Asset).where(
            Asset.generation_id == uuid.UUID(gid)).order_by(Asset.position))).all()
    fresh = [Result(asset_id=str(a.id), position=a.position,
                    size=a.spec.get("size", "youtube")) for a in assets]
    kind, results = state.get("kind"), list(state.get("results") or [])
    if kind in ("generate", "vary") or not results:
        return fresh
    if kind == "refine" and fresh:
        focus = state.get("focus") or 1
        results[focus - 1] = Result(asset_id=fresh[0]["asset_id"], position=focus,
                                    size=fresh[0]["size"])
    return results  # upscales and other sizes are extra deliverables; #1–#4 stay


def after_job(state: CreatorState) -> str:
    return "deliver" if state.get("outcome") == "done" else "end"
