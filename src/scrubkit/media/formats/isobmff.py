"""HEIF/HEIC and AVIF: blank the EXIF/XMP items and unknown boxes in place, never touch image data.

Rewriting the box tree would move the image data and mean recomputing every item location; instead
each metadata item is overwritten where it lies (EXIF -> an empty EXIF directory, XMP -> an empty packet) and
each box that is not on the allowlist becomes a zero-filled `free` box of the same size; bytes in
`mdat` that no item uses (left behind by editors) are zeroed. Offsets,
the coded image, thumbnails, colour properties (ICC) and irot/imir (display orientation) stay as they are.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from scrubkit.errors import CorruptImage
from scrubkit.media.formats.base import FormatCleaner, Found
from scrubkit.media.formats.exif import EMPTY_EXIF, exif_items
from scrubkit.media.formats.icc import icc_items, neutral_icc
from scrubkit.media.formats.xmp import xmp_items
from scrubkit.media.opening import register_heif

TOP_LEVEL = frozenset({b"ftyp", b"meta", b"mdat", b"free", b"skip"})
META_CHILDREN = frozenset({b"hdlr", b"pitm", b"iloc", b"iinf", b"iref", b"iprp", b"idat", b"dinf", b"grpl",
                           b"free", b"skip"})
PROPERTIES = frozenset({
    b"hvcC", b"av1C", b"ispe", b"colr", b"pixi", b"irot", b"imir", b"clap", b"auxC", b"pasp", b"rloc",
    b"lsel", b"a1op", b"a1lx", b"clli", b"mdcv", b"cclv", b"amve", b"jpgC", b"uncC", b"cmpd", b"vvcC",
    b"free", b"skip",
})
IMAGE_ITEMS = frozenset({b"hvc1", b"hvt1", b"av01", b"grid", b"iden", b"iovl", b"tmap", b"jpeg", b"unci",
                         b"avc1", b"vvc1", b"j2k1", b"mski"})
XMP_TYPES = (b"application/rdf+xml", b"application/xmp+xml")
HEIF_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"mif1", b"mif2", b"MiHE", b"MiPr"})
AVIF_BRANDS = frozenset({b"avif"})
#: auxiliary images that are part of the picture (transparency); depth maps, HDR gain maps and Apple's
#: portrait/skin/hair mattes (outlines of the people in the photo) are dropped
KEPT_AUXILIARY = (b"urn:mpeg:mpegB:cicp:systems:auxiliary:alpha", b"urn:mpeg:hevc:2015:auxid:1")
#: what a dropped image item becomes: a hidden item of a type no decoder shows, its data zeroed
DROPPED_ITEM = b"zero"
NEUTRAL_BRAND = b"mif1"
EMPTY_XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"/>'


@dataclass(frozen=True)
class Box:
    kind: bytes
    start: int
    body: int  # first byte after the header
    end: int


@dataclass
class Item:
    kind: bytes
    content_type: bytes = b""
    infe: Box | None = None
    extents: tuple[tuple[int, int], ...] = ()  # absolute (start, length) pairs
    located: bool = False  # False when iloc does not place the item in this file (no entry, or by reference)


def boxes(data: bytes | bytearray, start: int, end: int) -> Iterator[Box]:
    pos = start
    while pos + 8 <= end:
        size, kind = struct.unpack(">I4s", data[pos : pos + 8])
        header = 8
        if size == 1:
            if pos + 16 > end:
                raise CorruptImage("truncated HEIF/AVIF: a box header is cut off")
            (size,) = struct.unpack(">Q", data[pos + 8 : pos + 16])
            header = 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            raise CorruptImage(f"truncated HEIF/AVIF: the {kind.decode('latin-1')!r} box runs past its end")
        yield Box(kind, pos, pos + header, pos + size)
        pos += size


def _child(data: bytes | bytearray, parent: Box, kind: bytes) -> Box | None:
    return next((b for b in boxes(data, parent.body, parent.end) if b.kind == kind), None)


class Reader:
    """The parts of one ISOBMFF file that hold metadata."""

    def __init__(self, data: bytes | bytearray) -> None:
        self.data = data
        self.top = list(boxes(data, 0, len(data)))
        self.meta = next((b for b in self.top if b.kind == b"meta"), None)
        if self.meta is None:
            raise CorruptImage("broken HEIF/AVIF: no meta box")
        self.meta_children = list(boxes(data, self.meta.body + 4, self.meta.end))
        self.items = self._items()

    def properties(self) -> list[Box]:
        iprp = next((b for b in self.meta_children if b.kind == b"iprp"), None)
        ipco = _child(self.data, iprp, b"ipco") if iprp else None
        return list(boxes(self.data, ipco.body, ipco.end)) if ipco else []

    def references(self) -> list[tuple[Box, int, tuple[int, ...]]]:
        """(reference box, from item, to items) for every item reference (auxl, dimg, thmb, cdsc...)."""
        iref = next((b for b in self.meta_children if b.kind == b"iref"), None)
        if iref is None:
            return []
        width = 2 if self.data[iref.body] == 0 else 4
        found = []
        for box in boxes(self.data, iref.body + 4, iref.end):
            pos = box.body
            source = int.from_bytes(self.data[pos : pos + width], "big")
            count = int.from_bytes(self.data[pos + width : pos + width + 2], "big")
            pos += width + 2
            if pos + count * width > box.end:
                raise CorruptImage("broken HEIF/AVIF: an item reference runs past its box")
            targets = tuple(int.from_bytes(self.data[pos + i * width : pos + (i + 1) * width], "big")
                            for i in range(count))
            found.append((box, source, targets))
        return found

    def associations(self) -> dict[int, list[Box]]:
        """item id -> the property boxes associated with it (ipma)."""
        iprp = next((b for b in self.meta_children if b.kind == b"iprp"), None)
        ipma = _child(self.data, iprp, b"ipma") if iprp else None
        if ipma is None:
            return {}
        properties, data = self.properties(), self.data
        version, wide = data[ipma.body], data[ipma.body + 3] & 1
        pos = ipma.body + 8
        found: dict[int, list[Box]] = {}
        for _ in range(int.from_bytes(data[ipma.body + 4 : ipma.body + 8], "big")):
            id_size = 2 if version < 1 else 4
            item_id = int.from_bytes(data[pos : pos + id_size], "big")
            count = data[pos + id_size]
            pos += id_size + 1
            for _ in range(count):
                size = 2 if wide else 1
                index = int.from_bytes(data[pos : pos + size], "big") & (0x7FFF if wide else 0x7F)
                pos += size
                if 0 < index <= len(properties):
                    found.setdefault(item_id, []).append(properties[index - 1])
            if pos > ipma.end:
                raise CorruptImage("broken HEIF/AVIF: property associations run past their box")
        return found

    def unreferenced(self) -> list[tuple[int, int]]:
        """(start, end) ranges inside `mdat` boxes that no item's data covers."""
        used = sorted(extent for item in self.items.values() for extent in item.extents)
        gaps = []
        for mdat in (b for b in self.top if b.kind == b"mdat"):
            cursor = mdat.body
            for start, length in used:
                if start + length <= mdat.body or start >= mdat.end:
                    continue  # in another box
                if start > cursor:
                    gaps.append((cursor, start))
                cursor = max(cursor, start + length)
            if cursor < mdat.end:
                gaps.append((cursor, mdat.end))
        return gaps

    def item_bytes(self, item: Item) -> bytes:
        return b"".join(bytes(self.data[s : s + n]) for s, n in item.extents)

    def _items(self) -> dict[int, Item]:
        iinf = next((b for b in self.meta_children if b.kind == b"iinf"), None)
        items: dict[int, Item] = {}
        if iinf is None:
            return items
        count_size = 2 if self.data[iinf.body] == 0 else 4
        for infe in boxes(self.data, iinf.body + 4 + count_size, iinf.end):
            if infe.kind == b"infe":
                item_id, kind, content_type = self._infe(infe)
                items[item_id] = Item(kind, content_type, infe)
        self._locate(items)
        return items

    def _infe(self, infe: Box) -> tuple[int, bytes, bytes]:
        """(item id, item type, MIME content type). Versions 0 and 1 have no type: never an image."""
        data, pos = self.data, infe.body + 4
        if data[infe.body] < 2:
            return int.from_bytes(data[pos : pos + 2], "big"), b"old ", b""
        id_size = 2 if data[infe.body] == 2 else 4
        item_id = int.from_bytes(data[pos : pos + id_size], "big")
        pos += id_size + 2
        kind = bytes(data[pos : pos + 4])
        name_end = bytes(data[pos + 4 : infe.end]).find(b"\0")
        content_type = b""
        if kind == b"mime" and name_end >= 0:
            content_type = bytes(data[pos + 5 + name_end : infe.end]).split(b"\0", 1)[0]
        return item_id, kind, content_type

    def _locate(self, items: dict[int, Item]) -> None:
        iloc = next((b for b in self.meta_children if b.kind == b"iloc"), None)
        idat = next((b for b in self.meta_children if b.kind == b"idat"), None)
        if iloc is None:
            return
        data, version = self.data, self.data[iloc.body]
        pos = iloc.body + 4
        offset_size, length_size = data[pos] >> 4, data[pos] & 15
        base_size, index_size = data[pos + 1] >> 4, (data[pos + 1] & 15) if version in (1, 2) else 0
        pos += 2

        def number(width: int) -> int:
            nonlocal pos
            if pos + width > iloc.end:
                raise CorruptImage("broken HEIF/AVIF: item locations run past their box")
            value = int.from_bytes(data[pos : pos + width], "big")
            pos += width
            return value

        for _ in range(number(4 if version == 2 else 2)):
            item_id = number(4 if version == 2 else 2)
            method = number(2) & 15 if version in (1, 2) else 0
            number(2)  # data_reference_index
            base = number(base_size)
            extents = []
            for _ in range(number(2)):
                number(index_size)
                offset, length = number(offset_size), number(length_size)
                origin = idat.body if method == 1 and idat else 0
                extents.append((origin + base + offset, length or len(data) - (origin + base + offset)))
            if item_id in items and method in (0, 1):
                items[item_id].extents, items[item_id].located = tuple(extents), True
        for item in items.values():
            if any(s < 0 or s + n > len(data) for s, n in item.extents):
                raise CorruptImage("broken HEIF/AVIF: an item lies outside the file")


