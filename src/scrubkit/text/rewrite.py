"""Turn findings into natural replacements: one operator per entity, chosen from the words around it.

Names become a role from the post's context ("one of our swimmers", "a member of staff"), schools
"our school", venues "a local leisure centre", contact details disappear with the words and
punctuation that introduced them ("or ring 0141 …"). Each Span covers exactly what changes, so the
output is the input with the spans replaced and nothing else touched.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from scrubkit.text import people
from scrubkit.text.analyze import Finding, is_past
from scrubkit.text.recognizers import LOWER_KINDS, TOMORROW, UNNUMBERED_STREET
from scrubkit.types import Span

NUMBER_WORDS = ("one", "two", "three", "four", "five", "six")
#: the first pattern that matches anywhere in the post decides what its children are called
ROLES: tuple[tuple[str, str, str], ...] = (
    (r"\b(?:[Ss]couts?|[Cc]ubs|[Bb]eavers|[Gg]uides|[Bb]rownies|[Rr]ainbows|BB|badge|[Ee]xplorers)\b", "member", "members"),
    (r"\b(?:swim\w*|gala|ASC)\b", "swimmer", "swimmers"),
    (r"\b(?:gymnast\w*)\b", "gymnast", "gymnasts"),
    (r"\b(?:football|match|goals?|netball|rugby|hockey|cricket|tries|squad|team|kick ?off|KO|U\d+s?|[Uu]nder \d+s|"
     r"training|game|fixture|POTM)\b", "player", "players"),
    (r"\b(?:danc\w*|ballet|cast|auditions?|theatre|choir|solos?|stage|show)\b", "performer", "performers"),
    (r"\b(?:school|class|Year \d+|Y\d|P\d|pupils?|assembly|teachers?|PTA|Reception|leavers)\b", "pupil", "pupils"),
    (r"\b(?:nursery|[Nn]ursery|little ones|playgroup|toddlers?)\b", "little one", "little ones"),
)
#: a word naming the person's role just before the name: the role stays, the name goes ("mum Kerry")
ROLE_WORDS = people.ROLES | people.ADULT_ROLES | people.CHILD_ROLES
ROLE_BEFORE = "(?:" + "|".join(sorted((re.escape(w) for w in ROLE_WORDS), key=len, reverse=True)) + ")"
TITLE_BEFORE = rf"\b({people.title_pattern()})\.?[ ]+$"
LIST_JOINER = re.compile(r"[ ]*(?:,|&|and|or|a|ac|agus|an)[ ]*(?:and[ ]+)?", re.IGNORECASE)  # Welsh, Irish, Scots: "Elen a Huw"
TIME_JOINER = re.compile(r"[ ]*(?:,|&|and|or|–|-)[ ]*")
CONTACT_LEAD = re.compile(r"[ ]*(?:[–-][ ]*)?(?:\b(?:or|and)[ ]+)?(?:\b(?:call|ring|phone|text|email|e-mail|contact|"
                          r"message|tel|mob|via|on|at|DM|follow us on \w+)\b\.?[ ]*)?:?[ ]*$", re.IGNORECASE)
#: services a town's name may come before: "Bridgend police" -> "the local police"
LOCAL_SERVICES = "police|council|fire service|fire brigade|ambulance service|library|libraries|foodbank|food bank|NHS|rotary"
#: verbs that ask the reader to get in touch with someone: the name after them becomes "us"
CONTACT_VERB = re.compile(r"\b(?:[Cc]ontact|[Mm]essage|[Tt]ext|[Cc]all|[Rr]ing|[Ee]mail|DM|[Ww]hats[Aa]pp|[Pp]hone)[ ]+$")
#: health words that describe the child ("is autistic"): they become "has additional needs"
CONDITION_ADJECTIVES = ("autistic", "dyslexic", "diabetic", "epileptic", "deaf", "profoundly deaf", "blind",
                        "partially sighted", "visually impaired", "non-verbal", "nonverbal")
#: determiners and possessives a replacement may collide with ("the a nearby street", "our our school")
DETERMINER = r"(?:the|a|an|our|my|your|his|her|their|its)"
POSSESSIVE = ("our", "my", "your", "his", "her", "their", "its")
#: what may stand between two findings of one list ("Saturday & Sunday", "Y5/6", "Mon to Fri")
SAME_LIST = re.compile(r"[ ]*(?:,|&|and|or|to|/|–|-)[ ]*(?:and[ ]+)?", re.IGNORECASE)


@dataclass(frozen=True)
class Group:
    """One finding, or several of the same kind written as a list ("Jack, Alfie and Ruby")."""

    start: int
    end: int
    entity: str
    score: float
    count: int
    source: str


@dataclass(frozen=True)
class Context:
    text: str
    doc: Doc
    singular: str
    plural: str
    #: people named after a title or an adult role somewhere in the post, and what they are called
    #: then: another mention of them ("Thank you Joel!") is an adult's too
    adults: dict[str, str]


Operator = Callable[[Group, Context], tuple[int, int, str]]


def rewrite(text: str, findings: list[Finding], doc: Doc) -> list[Span]:
    """The spans to replace, in text order, each with its natural replacement."""
    singular, plural = role_nouns(text)
    context = Context(text, doc, singular, plural, adult_names(text, findings))
    spans: list[Span] = []
    people: list[int] = []  # per span: how many people a NAME span's replacement stands for
    founds: list[tuple[int, int]] = []  # per span: where its findings lie
    for group in group_lists(text, findings):
        start, end, replacement = OPERATORS[group.entity](group, context)
        start, end = max(start, spans[-1].end if spans else 0), _hyphenated_end(text, group.entity, end)
        start, replacement = fit_determiner(text, start, replacement)
        count = group.count if group.entity == "NAME" else 0
        head = _listed_before(text, spans, start, group.entity)
        if head is not None and replacement and (spans[head].replacement.lower() == replacement.lower()
                                                 or _child_phrase(spans[head].replacement, context)
                                                 and _child_phrase(replacement, context)):
            # "Saturday & Sunday" -> "soon", "Torquil (9) and Aisha (7)" -> "two of our children"
            count += people[head]
            merged = _plural_phrase(spans[head].replacement, count, context) if count > 1 else spans[head].replacement
            if head == len(spans) - 1:
                start, replacement = spans[head].start, merged
                group = dataclasses.replace(group, start=founds[head][0])
                del spans[head:], people[head:], founds[head:]
            else:  # ages between stay their own spans: the later name goes, the first one says how many
                first = _counted_after_possessive(text, spans[head].start, merged)
                if starts_sentence(text, first):
                    merged = merged[0].upper() + merged[1:]
                spans[head] = dataclasses.replace(spans[head], replacement=merged, start=first)
                people[head] = count
                start, replacement, count = spans[-1].end, "", 0
        start = _counted_after_possessive(text, start, replacement)
        if group.entity in ("NAME", "CLUB", "SCHOOL") and count <= 1:
            replacement = _another(text, spans, start, replacement, group.entity)
        if starts_sentence(text, start) and replacement:
            replacement = replacement[0].upper() + replacement[1:]
        spans.append(Span(start, end, group.entity, group.score, replacement))
        people.append(count)
        founds.append((group.start, group.end))
    return [piece for span, found in zip(spans, founds, strict=True) for piece in tighten(text, span, found)]


#: a replacement's words and the separators between them, compared one by one with what they replace
TOKEN = re.compile(r"\w+|[^\w\s]|\s+")


def tighten(text: str, span: Span, found: tuple[int, int]) -> list[Span]:
    """The span cut to what actually changes: words around the finding that the replacement keeps where
    they stand ("on Friday" -> "on a weekday" keeps "on", "coach Tony" -> "our coach" keeps "coach") are
    left out of it, so a span never claims to rewrite context that comes out as it went in. The finding
    itself is rewritten as one ("nut allergy" -> "an allergy"); only whole words are kept, never a lone
    space or comma between two changed words."""
    old = list(TOKEN.finditer(text, span.start, span.end))
    new = TOKEN.findall(span.replacement)
    matcher = difflib.SequenceMatcher(None, [m.group() for m in old], new, autojunk=False)
    kept = [(i, j, n) for i, j, n in matcher.get_matching_blocks()
            if n and any(re.match(r"\w", old[k].group()) for k in range(i, i + n))
            and (old[i + n - 1].end() <= found[0] or old[i].start() >= found[1])]
    if not kept:
        return [span]
    pieces, i0, j0 = [], 0, 0
    for i, j, n in [*kept, (len(old), len(new), 0)]:
        start = old[i0 - 1].end() if i0 else span.start
        end = old[i].start() if i < len(old) else span.end
        if start < end or j > j0:  # something removed or inserted here
            pieces.append(dataclasses.replace(span, start=start, end=end, replacement="".join(new[j0:j])))
        i0, j0 = i + n, j + n
    return pieces


def _another(text: str, spans: list[Span], start: int, replacement: str, entity: str = "NAME") -> str:
    """A second adult or club rewritten the same way in one sentence is 'another' one: "Contact Coach
    Ahmet on … or Coach Rui" -> "Contact our coach or another coach", not "our coach or our coach";
    "Moss Side Rovers 3 Hulme Hornets 1" -> "our club 3 another club 1"."""
    m = re.match(r"(?:our|a|an)[ ]+(?!of\b)", replacement, re.IGNORECASE)
    if not m or replacement.lower().startswith("one of"):
        return replacement
    another = "another " + replacement[m.end():]
    earlier = next((s for s in reversed(spans) if s.entity == entity and s.replacement), None)
    if earlier is None or earlier.replacement.lower() not in (replacement.lower(), another.lower()) \
            or re.search(r"[.!?\n]", text[earlier.end:start]):
        return replacement
    return another


def _listed_before(text: str, spans: list[Span], start: int, entity: str) -> int | None:
    """The index of the span this finding continues a list of ("A and B", "Bea (16 months) and Noah"):
    the last span of the same entity, with only removed ages and a list word between."""
    j = len(spans) - 1
    while j >= 0 and spans[j].entity == "AGE" and not spans[j].replacement:
        j -= 1
    if j < 0 or spans[j].entity != entity:
        return None
    gap, cursor = "", spans[j].end
    for age in spans[j + 1:]:
        gap, cursor = gap + text[cursor:age.start], age.end
    joiner = LIST_JOINER if entity == "NAME" else SAME_LIST  # "Molly – Mei Lin Wong" is a cast list, not two names
    if not joiner.fullmatch(gap + text[cursor:start]):
        return None
    while j > 0 and not spans[j].replacement and spans[j].entity in (entity, "AGE"):
        j -= 1  # a name already folded into the list: the list's first span speaks for it
    return j if spans[j].entity == entity else None


def _child_phrase(replacement: str, c: Context) -> bool:
    low = replacement.lower()
    return low in (f"one of our {c.plural}", f"a {c.singular}", f"an {c.singular}", c.singular) \
        or re.match(rf"(?:{'|'.join(NUMBER_WORDS)}|some) of our {re.escape(c.plural)}$", low) is not None


def _plural_phrase(replacement: str, count: int, c: Context) -> str:
    """Several people where one replacement stood for one: "two of our children", "two members of staff"."""
    n = _number(count)
    low = replacement.lower()
    if low.startswith("one of our ") or low in (f"a {c.singular}", f"an {c.singular}", c.singular):
        return f"{n} of our {c.plural}"
    if low.startswith(("a ", "an ")):  # "a member of staff" -> "two members of staff", "a police officer" -> "two police officers"
        noun, of, rest = low.partition(" ")[2].partition(" of ")
        *before, head = noun.split(" ")
        return " ".join([n, *before, _plural_word(head)]) + (f" of {rest}" if of else "")
    if low.startswith("our "):
        return f"our {n} {_plural_word(low[4:])}"  # "our coach" -> "our two coaches"
    return replacement if re.match(r"(?:two|three|four|five|six|some) ", low) else f"{n} of our {c.plural}"


def _plural_word(word: str) -> str:
    return word + ("es" if word.endswith(("ch", "sh", "s", "x")) else "s")


def adult_names(text: str, findings: list[Finding]) -> dict[str, str]:
    """Names written after a title or an adult role, with what replaces them ("Joel" -> "our lifeguard")."""
    adults: dict[str, str] = {}
    for f in findings:
        if f.entity != "NAME":
            continue
        title = ends_with(TITLE_BEFORE, text, f.start)
        role = ends_with(rf"\b({ROLE_BEFORE})[ ]*\(?[ ]*$", text, f.start, re.IGNORECASE)
        if title:
            adults.setdefault(text[f.start:f.end].lower(), people.TITLES[title.group(1).lower()])
        elif role and people.adult_before(text, f.start):
            adults.setdefault(text[f.start:f.end].lower(), f"our {role.group(1).lower()}")
    return adults


def is_adult(text: str, start: int, end: int, adults: dict[str, str]) -> bool:
    """Is the person named at text[start:end] an adult (by the words before it, or another mention)?"""
    return people.adult_before(text, start) or text[start:end].lower() in adults


def fit_determiner(text: str, start: int, replacement: str) -> tuple[int, str]:
    """Keep one determiner where the text's and the replacement's meet: "the a nearby street" ->
    "a nearby street", "our our school" -> "our school", "his a local pool" -> "his local pool"."""
    first = re.match(r"(?:a|an|the|our|one of our)[ ]", replacement)
    before = ends_with(rf"\b({DETERMINER})[ ]+$", text, start, re.IGNORECASE)
    if not first or not before:
        return start, replacement
    if before.group(1).lower() not in POSSESSIVE:
        return before.start(), replacement
    if first.group() == "one of our ":
        return start, replacement
    return start, replacement[first.end():]


def _counted_after_possessive(text: str, start: int, replacement: str) -> int:
    """'our Hao Yu and Mei-Mei' -> 'two of our pupils': the text's possessive goes with the names."""
    if not re.match(rf"(?:{'|'.join(NUMBER_WORDS)}|some) of our ", replacement, re.IGNORECASE):
        return start
    before = ends_with(rf"\b(?:{'|'.join(POSSESSIVE)})[ ]+$", text, start, re.IGNORECASE)
    return before.start() if before else start


