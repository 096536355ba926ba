"""People's names in a post, found from several kinds of evidence over the spaCy tokens.

spaCy's small English model's NER misses many of the names UK posts contain (Welsh, Irish, Nigerian,
lower-case WhatsApp messages, "Charlie and Freddie Robinson" losing Charlie) and costs more than
everything else together, so it is not loaded. A name is any of:
  * a given name from the shipped gazetteer, capitalised mid-sentence (names that are everyday
    words — Grace, Hope, Summer — need more: a surname, a title, a list of names, "Grace's mum");
  * a word after a title or a family/team role: "Mrs Okoro", "mum Funmi", "our keeper Hope", "Aunty Bisi";
  * a capitalised word mid-sentence right after words of address ("Well done Dexter", "text Priti",
    "ask Ailsa"), even when it is also an English word;
  * in an ALL CAPS post, an unknown word between a word that introduces a person and one that
    follows one ("TO KEMI AND", "GS FOLAKE WHO");
  * an unknown proper noun (not an English word) in a person's slot: "from Gethin", "Ifan (7)";
  * two unknown proper nouns in a row ("Chidi Okafor"), an initial and a surname ("A. Bhatt");
  * a hyphenated given name ("Ruby-Lou", "kyle-james"), a stop-word given name with a surname
    ("May Thompson"), a name after a shirt number ("our no.9 Amir") or before "who";
then each name grows over a surname, an initial, a quoted nickname or surname particles ("Max T.",
"Dylan 'Dyl' Pritchard", "Siôn ap Dafydd"), spreads along lists ("Isla & Ruaridh Stewart", "Elen a
Huw") and to every other mention of the same first name. Titles, roles and kinship words come from
people.py.
"""

from __future__ import annotations

import re
from typing import Literal

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from scrubkit.text import people
from scrubkit.text.gazetteers import GazetteerRecognizer

CaseMode = Literal["mixed", "upper", "lower"]

TITLES = frozenset(people.TITLES)
ROLES = people.ROLES
PERSON_BEFORE = frozenset({"to", "from", "and", "&", "or", ",", "–", "-", "—", ":", "with", "by", "done",
                           "thanks", "congratulations", "congrats", "brave", "welcome", "our", "like", "see",
                           "text", "ask", "call", "ring", "message", "tell", "4", "2"})  # text-speak: "a lift 4 jacob"
#: words before a pair of everyday names that are people: "thanks to Bear and Summer", "with Autumn and Sky"
PAIR_BEFORE = frozenset({"to", "with", "for", "congrats", "congratulations", "thanks"})
#: a capitalised word right after these (or after these and "to"), mid-sentence, is a person even when
#: it is also an English word: "Well done Dexter", "Happy birthday to Mei", "text Priti", "ask Ailsa"
ADDRESSED_AFTER = frozenset({"done", "congratulations", "congrats", "birthday", "text", "ask", "tell", "message",
                             "shoutout"})
#: what a child is said to have done right after their name: "and Hope got player of the match"
ACHIEVED = frozenset({"scored", "won", "got", "earned", "came", "finished", "made", "completed", "passed", "achieved",
                      "swam", "ran", "saved"})
PERSON_AFTER = frozenset({"(", "'s", "’s", "and", "&", ",", "who", "is", "was", "has", "had", "scored", "won",
                          "finished", "did", "–", "-", "!", "made", "earned", "read", "sang", "got", "completed",
                          "turns", "will", "wo", "ca", "didn't", "cycled", "walked", "ran", "said", "just"})
#: "Finlay is autistic": an unknown word before these is a person even at the start of a sentence
SUBJECT_OF = frozenset({"is", "was", "has", "had", "and", "&", "'s", "’s", "scored", "won"})
NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december mon tue tues wed weds thu thur thurs fri sat sun year years "
    "reception nursery team squad club school class group church hall centre park road lane street primary academy "
    "happy well done thank thanks "
    "congratulations congrats good great huge big best brilliant amazing special dear hi hello hey christmas easter "
    "halloween diwali eid ramadan hanukkah santa new fayre fete "
    "macmillan barnardos oxfam mencap nspcc unicef "  # charities a post raises money for
    "council committee grant fund trust foundation society association dofe "
    "dosbarth gwyliau pasg komunia święta nadolig dydd nos dé déardaoin".split()  # Welsh, Polish and Irish words for classes, feasts and days
    + "tbh lol omg idk imo btw ngl smh lmao xx xxx".split()  # text-speak, capitalised or not
) | people.ADULT_ROLES | people.ADULT_KIN | people.OTHER_KIN
NAME_SHAPE = re.compile(r"[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*")
#: capital letters of the Latin alphabets UK names are written in (Ł, Ś, Ș, Č as well as À–Þ)
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
LOWER = "a-zß-öø-ÿ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.islower())
INITIAL = re.compile(rf"[{UPPER}]\.?")
INITIAL_SURNAME = re.compile(  # "A. Bhatt", "T. Ward-Hill", "J.KOWALCZYK", "Ș. Popescu"
    rf"\b[{UPPER}]\.[ ]?(?P<surname>[{UPPER}][{LOWER}]+(?:['’][A-Za-z{LOWER}]+)?(?:-[{UPPER}][{LOWER}]+)?|[A-Z]{{2,}})\b")
