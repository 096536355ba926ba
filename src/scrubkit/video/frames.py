"""The streaming decode: one pass over the file's packets, video frames turned upright as they come.

Only one decoded frame is held here; the look-ahead window (window.py) decides how many more are
kept. Audio packets are handed to a callback in the same pass so nothing is read twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from scrubkit.errors import CorruptImage

if TYPE_CHECKING:
    import av
    import av.container

AudioSink = Callable[["av.AudioFrame"], None]


@dataclass
class Frame:
    """One decoded frame: upright RGB pixels and its presentation time (seconds from the first frame)."""

    index: int
    time: float
    pixels: np.ndarray


def upright(frame: av.VideoFrame) -> np.ndarray:
    """RGB pixels as a player shows them: PyAV reports the display rotation but does not apply it."""
    pixels = frame.to_ndarray(format="rgb24")
    turns = (frame.rotation or 0) // 90 % 4
    return np.ascontiguousarray(np.rot90(pixels, k=turns)) if turns else pixels


def read_frames(container: av.container.InputContainer, audio: AudioSink | None = None) -> Iterator[Frame]:
    """Decode the first video stream (and, with `audio`, the first audio stream) in one pass.

    A packet that cannot be decoded fails the file (CorruptImage): a frame skipped is a frame not checked.
    """
    import av

    video = container.streams.video[0]
    video.thread_type = "AUTO"
    streams = [video]
    if audio is not None and container.streams.audio:
        streams.append(container.streams.audio[0])
    index, start = 0, None
    try:
        for packet in container.demux(*streams):
            if packet.stream.type == "audio":
                for sound in packet.decode():
                    audio(sound)  # type: ignore[misc]
                continue
            for decoded in packet.decode():
                time = float(decoded.time) if decoded.time is not None else index / float(video.average_rate or 25)
                start = time if start is None else start
                yield Frame(index, time - start, upright(decoded))
                index += 1
    except av.error.FFmpegError as e:
        raise CorruptImage(f"video cannot be decoded after frame {index} (damaged or truncated): {e}") from None
