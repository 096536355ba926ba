"""Covering regions: grow them by a margin, then pixelate, fill or blur what they cover.

Every style is one function over (image, regions) and returns a new array. Faces are covered by the
ellipse inscribed in their (expanded) box, so the result looks deliberate; text by its quad, so
rotated signs are covered along the text; people (torsos) by their box. Pixelation uses few, large
blocks, each set to its mean colour: the detail inside a block is gone, not hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import get_args

import numpy as np

from scrubkit.policy import CoverStyle
from scrubkit.types import Quad, Region

#: blocks across the shorter side of a region when pixelating: about 4 across the face itself
#: (the box includes the margin); text gets blocks of about its letters' height, so no letter survives
PIXELATE_BLOCKS = {"face": 6, "person": 6, "text": 2, "manual": 6}
#: blur strength as a fraction of the region's shorter side (blur is reversible-ish: not default)
BLUR_SIGMA_FRACTION = 0.2
FILL_COLOUR = (128, 128, 128)

#: the cover styles, as the policy declares them (one list: scrubkit.policy.CoverStyle)
STYLES: tuple[str, ...] = get_args(CoverStyle)


def expand(region: Region, margin: float, width: int, height: int) -> Region:
    """Grow the box (and quad) by `margin` x its size on every side, clipped to the image.

    The result is what gets covered and what the report lists.
    """
    x0, y0, x1, y1 = region.box
    grow_x, grow_y = margin * (x1 - x0), margin * (y1 - y0)
    box = (
        max(0, int(np.floor(x0 - grow_x))),
        max(0, int(np.floor(y0 - grow_y))),
        min(width, int(np.ceil(x1 + grow_x))),
        min(height, int(np.ceil(y1 + grow_y))),
    )
    quad = _expand_quad(region.quad, margin, width, height) if region.quad is not None else None
    return replace(region, box=box, quad=quad)


def _expand_quad(quad: Quad, margin: float, width: int, height: int) -> Quad:
    """Scale the quad about its centre along its own two axes, so rotated text grows along itself."""
    points = np.asarray(quad, np.float64)
    centre = points.mean(axis=0)
    along = (points[1] - points[0] + points[2] - points[3]) / 2  # the text's direction, full length
    across = (points[3] - points[0] + points[2] - points[1]) / 2
    grown = points + np.sign(_coords(points - centre, along, across)) @ np.stack([along, across]) * margin
    grown[:, 0] = grown[:, 0].clip(0, width)
    grown[:, 1] = grown[:, 1].clip(0, height)
    return tuple((int(round(x)), int(round(y))) for x, y in grown)  # type: ignore[return-value]


def _coords(offsets: np.ndarray, along: np.ndarray, across: np.ndarray) -> np.ndarray:
    """Each offset expressed in the (along, across) basis."""
    basis = np.stack([along, across], axis=1)
    return np.linalg.lstsq(basis, offsets.T, rcond=None)[0].T


def cover(image: np.ndarray, regions: list[Region], style: str = "pixelate") -> np.ndarray:
    """A copy of `image` with every region covered in `style` (pixelate | fill | blur)."""
    if style not in STYLES:
        raise ValueError(f"unknown cover style {style!r}; styles are {', '.join(STYLES)}")
    out = image.copy()
    for region in regions:
        x0, y0, x1, y1 = region.box
        if x1 <= x0 or y1 <= y0:
            continue
        patch = out[y0:y1, x0:x1]
        mask = region_mask(region)
        covered = _STYLE_FUNCS[style](patch, region)
        patch[mask] = covered[mask]
    return out


def region_mask(region: Region) -> np.ndarray:
    """Which pixels of the region's box are covered: ellipse (face), quad (text), box (person)."""
    import cv2

    x0, y0, x1, y1 = region.box
    width, height = x1 - x0, y1 - y0
    if region.kind == "face":
        mask = np.zeros((height, width), np.uint8)
        centre = ((width - 1) / 2, (height - 1) / 2)
        cv2.ellipse(mask, (centre, (width, height), 0), 1, thickness=-1)
        return mask.astype(bool)
    if region.kind == "text" and region.quad is not None:
        mask = np.zeros((height, width), np.uint8)
        points = np.asarray(region.quad, np.int32) - np.array([x0, y0], np.int32)
        cv2.fillPoly(mask, [points], 1)
        return mask.astype(bool)
    return np.ones((height, width), bool)


def covered_mask(shape: tuple[int, ...], regions: list[Region]) -> np.ndarray:
    """H x W bool: the pixels `cover` changes for these regions (for verification)."""
    mask = np.zeros(shape[:2], bool)
    for region in regions:
        x0, y0, x1, y1 = region.box
        if x1 > x0 and y1 > y0:
            mask[y0:y1, x0:x1] |= region_mask(region)
    return mask


def _pixelate(patch: np.ndarray, region: Region) -> np.ndarray:
    """Mean colour per block, PIXELATE_BLOCKS[kind] blocks across the region's shorter side."""
    height, width = patch.shape[:2]
    block = max(1, int(np.ceil(min(height, width) / PIXELATE_BLOCKS[region.kind])))
    out = np.empty_like(patch)
    for by in range(0, height, block):
        for bx in range(0, width, block):
            cell = patch[by : by + block, bx : bx + block]
            out[by : by + block, bx : bx + block] = cell.reshape(-1, patch.shape[2]).mean(axis=0).round()
    return out


def _fill(patch: np.ndarray, region: Region) -> np.ndarray:
    return np.broadcast_to(np.array(FILL_COLOUR, patch.dtype), patch.shape)


def _blur(patch: np.ndarray, region: Region) -> np.ndarray:
    import cv2

    sigma = max(1.0, BLUR_SIGMA_FRACTION * min(patch.shape[:2]))
    return cv2.GaussianBlur(np.ascontiguousarray(patch), (0, 0), sigma, borderType=cv2.BORDER_REPLICATE)


_STYLE_FUNCS: dict[str, Callable[[np.ndarray, Region], np.ndarray]] = {
    "pixelate": _pixelate,
    "fill": _fill,
    "blur": _blur,
}