#: a nickname in quotes, 1-20 characters: "'Ife'", "“Tank”"
_QUOTED = r"['‘\"“][^'’\"”\n]{1,20}['’\"”]"
#: a capitalised word and a quoted nickname after it, up to where a surname would start
_FORENAME_AND_NICKNAME = rf"(?<![\w'’])([{UPPER}][\w-]+)[ ]+{_QUOTED}[ ]+"
#: a nickname in quotes inside a name: "Dylan 'Dyl' Pritchard", "Rowan 'the wall' Sheath"
QUOTED_NICKNAME = re.compile(rf"[ ]+{_QUOTED}[ ]+[{UPPER}][\w'’-]+")
#: a name and a quoted nickname right before a surname: "Ifeoluwa 'Ife' "
FORENAME_NICKNAME = re.compile(_FORENAME_AND_NICKNAME)
#: a quoted nickname standing for the forename before a surname: "and 'Big Sam' Oyedepo"
NICKNAME_SURNAME = re.compile(rf"(?<![^\s(]){_QUOTED}[ ]+([{UPPER}][\w'’-]+)")
#: a capitalised word, a quoted nickname and a surname that is no English word: "Bullet 'B' Okafor"
NICKNAMED = re.compile(rf"{_FORENAME_AND_NICKNAME}([{UPPER}][\w'’-]+)")
#: a capital inside a word after lower-case letters is a brand's, not a person's: "TerraCycle", "ParentPay",
#: "ClassDojo" (but "McAllister", "MacLeod", "NicLeòid", "DeShawn", "LaToya", "FitzGerald" are names)
BRAND_SHAPE = re.compile(r"(?!Mc|Mac|Nic|Fitz|De|Di|Da|La|Le|Van|Von|Du)[A-Z][a-z]+[A-Z][a-z]+\w*")
#: a hyphenated given name: "Ruby-Lou", "Mei-Mei", "kyle-james" (spaCy splits it at the hyphen)
HYPHENATED = re.compile(rf"(?<![\w-])[{UPPER}{LOWER}][{LOWER}]+-[{UPPER}{LOWER}][{LOWER}]+(?![\w-])")
#: initials a child goes by: "JJ", "TJ", "AJ"
DOUBLE_INITIAL = re.compile(r"[A-Z]J")
#: a parent's words for their child, which a child's name may follow: "my baby boy dexter"
CHILD_NOUNS = frozenset({"boy", "girl", "lad", "lass", "son", "daughter", "bairn", "man", "princess", "boys", "girls",
                         "nephew", "niece", "grandson", "granddaughter", "twins"})
#: words joining names in the lists of Welsh, Irish, Scots and Polish posts: "Elen a Huw", "Freya an Ruby"
OTHER_LIST_JOINERS = frozenset({"ac", "agus", "an", "a", "i"})
#: surname particles: "Siôn ap Dafydd", "Nic a' Phearsain", "Aoife Ní Bhriain", "Lewis Ó Dochartaigh"
PARTICLES = frozenset({"ap", "ab", "ferch", "nic", "ní", "ni", "mac", "ó", "o'", "uí", "ui", "a'", "bin", "binti",
                       "van", "von", "de", "da", "del", "della", "di", "le", "la", "der", "den", "ter", "al", "el", "bint"})
#: how English place names end (places.py reads a word ending so after "in" or "from" as a district)
PLACE_SHAPE = re.compile(r"(?:ton|ham|by|ley|field|fields|ford|bury|borough|worth|wick|thorpe|minster|mouth|chester|"
                         r"caster|combe|den|don|hurst|stead|well|dale|moor|cliffe|brook|bridge|port|stow|land|wood|"
                         r"gate|holme|side|ray|ty|ock)$")
#: a capitalised word before one of these names a group, not a person
GROUP_NOUNS = frozenset({"council", "committee", "team", "group", "club", "society", "association", "trust", "fund",
                         "grant", "foundation", "crew", "choir", "band", "squad", "academy", "room", "students",
                         "kids", "house"})
#: "the Okoro triplets": a group of a family named by its surname
FAMILY_GROUPS = ("family", "families", "twins", "triplets", "brothers", "sisters", "siblings", "girls", "boys")
#: seasons and months that are also names: a past-tense verb after them is no evidence ("Summer came")
SEASONS = frozenset({"summer", "autumn", "winter", "spring", "april", "may", "june", "july", "august", "january"})


def _verb_stems(low: str) -> list[str]:
    """The verbs a regular past or -ing form may come from ("scored" -> score, "played" -> play,
    "running" -> run); stems shorter than four letters are left out ("Ted" is no "te")."""
    m = re.fullmatch(r"(\w{3,}?)(\w)?(ed|ing)", low)
    if not m:
        return []
    stem, last = m.group(1), m.group(2) or ""
    stems = [stem + last, stem + last + "e"] + ([stem] if last and stem.endswith(last) else [])
    return [s for s in stems if len(s) >= 4]


def case_mode(text: str) -> CaseMode:
    """How the post uses capitals: normally, ALL CAPS, or not at all (WhatsApp style)."""
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 1]
    if not words:
        return "mixed"
    if sum(w.isupper() for w in words) >= 0.6 * len(words):
        return "upper"
    if sum(w[0].isupper() for w in words) <= 0.05 * len(words):
        return "lower"
    return "mixed"


