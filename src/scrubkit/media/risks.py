"""Turn metadata items into lines a person understands, for `scrubkit inspect`."""

from __future__ import annotations

from collections.abc import Callable

from scrubkit.media.formats.base import MetaItem

SERIAL_NAMES = {"ImageUniqueID", "CameraID", "UniqueCameraModel"}
OWNER_NAMES = {"Artist", "OwnerName", "CameraOwnerName", "Copyright", "CopyrightNotice", "By-line", "creator",
               "Rights", "rights", "XPAuthor", "Credit", "Contact", "CiEmailWork", "CiTelWork", "CiAdrExtadr"}
#: most telling first: when the photo was taken, then when it was digitised or last changed
DATE_NAMES = ("DateTimeOriginal", "DateCreated", "CreateDate", "DateTimeDigitized", "DigitalCreationDate", "DateTime")
PEOPLE_NAMES = {"RegionName", "PersonDisplayName", "PersonInImage", "PersonInImageName"}
PLACE_NAMES = {"City", "Sub-location", "Province-State", "Country-PrimaryLocationName", "Location", "State",
               "Country", "Sublocation", "LocationName", "CountryCode", "Country-PrimaryLocationCode"}
COMMENT_NAMES = {"Comment", "UserComment", "ImageDescription", "Caption-Abstract", "description", "title",
                 "Headline", "Keywords", "subject", "XPComment", "XPTitle", "XPSubject", "XPKeywords",
                 "ObjectName"}
DEVICE_NAMES = ("Make", "Model")


def describe_risks(items: list[MetaItem]) -> list[str]:
    """One readable line per kind of leak found in `items` (privacy items only)."""
    leaks = [item for item in items if item.privacy]
    lines: list[str] = []
    described: set[MetaItem] = set()
    for describe in _DESCRIBERS:
        line, used = describe(leaks)
        if line:
            lines.append(line)
            described.update(used)
    rest = [item for item in leaks if item not in described]
    if rest:
        groups = ", ".join(dict.fromkeys(item.group for item in rest))
        lines.append(f"other metadata: {len(rest)} items ({groups})")
    return lines


Describer = Callable[[list[MetaItem]], tuple[str | None, list[MetaItem]]]


def _values(items: list[MetaItem], names: set[str] | tuple[str, ...]) -> tuple[list[str], list[MetaItem]]:
    """The distinct values (ignoring case and spacing) of the items named `names`, and those items."""
    used = [item for item in items if item.name in names]
    distinct: dict[str, str] = {}
    for item in used:
        value = item.value.strip()
        if value:
            distinct.setdefault(value.casefold(), value)
    return list(distinct.values()), used


def _gps(items: list[MetaItem]) -> tuple[str | None, list[MetaItem]]:
    used = [item for item in items if item.group == "GPS" or item.name.startswith("GPS")]
    if not used:
        return None, []
    exif = {item.name: item.value for item in used if item.group == "GPS"}
    xmp = {item.name: item.value for item in used if item.group == "XMP"}
    if "GPSLatitude" in exif and "GPSLongitude" in exif:
        latitude = _signed(exif["GPSLatitude"], exif.get("GPSLatitudeRef", "N"), "S")
        longitude = _signed(exif["GPSLongitude"], exif.get("GPSLongitudeRef", "E"), "W")
        altitude = f" (altitude {_number(exif['GPSAltitude'])} m)" if "GPSAltitude" in exif else ""
        return f"GPS position {latitude}, {longitude}{altitude}", used
    if "GPSLatitude" in xmp and "GPSLongitude" in xmp:
        return f"GPS position {xmp['GPSLatitude']}, {xmp['GPSLongitude']} (XMP)", used
    return f"GPS data ({', '.join(dict.fromkeys(item.name for item in used))})", used


def _signed(degrees: str, ref: str, negative: str) -> str:
    try:
        value = float(degrees)
    except ValueError:
        return degrees
    return f"{-value if ref.strip().upper().startswith(negative) else value:.5f}"


def _number(text: str) -> str:
    try:
        return f"{float(text):g}"
    except ValueError:
        return text


def _device(items: list[MetaItem]) -> tuple[str | None, list[MetaItem]]:
    used = [item for item in items if item.group == "EXIF" and item.name in DEVICE_NAMES]
    make = next((i.value.strip() for i in used if i.name == "Make"), "")
    model = next((i.value.strip() for i in used if i.name == "Model"), "")
    device = model if make and model.casefold().startswith(make.casefold()) else f"{make} {model}".strip()
    return (f"camera/phone: {device}" if device else None), used


def _serials(items: list[MetaItem]) -> tuple[str | None, list[MetaItem]]:
    used = [item for item in items if item.name.endswith("SerialNumber") or item.name in SERIAL_NAMES]
    values = list(dict.fromkeys(item.value for item in used if item.value))
    return (f"camera serial number {', '.join(values)}" if values else None), used


def _labelled(label: str, names: set[str], suffix: str = "") -> Describer:
    def describe(items: list[MetaItem]) -> tuple[str | None, list[MetaItem]]:
        values, used = _values(items, names)
        return (f"{label}: {', '.join(values[:6])}{suffix}" if values else None), used

    return describe


def _original_date(items: list[MetaItem]) -> tuple[str | None, list[MetaItem]]:
    _, used = _values(items, DATE_NAMES)
    dated = sorted((item for item in used if item.value), key=lambda item: DATE_NAMES.index(item.name))
    return (f"original date {dated[0].value}" if dated else None), used


def _places(items: list[MetaItem]) -> tuple[str | None, list[MetaItem]]:
    values, used = _values(items, PLACE_NAMES)
    groups = "/".join(dict.fromkeys(item.group for item in used))
    return (f"{groups} place: {', '.join(values[:6])}" if values else None), used


def _group_line(group: str, line: str) -> Describer:
    def describe(items: list[MetaItem]) -> tuple[str | None, list[MetaItem]]:
        used = [item for item in items if item.group == group]
        return (line if used else None), used

    return describe


_DESCRIBERS: tuple[Describer, ...] = (
    _gps,
    _device,
    _serials,
    _labelled("owner/artist", OWNER_NAMES),
    _original_date,
    _labelled("names of people tagged in the photo", PEOPLE_NAMES, " (XMP face regions)"),
    _places,
    _group_line("Thumbnail", "embedded thumbnail (may show the uncropped original)"),
    _labelled("comment", COMMENT_NAMES),
    _labelled("colour profile named", {"ProfileDescription"}, " (ICC profile description)"),
    _labelled("extra pictures beside the photo (HDR gain map, depth, people mattes)", {"AuxiliaryImage"}),
    _group_line("MakerNotes", "maker notes (camera-specific data, often with serial numbers and settings)"),
)
