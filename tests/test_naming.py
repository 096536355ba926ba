"""Names and paths that identify do not travel with the shared folder: no absolute path in OUT,
outputs renamed on request (the way back kept outside OUT), and a plain warning when names look
identifying."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scrubkit.batch import Batch
from scrubkit.errors import UsageError
from scrubkit.manifest import MANIFEST_NAME
from scrubkit.naming import NamesFile, identifying_names, names_path
from scrubkit.review import write_review
from tests.conftest import EXAMPLES

GOOD = EXAMPLES / "photos" / "portrait.jpg"
SCHOOL = "St Marys Primary Leeds"


@pytest.fixture
def school(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    (src / SCHOOL).mkdir(parents=True)
    shutil.copy(GOOD, src / SCHOOL / "emily-smith-year4.jpg")
    shutil.copy(GOOD, src / SCHOOL / "IMG_0042.jpg")
    shutil.copy(GOOD, src / "DSC_0001.jpg")
    return src


def everything_in(folder: Path) -> str:
    """Every name and every byte of text in the folder, as one string to search."""
    parts = []
    for path in folder.rglob("*"):
        parts.append(path.relative_to(folder).as_posix())
        if path.is_file() and path.suffix in (".jsonl", ".json", ".html", ".txt", ""):
            parts.append(path.read_text(encoding="utf-8", errors="replace"))
    return "\n".join(parts)


def test_the_output_folder_holds_no_absolute_path(school: Path, tmp_path: Path) -> None:
    dst = tmp_path / "out"
    batch = Batch(school, dst, "metadata-only")
    batch.run(jobs=1)
    write_review(dst, batch.results)
    shared = everything_in(dst)
    assert str(tmp_path) not in shared and "/tmp" not in shared, shared[:2000]
    done = [json.loads(line) for line in (dst / MANIFEST_NAME).read_text().splitlines() if '"done"' in line]
    assert {d["source"] for d in done} == {f"{SCHOOL}/emily-smith-year4.jpg", f"{SCHOOL}/IMG_0042.jpg", "DSC_0001.jpg"}
    # the way back to the originals is kept beside OUT, not in it
    names = NamesFile.read(dst)
    assert names.path.parent == tmp_path and names.original("DSC_0001.jpg") == school.resolve() / "DSC_0001.jpg"


@pytest.mark.parametrize("scheme", ["sequential", "hash"])
def test_renamed_outputs_say_nothing_and_keep_their_names_on_a_rerun(school: Path, tmp_path: Path, scheme: str) -> None:
    dst = tmp_path / "out"
    (school / SCHOOL / "emily-smith-year4.txt").write_text("Well done Emily Smith!", encoding="utf-8")
    batch = Batch(school, dst, "metadata-only", rename=scheme)
    results = batch.run(jobs=1)
    write_review(dst, batch.results)  # the review page shows the new names only
    assert {r.status for r in results} == {"clean"}, [r.reason for r in results]
    shared = everything_in(dst)
    for word in ("emily", "smith", "St Marys", "Leeds", "IMG_0042", "DSC_0001", str(tmp_path)):
        assert word not in shared, (word, shared[:1000])
    outputs = sorted(p.relative_to(dst).as_posix() for p in dst.rglob("*") if p.suffix in (".jpg", ".txt")
                     and not p.relative_to(dst).as_posix().startswith(".scrubkit"))
    if scheme == "sequential":
        assert outputs == ["0001.jpg", "folder-001/0001.jpg", "folder-001/0002.jpg", "folder-001/0003.txt"]
    else:
        assert all(len(Path(o).stem) == 12 for o in outputs)
    names = json.loads(names_path(dst).read_text(encoding="utf-8"))
    assert sorted(names["files"].values()) == sorted(["DSC_0001.jpg", f"{SCHOOL}/IMG_0042.jpg", f"{SCHOOL}/emily-smith-year4.jpg",
                                                      f"{SCHOOL}/emily-smith-year4.txt"])
    again = Batch(school, dst, "metadata-only", rename=scheme)
    assert again.resumed == 3  # the same names: nothing to redo (captions are always redone)
    with pytest.raises(UsageError, match="rename"):
        Batch(school, dst, "metadata-only")  # the original names would join the renamed ones
    names_path(dst).unlink()  # lost: the old outputs could not be matched, new names would pile up
    with pytest.raises(UsageError, match="names file"):
        Batch(school, dst, "metadata-only", rename=scheme)


def test_identifying_names_are_found_by_the_post_text_analyzer() -> None:
    paths = [f"{SCHOOL}/IMG_0042.jpg", "trip/DSC_0001.jpg", "sports day/emily-smith-year4.jpg", "day 1/IMG_0007.jpg"]
    assert identifying_names(paths) == [f"{SCHOOL}/IMG_0042.jpg", "sports day/emily-smith-year4.jpg"]


def test_clean_says_plainly_when_names_look_identifying(school: Path, tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "scrubkit_cli", "clean", str(school), "--out", str(tmp_path / "out"),
                          "--policy", "metadata-only"], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    assert "2 of 3 file or folder names look identifying" in run.stdout and "--rename" in run.stdout, run.stdout
    renamed = subprocess.run([sys.executable, "-m", "scrubkit_cli", "clean", str(school), "--out", str(tmp_path / "r"),
                              "--policy", "metadata-only", "--rename", "sequential"], capture_output=True, text=True)
    assert renamed.returncode == 0, renamed.stderr
    assert "look identifying" not in renamed.stdout and str(names_path(tmp_path / "r")) in renamed.stdout


def test_the_names_file_goes_to_the_users_own_folder_when_out_is_a_drives_root(
    school: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """OUT = the root of a USB stick: its parent (/media/user) cannot be written, so the names file
    goes to the user's state folder, still outside OUT, and a later run finds it there."""
    drive, state = tmp_path / "media" / "stick", tmp_path / "state"
    drive.mkdir(parents=True)
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: real_access(path, mode) and Path(path) != drive.parent)
    Batch(school, drive, "metadata-only", rename="sequential").run(jobs=1)
    [names] = (state / "scrubkit" / "names").iterdir()
    assert names_path(drive) == names and not any(drive.parent.glob("*.json"))
    assert Batch(school, drive, "metadata-only", rename="sequential").resumed == 3
