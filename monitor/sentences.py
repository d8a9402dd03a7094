"""Sentence splitting that knows abbreviations, initials, decimals, quotes and markdown list items."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from monitor.lazy_re import lazy_compile

# Words that end with a period without ending a sentence (compared case-insensitively, without the dot).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt no nos vs etc al cf approx dept est fig figs gen col lt sgt capt cmdr adm
    gov sen rep pres amb hon rev inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec
    e.g i.e a.m p.m u.s u.k u.n e.u u.s.a d.c art sec ch vol pp p op para ed eds
    """.split()
)
# After these, a capitalised word usually still belongs to the same sentence ("Dr. Smith", "Gen. Milley").
_NEVER_FINAL = frozenset(
    "mr mrs ms dr prof sr st mt vs cf gen col lt sgt capt cmdr adm gov sen rep pres amb hon rev e.g i.e".split()
)
# These cite a numbered part ("No. 5", "Art. IV", "Fig. S2", "p. 12"); before a word they are words that end a
# sentence ("the state of the art. Even so", "The answer was no. Later").
_CITING = frozenset("no nos art sec ch vol pp p op para fig figs".split())
# What such a citation numbers: figures, a Roman numeral, a letter in capitals ("IV", "S2", "B"; not "A" or "I",
# which open sentences: "the state of the art. A new …").
_CITED = lazy_compile(r"[\"'\u201c\u2018(]*+(?:\d|[IVXLCDM]{2,}\b|[B-HJ-Z]\b|[A-Z]\d)")
# A dotted acronym ("U.S.") ends a sentence only when the next word is a typical sentence opener.
_OPENERS = frozenset(
    "the this that these those it its in on at a an we they he she there however but and yet our their "
    "as for if when while since although after before during all some many most such".split()
)

# A candidate boundary: terminal punctuation, optional closing quotes/brackets/emphasis, then space. It is
# tried only where a run of terminal punctuation starts, and every run is possessive, so a line of ten
# thousand periods is read once rather than once per period. The pattern opens with the punctuation itself (the
# check that no punctuation comes before it follows, looking back two characters): the engine then skips in C to
# each candidate instead of trying a look-behind at every character of a megabyte paragraph (4x faster).
_BOUNDARY = re.compile(r"""([.!?](?<![.!?][.!?])[.!?]*+)(["'\)\]\u201d\u2019*_]*+)(\s++)(?=\S)""")
# A list item inside a joined paragraph: " * item" or " - item" after the end of a clause. The white space before
# the item (group 1) is where the text is cut; the pattern opens with the clause's last character, a class of a few
# characters the engine skips to in C, rather than with the space (a sixth of a text's characters) or a look-behind.
_BULLET = re.compile(r"[.:;!?*)\]](\s++)(?=(?:[*\u2022\u25c6]|-(?!-))\s+\S)")
# The word before a period: the run of these characters that ends there ("U.S", "Dr", "3.13"), matched forwards
# in the reversed text before the period, so that only the run's own characters are read.
_WORD_RUN = lazy_compile(r"[\w.\-']*+")
_NEXT_WORD = lazy_compile(r"[\"'\u201c\u2018(]*+([A-Za-z]+)")


def split_sentences(text: str) -> list[str]:
    """Split normalised paragraph text into sentences; the pieces, joined by spaces, rebuild the text."""
    text = text.strip()
    if not text:
        return []
    if text[0] == "|":
        rows = table_rows(text)
        if rows:
            return rows
        if _ONE_ROW.fullmatch(text) and "<br" not in text:
            # One row of a pipe table, a paragraph of its own ('| Deep neural network | NN with multiple hidden
            # layers. Training happens over the network, … |'): a record, read whole as the rows of a whole table
            # are, not cut at the full stops inside its cells. (A cell holding a list, its items set apart by
            # '<br>', is read item by item: each is a statement of its own.)
            return [text]
    out: list[str] = []
    for chunk in _bullet_split(text):
        for piece in _split_chunk(chunk.strip()):
            out.extend(_split_rows(piece))
    return [s for s in out if s]


