"""Reversals: a negation added or removed, a negating prefix (able/unable), an antonym or a trend turned around."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import pairwise

from monitor.assess.findings import Finding, PairDiff, Region, span, targeted
from monitor.assess.judgment import BE_FORMS, WHOLLY
from monitor.assess.lexicon import (
    ADVISORY_LEVELS,
    ANTONYM_PHRASES,
    ANTONYMS,
    DECISION_VERBS,
    DEGREE_ADVERBS,
    EPISTEMIC_SHOULD,
    ESTIMATIVE_NOUNS,
    ESTIMATIVE_QUANTIFIERS,
    EXCLUSIONS,
    FUNCTION_WORDS,
    LIKELIHOOD,
    MODALS,
    NEGATIONS,
    POLICY_DECISIONS,
    PROPOSITION_NOUNS,
    REVERSALS,
    STANCE,
    STANCE_JUDGES,
    STANCE_VERDICTS,
    TREND_CLASSES,
    TRENDS,
    Match,
    PhraseTable,
)
from monitor.assess.text import (
    CLAUSE_CONJUNCTIONS,
    NOUN_DETERMINERS,
    PLANNING_VERBS,
    Sentence,
    negated_head,
    negated_pair,
    with_or_without,
)

TYPE_CHECKING = False  # typing's own constant, without loading typing at run time (monitor/launch.py)
if TYPE_CHECKING:
    from monitor.report import Direction, Kind


def _negations(s: Sentence, lo: int, hi: int, other: Sentence | None = None) -> list[str]:
    """Negations among words [lo, hi), except those inside an advisory level ("Do Not Travel") and, given the
    other side, those whose negated word went with them."""
    from monitor.assess.likelihood import composed_markers

    # A negation inside an advisory level ("Do Not Travel") or a composed likelihood ("no real possibility",
    # "cannot be ruled out") belongs to that scale: the likelihood detector reads it.
    levels = ADVISORY_LEVELS.find(s.words) + composed_markers(s) + [
        # ('more likely than not', 'may or may not' deny nothing: they say how likely)
        m for m in LIKELIHOOD.find(s.words) if m.phrase.endswith((" than not", " or may not", " or might not"))
        or m.phrase in _HOW_OFTEN]  # 'almost never' says how often, on the likelihood scale
    return [
        m.phrase for m in NEGATIONS.find(s.words, lo, hi)
        if not any(lv.start <= m.start < lv.end for lv in levels) and not _whether_or_not(s, m)
        and (other is None or _negates_kept_word(s, m, hi, other))
    ]


def _whether_or_not(s: Sentence, m: Match) -> bool:
    """'whether or not Internet access is required', 'whether it is patched or not', 'Internet or no Internet': the
    'not' or 'no' of an alternative that covers both cases, which denies nothing."""
    words = s.words
    if m.start == 0 or words[m.start - 1] != "or":
        return False
    if m.phrase == "no":
        return with_or_without(words, m.start - 1, 1)
    return m.phrase == "not" and "whether" in words[max(0, m.start - EITHER_WAY_REACH):m.start]


EITHER_WAY_REACH = 12  # words back from 'or not' to the 'whether' that opens the alternative


_HOW_OFTEN = frozenset({"almost never", "hardly ever"})


def _negates_kept_word(s: Sentence, m: Match, hi: int, other: Sentence) -> bool:
    """What the negation negates survives the edit: the first content word after it lies beyond the changed
    words, or is on the other side too ('will not agree' → 'will agree'). A negation dropped with the words it
    governed ('can arise without warning' → 'frequently') is a rewording, not a reversal."""
    i = negated_head(s, m.end)
    if i is None:
        return True
    w = s.words[i]
    if any(other.words[k - 2] in _FAILING and other.words[k - 1] == "to" and (x == w or _inflected(w, x))
           for k, x in enumerate(other.words) if k >= 2):
        return False  # 'may not hold' → 'to fail to hold': denied there as well, in a verb of failing
    return i >= hi or w in other.words or any(_inflected(w, x) for x in other.words)


_FAILING = frozenset({"fail", "fails", "failed", "failing"})


_INFLECTIONS = ("s", "es", "d", "ed", "ing")


def _inflected(a: str, b: str) -> bool:
    """One word is the other with an inflection: 'did not outweigh' → 'outweighed' keeps the verb."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 4 and long.startswith(short) and long[len(short):] in _INFLECTIONS


def _estimative(s: Sentence, lo: int, hi: int) -> list[Match]:
    return [m for m in LIKELIHOOD.find(s.words) if m.start < hi + 1 and m.end > lo - 1]


NEGATION_NEAR = 1  # kept words between two edits that may share one negation put another way


def _denied_beside(d: PairDiff, r: Region) -> bool:
    """The negation of edit r put another way in an edit beside it ('has not yet released' → 'has yet to release',
    'not' dropped and 'yet to' put in a word later): counted over both edits and the kept word on either side, both
    versions deny, as often ('positively encouraged' → 'neither encouraged nor discouraged' denied nothing before).
    Only where another edit lies within NEGATION_NEAR words: a negation dropped here and one put in further on ('is not
    effective but safe' → 'is effective but not safe') reverses two claims."""
    near = [x for x in d.regions if x is not r and x.i1 <= r.i2 + NEGATION_NEAR and r.i1 <= x.i2 + NEGATION_NEAR]
    if not near:
        return False
    lo_o, hi_o = min(x.i1 for x in (r, *near)), max(x.i2 for x in (r, *near))
    lo_n, hi_n = min(x.j1 for x in (r, *near)), max(x.j2 for x in (r, *near))
    # (every negation counted, whether or not the word it denies was kept: the edits around it changed that word)
    denied_old = _negations(d.old, max(0, lo_o - 1), min(len(d.old.words), hi_o + 1))
    denied_new = _negations(d.new, max(0, lo_n - 1), min(len(d.new.words), hi_n + 1))
    return bool(denied_old) and bool(denied_new) and len(denied_old) % 2 == len(denied_new) % 2


def _negating_phrase(m: Match) -> bool:
    """An estimative phrase of several words that holds its own negation ('not necessarily', 'not safe to assume')."""
    words = tuple(m.phrase.split())
    return len(words) > 1 and bool(NEGATIONS.find(words))


def _folded(d: PairDiff, r: Region) -> bool:
    """A negation folded into an estimative word ('will not agree' → 'is unlikely to agree') or part of an estimative
    phrase ('is safe to assume' → 'is not safe to assume', 'cannot be taken for granted'): the other side says how
    likely, not the opposite, so the change is one of likelihood."""
    for neg_side, lo, hi, other, o_lo, o_hi in ((d.old, r.i1, r.i2, d.new, r.j1, r.j2),
                                                (d.new, r.j1, r.j2, d.old, r.i1, r.i2)):
        negated = [m for m in _estimative(neg_side, lo, hi) if (m.value <= 3 and len(m.phrase.split()) > 1) or (
            _negating_phrase(m) or m.phrase in ("cannot", "unlikely", "improbable", "doubtful"))]
        graded = [m for m in _estimative(other, o_lo, o_hi) if m.phrase not in MODALS]
        if negated and graded and not _negations(other, o_lo, o_hi):
            return True
        # ('`markdown` is unmaintained' → 'is not necessarily unmaintained': the phrase only put in, a fact made an
        # open question, not denied)
        if o_lo == o_hi and any(_negating_phrase(m) and lo <= m.start and m.end <= hi for m in negated):
            return True
    return False


_TREND_RANK = {"down": -1, "flat": 0, "up": 1}
_TREND_LABEL = {"up": "rise", "down": "decline", "flat": "no change"}


def _trend_turn(a: str, b: str) -> tuple[Direction, str]:
    """How a trend of class `a` became one of class `b`, and the two named ('rise → no change'). To or from the
    middle of the scale is a move up or down ('no change' → 'an increase', 'to increase' → 'to maintain', 'has
    remained steady' → 'is expected to decline'); only rise ↔ decline is a reversal."""
    step: Direction = "reversed"
    if "flat" in (a, b):
        step = "up" if _TREND_RANK[b] > _TREND_RANK[a] else "down"
    return step, f"{_TREND_LABEL[a]} → {_TREND_LABEL[b]}"
