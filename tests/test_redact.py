"""Covering: margins, shapes and styles. What matters: covered pixels carry nothing of the original."""

from __future__ import annotations

import numpy as np
import pytest

from scrubkit.redact import cover, covered_mask, expand, region_mask
from scrubkit.types import Region

RNG = np.random.default_rng(7)


def noise(height: int = 120, width: int = 160) -> np.ndarray:
    return RNG.integers(0, 256, (height, width, 3), dtype=np.uint8)


def face(box: tuple[int, int, int, int]) -> Region:
    return Region(box=box, kind="face", score=0.9, source="test")


def test_expand_grows_each_side_by_margin_and_clips_to_image() -> None:
    grown = expand(face((40, 40, 80, 100)), 0.25, 160, 120)
    assert grown.box == (30, 25, 90, 115)
    clipped = expand(face((0, 90, 40, 120)), 0.5, 160, 120)
    assert clipped.box == (0, 75, 60, 120)
    assert grown.kind == "face" and grown.score == 0.9


def test_expand_grows_a_rotated_quad_along_its_own_axes() -> None:
    quad = ((20, 40), (100, 20), (105, 40), (25, 60))
    text = Region(box=(20, 20, 105, 60), kind="text", score=0.8, source="test", text="KIT", quad=quad)
    grown = expand(text, 0.25, 160, 120)
    inner, outer = region_mask(text), region_mask(grown)
    frame = np.zeros((120, 160), bool)
    frame[20:60, 20:105] = inner
    grown_frame = np.zeros((120, 160), bool)
    x0, y0, x1, y1 = grown.box
    grown_frame[y0:y1, x0:x1] = outer
    assert (grown_frame | ~frame).all(), "the grown quad must contain the original one"
    assert grown_frame.sum() > 1.3 * frame.sum()
    assert all(x0 <= x <= x1 and y0 <= y <= y1 for x, y in grown.quad)


def test_text_grows_by_its_letter_height_not_its_length() -> None:
    """A long line needs no more border than a word: 0.25 of a 20 px letter height is 5 px every side."""
    quad = ((20, 50), (220, 50), (220, 70), (20, 70))
    line = Region(box=(20, 50, 220, 70), kind="text", score=0.9, source="test", text="ST MARY'S SCHOOL", quad=quad)
    grown = expand(line, 0.25, 400, 200)
    assert grown.box == (15, 45, 225, 75)
    assert sorted(grown.quad) == sorted(((15, 45), (225, 45), (225, 75), (15, 75)))


def test_pixelate_makes_each_block_one_colour_and_forgets_what_was_there() -> None:
    image = noise(240, 320)
    region = Region(box=(20, 20, 80, 80), kind="person", score=1.0, source="test")
    out = cover(image, [region], "pixelate")
    patch = out[20:80, 20:80]
    block = 10  # 60 px / PIXELATE_BLOCKS (6)
    for y in range(0, 60, block):
        for x in range(0, 60, block):
            assert len(np.unique(patch[y : y + block, x : x + block].reshape(-1, 3), axis=0)) == 1
    # shuffling pixels inside one block does not change the output: the detail is gone
    shuffled = image.copy()
    cell = shuffled[20:30, 20:30].reshape(-1, 3)
    shuffled[20:30, 20:30] = RNG.permutation(cell).reshape(10, 10, 3)
    assert np.array_equal(cover(shuffled, [region], "pixelate"), out)
    assert np.array_equal(out[:20], image[:20]) and np.array_equal(out[80:], image[80:])


def test_fill_is_constant_and_blur_changes_pixels() -> None:
    image = noise()
    region = Region(box=(10, 10, 70, 50), kind="person", score=1.0, source="test")
    filled = cover(image, [region], "fill")
    assert len(np.unique(filled[10:50, 10:70].reshape(-1, 3), axis=0)) == 1
    blurred = cover(image, [region], "blur")
    assert blurred[10:50, 10:70].std() < 0.5 * image[10:50, 10:70].std()


def test_cover_returns_a_new_array_and_rejects_unknown_styles() -> None:
    image = noise()
    before = image.copy()
    cover(image, [face((10, 10, 60, 70))], "fill")
    assert np.array_equal(image, before)
    with pytest.raises(ValueError):
        cover(image, [], "smudge")


def test_face_is_covered_by_an_ellipse_that_holds_the_whole_detection_at_the_default_margin() -> None:
    detected = face((50, 30, 90, 80))
    grown = expand(detected, 0.25, 160, 120)
    mask = covered_mask((120, 160), [grown])
    x0, y0, x1, y1 = detected.box
    assert mask[y0:y1, x0:x1].all(), "the inscribed ellipse of a 1.5x box contains the detected box"
    gx0, gy0, gx1, gy1 = grown.box
    share = mask[gy0:gy1, gx0:gx1].mean()
    assert 0.7 < share < 0.85, "an ellipse, not the whole box"
    out = cover(noise(), [grown], "fill")
    assert (out[mask] == 128).all()


def test_text_is_covered_by_its_quad_not_its_upright_box() -> None:
    image = noise()
    quad = ((20, 40), (100, 20), (105, 40), (25, 60))
    text = Region(box=(20, 20, 105, 60), kind="text", score=0.8, source="test", text="KIT", quad=quad)
    out = cover(image, [text], "fill")
    changed = (out != image).any(axis=2)
    assert changed[40, 60] and not changed[22, 22] and not changed[58, 100]
