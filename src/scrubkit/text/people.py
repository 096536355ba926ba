"""Titles, roles and kinship words: the one declared list every part of scrubkit reads.

names.py takes a word after any of them as evidence of a name ("Mrs Okoro", "mum Kerry", "our
keeper Hope"), rewrite.py decides from them what replaces the name (an adult stays an adult: "a
member of staff", "our coach"), post.py tells adults from children by them, and hashtags.py reads
titles inside tags. All keys are lower case, without a full stop.
"""

from __future__ import annotations

import re

STAFF = "a member of staff"
#: a title written before a name, and what the titled person is called once the name is gone
TITLES: dict[str, str] = {
    **dict.fromkeys(("mr", "mrs", "miss", "ms", "mx", "mister", "sir", "madame", "mme", "dame", "prof", "morah",
                     "pani", "pan"), STAFF),
    "dr": "a doctor",
    **dict.fromkeys(("coach", "sensei"), "our coach"),
    **dict.fromkeys(("fr", "father", "ks", "ksiądz"), "our priest"),
    "siostra": "a volunteer",
    **dict.fromkeys(("rev", "revd", "reverend", "vicar", "canon"), "our minister"),
    "pastor": "our pastor",
    "imam": "our imam",
    "rabbi": "our rabbi",
    **dict.fromkeys(("pc", "pcso", "dc", "sgt"), "a police officer"),
    **dict.fromkeys(("aunty", "auntie", "uncle", "anti", "yncl", "apa", "bhai", "baji", "teyze"), "a volunteer"),
}
#: titles that still name the person's role once the name is gone, and the determiner they then take:
#: "coach Tony" -> "our coach", "Reverend Gwilym Price" -> "the Reverend" (a "Mrs" alone would not read)
ROLE_TITLES: dict[str, str] = {**dict.fromkeys(("coach", "sensei", "pastor", "imam", "rabbi"), "our"),
                               **dict.fromkeys(("rev", "revd", "reverend", "vicar", "canon"), "the")}
#: family members who are adults: a name after them is an adult's ("his mum Kerry")
ADULT_KIN = frozenset({"mum", "mam", "mom", "mummy", "mother", "dad", "daddy", "grandad", "grandpa", "grandma",
                       "granny", "gran", "nan", "nana", "nanny", "nain", "taid", "granda", "papa", "auntie",
                       "aunty", "aunties", "aunt", "uncle", "husband", "wife", "stepdad", "stepmum", "grandmother",
                       "grandfather"})
#: what children call grandparents and elders in the languages of UK families ("Love Mummy, Papa & Dadi")
OTHER_KIN = frozenset({"dadi", "dada", "nani", "nana", "nanu", "dadu", "oma", "opa", "babcia", "dziadek",
                       "mamgu", "tadcu", "nanna", "grandma", "granda", "gramps", "grampa", "mamó", "daideó", "seanmháthair"})
#: family members who are usually children: "her brother Alfie"
CHILD_KIN = frozenset({"sister", "brother", "son", "daughter", "cousin", "twin", "girl", "boy", "baby", "grandson",
                       "granddaughter", "niece", "nephew", "bro", "sis", "twins", "siblings", "lad", "lass", "princess"})
#: jobs and volunteer roles held by adults: the role stays, the name goes ("our lifeguard Joel")
ADULT_ROLES = frozenset({"teacher", "leader", "leaders", "lifeguard", "volunteer", "volunteers", "officer",
                         "secretary", "treasurer", "chair", "chairman", "chairwoman", "manager", "driver", "caretaker",
                         "headteacher", "head", "instructor", "referee", "ref", "umpire", "chef", "cook", "nurse",
                         "doctor", "governor", "governors", "helper", "organiser", "tutor", "librarian", "warden", "patrol",
                         "lady", "principal", "head teacher", "lollipop lady", "lollipop man", "crossing patrol",
                         "assistant", "ta", "senco", "physio", "photographer", "sponsor", "owner", "worker", "keyworker"})
#: team and group roles, usually children's: "our keeper Hope", "captain Ava"
CHILD_ROLES = frozenset({"keeper", "goalie", "captain", "pupil", "pupils", "player", "players", "member", "members",
                         "swimmer", "swimmers", "winner", "winners", "star", "superstar", "cadet", "striker",
                         "defender", "gymnast", "dancer", "starter", "starters", "newcomer"})
#: every word after which a capitalised word is taken as a person (names.py's role evidence)
ROLES = ADULT_KIN | CHILD_KIN | CHILD_ROLES | frozenset({"leader", "teacher", "lifeguard", "volunteer", "caretaker",
                                                        "chef", "instructor", "lady", "worker", "keyworker"})  # "dinner lady Pat"
#: a name right after one of these is an adult's
ADULT_BEFORE_WORDS = frozenset(TITLES) | ADULT_KIN | ADULT_ROLES
_ADULT_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(w) for w in ADULT_BEFORE_WORDS), key=len, reverse=True)) + r")\.?[ ]*\(?[ ]*$",
    re.IGNORECASE)


def adult_before(text: str, start: int) -> bool:
    """Does a title, adult role or adult family word come right before text[start:]?"""
    return _ADULT_BEFORE.search(text, max(0, start - 40), start) is not None


def title_pattern() -> str:
    """A regex alternation of the titles, capitalised as written or in capitals ("Mrs", "MRS", "mrs")."""
    forms = {f for t in TITLES for f in (t, t.capitalize(), t.upper())}
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
