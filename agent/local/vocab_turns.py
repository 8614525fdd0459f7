"""Conversation words in several languages: follow-ups, targets, greetings, request words.

Latin terms are written without accents: matching runs on folded text (`agent.local.fold`).
"""

from __future__ import annotations

from agent.local.fold import Terms, fold, words

# --- what a follow-up is about -----------------------------------------------------------------
TEXT_NOUNS = words(
    "text", "headline", "title", "font", "letters", "lettering", "words", "caption", "schrift",
    "uberschrift", "titel", "texto", "letra", "letras", "titulo", "fuente", "texte", "titre",
    "police", "ecriture", "fonte", "متن", "نوشته", "عنوان", "فونت", "النص", "الخط", "العنوان",
    "文字", "テキスト", "タイトル", "見出し", "フォント", "टेक्स्ट", "शीर्षक", "अक्षर", "हेडलाइन",
)
BACKGROUND_NOUNS = words(
    "background", "backdrop", "bg", "hintergrund", "fondo", "fond", "arriere plan", "fundo",
    "plano de fundo", "پس زمینه", "بک گراند", "زمینه", "خلفیه", "背景", "बैकग्राउंड",
    "पृष्ठभूमि",
)
ACCENT_NOUNS = words(
    "accent", "accents", "arrow", "arrows", "highlight colour", "highlight color", "outline",
    "stroke", "circle", "shapes", "akzent", "akzentfarbe", "pfeil", "acento", "flecha",
    "fleche", "destaque", "seta", "فلش", "تاکید", "سهم", "アクセント", "矢印", "एक्सेंट", "तीर",
)
FACE_NOUNS = words(
    "face", "me", "my photo", "photo", "head", "person", "gesicht", "kopf", "cara", "rostro",
    "foto", "visage", "tete", "rosto", "چهره", "صورتم", "عکس", "وجه", "顔", "写真", "चेहरा",
    "फोटो",
)
BIGGER = words(
    "bigger", "larger", "huge", "bigger please", "more big", "enlarge", "grosser", "grosse",
    "größer", "größere", "groß",
    "mas grande", "agranda", "plus grand", "plus grande", "agrandis", "maior", "aumenta",
    "aumente", "بزرگتر", "بزرگ تر", "بزرگ", "اکبر", "کبر", "大きく", "大きい", "でかく", "बड़ा",
    "बड़े", "बड़ी",
)
SMALLER = words(
    "smaller", "tinier", "less big", "shrink", "kleiner", "mas pequeno", "mas chico", "plus petit",
    "plus petite", "menor", "diminui", "کوچکتر", "کوچک تر", "کوچک", "اصغر", "صغر", "小さく",
    "小さい", "छोटा", "छोटे", "छोटी",
)
DARKER = words(
    "darker", "dark", "dunkler", "dunkel", "mas oscuro", "oscuro", "plus sombre", "plus fonce",
    "mais escuro", "escuro", "تیره تر", "تیره", "تاریک تر", "اغمق", "داکن", "暗く", "暗い",
    "गहरा", "गहरे", "डार्क",
)
LIGHTER = words(
    "lighter", "brighter", "heller", "hell", "mas claro", "plus clair", "mais claro",
    "روشن تر", "روشن", "افتح", "明るく", "हल्का", "ब्राइट",
)
MOVE = words(
    "move", "put", "place", "shift", "switch", "flip", "swap", "verschieb", "verschiebe", "setz",
    "mueve", "mover", "pon", "deplace", "mets", "mova", "coloca", "bring", "ببر", "بذار",
    "بگذار", "منتقل", "انقل", "ضع", "移動", "動かして", "に置いて", "ले जाओ", "रखो", "खिसकाओ",
)
CHANGE = words(
    "change", "replace", "rename", "make it say", "should say", "let it say", "instead",
    "rewrite", "swap", "andere", "andern", "ersetze", "aendere", "cambia", "cambiar", "reemplaza",
    "change", "remplace", "modifie", "mude", "muda", "troque", "altere", "substitua",
    "تغییر", "عوض", "بنویس", "غیر", "استبدل", "変えて", "変更", "にして", "बदलो", "बदल दो",
    "बदलें", "लिखो",
)
EMPHASISE = words(
    "emphasise", "emphasize", "highlight", "make pop", "stand out", "hervorheben", "betone",
    "resalta", "destaca", "mets en valeur", "souligne", "destaque", "realce", "تاکید",
    "برجسته", "ابرز", "強調", "目立たせ", "हाइलाइट", "ज़ोर",
)
MORE_ENERGY = words(
    "more energy", "more energetic", "more exciting", "more hype", "bolder", "louder",
    "more dramatic", "more intense", "punchier", "make it pop", "pop more", "more pop",
    "more punch", "more contrast", "more vibrant", "more colourful", "more colorful",
    "more eye catching", "more clickbait",
    "crazier", "spicier", "mehr energie", "auffalliger", "krasser", "mas energia",
    "mas llamativo", "mas impactante", "plus d energie", "plus percutant", "plus dynamique",
    "mais energia", "mais chamativo", "پرانرژی تر", "هیجان انگیزتر", "جذاب تر", "اکثر حماسا",
    "もっと派手", "派手に", "インパクト", "ज़्यादा एनर्जी", "ज्यादा धमाकेदार",
)
LESS_ENERGY = words(
    "calmer", "less busy", "more subtle", "subtler", "softer", "cleaner", "tone it down",
    "simpler", "less loud", "less crazy", "ruhiger", "dezenter", "schlichter", "mas tranquilo",
    "mas sutil", "mas simple", "plus calme", "plus sobre", "plus simple", "mais calmo",
    "mais simples", "آرام تر", "ساده تر", "اهدا", "落ち着いた感じ", "控えめ", "शांत",
)

