"""The blind set-asides' labels resolve to the words they name; no scrubkit code runs here."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.setaside2_captions import SETASIDE2, setaside2_gold
from tests.setaside3_captions import SETASIDE3, setaside3_gold
from tests.setaside4_captions import SETASIDE4, setaside4_gold

LABELS = {"NAME", "SCHOOL", "CLUB", "VENUE", "PLACE", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "HANDLE", "URL",
          "HASHTAG_ID", "OTHER_ID", "AGE", "YEAR", "DATE", "TIME"}
Posts = list[tuple[str, list[tuple[str, str]]]]
SETS = [
    ("setaside2", SETASIDE2, setaside2_gold), ("setaside3", SETASIDE3, setaside3_gold), ("setaside4", SETASIDE4, setaside4_gold)
]


@pytest.mark.parametrize(("prefix", "posts", "gold_of"), SETS, ids=[s[0] for s in SETS])
def test_every_surface_is_found_whole_and_labelled_once(
    prefix: str, posts: Posts, gold_of: Callable[[], list[dict[str, Any]]]
) -> None:
    gold = gold_of()
    assert len(gold) == len(posts) == 70
    assert len({g["id"] for g in gold}) == 70 and all(g["id"].startswith(f"{prefix}-") for g in gold)
    for g, (_, parts) in zip(gold, posts):
        text, spans = g["text"], sorted(g["spans"], key=lambda s: s["start"])
        for span, (surface, label) in zip(g["spans"], parts):
            assert label in LABELS, (g["id"], surface, label)
            word, sep, nth = surface.rpartition("#")
            assert text[span["start"]:span["end"]] == (word if sep and word and nth.isdigit() else surface)
        for span in spans:  # whole words: a surface found inside a longer word would be mislabelled
            before = text[span["start"] - 1] if span["start"] else " "
            after = text[span["end"]] if span["end"] < len(text) else " "
            assert not before.isalnum() and not after.isalnum(), (g["id"], text[span["start"]:span["end"]])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (g["id"], a, b)


@pytest.mark.parametrize(("prefix", "posts", "gold_of"), SETS, ids=[s[0] for s in SETS])
def test_twelve_negative_controls(prefix: str, posts: Posts, gold_of: Callable[[], list[dict[str, Any]]]) -> None:
    assert sum(not parts for _, parts in posts) == 12
