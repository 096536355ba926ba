"""Policies: presets, TOML files, and refusal of invalid settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrubkit.errors import PolicyError
from scrubkit.policy import PRESETS, Policy


def test_presets_grow_from_metadata_only_to_strict() -> None:
    assert not Policy.load("metadata-only").touches_pixels
    assert Policy.load("standard").people == "faces" and Policy.load("standard").text == "off"
    strict = Policy.load(None)
    assert strict.name == "strict" and strict.people == "faces+torso" and strict.text == "all"
    assert strict.style in ("pixelate", "fill")  # the default is irreversible


def test_toml_starts_from_a_preset_and_changes_fields(tmp_path: Path) -> None:
    path = tmp_path / "club.toml"
    path.write_text('preset = "standard"\nstyle = "fill"\nmargin = 0.4\n', encoding="utf-8")
    policy = Policy.load(path)
    assert (policy.name, policy.people, policy.style, policy.margin) == ("club", "faces", "fill", 0.4)


@pytest.mark.parametrize(
    "text, words",
    [
        ('people = "everyone"\n', "people"),
        ('colour = "red"\n', "unknown policy field"),
        ('preset = "lenient"\n', "unknown policy"),
        ("margin = 5\n", "margin"),
        ("style = [\n", "cannot read policy file"),
    ],
)
def test_invalid_policy_files_say_what_is_wrong(tmp_path: Path, text: str, words: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyError, match=words):
        Policy.load(path)


def test_every_preset_is_valid_and_named_after_its_key() -> None:
    assert {name for name in PRESETS} == {p.name for p in PRESETS.values()}
