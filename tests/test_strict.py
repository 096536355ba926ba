"""Strict output a comms team would post (issue 14): what identifies is covered, the photo is kept."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from scrubkit import scrub_image
from scrubkit.detect.faces import face_detector
from scrubkit.detect.people import person_mask
from scrubkit.detect.plausibility import plausible_faces, plausible_text
from scrubkit.detect.selection import select_regions
from scrubkit.policy import Policy
from scrubkit.redact import MAX_BLOCK_FRACTION, cover, covered_mask, expand
from scrubkit.types import Region
from tests.conftest import EXAMPLES, shared

#: Grace Hopper in uniform (US Navy photo, public domain): a close-up portrait with the marks a
#: school photo has, boxed by hand: the cap badge, the name tag and the ribbons on the chest
PORTRAIT = EXAMPLES / "photos" / "staff photo.jpg"
PORTRAIT_FACE = (165, 130, 360, 335)
PORTRAIT_MARKS = {"cap badge": (200, 28, 340, 100), "name tag": (80, 485, 165, 515), "ribbons": (325, 488, 455, 525)}
#: the cap badge measured by eye on a 4x zoom: the eagle's wings and head on top, the leaves below
CAP_BADGE, CAP_EAGLE = (198, 30, 334, 97), (226, 30, 292, 48)


def share_covered(box: tuple[int, int, int, int], mask: np.ndarray) -> float:
    x0, y0, x1, y1 = box
    return float(mask[y0:y1, x0:x1].mean())


@pytest.fixture(scope="module")
def portrait(tmp_path_factory: pytest.TempPathFactory) -> tuple[np.ndarray, np.ndarray, list[Region]]:
    out = tmp_path_factory.mktemp("strict") / "portrait.jpg"
    result = scrub_image(PORTRAIT, out, "strict")
    assert result.ok, result.reason
    before = np.asarray(Image.open(PORTRAIT).convert("RGB"))
    return before, np.asarray(Image.open(out).convert("RGB")), result.regions


def test_a_close_up_portrait_keeps_the_photo_and_covers_face_and_marks(portrait) -> None:
    before, after, regions = portrait
    mask = covered_mask(before.shape, regions)
    assert share_covered(PORTRAIT_FACE, mask) > 0.9
    for name, box in PORTRAIT_MARKS.items():
        assert share_covered(box, mask) >= 0.7, f"{name} not covered"
    faces = covered_mask(before.shape, [r for r in regions if r.kind == "face"])
    rest = mask[~faces].mean()
    assert rest < 0.5, f"{rest:.0%} of the portrait beside the face covered: not postable"
    changed = np.abs(before.astype(int) - after.astype(int)).max(axis=2) > 40
    assert changed[~mask].mean() < 0.01, "pixels outside the covers changed"


def test_a_cap_badge_above_the_face_is_covered_to_its_top(portrait) -> None:
    """The peaked cap's crown stands 0.4 face heights above the face box; its badge's eagle was left
    showing when the kit search stopped 0.3 face heights above the face."""
    before, _, regions = portrait
    mask = covered_mask(before.shape, regions)
    assert share_covered(CAP_EAGLE, mask) == 1.0, "the top of the cap badge shows"
    assert share_covered(CAP_BADGE, mask) >= 0.98


def test_faces_in_one_photo_get_the_same_number_of_blocks_and_no_block_is_huge() -> None:
    image = np.random.default_rng(3).integers(0, 256, (400, 600, 3), dtype=np.uint8)
    small = Region(box=(10, 10, 50, 50), kind="face", score=0.9, source="test")
    large = Region(box=(200, 40, 360, 200), kind="face", score=0.9, source="test")
    wall = Region(box=(0, 0, 600, 400), kind="text", score=0.9, source="test",
                  quad=((0, 0), (600, 0), (600, 400), (0, 400)))
    for face in (small, large):
        out = cover(image, [face], "pixelate")
        x0, y0, x1, _ = face.box
        row = out[(face.box[1] + face.box[3]) // 2, x0:x1]
        blocks = 1 + int((np.abs(np.diff(row.astype(int), axis=0)).sum(axis=1) > 0).sum())
        assert blocks == 8
    out = cover(image, [wall], "pixelate")
    runs = 1 + int((np.abs(np.diff(out[200].astype(int), axis=0)).sum(axis=1) > 0).sum())
    assert runs >= MAX_BLOCK_FRACTION * 600 // 400, "a region over the whole photo got giant blocks"


def test_text_that_reads_nothing_or_walls_the_photo_is_not_text() -> None:
    def text(quad, words: str, score: float) -> Region:
        xs, ys = [p[0] for p in quad], [p[1] for p in quad]
        return Region(box=(min(xs), min(ys), max(xs), max(ys)), kind="text", score=score, source="test",
                      text=words, quad=quad)

    rock = text(((0, 0), (640, 0), (640, 480), (0, 480)), "IIl", 0.3)
    nothing = text(((10, 10), (60, 10), (60, 30), (10, 30)), "-.-", 0.9)
    sign = text(((40, 40), (400, 40), (400, 100), (40, 100)), "St Mary's School", 0.6)
    banner = text(((0, 100), (640, 100), (640, 300), (0, 300)), "GO TEAM", 0.95)
    assert plausible_text([rock, nothing, sign, banner], 640, 480) == [sign, banner]


def test_a_cats_eyes_are_not_text(tmp_path: Path) -> None:
    """OCR reads each eye of the example cat as a lone glyph at low confidence ("0"/"O" with the fp32
    text detector, "0"/"p" with the int8 one): no cover for those."""
    result = scrub_image(EXAMPLES / "photos" / "class pet" / "chelsea.png", tmp_path / "cat.png", "strict")
    assert result.ok, result.reason
    assert [r.text for r in result.regions if r.kind == "text"] == []


def test_a_lone_round_glyph_needs_confidence_but_numbers_and_words_do_not() -> None:
    def text(words: str, score: float) -> Region:
        return Region(box=(10, 10, 60, 60), kind="text", score=score, source="test", text=words)

    eye, sure_o, shirt, word = text("O", 0.44), text("0", 0.9), text("10", 0.4), text("Oak", 0.4)
    assert plausible_text([eye, sure_o, shirt, word], 640, 480) == [sure_o, shirt, word]


def test_a_real_school_sign_is_still_read_and_covered(tmp_path: Path) -> None:
    result = scrub_image(EXAMPLES / "photos" / "sign.jpg", tmp_path / "sign.jpg", "strict")
    assert result.ok, result.reason
    read = " ".join(r.text or "" for r in result.regions if r.kind == "text").lower()
    assert "mary" in read and "ls8" in read


@pytest.mark.parametrize("name", [
    "12_Group_Large_Group_12_Group_Large_Group_12_253.jpg",
    "35_Basketball_playingbasketball_35_876.jpg",
])
def test_plausibility_keeps_every_labelled_face_of_a_real_crowd(name: str) -> None:
    image = np.asarray(Image.open(shared("faces-groups", "images", name)).convert("RGB"))
    labels = json.loads(shared("faces-groups", "labels.json").read_text())[name]
    height, width = image.shape[:2]
    found = face_detector().detect(image)
    mask, scale = person_mask(image)
    assert plausible_faces(found, image, mask, scale) == found
    kept = [r for r in select_regions(image, found, [], Policy()) if r.kind == "face"]
    raw = covered_mask(image.shape, [expand(f, 0.25, width, height) for f in found])
    now = covered_mask(image.shape, [expand(f, 0.25, width, height) for f in kept])
    for x, y, w, h in labels:
        box = (x, y, x + w, y + h)
        if h >= 20 and share_covered(box, raw) >= 0.7:
            assert share_covered(box, now) >= 0.7, f"labelled face {box} lost by the plausibility filter"


def test_a_crest_on_a_plain_jacket_and_a_name_on_a_top_are_covered_tightly() -> None:
    """Skaters in club jackets (uniform-marks labels): the crest on the boy's plain jacket and the
    name printed on the girl's top are covered as marks, while the jackets themselves stay visible."""
    name = "39_Ice_Skating_Ice_Skating_39_1026.jpg"
    image = np.asarray(Image.open(shared("faces-groups", "images", name)).convert("RGB"))
    strict = Policy.preset("strict")
    marks = [r for r in select_regions(image, face_detector(strict.face_threshold).detect(image), [], strict)
             if r.kind == "mark"]
    mask = covered_mask(image.shape, marks)
    assert share_covered((714, 224, 750, 262), mask) >= 0.7, "crest on the jacket"
    assert share_covered((481, 381, 530, 402), mask) >= 0.7, "name on the top"
    assert share_covered((600, 300, 760, 520), mask) < 0.2, "the plain body of the boy's jacket was blotted"
    assert mask.mean() < 0.1