def _hyphenated_end(text: str, entity: str, end: int) -> int:
    """A name or place cut at a hyphen takes the rest of the word: 'lily-rose', 'Weston-super-Mare'."""
    if entity not in ("NAME", "PLACE", "VENUE", "SCHOOL", "CLUB"):
        return end
    m = starts_with(r"(?:[-‑][^\W\d_]+)+", text, end)
    return m.end() if m else end


def apply(text: str, spans: list[Span]) -> str:
    out, cursor = [], 0
    for span in spans:
        out += [text[cursor:span.start], span.replacement]
        cursor = span.end
    return "".join(out + [text[cursor:]])


def role_nouns(text: str) -> tuple[str, str]:
    for pattern, singular, plural in ROLES:
        if re.search(pattern, text):
            return singular, plural
    return "child", "children"


def group_lists(text: str, findings: list[Finding]) -> list[Group]:
    groups: list[Group] = []
    for f in findings:
        last = groups[-1] if groups else None
        joiner = {"NAME": LIST_JOINER, "TIME": TIME_JOINER, "DATE": TIME_JOINER}.get(f.entity)
        if last and joiner and last.entity == f.entity and joiner.fullmatch(text[last.end:f.start]) \
                and not _after_title(text, f.start):
            groups[-1] = Group(last.start, f.end, f.entity, max(last.score, f.score), last.count + 1, last.source)
        else:
            groups.append(Group(f.start, f.end, f.entity, f.score, 1, f.source))
    return groups


def starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - WINDOW):start].rstrip(" \t")
    stripped = re.sub(r"[^\w\s.!?:;,'’\"()–-]+$", "", before).rstrip()  # emoji and bullets at a line start
    return not stripped or stripped[-1] in ".!?\n" or before.endswith("\n") or stripped.endswith("\n")


# -- helpers over the surrounding text ------------------------------------------------------------------
#: how far before or after a finding the operators look; bounded so long texts stay linear
WINDOW = 120


def ends_with(pattern: str | re.Pattern[str], text: str, start: int, flags: int = 0) -> re.Match[str] | None:
    """`pattern` (anchored with $) matched on the text just before `start`; positions are absolute."""
    return re.compile(pattern, flags).search(text, max(0, start - WINDOW), start)


def starts_with(pattern: str, text: str, end: int) -> re.Match[str] | None:
    """`pattern` matched on the text just after `end`; positions are absolute."""
    return re.compile(pattern).match(text, end, end + WINDOW)


def _word_before(text: str, start: int) -> str:
    m = ends_with(r"([\w']+)\.?[ ]*$", text, start)
    return m.group(1).lower() if m else ""


def _after_title(text: str, start: int) -> bool:
    return _word_before(text, start) in people.TITLES


def _after_adjective(doc: Doc, start: int) -> bool:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    before = doc[span.start - 1] if span is not None and span.start > 0 else None
    if before is None or before.tag_ not in ("JJ", "JJS") or before.idx + len(before.text_with_ws) != start \
            or re.fullmatch(r"\d+(?:st|nd|rd|th)", before.text):
        return False  # not "1st Lily M" (a place in a results list)
    ahead = doc[before.i - 1] if before.i > 0 else None  # "Brave Ayomide", "our brave Ayomide"; not "makes sure Aisha"
    return before.text[0].isupper() or ahead is None or ahead.tag_ in ("DT", "PRP$") or ahead.is_punct


