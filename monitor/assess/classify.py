"""classify(): changed paragraphs → sentence alignment → detectors → one Assessment per changed judgment."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

from monitor.assess.actors import detect_actor
from monitor.assess.align_sentences import (
    Alignment,
    align,
    changed_sentences,
    content_stems,
    swapped_rows,
    topic_partners,
)
from monitor.assess.findings import Finding, PairDiff, clip, span
from monitor.assess.judgment import (
    FUNCTION_WORDS,
    detect_reworded,
    detect_standing,
    detect_status,
    is_policy_decision,
    judging_words,
    judgment_terms,
    paraphrase,
)
from monitor.assess.lexicon import (
    ADVICE_NOUNS,
    DEGREE,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NEGATIONS,
    PROTECTED,
    RECOMMENDATION,
    REMEDY_STRENGTH,
)
from monitor.assess.lexicon import FUNCTION_WORDS as CLOSED_CLASS
from monitor.assess.likelihood import booster, detect_confidence, detect_evidence, detect_likelihood, hedge_frame
from monitor.assess.polarity import (
    STANCE_NAMES,
    detect_polarity,
    detect_stance,
    policy_stance,
    stance_change,
    stance_direction,
)
from monitor.assess.quantity import EXPOSED_SETS, SAFE_SETS, detect_quantity, detect_scope, stamp_heading
from monitor.assess.recommend import (
    BARE_INSTRUCTION,
    LATITUDE,
    RESERVATIONS,
    Prescription,
    advice_label,
    advising_lead_in,
    conceded,
    detect_recommendation,
    examples_lead_in,
    extended,
    in_recommendations,
    label_end,
    label_names_a_link,
    offers_alternative,
    points_elsewhere,
    prescription,
    reported_view,
    restricted,
    same_advice_recast,
)
from monitor.assess.text import (
    BULLET,
    CONDITION_OPENERS,
    STEM,
    Sentence,
    about_document,
    alternatives,
    caption_open_after,
    ends_in_colon,
    finite,
    has_clause_word,
    in_drafting_note,
    in_figure_caption,
    key,
    log_entry,
    plain,
    referential,
    same_word,
    stamp_in_parentheses,
    statement,
    title_like,
)
from monitor.assess.valence import sign
from monitor.lazy_re import lazy_compile
from monitor.report import Assessment, Evidence, ParagraphChange
from monitor.sentences import split_sentences, table_cells, table_header, table_heading

TYPE_CHECKING = False  # typing's own constant, without loading typing at run time (monitor/launch.py)
if TYPE_CHECKING:
    from monitor.config import Config
    from monitor.report import Direction, Kind, Severity

Detector = Callable[[PairDiff], "Finding | None"]
DETECTORS: tuple[Detector, ...] = (
    detect_stance, detect_polarity, detect_likelihood, detect_confidence, detect_recommendation, detect_standing,
    detect_quantity, detect_scope,
    detect_actor, detect_evidence, detect_status, detect_reworded,
)


def classify(changes: Sequence[ParagraphChange], config: Config) -> tuple[Assessment, ...]:
    """The assessments for one comparison: changed judgments quoted sentence by sentence, in document order."""
    old, new = changed_sentences(changes)
    if not old and not new:
        return ()
    swapped = swapped_rows(changes)
    alignment = align(old, new, swapped)
    # Looked for only while the one-sided sentences times the other side's stay few (a rewrite of thousands of
    # sentences is left as it is, as align_sentences does for restatements).
    weigh = len(alignment.removed) * len(new) + len(alignment.added) * len(old) <= SAID_MAX_PAIRS
    said = _SaidKeys(old, new, weigh)
    partners = {id(x): y for a, b in alignment.pairs for x, y in ((a, b), (b, a))}
    whole = _WholeText(changes)
    out: list[tuple[tuple[int, int, int], Assessment]] = []
    swaps: dict[tuple[str, tuple[str, ...], tuple[str, ...]], int] = {}  # a replacement -> sentences it was seen in
    changed_pairs: set[tuple[str, str]] = set()  # (old text, new text) of the changed sentences alerted so far
    moves: set[tuple[int, int]] = set()  # stances that moved in a kept sentence (old, new): cut -1, hold 0, raise 1
    # The detectors' answer for a pair of sentences depends on their words and sections alone: a pair met again (a
    # document that repeats its sentences) is answered once. What follows reads where each pair stands.
    judged: dict[tuple[str, str | None, str, str | None], tuple[bool, Finding | None]] = {}
    leads = _LeadIns(changes)
    for a, b in alignment.pairs:
        ma, mb = _unboiled(a, config), _unboiled(b, config)
        if ma is None or mb is None or ma.key == mb.key:
            continue
        diff = PairDiff.of(ma, mb)  # read once: by the editorial test, the detectors and the hedge frame
        seen = (ma.text, ma.section, mb.text, mb.section)
        answer = judged.get(seen)
        if answer is None:  # (editorial, the detectors' finding)
            answer = judged[seen] = (True, None) if editorial(ma, mb, diff) else (False, assess_pair(diff))
        skip, finding = answer
        if skip:
            continue
        if finding is not None and finding.kind == "recommendation" and finding.severity == "high" and (
                finding.explanation.startswith(("recommendation dropped", "recommendation added"))):
            finding = _under_advising_lead(ma, mb, finding, leads)
        if finding is not None and finding.kind == "quantity" and finding.severity != "low" and _title_dated(
                changes, a, b, diff):
            # 'Minutes of the Monetary Policy Meeting … Sydney - 7 May 2013' → '… - 8 May 2013': the date in the
            # document's own title line, the rest of it kept: which edition this is, not a figure it states
            finding = Finding("quantity", "low", None, finding.before_terms, finding.after_terms,
                              finding.explanation + " (the document's own date, in its title line)")
        if finding is not None and finding.kind == "quantity" and finding.severity != "low" and _stamp_column(
                changes, a, b):
            finding = Finding("quantity", "low", None, finding.before_terms, finding.after_terms,
                              finding.explanation + " (in a table column that dates the entries' review)")
        if finding is not None and finding.severity != "low" and table_heading(ma.text) != table_heading(mb.text):
            # '|Author|Competing Interests|Last Reviewed| |---|---|---|' for a sentence: a table's column names name
            # what it holds, and what it says is in its rows, each reported on its own (two headings are weighed as
            # any two headings are, below).
            finding = _lowered(finding, "in a table's column names")
        if finding is not None and finding.severity != "low" and stamp_in_parentheses(ma, mb):
            finding = Finding(finding.kind, "low", None, finding.before_terms, finding.after_terms,
                              finding.explanation + " (a date stamp in parentheses: the text's bookkeeping)")
        if finding is not None and finding.kind == "actor" and (
                (title_like(ma) or _heading(ma)) and (title_like(mb) or _heading(mb))) and not (
                (finite(ma) or finite(mb)) and not (title_like(ma) and title_like(mb))):
            # A renamed heading, office or address line: no judgment names the actor. (A heading that states
            # something, '# rental is unmaintained, author has moved on', is a judgment like any other.)
            finding = Finding("actor", "low", None, finding.before_terms, finding.after_terms,
                              finding.explanation + " (in a heading or address line)")
        elif finding is not None and finding.kind == "quantity" and _heading(ma) and _heading(mb) and not (
                statement(ma) or statement(mb)):
            # '### Funding statement' → '##### Version 2.0 Funding Statement': a heading that states nothing
            # numbers or dates what follows; a heading that states something ('# `markdown` (1.0.0 and higher)
            # is maintained') keeps its finding.
            finding = Finding("quantity", "low", finding.direction, finding.before_terms, finding.after_terms,
                              finding.explanation + " (in a heading)")
        elif finding is not None and finding.kind in ("recommendation", "reworded") and _heading(ma) and (
                _heading(mb) and not prescription(ma).level and not prescription(mb).level) and not (
                _heading_states(ma) and _heading_states(mb)):
            # '## How you should send notifications' → '## How to send notifications': a heading names what
            # follows; the advice is in the text under it (an advisory level in a heading is the advice itself, and a
            # heading that states something gives it: '# directories is unmaintained, use directories-next instead').
            finding = _lowered(finding, "in a heading")
        if finding is not None and finding.kind == "recommendation" and finding.severity != "low" and (
                _lead_in_recast(ma, mb)):
            # 'As part of your DNS strategy we recommend that:' → 'As part of your DNS strategy, your:': the lead-in
            # to a list lost or gained its prescribing words; the items carry the advice, each reported on its own.
            finding = _lowered(finding, "in the lead-in to a list: its items carry the advice")
        if finding is not None and finding.severity != "low" and len(diff.regions) == 1 and _in_label(diff) and (
                advice_label(ma) is not None and advice_label(mb) is not None):
            # 'Remediation (mitigation): Disable the service' → 'Remediation (vendor_fix): Disable the service':
            # the advice's label was renamed; what it advises, the text after the label, is word for word the same.
            finding = _lowered(finding, "only the label of the advice changed; the advice is the same")
        if finding is not None and finding.kind == "reworded" and finding.severity == "medium" and (
                same_advice_recast(diff)):
            finding = Finding("recommendation", "low", None, finding.before_terms, finding.after_terms,
                              finding.explanation + " (the same advice, as strongly, put another way)")
        if finding is not None and finding.severity != "low" and finding.kind == "quantity" and (
                _figure_for_pointer(diff)):
            finding = _lowered(finding, "the figures put for a pointer to the part of the text that states them, or "
                                        "back")
        if finding is not None and finding.severity != "low" and (
                _about_other_texts(ma, mb, finding) or _pointer_only(diff, notes_only=finding.kind != "reworded") or (
                    finding.kind == "reworded" and (_pointing_reworded(diff) or _pointer_clause(finding)))):
            finding = _lowered(finding, "in a revision-log entry or a pointer to another text")
        if finding is not None and finding.severity != "low" and finding.kind == "reworded" and (
                _option_restated(diff)):
            finding = _lowered(finding, "the option its modal grants, said again or no longer")
        if finding is not None and finding.severity == "medium" and (
                finding.kind == "reworded" or finding.explanation.startswith(_DROPPED + _ADDED)) and (
                _clause_moved(diff, finding, said, partners)):
            finding = _as_rewording(finding, "every word of it stands in another changed sentence of the other "
                                             "version: moved there, not dropped or added")
        if finding is not None and finding.severity == "medium" and (
                finding.explanation.startswith(_DROPPED + _ADDED) and _clause_regrouped(diff)):
            finding = _as_rewording(finding, "its content words stand elsewhere in the same sentence: regrouped, "
                                             "not dropped or added")
        if finding is not None and finding.severity == "medium" and (
                finding.explanation.startswith(_DROPPED + _ADDED) and _clause_facts_kept(diff, finding, whole)):
            finding = _as_rewording(finding, "its figures and identifiers are all in the other version nearby, and "
                                             "it states no judgment of its own")
        if finding is not None and ((finding.kind == "quantity" and "'none'" in finding.explanation) or (
                finding.kind == "actor" and finding.explanation.startswith(("actor added", "actor removed")))) and (
                restricted(diff) is not None):
            # a figure or a name inside a condition added or dropped ('… unsound if the length is not a multiple of
            # 16', '…, if that PC runs Windows', 'Provided the Bitcoin blockchain persists, …'): the condition is what
            # changed, read as one
            only = diff.only_added_or_dropped()
            if only is not None:
                added, spans, at = only
                text = span(diff.new if added else diff.old, at, at + len(spans[0]))
                finding = Finding("reworded", "medium", None, finding.before_terms, finding.after_terms,
                                  f"clause {'added' if added else 'dropped'}: '{text}'")
        if finding is not None and finding.kind == "quantity" and finding.severity == "low" and (
                finding.direction is None and restricted(diff) is not None):
            # ('Your SLIs should … and, if you publish one, inform your SLA': a word that counts no more than an
            # article would, inside a condition added or dropped: the condition is what changed)
            finding = detect_reworded(diff) or finding
        if finding is not None and finding.kind == "reworded" and finding.explanation.startswith(_EXTENDED + _REWRITE):
            # (a 'rewrite' that only added words, or only dropped them, may be a condition added or dropped too)
            narrowed = restricted(diff)
            grown = None if narrowed else extended(diff)
            reservation = None if narrowed or grown else conceded(diff)
            if reservation is not None:
                reserved, states = reservation
                word = "with a reservation added" if reserved == "down" else "without its reservation"
                # (a reservation that states something of its own: the claim's weight moved, medium at least)
                weight = "medium" if finding.severity == "low" and states else finding.severity
                finding = Finding("reworded", weight, reserved,
                                  finding.before_terms, finding.after_terms, f"now said {word}: {finding.explanation}")
            if narrowed is not None:
                # A restriction on when it holds: advice now asked in fewer cases, or a claim said of fewer cases (a
                # rewording, the one that has a direction: its reach moved, not its likelihood).
                advice = prescription(ma).present and prescription(mb).present
                which = "fewer" if narrowed == "down" else "more"
                finding = Finding("recommendation" if advice else "reworded", "medium" if finding.severity == "low"
                                  else finding.severity, narrowed,
                                  finding.before_terms, finding.after_terms,
                                  f"now said to hold in {which} cases: {finding.explanation}")
            if grown is not None:
                more = "more is required" if grown == "up" else "less is required"
                finding = Finding("recommendation", "medium" if offers_alternative(diff) else finding.severity, grown,
                                  finding.before_terms,
                                  finding.after_terms, f"what is prescribed {more}: {finding.explanation}")
        if finding is not None and finding.kind == "reworded" and not finding.explanation.startswith(_REWRITTEN):
            hedged = hedge_frame(diff)
            if hedged is not None:
                more = "more" if hedged == "up" else "less"
                finding = Finding("likelihood", finding.severity, hedged, finding.before_terms, finding.after_terms,
                                  f"stated with {more} certainty: {finding.explanation}")
            elif (pressed := booster(diff)) is not None:
                more = "more" if pressed == "up" else "less"
                finding = Finding("confidence", finding.severity, pressed, finding.before_terms, finding.after_terms,
                                  f"asserted with {more} confidence: {finding.explanation}")
        if finding is not None and finding.severity != "low":
            pair = (" ".join(ma.text.split()), " ".join(mb.text.split()))
            if pair in changed_pairs:
                # (a remediation reworded the same way under each of its CVEs): one change, alerted once
                finding = _lowered(finding, "the same sentence changed the same way again: reported once")
            changed_pairs.add(pair)
        if finding is not None and finding.severity != "low" and finding.kind in _SWAPPABLE and (
                finding.before_terms and finding.after_terms):
            swap = (finding.kind, finding.before_terms, finding.after_terms)
            swaps[swap] = swaps.get(swap, 0) + 1
            if swaps[swap] > 1:
                finding = _lowered(finding, "the same replacement as in an earlier sentence: a change of terms made "
                                            "throughout, reported once")
        if finding is not None:
            if finding.kind == "polarity":
                sa, sb = policy_stance(ma), policy_stance(mb)
                if sa is not None and sb is not None and sa[0] != sb[0]:
                    moves.add((sa[0], sb[0]))
            out.append(((b.group, b.order, 1), _assessment(finding, a, b, config)))
    singles = [(s, "removed") for s in alignment.removed] + [(s, "added") for s in alignment.added]
    move = next(iter(moves)) if len(moves) == 1 else None
    stance = _stance_pairs(singles, move)
    for a, b, f in stance:
        out.append(((b.group, b.order, 1), _assessment(f, a, b, config)))
    if stance:
        answered = {id(x) for a, b, _ in stance for x in (a, b)}
        singles = [(x, side) for x, side in singles if id(x) not in answered]
    item_has_prescription = _prescriptive_items(singles)
    topic_moves = _topic_moves(alignment, swapped, config)
    items = [s for s, _ in singles if s.bulleted and not statement(s)]
    churn = len(items) > LIST_CHURN
    reported: set[tuple[str, str]] = set()  # (side, text) of the one-sided sentences alerted so far
    for s, side in singles:
        ms = _unboiled(s, config)
        if ms is None:
            continue
        verb = "dropped" if side == "removed" else "added"
        note = changes[s.group].old_text if side == "removed" else changes[s.group].new_text
        if note is not None and in_drafting_note(s, note):
            f = _aside(s, side, f"{verb} in a drafting note (an author's or reviewer's remark on the text)")
        elif note is not None and (in_figure_caption(s, note) or _caption_goes_on(changes, s.group, side)):
            f = _aside(s, side, f"{verb} in a figure's caption (what the figure shows, read with it)")
        elif _said_elsewhere(ms, said, side) or _entry_kept(ms, said.phrases(side)):
            f = _aside(s, side, f"{verb} here, but every word of it is in the other version's changed text")
        elif whole.still_says(ms, "new" if side == "removed" else "old"):
            f = _aside(s, side, f"{verb} here, but the other version has the same sentence nearby")
        elif whole.keeps_facts(ms, "new" if side == "removed" else "old"):
            f = _aside(s, side, f"{verb} here, but its figures and identifiers are all in the other version, and "
                                "it states no judgment of its own")
        elif move is not None and (taken := policy_stance(ms)) is not None and taken[0] == (
                move[0] if side == "removed" else move[1]):
            f = _with_the_move(ms, side, taken[1], move)
        else:
            f = assess_single(ms, side, (s.group, side) in item_has_prescription, churn)
            if ms.bulleted and f.kind == "recommendation" and f.severity == "high" and leads.completed(s.group, side):
                # ('to help you:' then '* Understand threats that are unique to your service'): what the item's verb
                # completes is a purpose or an ability, not advice; what the list covers changed
                f = Finding(kind_of(side), "medium", None, (), (), f"list item {verb}: '{clip(s.text)}'")
            elif f.explanation.startswith("code ") and leads.advised(s.group, side):
                # ('A possible workaround … is to avoid the default feature' and then '```toml chrono = { … }```'):
                # the code shows how to follow the advice, and goes with it
                f = Finding("recommendation", "low", "down" if side == "removed" else "up", (), (),
                            f"example of the advice {verb}: '{clip(s.text)}'")
            elif ms.bulleted and f.kind in ("added", "removed") and f.severity == "medium" and (
                    f.explanation.startswith("list item") and leads.examples(s.group, side)):
                f = _aside(s, side, f"example {verb} to a list of examples")
            elif f.kind == side and f.severity == "medium" and f.direction is None and _announces_list(ms) and (
                    not prescription(ms).present and not judgment_terms(ms)) and not any(
                    x.group == s.group + 1 and other == side and x.bulleted for x, other in singles):
                # ('The nature of a session depends on the application, including:' put over a list that stays): what
                # it introduces is in the items; over a list added or dropped with it, it is the one statement of it
                f = _lowered(f, "it only announces the list after it, which both versions have")
            elif f.kind == side and f.severity == "medium" and f.direction is None and _short_lead_in(ms) and (
                    held := names_exposure(ms)) is not None:
                # ('The affected functions in time 0.1 (all versions) are:' put in): a list of what is exposed now
                # stands where there was none, or of what is safe; taken out, the other way
                f = _exposure_moved(f, side, held, "a lead-in to a list")
            elif ms.bulleted and f.kind == side and f.severity == "medium" and f.direction is None and (
                    held := leads.exposure(s.group, side)) is not None and not _list_reworked(s, side, singles, leads):
                # ('## Affected products' then '- Voluson: all versions' added): more is exposed, or less; a list of
                # what is safe turns the way round
                f = _exposure_moved(f, side, held, "in a list")
            elif ms.bulleted and f.kind != "recommendation" and (s.group, side) not in item_has_prescription:
                lead = leads.of(s.group, side) if not prescription(ms).present else None
                if lead is not None:
                    terms = tuple(judgment_terms(ms))
                    f = Finding("recommendation", "high", "down" if side == "removed" else "up",
                                terms if side == "removed" else (), terms if side == "added" else (),
                                f"recommendation {verb}: '{clip(s.text)}', an item of the advice under "
                                f"'{clip(lead.text)}'")
        if f.severity != "low":
            copy = (side, " ".join(ms.text.split()))  # (as written: a character replaced is another sentence)
            if copy in reported:
                # ('Remediation (mitigation): Wind River has identified …' under each of eleven CVEs, all dropped):
                # one sentence dropped or added in several places is one change, alerted once
                f = _lowered(f, f"the same sentence {verb} again: reported once")
            reported.add(copy)
        moved = topic_moves.get(id(s))
        if moved is not None and f.kind == side and f.direction is None and f.severity != "low":
            step, partner = moved
            other = "now" if side == "removed" else "before"
            f = Finding(f.kind, f.severity, step, f.before_terms, f.after_terms,
                        f"{f.explanation}; what is said of its topic moved {step} ({other}: '{clip(partner.text)}')")
        before, after = (s, None) if side == "removed" else (None, s)
        out.append(((s.group, s.order, 0 if side == "removed" else 1), _assessment(f, before, after, config)))
    return tuple(a for _, a in sorted(out, key=lambda t: t[0]))


def _list_reworked(s: Sentence, side: str, singles: list[tuple[Sentence, str]], leads: _LeadIns) -> bool:
    """Items were also taken from (or put in) the list that item `s` was put in (taken from), under the same lead-in
    or heading: the list was reworked ('- GE Healthcare Voluson, not including ImageVault: vers:all/*' dropped,
    '- Voluson: all versions' added), and no one item says which way what it covers moved."""
    lead = leads.heading(s.group, side)
    if lead is None:
        return False
    return any(x.bulleted and other != side and (h := leads.heading(x.group, other)) is not None and h.text == lead.text
               for x, other in singles)


def _lowered(f: Finding, why: str) -> Finding:
    """The same finding, low, with why it is no longer alerted said after its explanation."""
    return Finding(f.kind, "low", f.direction, f.before_terms, f.after_terms, f"{f.explanation} ({why})")


def _exposure_moved(f: Finding, side: str, held: Direction, where: str) -> Finding:
    """The finding with the direction a list of what is exposed (`held` up) or safe (down) gives a sentence put in
    (`side` 'added') or taken out (the other way), and where it stands said after its explanation."""
    way: Direction = held if side == "added" else "down" if held == "up" else "up"
    return Finding(f.kind, f.severity, way, f.before_terms, f.after_terms,
                   f"{f.explanation}, {where} of what is {'exposed' if held == 'up' else 'safe'}")


def _as_rewording(f: Finding, why: str) -> Finding:
    """A part of a sentence dropped or added that was only moved or restated: a rewording, low, no direction, with
    why said after its explanation."""
    return Finding("reworded", "low", None, f.before_terms, f.after_terms, f"{f.explanation} ({why})")


def kind_of(side: str) -> Kind:
    """The kind of a sentence found on one side only: 'added' or 'removed'."""
    return "added" if side == "added" else "removed"


CAPTION_ROWS = 40  # rows a figure's caption may run over, a line each ('![Networks come in many forms.' / 'Left: …')


def _caption_goes_on(changes: Sequence[ParagraphChange], group: int, side: str) -> bool:
    """Row `group` goes on the caption of a figure opened in an earlier row and not yet closed ('![Neural networks come
    in many forms.' then 'Left: a key for the nodes.' … '](images/zoo.png)', a line each): what the figure shows."""
    old = side == "removed"
    return caption_open_after([c.old_text if old else c.new_text for c in changes[max(0, group - CAPTION_ROWS):group]])