def _exif_payload_items(payload: bytes) -> list[Found]:
    if len(payload) < 4:
        return [("EXIF", "unreadable", f"({len(payload)} bytes)")] if payload else []
    (skip,) = struct.unpack(">I", payload[:4])
    return exif_items(payload, base=4 + skip)


def brands(data: bytes) -> set[bytes]:
    """The major and compatible brands of an ISO media file's `ftyp` box (empty if it has none)."""
    if data[4:8] != b"ftyp":
        return set()
    (size,) = struct.unpack(">I", data[:4])
    return {data[i : i + 4] for i in range(8, min(size, 256), 4) if i != 12}


class IsobmffCleaner(FormatCleaner):
    meta_allowlist = frozenset({"ICC:ICC_Profile"})

    def find(self, data: bytes) -> list[Found]:
        reader = Reader(data)
        found: list[Found] = [("HEIF", f"box {b.kind.decode('latin-1')}", f"({b.end - b.start} bytes)")
                              for b in self._unknown_boxes(reader)]
        for prop in _icc_properties(reader):
            found.append(("ICC", "ICC_Profile", f"({prop.end - prop.body - 4} bytes)"))
            found.extend(icc_items(data[prop.body + 4 : prop.end]))
        found.extend(("HEIF", "AppleBrand", data[at : at + 4].decode("latin-1")) for at in _apple_brands(reader))
        for item_id, kind in _dropped_auxiliaries(reader).items():
            found.append(("HEIF", "AuxiliaryImage", f"{kind.decode('latin-1')} (item {item_id})"))
        for item in reader.items.values():
            if item.kind not in IMAGE_ITEMS and not item.located:
                found.append(("HEIF", f"item {item.kind.decode('latin-1')}", "(its data cannot be located)"))
            elif item.kind == b"Exif":
                found.extend(_exif_payload_items(reader.item_bytes(item)))
            elif item.kind == b"mime" and item.content_type in XMP_TYPES:
                found.extend(xmp_items(reader.item_bytes(item)))
            elif item.kind not in IMAGE_ITEMS and reader.item_bytes(item).strip(b"\0"):
                label = item.content_type.decode("latin-1") or item.kind.decode("latin-1")
                found.append(("HEIF", f"item {label}", f"({sum(n for _, n in item.extents)} bytes)"))
        hidden = sum(end - start for start, end in reader.unreferenced() if data[start:end].strip(b"\0"))
        if hidden:
            found.append(("HEIF", "UnreferencedData", f"({hidden} bytes in mdat that no item uses)"))
        return found

    def strip(self, data: bytes, max_pixels: int) -> bytes:
        out = bytearray(data)
        reader = Reader(out)
        for at in _apple_brands(reader):
            out[at : at + 4] = NEUTRAL_BRAND
        _drop_auxiliaries(reader, out)
        reader = Reader(out)  # the dropped images are no image items any more: blanked below with the rest
        for item in reader.items.values():
            if item.kind in IMAGE_ITEMS:
                continue
            filler = _blank_for(item, sum(n for _, n in item.extents))
            pos = 0
            for start, length in item.extents:
                out[start : start + length] = filler[pos : pos + length]
                pos += length
        for start, end in reader.unreferenced():
            out[start:end] = bytes(end - start)
        for box in self._unknown_boxes(reader):
            out[box.start : box.end] = _free_box(box.end - box.start)
        for prop in _icc_properties(reader):  # same length: a neutral description, zeros after the profile
            profile = neutral_icc(bytes(out[prop.body + 4 : prop.end]))
            out[prop.body + 4 : prop.end] = profile + bytes(prop.end - prop.body - 4 - len(profile))
        return bytes(out)

    @staticmethod
    def _unknown_boxes(reader: Reader) -> list[Box]:
        return ([b for b in reader.top if b.kind not in TOP_LEVEL]
                + [b for b in reader.meta_children if b.kind not in META_CHILDREN]
                + [b for b in reader.properties() if b.kind not in PROPERTIES])