# Words that put a statement part-way: 'only partly effective', 'only occasional maintenance', 'intermittently'.
_PARTWAY = frozenset({"partly", "partially", "occasional", "occasionally", "intermittent", "intermittently",
                      "sometimes", "somewhat", "limited", "some", "only", "moderately", "mostly", "largely"})


def _modal_swapped(d: PairDiff, r: Region) -> bool:
    """The negation went with a change of the prescribing word itself ('SHOULD NOT' → 'MAY', 'MAY' → 'SHALL
    NOT', 'should not' → 'may'): a prescription that softened or hardened, not one reversed."""
    from monitor.assess.recommend import prescription

    a, b = prescription(d.old), prescription(d.new)
    if not (a.strength and b.strength) or a.head is not None or b.head is not None:
        return False
    # (the word that prescribes, past a negation that opens the term: 'NOT RECOMMENDED' is 'RECOMMENDED' denied)
    heads_old = {next((w for w in t.split() if w != "not"), t) for t in a.terms}
    heads_new = {next((w for w in t.split() if w != "not"), t) for t in b.terms}
    return heads_old.isdisjoint(heads_new)


def _to_middle(d: PairDiff, r: Region, removed: bool) -> Finding | None:
    """A negation dropped for a qualified assertion ('are not effective' → 'are only partly effective', 'will not
    receive any maintenance' → 'will receive only occasional maintenance'), or an assertion turned into
    'neither … nor …': the statement moved to the middle of its scale, not to its opposite."""
    compared = _compared_to_level(d, r, removed)
    if compared is not None:
        return compared
    plain_side = d.new if removed else d.old
    if _denied_in_part(d, r, removed):
        step_part: Direction = "up" if removed else "down"
        return Finding("polarity", "high", step_part, (), (),
                       f"moved {step_part} to the middle (denied only in part): '{span(d.old, r.i1, r.i2, pad=1)}' "
                       f"became '{span(d.new, r.j1, r.j2, pad=1)}'")
    spans = [(x.j1, x.j2) if removed else (x.i1, x.i2) for x in d.regions]
    neither = "neither" in (d.new.words[r.j1:r.j2] if not removed else ()) and "nor" in d.new.words
    if not neither and not any(w in _PARTWAY for lo, hi in spans for w in plain_side.words[max(0, lo - 1):hi + 1]):
        return None
    step: Direction = "up" if removed else "down"
    return Finding("polarity", "high", step, (), (),
                   f"moved {step} to the middle: '{span(d.old, r.i1, r.i2, pad=1)}' became "
                   f"'{span(d.new, r.j1, r.j2, pad=1)}'")


def _denied_in_part(d: PairDiff, r: Region, removed: bool) -> bool:
    """'Demand has recovered' → 'Demand has not fully recovered', 'The results are conclusive' → 'The results are not
    entirely conclusive': the negation added with a word of wholeness the plain version lacks denies the whole, and
    grants a part."""
    denied, plain = (d.old, d.new) if removed else (d.new, d.old)
    lo, hi = (r.i1, r.i2) if removed else (r.j1, r.j2)
    words = denied.words
    for k in range(max(0, lo - 1), min(hi, len(words) - 1)):
        at = k + 1 + (words[k + 1] in ("be", "been"))  # ('has not been fully eliminated')
        if words[k] == "not" and at < len(words) and words[at] in WHOLLY and words[at] not in plain.words:
            return True
    return False


_COMPARED_WITH = frozenset({"than", "from"})  # what a comparison names the other thing by ('no more … than Y')
COMPARED_REACH = 8  # words from the comparative to its 'than' ('no more from multitask learning than')


def _compared_to_level(d: PairDiff, r: Region, removed: bool) -> Finding | None:
    """A comparison denied says the two things are level ('benefit more from X than Y' → 'benefit no more from X
    than Y', 'better performance over k-means' → 'performance no different from k-means'): the middle of the scale
    from one thing above or below the other, not its opposite. Down from above, up from below (the reverse when the
    denial went)."""
    denied_side = d.old if removed else d.new
    lo, hi = (r.i1, r.i2) if removed else (r.j1, r.j2)
    words = denied_side.words
    for k in range(max(0, lo - 1), min(hi, len(words) - 1)):
        if words[k] in ("no", "not") and (words[k + 1] in _ABOVE or words[k + 1] in _BELOW or (
                words[k + 1] == "different")) and not _COMPARED_WITH.isdisjoint(
                words[k + 2:k + 2 + COMPARED_REACH]):
            plain, plain_side = (d.new_changed(), d.new) if removed else (d.old_changed(), d.old)
            ranked = [w for w in plain if w in _ABOVE or w in _BELOW] or (
                [words[k + 1]] if words[k + 1] != "different" and words[k + 1] in plain_side.words else [])
            if not ranked:
                return None
            above = ranked[0] in _ABOVE
            step: Direction = ("up" if above else "down") if removed else ("down" if above else "up")
            return Finding("polarity", "high", step, (), (),
                           f"moved {step} to the middle (a comparison denied: the two now level): "
                           f"'{span(d.old, r.i1, r.i2, pad=1)}' became '{span(d.new, r.j1, r.j2, pad=1)}'")
    return None


# Words that say which side a judgment leans to, and words that say it leans to neither: a scale with a middle.
# 'Risks are tilted to the downside' → 'are broadly balanced' moved up, to the middle; 'The outlook is stable' →
# 'is negative' moved down, from it.
_SIDES = {"upside": 1, "downside": -1, "positive": 1, "negative": -1, "optimistic": 1, "pessimistic": -1,
          "favourable": 1, "unfavourable": -1, "favorable": 1, "unfavorable": -1, "upward": 1, "downward": -1,
          "upwards": 1, "downwards": -1, "restrictive": 1, "accommodative": -1, "contractionary": 1,
          "expansionary": -1, "hawkish": 1, "dovish": -1}
_MIDDLES = frozenset({"balanced", "neutral", "stable", "mixed", "symmetric", "symmetrical", "two-sided"})


def _sided_move(d: PairDiff, r: Region) -> Finding | None:
    """One side of the change names a middle ('balanced', 'neutral', 'stable', 'mixed') and none of the sides, the
    other names a side and no middle: the judgment moved to the middle of its scale or away from it, `up` or
    `down` as the side lies ('tilted to the downside' → 'broadly balanced' is up; 'stable' → 'negative' down)."""
    old_w, new_w = d.old.words[r.i1:r.i2], d.new.words[r.j1:r.j2]

    def read(words: tuple[str, ...]) -> tuple[bool, set[int]]:
        return any(w in _MIDDLES for w in words), {_SIDES[w] for w in words if w in _SIDES}

    mid_old, sides_old = read(old_w)
    mid_new, sides_new = read(new_w)
    if mid_old and not sides_old and not mid_new and len(sides_new) == 1:
        side, to = sides_new.pop(), "from"
    elif mid_new and not sides_new and not mid_old and len(sides_old) == 1:
        side, to = -sides_old.pop(), "to"
    else:
        return None
    step: Direction = "up" if side > 0 else "down"
    return Finding("polarity", "high", step, tuple(w for w in old_w if w in _MIDDLES or w in _SIDES),
                   tuple(w for w in new_w if w in _MIDDLES or w in _SIDES),
                   f"moved {step} {to} the middle: '{span(d.old, r.i1, r.i2, pad=1)}' became "
                   f"'{span(d.new, r.j1, r.j2, pad=1)}'")


# Where one thing stands against another, said by a verb or an adjective of comparison: above it, at par, below it.
# Verbs that put one thing over another, or over a mark ('Demand exceeds capacity').
_EXCEED_VERBS = ("exceed", "exceeds", "exceeded", "exceeding", "surpass", "surpasses", "surpassed", "surpassing")
_STANDING = dict.fromkeys(("outperform", "outperforms", "outperformed", "outperforming", "outstrip", "outstrips",
                           "outstripped", "outdo", "outdoes", "outdid", "outdone", "superior", "ahead", "better",
                           *_EXCEED_VERBS), 1)
_STANDING |= dict.fromkeys(("match", "matches", "matched", "matching", "equal", "equals", "equalled", "equaled",
                            "comparable", "comparably", "par", "rival", "rivals", "rivalled", "rivaled",
                            "equivalent", "indistinguishable"), 0)
_STANDING |= dict.fromkeys(("trail", "trails", "trailed", "trailing", "lag", "lags", "lagged", "lagging",
                            "underperform", "underperforms", "underperformed", "inferior", "secondary", "behind",
                            "worse"), -1)


