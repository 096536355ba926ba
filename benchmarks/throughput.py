"""Batch throughput: `scrubkit clean` beside deface and `exiftool -all=` on the same folders, in one
run, with recall measured on the same photos; 1 vs 2 workers; a Dask cluster vs the process pool.

    .venv/bin/python benchmarks/throughput.py [--photos 200] [--detector-photos 40] [--scaling-photos 200]
        [--rounds 2] [--deface /tmp/venv-deface/bin/deface] [--metadata-pool]

deface 1.5.0 lives in its own venv (its opencv-python clashes with scrubkit's OpenCV):
    python3 -m venv /tmp/venv-deface && /tmp/venv-deface/bin/pip install deface==1.5.0 onnx onnxruntime

The folder is assembled from ../shared/data (metadata JPEGs, faces-wider, faces-groups,
text-icdar15, taken in turn so any prefix is a mix) and copied to a temp dir; nothing is kept.
Every tool is timed end to end as a user runs it (start-up and model loading included), each on a
fresh copy, all cores each. Tools that are compared run interleaved, `--rounds` times (exiftool,
scrubkit, exiftool, scrubkit, ...), and each row is the median of its rounds, so load from other
work on the machine falls on both sides of a ratio. Metadata-only and exiftool run on all photos;
standard, strict and deface on the first --detector-photos; 1 vs 2 workers (standard) on the first
--scaling-photos. Recall is scored from the same runs' reports with ../shared/tools metrics: faces
>= 20 px on the faces-wider/faces-groups photos among them, legible text on the ICDAR ones.
The cluster row runs `scrubkit clean --cluster` against a Dask LocalCluster of 2 worker processes
(1 thread each, 127.0.0.1 only) started by this script. Peak memory is the highest VmHWM of any
process of the command (a worker, or the main process when --jobs 1), polled from /proc; for the
cluster, the workers' own peak. The table goes to docs/benchmarks/throughput.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from shared_tools import shared_tool

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
    jobs: str
    seconds: list[float] = field(default_factory=list)
    #: user + system CPU time of the command and every process it waited for (less sensitive to load)
    cpu: list[float] = field(default_factory=list)
    peak_worker_mb: float = 0.0
    problems: str = ""
    report: dict | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)

    @property
    def per_minute(self) -> float:
        return 60 * self.photos / self.median


#: copy name -> (data set, original file name), for scoring recall from a report
ORIGINS: dict[str, tuple[str, str]] = {}


def assemble(folder: Path, count: int) -> list[Path]:
    """Copy `count` real JPEGs into `folder`, sets taken in turn, named as a camera names them
    (IMG_0001.JPG ...): names with words in them make `clean` run its identifying-name check."""
    pools = [sorted(p for p in (DATA / name).rglob("*") if p.suffix.lower() in (".jpg", ".jpeg")) for name in SETS]
    picked: list[Path] = []
    while len(picked) < count and any(pools):
        for pool in pools:
            if pool and len(picked) < count:
                picked.append(pool.pop(0))
    folder.mkdir(parents=True)
    copies = []
    for i, path in enumerate(picked):
        copy = folder / f"IMG_{i + 1:04d}.JPG"
        shutil.copy(path, copy)
        ORIGINS[copy.name] = (path.parent.parent.name if path.parent.name == "images" else "metadata", path.name)
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


def timed(cmd: list[str], log: Path) -> tuple[float, float, int, float]:
    """Run `cmd`; returns (seconds, the highest peak RSS of any of its processes in MB, exit status,
    CPU seconds: user + system of the command and of the processes it waited for)."""
    peaks: dict[int, int] = {}
    with open(log, "w") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
        while True:
            tree_peaks(proc.pid, peaks)
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            time.sleep(0.02)
        seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return seconds, max(peaks.values(), default=0) / 1024, proc.returncode, usage.ru_utime + usage.ru_stime


def fresh_copy(files: list[Path], folder: Path) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for f in files:
        shutil.copy(f, folder / f.name)
    return folder


def run_scrubkit(run: Run, files: list[Path], work: Path, extra: list[str]) -> None:
    src = fresh_copy(files, work / "in")
    out, report = work / "out", work / "report.json"
    shutil.rmtree(out, ignore_errors=True)
    report.unlink(missing_ok=True)
    cmd = [str(SCRUBKIT), "clean", str(src), "--out", str(out), "--policy", run.policy, "--report", str(report), *extra]
    seconds, peak, status, cpu = timed(cmd, work / "log.txt")
    if not report.exists():
        raise SystemExit(f"{' '.join(cmd)} exited {status} without a report: see {work / 'log.txt'}")
    run.report = json.loads(report.read_text())
    counts = run.report["counts"]
    run.seconds.append(seconds)
    run.cpu.append(cpu)
    run.peak_worker_mb = max(run.peak_worker_mb, peak)
    run.problems = f"{counts['failed']} failed, {counts['skipped']} skipped"


def run_exiftool(run: Run, files: list[Path], work: Path) -> None:
    folder = fresh_copy(files, work / "exiftool")
    seconds, peak, status, cpu = timed(["exiftool", "-q", "-q", "-all=", "-overwrite_original", str(folder)], work / "log.txt")
    run.seconds.append(seconds)
    run.cpu.append(cpu)
    run.peak_worker_mb, run.problems = max(run.peak_worker_mb, peak), f"exit {status}"


def run_deface(run: Run, files: list[Path], work: Path, deface: str) -> None:
    folder = fresh_copy(files, work / "deface")
    cmd = [deface, str(folder), "--backend", "onnxrt", "--ep", "CPUExecutionProvider"]
    seconds, peak, status, cpu = timed(cmd, work / "log.txt")
    written = len(list(folder.glob("*_anonymized*")))
    run.seconds.append(seconds)
    run.cpu.append(cpu)
    run.peak_worker_mb, run.problems = max(run.peak_worker_mb, peak), f"{written} written, exit {status}"


# ---- recall from a run's report, scored with the shared metric scripts


def recall(report: dict) -> dict[str, tuple[float, int]]:
    """{"faces": (recall >= 20 px, labelled faces), "text": (legible recall, labelled lines)} for the
    labelled photos among the report's files (face boxes for faces, text quads for text)."""
    by_set: dict[str, dict[str, list[dict]]] = {}
    for entry in report["files"]:
        dataset, original = ORIGINS[Path(entry["source"]).name]
        by_set.setdefault(dataset, {})[original] = entry["regions"]
    scores: dict[str, tuple[float, int]] = {}
    faces = shared_tool("metrics_faces")
    covered = total = 0
    for prefix in ("faces-wider", "faces-groups"):
        if prefix not in by_set:
            continue
        labels = json.loads((DATA / prefix / "labels.json").read_text())
        meta = json.loads((DATA / prefix / "meta.json").read_text())
        names = by_set[prefix]
        pred = {n: [r["box"] for r in regions if r["kind"] == "face"] for n, regions in names.items()}
        result = faces.evaluate({n: labels[n] for n in names}, {n: meta[n] for n in names}, pred)
        n = result["by_orig_height"]["20-40"]["n"] + result["by_orig_height"][">=40"]["n"]
        covered += result["face_recall_ge20"] * n
        total += n
    if total:
        scores["faces"] = (covered / total, total)
    if "text-icdar15" in by_set:
        text = shared_tool("metrics_text")
        names = by_set["text-icdar15"]
        labels = json.loads((DATA / "text-icdar15" / "labels.json").read_text())
        pred = {n: [r["quad"] for r in regions if r["kind"] == "text" and r.get("quad")] for n, regions in names.items()}
        result = text.evaluate({n: labels[n] for n in names}, pred, str(DATA / "text-icdar15" / "images"))
        legible = sum(1 for n in names for label in labels[n] if not label["dont_care"])
        scores["text"] = (result["text_recall_legible"], legible)
    return scores


