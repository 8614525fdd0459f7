"""The template index as a LangChain vector store and retriever, for tool-calling brains and evals.

langchain-postgres' v2 store (`AsyncPGVectorStore`, the async core of `PGVectorStore`) reads
our existing embeddings in place through a per-model view: `embedding::vector(N)` and
`WHERE model = …` in the view are what let Postgres use that model's partial HNSW index
(storage/vector_index.py), so there is no second copy of the vectors. Documents carry design
DNA in words only: templates are secret, so no id, slug, name, image key or URL reaches a model.
"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from typing import Any

from langchain_core.callbacks import (
    AsyncCallbackManagerForRetrieverRun,
    CallbackManagerForRetrieverRun,
)
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_postgres import PGEngine
from langchain_postgres.v2.async_vectorstore import AsyncPGVectorStore
from langchain_postgres.v2.indexes import QueryOptions
from sqlalchemy import literal, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from embeddings.langchain_adapter import as_langchain
from embeddings.protocol import Embedder
from storage.vector_index import EF_SEARCH, IndexFilters, ensure_index, index_name

_ARRAY_COLUMNS = frozenset({"niches"})  # the only columns `$overlap` may name
_FACTS = ("niches", "layout", "aspect", "face_count", "text_amount", "energy")


def view_name(model: str, dimensions: int) -> str:
    """The per-model view the store reads (named like the model's index)."""
    return index_name(model, dimensions).replace("ix_template_embeddings_", "template_search_", 1)


@dataclass
class _HnswOptions(QueryOptions):
    """SET LOCAL options for every store query; iterative scan keeps filtered recall."""

    ef_search: int = EF_SEARCH

    def to_parameter(self) -> list[str]:
        return [f"hnsw.ef_search = {int(self.ef_search)}", "hnsw.iterative_scan = relaxed_order"]

    def to_string(self) -> str:
        return ", ".join(self.to_parameter())


class TemplateStore(AsyncPGVectorStore):
    """The v2 store over the view, plus a `$overlap` filter (the niches array, `&&`).

    Its filter language has no array operator, and a text stand-in (LIKE) makes the planner
    misjudge selectivity and scan the whole table; `&&` has statistics and keeps the index.
    Its own Documents carry the template id as `Document.id`: internal, so give a model
    `TemplateRetriever`, never this store or its `as_retriever()`.
    """

    loop: asyncio.AbstractEventLoop | None = None  # set by `build_template_store`

    def _handle_field_filter(self, *, field: str, value: Any) -> tuple[str, dict]:
        if isinstance(value, dict) and list(value) == ["$overlap"]:
            if field not in _ARRAY_COLUMNS:
                raise ValueError(f"$overlap applies to {sorted(_ARRAY_COLUMNS)}, not {field!r}")
            param = f"{field}_overlap_{uuid.uuid4().hex[:8]}"
            return f'"{field}" && CAST(:{param} AS varchar[])', {param: list(value["$overlap"])}
        return super()._handle_field_filter(field=field, value=value)


async def build_template_store(engine: AsyncEngine, embedder: Embedder, *,
                               ef_search: int = EF_SEARCH) -> TemplateStore:
    """The LangChain vector store over `embedder`'s template embeddings (async methods only)."""
    view = view_name(embedder.model_name, embedder.dimensions)
    model = str(literal(embedder.model_name).compile(
        dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}))
    async with AsyncSession(engine) as session, session.begin():
        # DDL per model, like its index (at start-up); the lock stops two processes racing.
        await session.execute(text("SELECT pg_advisory_xact_lock(hashtext('template-view'))"))
        await ensure_index(session, embedder.model_name, embedder.dimensions)
        await session.execute(text(
            f"CREATE OR REPLACE VIEW {view} AS SELECT e.template_id::text AS ref, e.document, "
            f"e.embedding::vector({int(embedder.dimensions)}) AS embedding, e.active, e.niches, "
            "e.aspect, e.layout, e.face_count, e.text_amount, t.energy, "
            # An upload's missing spec is stored as JSON null, not SQL NULL.
            "coalesce(jsonb_typeof(t.spec) = 'object', false) AS renderable "
            "FROM template_embeddings e JOIN templates t ON t.id = e.template_id "
            f"WHERE e.model = {model}"))
    store = await TemplateStore.create(
        PGEngine.from_engine(engine), as_langchain(embedder), view, content_column="document",
        id_column="ref", metadata_columns=list(_FACTS), metadata_json_column=None,
        index_query_options=_HnswOptions(ef_search))
    store.loop = asyncio.get_running_loop()  # the engine's connections live on this loop
    return store


