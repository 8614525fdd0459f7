"""Pick the embedder from settings: a keyed remote provider if there is one, else local MiniLM.

Vectors from different embedders are not comparable. The template index must be built and
searched with the same `model_name`; switching provider means re-embedding the library.
"""

from __future__ import annotations

from typing import Literal

from embeddings.protocol import Embedder
from kernel.errors import ConfigurationError
from kernel.settings import Settings

EmbedderChoice = Literal["auto", "local", "openai", "gemini"]


def make_embedder(settings: Settings, *, provider: EmbedderChoice = "auto") -> Embedder:
    """Build the embedder `provider` names; "auto" prefers OpenAI, then Gemini, then local.

    `provider` is an argument rather than a setting for now (see the report on settings.py):
    pass "local" to keep the free, offline model even when API keys are configured.
    """
    if provider == "auto":
        if settings.openai_api_key is not None:
            provider = "openai"
        elif settings.google_api_key is not None:
            provider = "gemini"
        else:
            provider = "local"

    # Imports are local so a local-only install never loads the remote SDKs.
    if provider == "local":
        from embeddings.minilm import MiniLMEmbedder

        return MiniLMEmbedder()
    if provider == "openai":
        if settings.openai_api_key is None:
            raise ConfigurationError("OpenAI embeddings need OPENAI_API_KEY.")
        from embeddings.openai_embedder import OpenAIEmbedder

        return OpenAIEmbedder(settings.openai_api_key, base_url=settings.openai_base_url)
    if provider == "gemini":
        if settings.google_api_key is None:
            raise ConfigurationError("Gemini embeddings need GOOGLE_API_KEY.")
        from embeddings.gemini_embedder import GeminiEmbedder

        return GeminiEmbedder(settings.google_api_key, base_url=settings.google_base_url)
    raise ConfigurationError(f"Unknown embedding provider {provider!r}.")
