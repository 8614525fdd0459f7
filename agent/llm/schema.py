"""What a model fills (`IntentDraft`), and how it becomes a valid `Intent`.

The draft is deliberately lenient (free strings, no length limits): one stray value from a
model should cost that value, not the whole answer. `to_intent` then keeps what is valid, and
the creator's exact words win over the model's: a quoted title found in the message is the
headline, whatever the model wrote.
"""

from __future__ import annotations

import re
from typing import get_args

from pydantic import BaseModel, Field

from agent.intent import Action, Aspect, Intent, Refinement, RefineOp
from agent.local.fold import fold, prepare
from agent.local.request import MAX_HEADLINE, MAX_SUBLINE, MAX_TOPIC, find_words
from agent.local.vocab_design import COLOURS

_HEX = re.compile(r"^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")
_COLOUR_OPS = {RefineOp.TEXT_COLOUR, RefineOp.BACKGROUND_COLOUR, RefineOp.ACCENT_COLOUR}
_WORD_VALUES = {
    RefineOp.TEXT_SIZE: {"bigger", "smaller"}, RefineOp.FACE_SIZE: {"bigger", "smaller"},
    RefineOp.FACE_SIDE: {"left", "right"}, RefineOp.ENERGY: {"more", "less"},
}


class RefinementDraft(BaseModel):
    """One change to a result."""

    op: RefineOp = Field(description="what to change")
    value: str = Field(description="#rrggbb for colours; bigger/smaller; left/right; more/less; "
                                   "the exact new headline; the word to emphasise")


class IntentDraft(BaseModel):
    """One creator message, understood."""

    action: Action = Field(description="what the creator wants")
    topic: str | None = Field(None, description="what the video is about, in their words")
    headline: str | None = Field(None, description="exact words for the thumbnail")
    subline: str | None = Field(None, description="a second, smaller line, if asked for")
    emphasis: str | None = Field(None, description="one word or number of the headline to "
                                                   "highlight")
    niches: list[str] = Field(default_factory=list, description="e.g. gaming, finance, tech")
    mood: list[str] = Field(default_factory=list, description="lowercase mood words")
    energy: int | None = Field(None, description="1 calm to 10 explosive")
    colours: list[str] = Field(default_factory=list, description="#rrggbb colours asked for")
    layout: str | None = Field(None, description="layout class, if one is implied")
    aspects: list[str] = Field(default_factory=list, description="16:9, 9:16 or 1:1")
    wants_face: bool | None = Field(None, description="true: a face; false: no face")
    use_photo: bool = Field(False, description="use the creator's own photo")
    use_brand: bool = Field(False, description="use the creator's brand kit")
    target: int | None = Field(None, description="1-based result a follow-up is about")
    refinements: list[RefinementDraft] = Field(default_factory=list)
    language: str = Field("en", description="BCP 47 primary tag of the creator's message")
    needs_topic: bool = Field(False, description="a new request that names no video")


def to_intent(draft: IntentDraft, message: str, *, language_hint: str = "en") -> Intent:
    """A valid `Intent` from a model's draft; the creator's quoted words win."""
    original = prepare(message)
    exact = find_words(original, fold(original)).headline
    headline = exact.text if exact and len(exact.text) <= MAX_HEADLINE else _clip(
        draft.headline, MAX_HEADLINE)
    topic = _clip(draft.topic, MAX_TOPIC)
    refinements = [r for r in (_refinement(d, exact.text if exact else None)
                               for d in draft.refinements) if r][:6]
    needs_topic = draft.action is Action.NEW and not (topic or headline)
    return Intent(
        action=draft.action, topic=topic, headline=headline,
        subline=_clip(draft.subline, MAX_SUBLINE), emphasis=_clip(draft.emphasis, 60),
        niches=_tags(draft.niches, 4), mood=_tags(draft.mood, 6),
        energy=min(10, max(1, draft.energy)) if draft.energy is not None else None,
        colours=list(dict.fromkeys(c for c in map(to_hex, draft.colours) if c))[:4],
        layout=_clip(draft.layout, 40),
        aspects=[a for a in dict.fromkeys(draft.aspects) if a in get_args(Aspect)][:3],
        wants_face=draft.wants_face, use_photo=draft.use_photo, use_brand=draft.use_brand,
        target=draft.target if draft.target is not None and 1 <= draft.target <= 8 else None,
        refinements=refinements, language=_language(draft.language, language_hint),
        missing=["topic"] if needs_topic or (draft.needs_topic and not topic) else [],
    )


def fill_gaps(intent: Intent, local: Intent) -> Intent:
    """What the model left out but the local reading found for the same action: the result a
    follow-up names ("#2"), the aspects of a resize."""
    if intent.action is not local.action:
        return intent
    update: dict[str, object] = {}
    if intent.target is None and local.target is not None:
        update["target"] = local.target
    if not intent.aspects and local.aspects:
        update["aspects"] = local.aspects
    return intent.model_copy(update=update) if update else intent


def to_hex(value: str) -> str | None:
    """"#FFD400", "ffd400", "#fd0" or a colour word in a known language → "#ffd400"."""
    m = _HEX.match(value.strip())
    if m:
        digits = m.group(1).lower()
        return "#" + (digits if len(digits) == 6 else "".join(c * 2 for c in digits))
    named = COLOURS.keys(fold(value.strip()))
    return named[0] if named else None


def _refinement(draft: RefinementDraft, exact_headline: str | None) -> Refinement | None:
    value = draft.value.strip()
    if draft.op in _COLOUR_OPS:
        value = to_hex(value) or ""
    elif draft.op in _WORD_VALUES:
        value = value.lower()
        if value not in _WORD_VALUES[draft.op]:
            return None
    elif draft.op is RefineOp.HEADLINE and exact_headline:
        value = exact_headline
    return Refinement(op=draft.op, value=value) if 0 < len(value) <= 200 else None


def _clip(text: str | None, limit: int) -> str | None:
    text = (text or "").strip()
    return text[:limit] if text else None


def _tags(values: list[str], limit: int) -> list[str]:
    tags = (v.strip().lower()[:40] for v in values if v and v.strip())
    return list(dict.fromkeys(tags))[:limit]


def _language(tag: str, hint: str) -> str:
    primary = (tag or "").strip().split("-")[0].lower()
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else hint
