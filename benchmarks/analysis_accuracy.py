"""How well the local analyser recovers what the compositor knows it drew.

Over every starter template's preview (`render.compositor.render_preview`), compare the DNA from
`vision.local_analyzer.analyse_image` with the `PreviewTruth`:
- palette: CIEDE2000 from each true colour (share ≥ 3 %) to the nearest found swatch, and from
  the true background to the found background;
- text: truth boxes are ink boxes of whole text layers (a 3-line headline is one box), found
  zones are lines, so each truth box is compared with the union of the zones centred inside it
  (IoU), and a found zone centred in no truth box counts as a false positive;
- faces: exact-count accuracy and box recall (IoU ≥ 0.4 with a found face);
- layout: exact class accuracy.

Run: `.venv/bin/python benchmarks/analysis_accuracy.py [-v]`.
"""

from __future__ import annotations

import argparse
import io
import statistics as stats
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from admin.starter_library import starter_templates  # noqa: E402
from render.compositor import render_preview  # noqa: E402
from vision.colour import delta_e2000, hex_to_rgb, srgb_to_lab  # noqa: E402
from vision.dna import DesignDNA  # noqa: E402
from vision.local_analyzer import analyse_image  # noqa: E402

PixelBox = tuple[float, float, float, float]


@dataclass
class Tally:
    colour_de: list[float] = field(default_factory=list)
    background_de: list[float] = field(default_factory=list)
    background_stop_de: list[float] = field(default_factory=list)  # nearest gradient stop
    text_iou: list[float] = field(default_factory=list)
    words: list[tuple[int, int]] = field(default_factory=list)  # (true, found) per text box
    zones: int = 0
    false_zones: int = 0
    face_exact: list[bool] = field(default_factory=list)
    face_hits: int = 0
    face_truth: int = 0
    layout_hits: list[bool] = field(default_factory=list)
    # (truth has one, found one) per template, for arrows and circles/rings
    arrows: list[tuple[bool, bool]] = field(default_factory=list)
    circles: list[tuple[bool, bool]] = field(default_factory=list)
    confusion: dict[tuple[str, str], int] = field(default_factory=dict)


def lab(hex_value: str) -> np.ndarray:
    return srgb_to_lab(np.array(hex_to_rgb(hex_value), float))


def iou(a: PixelBox, b: PixelBox) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def shape_count(spec, *kinds: str) -> int:  # noqa: ANN001 - TemplateSpec
    return sum(getattr(layer, "shape", None) in kinds for layer in spec.layers)


def presence(pairs: list[tuple[bool, bool]]) -> str:
    tp = sum(a and b for a, b in pairs)
    fp = sum(b and not a for a, b in pairs)
    fn = sum(a and not b for a, b in pairs)
    precision, recall = 100 * tp / max(tp + fp, 1), 100 * tp / max(tp + fn, 1)
    return f"precision {precision:.0f} %, recall {recall:.0f} % ({tp + fn} templates have one)"


