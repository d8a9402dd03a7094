"""Quantities: numbers, number words, ordinals, fractions, percentages, years, months, versions and ranges."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from monitor.assess.findings import Finding, PairDiff, span
from monitor.assess.lexicon import (
    FUNCTION_WORDS,
    MODALS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    SCOPE_QUANTIFIERS,
)
from monitor.assess.text import (
    CONDITION_OPENERS,
    NOUN_DETERMINERS,
    POSSESSIVES,
    Sentence,
    initials_before,
    number_pair,
    set_off,
)
from monitor.lazy_re import lazy_compile

TYPE_CHECKING = False  # typing's own constant, without loading typing at run time (monitor/launch.py)
if TYPE_CHECKING:
    from typing import Literal

    from monitor.report import Direction

_ISO_DATE = re.compile(r"^(\d{4})-(\d\d)(?:-(\d\d)(?=t|$|[^\d])|(?=t))(?:t(\d\d):(\d\d)(?::(\d\d))?)?")
_NUMERIC = re.compile(r"^(\d+(?:,\d{3})*(?:\.\d+)?)(?:/(\d+))?(%|[a-z]+)?$")
_VERSION = lazy_compile(r"^\d+\.\d+(?:\.\d+)*$")
_SCIENTIFIC = lazy_compile(r"^\d+(?:\.\d+)?e[+-]?\d{1,3}$")  # '3e9', '1.5e-3' (words are lower-cased)
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
    sort: str  # number, ordinal, year, month, day (of a month), date, stamp (a date that stamps the document), version
    parts: tuple[int, ...] = ()  # a version's components, compared part by part
    unit: bool = False  # a unit follows ("2.5 percent")
    scale: float = 0.0  # a unit of time or size follows: what one of it is in days or bytes ('3 months': 30.44)
    unit_word: str = ""  # that unit as written after the number ('months')

    @property
    def shown(self) -> str:
        return f"{self.text} {self.unit_word}" if self.unit_word else self.text

    @property
    def same_as(self) -> tuple[str, float, tuple[int, ...], bool]:
        """What makes two quantities the same amount: '2 weeks' is '14 days', '2' is 'two'."""
        return self.sort, self.value * self.scale if self.scale else self.value, self.parts, bool(self.scale)


# Units of time (in days) and of size (in bytes): '3 months' → '6 weeks' is shorter, '512 MB' → '1 GB' larger.
_SCALE = {"second": 1 / 86400, "seconds": 1 / 86400, "minute": 1 / 1440, "minutes": 1 / 1440, "hour": 1 / 24,
          "hours": 1 / 24, "day": 1.0, "days": 1.0, "week": 7.0, "weeks": 7.0, "fortnight": 14.0,
          "fortnights": 14.0, "month": 30.44, "months": 30.44, "year": 365.25, "years": 365.25, "decade": 3652.5,
          "decades": 3652.5,
          "kb": 1e3, "mb": 1e6, "gb": 1e9, "tb": 1e12, "kib": 2.0 ** 10, "mib": 2.0 ** 20, "gib": 2.0 ** 30,
          "tib": 2.0 ** 40}
_TIME_SCALES = frozenset(k for k, v in _SCALE.items() if v <= 3652.5)
_WHOLE = frozenset({"full", "whole", "single"})  # 'a full day' is a day
_RATE_UNITS = frozenset({"cent", "percent", "points", "point", "dollars", "times"})  # '14 per cent a year'
_SPAN_OPENERS = frozenset({"next"})  # 'within the next decade': a span of one decade ('over the past year' says when)


_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
# Abbreviated units of time written against the number ('2.5s', '300ms', '15min'): 's' only after a decimal
# figure, since '20s' or '1990s' is an age or a decade, not a span of seconds.
_TIME_SUFFIXES = {"ms": _SCALE["second"] / 1000, "sec": _SCALE["second"], "secs": _SCALE["second"],
                  "min": _SCALE["minute"], "mins": _SCALE["minute"], "hr": _SCALE["hour"], "hrs": _SCALE["hour"]}


def _scale(s: Sentence, i: int, suffix: str | None = None) -> float:
    """What the unit after the number at i measures ('3 months', '10GB', '2.5s'), in days or bytes; 0 when none."""
    if suffix:
        if suffix in _TIME_SUFFIXES:
            return _TIME_SUFFIXES[suffix]
        if suffix == "s" and "." in s.words[i]:
            return _SCALE["second"]
        return _SCALE.get(suffix, 0.0) if suffix not in _TIME_SCALES else 0.0  # '5s' is not five seconds
    return _SCALE.get(s.words[i + 1], 0.0) if i + 1 < len(s.words) else 0.0


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


def _party(s: Sentence, i: int) -> bool:
    """The ordinal at word i names a party ('third party', 'third-party', '3rd party'): who, not how many."""
    return s.words[i + 1:i + 2] in (("party",), ("parties",))


def _fraction(s: Sentence, i: int) -> bool:
    """'one third', 'a third of', 'two-thirds': a fraction rather than a position in a sequence."""
    before = s.words[i - 1] if i > 0 else ""
    after = s.words[i + 1] if i + 1 < len(s.words) else ""
    return after == "of" or before in NUMBER_WORDS or before.isdigit()


def _parse(s: Sentence, i: int) -> Quantity | None:
    raw, w = s.raw_tokens[i], s.words[i]
    if w.startswith("_") and w[1:2].isdigit():  # 'firmware_17': the number of a version written as one word
        raw, w = raw[1:], w[1:]
    iso = _ISO_DATE.match(w)
    if iso:  # '2024-03-07T07:00:00Z': a date (and time), ordered as one number
        y, mo, d, hh, mm, ss = (int(g or 0) for g in iso.groups())
        return Quantity(raw, float(f"{y:04d}{mo:02d}{d:02d}{hh:02d}{mm:02d}{ss:02d}"), "date")
    if w.count(".") >= 2 and _VERSION.match(w):  # '0.7.15': only a release is written with two dots
        return Quantity(raw, float(w.split(".")[0]), "version", tuple(_whole(p) for p in w.split(".")))
    if _SCIENTIFIC.match(w):  # '3E9' is three billion, as '3 billion' and '3,000,000,000' are
        return Quantity(raw, float(w), "number", unit=True)
    m = _NUMERIC.match(w)
    if m:
        if _version(s, i, w):
            parts = tuple(_whole(p) for p in w.split("."))
            return Quantity(raw, float(w.split(".")[0]), "version", parts)
        value = float(m.group(1).replace(",", ""))
        if m.group(2):
            value /= float(m.group(2)) or 1.0
        if s.words[i + 1:i + 3] == ("basis", "points") or s.words[i + 1:i + 2] == ("bp",):
            value /= 100  # '85 basis points' is 0.85 per cent: comparable with '1.35 per cent'
        elif i + 1 < len(s.words) and s.gaps[i + 1] == "" and _vulgar(s.raw_tokens[i + 1]) is not None:
            value += _vulgar(s.raw_tokens[i + 1]) or 0.0  # '5¼': five and a quarter
            raw += s.raw_tokens[i + 1]
        elif _slashed(s, i + 1) and m.group(1).isdigit():
            # '51⁄4' is how '5¼' reads out of many PDFs: the whole, then numerator ⁄ denominator
            whole, top, bottom = m.group(1)[:-1], int(m.group(1)[-1]), int(s.words[i + 1])
            value = float(whole or 0) + top / bottom
            raw += FRACTION_SLASH + s.raw_tokens[i + 1]
        if m.group(3) in _ORDINAL_SUFFIXES and value.is_integer() and not m.group(2):
            if _party(s, i):
                return None  # ('3rd party testers' is 'third-party testers')
            return Quantity(raw, value, "ordinal")  # '3rd' is 'third', '21st' the twenty-first
        sort = "year" if value.is_integer() and int(value) in _YEAR and not m.group(2) and not m.group(3) else "number"
        after = s.words[i + 1] if i + 1 < len(s.words) else ""
        scale = _scale(s, i, m.group(3)) if sort == "number" else 0.0
        return Quantity(raw, value, sort, unit=bool(m.group(3)) or after in _UNIT_AFTER or bool(scale), scale=scale,
                        unit_word=s.raw_tokens[i + 1] if scale and not m.group(3) else "")
    if w in ORDINALS and _party(s, i):
        return None  # 'third party', 'third-party libraries': someone outside, not the third of anything
    if w in ORDINALS and w in NUMBER_WORDS and not _fraction(s, i):
        return Quantity(raw, ORDINALS[w], "ordinal")  # 'the third quarter', not 'a third of'
    if w in ("a", "an") and i + 1 < len(s.words):
        # 'a week' is one week: '7 days' → 'a week' is the same span ('a year ago' says when, not how long); so is
        # 'a full day'. After a figure or its unit, 'a year' is a rate ('14 per cent a year', '$5 a day'), as 'per
        # year' is: no span.
        k = i + 2 if s.words[i + 1] in _WHOLE else i + 1
        rate = i > 0 and (s.words[i - 1] in _RATE_UNITS or _NUMERIC.match(s.words[i - 1]) is not None)
        times = _times(s, i)
        if times and k < len(s.words) and s.words[k] in _TIME_SCALES:
            # 'once a day' → 'once a week': how often, so many to the unit ('twice a week' is 2/7 a day)
            return Quantity(f"{' '.join(s.raw_tokens[i - (2 if s.words[i - 1] == 'times' else 1):i])} {raw} "
                            f"{s.raw_tokens[k]}", times / _SCALE[s.words[k]], "number", unit=True)
        if k < len(s.words) and s.words[k] in _TIME_SCALES and s.words[k + 1:k + 2] != ("ago",) and not rate:
            return Quantity(raw, 1.0, "number", unit=True, scale=_SCALE[s.words[k]], unit_word=s.raw_tokens[k])
    if w in _TIME_SCALES and not w.endswith("s") and i > 0 and s.words[i - 1] in _SPAN_OPENERS:
        # 'within the next decade': one of the unit, a span as 'five years' is
        return Quantity(s.raw_tokens[i - 1], 1.0, "number", unit=True, scale=_SCALE[w], unit_word=raw)
    if w == "couple" and s.words[i - 1:i] == ("a",) and s.words[i + 1:i + 2] == ("of",):
        unit = s.words[i + 2] if i + 2 < len(s.words) else ""  # 'a couple of decades' is two decades
        return Quantity(raw, 2.0, "number", scale=_SCALE.get(unit, 0.0), unit_word=unit if unit in _SCALE else "")
    if w in NUMBER_WORDS:
        scale = _scale(s, i)
        if w.endswith("s") and w[:-1] in _SCALES and i > 0 and (
                s.words[i - 1][:1].isdigit() or s.words[i - 1] in NUMBER_WORDS):
            w = w[:-1]  # ('20 millions of sequences' says 20 million, in another language's plural)
        return Quantity(raw, NUMBER_WORDS[w], "number", scale=scale, unit_word=s.raw_tokens[i + 1] if scale else "")
    if w.endswith("fold") and w[:-4] in NUMBER_WORDS:  # 'fivefold', 'tenfold': a multiple
        return Quantity(raw, NUMBER_WORDS[w[:-4]], "number", unit=True)
    if w in ORDINALS:
        if w == "first" and i > 0 and (s.words[i - 1] in MODALS or s.words[i - 1] == "to"):
            return None  # 'SHALL first require', 'to first check': an adverb of order, not a count
        if i == 0 and len(s.words) > 1 and "," in s.gaps[1]:
            return None  # 'Fourth, the convergence of these factors …': the order of an argument, not a count
        if w == "first" and i > 0 and s.words[i - 1] in _PLURAL_DETERMINERS and (
                s.words[i + 1:i + 2] and s.words[i + 1].endswith("s") and s.words[i + 1].isalpha()):
            return None  # 'these first SLIs', 'your first results': the initial ones, not a place in a count
        return Quantity(raw, ORDINALS[w], "ordinal")
    if w in MONTHS and (w != "may" or (raw == "May" and i > 0)):
        return Quantity(raw, float(MONTHS[w]), "month")
    if _month_short(s, i) and any(0 <= k < len(s.words) and s.words[k].isdigit() for k in (i - 1, i + 1)):
        return Quantity(raw, float(MONTH_ABBREVIATIONS[w]), "month")  # '2 Feb. 2016' is '2 February 2016'
    return None


_ONCE = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
# Determiners of a plural, after which 'first' says which ones (the initial ones), not where one stands in a count.
_PLURAL_DETERMINERS = POSSESSIVES | {"these", "those"}


def _times(s: Sentence, i: int) -> float:
    """How many times to the unit the words before 'a' at i say ('once a day' 1, 'twice a week' 2, 'three times a
    year' 3); 0 when they say none."""
    if i > 0 and s.words[i - 1] in _ONCE:
        return _ONCE[s.words[i - 1]]
    if i > 1 and s.words[i - 1] == "times" and s.words[i - 2] in NUMBER_WORDS:
        return float(NUMBER_WORDS[s.words[i - 2]])
    if i > 1 and s.words[i - 1] == "times" and s.words[i - 2].isdigit():
        return float(s.words[i - 2])
    if i > 1 and s.words[i - 1] == "times" and s.words[i - 2] in _SEVERAL:
        return SEVERAL_TIMES  # 'multiple times a day': more than twice, how many unsaid
    return 0.0


_SEVERAL = frozenset({"multiple", "several", "many", "numerous"})
SEVERAL_TIMES = 3.0


def _month_short(s: Sentence, k: int) -> bool:
    """Token k is a month's short form, capitalised ('Feb', 'Sept')."""
    return s.words[k] in MONTH_ABBREVIATIONS and s.raw_tokens[k][:1].isupper()


def _vulgar(token: str) -> float | None:
    """The value of a single vulgar-fraction character ('¼' 0.25, '½' 0.5), else None."""
    if len(token) != 1 or not 0x00BC <= ord(token) <= 0x215E:
        return None
    try:
        value = unicodedata.numeric(token)
    except ValueError:
        return None
    return value if 0 < value < 1 else None


FRACTION_SLASH = "\u2044"
_TYPESET_DENOMINATORS = frozenset({2, 3, 4, 8})


def _slashed(s: Sentence, i: int) -> bool:
    """Token i is the denominator of a fraction set with the fraction slash ('51⁄4', '31⁄2', '1⁄4')."""
    if not (0 < i < len(s.words) and s.gaps[i] == FRACTION_SLASH and s.words[i].isdigit()):
        return False
    before = s.words[i - 1]
    return (before.isdigit() and int(s.words[i]) in _TYPESET_DENOMINATORS
            and 0 < int(before[-1]) < int(s.words[i]))


def _fraction_of(s: Sentence, i: int) -> bool:
    """Token i is the fraction of the number before it ('5¼', or the '4' of '51⁄4')."""
    if _slashed(s, i):
        return True
    return i > 0 and s.gaps[i] == "" and _vulgar(s.raw_tokens[i]) is not None and s.words[i - 1].isdigit()


def _mixed(s: Sentence, i: int) -> bool:
    """Token i is the fraction of a mixed number written '4-1/4'."""
    return (i > 0 and "/" in s.words[i] and s.gaps[i] == "-" and s.words[i - 1].isdigit())


def quantities(s: Sentence, lo: int = 0, hi: int | None = None) -> list[Quantity]:
    """The quantities among words [lo, hi) of a sentence; a mixed number '2-1/4' is one quantity (2.25)."""
    hi = len(s.words) if hi is None else hi
    out: list[Quantity] = []
    for i in range(lo, hi):
        if _slashed(s, i):
            continue  # read with the number before it
        q = _parse(s, i)
        if q is None or _label_number(s, i):
            continue
        if s.words[i] == "one" and s.words[i + 1:i + 2] == ("of",) and not _compound(s, i):
            continue  # 'one of two ways', 'one of the largest': a choice among, not an amount
        day = q.sort == "number" and q.value <= 31 and (any(
            0 <= k < len(s.words) and (s.words[k] in MONTHS or _month_short(s, k)) for k in (i - 1, i + 1)) or (
            _first_of_days(s, i)))
        # '3 May', 'May 3', '2 Feb.'
        if _stamp(s, i) and (q.sort in ("date", "year", "month") or day or (
                i > 0 and s.words[i - 1] in ("version", "revision") and s.gaps[i].strip() == ":")):
            q = Quantity(q.text, q.value, "stamp")
        elif day:
            q = Quantity(q.text, q.value, "day")
        if out and q.sort == "number" and _mixed(s, i) and out[-1].text == s.raw_tokens[i - 1]:
            whole = out.pop()
            q = Quantity(f"{whole.text}-{q.text}", whole.value + q.value, "number")
        elif out and _compound(s, i) and out[-1].text == s.raw_tokens[i - 1]:
            tens = out.pop()  # 'twenty-one' is 21, as '21' is
            q = Quantity(f"{tens.text}-{q.text}", tens.value + q.value, "number", scale=q.scale, unit_word=q.unit_word)
        elif out and s.words[i].removesuffix("s") in _SCALES and out[-1].text == s.raw_tokens[i - 1] and (
                out[-1].sort != "month"):
            # '1.5 million' is one amount (1,500,000), as is 'two billion' (and '20 millions', read as 20 million)
            size = out.pop()
            q = Quantity(f"{size.text} {q.text}", size.value * q.value, "number", unit=True)
        out.append(q)
    return out


def _first_of_days(s: Sentence, i: int) -> bool:
    """The number at i is the first of two days of one month ('5 and 6 August', '5-6 August', '5 to 7 May')."""
    words = s.words
    k = i + 2 if i + 1 < len(words) and words[i + 1] in ("and", "or", "to") else i + 1
    if k == i + 1 and (k >= len(words) or s.gaps[k] not in ("-", "\u2013")):
        return False
    return k + 1 < len(words) and words[k].isdigit() and int(words[k]) <= 31 and (
        words[k + 1] in MONTHS or _month_short(s, k + 1))


_TENS = frozenset(w for w, v in NUMBER_WORDS.items() if v in range(20, 100, 10))  # 'twenty' … 'ninety'
_UNITS = frozenset(w for w, v in NUMBER_WORDS.items() if v in range(1, 10))  # 'one' … 'nine'


def _compound(s: Sentence, i: int) -> bool:
    """Word i is the units of a hyphenated number word ('twenty-one', 'forty-five')."""
    return i > 0 and s.words[i] in _UNITS and s.words[i - 1] in _TENS and s.gaps[i] == "-"


# Words after which a number names a part of a text, not an amount ('Section 5.1', 'item 2', 'Table 3').
_PART_NOUNS = frozenset(
    "section sections appendix appendices annex annexes chapter chapters item items table tables figure figures fig "
    "volume vol part clause clauses article articles paragraph paragraphs para page pages footnote footnotes "
    "line lines no".split()
)
_CURRENCY_CODES = frozenset("USD EUR GBP AUD JPY CNY CHF CAD NZD SEK NOK DKK INR BRL ZAR".split())
# Words that date the document itself rather than anything it reports ('Last updated: 3 May 2024').
_STAMP_WORDS = frozenset(
    "release released update updated updates revised revision reviewed review modified published posted issued "
    "created generated printed accessed retrieved last date dated".split()
)


def _label_number(s: Sentence, i: int) -> bool:
    """Token i is a number that names rather than measures: the part of a text it points to ('Section 5.1.4',
    'A.4'), an identifier it belongs to ('AAL 3', 'FIPS 201', 'CVSS 3.0', 'Q04', 'SP 800-63'), a heading's or a
    list's numbering, words inside the title of a linked text ('[2020 State of DevOps Report]') or a citation's key
    ('[@arxiv:1611.03814]')."""
    raw = s.raw_tokens[i]
    if not raw[:1].isdigit():
        return False
    prev = s.raw_tokens[i - 1] if i > 0 else ""
    gap = s.gaps[i]
    if i == 0 and (len(s.words) == 1 or s.text.lstrip().startswith("#")):
        return True  # '## 1 Purpose', '2.' alone: numbering
    if raw.isdigit() and len(raw) <= 2 and gap.endswith("(") and i + 1 < len(s.gaps) and s.gaps[i + 1][:1] == ")" and (
            f"({int(raw) + 1})" in s.text or f"({int(raw) - 1})" in s.text):
        return True  # 'avoiding (1) authentication errors … and (2) identity proofing errors': a list's numbering
    if prev.lower() in _PART_NOUNS and gap in (" ", "\u00a0"):
        return True
    if prev and gap == "" and prev.isalpha() and prev.lower() != "v":
        return True  # 'Q' + '04': one identifier the tokenizer cut ('V3.50' is a version)
    if len(prev) == 1 and prev.isupper() and gap == ".":
        return True  # 'A.4': an appendix section
    if _in_code(s, i):
        return True  # 'ICSA-19-274-01', 'SP 800-63-3', 'CVE-2020-16214', 'FX5UC-96MT', 'GHSA-4grx-2x9w-596c'
    if _acronym_before(s, i) and "." in raw and raw.replace(".", "").isdigit():
        return True  # 'CVSS 3.0' → 'CVSS 3.1': the edition of a named standard, not an amount
    if gap[-1:] in (":", ".", "/") and raw in _citation_keys(s.text):
        # 'doi:10.1371/journal.pcbi.1005324', '@arxiv:1611.03814': part of a citation's key (a well-formed
        # citation is not among the words at all; one a draft broke, '[@arxiv:1611.03814 @arxiv:1704.01155.', is)
        return True
    return "[" in s.text and bool(re.search(rf"(?<![\w.]){re.escape(raw)}(?![\w])", _link_titles(s.text)))


# Letters a figure may carry as its unit or ordinal ('5km', '3h', '2nd', '10GB'); other letters make a code.
_UNIT_SUFFIXES = frozenset(
    "st nd rd th s m h d w y k x km kg mg ml mm cm nm kb mb gb tb pb ms ns us hz khz mhz ghz kw mw gw kwh bn mn tn "
    "pm am px pt em fps bps kbps mbps gbps mph kph yr yrs min mins sec secs hr hrs bp kbp".split()
)
_CODE_REACH = 6  # parts of a hyphenated code looked back over for the acronym that opens it


def _in_code(s: Sentence, i: int) -> bool:
    """Token i is part of a code written with hyphens: a chain that an acronym opens ('ICSA-19-274-01',
    'CVE-2020-16214', 'SP 800-63-3'), a chain of three or more numbers ('19-274-01'), or a part that mixes digits
    and letters ('96MT', '5h' in 'GHSA-45707-9-5h56', '17X'): a name, not an amount. A range ('10-20') is two
    numbers and stays one."""
    raw = s.raw_tokens[i]
    if raw[:1].isdigit() and raw[1:] == "D":
        return True  # '3D structures', '2D images': how many dimensions a thing has, a name of its kind
    if _cited(s, i):
        return True
    if raw[:1].isdigit() and any(c.isalpha() for c in raw) and not _SCIENTIFIC.match(s.words[i]):
        letters = raw.lstrip("0123456789.,").lower()
        if letters not in _UNIT_SUFFIXES and (len(letters) >= 2 or s.gaps[i] in ("-", "/") or (
                i + 1 < len(s.gaps) and s.gaps[i + 1] in ("-", "/", ""))):
            return True
    if i > 0 and s.gaps[i] == "" and any(c.isdigit() for c in s.raw_tokens[i - 1]) and any(
            c.isalpha() for c in s.raw_tokens[i - 1]):
        return True  # '56' after '5h' in '5h56'
    first, last = i, i  # the chain of numbers joined by hyphens that token i is part of
    while first > 0 and s.gaps[first] == "-" and s.raw_tokens[first - 1][:1].isdigit() and i - first < _CODE_REACH:
        first -= 1
    while last + 1 < len(s.raw_tokens) and s.gaps[last + 1] == "-" and s.raw_tokens[last + 1][:1].isdigit():
        last += 1
    if last > first and first == i and s.gaps[first] == " " and _acronym_before(s, first):
        return True  # the first number of a chain written after an acronym: 'SP 800-63'
    if s.gaps[first] == "-" and first > 0 and s.raw_tokens[first - 1].isupper() and (
            len(s.raw_tokens[first - 1]) >= 2 or last > first):
        return True  # 'CWE-20', 'IAL2-…', 'M-04-04': a code's number after its hyphen
    before = s.raw_tokens[first - 1] if first > 0 else ""
    if s.gaps[first] == "-" and before[:1].isalpha() and any(c.isdigit() for c in before):
        return True  # 'GHSA-wcg3-cvx6-7396': the number closing a code whose parts mix letters and digits
    if last - first == 1 and s.raw_tokens[first].isdigit() and s.raw_tokens[last].isdigit() and not (
            s.raw_tokens[first][:2] in ("19", "20") and len(s.raw_tokens[first]) == 4) and not _acronym_before(
            s, first):
        # 'the 800-63 suite' names a document: a range runs upward ('10-20'), '2019-20' is a span of years, and
        # 'FIPS 140-2' → 'FIPS 140-3' is another edition of a named standard
        return int(s.raw_tokens[last]) < int(s.raw_tokens[first])
    return last - first >= 2


def _dotted(s: Sentence, i: int) -> bool:
    """Token i is a capital letter of an abbreviation written with dots ('U.S.C.', 'P.L.', 'C.F.R.'): a single capital
    with another after or before it, a dot between them."""
    def letter(k: int) -> bool:
        return 0 <= k < len(s.raw_tokens) and len(s.raw_tokens[k]) == 1 and s.raw_tokens[k].isupper()

    return letter(i) and ((letter(i + 1) and s.gaps[i + 1] == ".") or (letter(i - 1) and s.gaps[i] == "."))


def _cited(s: Sentence, i: int) -> bool:
    """Token i is a number of a citation of a law or a standard, which names a text, never an amount: a section
    after its sign ('44 U.S.C. § 3551'), a title before a dotted abbreviation ('44 U.S.C.'), a numbered law after
    one ('P.L. 113-283'), or the year of a standard's edition after its number ('ISO/IEC 10646:2014')."""
    if "§" in s.gaps[i]:
        return True
    if i + 1 < len(s.raw_tokens) and s.gaps[i + 1] == " " and _dotted(s, i + 1):
        return True
    if i > 0 and s.gaps[i].startswith(".") and _dotted(s, i - 1) and (
            i + 1 < len(s.raw_tokens) and s.gaps[i + 1] == "-" and s.raw_tokens[i + 1].isdigit()):
        return True
    if i > 0 and s.gaps[i] == "-" and s.raw_tokens[i - 1].isdigit() and _cited(s, i - 1):
        return True  # the rest of 'P.L. 113-283'
    return (i > 1 and s.gaps[i] == ":" and len(s.raw_tokens[i]) == 4 and s.raw_tokens[i].isdigit()
            and s.raw_tokens[i - 1].isdigit() and _acronym_before(s, i - 1))


def _acronym_before(s: Sentence, i: int) -> bool:
    """Token i follows an acronym it belongs to ('AAL 3', 'CWE-20', 'CVSS:3.1', 'Standard (FIPS) 199'), not a
    currency code."""
    prev = s.raw_tokens[i - 1].strip("_") if i > 0 else ""  # '_SP 800-63A_': an acronym set in italics
    return (len(prev) >= 2 and prev.isupper() and prev.isalpha() and prev not in _CURRENCY_CODES
            and (s.gaps[i] in (" ", ":", "-") or (s.gaps[i] == ") " and s.gaps[i - 1].endswith("(")))
            and (i + 1 >= len(s.words) or s.words[i + 1] not in _UNIT_AFTER))


_LEVEL_DIGITS = 1  # a single digit after an acronym ranks ('AAL 3', 'IAL 2'); a longer number names a text


def _designator(s: Sentence, i: int) -> tuple[str, ...] | None:
    """The name that the number at token i is the last part of, when an acronym opens it: ('fips',) for 'FIPS 199',
    ('sp', '800') for 'SP 800-37'. None for a level ('AAL 3') and for a number that no acronym names."""
    raw = s.raw_tokens[i]
    if not raw.isdigit():
        return None
    if i > 1 and s.gaps[i] == "-" and s.raw_tokens[i - 1].isdigit() and _acronym_before(s, i - 1):
        return s.words[i - 2], s.words[i - 1]
    if len(raw) > _LEVEL_DIGITS and _acronym_before(s, i):
        return (s.words[i - 1],)
    return None


def _designation_only(s: Sentence, q: Quantity, other: Sentence) -> bool:
    """Wherever `s` writes `q`, it is the number of a text's designation ('FIPS 199', 'SP 800-37'), and `other`
    gives no other number to that designation: the reference was put in, taken out or restyled ('(FIPS) 199, its
    title' ↔ '(FIPS) 199 [[FIPS 199]]', '_SP 800-63 contains_' ↔ '_This document contains_'), no amount changed.
    'FIPS 140-2' → 'FIPS 140-3' gives the same designation another number: another edition, which stays."""
    names = [_designator(s, i) for i, t in enumerate(s.raw_tokens) if t == q.text]
    if not names or None in names:
        return False
    numbers = {other.raw_tokens[j] for j in range(len(other.raw_tokens)) if _designator(other, j) in names}
    return numbers <= {q.text}


_LINK_TEXT = lazy_compile(r"\[([^\[\]]*)\](?=\(|\[)")
# A citation's key ('@arxiv:1611.03814', '@doi:10.1038/nrg3458', a bare 'doi:10.1371/…'), inside its brackets or
# not (a draft's broken citation): an identifier, whatever figures it holds.
_CITATION = lazy_compile(r"((?:@[\w-]+|\b(?:doi|arxiv|pmid|pmcid|isbn)):[^\s\];,]+)", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _link_titles(text: str) -> str:
    """The texts of a sentence's links, read once per sentence rather than once per number in it."""
    return " ".join(m.group(1) for m in _LINK_TEXT.finditer(text))


@lru_cache(maxsize=1024)
def _citation_keys(text: str) -> str:
    """The keys of a sentence's citations, read once per sentence."""
    return " ".join(_CITATION.findall(text))


_DATE_GLUE = frozenset({"on", "at", "of", "the", "as", "in"})
# A table column that dates when each entry was last checked ('Last Reviewed', 'Date updated'): not 'Date' alone
# or 'Released' (a table of deadlines or of releases dates what it lists).
_STAMP_HEADINGS = frozenset("reviewed review updated update revised revision modified checked verified".split())


def stamp_heading(cell: str) -> bool:
    """The header cell names a review or update stamp."""
    return not _STAMP_HEADINGS.isdisjoint(cell.lower().split())


# Written as a label, a field of the page's own ('expires: 2018-12-04' in its front matter, 'Review due: May 2019');
# in a sentence they report ('the certificate expires on 3 May').
_STAMP_LABELS = frozenset({"expires", "expiry", "due"})
_BOUND_AFTER = frozenset({("or", "later"), ("or", "earlier"), ("and", "later"), ("and", "earlier"), ("or", "newer"),
                          ("or", "older"), ("or", "before"), ("or", "after")})
_STAMP_REACH = 5  # words looked back over (the rest of the date, 'on', 'the') to find what the date stamps


def _stamp(s: Sentence, i: int) -> bool:
    """The date at token i stamps the document ('Last updated: 2024-05-02', 'Current release: ...', 'reviewed on
    3 May 2024'); so does a revision number written as a label ('Version: 3')."""
    if i > 0 and s.words[i - 1] in ("version", "revision") and s.gaps[i].strip() == ":":
        return True
    end = i + 1
    while end < len(s.words) and (s.words[end] in _DATE_GLUE or s.words[end] in MONTHS or s.words[end][:1].isdigit()):
        end += 1
    if s.words[end:end + 2] in _BOUND_AFTER:
        return False  # 'production date September 2020 or later': a bound on what is affected, not a stamp
    for k in range(i - 1, max(-1, i - 1 - _STAMP_REACH), -1):
        w = s.words[k]
        if w in _STAMP_WORDS or (w in _STAMP_LABELS and ":" in s.gaps[k + 1]):
            return True
        if not (w in _DATE_GLUE or w in MONTHS or w[:1].isdigit()):
            return False
    return False


def _year_of_kept_date(s: Sentence, years: list[Quantity], other: Sentence) -> bool:
    """Each year stands right after a month (with its day, if any) that the other version writes too, without a year:
    the date is the same, more or less fully written ('23 January' ↔ '23 January 1990')."""
    pairs = set(zip(other.words, other.words[1:], strict=False))
    for q in years:
        at = next((i for i, t in enumerate(s.raw_tokens) if t == q.text), None)
        if at is None or at == 0 or s.words[at - 1] not in MONTHS or s.words[at - 1] not in other.words:
            return False
        month = s.words[at - 1]
        if at >= 2 and s.words[at - 2].isdigit() and (s.words[at - 2], month) not in pairs:
            return False  # its day is another
        follows = other.words.index(month) + 1
        if follows < len(other.words) and other.words[follows][:1].isdigit():
            return False  # the other version has a year there too: the year moved
    return True


_SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})  # 'the Spring of 2014' is a time, not a name


