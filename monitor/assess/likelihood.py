"""Estimative likelihood (ICD 203 bands, modals, hedges), evidence verbs and stated confidence: old vs new."""

from __future__ import annotations

import math
from functools import lru_cache

from monitor.assess.findings import TARGETED_WORDS, Finding, PairDiff, Region, bands, span, targeted, touching
from monitor.assess.lexicon import (
    APPROXIMATORS,
    BARE_ESTIMATIVE_NOUNS,
    BOOSTERS,
    CONFIDENCE,
    DEGREE_ADVERBS,
    ESTIMATIVE_NOUNS,
    ESTIMATIVE_QUANTIFIERS,
    EVIDENCE,
    EXCLUSIONS,
    FREQUENCY,
    FUNCTION_WORDS,
    HEDGES,
    LIKELIHOOD,
    MODALS,
    NEGATIONS,
    NUMBER_WORDS,
    PROPOSITION_NOUNS,
    RECOMMENDATION,
    SCOPE_QUANTIFIERS,
    TREND_CLASSES,
    TRENDS,
    Match,
)
from monitor.assess.recommend import (
    duties,
    epistemic_should,
    modal_swap,
    obligations,
    permissions,
    requirement_keywords,
)
from monitor.assess.text import (
    CLAUSE_CONJUNCTIONS,
    FINITE_BE,
    HAVE_FORMS,
    NOUN_DETERMINERS,
    PLANNING_VERBS,
    STEM,
    Sentence,
    negated_head,
    number_pair,
    set_off,
)

TYPE_CHECKING = False  # typing's own constant, without loading typing at run time (monitor/launch.py)
if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from monitor.report import Direction, Severity

ASSERTED = 8  # an unhedged statement of fact sits at the top of the scale
CLUSTER_REACH = 2  # "will probably": a modal and an estimative word this close form one expression


def _markers(s: Sentence) -> list[Match]:
    """Likelihood phrases of a sentence; a capitalised 'May' inside a sentence is the month, and the modal of
    a prescription ('may wish to', 'could consider') belongs to the recommendation detector."""
    return _markers_cached(s)


@lru_cache(maxsize=4096)
def _markers_cached(s: Sentence) -> list[Match]:
    # ('it was never likely': 'never' after a copula negates the estimate; it is not the imperative 'Never click')
    prescribed = [p for p in RECOMMENDATION.find(s.words) if not epistemic_should(s, p.start, p.end) and not (
        p.phrase == "never" and p.start > 0 and s.words[p.start - 1] in _COPULAS)]
    prescribed += requirement_keywords(s)
    prescribed += permissions(s)  # 'you may run the tests': latitude granted, not a chance
    prescribed += obligations(s)  # 'procedures shall be subject to oversight': an obligation
    prescribed += duties(s)  # 'users are strictly bound to upgrade': a duty, not a certainty
    listed = [
        m for m in LIKELIHOOD.find(s.words)
        if not (m.phrase == "may" and m.start > 0 and s.raw_tokens[m.start] == "May")
        and not any(p.start <= m.start < p.end for p in prescribed)
        and (m.phrase != "should" or epistemic_should(s, m.start, m.end))
        and not (m.phrase == "possible" and _as_far_as_possible(s.words, m.start))
    ]
    # A composed expression replaces the listed words inside it ('cannot' in 'cannot be ruled out'), unless a
    # listed phrase already says at least as much ('chances are slightly less than even').
    composed = [c for c in composed_markers(s) if not any(
        m.start <= c.start and m.end >= c.end and m.end - m.start > 1 for m in listed)]
    kept = [m for m in listed if not any(c.start < m.end and m.start < c.end for c in composed)]
    return sorted(kept + composed + _attributive(s, kept + composed), key=lambda m: m.start)


_UTMOST = frozenset({"as", "best", "worst", "most", "least"})


def _as_far_as_possible(words: tuple[str, ...], k: int) -> bool:
    """'possible' that marks a limit, not a chance: 'as soon as possible', 'the lowest possible dose', 'the best
    possible outcome' say how far, not how likely."""
    if k == 0:
        return False
    before = words[k - 1]
    return before in _UTMOST or (before.endswith("est") and len(before) > 4 and k >= 2 and words[k - 2] in (
        NOUN_DETERMINERS))


# Participles of expectation used before a noun ('the expected slowdown', 'an anticipated rise'): the thing named is
# expected, as 'the slowdown is expected' says (band 5).
_EXPECTED = frozenset({"expected", "anticipated", "forecast", "predicted", "projected"})
_ATTRIBUTIVE_DETERMINERS = NOUN_DETERMINERS | {"any"}


def _attributive(s: Sentence, found: list[Match]) -> list[Match]:
    words, out = s.words, []
    for k in range(1, len(words) - 1):
        if words[k] in _EXPECTED and words[k - 1] in _ATTRIBUTIVE_DETERMINERS and words[k + 1].isalpha() and (
                words[k + 1] not in FUNCTION_WORDS) and not any(m.start <= k < m.end for m in found):
            out.append(Match(k, k + 1, words[k], EXPECTED_BAND))
    return out


EXPECTED_BAND = LIKELIHOOD.entries["is expected"]


_OUT_OF_QUESTION = ("out", "of", "the", "question")
_BEYOND_POSSIBILITY = frozenset({("beyond", "the", "bounds", "of", "possibility"),
                                 ("beyond", "the", "realm", "of", "possibility"),
                                 ("beyond", "the", "realms", "of", "possibility")})
_DENIERS = frozenset({"not", "never", "hardly", "scarcely", "far", "nothing"})  # ('nothing implausible about X')
_ASSURED = frozenset({"assured", "guaranteed", "sure", "settled", "given", "clear", "inevitable", "certain"})
CERTAIN_BAND = 7  # 'almost certain' and above: what 'far from' denies
FAR_FROM_CERTAIN = LIKELIHOOD.entries["far from certain"]  # 3


def _far_from(words: tuple[str, ...], n: int) -> int | None:
    """Where a phrase that denies word `n` emphatically, as 'far from' does, opens: 'a long way from', 'nowhere
    near', 'anything but'; None without one."""
    for phrase in _FAR_FROM:
        k = n - len(phrase)
        if k >= 0 and words[k:n] == phrase:
            return k
    return None


_FAR_FROM = (("a", "long", "way", "from"), ("nowhere", "near"), ("anything", "but"))


def _denier(words: tuple[str, ...], n: int) -> int | None:
    """Where the words that deny word `n` open: a denier up to two words before it ('not', 'hardly', 'far from'),
    'by no means', or an emphatic phrase ('a long way from', 'anything but'); None when nothing denies it."""
    at = next((i for i in range(max(0, n - 2), n) if words[i] in _DENIERS), None)
    if at is None and n >= 3 and words[n - 3:n] == ("by", "no", "means"):
        at = n - 3  # 'by no means unthinkable'
    return _far_from(words, n) if at is None else at


def _unlikely_word(w: str) -> bool:
    """A one-word estimate low on the scale ('impossible', 'inconceivable', 'unlikely'; 'not unlikely' is listed, in
    band 4), read from the table each time so that a pack's words count too."""
    value = LIKELIHOOD.entries.get(w)
    return value is not None and value <= 3 and " " not in w and w != "cannot"


NOUN_REACH = 3  # words before an estimative noun in which its quantifier is looked for
QUANTIFIER_WORDS = 5  # the longest quantifier, written out ('no better than even odds')
_PHRASE_BREAKS = frozenset({"and", "or", "but", "that", "which", "while", "whereas"})


def _phrase_start(s: Sentence, n: int) -> int:
    """Where the quantifier of the estimative noun at n may start: NOUN_REACH words back, or as far back as a
    quantifier written out reaches ('no better than even odds'), but never past the start of the noun's own phrase
    ('remained low and the odds were against …': 'low' is said of something else)."""
    lo = max(0, n - QUANTIFIER_WORDS)
    for k in range(n - 1, lo - 1, -1):
        # ('the all-but-certain prospect of X': one quantifier)
        if (s.words[k] in _PHRASE_BREAKS and s.words[k - 1:k + 1] != ("all", "but")) or set_off(s.gaps[k + 1]):
            return k + 1
    return lo


OF_REACH = 12  # more words to the verb when the noun has its object first ('the odds of the next move in the cash
# rate being up, rather than down, were no better than even')
_PREDICATE = frozenset({"is", "are", "was", "were", "remain", "remains", "look", "looks", "seem", "seems", "appear",
                        "appears", "now", "still", "run", "runs", "ran", "stand", "stands", "stood", "lie", "lies",
                        "lay"})  # ('the odds run against X', 'the chances stand at one in four')


_NOT_OF_PROPOSITION = frozenset({"against", "without"})  # 'protect against the risk of', 'without evidence of'
_LEANING = frozenset({"stacked", "tilted", "weighted", "loaded", "skewed"})
_ARTICLES = frozenset({"a", "an", "one"})
_EXPECTATION = frozenset({"expectation", "expectations"})
_RISK_VERBS = frozenset({"risk", "risks", "risked"})
# What stands before 'risk' as a verb: a pronoun or a modal ('they risk being lost', 'could risk losing')
_RISK_SUBJECTS = frozenset({"they", "it", "we", "you", "he", "she", "which", "who", "that", "also", "then"})
POSSIBLE_BAND = LIKELIHOOD.entries["possible"]  # 4: what a bare 'the possibility that X', a hedge alone say
BARE_BAND = POSSIBLE_BAND  # an estimative noun with no quantifier ('the possibility that X') says possible
ODDS_REACH = 6  # words of 'one in a million' or '1 in 3' before the noun of chance


def _count(w: str) -> float | None:
    """The number a word or figure names ('one', 'million', '3', '1,000')."""
    if w.replace(",", "").isdecimal():  # (not isdigit: '²' is a digit no float() reads)
        return float(w.replace(",", ""))
    return NUMBER_WORDS.get(w)


def _odds_before(words: tuple[str, ...], n: int) -> Match | None:
    """A chance stated as odds just before its noun ('a one-in-a-million chance', 'a 1 in 3 probability', 'one in
    ten odds'): its band from the probability (below 5 % very unlikely, 2; below a third unlikely, 3; about even, 4;
    below 80 % likely, 5; below 95 % very likely, 6; above, almost certain, 7)."""
    lo = max(0, n - ODDS_REACH)
    for k in range(n - 1, lo, -1):
        if words[k] != "in":
            continue
        band = _odds_band(words, k, n)
        if band is None:
            return None
        start = k - 1 if k > 1 and words[k - 2] not in ("a", "an") else max(0, k - 2)
        return Match(start, n + 1, " ".join(words[start:n + 1]), band)
    return None


def _percent_before(words: tuple[str, ...], n: int) -> Match | None:
    """A chance stated as a percentage just before its noun ('a 75 per cent chance', 'a 30% probability', 'a 60
    percent likelihood'): its band from that probability, as odds' are."""
    if n >= 2 and words[n - 1] in ("percent", "%"):
        k = n - 2
    elif n >= 3 and words[n - 2:n] == ("per", "cent"):
        k = n - 3
    elif n >= 1 and words[n - 1].endswith("%"):
        k = n - 1
    else:
        return None
    figure = words[k].rstrip("%")
    try:
        p = float(figure) / 100
    except ValueError:
        return None
    if not 0 <= p <= 1:
        return None
    start = k - 1 if k > 0 and words[k - 1] in ("a", "an") else k
    return Match(start, n + 1, " ".join(words[start:n + 1]), _band_of(p))


def _odds_band(words: tuple[str, ...], k: int, n: int) -> int | None:
    """The band of 'x in y' with its 'in' at word k and y running to word n: below 5 % very unlikely, 2; below a
    third unlikely, 3; about even, 4; below 80 % likely, 5; below 95 % very likely, 6; above, almost certain, 7."""
    x = _count(words[k - 1]) if k > 0 else None
    rest = [_count(w) for w in words[k + 1:n] if w not in ("a", "an")]
    y = math.prod(c for c in rest if c is not None) if rest and None not in rest else None
    if x is None or not y or x > y:
        return None
    return _band_of(x / y)


def _band_of(p: float) -> int:
    """The band of a probability: below 5 % very unlikely, 2; below a third unlikely, 3; about even, 4; below 80 %
    likely, 5; below 95 % very likely, 6; above, almost certain, 7."""
    return 2 if p < 0.05 else 3 if p < 0.33 else 4 if p < 0.55 else 5 if p < 0.8 else 6 if p < 0.95 else 7


_ABOUT = frozenset({"about", "roughly", "around", "approximately", "nearly", "some", "perhaps"})


def _odds_after(words: tuple[str, ...], verb: int) -> Match | None:
    """Odds stated after the verb of their noun ('the chances of X are about one in three')."""
    about = verb + 2 < len(words) and words[verb + 2] in _ABOUT  # ('at about one in ten')
    for k in range(verb + 2, min(len(words) - 1, verb + 4 + about)):
        if words[k] == "in":
            n = k + 1
            while n < len(words) and (words[n] in ("a", "an") or _count(words[n]) is not None):
                n += 1
            band = _odds_band(words, k, n)
            return None if band is None else Match(verb, n, " ".join(words[verb:n]), band)
    return None


def _verb_after_clause(s: Sentence, n: int) -> int | None:
    """'The chances that a remote attacker succeeds are thin': the noun's own verb comes after the clause its
    'that' opens — the last verb of being before the clause ends at a comma, so that 'remains' in 'the chance that
    inflation remains high is small' is the clause's, and 'is' the noun's."""
    words, found = s.words, None
    for k in range(n + 2, min(len(words), n + 2 + OF_REACH)):
        if k > n + 2 and any(ch in s.gaps[k] for ch in ",;:"):
            break
        if words[k] in _PREDICATE and ESTIMATIVE_QUANTIFIERS.find(words, k + 1, min(len(words), k + 3)):
            found = k
    return found


# A share of the cases a thing holds in, named by its size ('in a small fraction of attempts', 'in a handful of
# installations', 'in the vast majority of deployments'): how often, so how likely, whatever the cases are called.
_SHARES = {("a", "small", "fraction"): 2, ("a", "tiny", "fraction"): 2, ("a", "handful"): 2, ("a", "scattering"): 2,
           ("a", "small", "number"): 2, ("a", "small", "minority"): 2, ("a", "small", "share"): 2,
           ("a", "tiny", "share"): 2, ("a", "small", "proportion"): 2, ("a", "small", "percentage"): 2,
           ("a", "sliver"): 2, ("a", "thin", "slice"): 2, ("a", "minority"): 3, ("a", "few"): 3, ("a", "fraction"): 3,
           ("a", "majority"): 5, ("the", "majority"): 5, ("a", "large", "majority"): 6, ("a", "great", "majority"): 6,
           ("the", "vast", "majority"): 7, ("the", "great", "majority"): 7, ("the", "overwhelming", "majority"): 7,
           ("the", "bulk"): 6, ("the", "lion's", "share"): 6}
