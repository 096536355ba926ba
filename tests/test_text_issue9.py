"""The kinds of miss issue 9 lists, one test each (every one failed before the fix that made it pass)."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from scrubkit.post import scrub_post
from scrubkit.text import TextScrubber
from tests.conftest import REPO


def artefacts(text: str) -> list[str]:
    """Broken-rewrite patterns, as the shared metric defines them."""
    spec = importlib.util.spec_from_file_location("metrics_captions", REPO.parent / "shared" / "tools" / "metrics_captions.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.artefacts(text)


@pytest.fixture(scope="module")
def strict() -> TextScrubber:
    return TextScrubber("strict")


def gone(output: str, part: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(part)}(?!\w)", output, re.IGNORECASE) is None


@pytest.mark.parametrize("text, title", [
    ("Thank you to Sir Mark Hughes for the prizes.", "Sir"),
    ("Mister Jones ran the quiz on Friday.", "Mister"),
    ("HUGE THANKS TO MRS KOWALSKA FOR THE CAKES", "MRS"),
])
def test_every_title_makes_a_member_of_staff(strict: TextScrubber, text: str, title: str) -> None:
    """'Sir', 'Mister' and 'MRS' were missing from one of five lists: 'Sir one of our children'."""
    output = strict.scrub(text).output
    assert "of our children" not in output and gone(output, title), output
    assert "member of staff" in output.lower(), output


@pytest.mark.parametrize("text, name, role", [
    ("Our lifeguard Joel spotted Kai struggling and had him out in seconds. Thank you Joel!", "Joel", "lifeguard"),
    ("Lollipop lady Brenda retires on Friday after 31 years.", "Brenda", "lollipop lady"),
    ("Thanks to Coach Darren for the extra session.", "Darren", "coach"),
])
def test_adults_stay_adults(strict: TextScrubber, text: str, name: str, role: str) -> None:
    result = strict.scrub(text)
    assert gone(result.output, name) and role in result.output.lower(), result.output
    assert name in result.adults
    joel_mentions = result.output.count("one of our")
    assert joel_mentions <= text.count("Kai"), result.output  # only the child is "one of our ..."


def test_titled_adults_beside_a_photo_are_not_named_children(tmp_path: Path) -> None:
    """'Coach Andy', 'Father', 'Rev' were refused as named children when a photo came with the post."""
    missing = tmp_path / "not-opened.jpg"
    for caption in ("Thanks to Coach Andy for the gala!", "Father Dominic blessed the new minibus.",
                    "Rev Gwilym Price opened the fete."):
        result = scrub_post(caption, [missing])
        assert result.verdict == "ok" and result.named_children == [], (caption, result.named_children)


@pytest.mark.parametrize("text, part, entity, not_said", [
    ("Found a bank card on the touchline, number 4111 1111 1111 1111 – message the club page", "4111 1111 1111 1111",
     "ACCOUNT", "health"),
    ("Can the owner of the silver Qashqai KM19 XFT please move it from the gate?", "KM19 XFT", "PLATE", "health"),
    ("Congrats to our number 9 Precious for her hat-trick!", "number 9", "SHIRT_NUMBER", "health"),
])
def test_numbers_are_their_own_kind(strict: TextScrubber, text: str, part: str, entity: str, not_said: str) -> None:
    """A card number used to become 'a health condition' (OTHER_ID's fallback)."""
    result = strict.scrub(text)
    assert gone(result.output, part) and not_said not in result.output, result.output
    assert entity in {s.entity for s in result.spans}


@pytest.mark.parametrize("text, part, flag", [
    ("any1 know if swimmin still on weds? freya has physio at 4 so we mite b late x", "physio", "health"),
    ("Harvey has an EHCP now, thank you Mrs Ellison for the support.", "EHCP", "health"),
    ("Welcome to Ana-Maria who joins us this week. She is new to English!", "new to English", "background"),
    ("Twinnies Ayla and Esme smashed their first parkrun!", "Twinnies", "family"),
    ("Ruby's dad is in prison so please be mindful in circle time.", "in prison", "family"),
    ("Since mum passed in the spring, Kacey has been so brave.", "mum passed", "family"),
    ("Well done Kai, the youngest swimmer in the club's history!", "youngest swimmer", "distinction"),
])
def test_sensitive_details_about_a_child_go_and_are_flagged(strict: TextScrubber, text: str, part: str, flag: str) -> None:
    result = strict.scrub(text)
    assert gone(result.output, part), result.output
    assert flag in result.flags


@pytest.mark.parametrize("text", [
    "Huge thanks to everyone who donated to Children in Need 🧦",
    "After reading Marcus Rashford's You Are a Champion, the children wrote letters.",
    "We counted eleven Gruffalos, six Matildas and one very tall Paddington 🐻",
    "A gentle reminder that NHS 111 is there if you need medical advice out of hours.",
    "Our Easter Holiday Club is full – thank you!",
])
def test_public_names_and_ordinary_words_are_left_alone(strict: TextScrubber, text: str) -> None:
    assert strict.scrub(text).output == text


def test_a_childs_name_that_is_also_a_character_is_still_a_name(strict: TextScrubber) -> None:
    assert gone(strict.scrub("Well done Matilda Evans for your reading award!").output, "Matilda")


@pytest.mark.parametrize("text, part", [
    ("so proud of lily-rose today, first badge!!", "lily-rose"),
    ("Training is on Saturday & Sunday at Roundhay Park.", "Saturday"),
    ("Well done to our U9s and U10s at the gala!", "U9s"),
    ("Meet at the Cromwell Road entrance.", "Cromwell Road"),
    ("Our Bramhall Scouts camped at Tatton Park.", "Bramhall Scouts"),
])
def test_rewrites_read_as_written_by_a_person(strict: TextScrubber, text: str, part: str) -> None:
    """No 'the a nearby street', 'our our school', 'soon & soon', 'one of our children-rose'."""
    output = strict.scrub(text).output
    assert gone(output, part) and artefacts(output) == [], output


def test_jsonl_lines_carry_flags_and_typed_spans(tmp_path: Path) -> None:
    from scrubkit.text.bulk import scrub_jsonl

    src, dst = tmp_path / "posts.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps({"id": 1, "text": "Noah has his chemo this week, please keep him in your thoughts."}) + "\n"
                   + "not json\n", encoding="utf-8")
    summary = scrub_jsonl(src, dst, "strict")
    rows = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert (summary.posts, summary.failed) == (2, 1)
    assert rows[0]["flags"] == ["health"] and "chemo" not in rows[0]["output"]
    assert {s["entity"] for s in rows[0]["spans"]} >= {"NAME", "HEALTH"} and "error" in rows[1]


