"""Recognise a video from its first bytes, then open it with limits before any frame is decoded.

The container is told from its content (never the file name). Opening checks what can be refused
cheaply: no video stream, a codec that cannot be decoded, frames too large, a recording too long.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from scrubkit.errors import CorruptImage, ImageTooLarge, UnsupportedFormat

if TYPE_CHECKING:
    from fractions import Fraction

    import av.container
    import av.video.stream

#: what sniff_video names (Result.format of a video)
VIDEO_FORMATS = ("MP4", "MOV", "MKV", "WEBM", "AVI")
#: how many leading bytes `sniff_video` needs
HEADER_BYTES = 64
#: ISO/QuickTime brands of video files (HEIF/AVIF stills and image sequences are not videos)
_ISO_VIDEO_BRANDS = {
    b"isom", b"iso2", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"qt  ", b"M4V ", b"M4VH", b"M4VP",
    b"3gp4", b"3gp5", b"3gp6", b"3g2a", b"3ge6", b"avc1", b"dash", b"MSNV", b"XAVC", b"f4v ",
}
#: QuickTime files from before `ftyp` start with one of these atoms
_QUICKTIME_ATOMS = {b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"}
#: frames above this many pixels are refused (8K UHD is 33.2 million)
MAX_FRAME_PIXELS = 8192 * 4352


def sniff_video(header: bytes) -> str | None:
    """"MP4", "MOV", "MKV", "WEBM", "AVI" when `header` starts a video file, else None."""
    if header[:4] == b"\x1a\x45\xdf\xa3":
        return "WEBM" if b"webm" in header[:64] else "MKV"
    if header[:4] == b"RIFF" and header[8:12] == b"AVI ":
        return "AVI"
    if header[4:8] == b"ftyp" and len(header) >= 12:
        (size,) = struct.unpack(">I", header[:4])
        brands = {header[i : i + 4] for i in range(8, min(size, len(header)) - 3, 4) if i != 12}
        if header[8:12] in _ISO_VIDEO_BRANDS or (brands & _ISO_VIDEO_BRANDS and not _is_still(brands)):
            return "MOV" if header[8:12] == b"qt  " else "MP4"
        return None
    if header[4:8] in _QUICKTIME_ATOMS:
        return "MOV"
    return None


def _is_still(brands: set[bytes]) -> bool:
    return bool(brands & {b"heic", b"heix", b"mif1", b"avif", b"msf1", b"avis", b"crx "})


def is_video_file(path: str | Path) -> bool:
    """True when the file's first bytes say it is a video (unreadable files are not)."""
    try:
        with open(path, "rb", buffering=0) as handle:  # unbuffered: a buffered read would fetch 8 KB
            return sniff_video(handle.read(HEADER_BYTES)) is not None
    except OSError:
        return False


@dataclass(frozen=True)
class VideoInfo:
    """What the frame loop and the encoder need to know about the input's video stream."""

    width: int  # stored size; frames are turned upright as they are decoded (see frames.py)
    height: int
    rate: Fraction  # average frame rate
    seconds: float
    frames: int  # the container's count, or an estimate from duration x rate
    has_audio: bool


def open_video(path: Path, max_seconds: float) -> tuple[av.container.InputContainer, VideoInfo]:
    """Open `path` for decoding; refuses (CorruptImage, UnsupportedFormat, ImageTooLarge) before decoding."""
    import av

    if path.stat().st_size == 0:
        raise CorruptImage("empty file (0 bytes)")
    try:
        container = av.open(str(path), mode="r", metadata_errors="ignore")
    except av.error.FFmpegError as e:
        raise CorruptImage(f"not a readable video (truncated or damaged): {e.strerror or 'FFmpeg cannot open it'}") from None
    try:
        info = _inspect(container, max_seconds)
    except BaseException:
        container.close()
        raise
    return container, info


def _inspect(container: av.container.InputContainer, max_seconds: float) -> VideoInfo:
    if not container.streams:
        raise CorruptImage("not a readable video (truncated or damaged): no streams in it")
    if not container.streams.video:
        raise UnsupportedFormat("no video stream (an audio-only or data file); nothing to clean as video")
    stream = container.streams.video[0]
    context = stream.codec_context
    if context is None or not context.name:
        raise CorruptImage("video stream with an unknown codec; cannot decode it")
    width, height = context.width, context.height
    if width <= 0 or height <= 0:
        raise CorruptImage("video stream without a frame size; cannot decode it")
    if width * height > MAX_FRAME_PIXELS:
        raise ImageTooLarge(f"video frames of {width} x {height} are too large to process (limit 8K)")
    from fractions import Fraction  # here: a batch of photos only asks sniff_video, and never loads decimal

    rate = stream.average_rate or stream.guessed_rate or Fraction(25)
    seconds = _duration(container, stream)
    if seconds > max_seconds:
        raise ImageTooLarge(
            f"video lasts {_span(seconds)}, over the limit of {_span(max_seconds)} (policy max_video_seconds)"
        )
    frames = stream.frames or max(1, round(seconds * float(rate)))
    return VideoInfo(width, height, Fraction(rate), seconds, frames, bool(container.streams.audio))


def _duration(container: av.container.InputContainer, stream: av.video.stream.VideoStream) -> float:
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    return container.duration / 1_000_000 if container.duration else 0.0


def _span(seconds: float) -> str:
    return f"{seconds / 60:.0f} min" if seconds >= 120 else f"{seconds:.1f} s"