def _standing_moved(d: PairDiff, r: Region) -> Finding | None:
    """A comparison restated at another standing ('can outperform a pre-trained classifier' → 'can at best match
    it', 'are secondary to FIPS 201' → 'are on a par with FIPS 201'): an ordered scale whose middle is par. To or
    from par is a move `up` or `down`; above against below, reversed. Each side's changed words stand at one place
    on the scale, a place the other side's sentence does not also state."""
    def places(s: Sentence, lo: int, hi: int) -> set[int]:
        return {_STANDING[w] for w in s.words[lo:hi] if w in _STANDING}

    p_old, p_new = places(d.old, r.i1, r.i2), places(d.new, r.j1, r.j2)
    if len(p_old) != 1 or len(p_new) != 1 or p_old == p_new:
        return None
    a, b = p_old.pop(), p_new.pop()
    if b in places(d.old, *_comparison_bounds(d.old, r.i1, r.i2)) or a in places(
            d.new, *_comparison_bounds(d.new, r.j1, r.j2)):
        return None  # the standing said beside it too: a comparison added beside the other, not moved
    old_text, new_text = span(d.old, r.i1, r.i2, pad=1), span(d.new, r.j1, r.j2, pad=1)
    terms_old = tuple(w for w in d.old.words[r.i1:r.i2] if w in _STANDING)
    terms_new = tuple(w for w in d.new.words[r.j1:r.j2] if w in _STANDING)
    if a and b:
        return _reversed(d, r, f"comparison reversed: '{terms_old[0]}' → '{terms_new[0]}'", terms_old, terms_new)
    step: Direction = "up" if b > a else "down"
    where = "to par" if b == 0 else "from par"
    return Finding("polarity", "medium", step, terms_old, terms_new,
                   f"comparison moved {step} {where}: '{old_text}' became '{new_text}'")


def _comparison_bounds(s: Sentence, lo: int, hi: int) -> tuple[int, int]:
    """The stretch of `s` around words[lo:hi] that one comparison may fill: out to a comma, semicolon or colon, or a
    word opening another clause ('performed comparably to X and slightly better than Y' holds two)."""
    def stop(k: int) -> bool:
        return any(ch in s.gaps[k] for ch in ",;:") or s.words[k] in CLAUSE_CONJUNCTIONS

    start = next((k for k in range(lo, 0, -1) if stop(k)), 0)
    end = next((k for k in range(max(hi, lo + 1), len(s.words)) if stop(k)), len(s.words))
    return start, end


def _reversed(d: PairDiff, r: Region, why: str, before: tuple[str, ...], after: tuple[str, ...]) -> Finding:
    old_text = span(d.old, r.i1, r.i2, pad=1)
    new_text = span(d.new, r.j1, r.j2, pad=1)
    return Finding("polarity", "high", "reversed", before, after, f"{why}: '{old_text}' became '{new_text}'")


# A comparative turned round ('more important' → 'less important', 'more likely' → 'less likely').
_COMPARATIVES = frozenset({frozenset(("more", "less")), frozenset(("more", "fewer")), frozenset(("most", "least"))})
_MORE = frozenset({"more", "most"})


def _comparative(d: PairDiff, r: Region, a: str, b: str) -> Finding:
    """'more' ↔ 'less' before the same word: the comparison turned round, reversed; before a word of likelihood
    ('more likely' → 'less likely') the estimate moved, down or up."""
    after = d.new.words[r.j2] if r.j2 < len(d.new.words) else ""
    if LIKELIHOOD.find((after,)):  # a word that is an estimate by itself ("likely", "probable")
        old_text, new_text = span(d.old, r.i1, r.i2, pad=1), span(d.new, r.j1, r.j2, pad=1)
        return Finding("likelihood", "high", "up" if b in _MORE else "down", (a,), (b,),
                       f"likelihood now {'higher' if b in _MORE else 'lower'}: '{old_text}' → '{new_text}'")
    return _reversed(d, r, f"reversed: '{a}' → '{b}'", (a,), (b,))


STANCE_WINDOW = 8  # words after "decided to" (or a rate decision) in which its verb is looked for
STANCE_NAMES = {1: "raise", 0: "hold", -1: "cut"}


_HOLD_NOUNS = frozenset({"stance", "setting", "settings"})
_HOLD_QUALIFIERS = frozenset({"current", "existing", "present"})


# What a decision sets ('the interest rate', 'monetary policy', 'the stance of policy'), and adjectives that place
# a setting on the ordered stance when 'more'/'less' moves it ('less restrictive' eases, 'more accommodative' eases).
_SETTINGS = frozenset({"rate", "rates", "policy", "stance", "setting", "settings"})
SETTING_REACH = 4  # words between a stance word and the setting it moves ('maintaining the existing cash rate')
# A change of the setting said not to happen is a hold ('no change', 'no need for any further adjustment').
_CHANGES = frozenset({"change", "changes", "adjustment", "adjustments", "alteration"})
_NO_CHANGE = frozenset({"no", "not", "without"})
_WEIGHED = frozenset({"in", "towards", "toward", "for", "against"})  # 'merit in easing', 'the case for raising'
_OTHERS = frozenset({"its", "their", "his", "her"})
CHANGE_REACH = 5  # words from the negation to the change it denies ('no need for any further adjustment')
# Verbs that move a thing, said with 'up' or 'down' after what they move ('bring the cash rate down', 'take rates up').
_MOVERS = frozenset({"bring", "brings", "brought", "bringing", "take", "takes", "took", "taking", "push", "pushed",
                     "move", "moved", "nudge", "nudged", "mark", "marked", "edge", "edged", "ratchet", "ratcheted"})
_TIGHT = frozenset({"restrictive", "tight", "contractionary"})
_LOOSE = frozenset({"accommodative", "loose", "expansionary", "stimulatory"})


def _stance_at(s: Sentence, i: int) -> int | None:
    """The stance word i names: a stance verb or noun ('raise', 'easing', 'unchanged'), 'no change', 'the
    current stance / existing setting' (a hold), or 'more'/'less' before an adjective of tightness ('less
    restrictive': a cut)."""
    w = s.words[i]
    if w in ("more", "less") and i + 1 < len(s.words) and (s.words[i + 1] in _TIGHT or s.words[i + 1] in _LOOSE):
        return (1 if w == "more" else -1) * (1 if s.words[i + 1] in _TIGHT else -1)
    if w in _CHANGES and any(x in _NO_CHANGE for x in s.words[max(0, i - CHANGE_REACH):i]):
        return 0  # 'no change', 'saw no need for any further adjustment', 'did not alter': a hold
    if w in _HOLD_QUALIFIERS and any(x in _HOLD_NOUNS for x in s.words[i + 1:i + 4]):
        return 0
    if s.words[i + 1:i + 4] == ("to", "be", "seen"):
        return None  # 'Whether a cut is needed remains to be seen': an open question, no hold
    if w in ("up", "down") and i > 1:
        # ('to bring the cash rate down', 'take rates up'): a verb of moving, the setting, then which way
        mover = next((k for k in range(i - 1, max(-1, i - SETTING_REACH - 2), -1) if s.words[k] in _MOVERS), None)
        if mover is not None and _SETTINGS.intersection(s.words[mover + 1:i]):
            return 1 if w == "up" else -1
    return STANCE.get(w)


