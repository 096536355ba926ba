"""PNG (and APNG): keep the image chunks and the colour chunks, drop every text/EXIF/time chunk."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from typing import Any

from scrubkit.errors import CorruptImage
from scrubkit.media.formats.base import FormatCleaner, Found, short
from scrubkit.media.formats.exif import exif_items, orientation_of, orientation_only_exif
from scrubkit.media.formats.icc import icc_items, neutral_icc
from scrubkit.media.formats.xmp import xmp_items

SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: chunks that draw the image or say how its colours are meant; everything else is dropped
IMAGE_CHUNKS = frozenset({
    b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"sBIT", b"pHYs", b"bKGD",
    b"acTL", b"fcTL", b"fdAT", b"cICP", b"mDCV", b"cLLI",
})
#: the one size each kept chunk has; a longer chunk carries something else, which is cut off
FIXED_SIZES = {b"IHDR": 13, b"IEND": 0, b"gAMA": 4, b"cHRM": 32, b"sRGB": 1, b"pHYs": 9, b"acTL": 8,
               b"fcTL": 26, b"cICP": 4, b"mDCV": 24, b"cLLI": 8}
#: sizes that depend on the colour type (IHDR byte 9): grey, -, RGB, palette, grey+alpha, -, RGBA
#: (0: the chunk is not allowed with that colour type and is dropped)
_SIZES_BY_COLOUR = {b"sBIT": (1, 0, 3, 3, 2, 0, 4), b"bKGD": (2, 0, 6, 1, 2, 0, 6), b"tRNS": (2, 0, 6, 256, 0, 0, 0)}
_TEXT_CHUNKS = (b"tEXt", b"zTXt", b"iTXt")
MAX_ICC_BYTES = 16 << 20
MAX_DEFLATE_RATIO = 1032
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
    extensions = (".png", ".apng")
    meta_allowlist = frozenset({"ICC:ICC_Profile", "EXIF:Orientation"})
    lossless = True

    @classmethod
    def claims(cls, data: bytes) -> bool:
        return data.startswith(SIGNATURE)

    def save_options(self, quality: int, lossless: bool) -> dict[str, Any]:
        return {"compress_level": 6}

    def check_coded_data(self, data: bytes) -> None:
        """Deflate packs at most 1032 bytes into one (a 258-byte match in two bits), so image data
        shorter than 1/1032 of the rows the header describes cannot be that image: a header that lies."""
        header = next((data[s + 8 : e - 4] for kind, s, e in chunks(data) if kind == b"IHDR"), b"")
        if len(header) < 13:
            raise CorruptImage("broken PNG: no image header (IHDR)")
        width, height, depth, colour = struct.unpack(">IIBB", header[:10])
        channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}.get(colour, 1)
        rows = height * (1 + -(-width * channels * depth // 8))
        coded = sum(e - s - 12 for kind, s, e in chunks(data) if kind == b"IDAT")
        if coded * MAX_DEFLATE_RATIO < rows:
            raise CorruptImage(
                f"broken PNG: the header claims {width}x{height} pixels but the image data ({coded / 1024:.0f} KB) "
                "is too short to hold that many (a header that lies, or a cut file)")

    def find(self, data: bytes) -> list[Found]:
        found: list[Found] = []
        sizes = _kept_sizes(data)
        for kind, start, end in chunks(data):
            body = data[start + 8 : end - 4]
            if kind in IMAGE_CHUNKS:
                if len(body) > sizes.get(kind, len(body)):
                    extra = len(body) - sizes[kind]
                    found.append(("PNG", kind.decode("latin-1"), f"({extra} bytes beyond its fixed size)"))
                continue
            if kind == b"iCCP":
                found.append(("ICC", "ICC_Profile", f"({len(body)} bytes)"))
                found.extend(icc_items(_icc_profile(body)))
            elif kind == b"eXIf":
                found.extend(exif_items(body))
            elif kind in _TEXT_CHUNKS:
                found.extend(_text_items(kind, body))
            elif kind == b"trailer":
                found.append(("Trailer", "TrailerData", f"({end - start} bytes after the image)"))
            else:
                found.append(("PNG", kind.decode("latin-1"), f"({len(body)} bytes)"))
        image_data = _image_data(data)
        if len(image_data) > _stream_length(image_data):
            extra = len(image_data) - _stream_length(image_data)
            found.append(("PNG", "IDAT", f"({extra} bytes after the end of the compressed image)"))
        return found

    def strip(self, data: bytes, max_pixels: int) -> bytes:
        out = [SIGNATURE]
        sizes = _kept_sizes(data)
        image_data = _image_data(data)
        unused = len(image_data) - _stream_length(image_data)  # bytes after the compressed image
        offset = 0  # of the current IDAT chunk's data within image_data
        orientation = 1
        for kind, start, end in chunks(data):
            if kind == b"eXIf":
                orientation = orientation_of(data[start + 8 : end - 4])
        for kind, start, end in chunks(data):
            if kind == b"IHDR":
                out.append(_chunk(kind, data[start + 8 : start + 8 + 13]))
                if orientation != 1:  # eXIf must come before the first IDAT
                    out.append(_chunk(b"eXIf", orientation_only_exif(orientation)))
            elif kind == b"iCCP":
                out.append(_unnamed_icc(data[start + 8 : end - 4]))
            elif kind in sizes:  # re-emitted at its fixed size: whatever was appended inside is gone
                if sizes[kind] or kind == b"IEND":  # (size 0: not allowed for this colour type)
                    out.append(_chunk(kind, data[start + 8 : min(end - 4, start + 8 + sizes[kind])]))
            elif kind == b"IDAT" and unused:  # cut where the compressed image ends
                body = data[start + 8 : end - 4][: max(0, len(image_data) - unused - offset)]
                out.append(_chunk(kind, body) if body else b"")
                offset += end - start - 12
            elif kind in IMAGE_CHUNKS:
                out.append(data[start:end])
        return b"".join(out)


def _image_data(data: bytes) -> bytes:
    """The compressed image: every IDAT chunk's data, joined."""
    return b"".join(data[start + 8 : end - 4] for kind, start, end in chunks(data) if kind == b"IDAT")


