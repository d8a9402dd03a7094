"""Text to logical paragraphs: soft wraps joined, page breaks repaired, captions dropped, sections from headings."""

from __future__ import annotations

import re
from collections import namedtuple
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import chain, compress, islice, pairwise, repeat
from operator import itemgetter, not_, or_

from monitor.config import NormalizeConfig
from monitor.lazy_re import lazy_compile
from monitor.normalize import fold, fold_lines, squash
from monitor.running import running_lines

TYPE_CHECKING = False  # typing's own constant, without loading typing at run time (monitor/launch.py)
if TYPE_CHECKING:
    from typing import NamedTuple, TypeVar

    _T = TypeVar("_T")

# A list item, or a reST explicit-markup line (".. _target: url", ".. note::"), starts a unit of its own.
_LIST_ITEM = lazy_compile(
    r"^\s{0,12}(?:[-*+\u2022\u25aa\u25cf\u25e6]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\([ivx]{1,5}\)|\.\.)\s+\S"
)
# Only whether a line is a markdown heading is asked, so the pattern stops at its first word: the heading's own
# text, trailing '#'s removed, once took time cubic in a line's length (r"(\S.*?)\s*#*\s*$").
# A numbered heading may run its number into the marks, as drafts converted to markdown do ('###2.1 Considerations,
# Other Requirements, and Flexibilities', '####6.1.3 Binding Identity to …').
_MD_HEADING = lazy_compile(r"^\s{0,3}#{1,6}(?:\s+\S|\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z])")
_SYMBOL_HEADING = lazy_compile(r"^\s*[\u25c6\u25c7\u25a0\u25a1\u2666\u25b6\u25ba\u00a7\u2756]\s*(\S.*)$")
_UNDERLINE = lazy_compile(r"^\s*(?:={3,}|-{3,}|~{3,}|\^{3,}|\*{3,})\s*$")
_RULE = lazy_compile(r"^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
# Closing '#'s are matched only from the start of the white space before them: tried from every space of a long
# run, the search was quadratic.
_HEADING_MARKS = lazy_compile(r"^[#\s\u25c6\u25c7\u25a0\u25a1\u2666\u25b6\u25ba\u00a7\u2756]+|(?<!\s)\s++#++$")
# The space itself comes first, its sentence end after it (a lookbehind of two characters): the same matches, but
# searched from the spaces only (the pattern's literal start), where a lookbehind first was tried at every character.
_INLINE_ITEM = lazy_compile(r" (?<=[.!?;] )(?=[-*+\u2022] [A-Z\"'(])")
_HEADER_FIELD = lazy_compile(r"^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*: \S")
_SOFT_WRAP_LINE = 160  # characters: no one hard-wraps wider; a longer line is a whole paragraph
_LINE_KIND = re.compile(
    "|".join(
        f"(?P<{name}>{rx.pattern})"
        for name, rx in (
            ("underline", _UNDERLINE), ("rule", _RULE), ("md", _MD_HEADING), ("symbol", _SYMBOL_HEADING),
            ("item", _LIST_ITEM),
        )
    )
)
# Every character a _LINE_KIND match can start with once the leading white space is skipped (each alternative
# starts with white space, then one of these or a decimal digit): a line starting otherwise (most lines of text) is
# set aside without a match, found so in C (tests/test_segment.py probes every other character).
_KIND_STARTS = frozenset(
    "=-~^*_#+.(abcdefghijklmnopqrstuvwxyz"
    "\u25c6\u25c7\u25a0\u25a1\u2666\u25b6\u25ba\u00a7\u2756"  # _SYMBOL_HEADING's marks
    "\u2022\u25aa\u25cf\u25e6"  # _LIST_ITEM's bullets
)
# What the second half of a sentence cut by a page may start with besides a lower-case word: a figure, a mark that
# closes or goes on, inline code ('… modified to always return\n\n-- p. 2 --\n\n`None` on the affected …'), or an
# aside in brackets ('… Homeland Security' / header / '(DHS) does not provide …').
_CONTINUATION = frozenset("0123456789,;)]%`(")
_TERMINAL = frozenset(".!?:;\"')]}\u2026*|>")
_WORD = lazy_compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Fragments that only ever occur as the tail of a word broken at a line end ("agree-" + "ment").
_SUFFIXES = frozenset(
    "ment ments tion tions sion sions ness nesses ing ings ed ly ity ities ance ances ence ences ive ives "
    "ous ously able ably ible ibly ism isms ist ists ure ures ate ated ates ation ations ial ially ical "
    "ically ary ory ize ized izes ise ised ises izing ising ant ants ent ents ency ancy ful fully less "
    "lessly ship ships hood ward wards logy logies graphy tive tively tic tics ular ement ements"
    .split()
)


_PARAGRAPH_DOC = """One logical paragraph, heading or list item in its comparison form (one line, typography folded).

    A named tuple, not a frozen dataclass: a document has tens of thousands, and segment() makes them all in C
    (tuple.__new__ mapped over their fields) where a dataclass runs a Python __init__ for each (about a
    microsecond: 10 ms of a 4 MB document); its fields are read by C descriptors too. Immutable, compared and
    hashed by value and shown as the dataclass was."""

if TYPE_CHECKING:

    class Paragraph(NamedTuple):
        index: int  # type: ignore[assignment]  # the field shadows tuple.index, as namedtuple allows
        text: str
        section: str | None
        heading: bool = False

else:
    # The class typing.NamedTuple makes of the one above (collections' named tuple, its docstring), made without
    # loading typing; tests/test_startup.py checks that the two have the same fields and defaults.
    Paragraph = namedtuple("Paragraph", ("index", "text", "section", "heading"), defaults=(False,))
    Paragraph.__doc__ = _PARAGRAPH_DOC


@dataclass(frozen=True)
class Document:
    """A version of a document as logical paragraphs, in order."""

    paragraphs: tuple[Paragraph, ...]

    @cached_property
    def texts(self) -> tuple[str, ...]:
        return tuple(p.text for p in self.paragraphs)


@dataclass(slots=True)
class _Unit:
    """A block of lines on its way to a paragraph (documented: a dataclass without a docstring loads `inspect`)."""

    kind: str  # "para", "item" or "heading"
    lines: list[str]
    after_gap: bool
    heading_text: str | None = None
    after_drop: bool = False  # a dropped line (page number, running header or footer) lay in the gap before it


def segment(raw: str, rules: NormalizeConfig, facts: LineFacts | None = None) -> Document:
    """Split decoded text into logical paragraphs.

    Soft-wrapped and hard-wrapped lines of a block are joined; a word hyphenated at a line end is
    rejoined; blank lines, dropped lines (page numbers, running headers and footers, found by the config
    patterns and by repetition: see running.py) and dropped blocks (captions) between the two halves of a
    paragraph broken by a page are repaired away.

    `facts`: what an earlier call with the same rules found out about its lines (LineFacts), shared by the two
    versions of a comparison so that the lines they have in common are tested once.
    """
    if facts is None or facts.rules != rules:
        facts = LineFacts(rules)
    lines, page_starts = _fold_pages(raw)
    units = _units(lines, facts, _dropped(lines, facts, page_starts))
    vocab: _Vocabulary = _Vocabulary(lines)
    # The units kept, and each one's text, or its joiner once a page break's second half has been added to it. A
    # unit that is a line (str) is a paragraph of that one line after a gap (_units).
    kept: list[_Unit | str] = []
    parts: list[str | _Joiner] = []
    starts: list[int] = []  # the headings' indexes in parts
    keep, keep_part = kept.append, parts.append
    joiners = False
    squashed, blocked = facts.squashed, facts.blocked
    seq = _split_inline_items(units, vocab, squashed)
    last_unit: _Unit | str | None = None  # the unit whose lines last went into a part
    last_opened = False  # and whether it opened that part (or went on one)
    for at, unit in enumerate(seq):
        if unit.__class__ is str:  # the common unit: what the lines below do for it, without the kind tests
            body = squashed[unit]
            if blocked is not None and blocked[body]:
                continue
            after_drop = False
        else:
            lines, kind = unit.lines, unit.kind  # type: ignore[union-attr]
            body = squashed[lines[0]] if len(lines) == 1 else _join_lines(lines, vocab, squashed)
            if kind == "heading":
                starts.append(len(parts))
                keep(unit)
                keep_part(body)
                last_unit, last_opened = unit, True
                continue
            if blocked is not None and blocked[body]:
                continue
            if kind != "para" or not unit.after_gap:  # type: ignore[union-attr]
                keep(unit)
                keep_part(body)
                last_unit, last_opened = unit, True
                continue
            after_drop = unit.after_drop  # type: ignore[union-attr]
        if parts:
            prev = parts[-1]
            last = _last_char(prev)
            # (what ends it, seen through a closing bracket: across a dropped header, and for a header that may
            # itself end on one, '[32]  NIST SP 800-63B (final, June 2017)')
            seen = _end_seen(prev)
            if after_drop:
                last = seen
            # (the first two tests are _continues' own first ones: most paragraphs end a sentence)
            open_end = bool(last) and last not in _TERMINAL
            joined = open_end and _continues(kept[-1], last, body, after_drop) and not (
                # (a footer that opens on a file's path, in lower case, is not the sentence going on)
                body[:1].islower() and (_furniture(body) or _marked_fields(body)))
            # (a header line after a sentence cut on a word no sentence ends on is asked for even where what comes
            # next starts with a capital: 'these guidelines and\n\nSP 800-63-3 …, p. 21\n\nSHOULD consider')
            if not joined and len(body) <= PAGE_NUMBER_CHARS and _PAGE_NUMBER.match(body) and _number_under_header(
                    kept, parts, seq[at + 1:at + 2], squashed):
                continue  # (the header goes when the sentence goes on below: see the next unit)
            cut = bool(seen) and seen not in _TERMINAL and len(parts) > 1 and (
                joined or body[:1].isalpha() or body[:1] in _CONTINUATION or (
                    body[:1] == "[" and body[1:2].isalpha())) and _interrupts(kept, parts, body)
            if joined and body[:1].islower() and _furniture_inside(body, prev, last_unit, last_opened,
                                                                   seq[at + 1:at + 2], squashed):
                continue  # (a page's line in lower case, the sentence going on after it: it goes)
            if joined or cut:
                if cut:
                    # The line before is a page's header or footer that cut this sentence: it goes, and the
                    # sentence is whole again.
                    kept.pop()
                    parts.pop()
                    prev = parts[-1]
                    if _PAGE_NUMBER.match(body):
                        continue  # (and the page's number on a line of its own after it: '5 (of 12)')
                if isinstance(prev, str):
                    prev = parts[-1] = _Joiner(prev, vocab)
                    joiners = True
                prev.add(body)
                last_unit, last_opened = unit, False
                continue
        keep(unit)
        keep_part(body)
        last_unit, last_opened = unit, True
    # (without a joiner, every part is its text)
    texts: list[str] = [p if isinstance(p, str) else p.text() for p in parts] if joiners else parts  # type: ignore[assignment]
    # Each paragraph's section is that of the last heading at or before it: set a run at a time, between headings.
    n = len(texts)
    headings = [False] * n
    sections: list[str | None] = [None] * n
    for start, end in pairwise([*starts, n]):
        body = texts[start]
        section = _HEADING_MARKS.sub("", kept[start].heading_text or body) or body  # type: ignore[union-attr]
        sections[start:end] = [section] * (end - start)
        headings[start] = True
    # Made in C: tuple.__new__ over the fields, without a Python call per paragraph.
    return Document(tuple(map(tuple.__new__, repeat(Paragraph), zip(range(n), texts, sections, headings, strict=True))))


_FIRST = itemgetter(0)


def _fold_pages(raw: str) -> tuple[list[str], list[int] | None]:
    """The folded text's lines, and the index of each page's first line when form feeds (pdftotext's page breaks)
    mark them. Folding turns a form feed into a blank line, so each page is folded on its own to know where it
    starts."""
    if "\f" not in raw:
        return fold_lines(raw), None
    pages = [fold(page) for page in raw.split("\f")]
    starts: list[int] = []
    line = 0
    for page in pages:
        starts.append(line)
        line += page.count("\n") + 2  # the page's lines, and the blank line the form feed becomes
    return "\n\n".join(pages).split("\n"), starts


class LineFacts:
    """What segment() finds out about a line from its text alone, for every distinct line it has read with one set of
    rules: whether a drop_lines pattern drops it, which kind of line it is (a heading mark, a list item, a rule:
    _LINE_KIND), its text squashed, its key as a candidate running header; and whether a paragraph's text is one a
    drop_blocks pattern drops.

    The two versions of a document share most of their lines: segmenting the second with the facts of the first
    tests only the lines that changed, a dict lookup for each other line where its tests cost microseconds (the
    drop patterns alone about ten for a line of prose). The facts are pure functions of the text and the rules, so
    a line's are the same whichever version it was first read in."""

    __slots__ = ("blocked", "drop", "dropped", "kinds", "rules", "running_keys", "seen", "squashed")

    def __init__(self, rules: NormalizeConfig) -> None:
        self.rules = rules
        self.drop = _any_of(rules.drop_lines)  # the drop_lines patterns as one, built once for every learn()
        self.seen: set[str] = set()  # the lines learned
        self.dropped: set[str] = set()  # those a drop_lines pattern drops
        self.kinds: dict[str, str | None] = {}  # those _LINE_KIND matches -> the name of the group that matches
        self.squashed: _Memo[str] = _Memo(squash)  # line -> squash(line); a line not learned is squashed when asked
        blocks = _any_of(rules.drop_blocks)
        # paragraph text -> its drop_blocks match (None: kept); a text not met before is searched when asked
        self.blocked: _Memo[re.Match[str] | None] | None = None if blocks is None else _Memo(blocks.search)
        self.running_keys: dict[str, str] = {}  # short line -> its key in running_lines

    def learn(self, lines: set[str]) -> None:
        """Find the facts of the non-blank `lines` not met before, each test mapped in C over all of them."""
        fresh = list(lines.difference(self.seen))
        if not fresh:
            return
        self.seen.update(fresh)
        if self.drop is not None:
            self.dropped.update(filter(self.drop.search, fresh))
        # (each line non-blank: its first character after the white space _LINE_KIND skips, as str.lstrip does)
        firsts = list(map(_FIRST, map(str.lstrip, fresh)))
        maybe = compress(fresh, map(or_, map(_KIND_STARTS.__contains__, firsts), map(str.isdecimal, firsts)))
        self.kinds.update((line, _line_kind(line)) for line in filter(_LINE_KIND.match, maybe))
        bodies = list(map(squash, fresh))
        self.squashed.update(zip(fresh, bodies, strict=True))
        if self.blocked is not None:  # (a one-line paragraph's text is its line squashed)
            self.blocked.update(zip(bodies, map(self.blocked.fn, bodies), strict=True))


class _Memo(dict[str, "_T"]):
    """A function's value for each text asked of it, computed when first asked."""

    __slots__ = ("fn",)

    def __init__(self, fn: Callable[[str], _T]) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, text: str) -> _T:
        value = self[text] = self.fn(text)
        return value


