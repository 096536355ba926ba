"""Video: scrubkit (standard, strict) beside deface's video mode on the same clips, in one run.

    .venv/bin/python benchmarks/video.py [--deface /tmp/venv-deface/bin/deface] [--speed-frames 90]
        [--loops 8] [--parts recall,speed,memory] [--work /tmp/video-bench]

* recall + metadata: every clip of ../shared/data/video through scrubkit standard and deface (defaults:
  threshold 0.2, mask scale 1.3, blur), scored by ../shared/tools/metrics_video.py (face-frame recall
  of faces >= 20 px, the longest run of frames one face stays visible, tracks ever visible) and its
  exiftool metadata check (--metadata) on the same output folders.
* speed: the first --speed-frames frames of sam2_juggle.mp4 at 1280x720 and upscaled to 1920x1080
  (re-encoded near-losslessly first, so every tool decodes the same file) through scrubkit standard,
  scrubkit strict and deface. Frames per second of wall time, and CPU seconds per frame (user + sys of
  the process and the children it waited for: deface's ffmpeg encoder included). The machine is
  shared, so read the RATIOS between tools in the same run, not the absolute figures.
* fresh: clips never used while tuning, made here from three faces-groups photos (labelled faces):
  a 1280x720 camera move (pan and zoom) over each photo, with 4 motion-blurred frames, the labelled
  boxes moved with the pixels. Scored once, after the last change, like the dev clips.
* memory: peak RSS (ru_maxrss) of scrubkit standard on short_hamilton_clip.mp4 and on the same clip
  looped --loops times (a long recording): bounded memory means the two peaks are about equal.
Each tool runs as its own process per clip, start-up and model loading included, as a user runs it.
Results: printed as markdown and written to WORK/results.json; docs/benchmarks/video.md quotes them.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "video"
METRICS = REPO.parent / "shared" / "tools" / "metrics_video.py"
SCRUB = "import sys, scrubkit; r = scrubkit.scrub_video(sys.argv[1], sys.argv[2], sys.argv[3]); print(r.status, r.reason)"
SPEED_CLIP = "sam2_juggle.mp4"
LONG_CLIP = "short_hamilton_clip.mp4"
FRESH_PHOTOS = ("12_Group_Large_Group_12_Group_Large_Group_12_72.jpg", "39_Ice_Skating_Ice_Skating_39_1026.jpg",
                "36_Football_americanfootball_ball_36_25.jpg")
FRESH_FRAMES, FRESH_SIZE, FRESH_BLURRED = 48, (1280, 720), range(20, 24)


def run(command: list[str]) -> dict:
    """Run to completion; wall seconds, CPU seconds (with waited-for children) and peak RSS (MiB)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               env={**os.environ, "PYTHONPATH": f"{REPO / 'src'}:{REPO / 'cli'}"})
    output = process.stdout.read()  # type: ignore[union-attr]
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if status != 0 or "failed" in output.split("\n")[-2:][0]:
        print(f"  ! {' '.join(command[-3:])}: {output.strip()[-300:]}", file=sys.stderr)
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak_mib": usage.ru_maxrss / 1024}


def scrubkit(src: Path, dst: Path, policy: str) -> dict:
    return run([sys.executable, "-c", SCRUB, str(src), str(dst), policy])


def deface(binary: str, src: Path, dst: Path) -> dict:
    return run([binary, str(src), "-o", str(dst)])


def frames_of(path: Path) -> int:
    with av.open(str(path)) as container:
        return sum(1 for _ in container.decode(video=0))


def reencode(src: Path, dst: Path, frames: int, size: tuple[int, int] | None = None, loops: int = 1) -> Path:
    """The first `frames` frames of `src` (optionally resized, optionally looped), libx264 crf 12, no audio."""
    with av.open(str(src)) as source:
        stream = source.streams.video[0]
        rate = stream.average_rate or Fraction(25)
        pictures = []
        for index, frame in enumerate(source.decode(stream)):
            if index >= frames:
                break
            pictures.append(frame.to_ndarray(format="rgb24"))
    with av.open(str(dst), "w", format="mp4") as out:
        encoder = out.add_stream("libx264", rate=rate)
        height, width = pictures[0].shape[:2]
        encoder.width, encoder.height = size or (width, height)
        encoder.pix_fmt, encoder.options = "yuv420p", {"crf": "12", "preset": "ultrafast"}
        index = 0
        for _ in range(loops):
            for picture in pictures:
                frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(picture), format="rgb24")
                if size:
                    frame = frame.reformat(width=size[0], height=size[1])
                frame.pts, frame.time_base = index, 1 / rate
                index += 1
                for packet in encoder.encode(frame):
                    out.mux(packet)
        for packet in encoder.encode(None):
            out.mux(packet)
    return dst


