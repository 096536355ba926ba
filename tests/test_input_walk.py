"""What a batch reads from a tree: regular files only, every path it does not read named with a
reason, and names that are not UTF-8 handled like any other."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from scrubkit.batch import Batch
from scrubkit.walk import walk
from tests.conftest import EXAMPLES

GOOD = EXAMPLES / "photos" / "portrait.jpg"


def scrubkit_cli(*args: str | Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scrubkit_cli", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout, errors="backslashreplace")


def test_a_name_that_is_not_utf8_is_cleaned_and_reported(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    bad = os.fsdecode(b"caf\xe9 day.jpg")  # Latin-1, as from an old camera card or a Windows zip
    shutil.copy(GOOD, src / bad)
    shutil.copy(GOOD, src / "ok.jpg")
    report = tmp_path / "report.json"
    run = scrubkit_cli("clean", src, "--out", tmp_path / "out", "--policy", "metadata-only", "--report", report, "--review")
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
    assert "2 clean" in run.stdout
    assert (tmp_path / "out" / bad).is_file()
    files = json.loads(report.read_bytes().decode("utf-8"))["files"]  # valid UTF-8 JSON
    assert {os.fsencode(f["source"]) for f in files} == {os.fsencode(str(src / bad)), os.fsencode(str(src / "ok.jpg"))}
    again = Batch(src, tmp_path / "out", "metadata-only")
    assert again.resumed == 2  # the manifest kept the name exactly


def test_only_regular_files_are_read_and_the_rest_named(tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    shutil.copy(GOOD, src / "ok.jpg")
    os.mkfifo(src / "pipe.jpg")  # a FIFO would block a reader forever
    (src / "zero.jpg").symlink_to("/dev/zero")  # would read until memory runs out
    (src / "gone.jpg").symlink_to(tmp_path / "nowhere.jpg")
    (src / ".hidden.jpg").write_bytes(GOOD.read_bytes())
    (src / ".private").mkdir()
    shutil.copy(GOOD, src / ".private" / "x.jpg")
    (src / "linked").symlink_to(src / "sub", target_is_directory=True)
    (src / ".DS_Store").write_bytes(b"\0")
    locked = src / "locked"
    locked.mkdir()
    shutil.copy(GOOD, locked / "y.jpg")
    locked.chmod(0)
    try:
        # root (as in CI containers) reads any folder: then only the other cases can be shown
        can_lock = not os.access(locked, os.R_OK)
        run = scrubkit_cli("clean", src, "--out", tmp_path / "out", "--policy", "metadata-only", timeout=120)
    finally:
        locked.chmod(0o755)
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr  # what could not be read failed
    lines = run.stderr.splitlines()
    expected = [("pipe.jpg", "not a regular file"), ("zero.jpg", "not a regular file"), ("gone.jpg", "cannot read: link to nothing"),
                (".hidden.jpg", "hidden"), (".private", "hidden folder"), ("linked", "link to a folder")]
    for name, words in expected + ([("locked", "cannot read this folder")] if can_lock else []):
        assert [line for line in lines if name in line and words in line], (name, run.stderr)
    assert "1 system file" in run.stderr  # .DS_Store: one summary line, not one per folder
    assert f"{1 + (not can_lock)} clean, {1 + can_lock} failed, 5 skipped" in run.stdout, run.stdout


def test_a_folder_that_cannot_be_listed_is_named(tmp_path: Path) -> None:
    """os.walk's errors are not dropped: a folder it cannot list becomes a reason (here the root
    itself vanishes between the check and the walk, which any user can cause)."""
    found = walk(tmp_path / "gone")
    assert [(r.source.name, r.status, r.reason.split(" (")[0]) for r in found.not_read] == [
        ("gone", "failed", "cannot read this folder")]


def test_a_special_file_given_as_src_is_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    run = scrubkit_cli("clean", tmp_path / "pipe", "--out", tmp_path / "out.jpg", timeout=60)
    assert run.returncode == 2 and "not a regular file" in run.stderr, run.stderr