def _line_kind(line: str) -> str | None:
    """The name of the _LINE_KIND group that matches the line, None for a line of text."""
    m = _LINE_KIND.match(line)
    return None if m is None else m.lastgroup


def _dropped(lines: list[str], facts: LineFacts, page_starts: list[int] | None) -> list[bool]:
    """Which lines are blank, and which are dropped: by the config patterns, or as running headers and footers."""
    # What a line is follows from its text: each distinct text is tested once (a document of short lines repeats
    # many: a page number, a boilerplate line, a pool of sentences), and each line then looked up in C.
    # Blank: empty or only white space, i.e. nothing left once stripped (str.strip and str.isspace know the same
    # white space).
    texts = set(lines)
    blank = set(compress(texts, map(not_, map(str.strip, texts))))  # (a set's order is the same on each pass)
    facts.learn(texts - blank)
    dropped = facts.dropped & texts if facts.dropped else set()
    skips = list(map((blank | dropped).__contains__, lines) if dropped else map(blank.__contains__, lines))
    for i in running_lines(lines, blank, dropped, page_starts, facts.running_keys, texts):
        skips[i] = True
    # A header or footer met once inside a wrapped paragraph ('… for a sustained period of time,\nGDS Way · Manage
    # alerts · 2 / 5\nand when it is …'): the line before stops mid-sentence, the line after goes on in lower case.
    # (the cheap tests first: a long line is prose, and the regex runs in C before the shape test in Python)
    shaped = {t for t in texts - blank - dropped
              if len(t) <= FURNITURE_CHARS + INDENT_CHARS and (
                  (_fields(t) and _furniture(t.strip())) or (_RARE_FIELDS.search(t) and _edge_shaped(t.strip())))}
    if shaped:
        last = len(lines) - 1
        for i in [i for i, line in enumerate(lines) if line in shaped]:
            if not 0 < i < last or skips[i] or skips[i + 1]:
                continue
            k = i - 1  # the line the header follows
            if skips[k]:
                # at the top of a page, glued to the line that goes on with the sentence the last page cut ('…
                # (VPN),\f' then 'CISA | ICSA-22-356-03 … | Page 4 of 6' then 'or other means to …'): the line before
                # the page's blank
                if lines[k] not in blank or page_starts is None or (i not in page_starts and k not in page_starts):
                    continue
                while k > 0 and skips[k]:
                    k -= 1
            if _cut_between(lines[k], lines[i + 1]):
                skips[i] = True
    if page_starts is not None and len(page_starts) > 1:
        _drop_at_page_edges(lines, skips, page_starts)
    return skips


