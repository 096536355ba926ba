"""One run per output folder: an exclusive lock on OUT/.scrubkit-lock for the length of a run.

The lock is the operating system's (flock on Linux and macOS, a byte-range lock on Windows), not
the file's existence: it ends with the process that holds it, however that process ends. A run
killed by kill -9, a crash or a power cut leaves the file behind, and the file blocks nothing;
only a run that is still alive holds the lock. The file records the holder's process id, to name it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from scrubkit.errors import UsageError

LOCK_NAME = ".scrubkit-lock"


class FolderLock:
    """`with FolderLock(out): ...` — raises UsageError at once when another live run holds `out`."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / LOCK_NAME
        self._fd: int | None = None

    def __enter__(self) -> FolderLock:
        self.acquire()
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.release()

    def acquire(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            raise UsageError(f"cannot write to the output folder {self.path.parent}: {e.strerror or e}") from None
        try:
            _lock(fd)
        except OSError:
            holder = _holder(fd)
            os.close(fd)
            raise UsageError(
                f"another scrubkit run (process {holder}) is writing to {self.path.parent}; "
                "wait for it to finish, or choose another output folder"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        self._fd = fd

    def release(self) -> None:
        """Unlock; the file stays (removing it could let two runs lock two different files)."""
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the lock
            self._fd = None


def _holder(fd: int) -> str:
    try:
        return os.read(fd, 32).decode("ascii", "replace").strip() or "unknown"
    except OSError:  # Windows: the holder's locked byte cannot be read
        return "unknown"


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