# A markdown table joined into one paragraph: '|Author|Reviewed| |---|---| |Ann|2017-05-26| …'. Its rule row tells
# how many cells a row has; each row is a record, quoted and compared on its own (a reader never wants the whole
# table quoted for one changed cell).
_TABLE_RULE = lazy_compile(r"\|(?:[ \t]*+:?-{3,}:?[ \t]*+\|)++")
_PIPE = lazy_compile(r"(?<!\\)\|")
_ONE_ROW = lazy_compile(r"\|[^\n|]*+(?:(?<!\\)\|[^\n|]*+)+(?<!\\)\|")  # '| cell | cell |', on one line


def table_rows(text: str) -> list[str] | None:
    """The rows of a pipe table that is the whole text (each opening on '|' with the rule row's number of cells, cut
    at the white space before the next row's first '|'), or None when the text is not such a table. The header row
    and the rule under it are one piece, '|Author|Reviewed| |---|---|': read as a heading, not as a statement."""
    rule = _TABLE_RULE.search(text)
    if rule is None:
        return None
    per_row = rule.group().count("|")
    pipes = [m.start() for m in _PIPE.finditer(text)]
    if len(pipes) % per_row or len(pipes) < 2 * per_row:
        return None
    rows: list[str] = []
    for first, nxt in zip(pipes[::per_row], [*pipes[per_row::per_row], len(text)], strict=True):
        row = text[first:nxt]
        if nxt < len(text):
            cut = len(row.rstrip())
            if cut == len(row):
                return None  # the next row does not start after white space: not a table of rows
            row = row[:cut]
        rows.append(row.strip())
    if len(rows) >= 2 and _TABLE_RULE.match(rows[1]):
        rows[:2] = [f"{rows[0]} {rows[1]}"]  # the column names with the rule under them: the table's heading
    return rows


def table_cells(row: str) -> list[str]:
    """A table row's cells, stripped ('|Ann|None|' -> ['Ann', 'None'])."""
    return [cell.strip() for cell in _PIPE.split(row.strip().strip("|"))]


@lru_cache(maxsize=64)
def table_header(text: str) -> tuple[str, ...] | None:
    """The header row's cells of the pipe table that is the whole paragraph text, or None. (Cached: each changed row
    of one table asks it of the same paragraph.)"""
    rows = table_rows(text.strip()) if text.lstrip()[:1] == "|" else None
    if not rows:
        return None
    rule = _TABLE_RULE.search(rows[0])
    return tuple(table_cells(rows[0][:rule.start()])) if rule is not None and rule.start() > 0 else None


def table_heading(text: str) -> bool:
    """The text is a table's header row with its rule: '|Author|Reviewed| |---|---|'."""
    rule = _TABLE_RULE.search(text) if text[:1] == "|" else None
    return rule is not None and rule.start() > 0 and rule.end() == len(text.rstrip())


def _bullet_split(text: str) -> list[str]:
    """The text cut at the white space before each list item (_BULLET), that white space left out."""
    out: list[str] = []
    start = 0
    for m in _BULLET.finditer(text):
        out.append(text[start:m.start(1)])
        start = m.end(1)
    out.append(text[start:])
    return out


# A table joined into one paragraph (an reST csv-table, a list of values): rows start with "name,value", after
# the space this matches (the space first: a look-behind tried at every character was 4x slower).
_ROW_START = lazy_compile(r"\s(?=[\w.]++,\S)")
LONG_SENTENCE = 300
MIN_ROWS = 3
# Past this length a sentence is split after its semicolons, into runs of clauses of at most CLAUSE_RUN.
LONG_CLAUSES = 500
CLAUSE_RUN = 400
_SEMICOLON = lazy_compile(r"(?<=;)\s+")


def _split_rows(text: str) -> list[str]:
    """A very long 'sentence' made of comma-separated rows is split into its rows; one made of clauses
    joined by semicolons (a list of dissents, of conditions) into runs of clauses a reader can quote."""
    if len(text) <= LONG_SENTENCE:
        return [text]
    starts = [m.end() for m in _ROW_START.finditer(text)]
    if len(starts) < MIN_ROWS:
        return _split_clauses(text) if len(text) > LONG_CLAUSES else [text]
    bounds = [0, *starts, len(text)]
    return [text[a:b].strip() for a, b in pairwise(bounds) if text[a:b].strip()]


