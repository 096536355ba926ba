"""Towns, districts and counties, from the shipped UK/Irish place list.

Place names that are also English words (Bath, Street, Hope, March) count only after "in", "at",
"near", "from", "to" or a comma; in lower-case or ALL CAPS posts only unambiguous ones count, and
in a normally written post an unambiguous one in lower case counts after "in", "near" or "from"
("the skatepark in abingdon").
Country names are not identifying and are left alone.
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult
from spacy.tokens import Doc, Span

from scrubkit.text.gazetteers import GazetteerRecognizer
from scrubkit.text.names import FAMILY_GROUPS, PLACE_SHAPE, case_mode, unmutated

PLACE_BEFORE = frozenset({"in", "at", "near", "from", "to", "of", "around", ",", "📍", "v", "vs"})
#: words that start a new phrase after a place: "in kingsthorpe so cud share lifts"
PHRASE_ENDS = frozenset({"so", "and", "but", "or", "to", "for", "on", "at", "with", "if", "x", "xx"})
#: a lower-case place name in a normally capitalised post needs one of these before it
LOWER_CASE_PLACE_BEFORE = frozenset({"in", "near", "from"})
#: a place that is also a given name needs one of these before it ("in Harley", not "parents of Harley")
PERSON_PLACE_BEFORE = frozenset({"in", "at", "near", "from", "around", "📍"})
#: second words of two-word places: "ellesmere port", "whitley bay"
PLACE_TAILS = frozenset({"port", "bay", "heath", "green", "town", "vale", "bridge", "cross", "end", "hill", "park", "sands"})
#: what a venue's name ends with, in posts written without capitals
LOWER_CASE_VENUE_WORDS = frozenset({"arena", "centre", "center", "sands", "baths", "pool", "park", "hospital", "library",
                                    "hall", "church", "farm", "zoo", "museum", "stadium", "lido", "warehouse", "theatre",
                                    "rec"})
#: in a normally capitalised post, a lower-case venue needs one of these before it: "ko 10.30 at hateley heath rec"
LOWER_CASE_VENUE_BEFORE = frozenset({"at", "to", "from", "near"})
#: Welsh words after which a place's name is mutated: "ym Mhenparcau" (Penparcau), "yng Nghaerdydd" (Caerdydd)
WELSH_BEFORE = frozenset({"ym", "yng", "yn", "i", "o", "a", "ac"})
#: towns named like a month or a day (March, Sunday in Sunderland's lists): always the date
CALENDAR_WORDS = frozenset({"march", "may", "june", "july", "august", "monday", "tuesday", "wednesday", "thursday",
                            "friday", "saturday", "sunday"})
NOT_PLACES = frozenset({"uk", "england", "scotland", "wales", "ireland", "northern ireland", "britain",
                        "great britain", "united kingdom", "europe", "the uk", "poland", "india", "pakistan",
                        "nigeria", "china"})


class PlaceRecognizer(GazetteerRecognizer):
    """Reports PLACE for towns, districts and counties."""

    entity = "PLACE"

    def find(self, text: str, doc: Doc) -> list[RecognizerResult]:
        mode = case_mode(text)
        return [RecognizerResult("PLACE", s.start_char, s.end_char, 0.7, recognition_metadata={"recognizer_name": self.name})
                for s in self._gazetteer_places(doc, mode) + self._unknown_lower_case_places(doc, mode)
                + self._place_shaped_words(doc, mode) + self._mutated_places(doc)] + self._lower_case_venues(doc, mode)

    def _lower_case_venues(self, doc: Doc, mode: str) -> list[RecognizerResult]:
        """'at moorfield baths', 'robin park arena', 'gainsborough sports centre': in a post written
        without capitals, a venue word after up to three words of which one is a place, a given
        name or no English word."""
        if mode == "upper":
            return []
        found = []
        for t in doc:
            if t.lower_ not in LOWER_CASE_VENUE_WORDS or t.i == 0:
                continue
            first = t.i
            while first > 0 and t.i - first < 3 and doc[first - 1].is_alpha and not doc[first - 1].is_stop:
                first -= 1
            named = [w for w in doc[first:t.i] if w.lower_ in self.gaz.places or w.lower_ in self.gaz.given_names
                     or w.lower_ not in self.english]
            if mode == "mixed" and (not doc[first:t.i + 1].text.islower() or first == 0
                                    or doc[first - 1].lower_ not in LOWER_CASE_VENUE_BEFORE
                                    or not any(w.lower_ not in self.english for w in doc[first:t.i])):
                continue  # written with capitals, only "at hateley heath rec": after "at", a word no dictionary knows
            if named:
                found.append(RecognizerResult("VENUE", doc[first].idx, t.idx + len(t.text), 0.6,
                                              recognition_metadata={"recognizer_name": self.name}))
        return found

    def _mutated_places(self, doc: Doc) -> list[Span]:
        """'ym Mhenparcau', 'yng Nghaerfyrddin': a Welsh place whose first letters a word before it mutated."""
        return [doc[t.i:t.i + 1] for t in doc[1:]
                if doc[t.i - 1].lower_ in WELSH_BEFORE and t.is_alpha and t.text[0].isupper() and t.lower_ not in self.gaz.places
                and any(form in self.gaz.places and form not in self.gaz.place_words for form in unmutated(t.lower_))]

    def _place_shaped_words(self, doc: Doc, mode: str) -> list[Span]:
        """'children from Girlington', 'in Castlemorton': after "in", "at", "near" or "from", a capitalised
        word the lists do not know, that is no English word nor given name, and ends like an English
        place name (-ington, -minster, -field...), is a district."""
        if mode != "mixed":
            return []
        return [doc[t.i:t.i + 1] for t in doc[1:]
                if doc[t.i - 1].lower_ in PERSON_PLACE_BEFORE and t.is_alpha and t.text[0].isupper()
                and not t.text.isupper() and PLACE_SHAPE.search(t.lower_) is not None
                and t.lower_ not in self.english and t.lower_ not in self.gaz.given_names]

    def _unknown_lower_case_places(self, doc: Doc, mode: str) -> list[Span]:
        """'near the big tesco in kingsthorpe': in a post written without capitals, a word of five
        letters or more after "in", "near" or "from" that is neither English nor a given name, and ends the
        phrase (not "in softplay today", "in hometime queue"), is a district the gazetteer does not list."""
        if mode != "lower":
            return []
        found = []
        for t in doc[1:]:
            if doc[t.i - 1].lower_ not in ("in", "near", "from") or not t.is_alpha or len(t.text) < 5 \
                    or t.lower_ in self.english or t.lower_.removesuffix("s") in self.english \
                    or t.lower_ in self.gaz.given_names or t.lower_ in self.gaz.places:
                continue
            end = t.i + 1
            if end < len(doc) and doc[end].lower_ in PLACE_TAILS:
                end += 1  # "in ellesmere port"
            if end == len(doc) or doc[end].is_punct or doc[end].lower_ in PHRASE_ENDS:
                found.append(doc[t.i:end])
        return found

    def _gazetteer_places(self, doc: Doc, mode: str) -> list[Span]:
        found: list[Span] = []
        i = 0
        while i < len(doc):
            for n in range(min(self.gaz.longest_place, len(doc) - i), 0, -1):
                span = doc[i:i + n]
                if self._is_place(span, mode):
                    if mode == "lower" and span.end < len(doc) and doc[span.end].lower_ in PLACE_TAILS:
                        span = doc[span.start:span.end + 1]  # "in ellesmere port", "whitley bay"
                        n += 1
                    found.append(span)
                    i += n - 1
                    break
            i += 1
        return found

    def _is_place(self, span: Span, mode: str) -> bool:
        low = span.text.lower()
        if low not in self.gaz.places or low in NOT_PLACES or low in CALENDAR_WORDS or not span.text[:1].isalpha():
            return False
        ambiguous = low in self.gaz.place_words or low in self.gaz.given_names
        if mode != "mixed":
            return not ambiguous
        prev = span.doc[span.start - 1] if span.start > 0 else None
        if span.text.islower():
            return not ambiguous and prev is not None and prev.lower_ in LOWER_CASE_PLACE_BEFORE
        if not span.text[0].isupper() or (span.text.isupper() and len(span.text) <= 4):
            return False
        after = span.doc[span.end] if span.end < len(span.doc) else None
        if after is not None and after.lower_ in FAMILY_GROUPS:
            return False  # "the Moffat boys": a family
        if low in self.gaz.given_names and low not in self.gaz.place_words:
            return prev is not None and prev.lower_ in PERSON_PLACE_BEFORE  # "parents of Harley" is a child
        return not ambiguous or prev is not None and prev.lower_ in PLACE_BEFORE
