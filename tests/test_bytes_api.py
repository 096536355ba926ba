"""scrubkit.scrub_bytes: the in-memory API for apps (bytes or a file object in, clean bytes out),
the same output as scrub_image, fail closed, and safe from several threads at once."""

from __future__ import annotations

import io
import json
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import scrubkit
from tests.conftest import EXAMPLES, shared

PHOTOS = EXAMPLES / "photos"


def exiftool_tags(data: bytes, tmp_path: Path, name: str) -> dict[str, object]:
    path = tmp_path / name
    path.write_bytes(data)
    out = subprocess.run(["exiftool", "-j", "-a", "-G1", str(path)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)[0]


def test_bytes_in_gives_the_same_clean_bytes_as_scrub_image(tmp_path: Path) -> None:
    src = PHOTOS / "portrait.jpg"
    cleaned, result = scrubkit.scrub_bytes(src.read_bytes(), policy="standard")
    on_disk = scrubkit.scrub_image(src, tmp_path / "out.jpg", "standard")
    assert result.ok and on_disk.ok and result.output is None
    assert cleaned == (tmp_path / "out.jpg").read_bytes()
    assert [r.box for r in result.regions] == [r.box for r in on_disk.regions] and result.regions
    tags = exiftool_tags(cleaned, tmp_path, "check.jpg")
    assert not [k for k in tags if k.startswith("GPS:") or "Serial" in k]


def test_a_file_object_is_read_and_left_open() -> None:
    with open(PHOTOS / "sign.jpg", "rb") as f:
        cleaned, result = scrubkit.scrub_bytes(f, policy="metadata-only", name="sign.jpg")
        assert not f.closed
    assert result.ok and cleaned is not None and cleaned.startswith(b"\xff\xd8")
    assert result.source == Path("sign.jpg") and result.format == "JPEG"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"not an image at all", "not an image"),
        (io.StringIO("text"), "binary mode"),
        ("photo.jpg", "expected bytes"),
    ],
)
def test_bad_input_fails_closed_with_a_reason_and_no_bytes(data: object, reason: str) -> None:
    cleaned, result = scrubkit.scrub_bytes(data, policy="standard")  # type: ignore[arg-type]
    assert cleaned is None and result.status in ("failed", "skipped")
    assert result.reason and reason in result.reason.lower()


def test_many_threads_at_once_get_what_one_thread_gets() -> None:
    """A web server's threads call in parallel: models load once, results match a serial run."""
    photos = [shared("faces-groups", "images", name).read_bytes() for name in sorted(
        p.name for p in shared("faces-groups", "images").iterdir())[:3]] + [(PHOTOS / "portrait.jpg").read_bytes()]
    serial = [scrubkit.scrub_bytes(data, policy="standard") for data in photos]
    with ThreadPoolExecutor(4) as pool:
        parallel = list(pool.map(lambda data: scrubkit.scrub_bytes(data, policy="standard"), photos * 2))
    for (clean_a, a), (clean_b, b) in zip(serial * 2, parallel):
        assert a.ok and b.ok and clean_a == clean_b
        assert [r.box for r in a.regions] == [r.box for r in b.regions]
