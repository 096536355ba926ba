"""Post text: find what identifies or locates a child in a caption and rewrite it into natural text.

    >>> from scrubkit.text import scrub_text
    >>> scrub_text("Well done Amy Clarke at Roundhay Leisure Centre!").output
    'Well done one of our children at a local leisure centre!'

TextScrubber loads spaCy and presidio once (about 2 s) and is then cheap per post; scrub_text keeps
one per policy. Nothing is downloaded: see analyze.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from scrubkit.errors import TextInputError
from scrubkit.policy import Policy
from scrubkit.text.analyze import Analyzer
from scrubkit.text.entities import FLAGS
from scrubkit.text.rewrite import adult_names, apply, rewrite
from scrubkit.types import Span

__all__ = ["MAX_CHARS", "TextResult", "TextScrubber", "scrub_text"]

#: longest text accepted: far beyond any post, short enough to answer in well under a second
MAX_CHARS = 100_000


@dataclass(frozen=True)
class TextResult:
    """The input, its rewritten form, and every span that was rewritten (offsets into `text`)."""

    text: str
    output: str
    spans: list[Span] = field(default_factory=list)
    #: the people named in the input, as written ("Amy Clarke"), in order of appearance
    names: list[str] = field(default_factory=list)
    #: those of `names` written as adults' (after a title or an adult role: "Mrs Okoro", "coach Andy")
    adults: list[str] = field(default_factory=list)
    #: why a reviewer should look twice: the kinds of sensitive detail or number the post disclosed
    #: ("health", "family", "background", "distinction", "shirt_number", "vehicle_plate", ...)
    flags: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.output != self.text

    def to_json(self) -> dict[str, object]:
        return {"text": self.text, "output": self.output, "names": list(self.names), "adults": list(self.adults),
                "flags": list(self.flags), "spans": [s.to_json() for s in self.spans]}


@lru_cache(maxsize=1)
def shared_analyzer() -> Analyzer:
    """One analyzer per process: the models do not depend on the policy."""
    return Analyzer()


class TextScrubber:
    """Reusable: construct once (loads the models on first use), then call scrub() per post."""

    def __init__(self, policy: Policy | str | None = None) -> None:
        self.policy = Policy.load(policy)
        self.analyzer = shared_analyzer()

    def analyze(self, text: str) -> list[Span]:
        """What would be rewritten, and with what; the text itself is not changed."""
        return self.scrub(text).spans

    def scrub(self, text: str) -> TextResult:
        check_text(text)
        findings, doc = self.analyzer.find(text, self.policy)
        spans = rewrite(text, findings, doc)
        names = [text[f.start:f.end] for f in findings if f.entity == "NAME"]
        adults = adult_names(text, findings)
        flags = sorted({FLAGS[f.entity] for f in findings if f.entity in FLAGS})
        return TextResult(text=text, output=apply(text, spans), spans=spans, names=names,
                          adults=[n for n in names if n.lower() in adults], flags=flags)


def check_text(text: str) -> None:
    """Refuse what is not a post: non-text, empty, or longer than MAX_CHARS."""
    if not isinstance(text, str):
        raise TextInputError(f"post text must be a str, not {type(text).__name__}")
    if not text.strip():
        raise TextInputError("the text is empty: nothing to scrub")
    if len(text) > MAX_CHARS:
        raise TextInputError(f"the text is too long ({len(text):,} characters; the limit is {MAX_CHARS:,}): "
                             "scrub one post at a time")


@lru_cache(maxsize=8)
def _scrubber(policy: Policy) -> TextScrubber:
    return TextScrubber(policy)


def scrub_text(text: str, policy: Policy | str | None = None) -> TextResult:
    """Rewrite one post's text under `policy` (a Policy, a preset name, a TOML path, or None: strict)."""
    return _scrubber(Policy.load(policy)).scrub(text)
