"""Re-flow: where each layer's box goes on a 9:16 or 1:1 canvas, given its 16:9 box and region.

Nothing is stretched as pixels: boxes move and change shape, and what is inside them is fitted
again (text re-wraps and re-sizes, subjects contain-fit). On 9:16 the composition stacks: text on
top, the subject (or the two panels of a split) below.
"""

from __future__ import annotations

from render.sizes import Aspect
from render.spec import BackgroundLayer, Box, ShapeLayer, SubjectLayer, TemplateSpec

# Tall canvas bands (x, y, w, h) for each region.
TALL_TEXT = Box(x=0.04, y=0.03, w=0.92, h=0.28)
TALL_TEXT_ALONE = Box(x=0.05, y=0.1, w=0.9, h=0.8)  # no subject or panels: text takes the canvas
TALL_SUBJECT = Box(x=0.0, y=0.33, w=1.0, h=0.67)  # people stand on the bottom edge
TALL_PICTURE = Box(x=0.08, y=0.36, w=0.84, h=0.58)  # drawn things (a number, a product) float
TALL_PANELS_TOP = 0.32  # the two split panels share the canvas below the text band


def _union(boxes: list[Box]) -> Box | None:
    if not boxes:
        return None
    x0 = min(b.x for b in boxes)
    y0 = min(b.y for b in boxes)
    x1 = max(b.x + b.w for b in boxes)
    y1 = max(b.y + b.h for b in boxes)
    return Box(x=x0, y=y0, w=x1 - x0, h=y1 - y0)


def _map(box: Box, src: Box, dst: Box) -> Box:
    sx, sy = dst.w / src.w, dst.h / src.h
    return Box(x=dst.x + (box.x - src.x) * sx, y=dst.y + (box.y - src.y) * sy,
               w=box.w * sx, h=box.h * sy)


def tall_split(split: float) -> float:
    """Where a 16:9 left/right seam at `split` lands on the tall canvas (as a y fraction)."""
    return TALL_PANELS_TOP + split * (1 - TALL_PANELS_TOP)


def _panel(box: Box, left: bool, split: float) -> Box:
    """A box from one side of a 16:9 split, moved into its stacked panel on the tall canvas."""
    seam = tall_split(split)
    if left:
        src = Box(x=0, y=0, w=split, h=1)
        dst = Box(x=0, y=TALL_PANELS_TOP, w=1, h=seam - TALL_PANELS_TOP)
    else:
        src = Box(x=split, y=0, w=1 - split, h=1)
        dst = Box(x=0, y=seam, w=1, h=1 - seam)
    return _map(box, src, dst)


def _keep_shape(box: Box, aspect: Aspect, centre: tuple[float, float] | None = None) -> Box:
    """The box resized so its pixel proportions match the 16:9 design, around its centre (or a
    new centre)."""
    w, h = WIDTH_HEIGHT[aspect]
    k = min(w / 1280, h / 720)
    nw, nh = box.w * 1280 * k / w, box.h * 720 * k / h
    cx, cy = centre or (box.x + box.w / 2, box.y + box.h / 2)
    return Box(x=cx - nw / 2, y=cy - nh / 2, w=nw, h=nh)


WIDTH_HEIGHT = {Aspect.WIDE: (1280, 720), Aspect.TALL: (1080, 1920), Aspect.SQUARE: (1080, 1080)}


STRETCHY = ("rect", "stripe", "glow")  # bars and blobs may change proportions; nothing else


def _design_fit(box: Box, design: Box, aspect: Aspect) -> Box:
    """`box` shrunk about its centre to the pixel proportions `design` had on 16:9."""
    w, h = WIDTH_HEIGHT[aspect]
    ratio = (design.w * 1280) / (design.h * 720)
    bw, bh = box.w * w, box.h * h
    nw, nh = (bw, bw / ratio) if bw / ratio <= bh else (bh * ratio, bh)
    cx, cy = box.x + box.w / 2, box.y + box.h / 2
    return Box(x=cx - nw / w / 2, y=cy - nh / h / 2, w=nw / w, h=nh / h)