def _apple_brands(reader: Reader) -> list[int]:
    """Offsets of Apple's own compatible brands in `ftyp` (MiHE, MiPr, MiHB, MiHA...)."""
    ftyp = next((b for b in reader.top if b.kind == b"ftyp"), None)
    if ftyp is None:
        return []
    return [at for at in range(ftyp.body + 8, ftyp.end - 3, 4) if reader.data[at : at + 2] == b"Mi"]


def _dropped_auxiliaries(reader: Reader) -> dict[int, bytes]:
    """item id -> auxiliary type of every auxiliary image to drop (depth, gain map, mattes), with the
    tiles it is made of; an image the primary or another kept image uses is never dropped."""
    associations = reader.associations()
    dropped: dict[int, bytes] = {}
    for box, source, _ in reader.references():
        item = reader.items.get(source)
        if box.kind != b"auxl" or item is None or item.kind not in IMAGE_ITEMS:
            continue
        auxiliary = next((bytes(reader.data[p.body + 4 : p.end]).split(b"\0")[0]
                          for p in associations.get(source, []) if p.kind == b"auxC"), b"(unknown)")
        if auxiliary not in KEPT_AUXILIARY:
            dropped[source] = auxiliary
    for box, source, targets in reader.references():  # grid tiles of a dropped auxiliary image
        if box.kind == b"dimg" and source in dropped:
            dropped.update((target, dropped[source]) for target in targets if reader.items.get(target))
    return dropped


