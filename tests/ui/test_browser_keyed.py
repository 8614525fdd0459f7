"""The chat with a keyed model brain (a loopback OpenAI server) in a real browser: every button of
a result goes straight into the graph — the model server records no request for any of them —
and "how many credits do I have?" is answered from the credit tool."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import expect

from tests.agent.loopback import openai_path, serve
from tests.support import wait_until
from tests.ui import model_fake
from tests.ui.conftest import Web, ledger_balance, pages, run_async, running_up, shot
from tests.ui.test_browser import results_images, send, turns_finished

pytestmark = pytest.mark.timeout(420)


@pytest.fixture(scope="module")
def model_server():
    for server in serve("openai", openai_path):
        server.script = [model_fake.reply]
        yield server


@pytest.fixture(scope="module")
def keyed_web(tmp_path_factory: pytest.TempPathFactory, model_server) -> Iterator[Web]:
    """`routix up` with an OpenAI key: the brain is the loopback model, analysis stays local."""
    env = {"OPENAI_API_KEY": "sk-loopback", "OPENAI_BASE_URL": model_server.url + "/v1",
           "ROUTIX_EMBEDDER": "local", "ROUTIX_ANALYZER": "local"}
    with running_up(tmp_path_factory.mktemp("keyed-web"), env) as running:
        wait_until(lambda: run_async(lambda: _templates(running)) >= 20, timeout=240)
        yield running


async def _templates(web: Web) -> int:
    from sqlalchemy import func, select

    from services import Services
    from storage.models import Template

    services = Services.open(web.settings, database_url=web.database_url, redis_url="")
    try:
        async with services.sessions() as session:
            return await session.scalar(select(func.count()).select_from(Template)) or 0
    finally:
        await services.close()


@pytest.fixture
def keyed_page(browser, keyed_web: Web):
    yield from pages(browser, keyed_web)


def test_no_button_reaches_the_model_and_credits_come_from_the_tool(keyed_page, keyed_web,
                                                                    model_server):
    page = keyed_page(keyed_web.alice)
    send(page, "Thumbnail for my video '10 Python tricks', bold")
    expect(results_images(page)).to_have_count(4, timeout=120_000)
    turns_finished(page, 1)
    assert "understand" in model_fake.kinds(model_server.bodies())
    seen = len(model_server.requests)

    def no_new_request(what: str) -> None:
        assert len(model_server.requests) == seen, \
            f"{what} reached the model: {model_fake.kinds(model_server.bodies()[seen:])}"

    page.get_by_role("button", name="Feed preview").first.click()
    expect(page.locator("img[alt^='feed preview #']")).to_have_count(4, timeout=30_000)
    no_new_request("Feed preview")

    page.get_by_role("button", name=re.compile(r"^Vary")).first.click()
    page.get_by_role("button", name="#2", exact=True).click()
    expect(results_images(page)).to_have_count(8, timeout=120_000)
    turns_finished(page, 2)
    no_new_request("Vary")

    page.get_by_role("button", name=re.compile(r"^Upscale")).last.click()
    page.get_by_role("button", name="#1", exact=True).click()
    expect(results_images(page)).to_have_count(9, timeout=120_000)
    turns_finished(page, 3)
    no_new_request("Upscale")

    page.get_by_role("button", name=re.compile(r"^Other sizes")).last.click()
    expect(results_images(page)).to_have_count(11, timeout=120_000)
    turns_finished(page, 4)
    no_new_request("Other sizes")

    page.get_by_role("button", name="Download").last.click()
    expect(page.locator("a[href*='?download=1']").first).to_be_visible()
    no_new_request("Download")

    page.get_by_role("button", name=re.compile(r"^Refine")).last.click()
    page.get_by_role("button", name="#1", exact=True).click()
    expect(page.get_by_text("What should change on #1?")).to_be_visible()
    no_new_request("Refine (the button)")
    send(page, "yellow text")
    turns_finished(page, 5)
    # The creator's own words are free text: read once by the model, nothing else asked.
    assert model_fake.kinds(model_server.bodies()[seen:]) == ["understand"]
    shot(page, "20-keyed-every-button")

    balance = ledger_balance(keyed_web, keyed_web.alice.user_id)
    expect(page.locator("#routix-credits")).to_contain_text(f"{balance} credits")
    send(page, "how many credits do I have?")
    answer = page.get_by_text(f"{balance} (from the tool)")
    expect(answer).to_be_visible(timeout=60_000)
    asked = model_server.bodies()[seen + 1:]
    assert model_fake.kinds(asked)[0] == "understand" and "answer" in model_fake.kinds(asked)
    told = [m["content"] for body in asked for m in body["messages"] if m["role"] == "tool"]
    assert str(balance) in told
    shot(page, "21-keyed-credits-from-the-tool")