# --- which kind of turn ---------------------------------------------------------------------
VARY = words(
    "vary", "variation", "variations", "variant", "variants", "more like", "similar to",
    "like number", "riff on", "remix", "another take on", "versions of", "variiere",
    "variante", "varianten", "mehr wie", "ahnlich wie", "variacion", "variaciones", "mas como",
    "parecido a", "parecida a", "similar a", "varie", "plus comme", "similaire a",
    "dans le style de la", "variacao", "variacoes", "mais como", "parecida com", "parecido com",
    "مثل", "شبیه", "تنوع", "نسخه های دیگر", "تنویع", "مشابه", "バリエーション", "みたいな",
    "に似た", "風に", "जैसा", "जैसे", "वेरिएशन",
)
UPSCALE = words(
    "upscale", "up scale", "upres", "enhance", "higher resolution", "high resolution", "high res",
    "hi res", "hd version", "in hd", "4k", "2x", "hochskalieren", "hochauflosend",
    "hohere auflosung", "escalar", "mayor resolucion", "alta resolucion", "haute resolution",
    "agrandir", "alta resolucao", "ampliar", "کیفیت بالا", "افزایش کیفیت", "رزولوشن",
    "با کیفیت", "دقه عالیه", "تکبیر", "高画質", "高解像度", "アップスケール", "अपस्केल",
    "हाई रेज़ोल्यूशन", "एचडी",
)
START_OVER = words(
    "start over", "start again", "start from scratch", "from scratch", "restart", "reset",
    "begin again", "scrap that", "scrap it", "forget it", "forget that", "forget everything",
    "neu anfangen", "von vorne", "nochmal von vorn", "empezar de nuevo", "empecemos de nuevo",
    "desde cero", "recommencer", "on recommence", "a zero", "recomecar", "do zero",
    "comecar de novo", "از اول", "از نو", "دوباره شروع", "من البدایه", "ابدا من جدید", "最初から",
    "やり直", "फिर से शुरू", "शुरू से",
)
BRAND_USE = words(
    "my brand", "brand colours", "brand colors", "brand kit", "brand font", "my branding",
    "meine marke", "markenfarben", "mi marca", "colores de mi marca", "ma marque",
    "couleurs de ma marque", "minha marca", "cores da minha marca", "برند من", "برندم",
    "رنگ های برند", "رنگ برند", "علامتی التجاریه", "الوان علامتی", "ブランドカラー", "ブランド",
    "मेरा ब्रांड", "ब्रांड रंग", "ब्रांड कलर",
)
BRAND_SET = words(
    "my channel is", "my channel's name is", "my channels name is", "my channel name is",
    "channel name", "my channel called", "mein kanal heisst", "mein kanal ist", "mi canal es",
    "mi canal se llama", "ma chaine est", "ma chaine s appelle", "meu canal e",
    "meu canal se chama", "کانال من", "اسم کانالم", "کانالم", "قناتی", "اسم قناتی",
    "私のチャンネル", "チャンネル名", "मेरा चैनल", "चैनल का नाम",
)
ALSO = words(
    "also", "too", "as well", "version", "resize", "another size", "same for", "same one",
    "auch", "ebenfalls", "tambien", "version", "aussi", "egalement", "tambem", "versao",
    "همچنین", "هم", "نسخه", "ایضا", "نسخه", "も", "版", "バージョン", "भी", "वर्ज़न",
)

