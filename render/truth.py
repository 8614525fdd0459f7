"""What a rendered image contains, as the compositor knows it: the ground truth an image analyser
should recover from a preview."""

from __future__ import annotations

import numpy as np
from PIL import Image
from pydantic import BaseModel, computed_field

from render.spec import LayoutClass, Palette

PixelBox = tuple[int, int, int, int]  # left, top, right, bottom


class TextBox(BaseModel):
    role: str
    text: str
    layer: int  # index of the text layer in the spec
    box: PixelBox  # the drawn ink, fill plus stroke


class ColorShare(BaseModel):
    role: str
    hex: str
    share: float  # fraction of pixels nearest to this colour (within a tolerance)


class RenderTruth(BaseModel):
    width: int
    height: int
    text_boxes: list[TextBox]
    face_boxes: list[PixelBox]


class PreviewTruth(RenderTruth):
    layout: LayoutClass
    palette: list[ColorShare]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def face_count(self) -> int:
        return len(self.face_boxes)


def palette_shares(image: Image.Image, palette: Palette, roles: list[str],
                   tolerance: float = 90.0) -> list[ColorShare]:
    """Share of (downscaled) pixels whose nearest palette colour, within `tolerance` in RGB
    distance, is each role's; roles with the same colour are reported once."""
    small = np.asarray(image.convert("RGB").resize((160, 90)), dtype=np.float32).reshape(-1, 3)
    seen: dict[str, str] = {}
    for role in roles:
        seen.setdefault(getattr(palette, role), role)
    hexes = list(seen)
    colours = np.array([palette.rgb(seen[h]) for h in hexes], np.float32)  # type: ignore[arg-type]
    dist = np.linalg.norm(small[:, None, :] - colours[None, :, :], axis=2)
    nearest = dist.argmin(axis=1)
    close = dist.min(axis=1) <= tolerance
    total = len(small)
    shares = [
        ColorShare(role=seen[h], hex=h,
                   share=round(float(np.sum(close & (nearest == i))) / total, 4))
        for i, h in enumerate(hexes)
    ]
    return sorted(shares, key=lambda c: -c.share)
