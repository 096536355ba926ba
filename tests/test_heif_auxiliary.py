"""HEIC outputs: Apple's own brands and auxiliary images (HDR gain map, depth, portrait mattes) are dropped;
the primary image, its thumbnail, ICC profile, orientation and transparency stay."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import numpy as np
import pillow_heif
from PIL import Image

from scrubkit.media import describe_risks, read_metadata, strip_metadata, verify_clean
from scrubkit.media.checks import check_container, check_decodes
from scrubkit.media.opening import register_heif
from tests.conftest import shared

IPHONE = "ianare-exif-samples/heic/mobile/iphone_13_pro_max.HEIC"


def _exiftool(path: Path) -> dict:
    tags = ["-AuxiliaryImageType", "-CompatibleBrands", "-Rotation", "-ProfileDescription", "-ImageSpatialExtent"]
    result = subprocess.run(["exiftool", "-j", "-a", *tags, str(path)], capture_output=True, text=True)
    return json.loads(result.stdout)[0]


def test_apple_brands_and_the_hdr_gain_map_are_dropped(tmp_path: Path) -> None:
    data = shared("metadata", IPHONE).read_bytes()
    keys = {item.key for item in read_metadata(data, "HEIF") if item.privacy}
    assert {"HEIF:AppleBrand", "HEIF:AuxiliaryImage"} <= keys
    assert pillow_heif.open_heif(data).info["aux"]  # the original has its gain map
    assert any("hdrgainmap" in line for line in describe_risks(read_metadata(data, "HEIF")))

    clean, removed = strip_metadata(data, "HEIF")
    verify_clean(clean, "HEIF")
    check_container(clean, "HEIF", 150_000_000)
    check_decodes(clean, "HEIF", 150_000_000)
    assert {"HEIF:AppleBrand", "HEIF:AuxiliaryImage"} <= set(removed)

    cleaned = pillow_heif.open_heif(clean)
    assert len(cleaned) == 1 and not cleaned.info["aux"] and not cleaned.info["depth_images"]
    assert cleaned.info["thumbnails"]  # the thumbnail is a copy of the picture, kept

    path = tmp_path / "clean.heic"
    path.write_bytes(clean)
    found = _exiftool(path)
    assert "AuxiliaryImageType" not in found
    assert not [brand for brand in found["CompatibleBrands"] if brand.startswith("Mi")]
    assert found["Rotation"] == 270 and found["ProfileDescription"] == "Display P3"
    assert "2016x1512" not in json.dumps(found)  # the gain map's size property went with it

    register_heif()
    with Image.open(io.BytesIO(data)) as before, Image.open(io.BytesIO(clean)) as after:
        assert np.array_equal(np.asarray(before), np.asarray(after))


def test_transparency_is_an_auxiliary_image_that_stays() -> None:
    register_heif()
    rgba = Image.new("RGBA", (64, 64), (10, 200, 30, 255))
    rgba.paste((0, 0, 0, 0), (0, 0, 32, 64))
    out = io.BytesIO()
    rgba.save(out, "HEIF", quality=-1)
    clean, _ = strip_metadata(out.getvalue(), "HEIF")
    verify_clean(clean, "HEIF")
    with Image.open(io.BytesIO(clean)) as image:
        assert image.mode == "RGBA" and image.getpixel((5, 5))[3] == 0 and image.getpixel((50, 5))[3] == 255
