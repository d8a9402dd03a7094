"""Quantities: numbers, number words, ordinals, fractions, percentages, years, months, versions and ranges."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from monitor.assess.findings import Finding, PairDiff
from monitor.assess.lexicon import MONTHS, NUMBER_WORDS, ORDINALS
from monitor.assess.text import Sentence

_NUMERIC = re.compile(r"^(\d+(?:,\d{3})*(?:\.\d+)?)(?:/(\d+))?(%|[a-z]+)?$")
_VERSION = re.compile(r"^\d+\.\d+(?:\.\d+)*$")
_YEAR = range(1900, 2101)
# Words before a dotted number that make it a release ("Python 3.11", "version 2.7").
_VERSION_CONTEXT = frozenset({"python", "version", "versions", "release", "releases", "v", "pep", "cpython"})
_UNIT_AFTER = frozenset({"percent", "%", "percentage", "basis", "points", "per", "km", "miles", "kilometers",
                         "kilometres", "million", "billion", "trillion", "thousand"})
_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
# Relative-position words ("last fall", "the final decision") count only against another ordinal.
_RELATIVE = frozenset({"last", "final"})


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity as written, its value, and what kind of thing it counts (for comparability)."""

    text: str
    value: float
    sort: str  # number, ordinal, year, month, version
    parts: tuple[int, ...] = ()  # a version's components, compared part by part
    unit: bool = False  # a unit follows ("2.5 percent")


def _version(s: Sentence, i: int, w: str) -> bool:
    if not _VERSION.match(w):
        return False
    if w.count(".") >= 2:
        return True
    before = s.words[i - 1] if i > 0 else ""
    after = s.words[i + 1] if i + 1 < len(s.words) else ""
    return before in _VERSION_CONTEXT and after not in _UNIT_AFTER


# Python reads an int of at most 4,300 digits from text: a longer run of digits (only a hostile document has
# one) is read from its first _DIGITS digits, scaled to its length, which still orders it among the others.
_DIGITS = 300
_HUGE = 10 ** 400  # above every float, for a number too large for one


def _whole(digits: str) -> int:
    if len(digits) <= _DIGITS:
        return int(digits)
    core = digits.lstrip("0") or "0"
    scale: int = 10 ** max(0, len(core) - _DIGITS)
    return int(core[:_DIGITS]) * scale


def _fraction(s: Sentence, i: int) -> bool:
    """'one third', 'a third of', 'two-thirds': a fraction rather than a position in a sequence."""
    before = s.words[i - 1] if i > 0 else ""
    after = s.words[i + 1] if i + 1 < len(s.words) else ""
    return after == "of" or before in NUMBER_WORDS or before.isdigit()


def _parse(s: Sentence, i: int) -> Quantity | None:
    raw, w = s.raw_tokens[i], s.words[i]
    if w.count(".") >= 2 and _VERSION.match(w):  # '0.7.15': only a release is written with two dots
        return Quantity(raw, float(w.split(".")[0]), "version", tuple(_whole(p) for p in w.split(".")))
    m = _NUMERIC.match(w)
    if m:
        if _version(s, i, w):
            parts = tuple(_whole(p) for p in w.split("."))
            return Quantity(raw, float(w.split(".")[0]), "version", parts)
        value = float(m.group(1).replace(",", ""))
        if m.group(2):
            value /= float(m.group(2)) or 1.0
        sort = "year" if value.is_integer() and int(value) in _YEAR and not m.group(2) and not m.group(3) else "number"
        after = s.words[i + 1] if i + 1 < len(s.words) else ""
        return Quantity(raw, value, sort, unit=bool(m.group(3)) or after in _UNIT_AFTER)
    if w in ORDINALS and w in NUMBER_WORDS and not _fraction(s, i):
        return Quantity(raw, ORDINALS[w], "ordinal")  # 'the third quarter', not 'a third of'
    if w in NUMBER_WORDS:
        return Quantity(raw, NUMBER_WORDS[w], "number")
    if w.endswith("fold") and w[:-4] in NUMBER_WORDS:  # 'fivefold', 'tenfold': a multiple
        return Quantity(raw, NUMBER_WORDS[w[:-4]], "number", unit=True)
    if w in ORDINALS:
        return Quantity(raw, ORDINALS[w], "ordinal")
    if w in MONTHS and (w != "may" or (raw == "May" and i > 0)):
        return Quantity(raw, float(MONTHS[w]), "month")
    return None


def _mixed(s: Sentence, i: int) -> bool:
    """Token i is the fraction of a mixed number written '4-1/4'."""
    return (i > 0 and "/" in s.words[i] and s.gaps[i] == "-" and s.words[i - 1].isdigit())


def quantities(s: Sentence, lo: int = 0, hi: int | None = None) -> list[Quantity]:
    """The quantities among words [lo, hi) of a sentence; a mixed number '2-1/4' is one quantity (2.25)."""
    hi = len(s.words) if hi is None else hi
    out: list[Quantity] = []
    for i in range(lo, hi):
        q = _parse(s, i)
        if q is None:
            continue
        if out and q.sort == "number" and _mixed(s, i) and out[-1].text == s.raw_tokens[i - 1]:
            whole = out.pop()
            q = Quantity(f"{whole.text}-{q.text}", whole.value + q.value, "number")
        elif out and s.words[i] in _SCALES and out[-1].text == s.raw_tokens[i - 1] and out[-1].sort != "month":
            # '1.5 million' is one amount (1,500,000), as is 'two billion'
            size = out.pop()
            q = Quantity(f"{size.text} {q.text}", size.value * q.value, "number", unit=True)
        out.append(q)
    return out


