"""Files that hide a child's name inside structures a cleaner keeps, for benchmarks/metadata.py.

Each case starts from a real photo in ../shared/data/metadata and hides NAME where an allowlist that
checks element types (not contents) would let it through: appended inside a kept PNG chunk, after the
compressed image in IDAT, in an extra sub-block of a GIF extension, in a JPEG table or an unknown JPEG
marker (JPG0-JPG13 = 0xF0-0xFD), in an ICC profile's description; and one real iPhone HEIC with an HDR
gain map and Apple brands. A case leaks when the name (as ASCII or UTF-16) is still in the output, or, for
the HEIC, when the gain map or an Apple brand survives.

`held_out` cases were written when the work was done and never run before the final benchmark: they
reuse no test's exact hiding place (other chunks, markers, profile types and formats).
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageCms

NAME = "Emily Smith iPad"
#: what must not survive (a short profile description keeps only the start of NAME)
NEEDLE = "Emily Smith"


@dataclass(frozen=True)
class Case:
    name: str  # the file name, with the extension of its format
    build: Callable[[Path], bytes]  # from the shared metadata folder
    held_out: bool = False
    leaks: Callable[[bytes], bool] | None = None  # default: NAME is still in the bytes


def name_in(data: bytes) -> bool:
    return NEEDLE.encode() in data or NEEDLE.encode("utf-16-be") in data


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png_with(kind: bytes, body: bytes) -> Callable[[Path], bytes]:
    def build(data_dir: Path) -> bytes:
        data = (data_dir / "exifr-fixtures/png/png_with_exif_and_gps.png").read_bytes()
        return data[:33] + _png_chunk(kind, body) + data[33:]
    return build


def _png_idat_tail(data_dir: Path) -> bytes:
    data = (data_dir / "exifr-fixtures/png/IMG_20180725_163423-1.png").read_bytes()
    at = data.rindex(b"IDAT") - 4
    (length,) = struct.unpack(">I", data[at : at + 4])
    return data[:at] + _png_chunk(b"IDAT", data[at + 8 : at + 8 + length] + NAME.encode()) + data[at + 12 + length :]


def _gif(extra_at: bytes, offset: int) -> Callable[[Path], bytes]:
    """A small animation (Pillow writes both extensions) with NAME in an extra sub-block at `offset`."""
    def build(data_dir: Path) -> bytes:
        out = io.BytesIO()
        frames = [Image.new("RGB", (48, 32), (i * 90, 40, 200 - i * 60)) for i in range(3)]
        frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=80, loop=0)
        data = out.getvalue()
        at = data.index(extra_at) + offset
        return data[:at] + bytes([len(NAME)]) + NAME.encode() + data[at:]
    return build


def _segment_at(data: bytes, marker: int) -> int:
    """Where the first top-level segment with `marker` starts (walking the segments, so a marker
    inside the EXIF thumbnail, itself a JPEG, is not taken)."""
    pos = 2
    while data[pos + 1] != marker:
        pos += 2 + struct.unpack(">H", data[pos + 2 : pos + 4])[0]
    return pos


def _jpeg_segment(marker: int, before: int = 0xDB) -> Callable[[Path], bytes]:
    def build(data_dir: Path) -> bytes:
        data = (data_dir / "ianare-exif-samples/jpg/gps/DSCN0021.jpg").read_bytes()
        at = _segment_at(data, before)
        return data[:at] + bytes([0xFF, marker]) + struct.pack(">H", len(NAME) + 2) + NAME.encode() + data[at:]
    return build


def _jpeg_table_tail(marker: int) -> Callable[[Path], bytes]:
    def build(data_dir: Path) -> bytes:
        data = (data_dir / "ianare-exif-samples/jpg/Canon_40D.jpg").read_bytes()
        at = _segment_at(data, marker)
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        payload = data[at + 4 : at + 2 + length] + NAME.encode()
        segment = bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload
        return data[:at] + segment + data[at + 2 + length :]
    return build


def _named_profile(data_dir: Path, version: int) -> bytes:
    """A real v2 profile (Adobe RGB from a shared photo) or a v4 one (LittleCMS sRGB), described as NAME."""
    if version == 2:
        with Image.open(data_dir / "exifr-fixtures/BonTonARTSTORplusIPTC.jpg") as image:
            profile = bytearray(image.info["icc_profile"])
    else:
        profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    (count,) = struct.unpack(">I", profile[128:132])
    for index in range(count):
        signature, offset, _ = struct.unpack(">4sII", profile[132 + 12 * index : 144 + 12 * index])
        if signature != b"desc":
            continue
        if profile[offset : offset + 4] == b"desc":
            (size,) = struct.unpack(">I", profile[offset + 8 : offset + 12])
            profile[offset + 12 : offset + 12 + size] = NAME.encode()[: size - 1].ljust(size, b"\0")
        else:
            length, at = struct.unpack(">II", profile[offset + 20 : offset + 28])
            profile[offset + at : offset + at + length] = NAME.encode("utf-16-be")[:length].ljust(length, b"\0")
    return bytes(profile)


def _with_profile(fmt: str, version: int) -> Callable[[Path], bytes]:
    def build(data_dir: Path) -> bytes:
        source = data_dir / "ianare-exif-samples/jpg/gps/DSCN0012.jpg"
        with Image.open(source) as image:
            picture = image.convert("RGB").resize((320, 240))
        out = io.BytesIO()
        options = {} if fmt == "PNG" else {"quality": 90}
        picture.save(out, fmt, icc_profile=_named_profile(data_dir, version), **options)
        return out.getvalue()
    return build


def _name_in_profile(data: bytes) -> bool:
    """The name in the file's bytes or in its ICC profile as a reader gets it (PNG compresses the profile)."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            profile = image.info.get("icc_profile") or b""
    except Exception:  # an output that no longer opens is judged by its bytes
        profile = b""
    return name_in(data) or name_in(profile)


