"""What to cover in one video frame: the photo detectors, scheduled for video.

Faces are looked for every `face_every` frames with the photo face model (CenterFace) on a plan
sized for video: an upscaled pass only for small frames (so 20 px faces in a 640 x 360 clip are
found as in photos), native size, and coarser views for close-ups; no mirrored pass (the next
frames give the model another look anyway). Unless the policy's uniforms are "off", torsos are added from those
faces. Visible text is read every `text_every` frames. The cover window (window.py) carries every
finding over to the frames in between, so a frame not looked at is still covered.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from scrubkit.detect import _guarded, find_regions
from scrubkit.detect.faces import CenterFaceDetector, ScanPlan
from scrubkit.policy import Policy
from scrubkit.types import Region

#: small frames are upscaled until they hold this many pixels (640 x 360 doubles; 720p stays native)
VIDEO_PLAN = ScanPlan(upscale_to_pixels=1_000_000, mirror_max_pixels=0)


@lru_cache(maxsize=4)
def video_face_detector(threshold: float) -> CenterFaceDetector:
    return CenterFaceDetector(threshold, VIDEO_PLAN)


class FrameDetector:
    """Runs the policy's detectors on frame after frame, each on its schedule."""

    def __init__(self, policy: Policy, face_every: int, text_every: int) -> None:
        self.policy = policy
        self.face_every = max(1, face_every)
        self.text_every = max(1, text_every)
        self._faces = video_face_detector(policy.face_threshold) if policy.people != "off" else None
        self._text_policy = Policy(name="video-text", people="off", text=policy.text, ocr=policy.ocr)

    def reads_text(self, index: int) -> bool:
        return self.policy.text != "off" and index % self.text_every == 0

    def detect(self, index: int, pixels: np.ndarray) -> list[Region]:
        regions: list[Region] = []
        if self._faces is not None and index % self.face_every == 0:
            faces = _guarded(self._faces.name, lambda: self._faces.detect(pixels))  # type: ignore[union-attr]
            regions += faces
            if self.policy.uniforms != "off":  # video covers torsos for any uniforms mode (no marks yet)
                from scrubkit.detect.people import torso_regions

                regions += _guarded("person", lambda: torso_regions(pixels, faces))
        if self.reads_text(index):
            regions += find_regions(pixels, self._text_policy)
        return regions
