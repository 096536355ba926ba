"""Tell the format from the bytes, never from the file name."""

from __future__ import annotations

import struct

from scrubkit.errors import CorruptImage, UnsupportedFormat
from scrubkit.media.formats.ifd import Ifds

SUPPORTED = ("JPEG", "PNG", "WEBP", "HEIF", "AVIF", "TIFF", "GIF")

_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"mif1", b"mif2", b"MiHE", b"MiPr"}
_AVIF_BRANDS = {b"avif"}
_SEQUENCE_BRANDS = {b"msf1", b"hevc", b"hevx", b"avis"}
_VIDEO_BRANDS = {b"isom", b"iso2", b"mp41", b"mp42", b"qt  ", b"M4V ", b"3gp4", b"3gp5", b"3g2a", b"avc1", b"dash"}
_RAW_PHOTOMETRIC = {32803, 34892}  # CFA, LinearRaw
DNG_VERSION, PHOTOMETRIC, SUB_IFDS = 50706, 262, 330

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
    """One of SUPPORTED, decided from the content; raises CorruptImage or UnsupportedFormat."""
    if not data:
        raise CorruptImage("empty file (0 bytes)")
    for prefix, offset, message in _REFUSED:
        if data[offset : offset + len(prefix)] == prefix:
            raise UnsupportedFormat(message)
    if data[:3] == b"\xff\xd8\xff":
        return "JPEG"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "PNG"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if data[:4] == b"RIFF":
        return _riff(data)
    if data[:4] in (b"II*\0", b"MM\0*"):
        return _tiff(data)
    if data[4:8] == b"ftyp":
        return _isobmff(data)
    raise CorruptImage("not an image: unrecognised content")


def _riff(data: bytes) -> str:
    kind = data[8:12]
    if kind == b"WEBP":
        return "WEBP"
    if kind == b"AVI ":
        raise UnsupportedFormat("video (AVI): not supported, photos only")
    raise CorruptImage("not an image: a RIFF file that is not WebP")


def _tiff(data: bytes) -> str:
    """A TIFF, unless it is a camera raw built on TIFF (DNG, CR2, NEF, ARW, PEF...)."""
    if data[8:10] == b"CR":
        raise UnsupportedFormat("Canon CR2 raw photo: not supported; export a JPEG from your photo app first")
    try:
        ifds = Ifds(data)
        directories = list(ifds.chain())
        if not directories:
            raise CorruptImage("broken TIFF: no image directory")
        for entries in directories:
            tags = {e.tag: e for e in entries}
            if DNG_VERSION in tags:
                raise UnsupportedFormat("DNG raw photo: not supported; export a JPEG from your photo app first")
            sub_ifds = [ifds.directory(offset)[0] for offset in _sub_ifd_offsets(ifds, tags)]
            for directory in [entries, *sub_ifds]:
                photometric = next((ifds.first_number(e) for e in directory if e.tag == PHOTOMETRIC), None)
                if photometric in _RAW_PHOTOMETRIC:
                    raise UnsupportedFormat("camera raw photo (TIFF-based): not supported; "
                                            "export a JPEG from your photo app first")
    except struct.error:
        raise CorruptImage("broken TIFF: truncated directory") from None
    return "TIFF"


def _sub_ifd_offsets(ifds: Ifds, tags: dict) -> tuple[int, ...]:
    entry = tags.get(SUB_IFDS)
    if entry is None:
        return ()
    value = ifds.value(entry)
    return tuple(int(v) for v in value) if isinstance(value, tuple) else ()


def _isobmff(data: bytes) -> str:
    (size,) = struct.unpack(">I", data[:4])
    brands = {data[i : i + 4] for i in range(8, min(size, 256), 4) if i != 12}
    if b"crx " in brands:
        raise UnsupportedFormat("Canon CR3 raw photo: not supported; export a JPEG from your photo app first")
    if brands & _AVIF_BRANDS:
        return "AVIF"
    if brands & _HEIF_BRANDS:
        return "HEIF"
    if brands & _SEQUENCE_BRANDS:
        raise UnsupportedFormat("HEIF/AVIF image sequence: not supported, still photos only")
    if brands & _VIDEO_BRANDS or data[8:12] in _VIDEO_BRANDS:
        raise UnsupportedFormat("video (MP4/MOV): not supported, photos only")
    raise UnsupportedFormat(f"ISO media file with brand {data[8:12].decode('latin-1')!r}: not supported")
