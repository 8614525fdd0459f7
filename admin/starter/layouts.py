"""Layout recipes: each turns sample copy and a seeded random source into an ordered layer list
for one of the common thumbnail compositions (coordinates for the 16:9 canvas)."""

from __future__ import annotations

import random
from collections.abc import Callable

from admin.starter.copy import Copy
from render.spec import (
    BackgroundLayer,
    Box,
    Layer,
    LayoutClass,
    ShapeLayer,
    SubjectLayer,
    TextLayer,
)


def B(x: float, y: float, w: float, h: float) -> Box:
    return Box(x=x, y=y, w=w, h=h)


def _background(rng: random.Random, **kw: object) -> BackgroundLayer:
    style = kw.pop("style", rng.choice(["linear", "radial", "radial", "linear"]))
    pattern = kw.pop("pattern", rng.choice(["rays", "rays", "dots", "none", "stripes", "grid"]))
    angle = kw.pop("angle", rng.choice([0, 20, 90, 135]))
    return BackgroundLayer(style=style, angle=angle, pattern=pattern,
                           pattern_opacity=rng.choice([0.08, 0.12, 0.16]), vignette=0.45, **kw)


def _headline(c: Copy, box: Box, rng: random.Random, **kw: object) -> TextLayer:
    return TextLayer(role="headline", box=box, sample_text=c.headline, sample_emphasis=c.emphasis,
                     font=kw.pop("font", rng.choice(["heavy", "heavy", "display", "sans"])),
                     max_size=kw.pop("max_size", 0.26), max_lines=kw.pop("max_lines", 3),
                     stroke_width=kw.pop("stroke_width", 0.07), **kw)


def _pill(c: Copy, box: Box, color: str = "accent", text_color: str = "text",
          region: str = "text", text: str | None = None, role: str = "subline") -> list[Layer]:
    return [
        ShapeLayer(shape="pill", box=box, color=color, shadow=True, region=region),
        TextLayer(role=role, box=B(box.x + box.w * 0.08, box.y + box.h * 0.14, box.w * 0.84,
                                   box.h * 0.72),
                  font="sans", case="upper", color=text_color, stroke=None, shadow=False,
                  align="center", max_lines=1, max_size=0.1, emphasis=None,
                  sample_text=text if text is not None else c.subline, region=region),
    ]


def face_side(c: Copy, rng: random.Random, seed: int, left: bool) -> list[Layer]:
    sx, tx = (0.0, 0.47) if left else (0.52, 0.03)
    arrow_x, arrow_dir = (0.36, 180) if left else (0.52, 0)
    layers: list[Layer] = [
        _background(rng, angle=0 if left else 180),
        ShapeLayer(shape="glow", box=B(sx - 0.05, 0.0, 0.58, 1.05), color="accent2",
                   opacity=0.75, region="subject"),
        SubjectLayer(box=B(sx, 0.05, 0.48, 0.95), stand_in_seed=seed, flip=not left,
                     outline="text" if rng.random() < 0.7 else None),
        _headline(c, B(tx, 0.07, 0.5, 0.62), rng, align="center"),
        *_pill(c, B(tx + 0.05, 0.74, 0.4, 0.15), color="accent", text_color="background"),
    ]
    if rng.random() < 0.6:
        layers.append(ShapeLayer(shape="arrow", box=B(arrow_x, 0.58, 0.12, 0.14),
                                 color="accent", direction=arrow_dir, rotation=-20 if left else 20,
                                 outline="text_stroke", outline_width=0.006, region="subject"))
    return layers


def centered(c: Copy, rng: random.Random, seed: int) -> list[Layer]:
    return [
        _background(rng, style="radial", pattern=rng.choice(["rays", "dots"])),
        ShapeLayer(shape="glow", box=B(0.15, 0.0, 0.7, 1.0), color="accent2", opacity=0.5),
        ShapeLayer(shape="stripe", box=B(-0.1, 0.3, 1.2, 0.42), color="background",
                   opacity=0.55, rotation=-4, region="text"),
        _headline(c, B(0.06, 0.2, 0.88, 0.54), rng, align="center", max_lines=2,
                  max_size=0.3, rotation=rng.choice([0, -3])),
        *_pill(c, B(0.3, 0.78, 0.4, 0.13), color="accent", text_color="background"),
        ShapeLayer(shape="burst", box=B(0.83, 0.01, 0.15, 0.27), color="accent", rotation=12,
                   region="free", shadow=True),
        TextLayer(role="badge", box=B(0.855, 0.085, 0.1, 0.12), font="heavy", color="background",
                  stroke=None, shadow=False, align="center", max_lines=1, emphasis=None,
                  rotation=12, sample_text=c.badge, region="free"),
    ]


