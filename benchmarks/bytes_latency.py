"""Warm latency of the in-memory API: scrubkit.scrub_bytes per photo, models already loaded.

    .venv/bin/python benchmarks/bytes_latency.py [--photos 12] [--policy standard]

Photos from ../shared/data (faces-groups, text-icdar15, metadata JPEGs, taken in turn); the first
call loads the models and is reported apart. Prints the median and the slowest warm call.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import scrubkit

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=12)
    parser.add_argument("--policy", default="standard")
    args = parser.parse_args()
    pools = [sorted((DATA / name).rglob("*.jpg")) for name in ("faces-groups", "text-icdar15", "metadata")]
    photos = [pool[i] for i in range(args.photos) for pool in pools][: args.photos]
    start = time.perf_counter()
    scrubkit.scrub_bytes(photos[0].read_bytes(), policy=args.policy)
    cold = time.perf_counter() - start
    warm = []
    for path in photos:
        data = path.read_bytes()
        start = time.perf_counter()
        cleaned, result = scrubkit.scrub_bytes(data, policy=args.policy)
        warm.append(time.perf_counter() - start)
        assert cleaned is not None, result.reason
    print(f"{args.policy}: first call {cold:.2f} s (models load); warm median {statistics.median(warm):.2f} s, "
          f"slowest {max(warm):.2f} s over {len(warm)} photos")


if __name__ == "__main__":
    main()
