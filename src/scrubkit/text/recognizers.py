"""scrubkit's pattern recognizers for UK posts about children: one small class per kind of thing.

Each class is data (the entity it reports and its patterns) plus, where a regex cannot decide, an
`accept` check. Patterns are case-sensitive (presidio's default ignores case, which turns "sat"
into Saturday and "Hall" into a venue everywhere); where case does not matter the regex says so
inline. A named group `x`, when present, is the part reported. What a finding is replaced with
lives in rewrite.py, not here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import ClassVar

import tldextract
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS

from scrubkit.plates import UK_PLATE
from scrubkit.text.gazetteers import gazetteers
from scrubkit.text.names import case_mode


def either_case(*words: str) -> str:
    """A regex alternation accepting each word as written and in capitals ("Hall" or "HALL")."""
    longest_first = sorted(words, key=len, reverse=True)  # "Hospital for Children" before "Hospital"
    return "|".join(f"{re.escape(w)}|{re.escape(w.upper())}" for w in longest_first)


def any_case(*words: str) -> str:
    """A regex alternation accepting each word in lower, Title or UPPER case."""
    forms = {f for w in words for f in (w.lower(), w[:1].upper() + w[1:].lower(), w.upper())}
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


def lower_or_upper(*words: str) -> str:
    """Lower case or capitals only: 'cancer' is a condition, 'Cancer Research' a charity."""
    return "|".join(re.escape(f) for w in words for f in (w, w.upper()))


#: capitalised words that start a sentence or fill an ALL CAPS post, never part of a name
NOT_NAME_PARTS = (r"(?:AT|ON|IN|TO|BY|FOR|FROM|WITH|THE|AND|OF|OUR|MY|YOUR|Our|My|Your|Their|His|Her|This|That|These|"
                  r"Any|All|Some|Every|Each|Well|Thanks|Thank|Dear|Hi|Hello|Congratulations|Welcome|Happy|Please|"
                  r"Who|For|With|From|By|Is|Was|Has|Had|"  # Title Case posts ("Who Played For")
                  r"HIS|HER|THEIR|WHO|IS|WAS|HAS|HAD|GOT|ARE|WERE|WILL|DID)\b")  # and ALL CAPS ones ("GOT HIS GREEN BELT")
#: an age band is a team's section, not a word of its name: "Kirkby Juniors U10s", "Naomh Bríd U12s"
AGE_BAND = r"U\d{1,2}s?\b"
CAPWORD = rf"(?!{NOT_NAME_PARTS}|{AGE_BAND})[A-ZÀ-ÖØ-Þ][\w'’\-]*"
ORDINAL = r"\d{1,2}(?:st|nd|rd|th)"
#: zero or more capitalised words (with "of", "the", "&" between) each followed by a space
#: at most MAX_WORDS: names are short, and an unbounded run makes ALL CAPS text quadratic
MAX_WORDS = 5
CONNECTORS = "of|the|and|&|on|upon|y|de|le|OF|THE|AND|ON|UPON"  # "Isle of Wight", "C OF E"
CAP_RUN = rf"(?:(?:{ORDINAL}|St\.?|ST\.?|{CAPWORD})[ ]+(?:(?:{CONNECTORS})[ ]+)?){{0,{MAX_WORDS}}}"
NAMED = rf"(?:{ORDINAL}[ ]+)?{CAPWORD}[ ]+(?:&[ ]+)?{CAP_RUN}"  # at least one capitalised word, then a run

SCHOOL_SUFFIX = either_case(
    "Primary School", "Primary", "Infant School", "Infants", "Junior School", "Academy", "High School",
    "High", "Grammar School", "Grammar", "College", "School", "Day Nursery", "Nursery School", "Sixth Form",
    "Playgroup", "Pre-School", "Preschool", "Kindergarten", "Montessori", "Nursery", "Childminding", "Childminders",
) + "|PS|CE|C of E|RC"
CLUB_SUFFIX = either_case(
    "Scout Group", "Scouts", "Explorers", "Guides", "Cubs", "Beavers", "Brownies", "Rainbows", "Cadets",
    "Boys' Brigade", "Youth Theatre", "Youth Stage", "Theatre School", "Stage School", "Dance Academy",
    "Dance School", "Choir", "Orchestra", "Harriers", "Rangers", "Rovers", "United", "Athletic",
    "Wanderers", "Juniors", "Minis", "Swifts", "Tigers", "Lions", "Falcons", "Otters", "Dockers", "Kites",
    "Sharks", "Dolphins", "Eagles", "Hawks", "Bears", "Wolves", "Panthers", "Titans", "Gladiators", "Stingers",
    "Warriors", "Spartans", "Trojans", "Vikings", "Knights", "Saints", "Giants", "Bulls", "Jets", "Hornets",
    "Wasps", "Colts", "Cobras", "Dragons", "Pumas", "Jaguars", "Leopards", "Foxes", "Badgers", "Owls", "Ravens",
    "Magpies", "Swans", "Penguins", "Stallions", "Mustangs", "Wildcats", "Raiders", "Pirates", "Rockets",
    "Gymnastics Club", "Rams", "Comets", "Nippers", "Strings", "Wheelers", "Players", "Footlights", "Detachment",
    "All Stars", "Flyers", "Celts", "Fiddlers", "Singers", "Ensemble", "Boxing Club", "Youth Club", "Young Farmers",
    "Club", "Squadron", "Sqn", "Villa", "Albion", "Ummah", "Dynamos", "Corinthians", "Thistle", "Harlequins",
) + "|FC|JFC|AFC|RFC|RUFC|CC|ASC|SC|HC|BB|GAA|ABC|BC|YFC"
VENUE_SUFFIX = either_case(
    "Leisure Centre", "Sports Centre", "Community Centre", "Arts Centre", "Centre", "Center",
    "Church Hall", "Village Hall", "Town Hall", "Community Hall", "Hall", "Church", "Chapel", "Cathedral",
    "Mosque", "Gurdwara", "Temple", "Synagogue", "Playing Fields", "Playing Field", "Recreation Ground",
    "Country Park", "Park", "Fields", "Ground", "Stadium", "Arena", "Library", "Museum", "Zoo", "Farm",
    "Campsite", "Theatre", "Empire", "Studio", "Tower", "Hospital", "Pool", "Baths", "Lido", "Castle",
    "Abbey", "Beach", "Woods", "Fire Station", "Police Station", "Station", "Warehouse", "Barn", "Pantry", "Hub",
    "Village", "Hotel", "Bowl", "Pitch", "Sands", "Boathouse", "Masjid", "Pentecostal", "Presbyterian", "Methodist",
    "Baptist", "Restaurant", "Cafe", "Café", "Inn", "Arms", "Lodge", "LeisurePlex", "Leisureplex", "Rink", "Dome",
    "Trampoline Park", "Soft Play", "Hospital for Children", "Infirmary", "Surgery", "Rec", "Clubhouse", "Pavilion",
    "Congregation", "Shul", "Meeting House", "Kingdom Hall",
)
#: hospitals known by their initials ("in the RVI"); not MRI, which is a scan as often as Manchester's infirmary
HOSPITAL_INITIALS = "RVI|LGI|QMC|GOSH|UCLH|QEUH|NNUH|JCUH|RUH|BRI|QEHB|RBH|RSCH|NGH|RHSC|JR|QE"
#: Welsh and Gaelic venue words come first: "Parc y Dre", "Canolfan Hamdden", "Pwll Nofio Bangor"
VENUE_PREFIX = either_case("Parc", "Canolfan", "Neuadd", "Pwll", "Eglwys", "Capel", "Plas", "Amgueddfa", "Ionad", "Páirc",
                           "Llyfrgell", "Ysbyty", "Masjid", "Jamia", "Gurdwara", "Mandir")
WELSH_LINK = r"(?:y|yr|'r|na|an|de)[ ]+"
#: the words a street's name ends with, the one list every street pattern reads
STREET_WORDS = ("Road", "Rd", "Street", "Lane", "Avenue", "Ave", "Close", "Crescent", "Terrace", "Drive", "Way", "Grove",
                "Gardens", "Place", "Square", "Court", "Row", "Walk", "Parade", "Mews", "Green", "Hill", "Rise", "Yard",
                "Wynd", "Quay", "Wharf", "Boulevard")
STREET_SUFFIX = either_case(*STREET_WORDS)
#: street words a lower-case post uses for other things ("a green", "the hill"): not a street's end there,
#: even after a house number; and those that need the number too ("on the way", "court", "rd")
_NOT_LOWER_STREET = frozenset({"place", "square", "row", "parade", "green", "hill", "rise"})
_NUMBERED_ONLY = frozenset({"rd", "ave", "way", "court", "walk", "mews", "yard", "wynd", "quay", "wharf", "boulevard"})
NUMBERED_STREET = "|".join(w.lower() for w in STREET_WORDS if w.lower() not in _NOT_LOWER_STREET)
UNNUMBERED_STREET = "|".join(w.lower() for w in STREET_WORDS if w.lower() not in _NOT_LOWER_STREET | _NUMBERED_ONLY)
WEEKDAY = any_case("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_SHORT = any_case("Mon", "Tue", "Tues", "Wed", "Weds", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")
MONTH = any_case(
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec",
)
DAY_NUMBER = r"\d{1,2}(?:st|nd|rd|th)?"
#: the day after, as Scots and text-speak write it ("the morra", "2moz"); plain "tomorrow" is left, as often in
#: posts that name no one ("school is closed tomorrow")
TOMORROW = any_case("2moz", "2morrow", "2moro", "tmrw", "the morra", "the morn", "the morrow")
#: Welsh weekdays (with the mutated forms after "nos") and months: "nos Fercher", "Sul 14 Rhagfyr", "Llun–Gwener"
WELSH_DAY = "Llun|Mawrth|Mercher|Fercher|Iau|Gwener|Wener|Sadwrn|Sul|llun|mercher|fercher|iau|gwener|sadwrn|sul"
WELSH_MONTH = "Ionawr|Chwefror|Ebrill|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr"
DASH = r"[ ]?[–—-][ ]?"
CLOCK = r"\d{1,2}(?:[.:][0-5]\d)?"
AMPM = r"(?:am|pm|AM|PM|a\.m\.|p\.m\.)"


class RegexRecognizer(LocalRecognizer):
    """A presidio recognizer whose patterns are class data: (regex, score) pairs, compiled once."""

    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[tuple[tuple[str, float], ...]]

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.ENTITY], name=type(self).__name__)

    def load(self) -> None:
        self.compiled = [(re.compile(regex, re.MULTILINE), score) for regex, score in self.PATTERNS]

    def accept(self, text: str, start: int, end: int) -> bool:
        """A last check a regex cannot express; subclasses override it."""
        return True

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        results = []
        for regex, score in self.compiled:
            for match in regex.finditer(text):
                start, end = match.span("x") if "x" in regex.groupindex else match.span()
                if end > start and self.accept(text, start, end):
                    results.append(RecognizerResult(self.ENTITY, start, end, score,
                                                     recognition_metadata={"recognizer_name": self.name}))
        return results


#: what a club in lower case after its name is for: "Collyhurst & Moston boxing club"
#: sports and activities a club is named by: "Collyhurst & Moston boxing club", "tiger tots karate", "#ForestValeRugby"
ACTIVITY_WORDS = frozenset({"boxing", "football", "rugby", "cricket", "swimming", "swim", "gymnastics", "gym", "netball",
                            "hockey", "tennis", "athletics", "running", "cycling", "judo", "karate", "taekwondo",
                            "kickboxing", "dance", "drama", "chess", "badminton", "basketball", "bowls", "rowing",
                            "sailing", "golf", "hurling", "camogie"})
ACTIVITIES = "|".join(sorted(ACTIVITY_WORDS, key=len, reverse=True))
#: venue words written in lower case after a name ("Crewe Toll fire station", "moorfield baths")
LOWER_KINDS = ("fire station|police station|leisure centre|sports centre|community centre|library|baths|swimming pool|"
               "pool|farm|park|zoo|museum|hospital|arena|stadium|rec|rec ground|recreation ground|playing fields|"
               "village hall|church hall|community hall|sports hall|scout hut|lido|ice rink|rink|factory|world|kingdom|"
               "zone|planet")
#: words that make a lower-case phrase before a venue word a description, not a name: "at the park",
#: "to soft play", "at swimming baths", "from car park"
NOT_NAMED_BEFORE = ("the|a|an|our|my|your|their|his|her|its|this|that|these|those|every|each|any|some|no|local|"
                    "nearest|new|big|old|main|top|bottom|back|front|car|skate|water|trampoline|play|theme|country|"
                    "national|retail|business|school|village|town|city|swimming|leisure|sports|public|kids|children's|"
                    "high|primary|secondary|middle|upper|lower|senior|infant|boarding|private|state|faith|grammar|"
                    "under|girls|boys|mixed|and|or|in|at|on|of|for|to|with|is|was|got|will|has|had")
#: words that describe what a club, school or venue is rather than which one: "Easter Holiday Club",
#: "Sunday School", "Junior Gospel Choir", "Messy Church" name no particular group
GENERIC_WORDS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday weekend spring summer autumn winter easter christmas
holiday holidays half-term term after school after-school breakfast homework lunchtime lunch junior juniors senior
youth kids children's childrens family families parent toddler baby girls boys mixed gospel gaelic welsh irish
polish urdu arabic chess drama art arts craft crafts coding science book reading film cooking running football
netball rugby cricket hockey tennis swimming multi-sports multi-skills sports sport dance ballet street eco nature
gardening lego messy story forest new local community charity village parish church
rangers guides brownies rainbows scouts cubs beavers explorers & and rotary lions club
gymnastics code karate judo boxing athletics maths singing knitting cycling climbing yoga
""".split())


