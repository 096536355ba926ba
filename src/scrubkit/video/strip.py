"""The review strip: a few frames of the CLEANED video in a 2 x 2 grid, covers outlined.

While a video is scrubbed, StripPicker remembers for each of STRIP_FRAMES equal stretches of it the
frame with the most covers, and those covers (Region.frame set). The review page later decodes just
those frames from the output, never from the original, and outlines the covers on them.
"""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO
from pathlib import Path

import numpy as np

from scrubkit.covering import fraction_covered
from scrubkit.types import Region

STRIP_FRAMES = 4
#: a cover this much inside a larger one is a copy of it carried from a neighbouring frame
INSIDE = 0.8
#: height of one frame in the strip, pixels
STRIP_HEIGHT = 180
#: outline colours, as on the review page (face, text, person)
_COLOURS = {"face": (0, 200, 83), "text": (41, 98, 255), "person": (255, 145, 0)}


class StripPicker:
    """Keeps, per stretch of the video, the frame with the most covers and those covers."""

    def __init__(self, expected_frames: int, count: int = STRIP_FRAMES) -> None:
        self.stretch = max(1, -(-expected_frames // count))
        self.count = count
        self._best: dict[int, tuple[int, list[Region]]] = {}

    def offer(self, index: int, covers: list[Region]) -> None:
        stretch = min(index // self.stretch, self.count - 1)
        if covers and len(covers) > len(self._best.get(stretch, (0, []))[1]):
            self._best[stretch] = (index, covers)

    def regions(self) -> list[Region]:
        return [replace(r, frame=index) for index, covers in self._best.values() for r in distinct(covers)]


def distinct(covers: list[Region]) -> list[Region]:
    """The covers of one frame without those lying (almost) inside a larger one of the same kind:
    the window carries the same face over from several frames."""
    kept: list[Region] = []
    for region in sorted(covers, key=lambda r: -(r.box[2] - r.box[0]) * (r.box[3] - r.box[1])):
        same = [k.box for k in kept if k.kind == region.kind]
        if fraction_covered(region.box, same) < INSIDE:
            kept.append(region)
    return kept


def strip_image(output: Path, regions: list[Region], count: int = STRIP_FRAMES) -> tuple[bytes, int, int]:
    """JPEG bytes of `count` frames of the cleaned video `output` with `regions` outlined; and its size.

    Frames with covers are shown first; the rest of the strip is filled with evenly spaced frames.
    """
    import av
    import cv2
    from PIL import Image

    with av.open(str(output)) as container:
        stream = container.streams.video[0]
        total = stream.frames or 1
        wanted = sorted({r.frame for r in regions if r.frame is not None})[:count]
        spare = [round((i + 0.5) * total / count) for i in range(count)]
        wanted = sorted(set(wanted) | set(spare[: count - len(wanted)]))[:count]
        cells = []
        for index, frame in enumerate(container.decode(stream)):
            if index in wanted:
                pixels = frame.to_ndarray(format="rgb24")
                for region in regions:
                    if region.frame == index:
                        x0, y0, x1, y1 = region.box
                        cv2.rectangle(pixels, (x0, y0), (x1 - 1, y1 - 1), _COLOURS.get(region.kind, (0, 200, 83)),
                                      max(2, pixels.shape[0] // 120))
                scale = STRIP_HEIGHT / pixels.shape[0]
                cells.append(cv2.resize(pixels, (max(1, round(pixels.shape[1] * scale)), STRIP_HEIGHT),
                                        interpolation=cv2.INTER_AREA))
            if index >= wanted[-1]:
                break
    while len(cells) % 2:
        cells.append(np.zeros_like(cells[0]))
    strip = np.vstack([np.hstack(cells[i : i + 2]) for i in range(0, len(cells), 2)])
    buffer = BytesIO()
    Image.fromarray(strip).save(buffer, "JPEG", quality=80)
    return buffer.getvalue(), strip.shape[1], strip.shape[0]