def _year_of_name(s: Sentence, years: list[Quantity], other: Sentence) -> bool:
    """Each year closes the name of a law, a treaty or an event, after 'of' and a capitalised word or an acronym in
    parentheses ('the Privacy Act of 1974', 'the Federal Information Security Modernization Act (FISMA) of 2014'),
    and the word the name ends on stands in the other version too: the same name, its year written or not."""
    for q in years:
        at = next((i for i, t in enumerate(s.raw_tokens) if t == q.text), None)
        if at is None or at < 3 or s.words[at - 1] != "of":
            return False
        head = at - 2
        if s.raw_tokens[head].isupper() and s.gaps[head].endswith("(") and s.gaps[head + 1].startswith(")"):
            head -= 1  # '… Act (FISMA) of 2014': the name's own word is before its acronym
        word = s.raw_tokens[head].strip("*_")
        if not (word[:1].isupper() and word[1:].islower()) or s.words[head] in MONTHS or (
                s.words[head] in _SEASONS) or head == 0:
            return False
        if s.words[head] not in other.words:
            return False
    return True


def _named_by_changed_acronym(s: Sentence, q: Quantity, d: PairDiff) -> bool:
    """`q` is the number of an acronym's name ('AAL 3') and the acronym is gone from the other side too."""
    other = d.new if s is d.old else d.old
    return any(t == q.text and _acronym_before(s, i) and s.words[i - 1] not in other.words
               for i, t in enumerate(s.raw_tokens))