def lower_named(kinds: str) -> str:
    """A name in a lower-case post: one to three words and a kind word, after "at", "to", "for", "from", "on"
    or "v" with no article ("trip to cannon hall farm", "coach at denton juniors", "we live on elm grove")."""
    return (rf"\b(?:at|to|for|from|on|v|vs|near|opposite)[ ]+(?P<x>(?!(?:{NOT_NAMED_BEFORE})\b)[a-z][a-z'’]+"
            rf"(?:[ ][a-z][a-z'’]+){{0,2}}[ ](?:{kinds}))\b")


def lower_case_name_ok(text: str, start: int, end: int) -> bool:
    """A lower-case find names something only if no word before its kind ("fire station" and the like
    are two words) is generic or a determiner: not "to soft play park", "at swimming baths", "for high school"."""
    if not text[start].islower():
        return True
    if case_mode(text) != "lower":
        return False  # where a post uses capitals, a lower-case phrase is no name: "to talk about road safety"
    kind_words = 2 if re.search(r"(?:centre|station|pool|ground|fields|hall|hut|rink|[ ]club) *$", text[start:end]) else 1
    words = [re.sub(r"['’]s$", "", w) for w in text[start:end].split()][:-kind_words]
    return not any(w in GENERIC_WORDS or w in STOP_WORDS or re.fullmatch(NOT_NAMED_BEFORE, w) for w in words)


class GenericNameCheck:
    """Mixed into the group recognizers: a name made only of GENERIC_WORDS before its suffix is no name."""

    def accept(self, text: str, start: int, end: int) -> bool:
        words = text[start:end].lower().split()
        words = words[1:] if words[0] in ("the", "a", "our") else words
        if not lower_case_name_ok(text, start, end):
            return False
        return not (len(words) > 1 and all(w.strip("'’") in GENERIC_WORDS for w in words[:-1]))


class SchoolRecognizer(GenericNameCheck, RegexRecognizer):
    """Fernhill Primary, Castle Vale Academy, Carrickbawn PS, Ysgol Gynradd Bryn Celyn, LVGS."""

    ENTITY = "SCHOOL"
    PATTERNS = (
        (rf"\b{NAMED}(?:{SCHOOL_SUFFIX})\b", 0.85),
        (rf"\b(?:{CAP_RUN})(?:Ysgol|Scoil|Gaelscoil|Bunscoil|Coláiste|Szkoła|Szkoła Polska|Cylch Meithrin)(?:[ ]+(?:{WELSH_LINK})?{CAPWORD}){{1,{MAX_WORDS}}}"
         rf"(?:[ ]+im\.(?:[ ]+{CAPWORD}){{1,4}})?", 0.85),  # "Szkoła Polska im. Jana Pawła II": named after a patron
        (r"\b(?:ysgol|scoil|gaelscoil|bunscoil)(?:[ ](?!(?:today|is|was|and|on|in|at|for|the|to|this|we|so|yn|ac|a|ar)\b)"
         r"(?:y[ ]|yr[ ]|na[ ]|an[ ])?[a-zà-ÿŵŷ]+){1,3}", 0.75),  # lower-case posts: "ysgol glan morfa"
        (r"\b[A-Z]{1,3}(?:HS|GS)\b", 0.5),  # initials of a high or grammar school
        (lower_named("primary school|primary|high school|high|academy|grammar school|grammar|infants|college"), 0.5),
    )