@lru_cache(maxsize=4096)
def policy_stance(s: Sentence) -> tuple[int, str] | None:
    """The stance a decision sentence takes on what it sets — raise (+1), hold (0) or cut (-1) — and the word
    that says so: the first stance word within a few words of the decision ('decided to leave the rate
    unchanged', 'lowered its target for'), or of a judgment of what is right to do ('judged that a further
    tightening was warranted', 'the case to lower the rate was the stronger one'). None when the sentence
    takes no stance."""
    words = s.words
    starts = [m.start for m in POLICY_DECISIONS.find(words)]
    starts += [i for i, w in enumerate(words) if w in DECISION_VERBS]
    verdicts = [i for i, w in enumerate(words) if w in STANCE_VERDICTS]
    if verdicts:
        starts += [i for i, w in enumerate(words) if w in STANCE_JUDGES]
    for start in sorted(starts):
        for i in range(start, min(len(words), start + STANCE_WINDOW)):
            value = _stance_at(s, i)
            if value is not None and not _moves_another_thing(s, i):
                return value, words[i]
    if words and words[0].endswith("ing") and _SETTINGS.intersection(words[1:SETTING_REACH + 2]) and (
            (value := _stance_at(s, 0)) is not None):
        return value, words[0]  # 'Holding the cash rate steady at this meeting will allow time …'
    for j in (i for i, w in enumerate(words) if w in STANCE_JUDGES):
        # 'judged that the cash rate should remain unchanged', 'judged that growth would be helped by easing
        # monetary policy': after a judgment, a stance word beside what a decision sets; 'judged that it was
        # appropriate for the stance of policy to be a little more accommodative': a setting's own adjective.
        for i in range(j + 1, len(words)):
            value = _stance_at(s, i)
            if value is not None and (_SETTINGS.intersection(words[max(0, i - SETTING_REACH):i + SETTING_REACH + 1])
                                      or words[i] in ("more", "less")):
                return value, words[i]
    for i, w in enumerate(words):
        # 'saw merit in reducing the cash rate', 'pointed towards maintaining the existing cash rate': an action
        # on the setting, named as a thing weighed (a gerund after a preposition), takes that stance. Not an
        # action someone is taking ('the Federal Reserve is raising its policy rate') nor one on another's
        # setting ('its', 'their').
        if i and words[i - 1] in _WEIGHED and w.endswith("ing") and w in STANCE and (
                k := next((k for k in range(i + 1, min(len(words), i + SETTING_REACH + 2)) if words[k] in _SETTINGS),
                          None)) is not None and words[k + 1:k + 2] != ("of",) and not _OTHERS.intersection(
                words[i + 1:k]):
            return STANCE[w], w
    if words[:1] in (("it",), ("we",)):
        # 'It also increased the interest rate paid on settlement balances': the institution speaking of itself
        # (not 'Banks raised their rates') moved a setting; the stance word opens the predicate.
        for i in range(1, min(len(words), 3)):
            value = _stance_at(s, i)
            after = words[i + 1:i + SETTING_REACH + 2]
            if value is not None and words[i].endswith("ed") and _SETTINGS.intersection(after) and not (
                    _OTHERS.intersection(after)):
                return value, words[i]
    for v in verdicts:  # 'a modest tightening of monetary policy was prudent': the stance word near the verdict
        near = sorted(range(max(0, v - STANCE_WINDOW), min(len(words), v + STANCE_WINDOW)), key=lambda i: abs(i - v))
        for i in near:
            value = _stance_at(s, i)
            if value is not None and not _moves_another_thing(s, i):
                return value, words[i]
    return None


_LEADING = NOUN_DETERMINERS | {"our", "some", "further", "any"}  # words before a stance word's object


_IN_SETTING_PHRASE = frozenset({"for", "of", "on", "the", "a", "an", "its", "their", "our"})
SETTING_PHRASE_WORDS = 8  # 'its target range for the federal funds rate'


def _names_a_setting(words: tuple[str, ...], at: int) -> bool:
    """The noun phrase opening at `at` names a setting ('the cash rate', 'its target for the overnight rate', 'the
    target range for the federal funds rate'): a setting word before the phrase ends."""
    for k in range(at, min(len(words), at + SETTING_PHRASE_WORDS)):
        w = words[k]
        if w in _SETTINGS:
            return True
        if not w.isalpha() or (w in FUNCTION_WORDS and w not in _IN_SETTING_PHRASE):
            return False
    return False


def _moves_another_thing(s: Sentence, i: int) -> bool:
    """The stance word at i acts on something other than a setting, so it takes no stance on one: its object is
    another thing ('had scope to increase spending', 'reducing the need for …', 'the tightening of restrictions in
    Melbourne'), its subject is ('growth was easing to a pace below trend'), or 'remain' says something else of it
    ('rates remain extraordinarily unlikely', 'members remained of the view'). A stance word with no object, or one
    whose object is a setting ('raise the cash rate', 'a lowering of interest rates'), moves a setting."""
    words = s.words
    w = words[i]
    if w in ("unchanged", "steady"):
        return False
    nxt = i + 1
    if w.startswith("remain"):  # a copula: what follows says how the thing stays, not what it acts on
        return words[nxt:nxt + 1] == ("of",) or bool(LIKELIHOOD.find(words, nxt, min(len(words), nxt + 3)))
    if words[nxt:nxt + 1] == ("of",):
        nxt += 1
    while nxt < len(words) and words[nxt] in _LEADING:
        nxt += 1
    head = words[nxt] if nxt < len(words) else ""
    if head and head.isalpha() and head not in FUNCTION_WORDS and head not in STANCE and head not in _SETTINGS and (
            not any(ch in s.gaps[nxt] for ch in ",;:")) and not _names_a_setting(words, nxt):
        return True  # its object (or what it is 'of') is not a setting, nor a phrase naming one ('cash rate')
    k = i - 1
    if k > 0 and (words[k] in _AUXILIARIES or words[k] in ("be", "being")) and w.endswith("ing"):
        subject = words[k - 1]
        return subject.isalpha() and subject not in FUNCTION_WORDS and subject not in _SETTINGS
    return False


def stance_direction(old: int, new: int) -> Direction:
    """Which way a stance moved along cut < hold < raise: cut ↔ raise is reversed, a move to or from hold up or
    down (the two stances differ)."""
    step = new - old
    return "reversed" if abs(step) == 2 else ("up" if step > 0 else "down")


def stance_change(old: tuple[int, str], new: tuple[int, str], what: str = "policy decision") -> Finding:
    """The finding for a stance that moved (the two stances differ)."""
    return Finding("polarity", "high", stance_direction(old[0], new[0]), (old[1],), (new[1],),
                   f"{what} moved from {STANCE_NAMES[old[0]]} to {STANCE_NAMES[new[0]]}: "
                   f"'{old[1]}' → '{new[1]}'")


def detect_stance(d: PairDiff) -> Finding | None:
    """A decision moved along its ordered stance: hold → raise and cut → hold are up, raise → hold and
    hold → cut are down, cut ↔ raise is reversed (the spec's polarity row)."""
    old, new = policy_stance(d.old), policy_stance(d.new)
    if old is None or new is None or old[0] == new[0]:
        return None
    return stance_change(old, new)


# Verbs whose negation is read in their complement ('does not expect X to be met' says X will not be met).
_NEG_RAISERS = frozenset({"expect", "expects", "expected", "think", "thinks", "believe", "believes", "anticipate",
                          "anticipates", "foresee", "foresees"})
RAISE_REACH = 8  # words from a negated expectation to the 'to' of its complement


def _prefixes_written_out(d: PairDiff) -> frozenset[str]:
    """The words whose negating prefix the other version writes out as a negation, or back: 'is unable to' → 'is
    not able to' ('unable'), 'Non-Unix targets' → 'targets that are not Unix-like' ('unix'). A negation on one
    side negates the very word that carries the prefix on the other (its stem, or the word after 'non'), and the
    prefixed word is gone: nothing reversed."""
    out: set[str] = set()
    for neg, pre in ((d.new, d.old), (d.old, d.new)):
        ends = [m.end for m in NEGATIONS.find(neg.words)]  # ("isn't" is read as 'is not': Sentence.of)
        heads = {neg.words[i] for end in ends if (i := negated_head(neg, end)) is not None}
        if not heads:
            continue
        for k, w in enumerate(pre.words):
            if w == "non" and k + 1 < len(pre.words) and pre.words[k + 1] in heads and "non" not in neg.words:
                out.add(pre.words[k + 1])
            elif w not in neg.words and any(len(w) > len(h) and negated_pair(w, h) for h in heads):
                out.add(w)
    return frozenset(out)


def _negated_heads(s: Sentence) -> Counter[str]:
    """What each negation of a sentence negates: the first word after it that is not an auxiliary or article; for a
    negated expectation ('does not expect these conditions to be met'), the head of what is expected ('met')."""
    ends = [m.end for m in NEGATIONS.find(s.words)]
    heads = []
    for end in ends:
        i = negated_head(s, end)
        if i is not None and s.words[i] in _NEG_RAISERS:
            to = next((k for k in range(i + 1, min(len(s.words), i + RAISE_REACH)) if s.words[k] == "to"), None)
            if to is not None and (j := negated_head(s, to + 1)) is not None:
                i = j
        heads.append(s.words[i] if i is not None else "")
    return Counter(heads)