def score(dna: DesignDNA, truth, t: Tally) -> str:  # noqa: ANN001 - PreviewTruth
    w, h = truth.width, truth.height
    found = [lab(s.hex) for s in dna.palette]
    for c in truth.palette:
        if c.share >= 0.03:
            t.colour_de.append(min(float(delta_e2000(lab(c.hex), f)) for f in found))
    bg_true = next((c.hex for c in truth.palette if c.role == "background"), None)
    stops = [c.hex for c in truth.palette if c.role in ("background", "background2")]
    bg_found = dna.colours("background")
    if bg_true and bg_found:
        t.background_de.append(float(delta_e2000(lab(bg_true), lab(bg_found[0].hex))))
        t.background_stop_de.append(
            min(float(delta_e2000(lab(h), lab(bg_found[0].hex))) for h in stops))
    zones = [(z.box.x * w, z.box.y * h, (z.box.x + z.box.w) * w, (z.box.y + z.box.h) * h)
             for z in dna.text]
    t.zones += len(zones)
    claimed = set()
    for tb in truth.text_boxes:
        inside = [i for i, z in enumerate(zones)
                  if tb.box[0] <= (z[0] + z[2]) / 2 <= tb.box[2]
                  and tb.box[1] <= (z[1] + z[3]) / 2 <= tb.box[3]]
        claimed.update(inside)
        found_words = sum(dna.text[i].word_count or 0 for i in inside)
        t.words.append((len(tb.text.split()), found_words))
        if inside:
            u = (min(zones[i][0] for i in inside), min(zones[i][1] for i in inside),
                 max(zones[i][2] for i in inside), max(zones[i][3] for i in inside))
            t.text_iou.append(iou(u, tb.box))
        else:
            t.text_iou.append(0.0)
    t.false_zones += len(zones) - len(claimed)
    t.face_exact.append(dna.faces.count == len(truth.face_boxes))
    t.face_truth += len(truth.face_boxes)
    found_faces = [(b.x * w, b.y * h, (b.x + b.w) * w, (b.y + b.h) * h) for b in dna.faces.boxes]
    t.face_hits += sum(any(iou(fb, g) >= 0.4 for g in found_faces) for fb in truth.face_boxes)
    layout = str(truth.layout)
    t.layout_hits.append(dna.composition.layout == layout)
    key = (layout, dna.composition.layout)
    t.confusion[key] = t.confusion.get(key, 0) + 1
    return (f"layout {layout}->{dna.composition.layout} faces {len(truth.face_boxes)}->"
            f"{dna.faces.count} text {len(truth.text_boxes)}->{len(zones)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--jpeg", type=int, default=0, metavar="Q",
                    help="re-encode each preview as JPEG at quality Q first, like an upload")
    args = ap.parse_args()
    t = Tally()
    templates = starter_templates()
    for spec in templates:
        image, truth = render_preview(spec)
        if args.jpeg:
            buf = io.BytesIO()
            image.save(buf, format="JPEG", quality=args.jpeg)
            image = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
        dna = analyse_image(image)
        line = score(dna, truth, t)
        t.arrows.append((shape_count(spec, "arrow") > 0, dna.elements.arrows > 0))
        t.circles.append((shape_count(spec, "circle", "ring") > 0, dna.elements.circles > 0))
        if args.verbose:
            print(f"{spec.name[:40]:40s} {line}")
    pct = lambda xs: 100 * sum(xs) / max(len(xs), 1)  # noqa: E731
    how = f", re-encoded as JPEG q{args.jpeg}" if args.jpeg else ""
    print(f"starter templates: {len(templates)} (1280×720 previews{how})")
    print(f"palette ΔE2000 true→nearest found: median {stats.median(t.colour_de):.1f}, "
          f"mean {stats.mean(t.colour_de):.1f}, ≤5: {pct([d <= 5 for d in t.colour_de]):.0f} % "
          f"of {len(t.colour_de)} colours")
    print(f"background ΔE2000: median {stats.median(t.background_de):.1f}, "
          f"≤5: {pct([d <= 5 for d in t.background_de]):.0f} %; to the nearest gradient stop: "
          f"median {stats.median(t.background_stop_de):.1f}, "
          f"≤5: {pct([d <= 5 for d in t.background_stop_de]):.0f} % (gradients have no one colour)")
    print(f"text boxes: mean IoU {stats.mean(t.text_iou):.2f}, recall@0.5 "
          f"{pct([v >= 0.5 for v in t.text_iou]):.0f} % of {len(t.text_iou)}; "
          f"false zones {t.false_zones}/{t.zones}")
    exact_words = [a == b for a, b in t.words]
    print(f"word count per text box: exact {pct(exact_words):.0f} %, mean abs error "
          f"{stats.mean(abs(a - b) for a, b in t.words):.2f} words")
    print(f"faces: count exact {pct(t.face_exact):.0f} %, box recall "
          f"{100 * t.face_hits / max(t.face_truth, 1):.0f} % of {t.face_truth}")
    print(f"layout: {pct(t.layout_hits):.0f} % exact")
    print(f"has an arrow: {presence(t.arrows)}; has a circle/ring: {presence(t.circles)}")
    if args.verbose:
        for (truth_l, found_l), n in sorted(t.confusion.items()):
            print(f"  {truth_l:18s} -> {found_l:18s} {n}")


if __name__ == "__main__":
    main()
