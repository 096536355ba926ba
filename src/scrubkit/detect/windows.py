"""Run a detector only around the places an image changed (the check of a covered photo).

Covering changes pixels inside the covers only. Everywhere else the photo is what the search
already read, so the check needs to look only where a cover could have left something visible:
each cover and a band around it twice the cover's size (a face or line of text the cover only
partly hides lies there, with the context a detector needs to see it whole; a band of one cover
size cut half-covered faces at the window's edge, and the detector missed them). Windows that
overlap are merged; when they add up to most of the photo, the whole photo is read once instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from scrubkit.types import Box, Region

#: the band around a cover, as a fraction of the cover's size (at least MIN_BAND pixels)
BAND = 2.0
MIN_BAND = 64
#: read the whole photo once when the windows cover more than this share of it
WHOLE_PHOTO_SHARE = 0.6


def windows_around(boxes: Sequence[Box], width: int, height: int) -> list[Box]:
    """Disjoint windows holding every box grown by BAND of its size on every side, clipped."""
    return merged_windows([_grown(box, width, height) for box in boxes], width, height, WHOLE_PHOTO_SHARE)


def merged_windows(boxes: Sequence[Box], width: int, height: int, whole_share: float) -> list[Box]:
    """`boxes` merged until none overlap, or the whole image when they cover more than `whole_share` of it."""
    windows = list(boxes)
    merged = True
    while merged:  # merge overlapping windows until none overlap (few boxes: quadratic is fine)
        merged = False
        for i in range(len(windows)):
            for j in range(i + 1, len(windows)):
                if _overlap(windows[i], windows[j]):
                    windows[i] = _union(windows[i], windows[j])
                    del windows[j]
                    merged = True
                    break
            if merged:
                break
    if sum((x1 - x0) * (y1 - y0) for x0, y0, x1, y1 in windows) > whole_share * width * height:
        return [(0, 0, width, height)]
    return windows


def detect_in_windows(image: np.ndarray, windows: Sequence[Box], detect: Callable[[np.ndarray], list[Region]]) -> list[Region]:
    """`detect` on each window's crop, regions mapped back to the image's pixels."""
    found: list[Region] = []
    for x0, y0, x1, y1 in windows:
        crop = image if (x0, y0, x1, y1) == (0, 0, image.shape[1], image.shape[0]) else image[y0:y1, x0:x1]
        found += [_shifted(r, x0, y0) for r in detect(np.ascontiguousarray(crop))]
    return found


def _grown(box: Box, width: int, height: int) -> Box:
    x0, y0, x1, y1 = box
    band_x = max(MIN_BAND, int(BAND * (x1 - x0)))
    band_y = max(MIN_BAND, int(BAND * (y1 - y0)))
    return max(0, x0 - band_x), max(0, y0 - band_y), min(width, x1 + band_x), min(height, y1 + band_y)


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _union(a: Box, b: Box) -> Box:
    return min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])


def _shifted(region: Region, dx: int, dy: int) -> Region:
    if dx == dy == 0:
        return region
    x0, y0, x1, y1 = region.box
    quad = tuple((x + dx, y + dy) for x, y in region.quad) if region.quad is not None else None
    return replace(region, box=(x0 + dx, y0 + dy, x1 + dx, y1 + dy), quad=quad)  # type: ignore[arg-type]
