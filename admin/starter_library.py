"""The starter template library: original templates generated from seeded recipes, so the
library is the same on every machine. `python -m admin.starter_library --out DIR` writes each
preview and a contact sheet."""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from PIL import Image, ImageDraw

from admin.starter.copy import COPY
from admin.starter.layouts import RECIPES
from admin.starter.palettes import PALETTES
from render.compositor import render_preview
from render.fonts import ROLE_FACES, FontFace, load
from render.sizes import ALL_SIZES, OutputSize, parse_size
from render.spec import LayoutClass, Niche, TemplateSpec

# Five compositions per niche; over 13 niches every layout appears several times.
_PLAN: tuple[LayoutClass, ...] = (
    LayoutClass.FACE_LEFT, LayoutClass.FACE_RIGHT, LayoutClass.CENTERED_HEADLINE,
    LayoutClass.BIG_NUMBER, LayoutClass.BEFORE_AFTER, LayoutClass.VERSUS,
    LayoutClass.PRODUCT_CLOSEUP, LayoutClass.MINIMAL,
)
PER_NICHE = 5
_MOODS: dict[LayoutClass, tuple[list[str], int]] = {
    LayoutClass.FACE_LEFT: (["bold", "personal", "energetic"], 8),
    LayoutClass.FACE_RIGHT: (["bold", "personal", "curious"], 8),
    LayoutClass.CENTERED_HEADLINE: (["loud", "punchy"], 9),
    LayoutClass.BIG_NUMBER: (["listicle", "clear", "informative"], 7),
    LayoutClass.BEFORE_AFTER: (["transformation", "dramatic"], 7),
    LayoutClass.VERSUS: (["competitive", "dramatic", "energetic"], 9),
    LayoutClass.PRODUCT_CLOSEUP: (["review", "premium", "clean"], 6),
    LayoutClass.MINIMAL: (["calm", "clean", "premium"], 3),
}
_SPLIT_LAYOUTS = (LayoutClass.BEFORE_AFTER, LayoutClass.VERSUS)


def _layouts_for(index: int) -> list[LayoutClass]:
    """A rotating window over the plan, so neighbouring niches get different mixes."""
    return [_PLAN[(index * 3 + k) % len(_PLAN)] for k in range(PER_NICHE)]


def starter_templates() -> list[TemplateSpec]:
    """All starter templates, deterministic (seeded by niche and position)."""
    out: list[TemplateSpec] = []
    for n_index, niche in enumerate(Niche):
        for k, layout in enumerate(_layouts_for(n_index)):
            seed = n_index * 100 + k
            rng = random.Random(seed)
            copies = COPY[niche]
            copy = copies[2] if layout in _SPLIT_LAYOUTS else copies[k % 2]
            palette = PALETTES[niche][k % 2]
            mood, energy = _MOODS[layout]
            layers = RECIPES[layout](copy, rng, seed)
            out.append(TemplateSpec(
                id=f"{niche.value}-{layout.value.replace('_', '-')}-{k + 1}",
                name=f"{niche.value.title()} · {copy.headline}",
                niches=[niche], layout=layout, mood=[*mood, niche.value],
                energy=max(1, min(10, energy + rng.choice([-1, 0, 1]))),
                palette=palette, layers=layers,
            ))
    return out


def contact_sheet(images: list[tuple[str, Image.Image]], columns: int = 6,
                  thumb_w: int = 320) -> Image.Image:
    """A grid of labelled previews."""
    if not images:
        raise ValueError("no images for a contact sheet")
    first = images[0][1]
    thumb_h = round(thumb_w * first.height / first.width)
    label_h = 18
    rows = (len(images) + columns - 1) // columns
    sheet = Image.new("RGB", (columns * (thumb_w + 8) + 8, rows * (thumb_h + label_h + 8) + 8),
                      (24, 24, 28))
    draw = ImageDraw.Draw(sheet)
    font = load(FontFace(ROLE_FACES["body"]), 12)
    for i, (label, img) in enumerate(images):
        x = 8 + (i % columns) * (thumb_w + 8)
        y = 8 + (i // columns) * (thumb_h + label_h + 8)
        sheet.paste(img.resize((thumb_w, thumb_h), Image.Resampling.LANCZOS), (x, y))
        draw.text((x, y + thumb_h + 3), label, font=font, fill=(220, 220, 220))
    return sheet


def write_library(out: Path, size: OutputSize, fmt: str = "jpg") -> list[Path]:
    """Write every template's preview, its spec JSON and a contact sheet into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    written, thumbs = [], []
    for spec in starter_templates():
        image, _ = render_preview(spec, size)
        path = out / f"{spec.id}.{fmt}"
        image.save(path, quality=90) if fmt == "jpg" else image.save(path)
        (out / f"{spec.id}.json").write_text(spec.model_dump_json(indent=2))
        written.append(path)
        thumbs.append((spec.id, image))
    columns = 6 if size.width >= size.height else 10
    sheet = out / f"contact-sheet-{size.name}.png"
    contact_sheet(thumbs, columns=columns, thumb_w=320 if columns == 6 else 200).save(sheet)
    written.append(sheet)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write the starter library's previews.")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--size", default="16:9", help="16:9, 9:16, 1:1 or 'all'")
    parser.add_argument("--format", choices=["jpg", "png"], default="jpg")
    args = parser.parse_args(argv)
    sizes = ALL_SIZES if args.size == "all" else (parse_size(args.size),)
    for size in sizes:
        target = args.out / size.name if len(sizes) > 1 else args.out
        paths = write_library(target, size, args.format)
        print(f"{len(paths) - 1} previews + contact sheet -> {target}")


if __name__ == "__main__":
    main()
