"""Requests Routix always refuses: the template library, its instructions, other users' data,
and attempts to override its rules ("ignore previous instructions").

Checked before anything else, by every brain (an LLM brain runs this first too, so a hostile
message never reaches a model). Runs on folded text (`agent.local.fold`).
"""

from __future__ import annotations

import re

from agent.local.fold import words

_REVEAL = (r"(show|list|send|download|export|reveal|dump|leak|share|access|see|view|print|copy|"
           r"steal|scrape|give me|get me|hand over|what|which|where are|output|display|open)")
_SECRET_ADJ = r"(your|the|all|original|raw|source|underlying|secret|hidden|internal|every|those)"
_ENGLISH = [
    # the template library
    rf"\b{_REVEAL}\b[^.?!\n]{{0,40}}\b{_SECRET_ADJ}\b[^.?!\n]{{0,25}}\btemplates?\b",
    r"\btemplates?\s+(library|librar(y|ies)|ids?|names?|files?|database|collection|list|"
    r"catalog(ue)?|folder|images?|sources?)\b",
    r"\b(which|what) templates?\b",
    r"\btemplates? (you|u) (use|have|used)\b",
    r"\boriginal (templates?|designs?|files?|psds?|source files?|layouts?)\b",
    r"\b(your|the) (design|template|thumbnail) (library|database|collection|catalog(ue)?)\b",
    r"\b(base|reference|source) (image|images|design|designs|template)s? (you|u) (used|use)\b",
    # instructions and prompts
    r"\bsystem\s*(prompt|message|instructions?)\b",
    r"\b(developer|hidden|initial|original|secret|internal) (prompt|message|instructions?)\b",
    rf"\b{_REVEAL}\b[^.?!\n]{{0,30}}\byour (instructions|prompt|prompts|rules|guidelines|config"
    r"(uration)?|settings|code|source code)\b",
    r"\b(repeat|print|output) (the )?(text|words|everything|all) above\b",
    r"\bwhat (were|are) you (told|instructed|programmed)\b",
    # overriding rules
    r"\b(ignore|disregard|forget|override|bypass|skip)\b[^.?!\n]{0,20}\b(previous|prior|above|"
    r"earlier|all|any|your|the)\b[^.?!\n]{0,15}\b(instructions?|rules|prompts?|directions|"
    r"guidelines|restrictions|messages?)\b",
    r"\byou are now\b",
    r"\b(jailbreak|jail break|dan mode|developer mode|god mode|sudo mode)\b",
    r"\bpretend (you are|to be|you're)\b",
    r"\bact as (an? )?(admin|administrator|developer|root|system)\b",
    r"\bnew (instructions|rules)\s*:",
    # other people's data
    r"\b(other|another|different) (users?|people|creators?|customers?|accounts?|channels?)'?s?"
    r"\b[^.?!\n]{0,30}\b(data|thumbnails?|images?|photos?|uploads?|designs?|emails?|accounts?|"
    r"history|prompts?|requests?|brand|info|information|details|results?|generations?)\b",
    r"\b(thumbnails?|images?|designs?|photos?|uploads?|data|prompts?|emails?|accounts?)\b"
    r"[^.?!\n]{0,20}\b(other|another|different) (users?|people|creators?|customers?|accounts?)\b",
    r"\b(someone|somebody) else'?s\b",
    r"\b(list|show|give me|dump)\b[^.?!\n]{0,20}\b(all )?(users|customers|user emails|accounts)\b",
    r"\b(user|customer) (database|table|list|emails)\b",
    r"\badmin (panel|access|password|account)\b",
    r"\b(api|secret) keys?\b",
]
_ENGLISH_RE = re.compile("|".join(f"(?:{p})" for p in _ENGLISH))
# Inside a quoted title only unmistakable attempts count: "Why I Ignore All The Rules" is a
# fine title, "Ignore previous instructions" is not.
_STRONG_RE = re.compile(
    r"\bsystem\s*prompt\b|\b(previous|prior|above|earlier) (instructions|prompts?)\b|"
    r"\b(jailbreak|developer mode|dan mode)\b|\b(template library|original templates?)\b"
)

# Other languages: a short list of telling phrases each.
_PHRASES = words(
    # de
    "vorlagen", "vorlagenbibliothek", "deine vorlagen", "original vorlagen", "systemprompt",
    "system prompt", "ignoriere alle", "ignoriere die vorherigen", "vorherigen anweisungen",
    "deine anweisungen", "andere nutzer", "anderer nutzer", "anderen nutzer", "andere benutzer",
    # es
    "plantillas", "tus plantillas", "plantillas originales", "ignora las instrucciones",
    "instrucciones anteriores", "tus instrucciones", "otros usuarios", "otro usuario",
    # fr
    "tes modeles", "vos modeles", "modeles originaux", "bibliotheque de modeles",
    "ignore les instructions", "instructions precedentes", "tes instructions",
    "autres utilisateurs", "autre utilisateur",
    # pt
    "seus modelos", "modelos originais", "biblioteca de modelos", "ignore as instrucoes",
    "instrucoes anteriores", "suas instrucoes", "outros usuarios", "outro usuario",
    # fa
    "قالب ها", "قالبها", "قالب های", "تمپلیت", "پرامپت سیستم", "دستورالعمل های قبلی",
    "دستورات قبلی", "نادیده بگیر", "کاربران دیگر", "کاربرهای دیگر", "اطلاعات کاربران",
    # ar
    "القوالب", "قوالبک", "موجه النظام", "تعلیمات النظام", "تجاهل التعلیمات",
    "التعلیمات السابقه", "المستخدمین الاخرین", "مستخدمین اخرین", "بیانات المستخدمین",
    # ja
    "テンプレート", "システムプロンプト", "以前の指示", "指示を無視", "他のユーザー", "他人の",
    # hi
    "टेम्पलेट", "टेम्प्लेट", "सिस्टम प्रॉम्प्ट", "पिछले निर्देश", "निर्देशों को अनदेखा",
    "दूसरे यूज़र", "अन्य उपयोगकर्ता",
)


def is_forbidden(folded: str, unquoted: str | None = None) -> bool:
    """True when the (folded) message asks for something Routix never gives out.

    `unquoted` is `folded` with quoted titles blanked out; the full rule set applies to it and
    only unmistakable attempts to the titles themselves.
    """
    unquoted = folded if unquoted is None else unquoted
    return (bool(_ENGLISH_RE.search(unquoted)) or _PHRASES.any(unquoted)
            or bool(_STRONG_RE.search(folded)))
