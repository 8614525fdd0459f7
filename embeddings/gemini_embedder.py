"""Gemini embeddings (gemini-embedding-001, shortened to 768-d) through langchain-google-genai."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TypeVar

import httpx
import httpx2
from google.genai import Client
from google.genai import errors as genai_errors
from google.genai.types import HttpOptions, HttpRetryOptions
from langchain_google_genai import GoogleGenerativeAIEmbeddings
from pydantic import SecretStr

from kernel.errors import (
    ConfigurationError,
    ProviderError,
    ProviderTimeout,
    TransientProviderError,
)

DEFAULT_MODEL = "models/gemini-embedding-001"
# gemini-embedding-001 gives 3072 values; 768 is one of its recommended shortened sizes and
# keeps the pgvector index small. Pass `dimensions=3072` for the full vector.
DEFAULT_DIMENSIONS = 768

T = TypeVar("T")
# google-genai 3.x sends through httpx2 (httpx's successor) and falls back to httpx.
_TIMEOUTS = (httpx.TimeoutException, httpx2.TimeoutException)
_TRANSPORT_ERRORS = (httpx.TransportError, httpx2.TransportError)


class GeminiEmbedder:
    """`Embedder` over the Gemini API's `models/{model}:batchEmbedContents`."""

    def __init__(
        self,
        api_key: SecretStr,
        *,
        base_url: str | None = None,
        model: str = DEFAULT_MODEL,
        dimensions: int = DEFAULT_DIMENSIONS,
        timeout_seconds: float = 30.0,
        max_retries: int = 2,
    ) -> None:
        self.model_name = model
        self.dimensions = dimensions
        self.client = GoogleGenerativeAIEmbeddings(
            model=model,
            api_key=api_key,
            # Force the Developer API even if GOOGLE_GENAI_USE_VERTEXAI is set in the env.
            vertexai=False,
            base_url=base_url,
            output_dimensionality=dimensions,
        )
        # langchain-google-genai 4.4 builds its google-genai client without a timeout or
        # retries (its `request_options` is not used for embeddings): swap in one with both.
        self.client.client = Client(
            api_key=api_key.get_secret_value(),
            vertexai=False,
            http_options=HttpOptions(
                base_url=base_url,
                timeout=int(timeout_seconds * 1000),  # milliseconds
                retry_options=HttpRetryOptions(attempts=max_retries + 1),
            ),
        )

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        """Embed texts to be stored (task type RETRIEVAL_DOCUMENT)."""
        if not texts:
            return []
        vectors = _call(lambda: self.client.embed_documents(list(texts)))
        return [_unit(v) for v in vectors]

    def embed_query(self, text: str) -> list[float]:
        """Embed a search text (task type RETRIEVAL_QUERY)."""
        return _unit(_call(lambda: self.client.embed_query(text)))


def _unit(vector: list[float]) -> list[float]:
    """Rescale to length 1: Google normalises only full-size vectors, not shortened ones."""
    norm = math.sqrt(math.fsum(x * x for x in vector))
    return [x / norm for x in vector] if norm > 0 else list(vector)


def _call(fn: Callable[[], T]) -> T:
    """Run a Gemini call, turning its exceptions into Routix's provider errors."""
    try:
        return fn()
    except Exception as exc:  # langchain wraps everything in GoogleGenerativeAIError
        cause = exc.__cause__ or exc
        if isinstance(cause, _TIMEOUTS):
            raise ProviderTimeout("Gemini took too long to embed the text; try again.") from exc
        if isinstance(cause, _TRANSPORT_ERRORS):
            raise TransientProviderError("Gemini's embedding service is unreachable.") from exc
        if isinstance(cause, genai_errors.APIError):
            if cause.code in (401, 403):
                raise ConfigurationError("Gemini refused the API key (GOOGLE_API_KEY).") from exc
            if cause.code == 429 or cause.code >= 500:
                raise TransientProviderError(
                    "Gemini's embedding service is busy; try again shortly."
                ) from exc
        raise ProviderError(f"Gemini could not embed the text: {exc}") from exc
