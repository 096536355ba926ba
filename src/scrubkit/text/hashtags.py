"""Which hashtags identify someone: #ChidiWalks, #Leeds, #NR2, #StAidansCE, #LSYC — not #proud.

A hashtag is split into its words (camel case, capitals, digits) and counts as identifying when a
word is a known place or given name, a school/club word with something before it, a title, a
postcode district, or a distinctive word that the rest of the post already gave away (a name, a
school, a handle) or a capitalised word that is no English word (#ChidiWalks), or when it is
the initials of a school or club named in the post.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.lang.en.stop_words import STOP_WORDS

from scrubkit.text import people
from scrubkit.text.gazetteers import Gazetteers
from scrubkit.text.recognizers import ACTIVITY_WORDS

HASHTAG = re.compile(r"(?<![\w#&])#[^\W_][\w]*")
POSTCODE_DISTRICT = re.compile(r"[A-Z]{1,2}\d{1,2}[A-Z]?")
GROUP_WORDS = frozenset({
    "primary", "academy", "infants", "juniors", "school", "college", "high", "grammar", "ce", "fc", "jfc", "afc",
    "rfc", "cc", "asc", "scouts", "scout", "guides", "cubs", "beavers", "brownies", "rainbows", "explorers", "bb",
    "rovers", "rangers", "united", "athletic", "harriers", "wanderers", "swifts", "tigers", "lions", "falcons",
    "otters", "minis", "choir", "theatre", "dance", "stage", "club",
})
TITLES = frozenset(people.TITLES) | {"st"}  # St Aidan's: a saint's name inside a tag


def hashtag_words(tag: str) -> list[str]:
    """'#UpTheReddishRovers' -> ['Up', 'The', 'Reddish', 'Rovers']; '#NR2' -> ['NR', '2']."""
    return re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-zà-ÿ]+|\d+", tag.lstrip("#"))


def distinctive_words(texts: Iterable[str], english: frozenset[str]) -> set[str]:
    """Words of at least four letters, not English, from what the post already revealed."""
    words: set[str] = set()
    for text in texts:
        for word in hashtag_words(text.replace("@", " ")) + re.findall(r"[^\W\d_]+", text):
            if len(word) >= 4 and word.lower() not in english:
                words.add(word.lower())
    return words


def initials(text: str) -> str:
    return "".join(w[0] for w in re.findall(r"[^\W\d_]+", text) if w[0].isupper()).upper()


def is_identifying(tag: str, gaz: Gazetteers, english: frozenset[str], revealed: set[str], group_initials: set[str]) -> bool:
    body = tag.lstrip("#")
    words = hashtag_words(tag)
    lows = [w.lower() for w in words]
    if POSTCODE_DISTRICT.fullmatch(body) or body.upper() in group_initials:
        return True
    if body.lower() in gaz.places or body.lower() in revealed:
        return True
    for n in (2, 3):  # "#IsleOfWight", "#ShardEndGreen": a place of several words written as one
        if any(" ".join(lows[i:i + n]) in gaz.places for i in range(len(lows) - n + 1)):
            return True
    if body.isupper() and any(body.lower().startswith(p) for p in _prefixes(body.lower(), gaz)):
        return True
    for i, low in enumerate(lows):
        pair = f"{low} {lows[i + 1]}" if i + 1 < len(lows) else ""
        if pair in gaz.places or low in revealed or low.removesuffix("s") in revealed:
            return True
        if low in gaz.places and low not in gaz.place_words:
            return True
        possessive = low.endswith("s") and low not in english and low[:-1] in gaz.given_names  # #MasonsArmy
        if len(low) > 2 and (low in gaz.given_names or possessive) and low not in gaz.everyday_names and words[i][0].isupper():
            return True
        if (low in GROUP_WORDS or low in TITLES) and i > 0 and len(words) > 1:
            return True
        if low in ACTIVITY_WORDS and i >= 2 and all(w[0].isupper() and w.lower() not in STOP_WORDS for w in words[:i]):
            return True  # "#ForestValeRugby": a club named by two words and its sport, not "#LoveRugby"
        if len(low) > 2 and words[i][0].isupper() and not words[i].isupper() and low not in english \
                and low.removesuffix("s") not in english and low not in STOP_WORDS:
            return True  # a proper noun that is no English word: #ChidiWalks, #StepzDance
    return False


def _prefixes(body: str, gaz: Gazetteers) -> list[str]:
    """Places of four or more letters that an all-caps hashtag starts with (#BOLTONSWIFTS)."""
    return [body[:n] for n in range(len(body) - 1, 3, -1) if body[:n] in gaz.places and body[:n] not in gaz.place_words]
