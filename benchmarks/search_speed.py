"""Template search at scale: 100k synthetic templates, filtered and unfiltered k-NN.

Runs our real query (`storage.vector_index.knn`) on an embedded Postgres in a temp dir, against
clustered 384-d vectors (12 niches). Prints index build time, p50/p95 latency and recall@10
against exact search, with and without a niche filter (1/12 of rows).

    .venv/bin/python benchmarks/search_speed.py [--rows 100000] [--queries 200]
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from routix.runtime import tune_process  # noqa: E402
from storage import migrate  # noqa: E402
from storage.db import async_engine, session_factory  # noqa: E402
from storage.embedded_postgres import EmbeddedPostgres  # noqa: E402
from storage.vector_index import IndexFilters, ensure_index, index_name, knn  # noqa: E402

MODEL, DIMS, NICHES = "bench-minilm", 384, [f"niche{i}" for i in range(12)]


def make_vectors(rows: int, seed: int = 7) -> tuple[np.ndarray, np.ndarray]:
    """Clustered like real description embeddings: 12 niches, 50 styles each, then items."""
    rng = np.random.default_rng(seed)
    niches = rng.normal(size=(len(NICHES), DIMS)).astype(np.float32)
    styles = niches.repeat(50, axis=0) + 0.6 * rng.normal(size=(len(NICHES) * 50, DIMS))
    picks = rng.integers(0, len(styles), size=rows)
    labels = picks // 50
    vectors = (styles[picks] + 0.35 * rng.normal(size=(rows, DIMS))).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors, labels


def load(url: str, vectors: np.ndarray, labels: np.ndarray) -> list[uuid.UUID]:
    import psycopg
    from pgvector.psycopg import register_vector

    ids = [uuid.uuid4() for _ in range(len(vectors))]
    with psycopg.connect(url) as conn:
        register_vector(conn)
        with conn.cursor() as cur:
            with cur.copy("COPY templates (id, slug, name, source, status, niches, layout, aspect,"
                          " image_key, width, height, phash, description, face_count,"
                          " text_amount, energy) FROM STDIN") as copy:
                for i, tid in enumerate(ids):
                    copy.write_row([tid, f"t{i}", f"T{i}", "bench", "active",
                                    [NICHES[labels[i]]], "face_right", "16:9", "k", 1280, 720,
                                    i, "", 1, "short", 5])
            with cur.copy("COPY template_embeddings (template_id, model, dimensions, embedding,"
                          " document, active, niches, aspect, layout, face_count, text_amount)"
                          " FROM STDIN WITH (FORMAT BINARY)") as copy:
                copy.set_types(["uuid", "varchar", "int4", "vector", "text", "bool",
                                "varchar[]", "varchar", "varchar", "int4", "varchar"])
                for i, tid in enumerate(ids):
                    copy.write_row([tid, MODEL, DIMS, vectors[i], "", True,
                                    [NICHES[labels[i]]], "16:9", "face_right", 1, "short"])
        conn.commit()
    return ids


async def measure(url: str, ids: list[uuid.UUID], vectors: np.ndarray, labels: np.ndarray,
                  queries: int, filtered: bool, ef: int) -> tuple[float, float, float]:
    engine = async_engine(url)
    sessions = session_factory(engine)
    rng = np.random.default_rng(11)
    picks = rng.integers(0, len(vectors), size=queries)
    times, recalls = [], []
    for pick in picks:
        query = vectors[pick] + 0.05 * rng.normal(size=DIMS).astype(np.float32)
        query /= np.linalg.norm(query)
        niche = NICHES[labels[pick]]
        filters = IndexFilters(niches=[niche]) if filtered else IndexFilters()
        async with sessions.begin() as session:
            started = time.perf_counter()
            found = await knn(session, model=MODEL, dimensions=DIMS, query=query.tolist(),
                              filters=filters, limit=10, ef_search=ef)
            times.append(time.perf_counter() - started)
        mask = labels == labels[pick] if filtered else np.ones(len(vectors), bool)
        candidates = np.flatnonzero(mask)
        exact = candidates[np.argsort(-(vectors[candidates] @ query))[:10]]
        truth = {ids[i] for i in exact}
        recalls.append(len(truth & {n.template_id for n in found}) / 10)
    await engine.dispose()
    times.sort()
    return statistics.median(times) * 1000, times[int(0.95 * len(times)) - 1] * 1000, \
        statistics.mean(recalls)


async def build_index(url: str) -> float:
    engine = async_engine(url)
    started = time.perf_counter()
    async with session_factory(engine).begin() as session:
        await ensure_index(session, MODEL, DIMS)
    await engine.dispose()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    tune_process()
    root = Path(tempfile.mkdtemp(prefix="routix-search-bench-"))
    pg = EmbeddedPostgres(root / "pg", extra_options={"fsync": "off",
                                                      "maintenance_work_mem": "1GB"})
    try:
        pg.start()
        migrate.upgrade(pg.url())
        vectors, labels = make_vectors(args.rows)
        started = time.perf_counter()
        ids = load(pg.url(driver=""), vectors, labels)
        print(f"loaded {args.rows:,} templates × {DIMS}-d in {time.perf_counter() - started:.1f} s")
        print(f"HNSW index ({index_name(MODEL, DIMS)}, m=16) built in "
              f"{asyncio.run(build_index(pg.url())):.1f} s")
        for filtered in (False, True):
            for ef in (40, 100, 200):
                p50, p95, recall = asyncio.run(measure(pg.url(), ids, vectors, labels,
                                                       args.queries, filtered, ef))
                label = "niche filter (1/12)" if filtered else "no filter"
                print(f"{label:<20} ef_search {ef:>3}: p50 {p50:.2f} ms, p95 {p95:.2f} ms, "
                      f"recall@10 {recall:.3f}")
    finally:
        pg.stop()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
