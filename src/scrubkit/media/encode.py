"""Write pixels with no metadata but the ICC profile."""

from __future__ import annotations

from io import BytesIO
from typing import Any

import numpy as np
from PIL import Image

from scrubkit.media.atomic import atomic_write
from scrubkit.media.decode import Decoded
from scrubkit.media.opening import register_heif

__all__ = ["atomic_write", "encode"]  # atomic_write lives in media.atomic (no numpy needed to write)

_ALPHA_FORMATS = {"PNG", "WEBP", "TIFF", "GIF", "HEIF", "AVIF"}


def encode(pixels: np.ndarray, alpha: np.ndarray | None, like: Decoded, quality: int) -> bytes:
    """`pixels` (oriented RGB) in `like`'s format with nothing but its ICC profile: no EXIF, no XMP,
    no Orientation tag (the orientation is already in the pixels).

    Lossy formats use `quality` (JPEG with 4:4:4 chroma); PNG, TIFF and lossless WebP stay lossless.
    Only one frame is written: animated and multi-page inputs come out as a single still image.
    """
    image = Image.fromarray(np.ascontiguousarray(pixels, dtype=np.uint8), "RGB")
    if alpha is not None and like.format in _ALPHA_FORMATS:
        image.putalpha(Image.fromarray(np.ascontiguousarray(alpha, dtype=np.uint8), "L"))
    options = _save_options(like, quality)
    if like.icc:
        options["icc_profile"] = like.icc
    if like.format == "HEIF":
        register_heif()
    out = BytesIO()
    image.save(out, like.format, **options)
    return out.getvalue()


def _save_options(like: Decoded, quality: int) -> dict[str, Any]:
    """Pillow save options for `like`'s format: lossless where the source was, else `quality`."""
    if like.format == "JPEG":
        return {"quality": quality, "subsampling": 0}
    if like.format == "PNG":
        return {"compress_level": 6}
    if like.format == "TIFF":
        return {"compression": "tiff_adobe_deflate"}
    if like.format == "WEBP":
        return {"lossless": True, "exact": True} if like.lossless else {"quality": quality}
    # the default encoder presets take 20-40 s for a 12 MP photo on two cores; these take ~2-4 s
    if like.format == "HEIF":
        return {"quality": quality, "enc_params": {"preset": "ultrafast"}}
    if like.format == "AVIF":
        return {"quality": quality, "speed": 8}
    return {}  # GIF: Pillow picks an adaptive palette
