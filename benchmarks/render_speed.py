"""Render speed: compose and encode time for rich 1280×720 compositions (p50 / p95).

Run: .venv/bin/python benchmarks/render_speed.py [--rounds N]
The first render of each template warms the caches (gradients, fonts, the stand-in's blurs);
"cold" is that first pass, "warm" is what a worker sees when the same template is reused with new
words and a new cut-out subject each time.
"""

from __future__ import annotations

import argparse
import statistics
import time

from PIL import Image, ImageDraw

from admin.starter_library import starter_templates
from render.compliance import encode_jpeg
from render.compositor import render
from render.content import RenderContent
from render.sizes import ALL_SIZES, YOUTUBE
from render.spec import LayoutClass

HEADLINES = ("I Tried It For 30 Days", "This Changed Everything", "Stop Doing This Now",
             "The Truth About Budget PCs")


def _cutout(seed: int) -> Image.Image:
    """A synthetic RGBA cut-out the size of a phone selfie crop."""
    img = Image.new("RGBA", (900, 1100), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.ellipse((250, 80, 650, 560), fill=(200 + seed % 40, 150, 120, 255))
    d.rounded_rectangle((80, 520, 820, 1100), radius=200, fill=(40, 80, 200, 255))
    return img


def _pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) > 2 else max(values)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    rich = [t for t in starter_templates() if t.layout in (
        LayoutClass.FACE_LEFT, LayoutClass.FACE_RIGHT, LayoutClass.VERSUS,
        LayoutClass.BEFORE_AFTER)]
    cutouts = [_cutout(i) for i in range(4)]
    cold, warm, stand_in, enc, sizes_kb = [], [], [], [], []
    for rnd in range(args.rounds + 1):
        for i, spec in enumerate(rich):
            n = len(spec.subject_layers())
            content = RenderContent(headline=HEADLINES[(i + rnd) % 4], subline="New video",
                                    emphasis="This", subjects=cutouts[:n])
            t0 = time.perf_counter()
            image = render(spec, content, YOUTUBE)
            t1 = time.perf_counter()
            data = encode_jpeg(image)
            t2 = time.perf_counter()
            (cold if rnd == 0 else warm).append((t1 - t0) * 1000)
            enc.append((t2 - t1) * 1000)
            sizes_kb.append(len(data) / 1024)
            t3 = time.perf_counter()
            render(spec, RenderContent(headline=HEADLINES[rnd % 4]), YOUTUBE)
            if rnd:
                stand_in.append((time.perf_counter() - t3) * 1000)
    print(f"templates: {len(rich)} rich layouts, rounds: {args.rounds}")
    for name, values in (("compose cold (first use)", cold), ("compose, cut-out subjects", warm),
                         ("compose, cached stand-in", stand_in), ("JPEG q90 encode", enc)):
        p50, p95 = statistics.median(values), _pct(values, 95)
        print(f"{name:28s} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms")
    kb50, kb_max = statistics.median(sizes_kb), max(sizes_kb)
    print(f"{'JPEG size':28s} p50 {kb50:6.0f} KB   max {kb_max:6.0f} KB")
    for size in ALL_SIZES:
        passes: list[list[float]] = [[], []]
        for times in passes:  # first use of a size fills its caches; the second pass reuses them
            for spec in rich[:8]:
                content = RenderContent(headline="Any size at all", subjects=cutouts[:2])
                t0 = time.perf_counter()
                render(spec, content, size)
                times.append((time.perf_counter() - t0) * 1000)
        print(f"{'compose ' + size.name:28s} p50 {statistics.median(passes[1]):6.1f} ms   "
              f"(first use {statistics.median(passes[0]):.0f} ms)")


if __name__ == "__main__":
    main()
