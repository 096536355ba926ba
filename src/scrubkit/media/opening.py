"""Open an image with Pillow safely: the sniffed format's plugin, a pixel limit checked from the
header before anything is decoded, and every Pillow exception turned into a ScrubError.

The pixel limit is the caller's (Policy.max_pixels) and it is the only one: Pillow's own global
limit (89.5 megapixels, checked again when a TIFF page or GIF frame is loaded) is lifted while an
image is open here, and `frames` charges every frame or page against the one budget instead.
"""

from __future__ import annotations

import struct
import threading
import warnings
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from io import BytesIO
from typing import TYPE_CHECKING

from scrubkit.errors import CorruptImage, ImageTooLarge, ScrubError

if TYPE_CHECKING:  # Pillow is imported when an image is opened: a metadata-only JPEG run never loads it
    from PIL import Image

#: what a broken file makes Pillow and its plugins raise; all become CorruptImage
DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error, zlib.error, RuntimeError, IndexError,
                 KeyError, TypeError)


@cache
def register_heif() -> None:
    from pillow_heif import register_heif_opener

    register_heif_opener()


_limit_lock = threading.Lock()
_limit_holders = 0
_pillow_limit: int | None = None


@contextmanager
def _pillow_limit_lifted() -> Iterator[None]:
    """Pillow's global pixel limit switched off while any image is open here (threads count holders)."""
    global _limit_holders, _pillow_limit
    from PIL import Image

    with _limit_lock:
        if _limit_holders == 0:
            _pillow_limit, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None
        _limit_holders += 1
    try:
        yield
    finally:
        with _limit_lock:
            _limit_holders -= 1
            if _limit_holders == 0:
                Image.MAX_IMAGE_PIXELS = _pillow_limit


@contextmanager
def opened(data: bytes, fmt: str, max_pixels: int, strict: bool = False) -> Iterator[Image.Image]:
    """The image opened lazily (header only), refused before decoding if it has too many pixels.

    The format's Pillow plugin is called directly, so `max_pixels` is the only pixel limit (not
    Pillow's global one); decode several frames with `frames`, which sums them against the same
    limit. Every exception from Pillow inside the block becomes a ScrubError. With
    `strict`, Pillow's warnings (a truncated read, a tag pointing past the end) are errors too.
    """
    from PIL import Image

    from scrubkit.media.formats import cleaner_for  # (the formats package imports this module)

    cleaner = cleaner_for(fmt)
    cleaner.prepare_pillow()
    if fmt not in Image.OPEN:  # the common plugins first: Image.init() imports every plugin Pillow has
        Image.preinit()
    if fmt not in Image.OPEN:
        Image.init()
    try:
        with _pillow_limit_lifted(), warnings.catch_warnings():
            warnings.simplefilter("error" if strict else "ignore")
            factory, _ = Image.OPEN[fmt]  # sniffed names are Pillow's: content cannot pick another decoder
            with factory(BytesIO(data), "") as image:
                check_size(*image.size, max_pixels)
                cleaner.check_coded_data(data)
                yield image
    except ScrubError:
        raise
    except (*DECODE_ERRORS, Warning) as error:
        raise CorruptImage(f"cannot decode {fmt} image: {_reason(error)}") from error


def frames(image: Image.Image, max_pixels: int) -> Iterator[Image.Image]:
    """Every frame or page of an opened image, loaded one at a time (the previous one is released);
    all of them together may not decode more than `max_pixels`."""
    spent = 0
    for index in range(getattr(image, "n_frames", 1)):
        image.seek(index)
        spent += image.width * image.height
        if spent > max_pixels:
            raise ImageTooLarge(_too_large_total(index + 1, spent, max_pixels))
        image.load()
        yield image


def check_size(width: int, height: int, max_pixels: int) -> None:
    """ImageTooLarge when a width x height image is over `max_pixels`."""
    if width * height > max_pixels:
        raise ImageTooLarge(
            f"image is {width}x{height} ({width * height / 1e6:.0f} megapixels), over the limit of "
            f"{max_pixels / 1e6:.0f} megapixels (a decompression bomb, or simply too large)")


def _too_large_total(count: int, total: int, max_pixels: int) -> str:
    return (f"its {count} frames/pages hold {total / 1e6:.0f} megapixels together, over the limit of "
            f"{max_pixels / 1e6:.0f} megapixels per file (a decompression bomb, or simply too large)")


def _reason(error: BaseException) -> str:
    text = str(error) or type(error).__name__
    return "the file is truncated" if "truncated" in text.lower() else text
