"""`understand_text`: one message and its context → `Intent`, deterministically.

The order of the checks is the policy: refuse first (forbidden), then side questions the tools
answer (credits, prices, sizes, styles, a render's progress), then explicit turn words
(start over, brand, upscale, vary, resize), then changes to a result, then small talk, and
only then a new request. Never raises for odd input; reads at most `fold.MAX_CHARS`.
"""

from __future__ import annotations

import logging
import re

from agent.brain import ConversationContext
from agent.intent import Action, Intent, Refinement, RefineOp
from agent.local import vocab_design as vd
from agent.local import vocab_turns as vt
from agent.local.design import Design, blank, read_design
from agent.local.fold import fold, prepare
from agent.local.followups import emphasis_change, refinements, target_in
from agent.local.guard import is_forbidden
from agent.local.language import detect_language
from agent.local.questions import question_in
from agent.local.request import Words, find_words, new_request

log = logging.getLogger(__name__)


def understand_text(message: str | None, context: ConversationContext | None = None) -> Intent:
    """The intent of `message`; a NEW intent asking for a topic when nothing is there.

    Never raises: a bug in a word list must cost one reading, not the creator's turn. (The
    tests fuzz `read_message`, which has no such net, so bugs do not hide here.)
    """
    try:
        return read_message(message, context)
    except Exception:  # noqa: BLE001 - see above
        log.exception("local reading failed; asking for a topic instead")
        return Intent(action=Action.NEW, language=(context.language if context else None) or "en",
                      missing=["topic"])


def read_message(message: str | None, context: ConversationContext | None = None) -> Intent:
    """`understand_text` without the safety net."""
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
    if is_forbidden(folded, blanked):
        return Intent(action=Action.FORBIDDEN, language=language)
    if question_in(blanked) is not None and not words.says_what:
        return Intent(action=Action.QUESTION, language=language)
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
    # A message that names a new video is a new request even with results on screen
    # ("thumbnail for my video 'Rust vs Go', my face on the right").
    if changes and not _is_new_request(words, changes, blanked):
        return Intent(action=Action.REFINE, refinements=changes[:6],
                      target=target_in(blanked, context), language=language,
                      use_brand=vt.BRAND_USE.any(blanked),
                      headline=next((r.value for r in changes if r.op == "headline"), None),
                      wants_face=design.wants_face)
    if context.has_results and not words.says_what and not vt.THUMBNAIL_NOUNS.any(blanked):
        loose = _loose_follow_up(original, blanked, design, context, language)
        if loose is not None:
            return loose
    return _smalltalk(blanked, words, context, language)


def _loose_follow_up(original: str, blanked: str, design: Design, context: ConversationContext,
                     language: str) -> Intent | None:
    """With results on screen, short or vague messages are about them, not new titles.

    "no, make it red", "remove my face", "bigger", "left" change the results; "what does it
    cost?", "put the text at the top" (which no refinement covers) are answered, never turned
    into a headline that costs credits.
    """
    target = target_in(blanked, context)
    if design.colours or design.wants_face is False or design.mood:
        return Intent(action=Action.REFINE, colours=design.colours, mood=design.mood,
                      energy=design.energy, wants_face=design.wants_face, target=target,
                      language=language)
    lone = _lone_change(blanked)
    if lone is not None:
        return Intent(action=Action.REFINE, refinements=[lone], target=target, language=language)
    if target is not None and len(original.split()) <= 4:
        return Intent(action=Action.VARY, target=target, language=language)
    if "?" in original or "؟" in original or "？" in original or vt.CHATTER.any(blanked[:12]) \
            or len(original.split()) <= 2:
        return Intent(action=Action.SMALLTALK, language=language)
    return None


def _lone_change(blanked: str) -> Refinement | None:
    """"bigger", "smaller", "left", "right" alone: the text's size or the face's side."""
    words_left = len(re.findall(r"\w+", blanked))
    if words_left > 3:
        return None
    if vt.BIGGER.any(blanked):
        return Refinement(op=RefineOp.TEXT_SIZE, value="bigger")
    if vt.SMALLER.any(blanked):
        return Refinement(op=RefineOp.TEXT_SIZE, value="smaller")
    for terms, side in ((vd.LEFT, "left"), (vd.RIGHT, "right")):
        if terms.any(blanked):
            return Refinement(op=RefineOp.FACE_SIDE, value=side)
    return None


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
    """A message naming a video or asking for a thumbnail is a new request, unless its quote
    is the new headline or the word to emphasise ("change the headline to '…'")."""
    if any(r.op in ("headline", "emphasis") for r in changes):
        return False
    return words.says_what or vt.THUMBNAIL_NOUNS.any(blanked)


def _only_filler(blanked: str) -> bool:
    rest = blank(blanked, [vt.GREETINGS, vt.REQUEST_WORDS, vt.THANKS])
    return len(re.findall(r"[^\W\d_]{3,}", rest)) <= 1  # "hello again" still is


def _without_quotes(folded: str, words: Words) -> str:
    for span in [*words.quoted, *(s for s in (words.headline, words.subline) if s)]:
        folded = folded[:span.start] + " " * (span.end - span.start) + folded[span.end:]
    return folded

