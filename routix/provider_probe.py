"""Does a keyed model provider answer? One free request each, for `routix doctor`.

Listing models costs nothing and needs a working key, address and network: the three things
that break a keyed setup on a new machine. The answer is a sentence with the fix, never an
SDK's traceback. The chat itself never needs this: a brain that fails mid-turn falls back to
the local reading and says so (agent/llm_brain.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from kernel.settings import Settings

TIMEOUT_SECONDS = 8.0
OPENAI_DEFAULT = "https://api.openai.com/v1"
GEMINI_DEFAULT = "https://generativelanguage.googleapis.com"


@dataclass(frozen=True)
class ProbeResult:
    ok: bool
    detail: str  # what answered, or what went wrong
    fix: str = ""


def probe_openai(settings: Settings) -> ProbeResult:
    base = (settings.openai_base_url or OPENAI_DEFAULT).rstrip("/")
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else ""
    return _probe("OpenAI", f"{base}/models", {"Authorization": f"Bearer {key}"},
                  "OPENAI_API_KEY", "OPENAI_BASE_URL")


def probe_gemini(settings: Settings) -> ProbeResult:
    base = (settings.google_base_url or GEMINI_DEFAULT).rstrip("/")
    key = settings.google_api_key.get_secret_value() if settings.google_api_key else ""
    return _probe("Gemini", f"{base}/v1beta/models", {"x-goog-api-key": key},
                  "GOOGLE_API_KEY", "GOOGLE_BASE_URL")


def _probe(name: str, url: str, headers: dict[str, str], key_setting: str,
           url_setting: str) -> ProbeResult:
    where = url.rsplit("/", 1)[0]
    instead = f"or leave {key_setting} empty to use the local models"
    try:
        response = httpx.get(url, headers=headers, timeout=TIMEOUT_SECONDS)
    except httpx.TimeoutException:
        return ProbeResult(False, f"{name} at {where} did not answer in {TIMEOUT_SECONDS:.0f} s",
                           f"Check the network or {url_setting}, {instead}.")
    except httpx.HTTPError as exc:
        return ProbeResult(False, f"{name} at {where} cannot be reached ({type(exc).__name__})",
                           f"Check the network or {url_setting}, {instead}.")
    if response.status_code in (401, 403):
        return ProbeResult(False, f"{name} refused the key ({response.status_code})",
                           f"Check {key_setting}, {instead}.")
    if response.status_code >= 400:
        return ProbeResult(False, f"{name} at {where} answered {response.status_code}",
                           f"Check {url_setting}, {instead}.")
    return ProbeResult(True, f"{name} answers at {where}")