def _drop_at_page_edges(lines: list[str], skips: list[bool], page_starts: list[int]) -> None:
    """A form feed says where a page breaks. A line met once at that edge — the last line of the page before it,
    or the first of the page after — between the halves of a sentence the break cut (the text before stops
    mid-sentence, the text after goes on in lower case) is that page's footer or header, whatever words it uses
    ('… warranties of any kind\f[sheet 1 of 9] ICSA-23-108-02 Easy UPS / TLP:CLEAR / CISA\nregarding …'): its
    place is the evidence, so its shape need only be that of no line of prose — short, not ended as a sentence, not
    opening in lower case as the sentence's next words would, and with fields set apart or a number ending it."""
    n = len(lines)
    for p in page_starts[1:]:
        last = p - 1
        while last >= 0 and skips[last]:
            last -= 1
        first = p
        while first < n and skips[first]:
            first += 1
        # (the page's header first: a footer above the break is then seen with the text after the header)
        for i in (first, last):
            if not 0 <= i < n or skips[i] or not _edge_shaped(lines[i].strip()):
                continue
            k = i - 1
            while k >= 0 and skips[k]:
                k -= 1
            j = i + 1
            while j < n and skips[j]:
                j += 1
            # Glued to the half of the sentence on its own page: a header right above the line that goes on, a
            # footer right below the line that stops (a line after a paragraph's gap starts a paragraph).
            if k < 0 or j >= n or (i >= p and j != i + 1) or (i < p and k != i - 1):
                continue
            if _cut_between(lines[k], lines[j]):
                skips[i] = True


