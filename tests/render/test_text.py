"""Text fitting and script coverage: fits its box, RTL shaping, real glyphs for accents and CJK."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from render.breaks import tokens
from render.fonts import ROLE_FACES, FontFace, coverage, face_for, load
from render.text import TextStyle, apply_case, draw_text, fit_text, measure

LONG = "The Absolutely Unbelievable Truth About Building A Budget Gaming Computer In 2026"


@pytest.mark.parametrize("box", [(600, 400), (300, 120), (1000, 160), (160, 300), (90, 40)])
@pytest.mark.parametrize("role", ["heavy", "display", "sans"])
def test_long_headline_fits_its_box(box: tuple[int, int], role: str) -> None:
    w, h = box
    fitted = fit_text(apply_case(LONG, "upper"), w, h, role=role, max_size=300, max_lines=3,
                      stroke_ratio=0.07)
    ink_w, ink_h, _ = measure(fitted.lines, fitted.face, fitted.size, fitted.stroke)
    assert ink_w <= w and ink_h <= h
    if fitted.size > 8:  # a box too small for the whole text gets more lines, then an ellipsis
        assert len(fitted.lines) <= 3
        assert " ".join(fitted.lines) == apply_case(LONG, "upper")


def test_drawn_ink_stays_inside_the_box() -> None:
    canvas = Image.new("RGBA", (1280, 720), (0, 0, 0, 255))
    box = (700, 60, 1220, 460)
    fitted = fit_text(apply_case(LONG, "upper"), 520, 400, role="heavy", max_size=200,
                      max_lines=4, stroke_ratio=0.08)
    style = TextStyle(fill=(255, 255, 255), stroke=(0, 0, 0), shadow=(0, 0, 0),
                      emphasis=(255, 220, 0))
    ink = draw_text(canvas, box, fitted, style, emphasis="truth")
    assert box[0] <= ink[0] and box[1] <= ink[1] and ink[2] <= box[2] and ink[3] <= box[3]


def test_short_headline_grows_to_its_max_size() -> None:
    fitted = fit_text("WOW", 1000, 600, role="heavy", max_size=180)
    assert fitted.size == 180


def test_headline_breaks_into_balanced_lines() -> None:
    fitted = fit_text("THE BEST BUDGET GAMING PC", 500, 400, role="heavy", max_lines=2)
    assert len(fitted.lines) == 2
    widths = [load(fitted.face, 100).getlength(line) for line in fitted.lines]
    assert min(widths) / max(widths) > 0.6


def test_japanese_breaks_between_phrases_not_inside_words() -> None:
    assert [t for t, _ in tokens("最強のゲーミングPCを作ってみた")] == [
        "最強の", "ゲーミング", "PCを", "作ってみた"]
    assert [t for t, _ in tokens("東京で1日2万円生活")][:2] == ["東京で", "1日"]


def test_chinese_breaks_between_any_characters_and_korean_at_spaces() -> None:
    assert len(tokens("新年快乐大家好")) == 7
    assert [t for t, _ in tokens("우리 이사했어요")] == ["우리", "이사했어요"]


def test_cjk_text_without_spaces_wraps_to_fit() -> None:
    text = "最強のゲーミングPCを作ってみた結果がすごかった"
    fitted = fit_text(text, 400, 300, role="heavy", max_lines=3)
    assert len(fitted.lines) >= 2
    assert "".join(fitted.lines) == text
    assert not any(line[0] in "、。ーッっ" for line in fitted.lines)


def test_emphasis_word_is_painted_in_the_emphasis_colour() -> None:
    canvas = Image.new("RGBA", (800, 300), (0, 0, 0, 255))
    fitted = fit_text("SAVE MONEY NOW", 760, 260, role="heavy", max_lines=1)
    style = TextStyle(fill=(255, 255, 255), emphasis=(255, 0, 0))
    draw_text(canvas, (20, 20, 780, 280), fitted, style, emphasis="money")
    px = np.asarray(canvas.convert("RGB")).reshape(-1, 3)
    red = np.sum((px[:, 0] > 200) & (px[:, 1] < 60))
    white = np.sum(px.min(axis=1) > 200)
    assert red > 1000 and white > 1000


def _ink(font: ImageFont.FreeTypeFont, text: str, **kw: str) -> np.ndarray:
    img = Image.new("L", (1400, 300), 0)
    ImageDraw.Draw(img).text((20, 40), text, font=font, fill=255, **kw)
    return np.asarray(img) > 128


def test_persian_is_shaped_right_to_left_with_joined_letters() -> None:
    word = "بهترین گوشی"
    face = face_for(word, "heavy")
    assert face.rtl and face.language == "fa"
    raqm = load(face, 80)
    basic = ImageFont.truetype(str(face.path), 80, layout_engine=ImageFont.Layout.BASIC)
    # joined (initial/medial/final) forms are narrower than the isolated forms basic layout uses
    assert raqm.getlength(word, direction="rtl", language="fa") < 0.9 * basic.getlength(word)
    # right to left: the first logical word is the right-hand cluster of ink
    first, second = "ششش", "اااااااااا"
    ink = _ink(raqm, f"{first} {second}", direction="rtl", language="fa")
    left, right = _two_clusters(ink)
    alone = [_extent(_ink(raqm, w, direction="rtl", language="fa")) for w in (first, second)]
    assert abs(right - alone[0]) <= 3 and abs(left - alone[1]) <= 3


def _extent(ink: np.ndarray) -> int:
    cols = np.nonzero(ink.any(axis=0))[0]
    return int(cols[-1] - cols[0] + 1)


def _two_clusters(ink: np.ndarray) -> tuple[int, int]:
    """Widths of the left and right ink clusters, split at the widest blank gap."""
    cols = np.nonzero(ink.any(axis=0))[0]
    gaps = np.diff(cols)
    cut = int(np.argmax(gaps))
    return int(cols[cut] - cols[0] + 1), int(cols[-1] - cols[cut + 1] + 1)


def _notdef(font: ImageFont.FreeTypeFont) -> np.ndarray:
    return _ink(font, "\U000f0000")  # a private-use code point no face maps: draws .notdef


@pytest.mark.parametrize(
    "text,role",
    [("Größer Schöner Weiß Café", "heavy"), ("ÄÖÜ ÉÈ ß", "display"), ("最強の方法", "heavy"),
     ("최고의 여행", "heavy"), ("新年快乐", "sans"), ("بهترین", "heavy")],
)
def test_scripts_render_with_real_glyphs_not_tofu(text: str, role: str) -> None:
    face = face_for(text, role)
    covered = coverage(face.path, face.index)
    assert all(ord(c) in covered for c in text if not c.isspace())
    font = load(face, 60)
    tofu = _notdef(font)
    tofu_w = tofu.any(axis=0).sum()
    for char in {c for c in text if not c.isspace()}:
        glyph = _ink(font, char, direction="rtl" if face.rtl else "ltr")
        assert glyph.any(), char
        assert not (glyph.any(axis=0).sum() == tofu_w and np.array_equal(
            glyph[:, glyph.any(axis=0)], tofu[:, tofu.any(axis=0)])), f"{char!r} drew .notdef"


def test_latin_accents_stay_in_the_display_face() -> None:
    assert face_for("GRÖSSER WEIß CAFÉ", "heavy").path == ROLE_FACES["heavy"]


def test_missing_font_file_is_a_clear_configuration_error(tmp_path) -> None:
    from pathlib import Path

    from kernel.errors import ConfigurationError
    from render.fonts import require

    with pytest.raises(ConfigurationError, match="apt-get install"):
        require(Path(tmp_path) / "nope.ttf")
    assert isinstance(load(FontFace(ROLE_FACES["body"]), 20), ImageFont.FreeTypeFont)


def test_emoji_are_drawn_in_colour_from_the_emoji_font() -> None:
    canvas = Image.new("RGBA", (900, 300), (0, 0, 0, 255))
    fitted = fit_text("WOW 🔥", 860, 260, role="heavy", max_lines=1)
    ink = draw_text(canvas, (20, 20, 880, 280), fitted, TextStyle(fill=(255, 255, 255)))
    px = np.asarray(canvas.convert("RGB").crop(ink)).reshape(-1, 3).astype(int)
    orange = (px[:, 0] > 200) & (px[:, 1] > 60) & (px[:, 1] < 190) & (px[:, 2] < 80)
    assert orange.sum() > 500  # the flame, not a white .notdef box


def test_rtl_blocks_drop_emoji_rather_than_draw_tofu() -> None:
    fitted = fit_text("بهترین گوشی 🔥", 600, 200, role="heavy")
    assert "🔥" not in "".join(fitted.lines)


@pytest.mark.parametrize("rotation", [-12, -3, 8])
def test_tilted_text_still_fits_its_box(rotation: float) -> None:
    canvas = Image.new("RGBA", (800, 400), (0, 0, 0, 255))
    box = (100, 100, 500, 220)
    fitted = fit_text("LIMITED OFFER", 400, 120, role="heavy", max_size=200, rotation=rotation,
                      stroke_ratio=0.06)
    style = TextStyle(fill=(255, 255, 255), stroke=(0, 0, 0), rotation=rotation)
    ink = draw_text(canvas, box, fitted, style)
    assert box[0] - 1 <= ink[0] and box[1] - 1 <= ink[1]
    assert ink[2] <= box[2] + 1 and ink[3] <= box[3] + 1
