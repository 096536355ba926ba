"""Is a detection plausible? Drop text and faces that nothing else in the photo supports.

The detectors run at low thresholds because a missed face or sign is a leak. On some photos that
yields covers a person would never make: OCR reading a rock's texture as one "word" spanning the
whole photo, 64 "faces" on wisteria petals, a cat's eyes read as text. Those covers cost the photo
(a comms team that gets blotches back stops using the tool) and protect nothing. Each rule below
removes only detections that are implausible on their own terms, and every rule is measured against
face and text recall (docs/benchmarks/strict.md): precision must not cost a true face or a readable sign.

* **text** is dropped when it reads no letter or digit, when its quad spans a large share of the
  photo without the confidence real large text gets (letters are lines, not walls), or when all it
  reads is one round glyph (O, 0, Q) without confidence: eyes, wheels, balls and plates read that way,
  and one such glyph identifies no one; likewise one or two glyphs read without confidence whose
  letters would stand over 0.15 of the photo's shorter side high (fabric, folds, a skater's body read
  as "1", "心"), and over 0.3 of it without the confidence real large text gets (a cat's eye read as
  "p" at 0.61). Glyphs here are letters and digits: stars, brackets and other marks beside one or
  two of them are what texture reads as (a flag's stars read as "*★K" and ")X").
* a **face** is kept when something says a person is there: every face of a photo is kept when one
  of them vouches for the rest (the detector is all but certain of it, or sure of it and the person
  mask lies under it), or when the photo has too little colour to tell. Otherwise each face stands
  on its own: the person mask under its box, or a sure score and skin-coloured pixels in its middle.
  Petals, blossom and fur are skin-coloured and the detector can be fairly sure of them (0.5-0.85 on
  a photo of flowers), but the person mask holds none of them and no face there reaches 0.9.
"""

from __future__ import annotations

import numpy as np

from scrubkit.boxes import area, quad_area, quad_height
from scrubkit.types import Region

#: a text quad larger than this share of the photo is not text, whatever its score
MAX_TEXT_SHARE = 0.5
#: a text quad larger than this share needs LARGE_TEXT_SCORE: big real text is read with confidence
LARGE_TEXT_SHARE = 0.12
LARGE_TEXT_SCORE = 0.75
#: a read that is one of these glyphs alone needs LONE_GLYPH_SCORE to count as text
ROUND_GLYPHS = frozenset("OoQ0")
LONE_GLYPH_SCORE = 0.75
#: a read of at most SHORT_READ letters or digits whose letters are taller than BIG_LETTER x the photo's shorter
#: side needs SHORT_READ_SCORE: OCR reads fabric, foliage and faces as one or two huge glyphs
SHORT_READ = 2
BIG_LETTER = 0.15
SHORT_READ_SCORE = 0.6
#: ... and letters taller than HUGE_LETTER x the shorter side need LARGE_TEXT_SCORE
HUGE_LETTER = 0.3
#: a face this confident vouches for the other faces of its photo on its own
VOUCHING_FACE = 0.9
#: a face this confident vouches for them when the person mask lies under it, and is kept on skin alone
SURE_FACE = 0.5
#: a weaker face is kept when this share of its box lies on the person mask...
PERSON_SHARE = 0.25
#: ... or this share of the middle of its box is skin-coloured (YCrCb, a range that holds every skin
#: tone under ordinary light; Cr 133-173, Cb 77-127)
SKIN_SHARE = 0.2
SKIN_CR, SKIN_CB = (133, 173), (77, 127)
#: below this mean chroma (|Cr - 128| + |Cb - 128|) a photo is near grey and skin cannot be told
GREY_CHROMA = 6.0


def plausible_text(texts: list[Region], width: int, height: int) -> list[Region]:
    """The text regions that can be text: they read something, and are not a wall of texture."""
    return [
        t for t in texts
        if _reads_something(t) and not _lone_round_glyph(t) and not _big_short_weak(t, min(width, height))
        and _text_sized(t, width * height)
    ]


