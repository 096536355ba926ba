"""scrub_image: read -> sniff -> (detect -> cover -> re-detect -> encode | strip) -> verify -> write.

A file is written only when every step succeeded, and then atomically; any failure becomes a Result
with a reason a person can act on (fail closed). This function is the unit of work of a batch: a pure
function of its arguments, so any executor can map it. `scrub_bytes` is the same in memory, for apps
(an upload handler): bytes or a binary file object in, clean bytes and the Result out.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from scrubkit.edits import Edits
from scrubkit.errors import OutputExists, OutputNotWritable, ScrubError, UnreadableFile
from scrubkit.media.atomic import atomic_write
from scrubkit.media.checks import check_container, check_decodes
from scrubkit.media.metadata import strip_metadata, verify_clean
from scrubkit.media.sniff import extension_warning, sniff_format
from scrubkit.policy import Policy
from scrubkit.types import Region, Result
from scrubkit.verdict import Evidence, judge

#: inputs larger than this are refused before reading (no real photo comes near it)
MAX_INPUT_BYTES = 1 << 30


def scrub_image(
    src: str | Path,
    dst: str | Path,
    policy: Policy | str | None = None,
    *,
    overwrite: bool = False,
    durable: bool = True,
    edits: Edits | None = None,
) -> Result:
    """Write a scrubbed copy of the image `src` to `dst` and say what happened.

    Never raises for a bad file: the Result's status is "failed" or "skipped" with a reason, and
    nothing is written to `dst`. `src` is only ever read. The output is synced to disk before this
    returns unless `durable` is False (batches sync many outputs at once; see batch.py). A clean
    Result carries its verdict (scrubkit.verdict). A reviewer's `edits` (scrubkit.edits) add and
    remove covers.
    """
    policy = Policy.load(policy)
    src, dst = Path(src), Path(dst)

    def clean(result: Result) -> None:
        data = read_input(src)
        result.format = sniff_format(data)
        if warning := extension_warning(src.name, result.format):
            result.warnings.append(warning)
        check_destination(src, dst, overwrite)
        evidence = Evidence()
        cleaned, result.metadata_removed, result.regions = clean_image_data(
            data, result.format, policy, edits=edits, evidence=evidence
        )
        _write(dst, cleaned, durable)
        result.output = dst
        result.verdict, result.check_reasons, result.unsure = judge(result.regions, evidence)

    return fail_closed(src, clean)


def scrub_bytes(
    data: bytes | bytearray | memoryview | BinaryIO, policy: Policy | str | None = None, *, name: str = "<memory>"
) -> tuple[bytes | None, Result]:
    """Scrub one image held in memory: returns (clean bytes, Result), or (None, Result) if it failed.

    `data` is the file's bytes or a binary file object (read to its end, never closed). The output
    is exactly what `scrub_image` would write, verified the same way; nothing touches the disk.
    `name` labels the Result (its `source`; `output` stays None). Like `scrub_image` it never
    raises for a bad image: a failed Result carries the reason and no bytes.

    Safe to call from many threads at once: each model is loaded once per process (the first call
    pays for it) and shared; model calls that are not thread-safe are serialised inside.
    """
    policy = Policy.load(policy)
    cleaned: list[bytes] = []

    def clean(result: Result) -> None:
        raw = _bytes_of(data)
        result.format = sniff_format(raw)
        evidence = Evidence()
        out, result.metadata_removed, result.regions = clean_image_data(raw, result.format, policy, evidence=evidence)
        cleaned.append(out)
        result.verdict, result.check_reasons, result.unsure = judge(result.regions, evidence)

    result = fail_closed(Path(name), clean)
    return (cleaned[0] if result.ok else None), result


def fail_closed(source: Path, clean: Callable[[Result], None], *, medium: str = "image") -> Result:
    """Run `clean` on a fresh failed Result; it becomes clean only if `clean` returns.

    Every exception becomes a failed (or, for some ScrubErrors, skipped) Result with a reason and
    no output; `medium` names what was being processed in the out-of-memory reason.
    """
    started = time.perf_counter()
    result = Result(source=source, output=None, status="failed")
    try:
        clean(result)
        result.status = "clean"
    except ScrubError as e:
        result.status, result.reason, result.output = e.status, str(e), None  # type: ignore[assignment]
    except MemoryError:
        result.reason, result.output = f"ran out of memory while processing this {medium}; file not written", None
    except Exception as e:  # fail closed on anything unforeseen, with a reason
        result.reason, result.output = f"internal error ({type(e).__name__}: {e}); file not written", None
    result.seconds = time.perf_counter() - started
    return result


def _bytes_of(data: bytes | bytearray | memoryview | BinaryIO) -> bytes:
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
    elif callable(getattr(data, "read", None)):
        try:
            raw = data.read(MAX_INPUT_BYTES + 1)
        except OSError as e:
            raise UnreadableFile(f"cannot read: {e.strerror or e}") from None
        if not isinstance(raw, bytes):
            raise UnreadableFile("the file object gave text, not bytes; open it in binary mode ('rb')")
    else:
        raise UnreadableFile(f"expected bytes or a binary file object, got {type(data).__name__}")
    if len(raw) > MAX_INPUT_BYTES:
        raise UnreadableFile(f"too large to process (over {MAX_INPUT_BYTES / 2**30:.0f} GiB)")
    return raw


def clean_image_data(
    data: bytes, fmt: str, policy: Policy, *, edits: Edits | None = None, evidence: Evidence | None = None
) -> tuple[bytes, list[str], list[Region]]:
    """Clean one image held in memory; returns (clean bytes, metadata removed, regions covered).

    The output is verified before it is returned: its metadata against the format's allowlist, its
    structure by parsing it whole (and, when pixels were re-encoded, by decoding them). `evidence`,
    when given, receives what the verdict needs (covering.cover_pixels).
    """
    cleaned: bytes | None = None
    removed: list[str] = []
    regions: list[Region] = []
    if evidence is not None:
        evidence.unsearched = not policy.touches_pixels
    if policy.touches_pixels or edits:  # imported here: metadata-only runs never load numpy or a model
        from scrubkit.covering import cover_pixels

        cleaned, removed, regions = cover_pixels(data, fmt, policy, edits=edits, evidence=evidence)
    if cleaned is None:  # nothing to cover: the coded image data is copied, only metadata goes
        cleaned, removed = strip_metadata(data, fmt, policy.max_pixels)
        verify_clean(cleaned, fmt)
        check_container(cleaned, fmt, policy.max_pixels, walked=True)  # verify_clean's re-read walked it
    else:  # freshly encoded pixels: decode them all once to prove the file whole
        check_decodes(cleaned, fmt, policy.max_pixels)
        verify_clean(cleaned, fmt)
    return cleaned, removed, regions


def read_input(src: Path) -> bytes:
    """The input's bytes, or UnreadableFile with the reason in words."""
    try:
        # opened without blocking and checked before reading: a pipe would wait forever, /dev/zero never end
        descriptor = os.open(src, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as e:
        if src.is_dir():  # (Windows refuses to open a folder; POSIX opens it and fstat says what it is)
            raise UnreadableFile("is a folder, not a file") from None
        raise UnreadableFile(f"cannot read: {e.strerror or e}") from None
    try:
        st = os.fstat(descriptor)
        if stat.S_ISDIR(st.st_mode):
            raise UnreadableFile("is a folder, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise UnreadableFile("not a regular file (a pipe, device or socket): not read")
        if st.st_size > MAX_INPUT_BYTES:
            raise UnreadableFile(f"too large to process ({st.st_size / 2**30:.1f} GiB)")
        return _read_to_end(descriptor, st.st_size)
    except OSError as e:
        raise UnreadableFile(f"cannot read: {e.strerror or e}") from None
    finally:
        os.close(descriptor)


def _read_to_end(descriptor: int, size: int) -> bytes:
    """Everything left in the file (at most MAX_INPUT_BYTES + 1 bytes), read in one call when it
    still has the `size` it had: a buffered read of the limit would allocate the whole limit."""
    chunks, left = [], MAX_INPUT_BYTES + 1
    while left > 0:
        chunk = os.read(descriptor, min(left, size + 1 if not chunks else 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _write(dst: Path, data: bytes, durable: bool) -> None:
    try:
        atomic_write(dst, data, durable=durable)
    except OSError as e:
        raise OutputNotWritable(f"cannot write the output {dst}: {e.strerror or e}") from None


def check_destination(src: Path, dst: Path, overwrite: bool) -> None:
    if os.path.abspath(src) == os.path.abspath(dst) or (dst.exists() and dst.samefile(src)):
        raise OutputExists("output would overwrite the original; choose another output path")
    if dst.exists() and not overwrite:
        raise OutputExists.kept(dst)
