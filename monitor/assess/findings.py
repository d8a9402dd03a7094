"""What a detector reports about one sentence pair, and the word regions of the pair that changed."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from monitor.assess.lexicon import Match, PhraseTable
from monitor.assess.text import Sentence
from monitor.report import SEVERITY_RANK, Direction, Kind, Severity

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
        sm = SequenceMatcher(None, old.words, new.words, autojunk=False)
        regions = tuple(Region(i1, i2, j1, j2) for op, i1, i2, j1, j2 in sm.get_opcodes() if op != "equal")
        return cls(old, new, regions, sm.ratio())

    def old_changed(self) -> list[str]:
        return [w for r in self.regions for w in self.old.words[r.i1:r.i2]]

    def new_changed(self) -> list[str]:
        return [w for r in self.regions for w in self.new.words[r.j1:r.j2]]


def touching(table: PhraseTable, s: Sentence, lo: int, hi: int, reach: int = 0) -> list[Match]:
    """Matches of `table` in sentence `s` that overlap words [lo - reach, hi + reach)."""
    lo, hi = lo - reach, hi + reach
    return [m for m in table.find(s.words) if m.start < hi and m.end > lo]


def span(s: Sentence, lo: int, hi: int, pad: int = 0) -> str:
    """The sentence's words [lo - pad, hi + pad) as written."""
    return " ".join(s.raw_tokens[max(0, lo - pad):hi + pad])


def bands(n: int) -> str:
    n = abs(n)
    word = COUNT_WORDS[n] if n < len(COUNT_WORDS) else str(n)
    return f"{word} band" + ("" if n == 1 else "s")


def clip(text: str, limit: int = 90) -> str:
    """A sentence shortened for a one-line explanation."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."
