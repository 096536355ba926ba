"""Verdicts, reviewer edits and sign-off through the library (scrubkit.signoff), on real photos.

The browser half is tests/test_review_app.py; here: what the verdict says and where it shows, that
edits survive a re-run, that a changed output is no longer approved, and the export's guard rails.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

import scrubkit
from scrubkit.batch import scrub_folder
from scrubkit.edits import EDITS_NAME, Edits
from scrubkit.errors import UsageError
from scrubkit.signoff import ReviewSession, sha256_of
from tests.conftest import EXAMPLES, shared

#: a riot from faces-wider: 8 face-sized candidates just under the threshold, so the verdict asks for a look
CROWD = ("faces-wider", "images", "0_Parade_Parade_0_490.jpg")  # 9 near-threshold doubts: well past the rules
BOX = (20, 20, 120, 120)
FILL_GREY = 128


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("signoff")
    src, dst = root / "photos", root / "clean"
    shutil.copytree(EXAMPLES / "photos", src)
    scrub_folder(src, dst, "standard", jobs=1)
    return src, dst


def test_verdict_in_result_report_and_summary(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(EXAMPLES / "photos" / "sign.jpg", src)  # no person in it: nothing to doubt
    shutil.copy(shared(*CROWD), src / "crowd.jpg")
    run = subprocess.run(
        [str(Path(sys.executable).with_name("scrubkit")), "clean", str(src), "--out", str(tmp_path / "out"),
         "--policy", "standard", "--jobs", "1", "--report", str(tmp_path / "report.json")],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "1 ready, 1 to check" in run.stdout
    files = {Path(f["source"]).name: f for f in json.loads((tmp_path / "report.json").read_text())["files"]}
    assert files["sign.jpg"]["verdict"] == "ready" and files["sign.jpg"]["check_reasons"] == []
    crowd = files["crowd.jpg"]
    assert crowd["verdict"] == "check"
    assert any("unsure" in reason for reason in crowd["check_reasons"])
    assert crowd["unsure_regions"] and all(r["kind"] == "face" for r in crowd["unsure_regions"])


def test_metadata_only_is_always_checked(tmp_path: Path) -> None:
    result = scrubkit.scrub_image(EXAMPLES / "photos" / "portrait.jpg", tmp_path / "out.jpg", "metadata-only")
    assert result.status == "clean" and result.verdict == "check"
    assert "not looked for" in result.check_reasons[0]


def test_caption_naming_a_child_is_checked(tmp_path: Path) -> None:
    src = tmp_path / "post"
    src.mkdir()
    shutil.copy(EXAMPLES / "photos" / "portrait.jpg", src)
    (src / "caption.txt").write_text("Well done Amy Clarke in Year 4 for her science prize!", encoding="utf-8")
    results = {r.source.name: r for r in scrub_folder(src, tmp_path / "out", "standard", jobs=1)}
    caption = results["caption.txt"]
    assert caption.status == "clean" and caption.verdict == "check"
    assert any("named a child" in r for r in caption.check_reasons)
    assert "Amy" not in json.dumps(caption.to_json()["check_reasons"])


def test_edits_are_kept_when_the_batch_runs_again(cleaned: tuple[Path, Path]) -> None:
    src, dst = cleaned
    session = ReviewSession(dst)
    session.edit("sign.jpg", Edits().add(BOX, "fill"))
    x0, y0, x1, y1 = BOX
    assert np.abs(np.asarray(Image.open(dst / "sign.jpg").convert("RGB"), np.int16)[y0:y1, x0:x1] - FILL_GREY).mean() < 4
    assert json.loads((dst / EDITS_NAME).read_text())["files"]["sign.jpg"]["added"][0]["box"] == list(BOX)
    os.utime(src / "sign.jpg")  # the original looks changed: the batch must make this output again
    results = {r.source.name: r for r in scrub_folder(src, dst, "standard", jobs=1)}
    assert results["sign.jpg"].status == "clean"
    assert any(r.kind == "manual" for r in results["sign.jpg"].regions)
    again = np.asarray(Image.open(dst / "sign.jpg").convert("RGB"), np.int16)[y0:y1, x0:x1]
    assert np.abs(again - FILL_GREY).mean() < 4, "the reviewer's cover was lost by the re-run"


def test_an_output_changed_after_approval_is_not_approved(cleaned: tuple[Path, Path], tmp_path: Path) -> None:
    _, dst = cleaned
    audit = tmp_path / "audit.jsonl"
    session = ReviewSession(dst, audit_log=audit)
    record = session.approve("portrait.jpg", "  Sam   Lead ")
    assert record["reviewer"] == "Sam Lead" and record["sha256"] == sha256_of(dst / "portrait.jpg")
    assert [s.key for s in session.approved()] == ["portrait.jpg"]
    with Image.open(dst / "portrait.jpg") as image:
        image.rotate(180).save(dst / "portrait.jpg")  # someone edits the approved file by hand
    assert session.approved() == []
    assert session.export(tmp_path / "ready") == []
    assert not any((tmp_path / "ready").rglob("*.jpg"))


def test_sign_off_guard_rails(cleaned: tuple[Path, Path], tmp_path: Path) -> None:
    _, dst = cleaned
    with pytest.raises(UsageError, match="outside the output folder"):
        ReviewSession(dst, audit_log=dst / "audit.jsonl")
    session = ReviewSession(dst, audit_log=tmp_path / "audit.jsonl")
    with pytest.raises(UsageError, match="name"):
        session.approve("trip/rocket.webp", "   ")
    session.approve("trip/rocket.webp", "Sam Lead")
    with pytest.raises(UsageError, match="outside the output folder"):
        session.export(dst / "ready")
    ready = tmp_path / "ready"
    (ready / "old").mkdir(parents=True)
    (ready / "old" / "leftover.jpg").write_bytes(b"x")
    with pytest.raises(UsageError, match="not approved now"):
        session.export(ready)
    shutil.rmtree(ready)
    assert [p.relative_to(ready).as_posix() for p in session.export(ready)] == ["trip/rocket.webp"]
    assert sorted(p.name for p in ready.rglob("*")) == ["rocket.webp", "trip"]
    with pytest.raises(UsageError, match="policy"):
        ReviewSession(dst, "strict").edit("portrait.jpg", Edits().add(BOX, "fill"))


def test_cli_exports_the_approved_files(cleaned: tuple[Path, Path], tmp_path: Path) -> None:
    _, dst = cleaned
    audit = tmp_path / "audit.jsonl"
    ReviewSession(dst, audit_log=audit).approve("trip/rocket.webp", "Sam Lead")
    ready = tmp_path / "ready"
    run = subprocess.run(
        [str(Path(sys.executable).with_name("scrubkit")), "review", str(dst), "--export", str(ready),
         "--audit", str(audit), "--reviewer", "Sam Lead"],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "exported 1 approved file(s)" in run.stdout
    assert [p.relative_to(ready).as_posix() for p in ready.rglob("*") if p.is_file()] == ["trip/rocket.webp"]
    assert json.loads(audit.read_text().splitlines()[-1])["event"] == "exported"
    refused = subprocess.run(
        [str(Path(sys.executable).with_name("scrubkit")), "review", str(dst), "--export", str(dst / "x")],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert refused.returncode == 2 and "outside the output folder" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_judge_reasons() -> None:
    """The verdict's rules on findings as the pipeline records them (scrubkit.verdict.judge is pure)."""
    from scrubkit.types import Region
    from scrubkit.verdict import RULES, Evidence, judge

    face = Region((100, 100, 140, 150), "face", 0.9, "centerface")
    near = [Region((10 + 40 * i, 300, 35 + 40 * i, 330), "face", 0.19, "centerface") for i in range(RULES.unsure_count)]
    faint = [Region(r.box, "face", 0.05, "centerface") for r in near]
    assert judge([face], Evidence((1000, 800), faint))[0] == "ready"
    verdict, reasons, unsure = judge([face], Evidence((1000, 800), near))
    assert verdict == "check" and "unsure" in reasons[0] and unsure == near
    assert judge([face, *near], Evidence((1000, 800), near))[0] == "ready"  # all covered since
    verdict, reasons, _ = judge([Region((0, 0, 900, 700), "manual", 1.0, "reviewer")], Evidence((1000, 800)))
    assert verdict == "check" and "79% of the photo is covered" in reasons[0]
    head = Region((0, 0, 50, 50), "person", 0.1, "selfie-segmentation-head")
    assert "no face detected" in judge([head], Evidence((1000, 800)))[1][0]


