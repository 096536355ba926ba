"""`scrubkit clean` as a comms team runs it: from a log (no terminal) the progress stays plain text,
--jobs and --review work, exit codes say whether anything failed, `scrubkit review` rebuilds the page."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import shared

SCRUBKIT = Path(sys.executable).with_name("scrubkit")
#: anything but printable text, newline and tab: escape codes, carriage returns, backspaces
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def scrubkit(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(SCRUBKIT), *args], capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """24 real photos in two subfolders, plus one truncated JPEG."""
    src = tmp_path_factory.mktemp("cli") / "in"
    images = sorted(shared("text-icdar15", "images").iterdir())[:24]
    for i, image in enumerate(images):
        (src / f"day {i % 2 + 1}").mkdir(parents=True, exist_ok=True)
        shutil.copy(image, src / f"day {i % 2 + 1}" / image.name)
    (src / "broken.jpg").write_bytes(images[0].read_bytes()[:2000])
    return src


def test_progress_in_a_log_is_plain_lines(folder: Path, tmp_path: Path) -> None:
    run = scrubkit("clean", str(folder), "--out", str(tmp_path / "out"), "--policy", "metadata-only", "--jobs", "2")
    assert run.returncode == 1  # one file failed
    assert not CONTROL.search(run.stdout) and not CONTROL.search(run.stderr), repr(run.stderr[:300])
    lines = run.stderr.splitlines()
    progress = [line for line in lines if line.startswith("scrubbing: ")]
    assert 5 <= len(progress) <= 10  # a line per tenth, not one per file
    assert progress[-1] == "scrubbing: 25/25 files, 1 failed, done"
    assert re.fullmatch(r"scrubbing: \d+/25 files, \d failed, about \d+(m\d\d)?s left", progress[0])
    assert [line for line in lines if line.startswith("FAILED")] == [
        line for line in lines if "broken.jpg" in line
    ]
    assert "24 clean, 1 failed, 0 skipped" in run.stdout


def test_second_run_resumes_and_review_page_can_be_rebuilt(folder: Path, tmp_path: Path) -> None:
    dst = tmp_path / "out"
    first = scrubkit("clean", str(folder), "--out", str(dst), "--policy", "metadata-only", "--jobs", "1")
    assert first.returncode == 1 and not (dst / "review.html").exists()
    again = scrubkit("clean", str(folder), "--out", str(dst), "--policy", "metadata-only", "--review")
    assert again.returncode == 1
    assert "resuming: 24 of 25 files" in again.stderr
    assert "24 clean, 1 failed" in again.stdout  # the resumed files are counted, not lost
    page = (dst / "review.html").read_text(encoding="utf-8")
    assert page.count("<figure") == 25 and "broken.jpg" in page
    (dst / "review.html").unlink()
    rebuilt = scrubkit("review", str(dst))
    assert rebuilt.returncode == 0 and str(dst / "review.html") in rebuilt.stdout
    assert (dst / "review.html").read_text(encoding="utf-8").count("<figure") == 25


@pytest.mark.parametrize(
    ("args", "message"),
    [(("clean", "IN", "--out", "OUT", "--jobs", "-1"), "--jobs"), (("review", "OUT"), "run `scrubkit clean")],
)
def test_usage_errors_exit_2(folder: Path, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    (tmp_path / "OUT").mkdir()
    real = [str(folder) if a == "IN" else str(tmp_path / "OUT") if a == "OUT" else a for a in args]
    run = scrubkit(*real)
    assert run.returncode == 2 and message in run.stderr and "Traceback" not in run.stderr
