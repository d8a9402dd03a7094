"""Actors: capitalised names (people, countries, organisations) present in one version of a sentence only."""

from __future__ import annotations

import re
from itertools import pairwise

from monitor.assess.findings import Finding, PairDiff, Region
from monitor.assess.judgment import BE_FORMS, FINITE_NEXT, SIZE_WORDS
from monitor.assess.lexicon import (
    AGENT_NOUNS,
    DEGREE,
    ESTIMATIVE_QUANTIFIERS,
    FUNCTION_WORDS,
    INTENSIFIERS,
    MODALS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NAME_STOPWORDS,
    PEOPLE_NOUNS,
    RFC2119,
    SCOPE_QUANTIFIERS,
    people_nouns,
    verb_form,
)
from monitor.assess.text import (
    NAME_GLUE,
    RELATIVES,
    STEM,
    Sentence,
    agent_noun,
    alternatives,
    initials_before,
    same_word,
    title_like,
    variant_forms,
)

# An actor edit is a targeted change; a name that vanishes in a rewritten stretch is reported as rewording.
MAX_REGION_WORDS = 6
GROUP_REGION_WORDS = 12  # words of an edit that may replace a group by one described at length


def _is_cap(raw: str) -> bool:
    """A word that can be part of a name: capitalised, not a stop word or month (nor its short form: 'Feb'), and not a
    requirement keyword written in capitals ('SHALL', 'SHOULD NOT': RFC 2119 shouts, it names nobody)."""
    if not raw[:1].isupper():
        return False
    low = raw.lower()
    if low in RFC2119.words and raw.isupper():
        return False
    if DEGREE.find((low,)) or INTENSIFIERS.find((low,)) or (raw.isupper() and ESTIMATIVE_QUANTIFIERS.find((low,))):
        # a rating ('a strength of STRONG', 'Major', 'Critical', 'FAIR evidence'): a step of a scale, not a name
        return False
    return low not in NAME_STOPWORDS and low not in MONTHS and low not in MONTH_ABBREVIATIONS


_TITLES = frozenset({"st", "mt", "ft", "dr", "mr", "mrs", "ms", "gen", "jr", "sr", "lt", "col", "gov", "sen"})


def _joins(s: Sentence, i: int) -> bool:
    """Token i continues the name before it: only spaces between, or the period of an initial or a title
    ("M. Lacker", "St. Louis")."""
    gap = s.gaps[i].strip()
    if not gap:
        return True
    return gap == "." and (len(s.raw_tokens[i - 1]) == 1 or s.words[i - 1] in _TITLES)


def _label(s: Sentence, lo: int, hi: int) -> bool:
    """A run-in label that opens the sentence ("Country Summary: ..."), not an actor."""
    return lo == 0 and hi < len(s.raw_tokens) and ":" in s.gaps[hi]




def _acronym_of(name: str, other: Sentence) -> bool:
    """An abbreviation written out (or the reverse): 'OSs' ↔ 'operating systems', 'EU' ↔ 'European Union'."""
    if name[:1].isalpha() and name[-1:].isdigit():
        name = name.rstrip("0123456789")  # 'AAL1' ↔ 'Authenticator Assurance Level 1': a level of an acronym's name
    letters = name.lower()
    if letters.endswith("s") and name[:-1].isupper():
        letters = letters[:-1]
    mixed = sum(c.isupper() for c in name) >= 2 and name.isalpha()  # 'MitM' ↔ 'man-in-the-middle'
    if not 2 <= len(letters) <= 6 or not (name[: len(letters)].isupper() or mixed):
        return False
    initials = "".join(w[0] for w in other.words if w and w[0].isalpha())
    # 'SAOP' ↔ 'Senior Agency Official for Privacy': the small joining words have no letter in the acronym
    bare = "".join(w[0] for w in other.words if w and w[0].isalpha() and w not in NAME_GLUE)
    # 'EHRs' ↔ 'electronic medical/health records': of words written as alternatives, either one's letter
    first = "".join(w[0] for k, w in enumerate(other.words) if w[:1].isalpha() and "/" not in other.gaps[k])
    second = "".join(w[0] for k, w in enumerate(other.words) if w[:1].isalpha() and not (
        k + 1 < len(other.words) and "/" in other.gaps[k + 1]))
    return (letters in initials or (len(letters) >= 3 and letters in bare) or letters in first
            or letters in second) and not any(w == name.lower() for w in other.words)


def _clipped(name: str, other: Sentence) -> bool:
    """A name made of the heads of the words the other side writes in full ('PacBio' ↔ 'Pacific Biosciences',
    'FedEx' ↔ 'Federal Express'): the same actor, its name clipped."""
    parts = re.findall(r"[A-Z][a-z]+", name)
    if len(parts) < 2 or "".join(parts) != name:
        return False
    toks = other.raw_tokens
    return any(all(toks[k + j].startswith(p) and len(p) >= 2 for j, p in enumerate(parts)) and any(
        len(toks[k + j]) > len(p) for j, p in enumerate(parts)) for k in range(len(toks) - len(parts) + 1))


def _clipped_on(other: Sentence, name: str) -> bool:
    """`other` writes the name in full `name` clipped ('Pacific Biosciences' here, 'PacBio' there)."""
    full = Sentence.of(name, None, 0, 0)
    return any(_clipped(t, full) for t in other.raw_tokens)


def names(s: Sentence) -> list[tuple[int, int]]:
    """Spans [start, end) of capitalised word runs; a lone capitalised first word only starts the sentence (or
    the clause after a colon, or a table's cell that goes on in small letters)."""
    out: list[tuple[int, int]] = []
    start = -1
    toks = s.raw_tokens
    for i in range(len(toks) + 1):
        cap = i < len(toks) and _is_cap(toks[i])
        if cap and start >= 0 and _joins(s, i):
            continue
        # A lone capitalised word that opens the sentence, a clause after a colon ('Firmware: Update to 33') or a
        # table's cell that goes on in small letters ('| Term | Definition | Example applications |') is capitalised
        # for its place, not for a name ('| Owner | Microsoft |' names one).
        opens = start == 0 or (start > 0 and ":" in s.gaps[start]) or (
            start > 0 and "|" in s.gaps[start] and i < len(toks) and "|" not in s.gaps[i] and toks[i][:1].islower())
        if start >= 0 and not (opens and i - start == 1 and not toks[start].isupper()):
            out.append((start, i))
        start = i if cap else -1
    return out


def _name_text(s: Sentence, lo: int, hi: int) -> str:
    return "".join((s.gaps[i] if i > lo else "") + s.raw_tokens[i] for i in range(lo, hi))


def _present(s: Sentence, lo: int, hi: int, other: Sentence) -> bool:
    """A name counts as present when each of its words appears (allowing a corrected spelling)."""
    caps = [t for t in other.raw_tokens if t[:1].isupper()]
    return all(any(same_word(w, t) for t in caps) for w in s.raw_tokens[lo:hi] if len(w) > 1)


