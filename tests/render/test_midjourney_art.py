"""MidjourneyArt end to end against the fake proxy: four distinct images, upscale, variations."""

from __future__ import annotations

import asyncio
import io

import pytest
from PIL import Image

from admin.starter_library import starter_templates
from kernel.errors import ConfigurationError, ProviderError
from kernel.settings import Settings
from render.midjourney import ArtRequest, MidjourneyArt, MidjourneyClient, PollPolicy, art_for
from render.midjourney.grid import decode_grid, decode_image, split_grid
from render.recipe import RenderRecipe
from tests.render.mj_proxy import FakeMidjourneyProxy

FAST = PollPolicy(first_delay=0.001, factor=1.5, max_delay=0.01, timeout=5.0)


@pytest.fixture
async def art(proxy: FakeMidjourneyProxy):
    provider = MidjourneyArt(MidjourneyClient(proxy.url, "s3cret", poll=FAST))
    yield provider
    await provider.aclose()


def request(prompt: str = "neon city skyline, wide empty negative space on the left",
            aspect: str = "16:9") -> ArtRequest:
    recipe = RenderRecipe(spec=starter_templates()[0], headline="Ship It")
    return ArtRequest(recipe=recipe, prompt=prompt, aspect=aspect)


class Recorder:
    def __init__(self) -> None:
        self.reports: list[tuple[float, str]] = []

    async def __call__(self, fraction: float, message: str) -> None:
        self.reports.append((fraction, message))


def centre_colour(image: Image.Image) -> tuple[int, int, int]:
    return image.getpixel((2, 2))  # type: ignore[return-value]


async def test_make_art_returns_four_distinct_quadrants_with_rising_progress(
        art: MidjourneyArt, proxy: FakeMidjourneyProxy) -> None:
    progress = Recorder()
    images = await art.make_art(request(), progress)
    assert len(images) == 4
    assert all(im.mode == "RGB" and im.size == (256, 144) for im in images)
    # Quadrants come out in U1..U4 order: red, green, blue, yellow in the fake's grid.
    assert [centre_colour(im) for im in images] == [
        (220, 40, 40), (40, 180, 60), (40, 80, 220), (240, 200, 30)]
    fractions = [f for f, _ in progress.reports]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0
    assert any("46%" in message for _, message in progress.reports)
    assert progress.reports[-1] == (1.0, "Art ready")


async def test_the_aspect_is_added_when_the_prompt_lacks_one(
        art: MidjourneyArt, proxy: FakeMidjourneyProxy) -> None:
    await art.make_art(request("calm beach", "9:16"))
    await art.make_art(request("calm beach --ar 1:1", "1:1"))
    prompts = [s.body["prompt"] for s in proxy.requests_to("/imagine")]
    assert prompts == ["calm beach --ar 9:16", "calm beach --ar 1:1"]


async def test_odd_sized_grids_split_into_four_equal_images(
        art: MidjourneyArt, proxy: FakeMidjourneyProxy) -> None:
    proxy.behaviour.grid_size = (457, 301)
    images = await art.make_art(request())
    assert {im.size for im in images} == {(228, 150)}


async def test_upscale_presses_u_and_returns_one_full_image(
        art: MidjourneyArt, proxy: FakeMidjourneyProxy) -> None:
    grid = await art.imagine(request())
    image = await art.upscale(grid.task_id, 3)
    assert image.size == (512, 288) and centre_colour(image) == (40, 80, 220)
    assert proxy.requests_to("/submit/action")[0].body["customId"].startswith(
        "MJ::JOB::upsample::3::")


async def test_variations_come_back_as_a_new_grid(art: MidjourneyArt,
                                                  proxy: FakeMidjourneyProxy) -> None:
    proxy.behaviour.old_proxy = True
    grid = await art.imagine(request())
    varied = await art.vary(grid.task_id, 2)
    assert varied.task_id != grid.task_id and len(varied.images) == 4
    assert proxy.requests_to("/submit/change")[0].body == {
        "taskId": grid.task_id, "action": "VARIATION", "index": 2}


async def test_garbage_image_bytes_are_a_provider_error(art: MidjourneyArt,
                                                        proxy: FakeMidjourneyProxy) -> None:
    proxy.behaviour.garbage_image = True
    with pytest.raises(ProviderError, match="not a usable image"):
        await art.make_art(request())


