"""Visible text: OCR on real street photos covers every legible labelled word; rotated text gets its quad.

Photos come from ../shared/data/text-icdar15 (labels.json: ICDAR 2015 quads). A labelled region
counts as covered, as in ../shared/tools/metrics_text.py, when >= 70% of it lies inside the covered
quads (the detected quads grown by the policy margin, exactly as the pipeline covers them).
"""

from __future__ import annotations

import json
import math

import cv2
import numpy as np
import pytest
from PIL import Image

from scrubkit.detect.text import TextDetector, identifying_regions, region_from_points, text_detector
from scrubkit.errors import DetectorError, PolicyError
from scrubkit.policy import Policy
from scrubkit.redact import covered_mask, expand
from scrubkit.types import Region
from tests.conftest import shared

MIN_COVER = 0.7
#: a road sign, a shop front with its phone number, a street of bank and shop signs (6-10 legible words each)
RAPIDOCR_PHOTOS = ["img_499.jpg", "img_488.jpg", "img_251.jpg"]
EASYOCR_PHOTOS = ["img_499.jpg"]


@pytest.fixture(scope="module")
def labels() -> dict[str, list[dict]]:
    return json.loads(shared("text-icdar15", "labels.json").read_text())


def load(name: str) -> np.ndarray:
    return np.asarray(Image.open(shared("text-icdar15", "images", name)).convert("RGB"))


def covered_as_the_pipeline_does(image: np.ndarray, regions: list[Region]) -> np.ndarray:
    height, width = image.shape[:2]
    grown = [expand(r, Policy().margin, width, height) for r in regions]
    return covered_mask(image.shape, grown)


def uncovered_legible(image: np.ndarray, regions: list[Region], labelled: list[dict]) -> list[str]:
    """The words of legible labelled regions that are less than MIN_COVER covered."""
    covered = covered_as_the_pipeline_does(image, regions)
    missed = []
    for label in labelled:
        if label["dont_care"]:
            continue
        inside = np.zeros(covered.shape, np.uint8)
        cv2.fillPoly(inside, [np.asarray(label["points"], np.int32)], 1)
        if covered[inside.astype(bool)].mean() < MIN_COVER:
            missed.append(label["text"])
    return missed


def render_sign(canvas: np.ndarray, lines: list[str], origin: tuple[int, int], scale: float, angle: float = 0.0) -> np.ndarray:
    """A light board with dark lettering drawn onto a copy of `canvas`, rotated `angle` degrees about the canvas centre."""
    ink = np.zeros(canvas.shape[:2], np.uint8)
    x, y = origin
    for i, line in enumerate(lines):
        cv2.putText(ink, line, (x, y + round(i * 45 * scale)), cv2.FONT_HERSHEY_DUPLEX, scale, 255, max(1, round(scale * 2)))
    xs, ys = np.nonzero(ink.T)
    pad = round(12 * scale)
    board = np.zeros_like(ink)
    board[ys.min() - pad : ys.max() + pad, xs.min() - pad : xs.max() + pad] = 255
    rotation = cv2.getRotationMatrix2D((canvas.shape[1] / 2, canvas.shape[0] / 2), angle, 1.0)
    size = (canvas.shape[1], canvas.shape[0])
    out = canvas.copy()
    out[cv2.warpAffine(board, rotation, size) > 127] = (240, 240, 235)
    out[cv2.warpAffine(ink, rotation, size) > 127] = (25, 35, 110)
    return out


@pytest.fixture(scope="module")
def rapidocr() -> TextDetector:
    return text_detector("rapidocr")  # type: ignore[return-value]


@pytest.mark.parametrize("name", RAPIDOCR_PHOTOS)
def test_every_legible_region_is_covered(rapidocr: TextDetector, labels: dict, name: str) -> None:
    image = load(name)
    regions = rapidocr.detect(image)
    assert uncovered_legible(image, regions, labels[name]) == []
    assert all(r.kind == "text" and r.source == "rapidocr" and r.quad is not None for r in regions)


def test_words_are_read(rapidocr: TextDetector) -> None:
    sign = render_sign(np.full((500, 900, 3), 90, np.uint8), ["OAKWOOD PRIMARY", "SCHOOL"], (120, 220), 1.8)
    words = " ".join(r.text or "" for r in rapidocr.detect(sign))
    assert "OAKWOOD" in words and "SCHOOL" in words


