"""Each detector on real sentences from the seed chapter, FOMC statements and travel advisories."""

from __future__ import annotations

import pytest
from assess_helpers import added, modified, removed, significant

ZELENSKYY = ("The Zelenskyy administration, however, will not agree to a ceasefire without ensuring its own security "
             "and maintaining its sovereignty through NATO membership, and will probably launch a furious offensive "
             "to advance negotiations in Ukraine's favor as much as possible before the Trump administration comes "
             "to power.")
FOMC_RATE = ("To support continued progress toward maximum employment and price stability, the Committee today "
             "reaffirmed its view that the current 0 to 1/4 percent target range for the federal funds rate remains "
             "appropriate.")
FOMC_VOTE = ("Voting for the FOMC monetary policy action were: Janet L. Yellen, Chair; William C. Dudley, Vice "
             "Chairman; Lael Brainard; Charles L. Evans; Stanley Fischer; Jeffrey M. Lacker; Dennis P. Lockhart; "
             "Jerome H. Powell; Daniel K. Tarullo; and John C. Williams.")


def test_likelihood_down_two_bands() -> None:
    """'will probably launch' → 'is unlikely to launch' is a two-band drop in likelihood, high severity."""
    [flag] = modified(ZELENSKYY, ZELENSKYY.replace("will probably launch", "is unlikely to launch"))
    assert (flag.kind, flag.direction, flag.severity) == ("likelihood", "down", "high")
    assert "two bands" in flag.explanation
    assert "will probably" in flag.explanation and "unlikely" in flag.explanation
    assert flag.before == ZELENSKYY


def test_likelihood_up_from_expected_to_almost_certain() -> None:
    """'is expected to broker' → 'will almost certainly broker' raises the likelihood."""
    old = "The United States, which is expected to broker a ceasefire, is considering how to continue."
    [flag] = modified(old, old.replace("is expected to broker", "will almost certainly broker"))
    assert (flag.kind, flag.direction) == ("likelihood", "up")


def test_modal_will_to_may_is_a_likelihood_drop() -> None:
    """'will continue' → 'may continue' lowers certainty by several bands."""
    old = ("With a Taiwan contingency in mind, the two countries will continue to build a system that enables "
           "cooperation between both military and paramilitary forces in East Asia.")
    [flag] = modified(old, old.replace("will continue", "may continue"))
    assert (flag.kind, flag.direction, flag.severity) == ("likelihood", "down", "high")


def test_hedge_added_is_low_nuance() -> None:
    """'seeks' → 'appears to seek' is a hedge: reported, but only at low severity."""
    old = "Russia seeks arms and ammunition from North Korea, and in return may provide missile-related technology."
    [flag] = modified(old, old.replace("Russia seeks", "Russia appears to seek"))
    assert (flag.kind, flag.direction, flag.severity) == ("likelihood", "down", "low")


def test_evidence_verb_change_is_low() -> None:
    """FOMC 'indicators suggests' → 'indicators show' is a low-severity certainty nuance."""
    old = ("On balance, a range of labor market indicators suggests that underutilization of labor resources has "
           "diminished since early this year.")
    new = ("On balance, labor market indicators show that underutilization of labor resources has diminished since "
           "early this year.")
    flags = modified(old, new)
    assert flags and not significant(flags)
    assert flags[0].direction == "up"


def test_confidence_level_change_is_not_likelihood() -> None:
    """'reasonably confident' → 'highly confident' is a confidence change, up."""
    old = ("The Committee judges that there has been considerable improvement in labor market conditions this "
           "year, and it is reasonably confident that inflation will rise, over the medium term, to its 2 percent "
           "objective.")
    [flag] = modified(old, old.replace("reasonably confident", "highly confident"))
    assert (flag.kind, flag.direction) == ("confidence", "up")


def test_negation_removed_reverses_the_judgment() -> None:
    """Dropping 'not' from 'will not agree to a ceasefire' is a high-severity reversal."""
    [flag] = modified(ZELENSKYY, ZELENSKYY.replace("will not agree", "will agree"))
    assert (flag.kind, flag.direction, flag.severity) == ("polarity", "reversed", "high")
    assert flag.evidence.before == ("not",)
    assert "ceasefire outlook" in flag.topics


