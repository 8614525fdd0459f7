"""Feed previews: real-size cards, both themes, titles that wrap and end in an ellipsis."""

from PIL import Image

from render import fonts
from ui.feed_preview import (
    DARK,
    HOME,
    LIGHT,
    PAD,
    ROW_HEIGHT,
    UP_NEXT,
    WIDTH,
    FeedText,
    feed_preview,
    feed_preview_png,
    wrap,
)


def thumb(colour="#ff0000", size=(1280, 720)) -> Image.Image:
    return Image.new("RGB", size, colour)


def test_both_themes_show_the_thumbnail_at_320x180_and_168x94():
    preview = feed_preview(thumb(), FeedText(title="10 Python tricks", channel="Code with Sam"))
    assert preview.size == (WIDTH, 2 * ROW_HEIGHT)
    for row, theme in enumerate((LIGHT, DARK)):
        y0 = row * ROW_HEIGHT
        # the home card's centre is the thumbnail's colour, its corner the theme background
        assert preview.getpixel((PAD + HOME[0] // 2, y0 + PAD + HOME[1] // 2)) == (255, 0, 0)
        up_next_x = PAD + HOME[0] + 24
        assert preview.getpixel((up_next_x + UP_NEXT[0] // 2, y0 + PAD + UP_NEXT[1] // 2)) == \
            (255, 0, 0)
        background = Image.new("RGB", (1, 1), theme.background).getpixel((0, 0))
        assert preview.getpixel((WIDTH - 3, y0 + 3)) == background
        # nothing red outside the 320×180 box (the thumbnail is scaled, not pasted at 1280)
        assert preview.getpixel((PAD + HOME[0] + 4, y0 + PAD + HOME[1] // 2)) != (255, 0, 0)


def test_a_tall_image_is_cropped_to_the_feed_frame_not_squashed():
    tall = thumb("#00ff00", (1080, 1920))
    preview = feed_preview(tall, FeedText(title="Shorts"))
    assert preview.getpixel((PAD + HOME[0] // 2, PAD + HOME[1] // 2)) == (0, 255, 0)


def test_long_titles_wrap_to_two_lines_and_end_with_an_ellipsis():
    font = fonts.load(fonts.FontFace(fonts.FALLBACKS[0].path), 16)
    title = "I tried every productivity app for thirty days and here is what actually happened"
    lines = wrap(title, font, 270, 2)
    assert len(lines) == 2
    assert lines[1].endswith("…")
    assert all(font.getlength(line) <= 270 for line in lines)
    assert wrap("Short title", font, 270, 2) == ["Short title"]


def test_a_single_overlong_word_is_cut_not_overflowing():
    font = fonts.load(fonts.FontFace(fonts.FALLBACKS[0].path), 16)
    lines = wrap("Supercalifragilisticexpialidocious" * 3, font, 120, 2)
    assert len(lines) == 1 and lines[0].endswith("…")
    assert font.getlength(lines[0]) <= 120


def test_persian_titles_render_with_a_font_that_has_the_letters():
    preview = feed_preview(thumb(), FeedText(title="ده ترفند پایتون که نمی‌دانستید"))
    assert preview.size == (WIDTH, 2 * ROW_HEIGHT)


def test_png_round_trip():
    import io

    source = io.BytesIO()
    thumb().save(source, format="JPEG")
    png = feed_preview_png(source.getvalue(), FeedText(title="x"))
    assert png.startswith(b"\x89PNG")
