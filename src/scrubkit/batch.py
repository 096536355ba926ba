"""scrub_folder: plan one task per file of a tree, run them, report every input's outcome."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from scrubkit.errors import UsageError
from scrubkit.pipeline import scrub_image
from scrubkit.policy import Policy
from scrubkit.types import Result

#: files that operating systems leave in folders; never photos, never reported
IGNORED_NAMES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})

Progress = Callable[[Result, int, int], None]


@dataclass(frozen=True)
class Task:
    """One input file and where its clean copy goes."""

    src: Path
    dst: Path


def plan(src: str | Path, dst: str | Path) -> list[Task]:
    """Mirror `src` (a file or a folder tree) into `dst`; refuse plans that could touch the input."""
    src, dst = Path(src), Path(dst)
    if not src.exists() and not src.is_symlink():
        raise UsageError(f"{src}: no such file or folder")
    if src.is_file():
        target = dst / src.name if dst.is_dir() else dst
        return [Task(src, target)]
    src_real, dst_real = src.resolve(), dst.resolve()
    if dst_real == src_real or src_real in dst_real.parents:
        raise UsageError(f"output folder {dst} is inside the input folder {src}; choose a folder outside it")
    return [Task(path, dst / path.relative_to(src)) for path in sorted(iter_files(src))]


def iter_files(root: Path) -> Iterator[Path]:
    """Every file below root. Links to folders are not followed (no loops); links to files are."""
    for folder, subfolders, files in os.walk(root, followlinks=False):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        for name in files:
            if name not in IGNORED_NAMES and not name.startswith("."):
                yield Path(folder) / name


def scrub_folder(
    src: str | Path,
    dst: str | Path,
    policy: Policy | str | None = None,
    *,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> list[Result]:
    """Scrub every file under `src` into the mirror tree `dst`; originals are only read.

    Returns one Result per input file, in path order. `progress(result, done, total)` is called
    after each file.
    """
    policy = Policy.load(policy)
    tasks = plan(src, dst)
    results: list[Result] = []
    for task in tasks:
        result = scrub_image(task.src, task.dst, policy, overwrite=overwrite)
        results.append(result)
        if progress:
            progress(result, len(results), len(tasks))
    return results
