"""Put a file in place atomically: readers see the old file or the whole new one, never a part."""

from __future__ import annotations

import os
import re
from contextlib import suppress
from pathlib import Path

#: ".NAME.<12 hex>.tmp": the temporary file atomic_write renames into place
_TEMPORARY = re.compile(r"^\..+\.[0-9a-f]{12}\.tmp$")

_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
#: file data and size reach the disk before the rename; fdatasync skips the timestamps fsync also writes
_sync = getattr(os, "fdatasync", os.fsync)


def atomic_write(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write `data` to `path` so that readers see the old file or the whole new one, never a part.

    A temporary file in the same folder is written (and, when `durable`, synced to disk), then
    renamed over `path`; it is removed on any error. Parent folders are created. The file gets the
    usual umask permissions. A batch passes durable=False and has its outputs synced together
    before it records them as done (durable.py): one sync after another costs more than cleaning
    a photo's metadata.
    """
    path = Path(path)
    temporary = temporary_path(path)
    try:
        try:
            descriptor = os.open(temporary, _CREATE, 0o666)
        except FileNotFoundError:  # a missing folder: made here (checked only then: a batch writes many files to each)
            path.parent.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(temporary, _CREATE, 0o666)
        try:
            left = memoryview(data)
            while left:
                left = left[os.write(descriptor, left) :]
            if durable:
                _sync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temporary, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def temporary_path(path: Path) -> Path:
    """A fresh temporary name beside `path` (for writers that must write to a file themselves, e.g. video)."""
    return path.with_name(f".{path.name}.{os.urandom(6).hex()}.tmp")  # matches _TEMPORARY


def is_temporary(name: str) -> bool:
    """Is `name` a temporary file of atomic_write, left behind by a process killed mid-write?"""
    return bool(_TEMPORARY.match(name))
