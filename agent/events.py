"""The one event stream every UI consumes (`run_turn`): Chainlit, the CLI's --json, the evals.

Events never carry template ids, names or original template images: what a creator sees is
their own results.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from agent.actions import CreatorAction

Step = Literal["understanding", "searching", "reserving", "queued", "rendering", "delivering"]


class _Event(BaseModel):
    model_config = ConfigDict(frozen=True)


class ThreadEvent(_Event):
    type: Literal["thread"] = "thread"
    thread_id: str


class StatusEvent(_Event):
    type: Literal["status"] = "status"
    step: Step
    message: str


class ProgressEvent(_Event):
    type: Literal["progress"] = "progress"
    generation_id: str
    done: int  # images finished
    total: int
    percent: int = Field(ge=0, le=100)
    message: str = ""


class Choice(_Event):
    """A quick reply: what the button says, and the typed action it sends back."""

    label: str
    action: CreatorAction


class QuestionEvent(_Event):
    type: Literal["question"] = "question"
    question: str
    choices: list[Choice] = Field(default_factory=list)  # quick replies, if any


class Compliance(_Event):
    ok: bool
    problems: list[str] = Field(default_factory=list)


class ImageEvent(_Event):
    type: Literal["image"] = "image"
    asset_id: str
    generation_id: str
    position: int  # 1-based, what "#2" refers to
    url: str
    width: int
    height: int
    aspect: str
    content_type: str
    byte_size: int
    compliance: Compliance
    title: str = ""  # the headline, for feed previews
    language: str = "en"  # the conversation's, for the buttons under the result


class CreditsEvent(_Event):
    type: Literal["credits"] = "credits"
    balance: int
    change: int = 0  # negative when spent, positive when refunded
    price: int | None = None


class MessageEvent(_Event):
    type: Literal["message"] = "message"
    text: str
    choices: list[Choice] = Field(default_factory=list)  # e.g. "don't do that by default"


class ErrorEvent(_Event):
    type: Literal["error"] = "error"
    message: str
    code: str = "error"  # e.g. insufficient_credits, invalid_upload, provider_failed


class DoneEvent(_Event):
    type: Literal["done"] = "done"
    language: str | None = None  # the conversation's, once known: the UI words itself in it


Event = Annotated[
    ThreadEvent | StatusEvent | ProgressEvent | QuestionEvent | ImageEvent | CreditsEvent
    | MessageEvent | ErrorEvent | DoneEvent,
    Field(discriminator="type"),
]
EVENT_ADAPTER: TypeAdapter[Event] = TypeAdapter(Event)


class Attachment(BaseModel):
    """A file the creator sent with a message."""

    model_config = ConfigDict(frozen=True)

    filename: str
    content_type: str | None = None
    data: bytes
