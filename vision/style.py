"""The feel of a thumbnail: energy 1–10, mood tags, sharpness.

Energy is what makes a thumbnail shout: saturated colour, hard contrast, lots of edges, big
text, faces, graphic devices. Weights were set so a flat pastel card lands at 1–2 and the starter
library (all loud, by design) spreads over 5–10. Niche cannot be seen in pixels; it comes from
hints.
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

from vision.dna import Elements, Faces, Style, TextZone, Tone


def tone(grey: NDArray[np.uint8]) -> Tone:
    """Mean luminance and RMS contrast, both 0–1."""
    g = grey.astype(np.float32) / 255.0
    return Tone(brightness=round(float(g.mean()), 3),
                contrast=round(float(min(1.0, g.std() * 2)), 3))


def sharpness(grey: NDArray[np.uint8]) -> float:
    """0 (blurry) – 1 (crisp) from the variance of the Laplacian at a fixed 640-px width."""
    if grey.shape[1] != 640:
        grey = cv2.resize(grey, (640, round(grey.shape[0] * 640 / grey.shape[1])),
                          interpolation=cv2.INTER_AREA)
    var = float(cv2.Laplacian(grey, cv2.CV_32F).var())
    return round(1 - float(np.exp(-var / 400)), 3)


def style(
    rgb: NDArray[np.uint8], grey: NDArray[np.uint8], *, t: Tone, faces: Faces,
    text: list[TextZone], elements: Elements, niche: list[str],
) -> Style:
    """Energy and mood from colour statistics and what was found."""
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    sat = float(hsv[..., 1].mean()) / 255
    edges = float((cv2.Canny(grey, 80, 160) > 0).mean())
    biggest_text = max((z.relative_size for z in text), default=0.0)
    score = (
        3.0 * sat + 3.0 * t.contrast + 25 * edges + 6 * biggest_text
        + 1.0 * (faces.count > 0) + 0.6 * min(3, elements.arrows + elements.circles)
    )
    energy = int(np.clip(round(1 + score), 1, 10))
    return Style(energy=energy, mood=_moods(hsv, t, sat, energy), niche=niche)


def _moods(hsv: NDArray[np.uint8], t: Tone, sat: float, energy: int) -> list[str]:
    tags: list[str] = []
    if t.brightness < 0.3 and t.contrast > 0.3:
        tags.append("dramatic")
    elif t.brightness < 0.3:
        tags.append("dark")
    elif t.brightness > 0.65:
        tags.append("bright")
    tags.append("vibrant" if sat > 0.5 else "muted" if sat < 0.2 else "colourful")
    tags.append(_temperature(hsv))
    if energy >= 8:
        tags.append("bold")
    elif energy <= 3:
        tags.append("calm")
    return tags


def _temperature(hsv: NDArray[np.uint8]) -> str:
    hue, sat = hsv[..., 0].astype(np.float32), hsv[..., 1] > 60
    if not sat.any():
        return "neutral"
    warm = ((hue[sat] < 25) | (hue[sat] > 160)).mean()  # reds, oranges, yellows (OpenCV hue/2)
    cool = ((hue[sat] > 85) & (hue[sat] < 140)).mean()  # cyans, blues
    return "warm" if warm > cool + 0.15 else "cool" if cool > warm + 0.15 else "neutral"
