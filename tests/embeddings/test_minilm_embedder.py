"""Behaviour of the local embedder beyond matching the reference: shapes, order, caching."""

from __future__ import annotations

import math
from concurrent.futures import ThreadPoolExecutor

import pytest

from embeddings.minilm import DIMENSIONS, MiniLMEmbedder, MiniLMModel, load_model
from embeddings.protocol import Embedder
from kernel.errors import ConfigurationError


def test_is_an_embedder() -> None:
    embedder = MiniLMEmbedder()
    assert isinstance(embedder, Embedder)
    assert embedder.dimensions == DIMENSIONS == 384


def test_empty_batch_gives_no_vectors() -> None:
    assert MiniLMEmbedder().embed_documents([]) == []


def test_vectors_are_unit_length_floats() -> None:
    vector = MiniLMEmbedder().embed_query("a gaming thumbnail")
    assert len(vector) == DIMENSIONS
    assert all(type(x) is float for x in vector)
    assert math.isclose(math.fsum(x * x for x in vector), 1.0, abs_tol=1e-5)


def test_batching_by_length_keeps_input_order() -> None:
    texts = ["word " * n for n in (200, 1, 50, 3, 120, 0, 7)]
    embedder = MiniLMEmbedder()
    batched = embedder.embed_documents(texts)
    for text, vector in zip(texts, batched, strict=True):
        single = embedder.embed_query(text)
        assert max(abs(a - b) for a, b in zip(vector, single, strict=True)) < 1e-5


def test_similar_meanings_are_closer_than_unrelated_ones() -> None:
    embedder = MiniLMEmbedder()
    query = embedder.embed_query("a scary horror movie poster")
    near, far = embedder.embed_documents(["dark frightening ghost film", "a bowl of fruit salad"])

    def dot(a: list[float], b: list[float]) -> float:
        return sum(x * y for x, y in zip(a, b, strict=True))

    assert dot(query, near) > dot(query, far) + 0.2


def test_model_loads_once_for_concurrent_callers() -> None:
    with ThreadPoolExecutor(max_workers=8) as pool:
        models = list(pool.map(lambda _: load_model(), range(16)))
    assert all(m is models[0] for m in models)
    assert isinstance(models[0], MiniLMModel)


def test_missing_model_folder_is_a_configuration_error(tmp_path) -> None:
    with pytest.raises(ConfigurationError, match="cannot be read"):
        MiniLMEmbedder(model_dir=tmp_path).embed_query("x")
