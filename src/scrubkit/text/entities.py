"""The entity names scrubkit's text recognizers report (the captions data's labels, with its
OTHER_ID split into the kinds below, each rewritten its own way)."""

from __future__ import annotations

#: details about a child that guidance says must not be shared (kept only when a child is in the post)
SENSITIVE = ("HEALTH", "FAMILY", "BACKGROUND", "DISTINCTION")
#: numbers that identify a child or family: a shirt or bib number, a car, a bank card, a national ID
NUMBERS = ("SHIRT_NUMBER", "PLATE", "ACCOUNT", "ID_NUMBER")
#: always rewritten: they identify or locate a child
IDENTIFYING = ("NAME", "SCHOOL", "CLUB", "VENUE", "PLACE", "ADDRESS", "POSTCODE", "PHONE", "EMAIL",
               "HANDLE", "URL", "HASHTAG", *NUMBERS, *SENSITIVE)
#: kept or generalised as the policy says (keep_ages, keep_year_groups, keep_past_dates)
CONTEXTUAL = ("AGE", "YEAR", "DATE", "TIME")
ALL = IDENTIFYING + CONTEXTUAL

#: what TextResult.flags says when a post contained one of these (why a reviewer should look twice)
FLAGS = {"HEALTH": "health", "FAMILY": "family", "BACKGROUND": "background", "DISTINCTION": "distinction",
         "SHIRT_NUMBER": "shirt_number", "PLATE": "vehicle_plate", "ACCOUNT": "account_number",
         "ID_NUMBER": "id_number"}

#: when two findings overlap and are equally long, the earlier entity here wins
PRIORITY = ("EMAIL", "URL", "HANDLE", "HASHTAG", "POSTCODE", "PHONE", "ADDRESS", *NUMBERS, *SENSITIVE, "SCHOOL",
            "CLUB", "VENUE", "PLACE", "NAME", "YEAR", "AGE", "DATE", "TIME")