def _parenthesised(s: Sentence, q: Quantity) -> bool:
    return any(t == q.text and s.gaps[i].endswith("(") and i + 1 < len(s.gaps) and s.gaps[i + 1].startswith(")")
               for i, t in enumerate(s.raw_tokens))


def _denominator(s: Sentence, q: Quantity) -> bool:
    """`q` is what a share is out of ('one in four adults', '1 in 3', 'one in a million'): the larger it is, the
    smaller the share."""
    return q.sort == "number" and any(
        t == q.text and i >= 2 and s.words[i - 1] == "in" and _parse(s, i - 2) is not None
        for i, t in enumerate(s.raw_tokens))


def _restated_figure(s: Sentence, q: Quantity, other: Sentence) -> bool:
    """`q` is written more often in `s` than in `other`, which states it too ('NIST SP 800-30, … [[SP 800-30]]
    (#SP800-30)' against '[NIST SP 800-30, …](#SP800-30)'): the sentence repeats a figure both versions give, a
    citation restyled around it, and no amount changed. Each time it is written it follows the word it follows on
    the other side ('800'), so 'rose 30 per cent in 30 days' against 'rose in 30 days' is a figure added."""
    if not q.text[:1].isdigit():
        return False  # 'any one factor' twice, once replaced: a spelled number is too common a word to be a figure

    def after(x: Sentence) -> list[str]:
        return [x.raw_tokens[i - 1].lower() if i else "" for i, t in enumerate(x.raw_tokens) if t == q.text]

    here, there = after(s), after(other)
    return len(here) > len(there) > 0 and set(here) <= set(there)


