"""The creator's own words: quoted titles, `text:` headlines, and the topic of a request.

Everything returned is a slice of the original message (found on the folded copy, which has the
same length), so a headline is byte-for-byte what the creator wrote: never translated, re-cased
or trimmed inside. Only surrounding whitespace is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.local.fold import Terms

# Opening → closing marks. ASCII ' and ’ double as apostrophes, so they open only after a non-word
# character and close only before one ("didn't" stays inside '10 tricks you didn't know').
_PAIRS = (
    ("«", "»"), ("»", "«"), ("„", "“"), ("„", "”"), ("“", "”"), ("”", "”"), ("‚", "‘"),
    ("「", "」"), ("『", "』"), ("《", "》"), ("〈", "〉"), ("‹", "›"), ('"', '"'), ("＂", "＂"),
)
_QUOTE_RE = re.compile(
    "|".join(rf"{re.escape(o)}(?P<q{i}>[^\n{re.escape(c)}]{{1,300}}?){re.escape(c)}"
             for i, (o, c) in enumerate(_PAIRS))
    + r"|(?<!\w)(?P<o>['‘’])(?P<s>(?=\S)[^\n]{1,300}?(?<=\S))(?P=o)(?!\w)"
    + r"|(?<!\w)‘(?P<t>(?=\S)[^\n]{1,300}?(?<=\S))’(?!\w)"
)
_LABEL_RE = re.compile(
    r"(?:^|(?<=[\s,;(]))(?P<label>text|headline|title|titel|titulo|titre|texte|texto|"
    r"uberschrift|uberschrift|main text|متن|عنوان|تیتر|النص|العنوان|テキスト|タイトル|見出し|"
    r"शीर्षक|टेक्स्ट|हेडलाइन)\s*:\s*(?P<value>[^\n]+)"
)
_SUB_LABEL_RE = re.compile(
    r"(?:^|(?<=[\s,;(]))(?:subline|subtitle|sub headline|subheadline|sub|untertitel|"
    r"subtitulo|sous titre|sous-titre|legenda|زیرعنوان|زیر عنوان|العنوان الفرعی|サブタイトル|"
    r"उपशीर्षक)\s*:\s*(?P<value>[^\n]+)"
)
_SUB_BEFORE_QUOTE = re.compile(r"(subline|subtitle|sub|untertitel|subtitulo|sous titre|"
                               r"زیرعنوان|サブタイトル)\W{0,12}$")


@dataclass(frozen=True)
class Span:
    """A piece of the original message: its exact text and where it sat."""

    text: str
    start: int
    end: int


def quotes(original: str, folded: str) -> list[Span]:
    """Every quoted piece, in order; the text is the creator's, exactly."""
    found = []
    for m in _QUOTE_RE.finditer(folded):
        group = next(name for name, value in m.groupdict().items() if value and name != "o")
        start, end = m.span(group)
        text = original[start:end].strip()
        if text:
            found.append(Span(text, start, end))
    return found


def labelled(original: str, folded: str, sub: bool = False) -> Span | None:
    """`headline: …` (or `subline: …` when `sub`) to the end of its line, exactly."""
    m = (_SUB_LABEL_RE if sub else _LABEL_RE).search(folded)
    if m is None:
        return None
    start, end = m.span("value")
    inner = [q for q in quotes(original[start:end], folded[start:end]) if q.start < 3]
    if inner:  # `text: "STOP"`: the quotes are not part of the headline
        q = inner[0]
        return Span(q.text, start + q.start, start + q.end)
    text = original[start:end].strip()
    return Span(text, start, end) if text else None


def is_subline_quote(folded: str, span: Span) -> bool:
    """A quote introduced as a subline ("subtitle 'free guide'")."""
    return bool(_SUB_BEFORE_QUOTE.search(folded[max(0, span.start - 25):span.start]))


