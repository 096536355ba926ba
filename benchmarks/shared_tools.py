"""The metric scripts of ../shared/tools, which define how every result here is judged, loaded by path."""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from types import ModuleType

TOOLS = Path(__file__).resolve().parents[2] / "shared" / "tools"


@functools.cache
def shared_tool(name: str) -> ModuleType:
    """../shared/tools/<name>.py as a module ("metrics_faces", "residual", ...)."""
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
