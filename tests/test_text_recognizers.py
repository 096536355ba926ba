"""One sentence per recognizer and per pitfall in MODELS.md: the identifying part must be rewritten.

Runs the real analyzer (spaCy + presidio + scrubkit's recognizers), loaded once per process.
"""

from __future__ import annotations

import pytest

from scrubkit.policy import Policy
from scrubkit.text import TextScrubber


@pytest.fixture(scope="module")
def strict() -> TextScrubber:
    return TextScrubber("strict")


def found(scrubber: TextScrubber, text: str) -> dict[str, str]:
    """What was rewritten, as {surface text: entity}."""
    return {text[s.start:s.end].strip(" ,.:;–-()"): s.entity for s in scrubber.analyze(text)}


def covered(scrubber: TextScrubber, text: str, part: str) -> bool:
    start = text.index(part)
    return any(s.start <= start and start + len(part) <= s.end for s in scrubber.analyze(text))


@pytest.mark.parametrize(("text", "part", "entity"), [
    ("Lovely to see Amy Clarke at the gala.", "Amy Clarke", "NAME"),
    ("happy birthday to our gorgeous girl amira x", "amira", "NAME"),  # all lower case
    ("WELL DONE TO JAKUB ON HIS FIRST GOAL", "JAKUB", "NAME"),  # all capitals
    ("Goals from Kacper and Max T. today.", "Max T.", "NAME"),  # word-name with an initial
    ("Name label inside says 'A. Bhatt' – is it yours?", "A. Bhatt", "NAME"),
    ("Thank you to Mrs Okoro for the cakes.", "Okoro", "NAME"),  # surname after a title
    ("His mum Kerry is staying with him.", "Kerry", "NAME"),  # name after a family role
    ("Tries from Gethin and a cracker from Cerys!", "Cerys", "NAME"),  # Welsh names not in any list
    ("Well done to Anna-Maria for her badge.", "Anna-Maria", "NAME"),  # hyphenated
    ("Congratulations to Niamh O'Sullivan who sang.", "Niamh O'Sullivan", "NAME"),
    ("The raffle went to the Begum family.", "Begum", "NAME"),
    ("A trip to Fernhill Primary for the choir.", "Fernhill Primary", "SCHOOL"),
    ("The coach leaves Ysgol Gynradd Bryn Celyn at nine.", "Ysgol Gynradd Bryn Celyn", "SCHOOL"),
    ("All those nets at Penwortham Harriers CC paid off.", "Penwortham Harriers CC", "CLUB"),
    ("A 3-1 win v Heaton Juniors today.", "Heaton Juniors", "CLUB"),
    ("We meet at Roundhay Leisure Centre.", "Roundhay Leisure Centre", "VENUE"),
    ("Meet us at St Michael's Church Hall.", "St Michael's Church Hall", "VENUE"),
    ("The finals are in Dundee this year.", "Dundee", "PLACE"),
    ("We're on Nevill Avenue if you need us.", "Nevill Avenue", "PLACE"),
    ("Drop it at 6 Lyndhurst Close please.", "6 Lyndhurst Close", "ADDRESS"),
    ("It's at 27 Ashgrove Terrace, G41 3PN.", "G41 3PN", "POSTCODE"),
    ("Any questions call 07700 900482.", "07700 900482", "PHONE"),  # spaCy calls this a DATE
    ("Or ring 0141 496 0327 after six.", "0141 496 0327", "PHONE"),
    ("Email office@fernhill.sch.uk for forms.", "office@fernhill.sch.uk", "EMAIL"),  # presidio rejects *.sch.uk
    ("Sponsor him: www.justgiving.com/page/chidi-walks-10", "www.justgiving.com/page/chidi-walks-10", "URL"),
    ("Tickets: limelightyt.co.uk/annie", "limelightyt.co.uk/annie", "URL"),
    ("Great game today @ColtonAthleticU11", "@ColtonAthleticU11", "HANDLE"),
    ("Sunny day at the park #NorwichLionsJFC", "#NorwichLionsJFC", "HASHTAG"),
    ("Walking for the ward #ChidiWalks", "#ChidiWalks", "HASHTAG"),
    ("Well done all #Leeds", "#Leeds", "HASHTAG"),
    ("Our no.9 Jayden scored a hat-trick.", "no.9", "SHIRT_NUMBER"),
    ("Finlay is autistic and finds crowds hard.", "autistic", "HEALTH"),
    ("Silver Astra, LD19 XRT, parked across the drive.", "LD19 XRT", "PLATE"),
    ("Our Year 4 trip was brilliant.", "Year 4", "YEAR"),
    ("Great win for our U10s.", "U10s", "YEAR"),
    ("The under 13s never gave up.", "under 13s", "YEAR"),
    ("Chidi (aged 9) is walking ten miles.", "aged 9", "AGE"),
    ("Happy 10th birthday to her!", "10th birthday", "AGE"),
    ("Big show is Saturday 28th June at two.", "Saturday 28th June", "DATE"),
    ("Party at the park sat 2-4 for everyone.", "2-4", "TIME"),
    ("Lessons on Saturday 9:30–13:00 at the hall.", "9:30–13:00", "TIME"),
    # name evidence from the words of address around an unknown or dictionary-word name
    ("Well done Dexter on his swimming badge!", "Dexter", "NAME"),  # an English word, not in the lists
    ("Any questions, text Olamide tonight.", "Olamide", "NAME"),
    ("Thanks to Aunty Yemisi for the puff-puff!", "Yemisi", "NAME"),
    ("MASSIVE THANKS TO TEMITOPE AND HIS MUM FOR THE CAKES", "TEMITOPE", "NAME"),  # ALL CAPS, unknown name
    ("WELL DONE TO SEGUN FOR HIS MEDAL", "SEGUN", "NAME"),  # words of address, then "TO"
    ("Congratulations to Dexter for his award!", "Dexter", "NAME"),
    ("Zuri, 6, painted this lovely picture.", "Zuri", "NAME"),  # an age after it, opening a sentence
    ("Well done to 5R for the best attendance.", "5R", "YEAR"),  # a class code
    ("Our P6s loved the trip.", "P6s", "YEAR"),
    ("Huge well done to Leo Barnes, 8, who ran the whole course!", "8", "AGE"),
    ("Singers aged 7-11 welcome.", "aged 7-11", "AGE"),
    ("HAPPY 9TH BIRTHDAY TO OUR BOY", "9TH BIRTHDAY", "AGE"),
    ("We swam at Pwll Nofio Bangor today.", "Pwll Nofio Bangor", "VENUE"),  # Welsh venue word first
    ("Our choir visited Ysgol y Wern.", "Ysgol y Wern", "SCHOOL"),
    ("We're heading to The Deep for the science trip.", "The Deep", "VENUE"),  # "The" mid-sentence
    ("Our Beavers visited Hampton Fire Station.", "Hampton Fire Station", "VENUE"),
    ("I lost a glove at the park in wantage", "wantage", "PLACE"),  # lower case after "in"
    ("anyone near the big asda in hengrove so we can share lifts x", "hengrove", "PLACE"),  # not in the gazetteer
    ("Send it to Apt. 12, 40 Elm St please.", "Apt. 12, 40 Elm St", "ADDRESS"),
    ("Car wash on Sunday afternoon!", "Sunday afternoon", "DATE"),
])
def test_each_recognizer_finds_its_kind(strict: TextScrubber, text: str, part: str, entity: str) -> None:
    assert covered(strict, text, part), f"{part!r} not rewritten in {text!r}: {found(strict, text)}"
    assert entity in {s.entity for s in strict.analyze(text) if s.start <= text.index(part) < s.end}