class NameRecognizer(GazetteerRecognizer):
    """Reports NAME for people named in the text (see the module docstring for the evidence used)."""

    entity = "NAME"

    def find(self, text: str, doc: Doc) -> list[RecognizerResult]:
        mode = case_mode(text)
        names: dict[int, float] = {}  # token index -> score
        for tok in doc:
            score = self._evidence(tok, mode) or self._stop_word_name(tok, mode) or self._after_child_noun(tok)
            if score:
                names[tok.i] = score
        self._word_name_lists(doc, mode, names)
        self._spread_along_lists(doc, mode, names)
        self._spread_to_mentions(doc, mode, names)
        results = [self._result(doc, first, last, score) for first, last, score in self._grow(doc, mode, names)]
        results += [RecognizerResult("NAME", m.start(), m.end(), 0.7, recognition_metadata={"recognizer_name": self.name})
                    for m in INITIAL_SURNAME.finditer(text) if not self._english_word(m.group("surname").lower())]
        results += [RecognizerResult("NAME", m.start(), m.end(), 0.6, recognition_metadata={"recognizer_name": self.name})
                    for m in HYPHENATED.finditer(text) if self._hyphenated_name(m.group())]
        results += [RecognizerResult("NAME", m.start(2), m.end(2), 0.6, recognition_metadata={"recognizer_name": self.name})
                    for m in NICKNAMED.finditer(text) if not self._english_word(m.group(2).lower())
                    and m.group(1).lower() not in STOP_WORDS and m.group(1).lower() not in NOT_NAMES]  # forename joins below
        results += [RecognizerResult("NAME", m.start(), m.end(), 0.6, recognition_metadata={"recognizer_name": self.name})
                    for m in NICKNAME_SURNAME.finditer(text) if not self._english_word(m.group(1).lower())]
        return [self._with_forename(text, self._with_nickname(text, r)) for r in results]

    def _with_forename(self, text: str, result: RecognizerResult) -> RecognizerResult:
        """"Ifeoluwa 'Ife' Adebayo", "Dusty 'Tank' McAllister" found from the surname: the quoted nickname and the
        capitalised word before it join, whatever that word is, unless a title, role or ordinary little word."""
        m = FORENAME_NICKNAME.search(text, 0, result.start)
        forename = m.group(1).lower() if m else ""
        if m and m.end() == result.start and forename not in STOP_WORDS and forename not in NOT_NAMES \
                and forename.rstrip(".") not in TITLES and forename not in ROLES:
            result.start = m.start()
        return result

    def _hyphenated_name(self, word: str) -> bool:
        """Both halves given names, or one a given name and the other no English word: not "Rose-Gold"."""
        first, second = word.lower().split("-")
        if word.lower() in self.gaz.places or (word[0].isupper() and not word.split("-")[1][:1].isupper()):
            return False  # "Non-uniform": a capitalised word with a lower-case tail is no name
        if first == second and word[0].isupper() and word.split("-")[1][0].isupper():
            return True  # "Mei-Mei": a doubled name
        given = [part in self.gaz.given_names for part in (first, second)]
        return all(given) or any(given) and not all(self._english_word(part) for part in (first, second))

    @staticmethod
    def _with_nickname(text: str, result: RecognizerResult) -> RecognizerResult:
        """'Dylan 'Dyl' Pritchard': a quoted nickname and the surname after it belong to the name."""
        m = QUOTED_NICKNAME.match(text, result.end)
        if m:
            result.end = m.end()
        return result

    # -- evidence for one token -------------------------------------------------------------
    def _word(self, tok: Token) -> bool:
        return bool(NAME_SHAPE.fullmatch(tok.text)) and len(tok.text) > 1 and tok.lower_ not in NOT_NAMES \
            and tok.lower_ not in STOP_WORDS and tok.lower_.rstrip(".") not in TITLES and not BRAND_SHAPE.fullmatch(tok.text)

    def _english_word(self, low: str) -> bool:
        return low in self.english or low in STOP_WORDS or (low.endswith("s") and low[:-1] in self.english) \
            or any(stem in self.english for stem in _verb_stems(low))

    def _award(self, tok: Token) -> bool:
        """'Man of the Match', 'Star of the Week': a name that is also a word, before "of", is an award."""
        nxt = _next(tok)
        return tok.lower_ in self.gaz.given_name_words and nxt is not None and nxt.lower_ == "of"

    def _group_plural(self, tok: Token) -> bool:
        """A plural English noun, no given name: "Warriors", "Hedgehogs", "Butterflies"."""
        low = tok.lower_
        return tok.tag_ in ("NNS", "NNPS") and low.endswith("s") and low not in self.gaz.given_names \
            and self._english_word(low)

    def _english(self, tok: Token) -> bool:
        return self._english_word(tok.lower_)

    def _capitalised(self, tok: Token, mode: CaseMode) -> bool:
        if mode == "mixed":
            return tok.text[0].isupper() and not (tok.text.isupper() and len(tok.text) > 1)
        return True

    def _evidence(self, tok: Token, mode: CaseMode) -> float:
        if not self._word(tok) or not self._capitalised(tok, mode):
            return 0.0
        if (after := _next(tok)) is not None and (after.lower_ in GROUP_NOUNS or self._group_plural(after)
                                                  and tok.lower_ not in self.gaz.given_names
                                                  and after.lower_ not in FAMILY_GROUPS):
            return 0.0  # "Our Eco Council", "the Rainbow Team", "Our Eco Warriors"
        low = tok.lower_
        prev = _previous(tok)
        if prev is not None and prev.text in ("Team", "TEAM"):
            return 0.0  # "Go Team Phoenix!": a team's name
        if prev is not None and re.fullmatch(r"\d+(?:st|nd|rd|th)", prev.text) and (before := _previous(prev)) is not None \
                and before.lower_ in ("her", "his", "their", "my", "our", "a"):
            return 0.0  # "her 1st Dan": a grade, not a person
        after_title = _title_before(tok)
        after_role = prev is not None and prev.lower_ in ROLES and prev.lower_ != low
        if after_title or (after_role and not self._english(tok)):
            return 0.8
        if after_role and mode == "upper" and low in self.gaz.given_names:
            return 0.7  # "CAPTAIN FAITH KEPT 4 CLEAN SHEETS"
        if mode == "mixed" and self._group_plural(tok):
            return 0.0  # "the Hedgehogs": a plural noun names a group, not a child
        number_word = _previous(prev) if prev is not None else None
        if number_word is not None and number_word.text == "." and number_word.i > 0:
            number_word = _previous(number_word)
        glued = prev is not None and re.fullmatch(r"(?i)(?:no\.?|#)\d{1,2}", prev.text) is not None  # "no.9"
        if (glued or prev is not None and prev.text.isdigit() and number_word is not None
                and number_word.lower_ in ("no", "no.", "number", "#")) and self._capitalised(tok, mode):
            return 0.7  # "our no. 9 Macsen"
        if mode == "mixed" and after_role:
            return 0.7
        nxt = _next(tok)
        if prev is not None and prev.lower_ == "the" and nxt is not None and nxt.lower_ in FAMILY_GROUPS \
                and (nxt.lower_ in ("family", "families") or not self._english(tok)):
            return 0.7  # "the Begum family", "the Okoro triplets"
        if low in self.gaz.places and low not in self.gaz.place_words and low not in self.gaz.given_names:
            return 0.0  # a town, even when it is also a name (Lincoln, Ashton): PlaceRecognizer has it
        if mode == "mixed" and _possessive_of_role(tok):
            return 0.7  # "Mei's mum", "Grace's dad"
        in_gazetteer = low in self.gaz.given_names
        if self._award(tok):
            return 0.0
        if mode == "mixed" and _addressed(tok) and not _starts_sentence(tok) \
                and low not in self.gaz.everyday_names and low.rstrip(".") not in TITLES and tok.tag_ == "NNP":
            return 0.6
        if mode == "upper" and not in_gazetteer:
            return 0.5 if self._unknown_capitals_in_person_slot(tok) else 0.0
        if mode != "mixed":
            if not in_gazetteer or low in self.gaz.everyday_names or low in STOP_WORDS:
                return 0.0
            with_surname = nxt is not None and self._surname(nxt, mode)
            trusted = low not in self.gaz.given_name_words or self._person_slot(tok) or with_surname
            return 0.7 if trusted else 0.0
        at_start = _starts_sentence(tok)
        if in_gazetteer and low not in self.gaz.everyday_names:
            if not at_start or low not in self.gaz.given_name_words or self._person_slot(tok):
                return 0.85
            return 0.0
        if in_gazetteer:  # an everyday word: Grace, Hope, Summer, Will
            return 0.75 if self._strong_context(tok, mode) else 0.0
        if mode == "mixed" and nxt is not None and nxt.lower_ == "who" and tok.tag_ == "NNP" and not _starts_sentence(tok) \
                and low not in self.gaz.places:
            return 0.6  # "Gutted for Murphy who broke his wrist"
        if mode == "mixed" and not at_start and self._named_before_bracket(tok):
            return 0.5  # "and Mei Ling Foster (tenor horn, 10)"
        if mode == "mixed" and not at_start and self._initialled_in_list(tok):
            return 0.6  # "GA Precious N., WA Ava-Grace"
        if prev is not None and prev.lower_ in ("in", "at", "near", "from") and PLACE_SHAPE.search(low) \
                and not in_gazetteer:
            return 0.0  # "children from Girlington": places.py has it
        if not self._english(tok) and (not at_start and (self._person_slot(tok) or self._unknown_pair(tok)
                                                         or self._after_town_forename(tok))
                                       or self._followed_by_initial(tok) or _followed_by_age(tok)
                                       or nxt is not None and nxt.lower_ in SUBJECT_OF
                                       or nxt is not None and nxt.tag_ == "VBD" and nxt.lower_ not in ("was", "were", "had", "did")):
            return 0.5
        return 0.0

    def _stop_word_name(self, tok: Token, mode: CaseMode) -> float:
        """'Will Ashworth', 'May Thompson', 'Grant Yeo': a given name that is also a stop word or a word
        NOT_NAMES holds, with a surname after it."""
        nxt = _next(tok)
        if mode != "mixed" or tok.lower_ not in STOP_WORDS and tok.lower_ not in NOT_NAMES or tok.lower_ not in self.gaz.given_names \
                or not tok.text[0].isupper() or tok.text.isupper() or nxt is None or tok.tag_ == "PRP$":
            return 0.0
        if _possessive_of_role(tok):
            return 0.7  # "Will's mum here"
        if nxt.lower_ in ROLES:
            return 0.0
        if tok.lower_ not in STOP_WORDS and self._english(nxt):
            return 0.0  # "the Lottery Grant Fund", not "Grant Yeo"
        return 0.7 if self._surname(nxt, mode) and nxt.tag_ == "NNP" and nxt.lower_ not in self.gaz.everyday_names else 0.0

    def _after_child_noun(self, tok: Token) -> float:
        """'my baby boy dexter', 'my lad lachlan', 'our girl freya': a given name (or a word no dictionary knows)
        right after a parent's word for their child, in any case."""
        prev = _previous(tok)
        if prev is None or prev.lower_ not in CHILD_NOUNS or not self._word(tok) or not tok.is_alpha:
            return 0.0
        before = [t.lower_ for t in tok.doc[max(0, prev.i - 2):prev.i]]
        if not any(w in ("my", "our", "me", "her", "his", "their") for w in before):
            return 0.0
        known = tok.lower_ in self.gaz.given_names and tok.lower_ not in self.gaz.everyday_names
        return 0.7 if known or not self._english(tok) else 0.0

    def _unknown_capitals_in_person_slot(self, tok: Token) -> bool:
        """'TO KEMI AND HER DAD', 'GS FOLAKE WHO SCORED': in an ALL CAPS post an unknown word with a
        vowel, between a word that introduces a person (or a two-letter playing position such as GS,
        GK) and one that follows a person, is a name. Both sides are required (acronyms such as PTA
        sit after "TO" too) unless words of address come first: "WELL DONE TO SEUN FOR"."""
        prev, nxt = _previous(tok), _next(tok)
        if prev is None or nxt is None or len(tok.text) < 3 or not re.search(r"[AEIOUY]", tok.text):
            return False
        introduced = prev.lower_ in PERSON_BEFORE or prev.lower_ in ROLES or (len(prev.text) == 2 and prev.text.isalpha())
        return (_addressed(tok) or introduced and nxt.lower_ in PERSON_AFTER) and not self._english(tok)

    def _named_before_bracket(self, tok: Token) -> bool:
        """The last of two or three capitalised words before a bracket, one of them a given name or no
        English word or with an age in the brackets: "Mei Ling Foster (tenor horn, 10)"; not "Rising Stars (U9)"."""
        nxt, run = _next(tok), [tok]
        while len(run) < 3 and (before := _previous(run[-1])) is not None and self._forename(before):
            run.append(before)
        return nxt is not None and nxt.text == "(" and len(run) > 1 and tok.tag_ == "NNP" and not self._group_plural(tok) \
            and (any(w.lower_ in self.gaz.given_names or not self._english(w) for w in run) or _age_in_brackets(nxt))

    def _initialled_in_list(self, tok: Token) -> bool:
        """'GA Precious N., WA Ava-Grace': a capitalised word and an initial with a full stop, in a list."""
        prev, nxt = _previous(tok), _next(tok)
        after = _next(nxt) if nxt is not None else None
        initial = nxt is not None and (re.fullmatch(rf"[{UPPER}]\.", nxt.text) is not None
                                       or INITIAL.fullmatch(nxt.text) is not None and after is not None and after.text == ".")
        listed = prev is not None and (prev.text in (",", "&", ":") or prev.lower_ == "and"
                                       or re.fullmatch(r"[A-Z]{1,2}", prev.text) is not None)
        return initial and listed and tok.lower_ not in NOT_INITIALLED

    def _unknown_pair(self, tok: Token) -> bool:
        """'Chidi Okafor': two capitalised words that are neither English nor places make a full name."""
        nxt = _next(tok)
        return nxt is not None and self._word(nxt) and nxt.text[0].isupper() and not nxt.text.isupper() \
            and not self._english(nxt) and nxt.lower_ not in self.gaz.places

    def _after_town_forename(self, tok: Token) -> bool:
        """'starring Lucan Pardoe': an unknown capitalised word after a town's name that is no English word,
        where the town cannot be the place (not after "in", "at", "to"...), is a surname and the town a forename."""
        prev = _previous(tok)
        return prev is not None and prev.lower_ in self.gaz.places and self._word(prev) and prev.text[0].isupper() \
            and not prev.text.isupper() and not self._english(prev) and _in_a_person_slot(prev) \
            and tok.lower_ not in self.gaz.places

    def _followed_by_initial(self, tok: Token) -> bool:
        """'Eilidh M (11)', 'Ifan (7)': even at the start of a line this is a person."""
        nxt = _next(tok)
        return nxt is not None and (bool(INITIAL.fullmatch(nxt.text)) or nxt.text == "(")

    def _person_slot(self, tok: Token) -> bool:
        prev, nxt = _previous(tok), _next(tok)
        text_speak = prev is not None and prev.text.isdigit() and tok.text[0].isupper()  # "2 Tries" is no "to Tries"
        return (prev is not None and prev.lower_ in PERSON_BEFORE and not text_speak) \
            or (nxt is not None and nxt.lower_ in PERSON_AFTER)

    def _strong_context(self, tok: Token, mode: CaseMode) -> bool:
        """Evidence that an everyday word (Grace, Hope) is someone's name here."""
        prev, nxt = _previous(tok), _next(tok)
        if nxt is not None and self._surname(nxt, mode) and not self._english(nxt):
            return True  # "Grace Farrell", not "Summer Camp"
        if self._followed_by_initial(tok) and nxt is not None and nxt.text != "(" and nxt.whitespace_ != "\n":
            return True  # "Max T."
        if nxt is not None and nxt.lower_ in ("'s", "’s"):
            after = _next(nxt)
            return after is not None and after.lower_ in ROLES
        if nxt is not None and nxt.text == "(":
            return True
        if _after_an_award(tok):
            return True  # "Player of the match Summer Cartwright"
        if _addressed(tok) and not _starts_sentence(tok) and (nxt is None or not nxt.text[0].isupper()) \
                and (nxt is None or nxt.lower_ not in GROUP_NOUNS and nxt.lower_ != "of"):
            return True  # "Well done to Storm, Clover and Wren", not "Well done to Summer Camp", "congrats Star of the Week"
        if prev is not None and prev.lower_ in ("and", "&") and nxt is not None and nxt.lower_ in ACHIEVED \
                and tok.lower_ not in SEASONS:
            return True  # "Chance scored twice and Hope got player of the match"
        if nxt is not None and nxt.lower_ == "who" and prev is not None and prev.lower_ in PERSON_BEFORE \
                and not _starts_sentence(tok):
            return True  # "and to Faith who joins Reception"
        if nxt is not None and nxt.tag_ == "VBD" and nxt.lower_ not in ("was", "were", "had", "did") \
                and tok.lower_ not in SEASONS and (prev is None or prev.lower_ in ("our", "my") or prev.text == ","
                                                   or not any(c.isalnum() for c in prev.text) or _starts_sentence(tok)):
            return True  # "Our Sky came 2nd", "🌳 River found a newt, Sky built a den"
        if prev is not None and prev.lower_ in PAIR_BEFORE and nxt is not None and nxt.lower_ in ("and", "&") \
                and (other := _next(nxt)) is not None and other.lower_ in self.gaz.given_names \
                and self._capitalised(other, mode) and not _starts_sentence(tok):
            return True  # "with Autumn and Sky from Reception": two given names, one person-shaped slot
        if prev is None or prev.text not in ("–", "-", "—", ":") or nxt is not None and (nxt.text[0].isupper()
                                                                                  or nxt.tag_ in ("NN", "NNS")):
            return False  # not "Scouts – Summer Camp", "SCOUTS: Winter camp at ..."
        label = [prev]  # "Reception – Ivy-Rose", "Year 3 – Will, for his poem": a line's label, a dash, a name
        while len(label) < 4 and (before := _previous(label[-1])) is not None:
            label.append(before)
            if _starts_line(before):
                return True
        return len(label) == 1 or _previous(label[-1]) is None

    def _surname(self, tok: Token, mode: CaseMode) -> bool:
        if _starts_sentence(tok) or not self._word(tok) or tok.is_stop:
            return False
        if mode == "upper":  # "O'NEILL" is a surname even though WordNet knows a playwright of that name
            return tok.text.isupper() and (not self._english(tok) or "'" in tok.text or "’" in tok.text)
        if mode == "lower":
            return False
        return tok.text[0].isupper() and not tok.text.isupper() and tok.lower_ not in TITLES

    # -- spreading ----------------------------------------------------------------------------
    def _spread_along_lists(self, doc: Doc, mode: CaseMode, names: dict[int, float]) -> None:
        """'Isla & Ruaridh Stewart', 'Jack, Alfie, Ruby and Grace': a list of names is all names."""
        public = [m.span() for m in self.gaz.public_names.finditer(doc.text)]
        changed = True
        while changed:
            changed = False
            for i in list(names):
                if any(a <= doc[i].idx < b for a, b in public):
                    continue  # "Shrek and Donkey": a character's companions are characters too
                for step in (-1, 1):
                    joiner = _neighbour(doc, i, step)
                    if step == -1 and joiner is not None and joiner.lower_.rstrip(".") in TITLES:
                        joiner = _neighbour(doc, joiner.i, step)  # "Tendai or Mr Babatunde Oyewole"
                    if joiner is None or joiner.lower_ not in ("and", "&", ",", "or", *OTHER_LIST_JOINERS):
                        continue
                    other = _neighbour(doc, joiner.i, step)
                    if other is None:
                        continue
                    listed = other.lower_ in self.gaz.given_names or joiner.lower_ in OTHER_LIST_JOINERS and any(
                        form in self.gaz.given_names for form in unmutated(other.lower_))  # "Lleucu a Thudur"
                    if joiner.lower_ in OTHER_LIST_JOINERS and (not listed or other.lower_ in self.gaz.everyday_names):
                        continue  # "Elen a Huw", not "Tom a Gold medal"
                    plausible = listed or mode != "lower" and \
                        (not self._english(other) or mode == "mixed" and other.tag_ == "NNP" and other.lower_ not in ROLES)
                    word = self._word(other) or other.lower_ in self.gaz.given_names and other.lower_ not in NOT_NAMES \
                        and other.lower_.rstrip(".") not in TITLES
                    if self._award(other):
                        continue
                    if mode == "mixed" and other.i not in names and DOUBLE_INITIAL.fullmatch(other.text):
                        names[other.i] = 0.6  # "JJ, Ozzy and Bex": initials a child goes by, in a list of names
                        changed = True
                        continue
                    if other.i not in names and word and self._capitalised(other, mode) and plausible \
                            and len(other.text) > 1 and (not _starts_sentence(other) or step == -1
                                                         and joiner.lower_ in ("and", "&")
                                                         and other.lower_ in self.gaz.given_names):
                        names[other.i] = 0.6  # a given name starting the sentence: "Ruby and Jack's dad"
                        changed = True

    def _word_name_lists(self, doc: Doc, mode: CaseMode, names: dict[int, float]) -> None:
        """'to Ivy, Hope, Archer and Duke': three or more capitalised words listed mid-sentence, most of them
        given names, are all names, even where each alone is an everyday word (not "Spring, Summer and Autumn")."""
        if mode != "mixed":
            return
        for run in _capitalised_lists(doc):
            words = [doc[i] for i in run]
            given = sum(t.lower_ in self.gaz.given_names for t in words)
            if len(run) < 3 or 2 * given <= len(run) or _starts_sentence(words[0]) \
                    or any(t.lower_ in SEASONS or t.lower_ in self.gaz.places or t.lower_ in NOT_NAMES
                           or t.lower_ in STOP_WORDS for t in words):
                continue
            for t in words:
                names.setdefault(t.i, 0.6)

    def _spread_to_mentions(self, doc: Doc, mode: CaseMode, names: dict[int, float]) -> None:
        found = {doc[i].lower_ for i in names}
        for tok in doc:
            if tok.i not in names and tok.lower_ in found and tok.lower_ in STOP_WORDS and mode == "mixed" \
                    and tok.text[0].isupper() and not tok.text.isupper() and _acts(tok):
                names[tok.i] = 0.6  # "Will's mum here ... Will left his coat": not "Will the parents ..."
                continue
            if tok.lower_ in self.gaz.everyday_names and (nxt := _next(tok)) is not None and nxt.tag_ in ("PRP", "DT"):
                continue  # "Hope you all had a lovely break", though Hope is a pupil later on
            if tok.i not in names and tok.lower_ in found and self._word(tok) and \
                    (self._capitalised(tok, mode) or tok.lower_ not in self.gaz.everyday_names):
                names[tok.i] = 0.6

    def _grow(self, doc: Doc, mode: CaseMode, names: dict[int, float]) -> list[tuple[int, int, float]]:
        """Join each name with the surname or initial after it; return (first, last, score) runs."""
        runs: list[tuple[int, int, float]] = []
        for i in sorted(names):
            if runs and runs[-1][1] >= i:
                continue
            while mode == "mixed" and i > 0 and (i - 1) not in names and self._forename(doc[i - 1]) \
                    and (not runs or runs[-1][1] < i - 1):
                i -= 1  # "Mei Lin Wong": capitalised names before a surname
            if i > 1 and _hyphen_joins(doc, i - 2) and doc[i - 2].text[:1].isupper() and (not runs or runs[-1][1] < i - 2):
                i -= 2  # "Poppy-Mae Green" found from "Mae": the first half of the name joins
            if i > 1 and INITIAL.fullmatch(doc[i - 1].text) and doc[i - 2].lower_.rstrip(".") in TITLES:
                i -= 1  # "Mrs J Smith": the initial belongs to the name
            last = i
            while (nxt := _neighbour(doc, last, 1)) is not None and nxt.i == last + 1:
                if nxt.i in names or self._surname(nxt, mode) or (mode != "lower" and INITIAL.fullmatch(nxt.text)):
                    last = nxt.i
                elif _hyphen_joins(doc, last):  # Anna-Maria, Lily-Mae: spaCy splits at the hyphen
                    last = nxt.i + 1
                elif nxt.lower_ in PARTICLES and (after := _particle_end(doc, nxt.i)) is not None:
                    last = after  # "Siôn ap Dafydd", "Nic a' Phearsain"
                else:
                    break
            runs.append((i, last, max(names.get(j, 0.0) for j in range(i, last + 1))))
        return runs

    def _forename(self, tok: Token) -> bool:
        known = tok.lower_ in self.gaz.given_names and tok.lower_ not in self.gaz.everyday_names
        return (self._word(tok) and tok.text[0].isupper() and not tok.text.isupper() and (tok.tag_ == "NNP" or known)
                and (known or not _starts_sentence(tok)) and tok.lower_.rstrip(".") not in TITLES and tok.lower_ not in ROLES
                and (tok.lower_ not in self.gaz.places or _in_a_person_slot(tok)))

    def _result(self, doc: Doc, first: int, last: int, score: float) -> RecognizerResult:
        span = doc[first:last + 1]
        return RecognizerResult("NAME", span.start_char, span.end_char, score,
                                recognition_metadata={"recognizer_name": self.name})


