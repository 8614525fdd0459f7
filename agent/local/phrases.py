"""Every other sentence a creator sees, per key and language: status lines, answers, button labels.

The replies of the local brain live beside it in `reply_texts`; this is the catalogue for the
graph's status lines and messages, the agent's answers to side questions and the chat UI.
`phrase(key, language, **facts)` picks the language like `reply_language` and fills the
`{fact}` fields like the replies do (Persian digits in "fa"; a missing fact becomes "?").

Quoted examples are in the reader's language: they are what the creator would type.
"""

from __future__ import annotations

from agent.local.replies import fill, reply_language
from kernel.errors import RoutixError

PLURAL_FACTS = ("count", "spent", "price", "balance")  # the first one present picks `_one`

PHRASES: dict[str, dict[str, str]] = {
    # --- graph: status lines and messages ---------------------------------------------------
    "status_understanding": {
        "en": "Reading your request…",
        "de": "Ich lese deine Anfrage…",
        "es": "Leyendo tu petición…",
        "fr": "Je lis ta demande…",
        "pt": "Lendo seu pedido…",
        "fa": "دارم درخواستت را می‌خوانم…",
        "ar": "أقرأ طلبك…",
        "ja": "リクエストを読んでいます…",
        "hi": "आपका अनुरोध पढ़ रहा हूँ…",
    },
    "status_searching": {
        "en": "Finding designs that fit your video…",
        "de": "Ich suche Designs, die zu deinem Video passen…",
        "es": "Buscando diseños que encajen con tu vídeo…",
        "fr": "Je cherche des designs adaptés à ta vidéo…",
        "pt": "Procurando designs que combinem com seu vídeo…",
        "fa": "دارم طرح‌های مناسب ویدیویت را پیدا می‌کنم…",
        "ar": "أبحث عن تصاميم تناسب فيديوك…",
        "ja": "動画に合うデザインを探しています…",
        "hi": "आपके वीडियो के लिए सही डिज़ाइन ढूँढ रहा हूँ…",
    },
    "status_reserving": {
        "en": "Reserving {price} credits…",
        "de": "Ich reserviere {price} Credits…",
        "es": "Reservando {price} créditos…",
        "fr": "Je réserve {price} crédits…",
        "pt": "Reservando {price} créditos…",
        "fa": "دارم {price} اعتبار رزرو می‌کنم…",
        "ar": "أحجز {price} رصيد…",
        "ja": "{price}クレジットを確保しています…",
        "hi": "{price} क्रेडिट रिज़र्व कर रहा हूँ…",
    },
    "status_reserving_one": {
        "en": "Reserving 1 credit…",
        "de": "Ich reserviere 1 Credit…",
        "es": "Reservando 1 crédito…",
        "fr": "Je réserve 1 crédit…",
        "pt": "Reservando 1 crédito…",
        "fa": "دارم ۱ اعتبار رزرو می‌کنم…",
        "ar": "أحجز رصيدًا واحدًا…",
        "ja": "1クレジットを確保しています…",
        "hi": "1 क्रेडिट रिज़र्व कर रहा हूँ…",
    },
    "status_rendering": {
        "en": "Rendering {count} thumbnails…",
        "de": "Ich rendere {count} Thumbnails…",
        "es": "Generando {count} miniaturas…",
        "fr": "Je génère {count} miniatures…",
        "pt": "Gerando {count} thumbnails…",
        "fa": "دارم {count} تامبنیل می‌سازم…",
        "ar": "أُنشئ {count} صور مصغرة…",
        "ja": "サムネイルを{count}枚作成しています…",
        "hi": "{count} थंबनेल बना रहा हूँ…",
    },
    "status_rendering_one": {
        "en": "Rendering 1 thumbnail…",
        "de": "Ich rendere 1 Thumbnail…",
        "es": "Generando 1 miniatura…",
        "fr": "Je génère 1 miniature…",
        "pt": "Gerando 1 thumbnail…",
        "fa": "دارم ۱ تامبنیل می‌سازم…",
        "ar": "أُنشئ صورة مصغرة واحدة…",
        "ja": "サムネイルを1枚作成しています…",
        "hi": "1 थंबनेल बना रहा हूँ…",
    },
    "status_delivering": {
        "en": "Here they are.",
        "de": "Hier sind sie.",
        "es": "Aquí las tienes.",
        "fr": "Les voici.",
        "pt": "Aqui estão.",
        "fa": "بفرما، آماده‌اند.",
        "ar": "ها هي جاهزة.",
        "ja": "できました。",
        "hi": "ये रहे।",
    },
    "progress_images": {
        "en": "{done} of {total} thumbnails ready",
        "de": "{done} von {total} Thumbnails fertig",
        "es": "{done} de {total} miniaturas listas",
        "fr": "{done} sur {total} miniatures prêtes",
        "pt": "{done} de {total} thumbnails prontas",
        "fa": "{done} از {total} تامبنیل آماده است",
        "ar": "{done} من {total} صور مصغرة جاهزة",
        "ja": "{total}枚中{done}枚のサムネイルが完成",
        "hi": "{total} में से {done} थंबनेल तैयार",
    },
    "declined": {
        "en": "OK, nothing was spent.",
        "de": "Okay, es wurde nichts abgebucht.",
        "es": "Vale, no se ha gastado nada.",
        "fr": "D'accord, rien n'a été dépensé.",
        "pt": "Tudo bem, nada foi gasto.",
        "fa": "باشه، هیچ اعتباری خرج نشد.",
        "ar": "حسنًا، لم يُخصم شيء.",
        "ja": "わかりました。クレジットは使われていません。",
        "hi": "ठीक है, कुछ भी खर्च नहीं हुआ।",
    },
    "buy_more": {
        "en": "Buy more credits to continue.",
        "de": "Kauf mehr Credits, um weiterzumachen.",
        "es": "Compra más créditos para continuar.",
        "fr": "Achète des crédits pour continuer.",
        "pt": "Compre mais créditos para continuar.",
        "fa": "برای ادامه، اعتبار بیشتری بخر.",
        "ar": "اشترِ المزيد من الرصيد للمتابعة.",
        "ja": "続けるにはクレジットを購入してください。",
        "hi": "जारी रखने के लिए और क्रेडिट खरीदें।",
    },
    "insufficient": {
        "en": "This needs {price} credits and your balance is {balance}.",
        "de": "Dafür brauchst du {price} Credits, dein Guthaben ist {balance}.",
        "es": "Necesitas {price} créditos y tu saldo es {balance}.",
        "fr": "Il faut {price} crédits et ton solde est de {balance}.",
        "pt": "São necessários {price} créditos e seu saldo é {balance}.",
        "fa": "این کار {price} اعتبار لازم دارد و موجودی‌ات {balance} است.",
        "ar": "يتطلب هذا {price} رصيد ورصيدك {balance}.",
        "ja": "{price}クレジット必要ですが、残高は{balance}です。",
        "hi": "इसके लिए {price} क्रेडिट चाहिए और आपका बैलेंस {balance} है।",
    },
    "insufficient_one": {
        "en": "This needs 1 credit and your balance is {balance}.",
        "de": "Dafür brauchst du 1 Credit, dein Guthaben ist {balance}.",
        "es": "Necesitas 1 crédito y tu saldo es {balance}.",
        "fr": "Il faut 1 crédit et ton solde est de {balance}.",
        "pt": "É necessário 1 crédito e seu saldo é {balance}.",
        "fa": "این کار ۱ اعتبار لازم دارد و موجودی‌ات {balance} است.",
        "ar": "يتطلب هذا رصيدًا واحدًا ورصيدك {balance}.",
        "ja": "1クレジット必要ですが、残高は{balance}です。",
        "hi": "इसके लिए 1 क्रेडिट चाहिए और आपका बैलेंस {balance} है।",
    },
    "library_not_ready": {
        "en": "The design library is still being prepared. Try again in a minute.",
        "de": "Die Design-Bibliothek wird noch vorbereitet. Versuch es in einer Minute noch "
              "einmal.",
        "es": "La biblioteca de diseños aún se está preparando. Inténtalo de nuevo en un minuto.",
        "fr": "La bibliothèque de designs est encore en préparation. Réessaie dans une minute.",
        "pt": "A biblioteca de designs ainda está sendo preparada. Tente de novo em um minuto.",
        "fa": "کتابخانه طرح‌ها هنوز در حال آماده شدن است. یک دقیقه دیگر دوباره امتحان کن.",
        "ar": "مكتبة التصاميم لا تزال قيد التجهيز. حاول مرة أخرى بعد دقيقة.",
        "ja": "デザインライブラリを準備中です。1分ほどしてからもう一度お試しください。",
        "hi": "डिज़ाइन लाइब्रेरी अभी तैयार हो रही है। एक मिनट बाद फिर से कोशिश करें।",
    },
    "refine_needs_change": {
        "en": "Tell me what to change, e.g. “make the text yellow” or “bigger face”.",
        "de": "Sag mir, was ich ändern soll, z. B. „mach den Text gelb“ oder „Gesicht größer“.",
        "es": "Dime qué quieres cambiar, por ejemplo «pon el texto en amarillo» o «cara más "
              "grande».",
        "fr": "Dis-moi ce qu'il faut changer, par ex. « mets le texte en jaune » ou « visage plus "
              "grand ».",
        "pt": "Me diga o que mudar, por exemplo “deixa o texto amarelo” ou “rosto maior”.",
        "fa": "بگو چه چیزی را تغییر بدهم، مثلاً «متن را زرد کن» یا «چهره بزرگ‌تر».",
        "ar": "أخبرني ماذا أغيّر، مثلًا «اجعل النص أصفر» أو «وجه أكبر».",
        "ja": "変更したい点を教えてください。例：「文字を黄色に」「顔を大きく」。",
        "hi": "बताइए क्या बदलना है, जैसे “टेक्स्ट पीला करो” या “चेहरा बड़ा करो”।",
    },
    "no_such_result": {
        "en": "There is no #{target} here; pick one of 1–{count}.",
        "de": "Hier gibt es keine #{target}; wähl eine von 1–{count}.",
        "es": "Aquí no hay ninguna #{target}; elige una del 1 al {count}.",
        "fr": "Il n'y a pas de #{target} ici ; choisis-en une entre 1 et {count}.",
        "pt": "Não tem #{target} aqui; escolha uma de 1 a {count}.",
        "fa": "اینجا #{target} وجود ندارد؛ یکی از ۱ تا {count} را انتخاب کن.",
        "ar": "لا يوجد #{target} هنا؛ اختر رقمًا من 1 إلى {count}.",
        "ja": "#{target}はありません。1〜{count}から選んでください。",
        "hi": "यहाँ #{target} नहीं है; 1 से {count} में से कोई एक चुनिए।",
    },
    "render_failed": {
        "en": "That render did not work. The credits it held are back in your balance.",
        "de": "Das Rendern hat nicht geklappt. Die reservierten Credits sind wieder auf deinem "
              "Guthaben.",
        "es": "Esa generación no ha funcionado. Los créditos reservados ya están de vuelta en tu "
              "saldo.",
        "fr": "Ce rendu n'a pas marché. Les crédits réservés sont revenus sur ton solde.",
        "pt": "Essa geração não deu certo. Os créditos reservados voltaram para o seu saldo.",
        "fa": "این رندر انجام نشد. اعتباری که برایش کنار گذاشته بودیم به موجودی‌ات برگشت.",
        "ar": "لم تنجح عملية الإنشاء هذه. أُعيد الرصيد المحجوز لها إلى رصيدك.",
        "ja": "このレンダリングは失敗しました。確保していたクレジットは残高に戻しました。",
        "hi": "यह रेंडर नहीं हो पाया। इसके लिए रोके गए क्रेडिट आपके बैलेंस में वापस आ गए हैं।",
    },
    "message_too_long": {
        "en": "That message is {length} characters long; please keep it under {limit} (a title "
              "and a few wishes are plenty).",
        "de": "Deine Nachricht ist {length} Zeichen lang; bitte bleib unter {limit} (ein Titel "
              "und ein paar Wünsche reichen völlig).",
        "es": "Tu mensaje tiene {length} caracteres; por favor, que no pase de {limit} (con un "
              "título y un par de ideas basta).",
        "fr": "Ton message fait {length} caractères ; reste sous {limit}, s'il te plaît (un titre "
              "et quelques envies suffisent largement).",
        "pt": "Sua mensagem tem {length} caracteres; mantenha abaixo de {limit}, por favor (um "
              "título e alguns desejos já bastam).",
        "fa": "پیامت {length} کاراکتر است؛ لطفاً زیر {limit} نگهش دار (یک عنوان و چند خواسته کافی "
              "است).",
        "ar": "رسالتك من {length} حرفًا؛ من فضلك اجعلها أقل من {limit} (يكفي عنوان وبعض الطلبات).",
        "ja": "メッセージが{length}文字あります。"
              "{limit}文字未満にしてください（タイトルと希望をいくつか書けば十分です）。",
        "hi": "यह संदेश {length} अक्षरों का है; कृपया इसे {limit} से कम रखें (एक टाइटल और अपनी "
              "कुछ पसंद बताना काफ़ी है)।",
    },
    "internal_error": {
        "en": "Something went wrong on our side. Any credits held for this request come back "
              "automatically; please try again in a moment.",
        "de": "Bei uns ist etwas schiefgelaufen. Für diese Anfrage reservierte Credits bekommst "
              "du automatisch zurück; bitte versuch es gleich noch einmal.",
        "es": "Algo ha fallado por nuestra parte. Los créditos reservados para esta petición "
              "vuelven automáticamente; inténtalo de nuevo en un momento.",
        "fr": "Un problème est survenu de notre côté. Les crédits réservés pour cette demande te "
              "sont rendus automatiquement ; réessaie dans un instant.",
        "pt": "Algo deu errado do nosso lado. Os créditos reservados para este pedido voltam "
              "automaticamente; tente de novo daqui a pouco.",
        "fa": "مشکلی از طرف ما پیش آمد. اعتباری که برای این درخواست کنار گذاشته شده بود خودکار "
              "برمی‌گردد؛ لطفاً کمی بعد دوباره امتحان کن.",
        "ar": "حدث خطأ من جهتنا. سيعود أي رصيد محجوز لهذا الطلب تلقائيًا؛ حاول مرة أخرى بعد قليل.",
        "ja": "こちらで問題が発生しました。"
              "このリクエストのために確保したクレジットは自動で戻ります。"
              "少ししてからもう一度お試しください。",
        "hi": "हमारी तरफ़ से कुछ गड़बड़ हो गई। इस अनुरोध के लिए रोके गए क्रेडिट अपने-आप वापस आ "
              "जाएँगे; कृपया थोड़ी देर में फिर से कोशिश करें।",
    },
    "one_photo": {
        "en": "Send one photo at a time, please.",
        "de": "Bitte schick immer nur ein Foto auf einmal.",
        "es": "Envía una foto cada vez, por favor.",
        "fr": "Envoie une seule photo à la fois, s'il te plaît.",
        "pt": "Envie uma foto de cada vez, por favor.",
        "fa": "لطفاً هر بار فقط یک عکس بفرست.",
        "ar": "أرسل صورة واحدة في كل مرة من فضلك.",
        "ja": "写真は1枚ずつ送ってください。",
        "hi": "कृपया एक बार में एक ही फ़ोटो भेजें।",
    },
    "too_many_photos": {
        "en": "Send at most {count} photo with a message.",
        "de": "Schick höchstens {count} Foto pro Nachricht.",
        "es": "Envía como máximo {count} foto por mensaje.",
        "fr": "Envoie au plus {count} photo par message.",
        "pt": "Envie no máximo {count} foto por mensagem.",
        "fa": "با هر پیام حداکثر {count} عکس بفرست.",
        "ar": "أرسل {count} صورة كحد أقصى مع كل رسالة.",
        "ja": "1つのメッセージで送れる写真は{count}枚までです。",
        "hi": "एक संदेश के साथ ज़्यादा से ज़्यादा {count} फ़ोटो भेजें।",
    },
    "upload_empty": {
        "en": "The file is empty.",
        "de": "Die Datei ist leer.",
        "es": "El archivo está vacío.",
        "fr": "Le fichier est vide.",
        "pt": "O arquivo está vazio.",
        "fa": "فایل خالی است.",
        "ar": "الملف فارغ.",
        "ja": "ファイルが空です。",
        "hi": "फ़ाइल खाली है।",
    },
    "upload_too_large": {
        "en": "The file is {size}; images may be at most {limit}.",
        "de": "Die Datei ist {size} groß; Bilder dürfen höchstens {limit} groß sein.",
        "es": "El archivo ocupa {size}; las imágenes pueden ocupar como máximo {limit}.",
        "fr": "Le fichier fait {size} ; les images ne doivent pas dépasser {limit}.",
        "pt": "O arquivo tem {size}; as imagens podem ter no máximo {limit}.",
        "fa": "حجم فایل {size} است؛ حجم تصویر حداکثر می‌تواند {limit} باشد.",
        "ar": "حجم الملف {size}؛ والحد الأقصى لحجم الصور هو {limit}.",
        "ja": "ファイルサイズが{size}あります。画像は最大{limit}までです。",
        "hi": "फ़ाइल {size} की है; इमेज ज़्यादा से ज़्यादा {limit} की हो सकती है।",
    },
    "upload_markup": {
        "en": "This is an {found} file; vector and markup files are not accepted. Please upload a "
              "JPEG, PNG or WebP image.",
        "de": "Das ist eine {found}-Datei; Vektor- und Markup-Dateien werden nicht angenommen. "
              "Bitte lade ein JPEG-, PNG- oder WebP-Bild hoch.",
        "es": "Es un archivo {found}; no se aceptan archivos vectoriales ni de marcado. Sube una "
              "imagen JPEG, PNG o WebP, por favor.",
        "fr": "C'est un fichier {found} ; les fichiers vectoriels et de balisage ne sont pas "
              "acceptés. Envoie une image JPEG, PNG ou WebP, s'il te plaît.",
        "pt": "Este é um arquivo {found}; arquivos vetoriais e de marcação não são aceitos. Envie "
              "uma imagem JPEG, PNG ou WebP.",
        "fa": "این یک فایل {found} است؛ فایل‌های برداری و نشانه‌گذاری پذیرفته نمی‌شوند. لطفاً یک "
              "تصویر JPEG، PNG یا WebP آپلود کن.",
        "ar": "هذا ملف {found}؛ لا نقبل الملفات المتجهية وملفات الترميز. من فضلك ارفع صورة بصيغة "
              "JPEG أو PNG أو WebP.",
        "ja": "これは{found}ファイルです。"
              "ベクター形式やマークアップ形式のファイルは受け付けていません。JPEG、PNG、"
              "WebPのいずれかの画像をアップロードしてください。",
        "hi": "यह एक {found} फ़ाइल है; वेक्टर और मार्कअप फ़ाइलें स्वीकार नहीं की जातीं। कृपया "
              "JPEG, PNG या WebP इमेज अपलोड करें।",
    },
    "upload_unknown": {
        "en": "This file is not an image we recognise. Please upload a JPEG, PNG or WebP.",
        "de": "Wir erkennen diese Datei nicht als Bild. Bitte lade ein JPEG, PNG oder WebP hoch.",
        "es": "No reconocemos este archivo como una imagen. Sube un JPEG, PNG o WebP, por favor.",
        "fr": "On ne reconnaît pas ce fichier comme une image. Envoie un JPEG, PNG ou WebP, s'il "
              "te plaît.",
        "pt": "Não reconhecemos este arquivo como uma imagem. Envie um JPEG, PNG ou WebP.",
        "fa": "این فایل را به‌عنوان تصویر تشخیص نمی‌دهیم. لطفاً یک فایل JPEG، PNG یا WebP آپلود "
              "کن.",
        "ar": "لم نتعرّف على هذا الملف كصورة. من فضلك ارفع ملف JPEG أو PNG أو WebP.",
        "ja": "このファイルは対応している画像として認識できません。JPEG、PNG、"
              "WebPのいずれかをアップロードしてください。",
        "hi": "यह फ़ाइल ऐसी इमेज नहीं है जिसे हम पहचान सकें। कृपया JPEG, PNG या WebP अपलोड करें।",
    },
    "upload_format": {
        "en": "{found} files are not supported. Please upload a JPEG, PNG or WebP.",
        "de": "{found}-Dateien werden nicht unterstützt. Bitte lade ein JPEG, PNG oder WebP hoch.",
        "es": "Los archivos {found} no son compatibles. Sube un JPEG, PNG o WebP, por favor.",
        "fr": "Les fichiers {found} ne sont pas pris en charge. Envoie un JPEG, PNG ou WebP, s'il "
              "te plaît.",
        "pt": "Arquivos {found} não são suportados. Envie um JPEG, PNG ou WebP.",
        "fa": "فایل‌های {found} پشتیبانی نمی‌شوند. لطفاً یک فایل JPEG، PNG یا WebP آپلود کن.",
        "ar": "ملفات {found} غير مدعومة. من فضلك ارفع ملف JPEG أو PNG أو WebP.",
        "ja": "{found}ファイルには対応していません。JPEG、PNG、"
              "WebPのいずれかをアップロードしてください。",
        "hi": "{found} फ़ाइलें सपोर्ट नहीं की जातीं। कृपया JPEG, PNG या WebP अपलोड करें।",
    },
    "upload_suffix": {
        "en": "Files ending in {suffix} are not accepted. Please upload a .jpg, .png or .webp.",
        "de": "Dateien mit der Endung {suffix} werden nicht angenommen. Bitte lade eine .jpg-, "
              ".png- oder .webp-Datei hoch.",
        "es": "No se aceptan archivos con la extensión {suffix}. Sube un archivo .jpg, .png o "
              ".webp, por favor.",
        "fr": "Les fichiers avec l'extension {suffix} ne sont pas acceptés. Envoie un fichier "
              ".jpg, .png ou .webp, s'il te plaît.",
        "pt": "Arquivos com a extensão {suffix} não são aceitos. Envie um arquivo .jpg, .png ou "
              ".webp.",
        "fa": "فایل‌هایی با پسوند {suffix} پذیرفته نمی‌شوند. لطفاً یک فایل .jpg، .png یا .webp "
              "آپلود کن.",
        "ar": "لا نقبل الملفات ذات الامتداد {suffix}. من فضلك ارفع ملفًا بامتداد .jpg أو .png أو "
              ".webp.",
        "ja": "拡張子が{suffix}のファイルは受け付けていません。.jpg、.png、"
              ".webpのいずれかをアップロードしてください。",
        "hi": "{suffix} एक्सटेंशन वाली फ़ाइलें स्वीकार नहीं की जातीं। कृपया .jpg, .png या .webp "
              "फ़ाइल अपलोड करें।",
    },
    "upload_mislabelled": {
        "en": "The file is named {suffix} but its contents are {found}; it may be damaged or "
              "mislabelled.",
        "de": "Die Datei endet auf {suffix}, ihr Inhalt ist aber {found}; vielleicht ist sie "
              "beschädigt oder falsch benannt.",
        "es": "El archivo tiene la extensión {suffix}, pero su contenido es {found}; puede que "
              "esté dañado o que tenga la extensión equivocada.",
        "fr": "Le fichier porte l'extension {suffix}, mais son contenu est au format {found} ; il "
              "est peut-être endommagé ou mal nommé.",
        "pt": "O arquivo tem a extensão {suffix}, mas o conteúdo é {found}; ele pode estar "
              "danificado ou com a extensão errada.",
        "fa": "نام فایل با {suffix} تمام می‌شود، ولی محتوایش {found} است؛ شاید خراب باشد یا "
              "پسوندش اشتباه باشد.",
        "ar": "يحمل الملف الامتداد {suffix} لكن محتواه بصيغة {found}؛ قد يكون تالفًا أو امتداده "
              "خاطئًا.",
        "ja": "ファイルの拡張子は{suffix}ですが、中身は{found}です。破損しているか、"
              "拡張子が間違っている可能性があります。",
        "hi": "फ़ाइल का नाम {suffix} पर खत्म होता है, लेकिन उसके अंदर {found} है; हो सकता है वह "
              "खराब हो या उसका नाम गलत रखा गया हो।",
    },
    "upload_damaged": {
        "en": "This {format} file is damaged and cannot be read.",
        "de": "Diese {format}-Datei ist beschädigt und kann nicht gelesen werden.",
        "es": "Este archivo {format} está dañado y no se puede leer.",
        "fr": "Ce fichier {format} est endommagé et ne peut pas être lu.",
        "pt": "Este arquivo {format} está danificado e não pode ser lido.",
        "fa": "این فایل {format} خراب است و خوانده نمی‌شود.",
        "ar": "ملف {format} هذا تالف ولا يمكن قراءته.",
        "ja": "この{format}ファイルは破損しているため読み込めません。",
        "hi": "यह {format} फ़ाइल खराब है और पढ़ी नहीं जा सकती।",
    },
    "upload_animated": {
        "en": "Animated images are not supported. Please upload a still image.",
        "de": "Animierte Bilder werden nicht unterstützt. Bitte lade ein Standbild hoch.",
        "es": "Las imágenes animadas no son compatibles. Sube una imagen estática, por favor.",
        "fr": "Les images animées ne sont pas prises en charge. Envoie une image fixe, s'il te "
              "plaît.",
        "pt": "Imagens animadas não são suportadas. Envie uma imagem estática.",
        "fa": "تصویرهای متحرک پشتیبانی نمی‌شوند. لطفاً یک تصویر ثابت آپلود کن.",
        "ar": "الصور المتحركة غير مدعومة. من فضلك ارفع صورة ثابتة.",
        "ja": "アニメーション画像には対応していません。静止画をアップロードしてください。",
        "hi": "एनिमेटेड इमेज सपोर्ट नहीं की जातीं। कृपया कोई स्थिर इमेज अपलोड करें।",
    },
    "upload_truncated": {
        "en": "This {format} file is truncated or corrupt and cannot be decoded completely.",
        "de": "Diese {format}-Datei ist unvollständig oder beschädigt und lässt sich nicht "
              "vollständig dekodieren.",
        "es": "Este archivo {format} está incompleto o dañado y no se puede decodificar por "
              "completo.",
        "fr": "Ce fichier {format} est tronqué ou corrompu et ne peut pas être décodé entièrement.",
        "pt": "Este arquivo {format} está incompleto ou corrompido e não pode ser decodificado "
              "por inteiro.",
        "fa": "این فایل {format} ناقص یا خراب است و نمی‌شود آن را کامل باز کرد.",
        "ar": "ملف {format} هذا ناقص أو تالف ولا يمكن فك ترميزه بالكامل.",
        "ja": "この{format}ファイルは途中で切れているか破損しているため、"
              "完全にはデコードできません。",
        "hi": "यह {format} फ़ाइल अधूरी या खराब है और पूरी तरह डिकोड नहीं की जा सकती।",
    },
    "upload_too_many_pixels": {
        "en": "The image declares {dims}; the limit is {limit} megapixels.",
        "de": "Das Bild gibt {dims} an; erlaubt sind höchstens {limit} Megapixel.",
        "es": "La imagen indica {dims}; el límite es de {limit} megapíxeles.",
        "fr": "L'image annonce {dims} ; la limite est de {limit} mégapixels.",
        "pt": "A imagem informa {dims}; o limite é de {limit} megapixels.",
        "fa": "ابعاد اعلام‌شده تصویر {dims} است؛ حداکثر مجاز {limit} مگاپیکسل است.",
        "ar": "تُعلن الصورة عن أبعاد {dims}؛ والحد الأقصى {limit} ميغابكسل.",
        "ja": "この画像のサイズは{dims}と記録されています。上限は{limit}メガピクセルです。",
        "hi": "इस इमेज का आकार {dims} बताया गया है; सीमा {limit} मेगापिक्सल है।",
    },
    "upload_too_small": {
        "en": "The image is {width}×{height} pixels; each side must be at least {min_side} pixels.",
        "de": "Das Bild ist {width}×{height} Pixel groß; jede Seite muss mindestens {min_side} "
              "Pixel lang sein.",
        "es": "La imagen mide {width}×{height} píxeles; cada lado debe tener al menos {min_side} "
              "píxeles.",
        "fr": "L'image fait {width}×{height} pixels ; chaque côté doit faire au moins {min_side} "
              "pixels.",
        "pt": "A imagem tem {width}×{height} pixels; cada lado precisa ter pelo menos {min_side} "
              "pixels.",
        "fa": "تصویر {width}×{height} پیکسل است؛ هر ضلع باید دست‌کم {min_side} پیکسل باشد.",
        "ar": "أبعاد الصورة {width}×{height} بكسل؛ ويجب ألا يقل كل ضلع عن {min_side} بكسل.",
        "ja": "画像のサイズは{width}×{height}ピクセルです。"
              "各辺を{min_side}ピクセル以上にしてください。",
        "hi": "इमेज {width}×{height} पिक्सल की है; हर साइड कम से कम {min_side} पिक्सल की होनी "
              "चाहिए।",
    },
    "upload_cant_use": {
        "en": "I can't use “{name}”: {reason}",
        "de": "„{name}“ kann ich nicht verwenden: {reason}",
        "es": "No puedo usar «{name}»: {reason}",
        "fr": "Je ne peux pas utiliser « {name} » : {reason}",
        "pt": "Não consigo usar “{name}”: {reason}",
        "fa": "نمی‌توانم از «{name}» استفاده کنم: {reason}",
        "ar": "لا يمكنني استخدام «{name}»: {reason}",
        "ja": "「{name}」は使えません：{reason}",
        "hi": "मैं “{name}” का इस्तेमाल नहीं कर सकता: {reason}",
    },
    "no_worker": {
        "en": "No render worker is running, so nothing was charged. Start one with "
              "`routix worker` (or run `routix up`) and try again.",
        "de": "Es läuft kein Render-Worker, darum wurde nichts abgebucht. Starte einen mit "
              "`routix worker` (oder `routix up`) und versuch es noch einmal.",
        "es": "No hay ningún worker de renderizado en marcha, así que no se ha cobrado nada. "
              "Inicia uno con `routix worker` (o `routix up`) y vuelve a intentarlo.",
        "fr": "Aucun worker de rendu ne tourne, donc rien n'a été débité. Lance-en un avec "
              "`routix worker` (ou `routix up`) et réessaie.",
        "pt": "Nenhum worker de renderização está rodando, então nada foi cobrado. Inicie um com "
              "`routix worker` (ou `routix up`) e tente de novo.",
        "fa": "هیچ پردازشگر رندری در حال اجرا نیست، پس چیزی کسر نشد. با `routix worker` (یا "
              "`routix up`) یکی را راه بینداز و دوباره امتحان کن.",
        "ar": "لا يعمل أي عامل للتصيير، لذلك لم يُخصم شيء. شغّل واحدًا بالأمر `routix worker` "
              "(أو `routix up`) ثم حاول مرة أخرى.",
        "ja": "レンダリング用のワーカーが動いていないため、クレジットは使われていません。"
              "`routix worker`（または `routix up`）で起動してから、もう一度お試しください。",
        "hi": "कोई रेंडर वर्कर नहीं चल रहा, इसलिए कुछ भी नहीं कटा। `routix worker` (या "
              "`routix up`) से एक चालू करें और फिर से कोशिश करें।",
    },
    "render_unpicked": {
        "en": "No worker took this render in time, so its credits are back in your balance.",
        "de": "Kein Worker hat dieses Rendering rechtzeitig übernommen, deine Credits sind "
              "wieder auf deinem Guthaben.",
        "es": "Ningún worker tomó este renderizado a tiempo, así que tus créditos han vuelto a "
              "tu saldo.",
        "fr": "Aucun worker n'a pris ce rendu à temps, tes crédits sont donc revenus sur ton "
              "solde.",
        "pt": "Nenhum worker assumiu esta renderização a tempo, então seus créditos voltaram "
              "para o seu saldo.",
        "fa": "هیچ پردازشگری این رندر را به‌موقع برنداشت، پس اعتبارهایت به موجودی‌ات برگشت.",
        "ar": "لم يتسلّم أي عامل هذا التصيير في الوقت المناسب، لذلك عادت أرصدتك إلى حسابك.",
        "ja": "時間内にこのレンダリングを引き受けたワーカーがいなかったため、クレジットは"
              "残高に戻りました。",
        "hi": "किसी वर्कर ने यह रेंडर समय पर नहीं लिया, इसलिए आपके क्रेडिट बैलेंस में वापस आ गए।",
    },
    "model_timeout": {
        "en": "The {provider} model did not answer in time, so I read your message myself.",
        "de": "Das {provider}-Modell hat nicht rechtzeitig geantwortet, also habe ich deine "
              "Nachricht selbst gelesen.",
        "es": "El modelo de {provider} no respondió a tiempo, así que leí tu mensaje yo mismo.",
        "fr": "Le modèle {provider} n'a pas répondu à temps, j'ai donc lu ton message moi-même.",
        "pt": "O modelo {provider} não respondeu a tempo, então eu mesmo li sua mensagem.",
        "fa": "مدل {provider} به‌موقع جواب نداد، برای همین خودم پیامت را خواندم.",
        "ar": "لم يرد نموذج {provider} في الوقت المناسب، لذا قرأت رسالتك بنفسي.",
        "ja": "{provider}のモデルが時間内に応答しなかったため、"
              "メッセージはこちらで読み取りました。",
        "hi": "{provider} मॉडल ने समय पर जवाब नहीं दिया, इसलिए मैंने आपका संदेश खुद पढ़ा।",
    },
    "model_unavailable": {
        "en": "The {provider} model was unavailable, so I read your message myself.",
        "de": "Das {provider}-Modell war nicht erreichbar, also habe ich deine Nachricht selbst "
              "gelesen.",
        "es": "El modelo de {provider} no estaba disponible, así que leí tu mensaje yo mismo.",
        "fr": "Le modèle {provider} n'était pas disponible, j'ai donc lu ton message moi-même.",
        "pt": "O modelo {provider} estava indisponível, então eu mesmo li sua mensagem.",
        "fa": "مدل {provider} در دسترس نبود، برای همین خودم پیامت را خواندم.",
        "ar": "لم يكن نموذج {provider} متاحًا، لذا قرأت رسالتك بنفسي.",
        "ja": "{provider}のモデルが利用できなかったため、メッセージはこちらで読み取りました。",
        "hi": "{provider} मॉडल उपलब्ध नहीं था, इसलिए मैंने आपका संदेश खुद पढ़ा।",
    },
    "busy": {
        "en": "I'm still working on your last request in this chat; it will finish in a moment. "
              "Open a new chat to start something else in parallel.",
        "de": "Ich arbeite in diesem Chat noch an deiner letzten Anfrage; das ist gleich fertig. "
              "Öffne einen neuen Chat, um parallel etwas anderes zu starten.",
        "es": "Todavía estoy con tu última petición en este chat; termino en un momento. Abre un "
              "chat nuevo para empezar otra cosa en paralelo.",
        "fr": "Je travaille encore sur ta dernière demande dans ce chat ; ce sera fini dans un "
              "instant. Ouvre un nouveau chat pour lancer autre chose en parallèle.",
        "pt": "Ainda estou trabalhando no seu último pedido neste chat; termino em um instante. "
              "Abra um novo chat para começar outra coisa em paralelo.",
        "fa": "هنوز دارم روی درخواست قبلی‌ات در این گفتگو کار می‌کنم؛ چند لحظه دیگر تمام می‌شود. "
              "برای شروع کار دیگری به‌طور هم‌زمان، یک گفتگوی تازه باز کن.",
        "ar": "ما زلت أعمل على طلبك الأخير في هذه المحادثة؛ سينتهي بعد لحظات. افتح محادثة جديدة "
              "لتبدأ شيئًا آخر بالتوازي.",
        "ja": "このチャットで前のリクエストをまだ処理中です。まもなく終わります。"
              "並行して別の作業を始めるには、新しいチャットを開いてください。",
        "hi": "मैं इस चैट में आपके पिछले अनुरोध पर अभी काम कर रहा हूँ; बस थोड़ी देर में पूरा हो "
              "जाएगा। साथ-साथ कुछ और शुरू करने के लिए नई चैट खोलें।",
    },
    "sign_in_again": {
        "en": "Please sign in again.",
        "de": "Bitte melde dich erneut an.",
        "es": "Vuelve a iniciar sesión, por favor.",
        "fr": "Reconnecte-toi, s'il te plaît.",
        "pt": "Faça login novamente, por favor.",
        "fa": "لطفاً دوباره وارد شو.",
        "ar": "يرجى تسجيل الدخول مرة أخرى.",
        "ja": "もう一度サインインしてください。",
        "hi": "कृपया फिर से साइन इन करें।",
    },
    "yes": {
        "en": "Yes", "de": "Ja", "es": "Sí", "fr": "Oui", "pt": "Sim",
        "fa": "بله", "ar": "نعم", "ja": "はい", "hi": "हाँ",
    },
    "no": {
        "en": "No", "de": "Nein", "es": "No", "fr": "Non", "pt": "Não",
        "fa": "نه", "ar": "لا", "ja": "いいえ", "hi": "नहीं",
    },
    # --- learned preferences: a change asked for twice becomes the default -------------------
    "learned_applied": {
        "en": "You asked for {changes} before, so these have it from the start.",
        "de": "Du hast dir schon öfter {changes} gewünscht, deshalb ist das hier gleich dabei.",
        "es": "Ya me pediste {changes} otras veces, así que estas ya vienen así.",
        "fr": "Tu avais déjà demandé {changes}, alors c'est inclus dès le départ.",
        "pt": "Você já pediu {changes} outras vezes, então estas já vêm assim.",
        "fa": "قبلاً {changes} خواسته بودی، برای همین این طرح‌ها از اول همین‌طورند.",
        "ar": "سبق أن طلبت {changes}، لذا جاءت هذه التصاميم كذلك من البداية.",
        "ja": "以前も{changes}をご希望だったので、今回は最初からそうしています。",
        "hi": "आपने पहले {changes} माँगा था, इसलिए इनमें यह शुरू से ही है।",
    },
    "learned_undo": {
        "en": "Don't do that by default",
        "de": "Nicht mehr automatisch machen",
        "es": "No hacerlo por defecto",
        "fr": "Ne plus le faire par défaut",
        "pt": "Não fazer isso por padrão",
        "fa": "این را پیش‌فرض نکن",
        "ar": "لا تجعل هذا افتراضيًا",
        "ja": "デフォルトにしない",
        "hi": "इसे डिफ़ॉल्ट न करें",
    },
    "learned_forgotten": {
        "en": "Done: I won't do that by default any more.",
        "de": "Erledigt: Das mache ich ab jetzt nicht mehr automatisch.",
        "es": "Hecho: ya no lo haré por defecto.",
        "fr": "C'est noté : je ne le ferai plus par défaut.",
        "pt": "Pronto: não vou mais fazer isso por padrão.",
        "fa": "انجام شد: دیگر این کار را پیش‌فرض انجام نمی‌دهم.",
        "ar": "تم: لن أفعل ذلك افتراضيًا بعد الآن.",
        "ja": "了解しました。今後はデフォルトでは行いません。",
        "hi": "हो गया: अब मैं यह डिफ़ॉल्ट रूप से नहीं करूँगा।",
    },
    # the changes fill `learned_applied` ("You asked for bigger text and a bigger face before")
    "change_text_size_bigger": {
        "en": "bigger text", "de": "größere Schrift", "es": "texto más grande",
        "fr": "un texte plus grand", "pt": "texto maior", "fa": "متن بزرگ‌تر",
        "ar": "نصًا أكبر", "ja": "大きめの文字", "hi": "बड़ा टेक्स्ट",
    },
    "change_text_size_smaller": {
        "en": "smaller text", "de": "kleinere Schrift", "es": "texto más pequeño",
        "fr": "un texte plus petit", "pt": "texto menor", "fa": "متن کوچک‌تر",
        "ar": "نصًا أصغر", "ja": "小さめの文字", "hi": "छोटा टेक्स्ट",
    },
    "change_face_size_bigger": {
        "en": "a bigger face", "de": "ein größeres Gesicht", "es": "una cara más grande",
        "fr": "un visage plus grand", "pt": "um rosto maior", "fa": "چهره بزرگ‌تر",
        "ar": "وجهًا أكبر", "ja": "大きめの顔", "hi": "बड़ा चेहरा",
    },
    "change_face_size_smaller": {
        "en": "a smaller face", "de": "ein kleineres Gesicht", "es": "una cara más pequeña",
        "fr": "un visage plus petit", "pt": "um rosto menor", "fa": "چهره کوچک‌تر",
        "ar": "وجهًا أصغر", "ja": "小さめの顔", "hi": "छोटा चेहरा",
    },
    "change_energy_more": {
        "en": "more energy", "de": "mehr Energie", "es": "más energía",
        "fr": "plus d'énergie", "pt": "mais energia", "fa": "انرژی بیشتر",
        "ar": "طاقة أكبر", "ja": "より力強い雰囲気", "hi": "ज़्यादा एनर्जी",
    },
    "change_energy_less": {
        "en": "a calmer look", "de": "einen ruhigeren Look", "es": "un estilo más tranquilo",
        "fr": "un style plus calme", "pt": "um visual mais calmo", "fa": "حال‌وهوای آرام‌تر",
        "ar": "مظهرًا أهدأ", "ja": "落ち着いた雰囲気", "hi": "शांत लुक",
    },
    "and": {  # joins two changes; Arabic "و" is written against the next word
        "en": " and ", "de": " und ", "es": " y ", "fr": " et ", "pt": " e ",
        "fa": " و ", "ar": " و", "ja": "と", "hi": " और ",
    },
    # --- answers to side questions (from the agent's tools) ---------------------------------
    "answer_balance": {
        "en": "You have {balance} credits.",
        "de": "Du hast {balance} Credits.",
        "es": "Tienes {balance} créditos.",
        "fr": "Tu as {balance} crédits.",
        "pt": "Você tem {balance} créditos.",
        "fa": "{balance} اعتبار داری.",
        "ar": "لديك {balance} رصيد.",
        "ja": "残高は{balance}クレジットです。",
        "hi": "आपके पास {balance} क्रेडिट हैं।",
    },
    "answer_balance_one": {
        "en": "You have 1 credit.",
        "de": "Du hast 1 Credit.",
        "es": "Tienes 1 crédito.",
        "fr": "Tu as 1 crédit.",
        "pt": "Você tem 1 crédito.",
        "fa": "۱ اعتبار داری.",
        "ar": "لديك رصيد واحد.",
        "ja": "残高は1クレジットです。",
        "hi": "आपके पास 1 क्रेडिट है।",
    },
    "answer_prices": {
        "en": "A set of four costs {generate} credits, more like one {vary}, a change {refine}, "
              "an upscale {upscale} and each other size {resize}.",
        "de": "Vier Entwürfe kosten {generate} Credits, Varianten von einem {vary}, eine Änderung "
              "{refine}, Hochskalieren {upscale} und jedes weitere Format {resize}.",
        "es": "Cuatro diseños cuestan {generate} créditos; variaciones de uno, {vary}; un cambio, "
              "{refine}; la alta resolución, {upscale}, y cada tamaño adicional, {resize}.",
        "fr": "Quatre propositions coûtent {generate} crédits, des variantes d'une {vary}, une "
              "modification {refine}, la haute résolution {upscale} et chaque format "
              "supplémentaire {resize}.",
        "pt": "Quatro opções custam {generate} créditos; variações de uma, {vary}; uma mudança, "
              "{refine}; alta resolução, {upscale}; e cada tamanho extra, {resize}.",
        "fa": "چهار طرح {generate} اعتبار است، طرح‌های مشابه یکی {vary}، یک تغییر {refine}، کیفیت "
              "بالا {upscale} و هر اندازه دیگر {resize}.",
        "ar": "تكلفة أربعة تصاميم {generate} رصيد، والتنويعات على تصميم واحد {vary}، والتعديل "
              "{refine}، والدقة العالية {upscale}، وكل مقاس إضافي {resize}.",
        "ja": "4案セットは{generate}クレジット、1案のバリエーションは{vary}、修正は{refine}、"
              "高画質化は{upscale}、別サイズは1つにつき{resize}です。",
        "hi": "चार डिज़ाइन के {generate} क्रेडिट लगते हैं, किसी एक जैसे और डिज़ाइन के {vary}, एक "
              "बदलाव के {refine}, अपस्केल के {upscale} और हर दूसरे साइज़ के {resize}।",
    },
    "answer_sizes": {
        "en": "I make YouTube thumbnails (16:9, 1280×720), Shorts and Reels covers (9:16, "
              "1080×1920) and square posts (1:1, 1080×1080).",
        "de": "Ich mache YouTube-Thumbnails (16:9, 1280×720), Cover für Shorts und Reels (9:16, "
              "1080×1920) und quadratische Posts (1:1, 1080×1080).",
        "es": "Hago miniaturas de YouTube (16:9, 1280×720), portadas para Shorts y Reels (9:16, "
              "1080×1920) y publicaciones cuadradas (1:1, 1080×1080).",
        "fr": "Je crée des miniatures YouTube (16:9, 1280×720), des couvertures pour Shorts et "
              "Reels (9:16, 1080×1920) et des posts carrés (1:1, 1080×1080).",
        "pt": "Eu faço thumbnails do YouTube (16:9, 1280×720), capas para Shorts e Reels (9:16, "
              "1080×1920) e posts quadrados (1:1, 1080×1080).",
        "fa": "تامبنیل یوتیوب (۱۶:۹، ۱۲۸۰×۷۲۰)، کاور شورتز و ریلز (۹:۱۶، ۱۰۸۰×۱۹۲۰) و پست مربعی "
              "(۱:۱، ۱۰۸۰×۱۰۸۰) می‌سازم.",
        "ar": "أصمم صورًا مصغرة ليوتيوب (16:9، 1280×720)، وأغلفة لمقاطع Shorts وReels (9:16، "
              "1080×1920)، ومنشورات مربعة (1:1، 1080×1080).",
        "ja": "YouTubeのサムネイル（16:9、1280×720）、ショート動画やリールのカバー（9:16、"
              "1080×1920）、正方形の投稿（1:1、1080×1080）を作れます。",
        "hi": "मैं YouTube थंबनेल (16:9, 1280×720), Shorts और Reels कवर (9:16, 1080×1920) और "
              "स्क्वेयर पोस्ट (1:1, 1080×1080) बनाता हूँ।",
    },
    "answer_styles": {
        "en": "Directions that fit {topic}: {directions}.",
        "de": "Stilrichtungen, die zu {topic} passen: {directions}.",
        "es": "Estilos que encajan con {topic}: {directions}.",
        "fr": "Des styles adaptés à {topic} : {directions}.",
        "pt": "Estilos que combinam com {topic}: {directions}.",
        "fa": "سبک‌هایی که به {topic} می‌خورد: {directions}.",
        "ar": "أساليب تناسب {topic}: {directions}.",
        "ja": "{topic}に合うスタイル：{directions}。",
        "hi": "{topic} के लिए सही स्टाइल: {directions}।",
    },
    # `answer_job` is filled with one of the `job_status_*` phrases
    "answer_job": {
        "en": "Your last render is {status}.",
        "de": "Dein letzter Auftrag ist {status}.",
        "es": "Tu última generación: {status}.",
        "fr": "Ton dernier rendu est {status}.",
        "pt": "Sua última geração está {status}.",
        "fa": "آخرین رندرت {status}.",
        "ar": "آخر عملية إنشاء لك {status}.",
        "ja": "最後のレンダリングは{status}。",
        "hi": "आपका पिछला रेंडर {status}।",
    },
    "answer_no_job": {
        "en": "You have no renders yet in this chat.",
        "de": "Du hast in diesem Chat noch keine Aufträge.",
        "es": "Aún no tienes generaciones en este chat.",
        "fr": "Tu n'as encore aucun rendu dans ce chat.",
        "pt": "Você ainda não tem gerações neste chat.",
        "fa": "هنوز در این گفتگو رندری نداری.",
        "ar": "ليس لديك أي عملية إنشاء في هذه المحادثة بعد.",
        "ja": "このチャットではまだレンダリングしていません。",
        "hi": "इस चैट में अभी तक आपका कोई रेंडर नहीं है।",
    },
    "job_status_queued": {
        "en": "waiting in the queue",
        "de": "in der Warteschlange",
        "es": "en cola",
        "fr": "en file d'attente",
        "pt": "na fila",
        "fa": "در صف انتظار است",
        "ar": "في قائمة الانتظار",
        "ja": "順番待ちです",
        "hi": "कतार में इंतज़ार कर रहा है",
    },
    "job_status_running": {
        "en": "rendering now",
        "de": "gerade in Arbeit",
        "es": "generándose ahora",
        "fr": "en cours de rendu",
        "pt": "sendo gerada agora",
        "fa": "در حال رندر است",
        "ar": "قيد الإنشاء الآن",
        "ja": "作成中です",
        "hi": "अभी रेंडर हो रहा है",
    },
    "job_status_done": {
        "en": "finished",
        "de": "fertig",
        "es": "terminada",
        "fr": "terminé",
        "pt": "concluída",
        "fa": "تمام شده است",
        "ar": "اكتملت",
        "ja": "完了しました",
        "hi": "पूरा हो गया",
    },
    "job_status_failed": {
        "en": "failed (its credits came back)",
        "de": "fehlgeschlagen (die Credits sind zurück)",
        "es": "fallida (se devolvieron sus créditos)",
        "fr": "en échec (ses crédits sont revenus)",
        "pt": "com falha (os créditos voltaram)",
        "fa": "ناموفق بود (اعتبارش برگشت)",
        "ar": "فشلت (وعاد رصيدها)",
        "ja": "失敗しました（クレジットは戻りました）",
        "hi": "नाकाम रहा (इसके क्रेडिट वापस आ गए)",
    },
    "job_status_canceled": {
        "en": "canceled (its credits came back)",
        "de": "abgebrochen (die Credits sind zurück)",
        "es": "cancelada (se devolvieron sus créditos)",
        "fr": "annulé (ses crédits sont revenus)",
        "pt": "cancelada (os créditos voltaram)",
        "fa": "لغو شد (اعتبارش برگشت)",
        "ar": "أُلغيت (وعاد رصيدها)",
        "ja": "キャンセルされました（クレジットは戻りました）",
        "hi": "रद्द हो गया (इसके क्रेडिट वापस आ गए)",
    },
    # --- chat UI ------------------------------------------------------------------------------
    "working": {
        "en": "Working on it…",
        "de": "Bin dran…",
        "es": "Trabajando en ello…",
        "fr": "Je m'en occupe…",
        "pt": "Trabalhando nisso…",
        "fa": "دارم رویش کار می‌کنم…",
        "ar": "جارٍ العمل…",
        "ja": "作業中…",
        "hi": "काम चल रहा है…",
    },
    "worked_for": {
        "en": "Worked for {seconds} s.",
        "de": "Gearbeitet für {seconds} s.",
        "es": "Trabajé durante {seconds} s.",
        "fr": "J'ai travaillé {seconds} s.",
        "pt": "Trabalhei por {seconds} s.",
        "fa": "{seconds} ثانیه کار کردم.",
        "ar": "استغرق العمل {seconds} ثانية.",
        "ja": "作業時間：{seconds}秒",
        "hi": "{seconds} सेकंड काम किया।",
    },
    # steps are nouns: Chainlit shows "Using <name>"
    "step_understanding": {
        "en": "brief reader", "de": "Anfrage-Analyse", "es": "lectura de la petición",
        "fr": "lecture de la demande", "pt": "leitura do pedido", "fa": "خواندن درخواست",
        "ar": "قراءة الطلب", "ja": "リクエスト解析", "hi": "अनुरोध विश्लेषण",
    },
    "step_searching": {
        "en": "design search", "de": "Designsuche", "es": "búsqueda de diseños",
        "fr": "recherche de designs", "pt": "busca de designs", "fa": "جست‌وجوی طرح",
        "ar": "البحث عن التصاميم", "ja": "デザイン検索", "hi": "डिज़ाइन खोज",
    },
    "step_reserving": {
        "en": "credits", "de": "Credits", "es": "créditos", "fr": "crédits", "pt": "créditos",
        "fa": "اعتبار", "ar": "الرصيد", "ja": "クレジット", "hi": "क्रेडिट",
    },
    "step_queued": {
        "en": "render queue", "de": "Render-Warteschlange", "es": "cola de generación",
        "fr": "file de rendu", "pt": "fila de geração", "fa": "صف رندر",
        "ar": "قائمة الانتظار", "ja": "レンダリングキュー", "hi": "रेंडर कतार",
    },
    "step_rendering": {
        "en": "renderer", "de": "Renderer", "es": "generador", "fr": "moteur de rendu",
        "pt": "gerador", "fa": "موتور رندر", "ar": "محرك الإنشاء", "ja": "レンダラー",
        "hi": "रेंडरर",
    },
    "step_delivering": {
        "en": "delivery", "de": "Auslieferung", "es": "entrega", "fr": "livraison",
        "pt": "entrega", "fa": "تحویل", "ar": "التسليم", "ja": "お届け", "hi": "डिलीवरी",
    },
    "action_feed_preview": {
        "en": "Feed preview", "de": "Feed-Vorschau", "es": "Vista en el feed",
        "fr": "Aperçu dans le fil", "pt": "Prévia no feed", "fa": "پیش‌نمایش در فید",
        "ar": "معاينة في الخلاصة", "ja": "フィードプレビュー", "hi": "फ़ीड प्रीव्यू",
    },
    "action_vary": {
        "en": "Vary", "de": "Variieren", "es": "Variar", "fr": "Variantes", "pt": "Variar",
        "fa": "طرح مشابه", "ar": "تنويع", "ja": "バリエーション", "hi": "वेरिएशन",
    },
    "action_upscale": {
        "en": "Upscale", "de": "Hochskalieren", "es": "Alta resolución",
        "fr": "Haute résolution", "pt": "Alta resolução", "fa": "کیفیت بالا",
        "ar": "دقة عالية", "ja": "高画質化", "hi": "अपस्केल",
    },
    "action_refine": {
        "en": "Refine", "de": "Verfeinern", "es": "Ajustar", "fr": "Affiner", "pt": "Ajustar",
        "fa": "ویرایش", "ar": "تعديل", "ja": "修正", "hi": "बदलाव",
    },
    "action_resize": {
        "en": "Other sizes", "de": "Andere Formate", "es": "Otros tamaños",
        "fr": "Autres formats", "pt": "Outros tamanhos", "fa": "اندازه‌های دیگر",
        "ar": "مقاسات أخرى", "ja": "他のサイズ", "hi": "दूसरे साइज़",
    },
    "action_download": {
        "en": "Download", "de": "Herunterladen", "es": "Descargar", "fr": "Télécharger",
        "pt": "Baixar", "fa": "دانلود", "ar": "تنزيل", "ja": "ダウンロード", "hi": "डाउनलोड",
    },
    "price_tag": {  # after a label: "Vary · 4 cr"
        "en": "{price} cr", "de": "{price} Cr", "es": "{price} cr", "fr": "{price} cr",
        "pt": "{price} cr", "fa": "{price} اعتبار", "ar": "{price} رصيد",
        "ja": "{price}クレジット", "hi": "{price} क्रेडिट",
    },
    "tooltip_download": {
        "en": "Download the original files",
        "de": "Originaldateien herunterladen",
        "es": "Descargar los archivos originales",
        "fr": "Télécharger les fichiers d'origine",
        "pt": "Baixar os arquivos originais",
        "fa": "دانلود فایل‌های اصلی",
        "ar": "تنزيل الملفات الأصلية",
        "ja": "元のファイルをダウンロード",
        "hi": "मूल फ़ाइलें डाउनलोड करें",
    },
    "tooltip_feed_preview": {
        "en": "See them in a YouTube feed at real size (free)",
        "de": "In einem YouTube-Feed in echter Größe ansehen (kostenlos)",
        "es": "Verlas en un feed de YouTube a tamaño real (gratis)",
        "fr": "Les voir dans un fil YouTube en taille réelle (gratuit)",
        "pt": "Ver no feed do YouTube em tamanho real (grátis)",
        "fa": "دیدن آن‌ها در فید یوتیوب با اندازه واقعی (رایگان)",
        "ar": "شاهدها في خلاصة يوتيوب بحجمها الحقيقي (مجانًا)",
        "ja": "YouTubeフィードで実寸表示（無料）",
        "hi": "YouTube फ़ीड में असली साइज़ में देखें (मुफ़्त)",
    },
    "tooltip_cost": {
        "en": "Costs {price} credits",
        "de": "Kostet {price} Credits",
        "es": "Cuesta {price} créditos",
        "fr": "Coûte {price} crédits",
        "pt": "Custa {price} créditos",
        "fa": "هزینه: {price} اعتبار",
        "ar": "التكلفة: {price} رصيد",
        "ja": "{price}クレジットかかります",
        "hi": "{price} क्रेडिट लगेंगे",
    },
    "tooltip_cost_one": {
        "en": "Costs 1 credit",
        "de": "Kostet 1 Credit",
        "es": "Cuesta 1 crédito",
        "fr": "Coûte 1 crédit",
        "pt": "Custa 1 crédito",
        "fa": "هزینه: ۱ اعتبار",
        "ar": "التكلفة: رصيد واحد",
        "ja": "1クレジットかかります",
        "hi": "1 क्रेडिट लगेगा",
    },
    "pick_vary": {
        "en": "Which one should I vary? ({price} credits)",
        "de": "Welches soll ich variieren? ({price} Credits)",
        "es": "¿De cuál hago variaciones? ({price} créditos)",
        "fr": "De laquelle je fais des variantes ? ({price} crédits)",
        "pt": "De qual eu faço variações? ({price} créditos)",
        "fa": "از کدام طرح مشابه بسازم؟ ({price} اعتبار)",
        "ar": "أي صورة أصنع منها تنويعات؟ ({price} رصيد)",
        "ja": "どれのバリエーションを作りますか？（{price}クレジット）",
        "hi": "किसका वेरिएशन बनाऊँ? ({price} क्रेडिट)",
    },
    "pick_vary_one": {
        "en": "Which one should I vary? (1 credit)",
        "de": "Welches soll ich variieren? (1 Credit)",
        "es": "¿De cuál hago variaciones? (1 crédito)",
        "fr": "De laquelle je fais des variantes ? (1 crédit)",
        "pt": "De qual eu faço variações? (1 crédito)",
        "fa": "از کدام طرح مشابه بسازم؟ (۱ اعتبار)",
        "ar": "أي صورة أصنع منها تنويعات؟ (رصيد واحد)",
        "ja": "どれのバリエーションを作りますか？（1クレジット）",
        "hi": "किसका वेरिएशन बनाऊँ? (1 क्रेडिट)",
    },
    "pick_upscale": {
        "en": "Which one should I upscale? ({price} credits)",
        "de": "Welches soll ich hochskalieren? ({price} Credits)",
        "es": "¿Cuál paso a alta resolución? ({price} créditos)",
        "fr": "Laquelle je passe en haute résolution ? ({price} crédits)",
        "pt": "Qual eu passo para alta resolução? ({price} créditos)",
        "fa": "کدام را با کیفیت بالا بسازم؟ ({price} اعتبار)",
        "ar": "أي صورة أرفع دقتها؟ ({price} رصيد)",
        "ja": "どれを高画質にしますか？（{price}クレジット）",
        "hi": "किसे अपस्केल करूँ? ({price} क्रेडिट)",
    },
    "pick_upscale_one": {
        "en": "Which one should I upscale? (1 credit)",
        "de": "Welches soll ich hochskalieren? (1 Credit)",
        "es": "¿Cuál paso a alta resolución? (1 crédito)",
        "fr": "Laquelle je passe en haute résolution ? (1 crédit)",
        "pt": "Qual eu passo para alta resolução? (1 crédito)",
        "fa": "کدام را با کیفیت بالا بسازم؟ (۱ اعتبار)",
        "ar": "أي صورة أرفع دقتها؟ (رصيد واحد)",
        "ja": "どれを高画質にしますか？（1クレジット）",
        "hi": "किसे अपस्केल करूँ? (1 क्रेडिट)",
    },
    "pick_refine": {
        "en": "Which one should I refine?",
        "de": "Welches soll ich verfeinern?",
        "es": "¿Cuál ajusto?",
        "fr": "Laquelle j'affine ?",
        "pt": "Qual eu ajusto?",
        "fa": "کدام را ویرایش کنم؟",
        "ar": "أي صورة أعدّل؟",
        "ja": "どれを修正しますか？",
        "hi": "किसमें बदलाव करूँ?",
    },
    "pick_resize": {
        "en": "Which one do you want in other sizes? ({price} credits per size)",
        "de": "Welches möchtest du in anderen Formaten? ({price} Credits pro Format)",
        "es": "¿Cuál quieres en otros tamaños? ({price} créditos por tamaño)",
        "fr": "Laquelle veux-tu dans d'autres formats ? ({price} crédits par format)",
        "pt": "Qual você quer em outros tamanhos? ({price} créditos por tamanho)",
        "fa": "کدام را در اندازه‌های دیگر می‌خواهی؟ (هر اندازه {price} اعتبار)",
        "ar": "أي صورة تريدها بمقاسات أخرى؟ ({price} رصيد لكل مقاس)",
        "ja": "どれを他のサイズにしますか？（1サイズにつき{price}クレジット）",
        "hi": "कौन-सा दूसरे साइज़ में चाहिए? (हर साइज़ के {price} क्रेडिट)",
    },
    "pick_resize_one": {
        "en": "Which one do you want in other sizes? (1 credit per size)",
        "de": "Welches möchtest du in anderen Formaten? (1 Credit pro Format)",
        "es": "¿Cuál quieres en otros tamaños? (1 crédito por tamaño)",
        "fr": "Laquelle veux-tu dans d'autres formats ? (1 crédit par format)",
        "pt": "Qual você quer em outros tamanhos? (1 crédito por tamanho)",
        "fa": "کدام را در اندازه‌های دیگر می‌خواهی؟ (هر اندازه ۱ اعتبار)",
        "ar": "أي صورة تريدها بمقاسات أخرى؟ (رصيد واحد لكل مقاس)",
        "ja": "どれを他のサイズにしますか？（1サイズにつき1クレジット）",
        "hi": "कौन-सा दूसरे साइज़ में चाहिए? (हर साइज़ का 1 क्रेडिट)",
    },
    "ask_refine": {
        "en": "What should change on #{position}? For example “yellow text”, “bigger face”, "
              "“headline: STOP DOING THIS”. ({price} credits)",
        "de": "Was soll ich an #{position} ändern? Zum Beispiel „gelbe Schrift“, „Gesicht "
              "größer“, „Titel: HÖR AUF DAMIT“. ({price} Credits)",
        "es": "¿Qué cambio en la #{position}? Por ejemplo «texto amarillo», «cara más grande», "
              "«título: DEJA DE HACER ESTO». ({price} créditos)",
        "fr": "Qu'est-ce que je change sur la #{position} ? Par exemple « texte jaune », « visage "
              "plus grand », « titre : ARRÊTE DE FAIRE ÇA ». ({price} crédits)",
        "pt": "O que eu mudo na #{position}? Por exemplo “texto amarelo”, “rosto maior”, “título: "
              "PARE DE FAZER ISSO”. ({price} créditos)",
        "fa": "در #{position} چه چیزی را تغییر بدهم؟ مثلاً «متن زرد»، «چهره بزرگ‌تر»، «تیتر: دیگر "
              "این کار را نکن». ({price} اعتبار)",
        "ar": "ماذا أغيّر في #{position}؟ مثلًا «النص أصفر» أو «الوجه أكبر» أو «العنوان: توقف عن "
              "فعل هذا». ({price} رصيد)",
        "ja": "#{position}のどこを変えますか？例：「文字を黄色に」「顔を大きく」「見出し：それ、"
              "今すぐやめて」。（{price}クレジット）",
        "hi": "#{position} में क्या बदलूँ? जैसे “पीला टेक्स्ट”, “बड़ा चेहरा”, “हेडलाइन: यह करना "
              "बंद करो”। ({price} क्रेडिट)",
    },
    "ask_refine_one": {
        "en": "What should change on #{position}? For example “yellow text”, “bigger face”, "
              "“headline: STOP DOING THIS”. (1 credit)",
        "de": "Was soll ich an #{position} ändern? Zum Beispiel „gelbe Schrift“, „Gesicht "
              "größer“, „Titel: HÖR AUF DAMIT“. (1 Credit)",
        "es": "¿Qué cambio en la #{position}? Por ejemplo «texto amarillo», «cara más grande», "
              "«título: DEJA DE HACER ESTO». (1 crédito)",
        "fr": "Qu'est-ce que je change sur la #{position} ? Par exemple « texte jaune », « visage "
              "plus grand », « titre : ARRÊTE DE FAIRE ÇA ». (1 crédit)",
        "pt": "O que eu mudo na #{position}? Por exemplo “texto amarelo”, “rosto maior”, “título: "
              "PARE DE FAZER ISSO”. (1 crédito)",
        "fa": "در #{position} چه چیزی را تغییر بدهم؟ مثلاً «متن زرد»، «چهره بزرگ‌تر»، «تیتر: دیگر "
              "این کار را نکن». (۱ اعتبار)",
        "ar": "ماذا أغيّر في #{position}؟ مثلًا «النص أصفر» أو «الوجه أكبر» أو «العنوان: توقف عن "
              "فعل هذا». (رصيد واحد)",
        "ja": "#{position}のどこを変えますか？例：「文字を黄色に」「顔を大きく」「見出し：それ、"
              "今すぐやめて」。（1クレジット）",
        "hi": "#{position} में क्या बदलूँ? जैसे “पीला टेक्स्ट”, “बड़ा चेहरा”, “हेडलाइन: यह करना "
              "बंद करो”। (1 क्रेडिट)",
    },
    "download_intro": {
        "en": "The original files, full size:",
        "de": "Die Originaldateien in voller Größe:",
        "es": "Los archivos originales, a tamaño completo:",
        "fr": "Les fichiers d'origine, en pleine résolution :",
        "pt": "Os arquivos originais, em tamanho original:",
        "fa": "فایل‌های اصلی در اندازه کامل:",
        "ar": "الملفات الأصلية بالحجم الكامل:",
        "ja": "元のファイル（フルサイズ）：",
        "hi": "मूल फ़ाइलें, पूरे साइज़ में:",
    },
    "results_many": {
        "en": "Here are your {count} thumbnails.",
        "de": "Hier sind deine {count} Thumbnails.",
        "es": "Aquí tienes tus {count} miniaturas.",
        "fr": "Voici tes {count} miniatures.",
        "pt": "Aqui estão suas {count} thumbnails.",
        "fa": "این {count} تامبنیل برای توست.",
        "ar": "إليك {count} صور مصغرة.",
        "ja": "サムネイルが{count}枚できました。",
        "hi": "ये रहे आपके {count} थंबनेल।",
    },
    "results_one": {  # a key of its own (one new version), not a plural of `results_many`
        "en": "Here is the new version.",
        "de": "Hier ist die neue Version.",
        "es": "Aquí tienes la nueva versión.",
        "fr": "Voici la nouvelle version.",
        "pt": "Aqui está a nova versão.",
        "fa": "این هم نسخه جدید.",
        "ar": "إليك النسخة الجديدة.",
        "ja": "新しいバージョンができました。",
        "hi": "ये रहा नया वर्ज़न।",
    },
    "balance_left": {
        "en": "({balance} left)",
        "de": "(noch {balance} übrig)",
        "es": "(te quedan {balance})",
        "fr": "(il t'en reste {balance})",
        "pt": "(restam {balance})",
        "fa": "({balance} باقی مانده)",
        "ar": "(المتبقي {balance})",
        "ja": "（残り{balance}）",
        "hi": "({balance} बाकी)",
    },
    "balance_spent": {
        "en": "({spent} credits spent · {balance} left)",
        "de": "({spent} Credits verbraucht · noch {balance} übrig)",
        "es": "({spent} créditos gastados · te quedan {balance})",
        "fr": "({spent} crédits dépensés · il t'en reste {balance})",
        "pt": "({spent} créditos gastos · restam {balance})",
        "fa": "({spent} اعتبار خرج شد · {balance} باقی مانده)",
        "ar": "(أُنفق {spent} رصيد · المتبقي {balance})",
        "ja": "（{spent}クレジット使用 · 残り{balance}）",
        "hi": "({spent} क्रेडिट खर्च · {balance} बाकी)",
    },
    "balance_spent_one": {
        "en": "(1 credit spent · {balance} left)",
        "de": "(1 Credit verbraucht · noch {balance} übrig)",
        "es": "(1 crédito gastado · te quedan {balance})",
        "fr": "(1 crédit dépensé · il t'en reste {balance})",
        "pt": "(1 crédito gasto · restam {balance})",
        "fa": "(۱ اعتبار خرج شد · {balance} باقی مانده)",
        "ar": "(أُنفق رصيد واحد · المتبقي {balance})",
        "ja": "（1クレジット使用 · 残り{balance}）",
        "hi": "(1 क्रेडिट खर्च · {balance} बाकी)",
    },
    "compliance_ok": {
        "en": "✓ meets YouTube's thumbnail rules ({size})",
        "de": "✓ erfüllt die Thumbnail-Vorgaben von YouTube ({size})",
        "es": "✓ cumple las normas de miniaturas de YouTube ({size})",
        "fr": "✓ conforme aux règles de YouTube pour les miniatures ({size})",
        "pt": "✓ atende às regras de thumbnail do YouTube ({size})",
        "fa": "✓ با قوانین تامبنیل یوتیوب سازگار است ({size})",
        "ar": "✓ يستوفي قواعد يوتيوب للصور المصغرة ({size})",
        "ja": "✓ YouTubeのサムネイル規定を満たしています（{size}）",
        "hi": "✓ YouTube के थंबनेल नियमों के अनुरूप ({size})",
    },
    "compliance_check": {
        "en": "check before uploading",
        "de": "vor dem Hochladen prüfen",
        "es": "revísalo antes de subirlo",
        "fr": "à vérifier avant la mise en ligne",
        "pt": "confira antes de enviar",
        "fa": "قبل از آپلود بررسی کن",
        "ar": "تحقق منها قبل الرفع",
        "ja": "アップロード前に確認してください",
        "hi": "अपलोड से पहले जाँच लें",
    },
    "feed_not_wide": {
        "en": "Feed previews are for 16:9 video thumbnails; these are covers in another format.",
        "de": "Feed-Vorschauen gibt es für 16:9-Video-Thumbnails; das hier sind Cover in einem "
              "anderen Format.",
        "es": "La vista en el feed es para miniaturas de vídeo 16:9; estas son portadas en otro "
              "formato.",
        "fr": "L'aperçu dans le fil est réservé aux miniatures de vidéo 16:9 ; celles-ci sont des "
              "couvertures dans un autre format.",
        "pt": "A prévia no feed é para thumbnails de vídeo 16:9; estas são capas em outro formato.",
        "fa": "پیش‌نمایش فید برای تامبنیل‌های ویدیوی ۱۶:۹ است؛ این‌ها کاورهایی با قالب دیگری "
              "هستند.",
        "ar": "معاينة الخلاصة مخصصة للصور المصغرة لمقاطع الفيديو بنسبة 16:9؛ وهذه أغلفة بمقاس آخر.",
        "ja": "フィードプレビューは16:9の動画サムネイル用です。これらは別の形式のカバーです。",
        "hi": "फ़ीड प्रीव्यू 16:9 वीडियो थंबनेल के लिए है; ये किसी दूसरे फ़ॉर्मैट के कवर हैं।",
    },
    "feed_intro": {
        "en": "How they read in a YouTube feed — home feed (320×180) and up next (168×94), light "
              "and dark, at real size:",
        "de": "So wirken sie in einem YouTube-Feed – Startseite (320×180) und „Als Nächstes“ "
              "(168×94), hell und dunkel, in echter Größe:",
        "es": "Así se ven en un feed de YouTube — inicio (320×180) y «A continuación» (168×94), "
              "en claro y oscuro, a tamaño real:",
        "fr": "Leur rendu dans un fil YouTube — accueil (320×180) et « À suivre » (168×94), en "
              "clair et en sombre, en taille réelle :",
        "pt": "Como ficam em um feed do YouTube — início (320×180) e “A seguir” (168×94), no "
              "claro e no escuro, em tamanho real:",
        "fa": "در فید یوتیوب این‌طور دیده می‌شوند — صفحه اصلی (۳۲۰×۱۸۰) و ویدیوی بعدی (۱۶۸×۹۴)، "
              "در حالت روشن و تیره، با اندازه واقعی:",
        "ar": "هكذا تبدو في خلاصة يوتيوب — الصفحة الرئيسية (320×180) و«التالي» (168×94)، بالوضعين "
              "الفاتح والداكن، بالحجم الحقيقي:",
        "ja": "YouTubeフィードでの見え方 — ホーム（320×180）と次の動画（168×94）、ライト／ダーク、"
              "実寸表示：",
        "hi": "YouTube फ़ीड में ये कैसे दिखते हैं — होम फ़ीड (320×180) और अगला वीडियो (168×94), "
              "लाइट और डार्क में, असली साइज़ में:",
    },
    "feed_default_title": {
        "en": "Your video", "de": "Dein Video", "es": "Tu vídeo", "fr": "Ta vidéo",
        "pt": "Seu vídeo", "fa": "ویدیوی تو", "ar": "فيديوك", "ja": "あなたの動画",
        "hi": "आपका वीडियो",
    },
    "buy_credits": {
        "en": "Buy credits", "de": "Credits kaufen", "es": "Comprar créditos",
        "fr": "Acheter des crédits", "pt": "Comprar créditos", "fa": "خرید اعتبار",
        "ar": "شراء رصيد", "ja": "クレジットを購入", "hi": "क्रेडिट खरीदें",
    },
    # --- the page around the chat: names for Chainlit's icon buttons, the credits badge ----
    "page_sidebar": {
        "en": "Show or hide your chats", "de": "Deine Chats ein- oder ausblenden",
        "es": "Mostrar u ocultar tus chats", "fr": "Afficher ou masquer tes discussions",
        "pt": "Mostrar ou ocultar suas conversas", "fa": "نمایش یا پنهان کردن گفتگوهایت",
        "ar": "إظهار محادثاتك أو إخفاؤها", "ja": "チャット一覧の表示・非表示",
        "hi": "अपनी चैट दिखाएँ या छिपाएँ",
    },
    "page_search": {
        "en": "Search your chats", "de": "Chats durchsuchen", "es": "Buscar en tus chats",
        "fr": "Rechercher dans tes discussions", "pt": "Buscar nas suas conversas",
        "fa": "جستجو در گفتگوها", "ar": "البحث في محادثاتك", "ja": "チャットを検索",
        "hi": "अपनी चैट खोजें",
    },
    "page_new_chat": {
        "en": "New chat", "de": "Neuer Chat", "es": "Nuevo chat", "fr": "Nouvelle discussion",
        "pt": "Nova conversa", "fa": "گفتگوی تازه", "ar": "محادثة جديدة", "ja": "新しいチャット",
        "hi": "नई चैट",
    },
    "page_format": {
        "en": "Format", "de": "Format", "es": "Formato", "fr": "Format", "pt": "Formato",
        "fa": "قالب", "ar": "المقاس", "ja": "フォーマット", "hi": "फ़ॉर्मैट",
    },
    "page_attach": {
        "en": "Attach a photo", "de": "Foto anhängen", "es": "Adjuntar una foto",
        "fr": "Joindre une photo", "pt": "Anexar uma foto", "fa": "پیوست عکس",
        "ar": "إرفاق صورة", "ja": "写真を添付", "hi": "फ़ोटो जोड़ें",
    },
    "page_send": {
        "en": "Send", "de": "Senden", "es": "Enviar", "fr": "Envoyer", "pt": "Enviar",
        "fa": "ارسال", "ar": "إرسال", "ja": "送信", "hi": "भेजें",
    },
    "page_stop": {
        "en": "Stop", "de": "Stopp", "es": "Detener", "fr": "Arrêter", "pt": "Parar",
        "fa": "توقف", "ar": "إيقاف", "ja": "停止", "hi": "रोकें",
    },
    "page_copy": {
        "en": "Copy", "de": "Kopieren", "es": "Copiar", "fr": "Copier", "pt": "Copiar",
        "fa": "کپی", "ar": "نسخ", "ja": "コピー", "hi": "कॉपी करें",
    },
    "page_helpful": {
        "en": "Helpful", "de": "Hilfreich", "es": "Útil", "fr": "Utile", "pt": "Útil",
        "fa": "مفید بود", "ar": "مفيد", "ja": "役に立った", "hi": "उपयोगी",
    },
    "page_not_helpful": {
        "en": "Not helpful", "de": "Nicht hilfreich", "es": "No útil", "fr": "Pas utile",
        "pt": "Não foi útil", "fa": "مفید نبود", "ar": "غير مفيد", "ja": "役に立たなかった",
        "hi": "उपयोगी नहीं",
    },
    "page_scroll_down": {
        "en": "Scroll to the latest message", "de": "Zur neuesten Nachricht scrollen",
        "es": "Ir al último mensaje", "fr": "Aller au dernier message",
        "pt": "Ir para a última mensagem", "fa": "رفتن به آخرین پیام",
        "ar": "الانتقال إلى آخر رسالة", "ja": "最新のメッセージへ移動",
        "hi": "सबसे नए संदेश पर जाएँ",
    },
    "page_chats": {
        "en": "Your chats", "de": "Deine Chats", "es": "Tus chats", "fr": "Tes discussions",
        "pt": "Suas conversas", "fa": "گفتگوهای تو", "ar": "محادثاتك", "ja": "あなたのチャット",
        "hi": "आपकी चैट",
    },
    "page_show_password": {
        "en": "Show or hide the password", "de": "Passwort zeigen oder verbergen",
        "es": "Mostrar u ocultar la contraseña", "fr": "Afficher ou masquer le mot de passe",
        "pt": "Mostrar ou ocultar a senha", "fa": "نمایش یا پنهان کردن رمز",
        "ar": "إظهار كلمة المرور أو إخفاؤها", "ja": "パスワードの表示・非表示",
        "hi": "पासवर्ड दिखाएँ या छिपाएँ",
    },
    "page_credits": {
        "en": "{balance} credits", "de": "{balance} Credits", "es": "{balance} créditos",
        "fr": "{balance} crédits", "pt": "{balance} créditos", "fa": "{balance} اعتبار",
        "ar": "{balance} رصيد", "ja": "{balance}クレジット", "hi": "{balance} क्रेडिट",
    },
    "page_credits_one": {
        "en": "1 credit", "de": "1 Credit", "es": "1 crédito", "fr": "1 crédit",
        "pt": "1 crédito", "fa": "۱ اعتبار", "ar": "رصيد واحد", "ja": "1クレジット",
        "hi": "1 क्रेडिट",
    },
    "page_set_price": {
        "en": "a set of four: {generate}", "de": "ein Satz aus vier: {generate}",
        "es": "un juego de cuatro: {generate}", "fr": "une série de quatre : {generate}",
        "pt": "um conjunto de quatro: {generate}", "fa": "یک دستِ چهارتایی: {generate}",
        "ar": "مجموعة من أربعة: {generate}", "ja": "4枚セット: {generate}",
        "hi": "चार का सेट: {generate}",
    },
    "page_prices": {
        "en": "New set of four: {generate} · vary: {vary} · refine, upscale, other size: "
              "{refine} each. Opens the page to buy credits.",
        "de": "Neuer Satz aus vier: {generate} · Variieren: {vary} · Verfeinern, Hochskalieren, "
              "andere Größe: je {refine}. Öffnet die Seite zum Credits-Kauf.",
        "es": "Juego nuevo de cuatro: {generate} · variar: {vary} · refinar, ampliar, otro "
              "tamaño: {refine} cada uno. Abre la página para comprar créditos.",
        "fr": "Nouvelle série de quatre : {generate} · varier : {vary} · affiner, agrandir, "
              "autre taille : {refine} chacun. Ouvre la page d'achat de crédits.",
        "pt": "Novo conjunto de quatro: {generate} · variar: {vary} · refinar, ampliar, outro "
              "tamanho: {refine} cada. Abre a página para comprar créditos.",
        "fa": "دستِ تازهٔ چهارتایی: {generate} · تنوع: {vary} · اصلاح، بزرگ‌نمایی، اندازهٔ "
              "دیگر: هر کدام {refine}. صفحهٔ خرید اعتبار را باز می‌کند.",
        "ar": "مجموعة جديدة من أربعة: {generate} · تنويع: {vary} · تحسين، تكبير، مقاس آخر: "
              "{refine} لكل منها. يفتح صفحة شراء الرصيد.",
        "ja": "新しい4枚セット: {generate} · バリエーション: {vary} · 修正・高解像度化・別サイズ: "
              "各{refine}。クレジット購入ページを開きます。",
        "hi": "चार का नया सेट: {generate} · बदलाव: {vary} · सुधार, अपस्केल, दूसरा साइज़: "
              "हर एक {refine}। क्रेडिट खरीदने का पेज खोलता है।",
    },
    "result_alt": {
        "en": "#{position}: thumbnail “{title}”, {format}, {size}",
        "de": "#{position}: Thumbnail „{title}“, {format}, {size}",
        "es": "#{position}: miniatura «{title}», {format}, {size}",
        "fr": "#{position} : miniature « {title} », {format}, {size}",
        "pt": "#{position}: miniatura “{title}”, {format}, {size}",
        "fa": "#{position}: تصویر بندانگشتی «{title}»، {format}، {size}",
        "ar": "#{position}: صورة مصغّرة «{title}»، {format}، {size}",
        "ja": "#{position}: サムネイル「{title}」、{format}、{size}",
        "hi": "#{position}: थंबनेल “{title}”, {format}, {size}",
    },
    "result_alt_untitled": {
        "en": "#{position}: thumbnail, {format}, {size}",
        "de": "#{position}: Thumbnail, {format}, {size}",
        "es": "#{position}: miniatura, {format}, {size}",
        "fr": "#{position} : miniature, {format}, {size}",
        "pt": "#{position}: miniatura, {format}, {size}",
        "fa": "#{position}: تصویر بندانگشتی، {format}، {size}",
        "ar": "#{position}: صورة مصغّرة، {format}، {size}",
        "ja": "#{position}: サムネイル、{format}、{size}",
        "hi": "#{position}: थंबनेल, {format}, {size}",
    },
}


