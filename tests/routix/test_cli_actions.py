"""The chat's buttons as CLI flags: `routix generate --headline`, `routix chat --vary/--upscale/
--resize`, run as a person would (real processes, real servers, a real worker)."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys

import pytest

from services import Services
from tests.jobs.jobkit import balance
from tests.support import ROOT, ingest_starters, start_worker, stop

EMAIL = "cli-creator@example.com"


async def _prepare(services: Services) -> None:
    from admin.users import create_user
    from storage.ledger import grant

    own = Services.open(services.settings, database_url=services.database_url,
                        redis_url=services.redis_url)
    try:
        await ingest_starters(own, ("tech",))
        async with own.sessions.begin() as session:
            user = await create_user(session, EMAIL, "a-long-password")
            await grant(session, user.id, 30, note="test")
    finally:
        await own.close()


@pytest.fixture(scope="module")
def cli(fresh_services):
    asyncio.run(_prepare(fresh_services))
    worker = start_worker(fresh_services.settings.data_path, fresh_services.database_url,
                          fresh_services.redis_url)
    env = {"PATH": os.environ["PATH"], "ROUTIX_DATA_DIR": str(fresh_services.settings.data_path),
           "DATABASE_URL": fresh_services.database_url, "REDIS_URL": fresh_services.redis_url}

    def run(*args: str) -> tuple[int, list[dict]]:
        done = subprocess.run([sys.executable, "-m", "routix", *args, "--user", EMAIL],
                              env=env, cwd=ROOT, capture_output=True, text=True, timeout=180)
        assert "Traceback" not in done.stderr, done.stderr
        lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
        return done.returncode, lines

    yield run
    assert "Traceback" not in stop(worker)


def kinds(events: list[dict], kind: str) -> list[dict]:
    return [e for e in events if e["type"] == kind]


def test_flags_are_the_buttons(cli, fresh_services):
    code, first = cli("chat", "thumbnail for my video 'Rust in 100 seconds'", "--json")
    assert code == 0 and len(kinds(first, "image")) == 4
    thread = first[0]["thread_id"]
    code, varied = cli("chat", "--thread", thread, "--vary", "2", "--json")
    assert code == 0 and len(kinds(varied, "image")) == 4
    code, resized = cli("chat", "--thread", thread, "--resize", "1", "--size", "1:1", "--json")
    [square] = kinds(resized, "image")
    assert code == 0 and (square["width"], square["height"]) == (1080, 1080)
    code, wrong = cli("chat", "--thread", thread, "--upscale", "9", "--json")
    assert code != 0 and not wrong  # a sentence from the CLI, before any turn


def test_generate_with_an_exact_headline_needs_no_brain(cli, fresh_services):
    code, events = cli("chat", "--json", "--vary", "1")  # no thread: nothing to vary
    assert code == 0 and kinds(events, "message") and not kinds(events, "image")
    done = subprocess.run([sys.executable, "-m", "routix", "generate", "--headline",
                           "RUST IN 100 SECONDS", "--size", "9:16", "--wait", "--user", EMAIL],
                          env={"PATH": os.environ["PATH"],
                               "ROUTIX_DATA_DIR": str(fresh_services.settings.data_path),
                               "DATABASE_URL": fresh_services.database_url,
                               "REDIS_URL": fresh_services.redis_url},
                          cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("1080×1920") == 4


def test_the_flags_spent_what_the_buttons_cost(cli, fresh_services):
    async def left() -> int:
        from admin.users import find_user

        own = Services.open(fresh_services.settings, database_url=fresh_services.database_url,
                            redis_url=fresh_services.redis_url)
        try:
            async with own.sessions() as session:
                user = await find_user(session, EMAIL)
            return await balance(own, user.id)
        finally:
            await own.close()

    assert asyncio.run(left()) == 30 - 4 - 4 - 1 - 4  # generate, vary, one size, generate
