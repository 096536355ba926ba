"""Face detection: CenterFace (MIT, shipped in scrubkit/models) run over an image pyramid in tiles.

The model is CenterFace quantised to int8 but for its stem (scripts/quantize_centerface.py):
1.3-1.5x faster per call than the fp32 original on this machine's CPU (AVX512-VNNI; CPUs without
VNNI gain less), at the same recall (docs/benchmarks/faces.md).

One pass at the photo's own size misses small faces in crowds, very large faces in close-ups, and
blurred or turned faces the model is unsure of. So the photo is scanned in several passes: the
whole photo at its own size and halved until it fits one coarse view, then a fine pass, upscaled
(small photos only) so faces of 10-20 px reach the size the model was trained on. The fine pass
costs up to four times the native one, so it runs only where faces can be small: in windows
around the small candidates the whole-photo passes found (a face too small to be sure of at
native size still leaves a weak peak there), or on the whole photo when those windows cover most
of it (crowds).

Each pass keeps every heatmap peak above a low candidate threshold. Candidates from all passes
that overlap are one face, and its confidence is the noisy-OR of the best score each pass gave
it: a face seen weakly at three scales beats one weak hit on a texture. Large boxes need a higher
fused score (the model is sure of real large faces, and a large false cover costs much area).

Each pass runs in overlapping tiles, so a 12 MP photo never needs a full-size float copy; only
one tile at a time is converted to float.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from scrubkit.detect import registry
from scrubkit.detect.windows import merged_windows
from scrubkit.errors import DetectorError
from scrubkit.runtime import model_threads
from scrubkit.types import Region

if TYPE_CHECKING:
    from onnxruntime import InferenceSession

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "centerface-int8.onnx"
SOURCE = "centerface"
#: the fused score a face on an already covered image must reach to count as still visible
VERIFY_THRESHOLD = 0.5

#: CenterFace's output stride and the input multiple its feature pyramid needs
_STRIDE = 4
_ALIGN = 32


@dataclass(frozen=True)
class ScanPlan:
    """How the passes are laid out. Tile sizes are in pixels of the scaled image being scanned."""

    #: the fine pass upscales small photos until they hold this many pixels (at most `max_upscale` x per side)
    upscale_to_pixels: int = 3_200_000
    max_upscale: float = 2.0
    #: the coarsest scale shows the whole photo with its longer side at most this long
    coarse_side: int = 320
    #: ratio between successive scales
    step: float = 2.0
    #: the whole photo is also scanned mirrored at its own size when it holds at most this many pixels
    mirror_max_pixels: int = 0
    #: the fine pass looks around candidates of the whole-photo passes scoring at least `hint_score`
    #: and shorter than `hint_height` px, in windows reaching `hint_band` px beyond them; when the
    #: windows cover more than `hint_share` of the photo it scans the whole photo instead
    hint_score: float = 0.05
    hint_height: int = 40
    hint_band: int = 48
    hint_share: float = 0.6
    #: the fine pass is repeated mirrored (the model is not symmetric: profile faces often score
    #: higher mirrored, and a second look lifts faint faces' fused score)
    mirror_fine: bool = True
    #: the detector's threshold is scaled by this for fused scores of this plan. Fusing fewer passes
    #: gives lower scores than the old full plan (fine and mirrored passes over the whole photo);
    #: 0.85 keeps its recall and covered area on faces-wider and faces-groups (docs/benchmarks/faces.md)
    threshold_factor: float = 0.85
    #: tile side and overlap; a face smaller than the overlap lies whole inside some tile
    tile: int = 2048
    overlap: int = 256
    #: heatmap peaks above this become candidates; the detector's threshold applies to fused scores
    candidate_threshold: float = 0.05
    #: boxes overlapping more than this (IoU) are one face
    same_face_iou: float = 0.3
    #: boxes at least this tall (image pixels) need threshold x large_face_factor
    large_face: int = 40
    large_face_factor: float = 1.5

    def passes(self, width: int, height: int) -> list[tuple[float, bool]]:
        """The whole-photo passes, (scale, mirrored): native, then halved until the photo fits in
        `coarse_side`; native mirrored when the photo is small enough."""
        coarsest = min(1.0, self.coarse_side / max(width, height))
        scales = [1.0]
        while scales[-1] / self.step > coarsest * 1.05:
            scales.append(scales[-1] / self.step)
        if scales[-1] > coarsest * 1.05:
            scales.append(coarsest)
        mirrored = [(1.0, True)] if width * height <= self.mirror_max_pixels else []
        return [(s, False) for s in scales] + mirrored

    def fine_scale(self, width: int, height: int) -> float:
        """The fine pass's upscale factor; 1.0 means the photo is large enough to need none."""
        return min(self.max_upscale, max(1.0, (self.upscale_to_pixels / (width * height)) ** 0.5))


