"""Recipes render to compliant JPEGs, reproducibly; the local provider paints no art."""

from __future__ import annotations

import asyncio
import io

from PIL import Image

from admin.starter_library import starter_templates
from kernel.settings import Settings
from render.provider import (
    ArtRequest,
    LocalRenderProvider,
    make_render_provider,
    no_progress,
    render_recipe,
)
from render.recipe import RenderRecipe


def recipe(index: int = 1, **kw) -> RenderRecipe:
    return RenderRecipe(spec=starter_templates()[index], headline="Ship It Today",
                        emphasis="Today", **kw)


def test_a_stored_recipe_renders_the_same_compliant_jpeg_again() -> None:
    first = render_recipe(recipe(size="shorts", palette={"accent": "#ff0000"}))
    assert first.compliance.ok, first.compliance.reasons
    with Image.open(io.BytesIO(first.data)) as img:
        assert img.size == (1080, 1920) and img.format == "JPEG"
    stored = RenderRecipe.model_validate_json(
        recipe(size="shorts", palette={"accent": "#ff0000"}).model_dump_json())
    assert render_recipe(stored).data == first.data


def test_upscaled_recipes_are_twice_the_size() -> None:
    result = render_recipe(recipe(scale=2))
    assert (result.width, result.height) == (2560, 1440)


async def test_concurrent_renders_on_worker_threads_match_sequential_ones() -> None:
    recipes = [recipe(i) for i in range(4)]
    together = await asyncio.gather(*(asyncio.to_thread(render_recipe, r) for r in recipes))
    for r, result in zip(recipes, together, strict=True):
        assert render_recipe(r).data == result.data


async def test_the_local_provider_leaves_backgrounds_to_the_templates() -> None:
    provider = LocalRenderProvider()
    requests = [ArtRequest(recipe=recipe(), prompt="", aspect="16:9")] * 2
    assert await provider.backgrounds(requests, no_progress) == [None, None]
    assert make_render_provider(Settings(_env_file=None, midjourney_url=None)).name == "local"
    keyed = Settings(_env_file=None, midjourney_url="http://127.0.0.1:9", midjourney_secret="s")
    assert make_render_provider(keyed).name == "midjourney"