def _reads_something(region: Region) -> bool:
    return any(c.isalnum() for c in region.text or "")


def _lone_round_glyph(region: Region) -> bool:
    return (region.text or "").strip() in ROUND_GLYPHS and region.score < LONE_GLYPH_SCORE


def _big_short_weak(region: Region, short_side: int) -> bool:
    if sum(c.isalnum() for c in region.text or "") > SHORT_READ:
        return False
    letter = _letter_height(region) / short_side if short_side else 1.0
    return (region.score < SHORT_READ_SCORE and letter > BIG_LETTER) or (region.score < LARGE_TEXT_SCORE and letter > HUGE_LETTER)


def _letter_height(region: Region) -> float:
    """Height of the text's letters: the quad's sides across the text, averaged (the box's height
    without a quad)."""
    if region.quad is None:
        return float(region.box[3] - region.box[1])
    return quad_height(region.quad)


def _text_sized(region: Region, photo_area: int) -> bool:
    share = _quad_area(region) / photo_area if photo_area else 1.0
    if share > MAX_TEXT_SHARE:
        return False
    return share <= LARGE_TEXT_SHARE or region.score >= LARGE_TEXT_SCORE


def _quad_area(region: Region) -> float:
    return float(area(region.box)) if region.quad is None else quad_area(region.quad)


def plausible_faces(faces: list[Region], image: np.ndarray, person: np.ndarray | None, scale: float) -> list[Region]:
    """The faces some cue supports: a face that vouches for the photo's faces, the person mask, or a
    sure score with skin.

    `person` is the bool person mask of a copy of the photo `scale` times its size (None when no
    mask was computed: then the other cues apply).
    """
    on_mask = [person is not None and _person_share(f, person, scale) >= PERSON_SHARE for f in faces]
    if any(f.score >= VOUCHING_FACE or (f.score >= SURE_FACE and m) for f, m in zip(faces, on_mask)):
        return faces
    import cv2

    ycrcb = cv2.cvtColor(image, cv2.COLOR_RGB2YCrCb)
    if _is_grey(ycrcb):
        return faces
    return [f for f, m in zip(faces, on_mask) if m or (f.score >= SURE_FACE and _skin_share(f, ycrcb) >= SKIN_SHARE)]


def _is_grey(ycrcb: np.ndarray) -> bool:
    step = max(1, int(np.sqrt(ycrcb.shape[0] * ycrcb.shape[1] / 250_000)))
    sample = ycrcb[::step, ::step, 1:].astype(np.int16) - 128
    return float(np.abs(sample).sum(axis=2).mean()) < GREY_CHROMA


def _skin_share(face: Region, ycrcb: np.ndarray) -> float:
    """Share of skin-coloured pixels in the middle half of the face box (eyes to mouth)."""
    x0, y0, x1, y1 = face.box
    w, h = x1 - x0, y1 - y0
    middle = ycrcb[y0 + h // 4 : max(y1 - h // 4, y0 + h // 4 + 1), x0 + w // 4 : max(x1 - w // 4, x0 + w // 4 + 1)]
    if middle.size == 0:
        return 0.0
    return float(skin_pixels(middle).mean())


def skin_pixels(ycrcb: np.ndarray) -> np.ndarray:
    """Per pixel of a YCrCb image: skin-coloured (SKIN_CR, SKIN_CB)."""
    cr, cb = ycrcb[..., 1], ycrcb[..., 2]
    return (cr >= SKIN_CR[0]) & (cr <= SKIN_CR[1]) & (cb >= SKIN_CB[0]) & (cb <= SKIN_CB[1])


def _person_share(face: Region, person: np.ndarray, scale: float) -> float:
    x0, y0, x1, y1 = (int(v * scale) for v in face.box)
    inside = person[y0 : max(y1, y0 + 1), x0 : max(x1, x0 + 1)]
    return float(inside.mean()) if inside.size else 0.0
