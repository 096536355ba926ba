"""Proof that an output file is a whole, valid image: by its container, or by decoding every frame."""

from __future__ import annotations

from scrubkit.media.metadata import read_metadata
from scrubkit.media.opening import frames, opened


def check_decodes(data: bytes, fmt: str, max_pixels: int) -> None:
    """Decode every frame of an output file, one at a time and within `max_pixels` for all of them
    together: proof that it is a complete, valid image."""
    with opened(data, fmt, max_pixels, strict=True) as image:
        if fmt == "JPEG":  # a DCT-scaled decode still reads every entropy-coded byte, 8x faster
            image.draft(image.mode, (max(1, image.width // 8), max(1, image.height // 8)))
        for _ in frames(image, max_pixels):
            pass


def check_container(data: bytes, fmt: str, max_pixels: int) -> None:
    """Proof that a file's container is whole without decoding pixels: every segment, chunk or box
    parses to the end, and the header opens within the pixel limit.

    Enough after strip_metadata for every format but TIFF: the strip copies the coded image data
    verbatim, so only the container it rewrote can be at fault. TIFF is rebuilt from decoded pages
    and gets a full check_decodes.
    """
    if fmt == "TIFF":
        check_decodes(data, fmt, max_pixels)
        return
    read_metadata(data, fmt)  # walks the whole container; CorruptImage if any part is cut or broken
    with opened(data, fmt, max_pixels):
        pass
