"""`run_turn`: one creator action in, a stream of typed events out. Every UI uses only this.

The action is free text (`Say`, read by the brain) or a typed action from a button, quick reply
or CLI flag (acted on directly). The first event names the thread; the last is always `done`.
Errors are events with a sentence in the creator's language, never exceptions: a UI can render
the stream without try/except.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import AsyncIterator, Sequence

from langgraph.types import Command

from agent.actions import CreatorAction, Say
from agent.events import (
    Attachment,
    Choice,
    DoneEvent,
    ErrorEvent,
    Event,
    QuestionEvent,
    ThreadEvent,
)
from agent.local.fold import fold
from agent.local.language import detect_language
from agent.local.phrases import error_text, phrase
from agent.photos import accept_photo
from graph.context import CreatorContext
from graph.creator import CreatorAgent
from kernel.errors import (
    InsufficientCredits,
    InvalidInput,
    InvalidUpload,
    NotFound,
    RoutixError,
    ServiceUnavailable,
)
from render.sizes import parse_size

log = logging.getLogger("routix.agent")


def graph_thread(user_id: uuid.UUID, thread_id: str) -> str:
    """Checkpoint threads are namespaced by user: another creator's id finds nothing."""
    return f"{user_id}:{thread_id}"


async def run_turn(agent: CreatorAgent, user_id: uuid.UUID, thread_id: str | None,
                   action: CreatorAction | str, attachments: Sequence[Attachment] = (), *,
                   size: str | None = None) -> AsyncIterator[Event]:
    """Run one turn; `action` may be plain text (the same as `Say(text=...)`)."""
    thread_id = thread_id or uuid.uuid4().hex
    yield ThreadEvent(thread_id=thread_id)
    if isinstance(action, str):
        action = Say(text=action)
    text = action.text.strip() if isinstance(action, Say) else ""
    limit = agent.services.settings.max_message_chars
    if len(text) > limit:
        yield ErrorEvent(code="message_too_long", message=phrase(
            "message_too_long", detect_language(fold(text[:500])), length=f"{len(text):,}",
            limit=f"{limit:,}"))
        yield DoneEvent()
        return
    try:
        photo_key = await accept_photo(agent.services.objects, list(attachments))
        default_size = parse_size(size).name if size else "youtube"
    except RoutixError as exc:
        language = await thread_language(agent, user_id, thread_id) or \
            detect_language(fold(text[:500]))
        yield ErrorEvent(code="invalid_upload" if isinstance(exc, InvalidUpload) else "error",
                         message=error_text(exc, language))
        yield DoneEvent()
        return
    if isinstance(action, Say) and not text and photo_key:
        text = "use my photo"
    async for event in _run_graph(agent, user_id, thread_id, action, text, photo_key,
                                  default_size):
        yield event
    config = {"configurable": {"thread_id": graph_thread(user_id, thread_id)}}
    yield DoneEvent(language=await _language(agent, config))


async def _run_graph(agent: CreatorAgent, user_id: uuid.UUID, thread_id: str,
                     action: CreatorAction, text: str, photo_key: str | None,
                     size: str) -> AsyncIterator[Event]:
    graph = agent.graph
    config = {"configurable": {"thread_id": graph_thread(user_id, thread_id)}}
    context = CreatorContext(services=agent.services, brain=agent.brain, user_id=user_id,
                             thread_id=thread_id, default_size=size)
    snapshot = await graph.aget_state(config)
    photo = {"photo_key": photo_key} if photo_key else {}
    typed = None if isinstance(action, Say) else action
    if snapshot.interrupts:  # the thread is waiting for an answer: this turn is it
        resume = text if typed is None else typed.model_dump(mode="json")
        payload: object = Command(resume=resume, update={"action": typed, **photo})
    else:
        payload = {"message": text, "action": typed, "turn_id": uuid.uuid4().hex,
                   "outcome": "", "planned": [], "learned": [], "generation_id": None, **photo}
    try:
        async for mode, chunk in graph.astream(payload, config, context=context,
                                               stream_mode=["custom", "updates"]):
            if mode == "custom":
                yield chunk
            elif isinstance(chunk, dict) and "__interrupt__" in chunk:
                for pending in chunk["__interrupt__"]:
                    value = pending.value or {}
                    yield QuestionEvent(question=value.get("question", ""), choices=[
                        Choice.model_validate(c) for c in value.get("choices", [])])
    except RoutixError as exc:
        yield ErrorEvent(code=_code(exc), message=error_text(
            exc, await _language(agent, config) or detect_language(fold(text[:500]))))
    except Exception:
        log.exception("turn failed (thread %s)", thread_id)
        yield ErrorEvent(code="internal", message=phrase(
            "internal_error", await _language(agent, config) or detect_language(fold(text))))


async def thread_language(agent: CreatorAgent, user_id: uuid.UUID, thread_id: str
                          ) -> str | None:
    """The language a thread's conversation is in, once the agent has read a message."""
    return await _language(agent, {"configurable": {"thread_id": graph_thread(user_id,
                                                                             thread_id)}})


async def _language(agent: CreatorAgent, config: dict) -> str | None:
    try:
        return (await agent.graph.aget_state(config)).values.get("language")
    except Exception:  # noqa: BLE001 - only for wording an apology
        return None


def _code(exc: RoutixError) -> str:
    for cls, code in ((InsufficientCredits, "insufficient_credits"),
                      (InvalidUpload, "invalid_upload"), (NotFound, "not_found"),
                      (InvalidInput, "invalid_input"), (ServiceUnavailable, "unavailable")):
        if isinstance(exc, cls):
            return code
    return "error"
