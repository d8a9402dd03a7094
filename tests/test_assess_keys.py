"""The classifier's comparison keys: the fast byte-level key equals the plain definition on any text."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from monitor.assess.align_sentences import changed_sentences
from monitor.assess.text import key, plain, plain_key
from monitor.report import ParagraphChange

_NOT_ALNUM = re.compile(r"[\W_]+")


@settings(max_examples=500, deadline=None)
@given(st.text())
@example("Stra\u00dfe \u2014 \u201cK\u212aelvin\u201d \u01f0 \ufb01le \u0130stanbul \u25c6 x_y")
@example("lone \udc80 surrogate, decoded with surrogateescape")
def test_plain_key_is_casefold_without_non_alphanumerics(text: str) -> None:
    """Two sentences differing only in case or punctuation share a key, in any script, exactly as defined."""
    assert plain_key(text) == _NOT_ALNUM.sub("", text.casefold())
    assert key(text) == _NOT_ALNUM.sub("", plain(text).casefold())


def test_a_moved_paragraph_is_read_once_per_side() -> None:
    """A paragraph moved and edited elsewhere yields the same sentences on each side as if read separately."""
    moved = "The outlook is uncertain. Risks remain \u201celevated\u201d. Growth may slow."
    changes = [
        ParagraphChange("deleted", (0,), (), None, moved, None),
        ParagraphChange("modified", (1,), (0,), None, "Prices will rise.", "Prices may rise."),
        ParagraphChange("inserted", (), (1,), None, None, moved),
    ]
    old, new = changed_sentences(changes)
    assert [(s.text, s.group) for s in old] == [("Prices will rise.", 1)]
    assert [(s.text, s.group) for s in new] == [("Prices may rise.", 1)]