def test_names_in_a_list_with_a_shared_surname(strict: TextScrubber) -> None:
    """MODELS.md: 'Charlie and Freddie Robinson' loses Charlie with spaCy alone."""
    text = "Brilliant to see Charlie and Freddie Robinson at the final."
    output = strict.scrub(text).output
    assert "Charlie" not in output and "Freddie" not in output and "Robinson" not in output


def test_every_mention_of_a_name_goes(strict: TextScrubber) -> None:
    text = "We have Zainab's allergy plan on file, thanks to Zainab's dad!"
    assert "Zainab" not in strict.scrub(text).output


@pytest.mark.parametrize("text", [
    "We hope you all have a restful half term! We'll continue to say Grace before lunch.",
    "Thank you to everyone who came to the summer fair, we raised a fantastic amount!",
    "PE days are changing next term – a new timetable will be sent home in book bags.",
    "Kick-off was 3-1 to us and we scored 14 in the second half.",
    "Our new library books have arrived. Thank you to the PTA for their fundraising!",
    "We made 3D shapes in maths and tested the 4G signal.",  # digit + letter that is not a class code
    "THANK YOU TO THE PTA AND ALL OUR VOLUNTEERS FOR THE DISCO",  # acronyms in ALL CAPS person slots
    "Our sponsored walk raised £300 for Macmillan and Oxfam.",  # charities are not people
    "omg so much fun in softplay today x",  # an unknown lower-case word that does not end the phrase
])
def test_ordinary_words_and_numbers_are_left_alone(strict: TextScrubber, text: str) -> None:
    """Names that are words (Grace, hope, summer), scores and counts are not identifying."""
    assert strict.scrub(text).output == text


def test_phone_number_is_a_phone_not_a_date(strict: TextScrubber) -> None:
    text = "Any questions call Gareth on 07700 900482."
    entities = {text[s.start:s.end].strip(): s.entity for s in strict.analyze(text)}
    assert any(e == "PHONE" and "07700 900482" in t for t, e in entities.items())


def test_standard_keeps_year_groups_and_past_dates_strict_does_not() -> None:
    text = "Well done to our Year 4 team who won the cup on Saturday."
    standard = TextScrubber(Policy.preset("standard")).scrub(text).output
    strict = TextScrubber(Policy.preset("strict")).scrub(text).output
    assert "Year 4" in standard and "Saturday" in standard
    assert "Year 4" not in strict and "Saturday" not in strict


def test_standard_still_removes_a_future_event_date() -> None:
    text = "Our next match is on Saturday 14th June at Heigham Park."
    output = TextScrubber("standard").scrub(text).output
    assert "14th June" not in output and "Heigham Park" not in output


def test_sign_text_read_by_ocr(strict: TextScrubber) -> None:
    """The OCR step passes the lines of a sign through analyze(): capitals, initials, 'C OF E'."""
    sign = "ST MARY'S C OF E PRIMARY SCHOOL\nHeadteacher: Mrs J Smith\nOakfield Road\nLS8 2QA\n0113 496 0000"
    spans = {sign[s.start:s.end]: s.entity for s in strict.analyze(sign)}
    assert spans["ST MARY'S C OF E PRIMARY SCHOOL"] == "SCHOOL"
    assert spans["Mrs J Smith"] == "NAME"
    assert {"PLACE", "POSTCODE", "PHONE"} <= set(spans.values())
