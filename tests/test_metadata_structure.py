"""Metadata that hides inside kept structures: text appended inside a PNG gAMA chunk, a GIF graphic-control
or looping extension, a JPEG table; unknown JPEG markers (JPG0-JPG13 = 0xF0-0xFD). Outputs keep each
structure at its fixed size, verification reads contents, not only element types."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from scrubkit.errors import ScrubError, VerificationError
from scrubkit.media import read_metadata, strip_metadata, verify_clean
from scrubkit.media.checks import check_container, check_decodes
from scrubkit.media.formats import jpeg
from scrubkit.media.formats.jpeg import layout
from tests.conftest import shared

SECRET = b"Emily Smith, Year 4, St Mary's Primary"
LIMIT = 150_000_000


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png_with(kind: bytes, body: bytes) -> bytes:
    """A real PNG with one more chunk inserted right after IHDR."""
    data = shared("metadata", "exifr-fixtures/png/png_with_exif_and_gps.png").read_bytes()
    after_header = 8 + 12 + 13
    return data[:after_header] + _png_chunk(kind, body) + data[after_header:]


def _assert_cleaned(data: bytes, fmt: str, expected_key: str) -> bytes:
    """The input reports the hidden data; the output has none of it, verifies and decodes."""
    assert expected_key in {item.key for item in read_metadata(data, fmt) if item.privacy}
    with pytest.raises(VerificationError, match=expected_key):
        verify_clean(data, fmt)
    clean, removed = strip_metadata(data, fmt)
    assert expected_key in removed
    assert SECRET not in clean and b"Emily" not in clean
    verify_clean(clean, fmt)
    check_container(clean, fmt, LIMIT)
    check_decodes(clean, fmt, LIMIT)
    return clean


@pytest.mark.parametrize("kind, size", [(b"gAMA", 4), (b"pHYs", 9), (b"sRGB", 1), (b"cHRM", 32)])
def test_text_appended_inside_a_kept_png_chunk_is_cut(kind: bytes, size: int) -> None:
    body = bytes(range(1, size + 1)) + SECRET
    clean = _assert_cleaned(_png_with(kind, body), "PNG", f"PNG:{kind.decode()}")
    start = clean.index(kind) - 4
    (length,) = struct.unpack(">I", clean[start : start + 4])
    assert length == size and clean[start + 8 : start + 8 + size] == body[:size]  # the value is kept


def test_pixels_of_a_png_with_a_cut_chunk_are_unchanged() -> None:
    data = _png_with(b"gAMA", struct.pack(">I", 45455) + SECRET)
    clean, _ = strip_metadata(data, "PNG")
    with Image.open(io.BytesIO(data)) as before, Image.open(io.BytesIO(clean)) as after:
        assert before.tobytes() == after.tobytes()
        assert after.info["gamma"] == pytest.approx(0.45455)


def _animated_gif() -> bytes:
    out = io.BytesIO()
    frames = [Image.new("RGB", (32, 32), (i * 80, 0, 0)) for i in range(3)]
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=70, loop=3)
    return out.getvalue()


def test_text_inside_a_gif_graphic_control_extension_is_cut() -> None:
    data = _animated_gif()
    at = data.index(b"\x21\xf9\x04")
    hidden = data[: at + 7] + bytes([len(SECRET)]) + SECRET + data[at + 7 :]  # an extra sub-block
    clean = _assert_cleaned(hidden, "GIF", "GIF:ext:F9")
    with Image.open(io.BytesIO(clean)) as image:
        assert image.n_frames == 3 and image.info["duration"] == 70


def test_text_inside_a_gif_looping_extension_is_cut() -> None:
    data = _animated_gif()
    at = data.index(b"NETSCAPE2.0") + 11
    hidden = data[: at + 4] + bytes([len(SECRET)]) + SECRET + data[at + 4 :]
    clean = _assert_cleaned(hidden, "GIF", "GIF:app:NETSCAPE2.0")
    with Image.open(io.BytesIO(clean)) as image:
        assert image.info["loop"] == 3


def _jpeg() -> bytes:
    return shared("metadata", "ianare-exif-samples/jpg/gps/DSCN0010.jpg").read_bytes()


@pytest.mark.parametrize("marker", [0xF0, 0xF7, 0xFD, 0x02])
def test_unknown_jpeg_markers_are_dropped(marker: int) -> None:
    data = _jpeg()
    segment = bytes([0xFF, marker]) + struct.pack(">H", len(SECRET) + 2) + SECRET
    dqt = next(s for s in layout(data).segments if s.marker == 0xDB)
    hidden = data[: dqt.start] + segment + data[dqt.start :]
    _assert_cleaned(hidden, "JPEG", f"JPEG:Marker0x{marker:02X}")


def test_bytes_appended_inside_a_jpeg_table_are_cut() -> None:
    data = _jpeg()
    dqt = next(s for s in layout(data).segments if s.marker == 0xDB)
    payload = data[dqt.start + 4 : dqt.end] + SECRET
    hidden = data[: dqt.start] + b"\xff\xdb" + struct.pack(">H", len(payload) + 2) + payload + data[dqt.end :]
    clean = _assert_cleaned(hidden, "JPEG", "JPEG:DQT")
    with Image.open(io.BytesIO(_jpeg())) as before, Image.open(io.BytesIO(clean)) as after:
        assert before.tobytes() == after.tobytes()


def test_real_files_have_nothing_hidden_in_their_kept_structures() -> None:
    """No false alarm: every real photo's kept chunks, extensions and tables are at their own sizes."""
    for relative in ("exifr-fixtures/png/png_with_exif_and_gps.png", "exiftool-t-images/PNG.png",
                     "exiftool-t-images/GIF.gif", "ianare-exif-samples/jpg/gps/DSCN0010.jpg"):
        data = shared("metadata", relative).read_bytes()
        fmt = "PNG" if relative.endswith(".png") else "GIF" if relative.endswith(".gif") else "JPEG"
        keys = {item.key for item in read_metadata(data, fmt)}
        assert not {key for key in keys if key.split(":")[1] in ("gAMA", "pHYs", "IDAT", "DQT", "DHT", "SOF", "ext:F9")}


