"""Re-rank k-NN candidates by how well their design DNA fits what was asked, and say why.

Pure functions over values: no database, no model. The vector score says "means the same";
the fit score says "looks like what you asked for" (layout, palette, energy, niche).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from vision.colour import delta_e2000, hex_to_rgb, srgb_to_lab

VECTOR_WEIGHT = 0.65  # the rest is DNA fit, when anything was asked for
_RELATED_LAYOUTS = {
    frozenset({"face_left", "face_right"}): 0.6,
    frozenset({"before_after", "versus"}): 0.7,
    frozenset({"centered_headline", "minimal"}): 0.5,
    frozenset({"big_number", "centered_headline"}): 0.4,
}


@dataclass(frozen=True)
class DesignWants:
    """What a request asks of the design, beyond its meaning."""

    layout: str | None = None
    colours: Sequence[str] = ()  # hex, e.g. "#ff0000"
    energy: int | None = None  # 1–10
    niches: Sequence[str] = ()
    elements: Sequence[str] = ()  # "arrows", "circles", "badges", "emoji", "number"

    def any(self) -> bool:
        return bool(self.layout or self.colours or self.energy or self.niches or self.elements)


@dataclass(frozen=True)
class Candidate:
    """What re-ranking needs to know about one template."""

    similarity: float  # 1 - cosine distance
    niches: Sequence[str]
    layout: str
    energy: int
    palette: Sequence[str]  # hex, dominant first
    face_count: int = 0
    elements: Sequence[str] = ()  # which graphic elements the DNA found


@dataclass(frozen=True)
class Ranked:
    score: float
    similarity: float
    fit: float | None
    reasons: list[str] = field(default_factory=list)

    @property
    def why(self) -> str:
        return "; ".join(self.reasons)


def layout_fit(wanted: str, actual: str) -> float:
    if wanted == actual:
        return 1.0
    return _RELATED_LAYOUTS.get(frozenset({wanted, actual}), 0.0)


def colour_fit(wanted: Sequence[str], palette: Sequence[str]) -> float:
    """1 when every wanted colour has a near twin in the palette (ΔE2000 0), 0 at ΔE ≥ 40."""
    if not wanted or not palette:
        return 0.0
    pal = srgb_to_lab([hex_to_rgb(h) for h in palette])
    scores = []
    for colour in wanted:
        lab = srgb_to_lab([hex_to_rgb(colour)])
        nearest = float(min(delta_e2000(lab, pal)))
        scores.append(max(0.0, 1 - nearest / 40))
    return sum(scores) / len(scores)


def energy_fit(wanted: int, actual: int) -> float:
    return 1 - abs(wanted - actual) / 9


def rank(candidate: Candidate, wants: DesignWants) -> Ranked:
    """Score one candidate; reasons are short phrases an operator (or log) can read."""
    parts: list[float] = []
    reasons: list[str] = []
    if wants.niches:
        shared = sorted(set(wants.niches) & set(candidate.niches))
        parts.append(1.0 if shared else 0.0)
        if shared:
            reasons.append(f"{'/'.join(shared)} niche")
    if wants.layout:
        fit = layout_fit(wants.layout, candidate.layout)
        parts.append(fit)
        if fit == 1:
            reasons.append(f"{_layout_words(candidate.layout)} as asked")
        elif fit > 0:
            reasons.append(f"{_layout_words(candidate.layout)}, close to the asked layout")
    if wants.colours:
        fit = colour_fit(wants.colours, candidate.palette)
        parts.append(fit)
        if fit >= 0.6:
            reasons.append("palette close to the asked colours")
    if wants.energy:
        fit = energy_fit(wants.energy, candidate.energy)
        parts.append(fit)
        if fit >= 0.75:
            reasons.append(f"energy {candidate.energy}/10 fits")
    if wants.elements:
        present = [e for e in wants.elements if e in candidate.elements]
        parts.append(len(present) / len(wants.elements))
        if present:
            reasons.append(f"has {', '.join(present)}")
    fit_score = sum(parts) / len(parts) if parts else None
    if fit_score is None:
        score = candidate.similarity
    else:
        score = VECTOR_WEIGHT * candidate.similarity + (1 - VECTOR_WEIGHT) * fit_score
    reasons.insert(
        0, f"{_strength(candidate.similarity)} match in meaning ({candidate.similarity:.2f})"
    )
    if not wants.layout:
        reasons.append(_layout_words(candidate.layout))
    return Ranked(score=score, similarity=candidate.similarity, fit=fit_score, reasons=reasons)


def _strength(similarity: float) -> str:
    return "strong" if similarity >= 0.55 else "good" if similarity >= 0.4 else "loose"


def _layout_words(layout: str) -> str:
    return {
        "face_left": "face on the left, headline right",
        "face_right": "face on the right, headline left",
        "centered_headline": "centred headline",
        "big_number": "big number / listicle",
        "before_after": "before/after split",
        "versus": "versus split",
        "product_closeup": "product close-up",
        "minimal": "minimal layout",
    }.get(layout, layout.replace("_", " "))
