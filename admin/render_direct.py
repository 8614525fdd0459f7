"""`routix render`: one template, one headline, straight to a file (no queue, no credits)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from admin.templates import get_template
from kernel.errors import InvalidInput
from render.compliance import ComplianceReport, check, encode_jpeg
from render.cook import cook
from render.cutout import cut_out
from render.recipe import RenderRecipe
from render.sizes import parse_size
from render.spec import TemplateSpec
from services import Services
from vision.validation import ImageLimits, validate_image


async def render_template(services: Services, ref: str, headline: str, photo: Path | None,
                          size: str, out: Path) -> tuple[Path, ComplianceReport]:
    template = await get_template(services, ref)
    if template.spec is None:
        raise InvalidInput(f"Template {template.slug} has no layer spec (an uploaded image); "
                           "only designed templates can be rendered.")
    output_size = parse_size(size)
    recipe = RenderRecipe(spec=TemplateSpec.model_validate(template.spec),
                          size=output_size.name, headline=headline)
    subject = None
    if photo is not None:
        image = validate_image(photo.read_bytes(), filename=photo.name,
                               limits=ImageLimits.for_uploads())
        subject = await asyncio.to_thread(cut_out, image.image, image.alpha)
    data = encode_jpeg(await asyncio.to_thread(cook, recipe, subject))
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{template.slug}-{output_size.name}.jpg"
    path.write_bytes(data)
    return path, check(data, output_size.aspect)
