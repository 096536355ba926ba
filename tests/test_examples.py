"""The README's main job, as a new user runs it: `scrubkit clean examples/photos` with the default
(strict) policy, checked by an independent reader (exiftool, via ../shared/tools/residual.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, SHARED_DATA
from tests.test_bad_input import tree_digest

RESIDUAL = SHARED_DATA.parent / "tools" / "residual.py"


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict]]:
    out = tmp_path_factory.mktemp("examples-clean")
    report = out.with_name(out.name + "-report.json")  # never inside the folder that gets shared
    before = tree_digest(EXAMPLES / "photos")
    done = subprocess.run(
        [sys.executable, "-m", "scrubkit_cli", "clean", str(EXAMPLES / "photos"), "--out", str(out),
         "--report", str(report)],
        capture_output=True, text=True, timeout=900,
    )
    assert done.returncode == 0, done.stderr
    assert tree_digest(EXAMPLES / "photos") == before  # originals untouched
    files = json.loads(report.read_text(encoding="utf-8"))["files"]
    return out, {Path(f["source"]).name: f for f in files}


def test_every_example_is_clean_by_exiftool(cleaned: tuple[Path, dict[str, dict]]) -> None:
    out, files = cleaned
    assert {f["status"] for f in files.values()} == {"clean"}
    outputs = [f["output"] for f in files.values()]
    check = subprocess.run([sys.executable, str(RESIDUAL), *outputs], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    assert (check.stdout + check.stderr).strip().endswith("with_privacy_tags=0")


def covered(files: dict[str, dict], name: str, kind: str) -> list[list[int]]:
    return [r["box"] for r in files[name]["regions"] if r["kind"] == kind]


def test_faces_uniform_marks_and_the_school_sign_are_covered(cleaned: tuple[Path, dict[str, dict]]) -> None:
    _, files = cleaned
    for portrait in ("portrait.jpg", "portrait-sideways.jpg", "staff photo.jpg"):
        assert covered(files, portrait, "face"), portrait
        assert covered(files, portrait, "mark"), portrait  # uniform marks: badges, patches, name tags
    # the painted sign spans x 30..372, y 24..136 of the 600x400 picture
    signs = covered(files, "sign.jpg", "text")
    assert any(x0 <= 60 and y0 <= 40 and x1 >= 250 and y1 >= 60 for x0, y0, x1, y1 in signs), signs
    assert not covered(files, "chelsea.png", "face")
