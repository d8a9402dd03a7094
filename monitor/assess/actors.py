"""Actors: capitalised names (people, countries, organisations) present in one version of a sentence only."""

from __future__ import annotations

from monitor.assess.findings import Finding, PairDiff
from monitor.assess.lexicon import MONTHS, NAME_STOPWORDS
from monitor.assess.text import Sentence, same_word


def _is_cap(raw: str) -> bool:
    return raw[:1].isupper() and raw.lower() not in NAME_STOPWORDS and raw.lower() not in MONTHS


def names(s: Sentence) -> list[tuple[str, ...]]:
    """Runs of capitalised words; a lone capitalised first word is just the start of the sentence."""
    out: list[tuple[str, ...]] = []
    run: list[str] = []
    start = 0
    toks = s.raw_tokens
    for i, t in enumerate([*toks, ""]):
        if t and _is_cap(t):
            if not run:
                start = i
            run.append(t)
            continue
        if run and not (start == 0 and len(run) == 1 and not run[0].isupper()):
            out.append(tuple(run))
        run = []
    return out


def _present(name: tuple[str, ...], other: Sentence) -> bool:
    """A name counts as present when each of its words appears (allowing a corrected spelling)."""
    return all(any(same_word(w, t) for t in other.raw_tokens if t[:1].isupper()) for w in name if len(w) > 1)


def detect_actor(d: PairDiff) -> Finding | None:
    """A named actor was added to, removed from or replaced in the judgment."""
    gone = [" ".join(n) for n in names(d.old) if not _present(n, d.new)]
    came = [" ".join(n) for n in names(d.new) if not _present(n, d.old)]
    if not gone and not came:
        return None
    if gone and came:
        why = f"actor replaced: {', '.join(gone)} → {', '.join(came)}"
    elif gone:
        why = f"actor removed: {', '.join(gone)}"
    else:
        why = f"actor added: {', '.join(came)}"
    return Finding("actor", "medium", None, tuple(gone), tuple(came), why)
