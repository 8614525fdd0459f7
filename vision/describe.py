"""`describe(dna)`: one compact English paragraph of a design, for text embedding and prompts.

Creators search in words ("finance, face on the right, yellow headline"), so the description
uses the same words: niche, energy, face position, headline size/weight/case, devices, named
colours. Deterministic, so the same DNA always embeds to the same vector.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vision.colour import colour_name, hex_to_rgb, srgb_to_lab

if TYPE_CHECKING:
    from vision.dna import Box, DesignDNA, TextZone

_LAYOUT_PHRASES = {
    "face_left": "face on the left",
    "face_right": "face on the right",
    "centered_headline": "centred headline layout",
    "big_number": "big number layout",
    "before_after": "before/after split",
    "versus": "versus split",
    "product_closeup": "product close-up",
    "minimal": "minimal layout",
    "other": "free layout",
}


def describe(dna: DesignDNA) -> str:
    """A one-paragraph description such as "Finance thumbnail, high energy, face on the right,
    big bold 3-word uppercase headline on the left with stroke, red arrow, navy background"."""
    parts = [_subject(dna), _layout(dna), *_faces(dna), *_text(dna), *_elements(dna)]
    parts += _colours(dna)
    parts.append(_tone(dna))
    parts.append(_framing(dna))
    return ", ".join(p for p in parts if p) + "."


def _subject(dna: DesignDNA) -> str:
    niche = dna.style.niche[0].capitalize() if dna.style.niche else "YouTube"
    e = dna.style.energy
    energy = "high energy" if e >= 8 else "medium energy" if e >= 4 else "calm, low energy"
    mood = " and ".join(dna.style.mood[:3])
    return f"{niche} thumbnail, {energy}" + (f", {mood} mood" if mood else "")


def _layout(dna: DesignDNA) -> str:
    if dna.composition.layout in ("face_left", "face_right") and dna.faces.count == 1:
        return ""  # the face phrase already says which side
    return _LAYOUT_PHRASES[dna.composition.layout]


def _faces(dna: DesignDNA) -> list[str]:
    f = dna.faces
    if f.count == 0:
        return ["no face"]
    size = "large" if f.size_share > 0.12 else "medium" if f.size_share > 0.03 else "small"
    if f.count == 1 and f.boxes:
        return [f"one {size} face {_where(f.boxes[0])}"]
    return [f"{f.count} faces, the largest {size}"]


def _text(dna: DesignDNA) -> list[str]:
    if not dna.text:
        return ["no text"]
    main = max(dna.text, key=lambda z: z.relative_size * z.box.w)
    # The headline is the main line plus lines of similar size; smaller lines are sublines.
    block = [z for z in dna.text if z.relative_size >= 0.7 * main.relative_size]
    words = sum(z.word_count or 0 for z in block)
    lines = f" in {len(block)} lines" if len(block) > 1 else ""
    out = [f"{_headline(main, words)}{lines} {_where(main.box)}{_finish(main)}"]
    if len(dna.text) > len(block):
        out.append("small subline" if len(dna.text) - len(block) == 1 else "small sublines")
    return out


def _headline(z: TextZone, words: int) -> str:
    size = "huge" if z.relative_size > 0.18 else "big" if z.relative_size > 0.09 else "small"
    case = {"upper": " uppercase", "lower": " lowercase", "title": " title-case"}.get(z.case, "")
    count = f" {words}-word" if words else ""
    colour = f" {colour_name(z.colour)}" if z.colour else ""
    return f"{size} {z.weight}{count}{colour}{case} headline"


def _finish(z: TextZone) -> str:
    fx = [name for on, name in ((z.stroke, "stroke"), (z.shadow, "drop shadow")) if on]
    return f" with {' and '.join(fx)}" if fx else ""


def _elements(dna: DesignDNA) -> list[str]:
    e = dna.elements
    out = [_count(n, word) for n, word in ((e.arrows, "arrow"), (e.circles, "circle highlight"),
                                            (e.badges, "badge"), (e.emoji, "emoji")) if n]
    if e.has_number:
        out.append("big number")
    return out


def _colours(dna: DesignDNA) -> list[str]:
    out = []
    bg = dna.colours("background")
    if bg:
        out.append(f"{_shade(bg[0].hex)}{colour_name(bg[0].hex)} background")
    bg_names = set(_unique_names(bg))
    accents = [n for n in _unique_names(dna.colours("accent")) if n not in bg_names][:3]
    if accents:
        out.append("accent " + " and ".join(accents))
    text = _unique_names(dna.colours("text"))[:2]
    if text:
        out.append(" and ".join(text) + " text")
    return out


def _tone(dna: DesignDNA) -> str:
    c, b = dna.tone.contrast, dna.tone.brightness
    contrast = "high contrast" if c > 0.28 else "low contrast" if c < 0.12 else "medium contrast"
    light = "dark" if b < 0.35 else "bright" if b > 0.65 else "mid-tone"
    return f"{contrast}, {light}"


def _framing(dna: DesignDNA) -> str:
    c = dna.composition
    bits = []
    if c.rule_of_thirds:
        bits.append("rule of thirds")
    if c.symmetry > 0.8:
        bits.append("symmetrical")
    if c.empty_space > 0.45:
        bits.append("lots of empty space")
    elif c.empty_space < 0.15:
        bits.append("busy, filled frame")
    bits.append(_aspect(dna.technical.aspect))
    return ", ".join(bits)


def _where(box: Box) -> str:
    col = "on the left" if box.cx < 0.4 else "on the right" if box.cx > 0.6 else "in the centre"
    row = " at the top" if box.cy < 0.3 else " at the bottom" if box.cy > 0.7 else ""
    return col + row


def _shade(hex_value: str) -> str:
    name = colour_name(hex_value)
    lightness = float(srgb_to_lab(hex_to_rgb(hex_value))[0])
    if lightness < 30 and name not in ("black", "navy", "charcoal", "dark red", "dark green"):
        return "dark "
    if lightness > 85 and name not in ("white", "cream", "light grey"):
        return "pale "
    return ""


def _unique_names(swatches: list) -> list[str]:
    return list(dict.fromkeys(colour_name(s.hex) for s in swatches))


def _count(n: int, word: str) -> str:
    if n == 1:
        return f"{'an' if word[0] in 'aeiou' else 'a'} {word}"
    return f"{n} {word}s" if not word.endswith("emoji") else f"{n} emoji"


def _aspect(aspect: float) -> str:
    for label, value in (("16:9", 16 / 9), ("9:16", 9 / 16), ("1:1", 1.0), ("4:3", 4 / 3),
                         ("4:5", 0.8)):
        if abs(aspect - value) < 0.03:
            return f"{label} frame"
    return f"{aspect:.2f}:1 frame"