def test_the_photo_text_check_uses_the_same_plate_pattern() -> None:
    from scrubkit.detect import text as visible_text
    from scrubkit.plates import UK_PLATE_ANY_CASE
    from scrubkit.text.recognizers import PlateRecognizer

    assert visible_text.UK_PLATE_ANY_CASE is UK_PLATE_ANY_CASE
    assert PlateRecognizer.PATTERNS[0][0] == UK_PLATE_ANY_CASE.pattern.replace(r"\s?", "[ ]?")


@pytest.mark.parametrize("text, expected", [
    ("Goals from Tom, Amy and Raj at the gala!", "three of our swimmers"),
    ("Solos from Makeda Francis (10) and Josiah Campbell-Brown (12) at the show.", "two of our performers"),
    ("Thanks to Coach Rui or Coach Ahmet and Mr Smith.", "our two coaches and a member of staff"),
])
def test_lists_of_people_are_counted_and_titles_are_no_names(strict: TextScrubber, text: str, expected: str) -> None:
    """'a child and a child'; titles in a list of adults ('Coach Rui or Coach Ahmet') taken for children."""
    output = strict.scrub(text).output
    assert expected in output and artefacts(output) == [], output


@pytest.mark.parametrize("text, part, wanted", [
    ("Sending love to Maisie on Ward 7 at Leeds General tonight.", "Ward 7", "a hospital ward"),
    ("Gutted for Murphy who broke his ankle today.", "Murphy", "got injured"),
    ("Player of the day – May Thompson for her tackling!", "May Thompson", "one of our"),
    ("party at wacky warehouse in whitley bay x", "wacky warehouse", "a local venue"),
    ("meet u at the big tesco in ellesmere port at 2", "port", "in the area"),
    ("Comhghairdeas le CLG Naomh Pádraig U12s on the win!", "Naomh Pádraig", "our club"),
])
def test_kinds_the_set_aside_posts_showed(strict: TextScrubber, text: str, part: str, wanted: str) -> None:
    """Missed on the set-aside posts when they were scored once (the figure reported stays 0.925)."""
    output = strict.scrub(text).output
    assert gone(output, part) and wanted in output, output


def test_a_name_after_a_glued_shirt_number_is_a_name(strict: TextScrubber) -> None:
    """'Our no.9 Amir': the number went, the name stayed (spaCy keeps "no.9" as one token)."""
    assert gone(strict.scrub("Our no.9 Amir was brilliant.").output, "Amir")


# -- over-redaction and kinds of replacement, after the figures of the last session (issue 9 follow-up) -------
def changed_words(text: str, result_spans: list) -> set[str]:
    """The words of `text` that some span claims to rewrite."""
    covered = {i for s in result_spans for i in range(s.start, s.end)}
    return {m.group().lower() for m in re.finditer(r"\w+", text) if any(i in covered for i in range(*m.span()))}


@pytest.mark.parametrize("text, kept, expected", [
    ("Big thanks to coach Dean for the extra session!", "coach", "our coach"),
    ("Thank you to Reverend Alun Hughes for the blessing.", "reverend", "the Reverend"),
    ("Nets are on Thursday night at the club.", "on", "on a weekday night"),
    ("Her gran lives in Pontefract now.", "in", "in the area"),
    ("Our panto is at the Lyceum Theatre this year.", "the", "the local theatre"),
])
def test_words_around_a_finding_that_stay_are_not_claimed_as_rewritten(strict: TextScrubber, text: str, kept: str,
                                                                       expected: str) -> None:
    """A title that names a role, a lead word, an article: kept in the rewrite and outside every span
    (they were rewritten with the name or date: 'coach Dean' -> 'our coach', 'on Thursday' -> 'soon')."""
    result = strict.scrub(text)
    assert expected in result.output and kept not in changed_words(text, result.spans), (result.output, result.spans)
    assert artefacts(result.output) == []


def test_a_list_of_titled_adults_is_counted_in_the_plural(strict: TextScrubber) -> None:
    """'PC Amira Khan and PCSO Lee' became 'Two polices officer'."""
    assert "Two police officers visited" in strict.scrub("PC Amira Khan and PCSO Lee visited the school.").output


@pytest.mark.parametrize("text, part, entity", [
    ("Great win v Ashby Juniors U12s today.", "U12s", "YEAR"),
    ("Tough game v Cill Mhic Néill today.", "Cill Mhic Néill", "CLUB"),
])
def test_a_team_and_its_age_band_are_each_their_own_kind(strict: TextScrubber, text: str, part: str, entity: str) -> None:
    """An age band was read as a word of the club's name; an Irish team after 'v' as a person."""
    result = strict.scrub(text)
    start = text.index(part)
    assert [s.entity for s in result.spans if s.start <= start < s.end] == [entity], result.spans


@pytest.mark.parametrize("text", [
    "Love from Mum, Dad and Pippa the dog 🐶",
    "In library time we read The Enormous Crocodile together.",
    "Karate Club is cancelled this week.",
])
def test_pets_books_and_activity_clubs_are_no_identifying_names(strict: TextScrubber, text: str) -> None:
    assert strict.scrub(text).output == text


@pytest.mark.parametrize("text, parts", [
    ("Grace and Arjun's mum has organised the collection.", ["Grace"]),
    ("A lovely assembly with Hope and Summer from Year 4.", ["Hope", "Summer"]),
])
def test_everyday_word_names_beside_another_name(strict: TextScrubber, text: str, parts: list[str]) -> None:
    """A given name at the start of a sentence before 'and <name>', and two everyday names paired in a
    person's slot, were kept."""
    output = strict.scrub(text).output
    assert all(gone(output, p) for p in parts), output


def test_an_irregular_verb_after_a_capitals_name_is_no_surname(strict: TextScrubber) -> None:
    """'KAROLINA NOWAK-SMITH SWAM 50M': 'SWAM' is English, not part of the name."""
    output = strict.scrub("WELL DONE!! MARTA KOWALCZYK SWAM 100M BACK IN RECORD TIME").output
    assert "SWAM 100M" in output and gone(output, "KOWALCZYK"), output


