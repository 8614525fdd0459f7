"""The phrase catalogue: every key in every language, same placeholders, plurals, safe filling."""

from __future__ import annotations

import re
import string

import pytest

from agent.brain import ConversationContext
from agent.intent import Action
from agent.local.parse import understand_text
from agent.local.phrases import PHRASES, PLURAL_FACTS, phrase
from agent.local.replies import LANGUAGES
from kernel.errors import InvalidUpload

ENGLISH = {key: texts["en"] for key, texts in PHRASES.items()}
SINGULARS = sorted(key for key in PHRASES if key.endswith("_one") and key[:-4] in PHRASES)
_SYMBOLS = ("✓", "⚠", "·", "…", "#")
_SCRIPT = {"fa": r"[\u0600-\u06ff]", "ar": r"[\u0600-\u06ff]",
           "ja": r"[\u3040-\u30ff\u4e00-\u9fff]", "hi": r"[\u0900-\u097f]"}
_QUOTED = re.compile(r"[“„«「]\s*([^“”„«»「」]+?)\s*[”“»」]")


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def words(text: str) -> str:
    """The text without its placeholders: what a translator had to write."""
    return re.sub(r"\{[^}]*\}", "", text)


@pytest.mark.parametrize("key", sorted(PHRASES))
def test_every_key_has_a_text_in_every_language(key: str) -> None:
    assert set(PHRASES[key]) == LANGUAGES
    assert all(text.strip() for text in PHRASES[key].values())


@pytest.mark.parametrize("key", sorted(PHRASES))
def test_translations_use_exactly_the_english_placeholders(key: str) -> None:
    for language, text in PHRASES[key].items():
        assert fields(text) == fields(ENGLISH[key]), (key, language)
    for _, name, spec, conversion in string.Formatter().parse(ENGLISH[key]):
        # bare names only: a spec like {count:d} would break on the "?" for a missing fact
        assert name is None or (name.isidentifier() and not spec and conversion is None), key


@pytest.mark.parametrize("key", sorted(PHRASES))
def test_symbols_and_numbering_are_kept_in_every_language(key: str) -> None:
    for symbol in _SYMBOLS:
        for language, text in PHRASES[key].items():
            assert text.count(symbol) == ENGLISH[key].count(symbol), (key, language, symbol)


@pytest.mark.parametrize("key", sorted(k for k in PHRASES if len(ENGLISH[k]) > 25))
def test_long_sentences_are_translated(key: str) -> None:
    if not re.search(r"[^\W\d_]", words(ENGLISH[key])):
        pytest.skip("only symbols and placeholders")
    for language, text in PHRASES[key].items():
        assert language == "en" or text != ENGLISH[key], (key, language)


@pytest.mark.parametrize("language", sorted(_SCRIPT))
def test_non_latin_languages_are_written_in_their_script(language: str) -> None:
    for key, texts in PHRASES.items():
        assert re.search(_SCRIPT[language], texts[language]), key


def test_persian_texts_write_their_own_numbers_in_persian_digits() -> None:
    for key, texts in PHRASES.items():
        assert not re.search(r"[0-9]", words(texts["fa"])), key


@pytest.mark.parametrize("key", SINGULARS)
def test_singulars_exist_wherever_english_has_one(key: str) -> None:
    base = key[:-4]
    assert set(PHRASES[key]) == set(PHRASES[base]) == LANGUAGES
    decider = next(name for name in PLURAL_FACTS if name in fields(ENGLISH[base]))
    assert decider not in fields(ENGLISH[key]), "the singular spells its 1 out"


