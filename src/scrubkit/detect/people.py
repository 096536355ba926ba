"""People beyond their faces: torsos (uniforms, crests, names on kit) and heads seen without a face.

A person mask comes from MediaPipe selfie segmentation (Apache-2.0, shipped in scrubkit/models),
run through the Tasks ImageSegmenter on a copy of the photo at most WORK_SIDE pixels long (the model
itself looks at 256 x 256, so a larger copy adds nothing). Then:

* torso: below each face, a box about 3.5 face-heights down and 1.6 face-widths either side of the
  face's centre, shrunk to the person mask inside it. The mask is tuned for close-ups and can miss
  small people in group photos, so when it holds too little of the box the whole box is kept:
  a missed uniform is a leak, an extra covered patch a nuisance.
* heads without a face: a sizeable blob of the mask with no face box in it (someone turned away)
  gets its top part covered as a head, unless the blob fills the frame (the model also calls
  close-ups of pets "person"; with no background there is no head shape to place).
* garments (policy `garments = "grey"`): the torso boxes again, as regions whose person pixels are
  turned grey rather than covered (scrubkit.recolour).
"""

from __future__ import annotations

import threading
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from scrubkit.errors import DetectorError
from scrubkit.quiet import native_logs_quiet
from scrubkit.types import Box, Region

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "selfie_segmentation.tflite"
SOURCE = "selfie-segmentation"

#: the longer side of the copy the segmenter sees
WORK_SIDE = 1024
#: a pixel is a person when the model's confidence is above this
MASK_THRESHOLD = 0.5
#: torso box below a face, in face heights (down) and face widths (either side of the centre)
TORSO_DEPTH = 3.5
TORSO_HALF_WIDTH = 1.6
#: below this fraction of the torso box in the mask, the mask is not trusted and the box is kept
MIN_MASK_SHARE = 0.15
#: a faceless blob must cover this fraction of the photo to count as a person
MIN_PERSON_SHARE = 0.02
#: a blob covering more than this is the whole frame (close-ups of pets are "person" too)
MAX_PERSON_SHARE = 0.8
#: the head is taken as this top fraction of a faceless blob, and at most as wide as it is tall x 1.2
HEAD_SHARE = 0.3


def torso_regions(image: np.ndarray, faces: list[Region]) -> list[Region]:
    """Torso regions below the faces, plus head regions for people found without a face."""
    height, width = image.shape[:2]
    mask, scale = person_mask(image)
    return torsos_below(faces, mask, scale, width, height) + faceless_heads(mask, scale, faces)


def torsos_below(faces: list[Region], mask: np.ndarray, scale: float, width: int, height: int) -> list[Region]:
    """A torso region below each face, given the photo's person mask (see person_mask)."""
    torsos = [_torso(face, mask, scale, width, height) for face in faces if face.kind == "face"]
    return [t for t in torsos if t is not None]


def garments_below(faces: list[Region], mask: np.ndarray, scale: float, width: int, height: int) -> list[Region]:
    """The clothing below each face, to turn grey (policy `garments = "grey"`): the torso boxes, as
    `kind="garment"`; recolour.grey_garments changes only the person's pixels inside them."""
    return [replace(torso, kind="garment") for torso in torsos_below(faces, mask, scale, width, height)]


def person_mask(image: np.ndarray) -> tuple[np.ndarray, float]:
    """Bool person mask of a copy at most WORK_SIDE long, and that copy's scale to the image."""
    import cv2

    from scrubkit.detect.mediapipe_lean import import_mediapipe

    mp = import_mediapipe()
    if not isinstance(image, np.ndarray) or image.ndim != 3 or image.shape[2] != 3 or image.dtype != np.uint8:
        raise DetectorError(f"person segmentation needs an RGB uint8 image; got {getattr(image, 'shape', None)}")
    height, width = image.shape[:2]
    scale = min(1.0, WORK_SIDE / max(height, width))
    small = image if scale == 1.0 else cv2.resize(
        image, (max(1, round(width * scale)), max(1, round(height * scale))), interpolation=cv2.INTER_AREA
    )
    result = _segmenter().segment(mp.Image(image_format=mp.ImageFormat.SRGB, data=np.ascontiguousarray(small)))
    confidence = result.confidence_masks[0].numpy_view()
    return confidence.reshape(confidence.shape[:2]) > MASK_THRESHOLD, scale


