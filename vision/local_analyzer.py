"""The default analyser: real image analysis with numpy and OpenCV, no network, no model files
beyond the Haar cascade.

`analyse_image` is the pure, synchronous core (benchmarks and batch ingestion call it directly);
`LocalAnalyzer.analyze` runs it in a worker thread so the event loop never blocks on pixels.
Everything is measured on a 640-px-wide copy: thumbnails are designed to read at that size.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import cv2
import numpy as np
from numpy.typing import NDArray
from PIL import Image

from vision.analyzer import AnalysisHints
from vision.colour import delta_e2000
from vision.composition import compose
from vision.dna import Box, DesignDNA, Faces, Technical, TextZone
from vision.elements import find_elements
from vision.faces import detect_faces
from vision.palette import Clusters, assign_roles, cluster, label_map, swatches, to_lab
from vision.style import sharpness, style, tone
from vision.text_regions import find_text

ANALYSIS_WIDTH = 640


@dataclass(frozen=True)
class Measured:
    """The pixel-level facts every analyser needs; LLM analysers reuse them for exact colours."""

    rgb: NDArray[np.uint8]  # the 640-wide copy
    grey: NDArray[np.uint8]
    lab: NDArray[np.float32]
    clusters: Clusters
    faces: list[Box]
    text: list[TextZone]
    technical: Technical


def shrink(image: Image.Image) -> tuple[NDArray[np.uint8], NDArray[np.uint8]]:
    """The `ANALYSIS_WIDTH`-wide RGB copy every measurement works on, and its greyscale."""
    width, height = image.size
    h = max(1, round(height * ANALYSIS_WIDTH / width))
    how = cv2.INTER_AREA if width > ANALYSIS_WIDTH else cv2.INTER_LINEAR
    rgb = cv2.resize(np.asarray(image.convert("RGB")), (ANALYSIS_WIDTH, h), interpolation=how)
    return rgb, cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)


def technical(image: Image.Image, grey: NDArray[np.uint8]) -> Technical:
    """Size facts of the original and the sharpness of the analysis copy."""
    width, height = image.size
    return Technical(width=width, height=height, aspect=round(width / height, 4),
                     sharpness=sharpness(grey))


def measure(image: Image.Image) -> Measured:
    """Resize once and run the detectors whose outputs feed the rest."""
    rgb, grey = shrink(image)
    lab = to_lab(rgb)
    clusters = cluster(rgb)
    labels = label_map(rgb, clusters.lab)
    faces = detect_faces(grey)
    text = find_text(labels, lab, clusters.lab, avoid=faces)
    return Measured(rgb, grey, lab, clusters, faces, text, technical(image, grey))


def analyse_image(image: Image.Image, hints: AnalysisHints | None = None) -> DesignDNA:
    """The full `DesignDNA` of an RGB image (validated: no metadata), synchronously."""
    hints = hints or AnalysisHints()
    m = measure(image)
    roles = assign_roles(m.clusters, [z.box for z in m.text])
    faces = Faces(count=len(m.faces), boxes=m.faces[:6],
                  size_share=round(m.faces[0].area, 4) if m.faces else 0.0)
    shapes = find_elements(m.clusters.labels, roles, text=m.text, faces=m.faces)
    elements = shapes.elements
    t = tone(m.grey)
    return DesignDNA(
        analyser="local",
        palette=swatches(m.clusters, roles),
        tone=t,
        composition=compose(m.grey, faces=m.faces, text=m.text, halves_differ=halves_differ(m.lab),
                            arrows=elements.arrows, largest_object=shapes.largest_object),
        text=m.text[:12],
        faces=faces,
        elements=elements,
        style=style(m.rgb, m.grey, t=t, faces=faces, text=m.text, elements=elements,
                    niche=list(hints.niche)),
        technical=m.technical,
    )


def halves_differ(lab: NDArray[np.float32]) -> bool:
    """Whether the left and right edges are painted in clearly different colours (a split
    before/after frame) rather than one backdrop. Edge strips of the upper part: people stand
    in the middle of each half and caption bars run along the bottom."""
    h, w = lab.shape[:2]
    strip, rows = max(1, w // 10), slice(0, int(h * 0.6))
    left = np.median(lab[rows, :strip].reshape(-1, 3), axis=0)
    right = np.median(lab[rows, -strip:].reshape(-1, 3), axis=0)
    return float(delta_e2000(left, right)) > 20


class LocalAnalyzer:
    """`Analyzer` backed by `analyse_image`, run off the event loop."""

    name = "local"

    async def analyze(self, image: Image.Image, *, hints: AnalysisHints | None = None) -> DesignDNA:
        """Analyse in a worker thread (numpy and OpenCV release the GIL for the heavy parts)."""
        return await asyncio.to_thread(analyse_image, image, hints)
