"""A reviewer's edits to one output: covers added, covers removed, covers restyled.

Edits never touch an output directly: the output is made again from its original through the same
pipeline (covering.cover_pixels) with the added covers forced in and the removed ones suppressed,
so metadata is stripped and the output verified exactly as in a batch. Edits are kept beside the
manifest in DST/.scrubkit-edits.json (hidden, so never taken as an input), keyed like the manifest,
and a later `scrubkit clean` into the same folder applies them again.

A removed cover is remembered by its box as reported (margin included). A region the detectors find
again counts as that cover when it lies mostly inside the box and is not much smaller than it, so a
face found again by the covered-image check is not covered again behind the reviewer's back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, get_args

from scrubkit.boxes import INSIDE_COVER, area, fraction_covered
from scrubkit.errors import UsageError
from scrubkit.media.atomic import atomic_write
from scrubkit.policy import CoverStyle
from scrubkit.types import Box, Region

EDITS_NAME = ".scrubkit-edits.json"
STYLES: tuple[CoverStyle, ...] = get_args(CoverStyle)
#: a found region smaller than this share of a removed cover is something else inside it
SAME_COVER_AREA = 0.2
MANUAL_SOURCE = "reviewer"


@dataclass(frozen=True)
class AddedCover:
    """A box the reviewer drew, in the oriented output's pixels, and how to cover it."""

    box: Box
    style: CoverStyle


@dataclass(frozen=True)
class Edits:
    """Everything a reviewer changed on one output. Empty edits change nothing."""

    added: tuple[AddedCover, ...] = ()
    removed: tuple[Box, ...] = ()
    restyled: tuple[tuple[Box, CoverStyle], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.restyled)

    def covers(self) -> list[Region]:
        """The reviewer's covers, as regions to force in."""
        return [Region(c.box, "manual", 1.0, MANUAL_SOURCE) for c in self.added]

    def suppresses(self, box: Box) -> bool:
        """Is `box` (a found region) one of the covers the reviewer removed?"""
        return any(same_cover(box, removed) for removed in self.removed)

    def style_of(self, region: Region, default: CoverStyle) -> CoverStyle:
        if region.kind == "manual":
            return next((c.style for c in self.added if c.box == region.box), default)
        return next((style for box, style in reversed(self.restyled) if same_cover(region.box, box)), default)

    def add(self, box: Box, style: CoverStyle) -> Edits:
        return replace(self, added=(*self.added, AddedCover(_check_box(box), _check_style(style))))

    def remove(self, box: Box) -> Edits:
        """Remove a cover: a drawn one is forgotten, a detected one is suppressed from now on."""
        box = _check_box(box)
        if any(c.box == box for c in self.added):
            return replace(self, added=tuple(c for c in self.added if c.box != box))
        return replace(self, removed=(*self.removed, box))

    def restyle(self, box: Box, style: CoverStyle) -> Edits:
        box, style = _check_box(box), _check_style(style)
        if any(c.box == box for c in self.added):
            return replace(self, added=tuple(AddedCover(c.box, style) if c.box == box else c for c in self.added))
        return replace(self, restyled=(*[r for r in self.restyled if r[0] != box], (box, style)))

    def to_json(self) -> dict[str, Any]:
        return {
            "added": [{"box": list(c.box), "style": c.style} for c in self.added],
            "removed": [list(b) for b in self.removed],
            "restyled": [{"box": list(b), "style": s} for b, s in self.restyled],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Edits:
        return cls(
            added=tuple(AddedCover(_check_box(c["box"]), _check_style(c["style"])) for c in data.get("added", [])),
            removed=tuple(_check_box(b) for b in data.get("removed", [])),
            restyled=tuple((_check_box(r["box"]), _check_style(r["style"])) for r in data.get("restyled", [])),
        )


def same_cover(box: Box, cover: Box) -> bool:
    """`box` lies mostly inside `cover` and is not much smaller: the same thing, found again."""
    return fraction_covered(box, [cover]) >= INSIDE_COVER and area(box) >= SAME_COVER_AREA * area(cover)


class EditsStore:
    """DST/.scrubkit-edits.json: every output's edits by its key in the batch (its path in DST)."""

    def __init__(self, dst: str | Path) -> None:
        self.path = Path(dst) / EDITS_NAME
        self.files: dict[str, Edits] = {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self.files = {key: Edits.from_json(value) for key, value in data["files"].items()}
        except FileNotFoundError:
            pass
        except (ValueError, KeyError, TypeError, AttributeError) as e:
            raise UsageError(f"{self.path} is damaged ({e}); fix or delete it (the edits in it are lost)") from None

    def get(self, key: str) -> Edits:
        return self.files.get(key, Edits())

    def put(self, key: str, edits: Edits) -> None:
        """Keep `edits` for `key` (durably: a reviewer's work is not redone lightly)."""
        if edits:
            self.files[key] = edits
        else:
            self.files.pop(key, None)
        data = {"format": "scrubkit-edits", "files": {k: v.to_json() for k, v in sorted(self.files.items())}}
        atomic_write(self.path, json.dumps(data, indent=1).encode("utf-8") + b"\n")


def _check_box(box: Any) -> Box:
    try:
        x0, y0, x1, y1 = (int(v) for v in box)
    except (TypeError, ValueError):
        raise UsageError(f"a box is four whole numbers x0, y0, x1, y1; got {box!r}") from None
    if x1 <= x0 or y1 <= y0 or min(x0, y0) < 0:
        raise UsageError(f"box {[x0, y0, x1, y1]} is empty or outside the image")
    return x0, y0, x1, y1


def _check_style(style: Any) -> CoverStyle:
    if style not in STYLES:
        raise UsageError(f"cover style must be one of {', '.join(STYLES)}; got {style!r}")
    return style  # type: ignore[no-any-return]
