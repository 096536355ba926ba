"""Detect, cover, look again: the part of the pipeline that changes pixels.

Regions are covered with the policy's margin, then the covered image goes through the same face and
text detectors once more; whatever is still found outside the covers is covered too, for a bounded
number of rounds, after which the photo fails rather than be written half-covered. The second look
is only around the face and text covers just made (detect/windows.py): elsewhere the pixels are the
ones the search already read.
"""

from __future__ import annotations

import numpy as np

from scrubkit.boxes import INSIDE_COVER, fraction_covered
from scrubkit.detect import find_regions
from scrubkit.edits import Edits
from scrubkit.errors import UnsupportedFormat, VerificationError
from scrubkit.media.decode import decode
from scrubkit.media.encode import encode
from scrubkit.media.metadata import privacy_keys
from scrubkit.policy import Policy
from scrubkit.recolour import grey_garments
from scrubkit.redact import STYLES, cover, expand
from scrubkit.runtime import keep_freed_memory
from scrubkit.types import Region
from scrubkit.verdict import Evidence

#: region kinds placed by geometry and detail, not detected: the covered-image check does not look for them
PLACED = ("person", "mark", "garment")
#: how many times covering may be repeated when re-detection still finds a face or text
MAX_COVER_ROUNDS = 2
#: OCR confidence from which re-detected text counts as readable
READABLE_SCORE = 0.5


def cover_pixels(
    data: bytes, fmt: str, policy: Policy, *, edits: Edits | None = None, evidence: Evidence | None = None
) -> tuple[bytes | None, list[str], list[Region]]:
    """Detect and cover; re-encode only when something was covered (None when nothing was found).

    A reviewer's `edits` force their covers in and keep the covers they removed out. `evidence`, when
    given, receives what the verdict needs besides the covers (the size, what detectors were unsure of).
    """
    keep_freed_memory()
    decoded = decode(data, fmt, policy.max_pixels)
    if decoded.frames > 1:
        raise UnsupportedFormat(
            f"{fmt} with {decoded.frames} frames/pages: covering faces or text in animations and "
            "multi-page files is not supported yet (the metadata-only policy can clean it)"
        )
    height, width = decoded.pixels.shape[:2]
    if evidence is not None:
        evidence.size, evidence.face_threshold = (width, height), policy.face_threshold
    found = find_regions(decoded.pixels, policy, unsure=evidence.unsure if evidence is not None else None)
    if edits:
        found = [r for r in found if not edits.suppresses(expand(r, margin_of(r, policy), width, height).box)]
        found += edits.covers()
    if not found:
        return None, [], []
    pixels, regions = cover_and_verify(decoded.pixels, found, policy, edits)
    removed = sorted(privacy_keys(data, fmt))
    return encode(pixels, decoded.alpha, decoded, policy.quality), removed, regions


def cover_and_verify(
    pixels: np.ndarray, found: list[Region], policy: Policy, edits: Edits | None = None
) -> tuple[np.ndarray, list[Region]]:
    """Cover `found`, then look again: what is still detected outside the covers is covered too.

    Returns the covered pixels and the regions as covered (margin included). After MAX_COVER_ROUNDS
    rounds a face or text still found outside the covers fails the photo. What a reviewer removed
    (`edits`) stays uncovered: their decision overrides the check.
    """
    edits = edits or Edits()
    height, width = pixels.shape[:2]
    covered: list[Region] = []
    missed = found
    for _ in range(MAX_COVER_ROUNDS + 1):
        grown = [expand(r, margin_of(r, policy), width, height) for r in missed]
        garments = [r for r in grown if r.kind == "garment"]
        if garments:  # first, while the faces (their wearers' skin colour) are still uncovered
            pixels = grey_garments(pixels, garments, [r for r in missed if r.kind == "face"])
        for style in STYLES:
            styled = [r for r in grown if r.kind != "garment" and edits.style_of(r, policy.style) == style]
            pixels = cover(pixels, styled, style) if styled else pixels
        covered += grown
        again = find_regions(pixels, policy, for_verification=True, near=[r.box for r in grown if r.kind not in PLACED])
        boxes = [r.box for r in covered if r.kind != "garment"]  # grey clothes hide nothing
        missed = [
            r for r in again
            if is_leak(r) and fraction_covered(r.box, boxes) < INSIDE_COVER and not edits.suppresses(r.box)
        ]
        if not missed:
            return pixels, covered
    kinds = ", ".join(sorted({r.kind for r in missed}))
    raise VerificationError(
        f"{len(missed)} {kinds} region(s) still detected after {MAX_COVER_ROUNDS + 1} rounds of covering; "
        "file not written"
    )


def margin_of(region: Region, policy: Policy) -> float:
    """Faces and text grow by the policy's margin; boxes placed by geometry (torsos, heads, uniform
    marks, which already hold their edges) and reviewer-drawn boxes are covered as they are."""
    return 0.0 if region.kind in (*PLACED, "manual") else policy.margin


def is_leak(region: Region) -> bool:
    """Would this re-detected region still tell a stranger something?

    Every face does. Text does when it is readable: at least two letters or digits read with
    confidence; the edges of pixelation blocks make OCR "see" stray single characters, which
    say nothing and would otherwise send covering round in circles.
    """
    if region.kind != "text":
        return True
    return region.score >= READABLE_SCORE and sum(c.isalnum() for c in region.text or "") >= 2
