"""Paragraph alignment: unchanged, modified, added, removed, moved, split and merged paragraphs."""

from __future__ import annotations

import bisect
import heapq
import math
import re
import sys
import zlib
from collections import Counter, defaultdict, deque
from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass
from functools import reduce
from itertools import chain, compress, count, repeat
from operator import and_, itemgetter, le, or_, sub

from monitor.report import ParagraphChange
from monitor.segment import Paragraph
from monitor.worddiff import common_run, diff_words

TYPE_CHECKING = False  # typing's own constant, without loading typing at run time (monitor/launch.py)
if TYPE_CHECKING:
    from monitor.report import ParagraphOpName

MODIFIED_MIN = 0.5  # similarity for "the same paragraph, edited" inside a gap
MOVED_MIN = 0.75  # similarity for "the same paragraph, edited, now elsewhere"
GROUP_MIN = 0.8  # similarity of joined texts for a split or a merge
PART_MIN = 0.8  # share of a part's words found in the whole, for each part of a split or merge
MAX_GROUP = 4  # paragraphs one paragraph may split into or merge from
DP_CELLS = 2_500  # gaps larger than this are paired greedily (a near-diagonal walk) instead of by DP
REPEAT_CELLS = 40_000  # runs of repeated texts up to this size are matched with difflib
# The DP compares every pair in a gap, each at a cost of words times words: past this many word cells (two runs
# of 14,000 words, far beyond an edited stretch of a real document) the gap is paired greedily too.
DP_WORD_CELLS = 200_000_000

RARE_MAX = 64  # paragraphs a run of words may occur in and still point to where a paragraph moved

_WORDS = re.compile(r"\w+")
# Gaps of at least this many cells (old paragraphs times new) rule out parts by their sketches before looking for
# splits and merges: below it comparing every run costs less than sketching every paragraph.
SKETCH_CELLS = 100
SKETCH_BITS = 512  # bits of a paragraph's sketch (_Side.sketch): a power of two


class _WordCharTable(dict[int, int]):
    """A str.translate table that keeps each character \\w matches and turns every other into a space (no word
    character is white space, so the runs left between spaces are the \\w+ runs); filled as characters are met."""

    def __missing__(self, code: int) -> int:
        kept = self[code] = code if _WORDS.fullmatch(chr(code)) else 32
        return kept


_WORD_CHARS = _WordCharTable()


@dataclass(slots=True)
class _Pair:
    """One aligned row inside a gap, before moves are resolved."""

    op: ParagraphOpName
    old: tuple[int, ...]
    new: tuple[int, ...]


def similarity(a: str, b: str) -> float:
    """Similarity of two paragraphs in [0, 1]: normalised Indel similarity of their word sequences.

    Words, not characters: two unrelated English paragraphs share half their letters but few runs of words.
    """
    return word_similarity(a.split(), b.split())


# Past this many cells (words of one paragraph times words of the other) the exact similarity, quadratic in
# the paragraphs' length, is taken over runs of words instead (about 0.05 s at the limit; no paragraph a person
# writes comes near it: 10,000 words against 10,000).
SIM_CELLS = 100_000_000


def word_similarity(a: list[str], b: list[str]) -> float:
    cells = len(a) * len(b)
    if cells <= SMALL_CELLS:
        return _small_ratio(a, b) / 100.0
    from rapidfuzz.fuzz import ratio

    if cells > SIM_CELLS:
        # Cut both into runs of words where the words themselves say (so an edit changes only its own run) and
        # compare the runs: few enough that the comparison stays fast, small enough that one edit costs little.
        size = 1 << max(1, math.ceil(math.log2(math.sqrt(cells / SIM_CELLS))))
        return float(ratio(_runs(a, size), _runs(b, size))) / 100.0
    return float(ratio(a, b)) / 100.0


def _runs(words: list[str], size: int) -> list[str]:
    """The words joined into runs of `size` on average, each ending after a word whose checksum says so."""
    # Each distinct word's checksum once, and the cut points picked in C: a megabyte paragraph repeats its words.
    cut = {w: zlib.crc32(w.encode("utf-8", "surrogatepass")) % size == 0 for w in set(words)}
    out: list[str] = []
    start = 0
    for k in compress(range(1, len(words) + 1), map(cut.__getitem__, words)):
        out.append(" ".join(words[start:k]))
        start = k
    if start < len(words):
        out.append(" ".join(words[start:]))
    return out


class _VocabularyFull(Exception):
    """More distinct words than characters to stand for them: the alignment falls back to lists of words."""


# Characters that stand for words: every code point outside the surrogates.
_MAX_WORDS = 0x110000 - 0x800


class _Vocabulary(dict[str, str]):
    """Each distinct word of both versions and the character that stands for it, given in order of first use.

    From U+0000 up: rapidfuzz looks a character below U+0100 up in an array and any other in a hash table, so the
    first 256 words met (a text's commonest words among them) as such characters score a pair in half the time. Any
    one-to-one map gives the same similarities."""

    def __missing__(self, word: str) -> str:
        n = len(self)
        if n >= _MAX_WORDS:
            raise _VocabularyFull
        char = self[word] = chr(n if n < 0xD800 else n + 0x800)
        return char


_SIGMA = "\u03a3"


class _Marks(dict[str, int]):
    """Each distinct word (split at white space) of both versions and its mark: a bit (of SKETCH_BITS, by hash)
    for each lower-cased \\w+ run in it, the words a paragraph's bag() counts; `count`: how many runs it holds.

    A paragraph's bag is the runs of its words taken one word at a time (white space is no word character, and
    lower() looks past a letter only to decide a capital sigma's form: _Side.sketch leaves such paragraphs out)."""

    def __init__(self) -> None:
        super().__init__()
        self.count: dict[str, int] = {}

    def __missing__(self, word: str) -> int:
        runs = word.lower().translate(_WORD_CHARS).split()
        self.count[word] = len(runs)
        bits = self[word] = sum(set(map((1).__lshift__, map((SKETCH_BITS - 1).__and__, map(hash, runs)))))
        return bits


