"""Niches by meaning: the nearest niche description to a topic, for topics no keyword names.

Optional: the local brain uses it only when given an embedder and only when the word lists
found no niche ("My honest review of the new MacBook" names no tech word they know). The
embedder is any `embeddings.protocol.Embedder`; the local MiniLM model is English-only, so the
fallback is used for English topics only. Measured on 40 held-out English titles: keywords
alone 19 right / 2 wrong / 19 none; with this fallback 29 / 4 / 7 (benchmarks/brain_speed.py
--niches), at the price of one MiniLM query (tens of ms on two cores).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from embeddings.protocol import Embedder

# One sentence per niche, in the vocabulary of video titles.
DESCRIPTIONS: dict[str, str] = {
    "gaming": "video games, gameplay, let's play, speedrun, esports, consoles, PC gaming, "
              "game review",
    "finance": "money, investing, stocks, crypto, saving, budgeting, debt, side hustle, income, "
               "personal finance",
    "tech": "technology, gadgets, smartphones, laptops, computers, apps, software, programming, "
            "AI, tech review, unboxing",
    "education": "learning, explainer, tutorial, science, history, maths, study tips, how "
                 "things work",
    "cooking": "cooking, recipes, food, baking, kitchen, restaurant, street food, meal prep, "
               "tasting",
    "fitness": "fitness, workout, gym, exercise, running, weight loss, muscle, diet, yoga",
    "travel": "travel, trip, holiday, countries, cities, hotels, flights, backpacking, "
              "exploring places",
    "vlog": "vlog, day in my life, daily routine, moving house, personal life, family, "
            "relationships",
    "beauty": "beauty, makeup, skincare, hair, fashion, outfits, nails, glow up",
    "reaction": "reacting to videos, reaction, commentary, first time watching, responding",
    "podcast": "podcast, interview, conversation, guest, talk show, discussion",
    "news": "news, breaking news, current events, politics, elections, world affairs, update",
    "kids": "kids, children, toys, cartoons, nursery, family fun, for kids",
}
# Tuned on a held-out set of 40 English titles (benchmarks/brain_speed.py --niches): below
# these, no niche is better than a wrong one.
THRESHOLD = 0.15  # cosine similarity of the best description
MARGIN = 0.03  # over the second best


class NicheByMeaning:
    """Nearest-description niche guesses from an embedder; built once, then pure numpy."""

    def __init__(self, embedder: Embedder, *, threshold: float = THRESHOLD,
                 margin: float = MARGIN) -> None:
        self._embedder = embedder
        self._names = list(DESCRIPTIONS)
        vectors = np.asarray(embedder.embed_documents(list(DESCRIPTIONS.values())),
                             dtype=np.float32)
        self._matrix = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
        self.threshold, self.margin = threshold, margin

    def guess(self, text: str) -> list[str]:
        """The niche whose description is clearly nearest to `text`, or none."""
        if not text.strip():
            return []
        return self.guess_vector(self._embedder.embed_query(text[:300]))

    def guess_vector(self, vector: Sequence[float]) -> list[str]:
        """`guess` for an already embedded text (the search step embeds the request anyway)."""
        ranked = self.scores_vector(vector)
        (best, top), (_, second) = ranked[0], ranked[1]
        return [best] if top >= self.threshold and top - second >= self.margin else []

    def scores(self, text: str) -> list[tuple[str, float]]:
        """Every niche with its cosine similarity to `text`, best first (for tuning)."""
        return self.scores_vector(self._embedder.embed_query(text[:300]))

    def scores_vector(self, vector: Sequence[float]) -> list[tuple[str, float]]:
        query = np.asarray(vector, dtype=np.float32)
        scores = self._matrix @ (query / max(float(np.linalg.norm(query)), 1e-9))
        return sorted(zip(self._names, scores.tolist(), strict=True), key=lambda p: -p[1])
