"""An async client for the self-hosted Midjourney proxy HTTP API (midjourney-proxy and forks).

Every proxy call carries the `mj-api-secret` header; image downloads never do, because
`imageUrl` usually points at a third-party CDN. Failures become Routix errors with a sentence
for the creator: retryable ones (5xx, resets, a full queue) as `TransientProviderError`.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit

import httpx
from pydantic import ValidationError

from kernel.errors import ProviderError, ProviderTimeout, TransientProviderError
from render.midjourney.contract import Progress, no_progress
from render.midjourney.polling import FinishEstimate, PollPolicy
from render.midjourney.wire import ActionKind, SubmitReply, Task, TaskStatus

SECRET_HEADER = "mj-api-secret"
MAX_IMAGE_BYTES = 40 * 1024 * 1024  # a 2912×1632 PNG grid is ~8 MB; 40 MB is clearly wrong
_ACCEPTED = {1, 22}  # submitted; queued behind other jobs
_EXISTED = 21  # an action that was already done: the proxy hands back the earlier task
_QUEUE_FULL, _BANNED = 23, 24


class MidjourneyClient:
    """Submit, poll, act on and download Midjourney tasks through one proxy."""

    def __init__(self, base_url: str, secret: str, *, poll: PollPolicy | None = None,
                 request_timeout: float = 20.0, http: httpx.AsyncClient | None = None) -> None:
        self.base_url = _proxy_root(base_url)
        self.poll = poll or PollPolicy()
        self._auth = {SECRET_HEADER: secret}
        self._owns_http = http is None
        self._http = http or httpx.AsyncClient(timeout=request_timeout)
        # None until an action succeeds or 404s: which of /submit/action or /submit/change works.
        self.action_endpoint: Literal["action", "change"] | None = None

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> MidjourneyClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # --- submitting --------------------------------------------------------------------------
    async def imagine(self, prompt: str, images_base64: list[str] | None = None) -> str:
        """Submit /imagine; returns the task id once the proxy accepted or queued it."""
        body: dict[str, Any] = {"prompt": prompt}
        if images_base64:
            body["base64Array"] = images_base64
        response = await self._call("POST", "mj/submit/imagine", body)
        self._raise_for_status(response)
        return _task_id(_reply(response), allow_existing=False)

    async def act(self, task: Task, kind: ActionKind, index: int) -> str:
        """Press U<index> or V<index> on a finished grid; returns the new task's id."""
        if not 1 <= index <= 4:
            raise ValueError(f"grid images are numbered 1-4, got {index}")
        button = task.button(kind, index)
        if button is not None and self.action_endpoint != "change":
            response = await self._call("POST", "mj/submit/action",
                                        {"taskId": task.id, "customId": button.custom_id})
            if response.status_code != 404:
                self._raise_for_status(response)
                self.action_endpoint = "action"
                return _task_id(_reply(response), allow_existing=True)
            self.action_endpoint = "change"  # an older proxy: remember, skip the 404 next time
        response = await self._call("POST", "mj/submit/change",
                                    {"taskId": task.id, "action": kind.upper(), "index": index})
        if response.status_code == 404:
            if self.action_endpoint == "change":
                self.action_endpoint = None  # neither answered: nothing learned about the proxy
            letter = "U" if kind == "upscale" else "V"
            raise ProviderError(f"Midjourney does not offer {letter}{index} for this image.")
        self._raise_for_status(response)
        return _task_id(_reply(response), allow_existing=True)

    # --- waiting -----------------------------------------------------------------------------
    async def fetch(self, task_id: str) -> Task:
        """The task as the proxy sees it now."""
        response = await self._call("GET", f"mj/task/{task_id}/fetch")
        if response.status_code == 404:
            raise ProviderError("Midjourney lost track of this job; please try again.")
        self._raise_for_status(response)
        try:
            return Task.model_validate_json(response.content)
        except ValidationError:
            raise ProviderError(_UNREADABLE) from None

    async def wait(self, task_id: str, progress: Progress = no_progress) -> Task:
        """Poll with backoff until the task succeeds; report its progress as 0..1."""
        try:
            async with asyncio.timeout(self.poll.timeout):
                return await self._poll(task_id, progress)
        except TimeoutError:
            raise ProviderTimeout(
                f"Midjourney took longer than {_duration(self.poll.timeout)} to draw this, "
                "so Routix stopped waiting."
            ) from None

    async def _poll(self, task_id: str, progress: Progress) -> Task:
        delays, estimate = self.poll.delays(), FinishEstimate()
        hiccups, best, last_report = 0, 0.0, None
        while True:
            try:
                task = await self.fetch(task_id)
                hiccups = 0
            except TransientProviderError:
                hiccups += 1
                if hiccups > self.poll.transient_retries:
                    raise
                await asyncio.sleep(next(delays))
                continue
            _raise_if_failed(task)
            # Proxies occasionally report a lower figure after a higher one; never go back.
            best = max(best, 1.0 if task.status is TaskStatus.SUCCESS else task.fraction or 0.0)
            report = (best, _status_message(task, best))
            if report != last_report:
                await progress(*report)
                last_report = report
            if task.status is TaskStatus.SUCCESS:
                return task
            drawing = task.fraction if task.status is TaskStatus.IN_PROGRESS else None
            eta = estimate.seconds_left(drawing, time.monotonic())
            await asyncio.sleep(self.poll.next_delay(next(delays), eta))

    # --- images ------------------------------------------------------------------------------
    async def download(self, url: str, limit: int = MAX_IMAGE_BYTES) -> bytes:
        """The bytes behind a task's imageUrl (relative URLs resolve against the proxy).

        Hiccups are retried here (up to poll.transient_retries) rather than by the job queue:
        the image is already paid for, and a queue retry would draw and pay for it again.
        """
        url = urljoin(self.base_url, url)
        if urlsplit(url).scheme not in ("http", "https"):
            raise ProviderError("Midjourney returned an image link Routix cannot open.")
        delays = self.poll.delays()
        for _ in range(self.poll.transient_retries):
            try:
                return await self._download_once(url, limit)
            except TransientProviderError:
                await asyncio.sleep(next(delays))
        return await self._download_once(url, limit)

    async def _download_once(self, url: str, limit: int) -> bytes:
        try:
            async with self._http.stream("GET", url) as response:
                if response.status_code in (403, 404, 410):
                    raise ProviderError("Midjourney's image link has expired; please try again.")
                self._raise_for_status(response)
                kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
                if kind.startswith(("text/", "application/json")):
                    raise ProviderError(_NOT_AN_IMAGE)
                data = bytearray()
                async for chunk in response.aiter_bytes():
                    data.extend(chunk)
                    if len(data) > limit:
                        raise ProviderError(_NOT_AN_IMAGE)
                return bytes(data)
        except httpx.TimeoutException:
            raise TransientProviderError(_SLOW) from None
        except httpx.TransportError:
            raise TransientProviderError(_UNREACHABLE) from None

    # --- plumbing ----------------------------------------------------------------------------
    async def _call(self, method: str, path: str, body: dict[str, Any] | None = None
                    ) -> httpx.Response:
        try:
            return await self._http.request(method, self.base_url + path, json=body,
                                            headers=self._auth)
        except httpx.TimeoutException:
            raise TransientProviderError(_SLOW) from None
        except httpx.TransportError:
            raise TransientProviderError(_UNREACHABLE) from None

    @staticmethod
    def _raise_for_status(response: httpx.Response) -> None:
        status = response.status_code
        if status in (401, 403):
            raise ProviderError("Midjourney turned Routix away (its access key is not accepted); "
                                "the local renderer still works.")
        if status == 429 or status >= 500:
            raise TransientProviderError("Midjourney's proxy is having trouble; "
                                         "trying again shortly.")
        if status >= 400:
            raise ProviderError(f"Midjourney's proxy refused the request ({status}).")