def _split_clauses(text: str) -> list[str]:
    out: list[str] = []
    for clause in _SEMICOLON.split(text):
        if out and len(out[-1]) + 1 + len(clause) <= CLAUSE_RUN:
            out[-1] = f"{out[-1]} {clause}"
        else:
            out.append(clause)
    return out


# A numbered list entry's marker at the head of a paragraph ('1.', '12.', 'a.', 'iv.'), or a numbered heading's
# ('### 4. Map out the components'): it opens the entry, it is not a sentence of its own.
_MARKER = lazy_compile(r"(?:#{1,6}[ \t]+)?\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})\.")


def _split_chunk(text: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.start(3)
        if _is_boundary(text, m.start(1), m.end(3)) and not (start == 0 and _MARKER.fullmatch(text, 0, end)):
            pieces.append(text[start:end].strip())
            start = m.end(3)
    pieces.append(text[start:].strip())
    return pieces


def _word_before(text: str, at: int) -> str:
    """The run of word characters (letters, digits, '.', '-', "'") that ends at `at`, or ''. Looked for in a
    window before `at` that grows only while the run fills it: searching all the text before each period made
    splitting quadratic. The window is read backwards (reversed, then matched from its start): a search forwards
    tried each of its characters as the run's start, a third of the time of splitting a long text."""
    size = 64
    while True:
        lo = max(0, at - size)
        run = _WORD_RUN.match(text[lo:at][::-1]).end()  # type: ignore[union-attr]  # (it matches the empty run)
        if run < at - lo or lo == 0:
            return text[at - run:at]
        size *= 4  # the run fills the window: it starts before it


# Inline HTML tags opening the next sentence of Markdown ('… options. <a href="mailto:…">Contact us</a> to …'): the
# sentence starts with the tag's text.
_TAGS = lazy_compile(r"(?:<[A-Za-z][^<>\n]{0,300}>)+")


LINK_TEXT_REACH = 200  # characters a link's text may run before and after a period inside it


def _in_link_text(text: str, at: int) -> bool:
    """Character `at` is inside the text of a markdown link ('see [Section 10. Usability Considerations](#sec10)'):
    a '[' opened before it and not closed, and '](' after it with no '[' between."""
    lo = max(0, at - LINK_TEXT_REACH)
    opened = text.rfind("[", lo, at)
    if opened < 0 or text.rfind("]", opened, at) >= 0:
        return False
    closed = text.find("](", at, at + LINK_TEXT_REACH)
    return closed >= 0 and text.find("[", at, closed) < 0


def _is_boundary(text: str, punct_at: int, next_at: int) -> bool:
    if _in_link_text(text, punct_at):
        return False
    punct = text[punct_at]
    first = text[next_at]
    if first == "<" and (tags := _TAGS.match(text, next_at)) is not None and tags.end() < len(text) and (
            text[tags.end()].isupper()):
        first = text[tags.end()]  # (not a line break run into a table's cell, '<br>**OR**<br>')
    if punct != ".":
        return first.isupper() or first.isdigit() or first in "\"'([*`\u201c\u2018-\u2022\u25c6#"
    # A decimal or a number followed by a period and a digit is never a boundary here (2.5 is one token
    # already: the regex needs whitespace after the period).
    if not (first.isupper() or first.isdigit() or first in "\"'([*`\u201c\u2018\u2022\u25c6#"):
        return False
    word = _word_before(text, punct_at)
    bare = word.lower().strip("'")
    if bare in _NEVER_FINAL:
        return False
    # Single-letter initials: "Janet L. Yellen", "Jeffrey M. Lacker".
    if len(word) == 1 and word.isupper():
        return False
    if bare in _CITING:
        return _CITED.match(text, next_at) is None
    # A number ("Python 3.13.") ends the sentence like any word.
    if word[:1].isdigit() and word.replace(".", "").isdigit():
        return True
    # Dotted acronyms "U.S." / "e.g.": a boundary only before a sentence opener.
    if "." in word or bare in ABBREVIATIONS:
        next_word = _NEXT_WORD.match(text, next_at)
        return bool(next_word and next_word.group(1).lower() in _OPENERS)
    return True
