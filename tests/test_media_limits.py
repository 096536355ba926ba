"""Memory per file is bounded: one pixel limit (the policy's), summed over pages and frames; TIFF pages
are converted one at a time; a JPEG header that claims more pixels than its data can hold is refused."""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import pytest
from PIL import Image

from scrubkit import Policy, scrub_image
from scrubkit.errors import CorruptImage, ImageTooLarge, UnsupportedFormat
from scrubkit.media import sniff_format, strip_metadata
from scrubkit.media.checks import check_container, check_decodes
from scrubkit.media.decode import decode
from scrubkit.media.formats import cleaner_for
from scrubkit.media.formats.jpeg import check_scan_sizes, layout
from tests.conftest import shared

REPO = Path(__file__).resolve().parents[1]


def _tiff(pages: list[Image.Image]) -> bytes:
    out = io.BytesIO()
    pages[0].save(out, "TIFF", compression="tiff_adobe_deflate", save_all=True, append_images=pages[1:])
    return out.getvalue()


def test_a_tiff_over_pillows_own_limit_is_cleaned_within_the_documented_max_pixels() -> None:
    data = _tiff([Image.new("L", (10_000, 10_000))])  # 100 MP: over Pillow's 89.5 MP, under 150 MP
    clean, _ = strip_metadata(data, "TIFF", 150_000_000)
    check_container(clean, "TIFF", 150_000_000)
    with pytest.raises(ImageTooLarge, match="over the limit of 50 megapixels"):
        strip_metadata(data, "TIFF", 50_000_000)


def test_pixels_are_summed_over_the_pages_of_a_tiff() -> None:
    data = _tiff([Image.new("RGB", (400, 400), (i * 20, 0, 0)) for i in range(8)])  # 8 x 0.16 MP
    with pytest.raises(ImageTooLarge, match=r"its \d frames/pages hold 1 megapixels together"):
        strip_metadata(data, "TIFF", 1_000_000)
    with pytest.raises(ImageTooLarge):
        check_decodes(data, "TIFF", 1_000_000)
    clean, _ = strip_metadata(data, "TIFF", 2_000_000)
    with Image.open(io.BytesIO(clean)) as image:
        assert image.n_frames == 8
        image.seek(7)
        assert image.getpixel((0, 0)) == (140, 0, 0)


def test_pixels_are_summed_over_the_frames_of_an_animation() -> None:
    out = io.BytesIO()
    frames = [Image.new("RGB", (500, 500), (i * 50, 0, 0)) for i in range(5)]
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:])
    check_decodes(out.getvalue(), "GIF", 1_500_000)
    with pytest.raises(ImageTooLarge, match="frames/pages"):
        check_decodes(out.getvalue(), "GIF", 1_000_000)


def test_a_multipage_tiff_is_converted_one_page_at_a_time(tmp_path: Path) -> None:
    """Ten 27 MB pages: holding them all would take 270 MB more; one at a time stays far below."""
    source = tmp_path / "pages.tif"
    source.write_bytes(_tiff([Image.new("RGB", (3000, 3000), (i * 20, 9, 9)) for i in range(10)]))
    script = textwrap.dedent(f"""
        from scrubkit.media import strip_metadata

        def peak_mb():  # this process's high-water mark (ru_maxrss would count the parent's too)
            status = open("/proc/self/status").read()
            return int(status.split("VmHWM:")[1].split()[0]) // 1024

        data = open({str(source)!r}, "rb").read()
        before = peak_mb()
        clean, _ = strip_metadata(data, "TIFF", 150_000_000)
        print(peak_mb() - before)
    """)
    env = {"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"}
    grown = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert int(grown.stdout) < 150, f"peak memory grew {grown.stdout.strip()} MB while converting"


def _lying_jpeg() -> bytes:
    """A real 160 KB photo whose frame header is rewritten to claim 12000x12000 pixels."""
    data = bytearray(shared("metadata", "ianare-exif-samples/jpg/gps/DSCN0029.jpg").read_bytes())
    sof = next(s for s in layout(bytes(data)).segments if s.marker in (0xC0, 0xC1, 0xC2))
    data[sof.start + 5 : sof.start + 9] = struct.pack(">HH", 12_000, 12_000)
    return bytes(data)


@pytest.mark.parametrize("preset", ["metadata-only", "standard"])
def test_a_jpeg_header_that_lies_about_its_size_is_refused_not_written(preset: str, tmp_path: Path) -> None:
    source = tmp_path / "lying.jpg"
    source.write_bytes(_lying_jpeg())
    result = scrub_image(source, tmp_path / "out.jpg", preset)
    assert result.status == "failed"
    assert "claims 12000x12000 pixels" in (result.reason or "")
    assert not (tmp_path / "out.jpg").exists()


def test_the_lying_header_is_refused_before_decoding() -> None:
    with pytest.raises(CorruptImage, match="too short to hold that many"):
        decode(_lying_jpeg(), "JPEG", Policy().max_pixels)


@pytest.mark.parametrize("options", [{}, {"progressive": True, "optimize": True}, {"optimize": True, "subsampling": 2}])
def test_the_size_bound_holds_for_the_most_compressible_real_jpegs(options: dict) -> None:
    """A flat grey 36 MP image at quality 10 is as small as an honest JPEG gets: it still passes."""
    out = io.BytesIO()
    Image.new("RGB", (6000, 6000), (128, 128, 128)).save(out, "JPEG", quality=10, **options)
    check_scan_sizes(out.getvalue())


def test_every_real_photo_passes_the_size_bounds() -> None:
    checked = set()
    for path in shared("metadata").rglob("*"):
        if path.is_file() and path.suffix != ".md":
            data = path.read_bytes()
            try:
                fmt = sniff_format(data)
            except UnsupportedFormat:
                continue
            cleaner_for(fmt).check_coded_data(data)
            checked.add(fmt)
    assert {"JPEG", "PNG"} <= checked


def _lying_png() -> bytes:
    """A real PNG whose IHDR is rewritten to claim 12000x12000 pixels (its CRC fixed to match)."""
    data = bytearray(shared("metadata", "exifr-fixtures/png/png_with_exif_and_gps.png").read_bytes())
    data[16:24] = struct.pack(">II", 12_000, 12_000)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    return bytes(data)


def test_a_png_header_that_lies_about_its_size_is_refused_not_written(tmp_path: Path) -> None:
    source = tmp_path / "lying.png"
    source.write_bytes(_lying_png())
    result = scrub_image(source, tmp_path / "out.png", "metadata-only")
    assert result.status == "failed" and "claims 12000x12000 pixels" in (result.reason or "")
    assert not (tmp_path / "out.png").exists()


def test_the_png_bound_holds_for_the_most_compressible_real_pngs() -> None:
    out = io.BytesIO()
    Image.new("RGB", (6000, 6000)).save(out, "PNG", compress_level=9)
    check_container(out.getvalue(), "PNG", 150_000_000)
