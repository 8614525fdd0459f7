"""The render provider interface and the local (Pillow) implementation.

Workers call `await provider.render(spec, content, size)`; the local provider composes off the
event loop (rendering is CPU work) and returns delivery-ready JPEG bytes with the truth of what
was drawn, the YouTube compliance report, and a JSON record that re-renders the same image.
"""

from __future__ import annotations

import asyncio
from typing import Protocol

from pydantic import BaseModel

from render.compliance import ComplianceReport, check, encode_jpeg
from render.compositor import render_with_truth
from render.content import RenderContent
from render.sizes import DEFAULT_SIZE, OutputSize
from render.spec import TemplateSpec
from render.truth import RenderTruth


class RenderRecord(BaseModel):
    """Everything but the cut-out pixels needed to render a result again or edit it."""

    spec: TemplateSpec
    size: str
    headline: str
    subline: str | None = None
    emphasis: str | None = None
    number: str | None = None
    badge: str | None = None
    palette: dict[str, str] | None = None
    language: str | None = None
    subject_count: int = 0


class RenderResult(BaseModel):
    image: bytes
    content_type: str = "image/jpeg"
    width: int
    height: int
    truth: RenderTruth
    compliance: ComplianceReport
    record: RenderRecord


class RenderProvider(Protocol):
    """Anything that turns a template and content into a delivered thumbnail."""

    name: str

    async def render(self, spec: TemplateSpec, content: RenderContent,
                     size: OutputSize = DEFAULT_SIZE) -> RenderResult: ...


def render_jpeg(spec: TemplateSpec, content: RenderContent,
                size: OutputSize = DEFAULT_SIZE) -> RenderResult:
    """Compose, encode for delivery (JPEG q90, ≤ 2 MB) and check compliance; synchronous."""
    image, truth = render_with_truth(spec, content, size)
    data = encode_jpeg(image)
    record = RenderRecord(
        spec=spec, size=size.name, headline=content.headline, subline=content.subline,
        emphasis=content.emphasis, number=content.number, badge=content.badge,
        palette=content.palette, language=content.language,
        subject_count=len(content.subjects),
    )
    return RenderResult(image=data, width=size.width, height=size.height, truth=truth,
                        compliance=check(data, size.aspect), record=record)


class LocalRenderProvider:
    """Renders in this process with Pillow, on a worker thread."""

    name = "local"

    async def render(self, spec: TemplateSpec, content: RenderContent,
                     size: OutputSize = DEFAULT_SIZE) -> RenderResult:
        return await asyncio.to_thread(render_jpeg, spec, content, size)
