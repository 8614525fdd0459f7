"""How long local analysis takes per 1280×720 thumbnail (target: < 150 ms p50 on 2 cores).

Images are the starter templates' previews when `render`/`admin` are importable, else synthetic
thumbnails. Prints p50/p95 of the whole `analyse_image`, and a per-stage split for one image.
Run: `.venv/bin/python benchmarks/analysis_speed.py [--n 30]`.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from vision.faces import detect_faces  # noqa: E402
from vision.local_analyzer import analyse_image, measure  # noqa: E402
from vision.palette import cluster, label_map, to_lab  # noqa: E402
from vision.phash import phash  # noqa: E402
from vision.text_regions import find_text  # noqa: E402
from vision.validation import ImageLimits, validate_image  # noqa: E402


def images(n: int) -> list[Image.Image]:
    try:
        from admin.starter_library import starter_templates
        from render.compositor import render_preview

        return [render_preview(spec)[0] for spec in starter_templates()[:n]]
    except ImportError:
        rng = np.random.default_rng(0)
        out = []
        for _ in range(n):
            im = Image.new("RGB", (1280, 720), tuple(int(v) for v in rng.integers(0, 255, 3)))
            d = ImageDraw.Draw(im)
            for _ in range(6):
                x, y = int(rng.integers(0, 1000)), int(rng.integers(0, 500))
                colour = tuple(int(v) for v in rng.integers(0, 255, 3))
                d.rectangle((x, y, x + 200, y + 150), fill=colour)
            out.append(im)
        return out


def timed(fn, *args) -> float:  # noqa: ANN001
    t = time.perf_counter()
    fn(*args)
    return (time.perf_counter() - t) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=30)
    args = ap.parse_args()
    ims = images(args.n)
    analyse_image(ims[0])  # warm caches (cascade parse, OpenCV kernels)
    runs, cpu = [], []
    for im in ims:
        c0 = time.process_time()
        runs.append(timed(analyse_image, im))
        cpu.append((time.process_time() - c0) * 1000)
    runs.sort()
    p95 = runs[min(len(runs) - 1, round(0.95 * (len(runs) - 1)))]
    print(f"analyse_image on {len(ims)} 1280×720 images: "
          f"wall p50 {statistics.median(runs):.0f} ms, "
          f"p95 {p95:.0f} ms, max {runs[-1]:.0f} ms; CPU p50 {statistics.median(cpu):.0f} ms "
          f"(CPU time is the figure to trust when other work shares the 2 cores)")

    im = ims[0]
    rgb = cv2.resize(np.asarray(im), (640, 360), interpolation=cv2.INTER_AREA)
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    lab = to_lab(rgb)
    c = cluster(rgb)
    labels = label_map(rgb, c.lab)
    stages = {
        "palette (k-means, Lab)": lambda: cluster(rgb),
        "label map (640 wide)": lambda: label_map(rgb, c.lab),
        "faces (Haar)": lambda: detect_faces(grey),
        "text lines": lambda: find_text(labels, lab, c.lab),
        "measure() total": lambda: measure(im),
        "pHash": lambda: phash(im),
    }
    for name, fn in stages.items():
        ms = statistics.median(timed(fn) for _ in range(5))
        print(f"  {name:24s} {ms:6.1f} ms")
    buf = io.BytesIO()
    im.save(buf, format="JPEG", quality=90)
    data = buf.getvalue()
    ms = statistics.median(
        timed(lambda: validate_image(data, filename="t.jpg", limits=ImageLimits()))
        for _ in range(5)
    )
    print(f"  {'validate_image (JPEG)':24s} {ms:6.1f} ms")


if __name__ == "__main__":
    main()
