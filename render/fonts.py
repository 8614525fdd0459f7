"""Font files by role and script, resolved by path from Debian's font packages, cached.

A text block is set in one face: the role's display face when it covers every character, else
the first fallback that does (Noto for accents beyond the display face, Arabic script, Hebrew,
Devanagari, Thai, CJK). Emoji are drawn as separate runs from Noto Color Emoji (render.text).
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fontTools.ttLib import TTCollection, TTFont
from PIL import ImageFont

from kernel.errors import ConfigurationError

_OT = Path("/usr/share/fonts/opentype")
_TT = Path("/usr/share/fonts/truetype")

# role -> the face a Latin headline is set in (apt: fonts-league-spartan, fonts-bebas-neue,
# fonts-inter).
ROLE_FACES: dict[str, Path] = {
    "heavy": _OT / "league-spartan/LeagueSpartan-Black.otf",
    "display": _OT / "bebas-neue/BebasNeue-Bold.otf",
    "sans": _OT / "inter/InterDisplay-Black.otf",
    "body": _OT / "inter/Inter-ExtraBold.otf",
}
APT_PACKAGES = (
    "fonts-league-spartan", "fonts-bebas-neue", "fonts-inter", "fonts-noto-core",
    "fonts-noto-cjk", "fonts-noto-color-emoji",
)


@dataclass(frozen=True)
class FontFace:
    """One face in one file (`index` picks a face inside a .ttc collection)."""

    path: Path
    index: int = 0
    rtl: bool = False
    language: str | None = None  # an OpenType language tag hint for raqm ("fa", "ja", ...)


_CJK_INDEX = {"ja": 0, "ko": 1, "zh": 2, "zh-hans": 2, "zh-cn": 2, "zh-hant": 3, "zh-tw": 3}
_NOTO_CJK = _OT / "noto/NotoSansCJK-Bold.ttc"
FALLBACKS: tuple[FontFace, ...] = (
    FontFace(_TT / "noto/NotoSans-Bold.ttf"),
    FontFace(_TT / "noto/NotoSansArabic-Bold.ttf", rtl=True, language="ar"),
    FontFace(_TT / "noto/NotoSansHebrew-Bold.ttf", rtl=True, language="he"),
    FontFace(_TT / "noto/NotoSansDevanagari-Bold.ttf", language="hi"),
    FontFace(_TT / "noto/NotoSansThai-Bold.ttf", language="th"),
    FontFace(_NOTO_CJK, index=0, language="ja"),
)
EMOJI_FACE = FontFace(_TT / "noto/NotoColorEmoji.ttf")
EMOJI_NATIVE_SIZE = 109  # the only size the CBDT bitmap strikes come in


def require(path: Path) -> Path:
    """The path, or a ConfigurationError naming the package that ships it."""
    if not path.is_file():
        raise ConfigurationError(
            f"Font file {path} is missing. Install the Debian font packages: "
            f"apt-get install {' '.join(APT_PACKAGES)}"
        )
    return path


@lru_cache(maxsize=32)
def coverage(path: Path, index: int = 0) -> frozenset[int]:
    """The code points a face maps to glyphs."""
    require(path)
    if path.suffix.lower() == ".ttc":
        font = TTCollection(str(path), lazy=True).fonts[index]
    else:
        font = TTFont(str(path), lazy=True, fontNumber=index)
    return frozenset(font.getBestCmap() or {})


_per_thread = threading.local()
_CACHE_SIZE = 256


def load(face: FontFace, size: int) -> ImageFont.FreeTypeFont:
    """A cached raqm-layout font object for a face at a pixel size.

    Cached per thread: a FreeType face must not be used by two threads at once, and renders run
    on worker threads (asyncio.to_thread)."""
    cache: dict[tuple[FontFace, int], ImageFont.FreeTypeFont] = _per_thread.__dict__.setdefault(
        "fonts", {})
    key = (face, max(1, size))
    font = cache.get(key)
    if font is None:
        if len(cache) >= _CACHE_SIZE:
            cache.clear()  # fitting probes many sizes; start over rather than grow forever
        font = cache[key] = ImageFont.truetype(
            str(require(face.path)), size=key[1], index=face.index,
            layout_engine=ImageFont.Layout.RAQM,
        )
    return font


def is_emoji(char: str) -> bool:
    """True for pictographs a text face will not have (drawn from the emoji font instead)."""
    cp = ord(char)
    return (
        0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF or cp in (0xFE0F, 0x200D)
        or 0x1F1E6 <= cp <= 0x1F1FF
    )


def _needs(text: str) -> set[int]:
    return {
        ord(c) for c in text
        if not c.isspace() and not is_emoji(c) and unicodedata.category(c)[0] != "C"
    }


def _language_of(text: str) -> str | None:
    """A coarse language guess where it changes shaping or glyph choice."""
    if any("\u0600" <= c <= "\u06ff" for c in text):
        # Persian-only letters (پ چ ژ گ ی ک) get Persian shaping forms and digits.
        return "fa" if any(c in "پچژگیک" for c in text) else "ar"
    if any("\uac00" <= c <= "\ud7af" for c in text):
        return "ko"
    if any("\u3040" <= c <= "\u30ff" for c in text):
        return "ja"
    if any("\u4e00" <= c <= "\u9fff" for c in text):
        return "zh"
    return None


def face_for(text: str, role: str, language: str | None = None) -> FontFace:
    """The face to set `text` in: the role's face if it covers the text, else a Noto fallback."""
    needed = _needs(text)
    language = (language or _language_of(text) or "").lower() or None
    primary = FontFace(ROLE_FACES[role])
    if needed <= coverage(primary.path):
        return primary
    for face in FALLBACKS:
        if needed <= coverage(face.path, face.index):
            if face.path == _NOTO_CJK:
                return FontFace(face.path, _CJK_INDEX.get(language or "ja", 0), language=language)
            return FontFace(face.path, face.index, face.rtl, language or face.language)
    # Nothing covers everything: take the face that covers most, so the damage is smallest.
    candidates = (primary, *FALLBACKS)
    best = max(candidates, key=lambda f: len(needed & coverage(f.path, f.index)))
    return FontFace(best.path, best.index, best.rtl, language or best.language)