def test_a_big_weak_read_of_one_or_two_glyphs_is_not_text() -> None:
    """OCR reads fabric, petals and a skater's body as one or two huge glyphs at low confidence."""
    def text(side: int, words: str, score: float) -> Region:
        quad = ((100, 100), (100 + side, 100), (100 + side, 100 + side), (100, 100 + side))
        return Region(box=(100, 100, 100 + side, 100 + side), kind="text", score=score, source="test",
                      text=words, quad=quad)

    shirt = text(150, "心", 0.34)  # letters almost a third of a 640 x 480 photo high, read weakly
    number = text(150, "7", 0.98)  # as large, read with confidence: a number on a close-up shirt
    small = text(20, "21", 0.4)  # a small weak read: ordinary scene text
    word = text(150, "GO TEAM", 0.5)  # more than two glyphs
    eye = text(160, "p", 0.61)  # letters a third of the photo high need a large text's confidence
    badge = text(140, "p", 0.61)  # under 0.3 of it, 0.6 will do
    stars = text(130, "*★K", 0.58)  # a flag's stars: one letter among symbols is a short read
    assert plausible_text([shirt, number, small, word, eye, badge, stars], 640, 480) == [number, small, word, badge]


@pytest.mark.parametrize(("name", "mark"), [
    ("36_Football_americanfootball_ball_36_16.jpg", (521, 36, 593, 99)),  # the logo on a helmet, above the face
    ("36_Football_americanfootball_ball_36_510.jpg", (322, 340, 462, 452)),  # a tackler's number; face not found
])
def test_marks_on_helmets_and_on_players_without_a_found_face_are_covered(name: str, mark: tuple) -> None:
    """American football (uniform-marks labels): kit searched above the face for headgear, and on
    the people the person mask holds but no face's kit area reaches."""
    image = np.asarray(Image.open(shared("faces-groups", "images", name)).convert("RGB"))
    strict = Policy.preset("strict")
    marks = [r for r in select_regions(image, face_detector(strict.face_threshold).detect(image), [], strict)
             if r.kind == "mark"]
    assert share_covered(mark, covered_mask(image.shape, marks)) >= 0.7