@pytest.mark.parametrize("text, part", [
    ("Rehearsals start next week: Riverside Players present Matilda! Tickets from the office.", "Matilda"),
    ("Love from Mummy, Papa & Nani ❤️", "Nani"),
    ("Well done to all our Sunday School children for a fantastic year!", "Sunday"),
    ("Year 5 dressed up as Henry VIII for the Tudor day.", "Henry"),
    ("Bill-Ray made friends with a snail called Gary 🐌", "Gary"),
    ("1st – Brunel house! 🏆 2nd – Seacole house.", "Seacole"),
])
def test_shows_elders_kinds_of_school_monarchs_pets_and_houses_are_no_one(strict: TextScrubber, text: str, part: str) -> None:
    """Read as children's names, dates or clubs: a show's title, a grandmother's name for herself, a
    Sunday school, a king, a pet, a school house."""
    start = text.index(part)
    assert not [s for s in strict.scrub(text).spans if s.start < start + len(part) and start < s.end]


@pytest.mark.parametrize("text, part", [
    ("Team social at Greggs, Market Street after the match!", "Greggs"),
    ("The bus will stop outside the Co-op on Mill Lane instead.", "Co-op"),
    ("Dzień Dziecka at Szkoła Polska im. Marii Konopnickiej in Luton!", "Marii Konopnickiej"),
])
def test_places_named_after_brands_or_patrons(strict: TextScrubber, text: str, part: str) -> None:
    """A chain where something happens is a place (brands were dropped as public names); a Polish school
    named after its patron ('im. ...') was cut before the patron."""
    assert gone(strict.scrub(text).output, part)


def test_a_capitalised_past_tense_verb_is_no_name(strict: TextScrubber) -> None:
    """Title Case posts: 'And Scored 2 Tries' took 'Scored' for a name (regular -ed forms were no English words)."""
    output = strict.scrub("Proud Of Our Lad Who Played For The Under 11s On Sunday And Scored 2 Tries").output
    assert "Scored 2 Tries" in output, output


def test_a_second_adult_rewritten_alike_is_another(strict: TextScrubber) -> None:
    """'Contact Coach Ahmet on … or Coach Rui on …' read 'Contact our coach or our coach' (an artefact)."""
    output = strict.scrub("Questions? Ask Coach Femi on 07700 900 331 or Coach Dara on 07700 900 332.").output
    assert "or another Coach" in output and artefacts(output) == [], output


@pytest.mark.parametrize("text, part, entity", [
    ("Well Done To My Nephew Osian Pugh Who Played For Cwmbran Tigers On Saturday", "Osian Pugh", "NAME"),
    ("Scorers today: Harri, Kai and Ashford 👏", "Ashford", "NAME"),
    ("Next match away at Ysgol Gyfun Cwm Rhymni, Dydd Mawrth 4pm.", "Dydd Mawrth", "DATE"),
    ("Good luck to Isla in the cup final at Tynecastle!! 💙", "Tynecastle", "VENUE"),
])
def test_each_finding_keeps_its_kind(strict: TextScrubber, text: str, part: str, entity: str) -> None:
    """Title Case 'Who Played For' joined a name to a club; a name in a list of names that is also a
    town became a town; a Welsh day after a comma became a town; a ground after 'at' a child."""
    result = strict.scrub(text)
    start = text.index(part)
    assert {s.entity for s in result.spans if s.start < start + len(part) and start < s.end} == {entity}, result.spans


@pytest.mark.parametrize("text, part, wanted", [
    ("class trip to windy bank farm on tues, bring a packed lunch", "windy bank farm", "a local farm"),
    ("Thanks to the crew from Dunfermline Road fire station for the visit!", "Dunfermline Road", "the local fire station"),
    ("Player of the season at Selby Saints Girls: our keeper!", "Selby Saints Girls", "our club"),
    ("Great day out at Whirlow Hall Farm with Reception.", "Whirlow Hall Farm", "a local farm"),
    ("What a season 🏉 #GreenHillRugby #LoveRugby", "#GreenHillRugby", "#LoveRugby"),
    ("Our Wen Jing and Lin-Lin got prizes for calligraphy.", "Lin-Lin", "Two of our"),
    ("Forest school today 🌳 Ocean found a frog, River built a dam.", "River", ""),
])
def test_more_names_and_places_in_every_register(strict: TextScrubber, text: str, part: str, wanted: str) -> None:
    """A lower-case venue after 'to'/'at' with no article, a name before a lower-case venue word, a club's
    'Girls' team, the last kind word naming a venue ('Hall Farm' is a farm), a hashtag of a club and its
    sport, a doubled name ('Lin-Lin') after 'our', an everyday name after an emoji or a comma before a
    past-tense verb."""
    output = strict.scrub(text).output
    assert gone(output, part) and wanted in output and artefacts(output) == [], output


def test_an_activity_after_a_label_dash_is_no_name(strict: TextScrubber) -> None:
    """Guards the label-dash rule above ('Year 3 – Will, for his poem'): a capitalised word follows here."""
    assert "Summer Camp" in strict.scrub("🏕️ 3rd Hexham Scouts – Summer Camp 2026 sign-up is open!").output


def test_a_possessive_before_counted_names_goes_with_them(strict: TextScrubber) -> None:
    """'My Gabija (6) and Kajus (8) only speak ...' read 'My two of our pupils only speak ...'."""
    output = strict.scrub("Any tips for the school run? My Oskar (6) and Lena (8) only speak German at home.").output
    assert "Two of our" in output and "My two" not in output and "my two" not in output, output


@pytest.mark.parametrize("text, expected", [
    ("Our Eco Warriors planted 50 trees on the field today.", "Our Eco Warriors planted 50 trees on the field today."),
    ("Can anyone help at the disco? Message Shona on 07700 900 123", "Can anyone help at the disco? Message us"),
    ("SO PROUD!! HE GOT HIS GREEN BELT TODAY", "SO PROUD!! HE GOT HIS GREEN BELT TODAY"),
    ("Please say hello to new starter Bilal who joins Year 3.", "Please say hello to new starter who joins primary."),
    ("Thank you to PC Davies from Neath police for the talk.", "Thank you to a police officer from the local police for the talk."),
])
def test_groups_contacts_capitals_roles_and_services_read_right(strict: TextScrubber, text: str, expected: str) -> None:
    """A class named by a plural noun was a child; the person to message became 'one of our children';
    'GOT HIS GREEN' in capitals was a street; 'new starter Bilal' lost its role; 'Neath police' became
    'a nearby town police'."""
    assert strict.scrub(text).output == expected


