"""What `routix chat` and `routix generate` exit with: a script must not take silence for
success. 0 with images, an answer or a question; 1 with an error or with nothing at all."""

from __future__ import annotations

import pytest
import typer

from agent.events import (
    DoneEvent,
    ErrorEvent,
    MessageEvent,
    QuestionEvent,
    StatusEvent,
    ThreadEvent,
)
from routix.cli.studio import _exit_for

STARTED = [ThreadEvent(thread_id="t"), StatusEvent(step="understanding", message="Reading…")]
QUEUED = StatusEvent(step="rendering", message="Rendering 4 thumbnails…")


def exit_code(events, **options) -> int:
    try:
        _exit_for(events, **options)
    except typer.Exit as stopped:
        return stopped.exit_code
    return 0


def test_an_answer_or_a_question_is_a_success():
    assert exit_code([*STARTED, MessageEvent(text="You have 12 credits."), DoneEvent()]) == 0
    assert exit_code([*STARTED, QuestionEvent(question="Spend 4 of your 5 credits?"),
                      DoneEvent()]) == 0


def test_an_error_or_nothing_at_all_is_a_failure():
    assert exit_code([*STARTED, ErrorEvent(message="No worker is running."), DoneEvent()]) == 1
    assert exit_code([*STARTED, QUEUED, DoneEvent()]) == 1


def test_generate_without_wait_succeeds_once_the_job_is_queued():
    assert exit_code([*STARTED, QUEUED], queued_is_enough=True) == 0
    assert exit_code([*STARTED], queued_is_enough=True) == 1


@pytest.mark.parametrize("events", [[], [DoneEvent()]])
def test_an_empty_turn_is_a_failure(events):
    assert exit_code(events) == 1
