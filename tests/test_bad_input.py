"""Bad input through the whole folder pipeline: one clear reason per file, the batch goes on,
originals untouched, nothing partial written. (Format-level cases: tests/test_media_bad_input.py.)"""

from __future__ import annotations

import hashlib
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

import scrubkit
from scrubkit.errors import UsageError
from tests.conftest import EXAMPLES

GOOD = EXAMPLES / "photos" / "portrait.jpg"


def png_bomb(width: int = 40000, height: int = 40000) -> bytes:
    """A tiny PNG whose header claims 40000 x 40000 pixels."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 1024)) + chunk(b"IEND", b"")


def tree_digest(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


@pytest.fixture
def messy_folder(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    (src / "sub dir").mkdir(parents=True)
    good = GOOD.read_bytes()
    (src / "good.jpg").write_bytes(good)
    (src / "sub dir" / "Zoë's photo 1.jpg").write_bytes(good)
    (src / "empty.jpg").write_bytes(b"")
    (src / "truncated.jpg").write_bytes(good[: len(good) // 3])
    (src / "random.jpg").write_bytes(os.urandom(4096))
    (src / "bomb.png").write_bytes(png_bomb())
    (src / "really-a-png.jpg").write_bytes((EXAMPLES / "photos" / "class pet" / "chelsea.png").read_bytes())
    (src / "notes.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")
    (src / "loop-a.jpg").symlink_to(src / "loop-b.jpg")
    (src / "loop-b.jpg").symlink_to(src / "loop-a.jpg")
    (src / "dangling.jpg").symlink_to(src / "gone.jpg")
    (src / "folder-link").symlink_to(src, target_is_directory=True)
    return src


def by_name(results: list[scrubkit.Result]) -> dict[str, scrubkit.Result]:
    return {r.source.name: r for r in results}


def test_messy_folder_each_file_gets_one_clear_outcome(messy_folder: Path, tmp_path: Path) -> None:
    before = tree_digest(messy_folder)
    dst = tmp_path / "out"
    results = by_name(scrubkit.scrub_folder(messy_folder, dst, "metadata-only"))

    assert results["good.jpg"].status == "clean"
    assert results["Zoë's photo 1.jpg"].status == "clean"
    assert (dst / "sub dir" / "Zoë's photo 1.jpg").is_file()
    assert results["really-a-png.jpg"].status == "clean"
    assert results["really-a-png.jpg"].format == "PNG"
    expected = {
        "empty.jpg": ("failed", "empty"),
        "truncated.jpg": ("failed", ""),
        "random.jpg": ("failed", "not an image"),
        "bomb.png": ("failed", "too large"),
        "notes.pdf": ("skipped", "PDF"),
        "loop-a.jpg": ("failed", "cannot read"),
        "dangling.jpg": ("failed", "cannot read"),
    }
    for name, (status, words) in expected.items():
        result = results[name]
        assert result.status == status, (name, result.reason)
        assert result.reason and words.lower() in result.reason.lower(), (name, result.reason)
        assert "Traceback" not in result.reason and "internal error" not in result.reason
        assert result.output is None
        assert not (dst / name).exists()
    assert results["folder-link"].status == "skipped" and "not followed" in results["folder-link"].reason
    assert tree_digest(messy_folder) == before  # originals untouched
    leftovers = [p for p in dst.rglob("*") if p.is_file() and p.name not in {"good.jpg", "Zoë's photo 1.jpg", "really-a-png.jpg"}]
    assert not [p for p in leftovers if not p.name.startswith(".scrubkit")], leftovers  # no partial files


def test_output_inside_input_is_refused(messy_folder: Path) -> None:
    with pytest.raises(UsageError, match="inside the input"):
        scrubkit.scrub_folder(messy_folder, messy_folder / "clean", "metadata-only")


def test_existing_output_is_not_overwritten_unless_asked(tmp_path: Path) -> None:
    dst = tmp_path / "out.jpg"
    dst.write_bytes(b"precious")
    result = scrubkit.scrub_image(GOOD, dst, "metadata-only")
    assert result.status == "skipped" and "already exists" in (result.reason or "")
    assert dst.read_bytes() == b"precious"
    assert scrubkit.scrub_image(GOOD, dst, "metadata-only", overwrite=True).status == "clean"
    assert dst.read_bytes() != b"precious"


def test_scrubbing_a_file_onto_itself_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "a.jpg"
    src.write_bytes(GOOD.read_bytes())
    result = scrubkit.scrub_image(src, src, "metadata-only", overwrite=True)
    assert result.status == "skipped" and "original" in (result.reason or "")
    assert src.read_bytes() == GOOD.read_bytes()


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scrubkit_cli", *args], capture_output=True, text=True, timeout=600)


def test_cli_names_each_bad_file_once_and_exits_1(messy_folder: Path, tmp_path: Path) -> None:
    done = run_cli("clean", str(messy_folder), "--out", str(tmp_path / "out"), "--policy", "metadata-only")
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    problems = [line for line in done.stderr.splitlines() if line.startswith(("FAILED", "SKIPPED"))]
    assert len(problems) == 9, done.stderr  # loop-a and loop-b both loop; the link to a folder is named
    assert any("empty.jpg" in line and "empty" in line for line in problems)
    assert not any("\x1b" in line for line in done.stderr.splitlines())  # plain when not a terminal


@pytest.mark.parametrize(
    "args",
    [
        ("clean", "/no/such/folder", "--out", "/tmp/x"),
        ("clean", str(EXAMPLES / "photos"), "--out", "/tmp/x", "--policy", "no-such-policy"),
    ],
)
def test_cli_usage_errors_exit_2_without_traceback(args: tuple[str, ...]) -> None:
    done = run_cli(*args)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "Error" in done.stderr


def test_an_output_that_cannot_be_written_is_a_clear_failure(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"")
    result = scrubkit.scrub_image(GOOD, blocker / "out.jpg", "metadata-only")
    assert result.status == "failed" and "cannot write the output" in (result.reason or "")