def test_unable_to_able_reverses() -> None:
    """'has been unable to undertake' → 'has been able to undertake' is a reversal."""
    old = ("On the other hand, economic sanctions imposed by the West have diminished the capacity of the Russian "
           "military, and the regime has been unable to undertake additional mobilization.")
    [flag] = modified(old, old.replace("unable", "able"))
    assert (flag.kind, flag.direction) == ("polarity", "reversed")


def test_trend_reversal_remain_low_to_moved_lower() -> None:
    """FOMC 'compensation remain low' → 'moved lower' turns no change into a decline: a move from the middle of
    the trend scale, `down` (the report contract's polarity row: 'no change → sharp decline' is up/down)."""
    old = ("Market-based measures of inflation compensation remain low; survey-based measures of longer-term "
           "inflation expectations have remained stable.")
    [flag] = modified(old, old.replace("remain low", "moved lower"))
    assert (flag.kind, flag.direction) == ("polarity", "down")
    assert "inflation" in flag.topics


def test_indirect_to_direct_threat_reverses() -> None:
    """'an indirect threat' → 'a direct threat' is a reversal."""
    old = "In other words, Russia can be described as an indirect threat to the East Asian region."
    [flag] = modified(old, old.replace("an indirect", "a direct"))
    assert flag.kind == "polarity"


def test_number_word_change_goes_up() -> None:
    """'two eastern provinces' → 'four eastern provinces' is a quantity change, up."""
    old = "The proposal would transfer some Ukrainian territory, including two eastern provinces, to Russia."
    [flag] = modified(old, old.replace("two", "four"))
    assert (flag.kind, flag.direction, flag.severity) == ("quantity", "up", "medium")
    assert flag.evidence == type(flag.evidence)(("two",), ("four",))


def test_fraction_range_moves_up() -> None:
    """FOMC '0 to 1/4 percent' → '1/4 to 1/2 percent' target range is a quantity rise."""
    [flag] = modified(FOMC_RATE, FOMC_RATE.replace("0 to 1/4", "1/4 to 1/2"))
    assert (flag.kind, flag.direction) == ("quantity", "up")
    assert "policy rate" in flag.topics


def test_year_change_is_a_later_date() -> None:
    """'In 2025' → 'In 2026' is a date change, up."""
    old = "In 2025, Russia and China are expected to continue stepping up their cooperation."
    [flag] = modified(old, old.replace("2025", "2026"))
    assert (flag.kind, flag.direction) == ("quantity", "up")


def test_same_number_written_differently_is_not_a_change() -> None:
    """'two' → '2' is the same quantity: no flag a reader is alerted to."""
    old = "These two conditions on which Russia has long insisted would limit Ukraine's sovereignty."
    assert not significant(modified(old, old.replace("two", "2")))


def test_actor_removed_from_vote() -> None:
    """Lacker leaving the FOMC 'voting for' list is an actor change naming him."""
    new = FOMC_VOTE.replace(" Jeffrey M. Lacker;", "")
    [flag] = modified(FOMC_VOTE, new)
    assert flag.kind == "actor"
    assert "Jeffrey M. Lacker" in flag.explanation


def test_actor_replaced() -> None:
    """'the US and the UK are providing' → 'the US and France are providing' replaces an actor."""
    old = "Russia responded to attacks by the long-range missiles that the US and the UK are providing to Ukraine."
    [flag] = modified(old, old.replace("the UK", "France"))
    assert flag.kind == "actor"
    assert "UK" in flag.explanation and "France" in flag.explanation


def test_travel_level_raised_is_a_strengthened_recommendation() -> None:
    """Thailand 'Level 1: Exercise Normal Precautions' → 'Level 2: Exercise Increased Caution' is raised, high."""
    [flag] = modified("### Thailand - Level 1: Exercise Normal Precautions",
                      "### Thailand - Level 2: Exercise Increased Caution")
    assert (flag.kind, flag.direction, flag.severity) == ("recommendation", "up", "high")
    assert "Level 1" in flag.explanation and "Level 2" in flag.explanation


def test_recommendation_softened() -> None:
    """'Japan should engage' → 'Japan may wish to engage' softens a recommendation."""
    old = ("Japan will continue to support Ukraine but, if negotiations for a ceasefire take place, Japan should "
           "engage the countries concerned.")
    [flag] = modified(old, old.replace("should engage", "may wish to engage"))
    assert (flag.kind, flag.direction) == ("recommendation", "down")


