"""Read design wishes out of plain words: colours, layout, energy, graphic elements, faces.

Pure and deterministic. Used by `routix search` and by the local brain; an LLM brain fills the
same `DesignWants` from its structured output instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from library.rerank import DesignWants

COLOURS = {
    "red": "#e53935",
    "orange": "#fb8c00",
    "yellow": "#fdd835",
    "gold": "#ffc107",
    "green": "#43a047",
    "lime": "#c6ff00",
    "teal": "#00897b",
    "cyan": "#00e5ff",
    "blue": "#1e88e5",
    "navy": "#1a237e",
    "purple": "#8e24aa",
    "violet": "#7c4dff",
    "pink": "#ec407a",
    "magenta": "#d500f9",
    "black": "#111111",
    "white": "#fafafa",
    "grey": "#9e9e9e",
    "gray": "#9e9e9e",
    "brown": "#6d4c41",
    "beige": "#d7ccc8",
}
_LAYOUT_PATTERNS = [
    (r"\b(vs|versus|against|compared? (?:to|with))\b", "versus"),
    (r"\bbefore\s*(?:/|and|&|-|vs)?\s*after\b", "before_after"),
    (r"\b(face|me|photo|selfie)\b[^.,;]{0,20}\bright\b", "face_right"),
    (r"\b(face|me|photo|selfie)\b[^.,;]{0,20}\bleft\b", "face_left"),
    (
        r"\b(top|best)\s+\d+\b|\b\d+\s+(tips|tricks|ways|things|reasons|mistakes|hacks|ideas)\b",
        "big_number",
    ),
    (r"\b(listicle|countdown|ranking)\b", "big_number"),
    (r"\b(product|unboxing|close-?up|review of)\b", "product_closeup"),
    (r"\b(minimal|minimalist|clean|simple)\b", "minimal"),
    (r"\b(centered|centred|center|centre)\b", "centered_headline"),
]
_HIGH = r"\b(bold|loud|crazy|insane|explosive|hype|epic|shocking|shocked|intense|energetic|viral)\b"
_LOW = r"\b(calm|cozy|cosy|chill|soft|minimal|relaxing|elegant|quiet|aesthetic|clean)\b"
_ELEMENTS = {
    "arrows": r"\barrows?\b",
    "circles": r"\b(circle|circled|ring)s?\b",
    "badges": r"\b(badge|sticker|label|tag)s?\b",
    "emoji": r"\bemojis?\b",
    "number": r"\b(number|price|\$\d+|\d+%)\b",
}
NICHE_WORDS = {
    "gaming": r"\b(gam(e|es|ing|er)|minecraft|fortnite|boss|speedrun|let'?s play|valorant|gta)\b",
    "finance": r"\b(financ\w*|money|invest\w*|stocks?|crypto|budget\w*|sav(e|ing)|rich|debt|"
    r"salary|passive income|\$\d+)\b",
    "tech": r"\b(tech|phone|iphone|android|laptop|pc|gadget|ai|python|code|coding|programming|"
    r"software|app)\b",
    "education": r"\b(learn\w*|study|lesson|explained|history|math|science|course|tutorial|"
    r"exam|school)\b",
    "cooking": r"\b(cook\w*|recipe|food|pasta|kitchen|bake|baking|meal|chef|burger|eat)\b",
    "fitness": r"\b(fitness|workout|gym|abs|muscle|weight ?loss|training|run(ning)?|yoga)\b",
    "travel": r"\b(travel\w*|trip|beach|hotel|flight|country|city tour|backpack\w*)\b",
    "vlog": r"\b(vlog|day in (my|the) life|my life|routine|moving|apartment)\b",
    "beauty": r"\b(beauty|makeup|skincare|hair|nails|glow ?up|cosmetic\w*)\b",
    "reaction": r"\b(react(s|ing|ion)?|reacting)\b",
    "podcast": r"\b(podcast|interview|episode|guest|talk show)\b",
    "news": r"\b(news|breaking|update|report|election|politic\w*)\b",
    "kids": r"\b(kids?|children|toys?|cartoon|family fun)\b",
}


@dataclass(frozen=True)
class ReadWants:
    wants: DesignWants
    niches: list[str]
    faces: str  # "some", "none" or "any"


def read_wants(text: str) -> ReadWants:
    """Everything the words say about the design (not the headline)."""
    lower = text.lower()
    colours = [hex_ for word, hex_ in COLOURS.items() if re.search(rf"\b{word}\b", lower)]
    layout = next((name for pattern, name in _LAYOUT_PATTERNS if re.search(pattern, lower)), None)
    energy = 8 if re.search(_HIGH, lower) else 3 if re.search(_LOW, lower) else None
    elements = [name for name, pattern in _ELEMENTS.items() if re.search(pattern, lower)]
    niches = [name for name, pattern in NICHE_WORDS.items() if re.search(pattern, lower)]
    if re.search(r"\b(no face|without (a |my )?face|faceless)\b", lower):
        faces = "none"
    elif re.search(r"\b(face|faces|me|myself|selfie|my photo|reaction)\b", lower):
        faces = "some"
    else:
        faces = "any"
    return ReadWants(
        wants=DesignWants(
            layout=layout, colours=colours, energy=energy, niches=niches, elements=elements
        ),
        niches=niches,
        faces=faces,
    )
