"""Legibility: WCAG contrast between colours, and picking a readable text colour for a label
sitting on a coloured shape (palette swaps can put maroon on red; this puts it right)."""

from __future__ import annotations

RGB = tuple[int, int, int]
MIN_LABEL_CONTRAST = 3.0  # WCAG's floor for large text
# An emphasised word sits among readable words; bright-on-bright (yellow on hot pink) is a
# thumbnail staple that WCAG's 3.0 would forbid, so the floor for it is lower.
MIN_ACCENT_CONTRAST = 2.2


def luminance(rgb: RGB) -> float:
    """WCAG relative luminance of an sRGB colour."""
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: RGB, b: RGB) -> float:
    """WCAG contrast ratio, 1 (same) to 21 (black on white)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_on(fill: RGB, ground: RGB, candidates: list[RGB]) -> RGB:
    """`fill` if it reads on `ground`; else the candidate (then black or white) that reads best."""
    if contrast(fill, ground) >= MIN_LABEL_CONTRAST:
        return fill
    options = [*candidates, (0, 0, 0), (255, 255, 255)]
    return max(options, key=lambda c: contrast(c, ground))


def readable_accent(accent: RGB, ground: RGB, fill: RGB, candidates: list[RGB]) -> RGB:
    """An emphasis colour that reads on `ground` and still stands apart from the text `fill`."""
    if contrast(accent, ground) >= MIN_ACCENT_CONTRAST:
        return accent
    apart = [c for c in candidates if contrast(c, fill) >= 1.5
             and contrast(c, ground) >= MIN_ACCENT_CONTRAST]
    return max(apart, key=lambda c: contrast(c, ground)) if apart else accent
