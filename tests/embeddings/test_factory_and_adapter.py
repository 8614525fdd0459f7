"""`make_embedder` picks by settings; `as_langchain` makes any embedder usable by LangChain."""

from __future__ import annotations

import asyncio

import pytest
from langchain_core.embeddings import Embeddings

from embeddings import as_langchain, make_embedder
from embeddings.gemini_embedder import GeminiEmbedder
from embeddings.minilm import MiniLMEmbedder
from embeddings.openai_embedder import OpenAIEmbedder
from kernel.errors import ConfigurationError
from kernel.settings import Settings


def _settings(**overrides: object) -> Settings:
    values: dict[str, object] = {"openai_api_key": None, "google_api_key": None}
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def test_no_keys_means_local_minilm() -> None:
    assert isinstance(make_embedder(_settings()), MiniLMEmbedder)


def test_openai_key_is_preferred() -> None:
    settings = _settings(openai_api_key="sk-x", google_api_key="g-x")
    embedder = make_embedder(settings)
    assert isinstance(embedder, OpenAIEmbedder)
    assert embedder.dimensions == 1536


def test_google_key_alone_means_gemini() -> None:
    settings = _settings(google_api_key="g-x", google_base_url="http://127.0.0.1:9")
    assert isinstance(make_embedder(settings), GeminiEmbedder)


def test_local_can_be_forced_even_with_keys() -> None:
    settings = _settings(openai_api_key="sk-x", google_api_key="g-x")
    assert isinstance(make_embedder(settings, provider="local"), MiniLMEmbedder)


@pytest.mark.parametrize("provider", ["openai", "gemini"])
def test_asking_for_a_provider_without_its_key_is_a_configuration_error(provider) -> None:
    with pytest.raises(ConfigurationError, match="API_KEY"):
        make_embedder(_settings(), provider=provider)


def test_langchain_adapter_embeds_sync_and_async() -> None:
    local = MiniLMEmbedder()
    lc = as_langchain(local)
    assert isinstance(lc, Embeddings)
    assert lc.embed_query("hello") == local.embed_query("hello")
    assert lc.embed_documents(["a", "b"]) == local.embed_documents(["a", "b"])

    async def both() -> tuple[list[float], list[list[float]]]:
        return await lc.aembed_query("hello"), await lc.aembed_documents(["a", "b"])

    query, docs = asyncio.run(both())
    assert query == local.embed_query("hello")
    assert docs == local.embed_documents(["a", "b"])
