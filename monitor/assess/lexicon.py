"""The assessment lexicons (data/lexicon.json), loaded once and compiled into phrase tables over word tokens;
`overlay()` extends named tables with a pack's phrases for one classification."""

from __future__ import annotations

import _thread
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from itertools import chain
from pathlib import Path

TYPE_CHECKING = False  # typing's own constant, without loading typing at run time (monitor/launch.py)
if TYPE_CHECKING:
    from typing import Any

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True, slots=True)
class Match:
    """A lexicon phrase found in a token list: tokens [start, end) with the phrase's value."""

    start: int
    end: int
    phrase: str
    value: int


def _longest_first(option: tuple[tuple[str, ...], int]) -> int:
    return -len(option[0])


class PhraseTable:
    """Multi-word phrases indexed by their first word; matching is greedy longest-first, left to right."""

    __slots__ = ("_anchors", "_by_first", "entries", "words")

    def __init__(self, entries: dict[str, int], judging: Iterable[str] | None = None) -> None:
        """`judging`: the phrases whose words count as words of judgment (`words`), where only some do (the others
        compose phrases from common words: 'some assurance that', 'in no case'); all of them by default."""
        # Built once per table and process (about 20 tables, 1,100 phrases, at every start): each phrase is split
        # once, and only the few lists holding more than one phrase are sorted (longest first; the sort is stable).
        options = [(tuple(phrase.split()), value) for phrase, value in entries.items()]
        by_first: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for option in options:
            same = by_first.get(option[0][0])
            if same is None:
                by_first[option[0][0]] = [option]
            else:
                same.append(option)
        for same in by_first.values():
            if len(same) > 1:
                same.sort(key=_longest_first)
        self._by_first = by_first
        # Each phrase's longest word, which any sentence holding the phrase holds: a sentence with none of them holds
        # no phrase ('in no case' needs 'case'; a table keyed on 'in', 'at', 'on' would be looked through for nearly
        # every sentence).
        self._anchors = frozenset(max(toks, key=len) for toks, _ in options)
        self.entries = dict(entries)
        self.words = frozenset(chain.from_iterable(toks for toks, _ in options)) if judging is None else frozenset(
            w for phrase in judging for w in phrase.split())

    def assume(self, other: PhraseTable) -> None:
        """Take `other`'s phrases in place: modules that imported this table by name see the change."""
        self._by_first, self._anchors, self.entries, self.words = (
            other._by_first, other._anchors, other.entries, other.words)

    def find(self, words: tuple[str, ...] | list[str], lo: int = 0, hi: int | None = None) -> list[Match]:
        """Non-overlapping matches of the phrases inside words[lo:hi] (a phrase may not cross hi)."""
        hi = len(words) if hi is None else hi
        out: list[Match] = []
        if lo == 0 and hi == len(words) and self._anchors.isdisjoint(words):
            return out  # no phrase's longest word is there (one pass in C; most sentences have no phrase of a table)
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


class WordSet(set[str]):
    """A set of single words that `overlay()` may extend in place (a frozenset imported by name could not be)."""

    __slots__ = ()

    def assume(self, other: Iterable[str]) -> None:
        self.clear()
        self.update(other)


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
BOOSTERS = PhraseTable(dict.fromkeys(_RAW["booster_terms"], 1))
# How often a claim holds, rarest 1, always 5; a word at the top of the scale approximated is half a step below it
# ('nearly invariably', 'almost universally'), unless the lexicon lists the phrase itself ('almost always').
_ALWAYS = max(_RAW["frequency"].values())
APPROXIMATORS = ("almost", "nearly", "virtually", "practically", "all but")  # a word of the top, approximated
FREQUENCY: dict[str, float] = {
    **{f"{a} {w}": _ALWAYS - 0.5 for w, v in _RAW["frequency"].items() if v == _ALWAYS and " " not in w
       for a in APPROXIMATORS},
    **_RAW["frequency"]}
EVIDENCE = PhraseTable(_ladder(_RAW["evidence_verbs"]))
_COMPOSED = _RAW["confidence_composed"]
# The ladder's phrases, and each degree of a noun of certainty before the 'that' of what it governs ('some assurance
# that X' → 'near-total assurance that X' is confidence up); a phrase the ladder names keeps its own rung.
# (the words that make a phrase one of confidence are the ladder's: not 'that' or 'some', nor 'assurance', a term of
# art too, 'identity assurance level', which judge nothing alone)
_CONFIDENCE_LADDER = _ladder(_RAW["confidence"])
CONFIDENCE = PhraseTable({
    **{f"{degree} {noun} that": int(level) for level, degrees in _COMPOSED.items() if level.isdigit()
       for degree in degrees for noun in _COMPOSED["nouns"]},
    **_CONFIDENCE_LADDER}, judging=_CONFIDENCE_LADDER)
