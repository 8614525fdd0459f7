"""The Midjourney proxy client against a fake proxy on loopback: lifecycle, actions, errors."""

from __future__ import annotations

import time

import httpx
import pytest

from kernel.errors import ProviderError, ProviderTimeout, TransientProviderError
from render.midjourney.client import SECRET_HEADER, MidjourneyClient
from render.midjourney.polling import PollPolicy
from tests.render.mj_proxy import FakeMidjourneyProxy

FAST = PollPolicy(first_delay=0.001, factor=1.5, max_delay=0.01, timeout=5.0)


@pytest.fixture
async def client(proxy: FakeMidjourneyProxy):
    async with MidjourneyClient(proxy.url, "s3cret", poll=FAST) as c:
        yield c


class Recorder:
    def __init__(self) -> None:
        self.reports: list[tuple[float, str]] = []

    async def __call__(self, fraction: float, message: str) -> None:
        self.reports.append((fraction, message))


async def test_imagine_then_wait_reports_queue_then_percentages_in_order(
        client: MidjourneyClient, proxy: FakeMidjourneyProxy) -> None:
    progress = Recorder()
    task_id = await client.imagine("a red planet --ar 16:9")
    task = await client.wait(task_id, progress)
    assert task.status == "SUCCESS" and task.image_url and len(task.buttons) == 9
    assert progress.reports == [
        (0.0, "Waiting in Midjourney's queue"),  # NOT_START and SUBMITTED: one report
        (0.0, "Midjourney is drawing (0%)"),
        (0.46, "Midjourney is drawing (46%)"),
        (1.0, "Midjourney is drawing (100%)"),
        (1.0, "Midjourney finished"),
    ]
    assert proxy.requests_to("/imagine")[0].body == {"prompt": "a red planet --ar 16:9"}


async def test_every_proxy_call_carries_the_secret_and_image_downloads_do_not(
        client: MidjourneyClient, proxy: FakeMidjourneyProxy) -> None:
    task = await client.wait(await client.imagine("x"))
    await client.download(task.image_url or "")
    calls = [s for s in proxy.seen if s.path.startswith("/mj/")]
    assert calls and all(s.headers.get(SECRET_HEADER) == "s3cret" for s in calls)
    downloads = proxy.requests_to("/attachments/")
    assert downloads and all(SECRET_HEADER not in {k.lower() for k in s.headers}
                             for s in downloads)


async def test_image_prompts_travel_as_base64_array(client: MidjourneyClient,
                                                    proxy: FakeMidjourneyProxy) -> None:
    await client.imagine("in this style", ["data:image/png;base64,AAAA"])
    assert proxy.requests_to("/imagine")[0].body["base64Array"] == ["data:image/png;base64,AAAA"]


async def test_a_wrong_secret_is_a_clear_non_retryable_error(proxy: FakeMidjourneyProxy) -> None:
    async with MidjourneyClient(proxy.url, "wrong", poll=FAST) as bad:
        with pytest.raises(ProviderError, match="access key") as caught:
            await bad.imagine("x")
    assert not isinstance(caught.value, TransientProviderError)


async def test_queued_submissions_are_accepted(client: MidjourneyClient,
                                               proxy: FakeMidjourneyProxy) -> None:
    proxy.behaviour.submit_code = 22
    task_id = await client.imagine("x")
    assert (await client.wait(task_id)).status == "SUCCESS"


async def test_a_full_queue_is_transient_with_a_sentence(client: MidjourneyClient,
                                                         proxy: FakeMidjourneyProxy) -> None:
    proxy.behaviour.submit_code = 23
    with pytest.raises(TransientProviderError) as caught:
        await client.imagine("x")
    assert caught.value.user_message == ("Midjourney's queue is full right now; "
                                         "trying again shortly.")


async def test_a_banned_word_is_named_and_not_retryable(client: MidjourneyClient,
                                                        proxy: FakeMidjourneyProxy) -> None:
    proxy.behaviour.submit_code, proxy.behaviour.banned_word = 24, "gore"
    with pytest.raises(ProviderError) as caught:
        await client.imagine("x")
    assert not isinstance(caught.value, TransientProviderError)
    assert "banned or sensitive word" in caught.value.user_message
    assert "gore" in caught.value.user_message