SHARE_WORDS = 3  # the longest share named ('a small fraction')
SHARE_MAX_DENOMINATOR = 1000  # 'one case in a thousand' at most; a larger figure after 'in' is a year or a count


def _share_of_cases(words: tuple[str, ...], n: int) -> Match | None:
    """'in (only) <a share> of <cases>' from word n ('in'): the share's band, the cases any plural noun."""
    k = n + 1 + (words[n + 1:n + 2] == ("only",))
    # ('in one installation in fifty', 'in two deployments out of three': one case of so many, whatever they are)
    x = _count(words[k]) if k + 3 < len(words) and words[k + 1].isalpha() else None
    if x is not None and words[k + 1] not in FUNCTION_WORDS:
        # ('out of' names a share whatever the count; 'in' only after one case: 'in two regions in 20 days' counts)
        out_of = words[k + 2:k + 4] == ("out", "of")
        at = k + 2 + out_of
        y = _count(words[at + 1]) if (out_of or (x == 1 and words[at] == "in")) and at + 1 < len(words) else None
        # (a denominator, not a year: 'in two regions in 2020' counts regions)
        if y is not None and 2 <= y < SHARE_MAX_DENOMINATOR and x < y:
            return Match(n, at + 2, " ".join(words[n:at + 2]), _band_of(x / y))
    # (a word of degree between the article and the size, 'a vanishingly small number', 'a very small share', is
    # read past: it stresses the size, which keeps its band)
    skip = int(k + 2 < len(words) and words[k] in ("a", "the") and (words[k + 1] == "very" or (
        words[k + 1].endswith("ly") and words[k + 1] not in FUNCTION_WORDS)))
    for size in range(SHARE_WORDS, 1, -1):
        band = _SHARES.get(words[k:k + 1] + words[k + 1 + skip:k + size + skip])
        end = k + size + skip
        if band is not None and words[end:end + 1] == ("of",) and end + 1 < len(words):
            cases = words[end + 1]
            if cases.isalpha() and cases.endswith("s") and cases not in FUNCTION_WORDS:
                return Match(n, end + 2, " ".join(words[n:end + 2]), band)
    return None


# Nouns of occasions counted in odds of how often ('nine times out of ten', 'one attempt in three', 'two runs in
# five'): the share of occasions a thing happens on is how likely it is. A share of people or things ('two households
# in three') is a quantity, not a chance.
_OCCASIONS = frozenset({"time", "times", "attempt", "attempts", "try", "tries", "case", "cases", "instance",
                        "instances", "occasion", "occasions", "run", "runs", "trial", "trials"})


_BETS = frozenset({"proposition", "bet", "shot", "wager", "favourite", "favorite"})  # what odds are laid on
ODDS_ON_BAND = 6  # 'odds-on', 'an odds-on prospect': a price shorter than evens, very likely


def _stake_odds(words: tuple[str, ...], n: int) -> Match | None:
    """Odds laid as a bettor lays them, from word n: 'x to one' opening the sentence ('Ten to one, federation also
    gives …') or after the odds named ('the odds are ten to one that …'); 'against' after them gives the other side
    of the bet. Its band from x / (x + 1) (_band_of)."""
    if words[n + 1:n + 3] not in (("to", "one"), ("to", "1")):
        return None
    x = _count(words[n])
    if x is None or x < 2:
        return None
    # ('a three-to-one outsider': the one the odds are laid against, as 'against' says, and the side said with it)
    outsider = words[n + 3:n + 4] == ("outsider",)
    against = outsider or words[n + 3:n + 4] == ("against",)
    # (or laid before what is bet on, with the side of the bet said: 'is a three-to-one-against proposition'; 'a
    # ten to one shot' alone is a bookmaker's odds against, 'Ten to one, X' a speaker's for: the side is not known)
    laid = words[n + 4:n + 5] if against else ()
    if n > 0 and not outsider and not (n > 1 and words[n - 2] == "odds" and words[n - 1] in (
            "are", "were", "of", "at")) and not (laid and (laid[0] in ESTIMATIVE_NOUNS or laid[0] in _BETS)):
        return None
    p = 1 / (x + 1) if against else x / (x + 1)
    start, end = (n - 2 if n else 0), n + 3 + against
    return Match(start, end, " ".join(words[start:end]), _band_of(p))


def _occasion_odds(words: tuple[str, ...], n: int) -> Match | None:
    """'x <occasions> in y' or 'x <occasions> out of y' from word n (the count x): its band from x / y (_band_of),
    as for odds before a noun of chance."""
    x = _count(words[n]) if n + 3 < len(words) and words[n + 1] in _OCCASIONS else None
    if x is None:
        return None
    k = n + 2
    if words[k:k + 2] == ("out", "of"):
        k += 1
    elif words[k] != "in":
        return None
    end = k + 1
    while end < len(words) and _count(words[end]) is not None:
        end += 1
    if end == k + 1:
        return None
    y = math.prod(_count(w) or 1.0 for w in words[k + 1:end])
    if y < 2 or x > y:
        return None
    start = n - (n > 0 and words[n - 1] in _ABOUT)
    start -= start > 0 and words[start - 1] in ("in", "on")  # ('in roughly nine cases out of ten')
    return Match(start, end, " ".join(words[start:end]), _band_of(x / y))


def odds_spans(s: Sentence) -> list[tuple[int, int]]:
    """The word spans of likelihood stated in figures ('a 1 in 3 chance', 'nine times out of ten'). A percentage
    ('a 70 per cent chance') is not among them: it is a figure as well, so a move within one band (70 → 75 per
    cent) is still read as the number it is."""
    return [(m.start, m.end) for m in composed_markers(s)
            if any(_count(w) is not None for w in s.words[m.start:m.end])
            and not any(w in ("percent", "cent", "%") or w.endswith("%") for w in s.words[m.start:m.end])]


BOUND_TO_BAND = 7  # 'is bound to happen': almost certain
_BOUND_TO_BE = frozenset({"is", "are", "was", "were", "be", "seem", "seems", "seemed", "appear", "appears", "look",
                          "looks", "now", "surely", "almost"})


def _plain_verb(s: Sentence, k: int) -> bool:
    """Word k may be a verb in its plain form after 'to': a word of letters in lower case, not a determiner, a
    pronoun or another function word ('bound to surface'; not 'bound to the account', 'bound to it')."""
    w = s.words[k]
    return w.isalpha() and w not in FUNCTION_WORDS and s.raw_tokens[k][:1].islower() and not w.endswith(("ing", "ed"))


@lru_cache(maxsize=4096)
def composed_markers(s: Sentence) -> list[Match]:
    """Likelihood composed from parts rather than listed: an estimative noun and what quantifies it ('a real
    possibility' 4, 'no real possibility' 1, 'little chance' 3, 'the odds are against' 3, 'prospects are good'
    5), and a negated exclusion ('cannot be ruled out', 'can't be excluded': a possibility, 4)."""
    words, out = s.words, []
    covered = 0  # words read already as part of a marker ('an odds-on prospect': the noun after 'odds-on')
    for n, w in enumerate(words):
        if n < covered:
            continue
        if w == "odds" and words[n + 1:n + 2] == ("on",) and s.gaps[n + 1] == "-":
            # 'odds-on' (a favourite's price, shorter than evens): likely, and the noun it qualifies with it
            end = n + 3 if n + 2 < len(words) and words[n + 2] in ESTIMATIVE_NOUNS | _BETS else n + 2
            out.append(Match(n, end, " ".join(words[n:end]), ODDS_ON_BAND))
            covered = end
            continue
        if w == "bound" and 0 < n < len(words) - 2 and words[n + 1] == "to" and words[n - 1] in _BOUND_TO_BE and (
                _plain_verb(s, n + 2)):
            # 'exploits are bound to surface': as sure as 'almost certain' (not 'bound to the account', a part
            # attached, nor 'users strictly bound to', a duty)
            out.append(Match(n, n + 2, "bound to", BOUND_TO_BAND))
            continue
        if w in ESTIMATIVE_NOUNS and (odds := _odds_before(words, n) or _percent_before(words, n)) is not None:
            out.append(odds)  # 'a one-in-a-million chance', 'a 1 in 3 chance', 'a 75 per cent chance'
            continue
        # 'little risk of X', 'the risks of X are low', 'no sign that X': quantified off the middle of the scale,
        # and followed by what it estimates; 'protect against the risk of' is not a quantity of chance, nor is 'a
        # risk of' or 'some signs that' more than the plain statement beside it
        if w in _EVIDENTIAL_WORDS and 0 < n < len(words) - 2 and words[n - 1] == "the" and words[n + 1] in (
                "is", "are") and words[n + 2] == "that":
            # 'The evidence is that X', 'the indications are that X': X stated on the evidence, as 'strong evidence'
            out.append(Match(n - 1, n + 3, " ".join(words[n - 1:n + 3]), EVIDENCE_IS_BAND))
            continue
        propositional = w in PROPOSITION_NOUNS and n + 1 < len(words) and words[n + 1] in ("of", "that")
        if w in ESTIMATIVE_NOUNS or propositional:
            lo = _phrase_start(s, n)
            before = [m for m in ESTIMATIVE_QUANTIFIERS.find(words, lo, n)
                      if not (propositional and (m.phrase in _NOT_OF_PROPOSITION or (
                          # (nouns of evidence only off the middle: 'some signs of X' says what 'signs of X' says)
                          m.value == BARE_BAND and (m.phrase in _ARTICLES or w in _EVIDENTIAL_WORDS))))]
            if before:
                # A negation anywhere in front wins ('no real possibility'); else the word nearest the noun, past an
                # article that only counts it ('a sliver of a chance': 'sliver' says how much, 'a' that it is one).
                negation = next((m for m in before if m.value == 1), None)
                sized = [m for m in before if m.phrase not in _ARTICLES]
                value = (negation or (sized or before)[-1]).value
                if negation is not None and any(1 < m.value <= 3 and 0 <= m.start - negation.end <= 1
                                                and m.phrase not in _ARTICLES for m in before):
                    value = LITOTES_BAND  # 'no small chance', 'not a slight possibility': a denied smallness
                start = before[0].start
                if start > 0 and words[start - 1] == "only" and 1 < value <= BARE_BAND:
                    value, start = value - 1, start - 1  # 'only some chance': less than 'some chance'
                out.append(Match(start, n + 1, " ".join(words[start:n + 1]), value))
                continue
            put = _put_at(words, n)
            if put is not None:
                out.append(put)  # 'puts the prospect of further fixes arriving soon at little better than nil'
                continue
            # 'the odds are against', 'prospects for a deal are poor': the verb within a few words, then the word.
            # ('the chance that inflation remains high': the verb of what 'that' opens is not the noun's)
            # ('the odds on a further drift are long': what odds are laid on)
            reach = NOUN_REACH + 1 + (OF_REACH if n + 1 < len(words) and (words[n + 1] in ("of", "for") or (
                w == "odds" and words[n + 1] == "on")) else 0)
            verb = _verb_after_clause(s, n) if n + 1 < len(words) and words[n + 1] == "that" else next(
                (i for i in range(n + 1, min(len(words), n + 1 + reach)) if words[i] in _PREDICATE), None)
            if verb is None and n + 1 < len(words):
                # 'the odds favour X': the quantifier is the verb itself
                after = ESTIMATIVE_QUANTIFIERS.find(words, n + 1, n + 2)
                if after and after[0].value >= 5:
                    out.append(Match(n, n + 2, " ".join(words[n:n + 2]), after[0].value))
                    continue
            if verb is not None:
                # The quantifier opens within two words of the verb and may run on ('were no better than even'),
                # past an adverb or a participle of leaning ('are heavily stacked in favour of')
                while verb + 1 < len(words) and (words[verb + 1].endswith("ly") or words[verb + 1] in _LEANING) and (
                        not _opens_quantifier(words, verb + 1)):  # ('were roughly even': the adverb is the size's)
                    verb += 1
                after = [m for m in ESTIMATIVE_QUANTIFIERS.find(words, verb + 1, min(len(words), verb + 6))
                         if m.start <= verb + 2]
                if after and not (after[0].value == 4 and after[0].end - after[0].start == 1) and not (
                        propositional and w in _EVIDENTIAL_WORDS and after[0].value == BARE_BAND):
                    # 'prospects are a ...' is not a quantity of chance
                    out.append(Match(n, after[0].end, " ".join(words[n:after[0].end]), after[0].value))
                    continue
                if (odds := _odds_after(words, verb)) is not None:
                    out.append(Match(n, odds.end, " ".join(words[n:odds.end]), odds.value))
                    continue
            if (drift := _odds_drifted(words, n)) is not None:
                out.append(drift)  # 'the odds had lengthened on inflation remaining within the target'
                continue
            if (moved := _chance_moved(words, n)) is not None:
                out.append(moved)  # 'developments increase the likelihood of lower inflation': now likely
                continue
            if w in BARE_ESTIMATIVE_NOUNS and n + 1 < len(words) and words[n + 1] in ("of", "that"):
                out.append(Match(n, n + 1, w, BARE_BAND))  # 'plan for the possibility that X': X is possible
        elif w in _EXPECTATION and 0 < n < len(words) - 1 and words[n - 1] in _ARTICLES | {"the"} and (
                words[n + 1] == "that" or (words[n + 1:n + 3] in (("is", "that"), ("was", "that")))):
            # 'consistent with the expectation that the economy will grow', 'the expectation is that the outcome is
            # safe': X is expected (as 'is expected')
            out.append(Match(n, n + 1, w, EXPECTED_BAND))
        elif w in _RISK_VERBS and 0 < n < len(words) - 1 and words[n + 1].endswith("ing") and (
                words[n - 1] in _RISK_SUBJECTS or words[n - 1] in MODALS):
            out.append(Match(n, n + 1, w, BARE_BAND))  # 'alerts risk being lost': they may be lost
        elif n > 0 and _unlikely_word(w):
            # 'not inconceivable', 'not implausible', 'hardly impossible': a negated improbability is a possibility;
            # 'far from unlikely' denies it emphatically: likely
            at = _denier(words, n)
            if at is not None:
                emphatic = words[at:at + 2] == ("far", "from") or words[at] == "by" or at == _far_from(words, n)
                out.append(Match(at, n + 1, " ".join(words[at:n + 1]), 5 if emphatic else 4))
        elif w == "far" and words[n + 1:n + 2] == ("from",) and n + 2 < len(words) and (
                words[n + 2] in _ASSURED or LIKELIHOOD.entries.get(words[n + 2], 0) >= CERTAIN_BAND):
            # 'far from certain', 'far from assured', 'far from guaranteed': certainty denied, as 'unlikely' says
            out.append(Match(n, n + 3, " ".join(words[n:n + 3]), FAR_FROM_CERTAIN))
        elif (w in _ASSURED or LIKELIHOOD.entries.get(w, 0) >= CERTAIN_BAND) and (
                far := _far_from(words, n)) is not None:
            # 'a long way from certain', 'anything but assured': as 'far from certain'
            out.append(Match(far, n + 1, " ".join(words[far:n + 1]), FAR_FROM_CERTAIN))
        elif w[:1].isalnum() and (stake := _stake_odds(words, n)) is not None:
            out.append(stake)  # 'Ten to one, federation gives …', 'the odds are ten to one against a cut'
        elif w[:1].isalnum() and (often := _occasion_odds(words, n)) is not None:
            out.append(often)  # 'nine times out of ten', 'on roughly one attempt in three'
        elif w == "in" and (share := _share_of_cases(words, n)) is not None:
            out.append(share)  # 'succeeds in only a small fraction of attempts', 'in a handful of installations'
        elif words[n:n + 5] in _BEYOND_POSSIBILITY:
            # 'beyond the bounds of possibility' rules a thing out; 'not beyond …', a possibility
            negs = [m.start for m in NEGATIONS.find(words, max(0, n - 3), n) if m.phrase in ("not", "never")]
            start = min(negs) if negs else n
            out.append(Match(start, n + 5, " ".join(words[start:n + 5]), 4 if negs else 1))
        elif words[n:n + 4] == _OUT_OF_QUESTION:
            # 'is out of the question' rules a thing out; 'is not out of the question', a possibility
            lo = max(0, n - 3)
            negs = [m.start for m in NEGATIONS.find(words, lo, n) if m.phrase in ("not", "never")]
            start = min(negs) if negs else n
            out.append(Match(start, n + 4, " ".join(words[start:n + 4]), 4 if negs else 1))
        elif w in _UNWISE and (denial := _unwise_denial(s, n)) is not None:
            out.append(denial)  # 'it would be a mistake to assume that X does not affect Y': X likely
        elif w in _QUESTIONING and n >= 3 and words[n - 1] == "to" and words[n - 2] in _GROUNDS and (
                neg := next((k for k in range(max(0, n - 5), n - 2) if words[k] in _FEW_GROUNDS), None)) is not None:
            # 'no reason to doubt that X', 'no real grounds to question that X': X very likely (7); 'little reason
            # to doubt', 6
            out.append(Match(neg, n + 1, " ".join(words[neg:n + 1]), 7 if words[neg] == "no" else 6))
        elif w in _DISPUTING and (denier := _doubt_denied(words, n)) is not None:
            # 'no one would seriously contest that X', 'one can hardly dispute that X', 'it cannot be denied that X':
            # X asserted, and pressed (a booster: _boosted); 'few would deny that X', likely (6)
            out.append(Match(denier, n + 1, " ".join(words[denier:n + 1]), 6 if words[denier] == "few" else ASSERTED))
        elif w in _HARD and words[n + 1:n + 2] == ("to",) and words[n + 2:n + 3] and words[n + 2] in _IMAGINING:
            out.append(_hard_to_see(s, n))  # 'it is hard to see X' (unlikely), '… X not easing' (very likely)
        elif w in _PICTURING and (at := next((i for i in range(max(0, n - 2), n) if words[i] in _CANNOT),
                                             None)) is not None:
            out.append(_hard_to_see(s, at, n))  # 'members could not envisage X' as 'impossible to see X'
        elif w in _SURPRISING and n + 1 < len(words) and words[n + 1] == "if" and words[n - 1:n] == ("be",) and (
                words[n - 2:n - 1] != ("not",)):
            out.append(_surprise_if(s, n))  # 'it would be astonishing if X' (unlikely), '… X did not' (very likely)
        elif w in _SURPRISES and n >= 3 and words[n + 1:n + 2] == ("if",) and (
                (words[n - 2:n] == ("be", "a") and words[n - 3] != "not") or (
                words[n - 1] in _SURPRISE_SIZES and words[n - 3:n - 1] == ("be", "a") and (
                n < 4 or words[n - 4] != "not"))):
            # 'it would be a (real) surprise if X' as 'it would be surprising if X', 'a shock' as 'astonishing'
            out.append(_surprise_if(s, n, _SURPRISES[w] - (words[n - 1] in _SURPRISE_SIZES)))
        elif w in EXCLUSIONS.words and (ex := next((m for m in EXCLUSIONS.find(words, n, min(len(words), n + 2))
                                                    if m.start == n), None)):
            lo = max(0, n - 3)
            negs = [m.start for m in NEGATIONS.find(words, lo, n) if m.phrase in ("not", "cannot", "never")]
            negs += [i for i in range(lo, n) if words[i] in ("hardly", "scarcely")]  # ("couldn't": 'could not')
            # ('Nothing rules out X', 'nobody we asked would exclude Y': no one excludes it, so it stays possible)
            negs += [i for i in range(max(0, n - EXCLUDER_WORDS), n) if words[i] in _NO_ONE]
            # ('It would be unwise to rule out X', 'premature to exclude X': as 'X cannot be ruled out')
            negs += [i for i in range(lo, n - 1) if words[i] in _UNWISE and words[i + 1] == "to"]
            # ('it is hard to dismiss the prospect that X', 'difficult to rule out': as 'cannot be ruled out')
            negs += [i for i in range(lo, n - 1) if words[i] in _HARD and words[i + 1] == "to"]
            if negs:
                start = min(negs)
                end = ex.end + (words[ex.end:ex.end + 1] == ("out",))  # ('ruled' out)
                out.append(Match(start, end, " ".join(words[start:end]), 4))
    return out


