"""One small cleaner per format, each with its allowlist in plain sight; `cleaner_for` picks one."""

from __future__ import annotations

from scrubkit.errors import UnsupportedFormat
from scrubkit.media.formats.base import FormatCleaner, MetaItem
from scrubkit.media.formats.gif import GifCleaner
from scrubkit.media.formats.isobmff import AvifCleaner, HeifCleaner
from scrubkit.media.formats.jpeg import JpegCleaner
from scrubkit.media.formats.png import PngCleaner
from scrubkit.media.formats.tiff import TiffCleaner
from scrubkit.media.formats.webp import WebpCleaner

CLEANERS: dict[str, FormatCleaner] = {
    cleaner.format: cleaner
    for cleaner in (JpegCleaner(), PngCleaner(), WebpCleaner(), HeifCleaner(), AvifCleaner(), TiffCleaner(),
                    GifCleaner())
}


def cleaner_for(fmt: str) -> FormatCleaner:
    try:
        return CLEANERS[fmt]
    except KeyError:
        raise UnsupportedFormat(f"{fmt}: no metadata cleaner for this format") from None


__all__ = ["CLEANERS", "FormatCleaner", "MetaItem", "cleaner_for"]
