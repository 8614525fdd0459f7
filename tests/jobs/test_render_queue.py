"""The render queue end to end: a real worker process, real Redis, real Postgres."""

import uuid

import pytest
from sqlalchemy import select

from jobs.events import replay
from jobs.generations import cancel_generation, job_id
from storage.models import Asset, Generation
from tests.jobs.jobkit import asset_count, balance, ledger_kinds, new_user, story, submit
from tests.support import start_worker, stop

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.fixture(scope="module")
def worker(fresh_services):
    proc = start_worker(fresh_services.settings.data_path, fresh_services.database_url,
                        fresh_services.redis_url)
    yield proc
    output = stop(proc)
    assert "Traceback" not in output, output


async def test_a_job_renders_four_compliant_images_and_captures_once(fresh_services, worker):
    user = await new_user(fresh_services, credits=10)
    gid = await submit(fresh_services, user, count=4)
    events = await story(fresh_services, gid)
    kinds = [e.kind for e in events]
    assert kinds[0] == "queued" and kinds[1] == "started" and kinds[-1] == "done"
    assert [e.position for e in events if e.kind == "image"] == [1, 2, 3, 4]
    assert [e.percent for e in events if e.kind == "image"] == [25, 50, 75, 100]
    async with fresh_services.sessions() as s:
        assets = (await s.scalars(select(Asset).where(Asset.generation_id == gid))).all()
    assert len(assets) == 4 and all(a.compliance["ok"] for a in assets)
    assert {(a.width, a.height) for a in assets} == {(1280, 720)}
    assert await ledger_kinds(fresh_services, gid) == ["reserve", "capture"]
    assert await balance(fresh_services, user) == 6


async def test_four_variations_are_four_different_images(fresh_services, worker):
    user = await new_user(fresh_services)
    gid = await submit(fresh_services, user, count=4)
    await story(fresh_services, gid)
    async with fresh_services.sessions() as s:
        keys = (await s.scalars(select(Asset.object_key).where(Asset.generation_id == gid))).all()
    assert len(set(keys)) == 4  # content-addressed keys: different bytes


async def test_a_duplicate_delivery_yields_one_result(fresh_services, worker):
    user = await new_user(fresh_services, credits=10)
    gid = await submit(fresh_services, user, count=2)
    await story(fresh_services, gid)
    queue = await fresh_services.queue()
    assert await queue.enqueue_job("render_generation", str(gid), _job_id=job_id(gid)) is None
    again = await queue.enqueue_job("render_generation", str(gid))  # a different job id
    assert await again.result(timeout=60) == "skipped: already finished"
    assert await asset_count(fresh_services, gid) == 2
    assert await ledger_kinds(fresh_services, gid) == ["reserve", "capture"]
    assert await balance(fresh_services, user) == 8


async def test_a_late_client_replays_the_whole_story(fresh_services, worker):
    user = await new_user(fresh_services)
    gid = await submit(fresh_services, user, count=1)
    live = await story(fresh_services, gid)
    late = await replay(await fresh_services.queue(), str(gid))
    assert [e.seq for e in late] == [e.seq for e in live] == list(range(1, len(live) + 1))


async def test_a_garbage_photo_fails_with_a_reason_and_refunds(fresh_services, worker):
    user = await new_user(fresh_services, credits=10)
    garbage = await fresh_services.objects.put(b"not an image at all", content_type="image/png",
                                               prefix="uploads")
    gid = await submit(fresh_services, user, count=2, subject_key=garbage)
    events = await story(fresh_services, gid)
    assert events[-1].kind == "failed" and "refunded" in events[-1].message
    assert await ledger_kinds(fresh_services, gid) == ["reserve", "refund"]
    assert await balance(fresh_services, user) == 10


async def test_cancel_refunds_and_the_worker_stops(fresh_services, worker):
    user = await new_user(fresh_services, credits=10)
    gid = await submit(fresh_services, user, count=8)
    assert await cancel_generation(fresh_services, user, gid) is True
    assert await cancel_generation(fresh_services, user, gid) is False
    events = await story(fresh_services, gid)
    assert events[-1].kind == "canceled"
    assert await ledger_kinds(fresh_services, gid) == ["reserve", "refund"]
    assert await balance(fresh_services, user) == 10
    async with fresh_services.sessions() as s:
        assert str((await s.get(Generation, gid)).status) == "canceled"


async def test_someone_else_cannot_cancel_my_job(fresh_services, worker):
    from kernel.errors import NotFound

    owner, other = await new_user(fresh_services), await new_user(fresh_services)
    gid = await submit(fresh_services, owner, count=1)
    with pytest.raises(NotFound):
        await cancel_generation(fresh_services, other, gid)
    assert (await story(fresh_services, gid))[-1].kind == "done"
    assert uuid.UUID(str(gid))
