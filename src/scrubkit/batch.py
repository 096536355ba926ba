"""scrub_folder: plan one task per file of a tree, skip what an earlier run finished, run the rest on an
executor (a process pool by default), record each outcome in the resume manifest as it arrives.

The unit of work is `run_task(task, policy) -> Result`, a pure function of its arguments (it calls
`scrub_file`, for photos and videos). Anything that can map it over tasks and hand back results as they
finish is an Executor: `InProcess`, `ProcessPool`, or one built on a distributed engine (see docs/batches.md).
"""

from __future__ import annotations

import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Protocol

from scrubkit.dispatch import output_name, scrub_file
from scrubkit.durable import Syncer
from scrubkit.edits import Edits, EditsStore
from scrubkit.errors import UsageError
from scrubkit.lock import FolderLock
from scrubkit.manifest import (
    MANIFEST_NAME,
    Manifest,
    policy_fingerprint,
    result_from_json,
)
from scrubkit.media.atomic import is_temporary
from scrubkit.naming import NamesFile, Renamer, RenameScheme, check_names_place
from scrubkit.paths import check_output_folder, inside, same_file
from scrubkit.policy import Policy
from scrubkit.postfile import is_caption, scrub_caption_file
from scrubkit.runtime import share_cores
from scrubkit.types import Result
from scrubkit.walk import REVIEW_NAME as REVIEW_NAME  # where review.py and callers have found it
from scrubkit.walk import Walk, not_regular, walk

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

Progress = Callable[[Result, int, int], None]


@dataclass(frozen=True)
class Task:
    """One input file and where its clean copy goes.

    `key` names the task in the resume manifest (the output's path inside the output folder);
    `overwrite` lets the task replace an existing output (asked for, or written by scrubkit before).
    A caption task (a .txt beside photos: a post) carries its post's cleaned photos in `photos`.
    """

    src: Path
    dst: Path
    key: str = ""
    overwrite: bool = False
    caption: bool = False
    photos: tuple[Path, ...] = ()
    #: a reviewer's edits to this output, kept from earlier review (scrubkit.edits)
    edits: Edits | None = None


def run_task(task: Task, policy: Policy) -> Result:
    """The unit of work: pure, picklable, safe to run in any process or on any machine.

    Outputs are not synced here: the manifest has each one synced as it records it, and waits for
    those before it syncs its records (durable.py), so a power cut can only cost work, never a
    recorded file.
    """
    if task.caption:
        return scrub_caption_file(task.src, task.dst, task.photos, policy, overwrite=task.overwrite)
    return scrub_file(task.src, task.dst, policy, overwrite=task.overwrite, durable=False, edits=task.edits)


def plan(src: str | Path, dst: str | Path, files: list[Path] | None = None) -> list[Task]:
    """Mirror `src` (a file or a folder tree) into `dst`; refuse plans that could touch the input.

    `files` are the regular files of the tree (walk.walk), found here when not given.
    """
    src, dst = Path(src), Path(dst)
    if not src.exists() and not src.is_symlink():
        raise UsageError(f"{src}: no such file or folder")
    if not src.is_file() and not src.is_dir():
        raise UsageError(f"{src}: {not_regular(src) or 'not a file or folder'}")
    if src.is_file():
        if reason := not_regular(src):
            raise UsageError(f"{src}: {reason}")
        target = dst / output_name(src, Path(src.name)) if dst.is_dir() else dst
        if same_file(src, target):
            raise UsageError(f"the output {target} would overwrite the original; choose another output path")
        return [Task(src, target, target.name)]
    src_real, dst_real = src.resolve(), dst.resolve()
    if inside(dst_real, src_real) or inside(src_real, dst_real):
        raise UsageError(
            f"output folder {dst} is inside the input folder {src}, or contains it; "
            "choose an output folder outside the input"
        )
    tasks = []
    folders: dict[Path, Path] = {}  # output folder -> resolved, found once for all its files
    for path in sorted(walk(src).files if files is None else files):
        rel = output_name(path, path.relative_to(src))
        task = Task(path, dst / rel, rel.as_posix(), caption=is_caption(path))
        folder = task.dst.parent
        if folder not in folders:
            folders[folder] = folder.resolve()
        # a link where the output goes is followed; otherwise its place is its resolved folder's
        resolved = task.dst.resolve() if task.dst.is_symlink() else folders[folder] / task.dst.name
        if inside(resolved, src_real):
            raise UsageError(
                f"the output {task.dst} resolves inside the input folder {src} (a link in the output folder?); "
                "choose an output folder without links into the input"
            )
        tasks.append(task)
    return tasks


