"""No critical or serious axe-core violation on any page we serve, at desktop and phone size.

axe-core is the npm package pinned in tests/ui/axe/ (installed by `make test`), injected into
Debian's Chromium. Chainlit's own markup is fixed by public/routix.js where it is the source.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.ui.accessibility import AXE_JS, axe_violations, blocking
from tests.ui.conftest import Web, _make_account, run_async, sign_in
from tests.ui.test_browser import results_images, send, turns_finished

pytestmark = pytest.mark.timeout(300)
SIZES = {"desktop": {}, "phone": {"phone": True}}


@pytest.fixture(scope="module", autouse=True)
def _axe_is_installed():
    if not AXE_JS.exists():
        pytest.fail(f"{AXE_JS} is missing: `make test` installs it (npm ci --prefix tests/ui/axe)")


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("theme", ["dark", "light"])
def test_the_sign_in_page(page_for, web: Web, size: str, theme: str):
    page = page_for(**SIZES[size])
    page.context.add_init_script(f"localStorage.setItem('vite-ui-theme', '{theme}')")
    page.goto(web.url + "/")
    page.wait_for_selector("#email")
    expect(page.locator("html")).to_have_class(re.compile(rf"\b{theme}\b"))
    assert blocking(axe_violations(page)) == ""


@pytest.mark.parametrize("size", SIZES)
def test_an_empty_chat_in_light_mode(page_for, web: Web, size: str):
    page = page_for(**SIZES[size])
    page.context.add_init_script("localStorage.setItem('vite-ui-theme', 'light')")
    sign_in(page, web.url, web.alice)
    expect(page.locator("#message-composer #routix-credits")).to_be_visible()
    assert blocking(axe_violations(page)) == ""


def test_the_buy_page(page_for, web: Web):
    page = page_for(web.alice)
    page.goto(web.url + "/credits/buy")
    expect(page.get_by_role("heading", name="Buy credits")).to_be_visible()
    assert blocking(axe_violations(page)) == ""


@pytest.mark.parametrize("size", SIZES)
def test_a_chat_with_results_and_its_feed_preview(page_for, web: Web, size: str):
    erin = run_async(lambda: _make_account(web.settings, web.database_url,
                                           f"erin-{size}@example.com", "erin-password", 40))
    page = page_for(erin, **SIZES[size])
    expect(page.locator("#routix-credits")).to_contain_text("40 credits")
    assert blocking(axe_violations(page)) == "", "empty chat"

    send(page, "Thumbnail for my video 'Budget travel in Japan', bold")
    expect(results_images(page)).to_have_count(4, timeout=120_000)
    turns_finished(page, 1)
    assert blocking(axe_violations(page)) == "", "chat with results"

    page.get_by_role("button", name="Feed preview").first.click()
    expect(page.locator("img[alt^='feed preview #']")).to_have_count(4, timeout=30_000)
    assert blocking(axe_violations(page)) == "", "feed preview"


def test_results_say_what_they_show_and_icon_buttons_have_names(page_for, web: Web):
    frank = run_async(lambda: _make_account(web.settings, web.database_url,
                                            "frank@example.com", "frank-password", 40))
    page = page_for(frank)
    send(page, "Thumbnail for my video 'Fixing a bike in 5 minutes'")
    expect(results_images(page)).to_have_count(4, timeout=120_000)
    first = page.locator("img[alt^='#1:']")
    alt = first.get_attribute("alt")
    assert re.fullmatch(r"#1: thumbnail “.+”, YouTube 16:9, 1280×720", alt), alt
    for name in ("New chat", "Show or hide your chats", "Attach a photo", "Copy",
                 "Helpful", "Not helpful"):
        expect(page.get_by_role("button", name=name, exact=True).first).to_be_attached()
    expect(page.get_by_role("combobox", name="Format: YouTube 16:9")).to_be_visible()


def test_the_page_speaks_the_browsers_language(browser, web: Web):
    context = browser.new_context(locale="de-DE")
    try:
        page = context.new_page()
        sign_in(page, web.url, web.alice)
        expect(page.get_by_role("button", name="Neuer Chat", exact=True)).to_be_attached()
        expect(page.locator("#routix-credits")).to_contain_text("Credits")
    finally:
        context.close()
