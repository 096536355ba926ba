"""Text Regions from the four corners an OCR engine reports (shared by every OCR backend)."""

from __future__ import annotations

import numpy as np

from scrubkit.types import Region


def region_from_points(points: object, *, text: str, score: float, source: str) -> Region:
    """A text Region from four (x, y) corners, top-left first and clockwise."""
    corners = np.asarray(points, dtype=float).reshape(4, 2)
    quad = tuple((int(round(x)), int(round(y))) for x, y in corners)
    x0, y0 = np.floor(corners.min(axis=0)).astype(int)
    x1, y1 = np.ceil(corners.max(axis=0)).astype(int)
    return Region(
        box=(int(x0), int(y0), int(x1) + 1, int(y1) + 1),
        kind="text",
        score=score,
        source=source,
        text=text,
        quad=quad,  # type: ignore[arg-type]
    )
