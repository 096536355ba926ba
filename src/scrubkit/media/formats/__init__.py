"""One small cleaner per format, each a module of its own with everything scrubkit knows about the format
(magic bytes, extensions, allowlist, lossless or not, alpha, save options); `cleaner_for` picks one.

Every module in this package is imported here, and every concrete FormatCleaner registers itself:
adding a format is adding one module.
"""

from __future__ import annotations

import importlib
import pkgutil

from scrubkit.errors import UnsupportedFormat
from scrubkit.media.formats.base import FormatCleaner, MetaItem

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")

CLEANERS: dict[str, FormatCleaner] = {cls.format: cls() for cls in FormatCleaner.registry}
#: the formats scrubkit cleans, by the names Pillow and reports use
SUPPORTED: tuple[str, ...] = tuple(CLEANERS)


def cleaner_for(fmt: str) -> FormatCleaner:
    try:
        return CLEANERS[fmt]
    except KeyError:
        raise UnsupportedFormat(f"{fmt}: no metadata cleaner for this format") from None


__all__ = ["CLEANERS", "SUPPORTED", "FormatCleaner", "MetaItem", "cleaner_for"]