class _Side:
    """One version's paragraph texts, with their words split once and kept for repeated comparisons.

    Each distinct word of both versions is mapped once to one character (the two sides share `codes`), so a
    paragraph's words are a string: compared in C without hashing each word again, and a run of paragraphs is
    one concatenation. Indel similarity of the strings equals that of the word lists, since the map is one to one.
    """

    __slots__ = ("_bags", "_codes", "_counts", "_holds", "_lower", "_sketches", "_words", "codes", "marks",
                 "paragraphs", "texts")

    def __init__(self, paragraphs: Sequence[Paragraph], texts: Sequence[str], codes: dict[str, str] | None,
                 marks: _Marks) -> None:
        self.paragraphs = paragraphs  # (read only for what segment.py found of each: whether it is a heading)
        self.texts = texts
        self.marks = marks  # shared by both sides, as `codes` is
        self.codes = codes  # None: compare lists of words (a pair with more distinct words than characters)
        self._words: dict[int, list[str]] = {}
        self._codes: dict[int, str | list[str]] = {}
        self._bags: dict[int, Counter[str]] = {}
        self._holds: dict[tuple[int, int], bool] = {}
        self._lower: dict[int, str] = {}
        self._sketches: dict[int, tuple[int, int, int]] = {}
        self._counts: Counter[str] | None = None

    def once(self, text: str) -> bool:
        """The text is that of exactly one paragraph of this version."""
        if self._counts is None:
            self._counts = Counter(self.texts)
        return self._counts[text] == 1

    def words(self, i: int) -> list[str]:
        w = self._words.get(i)
        if w is None:
            w = self._words[i] = self.texts[i].split()
        return w

    def code(self, i: int) -> str | list[str]:
        """Paragraph i's words as one character each (or as the words, without a vocabulary)."""
        c = self._codes.get(i)
        if c is None:
            codes = self.codes
            # (a word met for the first time gets the next character: _Vocabulary.__missing__)
            c = self.words(i) if codes is None else "".join(map(codes.__getitem__, self.words(i)))
            self._codes[i] = c
        return c

    def holds(self, i: int, other: _Side, j: int) -> bool:
        """Whether PART_MIN of paragraph j of `other` (a part of a split or merge) is found in paragraph i here
        (the whole); asked again for each group a part is in, so kept."""
        fit = self._holds.get((i, j))
        if fit is None:
            part = other.bag(j)
            total = part.total()
            # A word of the part that is not even a substring of the whole's text is not among its words: when
            # the part's words found in the text fall short, the whole's words need not be counted (a long
            # paragraph next to a short one it has nothing to do with is the common case).
            text = self.lower(i)
            if not total or sum(compress(part.values(), map(text.__contains__, part))) / total < PART_MIN:
                fit = False
            else:
                bag = self.bag(i)
                # min(count in the part, count in the whole) per word of the part, in C (a missing word counts 0:
                # dict.get, not the Counter's own __missing__, a Python call per missing word)
                shared = sum(map(min, part.values(), map(bag.get, part, repeat(0))))
                fit = shared / total >= PART_MIN
            self._holds[i, j] = fit
        return fit

    def lower(self, i: int) -> str:
        low = self._lower.get(i)
        if low is None:
            low = self._lower[i] = self.texts[i].lower()
        return low

    def bag(self, i: int) -> Counter[str]:
        """Paragraph i's lower-cased \\w+ words, counted (what a split's part must find in its whole)."""
        b = self._bags.get(i)
        if b is None:
            # _WORDS.findall(text.lower()), as runs between spaces: the runs of word characters, split in C
            b = self._bags[i] = Counter(self.lower(i).translate(_WORD_CHARS).split())
        return b

    def sketch(self, i: int) -> tuple[int, int, int]:
        """Paragraph i's bag of words (bag()) in brief, for ruling out in bulk the parts that cannot hold in a whole
        (holds()): a bit for each distinct word as a part and as a whole, and how many of its words may be missing
        from a whole it holds in (-1: none, an empty part holds nowhere). Made from its words' marks (_Marks), with
        no bag: most paragraphs are never asked whether they hold.

        A bit of a part that no word of the whole has is a word of the part the whole lacks (distinct bits, distinct
        words; a word whose bit the whole has by chance is only not counted), so more such bits than the misses
        allowed rule the pair out whatever the bits are: they decide only which pairs holds() is asked about."""
        s = self._sketches.get(i)
        if s is None:
            marks = self.marks
            words = self.words(i)
            # over every word, repeats too: or-ing a mark again costs less than a set of the words
            bits = reduce(or_, map(marks.__getitem__, words), 0)  # (a word's count is set with its mark)
            total = sum(map(marks.count.__getitem__, words))
            most = -1
            if total:
                # the most words missing with shared / total still at least PART_MIN (as holds() divides)
                most = int(total * (1 - PART_MIN)) + 2
                while most >= 0 and (total - most) / total < PART_MIN:
                    most -= 1
            if _SIGMA in self.texts[i]:
                # lower() turns a capital sigma into the final form by what comes next: not from the words alone.
                # Such a paragraph rules nothing out, as a part or as a whole.
                s = self._sketches[i] = (0, -1, most)
            else:
                s = self._sketches[i] = (bits, bits, most)
        return s

    def codes_of(self, ix: range) -> str | list[str]:
        """The words of consecutive paragraphs, joined."""
        if self.codes is None:
            return [w for i in ix for w in self.words(i)]
        return "".join(str(self.code(i)) for i in ix)


def _similar(a: str | list[str], b: str | list[str], least: float) -> float:
    """word_similarity of two encoded word sequences when it is at least `least`, else a value below `least`
    (0.0): the bound lets rapidfuzz skip pairs whose lengths alone rule them out."""
    if len(a) * len(b) > SIM_CELLS:
        return -1.0  # the caller takes the runs of words (the exact words are needed for the cut points)
    # The cut-off sits just below `least` so that a value at `least` is never lost to rounding in percent.
    if len(a) * len(b) <= SMALL_CELLS and _FUZZ not in sys.modules:
        return _small_ratio(a, b, least * 100.0 - 1e-6) / 100.0
    from rapidfuzz.fuzz import ratio

    return float(ratio(a, b, score_cutoff=least * 100.0 - 1e-6)) / 100.0


# Pairs this small (words times words) are scored here rather than by rapidfuzz: `monitor diff` of a few short
# paragraphs then never imports it (about 10 ms of start-up). The score is rapidfuzz's own (fuzz.ratio: the
# normalised Indel similarity in percent, computed the same way, to the last bit, also at the cut-offs used here).
# Once rapidfuzz is loaded (a larger document's pairs needed it) it scores the small pairs too, in C: the moves and
# one-paragraph gaps of a long document are thousands of them.
SMALL_CELLS = 2_500
_FUZZ = "rapidfuzz.fuzz"


def _small_ratio(a: str | list[str], b: str | list[str], score_cutoff: float | None = None) -> float:
    """rapidfuzz.fuzz.ratio(a, b, score_cutoff=score_cutoff) for short sequences: 100 (1 - indel / (|a| + |b|)),
    or 0.0 below the cut-off."""
    total = len(a) + len(b)
    score = 100.0 if total == 0 else (1.0 - (total - 2 * _lcs_length(a, b)) / total) * 100
    return score if score_cutoff is None or score >= score_cutoff else 0.0