def _cut_between(before: str, after: str) -> bool:
    """The line `before` stops mid-sentence (seen through a closing bracket) and the line `after` goes on with it in
    lower case, or with an aside in brackets: a sentence was cut between them ('The Department of Homeland Security'
    / header / '(DHS) does not provide …')."""
    before, after = before.rstrip(), after.lstrip()
    if after[:1] in _OPENING_MARKS:
        after = after[1:]  # ('… as “pages”, and' / '“non-interrupting” issues …': a quoted word goes on with it)
    return bool(before) and (_through_bracket(before) if before[-1] in ")]" else before[-1]) not in _TERMINAL and (
        after[:1].islower() or after[:1] == "(")


_CLOSING = frozenset(")]\"\u201d\u2019")  # a bracket or a quote a sentence may go on after ('provided "as is" for …')


_OPENING_MARKS = frozenset("[\"'\u201c\u2018")  # what may open the words that go on with a cut sentence


def _edge_shaped(text: str) -> bool:
    """Shaped as no line of a sentence cut at a page break: short, not ended as a sentence, not opening in lower case
    (the sentence's next words would, unless two marks set its fields apart, as no line of prose has them: 'folio
    3/11 :: ICSA-… :: TLP:CLEAR'), not code or a table row, with fields set apart or a number ending it ('/
    TLP:CLEAR /', '· 4')."""
    if not text or len(text) > FURNITURE_CHARS or text[0] in "|`" or text[-1] in _TERMINAL:
        return False
    if text[:1].islower():
        return len(_FIELD_SEP.findall(text)) >= 2
    return bool(_FURNITURE_SEP.search(text))


def _units(lines: list[str], facts: LineFacts, skips: list[bool]) -> list[_Unit | str]:
    """The lines as units (`skips`: the lines _dropped skips); a line alone (a str) is a unit of its own, a
    paragraph after a gap."""
    units: list[_Unit | str] = []
    cur: _Unit | None = None
    gap = True
    after_drop = False
    kind_of = facts.kinds.get  # (every line here is learned: one that _LINE_KIND does not match is not in kinds)
    # (each line with whether the next one is skipped: the last line's next is)
    for line, skip, alone in zip(lines, skips, chain(islice(skips, 1, None), (True,)), strict=True):
        if skip:
            cur, gap = None, True
            after_drop = after_drop or (bool(line) and not line.isspace())
            continue
        follows_drop, after_drop = after_drop, False
        # One combined match per distinct line (LineFacts): most lines start with a letter and match nothing.
        kind = kind_of(line)
        if kind is None:  # the common line: what the last branch below does for it, without the kind tests
            if cur is None:
                if alone and gap and not follows_drop:
                    # A paragraph of this one line, after a gap: the line stands for its unit, made by no Python
                    # call (the next line is skipped, so nothing joins it, nor makes it a heading).
                    units.append(line)
                    continue  # (gap: the skipped line sets it again)
                cur = _Unit("para", [line], gap, None, follows_drop)
                units.append(cur)
            else:
                cur.lines.append(line)
            gap = False
            continue
        if kind == "underline" and cur is not None and cur.kind == "para" and len(cur.lines) == 1:
            cur.kind, cur.heading_text = "heading", cur.lines[0]
            cur, gap = None, True
            continue
        if kind in ("rule", "underline"):
            cur, gap = None, True
            continue
        if kind == "md":
            units.append(_Unit("heading", [line], gap))
            cur, gap = None, False
            continue
        if kind == "symbol":
            # A symbol-led heading ("◆ Will the …") may wrap onto further lines, so it stays open.
            cur = _Unit("heading", [line], gap)
            units.append(cur)
            gap = False
            continue
        if kind == "item":
            cur = _Unit("item", [line], gap)
            units.append(cur)
        elif cur is None:
            cur = _Unit("para", [line], gap, after_drop=follows_drop)
            units.append(cur)
        else:
            cur.lines.append(line)
        gap = False
    return units


@lru_cache(maxsize=32)
def _any_of(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """One pattern matching where any of `patterns` does (a single scan instead of one per pattern)."""
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)


