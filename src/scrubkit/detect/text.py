"""Visible text: OCR backends behind one protocol, plus the passes that find small text.

A backend reads one RGB image and returns text Regions (4-point quad, upright box, the words read).
`TextDetector` runs the backend on the whole photo and again on overlapping, upscaled tiles, so
text a few pixels high in a large photo is still found; it maps every tile's regions back to the
photo, drops regions that another region read at least as confidently already covers, and turns
any backend failure into DetectorError (fail closed).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol, get_args

import cv2
import numpy as np

from scrubkit.boxes import quad_area
from scrubkit.detect import registry
from scrubkit.detect.quads import region_from_points
from scrubkit.errors import DetectorError, ScrubError
from scrubkit.plates import UK_PLATE_ANY_CASE
from scrubkit.policy import OcrBackend as OcrBackendName
from scrubkit.types import Region

if TYPE_CHECKING:
    from scrubkit.detect import Detector
    from scrubkit.text import TextScrubber

#: the OCR backends, as the policy declares them (one list: scrubkit.policy.OcrBackend)
BACKENDS: tuple[str, ...] = get_args(OcrBackendName)
#: per backend, how TextDetector reads (see there). RapidOCR reads whatever size it is given, so
#: TextDetector sizes every read itself. EasyOCR's CRAFT detector already reads at full resolution
#: (up to 2560 px) and is several times slower than RapidOCR, so for it the small-text pass only
#: tiles photos too large to read whole.
_PASSES: dict[str, dict[str, int]] = {
    "rapidocr": {"whole_long_side": 2000, "small_text_long_side": 2560, "max_upscale": 2},
    "easyocr": {"whole_long_side": 0, "small_text_long_side": 0, "max_upscale": 1},
}


class OcrBackend(Protocol):
    """One OCR engine. `read` takes RGB H x W x 3 uint8 and returns kind="text" Regions."""

    name: str

    def read(self, image: np.ndarray) -> list[Region]: ...


class TextDetector:
    """A Detector over an OcrBackend: a whole-photo pass, then a small-text pass; mapped back, deduplicated.

    The whole-photo pass finds large text, reading the photo shrunk to `whole_long_side` if it is
    larger (0: as the backend sees fit). The small-text pass reads the photo at full resolution or,
    for photos whose long side is below `small_text_long_side`, enlarged up to `max_upscale` times,
    so text a few pixels high is read at a height the model was trained on: in one piece when the
    enlarged photo holds at most `single_read_pixels`, else in overlapping tiles of at most `tile`
    pixels (one read of a 2560 x 1440 photo costs two thirds of its two overlapping tiles). It is
    skipped when it would only repeat the whole-photo pass.
    """

    def __init__(
        self,
        backend: OcrBackend,
        *,
        whole_long_side: int = 0,
        small_text_long_side: int = 2560,
        max_upscale: float = 2.0,
        single_read_pixels: int = 4_000_000,
        tile: int = 1920,
        overlap: float = 0.25,
        small_text: bool = True,
    ):
        self.backend = backend
        self.small_text = small_text
        self.name = backend.name
        self.whole_long_side = whole_long_side
        self.small_text_long_side = small_text_long_side
        self.max_upscale = max_upscale
        self.single_read_pixels = single_read_pixels
        self.tile = tile
        self.overlap = overlap

    def detect(self, image: np.ndarray) -> list[Region]:
        _check_image(image)
        height, width = image.shape[:2]
        try:
            found = self._read_whole(image) + (self._read_small_text(image) if self.small_text else [])
            return _without_contained([_clipped(r, width, height) for r in found])
        except ScrubError:
            raise
        except Exception as e:  # any OCR failure fails the photo, never lets it through uncovered
            raise DetectorError(f"text detection ({self.name}) failed: {type(e).__name__}: {e}") from e

    def _read_whole(self, image: np.ndarray) -> list[Region]:
        long_side = max(image.shape[:2])
        if not self.whole_long_side or long_side <= self.whole_long_side:
            return self.backend.read(image)
        return self._read_scaled(image, 0, 0, self.whole_long_side / long_side)

    def _read_small_text(self, image: np.ndarray) -> list[Region]:
        height, width = image.shape[:2]
        long_side = max(height, width)
        scale = min(self.max_upscale, max(1.0, self.small_text_long_side / long_side))
        if scale == 1.0 and long_side <= max(self.tile, self.whole_long_side):
            return []
        if width * height * scale * scale <= self.single_read_pixels:
            return self._read_scaled(image, 0, 0, scale)
        found: list[Region] = []
        for x, y, crop in _tiles(image, int(self.tile / scale), self.overlap):
            found += self._read_scaled(crop, x, y, scale)
        return found

    def _read_scaled(self, crop: np.ndarray, x: int, y: int, scale: float) -> list[Region]:
        """Read `crop` (whose top-left is (x, y) in the photo) resized by `scale`; regions in photo pixels."""
        if scale != 1.0:
            shrink = scale < 1.0
            crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA if shrink else cv2.INTER_CUBIC)
        return [_to_photo(r, x, y, scale) for r in self.backend.read(crop)]


def _check_image(image: object) -> None:
    if not isinstance(image, np.ndarray) or image.dtype != np.uint8 or image.ndim != 3 or image.shape[2] != 3:
        shape = getattr(image, "shape", None)
        dtype = getattr(image, "dtype", type(image).__name__)
        raise DetectorError(f"text detection needs an RGB H x W x 3 uint8 image; got {dtype} {shape}")
    if min(image.shape[:2]) < 2:
        raise DetectorError(f"text detection got an empty image of shape {image.shape}")


def _tiles(image: np.ndarray, tile: int, overlap: float) -> Iterator[tuple[int, int, np.ndarray]]:
    """Overlapping tile x tile crops (x, y, crop) covering the image edge to edge."""
    height, width = image.shape[:2]
    step = max(1, int(tile * (1 - overlap)))
    for y in _starts(height, tile, step):
        for x in _starts(width, tile, step):
            yield x, y, image[y : y + tile, x : x + tile]


def _starts(length: int, tile: int, step: int) -> list[int]:
    if length <= tile:
        return [0]
    starts = list(range(0, length - tile, step))
    return starts + [length - tile]


def _to_photo(region: Region, x: int, y: int, scale: float) -> Region:
    assert region.quad is not None
    points = [((px / scale) + x, (py / scale) + y) for px, py in region.quad]
    return region_from_points(points, text=region.text or "", score=region.score, source=region.source)


def _clipped(region: Region, width: int, height: int) -> Region:
    x0, y0, x1, y1 = region.box
    return replace(region, box=(max(0, x0), max(0, y0), min(width, x1), min(height, y1)))


def _without_contained(regions: list[Region], inside: float = 0.8) -> list[Region]:
    """Largest first; drop a region when `inside` of its area already lies in one kept region read
    with at least its confidence. A better read inside a worse one stays: the small-text pass may read
    words the whole-photo pass found but misread ('ELM GROVE' inside 'ELH OROVE'), and
    `text = "identifying"` judges the words."""
    kept: list[tuple[Region, np.ndarray]] = []
    for area, region in sorted(((quad_area(r.quad), r) for r in regions), key=lambda pair: pair[0], reverse=True):
        polygon = np.asarray(region.quad, dtype=np.float32)
        if area > 0 and any(
            other.score >= region.score and cv2.intersectConvexConvex(polygon, outline)[0] >= inside * area
            for other, outline in kept
        ):
            continue
        kept.append((region, polygon))
    return sorted((r for r, _ in kept), key=lambda r: (r.box[1], r.box[0]))


@functools.cache
def text_detector(backend: str = "rapidocr") -> Detector:
    """The text Detector for `backend` ("rapidocr" | "easyocr"), models loaded once per process."""
    return TextDetector(_load_backend(backend), **_PASSES[backend])


@functools.cache
def verification_text_detector(backend: str = "rapidocr") -> Detector:
    """The check of a covered image: the whole-photo pass only, on the same loaded models.

    Text outside the covers was already read by the full search (those pixels did not change),
    and what the covers hide is judged by what is read over them; neither needs the small-text
    pass, which costs several times the whole-photo read.
    """
    return TextDetector(_load_backend(backend), **_PASSES[backend], small_text=False)


def _load_backend(backend: str) -> OcrBackend:
    return registry.load(backend, "ocr")  # type: ignore[return-value]


def identifying_regions(regions: list[Region]) -> list[Region]:
    """The regions whose words name a person, school, club, place, address, phone, handle or plate.

    All the words are analysed together, one region per line, so a name split over two lines of a
    sign ("St Mary's" / "Primary School") is still recognised; a region is kept when an identifying
    span touches it.
    """
    if not regions:
        return []
    from scrubkit.text.entities import IDENTIFYING

    lines = [(r.text or "").replace("\n", " ") for r in regions]
    spans = _post_text_analyzer().analyze("\n".join(lines))
    hits = [(s.start, s.end) for s in spans if s.entity in IDENTIFYING]
    kept, start = [], 0
    for region, line in zip(regions, lines):
        end = start + len(line)
        if UK_PLATE_ANY_CASE.search(line) or any(s < end and e > start for s, e in hits):
            kept.append(region)
        start = end + 1
    return kept


@functools.cache
def _post_text_analyzer() -> TextScrubber:
    from scrubkit.text import TextScrubber

    return TextScrubber("strict")
