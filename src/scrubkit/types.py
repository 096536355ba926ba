"""Plain value types shared by every module: what was found, and what happened to a file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

#: "manual": a cover a reviewer drew (scrubkit.edits)
#: "mark": a uniform mark (crest, logo, badge, name, number) found on kit (detect/uniforms.py)
#: "garment": clothing turned grey, not covered (policy garments = "grey", scrubkit.recolour)
RegionKind = Literal["face", "person", "text", "manual", "mark", "garment"]
Status = Literal["clean", "failed", "skipped"]
#: whether a clean file can be posted as it is, or a person should look first (scrubkit.verdict)
Verdict = Literal["ready", "check"]
Box = tuple[int, int, int, int]
Quad = tuple[tuple[int, int], tuple[int, int], tuple[int, int], tuple[int, int]]


@dataclass(frozen=True)
class Region:
    """Something to cover in an image, in the orientation-corrected image's pixel coordinates.

    `box` is (x0, y0, x1, y1) with x1/y1 exclusive. Text regions also carry the 4-point `quad`
    (rotated text is covered by its quad, not by the upright box) and the words read. In a video
    `frame` is the index of the (output) frame the region was covered in.
    """

    box: Box
    kind: RegionKind
    score: float
    source: str
    text: str | None = None
    quad: Quad | None = None
    frame: int | None = None

    def to_json(self) -> dict[str, Any]:
        """The stable report form (see docs/report-format.md)."""
        out: dict[str, Any] = {
            "kind": self.kind,
            "box": list(self.box),
            "score": round(float(self.score), 4),
            "source": self.source,
        }
        if self.quad is not None:
            out["quad"] = [list(p) for p in self.quad]
        if self.text is not None:
            out["text"] = self.text
        if self.frame is not None:
            out["frame"] = self.frame
        return out


@dataclass(frozen=True)
class Span:
    """Something to rewrite in post text: text[start:end] becomes `replacement`."""

    start: int
    end: int
    entity: str
    score: float
    replacement: str

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "entity": self.entity,
            "score": round(float(self.score), 4),
            "replacement": self.replacement,
        }


@dataclass
class Result:
    """One input file's outcome. `reason` is set, in words a person can act on, unless clean."""

    source: Path
    output: Path | None
    status: Status
    reason: str | None = None
    regions: list[Region] = field(default_factory=list)
    metadata_removed: list[str] = field(default_factory=list)
    seconds: float = 0.0
    format: str | None = None
    warnings: list[str] = field(default_factory=list)
    #: set when clean: "check" with `check_reasons` in words, or "ready" (issue 13)
    verdict: Verdict | None = None
    check_reasons: list[str] = field(default_factory=list)
    #: what a detector found but was unsure of and left uncovered (outlined for the reviewer)
    unsure: list[Region] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status == "clean"

    def to_json(self) -> dict[str, Any]:
        """The stable report form (see docs/report-format.md)."""
        return {
            "source": str(self.source),
            "output": str(self.output) if self.output else None,
            "status": self.status,
            "reason": self.reason,
            "format": self.format,
            "metadata_removed": list(self.metadata_removed),
            "regions": [r.to_json() for r in self.regions],
            "warnings": list(self.warnings),
            "verdict": self.verdict,
            "check_reasons": list(self.check_reasons),
            "unsure_regions": [r.to_json() for r in self.unsure],
            "seconds": round(self.seconds, 3),
        }