LITOTES_BAND = 5  # 'no small chance': understatement for a good chance


_POSSIBLY = frozenset({"possibly", "perhaps", "maybe", "conceivably"})  # sentence adverbs of possibility
_NO_ONE = frozenset({"nothing", "nobody", "none"})  # who or what would exclude a thing, denied
EXCLUDER_WORDS = 5  # words from 'nothing' to its verb ('Nothing in the data we have rules out …')

# Verbs that call a claim into doubt, in their forms: denied ('no one would dispute that X'), they assert it.
_DISPUTING = frozenset({
    "dispute", "disputes", "disputed", "disputing", "deny", "denies", "denied", "denying", "doubt", "doubts",
    "doubted", "doubting", "contest", "contests", "contested", "contesting", "question", "questions", "questioned",
    "questioning", "gainsay", "gainsays", "gainsaid", "gainsaying", "challenge", "challenges", "challenged",
    "challenging"})
DENIER_REACH = 4  # words from who denies the doubt to its verb ('no one would seriously contest')
_DOUBT_DENIERS = frozenset({"nobody", "none", "few", "hardly", "scarcely", "barely", "cannot"})


def _doubt_denied(words: tuple[str, ...], n: int) -> int | None:
    """Where the denial of a doubt begins, when word n is a verb of doubt before its 'that': 'nobody', 'no one',
    'few', 'hardly', 'cannot' or 'not' within DENIER_REACH words before it, in the same clause ('no one would
    seriously contest that', 'one can hardly dispute that', 'it cannot be denied that', 'few would deny that'); None
    when there is no such verb or the doubt stands ('Some question that X', 'I doubt that X')."""
    if words[n] not in _DISPUTING or words[n + 1:n + 2] != ("that",):
        return None
    for k in range(n - 1, max(-1, n - DENIER_REACH - 1), -1):
        w = words[k]
        if w in _DOUBT_DENIERS or (w == "no" and words[k + 1] == "one") or (
                w == "not" and k > 0 and words[k - 1] in MODALS):
            return k
        if w in ("that", "and", "but", "which"):
            return None
    return None


def _opens_quantifier(words: tuple[str, ...], k: int) -> bool:
    """A quantifier of chance starts at word k ('roughly even', 'about fifty fifty')."""
    return any(m.start == k for m in ESTIMATIVE_QUANTIFIERS.find(words, k, min(len(words), k + 5)))


_PUTTING = frozenset({"put", "puts", "putting", "place", "places", "placed", "placing"})
PUT_REACH = 20  # words from the noun to the 'at' of what it is put at ('the chances of … over the coming year at')


def _put_at(words: tuple[str, ...], n: int) -> Match | None:
    """'X puts the chances of Y at about fifty-fifty', 'put the prospect of Y at little better than nil': the noun's
    band is what it is put at; a quantifier 'better than' or 'worse than' another is read at the other ('little
    better than nil' is nil's, 'no better than even' even's)."""
    if not any(words[k] in _PUTTING for k in range(max(0, n - 3), n)):
        return None
    at = next((k for k in range(n + 1, min(len(words) - 1, n + PUT_REACH)) if words[k] == "at"), None)
    if at is None:
        return None
    found = ESTIMATIVE_QUANTIFIERS.find(words, at + 1, min(len(words), at + 7))
    if not found or found[0].start != at + 1:
        odds = _odds_after(words, at - 1)  # ('… at three in four')
        return None if odds is None else Match(n, odds.end, " ".join((words[n], "…", *words[at:odds.end])),
                                               odds.value)
    first = found[0]
    if words[first.end:first.end + 2] in (("better", "than"), ("worse", "than")) and len(found) > 1:
        first = Match(first.start, found[1].end, "", found[1].value)
    return Match(n, first.end, " ".join((words[n], "…", *words[at:first.end])), first.value)


def _chance_moved(words: tuple[str, ...], n: int) -> Match | None:
    """'X increases the likelihood of Y', 'had raised the prospect of Y': a chance a verb of change raises, followed
    by what it estimates. Y is not stated as fact: it leans likely (band 5). A chance lowered ('reduces the likelihood
    of account takeover') is left unread: it is most often a harm's, and its paraphrase denies the harm with no word
    of negation ('prevents account takeover'), which would read as the harm stated."""
    if not (2 <= n < len(words) - 1 and words[n + 1] == "of" and words[n - 1] == "the"):
        return None
    # ('also raised', 'further increased', 'significantly increases': past a word that only adds or stresses)
    at = n - 3 if words[n - 2] in ("also", "further") or DEGREE_ADVERBS.find((words[n - 2],)) else n - 2
    step = next((m.value for m in TRENDS.find(words, at, at + 1)), None) if at >= 0 else None
    if step is None or TREND_CLASSES[step] != "up":
        return None
    return Match(at, n + 1, " ".join(words[at:n + 1]), EXPECTED_BAND)


# Odds that lengthen or drift are laid against a thing, odds that shorten on it: 'the odds had lengthened on X' says
# X became less likely (band 3, as 'not expected' says), 'the odds have shortened on X', more (band 5).
_ODDS_DRIFT = {"lengthen": 3, "lengthened": 3, "lengthening": 3, "lengthens": 3, "drifted": 3, "shorten": 5,
               "shortened": 5, "shortening": 5, "shortens": 5}
_ODDS_NOUNS = frozenset({"odds", "chances", "chance", "prospects"})


def _odds_drifted(words: tuple[str, ...], n: int) -> Match | None:
    """'the odds (had) lengthened on X', 'the chances of X have shortened': the band the drift leaves X at."""
    if words[n] not in _ODDS_NOUNS:
        return None
    for k in range(n + 1, min(len(words), n + 1 + OF_REACH)):
        band = _ODDS_DRIFT.get(words[k])
        if band is not None:
            return Match(n, k + 1, " ".join(words[n:k + 1]), band)
        if words[k] in _PHRASE_BREAKS:
            return None
    return None


_UNWISE = frozenset({"unwise", "wrong", "premature", "imprudent", "rash", "mistake", "foolish", "hasty", "naive",
                     "naïve", "complacent", "unwilling", "reluctant", "loath", "loth"})  # ('unwilling to write off X')
_SUPPOSING = frozenset({"assume", "think", "believe", "suppose", "conclude", "presume", "say", "claim", "argue"})
_ASIDES = frozenset({"however", "though", "then", "moreover", "therefore", "of", "course", "nonetheless"})
SUPPOSED_REACH = 12  # words of the supposition, to its negation ('… to assume that wearing contacts does not affect')
UNWISE_DENIAL_BAND = 5  # 'it would be a mistake to assume X will not happen': X is likely enough to plan for
BET_AGAINST_BAND = 6  # 'it would be foolish to bet against X': X very likely


def _unwise_denial(s: Sentence, n: int) -> Match | None:
    """'It would be a mistake to assume that X does not affect Y', 'naive to think X will never happen': a denial
    called unwise to suppose affirms what it denies, as likely (5); the negation is the estimate's, not a reversal."""
    words = s.words
    if words[n + 1:n + 2] == ("to",) and words[n + 2:n + 4] in (("bet", "against"), ("wager", "against")):
        # 'it would be foolish to bet against unemployment increasing': X very likely
        return Match(n, n + 4, " ".join(words[n:n + 4]), BET_AGAINST_BAND)
    if words[n + 1:n + 2] != ("to",) or n + 2 >= len(words) or words[n + 2] not in _SUPPOSING:
        return None
    for k in range(n + 3, min(len(words), n + 3 + SUPPOSED_REACH)):
        # (a connective set off by commas is no clause's end: 'wrong to say, however, that X carry no cost')
        if any(ch in s.gaps[k] for ch in ",;:") and not (words[k] in _ASIDES or words[k - 1] in _ASIDES):
            return None
        if NEGATIONS.find(words, k, k + 1):
            return Match(n, k + 1, " ".join(words[n:k + 1]), UNWISE_DENIAL_BAND)
    return None


_HARD = frozenset({"hard", "difficult", "impossible", "tough"})
_IMAGINING = frozenset({"see", "imagine", "envisage", "envision", "conceive", "foresee", "believe", "picture"})
# What one cannot picture ('could not envisage', 'cannot imagine'): not 'see', which may be sight ('cannot see the
# password'), nor 'believe', which may be a refusal ('we do not believe that').
_PICTURING = frozenset({"imagine", "envisage", "envision", "conceive", "picture"})
_CANNOT = frozenset({"not", "cannot", "can't", "couldn't", "never", "hardly", "scarcely"})
_DENYING = frozenset({"not", "never"})
# A denial of what is doubted: 'not', or a verb of failing ('hard to see growth failing to firm')
_DOUBTED_DENIAL = _DENYING | {"fail", "fails", "failed", "failing"}
IMAGINED_REACH = 12  # words of the doubted clause to the denial of its verb ('… a path on which X was not required')


