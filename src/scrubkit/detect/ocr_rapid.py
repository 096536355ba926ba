"""The default OCR backend: RapidOCR (PP-OCR det + cls + rec on onnxruntime).

The recogniser and angle classifier are the ones its wheel bundles, its defaults: any other model
choice by name makes RapidOCR download weights, which must never happen at run time. The text
detector is an int8 copy of the wheel's PP-OCRv6 small det, shipped in scrubkit/models and given by
path (made by scripts/quantize_ocr_det.py; about 3x less CPU per read, the same ICDAR recall).
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from rapidocr.ch_ppocr_det.utils import DetPreProcess

from scrubkit.detect.quads import region_from_points
from scrubkit.runtime import model_threads
from scrubkit.types import Region

#: Lower than RapidOCR's defaults (box_thresh 0.5, text_score 0.5): for a scrubber a faint or
#: half-read sign is still text to cover, and a needless cover costs little.
_BOX_THRESHOLD = 0.3
_MIN_TEXT_SCORE = 0.3
#: the int8 text detector (see the module docstring)
DET_MODEL = Path(__file__).resolve().parents[1] / "models" / "ppocrv6-det-int8.onnx"
#: larger than any read TextDetector makes (its reads stay under a few megapixels)
_NO_LIMIT = 100_000


class RapidOcrBackend:
    """Reads an RGB image with RapidOCR; one instance holds the loaded models."""

    name = "rapidocr"

    def __init__(self) -> None:
        from rapidocr import RapidOCR

        self._engine = RapidOCR(
            params={
                "Global.log_level": "error",
                "Global.text_score": _MIN_TEXT_SCORE,
                "Det.box_thresh": _BOX_THRESHOLD,
                "Det.model_path": str(DET_MODEL),
                # read at the size given: TextDetector decides every read's size (whole photo
                # shrunk to 2000 px, small text enlarged), so RapidOCR neither shrinks nor enlarges
                "Det.limit_type": "max",
                "Det.limit_side_len": _NO_LIMIT,
                "Global.max_side_len": _NO_LIMIT,
                "EngineConfig.onnxruntime.intra_op_num_threads": model_threads() or -1,
            }
        )
        detector = self._engine._load_det_model()
        preprocess = _DetectorInput(detector.limit_side_len, detector.limit_type, detector.mean, detector.std)
        detector.get_preprocess = lambda: preprocess

    def read(self, image: np.ndarray) -> list[Region]:
        # A numpy input is taken as BGR by RapidOCR.
        result = self._engine(np.ascontiguousarray(image[:, :, ::-1]))
        if result.boxes is None or result.txts is None:
            return []
        return [
            region_from_points(points, text=text, score=float(score), source=self.name)
            for points, text, score in zip(result.boxes, result.txts, result.scores)
        ]



class _DetectorInput(DetPreProcess):
    """RapidOCR's detector input, (x / 255 - mean) / std as 1 x 3 x H x W float32, in fewer passes.

    RapidOCR computes it over the H x W x 3 image with a temporary per step and hands onnxruntime a
    transposed view, which onnxruntime copies again. Here each channel is computed in place, in
    float32, straight into the contiguous array the model reads: bit for bit the values RapidOCR
    computes with float32 mean and std, for a quarter of the CPU (0.136 -> 0.034 s for a
    2560 x 1440 read, the contiguous copy included).
    """

    def __call__(self, img: np.ndarray) -> np.ndarray | None:
        resized = self.resize(img)  # RapidOCR's: sides rounded to a multiple of 32
        if resized is None:
            return None
        blob = np.empty((1, 3, *resized.shape[:2]), np.float32)
        scale = np.float32(self.scale)
        for channel, plane in enumerate(cv2.split(resized)):
            out = blob[0, channel]
            np.multiply(plane, scale, out=out, dtype=np.float32)
            out -= np.float32(self.mean[channel])
            out /= np.float32(self.std[channel])
        return blob
