"""Paths as a batch needs them: where one lies relative to another, and how to show one on one line."""

from __future__ import annotations

import os
from pathlib import Path

from scrubkit.errors import UsageError


def inside(path: Path, folder: Path) -> bool:
    """Is `path` `folder` itself or below it? (Both already resolved.)"""
    return path == folder or folder in path.parents


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