# A negative adverbial negates the verb it stands before ('must on no account trigger', 'should under no
# circumstances share') as 'not' does; its other words ('account', 'time', 'case') are no words of judgment.
NEGATIVE_ADVERBIALS: tuple[str, ...] = tuple(_RAW["negative_adverbials"])
# Phrases of common words that deny what follows: 'has yet to release' (has not released).
NEGATIONS = PhraseTable(dict.fromkeys([*_RAW["negations"], *NEGATIVE_ADVERBIALS, *_RAW["negating_phrases"]], 1),
                        judging=_RAW["negations"])
NEGATION_PREFIXES: tuple[str, ...] = tuple(sorted(_RAW["negation_prefixes"], key=len, reverse=True))
TREND_CLASSES = ("up", "down", "flat")
TRENDS = PhraseTable({t: TREND_CLASSES.index(cls) for cls in TREND_CLASSES for t in _RAW["trends"][cls]})
ANTONYMS: frozenset[frozenset[str]] = frozenset(frozenset(pair) for pair in _RAW["antonyms"])
ANTONYM_WORDS = frozenset(w for pair in _RAW["antonyms"] for w in pair)
# The pairs one of whose sides is more than a word ('towards' / 'away from', 'safer' / 'more dangerous'), as word
# tuples, each pair in both orders.
ANTONYM_PHRASES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = tuple(
    (tuple(a.split()), tuple(b.split())) for x, y in _RAW["antonyms"] if " " in x + y for a, b in ((x, y), (y, x)))
DEGREE = PhraseTable(_ladder(_RAW["degree"]))
DIMINISHERS = PhraseTable(dict.fromkeys(_RAW["diminishers"], 1))
SCOPE_QUANTIFIERS = PhraseTable(_ladder(_RAW["scope_quantifiers"]))  # few < some < many < most < nearly all < all
DEGREE_ADVERBS = PhraseTable(_ladder(_RAW["degree_adverbs"]))
RECOMMENDATION = PhraseTable(_ladder(_RAW["recommendation"]))
EPISTEMIC_SHOULD = PhraseTable(dict.fromkeys(_RAW["epistemic_should"], 1))
ADVISORY_LEVELS = PhraseTable(_ladder(_RAW.get("advisory_levels") or {}))  # the travel-advisory pack fills it
RFC2119 = PhraseTable(_ladder(_RAW["rfc2119"]))
STATUS_TERMS = PhraseTable(dict.fromkeys(_RAW["status_terms"], 1))
STATUS_ENDED = frozenset(_RAW["status_ended"])  # withdrawn, superseded, repealed: no longer stands
IMPERATIVE_VERBS = frozenset(_RAW["imperative_verbs"])
ADVICE_NOUNS = frozenset(_RAW["advice_nouns"])
# remedy noun -> 1 (reduces the harm: mitigation, workaround) or 2 (removes its cause: fix, patch, solution)
REMEDY_STRENGTH = {w: int(k) for k, words in _RAW["remedy_strength"].items() if k.isdigit() for w in words}
FUNCTION_WORDS = frozenset(_RAW["function_words"])  # closed-class words: never the verb of an instruction
OBJECT_OPENERS = frozenset(_RAW["object_openers"])  # 'the', 'every', 'your': what opens a verb's object
ADVERSARY_NOUNS = frozenset(_RAW["adversary_nouns"])  # 'attackers could use': a threat, not a permission


def _decisions(section: dict[str, Any] | None) -> PhraseTable:
    """A rate decision is any of the verbs applied to any of the rate names ("lowered its policy rate")."""
    section = section or {}
    verbs, objects = section.get("rate_verbs", []), section.get("rate_objects", [])
    return PhraseTable(dict.fromkeys([*section.get("phrases", []), *(f"{v} {o}" for v in verbs for o in objects)], 1))


def _stance(section: dict[str, Any] | None) -> dict[str, int]:
    """The stance a decision takes on what it sets, ordered: cut (-1) < hold (0) < raise (+1)."""
    stance = (section or {}).get("stance", {})
    return {w: v for name, v in (("raise", 1), ("hold", 0), ("cut", -1)) for w in stance.get(name, [])}


def _phrases(terms: list[str] | None) -> PhraseTable:
    return PhraseTable(dict.fromkeys(terms or [], 1))


def _words(terms: list[str] | None) -> WordSet:
    return WordSet(terms or [])


def _decision_verbs(section: dict[str, Any] | None) -> WordSet:
    """'decided today to lower ...': a decision follows."""
    return _words((section or {}).get("decision_verbs"))


