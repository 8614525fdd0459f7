"""Image analysis: validation of uploads, design DNA, local and LLM analysers.

The public surface, re-exported here:
- `validate_image(data, filename=, limits=) -> ValidatedImage`, `ImageLimits` (validation.py)
- `phash`, `hamming`, `near_duplicate` (phash.py)
- `DesignDNA` and its parts, `describe(dna)` (dna.py, describe.py)
- `Analyzer`, `AnalysisHints`, `make_analyzer(settings)` (analyzer.py); the local analyser's
  pure core is `vision.local_analyzer.analyse_image`, the LLM ones live in llm_analyzer.py.

Map of the rest: sniff.py (magic bytes), colour.py (Lab, ΔE, names), palette.py (k-means),
text_regions.py + text_style.py + text_merge.py (headline lines), faces.py (OpenCV's Haar faces),
composition.py + layout.py (focal point, layout class), elements.py (arrows, circles, badges),
style.py (tone, energy, mood), llm_schema.py + prompts.py (what LLMs are asked).
"""

from vision.analyzer import AnalysisHints, Analyzer, make_analyzer
from vision.dna import (
    Box,
    Composition,
    DesignDNA,
    Elements,
    Faces,
    Style,
    Swatch,
    Technical,
    TextZone,
    Tone,
    describe,
)
from vision.phash import hamming, near_duplicate, phash
from vision.validation import ImageLimits, ValidatedImage, validate_image

__all__ = [
    "AnalysisHints", "Analyzer", "Box", "Composition", "DesignDNA", "Elements", "Faces",
    "ImageLimits", "Style", "Swatch", "Technical", "TextZone", "Tone", "ValidatedImage",
    "describe", "hamming", "make_analyzer", "near_duplicate", "phash", "validate_image",
]
