"""Recall where it counts: the labelled dev posts, and held-out posts the recognizers were not tuned on."""

from __future__ import annotations

import importlib.util
import json
import re

import pytest

from scrubkit.text import TextScrubber
from tests.conftest import REPO, shared
from tests.fresh_captions import fresh_gold
from tests.heldout_captions import HELDOUT, UNSEEN


def load_metrics():  # the shared metric script defines how results are judged
    spec = importlib.util.spec_from_file_location("metrics_captions", REPO.parent / "shared" / "tools" / "metrics_captions.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def evaluate(scrubber: TextScrubber, gold: list[dict]) -> dict:
    """The shared metric on what the scrubber rewrites in each labelled post."""
    preds = [{"id": g["id"], "spans": [{"start": s.start, "end": s.end} for s in scrubber.scrub(g["text"]).spans]}
             for g in gold]
    return load_metrics().evaluate(gold, preds)


@pytest.fixture(scope="module")
def strict() -> TextScrubber:
    return TextScrubber("strict")


def test_dev_set_must_remove_recall_and_negative_controls(strict: TextScrubber) -> None:
    gold = [json.loads(line) for line in shared("captions", "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    m = evaluate(strict, gold)
    assert m["caption_recall_must"] >= 0.97, m["misses"]
    assert m["over_redaction"] <= 0.05
    assert m["neg_changed"] == 0


def test_heldout_names_places_and_contacts_are_gone(strict: TextScrubber) -> None:
    must = [(text, part) for text, parts, _ in HELDOUT for part in parts]
    missed = [(part, text) for text, part in must
              if re.search(rf"(?<!\w){re.escape(part)}(?!\w)", strict.scrub(text).output, re.I)]
    assert len(missed) <= 0.1 * len(must), missed


def test_heldout_negative_controls_are_unchanged(strict: TextScrubber) -> None:
    negatives = [text for text, parts, contextual in HELDOUT if not parts and not contextual]
    assert len(negatives) >= 4
    assert [t for t in negatives if strict.scrub(t).output != t] == []


def test_unseen_posts_keep_most_of_their_recall(strict: TextScrubber) -> None:
    """The posts written last and never tuned on: a guard against regressions, not a tuning target."""
    must = [(text, part) for text, parts, _ in UNSEEN for part in parts]
    missed = [part for text, part in must if re.search(rf"(?<!\w){re.escape(part)}(?!\w)", strict.scrub(text).output, re.I)]
    assert len(missed) <= 0.1 * len(must), missed


def test_fresh_posts_keep_their_recall(strict: TextScrubber) -> None:
    """FRESH: the set written before the second recognizer round, in the dev format."""
    m = evaluate(strict, fresh_gold())
    assert m["caption_recall_must"] >= 0.95, m["misses"]
