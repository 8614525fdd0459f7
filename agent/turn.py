"""`run_turn`: one creator message in, a stream of typed events out. Every UI uses only this.

The first event names the thread; the last is always `done`. Errors are events with a
sentence, never exceptions: a UI can render the stream without try/except.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import AsyncIterator, Sequence

from langgraph.types import Command

from agent.events import (
    Attachment,
    DoneEvent,
    ErrorEvent,
    Event,
    QuestionEvent,
    ThreadEvent,
)
from agent.photos import accept_photo
from graph.context import CreatorContext
from routix.errors import InsufficientCredits, InvalidUpload, NotFound, RoutixError
from routix.services import Services

log = logging.getLogger("routix.agent")
MAX_MESSAGE = 4000  # characters; a thumbnail brief is a sentence or two
SIZES = {"16:9": "youtube", "9:16": "shorts", "1:1": "square",
         "youtube": "youtube", "shorts": "shorts", "square": "square"}


def graph_thread(user_id: uuid.UUID, thread_id: str) -> str:
    """Checkpoint threads are namespaced by user: another creator's id finds nothing."""
    return f"{user_id}:{thread_id}"


async def run_turn(services: Services, user_id: uuid.UUID, thread_id: str | None,
                   message: str, attachments: Sequence[Attachment] = (), *,
                   size: str | None = None) -> AsyncIterator[Event]:
    thread_id = thread_id or uuid.uuid4().hex
    yield ThreadEvent(thread_id=thread_id)
    text = (message or "").strip()
    if len(text) > MAX_MESSAGE:
        yield ErrorEvent(code="message_too_long",
                         message=f"That message is {len(text):,} characters long; please keep "
                                 f"it under {MAX_MESSAGE:,} (a title and a few wishes are plenty).")
        yield DoneEvent()
        return
    try:
        photo_key = await accept_photo(services, list(attachments))
    except RoutixError as exc:
        yield ErrorEvent(code="invalid_upload", message=exc.user_message)
        yield DoneEvent()
        return
    if not text and photo_key:
        text = "use my photo"
    async for event in _run_graph(services, user_id, thread_id, text, photo_key,
                                  SIZES.get(size or "", "youtube")):
        yield event
    yield DoneEvent()


async def _run_graph(services: Services, user_id: uuid.UUID, thread_id: str, text: str,
                     photo_key: str | None, size: str) -> AsyncIterator[Event]:
    graph = await services.creator_graph()
    config = {"configurable": {"thread_id": graph_thread(user_id, thread_id)}}
    context = CreatorContext(services=services, brain=services.brain, user_id=user_id,
                             thread_id=thread_id, default_size=size)
    snapshot = await graph.aget_state(config)
    photo = {"photo_key": photo_key} if photo_key else {}
    if snapshot.interrupts:  # the thread is waiting for an answer: this message is it
        payload: object = Command(resume=text, update=photo or None)
    else:
        payload = {"message": text, "turn_id": uuid.uuid4().hex, "outcome": "", "planned": [],
                   "generation_id": None, **photo}
    try:
        async for mode, chunk in graph.astream(payload, config, context=context,
                                               stream_mode=["custom", "updates"]):
            if mode == "custom":
                yield chunk
            elif isinstance(chunk, dict) and "__interrupt__" in chunk:
                for pending in chunk["__interrupt__"]:
                    value = pending.value or {}
                    yield QuestionEvent(question=value.get("question", ""),
                                        options=value.get("options", []))
    except RoutixError as exc:
        yield ErrorEvent(code=_code(exc), message=exc.user_message)
    except Exception:
        log.exception("turn failed (thread %s)", thread_id)
        yield ErrorEvent(code="internal", message="Something went wrong on our side. Any "
                         "credits reserved for this request are refunded automatically.")


def _code(exc: RoutixError) -> str:
    for cls, code in ((InsufficientCredits, "insufficient_credits"),
                      (InvalidUpload, "invalid_upload"), (NotFound, "not_found")):
        if isinstance(exc, cls):
            return code
    return "error"
