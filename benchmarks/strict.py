"""The strict policy, before (today's strict, saved once) and after, on the same detections in one run.

    .venv/bin/python benchmarks/strict.py detect      # run the detectors once, cache their raw findings
    .venv/bin/python benchmarks/strict.py baseline    # (done once, before issue 14's changes) save today's covers
    .venv/bin/python benchmarks/strict.py             # score today's and the new strict side by side
    .venv/bin/python benchmarks/strict.py --heldout   # the set-aside photos, scored once at the end

The expensive part of strict is the detectors (CenterFace over a pyramid, OCR with a small-text pass).
`detect` runs them once per photo at the policy's settings and caches what they found (boxes, scores,
words) in benchmarks/out/. Both policies are then scored on those same raw findings:

* today's strict: every face, a torso box under each face (detect.people.torso_regions) and every text
  region; its covered boxes were written to benchmarks/strict_baseline.json by `baseline` before any
  change of issue 14 (that file is the "before" column and is never rewritten);
* the new strict: `scrubkit.detect.selection.select_regions`, exactly what `find_regions` runs on the same
  findings (plausibility filters, uniform marks instead of torsos).

Covers are the regions as covered (policy margin included), before the covered-image check, which
adds a few patches in both cases. Scored with ../shared/tools: metrics_uniform.py (uniform marks and
area on faces-groups), metrics_faces.py (faces-groups, faces-wider), metrics_text.py (ICDAR 2015), and
the covers on photos without people (../shared/data/metadata photos that show no one). The table goes
to docs/benchmarks/strict.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps
from shared_tools import shared_tool

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
CACHE = REPO / "benchmarks" / "out" / "strict-cache"
BASELINE = REPO / "benchmarks" / "strict_baseline.json"
HELDOUT = REPO / "benchmarks" / "strict_heldout.json"
OUT = REPO / "docs" / "benchmarks" / "strict.md"

#: photos of ../shared/data/metadata that show no person (checked by eye), for false covers
NO_PEOPLE = [
    "exifr-fixtures/IMG_20180725_163423-tiny.jpg", "exifr-fixtures/img_1771.jpg",
    "exifr-fixtures/sidecar/IMG_5910.jpg", "exiv2-test-data/ReaganSmallPng.png",
    "ianare-exif-samples/jpg/Reconyx_HC500_Hyperfire.jpg", "ianare-exif-samples/jpg/exif-org/nikon-e950.jpg",
    "ianare-exif-samples/jpg/exif-org/olympus-c960.jpg", "ianare-exif-samples/jpg/gps/DSCN0010.jpg",
    "ianare-exif-samples/jpg/gps/DSCN0012.jpg", "ianare-exif-samples/jpg/gps/DSCN0021.jpg",
    "ianare-exif-samples/jpg/hdr/iphone_hdr_YES.jpg", "ianare-exif-samples/jpg/mobile/HMD_Nokia_8.3_5G.jpg",
    "ianare-exif-samples/jpg/mobile/jolla.jpg",
]

#: set -> (folder, files, which detectors run)
SETS: dict[str, tuple[Path, list[str], tuple[str, ...]]] = {}


def _sets() -> dict[str, tuple[Path, list[str], tuple[str, ...]]]:
    groups = DATA / "faces-groups" / "images"
    wider = DATA / "faces-wider" / "images"
    icdar = DATA / "text-icdar15" / "images"
    return {
        "faces-groups": (groups, sorted(p.name for p in groups.iterdir()), ("faces", "text")),
        "faces-wider": (wider, sorted(p.name for p in wider.iterdir()), ("faces",)),
        "icdar15": (icdar, sorted(p.name for p in icdar.iterdir()), ("text",)),
        "no-people": (DATA / "metadata", NO_PEOPLE, ("faces", "text")),
    }


def load_rgb(path: Path) -> np.ndarray:
    return np.asarray(ImageOps.exif_transpose(Image.open(path)).convert("RGB"))


# ---- detect: raw findings, once


def detect(sets: dict, limit: int | None, reverse: bool = False) -> None:
    from scrubkit.detect.faces import face_detector
    from scrubkit.detect.text import text_detector
    from scrubkit.policy import Policy

    policy = Policy.preset("strict")
    for name, (folder, files, detectors) in sets.items():
        store = read_cache(name)
        for i, file in reversed(list(enumerate(files[:limit]))) if reverse else enumerate(files[:limit]):
            if file in store:
                continue
            image = load_rgb(folder / file)
            found = []
            if "faces" in detectors:
                found += face_detector(policy.face_threshold).detect(image)
            if "text" in detectors:
                found += text_detector(policy.ocr).detect(image)
            store[file] = [asdict(r) for r in found]
            print(f"{name} {i + 1}/{len(files)} {file}: {len(found)} regions", file=sys.stderr, flush=True)
            CACHE.mkdir(parents=True, exist_ok=True)
            (CACHE / f"{name}.json").write_text(json.dumps(store))


def read_cache(name: str) -> dict[str, list[dict]]:
    path = CACHE / f"{name}.json"
    return json.loads(path.read_text()) if path.exists() else {}


def cached_regions(entry: list[dict]) -> list:
    from scrubkit.types import Region

    def region(d: dict) -> Region:
        quad = tuple(tuple(p) for p in d["quad"]) if d.get("quad") else None
        return Region(**{**d, "box": tuple(d["box"]), "quad": quad})

    return [region(d) for d in entry]


# ---- the two policies on the same findings


def covers_today(image: np.ndarray, found: list) -> list:
    """Today's strict (before issue 14): faces, a torso under each face, every text region."""
    from scrubkit.detect.people import torso_regions
    from scrubkit.policy import Policy
    from scrubkit.redact import expand

    margin = Policy.preset("strict").margin
    height, width = image.shape[:2]
    faces = [r for r in found if r.kind == "face"]
    regions = found + torso_regions(image, faces) if faces else found
    return [expand(r, 0.0 if r.kind == "person" else margin, width, height) for r in regions]


