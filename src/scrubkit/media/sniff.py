"""Tell the format from the bytes, never from the file name."""

from __future__ import annotations

from pathlib import PurePath

from scrubkit.errors import CorruptImage, UnsupportedFormat
from scrubkit.media.formats import CLEANERS, SUPPORTED
from scrubkit.media.formats.isobmff import brands

__all__ = ["SUPPORTED", "extension_warning", "sniff_format"]

_SEQUENCE_BRANDS = {b"msf1", b"hevc", b"hevx", b"avis"}
_VIDEO_BRANDS = {b"isom", b"iso2", b"mp41", b"mp42", b"qt  ", b"M4V ", b"3gp4", b"3gp5", b"3g2a", b"avc1", b"dash"}

#: (prefix, offset, message) for formats recognised only to be refused
_REFUSED: tuple[tuple[bytes, int, str], ...] = (
    (b"8BPS", 0, "Photoshop PSD: not supported (layers and previews cannot be cleaned safely); export a JPEG or PNG"),
    (b"%PDF", 0, "PDF: not supported (a document, not a photo)"),
    (b"\xff\x0a", 0, "JPEG XL: not supported yet; convert it to JPEG or PNG first"),
    (b"\0\0\0\x0cJXL \r\n\x87\n", 0, "JPEG XL: not supported yet; convert it to JPEG or PNG first"),
    (b"\0\0\0\x0cjP  \r\n\x87\n", 0, "JPEG 2000: not supported; convert it to JPEG or PNG first"),
    (b"BM", 0, "BMP: not supported; convert it to PNG first"),
    (b"FUJIFILMCCD-RAW", 0, "Fujifilm RAF raw photo: not supported; export a JPEG from your photo app first"),
    (b"IIRO", 0, "Olympus ORF raw photo: not supported; export a JPEG from your photo app first"),
    (b"IIRS", 0, "Olympus ORF raw photo: not supported; export a JPEG from your photo app first"),
    (b"MMOR", 0, "Olympus ORF raw photo: not supported; export a JPEG from your photo app first"),
    (b"IIU\0", 0, "Panasonic RW2 raw photo: not supported; export a JPEG from your photo app first"),
    (b"HEAPCCDR", 6, "Canon CRW raw photo: not supported; export a JPEG from your photo app first"),
    (b"FOVb", 0, "Sigma X3F raw photo: not supported; export a JPEG from your photo app first"),
    (b"\0MRM", 0, "Minolta MRW raw photo: not supported; export a JPEG from your photo app first"),
    (b"\x1a\x45\xdf\xa3", 0, "video (Matroska/WebM): not supported, photos only"),
    (b"FLV", 0, "video (FLV): not supported, photos only"),
    (b"\0\0\x01\xba", 0, "video (MPEG): not supported, photos only"),
    (b"II+\0", 0, "BigTIFF: not supported; save it as a regular TIFF or PNG first"),
    (b"MM\0+", 0, "BigTIFF: not supported; save it as a regular TIFF or PNG first"),
)


def sniff_format(data: bytes) -> str:
    """One of SUPPORTED, decided from the content by the cleaners' magic bytes; raises CorruptImage
    or UnsupportedFormat (with what the file is, when it is something scrubkit knows it cannot clean)."""
    if not data:
        raise CorruptImage("empty file (0 bytes)")
    for prefix, offset, message in _REFUSED:
        if data[offset : offset + len(prefix)] == prefix:
            raise UnsupportedFormat(message)
    for cleaner in CLEANERS.values():
        if cleaner.claims(data):
            return cleaner.format
    if data[:4] == b"RIFF":
        if data[8:12] == b"AVI ":
            raise UnsupportedFormat("video (AVI): not supported, photos only")
        raise CorruptImage("not an image: a RIFF file that is not WebP")
    if data[4:8] == b"ftyp":
        raise UnsupportedFormat(_isobmff_refusal(data))
    raise CorruptImage("not an image: unrecognised content")


def extension_warning(name: str, fmt: str) -> str | None:
    """A warning when a file's extension says another format than its content (a .png that is a JPEG).

    The content decides how the file is cleaned; the name is kept, so whoever opens the output by its
    name may be surprised: worth a look, not a failure.
    """
    suffix = PurePath(name).suffix.lower()
    expected = CLEANERS[fmt].extensions
    if suffix in expected:
        return None
    if not suffix:
        return f"the file name has no extension; its content is {fmt} (usual extension {expected[0]})"
    named = next((cleaner.format for cleaner in CLEANERS.values() if suffix in cleaner.extensions), None)
    says = f"says {named}" if named else "is not an image extension"
    return f"the extension {suffix!r} {says} but the content is {fmt} (cleaned as {fmt}; usual extension {expected[0]})"


def _isobmff_refusal(data: bytes) -> str:
    found = brands(data)
    if b"crx " in found:
        return "Canon CR3 raw photo: not supported; export a JPEG from your photo app first"
    if found & _SEQUENCE_BRANDS:
        return "HEIF/AVIF image sequence: not supported, still photos only"
    if found & _VIDEO_BRANDS:
        return "video (MP4/MOV): not supported, photos only"
    return f"ISO media file with brand {data[8:12].decode('latin-1')!r}: not supported"
