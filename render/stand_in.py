"""An original, procedural stand-in person for template previews: head and shoulders, with a face
drawn to read as a face (dark eye band over lighter cheeks, a light nose bridge), so OpenCV's Haar
frontal-face cascade finds it and the vision analyser can be measured against known truth.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

BASE_W, BASE_H = 480, 600
SKIN_TONES = (
    (255, 219, 186), (241, 194, 158), (224, 172, 130), (198, 140, 98), (160, 108, 72),
    (120, 78, 52), (92, 58, 38),
)
HAIR = ((25, 20, 18), (60, 38, 24), (110, 70, 35), (170, 120, 60), (40, 30, 28), (200, 170, 120))
SHIRTS = (
    (30, 30, 36), (235, 235, 240), (200, 40, 50), (30, 90, 200), (20, 140, 90), (250, 180, 20),
    (120, 60, 160), (240, 110, 40),
)


@dataclass(frozen=True)
class StandIn:
    """The stand-in's RGBA image and its face box (left, top, right, bottom) in that image."""

    image: Image.Image
    face: tuple[int, int, int, int]


def _shade(tone: tuple[int, int, int], k: float) -> tuple[int, int, int]:
    return tuple(max(0, min(255, round(c * k))) for c in tone)  # type: ignore[return-value]


def _radial_shading(w: int, h: int) -> Image.Image:
    """A soft multiplier (as L, 255 = unchanged) darkening towards an ellipse's rim."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    d = np.sqrt(((xx - w * 0.47) / (w * 0.5)) ** 2 + ((yy - h * 0.42) / (h * 0.55)) ** 2)
    return Image.fromarray((255 * np.clip(1.08 - 0.38 * d**2, 0.55, 1.0)).astype(np.uint8))


HAIR_STYLES = ("short", "long", "bun", "curly", "buzz", "side")


@lru_cache(maxsize=64)
def stand_in_person(seed: int) -> StandIn:
    """A deterministic head-and-shoulders figure; skin, hair style and colour, shirt and
    expression vary by seed."""
    rng = random.Random(seed)
    skin = SKIN_TONES[rng.randrange(len(SKIN_TONES))]
    hair = HAIR[rng.randrange(len(HAIR))]
    shirt = SHIRTS[rng.randrange(len(SHIRTS))]
    expression = rng.choice(("shock", "smile", "grin"))
    style = HAIR_STYLES[rng.randrange(len(HAIR_STYLES))]
    img = Image.new("RGBA", (BASE_W, BASE_H), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    cx = BASE_W // 2
    half = 100 + rng.randrange(-6, 7)  # face width varies a little
    head = (cx - half, 95, cx + half, 375)
    _hair_back(d, style, head, hair)
    _body(d, cx, head, skin, shirt)
    face = Image.new("RGBA", (head[2] - head[0], head[3] - head[1]), (*skin, 255))
    face = Image.composite(
        face, Image.new("RGBA", face.size, (*_shade(skin, 0.6), 255)),
        _radial_shading(*face.size),
    )
    mask = Image.new("L", face.size, 0)
    ImageDraw.Draw(mask).ellipse((0, 0, face.width - 1, face.height - 1), fill=255)
    img.paste(face, head[:2], mask)
    _light_face(img, cx, head, skin)
    _hair_front(d, style, head, hair, rng)
    _eye_sockets(img, cx, skin)
    _face_features(d, cx, skin, hair, expression, rng)
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    # Square and centred a little below the eyes, the way Haar detections of it come out.
    face_box = (cx - 135, 115, cx + 135, 385)
    return StandIn(img, face_box)


def _body(d: ImageDraw.ImageDraw, cx: int, head: tuple[int, int, int, int],
          skin: tuple[int, int, int], shirt: tuple[int, int, int]) -> None:
    """Shoulders, the neck with the chin's shadow on it, the collar and the ears."""
    d.ellipse((cx - 240, 410, cx + 240, 880), fill=shirt)
    d.ellipse((cx - 240, 410, cx + 240, 880), outline=_shade(shirt, 0.8), width=6)
    d.rectangle((cx - 58, 320, cx + 58, 440), fill=_shade(skin, 0.8))
    d.ellipse((cx - 62, 340, cx + 62, 400), fill=_shade(skin, 0.68))
    d.polygon([(cx - 58, 425), (cx, 495), (cx + 58, 425)], fill=_shade(skin, 0.76))
    d.line([(cx - 80, 420), (cx, 500), (cx + 80, 420)], fill=_shade(shirt, 0.7), width=10)
    for ex in (head[0] - 16, head[2] - 22):
        d.ellipse((ex, 205, ex + 38, 275), fill=_shade(skin, 0.88))


def _light_face(img: Image.Image, cx: int, head: tuple[int, int, int, int],
                skin: tuple[int, int, int]) -> None:
    """Highlights on forehead, cheeks and nose bridge: the light-over-dark structure a face
    detector needs, which darker skin tones otherwise lack."""
    glow = Image.new("L", img.size, 0)
    g = ImageDraw.Draw(glow)
    g.ellipse((cx - 60, head[1] + 55, cx + 60, head[1] + 105), fill=150)
    for side in (-1, 1):
        g.ellipse((cx + side * 55 - 32, 262, cx + side * 55 + 32, 310), fill=140)
    g.rectangle((cx - 10, 215, cx + 10, 280), fill=120)
    glow = glow.filter(ImageFilter.GaussianBlur(14))
    lift = 1.12 + 0.5 * (1 - sum(skin) / 765)
    img.paste(Image.new("RGBA", img.size, (*_shade(skin, lift), 255)), (0, 0),
              Image.fromarray(np.minimum(np.asarray(glow), np.asarray(_alpha_of(img)))))


