"""Paths as a batch needs them: where one lies relative to another, and how to show one on one line."""

from __future__ import annotations

import os
from pathlib import Path

from scrubkit.errors import UsageError


def inside(path: Path, folder: Path) -> bool:
    """Is `path` `folder` itself or below it? (Both already resolved; compared as strings, as
    pathlib compares them: a batch asks this of every file, and `path.parents` builds a Path per level.)"""
    here, there = os.path.normcase(path), os.path.normcase(folder)
    return here == there or here.startswith(there.rstrip(os.sep) + os.sep)


def same_file(a: Path, b: Path) -> bool:
    """Do two paths name one file (the same path, through a link, or a hard link)?"""
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def check_output_folder(folder: Path) -> None:
    """Create the output folder now, or refuse the run (a file in the way, a read-only disk, /proc)."""
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"the output {folder} exists and is not a folder; choose a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise UsageError(f"cannot create the output folder {folder}: {e.strerror or e}") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(f"cannot write to the output folder {folder} (read-only, or no permission)")


def check_new_file(path: Path, what: str) -> None:
    """Refuse now a file that a run would fail to write at its end (a folder, no such folder)."""
    if path.is_dir():
        raise UsageError(f"the {what} {path} is a folder; give a file name")
    folder = path.parent
    if not folder.is_dir():
        raise UsageError(f"the {what} {path} cannot be written: no folder {folder}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(f"the {what} {path} cannot be written: no permission to write in {folder}")


def printable(text: object) -> str:
    """`text` safe for one line of a terminal or log: control characters (newline, escape, ...)
    and bytes of a name that is not UTF-8 are shown as \\n, \\x1b, \\xe9 instead of acting."""
    out = []
    for char in str(text):
        code = ord(char)
        if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
            out.append(f"\\x{code - 0xDC00:02x}")
        elif code < 0x20 or 0x7F <= code < 0xA0 or 0xD800 <= code <= 0xDFFF or code in (0x2028, 0x2029):
            out.append(char.encode("unicode_escape").decode("ascii"))
        else:
            out.append(char)
    return "".join(out)
