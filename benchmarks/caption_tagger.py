"""Does a small NER tagger, trained on our own labelled posts, lift caption recall on posts it has not seen?

Measured once, found not to pay by issue 9's bar: see docs/benchmarks/caption-tagger.md for the figures.

    # train on every labelled set but one (~100 s of CPU), then score rules-only vs rules+tagger on it
    python benchmarks/caption_tagger.py train --hold setaside4 --out /tmp/tagger-sa4
    # score it with the rules of the commit that scored it blind (set-aside 2: 79c1cbb, 3: 070997f)
    git worktree add --detach /tmp/rules-sa4 78bd8e3
    PYTHONPATH=/tmp/rules-sa4/src python benchmarks/caption_tagger.py score --set setaside4 --model /tmp/tagger-sa4

The tagger is a blank-English spaCy NER with a small hash-embedding CNN (NORM, PREFIX, SUFFIX and
SHAPE features; no vectors, no pretrained weights), trained with a fixed seed on the captions'
labelled spans collapsed to a few kinds, on each post as written, lower-cased, and with its names
swapped for random given names. In `score` it is one more signal beside the rules: its person,
organisation, venue and place spans are added only where no rule finding overlaps and the span looks
like a proper name (`plausible`), then go through the analyzer's usual passes (public names, pets,
policy). The rules come from whatever scrubkit is first on PYTHONPATH, so a held-out set can be
scored with the rules of the commit that had not yet been tuned on it (the honest, blind figure).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(1, str(REPO))  # after PYTHONPATH: the rules under test come from there

from shared_tools import shared_tool  # noqa: E402

from tests.fresh_captions import FRESH_UNSEEN, LAST_UNSEEN, fresh_gold  # noqa: E402
from tests.setaside2_captions import setaside2_gold  # noqa: E402
from tests.setaside3_captions import setaside3_gold  # noqa: E402
from tests.setaside4_captions import setaside4_gold  # noqa: E402
from tests.setaside_captions import setaside_gold  # noqa: E402

Gold = list[dict[str, Any]]

#: the captions' labels collapsed to the kinds the tagger learns
KINDS = {"NAME": "PER", "SCHOOL": "ORG", "CLUB": "ORG", "VENUE": "VENUE", "ADDRESS": "VENUE", "PLACE": "PLACE",
         "OTHER_ID": "SENS", "PHONE": "CONTACT", "EMAIL": "CONTACT", "URL": "CONTACT", "HANDLE": "CONTACT",
         "HASHTAG_ID": "CONTACT", "POSTCODE": "CONTACT", "AGE": "AGE", "YEAR": "YEAR", "DATE": "DATE", "TIME": "TIME"}
#: what a tagger kind becomes among scrubkit's entities (CONTACT is learnt only so it is not confused)
ENTITIES = {"PER": "NAME", "ORG": "CLUB", "VENUE": "VENUE", "PLACE": "PLACE", "SENS": "FAMILY",
            "AGE": "AGE", "YEAR": "YEAR", "DATE": "DATE", "TIME": "TIME"}

CONFIG = """
[nlp]
lang = "en"
pipeline = ["tok2vec", "ner"]

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = {width}
attrs = ["NORM", "PREFIX", "SUFFIX", "SHAPE"]
rows = [5000, 1000, 2500, 1000]
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {width}
depth = {depth}
window_size = 1
maxout_pieces = 3

