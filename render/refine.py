"""Edit a stored recipe by one aspect ("text yellow", "bigger text", "move face left"). Pure.

Only the layers the change touches are edited; everything else re-renders exactly as before.
"""

from __future__ import annotations

from render.recipe import RenderRecipe
from render.spec import Box, ShapeLayer, SubjectLayer, TextLayer

GROW = 1.22


def refine(recipe: RenderRecipe, op: str, value: str) -> RenderRecipe:
    """Apply one refinement; unknown ops raise ValueError (the brain only emits known ones)."""
    spec = recipe.spec
    if op == "text_colour":
        return recipe.model_copy(update={"palette": {**recipe.palette, "text": value}})
    if op == "background_colour":
        return recipe.model_copy(update={"palette": {**recipe.palette, "background": value,
                                                     "background2": _darker(value)}})
    if op == "accent_colour":
        return recipe.model_copy(update={"palette": {**recipe.palette, "accent": value}})
    if op == "headline":
        return recipe.model_copy(update={"headline": value, "emphasis": None})
    if op == "emphasis":
        return recipe.model_copy(update={"emphasis": value})
    if op == "text_size":
        factor = GROW if value == "bigger" else 1 / GROW
        layers = [_scaled_text(layer, factor) if isinstance(layer, TextLayer)
                  and layer.role == "headline" else layer for layer in spec.layers]
        return recipe.model_copy(update={"spec": spec.model_copy(update={"layers": layers})})
    if op == "face_size":
        factor = GROW if value == "bigger" else 1 / GROW
        layers = [layer.model_copy(update={"box": _scaled_box(layer.box, factor, anchor="bottom")})
                  if isinstance(layer, SubjectLayer) else layer for layer in spec.layers]
        return recipe.model_copy(update={"spec": spec.model_copy(update={"layers": layers})})
    if op == "face_side":
        return recipe.model_copy(update={"spec": _face_to(spec, value)})
    if op == "energy":
        return recipe  # energy is a search wish; a finished design keeps its composition
    raise ValueError(f"unknown refinement {op!r}")


def _scaled_text(layer: TextLayer, factor: float) -> TextLayer:
    return layer.model_copy(update={
        "max_size": min(1.0, layer.max_size * factor),
        "box": _scaled_box(layer.box, factor, anchor="center")})


def _scaled_box(box: Box, factor: float, anchor: str) -> Box:
    w, h = min(box.w * factor, 1.2), min(box.h * factor, 1.2)
    x = box.x + (box.w - w) / 2
    y = box.y + (box.h - h) if anchor == "bottom" else box.y + (box.h - h) / 2
    return Box(x=max(-0.2, x), y=max(-0.2, y), w=w, h=h)


def _face_to(spec, side: str):
    """Mirror the composition when the subject sits on the other side."""
    subjects = spec.subject_layers()
    if not subjects:
        return spec
    centre = subjects[0].box.x + subjects[0].box.w / 2
    if (side == "left") == (centre < 0.5):
        return spec  # already there
    layers = []
    for layer in spec.layers:
        box = getattr(layer, "box", None)
        if box is None:
            layers.append(layer)
            continue
        mirrored = Box(x=1 - box.x - box.w, y=box.y, w=box.w, h=box.h)
        update: dict[str, object] = {"box": mirrored}
        if isinstance(layer, SubjectLayer):
            update["flip"] = not layer.flip
        if isinstance(layer, ShapeLayer):
            update["direction"] = (180 - layer.direction) % 360  # arrows keep pointing inward
            update["rotation"] = -layer.rotation
        if isinstance(layer, TextLayer) and layer.align != "center":
            update["align"] = "right" if layer.align == "left" else "left"
        layers.append(layer.model_copy(update=update))
    return spec.model_copy(update={"layers": layers})


def _darker(hex_value: str) -> str:
    r, g, b = (int(hex_value[i:i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(c * 0.55) for c in (r, g, b)))
