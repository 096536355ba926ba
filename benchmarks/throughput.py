"""Batch throughput: photos per minute for `scrubkit clean` (metadata-only, standard, strict) on 1 and
2 worker processes, beside `exiftool -all=` and deface on the same photos, in one run; peak memory.

    .venv/bin/python benchmarks/throughput.py [--photos 200] [--detector-photos 40]
        [--deface /tmp/venv-deface2/bin/deface]

deface 1.5.0 lives in its own venv (its opencv-python clashes with scrubkit's OpenCV):
    python3 -m venv /tmp/venv-deface2 && /tmp/venv-deface2/bin/pip install deface==1.5.0 onnx onnxruntime

The folder is assembled from ../shared/data (metadata JPEGs, faces-wider, faces-groups,
text-icdar15, taken in turn so any prefix is a mix) and copied to a temp dir; nothing is kept.
Every tool is timed end to end as a user runs it (start-up and model loading included), each on a
fresh copy. Metadata-only and exiftool run on all photos; the detector policies and deface on the
first --detector-photos of them (the same photos for both). Peak memory is the highest VmHWM of
any process of the command (a worker, or the main process when --jobs 1), polled from /proc.
The table goes to docs/benchmarks/throughput.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
OUT = REPO / "docs" / "benchmarks" / "throughput.md"
SCRUBKIT = Path(sys.executable).with_name("scrubkit")
SETS = ("metadata", "faces-wider", "faces-groups", "text-icdar15")


@dataclass
class Run:
    tool: str
    policy: str
    photos: int
    jobs: int
    seconds: float
    peak_worker_mb: float
    problems: str

    @property
    def per_minute(self) -> float:
        return 60 * self.photos / self.seconds


def assemble(folder: Path, count: int) -> list[Path]:
    """Copy `count` real JPEGs into `folder` (flat, names prefixed by their set), sets taken in turn."""
    pools = [sorted(p for p in (DATA / name).rglob("*") if p.suffix.lower() in (".jpg", ".jpeg")) for name in SETS]
    picked: list[Path] = []
    while len(picked) < count and any(pools):
        for pool in pools:
            if pool and len(picked) < count:
                picked.append(pool.pop(0))
    folder.mkdir(parents=True)
    copies = []
    for i, path in enumerate(picked):
        copy = folder / f"{i:03d}-{path.parent.parent.name if path.parent.name == 'images' else 'metadata'}-{path.name}"
        shutil.copy(path, copy)
        copies.append(copy)
    return copies


def tree_peaks(pid: int, peaks: dict[int, int]) -> None:
    """Record the peak RSS (VmHWM, kB) of `pid` and all its descendants."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except (FileNotFoundError, ProcessLookupError):
        return
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            peaks[pid] = max(peaks.get(pid, 0), int(line.split()[1]))
    for child in children:
        tree_peaks(int(child), peaks)


def timed(cmd: list[str], log: Path) -> tuple[float, float, int]:
    """Run `cmd`; returns (seconds, the highest peak RSS of any of its processes in MB, exit status).

    With --jobs 2 that is the busiest worker (the main process only plans and records); with
    --jobs 1 the main process does the work itself."""
    peaks: dict[int, int] = {}
    with open(log, "w") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
        while proc.poll() is None:
            tree_peaks(proc.pid, peaks)
            time.sleep(0.02)
        seconds = time.perf_counter() - start
    return seconds, max(peaks.values(), default=0) / 1024, proc.returncode


def fresh_copy(files: list[Path], folder: Path) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for f in files:
        shutil.copy(f, folder / f.name)
    return folder


def run_scrubkit(files: list[Path], work: Path, policy: str, jobs: int) -> Run:
    src = fresh_copy(files, work / "in")
    out, report = work / f"out-{policy}-{jobs}", work / "report.json"
    shutil.rmtree(out, ignore_errors=True)
    cmd = [str(SCRUBKIT), "clean", str(src), "--out", str(out), "--policy", policy, "--jobs", str(jobs), "--report", str(report)]
    seconds, peak, _ = timed(cmd, work / "log.txt")
    counts = json.loads(report.read_text())["counts"]
    return Run("scrubkit", policy, len(files), jobs, seconds, peak, f"{counts['failed']} failed, {counts['skipped']} skipped")


