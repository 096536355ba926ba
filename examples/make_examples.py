"""Build examples/photos: public-domain/CC0 pictures with realistic leaking metadata written in.

The pictures come from packages' sample data (see examples/README.md for each one's licence):
scikit-image's skimage/data (astronaut, coffee, chelsea, rocket) and matplotlib's sample_data
(grace_hopper). Usage, with both wheels unpacked into SRC:

    python examples/make_examples.py SRC examples/photos

What is written in is what a phone or a club's camera leaves in a photo: GPS position, camera make,
model and serial number, owner name, capture date, an XMP face region naming a child, a comment,
PNG text chunks, and an Orientation tag on a photo stored sideways.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

GPS_LEEDS = {1: "N", 2: (53.0, 48.0, 2.6), 3: "W", 4: (1.0, 32.0, 56.2), 5: 0, 6: 45.0}


def leaky_exif(orientation: int = 1) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "Apple"  # Make
    exif[0x0110] = "iPhone 13"  # Model
    exif[0x013B] = "Jane Clarke"  # Artist
    exif[0x8298] = "(c) Jane Clarke, St Mary's PTA"  # Copyright
    exif[0x0112] = orientation
    exif[0x0132] = "2026:06:13 10:41:07"  # DateTime
    ifd = exif.get_ifd(0x8769)
    ifd[0x9003] = "2026:06:13 10:41:07"  # DateTimeOriginal
    ifd[0xA431] = "DN7Q1234ABCD"  # BodySerialNumber
    ifd[0xA430] = "Jane Clarke"  # CameraOwnerName
    exif.get_ifd(0x8825).update(GPS_LEEDS)
    return exif


def face_region_xmp(name: str) -> bytes:
    return f"""<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description xmlns:mwg-rs="http://www.metadataworkinggroup.com/schemas/regions/"
 xmlns:stArea="http://ns.adobe.com/xmp/sType/Area#" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:City="Leeds">
<mwg-rs:Regions rdf:parseType="Resource"><mwg-rs:RegionList><rdf:Bag><rdf:li rdf:parseType="Resource">
<mwg-rs:Name>{name}</mwg-rs:Name><mwg-rs:Type>Face</mwg-rs:Type>
<mwg-rs:Area stArea:x="0.5" stArea:y="0.3" stArea:w="0.2" stArea:h="0.25" stArea:unit="normalized"/>
</rdf:li></rdf:Bag></mwg-rs:RegionList></mwg-rs:Regions>
<dc:creator><rdf:Seq><rdf:li>Jane Clarke</rdf:li></rdf:Seq></dc:creator>
</rdf:Description></rdf:RDF></x:xmpmeta>""".encode()


def school_sign(photo: Image.Image) -> Image.Image:
    """Paint a school sign onto a real photo: visible text that tells a stranger where a child is."""
    photo = photo.convert("RGB")
    draw = ImageDraw.Draw(photo)
    w, h = photo.size
    box = (int(w * 0.05), int(h * 0.06), int(w * 0.62), int(h * 0.34))
    draw.rectangle(box, fill=(20, 60, 130), outline=(240, 240, 240), width=4)
    big = ImageFont.load_default(size=max(14, h // 16))
    small = ImageFont.load_default(size=max(10, h // 26))
    draw.text((box[0] + 14, box[1] + 12), "ST MARY'S PRIMARY", font=big, fill="white")
    draw.text((box[0] + 14, box[1] + 14 + h // 13), "Roundhay Road, Leeds LS8 2AB", font=small, fill="white")
    return photo


def main(src: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    sk = src / "skimage" / "data"
    mpl = src / "matplotlib" / "mpl-data" / "sample_data"

    astronaut = Image.open(sk / "astronaut.png").convert("RGB")
    astronaut.save(out / "portrait.jpg", quality=92, exif=leaky_exif(), xmp=face_region_xmp("Amy Clarke"),
                   comment=b"Amy Clarke, Year 4, sports day")
    # Stored sideways with Orientation=6 (rotate 90 CW to display), as phones do.
    astronaut.transpose(Image.Transpose.ROTATE_90).save(out / "portrait-sideways.jpg", quality=92, exif=leaky_exif(6))

    hopper = Image.open(mpl / "grace_hopper.jpg").convert("RGB")
    hopper.save(out / "staff photo.jpg", quality=92, exif=leaky_exif(), xmp=face_region_xmp("Mrs Hopper"))

    coffee = Image.open(sk / "coffee.png").convert("RGB")
    school_sign(coffee).save(out / "sign.jpg", quality=92, exif=leaky_exif())

    chelsea = Image.open(sk / "chelsea.png").convert("RGB")
    info = {"Author": "Jane Clarke", "Description": "Our class pet at St Mary's, Leeds", "Location": "53.8007,-1.5491"}
    from PIL.PngImagePlugin import PngInfo

    png_text = PngInfo()
    for key, value in info.items():
        png_text.add_text(key, value)
    png_text.add_itxt("XML:com.adobe.xmp", face_region_xmp("Leo").decode())
    (out / "class pet").mkdir(exist_ok=True)
    chelsea.save(out / "class pet" / "chelsea.png", pnginfo=png_text, exif=leaky_exif())

    rocket = Image.open(sk / "rocket.jpg").convert("RGB")
    (out / "trip").mkdir(exist_ok=True)
    rocket.save(out / "trip" / "rocket.webp", quality=90, exif=leaky_exif(), xmp=face_region_xmp("Sam Patel"))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
