"""A new thumbnail request: topic, headline (exact), subline, emphasis and design wishes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.intent import Action, Intent
from agent.local import vocab_design as vd
from agent.local import vocab_turns as vt
from agent.local.design import Design, listicle_number, rank_niches
from agent.local.fold import fold
from agent.local.titles import (
    Span,
    headline_from_topic,
    is_subline_quote,
    labelled,
    quotes,
    remainder_topic,
    topic_phrase,
)
from library.wants import read_wants

MAX_HEADLINE, MAX_TOPIC, MAX_SUBLINE = 120, 300, 160


@dataclass(frozen=True)
class Words:
    """The creator's own words found in a message (all exact slices of it)."""

    headline: Span | None
    subline: Span | None
    topic: Span | None
    quoted: list[Span]

    @property
    def says_what(self) -> bool:
        """The message names a video (a title, a headline or a topic phrase)."""
        return bool(self.headline or self.topic)


def find_words(original: str, folded: str) -> Words:
    """Headline, subline and topic, as the creator wrote them."""
    quoted = quotes(original, folded)
    subline = labelled(original, folded, sub=True)
    subline_quote = next((q for q in quoted if is_subline_quote(folded, q)), None)
    subline = subline or subline_quote
    headline = labelled(original, folded)
    if headline is not None and subline is not None and headline.start == subline.start:
        headline = None
    if headline is None:
        headline = next((q for q in quoted if q is not subline_quote), None)
    topic = topic_phrase(original, folded)
    if topic is not None and headline is not None and _inside(topic, headline):
        topic = None
    return Words(headline=headline, subline=subline, topic=topic, quoted=quoted)


def new_request(original: str, folded: str, words: Words, design: Design, *, language: str,
                use_brand: bool) -> Intent:
    """A NEW intent; missing=["topic"] when the message names no video."""
    headline = words.headline.text if words.headline else None
    topic = words.topic.text if words.topic else None
    if headline is None and topic is None:
        fallback = remainder_topic(original, folded, vt.REQUEST_WORDS,
                                   [vd.STYLE_WORDS, vd.COLOURS, vd.MOODS, vd.ASPECTS, vd.NICHES,
                                    vd.FACE_SELF, vd.FACE_ANY, vd.NO_FACE, vd.LAYOUTS,
                                    vt.GREETINGS, vt.THANKS])
        topic = fallback.text if fallback else None
    if headline is not None and len(headline) > MAX_HEADLINE:
        topic, headline = topic or headline, None
    if topic is not None:
        topic = topic[:MAX_TOPIC]
    if headline is None and topic is not None:
        headline = headline_from_topic(topic)[:MAX_HEADLINE]
    if topic is None and headline is not None:
        topic = headline
    subline = words.subline.text if words.subline and len(words.subline.text) <= MAX_SUBLINE \
        else None
    number = listicle_number(headline, fold(headline)) if headline else None
    layout = design.layout or ("big_number" if number else None)
    niches = _niches_with_titles(design.niches, [s.text for s in words.quoted])
    return Intent(
        action=Action.NEW, topic=topic, headline=headline, subline=subline,
        emphasis=_emphasis(headline, number), niches=niches, mood=design.mood,
        energy=design.energy, colours=design.colours, layout=layout, aspects=design.aspects,
        wants_face=design.wants_face, use_photo=design.use_photo, use_brand=use_brand,
        language=language, missing=[] if topic else ["topic"],
    )


def _emphasis(headline: str | None, number: str | None) -> str | None:
    """The number of a listicle, else a word the creator wrote in capitals."""
    if number:
        return number[:60]
    if not headline or headline.isupper():
        return None
    shouted = re.findall(r"\b[A-Z]{3,}\b", headline)
    return shouted[0][:60] if shouted else None


def _niches_with_titles(niches: list[str], titles: list[str]) -> list[str]:
    """Niches from the words around the title, then from the title itself."""
    more: list[str] = []
    for title in titles[:2]:
        folded = fold(title)
        more += rank_niches(folded, list(dict.fromkeys(read_wants(folded).niches
                                                       + vd.NICHES.keys(folded))))
    return list(dict.fromkeys([*niches, *more]))[:4]


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start - 2 <= inner.start and inner.end <= outer.end + 2
