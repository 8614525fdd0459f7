"""LangChain chat models built from settings, shared by the brains and the vision analysers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kernel.errors import ConfigurationError
from kernel.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel


def openai_chat_model(settings: Settings, *, timeout: float, max_retries: int,
                      purpose: str) -> BaseChatModel:
    """OpenAI Chat Completions (or any compatible `openai_base_url`), temperature 0."""
    from langchain_openai import ChatOpenAI

    if settings.openai_api_key is None:
        raise ConfigurationError(f"OPENAI_API_KEY is not set, so the OpenAI {purpose} is off.")
    return ChatOpenAI(model=settings.openai_model, api_key=settings.openai_api_key,
                      base_url=settings.openai_base_url, timeout=timeout,
                      max_retries=max_retries, temperature=0)


def gemini_chat_model(settings: Settings, *, timeout: float, max_retries: int,
                      purpose: str) -> BaseChatModel:
    """The Gemini Developer API (`google_base_url` overrides the host), temperature 0."""
    from langchain_google_genai import ChatGoogleGenerativeAI

    if settings.google_api_key is None:
        raise ConfigurationError(f"GOOGLE_API_KEY is not set, so the Gemini {purpose} is off.")
    return ChatGoogleGenerativeAI(
        model=settings.gemini_model, google_api_key=settings.google_api_key,
        base_url=settings.google_base_url, timeout=timeout, max_retries=max_retries,
        temperature=0, vertexai=False, api_version="v1beta",  # the Developer API path
    )
