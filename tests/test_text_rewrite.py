"""Rewriting reads naturally: exact outputs for a handful of posts, and the spans describe every change."""

from __future__ import annotations

import pytest

from scrubkit.errors import TextInputError
from scrubkit.text import TextScrubber, scrub_text
from scrubkit.text.rewrite import apply


@pytest.mark.parametrize(("text", "expected"), [
    ("Well done Amy Clarke (Year 4, St Mary's Primary, Leeds) at Saturday's gala at Roundhay Leisure Centre! @amyc_2015",
     "Well done a swimmer (primary, our school) at a recent gala at a local leisure centre!"),
    ("Thank you to Grace's mum Hayley for the amazing cupcakes!",
     "Thank you to a child's mum for the amazing cupcakes!"),
    ("Thank you to Mrs Okoro for the seeds.",
     "Thank you to a member of staff for the seeds."),
    ("Well done to Jack, Alfie, Ruby and Grace from our U10s!",
     "Well done to four of our players from our juniors!"),
    ("Meet at 14 Orchard Way, BS7 8LP at 9am.",
     "Meet at an address we can share privately."),
    ("So proud of our Yasmin at the gymnastics!",
     "So proud of our gymnast at the gymnastics!"),
    ("His mum Kerry is staying with him in Newcastle.",
     "His mum is staying with him in the area."),
    ("Huge well done to Leo Barnes, 8, who ran the whole course!",
     "Huge well done to one of our children who ran the whole course!"),
    ("Rehearsals every Tuesday in the church hall.",
     "Rehearsals every week in the church hall."),
    ("Congratulations to 5R for the best attendance!",
     "Congratulations to a class for the best attendance!"),
    ("Lost property: a coat labelled Maya R. 6C",
     "Lost property: a coat labelled one of our children"),
    ("Contact our welfare officer Sharon Doyle for help.",
     "Contact our welfare officer for help."),
    ("Great to see nanny Pat cheering on the team!",  # every role names.py reads stays in the rewrite
     "Great to see nanny cheering on the team!"),
])
def test_exact_rewrites(text: str, expected: str) -> None:
    assert scrub_text(text).output == expected


def test_contact_details_go_with_the_words_that_introduced_them() -> None:
    output = scrub_text("Questions? Message Tom or Becca on 07700 900731 or email youth@stlukes.org.uk").output
    assert output == "Questions? Message two of our children"


@pytest.mark.parametrize("text", [
    "Reminder: please label all uniform and PE kit! 🙏",
    "Training is cancelled due to the weather.\r\nStay safe ⛈️  ",
    "We hope you all have a restful half term!\n\nSee you soon.",
])
def test_nothing_identifying_comes_out_byte_identical(text: str) -> None:
    result = scrub_text(text)
    assert result.output == text and result.spans == [] and not result.changed


def test_spans_describe_every_change_with_offsets_into_the_input() -> None:
    text = "Congratulations to Zofia Nowak (klasa 3) at Woodmill Community Hall, Southampton! Call 023 8049 6000."
    result = TextScrubber().scrub(text)
    assert apply(text, result.spans) == result.output
    assert all(a.end <= b.start for a, b in zip(result.spans, result.spans[1:], strict=False))
    assert {"NAME", "YEAR", "VENUE", "PLACE", "PHONE"} <= {s.entity for s in result.spans}
    assert result.names == ["Zofia Nowak"]


@pytest.mark.parametrize(("text", "message"), [
    ("", "empty"),
    ("   \n ", "empty"),
    ("a" * 1_000_000, "too long"),
])
def test_bad_input_is_refused_with_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(TextInputError, match=message):
        scrub_text(text)


def test_a_long_text_up_to_the_limit_is_scrubbed_throughout() -> None:
    """Long newsletters are accepted up to MAX_CHARS; every repeated name goes, not just the first."""
    text = "Well done Amy Clarke at Roundhay Leisure Centre on Saturday 3rd May at 4pm. " * 250
    result = scrub_text(text)
    assert "Amy" not in result.output and "Roundhay" not in result.output and "4pm" not in result.output
    assert len(result.names) == 250
