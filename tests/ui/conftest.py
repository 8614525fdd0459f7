"""A real `routix up` on a free port in a temp data dir, two creators, and Debian's Chromium.

The browser is the system package (`apt-get install chromium`), never a downloaded one, and it
is told not to phone home; tests assert that no request leaves loopback.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from kernel.settings import Settings
from routix.infrastructure import Infrastructure
from tests.support import free_port, serving, stop_up, wait_until

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
PHONE = (390, 844)  # an iPhone 12–15's viewport in CSS pixels
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]


@dataclass(frozen=True)
class Account:
    email: str
    password: str
    user_id: uuid.UUID


@dataclass(frozen=True)
class Web:
    url: str
    data_dir: Path
    database_url: str
    settings: Settings
    alice: Account
    bob: Account


def run_async(make_coroutine):
    """Run a coroutine to completion on a thread of its own (the test thread may have a loop)."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(make_coroutine())).result()


async def _make_account(settings: Settings, database_url: str, email: str, password: str,
                        credits: int) -> Account:
    from admin.users import create_user
    from services import Services
    from storage.ledger import grant

    services = Services.open(settings, database_url=database_url, redis_url="")
    try:
        async with services.sessions.begin() as session:
            user = await create_user(session, email, password)
            if credits:
                await grant(session, user.id, credits, note="test")
            return Account(email, password, user.id)
    finally:
        await services.close()


def ledger_balance(web: Web, user_id: uuid.UUID) -> int:
    """The balance in the ledger now (the badge polls, so it may be a moment behind)."""
    from services import Services
    from storage import ledger

    async def read() -> int:
        services = Services.open(web.settings, database_url=web.database_url, redis_url="")
        try:
            async with services.sessions() as session:
                return await ledger.balance(session, user_id)
        finally:
            await services.close()

    return run_async(read)


@contextmanager
def running_up(data_dir: Path, extra_env: dict[str, str] | None = None) -> Iterator[Web]:
    """`routix up` as a creator would run it (plus `extra_env`), and two accounts."""
    port = free_port()
    env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/root"),
           "ROUTIX_DATA_DIR": str(data_dir), "ROUTIX_PORT": str(port), **(extra_env or {})}
    log = (data_dir / "up.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "routix", "up"], env=env, cwd=ROOT,
                            stdout=log, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: serving(url) or proc.poll() is not None, timeout=120)
        assert proc.poll() is None, (data_dir / "up.log").read_text()
        settings = Settings(_env_file=None, data_dir=data_dir)
        database_url = Infrastructure.from_settings(settings).database_url
        alice = run_async(lambda: _make_account(settings, database_url, "alice@example.com",
                                                "alice-password", 40))
        bob = run_async(lambda: _make_account(settings, database_url, "bob@example.com",
                                              "bob-password", 0))
        yield Web(url, data_dir, database_url, settings, alice, bob)
    finally:
        stop_up(proc, data_dir)
        log.close()


@pytest.fixture(scope="session")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Web]:
    """The app with its local defaults (no keys)."""
    with running_up(tmp_path_factory.mktemp("web")) as running:
        yield running


@pytest.fixture(scope="module")
def browser():
    """Chromium for one test module: Playwright's sync API keeps an event loop running in
    this thread while it is open, which asyncio tests of later modules must not meet."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing: apt-get install chromium (make system-deps)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Requests:
    """Every URL a page asked for."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def off_machine(self, base: str) -> list[str]:
        return [u for u in self.urls
                if not (u.startswith(base) or u.startswith(("data:", "blob:", "about:")))]


@pytest.fixture
def page_for(browser, web: Web):
    """`page_for(account)`: a fresh browser context signed in as that account."""
    yield from pages(browser, web)


def pages(browser, web: Web):
    """The body of `page_for`, for modules that run their own `routix up`."""
    contexts = []

    def open_page(account: Account | None = None, *, viewport=(1280, 860), phone=False):
        """`phone=True`: a 390×844 touch screen that reports itself as mobile."""
        if phone:
            viewport = PHONE
        context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]},
                                      is_mobile=phone, has_touch=phone)
        contexts.append(context)
        page = context.new_page()
        page.requests = Requests()
        page.on("request", lambda r: page.requests.urls.append(r.url))
        page.set_default_timeout(30_000)
        if account is not None:
            sign_in(page, web.url, account)
        return page

    yield open_page
    for context in contexts:
        context.close()


def sign_in(page, base: str, account: Account) -> None:
    page.goto(base + "/")
    page.fill("#email", account.email)
    page.fill("#password", account.password)
    page.keyboard.press("Enter")
    page.wait_for_selector("#chat-input")


def shot(page, name: str) -> Path:
    """Screenshot once the page's fade-ins have finished (else light mode looks empty)."""
    page.wait_for_function(
        "document.getAnimations().every(a => a.playState !== 'running' || "
        "a.effect?.getComputedTiming().iterations === Infinity)")
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    return path


def copy_log(web: Web) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copy(web.data_dir / "up.log", ARTIFACTS / "routix-up.log")