def _lcs_length(a: str | list[str], b: str | list[str]) -> int:
    """Length of the longest common subsequence, bit-parallel (Hyyrö): one bit per item of the shorter side."""
    if len(a) < len(b):
        a, b = b, a
    masks: dict[str, int] = {}
    bit = 1
    for item in b:
        masks[item] = masks.get(item, 0) | bit
        bit <<= 1
    full = bit - 1
    row = full
    for item in a:
        match = row & masks.get(item, 0)
        row = ((row + match) | (row - match)) & full
    return len(b) - row.bit_count()


def _pair_similarity(old: _Side, olds: range, new: _Side, news: range, least: float) -> float:
    """word_similarity of the joined words of old paragraphs `olds` and new paragraphs `news` when at least
    `least` (else some value below it)."""
    if _words(old, olds) * _words(new, news) > SIM_CELLS:
        # runs of words (_similar would say so for the codes, one per word): a megabyte paragraph is not encoded,
        # nor its words copied one at a time when it is alone (word_similarity only reads them)
        return word_similarity(old.words(olds[0]) if len(olds) == 1 else [w for i in olds for w in old.words(i)],
                               new.words(news[0]) if len(news) == 1 else [w for j in news for w in new.words(j)])
    a = old.code(olds[0]) if len(olds) == 1 else old.codes_of(olds)
    b = new.code(news[0]) if len(news) == 1 else new.codes_of(news)
    return _similar(a, b, least)


def align_paragraphs(old: Sequence[Paragraph], new: Sequence[Paragraph]) -> tuple[ParagraphChange, ...]:
    """Align two versions' paragraphs and diff the words of every changed pair.

    Identical paragraphs are anchored by their text (a patience diff: unique paragraphs first),
    the gaps between anchors are paired by similarity (modified, split, merged), and what is left is
    matched across the whole document as moves; nothing compares every paragraph with every other.
    """
    old_texts = list(map(_TEXT, old))
    new_texts = list(map(_TEXT, new))
    # Each distinct text is a number (in order of first use): the patience diff counts and compares numbers, not
    # paragraphs. Numbered once per distinct text, and looked up in C.
    ids: dict[str, int] = dict(zip(dict.fromkeys(chain(old_texts, new_texts)), count(), strict=False))
    old_ids = list(map(ids.__getitem__, old_texts))
    new_ids = list(map(ids.__getitem__, new_texts))
    codes = anchor_opcodes(old_ids, new_ids, runs=True)
    try:
        vocabulary: dict[str, str] | None = _Vocabulary()
        marks = _Marks()
        rows = _rows(codes, _Side(old, old_texts, vocabulary, marks), _Side(new, new_texts, vocabulary, marks))
    except _VocabularyFull:
        vocabulary = None
        marks = _Marks()
        rows = _rows(codes, _Side(old, old_texts, vocabulary, marks), _Side(new, new_texts, vocabulary, marks))
    changes: list[ParagraphChange] = []
    for row in rows:
        if isinstance(row, _Pair):
            changes.append(_change(row, old, new))
        else:  # the bulk of every report: no joins, no diff, no row object before its change, made in C
            olds, news = old[row[0].start:row[0].stop], new[row[1].start:row[1].stop]
            changes.extend(map(tuple.__new__, repeat(ParagraphChange), zip(  # (a named tuple: report.py)
                repeat("unchanged"), zip(row[0]), zip(row[1]), map(_SECTION, news), map(_TEXT, olds),  # (i,), (j,)
                map(_TEXT, news), repeat(None))))
    return tuple(changes)


# A paragraph's fields by position (segment.Paragraph is a named tuple): an index into the tuple, where reading a
# field by name is a generic attribute lookup (tens of thousands of paragraphs per document).
_SECTION = itemgetter(Paragraph._fields.index("section"))
_TEXT = itemgetter(Paragraph._fields.index("text"))


# A run of unchanged paragraphs: old indexes, new indexes (one row object for the run, not one per paragraph).
_Same = tuple[range, range]


def _rows(codes: list[tuple[str, int, int, int, int]], old_side: _Side, new_side: _Side) -> list[_Pair | _Same]:
    rows: list[_Pair | _Same] = []
    for tag, i1, i2, j1, j2 in codes:
        if tag == "equal":
            rows.append((range(i1, i2), range(j1, j2)))
        elif tag == "replace":
            rows.extend(_pair_stretch(old_side, new_side, range(i1, i2), range(j1, j2)))
        else:
            rows.extend(_pair_gap(old_side, new_side, range(i1, i2), range(j1, j2)))
    return _resolve_moves(rows, old_side, new_side)


def _pair_stretch(old: _Side, new: _Side, oi: range, nj: range) -> list[_Pair]:
    """A gap's paragraphs paired, the cheap readings first. One paragraph each way: modified when only its case
    changed (set in capitals it shares no word with the original), else weighed by _pair_gap. A gap whose every
    paragraph the other version has word for word, once: moves. Otherwise anchored on case-folded text (a patience
    diff, as the whole texts were): a paragraph whose only edit is the case of some letters ('every paragraph of a
    document with one word capitalised') is the other's modified version, one for one, and only what is left
    between those anchors is paired by similarity, which would otherwise weigh every paragraph of the gap; a gap
    where folding matches no paragraph to a different one is paired as before."""
    if len(oi) == 1 and len(nj) == 1:  # the commonest gap, a paragraph edited in place: recased, or weighed
        a, b = old.texts[oi[0]], new.texts[nj[0]]
        return [_Pair("modified", (oi[0],), (nj[0],))] if a.casefold() == b.casefold() else _pair_gap(old, new, oi, nj)
    if all(old.once(t) and new.once(t) for t in chain(map(old.texts.__getitem__, oi), map(new.texts.__getitem__, nj))):
        # Every paragraph here is one the other version has, word for word, once (a document's paragraphs shuffled):
        # each is a move, found by _resolve_moves. _gains would give none of them a pairing; its table's answer then
        # (every old one removed, then every new one added) is taken without building the table.
        return [*(_Pair("removed", (i,), ()) for i in oi), *(_Pair("added", (), (j,)) for j in nj)]
    keys_old = [old.texts[i].casefold() for i in oi]
    keys_new = [new.texts[j].casefold() for j in nj]
    texts_old = dict(zip(keys_old, (old.texts[i] for i in oi), strict=True))
    if not any(k in texts_old and texts_old[k] != t for k, t in zip(keys_new, (new.texts[j] for j in nj), strict=True)):
        return _pair_gap(old, new, oi, nj)  # no paragraph recased: nothing to anchor that the texts did not
    rows: list[_Pair] = []
    for tag, a1, a2, b1, b2 in anchor_opcodes(keys_old, keys_new):
        if tag == "equal":
            rows.extend(_Pair("modified", (oi[a1 + k],), (nj[b1 + k],)) for k in range(a2 - a1))
        else:
            rows.extend(_pair_gap(old, new, oi[a1:a2], nj[b1:b2]))
    return rows


