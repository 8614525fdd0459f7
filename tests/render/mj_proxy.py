"""A fake midjourney-proxy: a real HTTP server on 127.0.0.1 speaking the proxy's protocol.

Tasks walk NOT_START → SUBMITTED → IN_PROGRESS 0% → 46% → 100% → SUCCESS, one step per fetch
(`advance="fetch"`, deterministic, no sleeps) or over `duration` seconds of wall time
(`advance="time"`, for benchmarks). Finished tasks point at PNGs this server draws: a 2×2 grid
of four distinct quadrants for imagine/variation, one image for an upscale. `FakeBehaviour`'s
switches make it misbehave the ways real proxies do.
"""

from __future__ import annotations

import io
import itertools
import json
import random
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

from PIL import Image, ImageDraw

STEPS = [("NOT_START", "0%"), ("SUBMITTED", "0%"), ("IN_PROGRESS", "0%"),
         ("IN_PROGRESS", "46%"), ("IN_PROGRESS", "100%"), ("SUCCESS", "100%")]
_QUADRANT_COLOURS = [(220, 40, 40), (40, 180, 60), (40, 80, 220), (240, 200, 30)]


@dataclass
class FakeBehaviour:
    """Switches; tests set them, `reset()` puts the server back to a healthy proxy."""

    submit_code: int = 1  # 22 queued, 23 queue full, 24 banned word, other: refused
    banned_word: str | None = None
    fail_reason: str | None = None  # tasks end in FAILURE with this reason
    final_status: str = "SUCCESS"  # or CANCEL / MODAL
    errors_5xx: dict[str, int] = field(default_factory=dict)  # route -> how many 503s to send
    hang_fetch: bool = False  # fetch requests never answer (until the server stops)
    stuck: bool = False  # tasks stay IN_PROGRESS 46% forever
    garbage_image: bool = False  # imageUrl serves bytes that are not an image
    image_content_type: str = "image/png"
    old_proxy: bool = False  # no /mj/submit/action, only /mj/submit/change
    grid_size: tuple[int, int] = (512, 288)
    advance: Literal["fetch", "time"] = "fetch"
    duration: float = 1.0  # advance="time": seconds from submit to SUCCESS
    duration_jitter: float = 0.0  # ... plus up to this much more, drawn per task (seeded)
    texture: bool = False  # noisy pixels, so grid PNGs weigh what Midjourney's do (~10 MB)
    latency: float = 0.0  # seconds each proxy reply waits (simulated network/proxy time)


@dataclass
class FakeTask:
    id: str
    action: str
    prompt: str
    created: float
    fetches: int = 0
    parent: str | None = None
    index: int | None = None
    duration: float = 1.0


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: Any


