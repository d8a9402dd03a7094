"""Policy decisions move along an ordered stance (cut < hold < raise): up, down or reversed, never a quantity."""

from __future__ import annotations

import pytest
from assess_helpers import modified, significant

HOLD = "At its meeting today, the Board decided to leave the cash rate unchanged at 4.35 per cent."
RAISE = "At its meeting today, the Board decided to increase the cash rate by 25 basis points to 4.60 per cent."
CUT = "At its meeting today, the Board decided to lower the cash rate by 25 basis points to 4.10 per cent."


@pytest.mark.parametrize(("old", "new"), [
    ("Keep up to date with the latest releases.", "Keep up to date with the latest OS releases."),
    ("You must keep secret data such as keys or credentials closed.",
     "You must keep secret data such as API keys or credentials closed."),
    ("For example, travis does this for you.", "For example, Travis CI does this for you."),
])
def test_a_name_that_only_qualifies_or_capitalises_is_no_new_actor(old: str, new: str) -> None:
    """An acronym put before a noun for things ('OS releases'), or a name the other version wrote in lower case
    after the same word ('travis' → 'Travis CI'), names nobody new."""
    assert all(f.kind != "actor" for f in significant(modified(old, new)))


@pytest.mark.parametrize(("old", "new", "direction"), [
    (HOLD, RAISE, "up"), (CUT, HOLD, "up"), (RAISE, HOLD, "down"), (HOLD, CUT, "down"),
    (RAISE, CUT, "reversed"), (CUT, RAISE, "reversed"),
])
def test_a_decision_that_changes_stance_is_polarity_with_the_stance_direction(old: str, new: str,
                                                                             direction: str) -> None:
    """hold → raise is up and raise → cut reversed (the spec's polarity row), reported once, high."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.severity, flag.direction) == ("polarity", "high", direction)
    assert "policy decision moved" in flag.explanation


def test_a_decision_phrased_with_an_adverb_is_still_read() -> None:
    """'decided today to lower' after 'decided to maintain the existing stance' is a move down."""
    old = "The Federal Open Market Committee decided to maintain the existing stance of monetary policy."
    new = "The Federal Open Market Committee decided today to lower its target for the federal funds rate."
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", "down")


def test_the_same_stance_with_a_new_level_is_a_quantity() -> None:
    """Two raises of different sizes are not a change of stance: the number moved."""
    new = RAISE.replace("25 basis points to 4.60", "50 basis points to 4.85")
    [flag] = significant(modified(RAISE, new))
    assert flag.kind == "quantity" and flag.direction == "up"


def test_a_sentence_without_a_decision_is_not_a_stance() -> None:
    """'Prices continued to increase' → 'to ease' is a trend, not a policy decision."""
    flags = significant(modified("Prices continued to increase in most regions.",
                                 "Prices continued to ease in most regions."))
    assert all("policy decision" not in f.explanation for f in flags)


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("There is a real possibility that the talks will fail.", "There is no real possibility that the talks will fail.",
     "down"),
    ("There is some chance that prices will rise.", "There is little chance that prices will rise.", "down"),
    ("There is a chance that the talks will fail.", "There is a strong chance that the talks will fail.", "up"),
    ("Remote exploitation is expected.", "Remote exploitation cannot be ruled out.", "down"),
    ("Remote exploitation is not possible.", "Remote exploitation cannot be excluded.", "up"),
    ("Prospects for a deal are good.", "Prospects for a deal are poor.", "down"),
])
def test_likelihood_carried_by_a_noun_or_a_double_negative(old: str, new: str, direction: str) -> None:
    """'a real possibility' → 'no real possibility' is likelihood down, not a reversed negation; 'cannot be
    ruled out' is a possibility, not the 'cannot' of impossibility."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction)


@pytest.mark.parametrize(("old", "new"), [
    ("Normative requirements can be found in [[SP 800-63A]](sp800-63a.html), *Enrollment*.",
     "Normative requirements can be found in [SP 800-63A](sp800-63a.html), *Enrollment*."),
    ("See [the guide](https://example.org/v2/guide#sec4) for details.",
     "See [the guide](https://example.org/v3/guide#sec5) for details."),
    ("[service monitoring]: https://example.org/standards/monitoring.html [PagerDuty]: https://pagerduty.com/",
     "[service monitoring]: /standards/monitoring.html [PagerDuty]: https://www.pagerduty.com/"),
    ("Time-based one-time passwords SHALL have a lifetime of less than 2 minutes.",
     "Time-based OTPs SHALL have a lifetime of less than 2 minutes."),
])
def test_link_targets_and_compound_number_words_are_not_judgments(old: str, new: str) -> None:
    """A changed link target, a reference definition, or 'one-time' abbreviated never makes a medium flag."""
    assert significant(modified(old, new)) == []


def test_a_requirement_keyword_in_capitals_is_not_an_actor() -> None:
    """'SHALL' is RFC 2119 shouting, not a name: replacing the verifier by the CSP names only the CSP."""
    old, new = "The verifier SHALL use approved encryption.", "The CSP SHALL use approved encryption."
    [flag] = significant(modified(old, new))
    assert flag.kind == "actor" and flag.after == "The CSP SHALL use approved encryption."
    assert "SHALL" not in flag.explanation


@pytest.mark.parametrize(("old", "new"), [
    ("Demand for credit picked up, most notably among investors.", "Demand for credit picked up, most notably among "
     "first-home buyers."),
    ("Humanitarian staff have been targeted in the north.", "Reporters have been targeted in the north."),
    ("Residents should avoid the border area.", "Foreign visitors should avoid the border area."),
    ("Referees such as notaries, medical professionals and conservators may vouch for the applicant.",
     "Referees such as notaries, social workers and conservators may vouch for the applicant."),
    ("Organizations observing suspected malicious activity should follow their established procedures.",
     "Plant operators observing suspected malicious activity should follow their established procedures."),
])
def test_a_group_of_people_replaced_is_an_actor_change(old: str, new: str) -> None:
    """Who acts or is affected changed although no capitalised name did."""
    flags = significant(modified(old, new))
    assert [f.kind for f in flags] == ["actor"]


@pytest.mark.parametrize(("old", "new", "direction"), [
    ('patched = [">= 0.7.15"]', 'patched = [">= 0.7.19"]', "up"),
    ("The fix is in release 2.10.1.", "The fix is in release 2.9.4.", "down"),
])
def test_a_release_number_with_two_dots_is_a_quantity(old: str, new: str, direction: str) -> None:
    """'0.7.15' → '0.7.19' is a version moved (it used to be read as no number at all)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("quantity", direction)
