"""Covers carried across neighbouring frames, so a face the detector drops for a few frames stays covered.

Detectors flicker: a face turning or moving fast is found in one frame and lost in the next. Every
frame is therefore covered with what was found in it AND in the `lookahead` frames before and after
it, each borrowed box grown for the motion it may have made in between. A face lost for up to
2 x lookahead frames between two detections is covered throughout, one seen entering the frame is
covered `lookahead` frames early, one that leaves stays covered `lookahead` frames after.

The window holds 2 x lookahead + 1 frames: memory is bounded whatever the length of the video,
and the output lags the input by `lookahead` frames (the latency a live mode would have).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, replace

from scrubkit.redact import expand
from scrubkit.types import Region
from scrubkit.video.frames import Frame


@dataclass
class Slot:
    """A frame waiting in the window with what was found in it."""

    frame: Frame
    found: list[Region]


class CoverWindow:
    """Push frames with their detections; get frames back `lookahead` frames later with their covers."""

    def __init__(self, lookahead: int, motion_pad: float) -> None:
        self.lookahead = lookahead
        self.motion_pad = motion_pad
        self._slots: deque[Slot] = deque(maxlen=2 * lookahead + 1)

    def push(self, frame: Frame, found: list[Region]) -> Iterator[tuple[Frame, list[Region]]]:
        """Add one frame; yields the frame now `lookahead` behind, if there is one, with its covers."""
        self._slots.append(Slot(frame, found))
        centre = len(self._slots) - 1 - self.lookahead
        if centre >= 0:
            yield self._covered(centre)

    def flush(self) -> Iterator[tuple[Frame, list[Region]]]:
        """The frames still in the window, at the end of the video."""
        start = max(0, len(self._slots) - self.lookahead)
        for centre in range(start, len(self._slots)):
            yield self._covered(centre)

    def _covered(self, centre: int) -> tuple[Frame, list[Region]]:
        slot = self._slots[centre]
        height, width = slot.frame.pixels.shape[:2]
        covers = list(slot.found)
        for other in self._slots:
            distance = abs(other.frame.index - slot.frame.index)
            if distance == 0 or distance > self.lookahead:
                continue
            covers += [self._borrowed(r, distance, width, height) for r in other.found]
        return slot.frame, covers

    def _borrowed(self, region: Region, distance: int, width: int, height: int) -> Region:
        """A region seen `distance` frames away, grown for how far it may have moved since."""
        return replace(expand(region, self.motion_pad * distance, width, height), source=f"{region.source}+carried")