def _stream_length(compressed: bytes) -> int:
    """How many bytes the zlib stream takes; decoders ignore anything after it, so it could hide data.
    Inflated in 1 MB steps and thrown away: memory stays small whatever the image size."""
    inflater = zlib.decompressobj()
    pending = compressed
    try:
        while pending and not inflater.eof:
            inflater.decompress(pending, 1 << 20)
            pending = inflater.unconsumed_tail
    except zlib.error as error:
        raise CorruptImage(f"broken PNG: the image data does not inflate ({error})") from error
    return len(compressed) - len(inflater.unused_data) if inflater.eof else len(compressed)


def _kept_sizes(data: bytes) -> dict[bytes, int]:
    """The size every fixed-size kept chunk must have in this file (PLTE and tRNS: their maximum)."""
    sizes = dict(FIXED_SIZES)
    header = next((data[s + 8 : e - 4] for kind, s, e in chunks(data) if kind == b"IHDR"), b"")
    if len(header) < 13:
        raise CorruptImage("broken PNG: no image header (IHDR)")
    depth, colour = header[8], header[9]
    if colour > 6:
        raise CorruptImage(f"broken PNG: unknown colour type {colour}")
    for kind, by_colour in _SIZES_BY_COLOUR.items():
        sizes[kind] = by_colour[colour]
    palette = next((e - s - 12 for kind, s, e in chunks(data) if kind == b"PLTE"), 0) // 3
    sizes[b"PLTE"] = 3 * min(palette, 256, 1 << depth if colour == 3 else 256)
    if colour == 3:
        sizes[b"tRNS"] = min(palette, 256)
    return sizes


def _icc_profile(body: bytes) -> bytes:
    """The profile inside an iCCP chunk (name, NUL, method, zlib data), inflated within a bound."""
    _, _, compressed = body.partition(b"\0")
    inflater = zlib.decompressobj()
    profile = inflater.decompress(compressed[1:], MAX_ICC_BYTES)
    if inflater.unconsumed_tail:
        raise CorruptImage("broken PNG: the ICC profile inflates to more than 16 MB")
    return profile


def _unnamed_icc(body: bytes) -> bytes:
    """The iCCP chunk with its free-text profile name replaced by a neutral one and the profile's own
    description made neutral (see formats.icc)."""
    return _chunk(b"iCCP", b"ICC Profile\0\0" + zlib.compress(neutral_icc(_icc_profile(body))))


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
