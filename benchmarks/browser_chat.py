"""The chat from a browser's point of view (Debian's Chromium, headless) on a local `routix up`.

Prints p50/p95 of:
- page load → usable chat (signed in; the input box enabled and the starters shown),
- message sent → first progress step shown,
- message sent → all four thumbnails shown (decoded images in the page).
Times are taken inside the page (performance.now, a MutationObserver and image load events),
so Playwright's own round trips are not counted. Waits for the starter library to finish
seeding first, so the figures are a steady state, not a first boot.
"""

from __future__ import annotations

import asyncio
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.support import free_port  # noqa: E402

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
LOADS, MESSAGES = 10, 10
WATCH = """() => {
  window.__t = {};
  const seen = () => {
    const now = performance.now();
    if (!window.__t.step && document.querySelector("[id^='step-']")) window.__t.step = now;
    const imgs = [...document.querySelectorAll("img[alt^='#']")];
    if (!window.__t.four && imgs.length >= 4 && imgs.every(i => i.complete && i.naturalWidth))
      window.__t.four = now;
  };
  document.addEventListener("click", e => {
    if (!window.__t.sent && e.target.closest("#chat-submit")) window.__t.sent = performance.now();
  }, true);
  new MutationObserver(seen).observe(document.body, {childList: true, subtree: true});
  document.addEventListener("load", seen, true);
}"""


def start_routix(data_dir: Path) -> tuple[subprocess.Popen, str, Path]:
    port = free_port()
    env = {**os.environ, "ROUTIX_DATA_DIR": str(data_dir), "ROUTIX_PORT": str(port)}
    log = data_dir.parent / "up.log"
    proc = subprocess.Popen([sys.executable, "-m", "routix", "up"], env=env, cwd=ROOT,
                            stdout=log.open("w"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 300
    while "Starter library ready" not in log.read_text():
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"routix up did not get ready:\n{log.read_text()}")
        time.sleep(0.2)
    httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=5).raise_for_status()
    return proc, f"http://127.0.0.1:{port}", log


async def make_account(data_dir: Path) -> tuple[str, str]:
    from admin.users import create_user
    from kernel.settings import Settings
    from routix.infrastructure import Infrastructure
    from services import Services
    from storage.ledger import grant

    settings = Settings(_env_file=None, data_dir=data_dir)
    url = Infrastructure.from_settings(settings).database_url
    services = Services.open(settings, database_url=url, redis_url="")
    try:
        async with services.sessions.begin() as session:
            user = await create_user(session, "bench@example.com", "bench-password")
            await grant(session, user.id, 1000, note="benchmark")
    finally:
        await services.close()
    return "bench@example.com", "bench-password"


def percentiles(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"p50 {statistics.median(ordered):.0f} ms, p95 {p95:.0f} ms (n={len(ordered)})"


def measure(base: str, email: str, password: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                    args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.goto(base + "/")
        page.fill("#email", email)
        page.fill("#password", password)
        page.keyboard.press("Enter")
        page.wait_for_selector("#chat-input")

        loads = []
        for _ in range(LOADS):
            page.goto(base + "/")
            page.wait_for_function(
                "() => { const i = document.querySelector('#chat-input');"
                " return i && !i.disabled && document.body.innerText.includes('Shorts cover'); }")
            loads.append(page.evaluate("performance.now()"))

        first_step, four = [], []
        for n in range(MESSAGES):
            page.goto(base + "/")
            page.wait_for_selector("#chat-input")
            page.fill("#chat-input", f"Thumbnail for my video 'Benchmark run {n}', bold")
            page.evaluate(WATCH)
            page.click("#chat-submit")  # waits until the button is enabled
            try:
                page.wait_for_function("() => window.__t.four", timeout=120_000)
            except Exception:
                page.screenshot(path=str(ROOT / "test-artifacts" / "bench-timeout.png"))
                raise
            marks = page.evaluate("window.__t")
            first_step.append(marks["step"] - marks["sent"])
            four.append(marks["four"] - marks["sent"])
        browser.close()

    print(f"page load → usable chat (signed in):  {percentiles(loads)}")
    print(f"message → first progress step shown:   {percentiles(first_step)}")
    print(f"message → four thumbnails shown:       {percentiles(four)}")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="routix-browser-bench-") as tmp:
        data_dir = Path(tmp) / "var"
        proc, base, _log = start_routix(data_dir)
        try:
            email, password = asyncio.run(make_account(data_dir))
            measure(base, email, password)
        finally:
            proc.send_signal(signal.SIGINT)
            proc.wait(60)


if __name__ == "__main__":
    main()