def big_number(c: Copy, rng: random.Random, seed: int) -> list[Layer]:
    shape = rng.choice(["burst", "circle", "rounded_rect"])
    return [
        _background(rng),
        ShapeLayer(shape=shape, box=B(0.03, 0.08, 0.42, 0.76), color="accent", shadow=True,
                   outline="text", outline_width=0.01, rotation=-6 if shape != "circle" else 0,
                   points=16, radius=0.2, region="subject"),
        TextLayer(role="number", box=B(0.09, 0.2, 0.3, 0.5), font="heavy", color="text",
                  stroke="text_stroke", stroke_width=0.05, align="center", max_lines=1,
                  max_size=0.5, emphasis=None, sample_text=c.number, rotation=-6,
                  region="subject"),
        _headline(c, B(0.48, 0.08, 0.49, 0.56), rng, align="left"),
        ShapeLayer(shape="check", box=B(0.84, 0.66, 0.12, 0.22), color="accent2", shadow=True,
                   region="free"),
        *_pill(c, B(0.48, 0.7, 0.34, 0.13), color="accent2", text_color="text_stroke"),
    ]


def before_after(c: Copy, rng: random.Random, seed: int) -> list[Layer]:
    return [
        BackgroundLayer(style="split", color="background", color2="background2",
                        pattern="none", vignette=0.3),
        SubjectLayer(box=B(0.04, 0.2, 0.42, 0.8), stand_in_seed=seed, outline="text",
                     region="left"),
        SubjectLayer(box=B(0.54, 0.2, 0.42, 0.8), stand_in_seed=seed + 1, outline="accent",
                     glow="accent", region="right"),
        *_pill(c, B(0.03, 0.05, 0.2, 0.11), color="text_stroke", text_color="text",
               region="left", text=c.left_label, role="badge"),
        *_pill(c, B(0.77, 0.05, 0.2, 0.11), color="accent", text_color="text_stroke",
               region="right", text=c.right_label, role="badge"),
        ShapeLayer(shape="arrow", box=B(0.42, 0.4, 0.16, 0.2), color="accent", shadow=True,
                   outline="text_stroke", outline_width=0.006, region="seam"),
        ShapeLayer(shape="rect", box=B(0.0, 0.8, 1.0, 0.2), color="text_stroke", opacity=0.8,
                   region="text"),
        _headline(c, B(0.1, 0.81, 0.8, 0.18), rng, align="center", max_lines=1,
                  region="text", max_size=0.16),
    ]


def versus(c: Copy, rng: random.Random, seed: int) -> list[Layer]:
    return [
        BackgroundLayer(style="diagonal_split", color="background", color2="background2",
                        pattern="none", vignette=0.4),
        SubjectLayer(box=B(0.0, 0.12, 0.45, 0.88), stand_in_seed=seed, outline="text",
                     region="left"),
        SubjectLayer(box=B(0.55, 0.12, 0.45, 0.88), stand_in_seed=seed + 3, outline="text",
                     flip=True, region="right"),
        TextLayer(role="badge", box=B(0.03, 0.03, 0.3, 0.16), font="heavy", align="left",
                  max_lines=1, emphasis=None, sample_text=c.left_label, region="left"),
        TextLayer(role="badge", box=B(0.67, 0.03, 0.3, 0.16), font="heavy", align="right",
                  max_lines=1, emphasis=None, sample_text=c.right_label,
                  region="right"),
        ShapeLayer(shape="burst", box=B(0.39, 0.3, 0.22, 0.4), color="accent", points=12,
                   outline="text_stroke", outline_width=0.008, shadow=True, region="seam"),
        TextLayer(role="number", box=B(0.43, 0.39, 0.14, 0.22), font="heavy", color="text",
                  stroke="text_stroke", align="center", max_lines=1, emphasis=None,
                  sample_text="VS", region="seam"),
        ShapeLayer(shape="rect", box=B(0.0, 0.82, 1.0, 0.18), color="text_stroke", opacity=0.85,
                   region="text"),
        _headline(c, B(0.1, 0.83, 0.8, 0.16), rng, align="center", max_lines=1,
                  region="text", color="text", emphasis="accent", max_size=0.15),
    ]