class ClubRecognizer(GenericNameCheck, RegexRecognizer):
    """1st Bramhall Scouts, Penwortham Harriers CC, Tayside Tigers, Scoil Rince Uí Néill."""

    ENTITY = "CLUB"

    def accept(self, text: str, start: int, end: int) -> bool:
        if re.fullmatch(rf"(?:{NATIONS}|{COUNTRIES})(?:[ ]+(?:U\d+s?|Women|Men|Ladies|Under[ ]\d+s?))?", text[start:end]):
            return False  # "England v Wales": national sides identify no child
        if text[start].isdigit() and re.search(r"\b(?:her|his|their|my|our|a)[ ]+$", text[max(0, start - 8):start]):
            return False  # "her 1st Dan": a grade, not the 1st Dan Scouts
        return super().accept(text, start, end)
    PATTERNS = (
        (rf"\b{NAMED}(?:{CLUB_SUFFIX})(?:[ ](?:Girls|Boys|Ladies|GIRLS|BOYS|LADIES)\b)?\b", 0.8),  # "Hull Dockers Girls"
        (rf"\b{ORDINAL}[ ]+(?!(?:{MONTH}|{WEEKDAY})\b){CAPWORD}(?:[ ]+{CAPWORD})?", 0.6),  # "2nd Heaton ...": a numbered group
        (rf"\b(?:v|vs|v\.|versus|against)[ ]+(?P<x>{CAPWORD}(?:[ ]+(?!(?:{WEEKDAY}|{WEEKDAY_SHORT})\b){CAPWORD}){{0,{MAX_WORDS}}})", 0.6),
        (rf"\bScoil Rince(?:[ ]+{CAPWORD}){{1,{MAX_WORDS}}}", 0.85),
        (rf"\b(?:TS|T\.S\.)[ ]{CAPWORD}\b", 0.8),  # a sea cadets unit: "TS Havock", "TS Bounty"
        (rf"\b(?:CLG|Cumann Lúthchleas Gael|Cumann|Comhaltas|Clwb|Klub)(?:[ ]+{CAPWORD}){{1,{MAX_WORDS}}}", 0.85),  # Irish, Welsh, Polish
        (rf"\b{NAMED}(?:School|Academy|Studio|Studios)[ ]of[ ](?:{CAPWORD})(?:[ ](?:&|and)[ ]{CAPWORD})?", 0.8),
        (r"\b\d{2,4}[ ]\([A-Z][\w' -]{1,30}\)[ ](?:Sqn|Squadron|Squadron ATC|Detachment)\b", 0.85),
        (rf"\b{NAMED}(?:{ACTIVITIES})[ ](?:club|academy|school|group)\b", 0.75),  # "Collyhurst & Moston boxing club"
        (rf"\b(?:(?!{NOT_NAME_PARTS})[A-Z][a-z'’]+[ ]){{1,2}}(?:{ACTIVITIES})[ ](?:squad|team)\b", 0.7),  # "the Oakwood gymnastics squad"
        (r"\b\d(?:st|nd|rd|th)[ ](?:[a-z][a-z'’-]+[ ]){1,2}(?:brownies|guides|scouts|cubs|beavers|rainbows|explorers|"
         r"boys['’]?[ ]brigade)\b", 0.7),  # "3rd ashby brownies": a numbered group, in any case
        (rf"\b\d{{1,2}}[-–]\d{{1,2}}[ ](?P<x>{CAPWORD}(?:[ ]{CAPWORD}){{0,3}})[ ]\d{{1,2}}[-–]\d{{1,2}}\b", 0.65),  # "3-06 Na Magha 1-04"
        (lower_named("juniors|fc|jfc|afc|rfc|rovers|rangers|united|athletic|harriers|wanderers|scouts|cubs|brownies|"
                     "guides|beavers|swimming club|football club|rugby club|cricket club|gymnastics club|dance school"), 0.5),
        (lower_named(f"(?:{ACTIVITIES})(?:[ ]club)?"), 0.5),  # "got her belt at tiger tots karate"
    )


class AgeBandTeamRecognizer(RegexRecognizer):
    """'Attercliffe Arrows U16', 'lydney lions u13s': the words before an age band, ending in a plural, name a
    team (in any case); not 'our girls U12', 'Tuesday squads U10'."""

    ENTITY = "CLUB"
    _WORD = rf"(?!(?i:{NOT_NAMED_BEFORE})\b)[A-Za-z][\w'’]+"
    PATTERNS = ((rf"(?<![\w'’])(?P<x>(?:{_WORD}[ ]){{1,2}}[A-Za-z][a-z]+s)[ ](?:U|u|Under[ ]|under[ ])\d{{1,2}}s?\b", 0.6),)

    def accept(self, text: str, start: int, end: int) -> bool:
        *name, team = text[start:end].split()
        same_case = all(w[0].isupper() for w in (*name, team)) or all(w.islower() for w in (*name, team))
        plain = not any(w.lower() in STOP_WORDS or w.lower() in GENERIC_WORDS for w in name)
        return same_case and plain and team.lower() not in PlaceTeamRecognizer.NOT_TEAMS \
            and re.match(NOT_NAME_PARTS, name[0]) is None


class PlaceTeamRecognizer(RegexRecognizer):
    """'Bridlington Barracudas', 'Lutterworth Trailblazers', 'U10 Ravens': a team named by a town the
    gazetteer knows, or by its age band, and a plural noun; not 'Leicester Schools' nor 'Hull Sports (Centre)'."""

    ENTITY = "CLUB"
    NOT_TEAMS = frozenset({"schools", "sports", "championships", "champs", "games", "finals", "charities", "councils",
                           "hospitals", "parks", "fields", "gardens", "heights", "downs", "wells", "lanes", "meadows",
                           "families", "parents", "children", "kids", "pupils", "students", "girls", "boys", "ladies",
                           "men", "women", "juniors", "seniors", "minis", "teams", "squads", "leagues", "trials",
                           "thursdays", "mondays", "tuesdays", "wednesdays", "fridays", "saturdays", "sundays",
                           "nations", "counties", "news", "awards", "results", "fixtures", "matters", "cadets", "quays",
                           "docks", "sands", "hills", "moors", "woods", "waters", "lakes", "falls", "greens", "commons",
                           "gates", "towers", "halls", "roads", "streets", "mews", "acres", "leys", "vales", "pools",
                           "baths"})
    PATTERNS = ((r"\b(?P<x>(?P<town>[A-Z][a-z’'-]+(?:[ ][A-Z][a-z’'-]+)?)[ ](?P<team>[A-Z][a-z]+s))\b(?![ ][A-Z])", 0.65),
                (r"\b(?:U|Under[ ])\d{1,2}s?[ ](?P<x>[A-Z][a-z]+s)\b(?![ ][A-Z])", 0.6))

    def accept(self, text: str, start: int, end: int) -> bool:
        *town, team = text[start:end].split()
        low = team.lower()
        if low in self.NOT_TEAMS or low in gazetteers().given_names or low in gazetteers().places:
            return False
        if not town:
            return True  # after an age band: "U10 Ravens" (the band is a YEAR of its own)
        place = " ".join(town).lower()
        return place in gazetteers().places and place not in gazetteers().place_words


#: chains whose branch is the place of an event ("party at Nando's", "opposite the Co-op")
#: the words before a chain's name that make it the place of something: "at Nando's", "instead of the Co-op"
CHAIN_LEAD = r"\b(?:(?:at|opposite|outside|near|behind|by|from|At)[ ](?:the[ ])?|(?:of|in|to)[ ]the[ ])"
CHAINS = ("Co-op|Co-Op|Tesco|Asda|Sainsbury's|Morrisons|Aldi|Lidl|Greggs|McDonald's|McDonalds|Nando's|Costa|"
          "Pizza Express|Pizza Hut|Wacky Warehouse|Flip Out|Hollywood Bowl|Pets at Home|Boots|Wetherspoons|Toby Carvery|"
          "Harvester|Brewers Fayre|Frankie & Benny's|Wagamama|Burger King|KFC|Subway|Starbucks")


