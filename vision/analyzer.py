"""The `Analyzer` protocol and the factory that picks one from settings.

One async method: analysers are called from async request and worker paths, and remote ones do
network I/O. Local analysis is CPU work, so `LocalAnalyzer` runs its pure, synchronous core
(`vision.local_analyzer.analyse_image`, which scripts and benchmarks may call directly) in a
thread. Images must come from `vision.validation.validate_image`: RGB, metadata stripped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Protocol

from PIL import Image
from pydantic import BaseModel, ConfigDict, Field

from vision.dna import DesignDNA

if TYPE_CHECKING:
    from kernel.settings import Settings

Choice = Literal["auto", "local", "openai", "gemini"]


class AnalysisHints(BaseModel):
    """What the caller already knows about a thumbnail; pixels cannot show a niche."""

    model_config = ConfigDict(frozen=True)

    niche: tuple[str, ...] = ()
    title: str | None = Field(default=None, max_length=200)  # the video's title, if known


class Analyzer(Protocol):
    """Turns a validated RGB image into `DesignDNA`."""

    name: str

    async def analyze(
        self, image: Image.Image, *, hints: AnalysisHints | None = None
    ) -> DesignDNA: ...


def make_analyzer(settings: Settings, choice: Choice = "auto") -> Analyzer:
    """OpenAI when keyed, else Gemini when keyed, else local; `choice` forces one."""
    pick = settings.model_provider(choice, "ROUTIX_ANALYZER")
    if pick == "local":
        from vision.local_analyzer import LocalAnalyzer

        return LocalAnalyzer()
    # Imported lazily: the LangChain clients cost ~1 s to import and are unused locally.
    from vision.llm_analyzer import LLMAnalyzer

    if pick == "openai":
        return LLMAnalyzer.openai(settings)
    return LLMAnalyzer.gemini(settings)
