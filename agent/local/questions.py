"""Side questions the agent's tools answer: credits, prices, sizes, styles, a render's progress.

The local brain's counterpart of a model choosing a tool: a question is recognised by what it
asks about (keyed word lists in nine languages, matched on folded text) plus a question's shape,
so "how many credits do I have?" reads the balance and never becomes a thumbnail about credits.
"""

from __future__ import annotations

import re
from typing import Literal

from agent.local.fold import Terms

Question = Literal["balance", "prices", "sizes", "styles", "job"]

ABOUT: Terms = Terms({
    "balance": (
        "how many credits", "my credits", "my balance", "credits do i have", "credits left",
        "credits have i", "balance", "wie viele credits", "mein guthaben", "guthaben",
        "cuantos creditos", "mi saldo", "saldo", "combien de credits", "mon solde", "solde",
        "quantos creditos", "meu saldo", "چند اعتبار", "اعتبارم", "موجودی", "كم رصيد", "رصيدي",
        "クレジットは何", "残高", "何クレジット", "कितने क्रेडिट", "मेरा बैलेंस", "बैलेंस",
    ),
    "prices": (
        "how much does", "how much is", "how much do", "what does it cost", "price", "prices",
        "pricing", "cost", "costs", "was kostet", "kostet", "preis", "preise", "cuanto cuesta",
        "precio", "precios", "combien coute", "prix", "quanto custa", "preco", "precos",
        "قیمت", "هزینه", "چقدر", "كم يكلف", "سعر", "الاسعار", "いくら", "料金", "値段",
        "कितना खर्च", "कीमत", "दाम",
    ),
    "sizes": (
        "what sizes", "which sizes", "what formats", "which formats", "sizes", "formats",
        "aspect ratios", "welche grossen", "welche formate", "formate", "que tamanos",
        "que formatos", "tamanos", "quelles tailles", "quels formats", "tailles",
        "quais tamanhos", "quais formatos", "tamanhos", "چه اندازه", "اندازه ها", "فرمت",
        "ما المقاسات", "المقاسات", "الاحجام", "サイズ", "フォーマット", "कौन से साइज़", "साइज़",
        "फॉर्मेट",
    ),
    "styles": (
        "what styles", "which styles", "what style", "which style", "styles fit", "style fits",
        "what looks", "design ideas", "welche stile", "welcher stil", "stil passt",
        "que estilos", "que estilo", "estilo", "quels styles", "quel style", "style",
        "quais estilos", "qual estilo", "چه سبکی", "سبک", "ای استایلی", "ما الاسلوب",
        "اسلوب", "أنماط", "どんなスタイル", "スタイル", "कौन सी स्टाइल", "स्टाइल",
    ),
    "job": (
        "my render", "the render", "render doing", "render status", "is it done", "is it ready",
        "how long", "still rendering", "mein render", "ist es fertig", "wie lange",
        "mi render", "esta listo", "cuanto falta", "mon rendu", "c est pret", "combien de temps",
        "meu render", "esta pronto", "quanto tempo", "رندر", "آماده شد", "چقدر مانده",
        "هل انتهى", "متى يجهز", "レンダリング", "まだ", "できた", "रेंडर", "कितना समय",
    ),
})

_ASKS = re.compile(
    r"[?？؟]|^\s*(how|what|which|when|is|are|can|do|does|wie|was|welche|ist|cuanto|cuantos|"
    r"que|cual|como|combien|quel|quels|quelle|quanto|quantos|quais|qual|چند|چه|چطور|آیا|كم|"
    r"ما|هل|كيف|कितने|कितना|क्या|कौन)\b")


def question_in(folded: str) -> Question | None:
    """What a question asks about, when the message is shaped like a question."""
    if not _ASKS.search(folded):
        return None
    keys = ABOUT.keys(folded)
    # A balance or a job beats a price ("how many credits do I have" names credits, not a cost).
    for key in ("balance", "job", "sizes", "styles", "prices"):
        if key in keys:
            return key  # type: ignore[return-value]
    return None
