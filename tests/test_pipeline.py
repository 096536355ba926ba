"""End to end through scrub_image: orientation, fail-closed detectors, proof of covering."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

import scrubkit
from scrubkit.detect import faces
from scrubkit.types import Region
from tests.conftest import EXAMPLES

PHOTOS = EXAMPLES / "photos"


def exiftool(path: Path) -> dict[str, object]:
    """Everything an independent reader finds in the file."""
    out = subprocess.run(["exiftool", "-j", "-a", "-G1", "-n", str(path)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)[0]


def iou(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    x0, y0, x1, y1 = max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])
    inter = max(0, x1 - x0) * max(0, y1 - y0)
    area = lambda r: (r[2] - r[0]) * (r[3] - r[1])  # noqa: E731
    return inter / (area(a) + area(b) - inter)


def test_metadata_only_keeps_orientation_tag_and_strips_the_rest(tmp_path: Path) -> None:
    out = tmp_path / "o.jpg"
    result = scrubkit.scrub_image(PHOTOS / "portrait-sideways.jpg", out, "metadata-only")
    assert result.status == "clean" and not result.regions
    tags = exiftool(out)
    assert tags.get("IFD0:Orientation") == 6
    assert not [k for k in tags if k.startswith(("GPS:", "XMP")) or "Serial" in k or "Artist" in k]


def test_faces_land_on_the_face_of_a_photo_stored_sideways(tmp_path: Path) -> None:
    upright = scrubkit.scrub_image(PHOTOS / "portrait.jpg", tmp_path / "a.jpg", "standard")
    sideways = scrubkit.scrub_image(PHOTOS / "portrait-sideways.jpg", tmp_path / "b.jpg", "standard")
    assert upright.status == sideways.status == "clean"
    [face_a] = [r for r in upright.regions if r.kind == "face"]
    [face_b] = [r for r in sideways.regions if r.kind == "face"]
    assert iou(face_a.box, face_b.box) > 0.8  # same place once the EXIF rotation is applied
    with Image.open(tmp_path / "b.jpg") as img:
        assert img.size == (512, 512)
    tags = exiftool(tmp_path / "b.jpg")
    assert tags.get("IFD0:Orientation") in (None, 1)  # rotation is in the pixels now
    assert not [k for k in tags if k.startswith("GPS:")]


def test_covered_face_differs_from_the_original_and_rest_is_kept(tmp_path: Path) -> None:
    result = scrubkit.scrub_image(PHOTOS / "portrait.jpg", tmp_path / "a.jpg", "standard")
    [face] = result.regions
    x0, y0, x1, y1 = face.box
    before = np.asarray(Image.open(PHOTOS / "portrait.jpg").convert("RGB"), dtype=np.int16)
    after = np.asarray(Image.open(tmp_path / "a.jpg").convert("RGB"), dtype=np.int16)
    cx, cy, r = (x0 + x1) // 2, (y0 + y1) // 2, (x1 - x0) // 6
    assert np.abs(before[cy - r : cy + r, cx - r : cx + r] - after[cy - r : cy + r, cx - r : cx + r]).mean() > 8
    assert np.abs(before[400:, :100] - after[400:, :100]).mean() < 3  # far from the face: unchanged


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="tunes glibc's malloc")
def test_a_process_that_covered_a_photo_reuses_the_memory_it_frees(tmp_path: Path) -> None:
    # glibc maps each large block afresh and unmaps it when freed: every photo paid the kernel to
    # map and zero its detectors' arrays again (runtime.keep_freed_memory)
    scrubkit.scrub_image(PHOTOS / "portrait.jpg", tmp_path / "a.jpg", "standard")

    def page_faults_of_a_new_64_mb_array() -> int:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
        np.ones(64 << 20, np.uint8)
        return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before

    page_faults_of_a_new_64_mb_array()
    assert page_faults_of_a_new_64_mb_array() < 8  # mapped afresh: 32 (2 MB pages) to 16384 (4 KB pages)


def test_a_photo_without_people_is_not_touched(tmp_path: Path) -> None:
    result = scrubkit.scrub_image(PHOTOS / "trip" / "rocket.webp", tmp_path / "r.webp", "standard")
    assert result.status == "clean" and result.regions == []


class Broken:
    name = "centerface"

    def detect(self, image: np.ndarray) -> list[Region]:
        raise RuntimeError("onnxruntime: out of memory")


class Moving:
    """Finds a new face wherever nothing is covered yet: covering can never catch up."""

    name = "centerface"

    def __init__(self) -> None:
        self.calls = 0

    def detect(self, image: np.ndarray) -> list[Region]:
        self.calls += 1
        x = 60 * self.calls
        return [Region((x, 10, x + 40, 50), "face", 0.9, self.name)]


@pytest.mark.parametrize("detector, words", [(Broken(), "centerface detector failed"), (Moving(), "still detected")])
def test_detector_failures_fail_the_photo_and_write_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, detector: object, words: str
) -> None:
    monkeypatch.setattr(faces, "face_detector", lambda threshold=0.2: detector)
    monkeypatch.setattr(faces, "verification_detector", lambda threshold=0.2: detector)
    out = tmp_path / "out.jpg"
    result = scrubkit.scrub_image(PHOTOS / "portrait.jpg", out, "standard")
    assert result.status == "failed" and words in (result.reason or "")
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_a_failing_person_segmentation_is_named_in_the_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from scrubkit.detect import people

    def broken(image: np.ndarray) -> None:
        raise RuntimeError("tflite: cannot allocate tensors")

    monkeypatch.setattr(people, "person_mask", broken)
    out = tmp_path / "out.jpg"
    result = scrubkit.scrub_image(PHOTOS / "portrait.jpg", out, "strict")
    assert result.status == "failed" and "person segmentation or uniform detector failed" in (result.reason or "")
    assert not out.exists()


@pytest.mark.parametrize(
    "region, leak",
    [
        (Region((0, 0, 9, 9), "face", 0.21, "centerface"), True),
        (Region((0, 0, 9, 9), "text", 0.9, "rapidocr", text="LS8 2AB"), True),
        (Region((0, 0, 9, 9), "text", 0.9, "rapidocr", text="7"), False),
        (Region((0, 0, 9, 9), "text", 0.3, "rapidocr", text="ion"), False),
    ],
)
def test_what_counts_as_still_visible_after_covering(region: Region, leak: bool) -> None:
    from scrubkit.covering import is_leak

    assert is_leak(region) is leak