def _hard_to_see(s: Sentence, n: int, verb: int | None = None) -> Match:
    """'It is hard to see X easing' doubts X (unlikely, band 3; 'impossible to see', 'could not envisage', band 1);
    'hard to see X not easing', '… X failing to firm', 'hard to believe that X did not …' doubt its denial, so X is
    very likely (6; 'impossible to imagine X not …', 7). The match runs to the denial, which belongs to the
    estimate, not to the claim. `verb` is where the verb of picturing stands when not two words after n."""
    words = s.words
    verb = n + 2 if verb is None else verb
    impossible = words[n] == "impossible" or verb != n + 2
    neg = _denial_in_clause(s, verb + 1)
    if neg is not None:
        return Match(n, neg + 1, " ".join(words[n:neg + 1]), 7 if impossible else 6)
    return Match(n, verb + 1, " ".join(words[n:verb + 1]), 1 if impossible else 3)


_PAIRING = frozenset({"both", "between", "either"})
PAIRED_REACH = 3  # words from 'both' to the 'and' that closes the pair ('both CPI and', 'both headline and')


def _denial_in_clause(s: Sentence, lo: int) -> int | None:
    """Where the clause that opens at word `lo` is denied ('not', 'never', a verb of failing), None when it is not,
    looked for up to a comma or a conjunction that opens another clause."""
    words = s.words
    for k in range(lo, min(len(words), lo + IMAGINED_REACH)):
        # (a conjunction after 'both' or 'between' joins the parts of a noun phrase, not two clauses: 'if inflation
        # in both CPI and underlying terms did not decline')
        if k > lo and (any(ch in s.gaps[k] for ch in ",;:") or (words[k] in CLAUSE_CONJUNCTIONS and _PAIRING.isdisjoint(
                words[max(lo, k - PAIRED_REACH):k]))):
            return None
        if words[k] in _DOUBTED_DENIAL:
            return k
        if words[k] == "anything" and (words[k + 1:k + 3] == ("other", "than") or words[k + 1:k + 2] == ("but",)):
            return k + 1 + (words[k + 1] == "other")  # 'hard to imagine X being anything other than slower growth'
    return None


EVIDENCE_IS_BAND = 6  # 'the evidence is that X': as 'strong evidence that X'
_QUESTIONING = frozenset({"doubt", "question", "dispute", "challenge"})
_GROUNDS = frozenset({"reason", "reasons", "grounds", "cause", "basis"})
_FEW_GROUNDS = frozenset({"no", "little", "scant", "few"})

# What would astonish if it came about ('it would be astonishing if X'): a strong word, or a milder one
_SURPRISING = {"astonishing": 2, "amazing": 2, "extraordinary": 2, "staggering": 2, "startling": 2, "shocking": 2,
               "remarkable": 3, "surprising": 3, "odd": 3, "strange": 3, "unexpected": 3}


# The same said with a noun ('it would be a surprise if X'), stronger with a word of size ('a real surprise').
_SURPRISES = {"surprise": 3, "shock": 2, "astonishment": 2}
_SURPRISE_SIZES = frozenset({"real", "big", "great", "huge", "major", "genuine", "complete", "total"})


def _surprise_if(s: Sentence, n: int, value: int | None = None) -> Match:
    """'It would be astonishing if X' says X is very unlikely (2; 'surprising', unlikely, 3); '… if X did not
    happen' that X is very likely (7; 6). ('would not be surprising if' is listed, as likely.) `value`: the word's
    own, where it is not one of _SURPRISING ('a real surprise', 2)."""
    words = s.words
    value = _SURPRISING[words[n]] if value is None else max(2, value)
    neg = _denial_in_clause(s, n + 2)
    if neg is not None:
        return Match(n, neg + 1, " ".join(words[n:neg + 1]), 7 if value == 2 else 6)
    return Match(n, n + 2, " ".join(words[n:n + 2]), value)


def _expression(marks: list[Match], lo: int, hi: int) -> list[Match]:
    """The likelihood expression around words [lo, hi): touching markers plus their close neighbours."""
    core = [m for m in marks if m.start < hi + 1 and m.end > lo - 1] if hi == lo else [
        m for m in marks if m.start < hi and m.end > lo
    ]
    if not core:
        return []
    a = min(m.start for m in core) - CLUSTER_REACH
    b = max(m.end for m in core) + CLUSTER_REACH
    return [m for m in marks if m.start < b and m.end > a]


def _band(expr: list[Match]) -> int | None:
    """An estimative word outranks a bare modal it qualifies ('will probably' is 'probably')."""
    if not expr:
        return None
    specific = [m for m in expr if m.phrase not in MODALS]
    return (specific or expr)[0].value


def _phrase(s: Sentence, expr: list[Match], r_lo: int, r_hi: int) -> str:
    lo = min([m.start for m in expr] + [r_lo])
    hi = max([m.end for m in expr] + [r_hi])
    return span(s, lo, hi)


_GLUE = frozenset({"is", "are", "was", "were", "be", "to", "it", "that", "as", "have", "has", "had", "been", "do",
                   "does", "did"})
# Adverbs that ride along with an estimate put in or taken out ('combine' → 'may in fact combine', 'may well',
# 'could also'): they stress the estimate, they do not make the inserted words a clause of their own.
_ALONG = frozenset({"in", "fact", "indeed", "actually", "well", "also", "even", "still", "really", "then"})


# Words that grant an ability as 'can' does ('is able to detect', 'allows capture of', 'enables the model to').
_ENABLING = frozenset({"able", "allow", "allows", "allowed", "allowing", "enable", "enables", "enabled", "enabling",
                       "let", "lets", "letting", "permit", "permits", "permitted", "permitting"})


def _only_estimate(d: PairDiff, r: Region, marks: list[Match]) -> bool:
    """The words inserted or deleted are the estimative phrase itself ('are likely to warrant' → 'warrant',
    'intervene' → 'could intervene'), not a clause that happens to hold one."""
    s, lo, hi = (d.old, r.i1, r.i2) if r.j1 == r.j2 else (d.new, r.j1, r.j2)
    covered = {i for m in marks for i in range(m.start, m.end)}
    return all(i in covered or s.words[i] in _GLUE or s.words[i] in _ALONG for i in range(lo, hi)) and any(
        i in covered for i in range(lo, hi))


_GOVERNED = frozenset({"that", "of", "for", "about"})  # 'little chance that X will ...', 'some chance of X happening'
# ('nothing implausible about X being exploited')
_SIDING = frozenset({"against", "favour", "favor", "favours", "favors"})  # 'the odds are against X happening'


def governing(s: Sentence) -> Match | None:
    """An estimate that qualifies the whole proposition it introduces or closes: an estimative noun with its
    quantifier followed by 'that'/'of' ('there is little chance that X will happen'), or a negated exclusion
    ('it cannot be ruled out that X', 'X cannot be excluded'). The modals inside the proposition ('will') are
    part of what is estimated, not estimates of their own."""
    for m in composed_markers(s):
        if m.end - m.start == 1 and s.words[m.start] in BARE_ESTIMATIVE_NOUNS:
            continue  # 'plan for the possibility that X' names a possibility; it does not estimate the sentence
        if _conceded_at(s, m.start) and any("," in s.gaps[k] for k in range(m.end, len(s.words))):
            continue  # 'notwithstanding strong prospects for growth, confidence could weaken': conceded before the
            # claim, not what it claims ('…, although the chances of X were slim' estimates X, and ends it)
        exclusion = bool(EXCLUSIONS.find(s.words, m.start, m.end)) or (
            s.words[max(m.start, m.end - 4):m.end] == _OUT_OF_QUESTION)  # 'X is not out of the question'
        inside = s.words[m.start] in ESTIMATIVE_NOUNS and m.end - m.start > 2 and (
            s.words[m.start + 1] in _GOVERNED or s.words[m.start:m.start + 2] == ("odds", "on"))
        # 'the odds are against the path remaining bumpy', 'the odds favour a cut': the quantifier takes the clause
        sided = s.words[m.end - 1] in _SIDING and m.end < len(s.words)
        # 'there is a fair chance it will …': the clause follows the noun without its 'that'
        bare = s.words[m.end - 1] in ESTIMATIVE_NOUNS and m.end < len(s.words) and "there" in s.words[
            max(0, m.start - 3):m.start]
        if exclusion or inside or sided or bare or (m.end < len(s.words) and s.words[m.end] in _GOVERNED):
            # 'the odds of X happening are poor' holds its proposition inside; an idiom listed whole ('a safe bet
            # that X') is read at its own band, not at the band of its article
            return next((x for x in LIKELIHOOD.find(s.words, m.start, m.end)
                         if (x.start, x.end) == (m.start, m.end)), m)
    if s.words[:1] == ("whether",) and (open_ := _open_question(s)) is not None:
        return open_
    for m in LIKELIHOOD.find(s.words):
        # 'It is a long shot that X will …', 'it is unlikely that X can …': an estimate predicated of the 'that'
        # clause after it governs the clause ('it is possible that' is listed with its 'that').
        at = m.start - 1 if m.start >= 1 and s.words[m.start - 1] != "more" else m.start - 2  # 'was more likely'
        while at > 0 and s.words[at].endswith("ly") and s.words[at] not in _COPULAS:
            at -= 1  # 'the odds are roughly fifty-fifty that X'
        if m.phrase not in MODALS and at >= 0 and s.words[at] in _COPULAS and (
                m.phrase.endswith(" that") or (m.end < len(s.words) and s.words[m.end] in ("that", "whether"))):
            return m  # ('it was a toss-up whether X …')
        if m.phrase.endswith(" that") and not FINITE_BE.isdisjoint(m.phrase.split()[:-1]):
            return m  # a frame that is itself a clause ('the odds are that X', 'it is clear that X') governs X
        if m.phrase.split()[-1] in _SIDING and m.end < len(s.words) and "odds" in m.phrase.split():
            return m  # 'the odds tilt against such systems doing so': the odds take the clause after them
        if m.phrase.endswith(" is on") and m.end < len(s.words):
            return m  # 'the smart money is on the next call writing past the buffer': what the money is on
        if m.start <= 1 and m.phrase not in MODALS and "if" in s.words[m.end:m.end + IF_REACH] and (
                m.start == 0 or s.words[0] == "it"):
            return m  # 'It would not surprise the Board if X …': the estimate of what the 'if' clause says
        if s.words[0] in ("whether", "that") and m.phrase not in MODALS and at > 1 and s.words[at] in _COPULAS:
            # 'Whether X falls further is a toss-up', 'That exploitation is already under way is not far-fetched':
            # predicated of the clause that opens the sentence
            return m
        if m.start == 0 and m.end < len(s.words) and "," in s.gaps[m.end] and m.phrase not in MODALS:
            return m  # 'More often than not, exploitation allows …', 'In all likelihood, …': set before the clause
        if m.start <= 1 and s.words[:m.start] in ((), ("only",)) and m.phrase not in MODALS and (
                s.words[m.end:m.end + 1] and s.words[m.end] in _INVERTED):
            return m  # 'Only in a small minority of cases would exploitation result in …': fronted, the verb inverted
        if _likeliest_outcome(s, m):
            return m  # 'The most likely outcome of triggering it is that the task crashes': what the outcome is
    return None


# Nouns for what comes of a thing ('the most likely outcome is that X', 'the probable result is a crash').
_OUTCOMES = frozenset({"outcome", "outcomes", "result", "results", "scenario", "consequence", "consequences",
                       "effect", "explanation", "path", "course", "reading", "interpretation"})


def _likeliest_outcome(s: Sentence, m: Match) -> bool:
    """'The (most) likely outcome (of X) is (that) Y', 'The likeliest reading is that Y': the estimate names an
    outcome, and the copula says which — Y is estimated as the adjective says."""
    words = s.words
    if m.phrase not in ("likely", "probable", "likeliest") or m.end >= len(words) or words[m.end] not in _OUTCOMES:
        return False
    head = words[max(0, m.start - 2):m.start]
    if not (head[-1:] == ("the",) or head in (("the", "most"), ("the", "more"))):
        return False
    return any(w in _COPULAS for w in words[m.end + 1:m.end + 1 + OF_REACH])


# What a sentence opening on 'Whether X …' says of X when it leaves it open: it depends, it is not yet known.
_OPEN_PREDICATES = (("will", "depend"), ("depends",), ("depend",), ("remains", "to", "be", "seen"),
                    ("remain", "to", "be", "seen"), ("is", "unclear"), ("is", "uncertain"), ("is", "not", "known"),
                    ("is", "an", "open", "question"), ("is", "undecided"))
OPEN_QUESTION = 3  # the band of a proposition left open: it asserts less than a possibility ("may") does


def _open_question(s: Sentence) -> Match | None:
    """'Whether further tightening is required will depend upon the data', 'Whether a cut is needed remains to be
    seen': the 'whether' clause is left open, an estimate at the middle of the scale that governs it (its 'is
    required' is not stated as fact)."""
    words = s.words
    for k in range(2, len(words)):
        for p in _OPEN_PREDICATES:
            if words[k:k + len(p)] == p:
                return Match(0, 1, " ".join(("whether", "…", *p)), OPEN_QUESTION)
    return None


_INVERTED = frozenset({"would", "could", "can", "will", "does", "do", "did", "is", "are", "was", "were", "has", "have",
                       "might", "may", "should"})
IF_REACH = 4  # words between an estimate opening the sentence and the 'if' of what it estimates ('the Board if')
_COPULAS = frozenset({"is", "was", "it's", "seems", "seemed", "appears", "appeared", "looks", "remains", "be"})


def _sentence_band(s: Sentence, marks: list[Match], other: Sentence,
                   spans: list[tuple[int, int]]) -> tuple[int, tuple[str, ...]]:
    g = governing(s)
    if g is not None:
        return g.value, (g.phrase,)
    # The estimate the edit touched ('will likely lead' → 'it cannot be dismissed that … will lead'), before the
    # first one of the sentence ('Perhaps most excitingly, …' qualifies the excitement, not the outcome).
    touched = list(dict.fromkeys(m for lo, hi in spans for m in _expression(marks, lo, hi)))
    if touched:
        return _band(sorted(touched, key=lambda m: m.start)) or ASSERTED, tuple(m.phrase for m in touched[:3])
    if not marks:
        # 'These vulnerabilities are not exploitable remotely': a plain denial is certain the other way. A
        # negation the other side keeps ('X do not know' → 'some chance that X do not know') belongs to the
        # proposition both estimate, not to the estimate.
        if len(_denials(s)) > len(_denials(other)):
            return 1, ("stated as not so",)
        # ('Recent information suggests that X' → '… gives no real grounds to question that X': a weak verb of
        # evidence the other side lacks leans, as in a changed stretch)
        theirs = {m.phrase for m in EVIDENCE.find(other.words)}
        leaning = [m for m in EVIDENCE.find(s.words) if m.phrase not in theirs]
        if leaning and leaning[0].value <= EVIDENCE_LEANS:
            return _evidenced(s, leaning[0].start, leaning[0].end), (leaning[0].phrase,)
        return ASSERTED, ()
    return _band(marks) or ASSERTED, tuple(m.phrase for m in marks[:3])


