"""Covers carried across neighbouring frames, so a face the detector drops for a few frames stays covered.

Detectors flicker: a face turning or moving fast is found in one frame and lost in the next. Every
frame is therefore covered with what was found in it AND in the `lookahead` frames before and after
it, each borrowed box grown for the motion it may have made in between. A face lost for up to
2 x lookahead frames between two detections is covered throughout, one seen entering the frame is
covered `lookahead` frames early, one that leaves stays covered `lookahead` frames after.

Text is read only on some frames (see detect.py). What the last two reads found is held, unmoved,
on every frame after them until newer reads replace it (signs and name tiles stay put, and one
read that misses a word does not uncover it), and a read's text is also borrowed by the
`lookahead` frames before it like any other region.

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
    read_text: bool


class CoverWindow:
    """Push frames with their detections; get frames back `lookahead` frames later with their covers."""

    def __init__(self, lookahead: int, motion_pad: float) -> None:
        self.lookahead = lookahead
        self.motion_pad = motion_pad
        self._slots: deque[Slot] = deque(maxlen=2 * lookahead + 1)
        self._held: deque[list[Region]] = deque(maxlen=2)  # the text of the last two reads

    def push(self, frame: Frame, found: list[Region], read_text: bool = False) -> Iterator[tuple[Frame, list[Region]]]:
        """Add one frame (`read_text`: text was looked for in it); yields the frame now `lookahead`
        behind, if there is one, with its covers."""
        self._slots.append(Slot(frame, found, read_text))
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
        if slot.read_text:
            self._held.append([r for r in slot.found if r.kind == "text"])
        covers = [r for r in slot.found if r.kind != "text"] + [r for read in self._held for r in read]
        for other in self._slots:
            distance = other.frame.index - slot.frame.index
            if distance == 0 or abs(distance) > self.lookahead:
                continue
            borrowed = [r for r in other.found if r.kind != "text" or distance > 0]  # past text is held
            covers += [self._borrowed(r, abs(distance), width, height) for r in borrowed]
        return slot.frame, covers

    def _borrowed(self, region: Region, distance: int, width: int, height: int) -> Region:
        """A region seen `distance` frames away, grown for how far it may have moved since."""
        return replace(expand(region, self.motion_pad * distance, width, height), source=f"{region.source}+carried")
