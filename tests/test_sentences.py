"""Sentence splitting: abbreviations, initials, decimals, quotes and list items stay where a reader expects."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.sentences import split_sentences


def test_fomc_voting_list_keeps_initials_inside_sentences() -> None:
    """Initials like 'Janet L. Yellen' and 'Jeffrey M. Lacker' never end a sentence."""
    text = ("Voting for the FOMC monetary policy action were: Janet L. Yellen, Chair; William C. Dudley, Vice "
            "Chairman; Lael Brainard; Charles L. Evans; Stanley Fischer; Dennis P. Lockhart; Jerome H. Powell; "
            "Daniel K. Tarullo; and John C. Williams. Voting against the action was Jeffrey M. Lacker, who "
            "preferred to raise the target range for the federal funds rate by 25 basis points at this meeting.")
    parts = split_sentences(text)
    assert len(parts) == 2
    assert parts[1].startswith("Voting against the action was Jeffrey M. Lacker")


def test_us_abbreviation_and_decimals_do_not_split() -> None:
    """'U.S. citizens', '2.5 percent', 'e.g.' and 'No. 5' stay inside their sentences."""
    text = ("The U.S. government has limited ability to help U.S. citizens in these provinces. Prices rose 2.5 "
            "percent, e.g. in No. 5 Road. Dr. Smith agreed.")
    assert split_sentences(text) == [
        "The U.S. government has limited ability to help U.S. citizens in these provinces.",
        "Prices rose 2.5 percent, e.g. in No. 5 Road.",
        "Dr. Smith agreed.",
    ]


def test_acronym_at_sentence_end_splits_before_an_opener() -> None:
    """A sentence ending in 'U.S.' is split when the next word opens a sentence."""
    assert split_sentences("Troops left the U.S. The war went on.") == ["Troops left the U.S.", "The war went on."]


def test_a_citing_abbreviation_ends_a_sentence_before_a_word_not_before_a_number() -> None:
    """'state of the art. Even when …' is two sentences (the manuscript's abstract read as one, and its two
    judgments as one added sentence); 'Art. IV', 'Fig. S2', 'No. 5' and 'p. 12' still number a part."""
    assert split_sentences("Advances have been made on the state of the art. Even when improvement was modest, "
                           "we saw signs. The answer was no. Later they agreed.") == [
        "Advances have been made on the state of the art.",
        "Even when improvement was modest, we saw signs.",
        "The answer was no.",
        "Later they agreed.",
    ]
    assert len(split_sentences("See Art. IV of the treaty, Fig. S2, No. 5 and p. 12 of Vol. B for details.")) == 1
    assert len(split_sentences("Written by Stanley P. Smith and others.")) == 1


def test_quotes_and_questions() -> None:
    """Closing quotes stay with their sentence; question marks end sentences."""
    assert split_sentences('He said "we will go." Will they? Yes.') == ['He said "we will go."', "Will they?", "Yes."]


def test_list_items_joined_into_one_paragraph_are_separate_sentences() -> None:
    """Travel-advisory bullets joined by normalisation come back as one sentence per item."""
    text = ("If you decide to travel to Thailand: * Have evacuation plans that do not rely on U.S. government "
            "assistance. * Enroll in the Smart Traveler Enrollment Program (STEP).")
    assert split_sentences(text) == [
        "If you decide to travel to Thailand:",
        "* Have evacuation plans that do not rely on U.S. government assistance.",
        "* Enroll in the Smart Traveler Enrollment Program (STEP).",
    ]


@given(st.text())
def test_sentences_rebuild_the_text(text: str) -> None:
    """Joining the sentences with single spaces gives back the whitespace-collapsed text: nothing is lost."""
    collapsed = " ".join(text.split())
    assert " ".join(split_sentences(collapsed)) == collapsed


def test_overlong_semicolon_sentence_is_quoted_by_clauses() -> None:
    """A 900-character list of dissents splits after its semicolons, so a flag can quote the changed clause."""
    clauses = [
        "Voting against the action were Richard W. Fisher, who believed that, while the Committee should be "
        "patient in beginning to normalize monetary policy, improvement in the U.S. economic performance since "
        "October has moved forward the date when it will be appropriate to increase the federal funds rate;",
        "Narayana Kocherlakota, who believed that the Committee's decision, in the context of ongoing low "
        "inflation and falling market-based measures of longer-term inflation expectations, created undue "
        "downside risk to the credibility of the 2 percent inflation target;",
        "and Charles I. Plosser, who believed that the statement should not stress the importance of the passage "
        "of time as a key element of its forward guidance.",
    ]
    pieces = split_sentences(" ".join(clauses))
    assert pieces == clauses
    assert max(map(len, pieces)) < 600


def test_hostile_runs_split_in_linear_time() -> None:
    """Twenty thousand lone periods, ten thousand 'e.g.', and a megabyte word before a full stop split at once
    (once minutes: every period looked back over all the text before it), where a reader would split them."""
    import time

    started = time.perf_counter()
    assert split_sentences(". " * 20_000) == [". " * 19_999 + "."]
    assert split_sentences("e.g. " * 10_000) == [("e.g. " * 10_000).strip()]
    assert split_sentences("e.g. The " * 3 + "end.") == ["e.g. The e.g. The e.g. The end."]
    long_word = "x" * 1_000_000
    assert split_sentences(f"{long_word}. The end.") == [f"{long_word}.", "The end."]
    assert split_sentences(f"{long_word}U.S. The end.") == [f"{long_word}U.S.", "The end."]
    assert split_sentences(f"{long_word}U.S. Army left.") == [f"{long_word}U.S. Army left."]
    assert split_sentences("!" * 100_000 + " Yes.") == ["!" * 100_000, "Yes."]
    assert time.perf_counter() - started < 5


def test_a_long_word_before_a_period_is_read_once() -> None:
    """A megabyte word, a space, then a 300,000-letter word before a full stop: the word before the period is found
    without rereading the first one for every letter of the second."""
    import time

    started = time.perf_counter()
    text = "a" * 1_000_000 + " " + "U.S." * 75_000 + " The end."
    assert split_sentences(text) == ["a" * 1_000_000 + " " + "U.S." * 75_000, "The end."]
    assert time.perf_counter() - started < 5


def test_a_numbered_entry_keeps_its_marker() -> None:
    """'1. A web browser session …' is one entry, not a sentence '1.' and another; a sentence that ends on a number
    still ends there."""
    assert split_sentences('1. A web browser session with a "session" cookie, or') == [
        '1. A web browser session with a "session" cookie, or']
    assert split_sentences("b. The applicant SHALL identify themselves. Then the CSP checks.") == [
        "b. The applicant SHALL identify themselves.", "Then the CSP checks."]
    assert split_sentences("Growth was revised down by 1. The outlook is weaker.") == [
        "Growth was revised down by 1.", "The outlook is weaker."]
    # a numbered Markdown heading is one heading: its text is not a sentence apart from its number
    assert split_sentences("### 4. Sketch out the main data flows") == ["### 4. Sketch out the main data flows"]


def test_a_sentence_opening_on_an_inline_html_tag_is_split_before_it() -> None:
    """Markdown with inline HTML: the next sentence opens on a tag whose text is capitalised; a line break run into a
    table cell ('<br>**OR**<br>') and a 'less than' sign split nothing."""
    text = ('It is open to all teams. <a href="mailto:team@example.org">Contact us</a> to find out more. '
            "Either the passport is valid. <br>**OR**<br> the licence is. If a < b then stop.")
    assert split_sentences(text) == [
        "It is open to all teams.",
        '<a href="mailto:team@example.org">Contact us</a> to find out more.',
        "Either the passport is valid. <br>**OR**<br> the licence is.",
        "If a < b then stop.",
    ]


def test_a_sentence_opening_on_inline_code_is_split_before_it() -> None:
    """Markdown: the next sentence opens on a code span ('`atoi_radix10` provides …'), or a draft's note to its
    authors follows a sentence ('`TODO: …?`'): each is a sentence of its own, so the note's question mark does not
    make the sentence before it a question."""
    text = ("For parsing integers, consider `atoi`. `atoi_radix10` is even faster. An attribution score is of little "
            "help. `TODO: do we need an example of what is misleading?`")
    assert split_sentences(text) == [
        "For parsing integers, consider `atoi`.",
        "`atoi_radix10` is even faster.",
        "An attribution score is of little help.",
        "`TODO: do we need an example of what is misleading?`",
    ]


def test_a_pipe_table_joined_into_one_paragraph_is_read_row_by_row() -> None:
    """A Markdown table reflowed into one paragraph comes back as its heading (column names with the rule under
    them) and one piece per row, so that a changed cell is quoted with its row, not with the whole table; a cell
    with an escaped pipe or a period stays whole."""
    text = ("|Author|Competing Interests|Last Reviewed| |---|---|---| |Ann B. Cole|None. Really.|2017-05-26| "
            r"|Bo Li|Shares in A \| B Ltd|2017-05|")
    assert split_sentences(text) == [
        "|Author|Competing Interests|Last Reviewed| |---|---|---|",
        "|Ann B. Cole|None. Really.|2017-05-26|",
        r"|Bo Li|Shares in A \| B Ltd|2017-05|",
    ]


def test_one_table_row_on_its_own_is_one_piece() -> None:
    """A table's row that stands as a paragraph of its own (each row a line of the source) is one record, its cells'
    full stops inside it; a cell holding a list set apart by '<br>' is read item by item, and a line that only opens
    on a pipe is prose."""
    row = ("| Deep neural network | NN with multiple hidden layers. Training happens over the network, and such "
           "architectures allow for feature construction. |")
    assert split_sentences(row) == [row]
    assert split_sentences("|Strong|- The evidence is genuine. Staff checked it.<br><br>- It is unexpired.|") == [
        "|Strong|- The evidence is genuine.", "Staff checked it.<br><br>- It is unexpired.|"]
    assert split_sentences("| a pipe first. Then prose.") == ["| a pipe first.", "Then prose."]


@pytest.mark.parametrize("text", [
    "| a | b | | c | d |",  # no rule row: pipes in running text, or a table without a heading
    "|a|b| |---|---| |1|2|3|",  # a row with a cell too many: not read as rows at all
    "Compare |a|b| |---|---| with the rest.",  # a sentence that mentions a table
])
def test_text_that_is_not_one_whole_table_is_split_as_prose(text: str) -> None:
    assert split_sentences(text) == [text]
