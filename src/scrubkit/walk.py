"""Which files of a folder tree a batch reads, and the reason for every path it does not read.

Read: regular files, also through a link to a file (wherever the link points: the tree is yours).
Not read, each with a reason: hidden files and folders (a name starting with "."), links to folders
(never followed: no loops, no surprise trees), links to nothing, pipes, devices and sockets (a pipe
would block, /dev/zero would never end), and folders that cannot be listed. Files the operating
system leaves behind (.DS_Store, Thumbs.db, desktop.ini) are counted, not named one by one; and
scrubkit's own files in an output folder (.scrubkit-*, a review.html beside a manifest, temp files)
are left out silently.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from scrubkit.manifest import MANIFEST_NAME
from scrubkit.media.atomic import is_temporary
from scrubkit.types import Result

#: files that operating systems leave in folders; never photos, counted but not named
IGNORED_NAMES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})
#: the review page scrubkit writes beside its manifest (an output, never an input)
REVIEW_NAME = "review.html"
#: the start of the names of scrubkit's own files and folders in an output folder
OWN_PREFIX = ".scrubkit"


@dataclass
class Walk:
    """The regular files to read, the paths not read (a Result each), and how many system files.

    A path left out by rule (hidden, a link to a folder, a pipe or device) is "skipped"; one that
    could not be read (a folder that cannot be listed, a broken link) is "failed": it may hold photos.
    """

    files: list[Path] = field(default_factory=list)
    not_read: list[Result] = field(default_factory=list)
    system_files: int = 0

    def leave_out(self, path: Path, reason: str, failed: bool = False) -> None:
        self.not_read.append(Result(path, None, "failed" if failed else "skipped", reason=reason))


def walk(root: Path) -> Walk:
    found = Walk()

    def unreadable(error: OSError) -> None:
        found.leave_out(Path(error.filename), f"cannot read this folder ({error.strerror}): nothing in it was cleaned", True)

    for folder, subfolders, names in os.walk(root, onerror=unreadable, followlinks=False):
        here = Path(folder)
        kept = []
        for name in subfolders:
            reason = _folder_not_read(here / name)
            if reason:
                found.leave_out(here / name, reason)
            elif not name.startswith(OWN_PREFIX):
                kept.append(name)
        subfolders[:] = kept
        ours = {REVIEW_NAME} if MANIFEST_NAME in names else set()
        for name in names:
            if name in IGNORED_NAMES:
                found.system_files += 1
            elif name in ours or name.startswith(OWN_PREFIX) or is_temporary(name):
                continue
            elif name.startswith("."):
                found.leave_out(here / name, "hidden file (its name starts with '.'): not read; rename it to include it")
            elif reason := not_regular(here / name):
                found.leave_out(here / name, reason, failed=reason.startswith("cannot read"))
            else:
                found.files.append(here / name)
    return found


def _folder_not_read(path: Path) -> str | None:
    if path.is_symlink():
        return "link to a folder: not followed (copy the folder in to include it)"
    if path.name.startswith(".") and not path.name.startswith(OWN_PREFIX):
        return "hidden folder (its name starts with '.'): not read, nor anything in it"
    return None


def not_regular(path: Path) -> str | None:
    """Why `path` (a link is followed) is not a regular file that can be read, or None."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "cannot read: link to nothing (its target does not exist)" if path.is_symlink() else "cannot read: vanished"
    except OSError as e:
        return f"cannot read: {e.strerror or e}"
    if stat.S_ISREG(mode):
        return None
    return "not a regular file (a pipe, device or socket): not read"