@pytest.mark.parametrize("text, part, wanted", [
    ("omg my lil lad oscar just got his first medal 😍", "oscar", "lad"),
    ("can any1 give a lift 4 jacob 2 training? x", "jacob", "lift 4"),
    ("shout out 2 coach steve at moston juniors for giving up his sundays ⚽", "moston", "his weekends"),
    ("we live on larch grove so can do pick ups", "larch grove", "a nearby street"),
    ("selling a year 7 blazer for birchwood park high, hardly worn", "birchwood", "our school"),
])
def test_lower_case_posts(strict: TextScrubber, text: str, part: str, wanted: str) -> None:
    """Lower-case parents' posts: a name after 'lil lad' or text-speak '4', a club, street or school
    named without capitals, a day after a possessive ('his sundays' became 'his soon')."""
    output = strict.scrub(text).output
    assert gone(output, part) and wanted in output and artefacts(output) == [], output


@pytest.mark.parametrize("text", ["we went to soft play park after school", "meet at the leisure centre x",
                                  "The class had a visit to talk about road safety 🚓"])
def test_lower_case_descriptions_stay(strict: TextScrubber, text: str) -> None:
    assert strict.scrub(text).output == text


@pytest.mark.parametrize("text, expected", [
    ("HUGE CONGRATS TO ZARA BIBI AND EOIN O'SHEA ON THEIR RESULTS!!", "HUGE CONGRATS TO two of our children ON THEIR RESULTS!!"),
    ("Well done Adebayo, Man of the Match again!", "Well done one of our children, Man of the Match again!"),
    ("Llongyfarchiadau i Cerys a Dafydd!", "Llongyfarchiadau i two of our children!"),
    ("Thanks to dinner lady Pat who makes sure Aisha gets her halal meals.",
     "Thanks to dinner lady who makes sure one of our children gets her halal meals."),
    ("Lovely to see the Nowak twins back at training.", "Lovely to see the siblings back at training."),
    ("First day at Little Acorns nursery today 🥹", "First day at the local nursery today 🥹"),
])
def test_lists_awards_roles_and_kinds_read_right(strict: TextScrubber, text: str, expected: str) -> None:
    """Capitals lists ('AND', 'O'SHEA'), an award read as a name in a list, a Welsh list ('a'), a
    dinner lady's name, 'makes sure Aisha' read as an adjective before a name ('sure child'), a family
    named by its surname before 'twins', a venue named before its kind word ('a local venue nursery')."""
    assert strict.scrub(text).output == expected


@pytest.mark.parametrize("text, part, wanted", [
    ("Please be extra kind to Mason this week, his parents have just separated.", "separated", "things are changing at home"),
    ("Sending love to Amira whose grandad passed away 💔", "passed away", "whose family is going through a hard time"),
    ("Callum is in foster care now, so please use the school email.", "foster care", "is settling into a new home now"),
    ("The Sandhu family are fundraising for Zain's wheelchair-accessible van.", "wheelchair", "adapted van"),
    ("Well done Jordan from Collyhurst & Moston boxing club!", "Moston", "from our club"),
    ("Massive thanks to Dunmurry Rec for hosting our U8s today ⚽", "Dunmurry", "a local venue"),
])
def test_family_health_and_clubs_in_other_words(strict: TextScrubber, text: str, part: str, wanted: str) -> None:
    """Parents separating was kept; 'whose grandad passed away' read 'whose things changed at home';
    'in foster care' left 'is in now'; 'wheelchair-accessible' became 'a mobility aid-accessible'; a
    club named before 'boxing club' and a 'Rec' were read as people."""
    output = strict.scrub(text).output
    assert gone(output, part) and wanted in output and artefacts(output) == [], output


def test_guide_sections_are_no_club_name(strict: TextScrubber) -> None:
    """Guards names joined by "&" ("Collyhurst & Moston boxing club"): sections alone name no club."""
    assert strict.scrub("Rangers & Guides meet in the hut this week.").output == "Rangers & Guides meet in the hut this week."


@pytest.mark.parametrize("text, expected", [
    ("Thank you to Mr and Mrs Adeyemi for the raffle prizes!", "Thank you to one of our families for the raffle prizes!"),
    ("Follow @StMarysPTA for updates", "Follow us for updates"),
    ("Our chair of governors Bob Ellis presented the cups.", "Our chair of governors presented the cups."),
    ("Go Team Phoenix!! 💃", "Go Team Phoenix!! 💃"),
])
def test_couples_own_accounts_governors_and_team_names(strict: TextScrubber, text: str, expected: str) -> None:
    """'Mr and a member of staff', 'Follow another club', a governor became a child, a team a child."""
    assert strict.scrub(text).output == expected


@pytest.mark.parametrize("text", [
    "We watched England v Wales at lunch – what a game!",
    "Thanks to the Rotary Club and Lions Club for their support.",
])
def test_national_sides_and_service_clubs_are_left_alone(strict: TextScrubber, text: str) -> None:
    """'England v Wales' became 'England v another team'; 'the Rotary Club and Lions Club' 'the club'."""
    assert strict.scrub(text).output == text


@pytest.mark.parametrize("text, expected", [
    ("Sunday league results: Moss Side Rovers 3 Hulme Hornets 1", "Sunday league results: our club 3 another club 1"),
    ("Any ideas for Ollie's 10th? He's mad on Minecraft and Arsenal.", "Any ideas for a child's 10th? He's mad on Minecraft and Arsenal."),
    ("Congratulations to Amira on her 1st Dan!", "Congratulations to one of our children on her 1st Dan!"),
    ("Prize winners: 1st Lily M, 2nd Harry P", "Prize winners: 1st one of our children, 2nd one of our children"),
    ("Semi is in Chelmsford – details to follow. @MarloweHighPE", "Semi is in the area – details to follow."),
])
def test_results_games_grades_and_handles(strict: TextScrubber, text: str, expected: str) -> None:
    """'Soon league: our club 3 our club 1'; a game and a football club read as two children; a karate
    grade as a Scout group; '1st child' in a results list; a handle after 'to follow.' became 'Us'."""
    assert strict.scrub(text).output == expected


