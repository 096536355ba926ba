"""DaskCluster: a batch Executor that runs the unit of work on a Dask distributed cluster.

The client (the process calling scrub_folder) keeps the plan, the resume manifest, progress and the
review page; workers only run `run_task` on one file at a time and hand back its Result. Inputs and
outputs are paths, so every worker must see the same files at the same paths (shared storage), and
must have scrubkit (same version) installed: see docs/batches.md.

A worker that dies mid-file is no loss: the scheduler sends its unfinished tasks to another worker,
and outputs are written atomically, so at most a temp file is left (the batch sweeps those). A file
that keeps killing the workers it runs on is reported failed, like in the process pool.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from scrubkit.batch import Task, run_task
from scrubkit.errors import UsageError
from scrubkit.pipeline import scrub_image
from scrubkit.policy import Policy
from scrubkit.postfile import scrub_caption_file
from scrubkit.runtime import THREADS_VARIABLE
from scrubkit.types import Result

if TYPE_CHECKING:
    from distributed import Client

#: tasks in flight per worker thread: enough to keep every worker busy, few enough that a lost
#: worker costs little
WINDOW_PER_THREAD = 2
#: how long to wait for the scheduler before giving up with a clear message
CONNECT_TIMEOUT = "10s"


class DaskCluster:
    """Runs a batch on the Dask cluster whose scheduler is at `address` ("tcp://host:8786"), or on
    an already connected `distributed.Client`.

    Needs the `cluster` extra (`pip install 'scrubkit[cluster]'`) on the client and every worker.
    """

    def __init__(self, address: str | Client) -> None:
        self.address = address

    def map(self, tasks: Sequence[Task], policy: Policy) -> Iterator[tuple[Task, Result]]:
        from distributed import as_completed

        client, owned = self._client()
        by_future: dict[object, Task] = {}
        try:
            window = WINDOW_PER_THREAD * max(1, sum(client.nthreads().values()))
            pending = iter(tasks)
            for task in _take(pending, window):
                by_future[client.submit(run_on_worker, task, policy, pure=False)] = task
            if not by_future:
                return
            running = as_completed(list(by_future), loop=client.loop)  # this client, not a default one
            for future in running:
                task = by_future.pop(future)
                yield task, _result_of(future, task)
                for more in _take(pending, 1):
                    next_future = client.submit(run_on_worker, more, policy, pure=False)
                    by_future[next_future] = more
                    running.add(next_future)
        finally:  # also on Ctrl-C or an early close: nothing of this batch keeps running
            client.cancel(list(by_future))
            if owned:
                client.close()

    def _client(self) -> tuple[Client, bool]:
        try:
            from distributed import Client
        except ImportError:
            raise UsageError("running on a cluster needs Dask: pip install 'scrubkit[cluster]'") from None
        if isinstance(self.address, Client):
            return self.address, False
        try:
            return Client(self.address, timeout=CONNECT_TIMEOUT, set_as_default=False), True
        except (OSError, TimeoutError) as e:
            raise UsageError(f"cannot reach the Dask scheduler at {self.address}: {e}") from None


def run_on_worker(task: Task, policy: Policy) -> Result:
    """`run_task` on a cluster worker: models share the worker machine's cores between the worker's
    threads, and each output is synced to disk before the Result goes back (the client's own disk
    sync cannot reach another machine's writes)."""
    if THREADS_VARIABLE not in os.environ:
        from distributed import get_worker

        threads = get_worker().state.nthreads
        os.environ[THREADS_VARIABLE] = str(max(1, (os.cpu_count() or 1) // max(1, threads)))
    if task.caption:
        return scrub_caption_file(task.src, task.dst, task.photos, policy, overwrite=task.overwrite)
    return scrub_image(task.src, task.dst, policy, overwrite=task.overwrite, durable=True)


def _result_of(future: object, task: Task) -> Result:
    from distributed import KilledWorker

    try:
        return future.result()  # type: ignore[attr-defined]
    except KilledWorker:
        reason = ("the cluster workers running this file died each time (out of memory, or a crash in "
                  "an image library); nothing was written for it")
    except Exception as e:  # a worker-side error is this file's failure, not the batch's
        reason = f"the cluster could not run this file ({type(e).__name__}: {e}); nothing was written for it"
    return Result(task.src, None, "failed", reason=reason)


def _take(tasks: Iterator[Task], count: int) -> list[Task]:
    return [task for _, task in zip(range(count), tasks)]


__all__ = ["DaskCluster", "run_on_worker", "run_task"]
