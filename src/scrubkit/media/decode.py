"""Turn images into oriented 8-bit RGB arrays (plus alpha), refusing oversized ones before decoding."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

import numpy as np
from PIL import Image, ImageCms, ImageOps

from scrubkit.media.checks import check_container, check_decodes
from scrubkit.media.formats import cleaner_for
from scrubkit.media.formats.icc import neutral_icc
from scrubkit.media.opening import opened

__all__ = ["Decoded", "check_container", "check_decodes", "decode"]  # the checks live in media.checks

_ALPHA_MODES = {"RGBA", "LA", "PA", "RGBa", "La"}


@dataclass
class Decoded:
    """The first frame as oriented 8-bit RGB, plus what encode() needs to write the same format.

    `pixels` and `alpha` are read-only views of the decoded image: copy them before drawing.
    """

    pixels: np.ndarray  # H x W x 3 uint8 RGB, EXIF orientation applied
    alpha: np.ndarray | None  # H x W uint8, oriented the same way
    icc: bytes | None  # an RGB ICC profile describing `pixels`, or None (sRGB)
    format: str
    frames: int
    mode: str  # the original Pillow mode
    lossless: bool = False  # the source was stored losslessly (see FormatCleaner.is_lossless)


def decode(data: bytes, fmt: str, max_pixels: int) -> Decoded:
    """The first frame as an oriented RGB array (+ alpha); refuses bombs before decoding anything."""
    with opened(data, fmt, max_pixels) as image:
        mode, frames = image.mode, getattr(image, "n_frames", 1)
        icc = neutral_icc(image.info["icc_profile"]) if image.info.get("icc_profile") else None
        image.load()  # Pillow's TIFF reader applies and drops the Orientation here; exif_transpose does the rest
        oriented = ImageOps.exif_transpose(image)
        rgb, alpha, icc = _to_rgb(oriented, icc)
    return Decoded(rgb, alpha, icc, fmt, frames, mode, cleaner_for(fmt).is_lossless(data))


def _to_rgb(image: Image.Image, icc: bytes | None) -> tuple[np.ndarray, np.ndarray | None, bytes | None]:
    alpha = None
    if image.mode in _ALPHA_MODES or "transparency" in image.info:
        rgba = image.convert("RGBA")
        alpha = np.asarray(rgba.getchannel("A"))
        image = rgba.convert("RGB")
    if image.mode == "CMYK" and icc:
        return _cmyk_to_srgb(image, icc), alpha, None
    if image.mode.startswith("I") or image.mode == "F":
        return _high_depth_to_rgb(image), alpha, None
    rgb = np.asarray(image.convert("RGB"))
    return rgb, alpha, icc if icc and icc[16:20] == b"RGB " else None


def _cmyk_to_srgb(image: Image.Image, icc: bytes) -> np.ndarray:
    try:
        source = ImageCms.ImageCmsProfile(BytesIO(icc))
        return np.asarray(ImageCms.profileToProfile(image, source, ImageCms.createProfile("sRGB"), outputMode="RGB"))
    except ImageCms.PyCMSError:
        return np.asarray(image.convert("RGB"))


def _high_depth_to_rgb(image: Image.Image) -> np.ndarray:
    """16-bit and float greyscale scaled to 8 bits (Pillow's own convert would clip at 255)."""
    values = np.asarray(image).astype(np.float64)
    if image.mode != "F" and values.max(initial=0) > 255:
        values = values / 257
    grey = np.clip(np.rint(values), 0, 255).astype(np.uint8)
    return np.repeat(grey[:, :, None], 3, axis=2)
