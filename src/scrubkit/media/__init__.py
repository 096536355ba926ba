"""The media layer: sniff the format from the bytes, strip and verify metadata, decode and encode.

    fmt = sniff_format(data)
    clean, removed = strip_metadata(data, fmt)   # metadata-only: pixels untouched
    verify_clean(clean, fmt)                     # re-read against the format's allowlist
"""

from scrubkit.media.decode import Decoded, check_decodes, decode
from scrubkit.media.encode import atomic_write, encode
from scrubkit.media.metadata import MetaItem, describe_risks, read_metadata, strip_metadata, verify_clean
from scrubkit.media.sniff import SUPPORTED, sniff_format

__all__ = [
    "SUPPORTED", "Decoded", "MetaItem", "atomic_write", "check_decodes", "decode", "describe_risks", "encode",
    "read_metadata", "sniff_format", "strip_metadata", "verify_clean",
]
