"""Nobody waits on nothing: with no render worker alive, a paid request is refused at once,
in the creator's language, before any credit moves or any job row exists."""

import asyncio
import time

import pytest
import pytest_asyncio
from sqlalchemy import select

from agent.local.phrases import PHRASES
from agent.local_brain import LocalBrain
from graph.creator import open_creator_agent
from graph.turn import run_turn
from services import Services
from storage.models import Generation
from tests.jobs.jobkit import balance, new_user
from tests.support import ingest_starters, start_worker, stop

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def idle(fresh_services):
    """A library and no worker; a short grace for a starting worker."""
    await ingest_starters(fresh_services, ("tech",))
    settings = fresh_services.settings.model_copy(update={"worker_wait_seconds": 0.5})
    services = Services.open(settings, database_url=fresh_services.database_url,
                             redis_url=fresh_services.redis_url)
    yield services
    await services.close()


async def turn(services, user, message):
    agent = await open_creator_agent(services, LocalBrain())
    try:
        return [e async for e in run_turn(agent, user, None, message)]
    finally:
        await agent.aclose()


@pytest.mark.parametrize("message,language", [
    ("thumbnail for my video 'Rust in 100 seconds'", "en"),
    ("Thumbnail für mein Video „Rust in 100 Sekunden“", "de"),
])
async def test_no_worker_is_a_sentence_and_no_credit_moves(idle, message, language):
    user = await new_user(idle, credits=20)
    started = time.monotonic()
    events = await turn(idle, user, message)
    [error] = [e for e in events if e.type == "error"]
    assert error.code == "unavailable" and error.message == PHRASES["no_worker"][language]
    assert time.monotonic() - started < 15 and events[-1].type == "done"
    assert not [e for e in events if e.type in ("image", "progress")]
    assert await balance(idle, user) == 20
    async with idle.sessions() as s:
        assert (await s.scalars(select(Generation).where(Generation.user_id == user))).all() == []


async def test_a_worker_that_starts_is_waited_for(idle):
    from jobs.generations import worker_alive

    assert not await worker_alive(idle)
    worker = start_worker(idle.settings.data_path, idle.database_url, idle.redis_url)
    try:
        assert await worker_alive(idle, wait=30)
        user = await new_user(idle, credits=20)
        events = await turn(idle, user, "thumbnail for my video 'Rust in 100 seconds'")
        assert len([e for e in events if e.type == "image"]) == 4
    finally:
        output = stop(worker)
    assert "Traceback" not in output


async def test_a_job_no_worker_takes_is_refunded_at_its_deadline_and_never_rendered(idle):
    """A heartbeat but no worker taking jobs (one stuck, or gone after its last beat)."""
    from arq.constants import health_check_key_suffix

    from jobs.generations import QUEUE_NAME
    from storage.models import Asset

    hurried = idle.settings.model_copy(update={"job_timeout_seconds": 1,
                                               "job_pickup_grace_seconds": 1})
    services = Services.open(hurried, database_url=idle.database_url, redis_url=idle.redis_url)
    queue = await services.queue()
    await queue.set(QUEUE_NAME + health_check_key_suffix, "a worker that never takes jobs", ex=60)
    try:
        user = await new_user(services, credits=20)
        events = await turn(services, user, "thumbnail for my video 'Rust in 100 seconds'")
    finally:
        await queue.delete(QUEUE_NAME + health_check_key_suffix)
    [error] = [e for e in events if e.type == "error"]
    assert error.message == PHRASES["render_unpicked"]["en"]
    assert [e.balance for e in events if e.type == "credits"][-1] == 20
    assert await balance(services, user) == 20
    async with services.sessions() as s:
        [generation] = (await s.scalars(select(Generation).where(Generation.user_id == user))).all()
    assert generation.status == "failed" and "refunded" in generation.error

    worker = start_worker(idle.settings.data_path, idle.database_url, idle.redis_url)
    try:  # a worker that starts later skips it: nobody gets a render they stopped waiting for
        from jobs.generations import worker_alive

        assert await worker_alive(idle, wait=30)
        for _ in range(50):
            if not await queue.exists(f"arq:job:generation:{generation.id}"):
                break
            await asyncio.sleep(0.2)
        async with services.sessions() as s:
            assert (await s.scalars(select(Asset).where(Asset.generation_id == generation.id))
                    ).all() == []
            assert (await s.get(Generation, generation.id)).status == "failed"
    finally:
        output = stop(worker)
        await services.close()
    assert "Traceback" not in output
    assert await balance(idle, user) == 20
