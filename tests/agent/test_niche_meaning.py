"""Niches by meaning: used only when the word lists find none, only for English topics."""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

import numpy as np
import pytest

from agent.brain import ConversationContext
from agent.brain_factory import make_brain
from agent.local.niche_meaning import NicheByMeaning
from agent.local_brain import LocalBrain
from kernel.settings import Settings


class BagOfWords:
    """A deterministic stand-in embedder: hashed word counts, so shared words mean closeness."""

    model_name, dimensions = "bag-of-words", 4096

    def __init__(self) -> None:
        self.queries: list[str] = []

    def _vector(self, text: str) -> list[float]:
        v = np.zeros(self.dimensions, dtype=np.float32)
        for word in re.findall(r"[a-z]+", text.lower()):
            v[zlib.crc32(word.encode()) % self.dimensions] += 1
        return (v / max(float(np.linalg.norm(v)), 1e-9)).tolist()

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        self.queries.append(text)
        return self._vector(text)


async def test_a_topic_without_niche_words_gets_the_nearest_niche() -> None:
    embedder = BagOfWords()
    brain = LocalBrain(niches=NicheByMeaning(embedder))
    intent = (await brain.understand("thumbnail for my video 'esports on consoles'",
                                     ConversationContext())).intent
    assert intent.niches == ["gaming"] and embedder.queries == ["esports on consoles"]


async def test_keywords_win_and_other_languages_are_not_guessed() -> None:
    embedder = BagOfWords()
    brain = LocalBrain(niches=NicheByMeaning(embedder))
    assert (await brain.understand("thumbnail for 'Ramen for beginners'",
                                   ConversationContext())).intent.niches == ["cooking"]
    await brain.understand("miniatura para mi vídeo «mi primer torneo de esports»",
                           ConversationContext())
    await brain.understand("make the text yellow", ConversationContext(has_results=True))
    assert embedder.queries == []  # keyword niche, Spanish topic, follow-up: no query


def test_far_or_ambiguous_texts_get_no_niche() -> None:
    meaning = NicheByMeaning(BagOfWords())
    assert meaning.guess("zzz qqq") == [] and meaning.guess("") == []


def test_the_factory_gives_the_local_brain_niches_only_with_an_embedder() -> None:
    settings = Settings(_env_file=None, openai_api_key=None, google_api_key=None)
    assert make_brain(settings)._niches is None  # type: ignore[attr-defined]
    with_meaning = make_brain(settings, embedder=BagOfWords())
    assert isinstance(with_meaning._niches, NicheByMeaning)  # type: ignore[attr-defined]


def test_minilm_places_unlisted_english_titles() -> None:
    minilm = pytest.importorskip("embeddings.minilm")
    try:
        meaning = NicheByMeaning(minilm.MiniLMEmbedder())
    except Exception as exc:  # noqa: BLE001 - the model wheel is optional
        pytest.skip(f"local MiniLM unavailable: {exc}")
    assert meaning.guess("Exploring abandoned places in Iceland") == ["travel"]
    assert meaning.guess("Nursery rhymes sing-along") == ["kids"]
