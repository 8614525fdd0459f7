"""Design words in several languages: colours, aspects, niches, moods, layouts, faces.

English words for colours, layouts and niches also live in `library.wants` (search uses them);
these tables add the other languages. Keys are what `Intent` carries (hex, aspect, niche, mood).
Latin terms are written without accents: matching runs on folded text (`agent.local.fold`).
"""

from __future__ import annotations

from agent.local.fold import Terms, words
from library.wants import COLOURS as ENGLISH_COLOURS

_C = ENGLISH_COLOURS
COLOURS = Terms({
    _C["red"]: ("red", "rot", "rote", "roten", "rojo", "roja", "rouge", "vermelho", "vermelha",
                "rosso", "قرمز", "سرخ", "احمر", "حمراء", "赤", "レッド", "लाल"),
    _C["orange"]: ("orange", "naranja", "laranja", "arancione", "نارنجی", "برتقالی", "オレンジ",
                   "नारंगी"),
    _C["yellow"]: ("yellow", "gelb", "gelbe", "gelben", "amarillo", "amarilla", "jaune", "amarelo",
                   "amarela", "giallo", "زرد", "اصفر", "صفراء", "黄色", "イエロー", "पीला", "पीले",
                   "पीली"),
    _C["gold"]: ("gold", "golden", "dorado", "doree", "dore", "dourado", "oro", "طلایی", "ذهبی",
                 "金色", "ゴールド", "सुनहरा"),
    _C["green"]: ("green", "grun", "grune", "grunen", "verde", "vert", "verte", "سبز", "اخضر",
                  "緑", "グリーン", "हरा", "हरे"),
    _C["lime"]: ("lime", "neon green", "neongrun", "verde lima", "vert citron"),
    _C["teal"]: ("teal", "turquoise", "turkis", "turquesa", "فیروزه ای", "ターコイズ"),
    _C["cyan"]: ("cyan", "cian", "ciano", "سیان", "シアン"),
    _C["blue"]: ("blue", "blau", "blaue", "blauen", "azul", "bleu", "bleue", "blu", "آبی",
                 "ازرق", "زرقاء", "青", "ブルー", "नीला", "नीले"),
    _C["navy"]: ("navy", "dark blue", "navy blue", "dunkelblau", "azul marino", "bleu marine",
                 "azul marinho", "سرمه ای", "کحلی", "紺", "ネイビー"),
    _C["purple"]: ("purple", "lila", "violett", "morado", "morada", "purpura", "roxo", "roxa",
                   "viola", "بنفش", "بنفسجی", "紫", "パープル", "बैंगनी"),
    _C["violet"]: ("violet",),
    _C["pink"]: ("pink", "rosa", "rose", "صورتی", "وردی", "ピンク", "गुलाबी"),
    _C["magenta"]: ("magenta", "fuchsia", "fucsia"),
    _C["black"]: ("black", "schwarz", "schwarze", "schwarzen", "negro", "negra", "noir", "noire",
                  "preto", "preta", "nero", "سیاه", "مشکی", "اسود", "سوداء", "黒", "ブラック",
                  "काला", "काले", "काली"),
    _C["white"]: ("white", "weiss", "weiß", "weisse", "blanco", "blanca", "blanc", "blanche",
                  "branco", "branca", "bianco", "سفید", "ابیض", "بیضاء", "白", "ホワイト", "सफेद",
                  "सफ़ेद"),
    _C["grey"]: ("grey", "gray", "grau", "gris", "cinza", "grigio", "خاکستری", "رمادی", "灰色",
                 "グレー", "ग्रे", "स्लेटी"),
    _C["brown"]: ("brown", "braun", "marron", "cafe", "castanho", "marrom", "قهوه ای", "بنی",
                  "茶色", "ブラウン", "भूरा"),
    _C["beige"]: ("beige", "bege", "بژ", "ベージュ"),
})

# "youtube" counts only when no "short" follows: a "YouTube Short" is vertical.
ASPECTS = Terms({
    "9:16": ("shorts", "youtube short", "yt short", "short cover", "short version",
             "vertical", "portrait mode", "reels", "reel", "tiktok", "tik tok",
             "instagram story", "insta story", "ig story", "instagram stories", "story format",
             "story size", "story version", "9:16", "9x16", "hochformat", "vertikal", "vertikale",
             "vertikales", "historia de instagram", "verticale", "vertikale",
             "format portrait", "formato vertical", "عمودی", "شورت", "شورتس", "ریلز",
             "استوری", "縦", "縦長", "ショート", "リール", "ストーリー",
             "शॉर्ट्स", "शॉर्ट", "वर्टिकल", "रील", "रील्स"),
    "1:1": ("square", "instagram", "insta", "for ig", "ig version", "instagram post",
            "insta post", "ig post", "1:1", "1x1", "quadratisch",
            "quadratische", "cuadrado", "cuadrada", "carre", "carree", "quadrado", "quadrada",
            "quadrato", "مربع", "مربعه", "正方形", "スクエア", "वर्गाकार", "स्क्वायर"),
    "16:9": ("youtube video", "youtube thumbnail", "for youtube", "16:9", "16x9", "landscape",
             "horizontal", "widescreen", "querformat", "horizontale", "paysage", "افقی", "横長",
             "横向き", "हॉरिजॉन्टल"),
})

