"""What scripts/quantize_centerface.py and scripts/quantize_ocr_det.py share: the calibration photos
(never evaluation photos), a reader feeding each view to onnxruntime, and the static int8 QDQ
quantisation both models get (opset 13, onnxruntime's pre-processing, per-channel QInt8 weights,
QUInt8 activations, MinMax ranges). Run with onnx installed (not a run-time dependency of scrubkit).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import onnx
from onnx import version_converter
from onnxruntime.quantization import CalibrationDataReader, QuantFormat, QuantType, quantize_static
from onnxruntime.quantization.shape_inference import quant_pre_process

REPO = Path(__file__).resolve().parents[1]
#: the photos ranges are calibrated on: the examples and the metadata test photos, no labelled set
CALIBRATION = [REPO / "examples" / "photos", REPO.parent / "shared" / "data" / "metadata"]


def calibration_photos(suffixes: frozenset[str] = frozenset({".jpg", ".jpeg", ".png", ".webp"})) -> list[Path]:
    return sorted(p for root in CALIBRATION for p in root.rglob("*") if p.suffix.lower() in suffixes)


class Views(CalibrationDataReader):
    """Feeds each blob to the model's input `name`, one at a time (MinMax keeps only min and max)."""

    def __init__(self, blobs: Iterator[np.ndarray], name: str):
        self._blobs, self._name = blobs, name

    def get_next(self) -> dict[str, np.ndarray] | None:
        item = next(self._blobs, None)
        return None if item is None else {self._name: item}


def quantize_int8(
    src: str, dst: str, views: Views, keep_fp32: Callable[[onnx.ModelProto], list[str]] | None = None
) -> None:
    """Quantise `src` into `dst`; `keep_fp32` may name nodes of the pre-processed model to leave in fp32."""
    with tempfile.TemporaryDirectory() as work:
        opset13, prepared = Path(work) / "opset13.onnx", Path(work) / "prepared.onnx"
        onnx.save(version_converter.convert_version(onnx.load(src), 13), opset13)
        quant_pre_process(str(opset13), str(prepared), skip_symbolic_shape=True)
        excluded: list[str] = []
        if keep_fp32 is not None:
            model = onnx.load(prepared)
            excluded = keep_fp32(model)
            onnx.save(model, prepared)
        quantize_static(
            str(prepared), dst, views, quant_format=QuantFormat.QDQ, per_channel=True,
            activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8, nodes_to_exclude=excluded,
        )