# The words an estimate is made of, as against those of the claim a composed one spans.
_ESTIMATE_WORDS = LIKELIHOOD.words | ESTIMATIVE_NOUNS | PROPOSITION_NOUNS | ESTIMATIVE_QUANTIFIERS.words | (
    EXCLUSIONS.words)


def _denial_estimated(d: PairDiff, removed: bool) -> bool:
    """'No known public exploits target this vulnerability.' → 'CISA cannot dismiss the possibility that public
    exploits target this vulnerability.': a denial became an estimate that governs the same claim (or the reverse).
    The claim is not turned round; how likely it is moved, from 'stated as not so' to a possibility."""
    from monitor.assess.judgment import FUNCTION_WORDS
    from monitor.assess.likelihood import ASSERTED, composed_markers, governing

    estimated, denied = (d.new, d.old) if removed else (d.old, d.new)
    if governing(denied) is not None or composed_markers(denied):
        return False
    def said_there(m: Match) -> bool:  # the estimate's own words stand on the denying side: the estimate was denied
        # (its own words, not those of the claim it spans: 'the chances of a public exploit … are high')
        return any(w in denied.words for w in m.phrase.split() if w not in FUNCTION_WORDS and w in _ESTIMATE_WORDS)

    g = governing(estimated)
    if g is not None and said_there(g):
        return False  # 'We don't expect that X' → 'We expect that X': the estimate itself was denied, now affirmed
    # ('Public exploits very probably target these vulnerabilities': an estimate in words, not a bare modal)
    # ('That public exploits target these vulnerabilities is a distinct prospect': a noun of chance and its quantifier)
    worded = [m for m in [*LIKELIHOOD.find(estimated.words), *composed_markers(estimated)]
              if m.phrase not in MODALS and m.value < ASSERTED and not said_there(m)]
    return g is not None or (
        bool(worded) and not any(m.phrase not in MODALS for m in LIKELIHOOD.find(denied.words)))


def detect_polarity(d: PairDiff) -> Finding | None:
    """The judgment reverses inside a changed region. A negation that only moved with the sentence's word order
    ('It would not make sense to rewrite X' → 'Rewriting X would not make sense') negates the same word on both
    sides: nothing reversed."""
    moved_only = bool(heads := _negated_heads(d.old)) and heads == _negated_heads(d.new)
    written_out = _prefixes_written_out(d)
    for r in d.regions:
        if not targeted(r):
            continue
        neg_old = _negations(d.old, r.i1, r.i2, d.new)
        neg_new = _negations(d.new, r.j1, r.j2, d.old)
        if len(neg_old) % 2 != len(neg_new) % 2 and written_out:
            continue  # 'unable' → 'not able', 'Non-Unix targets' → 'targets that are not Unix-like': the same claim
        if len(neg_old) % 2 != len(neg_new) % 2 and not _folded(d, r) and not moved_only and (
                not _denied_beside(d, r)):
            if _modal_swapped(d, r):
                return None  # 'SHOULD NOT' → 'MAY': a prescription's strength moved; the recommendation reads it
            removed = len(neg_old) > len(neg_new)
            if _denial_estimated(d, removed):
                return None  # the likelihood detector reads 'stated as not so' → 'cannot be excluded'
            why = "negation removed" if removed else "negation added"
            middle = _to_middle(d, r, removed)
            if middle is not None:
                return middle
            return _reversed(d, r, why, tuple(neg_old), tuple(neg_new))
        rev_old = REVERSALS.find(d.old.words, r.i1, r.i2)
        rev_new = REVERSALS.find(d.new.words, r.j1, r.j2)
        if bool(rev_old) != bool(rev_new) and (r.i1 == r.i2 or r.j1 == r.j2):
            # "the ordered departure" → "the lifting of ordered departure": an inserted undoing word
            why = "reversal removed" if rev_old else "reversal added"
            return _reversed(d, r, why, tuple(m.phrase for m in rev_old), tuple(m.phrase for m in rev_new))
        old_words, new_words = d.old.words[r.i1:r.i2], d.new.words[r.j1:r.j2]
        for a in old_words:
            for b in new_words:
                if frozenset((a, b)) in _COMPARATIVES and (d.new.words.count(a) < d.old.words.count(a)
                                                           and d.old.words.count(b) < d.new.words.count(b)):
                    return _comparative(d, r, a, b)
                if a in LIKELIHOOD.words and b in LIKELIHOOD.words:
                    continue  # likely/unlikely is a likelihood shift, reported by that detector
                if negated_pair(a, b) and a not in d.new.words and b not in d.old.words and not (
                        written_out and (a in written_out or b in written_out)):
                    middle = _to_middle(d, r, removed=len(a) > len(b))  # 'unreachable' → 'intermittently reachable'
                    return middle or _reversed(d, r, f"reversed: '{a}' → '{b}'", (a,), (b,))
                if frozenset((a, b)) in ANTONYMS and a not in d.new.words and b not in d.old.words:
                    return _reversed(d, r, f"reversed: '{a}' → '{b}'", (a,), (b,))
        phrases = _antonym_phrases(d, r)
        if phrases is not None:
            a, b = phrases
            return _reversed(d, r, f"reversed: '{a}' → '{b}'", (a,), (b,))
        sided = _sided_move(d, r) or _standing_moved(d, r)
        if sided is not None:
            return sided
        t_old = _carried_on(TRENDS.find(d.old.words, r.i1, r.i2))
        t_new = _carried_on(TRENDS.find(d.new.words, r.j1, r.j2))
        c_old = {m.value for m in t_old}
        c_new = {m.value for m in t_new}
        if c_old and c_new and c_old.isdisjoint(c_new) and not _trends_kept(d):
            return _trend_moved(t_old, t_new, span(d.old, r.i1, r.i2, pad=1), span(d.new, r.j1, r.j2, pad=1))
    return _split_trend(d) or _rewritten_trend(d) or _turned_head(d) or _roles_swapped(d) or _to_par(d) or (
        _progress_moved(d))


# How far an action has got, as its verb's form says: planned ('plans to release', 'intends to fix'), under way ('is
# developing', 'is preparing', 'has fixes in testing'), done ('has released', 'has provided', 'fixed').
PLANNED, UNDER_WAY, DONE = 1, 2, 3
_PERFECT = frozenset({"has", "have"})
_PROGRESSIVE = frozenset({"is", "are"})
_UNDER_WAY = (("in", "testing"), ("in", "development"), ("in", "preparation"), ("in", "progress"),
              ("under", "development"), ("under", "way"), ("underway",))
PROGRESS_WORDS = 5  # the verb and its auxiliaries: 'has released' → 'is preparing', 'fixed' → 'has fixes in testing'


def _stage(words: tuple[str, ...], whole: tuple[str, ...], lo: int) -> int | None:
    """The stage the changed words put an action at, None when they name none (a trend's verb has no stage: 'has
    risen' → 'is rising' is the same rise, told in another tense)."""
    if any(TRENDS.find((w,)) for w in words) or any(_effect_or_state(w) for w in words):
        return None  # ('has helped the traded sector' → 'is helping …', 'have continued to function' → 'are
        # functioning': an effect or a state goes on, told in another tense; it has no stage to reach)
    for k, w in enumerate(words):
        if w in PLANNING_VERBS and words[k + 1:k + 2] == ("to",):
            return PLANNED
        if any(words[k:k + len(p)] == p or whole[lo + k:lo + k + len(p)] == p for p in _UNDER_WAY):
            return UNDER_WAY
        if w in _PROGRESSIVE and k + 1 < len(words) and words[k + 1].endswith("ing") and len(words[k + 1]) > 5:
            return UNDER_WAY
        if w in _PERFECT and k + 1 < len(words) and words[k + 1].endswith("ed"):
            return DONE
    if len(words) == 1 and words[0].endswith("ed") and lo > 0 and whole[lo - 1][:1].isalpha() and (
            whole[lo - 1] not in FUNCTION_WORDS):
        return DONE  # 'Mitsubishi Electric fixed the following products': the past told after its subject
    return None


_STATES = frozenset({"continue", "remain", "been", "be", "stay", "persist"})
# Verbs of undergoing ('has experienced a severe downturn' → 'is experiencing …', 'has faced', 'is seeing'): what was
# undergone is over, or still going on — a nuance of time, not an action's progress, so low.
_UNDERGOING = frozenset({"experience", "undergo", "undergone", "underwent", "suffer", "face", "see", "seen", "saw",
                         "enjoy", "feel", "felt"})


