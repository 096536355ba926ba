"""Recall where it counts: the labelled dev posts, and held-out posts the recognizers were not tuned on."""

from __future__ import annotations

import importlib.util
import json
import re

import pytest

from scrubkit.text import TextScrubber
from tests.conftest import REPO, shared
from tests.heldout_captions import HELDOUT, UNSEEN


def load_metrics():  # the shared metric script defines how results are judged
    spec = importlib.util.spec_from_file_location("metrics_captions", REPO.parent / "shared" / "tools" / "metrics_captions.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def strict() -> TextScrubber:
    return TextScrubber("strict")


def test_dev_set_must_remove_recall_and_negative_controls(strict: TextScrubber) -> None:
    gold = [json.loads(line) for line in shared("captions", "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    preds = [{"id": g["id"], "spans": [{"start": s.start, "end": s.end} for s in strict.scrub(g["text"]).spans]}
             for g in gold]
    m = load_metrics().evaluate(gold, preds)
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