def _drop_auxiliaries(reader: Reader, out: bytearray) -> None:
    """Each dropped image: data zeroed, item hidden and of type DROPPED_ITEM, its references and the
    properties no kept item uses (its auxiliary type, coding setup, size) turned into `free` boxes."""
    dropped = _dropped_auxiliaries(reader)
    for item_id in dropped:
        item = reader.items[item_id]
        for start, length in item.extents:
            out[start : start + length] = bytes(length)
        if item.infe is not None and out[item.infe.body] >= 2:
            out[item.infe.body + 3] |= 1  # flags: hidden
            type_at = item.infe.body + 4 + (2 if out[item.infe.body] == 2 else 4) + 2
            out[type_at : type_at + 4] = DROPPED_ITEM
    associations = reader.associations()
    kept = {prop.start for item_id, props in associations.items() if item_id not in dropped for prop in props}
    for item_id in dropped:
        for prop in associations.get(item_id, []):
            if prop.start not in kept:
                out[prop.start + 4 : prop.end] = b"free" + bytes(prop.end - prop.start - 8)
    for box, source, _ in reader.references():
        if source in dropped:
            out[box.start + 4 : box.start + 8] = b"free"


def _icc_properties(reader: Reader) -> list[Box]:
    """The `colr` properties that carry an ICC profile."""
    return [prop for prop in reader.properties()
            if prop.kind == b"colr" and reader.data[prop.body : prop.body + 4] in (b"prof", b"rICC")]