def _glossed(s: Sentence, lo: int, hi: int, other: Sentence) -> bool:
    """The name is written out before its acronym in parentheses, and the other side keeps the acronym ('a given
    Authenticator Assurance Level (AAL)' → 'a given AAL'): the gloss went or came, not the actor."""
    initials = "".join(t[0] for t in s.raw_tokens[lo:hi] if t[:1].isupper()).lower()
    for k in range(hi, min(len(s.raw_tokens), hi + GLOSS_AFTER + 2)):
        token = s.raw_tokens[k]
        if "(" in s.gaps[k] and _acronym(token):
            # ('Platform as a service (PaaS)': the name's words before the acronym, small and lower-case ones too)
            return ((k < hi + GLOSS_AFTER and token.isupper() and token.lower().startswith(initials))
                    or initials_before(s, k, token)) and token in other.raw_tokens
        if k >= hi + GLOSS_AFTER:
            continue
        if "(" in s.gaps[k]:
            # 'Amazon Elastic Container Service (Amazon ECS)' where the other side said 'ECS': the acronym is the
            # name's last initials, with the maker's name before it
            inside = s.raw_tokens[k:k + GLOSS_AFTER]
            return any(x.isupper() and len(x) >= 2 and initials.endswith(x.lower()) and x in other.raw_tokens
                       for x in inside)
    return False


GLOSS_AFTER = 3  # words from a name to the acronym that glosses it ('Assurance Level (AAL)': the name's end unfound)


def _acronym(token: str) -> bool:
    """An acronym: capitals, or capitals with small letters among them ('AAL', 'PaaS', 'IaaS', 'MitM')."""
    return len(token) >= 2 and token.isalpha() and token[:1].isupper() and sum(c.isupper() for c in token) >= 2


_DIVISIONS = frozenset({"section", "sections", "chapter", "appendix", "annex", "part", "table", "figure", "clause"})


def _section_title(s: Sentence, lo: int) -> bool:
    """The name is the title of a numbered division of a text, after its number ('Section 5.2.3 Biometric
    Considerations'): a pointer into the text, not someone who acts."""
    return lo >= 2 and s.words[lo - 2] in _DIVISIONS and any(ch.isdigit() for ch in s.raw_tokens[lo - 1])


_MODALS = MODALS | {"must", "should"}  # before the verb of a subject named ('The CSP MAY send')


def _participle_of(verb: str, part: str) -> bool:
    """'sign' / 'signed', 'use' / 'used', 'send' / 'sent', 'write' / 'written': the participle of the verb."""
    verb = verb[:-1] if verb.endswith("s") and not verb.endswith("ss") else verb
    return part in (verb + "ed", verb + "d", verb + "en", verb + "n") or (
        len(verb) >= 4 and verb.endswith("d") and part == verb[:-1] + "t")


def _agent_named(s: Sentence, lo: int, hi: int, other: Sentence) -> bool:
    """The name is the subject of a verb the other version put in the passive with no agent ('- May be sent to a
    telephone' → '- The CSP MAY send the code to a telephone'): the one who acted is named, not someone new."""
    k = hi + 1 if hi < len(s.words) and s.words[hi] in _MODALS else hi
    if k >= len(s.words) or "by" in other.words:
        return False
    verb = s.words[k]
    if verb in other.words:
        return False  # the other version has the verb active, with a subject of its own ('Intake coordinators SHALL
        # collect …, … is collected from the applicant': the passive is another clause's)
    return any(other.words[j] in BE_FORMS and _participle_of(verb, other.words[j + 1])
               for j in range(len(other.words) - 1))


def _names_nobody(s: Sentence, lo: int, hi: int, other: Sentence) -> bool:
    """Capitals that name no one who acts: a qualifier in passing, a gloss of a kept acronym, part of a hyphenated
    compound, a numbered section's title, the writers' own organisation framing what 'we' do."""
    return (_named_in_passing(s, lo, hi, other) or _glossed(s, lo, hi, other) or _compound_part(s, lo, hi)
            or _section_title(s, lo) or _speakers(s, lo, hi, other))


_FIRST_PERSON = frozenset({"we", "our", "us"})


def _speakers(s: Sentence, lo: int, hi: int, other: Sentence) -> bool:
    """'We follow the principles …' → 'At GDS, we follow the principles …': the name opens the sentence in a frame
    of place ('At', 'Here at', 'Within') set off by a comma before 'we', and says who 'we' are; both sides speak as
    'we', so no one else acts."""
    return 0 < lo <= 2 and s.words[lo - 1] in ("at", "within") and hi < len(s.words) and "," in s.gaps[hi] and (
        s.words[hi] in _FIRST_PERSON) and any(w in _FIRST_PERSON for w in other.words[:3])


def _compound_part(s: Sentence, lo: int, hi: int) -> bool:
    """One capitalised word joined by a hyphen to a word in lower case ('a One-factor Account', 'Single-factor'):
    part of a compound capitalised for a heading, not a name."""
    return hi - lo == 1 and hi < len(s.raw_tokens) and s.gaps[hi] == "-" and s.raw_tokens[hi][:1].islower()


_REFERRING = frozenset({"it", "they", "this", "these", "he", "she", "its", "their", "his", "her"})


def _for_pronoun(d: PairDiff, lo: int, hi: int, old: bool) -> bool:
    """The name [lo, hi) stands where the other version has only a pronoun ('It employs a network …' →
    'RaptorX-Contact employs a network …'; 'They recommend' → 'The Rust Foundation recommends'): the one the pronoun
    stood for, spelt out (or the other way round), not another actor."""
    s = d.old if old else d.new
    for r in d.regions:
        mine, theirs = ((r.i1, r.i2), d.new.words[r.j1:r.j2]) if old else ((r.j1, r.j2), d.old.words[r.i1:r.i2])
        if mine[0] <= lo and hi <= mine[1]:
            # (the verb may change with the subject's number: 'They recommend' → 'The Foundation recommends')
            own = s.words[mine[0]:mine[1]]
            rest = [w for w in theirs if w not in _REFERRING]
            return len(rest) < len(theirs) and all(any(o.startswith(w) or w.startswith(o) for o in own)
                                                   for w in rest)
    return False


def _in_small_region(lo: int, hi: int, regions: list[tuple[int, int]]) -> bool:
    """The name [lo, hi) lies in a small changed region, or a small region changed words inside the name
    ('Chief Information Security Officer' → 'Chief Technology Officer')."""
    return any(
        b - a <= MAX_REGION_WORDS and ((a <= lo and hi <= b) or (a < b and lo <= a and b <= hi))
        for a, b in regions
    )


ACRONYM_MAX = 5  # letters of an acronym that qualifies the noun after it ('OS releases', 'API keys')


