"""scrub_image: read -> sniff -> (decode -> detect -> cover -> re-detect) -> encode/strip -> verify -> write.

A file is written only when every step succeeded, and then atomically; any failure becomes a Result
with a reason a person can act on (fail closed). This function is the unit of work of a batch: a pure
function of its arguments, so any executor can map it.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import numpy as np

from scrubkit.detect import find_regions
from scrubkit.errors import OutputExists, ScrubError, UnreadableFile, UnsupportedFormat, VerificationError
from scrubkit.media.decode import check_decodes, decode
from scrubkit.media.encode import atomic_write, encode
from scrubkit.media.metadata import read_metadata, strip_metadata, verify_clean
from scrubkit.media.sniff import sniff_format
from scrubkit.policy import Policy
from scrubkit.types import Box, Region, Result

#: inputs larger than this are refused before reading (no real photo comes near it)
MAX_INPUT_BYTES = 1 << 30
#: how many times covering may be repeated when re-detection still finds a face or text
MAX_COVER_ROUNDS = 2
#: a re-detected region this much inside already-covered area is the cover itself, not a leak
INSIDE_COVER = 0.7
#: OCR confidence from which re-detected text counts as readable
READABLE_SCORE = 0.5


def scrub_image(
    src: str | Path, dst: str | Path, policy: Policy | str | None = None, *, overwrite: bool = False
) -> Result:
    """Write a scrubbed copy of the image `src` to `dst` and say what happened.

    Never raises for a bad file: the Result's status is "failed" or "skipped" with a reason, and
    nothing is written to `dst`. `src` is only ever read.
    """
    policy = Policy.load(policy)
    src, dst = Path(src), Path(dst)
    started = time.perf_counter()
    result = Result(source=src, output=None, status="failed")
    try:
        data = read_input(src)
        result.format = sniff_format(data)
        _check_destination(src, dst, overwrite)
        cleaned, result.metadata_removed, result.regions = scrub_bytes(data, result.format, policy)
        atomic_write(dst, cleaned)
        result.status, result.output = "clean", dst
    except ScrubError as e:
        result.status, result.reason = e.status, str(e)  # type: ignore[assignment]
    except MemoryError:
        result.reason = "ran out of memory while processing this image; file not written"
    except Exception as e:  # noqa: BLE001 - fail closed on anything unforeseen, with a reason
        result.reason = f"internal error ({type(e).__name__}: {e}); file not written"
    result.seconds = time.perf_counter() - started
    return result


def scrub_bytes(data: bytes, fmt: str, policy: Policy) -> tuple[bytes, list[str], list[Region]]:
    """Clean one image held in memory; returns (clean bytes, metadata removed, regions covered).

    The output is verified before it is returned: its metadata against the format's allowlist, its
    pixels by decoding it fully.
    """
    cleaned, removed, regions = _cover_pixels(data, fmt, policy) if policy.touches_pixels else (None, [], [])
    if cleaned is None:  # nothing to cover: pixels stay as they are, only metadata goes
        cleaned, removed = strip_metadata(data, fmt)
    verify_clean(cleaned, fmt)
    check_decodes(cleaned, fmt, policy.max_pixels)
    return cleaned, removed, regions


def _cover_pixels(data: bytes, fmt: str, policy: Policy) -> tuple[bytes | None, list[str], list[Region]]:
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
    from scrubkit.redact import cover, expand

    height, width = pixels.shape[:2]
    covered: list[Region] = []
    missed = found
    for attempt in range(MAX_COVER_ROUNDS + 1):
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


def read_input(src: Path) -> bytes:
    """The input's bytes, or UnreadableFile with the reason in words."""
    try:
        if src.is_dir():
            raise UnreadableFile("is a folder, not a file")
        size = src.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise UnreadableFile(f"too large to process ({size / 2**30:.1f} GiB)")
        return src.read_bytes()
    except OSError as e:
        raise UnreadableFile(f"cannot read: {e.strerror or e}") from None


def _check_destination(src: Path, dst: Path, overwrite: bool) -> None:
    if os.path.abspath(src) == os.path.abspath(dst) or (dst.exists() and dst.samefile(src)):
        raise OutputExists("output would overwrite the original; choose another output path")
    if dst.exists() and not overwrite:
        raise OutputExists(f"output already exists: {dst} (use --overwrite to replace it)")
