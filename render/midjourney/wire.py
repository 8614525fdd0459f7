"""The midjourney-proxy wire format as typed values: submit replies, tasks, buttons.

Field names follow the proxy's JSON (camelCase) through aliases; unknown fields are ignored
because proxy forks add many. Pure: no I/O here.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

ActionKind = Literal["upscale", "variation"]

# What the proxy puts in a button's customId for each kind ("MJ::JOB::upsample::1::<hash>").
_BUTTON_KIND = {"upscale": "upsample", "variation": "variation"}
_PERCENT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%?\s*$")


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True, frozen=True)


class SubmitReply(_Wire):
    """The answer to /mj/submit/*: a code, a description and (when accepted) the task id."""

    code: int
    description: str = ""
    result: str | None = None
    properties: dict[str, Any] = Field(default_factory=dict)

    @field_validator("result", mode="before")
    @classmethod
    def _id_as_text(cls, value: object) -> object:
        # Older proxies send the task id as a JSON number.
        return str(value) if isinstance(value, int) else value

    @field_validator("properties", "description", mode="before")
    @classmethod
    def _none_as_empty(cls, value: object, info: Any) -> object:
        if value is None:
            return {} if info.field_name == "properties" else ""
        return value


class TaskStatus(StrEnum):
    NOT_START = "NOT_START"
    SUBMITTED = "SUBMITTED"
    MODAL = "MODAL"
    IN_PROGRESS = "IN_PROGRESS"
    FAILURE = "FAILURE"
    SUCCESS = "SUCCESS"
    CANCEL = "CANCEL"


class Button(_Wire):
    custom_id: str = Field(alias="customId")
    label: str = ""
    emoji: str = ""


class Task(_Wire):
    """One task as /mj/task/{id}/fetch reports it."""

    id: str
    action: str | None = None
    status: TaskStatus
    progress: str | None = None
    image_url: str | None = Field(None, alias="imageUrl")
    fail_reason: str | None = Field(None, alias="failReason")
    buttons: list[Button] = Field(default_factory=list)

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value: object) -> object:
        return str(value) if isinstance(value, int) else value

    @field_validator("status", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value

    @field_validator("buttons", mode="before")
    @classmethod
    def _no_buttons(cls, value: object) -> object:
        return [] if value is None else value

    @property
    def fraction(self) -> float | None:
        """The reported progress as 0..1, or None when the proxy sent nothing readable."""
        return parse_progress(self.progress)

    def button(self, kind: ActionKind, index: int) -> Button | None:
        """The U<index> or V<index> button of a grid, if the proxy listed it."""
        wanted = _BUTTON_KIND[kind]
        for button in self.buttons:
            parts = button.custom_id.split("::")
            if len(parts) >= 4 and parts[2] == wanted and parts[3] == str(index):
                return button
        label = f"{'U' if kind == 'upscale' else 'V'}{index}"
        return next((b for b in self.buttons if b.label.strip().upper() == label), None)


def parse_progress(text: str | None) -> float | None:
    """'46%' -> 0.46 (clamped to 0..1); None for missing or unreadable values."""
    if not text:
        return None
    match = _PERCENT.match(text)
    if not match:
        return None
    return min(max(float(match.group(1)) / 100.0, 0.0), 1.0)
