"""Rules found by the independent tests/eval_fresh set, each on a real corpus sentence or a short new one."""

from __future__ import annotations

from assess_helpers import modified, removed, significant

FOMC_2012 = ("Information received since the Federal Open Market Committee met in June suggests that economic "
             "activity decelerated somewhat over the first half of this year.")
FOMC_2015 = ("Information received since the Federal Open Market Committee met in June indicates that economic "
             "activity has been expanding moderately in recent months.")
PEP_HEADER = "Status: Draft"
SOUTH_AFRICA = "Exercise increased caution in South Africa due to **crime**, **civil unrest, and kidnapping**."


def test_boilerplate_phrase_does_not_hide_the_judgment_beside_it() -> None:
    new = FOMC_2012.replace("met in June", "met in August").replace(
        "decelerated somewhat over the first half of this year", "has continued to expand at a moderate pace")
    assert significant(modified(FOMC_2012, new))


def test_boilerplate_phrase_alone_is_ignored() -> None:
    assert modified(FOMC_2012, FOMC_2012.replace("met in June", "met in July")) == []


def test_restatement_with_the_same_pace_is_not_a_rewritten_judgment() -> None:
    new = FOMC_2015.replace("met in June indicates", "met in July suggests").replace(
        "has been expanding moderately in recent months", "is expanding at a moderate pace")
    assert significant(modified(FOMC_2015, new)) == []


def test_misspelt_lexicon_word_fixed_is_editorial() -> None:
    old = "Demand is expectd to grow fivefold by 2030."
    assert modified(old, old.replace("expectd", "expected")) == []


def test_lexicon_words_are_not_typos_of_each_other() -> None:
    old = "Demand is expected to increase by 2030."
    [flag] = significant(modified(old, old.replace("increase", "decrease")))
    assert flag.kind == "polarity"


def test_rfc2119_keywords_are_requirements() -> None:
    old = "All internal services MUST support TLS 1.2 and SHOULD support TLS 1.3 by 30 June 2026."
    [flag] = significant(modified(old, old.replace("SHOULD support", "MUST support")))
    assert (flag.kind, flag.direction) == ("recommendation", "up")


def test_fold_multiple_is_a_quantity() -> None:
    old = "Demand is expected to grow fivefold by 2030."
    [flag] = significant(modified(old, old.replace("fivefold", "tenfold")))
    assert (flag.kind, flag.direction) == ("quantity", "up")


def test_name_edited_inside_is_an_actor() -> None:
    old = "Exceptions require approval from the Chief Information Security Officer."
    [flag] = significant(modified(old, old.replace("Information Security", "Technology")))
    assert flag.kind == "actor"


def test_status_change_is_a_decision() -> None:
    [flag] = modified(PEP_HEADER, "Status: Accepted")
    assert (flag.kind, flag.severity) == ("reworded", "high")


def test_risk_added_to_a_list() -> None:
    new = ("**Exercise increased caution** in South Africa due to **crime, terrorism, civil unrest,** and "
           "**kidnapping**.")
    [flag] = significant(modified(SOUTH_AFRICA, new))
    assert "terrorism" in flag.evidence.after


def test_rate_held_to_cut_is_a_policy_decision() -> None:
    """A hold that becomes a cut is a move down the ordered stance (polarity, high), not only a new number."""
    old = "The Bank of Canada today held its target for the overnight rate at 2.75%."
    [flag] = significant(modified(old, "The Bank of Canada today lowered its target for the overnight rate to 2.5%."))
    assert (flag.kind, flag.severity, flag.direction) == ("polarity", "high", "down")


def test_negation_dropped_with_what_it_negated_is_not_a_reversal() -> None:
    old = "Demonstrations, protests, and strikes occur and can arise without warning."
    flags = significant(modified(old, "Demonstrations, protests, and strikes occur frequently."))
    assert [f.kind for f in flags] == ["reworded"]


def test_negation_of_a_kept_word_is_a_reversal() -> None:
    old = "Turkish and Qatari financing will remain essential to the federal government's budget."
    [flag] = significant(modified(old, old.replace("will remain essential", "will no longer be essential")))
    assert (flag.kind, flag.direction) == ("polarity", "reversed")


def test_renamed_office_heading_is_not_a_medium_actor_change() -> None:
    flags = modified("U.S. Consular Agent in French Polynesia", "U.S Consular Services in French Polynesia")
    assert significant(flags) == []


def test_heading_removed_is_not_a_judgment_removed() -> None:
    assert significant(removed("**Detention of U.S. Nationals and Denial of Consular Access**")) == []


def test_amount_written_in_figures_is_the_same_quantity() -> None:
    old = "The average ransom demand exceeded 1.5 million dollars."
    assert significant(modified(old, old.replace("1.5 million", "1,500,000"))) == []
    [flag] = significant(modified(old, old.replace("1.5 million", "2.5 million")))
    assert (flag.kind, flag.direction) == ("quantity", "up")


def test_letters_and_digits_name_an_actor() -> None:
    old = "The compromise of a regional grid operator in March was attributed to APT29."
    [flag] = significant(modified(old, old.replace("APT29", "Volt Typhoon")))
    assert flag.kind == "actor"


def test_estimative_phrase_deleted_is_likelihood() -> None:
    old = "Economic conditions are likely to warrant exceptionally low levels for the federal funds rate."
    [flag] = significant(modified(old, old.replace("are likely to warrant", "warrant")))
    assert (flag.kind, flag.direction) == ("likelihood", "up")


def test_clause_with_a_modal_added_is_not_a_hedge() -> None:
    old = "Household spending is increasing gradually."
    flags = modified(old, "Household spending is increasing gradually and may pick up further.")
    assert all(f.kind != "likelihood" for f in flags)


def test_third_quarter_is_an_ordinal() -> None:
    old = "The Committee intends to purchase the securities by the end of the second quarter of 2011."
    [flag] = significant(modified(old, old.replace("second quarter", "third quarter")))
    assert (flag.kind, flag.direction) == ("quantity", "up")