def _topic_moves(alignment: Alignment, swapped: dict[int, int],
                 config: Config) -> dict[int, tuple[Direction, Sentence]]:
    """For a dropped and an added statement of one rewritten paragraph that speak of one topic (topic_partners:
    'Growth in China has also slowed.' / 'Recent data from China suggest growth there has stabilised.'), the way
    what is said of it moved, read as if one sentence had been reworded into the other, and the partner; keyed by
    each sentence's id. Only a move up or down read from the pair counts: no direction is made up."""
    out: dict[int, tuple[Direction, Sentence]] = {}
    if not alignment.removed or not alignment.added:
        return out
    for a, b, pa, pb in topic_partners(alignment.removed, alignment.added, swapped):
        ma, mb = _unboiled(pa, config), _unboiled(pb, config)
        if ma is None or mb is None:
            continue
        f = assess_pair(PairDiff.of(ma, mb))
        if f is not None and f.severity != "low" and f.direction in ("up", "down", "reversed"):
            out[id(a)] = (f.direction, b)
            out[id(b)] = (f.direction, a)
    return out


REWRITE_KEPT = 0.6  # share of an item's words kept, at least, for its advice read again to stand as the same
LEAD_ADVICE_WORDS = 3  # words at an item's head in which the advice a lead-in would carry stands ('we prefer X')