async def test_other_codes_carry_the_proxy_description(client: MidjourneyClient,
                                                       proxy: FakeMidjourneyProxy) -> None:
    proxy.behaviour.submit_code = 4
    with pytest.raises(ProviderError, match="did not accept the job: Parameter error"):
        await client.imagine("x")


async def test_a_failed_task_reports_midjourneys_reason(client: MidjourneyClient,
                                                        proxy: FakeMidjourneyProxy) -> None:
    proxy.behaviour.fail_reason = "[Invalid parameter] Invalid value"
    with pytest.raises(ProviderError) as caught:
        await client.wait(await client.imagine("x"))
    assert caught.value.user_message == ("Midjourney could not make this image: "
                                         "[Invalid parameter] Invalid value")


@pytest.mark.parametrize(("status", "words"), [("CANCEL", "cancelled"), ("MODAL", "Remix")])
async def test_cancelled_and_modal_tasks_stop_with_a_sentence(
        client: MidjourneyClient, proxy: FakeMidjourneyProxy, status: str, words: str) -> None:
    proxy.behaviour.final_status = status
    with pytest.raises(ProviderError, match=words):
        await client.wait(await client.imagine("x"))


async def test_server_errors_on_submit_are_transient(client: MidjourneyClient,
                                                     proxy: FakeMidjourneyProxy) -> None:
    proxy.behaviour.errors_5xx = {"imagine": 1}
    with pytest.raises(TransientProviderError, match="trying again shortly"):
        await client.imagine("x")


async def test_a_refused_connection_is_transient() -> None:
    from tests.support import free_port
    async with MidjourneyClient(f"http://127.0.0.1:{free_port()}", "s", poll=FAST) as nowhere:
        with pytest.raises(TransientProviderError, match="could not reach"):
            await nowhere.imagine("x")


async def test_a_few_fetch_hiccups_while_waiting_do_not_lose_the_job(
        client: MidjourneyClient, proxy: FakeMidjourneyProxy) -> None:
    task_id = await client.imagine("x")
    proxy.behaviour.errors_5xx = {"fetch": FAST.transient_retries}
    assert (await client.wait(task_id)).status == "SUCCESS"


async def test_a_fetch_outage_while_waiting_becomes_transient(
        client: MidjourneyClient, proxy: FakeMidjourneyProxy) -> None:
    task_id = await client.imagine("x")
    proxy.behaviour.errors_5xx = {"fetch": FAST.transient_retries + 1}
    with pytest.raises(TransientProviderError):
        await client.wait(task_id)


@pytest.mark.parametrize("mode", ["stuck", "hang_fetch"])
async def test_a_task_that_never_finishes_times_out(proxy: FakeMidjourneyProxy, mode: str
                                                    ) -> None:
    setattr(proxy.behaviour, mode, True)
    policy = PollPolicy(first_delay=0.005, max_delay=0.02, timeout=0.3)
    async with MidjourneyClient(proxy.url, "s3cret", poll=policy, request_timeout=5) as c:
        task_id = await c.imagine("x")
        started = time.monotonic()
        with pytest.raises(ProviderTimeout, match="took longer than 0.3 seconds"):
            await c.wait(task_id)
    assert time.monotonic() - started < 2.0


async def test_an_unknown_task_is_a_clear_error(client: MidjourneyClient) -> None:
    with pytest.raises(ProviderError, match="lost track"):
        await client.fetch("404404")


@pytest.mark.parametrize(("kind", "index", "label"), [("upscale", 2, "U2"),
                                                      ("variation", 3, "V3")])
async def test_actions_press_the_grids_buttons(client: MidjourneyClient,
                                               proxy: FakeMidjourneyProxy,
                                               kind: str, index: int, label: str) -> None:
    grid = await client.wait(await client.imagine("x"))
    child = await client.wait(await client.act(grid, kind, index))  # type: ignore[arg-type]
    assert child.status == "SUCCESS" and child.action == kind.upper()
    sent = proxy.requests_to("/mj/submit/action")[0].body
    assert sent == {"taskId": grid.id, "customId": grid.button(kind, index).custom_id}
    assert f"::{index}::" in sent["customId"] and grid.button(kind, index).label == label
    assert client.action_endpoint == "action" and not proxy.requests_to("/submit/change")


