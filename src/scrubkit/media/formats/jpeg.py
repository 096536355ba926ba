"""JPEG: rewrite the marker segments, copy the entropy-coded scans byte for byte (never re-encode)."""

from __future__ import annotations

import re
import struct
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from scrubkit.errors import CorruptImage
from scrubkit.media.formats.base import FormatCleaner, Found, short
from scrubkit.media.formats.exif import exif_items, orientation_of, orientation_only_exif
from scrubkit.media.formats.icc import icc_items, neutral_icc
from scrubkit.media.formats.iptc import photoshop_items
from scrubkit.media.formats.xmp import xmp_items

if TYPE_CHECKING:
    from PIL import Image

SOI, EOI, SOS, APP0, APP1, APP2, APP13, APP14, COM = 0xD8, 0xD9, 0xDA, 0xE0, 0xE1, 0xE2, 0xED, 0xEE, 0xFE
_STANDALONE = {0x01, *range(0xD0, 0xD8)}
DHT, DAC, DQT, DRI, DNL = 0xC4, 0xCC, 0xDB, 0xDD, 0xDC
#: frame headers (SOF0-SOF15 but DHT, DAC and the reserved JPG marker C8)
FRAMES = frozenset(range(0xC0, 0xD0)) - {DHT, 0xC8, DAC}
#: the segments a decoder needs; every other marker (JPG0-JPG13 = F0-FD, reserved, unknown) is dropped
CODEC_MARKERS = FRAMES | {SOI, DHT, DAC, DQT, DRI, DNL, SOS, EOI}
#: inside scan data 0xFF is followed by 0x00 (stuffing), a restart marker or more 0xFF fill bytes
_MARKER_AFTER_SCAN = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")
_EXIF = (b"Exif\0\0", b"Exif\0\xff")
_XMP = b"http://ns.adobe.com/xap/1.0/\0"
_EXTENDED_XMP = b"http://ns.adobe.com/xmp/extension/\0"
_ICC = b"ICC_PROFILE\0"
_JFIF_SIZE = 14  # "JFIF\0", version, units, densities, thumbnail size 0x0
_ADOBE_SIZE = 12  # "Adobe", version, two flag words, colour transform


class Segment(NamedTuple):  # (a tuple: a JPEG's layout makes one per segment, for every file and output)
    marker: int
    start: int  # offset of the 0xFF that opens the marker
    end: int  # exclusive; for SOS this includes the entropy-coded data that follows

    def payload(self, data: bytes) -> bytes:
        return data[self.start + 4 : self.end] if self.marker != SOS else b""


@dataclass(frozen=True)
class Layout:
    segments: list[Segment]
    trailer: bytes  # whatever follows the end-of-image marker
    stray: int  # bytes between segments that belong to none (never copied to an output)


#: the last layout found in this thread, with the bytes it describes and its scans (see layout)
_last = threading.local()


def layout(data: bytes) -> Layout:
    """Every marker segment from SOI to EOI, what trails the EOI, and how much lies in between.

    Searching each scan for its end reads the whole file, so work is not repeated: the last layout
    found is kept per thread with its bytes object (stripping reads the same input twice in a row),
    and a scan that is a byte-for-byte copy of one of the last layout's (an output's scans are its
    input's) is compared, not searched: no marker can start inside it, but at its last byte, which
    is looked at with what follows it here. The result is the same as a full search.
    """
    if getattr(_last, "data", None) is data:
        return _last.layout
    found, scans = _layout(data, getattr(_last, "scans", ()))
    if type(data) is bytes:  # immutable: the same object is the same content
        _last.data, _last.layout = data, found
        _last.scans = [memoryview(data)[start:end] for start, end in scans]
    return found


