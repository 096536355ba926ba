"""EXIF blocks: list every tag as a MetaItem, read the Orientation, build an Orientation-only block."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from functools import cache

from scrubkit.errors import CorruptImage
from scrubkit.media.formats.base import Found, rendering, short
from scrubkit.media.formats.ifd import Entry, Ifds
from scrubkit.media.formats.iptc import iptc_items, photoshop_items
from scrubkit.media.formats.xmp import xmp_items

ORIENTATION = 0x0112
EXIF_IFD, GPS_IFD, INTEROP_IFD, MAKER_NOTE = 0x8769, 0x8825, 0xA005, 0x927C
THUMBNAIL_LENGTH = 0x0202
_SUB_DIRECTORIES = {EXIF_IFD: "EXIF", GPS_IFD: "GPS", INTEROP_IFD: "EXIF"}
_WINDOWS_XP_TAGS = set(range(0x9C9B, 0x9CA0))  # XPTitle, XPComment, XPAuthor, XPKeywords, XPSubject
USER_COMMENT = 0x9286
_GPS_DEGREES = {2, 4, 20, 22}  # GPSLatitude, GPSLongitude, GPSDestLatitude, GPSDestLongitude


#: TIFF tags that hold a whole XMP packet, IPTC record set or Photoshop resource block
_EMBEDDED_BLOCKS = {700: xmp_items, 33723: iptc_items, 34377: photoshop_items}


def tag_name(tag: int, group: str) -> str:
    return _tag_names(group == "GPS").get(tag, f"Tag0x{tag:04X}")


@cache
def _tag_names(gps: bool) -> dict[int, str]:
    """Pillow's tag names, imported with the first EXIF block read (building its tables costs a
    photo's worth of time; a folder without EXIF never needs them)."""
    from PIL.ExifTags import GPSTAGS, TAGS

    return GPSTAGS if gps else TAGS


def exif_items(tiff: bytes, base: int = 0, later_ifds: str = "Thumbnail") -> list[Found]:
    """Every tag of an EXIF/TIFF structure starting at `base`.

    `later_ifds` names what IFD1, IFD2... are: "Thumbnail" in EXIF blocks (one item per thumbnail),
    or "EXIF" for multi-page TIFF files (every page's tags listed like IFD0's).
    """
    try:
        ifds = Ifds(tiff, base)
        found: list[Found] = []
        for index, entries in enumerate(ifds.chain()):
            if index == 0 or later_ifds == "EXIF":
                found.extend(_directory_items(ifds, entries, "EXIF", depth=0))
            else:
                length = next((ifds.first_number(e) for e in entries if e.tag == THUMBNAIL_LENGTH), 0)
                found.append(("Thumbnail", "ThumbnailImage", f"IFD{index} image ({length} bytes)"))
        hidden = ifds.unread() if later_ifds == "Thumbnail" else 0  # a TIFF file's pixels are unread too
        if hidden:
            found.append(("EXIF", "UnaccountedData", f"({hidden} bytes outside any tag)"))
        return found
    except (CorruptImage, struct.error):
        return [("EXIF", "unreadable", f"({len(tiff) - base} bytes)")]


def _directory_items(ifds: Ifds, entries: list[Entry], group: str, depth: int) -> Iterator[Found]:
    for entry in entries:
        if entry.tag in _SUB_DIRECTORIES and depth < 2 and entry.type in (4, 13):
            sub_group = _SUB_DIRECTORIES[entry.tag]
            sub_entries, _ = ifds.directory(ifds.first_number(entry))
            yield from _directory_items(ifds, sub_entries, sub_group, depth + 1)
        elif entry.tag == MAKER_NOTE and group != "GPS":
            yield ("MakerNotes", "MakerNote", f"({entry.size} bytes)")
        elif entry.tag in _EMBEDDED_BLOCKS and group == "EXIF":
            yield from _EMBEDDED_BLOCKS[entry.tag](_raw(ifds, entry))
        else:
            name = tag_name(entry.tag, group)
            yield (group, name, _render(ifds, entry, group))


def _raw(ifds: Ifds, entry: Entry) -> bytes:
    value = ifds.value(entry)
    return value if isinstance(value, bytes) else value.encode("latin-1") if isinstance(value, str) \
        else bytes(int(v) & 0xFF for v in value)


def _render(ifds: Ifds, entry: Entry, group: str) -> str:
    try:
        if not rendering():  # only the tag's name is wanted: its bytes are only counted as read
            ifds.raw(entry)
            return ""
        value = ifds.value(entry)
    except CorruptImage:
        return "(unreadable)"
    if group == "GPS" and entry.tag in _GPS_DEGREES and isinstance(value, tuple) and len(value) == 3:
        degrees, minutes, seconds = (float(v) for v in value)
        return f"{degrees + minutes / 60 + seconds / 3600:.6f}"
    if entry.tag in _WINDOWS_XP_TAGS and isinstance(value, tuple):
        return short(bytes(int(v) for v in value).decode("utf-16-le", "replace"))
    if entry.tag == USER_COMMENT and isinstance(value, bytes):
        encoding, text = value[:8], value[8:]
        return short(text.decode("utf-16", "replace") if encoding.startswith(b"UNICODE") else text)
    if isinstance(value, tuple):
        numbers = [f"{v:g}" if isinstance(v, float) else str(v) for v in value[:8]]
        return short(" ".join(numbers))
    return short(value)


def orientation_of(tiff: bytes, base: int = 0) -> int:
    """The IFD0 Orientation (1-8), or 1 when absent or unreadable."""
    try:
        ifds = Ifds(tiff, base)
        entries, _ = ifds.directory(ifds.first)
        value = next((ifds.first_number(e) for e in entries if e.tag == ORIENTATION), 1)
    except (CorruptImage, struct.error):
        return 1
    return value if 1 <= value <= 8 else 1


def orientation_only_exif(orientation: int) -> bytes:
    """A big-endian TIFF structure whose only tag is Orientation (no thumbnail, no other IFD)."""
    entry = struct.pack(">HHIHH", ORIENTATION, 3, 1, orientation, 0)
    return b"MM\0*" + struct.pack(">I", 8) + struct.pack(">H", 1) + entry + struct.pack(">I", 0)


EMPTY_EXIF = b"MM\0*" + struct.pack(">I", 8) + struct.pack(">H", 0) + struct.pack(">I", 0)
