"""A format is one file: its cleaner declares everything about it; no other list of formats exists.
And a file whose extension names another format than its content gets a warning in its Result."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from scrubkit import scrub_image
from scrubkit.media import SUPPORTED, sniff_format
from scrubkit.media.formats import CLEANERS
from tests.conftest import shared

MEDIA = Path(__file__).resolve().parents[1] / "src" / "scrubkit" / "media"
SAMPLES = {
    "JPEG": "ianare-exif-samples/jpg/gps/DSCN0010.jpg", "PNG": "exiftool-t-images/PNG.png",
    "GIF": "exiftool-t-images/GIF.gif", "WEBP": "exiftool-t-images/RIFF.webp",
    "TIFF": "exiftool-t-images/ExifTool.tif", "HEIF": "ianare-exif-samples/heic/samplefilehub.heif",
}


def test_supported_is_derived_from_the_cleaners() -> None:
    assert SUPPORTED == tuple(CLEANERS) and set(SUPPORTED) >= {*SAMPLES, "AVIF"}
    for fmt, cleaner in CLEANERS.items():
        assert cleaner.format == fmt and cleaner.extensions and all(e.startswith(".") for e in cleaner.extensions)


@pytest.mark.parametrize("fmt", sorted(SAMPLES))
def test_each_format_is_claimed_by_its_own_cleaner_only(fmt: str) -> None:
    data = shared("metadata", SAMPLES[fmt]).read_bytes()
    assert [name for name, cleaner in CLEANERS.items() if cleaner.claims(data)] == [fmt]
    assert sniff_format(data) == fmt


def test_no_list_of_formats_outside_the_format_modules() -> None:
    """The media layer asks the cleaners; only media/formats/<format>.py names a format."""
    names = "|".join(CLEANERS)
    for path in MEDIA.glob("*.py"):
        found = re.findall(rf"[\"']({names})[\"']", path.read_text())
        assert not found, f"{path.name} names formats {found}: ask the cleaner instead"


def test_an_extension_that_lies_gives_a_warning(tmp_path: Path) -> None:
    source = tmp_path / "holiday.png"
    source.write_bytes(shared("metadata", SAMPLES["JPEG"]).read_bytes())
    result = scrub_image(source, tmp_path / "out" / "holiday.png", "metadata-only")
    assert result.status == "clean" and result.format == "JPEG"
    assert result.warnings == ["the extension '.png' says PNG but the content is JPEG (cleaned as JPEG; "
                               "usual extension .jpg)"]
    assert json.loads(json.dumps(result.to_json()))["warnings"] == result.warnings


def test_an_unknown_or_missing_extension_is_said_plainly(tmp_path: Path) -> None:
    for name, expected in (("holiday.dat", "'.dat' is not an image extension"), ("holiday", "has no extension")):
        source = tmp_path / name
        source.write_bytes(shared("metadata", SAMPLES["PNG"]).read_bytes())
        (warning,) = scrub_image(source, tmp_path / "out" / name, "metadata-only").warnings
        assert expected in warning and "PNG" in warning


@pytest.mark.parametrize("name", ["holiday.jpg", "HOLIDAY.JPEG", "holiday.jpe"])
def test_a_matching_extension_gives_no_warning(name: str, tmp_path: Path) -> None:
    source = tmp_path / name
    source.write_bytes(shared("metadata", SAMPLES["JPEG"]).read_bytes())
    assert scrub_image(source, tmp_path / "out.jpg", "metadata-only").warnings == []
