"""The creator conversation's state, checkpointed in Postgres after every node.

Plain JSON values only (the checkpointer stores them): intents and recipes are dumped
pydantic models. `results` and `brief` outlive a turn; the rest is this turn's work.
"""

from __future__ import annotations

from typing import Any, TypedDict


class Result(TypedDict):
    asset_id: str
    position: int  # 1-based, what "#2" means
    size: str


class CreatorState(TypedDict, total=False):
    # this turn
    turn_id: str
    message: str
    answer_is_topic: bool  # the message answers "what's the video about?"
    intent: dict[str, Any]
    kind: str  # generate | vary | refine | upscale | resize
    planned: list[dict[str, Any]]  # [{"template_id": ..., "recipe": {...}}]
    price: int
    generation_id: str | None
    outcome: str  # done | failed | canceled | declined | insufficient
    # across turns
    photo_key: str | None
    brief: dict[str, Any]  # the running request: headline, topic, niches, language, size …
    results: list[Result]
    focus: int  # the result follow-ups default to
    language: str
