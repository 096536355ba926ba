"""Metadata stripping on the 61 real photos in ../shared/data/metadata, checked with exiftool."""

from __future__ import annotations

import importlib.util
import io
import json
import subprocess
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
from PIL import Image, JpegImagePlugin

from scrubkit.errors import UnsupportedFormat, VerificationError
from scrubkit.media import atomic_write, describe_risks, read_metadata, sniff_format, strip_metadata, verify_clean
from scrubkit.media.decode import decode
from scrubkit.media.encode import encode
from scrubkit.media.opening import register_heif
from tests.conftest import SHARED_DATA, shared

UNSUPPORTED = {"exiftool-t-images/DNG.dng": "DNG", "exiftool-t-images/Photoshop.psd": "PSD",
               "exiftool-t-images/JXL2.jxl": "JPEG XL"}


def _residual() -> ModuleType:
    """The shared privacy classifier (/work/shared/tools/residual.py), so tests judge as benchmarks do."""
    spec = importlib.util.spec_from_file_location("residual", SHARED_DATA.parent / "tools" / "residual.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _exiftool(paths: list[Path], *tags: str) -> dict[str, dict]:
    result = subprocess.run(["exiftool", "-j", "-n", *tags, *map(str, paths)], capture_output=True, text=True)
    return {Path(r["SourceFile"]).name: r for r in json.loads(result.stdout)}


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path, str, list[str]]]:
    """relative name -> (original, cleaned copy, format, removed) for every supported photo."""
    out_dir = tmp_path_factory.mktemp("clean")
    results = {}
    for original in sorted(shared("metadata").rglob("*")):
        relative = original.relative_to(shared("metadata")).as_posix()
        if not original.is_file() or original.suffix == ".md" or relative in UNSUPPORTED:
            continue
        data = original.read_bytes()
        fmt = sniff_format(data)
        clean, removed = strip_metadata(data, fmt)
        verify_clean(clean, fmt)
        target = out_dir / relative
        atomic_write(target, clean)
        results[relative] = (original, target, fmt, removed)
    return results


def test_every_supported_photo_is_cleaned(cleaned: dict) -> None:
    assert len(cleaned) == 58
    assert {fmt for _, _, fmt, _ in cleaned.values()} == {"JPEG", "PNG", "WEBP", "HEIF", "TIFF", "GIF"}


def test_exiftool_finds_no_privacy_tags_in_any_output(cleaned: dict) -> None:
    residual = _residual()
    originals = [str(o) for o, _, _, _ in cleaned.values()]
    outputs = [str(c) for _, c, _, _ in cleaned.values()]
    dirty_before = [r for r in residual.exiftool_json(originals) if residual.analyse(r)["privacy_total"]]
    assert len(dirty_before) >= 50  # the check below has something to find
    left = {r["SourceFile"]: [k for c in residual.analyse(r)["cats"].values() for k in c]
            for r in residual.exiftool_json(outputs) if residual.analyse(r)["privacy_total"]}
    assert left == {}


@pytest.mark.parametrize("relative, label", UNSUPPORTED.items())
def test_raw_psd_and_jpeg_xl_are_refused(relative: str, label: str) -> None:
    with pytest.raises(UnsupportedFormat, match=label):
        sniff_format(shared("metadata", relative).read_bytes())


def test_jpeg_scan_data_is_bit_identical_and_pixels_unchanged(cleaned: dict) -> None:
    jpegs = [(o, c) for o, c, fmt, _ in cleaned.values() if fmt == "JPEG"]
    assert len(jpegs) >= 40
    for original, clean in jpegs:
        before, after = original.read_bytes(), clean.read_bytes()
        scans = after[after.index(b"\xff\xda") :]  # the output holds no APP data that could fake a marker
        assert scans in before, clean.name
        assert np.array_equal(np.asarray(Image.open(original)), np.asarray(Image.open(clean))), clean.name


def test_lossless_and_heif_pixels_are_identical(cleaned: dict) -> None:
    register_heif()
    others = [(o, c) for o, c, fmt, _ in cleaned.values() if fmt != "JPEG"]
    for original, clean in others:
        with Image.open(original) as before, Image.open(clean) as after:
            assert before.mode == after.mode and before.size == after.size, clean.name
            assert np.array_equal(np.asarray(before), np.asarray(after)), clean.name


def test_icc_profile_is_kept_byte_for_byte(cleaned: dict) -> None:
    register_heif()
    with_icc = 0
    for original, clean, _, _ in cleaned.values():
        with Image.open(original) as before, Image.open(clean) as after:
            icc = before.info.get("icc_profile")
            with_icc += bool(icc)
            assert after.info.get("icc_profile") == icc, clean.name
    assert with_icc >= 14