# --- ordinals for "the second one", "el tercero", "دومی" ------------------------------------------
ORDINALS = Terms({
    "1": ("first", "1st", "erste", "ersten", "erstes", "primero", "primera", "premier",
          "premiere", "primeiro", "primeira", "اولی", "اولین", "اول", "الاول", "الاولی",
          "1番目", "一番目", "1枚目", "一枚目", "पहला", "पहली", "पहले"),
    "2": ("second", "2nd", "zweite", "zweiten", "zweites", "segundo", "segunda", "deuxieme",
          "seconde", "دومی", "دومین", "دوم", "الثانی", "الثانیه", "2番目", "二番目", "2枚目",
          "二枚目", "दूसरा", "दूसरी", "दूसरे"),
    "3": ("third", "3rd", "dritte", "dritten", "drittes", "tercero", "tercera", "tercer",
          "troisieme", "terceiro", "terceira", "سومی", "سومین", "سوم", "الثالث", "الثالثه",
          "3番目", "三番目", "3枚目", "三枚目", "तीसरा", "तीसरी", "तीसरे"),
    "4": ("fourth", "4th", "vierte", "vierten", "viertes", "cuarto", "cuarta", "quatrieme",
          "quarto", "quarta", "چهارمی", "چهارمین", "چهارم", "الرابع", "الرابعه", "4番目",
          "四番目", "4枚目", "四枚目", "चौथा", "चौथी", "चौथे"),
    "last": ("last one", "the last", "letzte", "letzten", "ultimo", "ultima", "dernier",
             "derniere", "آخری", "الاخیر", "最後", "आखिरी"),
})

# --- greetings, thanks, questions about Routix ---------------------------------------------
GREETINGS = words(
    "hi", "hello", "hey", "hiya", "yo", "good morning", "good evening", "hallo", "servus", "moin",
    "guten tag", "hola", "buenas", "buenos dias", "bonjour", "salut", "coucou", "ola", "oi",
    "bom dia", "boa tarde", "سلام", "درود", "مرحبا", "اهلا", "السلام علیکم", "こんにちは",
    "こんばんは", "おはよう", "やあ", "नमस्ते", "नमस्कार", "हाय", "हेलो",
)
THANKS = words(
    "thanks", "thank you", "thx", "ty", "cheers", "great job", "love it", "perfect", "awesome",
    "danke", "vielen dank", "super", "gracias", "genial", "perfecto", "merci", "parfait",
    "obrigado", "obrigada", "valeu", "perfeito", "ممنون", "مرسی", "متشکرم", "سپاس", "عالی",
    "شکرا", "رائع", "ありがとう", "最高", "धन्यवाद", "शुक्रिया", "बढ़िया",
)
ABOUT_ROUTIX = words(
    "price", "prices", "pricing", "cost", "costs", "how much", "credits", "what can you do",
    "who are you", "how does this work", "how does it work", "what is this",
    "what are you", "how much does", "how many credits", "what do you cost", "help",
    "was kannst du", "wer bist du", "wie funktioniert", "que puedes hacer", "quien eres",
    "como funciona", "que peux tu faire", "qui es tu", "comment ca marche", "o que voce faz",
    "quem e voce", "چه کاری", "تو کی هستی", "چطور کار", "ماذا تستطیع", "من انت", "کیف یعمل",
    "何ができ", "使い方", "तुम क्या कर सकते", "कैसे काम",
)