class FakeMidjourneyProxy:
    """`with FakeMidjourneyProxy(secret) as proxy:` — `proxy.url` is the base URL."""

    def __init__(self, secret: str = "test-secret") -> None:
        self.secret = secret
        self.behaviour = FakeBehaviour()
        self.tasks: dict[str, FakeTask] = {}
        self.seen: list[Seen] = []
        self.simulated_seconds = 0.0  # latency slept on the server side, for the benchmark
        self._ids = itertools.count(1700000000000001)
        self._lock = threading.Lock()
        self._random = random.Random(7)
        self._release = threading.Event()
        self._images: dict[tuple[str, int | None, tuple[int, int], bool], bytes] = {}
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}"

    def start(self) -> FakeMidjourneyProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._release.set()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeMidjourneyProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def reset(self) -> None:
        with self._lock:
            self.behaviour = FakeBehaviour()
            self.seen.clear()
            self.simulated_seconds = 0.0
            self._release.set()  # let go of requests a hanging test left open
            self._release = threading.Event()

    def requests_to(self, path_part: str) -> list[Seen]:
        return [s for s in self.seen if path_part in s.path]

    # --- protocol ----------------------------------------------------------------------------
    def new_task(self, action: str, prompt: str, parent: str | None = None,
                 index: int | None = None) -> FakeTask:
        b = self.behaviour
        task = FakeTask(id=str(next(self._ids)), action=action, prompt=prompt,
                        created=time.monotonic(), parent=parent, index=index,
                        duration=b.duration + self._random.uniform(0, b.duration_jitter))
        self.tasks[task.id] = task
        return task

    def submit_reply(self, task: FakeTask) -> dict[str, Any]:
        b = self.behaviour
        if b.submit_code in (1, 22):
            text = "Submit success" if b.submit_code == 1 else "Waiting in queue"
            return {"code": b.submit_code, "description": text, "result": task.id,
                    "properties": {}}
        props = {"bannedWord": b.banned_word} if b.banned_word else {}
        text = {23: "Queue is full, please try again later",
                24: "May contain sensitive words"}.get(b.submit_code, "Parameter error")
        return {"code": b.submit_code, "description": text, "result": None, "properties": props}

    def task_json(self, task: FakeTask) -> dict[str, Any]:
        b = self.behaviour
        task.fetches += 1
        if b.stuck:
            step = 3
        elif b.advance == "fetch":
            step = min(task.fetches - 1, len(STEPS) - 1)
        else:
            share = (time.monotonic() - task.created) / max(task.duration, 1e-9)
            step = min(int(share * (len(STEPS) - 1)), len(STEPS) - 1)
        status, progress = STEPS[step]
        body: dict[str, Any] = {
            "id": task.id, "action": task.action, "status": status, "progress": progress,
            "prompt": task.prompt, "imageUrl": None, "failReason": None, "buttons": [],
            "properties": {"finalPrompt": task.prompt},
        }
        if status == "SUCCESS" and b.fail_reason:
            body.update(status="FAILURE", failReason=b.fail_reason, progress="")
        elif status == "SUCCESS" and b.final_status != "SUCCESS":
            body["status"] = b.final_status
        elif status == "SUCCESS":
            body["imageUrl"] = f"{self.url}/attachments/{task.id}/grid.png"
            body["buttons"] = _buttons(task)
        return body

    def image_bytes(self, task_id: str) -> bytes:
        task = self.tasks[task_id]
        # Keyed by what the picture depends on, so benchmarks do not time the fake's drawing.
        shift = int(task.id) % 4 if task.action == "VARIATION" else 0
        key = (task.action, task.index if task.action == "UPSCALE" else shift,
               self.behaviour.grid_size, self.behaviour.texture)
        if key not in self._images:
            self._images[key] = _draw(task, self.behaviour.grid_size, self.behaviour.texture)
        return self._images[key]


def _buttons(task: FakeTask) -> list[dict[str, Any]]:
    h = f"{int(task.id) % 10**8:08x}-fake"
    if task.action == "UPSCALE":
        return [{"customId": f"MJ::JOB::upsample_v6_2x_subtle::1::{h}::SOLO",
                 "label": "Upscale (Subtle)", "emoji": "", "style": 2, "type": 2}]
    buttons = [{"customId": f"MJ::JOB::upsample::{i}::{h}", "label": f"U{i}", "emoji": "",
                "style": 2, "type": 2} for i in range(1, 5)]
    buttons.append({"customId": f"MJ::JOB::reroll::0::{h}::SOLO", "label": "", "emoji": "🔄",
                    "style": 2, "type": 2})
    buttons += [{"customId": f"MJ::JOB::variation::{i}::{h}", "label": f"V{i}", "emoji": "",
                 "style": 2, "type": 2} for i in range(1, 5)]
    return buttons


