"""CPU time of `scrub_image` over the first photos of benchmarks/throughput.py's folder, models warm.

    PYTHONPATH=src:cli SCRUBKIT_MODEL_THREADS=1 .venv/bin/python benchmarks/warm_cpu.py strict 8

One process, one model thread (as each of a batch's default two workers runs); the models are loaded
on the first photo before the clock starts. Prints user and system CPU seconds (getrusage), peak RSS,
minor page faults, and a digest of every Result's regions and output file, so two code versions
(e.g. main unpacked with `git archive`, run with PYTHONPATH) can be shown to give identical outputs.
"""

from __future__ import annotations

import hashlib
import json
import resource
import shutil
import sys
import tempfile
from pathlib import Path

from throughput import assemble

from scrubkit.pipeline import scrub_image


def main(policy: str, count: int) -> None:
    work = Path(tempfile.mkdtemp())
    try:
        files = assemble(work / "in", count)
        scrub_image(files[0], work / "warm.jpg", policy, durable=False)
        before = resource.getrusage(resource.RUSAGE_SELF)
        results = [scrub_image(f, work / f"out_{f.name}", policy, durable=False) for f in files]
        after = resource.getrusage(resource.RUSAGE_SELF)
        digest = hashlib.sha256()
        for f, result in zip(files, results):
            digest.update(json.dumps([[*r.box, r.kind, round(r.score, 4)] for r in result.regions]).encode())
            out = work / f"out_{f.name}"
            digest.update(out.read_bytes() if out.exists() else b"")
        user, system = after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime
        print(f"{policy}, {count} photos: user {user:.2f} s, system {system:.2f} s, CPU {user + system:.2f} s, "
              f"peak RSS {after.ru_maxrss / 1024:.0f} MB, minor faults {after.ru_minflt - before.ru_minflt}, "
              f"outputs {digest.hexdigest()[:12]}, {sorted({r.status for r in results})}")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