# Words that open a parenthesised restatement of a figure in other units ('6 digits (approximately 20 bits)').
_GLOSS_OPENERS = frozenset({"approximately", "approx", "about", "around", "roughly", "circa", "ca", "nearly", "almost",
                            "i", "ie", "or", "equivalent", "equal", "equals", "equivalently"})
GLOSS_WORDS = 5  # words a parenthesised restatement of a figure may have


def _gloss(s: Sentence, q: Quantity) -> bool:
    """`q` stands in parentheses that restate the figure just before them in other units ('at least 6 decimal
    digits (approximately 20 bits) of entropy'): dropping or adding the gloss changes no amount."""
    for i, t in enumerate(s.raw_tokens):
        if t != q.text:
            continue
        opened = next((a for a in range(i, max(-1, i - GLOSS_WORDS), -1) if "(" in s.gaps[a]), None)
        if opened is None or any(")" in s.gaps[k] for k in range(opened + 1, i + 1)):
            continue
        closed = any(")" in s.gaps[b] for b in range(i + 1, min(len(s.gaps), opened + GLOSS_WORDS + 1))) or (
            len(s.gaps) - opened <= GLOSS_WORDS and s.text.rstrip(" .;,").endswith(")"))  # '… (about 15 euros).'
        if not closed or s.words[opened] not in _GLOSS_OPENERS:
            continue
        if any(w[:1].isdigit() for w in s.words[max(0, opened - 3):opened]):
            return True
    return False


_CODE_HEAD = re.compile(r"^([a-z]+)\d")


def _glued_in(s: Sentence, q: Quantity, other: Sentence) -> bool:
    """`q` follows a word it is written together with on the other side ('IAL 2' here, 'IAL2' there), or stands
    for such a code with its letters left out after the first ('IAL2 and 3' here, 'IAL2 and IAL3' there)."""
    if any(t == q.text and i > 0 and (s.words[i - 1] + t.lower()) in other.words for i, t in enumerate(s.raw_tokens)):
        return True
    if any("_" in w and q.text.lower() in (parts := w.split("_")) and sum(map(bool, parts)) > 1 for w in other.words):
        return True  # 'first 5 digits of serial number 24061' here, 'with_the_first_5_digits_of_…_24061' there
    if not q.text.isdigit():
        return False
    if _level_named_in_full(s, q, other):
        return True
    heads = {m.group(1) for w in s.words if (m := _CODE_HEAD.match(w)) is not None}
    heads |= {h for w in other.words if (m := _CODE_HEAD.match(w)) is not None and (h := m.group(1)) in s.words}
    return any(head + q.text in other.words and head + q.text not in s.words for head in heads)


