"""Short test clips cut from the real dev clips in ../shared/data/video (written to a temp folder)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import av

from tests.conftest import REPO, shared


def trim(clip: str, dst: Path, frames: int) -> Path:
    """The first `frames` frames of a dev clip, re-encoded near-losslessly (crf 12), rotation tag kept.

    Frames stay stored as in the source (a rotated phone clip stays sideways with its display
    rotation), so the trimmed clip tests what the full one would; audio is not copied.
    """
    with av.open(str(shared("video", clip))) as source, av.open(str(dst), "w", format="mp4") as out:
        stream = source.streams.video[0]
        encoder = out.add_stream("libx264", rate=stream.average_rate)
        encoder.width, encoder.height, encoder.pix_fmt = stream.codec_context.width, stream.codec_context.height, "yuv420p"
        encoder.options = {"crf": "12", "preset": "ultrafast"}
        for index, frame in enumerate(source.decode(stream)):
            if index == 0 and frame.rotation:
                encoder.set_display_rotation(frame.rotation)
            if index >= frames:
                break
            frame.pts, frame.time_base = index, 1 / stream.average_rate
            encoder.time_base = 1 / stream.average_rate
            for packet in encoder.encode(frame.reformat(format="yuv420p")):
                out.mux(packet)
        for packet in encoder.encode(None):
            out.mux(packet)
    return dst


def labels(clip: str, frames: int | None = None) -> dict:
    """The clip's reference faces (labels.json), cut to the first `frames` frames."""
    entry = json.loads(shared("video", "labels.json").read_text())[clip]
    if frames is not None:
        entry = {**entry, "frames": entry["frames"][:frames], "tracks": entry["tracks"][:frames],
                 "times": entry["times"][:frames]}
    return entry


def metrics_video() -> ModuleType:
    """../shared/tools/metrics_video.py, the script the benchmarks score with."""
    path = REPO.parent / "shared" / "tools" / "metrics_video.py"
    spec = importlib.util.spec_from_file_location("metrics_video", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module
