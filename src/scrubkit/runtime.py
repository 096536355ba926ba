"""How this process runs its models: how many threads one model may use, and memory reuse.

A batch with N worker processes on C cores gives each worker C // N threads (batch.py sets
SCRUBKIT_MODEL_THREADS in each worker); left unset, the libraries use every core, which is right for
a single process and oversubscribes the machine when several workers each do the same.
"""

from __future__ import annotations

import functools
import os
import sys

THREADS_VARIABLE = "SCRUBKIT_MODEL_THREADS"


def model_threads() -> int:
    """Threads for one model's inference; 0 means the library's own default (all cores)."""
    value = os.environ.get(THREADS_VARIABLE, "")
    return max(1, int(value)) if value.isdigit() else 0


def share_cores(workers: int) -> None:
    """Called in each of `workers` processes before any model loads."""
    os.environ[THREADS_VARIABLE] = str(max(1, (os.cpu_count() or 1) // max(1, workers)))


#: glibc's mallopt parameters (malloc.h)
_M_TRIM_THRESHOLD, _M_MMAP_MAX = -1, -4


@functools.cache
def keep_freed_memory() -> None:
    """Have this process reuse the memory it frees instead of handing it back to the system (glibc).

    The detectors allocate and free large arrays for every photo (one 2560 x 1440 OCR read holds
    activations of a few hundred MB). glibc serves each block over 32 MB with its own mmap and
    unmaps it when freed, so every photo paid the kernel to map and zero those pages again: 14% of
    strict's CPU time and 6% of standard's was the kernel's. Kept in the heap, the pages are
    reused. The price: the process's memory stays near its peak between photos (peak RSS +10 MB
    standard, +210 MB strict). Called once pixels are to be covered, so a metadata-only run keeps
    glibc's defaults; a no-op where malloc is not glibc's.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    mallopt(_M_MMAP_MAX, 0)  # every block from the heap, where freed pages stay mapped
    mallopt(_M_TRIM_THRESHOLD, 2**31 - 1)  # and the heap's free top is not returned either
