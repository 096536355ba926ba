"""Covering regions: grow them by a margin, then pixelate, fill or blur what they cover.

Every style is one function over (image, regions) and returns a new array. Faces are covered by the
ellipse inscribed in their (expanded) box, so the result looks deliberate; text by its quad, so
rotated signs are covered along the text; uniform marks and people (torsos, heads) by their box.
Pixelation sets each block to its mean colour: the detail inside a block is gone, not hidden. Block
sizes follow what is covered, so covers look deliberate rather than like damage: faces get the same
number of blocks across whatever their size, text blocks are about a letter high, and no block is
ever larger than a sixteenth of the photo's shorter side (one wrong large region must not turn half
a photo into a few giant squares). Blocks divide each region evenly, so there are no slivers at
its edges.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from typing import get_args

import numpy as np

from scrubkit.boxes import quad_height
from scrubkit.policy import CoverStyle
from scrubkit.types import Quad, Region

#: blocks across the shorter side of a covered region when pixelating. A face cover (margin
#: included) gets 8, about 5 across the face itself: a face at that resolution looks like a face
#: and identifies no one. Text gets blocks about as tall as its letters (2 across the grown line),
#: so no letter survives; a mark, 2 across its cell row; a torso or reviewer-drawn box, 6.
PIXELATE_BLOCKS = {"face": 8, "person": 6, "text": 2, "mark": 2, "manual": 6}
#: no pixelation block is larger than the photo's shorter side / this
MAX_BLOCK_FRACTION = 16
#: blur strength as a fraction of the region's shorter side (blur is reversible-ish: not default)
BLUR_SIGMA_FRACTION = 0.2
FILL_COLOUR = (128, 128, 128)

#: the cover styles, as the policy declares them (one list: scrubkit.policy.CoverStyle)
STYLES: tuple[str, ...] = get_args(CoverStyle)


def expand(region: Region, margin: float, width: int, height: int) -> Region:
    """Grow the box (and quad) by `margin` x its size on every side, clipped to the image; text by
    `margin` x its letter height on every side (a long line needs no more border than a word).

    The result is what gets covered and what the report lists.
    """
    x0, y0, x1, y1 = region.box
    grow_x, grow_y = margin * (x1 - x0), margin * (y1 - y0)
    if region.kind == "text":
        grow_x = grow_y = margin * (quad_height(region.quad) if region.quad is not None else y1 - y0)
    box = (
        max(0, math.floor(x0 - grow_x)),
        max(0, math.floor(y0 - grow_y)),
        min(width, math.ceil(x1 + grow_x)),
        min(height, math.ceil(y1 + grow_y)),
    )
    if region.quad is None:
        return replace(region, box=box)
    quad = _expand_quad(region.quad, margin, region.kind == "text", width, height)
    xs, ys = [x for x, _ in quad], [y for _, y in quad]
    box = (min(box[0], *xs), min(box[1], *ys), max(box[2], *xs), max(box[3], *ys))
    return replace(region, box=box, quad=quad)


def _expand_quad(quad: Quad, margin: float, by_height: bool, width: int, height: int) -> Quad:
    """Grow the quad about its centre along its own two axes, so rotated text grows along itself:
    by `margin` x its length and height, or (`by_height`) by `margin` x its height both ways."""
    points = np.asarray(quad, np.float64)
    centre = points.mean(axis=0)
    along = (points[1] - points[0] + points[2] - points[3]) / 2  # the text's direction, full length
    across = (points[3] - points[0] + points[2] - points[1]) / 2
    along_margin = margin
    if by_height:
        along_margin = margin * quad_height(quad) / max(float(np.linalg.norm(along)), 1e-6)
    offsets = np.sign(_coords(points - centre, along, across)) * [along_margin, margin]
    grown = points + offsets @ np.stack([along, across])
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
    max_block = max(1, min(image.shape[:2]) // MAX_BLOCK_FRACTION)
    for region in regions:
        x0, y0, x1, y1 = region.box
        if x1 <= x0 or y1 <= y0:
            continue
        patch = out[y0:y1, x0:x1]
        covered = _STYLE_FUNCS[style](patch, region, max_block)
        if _fills_box(region):
            patch[...] = covered
        else:
            mask = region_mask(region)
            patch[mask] = covered[mask]
    return out


def _fills_box(region: Region) -> bool:
    """Whether region_mask is the region's whole box (marks, people, reviewer-drawn boxes)."""
    return region.kind != "face" and (region.kind != "text" or region.quad is None)


