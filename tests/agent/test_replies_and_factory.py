"""Local replies in every language and kind, and the factory that picks a brain."""

from __future__ import annotations

import re

import pytest

from agent.brain import ReplyKind, ReplyRequest
from agent.brain_factory import make_brain
from agent.llm_brain import LLMBrain
from agent.local.replies import LANGUAGES, local_reply
from agent.local_brain import LocalBrain
from kernel.settings import Settings

ALL_LANGUAGES = sorted(LANGUAGES)
_SCRIPT = {"fa": r"[\u0600-\u06ff]", "ar": r"[\u0600-\u06ff]", "ja": r"[\u3040-\u30ff]",
           "hi": r"[\u0900-\u097f]"}


def test_replies_exist_for_the_promised_languages() -> None:
    assert {"en", "de", "es", "fr", "pt", "fa", "ar", "ja", "hi"} <= LANGUAGES


@pytest.mark.parametrize("language", ALL_LANGUAGES)
@pytest.mark.parametrize("kind", list(ReplyKind))
def test_every_kind_has_a_short_reply_in_every_language(kind: ReplyKind, language: str) -> None:
    text = local_reply(ReplyRequest(kind=kind, language=language,
                                    facts={"price": 4, "balance": 2}))
    assert 10 < len(text) < 260 and "{" not in text
    if language in _SCRIPT:
        assert re.search(_SCRIPT[language], text), text


@pytest.mark.parametrize("language", ALL_LANGUAGES)
def test_money_replies_state_price_and_balance(language: str) -> None:
    for kind in (ReplyKind.INSUFFICIENT_CREDITS, ReplyKind.CONFIRM_SPEND):
        text = local_reply(ReplyRequest(kind=kind, language=language,
                                        facts={"price": 4, "balance": 2}))
        digits = text.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))
        assert "4" in digits and "2" in digits


def test_ask_topic_is_a_question_and_forbidden_reveals_nothing() -> None:
    ask = local_reply(ReplyRequest(kind=ReplyKind.ASK_TOPIC))
    assert ask == "What's the video about? Give me the title and I'll design four options."
    for language in ALL_LANGUAGES:
        text = local_reply(ReplyRequest(kind=ReplyKind.FORBIDDEN, language=language)).lower()
        assert "template" not in text and "prompt" not in text


def test_unknown_languages_and_missing_facts_fall_back_gracefully() -> None:
    text = local_reply(ReplyRequest(kind=ReplyKind.CONFIRM_SPEND, language="sw"))
    assert text.startswith("This costs ? credits")
    assert local_reply(ReplyRequest(kind=ReplyKind.ASK_TOPIC, language="pt-BR")).startswith(
        "Sobre o que")


def test_smalltalk_answers_thanks_and_greetings_differently() -> None:
    thanks = local_reply(ReplyRequest(kind=ReplyKind.SMALLTALK, message="thank you!"))
    hello = local_reply(ReplyRequest(kind=ReplyKind.SMALLTALK, message="hey"))
    about = local_reply(ReplyRequest(kind=ReplyKind.SMALLTALK, message="what can you do?"))
    assert len({thanks, hello, about}) == 3 and thanks.startswith("You're welcome")


def test_refund_is_mentioned_only_when_there_was_one() -> None:
    plain = local_reply(ReplyRequest(kind=ReplyKind.FAILED))
    refunded = local_reply(ReplyRequest(kind=ReplyKind.FAILED, facts={"refunded": 4}))
    assert "4 credits are back" in refunded and "credits" not in plain


def test_factory_picks_openai_then_gemini_then_local() -> None:
    none = Settings(_env_file=None, openai_api_key=None, google_api_key=None)
    both = Settings(_env_file=None, openai_api_key="sk-x", google_api_key="g-x")
    gemini = Settings(_env_file=None, openai_api_key=None, google_api_key="g-x")
    assert isinstance(make_brain(none), LocalBrain)
    assert isinstance(make_brain(both), LLMBrain) and make_brain(both).name == "openai"
    assert make_brain(gemini).name == "gemini"
    assert make_brain(both, "local").name == "local"
    assert make_brain(both, "gemini").name == "gemini"


def test_one_result_and_a_brand_summary_have_their_own_wording() -> None:
    one = local_reply(ReplyRequest(kind=ReplyKind.DELIVERED, facts={"count": 1}))
    assert one == "Here it is! Want another change?"
    saved = local_reply(ReplyRequest(kind=ReplyKind.BRAND_SAVED, language="de",
                                     facts={"brand": "TechWithTia, #e53935 #111111"}))
    assert "TechWithTia, #e53935 #111111" in saved


def test_persian_replies_write_numbers_in_persian_digits_but_keep_codes() -> None:
    money = local_reply(ReplyRequest(kind=ReplyKind.INSUFFICIENT_CREDITS, language="fa",
                                     facts={"price": 4, "balance": 12}))
    assert "۴" in money and "۱۲" in money
    saved = local_reply(ReplyRequest(kind=ReplyKind.BRAND_SAVED, language="fa",
                                     facts={"brand": "#e53935"}))
    assert "#e53935" in saved