NICHES = Terms({
    "gaming": ("playstation", "ps5", "xbox", "nintendo", "switch 2", "mario", "zelda", "pokemon",
               "elden ring", "call of duty", "roblox", "league of legends", "chess", "steam deck",
               "spiel", "spiele", "zocken", "videojuego", "videojuegos", "juego", "juegos",
               "jeu video", "jeux video", "jogo", "jogos", "gamer", "بازی", "گیم", "العاب",
               "لعبه", "ゲーム", "実況", "गेम", "गेमिंग"),
    "finance": ("loan", "loans", "mortgage", "tax", "taxes", "bitcoin", "housing market",
                "real estate", "retire", "retirement", "millionaire", "dividend", "etf", "geld",
                "finanzen", "aktien", "sparen", "investieren", "dinero", "finanzas", "ahorrar",
                "inversion", "invertir", "argent", "finances", "epargne", "investir", "bourse",
                "dinheiro", "financas", "investimento", "investimentos", "economizar", "پول",
                "سرمایه گذاری", "بورس", "ارز دیجیتال", "مالی", "المال", "استثمار", "مالیه",
                "お金", "投資", "節約", "株", "पैसा", "पैसे", "निवेश", "शेयर"),
    "tech": ("macbook", "iphone", "ipad", "pixel", "samsung", "galaxy", "tesla", "gpu", "cpu",
             "javascript", "react", "linux", "windows", "chatgpt", "robot", "camera",
             "headphones", "technik", "programmieren", "handy", "codigo", "programacion",
             "tecnologia", "technologie", "programmation", "programacao", "celular", "smartphone",
             "پایتون", "برنامه نویسی", "تکنولوژی", "فناوری", "گوشی", "هوش مصنوعی", "برمجه",
             "تقنیه", "بایثون", "الذکاء الاصطناعی", "プログラミング", "パイソン", "python",
             "技術", "スマホ", "テック", "プログラム", "प्रोग्रामिंग", "टेक", "तकनीक", "पायथन",
             "कोडिंग"),
    "education": ("physics", "chemistry", "biology", "vaccine", "vaccines", "philosophy",
                  "economics", "geography", "how it works", "how things work", "lernen",
                  "erklart", "geschichte", "mathe", "aprender", "explicado", "historia",
                  "matematicas", "apprendre", "explique", "histoire", "maths", "cours",
                  "historia", "matematica", "آموزش", "یادگیری", "تاریخ", "ریاضی", "تعلیم", "شرح",
                  "勉強", "解説", "歴史", "数学", "पढ़ाई", "सीखें", "इतिहास", "गणित", "शिक्षा"),
    "cooking": ("ramen", "sourdough", "bread", "pizza", "eggs", "chicken", "steak", "sushi",
                "noodles", "dessert", "cake", "breakfast", "dinner", "lunch", "snack", "kochen",
                "rezept", "rezepte", "backen", "cocina", "receta", "recetas", "comida", "cocinar",
                "cuisine", "recette", "cuisiner", "culinaria", "receita", "cozinhar", "آشپزی",
                "غذا", "دستور پخت", "طبخ", "وصفه", "طعام", "料理", "レシピ", "खाना", "रेसिपी"),
    "fitness": ("push up", "push ups", "pull up", "pull ups", "marathon", "squat", "squats",
                "calories", "protein", "dumbbell", "cardio", "abnehmen", "muskeln", "ejercicio",
                "gimnasio", "entrenamiento", "musculation", "entrainement", "treino", "academia",
                "exercicio", "بدنسازی", "ورزش", "تناسب اندام", "لیاقه", "تمارین", "筋トレ",
                "ダイエット", "フィットネス", "फिटनेस", "कसरत", "व्यायाम", "जिम"),
    "travel": ("flights", "airport", "vacation", "holiday", "road trip", "hidden gems", "tokyo",
               "paris", "london", "new york", "bali", "reise", "reisen", "urlaub", "viaje",
               "viajar", "vacaciones", "voyage", "voyager", "vacances", "viagem", "ferias", "سفر",
               "رحله", "旅行", "旅", "यात्रा", "सफर", "ट्रैवल"),
    "vlog": ("wedding", "week in my life", "a day with", "apartment tour", "house tour", "alltag",
             "mi dia", "ma journee", "meu dia", "ولاگ", "روزمره", "日常", "ブイログ", "व्लॉग"),
    "beauty": ("outfit", "outfits", "fashion", "thrift", "thrifting", "skincare", "haircut",
               "perfume", "schminken", "make up", "maquillaje", "belleza", "maquillage", "beaute",
               "maquiagem", "beleza", "آرایش", "زیبایی", "مکیاج", "جمال", "メイク", "美容",
               "मेकअप", "सौंदर्य"),
    "reaction": ("reaktion", "reagiere", "reaccion", "reaccionando", "reagindo", "ری اکشن",
                 "واکنش", "رد فعل", "リアクション", "反応", "रिएक्शन"),
    "podcast": ("entrevista", "entretien", "پادکست", "مصاحبه", "بودکاست", "مقابله",
                "ポッドキャスト", "対談", "पॉडकास्ट", "इंटरव्यू"),
    "news": ("tax law", "government", "president", "law", "war", "nachrichten", "noticias",
             "actualites", "noticias", "اخبار", "خبر", "ニュース", "समाचार", "खबर", "न्यूज़"),
    "kids": ("kinder", "spielzeug", "ninos", "juguetes", "enfants", "jouets", "criancas",
             "brinquedos", "کودک", "بچه ها", "اسباب بازی", "اطفال", "子供", "キッズ", "おもちゃ",
             "बच्चे", "खिलौने"),
})

