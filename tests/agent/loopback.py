"""Loopback HTTP servers that speak OpenAI Chat Completions and Gemini generateContent
(the fixtures are in conftest.py).

Each server records every request and answers from a script the test sets: a list of replies
(one per request, the last repeated) built with the helpers below in the providers' real
response shapes: `tool_calls` in a Chat Completions message, `functionCall` parts in a
generateContent candidate.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from kernel.settings import Settings

Reply = dict[str, Any] | Callable[[dict[str, Any]], dict[str, Any]]


@dataclass
class Loopback:
    """A recording server; `script` holds the answers, `status` forces an error status."""

    url: str
    kind: str
    requests: list[dict[str, Any]] = field(default_factory=list)
    script: list[Reply] = field(default_factory=list)
    status: int = 200
    hold: threading.Event | None = None  # when set, requests wait on it (a model that hangs)

    def bodies(self) -> list[dict[str, Any]]:
        return [r["body"] for r in self.requests]


def serve(kind: str, check_path: Callable[[str], None]) -> Iterator[Loopback]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    box = Loopback(url=f"http://127.0.0.1:{server.server_address[1]}", kind=kind)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            index = len(box.requests)
            box.requests.append({"path": self.path, "body": body,
                                 "headers": {k.lower(): v for k, v in self.headers.items()}})
            if box.hold is not None:
                box.hold.wait(30)
            if box.status != 200:
                status, payload = box.status, {"error": {"message": "nope", "code": box.status}}
            else:
                check_path(self.path)
                reply = box.script[min(index, len(box.script) - 1)]
                status, payload = 200, reply(body) if callable(reply) else reply
            self._send(status, payload)

        def do_GET(self) -> None:  # noqa: N802 - the model list (what `routix doctor` asks)
            box.requests.append({"path": self.path, "body": None,
                                 "headers": {k.lower(): v for k, v in self.headers.items()}})
            if box.status != 200:
                status, payload = box.status, {"error": {"message": "nope", "code": box.status}}
            elif kind == "openai":
                status, payload = 200, {"object": "list", "data": [
                    {"id": "gpt-4o-mini", "object": "model", "owned_by": "loopback"}]}
            else:
                status, payload = 200, {"models": [{"name": "models/gemini-2.5-flash"}]}
            self._send(status, payload)

        def _send(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
                pass

        def log_message(self, *args: object) -> None:
            pass

    server.RequestHandlerClass = Handler
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield box
    finally:
        if box.hold is not None:
            box.hold.set()
        server.shutdown()
        server.server_close()


def openai_path(path: str) -> None:
    assert path == "/v1/chat/completions", path


def gemini_path(path: str) -> None:
    assert re.fullmatch(r"/v1beta/models/[\w.-]+:generateContent", path), path


def openai_settings(server: Loopback) -> Settings:
    return Settings(_env_file=None, openai_api_key="sk-loopback",
                    openai_base_url=server.url + "/v1", openai_model="gpt-4o-mini",
                    google_api_key=None)


def gemini_settings(server: Loopback) -> Settings:
    return Settings(_env_file=None, openai_api_key=None, google_api_key="g-loopback",
                    google_base_url=server.url, gemini_model="gemini-2.5-flash")


# --- replies in the providers' shapes -----------------------------------------------------------
def openai_tool_call(name: str, args: dict[str, Any], call_id: str = "call_1") -> Reply:
    """A Chat Completions answer whose message calls one function (finish_reason tool_calls)."""
    def reply(body: dict[str, Any]) -> dict[str, Any]:
        message = {"role": "assistant", "content": None, "refusal": None, "tool_calls": [{
            "id": call_id, "type": "function",
            "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)},
        }]}
        return _completion(body, message, "tool_calls")
    return reply


def openai_text(text: str) -> Reply:
    def reply(body: dict[str, Any]) -> dict[str, Any]:
        message = {"role": "assistant", "content": text, "refusal": None}
        return _completion(body, message, "stop")
    return reply


def _completion(body: dict[str, Any], message: dict[str, Any], finish: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-loopback", "object": "chat.completion", "created": 1_700_000_000,
        "model": body["model"], "system_fingerprint": "fp_loopback",
        "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
        "usage": {"prompt_tokens": 300, "completion_tokens": 60, "total_tokens": 360},
    }


def gemini_function_call(name: str, args: dict[str, Any]) -> Reply:
    """A generateContent answer whose candidate has one `functionCall` part."""
    return _candidate([{"functionCall": {"name": name, "args": args}}])


def gemini_text(text: str) -> Reply:
    return _candidate([{"text": text}])


def _candidate(parts: list[dict[str, Any]]) -> Reply:
    def reply(body: dict[str, Any]) -> dict[str, Any]:
        return {
            "candidates": [{"content": {"role": "model", "parts": parts},
                            "finishReason": "STOP", "index": 0}],
            "usageMetadata": {"promptTokenCount": 300, "candidatesTokenCount": 60,
                              "totalTokenCount": 360},
            "modelVersion": "gemini-2.5-flash",
        }
    return reply