class Executor(Protocol):
    """Runs `run_task` over tasks and yields (task, result) as each finishes, in any order.

    Closing the iterator early (Ctrl-C, an error in the caller) must stop the work in progress.
    """

    def map(self, tasks: Sequence[Task], policy: Policy) -> Iterator[tuple[Task, Result]]: ...


class InProcess:
    """One task at a time in this process: no start-up cost, models load once here."""

    def map(self, tasks: Sequence[Task], policy: Policy) -> Iterator[tuple[Task, Result]]:
        for task in tasks:
            yield task, run_task(task, policy)


class ProcessPool:
    """`jobs` worker processes, each loading its models once and keeping them for the whole batch.

    A worker that dies (killed, out of memory, a crash in native code) breaks the pool. Every file
    then in flight is a suspect and is tried again alone in a fresh worker: only a file that kills a
    worker by itself is reported as failed, and the rest of the batch goes on in a fresh pool.
    """

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs

    def map(self, tasks: Sequence[Task], policy: Policy) -> Iterator[tuple[Task, Result]]:
        queue = deque(tasks)
        while queue:
            before = len(queue)
            suspects = yield from self._run_pool(queue, policy, self.jobs)
            culprits = []
            for task in suspects:
                if (yield from self._run_pool(deque([task]), policy, 1)):
                    culprits.append(task)
            if culprits and len(culprits) == len(suspects) == before - len(queue):
                raise RuntimeError(
                    "worker processes die as they start; from a script, call scrub_folder under "
                    "`if __name__ == '__main__':`, or use jobs=1"
                )
            for task in culprits:
                yield task, Result(task.src, None, "failed", reason=(
                    "the worker process died while cleaning this file (out of memory, or a crash "
                    "in an image library); nothing was written for it"
                ))

    def _run_pool(self, queue: deque[Task], policy: Policy, workers: int) -> Iterator[tuple[Task, Result]]:
        """Run tasks from `queue` until it is empty or the pool breaks; return the tasks then in flight."""
        import multiprocessing  # imported here: an in-process (metadata-only) run never pays for them
        from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
        from concurrent.futures.process import BrokenProcessPool

        context = multiprocessing.get_context("spawn")  # no inherited threads or model sessions
        pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(os.getpid(), workers))
        running: dict[Future[Result], Task] = {}
        try:
            while queue or running:
                while queue and len(running) < 2 * workers:  # a small window keeps every worker busy
                    task = queue.popleft()
                    try:
                        with _children_ignore_ctrl_c():  # submit() is where the pool starts its workers
                            running[pool.submit(run_task, task, policy)] = task
                    except BrokenProcessPool:  # a worker died since the last wait()
                        return [task, *running.values()]
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in finished:
                    task = running.pop(future)
                    try:
                        result = future.result()
                    except BrokenProcessPool:
                        return [task, *running.values()]
                    yield task, result
            return []
        except BaseException:  # Ctrl-C, or the caller closed us: stop the workers now
            _terminate(pool)
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _terminate(pool: ProcessPoolExecutor) -> None:
    """Stop every worker at once. Outputs are written atomically, so a killed worker leaves at most a
    temp file, which the next run removes. (Python 3.14 has pool.terminate_workers().)"""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)


@contextmanager
def _children_ignore_ctrl_c() -> Iterator[None]:
    """Processes started inside this block cannot receive Ctrl-C until they choose to.

    The terminal sends SIGINT to the whole process group; a worker still starting (importing, before
    `_init_worker` ignores SIGINT) would die of it with a KeyboardInterrupt traceback on the user's
    screen. SIGINT is blocked, not ignored, in this thread: a blocked mask survives fork and exec, so
    the new worker never gets the signal, while the parent's own Ctrl-C is only held back until the
    block ends, never lost.
    """
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no process-group Ctrl-C of this kind
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _init_worker(parent: int, workers: int) -> None:
    """Workers share the cores, leave Ctrl-C to the parent, and die with it (Linux) instead of
    running on orphaned."""
    share_cores(workers)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform == "linux":
        import ctypes

        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:  # the parent died while this worker was starting
            os._exit(1)


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def make_executor(jobs: int | None, tasks: int, policy: Policy) -> Executor:
    """A process pool over `jobs` workers, or in-process when one would do: one job or one file, or
    by default (jobs None) a metadata-only batch. Stripping a photo's metadata costs less than
    sending it to a worker and its Result back (1000 photos on 2 cores: the pool used 1.9x the CPU
    time and took 1.3x as long), and a worker takes as long to start as a few hundred photos."""
    if jobs is None and not policy.touches_pixels:
        return InProcess()
    jobs = min(jobs or default_jobs(), tasks)
    return ProcessPool(jobs) if jobs > 1 else InProcess()