# ---- the Dask cluster row


def run_cluster(run: Run, files: list[Path], work: Path) -> None:
    """`scrubkit clean --cluster` against a LocalCluster of 2 single-thread worker processes."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0", env={"SCRUBKIT_MODEL_THREADS": "1"}) as cluster, \
            Client(cluster) as client:
        run_scrubkit(run, files, work, ["--cluster", cluster.scheduler_address])
        run.cpu.clear()  # the cluster's workers are not the command's children: their CPU time is not counted
        peaks = client.run(lambda: __import__("resource").getrusage(__import__("resource").RUSAGE_SELF).ru_maxrss)
        run.peak_worker_mb = max(peaks.values()) / 1024


def compile_bytecode() -> None:
    """Compile scrubkit's modules first, as `pip install` does: a checkout run with
    PYTHONDONTWRITEBYTECODE would otherwise recompile every module on every start-up (~40 ms)."""
    import scrubkit
    import scrubkit_cli

    for package in (scrubkit, scrubkit_cli):
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(package.__file__).parent)], check=True)


# ---- report


def table(runs: list[Run], baselines: dict[str, Run]) -> str:
    lines = [
        "| tool | policy | photos | jobs | seconds (median) | photos/min | vs competitor | CPU seconds (median) "
        "| vs competitor, CPU | peak RSS per worker (MB) | problems |",
        "|---|---|---:|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in runs:
        base = baselines.get(r.policy)
        versus = f"{base.median / r.median:.2f}x" if base and base is not r else ""
        versus_cpu = f"{base.cpu_median / r.cpu_median:.2f}x" if base and base is not r and r.cpu else ""
        cpu = f"{r.cpu_median:.2f}" if r.cpu else ""
        lines.append(
            f"| {r.tool} | {r.policy} | {r.photos} | {r.jobs} | {r.median:.2f} | {r.per_minute:.0f} | {versus} | "
            f"{cpu} | {versus_cpu} | {r.peak_worker_mb:.0f} | {r.problems} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--detector-photos", type=int, default=40, help="photos for standard, strict and deface")
    parser.add_argument("--scaling-photos", type=int, default=200, help="photos for 1 vs 2 workers (standard)")
    parser.add_argument("--rounds", type=int, default=2, help="interleaved repeats of each compared pair")
    parser.add_argument("--deface", default="/tmp/venv-deface/bin/deface")
    parser.add_argument("--metadata-pool", action="store_true",
                        help="also run metadata-only with --jobs 2 (a process pool), interleaved with the others")
    parser.add_argument("--skip", nargs="*", default=[], choices=["metadata", "detectors", "strict", "scaling", "cluster"])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()

    compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="scrubkit-throughput-") as tmp:
        work = Path(tmp)
        files = assemble(work / "photos", max(args.photos, args.scaling_photos))
        subset, scaling = files[: args.detector_photos], files[: args.scaling_photos]
        load_before = os.getloadavg()[0]
        exif = Run("exiftool -all=", "metadata", args.photos, "1")
        meta = Run("scrubkit", "metadata-only", args.photos, "default")
        meta_pool = Run("scrubkit", "metadata-only", args.photos, "2 (process pool)")
        deface = Run("deface 1.5.0", "faces (blur)", len(subset), "all cores")
        standard = Run("scrubkit", "standard", len(subset), "default (2)")
        strict = Run("scrubkit", "strict", len(subset), "default (2)")
        one = Run("scrubkit", "standard", len(scaling), "1")
        two = Run("scrubkit", "standard", len(scaling), "2")
        pool = Run("scrubkit", "standard", len(subset), "process pool, 2")
        dask = Run("scrubkit", "standard", len(subset), "Dask LocalCluster, 2 workers")
        for _ in range(args.rounds):
            if "metadata" not in args.skip:
                run_exiftool(exif, files[: args.photos], work)
                run_scrubkit(meta, files[: args.photos], work, [])
                if args.metadata_pool:
                    run_scrubkit(meta_pool, files[: args.photos], work, ["--jobs", "2"])
            if "detectors" not in args.skip:
                if Path(args.deface).exists():
                    run_deface(deface, subset, work, args.deface)
                run_scrubkit(standard, subset, work, [])
                if "strict" not in args.skip:  # the slowest row
                    run_scrubkit(strict, subset, work, [])
            if "scaling" not in args.skip:
                run_scrubkit(one, scaling, work, ["--jobs", "1"])
                run_scrubkit(two, scaling, work, ["--jobs", "2"])
            if "cluster" not in args.skip:
                run_scrubkit(pool, subset, work, ["--jobs", "2"])
                run_cluster(dask, subset, work)
            print("round done", flush=True)
        load_after = os.getloadavg()[0]
    baselines = {"metadata-only": exif, "standard": deface, "strict": deface}
    main_rows = [r for r in (exif, meta, meta_pool, deface, standard, strict) if r.seconds]
    lines = [
        "# Batch throughput",
        "",
        (
            f"`{' '.join(['.venv/bin/python', 'benchmarks/throughput.py', *sys.argv[1:]])}` — "
            f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores, "
            f"{platform.machine()}, Python {platform.python_version()}; 1-minute load average "
            f"{load_before:.1f} before and {load_after:.1f} after. The machine is shared with other work: "
            "compare rows of the same run (ratios), not runs."
        ),
        "",
        (
            "Real JPEGs (metadata test photos, WIDER FACE crowds and groups, ICDAR street scenes, taken in turn). "
            f"Wall time of the whole command, start-up and model loading included; median of {args.rounds} "
            "interleaved rounds. *vs competitor* = the competitor's time / this row's time (above 1: faster); "
            "CPU seconds = user + system time of the command and its worker processes, which load from "
            "other work on the machine changes less than wall time. scrubkit's bytecode is compiled first, "
            "as `pip install` does."
        ),
        "",
        "## Against the tools users would otherwise pick",
        "",
        table(main_rows, baselines),
        "",
    ]
    scored = [(r, recall(r.report)) for r in (standard, strict) if r.report]
    if scored:
        lines += ["## Recall on the same photos, from the same runs' reports", "",
                  "| policy | faces >= 20 px covered (labelled faces) | legible text covered (labelled lines) |",
                  "|---|---:|---:|"]
        for r, score in scored:
            face = f"{score['faces'][0]:.3f} ({score['faces'][1]})" if "faces" in score else "–"
            text = f"{score['text'][0]:.3f} ({score['text'][1]})" if "text" in score and r.policy == "strict" else "–"
            lines.append(f"| {r.policy} | {face} | {text} |")
        lines.append("")
    if one.seconds and two.seconds:
        lines += ["## 1 vs 2 workers", "", table([one, two], {}), "",
                  f"2 workers run at **{one.median / two.median:.2f}x** the speed of 1 (2.00x is linear).", ""]
    if pool.seconds and dask.seconds:
        lines += ["## Dask cluster executor vs the process pool", "", table([pool, dask], {}), "",
                  f"The cluster runs at {pool.median / dask.median:.2f}x the process pool's speed.", ""]
    text = "\n".join(lines)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