def _removal(text: str, start: int, end: int) -> tuple[int, int, str]:
    """Remove text[start:end] with the punctuation that only made sense around it."""
    if text[start - 1:start] == "(" and text[end:end + 1] == ")":
        start, end = start - 1, end + 1
    comma = ends_with(r",[ ]*$", text, start)
    next_comma = starts_with(r"[ ]*,[ ]*(?=[a-z])", text, end)
    if comma and next_comma:  # "Teddy, aged 4, loves" -> "Teddy loves"
        return comma.start(), next_comma.end(), " "
    lead = ends_with(r"(?:[ ]*,)?[ ]+$|[ ]*,[ ]*$", text, start)
    if lead and (end == len(text) or text[end] in " .,!?;:)\n"):
        return lead.start(), end, ""
    trail = starts_with(r"[ ]+", text, end)
    return start, trail.end() if trail else end, ""


def _number(count: int) -> str:
    return NUMBER_WORDS[count - 1] if count <= len(NUMBER_WORDS) else "some"


# -- one operator per entity ---------------------------------------------------------------------------
def name_operator(g: Group, c: Context) -> tuple[int, int, str]:
    text, start, end = c.text, g.start, g.end
    title = ends_with(TITLE_BEFORE, text, start)
    couple = ends_with(rf"\b(?:{people.title_pattern()})\.?[ ]+(?:and|&)[ ]+$", text, title.start()) if title else None
    if couple:  # "Mr and Mrs Adeyemi": a couple, most often parents
        return couple.start(), end, "one of our families"
    if title:
        word = title.group(1)
        determiner = people.ROLE_TITLES.get(word.lower())
        if determiner and g.count == 1:  # the title stays as the role: "to coach Tony" -> "to our coach"
            return title.start(), end, f"{determiner.upper() if word.isupper() else determiner} {word}"
        role = people.TITLES[word.lower()]
        return title.start(), end, role if g.count == 1 else f"{_number(g.count)} members of staff"
    if g.count == 1 and text[start:end].lower() in c.adults and not ends_with(rf"\b{ROLE_BEFORE}[ ]*\(?[ ]*$", text, start, re.IGNORECASE):
        return start, end, c.adults[text[start:end].lower()]  # "Thank you Joel!" after "our lifeguard Joel"
    if g.count == 1 and ends_with(CONTACT_VERB, text, start) and not starts_with(r"['’]s\b", text, end):
        return start, end, "us"  # "Message Sarah on 07700 …" -> "Message us": the one to contact speaks for the group
    if ends_with(rf"\b{ROLE_BEFORE}[ ]*\(?[ ]*$", text, start, re.IGNORECASE):  # "mum Kerry", "mum (Shelley)": the role stays
        return _removal(text, start, end)
    if text[end - 1] == "." and (end == len(text) or starts_with(r"\s+[A-Z]|\s*$", text, end)):
        end -= 1  # "Noah F. Everyone": the full stop ends the sentence too
    if ends_with(r"\bthe[ ]+$", text, start, re.IGNORECASE) \
            and starts_with(r"[ ]+(?:famil|twins|triplets|brothers|sisters|siblings|girls|boys)", text, end):
        return _removal(text, start, end)  # "the Begum family" -> "the family", "the Kowalski twins" -> "the twins"
    if g.count > 1:
        return start, end, f"{_number(g.count)} of our {c.plural}"
    if ends_with(r"\b(?:our|my|your|his|her|their)[ ]+(?:(?:number|no\.?)[ .]?\d+[ ]+)?$", text, start, re.IGNORECASE) \
            or _after_adjective(c.doc, start):
        return start, end, c.singular  # "our Yasmin" -> "our gymnast", "Brave Ayomide" -> "Brave child"
    if starts_with(r"['’]s\b|[ ]+\(", text, end):
        article = "an" if c.singular[0] in "aeiou" else "a"
        return start, end, f"{article} {c.singular}"
    return start, end, f"one of our {c.plural}"