def phrase(key: str, language: str | None, **facts: object) -> str:
    """The text for `key` in `language` ("pt-BR" → "pt", unknown → "en"), filled with `facts`.

    Plurals: the first of `PLURAL_FACTS` (count, spent, price, balance) that is present decides;
    when it is 1 and a `{key}_one` text exists, that text is used ("Reserving 1 credit…").
    Numbers come out in Persian digits in "fa" and a missing fact becomes "?"; an unknown `key`
    is a programming error and raises `KeyError`.
    """
    code = reply_language(language)
    singular = f"{key}_one"
    texts = PHRASES[singular if singular in PHRASES and _is_one(facts) else key]
    return fill(texts.get(code) or texts["en"], facts, code)


def _is_one(facts: dict[str, object]) -> bool:
    decider = next((facts[name] for name in PLURAL_FACTS if facts.get(name) is not None), None)
    return not isinstance(decider, bool) and str(decider).strip() == "1"


def error_text(error: RoutixError, language: str | None) -> str:
    """A domain error's sentence in the creator's language, when the catalogue has it.

    An error that wraps another ("I can't use “me.heic”: …") says its cause as `{reason}`.
    """
    if error.key not in PHRASES:
        return error.user_message
    cause = error.__cause__
    reason = error_text(cause, language) if isinstance(cause, RoutixError) else ""
    return phrase(error.key, language, reason=reason, **error.facts)
