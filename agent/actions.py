"""What a creator does in a turn, as one typed value: the graph's only input.

Buttons, quick replies and CLI flags build these directly and the graph acts on them without a
brain; only `Say` (free text) is read by a brain, into the same `Intent` every other action
becomes (`as_intent`). A click never costs a model call and never injects English into a
Persian conversation.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from agent.intent import Action as Kind
from agent.intent import Aspect, Intent, Refinement


class _Action(BaseModel):
    model_config = ConfigDict(frozen=True)

    def as_intent(self, language: str) -> Intent:
        """The intent this action stands for, in the conversation's language.

        Actions that are no request (a quick reply whose question has gone) read as small talk.
        """
        return Intent(action=Kind.SMALLTALK, language=language)


class Say(_Action):
    """Free text: the only action a brain reads."""

    type: Literal["say"] = "say"
    text: str = ""


class Generate(_Action):
    """Four new designs for a video (the CLI's flags, an API call)."""

    type: Literal["generate"] = "generate"
    headline: str = Field(min_length=1, max_length=120)
    topic: str | None = Field(None, max_length=300)
    aspect: Aspect | None = None

    def as_intent(self, language: str) -> Intent:
        return Intent(action=Kind.NEW, headline=self.headline, topic=self.topic or self.headline,
                      aspects=[self.aspect] if self.aspect else [], language=language)


class Vary(_Action):
    type: Literal["vary"] = "vary"
    target: int = Field(ge=1, le=8)

    def as_intent(self, language: str) -> Intent:
        return Intent(action=Kind.VARY, target=self.target, language=language)


class Upscale(_Action):
    type: Literal["upscale"] = "upscale"
    target: int = Field(ge=1, le=8)

    def as_intent(self, language: str) -> Intent:
        return Intent(action=Kind.UPSCALE, target=self.target, language=language)


class Refine(_Action):
    """Change one result: typed changes, or the creator's words about them (`wording`)."""

    type: Literal["refine"] = "refine"
    target: int = Field(ge=1, le=8)
    refinements: list[Refinement] = Field(default_factory=list, max_length=6)
    wording: str | None = Field(None, max_length=2000)

    def as_intent(self, language: str) -> Intent:
        return Intent(action=Kind.REFINE, target=self.target, refinements=self.refinements,
                      language=language)


class Resize(_Action):
    type: Literal["resize"] = "resize"
    target: int = Field(ge=1, le=8)
    aspects: list[Aspect] = Field(min_length=1, max_length=3)

    def as_intent(self, language: str) -> Intent:
        return Intent(action=Kind.RESIZE, target=self.target, aspects=self.aspects,
                      language=language)


class Answer(_Action):
    """A quick reply to a yes/no question (spend credits?)."""

    type: Literal["answer"] = "answer"
    yes: bool


class ForgetPreferences(_Action):
    """Stop applying what was learned from earlier refinements."""

    type: Literal["forget_preferences"] = "forget_preferences"


CreatorAction = Annotated[
    Say | Generate | Vary | Upscale | Refine | Resize | Answer | ForgetPreferences,
    Field(discriminator="type"),
]
ACTION_ADAPTER: TypeAdapter[CreatorAction] = TypeAdapter(CreatorAction)