def covers_new(image: np.ndarray, found: list) -> list:
    """The strict preset now: select_regions on the same findings, grown as cover_and_verify grows them."""
    from scrubkit.covering import margin_of
    from scrubkit.detect.selection import select_regions
    from scrubkit.policy import Policy
    from scrubkit.redact import expand

    policy = Policy.preset("strict")
    height, width = image.shape[:2]
    faces = [r for r in found if r.kind == "face"]
    texts = [r for r in found if r.kind == "text"]
    chosen = select_regions(image, faces, texts, policy)
    return [expand(r, margin_of(r, policy), width, height) for r in chosen]


def as_json(regions: list) -> list[dict]:
    return [{"kind": r.kind, "box": list(r.box), **({"quad": [list(p) for p in r.quad]} if r.quad else {})}
            for r in regions]


def all_covers(sets: dict, cover_fn) -> dict[str, dict[str, list[dict]]]:
    out: dict[str, dict[str, list[dict]]] = {}
    for name, (folder, files, _) in sets.items():
        cache = read_cache(name)
        out[name] = {}
        for file in files:
            if file not in cache:
                continue
            image = load_rgb(folder / file)
            out[name][file] = as_json(cover_fn(image, cached_regions(cache[file])))
    return out


# ---- scoring


def _boxes(covers: dict[str, list[dict]]) -> dict[str, list[list[int]]]:
    return {f: [c["box"] for c in cs] for f, cs in covers.items()}


def _polygons(covers: dict[str, list[dict]]) -> dict[str, list]:
    def poly(c: dict) -> list:
        if c.get("quad"):
            return c["quad"]
        x0, y0, x1, y1 = c["box"]
        return [[x0, y0], [x1, y0], [x1, y1], [x0, y1]]

    return {f: [poly(c) for c in cs] for f, cs in covers.items()}


def area_fractions(covers: dict[str, list[dict]], folder: Path) -> list[float]:
    """Per photo: share of its pixels under the union of covered boxes."""
    fractions = []
    for file, cs in covers.items():
        width, height = Image.open(folder / file).size
        union = np.zeros((height, width), bool)
        for c in cs:
            x0, y0, x1, y1 = c["box"]
            union[max(0, y0):y1, max(0, x0):x1] = True
        fractions.append(float(union.mean()))
    return fractions


def score(sets: dict, covers: dict) -> dict:
    uniform, faces, text = shared_tool("metrics_uniform"), shared_tool("metrics_faces"), shared_tool("metrics_text")
    out: dict = {}
    if "faces-groups" in covers:
        g = covers["faces-groups"]
        labels = json.loads((DATA / "uniform-marks" / "labels.json").read_text())
        u = uniform.evaluate(labels, _boxes(g))
        fractions = area_fractions(g, sets["faces-groups"][0])
        out["uniform_recall"] = u["recall"]
        out["uniform_by_kind"] = {k: (v["covered"], v["n"]) for k, v in u["by_kind"].items()}
        out["uniform_misses"] = u["misses"]
        out["area_median"] = float(np.median(fractions))
        out["area_p90"] = float(np.percentile(fractions, 90))
        out["over_half"] = int(sum(f > 0.5 for f in fractions))
        out["over_80"] = int(sum(f > 0.8 for f in fractions))
        out["halves"] = _halves(uniform, labels, g, sets["faces-groups"][0])
    for name in ("faces-groups", "faces-wider"):
        if name in covers:
            root = DATA / name
            m = faces.evaluate(json.loads((root / "labels.json").read_text()),
                               json.loads((root / "meta.json").read_text()), _boxes(covers[name]))
            out[f"face_recall_{name}"] = m["face_recall_ge20"]
    if "icdar15" in covers:
        root = DATA / "text-icdar15"
        m = text.evaluate(json.loads((root / "labels.json").read_text()), _polygons(covers["icdar15"]),
                          str(root / "images"))
        out["text_recall"] = m["text_recall_legible"]
    if "no-people" in covers:
        np_covers = covers["no-people"]
        out["no_people_covers"] = sum(len(cs) for cs in np_covers.values())
        out["no_people_by_kind"] = _count_kinds(np_covers)
        out["no_people_area"] = float(np.mean(area_fractions(np_covers, sets["no-people"][0])))
    return out


