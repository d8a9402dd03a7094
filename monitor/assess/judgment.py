"""Whether a sentence carries a judgment, whether it states a policy decision, and meaning-bearing rewording."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from monitor.assess.findings import Finding, PairDiff, Region, span, targeted
from monitor.assess.lexicon import (
    CONFIDENCE,
    DEGREE,
    DEGREE_ADVERBS,
    DIMINISHERS,
    ESTIMATIVE_NOUNS,
    EVIDENCE,
    IMPORTANCE,
    INTENSIFIED_NOUNS,
    INTENSIFIERS,
    JUDGMENT_TERMS,
    LIKELIHOOD,
    MODALS,
    NEGATIONS,
    POLICY_DECISIONS,
    RECOMMENDATION,
    RFC2119,
    STATUS_ENDED,
    STATUS_TERMS,
    TREND_CLASSES,
    TRENDS,
    WEAK_JUDGMENT,
    Match,
    verb_form,
)
from monitor.assess.text import (
    CLAUSE_CONJUNCTIONS,
    CONDITION_OPENERS,
    HAVE_FORMS,
    NOUN_DETERMINERS,
    POSSESSIVES,
    RELATIVES,
    STEM,
    Sentence,
    same_word,
)

TYPE_CHECKING = False  # typing's own constant, without loading typing at run time (monitor/launch.py)
if TYPE_CHECKING:
    from monitor.report import Direction

_JUDGMENT_TABLES = (LIKELIHOOD, EVIDENCE, CONFIDENCE, NEGATIONS, TRENDS, DEGREE, RECOMMENDATION, JUDGMENT_TERMS)
# Finite verbs and auxiliaries that make an inserted stretch a clause rather than a modifier.
_CLAUSE_VERBS = frozenset(
    "is are was were be been being has have had will would may might can could should must does do did "
    "remains remain continues continue expects expect anticipates anticipate judges judge sees see".split()
)
FUNCTION_WORDS = frozenset(
    "the a an of in on at to for by with and or but as that this these those its it their there is are was "
    "were be been has have had which who whose from into over than so such also".split()
)
CLAUSE_MIN_WORDS = 3
# Below this word-sequence similarity a paired judgment sentence counts as rewritten.
REWRITE_MAX = 0.7


def judgment_terms(s: Sentence) -> list[str]:
    """The words that make a sentence a judgment rather than a neutral statement (empty when neutral)."""
    return list(_judgment_terms(s))


WEAK_ENOUGH = 3  # this many weak terms together still make a judgment


@lru_cache(maxsize=8192)
def _judgment_terms(s: Sentence) -> tuple[str, ...]:
    strong: list[str] = []
    weak: list[str] = []
    for table in _JUDGMENT_TABLES:
        for m in table.find(s.words):
            if m.phrase in WEAK_JUDGMENT:
                weak.append(m.phrase)
            elif not (table is NEGATIONS and _numbered(s, m.start)) and m.phrase not in strong:
                strong.append(m.phrase)  # (a word two tables hold, 'should', is evidence once)
        if len(strong) >= 3:
            break
    if strong:
        return tuple(strong[:3])
    return tuple(weak[:3]) if len(weak) >= WEAK_ENOUGH else ()


@lru_cache(maxsize=8192)
def judging_words(s: Sentence) -> frozenset[str]:
    """Every word of the sentence that belongs to a judgment term (estimate, evidence, confidence, negation,
    trend, degree, advice, evaluation), weak ones too, and its modals: the words a restatement must keep."""
    out = {w for table in _JUDGMENT_TABLES for m in table.find(s.words) for w in s.words[m.start:m.end]}
    return frozenset(out | MODALS.intersection(s.words))


def _numbered(s: Sentence, i: int) -> bool:
    """'No. 55': the abbreviation of number, not a negation."""
    return s.raw_tokens[i] == "No" and i + 1 < len(s.words) and s.words[i + 1][:1].isdigit()


def is_policy_decision(s: Sentence) -> bool:
    """The sentence announces a decision of policy (a rate set, a vote taken, an advisory level changed)."""
    return bool(POLICY_DECISIONS.find(s.words))


# Two forms of one word (improve/improved, increase/increases): at least four letters each, the same first four,
# lengths at most this far apart.
_INFLECTION_REACH = 3


def content_stems_of(words: Iterable[str]) -> frozenset[str]:
    """The stems (first STEM letters) of the content words among `words`: not function words, not figures."""
    return frozenset(w[:STEM] for w in words if w.isalpha() and w not in FUNCTION_WORDS)


def _content(words: list[str], other: tuple[str, ...]) -> list[str]:
    """The words that are neither function words nor another form of a word of `other`."""
    forms = _forms(other)
    return [
        w for w in words
        if w not in FUNCTION_WORDS and not (len(w) >= 4 and any(
            (w[:4], n) in forms for n in range(max(4, len(w) - _INFLECTION_REACH), len(w) + _INFLECTION_REACH + 1)))
    ]


@lru_cache(maxsize=64)
def _forms(words: tuple[str, ...]) -> frozenset[tuple[str, int]]:
    """(first four letters, length) of each word of four letters or more: another form of a word is looked up,
    not compared with every word of the sentence in turn (quadratic in a long sentence with many edits)."""
    return frozenset((w[:4], len(w)) for w in words if len(w) >= 4)


def _qualified(s: Sentence, lo: int, hi: int) -> int | None:
    """The strength of the qualifier on a risk word touching words [lo, hi): 0 when the risk word stands bare,
    None when no risk word is there."""
    window = range(max(0, lo - 3), min(len(s.words), hi + 3))
    nouns = [i for i in window if s.words[i] in INTENSIFIED_NOUNS]
    if not nouns:
        # the risk named further back, its size said after what it is of ('the risk of a wider war is high')
        far = [i for i in range(max(0, lo - 3 - COMPLEMENT_WORDS - 2), lo) if s.words[i] in INTENSIFIED_NOUNS]
        marks = _said_of(s, far[-1]) if far else []
        return max(m.value for m in marks) if marks and any(m.start <= hi and m.end >= lo for m in marks) else None
    n = nouns[0]
    marks = [m for m in INTENSIFIERS.find(s.words, max(0, n - 3), n) if m.end >= n - 1] or _said_of(s, n)
    return max((m.value for m in marks), default=0)


def _said_of(s: Sentence, n: int) -> list[Match]:
    """The size said of the risk word at n after a copula ('the risk is low'), also past what the risk is of ('the
    risk of escalation is high', 'the threat to shipping remains elevated')."""
    c = n + 1
    if c < len(s.words) and s.words[c] in _COMPLEMENT:
        c = next((k for k in range(c + 2, min(len(s.words), c + 1 + COMPLEMENT_WORDS)) if s.words[k] in _COPULA
                  or "," in s.gaps[k]), len(s.words))
    if c + 1 < len(s.words) and s.words[c] in _COPULA:
        return [m for m in INTENSIFIERS.find(s.words, c + 1, min(len(s.words), c + 4)) if m.start <= c + 2]
    return []


COMPLEMENT_WORDS = 5  # words of what a risk is of ('the risk of flooding in coastal towns is high') before the copula
_COMPLEMENT = frozenset({"of", "to", "from", "for", "posed"})


_COPULA = frozenset({"is", "are", "was", "were", "remains", "remain", "remained", "seems", "seem", "appears",
                     "appear", "looks", "look"})


def _estimative_noun(s: Sentence, lo: int, hi: int) -> bool:
    return any(w in ESTIMATIVE_NOUNS for w in s.words[max(0, lo - 3):hi + 3])


def _intensity(d: PairDiff, r: Region) -> Finding | None:
    """'a high risk' → 'a very high risk', 'the danger' → 'the extreme danger': the stated size of a risk moved."""
    if not targeted(r) or max(r.i2 - r.i1, r.j2 - r.j1) > 3:
        return None
    a, b = _qualified(d.old, r.i1, r.i2), _qualified(d.new, r.j1, r.j2)
    if a is None or b is None or a == b:
        return None
    word = "raised" if b > a else "lowered"
    before, after = span(d.old, r.i1, r.i2, pad=2), span(d.new, r.j1, r.j2, pad=2)
    estimated = _estimative_noun(d.old, r.i1, r.i2) or _estimative_noun(d.new, r.j1, r.j2)
    sized = a or b
    if (not a or not b) and not estimated and sized != RISK_MIDDLE:
        # A size off the middle put on a bare noun or taken from it ('a number of challenges' → 'formidable
        # challenges', 'the severe risk' → 'the risk'): the size now said, or no longer said, is above or below
        # what the bare noun leaves open
        step: Direction = "up" if (sized > RISK_MIDDLE) == bool(b) else "down"
        return Finding("polarity", "medium", step, tuple(d.old.words[r.i1:r.i2]), tuple(d.new.words[r.j1:r.j2]),
                       f"stated size {'now' if b else 'no longer'} said: '{before}' → '{after}'")
    if not a or not b or estimated:
        # A size in the middle stated on one side only ('potential risks' → 'risks'), or a chance whose size is a
        # likelihood (read by the likelihood detector): a rewording, with no place on the scale to move from.
        return Finding("reworded", "medium", None, tuple(d.old.words[r.i1:r.i2]), tuple(d.new.words[r.j1:r.j2]),
                       f"stated risk {word}: '{before}' → '{after}'")
    return _along(a, b, RISK_MIDDLE, tuple(d.old.words[r.i1:r.i2]), tuple(d.new.words[r.j1:r.j2]),
                  f"stated risk {word}: '{before}' → '{after}'")


RISK_MIDDLE = 2  # 'moderate', 'some': the middle of the stated size of a risk (low 1 … very high 4)
PACE_MIDDLE = 3  # 'moderate', 'steady': the middle of the pace or strength scale (weak 1 … strong 5)


def _along(a: int, b: int, middle: int, before: tuple[str, ...], after: tuple[str, ...], why: str) -> Finding:
    """A move along an ordered scale with a middle (a risk's size, a trend's pace): from one end to the other it
    is reversed ('a low risk' → 'a very high risk', 'weak' → 'strong' growth, high); otherwise up or down
    (medium), as the spec's polarity row orders a stance ('significant' → 'modest' adjustment is down). Words
    that are each other's opposite ('slowly' → 'quickly') are read as reversed by the antonym table first."""
    if min(a, b) == 1 and max(a, b) >= 2 * middle - 1:
        return Finding("polarity", "high", "reversed", before, after, why)
    return Finding("polarity", "medium", "up" if b > a else "down", before, after, why)


DEGREE_REACH = 2  # words between a degree adverb and the trend it qualifies ('fell quite sharply', 'sharply lower')


def _qualifies_decline(s: Sentence, k: int) -> bool:
    """The degree word at k qualifies a fall ('moderated slightly', 'sharply lower'): the nearest trend word
    within DEGREE_REACH words is one of decline."""
    near = [m for m in TRENDS.find(s.words, max(0, k - DEGREE_REACH), min(len(s.words), k + 1 + DEGREE_REACH))
            if m.start != k]
    near.sort(key=lambda m: abs(m.start - k))
    return bool(near) and TREND_CLASSES[near[0].value] == "down"


_VERDICT_TABLES = (TRENDS, JUDGMENT_TERMS)
# Verbs that say who holds a view rather than what the view is.
_STANCE = frozenset(
    "expect expects expected expectation anticipate anticipates anticipated judge judges judged assess assesses "
    "assessed assessment believe believes believed estimate estimates estimated see sees view views consider "
    "considers considered regard regards forecast forecasts project projects projected evaluate evaluates evaluated "
    "evaluation".split()
)


def _verdicts(s: Sentence, lo: int, hi: int, content: list[str]) -> list[str]:
    """Evaluative words (a trend, a strong judgment word) among the changed content words [lo, hi)."""
    return [
        m.phrase for t in _VERDICT_TABLES for m in t.find(s.words, lo, hi)
        if m.phrase not in WEAK_JUDGMENT and all(w in content for w in m.phrase.split())
    ]


def _verdict_swap(d: PairDiff, r: Region, content_old: list[str], content_new: list[str]) -> Finding | None:
    """A short replacement swaps one evaluation for another ('as having diminished' → 'as having become more
    nearly balanced'): the judgment itself was restated, which a reader must see."""
    if not targeted(r) or r.i1 == r.i2 or r.j1 == r.j2:
        return None
    v_old = _verdicts(d.old, r.i1, r.i2, content_old)
    v_new = _verdicts(d.new, r.j1, r.j2, content_new)
    if not v_old or not v_new or set(v_old) & set(v_new):
        return None
    if all(w in _STANCE for w in v_old + v_new):
        return None  # 'expects' → 'reaffirmed its view': who holds the view, not what it is
    est_old = [m for m in LIKELIHOOD.find(d.old.words) if m.start < r.i2 and m.end > r.i1]
    est_new = [m for m in LIKELIHOOD.find(d.new.words) if m.start < r.j2 and m.end > r.j1]
    if est_old and est_new and {m.value for m in est_old} == {m.value for m in est_new} and all(
            any(v in m.phrase.split() for m in est_old + est_new) for v in v_old + v_new):
        return None  # 'is likely to be' → 'is still expected to be': one estimate for another of its band
    trend_old = {m.value for m in TRENDS.find(d.old.words, r.i1, r.i2)}
    trend_new = {m.value for m in TRENDS.find(d.new.words, r.j1, r.j2)}
    if trend_old and trend_old == trend_new and len(trend_old) == 1:
        return None  # 'picked up' → 'improved': the same direction in other words
    if len(v_old) == 1 and len(v_new) == 1 and " " not in v_old[0] + v_new[0] and not any(
            w in table.entries for w in (v_old[0], v_new[0]) for table in _SCALED):
        # (a word with a place on one of our own scales is read there; the rated word list is not even opened)
        from monitor.assess.valence import lean

        if lean(v_old[0]) == lean(v_new[0]) != 0:
            return None  # 'more serious' → 'more severe': one verdict for another of the same valence
    before, after = span(d.old, r.i1, r.i2), span(d.new, r.j1, r.j2)
    return Finding("reworded", "medium", None, tuple(v_old), tuple(v_new),
                   f"assessment restated: '{before}' → '{after}'")


BE_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being"})
_PREDICATING = BE_FORMS | {"become", "becomes", "became", "remain", "remains", "remained", "seem", "seems", "seemed",
                           "appear", "appears", "appeared", "stay", "stays", "stayed", "looks", "look", "looked",
                           "proved", "proves", "prove"}


def _predicate_swap(d: PairDiff, r: Region) -> Finding | None:
    """The one word said of the subject swapped for another ('The regime is stable' → 'is fragile', 'the results
    were encouraging' → 'were disappointing'): what the sentence asserts is that word, and it changed. One word for
    one, right after a linking verb and ending the clause. Its valence (valence.py) decides: of opposite signs the
    judgment is turned round (reversed, high); of the same sign it is the same verdict in other words
    ('positive' → 'favourable'); with only one side rated, another verdict (medium); with neither, nothing says
    they differ. Other forms of one word, spelling variants and another word of the same step ('weak' →
    'subdued') are no swap."""
    if r.i2 - r.i1 != 1 or r.j2 - r.j1 != 1 or r.i1 == 0 or r.j1 == 0:
        return None
    a, b = d.old.words[r.i1], d.new.words[r.j1]
    if not (a.isalpha() and b.isalpha()) or a in FUNCTION_WORDS or b in FUNCTION_WORDS or same_word(a, b) or (
            _inflected_form(a, b)):
        return None
    if d.old.words[r.i1 - 1] not in _PREDICATING or d.new.words[r.j1 - 1] not in _PREDICATING:
        return None
    for s, k in ((d.old, r.i2), (d.new, r.j2)):
        if k < len(s.words) and not any(ch in s.gaps[k] for ch in ",;:()") and s.words[k] not in CLAUSE_CONJUNCTIONS:
            return None  # the word goes on into a phrase ('is available to users'): not the whole predicate
    for table in (DEGREE, INTENSIFIERS, CONFIDENCE, LIKELIHOOD):
        va, vb = table.entries.get(a), table.entries.get(b)
        if va is not None and va == vb:
            return None
    if a in _FREQUENCY and b in _FREQUENCY:
        # 'Side effects are rare' → 'are common': how often, for one case how likely
        delta = _FREQUENCY[b] - _FREQUENCY[a]
        word: Direction = "up" if delta > 0 else "down"
        return Finding("likelihood", "high" if abs(delta) >= 2 else "medium", word, (a,), (b,),
                       f"how often it happens moved {word}: '{span(d.old, r.i1 - 1, r.i2)}' → "
                       f"'{span(d.new, r.j1 - 1, r.j2)}'")
    if any(w in table.entries for w in (a, b) for table in _SCALED):
        return None  # a word with a place on one of our own scales is read there ('critical' is 'crucial' here)
    if _read_elsewhere(d, r):
        return None  # 'prospects for a deal are good' → 'poor', 'high confidence' → 'low': another detector's
    from monitor.assess.valence import lean, sign

    sa, sb = sign(a), sign(b)
    before, after = span(d.old, r.i1 - 1, r.i2), span(d.new, r.j1 - 1, r.j2)
    if sa and sb:
        # rated both: the same sign is the same verdict in other words ('positive' → 'favourable'), the opposite
        # sign turns it round ('encouraging' → 'disappointing')
        return None if sa == sb else Finding("polarity", "high", "reversed", (a,), (b,),
                                             f"assessment reversed: '{before}' → '{after}'")
    if lean(a) == lean(b) != 0:
        return None  # one rated clearly, the other weakly the same way ('serious' → 'severe'): the same verdict
    if not (sa or sb) or a.endswith(_VERB_ENDINGS) or b.endswith(_VERB_ENDINGS):
        # Neither word rated ('prudent' → 'advisable', 'available' → 'accessible'): nothing says they differ. Or the
        # action, not a verdict ('will be monitoring' → 'watching', 'will be undertaken' → 'made').
        return None
    return Finding("reworded", "medium", None, (a,), (b,), f"assessment restated: '{before}' → '{after}'")


def _how_common(d: PairDiff, r: Region) -> Finding | None:
    """A word of how often put for another before the same noun ('A common drawback of X is …' → 'An occasional
    drawback …', 'a rare complication' → 'a frequent complication'): the thing said to happen more or less often
    (the article may change with the word: 'a' → 'an')."""
    old_w = [w for w in d.old.words[r.i1:r.i2] if w not in ("a", "an")]
    new_w = [w for w in d.new.words[r.j1:r.j2] if w not in ("a", "an")]
    if len(old_w) != 1 or len(new_w) != 1 or old_w[0] not in _FREQUENCY or new_w[0] not in _FREQUENCY:
        return None
    if r.i2 >= len(d.old.words) or r.j2 >= len(d.new.words) or d.old.words[r.i2] != d.new.words[r.j2] or (
            d.old.words[r.i2] in FUNCTION_WORDS or not d.old.words[r.i2].isalpha()):
        return None  # the noun it says how often of, kept right after it
    delta = _FREQUENCY[new_w[0]] - _FREQUENCY[old_w[0]]
    if not delta:
        return None
    word: Direction = "up" if delta > 0 else "down"
    return Finding("likelihood", "high" if abs(delta) >= 2 else "medium", word, tuple(old_w), tuple(new_w),
                   f"how often it happens moved {word}: '{span(d.old, r.i1, r.i2 + 1)}' → "
                   f"'{span(d.new, r.j1, r.j2 + 1)}'")


_VERB_ENDINGS = ("ing", "ed", "en")
# How often a thing happens, said of it after a linking verb: rarest first.
_FREQUENCY = {"rare": 1, "uncommon": 2, "infrequent": 2, "unusual": 2, "occasional": 3, "common": 4, "frequent": 4,
              "usual": 4, "widespread": 5, "ubiquitous": 5, "universal": 5}
_SCALED = (DEGREE, INTENSIFIERS, CONFIDENCE, LIKELIHOOD, RECOMMENDATION)


def _read_elsewhere(d: PairDiff, r: Region) -> bool:
    """The changed words belong to a scale another detector reads: a chance named by a noun ('prospects for a deal
    are good'), composed or near, or a stated confidence ('with high confidence')."""
    from monitor.assess.likelihood import composed_markers

    for s, lo, hi in ((d.old, r.i1, r.i2), (d.new, r.j1, r.j2)):
        if _estimative_noun(s, lo, hi) or any(m.start <= hi and m.end >= lo for m in composed_markers(s)) or any(
                m.start <= hi and m.end >= lo for m in CONFIDENCE.find(s.words)):
            return True
    return False


def _sized(old_w: list[str], new_w: list[str], before: str, after: str) -> Finding | None:
    """One word that sizes what it qualifies swapped for another of another size ('a serious bug' → 'a minor bug',
    'a minor flaw' → 'a critical flaw'): the stated size moved along its scale, as a risk's does."""
    # ('|P3|Significant|' → '|P4|Minor|': the level's code beside it, letters and a figure, moves with it)
    old_w = [w for w in old_w if not _level_code(w)] if len(old_w) > 1 else old_w
    new_w = [w for w in new_w if not _level_code(w)] if len(new_w) > 1 else new_w
    if len(old_w) != 1 or len(new_w) != 1:
        return None
    a, b = INTENSIFIERS.entries.get(old_w[0]), INTENSIFIERS.entries.get(new_w[0])
    if a is None or b is None or a == b:
        return None
    return _along(a, b, RISK_MIDDLE, tuple(old_w), tuple(new_w),
                  f"stated size {'raised' if b > a else 'lowered'}: '{before}' → '{after}'")


def _level_code(w: str) -> bool:
    """A part of a level's code ('P' and '3' of 'P3', 'L2'): a figure or a lone letter."""
    return w.isdigit() or (len(w) == 1 and w.isalpha() and w not in ("a", "i"))


def _weighed(d: PairDiff, r: Region, before: str, after: str) -> Finding | None:
    """One word of how much a thing matters swapped for another of another step ('We found it valuable to include
    these' → '… essential to include these', 'expertise was required to provide' → '… helpful to provide'): what
    the sentence says is needed moved along its scale. 'It is important that X' → 'It is essential that X' is
    advice, the recommendation detector's."""
    if r.i2 - r.i1 != 1 or r.j2 - r.j1 != 1:
        return None
    old_w, new_w = d.old.words[r.i1], d.new.words[r.j1]
    a, b = IMPORTANCE.entries.get(old_w), IMPORTANCE.entries.get(new_w)
    if a is None or b is None or a == b:
        return None
    if {old_w, new_w} <= NECESSITY.keys() and r.i1 > 0 and d.old.words[r.i1 - 1] in BE_FORMS | {"it's"}:
        return None
    direction: Direction = "up" if b > a else "down"
    return Finding("polarity", "medium", direction, (old_w,), (new_w,),
                   f"said to matter {'more' if b > a else 'less'}: '{before}' → '{after}'")


# Words of need that, after 'is', prescribe ('it is essential that', 'is also crucial to'), and how strongly: advice
# (read by the recommendation detector), not a thing's importance
NECESSITY = {"important": 2, "essential": 3, "crucial": 3, "vital": 3, "critical": 3, "necessary": 3, "imperative": 3}
STRONG_SIZE = 4  # 'severe', 'extreme', 'critical', 'acute': the top of the scale of a stated size


def _strong_word(d: PairDiff, r: Region, before: str, after: str) -> Finding | None:
    """A word from the top of the scale of size ('is doing severe damage to' → 'is affecting') rewritten away, none
    in its place, or put in: what the sentence says is said less (down) or more (up) strongly, a move, not a
    stress word's nuance."""
    def strong(s: Sentence, lo: int, hi: int) -> list[str]:
        return [m.phrase for m in INTENSIFIERS.find(s.words, lo, hi) if m.value >= STRONG_SIZE and " " not in m.phrase
                and m.phrase not in _STRESS_ONLY]
    a, b = strong(d.old, r.i1, r.i2), strong(d.new, r.j1, r.j2)
    if bool(a) == bool(b) or r.i1 == r.i2 or r.j1 == r.j2:
        return None
    if any(not w.isalpha() for w in d.old.words[r.i1:r.i2] + d.new.words[r.j1:r.j2]) or any(
            t.isupper() for t in d.old.raw_tokens[r.i1:r.i2] + d.new.raw_tokens[r.j1:r.j2]):
        return None  # a rating with its score ('9.1 (CRITICAL)' → '4.3 (MEDIUM)'): the figure says how much
    gone = a or b
    if any(w in (d.new.words if a else d.old.words) for w in gone):
        return None  # the word is still there elsewhere: moved, not dropped
    direction: Direction = "down" if a else "up"
    return Finding("polarity", "medium", direction, tuple(a), tuple(b),
                   f"said {'less' if a else 'more'} strongly: '{before}' → '{after}'")


_STRESS_ONLY = frozenset({"very", "extremely"})  # adverbs: the stress detector reads them


def _flipped(d: PairDiff, r: Region) -> bool:
    """One word of evaluation swapped for one of the opposite valence ('a promising approach' → 'a disappointing
    approach')."""
    if r.i2 - r.i1 != 1 or r.j2 - r.j1 != 1:
        return False
    a, b = d.old.words[r.i1], d.new.words[r.j1]
    if not a.isalpha() or not b.isalpha() or any(w in table.entries for w in (a, b) for table in _SCALED):
        return False  # a word with a place on one of our own scales ('critical' → 'important') is read there
    from monitor.assess.valence import sign

    sa, sb = sign(a), sign(b)
    # ('prospects for a deal are good' → 'poor', 'high confidence' → 'low': another detector's scale)
    return bool(sa and sb and sa != sb) and not _read_elsewhere(d, r)


PRONOUNS = frozenset({"it", "they", "this", "that", "these", "those", "he", "she", "we", "you", "i", "there", "one",
                       "both", "each", "all", "some", "many", "most", "others"})
FINITE_NEXT = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "may", "might", "can",
                          "could", "should", "must", "shall", "does", "do", "did", "remains", "remained", "continues",
                          "continued"})


