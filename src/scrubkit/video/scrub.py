"""scrub_video: open with limits -> decode frames -> detect -> carry covers over a window -> encode -> verify.

The same contract as scrub_image: the output is written to a temporary file beside `dst`, re-read
and verified, and only then renamed into place; any failure leaves nothing at `dst` and becomes a
Result with a reason. Memory is bounded by the cover window (2 x lookahead + 1 frames).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from scrubkit.errors import CorruptImage, OutputNotWritable, UnreadableFile
from scrubkit.media.atomic import temporary_path
from scrubkit.pipeline import check_destination, fail_closed
from scrubkit.policy import Policy
from scrubkit.redact import cover, expand
from scrubkit.types import Region, Result
from scrubkit.video.detect import FrameDetector
from scrubkit.video.encode import VideoWriter
from scrubkit.video.frames import Frame, read_frames
from scrubkit.video.probe import HEADER_BYTES, VideoInfo, open_video, sniff_video
from scrubkit.video.strip import StripPicker
from scrubkit.video.verify import verify_video
from scrubkit.video.window import CoverWindow

#: frames of look-ahead (and look-behind) the cover window holds; the output lags the input this much
LOOKAHEAD = 6
#: faces (and torsos) are looked for in every FACE_EVERY-th frame; the window covers the others
FACE_EVERY = 2
#: visible text (strict) is read every TEXT_EVERY-th frame: reads are held until newer ones, and the
#: frames up to LOOKAHEAD before a read borrow it, so text that appears is visible for at most
#: TEXT_EVERY - LOOKAHEAD frames (0.2 s at 30 fps)
TEXT_EVERY = 2 * LOOKAHEAD
#: borrowed covers grow by this fraction of their size per frame of distance (motion)
MOTION_PAD = 0.06
#: x264 speed preset: "veryfast" keeps encoding a small share of the time per frame
PRESET = "veryfast"

if TYPE_CHECKING:
    import av
    import av.container

FrameProgress = Callable[[int, int], None]


def scrub_video(
    src: str | Path,
    dst: str | Path,
    policy: Policy | str | None = None,
    *,
    overwrite: bool = False,
    durable: bool = True,
    progress: FrameProgress | None = None,
) -> Result:
    """Write a scrubbed H.264 MP4 of the video `src` to `dst` and say what happened.

    Faces (and, as the policy says, torsos and visible text) are covered in every frame, the audio
    is kept or dropped (policy.audio), and the file is written fresh with no metadata, then verified.
    Never raises for a bad file. `progress(frames_done, frames_expected)` is called as frames are
    written. The Result lists the covers of a few sample frames (Region.frame), for the review strip.
    """
    policy = Policy.load(policy)
    src, dst = Path(src), Path(dst)

    def clean(result: Result) -> None:
        try:
            result.format = _sniff(src)
            check_destination(src, dst, overwrite)
            dst.parent.mkdir(parents=True, exist_ok=True)
            temporary = temporary_path(dst)
            try:
                result.regions, result.metadata_removed, written = _scrub_to(src, temporary, policy, progress)
                verify_video(temporary, written, audio=policy.audio == "keep")
                if durable:
                    _sync(temporary)
                os.replace(temporary, dst)
            finally:
                with suppress(FileNotFoundError):
                    os.unlink(temporary)
        except OSError as e:
            raise OutputNotWritable(f"cannot write the output {dst}: {e.strerror or e}; file not written") from None
        result.output = dst

    return fail_closed(src, clean, medium="video")


def _sniff(src: Path) -> str:
    try:
        if src.is_dir():
            raise UnreadableFile("is a folder, not a file")
        with open(src, "rb") as handle:
            header = handle.read(HEADER_BYTES)
    except OSError as e:
        raise UnreadableFile(f"cannot read: {e.strerror or e}") from None
    return sniff_video(header) or "video"


def _scrub_to(
    src: Path, out: Path, policy: Policy, progress: FrameProgress | None
) -> tuple[list[Region], list[str], int]:
    """Stream `src` into a new MP4 at `out`; returns (sample covers, metadata removed, frames written)."""
    container, info = open_video(src, policy.max_video_seconds)
    removed = _metadata_of(container)
    writer: VideoWriter | None = None
    pending_audio: list[av.AudioFrame] = []
    try:
        detector = FrameDetector(policy, face_every=FACE_EVERY, text_every=TEXT_EVERY)
        window = CoverWindow(LOOKAHEAD, MOTION_PAD)
        strip = StripPicker(info.frames)
        keep_audio = policy.audio == "keep" and info.has_audio

        def audio(frame: av.AudioFrame) -> None:
            if writer is None:
                pending_audio.append(frame)
            else:
                writer.write_audio(frame)

        def emit(frame: Frame, covers: list[Region]) -> None:
            height, width = frame.pixels.shape[:2]
            grown = [expand(r, 0.0 if r.kind == "person" else policy.margin, width, height) for r in covers]
            writer.write(cover(frame.pixels, grown, policy.video_style), frame.time)  # type: ignore[union-attr]
            strip.offer(frame.index, grown)
            if progress:
                progress(writer.frames, info.frames)  # type: ignore[union-attr]

        for frame in read_frames(container, audio if keep_audio else None):
            if writer is None:
                writer = _open_writer(out, frame, info, container, policy, keep_audio)
                for sound in pending_audio:
                    writer.write_audio(sound)
                pending_audio.clear()
            found = detector.detect(frame.index, frame.pixels)
            for ready in window.push(frame, found, detector.reads_text(frame.index)):
                emit(*ready)
        if writer is None:
            raise CorruptImage("no video frame could be decoded (empty, damaged or truncated video)")
        for ready in window.flush():
            emit(*ready)
        _check_complete(writer.frames, info)
        writer.close()
        written = writer.frames
        writer = None
    finally:
        if writer is not None:
            writer.abort()
        container.close()
    return strip.regions(), removed, written


def _open_writer(
    out: Path, first: Frame, info: VideoInfo, container: av.container.InputContainer, policy: Policy, keep_audio: bool
) -> VideoWriter:
    stream = container.streams.video[0]
    audio = None
    if keep_audio:
        context = container.streams.audio[0].codec_context
        audio = (context.sample_rate, context.layout.name)
    height, width = first.pixels.shape[:2]
    return VideoWriter(out, (width, height), info.rate, stream.time_base, policy.video_crf, PRESET, audio)


def _check_complete(frames: int, info: VideoInfo) -> None:
    """A video that stops well short of its declared length was truncated: refuse it."""
    expected = info.frames
    if expected > 10 and frames < 0.9 * expected:
        from scrubkit.errors import CorruptImage

        raise CorruptImage(
            f"video is truncated: only {frames} of {expected} frames could be decoded; file not written"
        )


def _metadata_of(container: av.container.InputContainer) -> list[str]:
    """The container and stream tags the input carried (all are dropped: the output is written fresh)."""
    names = {f"container:{k}" for k in container.metadata}
    for stream in container.streams:
        names |= {f"{stream.type}:{k}" for k in stream.metadata}
    structural = {"container:major_brand", "container:minor_version", "container:compatible_brands"}
    return sorted(names - structural)


def _sync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
