"""Turning clothing grey (policy `garments = "grey"`, issue 14).

With every crest, badge and name covered, a rare colour combination (a purple blazer with gold
piping) can still name the school. Covering the torso erases the child; turning the clothes grey
keeps the photo. Inside each garment box only the person's pixels change (the person mask, or the
whole box where the mask missed a small person, as for torso covers), and the wearer's skin keeps
its colour: skin is what lies near the colour of the middle of their face (a fixed skin range would
also keep red and orange kit). The grey is each pixel's luminance, so folds and shading stay and the
old colour cannot be read back.
"""

from __future__ import annotations

import numpy as np

from scrubkit.types import Box, Region

#: a pixel this close (8-bit Lab distance) to the colour of the middle of the face is skin
SKIN_DISTANCE = 24.0


def grey_garments(image: np.ndarray, garments: list[Region], faces: list[Region]) -> np.ndarray:
    """A copy of `image` with the clothing inside each garment region turned to greys; `faces` are
    the faces the garments lie below (the wearer's skin colour is read from them)."""
    import cv2

    from scrubkit.detect.people import SOURCE, person_mask

    out = image.copy()
    if not garments:
        return out
    height, width = image.shape[:2]
    mask, _ = person_mask(image)
    person = cv2.resize(mask.astype(np.uint8), (width, height), interpolation=cv2.INTER_NEAREST).astype(bool)
    for garment in garments:
        x0, y0, x1, y1 = garment.box
        patch = out[y0:y1, x0:x1]
        if patch.size == 0:
            continue
        clothes = ~_near_skin(patch, _skin_tone(image, _wearer(garment.box, faces)))
        if garment.source == SOURCE:  # the torso was shrunk to the mask: the mask says where the person is
            clothes &= person[y0:y1, x0:x1]
        grey = cv2.cvtColor(patch, cv2.COLOR_RGB2GRAY)
        patch[clothes] = grey[clothes][:, None]
    return out


def _wearer(garment: Box, faces: list[Region]) -> Box | None:
    """The face whose chin is nearest the top middle of the garment."""
    top = ((garment[0] + garment[2]) / 2, garment[1])
    boxes = [f.box for f in faces if f.kind == "face"]
    return min(boxes, key=lambda b: abs((b[0] + b[2]) / 2 - top[0]) + abs(b[3] - top[1]), default=None)


def _skin_tone(image: np.ndarray, face: Box | None) -> np.ndarray | None:
    """Median 8-bit Lab colour of the middle half of the face box (None without a face)."""
    import cv2

    if face is None:
        return None
    x0, y0, x1, y1 = face
    w, h = x1 - x0, y1 - y0
    middle = image[y0 + h // 4 : y1 - h // 4, x0 + w // 4 : x1 - w // 4]
    if middle.size == 0:
        return None
    return np.median(cv2.cvtColor(middle, cv2.COLOR_RGB2LAB).reshape(-1, 3).astype(np.float32), axis=0)


def _near_skin(patch: np.ndarray, tone: np.ndarray | None) -> np.ndarray:
    import cv2

    if tone is None:
        return np.zeros(patch.shape[:2], bool)
    lab = cv2.cvtColor(patch, cv2.COLOR_RGB2LAB).astype(np.float32)
    return np.linalg.norm(lab - tone, axis=2) < SKIN_DISTANCE
