"""Editorial and boilerplate changes never raise a flag: spelling, typos in names, case, punctuation, layout."""

from __future__ import annotations

import json

import pytest
from assess_helpers import config, modified
from conftest import CASES, needs_shared, run_monitor
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.pipeline import assess_changes
from monitor.report import ParagraphChange

BELOUSOV = ("The new government that was formed in the same month made personnel changes to strengthen the wartime "
            "economic system, such as appointing Andrey Berousov, an expert in economics, as Minister of Defence in "
            "anticipation of a prolonged invasion.")


@pytest.mark.parametrize(("old", "new"), [
    (BELOUSOV, BELOUSOV.replace("Berousov", "Belousov")),
    ("Ukrainian troops cross the border into western Russia, overrunning Suja, Kursk Oblast.",
     "Ukrainian troops cross the border into western Russia, overrunning Sudzha, Kursk Oblast."),
    (BELOUSOV, BELOUSOV.replace("Defence", "Defense")),
    ("The Shanghai Cooperation Organization met.", "The Shanghai Cooperation Organisation met."),
    ("Cooperation in energy, economic matters, and many other areas.",
     "Cooperation in energy, economic matters and many other areas."),
    ("The Comprehensive Strategic Partnership Treaty was ratified.",
     "The comprehensive strategic partnership treaty was ratified."),
    ("A flexible approach from a medium- to long-term perspective.",
     "A flexible approach from a medium to long term perspective."),
    ("Russia has superior endurance in the war.", "Russia has superior endurence in the war."),
    ("Japan should engage the countries concerned to ensure that any resultant agree- ment disallows it.",
     "Japan should engage the countries concerned to ensure that any resultant agreement disallows it."),
])
def test_editorial_edits_are_not_flagged(old: str, new: str) -> None:
    """Name-spelling fixes, spelling variants, Oxford commas, case, hyphenation and typos produce no flag."""
    assert modified(old, new) == []


def test_fomc_meeting_month_is_boilerplate() -> None:
    """'met in June' → 'met in July' matches the config's ignore rule: no flag."""
    old = ("Information received since the Federal Open Market Committee met in June indicates that economic "
           "activity has been expanding moderately in recent months.")
    assert modified(old, old.replace("met in June", "met in July")) == []


def test_travel_advisory_date_heading_is_boilerplate() -> None:
    """The dated '### Travel Advisory June 9, 2025' heading changes every version: no flag."""
    assert modified("### Travel Advisory June 9, 2025", "### Travel Advisory July 25, 2025") == []


def test_page_break_split_sentence_rejoined() -> None:
    """A sentence split across two rows by a PDF page break, rejoined in the new version, is not a change."""
    old_a = "It will be difficult to find a major donor before the Trump administration"
    old_b = "comes to power. Ukraine will be cornered."
    new = old_a + " " + old_b
    rows = [ParagraphChange("removed", (0,), (), None, old_a, None),
            ParagraphChange("modified", (1,), (0,), None, old_b, new, ())]
    assert assess_changes(rows, config()) == ()


def test_moved_paragraph_is_not_flagged() -> None:
    """A paragraph moved word for word (no word diff) raises nothing."""
    text = "It is already clear that North Korea supplies arms, ammunition, and other items to Russia."
    assert assess_changes([ParagraphChange("moved", (3,), (5,), None, text, text, None)], config()) == ()


@needs_shared
@pytest.mark.parametrize("case", ["seed-reflow", "seed-typography", "seed-pagebreaks-repaired",
                                  "seed-name-typos-fixed", "seed-paragraph-moved", "seed-identical"])
def test_cosmetic_revisions_of_the_seed_produce_no_flag(case: str) -> None:
    """Through the real `monitor diff`: reflow, typography, page-break repair, name fixes and moves flag nothing."""
    proc = run_monitor("diff", CASES / case / "old.txt", CASES / case / "new.txt", "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr
    assert json.loads(proc.stdout)["assessments"] == []


@settings(max_examples=200, deadline=None)
@given(st.text(), st.text())
def test_classify_never_crashes_on_arbitrary_unicode(old: str, new: str) -> None:
    """Whatever the sentences, assessing returns assessments whose quotes come from the input."""
    flags = assess_changes([ParagraphChange("modified", (0,), (0,), None, old, new, ())], config())
    for f in flags:
        assert f.before is None or f.before in old
        assert f.after is None or f.after in new
        assert "\n" not in f.explanation
