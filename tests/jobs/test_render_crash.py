"""A worker SIGKILLed mid-render: the job is retried, one result, credits captured once."""

import signal

import pytest
from sqlalchemy import select

from jobs.events import follow
from storage.models import Asset, Generation
from tests.jobs.jobkit import balance, ledger_kinds, new_user, story, submit
from tests.support import start_worker, stop

pytestmark = pytest.mark.asyncio(loop_scope="module")
# A short job timeout makes arq give up on the dead worker's claim quickly (timeout + 15 s).
FAST_RETRY = {"ROUTIX_JOB_TIMEOUT": "4"}


async def test_sigkill_mid_render_is_retried_once_and_charged_once(fresh_services):
    settings = fresh_services.settings
    first = start_worker(settings.data_path, fresh_services.database_url,
                         fresh_services.redis_url, **FAST_RETRY)
    user = await new_user(fresh_services, credits=20)
    gid = await submit(fresh_services, user, count=8)
    queue = await fresh_services.queue()
    async for event in follow(queue, str(gid), timeout=60):
        if event.kind == "image":
            first.send_signal(signal.SIGKILL)
            break
    first.wait(10)
    second = start_worker(settings.data_path, fresh_services.database_url,
                          fresh_services.redis_url, **FAST_RETRY)
    try:
        events = await story(fresh_services, gid, timeout=90)
    finally:
        output = stop(second)
    assert events[-1].kind == "done", output
    async with fresh_services.sessions() as s:
        positions = (await s.scalars(select(Asset.position).where(Asset.generation_id == gid)
                                     .order_by(Asset.position))).all()
        generation = await s.get(Generation, gid)
    assert positions == list(range(1, 9))
    assert generation.attempts == 2
    assert await ledger_kinds(fresh_services, gid) == ["reserve", "capture"]
    assert await balance(fresh_services, user) == 12


async def test_a_job_that_outlives_its_timeout_is_refunded_with_a_reason(fresh_services):
    settings = fresh_services.settings
    worker = start_worker(settings.data_path, fresh_services.database_url,
                          fresh_services.redis_url, ROUTIX_JOB_TIMEOUT="0.3")
    try:
        user = await new_user(fresh_services, credits=20)
        gid = await submit(fresh_services, user, count=8)
        events = await story(fresh_services, gid, timeout=60)
    finally:
        stop(worker)
    assert events[-1].kind == "failed"
    assert "took too long" in events[-1].message and "refunded" in events[-1].message
    assert await ledger_kinds(fresh_services, gid) == ["reserve", "refund"]
    assert await balance(fresh_services, user) == 20
