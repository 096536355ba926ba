"""Bad input at the media layer: every case raises the right ScrubError with a clear message."""

from __future__ import annotations

import io
import random
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from scrubkit.errors import CorruptImage, ImageTooLarge, ScrubError, UnsupportedFormat
from scrubkit.media import read_metadata, sniff_format, strip_metadata, verify_clean
from scrubkit.media.checks import check_container, check_decodes
from scrubkit.media.decode import decode
from tests.conftest import shared

LIMIT = 150_000_000
GPS_JPEG = "ianare-exif-samples/jpg/gps/DSCN0010.jpg"


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_bomb(side: int = 40_000) -> bytes:
    """A tiny PNG whose header claims side x side pixels (nothing of that size is allocated)."""
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header)
            + _png_chunk(b"IDAT", zlib.compress(b"\0" * 1024)) + _png_chunk(b"IEND", b""))


def jpeg_bomb(side: int = 40_000) -> bytes:
    """A real small JPEG with its frame header rewritten to claim side x side pixels."""
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), "red").save(buffer, "JPEG")
    data = bytearray(buffer.getvalue())
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", side, side)
    return bytes(data)


def _real(relative: str) -> bytes:
    return shared("metadata", relative).read_bytes()


def test_zero_bytes() -> None:
    with pytest.raises(CorruptImage, match=r"empty file \(0 bytes\)"):
        sniff_format(b"")


def test_random_bytes_named_jpg(tmp_path: Path) -> None:
    path = tmp_path / "holiday.jpg"
    path.write_bytes(random.Random(7).randbytes(4096))
    with pytest.raises(CorruptImage, match="not an image: unrecognised content"):
        sniff_format(path.read_bytes())


def test_text_file_named_png(tmp_path: Path) -> None:
    path = tmp_path / "photo.png"
    path.write_text("Dear parents, the trip to Leeds is on Friday.\n")
    with pytest.raises(CorruptImage, match="not an image"):
        sniff_format(path.read_bytes())