@pytest.mark.parametrize("text, part", [
    ("party sat at jungle mania, unit 4 lowfield rd, sk4 9zz. pls lmk", "lowfield rd"),
    ("party sat at jungle mania, unit 4 lowfield rd, sk4 9zz. pls lmk", "sk4 9zz"),
    ("can u grab her, we're at 22 elm grove if u can x", "elm grove"),
    ("Free club at the hall, Oldham ol1 9zz today", "ol1 9zz"),
])
def test_lower_case_addresses_and_postcodes(strict: TextScrubber, text: str, part: str) -> None:
    assert gone(strict.scrub(text).output, part)


@pytest.mark.parametrize("text", ["we lost 2 nil at the end of the road", "only 3 more days at the close"])
def test_lower_case_numbers_are_no_address(strict: TextScrubber, text: str) -> None:
    assert strict.scrub(text).output == text


@pytest.mark.parametrize("text, part", [
    ("🎉 Harry Adeyemi-Clarke is 8 today and raised £200 for the food bank.", "Harry"),  # hyphenated surname opening
    ("Duet winners: Oliver Grant (violin, 11) and Mei Lin Baker (piano, 9).", "Mei Lin Baker"),  # three-part name
    ("Fr. Paweł will bless the new minibus on Sunday.", "Paweł"),  # a given name with a diacritic
    ("Team for Sunday: GK Tilly, GA Precious T., WD Mia.", "Precious T."),  # an initialled name in a list
    ("Proud of Temitope 'Tope' Bakare who won his first fight at the club show.", "Temitope"),  # nickname
    ("A warm welcome to Ruby, and to Grace who joins Year 2 this week.", "Grace"),  # word-name before "who"
])
def test_names_in_more_shapes(strict: TextScrubber, text: str, part: str) -> None:
    assert gone(strict.scrub(text).output, part)


@pytest.mark.parametrize("text", ["We went with Plan B. Everyone had fun.",
                                  "Our Rising Stars (U9) train on the field after school."])
def test_initials_and_brackets_alone_name_no_one(strict: TextScrubber, text: str) -> None:
    assert "Plan B" in strict.scrub(text).output or "Rising Stars" in strict.scrub(text).output


@pytest.mark.parametrize("text, part", [
    ("We are walking for Oliver Shah who had brain cancer last year.", "brain"),
    ("Ollie's autism meds are helping loads this term, thanks Mrs Hart!", "meds"),
    ("So proud of Lena, she uses her reading pen in every lesson now.", "reading pen"),
    ("Three years since we adopted him and Jacob is thriving in Year 4.", "adopted him"),
    ("Congrats to Kai, the first in his family to pass the grading.", "first in his family"),
    ("Zara Khan is the second girl ever to play for the county!", "second girl ever"),
])
def test_more_sensitive_details(strict: TextScrubber, text: str, part: str) -> None:
    assert gone(strict.scrub(text).output, part)


@pytest.mark.parametrize("text, part", [
    ("Result: Kingsmead Colts 4–2 Ferndale Villa, a great game.", "Villa"),
    ("Cadets from TS Resolute marched with pride.", "TS Resolute"),
    ("Well done to Bolton Youth Ummah for organising.", "Ummah"),
    ("Thinking of Maisie Cole who is in the LGI after her operation.", "LGI"),
    ("Presentation night: Heaton Park Clubhouse, Friday 7pm.", "Clubhouse"),
])
def test_clubs_and_venues_in_other_shapes(strict: TextScrubber, text: str, part: str) -> None:
    assert gone(strict.scrub(text).output, part)


def test_a_scan_is_no_hospital(strict: TextScrubber) -> None:
    assert "MRI" in strict.scrub("The new MRI scanner opened at the hospital this week.").output


@pytest.mark.parametrize("text, part, kind", [
    ("Llongyfarchiadau i Cerys Wyn o Flwyddyn 4 am ennill y ras!", "Flwyddyn 4", "YEAR"),
    ("Comhghairdeas le Aoife Ní Bhriain ó Rang 3 a bhuaigh inné!", "Rang 3", "YEAR"),
    ("Cluiche ar Dé Sathairn i nDoire, ar fheabhas!", "Dé Sathairn", "DATE"),
    ("Spaces for two children, based near Endcliffe Park, S11. Message me.", "S11", "POSTCODE"),
    ("One funded space, based near Tinsley Green, S9. Message me.", "S9", "POSTCODE"),
])
def test_welsh_irish_words_and_districts_are_read_as_what_they_are(strict: TextScrubber, text: str, part: str,
                                                                     kind: str) -> None:
    result = strict.scrub(text)
    assert [s.entity for s in result.spans if text[s.start:s.end].strip(" ,") == part] == [kind]


@pytest.mark.parametrize("text, name", [
    ("Medals for Lily-Rose Hill (gold) and Aisha Rahman (silver).", "Lily-Rose Hill"),
    ("Well done to Ella Green who won the long jump.", "Ella Green"),
])
def test_a_name_ending_in_a_street_word_is_a_person(strict: TextScrubber, text: str, name: str) -> None:
    result = strict.scrub(text)
    assert [s.entity for s in result.spans if text[s.start:s.end] == name] == ["NAME"]


def test_a_stop_word_name_is_followed_through_the_post(strict: TextScrubber) -> None:
    text = "Will's mum here! Will left his red coat at football. Will the coaches please check the bag?"
    output = strict.scrub(text).output
    assert output.count("Will") == 1 and "Will the coaches" in output


def test_a_word_name_greeting_stays_a_greeting(strict: TextScrubber) -> None:
    text = "Hope you all had a lovely half term! Welcome back to Hope and Ruby in Year 2."
    assert strict.scrub(text).output.startswith("Hope you all had")