def test_judge_weighs_doubts_against_the_faces_found() -> None:
    """A candidate counts when it is near the detector's bar and not far larger than the faces found
    in the same photo; one doubt is judged against how many faces were covered beside it."""
    from scrubkit.detect.faces import needed_score
    from scrubkit.types import Region
    from scrubkit.verdict import RULES, Evidence, judge

    def doubt(x: int, height: int, near: float) -> Region:
        return Region((x, 500, x + height, 500 + height), "face", near * float(needed_score(height, 0.2)), "centerface")

    def faces(n: int, height: int = 30) -> list[Region]:
        return [Region((40 * i, 100, 40 * i + height, 100 + height), "face", 0.9, "centerface") for i in range(n)]

    size = (2000, 1000)
    assert judge(faces(3), Evidence(size, [doubt(100, 30, 0.95)]))[0] == "check"
    assert judge(faces(3), Evidence(size, [doubt(100, 30, RULES.unsure_near - 0.1)]))[0] == "ready"
    # a face-like patch much taller than every face around it (a shirt print, a poster): the first
    # Rules counted it and asked for a look
    tall = doubt(100, int(30 * RULES.unsure_taller) + 20, 0.95)
    assert judge(faces(3), Evidence(size, [tall]))[0] == "ready"
    assert judge(faces(3), Evidence(size, [tall]), replace(RULES, unsure_taller=100.0))[0] == "check"
    # one doubt beside a big group is the detector's usual noise; a few are not
    big = faces(40, 20)
    assert judge(big, Evidence(size, [doubt(100, 20, 0.95)]))[0] == "ready"
    assert judge(big, Evidence(size, [doubt(100 + 40 * i, 20, 0.95) for i in range(RULES.unsure_count)]))[0] == "check"
    # no face covered: a lone doubt is not enough (photos with no one in them have a few)
    assert judge([], Evidence(size, [doubt(100, 30, 0.95)]))[0] == "ready"


#: faces-wider photo where a labelled face is left uncovered; the first Rules said `ready`
MISSED = ("faces-wider", "images", "2_Demonstration_Demonstration_Or_Protest_2_771.jpg")


def test_a_photo_with_an_uncovered_face_is_checked(tmp_path: Path) -> None:
    result = scrubkit.scrub_image(shared(*MISSED), tmp_path / "out.jpg", "standard")
    assert result.status == "clean" and result.verdict == "check"
    assert any("possible face" in reason for reason in result.check_reasons)
    assert result.unsure and all(r.kind == "face" for r in result.unsure)
