"""The verdict: is a cleaned file `ready` to post, or should a person `check` it first, and why.

Computed with the scrub, from what the detectors saw: what was covered, what they were unsure of
and left uncovered, and the photo's size. Every reason is a sentence a reviewer can act on. The
thresholds are tuned on faces-wider and confirmed on faces-groups by benchmarks/verdict.py: a person
should look at the photos where a face may have been missed, and at few others.

This module imports nothing heavy: the benchmark and the review app re-judge stored findings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from scrubkit.boxes import INSIDE_COVER, fraction_covered, union_mask
from scrubkit.types import Box, Region, Verdict

#: face candidates from this fused score up to the policy's threshold are "unsure" (not covered)
UNSURE_FLOOR = 0.1
#: text read with less confidence than this is "not readable"
UNREADABLE_SCORE = 0.5


@dataclass(frozen=True)
class Rules:
    """What makes a photo worth a person's look. Defaults are the tuned ones (docs/review.md)."""

    #: an uncovered face candidate counts when it scored at least this share of the threshold a face
    #: of its size must beat (the detector's own: large faces need more) ...
    unsure_near: float = 0.75
    #: ... and is at least this tall, in pixels (smaller ones are texture more often than faces)
    unsure_height: int = 24
    #: `check` from this many such candidates, or from this many per covered face
    unsure_count: int = 8
    unsure_share: float = 0.1
    #: "most of the photo covered" from this fraction of its area
    mostly_covered: float = 0.5


RULES = Rules()


@dataclass
class Evidence:
    """What a scrub saw besides what it covered: the image's size and the regions it was unsure of."""

    size: tuple[int, int] | None = None
    unsure: list[Region] = field(default_factory=list)
    #: the policy's face threshold (the detector's bar, which unsure candidates fell short of)
    face_threshold: float = 0.2
    #: the policy did not look for faces or text at all
    unsearched: bool = False


def judge(covered: list[Region], evidence: Evidence, rules: Rules = RULES) -> tuple[Verdict, list[str], list[Region]]:
    """(verdict, reasons, unsure regions worth outlining) for one cleaned image."""
    reasons: list[str] = []
    if evidence.unsearched:
        reasons.append("faces and text were not looked for (metadata-only policy): look at the whole photo")
    boxes = [r.box for r in covered]
    share = _share_function(evidence.size, boxes)
    unsure = [r for r in evidence.unsure if share(r.box) < INSIDE_COVER and _worth_a_look(r, evidence, rules)]
    found = [r for r in covered if r.kind == "face"]
    faces = [r for r in unsure if r.kind == "face"]
    if len(faces) >= rules.unsure_count or (found and len(faces) >= rules.unsure_share * len(found)):
        reasons.append(
            f"{_count(len(faces), 'possible face')} the detector was unsure of "
            f"{'was' if len(faces) == 1 else 'were'} left uncovered (dotted outlines)"
        )
    if any(r.kind == "text" for r in unsure):
        reasons.append("text was found but could not be read, so it was left uncovered: check it names no one")
    heads = [r for r in covered if r.source.endswith("-head")]
    if heads:
        reasons.append(
            f"{_count(len(heads), 'person', 'people')} found with no face detected (turned away, masked or too "
            "small): the head is covered; check nothing else shows who they are"
        )
    if evidence.size and boxes:
        whole = share((0, 0, *evidence.size))
        if whole >= rules.mostly_covered:
            reasons.append(f"{whole:.0%} of the photo is covered: check the post is still worth sharing")
    return ("check" if reasons else "ready"), reasons, unsure


def _share_function(size: tuple[int, int] | None, boxes: list[Box]) -> Callable[[Box], float]:
    """box -> share of it inside the covers; one mask for the photo when its size is known (crowds
    have hundreds of covers and candidates)."""
    if size is None:
        return lambda box: fraction_covered(box, boxes)
    mask = union_mask(size, boxes)

    def share(box: Box) -> float:
        x0, y0, x1, y1 = box
        inside = mask[max(y0, 0) : max(y1, 0), max(x0, 0) : max(x1, 0)]
        return float(inside.mean()) if inside.size else 1.0

    return share


def _worth_a_look(region: Region, evidence: Evidence, rules: Rules) -> bool:
    """Unreadable text always; a face candidate when tall enough and close enough to the detector's bar."""
    if region.kind != "face":
        return True
    from scrubkit.detect.faces import needed_score

    height = _height(region.box)
    return height >= rules.unsure_height and region.score >= rules.unsure_near * float(
        needed_score(height, evidence.face_threshold)
    )


def caption_reasons(named_children: int, warnings: list[str]) -> list[str]:
    """Why a rewritten caption needs a look: it named a child, or the post rule flagged it."""
    reasons = [f"flagged: {w}" for w in warnings]
    if named_children:
        who = "a child" if named_children == 1 else f"{named_children} children"
        reasons.append(f"the caption named {who} (rewritten): read it before posting")
    return reasons


def _height(box: Box) -> int:
    return box[3] - box[1]


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"
