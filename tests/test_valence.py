"""Valence read from VADER's rated words: the sign of a word of evaluation, nothing more."""

from __future__ import annotations

from monitor.assess.valence import sign


def test_a_word_that_says_good_or_bad_has_its_sign() -> None:
    assert sign("encouraging") == 1
    assert sign("disappointing") == -1
    assert sign("Stable") == 1  # any case


def test_a_spelling_variant_is_rated_as_the_word() -> None:
    """VADER rates American spellings; the British one reads the same."""
    assert sign("favourable") == sign("favorable") == 1


def test_an_unrated_or_split_word_has_no_sign() -> None:
    """A word the raters did not rate, or whose ratings average near zero, says neither: nothing is concluded."""
    assert sign("advisable") == 0  # not rated
    assert sign("quarter") == 0
