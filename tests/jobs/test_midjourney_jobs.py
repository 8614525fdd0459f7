"""Jobs with Midjourney keyed: art from a loopback proxy speaking its protocol, text by us."""

import pytest
from sqlalchemy import select

from storage.models import Asset, Generation
from tests.jobs.jobkit import balance, ledger_kinds, new_user, story, submit
from tests.render.mj_proxy import FakeMidjourneyProxy
from tests.support import start_worker, stop

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.fixture(scope="module")
def proxy():
    with FakeMidjourneyProxy(secret="mj-test-secret") as server:
        yield server


@pytest.fixture(scope="module")
def worker(fresh_services, proxy):
    proc = start_worker(fresh_services.settings.data_path, fresh_services.database_url,
                        fresh_services.redis_url, MIDJOURNEY_URL=proxy.url,
                        MIDJOURNEY_SECRET="mj-test-secret", MIDJOURNEY_TIMEOUT="30",
                        ROUTIX_JOB_TIMEOUT="30")
    yield proc
    stop(proc)


@pytest.fixture(autouse=True)
def healthy(proxy):
    proxy.reset()
    yield


async def test_midjourney_paints_the_art_and_we_lay_the_headline(fresh_services, worker, proxy):
    user = await new_user(fresh_services, credits=10)
    gid = await submit(fresh_services, user, count=4)
    events = await story(fresh_services, gid)
    assert events[-1].kind == "done", events[-1]
    assert len(proxy.requests_to("/mj/submit/imagine")) == 1  # one grid, four backgrounds
    prompt = proxy.requests_to("/mj/submit/imagine")[0].body["prompt"]
    assert "--no text" in prompt and "--ar 16:9" in prompt
    assert all(s.headers.get("mj-api-secret") == "mj-test-secret"
               for s in proxy.requests_to("/mj/"))
    async with fresh_services.sessions() as s:
        generation = await s.get(Generation, gid)
        assets = (await s.scalars(select(Asset).where(Asset.generation_id == gid))).all()
    assert generation.provider == "midjourney"
    assert len({r["background_key"] for r in generation.request["recipes"]}) == 4
    assert len(assets) == 4 and all(a.spec["background_key"] for a in assets)
    assert await ledger_kinds(fresh_services, gid) == ["reserve", "capture"]
    assert await balance(fresh_services, user) == 6


@pytest.mark.parametrize("switch,words", [
    ({"fail_reason": "Image denied by moderation"}, "Image denied by moderation"),
    ({"submit_code": 24, "banned_word": "gore"}, "gore"),
    ({"garbage_image": True}, ""),
    ({"errors_5xx": {"imagine": 50}}, ""),
])
async def test_a_failing_provider_refunds_with_a_clear_reason(fresh_services, worker, proxy,
                                                              switch, words):
    for name, value in switch.items():
        setattr(proxy.behaviour, name, value)
    user = await new_user(fresh_services, credits=10)
    gid = await submit(fresh_services, user, count=4)
    events = await story(fresh_services, gid)
    assert events[-1].kind == "failed"
    assert words in events[-1].message and "Traceback" not in events[-1].message
    assert await ledger_kinds(fresh_services, gid) == ["reserve", "refund"]
    assert await balance(fresh_services, user) == 10
