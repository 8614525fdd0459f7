"""The LangChain store and retriever over the template index: same hits as our search, our
filters, and documents that say what a design looks like without revealing which one it is."""

import pytest
from sqlalchemy import select

from admin.ingest import TemplateInput, ingest
from admin.seed import preview_png
from admin.starter_library import starter_templates
from admin.templates import set_status
from library.retriever import TemplateRetriever, build_template_store, match_templates
from library.search import TemplateQuery, search_templates
from storage.models import Template, TemplateStatus
from storage.vector_index import IndexFilters
from tests.support import ingest_starters

pytestmark = pytest.mark.asyncio(loop_scope="module")
NICHES = ("finance", "tech", "cooking")
UNRENDERABLE = "gaming"  # one upload without a layer spec, in a niche of its own
QUERIES = ("easy pasta recipe for dinner", "budget phone review", "how I paid off my debt",
           "a video about my week")


@pytest.fixture(scope="module")
async def library(fresh_services):
    await ingest_starters(fresh_services, NICHES)
    upload = next(s for s in starter_templates() if str(s.niches[0]) == UNRENDERABLE)
    await ingest(fresh_services, TemplateInput(data=preview_png(upload), filename="mine.png",
                                               niches=[UNRENDERABLE], name="My secret upload"))
    return fresh_services


@pytest.fixture(scope="module")
async def store(library):
    return await build_template_store(library.engine, library.embedder)


async def search_ids(services, text: str, **kwargs):
    hits = await search_templates(services.sessions, services.embedder,
                                  TemplateQuery(text=text, **kwargs))
    return [h.template_id for h in hits]


@pytest.mark.parametrize("text", QUERIES)
async def test_store_finds_the_same_templates_in_the_same_order_as_search(library, store, text):
    # Without design wishes search_templates ranks by vector similarity alone, so the two agree.
    matches = await match_templates(store, text, k=4, renderable_only=False)
    assert [m.template_id for m in matches] == await search_ids(library, text, k=4)


@pytest.mark.parametrize("faces", ["none", "some"])
async def test_niche_and_face_filters_match_search(library, store, faces):
    filters = IndexFilters(niches=["tech", "cooking"], faces=faces)
    matches = await match_templates(store, "thumbnail", k=10, filters=filters)
    assert matches
    assert all({"tech", "cooking"} & set(m.document.metadata["niches"]) for m in matches)
    assert all((m.document.metadata["face_count"] > 0) == (faces == "some") for m in matches)
    assert [m.template_id for m in matches] == await search_ids(
        library, "thumbnail", k=10, niches=["tech", "cooking"], faces=faces)


async def test_templates_without_a_spec_are_left_out_unless_asked(store):
    only_unrenderable = IndexFilters(niches=[UNRENDERABLE])
    assert await match_templates(store, "gaming", filters=only_unrenderable) == []
    assert len(await match_templates(store, "gaming", filters=only_unrenderable,
                                     renderable_only=False)) == 1


async def test_a_disabled_template_is_never_retrieved(library, store):
    top = (await match_templates(store, "budget phone review", k=1))[0]
    async with library.sessions() as session:
        slug = (await session.get(Template, top.template_id)).slug
    await set_status(library, slug, TemplateStatus.DISABLED)
    try:
        matches = await match_templates(store, "budget phone review", k=20)
        assert top.template_id not in [m.template_id for m in matches]
    finally:
        await set_status(library, slug, TemplateStatus.ACTIVE)


async def test_retriever_documents_describe_designs_and_reveal_no_template(library, store):
    retriever = TemplateRetriever(store=store, k=20, renderable_only=False)
    docs = [d for text in QUERIES for d in await retriever.ainvoke(text)]
    async with library.sessions() as session:
        templates = (await session.scalars(select(Template))).all()
    secrets = {s for t in templates for s in (str(t.id), t.id.hex, t.slug, t.name, t.image_key)}
    assert len(docs) == 4 * len(templates)
    for doc in docs:
        assert doc.id is None
        readable = doc.page_content + repr(doc.metadata)
        assert not [s for s in secrets if s in readable]
        assert "thumbnail" in doc.page_content and doc.metadata["layout"]


async def test_retriever_applies_its_filters(store):
    retriever = TemplateRetriever(store=store, k=3, filters=IndexFilters(niches=["finance"]))
    docs = await retriever.ainvoke("a calm minimal money video")
    assert len(docs) == 3
    assert all("finance" in d.metadata["niches"] for d in docs)
    assert [d.metadata["similarity"] for d in docs] == sorted(
        (d.metadata["similarity"] for d in docs), reverse=True)



async def test_sync_callers_in_other_threads_get_the_same_documents(library):
    import asyncio

    store = await build_template_store(library.engine, library.embedder)
    retriever = TemplateRetriever(store=store, k=3)
    expected = await retriever.ainvoke("budget phone review")
    assert await asyncio.to_thread(retriever.invoke, "budget phone review") == expected
    with pytest.raises(RuntimeError, match="ainvoke"):
        retriever.invoke("budget phone review")  # on the store's own loop: a sentence
