"""Name and place lists shipped in scrubkit/text/data (see build_gazetteers.py there for provenance).

Every list is keyed in lower case. `*_words` are entries that are also English words ("Grace",
"Bath"): the recognizers accept those only with evidence beyond a capital letter.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Doc

#: the places of uk_places.tsv whose names are everyday lower-case words ("Bath", "Street", "March"):
#: the recognizers want a preposition before these; the other WordNet entries (London, Durham,
#: Margate) are proper nouns and count when capitalised
COMMON_WORD_PLACES = frozenset("""
abridge amble archway ash banks barley bath battle beer bicker bow bowling box brae bray bream bridge brill bugle
callow camber castor ceres chard cheddar church comber convoy cooling cork corse cove coven crick croft crook dale
deal dingle diss docking dollar eagle eye fleet flint ford forth freshwater grain grange grove hale hallow hay
headstone healing heather hermitage hill hillside hook hope hose hospital kill knock law lea lee leek lizard locking
lode mallow march mark mere moss muff over pant par pool poplar prosperous quarter rake reading ridge rock rugby rye
sale saline sandwich sandy scone send settle sharpness shaw steep stock stone stow street summerhouse sway tallow
timberland tower trim tumble valley wall warden ware wells whetstone wick wing wool worth wrangle bourn bourne burton
grain springfield waterloo washington virginia normandy california wales
""".split())


def fold(word: str) -> str:
    """'michał' -> 'michal', 'zoë' -> 'zoe': a name's letters without their accents."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_UNDECOMPOSABLE))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_UNDECOMPOSABLE = str.maketrans("łøđħ", "lodh")


class FoldedNames(frozenset[str]):
    """A name list that also finds a name written with accents its entry lacks ("Michał", "Zoë")."""

    def __contains__(self, word: object) -> bool:
        return super().__contains__(word) or isinstance(word, str) and not word.isascii() \
            and super().__contains__(fold(word))


@dataclass(frozen=True)
class Gazetteers:
    given_names: frozenset[str]
    given_name_words: frozenset[str]  # also in an English dictionary: "Dexter", "Harry"
    everyday_names: frozenset[str]  # capitalised for other reasons too: "Grace", "Hope", "Summer"
    places: frozenset[str]
    place_words: frozenset[str]
    longest_place: int  # in words, to bound the n-gram lookup
    #: charities, public figures, characters, brands: a name inside one of these identifies no child
    public_names: re.Pattern[str]


def _lines(name: str) -> list[str]:
    text = resources.files("scrubkit.text").joinpath("data", name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def _flagged(name: str) -> tuple[set[str], set[str]]:
    entries: set[str] = set()
    words: set[str] = set()
    for line in _lines(name):
        entry, flag = line.split("\t")
        entries.add(entry.lower())
        if flag == "word":
            words.add(entry.lower())
    return entries, words


@lru_cache(maxsize=1)
def gazetteers() -> Gazetteers:
    names, name_words = _flagged("given_names.tsv")
    places, place_words = _flagged("uk_places.tsv")
    place_words &= COMMON_WORD_PLACES  # WordNet lists London and Durham too: only everyday words are ambiguous
    places |= {r.lower() for r in _lines("uk_regions.txt")}
    everyday = {w.lower() for w in _lines("word_names.txt")}
    names |= everyday | {n.lower() for f in ("celtic_names.txt", "popular_names.txt") for n in _lines(f)}
    return Gazetteers(
        given_names=FoldedNames(names),
        given_name_words=frozenset(name_words),
        everyday_names=frozenset(everyday),
        places=frozenset(places),
        place_words=frozenset(place_words),
        longest_place=max(len(p.split()) for p in places),
        public_names=_public_names(frozenset(names)),
    )


def _public_names(given_names: frozenset[str]) -> re.Pattern[str]:
    """One regex for public_names.txt. A one-word entry that is also a given name (Matilda, Elsa)
    counts only where it cannot be a child's: in the plural or after "a", "as", "the" ("three
    Matildas", "dressed as Elsa"); "Well done Matilda" is still a child."""
    entries = sorted(_lines("public_names.txt"), key=len, reverse=True)
    plain = [re.escape(e) for e in entries if " " in e or e.lower() not in given_names]
    ambiguous = [re.escape(e) for e in entries if " " not in e and e.lower() in given_names]
    return re.compile(rf"(?<!\w)(?:(?:{'|'.join(plain)})s?|(?:(?<=\ba )|(?<=\bas )|(?<=\bthe ))(?:{'|'.join(ambiguous)})|"
                      rf"(?:{'|'.join(ambiguous)})s)(?!\w)", re.IGNORECASE)


class GazetteerRecognizer(LocalRecognizer):
    """A presidio recognizer of one entity that reads spaCy's tokens with the shipped lists."""

    entity: str

    def __init__(self, gazetteers: Gazetteers, english_words: frozenset[str]) -> None:
        self.gaz = gazetteers
        self.english = english_words
        super().__init__(supported_entities=[self.entity], name=type(self).__name__)

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        return self.find(text, nlp_artifacts.tokens)

    def find(self, text: str, doc: Doc) -> list[RecognizerResult]:
        raise NotImplementedError
