"""A bounds-checked reader for TIFF image file directories, the structure inside EXIF and TIFF files."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass

from scrubkit.errors import CorruptImage

# TIFF field type -> (struct code, size in bytes)
_TYPES: dict[int, tuple[str, int]] = {
    1: ("B", 1), 2: ("s", 1), 3: ("H", 2), 4: ("I", 4), 5: ("II", 8), 6: ("b", 1), 7: ("s", 1),
    8: ("h", 2), 9: ("i", 4), 10: ("ii", 8), 11: ("f", 4), 12: ("d", 8), 13: ("I", 4),
}
MAX_IFDS = 64
MAX_ENTRIES = 4096


@dataclass(frozen=True)
class Entry:
    """One tag of an IFD; `at` is where its value bytes start in the buffer."""

    tag: int
    type: int
    count: int
    at: int
    size: int


class Ifds:
    """The directories of one TIFF structure (a TIFF file, or the payload of an EXIF block)."""

    def __init__(self, buf: bytes, base: int = 0) -> None:
        self.buf = buf
        self.base = base
        head = buf[base : base + 8]
        if head[:4] == b"II*\0":
            self.order = "<"
        elif head[:4] == b"MM\0*":
            self.order = ">"
        else:
            raise CorruptImage("broken TIFF/EXIF header")
        (self.first,) = struct.unpack(self.order + "I", head[4:8])
        self.read: list[tuple[int, int]] = [(base, base + 8)]  # every byte range parsed so far

    def directory(self, offset: int) -> tuple[list[Entry], int]:
        """Entries of the IFD at `offset` (relative to the TIFF header) and the next IFD's offset."""
        pos = self.base + offset
        if offset < 8 or pos + 2 > len(self.buf):
            raise CorruptImage("TIFF/EXIF directory points outside the file")
        (count,) = struct.unpack(self.order + "H", self.buf[pos : pos + 2])
        if count > MAX_ENTRIES or pos + 2 + 12 * count + 4 > len(self.buf):
            raise CorruptImage("TIFF/EXIF directory runs past the end of the file")
        entries = []
        for i in range(count):
            at = pos + 2 + 12 * i
            tag, typ, n = struct.unpack(self.order + "HHI", self.buf[at : at + 8])
            size = _TYPES.get(typ, ("s", 1))[1] * n
            (pointer,) = struct.unpack(self.order + "I", self.buf[at + 8 : at + 12])
            value_at = at + 8 if size <= 4 else self.base + pointer
            entries.append(Entry(tag, typ, n, value_at, size))
        (following,) = struct.unpack(self.order + "I", self.buf[pos + 2 + 12 * count : pos + 6 + 12 * count])
        self.read.append((pos, pos + 6 + 12 * count))
        return entries, following

    def chain(self, offset: int | None = None) -> Iterator[list[Entry]]:
        """Every IFD linked from `offset` (default: IFD0), guarding against loops."""
        seen: set[int] = set()
        offset = self.first if offset is None else offset
        while offset and offset not in seen and len(seen) < MAX_IFDS:
            seen.add(offset)
            entries, offset = self.directory(offset)
            yield entries

    def raw(self, entry: Entry) -> bytes:
        """The value's bytes, counted as read (see `unread`)."""
        raw = self.buf[entry.at : entry.at + entry.size]
        if entry.at < 0 or len(raw) < entry.size:
            raise CorruptImage("TIFF/EXIF value points outside the file")
        self.read.append((entry.at, entry.at + entry.size))
        return raw

    def value(self, entry: Entry) -> bytes | tuple[float | int, ...] | str:
        """The decoded value: str for ASCII, bytes for UNDEFINED/unknown, a tuple of numbers otherwise."""
        raw = self.raw(entry)
        code, width = _TYPES.get(entry.type, ("s", 1))
        if code == "s":
            return _ascii(raw) if entry.type == 2 else raw
        if code in ("II", "ii"):
            pairs = struct.unpack(f"{self.order}{2 * entry.count}{code[0]}", raw)
            return tuple(a / b if b else 0.0 for a, b in zip(pairs[::2], pairs[1::2], strict=True))
        return struct.unpack(f"{self.order}{entry.count}{code}", raw)

    def unread(self) -> int:
        """How many bytes after the header no directory or parsed value accounts for, counting only
        stretches that are not all zero (padding is fine; a hidden blob is not)."""
        hidden, cursor = 0, self.base
        for start, end in sorted(self.read) + [(len(self.buf), len(self.buf))]:
            if start > cursor and self.buf[cursor:start].strip(b"\0"):
                hidden += start - cursor
            cursor = max(cursor, end)
        return hidden

    def first_number(self, entry: Entry) -> int:
        value = self.value(entry)
        if isinstance(value, tuple) and value:
            return int(value[0])
        raise CorruptImage("TIFF/EXIF numeric tag has no value")


def _ascii(raw: bytes) -> str:
    """ASCII tags often hold UTF-8 in practice; fall back to Latin-1 for anything else."""
    raw = raw.rstrip(b"\0")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")
