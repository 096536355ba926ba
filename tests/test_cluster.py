"""The Dask executor: a batch on a local cluster of 2 worker processes, one killed mid-run; every
file still comes out once, clean and verified, and the manifest (kept by the client) resumes."""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import scrubkit
from scrubkit.batch import Batch
from scrubkit.cluster import DaskCluster
from scrubkit.media.atomic import is_temporary
from scrubkit.media.metadata import verify_clean
from scrubkit.media.sniff import sniff_format
from scrubkit.types import Result
from tests.conftest import shared

distributed = pytest.importorskip("distributed", reason="the cluster extra is not installed: pip install 'scrubkit[cluster]'")

PHOTOS = 8


def loopback_up() -> None:
    """Tests run in a fresh network namespace (unshare -rn) where even loopback starts down; the
    local cluster talks over 127.0.0.1, so bring `lo` up there (it is already up everywhere else)."""
    SIOCGIFFLAGS, SIOCSIFFLAGS, IFF_UP = 0x8913, 0x8914, 0x1
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        flags = struct.unpack("16sH22x", fcntl.ioctl(s, SIOCGIFFLAGS, struct.pack("16sH22x", b"lo", 0)))[1]
        if not flags & IFF_UP:
            fcntl.ioctl(s, SIOCSIFFLAGS, struct.pack("16sH22x", b"lo", flags | IFF_UP))


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    """2 worker processes of 1 thread each, listening on 127.0.0.1 only."""
    from distributed import Client, LocalCluster

    loopback_up()
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0",
        env={"SCRUBKIT_MODEL_THREADS": "1"},
    ) as local, Client(local) as client:
        yield client


@pytest.fixture
def photos(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for path in sorted(shared("faces-groups", "images").iterdir())[:PHOTOS]:
        shutil.copy(path, src / path.name)
    return src


def test_a_worker_killed_mid_run_loses_no_file_and_writes_none_twice(cluster: object, photos: Path, tmp_path: Path) -> None:
    client = cluster
    out = tmp_path / "out"
    killed: list[int] = []

    def kill_one_worker(result: Result, done: int, total: int) -> None:
        if not killed:  # after the first file: the other worker is busy with one
            pid = next(iter(client.run(os.getpid).values()))  # type: ignore[attr-defined]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    results = scrubkit.scrub_folder(photos, out, "standard", cluster=client, progress=kill_one_worker)
    assert killed
    assert [r.status for r in results] == ["clean"] * PHOTOS, [r.reason for r in results]
    written = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert written == sorted(p.name for p in photos.iterdir())  # each output once, no stray temp files
    assert not [p for p in out.rglob("*") if is_temporary(p.name)]
    for path in out.glob("*.jpg"):
        data = path.read_bytes()
        verify_clean(data, sniff_format(data))  # raises if a privacy tag were left
    assert any(r.regions for r in results)
    # the manifest lives with the client: a second run redoes nothing
    assert Batch(photos, out, "standard").todo == []


def test_an_unreachable_scheduler_is_one_clear_error(photos: Path, tmp_path: Path) -> None:
    with pytest.raises(scrubkit.ScrubError, match="cannot reach the Dask scheduler"):
        scrubkit.scrub_folder(photos, tmp_path / "out", "metadata-only", executor=DaskCluster("tcp://127.0.0.1:9"))


def test_the_command_line_runs_on_a_cluster_by_its_address(cluster: object, photos: Path, tmp_path: Path) -> None:
    """`scrubkit clean --cluster ADDRESS` connects its own client (no default client in that process)."""
    address = cluster.scheduler.address  # type: ignore[attr-defined]
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "scrubkit_cli", "clean", str(photos), "--out", str(out), "--policy", "metadata-only",
         "--cluster", address],
        capture_output=True, text=True,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    assert sorted(p.name for p in out.glob("*.jpg")) == sorted(p.name for p in photos.iterdir())
