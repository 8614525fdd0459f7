"""DesignDNA is strict typed data that round-trips through JSON, and describe() reads well."""

from __future__ import annotations

import numpy as np
import pytest
from pydantic import ValidationError

from vision.colour import colour_name, delta_e2000
from vision.dna import (
    Box,
    Composition,
    DesignDNA,
    Elements,
    Faces,
    Style,
    Swatch,
    Technical,
    TextZone,
    Tone,
    describe,
)
from vision.local_analyzer import analyse_image


def finance_dna(**changes: object) -> DesignDNA:
    base = DesignDNA(
        analyser="local",
        palette=[
            Swatch(hex="#14213D", share=0.62, role="background"),
            Swatch(hex="#ffd400", share=0.12, role="text"),
            Swatch(hex="#e11e28", share=0.08, role="accent"),
        ],
        tone=Tone(brightness=0.28, contrast=0.41),
        composition=Composition(focal_x=0.7, focal_y=0.4, rule_of_thirds=True, symmetry=0.2,
                                empty_space=0.3, layout="face_right"),
        text=[TextZone(box=Box(x=0.05, y=0.1, w=0.42, h=0.16), relative_size=0.14,
                       weight="heavy", case="upper", stroke=True, word_count=3,
                       colour="#ffd400")],
        faces=Faces(count=1, boxes=[Box(x=0.6, y=0.2, w=0.3, h=0.55)], size_share=0.165),
        elements=Elements(arrows=1),
        style=Style(energy=9, mood=["Dramatic", "urgent", "dramatic"], niche=["finance"]),
        technical=Technical(width=1280, height=720, aspect=1280 / 720, sharpness=0.9),
    )
    return base.model_copy(update=changes)


def test_json_round_trip_is_lossless() -> None:
    dna = finance_dna()
    again = DesignDNA.model_validate_json(dna.model_dump_json())
    assert again == dna
    assert dna.palette[0].hex == "#14213d"  # normalised to lowercase
    assert dna.style.mood == ["dramatic", "urgent"]  # lowercased, de-duplicated


def test_analysed_dna_round_trips_too(face_thumbnail) -> None:  # noqa: ANN001
    dna = analyse_image(face_thumbnail[0])
    assert DesignDNA.model_validate_json(dna.model_dump_json()) == dna


def test_invalid_values_are_refused() -> None:
    with pytest.raises(ValidationError):
        Swatch(hex="navy", share=0.5, role="background")
    with pytest.raises(ValidationError):
        Box(x=0.5, y=0.5, w=1.5, h=0.1)
    with pytest.raises(ValidationError):
        Style(energy=11)
    with pytest.raises(ValidationError):
        DesignDNA.model_validate({**finance_dna().model_dump(), "surprise": 1})


def test_box_helpers() -> None:
    a = Box.from_pixels(0, 0, 640, 720, 1280, 720)
    assert (a.w, a.h, a.cx) == (0.5, 1.0, 0.25)
    assert a.iou(Box(x=0.25, y=0, w=0.5, h=1)) == pytest.approx(1 / 3)
    assert Box.from_pixels(-10, -10, 5000, 5000, 100, 100) == Box(x=0, y=0, w=1, h=1)


def test_describe_names_niche_layout_text_and_colours() -> None:
    text = describe(finance_dna())
    for phrase in ("Finance thumbnail", "high energy", "face on the right",
                   "heavy 3-word", "uppercase headline on the left", "with stroke",
                   "an arrow", "navy background", "red", "yellow", "16:9"):
        assert phrase in text, (phrase, text)
    assert text.count("face on the right") == 1


def test_describe_is_deterministic_and_compact() -> None:
    dna = finance_dna()
    assert describe(dna) == describe(DesignDNA.model_validate_json(dna.model_dump_json()))
    assert len(describe(dna)) < 400


def test_describe_without_faces_or_text() -> None:
    dna = finance_dna(text=[], faces=Faces(count=0, size_share=0), style=Style(energy=2))
    text = describe(dna)
    assert text.startswith("YouTube thumbnail, calm")
    assert "no face" in text and "no text" in text


def test_colour_names_and_ciede2000_reference_pairs() -> None:
    assert colour_name("#14213d") == "navy" and colour_name("#ffd400") == "yellow"
    # Sharma, Wu & Dalal (2005) test data.
    pairs = [((50, 2.6772, -79.7751), (50, 0, -82.7485), 2.0425),
             ((50, 2.5, 0), (73, 25, -18), 27.1492),
             ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644)]
    for a, b, expected in pairs:
        assert float(delta_e2000(np.array(a), np.array(b))) == pytest.approx(expected, abs=1e-4)
