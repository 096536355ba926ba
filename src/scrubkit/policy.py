"""What to remove and how. Three presets; a TOML file can start from one and change fields."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Annotated, Any, Literal

from scrubkit.errors import PolicyError
from scrubkit.policy_fields import FRACTION, POSITIVE, Range, checked_fields

PeopleMode = Literal["off", "faces", "faces+torso"]
TextMode = Literal["off", "all", "identifying"]
CoverStyle = Literal["pixelate", "fill", "blur"]
OcrBackend = Literal["rapidocr", "easyocr"]
NamedChildRule = Literal["warn", "refuse"]
AudioMode = Literal["drop", "keep"]
UniformMode = Literal["marks", "torso", "off"]
GarmentMode = Literal["keep", "grey"]


@dataclass(frozen=True)
class Policy:
    """A frozen description of one scrubbing job; pass it to every scrub_* function.

    Metadata is always stripped: there is no setting that keeps GPS or camera serials. Every field
    is checked against its annotation when a Policy is made (policy_fields.py): give a new numeric
    field its Range with Annotated.
    """

    name: str = "strict"
    #: "faces" covers faces (and, with `uniforms`, what people wear); "faces+torso" is the older
    #: spelling of people="faces", uniforms="torso" and is read as that
    people: PeopleMode = "faces"
    #: "all" covers every text region OCR finds; "identifying" only names, schools, places, ...
    text: TextMode = "all"
    #: how regions are covered; pixelate (coarse) and fill are irreversible, blur less so
    style: CoverStyle = "pixelate"
    #: grow each covered face box by this fraction of its size on every side, text by this
    #: fraction of its letter height (a long line needs no more border than a word)
    margin: Annotated[float, Range(0, 2)] = 0.25
    #: OCR backend for visible text; easyocr needs the `scrubkit[easyocr]` extra
    ocr: OcrBackend = "rapidocr"
    #: face detector confidence threshold; low because a missed face is a leak
    face_threshold: Annotated[float, FRACTION] = 0.2
    #: post text: keep year groups (Year 4, U11) / past dates / ages instead of generalising them
    keep_year_groups: bool = False
    keep_past_dates: bool = False
    keep_ages: bool = False
    #: a caption that names a child beside a photo with a recognisable face: warn or refuse
    named_child_photo: NamedChildRule = "refuse"
    # --- uniforms (issue 14; docs/detection.md) ---
    #: around each face: "marks" covers the detailed parts of kit and headgear (crests, logos, badges,
    #: names, numbers), "torso" a box over the whole torso, "off" nothing; people seen without a face
    #: get their head covered unless "off"
    uniforms: UniformMode = "marks"
    #: "grey" turns the clothing below each face to greys: with every crest covered, a rare colour
    #: combination can still name the school. The child and the rest of the photo keep their colours
    garments: GarmentMode = "keep"
    #: quality used when pixels had to be re-encoded (lossy formats only)
    quality: Annotated[int, Range(50, 100)] = 95
    #: refuse files with more pixels than this, summed over pages and frames (decompression bombs)
    max_pixels: Annotated[int, POSITIVE] = 150_000_000
    # --- video (issue 10; docs/video.md) ---
    #: a video's sound: "drop" (children's voices, names said aloud) or "keep" (re-encoded to AAC)
    audio: AudioMode = "drop"
    #: how faces and text are covered in video frames: "fill" hides even small blurred faces
    #: (a coarse mosaic leaves them about as they were); pixelate/blur as for photos
    video_style: CoverStyle = "fill"
    #: H.264 quality of video outputs (x264 CRF: lower is better; 18-23 look like the original)
    video_crf: Annotated[int, Range(0, 51)] = 20
    #: refuse videos longer than this (seconds)
    max_video_seconds: Annotated[float, POSITIVE] = 4 * 3600

    @property
    def touches_pixels(self) -> bool:
        """True when detectors run, i.e. the image may be re-encoded."""
        return self.people != "off" or self.text != "off"

    def __post_init__(self) -> None:
        if self.people == "faces+torso":  # the older spelling (before issue 14)
            object.__setattr__(self, "people", "faces")
            object.__setattr__(self, "uniforms", "torso")
        for name, value in checked_fields(self).items():
            object.__setattr__(self, name, value)

    @classmethod
    def preset(cls, name: str) -> Policy:
        """One of PRESETS: "strict" (default), "standard", "metadata-only"."""
        try:
            return PRESETS[name]
        except KeyError:
            raise PolicyError(f"unknown policy {name!r}; presets are {', '.join(PRESETS)}") from None

    @classmethod
    def from_toml(cls, path: str | Path) -> Policy:
        """Load a policy file: an optional `preset = "..."` then any fields to change."""
        import tomllib  # here: a preset never needs it

        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
            raise PolicyError(f"cannot read policy file {path}: {e}") from None
        return cls.from_mapping(data, default_name=Path(path).stem)

    @classmethod
    def from_mapping(cls, data: dict[str, Any], default_name: str = "custom") -> Policy:
        data = dict(data.get("policy", data))
        base = cls.preset(str(data.pop("preset", "strict")))
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise PolicyError(f"unknown policy field(s): {', '.join(unknown)}")
        data.setdefault("name", default_name)
        return replace(base, **data)

    @classmethod
    def load(cls, name_or_path: str | Path | Policy | None) -> Policy:
        """A Policy from a preset name, a TOML path, a Policy, or None (strict)."""
        if name_or_path is None:
            return PRESETS["strict"]
        if isinstance(name_or_path, Policy):
            return name_or_path
        text = str(name_or_path)
        if text in PRESETS:
            return PRESETS[text]
        if text.endswith(".toml") or Path(text).is_file():
            return cls.from_toml(text)
        return cls.preset(text)


PRESETS: dict[str, Policy] = {
    "strict": Policy(),
    "standard": Policy(
        name="standard", people="faces", uniforms="off", text="off", keep_year_groups=True, keep_past_dates=True,
        named_child_photo="warn", audio="keep",
    ),
    "metadata-only": Policy(
        name="metadata-only", people="off", uniforms="off", text="off", keep_year_groups=True, keep_past_dates=True,
        named_child_photo="warn", audio="keep",
    ),
}
