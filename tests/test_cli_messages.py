"""What users see on stderr: scrubkit's own one-line messages only, whatever the file names, the
libraries or the signals do."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import EXAMPLES

GOOD = EXAMPLES / "photos" / "portrait.jpg"
CLI = [sys.executable, "-m", "scrubkit_cli"]


def scrubkit_cli(*args: str | Path, stdin: str | None = None, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *map(str, args)], input=stdin, capture_output=True, text=True, timeout=timeout)


def test_model_libraries_print_nothing_of_their_own(tmp_path: Path) -> None:
    run = scrubkit_cli("clean", GOOD, "--out", tmp_path / "out.jpg", "--policy", "strict")
    assert run.returncode == 0, run.stderr
    for noise in ("TensorFlow Lite", "InitGoogle", "W0000", "inference_feedback_manager"):
        assert noise not in run.stderr, run.stderr


def test_a_file_name_cannot_break_or_colour_its_line(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "bad\nname\x1b[31m.jpg").write_bytes(GOOD.read_bytes()[:500])
    run = scrubkit_cli("clean", src, "--out", tmp_path / "out", "--policy", "metadata-only")
    assert run.returncode == 1
    assert "\x1b" not in run.stderr
    failed = [line for line in run.stderr.splitlines() if line.startswith("FAILED")]
    assert len(failed) == 1 and "bad\\nname\\x1b[31m.jpg:" in failed[0], run.stderr


def test_post_names_a_missing_photo_plainly(tmp_path: Path) -> None:
    caption = tmp_path / "caption.txt"
    caption.write_text("Well done Amy Clarke!", encoding="utf-8")
    run = scrubkit_cli("post", caption, tmp_path / "nope.jpg")
    assert run.returncode == 2 and "nope.jpg: no such file" in run.stderr, run.stderr


def test_an_empty_caption_is_not_a_failure(tmp_path: Path) -> None:
    caption = tmp_path / "caption.txt"
    caption.write_text("", encoding="utf-8")
    run = scrubkit_cli("post", caption, GOOD)
    assert run.returncode == 0, run.stderr
    post = tmp_path / "post"
    post.mkdir()
    shutil.copy(GOOD, post / "photo.jpg")
    (post / "caption.txt").write_text("\n", encoding="utf-8")
    batch = scrubkit_cli("clean", post, "--out", tmp_path / "out", "--policy", "metadata-only")
    assert batch.returncode == 0 and "2 clean" in batch.stdout, batch.stdout + batch.stderr


def test_post_drops_the_byte_order_mark(tmp_path: Path) -> None:
    caption = tmp_path / "caption.txt"
    caption.write_bytes(b"\xef\xbb\xbfGreat day at the park!\n")
    run = scrubkit_cli("post", caption)
    assert run.returncode == 0 and run.stdout == "Great day at the park!\n", repr(run.stdout)


def test_an_unreadable_caption_is_one_line(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "caption.txt")  # no writer: reading would block for ever
    run = scrubkit_cli("post", tmp_path / "caption.txt", timeout=60)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and "not a regular file" in run.stderr, run.stderr


def test_jsonl_error_rows_keep_the_line_id(tmp_path: Path) -> None:
    posts = tmp_path / "posts.jsonl"
    posts.write_text('{"id": "a7", "text": 5}\n{"id": "b8", "text": "Great day!"}\n', encoding="utf-8")
    run = scrubkit_cli("text", "--jsonl", posts, "--out", tmp_path / "out.jsonl")
    assert run.returncode == 1
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == ["a7", "b8"] and "error" in rows[0]


def test_sigterm_stops_a_run_as_ctrl_c_does(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(400):
        shutil.copy(GOOD, src / f"p{i:03d}.jpg")
    run = subprocess.Popen([*CLI, "clean", str(src), "--out", str(tmp_path / "out"), "--policy", "metadata-only",
                            "--jobs", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not any((tmp_path / "out").glob("p*.jpg")) and time.monotonic() < deadline:
        time.sleep(0.05)
    run.send_signal(signal.SIGTERM)
    _, stderr = run.communicate(timeout=120)
    assert run.returncode == 143, stderr
    assert "Interrupted" in stderr and "Traceback" not in stderr, stderr
