"""TIFF: write the decoded pages into a fresh file with only structural tags and the ICC profile.
Lossless (deflate), so the pixels are identical; the original compression is not kept. Pillow
applies the Orientation tag while decoding a TIFF, so the pages come out upright and need no tag
(if a Pillow version leaves the tag in place, it is written back instead).

Every tag a TIFF carries lives in the same directory as the image layout (IFD0), which is why
`exiftool -all=` cannot clean a TIFF; rebuilding the file from its pixels can.
"""

from __future__ import annotations

import struct
from io import BytesIO
from typing import TYPE_CHECKING, Any

from scrubkit.errors import CorruptImage, UnsupportedFormat
from scrubkit.media.formats.base import FormatCleaner, Found
from scrubkit.media.formats.exif import ORIENTATION, exif_items
from scrubkit.media.formats.icc import icc_items, neutral_icc
from scrubkit.media.formats.ifd import Entry, Ifds
from scrubkit.media.opening import DECODE_ERRORS, frames, opened

if TYPE_CHECKING:
    from PIL import Image

ICC_TAG, ICC_TAG_NAME = 34675, "InterColorProfile"
_RAW_PHOTOMETRIC = {32803, 34892}  # CFA, LinearRaw
DNG_VERSION, PHOTOMETRIC, SUB_IFDS = 50706, 262, 330
#: tags that describe how the pixels are stored, as named in PIL.ExifTags.TAGS
STRUCTURAL_TAGS = frozenset({
    "NewSubfileType", "SubfileType", "ImageWidth", "ImageLength", "BitsPerSample", "Compression",
    "PhotometricInterpretation", "FillOrder", "StripOffsets", "Orientation", "SamplesPerPixel",
    "RowsPerStrip", "StripByteCounts", "MinSampleValue", "MaxSampleValue", "XResolution", "YResolution",
    "PlanarConfiguration", "ResolutionUnit", "TransferFunction", "Predictor", "WhitePoint",
    "PrimaryChromaticities", "ColorMap", "TileWidth", "TileLength", "TileOffsets", "TileByteCounts",
    "InkSet", "ExtraSamples", "SampleFormat", "JPEGTables", "YCbCrCoefficients", "YCbCrSubSampling",
    "YCbCrPositioning", "ReferenceBlackWhite",
})


class TiffCleaner(FormatCleaner):
    format = "TIFF"
    extensions = (".tif", ".tiff")
    meta_allowlist = frozenset({"ICC:ICC_Profile"} | {f"EXIF:{name}" for name in STRUCTURAL_TAGS})
    lossless = True
    rebuilds_pixels = True

    @classmethod
    def claims(cls, data: bytes) -> bool:
        """A TIFF, unless it is a camera raw built on TIFF (DNG, CR2, NEF, ARW, PEF...): refused."""
        if data[:4] not in (b"II*\0", b"MM\0*"):
            return False
        if data[8:10] == b"CR":
            raise UnsupportedFormat("Canon CR2 raw photo: not supported; export a JPEG from your photo app first")
        try:
            _refuse_raw(Ifds(data))
        except struct.error:
            raise CorruptImage("broken TIFF: truncated directory") from None
        return True

    def save_options(self, quality: int, lossless: bool) -> dict[str, Any]:
        return {"compression": "tiff_adobe_deflate"}

    def find(self, data: bytes) -> list[Found]:
        found = [("ICC", "ICC_Profile", value) if (group, name) == ("EXIF", ICC_TAG_NAME) else (group, name, value)
                 for group, name, value in exif_items(data, later_ifds="EXIF")]
        return found + [item for profile in _icc_profiles(data) for item in icc_items(profile)]

    def strip(self, data: bytes, max_pixels: int) -> bytes:
        """Pages are decoded and written one at a time: memory holds one page, never the whole file."""
        from PIL.TiffImagePlugin import AppendingTiffWriter  # here: a run without TIFFs never loads it

        out = BytesIO()
        with opened(data, "TIFF", max_pixels) as image, AppendingTiffWriter(out) as writer:
            options = _save_options(image)
            for index, page in enumerate(frames(image, max_pixels)):
                if index:
                    writer.newFrame()  # (only between pages: after the last it would add padding)
                try:
                    _bare_copy(page).save(writer, "TIFF", **options)
                except DECODE_ERRORS as error:  # libtiff rejects a damaged ICC profile or resolution
                    raise CorruptImage(f"cannot rewrite this TIFF: {error}") from error
            writer.finalize()
        return out.getvalue()


def _save_options(image: Image.Image) -> dict[str, object]:
    """What every rewritten page keeps: lossless compression, ICC, resolution, and an Orientation
    only if decoding did not already apply it."""
    options: dict[str, object] = {"compression": "tiff_adobe_deflate"}
    if icc := image.info.get("icc_profile"):
        options["icc_profile"] = neutral_icc(icc)
    if dpi := image.info.get("dpi"):
        options["dpi"] = dpi
    image.load()  # Pillow applies and drops the Orientation while loading
    orientation = image.getexif().get(ORIENTATION, 1)
    if orientation != 1:
        options["tiffinfo"] = {ORIENTATION: orientation}
    return options


def _refuse_raw(ifds: Ifds) -> None:
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


def _sub_ifd_offsets(ifds: Ifds, tags: dict[int, Entry]) -> tuple[int, ...]:
    entry = tags.get(SUB_IFDS)
    if entry is None:
        return ()
    value = ifds.value(entry)
    return tuple(int(v) for v in value) if isinstance(value, tuple) else ()


def _icc_profiles(data: bytes) -> list[bytes]:
    """The ICC profile (tag 34675) of every page."""
    try:
        ifds = Ifds(data)
        entries = [entry for page in ifds.chain() for entry in page if entry.tag == ICC_TAG]
        return [bytes(value) for value in map(ifds.value, entries) if isinstance(value, bytes)]
    except (CorruptImage, struct.error):
        return []


def _bare_copy(page: Image.Image) -> Image.Image:
    """The page's pixels as a plain Image: no `tag_v2`, no `info`, so Pillow copies no XMP/IPTC over."""
    bare = page.copy()
    bare.info = {}
    return bare