#: words an initial may follow that name no one: "Plan B.", "Vitamin C."
NOT_INITIALLED = frozenset({"plan", "vitamin", "section", "class", "group", "team", "block", "room", "grade", "level",
                            "type", "part", "option", "stage", "key", "unit", "court", "pitch", "gate", "door", "box"})


#: Welsh initial mutations, mutated start -> the letters a name's own spelling starts with: after "a" (and)
#: "Tudur" is written "Thudur", after "i" (to) "Gethin" is "Ethin"... only the unambiguous ones are undone
WELSH_MUTATIONS = (("ngh", "c"), ("mh", "p"), ("nh", "t"), ("th", "t"), ("ch", "c"), ("ph", "p"), ("dd", "d"),
                   ("f", "b"), ("f", "m"), ("g", "c"), ("b", "p"), ("d", "t"), ("l", "ll"), ("r", "rh"))


def unmutated(low: str) -> list[str]:
    """The spellings a Welsh word may have had before a mutation changed its first letters."""
    return [base + low[len(start):] for start, base in WELSH_MUTATIONS if low.startswith(start)]


def _previous(tok: Token) -> Token | None:
    return tok.doc[tok.i - 1] if tok.i > 0 else None


def _next(tok: Token) -> Token | None:
    return tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None


def _neighbour(doc: Doc, i: int, step: int) -> Token | None:
    j = i + step
    while 0 <= j < len(doc) and doc[j].is_space:
        j += step
    return doc[j] if 0 <= j < len(doc) else None