def _under_advising_lead(ma: Sentence, mb: Sentence, finding: Finding, leads: _LeadIns) -> Finding | None:
    """A list item that lost (or gained) its own prescribing words where its list's lead-in now prescribes ('* we
    prefer systems built on a PaaS … where possible' → '* systems built on a PaaS …' under 'we prefer:'): the item
    still carries the advice, the lead-in's. It is read again with the words of advice it had put back, so that
    what else changed (a condition dropped) is what it reports, or nothing."""
    dropped = finding.explanation.startswith("recommendation dropped")
    bare, full = (mb, ma) if dropped else (ma, mb)
    lead = leads.of(bare.group, "added" if dropped else "removed")
    if not bare.bulleted or lead is None:
        return finding
    p = prescription(full)
    advice = full.raw_tokens[p.head] if p.head is not None else (p.terms[0] if p.terms else None)
    bullet = BULLET.match(bare.text)
    if advice is None or bullet is None or advice.split()[0].lower() not in full.words[:LEAD_ADVICE_WORDS]:
        return finding  # (advice put in the middle of the item, '… - we recommend using X', is advice of its own)
    carried_force, own_force = prescription(lead).force, p.force
    if carried_force and carried_force != own_force:
        # ('- Consider X' → '* X' under '… you need to ensure:': the lead-in presses harder than the item did)
        step: Direction = ("up" if carried_force > own_force else "down") if dropped else (
            "up" if own_force > carried_force else "down")
        word = "strengthened" if step == "up" else "softened"
        return Finding("recommendation", "medium", step, finding.before_terms, finding.after_terms,
                       f"recommendation {word}: the item's advice {'now' if dropped else 'was'} carried by its "
                       f"list's lead-in '{clip(lead.text)}'")
    text = bullet.group(0) + advice + " " + bare.text[bullet.end():]
    carried = Sentence.of(text, bare.section, bare.group, bare.order)
    pair = PairDiff.of(ma, carried) if dropped else PairDiff.of(carried, mb)
    again = assess_pair(pair)
    if again is None:
        if pair.ratio >= REWRITE_KEPT or paraphrase(pair):
            return None
        # (much of the item rewritten besides: the advice it carries may say another thing now)
        return Finding("recommendation", "medium", None, finding.before_terms, finding.after_terms,
                       f"advice rewritten under a lead-in that now carries it: '{clip(mb.text)}'")
    return Finding(again.kind, again.severity, again.direction, again.before_terms, again.after_terms,
                   f"{again.explanation} (the item carries the advice of its list's lead-in)")


def _in_label(d: PairDiff) -> bool:
    """The pair's one changed region lies, on both sides, in the label that opens the sentence before a colon
    ('Remediation (mitigation): …' → 'Remediation (vendor_fix): …')."""
    r = d.regions[0]
    old_end, new_end = label_end(d.old), label_end(d.new)
    return old_end is not None and new_end is not None and r.i2 <= old_end and r.j2 <= new_end


def _with_the_move(s: Sentence, side: str, word: str, move: tuple[int, int]) -> Finding:
    """A sentence that took the old stance, dropped, or one that takes the new stance, added, in a revision whose
    decision moved ('the current setting of policy remained appropriate' dropped when the rate was cut): part of
    the same move, with its direction, not a statement removed or added without one."""
    verb = "dropped" if side == "removed" else "added"
    taken = STANCE_NAMES[move[0] if side == "removed" else move[1]]
    return Finding("polarity", "high", stance_direction(*move), (word,) if side == "removed" else (),
                   (word,) if side == "added" else (),
                   f"stance sentence ({taken}) {verb} as the decision moved from {STANCE_NAMES[move[0]]} to "
                   f"{STANCE_NAMES[move[1]]}: '{clip(s.text)}'")


FACTS_NEW_WORDS = 3  # words a restated sentence may have that its other version lacks ('calculated', 'vector')
FACTS_MAX_WORDS = 8  # a sentence of more words around its figures says more than its figures
FACTS_REACH = 25  # paragraph rows either side where a restatement of the same figures is looked for
STILL_SAID_WORDS = 5  # words a sentence needs before another copy of it, word for word, is told to be it
_COMPARING = frozenset({"most", "least", "best", "worst", "more", "less", "better", "worse"})  # a comparison judges


# A code with digits, in lower case: 'r04(en)cpu', 'q173dscpu', '69'.
_CODE = lazy_compile(r"[a-z0-9()\-]*\d[a-z0-9()\-]*")


class _WholeText:
    """The other version's text around a one-sided sentence (FACTS_REACH rows either side), lower-cased."""

    def __init__(self, changes: Sequence[ParagraphChange]) -> None:
        self.changes = changes
        # (row, side) -> the window's text and, once asked for, its words: sentences of one row share a window
        self._windows: dict[tuple[int, str], tuple[str, set[str] | None]] = {}
        self._lowered: dict[str, list[str | None]] = {}  # side -> each row's text lower-cased, once asked for
        self._members: dict[tuple[int, str], set[str]] = {}  # (row, side) -> the codes its alternatives list

    def keeps_facts(self, s: Sentence, side: str) -> bool:
        """A sentence with figures or identifiers ('CVE-2020-16214 has been assigned to this vulnerability', 'A CVSS
        base score of 4.2 has been calculated') that states no judgment, prescribes nothing, and whose every figure is
        still in the other version's text nearby: restated there in another form, not dropped or added."""
        facts = {w for w in s.words if any(ch.isdigit() for ch in w)}
        content = {w for w in s.words if len(w) > 2 and w.isalpha() and w not in FUNCTION_WORDS}
        if not facts or len(content) > FACTS_MAX_WORDS or _COMPARING & set(s.words) or judgment_terms(s) or (
                prescription(s).present) or DEGREE.find(s.words):
            return False  # (a pace or strength said of the figures, 'had been strong over 2021', is a judgment)
        text, words = self._windows.get((s.group, side)) or self._window(s.group, side)
        # A figure not in the text as written cannot be there as a whole word: the pattern is tried only if it is.
        missing = [f for f in facts if not (f in text and re.search(rf"(?<![\w.]){re.escape(f)}(?!\w)", text))]
        if missing and not self._member_row(s, side, facts, missing):
            return False
        if words is None:
            words = set(re.findall(r"\w+", text))
            self._windows[s.group, side] = (text, words)
        # Its other words mostly there too: restated with its figures, not a new statement around kept figures; and
        # none of its new words evaluates ('PAM50 has outlived its usefulness …': a judgment on what the figures name).
        new = content - words
        return len(new) <= FACTS_NEW_WORDS and not any(sign(w) for w in new)

    def _member_row(self, s: Sentence, side: str, facts: set[str], missing: list[str]) -> bool:
        """A row of the window writes the codes of `missing` among alternatives ('R16PCPU' in 'R08/16/32/120PCPU',
        'R04(EN)CPU' in 'R04/08/16/32/120(EN)CPU') and has the sentence's other figures as figures of its own: the
        same member, listed with the others there ('… R08/16/32/120PCPU: firmware version 38 or later' for '…
        R16PCPU: firmware version 38 or later'; not for '… R16SFCPU: firmware version 32', whose 32 is only a
        member's number there)."""
        own = _CODE.findall(s.text.lower())
        rest = facts.difference(missing)
        lo, hi = max(0, s.group - FACTS_REACH), min(len(self.changes), s.group + FACTS_REACH + 1)
        rows = self._lowered[side]
        for g in range(lo, hi):
            row = rows[g]
            if not row:
                continue
            codes = self._members.get((g, side))
            if codes is None:  # (each row read once: a list split per model asks of the same rows for every line)
                codes = self._members[g, side] = alternatives(row)
            if codes and all(any(f in c and c in codes for c in own) for f in missing) and all(
                    re.search(rf"(?<![\w./]){re.escape(f)}(?![\w/])", row) for f in rest):
                return True
        return False

    def still_says(self, s: Sentence, side: str) -> bool:
        """The sentence, word for word, stands in the other version's text nearby: one of two copies dropped (the
        same advice under each of two advisories' sections, one section gone) or a copy added. Nothing said
        there is gone or new."""
        if len(s.words) < STILL_SAID_WORDS:
            return False
        text, _ = self._windows.get((s.group, side)) or self._window(s.group, side)
        # Its words joined by single spaces: where they stand so in the text, they do in the text with its white
        # space collapsed too (paragraph rows are already reflowed; a row break between two words is not matched).
        return " ".join(s.text.lower().split()) in text

    def _window(self, group: int, side: str) -> tuple[str, set[str] | None]:
        # Each row lower-cased once, in a list by row: the window is a slice of it, filled only where a row is
        # not yet (windows of nearby sentences overlap; a dict lookup per row of every window was a tenth of
        # classifying a hundred thousand short paragraphs)
        lows = self._lowered.get(side)
        if lows is None:
            lows = self._lowered[side] = [None] * len(self.changes)
        lo, hi = max(0, group - FACTS_REACH), min(len(self.changes), group + FACTS_REACH + 1)
        window = lows[lo:hi]
        if None in window:
            changes, new = self.changes, side == "new"
            for g in range(lo, hi):
                if lows[g] is None:
                    p = changes[g]
                    lows[g] = ((p.new_text if new else p.old_text) or "").lower()
            window = lows[lo:hi]
        text = "\n".join(filter(None, window))  # (filled above)
        self._windows[group, side] = (text, None)
        return text, None


# The last word of a lead-in whose items complete it with a plain verb: 'to help you:', 'want to:', 'you can:'.
_TAKES_A_VERB = frozenset({"to", "you", "can", "could", "will", "would", "may", "might", "help", "helps", "us", "them"})
CODE_LABEL_WORDS = 4  # words of a label that names a block of code ('`Cargo.toml`:', 'In your shell:')


def examples_heading(s: Sentence) -> bool:
    """A heading that announces examples ('#### Examples:', '## Example')."""
    return bool(s.words) and s.words[-1] in ("example", "examples") and len(s.words) <= CODE_LABEL_WORDS


class _LeadIns:
    """The lead-in of a list item: the paragraph before the item's run of list entries, on the item's side, when
    it introduces advice (advising_lead_in); looked up only for the one-sided items that need it."""

    REACH = 80  # list entries between an item and its lead-in, at most

    def __init__(self, changes: Sequence[ParagraphChange]) -> None:
        self.changes = changes
        self._seen: dict[tuple[int, str], Sentence | None] = {}
        self._heads: dict[tuple[int, str], Sentence | None] = {}  # the lead-in, or any heading over the list

    def of(self, group: int, side: str) -> Sentence | None:
        lead = self._lead(group, side)
        return lead if lead is not None and (lead.text.lstrip().startswith("#") or advising_lead_in(lead)) else None

    def advised(self, group: int, side: str) -> bool:
        """A block of code at row `group` shows how to follow advice: the prose before it on its side, past other
        blocks of code, short labels ('`Cargo.toml`:', 'Commandline:') and headings that only announce examples
        ('#### Examples:'), prescribes or names advice ('A possible workaround … is to avoid …', 'Instead, run:'),
        or the section it opens is advice ('### Workarounds')."""
        for g in range(group - 1, max(-1, group - 1 - self.REACH), -1):
            p = self.changes[g]
            text = ((p.old_text if side == "removed" else p.new_text) or "").strip()
            if not text or text.startswith("```"):
                continue
            tail = split_sentences(text)[-1]
            last = Sentence.of(tail, p.section, g, 0, plain(tail))
            if text.startswith("#"):
                if ADVICE_NOUNS & set(last.words):
                    return True
                if examples_heading(last):
                    continue
                return False
            if text.endswith(":") and len(last.words) <= CODE_LABEL_WORDS and not prescription(last).present:
                continue  # ('`Cargo.toml`:', 'Commandline:') names the block; the advice is before it
            return prescription(last).present or advising_lead_in(last)
        return False

    def completed(self, group: int, side: str) -> bool:
        """The item's list completes its lead-in's clause rather than instructing: a lead-in that advises nothing and
        ends on what takes a verb ('… threat modelling, to help you:', 'Users want to:', 'With it you can:'), so each
        item's plain verb is that clause's ('Understand threats that are unique to your service')."""
        lead = self._lead(group, side)
        return lead is not None and bool(lead.words) and lead.words[-1] in _TAKES_A_VERB and not (
            advising_lead_in(lead) or prescription(lead).present)

    def examples(self, group: int, side: str) -> bool:
        """The item's list is one of examples ('…, for example:', '… such as:')."""
        lead = self._lead(group, side)
        return lead is not None and examples_lead_in(lead)

    def exposure(self, group: int, side: str) -> Direction | None:
        """What the item's list holds, as its lead-in or the heading over it names it: what is exposed ('The affected
        functions in time 0.1 (all versions) are:', '## Affected products', 'vulnerable') is `up`, what is safe
        ('patched', 'fixed', 'unaffected', 'are not affected') `down`; None for any other list."""
        lead = self.heading(group, side)
        return None if lead is None else names_exposure(lead)

    def heading(self, group: int, side: str) -> Sentence | None:
        """The lead-in of the item's list, or any heading over it."""
        if (group, side) not in self._heads:
            self._heads[group, side] = self._find(group, side, any_heading=True)
        return self._heads[group, side]

    def _lead(self, group: int, side: str) -> Sentence | None:
        if (group, side) not in self._seen:
            self._seen[group, side] = self._find(group, side)
        return self._seen[group, side]

    def _find(self, group: int, side: str, any_heading: bool = False) -> Sentence | None:
        for g in range(group - 1, max(-1, group - 1 - self.REACH), -1):
            p = self.changes[g]
            text = p.old_text if side == "removed" else p.new_text
            if not text or not text.strip():
                continue
            if BULLET.match(text):
                continue
            if text.lstrip().startswith("#"):  # the list opens its section: a heading that names advice leads it
                heading = Sentence.of(text.strip(), p.section, g, 0, plain(text.strip()))
                return heading if any_heading or ADVICE_NOUNS & set(heading.words) else None
            last = split_sentences(text)[-1] if text.rstrip().endswith((":", ";")) else None
            if last is None:
                return None
            return Sentence.of(last, p.section, g, 0, plain(last))
        return None


# Kinds whose finding is one set of words replaced by another: the same replacement in several sentences of one
# revision ('user' → 'subscriber' throughout) is one change of terms, alerted once.
_SWAPPABLE = frozenset({"actor", "reworded"})
# A clause, a part of the judgment or a few words added or dropped: words only added or only dropped.
_EXTENDED = ("clause ", "part of the judgment", "wording changed", "nuance changed")
_REWRITTEN = ("judgment rewritten", "part of the judgment")  # a reworded finding on what is judged, not a frame
# Template markup ('{% for author in authors %}', '{{ v2 }}'): code that a build fills in, not prose.
_TEMPLATE = lazy_compile(r"\{%.*?%\}|\{\{.*?\}\}")
SAID_MAX_PAIRS = 200_000  # one-sided sentence × other-side sentence checks per comparison, at most
SAID_MIN_WORDS = 3  # content words a sentence needs before its words can be found said elsewhere


def _word_keys(s: Sentence) -> set[str]:
    return set(content_stems(s)) | {w for w in s.words if not w.isalpha()} | NEGATIONS.words.intersection(s.words)


class _SaidKeys:
    """The _word_keys of every changed sentence of each version, computed when a one-sided sentence first needs
    them (none when `weigh` is false: too many pairs to weigh)."""

    def __init__(self, old: list[Sentence], new: list[Sentence], weigh: bool) -> None:
        self._sentences = {"removed": new, "added": old}  # a removed sentence is looked for in the new version
        self._weigh = weigh
        self._keys: dict[str, list[set[str]]] = {}
        self._states: dict[str, list[bool]] = {}
        self._phrases: dict[str, list[str]] = {}
        self._postings: dict[str, dict[str, list[int]]] = {}

    def sentences(self, side: str) -> list[Sentence]:
        return self._sentences[side]

    def phrases(self, side: str) -> list[str]:
        """Each changed sentence's words, joined and padded with a space each side (for _entry_kept), made once."""
        joined = self._phrases.get(side)
        if joined is None:
            joined = self._phrases[side] = [" " + " ".join(x.words) + " " for x in self._sentences[side]]
        return joined

    def of(self, side: str) -> list[set[str]]:
        keys = self._keys.get(side)
        if keys is None:
            keys = self._keys[side] = [_word_keys(x) for x in self._sentences[side]] if self._weigh else []
        return keys

    def postings(self, side: str) -> dict[str, list[int]]:
        """Each key (as `of` holds them) -> the changed sentences, by their place in `of`, that hold it."""
        post = self._postings.get(side)
        if post is None:
            post = self._postings[side] = {}
            for i, keys in enumerate(self.of(side)):
                for k in keys:
                    post.setdefault(k, []).append(i)
        return post

    def states(self, side: str) -> list[bool]:
        """For each changed sentence (as `of` lists them), whether it states something (not a heading, a title or
        a label): only such a sentence can restate another in other words."""
        flags = self._states.get(side)
        if flags is None:
            flags = self._states[side] = [statement(x) and not (title_like(x) or _heading(x))
                                          for x in self._sentences[side]] if self._weigh else []
        return flags


_DROPPED = ("clause dropped", "part of the judgment dropped")
_ADDED = ("clause added", "part of the judgment added")
_REWRITE = ("judgment rewritten",)


def _clause_moved(d: PairDiff, f: Finding, said: _SaidKeys, partners: dict[int, Sentence]) -> bool:
    """The clause dropped from a kept sentence stands, every content word by its stem and every figure as
    written, in one changed sentence of the new version ('The unemployment rate has edged higher and growth in
    labour costs has moderated.' → 'The unemployment rate has edged higher.', with 'Growth in labour costs has
    moderated …' elsewhere); or the clause added was in one of the old version's: the text was regrouped. The
    words must have come to that sentence (its counterpart did not hold them): words a sentence always had
    were not moved there."""
    dropped = f.explanation.startswith(_DROPPED)
    if f.explanation.startswith(_REWRITE) and not (d.old_changed() and d.new_changed()):
        dropped = not d.new_changed()  # a 'rewrite' that only dropped words, or only added them
    elif not dropped and not f.explanation.startswith(_ADDED):
        return False
    words = d.old_changed() if dropped else d.new_changed()
    content = [w for w in words if w.isalpha() and len(w) > MOVED_SHORT and w not in FUNCTION_WORDS]
    if len(content) < SAID_MIN_WORDS:
        return False
    needed = _traces([w for w in words if not w.isalpha() or len(w) > MOVED_SHORT or w in NEGATIONS.words])
    side = "removed" if dropped else "added"
    for x, keys in zip(said.sentences(side), said.of(side), strict=True):
        partner = partners.get(id(x))
        if needed <= keys and (partner is None or not needed <= _word_keys(partner)):
            return True
    return False


REGROUP_MIN_WORDS = 2  # content words a clause needs to be traced in the rest of its sentence
REGROUP_NEW_WORDS = 1  # content words, at most, either side's changed words may hold that the other's do not


def _clause_regrouped(d: PairDiff) -> bool:
    """The words of the clause a sentence dropped stand in what it gained elsewhere, or the reverse: every content
    word by its stem but one on each side, none of them a word of judgment, no negation or figure lost ('People
    use your service to achieve specific outcomes, they do this through user journeys.' → 'People use your service
    to complete user journeys to achieve specific outcomes.'): the sentence said the same things in another order."""
    def stems(words: list[str]) -> set[str]:
        return {w[:STEM] for w in words if w.isalpha() and len(w) > MOVED_SHORT and w not in CLOSED_CLASS}

    old, new = d.old_changed(), d.new_changed()
    a, b = stems(old), stems(new)
    if len(a & b) < REGROUP_MIN_WORDS or len(a - b) > REGROUP_NEW_WORDS or len(b - a) > REGROUP_NEW_WORDS:
        return False
    if any(w in PROTECTED and w not in CLOSED_CLASS for w in old + new if w[:STEM] not in a & b):
        return False  # (a word of judgment in place of another, 'inflation rose' → 'inflation fell', is no regrouping)
    if (set(old) ^ set(new)) & (_CLAUSE_MARKS | _COMPARING):
        return False  # (a condition or a reservation dropped, 'If the message is captured over RF, it is possible to
        # decrypt it' → 'It is possible to decrypt the message': when the claim holds changed, whatever words moved;
        # and a degree turned, 'The most likely outcome is X' → 'X is the least likely outcome')
    marks = [w for w in old if not w.isalpha() or w in NEGATIONS.words]
    return sorted(marks) == sorted(w for w in new if not w.isalpha() or w in NEGATIONS.words)


# Words that make a clause a condition, a reservation or a contrast: one dropped or added changes when or how far the
# claim holds.
_CLAUSE_MARKS = CONDITION_OPENERS | RESERVATIONS | {"only", "except", "because", "whereas"}


def _clause_facts_kept(d: PairDiff, f: Finding, whole: _WholeText) -> bool:
    """The clause dropped from a kept sentence, or added to one, is a statement of figures or identifiers that the
    other version still gives nearby, as _WholeText.keeps_facts asks of a whole sentence ('…
    information.-CVE-2023-0356 has been assigned to this vulnerability' → '… information.', the CVE in a line of its
    own): restated elsewhere, not dropped or added."""
    dropped = f.explanation.startswith(_DROPPED)
    words = d.old_changed() if dropped else d.new_changed()
    if not any(ch.isdigit() for w in words for ch in w) or restricted(d) is not None:
        return False  # no figure, or a restriction on when the judgment holds ('but only where GX Works3 …')
    at = d.old if dropped else d.new
    clause = Sentence.of(" ".join(words), at.section, at.group, at.order)
    return whole.keeps_facts(clause, "new" if dropped else "old")


def _aside(s: Sentence, side: str, why: str) -> Finding:
    """A sentence found in one version only that changes no judgment (low), and why, quoting it."""
    return Finding(kind_of(side), "low", None, (), (), f"{why}: '{clip(s.text)}'")


ENTRY_MIN_WORDS = 2  # words a list entry needs before its phrase, found in a sentence, can be told to be it


def _entry_kept(s: Sentence, others: list[str]) -> bool:
    """A short list entry whose words, in their order, stand in one changed sentence of the other version: the
    list was run into a sentence ('… access to:' / '- the Google Group' / '- credential store' → '… access to, the
    Google Group, credential store and …'), or a sentence broken into a list. Too short for _said_elsewhere, the
    entry is found by its whole phrase."""
    if not s.bulleted or len(s.words) < ENTRY_MIN_WORDS or len(s.words) >= SAID_MIN_WORDS + 2:
        return False
    phrase = " " + " ".join(s.words) + " "
    return any(len(other) > len(phrase) and phrase in other for other in others)


MOVED_SHORT = 3  # words of this length or shorter ('if', 'or', 'not', 'it') say too little to trace a clause


RESTATED_SHARE = 0.75  # of a sentence's traces another sentence must hold for it to be restated there
RESTATED_MIN_TRACES = 4  # traces a sentence needs before a share of them can be told to be said elsewhere


def _said_elsewhere(s: Sentence, said: _SaidKeys, side: str) -> bool:
    """Every word of a one-sided sentence — content words by their stems, numbers, identifiers and negations
    as written — occurs in one changed sentence of the other version: the document was restructured and says it
    elsewhere ('CVE-2023-29411 has been assigned to this vulnerability.' dropped when the CVE got a section of
    its own), which is not a statement added or dropped. So is a sentence whose words stand there but for a few
    that judge nothing ('You should only send an alert for things that need action.' dropped beside 'Only things
    that need action should trigger an alert.'): its judgment words, modals, figures and identifiers must all be
    there, in a sentence that states something (a heading such as '### Thailand - Level 2' restates nothing)."""
    content = {w for w in s.words if w.isalpha() and w not in FUNCTION_WORDS}
    if len(content) < SAID_MIN_WORDS:
        return False
    needed = _traces(s.words)
    # At most `allowed` traces may be missing from a statement that restates it (none when it has too few).
    allowed = len(needed) - math.ceil(RESTATED_SHARE * len(needed)) if len(needed) >= RESTATED_MIN_TRACES else 0
    # A sentence missing at most `allowed` traces holds at least one of any allowed + 1 of them: only those holding
    # one of the allowed + 1 rarest are weighed.
    postings = said.postings(side)
    rarest = sorted((postings.get(t, ()) for t in needed), key=len)[:allowed + 1]
    weighed = set().union(*rarest)
    keys, stated = said.of(side), said.states(side)
    judging: set[str] | None = None
    for i in sorted(weighed):
        other, states = keys[i], stated[i]
        missing = needed - other
        if not missing:
            return True
        if not states or len(missing) > allowed:
            continue
        if judging is None:
            judging = {w[:STEM] for w in judging_words(s) | set(prescription(s).terms) for w in w.split()}
        if all(w.isalpha() and w not in judging and w not in NEGATIONS.words for w in missing):
            return True
    return False


def _traces(words: Sequence[str]) -> set[str]:
    """What must stand in another sentence for `words` to be said there: content words by their stems, numbers
    and identifiers as written, negations."""
    out = {w[:STEM] for w in words if w.isalpha() and w not in FUNCTION_WORDS}
    out |= {w for w in words if not w.isalpha() and any(c.isalnum() for c in w)}
    return out | NEGATIONS.words.intersection(words)


# A phrase that sends the reader to another text ('as described in [SP 800-63C Section 4]', '(see Section 4.1.5)').
_POINTING = re.compile(r"^(?:and |or )?(?:as )?(?:(?:previously|already|earlier) )?(?:described|defined|specified|"
                       r"discussed|detailed|set out|outlined|explained|documented|listed|shown|mentioned|noted)"
                       r"(?: (?:in|at|on|by)\b| (?:above|below|earlier|previously|before)$|$)"
                       r"|^(?:see|cf|refer to)\b|^in accordance with\b")


def _pointer_only(d: PairDiff, notes_only: bool = False) -> bool:
    """The only change is a pointer to another text added or dropped ('When using a federation protocol to connect
    …' → 'When using a federation protocol as described in [SP 800-63C Section 4] to connect …'), or a drafting
    note ('TODO: is the number target dependent?', whatever the finding; `notes_only` reads only these): what
    the sentence asserts is the same."""
    if not d.regions:
        return False
    for r in d.regions:
        if r.i1 != r.i2 and r.j1 != r.j2:
            return False
        words = d.old.words[r.i1:r.i2] or d.new.words[r.j1:r.j2]
        if words[0] not in ("todo", "fixme") and (notes_only or not _POINTING.match(" ".join(words))):
            return False
    return True


_CLAUSE_QUOTED = lazy_compile(r"^(?:clause added|clause dropped): '([^']*)'")


def _pointer_clause(f: Finding) -> bool:
    """The clause a rewording reports, the most telling of its edits, only points elsewhere ('… the *Privacy Act of
    1974* [[Privacy Act]](#PrivacyAct)' → '… (see [Section 9.4](#agency-privacy))', with 'to conduct' → 'and
    conduct' beside it): a cross-reference added or dropped, and the rest less still."""
    m = _CLAUSE_QUOTED.match(f.explanation)
    return m is not None and _POINTING.match(m.group(1).lower()) is not None


def _figure_for_pointer(d: PairDiff) -> bool:
    """The figures one side states are, on the other, a pointer to where they are stated ('limits attempts to 100 or
    fewer in any 30-day period' → 'as described in [Section 5.2.2](#throttle)', or back): the value moved to another
    part of the text, which says it there; what the sentence asserts is the same."""
    for mine, theirs, s, other in ((d.old_changed(), d.new_changed(), d.old, d.new),
                                   (d.new_changed(), d.old_changed(), d.new, d.old)):
        figures = {w for w in mine if w[:1].isdigit()}
        if not figures or figures & set(other.words) or _POINTER_TO.search(" ".join(s.words)):
            continue
        # (and states no figure of its own in their place: a number after 'Section' is where, not how much)
        stated = [w for k, w in enumerate(theirs) if w[:1].isdigit() and (k == 0 or theirs[k - 1] not in _TARGETS)]
        if not stated and _POINTER_TO.search(" ".join(other.words)) and not _TARGETS.isdisjoint(theirs):
            return True
    return False


_POINTER_TO = re.compile(r"\b(?:described|defined|specified|set out|detailed|listed|given|stated) (?:in|at)\b|"
                         r"^(?:see|refer to)\b|\b(?:see|refer to) (?:section|appendix|table|chapter|annex)\b")
_TARGETS = frozenset({"section", "sections", "appendix", "table", "chapter", "annex", "clause", "part"})


TITLE_WORDS = 16  # words of a document's first line that may name it and date it


def _title_dated(changes: Sequence[ParagraphChange], a: Sentence, b: Sentence, d: PairDiff) -> bool:
    """Both sentences open their document (the first paragraph of each version, at its head, in a document of more
    than that sentence), every change lies in their first TITLE_WORDS words with no finite verb before it, and what
    changed there is a date: the title's date."""
    pa, pb = changes[a.group], changes[b.group]
    if pa.old[:1] != (0,) or pb.new[:1] != (0,) or not pa.old_text or not pb.new_text:
        return False
    if len(changes) < 2 and len(pa.old_text.strip()) <= len(a.text.strip()) + 1:
        return False  # (a document of one sentence has no title line apart from what it says)
    if has_clause_word(d.old.words, 0, min(r.i1 for r in d.regions)):
        return False  # a sentence, not a title: 'The meeting will be held on 5 May …'
    if not (pa.old_text.lstrip().startswith(a.text[:40]) and pb.new_text.lstrip().startswith(b.text[:40])):
        return False
    if any(r.i2 > TITLE_WORDS or r.j2 > TITLE_WORDS for r in d.regions):
        return False
    changed = [w for r in d.regions for w in (*d.old.words[r.i1:r.i2], *d.new.words[r.j1:r.j2])]
    return bool(changed) and all(w.isdigit() or w in MONTHS or w in MONTH_ABBREVIATIONS for w in changed)


def _stamp_column(changes: Sequence[ParagraphChange], a: Sentence, b: Sentence) -> bool:
    """Both sentences are rows of a table whose header row names a review or update stamp in a column ('|Author|
    Competing Interests|Last Reviewed|'), and only cells of such columns differ: when an entry was last checked,
    not what it says."""
    if a.text[:1] != "|" or b.text[:1] != "|":
        return False
    header = table_header(changes[a.group].old_text or "")
    if header is None or header != table_header(changes[b.group].new_text or ""):
        return False
    old, new = table_cells(a.text), table_cells(b.text)
    if not (len(old) == len(new) == len(header)) or old[0] != new[0]:
        return False
    differ = [k for k, (x, y) in enumerate(zip(old, new, strict=True)) if x != y]
    return bool(differ) and all(stamp_heading(header[k]) and any(ch.isdigit() for ch in old[k] + new[k])
                                for k in differ)


def _about_other_texts(a: Sentence, b: Sentence, finding: Finding) -> bool:
    """A revision-log entry changed, or a number, a name or the wording of a sentence that only points elsewhere
    ('refer to "12.1 IP Filter Function" in the manual' → '"13.1 ..."', 'see this NCSC page: <…>' → 'the NCSC
    has more information on [hardening](…)'): the document's bookkeeping, not its judgments."""
    if (log_entry(a) and log_entry(b)) or (about_document(a) and about_document(b)):
        return True  # a revision log or a credit ('we acknowledge funding … awards 1245632') changed
    if (about_document(a) and referential(b)) or (referential(a) and about_document(b)):
        return True  # '*(Informative; refer to preceding sections …)*' → '*This section is informative.*'
    if not (referential(a) and referential(b)):
        return False
    # A rewording counts only where a side asks nothing but to look elsewhere: a sentence of a paper that cites
    # ('[@tag:Wu2017]', 'see Discussion') still states its own claims.
    return finding.kind in ("quantity", "actor") or (finding.kind == "reworded" and (
        points_elsewhere(a, prescription(a)) or points_elsewhere(b, prescription(b))))


# The words of pointing ('can be found in' ↔ 'see', 'is described in' ↔ 'refer to', 'for more information'): put
# for one another in two sentences that both point elsewhere, they change where nothing is claimed.
_POINTING_WORDS = frozenset(
    "see also refer refers referred to can could be found find in at on for you is are available described discussed "
    "more further information details detail please the a an consult visit check out read learn".split())


# Words that say a thing is up to the reader ('As an option, the CSP MAY …', 'optionally', 'if desired').
_OPTION_WORDS = frozenset({"as", "an", "option", "optionally", "optional", "if", "desired", "wished", "preferred",
                           "at", "their", "its", "your", "discretion"})
_LATITUDE = LATITUDE | {"optional"}  # what grants an option: a modal of latitude, 'optionally', 'optional'


def _option_restated(d: PairDiff) -> bool:
    """Words that only say a thing is optional added or dropped ('As an option, the CSP MAY choose to verify …' →
    'The CSP MAY choose to verify …') where both sentences grant latitude by a modal of their own: the same option."""
    only = d.only_added_or_dropped()
    if only is None:
        return False
    words = [*d.old_changed(), *d.new_changed()]
    return bool(words) and all(w in _OPTION_WORDS for w in words) and not set(words).isdisjoint(
        {"option", "optionally", "optional", "desired", "discretion"}) and not _LATITUDE.isdisjoint(
        set(d.old.words) - set(d.old_changed())) and not _LATITUDE.isdisjoint(set(d.new.words) - set(d.new_changed()))


def _pointing_reworded(d: PairDiff) -> bool:
    """Both sentences point elsewhere and only their words of pointing changed ('A more detailed discussion of X can
    be found in *Y*' → 'For a more detailed discussion of X, see *Y*'): the same pointer, put another way."""
    changed = [*d.old_changed(), *d.new_changed()]
    return bool(changed) and all(w in _POINTING_WORDS or not w.isalnum() for w in changed) and (
        referential(d.old) and referential(d.new))


_NAMING = frozenset({"how", "what", "when", "why", "where", "which", "who", "to", "whether"})


def _heading_states(s: Sentence) -> bool:
    """A heading that states something (a finite verb, not opening on a wh-word that names a topic: '# X is
    unmaintained, use Y instead', not '## How you should send notifications')."""
    return finite(s) and bool(s.words) and s.words[0] not in _NAMING


