"""Design wishes in a message: niches, mood, energy, colours, layout, aspects, faces, listicles.

English comes from `library.wants.read_wants` (the words search uses); the other languages from
`agent.local.vocab_design`. Pure; runs on folded text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import get_args

from agent.intent import Aspect
from agent.local import vocab_design as v
from agent.local.fold import Terms
from library.wants import read_wants

_ASPECT_LITERAL = re.compile(r"(?<![\d])(16|9|1)\s*[:x×]\s*(9|16|1)(?![\d])")
_YOUTUBE = re.compile(r"\byoutube\b(?!\s*shorts?\b)")
# A number worth a big_number layout: "10 tips", "top 5", "$30k", "100%", "۱۰ ترفند".
_NUMBER = re.compile(r"(?<![\w.,])[$€£¥₹]?\d{1,6}(?:[.,]\d+)?\s?(?:k|m|x|%|\+)?(?![A-Za-z])")
_TOP_N = re.compile(r"\b(?:top|best|die besten|los mejores|les meilleurs|os melhores)\s+\d+\b")
_YEAR = re.compile(r"^(19|20)\d\d$")
_REACT_JS = re.compile(r"\breact(?:\.?js| native| tutorial| hooks?| app| course| components?)\b")
_REACTION = re.compile(r"\breact(?:s|ing|ion)\b")


@dataclass(frozen=True)
class Design:
    """What the words ask of the design."""

    niches: list[str] = field(default_factory=list)
    mood: list[str] = field(default_factory=list)
    energy: int | None = None
    colours: list[str] = field(default_factory=list)
    layout: str | None = None
    aspects: list[Aspect] = field(default_factory=list)
    wants_face: bool | None = None
    use_photo: bool = False


def read_design(folded: str) -> Design:
    """Everything the words say about the design (not the headline)."""
    english = read_wants(folded)
    niches = rank_niches(folded, _merge(english.niches, v.NICHES.keys(folded)))
    if "reaction" in niches and _REACT_JS.search(folded) and not _REACTION.search(folded):
        niches = _merge([n for n in niches if n != "reaction"], ["tech"])  # React, the library
    niches = niches[:4]
    mood = v.MOODS.keys(folded)[:6]
    energy = english.wants.energy or _energy_from(mood)
    layout = english.wants.layout or next(iter(v.LAYOUTS.keys(folded)), None)
    wants_face, use_photo = read_face(folded)
    if layout is None and wants_face:
        layout = _face_side(folded)
    return Design(niches=niches, mood=mood, energy=energy, colours=colours_in(folded)[:4],
                  layout=layout, aspects=aspects_in(folded), wants_face=wants_face,
                  use_photo=use_photo)


def rank_niches(folded: str, niches: list[str]) -> list[str]:
    """Specific niches first: "makeup routine" is beauty before vlog, "hair tutorial" beauty
    before education (words like "routine", "tutorial", "budget" fit many videos)."""
    if len(niches) < 2:
        return niches
    strong = blank(folded, [v.GENERIC_NICHE_WORDS])
    specific = set(read_wants(strong).niches) | set(v.NICHES.keys(strong))
    return [n for n in niches if n in specific] + [n for n in niches if n not in specific]


def colours_in(folded: str) -> list[str]:
    """Hex colours named in the text, in the order they were named."""
    return v.COLOURS.keys(folded)


def aspects_in(folded: str) -> list[Aspect]:
    """Aspect ratios asked for, in order (9:16 for Shorts/Reels/TikTok, 1:1 for posts…)."""
    found: list[tuple[int, str]] = [(s, key) for s, _, key in v.ASPECTS.find(folded)]
    found += [(m.start(), "16:9") for m in _YOUTUBE.finditer(folded)]
    for m in _ASPECT_LITERAL.finditer(folded):
        ratio = f"{m.group(1)}:{m.group(2)}"
        if ratio in get_args(Aspect):
            found.append((m.start(), ratio))
    ordered = [key for _, key in sorted(found)]
    if "9:16" in ordered and "16:9" in ordered and not _explicit_landscape(folded):
        ordered = [a for a in ordered if a != "16:9"]  # "my YouTube Shorts cover" is vertical
    return list(dict.fromkeys(ordered))[:3]  # type: ignore[return-value]


def _explicit_landscape(folded: str) -> bool:
    return bool(re.search(r"16\s*[:x]\s*9|landscape|horizontal|both|and a (youtube|16)", folded))


def read_face(folded: str) -> tuple[bool | None, bool]:
    """(wants_face, use_photo): True/False/None for a face, and whether it is the creator's."""
    if v.NO_FACE.any(folded):
        return False, False
    if v.FACE_SELF.any(folded):
        return True, True
    if v.FACE_ANY.any(folded):
        return True, False
    return None, False


def _face_side(folded: str) -> str | None:
    left, right = v.LEFT.find(folded), v.RIGHT.find(folded)
    if left and not right:
        return "face_left"
    if right and not left:
        return "face_right"
    return None


def listicle_number(original: str, folded: str) -> str | None:
    """The number a listicle headline hangs on, exactly as written ("10", "۱۰", "$30k")."""
    for m in _NUMBER.finditer(folded):
        digits = re.sub(r"\D", "", m.group(0))
        if not digits or _YEAR.match(digits):
            continue
        after = folded[m.end():m.end() + 24]
        leads = m.start() <= 2 or _TOP_N.search(folded[max(0, m.start() - 20):m.end()])
        if leads or v.LISTICLE_NOUNS.any(after[:16]) or m.group(0)[-1:] in "%k+" \
                or m.group(0)[:1] in "$€£¥₹":
            return original[m.start():m.end()].strip()
    return None


def _energy_from(mood: list[str]) -> int | None:
    if any(m in v.HIGH_ENERGY_MOODS for m in mood):
        return 8
    if any(m in v.LOW_ENERGY_MOODS for m in mood):
        return 3
    return None


def _merge(*lists: list[str]) -> list[str]:
    return list(dict.fromkeys(x for lst in lists for x in lst))


def blank(folded: str, terms: list[Terms]) -> str:
    """`folded` with every match of `terms` replaced by spaces (same length)."""
    for t in terms:
        for s, e, _ in t.find(folded):
            folded = folded[:s] + " " * (e - s) + folded[e:]
    return folded
