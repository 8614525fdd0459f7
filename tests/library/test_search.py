"""Search over a real library: vector k-NN in pgvector, filters, DNA re-rank, reasons."""

import json

import pytest
from typer.testing import CliRunner

from admin.templates import set_status
from library.rerank import DesignWants
from library.search import TemplateQuery, search_templates
from routix.cli import app
from storage.models import TemplateStatus
from tests.support import ingest_starters

pytestmark = pytest.mark.asyncio(loop_scope="module")
NICHES = ("finance", "tech", "cooking")


@pytest.fixture(scope="module")
async def library(fresh_services):
    await ingest_starters(fresh_services, NICHES)
    return fresh_services


async def find(services, text: str, **kwargs):
    return await search_templates(services.sessions, services.embedder,
                                  TemplateQuery(text=text, **kwargs))


async def test_meaning_finds_the_right_niche(library):
    hits = await find(library, "easy pasta recipe for dinner", k=3)
    assert [h.niches[0] for h in hits] == ["cooking"] * 3
    assert all(h.why for h in hits)


async def test_niche_filter_keeps_only_that_niche(library):
    hits = await find(library, "thumbnail", k=10, niches=["tech"])
    assert hits and all("tech" in h.niches for h in hits)


async def test_layout_wish_moves_matching_layouts_up(library):
    hits = await find(library, "a video about my week", k=3,
                      wants=DesignWants(layout="face_right"))
    assert hits[0].layout == "face_right"
    assert "face on the right" in hits[0].why


async def test_a_disabled_template_is_never_returned(library):
    top = (await find(library, "budget phone review", k=1))[0]
    await set_status(library, top.slug, TemplateStatus.DISABLED)
    try:
        hits = await find(library, "budget phone review", k=10)
        assert top.slug not in [h.slug for h in hits]
    finally:
        await set_status(library, top.slug, TemplateStatus.ACTIVE)


@pytest.mark.filterwarnings("ignore:The test <Function")
def test_cli_search_json_returns_finance_templates_with_reasons(library, monkeypatch):
    settings = library.settings
    monkeypatch.setenv("ROUTIX_DATA_DIR", str(settings.data_path))
    monkeypatch.setenv("DATABASE_URL", library.database_url)
    monkeypatch.setenv("REDIS_URL", library.redis_url)
    result = CliRunner().invoke(app, ["search", "finance video, shocked face, big red arrow",
                                      "--json", "-k", "3"])
    assert result.exit_code == 0, result.output
    hits = json.loads(result.output)
    # "shocked face" keeps only templates with a face slot: two of the finance ones have one.
    assert [h["niches"][0] for h in hits[:2]] == ["finance"] * 2
    assert all("finance niche" in h["why"] for h in hits[:2])
    assert all(h["why"] and h["score"] > 0 for h in hits)