def group_operator(kind: str) -> Operator:
    """Schools and clubs: ours, unless the post is about the opposition ("v Abbeyfield")."""

    def operator(g: Group, c: Context) -> tuple[int, int, str]:
        before = _word_before(c.text, g.start)
        if before in ("v", "vs", "versus", "against"):
            return g.start, g.end, "another school" if kind == "school" else "another team"
        if kind == "club" and ends_with(r"\b(?:U|Under[ ])\d{1,2}s?[ ]+$", c.text, g.start):
            return g.start, g.end, "team"  # "U10 Ravens" -> "Junior team"
        return g.start, g.end, kind if before in ("a", "an", "the") else f"our {kind}"

    return operator


VENUE_KINDS = (("ward", "a hospital ward"), ("leisure centre", "a local leisure centre"), ("sports centre", "a local sports centre"),
               ("church hall", "a local church hall"), ("hall", "a local hall"), ("church", "a local church"),
               ("chapel", "a local church"), ("library", "a local library"), ("museum", "a museum"),
               ("zoo", "a zoo"), ("theatre", "a local theatre"), ("empire", "a local theatre"),
               ("arts centre", "a local arts centre"), ("campsite", "a campsite"), ("hospital", "a hospital"),
               ("pool", "a local pool"), ("baths", "a local pool"), ("park", "a local park"),
               ("field", "a local playing field"), ("ground", "a local ground"), ("stadium", "a stadium"),
               ("farm", "a local farm"), ("centre", "a local centre"))


def venue_operator(g: Group, c: Context) -> tuple[int, int, str]:
    found = c.text[g.start:g.end].lower()
    kinds = [(found.rfind(key) + len(key), len(key), r) for key, r in VENUE_KINDS if key in found]
    replacement = max(kinds)[2] if kinds else "a local venue"  # the last kind word names it: "Cannon Hall Farm"
    if starts_with(rf"[ ]+(?:{LOWER_KINDS}|nursery|school|playgroup|pre-school|club|church|hall|ward|centre)\b", c.text, g.end):
        replacement = "the local"  # "from Crewe Toll fire station" -> "from the local fire station"
    article = ends_with(r"\b(the)[ ]+$", c.text, g.start, re.IGNORECASE)
    if article:  # "the Rainbow Theatre" -> "the local theatre": the text's own article stays
        return article.start(), g.end, f"{article.group(1)} {replacement.partition(' ')[2]}"
    return g.start, g.end, replacement


def place_operator(g: Group, c: Context) -> tuple[int, int, str]:
    text = c.text
    if ends_with(r",[ ]*$", text, g.start):  # "St Patrick's Church, Newry" -> "a local church"
        return _removal(text, g.start, g.end)
    if re.search(rf"(?i)\b(?:{UNNUMBERED_STREET}|rd|way|square|place)\b", text[g.start:g.end]):  # not "Family Court"
        return g.start, g.end, "a nearby street"
    if ends_with(r"\b(?:in|IN|In)[ ]+$", text, g.start):
        return g.start, g.end, "the area"  # "staying with her nan in Tividale" -> "in the area"
    if starts_with(rf"[ ]+(?:{LOCAL_SERVICES})\b", text, g.end):  # "PC Davies from Bridgend police"
        return g.start, g.end, "local" if ends_with(r"\bthe[ ]+$", text, g.start, re.IGNORECASE) else "the local"
    prep = ends_with(r"\b(?:near|around)[ ]+$", text, g.start)
    if prep:
        return prep.start(), g.end, "nearby"
    if ends_with(r"\bthe[ ]+$", text, g.start, re.IGNORECASE):
        return g.start, g.end, "local"
    return g.start, g.end, "a nearby town"


def contact_operator(g: Group, c: Context) -> tuple[int, int, str]:
    """Phone numbers, emails, links: removed with the words that introduced them."""
    lead = ends_with(CONTACT_LEAD, c.text, g.start)
    start = lead.start() if lead and lead.group().strip() else g.start
    if start == g.start:
        return _removal(c.text, g.start, g.end)
    end = g.end
    if ends_with(r"[.!?][ ]*$", c.text, start) and starts_with(r"[.!?]", c.text, end):
        end += 1  # the contact was a whole sentence: "… centre! Call 07700 900123."
    return start, end, ""


def handle_operator(g: Group, c: Context) -> tuple[int, int, str]:
    """@handles and #hashtags: dropped, unless the sentence needs them as a word ("Thanks to @x for")."""
    if ends_with(r"\b(?:[Ff]ollow|FOLLOW)[ ]+$", c.text, g.start):
        return g.start, g.end, "us"  # "Follow @StMarysPTA for updates": the post's own account
    if starts_with(r"[ ]+[a-z]", c.text, g.end) or _word_before(c.text, g.start) in ("to", "from", "by", "with", "v", "vs"):
        return g.start, g.end, "another club" if g.entity == "HANDLE" else "a local group"
    lead = ends_with(CONTACT_LEAD, c.text, g.start)
    if lead and lead.group().strip():  # "or DM @club"
        return lead.start(), g.end, ""
    return _removal(c.text, g.start, g.end)


def address_operator(g: Group, c: Context) -> tuple[int, int, str]:
    return g.start, g.end, "an address we can share privately"


def postcode_operator(g: Group, c: Context) -> tuple[int, int, str]:
    return _removal(c.text, g.start, g.end)


