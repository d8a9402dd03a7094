"""The assessment lexicons (data/lexicon.json), loaded once and compiled into phrase tables over word tokens."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True, slots=True)
class Match:
    """A lexicon phrase found in a token list: tokens [start, end) with the phrase's value."""

    start: int
    end: int
    phrase: str
    value: int


class PhraseTable:
    """Multi-word phrases indexed by their first word; matching is greedy longest-first, left to right."""

    __slots__ = ("_by_first", "words")

    def __init__(self, entries: dict[str, int]) -> None:
        by_first: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for phrase, value in entries.items():
            toks = tuple(phrase.split())
            by_first.setdefault(toks[0], []).append((toks, value))
        for options in by_first.values():
            options.sort(key=lambda o: -len(o[0]))
        self._by_first = by_first
        self.words = frozenset(w for phrase in entries for w in phrase.split())

    def find(self, words: tuple[str, ...] | list[str], lo: int = 0, hi: int | None = None) -> list[Match]:
        """Non-overlapping matches of the phrases inside words[lo:hi] (a phrase may not cross hi)."""
        hi = len(words) if hi is None else hi
        out: list[Match] = []
        i = lo
        while i < hi:
            options = self._by_first.get(words[i])
            if options:
                for toks, value in options:
                    n = len(toks)
                    if i + n <= hi and tuple(words[i:i + n]) == toks:
                        out.append(Match(i, i + n, " ".join(toks), value))
                        i += n
                        break
                else:
                    i += 1
                continue
            i += 1
        return out


def _ladder(data: dict[str, Any]) -> dict[str, int]:
    """{"1": [terms], "2": [...]} -> {term: 1, ...}; keys starting with '_' are notes."""
    out: dict[str, int] = {}
    for level, terms in data.items():
        if level.startswith("_"):
            continue
        for t in terms:
            out[t] = int(level)
    return out


@cache
def raw() -> dict[str, Any]:
    """The parsed lexicon file (cached: read once per process)."""
    with (DATA / "lexicon.json").open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


_RAW = raw()

LIKELIHOOD = PhraseTable(_ladder(_RAW["likelihood"]))
MODALS = frozenset(_RAW["modal_terms"])
HEDGES = frozenset(_RAW["hedge_terms"])
EVIDENCE = PhraseTable(_ladder(_RAW["evidence_verbs"]))
CONFIDENCE = PhraseTable(_ladder(_RAW["confidence"]))
NEGATIONS = PhraseTable(dict.fromkeys(_RAW["negations"], 1))
NEGATION_PREFIXES: tuple[str, ...] = tuple(sorted(_RAW["negation_prefixes"], key=len, reverse=True))
TREND_CLASSES = ("up", "down", "flat")
TRENDS = PhraseTable({t: TREND_CLASSES.index(cls) for cls in TREND_CLASSES for t in _RAW["trends"][cls]})
ANTONYMS: frozenset[frozenset[str]] = frozenset(frozenset(pair) for pair in _RAW["antonyms"])
ANTONYM_WORDS = frozenset(w for pair in _RAW["antonyms"] for w in pair)
DEGREE = PhraseTable(_ladder(_RAW["degree"]))
DIMINISHERS = PhraseTable(dict.fromkeys(_RAW["diminishers"], 1))
RECOMMENDATION = PhraseTable(_ladder(_RAW["recommendation"]))
EPISTEMIC_SHOULD = PhraseTable(dict.fromkeys(_RAW["epistemic_should"], 1))
ADVISORY_LEVELS = PhraseTable(_ladder(_RAW["advisory_levels"]))
RFC2119 = PhraseTable(_ladder(_RAW["rfc2119"]))
STATUS_TERMS = PhraseTable(dict.fromkeys(_RAW["status_terms"], 1))
IMPERATIVE_VERBS = frozenset(_RAW["imperative_verbs"])
_DECISIONS = _RAW["policy_decisions"]
# A rate decision is any of the verbs applied to any of the rate names ("lowered its policy rate").
POLICY_DECISIONS = PhraseTable(dict.fromkeys(
    [*_DECISIONS["phrases"], *(f"{v} {o}" for v in _DECISIONS["rate_verbs"] for o in _DECISIONS["rate_objects"])], 1))
# The stance a decision takes on what it sets, ordered: cut (-1) < hold (0) < raise (+1).
STANCE: dict[str, int] = {w: v for name, v in (("raise", 1), ("hold", 0), ("cut", -1))
                          for w in _DECISIONS["stance"][name]}
DECISION_VERBS = frozenset(_DECISIONS["decision_verbs"])  # "decided today to lower ...": a decision follows
_ESTIMATIVE = _RAW["estimative_nouns"]
ESTIMATIVE_NOUNS = frozenset(_ESTIMATIVE["nouns"])  # chance, possibility, prospect, odds ...
ESTIMATIVE_QUANTIFIERS = PhraseTable(_ladder(_ESTIMATIVE["quantifiers"]))  # what sets such a noun's band
EXCLUSIONS = frozenset(_ESTIMATIVE["exclusions"])  # "cannot be ruled out": a negated exclusion is a possibility
JUDGMENT_TERMS = PhraseTable(dict.fromkeys(_RAW["judgment_terms"], 1))
SPELLING_VARIANTS: tuple[tuple[str, str], ...] = tuple((a, b) for a, b in _RAW["spelling_variants"])
NUMBER_WORDS: dict[str, float] = {k: float(v) for k, v in _RAW["numbers"].items()}
ORDINALS: dict[str, float] = {k: float(v) for k, v in _RAW["ordinals"].items()}
MONTHS: dict[str, int] = {m: i + 1 for i, m in enumerate(_RAW["months"])}
NAME_STOPWORDS = frozenset(_RAW["name_stopwords"])
AGENT_NOUNS = frozenset(_RAW["agent_nouns"])
PEOPLE_NOUNS = frozenset(_RAW["people_nouns"])  # 'residents', 'investors': who acts or is affected
REVERSALS = PhraseTable(dict.fromkeys(_RAW["reversal_markers"], 1))
INTENSIFIERS = PhraseTable(_ladder(_RAW["intensifiers"]))
INTENSIFIED_NOUNS = frozenset(_RAW["intensified_nouns"])
WEAK_JUDGMENT = frozenset(_RAW["weak_judgment_terms"])

# Words whose change is never a typo fix: the vocabulary every detector relies on.
PROTECTED = frozenset().union(
    LIKELIHOOD.words, EVIDENCE.words, CONFIDENCE.words, NEGATIONS.words, TRENDS.words, ANTONYM_WORDS,
    DEGREE.words, RECOMMENDATION.words, ADVISORY_LEVELS.words, NUMBER_WORDS, ORDINALS, MONTHS, MODALS,
    REVERSALS.words, INTENSIFIERS.words,
)