def _layout(data: bytes, known: Sequence[memoryview]) -> tuple[Layout, list[tuple[int, int]]]:
    """The layout, and where each scan's coded data starts and ends; `known`: scans searched before."""
    if data[:2] != b"\xff\xd8":
        raise CorruptImage("not a JPEG: no start-of-image marker")
    found = [Segment(SOI, 0, 2)]
    scans: list[tuple[int, int]] = []
    pos, stray = 2, 0
    while True:
        start = data.find(b"\xff", pos)
        stray += (start if start >= 0 else len(data)) - pos
        pos = start
        while 0 <= pos < len(data) - 1 and data[pos + 1] == 0xFF:
            pos += 1
        if pos < 0 or pos >= len(data) - 1:
            raise CorruptImage("truncated JPEG: the file ends before the end-of-image marker")
        marker = data[pos + 1]
        if marker == EOI:
            found.append(Segment(EOI, pos, pos + 2))
            return Layout(found, data[pos + 2 :], stray), scans
        if marker in _STANDALONE or marker == 0:
            pos, stray = pos + 2, stray + 2
            continue
        if pos + 4 > len(data):
            raise CorruptImage("truncated JPEG: a marker segment is cut off")
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        end = pos + 2 + length
        if length < 2 or end > len(data):
            raise CorruptImage("truncated JPEG: a marker segment runs past the end of the file")
        if marker == SOS:
            coded = end
            end = _scan_end(data, coded, known[len(scans)] if len(scans) < len(known) else None)
            scans.append((coded, end))
        found.append(Segment(marker, pos, end))
        pos = end


def _scan_end(data: bytes, pos: int, copy_of: memoryview | None = None) -> int:
    """Where the entropy-coded data after an SOS header stops: the next real marker.

    `copy_of`: a scan's coded data whose end was found before. If `data` holds a copy of it at
    `pos`, no marker starts before the copy's last byte (each pair of bytes up to there is a pair
    of that scan's, which held no marker), so the search starts at that last byte.
    """
    if copy_of is not None and len(copy_of) > 1 and data.startswith(copy_of, pos):
        pos += len(copy_of) - 1
    found = _MARKER_AFTER_SCAN.search(data, pos)
    if found is None:
        raise CorruptImage("truncated JPEG: the image data ends early")
    return found.start()


#: frame markers of DCT images coded with Huffman tables (arithmetic coding and lossless are not bounded)
_HUFFMAN_DCT_FRAMES = {0xC0, 0xC1, 0xC2, 0xC5, 0xC6, 0xC7}


def check_scan_sizes(data: bytes) -> None:
    """Refuse a header that lies about the image size. In a Huffman-coded JPEG every 8x8 block costs
    at least one bit in the scan that starts its DC coefficient, so the coded data (first scan to the
    end-of-image marker) must hold at least blocks/8 bytes: a 160 KB file cannot be a 12000x12000
    image. Decoders fill what is missing with grey, slowly; this check reads only the headers.
    """
    frame, pos = None, 2  # frame: width, height, sampling (h, v) of each component
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker == 0xFF or marker in _STANDALONE:
            pos += 1 if marker == 0xFF else 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if marker in _HUFFMAN_DCT_FRAMES and length >= 8:
            height, width, count = struct.unpack(">HHB", data[pos + 5 : pos + 10])
            fields = range(pos + 11, min(pos + 2 + length, pos + 11 + 3 * count), 3)  # id, sampling, table
            sampling = [(data[at] >> 4, data[at] & 15) for at in fields]
            frame = (width, height, sampling)
        elif marker in FRAMES:
            return  # arithmetic or lossless coding: no simple lower bound
        elif marker == SOS:
            if frame is not None:
                end = data.rfind(b"\xff\xd9")
                _check_blocks(*frame, coded=(end if end > pos else len(data)) - (pos + 2 + length))
            return
        pos += 2 + length