def test_faces_on_blossom_are_dropped_but_small_people_in_a_landscape_are_kept() -> None:
    """Photos of ../shared/data/metadata: the detector finds dozens of "faces" on wisteria blossom, a
    few of them fairly sure (0.5-0.6), with no person mask under any; in a car park below a mountain
    it finds the faces of the two small people (sure, on skin) among "faces" on the cars and leaves."""
    strict = Policy.preset("strict")
    folder = ("metadata", "ianare-exif-samples", "jpg")
    blossom = np.asarray(Image.open(shared(*folder, "hdr", "iphone_hdr_YES.jpg")).convert("RGB"))
    found = face_detector(strict.face_threshold).detect(blossom)
    assert len(found) >= 20, "the detector no longer sees faces on the blossom: pick another photo"
    mask, scale = person_mask(blossom)
    assert len(plausible_faces(found, blossom, mask, scale)) <= len(found) // 10
    car_park = np.asarray(Image.open(shared(*folder, "exif-org", "olympus-c960.jpg")).convert("RGB"))
    found = face_detector(strict.face_threshold).detect(car_park)
    mask, scale = person_mask(car_park)
    kept = covered_mask(car_park.shape, plausible_faces(found, car_park, mask, scale))
    assert share_covered((266, 384, 275, 397), kept) >= 0.7, "the man in a white shirt beside the cars"
    assert share_covered((30, 366, 36, 373), kept) >= 0.7, "the man at the left edge"
