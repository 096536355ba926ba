"""The check of a covered photo looks only around the covers: a face the cover only half hides is
still found there, and the windows hold every changed box."""

from __future__ import annotations

import numpy as np
from PIL import Image

from scrubkit.detect import find_regions
from scrubkit.detect.windows import windows_around
from scrubkit.policy import Policy
from scrubkit.redact import cover
from scrubkit.types import Region
from tests.conftest import EXAMPLES


def test_a_face_only_half_covered_is_found_by_the_windowed_check() -> None:
    image = np.asarray(Image.open(EXAMPLES / "photos" / "portrait.jpg").convert("RGB"))
    policy = Policy.preset("standard")
    [face] = find_regions(image, policy)
    x0, y0, x1, y1 = face.box
    half = Region(box=(x0, y0, x1, (y0 + y1) // 2), kind="face", score=1.0, source="test")  # eyes only
    half_covered = cover(image, [half], "pixelate")
    again = find_regions(half_covered, policy, for_verification=True, near=[half.box])
    assert any(r.box[3] > half.box[3] for r in again), "the uncovered lower half of the face was not found"
    fully = cover(image, [Region(box=(max(0, x0 - 20), max(0, y0 - 20), x1 + 20, y1 + 20), kind="face", score=1.0, source="test")], "pixelate")
    assert find_regions(fully, policy, for_verification=True, near=[(max(0, x0 - 20), max(0, y0 - 20), x1 + 20, y1 + 20)]) == []


def test_windows_hold_every_box_and_merge_when_they_meet() -> None:
    boxes = [(100, 100, 140, 150), (150, 100, 190, 150), (900, 700, 920, 720)]
    windows = windows_around(boxes, 1000, 800)
    assert len(windows) == 2  # the first two grow into each other
    for bx0, by0, bx1, by1 in boxes:
        assert any(x0 <= bx0 and y0 <= by0 and bx1 <= x1 and by1 <= y1 for x0, y0, x1, y1 in windows)
    assert windows_around([(0, 0, 900, 700)], 1000, 800) == [(0, 0, 1000, 800)]  # most of it: read it whole