def _split_inline_items(units: Sequence[_Unit | str], vocab: _Vocabulary,
                        squashed: Mapping[str, str]) -> list[_Unit | str]:
    """Re-split paragraphs that joining ran together: one-line paragraphs sharing a block, and list
    items that a re-wrap ran into one line ("… countries. - Regardless of …")."""
    out: list[_Unit | str] = []
    keep = out.append
    for unit in units:
        if unit.__class__ is str or (len(unit.lines) == 1 and unit.kind != "item"):  # type: ignore[union-attr]
            keep(unit)  # the common unit: neither split below touches it
            continue
        assert not isinstance(unit, str)
        if unit.kind == "para" and len(unit.lines) > 1 and _HEADER_FIELD.match(unit.lines[0]) and all(
            _HEADER_FIELD.match(line) or line[:1].isspace() for line in unit.lines
        ):
            # An RFC 822-style header block (a PEP's "Status: Final", "Python-Version: 3.11"): one unit
            # per field, its indented continuation lines included.
            fields: list[list[str]] = []
            for line in unit.lines:
                if fields and line[:1].isspace():
                    fields[-1].append(line)
                else:
                    fields.append([line])
            out.extend(
                _Unit("para", f, unit.after_gap if i == 0 else False, after_drop=unit.after_drop and i == 0)
                for i, f in enumerate(fields)
            )
            continue
        if unit.kind != "heading" and len(unit.lines) > 1 and max(map(len, unit.lines)) > _SOFT_WRAP_LINE:
            # Lines this long are not hard-wrapped: each line that follows a finished sentence is a
            # paragraph of its own; a line after an unfinished one continues it, as a broken line does. A line that
            # ends on a semicolon inside a bracket it opened is unfinished too ('… classification [@tag:Liu;' /
            # '@tag:Segata], and …': a list of citations broken across the lines).
            pieces: list[list[str]] = []
            depth = 0  # brackets the current piece has opened and not closed
            for line in unit.lines:
                if pieces and not _LIST_ITEM.match(line) and (
                        (end := pieces[-1][-1].rstrip()[-1:]) not in _TERMINAL or (end == ";" and depth > 0)):
                    pieces[-1].append(line)
                else:
                    pieces.append([line])
                    depth = 0
                depth = max(0, depth + line.count("[") + line.count("(") - line.count("]") - line.count(")"))
            if len(pieces) > 1:
                split = [
                    _Unit("item" if _LIST_ITEM.match(p[0]) else "para", p, unit.after_gap if i == 0 else False,
                          after_drop=unit.after_drop and i == 0)
                    for i, p in enumerate(pieces)
                ]
                out.extend(_split_inline_items(split, vocab, squashed))
                continue
        if unit.kind != "item":
            out.append(unit)
            continue
        parts = _INLINE_ITEM.split(_join_lines(unit.lines, vocab, squashed))
        out.extend(_Unit("item", [part], unit.after_gap if i == 0 else False) for i, part in enumerate(parts))
    return out


def _join_lines(lines: list[str], vocab: _Vocabulary, squashed: Mapping[str, str]) -> str:
    """The lines of a unit as one text; `squashed`: each line squashed (LineFacts.squashed)."""
    if len(lines) == 1:
        return squashed[lines[0]]
    pieces = list(map(squashed.__getitem__, lines))
    if not any(map(str.endswith, pieces[:-1], repeat("-"))):
        # No line but the last ends with a hyphen, so none is glued to the next (_Joiner.add): the lines are one
        # join, not a Python step each (a paragraph hard-wrapped into 26,000 lines).
        return " ".join(filter(None, pieces))
    joiner = _Joiner(pieces[0], vocab)
    for piece in pieces[1:]:
        joiner.add(piece)
    return joiner.text()


class _Joiner:
    """One paragraph's text built from its pieces (lines, or the halves of a paragraph cut by a page break),
    rejoining a word hyphenated across a break. The pieces are joined once at the end: adding each to the
    text so far made a paragraph of thousands of lines quadratic."""

    __slots__ = ("_parts", "_vocab", "_word")

    def __init__(self, first: str, vocab: _Vocabulary) -> None:
        self._parts = [first] if first else []
        self._vocab = vocab
        self._word: str | None = None  # the text after the last space (what a hyphen may continue), once asked

    @property
    def last(self) -> str:
        """The last character of the text so far ('' when there is none)."""
        return self._parts[-1][-1:] if self._parts else ""

    @property
    def last_word(self) -> str:
        """The last word of the text so far ('' when there is none)."""
        return self._parts[-1].rsplit(" ", 1)[-1] if self._parts else ""

    def text(self) -> str:
        return self._parts[0] if len(self._parts) == 1 else "".join(self._parts)

    def add(self, right: str) -> None:
        """Append the next piece: after a space, or glued to a word hyphenated at the break."""
        if not right:
            return
        parts = self._parts
        word = self._word if self._word is not None else parts[-1].rsplit(" ", 1)[-1] if parts else ""
        tail_word = right.rsplit(" ", 1)[-1] if " " in right else None
        if len(word) > 1 and word.endswith("-") and word[-2].isalpha() and right[:1].islower():
            tail = _WORD.match(right)
            if tail and self._vocab.drop_hyphen(word[:-1], tail.group(0)):
                parts[-1] = parts[-1][:-1]
                word = word[:-1]
            parts.append(right)
            self._word = word + right if tail_word is None else tail_word
            return
        parts.append(f" {right}" if parts else right)
        self._word = right if tail_word is None else tail_word


PAGE_NUMBER_CHARS = 24  # characters a line holding only a page's number may have ('- Page 1234 of 1234 -')
FURNITURE_CHARS = 160  # characters a page's header or footer line may have (a title, an advisory number, a page)
INDENT_CHARS = 8  # white space around it that a line may have besides


# What sets a header's or footer's fields apart ('NIST SP 800-63B      DIGITAL IDENTITY GUIDELINES', 'Guide -- draft
# -- 9 / 12', 'Media Release 2016-27 · page 2', 'Treating disease: draft / sheet 3', 'leaf 1 of 3 ~ ICSA-… ~ TLP'),
# or a number that ends it ('5 (of 12)').
# A mark that sets fields apart, spaces each side (a hyphen too: by here a dash is a hyphen, typography folded).
# (and a symbol between fields, 'panel 2 of 6 ◆ ICSA-… ◆ TLP:CLEAR', 'quire 1 of 6 ✦ ICSA-… ✦ TLP:CLEAR', 'signature 1
# of 6 ⁂ ICSA-… ⁂ TLP:CLEAR', as no line of prose has between spaces: the blocks of symbols whole, Miscellaneous
# Technical, Geometric Shapes, Miscellaneous Symbols and Dingbats, and the marks of General Punctuation that are
# neither dashes, quotes, primes nor per mille: daggers, the reference mark, the asterism, flowers; not arrows, which
# prose puts between the states of a change, 'hold → raise')
_SHAPES = "\u2020\u2021\u203b-\u203e\u2041-\u205e\u2300-\u23ff\u25a0-\u25ff\u2600-\u27bf"
# ('//' too, as '--' and '::': 'How to store and query logs // GDS Way // journal 2')
_MARK_CHARS = rf"|/~\u00a6\u00b7\u00bb\u2016\u2022\u2013\u2014{_SHAPES}"  # each a mark alone
_SET_APART = rf"\s(?:--|::|//|[{_MARK_CHARS}-])\s"
# (a page's number is whole: a line of prose may end on a version or a figure, 'VxWorks version 6.9', '2.5 per cent')
_FURNITURE_SEP = lazy_compile(rf"\S(?:\s{{2,}}|\t|{_SET_APART})\S|(?<![\d.,])\d{{1,4}}\s*[\u2013\u2014-]?\)?\s*$")