class VenueRecognizer(GenericNameCheck, RegexRecognizer):
    """Roundhay Leisure Centre, St Michael's Church Hall, Chester Zoo, St Luke's, the Hope Centre."""

    ENTITY = "VENUE"
    PATTERNS = (
        (rf"\b{NAMED}(?:{VENUE_SUFFIX})\b", 0.8),
        (rf"\bSt\.?[ ]+{CAPWORD}['’]s\b", 0.7),
        (rf"\b(?:the|at|in|to|from)[ ](?P<x>(?:{HOSPITAL_INITIALS}))\b", 0.7),  # "recovering in the RVI"
        (r"\b(?:[Ww]ard|WARD)[ ](?:[0-9][0-9A-Z]{0,2}|[A-Z][a-z]+)\b", 0.7),  # hospital wards: "ward 4C"
        (rf"\b{CAPWORD}(?:[ ]{CAPWORD})?[ ](?:ward|Ward|Unit)\b", 0.6),  # "Piam Brown ward"
        (rf"{CHAIN_LEAD}(?P<x>(?i:{CHAINS}))(?!\w)", 0.6),
        (rf"\b(?:{VENUE_PREFIX})(?:[ ]+(?:{WELSH_LINK})?{CAPWORD}){{1,{MAX_WORDS}}}", 0.7),
        (rf"(?<=[a-z,][ ])(?P<x>The[ ]+{CAPWORD}(?:[ ]+{CAPWORD}){{0,2}})", 0.4),  # "off to The Braid": "The" mid-sentence
        (r"\b[Ss][Tt]\.?[ ]+[a-z]+(?:['’]s|s)(?:[ ](?:church[ ]hall|hall|church|chapel|centre))?\b(?![ ]day)", 0.5),  # "st johns", "st hilda's hall"
        (rf"\b(?:at|At|AT)[ ]+(?:the[ ]+)?(?P<x>{CAPWORD}(?:[ ]+{CAPWORD}){{0,{MAX_WORDS}}})", 0.4),  # "party at Laser Quest Swindon"
        (rf"(?<![.!?][ ])(?<!^)(?P<x>{CAPWORD}(?:[ ]{CAPWORD}){{0,2}})[ ](?:{LOWER_KINDS})\b", 0.5),  # "Crewe Toll fire station"
        (lower_named(LOWER_KINDS), 0.5),  # "trip to cannon hall farm"
    )
    #: "at Christmas", "at Home": one capitalised word after "at" that is a time or a word, not a place
    NOT_VENUES = frozenset({"christmas", "easter", "halloween", "diwali", "eid", "half", "home", "school", "lunch",
                            "break", "playtime", "night", "last", "least", "first", "once", "tonight", "today",
                            "tomorrow", "noon", "midday", "brownies", "cubs", "scouts", "beavers", "guides",
                            "rainbows", "explorers", "eisteddfod", "church", "mass", "training"})

    #: the last word of an event or an organisation, not of a place: "at the Yorkshire Short Course Champs"
    EVENT_WORDS = frozenset({"sports", "carnival", "walk", "eisteddfod", "féile", "feile", "fun run", "hq", "championships", "championship", "champs", "grades", "regatta", "nations", "cup", "finals",
                             "final", "gala", "festival", "games", "open", "trophy", "league", "mass", "brigade",
                             "youth", "awards", "show", "concert", "tournament", "series", "relays", "meet",
                             "qualifiers", "trials", "competition", "challenge", "marathon", "day", "week"})
    #: an organisation named only by generic words is no place: "Thank you to The Children's Society"
    ORGANISATION_WORDS = frozenset({"society", "trust", "foundation", "charity", "association", "federation", "alliance",
                                    "network", "council", "committee"})

    def accept(self, text: str, start: int, end: int) -> bool:
        words = [re.sub(r"['’]s$", "", w) for w in text[start:end].split()]
        if not lower_case_name_ok(text, start, end):
            return False  # "to soft play park", "at swimming baths": a description, not a name
        if len(words) == 1 and words[0].lower() in self.NOT_VENUES:
            return False
        if words[-1].lower() in self.EVENT_WORDS:
            return False
        if words[-1].lower() in self.ORGANISATION_WORDS and all(w.lower() in GENERIC_WORDS or w.lower() == "the"
                                                               for w in text[start:end].split()[:-1]):
            return False
        if words[-1].lower() in ("church", "club", "hall", "hq", "centre") and not super().accept(text, start, end):
            return False  # "Messy Church", "Scout HQ"; not "the Science Museum"
        if words[0] == "The" and re.search(r"\b(?:read|reads|reading|watch|watched|watching|saw|perform|performed|"
                                           r"performing|sang|sing|singing)[ ]+$", text[max(0, start - 20):start]):
            return False  # "they read The Gruffalo": a book, a film or a song, not a place
        return not re.fullmatch(rf"(?:{WEEKDAY}|{MONTH}|{WEEKDAY_SHORT})", words[0])


class StreetRecognizer(RegexRecognizer):
    """Cromwell Road, Market Square: a street locates a family or a meeting point."""

    #: street words that are also surnames: "Poppy-Mae Green", "Ella Hill" are people
    SURNAME_SUFFIXES = frozenset({"green", "hill", "rise", "row", "court", "way", "walk", "lane"})

    def accept(self, text: str, start: int, end: int) -> bool:
        *before, last = text[start:end].split()
        given = gazetteers().given_names
        if last.lower() in self.SURNAME_SUFFIXES and before and all(
                part.lower() in given for word in before for part in word.split("-")):
            return False
        return lower_case_name_ok(text, start, end)

    ENTITY = "PLACE"
    PATTERNS = (
        (rf"\b{NAMED}(?:{STREET_SUFFIX}|{either_case('Strand', 'Downs', 'Lanes', 'Point', 'Common', 'Heath', 'Moor')})\b", 0.7),
        (rf"\b(?:River|RIVER|Afon|Loch|Lough)[ ]{CAPWORD}\b", 0.7),  # "the River Wear", "Lough Neagh"
        (lower_named(UNNUMBERED_STREET), 0.5),  # "we live on elm grove"
        (rf"\b(?:flew|flown|travelled|traveled|drove|driving|drivin|came|coming|visiting)(?:[ ](?:in|over|up|down|all|the|way)){{0,4}}"
         rf"[ ](?:from|fae|frae)[ ](?P<x>{CAPWORD}(?:[ ]{CAPWORD})?)", 0.6),  # "flew in from Haifa"
    )


class AddressRecognizer(RegexRecognizer):
    """6 Lyndhurst Close, 27 Ashgrove Terrace, Flat 2, 14a High Street, 1668 Glyn St, Apt. 595."""

    ENTITY = "ADDRESS"
    UNIT = r"(?:Flat|FLAT|Apartment|Apt\.?|Unit|Suite)[ ]\d+[A-Za-z]?"
    #: abbreviations that only count after a house number ("St" alone is usually Saint)
    NUMBERED_SUFFIX = r"St|St\.|Ave\.|Blvd|Dr\.|Ln|Ct"
    PATTERNS = (
        (rf"\b(?:{UNIT},?[ ]+)?\d{{1,4}}[A-Za-z]?,?[ ]+{NAMED}(?:{STREET_SUFFIX}|{NUMBERED_SUFFIX})(?![\w.])", 0.9),
        (rf"\b{UNIT},?[ ]+{NAMED}(?:{STREET_SUFFIX})(?![\w.])", 0.85),  # "Unit 6, Mill Yard"
        (rf"\b{UNIT}\b", 0.6),
    )


class LowerCaseAddressRecognizer(RegexRecognizer):
    """'we're at 22 elm grove', 'unit 4 lowfield rd': a house number and a street in a lower-case post."""

    ENTITY = "ADDRESS"
    SUFFIX = NUMBERED_STREET
    UNIT = r"(?:flat|unit|apt)[ ]\d+[a-z]?,?[ ]+"
    PATTERNS = (
        (rf"\b(?:{UNIT}(?:\d{{1,4}}[a-z]?[ ]+)?|\d{{1,4}}[a-z]?[ ]+)(?:[a-z][a-z'’]+[ ]){{1,2}}(?:{SUFFIX})\b", 0.8),
    )

    def accept(self, text: str, start: int, end: int) -> bool:
        words = re.sub(rf"^{self.UNIT}", "", text[start:end]).split()[:-1]
        words = words[1:] if words and words[0][0].isdigit() else words
        return case_mode(text) == "lower" and not any(w in STOP_WORDS or w in GENERIC_WORDS for w in words)


class PostcodeRecognizer(RegexRecognizer):
    """'EX16 9zz', 'oldham ol1 9zz', 'DE559ZZ': a full postcode in any case (presidio's finds only
    capitals with a space), and an outward code alone where the context says it is one: in brackets
    after a place ("Thetford (IP24)"), after a known town ("Tiverton EX16") or after "postcode"."""

    ENTITY = "POSTCODE"
    OUTWARD = r"[A-Za-z]{1,2}\d[A-Za-z\d]?"
    FULL = rf"{OUTWARD}[ ]?\d(?i:[abd-hjlnp-uw-z]{{2}})"
    PATTERNS = ((rf"\b{FULL}\b", 0.75),
                (r"\b[A-Z][\w'’-]+[ ]\((?P<x>[A-Z]{1,2}\d[A-Z\d]?)\)", 0.65),
                (r"\b[A-Z][\w'’-]+[ ](?P<x>[A-Z]{1,2}\d[A-Z\d]?)\b(?![ ]?\d|[.:/-]\w)", 0.6),
                (rf"\b(?i:post[ ]?code)s?:?[ ](?P<x>{OUTWARD})\b", 0.75))

    def accept(self, text: str, start: int, end: int) -> bool:
        found = text[start:end]
        if re.search(r"(?i:st|nd|rd|th)$", found) or re.match(r"(?i:[ypsuj]\d|ks\d)", found):
            return False  # "u11 1st", "y6 2nd", "U12 3RD", "(P4)", "(S2)": year groups and ages
        if re.fullmatch(self.FULL, found) or text[start - 1:start] == "(" \
                or re.search(r"(?i:post[ ]?code)s?:?[ ]$", text[max(0, start - 11):start]):
            return True
        town = text[:start].split()[-1].lower()  # "Tiverton EX16": only after a town the gazetteer knows
        return town in gazetteers().places and town not in gazetteers().place_words