def _level_named_in_full(s: Sentence, q: Quantity, other: Sentence) -> bool:
    """`q` closes a name spelled out whose initials it is written after on the other side ('Authenticator
    Assurance Level 1' here, 'AAL1' or 'AAL 1' there): the same level, named by its acronym."""
    t = q.text.lower()
    codes = {w[:-len(t)] for w in other.words if len(w) > len(t) + 1 and w.endswith(t) and w[:-len(t)].isalpha()}
    codes |= {w for w, nxt in zip(other.words, other.words[1:], strict=False) if nxt == t and len(w) >= 2 and (
        w.isalpha())}
    return any(initials_before(s, i, code) for i, tok in enumerate(s.raw_tokens) if tok == q.text for code in codes)


_ARTICLE_ONES = frozenset({"one", "single"})  # 'one approach', 'a single task': the count an article makes
_OPEN_ENDED = (("or", "more"), ("or", "fewer"), ("or", "less"))
_BOUNDS = frozenset({("at", "least"), ("at", "most"), ("more", "than"), ("fewer", "than"), ("less", "than"),
                     ("only",), ("just",), ("exactly",), ("any",)})  # words that make 'one' a count


def _article_one(s: Sentence, q: Quantity) -> bool:
    """`q` counts no more than an article would: a spelled-out 'one' or 'single' ('One option, a 3D grid, …') that no
    bound comes before ('at least one', 'only one', 'more than one' count), or 'zero or more' / 'one or more' (any
    number). Said on one side only, it changes no amount."""
    w = q.text.lower()
    if w not in _ARTICLE_ONES and w != "zero":
        return False

    def as_article(k: int) -> bool:  # the word at k (every place the sentence has it must be one)
        if s.words[k + 1:k + 3] in _OPEN_ENDED:
            return True
        return w != "zero" and s.words[max(0, k - 2):k] not in _BOUNDS and s.words[k - 1:k] not in _BOUNDS

    at = [k for k, t in enumerate(s.raw_tokens) if t == q.text]
    return bool(at) and all(as_article(k) for k in at)


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
        if step == 6:  # half a year either way: 'June' → 'December' reads as later in the same year
            return (b.value > a.value) - (b.value < a.value)
        return 0 if step == 0 else 1 if step < 6 else -1
    if a.scale and b.scale and (a.scale <= 3652.5) == (b.scale <= 3652.5):
        # Both measured in units of the same kind: '3 months' → '6 weeks' is shorter though 6 > 3.
        x, y = a.value * a.scale, b.value * b.scale
        return (y > x) - (y < x)
    return (b.value > a.value) - (b.value < a.value)


_WHEN = frozenset({"year", "month", "day", "date", "stamp"})
DATE_PARTS = 3  # the parts of one date that may change together (day, month or part of the year, year)


def _amount(q: Quantity) -> bool:
    """The quantity says how much: not when (a date or its parts) nor which (an ordinal)."""
    return q.sort not in _WHEN and q.sort != "ordinal"


def _direction(old_q: list[Quantity], new_q: list[Quantity]) -> str | None:
    """Up or down when the changed quantities measure comparable things and all move the same way. Amounts
    on both sides are compared without the dates beside them ('to 3.5 per cent, effective 4 November' → 'to
    3.75 per cent, effective 2 December' is up: the date says when, not how much); dates alone compare by their
    month and year before their day."""
    comparable = {"version": {"version", "number"}, "number": {"number", "version"}}
    amounts_old = [q for q in old_q if _amount(q)]
    amounts_new = [q for q in new_q if _amount(q)]
    if not old_q or not new_q:
        return None
    if amounts_old and amounts_new:
        old_q, new_q = amounts_old, amounts_new
    elif not amounts_old and not amounts_new:
        coarse_old = [q for q in old_q if q.sort != "day"]
        coarse_new = [q for q in new_q if q.sort != "day"]
        if coarse_old and coarse_new and {(q.sort, q.value) for q in coarse_old} != {
                (q.sort, q.value) for q in coarse_new}:
            old_q, new_q = coarse_old, coarse_new
        years_old, years_new = [q for q in old_q if q.sort == "year"], [q for q in new_q if q.sort == "year"]
        if len(years_old) == len(years_new) == 1 and years_old[0].value != years_new[0].value and (
                len(old_q) == len(new_q) <= DATE_PARTS):
            # One date moved, its year with it: the year says when before the part of the year does ('the second
            # half of 2024' → 'the first half of 2025' is later, whatever the half).
            old_q, new_q = years_old, years_new
    if len(old_q) != len(new_q):
        # A year or date on one side only ('below 4 per cent this year' → 'around 3½ per cent by early 2023')
        # says when, not how much: the amounts are compared without it.
        shared = {q.sort for q in old_q} & {q.sort for q in new_q}
        old_q = [q for q in old_q if q.sort in shared or q.sort not in _WHEN] or old_q
        new_q = [q for q in new_q if q.sort in shared or q.sort not in _WHEN] or new_q
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


def _level(s: Sentence, qs: list[Quantity]) -> Quantity | None:
    """The one amount of `qs` that a level is set or reached at ('to 4.25 per cent'), with the other amounts the
    size of the step ('by 100 basis points'); None unless the sentence is so built."""
    at = {q: next((k for k, t in enumerate(s.raw_tokens) if t == q.text), -1) for q in qs if _amount(q)}
    levels = [q for q, k in at.items() if k > 0 and s.words[k - 1] == "to"]
    steps = [q for q, k in at.items() if k > 0 and s.words[k - 1] in ("by", "further")]
    return levels[0] if len(levels) == 1 and len(steps) == len(at) - 1 and steps else None


def _level_moved(d: PairDiff, old_q: list[Quantity], new_q: list[Quantity]) -> str | None:
    """Amounts that moved different ways in a sentence that moves a level by a step ('reduce the cash rate by 75
    basis points to 5.25 per cent' → 'by a further 100 basis points, to 4.25 per cent'): a larger cut is a lower
    level, so the level says which way the judgment moved."""
    a, b = _level(d.old, old_q), _level(d.new, new_q)
    if a is None or b is None or a.sort != b.sort or a.value == b.value:
        return None
    return "up" if b.value > a.value else "down"


def _listed(old_q: list[Quantity], new_q: list[Quantity]) -> str | None:
    """A figure on one side only: a value added to or dropped from a list ('0.1% or 1%' → '0.1%', 'patched =
    [">= 1.0", "^0.10.4"]' → 'patched = [">= 1.0"]'), or stated where none was ('an identifier' → 'at least one
    identifier', 'its objective' → 'its 2 percent objective'). The sentence states more (up) or less (down).
    Dates and ordinals say when and which, not how much: no direction."""
    if not all(_amount(q) for q in old_q or new_q):
        return None
    return "down" if old_q else "up"


def _as_version(q: Quantity) -> Quantity:
    if q.sort == "version":
        return q
    parts = (tuple(_whole(p) for p in q.text.split(".") if p.isdigit()) if _VERSION.match(q.text)
             else (int(q.value) if math.isfinite(q.value) else _HUGE,))
    return Quantity(q.text, q.value, "version", parts, q.unit)


# Ranges of versions or values, as advisories and standards write them: '>= 0.7, < 0.9.3', '<=firmware_05',
# '>= 3 | <= 37', 'all versions', 'vers:all/*', a bare '*', '32 or later'.
def _num(name: str) -> str:
    return rf"(?P<{name}>\d+(?:\.\d+)*)"


# A version written without digits ('<=AD', '< LF'): a bound whose value cannot be ordered, only placed.
def _symbol(name: str) -> str:
    return rf"(?P<{name}>[A-Za-z][A-Za-z_.-]{{0,15}})(?![\w])"


_BOUND = re.compile(
    rf"(?:>=|≥|>)\s*`?\s*(?:[A-Za-z_]*?{_num('lo')}|{_symbol('lo_sym')})"
    rf"|(?:<=|≤|<)\s*`?\s*(?:[A-Za-z_]*?{_num('hi')}|{_symbol('hi_sym')})"
    rf"|{_num('later')}\s+(?:or|and)\s+(?:later|newer|above|higher|greater|up|onwards?|after)\b"
    rf"|{_num('earlier')}\s+(?:or|and)\s+(?:earlier|older|below|lower|prior|before)\b"
    r"|(?P<all>\ball\s+versions\b|\bvers:all\b|:\s*\*\s*(?:$|[|,;]))",
    re.IGNORECASE,
)
Point = tuple[int, ...] | str
_LOW: Point = (-1,)
_HIGH: Point = (1 << 62,)
Interval = tuple[Point, Point]


def _point(text: str) -> Point:
    return tuple(_whole(p) for p in text.split(".")) if text[:1].isdigit() else text


def _le(a: Point, b: Point) -> bool:
    """a ≤ b where that can be told: the open ends bound everything; a version without digits only itself."""
    if a in (b, _LOW) or b == _HIGH:
        return True
    return isinstance(a, tuple) and isinstance(b, tuple) and a <= b


# An HTML tag left in the text ('<br>', '<a name="4.2-r5">', '</li>'): markup, whose angle brackets bound nothing.
_TAG = lazy_compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")