async def test_old_proxies_fall_back_to_change_once_and_remember(
        client: MidjourneyClient, proxy: FakeMidjourneyProxy) -> None:
    proxy.behaviour.old_proxy = True
    grid = await client.wait(await client.imagine("x"))
    up = await client.wait(await client.act(grid, "upscale", 1))
    vary = await client.wait(await client.act(grid, "variation", 4))
    assert (up.action, vary.action) == ("UPSCALE", "VARIATION")
    assert [s.body for s in proxy.requests_to("/submit/change")] == [
        {"taskId": grid.id, "action": "UPSCALE", "index": 1},
        {"taskId": grid.id, "action": "VARIATION", "index": 4},
    ]
    assert len(proxy.requests_to("/submit/action")) == 1  # the 404 that taught it
    assert client.action_endpoint == "change"


@pytest.mark.parametrize("reply", [b'{"hello": 1}', b"<html>Bad Gateway</html>", b""])
async def test_replies_that_are_not_the_protocol_are_provider_errors(reply: bytes) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=reply))
    http = httpx.AsyncClient(transport=transport)
    async with http, MidjourneyClient("http://mj.invalid", "s", http=http) as odd:
        with pytest.raises(ProviderError, match="could not read"):
            await odd.imagine("x")
        with pytest.raises(ProviderError, match="could not read"):
            await odd.fetch("1")


async def test_image_urls_that_serve_html_are_refused(client: MidjourneyClient,
                                                      proxy: FakeMidjourneyProxy) -> None:
    task = await client.wait(await client.imagine("x"))
    proxy.behaviour.image_content_type = "text/html"
    with pytest.raises(ProviderError, match="not a usable image"):
        await client.download(task.image_url or "")


async def test_expired_image_links_and_odd_schemes_are_clear_errors(
        client: MidjourneyClient, proxy: FakeMidjourneyProxy) -> None:
    with pytest.raises(ProviderError, match="expired"):
        await client.download(f"{proxy.url}/attachments/999/grid.png")
    with pytest.raises(ProviderError, match="cannot open"):
        await client.download("file:///etc/passwd")


def test_backoff_grows_by_the_factor_up_to_the_cap() -> None:
    policy = PollPolicy(first_delay=0.5, factor=1.5, max_delay=5.0)
    delays = policy.delays()
    assert [round(next(delays), 3) for _ in range(8)] == [
        0.5, 0.75, 1.125, 1.688, 2.531, 3.797, 5.0, 5.0]


def test_polls_bunch_up_around_the_estimated_finish() -> None:
    from render.midjourney.polling import FinishEstimate
    policy, estimate = PollPolicy(first_delay=0.5), FinishEstimate()
    assert estimate.seconds_left(0.1, now=10.0) is None  # one reading: no rate yet
    eta = estimate.seconds_left(0.5, now=14.0)  # 40% in 4 s: 5 s left
    assert eta == pytest.approx(5.0)
    assert policy.next_delay(5.0, eta=1.2) == 1.2
    assert policy.next_delay(5.0, eta=0.0) == 0.5  # never hammer the proxy
    assert policy.next_delay(0.75, eta=3.0) == 0.75  # early on the backoff is shorter anyway


async def test_a_proxy_url_pasted_with_its_mj_suffix_still_works(
        proxy: FakeMidjourneyProxy) -> None:
    async with MidjourneyClient(proxy.url + "/mj/", "s3cret", poll=FAST) as c:
        assert (await c.wait(await c.imagine("x"))).status == "SUCCESS"
    assert proxy.requests_to("/imagine")[0].path == "/mj/submit/imagine"


async def test_image_download_hiccups_are_retried_so_the_paid_grid_is_kept(
        client: MidjourneyClient, proxy: FakeMidjourneyProxy) -> None:
    task = await client.wait(await client.imagine("x"))
    proxy.behaviour.errors_5xx = {"grid.png": FAST.transient_retries}
    assert (await client.download(task.image_url or "")).startswith(b"\x89PNG")
    proxy.behaviour.errors_5xx = {"grid.png": FAST.transient_retries + 1}
    with pytest.raises(TransientProviderError):
        await client.download(task.image_url or "")