@pytest.mark.parametrize("text, part", [
    ("HAF club at Trinity Hall, 27 Rowan Terrace, Tiverton EX16 9zz from Monday.", "EX16 9zz"),
    ("Drop the forms at Unit 2, Derby DE559ZZ by Friday.", "DE559ZZ"),
    ("Childminder in Thetford (IP24) with two spaces.", "IP24"),
    ("Families in Tiverton EX16 can book now.", "EX16"),
    ("Only open to postcode IP24 this term.", "IP24"),
])
def test_postcodes_in_any_case_and_outward_codes_in_context(strict: TextScrubber, text: str, part: str) -> None:
    """Mixed-case and unspaced postcodes, and an outward code after a town, in brackets or after 'postcode'."""
    assert gone(strict.scrub(text).output, part)


@pytest.mark.parametrize("text, part", [
    ("The U12s (U12) won 3-1.", "U12"), ("Printed on A4 paper.", "A4"), ("Team B2 came 3rd.", "B2"),
])
def test_codes_that_are_no_postcodes_stay(strict: TextScrubber, text: str, part: str) -> None:
    assert not any(s.entity == "POSTCODE" for s in strict.scrub(text).spans)


@pytest.mark.parametrize("text, names", [
    ("Muhammad and Otis won the relay.", ["Muhammad", "Otis"]),
    ("Amir Yusuf and Otis Brand won the relay.", ["Amir", "Otis"]),
    ("Chance and Mercy Hallworth-Ahmed are running for charity.", ["Chance", "Mercy"]),
    ("Thanks to Bear and Wren for the crafts.", ["Bear", "Wren"]),
    ("Star of the week is Marigold B. for her counting.", ["Marigold"]),
])
def test_popular_names_and_word_names_the_lists_lacked(strict: TextScrubber, text: str, names: list[str]) -> None:
    """ONS top-100 names (Muhammad, Amir, Otis) and word-names (Chance, Wren, Marigold) were in no list."""
    output = strict.scrub(text).output
    assert all(gone(output, n) for n in names), output


def test_a_famous_word_name_stays(strict: TextScrubber) -> None:
    assert "Bear Grylls" in strict.scrub("Bear Grylls eat your heart out – our Explorers built shelters.").output


@pytest.mark.parametrize("text, names", [
    ("Well done to Storm, Clover and Wren from the Dormice class!", ["Storm", "Clover", "Wren"]),
    ("Shout out to Wren for her bug hotel.", ["Wren"]),
    ("Chance scored twice and Hope got player of the match.", ["Chance", "Hope"]),
    ("Big shout out to JJ, Ozzy and Bex for their medals.", ["JJ", "Ozzy", "Bex"]),
    ("Thanks to parent helper Grant Yeo for the oranges.", ["Grant Yeo"]),
])
def test_word_names_in_a_persons_slot(strict: TextScrubber, text: str, names: list[str]) -> None:
    """Word-names after words of address, before what a child did, initials in a list, a group word as a forename."""
    output = strict.scrub(text).output
    assert all(gone(output, n) for n in names), output


@pytest.mark.parametrize("text, part", [
    ("Well done to Summer Camp helpers!", "Summer Camp"),
    ("The Lottery Grant Fund paid for the kit.", "Grant Fund"),
    ("Congratulations to Star of the Week winners.", "Star of the Week"),
])
def test_word_names_that_are_words_stay(strict: TextScrubber, text: str, part: str) -> None:
    assert part in strict.scrub(text).output


@pytest.mark.parametrize("text, part", [
    ("Ruby led the team out and did it with a sprained ankle!", "sprained ankle"),
    ("Aisha is back after the ACL op.", "ACL"),
    ("Evie has her grommets op in the morning.", "grommets"),
    ("my lad lachlan has his dla review tomorrow", "dla"),
    ("Well done Tomos – after two years of hospital stays with his heart condition!", "hospital stays"),
    ("Baby Ada arrived early and is doing well in special care.", "special care"),
    ("Sam has had a tough year with her eczema.", "eczema"),
])
def test_health_details_in_new_wordings(strict: TextScrubber, text: str, part: str) -> None:
    """An injury to a body part, an operation or review named by what it is for, a hospital stay, common conditions."""
    assert gone(strict.scrub(text).output, part)


@pytest.mark.parametrize("text, part", [
    ("Little Zion lost his grandad and his mum is in hospital.", "in hospital"),
    ("Tamara's a young carer for her little brother, so this means loads.", "little brother"),
    ("Welcome to baby Ezra and his twin sister Nell!", "twin"),
    ("Welcome to Jayden to our family after 18 months of fostering!", "fostering"),
    ("Be gentle with Barnaby. His parents have separated and he's now living between two homes.", "two homes"),
])
def test_family_details_in_new_wordings(strict: TextScrubber, text: str, part: str) -> None:
    assert gone(strict.scrub(text).output, part)


@pytest.mark.parametrize("text, part", [
    ("Oliwer has settled in since joining us from Poznań – he's still learning English.", "Poznań"),
    ("Oliwer has settled in since joining us from Poznań – he's still learning English.", "learning English"),
    ("Keeper Bartek has only played since his family moved from Gdańsk.", "Gdańsk"),
])
def test_background_details_in_new_wordings(strict: TextScrubber, text: str, part: str) -> None:
    assert gone(strict.scrub(text).output, part)


@pytest.mark.parametrize("text, part", [
    ("Well done to our young carers group, and to Ruby for leading it!", "young carers group"),
    ("Thanks to Ruby for the smooth operation of the tuck shop.", "operation"),
])
def test_sensitive_wordings_that_are_not_details_stay(strict: TextScrubber, text: str, part: str) -> None:
    assert part in strict.scrub(text).output


@pytest.mark.parametrize("text, part", [
    ("training at hillside rec for the lads, kit in the car", "hillside rec"),
    ("she got her belt at tiger tots karate in llandeilo", "tiger tots"),
    ("jojo's party at fun factory was class", "fun factory"),
    ("my girl runs for wednesbury harriers now", "wednesbury"),
])
def test_lower_case_venues_and_clubs(strict: TextScrubber, text: str, part: str) -> None:
    assert gone(strict.scrub(text).output, part)