class Batch:
    """A planned folder run: which inputs an earlier run already finished, and which are left.

    Resume is automatic: an input is not redone when the output folder's manifest says it came out
    clean with the same policy and scrubkit version, and neither it nor its output changed since.
    """

    def __init__(
        self, src: str | Path, dst: str | Path, policy: Policy | str | None = None, *, overwrite: bool = False,
        rename: RenameScheme | None = None,
    ) -> None:
        self.policy = Policy.load(policy)
        self.src, self.dst = Path(src), Path(dst)
        self.folder_run = self.src.is_dir()
        walked = walk(self.src) if self.folder_run else Walk()
        self.tasks = plan(src, dst, walked.files)
        #: the paths of the tree not read, each a Result with the reason (walk.py)
        self.not_read = walked.not_read
        #: files the operating system leaves in folders (.DS_Store, ...): counted, not read
        self.system_files = walked.system_files
        #: each task's input named without an absolute path: its path in SRC, or its new name when renamed
        self.labels = {t.key: t.src.relative_to(self.src).as_posix() if self.folder_run else t.src.name for t in self.tasks}
        if self.folder_run:
            check_output_folder(self.dst)
            self.names = NamesFile.read(self.dst)
            check_names_place(self.names.path, self.src, self.dst)
            self._name_outputs(rename)
        elif rename:
            raise UsageError("renaming is for folders: give the single output file the name you want")
        self.fingerprint = policy_fingerprint(self.policy)
        self.overwrite = overwrite
        self._resume()

    def _name_outputs(self, rename: RenameScheme | None) -> None:
        """Rename the outputs (naming.py) and note every output's original in the names file."""
        if rename is None and self.names.scheme and self.names.files:
            raise UsageError(f"earlier runs into {self.dst} renamed the outputs ({self.names.scheme}): "
                             f"use --rename {self.names.scheme} again, or a new output folder")
        if rename and not self.names.files and (self.dst / MANIFEST_NAME).exists():
            raise UsageError(f"{self.dst} holds an earlier run's outputs but not the names file {self.names.path} "
                             "that matches them to their originals; rename into a new output folder")
        renamer = Renamer(self.names, rename) if rename else None
        tasks, labels = [], {}
        for task in self.tasks:
            original = self.labels[task.key]
            if renamer:
                key = renamer.output(original, PurePosixPath(task.key).suffix)
                task = replace(task, dst=self.dst / key, key=key)
            tasks.append(task)
            labels[task.key] = task.key if renamer else original
            self.names.files[task.key] = original
        self.tasks, self.labels = tasks, labels
        self.names.source, self.names.scheme = str(self.src.resolve()), rename

    def _resume(self) -> None:
        """Read the manifest: which inputs an earlier run finished (`results`), which are left (`todo`)."""
        self.manifest = Manifest(self.dst) if self.folder_run else None
        #: every input's Result by its path in the batch (Task.key): resumed ones now, the rest as they finish
        self.results: dict[str, Result] = {}
        self.todo: list[Task] = []
        ours = self.manifest.ours if self.manifest else set()
        edits = EditsStore(self.dst) if self.folder_run else None
        for task in self.tasks:
            if edits and task.key in edits.files:
                task = replace(task, edits=edits.get(task.key))
            done = self.manifest.done.get(task.key) if self.manifest and not task.caption else None
            if done is not None and done.reusable(task.src, task.dst, self.fingerprint):
                reused = result_from_json(done.result)
                reused.source, reused.output = task.src, task.dst
                self.results[task.key] = reused
            else:
                overwrite = self.overwrite or task.key in ours
                self.todo.append(task if task.overwrite == overwrite else replace(task, overwrite=overwrite))

    @property
    def resumed(self) -> int:
        """How many inputs an earlier run already finished."""
        return len(self.tasks) - len(self.todo)

    def run(
        self, *, jobs: int | None = None, progress: Progress | None = None, executor: Executor | None = None
    ) -> list[Result]:
        """Process what is left; returns one Result per input (resumed ones included), in path order.

        `progress(result, done, total)` is called after each file processed by this run. A folder
        run holds the output folder's lock (lock.py) throughout: UsageError if another run holds it.
        """
        if not self.manifest:
            return self._run_all(jobs, progress, executor)
        with FolderLock(self.dst):
            self._resume()  # another run may have finished files since this batch was planned
            self.names.write()
            return self._run_all(jobs, progress, executor)

    def _run_all(self, jobs: int | None, progress: Progress | None, executor: Executor | None) -> list[Result]:
        if self.manifest:
            remove_stray_temp_files(self.dst)
            ours = self.manifest.ours
            self.manifest.claim([t.key for t in self.todo if t.key not in ours and (t.overwrite or not t.dst.exists())])
            # from now on these outputs are ours: a retry after a worker crash may replace them
            self.todo = [t if t.overwrite or t.key not in self.manifest.ours else replace(t, overwrite=True) for t in self.todo]
        images = [t for t in self.todo if not t.caption]
        try:
            self._run(images, executor or make_executor(jobs, len(images), self.policy), progress)
            # captions last: the named-child rule looks at the post's photos as they were cleaned
            captions = [replace(t, photos=self._clean_photos_beside(t)) for t in self.todo if t.caption]
            self._run(captions, executor or InProcess(), progress)
        finally:  # every worker has stopped: sweep what crashed or stopped ones were writing
            if self.manifest:
                remove_stray_temp_files(self.dst)
                self.manifest.close()  # syncs the outputs, then the records
            else:
                self._sync_outputs()
        return sorted([*(self.results[t.key] for t in self.tasks), *self.not_read], key=lambda r: r.source)

    def _sync_outputs(self) -> None:
        """A run without a manifest (one file) still leaves its output on the disk when it returns."""
        syncer = Syncer(self.dst.parent)
        try:
            for result in self.results.values():
                if result.status == "clean" and result.output is not None:
                    syncer.add(result.output)
            syncer.flush()
        except OSError as e:
            raise UsageError(f"cannot make the output durable on the disk: {e.strerror or e}") from None

    def _run(self, tasks: list[Task], executor: Executor, progress: Progress | None) -> None:
        if not tasks:
            return
        with closing(executor.map(tasks, self.policy)) as finished:  # type: ignore[type-var]
            for task, result in finished:
                if result.status != "clean" and task.overwrite:
                    remove_earlier_output(task, result)
                if self.manifest:
                    self.manifest.record(task.key, result, self.fingerprint, self.policy.name, self.labels[task.key])
                self.results[task.key] = result
                if progress:
                    progress(result, len(self.results) - self.resumed, len(self.todo))

    def _clean_photos_beside(self, caption: Task) -> tuple[Path, ...]:
        """The cleaned outputs of the photos in the caption's folder (its post)."""
        return tuple(
            t.dst for t in self.tasks
            if not t.caption and t.src.parent == caption.src.parent and self.results[t.key].status == "clean"
        )


