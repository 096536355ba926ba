"""Import mediapipe without the parts scrubkit never uses.

`import mediapipe` runs every task's module: its drawing helpers import matplotlib.pyplot and its
audio tasks their own stack, about 0.5 s of each worker's start-up on this machine (0.16 s left),
for nothing the person segmenter needs. Those modules are imported lazily instead: they are
created as usual but run only if something reads from them, so mediapipe behaves exactly as before.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import sys
from collections.abc import Sequence
from types import ModuleType

#: mediapipe modules scrubkit never calls, each costly to import (matplotlib; the audio stack)
UNUSED = frozenset(
    {
        "mediapipe.tasks.python.vision.drawing_utils",
        "mediapipe.tasks.python.vision.drawing_styles",
        "mediapipe.tasks.python.audio",
    }
)


class _LazyFinder(importlib.abc.MetaPathFinder):
    """Finds the UNUSED modules as the normal path finder does, with a loader that defers running them."""

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if name not in UNUSED:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is not None and spec.loader is not None:
            spec.loader = importlib.util.LazyLoader(spec.loader)
        return spec


def import_mediapipe() -> ModuleType:
    """`import mediapipe`, with the UNUSED modules deferred (a no-op once mediapipe is loaded)."""
    if "mediapipe" not in sys.modules and not any(isinstance(f, _LazyFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _LazyFinder())
    import mediapipe

    return mediapipe
