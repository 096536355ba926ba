"""Face detection: CenterFace (MIT, shipped in scrubkit/models) run over an image pyramid in tiles.

One pass at the photo's own size misses small faces in crowds and very large faces in close-ups.
So the photo is scanned at several scales: upscaled (small photos only) so faces of 10-20 px reach
the size the model was trained on, native, and halved until the whole photo fits one coarse view
for close-ups. Each scale is processed in overlapping tiles, so a 12 MP photo never needs a
full-size float copy; only one tile at a time is converted to float. Detections from every
scale and tile are merged by non-maximum suppression.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from scrubkit.errors import DetectorError
from scrubkit.types import Region

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "centerface.onnx"
SOURCE = "centerface"

#: CenterFace's output stride and the input multiple its feature pyramid needs
_STRIDE = 4
_ALIGN = 32


@dataclass(frozen=True)
class ScanPlan:
    """How the pyramid is laid out. Sizes are in pixels of the scaled image being scanned."""

    #: upscale small photos until they hold this many pixels (at most `max_upscale` x per side)
    upscale_to_pixels: int = 3_200_000
    max_upscale: float = 2.0
    #: the coarsest scale shows the whole photo with its longer side at most this long
    coarse_side: int = 640
    #: ratio between successive scales
    step: float = 2.0
    #: tile side and overlap; a face smaller than the overlap lies whole inside some tile
    tile: int = 1024
    overlap: int = 256
    #: boxes overlapping more than this (IoU) are one face
    nms_iou: float = 0.3

    def scales(self, width: int, height: int) -> list[float]:
        """Scales from finest to coarsest; the last one fits the whole photo in `coarse_side`."""
        first = min(self.max_upscale, max(1.0, (self.upscale_to_pixels / (width * height)) ** 0.5))
        coarsest = min(1.0, self.coarse_side / max(width, height))
        scales = [first]
        while scales[-1] / self.step > coarsest * 1.05:
            scales.append(scales[-1] / self.step)
        if scales[-1] > coarsest * 1.05:
            scales.append(coarsest)
        return scales


class CenterFaceDetector:
    """Multi-scale, tiled CenterFace. `detect` returns face Regions in the input image's pixels."""

    name = SOURCE

    def __init__(self, threshold: float = 0.2, plan: ScanPlan = ScanPlan(), model_path: Path = MODEL_PATH):
        self.threshold = threshold
        self.plan = plan
        self._session = _load_session(str(model_path))

    def detect(self, image: np.ndarray) -> list[Region]:
        _check_image(image)
        boxes = self.detect_boxes(image)
        height, width = image.shape[:2]
        return [
            Region(box=_int_box(b, width, height), kind="face", score=float(b[4]), source=SOURCE)
            for b in boxes
        ]

    def detect_boxes(self, image: np.ndarray) -> np.ndarray:
        """Merged detections as an N x 5 float array (x0, y0, x1, y1, score) in image pixels."""
        height, width = image.shape[:2]
        found = [self._scan_scale(image, scale) for scale in self.plan.scales(width, height)]
        return _nms(np.concatenate(found), self.plan.nms_iou)

    def _scan_scale(self, image: np.ndarray, scale: float) -> np.ndarray:
        scaled = _resize(image, scale)
        found = []
        for x0, y0, tile in _tiles(scaled, self.plan.tile, self.plan.overlap):
            boxes = self._run_tile(tile)
            boxes[:, [0, 2]] += x0
            boxes[:, [1, 3]] += y0
            found.append(boxes)
        boxes = np.concatenate(found)
        boxes[:, :4] /= scale
        return boxes

    def _run_tile(self, tile: np.ndarray) -> np.ndarray:
        """CenterFace on one RGB tile (padded to a multiple of 32): N x 5 boxes in tile pixels."""
        height, width = tile.shape[:2]
        padded_h, padded_w = -(-height // _ALIGN) * _ALIGN, -(-width // _ALIGN) * _ALIGN
        blob = np.zeros((1, 3, padded_h, padded_w), np.float32)
        blob[0, :, :height, :width] = tile.transpose(2, 0, 1)
        heatmap, scale, offset, _landmarks = self._session.run(None, {"input.1": blob})
        return _decode(heatmap[0, 0], scale[0], offset[0], self.threshold, width, height)


def face_detector(threshold: float = 0.2) -> CenterFaceDetector:
    """The face detector for this process; one per threshold, all sharing one loaded model."""
    return _detector(float(threshold))


@lru_cache(maxsize=8)
def _detector(threshold: float) -> CenterFaceDetector:
    return CenterFaceDetector(threshold)


@lru_cache(maxsize=4)
def _load_session(model_path: str):  # -> onnxruntime.InferenceSession
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3  # the shipped model has unused initializers ort warns about
    try:
        return onnxruntime.InferenceSession(model_path, options, providers=["CPUExecutionProvider"])
    except Exception as e:  # noqa: BLE001 - ort raises its own untyped errors for missing/corrupt files
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


def _tiles(image: np.ndarray, tile: int, overlap: int):
    """(x0, y0, view) over overlapping tiles covering the image; views, not copies."""
    height, width = image.shape[:2]
    for y0 in _starts(height, tile, overlap):
        for x0 in _starts(width, tile, overlap):
            yield x0, y0, image[y0 : y0 + tile, x0 : x0 + tile]


def _starts(length: int, tile: int, overlap: int) -> list[int]:
    if length <= tile:
        return [0]
    count = -(-(length - overlap) // (tile - overlap))
    return [round(i * (length - tile) / (count - 1)) for i in range(count)]


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


def _nms(boxes: np.ndarray, iou_limit: float) -> np.ndarray:
    """Keep the best-scoring box of each group overlapping by more than `iou_limit`."""
    boxes = boxes[np.argsort(-boxes[:, 4])]
    areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    keep = []
    alive = np.ones(len(boxes), bool)
    for i in range(len(boxes)):
        if not alive[i]:
            continue
        keep.append(i)
        rest = np.nonzero(alive[i + 1 :])[0] + i + 1
        inter_w = np.minimum(boxes[i, 2], boxes[rest, 2]) - np.maximum(boxes[i, 0], boxes[rest, 0])
        inter_h = np.minimum(boxes[i, 3], boxes[rest, 3]) - np.maximum(boxes[i, 1], boxes[rest, 1])
        inter = inter_w.clip(0) * inter_h.clip(0)
        iou = inter / (areas[i] + areas[rest] - inter + 1e-9)
        alive[rest[iou > iou_limit]] = False
    return boxes[keep]


def _int_box(box: np.ndarray, width: int, height: int) -> tuple[int, int, int, int]:
    """Round outwards so the integer box still holds the whole detection."""
    x0, y0 = max(0, int(np.floor(box[0]))), max(0, int(np.floor(box[1])))
    x1, y1 = min(width, int(np.ceil(box[2]))), min(height, int(np.ceil(box[3])))
    return x0, y0, max(x1, x0 + 1), max(y1, y0 + 1)
