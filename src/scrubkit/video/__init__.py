"""Videos get what photos get: faces (and, under strict, torsos and text) covered in every frame,
a fresh H.264 MP4 with no metadata, verified by re-reading it. See docs/video.md."""

from scrubkit.video.probe import is_video_file, sniff_video
from scrubkit.video.scrub import scrub_video

__all__ = ["is_video_file", "scrub_video", "sniff_video"]