def _product_art(kind: str) -> list[Layer]:
    """An original stand-in product drawn from shapes, so a preview shows a close-up of one."""
    L = "left"
    if kind == "bottle":
        return [
            ShapeLayer(shape="rounded_rect", box=B(0.225, 0.06, 0.11, 0.14), color="text_stroke",
                       radius=0.2, region=L),
            ShapeLayer(shape="rounded_rect", box=B(0.16, 0.17, 0.24, 0.76), color="accent2",
                       radius=0.3, shadow=True, outline="text", outline_width=0.008, region=L),
            ShapeLayer(shape="rect", box=B(0.16, 0.42, 0.24, 0.26), color="text", opacity=0.92,
                       region=L),
            ShapeLayer(shape="circle", box=B(0.235, 0.47, 0.09, 0.16), color="accent", region=L),
            ShapeLayer(shape="rect", box=B(0.19, 0.22, 0.025, 0.62), color="text", opacity=0.25,
                       region=L),
        ]
    if kind == "plate":
        return [
            ShapeLayer(shape="circle", box=B(0.05, 0.06, 0.46, 0.88), color="text", shadow=True,
                       region=L),
            ShapeLayer(shape="ring", box=B(0.1, 0.15, 0.36, 0.7), color="background2",
                       opacity=0.25, region=L),
            ShapeLayer(shape="circle", box=B(0.14, 0.22, 0.28, 0.56), color="accent2", region=L),
            *[ShapeLayer(shape="circle", box=B(x, y, 0.05, 0.09), color=col, region=L)
              for x, y, col in ((0.2, 0.32, "accent"), (0.31, 0.28, "background"),
                                (0.25, 0.52, "background"), (0.34, 0.5, "accent"),
                                (0.19, 0.56, "accent"))],
        ]
    if kind == "box":
        return [
            ShapeLayer(shape="rounded_rect", box=B(0.08, 0.22, 0.38, 0.68), color="accent2",
                       radius=0.06, shadow=True, outline="text", outline_width=0.008, region=L),
            ShapeLayer(shape="rect", box=B(0.245, 0.22, 0.05, 0.68), color="accent", region=L),
            ShapeLayer(shape="rect", box=B(0.08, 0.47, 0.38, 0.09), color="accent", region=L),
            ShapeLayer(shape="burst", box=B(0.2, 0.08, 0.14, 0.25), color="accent", points=8,
                       region=L),
        ]
    return [  # phone
        ShapeLayer(shape="rounded_rect", box=B(0.14, 0.1, 0.28, 0.82), color="text_stroke",
                   radius=0.16, rotation=8, shadow=True, outline="text", outline_width=0.008,
                   region=L),
        ShapeLayer(shape="rounded_rect", box=B(0.165, 0.15, 0.23, 0.72), color="accent2",
                   radius=0.12, rotation=8, region=L),
        ShapeLayer(shape="ring", box=B(0.22, 0.34, 0.12, 0.22), color="text", opacity=0.85,
                   rotation=8, region=L),
        ShapeLayer(shape="arrow", box=B(0.258, 0.41, 0.05, 0.08), color="text", opacity=0.85,
                   region=L),
    ]


def product(c: Copy, rng: random.Random, seed: int) -> list[Layer]:
    return [
        _background(rng, style="radial", pattern="none"),
        ShapeLayer(shape="glow", box=B(0.0, -0.05, 0.6, 1.1), color="accent2", opacity=0.8,
                   region="left"),
        *_product_art(c.product),
        ShapeLayer(shape="price_tag", box=B(0.3, 0.62, 0.24, 0.2), color="accent", rotation=-10,
                   shadow=True, region="left"),
        TextLayer(role="number", box=B(0.36, 0.65, 0.16, 0.14), font="heavy",
                  color="text_stroke", stroke=None, shadow=False, align="center", max_lines=1,
                  emphasis=None, rotation=-10, sample_text=c.number, region="left"),
        _headline(c, B(0.55, 0.1, 0.42, 0.58), rng, align="left"),
        *_pill(c, B(0.56, 0.74, 0.36, 0.13), color="accent", text_color="text_stroke"),
    ]


def minimal(c: Copy, rng: random.Random, seed: int) -> list[Layer]:
    with_face = rng.random() < 0.6
    return [
        BackgroundLayer(style="solid", pattern="none", vignette=0.15),
        ShapeLayer(shape="rect", box=B(0.06, 0.16, 0.012, 0.56), color="accent", region="text"),
        _headline(c, B(0.1, 0.14, 0.5 if with_face else 0.82, 0.6), rng, align="left",
                  font=rng.choice(["sans", "display"]), stroke=None, stroke_width=0.0,
                  shadow=False, max_size=0.2 if with_face else 0.3),
        TextLayer(role="subline", box=B(0.1, 0.76, 0.5, 0.1), font="body", case="as_is",
                  color="accent", stroke=None, shadow=False, max_lines=1, max_size=0.07,
                  emphasis=None, sample_text=c.subline),
        *([SubjectLayer(box=B(0.62, 0.1, 0.38, 0.9), stand_in_seed=seed, outline=None,
                        shadow=True)] if with_face else []),
    ]


RECIPES: dict[LayoutClass, Callable[[Copy, random.Random, int], list[Layer]]] = {
    LayoutClass.FACE_LEFT: lambda c, r, s: face_side(c, r, s, left=True),
    LayoutClass.FACE_RIGHT: lambda c, r, s: face_side(c, r, s, left=False),
    LayoutClass.CENTERED_HEADLINE: centered,
    LayoutClass.BIG_NUMBER: big_number,
    LayoutClass.BEFORE_AFTER: before_after,
    LayoutClass.VERSUS: versus,
    LayoutClass.PRODUCT_CLOSEUP: product,
    LayoutClass.MINIMAL: minimal,
}
