"""ICC colour profiles: their free-text description can name a person or a device ("Emily's iPad", a
calibrated monitor's serial). A description that is not one of the well-known profile names is reported
and, in outputs, overwritten in place with a neutral one; every other byte of the profile (its colour
data) stays as it was. The profile ID (an MD5 of the profile) is recomputed when the profile has one.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Iterator

from scrubkit.media.formats.base import Found, short

NEUTRAL = "ICC profile"
#: descriptions of widely shipped profiles (compared ignoring case); anything else is reported
STANDARD_DESCRIPTIONS = frozenset(name.casefold() for name in (
    NEUTRAL, "sRGB", "sRGB IEC61966-2.1", "sRGB IEC61966-2-1", "sRGB IEC61966-2-1 black scaled", "sRGB built-in",
    "sRGB Profile", "sRGB v4 ICC preference perceptual intent beta", "sRGB2014", "GIMP built-in sRGB",
    "GIMP built-in Linear sRGB", "c2", "uRGB", "Display P3", "DCI-P3", "P3 D65", "Adobe RGB (1998)",
    "ProPhoto RGB", "ROMM RGB", "Apple RGB", "ColorMatch RGB", "Generic RGB Profile", "Generic Gray Profile",
    "Generic Gray Gamma 2.2 Profile", "Gray Gamma 2.2", "Generic CMYK Profile", "Color LCD", "Rec. 2020",
    "ITU-R BT.2020", "Rec. ITU-R BT.709-5", "HDTV (Rec. 709)", "Linear Rec2020 RGB", "Dot Gain 15%",
    "Dot Gain 20%", "Dot Gain 25%", "Dot Gain 30%", "U.S. Web Coated (SWOP) v2", "U.S. Sheetfed Coated v2",
    "Coated FOGRA27 (ISO 12647-2:2004)", "Coated FOGRA39 (ISO 12647-2:2004)", "Uncoated FOGRA29 (ISO 12647-2:2004)",
    "Japan Color 2001 Coated", "Apple Wide Color Sharing Profile",
))
#: camera makers' and Skia's generated profile names
STANDARD_PATTERNS = re.compile(r"(Nikon (sRGB|Adobe RGB) [\d.]+|Google/Skia/[0-9A-F]+)", re.IGNORECASE)
_HEADER, _DESCRIPTION = 128, b"desc"
_ID = slice(84, 100)


def declared_size(profile: bytes) -> int:
    """The profile's own size field (bytes 0-3); bytes after it are not part of the profile."""
    return struct.unpack(">I", profile[:4])[0] if len(profile) >= 4 else len(profile)


def is_standard(text: str) -> bool:
    text = text.replace("\ufeff", "").strip()  # (a byte-order mark some writers put before UTF-16 text)
    return not text or NEUTRAL.startswith(text) or text.casefold() in STANDARD_DESCRIPTIONS \
        or bool(STANDARD_PATTERNS.fullmatch(text))


def icc_items(profile: bytes) -> list[Found]:
    """("ICC", "ProfileDescription", text) when the description is not a standard name; bytes after the
    profile's declared end as ("ICC", "TrailingData", ...)."""
    found: list[Found] = []
    texts = [text for _, _, text in _description_texts(profile)]
    unusual = [text for text in texts if not is_standard(text)]
    if unusual:
        found.append(("ICC", "ProfileDescription", short(" / ".join(dict.fromkeys(unusual)))))
    extra = len(profile) - declared_size(profile)
    if extra > 0:
        found.append(("ICC", "TrailingData", f"({extra} bytes after the profile)"))
    return found


