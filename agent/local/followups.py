"""Follow-up turns about earlier results: which result, and what to change in it.

Pure; runs on folded text with quoted titles blanked out (a headline "RED ALERT" is not a
colour wish), slicing exact values from the original.
"""

from __future__ import annotations

import re

from agent.brain import ConversationContext
from agent.intent import Refinement, RefineOp
from agent.local import vocab_turns as t
from agent.local.design import blank
from agent.local.fold import Terms
from agent.local.titles import Span, labelled, quotes
from agent.local.vocab_design import COLOURS, LEFT, RIGHT

DARK_BACKGROUND = "#121212"
LIGHT_BACKGROUND = "#f5f5f5"
_NEAR = 40  # characters: how far a colour or size word may sit from the thing it changes

_TARGET_PATTERNS = (
    re.compile(r"#\s*(\d)\b"),
    re.compile(r"\b(?:number|no\.?|nr\.?|num|nummer|numero|option|opcion|opcao|variant|variante|"
               r"image|img|pic|picture|thumbnail|thumb|version|bild|imagen|foto|photo|result)"
               r"\s*#?\s*(\d)\b"),
    re.compile(r"(?:شماره|عکس|تصویر|رقم|الصوره|نسخه)\s*#?\s*(\d)"),
    re.compile(r"(\d)\s*(?:番目|枚目|番)"),
    re.compile(r"(?:नंबर|नम्बर)\s*(\d)"),
)
_LONE_DIGIT = re.compile(r"(?<![\w.,:#])([1-8])(?![\w.,:%])")


def target_in(folded: str, context: ConversationContext, *, loose: bool = False) -> int | None:
    """Which result (1-based) the message points at: "#2", "the second one", "upscale 3".

    `loose` also accepts a lone digit ("vary 2"), for turns whose verb already says a result
    is meant (vary, upscale).
    """
    for pattern in _TARGET_PATTERNS:
        m = pattern.search(folded)
        if m and 1 <= int(m.group(1)) <= 8:
            return int(m.group(1))
    ordinal = next(iter(t.ORDINALS.keys(folded)), None)
    if ordinal == "last":
        return context.result_count if 1 <= context.result_count <= 8 else None
    if ordinal:
        return int(ordinal)
    if loose and (m := _LONE_DIGIT.search(folded)):  # noqa: SIM102 - reads as the rule
        return int(m.group(1))
    if loose and context.result_count == 1:
        return 1
    return None


def refinements(original: str, folded: str, blanked: str,
                context: ConversationContext) -> list[Refinement]:
    """What to change in a result, in the order the creator said it.

    `blanked` is `folded` with quoted titles blanked out: words inside a quoted headline are
    not wishes.
    """
    found: list[tuple[int, Refinement]] = []
    folded_full, folded = folded, blanked
    nouns = _nouns(folded)
    claimed_background = False
    for start, end, hex_ in COLOURS.find(folded):
        noun = _nearest(nouns, start, end)
        if noun is not None:
            op = {"text": RefineOp.TEXT_COLOUR, "background": RefineOp.BACKGROUND_COLOUR,
                  "accent": RefineOp.ACCENT_COLOUR, "face": None}[noun]
            if op is not None:
                found.append((start, Refinement(op=op, value=hex_)))
                claimed_background |= op is RefineOp.BACKGROUND_COLOUR
    for terms, value in ((t.BIGGER, "bigger"), (t.SMALLER, "smaller")):
        for start, end, _ in terms.find(folded):
            noun = _nearest(nouns, start, end, kinds=("text", "face"))
            if noun is not None:
                op = RefineOp.TEXT_SIZE if noun == "text" else RefineOp.FACE_SIZE
                found.append((start, Refinement(op=op, value=value)))
    if not claimed_background:
        for terms, value in ((t.DARKER, DARK_BACKGROUND), (t.LIGHTER, LIGHT_BACKGROUND)):
            for start, end, _ in terms.find(folded):
                if _nearest(nouns, start, end, kinds=("background",)):
                    found.append((start, Refinement(op=RefineOp.BACKGROUND_COLOUR, value=value)))
                    break
    found += _face_side(folded, nouns, context)
    found += _headline(original, folded_full)
    found += _energy(folded)
    return _dedupe([r for _, r in sorted(found, key=lambda pair: pair[0])])[:6]