def store_filter(filters: IndexFilters, *, renderable_only: bool = True) -> dict[str, Any] | None:
    """Our `IndexFilters` (what library/search.py filters on) in the store's filter language."""
    clauses: list[dict[str, Any]] = []
    if not filters.include_inactive:
        clauses.append({"active": True})
    if renderable_only:  # without a layer spec there is nothing to render
        clauses.append({"renderable": True})
    if filters.niches:
        clauses.append({"niches": {"$overlap": list(filters.niches)}})
    if filters.aspect:
        clauses.append({"aspect": filters.aspect})
    if filters.faces == "none":
        clauses.append({"face_count": 0})
    elif filters.faces == "some":
        clauses.append({"face_count": {"$gt": 0}})
    if filters.text_amounts:
        clauses.append({"text_amount": {"$in": list(filters.text_amounts)}})
    if filters.layouts:
        clauses.append({"layout": {"$in": list(filters.layouts)}})
    if filters.exclude_ids:
        clauses.append({"ref": {"$nin": [str(i) for i in filters.exclude_ids]}})
    return {"$and": clauses} if clauses else None


@dataclass(frozen=True)
class TemplateMatch:
    """One hit. `template_id` is internal (to fetch the spec server-side); `document` is safe."""

    template_id: uuid.UUID
    document: Document
    similarity: float


async def match_templates(store: TemplateStore, query: str, *, k: int = 4,
                          filters: IndexFilters = IndexFilters(),
                          renderable_only: bool = True) -> list[TemplateMatch]:
    """The `k` nearest templates passing `filters`, nearest first."""
    found = await store.asimilarity_search_with_score(
        query, k=k, filter=store_filter(filters, renderable_only=renderable_only))
    matches = [TemplateMatch(uuid.UUID(doc.id), _safe(doc, 1 - distance), 1 - distance)
               for doc, distance in found if doc.id]
    # relaxed_order may return slightly out of order: sort the (small) page ourselves.
    return sorted(matches, key=lambda m: m.similarity, reverse=True)


def _safe(found: Document, similarity: float) -> Document:
    # Rebuilt from a whitelist, without the store's id: nothing added to the view leaks.
    facts = {key: found.metadata[key] for key in _FACTS if key in found.metadata}
    return Document(page_content=found.page_content,
                    metadata={**facts, "similarity": round(similarity, 3)})


class TemplateRetriever(BaseRetriever):
    """Design directions for a text, as `Document`s a model may read (async: use `ainvoke`)."""

    store: TemplateStore
    k: int = 4
    filters: IndexFilters = IndexFilters()
    renderable_only: bool = True

    async def _aget_relevant_documents(
        self, query: str, *, run_manager: AsyncCallbackManagerForRetrieverRun
    ) -> list[Document]:
        matches = await match_templates(self.store, query, k=self.k, filters=self.filters,
                                        renderable_only=self.renderable_only)
        return [m.document for m in matches]

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        """Sync callers (LangChain runs sync tools in worker threads) borrow the engine's loop."""
        loop = self.store.loop
        if loop is None or not loop.is_running():
            raise RuntimeError("The template store's event loop is not running; build the "
                               "store and call the retriever inside one `asyncio.run`.")
        try:
            on_that_loop = asyncio.get_running_loop() is loop
        except RuntimeError:
            on_that_loop = False
        if on_that_loop:  # waiting here would block the very loop that has to do the work
            raise RuntimeError("From async code, call `await retriever.ainvoke(text)`.")
        matches = asyncio.run_coroutine_threadsafe(match_templates(
            self.store, query, k=self.k, filters=self.filters,
            renderable_only=self.renderable_only), loop).result(timeout=60)
        return [m.document for m in matches]
