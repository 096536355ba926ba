"""ICC profile descriptions: a profile named after a person or a device is reported by `inspect`, and the
output's profile gets a neutral description while every other byte of it (the colour data) is kept."""

from __future__ import annotations

import hashlib
import io
import json
import struct
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageCms

from scrubkit import inspect
from scrubkit.media import read_metadata, strip_metadata, verify_clean
from scrubkit.media.checks import check_container
from scrubkit.media.decode import decode
from scrubkit.media.formats.icc import NEUTRAL
from scrubkit.media.opening import register_heif
from tests.conftest import shared

NAME = "Emily Smith iPad"


def _description_tag(profile: bytes) -> tuple[int, int]:
    (count,) = struct.unpack(">I", profile[128:132])
    for index in range(count):
        signature, offset, size = struct.unpack(">4sII", profile[132 + 12 * index : 144 + 12 * index])
        if signature == b"desc":
            return offset, offset + size
    raise AssertionError("no desc tag")


def _renamed(profile: bytes, name: str) -> bytes:
    """The profile with its description (v2 ASCII or v4 first mluc string) set to `name`."""
    out = bytearray(profile)
    start, _ = _description_tag(profile)
    if profile[start : start + 4] == b"desc":
        (count,) = struct.unpack(">I", profile[start + 8 : start + 12])
        assert count > len(name)
        out[start + 12 : start + 12 + count] = name.encode().ljust(count, b"\0")
    else:
        length, offset = struct.unpack(">II", profile[start + 20 : start + 28])
        text = name.encode("utf-16-be")[:length]
        out[start + offset : start + offset + length] = text.ljust(length, b"\0")
    return bytes(out)


def _adobe_v2() -> bytes:
    data = shared("metadata", "exifr-fixtures/BonTonARTSTORplusIPTC.jpg").read_bytes()
    with Image.open(io.BytesIO(data)) as image:
        return image.info["icc_profile"]


def _lcms_v4() -> bytes:
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    assert profile[8] == 4
    return profile


def _with_profile(fmt: str, profile: bytes) -> bytes:
    if fmt == "HEIF":
        register_heif()
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 120, 40)).save(out, fmt, icc_profile=profile)
    return out.getvalue()


def _output_profile(data: bytes) -> bytes:
    register_heif()
    with Image.open(io.BytesIO(data)) as image:
        return image.info["icc_profile"]


def _exiftool_description(path: Path) -> str:
    result = subprocess.run(["exiftool", "-j", "-ProfileDescription", str(path)], capture_output=True, text=True)
    return json.loads(result.stdout)[0].get("ProfileDescription", "")


@pytest.mark.parametrize("version", ["v2", "v4"])
@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "TIFF", "HEIF"])
def test_output_profile_gets_a_neutral_description_and_keeps_its_colour_data(
        fmt: str, version: str, tmp_path: Path) -> None:
    named = _renamed(_adobe_v2() if version == "v2" else _lcms_v4(), NAME)
    data = _with_profile(fmt, named)
    assert ("ICC", "ProfileDescription") in {(i.group, i.name) for i in read_metadata(data, fmt) if i.privacy}
    clean, removed = strip_metadata(data, fmt)
    assert "ICC:ProfileDescription" in removed
    verify_clean(clean, fmt)
    check_container(clean, fmt, 150_000_000)
    profile = _output_profile(clean)
    start, end = _description_tag(named)
    assert len(profile) == len(named)
    assert profile[:start] == named[:start] and profile[end:] == named[end:]  # colour data byte-identical
    assert NAME.encode() not in clean and NAME.encode("utf-16-be") not in clean
    path = tmp_path / f"out.{fmt.lower()}"
    path.write_bytes(clean)
    assert _exiftool_description(path) == NEUTRAL


def test_inspect_reports_a_profile_named_after_a_person(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(_with_profile("JPEG", _renamed(_adobe_v2(), NAME)))
    found = inspect(path)
    assert found.leaks
    assert any(NAME in line and "colour profile" in line for line in found.risks), found.risks


def test_standard_profiles_are_not_reported_and_stay_byte_identical() -> None:
    for profile in (_adobe_v2(), _lcms_v4()):
        data = _with_profile("PNG", profile)
        assert not [item for item in read_metadata(data, "PNG") if item.privacy]
        assert _output_profile(strip_metadata(data, "PNG")[0]) == profile


def test_the_profile_id_is_recomputed() -> None:
    named = bytearray(_renamed(_lcms_v4(), NAME))
    named[84:100] = hashlib.md5(bytes(named[:44]) + bytes(4) + bytes(named[48:64]) + bytes(4)
                                + bytes(named[68:84]) + bytes(16) + bytes(named[100:])).digest()
    profile = _output_profile(strip_metadata(_with_profile("PNG", bytes(named)), "PNG")[0])
    zeroed = bytearray(profile)
    zeroed[44:48], zeroed[64:68], zeroed[84:100] = bytes(4), bytes(4), bytes(16)
    assert profile[84:100] == hashlib.md5(zeroed).digest() != named[84:100]


def test_re_encoded_pixels_carry_the_neutral_profile() -> None:
    decoded = decode(_with_profile("JPEG", _renamed(_adobe_v2(), NAME)), "JPEG", 150_000_000)
    assert decoded.icc is not None and NAME.encode() not in decoded.icc and NEUTRAL.encode() in decoded.icc
