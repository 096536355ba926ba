"""Read, strip and verify metadata; each format's rules live in scrubkit.media.formats."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from scrubkit.errors import CorruptImage, ScrubError, VerificationError
from scrubkit.media.formats import cleaner_for
from scrubkit.media.formats.base import MetaItem
from scrubkit.media.opening import DECODE_ERRORS
from scrubkit.media.risks import describe_risks

__all__ = ["MetaItem", "describe_risks", "privacy_keys", "read_metadata", "strip_metadata", "verify_clean"]

T = TypeVar("T")
#: the same default as Policy.max_pixels; the pipeline passes the policy's value
DEFAULT_MAX_PIXELS = 150_000_000


def read_metadata(data: bytes, fmt: str) -> list[MetaItem]:
    """Every metadata item in the file; `privacy` marks what is not on the format's keep-allowlist."""
    return _guarded(lambda: cleaner_for(fmt).read(data), fmt)


def privacy_keys(data: bytes, fmt: str) -> list[str]:
    """The distinct "group:name" keys of the items not on the format's keep-allowlist, in order."""
    return _guarded(lambda: cleaner_for(fmt).privacy_keys(data), fmt)


def strip_metadata(data: bytes, fmt: str, max_pixels: int = DEFAULT_MAX_PIXELS) -> tuple[bytes, list[str]]:
    """The file without any metadata but the allowlisted (ICC profile, Orientation), and what was removed.

    Pixels are not re-encoded: JPEG keeps its scan data bit for bit, PNG/WebP/GIF/HEIF/AVIF keep their
    coded image data, TIFF is rewritten losslessly from its decoded pages (hence `max_pixels`).
    """
    removed = privacy_keys(data, fmt)
    return _guarded(lambda: cleaner_for(fmt).strip(data, max_pixels), fmt), removed


def verify_clean(data: bytes, fmt: str) -> None:
    """Re-read `data` and raise VerificationError naming anything not on the format's allowlist."""
    left = privacy_keys(data, fmt)
    if left:
        raise VerificationError(f"metadata still present after cleaning: {', '.join(left)}")


def _guarded(action: Callable[[], T], fmt: str) -> T:
    """Run a parser; a malformed file becomes CorruptImage, never a raw struct/zlib/index error."""
    try:
        return action()
    except ScrubError:
        raise
    except (*DECODE_ERRORS, UnicodeError) as error:
        raise CorruptImage(f"broken {fmt} file: {error}") from error
