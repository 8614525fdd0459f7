"""Where a line may break. Spaces separate words in most scripts (Korean included); Chinese may
break between any two characters; Japanese keeps katakana words, kanji compounds with their
kana endings and Latin words with the particle after them together, breaking where one such
phrase gives way to the next. Never before closing punctuation or small kana."""

from __future__ import annotations

NO_LINE_START = set("、。，．！？!?)）」』】〕・ー々ゃゅょっァィゥェォッャュョ,.:;…")
_OPENERS = set("(（「『【〔")


def script(char: str) -> str:
    """A coarse script class for breaking: han, hira, kata, hangul, punct or other."""
    cp = ord(char)
    if 0x3040 <= cp <= 0x309F:
        return "hira"
    if 0x30A0 <= cp <= 0x30FF or cp == 0x30FC or 0x31F0 <= cp <= 0x31FF:
        return "kata"
    if 0x3400 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF:
        return "han"
    if 0xAC00 <= cp <= 0xD7AF or 0x1100 <= cp <= 0x11FF:
        return "hangul"
    if 0x3000 <= cp <= 0x303F or 0xFF00 <= cp <= 0xFFEF:
        return "punct"
    return "other"


def _japanese_break(a: str, b: str) -> bool:
    """May a Japanese line break between a and b (with no space between them)?"""
    sa, sb = script(a), script(b)
    if sa == "punct":
        return a not in _OPENERS
    if sb == "punct":
        return b in _OPENERS
    if a.isdigit() and sb == "han":
        return False  # a number keeps its counter: 1日, 2万円
    # Same script: one word (katakana word, kanji compound, kana run, Latin word). Hiragana after
    # anything: okurigana and particles stay with what they follow. Otherwise a phrase starts.
    return sa != sb and sb != "hira"


def _may_break(a: str, b: str, japanese: bool) -> bool:
    if b in NO_LINE_START:
        return False
    if japanese:
        return _japanese_break(a, b)
    sa, sb = script(a), script(b)
    # Chinese breaks anywhere between ideographs (and at their edges); others only at spaces.
    return "han" in (sa, sb) or ("punct" in (sa, sb) and "hangul" not in (sa, sb))


def tokens(text: str) -> list[tuple[str, bool]]:
    """Break opportunities as (token, preceded_by_space), in logical order."""
    japanese = any(script(c) in ("hira", "kata") for c in text)
    out: list[tuple[str, bool]] = []
    for i, word in enumerate(text.split(" ")):
        if not word:
            continue
        buf, first = word[0], True
        for a, b in zip(word, word[1:], strict=False):
            if _may_break(a, b, japanese):
                out.append((buf, first and i > 0))
                buf, first = b, False
            else:
                buf += b
        out.append((buf, first and i > 0))
    return out
