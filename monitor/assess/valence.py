"""Valence: whether a word of evaluation says good or bad, read from VADER's lexicon (Hutto & Gilbert 2014, the
`vaderSentiment` package, MIT): 7,500 English words rated from -4 to +4 by ten raters each.

Only the sign is read, and only to compare two words that stand in the same place of a sentence: one evaluation
swapped for another of the same sign says the same thing as strongly ('conditions were positive' → 'were
favourable'), one of the opposite sign turns the judgment round ('the results were encouraging' → 'were
disappointing'). A word the lexicon does not rate, or rates near zero, has no sign: nothing is concluded from it.
The lexicon is read on first use (a small diff never reads it).
"""

from __future__ import annotations

from functools import lru_cache

from monitor.assess.text import variant_forms

SIGN_MIN = 0.5  # a mean rating nearer zero than this is no sign (VADER's raters split on the word)


@lru_cache(maxsize=1)
def _lexicon() -> str:
    """The lexicon's text, a line per rated token ('word<TAB>mean<TAB>sd<TAB>ratings'), after a newline: a word
    is found by its line's start. A diff asks about a few words, so the text is searched rather than parsed (7,500
    lines parsed cost a small diff 12 ms; reading the text, 1 ms)."""
    from importlib.util import find_spec
    from pathlib import Path

    # (the package's folder from its spec: importlib.resources would import zipfile and threading for one file)
    spec = find_spec("vaderSentiment")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("vaderSentiment is not installed: run 'make install' (or pip install -e .)")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return "\n" + (folder / "vader_lexicon.txt").read_text(encoding="utf-8")


@lru_cache(maxsize=4096)
def _rating(word: str) -> float | None:
    """The word's mean rating, None when the lexicon does not rate it (emoticons and abbreviations are never asked:
    only words of letters are)."""
    text = _lexicon()
    at = text.find(f"\n{word}\t")
    if at < 0:
        return None
    start = at + len(word) + 2
    return float(text[start:text.index("\t", start)])


def _rated(word: str) -> float | None:
    """The word's rating, a spelling variant's when the word as written has none ('favourable' is rated as
    'favorable'); None for an unrated word or one not of letters."""
    low = word.lower()
    if not low.isalpha():
        return None
    for form in sorted(variant_forms(low), key=lambda f: f != low):  # the word as written first
        rating = _rating(form)
        if rating is not None:
            return rating
    return None


def lean(word: str) -> int:
    """The sign of any rating the word has, however near zero ('serious' -0.3 leans bad): what a word too weakly
    rated to say good or bad on its own shares with a clearly rated one; 0 when unrated."""
    rating = _rated(word)
    return 0 if not rating else 1 if rating > 0 else -1


def sign(word: str) -> int:
    """+1 for a word that says good, -1 for one that says bad, 0 for one without a clear sign or unrated."""
    rating = _rated(word)
    return 0 if rating is None or abs(rating) < SIGN_MIN else 1 if rating > 0 else -1