@pytest.mark.parametrize("text, part, kind", [
    ("Well done to Ailsa-Mae! Next game's the morra at 4, be there.", "the morra", "DATE"),
    ("Well done to Ailsa-Mae! Next game's the morra at 4, be there.", "4", "TIME"),
    ("Well done Ciorstaidh at the hockey on Setterday.", "Setterday", "DATE"),
    ("Primary 1 enrolment at Inverbrae Primary opens for Isla and Sam.", "Primary 1", "YEAR"),
    ("Congratulations to Sinéad and all of 2nd class on their First Communion.", "2nd class", "YEAR"),
    ("Our P6/7 team won the plate, with tries from Ruaridh.", "P6/7", "YEAR"),
])
def test_scots_and_irish_dates_and_year_groups(strict: TextScrubber, text: str, part: str, kind: str) -> None:
    result = strict.scrub(text)
    found = [s.entity for s in result.spans if re.fullmatch(rf"[ ,]*(?:on |at )?{re.escape(part)}", text[s.start:s.end])]
    assert found == [kind], result.spans


@pytest.mark.parametrize("text, part", [
    ("Football is cancelled tonight because of the frost.", "tonight"),
    ("Send it first class by the end of the week.", "first class"),
])
def test_everyday_times_and_words_without_a_child_stay(strict: TextScrubber, text: str, part: str) -> None:
    assert part in strict.scrub(text).output


@pytest.mark.parametrize("text, part", [
    ("Bridlington Barracudas gala results: 1st Riley Pashley.", "Barracudas"),
    ("Drop the hoodie in to Lutterworth Trailblazers on Friday.", "Trailblazers"),
    ("U10 Ravens 3–3 Ferrybridge Athletic, goals from Lenny.", "Ravens"),
])
def test_teams_named_by_a_town_or_age_band_and_a_plural(strict: TextScrubber, text: str, part: str) -> None:
    assert gone(strict.scrub(text).output, part)


@pytest.mark.parametrize("text, part", [
    ("Ruby swam for Leicester Schools at the county gala.", "Schools"),
    ("Ruby's family moved to Tenbury Wells.", "Wells"),
])
def test_a_town_and_a_plural_that_is_no_team_is_no_club(strict: TextScrubber, text: str, part: str) -> None:
    assert not any(s.entity == "CLUB" and part in text[s.start:s.end] for s in strict.scrub(text).spans)


@pytest.mark.parametrize("text, part", [
    ("Special mention to Dusty 'Tank' McAllister, back after injury.", "Dusty"),
    ("And to Bullet 'B' Okafor for the winning goal.", "Okafor"),
])
def test_a_name_with_a_quoted_nickname_goes_whole(strict: TextScrubber, text: str, part: str) -> None:
    output = strict.scrub(text).output
    assert gone(output, part) and "'" not in output.replace("'s", ""), output


@pytest.mark.parametrize("text, part", [
    ("Drop it in to Lutterworth Trailblazers, Unit 6, Mill Yard, on Friday.", "Mill Yard"),
    ("we're at 12 mill yard if u want to grab it", "mill yard"),
])
def test_a_street_word_from_the_one_list_in_every_street_pattern(strict: TextScrubber, text: str, part: str) -> None:
    """'Yard' was in none of the three street lists; a unit before a street had no number pattern."""
    assert gone(strict.scrub(text).output, part)


@pytest.mark.parametrize("text, name", [
    ("Llongyfarchiadau i Lleucu a Thudur o Flwyddyn 4!", "Thudur"),
    ("Da iawn Elen a Chai am ennill!", "Chai"),
])
def test_a_welsh_name_mutated_after_a_is_still_a_name(strict: TextScrubber, text: str, name: str) -> None:
    assert gone(strict.scrub(text).output, name)


@pytest.mark.parametrize("text", [
    "Our book corner is full of Michael Morpurgo favourites – War Horse is still top of the list!",
    "We're proud to share Childline's number on every noticeboard.",
    "Mr Men day was a hit – we spotted Mr Tickle, Little Miss Sunshine and Mr Greedy!",
    "Our Eco Warriors collect crisp packets for ClassDojo points and TerraCycle.",
])
def test_authors_helplines_characters_and_brands_stay(strict: TextScrubber, text: str) -> None:
    """Negative controls: public names, and a capital inside a word (a brand's shape, not a person's)."""
    assert strict.scrub(text).output == text


def test_a_gaelic_surname_with_an_inner_capital_is_still_a_name(strict: TextScrubber) -> None:
    assert gone(strict.scrub("Golds for Mòrag NicLeòid and Ailig at the gala.").output, "NicLeòid")


@pytest.mark.parametrize("text, name", [
    ("omg my baby boy dexter got picked for the district team!!!", "dexter"),
    ("so proud of my girl zuzanka today she got her badge", "zuzanka"),
])
def test_a_lower_case_name_after_a_parents_word_for_their_child(strict: TextScrubber, text: str, name: str) -> None:
    assert gone(strict.scrub(text).output, name)


@pytest.mark.parametrize("text, part, kind", [
    ("Holiday club for ages 5–11 with Coach Femi.", "ages 5–11", "AGE"),
    ("Medals for Ruby (gold, 7-8 yrs) and Isla.", "7-8 yrs", "AGE"),
    ("Gala results: 8 & under 25m back: 1st Riley Pashley", "8 & under", "YEAR"),
    ("Youth Zone with Dee is open to 11–18s every week.", "11–18s", "YEAR"),
])
def test_age_ranges_and_age_sections(strict: TextScrubber, text: str, part: str, kind: str) -> None:
    result = strict.scrub(text)
    assert [s.entity for s in result.spans if text[s.start:s.end].strip(" ,") == part] == [kind], result.spans
    assert "8 & under" not in result.output and "secondary" not in result.output, result.output


def test_a_room_named_after_someone_is_a_venue_a_room_named_by_a_word_is_not(strict: TextScrubber) -> None:
    assert gone(strict.scrub("From Tuesday we'll be in the Octavia Room, for babies and toddlers.").output, "Octavia")
    assert "Caterpillar Room" in strict.scrub("Messy play in the Caterpillar Room today with Bea.").output


# -- set-aside 4's kinds of miss, in invented sentences ---------------------------------------------------------


