"""Write a fresh H.264 MP4: new streams, new timestamps, nothing copied from the input's container.

A remux keeps the input's metadata (GPS in `loci`/`©xyz`, make, model, titles, handler names, data
and timecode tracks); here only coded pictures and (optionally) re-encoded sound are written:
libx264, yuv420p, the moov atom first (+faststart, so players and platforms can stream it), the
muxer in bit-exact mode (no encoder tag) and no creation time (dates read 0000:00:00).
"""

from __future__ import annotations

from contextlib import suppress
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import av
    import av.container

VIDEO_CODEC = "libx264"
AUDIO_CODEC = "aac"
AUDIO_BITRATE = 128_000
#: AAC sample rates; any other input rate is resampled to 48 kHz
_AAC_RATES = {8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000, 64000, 88200, 96000}


class VideoWriter:
    """Encodes upright RGB frames (and decoded audio frames) into a new MP4 at `path`.

    Timestamps are the input's (variable frame rates survive), in the input's time base. yuv420p
    needs even sides: an odd last row or column is dropped.
    """

    def __init__(
        self, path: Path, size: tuple[int, int], rate: Fraction, time_base: Fraction, crf: int, preset: str,
        audio: tuple[int, str] | None,
    ) -> None:
        import av

        self.path = path
        self._time_base = time_base
        self._width, self._height = size[0] - size[0] % 2, size[1] - size[1] % 2
        self._container: av.container.OutputContainer = av.open(
            str(path), mode="w", format="mp4",
            options={"movflags": "+faststart", "fflags": "+bitexact"},
        )
        self._video = self._container.add_stream(VIDEO_CODEC, rate=rate)
        self._video.width, self._video.height, self._video.pix_fmt = self._width, self._height, "yuv420p"
        self._video.time_base = self._video.codec_context.time_base = time_base
        self._video.options = {"crf": str(crf), "preset": preset}
        self._audio: av.AudioStream | None = None
        if audio is not None:
            sample_rate, layout = audio
            self._audio = self._container.add_stream(AUDIO_CODEC, rate=sample_rate if sample_rate in _AAC_RATES else 48_000)
            self._audio.codec_context.layout = layout if layout in ("mono", "stereo") else "stereo"
            self._audio.codec_context.bit_rate = AUDIO_BITRATE
        self._last_pts = -1
        self.frames = 0

    def write(self, pixels: np.ndarray, time: float) -> None:
        import av

        pixels = pixels[: self._height, : self._width]
        frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(pixels), format="rgb24")
        pts = max(round(time / self._time_base), self._last_pts + 1)  # strictly increasing
        frame.pts, frame.time_base = pts, self._time_base
        self._last_pts = pts
        self._mux(self._video.encode(frame))
        self.frames += 1

    def write_audio(self, frame: av.AudioFrame) -> None:
        if self._audio is None:
            return
        frame.pts = None  # the encoder counts samples from zero, like the video's first frame
        self._mux(self._audio.encode(frame))

    def close(self) -> None:
        """Flush the encoders and finish the file (the moov atom is moved to the front here)."""
        self._mux(self._video.encode(None))
        if self._audio is not None:
            self._mux(self._audio.encode(None))
        self._container.close()

    def abort(self) -> None:
        """Close without finishing; the caller deletes the partial file."""
        with suppress(Exception):
            self._container.close()

    def _mux(self, packets: list[av.Packet]) -> None:
        for packet in packets:
            self._container.mux(packet)