def _iphone(data_dir: Path) -> bytes:
    return (data_dir / "ianare-exif-samples/heic/mobile/iphone_13_pro_max.HEIC").read_bytes()


def _gain_map_or_apple_brand(data: bytes) -> bool:
    import pillow_heif

    try:
        found = pillow_heif.open_heif(data)
    except Exception:  # an output that no longer opens keeps nothing
        return False
    size = struct.unpack(">I", data[:4])[0]
    apple = any(data[i : i + 2] == b"Mi" for i in range(8, size, 4))
    return bool(found.info.get("aux") or found.info.get("depth_images")) or apple


CASES = (
    Case("png-text-in-gAMA.png", _png_with(b"gAMA", struct.pack(">I", 45455) + NAME.encode())),
    Case("png-text-after-IDAT-stream.png", _png_idat_tail),
    Case("gif-text-in-graphic-control.gif", _gif(b"\x21\xf9\x04", 7)),
    Case("gif-text-in-looping-extension.gif", _gif(b"NETSCAPE2.0", 15)),
    Case("jpeg-text-in-JPG7-marker.jpg", _jpeg_segment(0xF7)),
    Case("jpeg-text-after-DQT-tables.jpg", _jpeg_table_tail(0xDB)),
    Case("jpeg-icc-v2-named.jpg", _with_profile("JPEG", 2), leaks=_name_in_profile),
    Case("png-icc-v4-named.png", _with_profile("PNG", 4), leaks=_name_in_profile),
    Case("heic-iphone-gain-map.heic", _iphone, leaks=_gain_map_or_apple_brand),
    # held out: never run before the final benchmark
    Case("png-text-in-cHRM.png", _png_with(b"cHRM", bytes(range(32)) + NAME.encode()), held_out=True),
    Case("png-text-in-pHYs.png", _png_with(b"pHYs", struct.pack(">IIB", 2835, 2835, 1) + NAME.encode()),
         held_out=True),
    Case("jpeg-text-in-JPG13-marker.jpg", _jpeg_segment(0xFD, before=0xC4), held_out=True),
    Case("jpeg-text-in-reserved-0x03-marker.jpg", _jpeg_segment(0x03), held_out=True),
    Case("jpeg-text-after-DHT-tables.jpg", _jpeg_table_tail(0xC4), held_out=True),
    Case("webp-icc-v2-named.webp", _with_profile("WEBP", 2), held_out=True, leaks=_name_in_profile),
    Case("tiff-icc-v4-named.tif", _with_profile("TIFF", 4), held_out=True, leaks=_name_in_profile),
    Case("jpeg-icc-v4-named.jpg", _with_profile("JPEG", 4), held_out=True, leaks=_name_in_profile),
)


def write_cases(data_dir: Path, folder: Path) -> list[Case]:
    folder.mkdir(parents=True, exist_ok=True)
    for case in CASES:
        (folder / case.name).write_bytes(case.build(data_dir))
    return list(CASES)
