"""The model table: backends and detectors by name, loaded once (also when threads race), the OCR
backends free of the old detect.text <-> ocr_* import cycle."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from typing import get_args

import pytest

from scrubkit.detect import registry
from scrubkit.detect.faces import CenterFaceDetector, face_detector
from scrubkit.errors import PolicyError
from scrubkit.policy import OcrBackend


def test_every_ocr_choice_of_a_policy_is_in_the_table_and_nothing_else() -> None:
    assert set(registry.names("ocr")) == set(get_args(OcrBackend))
    assert registry.names("face") == ("centerface",)


def test_threads_asking_at_once_share_one_loaded_detector() -> None:
    with ThreadPoolExecutor(4) as pool:
        found = list(pool.map(lambda _: registry.load("centerface", "face", threshold=0.37), range(8)))
    assert isinstance(found[0], CenterFaceDetector) and all(d is found[0] for d in found)
    assert face_detector(0.37) is found[0]


def test_unknown_names_and_wrong_kinds_are_policy_errors() -> None:
    with pytest.raises(PolicyError, match="unknown OCR backend 'tesseract'; choose one of rapidocr, easyocr"):
        registry.load("tesseract", "ocr")
    with pytest.raises(PolicyError, match="unknown face detector 'rapidocr'"):
        registry.load("rapidocr", "face")


def test_an_ocr_backend_imports_without_the_text_detector() -> None:
    code = "import sys, scrubkit.detect.ocr_rapid; print('scrubkit.detect.text' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