def test_text_hidden_after_the_compressed_image_inside_idat_is_cut() -> None:
    data = shared("metadata", "exifr-fixtures/png/png_with_exif_and_gps.png").read_bytes()
    last_idat = data.rindex(b"IDAT") - 4
    (length,) = struct.unpack(">I", data[last_idat : last_idat + 4])
    body = data[last_idat + 8 : last_idat + 8 + length] + SECRET
    hidden = data[:last_idat] + _png_chunk(b"IDAT", body) + data[last_idat + 12 + length :]
    with Image.open(io.BytesIO(hidden)) as image:
        image.load()  # decoders ignore what follows the zlib stream: the text would travel unseen
    clean = _assert_cleaned(hidden, "PNG", "PNG:IDAT")
    with Image.open(io.BytesIO(data)) as before, Image.open(io.BytesIO(clean)) as after:
        assert before.tobytes() == after.tobytes()


def _with_segment_before_sos(data: bytes, segment: bytes) -> bytes:
    sos = next(s for s in layout(data).segments if s.marker == 0xDA)
    return data[: sos.start] + segment + data[sos.start :]


def _table_segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


@pytest.mark.parametrize("table", [
    _table_segment(0xDB, b"\x03" + SECRET[:32] * 2),  # quantisation table 3: no component uses it
    _table_segment(0xC4, b"\x13" + bytes(15) + bytes([len(SECRET)]) + SECRET),  # DHT AC table 3: no scan
], ids=["DQT", "DHT"])
def test_a_whole_table_no_scan_uses_is_dropped(table: bytes) -> None:
    """A complete, valid table is read by decoders without complaint, yet nothing uses it: it goes."""
    data = _jpeg()
    hidden = _with_segment_before_sos(data, table)
    with Image.open(io.BytesIO(hidden)) as image:
        image.load()  # the input decodes: the table is well formed
    clean, _ = strip_metadata(hidden, "JPEG")
    assert SECRET[:20] not in clean
    verify_clean(clean, "JPEG")
    with Image.open(io.BytesIO(data)) as before, Image.open(io.BytesIO(clean)) as after:
        assert before.tobytes() == after.tobytes()


