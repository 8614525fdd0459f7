"""`render(spec, content, size)`: paint a template's layers in order onto a canvas.

Pure: values in, a PIL image out. Expensive intermediates (gradients, patterns, the stand-in
person's blurred sticker, font objects) are cached in the modules that make them.
"""

from __future__ import annotations

from PIL import Image

from render.backgrounds import paint_art, paint_background
from render.content import RenderContent
from render.contrast import readable_accent, readable_on
from render.layout import hosts, layer_boxes, tall_split
from render.shapes import draw_shape
from render.sizes import DEFAULT_SIZE, Aspect, OutputSize
from render.spec import (
    BackgroundLayer,
    Box,
    Palette,
    ShapeLayer,
    SubjectLayer,
    TemplateSpec,
    TextLayer,
)
from render.stand_in import stand_in_person
from render.subject import make_sticker, map_box, place, stand_in_sticker
from render.text import TextStyle, apply_case, draw_text, fit_text
from render.truth import PreviewTruth, RenderTruth, TextBox, palette_shares

SHADOW_ROOM = 0.96  # text fits a slightly smaller box so its drop shadow stays inside


def _text_for(layer: TextLayer, content: RenderContent) -> str | None:
    if layer.role == "headline":
        return content.headline
    if layer.role == "subline":
        return content.subline
    value = content.number if layer.role == "number" else content.badge
    return layer.sample_text if value is None else value


def _paint_background(canvas: Image.Image, layer: BackgroundLayer, palette: Palette,
                      size: OutputSize, art: Image.Image | None = None) -> None:
    if art is not None:
        canvas.paste(paint_art(size.wh, art, layer.vignette))
        return
    tall = size.aspect == Aspect.TALL
    split = tall_split(layer.split) if tall else layer.split
    bg = paint_background(
        size.wh, layer.style, palette.rgb(layer.color), palette.rgb(layer.color2),
        angle=layer.angle, split=split, pattern=layer.pattern,
        pattern_opacity=layer.pattern_opacity, vignette=layer.vignette, tall=tall,
    )
    canvas.paste(bg)  # opaque: a plain copy, much cheaper than compositing


def _paint_shape(canvas: Image.Image, layer: ShapeLayer, box: Box, palette: Palette,
                 size: OutputSize) -> None:
    short = min(size.wh)
    direction = layer.direction
    if layer.shape == "arrow" and layer.region == "seam" and size.aspect == Aspect.TALL:
        direction -= 90  # the panels are stacked now: point from the top one to the bottom one
    draw_shape(
        canvas, layer.shape, box.px(*size.wh), palette.rgb(layer.color),
        opacity=layer.opacity,
        rotation=layer.rotation, outline=palette.rgb(layer.outline) if layer.outline else None,
        outline_px=round(layer.outline_width * short), radius=layer.radius,
        direction=direction, points=layer.points, shadow=layer.shadow,
    )


def _paint_subject(canvas: Image.Image, layer: SubjectLayer, box: Box, palette: Palette,
                   size: OutputSize, cutout: Image.Image | None) -> list[tuple[int, int, int, int]]:
    """Paint a subject slot; returns the face boxes it is known to contain (stand-in only)."""
    px = box.px(*size.wh)
    w, h = px[2] - px[0], px[3] - px[1]
    outline = palette.rgb(layer.outline) if layer.outline else None
    outline_px = round(layer.outline_width * min(size.wh)) if outline else 0
    glow = palette.rgb(layer.glow) if layer.glow else None
    if cutout is not None:
        sticker = make_sticker(cutout, w, h, anchor=layer.anchor, outline=outline,
                               outline_px=outline_px, glow=glow, shadow=layer.shadow,
                               flip=layer.flip)
        place(canvas, sticker, px, layer.anchor)
        return []
    sticker = stand_in_sticker(layer.stand_in_seed, w, h, layer.anchor, outline,
                                  outline_px, glow, layer.shadow, layer.flip)
    origin = place(canvas, sticker, px, layer.anchor)
    face = map_box(stand_in_person(layer.stand_in_seed).face, sticker, origin)
    visible = (max(0, face[0]), max(0, face[1]), min(size.width, face[2]),
               min(size.height, face[3]))
    return [visible] if visible[2] > visible[0] and visible[3] > visible[1] else []


