"""The chat in a real browser (Debian's Chromium) against a real `routix up`.

Screenshots land in test-artifacts/ (git-ignored); look at them when a test changes.
"""

from __future__ import annotations

import io
import re
import time
import uuid

import pytest
from PIL import Image
from playwright.sync_api import expect

from tests.ui.conftest import Web, run_async, shot

pytestmark = pytest.mark.timeout(300)

FAKE_PHOTO = {"name": "photo.png", "mimeType": "image/png",
              "buffer": b"this is a shopping list, not a photo\n" * 20}


def png_bytes(colour: str = "#6b5dd3", size=(1280, 720)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return out.getvalue()


def attach(page, file: dict) -> None:
    """Attach a file through the paperclip input and wait until it has uploaded.

    Right after a page load the chat's socket session may not exist yet (the upload answers
    404 "Session not found"); a person is never that fast, so retry until a deadline.
    """
    deadline = time.monotonic() + 15
    while True:
        with page.expect_response(lambda r: "/project/file" in r.url
                                  and r.request.method == "POST") as uploaded:
            page.set_input_files("#upload-button-input", files=[file])
        if uploaded.value.ok:
            break
        assert uploaded.value.status == 404 and time.monotonic() < deadline, \
            uploaded.value.text()
        page.wait_for_timeout(200)
    expect(page.get_by_role("img", name=file["name"]).last).to_be_visible()


def send(page, text: str) -> None:
    page.fill("#chat-input", text)
    expect(page.locator("#chat-submit")).to_be_enabled()  # disabled while a file uploads
    page.click("#chat-submit")


def thread_id_of(page) -> str:
    page.wait_for_url(re.compile(r".*/thread/[0-9a-f-]{36}$"))
    return page.url.rsplit("/", 1)[-1]


def test_sign_in_shows_formats_starters_credits_and_nothing_leaves_the_machine(page_for,
                                                                               web: Web):
    page = page_for()
    started = time.perf_counter()
    page.goto(web.url + "/")
    page.wait_for_selector("#email")
    login_ms = (time.perf_counter() - started) * 1000
    shot(page, "01-login")
    page.fill("#email", web.alice.email)
    page.fill("#password", web.alice.password)
    page.keyboard.press("Enter")
    page.wait_for_selector("#chat-input")
    for starter in ("YouTube thumbnail for…", "Shorts cover…", "Use my photo…"):
        expect(page.get_by_text(starter, exact=True)).to_be_visible()
    expect(page.get_by_text("YouTube 16:9").first).to_be_visible()
    expect(page.locator("#routix-credits")).to_contain_text("40 credits")
    shot(page, "02-empty-chat-dark")
    assert page.requests.off_machine(web.url) == []
    assert login_ms < 10_000  # hung CDN stylesheets used to hold the form for 30 s


def test_light_mode_has_the_theme_too(page_for, web: Web):
    page = page_for(web.alice)
    page.evaluate("localStorage.setItem('vite-ui-theme', 'light')")
    page.reload()
    page.wait_for_selector("#chat-input")
    expect(page.get_by_text("Shorts cover…", exact=True)).to_be_visible()
    expect(page.locator("html")).not_to_have_class(re.compile(r"\bdark\b"))
    shot(page, "03-empty-chat-light")


def test_a_wrong_password_is_refused(page_for, web: Web):
    page = page_for()
    page.goto(web.url + "/")
    page.fill("#email", web.alice.email)
    page.fill("#password", "not-her-password")
    page.keyboard.press("Enter")
    expect(page.locator("#chat-input")).to_have_count(0, timeout=5_000)
    expect(page.locator("#email")).to_be_visible()


def test_a_non_image_upload_gets_a_sentence_not_a_stack_trace(page_for, web: Web):
    page = page_for(web.alice)
    attach(page, FAKE_PHOTO)
    send(page, "Thumbnail for my video 'Shopping on a budget'")
    error = page.get_by_text("I can't use “photo.png”")
    expect(error).to_be_visible()
    expect(error).to_contain_text("Please upload a JPEG, PNG or WebP")
    expect(page.get_by_text("Traceback")).to_have_count(0)
    shot(page, "04-bad-upload")


def test_an_overlong_message_is_refused_politely(page_for, web: Web):
    page = page_for(web.alice)
    send(page, "thumbnail " * 300)
    expect(page.get_by_text("please keep it under 2,000")).to_be_visible()


def _alice_asset_and_a_template(web: Web) -> tuple[str, str]:
    """Store one rendered asset for Alice and one template image; return both keys."""
    from services import Services
    from storage.models import Asset, Generation, Template

    async def main() -> tuple[str, str]:
        services = Services.open(web.settings, database_url=web.database_url, redis_url="")
        try:
            asset_key = await services.objects.put(png_bytes("#ff3366"), content_type="image/png",
                                                   prefix="renders")
            template_key = await services.objects.put(png_bytes("#33ff66"),
                                                      content_type="image/png",
                                                      prefix="templates")
            async with services.sessions.begin() as session:
                generation = Generation(user_id=web.alice.user_id, kind="generate", price=0)
                session.add(generation)
                await session.flush()
                session.add(Asset(generation_id=generation.id, user_id=web.alice.user_id,
                                  position=1, object_key=asset_key, content_type="image/png",
                                  width=1280, height=720, byte_size=1))
                session.add(Template(slug=f"t-{uuid.uuid4().hex[:8]}", name="secret",
                                     image_key=template_key, width=1280, height=720, phash=0))
            return asset_key, template_key
        finally:
            await services.close()

    return run_async(main)


def test_another_creator_cannot_open_a_thread_or_an_image_and_nobody_signed_out_can(
        page_for, web: Web):
    alice = page_for(web.alice)
    send(alice, "Thumbnail for my video 'Alice's secret garden tour'")
    expect(alice.get_by_text("Alice's secret garden tour").first).to_be_visible()
    thread = thread_id_of(alice)
    asset_key, template_key = _alice_asset_and_a_template(web)

    assert alice.request.get(f"{web.url}/files/{asset_key}").status == 200
    assert alice.request.get(f"{web.url}/files/{asset_key}").headers["content-type"] == \
        "image/png"
    assert alice.request.get(f"{web.url}/files/{template_key}").status == 404
    assert alice.request.get(f"{web.url}/files/renders/..%2F..%2Fetc/passwd").status == 404
    assert alice.request.get(f"{web.url}/project/thread/{thread}").status == 200

    bob = page_for(web.bob)
    assert bob.request.get(f"{web.url}/files/{asset_key}").status == 404
    assert bob.request.get(f"{web.url}/project/thread/{thread}").status == 401
    bob.goto(f"{web.url}/thread/{thread}")
    bob.wait_for_timeout(1500)  # give the page every chance to show what it must not
    expect(bob.get_by_text("secret garden")).to_have_count(0)
    shot(bob, "05-bob-on-alices-thread")

    stranger = page_for()
    assert stranger.request.get(f"{web.url}/files/{asset_key}").status == 401
    assert stranger.request.get(f"{web.url}/project/thread/{thread}").status == 401


# --- the whole loop, with the real agent and worker ------------------------------------------
def results_images(page):
    return page.locator("img[alt^='#']:not([alt^='feed'])")


def turns_finished(page, count: int) -> None:
    """Wait until `count` turns have ended (each ends with "Worked for … s.")."""
    expect(page.get_by_text(re.compile(r"^Worked for [\d.]+ s\.$"))).to_have_count(
        count, timeout=120_000)


def credits(page) -> int:
    badge = page.locator("#routix-credits")
    expect(badge).to_contain_text("credit")
    return int(badge.inner_text().split()[0])


def test_ask_watch_progress_get_four_vary_one_and_reopen_from_history(page_for, web: Web):
    page = page_for(web.alice)
    before = credits(page)
    send(page, "Thumbnail for my video '10 Python tricks', bold, my face on the right")
    expect(page.locator("[id^='step-']").first).to_be_visible(timeout=5_000)
    shot(page, "06-progress")
    expect(results_images(page)).to_have_count(4, timeout=120_000)
    turns_finished(page, 1)
    expect(page.get_by_text(re.compile(r"#1 (✓|⚠)"))).to_be_visible()
    expect(page.locator("#routix-credits")).to_contain_text(f"{before - 4} credits")
    page.locator("img[alt^='#4:']").scroll_into_view_if_needed()
    shot(page, "07-four-results")
    thread = thread_id_of(page)

    page.get_by_role("button", name="Feed preview").first.click()
    previews = page.locator("img[alt^='feed preview #']")
    expect(previews).to_have_count(4, timeout=30_000)
    previews.first.scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    shot(page, "08-feed-preview")

    page.get_by_role("button", name=re.compile(r"^Vary")).first.click()
    page.get_by_role("button", name="#2", exact=True).click()
    expect(page.get_by_text("Vary #2").first).to_be_visible()
    expect(results_images(page)).to_have_count(8, timeout=120_000)
    turns_finished(page, 2)
    page.locator("img[alt^='#4:']").last.scroll_into_view_if_needed()
    shot(page, "09-after-vary")

    page.get_by_role("button", name=re.compile(r"^Refine")).last.click()
    page.get_by_role("button", name="#1", exact=True).click()
    expect(page.get_by_text("What should change on #1?")).to_be_visible()
    send(page, "yellow text")
    turns_finished(page, 3)
    expect(results_images(page)).not_to_have_count(8)
    refined = results_images(page).count()

    page.get_by_role("button", name="Download").last.click()
    download = page.locator("a[href*='?download=1']").first
    expect(download).to_be_visible()
    original = page.request.get(web.url + download.get_attribute("href"))
    assert original.status == 200
    assert original.headers["content-disposition"].startswith("attachment;")
    assert Image.open(io.BytesIO(original.body())).size[0] >= 1280

    page.goto(web.url + "/")
    page.wait_for_selector("#chat-input")
    page.locator(f"a[href$='/thread/{thread}']").first.click()
    expect(results_images(page)).to_have_count(refined, timeout=30_000)
    shot(page, "10-reopened-from-history")
    # the reopened thread continues where it was, buttons included
    page.get_by_role("button", name=re.compile(r"^Upscale")).last.click()
    if refined - 8 > 1:  # the latest grid has several images: say which one
        page.get_by_role("button", name="#1", exact=True).click()
    expect(results_images(page)).not_to_have_count(refined, timeout=120_000)
    shot(page, "11-continued-after-reopen")
    assert page.requests.off_machine(web.url) == []


def test_out_of_credits_is_a_sentence_with_a_buy_link(page_for, web: Web):
    page = page_for(web.bob)
    expect(page.locator("#routix-credits")).to_contain_text("Buy credits")
    send(page, "Thumbnail for my video 'Bob builds a shed', bold")
    refusal = page.get_by_text(re.compile(r"needs \d+ credits and your balance is 0"))
    expect(refusal).to_be_visible(timeout=60_000)
    link = page.get_by_role("link", name="Buy credits", exact=True)
    expect(link).to_have_attribute("href", "/credits/buy")
    expect(results_images(page)).to_have_count(0)
    shot(page, "11-out-of-credits")
    buy = page.request.get(f"{web.url}/credits/buy")
    assert buy.status == 200 and "Buy credits" in buy.text()


def test_a_photo_and_the_shorts_format_reach_the_agent(page_for, web: Web):
    page = page_for(web.alice)
    page.get_by_text("YouTube 16:9").first.click()
    page.get_by_text("Shorts 9:16").last.click()
    expect(page.get_by_text("Shorts and Reels covers")).to_be_visible()
    face = io.BytesIO()
    Image.new("RGB", (600, 800), "#d9a07a").save(face, format="JPEG")
    attach(page, {"name": "me.jpg", "mimeType": "image/jpeg", "buffer": face.getvalue()})
    send(page, "Use my photo for a cover for 'My 5am morning routine', calm colours")
    expect(results_images(page)).to_have_count(4, timeout=120_000)
    expect(page.get_by_text("I can't use")).to_have_count(0)
    expect(page.get_by_text(re.compile(r"#1 .*1080×1920"))).to_be_visible()
    page.locator("img[alt^='#4:']").scroll_into_view_if_needed()
    shot(page, "12-shorts-with-photo")


def test_the_demo_creator_printed_by_routix_up_can_sign_in(page_for, web: Web):
    log = (web.data_dir / "up.log").read_text()
    found = re.search(r"sign in as (\S+) with password (\S+)", log.replace("\n", " "))
    assert found, log
    from tests.ui.conftest import Account

    page = page_for(Account(found.group(1), found.group(2), uuid.uuid4()))
    expect(page.locator("#routix-credits")).to_contain_text("40 credits")


def test_a_low_balance_asks_first_and_a_quick_reply_answers(page_for, web: Web):
    from tests.ui.conftest import _make_account

    carol = run_async(lambda: _make_account(web.settings, web.database_url,
                                            "carol@example.com", "carol-password", 5))
    page = page_for(carol)
    send(page, "Thumbnail for my video 'Carol cooks pasta', warm colours")
    yes = page.get_by_role("button", name="Yes", exact=True)
    expect(yes).to_be_visible(timeout=60_000)
    shot(page, "13-confirm-spend")
    yes.click()
    expect(results_images(page)).to_have_count(4, timeout=120_000)
    expect(page.locator("#routix-credits")).to_contain_text("1 credit")
