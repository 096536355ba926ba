"""inspect: what a file would leak if it were posted as it is."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from scrubkit.errors import ScrubError
from scrubkit.media.metadata import MetaItem, describe_risks, read_metadata
from scrubkit.media.sniff import sniff_format
from scrubkit.pipeline import read_input


@dataclass
class Inspection:
    """Findings for one file. `risks` are sentences for people; `items` every metadata item read."""

    path: Path
    format: str | None = None
    items: list[MetaItem] = field(default_factory=list)
    risks: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def leaks(self) -> bool:
        return any(item.privacy for item in self.items)


def inspect(path: str | Path) -> Inspection:
    """Read `path` and list what identifying metadata it carries. Never raises for a bad file."""
    found = Inspection(Path(path))
    try:
        data = read_input(found.path)
        found.format = sniff_format(data)
        found.items = read_metadata(data, found.format)
        found.risks = describe_risks(found.items)
    except ScrubError as e:
        found.error = str(e)
    return found
