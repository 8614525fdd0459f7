"""Short replies in the creator's language, from `reply_texts`, filled with the request's facts."""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

from agent.brain import ReplyKind, ReplyRequest
from agent.local import vocab_turns as vt
from agent.local.fold import fold
from agent.local.reply_texts import TEXTS

LANGUAGES = frozenset(TEXTS["ask_topic"])
_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_DEFAULTS = {"count": 4, "price": "?", "balance": "?", "refunded": "?"}


def local_reply(request: ReplyRequest) -> str:
    """The reply for `request.kind` in its language (English when the language is not known)."""
    language = reply_language(request.language)
    key = _text_key(request)
    text = TEXTS[key].get(language) or TEXTS[key]["en"]
    return fill(text, request.facts, language, _DEFAULTS)


def reply_language(tag: str | None) -> str:
    """The primary subtag when we have texts for it ("pt-BR" → "pt"), else "en"."""
    primary = (tag or "en").split("-")[0].split("_")[0].lower()
    return primary if primary in LANGUAGES else "en"


def fill(text: str, facts: Mapping[str, Any], language: str,
         defaults: Mapping[str, Any] | None = None) -> str:
    """`text` with its `{fact}` fields filled: Persian digits in "fa", "?" for a missing fact."""
    values = _Facts(facts, persian=language == "fa", defaults=defaults or {})
    return string.Formatter().vformat(text, (), values)


def _text_key(request: ReplyRequest) -> str:
    if request.kind is ReplyKind.SMALLTALK:
        folded = fold(request.message[:500])
        if vt.THANKS.any(folded):
            return "smalltalk_thanks"
        if vt.ABOUT_ROUTIX.any(folded) or not vt.GREETINGS.any(folded):
            return "smalltalk_about"
        return "smalltalk_hello"
    facts = request.facts
    if request.kind is ReplyKind.FAILED and facts.get("refunded"):
        return "failed_refunded"
    if request.kind is ReplyKind.DELIVERED and str(facts.get("count")) == "1":
        return "delivered_one"  # an upscale or a single variation
    if request.kind is ReplyKind.BRAND_SAVED and facts.get("brand"):
        return "brand_saved_summary"
    return request.kind.value


class _Facts(dict[str, Any]):
    """Facts with safe stand-ins: a reply never fails for a missing number."""

    def __init__(self, facts: Mapping[str, Any], *, persian: bool = False,
                 defaults: Mapping[str, Any]) -> None:
        merged = {**defaults, **{k: v for k, v in facts.items() if v is not None}}
        if persian:  # numbers in Persian digits; names and colour codes stay as they are
            merged = {k: str(v).translate(_PERSIAN_DIGITS) if isinstance(v, int | float) else v
                      for k, v in merged.items()}
        super().__init__(merged)

    def __missing__(self, key: str) -> str:
        return "?"