def _bases(w: str) -> tuple[str, ...]:
    """What a verb form may be made on ('experienced' → 'experience', 'suffering' → 'suffer', 'facing' → 'face')."""
    return (w, w[:-1], w[:-2], w[:-3], w[:-3] + "e")


def _undergoing(w: str) -> bool:
    return any(base and base in _UNDERGOING for base in _bases(w))


def _effect_or_state(w: str) -> bool:
    """A verb (in any of its forms) of an effect ('help', 'support', 'weigh') or of a state going on ('continue',
    'remain')."""
    return any(base and (base in _STATES or bool(EPISTEMIC_SHOULD.find((base,)))) for base in _bases(w))


def _progress_moved(d: PairDiff) -> Finding | None:
    """An action told at one stage and now at another, what it acts on kept ('SOCOMEC has released Net Vision FW
    v7.42' → 'SOCOMEC is preparing …', 'has provided a fix' → 'is developing a fix', 'fixed the following products'
    → 'has fixes in testing for …'): planned < under way < done, an ordered stance; back towards planned is down,
    on towards done up."""
    for r in d.regions:
        if r.i1 == r.i2 or r.j1 == r.j2 or max(r.i2 - r.i1, r.j2 - r.j1) > PROGRESS_WORDS:
            continue
        a = _stage(d.old.words[r.i1:r.i2], d.old.words, r.i1)
        b = _stage(d.new.words[r.j1:r.j2], d.new.words, r.j1)
        if a is None or b is None or a == b:
            continue
        step: Direction = "up" if b > a else "down"
        before, after = span(d.old, r.i1, r.i2, pad=1), span(d.new, r.j1, r.j2, pad=1)
        undergone = any(_undergoing(w) for w in d.old.words[r.i1:r.i2] + d.new.words[r.j1:r.j2])
        return Finding("polarity", "low" if undergone else "medium", step, (before,), (after,),
                       f"action {'further along' if step == 'up' else 'less far along'}: '{before}' → '{after}'")
    return None


def _split_trend(d: PairDiff) -> Finding | None:
    """A trend replaced across two small edits of one sentence ('will reduce long term cost' → 'will leave long term
    cost unchanged': the fall gone in one place, no change stated in another): read as one trend moved, when each
    side's changed words state one trend and every edit is small."""
    if len(d.regions) < 2 or not all(targeted(r) for r in d.regions):
        return None
    t_old = [m for r in d.regions for m in _carried_on(TRENDS.find(d.old.words, r.i1, r.i2))]
    t_new = [m for r in d.regions for m in _carried_on(TRENDS.find(d.new.words, r.j1, r.j2))]
    c_old, c_new = {m.value for m in t_old}, {m.value for m in t_new}
    if len(c_old) != 1 or len(c_new) != 1 or c_old == c_new or _trends_kept(d):
        return None
    return _trend_moved(t_old, t_new, t_old[0].phrase, t_new[0].phrase)


def _trend_moved(t_old: list[Match], t_new: list[Match], old_text: str, new_text: str, where: str = "") -> Finding:
    """The finding for a trend of one class become one of another: reversed across the middle, up or down to or
    from it ('rise → no change')."""
    step, turn = _trend_turn(TREND_CLASSES[t_old[0].value], TREND_CLASSES[t_new[0].value])
    how = "reversed" if step == "reversed" else f"moved {step}"
    return Finding("polarity", "high", step, tuple(m.phrase for m in t_old), tuple(m.phrase for m in t_new),
                   f"trend {how}{where} ({turn}): '{old_text}' became '{new_text}'")


# Comparatives that put one thing above or below another ('performed better than' / 'worse'; _compared_to_level reads
# them too), and the words of an equal measure ('as much … as').
_ABOVE = frozenset({"more", "better", "greater", "higher", "stronger", "faster", "larger"})
_BELOW = frozenset({"less", "worse", "fewer", "lower", "weaker", "slower", "smaller"})
_PAR = frozenset({"much", "many", "well", "good", "high", "often", "strong", "fast", "large", "likely", "important"})
# A comparison said to be even in words of its own ('the cost is about the same as with large releases').
_PAR_PHRASES = (("the", "same", "as"), ("similar", "to"), ("on", "a", "par", "with"), ("no", "different", "from"))


def _to_par(d: PairDiff) -> Finding | None:
    """A comparison brought to par ('will benefit more from X than from Y' → 'will benefit as much from X as from
    Y'): the first is no longer above the second, a move to the middle, down (up from 'less … than'); the reverse
    from par. One comparative against one 'as … as', the 'than' gone with it."""
    def measure(s: Sentence) -> tuple[set[str], bool]:
        comparative = {w for k, w in enumerate(s.words) if (w in _ABOVE or w in _BELOW) and "than" in
                       s.words[k + 1:k + 12]}
        par = any(a == "as" and b in _PAR and "as" in s.words[k + 2:k + 12]
                  for k, (a, b) in enumerate(pairwise(s.words))) or any(
            s.words[k:k + len(p)] == p for k in range(len(s.words)) for p in _PAR_PHRASES)
        return comparative, par

    expected = _against_expectation(d)
    if expected is not None:
        return expected
    moved = _par_side(measure(d.old), measure(d.new))
    if moved is None:
        return _region_to_par(d) or _position_moved(d) or _against_plan(d)
    word, to = moved
    return _par_moved(word, to, f"'{word} … than' {'→ as … as' if to else '← as … as'}")


def _par_side(old: tuple[set[str], bool], new: tuple[set[str], bool]) -> tuple[str, bool] | None:
    """Of each side's comparatives and whether it says par: the one comparative and True when the old side compares
    and the new one says par, False the other way round; None otherwise."""
    (c_old, par_old), (c_new, par_new) = old, new
    if len(c_old) == 1 and not c_new and par_new and not par_old:
        return next(iter(c_old)), True
    if len(c_new) == 1 and not c_old and par_old and not par_new:
        return next(iter(c_new)), False
    return None


def _par_moved(word: str, to: bool, quoted: str) -> Finding:
    """A comparison by `word` ('faster', 'worse') brought to par (`to`) or taken from it: down from above par, up
    from below, and the reverse; `quoted` shows where."""
    above = word in _ABOVE
    step: Direction = ("down" if above else "up") if to else ("up" if above else "down")
    said = "brought to par" if to else "no longer at par"
    return Finding("polarity", "medium", step, (word,) if to else (), () if to else (word,),
                   f"comparison {said}: {quoted}")


def _region_to_par(d: PairDiff) -> Finding | None:
    """A comparison whose other term is understood, brought to par inside one edit ('provides even faster parsing'
    → 'parses at roughly the same speed'): one comparative of the first kind ('faster', not 'more', which counts)
    replaced by 'the same', neither side's edit holding the other's word; down (up from 'slower'), and the reverse."""
    def read(words: tuple[str, ...]) -> tuple[set[str], bool]:
        comparative = {w for w in words if (w in _ABOVE or w in _BELOW) and w not in ("more", "less", "fewer")}
        return comparative, any(a == "the" and b == "same" for a, b in pairwise(words))

    for r in d.regions:
        moved = _par_side(read(d.old.words[r.i1:r.i2]), read(d.new.words[r.j1:r.j2]))
        if moved is not None:
            return _par_moved(*moved, f"'{span(d.old, r.i1, r.i2, pad=1)}' → '{span(d.new, r.j1, r.j2, pad=1)}'")
    return None


# Where a thing stands against a mark named after the words ('running above target', 'close to target', 'below the
# threshold'): over it (+1), at or about it (0), short of it (-1).
_POSITIONS: tuple[tuple[tuple[str, ...], int], ...] = (
    (("above",), 1), (("in", "excess", "of"), 1), (("ahead", "of"), 1), (("below",), -1), (("beneath",), -1),
    (("short", "of"), -1), (("behind",), -1), (("at",), 0), (("on",), 0), (("near",), 0), (("around",), 0),
    (("close", "to"), 0), (("in", "line", "with"), 0), (("within",), 0), (("level", "with"), 0), (("even", "with"), 0),
    (("abreast", "of"), 0), (("on", "a", "par", "with"), 0), (("on", "par", "with"), 0))
