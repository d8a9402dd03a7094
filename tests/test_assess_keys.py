"""The classifier's text keys and plain text: the fast paths give exactly what their definitions give, on any text."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from monitor.assess import text as assess_text
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


def _plain_unguarded(text: str) -> str:
    """plain() by its definition: every pattern applied, in order, without the literal guards."""
    t = assess_text
    text = t._ADMONITION.sub("", text)
    text = t._CITATION.sub("", text)
    text = t._FOOTNOTE_MARK.sub("", text)
    text = t._LINK_DEF.sub("", text)
    text = t._LINK.sub(r"\1", text)
    text = t._URL.sub("", text)
    text = t._MARKUP.sub("", text).strip()
    lead = t._LEAD.match(text)
    return text[lead.end():] if lead else text


_MARKDOWN = st.lists(st.sampled_from([
    "[", "]", "!", "@", "^", ":", "(", ")", "//", "<", ">", "*", "_", "`", "#", "- ", "1. ", " ", "\n", "word",
    "[!NOTE]", "[!tip]", "[@doi:10.1/x]", "[a](b)", "[[t]](u)", "[x][y]", "[r]: http://z", "https://a.b/c",
    "<b>", "<!-- c -->", "**", "\u2022 ", "[^1]",
]), max_size=14).map("".join)


@settings(max_examples=1000, deadline=None)
@given(st.one_of(_MARKDOWN, st.text()))
@example("a footnote mark [^0] and a [link](u)")
def test_plain_guards_never_change_the_text(text: str) -> None:
    """Links, callouts, citations, URLs and emphasis are dropped from a sentence exactly as their patterns say,
    whichever cheap check decided to run them."""
    assert plain(text) == _plain_unguarded(text)


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


def test_emphasis_by_underscores_is_dropped_but_not_inside_a_word() -> None:
    """'_Risk Management Guide_' is italics, as '*…*' is: the reader sees 'Risk Management Guide', and the words
    compare with the same title written plain. An underscore inside a word ('snake_case') is part of it."""
    assert plain("See _Risk Management Guide_ for snake_case names.") == (
        "See Risk Management Guide for snake_case names.")
    assert plain("Go _may_ be appropriate.") == "Go may be appropriate."