def _denials(s: Sentence) -> list[Match]:
    """The negations of a sentence outside its estimates ('cannot' in 'cannot be ruled out', 'not' in 'not
    far-fetched' are part of the estimate) and outside a clause of concession ('Although none has been reported,
    exploitation cannot be written off': what is conceded is not what the sentence claims)."""
    composed = composed_markers(s) + LIKELIHOOD.find(s.words)  # ('is not far-fetched': the estimate's own 'not')
    return [m for m in NEGATIONS.find(s.words) if not any(c.start <= m.start < c.end for c in composed)
            and not _conceded_at(s, m.start) and not _how_often_denied(s.words, m.start)]


def _how_often_denied(words: tuple[str, ...], at: int) -> bool:
    """The negation at `at` opens a phrase of how often ('not uncommon', 'not out of the ordinary'): litotes, a
    frequency stated, not a claim denied."""
    return any(" ".join(words[at:at + k]) in FREQUENCY for k in range(2, FREQUENCY_WORDS + 1))


FREQUENCY_WORDS = max(len(p.split()) for p in FREQUENCY)  # the longest phrase of how often, in words


_CONCEDING = frozenset({"although", "though", "albeit", "whilst", "despite", "notwithstanding"})


def _conceded_at(s: Sentence, at: int) -> bool:
    """Word `at` stands in a clause of concession: one opened by 'although' and the like, up to its comma."""
    for k in range(at, -1, -1):
        if s.words[k] in _CONCEDING:
            return True
        if k < at and any(ch in s.gaps[k + 1] for ch in ",;:"):
            return False
    return False


def _resized(d: PairDiff, seen: list[Match], old: bool) -> bool:
    """'a moderate risk of flooding' → 'a high risk of flooding', 'the risk of escalation is high' → '… is
    moderate': a noun of risk or evidence both versions keep, its size said in words the scale has on one side
    only. The size moved (the polarity detector reads it), not a chance set against a plain fact."""
    s, other = (d.old, d.new) if old else (d.new, d.old)
    if any(s.words[m.start] in _DENYING for m in seen):
        return False  # ('found no evidence of wrongdoing' → 'found evidence of wrongdoing': denied, then stated)
    nouns = {w for m in seen for w in s.words[m.start:m.end] if w in PROPOSITION_NOUNS}
    return bool(nouns) and not composed_markers(other) and not nouns.isdisjoint(other.words)


_DENYING = frozenset({"no", "not", "without", "never"})  # what opens a noun of chance or evidence that it denies


# What _governed_change says when both sentences, read as wholes, estimate their first clause at the same band and
# every edit falls in that clause: no likelihood moved, whatever a region read alone would say.
UNMOVED = Finding("likelihood", "low", None, (), (), "likelihood unmoved")


def _governed_change(d: PairDiff, old_marks: list[Match], new_marks: list[Match], g_old: Match | None,
                     g_new: Match | None) -> Finding | None:
    """When either side is a governed proposition, the sentences' likelihood is the governing estimate's (or,
    on a side without one, its own estimate): compare the two sentences as wholes."""
    if g_old is None and g_new is None:
        return None
    one = g_new if g_old is None else g_old if g_new is None else None
    if one is not None and _resized(d, [one], old=g_old is not None):
        return None
    # (an estimate that opens the sentence governs its first clause: on the other side, an estimate in a later
    # clause, '…, and it could therefore have included …', is said of something else)
    if g_old is None and g_new is not None and g_new.start == 0:
        old_marks = [m for m in old_marks if m.start < _first_clause_end(d.old)]
    elif g_new is None and g_old is not None and g_old.start == 0:
        new_marks = [m for m in new_marks if m.start < _first_clause_end(d.new)]
    b_old, t_old = _sentence_band(d.old, old_marks, d.new, [(r.i1, r.i2) for r in d.regions])
    b_new, t_new = _sentence_band(d.new, new_marks, d.old, [(r.j1, r.j2) for r in d.regions])
    moved = _moved_between(b_old, b_new, t_old, t_new)
    if moved is None and b_old == b_new:
        end_old, end_new = _first_clause_end(d.old), _first_clause_end(d.new)
        if all(r.i1 < end_old and r.j1 < end_new for r in d.regions):
            return UNMOVED
    return moved


def _first_clause_end(s: Sentence) -> int:
    """Where the sentence's first clause ends: at a semicolon, or a comma before a conjunction that opens another
    ('…, and it could therefore …'); the sentence's end when there is none."""
    for k in range(1, len(s.words)):
        if ";" in s.gaps[k] or ("," in s.gaps[k] and s.words[k] in CLAUSE_CONJUNCTIONS):
            return k
    return len(s.words)


_RULED_OUT = frozenset({"impossible", "inconceivable", "unthinkable", "unimaginable", "unheard", "improbable",
                        "implausible", "unlikely", "question", "possibility", "fetched", "fanciful", "incapable",
                        "unable"})


def _conceded(phrases: Iterable[str], band: int) -> bool:
    """A possibility granted only by denying that it is ruled out ('cannot be excluded', 'not inconceivable', 'not
    beyond the bounds of possibility', 'not unlikely'): litotes, which readers place below a possibility stated
    outright ('may', 'could', 'possible'), though both sit in the middle band."""
    if band != POSSIBLE_BAND:
        return False
    for p in phrases:
        words = p.replace("-", " ").split()
        if _DENIED_BY.isdisjoint(words) and _UNWISE.isdisjoint(words):
            continue  # ('it would be hasty to dismiss', 'unwise to rule out': a warning against excluding it)
        if not _RULED_OUT.isdisjoint(words) or EXCLUSIONS.find(tuple(words)):
            return True
    return False


# Words that deny a ruling-out ('cannot be excluded', 'not inconceivable'); 'far' and 'nothing' deny it too.
_DENIED_BY = _DENIERS | {"cannot", "can't", "no", "couldn't"}


def _moved_between(b_old: int, b_new: int, t_old: tuple[str, ...], t_new: tuple[str, ...],
                   unsaid: str = "stated as fact") -> Finding | None:
    """The likelihood moved from band b_old (said by the phrases t_old) to b_new: up or down, high for two bands or
    more; None when the band is the same (unless one side only concedes the possibility the other states). A side
    with no phrase is named `unsaid`."""
    delta = b_new - b_old
    if delta == 0:
        return _conceded_move(b_old, t_old, t_new)
    direction: Direction = "up" if delta > 0 else "down"
    severity: Severity = "high" if abs(delta) >= 2 else "medium"
    before, after = " / ".join(t_old) or unsaid, " / ".join(t_new) or unsaid
    return Finding("likelihood", severity, direction, t_old, t_new,
                   f"likelihood {direction} {bands(delta)}: '{before}' → '{after}'")


def _within_band(phrases: tuple[str, ...], band: int) -> int:
    """How much a side says within its band, where readers rank its phrases: a possibility only conceded by denying
    it is ruled out ('not inconceivable', 'by no means unlikely') says least (0); 'can' alone in the band above a
    possibility, what a thing is able to do ('this can crash', 'can undermine privacy'), which readers place above
    'may' or 'could' but below an estimate of that band ('it is odds-on that this crashes', 'a considerable
    probability that it undermines'), says more (1), as does an estimate of that band qualified by 'may', 'might' or
    'could' ('could be expected to'); anything else, most (2). A hedge of appearance ('appears to')
    is not an estimate, and is not ranked above 'can' (it keeps 1 beside it). In the middle band, a possibility
    graded as real ('a real possibility', 'a fair prospect', 'an appreciable likelihood') says that it is more than
    merely possible, above 'may', 'could' or 'it is possible that' (3), as does a low estimate denied ('not
    unlikely', 'hardly improbable'; 'not impossible' only concedes)."""
    if band not in (POSSIBLE_BAND, POSSIBLE_BAND + 1):
        return 2
    if band == POSSIBLE_BAND and phrases and all(_improbability_denied(p) for p in phrases):
        return 3  # ('not unlikely', 'hardly improbable': more than merely possible, as a real possibility is)
    if _conceded(phrases, POSSIBLE_BAND):
        return 0
    if band == POSSIBLE_BAND + 1 and (all(p.split()[0] == "can" or p in HEDGES for p in phrases) or (
            len(phrases) > 1 and not _MAY.isdisjoint(phrases))):
        return 1  # ('could be expected to': an estimate itself qualified as only possible says less than alone)
    if band == POSSIBLE_BAND and any(_graded(p.split()) for p in phrases):
        return 3
    return 2


def _improbability_denied(phrase: str) -> bool:
    """'not unlikely', 'hardly improbable': a low estimate denied, which readers place above a possibility stated
    outright ('may'), unlike an impossibility denied ('not impossible', 'cannot be ruled out'), which they place
    below it."""
    words = phrase.replace("-", " ").split()
    return not _DENIED_BY.isdisjoint(words) and not _IMPROBABLE.isdisjoint(words) and (
        _RULED_OUT - _IMPROBABLE).isdisjoint(words)


_IMPROBABLE = frozenset({"unlikely", "improbable"})  # the low estimates of the scale, short of impossibility
_MAY = frozenset({"may", "might", "could"})  # modals of possibility
# Adjectives that grade a possibility as one to reckon with ('a real possibility', 'a fair chance', 'a distinct
# prospect'), not the article or 'some' that only names one.
_GRADING = frozenset({"real", "realistic", "distinct", "genuine", "fair", "reasonable", "appreciable", "serious",
                      "definite", "tangible"})


def _graded(words: list[str]) -> bool:
    """Words (an estimate's phrase) that grade an estimative noun: 'a real possibility', 'an appreciable
    likelihood'."""
    return len(words) >= 2 and words[-1] in ESTIMATIVE_NOUNS and words[-2] in _GRADING


def _conceded_move(band: int, t_old: tuple[str, ...], t_new: tuple[str, ...]) -> Finding | None:
    """The same band on both sides, but one side says less than the other within it (_within_band): it only
    concedes the possibility the other states ('may need' → 'it is not inconceivable that … will need'), or says
    only what can happen where the other estimates that it will ('can crash' → 'it is odds-on that … crashes'): a
    step down towards the weaker one (up away from it)."""
    if not t_old or not t_new:
        return None
    a, b = _within_band(t_old, band), _within_band(t_new, band)
    if a == b:
        return None
    direction: Direction = "down" if b < a else "up"
    before, after = " / ".join(t_old), " / ".join(t_new)
    if min(a, b) == 0:
        how = "now only conceded" if direction == "down" else "now stated, not only conceded"
    elif max(a, b) == 3:
        how = "no longer graded as a real possibility" if direction == "down" else "now graded as a real possibility"
    else:
        how = "now only what can happen" if direction == "down" else "now estimated, not only said to be possible"
    return Finding("likelihood", "medium", direction, t_old, t_new,
                   f"likelihood {direction} within {'the middle' if band == POSSIBLE_BAND else 'one'} band ({how}): "
                   f"'{before}' → '{after}'")


# Verbs that state an intention or expectation of one's own ('plans to review', 'aims to release', 'hopes to'): what
# 'will' states as coming.
_INTENDS = PLANNING_VERBS | {"hope", "hopes", "seek", "seeks", "want", "wants"}


def _commitment_to_intent(d: PairDiff) -> Finding | None:
    """'The team will review the repositories' → 'The team plans to review …', 'The vendor will release a fix' →
    '… aims to release a fix': what was stated as coming is now only intended or expected, the sentence's one edit
    (besides a 'will' of a verb joined to it, now its 'to': '… and will turn on X' → '… and to turn on X'); `down`,
    and the reverse `up`."""
    if not d.regions:
        return None
    r = d.regions[0]
    old_w, new_w = d.old.words[r.i1:r.i2], d.new.words[r.j1:r.j2]
    for said, intended, up in ((old_w, new_w, False), (new_w, old_w, True)):
        pair = (("to",), ("will",)) if up else (("will",), ("to",))
        joined = all((d.old.words[x.i1:x.i2], d.new.words[x.j1:x.j2]) == pair for x in d.regions[1:])
        if said == ("will",) and len(intended) == 2 and intended[0] in _INTENDS and intended[1] == "to" and joined:
            how = "now stated as coming" if up else "now only intended or expected"
            return Finding("likelihood", "medium", "up" if up else "down", old_w, new_w,
                           f"{how}: '{span(d.old, r.i1, r.i2, pad=1)}' → '{span(d.new, r.j1, r.j2, pad=1)}'")
    return None


def _how_often(d: PairDiff) -> Finding | None:
    """A word or phrase of how often a thing holds put for another of another step, here or elsewhere in the
    sentence, nothing else changed ('always involves' → 'typically involves', 'sometimes fails' → 'often fails',
    'is always sent' → 'is now and then sent'): the claim holds in more or fewer cases, up or down."""
    # the words only one version has, wherever they stand ('usually verified' → 'verified from time to time')
    old_w = tuple(w for r in d.regions for w in d.old.words[r.i1:r.i2])
    new_w = tuple(w for r in d.regions for w in d.new.words[r.j1:r.j2])
    # ('always' → 'now and then': a phrase is a step too; 'only' before it narrows what it says, 'often fails' →
    # 'only on the odd occasion fails')
    before, after = _without_only(" ".join(old_w)), _without_only(" ".join(new_w))
    if (before not in FREQUENCY or after not in FREQUENCY) and not _bare_to_often(before, after):
        # ('Often X supports' → 'It is not unknown for X to support': how often, said through an empty 'it')
        before, after = _unframed(old_w, new_w), _unframed(new_w, old_w)
        if (before not in FREQUENCY or after not in FREQUENCY) and not _bare_to_often(before, after):
            return _often_as_share(d)
    if before and after:
        a, b = FREQUENCY[before], FREQUENCY[after]
        if a == b:
            return None
        step: Direction = "up" if b > a else "down"
    else:
        # A bare claim holds in every case it names: a phrase below 'almost always' put in says fewer (down), and so
        # does a word of the top approximated ('nearly always', 'almost invariably': the exceptions it admits); one at
        # the top, 'with scarcely an exception', 'without fail', says so in words, stressed (up); taken out, the reverse
        said = before or after
        # ('with few exceptions', 'with rare exceptions': exceptions named in the plural are admitted; 'with scarcely
        # an exception' denies there is one)
        fewer = FREQUENCY[said] < NEARLY_ALWAYS or said.startswith(_APPROXIMATED) or said.endswith(" exceptions")
        step = "down" if fewer == bool(after) else "up"
    return Finding("likelihood", "medium", step, old_w, new_w,
                   f"said to hold {'more' if step == 'up' else 'less'} often: '{before or 'no word of how often'}' → "
                   f"'{after or 'no word of how often'}'")


