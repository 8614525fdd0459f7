"""Frontal faces in a thumbnail, as relative boxes, largest first.

OpenCV's `CascadeClassifier` runs its frontal-face Haar cascade
(`vision/data/haarcascade_frontalface_alt.xml`; byte-identical to the copy in OpenCV 4's
`cv2.data`, kept here so the path is ours). OpenCV 5 dropped the class, hence the `<5` pin in
pyproject.toml. Thumbnail faces are big, so detection runs on a 128-px-high copy with a minimum
face of 15 % of the height.
"""

from __future__ import annotations

import threading
from pathlib import Path

import cv2
import numpy as np
from numpy.typing import NDArray

from vision.dna import Box

CASCADE_PATH = Path(__file__).parent / "data" / "haarcascade_frontalface_alt.xml"
# Tuned on the starter previews (benchmarks/analysis_accuracy.py): 128 px with a 15 % minimum
# face and 1.15 scale steps found as many faces as 200 px did, in ~60 % of the time.
DETECT_HEIGHT = 128
MIN_FACE_SHARE = 0.15  # of the image height
SCALE_FACTOR = 1.15
MIN_NEIGHBOURS = 2  # a face needs more than this many overlapping hits (OpenCV's grouping)


def detect_faces(grey: NDArray[np.uint8], *, min_share: float = MIN_FACE_SHARE) -> list[Box]:
    """Faces in a greyscale image (any size), largest first, in relative coordinates.

    `min_share` is the smallest face height as a share of the image height; lower it for
    photos where people stand small in the frame (the detection copy grows to keep ~19 px).
    """
    height, width = grey.shape
    detect_height = max(DETECT_HEIGHT, round(19 / min_share))
    scale = detect_height / height
    interp = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    small = cv2.resize(grey, (max(1, round(width * scale)), detect_height), interpolation=interp)
    small = _normalise(small)
    min_size = round(detect_height * min_share)
    found = _cascade().detectMultiScale(small, scaleFactor=SCALE_FACTOR,
                                        minNeighbors=MIN_NEIGHBOURS, minSize=(min_size, min_size))
    sw, sh = small.shape[1], small.shape[0]
    boxes = [Box.from_pixels(int(x), int(y), int(w), int(h), sw, sh) for x, y, w, h in found]
    # OpenCV collects hits from parallel workers, so order ties by position, not arrival.
    return sorted(boxes, key=lambda b: (-b.area, b.x, b.y))


# Lifting shadows (gamma 0.6) before local equalisation: with plain global equalisation the
# cascade missed darker-skinned faces whose features have little luminance contrast. On the
# starter previews this took box recall from 45/52 to 49/52 with no new false positives; on a
# grid of drawn faces (5 skin tones × 4 backdrops) from 8/20 to 12/20. Still missed: the
# darkest tones on light or saturated-red backdrops. A learned detector (YuNet via
# cv2.FaceDetectorYN) would close the gap but needs a model file no registry package ships.
_GAMMA_LUT = np.array([round(255 * (i / 255) ** 0.6) for i in range(256)], np.uint8)


def _normalise(grey: NDArray[np.uint8]) -> NDArray[np.uint8]:
    clahe = cv2.createCLAHE(clipLimit=2.0, tileGridSize=(4, 4))
    return clahe.apply(cv2.LUT(grey, _GAMMA_LUT))


_local = threading.local()


def _cascade() -> cv2.CascadeClassifier:
    """The cascade, parsed once per thread: `detectMultiScale` keeps per-call state inside the
    classifier (opencv/opencv#4287), and analyses run in worker threads."""
    cascade = getattr(_local, "cascade", None)
    if cascade is None:
        cascade = cv2.CascadeClassifier(str(CASCADE_PATH))
        if cascade.empty():
            raise RuntimeError(f"OpenCV could not load the face cascade {CASCADE_PATH}")
        _local.cascade = cascade
    return cascade


def person_region(face: Box) -> Box:
    """The area a person under this face probably covers (hair, shoulders, torso): where
    shapes and colours belong to the person, not to graphics or text."""
    x0, y0 = max(0.0, face.x - 0.35 * face.w), max(0.0, face.y - 0.3 * face.h)
    x1, y1 = min(1.0, face.x + 1.35 * face.w), min(1.0, face.y + 2.5 * face.h)
    return Box(x=x0, y=y0, w=x1 - x0, h=y1 - y0)
