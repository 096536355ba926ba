"""Paths as a batch needs them: where one lies relative to another, and how to show one on one line."""

from __future__ import annotations

from pathlib import Path


def inside(path: Path, folder: Path) -> bool:
    """Is `path` `folder` itself or below it? (Both already resolved.)"""
    return path == folder or folder in path.parents


def same_file(a: Path, b: Path) -> bool:
    """Do two paths name one file (the same path, through a link, or a hard link)?"""
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False
