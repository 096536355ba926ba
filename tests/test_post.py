"""The safeguarding rule: a caption naming a child beside a photo with a recognisable face."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from scrubkit.post import scrub_post
from tests.conftest import shared


@pytest.fixture(scope="module")
def group_photo() -> Path:
    return sorted(shared("faces-groups", "images").glob("*.jpg"))[0]


@pytest.fixture()
def blank_photo(tmp_path: Path) -> Path:
    path = tmp_path / "pitch.png"
    Image.fromarray(np.full((240, 320, 3), (40, 140, 60), np.uint8)).save(path)
    return path


def test_named_child_with_a_face_is_refused_in_strict(group_photo: Path) -> None:
    result = scrub_post("So proud of Chidi Okafor (aged 9) at Roundhay Park!", [group_photo])
    assert result.verdict == "refuse"
    assert result.named_children == ["Chidi Okafor"]
    assert result.photos_with_faces == [group_photo]
    assert "Chidi Okafor" in result.message and group_photo.name in result.message
    assert "Chidi" not in result.caption.output


def test_standard_warns_instead(group_photo: Path) -> None:
    result = scrub_post("So proud of Chidi Okafor!", [group_photo], "standard")
    assert result.verdict == "warn" and result.photos_with_faces == [group_photo]


def test_no_face_no_problem(blank_photo: Path) -> None:
    result = scrub_post("So proud of Chidi Okafor!", [blank_photo])
    assert result.verdict == "ok" and result.named_children == ["Chidi Okafor"] and result.photos_with_faces == []


def test_a_caption_naming_no_child_is_ok_without_opening_the_photos(tmp_path: Path) -> None:
    missing = tmp_path / "not-there.jpg"
    for caption in ("Great gala today, well done everyone!", "Thank you to Mrs Okoro for the seeds.",
                    "Thanks to Aunty Bisi for the jollof!", "Ask our welfare officer Sharon Doyle."):
        result = scrub_post(caption, [missing])
        assert result.verdict == "ok" and result.named_children == [] and result.unchecked == {}


def test_a_photo_that_cannot_be_checked_counts_as_a_face(tmp_path: Path) -> None:
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 truncated")
    result = scrub_post("Well done Amy!", [broken, tmp_path / "missing.jpg"])
    assert result.verdict == "refuse"
    assert set(result.unchecked) == {broken, tmp_path / "missing.jpg"}
    assert "could not be checked" in result.message