def _named_in_passing(s: Sentence, lo: int, hi: int, other: Sentence) -> bool:
    """A name that only qualifies or capitalises what the other version said, not someone else who acts: an acronym
    put before a noun for things the other version had right after the same word ('the latest releases' → 'the
    latest OS releases', 'secret data such as keys' → '… such as API keys'), or a name whose first word the other
    version wrote in lower case after the same word ('For example, travis does this' → 'For example, Travis CI does
    this')."""
    if lo == 0:
        return False
    before, first = s.words[lo - 1], s.words[lo]
    pairs = set(pairwise(other.words))
    token = s.raw_tokens[lo]
    if hi - lo == 1 and hi < len(s.words) and not _people(s.words[hi]) and not agent_noun(s.words[hi]) and (
            (token.isupper() and token.isalpha() and len(token) <= ACRONYM_MAX)
            or (token[1:].islower() and s.raw_tokens[hi][:1].islower() and s.gaps[hi] == " ")):
        # (one word that only qualifies the noun after it: 'the latest OS releases', 'The Australian economy' → 'the
        # economy')
        return (before, s.words[hi]) in pairs
    return (before, first) in pairs and not any(t[:1].isupper() and t.lower() == first for t in other.raw_tokens)


def _groups(d: PairDiff) -> tuple[list[str], list[str]]:
    """Groups of people named by common nouns, replaced in a short edit ('humanitarian staff' → 'reporters',
    'investors' → 'first-home buyers'): both sides must change, so a reworded clause that mentions one is not
    an actor change."""
    swapped = _subject_swapped(d)
    if swapped is not None:
        return swapped
    small = [r for r in d.regions if max(r.i2 - r.i1, r.j2 - r.j1) <= MAX_REGION_WORDS]
    for r in small:
        if _kind_of_group_swapped(d, r):
            # ('credit to small businesses' → 'credit to farm businesses', 'domestic investors' → 'foreign
            # investors'): the same noun of people, another kind of them
            return [_name_text(d.old, r.i1, r.i2 + 1)], [_name_text(d.new, r.j1, r.j2 + 1)]
    for r in small:
        # The same group in the other number, in the words that replaced it ('Teams are' → 'Your team is'), is kept.
        gone = [d.old.words[k] for k in range(r.i1, r.i2) if _group_at(d.old, k) and not _spelt_in(
            d.old.words[k], d.new.words) and not _number_of(d.old.words[k], _named(d.new, r.j1, r.j2))]
        came = [d.new.words[k] for k in range(r.j1, r.j2) if _group_at(d.new, k) and not _spelt_in(
            d.new.words[k], d.old.words) and not _number_of(d.new.words[k], _named(d.old, r.i1, r.i2))]
        if (gone and (came or _plural_phrase(d.new.words[r.j1:r.j2]))) or (came and _plural_phrase(
                d.old.words[r.i1:r.i2])):
            return [_name_text(d.old, r.i1, r.i2)], [_name_text(d.new, r.j1, r.j2)]
        if (came and (_stand_in(d.old, r.i1, r.i2) or _reader(d.old, r.i1, r.i2, d.new.words[r.j1:r.j2])) and (
                _described(d.new.words[r.j1:r.j2]))) or (gone and (
                _stand_in(d.new, r.j1, r.j2) or _reader(d.new, r.j1, r.j2, d.old.words[r.i1:r.i2])) and (
                _described(d.old.words[r.i1:r.i2]))):
            # ('they should strive' → 'product managers and help-desk staff should strive', 'We will all need to be
            # vigilant' → 'Wage negotiators will need to …', 'CSPs SHALL provide' → 'Badge-office technicians SHALL …')
            return [_name_text(d.old, r.i1, r.i2)], [_name_text(d.new, r.j1, r.j2)]
        if _owned_group(d.old.words[r.i1:r.i2], d.new.words[r.j1:r.j2]) or _owned_group(
                d.new.words[r.j1:r.j2], d.old.words[r.i1:r.i2]):
            # (people named before where they work, 'The RP' → 'Claims examiners at the RP': named with the place)
            more = NAMED_WITH if all(x in _SUBJECT_DETERMINERS for x in d.old.words[r.i1:r.i2]) or all(
                x in _SUBJECT_DETERMINERS for x in d.new.words[r.j1:r.j2]) else 0
            return ([_name_text(d.old, r.i1, min(len(d.old.words), r.i2 + more))],
                    [_name_text(d.new, r.j1, min(len(d.new.words), r.j2 + more))])
    for r in d.regions:
        # A group replaced by one described at length ('a remote attacker' → 'logistics clerks on the shop-floor
        # subnet', 'an attacker' → 'any bystanders with a radio scanner in range'): a group the lexicon knows on one
        # side, a group on the other, in one longer edit.
        if not MAX_REGION_WORDS < max(r.i2 - r.i1, r.j2 - r.j1) <= GROUP_REGION_WORDS:
            continue
        # (a word for anyone at all, 'people', 'individuals', names no group of its own)
        gone = [w for w in d.old.words[r.i1:r.i2] if not _spelt_in(w, d.new.words) and w not in _ANYONE]
        came = [w for w in d.new.words[r.j1:r.j2] if not _spelt_in(w, d.old.words) and w not in _ANYONE]
        listed_gone, listed_came = any(_named_group(w) for w in gone), any(_named_group(w) for w in came)
        if (listed_gone and (listed_came or any(agent_noun(w) for w in came))) or (
                listed_came and any(agent_noun(w) for w in gone)):
            return [_name_text(d.old, r.i1, r.i2)], [_name_text(d.new, r.j1, r.j2)]
    for r in small:
        # A group of people put in where no one was named ('Many have sought' → 'Many cloud engineers have sought',
        # 'can accelerate research' → '… research by biobank curators', 'X is manually input' → 'Contract officers
        # manually input X'), or taken out: who acts or gains is said now, or no longer.
        if r.i1 == r.i2 and (group := _group_put_in(d.new, r.j1, r.j2, d.old)):
            return [], [group]
        if r.j1 == r.j2 and (group := _group_put_in(d.old, r.i1, r.i2, d.new)):
            return [group], []
        # (or put in for words that named no one: 'Sentiment in global markets' → 'Sentiment among bond traders',
        # 'the credit that the economy needs' → 'the credit that childcare operators need')
        if r.i1 < r.i2 and r.j1 < r.j2:
            if not _names_anyone(d.old.words[r.i1:r.i2]) and (group := _group_put_in(d.new, r.j1, r.j2, d.old)):
                return [], [group]
            if not _names_anyone(d.new.words[r.j1:r.j2]) and (group := _group_put_in(d.old, r.i1, r.i2, d.new)):
                return [group], []
    if not small:
        return [], []
    # Else the changed words of the short regions together: a group may leave in one region and its replacement come
    # in another ('to your technical architect' → 'to the senior engineers in your programme', 'your' kept between).
    old_words = [w for r in small for w in d.old.words[r.i1:r.i2]]
    new_words = tuple(w for r in small for w in d.new.words[r.j1:r.j2])
    gone = [w for w in old_words if not _spelt_in(w, d.new.words) and not _number_of(w, new_words)]
    came = [w for w in new_words if not _spelt_in(w, d.old.words) and not _number_of(w, tuple(old_words))]
    known_gone, known_came = [w for w in gone if _named_group(w)], [w for w in came if _named_group(w)]
    # A group the lexicon knows on one side makes a noun of agent ('-ers', '-ors': 'traders', 'investigators',
    # 'uploaders') the group that took its place on the other.
    if known_gone and not known_came:
        known_came = [w for w in came if agent_noun(w)]
    elif known_came and not known_gone:
        known_gone = [w for w in gone if agent_noun(w)]
    if known_gone and known_came:
        left = next(r for r in small if any(w in known_gone for w in d.old.words[r.i1:r.i2]))
        took = next(r for r in small if any(w in known_came for w in d.new.words[r.j1:r.j2]))
        return [_name_text(d.old, left.i1, left.i2)], [_name_text(d.new, took.j1, took.j2)]
    return [], []