class UkPhoneRecognizer(RegexRecognizer):
    """07700 900482, 0141 496 0327, +44 7700 900731: 10 or 11 digits in UK groupings."""

    ENTITY = "PHONE"
    PATTERNS = ((r"(?<![\w+])(?:\+44[ ]?(?:\(0\)[ ]?)?|0)\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}(?!\d)", 0.8),)

    def accept(self, text: str, start: int, end: int) -> bool:
        digits = re.sub(r"\D", "", text[start:end].replace("+44", "0", 1).replace("(0)", ""))
        return len(digits) in (10, 11)


@lru_cache(maxsize=1)
def offline_suffixes() -> tldextract.TLDExtract:
    """The public suffix list snapshot bundled with tldextract: never fetched, never cached to disk."""
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


class EmailAddressRecognizer(RegexRecognizer):
    """Email addresses, including school ones (*.sch.uk, which presidio's recognizer rejects)."""

    ENTITY = "EMAIL"
    PATTERNS = (
        (r"\b[\w.+'-]+@[\w-]+(?:\.[\w-]+)+\b", 0.9),
        (r"\b[\w.+'-]+[ ]?[\[(](?:at|AT)[\])][ ]?[\w-]+(?:\.[\w-]+)+\b", 0.85),  # "kerry [at] example.org"
    )

    def accept(self, text: str, start: int, end: int) -> bool:
        domain = re.split(r"@|[\[(](?:at|AT)[\])][ ]?", text[start:end])[-1]
        return bool(offline_suffixes()(domain).suffix)


class LinkRecognizer(RegexRecognizer):
    """www.justgiving.com/page/x, gofund.me/ayo-abseil, limelightyt.co.uk/annie, https://..."""

    ENTITY = "URL"
    PATTERNS = (
        (r"\bhttps?://[^\s<>\"]*[^\s<>\".,;:!?)'’]", 0.9),
        (r"(?<![@\w.])(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[^\s<>\"]*[^\s<>\".,;:!?)'’])?", 0.6),
    )

    def accept(self, text: str, start: int, end: int) -> bool:
        if text[start:end].startswith("http"):
            return True
        host = text[start:end].split("/", 1)[0]
        parts = offline_suffixes()(host)
        return bool(parts.suffix and parts.domain)


