"""Detectors: each turns an RGB image into a list of Regions, and nothing else knows which model ran.

Images are numpy arrays, H x W x 3, uint8, RGB, already orientation-corrected; every Region is in
that image's pixel coordinates. Detectors load their models lazily, once per process, from files
shipped inside the installed packages, and raise DetectorError (never anything else) when they fail.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

from scrubkit.types import Region


class Detector(Protocol):
    """What every detector offers. `name` is the Region.source it stamps on what it finds."""

    name: str

    def detect(self, image: np.ndarray) -> list[Region]: ...
