"""A post as a whole: its caption and its photos, and the safeguarding rule that joins them.

A caption that names a child beside a photo where a face can be recognised tells a stranger which
child is which. scrub_post rewrites the caption and checks the photos: the verdict is "ok" when
the caption names no child or no photo shows a face, else what the policy says (`warn` in
standard, `refuse` in strict). A photo that cannot be checked counts as showing a face (fail closed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from scrubkit.errors import ScrubError
from scrubkit.policy import Policy
from scrubkit.text import TextResult, scrub_text

Verdict = Literal["ok", "warn", "refuse"]

#: faces smaller than this (in pixels of the oriented photo) are too small to recognise anyone by
MIN_FACE_HEIGHT = 20
@dataclass
class PostResult:
    caption: TextResult
    named_children: list[str]
    photos_with_faces: list[Path]
    verdict: Verdict
    message: str
    #: photos that could not be read or checked, with the reason (they count as showing a face)
    unchecked: dict[Path, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        return {"verdict": self.verdict, "message": self.message, "named_children": list(self.named_children),
                "photos_with_faces": [str(p) for p in self.photos_with_faces],
                "unchecked": {str(p): reason for p, reason in self.unchecked.items()},
                "caption": self.caption.to_json()}


def named_children(caption: TextResult) -> list[str]:
    """The names in the caption that are not adults' ("Coach Andy", "Rev Price" and "mum Kerry" are adults:
    scrubkit.text.people declares the titles and roles that say so)."""
    adults = {a.strip(" ,.()").lower() for a in caption.adults}
    children: list[str] = []
    for name in caption.names:
        name = name.strip(" ,.()")
        if name and name.lower() not in adults and name not in children:
            children.append(name)
    return children


def faces_in(photo: Path, policy: Policy) -> int:
    """How many recognisable faces the photo shows; raises ScrubError when it cannot be checked."""
    from scrubkit.detect.faces import face_detector  # loads onnxruntime lazily
    from scrubkit.media.decode import decode
    from scrubkit.media.sniff import sniff_format
    from scrubkit.pipeline import read_input

    data = read_input(Path(photo))
    pixels = decode(data, sniff_format(data), policy.max_pixels).pixels
    regions = face_detector(policy.face_threshold).detect(pixels)
    return sum(1 for r in regions if r.box[3] - r.box[1] >= MIN_FACE_HEIGHT)


def scrub_post(caption: str, photos: list[Path] | list[str], policy: Policy | str | None = None) -> PostResult:
    """Rewrite the caption and apply the named-child-in-photo rule to the photos.

    An empty caption (photos posted without words) is fine: nothing to rewrite, nobody named."""
    policy = Policy.load(policy)
    if isinstance(caption, str) and not caption.strip():
        return PostResult(TextResult(caption, caption), [], [], "ok", "the caption is empty")
    result = scrub_text(caption, policy)
    children = named_children(result)
    with_faces: list[Path] = []
    unchecked: dict[Path, str] = {}
    if children:  # no name, no rule: the photos need not be opened
        for photo in map(Path, photos):
            try:
                if faces_in(photo, policy):
                    with_faces.append(photo)
            except ScrubError as e:
                unchecked[photo] = str(e)
    verdict: Verdict = policy.named_child_photo if with_faces or unchecked else "ok"
    return PostResult(result, children, with_faces, verdict, _message(verdict, children, with_faces, unchecked), unchecked)


def _message(verdict: Verdict, children: list[str], with_faces: list[Path], unchecked: dict[Path, str]) -> str:
    if verdict == "ok":
        if not children:
            return "the caption names no child"
        return "the caption names a child but no photo shows a recognisable face"
    names = ", ".join(children)
    parts = []
    if with_faces:
        parts.append(f"{', '.join(p.name for p in with_faces)} show{'s' if len(with_faces) == 1 else ''} a recognisable face")
    if unchecked:
        parts.append(f"{', '.join(p.name for p in unchecked)} could not be checked")
    action = "refused" if verdict == "refuse" else "warning"
    return (f"{action}: the caption names {names} and {' and '.join(parts)}; "
            "post the rewritten caption, or cover the faces first")