def _eye_sockets(img: Image.Image, cx: int, skin: tuple[int, int, int]) -> None:
    """Soft eye-socket shadows: the dark band over lighter cheeks that Haar features look for."""
    sockets = Image.new("L", img.size, 0)
    sd = ImageDraw.Draw(sockets)
    for side in (-1, 1):
        ex = cx + side * 45
        sd.ellipse((ex - 38, 222 - 30, ex + 38, 222 + 22), fill=230)
    sockets = sockets.filter(ImageFilter.GaussianBlur(8))
    img.paste(Image.new("RGBA", img.size, (*_shade(skin, 0.5), 255)), (0, 0), sockets)


def _hair_back(d: ImageDraw.ImageDraw, style: str, head: tuple[int, int, int, int],
               hair: tuple[int, int, int]) -> None:
    """Hair that falls behind the head and shoulders."""
    left, t, r, _ = head
    cx = (left + r) // 2
    if style == "long":
        d.rounded_rectangle((left - 28, t - 15, r + 28, 470), radius=110, fill=hair)
    elif style == "bun":
        d.ellipse((cx - 52, t - 75, cx + 52, t + 20), fill=hair)
    elif style == "curly":
        for k in range(13):
            a = math.pi * (0.95 + 1.1 * k / 12)
            x, y = cx + (r - left) * 0.55 * math.cos(a), t + 95 + 120 * math.sin(a)
            d.ellipse((x - 38, y - 38, x + 38, y + 38), fill=hair)


def _hair_front(d: ImageDraw.ImageDraw, style: str, head: tuple[int, int, int, int],
                hair: tuple[int, int, int], rng: random.Random) -> None:
    """The hair over the top of the head: cap and fringe."""
    left, t, r, _ = head
    cx = (left + r) // 2
    if style == "buzz":
        d.chord((left + 2, t - 4, r - 2, t + 150), 190, 350, fill=hair)
        return
    d.chord((left - 8, t - 22, r + 8, t + 170), 180, 360, fill=hair)
    if style == "side":  # a swept fringe, parted on one side
        part = cx + rng.choice((-1, 1)) * 45
        d.polygon([(left - 6, t + 80), (part, t + 30), (r + 6, t + 70), (r + 4, t + 40),
                   (left, t + 40)], fill=hair)
    else:
        d.polygon([(left - 6, t + 75), (cx - 30, t + 52), (cx + 60, t + 62), (r + 6, t + 80),
                   (r + 2, t + 40), (left, t + 40)], fill=hair)


def _alpha_of(img: Image.Image) -> Image.Image:
    return img.getchannel("A")


def _face_features(d: ImageDraw.ImageDraw, cx: int, skin: tuple[int, int, int],
                   hair: tuple[int, int, int], expression: str, rng: random.Random) -> None:
    eye_y = 222
    brow = (28, 20, 16)
    lift = -8 if expression == "shock" else 0
    for side in (-1, 1):
        ex = cx + side * 45
        d.ellipse((ex - 22, eye_y - 10, ex + 22, eye_y + 10), fill=(236, 236, 232))
        d.ellipse((ex - 11, eye_y - 11, ex + 11, eye_y + 11), fill=(70, 45, 30))
        d.ellipse((ex - 6, eye_y - 6, ex + 6, eye_y + 6), fill=(10, 10, 10))
        d.ellipse((ex - 4 + 5, eye_y - 7, ex + 5, eye_y - 3), fill=(255, 255, 255))
        d.arc((ex - 26, eye_y - 16, ex + 26, eye_y + 14), 190, 350, fill=(30, 20, 15), width=4)
        inner, outer = ex - side * 26, ex + side * 30
        d.line([(inner, eye_y - 34 + lift), (ex, eye_y - 42 + lift), (outer, eye_y - 36 + lift)],
               fill=brow, width=11, joint="curve")
    # nose: light bridge, shaded side and nostrils
    d.polygon([(cx - 4, eye_y + 5), (cx + 10, eye_y + 62), (cx + 20, eye_y + 70),
               (cx + 4, eye_y + 8)],
              fill=_shade(skin, 0.8))
    d.ellipse((cx - 24, eye_y + 58, cx + 24, eye_y + 80), fill=_shade(skin, 0.86))
    for side in (-1, 1):
        d.ellipse((cx + side * 12 - 6, eye_y + 68, cx + side * 12 + 6, eye_y + 76),
                  fill=_shade(skin, 0.45))
    my = eye_y + 112
    lips = _shade((200, 90, 90), 0.6 + 0.4 * (sum(skin) / 765))
    if expression == "shock":
        d.ellipse((cx - 28, my - 22, cx + 28, my + 34), fill=lips)
        d.ellipse((cx - 20, my - 14, cx + 20, my + 26), fill=(50, 15, 20))
        d.chord((cx - 16, my - 14, cx + 16, my + 6), 180, 360, fill=(245, 245, 240))
    else:
        wide = 52 if expression == "grin" else 42
        d.chord((cx - wide, my - 26, cx + wide, my + 26), 0, 180, fill=lips)
        d.chord((cx - wide + 8, my - 20, cx + wide - 8, my + 16), 0, 180, fill=(60, 20, 25))
        if expression == "grin":
            d.chord((cx - wide + 10, my - 18, cx + wide - 10, my + 4), 0, 180,
                    fill=(245, 245, 240))
    if rng.random() < 0.5:  # a little blush on lighter skin reads as warmth, not noise
        for side in (-1, 1):
            d.ellipse((cx + side * 62 - 18, eye_y + 60, cx + side * 62 + 18, eye_y + 80),
                      fill=_shade(skin, 0.93))