def health_operator(g: Group, c: Context) -> tuple[int, int, str]:
    """A condition, disability, treatment or support need becomes the general fact, no more."""
    found = c.text[g.start:g.end].lower()
    if found in CONDITION_ADJECTIVES:
        verb = ends_with(r"\b(?:is|was)[ ]+$", c.text, g.start)
        return (verb.start() if verb else g.start), g.end, "has additional needs" if verb else "additional needs"
    if "allerg" in found:
        return g.start, g.end, "allergy" if _after_determiner(c, g.start) else "an allergy"
    if re.match(r"(?:uses|using) ", found):
        return g.start, g.end, found.split()[0] + " a mobility aid"
    compound = starts_with(r"-(?:accessible|friendly|user)\b", c.text, g.end)
    if compound:  # "Zain's wheelchair-accessible van" -> "Zain's adapted van"
        return g.start, compound.end(), "adapted"
    if "wheelchair" in found or "walking frame" in found:
        return g.start, g.end, "a mobility aid"
    if found.startswith(("broke ", "fractured ", "tore ", "injured ", "twisted ", "pulled ", "dislocated ", "bruised ")):
        return g.start, g.end, "got injured"
    if found.startswith(("broken", "sprained", "torn", "twisted", "pulled", "dislocated", "injured", "bruised")):
        article = ends_with(r"\b[Aa][ ]+$", c.text, g.start)  # "with a sprained ankle" -> "with an injury"
        return (article.start(), g.end, "an injury") if article else (g.start, g.end, "injury")
    if re.match(r"in (?:special|intensive|neonatal) care|in (?:nicu|scbu|picu|icu)$", found):
        return g.start, g.end, "in good hands"
    if found.startswith("hospital "):
        return g.start, g.end, "treatment"
    if re.search(r"\b(?:meds|medication|medicine|tablets)$", found):
        return g.start, g.end, "medicines" if found.endswith("s") else "medication"  # "the ADHD meds are working"
    if re.search(r"\b(?:diagnosis|assessment)$", found):
        return g.start, g.end, found.split()[-1]  # "got her dyslexia diagnosis back" -> "got her diagnosis back"
    if re.search(r"reader pen|reading pen|c-pen|overlay|ear defenders", found):
        return g.start, g.end, "extra support"
    if re.search(r"\b(?:review|appointments?|check-up|scan)$", found):
        return g.start, g.end, found.split()[-1]  # "his dla review" -> "his review"
    if re.search(r"surgery|transplant|chemo|radiotherapy|physio|therapy|\bop\b|operation|repair|reconstruction", found):
        return g.start, g.end, "treatment"
    if re.search(r"ehcp|ehc plan|\bsen\b|1:1|one-to-one|additional needs|special needs|makaton|aac", found):
        return g.start, g.end, "extra support"
    if re.search(r"epipen|inhaler|insulin|hearing aid|implant", found):
        medicine = "medicines" if found.endswith("s") else "medicine"  # "her insulin pens are in the office"
        return g.start, g.end, medicine if "epipen" in found or "insulin" in found or "inhaler" in found else "a medical aid"
    return g.start, g.end, "health condition" if _after_determiner(c, g.start) else "a health condition"


def family_operator(g: Group, c: Context) -> tuple[int, int, str]:
    """Bereavement, care, prison, caring for a parent, twins: the family's private life stays private."""
    found = c.text[g.start:g.end].lower()
    if re.fullmatch(r"twin (?:sister|brother)s?", found):
        return g.start, g.end, found.split()[1]  # "his twin sister Nell" -> "his sister Nell"
    if re.search(r"twin|triplet", found):
        return g.start, g.end, "siblings"
    if found.endswith("in hospital"):  # "his mum is in hospital" -> "his family is having a hard time"
        return g.start, g.end, c.text[g.start:g.end].split()[0] + " family is having a hard time"
    if re.search(r"fostering|foster placement", found):
        return g.start, g.end, "getting to know each other"
    if re.search(r"two (?:homes|houses)$", found) and not re.search(r"separat|split up|divorc", found):
        return g.start, g.end, "settling into changes at home"
    if re.match(r"(?:adopting|adopted|fostering|fostered) (?:him|her|them)$", found):
        return g.start, g.end, "welcoming " + found.split()[-1]  # "adopting her was the best thing we did"
    if re.search(r"adoption|guardianship|kinship|looked", found):
        return g.start, g.end, "family news" if not _after_determiner(c, g.start) else "news"
    if re.search(r"separat|split|divorc", found):
        return g.start, g.end, "things are changing at home"  # "his parents have just separated"
    if found == "foster care" and ends_with(r"\bin[ ]+$", c.text, g.start):
        return g.start - 3, g.end, "settling into a new home"  # "is in foster care now"
    if re.search(r"prison|jail|sent (?:down|away)|locked up|jailed|imprisoned|put away", found):
        possessive = re.match(r"(?:his|her|their|my|our) ", found)  # "his dad got sent to prison" -> "his family ..."
        return g.start, g.end, c.text[g.start:g.start + possessive.end()] + "family is going through a hard time" \
            if possessive else "away"
    if re.search(r"\b(?:left|walked out|moved out)$", found):
        return g.start, g.end, "since things changed at home"  # "since her dad left"
    if "forever" in found:  # "moves to his forever family" -> "moves on"; "their forever home" -> "their home"
        verb = re.match(r"(\w+) to ", found)
        return (g.start, g.end, c.text[g.start:g.start + len(verb.group(1))] + " on") if verb \
            else (g.start, g.end, re.sub(r"(?i)forever ", "", c.text[g.start:g.end]))
    if "free school meals" in found:
        return g.start, g.end, "getting support" if found.startswith("on ") else "support"
    if found.startswith("foster carer"):
        return g.start, g.end, "carers" if found.endswith("s") else "carer"
    if found.startswith("young carer"):
        return g.start, g.end, "helpers" if found.startswith("young carers") else "helper"
    if re.match(r"(?:looks after|caring for|cares for)", found):
        return g.start, g.end, "helping at home" if found.startswith("caring") else "helps at home"
    if re.search(r"passed|died|losing|lost|bereave", found):
        if ends_with(r"\bwhose[ ]+$", c.text, g.start):
            return g.start, g.end, "family is going through a hard time"  # "whose grandad passed away"
        if found.startswith("lost "):
            return g.start, g.end, "has had a hard time at home"  # "Kacie lost her dad suddenly"
        return g.start, g.end, "a hard time at home" if found.startswith(("losing", "bereave")) else "things changed at home"
    return _removal(c.text, g.start, g.end)