def _interrupts(kept: list[_Unit | str], parts: list[str | _Joiner], body: str) -> bool:
    """The last unit kept is one line that a page's header or footer put inside a sentence: the paragraph before
    it stops mid-sentence, `body` (which continues a sentence) comes after it, and the line is shaped as page
    furniture, not prose: short, not ending a sentence, not starting in lower case, holding a number (a page, an
    edition, a date) and fields set apart ('... although turnover\n\n– Reserve Bank of Australia · Media Release
    2016-27 · page 2 –\n\nof established dwellings ...'). Found by its place, so a header met once (a two-page
    document, one page break moved) goes as a repeated one does. A formula ('='), code ('`') or a table row ('|')
    is kept."""
    unit, before = kept[-1], parts[-2]
    text = _one_line(unit)
    if text is None:
        lines = unit.lines  # type: ignore[union-attr]
        if unit.kind != "para" or len(lines) != 2 or not any(map(_PAGE_NUMBER.match, lines)):  # type: ignore[union-attr]
            return False
        # the header and its page's number on a line of its own ('Reserve Bank of Australia – Board minutes, 7
        # October 2008' / '[5]'), read as the one line a page's furniture is, its number bare at the end
        head, number = sorted(lines, key=lambda x: bool(_PAGE_NUMBER.match(x)))
        text = f"{head.strip()} {''.join(c for c in number if c.isdigit())}"
    # (where the sentence goes on in lower case on the far side, its place speaks for the line: a short line with a
    # number, a date or an edition, and no sentence ended in it, is the page's, whatever its words: 'photocopy of fax
    # 2 Oct 18 (cont.)', 'spooler output 03/03/15 continues')
    if not (_furniture(text) or _marked_fields(text) or (body[:1].islower() and (
            _numbered_after(text, before) or _paged_in_words(text)))):
        return False  # (after 'at', 'of', 'the' the line may be what the sentence names: '1600 Pennsylvania Ave')
    last = _end_seen(before)
    if not last or last in _TERMINAL:
        return False
    if _continues(kept[-2], last, body, True):
        return True
    # ('… per the requirements in these guidelines and\n\nSP 800-63-3 (June 2017 draft), p. 21\n\nSHOULD consider
    # …': the first half stops on a word no sentence ends on, and the second opens on a word in capitals, a keyword
    # or an acronym, that goes on with it; after an article, on any capital: '… the\n\n…\n\nReserve Bank …'.
    # A word merely capitalised after a preposition ('Write to the office at\n\n…\n\nOr by post.') starts a
    # sentence.)
    word = _last_word(before)
    head = body.split(" ", 1)[0].lstrip("[(")  # (a link's text goes on as its words do: '… from a' / '[Prometheus …')
    if kept[-2].__class__ is not str and kept[-2].kind == "heading":  # type: ignore[union-attr]
        return False
    if head.isalpha() and head[:1].isupper() and _name_opened(before):
        return True  # ('… read more on how the Reliability' / … / 'Engineering team manages …': a name cut in two)
    return word in _OPEN_ENDINGS and head.isalpha() and (
        (head.isupper() and len(head) > 1) or (word in _ARTICLES and head[:1].isupper()))


def _name_opened(before: str | _Joiner) -> bool:
    """The part ends on an article and a capitalised word ('… on how the Reliability'): a name begun, which a
    sentence does not end on without its full stop."""
    text = before if before.__class__ is str else before.text()  # type: ignore[union-attr]
    words = text.rsplit(None, 2)[-2:]
    return len(words) == 2 and words[0].lower() in _ARTICLES and words[1][:1].isupper() and words[1].isalpha()


def _one_line(unit: _Unit | str) -> str | None:
    """The text of a unit that is one line (a line alone, or a paragraph or list item of one line: '– Guide · page 2
    –' reads as an item), stripped; None for a unit of several lines or a heading."""
    if unit.__class__ is str:
        return unit.strip()
    if unit.kind in ("para", "item") and len(unit.lines) == 1:  # type: ignore[union-attr]
        return unit.lines[0].strip()  # type: ignore[union-attr]
    return None


def _last_char(part: str | _Joiner) -> str:
    """The last character of a paragraph's text so far ('' when it has none)."""
    return part[-1:] if part.__class__ is str else part.last  # type: ignore[union-attr]


def _end_seen(part: str | _Joiner) -> str:
    """What ends a paragraph's text so far, seen through a closing bracket or quote (_through_bracket)."""
    last = _last_char(part)
    return _through_bracket(part) if last in _CLOSING else last


def _opens_after_gap(unit: _Unit | str, squashed: Mapping[str, str]) -> str:
    """The first line of a paragraph that opens after a gap (a line alone, or a paragraph's unit); '' for any other
    unit (a heading, an item, lines that go on from a dropped one)."""
    if unit.__class__ is str:
        return squashed[unit]
    if unit.kind == "para" and unit.after_gap:  # type: ignore[union-attr]
        return squashed[unit.lines[0]]  # type: ignore[union-attr]
    return ""


def _number_under_header(kept: list[_Unit | str], parts: list[str | _Joiner], after: Sequence[_Unit | str],
                         squashed: Mapping[str, str]) -> bool:
    """A page's number on a line of its own, after a gap, below a one-line header that itself follows a sentence
    stopped mid-clause, and above a paragraph that goes on in lower case after another gap ('… to be strong,' /
    'Digest of Board business, March 2007' / '(iii)' / 'with further indications …'): the page's number goes, and
    the header with it once the sentence goes on."""
    if len(parts) < 2 or not after or not kept:
        return False
    text, last = _one_line(kept[-1]), _end_seen(parts[-2])
    if text is None or not last or last in _TERMINAL or not (_furniture(text) or _marked_fields(text)):
        return False
    return _opens_after_gap(after[0], squashed)[:1].islower()