_APPROXIMATED = tuple(f"{a} " for a in APPROXIMATORS)  # how a phrase of the top approximated opens ('nearly ')
NEARLY_ALWAYS = 4.5  # 'almost always', 'with scarcely an exception': at the top of the scale, said in words


def _bare_to_often(before: str, after: str) -> bool:
    """A phrase of how often put into a claim that had none, or taken out of it ('will have a lower impact' → 'will,
    by and large, have a lower impact'): the claim goes from every case to those the phrase names, or back. Not a
    hedge of generality alone ('usually'), which the hedge frame reads."""
    said = after if not before else before if not after else ""
    # (a single word that is one of Hyland's hedges of generality, 'typically', 'usually', 'mostly', is read as the
    # hedge it is: a nuance, low; a phrase of how often is a claim's reach stated)
    return bool(said) and said in FREQUENCY and said not in HEDGES


def _without_only(phrase: str) -> str:
    """A phrase of how often without the 'only' in front of it ('only on the odd occasion' → 'on the odd occasion')."""
    return phrase[5:] if phrase.startswith("only ") and phrase[5:] in FREQUENCY else phrase


_OFTEN_FRAME = frozenset({"it", "is", "was", "for", "to"})  # 'it is … for X to': the frame of a word of how often


def _unframed(words: tuple[str, ...], other: tuple[str, ...]) -> str:
    """The changed words without those of the frame 'it is … for X to' that carries a word of how often, nor the
    verb the frame put in its plain form ('ships' → 'to ship')."""
    return " ".join(w for w in words if w not in _OFTEN_FRAME and not any(number_pair(w, x) for x in other))


# A share of the cases or of a set on the scale of how often (rarely 1 … always 5): 'in the great majority of cases'
# says what 'usually' says, 'a small minority of users' what 'rarely' does.
_SHARE_AS_OFTEN = {1: 1, 2: 1, 3: 2, 4: 3, 5: 4, 6: 4, 7: 5}
_SET_AS_OFTEN = {1: 1, 2: 2, 3: 3, 4: 4, 5: 4, 6: 5}


def _often_as_share(d: PairDiff) -> Finding | None:
    """A word of how often taken out and a share put in its stead, nothing else changed ('these measures often
    create inconvenience' → '… create inconvenience in the great majority of cases', 'users often work around these
    restrictions' → 'a small minority of users work around …'), or the reverse: the claim now holds in more or
    fewer cases."""
    only_old = [w for r in d.regions for w in d.old.words[r.i1:r.i2]]
    only_new = [w for r in d.regions for w in d.new.words[r.j1:r.j2]]
    for often_w, share_s, share_regions in ((only_old, d.new, [(r.j1, r.j2) for r in d.regions if r.j2 > r.j1]),
                                             (only_new, d.old, [(r.i1, r.i2) for r in d.regions if r.i2 > r.i1])):
        often = " ".join(often_w)
        if often not in FREQUENCY or len(share_regions) != 1:
            continue
        lo, hi = share_regions[0]
        share = _share_in(share_s.words, lo, hi)
        if share is None:
            continue
        often_old = share_s is d.new  # the word of how often was the old version's, the share is the new one's
        a, b = (FREQUENCY[often], share) if often_old else (share, FREQUENCY[often])
        phrase = span(share_s, lo, hi)
        before, after = (often, phrase) if often_old else (phrase, often)
        if a == b:  # 'usually results' → 'nine times out of ten, results': as often, put another way
            return Finding("likelihood", "low", None, (before,), (after,),
                           f"said to hold as often, in other words: '{before}' → '{after}'")
        step: Direction = "up" if b > a else "down"
        return Finding("likelihood", "medium", step, (before,), (after,),
                       f"said to hold {'more' if step == 'up' else 'less'} often: '{before}' → '{after}'")
    return None


def _share_in(words: tuple[str, ...], lo: int, hi: int) -> int | None:
    """The changed words [lo, hi) are a share and no more: of the cases ('in the great majority of cases', how
    often by its band) or of a set ('a small minority of', 'nearly all'), on the scale of how often."""
    if words[lo] == "in" and (m := _share_of_cases(words, lo)) is not None and m.end == hi:
        return _SHARE_AS_OFTEN.get(m.value)
    lead = lo + (words[lo] in ("on", "in")) + (words[lo + 1:lo + 2] in (("about",), ("roughly",), ("around",)))
    if lead < hi and (m := _occasion_odds(words, lead)) is not None and m.end == hi:
        return _SHARE_AS_OFTEN.get(m.value)  # 'nine times out of ten', 'on roughly one attempt in three'
    k = lo + (words[lo] in ("only", "just"))
    found = [m for m in SCOPE_QUANTIFIERS.find(words, k, hi) if m.start == k and m.end == hi]
    return _SET_AS_OFTEN.get(found[0].value) if found else None


_IF = frozenset({"if", "should", "unless"})
_WHEN = frozenset({"when", "once", "whenever"})


def _condition_to_time(d: PairDiff) -> Finding | None:
    """'If future algorithms can summarize X, …' → 'When algorithms can summarize X, …': what was a condition is now
    expected to happen, only its time open (up); 'when' → 'if', down. The word opens the sentence or a clause."""
    for r in d.regions:
        old_w, new_w = d.old.words[r.i1:r.i2], d.new.words[r.j1:r.j2]
        if not old_w or not new_w or not (r.i1 == 0 or any(ch in d.old.gaps[r.i1] for ch in ",;:")):
            continue
        a, b = old_w[0], new_w[0]
        if (a in _IF and b in _WHEN) or (a in _WHEN and b in _IF and b != "should"):
            step: Direction = "up" if b in _WHEN else "down"
            return Finding("likelihood", "medium", step, (a,), (b,),
                           f"a condition {'now expected' if step == 'up' else 'no longer expected'}: "
                           f"'{span(d.old, r.i1, r.i2, pad=1)}' → '{span(d.new, r.j1, r.j2, pad=1)}'")
    return None


def detect_likelihood(d: PairDiff) -> Finding | None:
    """Likelihood moved along the band scale inside a changed region (up, down, and by how many bands)."""
    timed = _condition_to_time(d)
    if timed is not None:
        return timed
    found = _how_often(d) or _commitment_to_intent(d)
    if found is not None:
        return found
    old_marks, new_marks = _markers(d.old), _markers(d.new)
    if not old_marks and not new_marks:
        return None
    if modal_swap(d) is not None:
        return None  # 'should receive' → 'may receive': advice softened, read by the recommendation detector
    if all((r.i1 == r.i2) != (r.j1 == r.j2) and set(d.old.words[r.i1:r.i2] + d.new.words[r.j1:r.j2]) <= _ASPECT
           for r in d.regions):
        return None  # 'is expected' → 'is still expected': an estimate the phrase table no longer sees whole
    if _estimate_to_latitude(d, old_marks, new_marks):
        return None  # 'the team is likely to use X' → 'the team may use X': now latitude, not a fact stated
    if _may_in_capitals(d, old_marks, new_marks):
        return None  # '- May be sent to a telephone' → '- The CSP MAY send the code to a telephone': the same 'may'
    g_old, g_new = governing(d.old), governing(d.new)  # (each sentence's, read once)
    governed = _governed_change(d, old_marks, new_marks, g_old, g_new)
    if governed is UNMOVED:
        return None  # 'X will probably attack' → 'It is likely that X will attack': the same band, said as a frame
    if governed is not None:
        return governed
    if any(g is not None and g.phrase.startswith("whether") for g in (g_old, g_new)):
        return None  # a proposition left open on one side, at the band of the other's estimate: read as a whole
    if sorted(m.phrase for m in old_marks) == sorted(m.phrase for m in new_marks) and (
            g_old is not None or g_new is not None):
        return None  # 'It is likely that the Fed will cut' → 'The Fed will likely cut': the same estimate, moved
    moved = _moved_estimate(d, old_marks, new_marks) or _denial_conceded(d, old_marks, new_marks)
    if moved is not None:
        return moved
    best: Finding | None = None
    for r in _merged(d.regions, old_marks, new_marks):
        f = _region_likelihood(d, r, old_marks, new_marks)
        if f is not None and (best is None or f.rank() < best.rank()):
            best = f
    return best or _restated_estimate(d, old_marks, new_marks)


def _may_in_capitals(d: PairDiff, old_marks: list[Match], new_marks: list[Match]) -> bool:
    """One side's only estimate is 'may', the other's none, and that other side says 'MAY' in the capitals of a
    requirement keyword: the same word, written as the keyword it was meant as (latitude granted), not an estimate
    set against a fact."""
    for marks, other, other_marks in ((old_marks, d.new, new_marks), (new_marks, d.old, old_marks)):
        if marks and all(m.phrase == "may" for m in marks) and not other_marks and any(
                k.phrase == "may" for k in requirement_keywords(other)):
            return True
    return False


_CONTRASTS = frozenset({"but", "yet", "however"})


def _denial_conceded(d: PairDiff, old_marks: list[Match], new_marks: list[Match]) -> Finding | None:
    """'No known public exploitation of X has been reported.' → 'Public exploitation of X is a near certainty within
    the year, though none has been reported.': the denial became a concession ('though none …') and the claim is now
    estimated; from 'stated as not so' (band 1) to the estimate's band (and back, the other way round)."""
    for denied, estimated, marks, old_side in ((d.old, d.new, new_marks, True), (d.new, d.old, old_marks, False)):
        if not marks or (old_marks if old_side else new_marks) or not _denials(denied):
            continue
        main = [m for m in marks if not _conceded_at(estimated, m.start) and m.phrase not in MODALS]
        negations = NEGATIONS.find(estimated.words)
        conceded_denial = any(_conceded_at(estimated, m.start) for m in negations)
        if main and not conceded_denial and negations:
            # The denial kept, and the estimate set against it after 'but' ('No exploitation has been reported, but
            # exploitation is likely'): the denial is conceded as surely as by 'though none has been reported'.
            first = negations[0].end
            main = [m for m in main if any(w in _CONTRASTS for w in estimated.words[first:m.start])]
            conceded_denial = bool(main)
        if main and not negations and _denied_thing_estimated(denied, estimated):
            # No denial left at all, the thing it denied now estimated ('No known public exploits specifically target
            # this vulnerability.' → 'A public exploit for this vulnerability is a sure thing before the year is out.')
            conceded_denial = True
        if not main or not conceded_denial:
            continue
        said = (main[0].phrase,)
        b_old, b_new, t_old, t_new = (1, main[0].value, (), said) if old_side else (main[0].value, 1, said, ())
        found = _moved_between(b_old, b_new, t_old, t_new, unsaid="stated as not so")
        if found is not None:
            return found
    return None


def _denied_thing_estimated(denied: Sentence, estimated: Sentence) -> bool:
    """What the denial's first negation denies ('exploits' in 'No known public exploits …') is named, in some form, in
    the sentence that now estimates it."""
    first = _denials(denied)[0]
    at = negated_head(denied, first.end)
    if at is None:
        return False
    stem = denied.words[at][:STEM]
    return len(stem) == STEM and any(w.startswith(stem) for w in estimated.words)


def _moved_estimate(d: PairDiff, old_marks: list[Match], new_marks: list[Match]) -> Finding | None:
    """One estimate taken out in one place and another put in elsewhere in the sentence ('The process may require
    X' → 'In all likelihood the process requires X'): the sentence's estimate moved from the one to the other,
    neither is set against a plain statement. Both edits small, and neither estimate kept by the other side."""
    regions = _merged(d.regions)
    olds = _beside_tense([(r, x) for r in regions if (x := _expression(old_marks, r.i1, r.i2))])
    news = _beside_tense([(r, x) for r in regions if (x := _expression(new_marks, r.j1, r.j2))])
    if len(olds) != 1 or len(news) != 1 or olds[0][0] == news[0][0] or not (
            _small(d, *olds[0]) and _small(d, *news[0])):
        return None
    ex_old, ex_new = olds[0][1], news[0][1]
    if {m.phrase for m in ex_old} & {m.phrase for m in new_marks} or {m.phrase for m in ex_new} & {
            m.phrase for m in old_marks}:
        return None
    if all(m.phrase in MODALS and m.value >= 5 for m in ex_old + ex_new):
        return None  # 'will' against 'would': tense and mood, not estimation
    b_old, b_new = _band(ex_old), _band(ex_new)
    if b_old is None or b_new is None:
        return None
    return _moved_between(b_old, b_new, tuple(m.phrase for m in ex_old[:3]), tuple(m.phrase for m in ex_new[:3]))


def _beside_tense(found: list[tuple[Region, list[Match]]]) -> list[tuple[Region, list[Match]]]:
    """Of the estimates put in (or taken out) in several places, those that are more than a 'will' or 'would': in
    'The release may be delayed' → 'It is not unlikely that the release will be delayed', 'will' is the tense of
    the proposition the new estimate governs, not an estimate of its own."""
    if len(found) < 2:
        return found
    return [(r, x) for r, x in found if not all(m.phrase in MODALS and m.value >= 5 for m in x)] or found


def _small(d: PairDiff, r: Region, marks: list[Match]) -> bool:
    """A small edit, or one that put in or took out the estimate and its glue alone, however many words ('makes it a
    near certainty that')."""
    return targeted(r) or ((r.i1 == r.i2) != (r.j1 == r.j2) and _only_estimate(d, r, marks))


def _estimate_to_latitude(d: PairDiff, old_marks: list[Match], new_marks: list[Match]) -> bool:
    """One side's estimate gave way to a modal granting or requiring something ('is likely to use' → 'may use',
    'you may run'): that side states nothing as fact, so it is not the estimate raised to certainty; the
    recommendation detector reads the latitude."""
    if bool(old_marks) == bool(new_marks):
        return False
    s, spans = (d.new, [(r.j1, r.j2) for r in d.regions]) if old_marks else (d.old, [(r.i1, r.i2) for r in d.regions])
    modals = permissions(s) + obligations(s) + requirement_keywords(s)
    return any(lo <= m.start < hi for m in modals for lo, hi in spans)