def test_smooth_photo_without_text_gives_nothing(rapidocr: TextDetector) -> None:
    y, x = np.mgrid[0:720, 0:1280]
    gradient = np.stack([x * 200 // 1280 + 20, y * 180 // 720 + 40, (x + y) * 120 // 2000 + 60], axis=2)
    assert rapidocr.detect(gradient.astype(np.uint8)) == []


def test_rotated_text_is_covered_by_its_quad_not_an_upright_box(rapidocr: TextDetector) -> None:
    sign = render_sign(np.full((700, 1000, 3), 70, np.uint8), ["GREENFIELD"], (260, 370), 2.4, angle=30)
    regions = [r for r in rapidocr.detect(sign) if "GREEN" in (r.text or "")]
    assert len(regions) == 1
    quad = np.asarray(regions[0].quad, float)
    top_edge = quad[1] - quad[0]
    assert abs(math.degrees(math.atan2(-top_edge[1], top_edge[0])) - 30) < 6
    x0, y0, x1, y1 = regions[0].box
    assert cv2.contourArea(quad.astype(np.float32)) < 0.6 * (x1 - x0) * (y1 - y0)


def test_small_text_in_a_large_photo_is_found_by_the_tiled_pass(rapidocr: TextDetector) -> None:
    street = cv2.resize(load("img_1.jpg"), (4000, 2250), interpolation=cv2.INTER_CUBIC)[1000:2000]
    photo = render_sign(street, ["ELM GROVE"], (3300, 900), 0.4)  # a street sign with 9 px capitals
    whole_photo_only = TextDetector(rapidocr.backend, whole_long_side=2000, small_text=False)
    assert not any("GROVE" in (r.text or "") for r in whole_photo_only.detect(photo))
    found = [r for r in rapidocr.detect(photo) if "GROVE" in (r.text or "")]
    assert found and all(3280 < r.box[0] < 3310 and 870 < r.box[1] < 895 for r in found)


@pytest.mark.parametrize(
    "image",
    [np.zeros((2, 40000, 3), np.uint8), np.zeros((100, 100), np.uint8), np.zeros((50, 50, 3), np.float32), None],
    ids=["ocr-fails-on-extreme-shape", "grey", "float", "none"],
)
def test_ocr_failure_raises_detector_error(rapidocr: TextDetector, image: object) -> None:
    with pytest.raises(DetectorError):
        rapidocr.detect(image)  # type: ignore[arg-type]


def test_unknown_backend_is_a_policy_error() -> None:
    with pytest.raises(PolicyError, match="unknown OCR backend"):
        text_detector("tesseract")


def test_identifying_regions_keeps_names_schools_places_phones_and_plates() -> None:
    words = ["ST MARY'S", "PRIMARY SCHOOL", "EXIT", "Tel 0113 496 0123", "KL19 ABC", "SALE 50% OFF",
             "Roundhay Park", "@leedsjuniors", "OPEN 9-5"]
    regions = [region_from_points([[0, 20 * i], [50, 20 * i], [50, 20 * i + 10], [0, 20 * i + 10]], text=w,
                                  score=1.0, source="rapidocr") for i, w in enumerate(words)]
    kept = [r.text for r in identifying_regions(regions)]
    assert kept == ["ST MARY'S", "PRIMARY SCHOOL", "Tel 0113 496 0123", "KL19 ABC", "Roundhay Park", "@leedsjuniors"]


def test_easyocr_backend_covers_legible_text(labels: dict) -> None:
    pytest.importorskip("easyocr", reason="the easyocr extra is not installed: pip install 'scrubkit[easyocr]'")
    detector = text_detector("easyocr")
    for name in EASYOCR_PHOTOS:
        image = load(name)
        regions = detector.detect(image)
        assert regions and all(r.source == "easyocr" and r.quad is not None for r in regions)
        assert uncovered_legible(image, regions, labels[name]) == []


def test_easyocr_missing_says_how_to_install() -> None:
    try:
        import easyocr  # noqa: F401
    except ImportError:
        with pytest.raises(PolicyError, match=r"pip install 'scrubkit\[easyocr\]'"):
            text_detector("easyocr")
    else:
        pytest.skip("the easyocr extra is installed here")