def background_operator(g: Group, c: Context) -> tuple[int, int, str]:
    """Where a child comes from, their first language or faith: they 'joined us', they are 'settling in'."""
    found = c.text[g.start:g.end].lower()
    family = re.match(r"(?:his|her|their|my|our) family ", found)
    if family and re.search(r"\bfrom\b", found):
        return g.start, g.end, c.text[g.start:g.start + family.end()] + "moved here"  # "since his family moved here"
    if re.search(r"\bfrom\b", found):
        if found.startswith("since "):
            return g.start, g.end, "since joining us"  # "his first game since arriving from Kyiv"
        return g.start, g.end, "joining us" if found.startswith(("arriving", "joining")) else "joined us"
    if found.endswith("-born"):
        return g.start, g.end, "new"
    if found.startswith("only "):
        return g.start, g.end, "a valued member of the " + found.split()[-1]
    if re.search(r"granted|given", found):  # "after their family was granted refugee status" -> "... settled here"
        return g.start, g.end, (c.text[g.start:g.start + family.end()] if family else "") + "settled here"
    if "english" in found and "speak" in found:  # "they speak very little English" -> "they are settling in"
        return g.start, g.end, "is settling in" if re.match(r"speaks|doesn't|does not|can't|cannot", found) else \
            "are settling in" if found.startswith(("speak ", "don't")) else "settling in"
    if "refugee" in found or "asylum" in found:
        return g.start, g.end, "newcomers" if found.endswith("s") else "newcomer"
    return g.start, g.end, "settling in"


def distinction_operator(g: Group, c: Context) -> tuple[int, int, str]:
    """'the youngest swimmer in the club's history' -> 'a real star': the record that picks one child out goes."""
    article = ends_with(r"\b(?:the|The|THE)[ ]+$", c.text, g.start)
    return (article.start() if article else g.start), g.end, "a real star"


def number_operator(g: Group, c: Context) -> tuple[int, int, str]:
    """Shirt, bib, plate, card and ID numbers: removed with the words that introduced them."""
    if g.entity == "ACCOUNT" and ends_with(r"(?i)\b(?:sort code|account|acc|a/c)(?:[ ](?:number|no\.?))?:?[ ]*$", c.text, g.start):
        return g.start, g.end, "(ask us)"
    lead = ends_with(r"(?i)\b(?:card[ ]number|number|no\.?|ending|reg|registration|NI[ ]number|NINO)[ ]*:?[ ]*$", c.text, g.start)
    if lead and g.entity in ("ACCOUNT", "ID_NUMBER", "PLATE"):
        return _removal(c.text, lead.start(), g.end)
    return _removal(c.text, g.start, g.end)


def _after_determiner(c: Context, start: int) -> bool:
    """Does an article, a possessive or an adjective come right before? ("his nut allergy", "a bad asthma attack")"""
    return ends_with(rf"(?:\b{DETERMINER}|['’]s)[ ]+$", c.text, start, re.IGNORECASE) is not None or _after_adjective(c.doc, start)


def age_operator(g: Group, c: Context) -> tuple[int, int, str]:
    found = c.text[g.start:g.end].lower()
    if "birthday" in found:
        return g.start, g.end, "birthday"
    if found.startswith("turn"):
        return g.start, g.end, "has a birthday" if found.startswith("turns") else "had a birthday"
    if "old" in found:
        return g.start, g.end, "young"
    if re.fullmatch(r"\d+|[a-z]+", found) and c.text[g.start - 1:g.start] != "(" and c.text[g.start - 2:g.start] != ", ":
        return g.start, g.end, "little"  # "He's only 5" -> "He's only little"
    if re.match(r"ages ", found):
        return g.start, g.end, "children"  # "places for ages 5–11" -> "places for children"
    return _removal(c.text, g.start, g.end)


