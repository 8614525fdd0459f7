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
from agent.local.phrases import phrase


def step_name(step: str, done: int | None = None, total: int | None = None, *,
              language: str = "en") -> str:
    name = phrase(f"step_{step}", language)
    if step == "rendering" and total:
        return f"{name} {done or 0}/{total}"
    return name


class ProgressView:
    """One open step at a time; a new status closes the previous step.

    Steps hang under one "working" message sent first: Chainlit nests steps by parent, and
    parentless steps of a turn would be drawn after the turn's results.
    """

    def __init__(self, language: str = "en") -> None:
        self._language = language
        self._step: cl.Step | None = None
        self._kind: str | None = None
        self._parent: cl.Message | None = None
        self._started = time.perf_counter()

    async def start(self) -> None:
        """Show the first step right away (the agent's first event replaces its text)."""
        self._started = time.perf_counter()
        self._parent = cl.Message(content=phrase("working", self._language))
        await self._parent.send()
        await self._open("understanding", phrase("status_understanding", self._language))

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
            await self._open("rendering", event.message)
        assert self._step is not None
        self._step.name = step_name("rendering", event.done, event.total, language=self._language)
        self._step.output = event.message or phrase("progress_images", self._language,
                                                    done=event.done, total=event.total)
        await self._step.update()
        if event.done >= event.total:
            await self.close()

    async def finish(self) -> None:
        """Close any open step and say how long the turn took."""
        await self.close()
        if self._parent is not None:
            seconds = f"{time.perf_counter() - self._started:.1f}"
            self._parent.content = phrase("worked_for", self._language, seconds=seconds)
            await self._parent.update()

    async def close(self, error: bool = False) -> None:
        if self._step is None:
            return
        self._step.end = utc_now()
        self._step.is_error = error
        await self._step.update()
        self._step, self._kind = None, None

    async def _open(self, kind: str, message: str) -> None:
        name = step_name(kind, 0, 4, language=self._language) if kind == "rendering" else \
            step_name(kind, language=self._language)
        step = cl.Step(name=name, type="tool", show_input=False, default_open=True,
                       auto_collapse=True,
                       parent_id=self._parent.id if self._parent else None)
        step.start = utc_now()
        step.output = message
        await step.send()
        self._step, self._kind = step, kind