def test_display_orientation_is_kept(cleaned: dict) -> None:
    originals = _exiftool([o for o, _, _, _ in cleaned.values()], "-Orientation", "-Rotation")
    outputs = _exiftool([c for _, c, _, _ in cleaned.values()], "-Orientation", "-Rotation")
    rotated = 0
    for name, before in originals.items():
        after = outputs[name]
        if name.lower().endswith((".heic", ".heif")):  # HEIF displays by irot; its EXIF Orientation is a note
            assert after.get("Rotation", 0) == before.get("Rotation", 0), name
        else:
            assert after.get("Orientation", 1) == before.get("Orientation", 1), name
        rotated += before.get("Orientation", 1) != 1
    assert rotated >= 1  # portrait_6.jpg


def test_removed_names_are_the_privacy_items_inspect_lists(cleaned: dict) -> None:
    """Stripping lists names without rendering values (FormatCleaner.privacy_keys): the names must be
    exactly those of read_metadata's privacy items, whose values are still rendered afterwards."""
    for name, (original, _, fmt, removed) in cleaned.items():
        items = read_metadata(original.read_bytes(), fmt)
        assert removed == list(dict.fromkeys(item.key for item in items if item.privacy)), name
    gps = read_metadata(shared("metadata", "ianare-exif-samples/jpg/gps/DSCN0010.jpg").read_bytes(), "JPEG")
    assert next(item.value for item in gps if item.key == "GPS:GPSLatitude").startswith("43.4")


def test_strip_reports_what_it_removed(cleaned: dict) -> None:
    removed = {name: names for name, (_, _, _, names) in cleaned.items()}
    assert {"GPS:GPSLatitude", "GPS:GPSLongitude", "EXIF:Make", "Thumbnail:ThumbnailImage"} <= set(
        removed["ianare-exif-samples/jpg/gps/DSCN0010.jpg"])
    assert "MakerNotes:MakerNote" in removed["exiftool-t-images/Canon.jpg"]
    assert "IPTC:City" in removed["exiftool-t-images/IPTC.jpg"]
    assert "PNG:tEXt:comment" in removed["exiftool-t-images/PNG.png"]
    assert "COM:Comment" in removed["exiftool-t-images/GIF.gif"]
    assert "GPS:GPSLatitude" in removed["exiv2-test-data/2021-02-13-1929.heic"]
    assert {"EXIF:Make", "EXIF:BodySerialNumber", "XMP:rights", "IPTC:Keywords", "Thumbnail:PhotoshopThumbnail"} <= \
        set(removed["exifr-fixtures/tif-with-iptc-icc-xmp.tif"])


def test_verify_clean_names_what_an_unclean_file_still_carries() -> None:
    data = shared("metadata", "ianare-exif-samples/jpg/gps/DSCN0010.jpg").read_bytes()
    with pytest.raises(VerificationError, match="GPS:GPSLatitude"):
        verify_clean(data, "JPEG")


def test_describe_risks_speaks_plainly() -> None:
    data = shared("metadata", "ianare-exif-samples/jpg/gps/DSCN0010.jpg").read_bytes()
    lines = describe_risks(read_metadata(data, "JPEG"))
    assert "GPS position 43.46745, 11.88513" in lines
    assert "original date 2008:10:22 16:28:39" in lines
    assert "embedded thumbnail (may show the uncropped original)" in lines
    iptc = describe_risks(read_metadata(shared("metadata", "exiftool-t-images/IPTC.jpg").read_bytes(), "JPEG"))
    assert any(line.startswith("IPTC place: Kingston") for line in iptc)


def test_values_are_safe_to_print_on_a_terminal() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, "JPEG", comment=b"Jane\x1b[2J\x1b]0;owned\x07 Smith\0")
    lines = describe_risks(read_metadata(buffer.getvalue(), "JPEG"))
    assert lines == ["comment: Jane [2J ]0;owned Smith"]


def _photo_with_private_exif(orientation: int) -> tuple[Image.Image, bytes]:
    image = Image.fromarray(np.random.default_rng(1).integers(0, 255, (40, 60, 3), dtype=np.uint8))
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x013B] = "Jane Smith"  # Artist
    exif.get_ifd(0x8825).update({1: "N", 2: (53.0, 48.0, 2.6), 3: "W", 4: (1.0, 32.0, 56.8)})
    return image, exif.tobytes()


XMP_WITH_PERSON = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
                   b'<rdf:Description xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/" '
                   b'Iptc4xmpExt:PersonInImage="Amy Smith"/></rdf:RDF></x:xmpmeta>')


