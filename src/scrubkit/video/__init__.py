"""Videos get what photos get: faces (and, under strict, torsos and text) covered in every frame,
a fresh H.264 MP4 with no metadata, verified by re-reading it. See docs/video.md."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scrubkit.video.probe import is_video_file, sniff_video

if TYPE_CHECKING:
    from scrubkit.video.scrub import scrub_video

__all__ = ["is_video_file", "scrub_video", "sniff_video"]


def __getattr__(name: str) -> Any:
    """scrub_video (numpy, PyAV, the models) is imported on first use: a batch that only checks
    whether a file is a video must not pay for it at start-up."""
    if name == "scrub_video":
        from scrubkit.video.scrub import scrub_video

        return scrub_video
    raise AttributeError(f"module 'scrubkit.video' has no attribute {name!r}")