def _names_anyone(words: tuple[str, ...]) -> bool:
    """Some word names a group, or stands for one ('we', 'it', 'users', 'the Board'). (Narrower than _person_like:
    a singular agent, 'the investigator', or 'those' may be replaced by a group described in words of its own.)"""
    return any(_people(w) or agent_noun(w) or w in AGENT_NOUNS or w in _PERSONAL or w in _ANYONE for w in words)


_PERSONAL = frozenset({"we", "they", "he", "she"})  # ('you' is the reader, whom 'each team' also names: _reader)


def _group_put_in(s: Sentence, lo: int, hi: int, other: Sentence) -> str:
    """The group of people named by words [lo, hi) that were only put in (or only taken out), described by a word
    of its own before its plural head ('cloud engineers', 'construction employers'; a bare 'users' may be the same
    readers said again), the head not in the other version; '' when there is none."""
    words = s.words
    for k in range(lo + 1, hi):
        head, before = words[k], words[k - 1]
        # (a group the lexicon knows or its suffix tells: a noun of agent may be a device, 'authenticators')
        if not _group_at(s, k) or not head.endswith("s") or _spelt_in(head, other.words):
            continue
        # (the word before may be a verb whose object the people are: 'priorities which code patients', 'to treat
        # patients')
        verb_before = k >= 2 and (words[k - 2] in RELATIVES or words[k - 2] in _MODALS or words[k - 2] == "to")
        if before.isalpha() and before not in FUNCTION_WORDS and before not in _ANYONE and not verb_before and (
                head not in _ANY_PARTICIPANTS) and not s.gaps[k].strip():
            group = _name_text(s, k - 1, k + 1)
            # (an acronym the other version has, written out: 'RAs' → 'Registration Authorities (RAs)'; or glossed)
            glossed = k + 1 < len(words) and "(" in s.gaps[k + 1]
            return "" if glossed or _spelled_out(group, other) else group
    return ""


def _group_in_place(d: PairDiff, name: tuple[int, int]) -> list[str]:
    """The group of people the new version names in the changed words where the old named `name`, if any."""
    for r in d.regions:
        if r.i1 <= name[0] and name[1] <= r.i2 and r.j2 > r.j1:
            words = d.new.words[r.j1:r.j2]
            if _plural_phrase(words) or any(_people(w) or agent_noun(w) for w in words):
                return [_name_text(d.new, r.j1, r.j2)]
    return []


def _described(words: tuple[str, ...]) -> bool:
    """A group named with words of its own, more than a bare noun ('wage negotiators', 'product managers and
    help-desk staff'): a pronoun is most often put for a bare noun the text has named already ('They judged' →
    'Members judged'), a described group is someone else."""
    return len(words) >= 2 and not _ANYONE.intersection(words)


def _stand_in(s: Sentence, lo: int, hi: int) -> bool:
    """The words [lo, hi) only stand in for whoever acts: a personal pronoun ('they', 'we') or a plural acronym
    ('CSPs', 'RPs'). A named group put in their place (or taken from it) says who acts now."""
    if hi - lo != 1:
        return False
    raw = s.raw_tokens[lo]
    acronym = len(raw) >= 3 and raw.endswith("s") and raw[:-1].isupper() and raw[:-1].isalpha()
    return s.words[lo] in _PERSONAL or acronym


def _reader(s: Sentence, lo: int, hi: int, other: tuple[str, ...]) -> bool:
    """The words [lo, hi) are the reader, 'you', and the other side names a group that is not the reader's own ('You
    should not operate …' → 'Programme teams should not operate …'; not 'Your team should' → 'You must', nor 'Each
    team' → 'You', the reader said another way)."""
    return s.words[lo:hi] == ("you",) and "your" not in other and "you" not in other and _plural_phrase(other)


_ANY_PARTICIPANTS = frozenset({"parties", "entities", "subjects", "individuals", "persons", "people", "actors",
                               "others", "participants", "stakeholders"})
_AUTHORS = "authors"  # what a subject that names a work's authors ('Aliper et al.') is read as
_ANYONE = frozenset({"people", "persons", "individuals", "others", "public", _AUTHORS})
PLURAL_HEAD_LETTERS = 4  # letters a plural head needs ('labs', 'devs'; not 'its' or 'us')
GROUP_PHRASE_WORDS = 4  # 'clinical genetics laboratories': a noun phrase that can stand where a group stood


def _plural_phrase(words: tuple[str, ...]) -> bool:
    """The words are a short noun phrase with a plural head, qualified ('radiology departments', 'clinical genetics
    laboratories', 'landlords'): put where a group of people stood ('researchers'), or taken from there, they name
    who acts or is affected in its place; a word that names any participant at all ('actors' → 'parties',
    'people' → 'subjects') is another name for the same ones."""
    if len(words) > 1 and words[-1] in RELATIVES:
        words = words[:-1]  # ('Users that are' → 'New recruits who are': the relative word changed with its group)
    if len(words) == 1 and words[0] in _ANY_PARTICIPANTS:
        return False
    if "and" in words[1:-1] or "or" in words[1:-1]:
        # ('credit unions and building societies': groups joined, each a plural phrase of its own)
        k = next(i for i, w in enumerate(words) if w in ("and", "or") and 0 < i < len(words) - 1)
        return _plural_phrase(words[:k]) and _plural_phrase(words[k + 1:])
    head = words[-1] if words else ""
    return 0 < len(words) <= GROUP_PHRASE_WORDS and all(w.isalpha() and w not in FUNCTION_WORDS for w in words) and (
        len(head) >= PLURAL_HEAD_LETTERS and head.endswith("s") and not head.endswith(("ss", "us", "is")))


