"""The local render provider delivers compliant JPEGs and a record that renders them again."""

from __future__ import annotations

import io

from PIL import Image

from admin.starter_library import starter_templates
from render.content import RenderContent
from render.provider import LocalRenderProvider, RenderProvider, RenderRecord
from render.sizes import SHORTS, parse_size


async def test_local_provider_delivers_a_compliant_jpeg_and_a_replayable_record() -> None:
    provider: RenderProvider = LocalRenderProvider()
    spec = starter_templates()[1]
    content = RenderContent(headline="Ship It Today", emphasis="Today", palette={
        "accent": "#ff0000"})
    result = await provider.render(spec, content, SHORTS)
    assert result.compliance.ok, result.compliance.reasons
    with Image.open(io.BytesIO(result.image)) as img:
        assert img.size == (1080, 1920) and img.format == "JPEG"
    record = RenderRecord.model_validate_json(result.record.model_dump_json())
    again = await provider.render(record.spec, RenderContent(
        headline=record.headline, emphasis=record.emphasis, palette=record.palette),
        parse_size(record.size))
    assert again.image == result.image


async def test_concurrent_renders_on_worker_threads_match_sequential_ones() -> None:
    import asyncio

    provider = LocalRenderProvider()
    specs = starter_templates()[:4]
    content = RenderContent(headline="Same Every Time", emphasis="Same")
    together = await asyncio.gather(*(provider.render(s, content) for s in specs))
    for spec, result in zip(specs, together, strict=True):
        alone = await provider.render(spec, content)
        assert alone.image == result.image