def emphasis_change(original: str, folded: str, quoted: list[Span]) -> list[Refinement]:
    """"highlight the word 'FREE'" → EMPHASIS "FREE" (exact)."""
    hit = t.EMPHASISE.find(folded)
    if not hit:
        return []
    after = hit[0][1]
    quote = next((q for q in quoted if q.start >= after - 2), None)
    if quote is not None and len(quote.text) <= 60:
        return [Refinement(op=RefineOp.EMPHASIS, value=quote.text)]
    m = re.search(r"(?:the word|das wort|la palabra|le mot|a palavra|کلمه|كلمة)?\s*(\S{2,60})",
                  folded[after:])
    if m is None:
        return []
    start, end = after + m.start(1), after + m.end(1)
    return [Refinement(op=RefineOp.EMPHASIS, value=original[start:end].strip(".,!?\"'"))]


def _nouns(folded: str) -> list[tuple[int, int, str]]:
    table: dict[str, Terms] = {"text": t.TEXT_NOUNS, "background": t.BACKGROUND_NOUNS,
                               "accent": t.ACCENT_NOUNS, "face": t.FACE_NOUNS}
    return sorted((s, e, kind) for kind, terms in table.items() for s, e, _ in terms.find(folded))


def _nearest(nouns: list[tuple[int, int, str]], start: int, end: int,
             kinds: tuple[str, ...] = ("text", "background", "accent", "face")) -> str | None:
    best: tuple[int, str] | None = None
    for s, e, kind in nouns:
        if kind not in kinds:
            continue
        gap = s - end if s >= end else start - e
        if gap <= _NEAR and (best is None or gap < best[0]):
            best = (max(gap, 0), kind)
    return best[1] if best else None


def _face_side(folded: str, nouns: list[tuple[int, int, str]],
               context: ConversationContext) -> list[tuple[int, Refinement]]:
    if not any(kind == "face" for *_, kind in nouns):
        return []
    if not (t.MOVE.any(folded) or context.has_results):
        return []
    out = []
    for terms, side in ((LEFT, "left"), (RIGHT, "right")):
        for start, end, _ in terms.find(folded):
            if _nearest(nouns, start, end, kinds=("face",)):
                out.append((start, Refinement(op=RefineOp.FACE_SIDE, value=side)))
                break
    return out[:1]


# Unquoted new headlines only in Latin-script languages; elsewhere the word order makes the end
# of the headline unclear, so a quote is needed.
_HEADLINE_TO = re.compile(r"\b(?:to|into|say|says|read|reads|auf|zu|a|por|para|en|pour|:)\s+"
                          r"(?P<v>[^\n]+)$")


def _headline(original: str, folded: str) -> list[tuple[int, Refinement]]:
    """"change the headline to 'Stop Wasting Money'" → HEADLINE, exactly as written."""
    if not (t.CHANGE.any(folded) and t.TEXT_NOUNS.any(folded)):
        return []
    quoted = quotes(original, folded)
    value = quoted[0] if quoted else labelled(original, folded)
    if value is None:
        noun = t.TEXT_NOUNS.find(folded)[0]
        m = _HEADLINE_TO.search(folded, noun[1])
        if m is None:
            return []
        start, end = m.span("v")
        value = Span(original[start:end].strip(), start, end)
        if not re.search(r"[^\W\d_]", blank(folded[start:end], [COLOURS, t.BIGGER, t.SMALLER])):
            return []  # "change the text to yellow" is a colour, not a headline
    text = value.text
    return [(value.start, Refinement(op=RefineOp.HEADLINE, value=text))] if 0 < len(text) <= 120 \
        else []


def _energy(folded: str) -> list[tuple[int, Refinement]]:
    more, less = t.MORE_ENERGY.find(folded), t.LESS_ENERGY.find(folded)
    if more:
        return [(more[0][0], Refinement(op=RefineOp.ENERGY, value="more"))]
    if less:
        return [(less[0][0], Refinement(op=RefineOp.ENERGY, value="less"))]
    return []


def _dedupe(items: list[Refinement]) -> list[Refinement]:
    seen: set[RefineOp] = set()
    out = []
    for r in items:
        if r.op not in seen:
            seen.add(r.op)
            out.append(r)
    return out