def _furniture_inside(body: str, before: str | _Joiner, last: _Unit | str | None, opened: bool,
                      after: Sequence[_Unit | str], squashed: Mapping[str, str]) -> bool:
    """`body`, a line after a gap that opens in lower case and would go on the sentence `before` stops in, is a
    page's line put inside that sentence: short, with a number and no sentence ended in it ('photocopy of fax 2 Oct 18
    (cont.)', 'bound volume, April 2014 issue, continues over'), between the halves of a sentence whose second half
    goes on in lower case after another gap, where both halves are paragraphs of prose around it: the first several
    lines, or one line that opened its paragraph (`opened`) more than twice as long; the second several lines, or
    one that ends its paragraph. Read alone, the line looks like the sentence going on; what comes after says it is
    not. Prose set a line apart each (a double-spaced extraction) has lines that go on from one gap to the next, and
    is kept; so is a line after a word that waits for what it names ('… write to the office at' / '1600 Pennsylvania
    Avenue')."""
    if not after or last is None or not _numbered_after(body, before):
        return False
    nxt = after[0]
    first = _opens_after_gap(nxt, squashed)
    if not first[:1].islower():
        return False
    words = len(body.split())
    if last.__class__ is str or len(last.lines) == 1:  # type: ignore[union-attr]
        tail = last if last.__class__ is str else last.lines[0]  # type: ignore[union-attr]
        if not opened or len(tail.split()) <= max(NUMBERED_LINE_WORDS, 2 * words):
            return False
    if nxt.__class__ is str or len(nxt.lines) == 1:  # type: ignore[union-attr]
        return first[-1:] in _TERMINAL and len(first.split()) > words
    return True


def _numbered_after(text: str, before: str | _Joiner) -> bool:
    """A short numbered line (_numbered_line) after a sentence that stops on a word that does not wait for what it
    names ('… to the office at' / '1600 Pennsylvania Avenue' is the sentence's own): a page's line by its place."""
    return _numbered_line(text) and _last_word(before) not in _OPEN_ENDINGS


def _last_word(before: str | _Joiner) -> str:
    """The last word of a part, lower-cased."""
    return (before.rsplit(" ", 1)[-1] if before.__class__ is str else before.last_word).lower()  # type: ignore[union-attr]


NUMBERED_LINE_WORDS = 8  # words of a line a page's furniture may be, known by its place and a number alone


def _numbered_line(text: str) -> bool:
    """A short line holding a number that ends no sentence, and is no formula, code or table row: what a page's
    furniture is, when its place between the halves of a sentence says so."""
    return bool(text) and len(text.split()) <= NUMBERED_LINE_WORDS and (
        any(c.isdigit() for c in text) or _written_number(text.rsplit(None, 1)[-1])) and (
        text[-1] not in ".!?:;") and not any(c in text for c in "|`=")


def _written_number(word: str) -> bool:
    """A page's number written out, a cardinal or an ordinal of one at least ('roneo run, sheet eleven', 'bound copy,
    page twelve'), by the lexicon's words for numbers (imported here: few lines ever ask, and a diff of plain
    paragraphs does not load the lexicon for it)."""
    from monitor.assess.lexicon import NUMBER_WORDS, ORDINALS

    w = word.lower()
    return NUMBER_WORDS.get(w, ORDINALS.get(w, 0)) >= 1


# A mark standing alone between fields: a run of punctuation with spaces either side ('~~', '=', '—', '·').
_LONE_MARK = lazy_compile(r"(?<=\s)[^\w\s`|]{1,3}(?=\s)")


def _marked_fields(text: str) -> bool:
    """Where a line sits between the halves of a cut sentence, a page's furniture may look like prose to _furniture
    (it opens in lower case, on a package's name, or sets its fields apart with '=' or '~~'): 'git2 ~~
    RUSTSEC-2023-0002 ~~ shelf copy ~~ side 2', 'spool job 4471 — tray 2 — 7 Session Management'. Its place speaks
    for it, so its shape need only be fields set apart by one mark used three times or more, or twice with a
    number ('=' three times: a formula may chain two), and no sentence ended (code and table rows are left out)."""
    if not text or len(text) > FURNITURE_CHARS or text[0] in "|`" or text[-1] in _TERMINAL:
        return False
    marks = _LONE_MARK.findall(text)
    most = max((marks.count(m) for m in set(marks)), default=0)
    # ('x = y = 2': a formula may chain '=' twice)
    return most >= 3 or (most >= 2 and "=" not in marks and any(c.isdigit() for c in text))


# A line that holds only a page's number, maybe out of how many: '[5]', '5', '- 5 -', '(5)', 'Page 5', 'p. 5', '5 (of
# 12)', '5/12'.
# A front matter's page may be numbered in Roman numerals, in small letters or in capitals ('(iii)', '- XIV -').
_ROMAN = r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})(?![a-z])|(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})(?![A-Za-z])"
_PAGE_NUMBER = lazy_compile(r"\s*[\[(\u2013\u2014-]?\s*(?:(?i:page|p\.)\s*)?(?:\d{1,4}|" + _ROMAN + r")"
                            r"(?:\s*(?:/|\(?(?i:of))\s*\d{1,4})?\s*[\])\u2013\u2014-]?\s*$")
_ARTICLES = frozenset({"a", "an", "the"})
# Words no sentence ends on: an article, a conjunction or a preposition still waiting for what it joins.
_OPEN_ENDINGS = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "into", "for", "with",
                           "by", "from", "on", "at", "as", "than", "that", "which", "such", "per", "via"})


_PATH_HEAD = lazy_compile(r"[\w.-]+(?:/[\w.-]+)+(?=\s)|[\w-]+\.[a-z]{1,4}(?=\s)")  # 'docs/intro.md ', 'intro.md '


def _through_bracket(before: str | _Joiner) -> str:
    """The last character of `before`, which ends on a closing bracket, as a page break in between sees it: the one
    inside the bracket unless that ends a sentence ('… with an FMR [ISO](#iso)' is open, '… (see below.)' is not).
    A bracket closes a link or an aside more often than a sentence."""
    word = before.rsplit(" ", 1)[-1] if before.__class__ is str else before.last_word  # type: ignore[union-attr]
    inside = word[-2:-1]
    return inside if inside and inside not in ".!?" else word[-1:]