POLICY_DECISIONS = _decisions(_RAW.get("policy_decisions"))
STANCE: dict[str, int] = _stance(_RAW.get("policy_decisions"))
DECISION_VERBS = _decision_verbs(_RAW.get("policy_decisions"))


def _stance_judges(section: dict[str, Any] | None) -> WordSet:
    """'judged that a further tightening was warranted': a judgment of what is right to do takes a stance too."""
    return _words((section or {}).get("stance_judges"))


def _stance_verdicts(section: dict[str, Any] | None) -> WordSet:
    """The words that say what is right to do ('appropriate', 'warranted', 'the case for')."""
    return _words((section or {}).get("stance_verdicts"))


STANCE_JUDGES = _stance_judges(_RAW.get("policy_decisions"))
STANCE_VERDICTS = _stance_verdicts(_RAW.get("policy_decisions"))
_ESTIMATIVE = _RAW["estimative_nouns"]
ESTIMATIVE_NOUNS = frozenset(_ESTIMATIVE["nouns"])  # chance, possibility, prospect, odds ...
BARE_ESTIMATIVE_NOUNS = frozenset(_ESTIMATIVE["bare_nouns"])  # 'the possibility that X': possible, unquantified
PROPOSITION_NOUNS = frozenset(_ESTIMATIVE["proposition_nouns"])  # 'little risk of X', 'no sign that X'
ESTIMATIVE_QUANTIFIERS = PhraseTable(_ladder(_ESTIMATIVE["quantifiers"]))  # what sets such a noun's band
# "cannot be ruled out", "cannot be written off": a negated exclusion is a possibility
EXCLUSIONS = PhraseTable(dict.fromkeys(_ESTIMATIVE["exclusions"], 1))
JUDGMENT_TERMS = _phrases(_RAW.get("judgment_terms"))
SPELLING_VARIANTS: tuple[tuple[str, str], ...] = tuple((a, b) for a, b in _RAW["spelling_variants"])
NUMBER_WORDS: dict[str, float] = {k: float(v) for k, v in _RAW["numbers"].items()}
ORDINALS: dict[str, float] = {k: float(v) for k, v in _RAW["ordinals"].items()}
MONTHS: dict[str, int] = {m: i + 1 for i, m in enumerate(_RAW["months"])}
MONTH_ABBREVIATIONS: dict[str, int] = {k: MONTHS[v] for k, v in _RAW["month_abbreviations"].items()}  # 'feb': 2
NAME_STOPWORDS = frozenset(_RAW["name_stopwords"])
AGENT_NOUNS = frozenset(_RAW["agent_nouns"])
PEOPLE_NOUNS = _words(_RAW.get("people_nouns"))  # 'residents', 'investors': who acts or is affected
REVERSALS = PhraseTable(dict.fromkeys(_RAW["reversal_markers"], 1))
INTENSIFIERS = PhraseTable(_ladder(_RAW["intensifiers"]))
IMPORTANCE = PhraseTable(_ladder(_RAW["importance"]))  # 'useful' 1, 'important' 2, 'essential' 3
INTENSIFIED_NOUNS = frozenset(_RAW["intensified_nouns"])
WEAK_JUDGMENT = frozenset(_RAW["weak_judgment_terms"])