class HandleRecognizer(RegexRecognizer):
    """@OakfieldPrimaryLS8: social media handles name people, schools and clubs."""

    ENTITY = "HANDLE"
    PATTERNS = ((r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?", 0.9),)


class YearGroupRecognizer(RegexRecognizer):
    """Year 4, Years 9–13, Y6, P4, S2, KS1, U10s, Under 9s, Reception, Nursery, 2014s, klasa 3."""

    ENTITY = "YEAR"
    PATTERNS = (
        (rf"\b(?:{any_case('Year', 'Years', 'Yr')})[ ]?\d{{1,2}}(?:{DASH}\d{{1,2}})?s?\b", 0.85),
        (r"\b(?:Y(?:[1-9]|1[0-3])|P[1-7](?:/[1-7])?|S[1-6]|KS[1-5])s?\b", 0.7),
        (rf"\b(?:{any_case('Primary')})[ ][1-7](?:/[1-7])?\b", 0.8),  # Scottish "Primary 1"
        (r"\b(?:[1-6](?:st|nd|rd|th)|(?:(?<=\bin[ ])|(?<=\bto[ ])|(?<=\bof[ ])|(?<=\bfor[ ])|(?<=\bfrom[ ]))(?:first|second|third|fourth|fifth|sixth))[ ]class\b"
         r"(?![ ]+(?:stamps?|service|honours|degree|tickets?|travel|post|citizens?|seats?))", 0.7),  # Irish "2nd class"
        (r"\b(?:Junior|Senior|junior|senior)[ ](?:Infants|infants)\b", 0.75),
        (r"\b(?:[1-9]|1[0-3])(?![DGKLMPVWX]\b)[A-Z]\b(?![’'.]?\w)", 0.5),  # class codes "4B", "10R" (not 3D, 4G, 5K)
        (r"\b[Uu][ ]?(?:[5-9]|1\d|2[01])s?\b", 0.75),
        (rf"\b(?:{any_case('Under')})[- ]?(?:[5-9]|1\d|2[01])s\b", 0.8),
        (r"\b(?:Reception|RECEPTION|Nursery|NURSERY)\b", 0.6),
        (r"^\s*(?P<x>Rec)\b", 0.6),  # newsletter lists: "Rec – Bilal"
        (r"\b20[01]\ds\b", 0.6),  # Scottish birth-year teams: "2014s"
        (r"\b\d{1,2}[ ]?(?:&|and)[ ](?:under|over|Under|Over|U)\b", 0.7),  # "8 & under", "12 & over"
        (rf"\b\d{{1,2}}{DASH}\d{{1,2}}s\b", 0.6),  # age sections: "11–18s", "0–2s"
        (r"\b(?:klasa|Klasa)[ ]\d\b", 0.7),
        (r"\b(?:[BbFf]lwyddyn|Rang|rang|Bliain|bliain)[ ]\d{1,2}\b", 0.85),  # Welsh and Irish: "o Flwyddyn 6", "ó Rang 5"
    )


NOT_AGE_UNITS = "(?:" + any_case(
    "am", "pm", "mile", "miles", "km", "m", "goals", "goal", "points", "minutes", "mins", "hours", "hrs", "seconds",
    "times", "pounds", "p", "metres", "laps", "lengths", "runs", "wickets", "tries", "of", "out", "more", "people",
    "children", "kids", "weeks", "days", "months", "years", "nil", "all", "o'clock",
) + r")(?!\w)"


class AgeRecognizer(RegexRecognizer):
    """aged 9, (11), 7 years old, 16 months, 10th birthday, turns 2, only 5, is NINE."""

    ENTITY = "AGE"
    NUMBER_WORDS = any_case("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen")
    PATTERNS = (
        (rf"\b(?:{any_case('aged', 'age', 'ages')})[ ]\d{{1,2}}(?:{DASH}\d{{1,2}}\b)?\b", 0.85),
        (rf"\b\d{{1,2}}{DASH}\d{{1,2}}[ ]?(?:{any_case('yrs', 'years', 'year olds', 'yr olds')})\b(?![ -](?i:old|ago))", 0.7),  # "7-8 yrs"
        (rf"\b\d{{1,2}}[ -](?:{any_case('years', 'year', 'yrs', 'yr', 'months', 'month')})[ -](?:{any_case('old')})\b", 0.9),
        (r"(?<=\()\d{1,2}[ ](?:months?|yrs?|years?)(?=\))", 0.85),
        (rf"\b\d{{1,2}}(?:st|nd|rd|th|ST|ND|RD|TH)[ ](?:{any_case('birthday')})\b", 0.85),
        (r"\b[A-ZÀ-Þ][^\W\d_]+,[ ](?P<x>\d{1,2})(?=,[ ][a-z])", 0.6),  # "Amir Haddad, 9, who raised"
        (rf"\b(?:{any_case('turns', 'turned', 'turning', 'turn')})[ ](?:\d{{1,2}}|{NUMBER_WORDS})\b", 0.8),
        (rf"\b(?:{any_case('is', 'was', 'just', 'only', 'now')})[ ](?:only[ ])?(?P<x>\d{{1,2}}|{NUMBER_WORDS})\b"
         rf"(?![.:,]\d|[ ]*(?:%|[–-]|x\b|{NOT_AGE_UNITS}))", 0.6),
        (r"(?<=[^\W\d_][ ])\((?P<x>\d{1,2})\)", 0.6),  # "Ifan (7)" after a name
    )


class EventDateRecognizer(RegexRecognizer):
    """Saturday, Sun 12th, 22nd June, 3rd–5th April, Mon 28 Jul–Fri 1 Aug, Remembrance Sunday, 12/03/2015."""

    ENTITY = "DATE"
    _DATE_OF_MONTH = rf"{DAY_NUMBER}(?![\d.:]|{DASH}\d|[ ]?{AMPM})"  # "Saturday 9" of "Saturday 9:30–13:00" is no date
    _PART_OF_DAY = any_case("morning", "afternoon", "evening", "night", "lunchtime")
    _DAY = rf"(?:{WEEKDAY})s?(?:[ ]+(?:the[ ]+)?{_DATE_OF_MONTH}(?:[ ]+(?:of[ ]+)?(?:{MONTH})\b)?|[ ]+(?:{_PART_OF_DAY})\b)?"
    _SHORT = rf"(?:{WEEKDAY_SHORT})\.?(?:[ ]+{_DATE_OF_MONTH}(?:[ ]+(?:{MONTH})\b)?)?"
    _NUMBERED = rf"{DAY_NUMBER}(?:{DASH}{DAY_NUMBER})?[ ]+(?:of[ ]+)?(?:{MONTH})\b(?:[ ]+\d{{4}})?"
    NAMED_DAYS = either_case("Remembrance", "Easter", "Palm", "Mothering", "Pancake", "Shrove", "Boxing", "Christmas",
                             "Ash", "Maundy", "Good")
    _ONE = rf"(?:{_DAY}|{_SHORT}|{_NUMBERED}|(?:{MONTH})[ ]+{DAY_NUMBER}\b)"
    PATTERNS = (
        (rf"\b{_ONE}(?:{DASH}{_ONE})?(?:,?[ ]+(?:19|20)\d{{2}})?\b", 0.8),
        (r"\b(?:\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d{2}|(?:19|20)\d{2}-[01]\d-[0-3]\d)\b", 0.7),  # 12/03/2015, 2015-03-12
        (rf"\b(?:{NAMED_DAYS})[ ](?:{WEEKDAY}|{either_case('Day', 'Eve')})\b", 0.85),
        (rf"\b(?:(?:{any_case('dydd', 'nos')})[ ])?(?:{WELSH_DAY})(?:[ ]\d{{1,2}})?(?:[ ](?:{WELSH_MONTH}))?"
         rf"(?:{DASH}(?:{WELSH_DAY})(?:[ ]\d{{1,2}})?(?:[ ](?:{WELSH_MONTH}))?)?\b", 0.75),
        (rf"\b\d{{1,2}}[ ](?:{WELSH_MONTH})\b", 0.75),
        (r"\b(?:Dé[ ](?:Luain|Máirt|Céadaoin|hAoine|Sathairn|Domhnaigh)|Déardaoin)\b", 0.8),  # Irish weekdays
        (rf"\b(?:{TOMORROW})(?![ ](?:morning|night|'s|’s)\b)\b", 0.7),  # Scots "the morn", text-speak "2moz"
        (rf"\b(?:{any_case('Setterday', 'Seturday', 'Saterday', 'Satdy', 'Sundy', 'Fryday', 'Wensday', 'Wednsday')})\b", 0.7),
    )
    #: weekday abbreviations that are also words: trusted only before a number or after "on", "this"...
    AMBIGUOUS = ("sat", "sun", "wed", "mon")

    def accept(self, text: str, start: int, end: int) -> bool:
        found = text[start:end].rstrip(".").lower()
        if re.match(r"[ ]+(?i:school|club|league)\b", text[end:end + 8]):
            return False  # "Sunday School", "a Saturday school", "Sunday league": a kind of school or league, not a day
        if found not in self.AMBIGUOUS:
            return True
        before = text[max(0, start - 6):start].lower().split()
        after_a_cue = bool(before) and before[-1] in ("on", "this", "next", "every", "til", "until")
        return after_a_cue or re.match(r"\s+\d", text[end:end + 3]) is not None


class EventTimeRecognizer(RegexRecognizer):
    """8.30am, 6–7pm, 9:30–13:00, 12 noon, 5.30 (kick-off), sat 2-4."""

    ENTITY = "TIME"
    PATTERNS = (
        (rf"\b(?:{CLOCK}[ ]?{AMPM}?{DASH})?{CLOCK}[ ]?{AMPM}(?!\w)", 0.85),
        (r"\b\d{1,2}[.:][0-5]\d(?:" + DASH + r"\d{1,2}[.:][0-5]\d)?\b", 0.6),
        (r"\b(?:\d{1,2}[ ])?(?:noon|midday|midnight)\b", 0.7),
        (rf"\b\d{{1,2}}{DASH}\d{{1,2}}\b", 0.5),  # "sat 2-4": only right after a day (see accept)
        (rf"\b(?:{any_case('after', 'before')})[ ](?:Fajr|Zuhr|Dhuhr|Asr|Maghrib|Isha|Jummah|Jumu'ah)\b", 0.75),
        (rf"\b(?:[01]\d|2[0-3])[0-5]\d(?:{DASH}(?:[01]\d|2[0-3])[0-5]\d)?[ ]?(?:hrs|HRS|hours)\b", 0.8),
        (rf"(?<=\b(?:Tue|Wed|Thu|Fri|Sat|Sun|Mon)[ ])(?:[01]\d|2[0-3])[0-5]\d{DASH}(?:[01]\d|2[0-3])[0-5]\d\b", 0.7),
        (r"\b\d{1,2}[ ](?:o['’]clock|O['’]CLOCK)", 0.8),
        (rf"\b(?:{any_case('2nite', 'tonite', 'the nicht')})\b", 0.7),  # "tonight" itself is as often no time of anyone's
        (rf"\b(?:{WEEKDAY}|{WEEKDAY_SHORT}|{TOMORROW}|{any_case('tomorrow', 'tonight', 'today', 'morning', 'afternoon', 'evening')})"
         rf"[ ]at[ ](?P<x>[1-9]|1[0-2])(?![\d.:%]|[ ]?(?:{NOT_AGE_UNITS}))\b", 0.6),  # "the morra at 4": an hour after a day
        (rf"\b\d{{1,2}}(?:[.:][0-5]\d)?{DASH}\d{{1,2}}[.:][0-5]\d\b|\b\d{{1,2}}[.:][0-5]\d{DASH}\d{{1,2}}\b", 0.6),
    )

    def accept(self, text: str, start: int, end: int) -> bool:
        found = text[start:end]
        before = text[max(0, start - 12):start]
        if re.fullmatch(rf"\d{{1,2}}{DASH}\d{{1,2}}", found):
            return re.search(rf"\b(?:{WEEKDAY}|{WEEKDAY_SHORT}|from|between)[ ]+$", before) is not None
        if re.fullmatch(r"\d{1,2}[.:]\d{2}", found):
            after = text[end:end + 6]
            hour_ok = int(re.split(r"[.:]", found)[0]) <= 23
            money_or_measure = before.endswith(("£", "$", "€", ".")) or re.match(r"\s?(?:m\b|km|kg|miles|%|\d)", after)
            return hour_ok and not money_or_measure
        return True


class ShirtNumberRecognizer(RegexRecognizer):
    """'our number 7 Ishaan', 'no.9 Jayden', '#7 Lewis', 'bib 214': a number worn by a named child."""

    ENTITY = "SHIRT_NUMBER"
    PATTERNS = (
        (rf"\b(?:{any_case('number', 'no', 'no.')})[ .]?\d{{1,2}}\b(?=[ ]+[A-ZÀ-Þ])", 0.7),
        (r"(?<![\w&])#\d{1,2}\b(?=[ ]+[A-ZÀ-Þ])", 0.7),
        (r"\b(?:our|her|his|my|their)[ ](?P<x>#\d{1,2}|(?:number|no\.?)[ ]?\d{1,2})\b", 0.65),  # "Ruby, our #9"
        (rf"\b(?:{any_case('bib', 'race number')})(?:[ ](?:{any_case('number', 'no', 'no.')}))?[ .]?\d{{1,4}}\b", 0.75),
    )


class PostcodeDistrictRecognizer(RegexRecognizer):
    """'any other parents in nw6': a postcode district after "in", "near" or "around", in any case."""

    ENTITY = "POSTCODE"
    PATTERNS = ((r"\b(?:in|near|around|IN)[ ](?P<x>[A-Za-z]{1,2}[0-9]{1,2}[A-Za-z]?)\b(?![.:/-]\d)", 0.6),
                # "based near Hillsborough Park, S6": a district after a place it follows
                (r"\b(?:in|near|around|at|based|live|living)[ ](?:the[ ])?(?:[A-Z][\w'’]+[ ]){0,3}[A-Z][\w'’]+,[ ]"
                 r"(?P<x>[A-Z]{1,2}[0-9]{1,2}[A-Z]?)\b(?![ ]?\d[A-Z]{2})", 0.7))

    def accept(self, text: str, start: int, end: int) -> bool:
        if text[max(0, start - 2):start] == ", ":
            return True  # "near Hillsborough Park, S6": after a place, even S6 is a district
        return re.fullmatch(r"(?i)(?:[YPSUJ]|KS|U)\d+[a-z]?|[a-z]\d", text[start:end]) is None  # "in Y6", "in P7"


class PlateRecognizer(RegexRecognizer):
    """KM19 XFT, A123 BCD: UK number plates (scrubkit.plates, shared with the photo text check)."""

    ENTITY = "PLATE"
    PATTERNS = ((UK_PLATE, 0.85),)

    def accept(self, text: str, start: int, end: int) -> bool:
        return re.match(r"(?:[YPSUJ]\d|KS|GS|GA|WD)", text[start:end]) is None  # "U12 GAA", "Y6 SAT"


class AccountRecognizer(RegexRecognizer):
    """Sort codes and bank account numbers (card numbers and IBANs come from presidio's recognizers)."""

    ENTITY = "ACCOUNT"
    PATTERNS = (
        (rf"\b(?:{any_case('sort code')}):?[ ]*(?P<x>\d{{2}}[- ]\d{{2}}[- ]\d{{2}})\b", 0.85),
        (rf"\b(?:{any_case('account', 'acc', 'a/c')})(?:[ ](?:{any_case('number', 'no', 'no.')}))?:?[ ]*(?P<x>\d{{8}})\b", 0.85),
    )


class SensitiveDetailRecognizer(RegexRecognizer):
    """Details that single a child out and that guidance says must not be shared: analyze.py keeps
    them only when the post names or refers to a child. One subclass per kind, each rewritten its own way."""

    ENTITY = "SENSITIVE"


def _either(*words: str) -> str:
    return "|".join(sorted((w for word in words for w in (word, word.upper())), key=len, reverse=True))


_POSSESSIVE = r"(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)"
_PARENT = r"(?:mum|mam|mom|mother|dad|father|nan|nana|gran|granny|grandad|grandma|grandpa|brother|sister|parents?)"
#: a part of the body an injury or an operation names: "sprained ankle", "the ACL op"
_BODY_PART = (r"(?:arm|wrist|leg|ankle|knee|collarbone|elbow|foot|hand|finger|thumb|toe|shoulder|hip|back|neck|nose|"
              r"ribs?|hamstring|ligaments?|ACL|cruciate|achilles|Achilles|shin|jaw|skull|pelvis)")


class HealthRecognizer(SensitiveDetailRecognizer):
    """Health conditions, disability and special educational needs: 'Finlay is autistic', 'Zainab's
    nut allergy', 'has an EHCP', 'uses a wheelchair', 'broke his wrist', 'after his op'."""

    ENTITY = "HEALTH"
    CONDITIONS = _either(
        "autistic", "autism", "ADHD", "ADHD combined type", "dyslexia", "dyslexic", "dyspraxia", "dyscalculia",
        "epilepsy", "epileptic", "seizures", "seizure", "diabetes", "diabetic", "type 1 diabetes", "insulin",
        "insulin pump", "leukaemia", "leukemia", "cancer", "a brain tumour", "brain tumour", "tumour",
        "sickle cell disease", "sickle cell crisis", "sickle cell", "cystic fibrosis", "cerebral palsy",
        "Down syndrome", "Down's syndrome", "spina bifida", "hip dysplasia", "heart surgery", "heart condition",
        "rare heart condition", "heart defect", "spinal surgery", "surgery", "a wheelchair", "wheelchair",
        "hearing aids", "hearing aid", "deaf", "profoundly deaf", "blind", "partially sighted", "visually impaired",
        "a visual impairment", "visual impairment", "hearing impairment", "chemotherapy", "chemo", "radiotherapy",
        "a transplant", "kidney transplant", "transplant", "cochlear implant", "muscular dystrophy",
        "Crohn's disease", "coeliac disease", "coeliac", "anaphylaxis", "asthma", "asthma attack", "inhaler",
        "EpiPen", "epipen", "cleft palate", "cleft lip", "scoliosis", "arthritis", "juvenile arthritis",
        "multiple sclerosis", "concussion", "physio", "physiotherapy", "speech therapy", "occupational therapy",
        "CAMHS", "anxiety", "selective mutism", "Tourette's", "OCD", "eating disorder", "feeding tube",
        "global developmental delay", "developmental delay", "learning disability", "learning difficulties",
        "SEN", "EHCP", "an EHCP", "EHC plan", "additional needs", "special needs", "non-verbal",
        "nonverbal", "Makaton", "AAC device", "a 1:1", "one-to-one support", "1:1 support",
        "meningitis", "sepsis", "lymphoma", "neuroblastoma", "sarcoma", "osteosarcoma", "hydrocephalus", "alopecia",
        "glandular fever", "long covid", "chronic fatigue", "hypermobility", "sensory processing disorder",
        "PDA", "ARFID", "a stammer", "stammer", "a stutter", "reader pen", "reading pen", "C-Pen", "coloured overlays",
        "coloured overlay", "ear defenders", "bone marrow transplant", "stroke", "a stroke", "tics",
        "eczema", "psoriasis", "chickenpox", "chicken pox", "tonsillitis", "glue ear", "grommets", "head lice", "nits",
        "migraines", "migraine", "bronchiolitis", "croup", "reflux", "jaundice", "pneumonia", "appendicitis",
        "heart murmur", "a hole in the heart", "hole in the heart", "DLA", "dla", "ACL", "torn ACL", "hernia", "tonsils",
        "adenoids", "speech and language therapy", "SALT",
    )
    #: a part of the body or a kind before a condition ("bone cancer", "kidney disease", "rare blood disorder")
    BODY = _either("bone", "blood", "brain", "skin", "kidney", "liver", "lung", "heart", "eye", "bowel", "spinal",
                   "childhood", "rare", "terminal", "chronic", "rare blood", "rare genetic", "genetic", "life-limiting")
    KINDS = _either("cancer", "tumour", "disease", "disorder", "condition", "infection", "surgery", "transplant",
                    "illness")
    #: what follows a condition and belongs with it: "ADHD meds", "diabetes nurse", "autism assessment"
    AFTER = _either("meds", "medication", "medicine", "tablets", "diagnosis", "assessment", "nurse", "clinic", "op",
                    "operation", "review", "appointment", "appointments", "check-up", "scan", "treatment", "pen", "pens",
                    "injections", "injection")
    ALLERGENS = lower_or_upper("nut", "peanut", "egg", "dairy", "milk", "gluten", "sesame", "food")
    PATTERNS = (
        (rf"\b(?:(?:{BODY})[ ])?(?:{CONDITIONS})(?:[ ](?:{AFTER}))?(?![\w'’])", 0.6),
        (rf"\b(?:{BODY})[ ](?:{KINDS})\b", 0.6),
        (rf"\b(?:(?:severe|SEVERE)[ ])?(?:{ALLERGENS})[ ](?:{lower_or_upper('allergy', 'allergies')})\b", 0.6),
        (rf"\b(?:broke|broken|fractured|sprained|twisted|torn|tore|pulled|dislocated|injured|bruised)[ ]"
         rf"(?:{_POSSESSIVE}[ ]|an?[ ])?(?:left[ ]|right[ ])?{_BODY_PART}\b", 0.6),  # "a sprained ankle", "tore her ACL"
        (rf"\b(?:{_POSSESSIVE}|the|an?)[ ](?P<x>(?:{_BODY_PART}|[A-Z]{{2,5}}|tonsils|adenoids|appendix|grommets|hernia)[ ]"
         r"(?:op|operation|surgery|repair|reconstruction))\b", 0.6),  # "after the ACL op", "her knee surgery"
        (rf"\bhospital[ ](?:stays?|visits?|appointments?|treatment)(?:[ ](?:with|for)[ ]{_POSSESSIVE}[ ]"
         rf"(?:(?:{BODY})[ ])?(?:{CONDITIONS}|(?:{BODY})[ ](?:{KINDS})))?\b", 0.6),  # "hospital stays with his heart condition"
        (r"\bin[ ](?:special[ ]care|intensive[ ]care|neonatal[ ]care|NICU|SCBU|PICU|ICU)\b", 0.6),
        (r"\b(?:uses|using)[ ](?:[\w-]+[ ]){0,4}?(?:wheelchair|walking frame|hearing aids?|Makaton|AAC device|"
         r"sign language|BSL|communication aid)(?:[ ]full[ ]time)?\b", 0.65),
        (rf"\b{_POSSESSIVE}[ ](?P<x>op|operation)\b", 0.6),
    )


class FamilyRecognizer(SensitiveDetailRecognizer):
    """Family circumstances: bereavement, care, a parent in prison, young carers, twins."""

    ENTITY = "FAMILY"
    PATTERNS = (
        (rf"\b(?:{_either('passed away', 'bereaved', 'bereavement', 'foster carers', 'foster carer', 'foster care', 'fostered', 'in care', 'was adopted', 'were adopted', 'is adopted', 'in prison', 'in jail', 'on free school meals', 'free school meals', 'twins', 'twinnies', 'triplets', 'Twinnies', 'Twins')})\b", 0.6),
        (rf"\b{_PARENT}[ ](?:passed(?:[ ]away)?|died)\b", 0.65),
        # a parent sent to prison, in any wording: "his dad got sent to prison", "her mum was locked up"
        (rf"\b{_POSSESSIVE}[ ]{_PARENT}[ ](?:(?:got|has[ ]been|had[ ]been|was|is|'s|’s)[ ])?(?:just[ ])?"
         r"(?:sent[ ](?:to[ ](?:prison|jail)|down|away)|locked[ ]up|jailed|imprisoned|put[ ]away)\b", 0.65),
        # a parent who left the family: "since her dad left", "since his mum moved out"
        (rf"\bsince[ ]{_POSSESSIVE}[ ]{_PARENT}[ ](?:left|walked[ ]out|moved[ ]out)\b", 0.65),
        # adoption in a family's words: "moves to his forever family", "their forever home"
        (rf"\b(?:(?:moves|moving|moved|goes|going|went|gone)[ ]to[ ])?{_POSSESSIVE}[ ]forever[ ](?:family|home|mum|dad|parents)\b", 0.65),
        (rf"\b(?:{_either('young carers', 'young carer')})(?:[ ]for[ ]{_POSSESSIVE}(?:[ ](?:little|big|younger|older|baby))?"
         rf"[ ]{_PARENT})?\b(?![ ](?:group|project|service|club|network|forum))", 0.6),  # "a young carer for her little brother"
        (rf"\b{_POSSESSIVE}[ ]{_PARENT}[ ](?:is|was|has[ ]been|'s|’s)[ ](?:still[ ]|now[ ]|back[ ])?in[ ]hospital\b", 0.65),
        (r"\btwin[ ](?:sister|brother|sisters|brothers)\b", 0.6),  # "his twin sister Nell"
        (rf"\b(?:{_either('fostering', 'foster placement')})\b", 0.6),
        (r"\b(?:living|lives|live|splitting[ ]\w+[ ]time|splits[ ]\w+[ ]time)[ ](?:between|across)[ ]two[ ](?:homes|houses)\b", 0.6),
        (rf"\b(?:{_either('adopting', 'adopted', 'fostering', 'fostered')})[ ](?:him|her|them)\b", 0.65),
        (rf"\b(?:{_POSSESSIVE}[ ])?(?:{_either('adoption day', 'adoption', 'special guardianship', 'kinship carer', 'kinship care', 'looked-after child', 'looked after child')})\b", 0.6),
        (rf"\b(?:losing|lost)[ ]{_POSSESSIVE}[ ]{_PARENT}(?:[ ](?:very[ ]|so[ ])?(?:suddenly|unexpectedly|recently|tragically))?\b", 0.65),
        (rf"\b(?:looks[ ]after|caring[ ]for|cares[ ]for)[ ]{_POSSESSIVE}[ ]{_PARENT}(?:,?[ ]who[ ](?:has|is)[ ][\w']+)?\b", 0.65),
        (rf"\b{_POSSESSIVE}[ ](?:parents|mum[ ]and[ ]dad|mam[ ]and[ ]dad)[ ](?:have[ ]|are[ ]|'ve[ ])?(?:just[ ]|recently[ ])?"
         r"(?:separated|split[ ]up|divorced|getting[ ]divorced|divorcing)"
         r"(?:[ ]and[ ](?:he|she|they)(?:'s|’s|[ ]is|[ ]are|'re)[ ](?:now[ ])?(?:living|splitting[ ]\w+[ ]time)[ ]between[ ]two[ ]"
         r"(?:homes|houses))?\b", 0.65),  # "his parents have just separated"
    )


#: the nations and national sides a post may mention without identifying anyone
NATIONS = ("England|Wales|Scotland|Ireland|Northern Ireland|Great Britain|GB|Team GB|France|Germany|Netherlands|"
           "Belgium|Argentina|Australia|New Zealand|South Africa|Fiji|Samoa|Tonga|Japan|USA|Canada|Mexico|Croatia|"
           "Denmark|Norway|Sweden|Switzerland|Austria|Uruguay|Colombia|Senegal|Morocco|Egypt|Cameroon|Korea|South Korea")
#: countries a child may have come from: "who joins Reception from Syria"
COUNTRIES = ("Afghanistan|Albania|Algeria|Bangladesh|Brazil|Bulgaria|China|Congo|Czechia|the Czech Republic|Eritrea|"
             "Ethiopia|Ghana|Hong Kong|Hungary|India|Iran|Iraq|Italy|Jamaica|Kenya|Kosovo|Kurdistan|Latvia|Libya|"
             "Lithuania|Nigeria|Pakistan|the Philippines|Poland|Portugal|Romania|Russia|Rwanda|Slovakia|Somalia|"
             "South Sudan|Spain|Sri Lanka|Sudan|Syria|Turkey|Uganda|Ukraine|Venezuela|Vietnam|Yemen|Zimbabwe")


class BackgroundRecognizer(SensitiveDetailRecognizer):
    """Where a child comes from, their language or faith, when it singles them out: 'new to English',
    'arrived from Accra', 'speaks Romanian', 'Polish-born', 'the only Jewish kid in the school'."""

    ENTITY = "BACKGROUND"
    PATTERNS = (
        (rf"\b(?:{_either('new to English', 'EAL', 'English as an additional language', 'refugee', 'refugees', 'asylum seeker', 'asylum')})\b", 0.6),
        (rf"\b(?:since[ ](?=arriving|coming|moving|fleeing))?(?:{_POSSESSIVE}[ ]family[ ])?(?:arrived|arriving|came|moved|fled|joined[ ]us|joining[ ]us|joins[ ]us|"
         rf"joined[ ]our[ ]\w+)(?:[ ]here)?[ ]from[ ]{CAPWORD}\b", 0.6),
        (r"\b(?:still[ ])?learning[ ](?:to[ ]speak[ ])?English\b", 0.6),
        # how little English a child speaks: "speaks very little English", "doesn't speak much English"
        (r"\b(?:speaks?|speaking|(?:doesn't|does[ ]not|don't|can't|cannot)[ ]speak)[ ](?:very[ ]|only[ ])?"
         r"(?:little|no|hardly[ ]any|not[ ]much|much|a[ ]little|a[ ]few[ ]words[ ]of)[ ]English\b", 0.6),
        (rf"\b(?:{_POSSESSIVE}[ ]family[ ](?:was|were|has[ ]been|have[ ]been|got|'s|’s)[ ])?(?:granted|given)[ ]"
         r"(?:refugee[ ]status|asylum|leave[ ]to[ ]remain)\b", 0.65),  # "after their family was granted refugee status"
        (r"\bspeaks[ ](?:only[ ])?[A-Z][a-z]+\b", 0.55),
        (rf"\b(?:moved|joins|joined|arrived|came|fled|arriving|moving)\b[^.!?\n]{{0,40}}?\b(?P<x>from[ ](?:{COUNTRIES}))\b", 0.6),
        (r"\b[A-Z][a-z]+-born\b", 0.6),
        (r"\bonly[ ][A-Z][a-z]+[ ](?:kid|child|girl|boy|pupil|player)[ ](?:in|at|on)[ ](?:the|our|his|her)[ ]\w+\b", 0.65),
    )


class DistinctionRecognizer(SensitiveDetailRecognizer):
    """A 'first', 'youngest' or 'only' that picks one child out of everyone: 'the youngest swimmer in
    the club's history', 'the first girl from our school to win ...', 'the only girl in the team'."""

    ENTITY = "DISTINCTION"
    _WHERE = (r"(?:history|club|school|class|year|country|county|region|squad|team|panel|world|UK|area|city|gym|academy"
              r"|age[ ]group)")
    _WHO = r"(?:girl|boy|student|pupil|player|athlete|child|kid|member|cadet|swimmer|gymnast|dancer|runner)s?"
    _IN_WHERE = (rf"(?:in|from|at|on)[ ](?:the[ ]|our[ ]|its[ ]|their[ ]|her[ ]|his[ ])(?:whole[ ])?(?:[\w'’]+[ ]){{0,2}}?"
                 rf"{_WHERE}(?:['’]s[ ]history)?\b")
    _TO_CLAUSE = r"[ ]to[ ]\w+(?:[ ][\w'’-]+){0,6}?(?=[ ]?[^\w\s]|\n|$)"
    _ORDINAL = r"(?:second|third|fourth|fifth|2nd|3rd|4th|5th)"
    PATTERNS = (
        (rf"\b(?:the[ ])?first[ ]in[ ]{_POSSESSIVE}[ ]family(?:{_TO_CLAUSE})?", 0.55),  # "the first in his family to ..."
        (rf"\b(?:only[ ])?the[ ]{_ORDINAL}[ ]{_WHO}[ ]ever(?:{_TO_CLAUSE})?", 0.55),  # "only the second girl ever to box"
        (r"\b(?:youngest|oldest|YOUNGEST|OLDEST)[ ](?:ever|EVER)[ ](?:[\w'’-]+[ ]){0,2}[\w'’-]+(?=[ ]?[^\w\s]|\n|$)", 0.55),
        (rf"\b(?:{_either('youngest', 'oldest', 'only', 'highest', 'top-rated')})(?:[ ][\w'’-]+){{1,8}}?"
         rf"[ ](?:{_either('ever', 'last season', 'this season')}\b|{_IN_WHERE}(?:[ ]{_IN_WHERE})?)", 0.55),
        (rf"\b(?:{_either('youngest ever', 'first ever', 'only one ever')}){_TO_CLAUSE}", 0.55),
        (rf"\b(?:{_either('first', 'first ever', 'first-ever')})[ ](?:[\w'’-]+[ ]){{0,3}}?{_WHO}\b(?:[ ][\w'’-]+){{0,8}}?"
         rf"(?:[ ]{_IN_WHERE}(?:{_TO_CLAUSE})?|{_TO_CLAUSE})", 0.55),
    )


def pattern_recognizers() -> list[RegexRecognizer]:
    """Every pattern recognizer above (presidio's constructor loads each one)."""
    concrete = [*RegexRecognizer.__subclasses__(), *SensitiveDetailRecognizer.__subclasses__()]
    return [cls() for cls in concrete if cls is not SensitiveDetailRecognizer]