def _draw(task: FakeTask, grid_size: tuple[int, int], texture: bool = False) -> bytes:
    """A grid of four distinct quadrants, or (upscale) one quadrant's design at full size."""
    width, height = grid_size
    shift = int(task.id) % 4 if task.action == "VARIATION" else 0
    if task.action == "UPSCALE":
        image = Image.new("RGB", (width // 2 * 2, height // 2 * 2))
        _paint(image, (0, 0, image.width, image.height), (task.index or 1) - 1)
    else:
        image = Image.new("RGB", (width, height), (0, 0, 0))
        half_w, half_h = width // 2, height // 2
        for n, (x, y) in enumerate([(0, 0), (width - half_w, 0), (0, height - half_h),
                                    (width - half_w, height - half_h)]):
            _paint(image, (x, y, x + half_w, y + half_h), (n + shift) % 4)
    if texture:
        noise = Image.merge("RGB", [Image.effect_noise(image.size, 40) for _ in range(3)])
        image = Image.blend(image, noise, 0.25)
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=1)
    return out.getvalue()


def _paint(image: Image.Image, box: tuple[int, int, int, int], n: int) -> None:
    draw = ImageDraw.Draw(image)
    x0, y0, x1, y1 = box
    draw.rectangle((x0, y0, x1 - 1, y1 - 1), fill=_QUADRANT_COLOURS[n])
    w, h = x1 - x0, y1 - y0
    # A differently placed disc per quadrant: distinct shapes, not just distinct colours.
    cx, cy = x0 + w * (0.25 + 0.5 * (n % 2)), y0 + h * (0.25 + 0.5 * (n // 2))
    r = min(w, h) * 0.18
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(250, 250, 250))


def _handler_for(proxy: FakeMidjourneyProxy) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out separately: no 40 ms stalls

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet tests
            pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            self._serve("GET", None)

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("content-length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = None
            self._serve("POST", body)

        def _serve(self, method: str, body: Any) -> None:
            with proxy._lock:
                proxy.seen.append(Seen(method, self.path, dict(self.headers), body))
            b = proxy.behaviour
            route = self.path.split("?")[0]
            # Routes by last segment: imagine, action, change, fetch, grid.png (image downloads).
            kind = "fetch" if route.endswith("/fetch") else route.rsplit("/", 1)[-1]
            if b.errors_5xx.get(kind, 0) > 0:
                with proxy._lock:
                    b.errors_5xx[kind] -= 1
                return self._json(503, {"error": "Service Unavailable"})
            if self.path.startswith("/attachments/"):
                return self._image()  # a CDN: no secret needed
            if self.headers.get("mj-api-secret") != proxy.secret:
                return self._json(401, {"error": "Unauthorized"})
            if b.latency:
                time.sleep(b.latency)
                with proxy._lock:
                    proxy.simulated_seconds += b.latency
            if method == "POST" and route == "/mj/submit/imagine":
                task = proxy.new_task("IMAGINE", str((body or {}).get("prompt", "")))
                return self._json(200, proxy.submit_reply(task))
            if method == "POST" and route == "/mj/submit/action" and not b.old_proxy:
                return self._action(body or {})
            if method == "POST" and route == "/mj/submit/change":
                return self._change(body or {})
            if method == "GET" and route.startswith("/mj/task/") and kind == "fetch":
                return self._fetch(route.split("/")[3])
            return self._json(404, {"error": "Not Found", "path": route})

        def _fetch(self, task_id: str) -> None:
            if proxy.behaviour.hang_fetch:
                proxy._release.wait(60)
                return
            task = proxy.tasks.get(task_id)
            if task is None:
                return self._json(404, {"error": "Not Found"})
            return self._json(200, proxy.task_json(task))

        def _action(self, body: dict[str, Any]) -> None:
            parent = proxy.tasks.get(str(body.get("taskId")))
            parts = str(body.get("customId", "")).split("::")
            if parent is None or len(parts) < 4 or parts[2] not in ("upsample", "variation"):
                return self._json(200, {"code": 4, "description": "Invalid customId"})
            action = "UPSCALE" if parts[2] == "upsample" else "VARIATION"
            task = proxy.new_task(action, parent.prompt, parent.id, int(parts[3]))
            return self._json(200, proxy.submit_reply(task))

        def _change(self, body: dict[str, Any]) -> None:
            parent = proxy.tasks.get(str(body.get("taskId")))
            action, index = body.get("action"), body.get("index")
            if parent is None or action not in ("UPSCALE", "VARIATION") or index not in range(
                    1, 5):
                return self._json(200, {"code": 4, "description": "Invalid parameter"})
            task = proxy.new_task(action, parent.prompt, parent.id, index)
            return self._json(200, proxy.submit_reply(task))

        def _image(self) -> None:
            task_id = self.path.split("/")[2]
            if task_id not in proxy.tasks:
                return self._send(404, b"not found", "text/plain")
            if proxy.behaviour.garbage_image:
                return self._send(200, b"\x89PNG\r\n\x1a\nthis is not really a png",
                                  proxy.behaviour.image_content_type)
            return self._send(200, proxy.image_bytes(task_id), proxy.behaviour.image_content_type)

        def _json(self, status: int, payload: Any) -> None:
            self._send(status, json.dumps(payload).encode(), "application/json")

        def _send(self, status: int, data: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler
