"""The general rules of docs/severity.md, each on sentences no lexicon was tuned to: a governing estimate, an
instruction without a modal, a stance taken by a judgment of what is right to do, numbers that name rather than
measure, and the document's own date stamps."""

from __future__ import annotations

import pytest
from assess_helpers import added, config, modified, removed, significant

from monitor.pipeline import assess_changes
from monitor.report import Assessment, ParagraphChange


@pytest.mark.parametrize(("old", "new", "direction"), [
    # The estimate in front governs the proposition; the 'will'/'can' inside it is what is estimated.
    ("An attacker may be able to use that information to recover the key.",
     "There is only a slight chance that an attacker can use that information to recover the key.", "down"),
    ("This domain is likely to change when the department moves.",
     "There is no real possibility that this domain will change when the department moves.", "down"),
    ("If the input is malformed, reading the buffer will cause a crash.",
     "If the input is malformed, it cannot be excluded that reading the buffer causes a crash.", "down"),
    ("These developments are expected to weigh on global activity.",
     "That these developments weigh on global activity cannot be ruled out.", "down"),
    ("Such a scenario could not be ruled out.", "Such a scenario was not expected.", "down"),
    ("There is little chance that the vendor ships a fix this year.",
     "The vendor will ship a fix this year.", "up"),
    ("There is good reason to believe that carefully defined networks will help.",
     "There is scant reason to believe that carefully defined networks will help.", "down"),
    # 'we think' states a belief as 'we believe' does: short of certainty
    ("We think that choosing the right tool for each service matters.",
     "We are all but certain that choosing the right tool for each service matters.", "up"),
    ("We are sure that choosing the right tool for each service matters.",
     "We think that choosing the right tool for each service matters.", "down"),
])
def test_a_governing_estimate_sets_the_sentence_likelihood(old: str, new: str, direction: str) -> None:
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


@pytest.mark.parametrize("instruction", [
    "Minimise network exposure for all control system devices.",
    "If the incident is not security-related, skip to step 9.",
    "Please rotate the signing keys every quarter.",
    "Educate employees about phishing.",
    # after a clause of reason, an adverb of manner or frequency, a label naming whom it speaks to, or advice
    # named as what to do: the verb is known by its place, with no verb list
    "Because some settings may compound the risk, conduct a final validation of the design.",
    "Periodically reassess the information system to determine when it needs replacing.",
    "Borrowers: budget for repayments at rates well above today's.",
    "Lenders: tighten serviceability tests on investor loans now.",
    "Borrowers, build room for higher repayments into your budgets.",  # the people addressed, set off by a comma
    "The only workaround is to avoid using the crate where attackers can observe timing.",
    # after a lead-in word that opens the sentence in capitals, the verb in lower case: known by its shape
    "Always state how many compounds sat behind a benchmark figure.",
    "Then decide which tool to keep.",
])
def test_an_instruction_without_a_modal_is_a_recommendation(instruction: str) -> None:
    old = "The service stores its keys on disk."
    [flag] = modified(old, old + " " + instruction)
    assert (flag.kind, flag.severity, flag.direction) == ("recommendation", "high", "up"), flag
    [flag] = modified(old + " " + instruction, old)
    assert (flag.kind, flag.direction) == ("recommendation", "down"), flag


@pytest.mark.parametrize("statement", [
    "Use of the public network is restricted.",
    "Test results show no change in the error rate.",
    "Expect long delays at the border crossings.",
    "Recently the service moved its keys to a vault.",
    "Lenders: rates rose again in the quarter.",
    "Borrowers, however, face higher rates this year.",
    "The proposed workaround was to allow the scanner to skip the file.",  # what was done, not what to do
])
def test_a_noun_or_a_forecast_at_the_head_is_not_an_instruction(statement: str) -> None:
    old = "The service stores its keys on disk."
    [flag] = modified(old, old + " " + statement)
    assert flag.kind == "added", flag


def test_a_stance_dropped_and_another_added_nearby_is_one_stance_move() -> None:
    """'judged that holding steady was prudent' (hold) → 'judged that easing would be appropriate' (cut): one
    polarity flag, down, quoting both sentences — not a removal and an addition."""
    old = ("Growth has been modest. Taking account of the information, the Board judged that holding the "
           "setting steady would be prudent.")
    new = ("Growth has been modest. Taking account of the information, and with inflation low, members concluded "
           "that a further easing of the setting at this meeting would be appropriate and that the case for it "
           "was strong.")
    rows = [ParagraphChange("modified", (0,), (0,), None, old, new, ())]
    flags = significant(list(assess_changes(rows, config())))
    stance = [f for f in flags if f.kind == "polarity"]
    assert len(stance) == 1 and stance[0].direction == "down", flags
    assert stance[0].before and "holding the setting steady" in stance[0].before
    assert stance[0].after and "further easing" in stance[0].after


@pytest.mark.parametrize(("old", "new"), [
    ("See Section 5.1.4.1 for the verifier requirements.", "See Section 5.2.1 for the verifier requirements."),
    ("### A.4 Summary", "### A.6 Summary"),
    ("CVSS 3.0 base score 7.5 (HIGH)", "CVSS 3.1 base score 7.5 (HIGH)"),
    ("Read the [2020 State of DevOps Report][] first.", "Read the [2025 State of DevOps Report][] first."),
    ("AAL 3 authenticator requirements can be met with a PIV card.", "These requirements can be met with a PIV card."),
    ("Initial release: 2024-03-07T07:00:00Z Current release: 2024-04-25T06:00:00Z Version: 3 Status: final",
     "Initial release: 2024-03-07T07:00:00Z Current release: 2024-05-02T06:00:00Z Version: 4 Status: final"),
    ("Last reviewed on 3 May 2024.", "Last reviewed on 9 October 2025."),
    ("title: Storing backups expires: 2019-03-01", "title: Storing backups expires: 2019-09-01"),
    ("Owner: platform team Review due: May 2019", "Owner: platform team Review due: November 2019"),
    # the order of an argument, a list run into a sentence, an article's 'one', 'zero or more': no amount
    ("Fourth, the convergence of these factors makes deep learning adaptable.",
     "The convergence of these factors makes deep learning adaptable."),
    ("This guideline helps agencies avoid (1) authentication errors, (2) proofing errors and (3) assertion errors.",
     "This guideline helps agencies avoid authentication errors, proofing errors and assertion errors."),
    ("One recent approach uses deep learning on protein structures.",
     "Another uses deep learning on protein structures."),
    ("Each device holds a secret key in its secure element.",
     "Each device holds one or more secret keys in its secure element."),
    ("The CSP MAY request zero or more self-asserted attributes from the applicant.",
     "The CSP MAY request self-asserted attributes from the applicant."),
    # the same date with its month written short; the same serial number written as one word with underscores
    ("Minutes of the Monetary Policy Meeting, Sydney - 2 February 2016",
     "Minutes of the Monetary Policy Meeting, Sydney, 2 Feb. 2016"),
    ("- MELSEC Q Series Q26UDECPU: <=with_the_first_5_digits_of_serial_number_24061",
     "- MELSEC Q Series Q26UDECPU: <= first 5 serial numbers 24061"),
])
def test_numbers_that_name_and_date_stamps_are_not_quantity_changes(old: str, new: str) -> None:
    assert not significant(modified(old, new))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Authenticators at AAL 2 are accepted.", "Authenticators at AAL 3 are accepted.", "up"),
    ("The advisory was published on 2024-03-07 and fixed on 2024-04-01.",
     "The advisory was published on 2024-03-07 and fixed on 2024-06-15.", "up"),
    ("The signing certificate expires on 2024-04-01.", "The signing certificate expires on 2024-06-15.", "up"),
    # 'one' with a bound before it counts; a month written short beside a year is a month
    ("The credential includes an identifier.", "The credential includes at least one identifier.", "up"),
    ("The unemployment rate was 5.2 per cent in Jan. 2019.",
     "The unemployment rate was 5.2 per cent in Mar. 2019.", "up"),
    # a larger step down to a lower level: the level says which way, not the size of the step
    ("The Board decided to reduce the cash rate by 75 basis points to 5.25 per cent.",
     "The Board decided to reduce the cash rate by a further 100 basis points, to 4.25 per cent.", "down"),
])
def test_a_level_or_a_reported_date_that_moved_is_still_a_quantity(old: str, new: str, direction: str) -> None:
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("quantity", direction), flag


@pytest.mark.parametrize(("old", "new"), [
    ("It is expected to persist and to spread to neighbouring regions.", "It is expected to persist."),
    ("The flaw could cause a denial-of-service condition and execute malicious code by sending crafted packets.",
     "The flaw could cause a denial-of-service condition by sending crafted packets."),
])
def test_a_coordinated_part_of_a_judgment_dropped_is_medium(old: str, new: str) -> None:
    [flag] = significant(modified(old, new))
    assert flag.kind == "reworded" and flag.before == old, flag


@pytest.mark.parametrize(("old", "new"), [
    ("This could allow a remote attacker to log in to the module.",
     "This could allow local users to log in to the module."),
    ("Ensure clinical staff will report incidents.",
     "Ensure biomedical engineering contractors will report incidents."),
    ("Authorship follows GitHub commits by individuals who met the standards.",
     "Authorship follows GitHub commits by consortium members who met the standards."),
    ("Mitsubishi Electric recommends users take the following mitigation measures.",
     "Mitsubishi Electric recommends that site maintenance crews take the following mitigation measures."),
])
def test_a_group_of_people_replaced_in_the_singular_is_an_actor_change(old: str, new: str) -> None:
    assert [f.kind for f in significant(modified(old, new))] == ["actor"]


def test_short_and_odd_sentences_do_not_break_the_rules() -> None:
    for text in ("Please.", "If so,", "Use", "```toml\nx = 1\n```", "- 2024-01-01", "TODO", "[x](y)"):
        modified("The keys are on disk.", "The keys are on disk. " + text)
        modified("The keys are on disk. " + text, "The keys are on disk.")


@pytest.mark.parametrize(("old", "new"), [
    ("Exploitation of this flaw may allow arbitrary code execution.",
     "Exploitation of these flaws could allow arbitrary code execution."),
    ("If you use it, it is essential to migrate within 3 months.", "If you use it, you must migrate within 3 months."),
    ("Further guidance is available in the cheat sheet.", "Further guidance can be found in the cheat sheet."),
    ("The National Cyber Security Centre (NCSC) has principles to follow.", "The NCSC has principles to follow."),
    ("Attackers may intercept traffic in man-in-the-middle attacks.",
     "Attackers may intercept traffic in MitM attacks."),
    ("Read the guidance of the GDS Engineering Hub.", "Read the guidance of the GDS Hub."),
    # an identifier added to a list of aliases: a code, not an actor
    ('aliases = ["CVE-2023-30574"] informational = "unsound"',
     'aliases = ["CVE-2023-30574", "GHSA-fjx5-qpf4-xjf2"] informational = "unsound"'),
])
def test_a_clause_replaced_by_its_equivalent_or_a_name_abbreviated_is_not_significant(old: str, new: str) -> None:
    assert not significant(modified(old, new))


def test_a_rebuilt_list_of_labels_is_not_dozens_of_changes() -> None:
    """Six or more verbless list entries added or dropped at once (an affected-products list regrouped) are low;
    one entry added to a list is still medium (what the list covers changed)."""
    old = "\n".join(f"- FX5U-{n}MT/ES: vers:all/*" for n in range(10, 20))
    new = "- FX5U-10MT/ES, FX5U-11MT/ES and the rest of the series: vers:all/*"
    rows = [ParagraphChange("modified", (0,), (0,), None, old, new, ())]
    flags = list(assess_changes(rows, config()))
    assert len([f for f in flags if f.kind == "removed"]) >= 8  # one old entry may pair with the new one
    assert not [f for f in significant(flags) if f.kind == "removed"], flags
    one = modified("- FX5U-10MT/ES: vers:all/*", "- FX5U-10MT/ES: vers:all/*\n- FX5U-40MT/ES: vers:all/*")
    assert [f.severity for f in one] == ["medium"], one


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Unemployment remained steady at around 5¼ per cent.",
     "Unemployment remained steady at around 5½ per cent.", "up"),
    ("The Board raised the target by 50 basis points to 85 basis points.",
     "The Board raised the target by 50 basis points to 1.35 per cent.", "up"),
])
def test_fractions_and_basis_points_are_read_as_amounts(old: str, new: str, direction: str) -> None:
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("quantity", direction), flag


@pytest.mark.parametrize("instruction", [
    "Remediation (mitigation): In order to receive the fix, contact the vendor directly.",
    "Firmware 2.1: Download the fixed image from the vendor site and update the device.",
    "Where more detail is needed, refer to the regulator's published guidance.",
])
def test_an_instruction_after_a_label_or_an_opening_clause_is_a_recommendation(instruction: str) -> None:
    old = "The service stores its keys on disk."
    [flag] = modified(old, old + " " + instruction)
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


def test_a_revision_log_entry_whose_title_is_a_verb_is_not_an_instruction() -> None:
    flags = added("- 2024-04-23T06:00:00.000000Z version 2: Update A - Mitigations updated")
    assert not significant(flags), flags


def test_a_capitalised_requirement_keyword_with_a_lowercase_negation_still_prescribes() -> None:
    """'SHALL not' in a sentence that also says 'SHALL': the requirement level is the keyword's."""
    old = "Sessions SHALL use an authenticated protected channel."
    [flag] = modified(old, old[:-1] + " and SHALL not fall back to an insecure transport.")
    assert flag.kind in ("recommendation", "reworded") and flag.severity != "low", flag
    [flag] = significant(added("Authenticated sessions SHALL not fall back to an insecure transport."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    # A negation inside the proposition both sides estimate is not the estimate: 'do not know' stays.
    ("Frequently, parties in a dynamic registration model do not know each other ahead of time.",
     "There is some chance that parties in a dynamic registration model do not know each other ahead of time.",
     "down"),
    ("Generally, one must assume that a lost token was stolen by someone who is not its owner.",
     "Generally, it cannot be ruled out that a lost token was stolen by someone who is not its owner.", "down"),
    ("A further pick-up in prices is expected given the tight labour market.",
     "A further pick-up in prices is not out of the question given the tight labour market.", "down"),
])
def test_likelihood_compares_the_same_proposition(old: str, new: str, direction: str) -> None:
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_a_sentence_replaced_by_another_about_the_same_things_is_read_as_one_change() -> None:
    """One sentence dropped from a paragraph and one added to it, sharing their content words: the reader sees
    the two side by side with the direction, not a removal and an addition."""
    keep = "The product is used in energy and water systems worldwide."
    tail = "The vendor has released a patch for all supported versions."
    flags = significant(modified(f"{keep} This vulnerability is not exploitable remotely. {tail}",
                                 f"{keep} Remote exploitation of this vulnerability cannot be excluded. {tail}"))
    assert [(f.kind, f.direction) for f in flags] == [("likelihood", "up")], flags


def test_a_negated_verb_that_loses_its_auxiliary_is_a_reversal() -> None:
    [flag] = significant(modified("Members concluded that these factors did not outweigh the case for easing.",
                                  "Members concluded that these factors outweighed the case for easing."))
    assert (flag.kind, flag.direction) == ("polarity", "reversed"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("- Controller R08PCPU: >= 3", "- Controller R08PCPU: >= 3 | <= 37", "down"),
    ("- Controller L04HCPU: vers:all/*", "- Controller L04HCPU: <=firmware_05", "down"),
    ("- Controller R12CCPU-V: *", "- Controller R12CCPU-V Firmware: <=17", "down"),
    ("- Controller R120PSFCPU: all versions", "- Controller R120PSFCPU Firmware: <=11", "down"),
    ("Affected versions are `>= 0.7, < 0.9.3`.", "Affected versions are `>= 0.7, < 0.8.6`, `>= 0.9.0, < 0.9.3`.",
     "down"),
    ("Affected versions are `>= 1.2, < 1.4`.", "Affected versions are `>= 1.2`.", "up"),
    ("Update to version 32 or later.", "Update to version 34 or later.", "up"),
])
def test_a_range_that_gains_or_loses_a_bound_narrows_or_widens(old: str, new: str, direction: str) -> None:
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("quantity", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The unemployment rate had remained steady at around 51\u20444 per cent.",
     "The unemployment rate had remained steady at around 51\u20442 per cent.", "up"),
    ("The forecast is for the unemployment rate to fall to below 4 per cent this year.",
     "The forecast is for the unemployment rate to decline to around 31\u20442 per cent by early 2023.", "down"),
])
def test_typeset_fractions_and_a_year_on_one_side_do_not_hide_the_amount(old: str, new: str,
                                                                         direction: str) -> None:
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("quantity", direction), flag


def test_a_changed_citation_key_is_not_a_change() -> None:
    assert not significant(modified("EHRs can be used differently [@pmid:24159271; @pmid:21347133].",
                                    "EHRs can be used differently [@pmcid:PMC3797550]."))


@pytest.mark.parametrize(("old", "new"), [
    # the same instruction around another verb, or turned into the label of what to install
    ("Create alerts based on things affecting users, such as slow requests.",
     "Base your alerts on things affecting users, such as slow requests."),
    ("- Controller R00CPU Firmware: Update to versions 33 or later",
     "- Controller R00CPU: firmware versions 33 or later"),
    # a contraction written out, a misspelt word corrected
    ("You shouldn't operate your own self hosted stacks for logging.",
     "You should not operate your own self hosted stacks for logging."),
    ("The maintainer has adviced that this crate is deprecated.",
     "The maintainer has advised that this crate is deprecated."),
    # a citation key changed
    ("Jagannatha and Yu [@pmid:27885364] further employed a bidirectional model.",
     "Jagannatha and Yu [@pmcid:PMC5119627] further employed a bidirectional model."),
    # 'can be used to V' says no more than 'can V'
    ("A 3D grid can be used to featurize the input complex, which speeds up the search.",
     "A 3D grid can featurize the input complex, which speeds up the search."),
])
def test_an_instruction_or_claim_said_again_in_other_form_is_not_flagged(old: str, new: str) -> None:
    assert not significant(modified(old, new))


def test_a_one_sided_sentence_whose_words_are_all_in_one_sentence_of_the_other_version_is_low() -> None:
    """Restructured, not dropped: the CVE's sentence went, and a sentence elsewhere says all of it."""
    old = ("The advisory covers two products. CVE-2023-29411 has been assigned to this vulnerability. "
           "A CVSS v3 base score of 9.8 has been assigned.")
    kept = "The advisory covers two products. A CVSS v3 base score of 9.8 has been assigned."
    moved = "This vulnerability has been assigned CVE-2023-29411, which the vendor confirmed."
    rows = [ParagraphChange("modified", (0,), (0,), None, old, kept, ()),
            ParagraphChange("added", (), (1,), None, None, moved)]
    flags = list(assess_changes(rows, config()))
    dropped = [f for f in flags if f.before and "has been assigned to this vulnerability" in f.before]
    assert dropped and all(f.severity == "low" for f in dropped), flags


def test_a_clause_of_figures_still_given_nearby_is_low_and_a_restriction_is_not() -> None:
    """A CVE's clause run into the summary (a missing space after the full stop) dropped while the advisory lists the
    CVE in a line of its own: restated, low. A restriction naming a product that the text names too is a change."""
    summary = ("Vulnerability Summary: Netvision versions 7.20 and prior lack strong encryption for credentials on "
               "HTTP connections, which could result in threat actors obtaining sensitive information.")
    cve = ParagraphChange("unchanged", (1,), (1,), None, "CVE ID: CVE-2023-0356", "CVE ID: CVE-2023-0356", ())
    rows = [ParagraphChange("modified", (0,), (0,), None,
                            summary + "-CVE-2023-0356 has been assigned to this vulnerability.", summary, ()), cve]
    assert not significant(list(assess_changes(rows, config())))
    flaw = "Vulnerability Summary: In all versions of GX Works3, code execution is possible due to permission issues."
    narrowed = flaw[:-1] + ", but only where GX Works3 was installed outside the default folder."
    advice = "Users who installed GX Works3 outside the default folder should restrict its permissions."
    rows = [ParagraphChange("modified", (0,), (0,), None, flaw, narrowed, ()),
            ParagraphChange("unchanged", (1,), (1,), None, advice, advice, ())]
    [flag] = significant(list(assess_changes(rows, config())))
    assert flag.direction == "down", flag


@pytest.mark.parametrize("lead_in", ["You should:", "Specifically, users should:",
                                     "If you have set up a backup job for the database, you should consider:",
                                     "When you plan how the service is hosted, you need to ensure:"])
def test_a_prescriptive_lead_in_to_a_list_is_low_and_its_items_are_reported(lead_in: str) -> None:
    assert not significant(added(lead_in))
    assert significant(added("Mitsubishi Electric recommends that customers update to the following:"))


@pytest.mark.parametrize("note", [
    "TODO: Add representative papers about modeling metabolism, which should be referenced.",
    "- 2022-01-27T07:00:00.000000Z version 2: Update A - Mitsubishi MELSEC Series (Update A)",
])
def test_a_drafting_note_or_log_entry_does_not_prescribe(note: str) -> None:
    assert not significant(added(note))


@pytest.mark.parametrize(("old", "new"), [
    # a gloss in parentheses dropped or added: the thing beside it named again
    ("Likewise DragoNN (Deep RegulAtory GenOmic Neural Networks) offers code and a model zoo.",
     "Likewise DragoNN offers code and a model zoo."),
    ("- SHOULD be tagged to be inaccessible via JavaScript",
     "- SHOULD be tagged to be inaccessible via JavaScript (HttpOnly)"),
    # the authors of a cited work
    ("An example can be found in Ba and Caruana [@tag:Caruana2014_need], where a model was trained.",
     "An example can be found in Caruana et al. [@tag:Caruana2015_intelligible], where a model was trained."),
    # a revision-log entry, and a section number in a sentence that only points to a manual
    ("- 2022-12-09T21:00:28.615924Z version 1: Publication Date",
     "- 2022-08-16T06:00:00.000000Z version 1: Initial Publication"),
    ('For details on the filter, refer to "12.1 IP Filter Function" in the [user manual](https://example.com/m).',
     'For details on the filter, refer to "13.1 IP Filter Function" in the [user manual](https://example.com/m).'),
])
def test_glosses_cited_authors_log_entries_and_pointers_are_not_judgment_changes(old: str, new: str) -> None:
    assert not significant(modified(old, new))


@pytest.mark.parametrize(("old", "new"), [
    ("The attack was attributed to Russia.", "The attack was attributed to China."),
    ("The strike (carried out by Hamas) killed two.", "The strike (carried out by Hezbollah) killed two."),
])
def test_a_name_replaced_in_the_text_or_inside_its_parentheses_is_still_an_actor(old: str, new: str) -> None:
    [flag] = significant(modified(old, new))
    assert flag.kind == "actor", flag


@pytest.mark.parametrize(("old", "new"), [
    ("The assertion must be signed by the IdP using approved cryptography.",
     "The IdP must sign the assertion using approved cryptography."),
    ("For example, you should disable root SSH access and deny SSH access using a password.",
     "For example, you should deny SSH access using a password and disable root SSH access."),
    ("This must be considered carefully when proposing standard releases.",
     "You must consider this carefully when proposing standard releases."),
])
def test_the_same_content_in_another_order_or_voice_is_not_flagged(old: str, new: str) -> None:
    assert not significant(modified(old, new))


@pytest.mark.parametrize(("old", "new"), [
    # one word more ('internal' twice), a clause dropped, a modal changed: not a paraphrase
    ("Internal GDS services must be hosted on subdomains of the `digital.gov.uk` domain.",
     "You must host internal GDS services on subdomains of the `internal.digital.gov.uk` domain."),
    ("The flaw could cause a denial-of-service condition and execute malicious code by sending packets.",
     "The flaw could cause a denial-of-service condition by sending packets."),
])
def test_a_reordering_that_adds_or_drops_content_is_still_flagged(old: str, new: str) -> None:
    assert significant(modified(old, new))


_BESIDE = ("The committee met on Tuesday and reviewed the data in detail.",
           "Members will meet again in March to review the outlook.")


@pytest.mark.parametrize(("old", "new", "direction"), [
    # a negated improbability is a possibility
    ("The team will review the repositories every month.",
     "It is not inconceivable that the team reviews the repositories every month.", "down"),
    ("Growth was expected to pick up gradually.", "It was not implausible that growth would pick up gradually.",
     "down"),
    # the odds, with their proposition inside or after them
    ("Inflation is expected to pick up, but to do so only gradually.",
     "The odds of inflation picking up soon are poor.", "down"),
    ("It is unclear whether advances will occur quickly enough.",
     "The odds favor advances occurring quickly enough.", "up"),
    ("It is possible to decrypt the password by brute force.",
     "The odds are long that the password gets cracked by brute force.", "down"),
])
def test_double_negatives_and_odds_carry_likelihood(old: str, new: str, direction: str) -> None:
    before, after = _BESIDE
    [flag] = significant(modified(f"{before} {old} {after}", f"{before} {new} {after}"))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_a_range_bounded_by_a_version_without_digits_narrows() -> None:
    [flag] = significant(modified("- Remote Service Gateway Unit (BND-2041W001-**): vers:all/*",
                                  "- Remote Service Gateway Unit (BND-2041W001-**): <=AD"))
    assert (flag.kind, flag.direction) == ("quantity", "down"), flag


@pytest.mark.parametrize("necessity", [
    "Hence, it is crucial to obtain uncertainty measures for noisy inputs.",
    "It is also important to see it as a branch of machine learning.",
])
def test_a_necessity_with_an_adverb_between_prescribes(necessity: str) -> None:
    [flag] = significant(modified(_BESIDE[0], f"{_BESIDE[0]} {necessity}"))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


@pytest.mark.parametrize(("line", "advises"), [
    ("It's wise to rotate the deploy keys after every departure.", True),
    ("It would often be useful to record why each threshold was chosen.", True),
    ("It might also be helpful if reviewers shared their scripts.", True),
    ("The old key is useful to an attacker for a month.", False),
    ("It is useful to note that the archive is read-only.", False),
])
def test_a_verdict_on_a_course_of_action_through_an_empty_it_is_advice(line: str, advises: bool) -> None:
    """'It's wise to …', 'it would often be useful to …', 'it might also be helpful if …': the writer's verdict
    on what to do is advice, however the modal and adverbs around it are worded. The same adjective said of a
    thing judges the thing; 'it is useful to note' points at what follows."""
    kinds = [f.kind for f in significant(added(line))]
    assert ("recommendation" in kinds) is advises, kinds


@pytest.mark.parametrize(("old", "new", "kind", "direction"), [
    # to or from the middle of a scale: not a reversal
    ("The mitigation measures are not effective.", "The mitigation measures are only partly effective.",
     "polarity", "up"),
    ("The maintainer will not receive any maintenance funding.",
     "The maintainer will receive only occasional maintenance funding.", "polarity", "up"),
    ("The maintainer seems to be unreachable with no updates.",
     "The maintainer seems to be only intermittently reachable with no updates.", "polarity", "up"),
    ("Contributing to open source is positively encouraged.",
     "Contributing to open source is neither encouraged nor discouraged.", "polarity", "down"),
    ("The recommendation to the Board was for no change to the cash rate.",
     "The recommendation to the Board was for an increase in the cash rate.", "polarity", "up"),
    ("The aim is to increase user adoption.", "The aim is to maintain user adoption.", "polarity", "down"),
    # a prohibition softened into a permission, a permission hardened into a prohibition
    ("Tokens SHOULD NOT be placed in insecure locations.", "Tokens MAY be placed in insecure locations.",
     "recommendation", "down"),
    ("The CSP MAY use KBV to verify identity.", "The CSP SHALL NOT use KBV to verify identity.",
     "recommendation", "up"),
    # the same predicate flipped is still reversed
    ("Prices will not rise this year.", "Prices will rise this year.", "polarity", "reversed"),
    ("You should include sensitive material.", "You should not include sensitive material.", "polarity", "reversed"),
])
def test_a_move_to_the_middle_or_a_modal_swap_is_not_a_reversal(old: str, new: str, kind: str,
                                                                 direction: str) -> None:
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == (kind, direction), flag


def test_a_list_entry_that_is_a_link_is_an_entry_unless_the_list_is_of_references() -> None:
    """'- [owo-colors](https://crates.io/crates/owo-colors)' added to a list of alternatives changes what the list
    offers; the same line under 'References' only points elsewhere."""
    entry = "- [owo-colors](https://crates.io/crates/owo-colors)"
    assert significant(added(entry, section="Possible alternatives"))
    assert not significant(added(entry, section="References"))
    assert not significant(added("For more information, see [the guide](https://example.com/guide)."))
    # where to turn for help points elsewhere too; advice to ask for help is still advice
    assert not significant(added("You can [contact Cyber Security](https://example.com/c) if you have any questions "
                                 "or need help."))
    assert significant(added("If a branch lasts longer than this, you could ask for help."))


def test_a_negation_with_an_adverb_before_its_verb_is_still_a_negation() -> None:
    [flag] = significant(modified("We conclude that deep learning has not yet realized its potential.",
                                  "We conclude that deep learning has realized its potential."))
    assert (flag.kind, flag.direction) == ("polarity", "reversed"), flag


@pytest.mark.parametrize(("old", "new"), [
    ("The CSP SHOULD allow two (2) attempts to complete the KBV.",
     "The CSP SHOULD allow two attempts to complete the KBV."),
    ("Applicants proofed at IAL 2 may use it.", "Applicants proofed at IAL2 may use it."),
    ("The output SHALL have at least 6 decimal digits (approximately 20 bits) of entropy.",
     "The output SHALL have at least 6 decimal digits of entropy."),
    ("The fee is 20 dollars.", "The fee is 20 dollars (about 15 euros)."),
])
def test_a_figure_repeated_in_parentheses_or_glued_to_its_name_is_the_same_quantity(old: str, new: str) -> None:
    """'two (2) attempts', 'IAL 2' ↔ 'IAL2', and a figure restated in other units in parentheses ('6 decimal digits
    (approximately 20 bits)'): the amount stands. A figure in parentheses that restates nothing is still one, and
    so is a changed restatement."""
    assert not significant(modified(old, new))
    [flag] = significant(modified("Turnout was high (about 60 per cent).", "Turnout was high."))
    assert flag.kind == "quantity", flag
    [flag] = significant(modified("The output SHALL have 6 digits (approximately 20 bits) of entropy.",
                                  "The output SHALL have 6 digits (approximately 30 bits) of entropy."))
    assert (flag.kind, flag.direction) == ("quantity", "up"), flag


@pytest.mark.parametrize("line", [
    "{% for v2, authors in manubot.authors|groupby('v2') %}",
    '![Deep learning applications and models.](images/biotm.png){#fig:biotm width="100%"}',
    "The history of this classification is briefly reviewed in Stenström et al. [@doi:10.2337/diabetes.54].",
])
def test_template_markup_a_figure_and_a_pointer_to_a_cited_review_are_low(line: str) -> None:
    assert not significant(added(line))


def _rows(old: list[str], new: list[str]) -> list[ParagraphChange]:
    """Paragraph rows for two versions that share their first len(old) paragraphs' positions."""
    rows = []
    for i in range(max(len(old), len(new))):
        a, b = (old[i] if i < len(old) else None), (new[i] if i < len(new) else None)
        op = "unchanged" if a == b else "added" if a is None else "removed" if b is None else "modified"
        rows.append(ParagraphChange(op, (i,) if a else (), (i,) if b else (), None, a, b, None))
    return rows


@pytest.mark.parametrize("lead", [
    "Maintained alternatives include:",
    "Users should install one of the following versions:",
    "Do not travel to:",
])
def test_an_entry_added_to_a_list_of_advice_is_a_recommendation(lead: str) -> None:
    """An entry added under a lead-in that prescribes or names advice changes the advice: a recommendation
    added (up); dropped, it is one dropped (down). The same entry under a lead-in that advises nothing is not."""
    old = ["The crate is unmaintained.", lead, "- [ouroboros](https://crates.io/crates/ouroboros)"]
    new = [*old, "- [self_cell](https://crates.io/crates/self_cell)"]
    [up] = significant(list(assess_changes(_rows(old, new), config())))
    assert (up.kind, up.severity, up.direction) == ("recommendation", "high", "up"), up
    [down] = significant(list(assess_changes(_rows(new, old), config())))
    assert (down.kind, down.direction) == ("recommendation", "down"), down
    plain_lead = ["The crate is unmaintained.", "It was published by:", old[2]]
    flags = assess_changes(_rows(plain_lead, [*plain_lead, new[3]]), config())
    assert all(f.kind != "recommendation" for f in flags), flags


def test_a_labelled_remediation_is_advice_only_when_added_or_dropped() -> None:
    """'Remediation (vendor fix): C80: version BG or later' added is a recommendation added; the label dropped
    from a sentence that stays is layout, not advice withdrawn."""
    line = "Remediation (vendor fix): C80 (BND-2036W000): version BG or later"
    [flag] = significant(added(line))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag
    assert all(f.kind != "recommendation" for f in modified(line, "C80 (BND-2036W000): version BG or later"))


def test_figures_restated_in_another_form_are_not_a_statement_dropped() -> None:
    """'A CVSS v3 base score of 4.2 has been calculated' dropped while the new version still gives 4.2 (as
    'CVSS 3.1 base score 4.2 (MEDIUM)') is low; dropped when 4.2 is gone, or when it judges ('the most secure
    choice'), it is a statement dropped."""
    score = "A CVSS v3 base score of 4.2 has been calculated for CVE-2020-16214."
    kept = ["## CVE-2020-16214", "CVSS 3.1 base score 4.2 (MEDIUM)."]
    assert not significant(list(assess_changes(_rows([*kept, score], kept), config())))
    other = ["## CVE-2020-16214", "CVSS 3.1 base score 6.5 (MEDIUM)."]
    assert significant(list(assess_changes(_rows([*other, score], other), config())))
    judged = "Amazon Linux 2 is the most secure choice for EC2."
    base = ["Use Amazon Linux 2 on EC2."]
    assert significant(list(assess_changes(_rows(base, [*base, judged]), config())))
    # a pace or strength said of the figures is a judgment: 'had been strong over 2021' dropped is one dropped
    paced = "Housing credit growth had been strong over 2021."
    near = ["Housing credit growth over 2021 was reported in the quarterly data."]
    assert significant(list(assess_changes(_rows([*near, paced], near), config())))


@pytest.mark.parametrize(("merged", "member"), [
    ("Remediation (vendor_fix): MELSEC iQ-R Series R08/16/32/120PCPU: firmware version 38 or later.",
     "Remediation (vendor_fix): MELSEC iQ-R Series R{}PCPU: firmware version 38 or later."),
    ("Remediation (vendor_fix): MELSEC iQ-R Series R08/16/32/120(EN)CPU: firmware version 69 or later.",
     "Remediation (vendor_fix): MELSEC iQ-R Series R{}(EN)CPU: firmware version 69 or later."),
    ("Remediation (vendor_fix): RnPCPU(n=08/16/32/120), Version 25 or later",
     "Remediation (vendor_fix): R{}PCPU: Version 25 or later"),
])
def test_a_line_of_alternatives_split_into_one_line_per_member_is_no_change(merged: str, member: str) -> None:
    """A fix listed once for models written as alternatives ('R08/16/32/120PCPU', 'RnPCPU(n=08/16/32/120)') and
    then once per model ('R16PCPU: … 38 or later'), or the other way round: the same advice for the same models,
    nothing added or dropped. A model's line whose figure the line of alternatives does not give (its 32 only a
    member's number there) is still advice added."""
    head = ["## Remediations", "Users should update as follows:"]
    members = [member.format(n) for n in ("120", "32", "16", "08")]  # (the first model's line not paired)
    assert not significant(list(assess_changes(_rows([*head, merged], [*head, *members]), config())))
    assert not significant(list(assess_changes(_rows([*head, *members], [*head, merged]), config())))
    other = "Remediation (vendor_fix): MELSEC iQ-R Series R{}SFCPU: firmware version 32 or later."
    grown = [*head, merged, *(other.format(n) for n in ("08", "16"))]
    flags = significant(list(assess_changes(_rows([*head, merged], grown), config())))
    assert [(f.kind, f.direction) for f in flags] == [("recommendation", "up")] * 2, flags


def test_a_change_of_terms_made_throughout_is_alerted_once() -> None:
    """'the user' → 'the subscriber' in three sentences of one revision is one change of terms: one flag a
    reader is alerted to, the other two low; a different replacement in another sentence is its own."""
    old = ["The user logs in with a password.", "Sessions end when the user logs out.",
           "The user may reset the password.", "Talks in Geneva will include Russia."]
    new = [s.replace("user", "subscriber") for s in old[:3]] + ["Talks in Geneva will include Ukraine."]
    flags = significant(list(assess_changes(_rows(old, new), config())))
    assert sorted(f.after for f in flags if f.after) == ["Talks in Geneva will include Ukraine.",
                                                         "The subscriber logs in with a password."], flags


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("There are some signs that the process of de-leveraging is moderating, with credit growth lessening.",
     "The process of de-leveraging is moderating, with credit growth lessening.", "up"),
    ("Indications are that the effects of supervisory measures have strengthened lending standards.",
     "Supervisory measures have strengthened lending standards.", "up"),
    ("Growth in China slowed a little earlier in the year and remains in line with objectives.",
     "Growth in China appears to have slowed a little earlier in the year and remains in line with objectives.",
     "down"),
])
def test_an_evidential_frame_dropped_or_added_moves_certainty(old: str, new: str, direction: str) -> None:
    """'There are some signs that X' → 'X' states X with more certainty (likelihood up); 'appears to' added,
    with less. A clause of its own dropped ('and appears to be unmaintained') or a verb used for itself ('to
    sign a challenge') is not such a frame."""
    flags = [f for f in modified(old, new) if f.kind == "likelihood"]
    assert flags and flags[0].direction == direction, modified(old, new)


@pytest.mark.parametrize(("old", "new"), [
    ("The crate also has some correctness issues and appears to be unmaintained.",
     "The crate also has some correctness issues."),
    ("The authenticator operates by signing a challenge nonce.",
     "The authenticator operates by using a private key that was unlocked by a second factor to sign a challenge "
     "nonce."),
])
def test_a_clause_or_a_verb_of_its_own_is_not_an_evidential_frame(old: str, new: str) -> None:
    assert all(f.kind != "likelihood" for f in modified(old, new)), modified(old, new)


def test_an_entry_added_under_a_heading_that_names_advice_is_a_recommendation() -> None:
    """'- [console](…)' added to the list under '## Possible alternatives' adds an alternative to the advice
    (recommendation, up); under '## Authors' it does not."""
    for heading, kind in (("## Possible alternatives", "recommendation"), ("## Authors", "added")):
        old = ["The crate is unmaintained.", heading, "- [owo-colors](https://crates.io/crates/owo-colors)"]
        new = [*old, "- [console](https://crates.io/crates/console)"]
        [flag] = [f for f in assess_changes(_rows(old, new), config()) if f.after]
        assert flag.kind == kind, (heading, flag)
    # A lead-in that ends with a semicolon introduces its list as one ending with a colon does.
    old = ["The crate is unmaintained.", "## Possible alternatives",
           "The list below has not been vetted and may or may not contain alternatives;",
           "- [owo-colors](https://crates.io/crates/owo-colors)"]
    [flag] = [f for f in assess_changes(_rows(old, [*old, "- [console](https://crates.io/crates/console)"]), config())
              if f.after]
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


@pytest.mark.parametrize(("old", "new", "reversed_"), [
    ('informational = "unmaintained" url = "https://example.org/issues/48"',
     'informational = "unmaintained" url = "https://example.org/issues/48" withdrawn = "2025-02-22"', True),
    ("The 2019 guidance (superseded) applies to older systems.", "The 2019 guidance applies to older systems.", True),
    ("This advisory has been withdraw since version 1.0.0.", "This advisory has been withdrawn since version 1.0.0.",
     False),
])
def test_a_status_that_ends_standing_added_or_dropped_is_a_reversal(old: str, new: str, reversed_: bool) -> None:
    """'withdrawn' or 'superseded' added or dropped where the other side states no status reverses what the text
    stands for (polarity, reversed); the same status spelt right is not."""
    flags = modified(old, new)
    assert any((f.kind, f.direction) == ("polarity", "reversed") for f in flags) is reversed_, flags


@pytest.mark.parametrize(("old", "new", "kind", "direction"), [
    ("Use the shared GDS [Logit][] account for logging.", "Teams may use the shared GDS [Logit][] account for logging.",
     "recommendation", "down"),
    ("Teams may use the shared GDS [Logit][] account for logging.", "Use the shared GDS [Logit][] account for logging.",
     "recommendation", "up"),
    ("Tree-based methods tend to work better for imbalanced data.",
     "Tree-based methods tend to work worse for imbalanced data.", "polarity", "reversed"),
    ("The new model outperformed the baseline on every benchmark.",
     "The new model underperformed the baseline on every benchmark.", "polarity", "reversed"),
])
def test_an_instruction_turned_allowance_or_a_comparison_flipped_is_a_judgment(old: str, new: str, kind: str,
                                                                                direction: str) -> None:
    """'Use X' → 'Teams may use X' softens an instruction into an allowance (down; the reverse is up), while
    'Create alerts' → 'Base your alerts' stays the same instruction; 'better' → 'worse' flips a comparison."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == (kind, direction), flag
    assert not significant(modified("Create alerts based on the error rate.", "Base your alerts on the error rate."))
    assert not significant(modified("Put non-interrupting alerts into a ticket queue for your team to solve.",
                                    "Place non-interrupting alerts in a ticket queue for your team to resolve."))


@pytest.mark.parametrize(("old", "new", "kind", "direction"), [
    ("No known public exploitation targeting this vulnerability has been reported.",
     "Public exploitation targeting this vulnerability has been reported.", "polarity", "reversed"),
    ("The impact will persist while the attacker continues the attack.",
     "The impact will escalate while the attacker continues the attack.", "polarity", "up"),
    ("A threat actor with physical access could modify data.", "Hospital visitors with physical access could modify "
     "data.", "actor", None),
])
def test_no_known_persist_and_a_threat_actor(old: str, new: str, kind: str, direction: str | None) -> None:
    """'No known X has been reported' → 'X has been reported' drops a negation ('known' is not what it negates);
    'persist' is the middle of a trend (→ 'escalate' is up); a threat actor is someone who acts."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == (kind, direction), flag


def test_a_subject_a_free_relative_a_navigation_line_and_a_heading_prescribe_nothing() -> None:
    """'Share prices have made further gains' opens with a noun, not the verb 'share'; 'doing what is necessary'
    names a thing; 'Related Information Media Release 2009-06' and 'More on the May decision' are a page's
    navigation; '## How you should send notifications' → '## How to send notifications' renames a heading.
    'Ensure there is physical protection in place' still instructs."""
    for line in ("Share prices have made further gains.",
                 "The Board is committed to doing what is necessary to ensure that inflation returns to target."):
        assert all(f.kind != "recommendation" for f in removed(line)), line
    for line in ("Related Information Media Release 2009-06 | Statement by the Governor: Monetary Policy",
                 "More on the May 2024 monetary policy decision..."):
        assert not significant(removed(line)), line
    assert not significant(modified("## How you should send notifications to users",
                                    "## How to send notifications to users"))
    assert [f.kind for f in significant(removed("Ensure there is physical protection in place."))] == [
        "recommendation"]
    assert significant(removed("However, there are privacy considerations for models trained on patient-related "
                               "information (see Data sharing section)."))


@pytest.mark.parametrize(("line", "instructs"), [
    ("Name the type of the new key in that notice.", True),
    ("Publish the exact training splits alongside every model.", True),
    ("Triage every new dependency alert within two working days.", True),
    ("Lenders should keep their standards prudent as the recovery takes hold.", True),
    ("Given the data, the team held its course.", False),
    ("Despite the rain, turnout rose in every district.", False),
    ("Supports the new format from version 2.", False),
    ("Updated the list of affected products.", False),
    ("Anticipate a surge in abandoned sign-ups.", False),
    ("Does the service keep its logs for a year?", False),
    # a particle and its object, a clause of what to find out, two verbs joined before their object
    ("Sketch out the main data flows before the workshop.", True),
    ("Tidy up your branches after each release.", True),
    ("Decide whether the archive needs a second copy.", True),
    ("Work out how many replicas the cluster needs.", True),
    ("Review and prune your access policies each month.", True),
    # after two opening clauses, one after the other
    ("In most teams, when a release slips, tell the service owner the same day.", True),
    # not instructions: a subject with its verb, a participle, a pointer, a lower-case item of a lead-in's list
    ("Time off is granted by the line manager.", False),
    ("Kept up to date by the platform team, the register lists every host.", False),
    ("Find out more about the register from the platform team.", False),
    ("- know how their releases are doing from a dashboard", False),
])
def test_an_instruction_is_known_by_its_shape_not_by_a_verb_list(line: str, instructs: bool) -> None:
    """A sentence that opens with an open-class word right before 'the', 'every' or 'your' opens with a verb in
    the imperative, whatever the verb ('Name', 'Publish', 'Triage'); so does one before a particle ('Sketch out
    the'), a clause of what to find out ('Decide whether') or a second verb and its object ('Review and prune
    your'); a preposition, a participle, a third-person verb, a forecast or a question does not instruct. A group
    of people told what they 'should' do is advised."""
    kinds = [f.kind for f in significant(added(line))]
    assert ("recommendation" in kinds) is instructs, kinds


@pytest.mark.parametrize(("old", "new", "kind", "direction"), [
    ("You should rotate the signing keys every quarter.", "You may rotate the signing keys every quarter.",
     "recommendation", "down"),
    ("The crate is no longer maintained; use the fork instead.",
     "The crate is no longer maintained; you might look at the fork instead.", "recommendation", "down"),
])
def test_latitude_granted_to_someone_is_weak_advice_not_a_chance(old: str, new: str, kind: str,
                                                                 direction: str) -> None:
    """'You should rotate' → 'You may rotate' softens advice (the 'may' grants latitude to the reader, it does not
    estimate a chance), and so does 'use the fork' after a semicolon → 'you might look at the fork'. An attacker
    who 'could use' a flaw and a reader who 'may experience' delays are estimates, not advice."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == (kind, direction), flag
    assert [f.kind for f in significant(added("You may run the tests on a separate environment."))] == [
        "recommendation"]
    for line in ("Attackers could use this flaw to read the process memory.",
                 "Travellers may experience long delays at the border."):
        assert all(f.kind != "recommendation" for f in added(line)), line


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The Board raised the cash rate by 0.25 points to 3.5 per cent, effective 4 November.",
     "The Board raised the cash rate by 0.25 points to 3.75 per cent, effective 2 December.", "up"),
    ("Services SHOULD support TLS 1.3 by 30 June 2026.", "Services SHOULD support TLS 1.3 by 31 December 2026.", "up"),
    ("Active compounds are on the order of 0.1% or 1% of those tested.",
     "Active compounds are on the order of 0.1% of those tested.", "down"),
    ("The credential includes an identifier.", "The credential includes at least one identifier.", "up"),
])
def test_amounts_move_apart_from_their_dates_and_a_figure_stated_or_dropped_has_a_direction(
        old: str, new: str, direction: str) -> None:
    """'3.5 per cent, effective 4 November' → '3.75 per cent, effective 2 December' is an amount that rose (the
    date says when, not how much); 30 June → 31 December is later; a value dropped from '0.1% or 1%' states less,
    a figure stated where none was states more."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("quantity", direction), flag


def test_a_day_dropped_from_a_date_is_not_an_alert() -> None:
    """'closed on 3 May 2010' → 'closed in May 2010' keeps the date, written less precisely: at most a low note."""
    assert not significant(modified("The office closed on 3 May 2010.", "The office closed in May 2010."))
    assert significant(modified("The office closed on 3 May 2010.", "The office closed on 5 May 2010."))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Symmetric keys SHALL additionally be strongly protected against disclosure.",
     "Symmetric keys SHALL additionally be protected against disclosure.", "down"),
    ("Users should be encouraged to make their passwords as long as they want.",
     "Users should be encouraged to make their passwords as long as they want, within reason.", "down"),
    ("The verifier SHALL, if possible within the protocol, specify the maximum age.",
     "The verifier SHALL specify the maximum age.", "up"),
])
def test_a_prescription_narrowed_to_some_cases_or_pressed_less_moves_down(old: str, new: str,
                                                                          direction: str) -> None:
    """The same prescription with 'within reason' added or 'strongly' dropped holds in fewer cases or presses
    less (down); with 'if possible' dropped it holds always (up). A qualifier swapped for another ('where
    practical' → 'where applicable') and a premise restated with a bare 'if' change nothing a reader acts on."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", direction), flag
    assert not significant(modified("Authenticators MAY, where practical, detect compromise of the endpoint.",
                                    "Authenticators MAY, where applicable, detect compromise of the endpoint."))
    assert not significant(modified("The verifier MAY prompt the user before the timeout, if desired.",
                                    "The verifier MAY prompt the user before the timeout."))


@pytest.mark.parametrize(("old", "new"), [
    (["The Board decided to leave the cash rate unchanged at 2.0 per cent.",
      "The Board judged that the current setting of monetary policy remained appropriate.",
      "Household spending grew at a moderate pace over the year."],
     ["The Board decided to lower the cash rate to 1.75 per cent."]),
    # the institution speaking of itself moves a setting; 'Banks increased their lending rates' is another's
    (["The Board decided to raise the cash rate by 25 basis points to 4.10 per cent.",
      "It also increased the interest rate paid on settlement balances by 25 basis points to 4.00 per cent.",
      "Banks increased their lending rates over the month."],
     ["The Board decided to leave the cash rate unchanged at 4.10 per cent."]),
])
def test_a_stance_sentence_dropped_as_the_decision_moved_takes_the_move_direction(old: list[str],
                                                                                   new: list[str]) -> None:
    """When the decision moved from hold to cut, 'the Board judged that the current setting of policy remained
    appropriate' dropped is part of that move (polarity, down), not a statement removed without a direction; so is
    'It also increased the interest rate paid on settlement balances' dropped when it moved from raise to hold. A
    sentence that takes no stance is still a plain removal."""
    flags = assess_changes(_rows(old, new), config())
    kinds = {f.before: (f.kind, f.direction) for f in flags if f.before}
    assert kinds[old[1]] == ("polarity", "down"), flags
    assert kinds[old[2]][0] == "removed", flags


@pytest.mark.parametrize(("old", "new"), [
    ("See ICSA-19-274-01 for the affected stacks.", "See ICSA-19-274-02 for the affected stacks."),
    ("Overall, SP 800-63-3 does not presuppose a federated architecture.",
     "Overall, SP 800-63 does not presuppose a federated architecture."),
    ("- MELSEC iQ-F Series FX5UC-96MT/D: all versions", "- MELSEC iQ-F Series FX5UC-32MT/D: all versions"),
    ('aliases = ["GHSA-45707-9-5h56"]', 'aliases = ["GHSA-4grx-2x9w-596c"]'),
    ("The four LOA model previously used by federal agencies is retired.",
     "The four LOA model previously used by federal agencies and set out in OMB M-04-04 is retired."),
    ("_This document contains both normative and informative material._",
     "_SP 800-63A contains both normative and informative material._"),
    ("To this end, the 800-63 suite recognizes that an authentication error is not a singleton.",
     "To this end, these guidelines recognize that an authentication error is not a singleton."),
    ("Before binding it, the CSP SHALL first require the subscriber to authenticate.",
     "Before binding it, the CSP SHALL require the subscriber to authenticate."),
])
def test_numbers_inside_a_code_are_not_amounts(old: str, new: str) -> None:
    """'ICSA-19-274-01', 'SP 800-63-3', 'FX5UC-96MT' and 'GHSA-…' name things: a changed part is not a number
    that rose or fell; nor is '800-63' (a range runs upward), nor 'first' after a modal ('SHALL first require'
    orders steps). Figures with units ('5km', '10GB', '2nd'), ranges and spans of years stay amounts."""
    assert all(f.kind != "quantity" for f in modified(old, new)), modified(old, new)
    [flag] = significant(modified("The run was 5km long.", "The run was 10km long."))
    assert (flag.kind, flag.direction) == ("quantity", "up"), flag
    for a, b in (("Delays of 10-20 days are expected.", "Delays of 10-30 days are expected."),
                 ("In 2019-20 growth was weak.", "In 2020-21 growth was weak."),
                 ("Requirements are satisfied by FIPS 140-2.", "Requirements are satisfied by FIPS 140-3."),
                 ("This is the first release.", "This is the second release.")):
        [flag] = significant(modified(a, b))
        assert (flag.kind, flag.direction) == ("quantity", "up"), flag


@pytest.mark.parametrize(("line", "alert"), [
    ("Added fixed versions for the M800 Series products in the Mitigation section.", False),
    ("Updated the list of affected products.", False),
    ("Is that really where we want to go in this volume?", False),
    ("Fixed investment spending by businesses continues to be very strong.", True),
    ("Revised data show that output grew strongly in the quarter.", True),
    ("Reviewed 24 May 2017 (editorial pass)", False),
    ("Draft circulated to co-authors, 18 May 2017", False),
    ("Embargoed until 9.30 am, 8 July 1992", False),
    ("REDUCTION IN CASH RATES Embargoed until 9.30 am, 4 April 1991", False),
    ("Media Release -- Embargo: 11.30 am, 21 October 2014", False),
    ("Inflation peaked on 3 May 2020.", True),
    ("Inflation may peak by 3 May 2020", True),
    ("_Proof pass signed off 9 March 2021._", False),
    ("*Inflation peaked sharply in the year to 3 May 2020 and fell.*", True),
])
def test_a_revision_note_or_a_question_asserts_nothing(line: str, alert: bool) -> None:
    """'Added fixed versions for …' notes what an editor did and 'Is that really where we want to go?' asks: added
    or dropped, neither is an alert. 'Fixed investment spending … continues' opens with an adjective and states
    something; so does 'Revised data show …'. A stamp — a whole date with a few words and no clause, not closed as a
    sentence ('Embargoed until 9.30 am, 8 July 1992') or set wholly in emphasis ('_Proof pass signed off 9 March
    2021._') — notes the text's own making; a sentence closed as one, or one with a modal, states something."""
    assert bool(significant(added(line))) is alert, added(line)


@pytest.mark.parametrize(("old", "new", "kind"), [
    ("Biologists and computer scientists are now building these models.",
     "Biologists and clinical statisticians are now building these models.", "actor"),
    ("The tool should aid pathologist-computer interactions.", "The tool should aid physician-computer interactions.",
     "actor"),
])
def test_people_are_known_by_the_suffix_of_their_field(old: str, new: str, kind: str) -> None:
    """'computer scientists' → 'clinical statisticians' replaces who acts, though neither word is in a list:
    '-ists' and '-icians' name people; 'checklists' and 'persists' do not."""
    [flag] = significant(modified(old, new))
    assert flag.kind == kind, flag
    assert all(f.kind != "actor" for f in modified("Use the release checklist.", "Use the release playlist."))


def test_shall_in_lower_case_obliges_except_after_i_or_we() -> None:
    """'Such procedures shall be subject to oversight' → 'are subject to oversight' drops an obligation (as
    statutes write 'shall'); 'we shall see' is the future."""
    [flag] = significant(modified("Such procedures shall be subject to recurring oversight.",
                                  "Such procedures are subject to recurring oversight."))
    assert (flag.kind, flag.direction) == ("recommendation", "down"), flag
    assert all(f.kind != "recommendation" for f in added("We shall see how the data evolve next year."))


def test_would_in_place_of_a_present_tense_makes_a_fact_conditional() -> None:
    """'models do not depend on X' → 'models would not depend on X' turns a stated fact into a conditional
    (likelihood, down); 'rises' → 'will rise' stays a change of tense, not an estimate."""
    [flag] = significant(modified("Generative models learned from data do not depend on expert knowledge.",
                                  "Generative models learned from data would not depend on expert knowledge."))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag
    assert all(f.kind != "likelihood" for f in modified("Inflation rises in the second half.",
                                                        "Inflation will rise in the second half."))


@pytest.mark.parametrize("line", [
    "_This section is normative._",
    "[Table 5-2](#table-5-2) lists strengths, ranging from unacceptable to superior, of each process.",
    "Figure 3 shows the enrollment flow from the applicant to the CSP.",
])
def test_what_a_section_or_a_table_is_says_nothing_of_the_subject(line: str) -> None:
    """'_This section is normative._' (in emphasis markup) and 'Table 5-2 lists …' speak about the document's
    parts: added or dropped, they are not alerts. 'one of two ways' chooses among; it is not an amount."""
    assert not significant(added(line)), added(line)
    assert all(f.kind != "quantity" for f in modified(
        "A system may incorporate multiple factors in either of two ways.",
        "A system may incorporate multiple factors in one of two ways."))


def test_a_pointer_to_another_text_added_or_dropped_is_not_an_alert() -> None:
    """'… a federation protocol to connect …' → '… a federation protocol as described in [SP 800-63C Section 4]
    to connect …' says where to read more; what the sentence asserts is the same. A negation added beside it
    still is a change."""
    assert not significant(modified(
        "When using a federation protocol to connect the CSP and RP, special considerations apply.",
        "When using a federation protocol as described in [SP 800-63C Section 4](sp800-63c.html#sec4) to connect "
        "the CSP and RP, special considerations apply."))
    assert significant(modified(
        "When using a federation protocol to connect the CSP and RP, special considerations apply.",
        "When using a federation protocol as described in Section 4 to connect the CSP and RP, no special "
        "considerations apply."))
    assert not significant(modified(
        "This document does not recognize the model previously used by federal agencies, instead requiring more.",
        "This document does not recognize the model previously used by federal agencies and described in OMB "
        "M-04-04, instead requiring more."))
    # 'as described in [Section 5.2.7]' is an aside: the sentence requires something of its own.
    [flag] = significant(added("In order to provide replay resistance as described in Section [5.2.7](#replay), "
                               "verifiers SHALL accept a given authentication secret only once."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


def test_a_drafting_note_a_credit_and_a_pointer_to_more_information_are_bookkeeping() -> None:
    """A 'TODO' note dropped from a sentence, a grant number changed in an acknowledgement, and 'The Service
    Manual has further information on [X](…)' added are not changes of what the document judges."""
    assert not significant(modified(
        "Neural networks have a long history in this domain `TODO: add more references`.",
        "Neural networks have a long history in this domain."))
    assert not significant(modified(
        "Finally, we acknowledge funding from the Foundation awards 1245632 and 1531594.",
        "Finally, we acknowledge funding from the Foundation awards 1245632 and 1564955."))
    assert not significant(added("The Service Manual has further information on [choosing a host](https://x.org)."))


def test_a_prescribing_modal_swapped_for_latitude_softens_the_advice() -> None:
    """'Patients should receive the vaccine' → 'Patients may receive the vaccine' softens advice (recommendation,
    down), whatever the verb; 'may' → 'must' strengthens it. 'Prices should help' → 'may help' is an estimate."""
    [flag] = significant(modified("Patients should receive the vaccine within 48 hours of exposure.",
                                  "Patients may receive the vaccine within 48 hours of exposure."))
    assert (flag.kind, flag.direction) == ("recommendation", "down"), flag
    [flag] = significant(modified("Teams may use the shared account.", "Teams must use the shared account."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag
    [flag] = significant(modified("Lower prices should help support spending.", "Lower prices may help support "
                                                                                  "spending."))
    assert flag.kind == "likelihood", flag


@pytest.mark.parametrize(("old", "new", "kind", "severity"), [
    ("Sales declined sharply in the third quarter.", "Sales declined modestly in the third quarter.", "polarity",
     "medium"),
    ("The tribunal dismissed the appeal.", "The tribunal upheld the appeal.", "polarity", "high"),
])
def test_a_pace_restated_and_a_verdict_turned_are_alerts(old: str, new: str, kind: str, severity: str) -> None:
    """'declined sharply' → 'declined modestly' states another pace (the diminisher is the pace word itself), and
    'dismissed' → 'upheld' turns a verdict round."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.severity) == (kind, severity), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("You will need to contact potentially your service users.",
     "You will need to contact very probably your service users.", "up"),
    ("The unemployment rate is forecast to increase gradually.",
     "The unemployment rate is all but certain to increase gradually.", "up"),
    ("There may be ways to adjust the process.",
     "There is a better than even chance that the process can be adjusted.", "up"),
    ("These vulnerabilities are not exploitable remotely.",
     "Remote exploitation of these vulnerabilities is not out of the question.", "up"),
])
def test_a_hedge_or_a_forecast_set_against_an_estimate(old: str, new: str, direction: str) -> None:
    """'potentially' (a hedge: possibly) → 'very probably' is up, as 'is forecast to' → 'all but certain' and 'may'
    → 'a better than even chance' are; words changed beside an estimate both versions keep ('Spending, in
    contrast, is forecast to …') move nothing."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag
    assert not significant(modified("Public spending is forecast to be constrained.",
                                    "Public spending, in contrast, is forecast to be constrained."))


def test_a_negation_moved_a_need_in_a_condition_and_a_review_stamp_change_nothing() -> None:
    """'It would not make sense to rewrite X' → 'Rewriting X would not make sense' keeps what is negated; 'when you
    need to send notifications' says when, not what to do; 'This page was last reviewed on …' stamps the page. A
    negation that moves to another word ('not effective but safe' → 'effective but not safe') still reverses."""
    assert not significant(modified("It would not make sense to rewrite this function to run on EC2 instead.",
                                    "Rewriting this function to run on EC2 instead would not make sense."))
    assert not significant(modified("Use your alerting tool when sending automatic notifications.",
                                    "Use an alerting tool when you need to send automatic notifications."))
    assert not significant(added("This page was last reviewed on 2 November 2017 and is due for review by "
                                 "2 February 2018."))
    [flag] = significant(modified("The drug is not effective but safe.", "The drug is effective but not safe."))
    assert (flag.kind, flag.direction) == ("polarity", "reversed"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    # Words only added to what an unchanged prescription asks: more is required.
    ("Operators should keep the signing keys offline when the service is not running.",
     "Operators should keep the signing keys offline in a safe that is locked when the service is not running.",
     "up"),
    ("The library SHALL require that every upload be checked by scanners that are run by another team.",
     "The library SHALL require that every upload be checked by scanners.", "down"),
])
def test_a_prescription_extended_or_cut_back_moves_up_or_down(old: str, new: str, direction: str) -> None:
    """A clause only added to what a sentence prescribes (as strongly on both sides) asks for more (up); one only
    dropped asks for less (down). A clause added to a plain statement has no such direction."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", direction), flag
    [flag] = significant(modified("The keys are kept offline when the service is not running.",
                                  "The keys are kept offline in a safe that is locked when the service is not "
                                  "running."))
    assert flag.direction is None, flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    # A few words after what prescribes, only added or only dropped: a nuance, but one with a direction.
    ("The nonce SHALL be unique for each operation of the device.",
     "The nonce SHALL be unique for each operation of the device over its lifetime.", "up"),
    ("Users should keep the keys offline at all times.", "Users should keep the keys offline.", "down"),
    # Not what is asked: words inside a condition after the prescription, a negated requirement (more words ask
    # less). (A frame that prescribes nothing of what follows: the end of
    # test_a_thing_named_beside_another_dropped_or_added_moves_the_judgment. A part added to a condition before it
    # narrows when the advice holds: test_a_part_of_a_condition_added_or_dropped_moves_its_reach.)
    ("The code SHALL be considered invalid if not received over the primary channel within 5 minutes.",
     "The code SHALL be considered invalid if not received within 5 minutes.", None),
    ("Identity proofing is not required to complete the transaction.",
     "Identity proofing is not required to complete the digital portion of the transaction.", None),
])
def test_words_only_added_to_what_is_prescribed_say_more_is_asked(old: str, new: str, direction: str | None) -> None:
    """Read on any finding of words only added or dropped, medium or low: after an affirmative prescription they
    extend what it asks (up) or cut it back (down); elsewhere they have no direction on the advice scale."""
    [flag] = modified(old, new)
    if direction is None:
        assert flag.kind != "recommendation" and flag.direction is None, flag
    else:
        assert (flag.kind, flag.direction) == ("recommendation", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Larger models combine both of these steps.", "Larger models may in fact combine both of these steps.", "down"),
    ("Stricter rules are considered to be effective against fraud.", "Stricter rules are effective against fraud.",
     "up"),
    ("Two reviewers can be seen to be enough for most changes.", "Two reviewers are enough for most changes.", "up"),
])
def test_a_hedge_with_its_adverbs_or_a_framing_phrase_moves_certainty(old: str, new: str, direction: str) -> None:
    """An estimate put in with the adverbs that stress it ('may in fact', 'may well') hedges what was stated; a
    framing phrase ('considered to be', 'can be seen to be') dropped states it with more certainty."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


@pytest.mark.parametrize("advice", [
    "It is desirable to keep two copies of every backup.",
    "It can help to name one person who answers questions.",
    "We need tools that non-specialists can run.",
    "We prefer managed databases to ones a team runs itself.",
    "A hosted queue is our preferred way to pass messages between services.",
    "Before a release, it may be beneficial to walk through the rollback plan.",
])
def test_advice_phrased_as_a_need_or_a_help_is_a_recommendation(advice: str) -> None:
    [flag] = added(advice)
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The council judged that the policy rate should remain unchanged this month.",
     "The council judged that there was now scope for monetary policy to become less restrictive.", "down"),
    ("The council judged that growth would be helped by easing monetary policy at this meeting.",
     "The council judged that holding the stance of policy unchanged at this meeting would support growth.", "up"),
])
def test_a_stance_taken_after_a_judgment_on_what_is_set_is_ordered(old: str, new: str, direction: str) -> None:
    """After a judgment ('judged that …'), a stance word beside what a decision sets (a rate, a policy, its
    stance) takes a stance; 'less restrictive' eases and 'more restrictive' tightens. A stance word about
    anything else ('judged that inflation should decline') takes none."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag
    [flag] = significant(modified("The council judged that inflation should decline over the next year.",
                                  "The council judged that inflation should increase over the next year."))
    assert flag.direction == "reversed", flag  # a trend turned round, not a stance


def test_a_prescribing_word_whose_spelling_was_corrected_is_not_advice_added() -> None:
    """'it encouages' → 'it encourages' beside other edits: the same word spelt right, not advice added."""
    flags = modified("This approach differs from branching in that it encouages much more frequent releases.",
                     "This approach differs from branching because it encourages more frequent releases.")
    assert all(f.kind != "recommendation" for f in significant(flags)), flags
    [flag] = significant(modified("Teams often deploy on Fridays.", "Teams should deploy on Fridays."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


@pytest.mark.parametrize(("old", "new", "kind", "direction"), [
    ("Demand is rising slowly this year.", "Demand is rising quickly this year.", "polarity", "reversed"),
    ("The region went through significant structural change.", "The region went through modest structural change.",
     "polarity", "down"),
    ("Inspectors see a low risk of flooding downstream.", "Inspectors see a high risk of flooding downstream.",
     "polarity", "reversed"),
    ("Inspectors see a moderate risk of flooding downstream.", "Inspectors see a high risk of flooding downstream.",
     "polarity", "up"),
])
def test_a_pace_or_a_risk_size_moved_along_its_scale_has_a_direction(old: str, new: str, kind: str,
                                                                      direction: str) -> None:
    """Pace and the stated size of a risk are ordered scales with a middle: a move along one is up or down, from
    one end to the other (or to a word's opposite) reversed. A size stated on one side only has no direction."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == (kind, direction), flag
    [flag] = significant(modified("Analysts weigh the potential risks of the merger.",
                                  "Analysts weigh the risks of the merger."))
    assert flag.direction is None, flag


def test_an_instruction_after_a_label_naming_the_people_addressed_is_a_recommendation() -> None:
    [flag] = added("Lenders: pass any easing in funding costs through to small firms first.")
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag
    [flag] = added("Note: the figures for the last quarter are preliminary.")
    assert flag.kind == "added", flag


def test_latitude_said_in_the_active_voice_and_a_review_due_date_are_not_advice_or_news() -> None:
    """'Snyk can be configured to …' → 'You can configure Snyk to …' grants the same latitude in the other voice;
    'It is due for review by 3 March 2019.' stamps the page as 'This page is due for review …' does."""
    flags = modified("The scanner can be configured to raise pull requests when a new version is out.",
                     "You can configure the scanner to raise pull requests when a new version is out.")
    assert all(f.kind != "recommendation" for f in significant(flags)), flags
    assert not significant(added("It is due for review by 3 March 2019."))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The parser crashes on long input. No workarounds are known.", "The parser crashes on long input.", "up"),
    ("The parser crashes on long input.", "The parser crashes on long input. There is no official fix yet.", "down"),
])
def test_a_statement_that_there_is_no_advice_dropped_or_added_moves_advice(old: str, new: str,
                                                                            direction: str) -> None:
    """'No workarounds are known.' dropped: advice now exists where there was none (up); 'There is no official fix'
    added: the advice it had is gone (down)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", direction), flag


@pytest.mark.parametrize("text", ["There was no net overseas migration in the quarter.",
                                  "There is no convention on how the rate is reported."])
def test_a_noun_denied_in_its_everyday_sense_is_no_absence_of_advice(text: str) -> None:
    """'migration' is advice over an advisory's items ('## Migration'), but 'no net overseas migration' counts people
    and 'no convention on' a practice: a statement added, not advice gone."""
    [flag] = significant(added(text))
    assert flag.kind == "added", flag


@pytest.mark.parametrize(("text", "advice"), [
    ("Remediation (mitigation): Mitsubishi Electric has provided a fix for the following products.", False),
    ("Remediation (mitigation): Chirp systems has released a statement.", False),
    ("Remediation (mitigation): Mitsubishi Electric released the fixed version of the product.", False),
    ("Remediation (mitigation): Mitsubishi Electric will release updates for other products.", False),
    ("Remediation (mitigation): Restrict physical access to affected products.", True),
    ("Remediation (mitigation): Customers using the affected products have to apply the fix.", True),
    ("Remediation (vendor_fix): MELSEC iQ-R Series R08SFCPU: firmware version 32 or later", True),
    ("Remediation (mitigation): Mitsubishi Electric has provided a fix for the following products:", True),
    ("Remediation (mitigation): Purge exported backup files from shared drives.", True),
])
def test_what_a_named_party_did_reported_under_an_advice_label_is_no_advice(text: str, advice: bool) -> None:
    """Under 'Remediation:' a named party's act ('has provided a fix', 'released the fixed version', 'will release
    updates') is news about the advice, a statement added; an instruction, an obligation ('have to'), the versions
    to install or a lead-in to the fixes listed below it are the advice."""
    [flag] = significant(modified("The device is affected.", f"The device is affected. {text}"))
    assert (flag.kind == "recommendation") is advice, flag


@pytest.mark.parametrize(("text", "advice"), [
    ("Members agreed that it would be important to reassess the economic outlook in February.", False),
    ("They noted that the cash rate would need to rise further.", False),
    ("Members considered whether it was necessary to wait for the data.", False),
    ("Members agreed that the Bank should signal clearly that further tightening remained possible.", True),
    ("It is important to reassess the economic outlook in February.", True),
])
def test_a_need_inside_a_view_reported_in_the_past_is_no_advice(text: str, advice: bool) -> None:
    """Minutes report what members judged ('agreed that it would be important to …', 'noted that rates would need
    to …'): a view added, not advice to the reader; a 'should' in the clause still says what is to be done, and the
    writer's own verdict ('It is important to …') advises."""
    [flag] = significant(added(text))
    assert (flag.kind == "recommendation") is advice, flag


def test_a_need_reported_in_the_past_still_moves_when_its_strength_changes() -> None:
    """In a sentence kept, 'judged that it was prudent to' → 'judged that it was essential to' is the advice reported
    made firmer."""
    [flag] = significant(modified("The Board had judged that it was prudent to leave the cash rate unchanged.",
                                  "The Board had judged that it was essential to leave the cash rate unchanged."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("To keep the evidence intact you should:", "To keep the evidence intact it is a firm requirement that you:", "up"),
    ("Vendors should sign their firmware.", "It is a requirement that vendors sign their firmware.", "up"),
])
def test_a_rule_stated_through_an_empty_it_binds_as_must(old: str, new: str, direction: str) -> None:
    """'it is a (firm) requirement that you' lays a rule down, as 'makes it a condition that' does: stronger than
    'should'."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", direction), flag
    assert not any(f.kind == "recommendation" for f in significant(added("It is a rule of thumb that prices lag.")))


@pytest.mark.parametrize("instruction", ["Move session storage to a separate database until the fix ships.",
                                         "Pin the dependency to a reviewed commit."])
def test_common_instruction_verbs_open_an_instruction(instruction: str) -> None:
    [flag] = added(instruction)
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


def test_a_need_stated_is_advice_and_pace_words_cover_sizeable_and_waning() -> None:
    """'More work is needed to …' and 'there is a need for …' prescribe (as 'should'); 'a sizeable impact' →
    'a modest impact' is a weaker strength, 'a growing need' → 'a waning need' a trend turned round."""
    [flag] = added("More work is needed to understand how the models fail on rare inputs.")
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag
    [flag] = significant(modified("The map had a sizeable impact on the field.",
                                  "The map had a modest impact on the field."))
    assert (flag.kind, flag.direction) == ("polarity", "down"), flag
    [flag] = significant(modified("There is a growing demand for such tools.",
                                  "There is a waning demand for such tools."))
    assert (flag.kind, flag.direction) == ("polarity", "reversed"), flag


@pytest.mark.parametrize(("sentence", "stance"), [
    ("On balance, the committee saw merit in lowering the policy rate this month.", "cut"),
    ("Those arguments pointed towards keeping the existing policy rate for now.", "hold"),
    ("The committee saw no need for any further adjustment to the policy rate at this meeting.", "hold"),
    ("The council judged that it was right for the stance of policy to be a little more accommodative.", "cut"),
    ("The case for raising the policy rate this month was the stronger one.", "raise"),
])
def test_a_stance_is_read_from_the_action_weighed_or_the_change_denied(sentence: str, stance: str) -> None:
    """An action on the setting named as a thing weighed ('merit in lowering the policy rate', 'pointed towards
    keeping the existing rate'), a change of it said not to happen ('no need for any further adjustment') and a
    setting's own adjective after a judgment ('to be a little more accommodative') take a stance. An action
    someone else is taking, on their own setting, takes none."""
    from monitor.assess.polarity import STANCE_NAMES, policy_stance
    from monitor.assess.text import Sentence

    taken = policy_stance(Sentence.of(sentence, None, 0, 0))
    assert taken is not None and STANCE_NAMES[taken[0]] == stance, (sentence, taken)
    for other in ("The central bank abroad has been lowering its policy rate since spring.",
                  "Output is expected to keep increasing the rate of decline in stocks."):
        assert policy_stance(Sentence.of(other, None, 0, 0)) is None, other


def test_a_stance_pair_against_the_decision_move_is_not_its_answer() -> None:
    """The decision moved from hold to raise; a dropped sentence that weighed holding and an added one that names
    acting 'to reduce inflation' would pair as hold → cut (down), against the move. They are read on their own:
    the dropped hold sentence is part of the move (up), and nothing is reported as a move down."""
    old = ["The Board decided to leave the cash rate unchanged at 6.75 per cent.",
           "This consideration pointed towards maintaining the existing cash rate for the time being."]
    new = ["The Board decided to raise the cash rate to 7.0 per cent.",
           "Thus there was a case for the Board to send a stronger signal of its readiness to act as necessary to "
           "reduce inflation."]
    flags = assess_changes(_rows(old, new), config())
    assert not [f for f in flags if f.kind == "polarity" and f.direction == "down"], flags
    [held] = [f for f in flags if f.before == old[1]]
    assert (held.kind, held.direction, held.after) == ("polarity", "up", None), held


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Faster builds will likely be enough to meet the team's needs.",
     "It is a long shot that faster builds will be enough to meet the team's needs.", "down"),
    ("Frankly, a second reviewer will likely catch the error.",
     "Frankly, it cannot be dismissed that a second reviewer will catch the error.", "down"),
    ("It is unclear if the patch closes every path to the bug.",
     "There is a good chance that the patch closes every path to the bug.", "up"),
    ("We expect the migration to finish in the spring.",
     "The migration finishing in the spring is a near certainty.", "up"),
])
def test_an_estimate_predicated_of_a_that_clause_governs_it(old: str, new: str, direction: str) -> None:
    """'It is a long shot that X will …': the estimate in front governs the clause, whose 'will' is what is
    estimated; on the side without one, the estimate the edit touched counts ('will likely'), not an adverb
    earlier in the sentence. 'unclear if' is 'unclear whether'; 'we expect' estimates like 'is expected'."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_a_predicate_turned_round_right_after_the_same_subject_is_reversed() -> None:
    """A rewritten stretch that opens, after the kept subject, with the opposite predicate ('have, however,
    tightened over the past months' → 'have eased recently, although …') reverses the statement, however much
    else the rewrite says; the same predicate kept with a new tail does not."""
    [flag] = significant(modified(
        "Lending conditions for small firms have, however, tightened over the past few months, with loan rates "
        "having increased for reasons other than policy.",
        "Lending conditions for small firms have eased recently, although they are tighter than last year, with "
        "loan rates having increased for reasons other than policy."))
    assert (flag.kind, flag.direction) == ("polarity", "reversed"), flag
    flags = modified("Lending conditions for small firms have tightened over the past few months as banks grew "
                     "cautious.",
                     "Lending conditions for small firms have tightened further this quarter, with loan rates "
                     "higher and collateral demands stricter.")
    assert all(f.direction != "reversed" for f in flags), flags


def test_one_predicate_estimated_differently_in_a_rewritten_sentence_moves_likelihood() -> None:
    """'…, though output may have slowed late in the year' → 'Output appears to have slowed late in the year but
    …': the sentence was rearranged, and the one predicate both versions estimate ('slowed') went from 'may' to
    'appears to': likelihood up. Two estimates of the same predicate on one side say nothing certain."""
    [flag] = significant(modified(
        "The region's output remains broadly in line with official goals, though it may have slowed a little late "
        "in the year.",
        "The region's output appears to have slowed a little late in the year but remains broadly in line with "
        "official goals."))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Tell the security team at least 3 months before the test.",
     "Tell the security team at least 6 weeks before the test.", "down"),
    ("Keep the access logs for two years.", "Keep the access logs for 18 months.", "down"),
    ("Uploads are limited to 512 MB each.", "Uploads are limited to 1 GB each.", "up"),
])
def test_amounts_in_units_of_time_or_size_compare_by_what_they_measure(old: str, new: str, direction: str) -> None:
    """'3 months' → '6 weeks' is shorter though 6 > 3; '2 weeks' → '14 days' is the same span, not a change."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("quantity", direction), flag
    assert not significant(modified("Rotate the keys every 2 weeks.", "Rotate the keys every 14 days."))
    assert not significant(modified("Keep test logs no more than 7 days.", "Keep test logs no more than a week."))
    assert not significant(modified("Rents grew at the slowest pace in a couple of decades.",
                                    "Rents grew at the slowest pace in two decades."))
    # 'a year ago' says when, not how long: it is no amount set against another
    assert not [f for f in modified("Exports have shown improvement.", "Exports have improved from a year ago.")
                if f.kind == "quantity"]


def test_the_odds_read_across_their_object_and_a_comparative_estimate_governs() -> None:
    """'the odds of the next release slipping past the end of the year, despite the extra staff, were no better
    than even': the verb and its quantifier are read however long the object, and the quantifier may run on;
    'it was more likely that X would …' governs X as 'likely' does."""
    [flag] = significant(modified(
        "The panel agreed that it was more likely that the next release would slip past the end of the year.",
        "The panel agreed that the odds of the next release slipping past the end of the year, despite the "
        "extra staff, were no better than even."))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


def test_an_instruction_after_an_opening_clause_and_please() -> None:
    """'To keep the dashboard right, please label each repository with its team': the instruction follows a
    purpose clause and 'please'."""
    old = "The service stores its keys on disk."
    [flag] = modified(old, old + " To keep the dashboard right, please label each repository with its team.")
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


def test_a_prescription_pressed_continuously_then_less_moves_down() -> None:
    """'should be continuously reviewing' → 'should review': the same advice pressed less."""
    [flag] = significant(modified("You should be continuously reviewing the access list with the owners.",
                                  "You should review the access list with the owners."))
    assert (flag.kind, flag.direction) == ("recommendation", "down"), flag


def test_an_even_bet_is_a_middling_estimate() -> None:
    [flag] = significant(modified("The survey suggested that demand would stay weak for some time.",
                                  "Given the survey, it was an even bet whether demand would stay weak for some time."))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


def test_not_unlikely_is_a_possibility_below_likely() -> None:
    """A negated improbability is a possibility (band 4), as 'not inconceivable' is: 'are likely affected' →
    'are not unlikely to be affected' lowers the estimate."""
    [flag] = significant(modified("All builds of the old agent are likely affected by the flaw.",
                                  "All builds of the old agent are not unlikely to be affected by the flaw."))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


def test_the_odds_against_a_clause_govern_it() -> None:
    """'the odds are against the launch slipping again': the quantifier takes the clause after it, whose own verb
    is what is estimated ('is likely to slip' → 'the odds are against … slipping' is down)."""
    [flag] = significant(modified(
        "While the launch is likely to slip again, the team is in better shape than a month ago.",
        "While the odds are against the launch slipping again, the team is in better shape than a month ago."))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


def test_a_negated_expectation_is_read_in_what_is_expected() -> None:
    """'does not expect the target to be met' says the target will not be met: the negation moved into the
    complement ('… will not be met') is not a reversal."""
    flags = modified("The committee does not expect the target to be met before 2030.",
                     "The target will not be met before 2030.")
    assert all(f.direction != "reversed" for f in flags), flags


@pytest.mark.parametrize("stamp", [
    "_Page reviewed 27 May 2017; next review due 27 November 2017._",
    "_Section draft of 20 May 2017 (revision 6)._",
    "_Last revised: 3 November 2017_",
    "The authors last reviewed and approved this competing interests statement on May 26, 2017.",
])
def test_a_review_or_draft_stamp_added_is_not_a_judgment(stamp: str) -> None:
    old = "The service stores its keys on disk."
    assert not significant(modified(old, stamp + " " + old)), modified(old, stamp + " " + old)


@pytest.mark.parametrize(("old", "new"), [
    ("The CSP may accept referees such as notaries or legal guardians.",
     "The CSP may accept referees such as social workers or school counselors."),
    ("Access is limited to the maintainers team.", "Access is limited to a group of volunteers."),
    ("The report helps practitioners in the field.", "The report helps regulators and ethics boards."),
])
def test_groups_of_people_named_by_common_nouns_are_actors(old: str, new: str) -> None:
    """General English nouns for people (guardians, counselors, volunteers, practitioners, a team) replaced one by
    another change who acts or is affected; the same group in the other number ('Teams are' → 'Your team is') does
    not."""
    [flag] = significant(modified(old, new))
    assert flag.kind == "actor", flag
    assert not [f for f in modified("Teams are responsible for their backups.",
                                    "Your team is responsible for its backups.") if f.kind == "actor"]


@pytest.mark.parametrize(("old", "new"), [
    ("The rules apply to the verification steps for IAL2 and 3.",
     "The rules apply to the verification steps for IAL2 and IAL3."),
    ("At IAL 2 and 3, identity proofing is required.", "At IAL2 and IAL3, identity proofing is required."),
])
def test_a_code_written_in_full_where_its_letters_were_left_out_is_no_change(old: str, new: str) -> None:
    """'IAL2 and 3' → 'IAL2 and IAL3': the same levels; neither a number nor an actor changed. A code whose number
    moved ('IAL2 and 3' → 'IAL2 and IAL4') still is a change, and a number beside an unchanged code ('PAM50 …
    50 genes' → 'PAM50 … 35 genes') still moved."""
    assert not significant(modified(old, new)), modified(old, new)
    assert significant(modified("Proofing at IAL2 and 3 is required.", "Proofing at IAL2 and IAL4 is required."))
    [flag] = significant(modified("The PAM50 method uses the expression of 50 marker genes.",
                                  "The PAM50 method uses the expression of 35 marker genes."))
    assert (flag.kind, flag.direction) == ("quantity", "down"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Higher prices are providing a boost to national income.",
     "Higher prices are providing a significant boost to national income.", "up"),
    ("Growth in unit labour costs remains very high.", "Growth in unit labour costs remains high.", "down"),
    ("Some datasets showed far superior performance.", "Some datasets showed superior performance.", "down"),
    ("The model is able to generalize reasonably well.", "The model is able to generalize very well.", "up"),
])
def test_a_word_that_only_stresses_or_softens_moves_the_statement(old: str, new: str, direction: str) -> None:
    """A stressing or softening word added or dropped, nothing else changed: the statement made more or less strongly,
    its degree moved (medium) with its direction, as blind labellers read 'superior' → 'far superior' and 'much
    easier' → 'somewhat easier'; a softening word swapped for a stressing one ('slightly negative' → 'very
    negative') too. Any other word changed beside it is a rewording."""
    [flag] = modified(old, new)
    assert (flag.kind, flag.severity, flag.direction) == ("polarity", "medium", direction), flag
    [flag] = modified("The effect on small firms was slightly negative.",
                      "The effect on small firms was very negative.")
    assert (flag.severity, flag.direction) == ("medium", "up"), flag
    [flag] = modified("Growth in unit labour costs remains very high.", "Growth in unit wages remains high.")
    assert flag.direction is None, flag


@pytest.mark.parametrize("stamp", [
    "Page last reviewed: 12 July 2017.",
    "Next review due: January 2018.",
    "Section draft, 15 May 2017 (revision 7)",
])
def test_a_page_stamp_added_is_not_a_judgment(stamp: str) -> None:
    """A review or draft stamp says when the page was looked at, not what it says: never medium or high."""
    assert significant(added(stamp)) == []


def test_a_hyphenated_number_word_is_the_number() -> None:
    """'twenty-one' is 21; a change to 'twenty-two' is a number moved up."""
    same = modified("They found it in 21 of 27 studies.", "They found it in twenty-one of 27 studies.")
    assert significant(same) == []
    [flag] = significant(modified("They found it in 21 of 27 studies.", "They found it in twenty-two of 27 studies."))
    assert (flag.kind, flag.direction) == ("quantity", "up"), flag


@pytest.mark.parametrize(("old", "new"), [
    ("It should be noted that many attacks on passwords are not affected by complexity.",
     "Many attacks on passwords are not affected by complexity."),
    ("You can read more about managing dependencies in the Service Manual.",
     "You can find out more about managing dependencies in the Service Manual."),
])
def test_a_frame_or_a_pointer_to_more_reading_is_not_advice(old: str, new: str) -> None:
    """'It should be noted that' frames what follows; 'you can read more about' points at another text: neither
    is a recommendation, so rewording or dropping it withdraws no advice."""
    assert all(f.kind != "recommendation" for f in modified(old, new))


@pytest.mark.parametrize(("old", "new", "kind", "direction"), [
    ("Remote code execution is possible due to permission issues.",
     "Remote code execution is possible due to permission issues, but only where the tool was installed outside "
     "the default folder.", "reworded", "down"),
    ("These algorithms may be ready to aid pathologists, provided that each deployment is audited.",
     "These algorithms may be ready to aid pathologists.", "reworded", "up"),
    ("Revocation SHOULD occur as promptly as practical following detection.",
     "Revocation SHOULD occur as promptly as practical following detection, except where the subscriber has asked "
     "for a grace period.", "recommendation", "down"),
    ("You should use a dedicated account if you have set up log shipping.",
     "You should use a dedicated account.", "recommendation", "up"),
    ("Teams must rotate their keys.", "Teams must rotate their keys where they are used.", "recommendation", "down"),
    # two words are enough for a condition; 'provided' opens one without 'that'; a restriction is never low
    ("If available, the record SHOULD also contain the source of the attempt.",
     "The record SHOULD also contain the source of the attempt.", "recommendation", "up"),
    ("Users should use firewalls to block access from untrusted networks.",
     "Users should use firewalls to block access from untrusted networks, where the plant layout allows it.",
     "recommendation", "down"),
    ("Inflation is 3 per cent, and it is likely to remain around that rate.",
     "Inflation is 3 per cent, and provided the exchange rate holds steady, it is likely to remain around that rate.",
     "reworded", "down"),
    ("Code sharing is essential for continued progress in this domain.",
     "Code sharing is essential for continued progress in this domain, at least for methods meant for clinical use.",
     "recommendation", "down"),
])
def test_a_restriction_on_when_it_holds_narrows_the_judgment(old: str, new: str, kind: str, direction: str) -> None:
    """'but only where', 'provided that', 'except where', 'unless', 'if', 'where' added: the judgment now holds in
    fewer cases (down); dropped, in more (up). Advice is a recommendation narrowed; a claim is a rewording whose
    reach moved."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == (kind, direction), flag


@pytest.mark.parametrize("advice", [
    "It's important to set performance metrics for your service.",
    "It's good practice to load logs from the long-term store into a queryable tool.",
    "The agency reminds organizations to perform an impact analysis before deploying defensive measures.",
    "Remind subscribers by email thirty days before an authenticator expires.",
])
def test_advice_written_with_a_contraction_or_a_reminder_is_a_recommendation(advice: str) -> None:
    [flag] = added(advice)
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag
    assert removed("This reminded the team of an earlier outage.")[0].kind != "recommendation"


def test_a_prescribing_lead_in_added_is_advice_added_at_low() -> None:
    """'Your project must:' introduces items that each carry advice (reported one by one); the lead-in is advice
    added too, low so that the list is not counted twice."""
    [flag] = added("When you publish open source code, your project must:")
    assert (flag.kind, flag.severity, flag.direction) == ("recommendation", "low", "up"), flag
    [flag] = removed("Your open source code project should:")
    assert (flag.kind, flag.severity, flag.direction) == ("recommendation", "low", "down"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The unemployment rate has remained steady at 5.2 per cent, and wages have been weak for a while.",
     "The unemployment rate is expected to decline over the next couple of years, and wages have been weak for a "
     "while.", "down"),
    ("The unemployment rate is expected to decline over the next couple of years, and wages have been weak for a "
     "while.",
     "The unemployment rate has remained steady at 5.2 per cent, and wages have been weak for a while.", "up"),
])
def test_a_rewritten_trend_to_or_from_no_change_is_a_move_not_a_reversal(old: str, new: str, direction: str) -> None:
    """A rewritten clause whose trend goes from 'remained steady' to 'decline' moved from the middle of the scale
    (spec: no change → decline is down), as a trend word swapped in place already does; only rise ↔ decline is a
    reversal."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


@pytest.mark.parametrize(("old", "new"), [
    ("Create temporary credentials for 3rd party testers before the test starts.",
     "Create temporary credentials for third-party testers before the test starts."),
    ("The team counts the requests answered within 2.5s as successful.",
     "The team counts the requests answered within 2.5 seconds as successful."),
    ("Prioritise your most important user journeys.",
     "[Prioritise your most important user journeys](#1-prioritise-your-most important-user-journeys)."),
])
def test_the_same_figure_written_another_way_is_not_a_change(old: str, new: str) -> None:
    """'3rd' is 'third'; '2.5s' is '2.5 seconds'; a link's anchor in the page (even one with a space in it) is not
    a word the reader reads, so its digits are no number."""
    assert significant(modified(old, new)) == []


def test_a_time_written_against_its_figure_compares_by_its_length() -> None:
    [flag] = significant(modified("The team counts the requests answered within 2.5s as successful.",
                                  "The team counts the requests answered within 3 seconds as successful."))
    assert (flag.kind, flag.direction) == ("quantity", "up"), flag
    [flag] = significant(modified("Requests answered within 300ms count as fast.",
                                  "Requests answered within 2 seconds count as fast."))
    assert (flag.kind, flag.direction) == ("quantity", "up"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Operating system software: updatable in all versions.", "Operating system software: updatable in some versions.",
     "down"),
    ("Many studies report the effect in mice.", "A few studies report the effect in mice.", "down"),
    ("Few forecasters expect growth to pick up next year.", "Most forecasters expect growth to pick up next year.",
     "up"),
])
def test_a_quantifier_swapped_moves_how_much_the_statement_covers(old: str, new: str, direction: str) -> None:
    """few < some < many < most < all: one put for another, the words around it kept, is a quantity moved (the
    statement now holds for fewer or more); 'each' → 'every' is the same reach."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("quantity", direction), flag
    assert significant(modified("Each team should keep a log.", "Every team should keep a log.")) == []


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("You should rotate the keys every year.", "Rotate the keys every year.", "up"),
    ("Only use email notifications when the issue can't be picked up through monitoring.",
     "You should only use email notifications when the issue can't be picked up through monitoring.", "down"),
])
def test_should_against_a_bare_instruction_is_the_same_advice_with_a_direction(old: str, new: str,
                                                                              direction: str) -> None:
    """'You should X' ↔ 'X': the same advice; the bare instruction is the firmer one. A nuance (low) with its
    direction, never a recommendation added or dropped."""
    [flag] = modified(old, new)
    assert (flag.kind, flag.severity, flag.direction) == ("recommendation", "low", direction), flag


def test_the_odds_are_that_governs_the_clause_after_it() -> None:
    """'the odds are that X' (and 'chances are that X') says X is likely: it sets the band of X, as 'it is likely
    that X' does, whatever modal X had before."""
    [flag] = significant(modified("Some hardware makers could have used the library in their devices.",
                                  "The odds are that some hardware makers used the library in their devices."))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag
    [flag] = significant(modified("Chances are that the rollout will slip.", "The rollout will slip."))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag


@pytest.mark.parametrize(("old", "new"), [
    ("The agency SHALL consult with their Senior Agency Official for Privacy to conduct an analysis.",
     "The agency SHALL consult with their SAOP to conduct an analysis."),
    ("The agency SHALL consult with their SAOP to conduct an analysis.",
     "The agency SHALL consult with their Senior Agency Official for Privacy to conduct an analysis."),
])
def test_a_name_written_out_with_small_words_is_its_acronym(old: str, new: str) -> None:
    """'Senior Agency Official for Privacy' ↔ 'SAOP': the joining words ('for', 'of', 'and') have no letter in the
    acronym; the same actor either way. Two other names stay a replaced actor."""
    assert significant(modified(old, new)) == []
    [flag] = significant(modified("The agency SHALL consult with the Office of Management and Budget first.",
                                  "The agency SHALL consult with the Department of Energy first."))
    assert flag.kind == "actor", flag


def test_a_clause_moved_to_another_changed_sentence_is_not_dropped() -> None:
    """A clause that leaves one sentence and arrives, every word of it, in another changed sentence was moved: low,
    not a judgment narrowed. Words the other sentence always had do not count as arrived."""
    flags = modified("The unemployment rate has edged higher over the past year and growth in labour costs has "
                     "moderated. Wages are flat.",
                     "The unemployment rate has edged higher. Wages are flat and growth in labour costs has moderated "
                     "over the past year.")
    assert flags and significant(flags) == [], flags
    flags = modified("Attackers could cause a denial of service and execute malicious code by sending packets. "
                     "Other attackers could execute malicious code remotely on the device.",
                     "Attackers could cause a denial of service by sending packets. "
                     "Other attackers could execute malicious code remotely on any device.")
    assert any(f.kind == "reworded" and f.severity == "medium" for f in flags), flags


def test_a_timestamp_written_to_the_month_is_the_same_date() -> None:
    """'2024-09-26T06:00:00Z' → '2024-09': the date kept, written less precisely (as 'on 3 May 2010' → 'in May
    2010'); another month is a date changed."""
    assert significant(modified("- 2024-09-26T06:00:00.000000Z version 1: Initial Publication",
                                "- 2024-09 version 1: Initial Publication")) == []
    [flag] = significant(modified("- 2024-09-26T06:00:00.000000Z version 1: Initial Publication",
                                  "- 2024-10 version 1: Initial Publication"))
    assert flag.kind == "quantity", flag


def test_an_estimate_of_chance_governs_a_clause_without_its_that() -> None:
    """'there is a fair chance it will …' estimates what follows as 'there is a fair chance that it will …' does:
    the band of 'a fair chance', not the 'will' inside."""
    [flag] = significant(modified("Given a pathological chain, it will spend time exponential in its length.",
                                  "Given a pathological chain, there is a fair chance it will spend time exponential "
                                  "in its length."))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Growth of labour costs has moderated slightly over recent quarters.",
     "Growth of labour costs has moderated sharply over recent quarters.", "down"),
    ("Prices fell sharply last month.", "Prices fell slightly last month.", "up"),
    ("Prices rose slightly last month.", "Prices rose sharply last month.", "up"),
])
def test_a_faster_fall_is_a_move_down(old: str, new: str, direction: str) -> None:
    """The degree word qualifies the trend beside it: a fall that gets sharper moves the judgment down, a rise
    that gets sharper moves it up."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


@pytest.mark.parametrize(("old", "new", "kind", "direction"), [
    ("As a team grows or becomes more mature, it becomes more important to track alerts.",
     "As a team grows or becomes more mature, it becomes less important to track alerts.", "polarity", "reversed"),
    ("Asset markets were also less buoyant than previously.", "Asset markets were also more buoyant than previously.",
     "polarity", "reversed"),
    ("It is more likely that prices rise this year.", "It is less likely that prices rise this year.",
     "likelihood", "down"),
])
def test_a_comparative_turned_round_reverses_or_moves_the_estimate(old: str, new: str, kind: str,
                                                                   direction: str) -> None:
    """'more' ↔ 'less' before the same word turns the comparison round, even where the sentence has another
    'more' that stayed; before 'likely' it moves the estimate."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == (kind, direction), flag


def test_figures_of_a_list_in_another_order_are_not_a_change() -> None:
    """'say 24 or 72 hours' → 'say 72 or 24 hours' lists the same figures; a range read the other way ('from 24 to
    72' → 'from 72 to 24') starts elsewhere."""
    assert significant(modified("Treat tickets as timeboxed (say 24 or 72 hours).",
                                "Treat tickets as timeboxed (say 72 or 24 hours).")) == []
    assert significant(modified("The window runs from 24 to 72 hours.", "The window runs from 72 to 24 hours."))


def test_a_name_dropped_from_a_kept_group_of_people_is_the_same_actor() -> None:
    """'The Observe team have refined …' → 'The team has refined …': the same team, named less exactly; another
    name in its place is another actor."""
    assert significant(modified("The Observe team have refined the percentage of successful requests.",
                                "The team has refined the percentage of successful requests.")) == []
    [flag] = significant(modified("The Observe team have refined the percentage of successful requests.",
                                  "The Verify team have refined the percentage of successful requests."))
    assert flag.kind == "actor", flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Affected: MODULYS GP: Netvision v7.20", "Affected: MODULYS GP: Netvision v7.20 and prior", "up"),
    ("Affected: MODULYS GP Net Vision: <= 7.20", "Affected: MODULYS GP: Netvision v7.20", "down"),
    ("Affected: firmware versions 08 and prior.", "Affected: firmware versions 09 or later.", "up"),
])
def test_a_bound_put_to_a_named_version_widens_or_narrows_what_is_covered(old: str, new: str, direction: str) -> None:
    """A version named alone covers itself; 'v7.20 and prior' covers it and every one before: the range widened.
    Ranges apart, one above the other, moved."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("quantity", direction), flag


def test_and_up_is_or_later() -> None:
    """'0.16.0 and up' and '0.16.0 and later' cover the same versions."""
    assert significant(modified("The getgrouplist of nix 0.16.0 and up will resize the buffer.",
                                "The getgrouplist of nix 0.16.0 and later will resize the buffer.")) == []


def test_too_early_to_conclude_leaves_it_open() -> None:
    """'it is too early to conclude that X' holds X possible, not stated: 'there is a good chance that X' is more
    likely, and X stated plainly more likely still."""
    [flag] = significant(modified("While inflation has picked up, it is too early to conclude that it is within the "
                                  "target range.", "While inflation has picked up, there is a good chance that it is "
                                  "already within the target range."))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag
    [flag] = significant(modified("It is too early to conclude that the recovery is under way.",
                                  "The recovery is under way."))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag


@pytest.mark.parametrize("lead", [
    "Other platform-like services should be weighed against the cost of switching before adopting, for example:",
    "Use a managed queue such as:",
    "You'll need to use the GDS IT Help Desk to request delegation of your subdomain - choose:",
])
def test_an_entry_added_to_a_list_of_examples_is_an_example(lead: str) -> None:
    """A lead-in that ends by announcing examples ('…, for example:', '… such as:') lists examples, even where it
    prescribes: an entry added or dropped is an example (low), not advice added or a statement of its own."""
    old = ["We use the cloud provider's own services.", lead, "* CloudFront", "* Route 53"]
    new = [*old, "* Simple Queue Service (SQS)"]
    flags = list(assess_changes(_rows(old, new), config()))
    assert flags and significant(flags) == [], flags
    assert significant(list(assess_changes(_rows(new, old), config()))) == []


def test_numbered_entries_are_list_entries() -> None:
    """'1. A web browser session …' under '… including:' is an entry of a list of examples, as '* A web browser
    session …' is: the whole list dropped is one statement dropped and two examples (low)."""
    for marker in ("1.", "a)", "*"):
        old = ["Session secrets SHALL be non-persistent.", "The nature of a session depends on the application, "
               "including:", f"{marker} A web browser session with a session cookie, or",
               f"{marker} An instance of a mobile application that retains a session secret"]
        flags = significant(list(assess_changes(_rows(old, old[:1]), config())))
        assert [f.before for f in flags] == ["The nature of a session depends on the application, including:"], (
            marker, flags)


def test_a_clause_stating_a_trend_added_or_dropped_moves_the_judgment() -> None:
    """A clause that states a rise or a fall the old sentence did not state moved the judgment: up for a rise, down
    for a fall, the other way when dropped. A bound that reads like a trend word ('and lower') is no trend."""
    [flag] = significant(modified("Long-term interest rates and most risk spreads remain low.",
                                  "Long-term interest rates have fallen further and risk spreads remain low."))
    assert (flag.kind, flag.direction) == ("polarity", "down"), flag
    [flag] = significant(modified("Inflation is the highest it has been since the early 1990s.",
                                  "Inflation is the highest it has been since the early 1990s and is expected to "
                                  "increase further over the months ahead."))
    assert (flag.kind, flag.direction) == ("polarity", "up"), flag
    [flag] = significant(modified("Expectations of further monetary easing have generally been scaled back over the "
                                  "past month and financial market sentiment has improved a little.",
                                  "Expectations of further monetary easing have generally been scaled back."))
    assert (flag.kind, flag.direction) == ("polarity", "down"), flag
    flags = significant(modified("The crate `markdown` is unmaintained.",
                                 "The crate `markdown` (0.3.0 and lower) was unmaintained."))
    assert all(f.explanation is None or "stating a" not in f.explanation for f in flags), flags


def test_clauses_in_another_order_turn_nothing_round() -> None:
    """The same clauses in another order keep their trends and their prefixed words; trends traded between
    subjects are still a reversal."""
    assert significant(modified(
        "Employment growth had increased, the participation rate had remained high and the unemployment rate was "
        "trending lower.", "The unemployment rate was trending lower, the participation rate had remained high and "
        "employment growth had increased.")) == []
    [flag] = significant(modified("Exports rose and imports fell.", "Exports fell and imports rose."))
    assert (flag.kind, flag.direction) == ("polarity", "reversed"), flag


def test_and_before_bounds_a_range_as_and_earlier_does() -> None:
    """'0.15.0 and earlier' → '0.15.0 and before': the same range in other words."""
    assert significant(modified("The callback provided by git2-rs 0.15.0 and earlier is unsound.",
                                "The callback provided by git2-rs 0.15.0 and before is unsound.")) == []


def test_a_comparison_of_performance_is_ordered_like_a_trend() -> None:
    """outperform, surpass > on (a) par > fall behind: to the middle is a move, end to end a reversal."""
    [flag] = significant(modified("The model combining MRI images, outperforming single-modality models, was best.",
                                  "The model combining MRI images, performing on par with single-modality models, "
                                  "was best."))
    assert (flag.kind, flag.direction) == ("polarity", "down"), flag
    [flag] = significant(modified("On the laterality task the deep neural network outperformed the other methods.",
                                  "On the laterality task the deep neural network fell behind the other methods."))
    assert (flag.kind, flag.direction) == ("polarity", "reversed"), flag
    [flag] = significant(modified("These techniques surpass other machine learning algorithms for many problems.",
                                  "These techniques are on a par with other machine learning algorithms for many "
                                  "problems."))
    assert (flag.kind, flag.direction) == ("polarity", "down"), flag


def test_it_is_required_to_prescribes_as_must_does() -> None:
    """'it is recommended to use X' → 'it is required to use X' presses the advice harder (up); 'what is
    necessary' (a free relative) prescribes nothing."""
    [flag] = significant(modified("This is an optional feature, so it is recommended to use local key sharing.",
                                  "This is an optional feature, so it is required to use local key sharing."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag
    flags = significant(modified("The Board is committed to doing what is necessary to return inflation to target.",
                                 "The Board will do what is necessary to return inflation to target."))
    assert all(f.kind != "recommendation" for f in flags), flags


def test_an_item_that_argues_at_length_is_more_than_its_advice() -> None:
    """A dropped item with one piece of advice and a premise is one recommendation dropped; one that also argues
    in several sentences of its own ('However, the bootrom normally uses static addresses. If that is true, the
    defects do not apply in practice. …') dropped those judgments too, each reported."""
    item = ("- The bootrom network stack is also technically vulnerable. The same patches apply to the bootrom. "
            "However, the bootrom normally uses statically assigned IP-addresses, not DHCP. If that is true, then "
            "the defects related to those protocols do not apply in practice. Also a successful exploit has a more "
            "difficult timing component. Operators must restrict network access to the bootrom.")
    flags = significant(removed(item))
    assert any(f.before is not None and f.before.startswith("However, the bootrom") for f in flags), flags
    assert any(f.kind == "recommendation" for f in flags), flags
    short = "- Regardless of the outcome, the port will stay open. Operators must restrict network access to it."
    assert [f.kind for f in significant(removed(short))] == ["recommendation"]


def test_a_list_run_into_a_sentence_drops_no_entry() -> None:
    """'… access to:' with '- the Google Group' and '- credential store' → '… access to the Google Group, credential
    store and the wiki': the entries are in the sentence now, not dropped; an entry the sentence lacks still is."""
    old = ["You should have a documented process for removing access to:", "- the Google Group",
           "- credential store", "- the wiki"]
    new = ["You should have a documented process for removing access to the Google Group, credential store and "
           "the wiki."]
    flags = significant(list(assess_changes(_rows(old, new), config())))
    assert not any(f.before in ("- the Google Group", "- credential store") for f in flags), flags
    old2 = [*old[:3], "- the payroll system"]
    flags = significant(list(assess_changes(_rows(old2, new), config())))
    assert any(f.before == "- the payroll system" for f in flags), flags


def test_a_drafting_note_speaks_to_the_authors() -> None:
    """Every sentence of a note set off in backticks or bold at the head of its paragraph ('`TODO: … It is okay to
    leave out, it is already cited in the TF binding section.`', '>**MG: … I took a shot at it.**') is a remark on
    the text (low); the paragraph's own text after the closing mark is read as usual."""
    note = ("`TODO: DeepBind was in the original draft. Does that still fit somewhere? It is okay to leave out, it is "
            "already cited in the TF binding section.`")
    assert significant(added(note)) == []
    assert significant(removed(">**MG: This intro feels really long before getting into 2.1. Consider breaking it "
                               "up somewhere. I took a shot at it.**")) == []
    flags = significant(added("`TODO: Add reference tags to this section` Metagenomics has revolutionized the study "
                              "of micro-scale ecosystems. There are more than 70 taxonomic classifiers in existence."))
    assert any(f.after == "There are more than 70 taxonomic classifiers in existence." for f in flags), flags
    assert significant(added("**Fix:** Operators must apply the patch.")) != []


def test_a_reference_link_into_the_bibliography_is_not_an_actor() -> None:
    """'entropy[ref]' → 'entropy [[Shannon]](#shannon)': a citation was filled in, nobody new acts; a link whose
    text names an organisation that replaced another is still another actor."""
    assert significant(modified("Complexity has often been characterized using the concept of entropy[ref].",
                                "Complexity has often been characterized using the concept of entropy "
                                "[[Shannon]](#shannon).")) == []
    [flag] = significant(modified("The guidance comes from [NIST](https://nist.gov).",
                                  "The guidance comes from [CISA](https://cisa.gov)."))
    assert flag.kind == "actor", flag


@pytest.mark.parametrize(("line", "low"), [
    ("Revised 21 May 2017 -- circulated to co-authors", True),
    ("Updated 3 May 2021", True),
    ("Revised the list of affected products.", True),
    ("Revised forecasts show that growth will be much weaker next year.", False),
])
def test_a_revision_note_with_a_date_in_may_is_a_log_entry(line: str, low: bool) -> None:
    """'May' in a date is the month, not a modal that would make the note a clause; 'Revised' before a noun it
    qualifies opens a statement, not a note of what the editor did."""
    assert (significant(added(line)) == []) == low


def test_the_same_estimate_in_other_words_is_a_paraphrase() -> None:
    """'is likely to use' → 'probably uses': the same band, the same content: said another way, low."""
    flags = modified("Your team is likely to use third-party tools to develop a service.",
                     "Your team probably uses third-party tools to develop a service.")
    assert significant(flags) == [], flags


def test_an_estimate_that_became_latitude_is_not_a_fact_stated() -> None:
    """'The team is likely to use these tools' → 'The team may use these tools' grants latitude; the new version
    states nothing as fact, so it is not the estimate raised three bands. 'Attackers may exploit' stays a chance."""
    flags = significant(modified("The team is likely to use these tools.", "The team may use these tools."))
    assert all(f.kind != "likelihood" for f in flags), flags
    [flag] = significant(modified("Attackers are likely to exploit this flaw.", "Attackers may exploit this flaw."))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


def test_a_number_in_a_heading_that_states_nothing_labels_what_follows() -> None:
    """'### Funding statement' → '##### Version 2.0 Funding Statement' numbers the part that follows; a heading
    that states something ('# `markdown` (1.0.0 and higher) is maintained') keeps its finding."""
    assert not significant(modified("### Funding statement", "##### Version 2.0 Funding Statement"))
    [flag] = significant(modified("# `markdown` (1.0.0 and higher) is maintained",
                                  "# `markdown` (2.0.0 and higher) is maintained"))
    assert (flag.kind, flag.direction) == ("quantity", "up"), flag


def _aligned(old: list[str], new: list[str]) -> tuple[Assessment, ...]:
    """The assessments of two versions given as paragraphs, aligned as `monitor diff` aligns them."""
    from monitor.align import align_paragraphs
    from monitor.segment import Paragraph

    return assess_changes(align_paragraphs([Paragraph(i, t, None) for i, t in enumerate(old)],
                                           [Paragraph(i, t, None) for i, t in enumerate(new)]), config())


def test_one_of_two_copies_of_a_sentence_dropped_leaves_it_said() -> None:
    """An advisory that gave the same advice under each of two vulnerabilities drops one of them with its
    section: the advice still stands, word for word, under the other. A sentence dropped whose words are gone
    is still an alert."""
    advice = "Remediation (mitigation): Disable the update service, and enable it only while installing updates."
    old = ["## CVE-2023-0001", "The service fails to check the caller.", advice,
           "## CVE-2023-0002", "The service writes files anywhere.", advice, "## Background", "Deployed worldwide."]
    new = ["## CVE-2023-0001", "The service fails to check the caller.", advice, "## Background",
           "Deployed worldwide."]
    flags = significant(list(_aligned(old, new)))
    assert all(f.before != advice for f in flags), flags
    assert [f.before for f in flags] == ["The service writes files anywhere."], flags
    flags = significant(list(_aligned(old, new[:2] + new[3:])))
    assert advice in {f.before for f in flags}, flags


def test_an_adverb_of_time_inside_an_estimate_moves_nothing() -> None:
    """'is expected' → 'is still expected' (or 'is also likely', 'are now expected'): the estimate stands; the word
    between its parts is no estimate raised to a fact. 'is expected' → 'is not expected' still moves it."""
    for old, new in (("A further lift in wages growth is expected and this would be welcome.",
                      "A further lift in wages growth is still expected and this would be welcome."),
                     ("Growth is likely to pick up.", "Growth is also likely to pick up.")):
        assert not significant(modified(old, new)), modified(old, new)
    [flag] = significant(modified("Growth is expected to pick up.", "Growth is not expected to pick up."))
    assert flag.direction in ("down", "reversed"), flag


def test_a_sentence_restated_elsewhere_but_for_words_that_judge_nothing_is_not_dropped() -> None:
    """'You should have a way of storing logs focusing on long-term durability.' dropped where the new version says
    'When storing logs you should focus on long-term durability, so …' in another section: the advice stands,
    restated; only 'way' is not there. Dropped with 'and low cost', which the other sentence does not say, it is
    advice dropped."""
    restated = ("When storing logs you should focus on long-term durability, so it's a good idea to take logs from a "
                "long-term store and load them into a queryable tool for searching.")
    for dropped, alert in (("You should have a way of storing logs focusing on long-term durability.", False),
                           ("You should have a way of storing logs focusing on long-term durability and low cost.",
                            True)):
        old = ["## Logs", "Logs are kept by the platform. " + dropped, "## Tools", "Pick a tool."]
        new = ["## Logs", "Logs are kept by the platform.", "## Tools", "Pick a tool. " + restated]
        flags = significant(list(_aligned(old, new)))
        assert (dropped in {f.before for f in flags}) is alert, flags


@pytest.mark.parametrize(("old", "new"), [
    ("Medicine is arguably not the domain with the most pressing need.",
     "Medicine is not the domain with the most pressing need."),
    ("Networks can in theory learn chemical feature representations.",
     "Networks can learn chemical feature representations."),
])
def test_a_hedge_of_argument_or_theory_dropped_states_it_more_surely(old: str, new: str) -> None:
    """'arguably', 'in theory', 'theoretically', 'in principle' hedge what follows: dropped, the claim is stated
    with more certainty (a hedge alone: low, up); added, with less."""
    [flag] = modified(old, new)
    assert (flag.kind, flag.severity, flag.direction) == ("likelihood", "low", "up"), flag
    [flag] = modified(new, old)
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


def test_a_relative_clause_added_or_dropped_changes_what_the_judgment_covers() -> None:
    """'TLS servers that accept client certificates are affected' → 'TLS servers are affected': the clause that
    said which servers is gone, so the judgment covers more (a rewording, medium). A relative clause that
    replaced other words is read by the rewording rules as before."""
    [flag] = significant(modified("Both TLS clients and TLS servers that accept client certificates are affected.",
                                  "Both TLS clients and TLS servers are affected."))
    assert (flag.kind, flag.severity) == ("reworded", "medium"), flag
    [flag] = significant(modified("Models are promising for drug design.",
                                  "Models that generate realistic molecules are promising for drug design."))
    assert flag.kind == "reworded", flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The likelihood of recall failure increases as there are more items.",
     "The likelihood of recall failure does not change as there are more items.", "down"),
    ("Commodity prices have fallen over the past month.", "Commodity prices are little changed over the past month.",
     "up"),
    ("The cash rate has not changed since May.", "The cash rate has risen since May.", "up"),
])
def test_a_change_denied_is_the_middle_of_a_trend(old: str, new: str, direction: str) -> None:
    """'does not change', 'is little changed': no rise and no fall. To or from it is a move, not a reversal."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The outlook for business investment has improved, with firms more confident.",
     "The outlook for business investment has improved further, with firms more confident.", "up"),
    ("Long-term bond yields have fallen over the past month.",
     "Long-term bond yields have fallen further over the past month.", "down"),
    ("Prices rose again in March.", "Prices rose in March.", "down"),
])
def test_a_trend_said_to_go_further_is_a_nuance_in_its_direction(old: str, new: str, direction: str) -> None:
    [flag] = modified(old, new)
    assert (flag.kind, flag.severity, flag.direction) == ("polarity", "low", direction), flag


def test_a_wish_is_no_condition_and_a_minimum_turned_maximum_is_reversed() -> None:
    """'if desired' leaves the choice to the reader, as MAY already does; 'minimum' ↔ 'maximum' turns the bound."""
    assert not significant(modified("The verifier MAY prompt the user before the inactivity timeout, if desired.",
                                    "The verifier MAY prompt the user before the inactivity timeout."))
    [flag] = significant(modified("The RP SHALL indicate a minimum acceptable authentication age.",
                                  "The RP SHALL indicate a maximum acceptable authentication age."))
    assert flag.direction == "reversed", flag


def test_a_line_set_wholly_in_bold_is_a_heading_and_a_bold_sentence_is_not() -> None:
    """'**Report cyber security incidents**' names what follows, as '## Report …' would; '**Do not travel.**' is
    still an instruction."""
    assert not significant(added("**Report cyber security incidents**"))
    [flag] = significant(added("**Do not travel to the border region.**"))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("A temporary workaround is available for the parser.", "A permanent fix is available for the parser.", "up"),
    ("The vendor has released a fix for the parser.", "The vendor has released a mitigation for the parser.", "down"),
])
def test_a_fix_named_in_place_of_a_mitigation_strengthens_the_remedy(old: str, new: str, direction: str) -> None:
    """A fix removes the cause, a mitigation or workaround reduces the harm: one named for the other moves the
    advice, which way by which replaced which; one mitigation for another ('workaround' → 'mitigation') does not.
    Named only in the label of a line of advice whose words stay the same ('Remediation (vendor_fix): firmware
    version 36 or later' → 'Remediation (mitigation): …'), the move is reported, low: what to do is unchanged."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", direction), flag
    [label] = modified("Remediation (vendor_fix): firmware version 36 or later.",
                       "Remediation (mitigation): firmware version 36 or later.")
    assert (label.kind, label.severity, label.direction) == ("recommendation", "low", "down"), label
    same = modified("A workaround is available for the parser.", "A mitigation is available for the parser.")
    assert not [f for f in same if f.kind == "recommendation"], same


@pytest.mark.parametrize(("old", "new"), [
    ("GDP growth is expected to have slowed in the March quarter.", "GDP growth slowed in the March quarter."),
    ("Year-ended GDP growth is expected to have slowed in the March quarter.",
     "As expected, year-ended GDP growth slowed in the March quarter."),  # 'as expected' confirms, it estimates nothing
])
def test_an_estimate_taken_out_with_its_auxiliaries_states_the_fact(old: str, new: str) -> None:
    """'is expected to have slowed' → 'slowed': the words taken out are the estimate and its auxiliaries alone,
    however many, so what was expected is now stated (up); a clause holding an estimate is not an estimate."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag
    flags = modified("Growth slowed in the quarter and is expected to remain weak for some time.",
                     "Growth slowed in the quarter.")
    assert [f.kind for f in flags] == ["reworded"], flags


@pytest.mark.parametrize("hedge", ["typically", "generally", "usually", "largely", "mostly"])
def test_a_hedge_of_generality_added_lowers_certainty(hedge: str) -> None:
    """Hyland's hedges of generality ('typically', 'generally', …) added to a claim make it hold less surely: a
    nuance (low), down; taken out, up."""
    old = "Implementations that use two factors are considered stronger than those that use only one."
    new = old.replace("are considered", f"are {hedge} considered")
    [flag] = modified(old, new)
    assert (flag.kind, flag.severity, flag.direction) == ("likelihood", "low", "down"), flag
    [flag] = modified(new, old)
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Over time, the meaning of these terms will become more definite.",
     "It is not beyond the realm of possibility that, over time, the meaning of these terms becomes more definite.",
     "down"),
    ("A settlement this year is within the realm of possibility.",
     "A settlement this year is beyond the realm of possibility.", "down"),
    ("A settlement this year is far from certain.", "A settlement this year is likely.", "up"),
])
def test_idioms_of_possibility_are_bands_of_likelihood(old: str, new: str, direction: str) -> None:
    """'(not) beyond / within the realm of possibility' and 'far from certain' are estimates, read as the bands they
    name (impossible, possible, doubtful), not as the 'certain' or 'possibility' inside them."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_an_instruction_only_to_look_elsewhere_is_a_pointer() -> None:
    """'see this page: <…>', 'check out the guidance at <…>', 'Refer to [X](…) for more information': advice, but
    only to read another text, so added or dropped it is a nuance (low), its direction kept; an instruction to do
    something that links its tool ('Use [Prometheus](…)') is advice in full."""
    for pointer in ("For hardening information specific to Ubuntu, check out this NCSC security guidance: "
                    "<https://www.ncsc.gov.uk/collection/ubuntu>",
                    "For hardening principles, see this NCSC page: <https://www.ncsc.gov.uk/collection/eud>.",
                    "Refer to [Avoiding Social Engineering](https://www.cisa.gov/tips/st04-014) for more information."):
        for flag, direction in ((*added(pointer), "up"), (*removed(pointer), "down")):
            assert flag.severity == "low", flag
            assert flag.kind != "recommendation" or flag.direction == direction, flag
    [flag] = added("Use [Prometheus](https://prometheus.io) to monitor your service.")
    assert (flag.kind, flag.severity) == ("recommendation", "high"), flag
    # a pointer given up for a sentence naming the same text is not advice dropped
    flags = modified("For hardening information, check out this NCSC security guidance: <https://www.ncsc.gov.uk/x>",
                     "The NCSC also has guidance on hardening that is specific to Ubuntu: <https://www.ncsc.gov.uk/x>")
    assert not [f for f in significant(flags) if f.kind == "recommendation"], flags


@pytest.mark.parametrize("credit", [
    "Drafted one or more sub-sections: A.E.C., A.M.A., B.J.L., C.A.L., E.M.C.",
    "Drafted sub-sections, edited the manuscript, and coordinated co-authors: Anthony Gitter, Casey S. Greene.",
    "the National Science Foundation awards 1245632 (G.L.R.), 1531594 (E.M.C.), and 1564955 (J.X.);",
])
def test_a_papers_credits_are_about_the_document(credit: str) -> None:
    """Who drafted what and who holds which grant, named by initials or with a middle initial, is a credit: low,
    as 'We thank …' is. A list of things after a colon is not ('Affected products: SIMATIC S7, Modicon M580')."""
    [flag] = added(credit)
    assert flag.severity == "low", flag
    [flag] = added("Affected products: Siemens SIMATIC S7, Schneider Modicon M580, Rockwell ControlLogix.")
    assert flag.severity != "low", flag


def test_a_number_in_scientific_notation_is_its_value() -> None:
    """'3E9' is three billion: written out, it is the same amount (no flag above low); '3E9' → '4E9' is up."""
    assert not significant(modified("The human genome has 3E9 base pairs, of which few are implicated.",
                                    "The human genome has 3 billion base pairs, of which few are implicated."))
    [flag] = significant(modified("The human genome has 3E9 base pairs.", "The human genome has 4E9 base pairs."))
    assert (flag.kind, flag.direction) == ("quantity", "up"), flag
    [flag] = significant(modified("The error rate is 1.5e-3 per year.", "The error rate is 2e-4 per year."))
    assert (flag.kind, flag.direction) == ("quantity", "down"), flag


def test_figures_of_a_citation_key_are_not_quantities() -> None:
    """A draft's broken citation mended ('[@arxiv:1611.03814 @arxiv:1704.01155.' → '…]', '[doi:10.1371/…' →
    '[@doi:10.1371/…'): its figures are parts of identifiers, not amounts; a figure of the sentence still is."""
    for old, new in (("Work in this area is continuing [@arxiv:1611.03814 @arxiv:1704.01155.",
                      "Work in this area is continuing [@arxiv:1611.03814 @arxiv:1704.01155]."),
                     ("CNNs predict contacts [doi:10.1371/journal.pcbi.1005324 @doi:10.1038/srep18962].",
                      "CNNs predict contacts [@doi:10.1371/journal.pcbi.1005324 @doi:10.1038/srep18962].")):
        assert not significant(modified(old, new))
    [flag] = significant(modified("Models are fooled in 1611 cases [@arxiv:1611.03814 @arxiv:1704.01155.",
                                  "Models are fooled in 1700 cases [@arxiv:1611.03814 @arxiv:1704.01155."))
    assert (flag.kind, flag.direction) == ("quantity", "up"), flag


@pytest.mark.parametrize(("old", "new"), [
    ("It is important to note that the verifier SHALL reject the token.", "The verifier SHALL reject the token."),
    ("One item that is important to note with regards to this work is that the models were trained on one cohort.",
     "The models were trained on one cohort."),
    ("The service will be able to support two factors.", "The service will support two factors."),
    ("Exploitation of these flaws could allow a remote attacker to be able to read stored keys or run arbitrary "
     "code on the gateway by sending a crafted request.",
     "Exploitation of these flaws could allow a remote attacker to read stored keys or run arbitrary code on the "
     "gateway by sending a crafted request."),
    ("Evidence SHALL be validated by a process that is able to achieve the same strength.",
     "Evidence SHALL be validated by a process that can achieve the same strength."),
    ("The Board will continue to assess carefully the evolving outlook.",
     "The Board will continue to evaluate carefully the evolving outlook."),  # who weighs the view, not the view
    ("A GAN, not to be confused with a generative adversarial neural network, learns a mapping.",
     "A GAN learns a mapping."),
])
def test_a_frame_pointing_at_the_claim_is_not_a_clause_of_it(old: str, new: str) -> None:
    """'It is important to note that X' → 'X', 'will be able to support' → 'will support', a note on a term
    dropped: the claim is the same (nothing above low); a clause that says more is not a frame."""
    assert not significant(modified(old, new))
    assert not significant(modified(new, old))
    [flag] = significant(modified("The service will support two factors.",
                                  "The service will support two factors and log every failure."))
    assert flag.kind == "reworded", flag


@pytest.mark.parametrize("pointer", [
    "The Service Manual [explains some of these differences][].",
    "The Service Manual explains [how to open previously closed code][].",
    "The Service Manual has advice about [securing your information][] and [securing your cloud environment][].",
    "[The Service Manual][] has some suggestions about [how to work with third party code][].",
    "The service manual has [some information on writing alerts][service_manual_alerts].",
    "The team manual contains [guidance on using dependabot][] and [how its pull requests are reviewed][].",
])
def test_a_sentence_saying_what_a_linked_text_holds_is_a_pointer(pointer: str) -> None:
    """'X explains [how to …]', 'X has advice about [Y]': what another text offers, sent to by its link (low); a
    claim of the document's own beside a citation is not one ('Our model explains the variance [@doi:…]')."""
    [flag] = added(pointer)
    assert flag.severity == "low", flag
    [flag] = added("Our model explains the variance in gene expression [@doi:10.1038/nrg3458].")
    assert flag.severity != "low", flag
    [flag] = added("Verifiers SHOULD offer guidance to the subscriber, such as a [password-strength meter](#meter).")
    assert flag.severity != "low", flag


def test_what_a_thing_requires_is_no_advice() -> None:
    """'Recovery requires a system reset' states what recovery takes, as 'A system reset is required for recovery'
    does: neither prescribes, so one for the other is no recommendation added."""
    flags = modified("A system reset is required for recovery.", "Recovery requires a system reset.")
    assert not [f for f in significant(flags) if f.kind == "recommendation"], flags
    [flag] = added("Restoring functionality requires a system restart.")
    assert flag.kind != "recommendation", flag


def test_recommended_practices_named_are_a_pointer_not_advice() -> None:
    """'recommended practices', 'recommended cybersecurity strategies' name a body of advice; a sentence saying
    where it is ('… on the ICS webpage on cisa.gov/ics', a bare domain a reference too) points at it (low)."""
    [flag] = added("CISA also provides a section for control systems security recommended practices on the ICS "
                   "webpage on cisa.gov/ics.")
    assert flag.severity == "low", flag
    [flag] = added("Additional mitigation guidance and recommended practices are publicly available on the ICS "
                   "webpage at cisa.gov/ics.")
    assert flag.severity == "low", flag
    [flag] = added("CISA recommended users take defensive measures to minimize the risk of exploitation.")
    assert (flag.kind, flag.severity) == ("recommendation", "high"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The world economy is expected to grow below trend this year.",
     "Recent information makes it a safe bet that the world economy will grow below trend this year.", "up"),
    ("The unemployment rate is expected to fall further over the next two years.",
     "Whether the unemployment rate falls further over the next two years is a toss-up.", "down"),
    ("Growth is likely to pick up next year.", "Whether growth picks up next year is a coin toss.", "down"),
])
def test_idioms_of_odds_govern_what_they_estimate(old: str, new: str, direction: str) -> None:
    """'a safe bet that X' (very likely), 'whether X … is a toss-up' or 'a coin toss' (even odds): the idiom is read
    at its own band, not at its article's, and governs the clause it is said of, 'whether' clause included."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_a_manuals_section_named_by_its_title_is_a_pointer() -> None:
    """'"5.3 Software Installation Procedure" in the Q170MCPU Motion Controller User's Manual' under a remediation
    label, or 'Refer to below for detail': where to read, not what to do (low); the fix itself is advice."""
    for pointer in ('Remediation (mitigation): "5.3 Operating System Software Installation Procedure" in the Q170MCPU '
                    "Motion Controller User's Manual",
                    "Remediation (mitigation): Refer to below for detail on updating:"):
        [flag] = added(pointer)
        assert flag.severity == "low", flag
    [flag] = added("Remediation (mitigation): Update the firmware to version 36 or later.")
    assert (flag.kind, flag.severity) == ("recommendation", "high"), flag


def test_the_size_of_a_risk_said_after_it_is_read_as_before_it() -> None:
    """'the risk is low' → 'the risk is moderate' moves the stated size of the risk, as 'a low risk' → 'a moderate
    risk' does."""
    [flag] = significant(modified("The risk is low.", "The risk is moderate."))
    assert flag.direction == "up", flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Ligand-target structure generally outperforms neural networks on the same feature vector.",
     "Ligand-target structure generally matches neural networks on the same feature vector.", "down"),
    ("The new model is comparable to clinicians.", "The new model outperforms clinicians.", "up"),
])
def test_matching_is_the_middle_of_a_comparison(old: str, new: str, direction: str) -> None:
    """'matches', 'is comparable to', 'performs as well as' stand between outperforming and falling behind, as
    'on a par with' does: from 'outperforms' it is down, to 'outperforms' up."""
    [flag] = significant(modified(old, new))
    assert flag.direction == direction, flag


@pytest.mark.parametrize(("old", "new"), [
    ("The central scenario is for the economy to grow by around 3 per cent this year.",
     "The central scenario, provided housing prices stabilise by mid-year, is for the economy to grow by around 3 per "
     "cent this year."),
    ("Dropout of nodes makes networks more robust.",
     "Dropout of nodes makes networks more robust, at least on natural-image benchmarks."),
])
def test_a_condition_put_on_a_judgment_narrows_it(old: str, new: str) -> None:
    """'provided housing prices stabilise' (a condition, not 'provided by'), 'at least on natural-image benchmarks':
    the judgment now holds in fewer cases (down); taken out, in more (up)."""
    [flag] = significant(modified(old, new))
    assert flag.direction == "down", flag
    [flag] = significant(modified(new, old))
    assert flag.direction == "up", flag
    assert not significant(modified("The patch is available.", "The patch is available, provided by the vendor."))


def test_only_the_label_of_the_advice_renamed_is_not_a_change_of_advice() -> None:
    """'Remedy (mitigation): Disable remote access.' → 'Remedy (vendor fix): Disable remote access.': the advice
    that follows the label is word for word the same, so nothing a reader must act on changed. A change after a
    label (a product's own affected range, on a line of its own) is that line's, each one reported."""
    assert not significant(modified("Remedy (mitigation): Disable remote access to the historian until notice.",
                                    "Remedy (vendor fix): Disable remote access to the historian until notice."))
    products = ("Valve controller VC-100", "Valve controller VC-200", "Pump panel PP-7")
    rows = [ParagraphChange("modified", (i,), (i,), None, f"{p}: firmware 4.2 and earlier", f"{p}: firmware 4.6 and "
                            "earlier", ()) for i, p in enumerate(products)]
    ranges = significant(list(assess_changes(rows, config())))
    assert [f.kind for f in ranges] == ["quantity"] * len(products), ranges


@pytest.mark.parametrize(("old", "new"), [
    ("Auditors reviewed the access logs before the release.", "Freight forwarders reviewed the access logs before the "
     "release."),
    ("Ask your delivery manager before you change the schedule.",
     "Ask the platform engineers in your area before you change the schedule."),
])
def test_a_group_replaced_by_a_noun_of_agent_or_across_a_kept_word_is_an_actor_change(old: str, new: str) -> None:
    """A listed group on one side makes a noun of agent ('-ers', '-ors') the group that took its place ('Auditors'
    → 'Freight forwarders'); a group may leave in one changed region and its replacement come in another, a kept
    word between ('your delivery manager' → 'the platform engineers in your area')."""
    assert [f.kind for f in significant(modified(old, new))] == ["actor"]


def test_a_softening_word_swapped_for_a_stressing_one_is_a_change_of_judgment() -> None:
    """'strongly associated' → 'mildly associated' moves the strength across the middle (medium, down). In a
    prescription a stressing word dropped ('SHALL be strongly protected' → 'SHALL be protected') is a nuance of the
    wording (low): how hard the advice presses is the recommendation detector's to read."""
    [flag] = significant(modified("The marker is strongly associated with relapse.",
                                  "The marker is mildly associated with relapse."))
    assert (flag.kind, flag.direction) == ("polarity", "down"), flag
    assert not [f for f in significant(modified("Keys SHALL be very strongly protected against disclosure.",
                                                "Keys SHALL be strongly protected against disclosure."))
                if f.kind == "polarity"]


@pytest.mark.parametrize("condition", ["assuming freight costs stay where they are", "given that the port reopens"])
def test_an_assumption_added_is_a_condition_on_the_judgment(condition: str) -> None:
    """'…, assuming freight costs stay where they are' and '…, given that the port reopens' say the judgment holds in
    fewer cases, as 'if' and 'provided that' do."""
    [flag] = significant(modified("Import prices will ease over the winter.",
                                  f"Import prices will ease over the winter, {condition}."))
    assert flag.direction == "down", flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("A second outage this quarter is likely.", "A second outage this quarter can hardly be excluded.", "down"),
    ("A second outage this quarter is likely.", "A second outage this quarter is fifty-fifty.", "down"),
])
def test_a_grudging_exclusion_and_even_odds_are_estimates(old: str, new: str, direction: str) -> None:
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_the_same_advice_as_strongly_put_another_way_is_not_a_change_of_advice() -> None:
    """'we recommend:' → 'you should:' asks the same as strongly; 'we recommend rotating' → 'you should consider
    rotating' asks less ('consider' softens what 'should' asks) and is reported. A contracted 'shouldn't' or
    'mustn't' prescribes as 'should not' and 'must not' do."""
    assert not significant(modified("To limit the damage from a leaked key, we recommend:",
                                    "To limit the damage from a leaked key, you should:"))
    assert significant(modified("After a departure we recommend rotating the deploy keys.",
                                "After a departure you should consider rotating the deploy keys."))
    for line in ("You shouldn't run the nightly job as root.", "Staff mustn't share the break-glass account."):
        assert [f.kind for f in significant(added(line))] == ["recommendation"], line


@pytest.mark.parametrize("line", [
    "The appeal of the method is the need to screen fewer compounds.",
    "Members were conscious of the need to balance growth against inflation.",
])
def test_a_need_named_by_a_noun_prescribes_nothing(line: str) -> None:
    """'the need to …' names a need (a noun after its determiner): it asks no one to do anything ('You need to …'
    still does)."""
    assert all(f.kind != "recommendation" for f in added(line)), line
    assert [f.kind for f in significant(added("You need to screen fewer compounds."))] == ["recommendation"]


def test_a_requirement_added_with_a_section_reference_asks_more() -> None:
    """'… and SHALL be logged as described in Section 4.3' added to a requirement is a requirement of its own: more
    is asked (up), its section number a reference, not a figure that moved."""
    [flag] = significant(modified("Each failed attempt SHALL be counted against the limit.",
                                  "Each failed attempt SHALL be counted against the limit and SHALL be logged as "
                                  "described in Section 4.3."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


@pytest.mark.parametrize(("old", "new"), [
    ("The vendor is unable to patch the flaw.", "The vendor is not able to patch the flaw."),
    ("The vendor is not able to patch the flaw.", "The vendor is unable to patch the flaw."),
    ("The results were not consistent with the model.", "The results were inconsistent with the model."),
    ("Non-Unix targets (including Windows and wasm) are unaffected.",
     "Targets that are not Unix-like (Windows and wasm, for example) are unaffected."),
])
def test_a_negating_prefix_written_out_reverses_nothing(old: str, new: str) -> None:
    """'unable' → 'not able', 'Non-Unix' → 'not Unix-like': the negation on one side negates the word that carries
    the prefix on the other; the claim is the same, not reversed. A negation added beside a prefix that stays, or
    a prefix added to a plain word, still reverses."""
    assert all(f.kind != "polarity" for f in modified(old, new)), (old, new)
    for a, b in (("The vendor is able to patch the flaw.", "The vendor is unable to patch the flaw."),
                 ("Non-Unix targets are affected.", "Non-Unix targets are not affected.")):
        assert [(f.kind, f.direction) for f in significant(modified(a, b))] == [("polarity", "reversed")], (a, b)


def test_ought_prescribes_as_should_does_wherever_its_to_falls() -> None:
    """'ought to', 'ought again to', 'ought not to' are 'should': swapping one for the other asks the same."""
    assert not significant(modified(
        "Members agreed that the Bank should again neither close off the possibility of lower rates nor signal it.",
        "Members agreed that the Bank ought again to neither close off the possibility of lower rates nor signal it."))
    assert not significant(modified("The Bank should not raise rates.", "The Bank ought not to raise rates."))
    [flag] = significant(modified("You ought to patch now.", "You must patch now."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


@pytest.mark.parametrize(("old", "new"), [
    ("an attack isn't likely this year", "an attack is not likely this year"),
    ("the bank couldn't raise rates", "the bank could not raise rates"),
    ("the bank won't raise rates", "the bank will not raise rates"),
    ("you shouldn't raise rates", "you should not raise rates"),
    ("you mustn't raise rates", "you must not raise rates"),
    ("the issue can't be picked up through monitoring", "the issue cannot be picked up through monitoring"),
])
def test_a_contraction_is_the_words_it_stands_for(old: str, new: str) -> None:
    """'isn't likely' is 'is not likely', 'won't' is 'will not', 'can't' is 'cannot': written out beside another
    edit (two words swapped), the estimate, the advice and the negation are the same, and nothing is significant.
    What is quoted keeps the contraction as written."""
    assert not significant(modified(f"Staff are tired or bored and {old}.", f"Staff are bored or tired and {new}."))
    [flag] = significant(modified("An attack is likely this year.", "An attack isn't likely this year."))
    assert "isn't" in flag.explanation, flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The risk of escalation is high.", "The risk of escalation is moderate.", "down"),
    ("The risk of escalation is high.", "The risk of escalation is low.", "reversed"),
    ("The threat to shipping remains moderate.", "The threat to shipping remains elevated.", "up"),
    ("The risk of flooding in coastal towns is low.", "The risk of flooding in coastal towns is very high.",
     "reversed"),
])
def test_a_risks_size_said_past_what_it_is_of_is_read(old: str, new: str, direction: str) -> None:
    """'the risk of escalation is high' → '… is moderate': the size of the risk is said after the copula, past what
    the risk is of, and moves along its scale as 'the risk is high' → 'the risk is moderate' does."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


@pytest.mark.parametrize(("old", "new"), [
    ("Demand remains weak.", "Demand remains subdued."),
    ("Growth was strong in the quarter.", "Growth was robust in the quarter."),
])
def test_another_word_of_the_same_step_says_the_same(old: str, new: str) -> None:
    """'weak' → 'subdued', 'strong' → 'robust': the same step of the pace scale in other words is not a rewrite of
    the judgment, however short the sentence; 'strong' → 'modest' is a step down."""
    assert not significant(modified(old, new)), (old, new)
    [flag] = significant(modified("Growth was strong in the quarter.", "Growth was modest in the quarter."))
    assert (flag.kind, flag.direction) == ("polarity", "down"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Members judged that this mildly restrictive stance of policy continued to be appropriate.",
     "Members judged that a somewhat more restrictive stance of policy was now appropriate.", "up"),
    ("Investors are cautious.", "Investors are less cautious.", "down"),
    ("The outlook is uncertain.", "The outlook is much more uncertain.", "up"),
])
def test_a_quality_now_said_to_be_more_or_less_moves(old: str, new: str, direction: str) -> None:
    """'is cautious' → 'is less cautious': the quality the other version stated is now stated as less of it, a move
    (medium), not a stress word ('very cautious', low). 'more' before a noun ('more data') is a quantity of it."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag
    assert not significant(modified("We need data on outcomes.", "We need more data on outcomes."))


def test_someone_required_to_act_is_bound_as_by_must() -> None:
    """'Employers are required to provide training' binds as 'must' does: made 'encouraged', the advice is softened
    (down), not added. Said of a thing ('a key is required to decrypt', 'whatever quantity is required to
    achieve …') it names a means and prescribes nothing; told of others ('Members noted that European banks would be
    required to …') it reports a rule, and prescribes nothing either."""
    [flag] = significant(modified("Employers are required to provide training.",
                                  "Employers are encouraged to provide training."))
    assert (flag.kind, flag.direction) == ("recommendation", "down"), flag
    [flag] = significant(modified("You will be required to register.", "You may register."))
    assert (flag.kind, flag.direction) == ("recommendation", "down"), flag
    for line in ("A key is required to decrypt the file.",
                 "The Bank remained prepared to purchase bonds in whatever quantity is required to achieve it.",
                 "Members noted that European banks would be required to achieve core capital ratios of 9 per cent."):
        assert all(f.kind != "recommendation" for f in added(line)), line


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("The results were encouraging.", "The results were disappointing.", ("polarity", "reversed")),
    ("This is a promising approach to the problem.", "This is a disappointing approach to the problem.",
     ("polarity", "reversed")),
    ("The regime is stable.", "The regime is fragile.", ("reworded", None)),
    ("The patch fixes a serious bug.", "The patch fixes a minor bug.", ("polarity", "reversed")),
    ("The vendor rates the flaw as a moderate issue.", "The vendor rates the flaw as a critical issue.",
     ("polarity", "up")),
])
def test_an_evaluation_swapped_for_another_is_read_by_its_valence_and_size(
        old: str, new: str, expected: tuple[str, str | None]) -> None:
    """One word of evaluation for another: of opposite valence the judgment is turned round; said of the subject
    with one side rated, another verdict; a word that sizes what it qualifies moves along its scale. Of the same
    valence ('positive' → 'favourable'), unrated on both sides ('prudent' → 'advisable'), or the action of a
    verb ('will be monitoring' → 'watching'), nothing is significant."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == expected, flag
    for a, b in (("Business conditions were positive.", "Business conditions were favourable."),
                 ("An early tightening of policy was prudent.", "An early tightening of policy was advisable."),
                 ("The Bank will be monitoring trends.", "The Bank will be watching trends.")):
        assert not significant(modified(a, b)), (a, b)


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The economy is expected to recover in the second half of 2024.",
     "The economy is expected to recover in the first half of 2025.", "up"),
    ("Elections are due in November 2026.", "Elections are due in March 2027.", "up"),
    ("The review is scheduled for 12 March 2025.", "The review is scheduled for 3 April 2024.", "down"),
])
def test_a_date_moved_to_another_year_moves_by_its_year(old: str, new: str, direction: str) -> None:
    """The year says when before the part of the year does: 'the second half of 2024' → 'the first half of 2025'
    is later though 'second' → 'first' goes down."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("quantity", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Members expressed greater confidence that inflation would return to target.",
     "Members expressed confidence that inflation would return to target.", "down"),
    ("Members expressed confidence that inflation would return to target.",
     "Members expressed less confidence that inflation would return to target.", "down"),
    ("Staff were confident that the target would be met.", "Staff were more confident that the target would be met.",
     "up"),
])
def test_a_comparative_before_confidence_moves_it(old: str, new: str, direction: str) -> None:
    """'greater confidence that' → 'confidence that' states less confidence than before: a confidence move, not a
    quantity or a nuance."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("confidence", direction), flag


def test_a_word_from_the_top_of_a_scale_rewritten_away_says_it_less_strongly() -> None:
    """'is doing severe damage to' → 'is affecting': the top of the scale of size gone, none in its place, is said
    less strongly (down, medium); put in, more strongly. A rating beside its score ('9.1 (CRITICAL)' → '4.3
    (MEDIUM)') is the figure's change."""
    [flag] = significant(modified("This is doing severe damage to the economy.", "This is affecting the economy."))
    assert (flag.kind, flag.direction) == ("polarity", "down"), flag
    [flag] = significant(modified("Model interpretability is often important.",
                                  "Model interpretability is often critical."))
    assert (flag.kind, flag.direction) == ("polarity", "up"), flag
    [flag] = significant(modified("CVSS 3.1 base score 9.1 (CRITICAL) was assigned.",
                                  "CVSS 3.1 base score 4.3 (MEDIUM) was assigned."))
    assert flag.kind == "quantity", flag


def test_only_before_a_preposition_restricts_where_the_judgment_holds() -> None:
    """'… with third parties' → '… with third parties only with consent': 'only' opening a phrase is a condition,
    as 'only if' is: the statement now holds in fewer cases (down)."""
    [flag] = significant(modified("Data may be shared with third parties.",
                                  "Data may be shared with third parties only with consent."))
    assert flag.direction == "down", flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The talks have stalled.", "The talks have resumed.", "up"),
    ("Exports held steady in the quarter.", "Exports slumped in the quarter.", "down"),
    ("Confidence in the currency has eroded.", "Confidence in the currency has rebounded.", "reversed"),
])
def test_everyday_verbs_of_rise_and_fall_are_trends(old: str, new: str, direction: str) -> None:
    """'resumed', 'rebounded', 'soared'; 'eroded', 'collapsed', 'slumped', 'plunged': words of rise and fall in any
    genre, read as trends."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


def test_an_estimate_moved_from_its_frame_into_the_clause_is_the_same() -> None:
    """'It is likely that the Fed will cut' → 'The Fed will likely cut': the same estimate, moved out of its frame
    into the clause it governed; 'will' inside is part of what is estimated, not a certainty lost."""
    assert not significant(modified("It is likely that the Fed will cut rates in June.",
                                    "The Fed will likely cut rates in June."))
    [flag] = significant(modified("It is likely that the Fed will cut rates in June.",
                                  "The Fed will probably not cut rates in June."))
    assert flag.kind in ("likelihood", "polarity"), flag


def test_the_one_word_subject_swapped_is_a_claim_about_something_else() -> None:
    """'Russia has deployed troops' → 'China has deployed troops': a capitalised first word may be a name or only
    capitalised for its place; either way the claim is now about something else (medium). A pronoun for another
    ('It has' → 'This has') and a word before the subject ('Recent data' → 'New data') are not a new subject."""
    [flag] = significant(modified("Russia has deployed troops to the border.",
                                  "China has deployed troops to the border."))
    assert flag.kind == "reworded", flag
    assert not significant(modified("It has slowed this year.", "This has slowed this year."))
    assert not significant(modified("Recent data show a slowdown.", "New data show a slowdown."))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("A deal is not unlikely.", "A deal is far from unlikely.", "up"),
    ("The larger datasets are also well suited to fitting the parameters.",
     "The larger datasets are, on the balance of probability, also well suited to fitting the parameters.", "down"),
])
def test_an_emphatic_litotes_and_the_balance_of_probability_are_estimates(old: str, new: str, direction: str) -> None:
    """'far from unlikely' denies an improbability emphatically (likely, above 'not unlikely'); 'on the balance of
    probability' puts a plain statement at 'likely'."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


@pytest.mark.parametrize("line", [
    "*Revision stamp: text frozen for internal review on 27 March 2017.*",
    "[snapshot taken 2018-01-11 09:30 UTC]",
    "Section draft, internal, saved 2017-05-20 14:02",
    "_Synced from the drafting repository: 2017-05-04, 09:31 CDT_",
])
def test_a_stamp_set_apart_or_dated_in_iso_form_is_a_note_on_the_text(line: str) -> None:
    """A line set apart in brackets, or in emphasis and named as a note ('Revision stamp: …'), with a date, is the
    text's own stamp, as a shorter one is; an ISO date ('2018-01-11') dates it as '11 January 2018' does. An
    emphasised statement with a date ('*Inflation peaked … on 3 May 2020 and fell.*') still states something."""
    assert not significant(added(line)), line
    assert significant(added("*Inflation peaked sharply in the year to 3 May 2020 and fell.*"))


def test_latitude_granted_through_an_empty_it_is_advice_as_may_is() -> None:
    """'It is permissible to prompt the user' grants what 'The verifier MAY prompt the user' grants: the same
    latitude, not advice added; 'It is fine to iterate on these values' added is advice (latitude) added."""
    assert not significant(modified(
        "It is permissible to prompt the user to cause activity just before the inactivity timeout, if desired.",
        "The verifier MAY prompt the user to cause activity just before the inactivity timeout."))
    assert [f.kind for f in significant(added("It is fine to iterate on these values."))] == ["recommendation"]


def test_more_likely_than_not_denies_nothing_and_an_opening_estimate_governs() -> None:
    """'more likely than not' and 'more often than not' are estimates (band 5): their 'not' is no negation, so 'is
    likely' → 'is more likely than not' reverses nothing. Set before the clause with its comma ('More often than
    not, exploitation allows …') an estimate governs the whole sentence: from 'could allow', up."""
    assert not significant(modified("A recession is likely.", "A recession is more likely than not."))
    [flag] = significant(modified(
        "Successful exploitation of this vulnerability could allow an attacker to adjust the configuration.",
        "More often than not, exploitation of this vulnerability allows an attacker to adjust the configuration."))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag


def test_a_coordinated_part_that_states_a_fall_has_its_direction() -> None:
    """'The terms of trade peaked a year ago' → '… and have declined significantly since then': the part added
    states a fall the other version did not state (down), as a clause added does."""
    [flag] = significant(modified("The terms of trade peaked a year ago, though they remain historically high.",
                                  "The terms of trade peaked a year ago and have declined significantly since then, "
                                  "though they remain historically high."))
    assert (flag.kind, flag.direction) == ("polarity", "down"), flag


def test_has_to_date_is_so_far_not_an_obligation() -> None:
    """'Wages growth has to date remained moderate' → 'has so far remained moderate': 'has to date' means 'so far';
    no obligation was dropped."""
    assert not significant(modified("Wages growth has to date remained moderate.",
                                    "Wages growth has so far remained moderate."))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Side effects are rare.", "Side effects are common.", "up"),
    ("Outages were frequent.", "Outages were occasional.", "down"),
])
def test_how_often_a_thing_happens_is_how_likely(old: str, new: str, direction: str) -> None:
    """'Side effects are rare' → 'are common': said of a thing after a linking verb, how often it happens is, for
    one case, how likely it is."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


@pytest.mark.parametrize(("old", "new"), [
    ("Moody's revised the outlook to positive from stable.", "Moody's revised the outlook to stable from positive."),
    ("The benefits of the treatment outweigh the risks.", "The risks of the treatment outweigh the benefits."),
    ("The fund moved its holdings from bonds to equities.", "The fund moved its holdings from equities to bonds."),
])
def test_two_words_trading_places_across_a_one_way_word_turn_the_judgment_round(old: str, new: str) -> None:
    """The same words, two of them swapped across a word that relates them one way ('from', 'to', 'outweigh'):
    what moved where, or which weighs more, turned round. Swapped across 'and', a list was only reordered."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", "reversed"), flag
    assert not significant(modified("Disable the service and deny the port.", "Deny the port and disable the service."))


def test_a_figure_repeated_where_both_versions_state_it_is_no_new_quantity() -> None:
    """A citation restyled so that it names its figure once more ('[NIST SP 800-30, …](#SP800-30)' → 'NIST SP
    800-30, … [[SP 800-30]](#SP800-30)'): the figure stands in both versions, nothing measured changed. A figure added
    in a new place ('rose in 30 days' → 'rose 30 per cent in 30 days') still is one."""
    assert not significant(modified(
        "[NIST Special Publication 800-30, _Risk Management Guide_](#SP800-30) recommends a general methodology.",
        "NIST Special Publication 800-30, Risk Management Guide [[SP 800-30]](#SP800-30) recommends a general "
        "methodology."))
    [flag] = significant(modified("Prices rose in 30 days.", "Prices rose 30 per cent in 30 days."))
    assert flag.kind == "quantity", flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Risks to the outlook are tilted to the downside.", "Risks to the outlook are broadly balanced.", "up"),
    ("Risks to growth are broadly balanced.", "Risks to growth are skewed to the upside.", "up"),
    ("The outlook on the rating is stable.", "The outlook on the rating is negative.", "down"),
    ("The early results were positive.", "The early results were mixed.", "down"),
])
def test_a_side_named_against_a_middle_is_a_move_up_or_down(old: str, new: str, direction: str) -> None:
    """A judgment that leans to a side ('downside', 'negative') against one that leans to neither ('balanced',
    'stable', 'mixed'): it moved to the middle of its scale or from it, up or down as the side lies, not reversed."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


@pytest.mark.parametrize(("old", "new", "kind", "direction"), [
    ("We expect revenue to be at the upper end of our guidance range.",
     "We expect revenue to be at the lower end of our guidance range.", "polarity", "reversed"),
    ("We maintain our rating on the stock.", "We downgrade our rating on the stock.", "polarity", "down"),
    ("We recommend against routine screening.", "We suggest against routine screening.", "recommendation", "down"),
])
def test_upper_lower_downgrade_and_we_suggest_are_read(old: str, new: str, kind: str, direction: str) -> None:
    """General words the lexicon lacked: 'upper' against 'lower' turns a bound round, 'downgrade' is a fall (from
    'maintain', a move down), and 'we suggest against' / 'we suggest you' is advice weaker than 'recommend' (GRADE's
    weak recommendation)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == (kind, direction), flag


@pytest.mark.parametrize(("old", "new", "kind", "direction"), [
    ("The patch fully addresses the issue.", "The patch partially addresses the issue.", "polarity", "down"),
    ("The proposal was adopted by a large majority.", "The proposal was adopted by a narrow majority.", "polarity",
     "down"),
    ("The model underestimates the risk.", "The model overestimates the risk.", "polarity", "reversed"),
    ("Our results confirm earlier reports.", "Our results contradict earlier reports.", "polarity", "reversed"),
    ("Earnings beat analyst expectations.", "Earnings missed analyst expectations.", "polarity", "reversed"),
    ("The board recommends shareholders vote in favour of the proposal.",
     "The board recommends shareholders vote against the proposal.", "polarity", "reversed"),
    ("Prices are expected to stabilise.", "Prices are expected to keep rising.", "polarity", "up"),
    ("Members saw some risk of a credit squeeze.", "Members saw little risk of a credit squeeze.", "polarity", "down"),
])
def test_extent_narrowness_and_a_rise_carried_on_are_read(old: str, new: str, kind: str, direction: str) -> None:
    """'fully' → 'partially' and 'large' → 'narrow' weaken what is said; 'little risk' is a low one; a verb of no
    change that only carries a rise on ('keep rising') states the rise, so 'stabilise' → 'keep rising' moved up."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == (kind, direction), flag


def test_can_be_used_to_and_you_can_use_it_to_say_the_same() -> None:
    """'X can be used to render …, but should not be used to …' → 'You can use X to render …, but you should not
    use it to …': the same latitude and the same prohibition in the active voice, a paraphrase (low)."""
    assert not significant(modified(
        "Node.js can be used to render a web interface but should not be used to implement application logic.",
        "You can use Node.js to render a web interface, but you should not use it to implement application logic."))


@pytest.mark.parametrize(("old", "new"), [
    ("Individuals have the option of using their existing personal accounts when they join.",
     "You can use your existing personal account when you join."),
    ("The old domain can continue to be used for existing services.",
     "You may continue to use the old domain for existing services."),
])
def test_latitude_said_another_way_is_no_advice_added(old: str, new: str) -> None:
    """'have the option of using' grants what 'can use' grants; 'X can continue to be used' is the passive of 'you
    may continue to use X'. Neither rewording adds a recommendation."""
    assert not [f for f in significant(modified(old, new)) if f.kind == "recommendation"]


@pytest.mark.parametrize("text", [
    "Share this page", "Back to top", "Skip to main content", "Download the full report (PDF, 2.3 MB)",
    "Subscribe to our newsletter to receive updates.", "© 2024 Acme Corporation. All rights reserved.",
    "This article is more than 5 years old.", "The authors declare no competing interests.",
    "Accepted 12 May 2021; published 3 June 2021.", "Correspondence should be addressed to J. Smith.",
])
def test_a_pages_own_furniture_is_no_judgment(text: str) -> None:
    """What a web capture or a paper keeps around its text — what to do with the page, its rights line, its age, a
    paper's stamps — speaks about the document, not its subject: added or dropped, it is low, never advice."""
    assert not significant(added(text)) and not significant(removed(text))
    assert significant(added("Residents should boil tap water before drinking it."))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Masks are required on public transport.", "Masks are recommended on public transport.", "down"),
    ("Binding of multiple authenticators is preferred.", "Binding of multiple authenticators is required.", "up"),
])
def test_a_thing_stated_as_required_is_a_rule_as_strong_as_must(old: str, new: str, direction: str) -> None:
    """'X is required', in the present and a main clause, is a rule: against 'is recommended' or 'is preferred' the
    advice moved. 'will be required' is an estimate, 'when remote access is required' a condition, 'no X is
    required' and 'only one X is required' deny or bound it, and 'Recovery requires a reset' → 'A reset is required
    for recovery' restates it."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", direction), flag
    for same in (("Use a VPN when remote access is required.", "Use a VPN when remote access is needed."),
                 ("Recovery requires a system reset.", "A system reset is required for recovery.")):
        assert not [f for f in significant(modified(*same)) if f.kind == "recommendation"], same
    assert [f.kind for f in significant(modified("Higher interest rates will be required.",
                                                 "Higher interest rates may be required."))] == ["likelihood"]


def test_a_reservation_dropped_or_added_moves_the_claim() -> None:
    """'Though the results are preliminary, they were able to predict …' → 'They were able to predict …': the claim
    is now made without its reservation (up); added, with one (down). A reservation that states a rise or a fall is
    read as that trend."""
    [flag] = significant(modified(
        "Though the results are preliminary and still based on a validation set, they were able to predict target "
        "sites with higher specificity.", "They were able to predict target sites with higher specificity."))
    assert (flag.kind, flag.direction) == ("reworded", "up"), flag
    [flag] = significant(modified(
        "They were able to predict target sites with higher specificity.",
        "They were able to predict target sites with higher specificity, though the results are preliminary and "
        "still based on a validation set."))
    assert (flag.kind, flag.direction) == ("reworded", "down"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    # a clause set against the claim by 'but', dropped: the claim stands without its counterweight
    ("Household spending has picked up, but growth in business investment remains subdued.",
     "Household spending has picked up.", "up"),
    ("The authors reported large gains on every benchmark, but not all outside experts were convinced.",
     "The authors reported large gains on every benchmark.", "up"),
    # added, the claim is made with less weight
    ("Application logs should be kept for thirty days.",
     "Application logs should be kept for thirty days, but they should not include personal data.", "down"),
    # a 'while' that opens the sentence or follows a comma sets one claim against another
    ("While this partly reflected higher fuel prices, inflation has picked up noticeably.",
     "Inflation has picked up noticeably.", "up"),
    ("Exports grew strongly in the quarter.",
     "Exports grew strongly in the quarter, whereas the outlook for imports remains uncertain.", "down"),
])
def test_a_clause_set_against_the_claim_dropped_or_added(old: str, new: str, direction: str) -> None:
    """'Spending has picked up, but investment remains subdued' → 'Spending has picked up': an offsetting clause, opened
    by 'but', or by a 'while'/'whereas' that opens the sentence or follows a comma, taken out makes the claim
    stand with more weight (up); put in, with less (down) — as a reservation opened by 'although' does."""
    [flag] = significant(modified(old, new))
    assert flag.direction == direction, flag


@pytest.mark.parametrize(("old", "new"), [
    # 'but also' adds a claim to the first, it does not set one against it
    ("The flaw allows an attacker to read memory.",
     "The flaw allows an attacker to read memory but also to crash the service remotely."),
    # a 'while' of time with no comma before it limits when the claim holds: fewer cases, not a counterweight
    ("The service restarts the job.", "The service restarts the job while the queue is still running."),
])
def test_a_clause_that_is_no_counterweight_is_not_read_as_one(old: str, new: str) -> None:
    """Only a clause set against the claim reads as a counterweight: 'but also' adds to it, and a 'while' of time
    with no comma before it narrows when it holds (its own rule)."""
    flags = modified(old, new)
    assert flags and not any("reservation" in f.explanation for f in flags), flags


@pytest.mark.parametrize(("old", "new", "direction"), [
    # a condition set first dropped, with other small edits in the claim (not one run of words)
    ("If data have a natural adjacency structure, a convolutional neural network can take advantage of that structure "
     "by emphasizing local relationships.", "A convolutional neural network can take advantage of the structure of the "
     "data by emphasizing local relationships.", "up"),
    # a condition set first added while the claim's first words were recast
    ("Using graph convolutions to featurize chemicals, the network learns an embedding from compounds into a "
     "continuous feature space.", "Provided the training tasks are closely related, graph convolutions used to "
     "featurize chemicals let the network learn an embedding from compounds into a continuous feature space.",
     "down"),
    # the condition's subject is the claim's ('If this attestation is signed, it SHALL …'): still a condition
    ("If this attestation is signed, it SHALL be signed using a digital signature that provides at least the minimum "
     "security strength.", "This attestation SHALL be signed using a digital signature that provides at least the "
     "minimum security strength.", "up"),
    # a reservation added that takes the claim's subject and leaves a pronoun ('about its future')
    ("We are extremely optimistic about the future of deep learning in biology and medicine.",
     "Even if deep learning in biology and healthcare is not yet transformative today, we are extremely optimistic "
     "about its future.", "down"),
    # the same condition, or reservation, kept in other words: no direction
    ("When look-up secrets have less than 64 bits of entropy, the verifier SHALL implement a rate-limiting mechanism.",
     "For look-up secrets that have less than 64 bits of entropy, the verifier SHALL implement a rate-limiting "
     "mechanism.", None),
    ("Pending a proper fix, the internal method that determines the local offset has been modified to always return "
     "None.", "Until a proper fix is available, the internal method that determines the local offset has been "
     "modified to always return None.", None),
    ("A pick-up in inflation and wages growth is expected, but it is likely to be only gradual and modest.",
     "While a pick-up in inflation and wages growth is expected, it is likely to be only gradual and modest.", None),
    ("In these cases, the following methods SHALL be used to ensure that the same party acts as the applicant.",
     "If enrollment cannot be completed in a single physical encounter, the following methods SHALL be used to ensure "
     "that the same party acts as the applicant.", None),
    # a fact the claim is set against ('Despite the difficulties, …') is no limit on it
    ("Despite the difficulties and uncertainties, practitioners should work to explain their models.",
     "Practitioners should work to explain their models.", None),
])
def test_a_condition_set_first_added_or_dropped_beside_other_edits(old: str, new: str, direction: str | None) -> None:
    """A condition or reservation that opens the sentence, up to its comma, in one version and not the other, the
    claim after it kept in most of its words while other words around it changed: the claim now holds in fewer cases
    or is made with less weight (added: down) or the reverse (dropped: up), as a condition alone added or dropped is.
    A condition the other version states too, in other words, by reference ('In these cases') or with another word of
    reservation ('X, but Y' → 'While X, Y'), moved rather than went, and a fact set against the claim limits
    nothing."""
    flags = significant(modified(old, new))
    directions = {f.direction for f in flags}
    if direction is None:
        assert directions <= {None}, flags
    else:
        assert directions == {direction}, flags


@pytest.mark.parametrize(("text", "advice"), [
    ("Remediation (vendor_fix): MELSEC Q Q04UDEHCPU: Not updatable in any version", False),
    ("Remediation (mitigation): Customers using firmware 08 and prior will be unable to update to the fixed version.",
     False),
    ("Remediation (mitigation): It is not possible to update to the firmware versions listed above.", False),
    ("Remediation (mitigation): Do not expose the device to the internet.", True),
    ("Remediation (vendor_fix): MELSEC Q Series Q04UDEHCPU The first 5 digits of serial No.: 23122 or later", True),
    ("Members had left open further reductions in the cash rate should further downside risks emerge.", False),
    ("The Board would ease policy further, should that be appropriate to support demand.", False),
])
def test_a_label_or_a_should_that_gives_no_advice_is_not_a_recommendation(text: str, advice: bool) -> None:
    """Under a 'Remediation:' label, a line saying there is no fix to apply ('Not updatable', 'unable to update', 'not
    possible') states that advice is missing; a prohibition is advice. 'should further risks emerge' opens a
    condition by inversion ('if further risks emerge'), it advises no one."""
    kinds = {f.kind for f in significant(added(text))}
    assert ("recommendation" in kinds) == advice, kinds


@pytest.mark.parametrize("text", [
    "Conduct regular documentation reviews.", "Unpack untrusted archives only into an empty, throwaway directory.",
    "Once the system is offline, you can proceed to step 7.", "If a field has no value, you can omit it.",
])
def test_common_instruction_verbs_are_read_as_advice(text: str) -> None:
    """'Conduct', 'unpack', 'proceed', 'omit' and the like instruct at a sentence's head, and grant latitude after 'you
    can': added, such a sentence is a recommendation."""
    assert [f.kind for f in significant(added(text))] == ["recommendation"]


def test_a_bold_line_ending_in_a_colon_names_what_follows() -> None:
    """'**Choosing a Grafana dashboard's points of measurement:**' set wholly in bold before a figure or list is a
    heading (low); '**You must do the following:**' still asks for it."""
    assert not significant(added("**Choosing a Grafana dashboard's points of measurement:**"))
    assert [f.kind for f in significant(added("**You must do the following:**"))] == ["recommendation"]


@pytest.mark.parametrize(("old", "new", "kind", "direction"), [
    ("If future algorithms can summarize large collections of data, they will help.",
     "When algorithms can summarize large collections of data, they will help.", "likelihood", "up"),
    ("Variant calling will benefit more from optimizing architectures than from developing features by hand.",
     "Variant calling will benefit as much from optimizing architectures as from developing features by hand.",
     "polarity", "down"),
])
def test_a_condition_made_a_time_and_a_comparison_brought_to_par(old: str, new: str, kind: str, direction: str) -> None:
    """'If X can …' → 'When X can …': what was a condition is now expected (up). 'more from A than from B' → 'as much
    from A as from B': A is no longer above B, a move to the middle (down)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == (kind, direction), flag


def test_a_part_dropped_before_its_and_is_a_part_of_the_judgment() -> None:
    """'Cooperation … addresses many of these challenges and can achieve better performance' → 'Cooperation … can
    achieve better performance': the part before the 'and' went, what the judgment covers changed. Not 'access
    control or' inside a noun phrase."""
    [flag] = significant(modified(
        "Cooperation between experts and algorithms addresses many of these challenges and can achieve better results.",
        "Cooperation between experts and algorithms can achieve better results."))
    assert flag.kind == "reworded", flag
    assert not significant(modified("The RP can use the information to make access control or authorization decisions.",
                                    "The RP can use the information to make authorization decisions."))


@pytest.mark.parametrize("text", ["These conditions should see inflation continue to abate over the period ahead.",
                                  "This should see some reduction in spare capacity in the economy."])
def test_should_see_said_of_a_thing_is_an_expectation(text: str) -> None:
    """'These conditions should see inflation abate': an expected effect of something that cannot be advised, not
    advice ('should continue' is left alone: 'Maintaining channels of dialogue should continue' advises);
    'Teams should continue to monitor' advises."""
    assert "recommendation" not in {f.kind for f in significant(added(text))}
    assert [f.kind for f in significant(added("Teams should continue to monitor the service."))] == ["recommendation"]


def test_a_group_in_another_spelling_is_the_same_group() -> None:
    """'organizations' → 'organisations' is the same group spelt the British way: no actor replaced ('hackers' →
    'investors' still is one)."""
    assert not significant(modified("CISA reminds organizations to perform an impact analysis.",
                                    "CISA reminds organisations to perform an impact analysis."))
    [flag] = significant(modified("The hackers targeted the bank.", "The investors targeted the bank."))
    assert flag.kind == "actor", flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Unix-like operating systems may segfault.",
     "There is about a one-in-a-million chance that Unix-like operating systems segfault.", "down"),
    ("There is a one in three chance of a recession.", "There is a one in ten chance of a recession.", "down"),
    ("A gradual increase in inflation was likely.",
     "A gradual increase in inflation was not beyond the bounds of possibility.", "down"),
])
def test_odds_and_a_possibility_not_ruled_out_are_estimates(old: str, new: str, direction: str) -> None:
    """A chance stated as odds ('a one-in-a-million chance', 'a one in three chance') has the band of its
    probability; 'not beyond the bounds of possibility' is a possibility (band 4), as 'not out of the question' is."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_a_share_out_of_fewer_is_a_larger_share() -> None:
    """'One in four adults' → 'One in three adults': what the share is out of went down, so the share went up; a year
    after 'in' ('4 in 2024' → '4 in 2025') is a date, read as one."""
    [flag] = significant(modified("One in four adults is affected.", "One in three adults is affected."))
    assert (flag.kind, flag.direction) == ("quantity", "up"), flag
    [flag] = significant(modified("The rate rose to 4 in 2024.", "The rate rose to 4 in 2025."))
    assert (flag.kind, flag.direction) == ("quantity", "up"), flag


def test_a_remediation_label_before_a_bare_link_is_a_pointer() -> None:
    """'Remediation (mitigation): ABB https://…' names whose advice is published where: a pointer to another text,
    low; a remediation line that says what to apply ('…: firmware version 36 or later. https://…') is advice."""
    assert not significant(added("Remediation (mitigation): Belden Industrial Devices https://www.belden.com/b.pdf"))
    assert [f.kind for f in significant(added(
        "Remediation (vendor_fix): MELSEC iQ-R Series R00CPU: firmware version 36 or later. "
        "https://www.mitsubishielectric.com/fa/download/index.html"))] == ["recommendation"]


def test_a_connective_inside_an_estimate_and_in_prospect_leave_it_as_it_was() -> None:
    """'are expected to decline' → 'are, however, expected to decline': a connective put between the words of an
    estimate changes nothing estimated; 'is expected' → 'is in prospect' is the same estimate (band 5)."""
    assert not significant(modified("The terms of trade are expected to decline over the next few years.",
                                    "The terms of trade are, however, expected to decline over the next few years."))
    assert not [f for f in significant(modified("A further pick-up in wages growth is expected.",
                                                "A further pick-up in wages growth is in prospect."))
                if f.kind == "likelihood"]


def test_a_one_statement_paragraph_rewritten_about_the_same_thing_is_paired() -> None:
    """'Emissions rose for the third consecutive year.' → 'Emissions fell for the first time in three years.': each
    the whole of its paragraph and opening on the same word, one sentence rewritten — the trend turned round, not a
    statement dropped and another added. List entries ('[proc-macro-error2]' → '[proc-macro2-diagnostics]') are
    not paired so."""
    [flag] = significant(modified("Emissions rose for the third consecutive year.",
                                  "Emissions fell for the first time in three years."))
    assert (flag.kind, flag.direction) == ("polarity", "reversed"), flag
    assert {f.kind for f in significant(modified("- [proc-macro-error2]", "- [proc-macro2-diagnostics]"))} == {
        "added", "removed"}


@pytest.mark.parametrize(("text", "advice"), [
    # the noun named, and the writer's own or what it says
    ("However, this recommendation does accept that systems with three factors offer better security.", False),
    ("In discussing the recommendation, Board members focused on three main considerations.", False),
    ("Our recommendation is to rotate the keys every year.", True),
    ("The recommendation to the Board was for a reduction of 25 basis points.", True),
    # 'consider' in a future or a conditional: what someone means to weigh
    ("The Board would consider extending the facility if funding conditions deteriorated.", False),
    ("You should consider extending the facility.", True),
    # 'encourage' said of a thing, and said by someone
    ("This reduces the size of changes and encourages your team to build modular systems.", False),
    ("They announced measures designed to encourage capital inflows.", False),
    ("CISA encourages organizations to implement defensive measures.", True),
    # 'have to' inside a clause that describes
    ("The security hub provides links to the policies and standards that we have to follow.", False),
    ("You have to follow the standards.", True),
    ("If you absolutely have to use emails, template them.", True),
    # 'may be' and an adjective, even in capitals: what is possible
    ("The OAuth access token MAY be valid long after the session has ended.", False),
    ("Note that it MAY still be possible for a blinded party to infer the data.", False),
    ("Memorized secrets MAY be set by the subscriber.", True),
    # 'should' opening a condition, and 'should' before an effect after a time adverbial
    ("Should that occur, inflation would most likely fall faster than forecast.", False),
    ("Should you need help, call the service desk.", True),
    ("Should household spending falter, the upswing in investment loses its footing.", False),
    ("Should we raise the cash rate?", False),
    ("Equity markets have strengthened, trends which should in time be supportive of investment.", False),
    # a group in a phrase after a preposition is not who may act
    ("Members noted that the loss of momentum in the United States could develop into a downturn.", False),
    ("Many of the users may choose a stronger authenticator.", True),
    # 'requires … to' said by someone who sets a rule, not of a thing or in a forecast
    ("Mitsubishi Electric requires users to update their products.", True),
    ("This requires the user to set any environment variable.", False),
    ("Applying these models would require prohibitively large datasets to provide training data.", False),
    # a necessity after a contracted 'it's', latitude with a frequency adverb between
    ("It's especially important to ensure leavers are removed from the organisation.", True),
    ("You may often choose to work on a feature branch rather than on the main branch.", True),
    ("You may want a way of storing logs which focuses on long-term durability.", True),
    ("Users may, if convenient, download and install the updated firmware.", True),
    # a row of a requirements table: a cell that holds only a level
    ("**Verifier impersonation resistance** | Not required | Not required | Required |", True),
    ("| Feature | Status |", False),
    ("If your service is large it may be better to test more frequently but with a narrower scope.", True),
    ("Email [the owners](mailto:owners@example.org) to ask for your application to be archived.", True),
    ("Email is the main channel for alerts.", False),
])
def test_advice_told_of_is_not_advice_given(text: str, advice: bool) -> None:
    """A sentence that names a recommendation, tells what someone will weigh ('would consider'), says what a thing
    encourages, describes rules in a relative clause ('the standards that we have to follow'), says what may be so
    ('MAY be valid') or sets a condition by inversion ('Should that occur') gives no advice; the same words said to
    or by someone who acts do."""
    kinds = {f.kind for f in significant(added(text))}
    assert ("recommendation" in kinds) == advice, kinds


@pytest.mark.parametrize(("old", "new", "direction"), [
    # a sentence cut down to its last clause, beside another sentence of its paragraph
    ("Register the user via USB. If you have already registered the user via the network, change the password once "
     "via USB. This applies to CVE-2021-20597.",
     "Register the user via USB. Change the password once via USB. This applies to CVE-2021-20597.", "up"),
    # a time the advice holds in, added
    ("Restrict physical access to the affected products and the LAN that is connected by them.",
     "Restrict physical access to the affected products and the LAN that is connected by them while the control "
     "cabinets are open for servicing.", "down"),
    # a relative clause on what the advice covers, added
    ("Minimize network exposure for all control system devices and/or systems, ensuring they are not accessible "
     "from the internet.",
     "Minimize network exposure for all control system devices and/or systems that carry mission traffic, ensuring "
     "they are not accessible from the internet.", "down"),
    # a relative clause on what the advice asks for: more is asked
    ("For example, you should only use SSH keys to access VMs.",
     "For example, you should only use SSH keys that are protected by a passphrase to access VMs.", "up"),
])
def test_advice_cut_down_or_limited_to_a_time_or_a_scope(old: str, new: str, direction: str) -> None:
    """A condition dropped with the sentence cut down to its instruction is one sentence, now asked in more cases
    (up), not a recommendation dropped; 'while …' or a relative clause on the noun the advice is for ('for all
    systems that carry mission traffic') limits it to fewer cases (down), where one on what it asks for ('keys
    that are protected') asks more (up)."""
    flags = [f for f in significant(modified(old, new)) if f.kind == "recommendation"]
    assert [f.direction for f in flags] == [direction], flags


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("No known public exploits specifically target this vulnerability.",
     "CISA cannot dismiss the possibility that public exploits specifically target this vulnerability.", "up"),
    ("Public exploits do not specifically target this vulnerability.",
     "It cannot be excluded that public exploits specifically target this vulnerability.", "up"),
    ("No known public exploitation targeting these vulnerabilities has been reported to CISA at this time.",
     "Although none has been reported to CISA at this time, public exploitation targeting these vulnerabilities "
     "cannot be written off.", "up"),
    ("A further cut cannot be discounted.", "A further cut is likely.", "up"),
])
def test_a_denial_made_a_possibility_not_ruled_out_is_a_likelihood_move(old: str, new: str, direction: str) -> None:
    """'No exploits target X' → 'cannot dismiss the possibility that exploits target X': the claim is not turned
    round, it went from stated as not so to possible (up). 'dismiss', 'discount', 'exclude', 'write off' denied are
    exclusions denied; a denial inside a clause of concession ('Although none has been reported, …') is not the
    claim. 'The file cannot be written' excludes nothing."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag
    assert not [f for f in significant(modified("The file cannot be written to the disk.",
                                                "The file cannot be written to the remote disk."))
                if f.kind == "likelihood"]


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("If the program is built in debug mode, then writing to deserialized data will cause a segmentation fault.",
     "If the program is built in debug mode, then writing to deserialized data in release builds will cause a "
     "segmentation fault.", "down"),
    ("External inflationary pressures might ease quickly given that the global outlook had deteriorated.",
     "External inflationary pressures might ease quickly for traded manufactures given that the global outlook had "
     "deteriorated.", "down"),
    ("Setting an environment variable corrupts memory in multithreaded programs.",
     "Setting an environment variable corrupts memory.", "up"),
    ("These approaches suggest promising directions to improve the efficiency of clinical trials.",
     "For trials with a validated surrogate endpoint, these approaches suggest promising directions to improve the "
     "efficiency of clinical trials.", "down"),
])
def test_a_scope_added_or_dropped_moves_where_the_claim_holds(old: str, new: str, direction: str) -> None:
    """A phrase opened by a preposition of scope ('in release builds', 'for trials with a validated surrogate
    endpoint'), only added or dropped, says where or for what the claim holds: fewer cases (down) or more (up).
    One place the action involves ('keep the keys offline in a safe') is what is asked, read by _grown."""
    flags = significant(modified(old, new))
    assert [f.direction for f in flags] == [direction], flags


@pytest.mark.parametrize(("old", "new"), [
    ("In each model, relationships are established between members of the federation in several different ways.",
     "In each model, relationships are established between members of the federation."),
    ("The Australian dollar remains within the range it has been in over the past two years.",
     "On a trade-weighted basis, the Australian dollar remains within the range it has been in over the past two "
     "years."),
    ("Graph convolutions performed comparably to a multitask network on an HIV dataset.",
     "In the original study, graph convolutions performed comparably to a multitask network on an HIV dataset."),
    ("When used with the biometric, the key produces an output that is used in the authentication process to "
     "authenticate the claimant.",
     "When used with the biometric, the key produces an output that is used to authenticate the claimant."),
])
def test_a_phrase_of_manner_reference_or_measure_is_no_scope(old: str, new: str) -> None:
    """'in several different ways' (manner), 'on a trade-weighted basis' (measure), 'In the original study' (a
    reference), 'in the authentication process' beside 'to authenticate' (nothing new named): none limits where the
    claim holds."""
    assert not [f for f in significant(modified(old, new)) if f.direction in ("up", "down")]


@pytest.mark.parametrize(("old", "new"), [
    ("Frequently, parties in a dynamic registration model have no way to know each other ahead of time.",
     "Frequently, parties in a dynamic registration model do not know each other ahead of time."),
    ("Communications with multiple RPs allow the IdP to build a profile that would not have existed absent "
     "federation.",
     "Communication with multiple RPs allows the IdP to build a profile that would not have existed without "
     "federation."),
])
def test_a_negation_said_another_way_reverses_nothing(old: str, new: str) -> None:
    """'have no way to know' denies the knowing as 'do not know' does, and 'absent federation' is 'without
    federation': the same negation, said another way."""
    assert not [f for f in significant(modified(old, new)) if f.kind == "polarity"]
    [flag] = significant(modified("The symptom was absent in most patients.",
                                  "The symptom was present in most patients."))
    assert (flag.kind, flag.direction) == ("polarity", "reversed"), flag


def test_a_group_inside_what_acted_acting_in_its_place_is_an_actor_change() -> None:
    """'The CSP maintains …' → 'The CSP's data-custody team maintains …': who acts moved from the organisation to a
    group of people inside it."""
    [flag] = significant(modified("The CSP maintains enrollment records for each subscriber.",
                                  "The CSP's data-custody team maintains enrollment records for each subscriber."))
    assert flag.kind == "actor", flag
    [flag] = significant(modified("Actions SHALL be verified by the RP before they run.",
                                  "Actions SHALL be verified by the RP's application testers before they run."))
    assert flag.kind == "actor", flag


def test_an_estimate_predicated_of_a_whether_clause_governs_it() -> None:
    """'it was a toss-up whether the economy was on a recovery path': the even odds govern the clause after
    'whether', as they would one after 'that'."""
    [flag] = significant(modified(
        "Members concluded that the global economy was most likely on a sustained recovery path.",
        "Members concluded that it was a toss-up whether the global economy was on a sustained recovery path."))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


@pytest.mark.parametrize(("old", "new"), [
    ("This vulnerability could allow an attacker to obtain sensitive information.",
     "This vulnerability could allow anyone sharing the site's local network to obtain sensitive information."),
    ("The incident lead, guided by the security team, must inform the users.",
     "The service owners, guided by the security team, must inform the users."),
    ("Economic forecasters had gradually upgraded their outlook for the global economy.",
     "Commodity traders had gradually upgraded their outlook for the global economy."),
])
def test_everyday_names_for_people_replaced_are_an_actor_change(old: str, new: str) -> None:
    """'anyone on the network', a role ('the incident lead'), 'forecasters' and 'traders' are people: one group for
    another is an actor change."""
    assert [f.kind for f in significant(modified(old, new))] == ["actor"]


def test_a_date_bound_is_no_stamp_and_major_is_a_size() -> None:
    """'production date September 2020 or later' bounds what is affected: the date moved is a quantity, not the
    document's stamp. 'a minor test' → 'a major test' moves a stated size across its middle."""
    [flag] = significant(modified("FR-A8NCG: production date September 2020 or later",
                                  "FR-A8NCG: production date March 2021 or later"))
    assert (flag.kind, flag.direction) == ("quantity", "up"), flag
    assert significant(modified("There is one internal test which is classed as a minor test.",
                                "There is one internal test which is classed as a major test."))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("This vulnerability is not exploitable remotely.",
     "Remote exploitation of this vulnerability is by no means unthinkable.", "up"),
    ("Exploitation may allow a denial-of-service condition.",
     "There is only a one-in-a-thousand shot that exploitation allows a denial-of-service condition.", "down"),
    ("No known public exploits specifically target these vulnerabilities.",
     "Public exploits very probably target these vulnerabilities already.", "up"),
])
def test_odds_a_shot_and_a_denial_against_a_worded_estimate(old: str, new: str, direction: str) -> None:
    """'by no means unthinkable' denies an improbability (likely); 'a one-in-a-thousand shot' is odds; a plain denial
    ('not exploitable', 'No known exploits target') against an estimate of the same thing ('very probably target')
    is certain the other way, so the move is a likelihood, not a reversal."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_a_denied_estimate_affirmed_and_another_predicate_denied_stay_as_they_were() -> None:
    """'We don't expect that X' → 'We expect that X' turns the estimate round (a reversal); 'did not show any
    advantage' → 'fell clearly behind' denies another predicate than the one estimated."""
    [flag] = significant(modified("We don't expect that deep learning methods will replace expert review.",
                                  "We expect that deep learning methods will replace expert review."))
    assert (flag.kind, flag.direction) == ("polarity", "reversed"), flag
    assert not [f for f in significant(modified("These methods did not show any advantage over MetaPSICOV.",
                                                "These methods fell clearly behind MetaPSICOV."))
                if f.kind == "likelihood"]


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Specially crafted inputs could allow the user to escape the restricted environment.",
     "Specially crafted inputs almost never allow the user to escape the restricted environment.", "down"),
    ("Binding is rarely completed in the same session.", "Binding is almost always completed in the same session.",
     "up"),
])
def test_how_often_at_the_ends_of_its_scale_is_an_estimate(old: str, new: str, direction: str) -> None:
    """'almost never', 'rarely', 'in rare cases' and 'almost always', 'in nearly all cases' say how likely a thing is
    to happen (bands 2 and 7); the middle of the scale ('often', 'sometimes', 'usually') fills everyday prose
    ('commonly used', 'sometimes referred to as') and is left to the hedge list."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_a_year_written_out_in_a_kept_date_is_the_same_date() -> None:
    """'In my statement of 23 January' → '… of 23 January 1990': the same date written more fully, as a day dropped
    from a date is (low); the year itself moved ('23 January 1989' → '23 January 1990') is a date changed."""
    assert not significant(modified("In my statement of 23 January, I noted that further easing was possible.",
                                    "In my statement of 23 January 1990, I noted that further easing was possible."))
    [flag] = significant(modified("The statement of 23 January 1989 said so.",
                                  "The statement of 23 January 1990 said so."))
    assert (flag.kind, flag.direction) == ("quantity", "up"), flag


def test_a_trend_replaced_across_two_small_edits_is_one_trend_moved() -> None:
    """'will reduce long term service cost' → 'will leave long term service cost unchanged': the fall went in one
    place and no change came in another; read together, the trend moved from a fall to no change (up)."""
    [flag] = significant(modified("Regular penetration testing will reduce long term service cost.",
                                  "Regular penetration testing will leave long term service cost unchanged."))
    assert (flag.kind, flag.direction) == ("polarity", "up"), flag


def test_an_expected_thing_named_before_its_noun_is_an_estimate() -> None:
    """'the expected slowdown' says the slowdown is expected; dropping 'expected' states it as fact (up)."""
    [flag] = significant(modified(
        "There is uncertainty around the timing and extent of the expected slowdown in household spending.",
        "There is uncertainty around the timing and extent of the slowdown in household spending."))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag


def test_a_masthead_in_capitals_states_nothing() -> None:
    """'RESERVE BANK OF AUSTRALIA Media release: monetary policy' put on top of a statement is its masthead: no
    verb, not closed as a sentence, opening in capitals. A title-cased line that says something still does."""
    assert not significant(added("RESERVE BANK OF AUSTRALIA Media release: monetary policy"))
    assert significant(added("NOTE: the cash rate target will be lowered by 25 basis points."))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Develop a migration plan for the possibility that the authenticator is no longer acceptable.",
     "Develop a migration plan for the near certainty that the authenticator will no longer be acceptable.", "up"),
    ("There appears to be relatively little risk of encountering capacity constraints next year.",
     "There is a fair chance of encountering capacity constraints next year.", "up"),
    ("The Bank assesses that the risks of inflation exceeding the target in the near term are low.",
     "The Bank assesses that there is a sizeable probability of inflation exceeding the target in the near term.",
     "up"),
    ("There was little evidence of a pick-up in construction in the near term.",
     "A pick-up in construction in the near term could not be ruled out.", "up"),
    ("Some further increase in unemployment is likely over the coming year.",
     "The chances of some further increase in unemployment over the coming year are about one in three.", "down"),
    ("If alerts only go to email, they risk being lost.",
     "If alerts only go to email, there is every chance that they will be lost.", "up"),
    ("It was never likely, however, that such low interest rates could persist indefinitely.",
     "It could never be ruled out, however, that such low interest rates would persist indefinitely.", "up"),
])
def test_likelihood_carried_by_a_noun_a_verb_or_odds_is_read_at_its_level(old: str, new: str, direction: str) -> None:
    """An estimate need not be a modal: 'the possibility that X' (possible, unquantified), 'little risk of X', 'the
    risks of X are low', 'little evidence of X' (a noun of risk or evidence quantified off the middle), odds after
    the verb ('are about one in three'), 'they risk being lost' (may be lost), 'never likely' (unlikely)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_an_estimate_moved_to_another_place_in_the_sentence_is_compared_with_the_one_it_replaced() -> None:
    """'The process may require X' → 'In all likelihood the process requires X': 'may' went in one place and 'in all
    likelihood' came in another; the sentence's estimate rose from possible to very likely, not from fact down."""
    [flag] = significant(modified(
        "The entire business process may require a significant amount of data validation.",
        "In all likelihood the entire business process requires a significant amount of data validation."))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag


@pytest.mark.parametrize(("old", "new"), [
    ("Recently there have been some signs of increased demand for finance by households.",
     "Recently there are signs of increased demand for finance by households."),
    ("Earlier, we presented possibilities for patient categorization.",
     "Earlier, we reviewed approaches for patient categorization."),
    ("Board members also noted some risk that inflation could remain stubbornly high.",
     "Board members also noted some risk that inflation might stay stubbornly high."),
])
def test_nouns_of_risk_and_evidence_in_the_middle_of_the_scale_estimate_nothing(old: str, new: str) -> None:
    """'some signs of X' says what 'signs of X' says; 'possibilities for' names options, not a chance; the verb of
    what 'risk that' opens ('remain stubbornly high') is not a quantifier of the risk."""
    assert not [f for f in significant(modified(old, new)) if f.kind == "likelihood"]


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("We found it valuable to include these results.", "We found it essential to include these results.", "up"),
    ("Hence, diverse expertise was required to provide the analysis.",
     "Hence, diverse expertise was helpful to provide the analysis.", "down"),
])
def test_how_much_a_thing_matters_moved_along_its_scale(old: str, new: str, direction: str) -> None:
    """'helpful' < 'important' < 'essential': one put for another says the thing matters more or less."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


def test_importance_stated_as_advice_stays_the_recommendation_detectors() -> None:
    """'it is important that X' → 'it is essential that X' presses the advice harder (recommendation, up)."""
    [flag] = significant(modified("It is important that this remains the case.",
                                  "It is essential that this remains the case."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


@pytest.mark.parametrize(("old", "new"), [
    ("Researchers may employ these shallow learning methods for the task.",
     "Clinical genetics laboratories may employ these shallow learning methods for the task."),
    ("Deep learning was enabling researchers to solve challenges in imaging.",
     "Deep learning was enabling radiology departments to solve challenges in imaging."),
    ("The squeeze was felt most by those households servicing sizeable debts.",
     "The squeeze was felt most by those landlords servicing sizeable debts."),
])
def test_a_noun_phrase_put_where_a_group_stood_is_who_acts_in_its_place(old: str, new: str) -> None:
    """A listed group ('researchers', 'households') replaced by a short noun phrase with a plural head ('radiology
    departments', 'landlords'): another group acts or is affected."""
    [flag] = significant(modified(old, new))
    assert flag.kind == "actor", flag


def test_a_word_for_any_participant_is_not_another_group() -> None:
    """'several components and actors coordinating' → '… and parties coordinating': a word for any participant at
    all names the same ones."""
    assert not [f for f in significant(modified(
        "The event involves several components and actors coordinating across a network.",
        "The event involves several components and parties coordinating across a network.")) if f.kind == "actor"]


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The author encourages users to explore other solutions.",
     "The author encourages users who still target older compilers to explore other solutions.", "down"),
    ("Users of time 0.1 should upgrade to an unaffected version.",
     "Users of time 0.1 should upgrade to an unaffected version once their code no longer relies on the 0.1 API.",
     "down"),
    ("The function is unsound if the length of the backing buffer is not a multiple of 16.",
     "The function is unsound.", "up"),
])
def test_a_condition_or_audience_limit_added_or_dropped_moves_the_reach(old: str, new: str, direction: str) -> None:
    """A relative clause on the people advised ('users who still target older compilers') tells fewer of them; a
    clause opened by 'once' holds the advice back until then; a figure inside a condition dropped ('… a multiple of
    16') is the condition dropped, not a number that fell."""
    [flag] = significant(modified(old, new))
    assert flag.direction == direction and flag.kind != "quantity", flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("There is little chance that focused effort will succeed.",
     "There is only a meagre likelihood that focused effort will succeed.", "down"),
    ("The odds of triggering the race on a single thread are slim.",
     "The odds of triggering the race on a single thread are respectable.", "up"),
    ("The odds are slim that they remain weak.", "The odds are heavily stacked in favour of their remaining weak.",
     "up"),
])
def test_quantifiers_of_odds_read_past_an_adverb(old: str, new: str, direction: str) -> None:
    """'meagre' (low), 'respectable' (good), and 'heavily stacked in favour of' read through the adverb and the
    participle of leaning to 'in favour'."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("If your environment is heavily regulated and you need to prove all changes are reviewed, you should raise "
     "small pull requests.", "If your environment is heavily regulated, you should raise small pull requests.", "up"),
    ("When all the above conditions are met this results in an aliased mutable reference.",
     "When all the above conditions are met and the logger runs on a second thread this results in an aliased "
     "mutable reference.", "down"),
    ("This vulnerability can be exploited if the device is used in an unencrypted environment or if the "
     "cryptography has already been compromised.",
     "This vulnerability can be exploited if the device is used in an unencrypted environment.", "down"),
    ("When tokens expire, users should request a new one.",
     "When tokens expire and the service allows it, users should request a new one.", "down"),
])
def test_a_part_of_a_condition_added_or_dropped_moves_its_reach(old: str, new: str, direction: str) -> None:
    """One more thing that must hold ('and …' inside an if- or when-clause) makes the claim or advice hold in fewer
    cases (down; dropped, up); one more alternative ('or if …') in more. A need inside the condition ('and you need
    to prove …') is part of the condition, not advice."""
    [flag] = significant(modified(old, new))
    assert flag.direction == direction and flag.kind in ("reworded", "recommendation"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Both TLS clients and TLS servers that accept client certificates are affected.",
     "Both TLS clients and TLS servers are affected.", "up"),
    ("Deep learning can streamline tasks for clinicians.",
     "Deep learning can streamline tasks for clinicians who work in intensive care.", "down"),
])
def test_a_defining_relative_clause_limits_what_a_claim_covers(old: str, new: str, direction: str) -> None:
    """A relative clause with no comma after a plural noun or a group ('servers that accept client certificates')
    limits what the claim is about: dropped, it covers more (up); added, fewer (down). 'suggests that X' opens what is
    said, not a relative clause."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("reworded", direction), flag
    [flag] = significant(modified("The survey suggests that inflation will rise.",
                                  "The survey suggests that firms expect that inflation will rise."))
    assert flag.direction is None, flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Successful exploitation could allow an attacker to gain elevated privileges, execute arbitrary code, and "
     "obtain server hashes and credentials.",
     "Successful exploitation could allow an attacker to gain elevated privileges, execute arbitrary code.", "down"),
    ("Ethernet communication may enter a denial-of-service condition.",
     "Ethernet communication may enter a denial-of-service condition and a reset is required to recover it.", "up"),
])
def test_a_coordinated_part_of_a_claim_dropped_claims_less(old: str, new: str, direction: str) -> None:
    """'… to gain privileges, execute code, and obtain credentials' → '… to gain privileges, execute code': the
    judgment claims less (down); a part joined by 'and' or 'or' added claims more (up)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("reworded", direction), flag


def test_a_need_inside_a_condition_is_not_advice_but_one_in_the_main_clause_is() -> None:
    """'When the subscriber needs to authenticate …, he or she becomes a claimant' and '… a claimant when he or she
    needs to authenticate' both state a condition; 'When deploying you need to check the logs' asks."""
    assert not [f for f in significant(modified(
        "When the subscriber needs to authenticate to perform a transaction, he or she becomes a claimant.",
        "A subscriber is referred to as a claimant when he or she needs to authenticate to perform a transaction."))
        if f.kind == "recommendation"]
    [flag] = significant(modified("When deploying you need to check the logs.", "When deploying check the logs."))
    assert flag.kind == "recommendation", flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("There were tentative signs that this hand-over may be starting to occur.",
     "It could no longer be doubted that this hand-over was starting to occur.", "up"),
    ("This may occur without the user's knowledge.",
     "It is by no means unheard of for this to occur without the user's knowledge.", "up"),
    ("In many circumstances, there is some chance that this leads to privilege escalation.",
     "In many circumstances, there is only some chance that this leads to privilege escalation.", "down"),
    ("Therefore, if no ZST are used, then you are not affected by this issue.",
     "Therefore, if no ZST are used, then it cannot be taken for granted that you are unaffected by this issue.",
     "down"),
])
def test_doubt_denied_taken_for_granted_and_only_some_are_estimates(old: str, new: str, direction: str) -> None:
    """'could no longer be doubted' is near certain; 'by no means unheard of' likely; 'only some chance' less than
    'some chance'; 'cannot be taken for granted' is no more than possible."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_rare_said_of_a_thing_is_not_an_estimate() -> None:
    """'patients with rare diseases': a kind of disease, not how likely anything is; the estimate the edit put in
    ('it cannot be discounted that') is read against the plain statement."""
    [flag] = significant(modified(
        "Directly applying current models to diagnose patients with rare diseases would require large datasets.",
        "It cannot be discounted that directly applying current models to diagnose patients with rare diseases "
        "would require large datasets."))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


@pytest.mark.parametrize(("old", "new", "kind"), [
    ("Install anti-virus software on the PC that can access the product.",
     "Install anti-virus software on the PC that can access the product, if that PC runs Windows.", "recommendation"),
    ("These timestamps attest that this version existed at a given point in time.",
     "Provided the Bitcoin blockchain persists, these timestamps attest that this version existed at a given point "
     "in time.", "reworded"),
    ("The economic outlook continued to be supported by the low level of interest rates.",
     "The economic outlook continued to be supported by the low level of interest rates, except in Western "
     "Australia.", "reworded"),
    ("Members noted that the outlook for the global economy remained positive.",
     "Members noted that the outlook for the global economy remained positive, leaving aside parts of Latin "
     "America.", "reworded"),
])
def test_a_condition_or_exception_that_names_something_is_a_restriction(old: str, new: str, kind: str) -> None:
    """A clause of condition or exception added ('if that PC runs Windows', 'except in Western Australia', 'leaving
    aside parts of Latin America') narrows where the judgment holds (down), though it names a product or a place:
    no one new acts."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == (kind, "down"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("CVSS 3.1 base score 4.3 (MEDIUM), CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:N/I:L/A:N",
     "CVSS 3.1 base score 4.3 (LOW), CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:N/I:L/A:N", "down"),
    ("CVSS 3.0 base score 8.6 (MEDIUM)", "CVSS 3.0 base score 8.6 (HIGH)", "up"),
])
def test_a_rating_word_in_capitals_is_a_level_not_a_name(old: str, new: str, direction: str) -> None:
    """'(MEDIUM)' → '(LOW)' moves a stated size along its scale (low < medium < high < critical), written in capitals
    or not; it names no one."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


@pytest.mark.parametrize(("old", "new"), [
    ("Verifiers at AAL 3 SHALL be validated at FIPS 140 Level 3.",
     "Verifiers at AAL 3 that are operated by government agencies SHALL be validated at FIPS 140 Level 3."),
    ("Users of time 0.1 do not have a patch and should upgrade to an unaffected version.",
     "Users of time 0.1 whose programs call setenv at runtime do not have a patch and should upgrade to an "
     "unaffected version."),
])
def test_a_relative_clause_on_whom_a_prescription_binds_narrows_it(old: str, new: str) -> None:
    """A relative clause on the subject the prescription binds ('Verifiers at AAL 3 that are operated by government
    agencies SHALL …', 'Users … whose programs call setenv … should') binds fewer (down)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", "down"), flag


@pytest.mark.parametrize(("old", "new"), [
    ("Continued low inflation would provide scope to ease policy further, should that be appropriate to lend "
     "support to demand.", "Continued low inflation would provide scope to ease policy further."),
    ("The Board remains committed to maintaining highly supportive conditions until its goals are achieved.",
     "The Board remains committed to maintaining highly supportive conditions."),
    ("Members noted that wages growth was still consistent with the target, provided productivity growth picked "
     "up to around the average pace.", "Members noted that wages growth was still consistent with the target."),
])
def test_a_condition_dropped_is_read_as_a_condition_whatever_it_holds(old: str, new: str) -> None:
    """An inverted condition (', should that be appropriate …'), a time limit ('until its goals are achieved') and a
    condition that mentions a rise ('provided productivity growth picked up') dropped: the claim holds in more cases
    (up), not a trend stated or withdrawn."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("reworded", "up"), flag


def test_a_status_word_inside_a_condition_is_not_the_documents_status() -> None:
    """'…, as long as the income support measures are not withdrawn abruptly': 'withdrawn' is said of the measures
    in a condition added (down), not of the statement."""
    [flag] = significant(modified(
        "Unemployment is expected to decline gradually to around 7 per cent.",
        "Unemployment is expected to decline gradually to around 7 per cent, as long as the income support measures "
        "are not withdrawn abruptly."))
    assert flag.direction == "down" and "status" not in flag.explanation, flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Attackers can compute many billions of hashes per second.",
     "Attackers can compute many millions of hashes per second.", "down"),
    ("Genomics will surpass other fields within the next decade.",
     "Genomics will surpass other fields within the next five years.", "down"),
    ("The window is anything from 30 seconds to an hour.", "The window is anything from 30 seconds to a full day.",
     "up"),
])
def test_amounts_and_spans_said_in_words_compare(old: str, new: str, direction: str) -> None:
    """'billions' > 'millions'; 'the next decade' is a span of ten years, longer than five; 'a full day' is a day."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("quantity", direction), flag


def test_the_past_year_says_when_not_how_long() -> None:
    """'over the past year' added to a statement dates it; it is not an amount added."""
    assert not [f for f in significant(modified(
        "Bond yields have risen and expectations of future policy interest rates have increased.",
        "Bond yields have risen over the past year and expectations of future policy interest rates have increased."))
        if f.kind == "quantity"]


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The Board judged that a further increase in interest rates was warranted.",
     "The Board judged that a further increase in interest rates was warranted, contingent on the labour market "
     "remaining tight.", "down"),
    ("In some instances, the CSP MAY allow an individual to act as a trusted referee.",
     "The CSP MAY allow an individual to act as a trusted referee.", "up"),
])
def test_a_dependence_or_a_part_of_the_cases_is_a_restriction(old: str, new: str, direction: str) -> None:
    """'…, contingent on X' makes the judgment hold only with X (down); 'In some instances,' dropped makes it hold
    in every case (up)."""
    [flag] = significant(modified(old, new))
    assert flag.direction == direction, flag


def test_not_unreasonable_to_suppose_is_a_possibility() -> None:
    """'it was not unreasonable to suppose that X' grants X as possible, less than 'X seemed to' (likely)."""
    [flag] = significant(modified(
        "As a result, the risks to the global economy still seemed to lie predominantly on the downside.",
        "As a result, it was not unreasonable to suppose that the risks to the global economy still lay "
        "predominantly on the downside."))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


@pytest.mark.parametrize("text", [
    "Actions and workflows can be powerful, so take care to follow best security practice.",
    "The Git convention is to write these in the present tense.",
])
def test_advice_after_so_or_named_as_the_convention_is_advice(text: str) -> None:
    """', so take care to …' instructs in its second clause; 'the convention is to write …' names what to do, as
    'the workaround is to …' does: added, each is a recommendation (up)."""
    [flag] = significant(added(text))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


@pytest.mark.parametrize(("text", "direction"), [
    ("Refer to Avoiding Social Engineering and Phishing Attacks for more information on social engineering "
     "attacks.", "down"),
    ("Please contact a Mitsubishi Electric representative for additional details.", "up"),
])
def test_an_instruction_to_look_elsewhere_is_advice_added_or_dropped(text: str, direction: str) -> None:
    """'Refer to X for more information', 'Please contact the vendor for details': low, as what they point at says
    the advice, but advice all the same — a recommendation dropped (down) or added (up)."""
    flags = removed(text) if direction == "down" else added(text)
    [flag] = flags
    assert (flag.kind, flag.severity, flag.direction) == ("recommendation", "low", direction), flag


@pytest.mark.parametrize(("old", "new"), [
    ("The housing market continues to be buoyant.", "The housing market continues to be bouyant."),
    ("Credit outstanding is rising at around 14 per cent per year.",
     "Credit outstanding is rising at around 14 per cent a year."),
    ("- 2023-07-13T06:00:00.000000Z version 1: Initial Publication",
     "- 2023-07T06:00:00.000000Z version 1: Initial Publication"),
])
def test_a_transposed_letter_a_rate_and_a_timestamp_to_the_month_change_nothing(old: str, new: str) -> None:
    """'buoyant' → 'bouyant' is a slip of two letters swapped; '14 per cent a year' is the rate '14 per cent per
    year' says, not a span of a year added; a timestamp written to the month, its time kept, is the same date."""
    assert not significant(modified(old, new))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("This trust makes some parties in the federation more likely to release information about their users.",
     "This trust makes it a near certainty that some parties in the federation release information about their "
     "users.", "up"),
    ("Knowing which genes are mis-spliced in each tissue could enable a new branch of diagnostics.",
     "The odds run against knowing which genes are mis-spliced in each tissue enabling a new branch of diagnostics.",
     "down"),
    ("The rise in the exchange rate will help to contain pressure on prices.",
     "It would not surprise the Board if the rise in the exchange rate helped to contain pressure on prices.",
     "down"),
])
def test_estimates_put_in_with_their_frame_or_verb_of_odds(old: str, new: str, direction: str) -> None:
    """An estimate moved in with its frame however many words ('makes it a near certainty that') is set against the
    one it replaced ('more likely'); 'the odds run against' reads its verb as 'are'; 'It would not surprise the Board
    if X' estimates X (likely: less than 'will')."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


@pytest.mark.parametrize("text", [
    "_Sections 1 - 5 are informative._",
    "*Snapshot taken for the comment log on 10 May 2017.*",
    "_Checked out from the drafting repository: 2017-08-10, 16:05 CDT_",
])
def test_a_note_on_which_sections_bind_or_when_a_copy_was_taken_states_nothing(text: str) -> None:
    """Which sections are informative, and when and whence this copy of the text was taken, are notes about the
    document (low), as 'This section is informative' and a review stamp are."""
    assert not significant(added(text))
    assert significant(added("The vendor retrieved the affected units on 10 May 2017 and replaced them."))


@pytest.mark.parametrize("old", ["The meeting was held on 5 and 6 August 2024.",
                                 "The meeting was held on 5-6 August 2024."])
def test_the_first_of_two_days_dropped_from_a_date_is_a_day_dropped(old: str) -> None:
    """'on 5 and 6 August 2024' → 'on 6 August 2024': a day of a date whose month stays (low), as 'on 3 May' → 'in
    May' is; not a number that fell."""
    flags = modified(old, "The meeting was held on 6 August 2024.")
    assert flags and not significant(flags), flags



@pytest.mark.parametrize(("old", "new", "direction"), [
    ("There is some prospect of a settlement between the two unions this year.",
     "There is scarcely any prospect of a settlement between the two unions this year.", "down"),
    ("There is hardly any chance that the bridge reopens in March.",
     "There is a good chance that the bridge reopens in March.", "up"),
    ("There is a fair chance that the committee approves the budget.",
     "There is barely any chance that the committee approves the budget.", "down"),
])
def test_a_negative_quantifier_puts_a_chance_near_the_bottom(old: str, new: str, direction: str) -> None:
    """'scarcely any', 'hardly any', 'barely any' quantify a chance as 'slim' does: near the bottom of the scale, not
    at 'some'."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("A faster test suite is only worth having if it still catches the regressions.",
     "A faster test suite is worth having.", "up"),
    ("A faster test suite is worth having.",
     "A faster test suite is only worth having if it still catches the regressions.", "down"),
])
def test_only_and_its_condition_apart_are_one_restriction(old: str, new: str, direction: str) -> None:
    """'is only X if Y' ↔ 'is X': 'only' and the condition it announces, put in or taken out as two runs with the
    predicate between, restrict the claim as 'only if Y' does: it now holds in fewer cases (down) or more (up)."""
    [flag] = significant(modified(old, new))
    assert flag.direction == direction, flag


@pytest.mark.parametrize(("old", "new"), [
    ("As part of your release planning we recommend that:", "As part of your release planning, your:"),
    ("To keep the service secure, the plan covers:", "To keep the service secure, we recommend that you:"),
])
def test_the_lead_in_to_a_list_recast_is_not_advice_added_or_dropped(old: str, new: str) -> None:
    """A lead-in to a list (it ends in a colon) that gains or loses its prescribing words: the items under it carry
    the advice and are reported on their own; how the list is introduced is a nuance (low)."""
    flags = modified(old, new)
    assert flags and not significant(flags), flags
    assert significant(modified("We recommend that you rotate the keys.", "Your keys are rotated."))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Some member states apply the reduced rate to children's clothing.",
     "The bulk of member states apply the reduced rate to children's clothing.", "up"),
    ("Most vendors ship a fix within a month.", "A handful of vendors ship a fix within a month.", "down"),
])
def test_the_bulk_of_and_a_handful_of_are_steps_on_the_scale_of_how_many(old: str, new: str, direction: str) -> None:
    """'the bulk of' says what 'most' says, 'a handful of' what 'a few' says: a claim now said of more or fewer."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("quantity", direction), flag


@pytest.mark.parametrize("text", [
    "_Pulled from the review branch for proofreading: 22 May 2017, 18:41 EDT_",
    "*Copied for the board pack: 2019-03-04*",
])
def test_a_line_in_emphasis_ending_in_a_date_stamp_is_about_the_copy(text: str) -> None:
    """A line set apart in emphasis that ends in a colon and a date (and time): when this copy was made, whatever
    its verb — a note about the document (low). A sentence in emphasis that states a date is still a statement."""
    assert not significant(added(text))
    assert significant(added("_The Board will next meet on 5 June 2024 to decide on the cash rate._"))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Authenticators developed by government agencies SHALL be validated against FIPS 140.",
     "Authenticators SHALL be validated against FIPS 140.", "up"),
    ("Staff must complete the induction before they start.",
     "Staff hired through agencies must complete the induction before they start.", "down"),
])
def test_a_participle_and_its_agent_after_the_subject_limit_whom_a_rule_binds(old: str, new: str,
                                                                             direction: str) -> None:
    """'X developed by Y SHALL …' binds fewer than 'X SHALL …': a participle with its agent right after the subject is
    a relative clause without its 'that are', and limits the rule's reach as one does. Set off by commas ('The lead,
    guided by the team, must …') it only describes."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", direction), flag
    described = modified("The incident lead must inform the owner.",
                         "The incident lead, guided by the security team, must inform the owner.")
    assert all(f.direction is None for f in described), described


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Cutting waiting times remains the ministry's priority.",
     "Cutting waiting times remains one of the ministry's priorities.", "down"),
    ("Cost is one of the main reasons for the delay.", "Cost is the main reason for the delay.", "up"),
    ("A major obstacle to adoption is the price of the sensors.",
     "The chief obstacle to adoption is the price of the sensors.", "up"),
])
def test_the_one_of_its_kind_or_one_among_several(old: str, new: str, direction: str) -> None:
    """'the priority' → 'one of the priorities', 'a key challenge' → 'the central challenge': what the sentence ranks
    moved between being the one of its kind and one among several (down to several, up to the one)."""
    [flag] = significant(modified(old, new))
    assert flag.direction == direction, flag


def test_a_footnote_mark_says_no_number() -> None:
    """'… using the template [^1].': a footnote's mark points at a note; it is not the figure 1 put in."""
    flags = modified("Record every step in writing using the incident report template.",
                     "Record every step in writing using the incident report template [^1].")
    assert not significant(flags), flags
    assert significant(modified("Keep the logs for 1 year.", "Keep the logs for 2 years."))


@pytest.mark.parametrize("text", ["Check the team wiki for current contact details.",
                                  "Ask the service desk for the latest information."])
def test_where_to_find_current_details_is_a_pointer(text: str) -> None:
    """Advice to look somewhere for the current details is a pointer to another text (low), as 'for more
    information' is; asking someone for personal details is not."""
    assert not significant(added(text))
    assert significant(added("Do not ask users for personal details."))


@pytest.mark.parametrize(("old", "new"), [
    ("Gains in household wealth have been large over the year.",
     "Gains in household wealth have been sizeable over the year."),
    ("This follows very substantial declines in commodity prices.",
     "This follows very large declines in commodity prices."),
])
def test_large_is_as_big_as_substantial(old: str, new: str) -> None:
    """'large', 'sizeable', 'substantial', 'considerable' are one step of the scale of size: swapped, the same size
    said another way; 'large' → 'dramatic' still says more."""
    assert not significant(modified(old, new))
    assert significant(modified("Gains in wealth have been large.", "Gains in wealth have been dramatic."))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The council may need to close the library in some cases.",
     "There is only a sliver of a chance that the council will need to close the library.", "down"),
    ("The new tariff will raise farm incomes.", "It would be unwise to rule out the new tariff raising farm incomes.",
     "down"),
    ("The merger will lower prices for customers.",
     "It is not unreasonable to think that the merger will lower prices for customers.", "down"),
    ("The maintainers are committed to providing fixes for the old branch.",
     "The balance of probability is that the maintainers will keep providing fixes for the old branch.", "down"),
    ("No exploitation of this flaw has been reported.",
     "That exploitation of this flaw is already under way is not far-fetched.", "up"),
    ("The review is not always completed in the same week.",
     "The review is almost never completed in the same week.", "down"),
])
def test_estimates_said_by_their_parts(old: str, new: str, direction: str) -> None:
    """How much chance a word of size gives past its article ('a sliver of a chance'); an exclusion called unwise
    ('unwise to rule out X': X cannot be ruled out); 'not unreasonable to think', 'the balance of probability is
    that', 'not far-fetched', 'not always': each an estimate, its own 'not' no denial of what it estimates."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Exports are expected to recover as the port reopens to shipping.", "Exports are expected to recover.", "up"),
    ("The rollout is on track and its completion is dependent on the supplier delivering the meters.",
     "The rollout is on track.", "up"),
    ("Aim to repeat the survey within 6 weeks, but this may vary depending on the weather.",
     "Aim to repeat the survey within 6 weeks.", "up"),
    ("Exports are expected to recover.", "Exports are expected to recover as the port reopens to shipping.", "down"),
])
def test_what_a_forecast_waits_on_or_depends_on_is_a_condition(old: str, new: str, direction: str) -> None:
    """'expected to recover as the port reopens': after a forecast in words, an 'as' clause at the end is what it
    waits on; a clause of dependence ('its completion is dependent on …', '… may vary depending on …') limits the
    claim too. Dropped, the claim holds in more cases (up); added, in fewer (down)."""
    [flag] = significant(modified(old, new))
    assert flag.direction == direction, flag


def test_an_as_clause_after_a_modal_gives_a_reason_not_a_condition() -> None:
    """'… should never share credentials as this defeats the audit': after a bare modal, 'as' gives a reason; the
    reach of the claim is unchanged, so no direction."""
    flags = modified("No one should ever share their credentials with another person.",
                     "No one should ever share their credentials with another person as this defeats the audit.")
    assert all(f.direction is None for f in flags), flags


@pytest.mark.parametrize(("old", "new", "direction"), [
    ('cvss = "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N"', 'cvss = "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N"',
     "down"),
    ("Vector: QOS:2/LAT:L/JIT:L/LOSS:M", "Vector: QOS:2/LAT:H/JIT:M/LOSS:M", "up"),
    ("CVSS:3.0/AV:P/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:N", "CVSS:3.0/AV:P/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:H", None),
])
def test_a_setting_of_a_key_value_vector_is_a_value_stated(old: str, new: str, direction: str | None) -> None:
    """'…/I:H/A:N' → '…/I:N/A:N': one setting of a KEY:VALUE vector moved, a value the text states (medium), however
    short its letters; up or down when the values are levels by their initials (High, Medium, Low, None) and all
    move one way. The vector's edition in figures ('CVSS:3.0' → 'CVSS:3.1') is not a setting."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("quantity", direction), flag
    assert not significant(modified("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H",
                                    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H"))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Trials showed that the new screening test can detect the disease earlier.",
     "Trials showed that the new screening test detects the disease earlier.", "up"),
    ("Hotter summers increase the demand for power.", "Hotter summers can increase the demand for power.", "down"),
])
def test_a_claims_own_can_is_an_estimate(old: str, new: str, direction: str) -> None:
    """'the test can detect the disease earlier' → 'the test detects it earlier': the claim's own 'can' said it was
    possible; without it the claim is stated as fact (up), and the reverse (down)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


@pytest.mark.parametrize(("old", "new"), [
    ("The checker is able to detect this violation in sample code.",
     "The checker can detect this violation in sample code."),
    ("Further guidance is available in the operations manual.",
     "Further guidance can be found in the operations manual."),
    ("Use the monitoring tools which detect periods of unavailability.",
     "Use the monitoring tools which can detect periods of unavailability."),
    ("Small releases mean that you get feedback from users quickly.",
     "Small releases mean that you can get feedback from users quickly."),
])
def test_can_of_ability_or_availability_estimates_nothing(old: str, new: str) -> None:
    """'is able to' ↔ 'can', a passive ('can be found'), a capability told in a relative clause ('tools which can
    detect') and the reader's ability ('you can get feedback') say what is open or available, not how likely a claim
    is: no likelihood moved."""
    assert not [f for f in significant(modified(old, new)) if f.kind == "likelihood"]


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Wage growth remained low and inflation was expected to be at target next year.",
     "Wage growth remained low and the odds were against inflation being at target next year.", "down"),
    ("Output is generally expected to grow at an above-average pace next year.",
     "Forecasters give no better than even odds that output will grow at an above-average pace next year.", "down"),
])
def test_a_chance_is_quantified_inside_its_own_phrase(old: str, new: str, direction: str) -> None:
    """The quantifier of a chance is looked for inside the noun's own phrase, as far back as one written out reaches
    ('no better than even odds'), never past 'and' or a comma ('remained low and the odds were against …': 'low' is
    said of wage growth)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


@pytest.mark.parametrize(("old", "new"), [
    ("The scanner SHOULD implement presentation attack protection (PAD).", "The scanner SHOULD implement PAD."),
    ("Ownership of the identity has been confirmed by Knowledge Based Verification.",
     "Ownership of the identity has been confirmed by KBV."),
    ("The guide sets requirements for RAs, CSPs and verifiers.",
     "The guide sets requirements for Registration Authorities (RAs), CSPs and verifiers."),
])
def test_an_acronym_written_out_or_its_gloss_dropped_is_the_same_thing(old: str, new: str) -> None:
    """Words that stand right before an acronym in parentheses, the acronym kept on the other side, are its gloss
    whatever their letters ('presentation attack protection (PAD)'); a name's capitals that spell an acronym the
    other side uses are that acronym, capitalised words between included ('Knowledge Based Verification' ↔ 'KBV')
    and in the plural ('Registration Authorities' ↔ 'RAs')."""
    assert not significant(modified(old, new))


def test_a_paragraph_dropped_and_its_rewrite_added_next_are_one_sentence_restated() -> None:
    """Two paragraphs dropped and two added right after them, the first pair restated ('The maintainer of X is
    unreachable.' → 'X's maintainer cannot be contacted.'): the block was rewritten in place, the k-th dropped for the
    k-th added, so the two are compared, not reported as a statement dropped and another added."""
    old = [ParagraphChange("removed", (3,), (), None, "The maintainer of the parser library is unreachable.", None),
           ParagraphChange("removed", (4,), (), None, "Known alternatives:", None)]
    new = [ParagraphChange("added", (), (3,), None, None, "The parser library's maintainer cannot be contacted."),
           ParagraphChange("added", (), (4,), None, None, "Known alternatives -")]
    flags = list(assess_changes(old + new, config()))
    assert not [f for f in flags if f.kind in ("added", "removed")], flags
    assert any(f.before and f.after for f in flags), flags


def test_a_note_on_the_section_and_a_pointer_to_other_sections_are_bookkeeping() -> None:
    """'*(Informative; refer to preceding sections for normative requirements)*' → '*This section is informative.*':
    both say what the section is and where the rules are; neither asks anything of the reader (low)."""
    flags = modified("*(Informative; refer to preceding sections for normative requirements)*",
                     "*This section is informative.*")
    assert not significant(flags), flags


def test_the_date_in_a_documents_title_line_is_which_edition_it_is() -> None:
    """'Minutes of the Board Meeting - 7 May 2013 …' → '… - 8 May 2013 …', the rest kept: the first paragraph's head
    dates the document itself (low). A date changed later in the same first paragraph is still a figure."""
    title = "Minutes of the Monetary Policy Meeting of the Board Sydney - {} Members Present A Smith, B Jones"
    rest = ParagraphChange("unchanged", (1,), (1,), None, "Members noted that growth had slowed.",
                           "Members noted that growth had slowed.")
    rows = [ParagraphChange("modified", (0,), (0,), None, title.format("7 May 2013"), title.format("8 May 2013")),
            rest]
    assert not significant(list(assess_changes(rows, config())))
    body = "The Board will next meet on {} to review the cash rate target and the bond purchase programme."
    later = [ParagraphChange("modified", (0,), (0,), None, title.format("7 May 2013") + " " + body.format("4 June"),
                             title.format("7 May 2013") + " " + body.format("2 July")), rest]
    assert significant(list(assess_changes(later, config())))
    # a sentence, not a title: its date is what it states
    said = "The Board will meet on {} in Sydney to review the cash rate."
    assert significant(list(assess_changes(
        [ParagraphChange("modified", (0,), (0,), None, said.format("7 May 2013"), said.format("8 May 2013")), rest],
        config())))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("- Controller series R08 CPU: >= 26", "- Controller series R08 CPU: >=3|<=37", "down"),
    ("- Controller series R00 CPU: <= 35", "- Controller series R00 CPU: >=3|<=37", "down"),
    ("- Controller series R08 CPU: >=3|<=37", "- Controller series R08 CPU: >= 26", "up"),
])
def test_a_range_that_closes_an_open_end_narrows(old: str, new: str, direction: str) -> None:
    """'>= 26' → '>= 3 | <= 37': the ranges overlap and neither holds the other, but a bound where there was none
    narrows more than a bound moved (an open end runs on without limit): down; opening an end again, up."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("quantity", direction), flag


def test_a_settings_vector_put_in_or_taken_out_of_a_block_is_a_line_added_or_dropped() -> None:
    """A KEY:VALUE vector stated where the other version had none, inside a block both keep ('… date = "2020-10-16"'
    → '… date = "2020-10-16" cvss = "CVSS:3.1/AV:N/…"'): a value stated, or no longer stated (medium)."""
    header = '```toml [advisory] id = "RUSTSEC-2099-0001" package = "tarball" date = "2099-01-02"'
    vector = ' cvss = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N"'
    [flag] = significant(modified(header + " ```", header + vector + " ```"))
    assert (flag.kind, flag.severity) == ("added", "medium"), flag
    [flag] = significant(modified(header + vector + " ```", header + " ```"))
    assert flag.kind == "removed", flag


@pytest.mark.parametrize(("old", "new"), [
    ("When you plan your storage you should consider using:",
     "When you plan your storage for a service with more than a million monthly users you should consider using:"),
    ("To release safely you need:", "For services that release more than once a week, to release safely you need:"),
])
def test_a_class_of_cases_set_by_a_threshold_is_a_restriction(old: str, new: str) -> None:
    """'for a service with more than a million monthly users': a phrase of scope whose class is set by a threshold
    limits what the sentence covers (down), though it holds a figure; it is not a number put in."""
    [flag] = significant(modified(old, new))
    assert flag.direction == "down" and flag.kind != "quantity", flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Use of SMS for verification is RESTRICTED as described in this section.",
     "Use of SMS for verification is DEPRECATED as described in this section.", "down"),
    ("* Out of Band (Partially deprecated; see Section 5 for more details)", "* Out of Band", "up"),
])
def test_deprecated_lowers_standing_it_does_not_end_it(old: str, new: str, direction: str) -> None:
    """'deprecated' says a thing still stands but is discouraged: put in, its standing is lowered (down); taken
    out, restored (up) — not reversed, as 'withdrawn' or 'repealed' would be."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag
    [ended] = significant(modified("The rule stands.", "The rule is withdrawn."))
    assert ended.direction == "reversed", ended


@pytest.mark.parametrize("text", [
    "Statement by Jane Doe, Governor: Monetary Policy Decision Media Release 2019-05, 5 March 2019, 2.30 pm",
    "Central Bank | Board Minutes | Released 21 November 2017, 11.30 am",
])
def test_a_header_ending_in_when_the_page_was_issued_is_about_the_document(text: str) -> None:
    """A line with no finite verb that ends in a date and a time of day says when the page was issued (low); a
    sentence that ends so still states a date."""
    assert not significant(added(text))
    assert significant(added("The Board will meet on 5 March 2019, 2.30 pm"))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Members noted that the data over preceding weeks had been broadly as expected.",
     "Members noted that the data over preceding weeks had been stronger than expected.", "up"),
    ("Growth in exports was weaker than forecast.", "Growth in exports was in line with forecasts.", "up"),
    ("Inflation was slightly higher than expected.", "Inflation was as the Bank had expected.", "down"),
    ("Results were as anticipated.", "Results were less encouraging than earlier anticipated.", "down"),
])
def test_an_outcome_moved_against_what_was_expected(old: str, new: str, direction: str) -> None:
    """'as expected' is the middle of an ordered stance, 'stronger than expected' above it, 'weaker than forecast'
    below: a move from or to the middle is up or down, not a hedge dropped ('broadly') or a wording change."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag
    [across] = significant(modified("Inflation was higher than expected.", "Inflation was lower than expected."))
    assert across.direction == "reversed", across


@pytest.mark.parametrize(("old", "new", "direction"), [
    ('[versions] patched = [">= 7.0.0"] ```', '[versions] patched = [] ```', "up"),
    ('[versions] patched = [">= 0.103.10"] ```',
     '[versions] patched = [">= 0.103.10"] unaffected = ["< 0.102.0-alpha.0"] ```', "down"),
    ('[versions] patched = [">= 0.2.23"] unaffected = ["< 0.2.7"] ```',
     '[versions] patched = [">= 0.2.23"] unaffected = ["=0.2.0", "=0.2.1", "=0.2.2", "=0.2.3"] ```', "up"),
    ("The flaw is fixed in versions 2.3 and 2.4.", "The flaw is fixed in version 2.4.", "up"),
    ("Affected versions are 1.0 and 1.1.", "Affected versions are 1.0, 1.1 and 1.2.", "up"),
])
def test_a_list_of_what_is_safe_turns_the_direction_round(old: str, new: str, direction: str) -> None:
    """A version dropped from what is patched or unaffected leaves more exposed (up); one added, less (down). A list
    of what is affected reads the plain way; a bound that moves is still read as a number."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("quantity", direction), flag
    [bound] = significant(modified('patched = [">= 0.2.23"]', 'patched = [">= 0.2.25"]'))
    assert bound.direction == "up", bound


@pytest.mark.parametrize(("old", "new"), [
    ("A remote attacker can send specific packets to the device.",
     "Logistics clerks on the shop-floor subnet can send specific packets to the device."),
    ("Successful exploitation could allow a malicious remote attacker to cause a denial-of-service condition.",
     "Successful exploitation could allow engineers from visiting customer firms who plug into the shop network to "
     "cause a denial-of-service condition."),
    ("This leaves messages malleable to an attacker.",
     "This leaves messages malleable to any bystanders with a radio scanner in range."),
])
def test_a_group_replaced_by_one_described_at_length(old: str, new: str) -> None:
    """A group of people replaced by another described in a long phrase (up to a dozen words) is an actor change,
    as it is in a short one; a word for anyone at all ('people') names no group."""
    [flag] = significant(modified(old, new))
    assert flag.kind == "actor", flag
    assert not significant(modified(
        "You will need DNS records to let people know where those services are.",
        "You need DNS records to make sure the service is available to your users."))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Conditions were likely to deteriorate further.", "A further deterioration of conditions could not be "
     "disregarded.", "down"),
    ("The library is maintained.", "The library is actively maintained.", "up"),
])
def test_exclusion_and_stress_words_of_general_english(old: str, new: str, direction: str) -> None:
    """'could not be disregarded' is a negated exclusion, as 'cannot be ruled out' is (a possibility, below
    'likely'); 'actively' stresses the verb it stands beside."""
    [flag] = significant(modified(old, new))
    assert flag.direction == direction, flag


def test_an_instruction_may_open_on_a_prefixed_verb() -> None:
    """'Pre-register the protocol …' instructs as 'Register the protocol …' does: advice added, up."""
    [flag] = significant(added("Pre-register the evaluation protocol before the first model is trained."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag
    [stated] = significant(added("Re-use of keys was discussed at the meeting."))
    assert stated.kind == "added", stated  # a noun after its prefix ('Re-use of'): a statement, not advice


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("This is within the band, but some further upward drift is likely to occur.",
     "This is within the band, but the odds on some further upward drift are long.", "down"),
    ("Inflation is likely to remain relatively high.",
     "The odds on inflation remaining relatively high are very short.", "up"),
])
def test_odds_laid_on_an_outcome_are_long_or_short(old: str, new: str, direction: str) -> None:
    """'the odds on X are long' makes X unlikely, 'are very short' very likely: the odds laid on a proposition govern
    it, as 'the odds of X' do."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


@pytest.mark.parametrize(("old", "new"), [
    ("The Australian economy is experiencing a period of below-trend growth.",
     "But the economy is still experiencing a period of below-trend growth."),
    ("To satisfy the requirements of a given Authenticator Assurance Level (AAL), a claimant SHALL be authenticated.",
     "To satisfy the requirements of a given AAL, a claimant SHALL be authenticated."),
    ("Adding an Additional Factor to a One-factor Account", "Adding an Additional Factor to a Single-factor Account"),
    ("All requirements in [SP 800-63B, Section 5.2.3 Biometric Considerations](b.html#bio) apply.",
     "All requirements in [SP 800-63B, Section 5.2.3](b.html#bio) apply."),
])
def test_capitals_that_name_nobody_are_no_actor(old: str, new: str) -> None:
    """A proper adjective dropped before a noun both sides keep ('The Australian economy' → 'the economy'), a name
    glossed by an acronym the other side keeps, a capitalised part of a hyphenated compound in a heading, and the
    title of a numbered section: none of them is someone who acts."""
    assert not any(f.kind == "actor" for f in modified(old, new))


@pytest.mark.parametrize(("old", "new"), [
    ("The Board places a high priority on a return to full employment.",
     "The Board continues to place a high priority on a return to full employment."),
    ("Wages growth should lift, although this is likely to be a gradual process.",
     "Wages growth should lift, although this is still expected to be a gradual process."),
])
def test_a_state_said_to_go_on_or_an_estimate_of_the_same_band_is_low(old: str, new: str) -> None:
    """'continues to place', 'still': the state goes on, as it did; 'likely' → 'expected' is an estimate of the same
    band. Neither restates the judgment."""
    assert not significant(modified(old, new))


def test_an_item_whose_advice_moved_to_its_lead_in_still_carries_it() -> None:
    """'* we prefer X where possible' under a lead-in that states facts → '* X' under a lead-in ending 'we prefer:':
    the advice was not dropped, the lead-in now carries it; what else changed ('where possible' dropped: asked in
    more cases) is what is reported. Advice put in the middle of an item is advice of its own."""
    old = ["GDS will build new tools on a primary cloud platform.",
           "* we prefer systems built on a PaaS to systems built on IaaS where possible",
           "* we prefer to use containers"]
    new = ["At GDS teams build new tools on a primary cloud platform, we prefer:",
           "* systems built on a PaaS instead of on IaaS",
           "* to use containers"]
    found = {a.before: a for a in _aligned(old, new) if a.before and a.before.startswith("*")}
    assert set(found) <= {old[1]}, found
    flag = found[old[1]]
    assert flag.kind == "recommendation" and flag.direction == "up" and flag.severity != "low", flag
    [own] = [a for a in _aligned(["You should consider:", "* how your logs reach long-term stores"],
                                 ["You should consider:", "* how your logs reach long-term stores - we recommend "
                                  "using Beats to ship your data"]) if a.severity != "low"]
    assert (own.kind, own.direction) == ("recommendation", "up"), own


def test_statements_on_the_same_subject_in_a_rewritten_paragraph_are_compared() -> None:
    """A paragraph rewritten three sentences for two: the dropped and the added statement that open on the same
    subject ('Most commodity prices have …') are set side by side, so the move from no change to a rise is reported
    (up); a statement on a subject the other side no longer opens on is dropped as it was."""
    old = ["Most commodity prices have changed little over recent months. Share markets were calm. "
           "Housing credit grew slowly."]
    new = ["Most commodity prices have firmed after a fall earlier in the year. Rents rose in most cities."]
    flags = {(a.before, a.after): a for a in _aligned(old, new)}
    pair = flags[("Most commodity prices have changed little over recent months.",
                  "Most commodity prices have firmed after a fall earlier in the year.")]
    assert (pair.kind, pair.direction) == ("polarity", "up"), pair
    assert ("Share markets were calm.", None) in flags


def test_a_trend_after_the_same_subject_moved_from_no_change() -> None:
    """'have changed little' → 'have firmed': from no change to a rise right after the same subject is a move up
    from the middle, however much else the rewrite says."""
    [flag] = significant(modified("Most commodity prices have changed little over recent months, and remain high.",
                                  "Most commodity prices have firmed, after a fall earlier in the year."))
    assert (flag.kind, flag.direction) == ("polarity", "up"), flag


@pytest.mark.parametrize(("old", "new"), [
    ("Some further tightening of policy may be required, but that will depend upon the data.",
     "Whether further tightening of policy is required will depend upon the data."),
    ("A cut may be needed.", "Whether a cut is needed remains to be seen."),
])
def test_a_whether_clause_left_open_is_not_stated_as_fact(old: str, new: str) -> None:
    """'Whether X is required will depend on …': X is left open, which asserts less than 'may' does (down), not
    stated as fact (its 'is' is the open clause's); 'remains to be seen' is no decision to hold."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


@pytest.mark.parametrize(("old", "new"), [
    ("It is anticipated that SP 800-63A will be revised asynchronously with this document.",
     "It is expected that SP 800-63A will be revised asynchronously with this document."),
    ("It is anticipated that SP 800-63A will be revised asynchronously with this document.",
     "NIST anticipates that SP 800-63A will be revised asynchronously with this document."),
    ("Once an event has taken place, it is often desirable to allow the user to continue.",
     "Once an event has taken place, it is frequently desirable to allow the user to continue."),
    ("- May be sent to a mobile telephone, email, or mailing address verified in records",
     "- The CSP MAY send the enrollment code to a mobile telephone, email, or mailing address verified in records"),
    ("All identity proofing steps SHALL be performed in person.",
     "The CSP SHALL perform all identity proofing steps in person."),
])
def test_the_same_estimate_advice_or_act_said_another_way_is_not_flagged(old: str, new: str) -> None:
    """'is anticipated' and 'is expected' and 'NIST anticipates that' are one estimate; 'often' and 'frequently'
    leave 'desirable to' advice; 'may' written as the keyword 'MAY' is the same latitude; and the one who acts,
    named where the other version used the passive without an agent, is no new actor."""
    assert not significant(modified(old, new))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Federation is a process that always involves the authentication of subjects.",
     "Federation is a process that typically involves the authentication of subjects.", "down"),
    ("Errors here are often subtle.", "Errors here are sometimes subtle.", "down"),
    ("The subscriber communicates with the IdP, usually through a browser.",
     "The subscriber communicates with the IdP, always through a browser.", "up"),
])
def test_how_often_a_claim_holds_moved_a_step(old: str, new: str, direction: str) -> None:
    """'always' > 'usually'/'typically' > 'often' > 'sometimes' > 'rarely': one put for another of another step is a
    claim said to hold in more or fewer cases (medium), not a hedge added (low)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_an_italic_note_about_the_text_is_the_authors_remark() -> None:
    """An italic paragraph that speaks of the text itself (something to add here, a section, placeholders, what the
    authors could do) is a note to each other, reported low; an italic paragraph that states a finding is not."""
    note = ("*There will be some overlap with the Categorize section, and we may have to determine which methods "
            "belong where. The sub-section titles are merely placeholders.*")
    assert not [a for a in _aligned(["Intro."], ["Intro.", note, "*Add a review here of metabolism.*"])
                if a.severity != "low"]
    [finding] = [a for a in _aligned(["Intro."], ["Intro.", "*Deep learning has improved results in imaging.*"])
                 if a.severity != "low"]
    assert finding.kind == "added", finding
    # in bold too, a reviewer speaking in the first person: the remark is the authors', whatever it would require
    remark = ("**Jim: I think we are making this too hard. And not sure this is correct if we even want this as "
              "increasing IAL should still require address confirmation.**")
    assert not [a for a in _aligned(["Intro."], ["Intro.", remark]) if a.severity != "low"]
    [finding] = [a for a in _aligned(["Intro."], ["Intro.", "**Increasing IAL shall require address confirmation.**"])
                 if a.severity != "low"]
    assert finding.kind == "recommendation", finding


@pytest.mark.parametrize("note", [
    # what could be mentioned, cited or left out: the plan of the text, in the passive
    "*Existing reviews could be mentioned briefly.*",
    "*A few suggestions for sub-sections follow. Some of these could be left out because our goal is not an "
    "exhaustive enumeration of methods.*",
    # what does not fit here; what the authors can do with an adverb between ('we can quickly introduce')
    "*It may not fit here, but there could be a general discussion of why different architectures suit different "
    "inputs.*",
    "*One proposal is that we organize this roughly by what is being predicted. For each part we can quickly "
    "introduce the prediction problem and cite some examples.*",
])
def test_an_italic_note_on_what_to_mention_or_leave_out_is_the_authors_remark(note: str) -> None:
    """An italic paragraph that plans the text (what could be mentioned or left out, what does not fit here, the
    sub-sections to come, what the authors can quickly introduce) is a note to each other: every sentence in it is
    low, dropped or added."""
    assert not [a for a in _aligned(["Intro."], ["Intro.", note]) if a.severity != "low"]
    assert not [a for a in _aligned(["Intro.", note], ["Intro."]) if a.severity != "low"]


def test_a_finding_in_italics_that_could_be_said_to_fit_is_still_a_finding() -> None:
    """Not every italic paragraph with a modal is a note: one that states what the evidence shows is reported."""
    [finding] = [a for a in _aligned(["Intro."], ["Intro.", "*These methods could be deployed in clinics within "
                                                  "five years.*"]) if a.severity != "low"]
    assert finding.kind in ("added", "likelihood"), finding


@pytest.mark.parametrize("text", [
    "The service manual has some recommendations about how you can:",
    "There is some useful information in the [Service Manual](https://example.org/manual) about how to host it.",
    "The team's Dockerfile guidance contains advice on how to use image tags.",
])
def test_a_named_text_that_holds_advice_is_a_pointer(text: str) -> None:
    """A sentence whose news is that a manual or a guide holds advice points at that text (low); advice given
    outright is not ('Our guidance has changed: you must now use Splunk.')."""
    assert not significant(added(text))
    assert significant(added("Our guidance has changed: you must now use Splunk."))


def test_an_entry_put_into_a_list_of_cases_widens_it() -> None:
    """'after expiration or receipt' → 'after expiration, revocation, or receipt': one more case the requirement
    covers (up); an entry moved within the list, or put into a list of examples, changes nothing."""
    [flag] = significant(modified(
        "The CSP SHALL require subscribers to surrender any authenticator after expiration or receipt of a new one.",
        "The CSP SHALL require subscribers to surrender any authenticator after expiration, revocation, or receipt "
        "of a new one."))
    assert flag.direction == "up", flag
    assert not significant(modified("You should use dashboards, sms, phone calls or status websites.",
                                    "You should use dashboards, phone calls, sms or status websites."))
    assert not significant(modified(
        "Assessments SHOULD include mitigations (e.g., limited retention or deletion) where needed.",
        "Assessments SHOULD include mitigations (e.g., limited retention, use limitations or deletion) where needed."))


def test_an_item_carried_by_a_lead_in_that_presses_harder_is_strengthened() -> None:
    """'- Consider X' → '* X' under a lead-in ending 'you must ensure:': the advice is now the lead-in's, pressed
    harder than the item's own 'consider' (up)."""
    old = ["As part of your DNS strategy:", "- Consider nameserver availability as part of service availability"]
    new = ["As part of your DNS strategy you must ensure:", "* nameserver availability is part of service availability"]
    [flag] = [a for a in _aligned(old, new) if a.before == old[1]]
    assert (flag.kind, flag.direction, flag.severity) == ("recommendation", "up", "medium"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("IA may need to obtain risk acceptance from your risk owner.",
     "It is not inconceivable that IA will need to obtain risk acceptance from your risk owner.", "down"),
    ("Some voice-over-IP telephone services can deliver text messages.",
     "It is not implausible that some voice-over-IP telephone services deliver text messages.", "down"),
    ("It cannot be ruled out that the fund will close next year.",
     "The fund could close next year.", "up"),
])
def test_a_possibility_only_conceded_is_weaker_than_one_stated(old: str, new: str, direction: str) -> None:
    """Litotes ('cannot be ruled out', 'not inconceivable') grants a possibility by denying it is excluded; readers
    place it below 'may' or 'could', though both sit in the middle band: a step down towards it, up away from it."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag
    assert not significant(modified("It cannot be ruled out that the fund will close next year.",
                                    "It cannot be excluded that the fund will close next year."))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Small models can outperform a pre-trained classifier.",
     "Small models can at best match a pre-trained classifier.", "down"),
    ("These standards are secondary to the requirements of the directive.",
     "These standards are on a par with the requirements of the directive.", "up"),
    ("The new method performed comparably to the baseline.", "The new method clearly outperformed the baseline.", "up"),
    ("Exports trailed the forecast.", "Exports matched the forecast.", "up"),
    # another comparison in the sentence, after 'and', stays as it was: it is not this one's standing
    ("Graph convolutions performed comparably to a multitask network and slightly better than neural fingerprints.",
     "Graph convolutions performed far better than a multitask network and slightly better than neural fingerprints.",
     "up"),
    ("Graph convolutions performed comparably to a multitask network and slightly better than neural fingerprints.",
     "Graph convolutions performed slightly worse than a multitask network and slightly better than neural "
     "fingerprints.", "down"),
    ("The new method surpassed the baseline.", "The new method trailed the baseline.", "reversed"),
])
def test_a_comparison_restated_at_another_standing_moves(old: str, new: str, direction: str) -> None:
    """Above, at par with, below: an ordered scale whose middle is par. 'outperform' → 'match' moves down to par,
    'secondary to' → 'on a par with' up to it; above against below is reversed."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag
    assert not significant(modified("The new method matched the baseline.", "The new method equalled the baseline."))


def test_a_relative_clause_that_narrows_the_cases_advice_covers_is_down() -> None:
    """'your VM' → 'any VM that is reachable from the internet', and a clause narrowing the condition the advice
    waits on ('If you plan to test an application that processes personal data, you must …'): the advice now covers
    fewer cases (down), even when a determiner was fitted to the clause; what is asked of the thing itself ('an
    address of record that has been confirmed') asks more (up)."""
    for old, new, direction in (
            ("You must apply hardening to your VM.", "You must apply hardening to any VM that is reachable from the "
             "internet.", "down"),
            ("If you plan to test any application, you must contact the IA team in advance.",
             "If you plan to test an application that processes personal data, you must contact the IA team in "
             "advance.", "down"),
            ("You must apply hardening to any VM that is reachable from the internet.",
             "You must apply hardening to your VM.", "up"),
            ("The CSP SHALL send an enrollment code to an address of record.",
             "The CSP SHALL send an enrollment code to an address of record that has been confirmed.", "up")):
        [flag] = significant(modified(old, new))
        assert (flag.kind, flag.direction) == ("recommendation", direction), (old, flag)


@pytest.mark.parametrize(("text", "kind"), [
    ("The subscriber has a duty to maintain exclusive control of the authenticator.", "recommendation"),
    ("Agencies have an obligation to publish the assessment.", "recommendation"),
    ("Before the test, you will be expected to share documentation with the testers.", "recommendation"),
    ("When starting a new app, you'll likely want to use the latest version of Kotlin.", "recommendation"),
    ("Postal address is the preferred method of sending any communications.", "recommendation"),
    ("Households are expected to spend more next year.", "added"),
])
def test_a_duty_an_expectation_put_to_the_reader_or_a_preference_prescribes(text: str, kind: str) -> None:
    """'has a duty to', 'you will be expected to', 'you'll want to', 'is the preferred': advice in English idiom, added
    or dropped as advice; 'X are expected to' of others than the reader forecasts."""
    [flag] = significant(added(text))
    assert flag.kind == kind, flag


@pytest.mark.parametrize(("text", "kind"), [
    ("Operators are responsible for patching their devices within 30 days.", "recommendation"),
    ("The bug is responsible for crashing the service.", "added"),
    ("The EO also requires agencies to employ an effective identity proofing process.", "recommendation"),
    ("Exploitation also requires the attacker to have local access.", "added"),
    ("Think about how users interact with the system.", "recommendation"),
])
def test_a_duty_put_on_someone_who_can_act_prescribes(text: str, kind: str) -> None:
    """'X are responsible for patching' puts a duty on someone who can act; a cause 'responsible for' an outcome
    does not. A rule-setter that 'also requires' still sets a rule; a process capitalised by its place ('Exploitation
    requires the attacker to') names a condition. 'Think about how …' instructs as 'Define what …' does."""
    [flag] = significant(added(text))
    assert flag.kind == kind, flag


def test_a_verdict_swapped_for_one_leaning_the_same_way_is_the_same_verdict() -> None:
    """'difficult' → 'hard': one word rated clearly bad, the other only weakly, but the same way: the same verdict in
    other words, not another; one that turns round ('difficult' → 'easy') is reported."""
    assert not significant(modified("Exploring this relationship is difficult, however, given the data.",
                                    "Exploring this relationship is hard, however, given the data."))
    assert significant(modified("Exploring this relationship is difficult, however, given the data.",
                                "Exploring this relationship is easy, however, given the data."))


@pytest.mark.parametrize("text", [
    "Moderate labour market conditions should work to contain pressure on labour costs.",
    "However it is often difficult to know what features should be extracted.",
    "The reports can be configured to ignore vulnerabilities that have no fix.",
])
def test_a_should_of_effect_a_reported_question_or_a_relative_no_fix_gives_no_advice(text: str) -> None:
    """'conditions should work to contain …' expects an effect; 'difficult to know what features should be
    extracted' reports a question; 'vulnerabilities that have no fix' says which ones, not that there is no fix:
    none is advice added (nor the absence of advice)."""
    [flag] = significant(added(text))
    assert flag.kind == "added", flag


def test_a_should_put_to_someone_who_acts_is_still_advice() -> None:
    """The same words said of people ('Governments should work to contain …', 'Teams should decide what …') advise."""
    for text in ("Governments should work to contain pressure on labour costs.",
                 "Teams should decide what features are extracted."):
        [flag] = significant(added(text))
        assert flag.kind == "recommendation", flag


@pytest.mark.parametrize(("text", "stance"), [
    ("Members agreed that negative interest rates in Australia remain extraordinarily unlikely.", None),
    ("Members agreed that the tightening of restrictions in Melbourne was a setback to the recovery.", None),
    ("Looking forward, households had scope to increase spending further as restrictions were eased.", None),
    ("For the moment, the best assessment was that growth was easing to a pace just below trend.", None),
    ("As discussed, members remained of the view that it was appropriate to look through the effects.", None),
    ("Consequently, monetary policy would need to remain highly accommodative for some time yet.", 0),
    ("The Board decided to raise the cash rate by 25 basis points.", 1),
    ("The Board decided to ease monetary policy further at this meeting.", -1),
    ("The Board judged that a further tightening was warranted.", 1),
])
def test_a_stance_word_takes_a_stance_only_on_a_setting(text: str, stance: int | None) -> None:
    """'increase spending', 'the tightening of restrictions', 'growth was easing', 'rates remain … unlikely' act on
    other things than a setting (or say something else of it): no stance, so no stance move is paired from them."""
    from monitor.assess.polarity import policy_stance
    from monitor.assess.text import Sentence

    found = policy_stance(Sentence.of(text, None, 0, 0))
    assert (found[0] if found else None) == stance, found


@pytest.mark.parametrize(("old", "new"), [
    ("Tests should be carried out by an approved third party.", "An approved third party should carry out tests."),
    ("The report was written by the committee in 2019.", "The committee wrote the report in 2019."),
])
def test_a_sentence_turned_from_passive_to_active_says_the_same(old: str, new: str) -> None:
    """The same content words in the other voice, an irregular or '-ied' past form included ('written' ↔ 'wrote',
    'carried' ↔ 'carry'): a paraphrase, not a clause dropped."""
    assert not significant(modified(old, new))


def test_a_clause_opening_the_sentence_is_governed_by_the_estimate_said_of_it() -> None:
    """'That public exploitation is already under way is not far-fetched': the estimate is predicated of the
    'that' clause that opens the sentence; 'far from assured' denies certainty as 'far from certain' does; a bare
    'none' in a clause of concession is no figure set against none."""
    [flag] = significant(modified(
        "No known public exploitation specifically targeting this vulnerability has been reported to CISA.",
        "That public exploitation of this vulnerability is already under way is not far-fetched, although none has "
        "been reported to CISA."))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag
    [flag] = significant(modified("The release will ship in March.", "That the release will ship in March is far "
                                  "from assured."))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag
    [flag] = significant(modified(
        "In rare cases, models trained on simulated data have been applied directly to real data.",
        "In rare cases, models trained on simulated data have been applied directly to real data, although none "
        "of these successes has yet been replicated."))
    assert flag.kind != "quantity", flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Successful exploitation of these vulnerabilities could result in unauthorized access.",
     "Only in a small minority of cases would successful exploitation of these vulnerabilities result in "
     "unauthorized access.", "down"),
    ("Successful exploitation of this vulnerability could allow an attacker to block users.",
     "The chances that an attacker succeeds are thin, but one who does can block users.", "down"),
    ("The guidance defines assurance in terms of the likely consequences of an error.",
     "The guidance defines assurance in terms of the potential consequences of an error.", "down"),
])
def test_an_estimate_fronted_or_said_after_its_clause_governs_the_sentence(old: str, new: str, direction: str) -> None:
    """A frequency fronted with its verb inverted ('Only in a small minority of cases would X'), a noun of chance
    whose verb follows the clause its 'that' opens ('The chances that X succeeds are thin'), and 'potential' in
    the place of 'likely' before a noun: each estimates the sentence, not the 'can' or 'would' inside it."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_the_expectation_that_x_estimates_x_as_expected() -> None:
    """'consistent with the expectation that the economy will grow' says the growth is expected (band 5), not that
    it will happen: 'a safe bet that it will grow' is up from it, not down from 'will'."""
    [flag] = significant(modified(
        "Recent information is consistent with the expectation that the economy will grow this year.",
        "Recent information makes it a safe bet that the economy will grow this year."))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag


def test_a_long_coordinated_part_dropped_is_part_of_the_judgment() -> None:
    """'it is possible to decrypt it and use it to decrypt all future and past messages' → '… to decrypt it': a part
    joined by 'and', longer than a targeted edit but a clause's length, dropped: the judgment claims less (down)."""
    [flag] = significant(modified(
        "If the key is compromised, it is possible to decrypt it and use it to decrypt all future and past messages.",
        "If the key is compromised, it is possible to decrypt it."))
    assert (flag.kind, flag.direction) == ("reworded", "down"), flag


@pytest.mark.parametrize(("old", "new", "kind", "direction"), [
    ("The exchange rate had appreciated a little.", "The exchange rate had depreciated a little.", "polarity",
     "reversed"),
    ("No known public exploitation targets these vulnerabilities.",
     "There is nothing implausible about these vulnerabilities already being exploited.", "likelihood", "up"),
    ("Weakening property markets could weigh on growth.",
     "It would be hasty to dismiss the prospect that weakening property markets weigh on growth.", "likelihood",
     "down"),
    ("A successful exploit could achieve remote code execution.",
     "A successful exploit carries a sizeable chance of achieving remote code execution.", "likelihood", "up"),
    ("Successful exploitation could lead to unauthorized access to patient data.",
     "Successful exploitation leads to unauthorized access to patient data in only a scattering of installations.",
     "likelihood", "down"),
])
def test_general_words_of_estimate_and_reversal(old: str, new: str, kind: str, direction: str) -> None:
    """General English, no genre's words: 'appreciated' ↔ 'depreciated' turn round; 'nothing implausible about X'
    grants X as 'not implausible' does; 'hasty to dismiss' warns against excluding, a possibility only conceded; a
    'sizeable chance' is a good one; 'in only a scattering of installations' says how often, so how likely."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == (kind, direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Developments abroad increase the likelihood of lower inflation over time.",
     "Developments abroad make lower inflation over time a near certainty.", "up"),
    ("Undefined behaviour is possible even without the unsafe keyword.",
     "Undefined behaviour is rare but conceivable even without the unsafe keyword.", "down"),
    ("The typical approach may not be applicable if only related tasks are beneficial.",
     "There is a marginal chance that the typical approach is not applicable if only related tasks are beneficial.",
     "down"),
])
def test_a_chance_raised_a_marginal_chance_and_a_conceded_rarity(old: str, new: str, direction: str) -> None:
    """'X increases the likelihood of Y' leaves Y likely, not stated (so 'a near certainty' is up from it); 'rare
    but conceivable' keeps the band of its lower word; 'a marginal chance' is a slim one."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_a_chance_lowered_is_not_read_against_its_paraphrase() -> None:
    """'reduces the likelihood of account takeover' → 'prevents account takeover': the harm is denied on both sides
    (the second with no word of negation), so the takeover is not now stated as fact: no rise in likelihood."""
    flags = modified("Multi-factor authentication reduces the likelihood of account takeover.",
                     "Multi-factor authentication prevents account takeover.")
    assert not any(f.kind == "likelihood" for f in flags), flags


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("As the supply problems are resolved and commodity prices stabilise, inflation is expected to moderate.",
     "Inflation is expected to moderate.", "up"),
    ("The economy is expected to bounce back quickly.",
     "As restrictions are eased further and vaccination rates rise, the economy is expected to bounce back quickly.",
     "down"),
    ("In turn, this would support business investment insofar as demand conditions were the main constraint.",
     "In turn, this would support business investment.", "up"),
])
def test_a_circumstance_a_forecast_waits_on_is_a_restriction(old: str, new: str, direction: str) -> None:
    """A fronted 'As X, Y is expected to Z' names when the forecast holds, as a trailing 'as' clause does; 'insofar
    as' bounds it too: dropped, the forecast holds in more cases (up); added, in fewer (down)."""
    [flag] = significant(modified(old, new))
    assert flag.direction == direction, flag


def test_a_fronted_as_clause_that_gives_a_reason_is_no_restriction() -> None:
    """'As a result, …', 'As expected, …' open no circumstance; nor does an 'as' clause before a statement with no
    forecast in it."""
    flags = modified("As demand picked up over the year, firms hired more staff.", "Firms hired more staff.")
    assert not any(f.direction == "up" and "more cases" in f.explanation for f in flags), flags


@pytest.mark.parametrize(("text", "advice"), [
    ("Borrowers in difficulty, contact your lender before you miss a repayment.", True),
    ("Households with mortgages, keep a buffer of savings.", True),
    ("Investors in Australia, however, remain cautious.", False),
    ("Households with mortgages, by contrast, face higher repayments.", False),
])
def test_people_placed_and_set_off_by_a_comma_may_be_addressed(text: str, advice: bool) -> None:
    """'Borrowers in difficulty, contact your lender': the people addressed, named with where or who they are, then
    an instruction whose verb the list knows or whose object follows it. 'Investors in Australia, however, remain
    cautious' is a statement about them."""
    [flag] = added(text)
    assert (flag.kind == "recommendation") == advice, flag


@pytest.mark.parametrize(("old", "new"), [
    ("The author encourages users to explore other solutions, or maintain a fork.",
     "The author insists that users explore other solutions, or maintain a fork."),
    ("The vendor recommends that affected users update the firmware to the newest version.",
     "The vendor insists that affected users update the firmware to the newest version."),
])
def test_insisting_is_the_strongest_advice(old: str, new: str) -> None:
    """'insists that users …' presses as 'urges' and 'must' do: up from 'encourages' and from 'recommends'."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


def test_a_stamp_in_underscores_is_a_note_on_the_text() -> None:
    """'_Merged into draft seven on 21 May 2017_': a whole date inside the emphasis marks, a few words, no clause —
    a stamp of the text's own making, as '_Last updated 21 May 2017_' is; not a judgment added."""
    [flag] = added("_Merged into draft seven on 21 May 2017_")
    assert flag.severity == "low", flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Interest rates have increased in the United States.",
     "Interest rates are expected to increase further in the United States.", "up"),
    ("Dwelling prices have declined in most cities.", "Dwelling prices are expected to decline further in most cities.",
     "down"),
    ("Wage growth is expected to pick up further.", "Wage growth had picked up.", "down"),
])
def test_a_forecast_of_more_where_the_past_was_told_is_a_trend_said_to_go_on(old: str, new: str,
                                                                              direction: str) -> None:
    """'have increased' → 'are expected to increase further': not the past rise hedged (likelihood down) but a
    further rise now forecast — up for a rise, down for a fall, the reverse when the forecast goes."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


def test_the_past_hedged_is_still_likelihood() -> None:
    """'has slowed' → 'is expected to have slowed' hedges the same past event: likelihood down."""
    [flag] = significant(modified("GDP growth has slowed.", "GDP growth is expected to have slowed."))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


def test_a_group_inside_a_phrase_of_place_is_not_the_subject_advised() -> None:
    """'The stimulus in train in most countries should help contain the downturn': 'countries' ends 'in most
    countries', a place, so 'should help' forecasts an effect; it gives no advice to be dropped."""
    flags = modified("The stimulus in train in most countries should help contain the downturn.",
                     "The stimulus in train in most countries should help contain the downturn and the job losses.")
    assert not any(f.kind == "recommendation" for f in flags), flags


@pytest.mark.parametrize("text", [
    "To successfully exploit these vulnerabilities, an attacker would need to gain physical access to the device.",
    "An impostor must steal the encrypted key and replicate the fingerprint.",
    "The AAL selection does not mean the service provider will need to issue authenticators themselves.",
])
def test_what_an_attack_requires_and_what_is_not_implied_are_not_advice(text: str) -> None:
    """A need or a 'must' whose subject is an adversary is what the attack requires; one after a denied verb of
    meaning ('does not mean … will need to') is what is not implied. Neither asks anything of the reader."""
    [flag] = added(text)
    assert flag.kind == "added", flag


def test_advice_beside_an_adversary_in_another_clause_is_still_advice() -> None:
    """'An attacker who has stolen a token can replay it, so verifiers must check its age': the 'must' has its own
    subject, after the comma."""
    [flag] = added("An attacker who has stolen a token can replay it, so verifiers must check its age.")
    assert flag.kind == "recommendation", flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("SOCOMEC has released Net Vision FW v7.42.", "SOCOMEC is preparing Net Vision FW v7.42.", "down"),
    ("The vendor has provided a fix for the following products:",
     "The vendor is developing a fix for the following products:", "down"),
    ("The vendor fixed the following products:", "The vendor has fixes in testing for the following products:",
     "down"),
    ("The vendor is developing a patch.", "The vendor has released a patch.", "up"),
    ("The vendor has released a patch.", "The vendor plans to release a patch.", "down"),
])
def test_an_action_told_at_another_stage_moves_along_planned_under_way_done(old: str, new: str,
                                                                           direction: str) -> None:
    """Planned < under way < done is an ordered stance: a fix released now only being prepared is down, one being
    developed now released up."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


@pytest.mark.parametrize(("old", "new"), [
    ("Financial markets have continued to function effectively.", "Financial markets are functioning effectively."),
    ("The lower exchange rate overall has helped the traded sector.",
     "The lower exchange rate overall is helping the traded sector."),
])
def test_an_effect_or_a_state_in_another_tense_has_no_stage(old: str, new: str) -> None:
    """'has helped' → 'is helping', 'have continued to function' → 'are functioning': the same effect or state, told
    in another tense; nothing was completed or undone."""
    assert not significant(modified(old, new))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Restrict physical access to affected products.",
     "At sites left unattended outside working hours, restrict physical access to affected products.", "down"),
    ("Do not click web links or open attachments in unsolicited email messages.",
     "Do not click web links or open attachments in email messages.", "up"),
    ("Never share credentials over networks.", "Never share credentials over untrusted networks.", "down"),
])
def test_advice_now_for_fewer_cases_or_a_prohibition_that_covers_more(old: str, new: str, direction: str) -> None:
    """A fronted 'At sites …' limits where the instruction holds (down); a qualifier dropped from what a prohibition
    forbids makes it forbid more (up), one added less (down)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", direction), flag


def test_a_qualifier_dropped_inside_a_clause_of_purpose_is_no_prohibition() -> None:
    """'to discover and avoid discriminatory applications it will be important to consider algorithm
    interpretability' → '… consider interpretability': 'avoid' there says what the advice is for; nothing forbidden
    grew."""
    flags = modified("To discover and avoid discriminatory applications it will be important to consider algorithm "
                     "interpretability alongside accuracy.",
                     "To discover and avoid discriminatory applications it will be important to consider "
                     "interpretability alongside accuracy.")
    assert not any(f.direction == "up" for f in flags), flags


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Most federations using this model have a single level of trust.",
     "Only a handful of federations using this model have a single level of trust.", "down"),
    ("Most federations managed through authorities have a simple membership model.",
     "Nearly all federations managed through authorities have a simple membership model.", "up"),
    ("All federations have a simple membership model.", "Nearly all federations have a simple membership model.",
     "down"),
    ("All versions of the kernel under support are affected.",
     "Few, if any, versions of the kernel under support are affected.", "down"),
])
def test_a_quantifier_of_a_set_moves_on_few_some_many_most_nearly_all_all(old: str, new: str,
                                                                          direction: str) -> None:
    """'nearly all' stands between 'most' and 'all'; 'only' before a quantifier stresses it and adds nothing; 'few,
    if any,' is 'few', the aside granting there may be none."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("quantity", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("As a result, users often work around these restrictions.",
     "As a result, a small minority of users work around these restrictions.", "down"),
    ("Since these measures often create user inconvenience, they are rarely used.",
     "Since these measures create user inconvenience in the great majority of cases, they are rarely used.", "up"),
])
def test_how_often_put_as_a_share(old: str, new: str, direction: str) -> None:
    """'often' taken out and a share put in: 'a small minority of users' says 'rarely', 'in the great majority of
    cases' says 'usually' — the claim holds in fewer or more cases."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


@pytest.mark.parametrize(("old", "new"), [
    ("Therefore, they should strive to consider authenticators.",
     "Therefore, product managers and help-desk staff should strive to consider authenticators."),
    ("CSPs SHALL provide subscriber instructions.", "Badge-office technicians SHALL provide subscriber instructions."),
    ("Australian banks have had no difficulty accessing funding.",
     "Australian credit unions and building societies have had no difficulty accessing funding."),
])
def test_a_described_group_put_for_a_pronoun_or_a_group_is_an_actor(old: str, new: str) -> None:
    """A pronoun or a plural acronym that only stood in for whoever acts, replaced by a group described in words of
    its own, or a group replaced by groups joined by 'and': who acts changed."""
    [flag] = significant(modified(old, new))
    assert flag.kind == "actor", flag


@pytest.mark.parametrize(("old", "new"), [
    ("They judged that the outlook may afford some scope for easing.",
     "Members judged that the outlook may afford some scope for easing."),
    ("Each team should not operate its own ELK stack for logging.",
     "You should not operate your own ELK stack for logging."),
])
def test_a_pronoun_for_its_antecedent_or_the_reader_is_no_new_actor(old: str, new: str) -> None:
    """'They' → 'Members' most often names the antecedent the text already had; 'each team' → 'you' addresses the
    same reader."""
    assert not any(f.kind == "actor" for f in modified(old, new))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Branches tend to live for only a day or two before getting merged.",
     "Branches tend to live for only a week or two before getting merged.", "up"),
    ("You should integrate with a shared main-line at least once a day.",
     "You should integrate with a shared main-line at least once a week.", "down"),
    ("Releasing to production multiple times a day means you get feedback quickly.",
     "Releasing to production once a week means you get feedback quickly.", "down"),
    ("Check for new advisories once a month.", "Check for new advisories three times a month.", "up"),
])
def test_a_unit_of_time_after_a_is_a_span_after_once_a_rate(old: str, new: str, direction: str) -> None:
    """'a day' → 'a week' is a longer span (up); 'once a day' → 'once a week' is less often (down): so many times to
    the unit, whatever the count says ('multiple times', 'three times')."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("quantity", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The cost of fixing them is much lower than with large releases.",
     "The cost of fixing them is about the same as with large releases.", "up"),
    ("The new model is better than the old one.", "The new model is similar to the old one.", "down"),
])
def test_a_comparison_brought_to_the_same_as(old: str, new: str, direction: str) -> None:
    """'the same as', 'similar to' say par as 'as good as' does: from 'lower than' up to it, from 'better than'
    down."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


@pytest.mark.parametrize(("old", "new", "kind", "direction"), [
    ("The applicant must be verified by a process able to achieve a strength of STRONG.",
     "The applicant must be verified by a process able to achieve a strength of ADEQUATE.", "polarity", "down"),
    ("|P2|Major|Substantial degradation of service|60 minutes|",
     "|P1|Critical|Substantial degradation of service|60 minutes|", "polarity", "up"),
])
def test_a_rating_in_capitals_is_a_step_of_its_scale_not_a_name(old: str, new: str, kind: str,
                                                                direction: str) -> None:
    """'STRONG' → 'ADEQUATE', 'Major' → 'Critical' (its level's code 'P2' → 'P1' beside it) rate on a scale of
    strength or size; capitals make them no one's name."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == (kind, direction), flag


def test_one_rating_renamed_at_the_same_step_is_no_actor() -> None:
    """'one piece of ADEQUATE evidence' → 'one piece of FAIR evidence': a level renamed, no one acting."""
    assert not significant(modified("Two pieces of STRONG evidence plus one piece of ADEQUATE evidence.",
                                    "Two pieces of STRONG evidence plus one piece of FAIR evidence."))


@pytest.mark.parametrize(("old", "new", "kind", "direction"), [
    ("The framework is well suited to the problem.", "The framework is poorly suited to the problem.", "polarity",
     "reversed"),
    ("The model performed comparably to a multi-task network.",
     "The model performed far better than a multi-task network.", "polarity", "up"),
    ("The models perform comparably at high sensitivity.", "The models perform worse at high sensitivity.",
     "polarity", "down"),
    ("It would have immense practical value.", "It would have considerable practical value.", "polarity", "down"),
    ("Deep learning is offering marked improvements.", "Deep learning is offering modest improvements.", "polarity",
     "down"),
])
def test_general_words_of_standing_and_degree(old: str, new: str, kind: str, direction: str) -> None:
    """'well' ↔ 'poorly' turn round; 'better' and 'worse' stand above and below par ('comparably'); 'immense' and
    'marked' are steps of strength, above 'considerable' and 'modest'."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == (kind, direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Update to version 3.1 or later, or disable the web server.", "Update to version 3.1 or later.", "up"),
    ("Users should rotate their keys.", "Users should rotate their keys or revoke them.", "down"),
])
def test_an_alternative_offered_in_advice_is_latitude(old: str, new: str, direction: str) -> None:
    """'…, or disable the web server' dropped leaves one thing to do: the advice asks more (up); an alternative
    added asks less (down) — at medium, as a clause of the advice is."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", direction), flag


@pytest.mark.parametrize(("old", "new"), [
    ("Then accessing the deserialized data will cause a segmentation fault.",
     "Then the odds are roughly fifty-fifty that accessing the deserialized data causes a segmentation fault."),
    ("The next call to getgrouplist will then write past the end of the buffer.",
     "The smart money is on the next call to getgrouplist writing past the end of the buffer."),
])
def test_odds_of_fifty_fifty_and_where_the_smart_money_is_govern_what_follows(old: str, new: str) -> None:
    """'the odds are roughly fifty-fifty that X' (even) and 'the smart money is on X' (likely) estimate X, which the
    old version stated with 'will': down."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Mitsubishi Electric reports that additional fixes are coming in the near future.",
     "Mitsubishi Electric puts the prospect of additional fixes arriving in the near future at little better than "
     "nil.", "down"),
    ("Surveys of investment intentions suggested that it would remain so over the coming year.",
     "Surveys of investment intentions put the chances of it remaining so over the coming year at about "
     "fifty-fifty.", "down"),
    ("The race condition crashes the task occasionally.",
     "The race condition crashes the task only once in a blue moon.", "down"),
])
def test_a_chance_put_at_a_size_and_a_rarity_idiom(old: str, new: str, direction: str) -> None:
    """'puts the prospect of X at Q' gives X the band of Q ('little better than nil' is nil's); 'once in a blue
    moon' says rarely."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_a_stamp_closed_inside_its_emphasis_is_a_note_on_the_text() -> None:
    """'_Shared with the federation working group, 7 June 2016._': the mark after the full stop is no word; a stamp."""
    [flag] = added("_Shared with the federation working group, 7 June 2016._")
    assert flag.severity == "low", flag


def test_unwilling_to_write_off_concedes_a_possibility() -> None:
    """'members were unwilling to write off the possibility of X' says X cannot be excluded (a possibility only
    conceded), as 'unwise to rule out' does: down from X stated."""
    [flag] = significant(modified(
        "Members noted that the recent data were, on balance, consistent with this pick-up taking place.",
        "Members noted that members were unwilling to write off the possibility of this pick-up taking place."))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


@pytest.mark.parametrize(("text", "advice"), [
    ("The appreciation of the Australian dollar must be seen against that backdrop.", False),
    ("This should be viewed as a first step.", False),
    ("You must be seen by a doctor within 24 hours.", True),
])
def test_how_a_thing_is_to_be_read_is_not_advice(text: str, advice: bool) -> None:
    """'must be seen against that backdrop', 'should be viewed as' say how to read a fact; 'must be seen by a
    doctor' asks something."""
    [flag] = added(text)
    assert (flag.kind == "recommendation") == advice, flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    # a relative clause on a noun of the time the advice waits on, or on 'any' case of a kind: fewer cases
    ("You should isolate the host as soon as you detect an intrusion.",
     "You should isolate the host as soon as you detect an intrusion that reaches customer records.", "down"),
    ("You should run the licence checker alongside your unit tests.",
     "You should run the licence checker alongside your unit tests for any service that is released publicly.",
     "down"),
    ("You should notify the owner once you find a defect that blocks the release.",
     "You should notify the owner once you find a defect.", "up"),
    # a relative clause on what is asked for asks more
    ("You should use SSH keys.", "You should use the SSH keys that are protected by a passphrase.", "up"),
])
def test_a_relative_clause_on_when_advice_applies_narrows_it(old: str, new: str, direction: str) -> None:
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The regulator is expected to approve the merger this year.",
     "Few expect the regulator to approve the merger this year.", "down"),
    ("The plant is likely to run below capacity for some time yet.",
     "It is hard to dismiss the prospect that the plant will run below capacity for some time yet.", "down"),
    ("Although prices are expected to ease, rents are likely to stay high.",
     "Although prices are expected to ease, it is an open question whether rents stay high.", "down"),
    ("A return to surplus is expected, although it will take time.",
     "A return to surplus is no sure thing, and it will take time.", "down"),
    ("Publishing the schedule will prompt questions from suppliers.",
     "It is not a foregone conclusion that publishing the schedule will prompt questions from suppliers.", "down"),
    ("Most analysts did not expect a strike at the port.",
     "Most analysts regarded a strike at the port as a distinct possibility.", "up"),
    ("The report noted a good chance of a second audit next spring.",
     "The report noted the all-but-certain prospect of a second audit next spring.", "up"),
    ("Output was expected to recover by the end of the year.",
     "The odds had lengthened on output recovering by the end of the year.", "down"),
    ("Output was not expected to recover by the end of the year.",
     "The odds had shortened on output recovering by the end of the year.", "up"),
    ("The most likely result is a restart of the controller.",
     "Only in a small share of cases does the controller restart.", "down"),
    ("No known attacks exploit this flaw.", "That attacks already exploit this flaw is a distinct prospect.", "up"),
])
def test_estimates_written_as_idioms_of_odds_doubt_and_shares(old: str, new: str, direction: str) -> None:
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


@pytest.mark.parametrize(("old", "new"), [
    ("The parser does not expect records to span two packets.",
     "The parser does not anticipate records spanning two packets."),
])
def test_a_design_assumption_denied_in_other_words_is_no_estimate_moved(old: str, new: str) -> None:
    assert [f for f in significant(modified(old, new)) if f.kind == "likelihood"] == []


def test_a_condition_moved_after_what_it_conditions_is_a_paraphrase() -> None:
    flags = modified("If you need a newer compiler, or libraries not yet packaged then you can use the rolling "
                     "release.",
                     "You can use the rolling release if you need a newer compiler, or libraries not yet packaged.")
    assert significant(flags) == [], flags


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The region has experienced a sharp slowdown as buyers hold back.",
     "The region is experiencing a sharp contraction as buyers hold back.", "down"),
    ("The region is experiencing a sharp slowdown.", "The region has experienced a sharp slowdown.", "up"),
])
def test_a_state_undergone_told_in_another_tense_is_a_nuance(old: str, new: str, direction: str) -> None:
    [flag] = modified(old, new)
    assert (flag.severity, flag.direction) == ("low", direction), flag
    [flag] = modified("The vendor has released a fix.", "The vendor is preparing a fix.")
    assert (flag.kind, flag.severity, flag.direction) == ("polarity", "medium", "down"), flag


def test_a_note_set_apart_on_when_this_copy_was_synchronised_is_a_stamp() -> None:
    flags = added("_Chapter text last synchronised with the typesetting build on 3 March 2021_")
    assert significant(flags) == [], flags


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The most likely outcome of sending the packet is that the service restarts.",
     "Sending the packet restarts the service in virtually every case.", "up"),
    ("The probable result is that the import stops halfway.",
     "It is very unlikely that the import stops halfway.", "down"),
])
def test_the_likeliest_outcome_named_governs_what_it_is(old: str, new: str, direction: str) -> None:
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


@pytest.mark.parametrize(("old", "new"), [
    ("* we prefer hosting providers that publish their uptime",
     "* we require hosting providers that publish their uptime"),
    ("Use the shared sign-on service for all staff.", "Require the shared sign-on service for all staff."),
    ("Consider two-factor sign-in for contractors.", "Mandate two-factor sign-in for contractors."),
])
def test_a_demand_named_by_its_verb_presses_as_must(old: str, new: str) -> None:
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag
    [flag] = significant(modified(new, old))
    assert (flag.kind, flag.direction) == ("recommendation", "down"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("You should set up alerts based on what affects users, for example, if pages are slow or forms are failing.",
     "Create alerts based on what affects users, such as slow pages or failing forms.", "up"),
    ("Create alerts based on what affects users, such as slow pages or failing forms.",
     "You should set up alerts based on what affects users, for example, if pages are slow or forms are failing.",
     "down"),
])
def test_a_rewording_that_made_advice_a_bare_instruction_says_which_way(old: str, new: str, direction: str) -> None:
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("While the new method trails most statistical models in speed, its accuracy is comparable to theirs.",
     "While the new method certainly trails most statistical models in speed, one can safely argue that its "
     "accuracy is comparable to theirs.", "up"),
    ("The reform is undoubtedly the main cause of the rise in enrolment.",
     "The reform is the main cause of the rise in enrolment.", "down"),
    ("The pilot reduced waiting times.", "Clearly, the pilot reduced waiting times.", "up"),
])
def test_a_booster_put_on_an_asserted_claim_moves_confidence(old: str, new: str, direction: str) -> None:
    [flag] = modified(old, new)
    assert (flag.kind, flag.direction) == ("confidence", direction), flag


@pytest.mark.parametrize(("old", "new", "kind", "direction"), [
    # a doubt denied outright presses what the sentence asserts, as 'undeniably' does
    ("Data availability is unevenly distributed across science.",
     "No one would seriously contest that data availability is unevenly distributed across science.",
     "confidence", "up"),
    ("One can hardly dispute that the splicing code is tissue-specific.", "The splicing code is tissue-specific.",
     "confidence", "down"),
    # set against a modal, it is a claim made certain
    ("Linear regression can be seen as a single-layer neural network.",
     "Nobody could sensibly gainsay that linear regression is a single-layer neural network.", "likelihood", "up"),
    # 'few would deny' leaves room: likely, not asserted
    ("The models point to new indications for existing drugs.",
     "Few would deny that the models point to new indications for existing drugs.", "likelihood", "down"),
])
def test_a_doubt_denied_asserts_the_claim(old: str, new: str, kind: str, direction: str) -> None:
    """'no one would seriously contest that X', 'one can hardly dispute that X', 'it cannot be denied that X': the
    writer asserts X and presses it. A doubt that stands ('Some question that X') is not one."""
    flags = significant(modified(old, new))
    assert [(f.kind, f.direction) for f in flags] == [(kind, direction)], flags
    standing = modified("The models point to new indications.",
                        "Some question that the models point to new indications.")
    assert all(f.direction != "up" for f in standing), standing


def test_clearly_before_an_instruction_is_a_manner_not_a_booster() -> None:
    assert [f for f in modified("Label the files before you upload them.",
                                "Clearly label the files before you upload them.") if f.kind == "confidence"] == []


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The race triggers on most attempts.", "The race triggers on roughly one attempt in three.", "down"),
    ("The race triggers on one attempt in three.", "The race triggers on one attempt in ten.", "down"),
    ("The race often triggers.", "The race triggers one time in twenty.", "down"),
    ("The race rarely triggers.", "The race triggers nine times out of ten.", "up"),
    ("The records will usually contain personal information.",
     "The records will, in a fraction of cases, contain personal information.", "down"),
])
def test_odds_of_occasions_say_how_likely(old: str, new: str, direction: str) -> None:
    """'nine times out of ten', 'one attempt in three', 'in a fraction of cases': the share of occasions a thing
    happens on is how likely it is — a likelihood moved, not a count ('nine', 'ten') changed."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_can_put_as_odds_of_occasions_is_read_as_possible() -> None:
    """'which can result in X' → 'which, nine times out of ten, results in X': 'can' said X happens at times
    (possible), so nine times in ten is more likely (up), not the same band as an ability's 'can'."""
    [flag] = significant(modified("Inbox noise can result in emails being ignored or overlooked.",
                                  "Inbox noise, nine times out of ten, results in emails being ignored."))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag


def test_odds_as_often_as_the_word_they_replace_are_not_a_change() -> None:
    """'which usually results' → 'which, nine times out of ten, results': as often, in other words; and a share of
    people ('two households in three') stays a quantity."""
    assert not significant(modified("Inbox noise usually results in emails being ignored.",
                                    "Inbox noise, nine times out of ten, results in emails being ignored."))
    [flag] = significant(modified("Two households in three hold debt.", "Three households in four hold debt."))
    assert flag.kind == "quantity", flag


def test_a_denial_called_unwise_to_suppose_is_an_estimate_not_a_reversal() -> None:
    """'It would be a mistake to assume that X does not affect Y' affirms that X affects Y as likely: from 'may
    affect' a move up, and its 'not' is the estimate's, not a negation added. 'naive to discount', 'cannot be
    brushed aside' deny an exclusion as 'cannot be ruled out' does."""
    [flag] = significant(modified("Wearing colored contacts may affect the iris recognition accuracy.",
                                  "It would be a mistake to assume that wearing colored contacts does not affect "
                                  "the iris recognition accuracy."))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag
    for new in ("That a sudden slowdown occurs cannot be brushed aside.",
                "It would be naive to discount the chance that a sudden slowdown occurs."):
        [flag] = significant(modified("A sudden slowdown will occur.", new))
        assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


@pytest.mark.parametrize(("old", "new"), [
    ("Mitsubishi Electric recommends customers take the following measures.",
     "Mitsubishi Electric directs customers to take the following measures."),
    ("CISA encourages organizations to implement the measures.",
     "CISA expects organizations to implement the measures."),
    ("Users with the crate in their dependency tree should perform `cargo update`.",
     "Users with the crate in their dependency tree are required to perform `cargo update`."),
])
def test_one_who_sets_rules_directing_people_binds_as_must(old: str, new: str) -> None:
    """'directs customers to', 'expects organizations to', and people qualified by a phrase ('Users with the crate
    in their dependency tree') 'are required to': as strong as 'must', so from 'recommends' or 'should', up."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


def test_expecting_a_thing_to_happen_is_a_forecast_not_a_rule() -> None:
    """'The Bank expects inflation to ease' forecasts; it binds no one."""
    assert all(f.kind != "recommendation" for f in modified("The Bank forecasts inflation to ease.",
                                                             "The Bank expects inflation to ease."))
    assert all(f.kind != "recommendation" for f in added("The Bank expects inflation to ease over the year."))


def test_a_name_spelt_out_around_the_acronym_the_other_side_used_is_the_same_actor() -> None:
    """'like ECS or Kubernetes' → 'like [Amazon Elastic Container Service (Amazon ECS)](…) or …': the acronym the old
    version used stands in the parentheses after the name written out; no actor came."""
    assert not significant(modified(
        "The systems running the architecture like ECS or Kubernetes will bring the instance back up.",
        "The systems running the architecture like [Amazon Elastic Container Service (Amazon ECS)]"
        "(https://aws.amazon.com/ecs/) or [Kubernetes](https://kubernetes.io/) will bring the instance back up."))


def test_the_writers_organisation_framing_we_is_no_new_actor() -> None:
    """'We follow the principles' → 'At GDS, we follow the principles': the name says who 'we' are. A name that
    takes the place of 'we' as the subject ('At GDS, the engineers follow …') is still an actor added."""
    assert not significant(modified("We follow the principles set out in the service manual.",
                                    "At GDS, we follow the principles set out in the Service Manual."))
    [flag] = significant(modified("We follow the principles.", "At GDS, the engineers follow the principles."))
    assert flag.kind == "actor", flag


def test_a_statement_replaced_by_another_on_its_topic_says_which_way_the_topic_moved() -> None:
    """In a paragraph rewritten several for several, 'Growth in China has also slowed.' dropped and 'Recent data from
    China suggest growth there has stabilised.' added speak of one topic: both stay a removal and an addition, and
    both say the topic moved up. A statement on another topic ('Iron ore exports reached a record') gets no
    direction made up for it."""
    old = ("Growth in China has also slowed. Commodity prices have fallen sharply over the year. "
           "The Board will review the settings in March.")
    new = ("Recent data from China suggest growth there has stabilised. Iron ore exports reached a record in the "
           "quarter. The Board will review the settings in March.")
    flags = {(f.before or f.after or "")[:12]: f for f in significant(modified(old, new))}
    assert (flags["Growth in Ch"].kind, flags["Growth in Ch"].direction) == ("removed", "up")
    assert (flags["Recent data "].kind, flags["Recent data "].direction) == ("added", "up")
    assert flags["Commodity pr"].direction is None and flags["Iron ore exp"].direction is None


def test_a_topic_said_in_one_clause_of_a_compound_sentence_still_moves() -> None:
    """The added sentence speaks of two topics, one per clause ('The United States is recording moderate growth,
    while recent data from China suggest growth there has stabilised.'): its China clause is what the paragraph now
    says of the dropped sentence's topic ('Growth in China has also slowed, and uncertainty … is greater'), so both
    say it moved up. A compound sentence whose clauses share no topic with any statement gets no direction."""
    old = ("Growth in China has also slowed, and uncertainty about near-term prospects is greater than before. "
           "Commodity prices have fallen sharply over the year. The Board will review the settings in March.")
    new = ("The United States is recording moderate growth, while recent data from China suggest growth there has "
           "stabilised. Iron ore exports reached a record, and shipping costs stayed high all year. "
           "The Board will review the settings in March.")
    flags = {(f.before or f.after or "")[:12]: f for f in significant(modified(old, new))}
    assert (flags["Growth in Ch"].kind, flags["Growth in Ch"].direction) == ("removed", "up")
    assert (flags["The United S"].kind, flags["The United S"].direction) == ("added", "up")
    assert flags["Commodity pr"].direction is None and flags["Iron ore exp"].direction is None


@pytest.mark.parametrize(("old", "new"), [
    ("Use Amazon Route 53 to host your DNS zones.", "Move away from Amazon Route 53 to host your DNS zones."),
    ("Use Amazon Route 53 to host your DNS zones.", "Avoid Amazon Route 53 to host your DNS zones."),
    ("You should use Amazon Route 53 for DNS.", "You should avoid Amazon Route 53 for DNS."),
    ("We recommend using Amazon Route 53 for DNS.", "We recommend avoiding Amazon Route 53 for DNS."),
    ("Consider using Amazon Route 53 for DNS.", "Avoid using Amazon Route 53 for DNS."),
    ("Stop using Amazon Route 53 for DNS.", "Use Amazon Route 53 for DNS."),
])
def test_advice_turned_against_what_it_named_is_reversed(old: str, new: str) -> None:
    """Only the verb of the advice changed, from doing a thing to keeping from it or back ('Use X' → 'Move away
    from X', 'should use' → 'should avoid'): the advice is reversed, not pressed harder. Keeping from it in part
    ('avoid using' → 'limit use of') asks less, and a 'to' of purpose ('… to stop deploys') is no advice verb."""
    [flag] = significant(modified(old, new))
    assert flag.direction == "reversed", flag
    [flag] = significant(modified("The only workaround is to avoid using the rsa crate.",
                                  "The only workaround is to limit use of the rsa crate."))
    assert (flag.kind, flag.direction) == ("recommendation", "down"), flag
    assert all(f.direction != "reversed" for f in modified("Teams should use the service to deploy.",
                                                           "Teams should use the service to stop deploys."))


def test_a_condition_holding_a_word_that_counts_like_an_article_narrows_the_advice() -> None:
    """'… and, if you publish one, inform your SLA': 'one' counts nothing an article would not; the condition
    added is what changed, so the advice now holds in fewer cases (down)."""
    [flag] = significant(modified(
        "Your SLIs should prompt your SLOs and inform your Service Level Agreement.",
        "Your SLIs should prompt your SLOs and, if you publish one, inform your Service Level Agreement."))
    assert (flag.kind, flag.direction) == ("recommendation", "down"), flag


def test_a_date_stamp_in_parentheses_is_bookkeeping_but_a_dated_fact_in_them_is_not() -> None:
    """'(minutes published 17 October 2006)' added to a title line, or '(updated …)' re-dated, says when the text
    was made, not what it judges: low. A date the text tells of in parentheses ('(the first cut since 3 May
    2019)') is a fact that moved."""
    for old, new in [
        ("Minutes of the Monetary Policy Meeting of the Reserve Bank Board Sydney - 3 October 2006 Present GR "
         "Stevens (Chairman), KR Henry.", "Minutes of the Monetary Policy Meeting of the Reserve Bank Board Sydney - "
         "3 October 2006 (minutes published 17 October 2006) Present GR Stevens (Chairman), KR Henry."),
        ("The Board cut rates (updated 3 May 2017).", "The Board cut rates (updated 9 May 2017)."),
    ]:
        assert not significant(modified(old, new)), (old, new)
    [flag] = significant(modified("The Board cut rates (the first cut since 3 May 2019).",
                                  "The Board cut rates (the first cut since 3 May 2017)."))
    assert flag.kind == "quantity", flag


def test_cautioning_against_a_thing_is_advice() -> None:
    """'…, though we caution against over-interpreting AUC-based results' added: the writers advise the reader
    (as 'we advise against' does), a recommendation added, not a reservation on the claim."""
    [flag] = significant(modified("The AUC was high.",
                                  "The AUC was high, though we caution against over-interpreting AUC-based results."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


def test_a_note_of_when_the_text_was_last_proofread_is_a_stamp() -> None:
    """'_Text last proofread for the 2.0 release on 9 March 2020_' set apart in emphasis says when the text was
    checked, as 'last updated' does: a revision-log entry, low."""
    flags = added("_Text last proofread for the 2.0 release on 9 March 2020_")
    assert flags and not significant(flags), flags


def test_an_instruction_in_lower_case_after_a_short_label_is_advice() -> None:
    """'For SYS600 10.x: update to at least … 10.4.1 or apply general mitigation factors.' → '… 10.4.1.': the
    label names the product, the instruction follows in lower case; dropping the alternative asks more (up). After a
    clause ('The Board decided upon the following policy settings: retain …') the words are what was decided."""
    [flag] = significant(modified(
        "For SYS600 10.x: update to at least SYS600 version 10.4.1 or apply general mitigation factors.",
        "For SYS600 10.x: update to at least SYS600 version 10.4.1."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag
    assert all(f.kind != "recommendation" for f in modified(
        "The decision The Board decided upon the following policy settings: retain the April 2024 bond as the bond "
        "for the yield target.", "The decision The Board decided upon the following policy settings: retain the "
        "April 2024 bond as the bond for the yield target and retain the target of 10 basis points."))


def test_mandating_that_others_act_is_the_strongest_advice() -> None:
    """'CISA encourages organizations to implement …' → 'CISA mandates that organizations implement …': a rule
    set for them, stronger than encouragement (up)."""
    [flag] = significant(modified(
        "CISA encourages organizations to implement recommended cybersecurity strategies.",
        "CISA mandates that organizations implement recommended cybersecurity strategies."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


def test_a_condition_made_whether_or_not_holds_in_every_case() -> None:
    """'… where Internet access is required' → '…, whether or not Internet access is required': the 'not' of an
    alternative that covers both cases denies nothing; the advice now holds in every case (up), and the reverse in
    fewer (down)."""
    old = "Restrict access to prevent unauthorized access where Internet access is required."
    new = "Restrict access to prevent unauthorized access, whether or not Internet access is required."
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag
    [flag] = significant(modified(new, old))
    assert (flag.kind, flag.direction) == ("recommendation", "down"), flag


def test_no_need_to_is_latitude_and_turns_weak_advice_round() -> None:
    """'There is no need to switch' says one need not (as 'need not' does), not that one must: from 'Consider
    switching' or 'You should switch' it turns the advice round (reversed)."""
    for old in ("Consider switching to a recommended alternative.", "You should switch to a recommended alternative."):
        [flag] = significant(modified(old, "There is no need to switch to a recommended alternative."))
        assert flag.direction == "reversed", flag


def test_one_person_of_a_group_is_bound_by_is_required_to() -> None:
    """'the user is required to authenticate' binds a person as 'users are required to' does: stronger than
    'should be required' (up). A thing 'required to' names a means ('The system is required to log …' is no
    person bound)."""
    [flag] = significant(modified(
        "If a device has a sensor, authentication to the device should be required to access the secret.",
        "If a device has a sensor, the user is required to authenticate to the device to access the secret."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


@pytest.mark.parametrize(("old", "new"), [
    ("Subscribers have a duty to maintain control of their authenticators.",
     "Tax preparers acting for subscribers have a duty to maintain control of their authenticators."),
    ("The creator of the crate has stated that the crate will no longer be maintained.",
     "The people behind the crate have stated that the crate will no longer be maintained."),
    ("Those who use machine learning algorithms must be able to explain how a decision was reached.",
     "Clinical software vendors must be able to explain how a decision was reached."),
])
def test_only_the_subject_changed_from_people_to_other_people_is_an_actor(old: str, new: str) -> None:
    """The rest of the sentence kept (its verb may change with the subject's number), the subject now names other
    people, by a listed group, a noun of agent ('preparers', 'vendors') or a word for people ('those', 'the
    people'): who the judgment is of changed. Two nouns of agent alone may be one group named two ways ('Numerous
    writers' → 'Numerous commentators'), and a subject qualified ('Inflation' → 'Headline inflation') is no person."""
    [flag] = significant(modified(old, new))
    assert flag.kind == "actor", flag
    for a, b in [("Numerous writers have described data as the new oil.",
                  "Numerous commentators have described data as the new oil."),
                 ("Inflation has risen.", "Headline inflation has risen.")]:
        assert all(f.kind != "actor" for f in modified(a, b)), (a, b)


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Remote exploitation is possible.", "Remote exploitation is a long way from impossible.", "up"),
    ("Remote exploitation is possible.", "Remote exploitation is anything but unlikely.", "up"),
    ("A fix is likely.", "A fix is a long way from certain.", "down"),
    ("Federation also gives the IdP broad visibility.", "Ten to one, federation also gives the IdP broad visibility.",
     "down"),
    ("The Board will cut rates.", "The odds are ten to one against the Board cutting rates.", "down"),
])
def test_emphatic_denials_and_laid_odds_are_likelihood(old: str, new: str, direction: str) -> None:
    """'a long way from', 'anything but', 'nowhere near' deny as 'far from' does ('a long way from impossible' is
    likely, 'a long way from certain' unlikely); odds laid as a bettor lays them ('Ten to one, X', 'the odds are ten
    to one against X') are a likelihood at the band of their share, not a figure. A ratio ('from two to one') is
    still a figure."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag
    [flag] = significant(modified("The ratio rose from two to one.", "The ratio rose from three to one."))
    assert flag.kind == "quantity", flag


def test_the_writers_allowing_a_thing_is_latitude() -> None:
    """'When you implement your DNS strategy we recommend using:' → '… we allow the use of:': the writers now only
    permit what they recommended, advice softened (down), not a lead-in merely recast."""
    [flag] = significant(modified("When you implement your DNS strategy we recommend using:",
                                  "When you implement your DNS strategy we allow the use of:"))
    assert (flag.kind, flag.direction) == ("recommendation", "down"), flag


def test_a_pointer_back_to_what_was_discussed_is_no_change() -> None:
    """'As previously discussed, many studies [@tag:…] have used …' points back into the text; what the sentence
    asserts is the same (low)."""
    old = ("Many studies [@tag:Lipton2016_missing @tag:Che2016_rnn] have used deep recurrent networks to categorize "
           "patients, but most stop short of suggesting clinical decisions.")
    new = "As previously discussed, many" + old[4:]
    flags = modified(old, new)
    assert flags and not significant(flags), flags


def test_a_stamp_with_its_month_abbreviated_is_a_stamp() -> None:
    """'_Text as of 21 Nov. 2016 (editors' branch)._' dates the copy as '21 November 2016' would."""
    flags = added("_Text as of 21 Nov. 2016 (editors' branch)._")
    assert flags and not significant(flags), flags


def test_an_instruction_after_a_connective_is_as_firm_as_should() -> None:
    """'Therefore, they should strive to consider …' → 'Therefore, strive to consider …': the instruction opens on
    its verb after 'Therefore,' and is as firm as 'should' (a nuance, low), though a weaker word ('consider')
    follows it."""
    flags = modified("Therefore, they should strive to consider authenticators from the users' perspective.",
                     "Therefore, strive to consider authenticators from the users' perspective.")
    assert flags and not significant(flags), flags


@pytest.mark.parametrize("new", [
    "A hard-coded password in one installation in fifty allows an attacker to obtain access.",
    "A hard-coded password, in the lion's share of cases, allows an attacker to obtain access.",
    "In the bulk of cases, a hard-coded password allows an attacker to obtain access.",
    "A hard-coded password allows an attacker to obtain access in two deployments out of three.",
])
def test_a_share_of_the_cases_a_claim_holds_in_is_how_likely_it_is(new: str) -> None:
    """'in one installation in fifty', 'in the lion's share of cases', 'in the bulk of cases', 'in two deployments
    out of three': how often the claim holds, so how likely (down from a plain statement). Counted things are still
    counted: 'in two regions in 20 days' → 'in three regions …' is a figure that moved."""
    [flag] = significant(modified("A hard-coded password allows an attacker to obtain access.", new))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag
    [flag] = significant(modified("The survey was run in two regions in 20 days.",
                                  "The survey was run in three regions in 20 days."))
    assert flag.kind == "quantity", flag


def test_a_topic_turned_round_across_a_rewrite_is_reversed() -> None:
    """'Bond yields had increased recently, alongside increased uncertainty about the outlook for inflation.' dropped
    and 'Globally, bond yields had declined over the preceding month because of concerns about the new variant.'
    added in a rewritten paragraph: what is said of the topic turned round (reversed), on both."""
    old = ("Bond yields had increased recently, alongside increased uncertainty about the outlook for inflation. "
           "Equity prices had been volatile. Members would review the settings in March.")
    new = ("Globally, bond yields had declined over the preceding month because of concerns about the new variant. "
           "Share markets remained unsettled by the outlook. Members would review the settings in March.")
    flags = significant(modified(old, new))
    moved = [f for f in flags if "bond yields" in (f.before or f.after or "").lower()]
    assert [(f.kind, f.direction) for f in moved] == [("removed", "reversed"), ("added", "reversed")], flags


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Financial market volatility has been very high.", "Financial market volatility has been historically high.",
     "up"),
    ("The combined model radically improves performance.", "The combined model substantially improves performance.",
     "down"),
])
def test_an_extreme_stress_word_says_more_than_a_plain_one(old: str, new: str, direction: str) -> None:
    """'historically', 'radically', 'exceptionally', 'remarkably' stress a word further than 'very' or
    'substantially': swapping one for the other moves the statement's degree. Two of the same step
    ('remarkably low' → 'exceptionally low') say the same."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag
    assert not significant(modified("Financing costs remain remarkably low.",
                                    "Financing costs remain exceptionally low."))


def test_a_necessity_hedged_with_may_is_the_weakest_advice() -> None:
    """'It MAY be necessary to implement controls' leaves it open whether one must: the weakest advice, so 'The
    verifier SHALL implement controls' presses harder (up), as 'it is necessary to' does."""
    for new in ("The verifier SHALL implement controls to protect against online guessing attacks.",
                "It is necessary to implement controls at the verifier to protect against online guessing attacks."):
        old = "It MAY be necessary to implement controls at the verifier to protect against online guessing attacks."
        [flag] = significant(modified(old, new))
        assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


def test_avoid_as_the_advice_named_presses_as_hard_as_avoid_opening_a_sentence() -> None:
    """'The only workaround is to avoid using the crate' → '… is to limit use of the crate': 'avoid' asks as much as
    'Avoid …' opening a sentence does, so 'limit use of' asks less (down)."""
    [flag] = significant(modified("The only workaround is to avoid using the `rsa` crate where timing is observable.",
                                  "The only workaround is to limit use of the `rsa` crate where timing is observable."))
    assert (flag.kind, flag.direction) == ("recommendation", "down"), flag
    # ('Do not use …' forbids as hard as 'Avoid using …': no softening)
    assert all(f.kind != "recommendation" for f in modified(
        "Remediation (mitigation): Avoid using process control systems for browsing the internet.",
        "Remediation (mitigation): Do not use process control systems for browsing the internet."))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Despite these advances, a number of challenges exist in applying the method.",
     "Despite these advances, formidable challenges exist in applying the method.", "up"),
    ("Still, there are important and pressing questions about how to build the networks.",
     "Still, there are some minor questions about how to build the networks.", "down"),
    ("The flaw poses a severe risk to operators.", "The flaw poses a risk to operators.", "down"),
])
def test_the_size_of_a_difficulty_or_risk_said_or_unsaid_moves(old: str, new: str, direction: str) -> None:
    """A challenge, a problem, a question sized as a risk is ('formidable', 'pressing' → 'minor'), and a size off
    the middle put on a bare noun or taken from it says more or less than the bare noun; a size in the middle
    ('potential risks' → 'risks') has no place to move from."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag
    [flag] = significant(modified("The flaw poses potential risks to operators.", "The flaw poses risks to operators."))
    assert flag.direction is None, flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("There is no case for intervention in the foreign exchange market, given its limited effectiveness when the "
     "exchange rate is aligned with its fundamentals.", "There is no case for intervention in the foreign exchange "
     "market.", "up"),
    ("Its actions were keeping funding costs low and supporting the supply of credit to businesses.",
     "Its actions were keeping funding costs low and supporting the supply of credit to businesses, as far as its "
     "tools allowed.", "down"),
])
def test_a_premise_or_a_proviso_dropped_or_added_moves_the_claim(old: str, new: str, direction: str) -> None:
    """'…, given its limited effectiveness when …' dropped: the claim stands on its own (up); '…, as far as its tools
    allowed' added: so far and no further (down). 'The advice given to users' is no premise."""
    [flag] = significant(modified(old, new))
    assert flag.direction == direction, flag
    assert all(f.direction is None for f in modified("The advice was clear.", "The advice given to users was clear."))


def test_a_condition_dropped_and_a_scope_over_every_case_added_widen_advice_together() -> None:
    """'When remote access is required, use secure methods' → 'Use secure methods … for every connection to these
    systems, local or remote': the condition gone and every case named both widen the advice (up)."""
    [flag] = significant(modified(
        "When remote access is required, use secure methods, such as virtual private networks (VPNs).",
        "Use secure methods, such as virtual private networks (VPNs), for every connection to these systems, local or "
        "remote."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("These vulnerabilities are exploitable remotely.",
     "Remote exploitation of these vulnerabilities is the exception rather than the rule.", "down"),
    ("Remote exploitation is rare.", "Remote exploitation is the rule rather than the exception.", "up"),
    ("Remote exploitation is possible.", "Remote exploitation is rare.", "down"),
])
def test_the_exception_and_the_rule_say_how_often(old: str, new: str, direction: str) -> None:
    """'the exception rather than the rule' is unlikely, 'the rule rather than the exception' very likely, and a
    thing said to be rare is very unlikely."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_show_and_warn_open_instructions() -> None:
    """'Show subscribers, at logout, which RP sessions are still open.' and 'Warn users before …' added are advice
    added (up); 'Show business has recovered' opens on a subject, not an instruction."""
    for line in ("Show subscribers, at logout, which RP sessions are still open.",
                 "Warn users before the session expires."):
        [flag] = significant(added(line))
        assert (flag.kind, flag.direction) == ("recommendation", "up"), flag
    assert all(f.kind != "recommendation" for f in added("Show business has recovered."))


def test_an_instruction_after_a_short_phrase_with_no_comma_is_advice() -> None:
    """'In these situations send email using Amazon SES' instructs, its opening phrase set off by no comma; 'we would
    rather you sent email …' asks less (down). 'In most cases users report errors' opens on people: no instruction."""
    [flag] = significant(modified("In these situations send email using Amazon SES.",
                                  "In these situations we would rather you sent email using Amazon SES."))
    assert (flag.kind, flag.direction) == ("recommendation", "down"), flag
    assert all(f.kind != "recommendation" for f in added("In most cases users report errors to the vendor."))


@pytest.mark.parametrize(("old", "new"), [
    ("CISA recommends users take defensive measures.", "CISA demands that users take defensive measures."),
    ("Mitsubishi Electric has released fixed versions and encourages users to update.",
     "Mitsubishi Electric has released fixed versions and obliges users to update."),
    ("GDS recommends LTS as the default choice for your VM.", "GDS mandates LTS as the default choice for your VM."),
])
def test_a_rule_set_by_a_clause_a_second_verb_or_a_named_thing_is_as_firm_as_must(old: str, new: str) -> None:
    """'demands that users …', '… has released X and obliges users to …' (the subject named before the first verb)
    and 'mandates LTS' bind as 'must' does: stronger than 'recommends' (up). A thing's demands bind no one."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag
    assert all(f.kind != "recommendation" for f in added("The attack mandates local access."))


def test_latitude_granted_in_words_is_the_weakest_advice() -> None:
    """'you should consider using:' → 'you are permitted to use:': advice became latitude (down), not a lead-in
    recast; 'The attacker is allowed to read memory' grants no one anything."""
    [flag] = significant(modified("When you implement your DNS strategy you should consider using:",
                                  "When you implement your DNS strategy you are permitted to use:"))
    assert (flag.kind, flag.direction) == ("recommendation", "down"), flag
    assert all(f.kind != "recommendation" for f in modified("The attacker reads memory.",
                                                              "The attacker is allowed to read memory."))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Pricing indicated a 75 per cent chance of a reduction in the cash rate.",
     "Pricing indicated a 25 per cent chance of a reduction in the cash rate.", "down"),
    ("Pricing indicated a 30% chance of a reduction in the cash rate.",
     "Pricing indicated an 80% chance of a reduction in the cash rate.", "up"),
])
def test_a_chance_put_as_a_percentage_is_a_likelihood(old: str, new: str, direction: str) -> None:
    """'a 75 per cent chance' → 'a 25 per cent chance': from likely to unlikely; a move inside one band (70 → 75 per
    cent) is still the number it is."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag
    [flag] = significant(modified("Pricing indicated a 70 percent chance of a cut.",
                                  "Pricing indicated a 75 percent chance of a cut."))
    assert flag.direction == "up", flag


@pytest.mark.parametrize("new", [
    "Nothing rules out remote exploitation of these vulnerabilities.",
    "The chances of remote exploitation of these vulnerabilities are high.",
])
def test_a_denial_turned_into_a_chance_raises_it(new: str) -> None:
    """'These vulnerabilities are not exploitable remotely' → 'Nothing rules out remote exploitation …' (no one
    excludes it: possible) or → 'The chances of … are high': from 'stated as not so' to a chance, up — not a
    negation removed, nor a rewording."""
    [flag] = significant(modified("These vulnerabilities are not exploitable remotely.", new))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag


def test_a_denial_of_a_noun_phrase_against_a_chance_of_it() -> None:
    """'No known public exploitation … has been reported' → 'That someone is already exploiting this vulnerability
    is far from unlikely': what was denied (public exploitation) is now likely, up; and → '… is more likely than not
    to surface this year', where more words than the estimate's changed beside it, up too."""
    old = ("No known public exploitation specifically targeting this vulnerability has been reported to CISA at this "
           "time.")
    for new in ("That someone is already exploiting this vulnerability is far from unlikely.",
                "Public exploitation of this vulnerability is more likely than not to surface this year."):
        [flag] = significant(modified(old, new))
        assert (flag.kind, flag.direction) == ("likelihood", "up"), flag


def test_no_small_chance_is_a_good_one() -> None:
    """'There is no small chance that X' denies that the chance is small: up from 'may'; 'little or no chance' is
    still next to none."""
    [flag] = significant(modified("Such techniques may be useful.",
                                  "There is no small chance that such techniques will be useful."))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag
    [flag] = significant(modified("There is some chance of a cut.", "There is little or no chance of a cut."))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


def test_a_hedge_that_frames_the_claim_is_a_clause_not_a_word() -> None:
    """'Taken together, X outperform Y' → 'Taken together, it appears that X outperform Y': the claim put in a frame
    of its own (medium, down); 'appear to' inside it stays a word (low)."""
    [flag] = significant(modified("Taken together, deep learning models outperform kernel methods.",
                                  "Taken together, it appears that deep learning models outperform kernel methods."))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag
    assert not significant(modified("Deep learning models outperform kernel methods.",
                                    "Deep learning models appear to outperform kernel methods."))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("There is a type-confusion vulnerability affecting X.400 address processing.",
     "There is conceivably a type-confusion vulnerability affecting X.400 address processing.", "down"),
    ("Learning the latent space possibly is the most important aspect of the approach.",
     "Learning the latent space was the most important aspect of the approach.", "up"),
    ("Perhaps the flaw affects every release.", "The flaw affects every release.", "up"),
])
def test_an_adverb_of_possibility_makes_a_fact_a_possibility(old: str, new: str, direction: str) -> None:
    """'possibly', 'perhaps', 'maybe', 'conceivably' put on a stated fact say it may be so or not, as 'may' does: a
    move of likelihood (alerted), not a nuance; 'potentially' and 'apparently' only soften it (low)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag
    assert not significant(modified("The attacker gains access to the device.",
                                    "The attacker potentially gains access to the device."))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Inflation is low and is expected to remain so.", "Inflation is low and could not but remain so.", "up"),
    ("Prices cannot but rise.", "Prices may rise.", "down"),
])
def test_cannot_but_is_certainty_not_a_denied_ability(old: str, new: str, direction: str) -> None:
    """'could not but remain so', 'cannot help but rise': no other outcome is possible, as 'inevitably' says; not
    'could' denied."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_a_degree_turned_in_a_reordered_sentence_is_no_regrouping() -> None:
    """'The most likely outcome is X' → 'X is the least likely outcome': the same words in another order, but the
    degree turned; the change is alerted, not read as a sentence regrouped."""
    assert significant(modified("The most likely outcome is a crash of the application reading from the socket.",
                                "A crash of the application reading from the socket is the least likely outcome."))
    assert not significant(modified("The most likely outcome is a crash of the application reading from the socket.",
                                    "A crash of the application reading from the socket is the most likely outcome."))


def test_a_subject_swapped_in_a_later_clause_is_an_actor_change() -> None:
    """'…, then you are not affected by this issue' → '…, then downstream application developers are not affected':
    who the judgment is of changed, in the clause after the condition."""
    [flag] = significant(modified(
        "Therefore, if no ZST is serialized, then you are not affected by this issue.",
        "Therefore, if no ZST is serialized, then downstream application developers are not affected by this issue."))
    assert flag.kind == "actor", flag


def test_a_dated_mirror_line_is_a_stamp() -> None:
    """'_Mirror of the working-group text as of 30 September 2016._' says when this copy was taken: a note about
    the document (low); 'Version 2 of the rules as of 3 May 2021 applies to all firms' says more."""
    assert not significant(added("_Mirror of the working-group text as of 30 September 2016._"))
    assert significant(added("Version 2 of the rules as of 3 May 2021 applies to all firms."))


def test_a_denial_kept_as_a_concession_beside_a_new_estimate() -> None:
    """'No known public exploitation of X has been reported.' → 'Public exploitation of X is a near certainty within
    the year, though none has been reported.': the denial lives on as a concession; the claim is now near certain
    (up), and read the other way, down. A sentence that only adds the concession moves nothing."""
    old = "No known public exploitation of this vulnerability has been reported to CISA at this time."
    new = ("Public exploitation of this vulnerability is a near certainty within the year, though none has been "
           "reported to CISA at this time.")
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag
    [flag] = significant(modified(new, old))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


def test_strongly_advises_presses_harder_than_recommends() -> None:
    """'CISA recommends users take …' → 'CISA strongly advises users to take …': up; 'highly recommend' → 'recommend'
    down."""
    [flag] = significant(modified("CISA recommends users take defensive measures.",
                                  "CISA strongly advises users to take defensive measures."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag
    [flag] = significant(modified("We highly recommend patching.", "We recommend patching."))
    assert (flag.kind, flag.direction) == ("recommendation", "down"), flag


def test_a_weak_verb_of_evidence_leans_rather_than_states() -> None:
    """'The forecasts suggest that X will …' leans likely (band 5); 'make it a foregone conclusion that X' is near
    certain: up, not down from a fact. 'The data show that X' states it: 'make it likely' is down."""
    [flag] = significant(modified("The forecasts suggest that inflation will be in the 2–3 per cent range.",
                                  "The forecasts make it a foregone conclusion that inflation will be in the 2–3 "
                                  "per cent range."))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag
    [flag] = significant(modified("The data show that growth slowed.", "The data make it likely that growth slowed."))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Members observed that inflation was likely to have reached its peak.",
     "Members observed that the odds were roughly even that inflation had reached its peak.", "down"),
    ("Some pick-up in activity is expected over the year ahead.",
     "Some pick-up in activity over the year ahead is a three-to-one-against proposition.", "down"),
    ("An easing in inflation was expected over the months ahead.",
     "It was hard to see inflation not easing over the months ahead.", "up"),
    ("An easing in inflation was expected over the months ahead.",
     "It was hard to see inflation easing over the months ahead.", "down"),
])
def test_odds_and_doubts_said_in_other_words(old: str, new: str, direction: str) -> None:
    """'the odds were roughly even that X' (the adverb belongs to the size), 'a three-to-one-against proposition'
    (odds laid against, one in four), 'hard to see X not easing' (its denial doubted: very likely; the 'not' is the
    estimate's, no negation added) and 'hard to see X easing' (unlikely)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_a_course_judged_essential_through_an_empty_it_is_necessity() -> None:
    """'it judged that the stance should be maintained' → 'it judged it essential that the stance be maintained':
    as 'it is essential that', stronger than 'should' (up)."""
    [flag] = significant(modified(
        "Given the uncertainty, it judged that the current stance of monetary policy should be maintained.",
        "Given the uncertainty, it judged it essential that the current stance of monetary policy be maintained."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


@pytest.mark.parametrize(("old", "new"), [
    ("It employs a network architecture formed by one 1D residual network.",
     "RaptorX-Contact employs a network architecture formed by one 1D residual network."),
    ("They recommend upgrading to version 2.", "The Rust Foundation recommends upgrading to version 2."),
    ("The Board will not increase the cash rate until inflation is within the target.",
     "It will not increase the cash rate until inflation is within the target."),
])
def test_a_name_spelt_out_for_a_pronoun_is_no_new_actor(old: str, new: str) -> None:
    """'It employs …' → 'RaptorX-Contact employs …': the one the pronoun stood for, named (or the name put back as a
    pronoun), not an actor added or removed; 'The vendor Microsoft recommends' → 'The vendor Google recommends'
    still replaces one."""
    assert not significant(modified(old, new))
    [flag] = significant(modified("The vendor Microsoft recommends upgrading to version 2.",
                                  "The vendor Google recommends upgrading to version 2."))
    assert flag.kind == "actor", flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("You can use your personal GitHub account at GDS.",
     "You are encouraged to use your personal GitHub account at GDS.", "up"),
    ("Consider using your personal account.", "You may use your personal account.", "down"),
])
def test_a_thing_allowed_and_a_thing_advised_differ_at_the_weakest_strength(old: str, new: str, direction: str) -> None:
    """'You can use X' → 'You are encouraged to use X': allowed became advised (up); 'Consider using X' → 'You may
    use X' the reverse (down). 'It is permissible to prompt' → 'The verifier MAY prompt' both only allow."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", direction), flag
    assert not significant(modified("It is permissible to prompt the user just before the timeout.",
                                    "The verifier MAY prompt the user just before the timeout."))


def test_a_rule_against_turns_advice_round() -> None:
    """'The Rust Foundation recommends upgrading' → '… forbids upgrading': the same action, now ruled out (reversed);
    '… forbids …' → '… requires …' the other way. A thing that 'bans nothing' is no rule."""
    [flag] = significant(modified("The Rust Foundation recommends upgrading to version 2.",
                                  "The Rust Foundation forbids upgrading to version 2."))
    assert (flag.kind, flag.direction) == ("recommendation", "reversed"), flag
    [flag] = significant(modified("The Rust Foundation forbids upgrading to version 2.",
                                  "The Rust Foundation requires upgrading to version 2."))
    assert (flag.kind, flag.direction) == ("recommendation", "reversed"), flag
    assert all(f.kind != "recommendation" for f in added("Exploitation bans nothing."))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The encryption key name is always sent unencrypted.",
     "The encryption key name is now and then sent unencrypted.", "down"),
    ("Backups are usually verified.", "Backups are verified from time to time.", "down"),
    ("Backups are verified from time to time.", "Backups are always verified.", "up"),
])
def test_a_phrase_of_how_often_is_a_step_as_a_word_is(old: str, new: str, direction: str) -> None:
    """'always' → 'now and then', 'usually' → 'from time to time' (moved within the sentence): the claim holds in
    fewer cases, as 'always' → 'occasionally' says."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


@pytest.mark.parametrize(("new", "direction"), [
    ("That a public exploit for this vulnerability will appear is not in doubt.", "up"),
    ("Working public exploits for this vulnerability are only a matter of time.", "up"),
])
def test_certainty_said_by_a_denied_doubt_or_a_matter_of_time(new: str, direction: str) -> None:
    """'No known public exploits target this' → '… is not in doubt' / '… only a matter of time': a denial become a
    certainty (likelihood up), not a negation dropped."""
    [flag] = significant(modified("No known public exploits specifically target this vulnerability.", new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_a_claim_kept_for_all_but_a_few_cases_is_less_certain() -> None:
    """'will need' → 'will, in all but a handful of cases, need': the claim no longer holds in every case."""
    [flag] = significant(modified("Teams will need DNS records to let people know.",
                                  "Teams will, in all but a handful of cases, need DNS records to let people know."))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


@pytest.mark.parametrize("new", [
    "To minimize the risk, Mitsubishi Electric orders customers to apply the following mitigations:",
    "To minimize the risk, Mitsubishi Electric calls on customers to apply the following mitigations:",
])
def test_one_who_orders_or_calls_on_people_presses_harder_than_one_who_recommends(new: str) -> None:
    """'X recommends customers apply' → 'X orders customers to apply' / 'X calls on customers to apply': the advice
    binds (up). 'The Board calls on Tuesday to discuss rates' sets no rule."""
    [flag] = significant(modified(
        "To minimize the risk, Mitsubishi Electric recommends customers apply the following mitigations:", new))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag
    assert all(f.kind != "recommendation" for f in added("The Board calls on Tuesday to discuss rates."))


def test_a_condition_dropped_with_an_adverb_inside_it_widens_the_advice() -> None:
    """'For users that are unable to update immediately, X recommends …' → 'X recommends …': the condition went
    (the advice holds for everyone: up), not an adverb of force ('immediately') pressing less; 'should update' →
    'should update immediately' still presses harder."""
    [flag] = significant(modified(
        "For users that are unable to update their systems immediately, Mitsubishi Electric recommends applying the "
        "mitigations below to minimize the risk:",
        "Mitsubishi Electric recommends applying the mitigations below to minimize the risk:"))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag
    [flag] = significant(modified("You should update.", "You should update immediately."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


def test_free_to_grants_latitude() -> None:
    """'you should:' → 'you are free to:' (a list's lead-in, whose items it now only allows): softened (down)."""
    [flag] = significant(modified("To further ensure your service is working, you should:",
                                  "To further ensure your service is working, you are free to:"))
    assert (flag.kind, flag.direction) == ("recommendation", "down"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("This has been fixed in version 0.4.36.", "This has been partly fixed in version 0.4.36.", "down"),
    ("The flaw is partially mitigated by the update.", "The flaw is mitigated by the update.", "up"),
    ("Reinforcement learning has enabled networks to play chess.",
     "Reinforcement learning has only partially enabled networks to play chess.", "down"),
    ("These limitations are in part a consequence of small datasets.",
     "These limitations are a consequence of small datasets.", "up"),
])
def test_a_state_said_only_in_part(old: str, new: str, direction: str) -> None:
    """'has been fixed' → 'has been partly fixed': not fixed, a move down (medium), unlike 'slightly' (a nuance);
    so too after 'has' ('has only partially enabled') and before the noun 'be' predicates ('are in part a
    consequence'); 'partly because of' gives one cause among others and is a nuance."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag
    assert not significant(modified("The rise was partly because of fuel prices.",
                                    "The rise was because of fuel prices."))


def test_a_group_named_by_a_short_plural_head() -> None:
    """'affords researchers flexibility' → 'affords small academic labs flexibility': a group in place of another,
    its head word short ('labs')."""
    [flag] = significant(modified("Cloud computing affords researchers flexibility in choosing hardware.",
                                  "Cloud computing affords small academic labs flexibility in choosing hardware."))
    assert flag.kind == "actor", flag


def test_latitude_by_a_verb_and_its_particle() -> None:
    """'you can also register for a trial account' → '… sign up for …': the same latitude, the verb known by its
    particle ('sign up'), not advice dropped; 'You can opt out' → 'You must opt out' presses harder."""
    assert not significant(modified("You can also register for a trial account.",
                                    "You can also sign up for a trial account."))
    [flag] = significant(modified("You can opt out of the survey.", "You must opt out of the survey."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


def test_a_stamp_may_name_the_version_beside_its_date() -> None:
    """'_Wording reviewed on 16 March 2020 ahead of version 2.0._' on a line of its own: the text's bookkeeping, as a
    stamp with its date alone is; the version is part of it."""
    assert not significant(added("_Wording reviewed on 16 March 2020 ahead of version 2.0._"))


@pytest.mark.parametrize(("old", "new"), [
    ("Users that are unaware of their settings may expose data.",
     "New recruits who are unaware of their settings may expose data."),
    ("The RP ensures that the assertion came from a verifier trusted by the RP.",
     "Claims examiners at the RP ensure that the assertion came from a verifier trusted by the RP."),
])
def test_a_group_with_its_relative_word_or_people_at_what_acted(old: str, new: str) -> None:
    """'Users that are' → 'New recruits who are' (the relative word changed with the group); 'The RP ensures' →
    'Claims examiners at the RP ensure' (people at what acted act in its place). 'covers the region' → 'covers
    parts of the region' names nobody."""
    [flag] = significant(modified(old, new))
    assert flag.kind == "actor", flag
    assert all(f.kind != "actor" for f in modified("The report covers the region.",
                                                    "The report covers parts of the region."))


@pytest.mark.parametrize("new", [
    "The data suggests stronger dwelling activity later in the year is an odds-on prospect.",
    "The data suggests stronger dwelling activity is odds-on later in the year.",
])
def test_odds_on_is_more_than_likely(new: str) -> None:
    """'is likely' → 'is an odds-on prospect': a price shorter than evens, very likely (up one band), not 'odds'
    read as a bare noun of chance."""
    [flag] = significant(modified("The data suggests stronger dwelling activity is likely later in the year.", new))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag


def test_advice_for_a_thing_become_advice_against_it() -> None:
    """'CISA recommends users take defensive measures' → 'CISA advises users against taking defensive measures of
    their own': the advice turned round (reversed) though more than its verb changed; 'advises users against
    clicking' → 'advises users to avoid clicking' keeps from it on both sides."""
    [flag] = significant(modified(
        "CISA recommends users take defensive measures to minimize the risk of exploitation of this vulnerability.",
        "CISA advises users against taking defensive measures of their own to minimize the risk of exploitation of "
        "this vulnerability."))
    assert (flag.kind, flag.direction) == ("recommendation", "reversed"), flag
    assert not significant(modified("CISA advises users against clicking links.",
                                    "CISA advises users to avoid clicking links."))


def test_a_threshold_set_deep_in_a_phrase_of_scope_narrows_the_advice() -> None:
    """'If you use a standard release you should migrate …' → '… release on a VM that will stay in service for more
    than 3 months, you should migrate …': the advice now binds only past a threshold (down), not a figure added (up)."""
    [flag] = significant(modified(
        "If you use a standard Ubuntu release you should migrate to the next release within 3 months.",
        "If you use a standard Ubuntu release on a VM that will stay in service for more than 3 months, you should "
        "migrate to the next release within 3 months."))
    assert (flag.kind, flag.direction) == ("recommendation", "down"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Some studies reported improvements, but performance gains were lacking.",
     "Some studies reported improvements, but performance gains were modest.", "up"),
    ("This vulnerability is thought to be of limited impact.",
     "This vulnerability is thought to be of negligible impact.", "down"),
])
def test_lacking_and_negligible_are_the_weakest_step(old: str, new: str, direction: str) -> None:
    """'gains were lacking' → 'gains were modest', 'of limited impact' → 'of negligible impact': a step on the scale
    of strength, as 'weak' → 'modest' is."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


@pytest.mark.parametrize(("old", "new"), [
    ("The study uncovered the motifs.", "The study was able to uncover the motifs."),
    ("Deep learning can also integrate different data types.",
     "Deep learning can also be useful for integrating different data types."),
    ("You should manage alerts using a dedicated tool allowing you to:",
     "You should manage alerts using a dedicated tool which will allow you to:"),
])
def test_a_predicate_recast_around_its_own_verb_is_no_clause_added(old: str, new: str) -> None:
    """'uncovered' → 'was able to uncover': the replaced word stands in the words that replaced it, in another form;
    the same predicate put another way (low), not a clause added. 'uncovered' → 'failed to uncover' says it did not
    happen (reversed)."""
    assert not significant(modified(old, new))
    [flag] = significant(modified("The team uncovered the motifs.", "The team failed to uncover the motifs."))
    assert (flag.kind, flag.direction) == ("polarity", "reversed"), flag


def test_a_sentence_made_an_item_of_a_list_keeps_its_advice() -> None:
    """'Teams should use a tool to …' → '* implement a tool to …': the subject and 'should' went to the list's lead-in,
    which the item in lower case goes on; the advice is as it was (low). 'You should set up alerts' → 'Create
    alerts' is a sentence of its own, a bare instruction in place of a rewording (medium)."""
    assert not significant(modified("Teams should use a tool to ensure user journeys are working as expected.",
                                    "* implement a tool to ensure user journeys are working as expected"))
    [flag] = significant(modified("You should set up alerts on disk usage.", "Create alerts on disk usage."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


@pytest.mark.parametrize("new", [
    "No exploitation of this flaw has been reported, but exploitation is likely.",
    "No exploitation of this flaw has been reported, but with a proof of concept in circulation, exploitation is "
    "expected any day.",
])
def test_a_denial_kept_and_an_estimate_set_against_it(new: str) -> None:
    """'No exploitation has been reported' → '…, but exploitation is likely': the denial conceded by 'but' as by
    'though none has been reported', the claim now estimated (up), not a part of the judgment added."""
    [flag] = significant(modified("No exploitation of this flaw has been reported.", new))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag


_REVIEWED = ("|Author|Competing Interests|Last Reviewed| |---|---|---| |Ann Cole|None|2017-05-26| "
             "|Bo Li|Advisory Board of Deep Genomics Inc.|2017-05-26| |Cy Ng|None|2017-05-26|")


def test_a_date_in_a_column_of_review_stamps_is_bookkeeping() -> None:
    """A table whose column says when each entry was last reviewed: a reviewed date that moved is the table's
    bookkeeping, low; the same move in a column of what the entries state ('Deadline') is a date changed, and
    either is quoted by its row, not by the whole table."""
    flags = modified(_REVIEWED, _REVIEWED.replace("Deep Genomics Inc.|2017-05-26", "Deep Genomics Inc.|2017-08-14"))
    assert [(f.kind, f.severity, f.before) for f in flags] == [
        ("quantity", "low", "|Bo Li|Advisory Board of Deep Genomics Inc.|2017-05-26|")]
    deadlines = _REVIEWED.replace("Last Reviewed", "Deadline")
    [flag] = significant(modified(deadlines, deadlines.replace("Inc.|2017-05-26", "Inc.|2017-08-14")))
    assert (flag.kind, flag.before, flag.after) == (
        "quantity", "|Bo Li|Advisory Board of Deep Genomics Inc.|2017-05-26|",
        "|Bo Li|Advisory Board of Deep Genomics Inc.|2017-08-14|")


def test_a_changed_statement_in_a_table_row_is_flagged_with_its_row() -> None:
    """A cell that states something changed, beside a review stamp that moved with it: reported, row quoted."""
    [flag] = significant(modified(_REVIEWED, _REVIEWED.replace(
        "|Cy Ng|None|2017-05-26|", "|Cy Ng|Full-time employee of GlaxoSmithKline.|2017-06-02|")))
    assert flag.before == "|Cy Ng|None|2017-05-26|"
    assert flag.after == "|Cy Ng|Full-time employee of GlaxoSmithKline.|2017-06-02|"


def test_a_table_heading_that_replaced_a_sentence_is_no_judgment_of_its_own() -> None:
    """A statement rewritten as a table: the column names paired with the old sentence carry no judgment (low)."""
    old = "The authors last reviewed and approved this competing interests statement on May 26, 2017."
    flags = modified(old, "|Author|Competing Interests|Last Reviewed| |---|---|---|")
    assert not significant(flags), flags


@pytest.mark.parametrize(("new", "direction"), [
    ("CISA tasks users with taking defensive measures to minimize the risk.", "up"),
    ("CISA enjoins users to take defensive measures to minimize the risk.", "up"),
    ("CISA commands users to take defensive measures to minimize the risk.", "up"),
    ("Hitachi Energy prescribes defensive measures to minimize the risk.", "up"),
    ("CISA discourages users from taking defensive measures to minimize the risk.", "reversed"),
])
def test_verbs_that_bind_or_dissuade_set_the_strength_of_advice(new: str, direction: str) -> None:
    """'tasks users with', 'enjoins' or 'commands users to', 'prescribes X' bind as 'requires' does (stronger than
    'recommends'); 'discourages users from' advises against what 'recommends' advised."""
    [flag] = significant(modified("CISA recommends users take defensive measures to minimize the risk.", new))
    assert (flag.kind, flag.direction) == ("recommendation", direction), flag


def test_discouraged_by_news_is_a_mood_not_advice_against() -> None:
    flags = modified("Members were encouraged by the data.", "Members were discouraged by the data.")
    assert not any(f.kind == "recommendation" for f in flags), flags


@pytest.mark.parametrize("text", [
    "_Re-read after the activation-language pass, 18 October 2017._",
    "_Sign-off copy for the federation working group, 22 November 2016._",
])
def test_a_line_in_emphasis_signed_with_a_date_is_a_note_on_the_copy(text: str) -> None:
    """A line set apart in emphasis that ends on its date, with no one acting in it, signs the copy (low); one
    with a subject ('… before you deploy, 3 May 2020') is still advice."""
    assert not significant(added(text))
    assert significant(added("_Ask the duty officer before you deploy, 3 May 2020._"))


def test_a_listed_link_to_an_issue_is_a_reference_a_listed_link_to_a_thing_is_not() -> None:
    """A list entry that only links to an issue, a pull request or a comment on one points at a report (low); one
    that links to a crate names an alternative the list offers (medium)."""
    assert not significant(removed("- [vityafx/serde-aux#21](https://github.com/vityafx/serde-aux/issues/21)"))
    assert not significant(added("- [chronotope/chrono#602 (comment)]"
                                 "(https://github.com/chronotope/chrono/issues/602#issuecomment-1242149249)"))
    assert significant(removed("- [numtoa](https://crates.io/crates/numtoa)"))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("There are sometimes grounds for doing a release without review.",
     "There are almost always grounds for doing a release without review.", "up"),
    ("The check always fails on the first run.", "The check almost always fails on the first run.", "down"),
    ("The check rarely fails on the first run.", "The check almost never fails on the first run.", "down"),
    ("The check usually fails on the first run.", "The check nearly always fails on the first run.", "up"),
])
def test_almost_always_and_almost_never_are_half_a_step_from_the_ends(old: str, new: str, direction: str) -> None:
    """'almost always' says more than 'usually' and less than 'always'; 'almost never' less than 'rarely'."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_we_expect_you_to_is_advice_not_a_forecast() -> None:
    """'We expect you to provide' asks as 'you are expected to' does (stronger than 'you could'); 'we expect
    inflation to fall' forecasts."""
    [flag] = significant(modified("You could also provide a mailing list so people can discuss your project.",
                                  "We expect you to also provide a mailing list so people can discuss your project."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag
    assert not any(f.kind == "recommendation" for f in modified("We expect inflation to rise.",
                                                                "We expect inflation to fall."))


@pytest.mark.parametrize("new", [
    "Whether Mitsubishi Electric will ever release updates for other products is anyone's guess.",
    "Whether Mitsubishi Electric releases updates for other products is touch and go.",
    "It is hardly a given that Mitsubishi Electric will release updates for other products.",
])
def test_anyones_guess_touch_and_go_and_hardly_a_given_are_below_will(new: str) -> None:
    [flag] = significant(modified("Mitsubishi Electric will release updates for other products.", new))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


def test_a_verdict_weighed_by_an_estimate_is_not_advice_given() -> None:
    """'there is little chance it is ok to use as-is': the verdict 'it is ok to' is estimated, not granted; the
    change is the estimate (down), not advice added."""
    [flag] = significant(modified(
        "The crate does not seem to have much dependencies and may or may not be ok to use as-is.",
        "The crate does not seem to have much dependencies and there is little chance it is ok to use as-is."))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


@pytest.mark.parametrize("question", [
    "Does functional/taxonomic classification need to be separate processes?",
    "Should we rotate the signing keys every month?",
])
def test_a_modal_in_a_direct_question_asks_rather_than_advises(question: str) -> None:
    """A question that opens on an auxiliary or a word of asking leaves open what it asks: added, it is no advice
    given (low); the same words as a statement advise."""
    assert not significant(added(question))
    assert significant(added("We should rotate the signing keys every month."))


def test_sentences_of_a_figure_caption_go_with_the_figure() -> None:
    """A figure dropped with its caption: each caption sentence is what the figure showed (low), the last one too,
    which runs on into the figure's target; a sentence of the text beside it is still a statement."""
    caption = ("![Neural networks come in many different forms. Left: a key for the various types of nodes. This "
               "figure was inspired by the [Neural Network Zoo](http://www.asimovinstitute.org/zoo/) by Fjodor Van "
               "Veen.](images/zoo.png){#fig:zoo}")
    flags = removed(caption)
    assert len(flags) == 3 and not significant(flags), flags
    assert significant(removed("Neural networks come in many different forms and can outperform older methods."))


@pytest.mark.parametrize(("old", "new"), [
    ("* use Grafana to build dashboards", "* avoid Grafana when building dashboards"),
    ("You should use Grafana to build dashboards.", "You should avoid Grafana when building dashboards."),
])
def test_advice_turned_against_its_thing_while_a_few_words_after_it_move(old: str, new: str) -> None:
    """'use X to build' → 'avoid X when building': the advice reversed, not pressed harder ('avoid' is as firm as
    'must' only against doing nothing)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", "reversed"), flag


@pytest.mark.parametrize("instruction", [
    "Decide which tool to use for the migration.",
    "Know when to stop a release.",
    "State which layers were frozen whenever a tuned model is reported.",
    "Benchmark such classifiers on held-out studies.",
    "Pick one owner per shared service.",
])
def test_an_instruction_whose_object_is_a_choice_or_a_count(instruction: str) -> None:
    """A verb at the head before 'which/when/where … to', 'which X were', 'such X' or 'one X' instructs as it does
    before 'the': added, it is advice added (up); a noun before a clause of its own is no instruction."""
    [flag] = significant(added(instruction))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


@pytest.mark.parametrize("statement", [
    "Research which uses deep learning is growing.",
    "Software such as this is risky to run.",
    "Chapter one describes the method in detail.",
])
def test_a_noun_before_which_such_or_one_does_not_instruct(statement: str) -> None:
    assert all(f.kind != "recommendation" for f in added(statement)), added(statement)


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Returning inflation to target remains the Board's priority.",
     "Returning inflation to target remains the Board's highest priority.", "up"),
    ("This will allow further progress to be made in reducing unemployment.",
     "This will allow further gradual progress to be made in reducing unemployment.", "down"),
    ("There was an increase in prices last quarter.", "There was a sharp increase in prices last quarter.", "up"),
    ("There was a slight increase in prices last quarter.", "There was an increase in prices last quarter.", "up"),
])
def test_a_word_that_stresses_or_softens_added_beside_its_noun(old: str, new: str, direction: str) -> None:
    """'priority' → 'highest priority', 'progress' → 'gradual progress', 'an increase' → 'a sharp increase' (the
    article changes only to go before the new word): the same judgment said more or less strongly."""
    [flag] = significant(modified(old, new))
    assert flag.direction == direction, flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Often third-party services natively support this format.",
     "It is not unknown for third-party services to natively support this format.", "down"),
    ("Usually the vendor ships a fix within a week.",
     "It is not unusual for the vendor to ship a fix within a week.", "down"),
    ("The vendor rarely patches within a week.", "It is not unusual for the vendor to patch within a week.", "up"),
])
def test_how_often_said_through_an_empty_it_and_a_litotes(old: str, new: str, direction: str) -> None:
    """'not unknown' (now and then), 'not unusual' and 'not uncommon' (often) are steps of how often, in the frame
    'it is … for X to' too, whose plain verb ('to ship' for 'ships') is no change of its own."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_odds_on_is_likely() -> None:
    """'odds-on that X' / 'odds-on to' estimate X as 'likely' does (band 5), not as a fact."""
    from monitor.assess.lexicon import LIKELIHOOD
    from monitor.assess.text import Sentence

    for said in ("It is odds-on that this crashes.", "The bank is odds-on to cut rates."):
        words = Sentence.of(said, None, 0, 0).words
        assert [m.value for m in LIKELIHOOD.find(words)] == [LIKELIHOOD.entries["likely"]], said
    [flag] = significant(modified("The bank may cut rates next month.", "The bank is odds-on to cut rates next month."))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag


@pytest.mark.parametrize(("old", "new"), [
    ("Successful exploitation of this flaw could cause a denial of service.",
     "Only on the rarest of occasions does successful exploitation of this flaw cause a denial of service."),
    ("A heap overflow could result in a later crash.",
     "A heap overflow only once in a while results in a later crash."),
    ("Successful exploitation could lead to code execution.",
     "In only a small share of deployments does successful exploitation lead to code execution."),
    ("A malicious file could be uploaded.", "It would take a rare stroke of luck for a malicious file to be uploaded."),
])
def test_a_claim_held_to_rare_occasions_is_not_stated_as_fact(old: str, new: str) -> None:
    """The modal dropped while the sentence now holds the claim to rare occasions (a word of rarity, or 'only' and a
    few occasions or a small share): rare (down), not a fact (up)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


def test_a_rarity_denied_does_not_hold_a_claim_to_rare_occasions() -> None:
    """'far from rare' is common; 'only once the service is exposed' is a time the claim waits for, not a rarity."""
    [flag] = significant(modified("Offline attacks could succeed when the salt is short.",
                                  "Offline attacks are far from rare when the salt is short."))
    assert flag.direction == "up", flag
    flags = modified("The flaw could be exploited remotely.", "Only once the service is exposed is the flaw exploited.")
    assert not any("rare occasions" in f.explanation for f in flags), flags


def test_a_denial_kept_after_its_modal_changed_is_as_certain() -> None:
    """'we will not use' → 'we do not use': the 'not' stays, the denial is stated as plainly (no flag)."""
    assert not significant(modified("### Languages we will not use for new projects",
                                    "### Languages we do not use for new projects"))


@pytest.mark.parametrize(("old", "new"), [
    ("The CSP SHOULD bind an updated authenticator an appropriate amount of time before expiry.",
     "The CSP is discouraged from binding an updated authenticator ahead of expiry."),
    ("Once the project ends, you may wish to archive your repository.",
     "Once the project ends, you should not archive your repository."),
])
def test_advice_by_a_modal_turned_against_the_same_deed_is_reversed(old: str, new: str) -> None:
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", "reversed"), flag


@pytest.mark.parametrize(("old", "new"), [
    # a leave given is the middle of the scale: a move, not a reversal
    ("Tokens SHOULD NOT be placed in insecure locations.", "Tokens MAY be placed in insecure locations."),
    # a verb of keeping from after the modal says what 'not' says
    ("Authenticators SHOULD decline to operate when a compromise is detected.",
     "Authenticators SHOULD not complete the operation when a compromise is detected."),
    # advice both for and against in one sentence is neither, as a whole
    ("Agencies SHALL conduct a risk assessment and SHALL NOT alter the assessed value.",
     "Agencies SHALL NOT alter the assessed value."),
])
def test_a_modal_move_that_is_not_advice_turned_round(old: str, new: str) -> None:
    assert all(f.direction != "reversed" for f in significant(modified(old, new))), modified(old, new)


@pytest.mark.parametrize(("new", "direction"), [
    ("CISA charges users with taking defensive measures to minimize the risk.", "up"),
    ("CISA also presses users to take defensive measures to minimize the risk.", "up"),
])
def test_verbs_that_bind_people_as_urges_does(new: str, direction: str) -> None:
    [flag] = significant(modified("CISA recommends users take defensive measures to minimize the risk.", new))
    assert (flag.kind, flag.direction) == ("recommendation", direction), flag


def test_a_remedy_named_by_its_verb() -> None:
    """'to resolve these issues' → 'to mitigate these issues': what removes the cause for what reduces the harm."""
    [flag] = significant(modified("A code review has been conducted to resolve these issues.",
                                  "A code review has been conducted to mitigate these issues."))
    assert (flag.kind, flag.direction) == ("recommendation", "down"), flag


@pytest.mark.parametrize(("old", "new", "kind", "direction"), [
    ("A cut in the cash rate is unlikely this year.", "A cut in the cash rate is on the cards this year.",
     "likelihood", "up"),
    ("The bank may cut rates next month.", "The odds are against the bank cutting rates next month.",
     "likelihood", "down"),
    ("Applications to biomedical domains are increasing.", "Applications to biomedical domains are dwindling.",
     "polarity", "reversed"),
])
def test_idioms_of_odds_and_a_trend_verb(old: str, new: str, kind: str, direction: str) -> None:
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == (kind, direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("NER is often needed as a first step in many complex text mining systems.",
     "NER is often needed as a first step in text mining systems.", "up"),
    ("Some users report crashes on startup.", "Users report crashes on startup.", "up"),
    ("Users report crashes on startup.", "Many users report crashes on startup.", "down"),
])
def test_a_quantifier_of_part_dropped_speaks_of_the_kind(old: str, new: str, direction: str) -> None:
    """'many complex systems' → 'systems': the bare plural speaks of the kind as a whole (up); put in, of part of it
    (down). Not after a determiner ('The many users'), nor before a figure ('Some 200 users')."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("quantity", direction), flag
    assert not significant(modified("The many users of the tool report crashes.",
                                    "The users of the tool report crashes."))
    assert not significant(modified("Some 200 users report crashes.", "200 users report crashes."))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Post regular updates to the status of an incident.",
     "For P1 and P2 incidents, post regular updates to the status of an incident.", "down"),
    ("Users and library authors with time in their dependency tree should perform cargo update.",
     "Users and library authors should perform cargo update.", "up"),
    ("Alternatively, with the agreement of the IA team, a member of the team can carry out the test.",
     "Alternatively, a member of the team can carry out the test.", "up"),
])
def test_a_scope_or_a_consent_on_advice_added_or_dropped(old: str, new: str, direction: str) -> None:
    """A class of cases named by codes ('For P1 and P2 incidents,': digits glued to letters name, they do not count),
    the people bound limited by what they have ('authors with time in their dependency tree'), a condition of consent
    ('with the agreement of the IA team'): the advice holds in fewer cases with it (down), in more without (up)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", direction), flag


@pytest.mark.parametrize("option", [
    "You can manage all of these records from your production configuration pipeline.",
    "If your service has more complex needs you may alternatively delegate the zone.",
    "You can also work with the security team to get advice on the threats to your service.",
])
def test_an_option_given_to_the_reader_is_advice_at_its_weakest(option: str) -> None:
    """'you can' / 'you may' and a verb the reader does, whatever the verb: latitude granted, advice added (up)."""
    [flag] = significant(added(option))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


@pytest.mark.parametrize("statement", [
    "You may experience delays during the upgrade.",
    "Automated test suites catch regressions early so you can focus on exploratory testing.",
    "For instance, you might specify that most requests are faster than 100 ms.",
])
def test_what_befalls_the_reader_a_purpose_or_an_example_grants_nothing(statement: str) -> None:
    assert all(f.kind != "recommendation" for f in added(statement)), added(statement)


@pytest.mark.parametrize("old, new, kind, direction", [
    # one more way to comply, though a figure of a reference comes with it, or another edit beside it: less asked
    ("Reestablishment of authentication factors at IAL3 SHALL be done in person and SHALL verify the biometric.",
     "Reestablishment of authentication factors at IAL3 SHALL be done in person or through a supervised remote "
     "process as described in SP 800-63A Section 5.3.3.2 and SHALL verify the biometric.", "recommendation", "down"),
    ("The CSP SHALL surrender any physical authenticator containing trustable attributes after expiration.",
     "The CSP SHALL surrender or prove destruction of any physical authenticator containing attribute certificates "
     "signed by the CSP after expiration.", "recommendation", "down"),
    ("You must deploy in person or through the pipeline, and tell the owner.",
     "You must deploy in person, and tell the owner.", "recommendation", "up"),
    # one more exception to a prohibition: less forbidden
    ("The RP SHALL NOT disclose the data, nor use it for any purpose other than authentication or to comply with "
     "law.", "The RP SHALL NOT disclose the data, nor use it for any purpose other than authentication or to comply "
     "with law, or in the case of a specific user request.", "recommendation", "down"),
    # one more thing forbidden (on the subject), or one more harm claimed: more said
    ("Information accessible freely or for any fee in the public domain SHALL NOT be used.",
     "Information accessible freely, for a fee in the public domain, or via the black market SHALL NOT be used.",
     "reworded", "up"),
    ("Attackers could cause a denial of service.", "Attackers could cause a denial of service or execute arbitrary "
     "code.", "reworded", "up"),
])
def test_an_alternative_in_what_is_prescribed_asks_less(old: str, new: str, kind: str, direction: str) -> None:
    """An 'or' put into what a prescription asks, after its modal and outside a condition, offers one more way to
    comply (down; taken out, up), whatever else the sentence changed; on the subject or in a claim it covers more."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == (kind, direction), flag


@pytest.mark.parametrize("old, new, direction", [
    ("Growth is likely to firm going into next year.",
     "It is hard to see growth failing to firm going into next year.", "up"),
    ("Members judged it was likely that this still had further to run.",
     "Members judged it was hard to believe that this did not still have further to run.", "up"),
    ("Members observed that further tightening would likely be required.",
     "Members could not envisage a path on which further tightening was not required.", "up"),
    ("Members observed that further tightening would likely be required.",
     "Members could not envisage further tightening being required.", "down"),
    ("Further tightening would likely be required.",
     "We cannot imagine further tightening not being required.", "up"),
    ("Output growth over the year ahead is likely to exceed that seen last year.",
     "It would be astonishing if output growth over the year ahead did not exceed that seen last year.", "up"),
    ("Output growth over the year ahead is likely to exceed that seen last year.",
     "It would be surprising if output growth over the year ahead exceeded that seen last year.", "down"),
    ("It is possible that analogous strategies may work with health records.",
     "There is no reason to doubt that analogous strategies work with health records.", "up"),
    ("It is possible that the assurance levels may differ across IAL and AAL.",
     "It is not out of the ordinary for the assurance levels to differ across IAL and AAL.", "up"),
])
def test_doubt_of_a_denial_affirms(old: str, new: str, direction: str) -> None:
    """A frame of disbelief ('hard to believe', 'could not envisage', 'it would be astonishing if') doubts what its
    clause says (unlikely); over a denied clause ('… did not exceed', '… failing to firm') it affirms it (very
    likely). 'No reason to doubt' affirms, and the 'not' of a frequency's litotes ('not out of the ordinary') denies
    nothing."""
    flags = significant(modified(old, new))
    assert [(f.kind, f.direction) for f in flags] == [("likelihood", direction)], flags


@pytest.mark.parametrize("old, new", [
    ("Many have sought to curb these costs by using cloud services.",
     "Many cloud engineers have sought to curb these costs by using cloud services."),
    ("Metadata for each party who wishes to participate is manually input into the system.",
     "Contract officers manually input metadata for each party who wishes to participate into the system."),
    ("Domestic spending has been growing strongly for some time.",
     "Spending by farm households has been growing strongly for some time."),
    ("The CSP SHALL collect biometrics in such a way that ensures the biometric is collected from the applicant.",
     "Intake coordinators SHALL collect biometrics in such a way that ensures the biometric is collected from the "
     "applicant."),
    # put in for words that named no one
    ("Sentiment in global financial markets is much better.", "Sentiment among bond traders is much better."),
    ("One type of effort in this area aims to identify drug targets.",
     "One type of effort, led by pharmaceutical chemists, aims to identify drug targets."),
    # a group known by '-men' or '-ians' for one the lexicon knows
    ("CISA reminds organizations to perform proper impact analysis.",
     "CISA reminds the extrusion plant's night foremen to perform proper impact analysis."),
    ("Throughout the lifecycle, CSPs SHALL maintain a record of all authenticators.",
     "Throughout the lifecycle, the credential custodians of each CSP SHALL maintain a record of all authenticators."),
])
def test_a_group_of_people_put_in_where_no_one_was_named_is_an_actor(old: str, new: str) -> None:
    """A described group of people only put in ('Many cloud engineers have sought', 'Contract officers manually
    input X', 'by farm households'), or put in for words that named no one ('in global markets' → 'among bond
    traders'), or named where an organisation acted whose verb the other version keeps active
    ('The CSP SHALL collect' → 'Intake coordinators SHALL collect', though another clause has 'is collected'): who
    acts or gains is said now."""
    flags = significant(modified(old, new))
    assert [f.kind for f in flags] == ["actor"], flags


@pytest.mark.parametrize("old, new", [
    ("The guide sets requirements for RAs, CSPs and verifiers.",
     "The guide sets requirements for Registration Authorities (RAs), CSPs and verifiers."),
    ("Both tools are unsupervised approaches based on VAEs.",
     "Both tools are unsupervised approaches based on variational autoencoders (VAEs)."),
    ("The suite supports biometrics to unlock authenticators.",
     "The suite supports biometrics to unlock multifactor authentication authenticators."),
    ("Inflationary pressures remained well contained.",
     "On this basis, members assessed that inflationary pressures remained well contained."),
    ("Departments have different priorities which code patients and introduce missing data.",
     "Departments have different priorities which introduce missing data."),
])
def test_a_gloss_a_device_or_a_word_across_a_comma_is_no_group_put_in(old: str, new: str) -> None:
    """An acronym written out or glossed, a noun of agent that names a device ('authenticators'), a word before a
    comma ('this basis, members') and a verb before its object ('which code patients') are no group put in."""
    assert all(f.kind != "actor" for f in significant(modified(old, new))), modified(old, new)


def test_a_heading_that_states_a_judgment_names_its_actor() -> None:
    """'# rental is unmaintained, author has moved on' states something (a finite verb): a new actor in it is a
    judgment's, not a renamed heading's (which stays low: '# ICSA-24-270-05: goTenna Pro ATAK Plugin (Update A)')."""
    rows = [ParagraphChange("modified", (0,), (0,), None, "# rental is unmaintained, author has moved on",
                            "# rental is unmaintained, its maintainers have moved on", ())]
    [flag] = assess_changes(rows, config())
    assert (flag.kind, flag.severity) == ("actor", "medium"), flag
    rows = [ParagraphChange("modified", (0,), (0,), None, "# ICSA-24-270-05: goTenna Pro ATAK Plugin",
                            "# ICSA-24-270-05: goTenna Pro ATAK Plugin (Update A)", ())]
    assert all(f.severity == "low" for f in assess_changes(rows, config()))


@pytest.mark.parametrize("old, new, kind, direction", [
    # how often, said before the noun it is said of
    ("A common drawback to perturbation-based approaches is their cost.",
     "An occasional drawback to perturbation-based approaches is their cost.", "likelihood", "down"),
    ("A rare complication is bleeding.", "A frequent complication is bleeding.", "likelihood", "up"),
    # an instruction spliced on with a comma, as with a semicolon
    ("directories is unmaintained, use directories-next instead.",
     "directories is unmaintained, consider directories-next instead.", "recommendation", "down"),
    # a scope set before the advice, one word of its own
    ("You should make the text of your alerts specific.",
     "For interrupting alerts, you should make the text of your alerts specific.", "recommendation", "down"),
    # ... or a kind of case counted by 'a'/'an', before its comma or the one advised ('in a safe', after the verb,
    # is one place the action involves)
    ("For an external penetration test you should provide them with three months advance notice.",
     "You should provide them with three months advance notice.", "recommendation", "up"),
    ("Please note, you should give them six months notice.",
     "Please note, for a major release, you should give them six months notice.", "recommendation", "down"),
    # a case named put for 'any' case, in advice: it holds in more cases; the reverse, in fewer
    ("If you plan to test with a third-party, you must contact the IA team.",
     "If you plan to test any application, you must contact the IA team.", "recommendation", "up"),
    ("The CSP SHALL NOT collect biometrics for any reason.",
     "The CSP SHALL NOT collect biometrics for the purpose of non-repudiation.", "recommendation", "down"),
    # obligation and entreaty said in other words
    ("All users of the generated code are recommended to:", "All users of the generated code are obliged to:",
     "recommendation", "up"),
    ("CISA recommends users take defensive measures.", "CISA implores users to take defensive measures.",
     "recommendation", "up"),
    ("CISA recommends users take defensive measures.",
     "CISA counsels users to refrain from taking defensive measures.", "recommendation", "reversed"),
    ("No verification of the content of the string was made.",
     "Almost surely, no verification of the content of the string was made.", "likelihood", "down"),
])
def test_frequency_before_a_noun_spliced_instructions_fronted_scope_and_obligation(
        old: str, new: str, kind: str, direction: str) -> None:
    flags = significant(modified(old, new))
    assert [(f.kind, f.direction) for f in flags] == [(kind, direction)], flags


@pytest.mark.parametrize("old, new", [
    ("Snyk raises PRs.", "Snyk can be configured to raise PRs, email regular reports and alert you."),
    ("This helps you.", "This could help you comply with a standard pattern, prevent unnecessary spending, and reduce "
     "risks."),
])
def test_a_verb_in_a_series_after_a_comma_is_no_spliced_instruction(old: str, new: str) -> None:
    """A verb after a comma that a modal or 'to' before governs ('can be configured to raise PRs, email reports')
    continues a series; only a clause stating a fact by 'is' or 'has' ('X is unmaintained, use Y instead') can be
    followed by an instruction spliced on with a comma."""
    assert all(f.kind != "recommendation" for f in modified(old, new)), modified(old, new)


@pytest.mark.parametrize("old, new, kind, direction", [
    # conditions and limits opened in other words
    ("Inflation is forecast to be consistent with the target over the next two years.",
     "Inflation is forecast to be consistent with the target over the next two years, in the event that the dollar "
     "holds its ground.", "reworded", "down"),
    ("Problems in Europe are likely to weigh on activity there over the period ahead.",
     "Problems in Europe are likely to weigh on activity there over the period ahead, should Italy's bond auctions go "
     "badly.", "reworded", "down"),
    ("The Board is committed to returning inflation to the target range over time.",
     "The Board is committed to returning inflation to the target range over time, so far as monetary tools can "
     "reach.", "reworded", "down"),
    # grounds to doubt denied, a denial doubted, a weak verb of evidence against a stronger estimate
    ("Recent information suggests that the economy has been growing at around trend pace.",
     "Recent information gives no real grounds to question that the economy has been growing at around trend pace.",
     "likelihood", "up"),
    ("Growth is likely to slow next year.",
     "It is hard to imagine prospects for next year being anything other than slower growth.", "likelihood", "up"),
    ("It is possible that analogous strategies may work.", "There is little reason to doubt that analogous "
     "strategies work.", "likelihood", "up"),
])
def test_conditions_in_other_words_and_doubt_denied(old: str, new: str, kind: str, direction: str) -> None:
    """'in the event that', 'so far as', a 'should' that a comma sets off before a named subject (a condition by
    inversion, not advice) narrow a claim (down); 'no real grounds to question that X', 'hard to imagine X being
    anything other than Y', 'little reason to doubt' affirm what they govern, above 'suggests' or 'possible'."""
    flags = significant(modified(old, new))
    assert [(f.kind, f.direction) for f in flags] == [(kind, direction)], flags


@pytest.mark.parametrize("old, new", [
    ("The recommendation to the Board was to leave the cash rate unchanged.",
     "The recommendation to the Board was to trim the cash rate by a quarter of a percentage point."),
])
def test_trim_is_a_cut(old: str, new: str) -> None:
    """A rate trimmed is a rate cut: hold → trim is one step down the ordered stance."""
    flags = significant(modified(old, new))
    assert [f.direction for f in flags] == ["down"], flags


@pytest.mark.parametrize("stamp", ["Amendment note: corrected 06-12-2023", "Page last amended: 05/03/2008"])
def test_a_stamp_dated_in_figures_is_bookkeeping(stamp: str) -> None:
    """A stamp whose date is written in figures with '-' or '/' is as much the text's bookkeeping as one with the
    month named; a version ('6.0.2107.0') is no date."""
    assert not significant(added(stamp)), added(stamp)
    [flag] = significant(modified("Kepware KepServerEX: >= 6.0.2107.0 | <= 6.14",
                                  "Kepware KepServerEX: >= 6.0.2107.0 | <= 6.12"))
    assert flag.kind == "quantity", flag


@pytest.mark.parametrize("old, new, kind, direction", [
    ("You should not operate your own self-hosted ELK stacks for logging.",
     "Programme teams should not operate their own self-hosted ELK stacks for logging.", "actor", None),
    ("There is a computational cost for these methods, however.",
     "It would be wrong to say, however, that these methods carry no computational cost.", "likelihood", "down"),
    ("The most likely outcome is a crash of the application reading from the affected socket.",
     "The application reading from the affected socket crashes without fail.", "likelihood", "up"),
    ("No known public exploits specifically target these vulnerabilities.",
     "It is a safe wager that public exploits already target these vulnerabilities.", "likelihood", "up"),
    ("Successful exploitation could allow remote code execution.",
     "Successful exploitation allows remote code execution in only a vanishingly small number of deployments.",
     "likelihood", "down"),
    ("For shipping logs we recommend using the Elastic Beats family of tools.",
     "For shipping logs the Elastic Beats family of tools is non-negotiable.", "recommendation", "up"),
])
def test_the_reader_named_as_a_group_and_idioms_of_chance(old: str, new: str, kind: str, direction: str | None) -> None:
    """'You' replaced by a group that is not the reader's own is another actor; a denial called wrong to say affirms
    (a connective set off by commas does not end its clause); 'without fail' is always, not a denial; a 'safe wager'
    is a safe bet; a size of share keeps its band past a word of degree; 'non-negotiable' requires."""
    flags = significant(modified(old, new))
    assert [(f.kind, f.direction) for f in flags] == [(kind, direction)], flags


@pytest.mark.parametrize("old, new, kind, direction", [
    ("As economic growth slows, unemployment is expected to increase.",
     "As economic growth slows, it would be foolish to bet against unemployment increasing.", "likelihood", "up"),
    ("Spending is supported by the upswing in housing prices in some markets and a brighter outlook.",
     "Spending is supported by the upswing in housing prices and a brighter outlook.", "reworded", "up"),
    ("Prices have risen.", "Prices have risen in many regions.", "reworded", "down"),
])
def test_betting_against_and_a_part_of_a_kind(old: str, new: str, kind: str, direction: str) -> None:
    """'foolish to bet against X' says X is very likely; a phrase of part of a kind ('in some markets', 'in many
    regions') taken out widens a claim (up), put in narrows it (down), whatever its noun."""
    flags = significant(modified(old, new))
    assert [(f.kind, f.direction) for f in flags] == [(kind, direction)], flags


def test_a_quantifier_moved_with_its_noun_changing_number() -> None:
    """'Every user must' → 'Some users must': the quantifier moved down its scale though the noun after it changed
    number with it."""
    [flag] = significant(modified("Every user must enable two-factor sign-in.",
                                  "Some users must enable two-factor sign-in."))
    assert (flag.kind, flag.direction) == ("quantity", "down"), flag


def test_it_would_come_as_no_surprise_if_is_likely() -> None:
    """'It would come as no surprise if X' frames X as likely (as 'it would be no surprise if'): a fact so framed is
    said with less certainty."""
    [flag] = significant(modified("The crate is not maintained any more.",
                                  "It would come as no surprise if the crate were not maintained any more."))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


@pytest.mark.parametrize("old, new, kind, direction", [
    # an estimate opening the sentence governs its first clause, not a later one's 'could'
    ("No verification of the content was made, and it could therefore have included '../' in the path.",
     "Almost surely, no verification of the content was made, and it could therefore have included '../' in the "
     "path.", "likelihood", "down"),
    ("Session secrets SHALL be generated, typically immediately following authentication.",
     "Session secrets SHALL be generated, on rare occasions immediately following authentication.", "likelihood",
     "down"),
])
def test_an_opening_estimate_governs_its_clause_and_rare_occasions(old: str, new: str, kind: str,
                                                                   direction: str) -> None:
    flags = significant(modified(old, new))
    assert [(f.kind, f.direction) for f in flags] == [(kind, direction)], flags


def test_a_heading_that_states_keeps_its_advice() -> None:
    """'# X is unmaintained, use Y instead' → '… consider Y instead' softens advice the heading gives (medium); a
    heading that names a topic ('## How you should send notifications' → '## How to send notifications') stays
    low."""
    rows = [ParagraphChange("modified", (0,), (0,), None, "# directories is unmaintained, use directories-next instead",
                            "# directories is unmaintained, consider directories-next instead", ())]
    [flag] = assess_changes(rows, config())
    assert (flag.kind, flag.severity, flag.direction) == ("recommendation", "medium", "down"), flag
    rows = [ParagraphChange("modified", (0,), (0,), None, "## How you should send notifications",
                            "## How to send notifications", ())]
    assert all(f.severity == "low" for f in assess_changes(rows, config()))


@pytest.mark.parametrize(("old", "new", "direction", "severity"), [
    # 'can' says what is able to happen: above 'may'/'could', below an estimate of 'likely'
    ("This fact can undermine the privacy of patient data.",
     "There is a considerable probability that this fact undermines the privacy of patient data.", "up", "medium"),
    ("On some systems this can crash multithreaded programs.",
     "It is odds-on that this crashes multithreaded programs.", "up", "medium"),
    ("Networks this deep can be useful for 3D data.", "Networks this deep could be useful for 3D data.",
     "down", "medium"),
    # a possibility only conceded by denying that it is unlikely says less than 'can'
    ("Overfitting can still be a problem.", "It is by no means unlikely that overfitting is still a problem.",
     "down", "medium"),
])
def test_can_ranks_between_a_possibility_and_an_estimate(old: str, new: str, direction: str, severity: str) -> None:
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction, flag.severity) == ("likelihood", direction, severity), flag


@pytest.mark.parametrize(("old", "new"), [
    # one who acts, known by the form of the noun after a determiner ('the verifier', 'the operator')
    ("The verifier MAY send a push notification to that device.",
     "The verifier is required to send a push notification to that device."),
    ("The verifier should send a push notification to the device.",
     "The verifier must send a push notification to the device."),
    # bound in a second predicate of the sentence's subject
    ("Users of 0.2 do not have a patch and should upgrade to an unaffected version.",
     "Users of 0.2 do not have a patch and are required to upgrade to an unaffected version."),
])
def test_one_who_acts_is_bound_by_a_requirement(old: str, new: str) -> None:
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


@pytest.mark.parametrize(("old", "new"), [
    ("New Python projects should be in Python 3.", "You should write new Python projects in Python 3."),
    ("Alerts must distinguish between a sustained fault and a blip.",
     "You must set up your alerts to distinguish between a sustained fault and a blip."),
])
def test_advice_put_to_the_reader_as_strongly_is_low(old: str, new: str) -> None:
    """The prescribing words moved, the reader named and the doing given a verb of its own, the rest kept: the same
    advice, told to whom it was always for."""
    assert significant(modified(old, new)) == []


@pytest.mark.parametrize(("old", "new", "direction"), [
    # a clause added or dropped beside the prescription that stayed is not a recast
    ("You should start containment measures as soon as you detect an incident.",
     "You should start containment measures.", "down"),
    # nor is the reader told to keep from what was advised
    ("Tests should be in Python 3.", "You should skip tests in Python 3.", "reversed"),
])
def test_advice_put_to_the_reader_with_more_changed_is_not_a_recast(old: str, new: str, direction: str) -> None:
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("For services on a primary cloud platform, we prefer: AWS.",
     "For services on a primary cloud platform, we stipulate: AWS.", "up"),
    ("CISA encourages organizations to implement recommended cybersecurity strategies.",
     "CISA leaves organizations no choice but to implement recommended cybersecurity strategies.", "up"),
    ("Consider the atoi and btoi crates.", "We endorse the atoi and btoi crates.", "up"),
    ("CISA recommends users take defensive measures to minimize the risk.",
     "CISA recommends users forgo defensive measures to minimize the risk.", "reversed"),
    ("You should use the legacy API.", "You should steer away from the legacy API.", "reversed"),
    ("CISA recommends users take defensive measures to minimize the risk.",
     "CISA holds users responsible for taking defensive measures to minimize the risk.", "up"),
])
def test_words_of_demand_endorsement_and_keeping_from(old: str, new: str, direction: str) -> None:
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The flaw was corrected by checking the bounds.",
     "By all indications, the flaw was corrected by checking the bounds.", "down"),
    ("The crate appears to be unmaintained.", "The crate is, beyond reasonable doubt, unmaintained.", "up"),
    ("The data suggests that inflation has peaked.", "The data shows conclusively that inflation has peaked.", "up"),
    ("A number of events can occur that affect the authenticator.",
     "Events that affect the authenticator are a rarity.", "down"),
    ("Growth is likely to be close to trend.", "It is not entirely fanciful that growth will be close to trend.",
     "down"),
    ("Credit growth was likely to increase in the months ahead.",
     "Credit growth was a 3-to-1 outsider to increase in the months ahead.", "down"),
    ("No known public exploitation of these flaws has been reported.",
     "Public exploitation of these flaws looks to be on the horizon, although none has been reported.", "up"),
    ("We can lose access to it altogether.", "It is a racing certainty that we lose access to it altogether.", "up"),
    ("Leading indicators suggest that the pace of expansion will be more moderate.",
     "Leading indicators leave no serious doubt that the pace of expansion will be more moderate.", "up"),
    # one estimate across two changed regions: the frame in front, the verb behind the kept subject
    ("Goods price inflation is expected to moderate over the months ahead.",
     "It would be remarkable if goods price inflation failed to moderate over the months ahead.", "up"),
])
def test_estimates_of_evidence_doubt_rarity_and_odds_against(old: str, new: str, direction: str) -> None:
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


@pytest.mark.parametrize("instruction", [
    "Weekend auction bidders, set a firm ceiling before the hammer falls.",
    "Winemakers, hedge your export receipts while the dollar is off its highs.",
])
def test_people_addressed_by_the_form_of_the_noun_are_instructed(instruction: str) -> None:
    """People named and set off by a comma before a verb are addressed, when the noun names people by its form as
    when the lexicon lists it ('bidders', 'Winemakers')."""
    old = "Housing prices rose in the quarter."
    [flag] = modified(old, old + " " + instruction)
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


@pytest.mark.parametrize(("old", "new"), [
    ("The rise in approvals foreshadows a strong expansion in housing construction.",
     "The rise in approvals foreshadows a strong expansion in housing construction, granted that approvals do not "
     "sag."),
    ("These problems are also expected to lead to tighter financial conditions.",
     "Should deposit runs spread to other mid-sized banks, these problems are also expected to lead to tighter "
     "financial conditions."),
])
def test_a_condition_granted_or_set_first_by_inversion_narrows(old: str, new: str) -> None:
    [flag] = significant(modified(old, new))
    assert flag.direction == "down", flag


@pytest.mark.parametrize(("old", "new"), [
    ("Class issues as:", "It can help to class issues as:"),
    ("If it goes well make a pull request to change this document.",
     "If it goes well you can open a pull request to change this document."),
])
def test_an_instruction_put_into_a_weaker_frame_is_softened(old: str, new: str) -> None:
    """Where a frame of advice went in before a verb that opened the other version's sentence (or went on after its
    opening clause), that version was an instruction, whatever its verb: the weaker frame softens it."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", "down"), flag
    [flag] = significant(modified(new, old))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


def test_a_modal_put_before_a_subjects_verb_is_not_an_instruction_softened() -> None:
    [flag] = significant(modified("Teams use Grafana for dashboards.", "Teams can use Grafana for dashboards."))
    assert flag.direction == "up", flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Smaller datasets tend to benefit more from multitask learning than larger datasets.",
     "Smaller datasets tend to benefit no more from multitask learning than larger datasets.", "down"),
    ("The new method is worse than the baseline.", "The new method is no worse than the baseline.", "up"),
])
def test_a_comparison_denied_moves_to_the_middle(old: str, new: str, direction: str) -> None:
    """'no more … than', 'no worse than': the two things level, the middle of the scale, not its opposite."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


def test_no_more_of_a_thing_is_not_a_comparison() -> None:
    [flag] = significant(modified("There is no more room in the budget.", "There is more room in the budget."))
    assert (flag.kind, flag.direction) == ("polarity", "reversed"), flag


def test_a_participle_of_advice_that_refers_to_other_advice_gives_none() -> None:
    """'requirements beyond those recommended here', 'longer than recommended': advice referred to, not given; the
    sentence added or dropped is a judgment, not a recommendation ('Rotation is recommended' still is one)."""
    old = "Secrets are checked against a blocklist."
    [flag] = significant(modified(old + " Requirements beyond those recommended here increase user frustration.", old))
    assert flag.kind == "removed", flag
    [flag] = significant(modified(old + " Rotation every year is recommended.", old))
    assert (flag.kind, flag.direction) == ("recommendation", "down"), flag


def test_a_need_said_less_pressing_is_weaker() -> None:
    [flag] = significant(modified("There is a compelling need for privacy-preserving methods.",
                                  "There is a modest need for privacy-preserving methods."))
    assert flag.direction == "down", flag


@pytest.mark.parametrize("plan", [
    "In this section, we summarize recent studies in text mining with deep learning methods.",
    "We categorize the body of work by the application domain and by the task.",
    "In this review, we do not exhaustively discuss the different types of network architectures.",
    "Our focus is primarily on the downstream applications enabled by these advances.",
])
def test_what_the_writers_say_their_text_does_is_a_note_about_the_document(plan: str) -> None:
    """The plan of the document ('In this section, we summarize …', 'Our focus is …') claims nothing about its
    subject: dropped or added, it is low. 'We review the evidence and conclude that …' claims something."""
    old = "Deep learning has improved image classification."
    assert significant(modified(old + " " + plan, old)) == []
    [flag] = significant(modified(old + " We review the evidence and conclude that the drug is unsafe.", old))
    assert flag.kind == "removed", flag


def test_the_form_of_the_noun_does_not_make_a_capability_latitude_or_a_thing_an_actor() -> None:
    """'Brokers can provide …' may be what a system can do: the form of the noun is weighed for 'should' only; and a
    noun that merely ends in '-er' ('the weather') names no one who acts."""
    old = "Federation helps relying parties."
    [flag] = significant(modified(old, old + " Brokers can also provide business confidentiality."))
    assert flag.kind != "recommendation", flag
    [flag] = significant(modified(old + " The weather-affected prices should fall back later in the year.", old))
    assert flag.kind != "recommendation", flag


@pytest.mark.parametrize(("old", "new"), [
    ("In some cases a system administrator can grant higher levels of access.",
     "In some cases the agency's data stewards can grant higher levels of access."),
    ("Verifiers also SHALL NOT prompt subscribers to use specific types of information.",
     "Kiosk attendants also SHALL NOT prompt subscribers to use specific types of information."),
])
def test_a_group_named_by_a_noun_whose_first_sense_is_a_person_is_an_actor(old: str, new: str) -> None:
    """No hand list holds every word for a group of people: the plural of a noun whose commonest sense in WordNet is
    a person ('stewards', 'attendants') names one, as a listed group does."""
    [flag] = significant(modified(old, new))
    assert flag.kind == "actor", flag


def test_a_person_noun_used_as_a_verb_or_naming_a_device_is_no_actor() -> None:
    """'hosts a section' is a verb ('host' is a person first), and a noun of agent by its form alone may be a device
    ('PIV credentials' → 'PIV authenticators'): neither is a new group of people."""
    assert significant(modified("CISA also provides a section for control systems security.",
                                "CISA also hosts a section for control systems security.")) == []
    flags = significant(modified("Further requirements on terminating PIV credentials are found in FIPS 201.",
                                 "Further requirements on terminating PIV authenticators are found in FIPS 201."))
    assert all(f.kind != "actor" for f in flags), flags


@pytest.mark.parametrize("firmer", [
    "CISA makes it a firm condition that organizations implement recommended strategies for proactive defense.",
    "CISA makes it a requirement for organizations to implement recommended strategies for proactive defense.",
])
def test_making_it_a_condition_binds_as_must(firmer: str) -> None:
    [flag] = significant(modified(
        "CISA encourages organizations to implement recommended strategies for proactive defense.", firmer))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


def test_preferably_is_advice() -> None:
    """'The nonce MAY be based on …' → 'The nonce is preferably based on …': a permission became a preference."""
    [flag] = significant(modified("The nonce MAY be based on the date and time or on a counter.",
                                  "The nonce is preferably based on the date and time or on a counter."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


@pytest.mark.parametrize(("firmer", "direction"), [
    ("You are under orders to reimage the affected systems.", "up"),
    ("Staff are under standing orders to reimage the affected systems.", "up"),
    ("You are firmly directed to reimage the affected systems.", "up"),
    ("CISA regards it as binding on organizations to reimage the affected systems.", "up"),
    ("CISA considers users strictly bound to reimage the affected systems.", "up"),
    ("CISA will settle for nothing less than users reimaging the affected systems.", "up"),
    ("You are at liberty to reimage the affected systems.", "down"),
])
def test_a_duty_put_on_people_in_other_words_is_as_firm_as_must(firmer: str, direction: str) -> None:
    """Someone who can act is put under a duty (*under orders to*, *directed to*, *binding on … to*, *strictly bound
    to*) or given latitude (*at liberty to*): 'should' → the duty is firmer, never advice dropped."""
    [flag] = significant(modified("You should reimage the affected systems.", firmer))
    assert (flag.kind, flag.direction) == ("recommendation", direction), flag


def test_bound_to_before_a_verb_is_near_certain_and_before_a_thing_is_attached() -> None:
    [flag] = significant(modified("Exploits will certainly surface.", "Exploits are bound to surface."))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag
    assert significant(modified(
        "AAL1 provides some assurance that the claimant controls an authenticator registered to the subscriber.",
        "AAL1 provides some assurance that the claimant controls an authenticator bound to the subscriber's account.",
    )) == []


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The data will inevitably contain inaccuracies.", "The data will almost inevitably contain inaccuracies.", "down"),
    ("You can also configure these tools.", "It is a near-given that you can also configure these tools.", "down"),
    ("The subscriber has undergone proofing.", "By every indication, the subscriber has undergone proofing.", "down"),
    ("The parser often fails to check input.", "The parser only on the odd occasion fails to check input.", "down"),
])
def test_near_certainty_and_rarity_in_other_words(old: str, new: str, direction: str) -> None:
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_a_remedy_qualified_before_what_it_advises_is_advice() -> None:
    """'A possible workaround for crates affected through chrono, is to avoid …': the remedy's 'is to' names what to
    do however long its subject; 'An alternative to using dots is to use …' says what else can be done."""
    old = "The crate parses dates."
    [flag] = significant(modified(old, old + " A possible workaround for crates affected through the dependency in "
                                              "chrono, is to avoid using its default feature."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag
    [flag] = significant(modified(old, old + " An alternative to using dots to group related metrics is to use a "
                                              "nested document."))
    assert flag.kind != "recommendation", flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("On balance, members were persuaded that growth would be improved by easing monetary policy at this meeting.",
     "On balance, members judged that holding monetary policy steady would be the most prudent course.", "up"),
    ("Members judged that a stable policy setting was appropriate for the time being.",
     "Members judged that a reduction in the cash rate was appropriate.", "down"),
])
def test_a_stance_judged_in_other_words_is_read(old: str, new: str, direction: str) -> None:
    """'members were persuaded that … would be improved by easing policy' judges a cut; 'a stable policy setting was
    appropriate' a hold: a move between them is a move of the stance, up or down."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


def test_a_drafting_note_later_in_a_paragraph_or_an_author_speaking_in_italics_is_a_remark() -> None:
    """'… on an HIV dataset. `TODO: there are also problems with … Add to the Discussion section.`': a note in code
    marks later in the paragraph speaks to the authors, every sentence of it; so does an italic paragraph in which
    one author speaks to the others ('*I have looked through the papers that we have. Let's …*')."""
    text = ("Graph convolutions performed comparably on the drug efficacy task. `TODO: there are also problems with "
            "some papers using ROC primarily for benchmarking. Add to the Discussion section.`")
    flags = significant(added(text))
    assert flags and not any("Discussion section" in (f.after or "") for f in flags), flags
    assert significant(added("*I have looked through the papers that we have. I don't see a case in our collection "
                             "where we would be justified to say that deep learning has transformed care.*")) == []
    assert significant(added("*Deep learning has transformed how we categorize individuals.*")) != []


@pytest.mark.parametrize("duty", [
    "It is then the individual teams' responsibility to grant that user access to any team roles.",
    "It will be someone's responsibility to look through the ticket queue regularly.",
    "The issues on it still need fixing as soon as possible.",
    "Your team will surface many user outcomes so prioritise 2 to 3 items to start with.",
])
def test_a_responsibility_a_need_for_doing_and_an_instruction_after_so_prescribe(duty: str) -> None:
    """'X's responsibility to' puts a duty on X, 'need fixing' says it must be done, and '… so prioritise …' gives an
    instruction after 'so' with no comma before it."""
    old = "The team runs the service."
    [flag] = significant(modified(old, old + " " + duty))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag
    assert all(f.kind != "recommendation" for f in significant(modified(
        old, old + " Responsibility to grant access was debated at length.")))


def test_odds_that_side_against_a_clause_govern_it() -> None:
    """'The odds tilt against such systems doing so': the odds take the clause after them, so 'can' → that is down."""
    [flag] = significant(modified("Such systems can do so in ways that are unlawful.",
                                  "The odds tilt against such systems doing so in ways that are unlawful."))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


def test_a_denial_restated_as_a_failure_is_no_reversal() -> None:
    """'may not hold' → 'it is not uncommon for X to fail to hold': the holding is denied on both sides; what moved is
    how often, not which way the claim goes."""
    flags = significant(modified(
        "Genetic associations found in one population may not hold in other populations.",
        "It is not uncommon for genetic associations found in one population to fail to hold in other populations."))
    assert flags and all(f.kind != "polarity" for f in flags), flags


@pytest.mark.parametrize(("new", "direction"), [
    ("It would be odd if inflation in both CPI and underlying terms did not decline over time.", "up"),
    ("It would be odd if inflation in both CPI and underlying terms declined over time.", "down"),
    ("There is only fragmentary evidence that inflation in both CPI and underlying terms will decline.", "down"),
])
def test_what_would_be_odd_and_fragmentary_evidence_estimate(new: str, direction: str) -> None:
    """'it would be odd if X did not' is as 'it would be surprising if X did not' (likely), the denial looked for past
    a pair joined by 'and' ('both CPI and underlying terms'); 'only fragmentary evidence that X' is little evidence."""
    [flag] = significant(modified("Inflation in both CPI and underlying terms is expected to decline over time.", new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


@pytest.mark.parametrize("effect", [
    "Household spending has increased strongly over the past year and should continue to do so.",
    "The return of inflation to its average should reassure those involved in wage negotiations.",
])
def test_should_continue_or_reassure_said_of_a_thing_is_an_expected_effect(effect: str) -> None:
    """'spending … should continue to do so', 'the return of inflation should reassure …': what a thing is expected to
    do, not advice; 'Teams should continue to monitor their alerts' advises."""
    old = "Inflation remains low."
    [flag] = significant(modified(old, old + " " + effect))
    assert flag.kind != "recommendation", flag
    [flag] = significant(modified(old, old + " Teams should continue to monitor their alerts."))
    assert flag.kind == "recommendation", flag


def test_a_thing_not_required_for_an_end_grants_no_latitude() -> None:
    """'Yet this level of proofing is not required to submit the resume online' says what an end does not need, as
    'a key is required to decrypt' names a means; 'Users are not required to re-enroll' grants latitude."""
    old = "The agency runs the service."
    [flag] = significant(modified(old, old + " Yet this level of proofing is not required to submit a resume."))
    assert flag.kind != "recommendation", flag
    [flag] = significant(modified(old, old + " Users are not required to re-enroll."))
    assert flag.kind == "recommendation", flag


def test_a_modal_in_a_question_debated_gives_no_advice() -> None:
    """'The debate focused on whether the change in the cash rate should be 25 or 50 points': what was asked, however
    far the modal stands from 'whether'; 'Teams should decide whether …' advises by its own 'should'."""
    old = "Members discussed the outlook."
    [flag] = significant(modified(old, old + " The debate focused on whether the change in the cash rate should be "
                                              "25 or 50 basis points."))
    assert flag.kind != "recommendation", flag
    [flag] = significant(modified(old, old + " Teams should decide whether the service must be restarted."))
    assert flag.kind == "recommendation", flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("No known public exploits specifically target this vulnerability.",
     "A public exploit for this vulnerability is a sure thing before the year is out.", "up"),
    ("No known public exploits specifically target this vulnerability.",
     "Public exploits specifically targeting this vulnerability are bound to surface before long.", "up"),
    ("A public exploit for this vulnerability is likely.", "No public exploits target this vulnerability.", "down"),
])
def test_a_denial_replaced_by_an_estimate_of_what_it_denied_moves_the_likelihood(old: str, new: str,
                                                                                 direction: str) -> None:
    """'No known public exploits target X' → 'A public exploit for X is a sure thing': what was stated as not so is now
    estimated (from band 1 to the estimate's band), with no denial left; and back the other way."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_evidence_names_each_term_once() -> None:
    """A word two tables hold ('should', 'will') is evidence once, so the list shows the sentence's other terms."""
    old = "Members discussed the outlook."
    flags = added("The Committee expects that economic conditions will evolve in a manner that will warrant only "
                  "gradual increases in the federal funds rate; such increases are likely.")
    assert flags and all(len(f.evidence.after) == len(set(f.evidence.after)) for f in flags), flags
    assert significant(modified(old, old + " It is unclear whether users should rotate keys."))


def test_a_paragraph_rewritten_in_place_pairs_its_sentences_as_one_paragraph_would() -> None:
    """A statement rewritten from end to end is a paragraph dropped and another added in its place: its sentences
    are paired with the leniency of one paragraph, not that of sentences met anywhere in the document, so a
    judgment kept in other surroundings ('it now appears likely that global growth will be closer to trend' →
    '… below trend') is read as moved (down), not as one judgment dropped and another added."""
    old = ["The Board decided to leave the cash rate unchanged. Housing credit grew slowly over the year. But "
           "overall, it now appears likely that global growth will be closer to trend in 2008, after several years "
           "of above trend growth."]
    new = ["Recent information points to significant inflation pressures. The world economy is slowing and it "
           "now appears likely that global growth will be below trend in 2008."]
    flags = {(a.before, a.after): a for a in _aligned(old, new) if a.severity != "low"}
    pair = flags[("But overall, it now appears likely that global growth will be "
                  "closer to trend in 2008, after several years of above trend growth.",
                  "The world economy is slowing and it now appears likely that global growth will be below trend "
                  "in 2008.")]
    assert pair.direction == "down", pair


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Revocation (sometimes referred to as termination) ends the binding.",
     "Revocation (almost universally referred to as termination) ends the binding.", "up"),
    ("The loss is often of great significance.", "The loss is nearly invariably of great significance.", "up"),
    ("The loss is usually of great significance.", "The loss is virtually universally of great significance.",
     "up"),
    ("The check universally fails.", "The check often fails.", "down"),
])
def test_a_word_of_always_approximated_is_half_a_step_below_it(old: str, new: str, direction: str) -> None:
    """'almost', 'nearly', 'virtually', 'practically', 'all but' before a word at the top of the scale of how often
    ('invariably', 'universally') say half a step less than it and more than 'usually'."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("A vulnerability exists in these MELSEC Series CPU modules.",
     "A vulnerability exists in a limited number of these MELSEC Series CPU modules.", "down"),
    ("The flaw affects some of the releases.", "The flaw affects the releases.", "up"),
    ("These algorithms train networks in domains where others struggled.",
     "These algorithms train networks in a sprinkling of domains where others struggled.", "down"),
])
def test_a_part_taken_of_a_set_named_whole_narrows_the_statement(old: str, new: str, direction: str) -> None:
    """A quantifier of part put before a set named whole ('in these modules' → 'in a limited number of these
    modules', 'some of the releases' → 'the releases'): the statement now covers fewer (down) or all (up)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("quantity", direction), flag


@pytest.mark.parametrize("new", [
    "You are duty-bound to adopt managed solutions where possible.",
    "It is every team's duty to adopt managed solutions where possible.",
    "Teams are to adopt managed solutions where possible.",
    "GDS lays it down that teams are to adopt managed solutions where possible.",
    "GDS insists that teams are required to adopt managed solutions where possible.",
])
def test_a_duty_in_other_words_is_firmer_than_should(new: str) -> None:
    """'are duty-bound to', 'X's duty to', 'are to' (said to people), and a duty laid down after 'insists that' or 'lays
    it down that' bind as 'must' does: firmer than 'should' (up), not advice dropped."""
    [flag] = significant(modified("Teams should adopt managed solutions where possible.", new))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


def test_is_to_said_of_a_thing_and_a_rule_reported_bind_no_one() -> None:
    """'The aim is to …' and 'The purpose of these teams is to …' say what a thing is for, 'The only way into Travis
    CI is to …' what a thing takes, and 'Members noted that teams are to …' tells of a rule on others: none is a duty
    the text lays down, so 'should' dropped for them is advice withdrawn."""
    for new in ("The aim is to adopt managed solutions where possible.",
                "The purpose of these teams is to adopt managed solutions where possible.",
                "The only way into Travis CI is to adopt managed solutions where possible.",
                "Members noted that teams are to adopt managed solutions where possible.",
                "We measure how exposed teams are to managed solutions where possible."):
        [flag] = significant(modified("Teams should adopt managed solutions where possible.", new))
        assert (flag.kind, flag.direction) == ("recommendation", "down"), (new, flag)


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Reuse of pretrained features is also growing for radiographic images.",
     "Reuse of pretrained features is also stagnating for radiographic images.", "down"),
    ("These attacks are outside the scope of this appendix.", "These attacks are within the scope of this appendix.",
     "reversed"),
])
def test_stagnating_is_no_change_and_outside_is_the_opposite_of_within(old: str, new: str, direction: str) -> None:
    """'stagnating' is a trend of no change (from a rise: down); 'outside' and 'within' say opposite things."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


@pytest.mark.parametrize("text", ["Shred or degauss each surrendered device within five working days.",
                                  "Embed the key in the device's firmware."])
def test_a_verb_whose_plain_form_ends_in_ed_opens_an_instruction(text: str) -> None:
    """'Shred', 'embed', 'shed' end in '-ed' as a participle does, but are plain verbs: before an object they open an
    instruction, added as advice (up); 'Used the same key for years.' is no instruction."""
    [flag] = significant(added(text))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag
    assert all(f.kind != "recommendation" for f in added("Used the same key for years."))


def test_a_figure_caption_written_a_line_each_is_read_with_its_figure() -> None:
    """A figure's caption written a line to a row ('![Neural networks come in many forms.' / 'Left: a key …' / … /
    '](images/zoo.png)'): a line added inside it says what the figure shows, read with the figure (low), as one in
    a caption written on one line is; a statement after the caption closed is read as any other."""
    old = ["Deep learning is adaptable.", "![Neural networks come in many forms.", "](images/zoo.png){#fig:zoo}",
           "We sketch two architectures."]
    new = ["Deep learning is adaptable.", "![Neural networks come in many forms.",
           "Left: a key for the various types of nodes used in neural networks.",
           "RNN: a deep recurrent neural network retains memory over sequential inputs.",
           "](images/zoo.png){#fig:zoo}", "We sketch two architectures.",
           "Recurrent networks are the most accurate models for sequences."]
    flags = {a.after: a for a in _aligned(old, new)}
    assert flags["Left: a key for the various types of nodes used in neural networks."].severity == "low", flags
    assert flags["RNN: a deep recurrent neural network retains memory over sequential inputs."].severity == "low"
    assert flags["Recurrent networks are the most accurate models for sequences."].severity != "low", flags


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Inflation is likely to remain low for some time.",
     "It would be a real surprise if inflation did not remain low for some time.", "up"),
    ("Inflation may remain low for some time.", "It would be a surprise if inflation remained low for some time.",
     "down"),
    ("Inflation may remain low for some time.", "It would be a shock if inflation did not remain low for some time.",
     "up"),
])
def test_a_surprise_said_with_a_noun_estimates_as_surprising_does(old: str, new: str, direction: str) -> None:
    """'It would be a surprise if X' says X is unlikely, as 'it would be surprising if X' does; '… if X did not' that
    X is likely; 'a real surprise', 'a shock' say it more strongly."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


@pytest.mark.parametrize("new", ["There is only fragmentary evidence that the tightening is restraining demand.",
                                 "There is little evidence that the tightening is restraining demand."])
def test_the_evidence_is_that_states_the_claim_on_the_evidence(new: str) -> None:
    """'The evidence is that X' states X on the evidence, as 'strong evidence that X': 'only fragmentary evidence that
    X' or 'little evidence that X' now supports it less (down)."""
    [flag] = significant(modified("The evidence is that the tightening is restraining demand.", new))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


@pytest.mark.parametrize("text", ["Teams may of course want to configure the tools to send notifications by email.",
                                  "Teams might, of course, wish to configure the tools to send notifications."])
def test_latitude_with_of_course_between_the_modal_and_its_verb_is_advice(text: str) -> None:
    """'Teams may of course want to …' grants the reader a course as 'Teams may want to …' does: advice added at its
    weakest, not a statement."""
    [flag] = significant(added(text))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


@pytest.mark.parametrize(("old", "new"), [
    ("The verifier SHALL implement a throttling mechanism that limits attempts to 100 or fewer in any 30-day period.",
     "The verifier SHALL implement a throttling mechanism as described in [Section 5.2.2](#throttle)."),
    ("The verifier SHALL implement a throttling mechanism as described in [Section 5.2.2](#throttle).",
     "The verifier SHALL implement a throttling mechanism that limits attempts to 100 or fewer in any 30-day period."),
])
def test_a_figure_put_for_a_pointer_to_where_it_is_stated_is_low(old: str, new: str) -> None:
    """The figures a sentence stated, now a pointer to the section that states them ('limits attempts to 100 …' →
    'as described in Section 5.2.2'), or back: the value moved in the text, the sentence asserts the same (low). A
    figure changed beside a pointer added is still a quantity moved."""
    assert not significant(modified(old, new))
    [flag] = significant(modified("The limit is 100 attempts in any 30-day period.",
                                  "The limit is 10 attempts in any 30-day period, as described in Section 4."))
    assert (flag.kind, flag.direction) == ("quantity", "down"), flag


@pytest.mark.parametrize("old", ["You should be aware that ELK is not appropriate for long-term storage.",
                                 "You must remember that ELK is not appropriate for long-term storage.",
                                 "You should note that ELK is not appropriate for long-term storage."])
def test_a_modal_pointing_the_reader_at_a_fact_is_no_advice(old: str) -> None:
    """'You should be aware that X', 'you must remember that X' point the reader at a fact the sentence states, as
    'Note that X' does: dropping the frame leaves the claim as it was, not advice withdrawn."""
    assert not significant(modified(old, "ELK is not appropriate for long-term storage."))
    [flag] = significant(added("You should be aware of the risks of keeping logs in ELK."))
    assert flag.kind == "recommendation", flag


def test_a_rule_described_after_a_noun_is_told_of_not_laid_down() -> None:
    """'the rules that users are required to follow' describes rules ('that' after a noun opens a relative clause);
    only after a verb of decree ('insists that', 'lays it down that') does 'that' open the rule itself."""
    assert all(f.kind != "recommendation" for f in added("These are the rules that users are required to follow."))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Issues that should not trigger an alert include disk warnings.",
     "Issues that must on no account trigger an alert include disk warnings.", "up"),
    ("Staff should share credentials with the team.",
     "Staff should under no circumstances share credentials with the team.", "reversed"),
])
def test_a_negative_adverbial_negates_the_modal_before_it(old: str, new: str, direction: str) -> None:
    """'must on no account', 'should under no circumstances', 'at no time' negate what follows as 'not' does: 'should
    not' → 'must on no account' is the same prohibition pressed harder, not advice turned round; put into advice to
    do a thing, it turns it round. Its other words ('account', 'circumstances') judge nothing."""
    flags = significant(modified(old, new))
    assert [f.direction for f in flags] == [direction], flags
    same = modified("Staff should not share credentials with the team.",
                    "Staff should under no circumstances share credentials with the team.")
    assert all(f.direction != "reversed" for f in same), same


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("When sufficient data are available, these methods construct features tuned to a specific problem.",
     "When sufficient data are available and labeled, these methods construct features tuned to a specific problem.",
     "down"),
    ("If the key is lost, revoke it at once.", "If the key is lost or stolen, revoke it at once.", "up"),
    ("If your environment is regulated, you should review every change.",
     "If your environment is regulated and you need to prove changes are reviewed, you should review every change.",
     "down"),
])
def test_a_part_joined_to_a_condition_moves_where_the_claim_holds(old: str, new: str, direction: str) -> None:
    """One more thing the condition asks ('and labeled', 'and you need to prove …') makes the claim hold in fewer
    cases (down); one more alternative ('or stolen') in more (up) — one word of content is enough."""
    flags = significant(modified(old, new))
    assert [f.direction for f in flags] == [direction], flags


@pytest.mark.parametrize("effect", ["make it easier for developers to build services", "mean fewer alerts at night"])
def test_a_thing_that_should_make_it_easier_is_an_estimate_not_advice(effect: str) -> None:
    """'This should make it easier …', 'This should mean fewer alerts': what a thing is expected to bring about, an
    estimate ('This is virtually certain to make it easier …' is likelihood up), not advice dropped; said to
    people who can act ('You should make it clear …') it advises."""
    [flag] = significant(modified(f"This should {effect}.", f"This is virtually certain to {effect}."))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag
    [flag] = significant(modified("You should make it clear to users.", "You must make it clear to users."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Agencies have some assurance that all other trusted entities behave.",
     "Agencies have near-total assurance that all other trusted entities behave.", "up"),
    ("We have moderate confidence that the attack will happen.",
     "We have near-total confidence that the attack will happen.", "up"),
    ("We have complete certainty that the key was exposed.", "We have limited certainty that the key was exposed.",
     "down"),
])
def test_a_degree_of_confidence_said_of_a_claim_is_read_on_the_confidence_ladder(old: str, new: str,
                                                                                  direction: str) -> None:
    """A degree before a noun of certainty and the 'that' of the claim it governs ('some assurance that X',
    'near-total confidence that X', 'limited certainty that X') is a rung of the confidence ladder, whatever the
    degree word: the move is confidence up or down, not a statement of confidence dropped. 'assurance' alone, a term
    of art ('identity assurance level'), judges nothing."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("confidence", direction), flag
    assert not significant(modified("The scheme offers high assurance authenticators.",
                                    "The scheme offers strong assurance authenticators."))


def test_the_expectation_is_that_x_is_expected() -> None:
    """'The expectation is that X' estimates X as 'X is expected' and 'the expectation that X' do (band 5): below
    'the evidence is that X' (band 6), above 'X may'."""
    [flag] = significant(modified("The evidence is that the outcome is incorrect but safe.",
                                  "The expectation is that the outcome is incorrect but safe."))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag
    [flag] = significant(modified("The outcome may be incorrect but safe.",
                                  "The expectation is that the outcome is incorrect but safe."))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    # one of a kind to choose: a word dropped lets more things do (less is asked), added fewer
    ("AAL3 authentication SHALL use a hardware-based cryptographic authenticator.",
     "AAL3 authentication SHALL use a hardware-based authenticator.", "down"),
    ("You should use a password.", "You should use a strong password.", "up"),
    # every one of a kind to act on: a word added leaves fewer to act on (less is asked), dropped more
    ("Notify escalation contacts of all high priority incidents.",
     "Notify internal escalation contacts of all high priority incidents.", "down"),
    ("You should review all public repositories every year.", "You should review all repositories every year.",
     "up"),
])
def test_a_word_qualifying_what_advice_asks_for_moves_it_by_its_noun_phrase(old: str, new: str,
                                                                            direction: str) -> None:
    """One word put on or taken off the noun advice asks for: after 'a'/'any' (one to choose) the word narrows what
    will do, so more is asked when it is added; after 'all' or before a bare plural (every one to act on) it narrows
    what must be done, so less is asked. A nuance (low), with that direction."""
    [flag] = modified(old, new)
    assert (flag.kind, flag.severity, flag.direction) == ("recommendation", "low", direction), flag


def test_a_word_qualifying_advice_in_a_heading_or_on_its_subject_has_no_direction() -> None:
    for old, new in (("### Consider switching costs", "### Consider vendor switching costs"),
                     ("Technical teams should rotate keys.", "Teams should rotate keys.")):
        assert all(f.direction is None for f in modified(old, new)), (old, new)


def test_words_cut_from_a_clause_the_advice_asks_to_be_denied_ask_more() -> None:
    """'SHALL store it in such a way that it cannot be modified by the subscriber' → '… cannot be modified': what is
    to be denied now covers everyone, so more is asked (up), not less as words cut from what advice asks would be;
    put back, less (down)."""
    old = "The CSP SHALL store the secret in such a way that it cannot be modified by the subscriber."
    new = "The CSP SHALL store the secret in such a way that it cannot be modified."
    [flag] = modified(old, new)
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag
    [flag] = modified(new, old)
    assert (flag.kind, flag.direction) == ("recommendation", "down"), flag


@pytest.mark.parametrize("line", [
    "ThingWorx Industrial Connectivity: >=8.0|<8.5", "Mitsubishi Electric R00/01/02CPU: >=05",
    "Series M720VS (BND-1012W000-**): vers:all/*"])
def test_a_product_and_the_versions_it_affects_is_not_a_heading(line: str) -> None:
    """A line naming a product and a range of its versions ('…: >=8.0|<8.5', 'vers:all/*') says what an advisory
    covers, however capitalised: added or dropped, it is medium, not a heading (low)."""
    [flag] = significant(added(line))
    assert flag.kind == "added", flag
    [flag] = significant(removed(line))
    assert flag.kind == "removed", flag
    assert not significant(added("Affected Products"))  # a heading is still one


@pytest.mark.parametrize(("old", "new"), [
    ("* Kerberos Tickets - Kerberos Tickets allow a ticket granting authority to issue session keys.",
     "* Kerberos tickets allow a ticket granting authority to issue session keys."),
    ("The fix would not resolve the issue without manual tweaking of the proposed Pull Request.",
     "The fix would not resolve the issue without manual tweaking of the proposed pull requests."),
])
def test_a_name_written_again_in_lower_case_is_no_actor_changed(old: str, new: str) -> None:
    """A name of two words or more whose words all stand in the other version in lower case, perhaps in the plural
    ('Kerberos Tickets' → 'Kerberos tickets', 'Pull Request' → 'pull requests'): the same thing, not an actor gone."""
    assert all(f.kind != "actor" for f in modified(old, new)), modified(old, new)


@pytest.mark.parametrize(("old", "new"), [
    ("The rebels will probably attack the city before winter.",
     "It is likely that the rebels will attack the city before winter."),
    ("With labour costs subdued, it appears likely that inflation will remain consistent with the target.",
     "Inflation is forecast to remain consistent with the target."),
])
def test_the_same_estimate_said_as_a_frame_is_no_likelihood_move(old: str, new: str) -> None:
    """'will probably X' → 'It is likely that … will X': read as wholes, both sentences estimate their claim at the
    same band. The 'will' inside the frame is what is estimated, so no region read alone ('stated as fact' →
    'it is likely that') may report a move."""
    assert all(f.kind != "likelihood" for f in modified(old, new)), modified(old, new)
    assert all(f.kind != "likelihood" for f in modified(new, old)), modified(new, old)


@pytest.mark.parametrize(("old", "new"), [
    ("Eradication may be necessary to remove components of the incident.",
     "There is an appreciable likelihood that eradication will be necessary to remove components of the incident."),
    ("This information could allow someone to gain access to your system.",
     "There is a real prospect that this information would allow someone to gain access to your system."),
    ("It is possible that additional information could be collected.",
     "There is a fair prospect that additional information will be collected."),
    ("Offline attacks are sometimes possible when a hashed password is obtained.",
     "Offline attacks are a real possibility whenever a hashed password is obtained."),
    ("Inflation over 2012 could be expected to be a little lower than was the case previously.",
     "The odds were that inflation over 2012 would be a little lower than was the case previously."),
])
def test_a_possibility_graded_as_real_says_more_than_may(old: str, new: str) -> None:
    """'a real possibility', 'a fair prospect', 'an appreciable likelihood' sit in the middle band with 'may', but say
    the possibility is one to reckon with: up from a bare 'may', 'could' or 'it is possible that', down back to it.
    So is an estimate no longer qualified by 'could' ('could be expected to' → 'the odds were that')."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag
    [flag] = significant(modified(new, old))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag
    # ('some chance' only names a possibility: no more than 'may')
    assert not any(f.kind == "likelihood" for f in modified(
        "It is possible that additional information could be collected.",
        "There is some chance that additional information will be collected."))


def test_an_estimate_conceded_before_the_claim_does_not_govern_it() -> None:
    """'notwithstanding strong prospects for growth, confidence could weaken': the prospects are conceded; the claim
    is that confidence could weaken, and 'the odds are against' it weakening lowers that."""
    old = ("The second risk is that, notwithstanding strong medium-term prospects for growth, confidence could weaken "
           "in such a way as to further dampen domestic demand.")
    new = ("The second risk is that, notwithstanding strong medium-term prospects for growth, the odds are against "
           "confidence weakening in such a way as to further dampen domestic demand.")
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


@pytest.mark.parametrize(("old", "new"), [
    ("Beyond the cultural hurdles, there are also technological and legal hurdles related to sharing health records.",
     "Beyond the cultural hurdles, there are also technological hurdles related to sharing health records."),
    ("These models deserve deeper investigation to establish sound guarantees and best practices and determine limits.",
     "These models deserve deeper investigation to establish sound guarantees and determine limits."),
    ("Deep learning methods may provide a meaningful and more data-driven approach to patient categorization.",
     "Deep learning methods may provide a more data-driven approach to patient categorization."),
])
def test_a_thing_named_beside_another_dropped_or_added_moves_the_judgment(old: str, new: str) -> None:
    """A word or two joined by 'and' to what the sentence names, dropped alone: the judgment covers one thing fewer
    (down, a nuance); added back, one more (up)."""
    [flag] = modified(old, new)
    assert (flag.kind, flag.direction, flag.severity) == ("reworded", "down", "low"), flag
    [flag] = modified(new, old)
    assert (flag.kind, flag.direction, flag.severity) == ("reworded", "up", "low"), flag
    # (after a frame that prescribes nothing of what follows, still no advice: the claim names one more thing)
    [flag] = modified("It should be noted that many attacks are not affected by password complexity.",
                      "It should be noted that many attacks are not affected by password complexity and length.")
    assert (flag.kind, flag.direction) == ("reworded", "up"), flag
    # ('how much' → 'when and how much' widens a question; it names nothing more)
    [flag] = modified("In assessing how much further rates need to rise, the Board will watch the data.",
                      "In assessing when and how much further rates need to rise, the Board will watch the data.")
    assert flag.direction is None, flag


def test_code_that_shows_how_to_follow_advice_goes_with_the_advice() -> None:
    """A block of code added after advice, past the labels and the examples heading that name it ('A possible
    workaround … is to avoid …', '#### Examples:', '`Cargo.toml`:', '```toml …```'), is part of the advice: a
    recommendation added (up, low like any example); dropped, one dropped (down). After prose that advises nothing
    it is only code."""
    advice = ("A possible workaround for crates affected through `chrono` is to avoid the default `oldtime` feature "
              "by disabling its default features.")
    code = '```toml\nchrono = { version = "0.4", default-features = false, features = ["clock"] }\n```'
    base = ["### Workarounds", advice, "#### Examples:", "`Cargo.toml`:"]
    [up] = [f for f in assess_changes(_rows(base, [*base, code]), config()) if "chrono = " in (f.after or "")]
    assert (up.kind, up.severity, up.direction) == ("recommendation", "low", "up"), up
    [down] = [f for f in assess_changes(_rows([*base, code], base), config()) if "chrono = " in (f.before or "")]
    assert (down.kind, down.direction) == ("recommendation", "down"), down
    told = ["### Details", "The crate reads its configuration from a file.", "`Cargo.toml`:"]
    [plain] = [f for f in assess_changes(_rows(told, [*told, code]), config()) if "chrono = " in (f.after or "")]
    assert (plain.kind, plain.direction) == ("added", None), plain


def test_a_lead_in_that_names_advice_is_a_recommendation_added_or_dropped() -> None:
    """'Maintained alternatives include:' added says, in words of its own, that there is advice: a recommendation
    added (up, medium), dropped (down); 'It was published by:' names none."""
    base = ["The crate is unmaintained."]
    lead = "Maintained alternatives include:"
    [up] = [f for f in assess_changes(_rows(base, [*base, lead]), config()) if f.after == lead]
    assert (up.kind, up.severity, up.direction) == ("recommendation", "medium", "up"), up
    [down] = [f for f in assess_changes(_rows([*base, lead], base), config()) if f.before == lead]
    assert (down.kind, down.direction) == ("recommendation", "down"), down
    assert all(f.kind != "recommendation" for f in assess_changes(_rows(base, [*base, "It was published by:"]),
                                                                    config()))


@pytest.mark.parametrize("instruction", [
    "Freeze deployments to the test environment while the test runs.",
    "Wipe stored patient studies from a console before it leaves the department for repair.",
    "Purge leftover session secrets from shared library terminals at the close of each business day.",
    "Split radiographs by patient, never by image, before reporting any accuracy.",
    "Open IGSS dashboard files only from a folder whose write rights are held by the SCADA engineers.",
])
def test_an_instruction_by_an_unlisted_verb_and_a_bare_object_is_a_recommendation(instruction: str) -> None:
    """A sentence that opens on a word most often a verb (WordNet and SemCor: data/verbs.txt), then a noun phrase
    with no determiner and no verb of a subject after it, instructs, whether or not the verb is in the lexicon's
    list: added, a recommendation added (up); dropped, one dropped (down)."""
    [flag] = significant(added(instruction))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag
    [flag] = significant(removed(instruction))
    assert (flag.kind, flag.direction) == ("recommendation", "down"), flag


@pytest.mark.parametrize("statement", [
    "Design documents describe the system in detail.",  # a subject, then its verb and object
    "Rent increases remain low in most cities.",
    "Risk premiums also remain low.",
    "Demand growth from the Chinese industrial sector had been stronger than expected.",
    "Observe mapped out the system components.",  # a team's name, then its verb in the past
    "Vulnerability Summary: Chirp Access improperly stores credentials within its source code.",  # a name
    "File storage (EBS and S3)",  # a title's words
])
def test_a_noun_phrase_and_its_verb_is_not_an_instruction_by_an_unlisted_verb(statement: str) -> None:
    assert all(f.kind != "recommendation" for f in added(statement)), added(statement)


def test_items_that_complete_a_lead_in_of_purpose_are_not_advice() -> None:
    """'… threat modelling, to help you:' then '* Ensure the right security controls are in place': the item's verb
    completes the lead-in's purpose, it does not instruct; under 'You should:' the same item is advice."""
    item = "* Ensure the right security controls are in place to match the threats your service faces"
    purpose = ["The Cyber Security Team can help you carry out threat modelling, to help you:", "* Focus on threats"]
    flags = list(assess_changes(_rows(purpose, [*purpose, item]), config()))
    assert [f.kind for f in flags if f.after == item] == ["added"], flags
    advice = ["You should:", "* Focus on threats"]
    flags = list(assess_changes(_rows(advice, [*advice, item]), config()))
    assert [(f.kind, f.direction) for f in flags if f.after == item] == [("recommendation", "up")], flags


@pytest.mark.parametrize("instruction", [
    "Employers and unions, keep wage settlements in line with productivity gains.",
    "Firms setting prices, pass on any relief in fuel costs promptly.",
    "Borrowers with fixed loans rolling off next year, put aside part of each pay now.",
    "Households with big mortgages, get ahead on repayments while rates sit near average.",
])
def test_an_instruction_after_a_description_of_whom_it_addresses_is_a_recommendation(instruction: str) -> None:
    """A plural noun in capitals described at some length and set off by a comma ('Firms setting prices,'), then a
    verb in lower case: the sentence speaks to them and instructs."""
    [flag] = significant(added(instruction))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


@pytest.mark.parametrize("statement", [
    "Firms raised prices, cut costs and hired staff.",  # a verb of the subject's own before the comma
    "Banks with large exposures, meanwhile, cut lending.",
    "Investors in Australia, however, remain cautious.",
    "- Provides guidelines on the selection, use, and management of authenticators.",  # a verb's form first
])
def test_a_subject_and_its_verb_before_a_comma_is_no_one_addressed(statement: str) -> None:
    assert all(f.kind != "recommendation" for f in added(statement)), added(statement)


def test_one_sentence_dropped_in_several_places_is_alerted_once() -> None:
    """A remediation repeated under each of three CVEs, every copy dropped: one change, one significant flag; the
    other copies are listed low. A copy that differs by a character is another sentence, alerted on its own."""
    from monitor.align import align_paragraphs
    from monitor.segment import Paragraph

    advice = "Remediation (mitigation): Wind River recommends users apply the vendor patches to reduce risk."
    variant = advice.replace("vendor patches", "vendor’s patches")
    old, new = [], []
    for cve in ("CVE-2019-12255", "CVE-2019-12256", "CVE-2019-12257"):
        old += [f"## {cve}", f"{cve} affects the IPnet TCP/IP stack.", advice]
        new += [f"## {cve}", f"{cve} affects the IPnet TCP/IP stack."]
    old.append(variant)
    rows = align_paragraphs([Paragraph(i, t, None) for i, t in enumerate(old)],
                            [Paragraph(i, t, None) for i, t in enumerate(new)])
    flags = [f for f in assess_changes(rows, config()) if f.before in (advice, variant)]
    assert [(f.before == advice, f.severity) for f in flags] == [
        (True, "high"), (True, "low"), (True, "low"), (False, "high")], flags
    assert all("reported once" in f.explanation for f in flags if f.severity == "low")


def test_one_sentence_changed_the_same_way_in_several_places_is_alerted_once() -> None:
    """The same remediation reworded the same way under each of three CVEs: one significant flag, the other two
    low; the same old sentence changed another way elsewhere is a change of its own."""
    from monitor.align import align_paragraphs
    from monitor.segment import Paragraph

    before = "Remediation (mitigation): Users should apply the patch within 30 days."
    after = before.replace("30 days", "7 days")
    other = before.replace("30 days", "14 days")
    old, new = [], []
    for k, (cve, now) in enumerate(zip(("CVE-1", "CVE-2", "CVE-3", "CVE-4"), (after, after, after, other),
                                         strict=True)):
        old += [f"## {cve}", f"{cve} lets a remote attacker crash device {k}.", before]
        new += [f"## {cve}", f"{cve} lets a remote attacker crash device {k}.", now]
    rows = align_paragraphs([Paragraph(i, t, None) for i, t in enumerate(old)],
                            [Paragraph(i, t, None) for i, t in enumerate(new)])
    flags = [f for f in assess_changes(rows, config()) if f.before == before]
    assert [(f.after == after, f.severity != "low") for f in flags] == [
        (True, True), (True, False), (True, False), (False, True)], flags


@pytest.mark.parametrize(("old", "new"), [
    ("A more detailed discussion of biometric usability can be found in *Usability & Biometrics* [NIST](#use-and-bio).",
     "For a more detailed discussion of biometric usability, see *Usability & Biometrics* [[NIST]](#use-and-bio)."),
    ("More information on the attack is available in the [CISA alert](https://cisa.gov/x).",
     "For more information on the attack, see the [CISA alert](https://cisa.gov/x)."),
])
def test_a_pointer_put_another_way_is_low(old: str, new: str) -> None:
    """Two sentences that only point elsewhere, and only their words of pointing changed ('can be found in' ↔ 'see'):
    the same pointer, low."""
    assert not significant(modified(old, new)), modified(old, new)
    assert not significant(modified(new, old)), modified(new, old)


@pytest.mark.parametrize(("old", "new"), [
    ("# How to track dependencies", "# How to manage third party software dependencies"),
    ("* Create temporary credentials for 3rd party testers", "* Create temporary credentials for third-party testers"),
])
def test_a_third_party_is_no_ordinal(old: str, new: str) -> None:
    """'third party', 'third-party', '3rd party' name someone outside, not the third of anything: no quantity."""
    assert all(f.kind != "quantity" for f in modified(old, new)), modified(old, new)
    assert [f.kind for f in modified("This is the second release.", "This is the third release.")] == ["quantity"]


def test_a_status_said_again_in_other_words_is_not_dropped() -> None:
    """'if the application has been superseded' → '… replaced by a newer application': the status said by a verb of
    replacement, not dropped (no reversal); dropped with nothing in its place, it is."""
    old = "Link to a new location if the application has been superseded."
    assert all(f.kind != "polarity" for f in modified(
        old, "Link to a new location if the application has been replaced by a newer application.")), old
    [flag] = significant(modified("The advisory has been superseded.", "The advisory has been published."))
    assert (flag.kind, flag.direction) == ("polarity", "reversed"), flag


def test_an_option_said_again_beside_a_modal_of_latitude_is_low() -> None:
    """'As an option, the CSP MAY choose to verify …' → 'The CSP MAY choose to verify …': the MAY grants the option
    on both sides, so the words that said so again are no change (low); beside a SHALL they are one (medium)."""
    may = "As an option, the CSP MAY choose to verify an address of record and suspend authentication."
    assert not significant(modified(may, may.replace("As an option, the CSP", "The CSP")))
    shall = "As an option, the CSP SHALL verify an address of record."
    assert significant(modified(shall, shall.replace("As an option, the CSP", "The CSP")))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The applicant SHALL present a passport or a driving licence.",
     "The applicant SHALL present a passport and a driving licence.", "up"),
    ("The record SHOULD include information such as the IP address or other device identifier.",
     "The record SHOULD include information such as the IP address and any device identifier.", "up"),
    ("The applicant SHALL present a passport and a driving licence.",
     "The applicant SHALL present a passport or a driving licence.", "down"),
])
def test_alternatives_joined_into_requirements_ask_more(old: str, new: str, direction: str) -> None:
    """'or' → 'and' in what a prescription asks: all of the things now asked for, not one of them (up); the
    reverse asks less (down). Inside a condition ('If the device is lost or stolen, …') or in a claim it asks
    nothing."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", direction), flag
    assert not any(f.kind == "recommendation" for f in modified(
        "If the device is lost or stolen, the user SHALL report it.",
        "If the device is lost and stolen, the user SHALL report it."))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("These services will have a lower impact on switching costs.",
     "These services will, by and large, have a lower impact on switching costs.", "down"),
    ("The library will set things up for you using the standard names.",
     "The library will, for the most part, set things up for you using the standard names.", "down"),
    ("This is used to gain access to unauthorized resources.",
     "This is only sporadically used to gain access to unauthorized resources.", "down"),
    ("These optimizers more effectively optimize very large weight vectors.",
     "These optimizers, with scarcely an exception, more effectively optimize very large weight vectors.", "up"),
    ("For developing mobile apps, we use: Swift and Kotlin.",
     "For developing mobile apps, we nearly always use: Swift and Kotlin.", "down"),
    ("A user views the dashboard on their computer.",
     "A user views the dashboard, almost invariably on their computer.", "down"),
    ("This can be configured per repository in the settings tab.",
     "With rare exceptions, this can be configured per repository in the settings tab.", "down"),
    ("The patch applies cleanly to older branches.",
     "With few exceptions, the patch applies cleanly to older branches.", "down"),
])
def test_a_phrase_of_how_often_put_into_a_bare_claim_moves_its_reach(old: str, new: str, direction: str) -> None:
    """A claim stated with no word of how often holds in every case it names: a phrase of how often put in below
    the top of the scale ('by and large', 'for the most part', 'only sporadically') says fewer (down); one at the top
    ('with scarcely an exception') says every case in words (up), but a word of the top approximated ('nearly always',
    'almost invariably') or exceptions named in the plural ('with rare exceptions', 'with few exceptions') admit the
    exceptions the bare claim did not (down); taken out, the reverse. (A single hedge of
    generality, 'usually', stays the nuance test_a_hedge_of_generality_added_lowers_certainty reads.)"""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag
    [flag] = significant(modified(new, old))
    assert (flag.kind, flag.direction) == ("likelihood", "up" if direction == "down" else "down"), flag


@pytest.mark.parametrize(("old", "new"), [
    ("Given the gains shown by deep learning, attention has shifted back to neural networks.",
     "Given the gains shown by deep learning, attention has shifted away from neural networks."),
    ("Investors moved into government bonds during the quarter.",
     "Investors moved out of government bonds during the quarter."),
    ("Policy is moving towards a more neutral setting.", "Policy is moving away from a more neutral setting."),
])
def test_a_way_turned_round_in_a_phrase_reverses(old: str, new: str) -> None:
    """A pair of opposites one of which is more than a word ('towards' / 'away from', 'into' / 'out of'): the way a
    thing moves turned round, however few content words changed."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", "reversed"), flag
    assert not significant(modified(old, old.replace(".", " again.")))


@pytest.mark.parametrize(("old", "new"), [
    ("We created an open repository on the GitHub version control platform to coordinate the review.",
     "A standing committee of graduate-student editors created an open repository on the GitHub version control "
     "platform to coordinate the review."),
    ("Aliper et al. used transcriptomic data to predict which drugs might be repurposed for other diseases.",
     "A drug-discovery start-up team used transcriptomic data to predict which drugs might be repurposed for other "
     "diseases."),
])
def test_a_subject_of_people_replaced_before_a_verb_in_any_tense_is_an_actor(old: str, new: str) -> None:
    """The one changed stretch is the subject, who did it, up to the same verb on both sides, whatever its tense
    ('We created' → 'A standing committee of … editors created', 'Aliper et al. used' → 'A … team used'): the actor
    was replaced. A thing replaced by people is not a replacement of people, nor are those named replaced by a
    pronoun for them, or a clause put in front of the subject."""
    [flag] = significant(modified(old, new))
    assert flag.kind == "actor", flag
    for same in (("The model used transcriptomic data to predict which drugs might be repurposed.",
                  "A larger model used transcriptomic data to predict which drugs might be repurposed."),
                 ("The authors built a simple linear model using hexamer motif frequencies.",
                  "Interestingly, they built a simple linear model using hexamer motif frequencies."),
                 ("They recognised that the effect of lower interest rates could be expected to be smaller.",
                  "As noted at the previous meeting, members recognised that the effect of lower interest rates could "
                  "be expected to be smaller.")):
        assert not any(f.kind == "actor" for f in modified(*same)), same


@pytest.mark.parametrize(("old", "new"), [
    ("LSTM is a special type of RNN that can learn longer-term dependencies.",
     "LSTM is a special type of RNN that is not incapable of learning longer-term dependencies."),
    ("The rebels may win the vote.", "The rebels are not unable to win the vote."),
])
def test_an_ability_granted_only_by_denying_its_absence_says_less(old: str, new: str) -> None:
    """'not incapable of', 'not unable to': litotes, a possibility granted only by denying it is ruled out, as 'not
    impossible' is: below 'can' and below 'may' (down); the bare denial of inability taken out, the claim is whole."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


@pytest.mark.parametrize("instruction", [
    "Either way, please add your email address to your GitHub account.",
    "By default, pin the version in your lockfile.",
    "Ideally, rotate the signing keys every quarter.",
])
def test_an_instruction_after_a_short_phrase_set_off_by_a_comma_is_advice(instruction: str) -> None:
    """A phrase of a few words with no verb and no one named, set off by a comma ('Either way,', 'By default,'), then
    a verb of instruction: advice added. A statement after such a phrase ('However, support remains strong') is
    none."""
    [flag] = significant(added(instruction))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag
    for statement in ("However, support remains strong.", "Last year, prices rose.",
                      "Taken together, these figures show a rise.",
                      "Aggregate wages, though not accelerating further, have continued to grow."):
        assert all(f.kind != "recommendation" for f in added(statement)), statement


@pytest.mark.parametrize("rarely", ["only in exceptional circumstances", "only in edge cases", "in isolated cases"])
def test_a_claim_held_to_rare_cases_says_it_seldom_holds(rarely: str) -> None:
    """'in exceptional circumstances', 'in isolated cases', 'in edge cases' say what 'in rare cases' says: the claim
    holds seldom, a likelihood well below the possibility 'could' states, however bare the verb it now has."""
    old = "Successful exploitation could allow an attacker to crash the device or cause a denial-of-service condition."
    new = ("Successful exploitation allows an attacker to crash the device or cause a denial-of-service condition "
           f"{rarely}.")
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


def test_first_after_a_determiner_of_a_plural_names_the_initial_ones() -> None:
    """'these SLIs' → 'these first SLIs': 'first' before a plural after 'these', 'your', 'our' says which ones (the
    initial ones), no place in a count; 'the second release' → 'the first release' is still a count moved."""
    assert not significant(modified("Iterate these SLIs over time and adjust your practices as needed.",
                                    "Iterate these first SLIs over time and adjust your practices as needed."))
    [flag] = significant(modified("This is the second release.", "This is the first release."))
    assert (flag.kind, flag.direction) == ("quantity", "down"), flag


def test_a_clause_regrouped_inside_its_sentence_is_low() -> None:
    """'People use your service to achieve specific outcomes, they do this through user journeys.' → '… to complete
    user journeys to achieve specific outcomes.': the dropped clause's content words stand in what the sentence
    gained (one word apart on each side): the same things said in another order, low. A word of judgment in place
    of another ('rose' → 'fell'), or a condition dropped, is a change, however the clauses were regrouped."""
    assert not significant(modified(
        "People use your service to achieve specific outcomes, they do this through user journeys.",
        "People use your service to complete user journeys to achieve specific outcomes."))
    assert significant(modified("Inflation has risen, and wages rose in Europe.",
                                "In Europe wages fell, and inflation has risen."))
    assert significant(modified("The Board raised rates, and it expects further increases.", "The Board raised rates."))
    assert significant(modified(  # a condition dropped, its words kept: when the claim holds changed
        "If the broadcast message is captured over RF it is possible to decrypt it and read all past messages.",
        "It is possible to decrypt the broadcast message and read all past messages."))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Generative models learned from data would not depend on expert knowledge.",
     "Generative models learned from data do not depend on expert knowledge.", "up"),
    ("Generative models learned from data do not depend on expert knowledge.",
     "Generative models learned from data would not depend on expert knowledge.", "down"),
])
def test_a_conditional_would_taken_out_for_the_present_states_the_claim(old: str, new: str, direction: str) -> None:
    """'would not depend' → 'do not depend' states as fact what was conditional, as the edit read backwards makes a
    fact conditional: the same change of likelihood, each way."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Agencies must ensure that mitigations do not degrade the protections.",
     "Agencies need to ensure that mitigations do not degrade the protections.", "down"),
    ("Agencies need to ensure that mitigations do not degrade the protections.",
     "Agencies must ensure that mitigations do not degrade the protections.", "up"),
    ("The verifier SHALL store the secret in a salted form.",
     "The verifier has to store the secret in a salted form.", "down"),
])
def test_a_need_stated_where_an_obligation_was_laid_down_is_softer(old: str, new: str, direction: str) -> None:
    """'must' binds, 'need to' explains why (plain-language style guides rank them so): the firmest advice both, but
    'must' → 'need to' softens it and the reverse presses harder."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("When you implement your DNS strategy we recommend using a managed provider.",
     "When you implement your DNS strategy you should consider using a managed provider.", "down"),
    ("You should use a password manager for shared accounts.",
     "You should consider using a password manager for shared accounts.", "down"),
    ("You should consider using a password manager for shared accounts.",
     "You should use a password manager for shared accounts.", "up"),
])
def test_advice_to_consider_a_course_is_softer_than_advice_to_take_it(old: str, new: str, direction: str) -> None:
    """'we recommend using X' → 'you should consider using X': as firm a word of advice both, but the reader is now
    asked only to weigh the course."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", direction), flag


def test_welcome_to_grants_latitude_to_someone_advised() -> None:
    """'Teams should run a workshop' → 'Teams are welcome to run a workshop': what was advised is now only allowed,
    as 'are free to' allows it; 'Rate cuts are welcome to borrowers' grants no one anything."""
    [flag] = significant(modified("Teams should run a threat modelling workshop.",
                                  "Teams are welcome to run a threat modelling workshop."))
    assert (flag.kind, flag.direction, flag.severity) == ("recommendation", "down", "medium"), flag
    assert [(f.kind, f.direction) for f in added("You are welcome to run the tests locally.")] == [
        ("recommendation", "up")]
    assert all(f.kind != "recommendation" for f in added("Rate cuts are welcome to borrowers."))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Short sessions enforce reauthentication of the subscriber.",
     "Short sessions aid in enforcing reauthentication of the subscriber.", "down"),
    ("Short sessions aid in enforcing reauthentication of the subscriber.",
     "Short sessions enforce reauthentication of the subscriber.", "up"),
    ("Network segmentation reduces the risk of intrusion.",
     "Network segmentation helps reduce the risk of intrusion.", "down"),
    ("Network segmentation reduces the risk of intrusion.",
     "Network segmentation contributes to reducing the risk of intrusion.", "down"),
])
def test_a_cause_made_one_among_others_weakens_the_claim(old: str, new: str, direction: str) -> None:
    """'enforce' → 'aid in enforcing', 'reduces' → 'helps reduce': what brought a thing about is now only one cause
    of it, a weaker claim (down); the helping words taken out make it the whole cause (up). 'the help desk' →
    'the desk' is a noun, no cause, and 'helping to contain' → 'to help contain' helps on both sides."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("reworded", direction), flag
    assert not significant(modified("Contact the help desk for a new token.", "Contact the desk for a new token."))
    assert all(f.direction is None for f in significant(modified(  # helped on both sides: no cause made partial
        "Lending standards are tighter, with the measures helping to contain the build-up of risk.",
        "Lending standards are tighter, partly reflecting the earlier measures to help contain the build-up of risk.")))


@pytest.mark.parametrize(("old", "new"), [
    ("TCGA data were used to train the classifier.", "The Cancer Genome Atlas data were used to train the classifier."),
    ("The Cancer Genome Atlas data were used to train the classifier.", "TCGA data were used to train the classifier."),
])
def test_an_acronym_that_takes_in_its_article_is_the_same_actor(old: str, new: str) -> None:
    """'The Cancer Genome Atlas' ↔ 'TCGA': the acronym takes in the article the name is said with, the same body
    written out or shortened."""
    assert not significant(modified(old, new))


def test_numbers_inside_codes_and_dimensions_are_not_amounts() -> None:
    """'GHSA-wcg3-cvx6-7396' closes a code whose parts mix letters and digits, '3D' says how many dimensions: names,
    not figures that moved."""
    assert all(f.kind != "quantity" for f in significant(modified(
        'aliases = ["CVE-2020-26235"]', 'aliases = ["CVE-2020-26235", "GHSA-wcg3-cvx6-7396"]')))
    assert all(f.kind != "quantity" for f in significant(modified(
        "Deep learning has made progress on structure prediction.",
        "Deep learning has made progress on predicting protein 3D structures.")))
    [flag] = significant(modified("Growth was 3 per cent.", "Growth was 4 per cent."))
    assert (flag.kind, flag.direction) == ("quantity", "up"), flag


def test_html_tags_left_in_the_text_bound_no_range() -> None:
    """'<br>', '<a name="4.2-r5">', '<li>' are markup a Markdown source keeps: their angle brackets are no '<' or '>'
    of a range of versions, so a list item re-tagged is no range widened; '<=AD' still bounds one."""
    flags = modified(
        '5. <a name="4.2-r5"></a>The CSP SHALL provide effective mechanisms for redress of applicant complaints or '
        'problems arising from the identity proofing process.',
        '<li><a name="4.2-r5"></a>The CSP SHALL provide mechanisms for redress of applicant complaints or problems '
        'arising from the identity proofing.')
    assert flags and all(f.kind != "quantity" for f in flags), flags
    [flag] = significant(modified("Affected products: MELSEC iQ-F FX5U: all versions",
                                  "Affected products: MELSEC iQ-F FX5U: <=AD"))
    assert (flag.kind, flag.direction) == ("quantity", "down"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("All cryptographic device authenticators used at AAL3 SHALL be verifier impersonation resistant.",
     "At least one cryptographic authenticator used at AAL3 SHALL be verifier impersonation resistant.", "down"),
    ("At least one cryptographic authenticator used at AAL3 SHALL be verifier impersonation resistant.",
     "All cryptographic device authenticators used at AAL3 SHALL be verifier impersonation resistant.", "up"),
])
def test_a_count_put_where_every_one_was_meant_says_of_fewer(old: str, new: str, direction: str) -> None:
    """'All X' → 'At least one X': the count stands against every one, not against no figure at all, so the claim
    now covers fewer (down), and the reverse more (up); not an 'all' inside a condition."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("quantity", direction), flag
    assert "'all'" in flag.explanation, flag
    # ('all' inside a condition says when the advice applies, not how many it covers: the count read as before)
    [flag] = significant(modified(
        "If the subscriber loses one of the two authentication factors, they SHALL repeat the proofing process.",
        "If a subscriber loses all authenticators of a factor, that subscriber SHALL repeat the proofing process."))
    assert (flag.kind, flag.direction) == ("quantity", "down"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The vendor will release a fix next month.", "The vendor aims to release a fix next month.", "down"),
    ("The Cyber Security team will review the repositories and will turn on Dependabot where required.",
     "The Cyber Security team plans to review the repositories and to turn on Dependabot where required.", "down"),
    ("The Board intends to keep the cash rate low.", "The Board will keep the cash rate low.", "up"),
])
def test_what_will_come_said_as_only_intended(old: str, new: str, direction: str) -> None:
    """'will release' → 'aims to release', 'will review … and will turn on' → 'plans to review … and to turn on': what
    was stated as coming is now only intended or expected (down); the reverse is stated as coming (up)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_a_drafts_note_to_its_authors_is_not_part_of_what_it_says() -> None:
    """'`TODO: add examples`', '[TBD: cite the survey]' left in a draft are work still to do on the text: added or
    dropped beside a sentence, or standing alone, they change no judgment; 'todo' as a word is prose."""
    assert not significant(modified(
        "Here we focus on ligand-based approaches that need no prior knowledge of the target.",
        "Here we focus on ligand-based approaches that need no prior knowledge of the target `TODO: add examples`."))
    assert not significant(modified("Deep networks are robust.", "Deep networks are robust [TBD: cite the survey]."))
    assert not significant(added("`TODO: this section needs citations`"))
    assert significant(added("Deep networks need far more labelled data than shallow models to generalise."))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("`atoi_radix10` provides even faster parsing, but only with native CPU features.",
     "`atoi_radix10` parses at roughly the same speed, but only with native CPU features.", "down"),
    ("The tool runs at the same speed on ARM.", "The tool runs slower on ARM.", "down"),
])
def test_a_comparison_whose_other_term_is_understood_brought_to_par(old: str, new: str, direction: str) -> None:
    """'even faster' → 'at roughly the same speed', no 'than' on either side: the comparison moved to par, down (from
    'slower', up; away from par, the other way)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


@pytest.mark.parametrize(("lead", "added_way"), [
    ("## Affected products", "up"),
    ("The affected functions in time 0.1 (all versions) are:", "up"),
    ("The following products are vulnerable:", "up"),
    ("The following products are not affected:", "down"),
    ("Fixed in these releases:", "down"),
])
def test_an_item_put_in_a_list_of_what_is_exposed_widens_the_exposure(lead: str, added_way: str) -> None:
    """An item added to a list that its lead-in or heading names as affected or vulnerable leaves more exposed (up),
    one dropped from it less (down); a list of what is safe ('not affected', 'fixed', 'patched') turns the way
    round. A list where items were dropped and others put in was reworked, and no one item says which way."""
    old = ["An attacker can read the configuration.", lead, "- Vivid products: all versions",
           "- Venue ultrasound systems: all versions"]
    new = [*old, "- Voluson imaging workstations: all versions"]
    [flag] = significant(list(assess_changes(_rows(old, new), config())))
    assert (flag.kind, flag.direction) == ("added", added_way), flag
    [flag] = significant(list(assess_changes(_rows(new, old), config())))
    assert (flag.kind, flag.direction) == ("removed", "down" if added_way == "up" else "up"), flag
    rows = [ParagraphChange("unchanged", (i,), (i,), None, p, p, ()) for i, p in enumerate(old[:3])]
    rows += [ParagraphChange("removed", (3,), (), None, old[3], None),
             ParagraphChange("added", (), (3,), None, None, "- Voluson E8 workstations with Windows 10 firmware")]
    reworked = significant(list(assess_changes(rows, config())))
    assert reworked and all(f.direction is None for f in reworked), reworked


@pytest.mark.parametrize(("old", "new"), [
    ("Agencies SHALL comply with the Privacy Act and all other applicable laws.",
     "Agencies SHALL comply with the *Privacy Act of 1974* [[PrivacyAct]](#PrivacyAct) and all other applicable laws."),
    ("The agency has statutory responsibilities under the Federal Information Security Modernization Act (FISMA) of "
     "2014, 44 U.S.C. § 3551 et seq., Public Law (P.L.) 113-283 for the system.",
     "The agency has statutory responsibilities under the Federal Information Security Modernization Act for the "
     "system."),
    ("Unicode characters [ISO/IEC 10646:2014] SHOULD be accepted by the verifier.",
     "Unicode characters [ISO/IEC 10646] SHOULD be accepted by the verifier."),
    ("Authenticator Assurance Level 1 authenticators SHALL be re-validated every year.",
     "AAL1 authenticators SHALL be re-validated every year."),
    ("Suitable key derivation functions include PBKDF2 and Balloon.",
     "Suitable key derivation functions include Password-based Key Derivation Function 2 (PBKDF2) and Balloon."),
])
def test_the_numbers_and_years_of_a_name_or_a_citation_are_no_amounts(old: str, new: str) -> None:
    """A year that closes a law's name ('the Privacy Act of 1974'), a statute cited by title and section ('44 U.S.C. §
    3551', 'P.L. 113-283'), a standard's edition ('ISO/IEC 10646:2014') or a level named in full where the other
    version writes its acronym ('Authenticator Assurance Level 1' ↔ 'AAL1') name a text or a level: written out,
    dropped or added, no amount changed."""
    assert not significant(modified(old, new)), modified(old, new)
    assert not significant(modified(new, old)), modified(new, old)


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Growth was strong in the Spring of 2014.", "Growth was strong in the Spring of 2015.", "up"),
    ("Authenticator Assurance Level 1 authenticators SHALL be re-validated every year.",
     "AAL2 authenticators SHALL be re-validated every year.", None),
    ("The rate was cut by 25 basis points under the Budget of 2014.",
     "The rate was cut by 50 basis points under the Budget of 2014.", "up"),
])
def test_a_figure_beside_a_name_still_counts_when_it_changes(old: str, new: str, direction: str | None) -> None:
    [flag] = significant(modified(old, new))
    assert flag.kind in ("quantity", "actor"), flag
    if direction:
        assert flag.direction == direction, flag


def test_a_cross_reference_added_beside_small_edits_is_low() -> None:
    """'(see [Section 9.4](#agency-privacy))' added, with 'to conduct' → 'and conduct' and an acronym's gloss dropped
    beside it: a pointer to another part of the text, not a change of what is required."""
    old = ("The agency SHALL consult with their Senior Agency Official for Privacy (SAOP) to conduct an analysis to "
           "determine whether the collection of Personally Identifiable Information (PII) triggers the Privacy Act.")
    new = ("The agency SHALL consult with their Senior Agency Official for Privacy (SAOP) and conduct an analysis to "
           "determine whether the collection of PII triggers the Privacy Act (see [Section 9.4](#agency-privacy)).")
    assert not significant(modified(old, new)), modified(old, new)
    assert significant(modified(old, new.replace("(see [Section 9.4](#agency-privacy))",
                                                 "unless the system holds no records")))


@pytest.mark.parametrize(("old", "new"), [
    ("The overall LOA is determined by combining the assurance levels of the components.",
     "The Level of Assurance (LOA) is determined by combining the assurance levels of the components."),
    ("The SAOP reviews the analysis before the system is deployed.",
     "The Senior Agency Official for Privacy (SAOP) reviews the analysis before the system is deployed."),
])
def test_a_name_written_out_before_its_acronym_in_parentheses_is_a_gloss(old: str, new: str) -> None:
    """'LOA' → 'Level of Assurance (LOA)': the words before the parenthesis have the acronym for their initials, small
    joining words taken or left out, and the other version keeps the acronym: a gloss put in, not an actor."""
    assert not significant(modified(old, new)), modified(old, new)
    assert not significant(modified(new, old)), modified(new, old)
    [flag] = significant(modified(old, new.replace(" is determined", " and the Treasury are determined").replace(
        " reviews", " and the Treasury review")))
    assert flag.kind == "actor", flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The macro may be bringing duplicate dependencies into build trees.",
     "It is hardly improbable that the macro brings duplicate dependencies into build trees.", "up"),
    ("The steps may be combined into one step.", "It is not unlikely that the steps will be combined into one step.",
     "up"),
    ("The steps may be combined into one step.", "It is not impossible that the steps will be combined into one step.",
     "down"),
    ("Remote exploitation cannot be excluded.", "Remote exploitation is not unlikely.", "up"),
    ("The steps are likely to be combined into one step.",
     "It is not unlikely that the steps will be combined into one step.", "down"),
])
def test_a_low_estimate_denied_says_more_than_may(old: str, new: str, direction: str) -> None:
    """'not unlikely', 'hardly improbable' deny a low estimate: readers place them above 'may' (up from it), though
    below 'likely'; 'not impossible', 'cannot be excluded' deny only an impossibility and say less than 'may'."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_a_pages_sign_off_stamp_is_bookkeeping() -> None:
    """'Signed off by the content designer on 5 December 2027' stamps the page; a sentence about signing off a plan
    states something."""
    assert not significant(added("Signed off by the content designer on 5 December 2027"))
    assert significant(added("The content designer signed off the plan that doubles the budget."))


@pytest.mark.parametrize("line", [
    "More information on whether an agency can federate is provided in [Section 6](#toFedorNotToFed).",
    "Further requirements on the termination of PIV credentials are found in [[FIPS 201]](#FIPS201).",
    "[Section 5, Digital Identity Risk Management](#sec5) provides details on the risk assessment process.",
    "- Section 2.2 of OMB M-04-04 provides the guidance necessary for agencies to perform this mapping.",
])
def test_a_sentence_saying_where_more_is_said_is_a_pointer(line: str) -> None:
    """'… is provided in [Section 6]', '… are found in [FIPS 201]', '[Section 5] provides details on …': the sentence
    sends the reader to another text, added or dropped low; without the reference it states something."""
    assert not significant(added(line))
    assert not significant(removed(line))
    assert significant(added("Encryption keys are found in memory dumps of the device."))


@pytest.mark.parametrize("line", [
    "The nature of a session depends on the application, including:",
    "The following list illustrates a spectrum of blinding implementations:",
    "Using continuous delivery means you benefit from:",
])
def test_a_short_sentence_that_announces_a_list_is_low(line: str) -> None:
    """A short sentence ending in a colon, with no judgment or prescription of its own, put over a list both versions
    have, announces it: what it introduces is in the items. One that judges ('Exploitation is likely in these
    sectors:'), says what the list is of in words that judge it ('The affected functions in time 0.1 (all versions)
    are:', 'Mitsubishi Electric has provided a fix for the following products:') or says what we do ('For developing
    mobile apps, we use:') keeps its own reading; so does one added or dropped with its list, the one statement of
    it."""
    items = ["- A web browser session with a session cookie", "- An instance of a mobile application"]
    rows = [ParagraphChange("added", (), (0,), None, None, line)] + [
        ParagraphChange("unchanged", (i,), (i + 1,), None, x, x, ()) for i, x in enumerate(items)]
    assert not significant(list(assess_changes(rows, config())))
    for judging in ("Exploitation is likely in these sectors:",
                    "The affected functions in time 0.1 (all versions) are:",
                    "Mitsubishi Electric has provided a fix for the following products:",
                    "For developing mobile apps, we use:"):
        rows[0] = ParagraphChange("added", (), (0,), None, None, judging)
        assert significant(list(assess_changes(rows, config()))), judging
    flags = significant(list(assess_changes(_rows(["Sessions end.", line, *items], ["Sessions end."]), config())))
    assert line in [f.before for f in flags]


def test_a_period_inside_a_links_text_ends_no_sentence() -> None:
    """'see [Section 10. Usability Considerations](#sec10)': the period of the section's number is inside the link's
    text; split there, the tail 'Usability Considerations](#sec10).' read as a statement of its own."""
    from monitor.sentences import split_sentences
    assert split_sentences("For more details, please see [Section 10. Usability Considerations](#sec10). Then more "
                           "text follows.") == [
        "For more details, please see [Section 10. Usability Considerations](#sec10).", "Then more text follows."]
    assert split_sentences("It rose [a lot. See the note]. Then it fell.")[0] == "It rose [a lot."


@pytest.mark.parametrize(("old", "new"), [
    ("Impact values are described in Federal Information Processing Standard (FIPS) 199, _Standards for Security "
     "Categorization of Federal Information_.",
     "Impact values are described in Federal Information Processing Standard (FIPS) 199 [[FIPS 199]](#FIPS199)."),
    ("The system SHALL operate with a false match rate of 1 in 1000 or better.",
     "The system SHALL operate with a false match rate [[ISO/IEC 2382-37]](#ISOIEC2382-37) of 1 in 1000 or better."),
    ("NIST SP 800-37, Revision 1 [[SP 800-37]](#SP800-37) provides guidelines on the depth of periodic reassessments.",
     "NIST [[SP 800-37]](#SP800-37), Revision 1 provides recommendations on the depth of periodic reassessments."),
    ("_This document contains both normative and informative material._",
     "_SP 800-63 contains both normative and informative material._"),
    ("Such an approach has its own tradeoffs, as discussed in [SP 800-63C](sp800-63c.html).",
     "Such an approach has its own tradeoffs, as discussed in [NIST SP 800-63C, Federation and Assertions]"
     "(sp800-63c.html)."),
])
def test_a_reference_cited_or_labelled_otherwise_changes_no_amount_and_no_actor(old: str, new: str) -> None:
    """The number of a text's designation ('FIPS 199', the '37' of 'SP 800-37') names the text, and a bibliography
    key, a link's fuller text or a cited work's title in italics names it again: put in, taken out or restyled, no
    figure and no participant changed. Another number for the same designation is another edition ('FIPS 140-2' →
    'FIPS 140-3'), a level after an acronym ('AAL 2' → 'AAL 3') another level, and a name put in a link's text to
    another place someone new."""
    assert not significant(modified(old, new))
    [edition] = significant(modified("Modules are validated to FIPS 140-2.", "Modules are validated to FIPS 140-3."))
    assert (edition.kind, edition.direction) == ("quantity", "up")
    [level] = significant(modified("Verifiers SHALL be at AAL 2.", "Verifiers SHALL be at AAL 3."))
    assert (level.kind, level.direction) == ("quantity", "up")
    [named] = significant(modified("The budget was approved by [Smith](smith.html).",
                                   "The budget was approved by [Jones](jones.html)."))
    assert named.kind == "actor"


def test_should_weigh_is_advice_unless_it_weighs_on_something() -> None:
    """'should weigh on spending' expects an effect; 'should weigh the potential of …' asks someone to deliberate, and
    'those applying deep learning' are people who can be asked."""
    [advice] = significant(added("Those applying deep learning to the domain should weigh the potential of "
                                 "inadvertently disclosing the participants' identities."))
    assert advice.kind == "recommendation", advice
    assert all(f.kind != "recommendation" for f in significant(added("Higher rates should weigh on spending.")))


def test_an_item_under_a_heading_of_migrations_is_advice() -> None:
    """'## Dependency Specific Migration(s)' then '- [structopt, clap2](…)': a migration is a way off the affected
    crate, advice as an alternative or a workaround is; the item added is a recommendation added, `up`."""
    old = ["# ansi_term is Unmaintained", "The maintainer has advised that this crate is deprecated."]
    new = [*old, "## Dependency Specific Migration(s)",
           "- [structopt, clap2](https://github.com/clap-rs/clap/discussions/4172)"]
    [flag] = significant(list(assess_changes(_rows(old, new), config())))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag
    [flag] = significant(list(assess_changes(_rows(new, old), config())))
    assert (flag.kind, flag.direction) == ("recommendation", "down"), flag


@pytest.mark.parametrize(("lead", "way"), [
    ("The affected functions in time 0.1 (all versions) are:", "up"),
    ("The following versions are not affected:", "down"),
])
def test_a_lead_in_naming_what_is_exposed_put_in_widens_the_exposure(lead: str, way: str) -> None:
    """A short lead-in put in that names its list as what is affected ('The affected functions in time 0.1 (all
    versions) are:') says more is exposed (`up`); one naming what is safe ('are not affected') says less; taken out,
    the other way. A lead-in that names neither has no direction."""
    [flag] = significant(added(lead))
    assert flag.direction == way, flag
    [flag] = significant(removed(lead))
    assert flag.direction == ("down" if way == "up" else "up"), flag
    assert all(f.direction is None for f in significant(added("The functions in time 0.1 (all versions) are:")))


@pytest.mark.parametrize(("old", "new", "way"), [
    ("This requires an environment variable to be set in a different thread than the affected functions.",
     "This requires an environment variable to be set in a different thread than the affected functions while one "
     "of them is running.", "down"),
    ("When unpacking a tarball that contains a symlink the tar crate may create directories outside of the target.",
     "When unpacking a tarball the tar crate may create directories outside of the target.", "up"),
])
def test_a_time_or_a_kind_that_limits_a_claim_narrows_it(old: str, new: str, way: str) -> None:
    """'… while one of them is running' (a progressive after 'while', no comma) sets a time the claim holds in, and
    'a tarball that contains a symlink' limits any one thing of a kind: added, the claim holds in fewer cases
    (`down`); dropped, in more (`up`). ', while inflation fell' sets one thing against another; 'a risk that prices
    rise' says what the risk is."""
    [flag] = significant(modified(old, new))
    assert flag.direction == way, flag
    assert all(f.direction is None for f in significant(modified("There is a risk that prices rise here.",
                                                                "There is a risk here.")))


def test_a_mixed_case_acronym_written_out_is_a_gloss() -> None:
    """'PaaS' → 'Platform as a service (PaaS)': the name written out before its acronym, small and lower-case words
    among its initials, is a gloss put in, not an actor; a name put in before an acronym the other side lacks is one."""
    assert not significant(modified("Our services run on PaaS rather than IaaS hardware.",
                                    "Our services run on Platform as a service (PaaS) rather than Infrastructure as a "
                                    "Service (IaaS) hardware."))
    [flag] = significant(modified("Ask the team.", "Ask the Platform as a service (PaaS) team."))
    assert flag.kind == "actor", flag


@pytest.mark.parametrize("line", [
    "*Do we have anything to say about test tools in this guidance?*",
    "*we need to put something here, who should this be in IA?*",
    "This guidance makes recommendations for choosing an operating system for a Virtual Machine (VM).",
    'For example: `"cpu": {"user":30.0,"system":40.0}`',
])
def test_a_question_a_note_on_the_guidance_or_a_code_example_is_low(line: str) -> None:
    """A sentence that asks, whatever modal it holds; one that says what the guidance is about; and code shown after
    a word that it is an example: added or dropped, low. An item of a list of questions to weigh is the advice's, and
    a guidance that recommends a thing prescribes."""
    assert not significant(added(line))
    assert not significant(removed(line))
    assert significant(added("This guidance recommends Ubuntu for every virtual machine."))
    rows = _rows(["You should consider:", "- how your logs get to the store"],
                 ["You should consider:", "- how your logs get to the store",
                  "- what happens if one of these stores is unavailable?"])
    assert significant(list(assess_changes(rows, config())))


@pytest.mark.parametrize(("old", "new"), [
    ("Many studies use EHRs, which hold rich data.",
     "Many studies use electronic medical/health records, which hold rich data."),
    ("Reads from PacBio are long.", "Reads from Pacific Biosciences are long."),
    ("| Term | Definition |", "| Term | Definition | Example applications |"),
])
def test_a_name_clipped_or_abbreviated_or_a_cells_first_word_is_no_new_actor(old: str, new: str) -> None:
    """An acronym written out with alternatives ('EHRs' ↔ 'electronic medical/health records'), a name clipped to
    the heads of its words ('PacBio' ↔ 'Pacific Biosciences') and a table cell's first word capitalised for its place
    ('Example applications') name nobody new; a name replaced by another, or a cell that holds only a name, does."""
    assert not significant(modified(old, new))
    assert not significant(modified(new, old))
    [flag] = significant(modified("Reads from PacBio are long.", "Reads from Oxford Nanopore are long."))
    assert flag.kind == "actor", flag
    assert [f.kind for f in modified("| Owner | Task |", "| Owner | Task | Microsoft |")] == ["actor"]


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("is very likely to", "is likely to", "down"),
    ("is very unlikely to", "is unlikely to", "up"),
    ("is likely to", "is highly likely to", "up"),
    ("is very probable that it will", "is probable that it will", "down"),
])
def test_a_degree_word_inside_an_estimative_phrase_moves_its_band(old: str, new: str, direction: str) -> None:
    """'very likely' and 'likely' are bands of their own on the estimative scale (ICD 203, IPCC): 'very' dropped is
    likelihood one band down, and from 'very unlikely' it is up — not the same estimate said less strongly."""
    [flag] = modified(f"Warming {old} exceed 1.5 degrees by 2040.", f"Warming {new} exceed 1.5 degrees by 2040.")
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The regulator found no evidence of wrongdoing.", "The regulator found evidence of wrongdoing.", "up"),
    ("There is evidence that the drug works.", "There is no evidence that the drug works.", "down"),
])
def test_a_noun_of_evidence_denied_or_no_longer_denied_is_significant(old: str, new: str, direction: str) -> None:
    """'no evidence of wrongdoing' → 'evidence of wrongdoing': the denial went, the noun stayed. It is no size of
    evidence said in other words (that would be 'some' → 'strong'), and it was read as a low rewording."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction, flag.severity) == ("likelihood", direction, "high"), flag


def test_well_before_a_word_of_place_or_measure_stresses_as_far_does() -> None:
    """'remains well above target' → 'remains slightly above target' is the same claim said less strongly (medium,
    down), as 'far above' → 'slightly above' is. Before a participle 'well' says how fully ('is well tolerated' →
    'is tolerated': less strongly, down; see test_well_before_a_participle_says_how_fully)."""
    [flag] = modified("Inflation remains well above target.", "Inflation remains slightly above target.")
    assert (flag.kind, flag.direction, flag.severity) == ("polarity", "down", "medium"), flag
    [flag] = modified("Output is above trend.", "Output is well above trend.")
    assert (flag.kind, flag.direction) == ("polarity", "up"), flag
    [flag] = significant(modified("The drug is well tolerated.", "The drug is tolerated."))
    assert (flag.kind, flag.direction) == ("polarity", "down"), flag
    # further below a mark is lower: said more strongly of a place below is down, as a stronger fall is
    [flag] = modified("The economy has been growing a bit below trend.",
                      "The economy has been growing well below trend.")
    assert (flag.kind, flag.direction) == ("polarity", "down"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Only licensed operators may handle the material.", "Licensed operators may handle the material.", "up"),
    ("The offer applies to new customers.", "The offer applies to new customers only.", "down"),
    ("The flaw can be exploited by local users.", "The flaw can only be exploited by local users.", "down"),
])
def test_only_put_in_or_taken_out_limits_whom_a_statement_covers(old: str, new: str, direction: str) -> None:
    """'only' alone added narrows whom or where the statement covers (down), taken out widens it (up), medium;
    'is only temporary' (merely), 'not only' (and also), 'only 5' and 'only recently' (stress) are no scope."""
    [flag] = significant(modified(old, new))
    assert (flag.direction, flag.severity) == (direction, "medium"), flag
    for old_s, new_s in (("The effect is only temporary.", "The effect is temporary."),
                         ("Only 5 cases were found.", "5 cases were found."),
                         ("Prices have only recently begun to rise.", "Prices have recently begun to rise.")):
        assert not significant(modified(old_s, new_s)), old_s


@pytest.mark.parametrize(("old", "new", "kind", "direction"), [
    ("Staff must wear masks in clinical areas.", "Staff must wear masks in all areas.", "recommendation", "up"),
    ("The offer applies to all customers.", "The offer applies to new customers.", "reworded", "down"),
    ("The patch fixes the flaw in recent versions.", "The patch fixes the flaw in all versions.", "reworded", "up"),
])
def test_all_put_for_a_kind_of_the_same_noun_widens_or_narrows_the_scope(old: str, new: str, kind: str,
                                                                          direction: str) -> None:
    """'in clinical areas' → 'in all areas': the noun kept, the kind named before it put for 'all' — every case
    now (up), or the reverse, only that kind (down); medium, a recommendation when it is advice. 'every' → 'each'
    names no kind."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction, flag.severity) == (kind, direction, "medium"), flag
    assert not significant(modified("Review every log entry.", "Review each log entry."))


@pytest.mark.parametrize(("old", "new"), [
    ("The company has yet to release its results.", "The company has released its results."),
    ("The regulator has approved the merger.", "The regulator is yet to approve the merger."),
])
def test_yet_to_denies_what_follows_as_not_does(old: str, new: str) -> None:
    """'has yet to release' says it has not released: put in or taken out, the statement reverses (high). Said
    another way beside the edit ('has not yet released' → 'has yet to release'), it denies the same thing."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction, flag.severity) == ("polarity", "reversed", "high"), flag
    assert not significant(modified("The agency has not yet released the data.",
                                    "The agency has yet to release the data."))


def test_a_sentence_that_says_what_a_thing_is_referred_to_as_points_nowhere() -> None:
    """'… [AWS accounts](…) which is referred to as the GDS AWS Platform' gives a name to what a link shows; the
    sentence states who manages it, so a group of people put for the body that did is an actor change (medium),
    not the bookkeeping of a pointer to another text."""
    [flag] = significant(modified(
        "GDS manages a collection of [AWS accounts](https://example.org/aws) which is referred to as the GDS AWS "
        "Platform.",
        "GDS's cloud operations engineers manage a collection of [AWS accounts](https://example.org/aws) which is "
        "referred to as the GDS AWS Platform."))
    assert (flag.kind, flag.severity) == ("actor", "medium"), flag


def test_may_or_may_not_is_an_even_chance_not_a_negation() -> None:
    """'exists' → 'may or may not exist': the fact is now an even chance, likelihood down four bands (high); the
    'not' of the alternative denies nothing, so no reversal."""
    [flag] = significant(modified("A vulnerability exists in these CPU modules.",
                                  "A vulnerability may or may not exist in these CPU modules."))
    assert (flag.kind, flag.direction, flag.severity) == ("likelihood", "down", "high"), flag
    [flag] = significant(modified("The patch may or may not fix the issue.", "The patch will fix the issue."))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag


def test_a_condition_put_for_the_thing_with_it_or_without_widens_the_advice() -> None:
    """'… when Internet access is required' → '…, Internet or no Internet': the advice now holds in every case (up);
    the reverse narrows it (down). The 'no' of 'X or no X' denies nothing."""
    old = "Use a firewall to prevent unauthorized access when Internet access is required."
    new = "Use a firewall to prevent unauthorized access, Internet or no Internet."
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag
    [flag] = significant(modified(new, old))
    assert (flag.kind, flag.direction) == ("recommendation", "down"), flag


@pytest.mark.parametrize(("old", "new"), [
    ("To help with eradication you should:", "To help with eradication it is incumbent on you to:"),
    ("CISA recommends users take defensive measures.", "CISA holds it incumbent on users to take defensive measures."),
    ("CISA recommends that organizations implement the strategies.",
     "CISA is adamant that organizations implement the strategies."),
])
def test_a_duty_laid_on_the_reader_is_as_strong_as_must(old: str, new: str) -> None:
    """'it is incumbent on you to', 'holds it incumbent on users to', 'is adamant that organizations implement': a
    duty, as strong as 'must' — from 'should' or 'recommends' the advice is strengthened (up). 'the incumbent on
    the board' (a noun) prescribes nothing."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag
    assert not significant(modified("The duty falls on the incumbent on the board.",
                                    "The duty falls on the member of the board."))


def test_scant_sizes_a_risk_as_little_does() -> None:
    """'a high risk' → 'scant risk': the stated risk lowered, a reversal of size (high)."""
    [flag] = significant(modified("There is a high risk that the logs will overload the disk.",
                                  "There is scant risk that the logs will overload the disk."))
    assert (flag.kind, flag.direction, flag.severity) == ("polarity", "reversed", "high"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Lending growth was broadly steady over recent months.", "Lending growth was gathering pace over recent months.",
     "up"),
    ("The recovery has gathered momentum.", "The recovery has remained steady.", "down"),
    ("Exports held steady through the year.", "Exports lost momentum through the year.", "down"),
])
def test_a_trend_said_by_its_pace_or_momentum_moves_on_the_trend_scale(old: str, new: str, direction: str) -> None:
    """'gathering pace', 'gaining momentum' say a rise; 'losing momentum', 'running out of steam' a decline: from or
    to 'steady', the middle of the scale, a move up or down."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


@pytest.mark.parametrize(("old", "new"), [
    ("The appeals court upheld the sentence.", "The appeals court overturned the sentence."),
    ("The bridge remains closed to traffic.", "The bridge has reopened to traffic."),
    ("Supplies of the vaccine are plentiful.", "Supplies of the vaccine are scarce."),
    ("Inflation is persistent.", "Inflation is transitory."),
    ("The outbreak is under control.", "The outbreak is out of control."),
    ("Wages are rising faster than prices.", "Wages are rising more slowly than prices."),
    ("The outlook for growth has brightened.", "The outlook for growth has darkened."),
])
def test_an_everyday_opposite_put_for_its_pair_reverses_the_judgment(old: str, new: str) -> None:
    """Opposites of general English, not of one genre (*upheld* / *overturned*, *closed* / *reopened*, *plentiful* /
    *scarce*, *persistent* / *transitory*, *under control* / *out of control*, *faster* / *more slowly*): one put
    for the other reverses what the sentence says (high)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction, flag.severity) == ("polarity", "reversed", "high"), flag


@pytest.mark.parametrize("text", [
    "Aim to schedule a follow-up test within 4 weeks of the test report.",
    "Learn to read the logs before you change the alerts.",
    "Drop debug-level lines before they reach the log store.",
    "You may find it helpful to pair on reviews of the alerting rules.",
    "It pays to pin the versions of your build tools.",
])
def test_an_instruction_in_other_words_added_is_a_recommendation(text: str) -> None:
    """An instruction whose verb is not in the list of instructions but is known by its shape: a verb that leans verb
    before 'to' and a verb with its object ('Aim to schedule a …'), a verb before an object whose modifier is joined
    by a hyphen ('Drop debug-level lines'); advice put as what the reader may find helpful or what pays. Added, each
    is advice added (up)."""
    [flag] = significant(added(text))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


@pytest.mark.parametrize("text", [
    "Failure to apply the patch may result in a crash of the controller.",
    "Attribute authentication-confirming that the person belongs to a particular group.",
    "Reviewers find it useful to see the whole diff.",
])
def test_a_statement_shaped_like_those_instructions_is_not_one(text: str) -> None:
    """A noun before 'to' whose clause has a verb of its own ('Failure to apply the patch may result …'), a run that
    ends on a compound's first half rather than on a noun, and what others find useful, reported: statements, not
    advice."""
    assert [f.kind for f in significant(added(text))] != ["recommendation"]


@pytest.mark.parametrize(("old", "new", "kind", "direction"), [
    ("Inflation is running well above target.", "Inflation is running close to target.", "polarity", "down"),
    ("Interest rates are somewhat below their average levels.", "Interest rates are around their average levels.",
     "polarity", "up"),
    ("Growth was in line with expectations.", "Growth was well above expectations.", "polarity", "up"),
    ("Inflation is expected to be around 3 per cent in 2024.",
     "Inflation is expected to be a little above 3 per cent in 2024.", "quantity", "up"),
])
def test_a_place_against_the_same_mark_moves_up_or_down(old: str, new: str, kind: str, direction: str) -> None:
    """Above, at (near, around, close to, in line with) and below a mark are an ordered scale: from above to about the
    mark is a move to the middle (down), from below up, and the reverse. Against a figure it is the amount said that
    moved (quantity)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == (kind, direction), flag


def test_a_place_turned_from_above_to_below_the_mark_is_reversed() -> None:
    """'above target' → 'below target': the judgment turned round (high)."""
    [flag] = significant(modified("Inflation is running above target.", "Inflation is running below target."))
    assert (flag.kind, flag.direction, flag.severity) == ("polarity", "reversed", "high"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("When managing these credentials, you must: rotate them.",
     "When managing these credentials, it is worth your while to: rotate them.", "down"),
    ("You could also use a Lambda function.", "We press you to also use a Lambda function.", "up"),
])
def test_advice_said_as_worth_your_while_or_pressed_on_you_has_its_strength(old: str, new: str,
                                                                          direction: str) -> None:
    """'it is worth your while to' advises weakly (below 'must'); 'we press you to' urges (above 'could')."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", direction), flag


@pytest.mark.parametrize("new", [
    "A flaw is thought to exist in the CPU module.",
    "A flaw is believed to exist in the CPU module.",
])
def test_a_fact_said_to_be_thought_or_believed_is_an_estimate(new: str) -> None:
    """'exists' → 'is thought to exist', 'is believed to exist': a belief reported, as 'we believe' (likely), no
    longer a fact (down); the reverse up."""
    [flag] = significant(modified("A flaw exists in the CPU module.", new))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag
    [flag] = significant(modified(new, "A flaw exists in the CPU module."))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag


def test_the_likeliest_reading_estimates_what_it_names() -> None:
    """'The likeliest reading is that X': X estimated as likely, no longer stated as fact (down)."""
    [flag] = significant(modified("Parsing borsh messages causes a crash.",
                                  "The likeliest reading is that parsing borsh messages causes a crash."))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


def test_a_figure_with_a_plural_scale_is_the_same_amount() -> None:
    """'20 millions of sequences' → '20 million sequences': the same amount in another language's plural, no flag;
    '20 millions' → '30 million' is a number raised."""
    assert not significant(modified("UniProt still has about 20 millions of protein sequences.",
                                    "UniProt still has about 20 million protein sequences."))
    [flag] = significant(modified("UniProt has 20 millions of protein sequences.",
                                  "UniProt has 30 million protein sequences."))
    assert (flag.kind, flag.direction) == ("quantity", "up"), flag


def test_a_modal_in_a_clause_of_condition_grants_no_latitude() -> None:
    """'… was expected, provided builders could secure finance, to support …': the 'could' is what the condition
    supposes, not latitude granted to builders (no recommendation added); 'Users can apply the update' grants it."""
    flags = significant(modified(
        "The large pipeline of work was expected to support a high level of dwelling investment.",
        "The large pipeline of work was expected, provided builders could secure finance, to support a high level of "
        "dwelling investment."))
    assert "recommendation" not in [f.kind for f in flags], flags
    [flag] = significant(added("Users can apply the update to fix the flaw."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag
    for text in ("If it goes well you can open a pull request.",  # (the condition closed before the modal's clause)
                 "Other services are cheaper, for example if you use AWS you could use CloudWatch to run queries."):
        [flag] = significant(added(text))
        assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


@pytest.mark.parametrize(("new", "direction"), [
    ("Given these considerations, the Board judged that it was appropriate to bring the cash rate down at this "
     "meeting.", "down"),
    ("Given these considerations, the Board judged that it was appropriate to take the cash rate up at this meeting.",
     "up"),
])
def test_a_setting_brought_down_or_taken_up_is_a_cut_or_a_raise(new: str, direction: str) -> None:
    """'to leave the cash rate unchanged' → 'to bring the cash rate down': a verb of moving, the setting, then which
    way — a hold become a cut (down), or a raise (up)."""
    old = "Given these considerations, the Board judged that it was appropriate to leave the cash rate unchanged at " \
          "this meeting."
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


def test_up_put_for_down_after_the_same_verb_reverses() -> None:
    """'brought prices down' → 'brought prices up', 'scale up' → 'scale down': the way turned round (high)."""
    [flag] = significant(modified("The drought brought prices down.", "The drought brought prices up."))
    assert (flag.kind, flag.direction) == ("polarity", "reversed"), flag


def test_an_instruction_whose_verb_ends_like_a_participle_still_instructs() -> None:
    """'Borrowers nearing the end of a fixed term, ring your bank before the reset': 'ring' (as 'bring') is a verb's
    base, not a participle in '-ing'."""
    [flag] = significant(added("Borrowers nearing the end of a fixed term, ring your bank before the reset."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


def test_a_sentence_around_kept_figures_that_evaluates_them_is_a_statement_added() -> None:
    """'PAM50 has outlived its usefulness as a subtyping scheme.' added after a sentence on PAM50: its figure is kept,
    but it evaluates what the figure names (a word of valence among its new words) — a statement added, medium."""
    old = "One example is the PAM50 subtyping approach to classifying breast cancer into four subtypes."
    new = old + " PAM50 has outlived its usefulness as a subtyping scheme."
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.severity) == ("added", "medium"), flag


@pytest.mark.parametrize(("old", "new"), [
    ("The trial met its primary endpoint.", "The trial failed to meet its primary endpoint."),
    ("The trial met its primary endpoint.", "The trial did not meet its primary endpoint."),
    ("The plan has never worked.", "The plan has worked."),
])
def test_a_verb_said_not_to_have_happened_reverses_whatever_its_form(old: str, new: str) -> None:
    """'met' → 'did not meet', 'failed to meet': the same verb, its past form irregular, now denied (reversed)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", "reversed"), flag


@pytest.mark.parametrize("old", ["Please upgrade as soon as possible.", "Keep the dose as low as possible.",
                                 "This is the worst possible outcome for the network."])
def test_possible_that_marks_a_limit_is_no_estimate(old: str) -> None:
    """'as soon as possible', 'as low as possible', 'the worst possible outcome' say how far, not how likely: dropping
    them is no 'likelihood up four bands'."""
    new = old.replace(" as possible", "").replace("as soon", "promptly").replace("worst possible", "worst")
    assert not [f for f in modified(old, new) if f.kind == "likelihood"], modified(old, new)


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Please upgrade as soon as possible.", "Please upgrade at your convenience.", "down"),
    ("Please upgrade in due course.", "Please upgrade without delay.", "up"),
])
def test_how_soon_advice_asks_is_its_force(old: str, new: str, direction: str) -> None:
    """'as soon as possible' → 'at your convenience': the same advice, pressed less (down); and the reverse (up)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", direction), flag


def test_one_word_of_urgency_for_another_is_no_change_of_force() -> None:
    """'as soon as possible' → 'promptly': both press; nothing for a reader."""
    assert not significant(modified("Please upgrade as soon as possible.", "Please upgrade promptly."))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Patients should avoid alcohol during the course.", "Patients should limit alcohol during the course.", "down"),
    ("Patients should limit alcohol during the course.", "Patients should avoid alcohol during the course.", "up"),
])
def test_advice_to_limit_a_thing_is_a_step_short_of_keeping_from_it(old: str, new: str, direction: str) -> None:
    """'should avoid alcohol' → 'should limit alcohol' is advice softened (down), not turned round to advice for
    alcohol; the reverse is pressed harder (up)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The project is on schedule.", "The project is behind schedule.", "down"),
    ("The project is on schedule.", "The project is ahead of schedule.", "up"),
    ("Earnings are expected to be in line with guidance.", "Earnings are expected to fall short of guidance.", "down"),
])
def test_on_schedule_is_the_middle_between_ahead_and_behind(old: str, new: str, direction: str) -> None:
    """ahead of > on > behind the same mark, as above > at > below: to or from the middle is up or down."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


@pytest.mark.parametrize(("old", "new"), [
    ("The programme came in under budget.", "The programme came in over budget."),
    ("The feature is enabled by default.", "The feature is disabled by default."),
    ("Traffic was heavier than usual.", "Traffic was lighter than usual."),
    ("The outlook has brightened.", "The outlook has dimmed."),
    ("The measure passed by a wide margin.", "The measure passed by a narrow margin."),
    ("The committee was unanimous.", "The committee was divided."),
    ("The agency has stepped up inspections.", "The agency has scaled back inspections."),
    ("The rollout has been paused.", "The rollout has resumed."),
])
def test_general_opposites_reverse(old: str, new: str) -> None:
    """Opposites of general English (over/under, enabled/disabled, heavier/lighter, brightened/dimmed, wide/narrow,
    unanimous/divided, stepped up/scaled back): the statement turned round."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", "reversed"), flag


def test_a_meaningful_risk_is_a_large_one() -> None:
    """'a meaningful risk of default' → 'a small risk': the risk stated is smaller."""
    [flag] = significant(modified("We see a meaningful risk of default.", "We see a small risk of default."))
    assert flag.kind == "polarity" and "lowered" in flag.explanation, flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Travel is permitted during daylight hours.", "Travel is permitted at any time.", "up"),
    ("Staff must wear badges at all times.", "Staff must wear badges while on site.", "down"),
])
def test_a_phrase_of_when_or_where_put_for_every_case_widens_the_statement(old: str, new: str, direction: str) -> None:
    """'during daylight hours' → 'at any time': the statement now holds in every case (up); 'at all times' → 'while on
    site', only in those (down)."""
    [flag] = significant(modified(old, new))
    assert flag.direction == direction and flag.kind in ("reworded", "recommendation"), flag


def test_a_small_number_of_is_a_quantifier_of_scope() -> None:
    """'affected all users' → 'affected a small number of users': said of fewer (down)."""
    [flag] = significant(modified("The outage affected all users.", "The outage affected a small number of users."))
    assert flag.direction == "down", flag


def test_we_suspect_states_a_belief() -> None:
    """'We suspect that X' → 'We have little doubt that X': a belief stated (as 'we think') made near certain (up)."""
    [flag] = significant(modified("We suspect that this is because of cost.",
                                  "We have little doubt that this is because of cost."))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag


def test_a_reservation_dropped_is_no_nuance() -> None:
    """'…remain tight, despite some signs of gradual easing' → '…remain tight': the reservation had content of its own;
    the claim now stands with more weight (up), medium at least."""
    [flag] = significant(modified(
        "Broader indicators suggest that labour market conditions remain tight, despite some signs of gradual easing.",
        "Broader indicators suggest that labour market conditions remain tight."))
    assert flag.direction == "up", flag


@pytest.mark.parametrize("old", [
    "In assessing the evidence, members noted that indebted consumers may take some time before increasing their "
    "spending.",
    "Indebted consumers may take some time before increasing their spending.",
])
def test_a_modal_of_how_long_or_of_a_view_reported_grants_no_latitude(old: str) -> None:
    """'consumers may take some time before …' is how long a thing lasts, and 'members noted that borrowers may …'
    reports a view: neither grants leave, so neither is advice dropped when 'may' goes — the estimate moved (up)."""
    new = old.replace("may take", "would, by all accounts, take")
    assert not [f for f in modified(old, new) if f.kind == "recommendation"], modified(old, new)
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", "up"), flag


def test_agents_by_the_form_of_their_noun_can_be_bound() -> None:
    """'Verifiers SHOULD offer guidance' → 'Verifiers are duty-bound to offer guidance': one bound to act, named by a
    plural of agent ('verifiers'), is under a duty as strong as 'must' (up)."""
    [flag] = significant(modified("Verifiers SHOULD offer guidance to the subscriber.",
                                  "Verifiers are duty-bound to offer guidance to the subscriber."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


def test_a_near_impossibility_is_nearly_impossible() -> None:
    """'was assessed to be less likely' → 'was now assessed as a near impossibility': a noun of impossibility
    approximated is near the bottom of the scale (down), not a bare claim."""
    [flag] = significant(modified("In addition, a hard exit was assessed to be less likely.",
                                  "In addition, a hard exit was now assessed as a near impossibility."))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The outage lasted 2 hours.", "The outage lasted 2 days.", "up"),
    ("Store backups for thirty years.", "Store backups for thirty days.", "down"),
])
def test_a_unit_changed_after_the_same_count_changes_the_amount(old: str, new: str, direction: str) -> None:
    """'2 hours' → '2 days': the count kept, its unit of time or size changed — the amount moved (up or down)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("quantity", direction), flag


@pytest.mark.parametrize(("old", "new"), [
    ("The company denied that it had been hacked.", "The company confirmed that it had been hacked."),
    ("Up to 40% of users are affected.", "At least 40% of users are affected."),
])
def test_a_denial_made_a_confirmation_or_a_ceiling_made_a_floor_reverses(old: str, new: str) -> None:
    """'denied that' → 'confirmed that', 'up to 40%' → 'at least 40%': the statement turned round (reversed)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", "reversed"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The library is maintained.", "The library is well maintained.", "up"),
    ("The association is well established in adults.", "The association is established in adults.", "down"),
    ("The parser is thoroughly tested.", "The parser is tested.", "down"),
])
def test_well_before_a_participle_says_how_fully(old: str, new: str, direction: str) -> None:
    """'is maintained' → 'is well maintained', 'thoroughly tested' → 'tested': how fully a thing is so, said more or
    less strongly (up or down), as 'actively maintained' is."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The project is on track.", "The project is behind schedule.", "down"),
    ("The migration is running late.", "The migration is on schedule.", "up"),
    ("The rollout is on track.", "The rollout is ahead of schedule.", "up"),
    ("Delivery of the new terminal is ahead of schedule.", "Delivery of the new terminal is off track.", "reversed"),
])
def test_progress_against_a_plan_is_ordered(old: str, new: str, direction: str) -> None:
    """Ahead of plan > on it > behind it, each phrase naming its own mark ('on track' → 'behind schedule'): a move to
    or from the plan is up or down, ahead ↔ behind reversed."""
    [flag] = significant(modified(old, new))
    assert flag.direction == direction, flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Use of SMS for this purpose is discouraged.", "Use of SMS for this purpose is prohibited.", "up"),
    ("Sharing a token between services is forbidden.", "Sharing a token between services is discouraged.", "down"),
    ("Encrypted channels are the only permitted transport.", "Encrypted channels are the preferred transport.",
     "down"),
    ("TLS 1.3 is the recommended protocol.", "TLS 1.3 is the only acceptable protocol.", "up"),
])
def test_a_prohibition_and_a_sole_permission_are_requirements(old: str, new: str, direction: str) -> None:
    """'is prohibited' binds as 'must not' does, and 'the only permitted X' as 'must use X': against 'discouraged' or
    'preferred' the advice pressed harder (up) or eased (down)."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("recommendation", direction), flag


def test_permitted_made_prohibited_is_reversed() -> None:
    [flag] = significant(modified("Use of personal devices is permitted.", "Use of personal devices is prohibited."))
    assert flag.direction == "reversed", flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("We may not be able to obtain financing on acceptable terms.",
     "We will not be able to obtain financing on acceptable terms.", "up"),
    ("The patch might not fix the issue.", "The patch will not fix the issue.", "up"),
    ("The company will not survive the downturn.", "The company may not survive the downturn.", "down"),
    ("Such a model will likely not be applicable to other data.",
     "Such a model may not be applicable to other data.", "down"),
    ("The rally may not last.", "The rally is unlikely to last.", "up"),
])
def test_a_denial_made_firmer_or_looser_moves_with_its_firmness(old: str, new: str, direction: str) -> None:
    """Both sides deny the claim, one by 'not': the estimate of what the sentence states moved — 'may not' → 'will
    not' is the denial made firm (up), 'will likely not' → 'may not' eased (down), as a reader weighs the warning."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The reforms have had a profound impact on exports.", "The reforms have had a limited impact on exports.",
     "down"),
    ("The funding gap is widening.", "The funding gap is narrowing.", "reversed"),
    ("The flaw is easy to exploit.", "The flaw is hard to exploit.", "reversed"),
])
def test_general_words_of_degree_trend_and_ease(old: str, new: str, direction: str) -> None:
    [flag] = significant(modified(old, new))
    assert flag.direction == direction, flag


def test_in_doubt_is_below_even_odds() -> None:
    """'is a foregone conclusion' → 'is in doubt': a thing certain is now uncertain (down), not a doubt denied."""
    [flag] = significant(modified("The outcome of the vote is a foregone conclusion.",
                                  "The outcome of the vote is in doubt."))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Containing public debt was likely to be a significant challenge for some countries.",
     "It was a given that containing public debt would be a significant challenge for some countries.", "up"),
    ("Due to a non-constant-time implementation, information about the private key is leaked.",
     "Due to a non-constant-time implementation, it is even money that information about the private key is leaked.",
     "down"),
    ("A pick-up in household income is expected to support spending over the next year.",
     "Few would bet on a pick-up in household income supporting spending over the next year.", "down"),
    ("As restrictions are eased, the economy should bounce back.",
     "As restrictions are eased, the economy can be counted on to bounce back.", "up"),
    ("Your team will often require the use of third-party services.",
     "Your team will as a matter of course require the use of third-party services.", "up"),
])
def test_set_phrases_of_odds_and_of_how_often(old: str, new: str, direction: str) -> None:
    """'a given that' (certain), 'even money that' (even), 'few would bet on' (unlikely), 'can be counted on to'
    (very likely), 'as a matter of course' (as a rule): estimates and frequencies in set phrases; 'the economy
    should bounce back' forecasts, it advises nobody."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


@pytest.mark.parametrize(("old", "new"), [
    ("A severe squeeze on business cannot be ruled out.", "A severe squeeze on business cannot be waved away."),
    ("A deep neural network might identify entirely new categories.",
     "A deep neural network has the potential to identify entirely new categories."),
])
def test_the_same_estimate_in_other_words_moves_nothing(old: str, new: str) -> None:
    assert not significant(modified(old, new)), modified(old, new)


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The risks in the housing market had receded over the past year.",
     "The risks in the housing market had mounted over the past year.", "reversed"),
    ("The model predicted readmission with performance better than the baseline method.",
     "The model predicted readmission with performance indistinguishable from the baseline method.", "down"),
    ("Bootrom, using DHCP/BOOTP, is only vulnerable during the boot process.",
     "Bootrom, using DHCP/BOOTP, is vulnerable.", "up"),
])
def test_trends_comparisons_and_a_restriction_apart_from_its_only(old: str, new: str, direction: str) -> None:
    """'receded' → 'mounted' turns the trend round; 'better than' → 'indistinguishable from' brings a comparison to
    par (down); 'is only vulnerable during the boot process' → 'is vulnerable': 'only' and the time it announces
    dropped apart, the claim now holds at all times (up)."""
    [flag] = significant(modified(old, new))
    assert flag.direction == direction, flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Demand is close to capacity.", "Demand exceeds capacity.", "up"),
    ("Output is near its potential.", "Output surpasses its potential.", "up"),
    ("Spending is within budget.", "Spending is well above budget.", "up"),
    ("Inflation is around the target.", "Inflation undershoots the target.", "down"),
])
def test_a_verb_of_standing_puts_a_thing_over_or_short_of_its_mark(old: str, new: str, direction: str) -> None:
    """'close to capacity' → 'exceeds capacity': the place against the same mark moved from it (up), as 'close to'
    → 'above' does; 'undershoots' is short of it."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("New infections have plateaued.", "New infections are rising.", "up"),
    ("Cases are falling.", "Cases have levelled off.", "up"),
    ("Prices are rising again.", "Prices have flattened out.", "down"),
    ("The talks have stalled.", "The talks have made progress.", "up"),
    ("The campaign is gaining ground.", "The campaign is losing ground.", "reversed"),
])
def test_a_plateau_and_ground_gained_or_lost_are_trends(old: str, new: str, direction: str) -> None:
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Demand has recovered.", "Demand has not fully recovered.", "down"),
    ("The results are conclusive.", "The results are not entirely conclusive.", "down"),
    ("The risk has not been fully eliminated.", "The risk has been eliminated.", "up"),
    ("The fix resolves the issue.", "The fix does not completely resolve the issue.", "down"),
    ("We have fully implemented the control.", "We have not fully implemented the control.", "reversed"),
    ("The drug reduced mortality.", "The drug did not significantly reduce mortality.", "reversed"),
])
def test_a_denial_of_the_whole_grants_a_part(old: str, new: str, direction: str) -> None:
    """'has recovered' → 'has not fully recovered' is a move down, not a reversal: a part is still granted. Where
    the plain version said 'fully' too, the negation denies what it said (reversed); 'did not significantly
    reduce' denies the effect."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("We will notify you before changes take effect.", "We may notify you before changes take effect.", "down"),
    ("We may delete inactive accounts.", "We will delete inactive accounts.", "up"),
])
def test_a_promise_loosened_into_leeway_is_less_sure_not_advice(old: str, new: str, direction: str) -> None:
    """'We will notify you' → 'We may notify you': what the writer will do is now what it may do. Less sure (down),
    not a recommendation added."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Sanctions have had a limited impact.", "Sanctions have had a devastating impact.", "up"),
    ("The ruling party has a comfortable majority.", "The ruling party has a slim majority.", "down"),
    ("The economy is on a firm footing.", "The economy is on a shaky footing.", "down"),
    ("The recovery is sluggish.", "The recovery is solid.", "up"),
    ("The board unanimously approved the merger.", "The board narrowly approved the merger.", "down"),
    ("The species is considered endangered.", "The species is considered critically endangered.", "up"),
    ("The proposal enjoys broad support.", "The proposal faces broad opposition.", "reversed"),
])
def test_general_words_of_strength_and_support(old: str, new: str, direction: str) -> None:
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


@pytest.mark.parametrize(("old", "new"), [
    ("Deep learning can also illustrate binding preferences.",
     "Critically, deep learning can also illustrate binding preferences."),
    ("Notably, growth was strong over the year.", "Growth was strong over the year."),
])
def test_a_comment_set_off_by_commas_stresses_nothing(old: str, new: str) -> None:
    """'Critically, …', 'Notably, …' open the sentence as a comment on it; they are not 'critically important'."""
    assert not significant(modified(old, new)), modified(old, new)


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Affected versions of the crate cause undefined behavior when such types are parsed.",
     "It cannot be assumed that affected versions of the crate avoid undefined behavior when such types are parsed.",
     "down"),
    ("A system reset is required for recovery.",
     "It is not out of the realm of possibility that a system reset is required for recovery.", "down"),
    ("Members agreed that the likelihood of a further increase was low.",
     "Members agreed that there was no small chance of a further increase.", "up"),
    ("It is safe to assume that prices will rise.", "It is not safe to assume that prices will rise.", "down"),
    ("The outcome can be taken for granted.", "The outcome cannot be taken for granted.", "down"),
])
def test_set_phrases_of_assumption_and_possibility_are_estimates(old: str, new: str, direction: str) -> None:
    """'It cannot be assumed that X' and 'not out of the realm of possibility' leave X open (down from a statement of
    fact); 'no small chance' is a good one, not none; a denial inside such a phrase moves the estimate, it does not
    turn the claim round."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


def test_a_scope_that_its_only_closes_restricts() -> None:
    """'One notable exception, for accounts at IAL 1 only, is …': a phrase of scope closed by 'only', set in: the
    statement now holds in fewer cases (down), whatever figure the scope names. 'for informational purposes only'
    says what a thing is for, not where it holds."""
    [flag] = significant(modified("One notable exception is when a memorized secret is forgotten.",
                                  "One notable exception, for accounts at IAL 1 only, is when a memorized secret is "
                                  "forgotten."))
    assert flag.direction == "down", flag
    assert not significant(modified("All information products are provided as is for informational purposes only.",
                                    "All information products are provided as is."))


def test_pending_opens_a_horizon_the_claim_waits_on() -> None:
    """'Pending a proper fix, X has been modified …' → 'X has been modified …': the temporary measure now stands
    without its horizon (up), as with 'until'."""
    [flag] = significant(modified(
        "Pending a proper fix, the internal method has been modified to always return None on the affected systems.",
        "The internal method has been modified to always return None on the affected systems."))
    assert flag.direction == "up", flag


@pytest.mark.parametrize("text", [
    "* Clearly communicate information on how to create and change memorized secrets.",
    "Promptly report information about the incident to the security team.",
])
def test_an_adverb_of_manner_then_a_verb_opens_an_instruction(text: str) -> None:
    """After an adverb of manner that opens the sentence, a word that is most often a verb is the instruction's verb,
    whatever follows it ('Clearly communicate information …'); not after an adjective in '-ly' ('Early work by …') or
    an adverb set off by its comma ('Similarly, demand for labour …')."""
    [flag] = significant(removed(text))
    assert (flag.kind, flag.direction) == ("recommendation", "down"), flag
    for other in ("Early work by Ghosh and Karamcheti used cluster analysis to study hidden states.",
                  "Similarly, demand for labour typically responds with a lag."):
        assert all(f.kind != "recommendation" for f in removed(other)), removed(other)


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Housing credit growth had been relatively steady in recent months.",
     "Housing credit growth had been picking up in recent months.", "up"),
    ("The depreciation had also assisted the economy in its transition.",
     "The depreciation had also hampered the economy in its transition.", "reversed"),
    ("At its meeting today, the Board decided to maintain the cash rate target of 25 basis points.",
     "At its meeting today, the Board decided to pare back the cash rate target from 25 basis points to 5 basis "
     "points.", "down"),
])
def test_picking_up_paring_back_and_hampering(old: str, new: str, direction: str) -> None:
    """'picking up' is a rise, 'pare back' a fall; 'assisted' → 'hampered' turns the effect round."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("These findings suggest that the drug reduces mortality.",
     "These findings demonstrate that the drug reduces mortality.", "up"),
    ("Recent data on wages show that inflation is easing.", "Recent data on wages hint that inflation is easing.",
     "down"),
])
def test_a_leap_in_the_strength_of_evidence_is_reported(old: str, new: str, direction: str) -> None:
    """Three or more steps on the scale of evidence verbs ('suggest' → 'demonstrate') change what a reader may
    conclude: reported, not left as a nuance; a step or two ('indicates' → 'shows', 'suggests' → 'shows') stays minor,
    and so does a leap beside a figure that moved, which is the news."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag
    for verb in ("indicates", "suggests"):
        assert not significant(modified(f"The survey {verb} that demand is firm.",
                                        "The survey shows that demand is firm."))
    [flag] = significant(modified("Recent information hints at inflation at about 2½ per cent.",
                                  "Recent data confirm inflation at around 2¼ per cent."))
    assert (flag.kind, flag.direction) == ("quantity", "down"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The challenger has pulled even with the incumbent.", "The challenger has pulled ahead of the incumbent.", "up"),
    ("The company trails its rivals.", "The company has drawn level with its rivals.", "up"),
    ("Output is on a par with capacity.", "Output has slipped below capacity.", "down"),
])
def test_level_with_and_trailing_are_places_against_a_mark(old: str, new: str, direction: str) -> None:
    """'level with', 'even with' and 'on a par with' are at the mark; 'trails' and 'lags' short of it; a verb of
    moving ('pulled', 'drawn', 'slipped') before the place only says how it got there."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("A rate cut is off the table.", "A rate cut is on the table.", "up"),
    ("Further tightening remains on the table.", "Further tightening is off the table.", "down"),
])
def test_on_and_off_the_table_are_estimates(old: str, new: str, direction: str) -> None:
    """'off the table' rules a thing out; 'is on the table' keeps it open: a move between them is likelihood."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("likelihood", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The attack surface is small.", "The attack surface is large.", "up"),
    ("The effect of the reform is huge.", "The effect of the reform is small.", "down"),
])
def test_small_and_large_are_steps_of_size(old: str, new: str, direction: str) -> None:
    """'small', 'tiny', 'big', 'huge' and 'massive' are steps on the scale of size, as 'large' is; alone they do not
    make a sentence a judgment ('a small panel of markers' rewritten is not a judgment rewritten)."""
    [flag] = significant(modified(old, new))
    assert flag.direction == direction, flag
    assert not significant(modified(
        'In oncology, current "gold standard" approaches involve histology, requiring manual human expertise for '
        "quantification, or small panel of molecular markers, such as cell surface receptors or genes' expression.",
        'In oncology, current "gold standard" approaches include histology, which requires interpretation by '
        "experts, or assessment of molecular markers such as cell surface receptors or gene expression."))


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("The agency will publish updates weekly.", "The agency will publish updates monthly.", "down"),
    ("An annual review of access rights is required.", "A quarterly review of access rights is required.", "up"),
])
def test_a_cadence_moved_is_a_quantity(old: str, new: str, direction: str) -> None:
    """How often a thing is done, in one word ('weekly' → 'monthly'): more often is up, less often down."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("quantity", direction), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Monetary policy is accommodative.", "Monetary policy is neutral.", "up"),
    ("The stance of fiscal policy is neutral.", "The stance of fiscal policy is expansionary.", "down"),
])
def test_a_policy_stance_to_or_from_neutral_moves(old: str, new: str, direction: str) -> None:
    """restrictive / contractionary / hawkish lie on the upper side of neutral, accommodative / expansionary / dovish on
    the lower: to or from neutral is a move up or down (as hold → raise), not a reversal."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


@pytest.mark.parametrize(("old", "new"), [
    ("The rating is on watch for a possible downgrade.", "The rating is on watch for a possible upgrade."),
    ("Lending standards are tighter.", "Lending standards are looser."),
    ("There is broad consensus that the method works.", "There is disagreement about whether the method works."),
])
def test_opposites_of_grading_tightness_and_agreement(old: str, new: str) -> None:
    """upgrade / downgrade, tight / loose and consensus / disagreement turn the judgment round."""
    [flag] = significant(modified(old, new))
    assert flag.direction == "reversed", flag


def test_a_short_instruction_in_capitals_closed_by_a_full_stop_instructs() -> None:
    """'Enable MFA.' has every word capitalised, as a heading does, but a listed verb and a full stop make it an
    instruction: 'Consider enabling MFA.' → 'Enable MFA.' is advice made firmer (up), not advice dropped."""
    [flag] = significant(modified("Consider enabling MFA.", "Enable MFA."))
    assert (flag.kind, flag.direction) == ("recommendation", "up"), flag


@pytest.mark.parametrize(("old", "new"), [
    ("Using SHA-1 for signatures is NOT RECOMMENDED.", "Using SHA-1 for signatures is RECOMMENDED."),
    ("Using SHA-1 for signatures is RECOMMENDED.", "Using SHA-1 for signatures is NOT RECOMMENDED."),
])
def test_not_recommended_in_capitals_is_recommended_denied(old: str, new: str) -> None:
    """RFC 2119's 'NOT RECOMMENDED' denies 'RECOMMENDED': a negation put in or taken out of the same keyword turns
    the advice round, as 'SHOULD NOT' → 'SHOULD' does; it is not one keyword swapped for another."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", "reversed"), flag


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Household spending has held up well.", "Household spending has softened.", "down"),
    ("Growth moderates next year.", "Growth picks up next year.", "reversed"),
    ("Growth has been resilient.", "Growth has been fragile.", "reversed"),
    ("The judgment of the district court is affirmed.", "The judgment of the district court is reversed.",
     "reversed"),
])
def test_holding_up_moderating_and_fragility(old: str, new: str, direction: str) -> None:
    """'held up' says a thing kept its level (a fall from it is down); 'moderates' is a fall; resilient / fragile and
    affirmed / reversed are opposites."""
    [flag] = significant(modified(old, new))
    assert (flag.kind, flag.direction) == ("polarity", direction), flag


def test_a_word_of_size_that_changes_with_its_noun_names_another_group() -> None:
    """'Small businesses' → 'Large corporations': the word of size went with its noun, so who bears the cost
    changed (an actor), not how large a thing is; 'The effect is small' → 'large' is a change of size."""
    [flag] = significant(modified("Small businesses will bear most of the cost.",
                                  "Large corporations will bear most of the cost."))
    assert flag.kind == "actor", flag


@pytest.mark.parametrize("new", ["`markdown` is not necessarily unmaintained", "`markdown` is not always unmaintained"])
def test_not_necessarily_put_in_makes_a_fact_an_open_question(new: str) -> None:
    """'X is unmaintained' → 'X is not necessarily unmaintained': the estimate only put in leaves the claim open; it
    is not denied (likelihood down, not reversed)."""
    [flag] = significant(modified("`markdown` is unmaintained", new))
    assert (flag.kind, flag.direction) == ("likelihood", "down"), flag


@pytest.mark.parametrize("new", ["It allows capture of features that describe common concepts.",
                                 "It enables the capture of features that describe common concepts."])
def test_a_verb_of_enabling_grants_the_ability_can_does(new: str) -> None:
    """'can capture' → 'allows capture of', 'enables the capture of': the same ability, not a possibility made a
    fact."""
    assert not significant(modified("It can capture features that describe common concepts.", new))


@pytest.mark.parametrize(("old", "new"), [
    ("There had been little net growth in credit to small businesses in prior months.",
     "There had been little net growth in credit to farm businesses in prior months."),
    ("Domestic investors sold bonds.", "Foreign investors sold bonds."),
])
def test_another_kind_of_the_same_group_is_another_actor(old: str, new: str) -> None:
    """The words that say what kind of group it is, replaced before the same noun of people or firms ('small
    businesses' → 'farm businesses'), name another group. Not a verb before its object ('SHOULD permit claimants' →
    'SHOULD allow claimants'), a word in another form ('tech lead' → 'technical lead'), nor a template's parts."""
    [flag] = significant(modified(old, new))
    assert flag.kind == "actor", flag
    for a, b in (("Verifiers SHOULD permit claimants to paste.", "Verifiers SHOULD allow claimants to paste."),
                 ("Each team has someone (usually a tech lead) who is an owner.",
                  "Each team has someone (usually a technical lead) who is an owner."),
                 ("It was drafted by {{authors.count}} individuals.",
                  "It was drafted by {{authors | length}} individuals.")):
        assert all(f.kind != "actor" for f in significant(modified(a, b))), (a, b)


@pytest.mark.parametrize(("old", "new", "direction"), [
    ("Leading indicators pointed to employment growth being above average over the following couple of quarters.",
     "Leading indicators pointed to employment growth being above average.", "up"),
    ("The Board views this setting of monetary policy as appropriate.",
     "The Board views this setting of monetary policy as appropriate for the near term.", "down"),
    ("Members observed that labour market conditions had continued to improve.",
     "Members observed that labour market conditions had continued to improve along the eastern seaboard.", "down"),
])
def test_a_horizon_or_a_place_put_in_bounds_the_claim(old: str, new: str, direction: str) -> None:
    """A span of time ahead ('for the near term', 'over the following couple of quarters') or a place ('along the
    eastern seaboard') put in bounds where or when the claim holds (down); taken out, it holds wider (up). 'over the
    period ahead' says 'from now on' and bounds nothing."""
    [flag] = significant(modified(old, new))
    assert flag.direction == direction, flag
    assert not significant(modified("This will assist in containing pressure on inflation.",
                                    "This will assist in containing pressure on inflation over the period ahead."))


def test_complicate_and_aid_are_opposites() -> None:
    """'could complicate progress' → 'could aid progress' turns the effect round."""
    [flag] = significant(modified("An appreciating exchange rate could complicate progress in rebalancing.",
                                  "An appreciating exchange rate could aid progress in rebalancing."))
    assert flag.direction == "reversed", flag


def test_a_stamp_with_its_time_of_day_is_a_stamp() -> None:
    """'Text as released to news desks, 5 February 2019, half past two, Sydney time': a date and a time of day with a
    few words, no clause: the text's own stamp, put in without a judgment."""
    assert not significant(added("Text as released to news desks, 5 February 2019, half past two, Sydney time"))