def _subject_swap(d: PairDiff, r: Region) -> Finding | None:
    """The one word that is the subject, opening the sentence before its verb, swapped for another ('Russia has
    deployed troops' → 'China has deployed troops', 'Growth has slowed' → 'Inflation has slowed'): the same
    claim, now of something else. A capitalised first word may be a name or only capitalised for its place, so
    it is read as what the sentence is about, not as an actor."""
    if (r.i1, r.i2, r.j1, r.j2) != (0, 1, 0, 1) or len(d.old.words) < 3 or len(d.new.words) < 3:
        return None
    a, b = d.old.words[0], d.new.words[0]
    if d.old.words[1] not in FINITE_NEXT or d.new.words[1] != d.old.words[1] or not (a.isalpha() and b.isalpha()):
        return None
    if a in FUNCTION_WORDS or b in FUNCTION_WORDS or a in PRONOUNS or b in PRONOUNS or same_word(a, b) or (
            _inflected_form(a, b) or a in d.new.words or b in d.old.words):
        return None  # ('They do not …' → 'Enhancers do not …': a pronoun given its noun is the same subject)
    return Finding("reworded", "medium", None, (a,), (b,),
                   f"now said of another subject: '{d.old.raw_tokens[0]}' → '{d.new.raw_tokens[0]}'")


