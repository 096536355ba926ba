"""durable.Syncer: what a batch relies on instead of os.sync() before it records outputs as done."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrubkit.durable import Syncer


def test_the_folders_that_gained_entries_are_synced_up_to_the_root_and_its_parent(tmp_path: Path) -> None:
    root = tmp_path / "out"
    deep = root / "2024" / "trip"
    deep.mkdir(parents=True)
    for name in ("a.jpg", "b.jpg"):
        (deep / name).write_bytes(b"x")
    syncer = Syncer(root)
    syncer.add(deep / "a.jpg")
    syncer.add(deep / "b.jpg")
    assert syncer._folders == {deep, deep.parent, root, tmp_path}  # new folders' entries are in their parents
    syncer.flush()
    assert syncer._folders == set()  # nothing gained entries since
    (root / "c.jpg").write_bytes(b"x")
    syncer.add(root / "c.jpg")
    assert syncer._folders == {root}


def test_a_file_removed_before_the_flush_is_skipped_and_a_refused_sync_is_raised(tmp_path: Path) -> None:
    syncer = Syncer(tmp_path)
    syncer.add(tmp_path / "gone.jpg")  # the user deleted it: the next run redoes it
    syncer.flush()
    blocker = tmp_path / "file"
    blocker.write_bytes(b"x")
    syncer.add(blocker / "inside.jpg")  # its "folder" is a file: the system refuses to open it
    with pytest.raises(NotADirectoryError):
        syncer.flush()


def test_many_files_are_synced_together(tmp_path: Path) -> None:
    syncer = Syncer(tmp_path)
    for i in range(50):
        path = tmp_path / f"{i}.jpg"
        path.write_bytes(bytes(1000))
        syncer.add(path)
    syncer.flush()  # 16 threads at once; raises if any sync failed
    assert syncer._files == []
