"""Box and quad arithmetic shared by covering, detection, the verdict and reviewer edits (numpy loaded on
first use)."""

from __future__ import annotations

from scrubkit.types import Box, Quad

#: a region this much inside covers counts as covered (the cover itself, when found again)
INSIDE_COVER = 0.7


def fraction_covered(box: Box, covers: list[Box]) -> float:
    """Share of `box`'s area that lies inside the union of `covers`."""
    import numpy as np  # here: metadata-only runs never load numpy

    x0, y0, x1, y1 = box
    if x1 <= x0 or y1 <= y0:
        return 1.0
    inside = np.zeros((y1 - y0, x1 - x0), dtype=bool)
    for cx0, cy0, cx1, cy1 in covers:
        if cx0 < x1 and cy0 < y1 and cx1 > x0 and cy1 > y0:  # (a photo may have thousands of covers)
            inside[max(cy0 - y0, 0) : max(cy1 - y0, 0), max(cx0 - x0, 0) : max(cx1 - x0, 0)] = True
    return float(inside.mean())


def area(box: Box) -> int:
    return max(0, box[2] - box[0]) * max(0, box[3] - box[1])


def union_mask(size: tuple[int, int], covers: list[Box]):  # -> np.ndarray (H x W bool)
    """The pixels of a `size` (width, height) image inside any of `covers`: one pass over the covers,
    then any box's covered share is a slice's mean."""
    import numpy as np

    width, height = size
    mask = np.zeros((height, width), dtype=bool)
    for x0, y0, x1, y1 in covers:
        mask[max(y0, 0) : max(y1, 0), max(x0, 0) : max(x1, 0)] = True
    return mask


def quad_height(quad: Quad) -> float:
    """Height of a text quad's letters: its sides across the text (p0-p3 and p1-p2), averaged."""
    import numpy as np

    points = np.asarray(quad, np.float64)
    return float((np.linalg.norm(points[3] - points[0]) + np.linalg.norm(points[2] - points[1])) / 2)


def quad_area(quad: Quad) -> float:
    """Area of a quad (shoelace formula)."""
    import numpy as np

    points = np.asarray(quad, np.float64)
    x, y = points[:, 0], points[:, 1]
    return float(abs(np.dot(x, np.roll(y, 1)) - np.dot(y, np.roll(x, 1))) / 2)
