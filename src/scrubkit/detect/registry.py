"""One table of the models scrubkit can run, looked up by name.

Each entry names the class that wraps a model ("module:Class", imported only when the entry is
loaded, so a policy that never needs OCR never imports an OCR engine), its kind, and the Python
packages it needs beyond scrubkit's own with the extra that installs them. Adding a backend is one
line here plus its module; nothing else is wired by hand.
"""

from __future__ import annotations

import importlib
import importlib.util
import threading
from dataclasses import dataclass
from typing import Literal

from scrubkit.errors import DetectorError, PolicyError, ScrubError

Kind = Literal["face", "ocr"]


@dataclass(frozen=True)
class Entry:
    kind: Kind
    #: "package.module:factory"; the factory (a class or function) takes the options given to
    #: `load` as keyword arguments and returns an object holding its loaded model
    target: str
    #: importable packages the entry needs, and the scrubkit extra that installs them
    needs: tuple[str, ...] = ()
    extra: str | None = None


REGISTRY: dict[str, Entry] = {
    "centerface": Entry("face", "scrubkit.detect.faces:CenterFaceDetector"),
    "rapidocr": Entry("ocr", "scrubkit.detect.ocr_rapid:RapidOcrBackend", ("rapidocr",)),
    "easyocr": Entry("ocr", "scrubkit.detect.ocr_easy:EasyOcrBackend", ("easyocr", "easyocr_en_models"), "easyocr"),
}

_KIND_NAMES = {"face": "face detector", "ocr": "OCR backend"}
_loaded: dict[tuple[str, tuple[tuple[str, object], ...]], object] = {}
_loading = threading.Lock()


def names(kind: Kind) -> tuple[str, ...]:
    """The registered names of one kind, in table order."""
    return tuple(name for name, entry in REGISTRY.items() if entry.kind == kind)


def load(name: str, kind: Kind, **options: object) -> object:
    """The object for `name` built with `options`: built once per process for each set of options
    (under a lock, so threads that ask at the same time share one load), then shared.

    Raises PolicyError for an unknown name or a missing optional install, DetectorError when the
    model itself cannot load.
    """
    entry = REGISTRY.get(name)
    if entry is None or entry.kind != kind:
        label = _KIND_NAMES[kind]
        raise PolicyError(f"unknown {label} {name!r}; choose one of {', '.join(names(kind))}")
    key = (name, tuple(sorted(options.items())))
    with _loading:
        if key not in _loaded:
            _loaded[key] = _build(name, entry, options)
        return _loaded[key]


def _build(name: str, entry: Entry, options: dict[str, object]) -> object:
    missing = [package for package in entry.needs if importlib.util.find_spec(package) is None]
    if missing:
        hint = f": pip install 'scrubkit[{entry.extra}]'" if entry.extra else ""
        raise PolicyError(f"{name} backend not installed (missing {', '.join(missing)}){hint}")
    module, _, attribute = entry.target.partition(":")
    try:
        return getattr(importlib.import_module(module), attribute)(**options)
    except ScrubError:
        raise
    except Exception as e:  # model libraries raise their own untyped errors
        raise DetectorError(f"cannot load the {name} models: {type(e).__name__}: {e}") from e