# Words that suggest a niche but fit videos of any niche; they rank after specific words.
GENERIC_NICHE_WORDS = words(
    "tutorial", "explained", "learn", "learning", "course", "lesson", "routine", "my life",
    "budget", "budgeting", "save", "saving", "update", "report", "review", "react", "reacting",
    "moving", "training", "run", "running", "eat", "tips",
)

MOODS = Terms({
    "bold": ("bold", "fett", "kraftig", "audaz", "llamativo", "audacieux", "ousado", "پررنگ",
             "جسور", "大胆", "बोल्ड"),
    "dramatic": ("dramatic", "epic", "intense", "shocking", "shocked", "dramatisch",
                 "dramatico", "dramatique", "دراماتیک", "درامی", "ドラマチック", "衝撃", "नाटकीय"),
    "energetic": ("energetic", "hype", "loud", "explosive", "crazy", "insane", "energiegeladen",
                  "energico", "energique", "energetico", "پرانرژی", "حماسی", "エネルギッシュ",
                  "ऊर्जावान"),
    "playful": ("fun", "funny", "playful", "silly", "lustig", "witzig", "divertido", "drole",
                "engracado", "خنده دار", "شاد", "مضحک", "面白い", "楽しい", "मज़ेदार", "मजेदार"),
    "calm": ("calm", "cozy", "cosy", "chill", "relaxing", "soft", "ruhig", "gemutlich",
             "tranquilo", "calme", "calmo", "آرام", "هادی", "落ち着いた", "शांत"),
    "clean": ("clean", "minimal", "minimalist", "simple", "sauber", "schlicht", "limpio",
              "minimalista", "epure", "limpo", "مینیمال", "ساده", "بسیط", "ミニマル",
              "シンプル", "सरल"),
    "dark": ("dark", "moody", "dunkel", "oscuro", "sombre", "escuro", "تاریک", "مظلم", "ダーク",
             "डार्क"),
    "bright": ("bright", "colourful", "colorful", "vibrant", "hell", "bunt", "brillante",
               "colorido", "lumineux", "colore", "روشن", "رنگی", "ساطع", "明るい", "カラフル",
               "रंगीन"),
    "mysterious": ("mysterious", "mystery", "secret", "geheimnisvoll", "misterioso",
                   "mysterieux", "مرموز", "اسرارآمیز", "ミステリアス", "謎", "रहस्यमय"),
    "scary": ("scary", "horror", "creepy", "gruselig", "terror", "effrayant", "assustador",
              "ترسناک", "مرعب", "怖い", "ホラー", "डरावना"),
    "cute": ("cute", "kawaii", "adorable", "suss", "lindo", "mignon", "fofo", "کیوت", "بامزه",
             "لطیف", "かわいい", "可愛い", "प्यारा"),
    "premium": ("premium", "luxury", "luxurious", "elegant", "luxus", "lujo", "elegante",
                "luxe", "luxo", "لوکس", "شیک", "فاخر", "高級", "ラグジュアリー", "लक्ज़री"),
    "professional": ("professional", "corporate", "serious", "professionell", "profesional",
                     "professionnel", "profissional", "حرفه ای", "احترافی", "プロ",
                     "प्रोफेशनल"),
    "futuristic": ("futuristic", "neon", "cyberpunk", "sci fi", "futuristisch", "futurista",
                   "futuriste", "آینده نگر", "نئون", "مستقبلی", "近未来", "ネオン", "भविष्य"),
    "retro": ("retro", "vintage", "80s", "90s", "رترو", "レトロ", "रेट्रो"),
})
HIGH_ENERGY_MOODS = frozenset({"bold", "dramatic", "energetic"})
LOW_ENERGY_MOODS = frozenset({"calm", "clean", "premium"})

