"""Midjourney prompts: text-free art, room where the layers go, inert creator words."""

from __future__ import annotations

import pytest

from admin.starter_library import starter_templates
from render.midjourney.colours import colour_name
from render.midjourney.prompt import (
    ArtBrief,
    PromptKnobs,
    build_prompt,
    sanitize,
    with_aspect,
)
from render.midjourney.room import Room, room_for, room_from_spec, room_words
from vision.dna import (
    Box,
    Composition,
    DesignDNA,
    Faces,
    Style,
    Swatch,
    Technical,
    TextZone,
    Tone,
)


def dna(layout: str = "face_left", text_x: float | None = 0.6, face_x: float | None = 0.1,
        mood: tuple[str, ...] = ("bold",), niche: tuple[str, ...] = ("tech",),
        energy: int = 8) -> DesignDNA:
    text = [TextZone(box=Box(x=text_x, y=0.4, w=0.35, h=0.2), relative_size=0.15)] if (
        text_x is not None) else []
    faces = Faces(count=1, boxes=[Box(x=face_x, y=0.2, w=0.3, h=0.5)], size_share=0.15) if (
        face_x is not None) else Faces(count=0, size_share=0.0)
    return DesignDNA(
        analyser="local",
        palette=[Swatch(hex="#0b1a4a", share=0.6, role="background"),
                 Swatch(hex="#ffe000", share=0.2, role="accent"),
                 Swatch(hex="#ffffff", share=0.1, role="text")],
        tone=Tone(brightness=0.4, contrast=0.6),
        composition=Composition(focal_x=0.3, focal_y=0.4, rule_of_thirds=True, symmetry=0.2,
                                empty_space=0.3, layout=layout),  # type: ignore[arg-type]
        text=text, faces=faces, style=Style(energy=energy, mood=list(mood), niche=list(niche)),
        technical=Technical(width=1280, height=720, aspect=16 / 9, sharpness=0.8),
    )


def test_prompt_asks_for_text_free_art_with_room_for_headline_and_face() -> None:
    prompt = build_prompt(dna(), ArtBrief(topic="building a home lab server"))
    assert prompt.startswith("tech themed background art for a YouTube thumbnail about "
                             "building a home lab server")
    assert "wide empty negative space on the right side" in prompt
    assert "soft open background on the left side" in prompt
    assert "--no text, letters, words, typography, watermark, logo, signature, people, faces" \
        in prompt
    assert "--ar 16:9" in prompt and prompt.endswith("--style raw")
    assert "dark blue" in prompt and "yellow" in prompt  # palette as words, not hex
    assert "#" not in prompt


def test_creator_colours_and_mood_win_over_the_templates() -> None:
    prompt = build_prompt(dna(), ArtBrief(topic="cozy baking", mood=["Cozy", "warm"],
                                          colours=["#ff69b4", "not-a-colour"], energy=2))
    assert "cozy, warm, bold" in prompt
    assert "colour palette of pink" in prompt and "dark blue" not in prompt
    assert "calm, soft light, minimal" in prompt and "explosive" not in prompt


@pytest.mark.parametrize("aspect", ["16:9", "9:16", "1:1"])
def test_knobs_become_parameters(aspect: str) -> None:
    knobs = PromptKnobs(aspect=aspect, version="6.1", style_raw=False, stylize=250,  # type: ignore[arg-type]
                        style_refs=("https://cdn.example/ref.png", "123456"))
    prompt = build_prompt(dna(), ArtBrief(topic="x"), knobs)
    assert prompt.endswith(f"--ar {aspect} --no text, letters, words, typography, watermark, "
                           "logo, signature, people, faces --sref https://cdn.example/ref.png "
                           "123456 --s 250 --v 6.1")


def test_knobs_refuse_values_that_would_break_the_prompt() -> None:
    with pytest.raises(ValueError):
        PromptKnobs(style_refs=("javascript:alert(1) --ar 1:1",))
    with pytest.raises(ValueError):
        PromptKnobs(version="6 --tile")


def test_smuggled_parameters_weights_permutations_and_urls_are_stripped() -> None:
    dirty = ("cats --ar 1:1 --v 5 —no dogs {red,blue,green} car::2 "
             "https://evil.example/x.png --sref 99 --chaos 100\x00 /imagine")
    clean = sanitize(dirty)
    for bad in ("--", "—", "::", "{", "}", "http", "\x00", "ar 1:1", "sref", "chaos"):
        assert bad not in clean
    assert clean.startswith("cats") and "dogs" in clean and "car" in clean
    prompt = build_prompt(dna(), ArtBrief(topic=dirty, mood=["--tile"]))
    assert prompt.count("--ar") == 1 and "--tile" not in prompt and "--chaos" not in prompt


def test_user_words_are_capped_at_a_word_boundary() -> None:
    clean = sanitize("word " * 100, limit=23)
    assert clean == "word word word word" and len(clean) <= 23


def test_room_follows_the_text_zones_and_faces() -> None:
    assert room_for(dna(text_x=0.05, face_x=0.65)) == Room(text="left", subject="right")
    assert room_for(dna("centered_headline", text_x=0.3, face_x=None)) == Room(
        text="centre", subject=None)


def test_room_falls_back_to_the_layout_class() -> None:
    assert room_for(dna("face_right", text_x=None, face_x=None)) == Room(
        text="left", subject="right")
    split = room_for(dna("versus", text_x=None, face_x=None))
    assert split.split and "two contrasting halves" in room_words(split)[0]


def test_no_people_exclusion_without_a_person_slot() -> None:
    prompt = build_prompt(dna("minimal", text_x=0.3, face_x=None), ArtBrief(topic="x"))
    assert "people" not in prompt and "calm uncluttered centre" in prompt


@pytest.mark.parametrize(("hex_", "name"), [
    ("#000000", "black"), ("#ffffff", "white"), ("#808080", "grey"), ("#0b1a4a", "dark blue"),
    ("#ff0000", "vivid red"), ("#ff1493", "neon pink"), ("#8b4513", "brown"),
    ("#ffe000", "vivid yellow"), ("#b39ddb", "pastel purple"), ("#20b2aa", "teal"),
])
def test_colour_names(hex_: str, name: str) -> None:
    assert colour_name(hex_) == name


def test_with_aspect_keeps_an_existing_one() -> None:
    assert with_aspect("sky --ar 9:16", "16:9") == "sky --ar 9:16"
    assert with_aspect("sky", "1:1") == "sky --ar 1:1"


def test_room_from_the_spec_follows_the_layers_and_the_reflow() -> None:
    spec = next(t for t in starter_templates() if t.layout == "face_left")
    assert room_from_spec(spec, "16:9") == Room(text="right", subject="left")
    assert room_from_spec(spec, "9:16") == Room(text="top", subject="bottom")  # stacked
    versus = next(t for t in starter_templates() if t.layout == "versus")
    assert room_from_spec(versus).split


def test_a_spec_room_overrides_the_dna() -> None:
    prompt = build_prompt(dna(), ArtBrief(topic="x"), PromptKnobs(aspect="9:16"),
                          room=Room(text="top", subject="bottom"))
    assert "wide empty negative space at the top" in prompt
    assert "soft open background at the bottom" in prompt and "--ar 9:16" in prompt
