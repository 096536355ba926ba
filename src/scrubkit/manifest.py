"""The resume manifest: an append-only record, in the output folder, of what a batch has finished.

DST/.scrubkit-manifest.jsonl holds one JSON object per line, each handed to the OS with a single
write(), so a crash or `kill -9` loses at most the line being written (a torn last line is ignored
on reading). Claims are fsynced before any work starts; "done" lines at least every SYNC_SECONDS
and at the end, each time after the outputs they record (durable.Syncer fsyncs those, then their
folders), so a power cut costs at most the last second's records: those files are
redone (their outputs are claimed, so they may be replaced), never lost or duplicated. Two kinds of line:

- ``{"event": "claim", "output": "a/b.jpg"}`` — a run is about to write this output, which did not
  exist when the run started. Whatever appears there later was written by scrubkit, so a resumed run
  may replace it instead of refusing it as "already exists".
- ``{"event": "done", "path": "a/b.jpg", "source": ..., "origin": ..., "size": ..., "mtime_ns": ..., "status": ...,
  "policy": ..., "fingerprint": ..., "scrubkit": ..., "output_size": ..., "result": {report entry}}``
  — one input finished. A later run with the same policy fingerprint and scrubkit version reuses a
  "clean" record while the input's size and mtime and the output's size are unchanged; failed and
  skipped inputs are always tried again (they are cheap, and a failure may have been transient).

The last "done" line for a path wins, so the manifest also rebuilds the whole batch's results for the
report and the review page after any number of resumed runs.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TextIO

from scrubkit._version import __version__
from scrubkit.durable import Syncer
from scrubkit.errors import UsageError
from scrubkit.naming import NamesFile
from scrubkit.policy import Policy
from scrubkit.types import Region, Result

MANIFEST_NAME = ".scrubkit-manifest.jsonl"
#: json.dumps(entry, ensure_ascii=False), without building an encoder for each line
_to_json = json.JSONEncoder(ensure_ascii=False).encode
#: "done" lines reach the disk at least this often (fsync per file would serialise a fast batch)
SYNC_SECONDS = 1.0


def policy_fingerprint(policy: Policy) -> str:
    """A short hash of every field that changes the output (the policy's name does not)."""
    fields = {k: v for k, v in asdict(policy).items() if k != "name"}
    text = json.dumps(fields, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Done:
    """One "done" line: an input's identity when it was processed and its outcome."""

    path: str
    size: int
    mtime_ns: int
    fingerprint: str
    policy: str
    version: str
    output: str | None
    output_size: int | None
    result: dict[str, Any]
    #: the input's path, for re-rendering an output after a reviewer's edit (from the names file,
    #: outside the output folder: the manifest itself holds no absolute path)
    origin: str | None = None

    def reusable(self, src: Path, dst: Path, fingerprint: str) -> bool:
        """True when `src` -> `dst` need not be redone: same input, policy, version; output intact."""
        if self.result.get("status") != "clean" or (self.fingerprint, self.version) != (fingerprint, __version__):
            return False
        try:
            st = src.stat()
            return (st.st_size, st.st_mtime_ns) == (self.size, self.mtime_ns) and dst.stat().st_size == self.output_size
        except OSError:
            return False


class Manifest:
    """Reads the manifest of an output folder once, then appends to it as files finish."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / MANIFEST_NAME
        self.done: dict[str, Done] = {}
        #: outputs (relative paths) that scrubkit wrote or claimed in any run
        self.ours: set[str] = set()
        self._file: TextIO | None = None
        #: makes the recorded outputs durable before the records that say they are done
        self._outputs = Syncer(folder)
        self._synced = time.monotonic()
        self._names: NamesFile | None = None
        self._read()

    def _origin(self, rel: str) -> str | None:
        """Where the original of output `rel` was found by the last run (naming.NamesFile)."""
        if self._names is None:
            self._names = NamesFile.read(self.folder)
        original = self._names.original(rel)
        return str(original) if original else None

    def _read(self) -> None:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return
        for line in lines:
            try:
                entry = json.loads(line)
                if entry["event"] == "claim":
                    self.ours.add(entry["output"])
                elif entry["event"] == "done":
                    self.done[entry["path"]] = Done(
                        entry["path"], entry["size"], entry["mtime_ns"], entry["fingerprint"],
                        entry["policy"], entry["scrubkit"], entry.get("output"), entry.get("output_size"), entry["result"],
                        entry.get("origin") or self._origin(entry["path"]),
                    )
                    if entry["result"].get("status") == "clean" and entry.get("output"):
                        self.ours.add(entry["output"])
            except (ValueError, KeyError, TypeError):
                continue  # a line torn by a crash, or written by a newer scrubkit

    def claim(self, outputs: list[str]) -> None:
        """Record, durably and before any is written, the outputs this run may create."""
        self._append([{"event": "claim", "output": rel} for rel in outputs], sync=True)
        self.ours.update(outputs)

    def record(self, rel: str, result: Result, fingerprint: str, policy_name: str, source: str | None = None) -> None:
        """Append one finished input (its stat() as read now, and the outcome).

        `source` names the input without an absolute path (the manifest travels with the output
        folder): its path inside the input folder, or its output name when outputs are renamed.
        The originals' location is kept outside the folder, in the names file (naming.py).
        """
        if source is None:
            source = self.done[rel].result.get("source", rel) if rel in self.done else rel
        try:
            st = result.source.stat()
            size, mtime_ns = st.st_size, st.st_mtime_ns
        except OSError:
            size, mtime_ns = -1, -1
        output_rel, output_size = None, None
        if result.output is not None and result.status == "clean":
            output_rel = result.output.relative_to(self.folder).as_posix()
            output_size = result.output.stat().st_size
            self._outputs.add(result.output)
        entry = {
            "event": "done", "path": rel, "source": source, "size": size, "mtime_ns": mtime_ns,
            "status": result.status, "policy": policy_name, "fingerprint": fingerprint,
            "scrubkit": __version__, "output": output_rel, "output_size": output_size,
            "result": {**_without_words(result), "source": source, "output": output_rel},
        }
        self._append([entry], sync=time.monotonic() - self._synced >= SYNC_SECONDS)
        self.done[rel] = Done(
            rel, size, mtime_ns, fingerprint, policy_name, __version__, output_rel, output_size, entry["result"],
            self._origin(rel),
        )
        if output_rel:
            self.ours.add(output_rel)

    def _append(self, entries: list[dict[str, Any]], *, sync: bool) -> None:
        try:
            self._write(entries, sync=sync)
        except OSError as e:
            raise UsageError(
                f"cannot record progress in the manifest {self.path}: {e.strerror or e}; "
                "free some space (or fix the permissions) and run the same command again"
            ) from None

    def _write(self, entries: list[dict[str, Any]], *, sync: bool) -> None:
        if not entries:
            return
        if self._file is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._file = open(self.path, "a+", encoding="utf-8", errors="backslashreplace")  # kept open for the run
            if self._file.tell() > 0:
                self._file.seek(self._file.tell() - 1)
                if self._file.read(1) != "\n":  # the last run died mid-line: start a fresh one
                    self._file.write("\n")
        self._file.write("".join(_to_json(e) + "\n" for e in entries))
        self._file.flush()
        if sync:
            self._sync()

    def _sync(self) -> None:
        """Outputs first, then the records that say they are done (outputs are written unsynced)."""
        if self._file is not None:
            self._outputs.flush()
            os.fsync(self._file.fileno())
            self._synced = time.monotonic()

    def close(self) -> None:
        if self._file is not None:
            try:
                self._sync()
            except OSError as e:
                raise UsageError(f"cannot record progress in the manifest {self.path}: {e.strerror or e}") from None
            finally:
                self._file.close()
                self._file = None

    def results(self) -> dict[str, Result]:
        """The latest outcome of every input ever recorded, by path in the batch, in path order."""
        results = {}
        for rel in sorted(self.done):
            done = self.done[rel]
            result = result_from_json(done.result)
            result.output = self.folder / done.output if done.output else None
            results[rel] = result
        return results

    def policies(self) -> str:
        """The names of the policies the recorded results were made with."""
        return ", ".join(sorted({done.policy for done in self.done.values()}))


def _without_words(result: Result) -> dict[str, Any]:
    """The report entry minus the words OCR read under the covers: the manifest stays in the output
    folder, which people share, so it must not carry the text that was covered."""
    entry = result.to_json()
    for region in entry["regions"] + entry["unsure_regions"]:
        region.pop("text", None)
    return entry


def region_from_json(r: dict[str, Any]) -> Region:
    """A Region back from its report form (Region.to_json)."""
    return Region(
        box=tuple(r["box"]), kind=r["kind"], score=r["score"], source=r["source"], text=r.get("text"),  # type: ignore[arg-type]
        quad=tuple(tuple(p) for p in r["quad"]) if r.get("quad") else None,  # type: ignore[arg-type]
        frame=r.get("frame"),
    )


def result_from_json(entry: dict[str, Any]) -> Result:
    """A Result back from its report form (Result.to_json)."""
    regions = [region_from_json(r) for r in entry.get("regions", [])]
    return Result(
        source=Path(entry["source"]),
        output=Path(entry["output"]) if entry.get("output") else None,
        status=entry["status"],
        reason=entry.get("reason"),
        regions=regions,
        metadata_removed=list(entry.get("metadata_removed", [])),
        seconds=float(entry.get("seconds", 0.0)),
        format=entry.get("format"),
        warnings=list(entry.get("warnings", [])),
        verdict=entry.get("verdict"),
        check_reasons=list(entry.get("check_reasons", [])),
        unsure=[region_from_json(r) for r in entry.get("unsure_regions", [])],
    )
