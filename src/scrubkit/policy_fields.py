"""Type and range checks for every Policy field, read from the field's own type annotation.

A field declared `quality: Annotated[int, Range(50, 100)]` must be a whole number from 50 to 100;
`keep_ages: bool` must be true or false (not "no", not 1); a Literal must be one of its values.
Nothing here names a field, so a field added later is checked from its annotation alone. Numbers
must be finite; a number without a Range must not be negative, and one whose name ends in
`_threshold` must lie in [0, 1].
"""

from __future__ import annotations

import math
import types
from dataclasses import dataclass, fields
from typing import Annotated, Any, Literal, Union, get_args, get_origin, get_type_hints

from scrubkit.errors import PolicyError


@dataclass(frozen=True)
class Range:
    """Inclusive bounds; `above` makes the lower bound exclusive (sizes and counts: greater than 0)."""

    low: float | None = None
    high: float | None = None
    above: bool = False

    def check(self, value: float) -> str | None:
        """What is wrong with `value`, or None."""
        if self.above and self.low is not None and not value > self.low:
            return f"greater than {self.low:g}"
        if (self.low is not None and value < self.low) or (self.high is not None and value > self.high):
            if self.high is None:
                return f"at least {self.low:g}"
            return f"between {self.low:g} and {self.high:g}"
        return None


#: a value in [0, 1]: confidence thresholds
FRACTION = Range(0, 1)
#: sizes and limits
POSITIVE = Range(0, above=True)
_DEFAULT = Range(0)


def checked_fields(instance: Any) -> dict[str, Any]:
    """Check every field of a dataclass instance against its annotation; raise PolicyError on the
    first wrong one. Returns the fields whose value must be normalised (an int where a float is
    declared, a list where a tuple is), with the normalised value."""
    hints = get_type_hints(type(instance), include_extras=True)
    changed = {}
    for field in fields(instance):
        value = getattr(instance, field.name)
        fixed = _check(field.name, value, hints[field.name])
        if fixed is not value:
            changed[field.name] = fixed
    return changed


def _check(name: str, value: Any, hint: Any) -> Any:
    """`value` (normalised) if it fits `hint`, else PolicyError naming the field and what it takes."""
    bounds = None
    if get_origin(hint) is Annotated:
        hint, *extras = get_args(hint)
        bounds = next((e for e in extras if isinstance(e, Range)), None)
    problem, value = _fits(value, hint)
    if problem is None and isinstance(value, (int, float)) and not isinstance(value, bool):
        if bounds is None:
            bounds = FRACTION if name.endswith("_threshold") else _DEFAULT
        problem = bounds.check(value)
    if problem is not None:
        raise PolicyError(f"policy field {name!r} must be {problem}; got {value!r}")
    return value


def _fits(value: Any, hint: Any) -> tuple[str | None, Any]:
    """(what `hint` takes, when `value` does not fit it, else None; the value normalised)."""
    origin = get_origin(hint)
    if origin is Literal:
        choices = get_args(hint)
        ok = any(value == c and type(value) is type(c) for c in choices)
        return (None if ok else f"one of {', '.join(map(str, choices))}"), value
    if hint is bool:
        return (None if isinstance(value, bool) else "true or false"), value
    if hint is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
        return (None if ok else "a whole number"), value
    if hint is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
        return (None, float(value)) if ok else ("a number", value)
    if hint is str:
        return (None if isinstance(value, str) else "text"), value
    if hint is type(None):
        return (None if value is None else "empty"), value
    if origin in (Union, types.UnionType):
        wants = []
        for arm in get_args(hint):
            problem, fixed = _fits(value, arm)
            if problem is None:
                return None, fixed
            wants.append(problem)
        return " or ".join(wants), value
    if origin is tuple:
        if not isinstance(value, (list, tuple)):
            return "a list", value
        args = get_args(hint)
        item = args[0] if len(args) == 2 and args[1] is Ellipsis else None
        items = []
        for element in value:
            problem, fixed = _fits(element, item) if item is not None else (None, element)
            if problem is not None:
                return f"a list of {problem}", value
            items.append(fixed)
        return None, tuple(items)
    cls = origin or hint
    if isinstance(cls, type):
        return (None if isinstance(value, cls) else f"a {cls.__name__}"), value
    return None, value  # an annotation too exotic to check here: the field's own code must