# Verbs that put a thing over or short of the mark that follows them ('Demand is close to capacity' → 'Demand exceeds
# capacity' moved up from it).
_OVER_VERBS = (*_EXCEED_VERBS, "overshoot", "overshoots", "overshooting", "overshot")
_SHORT_VERBS = ("undershoot", "undershoots", "undershooting", "undershot", "trail", "trails", "trailed", "trailing",
                "lag", "lags", "lagged", "lagging")
_POSITIONS += tuple(((verb,), 1) for verb in _OVER_VERBS) + tuple(((verb,), -1) for verb in _SHORT_VERBS)
# Words that may stand before a position ('well above', 'a little below', 'broadly in line with', 'to be in line
# with', 'to fall short of', 'has pulled level with'): the lexicon's adverbs of degree, a few of closeness or time,
# and the verbs that put a thing in its place or move it there.
_HOW_FAR = DEGREE_ADVERBS.words | BE_FORMS | {"well", "just", "comfortably", "broadly", "roughly", "still", "now",
                                               "remain", "remains", "remained", "stay", "stays", "stayed", "fall",
                                               "falls", "fell", "falling", "has", "have", "had", "pull", "pulls",
                                               "pulled", "pulling", "draw", "draws", "drew", "drawn", "drawing",
                                               "move", "moves", "moved", "moving", "edge", "edges", "edged", "edging",
                                               "slip", "slips", "slipped", "slipping", "drop", "drops", "dropped",
                                               "dropping", "climb", "climbs", "climbed", "climbing"}
_POSITION_NAMES = {1: "above", 0: "at", -1: "below"}


def _position(words: tuple[str, ...]) -> int | None:
    """The position a changed stretch ends on, when the stretch is only that position and how far ('well above'),
    or None."""
    for phrase, side in _POSITIONS:
        n = len(phrase)
        if words[-n:] == phrase and all(w in _HOW_FAR for w in words[:-n]):
            return side
    return None


def _position_moved(d: PairDiff) -> Finding | None:
    """A thing's place against the same mark moved ('Inflation is running well above target' → 'close to target'):
    from above or below to about the mark is a move to the middle, down from above, up from below, and the
    reverse; above ↔ below turns the judgment round. Only where the edit is the position alone, and the mark, the
    word after it, is kept."""
    for r in d.regions:
        if r.i2 >= len(d.old.words) or r.j2 >= len(d.new.words):
            continue  # (the mark after the edit, kept)
        a, b = _position(d.old.words[r.i1:r.i2]), _position(d.new.words[r.j1:r.j2])
        if a is None or b is None or a == b:
            continue
        quoted = f"'{span(d.old, r.i1, r.i2, pad=1)}' → '{span(d.new, r.j1, r.j2, pad=1)}'"
        turn = f"{_POSITION_NAMES[a]} → {_POSITION_NAMES[b]}"
        if a * b < 0:
            return _reversed(d, r, f"position reversed ({turn}): {quoted}", d.old.words[r.i1:r.i2],
                             d.new.words[r.j1:r.j2])
        step: Direction = "up" if b > a else "down"
        # (against a figure, 'around 3 per cent' → 'a little above 3 per cent', it is the amount stated that moved)
        kind: Kind = "quantity" if d.new.words[r.j2][:1].isdigit() else "polarity"
        return Finding(kind, "medium", step, d.old.words[r.i1:r.i2], d.new.words[r.j1:r.j2],
                       f"position moved {step} ({turn}): {quoted}")
    return None


# Where work stands against its plan, in the set phrases of progress reports: ahead of it (+1), on it (0), behind
# it (-1). Each names its own mark, so 'on track' → 'behind schedule' moves as 'on schedule' → 'behind schedule'.
_PLAN = PhraseTable({
    **dict.fromkeys(("ahead of schedule", "ahead of plan", "ahead of time", "ahead of target"), 1),
    **dict.fromkeys(("on track", "on schedule", "on time", "on target", "on plan", "on course"), 0),
    **dict.fromkeys(("behind schedule", "behind plan", "behind time", "off track", "off course", "running late",
                     "running behind", "at risk"), -1)})


def _plan_side(s: Sentence, lo: int, hi: int) -> int | None:
    """The one side of the plan that a phrase overlapping words lo…hi states, or None (none, or two)."""
    sides = {m.value for m in _PLAN.find(s.words) if m.start < hi and lo < m.end}
    return sides.pop() if len(sides) == 1 else None


def _against_plan(d: PairDiff) -> Finding | None:
    """Work's place against its plan moved in one edit ('The project is on track' → 'is behind schedule', 'running
    late' → 'on schedule'): to or from the plan is up or down, ahead ↔ behind reversed."""
    for r in d.regions:
        a, b = _plan_side(d.old, r.i1, r.i2), _plan_side(d.new, r.j1, r.j2)
        if a is None or b is None or a == b:
            continue
        quoted = f"'{span(d.old, r.i1, r.i2, pad=1)}' → '{span(d.new, r.j1, r.j2, pad=1)}'"
        if a * b < 0:
            return _reversed(d, r, f"progress against plan reversed: {quoted}", d.old.words[r.i1:r.i2],
                             d.new.words[r.j1:r.j2])
        step: Direction = "up" if b > a else "down"
        return Finding("polarity", "medium", step, d.old.words[r.i1:r.i2], d.new.words[r.j1:r.j2],
                       f"progress against plan moved {step}: {quoted}")
    return None


# What a result is measured against when it is said to be 'as expected' or 'stronger than expected'.
_EXPECTED = frozenset({"expected", "anticipated", "forecast", "forecasted", "projected", "predicted", "envisaged",
                       "assumed", "estimated", "hoped", "feared"})
_EXPECTATIONS = frozenset({"expectations", "expectation", "forecast", "forecasts", "projections", "projection",
                           "predictions", "prediction", "estimates"})
_WHEN_EXPECTED = frozenset({"earlier", "previously", "originally", "initially"})
_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "is", "are", "been"})
EXPECTED_REACH = 4  # words from 'than' or 'as' to the word of expectation ('than had earlier been expected')
_ABOVE_EXPECTED = _ABOVE | {"firmer", "quicker", "sooner", "longer", "bigger", "deeper", "sharper", "steeper",
                            "wider", "broader", "heavier"}
_BELOW_EXPECTED = _BELOW | {"softer", "smaller", "shallower", "milder", "narrower", "lighter"}


def _expected_at(words: tuple[str, ...], k: int) -> bool:
    """A word of expectation follows position k within reach, through words that only say whose or when: function
    words, an adverb of time, and the one who expected, right before its auxiliary ('as the Bank had expected', 'than
    members had earlier expected')."""
    for j in range(k, min(len(words), k + EXPECTED_REACH)):
        w = words[j]
        if w in _EXPECTED:
            return True
        subject = j + 1 < len(words) and words[j + 1] in _AUXILIARIES
        if not (w in FUNCTION_WORDS or w in _WHEN_EXPECTED or subject):
            return False
    return False


def _at_par(words: tuple[str, ...], k: int) -> bool:
    """The word at k opens 'as expected' ('as the Bank had expected') or ends 'in line with' expectations."""
    if words[k] == "as":
        return words[k - 1:k] != ("such",) and _expected_at(words, k + 1)
    return words[k] == "with" and words[k - 2:k] == ("in", "line") and any(
        x in _EXPECTATIONS for x in words[k + 1:k + 1 + EXPECTED_REACH])


def _expectation_side(s: Sentence) -> int | None:
    """Where the sentence puts an outcome against what was expected: +1 above ('stronger than expected'), -1 below
    ('weaker than forecast'), 0 at par ('broadly as expected', 'in line with expectations'); None when it makes no
    such comparison, or more than one."""
    words = s.words
    sides = set()
    for k, w in enumerate(words):
        if w == "than" and k and _expected_at(words, k + 1):
            prev = words[k - 1]
            if prev in _ABOVE_EXPECTED or (k >= 2 and words[k - 2] == "more"):
                sides.add(1)
            elif prev in _BELOW_EXPECTED or (k >= 2 and words[k - 2] in ("less", "fewer")):
                sides.add(-1)
        elif _at_par(words, k):
            sides.add(0)
    return sides.pop() if len(sides) == 1 else None


