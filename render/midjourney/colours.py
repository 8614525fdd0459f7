"""Hex colours as words Midjourney understands ("#1b2a6b" -> "dark blue"). Pure.

Midjourney reads hex codes as noise, so palettes go into prompts as plain colour names.
"""

from __future__ import annotations

import colorsys
import re

_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")
# Upper hue bounds in degrees, in order; the last bucket wraps back to red.
_HUES = [(12, "red"), (40, "orange"), (66, "yellow"), (160, "green"), (195, "teal"),
         (255, "blue"), (285, "purple"), (345, "pink"), (360, "red")]


def is_hex(value: str) -> bool:
    return bool(_HEX.match(value.strip()))


def colour_name(value: str) -> str:
    """A short English name for a #rrggbb colour; ValueError if it is not one."""
    match = _HEX.match(value.strip())
    if not match:
        raise ValueError(f"not a #rrggbb colour: {value!r}")
    raw = match.group(1)
    r, g, b = (int(raw[i:i + 2], 16) / 255 for i in (0, 2, 4))
    hue, sat, val = colorsys.rgb_to_hsv(r, g, b)
    if val < 0.16:
        return "black"
    if sat < 0.15:
        return "white" if val > 0.9 else "light grey" if val > 0.65 else (
            "grey" if val > 0.35 else "charcoal")
    name = next(label for bound, label in _HUES if hue * 360 < bound)
    if name == "orange" and val < 0.6:
        name = "brown"
    if val < 0.45:
        return f"dark {name}"
    if sat > 0.8 and val > 0.85:
        return f"neon {name}" if name in ("green", "pink", "blue", "purple") else f"vivid {name}"
    if sat < 0.4 and val > 0.8:
        return f"pastel {name}"
    return name


def colour_names(values: list[str], limit: int = 3) -> list[str]:
    """Distinct names for the valid hex colours among `values`, first `limit` of them."""
    names: dict[str, None] = {}
    for value in values:
        if is_hex(value):
            names.setdefault(colour_name(value), None)
    return list(names)[:limit]