# Layout words beyond English (library.wants reads the English ones).
LAYOUTS = Terms({
    "before_after": ("vorher nachher", "antes y despues", "antes e depois", "avant apres",
                     "avant et apres", "قبل و بعد", "قبل وبعد", "ビフォーアフター",
                     "पहले और बाद"),
    "versus": ("gegen", "contra", "contre", "در برابر", "در مقابل", "مقابل", "ضد", "対決",
               "बनाम"),
    "minimal": ("minimalistisch", "minimalista", "minimaliste", "مینیمال", "ミニマル"),
    "product_closeup": ("produkt", "producto", "produit", "produto", "unboxing", "محصول",
                        "منتج", "商品", "製品", "प्रोडक्ट"),
})

LISTICLE_NOUNS = words(
    "tips", "tricks", "ways", "things", "reasons", "mistakes", "hacks", "ideas", "secrets",
    "steps", "rules", "habits", "apps", "tools", "games", "foods", "places", "facts",
    "tipps", "fehler", "dinge", "grunde", "wege", "trucos", "consejos", "errores", "cosas",
    "formas", "razones", "astuces", "conseils", "erreurs", "choses", "facons", "raisons",
    "dicas", "truques", "erros", "coisas", "maneiras", "motivos", "ترفند", "نکته", "روش",
    "راه", "اشتباه", "دلیل", "نصائح", "حیل", "طرق", "اخطاء", "اسباب", "個", "つの", "選",
    "の方法", "टिप्स", "तरीके", "ट्रिक्स", "गलतियां", "चीजें",
)

FACE_SELF = words(
    "my face", "my photo", "my picture", "my pic", "my selfie", "my head", "of me", "me on",
    "with me", "myself", "mein gesicht", "meinem gesicht", "mein foto", "meinem foto",
    "mi cara", "mi foto", "mi rostro", "mon visage", "ma photo", "ma tete", "meu rosto",
    "minha foto", "minha cara", "صورتم", "چهره ام", "چهره من", "عکسم", "عکس من", "خودم",
    "وجهی", "私の顔", "顔出し", "自分の顔", "私の写真", "मेरा चेहरा",
    "मेरी फोटो", "मेरी तस्वीर",
)
FACE_ANY = words(
    "face", "faces", "person", "selfie", "photo of", "gesicht", "cara", "rostro", "visage",
    "rosto", "چهره", "وجه", "顔", "चेहरा", "चेहरे",
)
NO_FACE = words(
    "no face", "no faces", "remove my face", "remove the face", "take my face out",
    "without me", "without face", "without a face", "without my face", "faceless",
    "no person", "no people", "ohne gesicht", "kein gesicht", "sin cara", "sin rostro",
    "sans visage", "sem rosto", "sem cara", "بدون صورت", "بدون چهره", "بدون عکس", "بدون وجه",
    "顔なし", "顔無し", "顔は不要", "बिना चेहरे", "चेहरा नहीं",
)
LEFT = words("left", "links", "linken", "izquierda", "gauche", "esquerda", "sinistra", "چپ",
             "یسار", "左", "बाएं", "बाईं", "बाएँ")
RIGHT = words("right", "rechts", "rechten", "derecha", "droite", "direita", "destra", "راست",
              "یمین", "右", "दाएं", "दाईं", "दाएँ")

# Words that describe the design, not the video: they never make a topic on their own.
STYLE_WORDS = words(
    "style", "styled", "look", "vibe", "vibes", "theme", "aesthetic", "colours", "colors",
    "colour", "color", "layout", "font", "text", "background", "big", "huge", "large", "number",
    "face", "photo", "left", "right", "side", "on", "the", "with", "and", "tech", "gaming",
    "finance", "cooking", "fitness", "travel", "vlog", "beauty", "reaction", "podcast", "news",
    "kids", "education", "youtube", "thumbnail", "stil", "estilo", "couleurs", "farben",
    "colores", "cores", "استایل", "سبک", "رنگ", "スタイル", "風", "स्टाइल",
)
