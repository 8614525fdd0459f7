"""The creator conversation's state, checkpointed in Postgres after every node.

Pydantic models all the way down: LangGraph validates the state into `CreatorState` before each
node, so nodes read typed fields and never re-validate blobs. `results`, `brief` and `language`
outlive a turn; the rest is this turn's work.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from agent.actions import CreatorAction
from agent.intent import Intent, Refinement
from render.recipe import RenderRecipe

JobKind = Literal["generate", "vary", "refine", "upscale", "resize"]
Outcome = Literal["", "go", "done", "failed", "canceled", "declined", "insufficient", "replied"]
# What a node returns: the channels it changes. LangGraph merges it into the state.
Update = dict[str, object]


class Result(BaseModel):
    """One of the thread's current thumbnails."""

    model_config = ConfigDict(frozen=True)

    asset_id: str
    position: int  # 1-based, what "#2" means
    size: str


class Planned(BaseModel):
    """One image a job will render: its recipe and (internal) template."""

    model_config = ConfigDict(frozen=True)

    template_id: str | None
    recipe: RenderRecipe


class Brief(BaseModel):
    """The running request: what the thumbnails are about (remote art prompts read it too)."""

    model_config = ConfigDict(frozen=True)

    headline: str = ""
    topic: str = ""
    size: str = "youtube"
    niches: list[str] = Field(default_factory=list)
    language: str = "en"
    mood: list[str] = Field(default_factory=list)
    colours: list[str] = Field(default_factory=list)
    energy: int | None = None


class CreatorState(BaseModel):
    # this turn
    turn_id: str = ""
    action: CreatorAction | None = None  # a typed action (button, quick reply, CLI flag)
    message: str = ""  # free text, read by the brain
    answer_is_topic: bool = False  # the message answers "what's the video about?"
    intent: Intent = Field(default_factory=Intent)
    kind: JobKind = "generate"
    planned: list[Planned] = Field(default_factory=list)
    price: int = 0
    generation_id: str | None = None
    outcome: Outcome = ""
    learned: list[Refinement] = Field(default_factory=list)  # defaults applied from preferences
    # across turns
    photo_key: str | None = None
    brief: Brief | None = None
    results: list[Result] = Field(default_factory=list)
    focus: int = 1  # the result follow-ups default to
    language: str | None = None

    @property
    def typed(self) -> bool:
        """This turn came as a typed action: no brain reads it, replies come from the catalogue."""
        return self.action is not None


def checkpoint_types() -> list[type]:
    """Every model and enum class the state can hold: the checkpointer's allowlist, so a
    checkpoint can only ever revive our own types (LangGraph's strict msgpack mode)."""
    found: list[type] = []

    def walk(annotation: object) -> None:
        if isinstance(annotation, type) and annotation not in found:
            if issubclass(annotation, BaseModel):
                found.append(annotation)
                for field in annotation.model_fields.values():
                    walk(field.annotation)
            elif issubclass(annotation, Enum):
                found.append(annotation)
        for arg in get_args(annotation):
            walk(arg)

    walk(CreatorState)
    return found
