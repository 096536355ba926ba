"""Face and person detection on real labelled photos: every face a person could recognise is covered."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from scrubkit.detect.faces import CenterFaceDetector, face_detector, verification_detector
from scrubkit.detect.people import torso_regions
from scrubkit.errors import DetectorError
from scrubkit.redact import cover, covered_mask, expand
from scrubkit.types import Region
from tests.conftest import EXAMPLES, shared

MARGIN = 0.25  # Policy().margin
#: group, sport and party photos with faces from 20 px to 160 px tall
GROUP_PHOTOS = [
    "12_Group_Large_Group_12_Group_Large_Group_12_72.jpg",
    "36_Football_americanfootball_ball_36_16.jpg",
    "39_Ice_Skating_Ice_Skating_39_1026.jpg",
    "35_Basketball_playingbasketball_35_876.jpg",
]


@pytest.fixture(scope="module")
def labels() -> tuple[dict, dict]:
    root = shared("faces-groups")
    return json.loads((root / "labels.json").read_text()), json.loads((root / "meta.json").read_text())


def load(name: str) -> np.ndarray:
    return np.asarray(Image.open(shared("faces-groups", "images", name)).convert("RGB"))


def labelled_faces(labels: tuple[dict, dict], name: str, min_height: int = 20) -> list[tuple[int, int, int, int]]:
    boxes, meta = labels[0][name], labels[1][name]["faces"]
    return [
        (x, y, x + w, y + h)
        for (x, y, w, h), face in zip(boxes, meta)
        if not face["invalid"] and face["orig_box"][3] >= min_height
    ]


def covered_regions(image: np.ndarray, faces: list[Region]) -> list[Region]:
    height, width = image.shape[:2]
    return [expand(face, MARGIN, width, height) for face in faces]


def uncovered(faces: list[tuple[int, int, int, int]], mask: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Labelled faces with less than 70% of their pixels actually covered."""
    return [(x0, y0, x1, y1) for x0, y0, x1, y1 in faces if mask[y0:y1, x0:x1].mean() < 0.7]


@pytest.mark.parametrize("name", GROUP_PHOTOS)
def test_every_labelled_face_of_20px_or_more_is_covered(name: str, labels: tuple[dict, dict]) -> None:
    image = load(name)
    found = face_detector().detect(image)
    assert all(r.kind == "face" and r.source == "centerface" for r in found)
    mask = covered_mask(image.shape, covered_regions(image, found))  # the ellipses, not just boxes
    assert uncovered(labelled_faces(labels, name), mask) == []


def test_covered_faces_are_not_found_again_outside_their_cover(labels: tuple[dict, dict]) -> None:
    """The pipeline re-detects on the covered image; pixelated faces must not count as visible."""
    image = load(GROUP_PHOTOS[0])
    regions = covered_regions(image, face_detector().detect(image))
    covered = cover(image, regions, "pixelate")
    mask = covered_mask(image.shape, regions)
    for again in verification_detector().detect(covered):
        x0, y0, x1, y1 = again.box
        assert mask[y0:y1, x0:x1].mean() >= 0.7, f"face found again outside its cover at {again.box}"


def test_small_faces_in_a_large_photo_are_found_through_tiling(labels: tuple[dict, dict]) -> None:
    """The same group photo upscaled to 3 x its size: boxes come back in the large photo's pixels."""
    name = GROUP_PHOTOS[0]
    image = load(name)
    large = np.asarray(Image.fromarray(image).resize((image.shape[1] * 3, image.shape[0] * 3), Image.BILINEAR))
    mask = covered_mask(large.shape, covered_regions(large, face_detector().detect(large)))
    faces = [tuple(3 * v for v in box) for box in labelled_faces(labels, name)]
    assert uncovered(faces, mask) == []


def test_photos_without_people_give_no_faces_and_no_people() -> None:
    y, x = np.mgrid[0:600, 0:800]
    gradient = np.stack([x * 255 // 800, y * 255 // 600, (x + y) * 255 // 1400], axis=2).astype(np.uint8)
    gradient[200:400, 300:500] = (30, 120, 40)  # a flat green square on the gradient
    cat = np.asarray(Image.open(EXAMPLES / "photos" / "class pet" / "chelsea.png").convert("RGB"))
    for image in (gradient, cat):
        assert face_detector().detect(image) == []
        assert torso_regions(image, []) == []


def test_torso_regions_lie_below_each_labelled_face(labels: tuple[dict, dict]) -> None:
    name = "36_Football_americanfootball_ball_36_16.jpg"
    image = load(name)
    torsos = torso_regions(image, face_detector().detect(image))
    assert all(t.kind == "person" for t in torsos)
    for x0, y0, x1, y1 in labelled_faces(labels, name):
        below = [t for t in torsos if y1 - 10 <= t.box[1] <= y1 + 40 and t.box[0] < x1 and t.box[2] > x0]
        assert below, f"no torso under face {(x0, y0, x1, y1)}"
        assert max(t.box[3] - t.box[1] for t in below) > y1 - y0, "a torso is taller than the face above it"


def test_a_bad_image_raises_detector_error() -> None:
    with pytest.raises(DetectorError):
        face_detector().detect(np.zeros((100, 100), np.float32))
    with pytest.raises(DetectorError):
        face_detector().detect(np.zeros((0, 100, 3), np.uint8))


def test_a_corrupt_model_raises_detector_error(tmp_path: Path) -> None:
    model = tmp_path / "centerface.onnx"
    model.write_bytes(b"not an onnx model")
    with pytest.raises(DetectorError):
        CenterFaceDetector(model_path=model)


def test_a_person_without_a_face_box_gets_a_head_region() -> None:
    """Someone turned away: the public-domain portrait with its face painted over, no face given."""
    image = np.asarray(Image.open(EXAMPLES / "photos" / "portrait.jpg").convert("RGB")).copy()
    face_box = (175, 54, 275, 180)  # where face_detector() finds the face
    image[face_box[1] : face_box[3], face_box[0] : face_box[2]] = (70, 50, 40)  # hair-coloured
    heads = [r for r in torso_regions(image, []) if r.source.endswith("head")]
    assert heads, "a person blob with no face must get a head region"
    x0, y0, x1, y1 = heads[0].box
    overlap_w = min(x1, face_box[2]) - max(x0, face_box[0])
    overlap_h = min(y1, face_box[3]) - max(y0, face_box[1])
    assert overlap_w > 0 and overlap_h > 0, f"head region {heads[0].box} misses the head at {face_box}"