_UNREADABLE = "Midjourney's proxy sent a reply Routix could not read."
_NOT_AN_IMAGE = "Midjourney sent something that is not a usable image."
_SLOW = "Midjourney's proxy did not answer in time; trying again shortly."
_UNREACHABLE = "Routix could not reach Midjourney's proxy; trying again shortly."


def _proxy_root(url: str) -> str:
    """The proxy's root with a trailing slash; a pasted ".../mj" suffix is dropped."""
    root = url.strip().rstrip("/")
    if root.endswith("/mj"):
        root = root[: -len("/mj")]
    return root + "/"


def _reply(response: httpx.Response) -> SubmitReply:
    try:
        return SubmitReply.model_validate_json(response.content)
    except ValidationError:
        raise ProviderError(_UNREADABLE) from None


def _task_id(reply: SubmitReply, *, allow_existing: bool) -> str:
    """The accepted task's id, or the error the reply's code stands for."""
    accepted = _ACCEPTED | ({_EXISTED} if allow_existing else set())
    if reply.code in accepted and reply.result:
        return reply.result
    if reply.code == _QUEUE_FULL:
        raise TransientProviderError("Midjourney's queue is full right now; trying again shortly.")
    if reply.code == _BANNED:
        word = reply.properties.get("bannedWord") or reply.properties.get("banned_word")
        named = f" (“{str(word)[:40]}”)" if word else ""
        raise ProviderError(f"Midjourney refused the prompt because it contains a banned or "
                            f"sensitive word{named}. Try describing the topic differently.")
    detail = reply.description.strip()[:200] or f"code {reply.code}"
    raise ProviderError(f"Midjourney did not accept the job: {detail}")


def _raise_if_failed(task: Task) -> None:
    if task.status is TaskStatus.FAILURE:
        reason = (task.fail_reason or "no reason given").strip()[:300]
        raise ProviderError(f"Midjourney could not make this image: {reason}")
    if task.status is TaskStatus.CANCEL:
        raise ProviderError("The Midjourney job was cancelled before it finished.")
    if task.status is TaskStatus.MODAL:
        # A modal wants a human confirmation (Remix mode); nothing here can answer it.
        raise ProviderError("Midjourney asked for a confirmation Routix cannot give "
                            "(Remix mode may be on for its account).")


def _status_message(task: Task, fraction: float) -> str:
    if task.status in (TaskStatus.NOT_START, TaskStatus.SUBMITTED):
        return "Waiting in Midjourney's queue"
    if task.status is TaskStatus.SUCCESS:
        return "Midjourney finished"
    return f"Midjourney is drawing ({round(fraction * 100)}%)"


def _duration(seconds: float) -> str:
    if seconds >= 120:
        return f"{round(seconds / 60)} minutes"
    return f"{seconds:g} seconds"
