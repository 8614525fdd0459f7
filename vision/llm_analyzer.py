"""Vision-LLM analysers (OpenAI, Gemini) behind the same `Analyzer` protocol.

Both send one system prompt and one user message (instructions + the image as a base64 JPEG
data URL) through LangChain's structured output into `LLMReading`, then merge it with local
pixel measurements (`vision.llm_schema.to_dna`). Endpoints come from settings
(`openai_base_url`, `google_base_url`), which is also how tests point them at loopback servers.
"""

from __future__ import annotations

import asyncio
import base64
import io
from typing import TYPE_CHECKING, Any

from langchain_core.messages import HumanMessage, SystemMessage
from PIL import Image

from kernel.chat_models import gemini_chat_model, openai_chat_model
from kernel.errors import ProviderError, ProviderTimeout, TransientProviderError
from vision.analyzer import AnalysisHints
from vision.composition import empty_space, symmetry
from vision.dna import DesignDNA
from vision.llm_schema import LLMReading, PixelFacts, Provider, to_dna
from vision.local_analyzer import shrink, technical
from vision.palette import cluster
from vision.prompts import SYSTEM_PROMPT, user_prompt
from vision.style import tone

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from kernel.settings import Settings

MAX_SIDE = 1024  # thumbnails read fine at this size; more only costs tokens
DEFAULT_TIMEOUT = 60.0


class LLMAnalyzer:
    """`Analyzer` that asks a vision LLM to read the design."""

    def __init__(self, model: BaseChatModel, name: Provider) -> None:
        self.name = name
        self._reader = model.with_structured_output(LLMReading, method="json_schema")

    @classmethod
    def openai(cls, settings: Settings, *, timeout: float = DEFAULT_TIMEOUT,
               max_retries: int = 2) -> LLMAnalyzer:
        """An analyser on OpenAI Chat Completions (or any compatible `openai_base_url`)."""
        model = openai_chat_model(settings, timeout=timeout, max_retries=max_retries,
                                  purpose="analyser")
        return cls(model, "openai")

    @classmethod
    def gemini(cls, settings: Settings, *, timeout: float = DEFAULT_TIMEOUT,
               max_retries: int = 2) -> LLMAnalyzer:
        """An analyser on the Gemini Developer API (`google_base_url` overrides the host)."""
        model = gemini_chat_model(settings, timeout=timeout, max_retries=max_retries,
                                  purpose="analyser")
        return cls(model, "gemini")

    async def analyze(self, image: Image.Image, *, hints: AnalysisHints | None = None) -> DesignDNA:
        """Read the design with the model; measure colours and size locally."""
        hints = hints or AnalysisHints()
        facts, data_url = await asyncio.to_thread(_prepare, image)
        messages = [
            SystemMessage(SYSTEM_PROMPT),
            HumanMessage(content=[
                {"type": "text", "text": user_prompt(hints)},
                {"type": "image_url", "image_url": {"url": data_url}},
            ]),
        ]
        try:
            reading = await self._reader.ainvoke(messages)
        except Exception as exc:  # noqa: BLE001 - provider SDKs raise many types
            raise _provider_error(self.name, exc) from exc
        if not isinstance(reading, LLMReading):
            raise ProviderError(f"The {self.name} analyser returned an unreadable answer.")
        return to_dna(reading, facts, analyser=self.name, niche_hint=hints.niche)


def _prepare(image: Image.Image) -> tuple[PixelFacts, str]:
    """Local pixel facts and the JPEG data URL, both CPU work (run in a thread)."""
    return pixel_facts(image), data_url(image)


def data_url(image: Image.Image) -> str:
    """The image as a `data:image/jpeg;base64,…` URL, at most MAX_SIDE px, no metadata.

    Rebuilt from raw pixels even though validated images carry none: whatever reaches a model
    must not smuggle EXIF, XMP, ICC or comment text, whoever called us."""
    rgb = image.convert("RGB")
    im = Image.frombytes("RGB", rgb.size, rgb.tobytes())
    if max(im.size) > MAX_SIDE:
        im.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    im.save(out, format="JPEG", quality=85)
    return "data:image/jpeg;base64," + base64.b64encode(out.getvalue()).decode("ascii")


def pixel_facts(image: Image.Image) -> PixelFacts:
    """Palette clusters, tone, size and sharpness, measured on the local analyser's copy."""
    rgb, grey = shrink(image)
    c = cluster(rgb)
    return PixelFacts(
        palette_lab=c.lab, palette_share=c.share, labels=c.labels, tone=tone(grey),
        technical=technical(image, grey),
        symmetry=round(symmetry(grey), 3), empty_space=round(empty_space(grey), 3),
    )


def _provider_error(name: str, exc: Exception) -> ProviderError:
    text = f"{type(exc).__name__}: {exc}".lower()
    status = _status_of(exc)
    if "timeout" in text or "timed out" in text:
        return ProviderTimeout(f"The {name} image analyser did not answer in time.")
    if status in (429, 500, 502, 503, 504) or "connection" in text:
        return TransientProviderError(
            f"The {name} image analyser is unavailable right now; please try again."
        )
    if status in (401, 403):
        return ProviderError(f"The {name} image analyser refused our credentials.")
    return ProviderError(f"The {name} image analyser failed: {type(exc).__name__}.")


def _status_of(exc: Any) -> int | None:
    for attr in ("status_code", "code", "status"):
        value = getattr(exc, attr, None)
        if isinstance(value, int):
            return value
    response = getattr(exc, "response", None)
    return getattr(response, "status_code", None) if response is not None else None
