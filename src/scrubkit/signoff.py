"""Review and sign-off of a cleaned folder: fix covers, approve or reject each file, export the approved.

`ReviewSession(dst)` works on the output folder of an earlier `scrubkit clean SRC --out DST`:

- `edit(key, edits)` makes that output again FROM ITS ORIGINAL through the same pipeline
  (`scrub_image`: metadata stripped, covers verified, written atomically) with the reviewer's covers
  forced in and the removed ones suppressed; the edits are kept in DST/.scrubkit-edits.json and the
  new outcome in the manifest, so a later `clean` with the same policy keeps them.
- `approve(key, reviewer)` / `reject(...)` append an audit record (who, when, policy, scrubkit
  version, the output's SHA-256, the edits, the verdict's reasons) to a JSON-lines log kept OUTSIDE
  the output folder (by default DST's sibling `<DST name>.audit.jsonl`). A file is approved while its
  last decision is an approval and its output still has the approved SHA-256: an output changed after
  approval is no longer approved.
- `export(ready)` copies the approved files, and nothing else, to a folder ready to post.

Originals are only ever read, and only to re-render; nothing here hands one out.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from scrubkit._version import __version__
from scrubkit.edits import Edits, EditsStore
from scrubkit.errors import UsageError
from scrubkit.manifest import MANIFEST_NAME, Manifest, policy_fingerprint
from scrubkit.media.atomic import atomic_write
from scrubkit.policy import Policy
from scrubkit.postfile import CAPTION_FORMAT
from scrubkit.types import Result

if TYPE_CHECKING:
    from PIL import Image

Decision = Literal["approved", "rejected"]
#: the longest reviewer name kept (a name, not a document)
MAX_NAME = 200
#: previews sent to the browser are at most this long (made from the output, never the original)
PREVIEW_SIDE = 1600


@dataclass(frozen=True)
class FileState:
    """One file of the folder as the reviewer sees it."""

    key: str
    result: Result
    edits: Edits
    #: the last decision recorded for this file, if any
    decision: Decision | None
    #: approved and the output still has the approved SHA-256
    approved: bool

    @property
    def editable(self) -> bool:
        """A cleaned photo (captions and videos are approved as they are, not edited here)."""
        from scrubkit.video.probe import is_video_file

        output = self.result.output
        return (
            self.result.status == "clean" and self.result.format != CAPTION_FORMAT
            and output is not None and not is_video_file(output)
        )


def default_audit_log(dst: str | Path) -> Path:
    """`<DST>.audit.jsonl` beside the output folder: the shared folder never holds who signed what."""
    dst = Path(dst).resolve()
    return dst.with_name(dst.name + ".audit.jsonl")


def open_output(path: Path) -> Image.Image:
    """An output image opened with every format scrubkit writes readable (HEIC/AVIF included)."""
    from PIL import Image
    from pillow_heif import register_heif_opener

    register_heif_opener()
    return Image.open(path)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class ReviewSession:
    """The review of one output folder. Thread-safe: the review app serves several requests at once."""

    def __init__(self, dst: str | Path, policy: Policy | str | None = None, audit_log: str | Path | None = None) -> None:
        self.dst = Path(dst).resolve()
        if not (self.dst / MANIFEST_NAME).is_file():
            raise UsageError(f"{dst} has no {MANIFEST_NAME}: run `scrubkit clean SRC --out {dst}` first")
        self.manifest = Manifest(self.dst)
        self.policy = Policy.load(policy if policy is not None else self._recorded_policy())
        self.audit_log = Path(audit_log).resolve() if audit_log else default_audit_log(self.dst)
        if self.dst in self.audit_log.parents:
            raise UsageError(f"the audit log {self.audit_log} must be kept outside the output folder {self.dst}")
        self.edits = EditsStore(self.dst)
        self._lock = threading.RLock()
        self._hashes: dict[tuple[Path, int, int], str] = {}
        #: each file's edits before each edit of this session, for undo (not kept across sessions)
        self._history: dict[str, list[Edits]] = {}

    def _recorded_policy(self) -> str:
        names = {done.policy for done in self.manifest.done.values()}
        if len(names) != 1:
            raise UsageError(f"{self.dst} was cleaned with policies {', '.join(sorted(names)) or '(none)'}: name one with --policy")
        return names.pop()

    # ---- reading

    def files(self) -> list[FileState]:
        """Every file of the batch: `check` first, then `ready`, then failed and skipped; path order within."""
        decisions = self.decisions()
        states = []
        for key, result in self.manifest.results().items():
            last = decisions.get(key)
            approved = (
                last is not None and last["event"] == "approved" and result.output is not None
                and result.output.is_file() and self._sha256(result.output) == last["sha256"]
            )
            states.append(FileState(key, result, self.edits.get(key), last["event"] if last else None, approved))
        order = {"check": 0, "ready": 1, None: 2}
        return sorted(states, key=lambda s: (order[s.result.verdict], s.key))

    def file(self, key: str) -> FileState:
        for state in self.files():
            if state.key == key:
                return state
        raise UsageError(f"{key}: not a file of this batch")

    def decisions(self) -> dict[str, dict[str, Any]]:
        """The last approval or rejection recorded for each file."""
        last: dict[str, dict[str, Any]] = {}
        try:
            lines = self.audit_log.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return last
        for line in lines:
            try:
                record = json.loads(line)
            except ValueError:
                continue  # a line torn by a crash
            if record.get("event") in ("approved", "rejected"):
                last[record["file"]] = record
        return last

    def preview(self, key: str) -> bytes:
        """A JPEG of the cleaned output (oriented, at most PREVIEW_SIDE long, no metadata) for the browser."""
        from PIL import ImageOps

        state = self.file(key)
        if not state.editable or state.result.output is None:
            raise UsageError(f"{key}: no image to show")
        with open_output(state.result.output) as image:
            image.draft("RGB", (PREVIEW_SIDE, PREVIEW_SIDE))
            shown = ImageOps.exif_transpose(image)
            shown.thumbnail((PREVIEW_SIDE, PREVIEW_SIDE))
            out = BytesIO()
            shown.convert("RGB").save(out, "JPEG", quality=88)
        return out.getvalue()

    def _sha256(self, path: Path) -> str:
        """The file's SHA-256, remembered while its size and modification time stay the same."""
        st = path.stat()
        key = (path, st.st_size, st.st_mtime_ns)
        if key not in self._hashes:
            self._hashes[key] = sha256_of(path)
        return self._hashes[key]

    # ---- editing

    def edit(self, key: str, edits: Edits) -> FileState:
        """Make `key`'s output again from its original with `edits`; keep the edits and the outcome.

        On failure the previous output stays as it was and UsageError says why.
        """
        with self._lock:
            before = self.file(key).edits
            state = self._remake(key, edits)
            self._history.setdefault(key, []).append(before)
            return state

    def can_undo(self, key: str) -> bool:
        return bool(self._history.get(key))

    def undo(self, key: str) -> FileState:
        """Take back the last edit of `key` made in this session: the output is made again from its
        original with the edits it had before (UsageError when there is nothing to undo)."""
        with self._lock:
            history = self._history.get(key)
            if not history:
                raise UsageError(f"{key}: no edit of this review session to undo")
            state = self._remake(key, history[-1])
            history.pop()
            return state

    def _remake(self, key: str, edits: Edits) -> FileState:
        from scrubkit.pipeline import scrub_image

        with self._lock:
            done = self.manifest.done.get(key)
            state = self.file(key)
            if done is None or not state.editable or state.result.output is None:
                raise UsageError(f"{key}: only cleaned photos can be edited")
            fingerprint = policy_fingerprint(self.policy)
            if done.fingerprint != fingerprint:
                raise UsageError(
                    f"{key} was cleaned with policy {done.policy!r}, not {self.policy.name!r} as given: "
                    "start the review with the policy used for the batch (--policy)"
                )
            original = Path(done.origin or state.result.source)
            if not original.is_file():
                raise UsageError(f"{key}: the original {original} is gone; an output is only ever re-made from its original")
            result = scrub_image(original, state.result.output, self.policy, overwrite=True, edits=edits)
            if result.status != "clean":
                raise UsageError(f"{key}: not re-made ({result.reason}); the output is unchanged")
            self.edits.put(key, edits)
            self.manifest.record(key, result, fingerprint, self.policy.name)
            self.manifest.close()  # synced: the edit survives a crash of the app
            return self.file(key)

    # ---- sign-off

    def approve(self, key: str, reviewer: str) -> dict[str, Any]:
        """Record that `reviewer` approved `key`'s output as it is now; returns the audit record."""
        return self._decide(key, reviewer, "approved")

    def reject(self, key: str, reviewer: str) -> dict[str, Any]:
        """Record that `reviewer` rejected `key` (it will not be exported)."""
        return self._decide(key, reviewer, "rejected")

    def _decide(self, key: str, reviewer: str, decision: Decision) -> dict[str, Any]:
        name = " ".join(reviewer.split())
        if not name or len(name) > MAX_NAME:
            raise UsageError(f"type the reviewer's name (1 to {MAX_NAME} characters) before approving or rejecting")
        with self._lock:
            state = self.file(key)
            output = state.result.output
            if decision == "approved" and (state.result.status != "clean" or output is None or not output.is_file()):
                raise UsageError(f"{key}: there is no cleaned output to approve ({state.result.reason or 'missing'})")
            record = {
                "event": decision, "file": key, "reviewer": name,
                "time": datetime.now(UTC).isoformat(timespec="seconds"),
                "policy": self.policy.name, "policy_fingerprint": policy_fingerprint(self.policy),
                "scrubkit": __version__, "folder": str(self.dst),
                "sha256": self._sha256(output) if output is not None and output.is_file() else None,
                "edits": state.edits.to_json(),
                "verdict": state.result.verdict, "check_reasons": state.result.check_reasons,
            }
            self._append(record)
            return record

    def approve_ready(self, reviewer: str) -> list[dict[str, Any]]:
        """Approve every cleaned file whose verdict is `ready` and that has no decision yet; returns
        the audit records (one per file, as if approved one by one)."""
        with self._lock:
            ready = [s.key for s in self.files() if s.result.status == "clean" and s.result.verdict == "ready" and s.decision is None]
            return [self.approve(key, reviewer) for key in ready]

    def approved(self) -> list[FileState]:
        return [s for s in self.files() if s.approved]

    def export(self, ready: str | Path, reviewer: str = "") -> list[Path]:
        """Copy the approved outputs whose SHA-256 still matches to `ready` (same relative paths).

        Nothing else is written there: no manifest, no report, no review page. `ready` must be outside
        the output folder and hold nothing but earlier exports of files approved now.
        """
        ready = Path(ready).resolve()
        if ready == self.dst or self.dst in ready.parents or ready in self.dst.parents:
            raise UsageError(f"the export folder {ready} must be outside the output folder {self.dst}, and not contain it")
        with self._lock:
            approved = self.approved()
            keys = {s.key for s in approved}
            if ready.exists():
                stray = sorted(p.relative_to(ready).as_posix() for p in ready.rglob("*") if p.is_file())
                stray = [rel for rel in stray if rel not in keys]
                if stray:
                    raise UsageError(
                        f"{ready} holds files that are not approved now ({', '.join(stray[:5])}"
                        f"{', ...' if len(stray) > 5 else ''}): export to an empty folder"
                    )
            written = []
            decisions = self.decisions()
            for state in approved:
                assert state.result.output is not None
                data = state.result.output.read_bytes()
                if hashlib.sha256(data).hexdigest() != decisions[state.key]["sha256"]:
                    continue  # changed since approval (between our two reads): not approved any more
                target = ready / state.key
                atomic_write(target, data)
                written.append(target)
            self._append({
                "event": "exported", "time": datetime.now(UTC).isoformat(timespec="seconds"),
                "reviewer": " ".join(reviewer.split()) or None, "folder": str(self.dst), "to": str(ready),
                "files": {p.relative_to(ready).as_posix(): decisions[p.relative_to(ready).as_posix()]["sha256"] for p in written},
            })
            return written

    def _append(self, record: dict[str, Any]) -> None:
        """One line per record, handed to the OS in one write and synced: the log is the sign-off."""
        self.audit_log.parent.mkdir(parents=True, exist_ok=True)
        line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        descriptor = os.open(self.audit_log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.write(descriptor, line)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
