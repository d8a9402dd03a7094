"""Reversals: a negation added or removed, a negating prefix (able/unable), an antonym or a trend turned around."""

from __future__ import annotations

from monitor.assess.findings import Finding, PairDiff, Region, span, targeted
from monitor.assess.lexicon import ADVISORY_LEVELS, ANTONYMS, LIKELIHOOD, NEGATIONS, TREND_CLASSES, TRENDS
from monitor.assess.text import Sentence, negated_pair


def _negations(s: Sentence, lo: int, hi: int) -> list[str]:
    """Negations among words [lo, hi), except those inside an advisory level ("Do Not Travel")."""
    levels = ADVISORY_LEVELS.find(s.words)
    found = [
        m.phrase for m in NEGATIONS.find(s.words, lo, hi)
        if not any(lv.start <= m.start < lv.end for lv in levels)
    ]
    found += [w for w in s.words[lo:hi] if w.endswith("n't")]
    return found


def _reversed(d: PairDiff, r: Region, why: str, before: tuple[str, ...], after: tuple[str, ...]) -> Finding:
    old_text = span(d.old, r.i1, r.i2, pad=1)
    new_text = span(d.new, r.j1, r.j2, pad=1)
    return Finding("polarity", "high", "reversed", before, after, f"{why}: '{old_text}' became '{new_text}'")


def detect_polarity(d: PairDiff) -> Finding | None:
    """The judgment reverses inside a changed region."""
    for r in d.regions:
        if not targeted(r):
            continue
        neg_old, neg_new = _negations(d.old, r.i1, r.i2), _negations(d.new, r.j1, r.j2)
        if len(neg_old) % 2 != len(neg_new) % 2:
            why = "negation removed" if len(neg_old) > len(neg_new) else "negation added"
            return _reversed(d, r, why, tuple(neg_old), tuple(neg_new))
        old_words, new_words = d.old.words[r.i1:r.i2], d.new.words[r.j1:r.j2]
        for a in old_words:
            for b in new_words:
                if a in LIKELIHOOD.words and b in LIKELIHOOD.words:
                    continue  # likely/unlikely is a likelihood shift, reported by that detector
                if negated_pair(a, b):
                    return _reversed(d, r, f"reversed: '{a}' → '{b}'", (a,), (b,))
                if frozenset((a, b)) in ANTONYMS and a not in d.new.words and b not in d.old.words:
                    return _reversed(d, r, f"reversed: '{a}' → '{b}'", (a,), (b,))
        t_old = TRENDS.find(d.old.words, r.i1, r.i2)
        t_new = TRENDS.find(d.new.words, r.j1, r.j2)
        c_old = {m.value for m in t_old}
        c_new = {m.value for m in t_new}
        if c_old and c_new and c_old.isdisjoint(c_new):
            names = [TREND_CLASSES[m.value] for m in (t_old[0], t_new[0])]
            label = {"up": "rise", "down": "decline", "flat": "no change"}
            why = f"trend reversed ({label[names[0]]} → {label[names[1]]})"
            return _reversed(d, r, why, tuple(m.phrase for m in t_old), tuple(m.phrase for m in t_new))
    return None