def region_mask(region: Region) -> np.ndarray:
    """Which pixels of the region's box are covered: ellipse (face), quad (text), box (mark, person)."""
    x0, y0, x1, y1 = region.box
    width, height = x1 - x0, y1 - y0
    if _fills_box(region):
        return np.ones((height, width), bool)
    import cv2

    mask = np.zeros((height, width), np.uint8)
    if region.kind == "face":
        centre = ((width - 1) / 2, (height - 1) / 2)
        cv2.ellipse(mask, (centre, (width, height), 0), 1, thickness=-1)
    else:
        points = np.asarray(region.quad, np.int32) - np.array([x0, y0], np.int32)
        cv2.fillPoly(mask, [points], 1)
    return mask.astype(bool)


def covered_mask(shape: tuple[int, ...], regions: list[Region]) -> np.ndarray:
    """H x W bool: the pixels `cover` changes for these regions (for verification)."""
    mask = np.zeros(shape[:2], bool)
    for region in regions:
        x0, y0, x1, y1 = region.box
        if x1 > x0 and y1 > y0:
            mask[y0:y1, x0:x1] |= region_mask(region)
    return mask


def _pixelate(patch: np.ndarray, region: Region, max_block: int) -> np.ndarray:
    """Mean colour per block, PIXELATE_BLOCKS[kind] blocks across the region's shorter side.

    Text is measured across its quad (its letters' height), not its upright box, so a rotated line
    gets letter-sized blocks too. Block edges are spread evenly over the region.
    """
    height, width = patch.shape[:2]
    side = quad_height(region.quad) if region.kind == "text" and region.quad is not None else min(height, width)
    block = min(max_block, max(1, math.ceil(side / PIXELATE_BLOCKS[region.kind])))
    rows, cols = _edges(height, block), _edges(width, block)
    # per-block sums in one pass (a Python loop over blocks cost more than the covering itself)
    sums = np.add.reduceat(np.add.reduceat(patch, rows[:-1], axis=0, dtype=np.int64), cols[:-1], axis=1)
    heights = np.array([b - a for a, b in zip(rows, rows[1:])])
    widths = np.array([b - a for a, b in zip(cols, cols[1:])])
    means = (sums / (heights[:, None] * widths[None, :])[..., None]).round().astype(patch.dtype)
    return np.repeat(np.repeat(means, heights, axis=0), widths, axis=1)


def _edges(length: int, block: int) -> list[int]:
    """Block edges spread evenly over `length`: np.linspace(0, length, n + 1).round() for n blocks of
    about `block` (the same float arithmetic and rounding, without numpy's per-call cost: a photo
    may have thousands of small covers)."""
    count = max(1, round(length / block))
    step = length / count
    return [round(i * step) for i in range(count)] + [length]


def _fill(patch: np.ndarray, region: Region, max_block: int) -> np.ndarray:
    return np.broadcast_to(np.array(FILL_COLOUR, patch.dtype), patch.shape)


def _blur(patch: np.ndarray, region: Region, max_block: int) -> np.ndarray:
    import cv2

    sigma = max(1.0, BLUR_SIGMA_FRACTION * min(patch.shape[:2]))
    return cv2.GaussianBlur(np.ascontiguousarray(patch), (0, 0), sigma, borderType=cv2.BORDER_REPLICATE)


_STYLE_FUNCS: dict[str, Callable[[np.ndarray, Region, int], np.ndarray]] = {
    "pixelate": _pixelate,
    "fill": _fill,
    "blur": _blur,
}
