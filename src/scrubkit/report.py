"""The JSON report: one entry per input, built from Results alone (format: docs/report-format.md)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from scrubkit._version import __version__
from scrubkit.media.atomic import atomic_write
from scrubkit.policy import Policy
from scrubkit.types import Result

REPORT_FORMAT_VERSION = 1


def build_report(results: list[Result], policy: Policy) -> dict[str, Any]:
    counts = Counter(r.status for r in results)
    return {
        "format": "scrubkit-report",
        "format_version": REPORT_FORMAT_VERSION,
        "scrubkit_version": __version__,
        "policy": policy.name,
        "counts": {status: counts.get(status, 0) for status in ("clean", "failed", "skipped")},
        "files": [r.to_json() for r in results],
    }


def write_report(path: str | Path, results: list[Result], policy: Policy) -> None:
    text = json.dumps(build_report(results, policy), indent=2, ensure_ascii=False)
    atomic_write(Path(path), text.encode("utf-8") + b"\n")