def _capitalised_lists(doc: Doc) -> list[list[int]]:
    """Runs of single capitalised words joined by commas and a last "and" / "&": "Ivy, Hope, Archer and Duke"."""
    runs: list[list[int]] = []
    i = 0
    while i < len(doc):
        run = [i]
        while True:
            joiner = _next(doc[run[-1]])
            other = _next(joiner) if joiner is not None else None
            if other is None or joiner.text not in (",", "and", "&"):
                break
            run.append(other.i)
            if joiner.text != ",":
                break
        words = [doc[j] for j in run]
        after = _next(words[-1])
        if all(t.is_alpha and t.text[0].isupper() and not t.text.isupper() for t in words) \
                and (after is None or not after.text[:1].isupper()):
            runs.append(run)
            i = run[-1] + 1
        else:
            i += 1
    return runs


#: words after which a town's name is the town, even before another capitalised word
PLACE_SLOT = frozenset({"in", "at", "near", "from", "around", "of", "v", "vs", "to"})


def _in_a_person_slot(tok: Token) -> bool:
    """Is a word that is also a town (Lucan, Chelsea) here a forename: mid-sentence, not after "in", "at", "to"...?"""
    prev = _previous(tok)
    return prev is not None and not _starts_sentence(tok) and prev.lower_ not in PLACE_SLOT and prev.is_alpha \
        and not prev.is_stop  # not "the Antrim Féile"