def test_singular_is_picked_by_the_first_plural_fact_present() -> None:
    assert phrase("status_reserving", "en", price=1) == "Reserving 1 credit…"
    assert phrase("status_reserving", "en", price=3) == "Reserving 3 credits…"
    assert phrase("status_rendering", "en", count=1) == "Rendering 1 thumbnail…"
    assert phrase("answer_balance", "en", balance=1) == "You have 1 credit."
    assert phrase("balance_spent", "en", spent=1, balance=7) == "(1 credit spent · 7 left)"
    assert phrase("balance_spent", "en", spent=2, balance=1) == "(2 credits spent · 1 left)"
    assert phrase("insufficient", "de", price=1, balance=0) == (
        "Dafür brauchst du 1 Credit, dein Guthaben ist 0.")
    assert phrase("tooltip_cost", "fa", price=1) == "هزینه: ۱ اعتبار"


def test_keys_without_a_singular_keep_their_text_for_one() -> None:
    assert phrase("balance_left", "en", balance=1) == "(1 left)"
    assert phrase("results_many", "en", count=1) != phrase("results_one", "en")


def test_persian_numbers_come_out_in_persian_digits() -> None:
    assert phrase("insufficient", "fa", price=12, balance=3) == (
        "این کار ۱۲ اعتبار لازم دارد و موجودی‌ات ۳ است.")
    assert phrase("no_such_result", "fa", target=7, count=4) == (
        "اینجا #۷ وجود ندارد؛ یکی از ۱ تا ۴ را انتخاب کن.")
    assert phrase("insufficient", "en", price=12, balance=3) == (
        "This needs 12 credits and your balance is 3.")


def test_unknown_languages_get_english_and_regional_tags_their_language() -> None:
    assert phrase("declined", "sw") == "OK, nothing was spent."
    assert phrase("declined", None) == "OK, nothing was spent."
    assert phrase("buy_credits", "pt-BR") == "Comprar créditos"
    assert phrase("buy_credits", "de_AT") == "Credits kaufen"


def test_a_missing_fact_becomes_a_question_mark() -> None:
    assert phrase("insufficient", "en") == "This needs ? credits and your balance is ?."
    assert phrase("progress_images", "de", done=2) == "2 von ? Thumbnails fertig"
    assert phrase("answer_balance", "ja", balance=None) == "残高は?クレジットです。"


def test_learned_changes_join_into_the_applied_sentence() -> None:
    for language in LANGUAGES:
        changes = phrase("and", language).join(
            [phrase("change_text_size_bigger", language), phrase("change_face_size_bigger",
                                                                  language)])
        text = phrase("learned_applied", language, changes=changes)
        assert PHRASES["change_face_size_bigger"][language] in text and "?" not in text
    assert phrase("learned_applied", "en", changes="bigger text and a bigger face") == (
        "You asked for bigger text and a bigger face before, so these have it from the start.")


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_quoted_examples_are_read_as_the_changes_they_show(language: str) -> None:
    """The examples are what the creator will type, so the local brain must understand them."""
    context = ConversationContext(has_results=True, result_count=4, last_headline="10 tricks")
    examples = [example for key in ("refine_needs_change", "ask_refine")
                for example in _QUOTED.findall(PHRASES[key][language])
                if ":" not in example and "：" not in example]  # headlines are new words
    assert len(examples) == 4, examples
    for example in examples:
        intent = understand_text(example, context)
        assert intent.action is Action.REFINE and intent.refinements, example


def test_domain_errors_are_said_in_the_creators_language() -> None:
    from agent.local.phrases import error_text
    from vision.validation import ImageLimits, validate_image

    with pytest.raises(InvalidUpload) as refused:
        validate_image(b"", filename="me.png", limits=ImageLimits.for_uploads())
    empty = refused.value
    assert error_text(empty, "en") == empty.user_message == "The file is empty."
    assert error_text(empty, "de") == PHRASES["upload_empty"]["de"]
    wrapped = InvalidUpload("I can't use “me.png”: The file is empty.", key="upload_cant_use",
                            facts={"name": "me.png"})
    wrapped.__cause__ = empty
    said = error_text(wrapped, "fa")
    assert "me.png" in said and PHRASES["upload_empty"]["fa"] in said
    assert error_text(InvalidUpload("no key here"), "ja") == "no key here"