def _paint_text(canvas: Image.Image, layer: TextLayer, index: int, box: Box, palette: Palette,
                size: OutputSize, text: str, emphasis: str | None,
                language: str | None, ground: tuple[int, int, int] | None) -> TextBox | None:
    """Fit and draw one text slot; `ground` is the colour of the shape it sits on, if any."""
    text = apply_case(text, layer.case)
    if not text:
        return None
    px = box.px(*size.wh)
    w, h = px[2] - px[0], px[3] - px[1]
    fitted = fit_text(
        text, round(w * SHADOW_ROOM), round(h * SHADOW_ROOM), role=layer.font,
        max_size=round(layer.max_size * min(size.wh)),
        # a tall canvas's text band is narrow for its height: let headlines take another line
        max_lines=layer.max_lines + (layer.role == "headline" and size.aspect == Aspect.TALL),
        stroke_ratio=layer.stroke_width if layer.stroke else 0.0, language=language,
        rotation=layer.rotation,
    )
    fill = palette.rgb(layer.color)
    accent = palette.rgb(layer.emphasis) if layer.emphasis else None
    if ground is not None and not layer.stroke:  # a stroked label reads anywhere
        fill = readable_on(fill, ground, [palette.rgb("text"), palette.rgb("text_stroke")])
        if accent is not None:
            accent = readable_accent(accent, ground, fill, [
                palette.rgb(r) for r in ("accent", "accent2", "text_stroke", "text")])
    style = TextStyle(
        fill=fill,
        stroke=palette.rgb(layer.stroke) if layer.stroke else None,
        shadow=palette.rgb("shadow") if layer.shadow else None,
        emphasis=accent,
        align=layer.align, valign=layer.valign, rotation=layer.rotation,
    )
    inset = (px[0] + (w - round(w * SHADOW_ROOM)) // 2, px[1] + (h - round(h * SHADOW_ROOM)) // 2)
    inner = (*inset, inset[0] + round(w * SHADOW_ROOM), inset[1] + round(h * SHADOW_ROOM))
    ink = draw_text(canvas, inner, fitted, style, emphasis)
    return TextBox(role=layer.role, text=text, layer=index, box=ink)


def render_with_truth(spec: TemplateSpec, content: RenderContent,
                      size: OutputSize = DEFAULT_SIZE) -> tuple[Image.Image, RenderTruth]:
    """Render and report where the text and (stand-in) faces ended up."""
    palette = spec.palette.with_overrides(content.palette)
    canvas = Image.new("RGBA", size.wh, (*palette.rgb("background"), 255))
    texts: list[TextBox] = []
    faces: list[tuple[int, int, int, int]] = []
    subjects = iter(content.subjects)
    boxes = layer_boxes(spec, size.aspect)
    hidden = _hidden_hosts(spec, content)
    host_of = hosts(spec)
    bare = next((layer.color for layer in spec.layers if isinstance(layer, BackgroundLayer)
                 and layer.style == "solid" and content.background is None), None)
    for index, (layer, box) in enumerate(zip(spec.layers, boxes, strict=True)):
        if index in hidden:
            continue
        if isinstance(layer, BackgroundLayer):
            _paint_background(canvas, layer, palette, size, content.background)
        elif isinstance(layer, ShapeLayer):
            _paint_shape(canvas, layer, box, palette, size)  # type: ignore[arg-type]
        elif isinstance(layer, SubjectLayer):
            cutout = next(subjects, None)
            if cutout is not None or content.stand_in_subjects:
                faces += _paint_subject(canvas, layer, box, palette, size, cutout)  # type: ignore[arg-type]
        elif isinstance(layer, TextLayer):
            host = host_of.get(index)
            # what the words sit on: their shape, else (for solid fills) the background
            ground = spec.layers[host].color if host is not None else bare  # type: ignore[union-attr]
            drawn = _text_slot(canvas, layer, index, box, palette, size, content, ground)  # type: ignore[arg-type]
            if drawn:
                texts.append(drawn)
    truth = RenderTruth(width=size.width, height=size.height, text_boxes=texts, face_boxes=faces)
    return canvas.convert("RGB"), truth


def _text_slot(canvas: Image.Image, layer: TextLayer, index: int, box: Box, palette: Palette,
               size: OutputSize, content: RenderContent, ground_role: str | None) -> TextBox | None:
    """Resolve a text slot's words from the content and paint them (None when left empty)."""
    text = _text_for(layer, content)
    if not text:
        return None
    emphasis = content.emphasis if layer.role == "headline" else None
    ground = palette.rgb(ground_role) if ground_role else None  # type: ignore[arg-type]
    return _paint_text(canvas, layer, index, box, palette, size, text, emphasis,
                       content.language, ground)


def _hidden_hosts(spec: TemplateSpec, content: RenderContent) -> set[int]:
    """Shapes whose only job is to hold a text that this render leaves out (an empty pill)."""
    guests: dict[int, list[int]] = {}
    for guest, host in hosts(spec).items():
        guests.setdefault(host, []).append(guest)
    hidden = set()
    for host, members in guests.items():
        texts = [spec.layers[g] for g in members]
        if all(isinstance(t, TextLayer) and not _text_for(t, content) for t in texts):
            hidden.add(host)
    return hidden


def render(spec: TemplateSpec, content: RenderContent,
           size: OutputSize = DEFAULT_SIZE) -> Image.Image:
    """Paint `spec` with `content` at `size` (RGB)."""
    return render_with_truth(spec, content, size)[0]


def preview_content(spec: TemplateSpec) -> RenderContent:
    """The template's own sample words, as a preview shows them."""
    def sample(role: str) -> str | None:
        layers = spec.text_layers(role)
        return layers[0].sample_text if layers and layers[0].sample_text else None

    headline = spec.text_layers("headline")
    return RenderContent(
        headline=sample("headline") or spec.name,
        subline=sample("subline"),
        emphasis=(headline[0].sample_emphasis or None) if headline else None,
    )


def render_preview(spec: TemplateSpec,
                   size: OutputSize = DEFAULT_SIZE) -> tuple[Image.Image, PreviewTruth]:
    """The template with its sample words and stand-in people, plus the ground truth of it."""
    image, truth = render_with_truth(spec, preview_content(spec), size)
    roles = _roles_used(spec)
    return image, PreviewTruth(
        **truth.model_dump(), layout=spec.layout,
        palette=palette_shares(image, spec.palette, roles),
    )


def _roles_used(spec: TemplateSpec) -> list[str]:
    roles: list[str] = []
    for layer in spec.layers:
        for attr in ("color", "color2", "outline", "stroke", "glow"):
            role = getattr(layer, attr, None)
            if isinstance(layer, BackgroundLayer) and attr == "color2" and layer.style == "solid":
                continue
            if role and role not in roles:
                roles.append(role)
    return roles
