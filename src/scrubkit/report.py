"""The JSON report: one entry per input, built from Results alone (format: docs/report-format.md)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from scrubkit._version import __version__
from scrubkit.errors import UsageError
from scrubkit.media.atomic import atomic_write
from scrubkit.paths import check_new_file, inside
from scrubkit.policy import Policy
from scrubkit.types import Result

REPORT_FORMAT_VERSION = 1
#: json.dumps(entry, ensure_ascii=False), without building an encoder for each file
_one_line = json.JSONEncoder(ensure_ascii=False).encode


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
    text = report_text(build_report(results, policy))
    try:
        atomic_write(Path(path), text.encode("utf-8", "backslashreplace") + b"\n")  # a name that is not UTF-8: a \\udcXX escape
    except OSError as e:
        raise UsageError(f"cannot write the report {path}: {e.strerror or e}") from None


def report_text(report: dict[str, Any]) -> str:
    """The report as JSON, indented, with each file's entry on one line of its own: json's indenting
    encoder is pure Python (about 30 us a file, as much as listing a photo's metadata), its compact
    one is C. The files are written last, whatever the report's order."""
    rest = {key: value for key, value in report.items() if key != "files"}
    head = json.dumps({**rest, "files": []}, indent=2, ensure_ascii=False)
    entries = ",\n    ".join(map(_one_line, report["files"]))
    return head[: -len("[]\n}")] + (f"[\n    {entries}\n  ]\n}}" if entries else "[]\n}")


def check_report_path(report: str | Path, src: str | Path, dst: str | Path) -> None:
    """Refuse, before any work, a report path that cannot be written or that would travel with the
    shared output folder (the report lists the words read under the covers) or land in the input."""
    report = Path(report)
    check_new_file(report, "report")
    where = report.resolve()
    for place, role in ((Path(dst), "output"), (Path(src), "input")):
        if inside(where, place.resolve()):
            raise UsageError(
                f"the report {report} is inside the {role} {place}; the report lists what was covered "
                "(including words read in the photos): keep it outside the folders you share or read"
            )