def coverage(text: str) -> tuple[Interval, ...]:
    """The ranges a sentence states, in order: a lower bound followed by an upper one is one range ('>= 3 |
    <= 37'), a bound alone is open on the other side, 'all versions' or '*' is everything."""
    out: list[Interval] = []
    pending: Point | None = None  # a lower bound waiting for its upper bound
    for m in _BOUND.finditer(_TAG.sub(" ", text)):
        if m.group("all"):
            out.append((_LOW, _HIGH))
            continue
        lo_text = m.group("lo") or m.group("lo_sym") or m.group("later")
        hi_text = m.group("hi") or m.group("hi_sym") or m.group("earlier")
        if lo_text is not None:
            if pending is not None:
                out.append((pending, _HIGH))
            pending = _point(lo_text)
        elif hi_text is not None:
            top = _point(hi_text)
            if pending is not None and _le(pending, top):
                out.append((pending, top))
            else:
                if pending is not None:
                    out.append((pending, _HIGH))
                out.append((_LOW, top))
            pending = None
    if pending is not None:
        out.append((pending, _HIGH))
    return tuple(out)


def _within(inner: tuple[Interval, ...], outer: tuple[Interval, ...]) -> bool:
    return all(any(_le(o[0], i[0]) and _le(i[1], o[1]) for o in outer) for i in inner)


def _open_ends(ranges: tuple[Interval, ...]) -> tuple[tuple[bool, bool], ...]:
    return tuple((lo == _LOW, hi == _HIGH) for lo, hi in ranges)


def _ranges(text: str) -> str:
    """The ranges a sentence states as written, or else the versions it names ('v7.20'), or 'none'."""
    return (", ".join(m.group(0).strip(" :") for m in _BOUND.finditer(_TAG.sub(" ", text)))
            or ", ".join(w for w in text.split() if _VERSION_WORD.match(w.strip(",.;:()"))) or "none")


def _points(s: Sentence, ranges: tuple[Interval, ...]) -> tuple[Interval, ...]:
    """The versions a sentence without a range names that bound the other side's ranges ('Netvision v7.20' against
    'v7.20 and prior'): each covers itself alone."""
    if len(ranges) != 1 or (ranges[0][0] == _LOW) == (ranges[0][1] == _HIGH):
        return ()  # only against one range open at one end ('v7.20 and prior', '>= 2.1')
    ends = {p for lo, hi in ranges for p in (lo, hi) if isinstance(p, tuple) and p not in (_LOW, _HIGH)}
    named = {_point(w.lstrip("v")) for w in s.words if w.lstrip("v")[:1].isdigit() and _VERSION_WORD.match(w)}
    return tuple((p, p) for p in sorted(ends & named))


_VERSION_WORD = re.compile(r"^v?\d+(?:\.\d+)+$")  # '7.20', 'v7.20', '1.2.3': a version, not a count


def range_direction(d: PairDiff) -> tuple[bool, str | None]:
    """(applies, direction) for a sentence whose stated ranges changed shape — a bound added or dropped, a range
    split or joined ('all versions' → '<= 05', '>= 0.7, < 0.9.3' → '>= 0.7, < 0.8.6, >= 0.9.0, < 0.9.3'): what
    the range covers narrowed (down) or widened (up); None when neither holds the other. Ranges that keep their
    shape and move a number are read as numbers."""
    old, new = coverage(d.old.text), coverage(d.new.text)
    old, new = old or _points(d.old, new), new or _points(d.new, old)
    if not old or not new or old == new or _open_ends(old) == _open_ends(new):
        return False, None
    narrower, wider = _within(new, old), _within(old, new)
    if narrower != wider:
        return True, "down" if narrower else "up"
    # Ranges apart, one above the other ('08 and prior' → '09 or later'): the range moved up or down.
    if all(_le(o[1], n[0]) for o in old for n in new):
        return True, "up"
    if all(_le(n[1], o[0]) for o in old for n in new):
        return True, "down"
    # Ranges that overlap, one closing an end the other left open ('>= 26' → '>= 3 | <= 37', '<= 35' → '>= 3 | <=
    # 37'): a bound where there was none narrows more than any bound moved (an open end runs on without limit).
    open_old = sum(a + b for a, b in _open_ends(old))
    open_new = sum(a + b for a, b in _open_ends(new))
    if open_old != open_new:
        return True, "down" if open_new < open_old else "up"
    return True, None


def _to_the_month(full: Sentence, lo: int, hi: int, short: Sentence, lo2: int, hi2: int) -> bool:
    """'2024-09-26T06:00:00Z' → '2024-09' (the year and a two-digit month): the same date, written less precisely,
    as 'on 3 May 2010' → 'in May 2010' is."""
    if hi - lo == 1 and hi2 - lo2 == 1:  # '2023-07-13T06:00:00Z' → '2023-07T06:00:00Z': the day left out
        a, b = _ISO_DATE.match(full.words[lo]), _ISO_DATE.match(short.words[lo2])
        return a is not None and b is not None and a.group(3) is not None and b.group(3) is None and (
            a.group(1, 2) == b.group(1, 2))
    if hi - lo != 1 or hi2 - lo2 != 2 or short.gaps[lo2 + 1] != "-":
        return False
    iso = _ISO_DATE.match(full.words[lo])
    year, month = short.words[lo2:hi2]
    return iso is not None and len(month) == 2 and (year, month) == (iso.group(1), iso.group(2))


_STRESS_ONLY = frozenset({"only", "just"})
QUANTIFIER_WORDS = 4  # the longest quantifier ('the overwhelming majority of')
_IF_ANY = ("if", "any")


def _counting(w: str) -> bool:
    """A number word or a figure ('hundred', 'dozen', '30'): what a quantifier before it counts is a number."""
    return w in NUMBER_WORDS or w.removesuffix("s") in _SCALES | {"dozen"} or any(c.isdigit() for c in w)


def detect_scope(d: PairDiff) -> Finding | None:
    """One quantifier put for another on the scale few < some < many < most < nearly all < all, the words around it
    kept ('Updatable in all versions' → 'Updatable in some versions', 'Most forecasters expect' → 'Few forecasters
    expect'): the statement now covers fewer (down) or more (up) of what it speaks of."""
    for r in d.regions:
        a = SCOPE_QUANTIFIERS.find(d.old.words, r.i1, r.i2)
        b = SCOPE_QUANTIFIERS.find(d.new.words, r.j1, r.j2)
        # ('Most federations' → 'Only a handful of federations': 'only' stresses how few, it adds no quantity)
        i1 = r.i1 + (r.i1 < r.i2 and d.old.words[r.i1] in _STRESS_ONLY)
        j1 = r.j1 + (r.j1 < r.j2 and d.new.words[r.j1] in _STRESS_ONLY)
        i2, j2 = r.i2, r.j2
        if (r.i1 == r.i2) != (r.j1 == r.j2):
            # ('All federations' → 'Nearly all federations': a word put before a kept quantifier makes another one)
            a = [m for m in SCOPE_QUANTIFIERS.find(d.old.words, r.i1, min(len(d.old.words), r.i2 + QUANTIFIER_WORDS))
                 if m.start == r.i1]
            b = [m for m in SCOPE_QUANTIFIERS.find(d.new.words, r.j1, min(len(d.new.words), r.j2 + QUANTIFIER_WORDS))
                 if m.start == r.j1]
            # ('few hundred images' → 'a few hundred images': a number's grammar mended, not a quantifier moved)
            counted = any(m.end < len(s.words) and _counting(s.words[m.end])
                          for found, s in ((a, d.old), (b, d.new)) for m in found)
            if len(a) == 1 and len(b) == 1 and a[0].value != b[0].value and not counted and (
                    a[0].end - r.i2 == b[0].end - r.j2 and min(a[0].end - r.i2, b[0].end - r.j2) > 0):
                i2, j2 = a[0].end, b[0].end
        # ('All versions' → 'Few, if any, versions': the aside grants there may be none; the quantifier is 'few')
        if len(a) == 1 and d.old.words[a[0].end:i2] == _IF_ANY:
            i2 = a[0].end
        if len(b) == 1 and d.new.words[b[0].end:j2] == _IF_ANY:
            j2 = b[0].end
        if len(a) == 1 and len(b) == 1 and (a[0].start, b[0].start) == (i1, j1) and (a[0].end, b[0].end) == (
                i2 - 1, j2 - 1) and number_pair(d.old.words[i2 - 1], d.new.words[j2 - 1]):
            i2, j2 = i2 - 1, j2 - 1  # the noun after it changed number with it ('Every user' → 'Some users')
        if len(a) != 1 or len(b) != 1 or a[0].value == b[0].value or (a[0].start, a[0].end, b[0].start, b[0].end) != (
                i1, i2, j1, j2):
            continue
        step: Literal["up", "down"] = "up" if b[0].value > a[0].value else "down"
        said = "more" if step == "up" else "fewer"
        return Finding("quantity", "medium", step, (a[0].phrase,), (b[0].phrase,),
                       f"now said of {said}: '{a[0].phrase}' → '{b[0].phrase}'")
    return _generalised(d)


GENERIC_ADJECTIVES = 1  # words of description that may go with the quantifier ('many complex systems' → 'systems')
# 3: the highest step below the kind as a whole ('most', 'the overwhelming share of' users put before 'users' is
# read by the labels of the evaluation as a claim pressed harder, not narrowed)
_MANY = SCOPE_QUANTIFIERS.entries["many"]
# ('The many users', 'our many partners', 'one of the many': a described set, not a part of a kind)
_BEFORE_QUANTIFIER = NOUN_DETERMINERS | {"our", "your", "my", "of"}
# What names a whole set a partitive quantifier takes a part of ('some of these modules', 'a few of the users').
_DEFINITE = frozenset({"the", "these", "those", "its", "their", "our", "your"})


