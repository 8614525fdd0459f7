"""`understand_text`: one message and its context → `Intent`, deterministically.

The order of the checks is the policy: refuse first (forbidden), then explicit turn words
(start over, brand, upscale, vary, resize), then changes to a result, then small talk, and
only then a new request. Never raises for odd input; reads at most `fold.MAX_CHARS`.
"""

from __future__ import annotations

import re

from agent.brain import ConversationContext
from agent.intent import Action, Intent
from agent.local import vocab_turns as vt
from agent.local.design import Design, blank, read_design
from agent.local.fold import fold, prepare
from agent.local.followups import emphasis_change, refinements, target_in
from agent.local.guard import is_forbidden
from agent.local.language import detect_language
from agent.local.request import Words, find_words, new_request


def understand_text(message: str | None, context: ConversationContext | None = None) -> Intent:
    """The intent of `message`; a NEW intent asking for a topic when nothing is there."""
    context = context or ConversationContext()
    original = prepare(message)
    folded = fold(original)
    words = find_words(original, folded)
    blanked = _without_quotes(folded, words)
    # The language of the sentence, not of a quoted title; the title only when it is all there is.
    enough = sum(c.isalpha() for c in blanked) >= 12
    language = detect_language(blanked if enough else folded, default=context.language or "en")
    if not original.strip():
        return Intent(action=Action.NEW, language=language, missing=["topic"])
    if is_forbidden(folded):
        return Intent(action=Action.FORBIDDEN, language=language)
    design = read_design(blanked)
    turn = _turn(original, folded, blanked, words, design, context, language)
    if turn is not None:
        return turn
    return new_request(original, folded, words, design, language=language,
                       use_brand=vt.BRAND_USE.any(blanked))


def _turn(original: str, folded: str, blanked: str, words: Words, design: Design,
          context: ConversationContext, language: str) -> Intent | None:
    """A turn that is not a new request, or None."""
    if vt.START_OVER.any(blanked):
        return Intent(action=Action.START_OVER, language=language)
    if vt.BRAND_SET.any(blanked) or (vt.BRAND_USE.any(blanked) and not words.says_what):
        return _brand(original, blanked, design, language)
    follow = context.has_results or not words.says_what
    if vt.UPSCALE.any(blanked) and (follow or _has_target(blanked, context)):
        return Intent(action=Action.UPSCALE, target=target_in(blanked, context, loose=True),
                      language=language)
    if vt.VARY.any(blanked) and (_has_target(blanked, context)
                                 or (context.has_results and not words.says_what)):
        return Intent(action=Action.VARY, target=target_in(blanked, context, loose=True),
                      language=language, colours=design.colours, mood=design.mood)
    if design.aspects and not words.says_what and (vt.ALSO.any(blanked) or context.has_results):
        return Intent(action=Action.RESIZE, aspects=design.aspects,
                      target=target_in(blanked, context), language=language)
    changes = refinements(original, folded, blanked, context)
    changes += emphasis_change(original, folded, words.quoted)
    if changes and (context.has_results or not _is_new_request(words, changes, blanked)):
        return Intent(action=Action.REFINE, refinements=changes[:6],
                      target=target_in(blanked, context), language=language,
                      use_brand=vt.BRAND_USE.any(blanked),
                      headline=next((r.value for r in changes if r.op == "headline"), None))
    return _smalltalk(blanked, words, context, language)


def _smalltalk(blanked: str, words: Words, context: ConversationContext,
               language: str) -> Intent | None:
    """Thanks, questions about Routix, greetings once there are results."""
    if words.says_what or len(blanked) > 160:
        return None
    if vt.THANKS.any(blanked) or vt.ABOUT_ROUTIX.any(blanked):
        return Intent(action=Action.SMALLTALK, language=language)
    if vt.GREETINGS.any(blanked) and context.has_results and _only_filler(blanked):
        return Intent(action=Action.SMALLTALK, language=language)
    return None


def _brand(original: str, blanked: str, design: Design, language: str) -> Intent:
    """"my channel is TechWithTia, brand colours red and black" (BRAND; topic = channel name)."""
    channel = None
    hit = vt.BRAND_SET.find(blanked)
    if hit:
        start = hit[0][1]
        m = re.match(r"\s*(?:called|named|:)?\s*([^\n,.;!?]{1,60})", blanked[start:])
        if m:
            name = original[start + m.start(1):start + m.end(1)]
            name = re.split(r"\s+(?:and|und|y|et|e|و|と|और)\s+", name)[0]
            channel = name.strip(" \"'“”«»@") or None
    return Intent(action=Action.BRAND, topic=channel, colours=design.colours, use_brand=True,
                  language=language)


def _has_target(blanked: str, context: ConversationContext) -> bool:
    return target_in(blanked, context) is not None


def _is_new_request(words: Words, changes: list, blanked: str) -> bool:
    """Without results, a message naming a video or asking for a thumbnail is a new request,
    unless its quote is the new headline ("change the headline to '…'")."""
    if any(r.op == "headline" for r in changes):
        return False
    return words.says_what or vt.THUMBNAIL_NOUNS.any(blanked)


def _only_filler(blanked: str) -> bool:
    rest = blank(blanked, [vt.GREETINGS, vt.REQUEST_WORDS, vt.THANKS])
    return len(re.findall(r"[^\W\d_]{3,}", rest)) <= 1  # "hello again" still is


def _without_quotes(folded: str, words: Words) -> str:
    for span in [*words.quoted, *(s for s in (words.headline, words.subline) if s)]:
        folded = folded[:span.start] + " " * (span.end - span.start) + folded[span.end:]
    return folded