def year_operator(g: Group, c: Context) -> tuple[int, int, str]:
    found = c.text[g.start:g.end]
    numbers = [int(n) for n in re.findall(r"\d+", found)]
    if re.fullmatch(r"\d+[A-Z]", found):  # a class code: "4B"
        after_name = re.search(r"[A-Z]\w*\.?[ ]$", c.text[max(0, g.start - WINDOW):g.start])  # "Amelia D. 4B"
        return (g.start - 1, g.end, "") if after_name else (g.start, g.end, "a class")
    if re.search(r"(?i)(?:&|and) (?:under|over|u)$", found):
        return g.start, g.end, "age group"  # "8 & under 25m back" -> "age group 25m back"
    if re.fullmatch(r"\d+[–—-]\d+s", found):
        return g.start, g.end, "children"  # "open to 11–18s" -> "open to children"
    if re.match(r"(?i)u|under|20[01]\d", found):
        return g.start, g.end, "juniors" if found.lower().endswith("s") else "junior"
    if re.fullmatch(r"(?i)ks1", found):
        return g.start, g.end, "infant"
    if re.fullmatch(r"(?i)ks2", found):
        return g.start, g.end, "junior"
    if re.match(r"(?i)s\d|ks[345]", found) or (numbers and min(numbers) >= 7 and not found.upper().startswith("P")):
        return g.start, g.end, "secondary"
    if numbers and max(numbers) >= 7 and not found.upper().startswith("P"):
        return g.start, g.end, "school-age"
    return g.start, g.end, "primary"


def date_operator(g: Group, c: Context) -> tuple[int, int, str]:
    if re.fullmatch(TOMORROW, c.text[g.start:g.end]):
        return g.start, g.end, "soon"  # "startin big school the morra": never a past day
    past = is_past(c.doc, g.start)
    text, start = c.text, g.start
    if starts_with(r"['’]s\b", text, g.end):
        return g.start, g.end + 2, "a recent" if past else "an upcoming"
    if ends_with(r"\bby[ ]+$", text, start):
        return g.start, g.end, "the deadline"
    if ends_with(r"\b(?:to|until|till)[ ]+$", text, start):
        return g.start, g.end, "another day"  # "training moved to Thursday"
    if ends_with(r"\bevery[ ]+$", text, start, re.IGNORECASE):
        return g.start, g.end, "week"  # "every Tuesday" -> "every week"
    if ends_with(rf"\b(?:{'|'.join(POSSESSIVE)})[ ]+$", text, start, re.IGNORECASE) and re.search(r"(?i)s$", text[start:g.end]):
        weekend = re.match(rf"(?i){WEEKEND}", text[start:g.end]) is not None
        return g.start, g.end, "weekends" if weekend else "weekdays"  # "giving up his Sundays" -> "his weekends"
    if ends_with(r"\bthe[ ]+$", text, start, re.IGNORECASE):
        return g.start, g.end, "recent" if past else "upcoming"  # "the Tues match"
    day = _day_kind(text[start:g.end])
    lead = ends_with(r"\b(on|this|next|last|from)[ ]+$", text, start, re.IGNORECASE)
    if day and lead and lead.group(1).lower() == "on":  # "on Friday night" -> "on a weekday night"
        return start, g.end, day[0] + day[1]
    return (lead.start() if lead else g.start), g.end, "recently" if past else "soon"


WEEKDAYS = r"mon|tues?|wed(?:ne)?s?|weds|thu(?:rs?)?|fri"
WEEKEND = r"sat(?:ur)?|sun"
TIME_OF_DAY = r"(?:morning|afternoon|evening|night|lunchtime|teatime)"


def _day_kind(found: str) -> tuple[str, str] | None:
    """A day of the week alone, perhaps with a time of day ("Friday night"): what it generalises to
    after "on" ("a weekday", "the weekend") and the time of day kept as written; None for anything
    else (dates, months, "half term")."""
    m = re.fullmatch(rf"(?i)({WEEKDAYS}|{WEEKEND})(?:day)?\.?((?:[ ]+{TIME_OF_DAY})?)", found)
    if not m:
        return None
    weekend = re.fullmatch(WEEKEND, m.group(1), re.IGNORECASE) is not None
    on = ("a weekend" if m.group(2) else "the weekend") if weekend else "a weekday"
    return (on.upper() if found.isupper() else on), m.group(2)


def time_operator(g: Group, c: Context) -> tuple[int, int, str]:
    lead = ends_with(r"(?:[ ]*,|[ ]+(?:at|from|between|around|about|approx\.?|until|till|@))?[ ]*$", c.text, g.start)
    start = lead.start() if lead and lead.group() else g.start
    if start == 0 or c.text[start - 1] == "\n":
        return _removal(c.text, g.start, g.end)
    if g.end == len(c.text) or c.text[g.end] == "\n":
        return _removal(c.text, start, g.end)  # "the game's tomorrow at 4" -> "the game's soon"
    return start, g.end, ""


OPERATORS: dict[str, Operator] = {
    "NAME": name_operator,
    "SCHOOL": group_operator("school"),
    "CLUB": group_operator("club"),
    "VENUE": venue_operator,
    "PLACE": place_operator,
    "ADDRESS": address_operator,
    "POSTCODE": postcode_operator,
    "PHONE": contact_operator,
    "EMAIL": contact_operator,
    "URL": contact_operator,
    "HANDLE": handle_operator,
    "HASHTAG": handle_operator,
    "HEALTH": health_operator,
    "FAMILY": family_operator,
    "BACKGROUND": background_operator,
    "DISTINCTION": distinction_operator,
    "SHIRT_NUMBER": number_operator,
    "PLATE": number_operator,
    "ACCOUNT": number_operator,
    "ID_NUMBER": number_operator,
    "AGE": age_operator,
    "YEAR": year_operator,
    "DATE": date_operator,
    "TIME": time_operator,
}