def _torso(face: Region, mask: np.ndarray, scale: float, width: int, height: int) -> Region | None:
    x0, y0, x1, y1 = face.box
    face_w, face_h = x1 - x0, y1 - y0
    centre = (x0 + x1) / 2
    box = _clip((centre - TORSO_HALF_WIDTH * face_w, y1, centre + TORSO_HALF_WIDTH * face_w, y1 + TORSO_DEPTH * face_h), width, height)
    if box is None:
        return None
    shrunk = _shrink_to_mask(box, mask, scale)
    return Region(box=shrunk or box, kind="person", score=face.score, source=SOURCE if shrunk else "torso-geometry")


def _shrink_to_mask(box: Box, mask: np.ndarray, scale: float) -> Box | None:
    """The bounding box of the mask inside `box` (image pixels), or None if the mask holds too little."""
    sx0, sy0 = int(box[0] * scale), int(box[1] * scale)
    sx1, sy1 = max(sx0 + 1, int(np.ceil(box[2] * scale))), max(sy0 + 1, int(np.ceil(box[3] * scale)))
    inside = mask[sy0:sy1, sx0:sx1]
    if inside.size == 0 or inside.mean() < MIN_MASK_SHARE:
        return None
    rows, cols = np.nonzero(inside.any(axis=1))[0], np.nonzero(inside.any(axis=0))[0]
    return (
        max(box[0], int((sx0 + cols[0]) / scale)),
        max(box[1], int((sy0 + rows[0]) / scale)),
        min(box[2], int(np.ceil((sx0 + cols[-1] + 1) / scale))),
        min(box[3], int(np.ceil((sy0 + rows[-1] + 1) / scale))),
    )


def faceless_heads(mask: np.ndarray, scale: float, faces: list[Region]) -> list[Region]:
    """The top of every sizeable person blob with no face box centred inside it."""
    import cv2

    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
    face_centres = [((f.box[0] + f.box[2]) / 2 * scale, (f.box[1] + f.box[3]) / 2 * scale) for f in faces]
    heads = []
    for label in range(1, count):
        bx, by, bw, bh, area = stats[label]
        if not MIN_PERSON_SHARE * mask.size <= area <= MAX_PERSON_SHARE * mask.size:
            continue
        if any(bx <= cx < bx + bw and by <= cy < by + bh for cx, cy in face_centres):
            continue
        band = labels[by : by + max(1, int(HEAD_SHARE * bh)), bx : bx + bw] == label
        cols = np.nonzero(band.any(axis=0))[0]
        head_h = band.shape[0]
        left, right = bx + cols[0], bx + cols[-1] + 1
        if right - left > 1.2 * head_h:  # shoulders or arms in the band: keep the middle
            middle = (left + right) / 2
            left, right = int(middle - 0.6 * head_h), int(np.ceil(middle + 0.6 * head_h))
        box = (int(left / scale), int(by / scale), int(np.ceil(right / scale)), int(np.ceil((by + head_h) / scale)))
        heads.append(Region(box=box, kind="person", score=float(area / mask.size), source=SOURCE + "-head"))
    return heads


def _clip(box: tuple[float, float, float, float], width: int, height: int) -> Box | None:
    x0, y0 = max(0, int(box[0])), max(0, int(box[1]))
    x1, y1 = min(width, int(np.ceil(box[2]))), min(height, int(np.ceil(box[3])))
    return (x0, y0, x1, y1) if x1 > x0 and y1 > y0 else None


@lru_cache(maxsize=1)
def _segmenter():  # -> mediapipe ImageSegmenter
    from scrubkit.detect.mediapipe_lean import import_mediapipe

    import_mediapipe()
    from mediapipe.tasks.python import BaseOptions, vision

    options = vision.ImageSegmenterOptions(
        base_options=BaseOptions(model_asset_path=str(MODEL_PATH)),
        running_mode=vision.RunningMode.IMAGE,
        output_confidence_masks=True,
        output_category_mask=False,
    )
    try:
        with native_logs_quiet():  # TFLite and absl announce themselves on stderr here
            segmenter = vision.ImageSegmenter.create_from_options(options)
    except Exception as e:  # mediapipe raises untyped errors for missing/corrupt models
        raise DetectorError(f"cannot load the person segmentation model {MODEL_PATH}: {e}") from e
    # mediapipe runs its C calls on a thread pool that Python shuts down before `atexit` handlers
    # run, so closing later (or in __del__) prints a traceback at exit; close before that instead.
    threading._register_atexit(segmenter.close)  # type: ignore[attr-defined]
    return segmenter
