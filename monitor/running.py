"""Running headers, footers and page numbers in extracted text: which lines segment() drops before joining."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence, Set
from itertools import compress, pairwise
from operator import not_, or_

from monitor.lazy_re import lazy_compile
from monitor.normalize import squash

# A running header or footer is short: a title, a chapter name, a page number, a classification mark.
_MAX_WORDS = 12
_MAX_CHARS = 120
# Lines at the top and at the bottom of a page where a running header or footer sits.
_EDGE_LINES = 3
# Markdown, list and quote structure: such a line is a heading or an item of its own, repeated or not.
_STRUCTURED = frozenset("#-*+|>=~_^")
# A list item ("1. ", "(a) ", "• ") or a numbered heading: legitimate structure, never a running line.
_ITEM = lazy_compile(r"^\s*(?:[\u2022\u25aa\u25cf\u25e6\u25c6\u25c7\u25a0\u25a1\u2666\u25b6\u25ba\u00a7\u2756]|"
                   r"\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s|\([ivx]{1,5}\)|\.\.)")
_UNDERLINE = lazy_compile(r"^\s*(?:={3,}|-{3,}|~{3,}|\^{3,}|\*{3,})\s*$")
_DIGITS = re.compile(r"\d+")
# A page number at either end of a header line: "17 | Strategic Survey", "Chapter 2 - Russia 17".
_LEADING_NUMBER = lazy_compile(r"^\s*(\d{1,4})\s")
_TRAILING_NUMBER = lazy_compile(r"\s(\d{1,4})\s*$")
# What a sentence cut mid-clause ends with, on the line before a page break: a lower-case ASCII letter or a comma.
_MID_CLAUSE = frozenset("abcdefghijklmnopqrstuvwxyz,")


def running_lines(
    lines: Sequence[str], blank: Set[str], dropped: Set[str], page_starts: Sequence[int] | None,
    keys: dict[str, str] | None = None, distinct: Set[str] | None = None,
) -> list[int]:
    """The indexes of the lines that are running headers or footers, to drop wherever they sit.

    A candidate is a short line that is not Markdown or list structure, not a heading over an underline and not
    a finished sentence; lines are compared with their digits replaced, so "Russia 17" and "Russia 18" are one.
    It must look like a header: worded like a title (most words capitalised: "Chapter 2 - Russia",
    "CONFIDENTIAL"), or carrying a page number at its start or end that grows from one occurrence to the next.
    When page boundaries are known (`page_starts`, from form feeds), such a line among the first or last lines
    of pages that repeats there three times (twice in six pages or fewer) is a running line, at the page
    edges only. Without them, it must repeat at least three times and, unless its page number grows, show at
    one occurrence at least that it is pagination: a page-number line next to it, or a sentence that it cuts in
    two (the text before it stops mid-clause, the text after it goes on in lower case). A heading repeated per
    section or a repeated sentence shows none of these. `blank` and `dropped` are the texts of the blank lines
    and of those the config patterns drop (page numbers): what a line is follows from its text, so the tests are
    made once per distinct text, and only the lines of a repeated header-like text are looked at one by one.
    `keys`: the lines' keys found by an earlier call (the other version of a comparison), kept and added to;
    `distinct`: the set of the lines, when the caller has it.
    """
    n = len(lines)
    paged = page_starts is not None and len(page_starts) >= 2
    if paged:
        assert page_starts is not None
        blank_at = list(map(blank.__contains__, lines))
        candidates = [i for i in _page_edges(blank_at, page_starts)
                      if len(lines[i]) <= _MAX_CHARS and not (blank_at[i] or lines[i] in dropped)]
        counted = Counter(lines[i] for i in candidates)
        threshold = min(3, max(2, -(-len(page_starts) // 3)))
    else:
        # The texts that can be candidates (short, neither blank nor dropped, not a finished sentence: what
        # _header_text refuses first, and refuses for every text of the same key) found by a test per distinct
        # text, then their lines picked out and counted in C: a pool of repeated sentences counts none.
        short = {t for t in (set(lines) if distinct is None else distinct)
                 if len(t) <= _MAX_CHARS and not _finished(t)} - blank - dropped
        counted = Counter(compress(lines, map(short.__contains__, lines)))
        threshold = 3
    key_of = {} if keys is None else keys
    key_of.update({t: _DIGITS.sub("#", squash(t)).casefold() for t in counted.keys() - key_of.keys()})
    seen: dict[str, int] = {}
    first_text: dict[str, str] = {}
    for line, times in counted.items():  # (in order of first occurrence)
        key = key_of[line]
        seen[key] = seen.get(key, 0) + times
        first_text.setdefault(key, line)
    wanted = {key for key, times in seen.items() if times >= threshold and _header_text(first_text[key]) is not False}
    where: dict[str, list[int]] = {key: [] for key in first_text if key in wanted}  # (in order of first occurrence)
    if where:
        # (the lines of the wanted keys' texts found in C; a paged document's only at the page edges)
        texts = {t for t in counted if key_of[t] in where}
        at = candidates if paged else compress(range(n), map(texts.__contains__, lines))
        for i in at:
            line = lines[i]
            if line in texts:
                where[key_of[line]].append(i)
    repeated: list[list[int]] = []
    for occurrences in where.values():
        if not _header_like(lines, occurrences):
            continue
        # An underlined (reST, or a reader's) heading is a heading, however often it repeats.
        kept = [i for i in occurrences if i + 1 >= n or not _UNDERLINE.match(lines[i + 1])]
        if len(kept) >= threshold:
            repeated.append(kept)
    if paged or not repeated:
        return sorted(i for occurrences in repeated for i in occurrences)
    # Neighbours are looked up for the occurrences only, by bisection in the lines that can be one: two passes
    # at C speed over the lines rather than a Python loop filling a table for every line.
    blank_at = list(map(blank.__contains__, lines))
    dropped_at = list(map(dropped.__contains__, lines)) if dropped else [False] * n
    numbered = any(dropped_at)  # else no line can be next to a page number
    # the non-blank lines, the occurrences among them (asked only next to a page number)
    shown = list(compress(range(n), map(not_, blank_at))) if numbered else []
    # nor a candidate running line: the lines of text, marked and listed in C rather than tested one by one
    hidden = list(map(or_, blank_at, dropped_at))
    for occurrences in repeated:
        for i in occurrences:
            hidden[i] = True
    text = list(compress(range(n), map(not_, hidden)))
    out: list[int] = []
    for occurrences in repeated:
        if _numbers_grow(lines, occurrences) or any(
            (numbered and _next_to_page_number(i, shown, dropped_at)) or _cuts_a_sentence(lines, i, blank_at, text)
            for i in occurrences
        ):
            out.extend(occurrences)
    return sorted(out)


def _finished(line: str) -> bool:
    """The line ends as a sentence or a label does ('.', '!', '?', ':', ';'), and is not a number with a point."""
    text = line.strip()
    return text[-1:] in _CLOSERS and not text[:-1].isdigit()


_CLOSERS = frozenset(".!?:;")


def _header_like(lines: Sequence[str], occurrences: list[int]) -> bool:
    """Whether a repeated line can be a running header or footer: short, not structure, not a finished sentence,
    and worded like a title or carrying a page number that grows."""
    by_text = _header_text(lines[occurrences[0]])
    return by_text if by_text is not None else _numbers_grow(lines, occurrences)


def _header_text(line: str) -> bool | None:
    """_header_like as far as the line's own text decides: False when it cannot be a header (structure, too long,
    a finished sentence), True when it is worded like a title, None when only growing page numbers would make it
    one."""
    text = line.strip()
    if text[0] in _STRUCTURED or _ITEM.match(text) or text.count("|") > 1:
        return False
    words = text.split()
    if len(words) > _MAX_WORDS or not any(ch.isalnum() for ch in text):
        return False
    if _finished(text):
        return False  # a finished sentence, or a label introducing what follows
    return True if _title_like(words) else None


def _page_edges(blank: Sequence[bool], page_starts: Sequence[int]) -> list[int]:
    """The first and last few non-blank lines of every page."""
    edges: list[int] = []
    bounds = [*page_starts, len(blank)]
    for start, end in pairwise(bounds):
        body = [i for i in range(start, end) if not blank[i]]
        top = body[:_EDGE_LINES]
        edges.extend(top)
        edges.extend(i for i in body[-_EDGE_LINES:] if i not in top)
    return edges


def _neighbours(i: int, among: list[int]) -> tuple[int, int]:
    """The nearest lines before and after line `i` in `among` (ascending line indexes), -1 where there is none."""
    k = bisect_left(among, i)
    after = k + 1 if k < len(among) and among[k] == i else k
    return (among[k - 1] if k > 0 else -1), (among[after] if after < len(among) else -1)


def _numbers_grow(lines: Sequence[str], occurrences: list[int]) -> bool:
    """A number at the start or the end of the line that grows from each occurrence to the next: a page number."""
    for pattern in (_LEADING_NUMBER, _TRAILING_NUMBER):
        numbers = []
        for i in occurrences:
            m = pattern.search(lines[i])
            if m is None:
                break
            numbers.append(int(m.group(1)))
        else:
            if all(a < b for a, b in pairwise(numbers)):
                return True
    return False


def _title_like(words: list[str]) -> bool:
    """Most words capitalised, numbers or marks ("Chapter 2 - Russia", "CONFIDENTIAL", "Survey of the Year"), as
    a title is: a line of running prose ("the risks to the outlook are") next to a page break is half a
    sentence that happens to repeat, not a header."""
    return 2 * sum(word[0].islower() for word in words) <= len(words)


def _next_to_page_number(i: int, shown: list[int], dropped: Sequence[bool]) -> bool:
    """The nearest non-blank line before or after line `i` is one the config patterns drop (a page number)."""
    before, after = _neighbours(i, shown)
    return (before >= 0 and dropped[before]) or (after >= 0 and dropped[after])


def _cuts_a_sentence(lines: Sequence[str], i: int, blank: Sequence[bool], text: list[int]) -> bool:
    """The line sits, set apart by a blank line, between text that stops mid-clause and text going on in lower
    case (`text`: the lines of text around it, ascending)."""
    if not ((i > 0 and blank[i - 1]) or (i + 1 < len(blank) and blank[i + 1])):
        return False
    before, after = _neighbours(i, text)
    if before < 0 or after < 0:
        return False
    return lines[before].rstrip()[-1:] in _MID_CLAUSE and lines[after].lstrip()[:1].islower()