def _compound_word(s: Sentence, q: Quantity) -> bool:
    """`q` is a number word hyphenated to the next word ('one-time', 'two-factor'), not a figure."""
    if not q.text.isalpha():
        return False
    hyphens = ("-", "\u2010", "\u2011")
    return any(t == q.text and s.gaps[i + 1] in hyphens for i, t in enumerate(s.raw_tokens[:-1]))


def _release_like(a: Quantity, b: Quantity) -> bool:
    """Two bare dotted numbers of different precision ('3.8' → '3.11') are releases, not decimals."""
    if not (_VERSION.match(a.text) and _VERSION.match(b.text)) or a.unit or b.unit:
        return False
    return len(a.text.split(".")[-1]) != len(b.text.split(".")[-1]) and max(a.value, b.value) < 100


def _compare(a: Quantity, b: Quantity) -> int:
    if a.sort == "number" and b.sort == "number" and _release_like(a, b):
        a, b = _as_version(a), _as_version(b)
    if a.sort == "version" and b.sort == "version":
        return (b.parts > a.parts) - (b.parts < a.parts)
    if a.sort == "month" and b.sort == "month":
        step = (int(b.value) - int(a.value)) % 12  # months are circular: December → January is one month later
        return 0 if step in (0, 6) else 1 if step < 6 else -1
    return (b.value > a.value) - (b.value < a.value)


def _direction(old_q: list[Quantity], new_q: list[Quantity]) -> str | None:
    """Up or down when the changed quantities measure comparable things and all move the same way."""
    comparable = {"version": {"version", "number"}, "number": {"number", "version"}}
    if not old_q or not new_q:
        return None
    if len(old_q) == len(new_q):
        pairs = list(zip(old_q, new_q, strict=True))
    elif len({q.sort for q in old_q + new_q}) == 1 and old_q[0].sort != "month":
        a, b = max(old_q, key=lambda q: q.value), max(new_q, key=lambda q: q.value)
        if a.value == b.value:
            a, b = min(old_q, key=lambda q: q.value), min(new_q, key=lambda q: q.value)
        pairs = [(a, b)]
    else:
        return None
    steps = set()
    for x, y in pairs:
        if x.sort != y.sort and y.sort not in comparable.get(x.sort, ()):
            return None
        steps.add(_compare(_as_version(x), _as_version(y)) if x.sort != y.sort else _compare(x, y))
    steps.discard(0)
    if len(steps) != 1:
        return None
    return "up" if steps.pop() > 0 else "down"


def _as_version(q: Quantity) -> Quantity:
    if q.sort == "version":
        return q
    parts = (tuple(_whole(p) for p in q.text.split(".") if p.isdigit()) if _VERSION.match(q.text)
             else (int(q.value) if math.isfinite(q.value) else _HUGE,))
    return Quantity(q.text, q.value, "version", parts, q.unit)


def detect_quantity(d: PairDiff) -> Finding | None:
    """A number, date or other quantity changed; up or down when the two sides measure the same thing."""
    old_q: list[Quantity] = []
    new_q: list[Quantity] = []
    for r in d.regions:
        i1, i2, j1, j2 = r.i1, r.i2, r.j1, r.j2
        # An edit of a mixed number's whole or fraction ("3-1/2" → "3") reads the whole number on both sides.
        if (i1 < len(d.old.words) and _mixed(d.old, i1)) or (j1 < len(d.new.words) and _mixed(d.new, j1)):
            i1, j1 = max(0, i1 - 1), max(0, j1 - 1)
        if (i2 < len(d.old.words) and _mixed(d.old, i2)) or (j2 < len(d.new.words) and _mixed(d.new, j2)):
            i2, j2 = i2 + 1, j2 + 1
        old_q += quantities(d.old, i1, min(i2, len(d.old.words)))
        new_q += quantities(d.new, j1, min(j2, len(d.new.words)))
    if not old_q or not new_q:
        # A spelled-out number inside a compound that went away with it ('one-time passwords' → 'OTPs',
        # 'first-class' → 'excellent') counted nothing: only a number against a number, or a figure, is one.
        old_q = [q for q in old_q if not _compound_word(d.old, q)]
        new_q = [q for q in new_q if not _compound_word(d.new, q)]
    if not any(q.sort == "ordinal" and q.text.lower() not in _RELATIVE for q in old_q + new_q):
        old_q = [q for q in old_q if q.text.lower() not in _RELATIVE]
        new_q = [q for q in new_q if q.text.lower() not in _RELATIVE]
    if not old_q and not new_q:
        return None
    if sorted((q.sort, q.value, q.parts) for q in old_q) == sorted((q.sort, q.value, q.parts) for q in new_q):
        return None  # "two" → "2": the same quantity written differently
    direction = _direction(old_q, new_q)
    sorts = {q.sort for q in old_q} | {q.sort for q in new_q}
    before = ", ".join(q.text for q in old_q) or "none"
    after = ", ".join(q.text for q in new_q) or "none"
    label = "date" if sorts <= {"year", "month"} else "version" if sorts == {"version"} else "number"
    word = {"up": "later", "down": "earlier"}.get(direction or "") if label == "date" else direction
    trend = f" ({word})" if direction else ""
    return Finding(
        "quantity", "medium", direction,  # type: ignore[arg-type]
        tuple(q.text for q in old_q), tuple(q.text for q in new_q),
        f"{label} changed{trend}: '{before}' → '{after}'",
    )