@pytest.mark.parametrize("fmt, options", [
    ("WEBP", {"lossless": True}), ("PNG", {}), ("AVIF", {"quality": 80}), ("TIFF", {}),
])
def test_orientation_survives_and_private_exif_goes_in_generated_files(fmt: str, options: dict, tmp_path: Path) -> None:
    image, exif = _photo_with_private_exif(orientation=6)
    buffer = io.BytesIO()
    extra = {"tiffinfo": {0x0112: 6, 0x013B: "Jane Smith"}} if fmt == "TIFF" else {"exif": exif}
    image.save(buffer, fmt, xmp=XMP_WITH_PERSON, **extra, **options)
    data = buffer.getvalue()
    assert sniff_format(data) == fmt
    assert any(item.privacy for item in read_metadata(data, fmt))
    clean, removed = strip_metadata(data, fmt)
    verify_clean(clean, fmt)
    path = tmp_path / f"photo.{fmt.lower()}"
    path.write_bytes(clean)
    residual = _residual()
    (record,) = residual.exiftool_json([str(path)])
    assert residual.analyse(record)["privacy_total"] == 0, record
    with Image.open(io.BytesIO(data)) as before, Image.open(path) as after:
        assert np.array_equal(np.asarray(before), np.asarray(after))  # as displayed: Pillow orients TIFFs
        if fmt != "TIFF":  # TIFF comes out upright with no tag (see formats/tiff.py)
            assert after.getexif().get(0x0112) == before.getexif().get(0x0112) == 6


def test_decode_applies_orientation_and_encode_writes_no_metadata(tmp_path: Path) -> None:
    data = shared("metadata", "ianare-exif-samples/jpg/orientation/portrait_6.jpg").read_bytes()
    decoded = decode(data, "JPEG", max_pixels=10_000_000)
    assert decoded.pixels.shape == (600, 450, 3) and decoded.icc  # stored 600x450 landscape, Orientation 6
    out = encode(decoded.pixels, decoded.alpha, decoded, quality=92)
    verify_clean(out, "JPEG")
    assert [i.key for i in read_metadata(out, "JPEG")] == ["JFIF:JFIF", "ICC:ICC_Profile"]
    with Image.open(io.BytesIO(out)) as written:
        assert written.size == (450, 600) and JpegImagePlugin.get_sampling(written) == 0  # 4:4:4
        assert written.info["icc_profile"] == decoded.icc


@pytest.mark.parametrize("relative", [
    "exifr-fixtures/png/IMG_20180725_163423-1.png", "ianare-exif-samples/tiff/DudleyLeavittUtah.tiff",
    "exiftool-t-images/GIF.gif", "exiftool-t-images/RIFF.webp", "ianare-exif-samples/heic/samplefilehub.heif",
])
def test_encode_round_trip_keeps_format_and_lossless_pixels(relative: str) -> None:
    data = shared("metadata", relative).read_bytes()
    fmt = sniff_format(data)
    decoded = decode(data, fmt, max_pixels=10_000_000)
    out = encode(decoded.pixels, decoded.alpha, decoded, quality=92)
    assert sniff_format(out) == fmt
    verify_clean(out, fmt)
    again = decode(out, fmt, max_pixels=10_000_000)
    assert again.pixels.shape == decoded.pixels.shape
    if decoded.lossless and fmt != "GIF":
        assert np.array_equal(again.pixels, decoded.pixels)
        assert (again.alpha is None) == (decoded.alpha is None)


def test_atomic_write_creates_folders_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b c" / "photo é.jpg"
    atomic_write(target, b"first")
    atomic_write(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in target.parent.iterdir()] == ["photo é.jpg"]


def test_atomic_write_failure_keeps_the_old_file_and_removes_the_temporary(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.mkdir()
    (target / "inside").write_bytes(b"x")
    with pytest.raises(OSError):
        atomic_write(target, b"data")  # cannot replace a non-empty folder
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]


@pytest.mark.parametrize("fmt", ["GIF", "PNG", "WEBP", "TIFF"])
def test_every_frame_of_animations_and_multipage_files_survives(fmt: str) -> None:
    rng = np.random.default_rng(2)
    frames = [Image.fromarray(rng.integers(0, 255, (24, 32, 3), dtype=np.uint8)) for _ in range(3)]
    if fmt == "GIF":
        frames = [frame.quantize(64) for frame in frames]
    buffer = io.BytesIO()
    private = {"TIFF": {"tiffinfo": {0x013B: "Jane Smith"}}, "GIF": {"comment": b"Jane Smith, Leeds"}}.get(
        fmt, {"exif": _photo_with_private_exif(1)[1]})
    frames[0].save(buffer, fmt, save_all=True, append_images=frames[1:], **private)
    data = buffer.getvalue()
    assert any(item.privacy for item in read_metadata(data, fmt))
    clean, _ = strip_metadata(data, fmt)
    verify_clean(clean, fmt)
    with Image.open(io.BytesIO(data)) as before, Image.open(io.BytesIO(clean)) as after:
        assert after.n_frames == before.n_frames == 3
        for index in range(3):
            before.seek(index)
            after.seek(index)
            assert np.array_equal(np.asarray(before.convert("RGB")), np.asarray(after.convert("RGB"))), index
