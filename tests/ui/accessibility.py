"""axe-core (from npm, tests/ui/axe/) injected into the page under test, and layout checks.

`make test` installs the pinned axe-core with `npm ci`; nothing is fetched by the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

AXE_JS = Path(__file__).with_name("axe") / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = ("critical", "serious")

# Everything axe checks by default, plus WCAG 2.2's minimum target size (24×24 px) for touch.
_RUN = """async () => {
  const result = await axe.run(document, {
    resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } });
  return result.violations.map(v => ({ id: v.id, impact: v.impact || '', help: v.help,
    nodes: v.nodes.map(n => n.target.join(' ') + '  ' + n.html.slice(0, 120)) }));
}"""


@dataclass(frozen=True)
class Violation:
    id: str
    impact: str
    help: str
    nodes: list[str]

    def __str__(self) -> str:
        return f"[{self.impact}] {self.id}: {self.help}\n    " + "\n    ".join(self.nodes)


def axe_violations(page) -> list[Violation]:
    """Every axe-core violation on the page as it is now."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_JS))
    return [Violation(**v) for v in page.evaluate(_RUN)]


def blocking(violations: list[Violation]) -> str:
    """The critical and serious ones, readable in an assertion message ("" when none)."""
    return "\n".join(str(v) for v in violations if v.impact in BLOCKING)


@dataclass(frozen=True)
class Box:
    what: str
    x: float
    y: float
    width: float
    height: float

    def overlaps(self, other: Box) -> bool:
        return (self.x < other.x + other.width - 0.5 and other.x < self.x + self.width - 0.5
                and self.y < other.y + other.height - 0.5
                and other.y < self.y + self.height - 0.5)


_BOXES = """selector => [...document.querySelectorAll(selector)].flatMap(el => {
  const r = el.getBoundingClientRect();
  const shown = r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  const what = el.id || el.getAttribute('aria-label') || el.textContent.trim().slice(0, 30);
  return shown ? [{ what, x: r.x, y: r.y, width: r.width, height: r.height }] : [];
})"""


def boxes(page, selector: str) -> list[Box]:
    """The on-screen boxes of the visible elements `selector` matches."""
    return [Box(**b) for b in page.evaluate(_BOXES, selector)]


def overlapping(found: list[Box]) -> list[tuple[str, str]]:
    return [(a.what, b.what) for i, a in enumerate(found) for b in found[i + 1:]
            if a.overlaps(b)]