def _owned_group(was: tuple[str, ...], now: tuple[str, ...]) -> bool:
    """'The CSP maintains' → 'The CSP's data-custody team maintains', 'by the RP' → 'by the RP's application testers':
    a group of people of what acted now acts in its place (or the reverse, read with the sides swapped). So do
    people named before where they work, the rest kept ('The RP ensures' → 'Claims examiners at the RP ensure')."""
    for k, w in enumerate(now):
        if w.endswith("'s") and w[:-2] in was and w[:-2] not in now and any(
                _people(x) or agent_noun(x) for x in now[k + 1:k + 4]):
            return True
    if len(now) >= 2 and all(x in _SUBJECT_DETERMINERS for x in was) and (
            now[-1] in _WORKING_AT or (now[-1] in _SUBJECT_DETERMINERS and now[-2] in _WORKING_AT)):
        at = len(now) - 1 if now[-1] in _WORKING_AT else len(now) - 2
        return at > 0 and (_people(now[at - 1]) or agent_noun(now[at - 1]))
    if len(was) == 1 and len(now) >= 3 and _number_of(was[0], now[-1:]):
        # ('CSPs SHALL maintain' → 'the credential custodians of each CSP SHALL maintain': the edit ends on what acted)
        at = len(now) - 2
        while at > 0 and now[at] in _SUBJECT_DETERMINERS:
            at -= 1
        return at > 0 and now[at] in _WORKING_AT and (_people(now[at - 1]) or agent_noun(now[at - 1]))
    return False


NAMED_WITH = 2  # words after an edit that put people at a place, quoted with it (the place: 'the RP')
_WORKING_AT = frozenset({"at", "in", "of", "within", "from", "inside"})  # people at, in or of what acted before


def _named(s: Sentence, lo: int, hi: int) -> tuple[str, ...]:
    """The words [lo, hi) that can name a group: not one negated by a 'non-' before it ('non-bank lenders' names no
    bank)."""
    return tuple(w for k, w in enumerate(s.words[lo:hi], lo) if k == 0 or s.words[k - 1] != "non")


def _spelt_in(w: str, words: tuple[str, ...]) -> bool:
    """The word stands among `words`, perhaps in another spelling ('organizations' / 'organisations')."""
    if w in words:
        return True
    forms = variant_forms(w)
    return any(forms & variant_forms(x) for x in words if x[:2] == w[:2])  # a spelling, not a typo fix


def _number_of(w: str, words: tuple[str, ...]) -> bool:
    """The word is among the words in the singular or the plural ('teams' / 'team')."""
    return w in words or (w + "s") in words or (w.endswith("s") and w[:-1] in words)


_CODE = re.compile(r"^([A-Za-z]+)(\d+)$")


def _code_in_full(name: str, other: Sentence) -> bool:
    """A code of letters and a number ('IAL3') whose number stands alone on the other side, written apart from its
    letters ('IAL 3') or with the letters left out after the first code ('IAL2 and 3', 'IAL 2 and 3', 'IAL is 2 or
    3'), or among alternatives there ('R08/16/32/120PCPU'): the same code."""
    if name.isalpha() and len(name) >= 2:  # 'IAL is 2 or 3' → 'IAL2 or IAL3': the letters of the codes there
        head = name.lower()
        return any(w.startswith(head) and w[len(head):].isdigit() for w in other.words)
    if name.lower() in alternatives(other.text.lower()):
        return True  # ('R16PCPU' ↔ 'R08/16/32/120PCPU', 'RnPCPU(n=08/16/32/120)': one of the models listed there)
    m = _CODE.match(name)
    if m is None or m.group(2) not in other.words:
        return False
    head, words = m.group(1).lower(), other.words
    # 'IAL 2' there ('ial' a word of its own), or 'IAL2 and 3' (the letters glued to another number)
    return head in words or any(w.startswith(head) and w[len(head):].isdigit() for w in words)


def _in_lower_case(name: str, other: Sentence) -> bool:
    """Every word of a name of two words or more stands in the other version, as a common noun in lower case and
    perhaps in the plural ('the proposed Pull Request' → 'automatically generated pull requests'): the same thing,
    not named there, not another actor."""
    words = re.findall(r"[a-z]+", name.lower())
    return len(words) >= 2 and all(_number_of(w, other.words) for w in words)


def _qualified(a: str, b: str) -> bool:
    """One name's words are all among the other's: the same one with a qualifier added or dropped."""
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _subject_swapped(d: PairDiff) -> tuple[list[str], list[str]] | None:
    """Only the subject changed, from people to other people ('Subscribers have a duty to …' → 'Tax preparers acting
    for subscribers have a duty to …', 'The creator of the crate has stated' → 'The people behind the crate have
    stated', 'Those who use the algorithms must …' → 'Clinical software vendors must …'): who the judgment is of
    changed, whether or not the lexicon lists the group (a noun of agent, '-ers', '-ors', counts here: the rest of
    the sentence is the same, so the new words can only name who does it)."""
    if not d.regions:
        return None
    first = d.regions[0]
    a, b = _subject(d.old, _clause_start(d.old, first.i1)), _subject(d.new, _clause_start(d.new, first.j1))
    if a is None or b is None:
        both = _subject_before_verb(d)
        if both is None:
            return None
        a, b = both
    (head_a, end_a), (head_b, end_b) = a, b
    # (the verb may change with the subject's number: 'The creator … has stated' → 'The people … have stated')
    agrees = {d.old.words[end_a], d.new.words[end_b]} in _AGREEING
    reach_a, reach_b = end_a + agrees, end_b + agrees
    if any(r.i2 > reach_a or r.j2 > reach_b for r in d.regions):
        return None  # more than the subject changed
    wa, wb = (_AUTHORS if _authors(s, head) else s.words[head] for s, head in ((d.old, head_a), (d.new, head_b)))
    # (one of them a group the lexicon lists, or a word for anyone: two nouns of agent alone may be one group named
    # two ways, 'Numerous writers' → 'Numerous commentators')
    known = any(_people(w) or w in _ANYONE or w in _PRONOUN_SUBJECTS for w in (wa, wb))
    if _number_of(wa, (wb,)) or not (_person_like(wa) and _person_like(wb)) or not known or (
            wa in _PRONOUN_SUBJECTS and wb in _PRONOUN_SUBJECTS):
        return None
    # (named by the words that changed, as the other readings of a group name them: a replacement made throughout
    # is then seen as one; where one side only gained words, its subject's head word names it)
    parts = [r for r in d.regions if r.i1 < end_a or r.j1 < end_b]
    was = " ".join(_name_text(d.old, r.i1, r.i2) for r in parts if r.i2 > r.i1) or d.old.raw_tokens[head_a]
    now = " ".join(_name_text(d.new, r.j1, r.j2) for r in parts if r.j2 > r.j1) or d.new.raw_tokens[head_b]
    return [was], [now]


