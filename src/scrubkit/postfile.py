"""scrub_caption_file: the caption of a post in a folder, the counterpart of scrub_image for a batch.

In a batch a post is a caption .txt beside its photos. The caption is rewritten (scrub_post), and the
named-child-with-photo rule is checked against the CLEANED photos, the ones that will be posted: with
faces covered (standard, strict) a named child can no longer be matched to a face. "warn" writes the
rewritten caption with a warning; "refuse" writes nothing and fails the caption. The reason never
repeats the names it found: reports and review pages must not leak what the caption leaked.
"""

from __future__ import annotations

from pathlib import Path

from scrubkit.errors import OutputExists, TextInputError
from scrubkit.media.atomic import atomic_write
from scrubkit.pipeline import fail_closed, read_input
from scrubkit.policy import Policy
from scrubkit.types import Result
from scrubkit.verdict import caption_reasons

CAPTION_SUFFIXES = frozenset({".txt"})
#: Result.format of a caption
CAPTION_FORMAT = "text"


def is_caption(path: Path) -> bool:
    return path.suffix.lower() in CAPTION_SUFFIXES


def scrub_caption_file(
    src: Path, dst: Path, photos: tuple[Path, ...], policy: Policy, *, overwrite: bool = False
) -> Result:
    """Write the rewritten caption `src` to `dst`; `photos` are the post's cleaned photos.

    Never raises for a bad file: the Result says what happened, and nothing is written unless clean.
    """
    from scrubkit.post import (
        scrub_post,  # loads spaCy and presidio: only batches with posts pay for it
    )

    def clean(result: Result) -> None:
        result.format = CAPTION_FORMAT
        caption = read_caption(src)
        if dst.exists() and not overwrite:
            raise OutputExists.kept(dst)
        post = scrub_post(caption, list(photos), policy)
        if post.verdict != "ok":
            message = rule_message(post.verdict, len(post.named_children), [*post.photos_with_faces, *post.unchecked])
            if post.verdict == "refuse":
                raise TextInputError(message)
            result.warnings.append(message)
        atomic_write(dst, post.caption.output.encode("utf-8"))
        result.output = dst
        result.metadata_removed = sorted({f"caption:{span.entity}" for span in post.caption.spans})
        result.check_reasons = caption_reasons(len(post.named_children), result.warnings)
        result.verdict = "check" if result.check_reasons else "ready"

    return fail_closed(src, clean, medium="caption")


def read_caption(src: Path) -> str:
    try:
        return read_input(src).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TextInputError("caption is not UTF-8 text; save it as UTF-8 and run again") from None


def rule_message(verdict: str, children: int, photos: list[Path]) -> str:
    """The named-child-with-photo rule in words, naming the photos but never the children."""
    who = "a child" if children == 1 else f"{children} children"
    which = ", ".join(p.name for p in photos)
    if verdict == "refuse":
        return (
            f"caption refused: it names {who} and the post's photos show a recognisable face ({which}); "
            "nothing written — cover the faces (policy standard or strict) or post without naming children"
        )
    return f"the caption names {who} and the post's photos show a recognisable face ({which})"