# --- the topic when nothing is quoted ------------------------------------------------------------
# Tried in order (the first that yields a topic wins), not by position: "thumbnail for my video
# about X" must take X, not "my video about X".
_TOPIC_LEADS = tuple(re.compile(p) for p in (
    r"\b(?:video|vid|episode|clip|short|reel|stream|podcast|tutorial|vlog|thumbnail|thumb|cover)s?"
    r"\s+(?:called|titled|named|about|on|regarding)\s+(?P<t>.+)",
    r"\b(?:about|regarding|on the topic of|topic:?)\s+(?P<t>.+)",
    r"\b(?:video|vid|vlog|episode|tutorial|title|it)(?:'s|\s+is)?\s+(?:called|titled|named)\s+"
    r"(?P<t>.+)",
    r"\b(?:video|vid|vlog|episode|tutorial)\s*(?:[-–—:]|is about|is on)\s+(?P<t>.+)",
    r"\b(?:episode|interview|podcast|conversation|chat)\s+with\s+(?P<t>.+)",
    r"\b(?:video|vlog|tutorial|episode)\s+(?:where|in which|showing|how)\s+(?P<t>.+)",
    r"\b(?:thumbnail|thumb|cover)s?\s+for\s+(?!(?:my|a|the|an|me|this|it)\b)(?P<t>.+)",
    r"\b(?:for|of|from)\s+my\s+(?P<t>(?:(?!(?:youtube|video|vid|channel)\b)\S+\s+){1,6}?)"
    r"(?:youtube\s+)?(?:video|vid|vlog|tutorial|stream|episode|short|podcast)s?\b",
    r"\b(?:uber|zum thema|thema:?)\s+(?P<t>.+)",  # de
    r"\b(?:sobre|acerca de|tema:?)\s+(?P<t>.+)",  # es, pt
    r"\b(?:sur|a propos de|au sujet de|sujet:?)\s+(?P<t>.+)",  # fr
    r"(?:درباره|دربارهٔ|در مورد|راجع به|موضوع)\s+(?P<t>.+)",  # fa
    r"(?<!\S)(?:عن|حول|بعنوان|موضوع)\s+(?P<t>.+)",  # ar
))
# Japanese and Hindi put the topic first: "Xについての動画", "X के बारे में वीडियो".
_TOPIC_TRAIL = re.compile(
    r"(?P<t>[^\s、。!?]{2,80}?)(?:についての|について|に関する|の動画|のビデオ|のサムネ)"
    r"|(?P<t2>\S.{1,80}?)\s+(?:के बारे में|पर वीडियो|पर एक वीडियो|वाले वीडियो)"
)
# Where a topic phrase stops: sentence punctuation or the start of design wishes.
_TOPIC_END = re.compile(
    r"\s*(?:[,;!?\n()«»„“”「」『』\"]|(?<!\bdr)(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bvs)(?<!\bst)"
    r"\.(?:\s|$)|:\s|\s['‘]|\s[-–—]\s|、|。|،|؛|"
    r"\s(?:with|w/|in an?|in|using|mit|im|con|en|avec|dans|com|em|با|مع)\s+"
    r"(?:my|a|an|the|mein\w*|mi|mon|ma|meu|minha|un|une|um|uma|یک)?\s*"
    r"(?:face|photo|picture|selfie|style|look|vibe|colou?rs?|gesicht|foto|stil|estilo|cara|"
    r"visage|style|rosto|چهره|عکس|استایل|سبک|صوره|وجه|\w+\s+style|\w+\s+colou?rs?)\b|"
    r"\s(?:bold|clean|minimal|dark|bright|neon|tech|gaming|fun)\s+(?:style|look|vibe|colou?rs?)\b|"
    r"\s(?:style|stil|estilo|no face|ohne gesicht|sin cara|sans visage|sem rosto)\b|"
    r"\s(?:thumbnail|miniatura|miniature|vorschaubild)s?\b|"
    r"\s(?:یک\s+)?(?:تامبنیل|کاور|بساز|درست کن)|\s(?:के लिए|थंबनेल))"
)


def topic_phrase(original: str, folded: str) -> Span | None:
    """The topic of a request without quotes ("thumbnail for my video about X" → X)."""
    for pattern in (*_TOPIC_LEADS, _TOPIC_TRAIL):
        m = pattern.search(folded)
        if m is None:
            continue
        group = next(name for name, value in m.groupdict().items() if value)
        start, end = m.span(group)
        if pattern is not _TOPIC_TRAIL:
            stop = _TOPIC_END.search(folded, start, end)
            end = stop.start() if stop else end
        text = re.sub(r"^(?:an?|un|une|um|uma|ein|eine)\s+", "", original[start:end].strip())
        text = text.rstrip(".…")
        if pattern is _TOPIC_TRAIL:  # "मेरे पायथन ट्रिक्स के बारे में" → the tricks, not "my"
            text = re.sub(r"^(?:मेरे|मेरा|मेरी|私の)\s*", "", text)
        if _worth_a_topic(text):
            return Span(text, start, start + len(text))
    return None


def _worth_a_topic(text: str) -> bool:
    letters = sum(ch.isalnum() for ch in text)
    return letters >= 2 and not re.fullmatch(r"(?i)(it|this|that|me|you|them|one|a|the)", text)


def remainder_topic(original: str, folded: str, filler: Terms, design: list[Terms]) -> Span | None:
    """The first clause that says more than "thumbnail pls", as a topic.

    Used when the message matched no topic pattern: it is often just the title, answering
    "What's the video about?", or follows a label ("thumbnail: 10 things I wish I knew").
    Request words and design words do not count as content.
    """
    start = 0
    for _ in range(6):  # the first few clauses; a title is never buried deeper
        stop = _TOPIC_END.search(folded, start)
        end = stop.start() if stop else len(folded)
        if end > start and _has_content(original[start:end], folded[start:end], filler, design):
            text = original[start:end].strip()
            lead = start + (len(original[start:end]) - len(original[start:end].lstrip()))
            return Span(text.rstrip(".…"), lead, lead + len(text))
        if stop is None:
            return None
        start = max(stop.end(), start + 1)
    return None


def _has_content(clause: str, clause_f: str, filler: Terms, design: list[Terms]) -> bool:
    blanked = clause_f
    for terms in (filler, *design):
        for s, e, _ in terms.find(blanked):
            blanked = blanked[:s] + " " * (e - s) + blanked[e:]
    content = re.findall(r"[^\W_]+", blanked)
    spaced_words = [w for w in content if len(w) > 1 or not w.isascii()]
    cjk = sum(len(w) for w in content if not w.isascii() and " " not in clause.strip())
    return len(spaced_words) >= 2 or cjk >= 4


def headline_from_topic(topic: str) -> str:
    """A short, punchy headline in the creator's words: the topic, cut to a few words."""
    topic = topic.strip()
    if " " not in topic:  # Japanese and other unspaced scripts: cut by characters
        return topic if len(topic) <= 18 else topic[:16]
    tokens = topic.split()
    if len(tokens) <= 7 and len(topic) <= 50:
        return topic
    kept = tokens[:6]
    while len(kept) > 2 and kept[-1].lower().strip(",.") in _WEAK_ENDINGS:
        kept.pop()
    return " ".join(kept).rstrip(",;:")


_WEAK_ENDINGS = frozenset(str.split(
    "a an the of to for in on and or with my your at by from is are that this how der die das "
    "und mit fur von zu ein eine el la los las y de con para un una en le les et avec pour un "
    "une des du o os as e com para um uma do da"
))
