"""The numpy MiniLM gives the vectors sentence-transformers (torch) gives for the same weights."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from embeddings.minilm import DIMENSIONS, MAX_SEQ_LENGTH, MiniLMEmbedder, load_model

REFERENCE = json.loads(
    (Path(__file__).parent / "data" / "reference_vectors.json").read_text(encoding="utf-8")
)
ITEMS = REFERENCE["items"]
TEXTS = [item["text"] for item in ITEMS]
EXPECTED = np.array([item["vector"] for item in ITEMS], dtype=np.float32)


def _assert_close(actual: np.ndarray, expected: np.ndarray) -> None:
    cosine = (actual * expected).sum(axis=1) / (
        np.linalg.norm(actual, axis=1) * np.linalg.norm(expected, axis=1)
    )
    assert cosine.min() >= 0.9999, cosine
    assert np.abs(actual - expected).max() <= 1e-4


def test_reference_covers_the_hard_cases() -> None:
    assert "" in TEXTS
    assert any(item["tokens"] == MAX_SEQ_LENGTH for item in ITEMS), "no truncated text"
    assert any("ü" in t for t in TEXTS) and any("ی" in t for t in TEXTS)
    assert any("ラーメン" in t for t in TEXTS) and any("🔥" in t for t in TEXTS)


def test_batched_documents_match_reference() -> None:
    actual = np.array(MiniLMEmbedder().embed_documents(TEXTS), dtype=np.float32)
    assert actual.shape == (len(TEXTS), DIMENSIONS)
    _assert_close(actual, EXPECTED)


@pytest.mark.parametrize("index", range(len(ITEMS)), ids=lambda i: f"{i}:{TEXTS[i][:20]!r}")
def test_single_query_matches_reference(index: int) -> None:
    actual = np.array([MiniLMEmbedder().embed_query(TEXTS[index])], dtype=np.float32)
    _assert_close(actual, EXPECTED[index : index + 1])


def test_tokenizer_truncates_like_sentence_transformers() -> None:
    encodings = load_model().tokenizer.encode_batch(TEXTS)
    assert [len(e.ids) for e in encodings] == [item["tokens"] for item in ITEMS]