def _blank_for(item: Item, size: int) -> bytes:
    """Same-size replacement data: an empty EXIF directory, a blank XMP packet, or zeros."""
    if item.kind == b"Exif" and size >= 4 + len(EMPTY_EXIF):
        blank = b"\0\0\0\0" + EMPTY_EXIF
    elif item.kind == b"mime" and item.content_type in XMP_TYPES:
        blank = EMPTY_XMP if size >= len(EMPTY_XMP) else b""
        return blank + b" " * (size - len(blank))
    else:
        blank = b""
    return blank + b"\0" * (size - len(blank))


def _free_box(size: int) -> bytes:
    if size < 8:
        raise CorruptImage("broken HEIF/AVIF: box too small")
    return struct.pack(">I4s", size, b"free") + b"\0" * (size - 8) if size < 2**32 else \
        struct.pack(">I4sQ", 1, b"free", size) + b"\0" * (size - 16)


class HeifCleaner(IsobmffCleaner):
    format = "HEIF"
    extensions = (".heic", ".heif", ".hif")

    @classmethod
    def claims(cls, data: bytes) -> bool:
        found = brands(data)
        return bool(found & HEIF_BRANDS) and not found & AVIF_BRANDS

    def prepare_pillow(self) -> None:
        register_heif()

    def save_options(self, quality: int, lossless: bool) -> dict[str, Any]:
        # x265's default preset takes 20-40 s for a 12 MP photo on two cores; ultrafast ~2-4 s
        return {"quality": quality, "enc_params": {"preset": "ultrafast"}}


class AvifCleaner(IsobmffCleaner):
    format = "AVIF"
    extensions = (".avif",)

    @classmethod
    def claims(cls, data: bytes) -> bool:
        return bool(brands(data) & AVIF_BRANDS)

    def save_options(self, quality: int, lossless: bool) -> dict[str, Any]:
        return {"quality": quality, "speed": 8}  # the default speed takes 20-40 s for 12 MP on two cores