def anchor_opcodes(a: Sequence[Hashable], b: Sequence[Hashable], *,
                   runs: bool = False) -> list[tuple[str, int, int, int, int]]:
    """Opcodes (tag, i1, i2, j1, j2) like difflib's, from a patience diff of two sequences of texts.

    Common prefix and suffix are matched first, then texts that occur exactly once on each side are
    anchored along their longest increasing run, recursively between anchors: O(n log n), and moved
    paragraphs do not drag their neighbours into the gap. With `runs`, a stretch too long for difflib where no
    text occurs once (lines drawn from a small pool) is anchored on runs of three texts found once on each side,
    so repeated texts are matched in order instead of being left to similarity.
    """
    matched: list[_Run] = []
    _patience(a, b, 0, len(a), 0, len(b), matched, runs)
    codes: list[tuple[str, int, int, int, int]] = []
    i = j = 0
    for pi, pj, n in [*matched, (len(a), len(b), 0)]:
        if pi > i or pj > j:
            tag = "replace" if pi > i and pj > j else "delete" if pi > i else "insert"
            codes.append((tag, i, pi, j, pj))
        if n:
            last = codes[-1] if codes else None
            if last is not None and last[0] == "equal" and last[2] == pi and last[4] == pj:
                codes[-1] = ("equal", last[1], pi + n, last[3], pj + n)
            else:
                codes.append(("equal", pi, pi + n, pj, pj + n))
        i, j = pi + n, pj + n
    return codes


# A run of matched items: a[i:i + n] equals b[j:j + n], as (i, j, n). The patience diff hands its matches on as
# runs: a document of ten thousand unchanged paragraphs is a few hundred runs, not a pair of indexes for each.
_Run = tuple[int, int, int]


def _patience(a: Sequence[Hashable], b: Sequence[Hashable], a0: int, a1: int, b0: int, b1: int,
              matched: list[_Run], runs: bool = False) -> None:
    """Append the matched runs of a[a0:a1] and b[b0:b1] to `matched`, in order. A stack of ranges still to
    match (popped in order) stands in for recursion, which nested anchors could drive past Python's limit."""
    todo: list[tuple[int, int, int, int] | list[_Run]] = [(a0, a1, b0, b1)]
    while todo:
        task = todo.pop()
        if isinstance(task, list):
            matched.extend(task)
            continue
        a0, a1, b0, b1 = task
        k = common_run(a, b, a0, b0, min(a1 - a0, b1 - b0), 1)
        if k:
            matched.append((a0, b0, k))
        a0, b0 = a0 + k, b0 + k
        k = common_run(a, b, a1 - 1, b1 - 1, min(a1 - a0, b1 - b0), -1)
        tail = [(a1 - k, b1 - k, k)] if k else []
        a1, b1 = a1 - k, b1 - k
        later: list[tuple[int, int, int, int] | list[_Run]] = []
        if a0 < a1 and b0 < b1:
            count_a = Counter(a[a0:a1])
            # b is counted only when a has texts found once in it: repeated texts (lines drawn from a small pool,
            # the tokens of a long text that repeats its words) have none.
            single = [x for x, n in count_a.items() if n == 1]
            once = set()
            if single:
                count_b = Counter(b[b0:b1])
                once = {x for x in single if count_b.get(x) == 1}
            anchors = []
            if once:  # (a text repeated from a small vocabulary has none: no pass over its positions then)
                where_b = {x: j for j, x in enumerate(b[b0:b1], b0) if x in once}
                anchors = _longest_increasing([(i, where_b[x]) for i, x in enumerate(a[a0:a1], a0) if x in once])
            if anchors:
                _between(later, anchors, 1, a0, a1, b0, b1)
            elif runs and (a1 - a0) * (b1 - b0) > REPEAT_CELLS and (run_anchors := _run_anchors(a, b, a0, a1, b0, b1)):
                _between(later, run_anchors, RUN, a0, a1, b0, b1)
            elif (a1 - a0) * (b1 - b0) <= REPEAT_CELLS:
                # Only repeated texts here (e.g. the same boilerplate line twice): match them in order.
                import difflib

                matcher = difflib.SequenceMatcher(None, a[a0:a1], b[b0:b1], autojunk=False)
                matched.extend((a0 + block.a, b0 + block.b, block.size)
                               for block in matcher.get_matching_blocks() if block.size)
        later.append(tail)
        todo.extend(reversed(later))


def _between(later: list[tuple[int, int, int, int] | list[_Run]], anchors: list[tuple[int, int]],
             width: int, a0: int, a1: int, b0: int, b1: int) -> None:
    """Queue the stretches between anchors (each `width` long) and the anchors' runs, in order. A stretch empty
    on either side can match nothing and is left out, and anchors next to each other are one run, in one list
    of runs: a document of thousands of unchanged paragraphs queues a few tasks, not one per paragraph."""
    done: list[_Run] = []
    i, j = a0, b0
    start_i, start_j = a0, b0  # where the run that the next anchor may continue starts (i, j: where it ends)
    for ai, bj in anchors:
        if ai == i and bj == j and i > start_i:  # the next anchor continues the run: it just grows
            i, j = ai + width, bj + width
            continue
        if i > start_i:
            done.append((start_i, start_j, i - start_i))
        if ai > i and bj > j:
            if done:
                later.append(done)
                done = []
            later.append((i, ai, j, bj))
        start_i, start_j = ai, bj
        i, j = ai + width, bj + width
    if i > start_i:
        done.append((start_i, start_j, i - start_i))
    if done:
        later.append(done)
    if a1 > i and b1 > j:
        later.append((i, a1, j, b1))


RUN = 3  # texts in a run that anchors a stretch where no single text occurs once


