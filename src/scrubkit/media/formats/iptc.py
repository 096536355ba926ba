"""Photoshop image resource blocks (8BIM) and the IPTC-IIM records inside them."""

from __future__ import annotations

import struct

from scrubkit.media.formats.base import Found, rendering, short

IPTC_RESOURCE = 0x0404
_RESOURCES = {
    0x0404: "IPTC", 0x0409: "PhotoshopThumbnail", 0x040C: "PhotoshopThumbnail",
    0x0422: "EXIF", 0x0423: "EXIF", 0x0424: "XMP", 0x0425: "IPTCDigest", 0x03ED: "Resolution",
}
_IPTC_NAMES = {
    (1, 90): "CodedCharacterSet", (2, 0): "ApplicationRecordVersion", (2, 5): "ObjectName",
    (2, 15): "Category", (2, 25): "Keywords", (2, 40): "SpecialInstructions", (2, 55): "DateCreated",
    (2, 60): "TimeCreated", (2, 62): "DigitalCreationDate", (2, 80): "By-line",
    (2, 85): "By-lineTitle", (2, 90): "City", (2, 92): "Sub-location", (2, 95): "Province-State",
    (2, 100): "Country-PrimaryLocationCode", (2, 101): "Country-PrimaryLocationName",
    (2, 103): "OriginalTransmissionReference", (2, 105): "Headline", (2, 110): "Credit",
    (2, 115): "Source", (2, 116): "CopyrightNotice", (2, 118): "Contact", (2, 120): "Caption-Abstract",
    (2, 122): "Writer-Editor",
}


def photoshop_items(block: bytes) -> list[Found]:
    """Every resource in a run of 8BIM blocks; IPTC records are listed one by one."""
    found: list[Found] = []
    pos = 0
    while pos + 12 <= len(block) and block[pos : pos + 4] in (b"8BIM", b"PHUT", b"AgHg", b"DCSR"):
        (resource,) = struct.unpack(">H", block[pos + 4 : pos + 6])
        name_length = block[pos + 6]
        pos += 6 + ((name_length + 2) & ~1)
        if pos + 4 > len(block):
            break
        (size,) = struct.unpack(">I", block[pos : pos + 4])
        payload = block[pos + 4 : pos + 4 + size]
        pos += 4 + size + (size & 1)
        if resource == IPTC_RESOURCE:
            found.extend(iptc_items(payload))
        else:
            group = "Thumbnail" if _RESOURCES.get(resource) == "PhotoshopThumbnail" else "Photoshop"
            found.append((group, _RESOURCES.get(resource, f"Resource0x{resource:04X}"), f"({size} bytes)"))
    if pos < len(block) and block[pos:].strip(b"\0"):
        found.append(("Photoshop", "unparseable", f"({len(block) - pos} bytes)"))
    return found


def iptc_items(records: bytes) -> list[Found]:
    """IPTC-IIM datasets (0x1C record dataset length value) as ("IPTC", name, value)."""
    found: list[Found] = []
    pos = 0
    while pos + 5 <= len(records) and records[pos] == 0x1C:
        record, dataset = records[pos + 1], records[pos + 2]
        (size,) = struct.unpack(">H", records[pos + 3 : pos + 5])
        pos += 5
        if size & 0x8000:  # extended length: the next (size & 0x7FFF) bytes hold the length
            width = size & 0x7FFF
            size = int.from_bytes(records[pos : pos + width], "big")
            pos += width
        value = records[pos : pos + size]
        pos += size
        name = _IPTC_NAMES.get((record, dataset), f"{record}:{dataset:03d}")
        found.append(("IPTC", name, short(value) if rendering() else ""))
    return found