def _subject_before_verb(d: PairDiff) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """For a sentence whose one changed stretch opens its clause (after a determiner, maybe) and stops right before
    the same verb on both sides, in a tense the auxiliaries of _subject do not mark ('We created an open repository'
    → 'A standing committee of graduate-student editors created an open repository'): (the subject's last word,
    the verb's place) on each side; None otherwise."""
    r = d.regions[0]
    if len(d.regions) != 1 or r.i1 == r.i2 or r.j1 == r.j2 or r.i2 >= len(d.old.words) or r.j2 >= len(d.new.words):
        return None
    verb = d.old.words[r.i2]
    if verb != d.new.words[r.j2] or not verb_form(verb) or verb in FUNCTION_WORDS:
        return None
    for s, lo, hi in ((d.old, r.i1, r.i2), (d.new, r.j1, r.j2)):
        start = _clause_start(s, lo)
        if lo - start > 1 or (lo > start and s.words[start] not in _SUBJECT_DETERMINERS):
            return None
        if any("," in s.gaps[k] for k in range(lo + 1, hi)) or s.words[hi - 1] in _ANAPHORA:
            # ('They recognised' → 'As noted before, members recognised', 'The authors built' → 'Interestingly,
            # they built': a clause put in front, and a pronoun for those already named, who are the same)
            return None
    return (r.i2 - 1, r.i2), (r.j2 - 1, r.j2)


_ANAPHORA = frozenset({"they", "he", "she", "it"})  # pronouns for someone the text has named already


def _authors(s: Sentence, head: int) -> bool:
    """The subject ends on 'et al.': the authors of a work, people, named."""
    return head >= 1 and s.words[head - 1:head + 1] == ("et", "al")


_AGREEING = [{"has", "have"}, {"is", "are"}, {"was", "were"}, {"does", "do"}]
# Pronouns that stand for people as a subject ('Those who use …', 'They should …').
_PRONOUN_SUBJECTS = frozenset({"those", "they", "we", "you", "anyone", "everyone", "someone", "whoever"})
_SUBJECT_DETERMINERS = frozenset({"the", "a", "an", "all", "any", "each", "every", "our", "your", "their", "its",
                                  "this", "these", "some", "many", "most"})
SUBJECT_MAX_WORDS = 12  # words a subject may run to before its verb
# Prepositions the function-word list leaves out, which end a subject's first noun phrase ('The people behind the
# crate').
_PLACE_WORDS = frozenset({"behind", "within", "across", "among", "amongst", "under", "over", "about", "around",
                          "near", "beyond", "inside", "outside", "throughout", "via", "per", "towards", "toward"})


def _clause_start(s: Sentence, at: int) -> int:
    """Where the clause holding word `at` starts: after the last comma or clause-leading word ('then', 'therefore',
    'so') before it, or the sentence's start ('If you do not use X, then you are not affected')."""
    for k in range(min(at, len(s.words) - 1), 0, -1):
        if "," in s.gaps[k] or s.words[k - 1] in _CLAUSE_LEADS:
            return k
    return 0


_CLAUSE_LEADS = frozenset({"then", "therefore", "thus", "hence", "so", "consequently"})


def _subject(s: Sentence, start: int = 0) -> tuple[int, int] | None:
    """(the head word of the subject's first noun phrase, where the subject ends: its finite verb or modal), for a
    sentence (or the clause from word `start`) that opens on its subject; None otherwise."""
    words = s.words
    i = start + 1 if words[start:start + 1] and words[start] in _SUBJECT_DETERMINERS else start
    if i >= len(words):
        return None
    if words[i] in _PRONOUN_SUBJECTS:
        head = i
    else:
        j = i
        while j < len(words) and words[j].isalpha() and words[j] not in FUNCTION_WORDS and (
                words[j] not in FINITE_NEXT and words[j] not in _PLACE_WORDS and not words[j].endswith("ing")):
            j += 1
        if j == i:
            return None
        head = j - 1
    end = next((k for k in range(head + 1, min(len(words), start + SUBJECT_MAX_WORDS + 1)) if words[k] in FINITE_NEXT),
               None)
    return None if end is None else (head, end)


def _person_like(w: str) -> bool:
    """A word for people: a listed group, one known by its suffix, a noun of agent, or a pronoun for people."""
    return _people(w) or agent_noun(w) or agent_noun(f"{w}s") or w in _ANYONE or w in _PRONOUN_SUBJECTS


_IST_VERBS = frozenset({"exists", "consists", "insists", "persists", "resists", "assists", "subsists", "desists"})


KIND_WORDS = 2  # words that may say what kind of a group it is, before its noun ('small', 'first-home')


def _kind_of_group_swapped(d: PairDiff, r: Region) -> bool:
    """The words that say what kind of a group it is replaced, before the same noun of people or organisations kept
    after them ('small businesses' → 'farm businesses'): plain words on both sides, none a word of degree (but of
    size, which names a kind: 'small firms'), number, estimate or scope (those say how many or how much, read
    elsewhere), and not one word in another form."""
    if not (0 < r.i2 - r.i1 <= KIND_WORDS and 0 < r.j2 - r.j1 <= KIND_WORDS) or r.i2 >= len(d.old.words) or (
            r.j2 >= len(d.new.words)) or d.old.words[r.i2] != d.new.words[r.j2] or not _group_at(d.old, r.i2):
        return False
    old_w, new_w = d.old.words[r.i1:r.i2], d.new.words[r.j1:r.j2]
    # (words of prose, a space apart: not a template's or a path's parts, '{{authors.count}}' → '{{authors | length}}')
    if any(side.gaps[k].strip() for side, lo, hi in ((d.old, r.i1, r.i2), (d.new, r.j1, r.j2)) for k in range(
            lo, hi + 1) if k < len(side.gaps) and k > 0):
        return False
    for w in (*old_w, *new_w):
        if not w.isalpha() or w in FUNCTION_WORDS or w in MODALS or verb_form(w) or (w not in SIZE_WORDS and (
                DEGREE.find((w,)) or INTENSIFIERS.find((w,)) or ESTIMATIVE_QUANTIFIERS.find((w,)) or (
                    SCOPE_QUANTIFIERS.find((w,))))):
            return False
    if all(w.endswith("ing") for w in (*old_w, *new_w)) or all(w in _EXTENT for w in (*old_w, *new_w)):
        return False  # (a verb for a verb, 'convincing users' → 'persuading users'; 'a broad' → 'a wide community')
    return not any(same_word(a, b) or a[:STEM] == b[:STEM] or a.startswith(b) or b.startswith(a)
                   for a in old_w for b in new_w)  # (not one word in another form: 'tech lead' → 'technical lead')


# Words of how far a group reaches, not of what kind it is ('a broad community' → 'a wide community').
_EXTENT = SIZE_WORDS | {"broad", "broader", "wide", "wider", "narrow", "narrower", "vast", "whole", "entire", "general"}


