"""PNG (and APNG): keep the image chunks and the colour chunks, drop every text/EXIF/time chunk."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator

from scrubkit.errors import CorruptImage
from scrubkit.media.formats.base import FormatCleaner, Found, short
from scrubkit.media.formats.exif import exif_items, orientation_of, orientation_only_exif
from scrubkit.media.formats.xmp import xmp_items

SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: chunks that draw the image or say how its colours are meant; everything else is dropped
IMAGE_CHUNKS = frozenset({
    b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"sBIT", b"pHYs", b"bKGD",
    b"acTL", b"fcTL", b"fdAT", b"cICP", b"mDCV", b"cLLI",
})
_TEXT_CHUNKS = (b"tEXt", b"zTXt", b"iTXt")
_XMP_KEYWORD = b"XML:com.adobe.xmp"


def chunks(data: bytes) -> Iterator[tuple[bytes, int, int]]:
    """(type, start, end) of every chunk up to IEND, then ("trailer", start, end) if bytes follow."""
    if not data.startswith(SIGNATURE):
        raise CorruptImage("not a PNG: bad signature")
    pos = len(SIGNATURE)
    while True:
        if pos + 12 > len(data):
            raise CorruptImage("truncated PNG: the file ends before the IEND chunk")
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        end = pos + 12 + length
        if end > len(data):
            raise CorruptImage(f"truncated PNG: the {kind.decode('latin-1')} chunk is cut off")
        yield kind, pos, end
        pos = end
        if kind == b"IEND":
            if pos < len(data):
                yield b"trailer", pos, len(data)
            return


def _text_items(kind: bytes, body: bytes) -> list[Found]:
    keyword, _, rest = body.partition(b"\0")
    if kind == b"iTXt" and keyword == _XMP_KEYWORD:
        compressed, text = rest[0:1] == b"\1", rest[2:].split(b"\0", 2)[-1]
        try:
            return xmp_items(zlib.decompress(text) if compressed else text)
        except zlib.error:
            return [("XMP", "XMP", "(unreadable compressed packet)")]
    value = rest
    if kind == b"zTXt":
        try:
            value = zlib.decompressobj().decompress(rest[1:], 4096)
        except zlib.error:
            value = b"(unreadable)"
    return [(f"PNG:{kind.decode()}", short(keyword) or "(no keyword)", short(value))]


class PngCleaner(FormatCleaner):
    format = "PNG"
    meta_allowlist = frozenset({"ICC:ICC_Profile", "EXIF:Orientation"})

    def find(self, data: bytes) -> list[Found]:
        found: list[Found] = []
        for kind, start, end in chunks(data):
            body = data[start + 8 : end - 4]
            if kind in IMAGE_CHUNKS:
                continue
            if kind == b"iCCP":
                found.append(("ICC", "ICC_Profile", f"({len(body)} bytes)"))
            elif kind == b"eXIf":
                found.extend(exif_items(body))
            elif kind in _TEXT_CHUNKS:
                found.extend(_text_items(kind, body))
            elif kind == b"trailer":
                found.append(("Trailer", "TrailerData", f"({end - start} bytes after the image)"))
            else:
                found.append(("PNG", kind.decode("latin-1"), f"({len(body)} bytes)"))
        return found

    def strip(self, data: bytes, max_pixels: int) -> bytes:
        out = [SIGNATURE]
        orientation = 1
        for kind, start, end in chunks(data):
            if kind == b"eXIf":
                orientation = orientation_of(data[start + 8 : end - 4])
        for kind, start, end in chunks(data):
            if kind == b"IHDR":
                out.append(data[start:end])
                if orientation != 1:  # eXIf must come before the first IDAT
                    out.append(_chunk(b"eXIf", orientation_only_exif(orientation)))
            elif kind == b"iCCP":
                out.append(_unnamed_icc(data[start + 8 : end - 4]))
            elif kind in IMAGE_CHUNKS:
                out.append(data[start:end])
        return b"".join(out)


def _unnamed_icc(body: bytes) -> bytes:
    """The iCCP chunk with its free-text profile name replaced by a neutral one."""
    _, _, profile = body.partition(b"\0")
    return _chunk(b"iCCP", b"ICC Profile\0" + profile)


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