def _title_before(tok: Token) -> bool:
    """'Mrs Okoro', 'Mrs J Smith', 'Mr. A. Khan'."""
    prev = _previous(tok)
    if prev is not None and INITIAL.fullmatch(prev.text):
        prev = _previous(prev)
    return prev is not None and prev.lower_.rstrip(".") in TITLES


def _addressed(tok: Token) -> bool:
    """Right after words of address: "Well done Dexter", "congratulations to Mei", "text Priti"."""
    prev = _previous(tok)
    if prev is not None and prev.lower_ == "to":
        prev = _previous(prev)
    if prev is not None and prev.lower_ == "out" and (shout := _previous(prev)) is not None and shout.lower_ == "shout":
        return True  # "shout out to Wren"
    if prev is not None and prev.lower_ == "played" and (well := _previous(prev)) is not None and well.lower_ == "well":
        return True  # "well played Brannigan", as "well done"
    return prev is not None and prev.lower_ in ADDRESSED_AFTER


#: what an award is "of": "Player of the match", "Star of the week"
AWARD_PERIODS = frozenset({"match", "game", "week", "day", "month", "term", "year", "season", "gala", "tournament", "meet"})


def _after_an_award(tok: Token) -> bool:
    """'Player of the match Summer Cartwright', 'Star of the week: Hope': the award's winner follows it."""
    before = [t.lower_ for t in tok.doc[max(0, tok.i - 4):tok.i]]
    if before[-1:] == [":"]:
        before = before[:-1]
    return len(before) >= 3 and before[-3:-1] == ["of", "the"] and before[-1] in AWARD_PERIODS


