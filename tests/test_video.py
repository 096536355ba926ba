"""Videos: a phone clip's GPS and titles gone (exiftool), rotation applied, every labelled face covered
in every frame (scored as benchmarks/video.py scores, with ../shared/tools/metrics_video.py), bad
input refused with one line and nothing written."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import av
import pytest

import scrubkit
from scrubkit import Policy
from tests.conftest import shared
from tests.video_clips import labels, metrics_video, trim

PHONE_CLIP = "derived_android_tags_720p.mp4"
SCRUBKIT = Path(sys.executable).with_name("scrubkit")


def exiftool_findings(path: Path) -> dict:
    """Privacy findings as the benchmark's metric classifies them (software versions are not findings)."""
    run = subprocess.run(["exiftool", "-j", "-a", "-G1", "-s", "-u", "-ee", str(path)], check=False, capture_output=True, text=True)
    (record,) = json.loads(run.stdout)
    findings = metrics_video().classify_meta(record)
    findings.pop("software", None)
    return findings


def test_phone_clip_comes_out_without_gps_title_or_dates(tmp_path: Path) -> None:
    src = shared("video", PHONE_CLIP)
    assert exiftool_findings(src)["gps_location"]  # the input really carries GPS (loci)
    result = scrubkit.scrub_video(src, tmp_path / "clip.mp4", "metadata-only")
    assert result.ok, result.reason
    assert exiftool_findings(tmp_path / "clip.mp4") == {}
    assert "container:location" in result.metadata_removed and "container:title" in result.metadata_removed
    with av.open(str(src)) as before, av.open(str(tmp_path / "clip.mp4")) as after:
        video = after.streams.video[0]
        assert (video.codec_context.name, video.codec_context.pix_fmt) == ("h264", "yuv420p")
        assert (video.width, video.height, video.frames) == (1280, 720, before.streams.video[0].frames)
        assert video.average_rate == before.streams.video[0].average_rate
        assert len(after.streams.audio) == 1  # kept by this policy, re-encoded
        assert len(after.streams) == 2
    # faststart: the index (moov) comes before the pictures (mdat)
    head = (tmp_path / "clip.mp4").read_bytes()[:200_000]
    assert 0 <= head.find(b"moov") < head.find(b"mdat")


def test_strict_policy_drops_the_sound(tmp_path: Path) -> None:
    policy = replace(Policy.preset("metadata-only"), audio="drop")
    result = scrubkit.scrub_video(shared("video", PHONE_CLIP), tmp_path / "clip.mp4", policy)
    assert result.ok, result.reason
    assert Policy.preset("strict").audio == "drop" and Policy.preset("standard").audio == "keep"
    with av.open(str(tmp_path / "clip.mp4")) as after:
        assert not after.streams.audio


def test_rotated_phone_clip_is_written_upright(tmp_path: Path) -> None:
    src = trim("derived_selfie_rot90.mp4", tmp_path / "selfie.mp4", 12)
    result = scrubkit.scrub_file(src, tmp_path / "out.mp4", "metadata-only")
    assert result.ok, result.reason
    with av.open(str(tmp_path / "out.mp4")) as after:
        frame = next(after.decode(video=0))
        assert (frame.width, frame.height, frame.rotation) == (608, 1080, 0)
    run = subprocess.run(["exiftool", "-s3", "-Rotation", str(tmp_path / "out.mp4")], check=False, capture_output=True, text=True)
    assert run.stdout.strip() == "0"


@pytest.mark.parametrize("clip, frames", [("mmaction2_armwrestling.mp4", 100)])
def test_every_labelled_face_is_covered_in_every_frame(clip: str, frames: int, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "out").mkdir()
    src = trim(clip, tmp_path / "in" / clip, frames)
    result = scrubkit.scrub_video(src, tmp_path / "out" / clip, "standard")
    assert result.ok, result.reason
    score = metrics_video().evaluate_clip(str(src), str(tmp_path / "out" / clip), labels(clip, frames), 0.5, 20, "pts", None)
    assert score["faces"] > 100
    assert score["recall"] >= 0.99, score
    assert score["worst_visible_run"] <= 2, score
    assert score["faces_missing_frames"] == 0


def make_bad_inputs(folder: Path) -> dict[str, str]:
    """Broken videos, each with a word its one-line reason must contain."""
    clip = shared("video", "sam2_juggle.mp4").read_bytes()
    (folder / "empty.mp4").write_bytes(b"")
    (folder / "header-only.mp4").write_bytes(clip[:40])
    (folder / "garbage.mp4").write_bytes(clip[:32] + bytes(range(256)) * 200)
    (folder / "truncated.mp4").write_bytes(shared("video", PHONE_CLIP).read_bytes()[:600_000])  # index at the end
    (folder / "no-frames.mov").write_bytes(shared("video", "exiftool_QuickTime.mov").read_bytes())
    with av.open(str(shared("video", PHONE_CLIP))) as source, av.open(str(folder / "sound-only.mp4"), "w") as out:
        stream = out.add_stream("aac", rate=48000)
        for frame in source.decode(audio=0):
            frame.pts = None
            for packet in stream.encode(frame):
                out.mux(packet)
    with av.open(str(folder / "huge.mkv"), "w") as out:
        stream = out.add_stream("mjpeg", rate=1)
        stream.width, stream.height, stream.pix_fmt = 8800, 4400, "yuvj420p"
        import numpy as np

        for packet in [*stream.encode(av.VideoFrame.from_ndarray(np.zeros((4400, 8800, 3), np.uint8))), *stream.encode(None)]:
            out.mux(packet)
    return {
        "empty.mp4": "empty", "header-only.mp4": "truncated", "garbage.mp4": "damaged", "truncated.mp4": "truncated",
        "no-frames.mov": "no video frame", "sound-only.mp4": "no video stream", "huge.mkv": "too large",
    }