_AUX = frozenset({"to", "have", "has", "had", "be", "been", "being"})
# Adverbs of time and addition that leave an estimate as it was when added inside or beside it ('is still expected',
# 'is also likely', 'are now expected').
# Words that only place an estimate in time or in the argument ('is still expected', 'are, however, expected'):
# put between the words of an estimate, they leave it as it was.
_ASPECT = frozenset({"still", "also", "now", "again", "already", "yet", "currently", "too", "however", "therefore",
                     "thus", "nonetheless", "nevertheless", "though", "accordingly", "moreover", "meanwhile",
                     "furthermore", "consequently", "hence", "indeed"})


def _estimated(s: Sentence, marks: list[Match]) -> dict[str, Match]:
    """What each estimate of a sentence qualifies: the first word after it past auxiliaries ('may have slowed',
    'appears to have slowed' → 'slowed'); a predicate two estimates share, or a negated one, is left out."""
    out: dict[str, Match] = {}
    seen: set[str] = set()
    for m in marks:
        i = m.end
        while i < len(s.words) and s.words[i] in _AUX:
            i += 1
        if i >= len(s.words) or NEGATIONS.find(s.words, m.start, i + 1):
            continue
        w = s.words[i]
        if w in seen:
            out.pop(w, None)
        else:
            out[w] = m
            seen.add(w)
    return out


def _restated_estimate(d: PairDiff, old_marks: list[Match], new_marks: list[Match]) -> Finding | None:
    """A sentence rewritten around one predicate both versions estimate differently ('China's growth remains in
    line …, though it may have slowed' → 'China's growth appears to have slowed … but remains in line …'): the
    estimate of that predicate moved, however the rest was rearranged. Read only when the regions found nothing,
    for one predicate, named once on each side."""
    if all(targeted(r) for r in d.regions):
        return None
    a, b = _estimated(d.old, old_marks), _estimated(d.new, new_marks)
    shared = [w for w in a if w in b and d.old.words.count(w) == 1 and d.new.words.count(w) == 1]
    moved = [w for w in shared if a[w].value != b[w].value]
    if len(moved) != 1:
        return None
    w = moved[0]
    ma, mb = a[w], b[w]
    delta = mb.value - ma.value
    direction: Direction = "up" if delta > 0 else "down"
    severity: Severity = "high" if abs(delta) >= 2 else "medium"
    return Finding("likelihood", severity, direction, (ma.phrase,), (mb.phrase,),
                   f"likelihood {direction} {bands(delta)} for '{w}' in a rewritten sentence: "
                   f"'{ma.phrase} … {w}' → '{mb.phrase} … {w}'")


def _merged(regions: tuple[Region, ...] | list[Region], old_marks: Sequence[Match] = (),
            new_marks: Sequence[Match] = ()) -> list[Region]:
    """Changed regions one kept word apart read as one: 'only a remote chance' → 'a realistic possibility'
    keeps 'a', yet the expression changed as a whole. So do regions that one estimate reaches across: 'Goods price
    inflation is expected to moderate' → 'It would be remarkable if goods price inflation did not moderate' changed
    the frame in front and the verb behind the kept subject, and the frame's estimate runs from the one to the other;
    read apart, the frame would be set against a plain fact and the 'is expected' it replaced left out."""
    out: list[Region] = []
    for r in regions:
        if out and ((r.i1 - out[-1].i2 <= 1 and r.j1 - out[-1].j2 <= 1) or any(
                m.start < out[-1].j2 and m.end > r.j1 for m in new_marks) or any(
                m.start < out[-1].i2 and m.end > r.i1 for m in old_marks)):
            out[-1] = Region(out[-1].i1, r.i2, out[-1].j1, r.j2)
        else:
            out.append(r)
    return out


HEDGE_BAND = POSSIBLE_BAND  # a hedge alone ('potentially', 'perhaps') set against an estimate reads as a possibility


def _hedged(expr: list[Match]) -> bool:
    return bool(expr) and all(m.phrase in HEDGES for m in expr)


_PRESENT = frozenset({"do", "does", "is", "are", "has", "have"})


def _evidenced(s: Sentence, lo: int, hi: int) -> int:
    """The band of a claim with no estimate in words [lo, hi): stated as fact, unless a weak verb of evidence frames
    it there ('The forecasts suggest that X', likely; 'hint that X', possible), which only leans towards it."""
    found = EVIDENCE.find(s.words, lo, hi)
    if not found or found[0].value > EVIDENCE_LEANS:
        return ASSERTED
    return EXPECTED_BAND if found[0].value == EVIDENCE_LEANS else POSSIBLE_BAND


EVIDENCE_LEAP = 3  # steps on the scale of evidence verbs that change what may be concluded (not suggests → shows)
EVIDENCE_LEANS = EVIDENCE.entries["suggests"]  # 2: 'suggests that X' leans likely; 'indicates', 'shows' state it


def _denied_in(d: PairDiff, r: Region, old: bool) -> bool:
    """The changed words of one side deny what the other side's changed words estimate ('is not exploitable
    remotely' → 'is by no means unthinkable'): a denial among one side's changed words, none among the other's,
    and the sentence denying more than the other."""
    s, other = (d.old, d.new) if old else (d.new, d.old)
    mine_spans = [(x.i1, x.i2) if old else (x.j1, x.j2) for x in d.regions]
    their_spans = [(x.j1, x.j2) if old else (x.i1, x.i2) for x in d.regions]
    mine = [m for m in _denials(s) if any(lo <= m.start < hi for lo, hi in mine_spans)]
    theirs = [m for m in _denials(other) if any(lo <= m.start < hi for lo, hi in their_spans)]
    if not mine or theirs or len(_denials(s)) <= len(_denials(other)):
        return False
    # What is denied is what the other side estimates ('not exploitable' / 'exploitation'): not another predicate
    # ('did not show any advantage' → 'fell clearly behind') or a reason ('no reason to doubt').
    stems = {w[:STEM] for w in other.words if len(w) >= STEM}
    heads = [negated_head(s, m.end) for m in mine]
    return any(k is not None and any(len(w) >= STEM and w[:STEM] in stems for w in _noun_phrase(s, k)) for k in heads)


DENIED_PHRASE_WORDS = 3  # words of the noun phrase a denial opens that may name what it denies


def _noun_phrase(s: Sentence, k: int) -> tuple[str, ...]:
    """The words from the denied head `k` to the end of its noun phrase, at most DENIED_PHRASE_WORDS ('no known
    public exploitation specifically …': 'public exploitation', whose noun is what is denied)."""
    words = s.words[k:k + DENIED_PHRASE_WORDS]
    end = next((i for i, w in enumerate(words) if w in FUNCTION_WORDS or not w.isalpha()), len(words))
    return words[:max(end, 1)]


# Modals that against an unmarked verb say when rather than how likely ('will rise' → 'rises'); 'can' says what is
# possible ('networks can outperform CAD systems' → 'networks outperform CAD systems' states it as a fact).
_TENSE_MODALS = frozenset({"will", "would", "shall"})


_HOW_OFTEN = frozenset(FREQUENCY) | {"never"}
_CAN_AGENTS = frozenset({"you", "we", "i", "they", "one", "users", "teams", "people"})


def _can_of_means(s: Sentence, m: Match) -> bool:
    """'can' that says what is available or open to someone, or what a thing is able to do, not how likely a claim
    is: a passive ('can be found in', 'can be used to'), the reader's or the writer's ability ('you can get
    feedback', 'we can see'), or a capability told in a relative clause ('tools which can detect outages',
    'networks that can efficiently learn'). A claim's own 'can' ('deep networks can outperform CAD systems')
    estimates."""
    after = s.words[m.end:m.end + 1]
    before = s.words[max(0, m.start - 2):m.start]
    return after == ("be",) or bool(before and before[-1] in _CAN_AGENTS) or any(
        w in ("which", "that", "who") for w in before)


_AGAIN = frozenset({"further", "again", "more"})


def _forecast_of_what_was(d: PairDiff, r: Region, added: bool) -> Finding | None:
    """An estimate put in where the other version told what has happened, and its verb now looks further ahead:
    'Interest rates have increased' → 'Interest rates are expected to increase further'. The forecast is of another
    event (a further rise), not the past one hedged ('slowed' → 'is expected to have slowed' still hedges it): the
    trend now said to go on, up for a rise and down for a fall (the reverse when the forecast is dropped)."""
    said, other = (d.new.words[r.j1:r.j2], d.old.words[r.i1:r.i2]) if added else (
        d.old.words[r.i1:r.i2], d.new.words[r.j1:r.j2])
    past = [k for k, w in enumerate(other) if w.endswith("ed") and k > 0 and other[k - 1] in HAVE_FORMS]
    if not past or "to" not in said or said[said.index("to") + 1:said.index("to") + 2] == ("have",) or (
            not _AGAIN.intersection(said)):
        return None
    # ('have increased' … 'increase', 'had picked up' … 'pick up': the same verb)
    verb = next((k for k in past if any(w[:STEM] == other[k][:STEM] or other[k].startswith(w) for w in said
                                        if len(w) > 2)), None)
    trend = next((TREND_CLASSES[m.value] for m in TRENDS.find(other, verb, min(len(other), verb + 2))
                  if m.start == verb), None) if verb is not None else None
    if trend not in ("up", "down"):
        return None
    step: Direction = "up" if (trend == "up") == added else "down"
    before, after = span(d.old, r.i1, r.i2), span(d.new, r.j1, r.j2)
    return Finding("polarity", "medium", step, tuple(d.old.words[r.i1:r.i2]), tuple(d.new.words[r.j1:r.j2]),
                   f"trend {'now' if added else 'no longer'} forecast to go further: '{before}' → '{after}'")


def _denial_kept(other: list[Match], s: Sentence, end: int) -> bool:
    """The other side's estimate was a denial ('will not', 'cannot') whose 'not' this side keeps right after its
    changed words ('we will not use' → 'we do not use'): this side denies it as plainly."""
    return bool(other) and any(not _DENYING.isdisjoint(m.phrase.split()) for m in other) and (
        end < len(s.words) and s.words[end] in _DENYING)


RARE_BAND = LIKELIHOOD.entries["rarely"]  # 2
RARE_REACH = 5  # words after 'only' in which the few occasions it holds a claim to are named ('only a small share of')


def _few_occasions(words: tuple[str, ...], k: int) -> bool:
    """Within RARE_REACH words from k: a small share (_SHARES at 'a few' or below: 'a small share', 'a handful'), a
    word of how often at its rare end ('once in a while', 'occasionally') or a low estimate ('once in a blue moon')."""
    for j in range(k, min(len(words), k + RARE_REACH)):
        if any(_SHARES.get(words[j:j + size], POSSIBLE_BAND) < POSSIBLE_BAND for size in range(SHARE_WORDS, 1, -1)):
            return True
        if any(FREQUENCY.get(" ".join(words[j:j + size]), RARE_BAND + 1) <= RARE_BAND for size in range(1, 5)):
            return True
    return any(m.value <= RARE_BAND and m.start < k + RARE_REACH
               for m in LIKELIHOOD.find(words, k, min(len(words), k + 2 * RARE_REACH)))


def _held_to_rare(d: PairDiff, old: bool) -> bool:
    """The changed words of one side hold the claim to rare occasions: a word of rarity not denied ('rare', 'on the
    rarest of occasions'; not 'far from rare'), or 'only' and, a few words on, few occasions ('only once in a while',
    'in only a small share of deployments'; not 'only once the service is exposed', a time waited for)."""
    s = d.old if old else d.new
    for r in d.regions:
        lo, hi = (r.i1, r.i2) if old else (r.j1, r.j2)
        for k in range(lo, hi):
            w = s.words[k]
            if w.startswith("rare") and _denier(s.words, k) is None:
                return True
            if w == "only" and _few_occasions(s.words, k + 1):
                return True
    return False


def _can_as_often(ex: list[Match], other: list[Match]) -> bool:
    """`ex` is a bare 'can' and `other` the odds or share of occasions something happens on."""
    return [m.phrase for m in ex] == ["can"] and len(other) == 1 and (
        not _OCCASIONS.isdisjoint(other[0].phrase.split()) or other[0].phrase.startswith("in "))


def _covered(marks: list[Match], lo: int, hi: int) -> int:
    """How many of the words [lo, hi) an estimate covers."""
    return sum(any(m.start <= k < m.end for m in marks) for k in range(lo, hi))


DENIED_BY_NOT, DENIED_BY_WORD = 1, 2  # how an estimate denies its claim: 'not' after it or in it; a word ('unlikely')
_OFTEN_WORDS = frozenset(p for p in FREQUENCY if " " not in p) | {"never", "ever", "once", "cases", "occasions",
                                                                    "instances", "times"}
DENIAL_TOP = CERTAIN_BAND + 1  # a band reflected: 'will not' (1) denies as firmly as 'certain' (8) asserts


def _denied_claims(s: Sentence, expr: list[Match], band: int | None) -> tuple[int, int] | None:
    """How firmly an estimate denies what the sentence states, on the likelihood scale, and how it denies: a
    modal or an estimate with 'not' right after it ('may not', 'will likely not': as firm as 'may', 'likely' assert),
    a phrase of the table that holds its own 'not' ('will not', 'probably not': reflected, 'will not' as firm as
    'certain'), or a word below even odds ('unlikely', reflected); None for an estimate that denies nothing."""
    if not expr or band is None:
        return None
    specific = [m for m in expr if m.phrase not in MODALS] or expr  # (the phrase _band reads)
    if not _OFTEN_WORDS.isdisjoint(specific[0].phrase.split()):
        return None  # ('not always', 'once in a blue moon': how often a thing happens, no claim denied)
    if _denying(specific[0].phrase):
        return DENIAL_TOP - band, DENIED_BY_NOT
    end = max(m.end for m in expr)
    if any(_denying(m.phrase) for m in expr) or s.words[end:end + 1] == ("not",):
        # ('probably will not', 'may not': the estimate qualifies the denial; a bare 'would not' is as firm as
        # 'will not', its 'would' the tense of a forecast)
        firm = specific[0].phrase in _TENSE_MODALS
        return (DENIAL_TOP - LIKELIHOOD.entries["will not"] if firm else band), DENIED_BY_NOT
    return (DENIAL_TOP - band, DENIED_BY_WORD) if band < POSSIBLE_BAND else None


def _denying(phrase: str) -> bool:
    """The phrase holds its own 'not' ('will not', 'probably not', 'cannot'); not 'never', which in 'almost never',
    'hardly ever' says how often, not a claim denied."""
    return phrase == "cannot" or "not" in phrase.split()