THUMBNAIL_NOUNS = words(
    "thumbnail", "thumbnails", "thumb", "cover image", "miniatur", "vorschaubild", "miniatura",
    "portada", "miniature", "capa", "تامبنیل", "تصویر بندانگشتی", "کاور", "صوره مصغره",
    "サムネ", "サムネイル", "थंबनेल",
)

# How chatter starts ("yes", "can you…", "put the…"): with results on screen such a message is
# about them, not a new title.
CHATTER = words(
    "yes", "yeah", "yep", "no", "nope", "ok", "okay", "sure", "fine", "cool", "nice", "wow",
    "can you", "could you", "would you", "will you", "please", "put", "make", "move", "add",
    "remove", "delete", "try", "use", "give", "do", "why", "what", "how", "is it", "are", "where",
    "ja", "nein", "si", "oui", "non", "sim", "nao", "claro", "بله", "آره", "نه", "نعم", "لا",
    "はい", "いいえ", "हाँ", "हां", "नहीं",
)

# Words that only ask for a thumbnail, with no topic in them ("thumbnail pls", "make me one").
REQUEST_WORDS = words(
    "thumbnail", "thumbnails", "thumb", "thumbs", "cover", "cover image", "image", "picture",
    "design", "make", "create", "generate", "do", "need", "want", "give", "get", "me", "a",
    "an", "one", "some", "new", "my", "for", "please", "pls", "plz", "pleaseee", "can", "could",
    "would", "you", "u", "i", "id", "like", "to", "the", "video", "youtube", "yt", "us",
    "just", "quick", "quickly", "now", "ok", "okay", "so", "hey", "hi", "hello", "yo",
    "miniatur", "vorschaubild", "bitte", "mach", "mache", "mir", "ein", "eine", "einen",
    "miniatura", "portada", "hazme", "haz", "una", "un", "por", "favor", "quiero", "miniature",
    "fais", "moi", "une", "stp", "svp", "capa", "faz", "faca", "me", "uma", "um",
    "تامبنیل", "تصویر", "کاور", "بساز", "یک", "لطفا", "برام", "برای", "من", "صوره مصغره",
    "می خوام", "میخوام", "می خواهم", "میخواهم", "لازم دارم", "ارید", "احتاج", "brauche",
    "ich", "will", "mochte", "necesito", "je", "veux", "besoin", "preciso", "chahiye",
    "चाहिए", "欲しい", "ほしい",
    "صمم", "اصنع", "لی", "من فضلک", "サムネ", "サムネイル", "作って", "ください", "お願い",
    "थंबनेल", "बनाओ", "बना", "दो", "कृपया", "प्लीज़", "एक",
)

# A whole reply that means yes to "go ahead?" (folded; anything else is a no: money needs a yes).
YES = frozenset(fold(w) for w in (
    "yes", "y", "ok", "okay", "sure", "go", "go ahead", "do it", "ja", "oui", "sí", "si", "sim",
    "はい", "بله", "آره", "نعم", "हाँ", "haan", "👍",
))
