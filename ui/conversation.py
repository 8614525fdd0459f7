"""One turn in the chat: call the agent, render its event stream, map errors to sentences.

This is the chat's only caller of `graph.turn.run_turn`; buttons and quick replies pass typed
actions (agent/actions.py), typed messages pass text. Errors reach the creator as one sentence
(RoutixError.user_message); anything else is logged with its traceback and apologised for.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import chainlit as cl

from agent.actions import CreatorAction
from agent.events import (
    Attachment,
    Choice,
    CreditsEvent,
    DoneEvent,
    ErrorEvent,
    Event,
    ImageEvent,
    MessageEvent,
    ProgressEvent,
    QuestionEvent,
    StatusEvent,
)
from agent.local.phrases import error_text, phrase
from kernel.errors import InsufficientCredits, RoutixError
from ui.identity import Identity
from ui.progress import ProgressView
from ui.results import Result, resolve, send_results
from ui.runtime import runtime

log = logging.getLogger(__name__)

BUY_URL = "/credits/buy"


# Error codes that are answers, not failures: the open step is closed without a red mark.
REFUSALS = {"insufficient_credits", "invalid_upload", "message_too_long", "not_found",
            "invalid_input"}


def conversation_language() -> str:
    """The language this chat is in, as the agent last said (English before it has)."""
    return cl.user_session.get("language") or "en"


def out_of_credits_text(message: str, language: str = "en") -> str:
    return f"{message} → [{phrase('buy_credits', language)}]({BUY_URL})"


@dataclass
class TurnState:
    """What the view has seen of the stream so far."""

    identity: Identity
    language: str = "en"
    pending: dict[str, list[Result]] = field(default_factory=dict)
    expected: dict[str, int] = field(default_factory=dict)
    spent: int = 0
    balance: int | None = None

    def balance_line(self) -> str:
        if self.balance is None:
            return ""
        if self.spent:
            return phrase("balance_spent", self.language, spent=self.spent, balance=self.balance)
        return phrase("balance_left", self.language, balance=self.balance)


def agent_events(identity: Identity, thread_id: str, action: CreatorAction | str,
                 attachments: list[Attachment], aspect: str) -> AsyncIterator[Event]:
    from graph.turn import run_turn

    return run_turn(runtime().agent(), identity.user_id, thread_id, action, attachments,
                    size=aspect)


async def run_chat_turn(identity: Identity, action: CreatorAction | str,
                        attachments: list[Attachment], *, aspect: str) -> None:
    """Run one agent turn for the current Chainlit thread, one at a time per thread."""
    rt = runtime()
    thread_id = cl.context.session.thread_id
    try:
        with rt.gate.hold(thread_id, conversation_language()):
            await _render_turn(identity, thread_id, action, attachments, aspect)
    except RoutixError as exc:
        await send_error(exc)


async def _render_turn(identity: Identity, thread_id: str, action: CreatorAction | str,
                       attachments: list[Attachment], aspect: str) -> None:
    language = conversation_language()
    view = ProgressView(language)
    state = TurnState(identity, language)
    await view.start()
    try:
        async for event in agent_events(identity, thread_id, action, attachments, aspect):
            await _handle(event, view, state)
    except RoutixError as exc:
        await view.close(error=True)
        await send_error(exc)
    except Exception:
        log.exception("turn failed for thread %s", thread_id)
        await view.close(error=True)
        await cl.Message(content=phrase("internal_error", state.language)).send()
    finally:
        await _flush(state, None)
        await view.finish()


async def _handle(event, view: ProgressView, state: TurnState) -> None:
    match event:
        case StatusEvent():
            await view.status(event)
        case ProgressEvent():
            state.expected[event.generation_id] = event.total
            await view.progress(event)
            await _flush_if_complete(state, event.generation_id)
        case ImageEvent():
            _learn_language(state, event.language)
            result = await resolve(runtime().services, state.identity.user_id, event)
            if result is not None:
                state.pending.setdefault(event.generation_id, []).append(result)
                await _flush_if_complete(state, event.generation_id)
        case CreditsEvent():
            state.balance = event.balance
            state.spent = max(0, state.spent - event.change)  # a refund gives back
        case QuestionEvent():
            await view.close()
            await send_question(event.question, event.choices)
        case MessageEvent():
            await view.close()
            await send_question(event.text, event.choices)
        case ErrorEvent():
            await view.close(error=event.code not in REFUSALS)
            text = event.message
            if event.code == "insufficient_credits":
                text = out_of_credits_text(text, state.language)
            await cl.Message(content=text).send()
        case DoneEvent():
            _learn_language(state, event.language)
            await view.close()
            await _flush(state, None)


def _learn_language(state: TurnState, language: str | None) -> None:
    """Remember the conversation's language for the buttons and the next turn's progress."""
    if language:
        state.language = language
        cl.user_session.set("language", language)


async def _flush_if_complete(state: TurnState, generation_id: str) -> None:
    expected = state.expected.get(generation_id)
    if expected and len(state.pending.get(generation_id, [])) >= expected:
        await _flush(state, generation_id)


async def _flush(state: TurnState, generation_id: str | None) -> None:
    """Send the results of one generation (or all still pending) once they are all in."""
    ids = [generation_id] if generation_id else list(state.pending)
    for gid in ids:
        results = state.pending.pop(gid, [])
        if results:
            await send_results(runtime().services, state.identity.user_id, results,
                               balance_line=state.balance_line(), language=state.language)


async def send_question(text: str, choices: list[Choice]) -> None:
    """A message with its quick replies; each button sends its typed action back."""
    actions = [cl.Action(name="quick_reply", label=choice.label,
                         payload={"action": choice.action.model_dump(mode="json"),
                                  "label": choice.label})
               for choice in choices[:6]]
    await cl.Message(content=text, actions=actions).send()


async def send_error(exc: RoutixError) -> None:
    text = error_text(exc, conversation_language())
    if isinstance(exc, InsufficientCredits):
        text = out_of_credits_text(text, conversation_language())
    await cl.Message(content=text).send()


def session_identity() -> Identity | None:
    """The signed-in creator of this Chainlit session."""
    from ui.identity import identity_from_metadata

    user = cl.user_session.get("user")
    if user is None:
        return None
    identity = identity_from_metadata(user.identifier, user.metadata)
    if identity is None and getattr(user, "id", None):  # persisted: its id is ours
        from storage.models import Role

        identity = Identity(uuid.UUID(str(user.id)), user.identifier, Role.CREATOR)
    return identity