async def test_a_tiny_image_is_refused(art: MidjourneyArt, proxy: FakeMidjourneyProxy) -> None:
    proxy.behaviour.grid_size = (100, 60)
    with pytest.raises(ProviderError, match="unusable size"):
        await art.make_art(request())


def test_from_settings_needs_both_url_and_secret() -> None:
    with pytest.raises(ConfigurationError, match="MIDJOURNEY_URL"):
        MidjourneyArt.from_settings(Settings(_env_file=None, midjourney_url="http://x",
                                             midjourney_secret=None))


async def test_from_settings_gives_up_before_the_workers_job_timeout() -> None:
    settings = Settings(_env_file=None, midjourney_url="http://mj.invalid:8080/",
                        midjourney_secret="k", job_timeout_seconds=120)
    provider = MidjourneyArt.from_settings(settings)
    assert provider.client.poll.timeout == 110
    assert provider.client.base_url == "http://mj.invalid:8080/"
    await provider.aclose()


def test_decoding_refuses_huge_headers_before_reading_pixels() -> None:
    # A PNG whose header claims 20000×20000: refused from the header alone.
    out = io.BytesIO()
    Image.new("L", (1, 1)).save(out, "PNG")
    data = bytearray(out.getvalue())
    data[16:24] = (20000).to_bytes(4, "big") + (20000).to_bytes(4, "big")
    with pytest.raises(ProviderError):
        decode_image(bytes(data))


def test_split_grid_orders_quadrants_like_midjourneys_buttons() -> None:
    grid = Image.new("RGB", (301, 201))
    for n, (x, y) in enumerate([(0, 0), (151, 0), (0, 101), (151, 101)]):
        grid.paste((n * 60, 0, 0), (x, y, x + 150, y + 100))
    parts = split_grid(grid)
    assert [p.getpixel((75, 50))[0] for p in parts] == [0, 60, 120, 180]
    assert {p.size for p in parts} == {(150, 100)}


def test_rgba_and_palette_grids_come_out_rgb() -> None:
    for mode in ("RGBA", "P", "L"):
        out = io.BytesIO()
        Image.new(mode, (300, 200)).save(out, "PNG")
        assert {im.mode for im in decode_grid(out.getvalue())} == {"RGB"}


async def test_recipes_sharing_a_prompt_share_grids(art: MidjourneyArt,
                                                    proxy: FakeMidjourneyProxy) -> None:
    requests = [request("prompt a")] * 5 + [request("prompt b", "9:16")]
    progress = Recorder()
    images = await art_for(art, requests, progress)
    assert len(images) == 6
    prompts = sorted(s.body["prompt"] for s in proxy.requests_to("/imagine"))
    assert prompts == ["prompt a --ar 16:9", "prompt a --ar 16:9", "prompt b --ar 9:16"]
    assert len({centre_colour(im) for im in images[:4]}) == 4  # one grid, four quadrants
    fractions = [f for f, _ in progress.reports]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


async def test_one_failed_grid_cancels_the_others() -> None:
    release, cancelled = asyncio.Event(), []

    class Stub:
        name = "stub"

        async def make_art(self, request: ArtRequest, progress: object) -> list[Image.Image]:
            if request.prompt == "bad":
                raise ProviderError("Midjourney could not make this image: nope")
            try:
                await release.wait()
            except asyncio.CancelledError:
                cancelled.append(request.prompt)
                raise
            return []

    with pytest.raises(ProviderError, match="nope"):
        await art_for(Stub(), [request("slow"), request("bad")])
    assert cancelled == ["slow"]


async def test_an_unknown_aspect_is_a_programming_error(art: MidjourneyArt,
                                                        proxy: FakeMidjourneyProxy) -> None:
    with pytest.raises(ValueError, match="4:3"):
        await art.make_art(request(aspect="4:3"))
    assert not proxy.requests_to("/imagine")


def test_webp_grids_decode_too() -> None:
    # Some proxies hand out Discord's WebP previews instead of the PNG.
    out = io.BytesIO()
    Image.new("RGB", (400, 224), (10, 200, 90)).save(out, "WEBP")
    parts = decode_grid(out.getvalue())
    assert len(parts) == 4 and {p.size for p in parts} == {(200, 112)}