def _region_likelihood(d: PairDiff, r: Region, old_marks: list[Match], new_marks: list[Match]) -> Finding | None:
    # A rewritten stretch: its estimative words are not alternatives to each other. (The words of an estimate itself
    # are not counted: 'could cause' → 'in roughly nine cases out of ten, this causes' is one word more than it.)
    if max(r.i2 - r.i1 - _covered(old_marks, r.i1, r.i2), r.j2 - r.j1 - _covered(new_marks, r.j1, r.j2)) > (
            TARGETED_WORDS):
        return None
    ex_old = _expression(old_marks, r.i1, r.i2)
    ex_new = _expression(new_marks, r.j1, r.j2)
    if not ex_old and not ex_new:
        return None
    if bool(ex_old) != bool(ex_new):
        # Words changed beside an estimate both versions keep ('Spending is forecast to …' → 'Spending, in
        # contrast, is forecast to …'): the estimate did not move.
        seen, other = (ex_old, new_marks) if ex_old else (ex_new, old_marks)
        if all(any(o.phrase == m.phrase for o in other) for m in seen) and len(other) >= len(seen):
            return None
        if _resized(d, seen, old=bool(ex_old)):
            return None
    b_old, b_new = _band(ex_old), _band(ex_new)
    hedge_only = framed = rare_old = rare_new = False
    if b_old is None or b_new is None:
        present = ex_new or ex_old
        # A hedge replaces words of a plain statement; a new clause is not a hedge. Put in or taken out, the words
        # must be the estimate and its auxiliaries alone, however many ('is expected to have slowed' → 'slowed').
        # Replaced, the words beside the estimate are few (counted above without it: 'has been reported to CISA at
        # this time' → 'is more likely than not to surface this year').
        if (r.i1 == r.i2 or r.j1 == r.j2) and not _only_estimate(d, r, present):
            return None
        side, opposite = (d.new, d.old.words[r.i1:r.i2]) if ex_new else (d.old, d.new.words[r.j1:r.j2])
        # Bare "will"/"would" against an unmarked verb is tense, not estimation — but "would" put in place of a
        # present-tense "do"/"is" ('models do not depend on X' → 'would not depend on X') makes a fact conditional,
        # and taken out for one ('would not depend' → 'do not depend') states it.
        conditional = [m.phrase for m in present] == ["would"] and bool(opposite) and set(opposite) <= _PRESENT
        # 'can' against a word of how often ('can arise' → 'occur frequently', 'can serve as' → 'is often'): a
        # general possibility put as a frequency, not a claim made certain
        pure = not any(w in HEDGES or w in _HOW_OFTEN or (w.endswith("ly") and len(w) > 4) for w in opposite)
        if all(m.phrase in _TENSE_MODALS or (m.phrase == "can" and (
                _can_of_means(side, m) or not _ENABLING.isdisjoint(opposite) or not pure)) for m in present) and (
                not conditional):
            return None  # ('is able to detect' → 'can detect', 'can capture' → 'allows capture of': the same ability)
        ahead = _forecast_of_what_was(d, r, bool(ex_new))
        if ahead is not None:
            return ahead  # 'Interest rates have increased' → 'are expected to increase further': another event
        # (an adverb that says the claim may be true or not, 'possibly', 'perhaps', 'conceivably', estimates as 'may'
        # does: a fact made a possibility, not a nuance; 'potentially', 'apparently', 'it appears' only soften)
        hedge_only = all(m.phrase in HEDGES and m.phrase not in _POSSIBLY for m in present)
        # a frame of its own around the claim ('it appears that X'), a clause, not a word inside it
        framed = hedge_only and any(m.phrase.endswith(" that") for m in present)
        # A plain denial against an estimate is certain the other way ('not exploitable remotely' → 'by no means
        # unthinkable'), as it is against a governing one.
        b_old = (1 if _denied_in(d, r, old=True) else _evidenced(d.old, r.i1, r.i2)) if b_old is None else b_old
        b_new = (1 if _denied_in(d, r, old=False) else _evidenced(d.new, r.j1, r.j2)) if b_new is None else b_new
        # ('we will not use' → 'we do not use': the denial kept after the changed modal is stated, certain as before)
        b_old = 1 if not ex_old and _denial_kept(ex_new, d.old, r.i2) else b_old
        b_new = 1 if not ex_new and _denial_kept(ex_old, d.new, r.j2) else b_new
        # A claim without its modal, held to rare occasions elsewhere in the sentence ('could cause' → 'Only on the
        # rarest of occasions does … cause', 'In only a thin slice of deployments does …'): rare, not stated as fact
        rare_old = not ex_old and _held_to_rare(d, old=True)
        rare_new = not ex_new and _held_to_rare(d, old=False)
        b_old, b_new = min(b_old, RARE_BAND) if rare_old else b_old, min(b_new, RARE_BAND) if rare_new else b_new
        if len(opposite) == 1 and opposite[0] + "ly" in HEDGES:
            # 'the likely consequences' → 'the potential consequences': the adjective of a hedge ('potentially',
            # 'presumably', 'apparently') in the estimate's place says 'possibly' (band 4), as the hedge does
            b_old, b_new = (b_old, HEDGE_BAND) if ex_old else (HEDGE_BAND, b_new)
    elif _hedged(ex_old) != _hedged(ex_new):
        # A hedge against an estimate ('potentially' → 'very probably'): the hedge says 'possibly' (band 4).
        b_old = HEDGE_BAND if _hedged(ex_old) else b_old
        b_new = HEDGE_BAND if _hedged(ex_new) else b_new
    elif _can_as_often(ex_old, ex_new) or _can_as_often(ex_new, ex_old):
        # 'which can result in X' → 'which, nine times out of ten, results in X': 'can' said that X happens at
        # times (possible, band 4), not that it is able to; the odds of the occasions say how often
        b_old = POSSIBLE_BAND if _can_as_often(ex_old, ex_new) else b_old
        b_new = POSSIBLE_BAND if _can_as_often(ex_new, ex_old) else b_new
    claims = _denied_claims(d.old, ex_old, b_old), _denied_claims(d.new, ex_new, b_new)
    if claims[0] is not None and claims[1] is not None and DENIED_BY_NOT in (claims[0][1], claims[1][1]):
        # Both sides deny the claim, one at least by 'not' ('may not be able to' → 'will not be able to', 'will
        # likely not generalise' → 'may not generalise'): what moved is how firmly the denial is made, read as
        # the estimate of what the sentence states ('will not' firm, 'may not' a possibility), up when firmer.
        b_old, b_new = claims[0][0], claims[1][0]
    delta = b_new - b_old
    if delta == 0:
        return _conceded_move(b_old, tuple(m.phrase for m in ex_old), tuple(m.phrase for m in ex_new))
    before = (_phrase(d.old, ex_old, r.i1, r.i2) if ex_old else span(d.old, r.i1, r.i2)) or "stated as fact"
    after = (_phrase(d.new, ex_new, r.j1, r.j2) if ex_new else span(d.new, r.j1, r.j2)) or "stated as fact"
    before, after = "held to rare occasions" if rare_old else before, "held to rare occasions" if rare_new else after
    direction: Direction = "up" if delta > 0 else "down"
    if hedge_only:
        what = "hedge added" if delta < 0 else "hedge removed"
        return Finding("likelihood", "medium" if framed else "low", direction, tuple(m.phrase for m in ex_old),
                       tuple(m.phrase for m in ex_new), f"certainty {direction} ({what}): '{before}' → '{after}'")
    severity: Severity = "high" if abs(delta) >= 2 else "medium"
    return Finding(
        "likelihood", severity, direction, tuple(m.phrase for m in ex_old), tuple(m.phrase for m in ex_new),
        f"likelihood {direction} {bands(delta)}: '{before}' → '{after}'",
    )


def detect_evidence(d: PairDiff) -> Finding | None:
    """A verb of evidence changed strength ('suggests' → 'shows'): a nuance of certainty."""
    for r in d.regions:
        a = touching(EVIDENCE, d.old, r.i1, r.i2)
        b = touching(EVIDENCE, d.new, r.j1, r.j2)
        if a and b and a[0].value != b[0].value:
            direction: Direction = "up" if b[0].value > a[0].value else "down"
            word = "strengthened" if direction == "up" else "weakened"
            # A step or two ('indicates' → 'shows', 'suggests' → 'shows') is a nuance; a leap ('suggests' →
            # 'demonstrates', 'show' → 'hint at') moves what a reader may conclude from the evidence, unless a figure
            # it reports moved too: then the figure is the news ('suggests inflation at about 2½ per cent' → 'show
            # inflation at around 2¼ per cent').
            leap = abs(b[0].value - a[0].value) >= EVIDENCE_LEAP and not any(
                ch.isnumeric() for w in (*d.old_changed(), *d.new_changed()) for ch in w)
            return Finding("likelihood", "medium" if leap else "low", direction, (a[0].phrase,), (b[0].phrase,),
                           f"evidence verb {word}: '{a[0].phrase}' → '{b[0].phrase}'")
    return None


def detect_confidence(d: PairDiff) -> Finding | None:
    """Stated analytic confidence changed level, or a confidence statement appeared or vanished."""
    for r in d.regions:
        a = touching(CONFIDENCE, d.old, r.i1, r.i2, reach=1)
        b = touching(CONFIDENCE, d.new, r.j1, r.j2, reach=1)
        if bool(a) == bool(b) and (not a or a[0].value == b[0].value):
            # no stated level on either side, or the same one: a comparative put before it may still move it
            # ('greater confidence that' → 'confidence that', 'were confident' → 'were more confident')
            compared = _confidence_compared(d, r)
            if compared is not None:
                return compared
            continue
        if a and b:
            trend: Direction = "up" if b[0].value > a[0].value else "down"
            return Finding("confidence", "medium", trend, (a[0].phrase,), (b[0].phrase,),
                           f"confidence {trend}: '{a[0].phrase}' → '{b[0].phrase}'")
        if b:
            return Finding("confidence", "medium", "up", (), (b[0].phrase,),
                           f"confidence statement added: '{b[0].phrase}'")
        return Finding("confidence", "medium", "down", (a[0].phrase,), (),
                       f"confidence statement removed: '{a[0].phrase}'")
    return None


_MORE_CONFIDENT = {"greater": 1, "more": 1, "increased": 1, "growing": 1, "higher": 1, "rising": 1, "less": -1,
                   "reduced": -1, "lower": -1, "diminished": -1, "declining": -1, "waning": -1}


def _confidence_compared(d: PairDiff, r: Region) -> Finding | None:
    """A comparative put before 'confidence' or 'confident', or taken away ('expressed greater confidence that' →
    'expressed confidence that', 'were less confident' → 'were confident'): stated confidence moved, up for
    'greater' added or 'less' dropped."""
    for s, lo, hi, sign in ((d.new, r.j1, r.j2, 1), (d.old, r.i1, r.i2, -1)):
        other = d.old if s is d.new else d.new
        if hi - lo != 1 or hi >= len(s.words) or s.words[hi] not in ("confidence", "confident"):
            continue
        step = _MORE_CONFIDENT.get(s.words[lo])
        if step is None or s.words[lo] in other.words:
            continue
        direction: Direction = "up" if step * sign > 0 else "down"
        said = "added" if sign > 0 else "dropped"
        return Finding("confidence", "medium", direction, (s.words[lo],) if sign < 0 else (),
                       (s.words[lo],) if sign > 0 else (), f"confidence {direction}: '{s.words[lo]}' {said} before "
                                                           f"'{s.words[hi]}'")
    return None


# Nouns and adverbs that present a statement as evidence of it ('There are some signs that', 'Indications are
# that'): beside the hedges and the verbs of evidence followed by 'that', what makes words an evidential frame.
_EVIDENTIAL_WORDS = frozenset({"sign", "signs", "indication", "indications", "evidence"})
_COORDINATORS = frozenset({"and", "but", "or", "while", "whereas", "although", "though"})


def _frame(s: Sentence, lo: int, hi: int) -> bool:
    """Words [lo, hi) of the sentence frame what follows as hedged or as evidence of it, and do not open a
    clause of their own ('and appears to be unmaintained' is a judgment, not a frame)."""
    words = s.words[lo:hi]
    if not words or words[0] in _COORDINATORS:
        return False
    joined = f" {' '.join(words)} "
    if any(f" {h} " in joined for h in HEDGES) or "reportedly" in words:
        return True
    # A noun or verb of evidence framing a clause or a thing ('signs that', 'indications are that', 'suggests that'),
    # not one used for itself ('to sign a challenge').
    follows = [k + 1 for k in range(lo, hi) if s.words[k] in _EVIDENTIAL_WORDS]
    follows += [m.end for m in EVIDENCE.find(s.words, lo, hi)]
    return any(s.words[k:k + 1] in (("that",), ("of",)) or s.words[k:k + 2] in (("are", "that"), ("is", "that"))
               for k in follows)


def _boosted(s: Sentence, lo: int, hi: int) -> bool:
    """A booster stands among words [lo, hi) ('certainly', 'one can safely argue that', 'no one would dispute that');
    'clearly' opening the sentence only with its comma ('Clearly, …'): before an instruction's verb it is a manner
    ('Clearly label the files')."""
    opened_with_comma = len(s.gaps) > 1 and "," in s.gaps[1]
    if any(m.phrase != "clearly" or m.start > 0 or opened_with_comma for m in BOOSTERS.find(s.words, lo, hi)):
        return True
    # A doubt denied outright ('nobody could sensibly gainsay that X', 'one can hardly dispute that X'): as
    # 'undeniably X'
    words = s.words
    return any((k := _doubt_denied(words, n)) is not None and words[k] != "few" for n in range(lo, hi))


def booster(d: PairDiff) -> Direction | None:
    """One side's changed words press what both sides assert ('Deep learning lags behind X' → 'Deep learning
    certainly lags behind X', '… one can safely argue that X'): stated with more confidence (up) when they come,
    less (down) when they go; None when both sides, or neither, press it."""
    old = any(_boosted(d.old, r.i1, r.i2) for r in d.regions)
    new = any(_boosted(d.new, r.j1, r.j2) for r in d.regions)
    if old == new:
        return None
    return "down" if old else "up"


def hedge_frame(d: PairDiff) -> Direction | None:
    """One side's changed words hedge or present as evidence what both sides state ('There are some signs that X
    is moderating' → 'X is moderating', 'appears to have slowed' → 'slowed'): stated with more certainty (up)
    when the frame goes, less (down) when it comes. None when both sides, or neither, frame it."""
    old = any(_frame(d.old, r.i1, r.i2) for r in d.regions)
    new = any(_frame(d.new, r.j1, r.j2) for r in d.regions)
    if old == new:
        return None
    return "up" if old else "down"
