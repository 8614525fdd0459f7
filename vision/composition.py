"""Where the eye lands and how the frame is filled: focal point, thirds, symmetry, empty space.

Saliency is the spectral-residual method (Hou & Zhang 2007) on a 64-px copy: a few FFTs, no
model. A face, when there is one, wins over saliency as the focal point, as it does for viewers.
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

from vision.dna import Box, Composition, LayoutClass, TextZone
from vision.layout import classify_layout


def compose(
    grey: NDArray[np.uint8], *, faces: list[Box], text: list[TextZone], halves_differ: bool,
    arrows: int = 0, largest_object: float = 0.0,
) -> Composition:
    """The `Composition` of a greyscale image given what was already found in it."""
    sal = saliency(grey)
    fx, fy = (faces[0].cx, faces[0].cy) if faces else _centroid(sal)
    empty = empty_space(grey)
    layout: LayoutClass = classify_layout(
        faces=faces, text=text, empty_space=empty, saliency=sal, halves_differ=halves_differ,
        arrows=arrows, largest_object=largest_object,
    )
    return Composition(
        focal_x=round(fx, 3),
        focal_y=round(fy, 3),
        rule_of_thirds=near_thirds(fx, fy),
        symmetry=round(symmetry(grey), 3),
        empty_space=round(empty, 3),
        layout=layout,
    )


def saliency(grey: NDArray[np.uint8], width: int = 64) -> NDArray[np.float32]:
    """Spectral-residual saliency map, `width` wide, normalised to 0–1."""
    h = max(1, round(grey.shape[0] * width / grey.shape[1]))
    small = cv2.resize(grey, (width, h), interpolation=cv2.INTER_AREA).astype(np.float32)
    spectrum = np.fft.fft2(small)
    log_amp = np.log1p(np.abs(spectrum)).astype(np.float32)
    residual = log_amp - cv2.blur(log_amp, (3, 3))
    sal = np.abs(np.fft.ifft2(np.exp(residual + 1j * np.angle(spectrum)))) ** 2
    sal = cv2.GaussianBlur(sal.astype(np.float32), (0, 0), 2.5)
    return sal / max(float(sal.max()), 1e-9)


def symmetry(grey: NDArray[np.uint8]) -> float:
    """1 for a left/right mirror image, ~0 for unrelated halves."""
    small = cv2.resize(grey, (64, 36), interpolation=cv2.INTER_AREA).astype(np.float32)
    small = cv2.GaussianBlur(small, (0, 0), 1.5)
    diff = float(np.abs(small - small[:, ::-1]).mean())
    spread = float(np.abs(small - small.mean()).mean())
    return float(np.clip(1 - diff / (2 * spread + 1e-6), 0, 1))


def empty_space(grey: NDArray[np.uint8], width: int = 160, cell: int = 8) -> float:
    """Share of the frame in flat, low-detail cells (gradients and smooth fills both count as
    flat; texture, text, faces and edges do not)."""
    h = max(cell, round(grey.shape[0] * width / grey.shape[1]) // cell * cell)
    small = cv2.resize(grey, (width, h), interpolation=cv2.INTER_AREA).astype(np.float32)
    gx = cv2.Sobel(small, cv2.CV_32F, 1, 0)
    gy = cv2.Sobel(small, cv2.CV_32F, 0, 1)
    mag = np.hypot(gx, gy)
    cells = mag.reshape(h // cell, cell, width // cell, cell).mean(axis=(1, 3))
    return float((cells < 12).mean())


def _centroid(sal: NDArray[np.float32]) -> tuple[float, float]:
    top = sal >= np.quantile(sal, 0.95)
    ys, xs = np.nonzero(top)
    weights = sal[top]
    h, w = sal.shape
    return (float((xs * weights).sum() / weights.sum() + 0.5) / w,
            float((ys * weights).sum() / weights.sum() + 0.5) / h)


def near_thirds(fx: float, fy: float, tol: float = 0.08) -> bool:
    """Whether a point sits within `tol` of a rule-of-thirds line."""
    near_x = min(abs(fx - 1 / 3), abs(fx - 2 / 3)) < tol
    return near_x or min(abs(fy - 1 / 3), abs(fy - 2 / 3)) < tol