def _heading(s: Sentence) -> bool:
    """A Markdown heading or table heading, or a line set wholly in bold that ends no sentence ('**Report cyber security
    incidents**') or ends in a colon without asking anything ('**Choosing points of measurement:**'): the name of
    what follows. A bold sentence ('**Do not travel.**') is still a sentence."""
    text = s.text.lstrip()
    if text.startswith("#") or table_heading(text):  # (a table's column names with the rule under them)
        return True
    bold = _BOLD_LINE.match(text)
    if bold is not None and bold.group(2).endswith(":"):
        # '**Choosing a dashboard's points of measurement:**' names what follows; '**You must:**' asks for it
        return not prescription(s).present
    return bold is not None and not bold.group(2).endswith((".", "!", "?", ":", ";"))


_BOLD_LINE = lazy_compile(r"(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1\s*$")


def editorial(a: Sentence, b: Sentence, d: PairDiff | None = None) -> bool:
    """Only case, spelling variants, typo fixes, hyphenation or punctuation differ (`d`: the pair's PairDiff when
    the caller has it)."""
    if a.key == b.key:
        return True
    if d is None:
        d = PairDiff.of(a, b)
    for r in d.regions:
        old_w, new_w = a.raw_tokens[r.i1:r.i2], b.raw_tokens[r.j1:r.j2]
        if "".join(old_w).lower() == "".join(new_w).lower():
            continue  # cease-fire / ceasefire, agree- ment / agreement
        if _expanded(old_w) == _expanded(new_w):
            continue  # it's / it is
        if len(old_w) != len(new_w) or not all(same_word(x, y) for x, y in zip(old_w, new_w, strict=True)):
            return False
    return True


# ('shouldn't' and 'should not' are one spelling already: Sentence.of reads a negated auxiliary as its two words)
_CONTRACTIONS = {"it's": "itis", "that's": "thatis", "there's": "thereis", "let's": "letus"}


def _expanded(tokens: Sequence[str]) -> str:
    """Tokens joined with contractions written out: 'it's' and 'it is' are one spelling apart."""
    out = []
    for t in tokens:
        low = t.lower().replace("\u2019", "'")
        out.append(_CONTRACTIONS.get(low) or low)
    return "".join(out)


def lead_in(s: Sentence) -> bool:
    """A few words that introduce a list ('You should:', 'Specifically, users should:'), or a longer sentence
    whose prescribing words end it ('If you have set up log shipping, you should consider:'): the items carry
    what is prescribed, and each is reported on its own."""
    if not ends_in_colon(s):
        return False
    # ('we recommend that you:': past the prescribing words, function words and one more word at most)
    return len(s.words) <= LEAD_IN_WORDS or any(
        all(w in CLOSED_CLASS for w in s.words[m.end + LEAD_IN_TAIL:]) for m in RECOMMENDATION.find(s.words))


ANNOUNCE_WORDS = 12  # words, at most, of a sentence that only announces the list after it


def names_exposure(s: Sentence) -> Direction | None:
    """What a list's lead-in or heading names its list as: what is exposed ('The affected functions in time 0.1 (all
    versions) are:', '## Affected products', 'vulnerable') `up`, what is safe ('patched', 'fixed', 'unaffected', 'are
    not affected') `down`; None for any other list."""
    words = s.words
    for k, w in enumerate(words):
        if w in SAFE_SETS or (w in EXPOSED_SETS and "not" in words[max(0, k - 2):k]):
            return "down"
        if w in EXPOSED_SETS:
            return "up"
    return None


def _short_lead_in(s: Sentence) -> bool:
    """A sentence of a few words (ANNOUNCE_WORDS at most) that ends in a colon: it stands over a list."""
    return ends_in_colon(s) and len(s.words) <= ANNOUNCE_WORDS


def _announces_list(s: Sentence) -> bool:
    """A short sentence ending in a colon that only announces the list after it ('The nature of a session depends on
    the application, including:', 'The following list illustrates a spectrum of blinding implementations:'); not one
    that says what the list is of in words that judge it: what is affected or fixed ('The affected functions in time
    0.1 (all versions) are:', 'Mitsubishi Electric has provided a fix for the following products:'), advice, a figure
    or version, or what we do ('For developing mobile apps, we use:')."""
    if not _short_lead_in(s):
        return False
    words = set(s.words)
    return not (words & (EXPOSED_SETS | SAFE_SETS | ADVICE_NOUNS | _REMEDIES | _WE)) and not any(
        w[:1].isdigit() or w.startswith("fix") for w in s.words)


_WE = frozenset({"we", "our"})
_REMEDIES = frozenset(REMEDY_STRENGTH)  # 'fix', 'patch', 'mitigation', 'workaround'…


def _lead_in_recast(a: Sentence, b: Sentence) -> bool:
    """Both versions introduce a list (they end in a colon) and one of them prescribes only as a lead-in does: what
    changed is how the list is introduced."""
    colon = all(ends_in_colon(x) for x in (a, b))
    pa, pb = prescription(a), prescription(b)
    return colon and not pa.level and not pb.level and (
        (pa.present and not pb.present and lead_in(a)) or (pb.present and not pa.present and lead_in(b)))


def assess_pair(d: PairDiff) -> Finding | None:
    """The most severe, then most specific, of the detectors' findings on one changed sentence pair."""
    findings = [f for f in (det(d) for det in DETECTORS) if f is not None]
    if not findings:
        return None
    best = min(findings, key=Finding.rank)
    if best.kind == "reworded" and best.direction is None and best.severity == "medium":
        # A rewording that also moved how firmly it advises ('You should set up alerts on X' → 'Create alerts on
        # X'): the advice says which way the sentence went, at the rewording's weight.
        advice = next((f for f in findings if f.kind == "recommendation" and f.direction is not None
                       and f.explanation.startswith(BARE_INSTRUCTION)), None)
        item = None if advice is None else d.new if advice.direction == "up" else d.old
        if advice is not None and item is not None and item.bulleted and item.raw_tokens[:1] and (
                item.raw_tokens[0][:1].islower()):
            # ('Teams should use a tool to …' → '* implement a tool to …': the sentence made an item of a list, its
            # subject and 'should' left to the list's lead-in, which the item goes on; the advice is as it was)
            best = advice
        elif advice is not None:
            best = Finding("recommendation", best.severity, advice.direction, advice.before_terms,
                           advice.after_terms, f"{advice.explanation}; {best.explanation}")
    if best.severity != "high" and (is_policy_decision(d.old) or is_policy_decision(d.new)) and best.kind in (
        "quantity", "polarity", "reworded", "likelihood",
    ) and best.severity == "medium":
        return Finding(best.kind, "high", best.direction, best.before_terms, best.after_terms,
                       best.explanation + " (policy decision)")
    return best


LEAD_IN_WORDS = 4
LEAD_IN_TAIL = 1  # words after the prescribing words of a longer lead-in ('you need to ensure:', 'you should:')
LIST_CHURN = 5  # list items without a verb added or dropped in one revision beyond which a list was rebuilt


NO_ADVICE_REACH = 2  # words between 'no' and the advice noun it denies ('no known workaround', 'no official fix')
# Advice nouns with an everyday sense that is no advice ('no net overseas migration in the quarter', 'no convention
# on …'): a heading or a lead-in names advice with them, but denied they say nothing of a remedy
_DENIED_ELSEWHERE = frozenset({"migration", "migrations", "convention", "conventions"})


def _no_advice(s: Sentence) -> str | None:
    """The advice noun a sentence says there is none of ('No workarounds are known', 'There is no fix yet', 'no
    official mitigation exists'), or None."""
    words = s.words
    for i, w in enumerate(words):
        if w == "no" and not (i >= 2 and words[i - 1] in _HAVING and words[i - 2] in _RELATIVE_OPENERS):
            # ('ignore vulnerabilities that have no fix': which ones, not that there is none)
            for k in range(i + 1, min(len(words), i + NO_ADVICE_REACH + 2)):
                if words[k] in ADVICE_NOUNS and words[k] not in _DENIED_ELSEWHERE:
                    return " ".join(words[i:k + 1])
    return None


_HAVING = frozenset({"have", "has", "had"})
_RELATIVE_OPENERS = frozenset({"that", "which", "who", "with"})


