"""Live progress: the agent's status and progress events as Chainlit steps.

Chainlit titles a step "Using {name}" while it runs and "Used {name}" when done, so step names
are nouns ("design search", "renderer 2/4"). A step opens the moment the creator sends (before
the agent's first event arrives), so the chat is never a silent spinner.
"""

from __future__ import annotations

import time

import chainlit as cl
from chainlit.utils import utc_now

from agent.events import ProgressEvent, StatusEvent

STEP_NAMES = {
    "understanding": "brief reader",
    "searching": "design search",
    "reserving": "credits",
    "queued": "render queue",
    "rendering": "renderer",
    "delivering": "delivery",
}


def step_name(step: str, done: int | None = None, total: int | None = None) -> str:
    name = STEP_NAMES.get(step, step)
    if step == "rendering" and total:
        return f"{name} {done or 0}/{total}"
    return name


class ProgressView:
    """One open step at a time; a new status closes the previous step.

    Steps hang under one "working" message sent first: Chainlit nests steps by parent, and
    parentless steps of a turn would be drawn after the turn's results.
    """

    def __init__(self) -> None:
        self._step: cl.Step | None = None
        self._kind: str | None = None
        self._parent: cl.Message | None = None
        self._started = time.perf_counter()

    async def start(self) -> None:
        """Show the first step right away (the agent's first event replaces its text)."""
        self._started = time.perf_counter()
        self._parent = cl.Message(content="Working on it…")
        await self._parent.send()
        await self._open("understanding", "Reading your request…")

    async def status(self, event: StatusEvent) -> None:
        if event.step == self._kind and self._step is not None:
            self._step.output = event.message
            await self._step.update()
            return
        await self.close()
        await self._open(event.step, event.message)

    async def progress(self, event: ProgressEvent) -> None:
        if self._kind != "rendering" or self._step is None:
            await self.close()
            await self._open("rendering", event.message or "Rendering…")
        assert self._step is not None
        self._step.name = step_name("rendering", event.done, event.total)
        self._step.output = event.message or f"{event.done} of {event.total} thumbnails ready"
        await self._step.update()
        if event.done >= event.total:
            await self.close()

    async def finish(self) -> None:
        """Close any open step and say how long the turn took."""
        await self.close()
        if self._parent is not None:
            self._parent.content = f"Worked for {time.perf_counter() - self._started:.1f} s."
            await self._parent.update()

    async def close(self, error: bool = False) -> None:
        if self._step is None:
            return
        self._step.end = utc_now()
        self._step.is_error = error
        await self._step.update()
        self._step, self._kind = None, None

    async def _open(self, kind: str, message: str) -> None:
        name = step_name(kind, 0, 4) if kind == "rendering" else step_name(kind)
        step = cl.Step(name=name, type="tool", show_input=False, default_open=True,
                       auto_collapse=True,
                       parent_id=self._parent.id if self._parent else None)
        step.start = utc_now()
        step.output = message
        await step.send()
        self._step, self._kind = step, kind
