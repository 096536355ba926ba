"""The verdict: is a cleaned file `ready` to post, or should a person `check` it first, and why.

Computed with the scrub, from what the detectors saw: what was covered, what they were unsure of
and left uncovered, and the photo's size. Every reason is a sentence a reviewer can act on. The
thresholds are tuned on faces-wider and half of faces-groups, and confirmed on the other half, by
benchmarks/verdict.py: a person should look at the photos where a face may have been missed, and at
few others.

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
    """What makes a photo worth a person's look. Defaults are the tuned ones (docs/benchmarks/verdict.md).

    Candidates the face detector was unsure of are almost never the face it missed (on faces-wider
    and faces-groups, 9 of 2,927 lay on a labelled face left uncovered; docs/benchmarks/verdict.md),
    so they are not evidence of a particular miss: many of them, for the faces found, mark a photo the detector finds hard (blur, crowds,
    partly hidden faces), which is where faces are missed. A candidate far larger than the faces
    found says little about that (a pattern on clothes, a poster).
    """

    #: an uncovered face candidate counts when it scored at least this share of the threshold a face
    #: of its size must beat (the detector's own: large faces need more) ...
    unsure_near: float = 0.9
    #: ... is at least this tall, in pixels (smaller ones are texture more often than faces) ...
    unsure_height: int = 16
    #: ... and is at most this many times as tall as the median covered face (a face-like patch much
    #: larger than every face around it is a pattern on clothes or a poster more often than a face)
    unsure_taller: float = 1.5
    #: `check` from this many counted candidates, or, when faces were covered, from `unsure_share` per
    #: covered face, the faces counted as `unsure_prior` more than were covered. Re-tuned for the int8
    #: face model (docs/benchmarks/verdict.md): its scores sit differently near the bar, and the prior
    #: of 5 that suited the fp32 model lost a catch on faces-wider (6/8); 0 catches 7/8 at 46% `check`
    unsure_count: int = 4
    unsure_share: float = 0.05
    unsure_prior: int = 0
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


@dataclass(frozen=True)
class Doubt:
    """An unsure region left uncovered, measured against what was covered in the same photo."""

    region: Region
    #: its score as a share of the bar a face of its height must beat (1.0 for text)
    near: float = 1.0
    #: its height over the median covered face's (1.0 when no face was covered)
    taller: float = 1.0

    def counts(self, rules: Rules) -> bool:
        """Unreadable text always; a face candidate when it looks enough like a face nobody covered."""
        if self.region.kind != "face":
            return True
        return (
            self.near >= rules.unsure_near and _height(self.region.box) >= rules.unsure_height
            and self.taller <= rules.unsure_taller
        )


def judge(covered: list[Region], evidence: Evidence, rules: Rules = RULES) -> tuple[Verdict, list[str], list[Region]]:
    """(verdict, reasons, unsure regions worth outlining) for one cleaned image."""
    return judge_measured(covered, evidence, measure(covered, evidence), rules)


@dataclass(frozen=True)
class Measured:
    """What the rules are applied to, measured once per photo (the benchmark tries many Rules on it)."""

    #: the unsure regions not already inside the covers
    doubts: list[Doubt]
    #: share of the photo's area under the covers (0.0 when its size is unknown or nothing was covered)
    covered_share: float


def measure(covered: list[Region], evidence: Evidence) -> Measured:
    """The doubts (see Doubt) and the covered share, from one mask of the covers (clothes turned
    grey are not covered: they still show a person)."""
    boxes = [r.box for r in covered if r.kind != "garment"]
    if not evidence.unsure and not (evidence.size and boxes):  # a metadata-only run loads no numpy
        return Measured([], 0.0)
    share = _share_function(evidence.size, boxes)
    whole = share((0, 0, *evidence.size)) if evidence.size and boxes else 0.0
    if not evidence.unsure:
        return Measured([], whole)
    from scrubkit.detect.faces import needed_score

    heights = sorted(_height(r.box) for r in covered if r.kind == "face")
    median = heights[len(heights) // 2] if heights else 0
    out = []
    for region in evidence.unsure:
        if share(region.box) >= INSIDE_COVER:
            continue
        if region.kind != "face":
            out.append(Doubt(region))
            continue
        height = _height(region.box)
        bar = float(needed_score(height, evidence.face_threshold))
        out.append(Doubt(region, near=region.score / bar, taller=height / median if median else 1.0))
    return Measured(out, whole)


def judge_measured(
    covered: list[Region], evidence: Evidence, measured: Measured, rules: Rules = RULES
) -> tuple[Verdict, list[str], list[Region]]:
    """`judge` on a photo already measured."""
    reasons: list[str] = []
    if evidence.unsearched:
        reasons.append("faces and text were not looked for (metadata-only policy): look at the whole photo")
    unsure = [d.region for d in measured.doubts if d.counts(rules)]
    found = sum(r.kind == "face" for r in covered)
    faces = [r for r in unsure if r.kind == "face"]
    if faces and (len(faces) >= rules.unsure_count or (found and len(faces) >= rules.unsure_share * (found + rules.unsure_prior))):
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
    if measured.covered_share >= rules.mostly_covered:
        reasons.append(f"{measured.covered_share:.0%} of the photo is covered: check the post is still worth sharing")
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
