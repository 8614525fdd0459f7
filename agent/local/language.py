"""Which language a message is in: by script first, then by stop-words. No models, no downloads.

Good enough to answer in the creator's language and to pick word lists; it is not a general
language identifier. Quoted titles are left out by the caller (a German creator may quote an
English title).
"""

from __future__ import annotations

import re

# Script ranges checked in order; the first with enough letters decides.
_SCRIPTS: tuple[tuple[str, str], ...] = (
    ("ja", r"[\u3040-\u30ff]"),  # hiragana/katakana: Japanese even among kanji
    ("ko", r"[\uac00-\ud7af]"),
    ("zh", r"[\u4e00-\u9fff]"),  # kanji without kana reads as Chinese
    ("hi", r"[\u0900-\u097f]"),
    ("arabic", r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"),
    ("ru", r"[\u0400-\u04ff]"),
    ("el", r"[\u0370-\u03ff]"),
    ("he", r"[\u0590-\u05ff]"),
    ("th", r"[\u0e00-\u0e7f]"),
)
# Folded forms (see `fold`): Arabic ي/ى/ك/أ are already ی/ک/ا here.
_PERSIAN_WORDS = re.compile(
    r"(?<!\S)(است|را|برای|این|که|می|یک|درباره|از|با|کن|بده|بکن|سلام|ممنون|مرسی|درود|سپاس)(?!\S)"
)
_ARABIC_WORDS = re.compile(
    r"(?<!\S)(فی|علی|الی|هذا|هذه|عن|لی|مع|ارید|او|ان|اجعل|مرحبا|شکرا|اهلا)(?!\S)"
)

def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Frequent words that rarely occur in the other candidates; folded (accents stripped).
_STOP_WORDS: dict[str, frozenset[str]] = {
    "en": _set(
        "the and for my with about you your is are this that of to make me please pls what how it "
        "can an in on hi hello hey thanks thank start again more like one text bigger also use "
        "change move face upscale vary yes no"
    ),
    "de": _set(
        "der die das und fur mein meine meinen mit uber ist ein eine einen ich du nicht bitte "
        "mach mache zum zur auf wie den dem sind auch danke hallo moin von nummer variante "
        "grosser kleiner dunkler heller schrift hintergrund gesicht bitte"
    ),
    "es": _set(
        "el la los las y para mi mis con sobre es un una que por favor hazme haz del al como yo "
        "tu se pon quiero gracias hola buenas mas letra fondo cara izquierda derecha"
    ),
    "fr": _set(
        "le la les et pour ma mon mes avec sur est un une que je tu pas fais moi du des au comme "
        "vous ce cette veux merci bonjour salut coucou mets plus texte fond visage droite gauche "
        "sombre"
    ),
    "pt": _set(
        "o a os as e para meu minha com sobre um uma que nao faz faca do da dos das no na eu voce "
        "por favor quero deixa obrigado obrigada ola oi valeu maior menor rosto fundo coloca "
        "esquerda direita"
    ),
    "it": _set(
        "il lo la gli le e per mio mia con su un una che non fammi del della sono come io tu "
        "voglio"
    ),
    "nl": _set(
        "de het een en voor mijn met is ik je niet maak van dat wat"
    ),
}
_WORD = re.compile(r"[a-zß]+")



def detect_language(folded: str, *, default: str = "en") -> str:
    """BCP 47 primary tag of a folded message (see `fold`); `default` when nothing tells."""
    letters = sum(ch.isalpha() for ch in folded)
    if not letters:
        return default
    for tag, pattern in _SCRIPTS:
        count = len(re.findall(pattern, folded))
        if count >= 2 or (count and count * 3 >= letters):
            return _arabic_or_persian(folded) if tag == "arabic" else tag
    return _latin_language(folded, default)


def _arabic_or_persian(text: str) -> str:
    # Folding maps Arabic ي/ك to Persian ی/ک, so letters alone cannot tell: use what folding
    # keeps apart (پ چ ژ گ exist only in Persian) and a few function words of each.
    persian = len(re.findall(r"[پچژگ]", text)) + 2 * len(_PERSIAN_WORDS.findall(text))
    arabic = 2 * len(_ARABIC_WORDS.findall(text))
    arabic += len(re.findall(r"(?<!\S)ال", text))
    return "fa" if persian >= arabic and persian else "ar" if arabic else "fa"


def _latin_language(folded: str, default: str) -> str:
    tokens = _WORD.findall(folded)
    if not tokens:
        return default
    scores = {tag: sum(tok in words for tok in tokens) for tag, words in _STOP_WORDS.items()}
    if "ß" in folded:
        scores["de"] += 2
    best = max(scores, key=lambda tag: (scores[tag], tag == default))
    return best if scores[best] > 0 else default
