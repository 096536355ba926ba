"""How many threads one model may use in this process.

A batch with N worker processes on C cores gives each worker C // N threads (batch.py sets
SCRUBKIT_MODEL_THREADS in each worker); left unset, the libraries use every core, which is right for
a single process and oversubscribes the machine when several workers each do the same.
"""

from __future__ import annotations

import os

THREADS_VARIABLE = "SCRUBKIT_MODEL_THREADS"


def model_threads() -> int:
    """Threads for one model's inference; 0 means the library's own default (all cores)."""
    value = os.environ.get(THREADS_VARIABLE, "")
    return max(1, int(value)) if value.isdigit() else 0


def share_cores(workers: int) -> None:
    """Called in each of `workers` processes before any model loads."""
    os.environ[THREADS_VARIABLE] = str(max(1, (os.cpu_count() or 1) // max(1, workers)))
