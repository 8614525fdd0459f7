"""What the local brain says, per reply kind and language. `{price}`-style fields come from
`ReplyRequest.facts`; a missing fact never breaks a reply (see `agent.local.replies`).

Follow-up examples are given in the creator's language: they are what the reader understands.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "ask_topic": {
        "en": "What's the video about? Give me the title and I'll design four options.",
        "de": "Worum geht es in deinem Video? Schick mir den Titel, dann entwerfe ich vier "
              "Varianten.",
        "es": "¿De qué trata el vídeo? Dame el título y diseñaré cuatro opciones.",
        "fr": "De quoi parle la vidéo ? Donne-moi le titre et je te propose quatre designs.",
        "pt": "Sobre o que é o vídeo? Me mande o título e eu crio quatro opções.",
        "fa": "ویدیو درباره چیست؟ عنوانش را بگو تا چهار طرح برایت بسازم.",
        "ar": "عن ماذا يتحدث الفيديو؟ أرسل لي العنوان وسأصمم لك أربعة خيارات.",
        "ja": "どんな動画ですか？タイトルを教えてくれたら、4つのデザイン案を作ります。",
        "hi": "वीडियो किस बारे में है? मुझे टाइटल बताइए, मैं चार डिज़ाइन बना दूँगा।",
    },
    "confirm_spend": {
        "en": "This costs {price} credits and you have {balance}. Go ahead? (yes/no)",
        "de": "Das kostet {price} Credits, du hast {balance}. Soll ich loslegen? (ja/nein)",
        "es": "Esto cuesta {price} créditos y tienes {balance}. ¿Sigo? (sí/no)",
        "fr": "Cela coûte {price} crédits et tu en as {balance}. On y va ? (oui/non)",
        "pt": "Isso custa {price} créditos e você tem {balance}. Posso continuar? (sim/não)",
        "fa": "این کار {price} اعتبار هزینه دارد و موجودی شما {balance} است. ادامه بدهم؟ (بله/نه)",
        "ar": "هذا يكلف {price} رصيد ولديك {balance}. هل أتابع؟ (نعم/لا)",
        "ja": "{price}クレジットかかります（残高 {balance}）。進めますか？（はい/いいえ）",
        "hi": "इसमें {price} क्रेडिट लगेंगे और आपके पास {balance} हैं। आगे बढ़ूँ? (हाँ/नहीं)",
    },
    "working": {
        "en": "On it! Designing {count} options for you now.",
        "de": "Bin dran! Ich entwerfe jetzt {count} Varianten für dich.",
        "es": "¡Manos a la obra! Estoy diseñando {count} opciones para ti.",
        "fr": "C'est parti ! Je prépare {count} propositions pour toi.",
        "pt": "Já estou nisso! Criando {count} opções para você.",
        "fa": "شروع کردم! دارم {count} طرح برایت می‌سازم.",
        "ar": "بدأت! أصمم لك الآن {count} خيارات.",
        "ja": "作成中です！{count}つのデザイン案を用意しています。",
        "hi": "काम शुरू! आपके लिए {count} डिज़ाइन बना रहा हूँ।",
    },
    "delivered": {
        "en": "Here are your {count} options. Try \"vary #2\", \"make the text yellow\" or "
              "\"upscale 3\".",
        "de": "Hier sind deine {count} Varianten. Sag z. B. „variiere #2“, „mach den Text gelb“ "
              "oder „hochskalieren 3“.",
        "es": "Aquí tienes {count} opciones. Prueba «variación de la #2», «pon el texto en "
              "amarillo» o «alta resolución de la 3».",
        "fr": "Voici tes {count} propositions. Essaie « variante de la #2 », « mets le texte en "
              "jaune » ou « haute résolution pour la 3 ».",
        "pt": "Aqui estão suas {count} opções. Tente \"variação da #2\", \"deixa o texto "
              "amarelo\" ou \"alta resolução da 3\".",
        "fa": "این {count} طرح برای توست. مثلاً بگو «شبیه شماره ۲»، «متن را زرد کن» یا "
              "«کیفیت بالا برای ۳».",
        "ar": "إليك {count} خيارات. جرّب «مثل رقم 2» أو «اجعل النص أصفر» أو «دقة عالية للصورة 3».",
        "ja": "{count}つの案ができました。「2番目みたいに」「文字を黄色に」「3番目を高画質で」"
              "などと"
              "言ってください。",
        "hi": "ये रहे आपके {count} डिज़ाइन। कहिए \"नंबर 2 जैसा\", \"टेक्स्ट पीला करो\" या "
              "\"नंबर 3 अपस्केल\"।",
    },
    "delivered_one": {
        "en": "Here it is! Want another change?",
        "de": "Hier ist es! Noch eine Änderung?",
        "es": "¡Aquí está! ¿Quieres otro cambio?",
        "fr": "Le voici ! Une autre modification ?",
        "pt": "Aqui está! Quer mais alguma mudança?",
        "fa": "بفرما! تغییر دیگری می‌خواهی؟",
        "ar": "تفضل! هل تريد تعديلًا آخر؟",
        "ja": "できました！ほかに変更はありますか？",
        "hi": "ये रहा! कोई और बदलाव चाहिए?",
    },
    "insufficient_credits": {
        "en": "This needs {price} credits and your balance is {balance}. Top up to continue.",
        "de": "Dafür brauchst du {price} Credits, dein Guthaben ist {balance}. Lade auf, um "
              "weiterzumachen.",
        "es": "Necesitas {price} créditos y tu saldo es {balance}. Recarga para continuar.",
        "fr": "Il faut {price} crédits et ton solde est de {balance}. Recharge pour continuer.",
        "pt": "São necessários {price} créditos e seu saldo é {balance}. Recarregue para "
              "continuar.",
        "fa": "این کار {price} اعتبار لازم دارد و موجودی شما {balance} است. برای ادامه، اعتبار "
              "بخرید.",
        "ar": "يتطلب هذا {price} رصيد ورصيدك {balance}. اشحن رصيدك للمتابعة.",
        "ja": "{price}クレジット必要ですが、残高は{balance}です。チャージしてから続けてください。",
        "hi": "इसके लिए {price} क्रेडिट चाहिए और आपका बैलेंस {balance} है। जारी रखने के लिए "
              "टॉप-अप करें।",
    },
    "forbidden": {
        "en": "Sorry, I can't share that. I can design new thumbnails for your video, though: "
              "what's it about?",
        "de": "Das kann ich leider nicht teilen. Aber ich entwerfe gern neue Thumbnails für dein "
              "Video: Worum geht es?",
        "es": "Lo siento, no puedo compartir eso. Pero puedo diseñar miniaturas nuevas para tu "
              "vídeo: ¿de qué trata?",
        "fr": "Désolé, je ne peux pas partager ça. Mais je peux créer de nouvelles miniatures "
              "pour ta vidéo : de quoi parle-t-elle ?",
        "pt": "Desculpe, não posso compartilhar isso. Mas posso criar thumbnails novas para o seu "
              "vídeo: sobre o que é?",
        "fa": "متأسفم، این را نمی‌توانم به اشتراک بگذارم. ولی می‌توانم برای ویدیوی تو تامبنیل "
              "تازه بسازم؛ موضوعش چیست؟",
        "ar": "عذرًا، لا يمكنني مشاركة ذلك. لكن يمكنني تصميم صور مصغرة جديدة لفيديوك: عن ماذا "
              "يتحدث؟",
        "ja": "申し訳ありませんが、それはお伝えできません。動画用の新しいサムネイルなら作れます。"
              "どんな動画ですか？",
        "hi": "माफ़ कीजिए, मैं वह साझा नहीं कर सकता। लेकिन आपके वीडियो के लिए नए थंबनेल बना सकता "
              "हूँ: वीडियो किस बारे में है?",
    },
    "smalltalk_thanks": {
        "en": "You're welcome! Want another variation or a new video?",
        "de": "Gern geschehen! Noch eine Variante oder ein neues Video?",
        "es": "¡De nada! ¿Quieres otra variación o un vídeo nuevo?",
        "fr": "Avec plaisir ! Une autre variante ou une nouvelle vidéo ?",
        "pt": "De nada! Quer outra variação ou um vídeo novo?",
        "fa": "خواهش می‌کنم! طرح دیگری می‌خواهی یا ویدیوی جدید؟",
        "ar": "على الرحب والسعة! هل تريد تنويعًا آخر أم فيديو جديدًا؟",
        "ja": "どういたしまして！別のバリエーションか、新しい動画のサムネイルを作りますか？",
        "hi": "आपका स्वागत है! एक और वेरिएशन चाहिए या नया वीडियो?",
    },
    "smalltalk_hello": {
        "en": "Hi! I design YouTube thumbnails. What's your video about?",
        "de": "Hallo! Ich gestalte YouTube-Thumbnails. Worum geht es in deinem Video?",
        "es": "¡Hola! Diseño miniaturas para YouTube. ¿De qué trata tu vídeo?",
        "fr": "Salut ! Je crée des miniatures YouTube. De quoi parle ta vidéo ?",
        "pt": "Oi! Eu crio thumbnails para o YouTube. Sobre o que é o seu vídeo?",
        "fa": "سلام! من تامبنیل یوتیوب طراحی می‌کنم. ویدیوی تو درباره چیست؟",
        "ar": "مرحبًا! أصمم صورًا مصغرة ليوتيوب. عن ماذا يتحدث فيديوك؟",
        "ja": "こんにちは！YouTubeのサムネイルを作ります。どんな動画ですか？",
        "hi": "नमस्ते! मैं YouTube थंबनेल बनाता हूँ। आपका वीडियो किस बारे में है?",
    },
    "smalltalk_about": {
        "en": "I design YouTube thumbnails in this chat: tell me your video's title and style, "
              "and I'll make four options you can refine.",
        "de": "Ich gestalte hier im Chat YouTube-Thumbnails: Nenn mir Titel und Stil deines "
              "Videos, dann bekommst du vier Varianten zum Verfeinern.",
        "es": "Diseño miniaturas de YouTube en este chat: dime el título y el estilo de tu vídeo "
              "y te haré cuatro opciones para ajustar.",
        "fr": "Je crée des miniatures YouTube dans ce chat : donne-moi le titre et le style de ta "
              "vidéo, je te propose quatre designs à affiner.",
        "pt": "Eu crio thumbnails do YouTube neste chat: me diga o título e o estilo do vídeo e "
              "eu faço quatro opções para você ajustar.",
        "fa": "من در همین گفتگو تامبنیل یوتیوب می‌سازم: عنوان و سبک ویدیو را بگو تا چهار طرح "
              "قابل ویرایش بسازم.",
        "ar": "أصمم صورًا مصغرة ليوتيوب في هذه المحادثة: أخبرني بعنوان الفيديو وأسلوبه وسأصنع "
              "أربعة خيارات يمكنك تعديلها.",
        "ja": "このチャットでYouTubeのサムネイルを作ります。動画のタイトルと雰囲気を教えてくだ"
              "さい。調整できる4つの案を作ります。",
        "hi": "मैं इसी चैट में YouTube थंबनेल बनाता हूँ: वीडियो का टाइटल और स्टाइल बताइए, मैं "
              "चार डिज़ाइन बनाऊँगा जिन्हें आप बदल सकते हैं।",
    },
    "failed": {
        "en": "Sorry, something went wrong on my side. Please try again.",
        "de": "Entschuldige, bei mir ist etwas schiefgelaufen. Bitte versuch es noch einmal.",
        "es": "Lo siento, algo falló por mi parte. Inténtalo de nuevo.",
        "fr": "Désolé, quelque chose s'est mal passé de mon côté. Réessaie, s'il te plaît.",
        "pt": "Desculpe, algo deu errado do meu lado. Tente novamente.",
        "fa": "متأسفم، مشکلی پیش آمد. لطفاً دوباره امتحان کن.",
        "ar": "عذرًا، حدث خطأ من جهتي. حاول مرة أخرى من فضلك.",
        "ja": "すみません、こちらで問題が発生しました。もう一度お試しください。",
        "hi": "माफ़ कीजिए, मेरी तरफ़ से कुछ गड़बड़ हो गई। कृपया फिर से कोशिश करें।",
    },
    "failed_refunded": {
        "en": "Sorry, something went wrong on my side and your {refunded} credits are back. "
              "Please try again.",
        "de": "Entschuldige, bei mir ist etwas schiefgelaufen; deine {refunded} Credits sind "
              "zurück. Bitte versuch es noch einmal.",
        "es": "Lo siento, algo falló por mi parte y te devolví {refunded} créditos. Inténtalo "
              "de nuevo.",
        "fr": "Désolé, quelque chose s'est mal passé ; tes {refunded} crédits sont rendus. "
              "Réessaie, s'il te plaît.",
        "pt": "Desculpe, algo deu errado e seus {refunded} créditos foram devolvidos. Tente "
              "novamente.",
        "fa": "متأسفم، مشکلی پیش آمد و {refunded} اعتبارت برگشت داده شد. لطفاً دوباره امتحان کن.",
        "ar": "عذرًا، حدث خطأ من جهتي وأعدت لك {refunded} رصيد. حاول مرة أخرى من فضلك.",
        "ja": "すみません、問題が発生しました。{refunded}クレジットは返却済みです。もう一度お試し"
              "ください。",
        "hi": "माफ़ कीजिए, कुछ गड़बड़ हो गई और आपके {refunded} क्रेडिट वापस कर दिए गए। कृपया फिर से "
              "कोशिश करें।",
    },
    "need_result": {
        "en": "There's nothing to change yet. Tell me what the video is about and I'll make "
              "four options first.",
        "de": "Es gibt noch nichts zu ändern. Sag mir, worum es im Video geht, dann mache ich "
              "erst vier Varianten.",
        "es": "Aún no hay nada que cambiar. Dime de qué trata el vídeo y primero haré cuatro "
              "opciones.",
        "fr": "Il n'y a encore rien à modifier. Dis-moi de quoi parle la vidéo et je fais "
              "d'abord quatre propositions.",
        "pt": "Ainda não há nada para mudar. Diga sobre o que é o vídeo e eu faço quatro "
              "opções primeiro.",
        "fa": "هنوز طرحی برای تغییر نیست. بگو ویدیو درباره چیست تا اول چهار طرح بسازم.",
        "ar": "لا يوجد شيء لتعديله بعد. أخبرني عن موضوع الفيديو وسأصنع أربعة خيارات أولًا.",
        "ja": "まだ変更できるデザインがありません。動画の内容を教えてくれれば、まず4つの案を"
              "作ります。",
        "hi": "अभी बदलने के लिए कुछ नहीं है। बताइए वीडियो किस बारे में है, मैं पहले चार डिज़ाइन "
              "बनाऊँगा।",
    },
    "brand_saved_summary": {
        "en": "Saved your brand kit ({brand}). I'll use it whenever you ask for your brand.",
        "de": "Dein Brand-Kit ist gespeichert ({brand}). Ich nutze es, wann immer du danach "
              "fragst.",
        "es": "Guardé tu kit de marca ({brand}). Lo usaré cuando me lo pidas.",
        "fr": "Ton kit de marque est enregistré ({brand}). Je l'utiliserai quand tu le "
              "demanderas.",
        "pt": "Salvei seu kit de marca ({brand}). Vou usá-lo sempre que você pedir.",
        "fa": "کیت برندت ذخیره شد ({brand}). هر وقت بخواهی از آن استفاده می‌کنم.",
        "ar": "حفظت هوية علامتك ({brand}). سأستخدمها كلما طلبت ذلك.",
        "ja": "ブランドキットを保存しました（{brand}）。ご希望のときにいつでも使います。",
        "hi": "आपका ब्रांड किट सेव हो गया ({brand})। आप जब कहेंगे, मैं उसे इस्तेमाल करूँगा।",
    },
    "brand_saved": {
        "en": "Saved your brand kit. I'll use it whenever you ask for your brand.",
        "de": "Dein Brand-Kit ist gespeichert. Ich nutze es, wann immer du danach fragst.",
        "es": "Guardé tu kit de marca. Lo usaré cuando me lo pidas.",
        "fr": "Ton kit de marque est enregistré. Je l'utiliserai quand tu le demanderas.",
        "pt": "Salvei seu kit de marca. Vou usá-lo sempre que você pedir.",
        "fa": "کیت برندت ذخیره شد. هر وقت بخواهی از آن استفاده می‌کنم.",
        "ar": "حفظت هوية علامتك. سأستخدمها كلما طلبت ذلك.",
        "ja": "ブランドキットを保存しました。ご希望のときにいつでも使います。",
        "hi": "आपका ब्रांड किट सेव हो गया। आप जब कहेंगे, मैं उसे इस्तेमाल करूँगा।",
    },
}