def _contains(outer: Box, inner: Box, slack: float = 0.005) -> bool:
    return (outer.x - slack <= inner.x and outer.y - slack <= inner.y
            and inner.x + inner.w <= outer.x + outer.w + slack
            and inner.y + inner.h <= outer.y + outer.h + slack)


def hosts(spec: TemplateSpec) -> dict[int, int]:
    """Layer index -> index of the earlier shape it is drawn inside (a label in its pill, a
    number on its badge, a screen in its phone). Bars and glows host nothing."""
    out: dict[int, int] = {}
    for i, layer in enumerate(spec.layers):
        design = getattr(layer, "box", None)
        if design is None:
            continue
        for j in range(i - 1, -1, -1):
            other = spec.layers[j]
            if (isinstance(other, ShapeLayer) and other.shape not in STRETCHY
                    and _contains(other.box, design)):
                out[i] = j
                break
    return out


def _settle(spec: TemplateSpec, moved: list[Box | None], aspect: Aspect) -> list[Box | None]:
    """Shapes keep their designed proportions; a layer drawn inside an earlier shape follows
    that shape exactly."""
    host_of = hosts(spec)
    out: list[Box | None] = []
    for i, (layer, box) in enumerate(zip(spec.layers, moved, strict=True)):
        design = getattr(layer, "box", None)
        if box is None or design is None:
            out.append(box)
            continue
        host = host_of.get(i)
        if host is not None and out[host] is not None:
            box = _map(design, spec.layers[host].box, out[host])  # type: ignore[arg-type, union-attr]
        elif isinstance(layer, ShapeLayer) and layer.shape not in STRETCHY:
            box = _design_fit(box, design, aspect)
        out.append(box)
    return out


def layer_boxes(spec: TemplateSpec, aspect: Aspect) -> list[Box | None]:
    """Each layer's box on a canvas of `aspect` (None for layers without one: backgrounds)."""
    boxes: list[Box | None] = [getattr(layer, "box", None) for layer in spec.layers]
    if aspect == Aspect.WIDE:
        return boxes
    if aspect == Aspect.SQUARE:  # the relative layout holds; free marks keep their shape
        return _settle(spec, [
            _keep_shape(b, aspect) if b is not None and layer.region in ("free", "seam") else b
            for b, layer in zip(boxes, spec.layers, strict=True)
        ], aspect)
    split_layer = next(
        (layer for layer in spec.layers if isinstance(layer, BackgroundLayer)
         and layer.style in ("split", "diagonal_split")),
        None,
    )
    split = split_layer.split if split_layer else 0.5
    # Without split panels, "left" and "right" are just the picture side: it goes below the text.
    picture = ("subject",) if split_layer else ("subject", "left", "right")
    text_union = _union([b for b, layer in zip(boxes, spec.layers, strict=True)
                         if b is not None and layer.region == "text" and layer.kind == "text"])
    alone = not any(layer.region in ("subject", "left", "right") for layer in spec.layers)
    text_band = TALL_TEXT_ALONE if alone else TALL_TEXT
    subject_union = _union([b for b, layer in zip(boxes, spec.layers, strict=True)
                            if b is not None and layer.region in picture])
    people = any(isinstance(layer, SubjectLayer) and layer.region in picture
                 for layer in spec.layers)
    picture_band = TALL_SUBJECT if people else TALL_PICTURE
    out: list[Box | None] = []
    for box, layer in zip(boxes, spec.layers, strict=True):
        if box is None or layer.region == "full":
            out.append(box)
        elif layer.region == "free":
            out.append(_keep_shape(box, aspect))
        elif layer.region == "seam":
            out.append(_keep_shape(box, aspect, (0.5, tall_split(split))))
        elif layer.region == "text" and text_union is not None:
            out.append(_map(box, text_union, text_band))
        elif layer.region in picture and subject_union is not None:
            out.append(_map(box, subject_union, picture_band))
        else:
            out.append(_panel(box, layer.region == "left", split))
    return _settle(spec, out, aspect)