# A page's line that says so in words, with no figure: where the page stands, counted out of the pages ('Media
# handout, second of two pages', 'page three of four'), or that the text goes on overleaf ('please see over',
# 'continued overleaf', 'please turn over').
_PAGED = lazy_compile(r"(?i)\b(?:(?:page|sheet|leaf)\s+[a-z]+\s+of\s+[a-z]+|[a-z]+\s+of\s+[a-z]+\s+"
                      r"(?:pages|sheets|leaves)|(?:please\s+)?see\s+over|overleaf|(?:please\s+)?turn\s+over)"
                      r"\s*[)\]\u2013\u2014-]?\s*$")


def _paged_in_words(text: str) -> bool:
    """A short line, not in lower case and not ended as a sentence, that ends on its page in words (_PAGED)."""
    text = text.strip()
    return bool(text) and len(text) <= FURNITURE_CHARS and not text[:1].islower() and text[-1] not in _TERMINAL and (
        _PAGED.search(text) is not None)


def _furniture(text: str) -> bool:
    """The (stripped) line is shaped as a page's header or footer, not prose: short, not ending a sentence, not
    starting in lower case, holding a number (a page, an edition, a date) and fields set apart — or ending on the
    page it stands on, out of how many ('The GDS Way: Monitoring (page 1 of 2)'). A formula ('='), code ('`') and a
    table row ('|') are not."""
    if not text or len(text) > FURNITURE_CHARS or text[0] in "|`" or (
            text[:1].islower() and not _PATH_HEAD.match(text)):
        return False  # (a line in lower case is prose, unless it opens on a file's path: 'deep-review/intro.md -- 3')
    if _PAGE_OF.search(text) or _PAGE_HEAD.match(text) or (_PAGE_AT_END.search(text) and _FIELD_SEP.search(text)):
        # ('… (page 1 of 2)': the page it stands on, out of how many; '[32]  NIST SP 800-63B (final, June 2017)': its
        # number first, set apart)
        return True
    if text[-1] in _TERMINAL:
        return False
    if "=" in text or "`" in text:
        return False
    # a number and fields set apart, or fields set apart twice with no number ('~ Reserve Bank of Australia | Media
    # & Communications | continues on reverse ~')
    return bool(_FURNITURE_SEP.search(text)) if any(c.isdigit() for c in text) else len(
        _FURNITURE_SEP.findall(text)) >= 2


# Inside a wrapped paragraph a line of prose may start with a capital and hold a number: the header's own marks
# are asked for there, fields set apart twice by a mark prose rarely uses, and a number at the end (its page).
_FIELD_MARK = rf"\s(?:--|::|//|[{_MARK_CHARS}])\s"  # (as _SET_APART, without the hyphen prose joins words with)
_FIELDS = lazy_compile(rf"{_FIELD_MARK}.*{_FIELD_MARK}.*\d\s*$")


# Or it ends on the page it stands on, counted out of the document's pages ('The GDS Way: Monitoring (page 1 of
# 2)', 'Guide – Page 3 of 7'), which a line of prose ends on rarely.
_PAGE_OF = lazy_compile(r"(?i:\bpage)\s+\d{1,4}\s+(?i:of)\s+\d{1,4}\s*[)\]\u2013\u2014-]?\s*$")


# Or it ends on its page's number named as one, after fields set apart ('RESERVE BANK OF AUSTRALIA — Board minutes,
# March 2008 (page 5)', 'Guide | p. 5').
_PAGE_AT_END = lazy_compile(r"(?i:\bpage|\bp\.)\s*\d{1,4}\s*\)?\s*$")
_FIELD_SEP = lazy_compile(_SET_APART)


# Or it opens on its page's number, set apart from the title by more than a space ('[32]  NIST SP 800-63B (final,
# June 2017)', '14    Reserve Bank of Australia'), as no wrapped line of prose does.
_PAGE_HEAD = lazy_compile(r"\s*(?:\[\d{1,4}\]|\d{1,4})(?:\s{2,}|\t)[A-Z]")


def _fields(line: str) -> bool:
    """The line is made of fields set apart twice by '·', '|', '/', '–', '—', '--' or '::' and ends in a number
    ('GDS Way · Manage alerts · 2 / 5'), ends on 'page N of M', or opens on its page's number set apart, as a page's
    header or footer does and a wrapped line of prose does not."""
    return bool(_FIELDS.search(line) or _PAGE_OF.search(line) or _PAGE_HEAD.match(line))


# Or set apart twice by one mark no line of prose uses so ('leaf 1 of 3 ~ ICSA-23-208-03 … ~ TLP:CLEAR'): whatever
# it opens and ends on (dashes and slashes come in pairs in prose, 'the costs — direct and indirect — are', and a
# bar in the rows of a table, 'foo | int | the count').
_RARE_FIELDS = lazy_compile(rf"\s(::|[~\u00a6\u00bb\u2016{_SHAPES}])\s.*\s\1\s")


def _continues(unit: _Unit | str, last: str, body: str, after_drop: bool) -> bool:
    """A paragraph cut by a page break: the first half stops mid-sentence, the second starts in lower case, or,
    where a page number or running header sat between them, the first stops mid-clause and the second starts
    with what cannot start a sentence ("… rose to\n\n17\n\n2 percent", "… the rate\n\n17\n\n, which …")."""
    if (unit.__class__ is not str and unit.kind == "heading") or not last or last in _TERMINAL:  # type: ignore[union-attr]
        return False
    first = body[:1]
    if first in _OPENING_MARKS and body[1:2].islower():
        # a Markdown link whose text goes on in lower case ('[delegate](https://…) the zone …'), or a quoted word
        # ('“non-interrupting” issues as “tickets”')
        first = body[1]
    return first.islower() or (after_drop and (last.islower() or last == ",") and first in _CONTINUATION)


class _Vocabulary:
    """The words of the whole document, to decide whether "agree-|ment" or "long-|term" keeps its hyphen."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines  # the folded text's lines, joined only if a hyphen is ever in question
        self._words: frozenset[str] | None = None

    def drop_hyphen(self, head: str, tail: str) -> bool:
        if self._words is None:
            self._words = frozenset(w.lower() for w in _WORD.findall("\n".join(self._lines)))
        head_l, tail_l = head.lower(), tail.lower()
        if head_l + tail_l in self._words:
            return True
        if f"{head_l}-{tail_l}" in self._words:
            return False
        return tail_l.split("-", 1)[0] in _SUFFIXES
