"""Detect, cover, look again: the part of the pipeline that changes pixels.

Regions are covered with the policy's margin, then the covered image goes through the same face and
text detectors once more; whatever is still found outside the covers is covered too, for a bounded
number of rounds, after which the photo fails rather than be written half-covered.
"""

from __future__ import annotations

import numpy as np

from scrubkit.detect import find_regions
from scrubkit.errors import UnsupportedFormat, VerificationError
from scrubkit.media.decode import decode
from scrubkit.media.encode import encode
from scrubkit.media.metadata import read_metadata
from scrubkit.policy import Policy
from scrubkit.redact import cover, expand
from scrubkit.types import Box, Region

#: how many times covering may be repeated when re-detection still finds a face or text
MAX_COVER_ROUNDS = 2
#: a re-detected region this much inside already-covered area is the cover itself, not a leak
INSIDE_COVER = 0.7
#: OCR confidence from which re-detected text counts as readable
READABLE_SCORE = 0.5


def cover_pixels(data: bytes, fmt: str, policy: Policy) -> tuple[bytes | None, list[str], list[Region]]:
    """Detect and cover; re-encode only when something was covered (None when nothing was found)."""
    decoded = decode(data, fmt, policy.max_pixels)
    if decoded.frames > 1:
        raise UnsupportedFormat(
            f"{fmt} with {decoded.frames} frames/pages: covering faces or text in animations and "
            "multi-page files is not supported yet (the metadata-only policy can clean it)"
        )
    found = find_regions(decoded.pixels, policy)
    if not found:
        return None, [], []
    pixels, regions = cover_and_verify(decoded.pixels, found, policy)
    removed = sorted({f"{m.group}:{m.name}" for m in read_metadata(data, fmt) if m.privacy})
    return encode(pixels, decoded.alpha, decoded, policy.quality), removed, regions


def cover_and_verify(
    pixels: np.ndarray, found: list[Region], policy: Policy
) -> tuple[np.ndarray, list[Region]]:
    """Cover `found`, then look again: what is still detected outside the covers is covered too.

    Returns the covered pixels and the regions as covered (margin included). After MAX_COVER_ROUNDS
    rounds a face or text still found outside the covers fails the photo.
    """
    height, width = pixels.shape[:2]
    covered: list[Region] = []
    missed = found
    for _ in range(MAX_COVER_ROUNDS + 1):
        grown = [expand(r, 0.0 if r.kind == "person" else policy.margin, width, height) for r in missed]
        pixels = cover(pixels, grown, policy.style)
        covered += grown
        again = find_regions(pixels, policy, for_verification=True)
        boxes = [r.box for r in covered]
        missed = [r for r in again if is_leak(r) and fraction_covered(r.box, boxes) < INSIDE_COVER]
        if not missed:
            return pixels, covered
    kinds = ", ".join(sorted({r.kind for r in missed}))
    raise VerificationError(
        f"{len(missed)} {kinds} region(s) still detected after {MAX_COVER_ROUNDS + 1} rounds of covering; "
        "file not written"
    )


def is_leak(region: Region) -> bool:
    """Would this re-detected region still tell a stranger something?

    Every face does. Text does when it is readable: at least two letters or digits read with
    confidence; the edges of pixelation blocks make OCR "see" stray single characters, which
    say nothing and would otherwise send covering round in circles.
    """
    if region.kind != "text":
        return True
    return region.score >= READABLE_SCORE and sum(c.isalnum() for c in region.text or "") >= 2


def fraction_covered(box: Box, covers: list[Box]) -> float:
    """Share of `box`'s area that lies inside the union of `covers`."""
    x0, y0, x1, y1 = box
    if x1 <= x0 or y1 <= y0:
        return 1.0
    inside = np.zeros((y1 - y0, x1 - x0), dtype=bool)
    for cx0, cy0, cx1, cy1 in covers:
        inside[max(cy0 - y0, 0) : max(cy1 - y0, 0), max(cx0 - x0, 0) : max(cx1 - x0, 0)] = True
    return float(inside.mean())
