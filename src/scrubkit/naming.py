"""What links the outputs of a folder run back to their originals, kept OUTSIDE the output folder.

Names travel with a shared folder: `St Marys Primary Leeds/emily-smith-year4.jpg` says who and where
as plainly as a GPS tag. So the output folder (and its manifest) never holds an absolute path, and
`rename` gives outputs neutral names:

- "sequential": `folder-001/0001.jpg`, numbered in path order, folder by folder;
- "hash": `3f9a0c2b71de/5be1d07a9c44.jpg`, a keyed hash of the original path (the key is secret,
  so a name cannot be confirmed by hashing a guess).

The names file `<OUT>.scrubkit-names.json`, beside OUT (or in the user's state folder when OUT's
parent cannot be written), records the input folder and, for every
output, the original's path inside it (and the scheme and key): a later run keeps every name it
gave, and the review app finds each original to re-make it. It names the originals: keep it private.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Literal, get_args

from scrubkit.errors import UsageError
from scrubkit.media.atomic import atomic_write
from scrubkit.paths import inside

if TYPE_CHECKING:
    from scrubkit.text import TextScrubber

RenameScheme = Literal["sequential", "hash"]
RENAME_SCHEMES: tuple[str, ...] = get_args(RenameScheme)
NAMES_SUFFIX = ".scrubkit-names.json"
#: what a file or folder name may say without identifying anyone (a year group, a date)
HARMLESS_ENTITIES = frozenset({"YEAR", "DATE", "AGE", "TIME"})
#: a word in a file name: two letters or more
WORD = re.compile(r"[^\W\d_]{2,}")
#: the words cameras and phones put in file names
CAMERA_WORDS = frozenset({"img", "dsc", "dscn", "dscf", "pxl", "vid", "mvi", "gopr", "dji", "mov", "pic", "photo",
                          "image", "wa", "screenshot", "copy", "edit", "edited", "hdr", "burst", "pano", "jpg"})


def names_path(dst: Path) -> Path:
    """`<OUT>.scrubkit-names.json`: beside the output folder, never inside it. When OUT's parent
    cannot be written (OUT is the root of a USB stick, say), in the user's own state folder instead."""
    out = Path(dst).resolve()
    beside = out.with_name(out.name + NAMES_SUFFIX)
    if beside.exists() or os.access(beside.parent, os.W_OK | os.X_OK):
        return beside
    digest = hashlib.sha256(str(out).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return state_folder() / "names" / f"{digest}{NAMES_SUFFIX}"


def state_folder() -> Path:
    """scrubkit's folder for the user's own records: $XDG_STATE_HOME/scrubkit, ~/.local/state/scrubkit,
    or %LOCALAPPDATA%\\scrubkit on Windows."""
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "scrubkit"
    return Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state") / "scrubkit"


@dataclass
class NamesFile:
    """The names file's contents: `files` maps an output's path in OUT to its original's path in `source`."""

    path: Path
    source: str = ""
    scheme: str | None = None
    key: str = field(default_factory=lambda: os.urandom(16).hex())  # secrets.token_hex, without its imports
    files: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, dst: Path) -> NamesFile:
        path = names_path(dst)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(path, data["source"], data.get("scheme"), data["key"], dict(data["files"]))
        except FileNotFoundError:
            return cls(path)
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise UsageError(f"cannot read the names file {path}: {e}; move it away to start afresh") from None

    def original(self, key: str) -> Path | None:
        """The original of the output `key`, where the last run found it."""
        rel = self.files.get(key)
        return Path(self.source, rel) if rel is not None and self.source else None

    def write(self) -> None:
        data = {"format": "scrubkit-names", "source": self.source, "scheme": self.scheme, "key": self.key,
                "files": dict(sorted(self.files.items()))}
        text = json.dumps(data, indent=1, ensure_ascii=False).encode("utf-8", "backslashreplace")
        try:
            atomic_write(self.path, text + b"\n")
        except OSError as e:
            raise UsageError(f"cannot write the names file {self.path} (beside the output folder): "
                             f"{e.strerror or e}") from None


class Renamer:
    """Gives each original (its path inside SRC) a neutral output path, keeping every name given before."""

    def __init__(self, names: NamesFile, scheme: RenameScheme) -> None:
        if names.files and names.scheme != scheme:
            raise UsageError(
                f"{names.path} records outputs named by {names.scheme or 'their original names'!s}, not {scheme}: "
                "use the same --rename as before, or a new output folder"
            )
        self.names, self.scheme = names, scheme
        self.given = {src: out for out, src in names.files.items()}
        self.folders: dict[str, str] = {".": "."}
        for out, src in names.files.items():
            for src_folder, out_folder in zip(PurePosixPath(src).parents, PurePosixPath(out).parents, strict=False):
                self.folders[str(src_folder)] = str(out_folder)

    def output(self, original: str, suffix: str) -> str:
        """The output path (in OUT) for the original at `original` (in SRC), with the output's `suffix`."""
        if original in self.given:
            return self.given[original]
        path = PurePosixPath(original)
        folder = self._folder(str(path.parent))
        name = self._name(folder, original, "file", len(self._files_in(folder)) + 1) + suffix.lower()
        out = str(PurePosixPath(folder, name)) if folder != "." else name
        self.given[original] = out
        return out

    def _folder(self, original: str) -> str:
        if original not in self.folders:
            parent = self._folder(str(PurePosixPath(original).parent))
            taken = {f for f in self.folders.values() if str(PurePosixPath(f).parent) == parent and f != "."}
            name = self._name(parent, original, "folder", len(taken) + 1)
            self.folders[original] = str(PurePosixPath(parent, name)) if parent != "." else name
        return self.folders[original]

    def _files_in(self, folder: str) -> list[str]:
        return [out for out in self.given.values() if str(PurePosixPath(out).parent) == folder]

    def _name(self, parent: str, original: str, kind: str, number: int) -> str:
        if self.scheme == "hash":
            return hmac.new(bytes.fromhex(self.names.key), f"{kind}:{original}".encode("utf-8", "surrogateescape"),
                            hashlib.sha256).hexdigest()[:12]
        return f"folder-{number:03d}" if kind == "folder" else f"{number:04d}"


def check_names_place(names: Path, src: Path, dst: Path) -> None:
    """The names file must stay out of the folder that is shared and of the input."""
    where = names.resolve()
    for folder in (dst, src):
        if inside(where, folder.resolve()):
            raise UsageError(f"the names file {names} would be inside {folder}; choose another output folder")


def identifying_names(paths: Iterable[str]) -> list[str]:
    """The paths (inside SRC) whose file or folder names the post-text analyzer finds a name, school,
    place or other identifying detail in (year groups and dates alone do not count). Camera names
    (IMG_0042, DSC_0001, 20240611_123456) hold no word and are not analysed."""
    scrubber: TextScrubber | None = None
    verdicts: dict[str, bool] = {}

    def identifies(part: str) -> bool:
        nonlocal scrubber
        if part not in verdicts:
            stem = PurePosixPath(part).stem.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            words = re.sub(r"[_.\-]+", " ", stem)
            if not any(w.lower() not in CAMERA_WORDS for w in WORD.findall(words)):
                verdicts[part] = False
            else:
                from scrubkit.text import TextScrubber  # loads spaCy and presidio: only when a name has words

                scrubber = scrubber or TextScrubber("strict")
                verdicts[part] = any(span.entity not in HARMLESS_ENTITIES for span in scrubber.analyze(words))
        return verdicts[part]

    return [path for path in paths if any(identifies(part) for part in PurePosixPath(path).parts)]