def remove_earlier_output(task: Task, result: Result) -> None:
    """A file that ends a run not clean keeps no output from an earlier run: that output was made
    under another policy or from another version of the input, and may show what this run would
    have covered. Called only for outputs scrubkit may replace (its own, or --overwrite)."""
    try:
        if not task.dst.is_file() or task.dst.samefile(task.src):
            return
        task.dst.unlink()
    except OSError as e:
        result.status = "failed"
        result.reason = (f"{result.reason}; the output an earlier run left at {task.dst} could not be removed "
                         f"({e.strerror or e}): delete it before sharing the folder")
        return
    result.reason = f"{result.reason}; the output an earlier run left at {task.dst} was removed"


def remove_stray_temp_files(dst: Path) -> list[Path]:
    """Delete the temp files that workers killed mid-write left in `dst` (never a finished output)."""
    removed = []
    for folder, _, files in os.walk(dst):
        for name in files:
            if is_temporary(name):
                path = Path(folder) / name
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


def scrub_folder(
    src: str | Path,
    dst: str | Path,
    policy: Policy | str | None = None,
    *,
    overwrite: bool = False,
    progress: Progress | None = None,
    jobs: int | None = None,
    executor: Executor | None = None,
    rename: RenameScheme | None = None,
    cluster: object | None = None,
) -> list[Result]:
    """Scrub every file under `src` into the mirror tree `dst`; originals are only read.

    Returns one Result per input file, in path order. Runs on `jobs` processes (default: every
    core) unless an `executor` is given, or on a Dask `cluster` (a scheduler address such as
    "tcp://host:8786", or a connected distributed.Client; see docs/batches.md). An interrupted run
    called again continues where it stopped (see Batch). `progress(result, done, total)` is called
    after each file this call processes. `rename` ("sequential" or "hash") gives the outputs neutral
    names (naming.py).
    """
    if cluster is not None:
        from scrubkit.cluster import DaskCluster

        executor = DaskCluster(cluster)  # type: ignore[arg-type]
    batch = Batch(src, dst, policy, overwrite=overwrite, rename=rename)
    return batch.run(jobs=jobs, progress=progress, executor=executor)
