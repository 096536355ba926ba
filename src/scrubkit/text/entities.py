"""The entity names scrubkit's text recognizers report (the same words as the captions data labels)."""

from __future__ import annotations

#: always rewritten: they identify or locate a child
IDENTIFYING = ("NAME", "SCHOOL", "CLUB", "VENUE", "PLACE", "ADDRESS", "POSTCODE", "PHONE", "EMAIL",
               "HANDLE", "URL", "HASHTAG", "OTHER_ID")
#: kept or generalised as the policy says (keep_ages, keep_year_groups, keep_past_dates)
CONTEXTUAL = ("AGE", "YEAR", "DATE", "TIME")
ALL = IDENTIFYING + CONTEXTUAL

#: when two findings overlap and are equally long, the earlier entity here wins
PRIORITY = ("EMAIL", "URL", "HANDLE", "HASHTAG", "POSTCODE", "PHONE", "ADDRESS", "OTHER_ID", "SCHOOL",
            "CLUB", "VENUE", "PLACE", "NAME", "YEAR", "AGE", "DATE", "TIME")
