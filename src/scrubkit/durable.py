"""Outputs on the disk before the manifest says they are done, without a global `os.sync()`.

A batch writes its outputs unsynced (a sync per file as it is written would serialise a fast
batch on the disk's flushes). `Syncer` collects the finished outputs; `flush()` fsyncs them and
the folders that gained entries (a rename into place is only durable once its folder is) all at
once on a few threads, after which the caller may sync its own records.

Many fsyncs in flight at once cost about what one `os.sync()` does (the file system commits them
together), where one after another they cost a disk flush each. And unlike `os.sync()`, nothing
outside the batch's own files is flushed or waited for: not another program's writes, not a slow
USB stick or network mount on the same machine.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

#: fsyncs in flight at once; the file system groups them into few commits
THREADS = 16
#: a file opened read-only can be fsynced on POSIX; Windows wants write access (and has no folder fsync)
_OPEN_FLAGS = os.O_RDONLY if os.name == "posix" else os.O_RDWR


class Syncer:
    """Files added since the last `flush()`, and their folders, made durable by `flush()`."""

    def __init__(self, root: Path) -> None:
        #: the folder the files are in or under
        self.root = root
        self._files: list[Path] = []
        #: folders that gained entries since the last flush; root may be new, so it and its parent at first
        self._folders: set[Path] = {root, root.parent}

    def add(self, path: Path) -> None:
        """`path` (a file in or under root) is to be made durable at the next `flush()`."""
        self._files.append(path)
        folder = path.parent
        while folder not in self._folders:  # its folder, and each one up to root (new ones hold new entries)
            self._folders.add(folder)
            if folder == self.root or self.root not in folder.parents:
                break
            folder = folder.parent

    def flush(self) -> None:
        """Sync every file added since the last flush and the folders that gained entries.

        Raises the first OSError a sync met (the disk refused: the files may not be durable).
        """
        files, self._files = self._files, []
        folders, self._folders = self._folders, set()
        if os.name != "posix":  # Windows cannot open a folder to fsync it; NTFS journals the renames
            folders = set()
        _fsync_all([(path, _OPEN_FLAGS) for path in files] + [(folder, os.O_RDONLY) for folder in folders])


def _fsync_all(items: list[tuple[Path, int]]) -> None:
    """fsync each (path, open flags) on up to THREADS threads (fsync lets go of the GIL); raise the
    first error. A file or folder removed since (by the user) is skipped: the next run redoes it."""
    queue: Iterator[tuple[Path, int]] = iter(items)
    lock = threading.Lock()
    errors: list[OSError] = []

    def work() -> None:
        while True:
            with lock:
                item = next(queue, None)
            if item is None:
                return
            try:
                _fsync(*item)
            except FileNotFoundError:
                pass
            except OSError as e:
                errors.append(e)

    threads = [threading.Thread(target=work, name="scrubkit-fsync") for _ in range(min(THREADS, len(items) - 1))]
    for thread in threads:
        thread.start()
    work()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


def _fsync(path: Path, flags: int) -> None:
    descriptor = os.open(path, flags)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
