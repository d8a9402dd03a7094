"""Quantities: numbers, number words, ordinals, fractions, percentages, years, months and levels that changed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.assess.findings import Finding, PairDiff
from monitor.assess.lexicon import MONTHS, NUMBER_WORDS, ORDINALS
from monitor.assess.text import Sentence

_NUMERIC = re.compile(r"^(\d+(?:,\d{3})*(?:\.\d+)?)(?:/(\d+))?(%|[a-z]+)?$")
_YEAR = range(1900, 2101)


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity as written, its value, and what kind of thing it counts (for comparability)."""

    text: str
    value: float
    sort: str  # number, ordinal, year, month


def _parse(s: Sentence, i: int) -> Quantity | None:
    raw, w = s.raw_tokens[i], s.words[i]
    m = _NUMERIC.match(w)
    if m:
        value = float(m.group(1).replace(",", ""))
        if m.group(2):
            value /= float(m.group(2)) or 1.0
        sort = "year" if value.is_integer() and int(value) in _YEAR and not m.group(2) and not m.group(3) else "number"
        return Quantity(raw, value, sort)
    if w in NUMBER_WORDS:
        return Quantity(raw, NUMBER_WORDS[w], "number")
    if w in ORDINALS:
        return Quantity(raw, ORDINALS[w], "ordinal")
    if w in MONTHS and (w != "may" or (raw == "May" and i > 0)):
        return Quantity(raw, float(MONTHS[w]), "month")
    return None


def quantities(s: Sentence, lo: int = 0, hi: int | None = None) -> list[Quantity]:
    """The quantities among words [lo, hi) of a sentence."""
    hi = len(s.words) if hi is None else hi
    return [q for q in (_parse(s, i) for i in range(lo, hi)) if q is not None]


def detect_quantity(d: PairDiff) -> Finding | None:
    """A number, date or other quantity changed; up or down when the two sides measure the same thing."""
    old_q = [q for r in d.regions for q in quantities(d.old, r.i1, r.i2)]
    new_q = [q for r in d.regions for q in quantities(d.new, r.j1, r.j2)]
    if not old_q and not new_q:
        return None
    if sorted((q.sort, q.value) for q in old_q) == sorted((q.sort, q.value) for q in new_q):
        return None  # "two" → "2": the same quantity written differently
    direction: str | None = None
    sorts = {q.sort for q in old_q} | {q.sort for q in new_q}
    if old_q and new_q and len(sorts) == 1 and "month" not in sorts:
        a, b = max(q.value for q in old_q), max(q.value for q in new_q)
        if a == b:
            a, b = min(q.value for q in old_q), min(q.value for q in new_q)
        direction = "up" if b > a else "down" if b < a else None
    before = ", ".join(q.text for q in old_q) or "none"
    after = ", ".join(q.text for q in new_q) or "none"
    label = "date" if sorts <= {"year", "month"} else "number"
    trend = f" ({direction})" if direction else ""
    return Finding(
        "quantity", "medium", direction,  # type: ignore[arg-type]
        tuple(q.text for q in old_q), tuple(q.text for q in new_q),
        f"{label} changed{trend}: '{before}' → '{after}'",
    )
