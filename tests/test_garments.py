"""Policy `garments = "grey"` (issue 14): a rare kit colour can name the school, so the clothes below
each face turn grey while the faces stay covered and the rest of the photo keeps its colours."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
from PIL import Image

from scrubkit import scrub_image
from scrubkit.policy import Policy
from scrubkit.types import Box
from tests.conftest import shared

#: a line of walkers in bright orange waterproofs on a brown track
WALKERS = "12_Group_Team_Organized_Group_12_Group_Team_Organized_Group_12_21.jpg"


def _saturation(image: np.ndarray, where: np.ndarray) -> float:
    rgb = image.astype(np.int16)
    return float((rgb.max(axis=2) - rgb.min(axis=2))[where].mean())


def _mask(shape: tuple[int, ...], boxes: list[Box]) -> np.ndarray:
    mask = np.zeros(shape[:2], bool)
    for x0, y0, x1, y1 in boxes:
        mask[y0:y1, x0:x1] = True
    return mask


def test_grey_garments_take_the_kit_colour_and_nothing_else(tmp_path: Path) -> None:
    strict = Policy.preset("strict")
    kept = scrub_image(shared("faces-groups", "images", WALKERS), tmp_path / "kept.jpg", strict)
    greyed = scrub_image(shared("faces-groups", "images", WALKERS), tmp_path / "grey.jpg", replace(strict, garments="grey"))
    assert kept.status == greyed.status == "clean"
    garments = [r.box for r in greyed.regions if r.kind == "garment"]
    assert len(garments) >= 5  # one below each walker's face
    # the faces are covered exactly as without the option, and the greyed clothes count as nothing covered
    assert sorted(r.box for r in greyed.regions if r.kind != "garment") == sorted(r.box for r in kept.regions)
    assert greyed.verdict == kept.verdict
    before = np.asarray(Image.open(tmp_path / "kept.jpg").convert("RGB"))
    after = np.asarray(Image.open(tmp_path / "grey.jpg").convert("RGB"))
    clothes = _mask(before.shape, garments) & ~_mask(before.shape, [r.box for r in kept.regions])
    assert _saturation(after, clothes) < 0.4 * _saturation(before, clothes)
    elsewhere = ~_mask(before.shape, garments)
    assert abs(_saturation(after, elsewhere) - _saturation(before, elsewhere)) < 0.05 * _saturation(before, elsewhere)


def test_garments_are_kept_unless_the_policy_says_grey() -> None:
    assert Policy.preset("strict").garments == Policy.preset("standard").garments == "keep"
