"""Many posts at once: a JSONL file of {"id", "text"} objects in, one result object a line out.

Each output line is {"id", "text", "output", "flags", "spans": [{"start", "end", "entity",
"replacement"}]} (the format ../shared/tools/metrics_captions.py reads), or {"id", "error"} for a
line that is not a post; the other lines are scrubbed all the same. The output file is written
atomically: it appears whole, or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scrubkit.errors import ScrubError, TextInputError
from scrubkit.media.atomic import atomic_write
from scrubkit.policy import Policy
from scrubkit.text import MAX_CHARS, TextScrubber


@dataclass(frozen=True)
class BulkSummary:
    posts: int
    failed: int


def decode_post(data: bytes, where: str) -> str:
    """UTF-8 text, or a TextInputError that says where the first bad byte is."""
    if len(data) > 4 * MAX_CHARS:
        raise TextInputError(f"{where} is too long ({len(data):,} bytes; the limit is {MAX_CHARS:,} characters): "
                             "scrub one post at a time")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise TextInputError(f"{where} is not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start})") from None


def scrub_lines(scrubber: TextScrubber, lines: Iterable[bytes]) -> Iterator[dict[str, Any]]:
    """One result (or error) object per non-blank JSONL line."""
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        record_id = None
        try:
            record = json.loads(decode_post(raw, f"line {number}"))
            if isinstance(record, dict):
                record_id = record.get("id")
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise TextInputError(f'line {number} is not a {{"id", "text"}} object')
            result = scrubber.scrub(record["text"])
            yield {"id": record_id, "text": result.text, "output": result.output, "flags": result.flags,
                   "spans": [{"start": s.start, "end": s.end, "entity": s.entity, "replacement": s.replacement}
                             for s in result.spans]}
        except (ScrubError, json.JSONDecodeError) as e:
            reason = str(e) if isinstance(e, ScrubError) else f"line {number} is not JSON: {e.msg}"
            yield {"id": record_id, "error": reason}


def scrub_jsonl(src: Path | str, dst: Path | str, policy: Policy | str | None = None,
                scrubber: TextScrubber | None = None) -> BulkSummary:
    """Scrub every post of the JSONL file `src` into `dst` (see the module docstring for the format)."""
    scrubber = scrubber or TextScrubber(policy)
    with Path(src).open("rb") as lines:
        rows = list(scrub_lines(scrubber, lines))
    atomic_write(Path(dst), "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8"))
    return BulkSummary(posts=len(rows), failed=sum("error" in r for r in rows))
