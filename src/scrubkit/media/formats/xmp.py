"""XMP packets: list every property (people tagged in face regions, places, creators, ...)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from scrubkit.media.formats.base import Found, rendering, short

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
ADOBE_META = "adobe:ns:meta/"
XML = "http://www.w3.org/XML/1998/namespace"
MWG_REGIONS = "http://www.metadataworkinggroup.com/schemas/regions/"
_CONTAINERS = {RDF, ADOBE_META}

if TYPE_CHECKING:
    from xml.etree import ElementTree


def xmp_items(packet: bytes) -> list[Found]:
    """Every property in an XMP packet as ("XMP", name, value); a packet that is only blank is empty."""
    text = packet.strip(b"\0 \t\r\n")
    if not text:
        return []
    from xml.etree import ElementTree  # here: photos without XMP never load the XML parser
    start = text.find(b"<x:xmpmeta")
    if start < 0:
        start = text.find(b"<rdf:RDF")
    end = _element_end(text, start)
    if start < 0 or end < 0:
        return [("XMP", "XMP", f"unparseable packet ({len(packet)} bytes)")]
    try:
        root = ElementTree.fromstring(text[start:end])
    except ElementTree.ParseError:
        return [("XMP", "XMP", f"unparseable packet ({len(packet)} bytes)")]
    return list(_walk(root, property_name=None))


def _element_end(text: bytes, start: int) -> int:
    """Where the root element that opens at `start` closes (explicitly or as `<x:xmpmeta .../>`)."""
    for closing in (b"</x:xmpmeta>", b"</rdf:RDF>"):
        index = text.rfind(closing)
        if index > start >= 0:
            return index + len(closing)
    index = text.find(b"/>", start)
    return index + 2 if index >= 0 else -1


def _split(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        namespace, _, local = tag[1:].partition("}")
        return namespace, local
    return "", tag


def _property(namespace: str, local: str) -> str:
    return "RegionName" if namespace == MWG_REGIONS and local == "Name" else local


def _walk(element: ElementTree.Element, property_name: str | None) -> Iterator[Found]:
    namespace, local = _split(element.tag)
    if namespace not in _CONTAINERS:
        property_name = _property(namespace, local)
    for attribute, value in element.attrib.items():
        attr_namespace, attr_local = _split(attribute)
        if attr_namespace not in _CONTAINERS and attr_namespace != XML and attr_namespace:
            yield ("XMP", _property(attr_namespace, attr_local), short(value) if rendering() else "")
    children = list(element)
    for child in children:
        yield from _walk(child, property_name)
    text = (element.text or "").strip()
    if text and not children and property_name:
        yield ("XMP", property_name, short(text) if rendering() else "")