def _halves(uniform, labels: dict, covers: dict[str, list[dict]], folder: Path) -> dict[str, dict]:
    """Mark recall and area on the two halves of faces-groups by sorted name (even places: the half
    uniforms.py was tuned on; odd places: the half it was confirmed on)."""
    out = {}
    for half, parity in (("tune", 0), ("confirm", 1)):
        part = {f: covers[f] for i, f in enumerate(sorted(covers)) if i % 2 == parity}
        u = uniform.evaluate({**labels, "images": {f: labels["images"][f] for f in part if f in labels["images"]}},
                             _boxes(part))
        fractions = area_fractions(part, folder)
        out[half] = {"uniform_recall": u["recall"], "marks": u["n"], "area_median": float(np.median(fractions)),
                     "area_p90": float(np.percentile(fractions, 90)), "over_half": int(sum(f > 0.5 for f in fractions))}
    return out


def _count_kinds(covers: dict[str, list[dict]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for cs in covers.values():
        for c in cs:
            counts[c["kind"]] = counts.get(c["kind"], 0) + 1
    return counts


def heldout(packages: Path | None = None) -> dict:
    """The set-aside photos (benchmarks/strict_heldout.json), scored once: both policies on one detection.

    The photos ship inside scikit-image: `packages` is the site-packages folder that holds it (by
    default this Python's)."""
    import site

    from scrubkit.detect.faces import face_detector
    from scrubkit.detect.text import text_detector
    from scrubkit.policy import Policy

    spec = json.loads(HELDOUT.read_text())
    packages = packages or Path(site.getsitepackages()[0])
    policy = Policy.preset("strict")
    uniform = shared_tool("metrics_uniform")
    out: dict = {"before": {}, "after": {}}
    labelled = {name: item for name, item in spec["with_people"].items()}
    for name in list(labelled) + spec["without_people"]:
        image = load_rgb(packages / name)
        found = face_detector(policy.face_threshold).detect(image) + text_detector(policy.ocr).detect(image)
        for column, cover_fn in (("before", covers_today), ("after", covers_new)):
            covers = as_json(cover_fn(image, found))
            fractions = area_fractions({name: covers}, packages)
            entry = {"covers": len(covers), "kinds": _count_kinds({name: covers}), "area": fractions[0]}
            if name in labelled:
                height, width = image.shape[:2]
                labels = {"images": {name: {"width": width, "height": height, "checked": True,
                                            "marks": labelled[name]["marks"]}}}
                marks = uniform.evaluate(labels, _boxes({name: covers}))
                faces = uniform.evaluate({"images": {name: {"width": width, "height": height, "checked": True, "marks": [
                    {"box": b, "kind": "crest"} for b in labelled[name]["faces"]]}}}, _boxes({name: covers}))
                entry.update(marks_covered=marks["covered"], marks=marks["n"], faces_covered=faces["covered"],
                             faces=faces["n"])
            out[column][name] = entry
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", nargs="?", default="score", choices=["detect", "baseline", "score"])
    parser.add_argument("--limit", type=int, help="first N photos of each set (detect only)")
    parser.add_argument("--sets", nargs="*", help="only these sets")
    parser.add_argument("--heldout", action="store_true", help="score the set-aside photos (once, at the end)")
    parser.add_argument("--packages", type=Path, help="--heldout: the site-packages folder holding skimage/data")
    parser.add_argument("--reuse", action="store_true", help="score the covers of the last run again")
    parser.add_argument("--reverse", action="store_true", help="detect: last photo first (a second worker)")
    args = parser.parse_args()
    if args.heldout:
        result = heldout(args.packages)
        (REPO / "benchmarks" / "out").mkdir(parents=True, exist_ok=True)
        (REPO / "benchmarks" / "out" / "strict-heldout.json").write_text(json.dumps(result, indent=1))
        print(json.dumps(result, indent=1))
        return
    sets = _sets()
    if args.sets:
        sets = {k: v for k, v in sets.items() if k in args.sets}
    if args.step == "detect":
        detect(sets, args.limit, args.reverse)
    elif args.step == "baseline":
        saved = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
        missing = {k: v for k, v in sets.items() if k not in saved}  # a saved set is never rewritten
        BASELINE.write_text(json.dumps({**saved, **all_covers(missing, covers_today)}, separators=(",", ":")))
    else:
        before = {k: v for k, v in json.loads(BASELINE.read_text()).items() if k in sets}
        after_path = REPO / "benchmarks" / "out" / "strict-after.json"
        after = json.loads(after_path.read_text()) if args.reuse else all_covers(sets, covers_new)
        after = {k: v for k, v in after.items() if k in sets}
        after_path.write_text(json.dumps(after))
        results = {"before": score(sets, before), "after": score(sets, after)}
        (REPO / "benchmarks" / "out" / "strict-scores.json").write_text(json.dumps(results, indent=1))
        print(json.dumps({k: {m: v for m, v in r.items() if m != "uniform_misses"} for k, r in results.items()},
                         indent=1))


if __name__ == "__main__":
    main()