@cache
def people_nouns() -> frozenset[str]:
    """The plurals of the nouns whose commonest sense in WordNet 3.0 names a person (data/people-nouns.txt, written by
    contrib/wordnet_people.py): 'attendants', 'stewards', 'franchisees'. Read on first use: only an edit that may
    swap one group for another asks."""
    text = (DATA / "people-nouns.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@cache
def _verbs() -> tuple[frozenset[str], dict[str, str]]:
    """The verbs SemCor tags as verbs more often than as anything else, and the irregular forms of every verb
    (data/verbs.txt, written by contrib/wordnet_verbs.py). Read on first use: only a sentence that may open on an
    instruction by an unlisted verb asks."""
    lines = [x for x in (DATA / "verbs.txt").read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")]
    cut = lines.index("= irregular")
    return frozenset(lines[:cut]), dict(tuple(x.split()) for x in lines[cut + 1:])  # type: ignore[misc]


def verb_leaning(w: str) -> bool:
    """'freeze', 'wipe', 'purge': a word whose plain form is most often a verb (not 'cost', 'budget', 'brief')."""
    return w in _verbs()[0]


def irregular_form(w: str) -> bool:
    """A form of a verb not made with '-ed' or '-s' ('rose', 'kept', 'found', 'written')."""
    return w in _verbs()[1]


def verb_form(w: str) -> bool:
    """A form of a verb that leans verb, or an irregular form of any verb: 'describes', 'handled', 'rose', 'wrote'
    (not 'accounts', whose 'account' is most often a noun)."""
    base, irregular = _verbs()
    if w in base or w in irregular:
        return True
    for suffix, put in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", "")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2 and w[: -len(suffix)] + put in base:
            return True
    return False


def _protected() -> WordSet:
    """Words whose change is never a typo fix: the vocabulary every detector relies on."""
    return WordSet(frozenset().union(
        LIKELIHOOD.words, EVIDENCE.words, CONFIDENCE.words, NEGATIONS.words, TRENDS.words, ANTONYM_WORDS,
        DEGREE.words, RECOMMENDATION.words, ADVISORY_LEVELS.words, NUMBER_WORDS, ORDINALS, MONTHS, MODALS,
        REVERSALS.words, INTENSIFIERS.words,
    ))


PROTECTED = _protected()

# ------------------------------------------------------------------------------------------ pack overlays
# The lexicon.json sections a pack may add phrases to, and the tables each one builds: the table object every
# detector imported by name, and how to build it afresh from the section. A pack extending another section is
# one line here (its table an in-place PhraseTable, WordSet or dict) and its shape in config.PACK_LEXICON.
Table = PhraseTable | WordSet | dict[str, int]
EXTENSIBLE: dict[str, tuple[tuple[Table, Callable[[Any], Table]], ...]] = {
    "advisory_levels": ((ADVISORY_LEVELS, lambda s: PhraseTable(_ladder(s or {}))),),
    "policy_decisions": ((POLICY_DECISIONS, _decisions), (STANCE, _stance), (DECISION_VERBS, _decision_verbs),
                         (STANCE_JUDGES, _stance_judges), (STANCE_VERDICTS, _stance_verdicts)),
    "judgment_terms": ((JUDGMENT_TERMS, _phrases),),
    "people_nouns": ((PEOPLE_NOUNS, _words),),
}

# One addition: where in lexicon.json (section, then part or level: ("policy_decisions", "stance", "raise"),
# ("advisory_levels", "3"), ("people_nouns",)) and the phrases to add there.
Addition = tuple[Sequence[str], Sequence[str]]

# One overlay at a time per process: a classification sees one lexicon throughout. threading.RLock() is this lock,
# _thread's (C) RLock; the threading module itself, which nothing else a diff runs imports, is not loaded for it.
_LOCK = _thread.RLock()
# What the extensible tables hold now (None: a section lexicon.json leaves out, which every builder reads as empty).
_sections: dict[str, Any] = {name: _RAW.get(name) for name in EXTENSIBLE}


@contextmanager
def overlay(additions: Iterable[Addition]) -> Iterator[None]:
    """The tables extended by `additions` inside the block, as they were after it (nested blocks add up).

    The tables are changed in place, so every detector that imported one by name sees the pack's phrases; the
    caches derived from them are dropped on the way in and out, so nothing leaks into the next classification.
    A phrase the table already holds is no change; additions that change nothing cost nothing.
    """
    with _LOCK:
        merged = dict(_sections)
        for path, phrases in additions:
            if not path or path[0] not in EXTENSIBLE:
                raise ValueError(f"lexicon table {path[0] if path else ''!r} cannot be extended by a pack; "
                                 f"extensible: {', '.join(EXTENSIBLE)}")
            merged[path[0]] = _added(merged[path[0]], path[1:], phrases)
        before = {name: _sections[name] for name in merged if merged[name] != _sections[name]}
        if not before:
            yield
            return
        _install({name: merged[name] for name in before})
        try:
            yield
        finally:
            _install(before)


def _added(value: Any, path: Sequence[str], phrases: Sequence[str]) -> Any:
    """A copy of a lexicon.json value with `phrases` appended to the list at `path` (created if missing)."""
    if not path:
        out = list(value or [])
        have = set(out)
        for p in phrases:
            if p not in have:
                out.append(p)
                have.add(p)
        return out
    node = dict(value or {})
    node[path[0]] = _added(node.get(path[0]), path[1:], phrases)
    return node


def _install(sections: dict[str, Any]) -> None:
    """Rebuild the tables of `sections` in place, then PROTECTED, then drop every cache computed from them."""
    for name, value in sections.items():
        _sections[name] = value
        for table, build in EXTENSIBLE[name]:
            fresh = build(value)
            if isinstance(table, PhraseTable | WordSet):
                table.assume(fresh)  # type: ignore[arg-type]  # each builder makes its table's own type
            else:
                table.clear()
                table.update(fresh)  # type: ignore[arg-type]
    PROTECTED.assume(_protected())
    # Detectors memoise per sentence (lru_cache) on what these tables say: a cache filled under one lexicon
    # must not answer under another.
    for name, module in list(sys.modules.items()):
        if name.startswith("monitor.assess.") and module is not None:
            for obj in list(vars(module).values()):
                clear = getattr(obj, "cache_clear", None)
                if callable(clear) and obj is not raw:
                    clear()
