"""Turn a stored `RenderRecipe` (plus the images it references) into a finished image. Pure."""

from __future__ import annotations

from PIL import Image

from render.compositor import render
from render.content import RenderContent
from render.recipe import RenderRecipe
from render.sizes import ALL_SIZES, OutputSize


def size_named(name: str) -> OutputSize:
    for size in ALL_SIZES:
        if size.name == name:
            return size
    raise ValueError(f"unknown output size {name!r}")


def cook(recipe: RenderRecipe, subject: Image.Image | None = None,
         background: Image.Image | None = None) -> Image.Image:
    """Paint the recipe at its size (×2 when upscaled). `subject` is the RGBA cut-out;
    `background` is remote art (the recipe's `background_key`) painted under the layers."""
    size = size_named(recipe.size)
    if recipe.scale > 1:
        size = OutputSize(name=f"{size.name}@{recipe.scale}x", width=size.width * recipe.scale,
                          height=size.height * recipe.scale, aspect=size.aspect)
    content = RenderContent(
        headline=recipe.headline, subline=recipe.subline, emphasis=recipe.emphasis,
        number=recipe.number, badge=recipe.badge,
        subjects=[subject] if subject is not None else [], palette=recipe.palette or None,
        language=recipe.language, stand_in_subjects=True, background=background,
    )
    return render(recipe.spec, content, size)
