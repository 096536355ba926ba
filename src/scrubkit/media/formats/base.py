"""What every per-format cleaner is: a format name, how to recognise it, an allowlist in plain sight,
how Pillow writes it, and two verbs. A format is one file: everything scrubkit knows about it is here."""

from __future__ import annotations

from abc import ABC, abstractmethod
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from PIL import Image

VALUE_CHARS = 80
#: False while only the names of the items are wanted (FormatCleaner.privacy_keys): values are not rendered
_rendering: ContextVar[bool] = ContextVar("rendering", default=True)


@dataclass(frozen=True)
class MetaItem:
    """One piece of metadata found in a file.

    `privacy` is True for everything that is not on the format's keep-allowlist: the allowlist is
    short (ICC profile, Orientation, structural codec data), so anything unexpected counts as a leak.
    """

    group: str
    name: str
    value: str
    privacy: bool

    @property
    def key(self) -> str:
        return f"{self.group}:{self.name}"


def short(value: object) -> str:
    """A printable, truncated rendering of a metadata value.

    Control characters (NULs, terminal escape sequences hidden in a tag) become spaces, so a value
    is safe to print on a terminal or put in a report.
    """
    if isinstance(value, (bytes, bytearray, memoryview)):
        raw = bytes(value).rstrip(b"\0")
        text = raw.decode("utf-8", "replace") if not raw or _looks_textual(raw) else f"({len(raw)} bytes)"
    else:
        text = str(value)
    if not text.isprintable():  # (most values are: the per-character pass is for those that are not)
        text = "".join(ch if ch.isprintable() else " " for ch in text)
    text = " ".join(text.split())
    return text if len(text) <= VALUE_CHARS else text[: VALUE_CHARS - 1] + "…"


def rendering() -> bool:
    """Are the items' values wanted? Not while privacy_keys lists names only: where rendering a
    value costs more than finding its name (EXIF, XMP, IPTC), the value is then left empty."""
    return _rendering.get()


def _looks_textual(raw: bytes) -> bool:
    """Mostly printable UTF-8 (a few stray control bytes allowed): show it as text, not as a size."""
    sample = raw[:200].rstrip(b"\0").decode("utf-8", "replace")
    if sample.isprintable():
        return bool(sample)
    printable = sum(ch.isprintable() or ch.isspace() for ch in sample)
    return bool(sample) and printable >= 0.8 * len(sample)


Found = tuple[str, str, str]  # group, name, value, before the allowlist decides `privacy`


class FormatCleaner(ABC):
    """One file format (mat2's shape): what it is as data, beside `read` (list every metadata item)
    and `strip` (keep only the allowlist).

    `strip` returns the clean bytes only; the caller reports what `read` found on the input and
    proves the output by reading it again (see scrubkit.media.metadata.verify_clean). Every concrete
    subclass registers itself (scrubkit.media.formats.CLEANERS); adding a format is adding one module.
    """

    #: Pillow's name for the format, also the name reports use
    format: ClassVar[str]
    #: file name extensions the format goes by (lower case), for the lying-extension warning
    extensions: ClassVar[tuple[str, ...]]
    #: "group:name" keys this cleaner keeps; everything else is removed and counts as a leak
    meta_allowlist: ClassVar[frozenset[str]]
    #: stored without loss, so covered pixels are written back losslessly too
    lossless: ClassVar[bool] = False
    #: can store an alpha channel when covered pixels are re-encoded
    keeps_alpha: ClassVar[bool] = True
    #: `strip` rebuilds the file from decoded pixels, so an output is only proven whole by decoding it
    rebuilds_pixels: ClassVar[bool] = False

    registry: ClassVar[list[type[FormatCleaner]]] = []

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "format" in vars(cls):
            FormatCleaner.registry.append(cls)

    @classmethod
    @abstractmethod
    def claims(cls, data: bytes) -> bool:
        """Is `data` this format, by its magic bytes? Raises UnsupportedFormat for a variant that
        cannot be cleaned (a camera raw built on TIFF, for one)."""

    def read(self, data: bytes) -> list[MetaItem]:
        return [MetaItem(g, n, v, f"{g}:{n}" not in self.meta_allowlist) for g, n, v in self.find(data)]

    def privacy_keys(self, data: bytes) -> list[str]:
        """The distinct "group:name" keys of the privacy items `read` would list, in order of
        appearance (what stripping and verifying need: no MetaItem per item, and no value rendered;
        for a camera's EXIF, rendering every value costs more than finding the tags)."""
        token = _rendering.set(False)
        try:
            found = self.find(data)
        finally:
            _rendering.reset(token)
        return [key for key in dict.fromkeys(f"{g}:{n}" for g, n, _ in found) if key not in self.meta_allowlist]

    @abstractmethod
    def find(self, data: bytes) -> list[Found]:
        """Every metadata item in the file, as (group, name, value)."""

    @abstractmethod
    def strip(self, data: bytes, max_pixels: int) -> bytes:
        """The same image with nothing but the allowlisted metadata.

        `max_pixels` bounds cleaners that have to decode the pixels (TIFF); the others never decode.
        """

    def is_lossless(self, data: bytes) -> bool:
        """Was this file stored without loss (some formats can be either)?"""
        return self.lossless

    def save_options(self, quality: int, lossless: bool) -> dict[str, Any]:
        """Pillow's save options for covered pixels: lossless where the source was, else `quality`."""
        return {}

    def prepare_pillow(self) -> None:
        """Make Pillow able to open and save this format (register a plugin), if it needs that."""
        return None

    def header_size(self, data: bytes) -> tuple[int, int] | None:
        """(width, height) read from the file's own header by this module, which refuses
        (CorruptImage) whatever Pillow's plugin would refuse on opening it; None when only Pillow
        opening the file can tell."""
        return None

    def check_coded_data(self, data: bytes) -> None:
        """Refuse, before decoding, coded data that cannot hold the image its header describes."""
        return None

    def draft(self, image: Image.Image) -> None:
        """Make a proof-of-decoding cheaper where the codec can skip work yet read every byte."""
        return None
