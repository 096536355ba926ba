"""Prove a video output clean by reading it back, independently of how it was written.

Two readers, both must agree the file holds nothing but pictures (and sound, when kept):
* PyAV: one H.264 yuv420p video stream with every frame written, at most one AAC audio stream and
  only when audio is kept, no other stream (data, subtitle, timecode), no container or stream tags
  beyond the file's brand and generic stream labels.
* exiftool (-a -G1 -u -ee, embedded data included): every tag must be a structural one on the
  allowlist below, every date zero, every handler name generic, the display matrix the identity. Anything else fails the file
  (fail closed: an unknown tag is a finding, not a pass).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

from scrubkit.errors import VerificationError

#: tag groups that describe the file on disk or exiftool itself, not the file's content
_IGNORED_GROUPS = {"ExifTool", "System", "File", "Composite"}
#: structural QuickTime tags: sizes, durations, sample tables, codec set-up
_STRUCTURAL = re.compile(
    r"^(MajorBrand|MinorVersion|CompatibleBrands|MovieHeaderVersion|TimeScale|Duration|PreferredRate|"
    r"PreferredVolume|MatrixStructure|Preview(Time|Duration)|PosterTime|Selection(Time|Duration)|CurrentTime|"
    r"NextTrackID|HandlerType|HandlerVendorID|Free|MediaDataSize|MediaDataOffset|MediaData|TrackHeaderVersion|"
    r"TrackID|TrackDuration|TrackLayer|TrackVolume|ImageWidth|ImageHeight|MediaHeaderVersion|MediaTimeScale|"
    r"MediaDuration|MediaLanguageCode|GraphicsMode|OpColor|CompressorID|SourceImage(Width|Height)|"
    r"[XY]Resolution|BitDepth|AVCConfiguration|BufferSize|MaxBitrate|AverageBitrate|VideoFrameRate|"
    r"Balance|Audio(Format|Channels|BitsPerSample|SampleRate)|Unknown_(edts|esds|btrt|colr|pasp|sgpd|sbgp)|"
    r"SyncSampleTable|CompositionTimeToSample|TimeToSampleTable|SampleToChunk|SampleSizes|ChunkOffset|"
    r"SampleGroupDescription|SampleToGroup|PixelAspectRatio|Color(Primaries|Representation)|"
    r"TransferCharacteristics|MatrixCoefficients|VideoFullRangeFlag|EditList)$"
)
_DATE = re.compile(r"(Create|Modify)Date$")
_ZERO_DATE = "0000:00:00 00:00:00"
_IDENTITY = "1 0 0 0 1 0 0 0 1"
_GENERIC_HANDLERS = {"VideoHandler", "SoundHandler"}
#: tags PyAV may show that carry nothing about the recording
_CONTAINER_TAGS = {"major_brand", "minor_version", "compatible_brands"}
_STREAM_TAGS = {"language", "handler_name", "vendor_id"}


def verify_video(path: Path, frames: int, *, audio: bool) -> None:
    """Raise VerificationError unless `path` is a clean MP4 holding `frames` video frames."""
    _check_streams(path, frames, audio)
    _check_tags(path)


def _check_streams(path: Path, frames: int, audio: bool) -> None:
    import av

    try:
        with av.open(str(path)) as container:
            streams = list(container.streams)
            video = [s for s in streams if s.type == "video"]
            sound = [s for s in streams if s.type == "audio"]
            if len(video) != 1 or video[0].codec_context.name != "h264" or video[0].codec_context.pix_fmt != "yuv420p":
                raise VerificationError("output does not hold exactly one H.264 yuv420p video stream; file not written")
            if len(sound) > (1 if audio else 0) or any(s.codec_context.name != "aac" for s in sound):
                raise VerificationError("output holds an unexpected audio stream; file not written")
            if len(streams) != len(video) + len(sound):
                raise VerificationError("output holds a data, subtitle or timecode stream; file not written")
            tags = {f"container:{k}" for k in container.metadata if k not in _CONTAINER_TAGS}
            for stream in streams:
                tags |= {f"{stream.type}:{k}" for k in stream.metadata if k not in _STREAM_TAGS}
                if stream.metadata.get("handler_name", "VideoHandler") not in _GENERIC_HANDLERS:
                    tags.add(f"{stream.type}:handler_name")
            if tags:
                raise VerificationError(f"output still carries {', '.join(sorted(tags))}; file not written")
            packets = sum(1 for p in container.demux(video[0]) if p.size)
    except av.error.FFmpegError as e:
        raise VerificationError(f"output cannot be read back ({e}); file not written") from None
    if packets != frames:
        raise VerificationError(f"output holds {packets} frames, {frames} were written; file not written")


def _check_tags(path: Path) -> None:
    exiftool = shutil.which("exiftool")
    if exiftool is None:
        raise VerificationError("exiftool is needed to verify video outputs and is not installed; file not written")
    run = subprocess.run(
        [exiftool, "-j", "-a", "-G1", "-s", "-u", "-ee", "-api", "LargeFileSupport=1", str(path)],
        check=False, capture_output=True, text=True, timeout=600,
    )
    try:
        (record,) = json.loads(run.stdout)
    except (ValueError, TypeError):
        raise VerificationError(f"exiftool could not read the output ({run.stderr.strip()[:120]}); file not written") from None
    findings = [f"{key}={value}" for key, value in record.items() if not _allowed(key, value)]
    if findings:
        raise VerificationError(f"output still carries {'; '.join(findings)[:300]}; file not written")


def _allowed(key: str, value: object) -> bool:
    group, _, tag = key.partition(":")
    if not tag or group in _IGNORED_GROUPS:
        return True
    if group != "QuickTime" and not re.fullmatch(r"Track\d+", group):
        return False
    if _DATE.search(tag):
        return value == _ZERO_DATE
    if tag == "HandlerDescription":
        return value in _GENERIC_HANDLERS
    if tag == "MatrixStructure":  # rotation is applied to the pixels, never left to the player
        return value == _IDENTITY
    return bool(_STRUCTURAL.match(tag))