def _group_at(s: Sentence, k: int) -> bool:
    """Word k names a group of people: one the lexicon lists or its suffix tells (_people), or the plural of a noun
    whose commonest sense is a person ('attendants', 'stewards') — unless a determiner follows it, where the word is
    a verb ('CISA also hosts a section'), or it is a noun of agent by its form, which may name a device as well
    ('authenticators', 'verifiers': agent_noun, read as people only where the sentence says so too)."""
    w = s.words[k]
    return _people(w) or (_named_group(w) and s.words[k + 1:k + 2] not in _VERB_OBJECT_OPENERS)


def _named_group(w: str) -> bool:
    """_group_at for a word out of its sentence."""
    return _people(w) or (w in people_nouns() and not agent_noun(w))


_VERB_OBJECT_OPENERS = frozenset((w,) for w in ("a", "an", "the", "its", "their", "this", "these", "our", "your"))


def _people(w: str) -> bool:
    """A group of people, in the plural or the singular ('attackers', 'a remote attacker', 'staff'), listed or
    known by the suffix English gives people by their field ('statisticians', 'clinician', 'economists',
    'a specialist'; not 'checklist', not 'persists')."""
    if w in PEOPLE_NOUNS or (w + "s") in PEOPLE_NOUNS or (w.endswith("y") and (w[:-1] + "ies") in PEOPLE_NOUNS):
        return True
    if w.endswith(("ician", "icians")):
        return True
    return len(w) >= 7 and w.endswith(("ist", "ists")) and not w.endswith(("list", "lists")) and w not in _IST_VERBS


def _numbered_thing(s: Sentence, hi: int) -> bool:
    """The name is followed by its number ('AAL 3', 'SP 800-63', 'Windows 10'), or opens a code whose next part,
    after a hyphen, holds a digit ('GHSA-vh2v-…', 'CVE-2021-…'): a level, standard, product or identifier named,
    not someone who acts."""
    if hi >= len(s.raw_tokens):
        return False
    nxt = s.raw_tokens[hi]
    return (nxt[:1].isdigit() and s.gaps[hi] in (" ", "-", "\u00a0")) or (
        s.gaps[hi] == "-" and any(ch.isdigit() for ch in nxt))


def _spelled_out(name: str, other: Sentence) -> bool:
    """A name of several words whose initials are an acronym the other side uses ('National Cyber Security
    Centre' ↔ 'NCSC', 'Presentation Attack Detection' ↔ 'PAD', 'The Cancer Genome Atlas' ↔ 'TCGA'): the same
    actor, written out."""
    parts = [w for w in re.findall(r"[A-Za-z][\w'-]*", name) if w[:1].isupper() and not w.isupper()]
    if len(parts) < 2:
        return False
    initials = "".join(w[0] for w in parts).lower()
    # (an acronym in the plural keeps its letters: 'Registration Authorities' ↔ 'RAs'; one may take in the article
    # the name is said with, which is not part of the name found: 'The Cancer Genome Atlas' ↔ 'TCGA')
    # (one letter more may be a word of the name left out of it before a number: 'Authenticator Assurance Level 1'
    # ↔ 'AAL1', the name found being 'Authenticator Assurance')
    return any((t.isupper() and t.lower() in (initials, "t" + initials)) or (
        t.endswith("s") and t[:-1].isupper() and t[:-1].lower() == initials) or (
        t[-1:].isdigit() and t[:1].isalpha() and t.isupper() and len(code := t.rstrip("0123456789")) == len(
            initials) + 1 and code.lower().startswith(initials)) for t in other.raw_tokens)


def _unless_joined_acronym(s: Sentence, spans: list[tuple[int, int]], other: Sentence) -> list[tuple[int, int]]:
    """Names joined by small words ('Senior Agency Official for Privacy', found as two names) whose capitals'
    initials are an acronym the other side uses ('SAOP'): one name written out, so none of its parts is an actor
    gone or come."""
    acronyms = {t.lower() for t in other.raw_tokens if len(t) >= 2 and t.isupper() and t.isalpha()}
    if len(spans) < 2 or not acronyms:
        return spans
    runs: list[list[tuple[int, int]]] = []
    for lo, hi in sorted(spans):
        # (joined by small words, or by a capitalised word not found as a name: 'Knowledge Based Verification')
        if runs and all(w in NAME_GLUE or s.raw_tokens[k][:1].isupper()
                        for k, w in enumerate(s.words[runs[-1][-1][1]:lo], start=runs[-1][-1][1])):
            runs[-1].append((lo, hi))
        else:
            runs.append([(lo, hi)])
    out = []
    for run in runs:
        capitals = "".join(t[0] for t in s.raw_tokens[run[0][0]:run[-1][1]] if t[:1].isupper()).lower()
        if len(run) < 2 or capitals not in acronyms:
            out += run
    return out


GLOSS_REACH = 8  # words back to the '(' of a parenthesis that holds a name


def _in_parentheses(s: Sentence, lo: int, hi: int) -> bool:
    """The name stands in parentheses ('DragoNN (Deep RegulAtory GenOmic Neural Networks)', '(HttpOnly)')."""
    opened = False
    for i in range(lo, max(-1, lo - GLOSS_REACH), -1):
        gap = s.gaps[i]
        if ")" in gap and (i < lo or gap.rfind(")") > gap.rfind("(")):
            return False
        if "(" in gap:
            opened = True
            break
    if not opened:
        return False
    return any(")" in s.gaps[i] for i in range(hi, min(len(s.gaps), hi + GLOSS_REACH))) or (
        hi >= len(s.gaps) and s.text.rstrip(" .").endswith(")"))


def _cited(s: Sentence, lo: int, hi: int) -> bool:
    """The names are the authors of a cited work ('Caruana et al.', 'Ba and Caruana [@tag:...]'): a reference, not
    someone the text is about."""
    if s.words[hi:hi + 2] == ("et", "al"):
        return True
    name = re.escape(_name_text(s, lo, hi))
    # (each following name taken whole, '[\w'-]*+': tried split at every letter, a long run of capitals and letters
    # took minutes)
    return bool(re.search(rf"\b{name}(?:\s*+(?:,|and|&)?\s*+[A-Z][\w'-]*+){{0,4}}\s*(?:et al\b|\[@)", s.text))


# A markdown link: its text (a bibliography key in brackets of its own, '[[FIPS 199]]', or plain) and its target.
_LINK = re.compile(r"\[(\[[^\[\]]*\]|[^\[\]]*)\]\(([^()\s]*)\)")
# A span set in italics or in double quotes: where a document gives the title of a work it cites.
_TITLED = re.compile(r"(?<![\w*])([_*])(?=\S)([^_*]+?)(?<=\S)\1(?![\w*])|[\"“]([^\"“”]+)[\"”]")
TITLE_WORDS = 3  # words a title has at least: two capitalised words alone are as likely a name


