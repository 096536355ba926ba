"""What every per-format cleaner is: a format name, an allowlist in plain sight, and two verbs."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import ClassVar

VALUE_CHARS = 80


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
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    return text if len(text) <= VALUE_CHARS else text[: VALUE_CHARS - 1] + "…"


def _looks_textual(raw: bytes) -> bool:
    """Mostly printable UTF-8 (a few stray control bytes allowed): show it as text, not as a size."""
    sample = raw[:200].rstrip(b"\0").decode("utf-8", "replace")
    printable = sum(ch.isprintable() or ch.isspace() for ch in sample)
    return bool(sample) and printable >= 0.8 * len(sample)


def removed_names(items: list[MetaItem]) -> list[str]:
    """The distinct "group:name" keys of the privacy items, in order of appearance."""
    return list(dict.fromkeys(item.key for item in items if item.privacy))


Found = tuple[str, str, str]  # group, name, value, before the allowlist decides `privacy`


class FormatCleaner(ABC):
    """One file format: `read` lists every metadata item, `strip` keeps only the allowlist.

    `strip` returns the clean bytes only; the caller reports what `read` found on the input and
    proves the output by reading it again (see scrubkit.media.metadata.verify_clean).
    """

    format: ClassVar[str]
    #: "group:name" keys this cleaner keeps; everything else is removed and counts as a leak
    meta_allowlist: ClassVar[frozenset[str]]

    def read(self, data: bytes) -> list[MetaItem]:
        return [MetaItem(g, n, v, f"{g}:{n}" not in self.meta_allowlist) for g, n, v in self.find(data)]

    @abstractmethod
    def find(self, data: bytes) -> list[Found]:
        """Every metadata item in the file, as (group, name, value)."""

    @abstractmethod
    def strip(self, data: bytes, max_pixels: int) -> bytes:
        """The same image with nothing but the allowlisted metadata.

        `max_pixels` bounds cleaners that have to decode the pixels (TIFF); the others never decode.
        """