def run_exiftool(files: list[Path], work: Path) -> Run:
    folder = fresh_copy(files, work / "exiftool")
    seconds, peak, status = timed(["exiftool", "-q", "-q", "-all=", "-overwrite_original", str(folder)], work / "log.txt")
    return Run("exiftool -all=", "metadata", len(files), 1, seconds, peak, f"exit {status}")


def run_deface(files: list[Path], work: Path, deface: str) -> Run:
    folder = fresh_copy(files, work / "deface")
    cmd = [deface, str(folder), "--backend", "onnxrt", "--ep", "CPUExecutionProvider"]
    seconds, peak, status = timed(cmd, work / "log.txt")
    written = len(list(folder.glob("*_anonymized*")))
    return Run("deface 1.5.0", "faces (blur)", len(files), 1, seconds, peak, f"{written} written, exit {status}")


def table(runs: list[Run]) -> str:
    lines = [
        "| tool | policy | photos | jobs | seconds | photos/min | peak RSS per worker (MB) | problems |",
        "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for r in runs:
        lines.append(
            f"| {r.tool} | {r.policy} | {r.photos} | {r.jobs} | {r.seconds:.1f} | {r.per_minute:.0f} | "
            f"{r.peak_worker_mb:.0f} | {r.problems} |"
        )
    return "\n".join(lines)


def verdicts(runs: list[Run]) -> list[str]:
    def find(tool: str, policy: str | None = None, jobs: int | None = None) -> Run | None:
        return next((r for r in runs if r.tool.startswith(tool) and policy in (None, r.policy) and jobs in (None, r.jobs)), None)

    lines = []
    for policy in ("metadata-only", "standard", "strict"):
        one, two = find("scrubkit", policy, 1), find("scrubkit", policy, 2)
        if one and two:
            lines.append(f"- scaling, {policy}: 2 jobs run at {two.per_minute / one.per_minute:.2f}x the speed of 1 job (2.00x is linear)")
    exif, meta = find("exiftool"), find("scrubkit", "metadata-only", 2)
    if exif and meta:
        verdict = "met" if meta.per_minute >= exif.per_minute else "NOT met"
        lines.append(f"- metadata-only ≥ exiftool: {meta.per_minute:.0f} vs {exif.per_minute:.0f} photos/min — {verdict}")
    deface, standard = find("deface"), find("scrubkit", "standard", 2)
    if deface and standard:
        ratio = deface.per_minute / standard.per_minute
        verdict = "met" if ratio <= 2 else "NOT met"
        lines.append(f"- standard within 2× deface: deface is {ratio:.1f}× faster ({deface.per_minute:.0f} vs {standard.per_minute:.0f} photos/min) — {verdict}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--detector-photos", type=int, default=40, help="photos for standard, strict and deface")
    parser.add_argument("--deface", default="/tmp/venv-deface2/bin/deface")
    parser.add_argument("--policies", nargs="+", default=["metadata-only", "standard", "strict"])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="scrubkit-throughput-") as tmp:
        work = Path(tmp)
        files = assemble(work / "photos", args.photos)
        subset = files[: args.detector_photos]
        load_before = os.getloadavg()[0]
        runs: list[Run] = []
        runs.append(run_exiftool(files, work))
        for policy in args.policies:
            for jobs in (1, 2):
                runs.append(run_scrubkit(files if policy == "metadata-only" else subset, work, policy, jobs))
                print(table(runs[-1:]).splitlines()[-1], flush=True)
        if Path(args.deface).exists():
            runs.append(run_deface(subset, work, args.deface))
        load_after = os.getloadavg()[0]

    text = "\n".join([
        "# Batch throughput",
        "",
        f"`{' '.join(['.venv/bin/python', 'benchmarks/throughput.py', *sys.argv[1:]])}` — "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores, "
        f"{platform.machine()}, Python {platform.python_version()}; 1-minute load average "
        f"{load_before:.1f} before and {load_after:.1f} after (other work on the machine slows every row alike "
        "only if it is steady: compare rows of the same run, not runs).",
        "",
        f"{args.photos} real JPEGs (metadata test photos, WIDER FACE crowds and groups, ICDAR street scenes, "
        f"taken in turn); detector policies and deface on the first {args.detector_photos} of them. "
        "Wall time of the whole command, start-up and model loading included.",
        "",
        table(runs),
        "",
        *verdicts(runs),
        "",
    ])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
