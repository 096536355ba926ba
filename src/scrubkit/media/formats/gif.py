"""GIF: keep frames, timing, looping and the ICC profile; drop comments, XMP and other extensions."""

from __future__ import annotations

from collections.abc import Iterator

from scrubkit.errors import CorruptImage
from scrubkit.media.formats.base import FormatCleaner, Found, short
from scrubkit.media.formats.icc import icc_items, neutral_icc
from scrubkit.media.formats.xmp import xmp_items

_IMAGE, _EXTENSION, _TRAILER = 0x2C, 0x21, 0x3B
_GRAPHIC_CONTROL, _COMMENT, _APPLICATION, _PLAIN_TEXT = 0xF9, 0xFE, 0xFF, 0x01
_LOOPING = (b"NETSCAPE2.0", b"ANIMEXTS1.0")
_ICC = b"ICCRGBG1012"
_XMP = b"XMP DataXMP"
_XMP_MAGIC_TRAILER = 258  # XMP in GIF ends with a 258-byte "magic trailer" that fakes sub-blocks


def _color_table_size(packed: int) -> int:
    return 3 * (2 << (packed & 7)) if packed & 0x80 else 0


def _sub_blocks_end(data: bytes, pos: int) -> int:
    while True:
        if pos >= len(data):
            raise CorruptImage("truncated GIF: data sub-blocks run past the end of the file")
        size = data[pos]
        pos += 1 + size
        if size == 0:
            return pos


def blocks(data: bytes) -> Iterator[tuple[str, int, int]]:
    """(kind, start, end): "header", "image", "ext:XX" (XX the label), "app:ID", "trailer", "after"."""
    if data[:6] not in (b"GIF87a", b"GIF89a") or len(data) < 13:
        raise CorruptImage("not a GIF: bad header")
    pos = 13 + _color_table_size(data[10])
    yield "header", 0, pos
    while True:
        if pos >= len(data):
            raise CorruptImage("truncated GIF: the file ends before its trailer byte")
        introducer = data[pos]
        if introducer == _TRAILER:
            yield "trailer", pos, pos + 1
            if pos + 1 < len(data):
                yield "after", pos + 1, len(data)
            return
        if introducer == _IMAGE:
            if pos + 10 > len(data):
                raise CorruptImage("truncated GIF: an image descriptor is cut off")
            end = _sub_blocks_end(data, pos + 10 + _color_table_size(data[pos + 9]) + 1)
            yield "image", pos, end
        elif introducer == _EXTENSION and pos + 2 < len(data):
            label = data[pos + 1]
            end = _sub_blocks_end(data, pos + 2)
            if label == _APPLICATION and data[pos + 2] == 11:
                yield "app:" + data[pos + 3 : pos + 14].decode("latin-1"), pos, end
            else:
                yield f"ext:{label:02X}", pos, end
        else:
            raise CorruptImage("broken GIF: unknown block")
        pos = end


class GifCleaner(FormatCleaner):
    format = "GIF"
    extensions = (".gif",)
    meta_allowlist = frozenset({"ICC:ICC_Profile"})
    lossless = True  # (covered pixels are written with Pillow's adaptive palette: no save options)

    @classmethod
    def claims(cls, data: bytes) -> bool:
        return data[:6] in (b"GIF87a", b"GIF89a")

    def find(self, data: bytes) -> list[Found]:
        found: list[Found] = []
        for kind, start, end in blocks(data):
            if kind in _REBUILT:
                rebuilt = _REBUILT[kind](data, start, end)
                if rebuilt is None or len(rebuilt) < end - start:
                    extra = end - start - len(rebuilt or b"")
                    found.append(("GIF", kind, f"({extra} bytes beyond its fixed structure)"))
                if kind == _ICC_KIND:
                    found.append(("ICC", "ICC_Profile", f"({end - start} bytes)"))
                    found.extend(icc_items(_joined_sub_blocks(data, start + 14)))
                continue
            if kind in ("header", "image", "trailer"):
                continue
            elif kind == "app:" + _XMP.decode():
                found.extend(xmp_items(data[start + 14 : max(start + 14, end - _XMP_MAGIC_TRAILER)]))
            elif kind == f"ext:{_COMMENT:02X}":
                found.append(("COM", "Comment", short(_joined_sub_blocks(data, start + 2))))
            elif kind == f"ext:{_PLAIN_TEXT:02X}":
                found.append(("GIF", "PlainText", short(_joined_sub_blocks(data, start + 2)[12:])))
            elif kind == "after":
                found.append(("Trailer", "TrailerData", f"({end - start} bytes after the image)"))
            else:
                found.append(("GIF", kind, f"({end - start} bytes)"))
        return found

    def strip(self, data: bytes, max_pixels: int) -> bytes:
        """Frames as they are; graphic control, looping and ICC extensions re-emitted from their parsed
        values at their fixed sizes (what was appended inside them is gone); everything else dropped."""
        out = []
        for kind, start, end in blocks(data):
            if kind in ("header", "image", "trailer"):
                out.append(data[start:end])
            elif kind in _REBUILT:
                out.append(_REBUILT[kind](data, start, end) or b"")
        return b"".join(out)


def _graphic_control(data: bytes, start: int, end: int) -> bytes | None:
    """21 F9 04 <flags, delay, transparent index> 00; None when the block is too short to mean anything."""
    if data[start + 2] < 4:
        return None
    return bytes([_EXTENSION, _GRAPHIC_CONTROL, 4]) + data[start + 3 : start + 7] + b"\0"


def _looping(data: bytes, start: int, end: int) -> bytes | None:
    """The application extension with only its loop-count sub-block (03 01 <count>)."""
    if data[start + 14] < 3 or data[start + 15] != 1:
        return None
    return data[start : start + 14] + b"\x03\x01" + data[start + 16 : start + 18] + b"\0"


def _icc(data: bytes, start: int, end: int) -> bytes | None:
    """The ICC extension holding exactly the profile (as long as its header says), in 255-byte sub-blocks."""
    profile = _joined_sub_blocks(data, start + 14)
    if len(profile) < 4:
        return None
    profile = neutral_icc(profile)  # (also cut to the profile's declared size)
    parts = (profile[i : i + 255] for i in range(0, len(profile), 255))
    sub_blocks = b"".join(bytes([len(part)]) + part for part in parts)
    return data[start : start + 14] + sub_blocks + b"\0"


_ICC_KIND = "app:" + _ICC.decode()
#: kept extensions, each rebuilt from its parsed values
_REBUILT = {f"ext:{_GRAPHIC_CONTROL:02X}": _graphic_control, _ICC_KIND: _icc,
            **{"app:" + name.decode(): _looping for name in _LOOPING}}


def _joined_sub_blocks(data: bytes, pos: int) -> bytes:
    parts = []
    while pos < len(data) and data[pos]:
        parts.append(data[pos + 1 : pos + 1 + data[pos]])
        pos += 1 + data[pos]
    return b"".join(parts)
