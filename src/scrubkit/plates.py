"""UK vehicle registration plates: one pattern for post text and for text read in photos.

A family's car locates them. Current (AB12 CDE), prefix (A123 BCD) and suffix (ABC 123D) formats.
Post text matches it as written (plates are written in capitals, "the KM19 XFT" but not "a123 bcd"
in a sentence); text read off a photo matches it in any case, as OCR reads capitals unreliably.
"""

from __future__ import annotations

import re

UK_PLATE = r"\b(?:[A-Z]{2}\d{2}[ ]?[A-Z]{3}|[A-Z]\d{1,3}[ ]?[A-Z]{3}|[A-Z]{3}[ ]?\d{1,3}[A-Z])\b"
#: in text read off a photo: any case, any whitespace between the halves
UK_PLATE_ANY_CASE = re.compile(UK_PLATE.replace("[ ]?", r"\s?"), re.IGNORECASE)
