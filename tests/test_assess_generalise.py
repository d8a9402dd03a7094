"""The general rules added for held-out documents: each on a real corpus sentence (FOMC, advisories, PEP 594)."""

from __future__ import annotations

from assess_helpers import added, modified, significant

FOMC_EFFECT = ("Today's policy action, combined with those taken earlier, should help to promote moderate growth "
               "over time and to mitigate the risks to economic activity.")
LEBANON = ("**Updated to reflect the ordered departure of** family members and non-emergency U.S. government "
           "personnel.")
VENEZUELA = "The Department has determined there is a high risk of wrongful detention of U.S. nationals in Venezuela."


def test_negation_folded_into_estimative_word_is_likelihood() -> None:
    """'will not regain' → 'is unlikely to regain': both deny the claim, the second less firmly — the certainty of
    what the sentence states fell (down), as the spec reads 'will' → 'may' (see
    test_a_denial_made_firmer_or_looser_moves_with_its_firmness)."""
    old = "The government will not regain control of the northern towns in 2026."
    [flag] = modified(old, old.replace("will not regain", "is unlikely to regain"))
    assert (flag.kind, flag.direction) == ("likelihood", "down")


def test_predictive_should_is_likelihood_not_advice() -> None:
    [flag] = modified(FOMC_EFFECT, FOMC_EFFECT.replace("should help", "will help"))
    assert (flag.kind, flag.direction) == ("likelihood", "up")


def test_advice_should_keeps_its_agent() -> None:
    old = "Member states should expand the monitoring of undersea infrastructure."
    [flag] = modified(old, old.replace("should expand", "may wish to expand"))
    assert (flag.kind, flag.direction) == ("recommendation", "down")


def test_lifting_of_ordered_departure_reverses() -> None:
    [flag] = modified(LEBANON, LEBANON.replace("the ordered departure", "the lifting of ordered departure"))
    assert (flag.kind, flag.direction, flag.severity) == ("polarity", "reversed", "high")


def test_stated_risk_raised() -> None:
    [flag] = significant(modified(VENEZUELA, VENEZUELA.replace("a high risk", "a very high risk")))
    assert (flag.kind, flag.direction) == ("polarity", "up") and "risk raised" in flag.explanation


def test_versions_compare_part_by_part() -> None:
    old = "nis,3.8 (3.0\\*),3.13,1992,no,\\-"
    [flag] = modified(old, old.replace("nis,3.8", "nis,3.11"))
    assert (flag.kind, flag.direction) == ("quantity", "up")


def test_mixed_numbers_and_month_direction() -> None:
    old = "In a related action, the Board approved a 25 basis point increase in the discount rate to 2-1/4."
    [flag] = modified(old, old.replace("2-1/4", "2-3/4"))
    assert (flag.kind, flag.direction, tuple(flag.evidence.before)) == ("quantity", "up", ("2-1/4",))
    old = "Beginning in January, the Committee will add to its holdings of agency mortgage-backed securities."
    [flag] = modified(old, old.replace("January", "March"))
    assert (flag.kind, flag.direction) == ("quantity", "up")


def test_statement_with_weak_words_is_medium_but_an_update_notice_is_low() -> None:
    """Every statement added is at least medium (docs/severity.md); a notice that the text was updated says
    nothing about its subject."""
    [flag] = added("The Python Package Index lists the important packages by download count, and the list is "
                   "updated as progress is made on new releases.")
    assert flag.severity == "medium"
    [flag] = added("The advisory summary was updated.")
    assert flag.severity == "low"


def test_abbreviation_written_out_and_run_in_label_are_not_actors() -> None:
    old = "In most modern OSs the email client itself handles reacting to file attachments."
    assert significant(modified(old, old.replace("OSs", "operating systems"))) == []
    old = "**Country Summary:** Violent crimes, such as armed robbery, are common. Demonstrations may turn violent."
    new = "Demonstrations may turn violent. **Country Summary:** Violent crimes, such as armed robbery, are common."
    assert significant(modified(old, new)) == []


def test_contact_lines_are_ignored() -> None:
    assert modified("+(212) (522) 642-099", "+212-5226-42000") == []