def _reference_label(s: Sentence, lo: int, hi: int, other: Sentence) -> bool:
    """The name is part of how a reference is labelled, not someone the text is about: it is a link into the
    bibliography ('[[Shannon]](#shannon)', '[NIST](#nist)'), it stands in a bibliography key ('[[ISO/IEC
    2382-37]](#ISOIEC2382-37)'), in the text of a link the other version makes to the same place ('[SP
    800-63C](sp800-63c.html)' → '[NIST SP 800-63C, Federation and Assertions](sp800-63c.html)'), or in the title of a
    cited work, set in italics or quotes ('FIPS 199, _Standards for Security Categorization of Federal
    Information_')."""
    text = re.escape(_name_text(s, lo, hi))
    if re.search(rf"\[\[{text}\]\]|\[{text}\]\(#", s.text):
        return True
    name = re.compile(rf"(?<!\w){text}(?!\w)")
    targets = {m.group(2) for m in _LINK.finditer(other.text)}
    for m in _LINK.finditer(s.text):
        if name.search(m.group(1)) and (m.group(1).startswith("[") or m.group(2) in targets):
            return True
    for m in _TITLED.finditer(s.text):
        title = m.group(2) or m.group(3) or ""
        if name.search(title) and len(title.split()) >= TITLE_WORDS and title_like(Sentence.of(title, None, 0, 0)):
            return True
    return False


def _naming_kept_group(s: Sentence, lo: int, hi: int, other: Sentence) -> bool:
    """The name only says which group a kept noun of people is ('The Observe team have refined …' → 'The team has
    refined …'): the words on either side of it stand next to each other on the other side, and the word after it
    names people. The same actor, named more or less exactly."""
    if lo == 0 or hi >= len(s.words) or not _people(s.words[hi]):
        return False
    before, head, words = s.words[lo - 1], s.words[hi], other.words
    return any(words[k] == before and words[k + 1] == head for k in range(len(words) - 1))


def detect_actor(d: PairDiff) -> Finding | None:
    """A named actor was added to, removed from or replaced in the judgment."""
    old_regions = [(r.i1, r.i2) for r in d.regions]
    new_regions = [(r.j1, r.j2) for r in d.regions]
    # Each side's names are found once, and not at all on a side without a small changed region (no name can be
    # in one, and names are compared with the other side's only when one was gone or came).
    small_old = any(b - a <= MAX_REGION_WORDS for a, b in old_regions)
    small_new = any(b - a <= MAX_REGION_WORDS for a, b in new_regions)
    spans_old = names(d.old) if small_old else []
    spans_new = names(d.new) if small_new else []
    gone_at = [(lo, hi) for lo, hi in spans_old
               if _in_small_region(lo, hi, old_regions) and not _present(d.old, lo, hi, d.new)
               and not _label(d.old, lo, hi) and not _numbered_thing(d.old, hi) and not _cited(d.old, lo, hi)
               and not _reference_label(d.old, lo, hi, d.new)]
    came_at = [(lo, hi) for lo, hi in spans_new
               if _in_small_region(lo, hi, new_regions) and not _present(d.new, lo, hi, d.old)
               and not _label(d.new, lo, hi) and not _numbered_thing(d.new, hi) and not _cited(d.new, lo, hi)
               and not _reference_label(d.new, lo, hi, d.old)]
    # A gloss in parentheses added or dropped ('t-SNE (t-Distributed Stochastic Neighbor Embedding)') names
    # the thing beside it again; only a name in parentheses on both sides can be a replaced actor.
    glossed_old = [x for x in gone_at if _in_parentheses(d.old, *x)]
    glossed_new = [x for x in came_at if _in_parentheses(d.new, *x)]
    if not glossed_new:
        gone_at = [x for x in gone_at if x not in glossed_old]
    if not glossed_old:
        came_at = [x for x in came_at if x not in glossed_new]
    gone_at = _unless_joined_acronym(d.old, gone_at, d.new)
    came_at = _unless_joined_acronym(d.new, came_at, d.old)
    gone_at = [x for x in gone_at if not _names_nobody(d.old, *x, d.new)]
    came_at = [x for x in came_at if not _names_nobody(d.new, *x, d.old)]
    gone_at = [x for x in gone_at if not _for_pronoun(d, *x, old=True)]
    came_at = [x for x in came_at if not _for_pronoun(d, *x, old=False)]
    if not gone_at:
        came_at = [x for x in came_at if not _agent_named(d.new, *x, d.old)]
    if not came_at:
        gone_at = [x for x in gone_at if not _agent_named(d.old, *x, d.new)]
    if not came_at:
        gone_at = [x for x in gone_at if not _naming_kept_group(d.old, *x, d.new)]
    if not gone_at:
        came_at = [x for x in came_at if not _naming_kept_group(d.new, *x, d.old)]
    gone = [_name_text(d.old, lo, hi) for lo, hi in gone_at]
    came = [_name_text(d.new, lo, hi) for lo, hi in came_at]
    # An abbreviation written out, or a full name abbreviated, is the same actor; so is a code written in full
    # where the other side left its letters out ('IAL2 and 3' → 'IAL2 and IAL3').
    gone = [g for g in gone if not (" " not in g and (_acronym_of(g, d.new) or _clipped(g, d.new)))
            and not _spelled_out(g, d.new) and not _code_in_full(g, d.new) and not _in_lower_case(g, d.new)
            and not _clipped_on(d.new, g)]
    came = [c for c in came if not (" " not in c and (_acronym_of(c, d.old) or _clipped(c, d.old)))
            and not _spelled_out(c, d.old) and not _code_in_full(c, d.old) and not _in_lower_case(c, d.old)
            and not _clipped_on(d.old, c)]
    # 'goTenna Pro' → 'goTenna Pro App', 'GDS Engineering Hub' → 'GDS Hub': one name qualified or shortened.
    if gone:
        names_new = [_name_text(d.new, lo, hi) for lo, hi in (spans_new if small_new else names(d.new))]
        gone = [g for g in gone if not any(_qualified(g, n) for n in names_new)]
    if came:
        names_old = [_name_text(d.old, lo, hi) for lo, hi in (spans_old if small_old else names(d.old))]
        came = [c for c in came if not any(_qualified(c, n) for n in names_old)]
    if not gone and not came:
        gone, came = _groups(d)
    if not gone and not came:
        return None
    if gone_at and not came:
        came = _group_in_place(d, gone_at[0])  # ('The CSP SHALL' → 'Intake coordinators SHALL': who took its place)
    if gone and came:
        why = f"actor replaced: {', '.join(gone)} → {', '.join(came)}"
    elif gone:
        why = f"actor removed: {', '.join(gone)}"
    else:
        why = f"actor added: {', '.join(came)}"
    return Finding("actor", "medium", None, tuple(gone), tuple(came), why)


