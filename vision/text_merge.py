"""Join text pieces that sit on one baseline into one line.

Glyph chains are per colour, so "NOOB VS" in white and "PRO" in cyan come out as two pieces,
and heavy strokes can open word gaps wider than the chaining allows. A designer sees one line:
pieces of similar letter height, overlapping vertically and close horizontally, are merged.
"""

from __future__ import annotations

from vision.dna import Box, LetterCase, TextZone


def merge_runs(zones: list[TextZone], aspect: float) -> list[TextZone]:
    """Merge same-line pieces; `aspect` is image width / height (gaps are compared in pixels
    of height)."""
    pending = sorted(zones, key=lambda z: z.box.x)
    merged: list[TextZone] = []
    while pending:
        current = pending.pop(0)
        changed = True
        while changed:
            changed = False
            for other in list(pending):
                if _same_line(current, other, aspect):
                    current = _join(current, other)
                    pending.remove(other)
                    changed = True
        merged.append(current)
    return sorted(merged, key=lambda z: (z.box.y, z.box.x))


def _same_line(a: TextZone, b: TextZone, aspect: float) -> bool:
    lo, hi = sorted((a.relative_size, b.relative_size))
    if hi > 1.4 * max(lo, 1e-6):
        return False
    overlap = min(a.box.y + a.box.h, b.box.y + b.box.h) - max(a.box.y, b.box.y)
    if overlap < 0.6 * min(a.box.h, b.box.h):
        return False
    gap = max(b.box.x - (a.box.x + a.box.w), a.box.x - (b.box.x + b.box.w))  # width units
    return gap * aspect < 1.3 * hi  # in height units, against the cap height


def _join(a: TextZone, b: TextZone) -> TextZone:
    x0, y0 = min(a.box.x, b.box.x), min(a.box.y, b.box.y)
    x1 = max(a.box.x + a.box.w, b.box.x + b.box.w)
    y1 = max(a.box.y + a.box.h, b.box.y + b.box.h)
    main = a if (a.word_count or 0) * a.box.w >= (b.word_count or 0) * b.box.w else b
    case: LetterCase = a.case if a.case == b.case else "mixed"
    return main.model_copy(update={
        "box": Box(x=x0, y=y0, w=x1 - x0, h=y1 - y0),
        "relative_size": max(a.relative_size, b.relative_size),
        "case": case,
        "stroke": a.stroke or b.stroke,
        "shadow": a.shadow or b.shadow,
        "word_count": (a.word_count or 0) + (b.word_count or 0),
    })
