"""What a detector reports about one sentence pair, and the word regions of the pair that changed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from monitor.assess.lexicon import Match, PhraseTable
from monitor.assess.text import Sentence
from monitor.report import SEVERITY_RANK

TYPE_CHECKING = False  # typing's own constant, without loading typing at run time (monitor/launch.py)
if TYPE_CHECKING:
    from monitor.report import Direction, Kind, Severity

# When two detectors fire on one sentence pair, the more specific kind is reported.
SPECIFICITY: tuple[Kind, ...] = (
    "polarity", "likelihood", "confidence", "recommendation", "quantity", "actor", "added", "removed", "reworded",
)
COUNT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight")


@dataclass(frozen=True, slots=True)
class Finding:
    """One detector's verdict on a sentence pair."""

    kind: Kind
    severity: Severity
    direction: Direction
    before_terms: tuple[str, ...]
    after_terms: tuple[str, ...]
    explanation: str

    def rank(self) -> tuple[int, int]:
        return (-SEVERITY_RANK[self.severity], SPECIFICITY.index(self.kind))


@dataclass(frozen=True, slots=True)
class Region:
    """One changed stretch of words: old words [i1, i2) became new words [j1, j2)."""

    i1: int
    i2: int
    j1: int
    j2: int


# A targeted edit touches a few words; a longer stretch is a rewrite and is not read word against word.
TARGETED_WORDS = 8
TARGETED_INSERT = 3


def targeted(r: Region) -> bool:
    """The region is a word-for-word edit (a short replacement, or the insertion/deletion of a few words)."""
    n_old, n_new = r.i2 - r.i1, r.j2 - r.j1
    if n_old == 0 or n_new == 0:
        return max(n_old, n_new) <= TARGETED_INSERT
    return max(n_old, n_new) <= TARGETED_WORDS


@dataclass(frozen=True, slots=True)
class PairDiff:
    """A sentence pair and its changed regions (word level, punctuation ignored)."""

    old: Sentence
    new: Sentence
    regions: tuple[Region, ...]
    ratio: float  # difflib similarity of the two word sequences

    @classmethod
    def of(cls, old: Sentence, new: Sentence) -> PairDiff:
        opcodes, ratio = word_opcodes(old.words, new.words)
        regions = tuple(Region(i1, i2, j1, j2) for op, i1, i2, j1, j2 in opcodes if op != "equal")
        return cls(old, new, regions, ratio)

    def old_changed(self) -> list[str]:
        return [w for r in self.regions for w in self.old.words[r.i1:r.i2]]

    def new_changed(self) -> list[str]:
        return [w for r in self.regions for w in self.new.words[r.j1:r.j2]]

    def only_added_or_dropped(self) -> tuple[bool, list[tuple[str, ...]], int] | None:
        """When every changed region only adds words (True) or every one only drops them (False): that, the words of
        each region, and where the first region starts on the side that has them. None when words were replaced."""
        if not self.regions:
            return None
        added = all(r.i1 == r.i2 for r in self.regions)
        if not added and not all(r.j1 == r.j2 for r in self.regions):
            return None
        side = self.new if added else self.old
        bounds = [(r.j1, r.j2) if added else (r.i1, r.i2) for r in self.regions]
        return added, [side.words[lo:hi] for lo, hi in bounds], min(lo for lo, _ in bounds)


# difflib's matcher does work for every pair of equal words across the two sides, so on a few words repeated
# hundreds of times it is quadratic or worse. Up to EQUAL_PAIRS such pairs (a sentence a person wrote has a few
# hundred) word sequences are matched with difflib; past it, or once a comparison has spent MATCH_BUDGET, a
# patience diff anchors the pair on words found once on each side and difflib matches only the gaps between.
EQUAL_PAIRS = 10_000
MATCH_BUDGET = 20_000_000

Opcode = tuple[str, int, int, int, int]


def equal_pairs(a: Counter[str], b: Counter[str]) -> int:
    """How many (i, j) positions hold the same word in two sequences, given their word counts."""
    if len(a) > len(b):
        a, b = b, a
    return sum(n * b[w] for w, n in a.items() if w in b)


def word_opcodes(a: Sequence[str], b: Sequence[str]) -> tuple[list[Opcode], float]:
    """difflib's opcodes and ratio for two word sequences; about linear however long and repetitive they are."""
    if equal_pairs(Counter(a), Counter(b)) <= EQUAL_PAIRS:
        sm = SequenceMatcher(None, a, b, autojunk=False)
        return list(sm.get_opcodes()), sm.ratio()
    from monitor.align import anchor_opcodes

    out: list[Opcode] = []
    budget = MATCH_BUDGET
    for tag, i1, i2, j1, j2 in anchor_opcodes(a, b):
        work = equal_pairs(Counter(a[i1:i2]), Counter(b[j1:j2])) if tag == "replace" else 0
        if tag != "replace" or work > min(budget, EQUAL_PAIRS):
            out.append((tag, i1, i2, j1, j2))
            continue
        budget -= work
        sm = SequenceMatcher(None, a[i1:i2], b[j1:j2], autojunk=False)
        out.extend((t, i1 + x1, i1 + x2, j1 + y1, j1 + y2) for t, x1, x2, y1, y2 in sm.get_opcodes())
    matched = sum(i2 - i1 for tag, i1, i2, _, _ in out if tag == "equal")
    total = len(a) + len(b)
    return out, 2.0 * matched / total if total else 1.0


def touching(table: PhraseTable, s: Sentence, lo: int, hi: int, reach: int = 0) -> list[Match]:
    """Matches of `table` in sentence `s` that overlap words [lo - reach, hi + reach)."""
    lo, hi = lo - reach, hi + reach
    return [m for m in table.find(s.words) if m.start < hi and m.end > lo]


def span(s: Sentence, lo: int, hi: int, pad: int = 0) -> str:
    """The sentence's words [lo - pad, hi + pad) as written."""
    out: list[str] = []
    for t in s.raw_tokens[max(0, lo - pad):hi + pad]:
        if out and t in _NOT_PARTS:
            out[-1] += t  # "isn't", read as 'is' and 'n't' (Sentence.of)
        else:
            out.append(t)
    return " ".join(out)


_NOT_PARTS = frozenset({"n't", "N'T", "N't"})


def bands(n: int) -> str:
    n = abs(n)
    word = COUNT_WORDS[n] if n < len(COUNT_WORDS) else str(n)
    return f"{word} band" + ("" if n == 1 else "s")


def clip(text: str, limit: int = 90) -> str:
    """A sentence shortened for a one-line explanation."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."
