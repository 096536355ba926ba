"""Policies: presets, TOML files, and refusal of invalid settings."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest

from scrubkit.errors import PolicyError
from scrubkit.policy import PRESETS, Policy


def test_presets_grow_from_metadata_only_to_strict() -> None:
    assert not Policy.load("metadata-only").touches_pixels
    assert Policy.load("standard").people == "faces" and Policy.load("standard").text == "off"
    strict = Policy.load(None)
    assert strict.name == "strict" and strict.people == "faces" and strict.text == "all"
    assert strict.uniforms == "marks" and Policy.load("standard").uniforms == "off"
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
        # every field's type and range, from its annotation (policy_fields.py)
        ('keep_ages = "no"\n', "keep_ages.*true or false"),
        ("keep_ages = 1\n", "keep_ages.*true or false"),
        ("face_threshold = 5.0\n", "face_threshold.*between 0 and 1"),
        ("face_threshold = -0.1\n", "face_threshold.*between 0 and 1"),
        ('face_threshold = "low"\n', "face_threshold.*a number"),
        ("face_threshold = nan\n", "face_threshold"),
        ('margin = "wide"\n', "margin.*a number"),
        ("max_pixels = -1\n", "max_pixels.*greater than 0"),
        ("max_pixels = 0\n", "max_pixels.*greater than 0"),
        ("max_pixels = 1.5e8\n", "max_pixels.*a whole number"),
        ("quality = true\n", "quality.*a whole number"),
        ("style = 3\n", "style.*one of"),
        ("name = 5\n", "name.*text"),
    ],
)
def test_invalid_policy_files_say_what_is_wrong(tmp_path: Path, text: str, words: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyError, match=words):
        Policy.load(path)


def test_every_preset_is_valid_and_named_after_its_key() -> None:
    assert {name for name in PRESETS} == {p.name for p in PRESETS.values()}


def test_the_checks_come_from_the_field_types_so_every_field_is_covered() -> None:
    """A field added later is checked without anyone remembering to: every field refuses a value
    of the wrong type (here a table, which no field takes)."""
    for field in fields(Policy):
        with pytest.raises(PolicyError, match=field.name):
            Policy.from_mapping({field.name: {"x": 1}})


def test_a_bad_policy_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('keep_ages = "no"\n', encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "scrubkit_cli", "text", "--policy", str(path)],
                         input="hi", capture_output=True, text=True)
    assert run.returncode == 2 and len(run.stderr.strip().splitlines()) == 1, run.stderr


def test_the_older_faces_plus_torso_spelling_reads_as_torso_uniforms() -> None:
    older = Policy.from_mapping({"people": "faces+torso"})
    assert older.people == "faces" and older.uniforms == "torso"
    assert older == Policy.from_mapping({"uniforms": "torso", "name": "custom"})