#: the covered-image check: native size and coarser only (see verification_detector)
VERIFY_PLAN = ScanPlan(max_upscale=1.0, threshold_factor=1.0)


class CenterFaceDetector:
    """Multi-pass, tiled CenterFace. `detect` returns face Regions in the input image's pixels."""

    name = SOURCE

    def __init__(self, threshold: float = 0.2, plan: ScanPlan = ScanPlan(), model_path: Path = MODEL_PATH):
        self.threshold = threshold
        self.plan = plan
        self._session = _load_session(str(model_path))

    def detect(self, image: np.ndarray) -> list[Region]:
        _check_image(image)
        height, width = image.shape[:2]
        return [
            Region(box=_int_box(b, width, height), kind="face", score=float(b[4]), source=SOURCE)
            for b in self.detect_boxes(image)
        ]

    def detect_boxes(self, image: np.ndarray) -> np.ndarray:
        """Fused detections as an N x 5 float array (x0, y0, x1, y1, score) in image pixels."""
        candidates = self.candidates(image)
        return candidates[candidates[:, 4] > self._needed(candidates)]

    def detect_with_unsure(self, image: np.ndarray, floor: float) -> tuple[list[Region], list[Region]]:
        """Faces (as `detect`), and the candidates scoring from `floor` up to the threshold: not
        covered, but worth a person's look (the review verdict). One scan serves both."""
        _check_image(image)
        height, width = image.shape[:2]
        candidates = self.candidates(image)
        sure = candidates[:, 4] > self._needed(candidates)
        unsure = ~sure & (candidates[:, 4] >= floor)
        def regions(keep: np.ndarray) -> list[Region]:
            return [Region(_int_box(b, width, height), "face", float(b[4]), SOURCE) for b in candidates[keep]]

        return regions(sure), regions(unsure)

    def candidates(self, image: np.ndarray) -> np.ndarray:
        """Every fused candidate, before the threshold: N x 5 (x0, y0, x1, y1, score) in image pixels."""
        height, width = image.shape[:2]
        passes = [self._scan(image, scale, mirrored) for scale, mirrored in self.plan.passes(width, height)]
        scale = self.plan.fine_scale(width, height)
        if scale > 1.0:
            windows = self._fine_windows(np.concatenate(passes), width, height)
            for mirrored in (False, True) if self.plan.mirror_fine else (False,):
                passes.append(self._scan_windows(image, windows, scale, mirrored))
        return _fuse(passes, self.plan.same_face_iou)

    def _fine_windows(self, found: np.ndarray, width: int, height: int) -> list[tuple[int, int, int, int]]:
        """Where the fine pass looks: around the small candidates in `found` (see ScanPlan)."""
        plan = self.plan
        small = found[(found[:, 4] >= plan.hint_score) & (found[:, 3] - found[:, 1] < plan.hint_height)]
        band = plan.hint_band
        boxes = [
            (max(0, int(x0) - band), max(0, int(y0) - band), min(width, int(x1) + band + 1), min(height, int(y1) + band + 1))
            for x0, y0, x1, y1, _ in small
        ]
        return merged_windows(boxes, width, height, plan.hint_share)

    def _scan_windows(
        self, image: np.ndarray, windows: list[tuple[int, int, int, int]], scale: float, mirrored: bool
    ) -> np.ndarray:
        scanned = [np.empty((0, 5), np.float32)]
        for x0, y0, x1, y1 in windows:
            boxes_in_window = self._scan(image[y0:y1, x0:x1], scale, mirrored)
            boxes_in_window[:, [0, 2]] += x0
            boxes_in_window[:, [1, 3]] += y0
            scanned.append(boxes_in_window)
        return np.concatenate(scanned)

    def _needed(self, faces: np.ndarray) -> np.ndarray:
        return needed_score(faces[:, 3] - faces[:, 1], self.threshold, self.plan)

    def _scan(self, image: np.ndarray, scale: float, mirrored: bool) -> np.ndarray:
        scaled = _resize(image, scale)
        if mirrored:
            scaled = scaled[:, ::-1]
        found = [np.empty((0, 5), np.float32)]
        for x0, y0, tile in _tiles(scaled, self.plan.tile, self.plan.overlap):
            boxes = self._run_tile(tile)
            boxes[:, [0, 2]] += x0
            boxes[:, [1, 3]] += y0
            found.append(boxes)
        boxes = np.concatenate(found)
        if mirrored:
            boxes[:, [0, 2]] = scaled.shape[1] - boxes[:, [2, 0]]
        boxes[:, :4] /= scale
        return boxes

    def _run_tile(self, tile: np.ndarray) -> np.ndarray:
        """CenterFace on one RGB tile (padded to a multiple of 32): N x 5 candidates in tile pixels."""
        height, width = tile.shape[:2]
        padded_h, padded_w = -(-height // _ALIGN) * _ALIGN, -(-width // _ALIGN) * _ALIGN
        blob = np.zeros((1, 3, padded_h, padded_w), np.float32)
        blob[0, :, :height, :width] = tile.transpose(2, 0, 1)
        try:
            heatmap, scale, offset, _landmarks = self._session.run(None, {"input.1": blob})
        except Exception as e:  # ort raises untyped errors (out of memory, bad shapes)
            raise DetectorError(f"face model failed on a {width} x {height} tile: {e}") from e
        return _decode(heatmap[0, 0], scale[0], offset[0], self.plan.candidate_threshold, width, height)


def needed_score(heights: np.ndarray, threshold: float, plan: ScanPlan = ScanPlan()) -> np.ndarray:
    """The fused score a box of each height must beat: the threshold x the plan's threshold_factor,
    and x large_face_factor for large boxes."""
    threshold = threshold * plan.threshold_factor
    return np.where(np.asarray(heights) >= plan.large_face, threshold * plan.large_face_factor, threshold)


def face_detector(threshold: float = 0.2) -> CenterFaceDetector:
    """The face detector for this process; one per threshold, all sharing one loaded model."""
    return registry.load(SOURCE, "face", threshold=float(threshold))  # type: ignore[return-value]


def verification_detector(threshold: float = 0.2) -> CenterFaceDetector:
    """The detector for checking a covered image: only confident faces count as still visible.

    Covering faces changes what the model sees: with the faces gone, faint candidates on necks,
    hands and shirts rise just above the 0.2 threshold and would be "found" outside the covers
    round after round. A face that covering failed to hide scores high, so the check asks for
    VERIFY_THRESHOLD (or the policy's threshold, if higher). Such a face is also found without
    the upscaled and mirrored passes that only help faint faces, so the check runs VERIFY_PLAN,
    several times cheaper than the search itself.
    """
    threshold = max(float(threshold), VERIFY_THRESHOLD)
    return registry.load(SOURCE, "face", threshold=threshold, plan=VERIFY_PLAN)  # type: ignore[return-value]


@lru_cache(maxsize=4)
def _load_session(model_path: str) -> InferenceSession:
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3  # the shipped model has unused initializers ort warns about
    options.intra_op_num_threads = model_threads()
    try:
        return onnxruntime.InferenceSession(model_path, options, providers=["CPUExecutionProvider"])
    except Exception as e:  # ort raises its own untyped errors for missing/corrupt files
        raise DetectorError(f"cannot load the face model {model_path}: {e}") from e


def _check_image(image: object) -> None:
    if not isinstance(image, np.ndarray) or image.ndim != 3 or image.shape[2] != 3 or image.dtype != np.uint8:
        shape = getattr(image, "shape", None)
        dtype = getattr(image, "dtype", type(image).__name__)
        raise DetectorError(f"face detector needs an RGB uint8 image (H x W x 3); got {shape} {dtype}")
    if image.shape[0] < 1 or image.shape[1] < 1:
        raise DetectorError(f"face detector got an empty image {image.shape}")


def _resize(image: np.ndarray, scale: float) -> np.ndarray:
    if scale == 1.0:
        return image
    import cv2

    height, width = image.shape[:2]
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return cv2.resize(image, size, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)


def _tiles(image: np.ndarray, max_tile: int, overlap: int) -> Iterator[tuple[int, int, np.ndarray]]:
    """(x0, y0, view) over overlapping tiles covering the image; views, not copies."""
    height, width = image.shape[:2]
    for y0, y1 in _spans(height, max_tile, overlap):
        for x0, x1 in _spans(width, max_tile, overlap):
            yield x0, y0, image[y0:y1, x0:x1]


def _spans(length: int, max_tile: int, overlap: int) -> list[tuple[int, int]]:
    """The fewest equal spans of at most `max_tile` covering `length`, neighbours sharing `overlap`."""
    count = max(1, -(-(length - overlap) // (max_tile - overlap)))
    size = -(-(length + (count - 1) * overlap) // count)
    starts = [round(i * (length - size) / (count - 1)) if count > 1 else 0 for i in range(count)]
    return [(start, min(length, start + size)) for start in starts]


def _decode(
    heatmap: np.ndarray, scale: np.ndarray, offset: np.ndarray, threshold: float, width: int, height: int
) -> np.ndarray:
    """CenterFace's heatmap/scale/offset maps -> N x 5 boxes, clipped to the unpadded tile.

    Only local maxima of the heatmap (3 x 3) become boxes, as in CenterNet: the neighbours of a
    peak describe the same face and would only be suppressed later.
    """
    import cv2

    peaks = heatmap >= cv2.dilate(heatmap, np.ones((3, 3), np.uint8))
    ys, xs = np.nonzero(peaks & (heatmap > threshold))
    box_h = np.exp(scale[0, ys, xs]) * _STRIDE
    box_w = np.exp(scale[1, ys, xs]) * _STRIDE
    cy = (ys + offset[0, ys, xs] + 0.5) * _STRIDE
    cx = (xs + offset[1, ys, xs] + 0.5) * _STRIDE
    boxes = np.stack(
        [cx - box_w / 2, cy - box_h / 2, cx + box_w / 2, cy + box_h / 2, heatmap[ys, xs]], axis=1
    ).astype(np.float32)
    boxes[:, [0, 2]] = boxes[:, [0, 2]].clip(0, width)
    boxes[:, [1, 3]] = boxes[:, [1, 3]].clip(0, height)
    return boxes.reshape(-1, 5)


def _fuse(passes: list[np.ndarray], same_face_iou: float) -> np.ndarray:
    """Group overlapping candidates from all passes; score = noisy-OR of each pass's best score.

    Each group is represented by its best-scoring box. N x 5 (x0, y0, x1, y1, fused score).
    """
    boxes = np.concatenate([np.c_[found, np.full(len(found), i)] for i, found in enumerate(passes)])
    boxes = boxes[np.argsort(-boxes[:, 4])]
    areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    alive = np.ones(len(boxes), bool)
    faces = []
    for i in range(len(boxes)):
        if not alive[i]:
            continue
        rest = np.nonzero(alive[i:])[0] + i
        inter_w = np.minimum(boxes[i, 2], boxes[rest, 2]) - np.maximum(boxes[i, 0], boxes[rest, 0])
        inter_h = np.minimum(boxes[i, 3], boxes[rest, 3]) - np.maximum(boxes[i, 1], boxes[rest, 1])
        inter = inter_w.clip(0) * inter_h.clip(0)
        group = rest[inter / (areas[i] + areas[rest] - inter + 1e-9) > same_face_iou]
        alive[group] = False
        best_per_pass = [boxes[group][boxes[group, 5] == p, 4].max() for p in np.unique(boxes[group, 5])]
        faces.append([*boxes[i, :4], 1 - np.prod(1 - np.asarray(best_per_pass))])
    return np.asarray(faces, np.float32).reshape(-1, 5)


def _int_box(box: np.ndarray, width: int, height: int) -> tuple[int, int, int, int]:
    """Round outwards so the integer box still holds the whole detection."""
    x0, y0 = max(0, int(np.floor(box[0]))), max(0, int(np.floor(box[1])))
    x1, y1 = min(width, int(np.ceil(box[2]))), min(height, int(np.ceil(box[3])))
    return x0, y0, max(x1, x0 + 1), max(y1, y0 + 1)