def _run_anchors(a: Sequence[Hashable], b: Sequence[Hashable], a0: int, a1: int, b0: int,
                 b1: int) -> list[tuple[int, int]]:
    """Starts of runs of RUN texts found once on each side of a[a0:a1], b[b0:b1], along their longest increasing
    run, none overlapping the one before.

    Every run of a is counted, but only those starting at every RUN-th text of a are looked for in b: anchors
    overlap none before them, so of a stretch that both sides share, one run in RUN is an anchor whichever are
    offered, and the runs between, found and sorted, were dropped again (two thirds of the work, on a hundred
    thousand lines drawn from a pool). What a stretch's anchors leave at its ends matches as the gaps' shared
    starts and ends (_patience)."""
    keys_a = list(zip(*(a[a0 + k:a1 - RUN + 1 + k] for k in range(RUN)), strict=True))
    keys_b = list(zip(*(b[b0 + k:b1 - RUN + 1 + k] for k in range(RUN)), strict=True))
    out: list[tuple[int, int]] = []
    next_i = next_j = -1
    found = _found_once(keys_a[::RUN], keys_b, a0, b0, Counter(keys_a), Counter(keys_b), RUN)
    for i, j in _longest_increasing(found):
        if i >= next_i and j >= next_j:
            out.append((i, j))
            next_i, next_j = i + RUN, j + RUN
    return out


def _found_once(a: Sequence[Hashable], b: Sequence[Hashable], a0: int, b0: int, count_a: Counter[Hashable],
                count_b: Counter[Hashable], step: int = 1) -> list[tuple[int, int]]:
    """(a0 + step * i, b0 + j) for each item of a (at i) found exactly once in count_a and once in count_b, and so in
    b (at j), in order of i; count_a and count_b: the items counted (all of a's, when `a` holds only every
    step-th). Every pass runs in C (compress, map, zip), not a Python loop over the positions: a stretch of a
    hundred thousand lines drawn from a pool is passed over a few times."""
    once = count_a.keys() & count_b.keys()
    once.difference_update(compress(count_a, map((1).__lt__, count_a.values())),
                           compress(count_b, map((1).__lt__, count_b.values())))
    if not once:
        return []
    where_b = dict(zip(b, count(b0)))  # an item's last position in b: for an item found once, its position
    chosen = list(map(once.__contains__, a))
    return list(zip(compress(count(a0, step), chosen), map(where_b.__getitem__, compress(a, chosen)), strict=True))


