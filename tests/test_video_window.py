"""The cover window: what is found in one frame covers its neighbours, grown for motion; text is held."""

from __future__ import annotations

import numpy as np

from scrubkit.types import Region
from scrubkit.video.frames import Frame
from scrubkit.video.window import CoverWindow

FACE = Region(box=(100, 100, 140, 150), kind="face", score=0.9, source="centerface")
SIGN = Region(box=(10, 10, 90, 30), kind="text", score=0.9, source="rapidocr", text="Emily")


def run(found: dict[int, list[Region]], frames: int, reads: set[int] = frozenset(), lookahead: int = 6) -> list[list[Region]]:
    window = CoverWindow(lookahead, motion_pad=0.06)
    out: list[tuple[Frame, list[Region]]] = []
    for index in range(frames):
        frame = Frame(index, index / 25, np.zeros((360, 640, 3), np.uint8))
        out += window.push(frame, found.get(index, []), index in reads)
    out += window.flush()
    assert [f.index for f, _ in out] == list(range(frames))  # every frame once, in order
    return [covers for _, covers in out]


def test_a_face_lost_between_two_detections_stays_covered_and_grows_with_distance() -> None:
    covers = run({0: [FACE], 12: [FACE]}, 20)
    assert all(covers[i] for i in range(19))  # 13..18 borrow from 12 (look-behind)
    assert not covers[19]  # 7 frames after the last sighting: beyond the window
    middle = max(covers[6], key=lambda r: r.box[2] - r.box[0])
    assert middle.box[0] < FACE.box[0] and middle.box[2] > FACE.box[2]  # grown for motion
    assert len(covers[0]) == 1 and covers[0][0].box == FACE.box  # its own frame: as found


def test_short_videos_and_the_end_of_a_video_are_covered() -> None:
    assert all(run({1: [FACE]}, 3))


def test_text_is_held_until_newer_reads_replace_it() -> None:
    covers = run({0: [SIGN]}, 30, reads={0, 6, 12, 18, 24})
    assert all(any(r.kind == "text" for r in c) for c in covers[:12])  # held through one empty read
    assert not any(r.kind == "text" for r in covers[12])  # two reads found nothing: gone
    early = run({12: [SIGN]}, 20, reads={0, 6, 12, 18})
    assert any(r.kind == "text" for r in early[6]) and not any(r.kind == "text" for r in early[5])
