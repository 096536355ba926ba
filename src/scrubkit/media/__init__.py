"""The media layer: sniff the format from the bytes, strip and verify metadata, decode and encode.

    fmt = sniff_format(data)
    clean, removed = strip_metadata(data, fmt)   # metadata-only: pixels untouched
    verify_clean(clean, fmt)                     # re-read against the format's allowlist

Pixels live in scrubkit.media.decode (decode, check_decodes, Decoded) and scrubkit.media.encode
(encode); they are not imported here, so metadata-only work never loads numpy or the decoders.
"""

from scrubkit.media.atomic import atomic_write
from scrubkit.media.metadata import MetaItem, describe_risks, read_metadata, strip_metadata, verify_clean
from scrubkit.media.sniff import SUPPORTED, sniff_format

__all__ = [
    "SUPPORTED", "MetaItem", "atomic_write", "describe_risks", "read_metadata", "sniff_format", "strip_metadata",
    "verify_clean",
]