def assess_single(s: Sentence, side: str, item_prescribes: bool, churn: bool = False) -> Finding:
    """A sentence found in one version only. Every statement added or dropped is at least medium: what a
    document asserts changed, whatever its words. Low only when the sentence provably carries no judgment of
    its own: a heading, a pointer to another text, an entry of a revision log, a fragment without a verb, or the
    premise of a recommendation item reported by its prescriptive sentence; an item without a verb in a list
    rebuilt wholesale (more than LIST_CHURN such items changed) is low too: one list restructured is not dozens
    of changes."""
    p = prescription(s)
    if p.present and not p.level and p.head is None and reported_view(s):
        p = Prescription(0, 0, ())  # ('Members agreed that it would be important to …': a view reported)
    verb = "added" if side == "added" else "dropped"
    direction: Direction = "up" if side == "added" else "down"
    # ('Mitsubishi Electric R00/01/02CPU: >=05', 'Wind River VxWorks: >=5.3|<=6.4': a product and the versions affected,
    # what an advisory covers, not a heading however capitalised)
    versions = _VERSION_RANGE.search(s.text) is not None and not s.text.lstrip().startswith("#")
    heading = (title_like(s) and not versions) or _heading(s)
    kind = kind_of(side)
    if s.text.lstrip().startswith("```") or _TEMPLATE.search(s.text) or _CODE_EXAMPLE.fullmatch(s.text):
        # (and 'For example: `"cpu": {"user":30.0,"system":40.0}`', code shown after a word that it is an example)
        return Finding(kind, "low", None, (), (), f"code {verb}: '{clip(s.text)}'")
    if not s.bulleted and _asks(s):
        # ('*Do we have anything to say about test tools in this guidance?*', '*we need to put something here, who
        # should this be in IA?*'): it asks, whatever its modal; it asserts and prescribes nothing (an item of a list
        # of questions to consider, '* what happens if one of these stores is unavailable?', is the advice's)
        return Finding(kind, "low", None, (), (), f"question {side}: '{clip(s.text)}'")
    if lead_in(s) and p.present and not p.level:
        # The items carry the advice (each reported); the lead-in that asks for them is advice added or dropped too,
        # low so that the list is not counted twice.
        terms = tuple(p.terms)
        return Finding("recommendation", "low", direction, () if side == "added" else terms,
                       terms if side == "added" else (), f"lead-in to a list {verb}: '{clip(s.text)}'")
    if lead_in(s) and not p.present and not heading and advising_lead_in(s):
        # ('Maintained alternatives include:'): a lead-in that names advice says, in words of its own, that there is
        # advice (or that there no longer is) — a recommendation added or dropped, medium as a statement is
        terms = tuple(w for w in s.words if w in ADVICE_NOUNS)
        return Finding("recommendation", "medium", direction, () if side == "added" else terms,
                       terms if side == "added" else (), f"advice named in a list's lead-in {verb}: '{clip(s.text)}'")
    if not p.present and not heading:
        label = advice_label(s)
        if label is not None:
            if label_names_a_link(s):
                # 'Remediation (mitigation): ABB https://…': who published advice, and where; what it says is there
                return Finding("recommendation", "low", direction, (), (),
                               f"pointer to another text {verb}: '{clip(s.text)}'")
            p = Prescription(0, 1, (s.words[label],))
    if p.present and not p.level and about_document(s):
        # 'Share this page', 'Download the full report (PDF)': an instruction about the page, not its subject
        return Finding(kind, "low", None, (), (), f"note about the document {verb}: '{clip(s.text)}'")
    if p.present and (p.level > 0 or not heading) and _stands_alone(s):
        pointer = points_elsewhere(s, p)  # only to look at another text: advice, but a nuance
        return Finding("recommendation", "low" if pointer else "high", direction, () if side == "added" else p.terms,
                       p.terms if side == "added" else (),
                       f"{'pointer to another text' if pointer else 'recommendation'} {verb}: '{clip(s.text)}'")
    if not p.present and not heading and (none := _no_advice(s)) is not None:
        # 'No workarounds are known.' dropped: advice now exists where the document said there was none (up);
        # added, the advice it had is gone (down).
        return Finding("recommendation", "medium", "down" if side == "added" else "up", (none,) if side != "added"
                       else (), (none,) if side == "added" else (), f"absence of advice {verb}: '{clip(s.text)}'")
    terms = tuple(judgment_terms(s))
    before, after = ((), terms) if side == "added" else (terms, ())
    severity: Severity
    if item_prescribes and p.present:
        # A sentence of a recommendation item that prescribes too, but leans on the item's advice ('Also recognize
        # VPN is only as secure as the connected devices'): advice added or dropped with it, reported low
        return Finding("recommendation", "low", direction, before, after,
                       f"context of a recommendation item {side}: '{clip(s.text)}'")
    if referential(s) and p.present and not heading:
        # 'Refer to Avoiding Social Engineering … for more information', 'Please contact the vendor': advice to look
        # elsewhere, added or dropped (low: what it says is there)
        return Finding("recommendation", "low", direction, before, after,
                       f"pointer to another text {side}: '{clip(s.text)}'")
    if item_prescribes:
        # The premise of a recommendation item: the item is reported once, by its prescriptive sentence.
        severity, why = "low", f"context of a recommendation item {side}"
    elif is_policy_decision(s):
        severity, why = "high", f"policy decision {side}"
    elif heading:
        severity, why = "low", f"heading {side}"
    elif referential(s):
        severity, why = "low", f"pointer to another text {side}"
    elif about_document(s):
        severity, why = "low", f"note about the document {side}"
    elif log_entry(s):
        severity, why = "low", f"revision-log entry {side}"
    elif _asks(s):
        severity, why = "low", f"question {side}"  # it asks; it asserts nothing (a reviewer's query, a heading)
    elif terms:
        severity, why = "medium", f"judgment {side}"
    elif statement(s):
        severity, why = "medium", f"statement {side}"
    elif versions and not (s.bulleted and churn):
        severity, why = "medium", f"affected versions {side}"  # (whether or not it stands in a list)
    elif s.bulleted and not churn:
        severity, why = "medium", f"list item {side}"  # what the list covers changed
    elif s.bulleted:
        severity, why = "low", f"list item {side} (the list was rebuilt: {LIST_CHURN}+ items changed)"
    else:
        severity, why = "low", f"fragment {side}"
    return Finding(kind, severity, None, before, after, f"{why}: '{clip(s.text)}'")


_CODE_EXAMPLE = lazy_compile(r"\s*(?:[-*]\s+)?(?:for example|for instance|e\.g\.|example)\s*[:,]?\s*`[^`]+`[\s.]*",
                             re.IGNORECASE)


def _asks(s: Sentence) -> bool:
    """The sentence is a question: it ends on '?', in or out of emphasis or quotes."""
    return s.text.rstrip().rstrip("*_`\"')").endswith("?")


# A range of versions after a product's name: '>=5.3|<=6.4', '<= 2.1', 'vers:all/*' (not a bare '<' of prose).
_VERSION_RANGE = lazy_compile(r"(?:^|[\s:(|])(?:[<>]=\s*\S|[<>]\s*v?\d|vers:\S)")


STANCE_REACH = 3  # paragraphs apart a dropped and an added stance sentence may be and still answer each other


def _stance_pairs(singles: list[tuple[Sentence, str]],
                  move: tuple[int, int] | None) -> list[tuple[Sentence, Sentence, Finding]]:
    """A stance sentence dropped and another added near it, taking a different stance ('judged that holding
    policy steady was prudent' → 'judged that easing policy would be appropriate'): the stance moved, and the
    reader wants the two sentences side by side with the direction, not a removal and an addition. When the
    revision's decision moved, two sentences whose stances moved the other way are not its answer (each is
    then read on its own, beside the move)."""
    dropped = [(x, st) for x, side in singles if side == "removed" for st in [policy_stance(x)] if st is not None]
    added = [(x, st) for x, side in singles if side == "added" for st in [policy_stance(x)] if st is not None]
    out, used = [], set()
    for a, sa in dropped:
        options = [(abs(b.group - a.group), k) for k, (b, sb) in enumerate(added)
                   if k not in used and sb[0] != sa[0] and abs(b.group - a.group) <= STANCE_REACH and (
                       move is None or stance_direction(sa[0], sb[0]) == stance_direction(*move))]
        if not options:
            continue
        _, k = min(options)
        used.add(k)
        b, sb = added[k]
        out.append((a, b, stance_change(sa, sb, "stance")))
    return out


def _prescriptive_items(singles: list[tuple[Sentence, str]]) -> set[tuple[int, str]]:
    """Paragraph rows (and sides) that are recommendation items: list entries or under a Recommendations
    heading, holding a prescriptive sentence that was added or removed."""
    out: set[tuple[int, str]] = set()
    by_row: dict[tuple[int, str], list[Sentence]] = {}
    for s, side in singles:
        by_row.setdefault((s.group, side), []).append(s)
    for row, sents in by_row.items():
        if not (sents[0].bulleted or in_recommendations(sents[0])):
            continue  # not an item: its advice is not asked
        advice = sum(_reported_advice(s) for s in sents)
        if advice and len(sents) - advice <= PREMISES:
            out.add(row)
    return out


PREMISES = 2  # sentences beside its advice an item may have and still be one recommendation with its premise


def _reported_advice(s: Sentence) -> bool:
    """The sentence is advice that assess_single reports as such: it prescribes and stands alone (_stands_alone;
    not 'Contact Wind River customer support (support@windriver.com) for more details'). Only such advice speaks
    for the premises beside it."""
    return prescription(s).present and _stands_alone(s)


def _stands_alone(s: Sentence) -> bool:
    """Not a pointer to another text, an entry of a revision log or a note about the document: what the sentence
    prescribes is its own advice."""
    return not referential(s) and not log_entry(s) and not about_document(s)


def _unboiled(s: Sentence, config: Config) -> Sentence | None:
    """The sentence without the boilerplate the config's ignore rules name (tried on the sentence as written and
    without its markdown): None when the boilerplate is the sentence, or opens it as its label ('Last Update:
    ...'); the rest of the sentence when the boilerplate is a phrase inside it ('since the Committee met in
    June'), so a judgment beside a changing date is still read."""
    if not config.ignore:
        return s
    bare = plain(s.text)
    if not any(p.search(s.text) or p.search(bare) for p in config.ignore):
        return s
    text = s.text
    hit = False
    for p in config.ignore:
        for t in (text, plain(text)):
            m = p.search(t)
            if m is None:
                continue
            if m.start() == 0 or not t[: m.start()].strip(" \t*#>-[(") or not key(p.sub(" ", t)):
                return None
            text, hit = p.sub(" ", t), True
            break
    return Sentence.of(text, s.section, s.group, s.order) if hit else s


def _topics(texts: list[str], config: Config) -> tuple[str, ...]:
    """The topics the texts mention: Topic.find's test, each text lower-cased once and the first match enough
    (a long sentence has many matches, and every topic lower-cased it again)."""
    lows = [x.lower() for x in texts]
    return tuple(
        t.name for t in config.topics
        if any((t.needles is None or any(n in low for n in t.needles)) and t.pattern.search(x)
               for x, low in zip(texts, lows, strict=True))
    )


def _assessment(f: Finding, a: Sentence | None, b: Sentence | None, config: Config) -> Assessment:
    texts = [s.text for s in (a, b) if s is not None]
    section = b.section if b is not None else a.section if a is not None else None
    return Assessment(
        kind=f.kind,
        severity=f.severity,
        direction=f.direction,
        topics=_topics(texts, config),
        section=section,
        before=a.text if a is not None else None,
        after=b.text if b is not None else None,
        evidence=Evidence(f.before_terms, f.after_terms),
        explanation=f.explanation,
    )
