"""Four variations from a handful of templates: different designs first, then palette swaps.

Pure. "Never four near-copies": each recipe differs from the others in template or palette,
and palette swaps come from a fixed set of high-contrast alternates, not random hues.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from render.recipe import RenderRecipe
from render.spec import TemplateSpec

# Bold, readable swaps (background, background2, accent, accent2, text, text_stroke).
ALTERNATE_PALETTES: tuple[dict[str, str], ...] = (
    {"background": "#0b1026", "background2": "#23135c", "accent": "#ffd400",
     "accent2": "#ff3d71", "text": "#ffffff", "text_stroke": "#000000"},
    {"background": "#d7261e", "background2": "#7a0b0b", "accent": "#ffe600",
     "accent2": "#ffffff", "text": "#ffffff", "text_stroke": "#1a0000"},
    {"background": "#00a86b", "background2": "#004d32", "accent": "#ffffff",
     "accent2": "#ffd400", "text": "#ffffff", "text_stroke": "#002414"},
    {"background": "#111111", "background2": "#2b2b2b", "accent": "#00e5ff",
     "accent2": "#ff2e97", "text": "#ffffff", "text_stroke": "#000000"},
    {"background": "#ffcc00", "background2": "#ff8a00", "accent": "#111111",
     "accent2": "#e53935", "text": "#111111", "text_stroke": "#ffffff"},
    {"background": "#6b5dd3", "background2": "#2a1f7a", "accent": "#8bffb0",
     "accent2": "#ffd400", "text": "#ffffff", "text_stroke": "#120a40"},
)


_NUMBER = re.compile(r"[$€£]?\d+(?:[.,]\d+)?\s?[%kKmMxX+]?")


def number_in(text: str) -> str | None:
    """The headline's number, for designs with a big-number slot ("10 tricks" → "10")."""
    match = _NUMBER.search(text)
    return match.group(0).replace(" ", "").upper() if match else None


@dataclass(frozen=True)
class Wording:
    """The creator's words and look wishes that every variation carries."""

    headline: str
    subline: str | None = None
    emphasis: str | None = None
    language: str | None = None
    palette: dict[str, str] | None = None  # e.g. brand colours: applied to every variation
    subject_key: str | None = None


def plan_variations(templates: Sequence[tuple[str | None, TemplateSpec]], wording: Wording,
                    *, size: str = "youtube", count: int = 4, seed: int = 0,
                    first_round: int = 0) -> list[tuple[str | None, RenderRecipe]]:
    """`count` recipes as (template id, recipe): one per template while they last, then the
    best templates again with alternate palettes. `first_round=1` starts with palette swaps
    (variations of one result must all differ from it)."""
    if not templates:
        raise ValueError("no templates to vary")
    chosen: list[tuple[str | None, RenderRecipe]] = []
    round_ = first_round
    while len(chosen) < count:
        for template_id, spec in templates:
            if len(chosen) == count:
                break
            palette = dict(wording.palette or {})
            if round_ > 0:  # second pass: same design, a clearly different palette
                swap = ALTERNATE_PALETTES[(seed + len(chosen) + round_) % len(ALTERNATE_PALETTES)]
                palette = {**swap, **palette}
            chosen.append((template_id, RenderRecipe(
                spec=spec, size=size, headline=wording.headline, subline=wording.subline,
                emphasis=wording.emphasis, number=number_in(wording.headline),
                badge="",  # a template's sample labels ("RENT", "REVIEW") are not the creator's
                palette=palette,
                subject_key=wording.subject_key,
                language=wording.language, seed=seed + len(chosen))))
        round_ += 1
    return chosen