def _longest_increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of pairs whose second members increase (patience sorting), pairs sorted by first.

    A stretch of pairs whose second members go up by one from each to the next (an unchanged stretch of a
    document: most pairs) goes on the piles one after another, each on the pile after the one before (nothing on
    that pile can lie between two consecutive integers): one search places the stretch, and slices take the rest,
    where a search per pair was most of the time of aligning two long documents."""
    if not pairs:
        return []
    js = [j for _, j in pairs]
    tops: list[int] = []
    top_index: list[int] = []
    back: list[int] = [-1] * len(pairs)
    start = 0
    for end in [*compress(range(1, len(js)), map((1).__ne__, map(sub, js[1:], js))), len(js)]:
        pos = bisect.bisect_left(tops, js[start])
        back[start] = top_index[pos - 1] if pos else -1
        tops[pos:pos + end - start] = js[start:end]
        top_index[pos:pos + end - start] = range(start, end)
        back[start + 1:end] = range(start, end - 1)
        start = end
    out = []
    k = top_index[-1] if top_index else -1
    while k >= 0:
        out.append(pairs[k])
        k = back[k]
    return out[::-1]


def _pair_gap(old: _Side, new: _Side, oi: range, nj: range) -> list[_Pair]:
    if not oi:
        return [_Pair("added", (), (j,)) for j in nj]
    if not nj:
        return [_Pair("removed", (i,), ()) for i in oi]
    if len(oi) * len(nj) > DP_CELLS or _words(old, oi) * _words(new, nj) > DP_WORD_CELLS:
        return _pair_greedy(old, new, oi, nj)
    if len(oi) == 1 and len(nj) == 1:
        # One paragraph each way (the commonest gap: a paragraph edited in place): the table's one choice, modified
        # when the pair is worth something (_gains's one cell, as _group_score scores it), else removed and added.
        if _group_score(old, oi, new, nj) > 0:
            return [_Pair("modified", (oi[0],), (nj[0],))]
        return [_Pair("removed", (oi[0],), ()), _Pair("added", (), (nj[0],))]
    return _pair_dp(old, new, oi, nj)


def _words(side: _Side, ix: range) -> int:
    return sum(len(side.words(i)) for i in ix)


Gains = dict[tuple[int, int], list[tuple[int, int, float]]]


def _pair_dp(old: _Side, new: _Side, oi: range, nj: range) -> list[_Pair]:
    """Best order-preserving pairing inside a gap: score is similarity times paragraphs covered.

    The pairings worth something (similar enough) are found first, all of a gap's candidates at once in C; the
    table then visits each cell once, with the two skips and only those pairings."""
    m, n = len(oi), len(nj)
    o0, n0 = oi.start, nj.start
    gains = _gains(old, new, oi, nj)
    by_row: dict[int, dict[int, list[tuple[int, int, float]]]] = {}
    for (i, j), options in gains.items():
        by_row.setdefault(i, {})[j] = options
    down, right = (1, 0), (0, 1)
    best = [[0.0] * (n + 1) for _ in range(m + 1)]
    choice: list[list[tuple[int, int] | None]] = [[None] * (n + 1) for _ in range(m + 1)]
    # The last row: only new paragraphs left, each one added (no pairing starts there).
    choice[m][:n] = [right] * n
    for i in range(m - 1, -1, -1):
        row, below, picks = best[i], best[i + 1], choice[i]
        # the last column: only old paragraphs left, each removed
        row[n], picks[n] = below[n], down
        starting = by_row.get(i)
        for j in range(n - 1, -1, -1):
            # the table's choice at (i, j): skip an old paragraph, else skip a new one when that is worth more, else
            # a pairing starting here (in _shapes order) when it is worth more still; scores are never negative
            score = below[j]
            pick = down
            if row[j + 1] > score:
                score, pick = row[j + 1], right
            if starting is not None:
                here = starting.get(j)
                if here:
                    for di, dj, gain in here:
                        value = gain + best[i + di][j + dj]
                        if value > score:
                            score, pick = value, (di, dj)
            row[j], picks[j] = score, pick
    out: list[_Pair] = []
    i = j = 0
    while i < m or j < n:
        step = choice[i][j]
        assert step is not None
        di, dj = step
        olds = tuple(range(o0 + i, o0 + i + di))
        news = tuple(range(n0 + j, n0 + j + dj))
        if di and dj:
            op: ParagraphOpName = "modified" if di == dj == 1 else "split" if di == 1 else "merged"
            out.append(_Pair(op, olds, news))
        elif di:
            out.append(_Pair("removed", olds, ()))
        else:
            out.append(_Pair("added", (), news))
        i, j = i + di, j + dj
    return out


def _shapes(m: int, n: int) -> list[tuple[int, int]]:
    shapes = [(1, 1)]
    shapes += [(1, k) for k in range(2, min(MAX_GROUP, n) + 1)]
    shapes += [(k, 1) for k in range(2, min(MAX_GROUP, m) + 1)]
    return shapes


def _gains(old: _Side, new: _Side, oi: range, nj: range) -> Gains:
    """For each cell (i, j) of a gap (offsets into oi and nj), the pairings starting there that are worth
    something, as (old paragraphs, new paragraphs, gain) in the order of _shapes."""

    m, n = len(oi), len(nj)
    o0, n0 = oi.start, nj.start
    # A paragraph both versions have word for word, once each, is a move (_resolve_moves finds it): it is paired
    # with nothing here, alone or in a group, and its similarities are not weighed.
    moved_old = frozenset(x for x, i in enumerate(oi) if old.once(t := old.texts[i]) and new.once(t))
    moved_new = frozenset(x for x, j in enumerate(nj) if new.once(t := new.texts[j]) and old.once(t))
    longest = max(len(old.words(i)) for i in oi) * max(len(new.words(j)) for j in nj)
    found: dict[tuple[int, int, int, int], float] = {}
    if longest * MAX_GROUP > SIM_CELLS:  # paragraphs long enough to need runs of words: one pair at a time
        for i in range(m):
            for j in range(n):
                for di, dj in _shapes(m - i, n - j):
                    gain = _group_score(old, range(o0 + i, o0 + i + di), new, range(n0 + j, n0 + j + dj))
                    if gain > 0:
                        found[i, j, di, dj] = gain
    else:
        # One row of candidates per query, scored in C past a cut-off just below each threshold, among the
        # candidates whose lengths alone do not rule them out.
        old_codes = [old.code(i) for i in oi]
        new_codes = [new.code(j) for j in nj]
        rows = [x for x in range(m) if x not in moved_old]
        cols = [x for x in range(n) if x not in moved_new]
        if rows and cols:
            for i, j, score in _scan_all([old_codes[x] for x in rows], [new_codes[x] for x in cols], MODIFIED_MIN):
                sim = float(score) / 100.0
                if sim >= MODIFIED_MIN:
                    found[rows[i], cols[j], 1, 1] = sim
        if m * n < SKETCH_CELLS:
            # The words of k consecutive paragraphs, from those of k - 1: one concatenation per run.
            old_runs: Sequence[str | list[str]] = old_codes
            new_runs: Sequence[str | list[str]] = new_codes
            for k in range(2, min(MAX_GROUP, max(m, n)) + 1):
                if k <= n:
                    new_runs = [run + new_codes[j + k - 1] for j, run in enumerate(new_runs[:n - k + 1])]  # type: ignore[operator]
                    for i, j, score in _scan_all(old_codes, new_runs, GROUP_MIN):
                        gain = _group_gain(float(score) / 100.0, old, o0 + i, new, range(n0 + j, n0 + j + k))
                        if gain > 0:
                            found[i, j, 1, k] = gain
                if k <= m:
                    old_runs = [run + old_codes[i + k - 1] for i, run in enumerate(old_runs[:m - k + 1])]  # type: ignore[operator]
                    for j, i, score in _scan_all(new_codes, old_runs, GROUP_MIN):
                        gain = _group_gain(float(score) / 100.0, new, n0 + j, old, range(o0 + i, o0 + i + k))
                        if gain > 0:
                            found[i, j, k, 1] = gain
        else:
            # A split or merge counts only when each of its parts holds in the whole (_group_gain): the runs of parts
            # that may (by the sketches) are found first for each whole, and only they are compared with it. In a gap
            # of edited paragraphs a paragraph's whole neighbours hold in it almost never, and nearly all of the runs
            # of two to four paragraphs, compared to be ruled out by holds() after, are not compared at all.
            if n > 1:
                for i, j, k, gain in _sketched_groups(old, oi, old_codes, new, nj, new_codes, moved_old, moved_new):
                    found[i, j, 1, k] = gain
            if m > 1:
                for j, i, k, gain in _sketched_groups(new, nj, new_codes, old, oi, old_codes, moved_new, moved_old):
                    found[i, j, k, 1] = gain
    gains: Gains = {}
    for (i, j, di, dj), gain in sorted(found.items(), key=lambda f: (f[0][0], f[0][1], _shape_rank(f[0][2],
                                                                                                  f[0][3]))):
        if (moved_old or moved_new) and (any(x in moved_old for x in range(i, i + di)) or any(
                x in moved_new for x in range(j, j + dj))):
            continue  # a group with a move in it (the runs of a small gap are all weighed)
        if (di > 1 and any(old.paragraphs[o0 + x].heading for x in range(i, i + di))) or (
                dj > 1 and any(new.paragraphs[n0 + x].heading for x in range(j, j + dj))):
            continue  # a heading put over a paragraph ('## Hardening') is a heading added, not a piece of it split off
        gains.setdefault((i, j), []).append((di, dj, gain))
    return gains


def _sketched_groups(whole: _Side, wholes: range, whole_codes: Sequence[str | list[str]], parts: _Side, ix: range,
                     part_codes: Sequence[str | list[str]], moved_wholes: frozenset[int] = frozenset(),
                     moved_parts: frozenset[int] = frozenset()) -> Iterator[tuple[int, int, int, float]]:
    """(whole, first part, parts, gain), as offsets into wholes and ix, of each split (one old paragraph as several
    new ones) or merge (the other way round) that holds: the runs of parts the sketches allow (_group_starts),
    compared with their whole only. Moves (offsets in moved_wholes, moved_parts) are in no group."""
    for w, starts in enumerate(_group_starts(whole, wholes, parts, ix, moved_wholes, moved_parts)):
        for k, firsts in starts:
            runs = [_joined(part_codes, x, k) for x in firsts]
            for _, y, score in _scan(whole_codes[w:w + 1], runs, GROUP_MIN):
                x = firsts[y]
                gain = _group_gain(float(score) / 100.0, whole, wholes.start + w, parts,
                                   range(ix.start + x, ix.start + x + k))
                if gain > 0:
                    yield w, x, k, gain


def _group_starts(whole: _Side, wholes: range, parts: _Side, ix: range, moved_wholes: frozenset[int] = frozenset(),
                  moved_parts: frozenset[int] = frozenset()) -> Iterator[list[tuple[int, list[int]]]]:
    """For each whole (in order), the runs of 2 to MAX_GROUP consecutive parts (offsets into ix) each of which
    may hold in it, as (run length, starts); a part whose sketch has more bits the whole lacks than its misses
    allowed (_Side.sketch) cannot hold, nor can any run with it. A move (moved_wholes, moved_parts: offsets) is in
    no run and has none."""
    offsets = [x for x in range(len(ix)) if x not in moved_parts]
    sketches = [parts.sketch(ix[x]) for x in offsets]
    bits = [s[0] for s in sketches]
    most = [s[2] for s in sketches]
    longest = min(MAX_GROUP, len(ix))
    for at, w in enumerate(wholes):
        if at in moved_wholes:
            yield []
            continue
        # the parts whose bits the whole lacks are at most their misses allowed, every step in C
        lacks = repeat(~whole.sketch(w)[1])
        fit = list(compress(offsets, map(le, map(int.bit_count, map(and_, bits, lacks)), most)))
        starts: list[tuple[int, list[int]]] = []
        if len(fit) > 1:
            fits = set(fit)
            for k in range(2, longest + 1):
                js = [x for x in fit if all(x + t in fits for t in range(1, k))]
                if not js:
                    break
                starts.append((k, js))
        yield starts


def _joined(codes: Sequence[str | list[str]], start: int, k: int) -> str | list[str]:
    """The words of k consecutive paragraphs from `start`, joined (codes: one per paragraph)."""
    first = codes[start]
    if isinstance(first, str):
        return "".join(codes[start:start + k])  # type: ignore[arg-type]
    return [w for c in codes[start:start + k] for w in c]


def _scan(queries: Sequence[str | list[str]], choices: Sequence[str | list[str]],
          least: float) -> Iterator[tuple[int, int, float]]:
    """(query, choice, score in percent) for each pair whose similarity may reach `least` (some below it too).

    Similarity 2 LCS / (a + b) is at most 2 min(a, b) / (a + b), so a choice whose length lies outside
    [a f, a / f] (f = least / (2 - least)) cannot reach `least`: choices sorted by length, each query scores only
    its window (widened by one against rounding), in C (or, for a small gap's few pairs, by _small_ratio)."""
    order = sorted(range(len(choices)), key=lambda c: len(choices[c]))
    lengths = [len(choices[c]) for c in order]
    ranked = [choices[c] for c in order]
    f = least / (2.0 - least)
    cut = least * 100.0 - 1e-6  # just below `least`, so that a value at `least` is never lost to rounding
    small = sum(len(query) for query in queries) * sum(lengths) <= SMALL_CELLS and _FUZZ not in sys.modules
    if not small:
        from rapidfuzz.fuzz import ratio
        from rapidfuzz.process import extract
    for q, query in enumerate(queries):
        a = len(query)
        lo = bisect.bisect_left(lengths, a * f - 1)
        hi = bisect.bisect_right(lengths, a / f + 1)
        if lo < hi and small:  # the few pairs of a small gap, scored as extract() would
            for x, choice in enumerate(ranked[lo:hi]):
                score = _small_ratio(query, choice, cut)
                if score >= cut:
                    yield q, order[lo + x], score
        elif lo < hi:
            for _, score, x in extract(query, ranked[lo:hi], scorer=ratio, score_cutoff=cut, limit=None):
                yield q, order[lo + x], score


def _scan_all(queries: Sequence[str | list[str]], choices: Sequence[str | list[str]],
              least: float) -> Iterator[tuple[int, int, float]]:
    """_scan's pairs (those at least `least`; here no pair below it) of a gap's paragraphs, every pair scored by one
    call of rapidfuzz's cdist: the same scorer at the same cut-off as extract() in _scan, so the same scores, without
    a Python step per query. Its table (float64, as extract gives scores) is read through a memoryview: numpy, which
    rapidfuzz's public cdist converts it with, is not needed. Word lists, a small gap's few pairs, or a rapidfuzz
    without that module: _scan."""
    if not queries or not isinstance(queries[0], str) \
            or sum(map(len, queries)) * sum(map(len, choices)) <= SMALL_CELLS:
        yield from _scan(queries, choices, least)
        return
    try:
        from rapidfuzz.process_cpp_impl import FLOAT64, cdist  # type: ignore[import-not-found]  # (no stub)
    except ImportError:  # (a private module of rapidfuzz's: should it move, _scan finds the same pairs)
        yield from _scan(queries, choices, least)
        return
    from rapidfuzz.fuzz import ratio

    # a pair below the cut-off scores 0.0 in the table: the rest are the pairs _scan yields (its length window only
    # leaves out pairs that cannot reach `least`)
    table = memoryview(cdist(queries, choices, scorer=ratio, score_cutoff=least * 100.0 - 1e-6, dtype=FLOAT64))
    scores = table.cast("B").cast("d")
    n = len(choices)
    for k in compress(range(len(scores)), scores):
        yield k // n, k % n, scores[k]


def similar_pairs(queries: Sequence[str], choices: Sequence[str], least: float) -> Iterator[tuple[int, int, float]]:
    """(query, choice, score in percent) for every pair of strings whose rapidfuzz ratio (2 LCS / (a + b)) is at
    least `least` (a pair a hair below it may come too: the cut-off is lowered against rounding), scored in C by
    rapidfuzz (a small set of pairs in Python, as _scan does)."""
    return _scan_all(queries, choices, least)


def _shape_rank(di: int, dj: int) -> int:
    """A shape's place in _shapes: (1, 1), then (1, 2..), then (2.., 1)."""
    return 0 if di == dj == 1 else dj if di == 1 else MAX_GROUP + di


def _group_score(old: _Side, olds: range, new: _Side, news: range) -> float:
    """How much pairing these paragraphs is worth; 0 when they are not the same text."""
    if len(olds) == 1 and len(news) == 1:
        sim = _pair_similarity(old, olds, new, news, MODIFIED_MIN)
        return sim if sim >= MODIFIED_MIN else 0.0
    sim = _pair_similarity(old, olds, new, news, GROUP_MIN)
    if len(olds) == 1:
        return _group_gain(sim, old, olds[0], new, news)
    return _group_gain(sim, new, news[0], old, olds)


def _group_gain(sim: float, whole_side: _Side, whole_ix: int, parts_side: _Side, part_ix: range) -> float:
    """The worth of a split or merge whose joined parts have similarity `sim` to the whole: `sim` for each part
    (one paragraph of the pair per part beyond the whole's own), 0 unless each part's words are nearly all in the
    whole."""
    if sim < GROUP_MIN:
        return 0.0
    # Every part must hold: the shortest first, the one a group of a paragraph and its short neighbour fails on
    for i in sorted(part_ix, key=lambda i: len(parts_side.texts[i])):
        if not whole_side.holds(whole_ix, parts_side, i):
            return 0.0
    return sim * len(part_ix)


def _pair_greedy(old: _Side, new: _Side, oi: range, nj: range) -> list[_Pair]:
    """Large gaps: walk both sides in order, pairing a paragraph with the best similar one a few steps ahead."""
    out: list[_Pair] = []
    i, j = oi.start, nj.start
    window = 8
    while i < oi.stop and j < nj.stop:
        cands = [(_pair_similarity(old, range(i, i + 1), new, range(j + k, j + k + 1), MODIFIED_MIN), k)
                 for k in range(min(window, nj.stop - j))]
        sim, k = max(cands, key=lambda c: (c[0], -c[1]))
        if sim >= MODIFIED_MIN:
            out.extend(_Pair("added", (), (j + x,)) for x in range(k))
            out.append(_Pair("modified", (i,), (j + k,)))
            i, j = i + 1, j + k + 1
        else:
            out.append(_Pair("removed", (i,), ()))
            i += 1
    out.extend(_Pair("removed", (x,), ()) for x in range(i, oi.stop))
    out.extend(_Pair("added", (), (x,)) for x in range(j, nj.stop))
    return out


def _resolve_moves(rows: list[_Pair | _Same], old_side: _Side, new_side: _Side) -> list[_Pair | _Same]:
    """Pair removed with added paragraphs elsewhere: identical text first, then similar text."""
    removed = {r.old[0]: k for k, r in enumerate(rows) if isinstance(r, _Pair) and r.op == "removed"}
    added = [r.new[0] for r in rows if isinstance(r, _Pair) and r.op == "added"]
    if not removed or not added:
        return rows
    by_text: dict[str, deque[int]] = defaultdict(deque)
    for i in removed:
        by_text[old_side.texts[i]].append(i)
    moved_from: dict[int, int] = {}  # new index -> old index
    for j in added:
        pool = by_text.get(new_side.texts[j])
        if pool:
            moved_from[j] = pool.popleft()
    taken = set(moved_from.values())
    left_old = [i for i in removed if i not in taken]
    left_new = [j for j in added if j not in moved_from]
    if left_old and left_new:
        moved_from.update(_similar_moves(old_side, new_side, left_old, left_new))
    if not moved_from:
        return rows
    gone = {removed[i] for i in moved_from.values()}
    out: list[_Pair | _Same] = []
    for k, r in enumerate(rows):
        if k in gone:
            continue
        if isinstance(r, _Pair) and r.op == "added" and r.new[0] in moved_from:
            out.append(_Pair("moved", (moved_from[r.new[0]],), r.new))
        else:
            out.append(r)
    return out


def _similar_moves(old_side: _Side, new_side: _Side, left_old: list[int], left_new: list[int]) -> dict[int, int]:
    """Edited moves, found through shared rare words rather than by comparing every pair.

    A word in many paragraphs says little about which one moved. In a revision of thousands of paragraphs few
    words are rare enough, and counting the votes of the others was quadratic: there, runs of three words stand
    in for words, and each may point to at most RARE_MAX paragraphs."""
    big = len(left_old) // 10 > RARE_MAX
    limit = RARE_MAX if big else max(8, len(left_old) // 10)
    # Each distinct text's keys, a distinct new text's candidates and a distinct pair of texts' similarity are
    # found once: a document of repeated texts (lines drawn from a pool, boilerplate) repeats them all.
    keyed: dict[str, set[str] | set[tuple[str, ...]]] = {}

    def keys(text: str) -> set[str] | set[tuple[str, ...]]:
        found = keyed.get(text)
        if found is not None:
            return found
        words = _WORDS.findall(text.lower())
        if big:
            # A run as a tuple of its words: made in C by zip, where joining each run was most of the time here
            # (one to one with the joined runs, as a word holds no space; a paragraph of fewer words is one key).
            runs: set[tuple[str, ...]] = set(zip(words, words[1:], words[2:], strict=False))
            found = keyed[text] = runs if len(words) > 2 else {tuple(words)}
        else:
            found = keyed[text] = set(compress(words, map((3).__lt__, map(len, words))))  # longer than 3, in C
        return found

    postings: dict[str | tuple[str, ...], list[int]] = defaultdict(list)
    for i in left_old:
        for w in keys(old_side.texts[i]):
            postings[w].append(i)
    # Only the rare words vote: they are picked once, and each paragraph's are found by one set intersection.
    rare = {w: hits for w, hits in postings.items() if len(hits) <= limit}
    found: list[tuple[float, int, int]] = []
    candidates: dict[str, list[int]] = {}  # a new text -> the old paragraphs its words vote for (the same for each)
    similar: dict[tuple[str, str], float] = {}
    for j in left_new:
        text = new_side.texts[j]
        best = candidates.get(text)
        if best is None:
            votes = Counter(chain.from_iterable(map(rare.__getitem__, rare.keys() & keys(text))))
            # ties by position, in every run
            best = candidates[text] = heapq.nsmallest(5, votes, key=lambda i: (-votes[i], i))
        for i in best:
            pair = (old_side.texts[i], text)
            sim = similar.get(pair)
            if sim is None:
                sim = similar[pair] = _pair_similarity(old_side, range(i, i + 1), new_side, range(j, j + 1),
                                                       MOVED_MIN)
            if sim >= MOVED_MIN:
                found.append((sim, i, j))
    found.sort(key=lambda f: (-f[0], f[1], f[2]))
    taken_old: set[int] = set()
    out: dict[int, int] = {}
    for _, i, j in found:
        if i not in taken_old and j not in out:
            taken_old.add(i)
            out[j] = i
    return out


def _change(row: _Pair, old: Sequence[Paragraph], new: Sequence[Paragraph]) -> ParagraphChange:
    if row.op == "modified" and old[row.old[0]].text == new[row.new[0]].text:
        # Paired by similarity among repeated texts: the same text at the same place is not an edit.
        row = _Pair("unchanged", row.old, row.new)
    if row.op == "unchanged":  # the bulk of every report: no joins, no diff
        text = new[row.new[0]].text
        return ParagraphChange("unchanged", row.old, row.new, new[row.new[0]].section, old[row.old[0]].text, text)
    # (a row of one paragraph each way, nearly every changed row, takes its texts as they are: no join)
    old_text = (old[row.old[0]].text if len(row.old) == 1 else " ".join(old[i].text for i in row.old)) if row.old \
        else None
    new_text = (new[row.new[0]].text if len(row.new) == 1 else " ".join(new[j].text for j in row.new)) if row.new \
        else None
    section = new[row.new[0]].section if row.new else old[row.old[0]].section
    words = None
    if row.op in ("modified", "split", "merged") or (row.op == "moved" and old_text != new_text):
        words = diff_words(old_text or "", new_text or "")
    return ParagraphChange(row.op, row.old, row.new, section, old_text, new_text, words)