def test_bad_videos_get_one_line_and_nothing_is_written(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    expected = make_bad_inputs(tmp_path / "in")
    for name, word in expected.items():
        result = scrubkit.scrub_file(tmp_path / "in" / name, tmp_path / "out" / f"{name}.mp4", "standard")
        assert result.status in ("failed", "skipped"), name
        assert word in result.reason and "\n" not in result.reason, (name, result.reason)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_too_long_and_cut_short_videos_are_refused(tmp_path: Path) -> None:
    src = shared("video", "sam2_juggle.mp4")
    result = scrubkit.scrub_video(src, tmp_path / "long.mp4", replace(Policy.preset("metadata-only"), max_video_seconds=5))
    assert result.status == "failed" and "over the limit" in result.reason
    # a faststart file cut short opens fine (its index is whole) but its pictures stop early
    whole = scrubkit.scrub_video(trim("sam2_juggle.mp4", tmp_path / "short.mp4", 60), tmp_path / "whole.mp4", "metadata-only")
    assert whole.ok, whole.reason
    data = (tmp_path / "whole.mp4").read_bytes()
    (tmp_path / "cut.mp4").write_bytes(data[: len(data) // 2])
    result = scrubkit.scrub_video(tmp_path / "cut.mp4", tmp_path / "out.mp4", "metadata-only")
    assert result.status == "failed" and "truncated" in result.reason, result.reason
    assert not (tmp_path / "out.mp4").exists() and not (tmp_path / "long.mp4").exists()


def test_clean_a_folder_of_photos_and_a_video_with_resume_and_review(tmp_path: Path) -> None:
    src, dst = tmp_path / "in", tmp_path / "out"
    (src / "match day").mkdir(parents=True)
    photo = shared("faces-wider", "images", "0_Parade_Parade_0_125.jpg")
    (src / "match day" / photo.name).write_bytes(photo.read_bytes())
    trim("short_hamilton_clip.mp4", src / "match day" / "highlight.mov", 16)
    command = [str(SCRUBKIT), "clean", str(src), "--out", str(dst), "--policy", "standard", "--review"]
    first = subprocess.run(command, check=False, capture_output=True, text=True, timeout=900)
    assert first.returncode == 0, first.stdout + first.stderr
    video = dst / "match day" / "highlight.mp4"  # planned with an .mp4 name: it is written as H.264 MP4
    assert video.is_file() and (dst / "match day" / photo.name).is_file()
    assert not (dst / "match day" / "highlight.mov").exists()
    with av.open(str(video)) as container:
        assert container.streams.video[0].frames == 16
    page = (dst / "review.html").read_text()
    assert "highlight.mp4" in page and str(src) not in page  # the originals are never referenced
    thumbs = list((dst / ".scrubkit-thumbs").iterdir())
    assert len(thumbs) == 2  # the photo's thumbnail and the video's strip, both made from the outputs
    written = video.stat().st_mtime_ns
    (dst / "match day" / photo.name).unlink()
    again = subprocess.run(command, check=False, capture_output=True, text=True, timeout=900)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "1 of 2 files were finished" in again.stdout + again.stderr
    assert video.stat().st_mtime_ns == written and (dst / "match day" / photo.name).is_file()


def test_the_verifier_refuses_what_a_remux_would_keep() -> None:
    """The check run on every output fails the phone clip as it is (GPS in loci, title, handler names)."""
    from scrubkit.errors import VerificationError
    from scrubkit.video.verify import verify_video

    with pytest.raises(VerificationError, match="location"):
        verify_video(shared("video", PHONE_CLIP), 105, audio=True)
    with pytest.raises(VerificationError):  # no tags, but a display rotation left to the player
        verify_video(shared("video", "derived_selfie_rot90.mp4"), 300, audio=False)


@pytest.mark.parametrize("container, codec, name, size", [
    ("webm", "libvpx", "clip.webm", (640, 360)), ("avi", "mpeg4", "clip.avi", (640, 360)),
    ("matroska", "libx264", "clip.mkv", (640, 360)), ("3gp", "mpeg4", "clip.3gp", (352, 288)),
    ("mov", "libx264", "clip.mov", (640, 360)),
])
def test_every_container_the_issue_lists_comes_out_as_h264_mp4(
    container: str, codec: str, name: str, size: tuple[int, int], tmp_path: Path
) -> None:
    with av.open(str(shared("video", "sam2_juggle.mp4"))) as source, av.open(str(tmp_path / name), "w", format=container) as out:
        stream = out.add_stream(codec, rate=24)
        stream.width, stream.height, stream.pix_fmt = *size, "yuv420p"
        for index, frame in enumerate(source.decode(video=0)):
            if index == 12:
                break
            frame = frame.reformat(width=size[0], height=size[1], format="yuv420p")
            frame.pts, frame.time_base = index, Fraction(1, 24)
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    result = scrubkit.scrub_file(tmp_path / name, tmp_path / "out.mp4", "metadata-only")
    assert result.ok, result.reason
    with av.open(str(tmp_path / "out.mp4")) as after:
        video = after.streams.video[0]
        assert (video.codec_context.name, video.frames, video.width, video.height) == ("h264", 12, *size)
