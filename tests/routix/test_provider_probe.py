"""`routix doctor` asks each keyed model provider something uses whether it answers: a key it
refuses, an address nobody listens on and a server that fails are sentences with the fix."""

from __future__ import annotations

from contextlib import contextmanager

from routix.doctor import _probe_models
from routix.provider_probe import probe_gemini, probe_openai
from tests.agent.loopback import gemini_settings, openai_settings, serve
from tests.support import free_port

loopback = contextmanager(serve)


def test_a_working_key_answers_and_nothing_is_spent():
    with loopback("openai", lambda path: None) as server:
        result = probe_openai(openai_settings(server))
    assert result.ok, result
    assert [r["path"] for r in server.requests] == ["/v1/models"]
    assert server.requests[0]["headers"]["authorization"] == "Bearer sk-loopback"


def test_a_refused_key_is_a_sentence_with_the_fix():
    with loopback("openai", lambda path: None) as server:
        server.status = 401
        result = probe_openai(openai_settings(server))
    assert not result.ok
    assert result.detail == "OpenAI refused the key (401)"
    assert "Check OPENAI_API_KEY" in result.fix and "leave OPENAI_API_KEY empty" in result.fix


def test_nobody_listening_is_a_sentence_with_the_fix():
    settings = openai_settings(type("S", (), {"url": f"http://127.0.0.1:{free_port()}"})())
    result = probe_openai(settings)
    assert not result.ok and "cannot be reached" in result.detail
    assert "OPENAI_BASE_URL" in result.fix


def test_gemini_is_asked_with_its_own_header_and_a_failure_names_its_settings():
    with loopback("gemini", lambda path: None) as server:
        assert probe_gemini(gemini_settings(server)).ok
        assert server.requests[0]["path"] == "/v1beta/models"
        assert server.requests[0]["headers"]["x-goog-api-key"] == "g-loopback"
        server.status = 500
        failed = probe_gemini(gemini_settings(server))
    assert not failed.ok and "answered 500" in failed.detail and "GOOGLE_BASE_URL" in failed.fix


def test_doctor_probes_only_the_providers_something_uses():
    with loopback("openai", lambda path: None) as server:
        keyed = openai_settings(server)
        assert [c.component for c in _probe_models(keyed)] == ["openai"]
        local = keyed.model_copy(update={"brain_provider": "local", "analyzer_provider": "local",
                                         "embedding_provider": "local"})
        assert _probe_models(local) == []
    assert len(server.requests) == 1
