"""Proof that an output file is a whole, valid image: by its container, or by decoding every frame."""

from __future__ import annotations

from scrubkit.media.formats import cleaner_for
from scrubkit.media.metadata import read_metadata
from scrubkit.media.opening import check_size, frames, opened


def check_decodes(data: bytes, fmt: str, max_pixels: int) -> None:
    """Decode every frame of an output file, one at a time and within `max_pixels` for all of them
    together: proof that it is a complete, valid image."""
    with opened(data, fmt, max_pixels, strict=True) as image:
        cleaner_for(fmt).draft(image)
        for _ in frames(image, max_pixels):
            pass


def check_container(data: bytes, fmt: str, max_pixels: int, *, walked: bool = False) -> None:
    """Proof that a file's container is whole without decoding pixels: every segment, chunk or box
    parses to the end, and the header opens within the pixel limit.

    Enough after strip_metadata for every format whose strip copies the coded image data verbatim:
    only the container it rewrote can be at fault. A format rebuilt from decoded pixels (TIFF) gets a
    full check_decodes. `walked`: the caller has just read all of `data`'s metadata without error
    (verify_clean does), which is the walk of the whole container; it is not done twice. A format
    that reads its own header (JPEG) is checked without Pillow, which a metadata-only run then
    never imports.
    """
    cleaner = cleaner_for(fmt)
    if cleaner.rebuilds_pixels:
        check_decodes(data, fmt, max_pixels)
        return
    if not walked:
        read_metadata(data, fmt)  # walks the whole container; CorruptImage if any part is cut or broken
    size = cleaner.header_size(data)
    if size is None:
        with opened(data, fmt, max_pixels):
            pass
        return
    check_size(*size, max_pixels)
    cleaner.check_coded_data(data)
