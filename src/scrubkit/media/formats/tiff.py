"""TIFF: write the decoded pages into a fresh file with only structural tags and the ICC profile.
Lossless (deflate), so the pixels are identical; the original compression is not kept. Pillow
applies the Orientation tag while decoding a TIFF, so the pages come out upright and need no tag
(if a Pillow version leaves the tag in place, it is written back instead).

Every tag a TIFF carries lives in the same directory as the image layout (IFD0), which is why
`exiftool -all=` cannot clean a TIFF; rebuilding the file from its pixels can.
"""

from __future__ import annotations

from io import BytesIO

from PIL import Image, ImageSequence

from scrubkit.errors import CorruptImage
from scrubkit.media.formats.base import FormatCleaner, Found
from scrubkit.media.formats.exif import ORIENTATION, exif_items
from scrubkit.media.opening import DECODE_ERRORS, opened

ICC_TAG_NAME = "InterColorProfile"
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
    meta_allowlist = frozenset({"ICC:ICC_Profile"} | {f"EXIF:{name}" for name in STRUCTURAL_TAGS})

    def find(self, data: bytes) -> list[Found]:
        return [("ICC", "ICC_Profile", value) if (group, name) == ("EXIF", ICC_TAG_NAME) else (group, name, value)
                for group, name, value in exif_items(data, later_ifds="EXIF")]

    def strip(self, data: bytes, max_pixels: int) -> bytes:
        with opened(data, "TIFF", max_pixels) as image:
            icc = image.info.get("icc_profile")
            dpi = image.info.get("dpi")
            frames = ImageSequence.Iterator(image)
            first = _bare_copy(next(frames))
            orientation = image.getexif().get(ORIENTATION, 1)  # what decoding did not already apply
            pages = [first, *(_bare_copy(page) for page in frames)]
        options: dict[str, object] = {"compression": "tiff_adobe_deflate"}
        if icc:
            options["icc_profile"] = icc
        if dpi:
            options["dpi"] = dpi
        if orientation != 1:
            options["tiffinfo"] = {ORIENTATION: orientation}
        if len(pages) > 1:
            options.update(save_all=True, append_images=pages[1:])
        out = BytesIO()
        try:
            pages[0].save(out, "TIFF", **options)
        except DECODE_ERRORS as error:  # libtiff rejects a damaged ICC profile or resolution
            raise CorruptImage(f"cannot rewrite this TIFF: {error}") from error
        return out.getvalue()


def _bare_copy(page: Image.Image) -> Image.Image:
    """The page's pixels as a plain Image: no `tag_v2`, no `info`, so Pillow copies no XMP/IPTC over."""
    bare = page.copy()
    bare.info = {}
    return bare