def test_dropped_recommendation_item_is_flagged_once() -> None:
    """A deleted recommendation bullet is one high 'recommendation' flag; its premise sentence is only context."""
    item = ("- Regardless of the outcome of the invasion, Russia will continue to exist as a neighbor of Japan. "
            "Maintaining and developing channels of dialogue with Russia through Track 2 meetings and cultural "
            "exchanges should continue.")
    flags = significant(removed(item, section="Recommendations"))
    assert [(f.kind, f.severity) for f in flags] == [("recommendation", "high")]
    assert flags[0].before is not None and flags[0].before.startswith("Maintaining and developing")


def test_do_not_travel_added_is_a_recommendation() -> None:
    """A new 'Do not travel to …' sentence is a recommendation added."""
    [flag] = added("Do not travel to areas within 50km of the Thai-Cambodian border due to **ongoing fighting**.")
    assert (flag.kind, flag.severity) == ("recommendation", "high")


def test_estimative_sentence_added_to_paragraph() -> None:
    """A new 'very likely' sentence in an existing paragraph is flagged alone, as 'added'."""
    old = ("However, Ukraine's ability to maintain the fighting depends on military support from Western countries "
           "and, if that support is reduced, it will be difficult to hold the front lines.")
    extra = "European stockpiles of air-defence interceptors are very likely to run short by mid-2025."
    [flag] = modified(old, old + " " + extra)
    assert (flag.kind, flag.severity, flag.before, flag.after) == ("added", "medium", None, extra)


def test_statement_added_without_judgment_words_is_medium() -> None:
    """What a document asserts changed, whatever its words: a new statement with no hedge, trend or modal
    ('The offensive began on 6 August.', 'Expect long delays at the border.') is at least medium."""
    old = "As of this writing, the situation is at a standstill."
    for extra in ("The offensive began on 6 August.", "Expect long delays at the border crossings.",
                  "The recovery hinges on the harvest."):
        [flag] = modified(old, old + " " + extra)
        assert (flag.kind, flag.severity, flag.after) == ("added", "medium", extra)


@pytest.mark.parametrize("extra", [
    "For more information on how to request access, see [the access guide](https://example.org/access).",
    "Refer to Recognising and Avoiding Email Scams for more information on avoiding email scams.",
    "- 2024-04-25T06:00:00Z version 3: Update B - Feedback from the vendor has been integrated",
    "Thanks to Jane Doe (@jdoe) for discovering and reporting this, and John Roe for the fix!",
    "*This section is informative.*",
    "## Possible Alternative(s)",
])
def test_pointer_log_entry_credit_or_heading_added_is_low(extra: str) -> None:
    """Sentences that assert nothing about the subject — a pointer to another text, a revision-log entry, a
    credit, a note on the section's status, a heading — are reported, but at low severity only."""
    old = "The service stores credentials in cleartext."
    flags = modified(old, old + "\n\n" + extra)
    assert flags and not significant(flags), flags


def test_sentence_moved_or_cut_out_of_another_is_not_added() -> None:
    """A sentence that moved to another paragraph, or was split off a longer one in the same paragraph, is not
    reported as a new statement: the words were there before."""
    a = "The nature of a session depends on the application."
    b = "Sessions expire after thirty minutes of inactivity."
    moved = modified(f"{a}\n\n{b}", f"{b}\n\n{a}")
    assert not significant(moved), moved
    old = "This modification regulates gene transcription and is critical in development, ageing and cancer."
    new = ("This modification regulates gene transcription and is critical in development. "
           "It is also implicated in ageing and cancer.")
    assert all(f.after != "This modification regulates gene transcription and is critical in development."
               or f.kind != "added" for f in modified(old, new))


def test_fomc_one_sentence_changed_in_hard_wrapped_paragraph() -> None:
    """In a multi-sentence FOMC paragraph only the changed sentence is quoted."""
    para = ("Consistent with its statutory mandate, the Committee seeks to foster maximum employment and price "
            "stability. The Committee expects that, with appropriate policy accommodation, economic activity will "
            "expand at a moderate pace. The Committee continues to monitor inflation developments closely.")
    new = para.replace("economic activity will expand", "economic activity may expand")
    [flag] = modified(para, new)
    assert flag.before is not None and flag.before.startswith("The Committee expects that")
    assert flag.after is not None and "may expand" in flag.after and len(flag.after) < 150