def _check_blocks(width: int, height: int, sampling: list[tuple[int, int]], coded: int) -> None:
    most_h = max((h for h, _ in sampling), default=1) or 1
    most_v = max((v for _, v in sampling), default=1) or 1
    blocks = sum(-(-width * h // (8 * most_h)) * -(-height * v // (8 * most_v)) for h, v in sampling)
    if coded * 8 < blocks:
        raise CorruptImage(
            f"broken JPEG: the header claims {width}x{height} pixels but the image data ({coded / 1024:.0f} KB) "
            f"is too short to hold that many (a header that lies, or a cut file)")


def _identifier(payload: bytes) -> str:
    head = payload[:32].split(b"\0", 1)[0]
    return short(head) if head and head.isascii() else "unknown"


class JpegCleaner(FormatCleaner):
    format = "JPEG"
    extensions = (".jpg", ".jpeg", ".jpe", ".jfif")
    meta_allowlist = frozenset({"JFIF:JFIF", "EXIF:Orientation", "ICC:ICC_Profile", "APP14:Adobe"})
    keeps_alpha = False

    @classmethod
    def claims(cls, data: bytes) -> bool:
        return data[:3] == b"\xff\xd8\xff"

    def save_options(self, quality: int, lossless: bool) -> dict[str, Any]:
        return {"quality": quality, "subsampling": 0}  # 4:4:4 chroma: covers keep their hard edges

    def header_size(self, data: bytes) -> tuple[int, int]:
        """The frame header's size, refused where Pillow's JPEG plugin refuses it on opening: 8-bit
        samples, 1, 3 or 4 components, neither side 0. Read from the segments just walked."""
        size = None
        for segment in layout(data).segments:
            if segment.marker == SOS:
                break
            if segment.marker in FRAMES:
                header = _header(segment, data)
                if len(header) < 6:
                    raise CorruptImage("broken JPEG: frame header too short")
                if header[0] != 8:
                    raise CorruptImage(f"cannot decode JPEG image: {header[0]}-bit samples (8-bit only)")
                if header[5] not in (1, 3, 4):
                    raise CorruptImage(f"cannot decode JPEG image: {header[5]} colour components")
                height, width = struct.unpack(">HH", header[1:5])
                size = width, height
        if size is None or 0 in size:
            raise CorruptImage("broken JPEG: no frame header with a size before the image data")
        return size

    def check_coded_data(self, data: bytes) -> None:
        check_scan_sizes(data)

    def draft(self, image: Image.Image) -> None:
        """A DCT-scaled decode still reads every entropy-coded byte, and is about 8x faster."""
        image.draft(image.mode, (max(1, image.width // 8), max(1, image.height // 8)))

    def find(self, data: bytes) -> list[Found]:
        parsed = layout(data)
        found: list[Found] = []
        for segment in parsed.segments:
            if segment.marker not in CODEC_MARKERS:
                found.extend(self._segment_items(segment.marker, segment.payload(data)))
            elif (extra := _excess(segment, data)) > 0:
                found.append(("JPEG", _MARKER_NAMES.get(segment.marker, f"Marker0x{segment.marker:02X}"),
                              f"({extra} bytes beyond what it declares)"))
        found.extend(icc_items(_icc_profile(parsed.segments, data)))
        if parsed.stray:
            found.append(("JPEG", "StrayBytes", f"({parsed.stray} bytes between segments)"))
        if parsed.trailer:
            found.append(("Trailer", "TrailerData", f"({len(parsed.trailer)} bytes after the image)"))
        return found

    def _segment_items(self, marker: int, payload: bytes) -> list[Found]:
        """What a segment that is not a codec segment holds (codec segments are checked by _excess)."""
        if marker == APP0 and payload.startswith(b"JFIF\0"):
            if len(payload) <= _JFIF_SIZE:
                return [("JFIF", "JFIF", "")]
            extra = ("Thumbnail", "JFIFThumbnail") if payload[12] * payload[13] else ("JFIF", "ExtraData")
            return [("JFIF", "JFIF", ""), (*extra, f"({len(payload) - _JFIF_SIZE} bytes)")]
        if marker == APP0 and payload.startswith(b"JFXX\0"):
            return [("Thumbnail", "JFXXThumbnail", f"({len(payload)} bytes)")]
        if marker == APP1 and payload[:6] in _EXIF:
            return exif_items(payload, base=6)
        if marker == APP1 and payload.startswith(_XMP):
            return xmp_items(payload[len(_XMP) :])
        if marker == APP1 and payload.startswith(_EXTENDED_XMP):
            return [("XMP", "ExtendedXMP", f"({len(payload)} bytes)")]
        if marker == APP2 and payload.startswith(_ICC):
            return [("ICC", "ICC_Profile", f"({len(payload)} bytes)")]
        if marker == APP13 and payload.startswith(b"Photoshop 3.0\0"):
            return photoshop_items(payload[14:])
        if marker == APP14 and payload.startswith(b"Adobe"):
            extra = len(payload) - _ADOBE_SIZE
            return [("APP14", "Adobe", "")] + ([("APP14", "ExtraData", f"({extra} bytes)")] if extra > 0 else [])
        if 0xE0 <= marker <= 0xEF:
            return [(f"APP{marker - 0xE0}", _identifier(payload), f"({len(payload)} bytes)")]
        if marker == COM:
            return [("COM", "Comment", short(payload))]
        return [("JPEG", f"Marker0x{marker:02X}", f"({len(payload)} bytes)")]

    def strip(self, data: bytes, max_pixels: int) -> bytes:
        found_segments = layout(data).segments
        out: list[bytes | memoryview] = [b"\xff\xd8"]
        jfif = next((s for s in found_segments if s.marker == APP0 and s.payload(data).startswith(b"JFIF\0")), None)
        if jfif is not None:
            out.append(_jfif_without_thumbnail(jfif.payload(data)))
        orientation = next(
            (orientation_of(s.payload(data), base=6) for s in found_segments
             if s.marker == APP1 and s.payload(data)[:6] in _EXIF), 1)
        if orientation != 1:
            out.append(_segment(APP1, b"Exif\0\0" + orientation_only_exif(orientation)))
        icc = _icc_segments(neutral_icc(_icc_profile(found_segments, data)))
        used = _used_tables(found_segments, data)
        for segment in found_segments[1:]:
            if segment.marker == APP2 and segment.payload(data).startswith(_ICC):
                out.append(icc)  # the whole profile where its first chunk was
                icc = b""
            else:
                out.extend(self._kept(segment, data, used))
        return b"".join(out)

    @staticmethod
    def _kept(segment: Segment, data: bytes, used: dict[int, bytes]) -> list[bytes | memoryview]:
        """Codec segments and scans (each cut to the size its contents declare; tables only when a scan
        uses them), Adobe's colour-transform
        flag (trimmed to its fixed size); nothing of any other segment. (The ICC profile is rebuilt apart.)"""
        marker, payload = segment.marker, segment.payload(data)
        if marker == APP14 and payload.startswith(b"Adobe") and len(payload) >= _ADOBE_SIZE:
            return [_segment(APP14, payload[:_ADOBE_SIZE])]
        if marker in CODEC_MARKERS:
            return _codec_segment(segment, data, used)
        return []  # any other APPn, COM, JPGn (F0-FD), reserved or unknown marker


_MARKER_NAMES = {DHT: "DHT", DAC: "DAC", DQT: "DQT", DRI: "DRI", DNL: "DNL", SOS: "SOS", **{m: "SOF" for m in FRAMES}}


def _codec_segment(segment: Segment, data: bytes, used: dict[int, bytes]) -> list[bytes | memoryview]:
    """A codec segment re-emitted at the size its own fields declare, with only the tables a scan uses:
    bytes appended inside it are cut. (Parts to join: an SOS segment's scan data is not copied.)"""
    if segment.marker in (SOI, EOI):
        return [data[segment.start : segment.end]]
    if segment.marker in (DQT, DHT):
        return [_segment(segment.marker, used[segment.start])] if used[segment.start] else []
    header = _header(segment, data)
    kept = _segment(segment.marker, header[: len(header) - _excess(segment, data)])
    if segment.marker != SOS:
        return [kept]
    return [kept, memoryview(data)[segment.start + 4 + len(header) : segment.end]]


def _excess(segment: Segment, data: bytes) -> int:
    """How many bytes a codec segment holds beyond what its own fields declare (0 for SOI/EOI).

    Whole tables that no scan selects are not counted: several cameras (Nikon's among them) write an
    unused quantisation table, and reporting it would flag ordinary photos. `strip` drops them all the
    same (see _used_tables), so they never reach an output.
    """
    if segment.marker in (SOI, EOI):
        return 0
    header = _header(segment, data)
    if segment.marker in (DQT, DHT):
        return len(header) - sum(len(table) for _, table in _tables(segment.marker, header))
    if segment.marker == SOS:
        return len(header) - min(len(header), 4 + 2 * header[0]) if header else 0
    return len(header) - _declared_size(segment.marker, header)


def _header(segment: Segment, data: bytes) -> bytes:
    """The segment's payload as its length field gives it (for SOS: the scan header, not the scan)."""
    (length,) = struct.unpack(">H", data[segment.start + 2 : segment.start + 4])
    return data[segment.start + 4 : segment.start + 2 + length]


def _declared_size(marker: int, payload: bytes) -> int:
    """How many payload bytes a frame header, DRI, DNL or DAC segment's own fields account for."""
    if marker in FRAMES:
        return 6 + 3 * payload[5] if len(payload) >= 6 else len(payload)
    if marker in (DRI, DNL):
        return 2
    return len(payload) - len(payload) % 2  # DAC: pairs of class/id and value


TableKey = tuple[int, int]  # (0 = DC Huffman, 1 = AC Huffman, 2 = quantisation; table id)


@lru_cache(maxsize=64)
def _tables(marker: int, payload: bytes) -> tuple[tuple[TableKey, bytes], ...]:
    """The whole tables of a DQT or DHT segment in order; a partial table at the end is left out.

    Remembered: a photo's tables are split when it is listed, when it is stripped and again in its
    output, and most cameras write the same tables in every photo."""
    found: list[tuple[TableKey, bytes]] = []
    pos = 0
    while pos < len(payload):
        if marker == DQT:  # precision/id, then 64 values of 1 or 2 bytes
            size, key = 1 + 64 * (1 + (payload[pos] >> 4)), (2, payload[pos] & 15)
        else:  # class/id, 16 counts, then that many symbol values
            size, key = 17 + sum(payload[pos + 1 : pos + 17]), (payload[pos] >> 4, payload[pos] & 15)
        if pos + size > len(payload):
            break
        found.append((key, payload[pos : pos + size]))
        pos += size
    return tuple(found)


#: the segments _used_tables reads: the tables, the frame headers and the scan headers
_TABLE_USERS = FRAMES | {DQT, DHT, SOS}


def _used_tables(segments: list[Segment], data: bytes) -> dict[int, bytes]:
    """For each DQT/DHT segment (by its start), the tables a later scan selects, joined. A table that no
    scan selects before it is defined again (or at all) is never read by a decoder: it could carry
    anything, so it is left out."""
    tables: dict[int, tuple[tuple[TableKey, bytes], ...]] = {}
    current: dict[TableKey, tuple[int, int]] = {}  # table -> (segment start, index) of its live definition
    used: set[tuple[int, int]] = set()
    quantisation: dict[int, int] = {}  # component id -> quantisation table id, from the frame header
    for segment in segments:
        if segment.marker not in _TABLE_USERS:
            continue
        header = _header(segment, data)
        if segment.marker in (DQT, DHT):
            tables[segment.start] = _tables(segment.marker, header)
            current.update((key, (segment.start, index)) for index, (key, _) in enumerate(tables[segment.start]))
        elif segment.marker in FRAMES and len(header) >= 6:
            quantisation = {header[at]: header[at + 2] for at in range(6, min(len(header) - 2, 6 + 3 * header[5]), 3)}
        elif segment.marker == SOS and header:
            for at in range(1, min(len(header) - 1, 1 + 2 * header[0]), 2):
                selectors = header[at + 1]
                for key in ((2, quantisation.get(header[at], -1)), (0, selectors >> 4), (1, selectors & 15)):
                    if key in current:
                        used.add(current[key])
    return {start: b"".join(table for index, (_, table) in enumerate(found) if (start, index) in used)
            for start, found in tables.items()}


def _icc_profile(segments: list[Segment], data: bytes) -> bytes:
    """The ICC profile from its APP2 chunks, put together in their sequence order."""
    chunks = [s.payload(data) for s in segments if s.marker == APP2 and s.payload(data).startswith(_ICC)]
    chunks.sort(key=lambda chunk: chunk[len(_ICC) : len(_ICC) + 1])
    return b"".join(chunk[len(_ICC) + 2 :] for chunk in chunks)


def _icc_segments(profile: bytes) -> bytes:
    """APP2 segments carrying `profile`, numbered afresh."""
    room = 0xFFFF - 2 - len(_ICC) - 2
    parts = [profile[i : i + room] for i in range(0, len(profile), room)]
    if len(parts) > 255:
        raise CorruptImage("broken JPEG: ICC profile too large")
    return b"".join(_segment(APP2, _ICC + bytes([n + 1, len(parts)]) + part) for n, part in enumerate(parts))


def _jfif_without_thumbnail(payload: bytes) -> bytes:
    if len(payload) < _JFIF_SIZE - 2:
        raise CorruptImage("broken JPEG: JFIF header too short")
    return _segment(APP0, payload[: _JFIF_SIZE - 2] + b"\0\0")


def _segment(marker: int, payload: bytes) -> bytes:
    if len(payload) + 2 > 0xFFFF:
        raise CorruptImage("JPEG segment too large")
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload
