"""Length-preserving text folding, so matches on the folded copy map back to the original.

Folding lower-cases, strips Latin accents ("Grün" → "grun", "vídeo" → "video"), maps every
script's digits to ASCII ("۱۰" → "10") and unifies Arabic/Persian letter variants (ي/ی, ك/ک).
Each character maps to exactly one character, so `original[m.start():m.end()]` is the creator's
own text for any match `m` on the folded copy: headlines and topics are cut from the original.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache

from kernel.settings import Settings

_CLITICS = ("وال", "بال", "لل", "ال", "و", "ب", "ل", "ف")  # longest first
# The reader looks at most this much of a message: the message limit itself (one home, Settings).
MAX_CHARS: int = Settings.model_fields["max_message_chars"].default

_ZERO_DIGITS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0xFF10)  # Arabic-Indic, Persian, Devanagari, …
_ARABIC = {"ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا"}


@cache
def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x41, 0x0500):  # Basic Latin … Cyrillic: lower-case, drop diacritics
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0].lower()
        if base != char and len(base) == 1:
            table[code] = base
    for zero in _ZERO_DIGITS:
        for k in range(10):
            table[zero + k] = str(k)
    for src, dst in _ARABIC.items():
        table[ord(src)] = dst
    table[0x200C] = " "  # zero-width non-joiner (Persian): a word joint, match it like a space
    table[0xFF1A] = ":"  # full-width colon (Japanese "タイトル：")
    return table


def fold(text: str) -> str:
    """The matching form of `text`, same length, one character for one."""
    return text.translate(_table())


def prepare(message: str | None) -> str:
    """The part of a message worth reading: at most MAX_CHARS, never None."""
    return (message or "")[:MAX_CHARS]


def _is_latin(term: str) -> bool:
    return all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in term)


def _is_arabic(term: str) -> bool:
    return "\u0600" <= term[:1] <= "\u06ff"


def term_pattern(terms: Iterable[str]) -> str:
    """One regex for many folded terms: Latin ones as whole words, others as substrings.

    Latin words need boundaries ("red" is not in "bored"); Arabic-script words start a word
    (after an optional clitic) but take suffixes (Persian "صورتم", "رنگ‌ها"); scripts without
    spaces (Japanese) match anywhere. Each group is a prefix trie, not a flat alternation: the
    regex engine then rejects most positions on their first character (10× faster here).
    """
    latin, arabic, other = [], [], []
    for term in {fold(t) for t in terms if t}:
        (latin if _is_latin(term) else arabic if _is_arabic(term) else other).append(term)
    parts = []
    if latin:
        parts.append(rf"(?<!\w){_trie(latin)}(?!\w)")
    if arabic:  # a word start, maybe after a clitic (و ب ل ف ال); suffixes free
        parts.append(rf"(?<!\w)(?:{'|'.join(_CLITICS)})?{_trie(arabic)}")
    if other:
        parts.append(_trie(other))
    return "|".join(parts) or r"(?!x)x"


def _trie(terms: list[str]) -> str:
    root: dict[str, dict] = {}
    for term in terms:
        node = root
        for char in term:
            node = node.setdefault(char, {})
        node[""] = {}  # a term ends here
    return f"(?:{_emit(root)})"


def _emit(node: dict[str, dict]) -> str:
    branches = [_char(c) + _emit(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body  # greedy: the longer term first


def _char(char: str) -> str:
    if char == " ":
        return r"[\s\-]+"
    return r"[\s\-]?" if char == "-" else re.escape(char)


class Terms:
    """A keyed word list ({key: terms in any language}), compiled on first use."""

    def __init__(self, table: Mapping[str, Iterable[str]]) -> None:
        self.table = {key: tuple(terms) for key, terms in table.items()}
        self._compiled: tuple[re.Pattern[str], dict[str, str]] | None = None

    def _ready(self) -> tuple[re.Pattern[str], dict[str, str]]:
        if self._compiled is None:
            back = {_spaced(fold(t)): key for key, terms in self.table.items() for t in terms}
            self._compiled = (re.compile(term_pattern(self._all())), back)
        return self._compiled

    def _all(self) -> list[str]:
        return [t for terms in self.table.values() for t in terms]

    def find(self, folded: str) -> list[tuple[int, int, str]]:
        """(start, end, key) for every term in `folded`, in text order."""
        pattern, back = self._ready()
        found = []
        for m in pattern.finditer(folded):
            key = _lookup(back, _spaced(m.group(0)))
            if key is not None:
                found.append((m.start(), m.end(), key))
        return found

    def keys(self, folded: str) -> list[str]:
        """The distinct keys found in `folded`, in order of first appearance."""
        return list(dict.fromkeys(key for _, _, key in self.find(folded)))

    def any(self, folded: str) -> bool:
        return self._ready()[0].search(folded) is not None


def words(*terms: str) -> Terms:
    """A one-key `Terms` (key "yes") for a plain "does any of these occur" test."""
    return Terms({"yes": terms})


def _lookup(back: dict[str, str], matched: str) -> str | None:
    """The key of a matched term, looking past an Arabic clitic ("الطبخ" → "طبخ")."""
    if matched in back:
        return back[matched]
    for clitic in _CLITICS:
        if matched.startswith(clitic) and matched[len(clitic):] in back:
            return back[matched[len(clitic):]]
    return None


def _spaced(text: str) -> str:
    """A lookup key that ignores how words were joined ("make-up", "make up", "makeup")."""
    return re.sub(r"[\s\-]+", "", text)