[components.ner]
factory = "ner"

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = {width}
"""


def labelled_sets() -> dict[str, Gold]:
    def jsonl(name: str) -> Gold:
        text = (SHARED / "data" / "captions" / name).read_text(encoding="utf-8")
        return [json.loads(line) for line in text.splitlines() if line.strip()]

    return {"dev": jsonl("dev.jsonl"), "dev2": jsonl("dev2.jsonl"), "setaside": setaside_gold(),
            "setaside2": setaside2_gold(), "setaside3": setaside3_gold(), "setaside4": setaside4_gold(),
            "fresh": fresh_gold() + fresh_gold(FRESH_UNSEEN, "later") + fresh_gold(LAST_UNSEEN, "last")}


def _given_names() -> list[str]:
    path = REPO / "src" / "scrubkit" / "text" / "data" / "given_names.tsv"
    return sorted(line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines() if line)


def augmented(gold: Gold, seed: int) -> Iterator[tuple[str, list[tuple[int, int, str]]]]:
    """Each post as written, lower-cased, and with its names swapped for random given names (in the
    case style of a random register: as listed, lower case, capitals)."""
    rng = random.Random(seed)
    names = _given_names()
    for g in gold:
        spans = sorted((s["start"], s["end"], KINDS[s["label"]]) for s in g["spans"])
        text = g["text"]
        yield text, spans
        if len(text.lower()) == len(text):
            yield text.lower(), spans
        style = rng.choice((str, str.lower, str.upper, str.lower))
        pieces, swapped, shift, at = [], [], 0, 0
        for start, end, kind in spans:
            if start < at:
                continue
            pieces.append(text[at:start])
            new = text[start:end]
            if kind == "PER":
                words = new.split()
                words[0] = style(rng.choice(names))
                new = " ".join(words)
            swapped.append((start + shift, start + shift + len(new), kind))
            shift += len(new) - (end - start)
            pieces.append(new)
            at = end
        pieces.append(text[at:])
        if any(k == "PER" for _, _, k in spans):
            yield "".join(pieces), swapped


def build_nlp(width: int = 96, depth: int = 4) -> Any:
    import spacy
    from thinc.api import Config

    return spacy.util.load_model_from_config(Config().from_str(CONFIG.format(width=width, depth=depth)), auto_fill=True)


def examples(nlp: Any, gold: Gold, seed: int, augment: bool) -> list[Any]:
    from spacy.training import Example
    from spacy.util import filter_spans

    pairs = augmented(gold, seed) if augment else (
        (g["text"], sorted((s["start"], s["end"], KINDS[s["label"]]) for s in g["spans"])) for g in gold)
    out = []
    for text, spans in pairs:
        doc = nlp.make_doc(text)
        ents = []
        for start, end, kind in spans:
            span = doc.char_span(start, end, label=kind, alignment_mode="contract") or \
                doc.char_span(start, end, label=kind, alignment_mode="expand")
            if span is not None and len(span):
                ents.append(span)
        reference = doc.copy()
        reference.ents = filter_spans(ents)
        out.append(Example(nlp.make_doc(text), reference))
    return out


def train(gold: Gold, seed: int = 0, epochs: int = 15, augment: bool = True, width: int = 96, depth: int = 4) -> Any:
    """A tagger trained on `gold`: the same data, seed and thread count give the same weights."""
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = build_nlp(width, depth)
    data = examples(nlp, gold, seed, augment)
    optimizer = nlp.initialize(lambda: data)
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(data)
        losses: dict[str, float] = {}
        for batch in minibatch(data, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
        print(f"epoch {epoch + 1}: loss {losses['ner']:.1f}", file=sys.stderr)
    return nlp


def known_words(words: frozenset[str]) -> frozenset[str]:
    """English words (WordNet's and the stop words it lacks: "and"), their plurals ("counties") and
    their dropped-g forms ("buzzin")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return (words | STOP_WORDS | {w + "s" for w in words} | {w[:-1] + "ies" for w in words if w.endswith("y")}
            | {w[:-1] for w in words if w.endswith("ing")})


SENTENCE_START = re.compile(r"(?:^|[.!?…\n])[ \t]*$")


def plausible(text: str, kind: str, known: frozenset[str], given_names: frozenset[str], first: bool = False) -> bool:
    """A tagger span is taken only if it looks like a proper name the rules missed: some word of it
    is not an English dictionary word, or (for a person) it is a capitalised given name ("Grace")."""
    tokens = [t.strip(".'’").lower() for t in re.findall(r"[^\W\d_][\w.'’]*", text)]  # "stay-and-play": three words
    if not tokens:
        return False
    if any(t not in known for t in tokens):
        return True
    return (kind == "PER" and not text.islower() and not text.isupper() and any(t in given_names for t in tokens)
            and not first)


def hook_tagger(scrubber: Any, taggers: list[Any], kinds: set[str], lexical: bool = True,
                opening: bool = True) -> list[tuple[str, int, int, str]]:
    """Make the scrubber's presidio engine also report the tagger's spans of `kinds` that no rule
    finding overlaps (the rest of the analyzer then treats them like any recognizer's); returns the
    list to which every span it adds is appended, as (text, start, end, kind)."""
    from presidio_analyzer import RecognizerResult

    analyzer = scrubber.analyzer
    engine = analyzer.engine
    analyze = engine.analyze
    known, given_names = known_words(analyzer.english_words), analyzer.gazetteers.given_names
    added: list[tuple[str, int, int, str]] = []

    def with_tagger(text: str, **kwargs: Any) -> list[Any]:
        results = analyze(text, **kwargs)
        agreed = set.intersection(*({(e.start_char, e.end_char, e.label_) for e in tagger(text).ents} for tagger in taggers))
        for start, end, label in sorted(agreed):
            if label not in kinds or any(r.start < end and start < r.end for r in results):
                continue
            first = not opening and SENTENCE_START.search(text, 0, start) is not None
            if lexical and not plausible(text[start:end], label, known, given_names, first):
                continue
            added.append((text, start, end, label))
            results.append(RecognizerResult(ENTITIES[label], start, end, 0.5,
                                            recognition_metadata={"recognizer_name": "tagger"}))
        return results

    engine.analyze = with_tagger
    return added


def score(gold: Gold, models: list[Path], kinds: set[str], lexical: bool = True, opening: bool = True) -> dict[str, Any]:
    import spacy

    from scrubkit.text import TextScrubber

    scrubber = TextScrubber("strict")
    added = hook_tagger(scrubber, [spacy.load(m) for m in models], kinds, lexical, opening) if models else []
    preds, cpu = [], 0.0
    for g in gold:
        started = time.process_time()
        result = scrubber.scrub(g["text"])
        cpu += time.process_time() - started
        preds.append({"id": g["id"], "output": result.output,
                      "spans": [{"start": s.start, "end": s.end, "entity": s.entity} for s in result.spans]})
    metrics = shared_tool("metrics_captions").evaluate(gold, preds)
    metrics["cpu_ms_per_post"] = 1000 * cpu / len(gold)
    spans = {g["text"]: g["spans"] for g in gold}
    metrics["tagger_false_alarms"] = [(kind, text[a:b]) for text, a, b, kind in added
                                      if not any(s["start"] < b and a < s["end"] for s in spans[text])]
    return metrics


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    t = sub.add_parser("train")
    t.add_argument("--hold", action="append", default=[], help="a set left out of training (repeatable)")
    t.add_argument("--out", type=Path, required=True)
    t.add_argument("--epochs", type=int, default=15)
    t.add_argument("--no-augment", action="store_true")
    t.add_argument("--seed", type=int, default=0)
    s = sub.add_parser("score")
    s.add_argument("--set", required=True)
    s.add_argument("--model", type=Path, action="append", default=[], help="a tagger (repeat: spans all of them agree on)")
    s.add_argument("--no-opening", action="store_true", help="no given-name-only person span at a sentence start")
    s.add_argument("--kinds", default="PER,ORG,VENUE,PLACE,SENS")
    s.add_argument("--json", type=Path)
    s.add_argument("--no-lexical", action="store_true", help="take every tagger span, not only name-like ones")
    args = ap.parse_args()
    sets = labelled_sets()
    if args.command == "train":
        gold = [g for name, posts in sets.items() if name not in args.hold for g in posts]
        started = time.process_time()
        nlp = train(gold, seed=args.seed, epochs=args.epochs, augment=not args.no_augment)
        nlp.to_disk(args.out)
        print(f"trained on {len(gold)} posts in {time.process_time() - started:.0f} s CPU -> {args.out}", file=sys.stderr)
        return
    baseline = score(sets[args.set], [], set())
    tagged = score(sets[args.set], args.model, set(args.kinds.split(",")), not args.no_lexical, not args.no_opening) if args.model else None
    keys = ("caption_recall_must", "recall_contextual", "over_redaction", "neg_changed", "type_mismatch", "artefact_posts",
            "cpu_ms_per_post")
    for name, m in (("rules", baseline), ("rules+tagger", tagged)):
        if m is not None:
            print(name, " ".join(f"{k}={m[k]:.3f}" if isinstance(m[k], float) else f"{k}={m[k]}" for k in keys))
    if tagged is not None:
        gained = sorted(set(map(tuple, baseline["misses"])) - set(map(tuple, tagged["misses"])))
        lost = sorted(set(map(tuple, tagged["misses"])) - set(map(tuple, baseline["misses"])))
        print("gained:", gained)
        print("lost:", lost)
        print("tagger spans touching no labelled span:", tagged["tagger_false_alarms"])
    if args.json:
        args.json.write_text(json.dumps({"rules": baseline, "tagger": tagged}, default=str, indent=1))


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    main()
