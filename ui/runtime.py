"""The web process's services, made once by `create_app` and read by the Chainlit callbacks.

Chainlit loads `ui/chat.py` as a module and calls its decorated functions with no way to pass
arguments, so `create_app` installs one `UiRuntime` here before mounting the chat, and the
callbacks ask for it with `runtime()`. Nothing is built at import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kernel.settings import Settings
from services import Services
from ui.limits import ChatLimits, GenerationGate

if TYPE_CHECKING:
    from graph.creator import CreatorAgent


@dataclass
class UiRuntime:
    settings: Settings
    services: Services
    limits: ChatLimits = field(default_factory=ChatLimits)
    gate: GenerationGate = field(default_factory=GenerationGate)
    creator_agent: CreatorAgent | None = None  # opened by the app's lifespan

    def agent(self) -> CreatorAgent:
        if self.creator_agent is None:
            raise RuntimeError("the creator agent is opened when the web app starts")
        return self.creator_agent


_current: UiRuntime | None = None


def install(value: UiRuntime) -> None:
    global _current
    _current = value


def runtime() -> UiRuntime:
    if _current is None:
        raise RuntimeError("ui.runtime.install() was not called: start the web app with "
                           "ui.app.create_app(settings, services)")
    return _current
