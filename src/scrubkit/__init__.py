"""scrubkit: make photos and posts about children safe to share.

Strips identifying metadata, covers faces, uniforms and visible text, and rewrites captions, then
proves the output clean. Everything the `scrubkit` command does is available here:

    import scrubkit
    result = scrubkit.scrub_image("in.jpg", "out.jpg", policy="strict")
    result = scrubkit.scrub_video("in.mov", "out.mp4", policy="standard")
    result = scrubkit.scrub_file(path, out_path)      # a photo or a video, told by its content
    clean_bytes, result = scrubkit.scrub_bytes(uploaded_bytes, policy="standard")
    results = scrubkit.scrub_folder("photos/", "clean/", policy="standard")
    findings = scrubkit.inspect("in.jpg")
    caption = scrubkit.scrub_text("Well done Amy Clarke (Year 4)!", policy="strict").output
    check = scrubkit.scrub_post(caption_text, [photo_path], policy="strict").verdict

Names are imported on first use, so `import scrubkit` stays cheap: models and imaging libraries
load only when a function that needs them is called.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from scrubkit._version import __version__

if TYPE_CHECKING:
    from scrubkit.batch import scrub_folder
    from scrubkit.dispatch import scrub_file
    from scrubkit.errors import ScrubError
    from scrubkit.inspection import Inspection, inspect
    from scrubkit.pipeline import scrub_bytes, scrub_image
    from scrubkit.policy import PRESETS, Policy
    from scrubkit.post import PostResult, scrub_post
    from scrubkit.text import TextResult, TextScrubber, scrub_text
    from scrubkit.types import Region, Result, Span
    from scrubkit.video import scrub_video

_EXPORTS = {
    "scrub_image": "scrubkit.pipeline",
    "scrub_video": "scrubkit.video",
    "scrub_file": "scrubkit.dispatch",
    "scrub_bytes": "scrubkit.pipeline",
    "scrub_folder": "scrubkit.batch",
    "inspect": "scrubkit.inspection",
    "scrub_text": "scrubkit.text",
    "TextScrubber": "scrubkit.text",
    "TextResult": "scrubkit.text",
    "scrub_post": "scrubkit.post",
    "PostResult": "scrubkit.post",
    "Inspection": "scrubkit.inspection",
    "Policy": "scrubkit.policy",
    "PRESETS": "scrubkit.policy",
    "Region": "scrubkit.types",
    "Span": "scrubkit.types",
    "Result": "scrubkit.types",
    "ScrubError": "scrubkit.errors",
}

__all__ = [
    "PRESETS",
    "Inspection",
    "Policy",
    "PostResult",
    "Region",
    "Result",
    "ScrubError",
    "Span",
    "TextResult",
    "TextScrubber",
    "__version__",
    "inspect",
    "scrub_file",
    "scrub_bytes",
    "scrub_folder",
    "scrub_image",
    "scrub_post",
    "scrub_text",
    "scrub_video",
]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'scrubkit' has no attribute {name!r}")
