"""Output sizes: the three canvases Routix delivers, and parsing what people type for them."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from kernel.errors import InvalidInput


class Aspect(StrEnum):
    """Aspect classes; each has its own re-flow of a template's 16:9 layout."""

    WIDE = "16:9"
    TALL = "9:16"
    SQUARE = "1:1"


class OutputSize(BaseModel):
    """A canvas in pixels with the aspect class it belongs to."""

    model_config = ConfigDict(frozen=True)

    name: str
    width: int
    height: int
    aspect: Aspect

    @property
    def wh(self) -> tuple[int, int]:
        return (self.width, self.height)


YOUTUBE = OutputSize(name="youtube", width=1280, height=720, aspect=Aspect.WIDE)
SHORTS = OutputSize(name="shorts", width=1080, height=1920, aspect=Aspect.TALL)
SQUARE = OutputSize(name="square", width=1080, height=1080, aspect=Aspect.SQUARE)
DEFAULT_SIZE = YOUTUBE
ALL_SIZES: tuple[OutputSize, ...] = (YOUTUBE, SHORTS, SQUARE)

_ALIASES: dict[str, OutputSize] = {
    "16:9": YOUTUBE, "youtube": YOUTUBE, "wide": YOUTUBE, "landscape": YOUTUBE, "1280x720": YOUTUBE,
    "9:16": SHORTS, "shorts": SHORTS, "short": SHORTS, "tall": SHORTS, "portrait": SHORTS,
    "vertical": SHORTS, "reels": SHORTS, "tiktok": SHORTS, "1080x1920": SHORTS,
    "1:1": SQUARE, "square": SQUARE, "1080x1080": SQUARE,
}


def parse_size(text: str | None) -> OutputSize:
    """Parse "16:9", "9:16", "1:1", a size name or "WxH" of a known size; empty means 16:9."""
    if text is None or not text.strip():
        return DEFAULT_SIZE
    key = text.strip().lower().replace(" ", "").replace("×", "x").replace("/", ":")
    if key in _ALIASES:
        return _ALIASES[key]
    raise InvalidInput(f"Unknown size {text!r}: use 16:9 (YouTube), 9:16 (Shorts) or 1:1 (square).")


def aspect_of(width: int, height: int, tolerance: float = 0.02) -> Aspect | None:
    """The aspect class of a pixel size, or None when it is none of ours."""
    ratio = width / height
    for aspect, target in ((Aspect.WIDE, 16 / 9), (Aspect.TALL, 9 / 16), (Aspect.SQUARE, 1.0)):
        if abs(ratio - target) / target <= tolerance:
            return aspect
    return None
