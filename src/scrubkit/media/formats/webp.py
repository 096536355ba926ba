"""WebP: keep the image, alpha, animation and ICC chunks of the RIFF container; drop EXIF and XMP."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from typing import Any

from scrubkit.errors import CorruptImage
from scrubkit.media.formats.base import FormatCleaner, Found
from scrubkit.media.formats.exif import exif_items, orientation_of, orientation_only_exif
from scrubkit.media.formats.icc import icc_items, neutral_icc
from scrubkit.media.formats.xmp import xmp_items

IMAGE_CHUNKS = frozenset({b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF", b"ICCP"})
#: kept chunks with one size; a longer one carries something else, which is cut off
FIXED_SIZES = {b"VP8X": 10, b"ANIM": 6}
_ICC_FLAG, _EXIF_FLAG, _XMP_FLAG = 0x20, 0x08, 0x04


def chunks(data: bytes) -> Iterator[tuple[bytes, int, int]]:
    """(fourcc, start, end) of every RIFF chunk (end includes the pad byte), then any trailer."""
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise CorruptImage("not a WebP: bad RIFF header")
    (riff_size,) = struct.unpack("<I", data[4:8])
    limit = 8 + riff_size
    if limit > len(data):
        raise CorruptImage("truncated WebP: the file is shorter than its header says")
    pos = 12
    while pos < limit:
        if pos + 8 > limit:
            raise CorruptImage("broken WebP: a chunk header is cut off")
        kind, size = struct.unpack("<4sI", data[pos : pos + 8])
        end = pos + 8 + size + (size & 1)
        if pos + 8 + size > limit:
            raise CorruptImage(f"truncated WebP: the {kind.decode('latin-1')} chunk is cut off")
        yield kind, pos, min(end, limit)
        pos = end
    if limit < len(data):
        yield b"trailer", limit, len(data)


class WebpCleaner(FormatCleaner):
    format = "WEBP"
    extensions = (".webp",)
    meta_allowlist = frozenset({"ICC:ICC_Profile", "EXIF:Orientation"})

    @classmethod
    def claims(cls, data: bytes) -> bool:
        return data[:4] == b"RIFF" and data[8:12] == b"WEBP"

    def is_lossless(self, data: bytes) -> bool:
        return any(kind == b"VP8L" for kind, _, _ in chunks(data))

    def save_options(self, quality: int, lossless: bool) -> dict[str, Any]:
        return {"lossless": True, "exact": True} if lossless else {"quality": quality}

    def find(self, data: bytes) -> list[Found]:
        found: list[Found] = []
        for kind, start, end in chunks(data):
            body = data[start + 8 : end]
            if kind == b"ICCP":
                found.append(("ICC", "ICC_Profile", f"({len(body)} bytes)"))
                found.extend(icc_items(data[start + 8 : start + 8 + _size(data, start)]))
            elif kind in IMAGE_CHUNKS:
                if _size(data, start) > FIXED_SIZES.get(kind, _size(data, start)):
                    extra = _size(data, start) - FIXED_SIZES[kind]
                    found.append(("WEBP", kind.decode("latin-1"), f"({extra} bytes beyond its fixed size)"))
            elif kind == b"EXIF":
                found.extend(exif_items(_tiff_start(body)))
            elif kind == b"XMP ":
                found.extend(xmp_items(body))
            elif kind == b"trailer":
                found.append(("Trailer", "TrailerData", f"({end - start} bytes after the image)"))
            else:
                found.append(("WEBP", kind.decode("latin-1").strip(), f"({len(body)} bytes)"))
        return found

    def strip(self, data: bytes, max_pixels: int) -> bytes:
        kept: list[bytes] = []
        orientation = 1
        for kind, start, end in chunks(data):
            if kind == b"EXIF":
                orientation = orientation_of(_tiff_start(data[start + 8 : end]))
            elif kind == b"ICCP":
                kept.append(_chunk(b"ICCP", neutral_icc(data[start + 8 : start + 8 + _size(data, start)])))
            elif kind in FIXED_SIZES:  # re-emitted at its fixed size: whatever was appended inside is gone
                kept.append(_chunk(kind, data[start + 8 : start + 8 + min(_size(data, start), FIXED_SIZES[kind])]))
            elif kind in IMAGE_CHUNKS:
                kept.append(data[start:end])
        if kept and kept[0][:4] == b"VP8X":
            kept[0] = _vp8x_flags(kept[0], exif=orientation != 1)
            if orientation != 1:
                kept.append(_chunk(b"EXIF", orientation_only_exif(orientation)))
        body = b"WEBP" + b"".join(kept)
        return b"RIFF" + struct.pack("<I", len(body)) + body


def _size(data: bytes, start: int) -> int:
    """The chunk's own size field (without the pad byte)."""
    return int(struct.unpack("<I", data[start + 4 : start + 8])[0])


def _tiff_start(body: bytes) -> bytes:
    """Some writers put JPEG's "Exif\\0\\0" prefix in front of the TIFF header; skip it."""
    return body[6:] if body.startswith(b"Exif\0\0") else body


def _vp8x_flags(chunk: bytes, exif: bool) -> bytes:
    flags = chunk[8] & ~(_EXIF_FLAG | _XMP_FLAG)
    return chunk[:8] + bytes([flags | (_EXIF_FLAG if exif else 0)]) + chunk[9:]


def _chunk(kind: bytes, body: bytes) -> bytes:
    return kind + struct.pack("<I", len(body)) + body + (b"\0" if len(body) & 1 else b"")
