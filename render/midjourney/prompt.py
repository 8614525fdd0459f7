"""Midjourney prompts for text-free background art, from a template's DNA and a request. Pure.

The prompt asks for art only: the compositor adds the headline, shapes and the creator's photo,
so the art must carry no lettering and must leave calm room where those go (see `room`).
Creator words are sanitised first: they must not carry Midjourney parameters (`--ar`, `--sref`,
`--no`), multi-prompt weights (`::`), permutations (`{a,b}` — each one a paid job) or image URLs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from render.midjourney.colours import colour_names
from render.midjourney.contract import Aspect
from render.midjourney.room import Room, room_for, room_words
from vision.dna import DesignDNA

NO_WORDS = ("text", "letters", "words", "typography", "watermark", "logo", "signature")
MAX_PROMPT = 1500  # Midjourney accepts ~6000 characters; past a few hundred words are ignored
_PARAM = re.compile(r"(?:-{2,}|[\u2012-\u2015])\s*[A-Za-z]+(?:\s+[\d.:]+\b)?")
_URL = re.compile(r"\b(?:https?|ftp)://\S+|\bwww\.\S+", re.IGNORECASE)
_AR = re.compile(r"(?:^|\s)--(?:ar|aspect)\s", re.IGNORECASE)
_SREF = re.compile(r"^(?:https://\S+|\d{1,20})$")
_VERSION = re.compile(r"^\d{1,2}(?:\.\d)?$")


@dataclass(frozen=True)
class ArtBrief:
    """The creator's side: what the video is about and how it should feel."""

    topic: str
    mood: Sequence[str] = ()
    colours: Sequence[str] = ()  # #rrggbb wishes; they replace the template's palette
    energy: int | None = None  # 1 calm – 10 explosive; None keeps the template's


@dataclass(frozen=True)
class PromptKnobs:
    """Midjourney parameters Routix sets (never the creator)."""

    aspect: Aspect = "16:9"
    version: str | None = None  # "6.1", "7"; None leaves the proxy account's default
    style_raw: bool = True  # less of Midjourney's own look, closer to the asked-for style
    style_refs: Sequence[str] = field(default_factory=tuple)  # --sref URLs or style codes
    stylize: int | None = None  # --s 0..1000

    def __post_init__(self) -> None:
        if self.version is not None and not _VERSION.match(self.version):
            raise ValueError(f"not a Midjourney version: {self.version!r}")
        for ref in self.style_refs:
            if not _SREF.match(ref):
                raise ValueError(f"a style reference must be an https URL or a code: {ref!r}")
        if self.stylize is not None and not 0 <= self.stylize <= 1000:
            raise ValueError("stylize must be 0..1000")


def sanitize(text: str, limit: int = 200) -> str:
    """Creator words made inert for Midjourney: no parameters, weights, URLs; capped."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in text)
    text = _URL.sub(" ", text)
    text = _PARAM.sub(" ", text)
    text = re.sub(r"-{2,}|[\u2012-\u2015]|::|[{}<>\[\]|\\]", " ", text)
    text = re.sub(r"^\s*/\w+", " ", text)  # a pasted "/imagine"
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return text.strip(" ,.;:")


def build_prompt(dna: DesignDNA, brief: ArtBrief, knobs: PromptKnobs | None = None,
                 room: Room | None = None) -> str:
    """A full /imagine prompt: description, then parameters Routix controls.

    Pass `room` (from `room_from_spec(recipe.spec, aspect)`) when the layer spec is at hand;
    without it the room is read from the DNA.
    """
    knobs = knobs or PromptKnobs()
    room = room or room_for(dna)
    parts = [_subject(dna, brief), *_feel(dna, brief), *room_words(room),
             "cinematic lighting", "high detail"]
    body = ", ".join(p for p in parts if p)
    no = list(NO_WORDS) + (["people", "faces"] if room.subject else [])
    params = [f"--ar {knobs.aspect}", f"--no {', '.join(no)}"]
    if knobs.style_refs:
        params.append("--sref " + " ".join(knobs.style_refs))
    if knobs.stylize is not None:
        params.append(f"--s {knobs.stylize}")
    if knobs.version:
        params.append(f"--v {knobs.version}")
    if knobs.style_raw:
        params.append("--style raw")
    tail = " " + " ".join(params)
    return body[: MAX_PROMPT - len(tail)].rstrip(", ") + tail


def with_aspect(prompt: str, aspect: str) -> str:
    """The prompt with `--ar <aspect>` appended unless it already sets one."""
    return prompt if _AR.search(prompt) else f"{prompt} --ar {aspect}"


def _subject(dna: DesignDNA, brief: ArtBrief) -> str:
    topic = sanitize(brief.topic) or "an eye-catching scene"
    niche = sanitize(dna.style.niche[0], 30) if dna.style.niche else ""
    scene = f"{niche} themed " if niche else ""
    return f"{scene}background art for a YouTube thumbnail about {topic}"


def _feel(dna: DesignDNA, brief: ArtBrief) -> list[str]:
    moods: dict[str, None] = {}
    for word in [*brief.mood, *dna.style.mood]:
        clean = sanitize(word, 30).lower()
        if clean:
            moods.setdefault(clean, None)
    energy = brief.energy or dna.style.energy
    wishes = colour_names(list(brief.colours))
    template = colour_names([s.hex for s in sorted(dna.palette, key=lambda s: -s.share)])
    colours = wishes or template
    feel = [*list(moods)[:4], _energy_words(energy)]
    if colours:
        feel.append("colour palette of " + _and(colours))
    return feel


def _energy_words(energy: int) -> str:
    if energy <= 3:
        return "calm, soft light, minimal"
    if energy <= 6:
        return "vibrant, clean, crisp"
    return "explosive energy, dramatic, high contrast, dynamic angles"


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