def test_a_table_defined_again_before_any_scan_keeps_only_the_definition_in_use() -> None:
    data = _jpeg()
    dqt = next(s for s in layout(data).segments if s.marker == 0xDB)
    first_table = data[dqt.start + 4 : dqt.start + 4 + 65]
    decoy = first_table[:1] + SECRET[:32] * 2  # same id, redefined by the real one that follows
    hidden = data[: dqt.start] + _table_segment(0xDB, decoy) + data[dqt.start :]
    clean, _ = strip_metadata(hidden, "JPEG")
    assert SECRET[:20] not in clean
    with Image.open(io.BytesIO(data)) as before, Image.open(io.BytesIO(clean)) as after:
        assert before.tobytes() == after.tobytes()


@pytest.mark.parametrize("options", [{"progressive": True, "optimize": True}, {"optimize": True, "subsampling": 0},
                                     {"progressive": True, "quality": 40, "subsampling": 2}])
def test_every_table_a_scan_uses_is_kept(options: dict) -> None:
    """Progressive files define Huffman tables again before each scan: each definition in use stays."""
    with Image.open(io.BytesIO(_jpeg())) as image:
        out = io.BytesIO()
        image.save(out, "JPEG", **options)
    data = out.getvalue()
    clean, _ = strip_metadata(data, "JPEG")
    check_decodes(clean, "JPEG", LIMIT)
    with Image.open(io.BytesIO(data)) as before, Image.open(io.BytesIO(clean)) as after:
        assert before.tobytes() == after.tobytes()
    assert [s.marker for s in layout(clean).segments if s.marker in (0xC4, 0xDA)] == \
        [s.marker for s in layout(data).segments if s.marker in (0xC4, 0xDA)]


def test_text_appended_inside_a_webp_vp8x_chunk_is_cut() -> None:
    data = shared("metadata", "exiftool-t-images/RIFF.webp").read_bytes()
    assert data[12:16] == b"VP8X"
    body = data[20:30] + SECRET + (b"\0" if len(SECRET) % 2 else b"")
    chunk = b"VP8X" + struct.pack("<I", 10 + len(SECRET)) + body
    rest = b"WEBP" + chunk + data[30:]
    hidden = b"RIFF" + struct.pack("<I", len(rest)) + rest
    clean = _assert_cleaned(hidden, "WEBP", "WEBP:VP8X")
    with Image.open(io.BytesIO(data)) as before, Image.open(io.BytesIO(clean)) as after:
        assert before.tobytes() == after.tobytes()


def _fresh(data: bytes) -> list[tuple[int, int, int]]:
    """The layout of `data` found by a full search, nothing reused from an earlier file."""
    found, _ = jpeg._layout(data, ())
    return [(s.marker, s.start, s.end) for s in found.segments]


def test_an_outputs_scans_compared_with_its_inputs_end_where_a_full_search_ends() -> None:
    """layout() compares an output's scans with its input's instead of searching them again; over
    every real JPEG (baseline and progressive), the segments are those a full search finds."""
    photos = sorted(p for p in shared("metadata").rglob("*") if p.suffix.lower() in (".jpg", ".jpeg"))
    compared = 0
    for path in photos:
        data = path.read_bytes()
        try:
            layout(data)
            clean, _ = strip_metadata(data, "JPEG")
        except ScrubError:
            continue  # a damaged test file: nothing is written for it
        compared += 1
        assert [(s.marker, s.start, s.end) for s in layout(clean).segments] == _fresh(clean), path
    assert compared > 20


def test_a_marker_at_a_copied_scans_last_byte_is_found() -> None:
    """A scan ending in a fill byte (0xFF) copied in front of a different byte: the last byte is
    looked at with what follows it here, so a marker starting there is still found."""
    data = shared("metadata", "exiftool-t-images/IPTC.jpg").read_bytes()
    eoi = data.rindex(b"\xff\xd9")
    source = data[:eoi] + b"\xff" + data[eoi:]  # a fill byte before the end-of-image marker
    copy = data[:eoi] + b"\xff\xd9"  # the scan's copy, but its last byte now starts the marker
    layout(source)
    assert jpeg._last.scans[-1][-1] == 0xFF  # the scan compared against ends in the fill byte
    assert [(s.marker, s.start, s.end) for s in layout(copy).segments] == _fresh(copy)
    assert layout(copy).segments[-1].start == eoi
