"""scrub_file: one entry point for any media; the file's first bytes (never its name) pick the pipeline.

Videos go to scrub_video and come out as H.264 MP4, so their output name ends in .mp4; everything
else goes to scrub_image (which cleans photos and refuses, with a reason, what it cannot clean).
"""

from __future__ import annotations

from pathlib import Path

from scrubkit.edits import Edits
from scrubkit.pipeline import scrub_image
from scrubkit.policy import Policy
from scrubkit.types import Result
from scrubkit.video.probe import is_video_file

VIDEO_SUFFIX = ".mp4"


def scrub_file(
    src: str | Path,
    dst: str | Path,
    policy: Policy | str | None = None,
    *,
    overwrite: bool = False,
    durable: bool = True,
    edits: Edits | None = None,
) -> Result:
    """Scrub a photo or a video `src` into `dst` (see scrub_image and scrub_video); never raises for a bad file.

    A reviewer's `edits` (scrubkit.edits) apply to photos; the review app does not edit videos.
    """
    if is_video_file(src):
        from scrubkit.video import scrub_video

        return scrub_video(src, dst, policy, overwrite=overwrite, durable=durable)
    return scrub_image(src, dst, policy, overwrite=overwrite, durable=durable, edits=edits)


def output_name(src: Path, rel: Path) -> Path:
    """Where `src` (at `rel` in the batch) is written: videos get an .mp4 name, other files keep theirs.

    A video whose .mp4 name is already taken by another file beside it keeps its own suffix too
    (clip.mov -> clip.mov.mp4), so two inputs never share an output.
    """
    if not is_video_file(src) or rel.suffix.lower() == VIDEO_SUFFIX:
        return rel
    renamed = rel.with_suffix(VIDEO_SUFFIX)
    if (src.parent / renamed.name).exists():
        renamed = rel.with_name(rel.name + VIDEO_SUFFIX)
    return renamed
