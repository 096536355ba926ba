"""Open an image with Pillow safely: the sniffed format's plugin, a pixel limit checked from the
header before anything is decoded, and every Pillow exception turned into a ScrubError."""

from __future__ import annotations

import struct
import warnings
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from io import BytesIO

from PIL import Image

from scrubkit.errors import CorruptImage, ImageTooLarge, ScrubError

#: what a broken file makes Pillow and its plugins raise; all become CorruptImage
DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error, zlib.error, RuntimeError, IndexError,
                 KeyError, TypeError)


@cache
def register_heif() -> None:
    from pillow_heif import register_heif_opener

    register_heif_opener()


@contextmanager
def opened(data: bytes, fmt: str, max_pixels: int, strict: bool = False) -> Iterator[Image.Image]:
    """The image opened lazily (header only), refused before decoding if it has too many pixels.

    The format's Pillow plugin is called directly, so `max_pixels` is the only pixel limit (not
    Pillow's global one). Every exception from Pillow inside the block becomes a ScrubError. With
    `strict`, Pillow's warnings (a truncated read, a tag pointing past the end) are errors too.
    """
    if fmt == "HEIF":
        register_heif()
    Image.init()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error" if strict else "ignore")
            factory, _ = Image.OPEN[fmt]  # sniffed names are Pillow's: content cannot pick another decoder
            with factory(BytesIO(data), "") as image:
                width, height = image.size
                if width * height > max_pixels:
                    raise ImageTooLarge(_too_large(width, height, max_pixels))
                yield image
    except ScrubError:
        raise
    except (*DECODE_ERRORS, Warning) as error:
        raise CorruptImage(f"cannot decode {fmt} image: {_reason(error)}") from error


def _too_large(width: int, height: int, max_pixels: int) -> str:
    return (f"image is {width}x{height} ({width * height / 1e6:.0f} megapixels), over the limit of "
            f"{max_pixels / 1e6:.0f} megapixels (a decompression bomb, or simply too large)")


def _reason(error: BaseException) -> str:
    text = str(error) or type(error).__name__
    return "the file is truncated" if "truncated" in text.lower() else text