def score(out_dir: Path, name: str) -> dict:
    report = out_dir / f"{name}.json"
    subprocess.run([sys.executable, str(METRICS), str(DATA), str(out_dir), str(DATA / "labels.json"), "--metadata",
                    "--json", str(report)], check=False, capture_output=True, text=True)
    data = json.loads(report.read_text())
    return {"overall": data["overall"], "clips": {k: {f: v.get(f) for f in ("faces", "recall", "worst_visible_run",
            "tracks_visible", "tracks", "bg_ssim")} for k, v in data["clips"].items()},
            "metadata_findings": data["metadata_files_with_findings"],
            "metadata": {k: sorted(v) for k, v in data["metadata"].items()},
            "no_output": data["metadata_originals_without_output"]}


def recall_part(work: Path, binary: str) -> dict:
    clips = sorted(p for p in DATA.iterdir() if p.suffix in (".mp4", ".mov"))
    found = {}
    for tool in ("scrubkit-standard", "deface"):
        out = work / tool
        out.mkdir(parents=True, exist_ok=True)
        timing = {}
        for clip in clips:
            dst = out / (clip.stem + ".mp4")
            dst.unlink(missing_ok=True)
            timing[clip.name] = scrubkit(clip, dst, "standard") if tool != "deface" else deface(binary, clip, dst)
            print(f"  {tool} {clip.name}: {timing[clip.name]['wall']:.0f} s", file=sys.stderr)
        found[tool] = {**score(out, tool), "timing": timing}
    return found


def speed_part(work: Path, binary: str, frames: int, tools: list[str]) -> dict:
    clips = {"720p": reencode(DATA / SPEED_CLIP, work / "speed-720p.mp4", frames),
             "1080p": reencode(DATA / SPEED_CLIP, work / "speed-1080p.mp4", frames, size=(1920, 1080))}
    found = {}
    for label, clip in clips.items():
        n = frames_of(clip)
        for tool in tools:
            dst = work / f"speed-{label}-{tool}.mp4"
            dst.unlink(missing_ok=True)
            got = deface(binary, clip, dst) if tool == "deface" else scrubkit(clip, dst, tool.split("-")[1])
            found[f"{label} {tool}"] = {"frames": n, "fps": n / got["wall"], "cpu_per_frame": got["cpu"] / n, **got}
            print(f"  {label} {tool}: {n / got['wall']:.2f} fps", file=sys.stderr)
    return found


def memory_part(work: Path, loops: int) -> dict:
    found = {}
    for count in (1, loops):
        clip = reencode(DATA / LONG_CLIP, work / f"long-x{count}.mp4", 10**9, loops=count)
        dst = work / f"long-x{count}-out.mp4"
        dst.unlink(missing_ok=True)
        got = scrubkit(clip, dst, "standard")
        n = frames_of(clip)
        found[f"x{count}"] = {"frames": n, "seconds_of_video": n / 29.97, **got}
        print(f"  memory x{count}: {got['peak_mib']:.0f} MiB", file=sys.stderr)
    return found


def camera_move(photo: Path, boxes: list[list[int]], dst: Path) -> dict:
    """Write a pan-and-zoom clip over `photo`; returns its labels (metrics_video.py format)."""
    import cv2
    from PIL import Image

    image = np.asarray(Image.open(photo).convert("RGB"))
    height, width = image.shape[:2]
    out_w, out_h = FRESH_SIZE
    frames: list[list[list[float]]] = []
    tracks: list[list[int]] = []
    times: list[float] = []
    with av.open(str(dst), "w", format="mp4") as out:
        encoder = out.add_stream("libx264", rate=25)
        encoder.width, encoder.height, encoder.pix_fmt = out_w, out_h, "yuv420p"
        encoder.options = {"crf": "12", "preset": "ultrafast"}
        for index in range(FRESH_FRAMES):
            t = index / (FRESH_FRAMES - 1)
            crop_w = min(width, height * 16 / 9) * (1.0 - 0.3 * t)  # zoom in by 30 %
            crop_h = crop_w * 9 / 16
            x0, y0 = (width - crop_w) * t, (height - crop_h) * (0.5 + 0.3 * np.sin(6 * t))  # pan across
            scale = out_w / crop_w
            matrix = np.array([[scale, 0, -x0 * scale], [0, scale, -y0 * scale]], np.float32)
            picture = cv2.warpAffine(image, matrix, (out_w, out_h), flags=cv2.INTER_LINEAR)
            if index in FRESH_BLURRED:
                picture = cv2.blur(picture, (21, 3))
            frame = av.VideoFrame.from_ndarray(picture, format="rgb24")
            frame.pts, frame.time_base = index, Fraction(1, 25)
            for packet in encoder.encode(frame):
                out.mux(packet)
            moved = [[(x - x0) * scale, (y - y0) * scale, (x + w - x0) * scale, (y + h - y0) * scale]
                     for x, y, w, h in boxes]
            inside = [(i, b) for i, b in enumerate(moved) if b[0] >= 0 and b[1] >= 0 and b[2] <= out_w and b[3] <= out_h]
            frames.append([b for _, b in inside])
            tracks.append([i for i, _ in inside])  # a face keeps its label's index as its track
            times.append(index / 25)
        for packet in encoder.encode(None):
            out.mux(packet)
    return {"width": out_w, "height": out_h, "rotation": 0, "fps": 25.0, "times": times, "frames": frames,
            "tracks": tracks}


