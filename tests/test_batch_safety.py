"""Batches that cannot leak or destroy: no stale less-clean output survives a stricter run, outputs
never land in the input tree or on an original, an output that was kept is said plainly, and bulk
text never empties its own input."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

import scrubkit
from scrubkit.batch import Batch, plan
from scrubkit.errors import UsageError
from tests.conftest import EXAMPLES

GOOD = EXAMPLES / "photos" / "portrait.jpg"
SCRUBKIT = [sys.executable, "-m", "scrubkit_cli"]


def scrubkit_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*SCRUBKIT, *map(str, args)], capture_output=True, text=True, timeout=600)


def animated_gif() -> bytes:
    """Two frames: metadata-only cleans it, policies that cover pixels skip it."""
    frames = [Image.new("RGB", (64, 48), colour) for colour in ("red", "blue")]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    return out.getvalue()


def test_a_stricter_rerun_leaves_no_less_clean_output_behind(tmp_path: Path) -> None:
    src, dst = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "party.gif").write_bytes(animated_gif())
    first = scrubkit.scrub_folder(src, dst, "metadata-only", jobs=1)
    assert [r.status for r in first] == ["clean"] and (dst / "party.gif").exists()
    second = scrubkit.scrub_folder(src, dst, "standard", jobs=1)
    assert second[0].status == "skipped"
    assert not (dst / "party.gif").exists()  # the metadata-only copy (faces visible) is gone
    assert "earlier run" in second[0].reason and "removed" in second[0].reason


def test_a_users_own_file_in_out_is_kept_and_said_plainly(tmp_path: Path) -> None:
    src, dst = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    dst.mkdir()
    shutil.copy(GOOD, src / "a.jpg")
    (dst / "a.jpg").write_bytes(b"mine")
    run = scrubkit_cli("clean", src / "a.jpg", "--out", dst, "--policy", "metadata-only")
    assert (dst / "a.jpg").read_bytes() == b"mine"
    assert run.returncode == 0
    assert "1 not written: an output of that name already exists" in run.stdout, run.stdout


def test_output_onto_the_original_is_a_usage_error(tmp_path: Path) -> None:
    photo = tmp_path / "a.jpg"
    shutil.copy(GOOD, photo)
    before = photo.read_bytes()
    for out in (photo, tmp_path):  # the file itself, or its own folder
        run = scrubkit_cli("clean", photo, "--out", out, "--policy", "metadata-only", "--overwrite")
        assert run.returncode == 2, run.stdout + run.stderr
        assert "original" in run.stderr and "Traceback" not in run.stderr
    assert photo.read_bytes() == before


def test_an_out_that_contains_src_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "photos" / "day1"
    (src / "day1").mkdir(parents=True)
    shutil.copy(GOOD, src / "day1" / "a.jpg")
    shutil.copy(GOOD, src / "a.jpg")
    with pytest.raises(UsageError, match="input"):
        plan(src, tmp_path / "photos")  # day1/day1/a.jpg would land on day1/a.jpg
    with pytest.raises(UsageError, match="input"):
        plan(src, tmp_path)


def test_an_output_folder_linked_into_src_is_refused(tmp_path: Path) -> None:
    src, dst = tmp_path / "in", tmp_path / "out"
    (src / "day1").mkdir(parents=True)
    shutil.copy(GOOD, src / "day1" / "a.jpg")
    dst.mkdir()
    (dst / "day1").symlink_to(src / "day1")  # OUT/day1/a.jpg is the original
    with pytest.raises(UsageError, match="input"):
        Batch(src, dst, "metadata-only", overwrite=True)


def test_an_output_file_linked_to_its_original_is_refused(tmp_path: Path) -> None:
    src, dst = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(GOOD, src / "a.jpg")
    dst.mkdir()
    (dst / "a.jpg").symlink_to(src / "a.jpg")  # writing OUT/a.jpg would replace the original
    with pytest.raises(UsageError, match="resolves inside the input"):
        Batch(src, dst, "metadata-only", overwrite=True)


def test_text_jsonl_refuses_to_write_over_its_input(tmp_path: Path) -> None:
    posts = tmp_path / "posts.jsonl"
    posts.write_text('{"id": 1, "text": "Well done Amy Clarke!"}\n', encoding="utf-8")
    before = posts.read_bytes()
    (tmp_path / "link.jsonl").symlink_to(posts)
    for out in (posts, tmp_path / "link.jsonl"):
        run = scrubkit_cli("text", "--jsonl", posts, "--out", out)
        assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr
        assert posts.read_bytes() == before


def test_text_jsonl_output_is_put_in_place_whole_never_written_through(tmp_path: Path) -> None:
    """The output is a new file renamed over the old one: a reader (here a hard link to the old
    file) sees the old output or the whole new one, never a truncated part."""
    posts, out = tmp_path / "posts.jsonl", tmp_path / "out.jsonl"
    posts.write_text('{"id": 1, "text": "Well done Amy Clarke!"}\n', encoding="utf-8")
    out.write_text("earlier\n", encoding="utf-8")
    os.link(out, tmp_path / "reader.jsonl")
    run = scrubkit_cli("text", "--jsonl", posts, "--out", out)
    assert run.returncode == 0, run.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == 1
    assert (tmp_path / "reader.jsonl").read_text(encoding="utf-8") == "earlier\n"
