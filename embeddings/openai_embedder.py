"""OpenAI embeddings (text-embedding-3-small, 1536-d) through langchain-openai."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

import openai
from langchain_openai import OpenAIEmbeddings
from pydantic import SecretStr

from kernel.errors import (
    ConfigurationError,
    ProviderError,
    ProviderTimeout,
    TransientProviderError,
)

DEFAULT_MODEL = "text-embedding-3-small"
# Native sizes; a smaller `dimensions` asks the API to shorten (text-embedding-3 supports it).
NATIVE_DIMENSIONS = {"text-embedding-3-small": 1536, "text-embedding-3-large": 3072}

T = TypeVar("T")


class OpenAIEmbedder:
    """`Embedder` over OpenAI's `POST /v1/embeddings` (or any server speaking it)."""

    def __init__(
        self,
        api_key: SecretStr,
        *,
        base_url: str | None = None,
        model: str = DEFAULT_MODEL,
        dimensions: int | None = None,
        timeout_seconds: float = 30.0,
        max_retries: int = 2,
    ) -> None:
        self.model_name = model
        self.dimensions = dimensions or NATIVE_DIMENSIONS.get(model, 1536)
        self.client = OpenAIEmbeddings(
            model=model,
            api_key=api_key,
            base_url=base_url,
            # Only send `dimensions` when shortening: older models refuse the parameter.
            dimensions=dimensions,
            request_timeout=timeout_seconds,
            max_retries=max_retries,
            # The length check tokenises with tiktoken, which downloads its vocabulary on first
            # use; we send raw strings instead (ours are far below the 8191-token limit).
            check_embedding_ctx_length=False,
        )

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        """Embed texts to be stored."""
        if not texts:
            return []
        return _call(lambda: self.client.embed_documents(list(texts)))

    def embed_query(self, text: str) -> list[float]:
        """Embed a search text."""
        return _call(lambda: self.client.embed_query(text))


def _call(fn: Callable[[], T]) -> T:
    """Run an OpenAI call, turning its exceptions into Routix's provider errors."""
    try:
        return fn()
    except openai.APITimeoutError as exc:
        raise ProviderTimeout("OpenAI took too long to embed the text; try again.") from exc
    except openai.AuthenticationError as exc:
        raise ConfigurationError("OpenAI refused the API key (OPENAI_API_KEY).") from exc
    except (openai.RateLimitError, openai.InternalServerError, openai.APIConnectionError) as exc:
        raise TransientProviderError(
            "OpenAI's embedding service is busy or unreachable; try again shortly."
        ) from exc
    except openai.OpenAIError as exc:
        raise ProviderError(f"OpenAI could not embed the text: {exc}") from exc
