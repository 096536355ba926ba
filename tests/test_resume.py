"""Resume: a real `scrubkit clean` killed mid-batch (kill -9, Ctrl-C) and run again finishes the job,
with every input done exactly once, every output clean, and no temp file or stray worker left."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

import scrubkit
from scrubkit.batch import Batch, remove_stray_temp_files
from scrubkit.lock import LOCK_NAME
from scrubkit.manifest import MANIFEST_NAME
from tests.conftest import shared

SCRUBKIT = Path(sys.executable).with_name("scrubkit")
#: ~220 real JPEGs: enough that a metadata-only run is still going when the test kills it
PHOTO_SETS = ("faces-wider", "faces-groups", "text-icdar15")


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("resume") / "in"
    for name in PHOTO_SETS:
        shutil.copytree(shared(name, "images"), src / name)
    return src


def manifest_lines(dst: Path) -> list[dict]:
    lines = (dst / MANIFEST_NAME).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if parses(line)]  # not the line a kill tore


def parses(line: str) -> bool:
    try:
        json.loads(line)
    except ValueError:
        return False
    return True


def done_paths(dst: Path) -> list[str]:
    return [e["path"] for e in manifest_lines(dst) if e["event"] == "done" and e["status"] == "clean"]


def start(src: Path, dst: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(SCRUBKIT), "clean", str(src), "--out", str(dst), "--policy", "metadata-only", "--jobs", "2", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )


def wait_for_progress(dst: Path, at_least: int, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if (dst / MANIFEST_NAME).exists() and len(done_paths(dst)) >= at_least:
            return
        time.sleep(0.005)
    pytest.fail(f"the run ended or stalled before {at_least} files were done: {proc.poll()}")


def workers_of(pid: int) -> list[int]:
    """The pool's worker processes (not multiprocessing's resource tracker)."""
    children = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    return [c for c in children if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]


def alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return False
    return status != "Z"


def wait_gone(pids: list[int]) -> list[int]:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(alive(p) for p in pids):
        time.sleep(0.05)
    return [p for p in pids if alive(p)]


def inputs(src: Path) -> set[str]:
    return {p.relative_to(src).as_posix() for p in src.rglob("*") if p.is_file()}


def outputs(dst: Path) -> set[str]:
    return {p.relative_to(dst).as_posix() for p in dst.rglob("*") if p.is_file()} - {MANIFEST_NAME, LOCK_NAME}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads worker pids from /proc")
def test_kill_9_mid_batch_then_same_command_finishes_each_file_once(photos: Path, tmp_path: Path) -> None:
    dst = tmp_path / "out"
    first = start(photos, dst)
    wait_for_progress(dst, 20, first)
    workers = workers_of(first.pid)
    os.kill(first.pid, signal.SIGKILL)  # the main process only: its workers must not run on orphaned
    first.wait()
    assert len(workers) == 2
    assert wait_gone(workers) == [], "workers outlived their killed parent"
    finished_before = set(done_paths(dst))
    total = len(inputs(photos))
    assert 20 <= len(finished_before) < total, "the kill did not land mid-batch"

    second = start(photos, dst, "--report", str(tmp_path / "report.json"))
    out, err = second.communicate(timeout=300)
    assert second.returncode == 0, err
    assert f"resuming: {len(finished_before)} of {total} files" in err
    assert "already exists" not in err

    # every input done exactly once, and the outputs mirror the inputs: nothing lost, nothing extra,
    # no temp file of a killed worker left behind
    assert Counter(done_paths(dst)) == Counter(inputs(photos))
    assert outputs(dst) == inputs(photos)
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["counts"] == {"clean": total, "failed": 0, "skipped": 0}
    assert len({f["source"] for f in report["files"]}) == total
    for rel in sorted(outputs(dst)):
        found = scrubkit.inspect(dst / rel)
        assert found.error is None and not found.leaks, (rel, found.risks)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads worker pids from /proc")
def test_ctrl_c_stops_workers_and_leaves_only_complete_outputs(photos: Path, tmp_path: Path) -> None:
    dst = tmp_path / "out"
    run = start(photos, dst)
    wait_for_progress(dst, 10, run)
    workers = workers_of(run.pid)
    os.killpg(run.pid, signal.SIGINT)  # what a terminal sends on Ctrl-C: the whole process group
    out, err = run.communicate(timeout=60)
    assert run.returncode == 130, err
    assert "Interrupted" in err and "Traceback" not in err
    assert wait_gone(workers) == []
    done = set(done_paths(dst))
    assert done < inputs(photos)
    # no temp files; what is there is complete and clean (a file a worker had just put in place
    # before it was stopped is not recorded: the next run redoes it)
    assert done <= outputs(dst) <= inputs(photos)
    for rel in outputs(dst):
        found = scrubkit.inspect(dst / rel)
        assert found.error is None and not found.leaks, rel


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads worker pids from /proc")
def test_a_worker_killed_mid_batch_costs_no_file(photos: Path, tmp_path: Path) -> None:
    dst = tmp_path / "out"
    run = start(photos, dst)
    wait_for_progress(dst, 10, run)
    os.kill(workers_of(run.pid)[0], signal.SIGKILL)  # as the kernel's OOM killer would
    out, err = run.communicate(timeout=300)
    assert run.returncode == 0, err  # the files it held were retried in fresh workers
    assert Counter(done_paths(dst)) == Counter(inputs(photos))
    assert outputs(dst) == inputs(photos)


def test_stray_temp_files_from_killed_workers_are_removed(tmp_path: Path) -> None:
    src, dst = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(shared("text-icdar15", "images", "img_1.jpg"), src / "a.jpg")
    assert scrubkit.scrub_folder(src, dst, "metadata-only", jobs=1)[0].ok
    stray = temp_file_like_a_killed_write(dst / "a.jpg")
    kept = dst / "notes-of-mine.txt"
    kept.write_text("not ours")
    assert remove_stray_temp_files(dst) == [stray]
    assert not stray.exists() and kept.exists() and (dst / "a.jpg").exists()


def temp_file_like_a_killed_write(final: Path) -> Path:
    """The temp file that media.atomic.atomic_write creates before its os.replace."""
    tmp = final.with_name(f".{final.name}.0123456789ab.tmp")
    tmp.write_bytes(b"half a jpeg")
    return tmp


def test_changed_policy_or_changed_input_is_redone_and_may_replace_our_output(tmp_path: Path) -> None:
    src, dst = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for name in ("img_1.jpg", "img_114.jpg", "img_121.jpg"):
        shutil.copy(shared("text-icdar15", "images", name), src / name)
    assert [r.status for r in scrubkit.scrub_folder(src, dst, "metadata-only", jobs=1)] == ["clean"] * 3

    again = Batch(src, dst, "metadata-only")
    assert again.resumed == 3 and again.todo == []

    os.utime(src / "img_114.jpg", ns=(time.time_ns(), time.time_ns()))  # edited since
    assert [t.src.name for t in Batch(src, dst, "metadata-only").todo] == ["img_114.jpg"]

    tweaked = scrubkit.Policy.from_mapping({"preset": "metadata-only", "quality": 80})
    batch = Batch(src, dst, tweaked)
    assert batch.resumed == 0
    assert [r.status for r in batch.run(jobs=1)] == ["clean"] * 3  # our own outputs: not "already exists"


def test_a_file_the_user_put_in_the_output_folder_is_never_replaced(tmp_path: Path) -> None:
    src, dst = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    dst.mkdir()
    shutil.copy(shared("text-icdar15", "images", "img_1.jpg"), src / "a.jpg")
    (dst / "a.jpg").write_bytes(b"the user's own file")
    for _ in range(2):  # neither the first run nor a resumed one touches it
        [result] = scrubkit.scrub_folder(src, dst, "metadata-only", jobs=1)
        assert result.status == "skipped" and "already exists" in (result.reason or "")
        assert (dst / "a.jpg").read_bytes() == b"the user's own file"


def test_report_of_a_resumed_run_includes_the_earlier_part(tmp_path: Path) -> None:
    src, dst = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(shared("text-icdar15", "images", "img_1.jpg"), src / "first.jpg")
    [first] = scrubkit.scrub_folder(src, dst, "metadata-only", jobs=1)
    shutil.copy(shared("text-icdar15", "images", "img_114.jpg"), src / "second.jpg")
    batch = Batch(src, dst, "metadata-only")
    results = batch.run(jobs=1)
    assert batch.resumed == 1
    assert [r.source.name for r in results] == ["first.jpg", "second.jpg"]
    assert results[0].metadata_removed == first.metadata_removed and results[0].output == dst / "first.jpg"


def test_a_line_torn_by_a_crash_is_ignored_and_the_next_run_starts_a_fresh_line(tmp_path: Path) -> None:
    src, dst = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for name in ("img_1.jpg", "img_114.jpg"):
        shutil.copy(shared("text-icdar15", "images", name), src / name)
    scrubkit.scrub_folder(src, dst, "metadata-only", jobs=1)
    manifest = dst / MANIFEST_NAME
    lines = manifest.read_text(encoding="utf-8").splitlines()
    manifest.write_text("\n".join(lines[:-1]) + "\n" + lines[-1][: len(lines[-1]) // 2], encoding="utf-8")

    batch = Batch(src, dst, "metadata-only")
    assert [t.src.name for t in batch.todo] == ["img_114.jpg"]  # its record was torn: redone, and
    assert [r.status for r in batch.run(jobs=1)] == ["clean", "clean"]  # replaced, not "already exists"
    unreadable = [line for line in manifest.read_text(encoding="utf-8").splitlines() if not parses(line)]
    assert unreadable == [lines[-1][: len(lines[-1]) // 2]]  # only the torn line; new ones start afresh
    assert Counter(done_paths(dst)) == Counter({"img_1.jpg": 1, "img_114.jpg": 1})


def test_workers_are_born_deaf_to_ctrl_c_and_the_parent_keeps_its_own() -> None:
    """A worker still starting when Ctrl-C reaches the process group must not print a traceback:
    processes the pool starts are born with SIGINT blocked; the parent's Ctrl-C is held, not lost."""
    from scrubkit.batch import _children_ignore_ctrl_c

    probe = [sys.executable, "-c", "import signal; print(signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, []))"]
    # Start from a terminal's state: a shell's background job (CI started with `&`) inherits SIGINT
    # ignored, and then no Ctrl-C could reach this process at all.
    handler = signal.signal(signal.SIGINT, signal.default_int_handler)
    mask = signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    try:
        with pytest.raises(KeyboardInterrupt):
            with _children_ignore_ctrl_c():
                born = subprocess.run(probe, capture_output=True, text=True, check=True).stdout.strip()
                os.kill(os.getpid(), signal.SIGINT)  # held while the block lasts...
            pytest.fail("the parent's Ctrl-C was lost")  # ...and delivered when it ends
        after = subprocess.run(probe, capture_output=True, text=True, check=True).stdout.strip()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        signal.signal(signal.SIGINT, handler)
    assert (born, after) == ("True", "False")