def _against_expectation(d: PairDiff) -> Finding | None:
    """An outcome moved against what was expected: 'broadly as expected' → 'stronger than expected' is a move up from
    the middle, 'weaker than expected' → 'in line with expectations' a move up to it (a move across, weaker →
    stronger, is a reversal the antonym rule reports)."""
    old, new = _expectation_side(d.old), _expectation_side(d.new)
    if old is None or new is None or old == new or 0 not in (old, new):
        return None
    step: Direction = "up" if new > old else "down"
    names = {1: "above expectations", 0: "as expected", -1: "below expectations"}
    return Finding("polarity", "medium", step, (names[old],), (names[new],),
                   f"outcome against expectations moved {step}: {names[old]} → {names[new]}")


CARRIED_ON = 2  # words from a verb of no change to the rise or fall it carries on ('keep rising', 'stay on falling')


def _carried_on(found: list[Match]) -> list[Match]:
    """Trend words, less a verb of no change that only carries on the rise or fall right after it ('are expected to
    keep rising', 'persisted in declining'): the trend stated is the rise, not a standstill."""
    moving = [m.start for m in found if TREND_CLASSES[m.value] != "flat"]
    return [m for m in found if TREND_CLASSES[m.value] != "flat" or not any(
        m.end <= k <= m.end + CARRIED_ON for k in moving)]


# Words that relate what stands before them to what stands after, one way only: 'to positive from stable' is not
# 'to stable from positive', nor 'benefits outweigh risks' 'risks outweigh benefits'. ('and', 'or', 'with' and
# 'between' join alike: 'X and Y' → 'Y and X' is a list reordered.)
_ONE_WAY = frozenset({
    "from", "to", "into", "than", "over", "instead", "rather", "before", "after", "above", "below", "toward",
    "towards", "outweigh", "outweighs", "outweighed", "exceed", "exceeds", "exceeded", "surpass", "surpasses",
    "surpassed", "outperform", "outperforms", "outperformed", "precede", "precedes", "preceded", "replace",
    "replaces", "replaced", "causes", "caused", "drives", "drove"})


def _roles_swapped(d: PairDiff) -> Finding | None:
    """The same content words, two of them trading places across a word that relates them one way ('revised the
    outlook to positive from stable' → 'to stable from positive', 'The benefits outweigh the risks' → 'The risks
    outweigh the benefits'): what moved where, or which weighs more, turned round."""
    from monitor.assess.judgment import FUNCTION_WORDS

    # The same content words, one pair of them traded places, everything else in its order.
    old_seq = [(k, w) for k, w in enumerate(d.old.words) if w not in FUNCTION_WORDS]
    new_seq = [w for w in d.new.words if w not in FUNCTION_WORDS]
    if Counter(w for _, w in old_seq) != Counter(new_seq):
        return None
    moved = [i for i, (_, w) in enumerate(old_seq) if w != new_seq[i]]
    if len(moved) != 2:
        return None
    (i, left), (j, right) = old_seq[moved[0]], old_seq[moved[1]]
    if new_seq[moved[0]] != right or new_seq[moved[1]] != left:
        return None
    way = next((w for w in d.old.words[i + 1:j] if w in _ONE_WAY), None)
    if way is None:
        return None
    return Finding("polarity", "high", "reversed", (left, way, right), (right, way, left),
                   f"turned round: '{left} … {way} … {right}' became '{right} … {way} … {left}'")


def _trends_kept(d: PairDiff) -> bool:
    """Both versions state the same trends ('Employment growth had increased … the unemployment rate was trending
    lower' → 'The unemployment rate was trending lower … employment growth had increased'): the clauses were put in
    another order, and no trend turned round where one region's rise faces the other's fall. Each trend is taken
    with the words just before it, so that trends traded between subjects ('Exports rose and imports fell' →
    'Exports fell and imports rose') are not kept."""
    def said(s: Sentence) -> list[tuple[tuple[str, ...], str]]:
        return sorted((s.words[max(0, m.start - TREND_SUBJECT):m.start], m.phrase) for m in TRENDS.find(s.words))
    return said(d.old) == said(d.new)


TREND_SUBJECT = 3  # words before a trend taken as what it is said of


# Words that may stand between a kept subject and its predicate without being the predicate ('have, however,
# tightened', 'have eased recently').
_ASIDES = frozenset({"however", "also", "now", "still", "since", "though", "indeed", "further", "again", "then",
                     "nonetheless", "nevertheless", "meanwhile", "instead", "already"})
HEAD_PREFIX = 2  # kept words, at least, before a rewritten predicate: the same subject on both sides


def _head(s: Sentence, lo: int, hi: int) -> tuple[int, str] | None:
    i = lo
    while i < hi and s.words[i] in _ASIDES:
        i += 1
    return (i, s.words[i]) if i < hi else None


def _antonym_phrases(d: PairDiff, r: Region) -> tuple[str, str] | None:
    """A pair of opposites one of which is more than a word, the one in the changed stretch's old words and the
    other in its new ones ('attention has shifted back to neural networks' → 'shifted away from neural networks',
    'moved into equities' → 'moved out of equities'), neither found on the other side: the two phrases, or None."""
    for a, b in ANTONYM_PHRASES:
        if _phrase_in(d.old.words, a, r.i1, r.i2) and _phrase_in(d.new.words, b, r.j1, r.j2) and not (
                _phrase_in(d.new.words, a, 0, len(d.new.words)) or _phrase_in(d.old.words, b, 0, len(d.old.words))):
            return " ".join(a), " ".join(b)
    return None


def _phrase_in(words: tuple[str, ...], phrase: tuple[str, ...], lo: int, hi: int) -> bool:
    """The phrase stands in `words` with a word of it in [lo, hi)."""
    n = len(phrase)
    return any(words[k:k + n] == phrase for k in range(max(0, lo - n + 1), min(hi, len(words) - n + 1)))


def _turned_head(d: PairDiff) -> Finding | None:
    """A rewritten stretch that opens, right after the same subject, with the opposite predicate ('Conditions in
    money markets have, however, tightened over the past few months' → '… have eased recently, although …'): the
    statement about that subject turned round, however much else the rewrite says."""
    for r in d.regions:
        if targeted(r) or r.i1 < HEAD_PREFIX or r.j1 < HEAD_PREFIX:
            continue
        ha, hb = _head(d.old, r.i1, r.i2), _head(d.new, r.j1, r.j2)
        if ha is None or hb is None:
            continue
        (i, a), (j, b) = ha, hb
        ta = next((m for m in TRENDS.find(d.old.words, i, min(r.i2, i + 3)) if m.start == i), None)
        tb = next((m for m in TRENDS.find(d.new.words, j, min(r.j2, j + 3)) if m.start == j), None)
        classes = {TREND_CLASSES[ta.value], TREND_CLASSES[tb.value]} if ta is not None and tb is not None else set()
        if classes == {"up", "down"} or (frozenset((a, b)) in ANTONYMS and a not in d.new.words and b not in
                                         d.old.words):
            return _reversed(d, Region(r.i1, i + 1, r.j1, j + 1), f"reversed after the same subject: '{a}' → '{b}'",
                             (a,), (b,))
        if len(classes) == 2 and ta is not None and tb is not None:
            # ('Most commodity prices have changed little …' → '… have firmed, after …': from no change to a rise)
            return _trend_moved([ta], [tb], ta.phrase, tb.phrase, where=" after the same subject")
    return None


def _rewritten_trend(d: PairDiff) -> Finding | None:
    """A trend that turns around inside a rewritten stretch ('have increased sharply since ...' → 'since ..., the
    number ... has declined markedly'): each side's changed words name one direction, and they differ."""
    if all(targeted(r) for r in d.regions):
        return None
    t_old = [m for r in d.regions if not targeted(r) for m in TRENDS.find(d.old.words, r.i1, r.i2)]
    t_new = [m for r in d.regions if not targeted(r) for m in TRENDS.find(d.new.words, r.j1, r.j2)]
    c_old, c_new = {m.value for m in t_old}, {m.value for m in t_new}
    if len(c_old) != 1 or len(c_new) != 1 or c_old == c_new:
        return None
    # Every trend of the sentence must be in the rewrite: otherwise two clauses may describe two things.
    if len(TRENDS.find(d.old.words)) != len(t_old) or len(TRENDS.find(d.new.words)) != len(t_new):
        return None
    return _trend_moved(t_old, t_new, t_old[0].phrase, t_new[0].phrase, where=" in a rewritten clause")