def fresh_part(work: Path, binary: str) -> dict:
    labels_in = json.loads((DATA.parent / "faces-groups" / "labels.json").read_text())
    src = work / "fresh-in"
    src.mkdir(parents=True, exist_ok=True)
    labels = {}
    for number, name in enumerate(FRESH_PHOTOS):
        clip = f"fresh{number}.mp4"
        labels[clip] = camera_move(DATA.parent / "faces-groups" / "images" / name, labels_in[name], src / clip)
    (work / "fresh-labels.json").write_text(json.dumps(labels))
    found = {}
    for tool in ("scrubkit-standard", "deface"):
        out = work / f"fresh-{tool}"
        out.mkdir(parents=True, exist_ok=True)
        for clip in labels:
            (out / clip).unlink(missing_ok=True)
            scrubkit(src / clip, out / clip, "standard") if tool != "deface" else deface(binary, src / clip, out / clip)
        report = out / "score.json"
        subprocess.run([sys.executable, str(METRICS), str(src), str(out), str(work / "fresh-labels.json"),
                        "--json", str(report)], check=False, capture_output=True, text=True)
        data = json.loads(report.read_text())
        found[tool] = {"overall": data["overall"], "clips": {k: {f: v.get(f) for f in ("faces", "recall",
                       "worst_visible_run", "tracks_visible", "tracks", "bg_ssim")} for k, v in data["clips"].items()}}
    return found


def markdown(results: dict) -> str:
    lines = []
    if "recall" in results:
        lines += ["| tool | face-frames | recall | worst visible run (frames) | tracks visible | metadata findings |",
                  "|---|---|---|---|---|---|"]
        for tool, r in results["recall"].items():
            o = r["overall"]
            lines.append(f"| {tool} | {o['faces']} | {o['recall']:.4f} | {o['worst_visible_run']} | "
                         f"{o['tracks_visible']}/{o['tracks']} | {r['metadata_findings']} |")
        lines += ["", "| clip | " + " | ".join(f"{t} recall / worst run / bg" for t in results["recall"]) + " |",
                  "|---|" + "---|" * len(results["recall"])]
        first = next(iter(results["recall"].values()))
        for clip in first["clips"]:
            cells = []
            for r in results["recall"].values():
                c = r["clips"].get(clip, {})
                cells.append(f"{c.get('recall') or 0:.3f} / {c.get('worst_visible_run')} / {c.get('bg_ssim')}")
            lines.append(f"| {clip} | " + " | ".join(cells) + " |")
    if "fresh" in results:
        lines += ["", "fresh clips (scored once):", "", "| tool | face-frames | recall | worst visible run | tracks visible |",
                  "|---|---|---|---|---|"]
        for tool, r in results["fresh"].items():
            o = r["overall"]
            lines.append(f"| {tool} | {o['faces']} | {o['recall']:.4f} | {o['worst_visible_run']} | "
                         f"{o['tracks_visible']}/{o['tracks']} |")
    if "speed" in results:
        lines += ["", "| clip | tool | fps (wall) | CPU s per frame | peak MiB |", "|---|---|---|---|---|"]
        for key, r in results["speed"].items():
            label, tool = key.split(" ")
            lines.append(f"| {label} | {tool} | {r['fps']:.2f} | {r['cpu_per_frame']:.3f} | {r['peak_mib']:.0f} |")
    if "memory" in results:
        lines += ["", "| input | frames | peak MiB | CPU s per frame |", "|---|---|---|---|"]
        for key, r in results["memory"].items():
            lines.append(f"| {LONG_CLIP} {key} | {r['frames']} | {r['peak_mib']:.0f} | {r['cpu'] / r['frames']:.3f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--deface", default="/tmp/venv-deface/bin/deface")
    parser.add_argument("--speed-frames", type=int, default=90)
    parser.add_argument("--speed-tools", default="scrubkit-standard,scrubkit-strict,deface")
    parser.add_argument("--loops", type=int, default=8)
    parser.add_argument("--parts", default="recall,speed,memory")
    parser.add_argument("--work", type=Path, default=Path("/tmp/video-bench"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    parts = args.parts.split(",")
    results: dict = {}
    if "recall" in parts:
        results["recall"] = recall_part(args.work, args.deface)
    if "speed" in parts:
        results["speed"] = speed_part(args.work, args.deface, args.speed_frames, args.speed_tools.split(","))
    if "fresh" in parts:
        results["fresh"] = fresh_part(args.work, args.deface)
    if "memory" in parts:
        results["memory"] = memory_part(args.work, args.loops)
    (args.work / "results.json").write_text(json.dumps(results, indent=1))
    print(markdown(results))


if __name__ == "__main__":
    main()
