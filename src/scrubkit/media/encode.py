"""Write pixels with no metadata but the ICC profile."""

from __future__ import annotations

from io import BytesIO

import numpy as np
from PIL import Image

from scrubkit.media.atomic import atomic_write
from scrubkit.media.decode import Decoded
from scrubkit.media.formats import cleaner_for

__all__ = ["atomic_write", "encode"]  # atomic_write lives in media.atomic (no numpy needed to write)


def encode(pixels: np.ndarray, alpha: np.ndarray | None, like: Decoded, quality: int) -> bytes:
    """`pixels` (oriented RGB) in `like`'s format with nothing but its ICC profile: no EXIF, no XMP,
    no Orientation tag (the orientation is already in the pixels).

    Lossy formats use `quality` (JPEG with 4:4:4 chroma); PNG, TIFF and lossless WebP stay lossless.
    Only one frame is written: animated and multi-page inputs come out as a single still image.
    """
    cleaner = cleaner_for(like.format)
    image = Image.fromarray(np.ascontiguousarray(pixels, dtype=np.uint8), "RGB")
    if alpha is not None and cleaner.keeps_alpha:
        image.putalpha(Image.fromarray(np.ascontiguousarray(alpha, dtype=np.uint8), "L"))
    options = cleaner.save_options(quality, like.lossless)
    if like.icc:
        options["icc_profile"] = like.icc
    cleaner.prepare_pillow()
    out = BytesIO()
    image.save(out, like.format, **options)
    return out.getvalue()