def _generalised(d: PairDiff) -> Finding | None:
    """A quantifier of part of a kind ('few', 'some', 'several', 'many') only dropped before its noun, the rest kept
    ('in many complex text mining systems' → 'in text mining systems', 'Some users report …' → 'Users report …'): the
    bare plural speaks of the kind as a whole, so the statement now covers more (up); put in, fewer (down). So too
    a part taken of a set named whole ('in these modules' → 'in a limited number of these modules': down)."""
    only = d.only_added_or_dropped()
    if only is None or len(d.regions) != 1:
        return None
    added, [words], at = only
    side = d.new if added else d.old
    found = [m for m in SCOPE_QUANTIFIERS.find(words) if m.start == 0]
    if not found or found[0].value > _MANY or len(words) - found[0].end > GENERIC_ADJECTIVES:
        return None
    rest, end = words[found[0].end:], at + len(words)
    if end >= len(side.words) or (at > 0 and side.words[at - 1] in _BEFORE_QUANTIFIER):
        return None
    nxt = side.words[end]
    # ('in these modules' → 'in a limited number of these modules', 'some of the users': a part of the set named)
    partitive = (list(rest) == ["of"] or (not rest and words[found[0].end - 1] == "of")) and nxt in _DEFINITE
    if not partitive and (any(not w.isalpha() or w in FUNCTION_WORDS for w in rest) or not nxt.isalpha()
                          or nxt in FUNCTION_WORDS or _counting(nxt)):
        return None
    if set_off(side.gaps[end]):
        return None
    step: Literal["up", "down"] = "down" if added else "up"
    phrase = " ".join(words)
    return Finding("quantity", "medium", step, () if added else (phrase,), (phrase,) if added else (),
                   f"now said of {'fewer' if added else 'the kind as a whole'}: '{phrase}' "
                   f"{'added' if added else 'dropped'}")


_LIST_JOINS = frozenset({"or", "and", "nor"})  # words between the items of a list of figures ("24 or 72")


def _figures_reordered(d: PairDiff) -> bool:
    """The same figures in another order inside a list ('say 24 or 72 hours' → 'say 72 or 24 hours'), every other
    word kept: the list was reordered, nothing measured changed. A range read the other way ('from 24 to 72' →
    'from 72 to 24') is not a list: its first figure is where it starts."""
    a, b = d.old.words, d.new.words
    if len(a) != len(b) or sorted(a) != sorted(b):
        return False
    moved = [k for k in range(len(a)) if a[k] != b[k]]
    if not moved or not all(any(ch.isdigit() for ch in a[k]) for k in moved):
        return False
    lo, hi = moved[0], moved[-1]
    return all(any(ch.isdigit() for ch in w) or w in _LIST_JOINS for w in a[lo:hi + 1])


# A vector of settings written as KEY:VALUE pairs joined by slashes ('CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N'):
# each value is a setting of its key.
_VECTOR = lazy_compile(r"(?<![\w/])(?:[A-Za-z]{1,4}:[\w.]{1,6}/){3,}[A-Za-z]{1,4}:[\w.]{1,6}(?![\w/])")


def _vector_settings(d: PairDiff) -> Finding | None:
    """A setting of a KEY:VALUE vector changed, its keys the same on both sides ('…/I:H/A:N' → '…/I:N/A:N'): a value
    the text states moved, however short its letters; up or down when the values are levels by their initials (High,
    Medium, Low, None) and all move one way. A vector on one side only is settings stated, or no longer stated."""
    old_v, new_v = _VECTOR.findall(d.old.text), _VECTOR.findall(d.new.text)
    if len(old_v) + len(new_v) == 1:
        # ('cvss = "CVSS:3.1/AV:N/…"' put in a header block both versions keep)
        vector, verb = (new_v[0], "stated") if new_v else (old_v[0], "no longer stated")
        return Finding("added" if new_v else "removed", "medium", None, tuple(old_v), tuple(new_v),
                       f"settings {verb}: '{vector}'")
    if len(old_v) != 1 or len(new_v) != 1 or old_v == new_v:
        return None
    old_pairs = [p.split(":", 1) for p in old_v[0].split("/")]
    new_pairs = [p.split(":", 1) for p in new_v[0].split("/")]
    if [k for k, _ in old_pairs] != [k for k, _ in new_pairs]:
        return None
    # (a value in figures is the edition the vector is written in, 'CVSS:3.0' → 'CVSS:3.1', not a setting)
    moved = [(k, x, y) for (k, x), (_, y) in zip(old_pairs, new_pairs, strict=True)
             if x != y and x.isalpha() and y.isalpha()]
    if not moved:
        return None
    levels = [(_LEVEL_LETTERS.get(x), _LEVEL_LETTERS.get(y)) for _, x, y in moved]
    ways: set[Direction] = {"up" if b > a else "down" for a, b in levels if a is not None and b is not None}
    direction = ways.pop() if len(ways) == 1 and all(a is not None and b is not None for a, b in levels) else None
    return Finding("quantity", "medium", direction, tuple(f"{k}:{x}" for k, x, _ in moved),
                   tuple(f"{k}:{y}" for k, _, y in moved),
                   "setting changed: " + ", ".join(f"'{k}:{x}' → '{k}:{y}'" for k, x, y in moved))


_LEVEL_LETTERS = {"H": 3, "M": 2, "L": 1, "N": 0}


def detect_quantity(d: PairDiff) -> Finding | None:
    """A number, date or other quantity changed; up or down when the two sides measure the same thing; else a
    setting of a KEY:VALUE vector."""
    found = _cadence(d) or _detect_quantity(d)
    return found if found is not None else _vector_settings(d)


# How many times a year a thing is done, said by one word ('published weekly', 'an annual review').
_CADENCE = {"hourly": 8760, "daily": 365, "nightly": 365, "weekly": 52, "fortnightly": 26, "monthly": 12,
            "quarterly": 4, "annually": 1, "annual": 1, "yearly": 1, "biennially": 0.5, "biennial": 0.5}


def _cadence(d: PairDiff) -> Finding | None:
    """How often a thing is done, moved in one word ('Backups are tested weekly' → 'monthly', 'an annual audit' →
    'a quarterly audit'): more often is up, less often down (the article may change with the word)."""
    if len(d.regions) != 1:
        return None
    r = d.regions[0]
    old_w = [w for w in d.old.words[r.i1:r.i2] if w not in ("a", "an")]
    new_w = [w for w in d.new.words[r.j1:r.j2] if w not in ("a", "an")]
    if len(old_w) != 1 or len(new_w) != 1 or old_w[0] not in _CADENCE or new_w[0] not in _CADENCE:
        return None
    a, b = _CADENCE[old_w[0]], _CADENCE[new_w[0]]
    if a == b:
        return None
    step: Direction = "up" if b > a else "down"
    return Finding("quantity", "medium", step, tuple(old_w), tuple(new_w),
                   f"done {'more' if step == 'up' else 'less'} often: '{span(d.old, r.i1, r.i2, pad=1)}' → "
                   f"'{span(d.new, r.j1, r.j2, pad=1)}'")


def _universal_for_count(d: PairDiff, counted_new: bool) -> str | None:
    """The word of the top step of the scope quantifiers ('all', 'every', 'each') the side without a figure says among
    its changed words: the count on the other side stands against every one, not against nothing. None without one,
    or where the word is part of a condition ('if a subscriber loses all authenticators of a factor' against 'loses
    one of the two factors': when the advice applies, not how many it covers)."""
    side = d.old if counted_new else d.new
    spans = [(r.i1, r.i2) if counted_new else (r.j1, r.j2) for r in d.regions]
    every = max(SCOPE_QUANTIFIERS.entries.values())
    for lo, hi in spans:
        for k in range(lo, hi):
            if SCOPE_QUANTIFIERS.entries.get(side.words[k]) == every:
                return None if CONDITION_OPENERS.intersection(side.words[:k]) else side.words[k]
    return None


def _beside_odds(s: Sentence, lo: int, hi: int) -> list[Quantity]:
    """The quantities of words [lo, hi), but for figures that state odds ('nine times out of ten', 'a 1 in 3
    chance'): those say how likely a thing is, which the likelihood detector reads; they count nothing."""
    if not any(w.isdigit() or w in NUMBER_WORDS for w in s.words[lo:hi]):
        return quantities(s, lo, hi)
    from monitor.assess.likelihood import odds_spans

    out, at = [], lo
    for a, b in sorted(odds_spans(s)):
        if b <= at or a >= hi:
            continue
        if a > at:
            out += quantities(s, at, a)
        at = max(at, b)
    return out + (quantities(s, at, hi) if at < hi else [])


def _same_count(a: str, b: str) -> bool:
    """The same count before a unit on both sides: the article ('a day' → 'a week'), a figure or a number word."""
    articles = ("a", "an")
    return (a in articles and b in articles) or (a == b and (a.replace(".", "", 1).isdigit() or a in NUMBER_WORDS))


