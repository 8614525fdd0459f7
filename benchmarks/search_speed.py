"""Template search at scale: 100k synthetic templates, filtered and unfiltered k-NN.

Runs our real query (`storage.vector_index.knn`) and the LangChain store over the same index
(`library.retriever`, langchain-postgres PGVectorStore on the per-model view) side by side on an
embedded Postgres in a temp dir, against clustered 384-d vectors (12 niches): same queries, same
k, same connection pool, alternating which goes first. Times are whole calls (pool checkout,
SET LOCALs, query, commit or rollback). Prints index build time, the store query's plan,
p50/p95 latency, recall@10 against exact search and the store/knn ratio, with and without a
niche filter (1/12 of rows).

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
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kernel.runtime import tune_process  # noqa: E402
from library.retriever import TemplateStore, build_template_store, store_filter  # noqa: E402
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


class VectorsOnly:
    """An `Embedder` that names the model; the benchmark passes vectors, so it embeds nothing."""

    model_name, dimensions = MODEL, DIMS

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        raise NotImplementedError

    def embed_query(self, text: str) -> list[float]:
        raise NotImplementedError


@dataclass
class Figures:
    times: list[float]
    recalls: list[float]

    def line(self) -> str:
        return (f"p50 {self.p50:.2f} ms, p95 {self.p95:.2f} ms, "
                f"recall@10 {statistics.mean(self.recalls):.3f}")

    @property
    def p50(self) -> float:
        return statistics.median(self.times) * 1000

    @property
    def p95(self) -> float:
        return sorted(self.times)[int(0.95 * len(self.times)) - 1] * 1000


async def measure(url: str, ids: list[uuid.UUID], vectors: np.ndarray, labels: np.ndarray,
                  queries: int, filtered: bool, ef: int) -> tuple[Figures, Figures]:
    engine = async_engine(url)
    sessions = session_factory(engine)
    store = await build_template_store(engine, VectorsOnly(), ef_search=ef)
    rng = np.random.default_rng(11)
    picks = rng.integers(0, len(vectors), size=queries)
    ours, theirs = Figures([], []), Figures([], [])

    async def by_knn(query: list[float], filters: IndexFilters) -> set[uuid.UUID]:
        async with sessions.begin() as session:
            found = await knn(session, model=MODEL, dimensions=DIMS, query=query,
                              filters=filters, limit=10, ef_search=ef)
        return {n.template_id for n in found}

    async def by_store(query: list[float], filters: IndexFilters) -> set[uuid.UUID]:
        found = await store.asimilarity_search_with_score_by_vector(
            query, k=10, filter=store_filter(filters, renderable_only=False))
        return {uuid.UUID(doc.id) for doc, _ in found if doc.id}

    for n, pick in enumerate([*picks[:10], *picks]):  # the first 10 warm the pool and caches
        query = vectors[pick] + 0.05 * rng.normal(size=DIMS).astype(np.float32)
        query /= np.linalg.norm(query)
        niche = NICHES[labels[pick]]
        filters = IndexFilters(niches=[niche]) if filtered else IndexFilters()
        mask = labels == labels[pick] if filtered else np.ones(len(vectors), bool)
        candidates = np.flatnonzero(mask)
        exact = candidates[np.argsort(-(vectors[candidates] @ query))[:10]]
        truth = {ids[i] for i in exact}
        runs = [(by_knn, ours), (by_store, theirs)]
        for search, figures in runs if n % 2 else runs[::-1]:  # neither always goes first
            started = time.perf_counter()
            found = await search(query.tolist(), filters)
            if n >= 10:
                figures.times.append(time.perf_counter() - started)
                figures.recalls.append(len(truth & found) / 10)
    await engine.dispose()
    return ours, theirs


async def store_plan(url: str, vector: np.ndarray, niche: str) -> str:
    """The scan node Postgres picks for the store's filtered query (is it the HNSW index?)."""
    from sqlalchemy import event

    engine = async_engine(url)
    store: TemplateStore = await build_template_store(engine, VectorsOnly())
    seen: list[tuple[str, dict]] = []
    event.listen(engine.sync_engine, "before_cursor_execute",
                 lambda _c, _cur, sql, params, *_: seen.append((sql, params)))
    await store.asimilarity_search_with_score_by_vector(
        vector.tolist(), k=10, filter=store_filter(IndexFilters(niches=[niche]),
                                                   renderable_only=False))
    sql, params = next((s, p) for s, p in seen if "ORDER BY" in s)
    async with engine.connect() as conn:
        cursor = (await conn.get_raw_connection()).driver_connection.cursor()
        await cursor.execute("SET hnsw.iterative_scan = relaxed_order")
        await cursor.execute("EXPLAIN " + sql.strip().rstrip(";"), params)
        plan = [row[0].strip() for row in await cursor.fetchall()]
    await engine.dispose()
    return next((line for line in plan if "Scan" in line), plan[0]).split("  (cost")[0]


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
        print("LangChain store, niche-filtered query plan:",
              asyncio.run(store_plan(pg.url(), vectors[0], NICHES[labels[0]])))
        for filtered in (False, True):
            for ef in (40, 100, 200):
                ours, theirs = asyncio.run(measure(pg.url(), ids, vectors, labels,
                                                   args.queries, filtered, ef))
                label = "niche filter (1/12)" if filtered else "no filter"
                print(f"{label:<20} ef_search {ef:>3}: knn   {ours.line()}")
                print(f"{'':<34}store {theirs.line()}  (store/knn p50 ×"
                      f"{theirs.p50 / ours.p50:.2f}, p95 ×{theirs.p95 / ours.p95:.2f})")
    finally:
        pg.stop()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