def neutral_icc(profile: bytes) -> bytes:
    """The profile cut to its declared size, with a non-standard description overwritten in place by
    NEUTRAL (padded with NULs, so no offset or length changes). A standard profile comes back as it is."""
    profile = profile[: declared_size(profile)]
    if all(is_standard(text) for _, _, text in _description_texts(profile)):
        return profile
    out = bytearray(profile)
    for start, end, encoding in _text_fields(profile):
        width = 2 if encoding == "utf-16-be" else 1
        neutral = NEUTRAL.encode(encoding)[: max(0, end - start - width)]  # room for a terminating NUL
        out[start:end] = neutral + bytes(end - start - len(neutral))
    if any(out[_ID]):
        out[_ID] = _profile_id(bytes(out))
    return bytes(out)


def _profile_id(profile: bytes) -> bytes:
    """MD5 over the profile with the flags, rendering intent and profile ID fields zeroed (ICC.1:2010 7.2.18)."""
    copy = bytearray(profile)
    copy[44:48], copy[64:68], copy[_ID] = bytes(4), bytes(4), bytes(16)
    return hashlib.md5(copy).digest()  # the ICC format defines this checksum as MD5


def _description_tag(profile: bytes) -> tuple[int, int] | None:
    """(start, end) of the 'desc' tag's data, or None when there is none or it lies outside the profile."""
    if len(profile) < _HEADER + 4:
        return None
    (count,) = struct.unpack(">I", profile[_HEADER : _HEADER + 4])
    for index in range(min(count, (len(profile) - _HEADER - 4) // 12)):
        at = _HEADER + 4 + 12 * index
        signature, offset, size = struct.unpack(">4sII", profile[at : at + 12])
        if signature == _DESCRIPTION and 12 <= size and offset + size <= len(profile):
            return offset, offset + size
    return None


def _description_texts(profile: bytes) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of every text the description holds: v2 ASCII, Unicode and Mac script parts,
    or each language of a v4 multi-localised record. Trailing NULs are padding; a NUL inside the text
    (something hidden after the visible name) keeps it from matching a standard name."""
    for start, end, encoding in _text_fields(profile):
        yield start, end, profile[start:end].decode(encoding, "replace").rstrip("\0")


def _text_fields(profile: bytes) -> list[tuple[int, int, str]]:
    tag = _description_tag(profile)
    if tag is None:
        return []
    start, end = tag
    kind = profile[start : start + 4]
    if kind == b"desc":
        return _v2_fields(profile, start, end)
    if kind == b"mluc":
        return _mluc_fields(profile, start, end)
    if kind == b"text":
        return [(start + 8, end, "latin-1")]
    return []


def _v2_fields(profile: bytes, start: int, end: int) -> list[tuple[int, int, str]]:
    """textDescriptionType: ASCII count + text, Unicode language + count + UTF-16 text, Mac script text."""
    fields = []
    (ascii_count,) = struct.unpack(">I", profile[start + 8 : start + 12])
    pos = start + 12
    fields.append((pos, min(pos + ascii_count, end), "latin-1"))
    pos += ascii_count
    if pos + 8 <= end:
        (unicode_count,) = struct.unpack(">I", profile[pos + 4 : pos + 8])
        pos += 8
        fields.append((pos, min(pos + 2 * unicode_count, end), "utf-16-be"))
        pos += 2 * unicode_count
        if pos + 3 <= end:
            fields.append((pos + 3, min(pos + 3 + 67, end), "latin-1"))
    return [(a, b, encoding) for a, b, encoding in fields if b > a]


def _mluc_fields(profile: bytes, start: int, end: int) -> list[tuple[int, int, str]]:
    """multiLocalizedUnicodeType: a record per language pointing at a UTF-16 string inside the tag."""
    if start + 16 > end:
        return []
    count, size = struct.unpack(">II", profile[start + 8 : start + 16])
    fields = []
    for index in range(min(count, (end - start - 16) // max(size, 12))):
        at = start + 16 + index * max(size, 12)
        length, offset = struct.unpack(">II", profile[at + 4 : at + 12])
        text_start = start + offset
        if start + 16 <= text_start and text_start + length <= end:
            fields.append((text_start, text_start + length - length % 2, "utf-16-be"))
    return [(a, b, encoding) for a, b, encoding in fields if b > a]
