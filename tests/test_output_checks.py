"""The output folder and report path are checked before any work (one line, exit 2), and one output
folder takes one run at a time: a second run is refused while the first holds it, and a run that
died (kill -9, power cut) never leaves it locked."""

from __future__ import annotations

import json
import resource
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from scrubkit.batch import Batch
from scrubkit.errors import UsageError
from tests.conftest import EXAMPLES

GOOD = EXAMPLES / "photos" / "portrait.jpg"


def scrubkit_cli(*args: str | Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scrubkit_cli", *map(str, args)],
                          capture_output=True, text=True, timeout=600, **kwargs)  # type: ignore[call-overload]


@pytest.fixture
def photos(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(12):
        shutil.copy(GOOD, src / f"p{i:02d}.jpg")
    return src


def one_line_refusal(run: subprocess.CompletedProcess[str], *words: str) -> None:
    assert run.returncode == 2, (run.returncode, run.stdout, run.stderr)
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in run.stderr, run.stderr
    for word in words:
        assert word in lines[0], lines[0]


def test_out_that_is_a_file_is_refused(photos: Path, tmp_path: Path) -> None:
    (tmp_path / "out").write_text("not a folder")
    one_line_refusal(scrubkit_cli("clean", photos, "--out", tmp_path / "out", "--policy", "metadata-only"),
                     "not a folder")


def test_out_that_cannot_be_created_is_refused(photos: Path) -> None:
    one_line_refusal(scrubkit_cli("clean", photos, "--out", "/proc/scrubkit-out", "--policy", "metadata-only"),
                     "/proc/scrubkit-out")


def test_report_that_is_a_folder_or_has_no_folder_is_refused_before_any_work(photos: Path, tmp_path: Path) -> None:
    for report in (tmp_path, tmp_path / "nodir" / "r.json"):
        run = scrubkit_cli("clean", photos, "--out", tmp_path / "out", "--policy", "metadata-only", "--report", report)
        one_line_refusal(run, str(report))
        assert not (tmp_path / "out" / "p00.jpg").exists()  # refused before any work


def test_report_inside_out_is_refused(photos: Path, tmp_path: Path) -> None:
    """The report lists the words read under the covers: it must not travel with the shared folder."""
    run = scrubkit_cli("clean", photos, "--out", tmp_path / "out", "--policy", "metadata-only",
                       "--report", tmp_path / "out" / "report.json")
    one_line_refusal(run, "report")


def test_text_jsonl_out_in_a_missing_folder_is_refused(tmp_path: Path) -> None:
    posts = tmp_path / "posts.jsonl"
    posts.write_text('{"id": 1, "text": "hi"}\n', encoding="utf-8")
    one_line_refusal(scrubkit_cli("text", "--jsonl", posts, "--out", tmp_path / "nodir" / "x.jsonl"), "nodir")


def test_a_manifest_that_cannot_be_written_stops_the_run_with_one_line(photos: Path, tmp_path: Path) -> None:
    """Disk full (here: a file-size limit) while recording progress: one line, exit 2, no traceback."""
    run = scrubkit_cli("clean", photos, "--out", tmp_path / "out", "--policy", "metadata-only", "--jobs", "1",
                       preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (300, 300)))
    assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr
    assert "manifest" in run.stderr


HOLD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from scrubkit.lock import FolderLock
    with FolderLock(Path(sys.argv[1])):
        print("held", flush=True)
        time.sleep(60)
""")


def test_a_second_run_on_the_same_out_is_refused_while_the_first_holds_it(photos: Path, tmp_path: Path) -> None:
    dst = tmp_path / "out"
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(dst)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(UsageError, match="another scrubkit run"):
            Batch(photos, dst, "metadata-only").run(jobs=1)
        one_line_refusal(scrubkit_cli("clean", photos, "--out", dst, "--policy", "metadata-only"),
                         "another scrubkit run", str(holder.pid))
        assert not (dst / "p00.jpg").exists()
    finally:
        holder.kill()
        holder.wait()
    # killed with the lock held (as by kill -9 or a power cut): the next run is not blocked
    results = Batch(photos, dst, "metadata-only").run(jobs=1)
    assert {r.status for r in results} == {"clean"}


def test_report_is_the_json_of_its_results_with_one_line_per_file(tmp_path: Path) -> None:
    """write_report encodes each file's entry on one line (json's indenting encoder is pure Python);
    the document must still be exactly build_report's, names that are not ASCII or UTF-8 included."""
    from scrubkit.policy import Policy
    from scrubkit.report import build_report, write_report
    from scrubkit.types import Result

    policy = Policy.load("metadata-only")
    results = [
        Result(Path("in/Zoë's party.jpg"), Path("out/Zoë's party.jpg"), "clean", metadata_removed=["GPS:GPSLatitude"]),
        Result(Path("in/bad\udce9.jpg"), None, "failed", reason='broken "JPEG"\nfile'),
    ]
    for batch in (results, []):
        report = tmp_path / "report.json"
        write_report(report, batch, policy)
        text = report.read_text(encoding="utf-8")
        expected = json.loads(json.dumps(build_report(batch, policy)))
        assert json.loads(text) == expected
        lines = [line.strip().rstrip(",") for line in text.splitlines() if line.startswith("    {")]
        assert [json.loads(line) for line in lines] == expected["files"]


def test_report_text_writes_the_files_last_whatever_the_reports_order() -> None:
    """An app adding a field after `files` (or building the dict in another order) still gets valid JSON."""
    from scrubkit.report import report_text

    report = {"format": "scrubkit-report", "files": [{"source": "a.jpg", "status": "clean"}], "note": "added later"}
    assert json.loads(report_text(report)) == report
