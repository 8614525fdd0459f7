"""OpenAI and Gemini embedders against loopback servers that speak the real HTTP protocols.

The servers check the credential, decode the request exactly as the real APIs take it and answer
in the real response shapes (OpenAI's base64 vectors included), so the SDKs run unmodified.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np
import pytest
from pydantic import SecretStr

from embeddings.gemini_embedder import GeminiEmbedder
from embeddings.openai_embedder import OpenAIEmbedder
from embeddings.protocol import Embedder
from kernel.errors import (
    ConfigurationError,
    ProviderError,
    ProviderTimeout,
    TransientProviderError,
)

API_KEY = "test-key-123"


def fake_vector(text: str, dims: int, scale: float = 1.0) -> list[float]:
    """A deterministic vector per text, so tests can check order and decoding."""
    seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
    v = np.random.default_rng(seed).standard_normal(dims).astype(np.float32)
    return (v / np.linalg.norm(v) * scale).astype(np.float32).tolist()


@dataclass
class LoopbackAPI:
    """A recording HTTP server; `respond(path, headers, body)` returns (status, json)."""

    respond: Callable[[str, Message, dict], tuple[int, dict]]
    requests: list[tuple[str, dict]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)

    def serve(self) -> Iterator[str]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                api.requests.append((self.path, body))
                status, payload = api.respond(self.path, self.headers, body)
                if status == 0:  # hold the request until the test lets go: a hung server
                    api.release.wait(timeout=30)
                    status = 200
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up first (the timeout tests)

            def log_message(self, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}"
        finally:
            self.release.set()
            server.shutdown()
            server.server_close()


def _trigger(texts: list[str]) -> int | None:
    """Inputs like "__status_429__" make the fake server fail that way; "__hang__" hangs."""
    for text in texts:
        if text == "__hang__":
            return 0
        if m := re.fullmatch(r"__status_(\d{3})__", text):
            return int(m.group(1))
    return None


# --- OpenAI: POST /v1/embeddings --------------------------------------------------------------
def _openai_respond(path: str, headers: Message, body: dict) -> tuple[int, dict]:
    if path != "/v1/embeddings":
        return 404, {"error": {"message": f"no route {path}", "type": "invalid_request_error"}}
    if headers.get("Authorization") != f"Bearer {API_KEY}":
        return 401, {"error": {"message": "Incorrect API key", "code": "invalid_api_key"}}
    texts = body["input"] if isinstance(body["input"], list) else [body["input"]]
    if not all(isinstance(t, str) for t in texts):
        return 400, {"error": {"message": "expected strings (no token arrays offline)"}}
    if (status := _trigger(texts)) is not None:
        return status, {"error": {"message": f"injected {status}", "type": "server_error"}}
    dims = body.get("dimensions", 1536)
    data = []
    for i, text in enumerate(texts):
        vector = fake_vector(text, dims)
        if body.get("encoding_format") == "base64":
            encoded: object = base64.b64encode(np.asarray(vector, "<f4").tobytes()).decode()
        else:
            encoded = vector
        data.append({"object": "embedding", "index": i, "embedding": encoded})
    usage = {"prompt_tokens": len(texts), "total_tokens": len(texts)}
    return 200, {"object": "list", "data": data, "model": body["model"], "usage": usage}


@pytest.fixture(scope="module")
def openai_api() -> Iterator[tuple[LoopbackAPI, str]]:
    api = LoopbackAPI(_openai_respond)
    for url in api.serve():
        yield api, f"{url}/v1"


def _openai(url: str, key: str = API_KEY, **kwargs: object) -> OpenAIEmbedder:
    return OpenAIEmbedder(SecretStr(key), base_url=url, max_retries=0, **kwargs)  # type: ignore[arg-type]


def test_openai_embeds_documents_in_order(openai_api) -> None:
    api, url = openai_api
    embedder = _openai(url)
    assert isinstance(embedder, Embedder)
    assert (embedder.model_name, embedder.dimensions) == ("text-embedding-3-small", 1536)
    texts = ["gaming thumbnail", "cooking video", "Größe 😀"]
    vectors = embedder.embed_documents(texts)
    assert vectors == [fake_vector(t, 1536) for t in texts]
    path, body = api.requests[-1]
    assert body["model"] == "text-embedding-3-small" and body["input"] == texts
    assert "dimensions" not in body


def test_openai_query_and_shortened_dimensions(openai_api) -> None:
    api, url = openai_api
    embedder = _openai(url, dimensions=256)
    assert embedder.dimensions == 256
    assert embedder.embed_query("a red arrow") == fake_vector("a red arrow", 256)
    assert api.requests[-1][1]["dimensions"] == 256


def test_openai_empty_batch_makes_no_request(openai_api) -> None:
    api, url = openai_api
    before = len(api.requests)
    assert _openai(url).embed_documents([]) == []
    assert len(api.requests) == before


@pytest.mark.parametrize(
    ("text", "key", "error"),
    [
        ("x", "wrong-key", ConfigurationError),
        ("__status_429__", API_KEY, TransientProviderError),
        ("__status_503__", API_KEY, TransientProviderError),
        ("__status_400__", API_KEY, ProviderError),
    ],
)
def test_openai_failures_become_domain_errors(openai_api, text, key, error) -> None:
    _, url = openai_api
    with pytest.raises(error) as caught:
        _openai(url, key).embed_query(text)
    assert caught.value.user_message


def test_openai_hung_server_is_a_timeout(openai_api) -> None:
    api, url = openai_api
    api.release.clear()
    try:
        with pytest.raises(ProviderTimeout):
            _openai(url, timeout_seconds=0.3).embed_query("__hang__")
    finally:
        api.release.set()


# --- Gemini: POST /{version}/models/{model}:batchEmbedContents (and :embedContent) -----------
GEMINI_ROUTE = re.compile(r"/v1(beta)?/models/(?P<model>[\w.-]+):(?P<method>\w+)")


def _gemini_error(code: int, status: str, message: str) -> tuple[int, dict]:
    return code, {"error": {"code": code, "message": message, "status": status}}


def _gemini_respond(path: str, headers: Message, body: dict) -> tuple[int, dict]:
    route = GEMINI_ROUTE.fullmatch(path)
    if route is None:
        return _gemini_error(404, "NOT_FOUND", f"no route {path}")
    if headers.get("x-goog-api-key") != API_KEY:
        return _gemini_error(403, "PERMISSION_DENIED", "API key not valid.")
    method = route["method"]
    requests = body["requests"] if method == "batchEmbedContents" else [body]
    if method not in ("batchEmbedContents", "embedContent"):
        return _gemini_error(404, "NOT_FOUND", f"no method {method}")
    texts = []
    for request in requests:
        if method == "batchEmbedContents" and request["model"] != f"models/{route['model']}":
            return _gemini_error(400, "INVALID_ARGUMENT", "model mismatch")
        texts.append("".join(part["text"] for part in request["content"]["parts"]))
    if (status := _trigger(texts)) is not None:
        return _gemini_error(status, "UNAVAILABLE", f"injected {status}")
    # Shortened Gemini vectors are not unit length; scale 3 proves the embedder normalises.
    values = [
        {"values": fake_vector(t, r.get("outputDimensionality", 3072), 3.0)}
        for t, r in zip(texts, requests, strict=True)
    ]
    if method == "embedContent":
        return 200, {"embedding": values[0]}
    return 200, {"embeddings": values}


@pytest.fixture(scope="module")
def gemini_api() -> Iterator[tuple[LoopbackAPI, str]]:
    api = LoopbackAPI(_gemini_respond)
    for url in api.serve():
        yield api, url


def _gemini(url: str, key: str = API_KEY, **kwargs: object) -> GeminiEmbedder:
    return GeminiEmbedder(SecretStr(key), base_url=url, max_retries=0, **kwargs)  # type: ignore[arg-type]


def _close(a: list[float], b: list[float]) -> bool:
    return np.allclose(np.asarray(a), np.asarray(b), atol=1e-6)


def test_gemini_embeds_documents_as_unit_vectors(gemini_api) -> None:
    api, url = gemini_api
    embedder = _gemini(url)
    assert isinstance(embedder, Embedder)
    assert embedder.dimensions == 768
    texts = ["gaming thumbnail", "بهترین رستوران", "ラーメン"]
    vectors = embedder.embed_documents(texts)
    assert all(_close(v, fake_vector(t, 768)) for v, t in zip(vectors, texts, strict=True))
    path, body = api.requests[-1]
    assert path.endswith("/models/gemini-embedding-001:batchEmbedContents")
    assert {r["taskType"] for r in body["requests"]} == {"RETRIEVAL_DOCUMENT"}
    assert {r["outputDimensionality"] for r in body["requests"]} == {768}


def test_gemini_query_uses_the_query_task_type(gemini_api) -> None:
    api, url = gemini_api
    assert _close(_gemini(url).embed_query("red arrow"), fake_vector("red arrow", 768))
    assert api.requests[-1][1]["requests"][0]["taskType"] == "RETRIEVAL_QUERY"


@pytest.mark.parametrize(
    ("text", "key", "error"),
    [
        ("x", "wrong-key", ConfigurationError),
        ("__status_429__", API_KEY, TransientProviderError),
        ("__status_500__", API_KEY, TransientProviderError),
        ("__status_400__", API_KEY, ProviderError),
    ],
)
def test_gemini_failures_become_domain_errors(gemini_api, text, key, error) -> None:
    _, url = gemini_api
    with pytest.raises(error) as caught:
        _gemini(url, key).embed_query(text)
    assert caught.value.user_message


def test_gemini_hung_server_is_a_timeout(gemini_api) -> None:
    api, url = gemini_api
    api.release.clear()
    try:
        with pytest.raises(ProviderTimeout):
            _gemini(url, timeout_seconds=0.3).embed_query("__hang__")
    finally:
        api.release.set()


def test_loopback_gemini_also_speaks_single_embed_content(gemini_api) -> None:
    """Keeps the fake honest for clients that use the single-text method."""
    import httpx

    _, url = gemini_api
    response = httpx.post(
        f"{url}/v1beta/models/gemini-embedding-001:embedContent",
        headers={"x-goog-api-key": API_KEY},
        json={"content": {"parts": [{"text": "hi"}]}, "outputDimensionality": 8},
    )
    assert response.status_code == 200
    assert len(response.json()["embedding"]["values"]) == 8