@pytest.mark.parametrize("relative, fmt", [
    (GPS_JPEG, "JPEG"), ("exifr-fixtures/png/png_with_exif_and_gps.png", "PNG"),
])
def test_truncated_file_is_corrupt_for_every_step(relative: str, fmt: str) -> None:
    data = _real(relative)
    truncated = data[: len(data) // 2]
    assert sniff_format(truncated) == fmt
    with pytest.raises(CorruptImage, match="truncated"):
        strip_metadata(truncated, fmt)
    with pytest.raises(CorruptImage, match="truncated"):
        decode(truncated, fmt, LIMIT)
    with pytest.raises(CorruptImage):
        check_decodes(truncated, fmt, LIMIT)


@pytest.mark.parametrize("bomb, fmt", [(png_bomb, "PNG"), (jpeg_bomb, "JPEG")])
def test_decompression_bomb_is_refused_from_the_header(bomb: Callable[[], bytes], fmt: str) -> None:
    data = bomb()
    assert len(data) < 2000 and sniff_format(data) == fmt
    with pytest.raises(ImageTooLarge, match="40000x40000 .*over the limit of 150 megapixels"):
        decode(data, fmt, LIMIT)
    with pytest.raises(ImageTooLarge):
        check_decodes(data, fmt, LIMIT)


def _with_frame(precision: int = 8, height: int = 16, width: int = 16, components: int = 3) -> bytes:
    """A real small JPEG whose frame header says something else."""
    data = bytearray(jpeg_bomb(16))
    sof = data.index(b"\xff\xc0")
    data[sof + 4 : sof + 10] = struct.pack(">BHHB", precision, height, width, components)
    return bytes(data)


def _without_frame() -> bytes:
    data = jpeg_bomb(16)
    sof = data.index(b"\xff\xc0")
    (length,) = struct.unpack(">H", data[sof + 2 : sof + 4])
    return data[:sof] + data[sof + 2 + length :]


@pytest.mark.parametrize("data, error", [
    (_with_frame(precision=12), CorruptImage), (_with_frame(components=2), CorruptImage),
    (_with_frame(width=0), CorruptImage), (_with_frame(height=0), CorruptImage), (_without_frame(), CorruptImage),
    (jpeg_bomb(), ImageTooLarge),
])
def test_jpeg_container_check_refuses_what_pillow_refuses_without_pillow(data: bytes, error: type) -> None:
    """check_container reads a JPEG's frame header itself (a metadata-only run never imports
    Pillow); it must refuse every header Pillow would refuse when opening the file."""
    with pytest.raises(error):
        check_container(data, "JPEG", LIMIT)
    with pytest.raises((OSError, SyntaxError, Image.DecompressionBombError)):  # Pillow refuses it too
        Image.open(io.BytesIO(data)).load()
    check_container(_with_frame(), "JPEG", LIMIT)
    Image.open(io.BytesIO(_with_frame())).load()


def test_pixel_limit_is_the_callers() -> None:
    data = _real(GPS_JPEG)  # 640 x 480
    assert decode(data, "JPEG", max_pixels=640 * 480).pixels.shape == (480, 640, 3)
    with pytest.raises(ImageTooLarge):
        decode(data, "JPEG", max_pixels=640 * 480 - 1)


@pytest.mark.parametrize("real, wrong_name, fmt", [
    ("exifr-fixtures/png/png_with_exif_and_gps.png", "photo.jpg", "PNG"),
    (GPS_JPEG, "photo.png", "JPEG"),
    ("exiftool-t-images/RIFF.webp", "photo.heic", "WEBP"),
])
def test_extension_that_lies_is_ignored(real: str, wrong_name: str, fmt: str, tmp_path: Path) -> None:
    path = tmp_path / wrong_name
    path.write_bytes(_real(real))
    data = path.read_bytes()
    assert sniff_format(data) == fmt
    clean, removed = strip_metadata(data, fmt)
    assert removed
    verify_clean(clean, fmt)


def test_dng_renamed_to_tiff_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "scan.tif"
    path.write_bytes(_real("exiftool-t-images/DNG.dng"))
    with pytest.raises(UnsupportedFormat, match="DNG raw photo: not supported"):
        sniff_format(path.read_bytes())


@pytest.mark.parametrize("head, message", [
    (b"\0\0\0\x18ftypqt  \0\0\0\0qt  \0\0\0\0", "video"),
    (b"\0\0\0\x18ftypisom\0\0\0\0isommp41\0\0\0\0", "video"),
    (b"RIFF\0\0\0\0AVI LIST", "video"),
    (b"%PDF-1.7\n", "PDF"),
    (b"BM\x36\0\0\0\0\0\0\0\x36\0\0\0", "BMP"),
    (b"\0\0\0\x18ftypcrx \0\0\0\0crx isom", "CR3"),
    (b"II*\0\x10\0\0\0CR\x02\0", "CR2"),
])
def test_other_formats_are_unsupported_with_a_reason(head: bytes, message: str) -> None:
    with pytest.raises(UnsupportedFormat, match=message):
        sniff_format(head + b"\0" * 64)


def test_broken_exif_inside_a_good_jpeg_is_still_removed() -> None:
    data = _real(GPS_JPEG)
    garbage = b"Exif\0\0MM\0*\xff\xff\xff\xff" + bytes(range(200))
    broken = data[:2] + b"\xff\xe1" + struct.pack(">H", len(garbage) + 2) + garbage + data[2:]
    assert "EXIF:unreadable" in {item.key for item in read_metadata(broken, "JPEG")}
    clean, _ = strip_metadata(broken, "JPEG")
    verify_clean(clean, "JPEG")
    assert np.array_equal(np.asarray(Image.open(io.BytesIO(clean))), np.asarray(Image.open(io.BytesIO(data))))


def test_metadata_after_the_image_end_is_removed() -> None:
    data = _real(GPS_JPEG) + b"GPS 53.8,-1.5 Jane Smith"
    with pytest.raises(ScrubError, match="Trailer"):
        verify_clean(data, "JPEG")
    clean, removed = strip_metadata(data, "JPEG")
    assert "Trailer:TrailerData" in removed and not clean.endswith(b"Smith")


def test_bytes_hidden_between_jpeg_segments_are_removed() -> None:
    data = _real(GPS_JPEG)
    hidden = data[:2] + b"Jane Smith, 12 Park Road" + data[2:]
    with pytest.raises(ScrubError, match="JPEG:StrayBytes"):
        verify_clean(hidden, "JPEG")
    clean, _ = strip_metadata(hidden, "JPEG")
    verify_clean(clean, "JPEG")
    assert b"Jane Smith" not in clean


def test_bytes_hidden_inside_an_orientation_only_exif_block_fail_verification() -> None:
    orientation_only = b"MM\0*\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01\0\x06\0\0\0\0\0\0"
    clean, _ = strip_metadata(_real(GPS_JPEG), "JPEG")

    def with_exif(tiff: bytes) -> bytes:
        payload = b"Exif\0\0" + tiff
        return clean[:2] + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + clean[2:]

    verify_clean(with_exif(orientation_only), "JPEG")
    with pytest.raises(ScrubError, match="EXIF:UnaccountedData"):
        verify_clean(with_exif(orientation_only + b"Jane Smith"), "JPEG")


def test_data_hidden_in_heif_media_box_is_blanked() -> None:
    data = _real("ianare-exif-samples/heic/samplefilehub.heif")
    mdat = 463  # ftyp, meta, then mdat, the last box: grow it by a note no item points to
    assert data[mdat + 4 : mdat + 8] == b"mdat"
    note = b"Jane Smith, 12 Park Road, Leeds"
    (size,) = struct.unpack(">I", data[mdat : mdat + 4])
    hidden = data[:mdat] + struct.pack(">I", size + len(note)) + data[mdat + 4 :] + note
    with pytest.raises(ScrubError, match="HEIF:UnreferencedData"):
        verify_clean(hidden, "HEIF")
    clean, _ = strip_metadata(hidden, "HEIF")
    verify_clean(clean, "HEIF")
    assert note not in clean
    assert np.array_equal(decode(clean, "HEIF", LIMIT).pixels, decode(data, "HEIF", LIMIT).pixels)


@pytest.mark.parametrize("relative", [
    GPS_JPEG, "exifr-fixtures/png/png_with_exif_and_gps.png", "exiftool-t-images/RIFF.webp",
    "exiftool-t-images/GIF.gif", "exiftool-t-images/ExifTool.tif", "ianare-exif-samples/heic/samplefilehub.heif",
])
def test_output_checks_pass_whole_files_and_catch_cut_ones(relative: str) -> None:
    data = _real(relative)
    fmt = sniff_format(data)
    clean, _ = strip_metadata(data, fmt)
    check_container(clean, fmt, LIMIT)
    check_decodes(clean, fmt, LIMIT)
    for cut in (clean[: len(clean) // 2], clean[:-3]):
        with pytest.raises(CorruptImage):
            check_container(cut, fmt, LIMIT)
    with pytest.raises(CorruptImage):  # (a PNG cut inside IEND still decodes: its pixels are all there)
        check_decodes(clean[: len(clean) // 2], fmt, LIMIT)


FUZZ_SOURCES = [
    GPS_JPEG, "exifr-fixtures/png/png_with_exif_and_gps.png", "exiftool-t-images/RIFF.webp",
    "exiftool-t-images/GIF.gif", "exifr-fixtures/tif-with-iptc-icc-xmp.tif",
    "ianare-exif-samples/heic/samplefilehub.heif",
    "exiftool-t-images/IPTC.jpg",
]


def _mutations(data: bytes, rng: random.Random) -> list[bytes]:
    cuts = [data[: rng.randrange(1, len(data))] for _ in range(6)]
    flips = []
    for _ in range(10):
        mutated = bytearray(data)
        for _ in range(rng.randrange(1, 8)):
            position = rng.randrange(len(mutated) if rng.random() < 0.5 else min(len(mutated), 600))
            mutated[position] = rng.randrange(256)
        flips.append(bytes(mutated))
    return cuts + flips


@pytest.mark.parametrize("relative", FUZZ_SOURCES)
def test_damaged_files_raise_only_scrub_errors(relative: str) -> None:
    """Cut and bit-flipped copies of real files: every step succeeds or raises a ScrubError."""
    rng = random.Random(relative)
    for damaged in _mutations(_real(relative), rng):
        try:
            fmt = sniff_format(damaged)
            read_metadata(damaged, fmt)
            clean, _ = strip_metadata(damaged, fmt)
            verify_clean(clean, fmt)
            decode(damaged, fmt, 20_000_000)
        except ScrubError as error:
            assert str(error), type(error)