def _followed_by_age(tok: Token) -> bool:
    """'Safa, 7, read the whole book': a name with the child's age after it, even opening a sentence."""
    after = tok.doc[tok.i + 1:tok.i + 4]
    return len(after) == 3 and after[0].text == "," and after[1].text.isdigit() and len(after[1].text) <= 2 \
        and after[2].text == ","


#: past forms that follow a person and never a modal verb's subject: "Will left his coat"
PAST_VERBS = frozenset({"left", "went", "came", "got", "won", "ran", "lost", "forgot", "made", "took", "brought",
                        "swam", "wrote", "drew", "sang", "found", "broke"})


def _acts(tok: Token) -> bool:
    """Is the word after `tok` a past form ("Will left", "May scored"), so `tok` is its subject?"""
    nxt = _next(tok)
    return nxt is not None and (nxt.lower_ in PAST_VERBS or nxt.lower_.endswith("ed") and nxt.is_alpha and len(nxt.text) > 3)


def _age_in_brackets(bracket: Token) -> bool:
    """'(tenor horn, 10)', '(7)': a child's age inside the brackets that open at `bracket`."""
    for tok in bracket.doc[bracket.i + 1:bracket.i + 7]:
        if tok.text == ")":
            return False
        if tok.text.isdigit() and 2 <= int(tok.text) <= 18:
            return True
    return False