def _inflected_form(a: str, b: str) -> bool:
    """One word is the other with a suffix ('stable' → 'stabler', 'robust' → 'robustly')."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 4 and long.startswith(short[:-1]) and len(long) - len(short) <= 3


def _judgment_inserted(d: PairDiff, r: Region) -> Finding | None:
    """A few words inserted or deleted bring or take away a word that carries judgment ('due to crime, civil
    unrest' → 'due to crime, terrorism, civil unrest'): what the judgment covers changed."""
    if not targeted(r) or (r.i1 != r.i2 and r.j1 != r.j2):
        return None
    side, lo, hi, other, verb = (d.new, r.j1, r.j2, d.old, "added") if r.i1 == r.i2 else (
        d.old, r.i1, r.i2, d.new, "dropped")
    content = _content(list(side.words[lo:hi]), other.words)
    if _acronym_expansion(list(side.words[lo:hi]), other) or glosses_acronym(side, hi, other):
        return None  # 'presentation attack detection (PAD)' → 'PAD': the same thing, abbreviated
    terms = tuple(
        m.phrase for m in JUDGMENT_TERMS.find(side.words, lo, hi)
        if m.phrase not in WEAK_JUDGMENT and m.phrase not in _STANCE and all(w in content for w in m.phrase.split())
    )
    if not terms:
        return None
    before, after = ((), terms) if verb == "added" else (terms, ())
    where = "added to" if verb == "added" else "dropped from"
    return Finding("reworded", "medium", None, before, after, f"{where} the judgment: '{span(side, lo, hi)}'")


_SIGNAL_TABLES = (LIKELIHOOD, CONFIDENCE, NEGATIONS, TRENDS, DEGREE, RECOMMENDATION, JUDGMENT_TERMS)
# The tables whose values are steps of one scale: another word of the same step says the same.
_STEPPED = (LIKELIHOOD, CONFIDENCE, DEGREE, RECOMMENDATION)


def _verdict_changed(d: PairDiff) -> bool:
    """Among the words a rewrite changed (other forms of words kept on the other side aside) is one that carries
    judgment: a rewrite that only swaps neutral words and evidence verbs ('indicates that activity has been
    expanding moderately' → 'suggests that activity is expanding at a moderate pace') restates, not revises."""
    changed = {"old": set(d.old_changed()), "new": set(d.new_changed())}
    values: dict[tuple[str, int], set[int]] = {}  # (side, table) → values of the changed signal words
    for side, s in (("old", d.old), ("new", d.new)):
        for t, table in enumerate(_SIGNAL_TABLES):
            values[(side, t)] = {m.value for m in table.find(s.words)
                                 if all(w in changed[side] for w in m.phrase.split())}
    for side, s, words, other in (("old", d.old, d.old_changed(), d.new.words),
                                  ("new", d.new, d.new_changed(), d.old.words)):
        content = set(_content(words, other))
        if not content:
            continue
        twin = "new" if side == "old" else "old"
        for t, table in enumerate(_SIGNAL_TABLES):
            for m in table.find(s.words):
                if m.phrase in WEAK_JUDGMENT or not all(w in content for w in m.phrase.split()):
                    continue
                if table in _STEPPED and m.value in values[(twin, t)]:
                    continue  # 'may' → 'could', 'it is essential' → 'must', 'weak' → 'subdued': the same step
                return True
    return False


def _clause_verbs(words: list[str], side: Sentence, lo: int) -> list[str]:
    """The clause-making verbs among words (starting at token lo of side; lo < 0: position unknown); a
    capitalised 'May' inside a sentence is the month."""
    return [w for k, w in enumerate(words) if w in _CLAUSE_VERBS
            and not (w == "may" and lo >= 0 and lo + k > 0 and side.raw_tokens[lo + k] == "May")]


def _acronym_expansion(words: list[str], other: Sentence) -> bool:
    """The words spell out an acronym the other side uses ('presentation attack detection' ↔ 'PAD')."""
    content = [w for w in words if w.isalpha() and w not in FUNCTION_WORDS]
    if len(content) < 2:
        return False
    initials = "".join(w[0] for w in content)
    return any(t.isupper() and t.isalpha() and t.lower() == initials for t in other.raw_tokens)


def glosses_acronym(s: Sentence, hi: int, other: Sentence) -> bool:
    """The words ending before word `hi` spell out the acronym that follows them in parentheses, and the other
    version uses that acronym ('presentation attack protection (PAD)' ↔ 'PAD', 'Registration Authorities (RAs)' ↔
    'RAs'): an expansion added or dropped, whatever its letters."""
    if hi >= len(s.words) or "(" not in s.gaps[hi] or (hi + 1 < len(s.words) and ")" not in s.gaps[hi + 1]):
        return False
    token = s.raw_tokens[hi]
    letters = token[:-1] if token.endswith("s") else token
    return len(letters) >= 2 and letters.isupper() and letters.isalpha() and token in other.raw_tokens


_COORDINATORS = frozenset({"and", "or", "but", "nor", "as", "while", "whereas"})
_DISCOURSE = frozenset({"however", "therefore", "though", "also", "too", "moreover", "furthermore", "instead",
                        "thus", "hence", "meanwhile", "nonetheless", "nevertheless", "indeed"})
_EXAMPLES = frozenset({"g", "eg", "example", "such", "instance"})  # ("e.g." is the words e, g) examples illustrate
EXAMPLE_REACH = 8  # words back from a list entry to the words that make its list one of examples
LIST_MEMBER_WORDS = 3  # words of an entry put into or taken out of a list between its commas ('revocation')
COORDINATED_MIN_WORDS = 3  # 'and to spread', 'and execute malicious code': the coordinator and two words or more
# The longest part read as one ('… to decrypt it and use it to decrypt all future and past messages'): a clause's
# length, past which a run of words is a passage rewritten rather than one part of the judgment.
COORDINATED_MAX_WORDS = 16


def _coordinated(d: PairDiff, r: Region) -> Finding | None:
    """A coordinated part of a judgment dropped or added ('expected to persist and to spread' → 'expected to
    persist', 'could cause a denial of service and execute code' → 'could cause a denial of service', 'X addresses
    many challenges and can achieve Y' → 'X can achieve Y'): what the judgment covers changed, whatever the
    words."""
    if r.i1 != r.i2 and r.j1 != r.j2:
        return None
    side, lo, hi, other, verb = (d.new, r.j1, r.j2, d.old, "added") if r.i1 == r.i2 else (
        d.old, r.i1, r.i2, d.new, "dropped")
    words = list(side.words[lo:hi])
    # the coordinator opens the part ('… and to spread'), or closes it where the part came first ('addresses many
    # of these challenges and can achieve …' → 'can achieve …')
    leading = words[0] in _COORDINATORS
    # (closing: a verb phrase before 'and' and the kept one after it opening on an auxiliary — not 'access control
    # or' inside a noun phrase)
    closing = words[-1] == "and" and lo > 0 and hi < len(side.words) and side.words[hi] in FINITE_NEXT
    # an entry put into a list of three or more, between commas before its 'or'/'and' ('after expiration or
    # receipt' → 'after expiration, revocation, or receipt'): the list covers one more case
    member = lo > 0 and hi < len(side.words) and len(words) <= LIST_MEMBER_WORDS and "," in side.gaps[lo] and (
        side.words[hi] in ("or", "and")) and "|" not in side.text and not _EXAMPLES.intersection(
        side.words[max(0, lo - EXAMPLE_REACH):lo]) and all(
        w.isalpha() and w not in FUNCTION_WORDS and w not in other.words and not w.endswith("ly")
        and w not in _DISCOURSE for w in words)
    if member and (judgment_terms(side) or RFC2119.find(side.words)) and _content(words, other.words):
        before, after = ((), tuple(words)) if verb == "added" else (tuple(words), ())
        return Finding("reworded", "medium", "up" if verb == "added" else "down", before, after,
                       f"entry of a list {verb}: '{span(side, lo, hi)}'")
    if len(words) < COORDINATED_MIN_WORDS or len(words) > COORDINATED_MAX_WORDS or not (leading or closing):
        return None
    if not _content(words[1:] if leading else words[:-1], other.words) or not judgment_terms(side):
        return None  # the same words in another order, or a part that says nothing of its own
    before, after = ((), tuple(words)) if verb == "added" else (tuple(words), ())
    # ('could allow an attacker to gain privileges, execute code, and obtain credentials' → '… and execute code':
    # the judgment claims less, down; a part added claims more, up; 'but' sets one claim against another)
    step: Direction | None = None if leading and words[0] not in ("and", "or") else (
        "up" if verb == "added" else "down")
    return _trend_clause(d, side, lo, hi, verb) or Finding("reworded", "medium", step, before, after,
                                                           f"part of the judgment {verb}: '{span(side, lo, hi)}'")


_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly")
# Words that only carry voice or an empty subject: 'must be signed by X' ↔ 'X must sign', 'there are tools', 'X can
# be used to' ↔ 'you can use it to'; and the 'then' of 'If X then Y', which 'Y if X' drops.
_VOICE = frozenset("you we they he she one i our your it by there here being done did does then".split())
# Words that only say a state goes on ('The Board places …' → 'The Board continues to place …', 'is still expected')
_ASPECT = frozenset({"continue", "continues", "continued", "continuing", "still"})


# Verbs whose past forms are not made with '-ed', each form to its base: 'was written by the committee' ↔ 'the
# committee wrote'.
_IRREGULAR = {form: base for base, forms in (
    ("write", "wrote written"), ("take", "took taken"), ("give", "gave given"), ("make", "made"),
    ("see", "saw seen"), ("show", "shown"), ("choose", "chose chosen"), ("draw", "drew drawn"),
    ("know", "knew known"), ("hold", "held"), ("keep", "kept"), ("leave", "left"), ("run", "ran"),
    ("build", "built"), ("find", "found"), ("bring", "brought"), ("think", "thought"), ("tell", "told"),
    ("send", "sent"), ("spend", "spent"), ("buy", "bought"), ("teach", "taught"), ("begin", "began begun"),
    ("break", "broke broken"), ("drive", "drove driven"), ("grow", "grew grown"), ("rise", "rose risen"),
    ("fall", "fell fallen"), ("speak", "spoke spoken"), ("steal", "stole stolen"), ("lead", "led"),
    ("meet", "met"), ("pay", "paid"), ("lay", "laid"), ("say", "said"), ("sell", "sold"), ("win", "won"),
    ("get", "got gotten"), ("go", "went gone"), ("come", "came"), ("become", "became"), ("do", "did done"),
) for form in forms.split()}


def _stem(w: str) -> str:
    """A word's stem for comparing content: its ending cut, then a final 'e', so that 'use', 'used', 'uses' and
    'using' are one word, as 'render' and 'rendered' are, 'carry' and 'carried', 'write' and 'written'."""
    w = _IRREGULAR.get(w, w)
    if w.endswith(("ied", "ies")) and len(w) > 4:
        w = w[:-3] + "y"
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 2:
            w = w[: -len(suffix)]
            break
    if len(w) > 2 and w.endswith("e"):
        w = w[:-1]
    return w[:5]


_TENSE = frozenset({"will", "would"})  # bare, they mark time, not likelihood


def _signature(s: Sentence) -> tuple[tuple[str, ...], ...]:
    """What a paraphrase must keep: its negations, estimates, prescriptions, degree words and numbers."""
    marks = [tuple(sorted(m.phrase for m in table.find(s.words))) for table in (DEGREE, CONFIDENCE, TRENDS)]
    # Estimates by their band: 'is likely to use' and 'probably uses' estimate alike.
    estimates = tuple(sorted(str(m.value) for m in LIKELIHOOD.find(s.words) if m.phrase not in _TENSE))
    prescribes = (max((m.value for m in RECOMMENDATION.find(s.words)), default=0),)
    negations = (str(len(NEGATIONS.find(s.words))),)
    return (*marks, estimates, tuple(map(str, prescribes)), negations,
            tuple(sorted(w for w in s.words if any(c.isdigit() for c in w))))


def paraphrase(d: PairDiff) -> bool:
    """The two versions say the same thing in other words: the same estimates (by band), prescriptions, negations
    and numbers, and the same content words, in another order or voice ('The assertion must be signed by
    the IdP' → 'The IdP must sign the assertion'; 'disable X and deny Y' → 'deny Y and disable X'; 'is likely to
    use X' → 'probably uses X')."""
    if _signature(d.old) != _signature(d.new):
        return False
    return bool(a := _content_stems(d.old)) and a == _content_stems(d.new)


def _content_stems(s: Sentence) -> Counter[str]:
    """The content words of a sentence by stem, less the words of its estimates (compared by band)."""
    estimate = {k for m in LIKELIHOOD.find(s.words) if m.phrase not in _TENSE for k in range(m.start, m.end)}
    return Counter(_stem(w) for k, w in enumerate(s.words)
                   if w.isalpha() and w not in FUNCTION_WORDS and w not in _VOICE and w not in _ASPECT
                   and k not in estimate
                   and not _used_to(s.words, k))


USED_TO_REACH = 4  # words of what is used between 'use' and the 'to' of its purpose ('use Node.js to render')


def _used_to(words: tuple[str, ...], k: int) -> bool:
    """'used' in 'X can be used to featurize Y', 'use' in 'you can use X to featurize Y': the frame says no more
    than 'X can featurize Y'."""
    if words[k] == "used" and 0 < k < len(words) - 2 and words[k - 1] in BE_FORMS and words[k + 1] == "to":
        return True
    return words[k] in _USE and "to" in words[k + 2:k + 2 + USED_TO_REACH]


_USE = frozenset({"use", "uses", "using"})


# Verbs by which a writer points at what follows ('It is important to note that', 'It should be noted that').
_NOTING = frozenset({"note", "noted", "noting", "mention", "mentioned", "mentioning", "stress", "stressed",
                     "emphasise", "emphasised", "emphasize", "emphasized", "remember", "remembered",
                     "aware"})  # ('You should be aware that')
_ABLE = (("able", "to"),)


def _framing(words: list[str]) -> bool:
    """Words only added or dropped that leave the claim as it was: a frame by which the writer points at what
    follows ('It is important to note that', 'One item that is important to note with regards to this work is
    that'), a periphrasis of 'can' ('will be able to support' → 'will support'; 'is able to' → 'can' too; 'to be
    able to read' → 'to read'), or a
    note on a term ('not to be confused with generative adversarial networks')."""
    if words[-1] == "that" and _NOTING & set(words):
        return True
    if len(words) == 3 and words[0] in BE_FORMS and tuple(words[1:]) in _ABLE:
        return True
    if words == ["to", "be", "able"]:  # 'could allow an attacker to be able to read' → '… to read'
        return True
    return words[:5] == ["not", "to", "be", "confused", "with"]


def detect_reworded(d: PairDiff) -> Finding | None:
    """Rewording that changes meaning but fits no specific kind: a clause added or dropped, a pace changed,
    or a judgment rewritten so much that the reader must compare both versions. A paraphrase (the same
    content in another order or voice) is low."""
    found = _reworded(d)
    if found is not None and found.severity == "medium" and found.explanation.startswith(_STRUCTURAL) and (
            paraphrase(d)):
        return Finding("reworded", "low", None, found.before_terms, found.after_terms,
                       f"said another way, same content: {found.explanation}")
    return found


# Findings about the shape of a sentence (a clause, a part, a rewrite), which a paraphrase explains.
_STRUCTURAL = ("clause ", "part of the judgment", "judgment rewritten")


# Adjectives that rank a thing among others of its kind ('the main risk', 'a key challenge'): with 'the' it is the
# first of them, with 'a' one of several.
_RANKING = frozenset({"main", "chief", "principal", "primary", "key", "central", "major", "biggest", "greatest",
                      "largest", "leading", "foremost", "dominant", "overriding", "top", "single"})
_OWNERS = POSSESSIVES | {"the"}


def _sole_or_one_of(d: PairDiff) -> Finding | None:
    """'remains the Board's priority' → 'remains one of the Board's priorities', 'A key challenge is X' → 'The central
    challenge is X': the thing named moved between being the one of its kind and one among several — up when it
    became the one, down when it became one of them. The noun's number may change with it; nothing else."""
    for r in d.regions:
        old_w, new_w = d.old.words[r.i1:r.i2], d.new.words[r.j1:r.j2]
        rest = [x for x in d.regions if x is not r]
        if any(not _number_only(d, x) for x in rest):
            continue
        moves: tuple[tuple[tuple[str, ...], tuple[str, ...], Direction], ...] = (
            (old_w, new_w, "down"), (new_w, old_w, "up"))
        for a, b, step in moves:
            side, at = (d.new, r.j2) if step == "down" else (d.old, r.i2)
            if not a and tuple(b) == ("one", "of") and side.words[at:at + 1] and side.words[at] in _OWNERS:
                return Finding("polarity", "medium", step, tuple(old_w), tuple(new_w),
                               f"now {'one of several' if step == 'down' else 'the one'}: "
                               f"'{span(d.old, r.i1, r.i2, pad=1)}' → '{span(d.new, r.j1, r.j2, pad=1)}'")
        if len(old_w) == len(new_w) == 2 and {old_w[0], new_w[0]} in ({"a", "the"}, {"an", "the"}) and (
                old_w[1] in _RANKING and new_w[1] in _RANKING):
            rank: Direction = "up" if new_w[0] == "the" else "down"
            return Finding("polarity", "medium", rank, tuple(old_w), tuple(new_w),
                           f"now {'the one' if rank == 'up' else 'one of several'}: '{' '.join(old_w)}' → "
                           f"'{' '.join(new_w)}'")
    return None


def _number_only(d: PairDiff, r: Region) -> bool:
    """The region only changes a noun's number ('priority' → 'priorities', 'risk' → 'risks')."""
    old_w, new_w = d.old.words[r.i1:r.i2], d.new.words[r.j1:r.j2]
    return len(old_w) == len(new_w) == 1 and old_w[0][:STEM_NUMBER] == new_w[0][:STEM_NUMBER] and (
        old_w[0] != new_w[0])


STEM_NUMBER = 5  # letters a noun keeps in its singular and plural ('priority', 'priorities')


# Words of size, which most often name a kind of thing with their noun ('small businesses', 'large banks').
SIZE_WORDS = frozenset({"small", "tiny", "minimal", "large", "big", "huge", "massive"})


def _other_noun(d: PairDiff, r: Region, after_old: int, after_new: int) -> bool:
    """A word of size and the word it qualifies changed together ('Small businesses' → 'Large corporations'): who or
    what is meant changed, not how large a thing is."""
    if after_old >= r.i2 or after_new >= r.j2 or SIZE_WORDS.isdisjoint(
            (d.old.words[after_old - 1], d.new.words[after_new - 1])):
        return False
    a, b = d.old.words[after_old], d.new.words[after_new]
    # (not a rise or a fall, 'a large increase' → 'very strong growth': the size of one change)
    return a != b and a.isalpha() and b.isalpha() and a not in FUNCTION_WORDS and b not in FUNCTION_WORDS and not (
        DEGREE.find((a,)) or DEGREE.find((b,)) or TRENDS.find((a,)) or TRENDS.find((b,)))


def _reworded(d: PairDiff) -> Finding | None:
    best: Finding | None = _sole_or_one_of(d)
    if best is not None:
        return best
    if d.ratio < REWRITE_MAX and judgment_terms(d.old) and judgment_terms(d.new) and _verdict_changed(d):
        share = round(100 * (1 - d.ratio))
        best = Finding("reworded", "medium", None, tuple(d.old_changed()[:6]), tuple(d.new_changed()[:6]),
                       f"judgment rewritten ({share}% of the wording changed): compare both versions")
    for r in d.regions:
        f = _intensity(d, r)
        if f is not None:
            best = f if best is None or f.rank() < best.rank() else best
            continue
        old_w, new_w = list(d.old.words[r.i1:r.i2]), list(d.new.words[r.j1:r.j2])
        deg_old = DEGREE.find(d.old.words, r.i1, r.i2)
        deg_new = DEGREE.find(d.new.words, r.j1, r.j2)
        # A diminisher beside the degree word ('strong' → 'somewhat strong') is a nuance; one that is the degree
        # word itself ('sharply' → 'modestly') states another pace.
        beside = [m for m in DIMINISHERS.find(new_w) if m.phrase != deg_new[0].phrase] if deg_new else []
        if deg_old and deg_new and deg_old[0].value != deg_new[0].value and not beside and not _other_noun(
                d, r, deg_old[0].end, deg_new[0].end):
            word = "stronger" if deg_new[0].value > deg_old[0].value else "weaker"
            a, b = deg_old[0].value, deg_new[0].value
            if _qualifies_decline(d.old, deg_old[0].start) and _qualifies_decline(d.new, deg_new[0].start):
                # 'has moderated slightly' → 'has moderated sharply': a stronger fall is a move down.
                a, b, word = 2 * PACE_MIDDLE - a, 2 * PACE_MIDDLE - b, f"{word} on a fall"
            f = _along(a, b, PACE_MIDDLE, (deg_old[0].phrase,), (deg_new[0].phrase,),
                       f"pace or strength now {word}: '{span(d.old, r.i1, r.i2)}' → '{span(d.new, r.j1, r.j2)}'")
            best = f if best is None or f.rank() < best.rank() else best
            continue
        f = _judgment_inserted(d, r) or _contributing(d, r)
        if f is not None:
            best = f if best is None or f.rank() < best.rank() else best
            continue
        f = _coordinated(d, r)
        if f is not None:
            best = f if best is None or f.rank() < best.rank() else best
            continue
        for words, side, lo, hi, verb in ((new_w, d.new, r.j1, r.j2, "added"), (old_w, d.old, r.i1, r.i2, "dropped")):
            other = d.old.words if side is d.new else d.new.words
            replaced_by = old_w if side is d.new else new_w
            if len(replaced_by) > 1 and _clause_verbs(replaced_by, side, -1):
                continue  # a clause replaced by another clause: a rewording, weighed below, not one added
            content = _content(words, other)
            verbs = _clause_verbs(words, side, lo)
            # A relative clause only added or dropped ('TLS servers that accept client certificates are affected'
            # → 'TLS servers are affected'): who or what the judgment is about widened or narrowed.
            relative = not replaced_by and words[0] in RELATIVES and len(words) > CLAUSE_MIN_WORDS
            if replaced_by and _recast(replaced_by, words):
                failed = _NEGATING_VERBS.intersection(words) or _denied(replaced_by, words)
                if failed and not WHOLLY.isdisjoint(words) and WHOLLY.isdisjoint(replaced_by):
                    # ('recovered' → 'did not fully recover': said to have happened only in part, short of whole)
                    step: Direction = "down" if side is d.new else "up"
                    f = Finding("polarity", "high", step, tuple(old_w), tuple(new_w),
                                f"{'now' if side is d.new else 'no longer'} said to happen only in part: "
                                f"'{span(d.old, r.i1, r.i2)}' → '{span(d.new, r.j1, r.j2)}'")
                    best = f if best is None or f.rank() < best.rank() else best
                elif failed:
                    # ('uncovered' → 'failed to uncover', 'met' → 'did not meet', 'reduced' → 'did not
                    # significantly reduce': the same verb, said not to have happened)
                    how = "now said not to happen" if side is d.new else "no longer said not to happen"
                    f = Finding("polarity", "high", "reversed", tuple(old_w), tuple(new_w),
                                f"{how}: '{span(d.old, r.i1, r.i2)}' → '{span(d.new, r.j1, r.j2)}'")
                    best = f if best is None or f.rank() < best.rank() else best
                continue  # the replaced words again, in another form: the same predicate put another way
            if len(words) >= CLAUSE_MIN_WORDS and content and (verbs or relative) and not _acronym_expansion(
                    words, d.old if side is d.new else d.new) and not (
                    _framing(words) and (not replaced_by or replaced_by in (["can"], ["could"]))):
                f = _trend_clause(d, side, lo, hi, verb) or Finding(
                    "reworded", "medium", None, tuple(old_w), tuple(new_w), f"clause {verb}: '{span(side, lo, hi)}'")
                best = f if best is None or f.rank() < best.rank() else best
        if best is not None and best.severity == "medium":
            continue
        content_old = _content(old_w, d.new.words)
        content_new = _content(new_w, d.old.words)
        if not content_old and not content_new:
            continue
        verdict = _verdict_swap(d, r, content_old, content_new) or _predicate_swap(d, r) or _subject_swap(d, r) or (
            _how_common(d, r))
        if verdict is not None:
            best = verdict if best is None or verdict.rank() < best.rank() else best
            continue
        before, after = span(d.old, r.i1, r.i2, pad=1), span(d.new, r.j1, r.j2, pad=1)
        extended = _trend_extended(d, r)
        if extended is not None:
            best = best or extended
            continue
        compared = _compared(d, r)
        if compared is not None:
            best = compared if best is None or compared.rank() < best.rank() else best
            continue
        stress = _stress(_well_as_far(d.old, r.i1, r.i2), _well_as_far(d.new, r.j1, r.j2))
        if stress and any(r.j1 <= m.start < r.j2 < m.end for m in CONFIDENCE.find(d.new.words)) and any(
                r.i1 <= m.start < r.i2 < m.end for m in CONFIDENCE.find(d.old.words)):
            stress = 0  # ('reasonably confident' → 'highly confident': confidence, the confidence detector's)
        if stress and (_part_of_estimate(d.old, r.i1, r.i2) or _part_of_estimate(d.new, r.j1, r.j2)):
            stress = 0  # ('very likely' → 'likely', 'very unlikely' → 'unlikely': a band of likelihood, its detector's)
        if stress:
            word = "more" if stress > 0 else "less"
            # (a judgment said more or less strongly, medium; in a prescription ('SHALL additionally be strongly
            # protected') a nuance, low, as how hard the advice presses is the recommendation detector's)
            advice = bool(RECOMMENDATION.find(d.old.words) or RFC2119.find(d.old.words))
            # ('growing a bit below trend' → 'growing well below trend': further below is lower, as a stronger
            # fall is a move down)
            lower = r.i2 < len(d.old.words) and d.old.words[r.i2] in _LOWER_PLACE and d.new.words[r.j2:r.j2 + 1] == (
                d.old.words[r.i2],)
            best = best or Finding("polarity", "medium" if abs(stress) > 1 or not advice else "low",
                                   "up" if (stress > 0) != lower else "down", tuple(old_w), tuple(new_w),
                                   f"said {word} strongly{' of a place below' if lower else ''}: '{before}' → "
                                   f"'{after}'")
            continue
        sized = _sized(old_w, new_w, before, after) or _strong_word(d, r, before, after) or _weighed(
            d, r, before, after)
        if sized is not None and not _read_elsewhere(d, r):
            best = best or sized
            continue
        if _flipped(d, r):
            best = best or Finding("polarity", "high", "reversed", tuple(old_w), tuple(new_w),
                                   f"evaluation reversed: '{before}' → '{after}'")
            continue
        part = _in_part(d, r) or _conjunct(d, r)
        if part is not None:
            best = best or part
            continue
        nuance = DIMINISHERS.find(new_w) or DIMINISHERS.find(old_w)
        what = "nuance" if nuance else "wording"
        f = Finding("reworded", "low", None, tuple(old_w), tuple(new_w), f"{what} changed: '{before}' → '{after}'")
        best = best or f
    return best


# Words that make a verb after them a contributing cause ('enforce' → 'aid in enforcing', 'reduce' → 'help reduce').
_HELPING = frozenset({("help",), ("helps",), ("helped",), ("help", "to"), ("helps", "to"), ("helped", "to"),
                      ("aid", "in"), ("aids", "in"), ("assist", "in"), ("assists", "in"), ("contribute", "to"),
                      ("contributes", "to"), ("contributed", "to")})


# Words after which 'help' is a noun ('the help desk', 'with the help of').
_NOUN_BEFORE = NOUN_DETERMINERS | _OWNERS | {"with", "of", "for", "without", "some", "any", "no", "more", "much"}


def _contributing(d: PairDiff, r: Region) -> Finding | None:
    """'Short sessions enforce reauthentication' → 'Short sessions aid in enforcing reauthentication', 'Firewalls
    reduce the risk' → 'Firewalls help reduce the risk': what brought a thing about is now one cause among others,
    a causal claim weakened (down); the words taken out, it is made whole (up). The same verb on both sides, in any
    form, and nothing else changed in the region."""
    old_w, new_w = d.old.words[r.i1:r.i2], d.new.words[r.j1:r.j2]
    ways: tuple[tuple[tuple[str, ...], tuple[str, ...], Sentence, int, Direction], ...] = (
        (old_w, new_w, d.new, r.j2, "down"), (new_w, old_w, d.old, r.i2, "up"))
    for bare, helped, side, at, step in ways:
        unhelped = d.old if side is d.new else d.new
        for k in (1, 2):
            if tuple(helped[:k]) not in _HELPING or any(_stem(w) == _stem(helped[0]) for w in unhelped.words):
                continue  # (… 'measures helping to contain' → 'measures to help contain': helped on both sides)
            rest = helped[k:]
            if not bare and not rest:  # 'reduce' → 'help reduce': the verb kept after the region
                verb = side.words[at] if at < len(side.words) else ""
                ok = bool(verb) and verb_form(verb) and (at == k or side.words[at - k - 1] not in _NOUN_BEFORE)
            else:
                ok = len(bare) == len(rest) == 1 and _stem(bare[0]) == _stem(rest[0]) and bare[0].isalpha()
            if ok:
                how = "now one cause among others" if step == "down" else "now the whole cause"
                return Finding("reworded", "medium", step, tuple(old_w), tuple(new_w),
                               f"{how}: '{span(d.old, r.i1, r.i2, pad=1)}' → '{span(d.new, r.j1, r.j2, pad=1)}'")
    return None


def _recast(replaced: list[str] | tuple[str, ...], words: list[str] | tuple[str, ...]) -> bool:
    """Every content word replaced stands, in another form, among the words that replaced it: the same predicate
    put another way ('uncovered' → 'was able to uncover', 'can also integrate' → 'can also be useful for
    integrating', 'met' → 'did not meet'), not a clause added. Whether the new words deny it is the caller's."""
    content = [w for w in replaced if w.isalpha() and w not in FUNCTION_WORDS]
    stems = {w[:STEM] for w in words if w.isalpha() and len(w) >= STEM}
    bases = {_stem(w) for w in words if w.isalpha()}
    return bool(content) and all((len(w) >= STEM and w[:STEM] in stems) or _stem(w) in bases for w in content)


# What may stand beside a verb to deny it: 'met' → 'did not meet', 'has not met', 'was never met'.
_DENYING = frozenset({"not", "never"})  # (not 'cannot': an ability or a chance denied, the likelihood detector's)
_DENIAL_GLUE = BE_FORMS | HAVE_FORMS | {"do", "does", "did", "to"}


# How far a denial reaches: 'did not significantly reduce' denies the effect; 'has not fully recovered' grants a
# part of it (a move down, not a reversal: 'Demand has recovered' → 'Demand has not fully recovered').
_DENIED_DEGREE = frozenset({"significantly", "substantially", "materially", "meaningfully", "appreciably",
                            "measurably", "noticeably", "markedly", "considerably", "greatly", "much"})
WHOLLY = frozenset({"fully", "completely", "entirely", "wholly", "totally", "altogether", "quite"})


def _denied(replaced: list[str] | tuple[str, ...], words: list[str] | tuple[str, ...]) -> bool:
    """The replaced verb again, denied with only a negation, auxiliaries and how far beside it ('met' → 'did not
    meet', 'reduced' → 'did not significantly reduce')."""
    bases = {_stem(w) for w in replaced}
    extra = [w for w in words if _stem(w) not in bases]
    return bool(extra) and any(w in _DENYING for w in extra) and all(
        w in _DENYING or w in _DENIAL_GLUE or w in _DENIED_DEGREE or w in WHOLLY for w in extra)


# Verbs that say the verb after them did not happen ('failed to uncover', 'neglected to report', 'refused to sign').
_NEGATING_VERBS = frozenset({"fail", "fails", "failed", "failing", "neglect", "neglects", "neglected", "refuse",
                             "refuses", "refused"})


_WH = frozenset({"when", "where", "why", "how", "what", "which", "who", "whom", "whose", "whether"})
CONJUNCT_MAX_WORDS = 2  # 'and legal', 'best practices and': one more thing named beside another, not a clause


def _conjunct(d: PairDiff, r: Region) -> Finding | None:
    """'technological and legal hurdles' → 'technological hurdles', 'guarantees and best practices' → 'guarantees':
    a word or two joined by 'and' to what the sentence already names, added or dropped alone, and said nowhere else
    in the other version's sentence. The judgment covers one thing more (up) or one fewer (down); how much that
    matters is the sentence's, so the flag stays a nuance (low) — the direction is what it adds."""
    if (r.i1 == r.i2) == (r.j1 == r.j2):
        return None
    side, lo, hi, other, up = (d.new, r.j1, r.j2, d.old, True) if r.i1 == r.i2 else (d.old, r.i1, r.i2, d.new, False)
    words = side.words[lo:hi]
    if words[0] == "and" and lo > 0:
        named = words[1:]
    elif words[-1] == "and" and hi < len(side.words):
        named = words[:-1]
    else:
        return None
    if not 1 <= len(named) <= CONJUNCT_MAX_WORDS or any(
            not w.isalpha() or w in FUNCTION_WORDS or w in _WH or w in other.words for w in named):
        return None  # ('how much' → 'when and how much': a question widened, not a thing named)
    if any(ch in side.gaps[k] for k in range(lo, hi + 1) if k < len(side.words) for ch in ".;:"):
        return None  # the 'and' of a sentence run on, not of two things named together
    direction: Direction = "up" if up else "down"
    how = "one more thing named" if up else "one thing fewer named"
    # ('wording changed' first: what reads a wording change on, a condition or a prescription, reads this one too)
    return Finding("reworded", "low", direction, tuple(d.old.words[r.i1:r.i2]), tuple(d.new.words[r.j1:r.j2]),
                   f"wording changed ({how}): '{span(side, lo, hi)}'")


# Words that say a state holds of a part only, added or dropped alone ('partly fixed', 'has only partially
# enabled', 'are in part a consequence').
_IN_PART = frozenset({("partly",), ("partially",), ("only", "partly"), ("only", "partially"), ("in", "part"),
                      ("only", "in", "part")})


def _in_part(d: PairDiff, r: Region) -> Finding | None:
    """'has been fixed' → 'has been partly fixed', 'is partially mitigated' → 'is mitigated', 'has enabled' → 'has
    only partially enabled', 'are in part a consequence' → 'are a consequence': a state said of the whole now said of
    a part of it (down), or the reverse (up). Not a nuance as 'slightly' is: a thing partly fixed is not fixed. Only
    the words of part added or dropped alone, between a form of 'be' or 'have' and a participle, or after 'be' before
    the noun it predicates; 'partly because', 'partly reflecting' give one cause among others."""
    for words, side, lo, hi, up in ((d.new.words[r.j1:r.j2], d.new, r.j1, r.j2, False),
                                    (d.old.words[r.i1:r.i2], d.old, r.i1, r.i2, True)):
        other = d.old.words[r.i1:r.i2] if side is d.new else d.new.words[r.j1:r.j2]
        if other or tuple(words) not in _IN_PART or lo == 0 or hi >= len(side.words):
            continue
        before, state = side.words[lo - 1], side.words[hi]
        participle = state.isalpha() and state.endswith(("ed", "en")) and before in BE_FORMS | HAVE_FORMS
        if participle or (before in BE_FORMS and state in NOUN_DETERMINERS):
            direction: Direction = "up" if up else "down"
            how = "now said of the whole, not of a part" if up else "now said only in part"
            return Finding("polarity", "medium", direction, tuple(d.old.words[r.i1:r.i2]),
                           tuple(d.new.words[r.j1:r.j2]),
                           f"{how}: '{span(d.old, r.i1 - 1, r.i2 + 1)}' → '{span(d.new, r.j1 - 1, r.j2 + 1)}'")
    return None


_LINKING = _PREDICATING | {"a", "an"}  # the place of an adjective: after a linking verb or an article
_MORE_LESS = {"more": 1, "less": -1}
_NOT_COMPARED = frozenset({"more", "less", "most", "least"})
_ROOM = frozenset({"much", "far", "even", "still", "bit"})  # 'much more', 'a bit less'


def _compared(d: PairDiff, r: Region) -> Finding | None:
    """'a mildly restrictive stance' → 'a somewhat more restrictive stance', 'is cautious' → 'is more
    cautious': a quality the other version stated now stated as more (up) or less (down) of it — a move, not
    a stress. Read where 'more'/'less' (after softeners or 'much') stands before a word both versions keep and
    after an article or a linking verb, the place of an adjective ('a more', 'is less'): 'more data' is a
    quantity, not a comparison."""
    if r.j1 == r.j2 or _NOT_COMPARED.intersection(d.old.words[r.i1:r.i2]):
        return None
    words = d.new.words
    for k in range(r.j1, r.j2):
        step = _MORE_LESS.get(words[k])
        if step is None or k + 1 != r.j2 or k + 1 >= len(words):
            continue  # the word compared comes right after the change, kept: one the other version has too
        head = words[k + 1]
        if head not in d.old.words or not head.isalpha() or head in CONFIDENCE.words or any(
                m.start <= k < m.end for m in LIKELIHOOD.find(words)):
            continue  # ('more confident', 'more likely than not': confidence and likelihood, read by their detectors)
        i = k - 1
        while i >= 0 and (words[i] in _ROOM or DEGREE_ADVERBS.find(words, i, i + 1)):
            i -= 1
        if i < 0 or words[i] not in _LINKING:
            continue
        before, after = span(d.old, r.i1, r.i2, pad=1), span(d.new, r.j1, r.j2, pad=1)
        return Finding("polarity", "medium", "up" if step > 0 else "down", tuple(d.old.words[r.i1:r.i2]),
                       (words[k], head), f"now {words[k]} {head}: '{before}' → '{after}'")
    return None


def _trend_clause(d: PairDiff, side: Sentence, lo: int, hi: int, verb: str) -> Finding | None:
    """A clause added that states a rise or a fall the other version did not state ('Long-term interest rates
    remain low' → '… have fallen further and risk spreads remain low', 'Inflation is the highest since the early
    1990s' → '… and is expected to increase further'): the judgment moved from saying nothing of a trend to
    stating one, up for a rise, down for a fall; a clause that stated one dropped moved the other way."""
    first = side.words[lo + 1] if side.words[lo] in ("and", "but") and lo + 1 < hi else side.words[lo]
    if first in _CONDITIONS:
        return None  # ('…, provided productivity growth picked up': a condition on the claim, not a trend it states)
    found = {m.value for m in TRENDS.find(side.words, lo, hi) if m.phrase not in _COMPARED
             and side.words[m.end:m.end + 2] not in _RESORT}
    if len(found) != 1:
        return None
    cls = TREND_CLASSES[found.pop()]
    other = d.old if side is d.new else d.new
    if cls == "flat" or any(TREND_CLASSES[m.value] == cls for m in TRENDS.find(other.words)):
        return None
    rise = cls == "up"
    step: Direction = "up" if rise == (verb == "added") else "down"
    what = "a rise" if rise else "a fall"
    phrase = span(side, lo, hi)
    before, after = ((), (phrase,)) if verb == "added" else ((phrase,), ())
    return Finding("polarity", "medium", step, before, after, f"clause {verb}, stating {what}: '{phrase}'")


# What opens a condition, and 'as long as' and an inverted 'should that happen' too ('where doing so does not
# raise the cost', 'as long as the measures are not withdrawn'): what follows is when the claim holds.
_CONDITIONS = CONDITION_OPENERS | {"as", "should"}

# 'fall back to', 'falls back on': to resort to, not a decline.
_RESORT = frozenset({("back", "to"), ("back", "on")})
# Trend words that also compare or bound ('0.3.0 and lower', 'a higher rate'): alone they state no movement.
_COMPARED = frozenset({"higher", "lower", "stronger", "upward"})


_EXTENDERS = frozenset({"further", "again"})  # 'has improved further', 'have fallen again': the trend goes on


def _trend_extended(d: PairDiff, r: Region) -> Finding | None:
    """Only 'further' or 'again' added beside a rise or a fall, or dropped from beside one ('The outlook has
    improved' → 'The outlook has improved further'): the trend said to go on, a nuance in its own direction (up for
    a rise said to go further, down for a fall; the reverse when the word is dropped)."""
    if bool(r.i2 > r.i1) == bool(r.j2 > r.j1):
        return None
    added = r.j2 > r.j1
    side, lo, hi = (d.new, r.j1, r.j2) if added else (d.old, r.i1, r.i2)
    if not all(w in _EXTENDERS for w in side.words[lo:hi]):
        return None
    near = [m for m in TRENDS.find(side.words, max(0, lo - 2), min(len(side.words), hi + 2))
            if m.end <= lo or m.start >= hi]
    classes = {TREND_CLASSES[m.value] for m in near} - {"flat"}
    if len(classes) != 1:
        return None
    step: Direction = "up" if (classes.pop() == "up") == added else "down"
    return Finding("polarity", "low", step, tuple(d.old.words[r.i1:r.i2]), tuple(d.new.words[r.j1:r.j2]),
                   f"trend said to go {'further' if added else 'no further'}: '{span(d.old, r.i1, r.i2, pad=1)}' "
                   f"→ '{span(d.new, r.j1, r.j2, pad=1)}'")


_ARTICLES = frozenset({"a", "an"})


def _part_of_estimate(s: Sentence, lo: int, hi: int) -> bool:
    """The changed words are part of a longer phrase of the likelihood table ('very' of 'very likely', 'highly' of
    'highly improbable'): the phrase is a band of its own, not the shorter estimate said more strongly."""
    return lo < hi and any(m.start <= lo and hi <= m.end and m.end - m.start > hi - lo
                           for m in LIKELIHOOD.find(s.words))


# Words of place or measure that 'well' in front of stresses as 'far' does ('well above target', 'well into 2025',
# 'well short of'); elsewhere 'well' says how ('well tolerated'), not how much.
_WELL_MEASURED = frozenset({"above", "below", "over", "under", "beyond", "ahead", "behind", "short", "past", "within",
                            "into", "before", "after", "outside", "inside"})


_LOWER_PLACE = frozenset({"below", "beneath", "behind", "short"})  # a place lower than a mark ('well below trend')


def _well_as_far(s: Sentence, lo: int, hi: int) -> list[str]:
    """The changed words, 'well' read as 'far' where a word of place or measure follows it ('remains well above
    target' → 'remains slightly above target': said less strongly), and as 'very' where a past participle does
    ('is maintained' → 'is well maintained', 'well established' → 'established': how fully it is so). A word set
    off by commas where a clause opens ('Notably, …', 'Critically, …') comments on what follows: it stresses nothing."""
    words = s.words

    def read(k: int, w: str) -> str:
        if k + 1 < len(words) and "," in s.gaps[k + 1] and (k == 0 or any(ch in s.gaps[k] for ch in ",;:")):
            return ","
        if w != "well" or k + 1 >= len(words):
            return w
        nxt = words[k + 1]
        if nxt in _WELL_MEASURED:
            return "far"
        return "very" if (nxt.endswith("ed") and len(nxt) > 4) or nxt in _IRREGULAR else w
    return [read(k, w) for k, w in enumerate(words[lo:hi], lo)]


def _stress(old_w: list[str], new_w: list[str]) -> int:
    """Words that only stress or soften, added, dropped or swapped for another ('a boost' → 'a significant boost',
    'remains very high' → 'remains high', 'slightly' → 'very'): +1 said more strongly, -1 less, ±2 when a word
    that softens and one that stresses were swapped ('highly correlated' → 'moderately correlated'), 0 when
    anything else changed in the region or the strength is the same."""
    def strength(words: list[str]) -> int | None:
        marks = DEGREE_ADVERBS.find(words)
        if sum(m.end - m.start for m in marks) != len(words):
            return None
        return sum(m.value for m in marks)
    a, b = strength(old_w), strength(new_w)
    if (a is None or b is None) and old_w[:1] and new_w[:1] and {old_w[0], new_w[0]} <= _ARTICLES:
        # ('an increase' → 'a sharp increase': the article changed only to go before the word that stresses)
        a, b = strength(old_w[1:]), strength(new_w[1:])
    if a is None or b is None or a == b:
        return 0
    if a * b < 0:  # a softener for a stress word or the reverse ('highly' → 'moderately'): across the middle
        return 2 if b > a else -2
    return 1 if b > a else -1


STATUS_WORDS = 2  # a status edit replaces a word or two ('Draft' → 'Accepted', 'proposed' → 'final')
_STANDING_WEAKENED = frozenset({"deprecated"})  # still stands, its use discouraged: lower, not ended


# Verbs that say, in other words, that a thing no longer stands: put for a status word, the same status.
_ENDED_OTHERWISE = frozenset({"replaced", "supplanted", "succeeded", "decommissioned", "discontinued"})


def detect_standing(d: PairDiff) -> Finding | None:
    """A status saying the document or decision no longer stands ('withdrawn', 'superseded', 'repealed') added or
    dropped where the other side states none ('withdrawn = "2025-11-29"' added to an advisory's header, '(revoked)'
    dropped): its standing reversed."""
    for r in d.regions:
        a = [w for w in d.old.words[r.i1:r.i2] if w in STATUS_ENDED]
        b = [w for w in d.new.words[r.j1:r.j2] if w in STATUS_ENDED]
        if bool(a) == bool(b) or STATUS_TERMS.find(d.old.words if b else d.new.words):
            continue
        word = (b or a)[0]
        mine = d.new.words[r.j1:r.j2] if b else d.old.words[r.i1:r.i2]
        if not _CONDITIONS.isdisjoint(mine[:mine.index(word)]):
            continue  # ('as long as the income support measures are not withdrawn'): said of something else
        other = d.old.words[r.i1:r.i2] if b else d.new.words[r.j1:r.j2]
        if any(w[:5] == word[:5] for w in other):  # 'withdraw' → 'withdrawn': the same status, spelt right
            continue
        if not _ENDED_OTHERWISE.isdisjoint(other):
            continue  # ('if the application has been superseded' → '… replaced by a newer application'): the same
        if word in _STANDING_WEAKENED:
            # 'deprecated' still stands, discouraged: its standing lowered (down), or restored (up), not ended
            lowered: Direction = "down" if b else "up"
            what = "added: what it marks stands, discouraged" if b else "dropped: what it marked stands fully again"
            return Finding("polarity", "medium", lowered, tuple(a[:1]), tuple(b[:1]), f"status '{word}' {what}")
        what = "added: what it marks no longer stands" if b else "dropped: what it marked stands again"
        return Finding("polarity", "high", "reversed", tuple(a[:1]), tuple(b[:1]), f"status '{word}' {what}")
    return None


def detect_status(d: PairDiff) -> Finding | None:
    """The stated status of a document or decision changed ('Status: Draft' → 'Status: Accepted'): a decision."""
    for r in d.regions:
        if r.i1 == r.i2 or r.j1 == r.j2 or max(r.i2 - r.i1, r.j2 - r.j1) > STATUS_WORDS:
            continue
        a = STATUS_TERMS.find(d.old.words, r.i1, r.i2)
        b = STATUS_TERMS.find(d.new.words, r.j1, r.j2)
        if a and b and a[0].phrase != b[0].phrase:
            return Finding("reworded", "high", None, (a[0].phrase,), (b[0].phrase,),
                           f"status changed: '{span(d.old, r.i1, r.i2)}' → '{span(d.new, r.j1, r.j2)}' (decision)")
    return None
