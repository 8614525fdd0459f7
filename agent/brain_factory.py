"""`make_brain`: the one place that picks a brain from settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from agent.brain import Brain

if TYPE_CHECKING:
    from embeddings.protocol import Embedder
    from kernel.settings import Settings

Choice = Literal["auto", "local", "openai", "gemini"]


def make_brain(settings: Settings, choice: Choice = "auto", *,
               embedder: Embedder | None = None) -> Brain:
    """OpenAI when keyed, else Gemini when keyed, else local; `choice` forces one.

    `embedder` (the one the services already hold) lets the local brain guess niches by
    meaning when no keyword names one; without it no model is loaded.
    """
    pick = settings.model_provider(choice)
    if pick == "local":
        from agent.local.niche_meaning import NicheByMeaning
        from agent.local_brain import LocalBrain

        return LocalBrain(niches=NicheByMeaning(embedder) if embedder is not None else None)
    # Imported lazily: the LangChain clients cost about a second to import and are unused locally.
    from agent.llm_brain import LLMBrain

    return LLMBrain.openai(settings) if pick == "openai" else LLMBrain.gemini(settings)