def _possessive_of_role(tok: Token) -> bool:
    nxt = _next(tok)
    after = _next(nxt) if nxt is not None else None
    return nxt is not None and nxt.lower_ in ("'s", "’s") and after is not None and after.lower_ in ROLES


def _particle_end(doc: Doc, i: int) -> int | None:
    """The index of the capitalised surname after the particle(s) at doc[i], if there is one."""
    if doc[i].text in ("ó", "a", "i"):
        return None  # Irish "ó Rang 5" is "from Class 5": the surname particle is written Ó
    j = i + 1
    while j < len(doc) and doc[j].lower_ in PARTICLES and j - i < 3:
        j += 1
    if _hyphen_joins(doc, j - 1):
        return j + 1  # "al-Hashimi", "el-Sayed": the particle hyphened to the surname
    return j if j < len(doc) and doc[j].text[:1].isupper() and doc[j - 1].whitespace_ else None


def _hyphen_joins(doc: Doc, i: int) -> bool:
    """Is doc[i] followed by '-' and a capitalised word, with no spaces between?"""
    return (i + 2 < len(doc) and doc[i + 1].text in ("-", "‑") and not doc[i].whitespace_
            and not doc[i + 1].whitespace_ and doc[i + 2].text[:1].isupper())


def _starts_line(tok: Token) -> bool:
    """First word of a line, ignoring emoji and bullets before it."""
    j = tok.i - 1
    while j >= 0 and not any(c.isalnum() for c in tok.doc[j].text) and "\n" not in tok.doc[j].text:
        j -= 1
    return j < 0 or "\n" in tok.doc[j].text or "\n" in tok.doc[j].whitespace_


def _starts_sentence(tok: Token) -> bool:
    prev = _previous(tok)
    return tok.is_sent_start or prev is None or prev.text in (".", "!", "?", "\n") or _starts_line(tok)