def _detect_quantity(d: PairDiff) -> Finding | None:
    if _figures_reordered(d):
        return None
    if len(d.regions) == 1 and any(_to_the_month(*sides) for sides in (
            (d.old, d.regions[0].i1, d.regions[0].i2, d.new, d.regions[0].j1, d.regions[0].j2),
            (d.new, d.regions[0].j1, d.regions[0].j2, d.old, d.regions[0].i1, d.regions[0].i2))):
        r = d.regions[0]
        return Finding("quantity", "low", None, d.old.raw_tokens[r.i1:r.i2], d.new.raw_tokens[r.j1:r.j2],
                       "the same date written to the month")
    old_q: list[Quantity] = []
    new_q: list[Quantity] = []
    for r in d.regions:
        i1, i2, j1, j2 = r.i1, r.i2, r.j1, r.j2
        # An edit of a mixed number's whole or fraction ("3-1/2" → "3") reads the whole number on both sides.
        if (i1 < len(d.old.words) and (_mixed(d.old, i1) or _fraction_of(d.old, i1))) or (
                j1 < len(d.new.words) and (_mixed(d.new, j1) or _fraction_of(d.new, j1))):
            i1, j1 = max(0, i1 - 1), max(0, j1 - 1)
        if (i2 < len(d.old.words) and _mixed(d.old, i2)) or (j2 < len(d.new.words) and _mixed(d.new, j2)):
            i2, j2 = i2 + 1, j2 + 1
        if i1 > 0 and j1 > 0 and i1 < i2 and j1 < j2 and d.old.words[i1] in _SCALE and (
                d.new.words[j1] in _SCALE) and _same_count(d.old.words[i1 - 1], d.new.words[j1 - 1]):
            # 'a day' → 'a week', '2 hours' → '2 days': the count kept before the unit that changed is its count
            i1, j1 = i1 - 1, j1 - 1
        old_q += _beside_odds(d.old, i1, min(i2, len(d.old.words)))
        new_q += _beside_odds(d.new, j1, min(j2, len(d.new.words)))
    if not old_q or not new_q:
        # A spelled-out number inside a compound that went away with it ('one-time passwords' → 'OTPs',
        # 'first-class' → 'excellent') counted nothing: only a number against a number, or a figure, is one.
        old_q = [q for q in old_q if not _compound_word(d.old, q)]
        new_q = [q for q in new_q if not _compound_word(d.new, q)]
    if not old_q or not new_q:
        # 'AAL 3 authenticator requirements' → 'These requirements': the name went, not a number
        old_q = [q for q in old_q if not _named_by_changed_acronym(d.old, q, d)]
        new_q = [q for q in new_q if not _named_by_changed_acronym(d.new, q, d)]
    if not any(q.sort == "ordinal" and q.text.lower() not in _RELATIVE for q in old_q + new_q):
        old_q = [q for q in old_q if q.text.lower() not in _RELATIVE]
        new_q = [q for q in new_q if q.text.lower() not in _RELATIVE]
    ranged, narrowed = range_direction(d)
    if not old_q and not new_q:
        if not ranged:
            return None
        moved = {"up": "widened", "down": "narrowed"}.get(narrowed or "", "changed")
        return Finding("quantity", "medium", narrowed,  # type: ignore[arg-type]
                       (), (), f"range {moved}: '{_ranges(d.old.text)}' → '{_ranges(d.new.text)}'")
    if all(q.sort == "stamp" for q in old_q + new_q):
        return Finding("quantity", "low", None, tuple(q.text for q in old_q), tuple(q.text for q in new_q),
                       "the document's own date stamp changed")
    # 'IAL 2' ↔ 'IAL2': a level written apart on one side is part of an identifier on the other; 'FIPS 199' cited
    # on one side only names a text.
    old_q = [q for q in old_q if not _glued_in(d.old, q, d.new) and not _designation_only(d.old, q, d.new)]
    new_q = [q for q in new_q if not _glued_in(d.new, q, d.old) and not _designation_only(d.new, q, d.old)]
    if not old_q and not new_q:
        return None
    if not ranged and (not old_q or not new_q) and all(q.text.lower() == "none" for q in old_q + new_q):
        return None  # '…, although none of these has been replicated': a denial, not a figure set against none
    if not ranged and (not old_q or not new_q):
        # 'two (2) attempts' → 'two attempts': the figure in parentheses repeated the words, which stand
        gone, side, other = (old_q, d.old, d.new) if old_q else (new_q, d.new, d.old)
        kept = {(q.sort, q.value) for q in quantities(other)}
        if all(((q.sort, q.value) in kept and _parenthesised(side, q)) or _gloss(side, q)
               or (d.only_added_or_dropped() is not None and _restated_figure(side, q, other)) for q in gone):
            return None
    if not ranged and (not old_q or not new_q) and all(_article_one(*x) for x in (
            [(d.old, q) for q in old_q] + [(d.new, q) for q in new_q])) and not any(
            SCOPE_QUANTIFIERS.find(d.old.words, r.i1, r.i2) or SCOPE_QUANTIFIERS.find(d.new.words, r.j1, r.j2)
            for r in d.regions):
        # 'One recent approach' → 'Another approach', 'a secret key' → 'one or more secret keys' (against 'all' or
        # 'multiple', 'one or more' is a count)
        return Finding("quantity", "low", None, tuple(q.text for q in old_q), tuple(q.text for q in new_q),
                       f"'{(old_q or new_q)[0].text}' {'dropped' if old_q else 'added'}, counting no more than an "
                       "article would")
    if {q.same_as for q in old_q} == {q.same_as for q in new_q}:
        return None  # "two" → "2", "two (2)" → "two", '2 weeks' → '14 days': the same quantity written differently
    if all(q.sort == "day" for q in old_q + new_q) and (not old_q or not new_q):
        # 'on 3 May 2010' → 'in May 2010': the date kept, written more or less precisely
        return Finding("quantity", "low", None, tuple(q.text for q in old_q), tuple(q.text for q in new_q),
                       f"day of the month {'dropped from' if old_q else 'added to'} a date")
    if (not old_q or not new_q) and all(q.sort == "year" for q in old_q + new_q) and _year_of_kept_date(
            d.old if old_q else d.new, old_q or new_q, d.new if old_q else d.old):
        # 'In my statement of 23 January' → '… of 23 January 1990': the same date, its year written out
        return Finding("quantity", "low", None, tuple(q.text for q in old_q), tuple(q.text for q in new_q),
                       f"year {'dropped from' if old_q else 'added to'} a date")
    if (not old_q or not new_q) and all(q.sort == "year" for q in old_q + new_q) and _year_of_name(
            d.old if old_q else d.new, old_q or new_q, d.new if old_q else d.old):
        # 'the Privacy Act' → 'the Privacy Act of 1974': the same law, its year written out
        return Finding("quantity", "low", None, tuple(q.text for q in old_q), tuple(q.text for q in new_q),
                       f"year {'dropped from' if old_q else 'added to'} a name")
    direction = _direction(old_q, new_q) if old_q and new_q else _listed(old_q, new_q)
    every = _universal_for_count(d, counted_new=bool(new_q)) if not ranged and bool(old_q) != bool(new_q) else None
    if every is not None:
        # 'All cryptographic authenticators SHALL be …' → 'At least one cryptographic authenticator SHALL be …': a
        # count put where every one was meant says of fewer (down), and every one where a count stood of more (up)
        direction = "down" if new_q else "up"
    if direction is None and old_q and new_q:
        direction = _level_moved(d, old_q, new_q)
    if direction in ("up", "down") and old_q and new_q and all(
            _denominator(d.old, q) for q in old_q) and all(_denominator(d.new, q) for q in new_q):
        direction = "down" if direction == "up" else "up"  # 'one in four' → 'one in three': a larger share
    if ranged:
        direction = narrowed
    safe = _safe_set(d) if direction in ("up", "down") and (ranged or not old_q or not new_q) else None
    if safe is not None:
        direction = "down" if direction == "up" else "up"
    sorts = {q.sort for q in old_q} | {q.sort for q in new_q}
    before = ", ".join(q.shown for q in old_q) or every or "none"
    after = ", ".join(q.shown for q in new_q) or every or "none"
    label = "date" if sorts <= _WHEN else "version" if sorts == {"version"} else "number"
    word = {"up": "later", "down": "earlier"}.get(direction or "") if label == "date" else direction
    if ranged:
        label, word = "range", {"up": "widened", "down": "narrowed"}.get(direction or "")
    if safe is not None and word == direction:
        word = None  # the figures' own way is not the judgment's: the exposure below says which way that went
    trend = f" ({word})" if direction and word else ""
    exposure = f", so what stays exposed moved {direction} ('{safe}' names what is safe)" if safe else ""
    return Finding(
        "quantity", "medium", direction,  # type: ignore[arg-type]
        tuple(q.text for q in old_q), tuple(q.text for q in new_q),
        f"{label} changed{trend}: '{before}' → '{after}'{exposure}",
    )


# Words that name a set as safe (versions fixed, unaffected) or as exposed (affected, vulnerable).
SAFE_SETS = frozenset({"patched", "fixed", "unaffected"})
EXPOSED_SETS = frozenset({"affected", "vulnerable", "impacted"})
SET_REACH = 12  # words back from a changed value to the name of the list it is in


def _safe_set(d: PairDiff) -> str | None:
    """The word naming the list a value was added to or dropped from, when that list is of what is safe ('patched =
    [">= 1.0"]' → 'patched = []', 'fixed in 2.3 and 2.4' → 'fixed in 2.4'): a safe set that loses a value leaves
    more exposed, so the judgment's direction is the set's turned round. None when any changed value is in a list
    of what is exposed, or in no named list."""
    names = set()
    for r in d.regions:
        for s, at in ((d.old, r.i1), (d.new, r.j1)):
            back = s.words[max(0, at - SET_REACH):at][::-1]
            name = next((w for w in back if w in SAFE_SETS or w in EXPOSED_SETS), None)
            if name is not None and back[:back.index(name)].count("not") == 0:
                names.add(name)
    safe = names & SAFE_SETS
    return next(iter(safe)) if safe and not names & EXPOSED_SETS else None
