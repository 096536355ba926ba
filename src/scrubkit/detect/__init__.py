"""Detectors: each turns an RGB image into a list of Regions, and nothing else knows which model ran.

Images are numpy arrays, H x W x 3, uint8, RGB, already orientation-corrected; every Region is in
that image's pixel coordinates. Detectors load their models lazily, once per process, from files
shipped inside the installed packages, and raise DetectorError (never anything else) when they fail.
Not every model library is safe to call from two threads at once, so `find_regions` runs one image
at a time per process (each model call already uses the cores the process is given).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

import numpy as np

from scrubkit.detect.windows import detect_in_windows, windows_around
from scrubkit.errors import DetectorError, ScrubError
from scrubkit.policy import Policy
from scrubkit.types import Box, Region

T = TypeVar("T")


class Detector(Protocol):
    """What every detector offers. `name` is the Region.source it stamps on what it finds."""

    name: str

    def detect(self, image: np.ndarray) -> list[Region]: ...


#: held while the detectors run on one image (see the module docstring)
_MODELS_IN_USE = threading.Lock()


def find_regions(
    image: np.ndarray,
    policy: Policy,
    *,
    for_verification: bool = False,
    unsure: list[Region] | None = None,
    near: Sequence[Box] | None = None,
) -> list[Region]:
    """Every region the policy wants covered: what its detectors find, chosen by `select_regions`
    (plausibility filters, then uniform marks or torsos around the faces).

    With `for_verification`, only the detectors whose findings prove a leak (faces and text) run,
    faces at the verification threshold and text without the small-text pass: torsos and marks are
    placed by geometry and detail, so re-detecting them on a covered image proves nothing. With `near` (the boxes
    that changed since the search), they look only around those boxes (see detect/windows.py).
    A list passed as `unsure` receives what was found but left uncovered for lack of confidence
    (for the review verdict, scrubkit.verdict).
    """
    with _MODELS_IN_USE:
        return _find_regions(image, policy, for_verification, unsure, near)


def _find_regions(
    image: np.ndarray, policy: Policy, for_verification: bool, unsure: list[Region] | None, near: Sequence[Box] | None
) -> list[Region]:
    windows = None if near is None else windows_around(near, image.shape[1], image.shape[0])

    def _run(detector: Detector, image: np.ndarray) -> list[Region]:
        if windows is None:
            return _guarded(detector.name, lambda: detector.detect(image))
        return _guarded(detector.name, lambda: detect_in_windows(image, windows, detector.detect))

    faces: list[Region] = []
    texts: list[Region] = []
    if policy.people != "off":
        from scrubkit.detect.faces import face_detector, verification_detector

        if for_verification:
            faces = _run(verification_detector(policy.face_threshold), image)
        else:
            from scrubkit.verdict import UNSURE_FLOOR

            detector = face_detector(policy.face_threshold)
            if unsure is not None and hasattr(detector, "detect_with_unsure"):  # one scan gives both
                faces, doubtful = _guarded(detector.name, lambda: detector.detect_with_unsure(image, UNSURE_FLOOR))
                unsure += doubtful
            else:
                faces = _run(detector, image)
    if policy.text != "off":
        from scrubkit.detect.text import identifying_regions, text_detector, verification_text_detector

        reader = verification_text_detector if for_verification else text_detector
        found = _run(reader(policy.ocr), image)
        texts = identifying_regions(found) if policy.text == "identifying" else found
        if unsure is not None:
            from scrubkit.verdict import UNREADABLE_SCORE

            unsure += [r for r in found if r not in texts and r.score < UNREADABLE_SCORE]
    if not faces and not texts and (for_verification or policy.people == "off"):
        return []
    from scrubkit.detect.selection import select_regions

    return _guarded("person segmentation or uniform", lambda: select_regions(image, faces, texts, policy, for_verification=for_verification))


def _guarded(name: str, call: Callable[[], T]) -> T:
    """Turn any detector failure into DetectorError so the file fails closed with a reason."""
    try:
        return call()
    except ScrubError:
        raise
    except Exception as e:  # a model may fail in ways we cannot list
        raise DetectorError(f"{name} detector failed: {type(e).__name__}: {e}") from e