@pytest.mark.parametrize("text, names", [
    ("Gold stars this week are for Ivy, Sunny, Hunter and Prince from Wren class – Prince chose the music.",
     ["Ivy", "Sunny", "Hunter", "Prince"]),
    ("Player of the match Hope Baker, who kept going.", ["Hope", "Baker"]),
    ("Any questions, ask for Rutendo or Mr Kunle Adeyemi.", ["Rutendo", "Adeyemi"]),
    ("Thanks to his key worker Oyelaran for the lovely card.", ["Oyelaran"]),
    ("Brilliant defending today and well played Okonkwo at the back.", ["Okonkwo"]),
    ("Shout out to 'Big Sam' Oyedepo for collecting the bibs.", ["Big Sam", "Oyedepo"]),
    ("Starring Lucan Okafor as the Wolf.", ["Lucan", "Okafor"]),
])
def test_people_in_a_persons_slot(strict: TextScrubber, text: str, names: list[str]) -> None:
    """Word-names listed with other names, a winner after "of the week", a name listed with a titled one,
    after a worker, after "well played", a quoted nickname before a surname, a town's name as a forename."""
    output = strict.scrub(text).output
    assert all(gone(output, name) for name in names), output
    assert "worker" in output or "worker" not in text, output


def test_surname_particles_stay_with_the_surname(strict: TextScrubber) -> None:
    output = strict.scrub("Medals for Hendrik van der Berg, Samira al-Haddad and Lina el-Masri this weekend.").output
    assert all(gone(output, part) for part in ("van", "der", "al", "el", "Berg", "Haddad", "Masri")), output


@pytest.mark.parametrize("text", [
    "Our class topics this year are Spring, Summer and Winter.",
    "Shrek and Donkey made a visit to our stay-and-play.",
])
def test_word_lists_and_characters_stay(strict: TextScrubber, text: str) -> None:
    """Negative controls: seasons in a list, a character's companion."""
    assert strict.scrub(text).output == text


@pytest.mark.parametrize("text, part, kind, reads", [
    ("Please be gentle with Maisie this week, her mum was locked up on Friday.", "locked up", "FAMILY", "hard time"),
    ("Milo has been quieter since his mum moved out, bless him.", "moved out", "FAMILY", "changed at home"),
    ("After two years with us, our lovely Esme moves to her forever family next week.", "forever", "FAMILY", "moves on"),
    ("Tobias lost his grandad very suddenly in the summer.", "suddenly", "FAMILY", "has had a hard time"),
    ("Ffion looks after her dad, who is disabled, and still made every session.", "disabled", "FAMILY", "helps at home"),
    ("Welcome to Yusuf and Amina, who speak very little English, so buddies please!", "English", "BACKGROUND",
     "are settling in"),
    ("Dawit joined us after his family was granted asylum last year.", "asylum", "BACKGROUND", "his family settled here"),
    ("Kezia has been on free school meals since the spring.", "free school meals", "FAMILY", "been getting support"),
    ("Zofia's insulin pens are in the office.", "pens", "HEALTH", "medicines are"),
])
def test_sensitive_details_in_new_wordings(strict: TextScrubber, text: str, part: str, kind: str, reads: str) -> None:
    """A parent in prison or gone, adoption and bereavement in a family's words, how little English a child
    speaks, asylum granted: the whole detail goes, and the sentence still reads."""
    result = strict.scrub(text)
    assert gone(result.output, part) and reads in result.output, result.output
    assert kind in {s.entity for s in result.spans}
    assert not artefacts(result.output), result.output


@pytest.mark.parametrize("text", [
    "Her mum left work early today to watch the final.",
    "We lost our dads' match 3-2 but it was a great evening.",
])
def test_everyday_leaving_and_losing_stay(strict: TextScrubber, text: str) -> None:
    assert strict.scrub(text).output == text


@pytest.mark.parametrize("text, part, kind", [
    ("Saturday's result: lydney lions u13 girls 2-0 Coleford Comets.", "lydney lions", "CLUB"),
    ("Denaby Drifters U12 girls won 4-1 at the weekend.", "Denaby Drifters", "CLUB"),
    ("Isla starts at 2nd ashby brownies next week.", "2nd ashby brownies", "CLUB"),
    ("Amir was picked for the Oakwood gymnastics squad.", "Oakwood gymnastics squad", "CLUB"),
    ("CLG Naomh Bríd 2-11 Cill Mhuire 1-07, a great game.", "Cill Mhuire", "CLUB"),
    ("Chanukah lights at Hale & District Hebrew Congregation with Rabbi Levy.", "Hale & District Hebrew Congregation", "VENUE"),
    ("Fancy dress party in the Fenwick room for Esme.", "Fenwick room", "VENUE"),
    ("Kick-off for Tia's team is 10.30 at brockweir meadow rec.", "brockweir meadow rec", "VENUE"),
    ("kian starts at st bartholomew's hall on thurs x", "st bartholomew's hall", "VENUE"),
    ("Pawb yn barod i chwarae ym Mhenparcau gyda Cai!", "Mhenparcau", "PLACE"),
    ("Open evening at 4 Mill Quay for Tia's dad.", "4 Mill Quay", "ADDRESS"),
    ("Yonas has settled in brilliantly since arriving from Eritrea.", "since arriving from Eritrea", "BACKGROUND"),
])
def test_groups_venues_and_places_by_their_slot(strict: TextScrubber, text: str, part: str, kind: str) -> None:
    """A team before an age band or between two scores, a numbered Brownie pack and a squad in lower case,
    a congregation, a room named by a name, a lower-case venue after "at", a Welsh place after a mutation,
    a quay, and where a child arrived from with the "since" that goes with it."""
    result = strict.scrub(text)
    assert [s.entity for s in result.spans if text[s.start:s.end].strip() == part] == [kind], result.spans
    assert not artefacts(result.output), result.output


@pytest.mark.parametrize("text", [
    "Well done to our girls U12 on a great season.",
    "Well done to the Junior A netball team on their win.",
    "The kids went to the park and we got to the rec at 4.",
    "Messy play in the Music room today.",
])
def test_groups_and_rooms_that_name_nothing_stay(strict: TextScrubber, text: str) -> None:
    output = strict.scrub(text).output
    assert all(part in output for part in ("girls", "Junior A netball team", "the rec", "Music room") if part in text), output


@pytest.mark.parametrize("text", [
    "Thank you to The Children's Society for a brilliant workshop for parents.",
    "GUIDES: Summer camp forms are due back by the end of term.",
])
def test_a_generic_charity_and_a_season_after_a_label_stay(strict: TextScrubber, text: str) -> None:
    """An organisation named only by generic words is no venue; a season before a noun after a line's
    label ("SCOUTS: Winter camp") is no child."""
    assert strict.scrub(text).output == text
