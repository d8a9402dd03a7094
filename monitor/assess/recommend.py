"""Recommendations: how strongly a sentence prescribes (should, must, do not travel, imperatives in a list)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from monitor.assess.findings import Finding, PairDiff, span
from monitor.assess.judgment import BE_FORMS, FINITE_NEXT, NECESSITY, PRONOUNS, _content, content_stems_of
from monitor.assess.lexicon import (
    ADVERSARY_NOUNS,
    ADVICE_NOUNS,
    ADVISORY_LEVELS,
    AGENT_NOUNS,
    DEGREE_ADVERBS,
    EPISTEMIC_SHOULD,
    FREQUENCY,
    FUNCTION_WORDS,
    IMPERATIVE_VERBS,
    LIKELIHOOD,
    MODALS,
    MONTHS,
    NAME_STOPWORDS,
    NEGATIONS,
    NEGATIVE_ADVERBIALS,
    NUMBER_WORDS,
    OBJECT_OPENERS,
    PEOPLE_NOUNS,
    RECOMMENDATION,
    REMEDY_STRENGTH,
    RFC2119,
    TRENDS,
    Match,
    PhraseTable,
    irregular_form,
    verb_form,
    verb_leaning,
)
from monitor.assess.text import (
    AUXILIARY_VERBS,
    CONDITION_OPENERS,
    FINITE_BE,
    NOUN_DETERMINERS,
    POSSESSIVES,
    RELATIVES,
    STEM,
    Sentence,
    about_document,
    agent_noun,
    ends_in_colon,
    has_clause_word,
    log_entry,
    referential,
    same_word,
    set_off,
    title_like,
    with_or_without,
)
from monitor.lazy_re import lazy_compile

TYPE_CHECKING = False  # typing's own constant, without loading typing at run time (monitor/launch.py)
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from monitor.report import Direction

# Prescriptions that are only prescriptive at the head of a sentence ("Do not travel", not "that do not rely").
_HEAD_ONLY = frozenset({"do not", "never", "avoid"})
_RECOMMEND_SECTION = lazy_compile(r"recommend", re.IGNORECASE)
_LEVEL_NAMES = {1: "Level 1", 2: "Level 2", 3: "Level 3", 4: "Level 4"}


@dataclass(frozen=True, slots=True)
class Prescription:
    """How strongly a sentence prescribes: advisory level (0 when none), modal strength 0-3, the words."""

    level: int
    strength: int
    terms: tuple[str, ...]
    head: int | None = None  # the instruction's verb, when an imperative is all that prescribes

    @property
    def present(self) -> bool:
        return self.level > 0 or self.strength > 0

    @property
    def force(self) -> int:
        """How strongly it prescribes, an advisory level counting as 'should' (2)."""
        return max(self.strength, self.level and 2)


def in_recommendations(s: Sentence) -> bool:
    """The sentence sits under a heading that names recommendations."""
    return bool(s.section and _RECOMMEND_SECTION.search(s.section))


_CLAUSE_STOP = frozenset({",", ";", ":", "(", ")"})


_CLAUSE_OPENERS = frozenset({"that", "and", "but", "which", "while"})


def _subject_acts(s: Sentence, at: int, names: bool = True, refused: frozenset[str] = frozenset(),
                  openers: frozenset[str] = _CLAUSE_OPENERS, by_form: bool = False) -> bool:
    """The words before token `at`, back to the start of its clause, name someone who can act: an agent noun
    ('governments', 'the alliance', 'you'), a group of people ('lenders', 'your team'), with `by_form` one by the
    form of the noun (_one_who_acts) or, with `names`, a proper name (a capitalised word that does not open the
    sentence). A `refused` word met first says no."""
    for i in range(at - 1, -1, -1):
        w = s.words[i]
        if w in refused:
            return False
        if (w in AGENT_NOUNS or w in PEOPLE_NOUNS or w == "your" or (by_form and _one_who_acts(s, i)) or (
                names and i > 0 and s.raw_tokens[i][:1].isupper() and w not in NAME_STOPWORDS)) and (
                not _in_phrase_of(s, i)):
            return True
        if any(ch in s.gaps[i] for ch in _CLAUSE_STOP) or w in openers:
            return False
    return False


def _one_who_acts(s: Sentence, i: int) -> bool:
    """Word i names, by the form of the noun, one who acts: an agent noun in '-er', '-or' or '-ee' after a
    determiner ('the verifier', 'each subscriber', 'the operator') or in the plural ('verifiers', 'assessors'); a
    noun formed from a verb by its suffix, not one that merely ends so ('the weather', 'the water'); 'those' that a
    relative or a participle says what they do of ('those who deploy it', 'those applying it')."""
    w = s.words[i]
    if agent_noun(w):
        return True
    if w == "those" and i + 1 < len(s.words) and (s.words[i + 1] == "who" or s.words[i + 1].endswith("ing")):
        return True  # 'those who deploy it', 'those applying deep learning': people, by what they do
    return i > 0 and s.words[i - 1] in _ONE_OF and agent_noun(f"{w}s")


# Prepositions whose object is not the subject of the verb after it ('the loss of momentum in the United States
# could develop into …': the loss could, the United States is where).
_PREPOSITIONS = frozenset({"in", "of", "at", "from", "for", "with", "by", "on", "across", "among", "between",
                           "within", "into", "about", "against", "around", "throughout", "outside", "inside", "than"})
# What a preposition follows when its object is the subject after all ('many of the users may …').
_PARTITIVES = frozenset({"many", "some", "all", "each", "most", "none", "any", "few", "one", "several", "both",
                         "either", "neither", "majority", "minority", "rest", "half", "members"})
_NOUN_PHRASE_REACH = 3  # words between a preposition and the noun its phrase ends on ('in the United States')


def _in_phrase_of(s: Sentence, i: int) -> bool:
    """Word `i` ends the object of a preposition ('in the United States', 'of its staff'), not a subject."""
    for k in range(i - 1, max(-1, i - 1 - _NOUN_PHRASE_REACH), -1):
        w = s.words[k]
        if w in _PREPOSITIONS:
            return not (k > 0 and s.words[k - 1] in _PARTITIVES)
        if any(ch in s.gaps[k + 1] for ch in _CLAUSE_STOP) or not (
                w in NOUN_DETERMINERS or w in _PARTITIVES or w == "other" or s.raw_tokens[k][:1].isupper()):
            return False  # ('in most countries', 'in other countries': a quantifier inside the phrase)
    return False


def epistemic_should(s: Sentence, start: int, end: int) -> bool:
    """'should help', 'prices should support spending': an expected effect, not advice. The verb after 'should'
    names an effect, and the subject is not someone who could be advised."""
    if s.words[start:end] != ("should",):
        return False
    if not EPISTEMIC_SHOULD.find(s.words, end, min(end + 3, len(s.words))):
        return False
    # ('The verifier should send …' advises; whether 'brokers can provide …' grants latitude or states what a
    # system can do, the form of the noun cannot tell: it is weighed for 'should' only)
    return not _subject_acts(s, start, by_form=True)


def _epistemic(s: Sentence, m: Match) -> bool:
    return epistemic_should(s, m.start, m.end) or _inverted_condition(s, m)


# What follows 'should' when it opens a condition by inversion ('should that be appropriate', 'should further downside
# risks emerge', 'should there be'): a subject, where advice has its verb.
_INVERTED_SUBJECTS = frozenset({"that", "this", "these", "those", "it", "they", "the", "a", "an", "any", "such",
                                "there", "further", "conditions", "circumstances", "events", "developments"})


# Verbs and adjectives of knowing and deciding whose question a wh-word opens ('difficult to know what features should
# be extracted', 'it is unclear how the data should be stored').
_KNOWING = frozenset({"know", "knows", "knew", "known", "unclear", "clear", "uncertain", "understand", "understood",
                      "wonder", "wondered", "ask", "asked", "asking", "question", "sure", "unsure", "debate",
                      "debated", "see"})
_WH = frozenset({"what", "which", "how", "whether", "where", "when", "who", "why"})
WH_REACH = 6  # words from the wh-word of an indirect question to its modal
_ASKED_MODALS = frozenset({"should", "must", "need to", "needs to", "ought"})  # what a question may ask about


def _indirect_question(s: Sentence, m: Match) -> bool:
    """The modal stands in a question reported after a verb of knowing ('It is often difficult to know what features
    should be extracted'): what is asked about, not advice given. ('Decide how the data should be stored' instructs by
    its imperative, not by its 'should'.)"""
    if m.phrase not in _ASKED_MODALS:
        return False
    for k in range(m.start - 1, max(0, m.start - WHETHER_REACH) - 1, -1):
        if any(ch in s.gaps[k + 1] for ch in ",;:"):
            return False
        if s.words[k] == "whether" and k > 0 and s.words[k - 1] in _DEBATED_ON:
            return True  # 'The debate focused on whether the change in the cash rate should be 25 or 50 points'
        if s.words[k] in _WH and m.start - k <= WH_REACH:
            return k > 0 and s.words[k - 1] in _KNOWING
    return False


WHETHER_REACH = 10  # words from 'whether' to the modal of what it asks ('whether the change in the cash rate should')
_DEBATED_ON = _KNOWING | frozenset({"on", "about", "over", "as"})  # ('focused on whether', 'argued about whether')


# Words that open a direct question ('Does functional classification need to be a separate process?', 'Should we
# rotate keys monthly?'): what it asks is open, not advice given.
_ASKING_OPENERS = _WH | frozenset({"do", "does", "did", "is", "are", "was", "were", "should", "must", "can", "could",
                                   "will", "would", "shall", "need"})


def _direct_question(s: Sentence, m: Match) -> bool:
    """The modal stands in a direct question that opens on an auxiliary or a word of asking and ends on '?'."""
    return (m.phrase in _ASKED_MODALS or m.phrase in ("have to", "has to")) and bool(s.words) and (
        s.words[0] in _ASKING_OPENERS) and s.text.rstrip(" *_`)\"'").endswith("?")


def _named_subject(s: Sentence, k: int) -> bool:
    """Word k, after a 'should' that a comma sets off, names a subject rather than a verb: a capitalised name or a
    possessive ('…, should Italy's bond auctions go badly'), as 'that' or 'further risks' do."""
    if k >= len(s.words):
        return False
    raw = s.raw_tokens[k]
    return raw[:1].isupper() or raw.endswith(("'s", "’s"))


def _inverted_condition(s: Sentence, m: Match) -> bool:
    """'The Board would act, should further downside risks emerge': 'should' opening a condition ('if further
    risks emerge'), not advice: followed by a subject rather than a verb."""
    if m.phrase != "should" or m.end >= len(s.words):
        return False
    after = s.words[m.end]
    # Opening the sentence ('Should that occur, inflation would fall faster'), it asks a question or sets a
    # condition; 'Should you need help, call …' leaves the advice to the imperative.
    if m.start > 0:
        return after in _INVERTED_SUBJECTS or ("," in s.gaps[m.start] and _named_subject(s, m.end))
    # ('Should household spending falter, the upswing loses its footing': any subject, then the comma that closes
    # the condition; a question ends in '?')
    return after in _INVERTED_SUBJECTS or after == "you" or (
        not s.text.rstrip().endswith("?") and after not in IMPERATIVE_VERBS and any(
            "," in g for g in s.gaps[m.end + 1:m.end + 1 + OPENER_WORDS]))


def requirement_keywords(s: Sentence) -> list[Match]:
    """RFC 2119 keywords written in capitals ('MUST NOT', 'SHOULD', 'MAY'): requirement levels, not estimates.
    A sentence mostly in capitals (a shouted heading) has none."""
    caps = [t for t in s.raw_tokens if t[:1].isalpha()]
    if not caps or 2 * sum(t.isupper() for t in caps) > len(caps):
        return []
    out = []
    for m in RFC2119.find(s.words):
        if m.phrase == "may" and _may_be_so(s, m.end):
            continue
        if all(t.isupper() and len(t) > 1 for t in s.raw_tokens[m.start:m.end]):
            out.append(m)
        elif m.end - m.start > 1 and s.raw_tokens[m.start].isupper() and len(s.raw_tokens[m.start]) > 1:
            # 'SHALL not': the keyword in capitals, its negation not; the requirement is the keyword's
            head = RFC2119.entries.get(m.phrase.split()[0])
            if head is not None:
                out.append(Match(m.start, m.end, m.phrase, head))
    return out


# Past participles that end in neither -ed nor -en, beyond _PARTICIPLES: 'MAY be set', 'MAY be kept' are passives.
_BARE_PARTICIPLES = frozenset({"set", "kept", "made", "sent", "held", "built", "run", "put", "read", "left", "met",
                               "found", "sold", "told", "paid", "cut", "shut", "split", "spent", "lost", "won",
                               "brought", "bought", "caught", "taught", "thought", "sought", "bound", "led", "said",
                               "laid", "struck", "hung", "upheld", "withheld", "rebuilt", "reset"})
_STILL = frozenset({"still", "also", "even", "well", "then", "sometimes", "often", "therefore"})


def _may_be_so(s: Sentence, end: int) -> bool:
    """'The access token MAY be valid long after …', 'it MAY still be possible to infer …': 'may' before 'be' and an
    adjective says what is possible, even in capitals; 'MAY be used', 'MAY be set' (a passive) grant latitude."""
    w = s.words
    k = end
    while k < len(w) and w[k] in _STILL:
        k += 1
    if w[k:k + 1] != ("be",):
        return False
    k += 1
    while k < len(w) and (w[k] in _STILL or w[k] in _DEGREE_WORDS):
        k += 1
    if k >= len(w):
        return False
    nxt = w[k]
    return nxt.isalpha() and not (nxt.endswith(("ed", "en")) or nxt in _PARTICIPLES or nxt in _BARE_PARTICIPLES
                                  or nxt in ("a", "an", "the"))


_DEGREE_WORDS = frozenset({"very", "more", "less", "most", "least", "too", "quite", "fully", "entirely", "only"})


def _prescriptive(s: Sentence) -> list[Match]:
    """Prescriptive phrases: capitalised requirement keywords, then lexicon phrases that do not overlap them."""
    keywords = requirement_keywords(s)
    listed = [
        m for m in RECOMMENDATION.find(s.words)
        if (m.phrase not in _HEAD_ONLY or m.start == 0) and not _epistemic(s, m) and not _discourse(s, m)
        and not _indirect_question(s, m) and not _direct_question(s, m)
        and s.words[m.end:m.end + 1] != ("date",)  # 'has to date remained moderate': so far, not an obligation
        and not _conditional_need(s, m) and not _named_practice(s, m) and not _named_need(s, m)
        and not _told_of(s, m) and not _asked_of_adversary(s, m) and not _meaning_denied(s, m)
        and not _means_not_needed(s, m) and not _pointing_at_fact(s, m)
        and not any(k.start < m.end and m.start < k.end for k in keywords)
    ]
    taken = keywords + listed
    # The shapes no table lists, each where no earlier finding stands: stated necessity, someone bound to act, a
    # thing stated as required, advice through an empty 'it', latitude granted, 'shall'.
    for find in (_necessity, duties, _required_of, _required_by, _cell_levels, _expletive_advice, permissions,
                 obligations):
        taken += [m for m in find(s) if not any(t.start < m.end and m.start < t.end for t in taken)]
    return [m for m in taken if not _frame_or_pointer(s, m)]


# Verbs in the past by which a text reports what someone judged ('Members agreed that it would be important to …',
# 'They noted that policy would need to …', 'members considered whether it was necessary to wait …').
_REPORTED_PAST = frozenset({"agreed", "noted", "judged", "felt", "considered", "observed", "acknowledged", "concluded",
                            "assessed", "recognised", "recognized", "emphasised", "emphasized", "stressed", "believed",
                            "thought", "argued", "remarked", "commented", "discussed", "accepted"})
_BINDING_MODALS = frozenset({"should", "must", "shall", "ought"})
REPORTING_REACH = 3  # words from the reporting verb to its 'that' ('agreed, however, that', 'noted in turn that')


def reported_view(s: Sentence) -> bool:
    """Every prescribing word of a sentence is a need or a verdict on a course of action inside a clause that reports,
    in the past, what someone judged ('Members agreed that it would be important to reassess the outlook', 'They
    noted that rates would need to rise', 'members considered whether it was necessary to wait'): added or dropped,
    the minutes of a view, not advice to the reader. A 'should' or 'must' in such a clause ('members agreed that the
    Bank should signal …') still tells what is to be done, and stays advice; so does a capitalised keyword. (Within a
    sentence kept, 'it was prudent to' → 'it was essential to' still moves the advice reported.)"""
    marks = _prescriptive(s)
    return bool(marks) and all(_reported_view(s, m) for m in marks)


def _reported_view(s: Sentence, m: Match) -> bool:
    """The match is a need or a verdict inside a clause reported in the past (reported_view)."""
    w = s.words
    if m.phrase in _BINDING_MODALS or s.raw_tokens[m.start].isupper():
        return False
    for j in range(m.start - 1, 0, -1):
        if ";" in s.gaps[j + 1] or ":" in s.gaps[j + 1]:
            return False
        if w[j] in ("that", "whether") and any(w[k] in _REPORTED_PAST for k in range(max(0, j - REPORTING_REACH), j)):
            return True
    return False


_NOT_REQUIRED = frozenset({"is not required to", "are not required to"})


def _means_not_needed(s: Sentence, m: Match) -> bool:
    """'Yet this level of proofing is not required to submit the resume online': a thing not needed for an end, as
    'a key is required to decrypt' names a means; latitude is granted to someone who can act ('Users are not
    required to re-enroll')."""
    return m.phrase in _NOT_REQUIRED and not _bound_one(s, m.start)


_FRAMED = frozenset({"noted", "remembered", "stressed", "emphasised", "emphasized", "mentioned", "recognised",
                     "recognized", "borne", "understood"})
# How a thing is to be read, not what to do: 'must be seen against that backdrop', 'should be viewed as a first step'
# ('must be seen by a doctor' asks something).
_READ_AS = frozenset({"seen", "viewed", "interpreted", "regarded"})
_READ_AS_NEXT = frozenset({"against", "as", "in"})
_READ_ON = frozenset({"read", "learn", "find", "see"})


def _frame_or_pointer(s: Sentence, m: Match) -> bool:
    """'It should be noted that …' frames what follows and asks nothing of it; 'You can read more about X' and
    'You can find out more in …' point at another text: neither is advice."""
    after = s.words[m.end:m.end + 3]
    if after[:1] == ("be",) and after[1:2] and after[1] in _FRAMED:
        return True
    if after[:1] == ("be",) and after[1:2] and after[1] in _READ_AS and after[2:3] and after[2] in _READ_AS_NEXT:
        return True
    phrase = m.phrase.split()
    if len(phrase) > 1:  # 'can read' more
        verb, following = phrase[-1], after[:2]
    else:  # 'can' read more
        verb, following = (after[0] if after else ""), after[1:3]
    return verb in _READ_ON and any(w in ("more", "about", "out") for w in following)


def obligations(s: Sentence) -> list[Match]:
    """'shall' in lower case, as statutes and standards write it ('Such procedures shall be subject to
    oversight'): an obligation, as strong as 'must' — except after 'I' or 'we', where it is the future ('we shall
    see'). Capitalised 'SHALL' is read as a requirement keyword."""
    return [Match(i, i + 1, "shall", 3) for i, w in enumerate(s.words)
            if w == "shall" and not s.raw_tokens[i].isupper() and (i == 0 or s.words[i - 1] not in ("i", "we"))]


_PERMISSIVE = frozenset({"may", "might", "could", "can"})
_AFTER_MODAL = frozenset({"also", "still", "then", "optionally", "instead", "always", "now", "only", "just",
                          "simply", "first", "safely", "either", "alternatively", "often", "usually", "sometimes",
                          "generally", "typically", "occasionally"})  # ('You may often choose to work on …')
_NOT_ADVISEES = frozenset({"it", "they"}) | ADVERSARY_NOUNS  # 'it could allow', 'attackers could use'
# What befalls or meets the reader rather than what the reader does ('you may experience delays', 'you can see …').
_UNDERGOING = frozenset({"experience", "encounter", "face", "suffer", "receive", "get", "see", "notice", "hear", "feel",
                         "lose", "find", "expect", "meet", "come", "end", "run", "need", "imagine", "think", "say",
                         "tell", "guess", "recall", "remember", "understand", "appreciate", "argue", "wonder", "ask",
                         "gain", "require", "benefit", "enjoy"})


def _advisee(s: Sentence, at: int) -> bool:
    """The subject of the modal at `at` is someone a document advises: 'you', 'your team', 'teams', 'users' —
    not a thing or a name, not 'it' or 'they' (which may be a flaw), not an adversary."""
    return _subject_acts(s, at, names=False, refused=_NOT_ADVISEES, openers=_CLAUSE_OPENERS | {"if"})


def permissions(s: Sentence) -> list[Match]:
    """A modal of latitude that grants someone an action ('you may run the tests', 'the team could request its
    closure', 'users can apply the update'): advice at its weakest strength, not an estimate of likelihood. The
    verb is one a reader can be told to do, the subject someone a document advises; 'attackers could use', 'it
    may cause' and 'you may experience' stay estimates, and so does the passive ('X can be used to ...'), which
    in descriptive prose states what a thing is able to do."""
    words, out = s.words, []
    for i, w in enumerate(words):
        if w not in _PERMISSIVE or s.raw_tokens[i].isupper() or s.raw_tokens[i] == "May":
            continue
        k = i + 1
        if k < len(words) and "," in s.gaps[k]:
            # a clause set off between the modal and its verb ('may, if convenient, download …')
            k = next((j for j in range(k + 1, min(len(words), k + 1 + ASIDE_WORDS)) if "," in s.gaps[j]), k)
        while k < len(words) and (words[k] in _AFTER_MODAL or words[k:k + 2] == ("of", "course")):
            k += 2 if words[k] == "of" else 1  # ('Teams may of course want to …')
        if words[k:k + 2] == ("continue", "to"):
            k += 2
        if k < len(words) and words[k] in _WANTING and _advisee(s, i):
            out.append(Match(i, k + 1, " ".join(words[i:k + 1]), 1))  # 'you may want a way of storing logs'
            continue
        # (a verb the list lacks, known by its particle: 'you can sign up for a trial account', 'you can opt out')
        # (said to the reader, any verb a reader does: 'you can manage these records from …', 'you may alternatively
        # delegate …'; not what befalls the reader, 'you may experience delays', 'you can see the figures')
        # (not a purpose, 'so you can focus on …', nor an example, 'For instance, you might specify …')
        told = i > 0 and words[i - 1] == "you" and k < len(words) and _verb_shaped(s, k) and (
            words[k] not in _UNDERGOING) and (i < 2 or words[i - 2] not in ("so", "that")) and (
            words[:2] not in (("for", "instance"), ("for", "example")))
        if k >= len(words) or words[k] in ("be", "have", "do") or (words[k] not in IMPERATIVE_VERBS and not told and (
                not (k + 1 < len(words) and words[k + 1] in _PARTICLES and _verb_shaped(s, k)))):
            continue
        if EPISTEMIC_SHOULD.find(words, k, k + 1) or not _advisee(s, i) or _supposed(s, i) or _takes_time(words, k):
            continue
        m = Match(i, k + 1, " ".join(words[i:k + 1]), 1)
        if not _reported_view(s, m):  # ('members noted that consumers may take …': a view reported, no leave given)
            out.append(m)
    for i in range(1, len(words) - 2):
        # 'Individuals have the option of using their own accounts': the latitude 'can use' grants, in other words
        if words[i] in ("have", "has") and words[i + 1:i + 3] == ("the", "option") and i + 3 < len(words) and (
                words[i + 3] in ("of", "to")) and _advisee(s, i):
            out.append(Match(i, i + 4, " ".join(words[i:i + 4]), 1))
        # 'you are permitted to use', 'teams are free to choose': the same latitude, granted in words
        elif words[i] in _GRANTING_BE and words[i + 1] in _GRANTED and words[i + 2] == "to" and _advisee(s, i):
            out.append(Match(i, i + 3, " ".join(words[i:i + 3]), 1))
    return out


def _promised(other: Sentence, p: Prescription) -> tuple[str, str] | None:
    """The latitude one version grants ('we may notify') stands in the other as what will be done ('we will
    notify'): a promise loosened into leeway the writer keeps (or the reverse), not advice added or dropped. The
    other version's words and the latitude's ('will notify', 'may notify'), or None."""
    if p.strength != 1:
        return None
    for term in p.terms:
        modal, _, rest = term.partition(" ")
        n = len(rest.split())
        if modal not in _PERMISSIVE or not n:
            continue
        for k in range(len(other.words) - n):
            if other.words[k] in ("will", "would") and " ".join(other.words[k + 1:k + 1 + n]) == rest:
                return " ".join(other.words[k:k + 1 + n]), term
    return None


_SPANS_OF_TIME = frozenset({"time", "while", "long", "longer", "years", "months", "weeks", "days", "hours", "decades"})
TAKES_TIME_REACH = 3  # words after 'take' in which the span stands ('take some time', 'take many years')


def _takes_time(words: tuple[str, ...], k: int) -> bool:
    """'consumers may take some time before …', 'it could take years': how long a thing lasts, not a deed granted."""
    return words[k] in ("take", "takes") and not _SPANS_OF_TIME.isdisjoint(words[k + 1:k + 1 + TAKES_TIME_REACH])


_SUPPOSING = frozenset({"if", "unless", "provided", "providing", "assuming"})
SUPPOSED_SUBJECT_WORDS = 3  # words of a subject between a word of condition and its modal ('provided the builders')


def _supposed(s: Sentence, at: int) -> bool:
    """The modal at `at` stands in a clause of condition set after the main clause ('… was expected, provided builders
    could secure finance, to …', '… is safe if users can restart the device'): what it supposes, not latitude
    granted. (A condition that opens the sentence is left alone: where it closes is not known without a comma.)"""
    opener = _condition_opener(s, at)
    if opener is None or opener == 0 or s.words[opener] not in _SUPPOSING:
        return False
    # (its subject right after the opener: not a modal of the clause after it, 'for example if you use AWS you could
    # use CloudWatch')
    subject = s.words[opener + 1:at]
    return 0 < len(subject) <= SUPPOSED_SUBJECT_WORDS and not any(
        verb_form(w) or (w in PRONOUNS and k < len(subject) - 1) for k, w in enumerate(subject))


_GRANTING_BE = frozenset({"are", "is", "be", "am", "remain", "remains"})  # ('users remain free to choose')
_GRANTED = frozenset({"permitted", "allowed", "free", "welcome"})  # ('teams are welcome to run one')


# Words of how often that may stand between a verb of being and a word of advice ('it is often useful to', 'it is
# sometimes desirable to'); not 'rarely' or 'seldom', which deny the advice more than they time it.
_OFTEN = frozenset(w for w, step in FREQUENCY.items() if step >= 2)
# 'It is also crucial to obtain …', 'it is therefore vital that …': a necessity stated with an adverb between
# (judgment.NECESSITY, the words and how strongly each prescribes).
_BETWEEN = frozenset({"also", "therefore", "thus", "still", "equally", "particularly", "especially", "very",
                      "absolutely", "hence", "so", "now", "more", "most", "highly", "doubly", "extremely", "really",
                      "critically", "vitally"}) | _OFTEN


_BOUND = frozenset({"required", "obliged", "obligated", "compelled", "mandated", "directed", "instructed", "ordered",
                    "commanded"})
# How firmly one is bound, between the verb 'be' (or the one bound) and the word that binds ('are firmly directed to',
# 'considers users strictly bound to'); 'bound to' only after one of them ('exploits are bound to surface' is likely).
_BINDING_MANNER = frozenset({"firmly", "strictly", "expressly", "explicitly", "formally", "legally", "contractually",
                             "duty", "honour", "honor"})  # ('are duty-bound to', 'honour-bound')
# A duty one is under ('are under orders to', 'is under a standing instruction to', 'under an obligation to').
_ORDERS = frozenset({"orders", "order", "instructions", "instruction", "obligation", "obligations", "mandate"})
ORDERS_REACH = 3  # words from 'under' to the noun of the duty ('under a standing order to')


REQUIRED_OBJECT_WORDS = 4  # words between 'requires' and the 'to' of what is required ('requires all users to')


_ALONG_REQUIRES = frozenset({"also", "further", "now", "additionally", "still", "therefore"})
_PROCESS_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ing", "ity", "ness", "ure")


def _required_by(s: Sentence) -> list[Match]:
    """'Mitsubishi Electric requires users to update their products', 'CISA requires that agencies …', 'CISA expects
    organizations to implement …': someone who can set a rule requires it, as strong as 'must'. Said of a thing
    ('This requires the user to set any environment variable', 'Exploitation requires the attacker to …') it names a
    condition, and prescribes nothing."""
    words, out = s.words, []
    for i, w in enumerate(words):
        # ('CISA calls on users to …': a verb of two words, as binding as 'urges')
        calling = w in _CALLING and i + 1 < len(words) and words[i + 1] in ("on", "upon")
        if (w not in _RULE_VERBS and not calling) or i == 0:
            continue
        nxt = i + 1 + calling  # the word after the verb
        # the one who requires, right before the verb: a name ('Mitsubishi Electric', 'CISA'; not a level or code
        # such as 'FAL3') or an agent ('the vendor'); 'would require', 'will require' forecast a need
        at = i - 1 if words[i - 1] not in _ALONG_REQUIRES or i < 2 else i - 2  # ('The EO also requires agencies to')
        who, raw = words[at], s.raw_tokens[at]
        # A second verb of the sentence's subject ('Mitsubishi Electric has released a fix and instructs users to
        # update'): who acts was named before; told to people, it binds them as the verb alone would.
        coordinated = who == "and" and w != "expects"
        if not coordinated and (not ((raw[:1].isupper() and raw.isalpha() and who not in NAME_STOPWORDS)
                                     or who in AGENT_NOUNS) or (
                who in _THING_SUBJECTS or nxt >= len(words) or words[nxt] in _PREPOSITIONS) or (
                at == 0 and not raw.isupper() and who.endswith(_PROCESS_ENDINGS))):
            # ('the attributes it requires from a CSP prior to …': what is needed, not a rule; 'Exploitation requires
            # the attacker to …': capitalised by its place, a process, not one who sets rules)
            continue
        to = next((k for k in range(nxt, min(len(words) - 1, nxt + 1 + REQUIRED_OBJECT_WORDS))
                   if words[k] == ("with" if w in _TASKING else "to") or (
                       k == i + 1 and words[k] == "that" and w in _RULE_THAT_VERBS)), None)
        if w in _RULE_THING_VERBS and not coordinated and (to is None or w in _BANNING or not any(
                x in PEOPLE_NOUNS or x in AGENT_NOUNS for x in words[nxt:to])):
            # ('prescribes defensive measures to minimize the risk': the 'to' is the measures' purpose)
            out.append(Match(i, i + 1, w, 3))
            continue
        if to is not None and ((w == "requires" and not coordinated) or words[to] == "that" or any(
                x in PEOPLE_NOUNS or x in AGENT_NOUNS for x in words[nxt:to])):
            out.append(Match(i, to + 1, " ".join(words[i:to + 1]), 3))
    return out


# Verbs by which one who sets rules binds others as 'must' does: 'requires', and, told to people ('directs
# customers to', 'expects organizations to'; not 'expects inflation to ease', a forecast), 'directs', 'instructs',
# 'expects', 'obliges', 'compels', 'orders', 'commands', 'calls on'; some also bind by a clause ('demands that users
# take …').
_BANNING = frozenset({"forbids", "prohibits", "bans", "disallows"})  # a rule against ('The policy forbids X')
_RULE_VERBS = frozenset({"requires", "directs", "instructs", "expects", "obliges", "compels", "demands", "mandates",
                         "stipulates", "orders", "commands", "enjoins", "prescribes", "tasks", "charges",
                         "presses"}) | _BANNING
_CALLING = frozenset({"calls", "call"})  # 'calls on users to', 'call upon agencies to'; before 'on' or 'upon'
_RULE_THAT_VERBS = frozenset({"requires", "directs", "demands", "mandates", "stipulates"})
# binding by naming what is required or forbidden ('GDS mandates LTS releases', 'The Foundation forbids upgrading')
_RULE_THING_VERBS = frozenset({"mandates", "prescribes"}) | _BANNING
# 'tasks users with taking …', 'charges users with …': what is required follows 'with' (told to people)
_TASKING = frozenset({"tasks", "charges"})


# A table cell that holds only a requirement level ('**MITM resistance** | Required | Required |', '| Not required |',
# '| Recommended |'): a row of a requirements table prescribes at the strongest level its cells state.
_CELL_LEVELS = {"required": 3, "mandatory": 3, "recommended": 2, "optional": 1, "permitted": 1, "allowed": 1}


def _cell_levels(s: Sentence) -> list[Match]:
    words, out = s.words, []
    for i, w in enumerate(words):
        value = _CELL_LEVELS.get(w)
        if value is None:
            continue
        start = i - 1 if i > 0 and words[i - 1] == "not" else i
        opens = "|" in s.gaps[start]
        closes = i + 1 >= len(words) or "|" in s.gaps[i + 1]
        if opens and closes:
            out.append(Match(start, i + 1, " ".join(words[start:i + 1]), 1 if start < i else value))
    return out


_HOLDING = frozenset({"holds", "hold", "held"})  # 'holds users responsible for …'
_MAKING = frozenset({"make", "makes", "made", "making"})
_RULE_NOUNS = frozenset({"condition", "requirement", "rule", "precondition", "prerequisite", "obligation"})
_RULE_NOUN_REACH = 3  # words from 'makes it' to the rule noun ('makes it a firm condition that')


def _made_a_rule(s: Sentence, i: int) -> Match | None:
    """'CISA makes it a condition that operators patch', 'makes it a firm requirement for vendors to': one who can
    make rules turns what follows into one, as 'requires' does (a noun with no article, 'makes it condition-free',
    is no rule)."""
    if s.words[i + 1:i + 2] != ("it",):
        return None
    return _a_rule_from(s, i, i + 2)


def _stated_a_rule(s: Sentence, i: int) -> Match | None:
    """'it is a firm requirement that you:', 'It remains a condition for vendors to …': the writer states a rule
    through an empty 'it', as 'makes it a condition that' does (_made_a_rule)."""
    words = s.words
    if words[i + 1:i + 2] not in (("is",), ("was",), ("remains",)):
        return None
    if i > 0 and (words[i - 1] in _MAKING or words[i - 1] in _WH):  # ('makes it a …' is _made_a_rule's; 'whether')
        return None
    return _a_rule_from(s, i, i + 2)


def _a_rule_from(s: Sentence, lo: int, article: int) -> Match | None:
    """The duty from word `lo` to a rule noun and its 'that' or 'for', the noun's article at `article` and the noun
    within _RULE_NOUN_REACH words of it ('a firm condition that'); None for any other words."""
    words = s.words
    if words[article:article + 1] not in (("a",), ("an",)):
        return None
    for k in range(article + 1, min(len(words) - 1, article + 1 + _RULE_NOUN_REACH)):
        if words[k] in _RULE_NOUNS:
            return _must(s, lo, k + 1) if words[k + 1] in ("that", "for") else None
    return None


def _people_or_agents(w: str) -> bool:
    """A group of people or agents the lexicon lists, or one the plural's form names ('bidders', 'custodians')."""
    return w in PEOPLE_NOUNS or w in AGENT_NOUNS or agent_noun(w)


@lru_cache(maxsize=8192)  # asked of a sentence by the prescriptions and again by the likelihood markers
def duties(s: Sentence) -> tuple[Match, ...]:
    """'Employers are required to provide training', 'you will be obliged to register', 'are firmly directed to',
    'are under orders to', 'binding on organizations to', 'makes it a condition that users register', 'the teams'
    responsibility to', 'the issues need fixing': someone who can act is bound to do it, or it must be done, as strong
    as 'must'. Said of a thing ('a key is required to decrypt') it names a means, and prescribes nothing; 'are not
    required to' is the table's (latitude). Each shape is read from the word that marks it (_DUTY_SHAPES)."""
    out = []
    for i, w in enumerate(s.words):
        shape = _DUTY_SHAPES.get(w)
        if shape is not None and (duty := shape(s, i)) is not None:
            out.append(duty)
    return tuple(out)


def _must(s: Sentence, lo: int, hi: int) -> Match:
    """Words [lo, hi) as a duty, as strong as 'must'."""
    return Match(lo, hi, " ".join(s.words[lo:hi]), 3)


def _responsible_for(s: Sentence, i: int) -> Match | None:
    """'Operators are responsible for patching their devices', 'CISA holds users responsible for taking defensive
    measures': a duty put on someone who can act ('The bug is responsible for the crash' names a cause)."""
    words = s.words
    if words[i + 1:i + 2] != ("for",) or not words[i + 2:i + 3] or not words[i + 2].endswith("ing"):
        return None
    if i > 0 and words[i - 1] in BE_FORMS and _bound_one(s, i - 1):
        return _must(s, i - 1, i + 2)
    if i > 1 and words[i - 2] in _HOLDING and _people_or_agents(words[i - 1]):
        return _must(s, i - 2, i + 2)  # (the duty put on them by one who can)
    return None


def _responsibility_to(s: Sentence, i: int) -> Match | None:
    """'It is the individual teams' responsibility to grant …', 'It will be your responsibility to …': a duty one
    owns."""
    words = s.words
    if words[i + 1:i + 2] != ("to",) or i == 0:
        return None
    owned = s.raw_tokens[i - 1].endswith(("'s", "\u2019s")) or s.gaps[i].startswith(("'", "\u2019")) or (
        words[i - 1] in POSSESSIVES)
    return _must(s, i - 1, i + 2) if owned else None


def _are_to(s: Sentence, i: int) -> Match | None:
    """'Organizations are to implement …', 'The operator is to report …': one who can act is told what to do, as
    binding as 'must' ('The aim is to …', 'The meeting is to take place' say what a thing is for or will be)."""
    words = s.words
    b = i - 1
    if b < 1 or words[b] not in ("is", "are") or i + 1 >= len(words) or (
            not words[i + 1].isalpha() or words[i + 1] in FUNCTION_WORDS):
        return None
    # (the people themselves right before it, not a name, which may be a product's ('The only way into Travis CI is
    # to use GitHub'), nor people a preposition governs ('The purpose of these authorities is to …'))
    who = words[b - 1]
    people = who == "you" or (who not in PRONOUNS and (_people_or_agents(who) or (
        b > 1 and words[b - 2] in _ONE_OF and _people_or_agents(f"{who}s"))))
    if not people or not _bound_one(s, b) or any(w in _PREPOSITIONS or w == "to" for w in words[max(0, b - 4):b - 1]):
        return None
    # (not in a clause of description, 'an assessment of how exposed banks are to wholesale funding', unless a verb
    # of decree opens it)
    if any(words[j] in _SUBORDINATE and not (words[j] == "that" and _decreed(words, j))
           for j in range(_clause_start(s, b), b)):
        return None
    return _must(s, b, i + 2)



def _need_doing(s: Sentence, i: int) -> Match | None:
    """'The issues on it still need fixing': it must be done, as 'need to be fixed' says (not 'the need', 'our
    needs')."""
    words = s.words
    if i == 0 or i + 1 >= len(words) or not words[i + 1].endswith("ing") or len(words[i + 1]) <= 5 or (
            words[i - 1] in NOUN_DETERMINERS or words[i - 1] in POSSESSIVES):
        return None
    return _must(s, i, i + 2)


def _bound_to(s: Sentence, i: int) -> Match | None:
    """'Employers are required to provide training', 'are firmly directed to', 'CISA considers users strictly bound to
    take …' (the people judged bound, by one who can bind them); 'bound to' only after a word of how firmly."""
    words = s.words
    if i == 0 or words[i + 1:i + 2] != ("to",) or (words[i] == "bound" and words[i - 1] not in _BINDING_MANNER):
        return None
    b = i - 1
    if (words[b] in _BETWEEN or words[b] in _BINDING_MANNER) and b > 0:
        b -= 1
    if b > 0 and words[b - 1] in _JUDGING and _people_or_agents(words[b]):
        return _must(s, b, i + 2)
    if words[b] not in BE_FORMS or (b > 0 and words[b - 1] == "not") or not _bound_one(s, b):
        return None
    return _must(s, b, i + 2)


def _under_duty(s: Sentence, i: int) -> Match | None:
    """'You are under orders to reimage …', 'Staff are under a standing instruction to …': a duty someone who can act
    is under, as binding as 'must'."""
    words = s.words
    b = i - 1
    if b < 1 or words[b] not in BE_FORMS or words[b - 1] == "not" or not _bound_one(s, b):
        return None
    for k in range(i + 1, min(len(words) - 1, i + 1 + ORDERS_REACH)):
        if words[k] in _ORDERS:
            return _must(s, b, k + 2) if words[k + 1] == "to" else None
    return None


_ON = frozenset({("on",), ("upon",)})


def _binding_on(s: Sentence, i: int) -> Match | None:
    """'CISA regards it as binding on organizations to implement …', 'It is binding on all operators to …': the
    people it binds, then what they must do."""
    words = s.words
    if i == 0 or (words[i - 1] != "as" and words[i - 1] not in BE_FORMS) or words[i + 1:i + 2] not in _ON:
        return None
    for k in range(i + 2, min(len(words) - 1, i + 2 + REQUIRED_OBJECT_WORDS)):
        if words[k] == "to":
            return _must(s, i, k + 1) if any(_people_or_agents(x) for x in words[i + 2:k]) else None
    return None


# The word that marks each shape of duty, and the function that reads it there.
_DUTY_SHAPES: dict[str, Callable[[Sentence, int], Match | None]] = {
    **dict.fromkeys(_MAKING, _made_a_rule), "responsible": _responsible_for, "responsibility": _responsibility_to,
    "duty": _responsibility_to, "to": _are_to, "need": _need_doing, "needs": _need_doing, "under": _under_duty,
    "binding": _binding_on, "it": _stated_a_rule,
    **dict.fromkeys(_BOUND | {"bound"}, _bound_to)}


# Words that make the clause they open a condition or a description, not a rule ('when remote access is required',
# 'transactions for which authentication is required', 'even if no proofing is required').
_CONDITIONALS = frozenset({"when", "if", "whenever", "where", "once", "unless", "until", "as"})
_SUBORDINATE = _CONDITIONALS | {"wherever", "which", "that", "who", "whom", "because", "since", "whether", "why", "how",
                                "what", "while"}


def _required_of(s: Sentence) -> list[Match]:
    """'At IAL3, in-person proofing is required.', 'Masks are required on public transport.': a thing stated as
    required, in the present and in a main clause, is a rule as strong as 'must'. Not 'will be required' (an
    estimate of what will be needed: 'higher interest rates will be required'), not 'no X is required' (a rule
    denied) or 'only one factor is required' (at most one: latitude), not inside a clause of condition or
    description, and not 'required to' (duties reads who is bound)."""
    words, out = s.words, []
    for i, w in enumerate(words):
        if w != "required" or i < 2 or words[i + 1:i + 2] == ("to",):
            continue
        b = i - 1 if words[i - 1] not in _BETWEEN else i - 2
        if words[b] not in ("is", "are") or (b > 0 and words[b - 1] == "not"):
            continue
        if _subordinate(s, b) or any(x in ("no", "none", "only") for x in words[_clause_start(s, b):b]):
            continue
        out.append(Match(b, i + 1, " ".join(words[b:i + 1]), 3))
    return out


def _clause_start(s: Sentence, at: int) -> int:
    """Where the clause holding word `at` starts: after the last comma, semicolon, colon or bracket before it."""
    return next((k for k in range(at, 0, -1) if any(ch in s.gaps[k] for ch in _CLAUSE_STOP)), 0)


def _subordinate(s: Sentence, at: int) -> bool:
    """Word `at` stands in a clause of condition or description ('when remote access is needed')."""
    return any(x in _SUBORDINATE for x in s.words[_clause_start(s, at):at])


_AUXILIARIES = frozenset({"will", "would", "may", "might", "can", "could", "shall", "should", "must", "also", "then",
                          "still", "now", "have", "has", "had", "not"})


def _people_qualified(s: Sentence, k: int) -> bool:
    """The sentence opens on a group of people that a phrase qualifies, and that phrase runs to word k ('Users with the
    crate in their dependency tree are required to …', 'Operators in affected plants are …'): the people are the
    subject, whatever noun ends the phrase. (The phrase opens on one of _QUALIFYING, the words imperative_head reads
    after people addressed, defined further down.)"""
    j = 1 if s.words[:1] in (("all",), ("the",), ("any",)) else 0
    people = s.words[j] in PEOPLE_NOUNS or s.words[j] in AGENT_NOUNS
    return k > j + 1 and people and s.words[j + 1] in _QUALIFYING and (
        not any(any(ch in s.gaps[x] for ch in _CLAUSE_STOP) for x in range(j + 1, k + 1)))


_ONE_OF = frozenset({"the", "a", "an", "each", "every", "any"})


def _bound_one(s: Sentence, b: int) -> bool:
    """The subject right before the verb 'be' at b (past auxiliaries: 'you will be') is someone who can act: an
    agent or a group of people ('employers', 'members of staff'), 'you', or a name — not what a clause is about
    ('whatever quantity is required to achieve …')."""
    k = b - 1
    while k >= 0 and s.words[k] in _AUXILIARIES:
        k -= 1
    if k < 0 or any(ch in s.gaps[k + 1] for ch in _CLAUSE_STOP):
        return False
    if s.words[k] == "and" and k > 1:
        # A second predicate of the sentence's subject ('Users of 0.2 have no patch and are required to upgrade'):
        # who is bound is who opens the sentence, before its first verb: the word before that verb, or the
        # people the sentence opens on ('Users of 0.2', 'The operators of affected plants').
        first = next((j for j in range(1, k) if s.words[j] in AUXILIARY_VERBS), None)
        if first is None or any(any(ch in s.gaps[x] for ch in _CLAUSE_STOP) for x in range(1, k + 1)):
            return False
        head = 1 if s.words[0] in _ONE_OF else 0
        if head < first and _people_or_agents(s.words[head]):
            return True
        k = first - 1
        while k >= 0 and s.words[k] in _AUXILIARIES:
            k -= 1
        if k < 0:
            return False
    w = s.words[k]
    # (one of a group of people, after a determiner: 'the user is required to', 'each applicant is obliged to'; or
    # one who acts by the form of the noun, 'the verifier is required to', 'each subscriber is obliged to')
    one = k > 0 and s.words[k - 1] in _ONE_OF and _people_or_agents(f"{w}s")
    # (a plural of agent by its form, 'verifiers are duty-bound to': one bound to act is read as someone who can)
    if not (_people_or_agents(w) or w == "you" or one or (
            k > 0 and s.raw_tokens[k][:1].isupper() and w not in NAME_STOPWORDS)) and not _people_qualified(s, k):
        return False
    # Told of others, not prescribed: 'Members noted that European banks would be required to …', 'the capital that
    # these institutions would be required to hold' (a clause that 'that' opens) tell of a rule on someone else.
    # A 'that' after a verb of decree opens the rule itself ('CISA lays it down that organizations are to …').
    return not any(s.words[j] in ("that", "which", "who") and not _decreed(s.words, j)
                   for j in range(max(0, k - REPORT_REACH), k))


def _decreed(words: Sequence[str], j: int) -> bool:
    """The 'that' at j follows a verb that lays down a rule ('insists that', 'stipulates that', 'lays it down that')."""
    before = words[max(0, j - 3):j]
    return bool(before) and (before[-1] in _DECREEING or (len(before) == 3 and before[0] in _LAYING and
                                                          tuple(before[1:]) == ("it", "down")))


# (not a word that is also a noun a relative 'that' may follow: 'the rules that users are required to follow')
_DECREEING = frozenset({"insists", "insist", "insisted", "stipulates", "stipulate", "stipulated", "ordains", "directs",
                        "mandates"})
_LAYING = frozenset({"lays", "lay", "laid"})
REPORT_REACH = 4  # words between 'that' and the subject of the clause it opens ('that systemically important banks')


# Verbs that judge a course necessary through an empty 'it' and a clause of what must be ('the Board judged it
# essential that the stance be maintained', 'we consider it vital that …'): as 'it is essential that'. ('We found
# it essential to include these results' reports what was done.)
_JUDGING = frozenset({"judged", "judges", "judge", "considered", "considers", "consider", "deemed", "deems", "deem",
                      "regarded", "regards"})


def _necessity(s: Sentence) -> list[Match]:
    words, out = s.words, []
    for i, w in enumerate(words):
        if w == "it" and i > 0 and words[i - 1] in _JUDGING and "that" in words[i + 2:i + 3]:
            pass  # ('it judged it essential that …')
        elif w not in ("is", "are", "was", "were", "be", "it's"):  # ("It's especially important to ensure …")
            continue
        k = i + 1
        while k < len(words) and words[k] in _BETWEEN:
            k += 1
        if k + 1 < len(words) and words[k] in NECESSITY and words[k + 1] in ("to", "that") and (
                k + 2 >= len(words) or words[k + 2] not in _NOTICE) and (i == 0 or words[i - 1] not in _RELATIVE):
            out.append(Match(i, k + 2, " ".join(words[i:k + 2]), NECESSITY[words[k]]))
    return out


# 'It's sensible to keep logs for a year', 'It may be helpful to set a format', 'it would also be helpful if the
# community …': the writer's verdict on a course of action, put through an empty 'it', is advice — weak when the
# course is only of use, as strong as 'should' when it is the wise one. Said of a thing ('the tool is useful to
# attackers') it judges the thing, and prescribes nothing.
_ADVISING = {"useful": 1, "helpful": 1, "beneficial": 1, "desirable": 1, "worthwhile": 1, "sensible": 2, "wise": 2,
             "advisable": 2, "prudent": 2, "best": 1, "preferable": 1, "better": 1,  # (best, preferable, better: one
             # course among others: 'it may be better to test more often')
             # latitude granted through the empty 'it' ('It is permissible to prompt the user', 'it's fine to iterate'),
             # as 'may' grants it
             "permissible": 1, "acceptable": 1, "permitted": 1, "allowed": 1, "fine": 1, "ok": 1, "okay": 1}
_TO_ADVICE = frozenset({"may", "might", "can", "could", "would", "will", "should", "be", "is", "also", "then",
                        "therefore", "still", "very", "really", "particularly", "especially", "more", "most",
                        "equally"}) | _OFTEN


def _expletive_advice(s: Sentence) -> list[Match]:
    words, out = s.words, []
    for i, w in enumerate(words):
        if w not in ("it", "it's"):
            continue
        k = i + 1
        while k < len(words) and words[k] in _TO_ADVICE:
            k += 1
        if w == "it" and not any(words[j] in ("is", "be") for j in range(i + 1, k)):
            continue  # ('it helpful to' is no clause)
        if i and (words[i - 1] in _ESTIMATING or LIKELIHOOD.find(words, max(0, i - ESTIMATE_REACH), i)):
            continue  # ('there is little chance it is ok to use as-is': the verdict estimated, not given)
        if k + 1 < len(words) and words[k] in _ADVISING and words[k + 1] in ("to", "if") and (
                k + 2 >= len(words) or words[k + 2] not in _NOTICE):
            out.append(Match(i, k + 2, " ".join(words[i:k + 2]), _ADVISING[words[k]]))
    return out


# Words right before the 'it' by which the verdict is weighed rather than given ('whether it is wise to', 'little
# chance that it is fine to'), with a likelihood phrase ending up to ESTIMATE_REACH words before it.
_ESTIMATING = frozenset({"whether", "chance", "chances", "odds", "possibility", "probability", "likelihood", "doubt"})
ESTIMATE_REACH = 3


# 'doing what is necessary to ensure ...': a free relative names a thing; it prescribes nothing itself.
_RELATIVE = frozenset({"what", "whatever"})
# 'It is important to note that ...': the writer points at what follows; nothing is prescribed.
_NOTICE = frozenset({"note", "remember", "recognise", "recognize", "emphasise", "emphasize", "mention", "stress"})


def _pointing_at_fact(s: Sentence, m: Match) -> bool:
    """'You should be aware that ELK is not appropriate for long-term storage', 'you must remember that X', 'you should
    note that X': the modal points the reader at a fact, which the sentence states; it asks no action, as 'Note
    that X' does not."""
    words = s.words
    k = m.end
    while k < len(words) and words[k] in ("also", "still", "always", "be"):
        k += 1
    return k + 1 < len(words) and words[k] in _KNOWING and words[k + 1] == "that"


_KNOWING = _NOTICE | frozenset({"aware", "know", "understand", "realise", "realize", "notice", "appreciate"})


# 'Use a logging tool when you need to send notifications': a need inside a condition says when, not what to do.
def _conditional_need(s: Sentence, m: Match) -> bool:
    """'if you need to', 'when remote access is needed', 'what would need to be true': a need that is the
    condition or what a question asks about, not what is asked of anyone."""
    if m.phrase in ("is needed", "are needed"):
        return _subordinate(s, m.start)
    if "need" in m.phrase and m.start > 0 and s.words[m.start - 1] in _ASKING:
        return True
    # ('if you need to'; 'If your environment is regulated and you need to prove …, you should', 'When the
    # subscriber needs to authenticate …, he or she becomes', '… a claimant when he or she needs to authenticate':
    # a need inside a condition set before the main clause or after it; 'When deploying you need to check the
    # logs.' asks)
    return m.phrase.split()[0] in ("need", "needs", "have", "has") and m.start >= 2 and (
        s.words[m.start - 2] in _CONDITIONALS or _condition_clause(s, m.start))


_ASKING = frozenset({"what", "which", "whether", "who", "whom"})  # 'what would need to be true', 'what needs doing'


def _asked_of_adversary(s: Sentence, m: Match) -> bool:
    """'To exploit this, an attacker would need to gain physical access', 'attackers must first obtain a token': what
    an attack requires of the one who attacks, a precondition of the threat, not advice to anyone."""
    for k in range(m.start - 1, -1, -1):
        if s.words[k] in ADVERSARY_NOUNS:
            return True
        if any(ch in s.gaps[k + 1] for ch in _CLAUSE_STOP) or s.words[k] in _CLAUSE_OPENERS:
            return False
    return False


# A verb of meaning denied ('This does not mean that services must be access-controlled', 'The AAL selection does
# not mean the provider will need to issue authenticators'): what follows is what is not implied, not what is asked.
_MEANING = frozenset({"mean", "means", "imply", "implies"})


def _meaning_denied(s: Sentence, m: Match) -> bool:
    return any(s.words[k] in _MEANING and k > 0 and s.words[k - 1] in ("not", "never") for k in range(m.start))


# 'the need to improve the screens', 'were conscious of the need to balance …': the noun after a determiner names a
# need; it asks nothing of anyone ('there is a need' is listed on its own).


def _named_need(s: Sentence, m: Match) -> bool:
    return m.start > 0 and s.words[m.start - 1] in NOUN_DETERMINERS and m.phrase.split()[0] in ("need", "needs")


# What 'recommended' names when it stands before them ('recommended practices', 'recommended cybersecurity
# strategies'): a body of advice, referred to, not advice given by the sentence.
_PRACTICES = frozenset({"practice", "practices", "strategies", "strategy", "measures", "settings", "steps", "actions",
                        "procedures", "guidelines", "configuration", "configurations", "reading", "resources"})


def _named_practice(s: Sentence, m: Match) -> bool:
    """'recommended' as the name of a body of advice ('control systems security recommended practices on the ICS
    webpage', 'implement recommended cybersecurity strategies'): the word, or one more, then a noun of practice."""
    return m.phrase == "recommended" and any(w in _PRACTICES for w in s.words[m.end:m.end + 2])


_ADVICE_NOUN_OWNERS = frozenset({"our", "my"})
_WILLS = frozenset({"will", "would", "'ll", "shall"})
_CAUSING = frozenset({"encourage", "encourages"})
_THING_SUBJECTS = frozenset({"this", "it", "which", "that"})
_WANTING = frozenset({"like", "want", "wish", "wants", "wishes"})  # 'we would like to encourage everyone to …'
ASIDE_WORDS = 6  # words of a clause set off by commas between a modal and its verb ('may, if convenient, …')


def _told_of(s: Sentence, m: Match) -> bool:
    """Advice a sentence tells of rather than gives:
    - the noun 'recommendation' named ('this recommendation does accept that …', 'in discussing the
      recommendation'), unless it is the writer's ('our recommendation') or what it says follows ('the
      recommendation to the Board was for …', 'Recommendation: …');
    - 'consider' in a future or a conditional ('the Board will consider whether …', 'it would not consider
      removing …'): what someone means to weigh, not what a reader is asked to;
    - 'encourage(s)' said of a thing ('This encourages your team to build …', 'measures designed to encourage
      inflows'): an effect, where 'CISA encourages organisations …', 'we would like to encourage …' or an opening
      'Encourage …' advises;
    - 'have to' inside a clause of condition or description ('the standards that we have to follow', 'builds
      that have to pass', 'which indicates the condition has to be true');
    - a participle of advice that refers to advice given elsewhere ('requirements beyond those recommended here',
      'longer than recommended').
    """
    w = s.words
    if m.phrase == "recommendation":
        if m.start > 0 and w[m.start - 1] in _ADVICE_NOUN_OWNERS:
            return False
        if ":" in (s.gaps[m.end] if m.end < len(w) else s.text[-2:]):
            return False
        # what it says follows its verb: 'the recommendation (to the Board) was for / is to / was that …'
        for k in range(m.end, min(len(w) - 1, m.end + _NOUN_PHRASE_REACH + 2)):
            if w[k] in BE_FORMS and w[k + 1] in ("to", "that", "for"):
                return False
            if any(ch in s.gaps[k] for ch in _CLAUSE_STOP):
                break
        return True
    if m.phrase in ("consider", "considers"):
        k = m.start - 1
        if k >= 0 and w[k] == "not":
            k -= 1
        return k >= 0 and w[k] in _WILLS
    if m.phrase in _CAUSING:
        k = m.start - 1
        while k >= 0 and w[k] in _STILL:
            k -= 1
        if k >= 0 and w[k] == "and":  # 'This reduces … and encourages …': the clause's own subject
            k = _clause_start(s, k)
        return k >= 0 and (w[k] in _THING_SUBJECTS or (w[k] == "to" and (k == 0 or w[k - 1] not in _WANTING)))
    if m.phrase in ("have to", "has to"):
        return _subordinate(s, m.start)
    return m.phrase in _ADVISED and m.start > 0 and w[m.start - 1] in _REFERRING


# Participles of advice, and what makes one refer to advice given elsewhere rather than give it: 'requirements
# beyond those recommended here', 'longer than recommended', 'the ones advised in Section 5'.
_ADVISED = frozenset({"recommended", "advised", "suggested", "prescribed"})
_REFERRING = frozenset({"those", "than", "ones"})


def _discourse(s: Sentence, m: Match) -> bool:
    """'It is important to note that …', 'it is useful to remember that …': the writer points at what follows."""
    after = s.words[m.end:m.end + 2]
    return not _FRAMING_WORTH.isdisjoint(m.phrase.split()) and bool(after) and (
        after[0] in _NOTICE or (after[0] == "to" and len(after) > 1 and after[1] in _NOTICE))


_FRAMING_WORTH = frozenset({"important", "useful", "helpful", "worth"})


@lru_cache(maxsize=8192)  # asked of most sentences more than once (by the detectors, the items, the restatements)
def prescription(s: Sentence) -> Prescription:
    """The strongest prescription a sentence makes."""
    level_marks = ADVISORY_LEVELS.find(s.words)
    level = max((m.value for m in level_marks), default=0)
    marks = [m for m in _prescriptive(s) if not any(lv.start <= m.start < lv.end for lv in level_marks)]
    strength = max((m.value for m in marks), default=0)
    terms = [m.phrase for m in level_marks] + [m.phrase for m in marks]
    if strength < 2 and not level and not log_entry(s) and not about_document(s):
        head = imperative_head(s)
        # (an instruction that opens on its verb and goes on with a weaker word, 'Therefore, strive to consider
        # authenticators …', is the instruction: as firm as 'should')
        if head is not None and (not strength or all(m.start > head for m in marks)):
            force = 3 if s.words[head:head + 2] == ("do", "not") else _HEAD_FORCE.get(s.words[head], 2)
            return Prescription(level, max(force, strength), (*terms, s.words[head]), head)
    return Prescription(level, strength, tuple(terms))


# An instruction whose verb is itself a demand ('Require the G Suite sign-on for all staff', 'Mandate two-factor
# sign-in', 'The only workaround is to avoid …') presses as hard as 'must', as 'Avoid …' opening a sentence does; any
# other instruction as 'should' ('Prefer G Suite …', 'Use G Suite …', '… is to limit use of …'). A prohibition ('Do
# not use …', 'Never …') presses as 'Avoid …' does.
_HEAD_FORCE = {"require": 3, "mandate": 3, "insist": 3, "prohibit": 3, "forbid": 3, "ban": 3, "avoid": 3, "never": 3}


def advice_label(s: Sentence) -> int | None:
    """The advice noun of the label that opens the sentence ('Remediation (vendor fix): C80: version BG or later',
    'Workaround: disable the service'): what follows the colon is advice whatever its words. None without one.
    Read only in a sentence added or dropped: a label dropped from a kept sentence is layout, not advice withdrawn."""
    end = label_end(s)
    if end is None or _advice_denied(s.words[end:]) or _advice_denied(s.words[_last_label_end(s, end):]):
        return None
    if _reports_an_act(s, end):
        return None
    return next((i for i in range(end) if s.words[i] in ADVICE_NOUNS), None)


# What a party named after a label did, will do or says ('Mitsubishi Electric has provided a fix …', '… released the
# fixed version', '… will release updates', '… reports that …'): the verb that follows the name
_REPORTING = frozenset({"has", "have", "had", "will", "plans", "planned", "intends", "reports", "reported", "says",
                        "said", "states", "stated", "announced", "confirmed", "notes", "noted"})
REPORTED_NAME_WORDS = 4  # words of a name before its verb ('Chirp Systems has …', 'ABB Ltd has')


def _reports_an_act(s: Sentence, end: int) -> bool:
    """After its label, the sentence reports what a named party did or will do ('Remediation (mitigation): Chirp
    Systems has been made aware of the vulnerability', '… Mitsubishi Electric released the fixed version of the
    product'): news about the advice, not advice. The name is capitalised and is no instruction ('Update the
    firmware …' is one), and may go on in lower case up to a function word ('Chirp systems has …'). The verb that
    follows it is an auxiliary of the perfect or future ('has to' obliges, and is not one), a verb of planning or
    saying, or a finite form in -ed before its object ('Purge exported backups' instructs). A lead-in ('… has
    provided a fix for the following products:') introduces the fixes, and stays advice."""
    raw, words = s.raw_tokens, s.words
    if end >= len(words) or not raw[end][:1].isupper() or words[end] in IMPERATIVE_VERBS or ends_in_colon(s):
        return False
    for k in range(end + 1, min(len(words), end + REPORTED_NAME_WORDS + 1)):
        w = words[k]
        if w in _REPORTING:
            return not (w in ("has", "have", "had") and k + 1 < len(words) and words[k + 1] == "to")
        if raw[k][:1].islower():
            object_next = k + 1 == len(words) or words[k + 1] in OBJECT_OPENERS
            if w.endswith("ed") and raw[k - 1][:1].isupper() and object_next:
                return True
            if w in FUNCTION_WORDS:  # ('Users of the affected products …'): no name before a verb
                return False
    return False


LINK_NAME_WORDS = 4  # words of the name a label's link may carry ('Belden Industrial Devices https://…')


def label_names_a_link(s: Sentence) -> bool:
    """After its label, the sentence is only a link and a few words naming whose it is ('Remediation (mitigation):
    Rockwell Automation https://…'): a pointer to advice published elsewhere (the link is no word: plain() drops
    it)."""
    end = label_end(s)
    return end is not None and ("://" in s.text or "www." in s.text) and 0 < len(s.words) - end <= LINK_NAME_WORDS


def _last_label_end(s: Sentence, end: int) -> int:
    """After a label inside the first one's text ('Remediation (vendor_fix): MELSEC Q Q04UDEHCPU: Not updatable'):
    the first word past the last colon of the label run, or `end`."""
    return next((k for k in range(min(len(s.words) - 1, end + LABEL_WORDS), end, -1) if ":" in s.gaps[k]), end)


_FIXES = frozenset({"fix", "fixes", "patch", "patches", "update", "updates", "version", "versions", "plans",
                    "remediation", "mitigation", "mitigations", "workaround", "workarounds", "solution", "solutions"})


def _advice_denied(after: tuple[str, ...]) -> bool:
    """What follows the label says there is no advice to follow ('MELSEC Q Q04UDEHCPU: Not updatable in any
    version', 'Customers … will be unable to update', 'No fix is planned'): a statement that a fix is missing, not
    a fix. A prohibition ('Do not expose the device', '…, and do not leave them in Program mode') is advice, and so
    is 'serial No. 23122 or later'."""
    if not after:
        return False
    if after[0] == "not" or "unable" in after or "cannot" in after:
        return True
    if any(a == "not" and b in _MISSING for a, b in pairwise(after)):
        return True
    return any(w == "no" and any(x in _FIXES for x in after[i + 1:i + 3]) for i, w in enumerate(after))


_MISSING = frozenset({"updatable", "possible", "available", "planned", "supported", "provided", "fixed", "feasible"})


def label_end(s: Sentence) -> int | None:
    """The index of the first word after the label that opens the sentence (LABEL_WORDS at most, then a colon:
    'Remediation (mitigation): Disable the service' → the index of 'disable'); None without one."""
    return next((k for k in range(1, min(len(s.words), LABEL_WORDS + 1)) if ":" in s.gaps[k]), None)


# A lead-in's last words that make its list one of examples ('…, for example:', '… such as:') or of the choices a
# reader picks from ('… to request delegation of your subdomain - choose:'): an item added or dropped is an example
# or an option on a menu, not a thing prescribed.
_EXAMPLES = (("for", "example"), ("for", "instance"), ("such", "as"), ("e", "g"), ("eg",), ("including",),
             ("choose",), ("select",))


def examples_lead_in(s: Sentence) -> bool:
    """A list's lead-in that ends by announcing examples ('Other services should be weighed before adopting, for
    example:', 'Use a tool such as:')."""
    return s.text.rstrip().endswith(":") and any(s.words[-len(e):] == e for e in _EXAMPLES)


def advising_lead_in(s: Sentence) -> bool:
    """A list's lead-in that introduces advice: it ends with a colon and prescribes ('you should:', 'Install the
    following versions or later:') or names advice ('Maintained alternatives include:'); not one that ends by
    announcing examples (examples_lead_in)."""
    if examples_lead_in(s):
        return False
    return s.text.rstrip().endswith((":", ";")) and (prescription(s).present or any(w in ADVICE_NOUNS for w in s.words))


LABEL_WORDS = 16  # words labels before a colon may have ('MELSEC iQ-R Series R08SFCPU Firmware: Update to 30')
OPENING_PHRASE_WORDS = 3  # words of a phrase before a comma after which an instruction may stand ('Either way,')
SHORT_LABEL_WORDS = 6  # ... before an instruction in lower case ('For SYS600 10.x: update to …')
# Words that open a clause before the instruction ('If the incident is not cyber-related, skip to step 9').
_OPENERS = frozenset({"if", "when", "where", "before", "after", "once", "unless", "whenever", "to", "for", "in",
                      "while", "because", "since", "although", "though", "as", "given", "until", "during", "with",
                      "should", "at", "on"})  # ('Should you need help, call …': a condition by inversion)
_LEAD_INS = frozenset({"please", "also", "then", "always", "first", "finally", "instead", "next", "now", "so", "and",
                       "otherwise", "alternatively", "additionally", "immediately", "just", "only", "therefore", "thus",
                       "hence", "consequently", "accordingly"})
# After the verb: a word that shows the head word is a noun ('Use of', 'Review is') or a subject's verb.
_NOT_IMPERATIVE_NEXT = frozenset(
    "of is are was were has have had will would can could may might should must shows show showed found finds "
    "results suggests suggest indicates indicate 's".split()
)
ADVICE_SUBJECT_WORDS = 12  # words from a remedy to the 'is to' of what it advises ('A workaround for … is to')
# A finite verb one or two words after the head word: the head word was a subject's ('Share prices have risen',
# 'Use cases are listed'), not an instruction's verb.
_FINITE_AFTER = frozenset("is are was were has have had will would can could may might shall should must".split())
_EXPLETIVES = frozenset("there it this that they we you everything all nothing".split())  # 'Ensure there is'


ADDRESS_WORDS = 3  # words a label naming whom it addresses may have ('Lenders:', 'Small business owners:')
ADDRESS_PHRASE_WORDS = 6  # the people and a phrase that places them ('Employers in the mining regions,')
_QUALIFYING = frozenset({"in", "at", "on", "with", "without", "from", "outside", "inside", "who", "whose"})


def _addressed(s: Sentence, k: int) -> bool:
    """Words [0, k) are a label naming the people addressed ('Borrowers: budget for …', 'Lenders: pass …', 'Weekend
    auction bidders, set …': a group the lexicon knows, or people by the form of the noun): what follows the colon may
    instruct though it starts in lower case."""
    w = s.words[k - 1]
    return k <= ADDRESS_WORDS and (w in PEOPLE_NOUNS or w == "you" or agent_noun(w))


VOCATIVE_WORDS = 9  # words that may describe whom a sentence addresses before its comma ('Borrowers with fixed …')


def _called(s: Sentence) -> int | None:
    """Where the instruction starts after a description of whom it addresses set off by a comma: the first word in
    capitals a plural noun ('Firms', 'Households', 'Borrowers'), no verb of its own in the description (a participle
    may describe: 'Firms sitting on idle cash', 'Borrowers with fixed loans'), and the word after the comma in lower
    case. None otherwise."""
    words, raw = s.words, s.raw_tokens
    if len(words) < 3 or not raw[0][:1].isupper() or not (words[0] in PEOPLE_NOUNS or (
            words[0].endswith("s") and not words[0].endswith("ss") and words[0].isalpha() and not verb_form(words[0]))):
        return None  # (not a verb's form: '- Provides guidelines on the selection, use, and management of …')
    for k in range(1, min(len(words), VOCATIVE_WORDS + 1)):
        if any(ch in s.gaps[k] for ch in ";:()"):
            return None
        if "," in s.gaps[k]:
            return k if raw[k][:1].islower() and words[k] not in FUNCTION_WORDS else None
        w = words[k]
        if w in _FINITE_AFTER or w in _STATING or w in MODALS or (
                verb_form(w) and (w.endswith("ed") or (irregular_form(w) and not w.endswith("ing"))) and (
                words[k - 1] not in FUNCTION_WORDS)):
            return None  # ('Firms raised prices, …' states; 'Borrowers with fixed loans, …' describes)
    return None


_STATING = frozenset({"is", "are", "was", "were", "has", "have", "had"})
_GOVERNING = (FINITE_NEXT - _STATING) | {"to", "cannot"}


def imperative_head(s: Sentence) -> int | None:
    """The index of the verb that opens an instruction: at the head of the sentence, after 'Please'/'Also', or
    after an opening clause ('If ..., skip to step 9'); None when the sentence does not instruct. A heading
    ('Use of Force') and a verb whose next word makes it a noun or a subject ('Review of', 'Test results show')
    do not count."""
    words = s.words
    if not words:
        return None
    # (A listed verb and an acronym closed by a full stop, 'Enable MFA.', is an instruction, not a heading.)
    headed = title_like(s) and not (words[0] in IMPERATIVE_VERBS and s.text.rstrip().endswith((".", "!")))
    starts = [] if not s.bulleted and headed and len(words) > 1 else [0]
    # After a label ('Remediation (mitigation): Contact the vendor', 'Firmware 2.1: Update to 2.2'): the
    # label is a name, what follows the colon may instruct.
    # ('For SYS600 10.x: update to at least version 10.4.1': a verb of the list in lower case after a label with no
    # verb of its own too; not after a clause, 'The Board decided upon the following policy settings: retain …')
    starts += [k for k in range(1, min(len(words), LABEL_WORDS + 1))
               if ":" in s.gaps[k] and (s.raw_tokens[k][:1].isupper() or _addressed(s, k) or (
                   words[k] in IMPERATIVE_VERBS and k <= SHORT_LABEL_WORDS and not has_clause_word(words, 0, k)))]
    # After a short phrase set off by a comma that opens on a function word or an adverb, has no verb and names no
    # one ('Either way, add your address', 'By default, pin the version', 'Ideally, rotate the keys'): where the
    # instruction stands, as after an opener. (Not a subject set off by an aside, 'Aggregate wages, though not
    # accelerating, have …', nor a clause that opens after the comma.)
    comma = next((k for k in range(1, min(len(words), OPENING_PHRASE_WORDS + 1)) if "," in s.gaps[k]), None)
    if comma is not None and (words[0] in FUNCTION_WORDS or words[0].endswith("ly")) and (
            words[comma] not in _OPENERS) and all(w.isalpha() and w not in FINITE_NEXT and w not in PRONOUNS and (
                w not in PEOPLE_NOUNS) for w in words[:comma]):
        starts.append(comma)
    # After the people addressed, named and set off by a comma ('Borrowers, build room into your budgets').
    starts += [k for k in range(1, min(len(words), ADDRESS_WORDS + 1)) if "," in s.gaps[k] and _addressed(s, k)]
    # After people named with where or who they are ('Borrowers in difficulty, contact your lender', 'Employers in
    # the mining regions, keep …'): the verb then known by the list or by its object, not by its shape alone.
    if len(words) > 2 and words[0] in PEOPLE_NOUNS and words[1] in _QUALIFYING:
        starts += [k for k in range(2, min(len(words), ADDRESS_PHRASE_WORDS + 1)) if "," in s.gaps[k]][:1]
    # Whom it addresses described at more length, a plural noun first ('Firms setting prices, pass on any relief',
    # 'Borrowers with fixed loans rolling off next year, put aside …', 'Employers and unions, keep …'): then a verb in
    # lower case that leans verb, known by WordNet if not by the list (called).
    called = _called(s)
    if called is not None:
        starts.append(called)
    # A clause after a semicolon ('X is no longer maintained; use Y instead'), or after ', so' ('Actions can be
    # powerful, so take care to follow best security practice').
    starts += [k for k in range(1, len(words)) if ";" in s.gaps[k] or (words[k] == "so" and (
        "," in s.gaps[k] or (k + 1 < len(words) and words[k + 1] in IMPERATIVE_VERBS)))]
    # A listed verb of instruction after a comma that closes the sentence's first clause, one stating a fact by a form
    # of 'be' or 'have' ('directories is unmaintained, use directories-next instead'): the same splice with a comma
    # for the semicolon. (Not a verb of a series a modal or 'to' governs: 'will lower X, reduce Y', 'can be
    # configured to raise PRs, email reports'.)
    starts += [k for k in range(2, len(words)) if "," in s.gaps[k] and words[k] in IMPERATIVE_VERBS and (
        not any(ch in g for g in s.gaps[1:k] for ch in ",;:") and not _STATING.isdisjoint(words[:k]) and (
            _GOVERNING.isdisjoint(words[:k])))]
    candidates = []
    # The candidates that their context shows to be instructions, whose verb is then known by its shape alone: after
    # a label naming whom it addresses ('Borrowers: budget for …'), or advice named as what to do now ('The only
    # workaround is to avoid …'; 'the workaround was to …' tells what was done).
    # (a remedy may be qualified before its 'is to', even set off by a comma: 'A possible workaround for crates
    # affected through chrono, is to avoid …'; not 'An alternative to using dots is to use …', what can be done instead)
    addressed = {j + 2 for j in range(1, len(words) - 2) if words[j] == "is" and words[j + 1] == "to" and (
        words[j - 1] in ADVICE_NOUNS or any(
            words[k] in REMEDY_STRENGTH and not any(set_off(s.gaps[x]) for x in range(k + 1, j))
            and _FINITE_AFTER.isdisjoint(words[k + 1:j]) for k in range(max(0, j - ADVICE_SUBJECT_WORDS), j - 1)))}
    candidates += sorted(addressed)
    managed: set[int] = set()  # candidates right after an adverb of manner
    for start in starts:
        i = start
        while i < len(words) and words[i] in _LEAD_INS:
            i += 1
        candidates.append(i)
        if start and _addressed(s, start):
            addressed.add(i)
        if i + 1 < len(words) and _manner_adverb(words[i]):
            candidates.append(i + 1)  # 'Periodically reassess the system', 'Carefully review each rule'
            if words[i] not in _LY_ADJECTIVES and not set_off(s.gaps[i + 1]):
                managed.add(i + 1)  # (not 'Early work by …', 'Similarly, demand for labour …')
        if words[start] in _OPENERS:
            comma = _next_comma(s, start)
            while comma is not None and comma < len(words) and words[comma] in _LEAD_INS:
                comma += 1  # 'To keep the dashboard right, please tag your repository'
            # Openers one after another ('For example, if running containers, make sure …'): the instruction
            # follows the last of them.
            for _ in range(OPENER_CHAIN):
                if comma is None or comma >= len(words) or words[comma] not in _OPENERS:
                    break
                comma = _next_comma(s, comma)
            if comma is not None:
                candidates.append(comma)
            elif words[start] in _PHRASE_OPENERS:
                # 'In these situations send email using …': a short phrase of when or where with no comma, then a
                # verb of instruction from the list (not 'In most cases users report …', whose phrase ends on people)
                k = start + 2 if start + 1 < len(words) and words[start + 1] in _PHRASE_DETERMINERS else -1
                while 0 < k < start + 4 and k < len(words) and words[k] not in IMPERATIVE_VERBS and (
                        words[k].isalpha() and words[k] not in FUNCTION_WORDS and words[k] not in PEOPLE_NOUNS):
                    k += 1
                if k > start + 2 and k < len(words) and words[k] in IMPERATIVE_VERBS:
                    candidates.append(k)
    for at in candidates:
        if at >= len(words):
            continue
        capital = s.raw_tokens[at][:1].isupper() or s.bulleted or at > 0
        # ('Pre-register the protocol', 'Re-run the scan': the verb after its prefix)
        k = at + 1 if words[at] in _VERB_PREFIXES and at + 1 < len(words) and s.gaps[at + 1] == "-" else at
        # After a label that names whom it addresses, or advice named, the next word is the instruction's verb by its
        # shape alone ('Lenders: tighten serviceability tests', 'The workaround is to pin the version').
        # (after an adverb of manner, a word that is most often a verb: 'Clearly communicate information on …')
        verb = words[k] in IMPERATIVE_VERBS or _verb_with_object(s, k) or (k in addressed and _verb_shaped(s, k)) or (
            (k == called or k in managed) and verb_leaning(words[k]) and _verb_shaped(s, k))
        if capital and verb:
            nxt = words[k + 1] if k + 1 < len(words) else ""
            subject = k + 2 < len(words) and words[k + 2] in _FINITE_AFTER and nxt not in _EXPLETIVES and (
                nxt not in _WH_OBJECTS)
            if nxt and nxt not in _NOT_IMPERATIVE_NEXT and ":" not in s.gaps[k + 1] and not subject and (
                    not s.raw_tokens[k].isupper()):
                return k
    return None


# Prefixes written apart from a verb by a hyphen ('pre-register', 're-run', 'co-sign', 'de-duplicate').
_VERB_PREFIXES = frozenset({"pre", "re", "co", "de", "un", "over", "under", "cross", "double", "triple"})

OPENER_WORDS = 25  # words an opening clause may have before the comma that closes it
_PHRASE_OPENERS = frozenset({"in", "for", "during", "after", "before", "on", "at"})
_PHRASE_DETERMINERS = frozenset({"the", "these", "this", "those", "that", "such", "some", "most", "all", "each",
                                 "every", "any", "both"})


def _next_comma(s: Sentence, start: int) -> int | None:
    """The index of the first word after a comma that follows word `start` (within OPENER_WORDS): where the clause
    an opener begins ends."""
    return next((k for k in range(start + 1, min(len(s.words), start + OPENER_WORDS)) if "," in s.gaps[k]), None)


# Words in '-ly' that are adjectives before a noun ('Early work by …', 'Weekly review meetings …'), not adverbs of
# manner.
_LY_ADJECTIVES = frozenset({"early", "only", "likely", "unlikely", "daily", "weekly", "monthly", "yearly", "quarterly",
                            "hourly", "nightly", "timely", "costly", "friendly", "elderly", "orderly", "deadly"})


def _manner_adverb(word: str) -> bool:
    """An adverb of manner or frequency that may open an instruction before its verb ('Periodically', 'Carefully'):
    a word in '-ly' that is not itself a verb of instruction ('Apply', 'Supply')."""
    return len(word) > 4 and word.endswith("ly") and word.isalpha() and word not in IMPERATIVE_VERBS


# 'Expect a flood of new models', 'Anticipate delays': a forecast put to the reader, not an instruction.
_FORECAST = frozenset({"expect", "anticipate", "foresee", "predict"})
_PARTICIPLES = frozenset({"given", "taken", "seen", "known", "shown", "written", "chosen", "done", "gone", "drawn"})


def _verb_with_object(s: Sentence, k: int) -> bool:
    """Word k opens an instruction by its shape: an open-class word that is not an adverb, a participle or a
    third-person verb ('-ly', '-ing', '-ed', '-s'), followed directly by what opens an object ('Name the type',
    'Publish every split', 'Triage each alert'), in a sentence that is not a question. No verb list is needed:
    in English only a verb stands at a sentence's head right before 'the' or 'your'. So too before a particle
    and its object ('Map out the components', 'Back up your keys'), before a clause that says what to find out
    ('Define what good looks like', 'Decide whether to …'), and joined to a second such verb before the object
    ('Observe and iterate your SLIs'). Verbs of expectation ('Expect long delays') forecast rather than
    instruct."""
    words, gaps = s.words, s.gaps
    if k + 1 >= len(words) or gaps[k + 1].strip():
        return False
    nxt = words[k + 1]
    if nxt in OBJECT_OPENERS:
        return _verb_shaped(s, k)
    # The shapes below only at the head of a sentence, in capitals: a list item in lower case ('- know how their
    # service is doing', '- kept up to date') goes on its lead-in's sentence, and instructs only as that does. The
    # head may be a lead-in word that opens the sentence in capitals ('Always state how many compounds …').
    if not s.raw_tokens[k][:1].isupper() and not (
            k > 0 and s.raw_tokens[0][:1].isupper() and all(w in _LEAD_INS for w in words[:k])):
        return False
    if nxt in _WH_OBJECTS or (nxt == "about" and s.words[k + 2:k + 3] and s.words[k + 2] in _WH_OBJECTS):
        return _verb_shaped(s, k)  # ('Define what good looks like', 'Think about how users interact with it')
    after = words[k + 2] if k + 2 < len(words) else ""
    if nxt in _WH_CHOICES and (after == "to" or (
            nxt == "which" and k + 3 < len(words) and words[k + 3] in _FINITE_AFTER | {"to"})):
        # ('Know when to stop', 'Decide which tool to use', 'State which layers were frozen'; not 'Research which
        # uses …', whose 'which' opens a clause about the word before it)
        return _verb_shaped(s, k)
    if (nxt == "such" and after != "as") or (nxt == "one" and after.isalpha() and not after.endswith("s")):
        # ('Benchmark such classifiers', 'Name one owner per service'; not 'Software such as …', or 'Chapter one
        # describes …', whose next word is a verb of its own)
        return bool(after) and after not in FUNCTION_WORDS and _verb_shaped(s, k)
    if nxt in _PARTICLES:
        after = words[k + 2] if k + 2 < len(words) else ""
        # ('Find out more about …' points at another text; 'Kept up to date' and 'Time off is …' do not instruct)
        return bool(after) and after not in _FINITE_AFTER and after not in _NOT_AFTER_PARTICLE and _verb_shaped(s, k)
    if nxt == "to" and verb_leaning(words[k]) and k + 2 < len(words) and not gaps[k + 2].strip() and (
            words[k + 2] in IMPERATIVE_VERBS or _verb_with_object(s, k + 2)):
        # ('Aim to schedule a follow-up test', 'Learn to read the logs': a verb that takes an instruction's verb after
        # 'to'; not 'Failure to apply the patch may …', whose head is a noun and whose clause has a verb of its own)
        rest = words[k + 3:next((x for x in range(k + 3, len(words)) if words[x] in _CLAUSE_ENDS), len(words))]
        return _verb_shaped(s, k) and _FINITE_AFTER.isdisjoint(rest)
    if nxt in ("and", "or") and k + 3 < len(words) and words[k + 3] in OBJECT_OPENERS and not gaps[k + 3].strip():
        second = k + 2
        return (words[second] in IMPERATIVE_VERBS or _verb_shaped(s, second)) and _verb_shaped(s, k)
    # (an unlisted verb before a name in capitals is most often a name of two words: 'Chirp Access improperly stores')
    named = s.raw_tokens[k + 1][:1].isupper() and not s.raw_tokens[k + 1].isupper()
    if named or not verb_leaning(words[k]):
        return False
    end = _open_run(s, k + 1)  # (the object's words, read once for the three tests)
    return _bare_object(s, k + 1, end) and _no_finite_verb(s, k + 1, end) and _verb_shaped(s, k)


# Words that end a sentence's main clause: what follows may have a verb of its own ('… while the test runs'). Not
# 'and'/'or', which join the nouns of a subject as often ('Demand in Asia and a focus on costs were …').
_CLAUSE_ENDS = RELATIVES | CONDITION_OPENERS | {"although", "because", "since", "though", "whereas", "while", "yet",
                                                "before", "after"}
# Adverbs between a subject and its verb ('Risk premiums also remain low'): a verb's form after one is still finite.
_MID_ADVERBS = frozenset({"also", "still", "now", "further", "then", "often", "usually", "generally", "always",
                          "never", "only", "already", "just", "again", "both", "all"})


def _no_finite_verb(s: Sentence, j: int, end: int) -> bool:
    """No verb of a subject follows word j in the main clause (up to a mark or a word that opens another clause): not
    an auxiliary ('Demand growth from the sector had been …'), nor a form of a verb right after an open-class word
    ('Rent increases remain low', 'Observe mapped out …', 'Observe users want to') — the run's last word in '-s'
    excepted, the object's head, a plural that may also be a verb's form ('Open IGSS dashboard files only from …').
    `end`: where the run of open-class words from j ends (_open_run)."""
    words, gaps = s.words, s.gaps
    head = end - 1
    for x in range(j, len(words)):
        if x > j and any(ch in gaps[x] for ch in ",;:()"):
            break
        w = words[x]
        if w in _CLAUSE_ENDS:
            break
        if w in _FINITE_AFTER or w in _STATING:
            return False
        if x == head and x == j and verb_form(w) and (w.endswith("ed") or irregular_form(w)):
            return False  # ('Observe mapped out the components': a name, then its verb in the past)
        if x not in (j, head if w.endswith("s") else -1) and verb_form(w) and words[x - 1].isalpha() and (
                words[x - 1] not in FUNCTION_WORDS or words[x - 1] in _MID_ADVERBS):
            return False
    return True


BARE_OBJECT_WORDS = 4  # words of a noun phrase with no determiner ('leftover session secrets', 'IGSS dashboard files')


def _bare_object(s: Sentence, j: int, end: int) -> bool:
    """Words from j are a noun phrase with no determiner, the object of the verb before them ('Freeze deployments to
    the test environment', 'Purge leftover session secrets', 'Split radiographs by patient'), not a subject's head
    and its verb ('Design documents describe the system', 'Use cases are listed'; _subject_run): a run of
    open-class words (to `end`, _open_run) that ends at a word of function other than a verb's, at a mark, or at the
    sentence's end."""
    words, gaps = s.words, s.gaps
    if end == j or (end - j == BARE_OBJECT_WORDS and end < len(words) and words[end] not in FUNCTION_WORDS):
        return False
    if end < len(words) and not gaps[end].strip() and (
            words[end] in _FINITE_AFTER or words[end] in _NOT_IMPERATIVE_NEXT):
        return False  # ('Train services were cancelled', 'Support staff have to …')
    if end < len(words) and (any(ch in gaps[end] for ch in "(:") or not (
            words[end] in FUNCTION_WORDS or words[end].endswith("ly"))):
        return False  # the phrase runs on into a name or a gloss ('File storage (EBS and S3)'): a title's words
    return not _subject_run(s, j, end)


def _open_run(s: Sentence, j: int) -> int:
    """Where the run of open-class words from j ends (BARE_OBJECT_WORDS at most, no mark between them)."""
    words, gaps = s.words, s.gaps
    end = j
    while end < len(words) and end - j < BARE_OBJECT_WORDS and words[end].isalpha() and (
            words[end] not in FUNCTION_WORDS) and (end == j or not gaps[end].strip() or gaps[end] == "-"):
        end += 1  # (a compound joined by a hyphen is one run: 'debug-level lines')
    if end - 1 > j and gaps[end - 1] == "-":
        end -= 1  # (but a run ends on its head, not on a compound's first half: 'authentication-confirming that …')
    return end


def _subject_run(s: Sentence, j: int, end: int) -> bool:
    """The open-class words from j hold a verb that takes an object or an adverb after it ('… prices rose sharply',
    '… documents describe the system', '… cases cover the whole API'): the word before j and the words up to that
    verb were its subject, not an instruction's verb and its object."""
    words = s.words
    for x in range(j + 1, min(end + 1, len(words))):
        after = words[x]
        if verb_form(words[x - 1]) and (after in OBJECT_OPENERS or after == "that" or (
                after.endswith("ly") and after not in FUNCTION_WORDS)):
            return True
    return False


# After an instruction's verb: a particle ('map out', 'back up', 'turn off'), or a word that opens what the reader is
# to find out ('define what …', 'decide whether …', 'consider how …').
_PARTICLES = frozenset({"out", "up", "down", "off", "away"})
_WH_OBJECTS = frozenset({"what", "whether", "how"})
_WH_CHOICES = frozenset({"which", "when", "where", "who"})  # what to choose: an object of an instruction before 'to'
_NOT_AFTER_PARTICLE = frozenset({"of", "to", "more", "about"})
OPENER_CHAIN = 2  # opening clauses, one after another, before an instruction's verb


# Verbs whose plain form ends in '-ed' as a participle's does ('Shred each device', 'Embed the key').
_BASE_IN_ED = frozenset({"shred", "embed", "imbed", "shed", "wed", "bed", "sled", "bobsled"})


def _verb_shaped(s: Sentence, k: int) -> bool:
    """Word k may be a verb in the imperative: an open-class word, not an adverb, participle, third-person verb
    or verb of expectation, in a sentence that is not a question."""
    w = s.words[k]
    if len(w) < 3 or not w.isalpha() or w in FUNCTION_WORDS or w in _PARTICIPLES or w in _FORECAST:
        return False
    if w.endswith("ly") or (w.endswith("ing") and not verb_leaning(w)) or (
            w.endswith("ed") and not w.endswith("eed") and w not in _BASE_IN_ED):
        return False  # (a participle; not a verb whose own base ends so, 'ring', 'bring')
    if w.endswith("s") and not w.endswith(("ss", "us")):
        return False
    return not s.text.rstrip().endswith("?")


def _local(s: Sentence, spans: list[tuple[int, int]]) -> list[Match]:
    """Prescriptive phrases of a sentence that overlap the changed words."""
    return [m for m in _prescriptive(s) if any(m.start < hi and m.end > lo for lo, hi in spans)]


def _changed_marks(d: PairDiff) -> tuple[list[Match], list[Match]]:
    """The prescriptive phrases of the old and of the new sentence that overlap the words the edit changed."""
    return _local(d.old, [(r.i1, r.i2) for r in d.regions]), _local(d.new, [(r.j1, r.j2) for r in d.regions])


RECAST_WORDS = 3  # words around an instruction's verb that may change while the instruction stays one
LATITUDE = _PERMISSIVE | {"optionally"}  # what allows rather than instructs


def _recast(d: PairDiff, a: Prescription, b: Prescription) -> bool:
    """An instruction reworded around its verb, the rest kept: 'Create alerts based on X' → 'Base your alerts on
    X', '* use Pingdom to monitor' → '* Pingdom to monitor' (under 'you should:'), 'Firmware: Update to 33 or
    later' → 'Firmware: 33 or later'. One side prescribes only by an imperative, the other not at all, and the
    only change is a few words at that verb."""
    if not ((a.head is not None and b.strength == 0 and not b.level) or
            (b.head is not None and a.strength == 0 and not a.level)):
        return False
    old_side = a.head is not None
    head = (a.head if old_side else b.head) or 0
    spans = [(r.i1, r.i2) if old_side else (r.j1, r.j2) for r in d.regions]
    small = all(r.i2 - r.i1 <= RECAST_WORDS and r.j2 - r.j1 <= RECAST_WORDS for r in d.regions)
    at_verb = any(lo <= head < max(hi, lo + 1) for lo, hi in spans)
    near = all(head - 1 <= lo and hi <= head + 2 * RECAST_WORDS for lo, hi in spans)
    return small and at_verb and near


def _latitude(d: PairDiff, a: Prescription, b: Prescription) -> Finding | None:
    """An instruction whose imperative became a modal of latitude, the rest kept ('Use X' → 'Teams may use X',
    'Gain …' → 'You can gain …'): softened into an allowance (down); the reverse, strengthened (up). Other
    rewordings around the verb are the same instruction (_recast)."""
    if not _recast(d, a, b):
        return None
    soft = LATITUDE & set(d.new_changed() if a.head is not None else d.old_changed())
    if not soft:
        return None
    direction: Direction = "down" if a.head is not None else "up"
    word = "softened into an allowance" if direction == "down" else "strengthened from an allowance"
    return Finding("recommendation", "medium", direction, a.terms, (*b.terms, *sorted(soft)),
                   f"instruction {word}: '{span(d.old, 0, 8)}' → '{span(d.new, 0, 8)}'")


def _grants_only(p: Prescription) -> bool:
    """Every prescribing phrase grants latitude ('can use', 'may use', 'are permitted to', 'have the option of')
    rather than advises."""
    return bool(p.terms) and p.head is None and all(
        t.split()[0] in _PERMISSIVE or not _GRANTING_WORDS.isdisjoint(t.split()) for t in p.terms)


# Words by which a phrase grants latitude ('are permitted to', 'it is permissible to', 'have the option of').
_GRANTING_WORDS = _GRANTED | {"permissible", "acceptable", "fine", "ok", "okay", "option", "optional", "optionally"}


def _granted_to_advised(d: PairDiff, a: Prescription, b: Prescription) -> Finding | None:
    """'You can use your personal account' → 'You are encouraged to use your personal account': at the same weakest
    strength, a thing allowed became a thing advised (up), or the reverse (down); both are 'weakest', but one only
    permits."""
    if not (a.present and b.present) or a.force != 1 or b.force != 1 or a.level or b.level:
        return None
    ga, gb = _grants_only(a), _grants_only(b)
    if ga == gb:
        return None
    direction: Direction = "up" if ga else "down"
    word = "now advised, not only allowed" if ga else "now only allowed, no longer advised"
    return Finding("recommendation", "medium", direction, a.terms, b.terms,
                   f"recommendation {word}: '{' / '.join(a.terms)}' → '{' / '.join(b.terms)}'")


# Words that make advice apply only in some cases ('in case your product is not updatable', 'within reason',
# 'where possible', 'only if'; a bare 'if' is too often a restated premise), and adverbs that press it harder
# ('strongly', 'always', 'immediately').
_CONDITIONS = frozenset({"unless", "otherwise"})
_CONDITION_PAIRS = frozenset({("in", "case"), ("within", "reason"), ("where", "possible"), ("when", "possible"),
                              ("if", "possible"), ("where", "feasible"), ("when", "feasible"), ("if", "feasible"),
                              ("where", "practical"), ("where", "practicable"), ("as", "appropriate"),
                              ("if", "appropriate"), ("where", "appropriate"), ("only", "when"), ("only", "where"),
                              ("only", "if"), ("where", "applicable"), ("if", "applicable"), ("as", "applicable"),
                              ("when", "applicable"), ("as", "needed"), ("if", "needed"), ("where", "needed"),
                              ("where", "necessary"), ("if", "necessary"), ("depending", "on")})
_LIMIT_WORDS = _CONDITIONS | {w for p in _CONDITION_PAIRS for w in p}
# Words and phrases of force or of time that advice asks with: pressing (+1: 'strongly', 'immediately', 'as soon as
# possible') or leaving it to the reader's time (-1: 'at your convenience', 'in due course').
_FORCES = PhraseTable({
    **dict.fromkeys(("strongly", "strictly", "always", "fully", "absolutely", "firmly", "urgently", "immediately",
                     "promptly", "rigorously", "continuously", "constantly", "as soon as possible",
                     "as soon as practicable", "without delay", "right away", "at the earliest opportunity"), 1),
    **dict.fromkeys(("at your convenience", "when convenient", "in due course", "at your leisure",
                     "at a convenient time"), -1)})


FORCE_WORDS = 3  # words of a change, at most, that an adverb of force added or dropped stands in ('must always')


def _limits(words: tuple[str, ...]) -> int:
    return sum(w in _CONDITIONS for w in words) + sum(p in _CONDITION_PAIRS for p in pairwise(words))


def _scoped(d: PairDiff, a: Prescription, b: Prescription) -> Finding | None:
    """The same prescription, its words kept, with a condition added or dropped around it ('Mitsubishi Electric
    recommends users take these measures' → 'In case your product is not updatable, Mitsubishi Electric
    recommends …', 'as lengthy as they want' → '…, within reason') or an adverb of force dropped or added ('SHALL
    be strongly protected' → 'SHALL be protected'): the advice now holds in fewer cases or presses less (down),
    or the reverse (up). Only where nothing else in the sentence moved a judgment: a condition inside a long
    rewrite is not read."""
    if not a.present or not b.present or a.force != b.force:
        return None
    steps = set()
    changed = set(d.old_changed()) | set(d.new_changed())
    limits_old, limits_new = _limits(d.old.words), _limits(d.new.words)
    if limits_old != limits_new and any(w in _LIMIT_WORDS for w in changed):
        steps.add(-1 if limits_new > limits_old else 1)
    forced_old, forced_new = _forces(d.old), _forces(d.new)
    # (an adverb added or dropped on its own or nearly, not one inside a clause dropped with it: 'For users that are
    # unable to update immediately, X recommends …' → 'X recommends …' drops a condition, not the advice's force)
    moved = [(k, n, True) for w, (k, n, _) in forced_old.items() if w not in forced_new] + [
        (k, n, False) for w, (k, n, _) in forced_new.items() if w not in forced_old]
    press = sum(v[2] for v in forced_new.values()) - sum(v[2] for v in forced_old.values())
    if press and any(_alone(d, k, n, old) for k, n, old in moved):
        steps.add(1 if press > 0 else -1)
    if len(steps) != 1 or sum(max(r.i2 - r.i1, r.j2 - r.j1) for r in d.regions) > SCOPE_WORDS:
        return None
    direction: Direction = "up" if steps.pop() > 0 else "down"
    word = "widened or pressed harder" if direction == "up" else "narrowed to some cases or pressed less"
    return Finding("recommendation", "medium", direction, a.terms, b.terms,
                   f"recommendation {word}: '{span(d.old, 0, 10)}' → '{span(d.new, 0, 10)}'")


def _forces(s: Sentence) -> dict[str, tuple[int, int, int]]:
    """The words of force or of time a sentence asks with, each to where it stands and whether it presses."""
    return {m.phrase: (m.start, m.end, m.value) for m in _FORCES.find(s.words)}


def _alone(d: PairDiff, k: int, n: int, old: bool) -> bool:
    """The words [k, n) of one side stand in a changed stretch little longer than they are."""
    return any((r.i1 <= k and n <= r.i2) if old else (r.j1 <= k and n <= r.j2) for r in d.regions
               if max(r.i2 - r.i1, r.j2 - r.j1) <= FORCE_WORDS + n - k - 1)


# What may follow the 'or'/'and' swapped between what a prescription asks ('or other device identifier' → 'and any
# device identifier').
_JOINED_WITH = frozenset({"other", "another", "any", "all", "every", "each", "a", "an", "the", "also"})


def _alternatives_joined(d: PairDiff, a: Prescription, b: Prescription) -> Finding | None:
    """'SHALL present a passport or a driving licence' → '… a passport and a driving licence': things of which one
    met the advice are now all asked for (up); 'and' → 'or', one of them now enough (down). Only the conjunction
    changed (and a determiner beside it), after what prescribes and outside a condition, as strongly on both
    sides."""
    if not a.present or not b.present or a.force != b.force or not d.regions:
        return None
    steps = set()
    for r in d.regions:
        old_w, new_w = d.old.words[r.i1:r.i2], d.new.words[r.j1:r.j2]
        if not old_w or not new_w or (old_w[0], new_w[0]) not in (("or", "and"), ("and", "or")) or not (
                _JOINED_WITH.issuperset(old_w[1:]) and _JOINED_WITH.issuperset(new_w[1:])):
            return None
        if not _asks_before(d.old, r.i1) or not _asks_before(d.new, r.j1):
            return None
        steps.add(1 if old_w[0] == "or" else -1)
    if len(steps) != 1:
        return None
    direction: Direction = "up" if steps.pop() > 0 else "down"
    how = "all of them now asked for, not one" if direction == "up" else "one of them now enough, not all"
    r = d.regions[0]
    return Finding("recommendation", "medium", direction, tuple(d.old.words[r.i1:r.i2]), tuple(d.new.words[r.j1:r.j2]),
                   f"{how}: '{span(d.old, r.i1 - 1, r.i2 + 1)}' → '{span(d.new, r.j1 - 1, r.j2 + 1)}'")


SCOPE_WORDS = 12  # changed words, at most, around a prescription whose condition or force is read
GROWN_MIN_WORDS = 2  # words a prescription must gain or lose, one of them a content word, to say more or less
GROWN_MAX_WORDS = 30  # beyond this many, the sentence was rewritten, not extended


def extended(d: PairDiff) -> Direction | None:
    """Both versions prescribe as strongly, and what they prescribe was only added to (up) or only cut (down); see
    _grown. Read on a clause or part the rewording detector found, so it names that finding's direction."""
    a, b = prescription(d.old), prescription(d.new)
    if not a.present or not b.present or a.force != b.force:
        return None
    grown = _grown(d) or _choice_given(d) or _requirement_qualified(d)
    return None if not grown else "up" if grown > 0 else "down"


def _choice_given(d: PairDiff) -> int:
    """An alternative put into what a prescription asks, or taken out, beside other edits of the sentence ('SHALL be
    done in person' → '… in person or through a supervised remote process as described in Section 5.3.3.2', 'SHALL
    surrender any physical authenticator containing trustable attributes' → 'SHALL surrender or prove destruction of
    any physical authenticator containing attribute certificates'): one more way to comply asks less (-1 added, +1
    dropped), as one more exception to a prohibition does ('SHALL NOT use the information for any purpose other
    than X or Y' → '…, or in the case of a specific user request'). The 'or' must stand after what prescribes and
    outside a condition; on a subject ('X or Y SHALL NOT be used') or in a claim it says of more cases."""
    steps = set()
    for r in d.regions:
        if (r.i1 == r.i2) == (r.j1 == r.j2):
            continue  # words replaced: not an alternative put in or taken out
        added = r.i1 == r.i2
        side, lo, hi = (d.new, r.j1, r.j2) if added else (d.old, r.i1, r.i2)
        if hi - lo < 2 or side.words[lo] != "or" or side.words[lo + 1] == "not":
            continue
        if _asks_before(side, lo) or _excepted_before(side, lo):
            steps.add(-1 if added else 1)
    return steps.pop() if len(steps) == 1 else 0


_EXCEPTING = frozenset({"except", "unless", "besides", "excepting"})


def _excepted_before(s: Sentence, at: int) -> bool:
    """Word `at` stands in the exceptions to a prohibition: a negated prescription opens before it, and an
    exception ('other than', 'except') between the two."""
    starts = [m for m in _prescriptive(s) if m.start <= at]
    if not starts:
        return False
    lo, hi = min(m.start for m in starts), max(m.end for m in starts)
    if not NEGATIONS.find(s.words[max(0, lo - 2):hi + 2]) and "nor" not in s.words[hi:at]:
        return False
    between = s.words[hi:at]
    return bool(_EXCEPTING.intersection(between)) or any(
        w == "other" and nxt == "than" for w, nxt in pairwise(between))


def _grown(d: PairDiff) -> int:
    """What an unchanged prescription requires was extended (+1: words only added, 'SHALL restart the process' →
    '… and consider this a failed session', 'send a notification' → '… via a mechanism independent of the
    transaction') or cut back (-1: words only dropped, '… by sensors that are in the camera's field of view' →
    '… by sensors'); 0 when words were replaced, or the change is a figure, a negation or a few function words
    (those are read by their own detectors)."""
    only = d.only_added_or_dropped()
    if only is None:
        return 0
    added, spans, first = only
    side, other = (d.new, d.old) if added else (d.old, d.new)
    words = [w for span_words in spans for w in span_words]
    # (a figure is read by its own detector, unless the words added or dropped prescribe of their own: 'and SHALL be
    # rate limited as specified in Section 5.2.2' is a requirement added, its figure a reference)
    if not GROWN_MIN_WORDS <= len(words) <= GROWN_MAX_WORDS:
        return 0
    if any(any(c.isdigit() for c in w) for w in words):
        bounds = [(r.j1, r.j2) if added else (r.i1, r.i2) for r in d.regions]
        if not any(lo <= m.start and m.end <= hi for m in _prescriptive(side) for lo, hi in bounds):
            return 0
    if NEGATIONS.find(words) or any(w in _CONDITIONS or w == "except" for w in words) or not _content(
            words, other.words):
        return 0
    if not _asks_before(side, first):
        return 0
    step = 1 if added else -1
    if _alternative(words, spans) or (len(spans) == 1 and _restricts(side, spans[0], first)):
        # an alternative offered ('Update to 3.1, or disable the web server'): more latitude, so less asked when it
        # comes (-1) and more when it goes (+1); so too a restriction of the cases it covers
        step = -step
    if NEGATIONS.find(side.words, _clause_start(side, first), first):
        # words of a clause the prescription asks to be denied ('SHALL store it in such a way that it cannot be
        # modified by the subscriber' → '… cannot be modified'): what is denied is widened when they go, so more is
        # asked (+1), and narrowed when they come (-1)
        step = -step
    return step


_SCOPE_PREPOSITIONS = frozenset({"for", "in", "on", "to", "within"})
_EVERY = frozenset({"any", "all", "each", "every", "those"})


def _restricts(side: Sentence, words: tuple[str, ...], first: int) -> bool:
    """The words narrow the cases a prescription covers rather than add to what it asks: a phrase of scope over every
    case of a kind a relative clause limits ('alongside your regular code checks' → '… for any repository that is
    deployed to production'), or a restrictive relative clause on a noun of the time or condition the advice waits on
    ('as soon as you detect an incident' → '… an incident that affects production data'). A relative clause on
    what it asks for asks more ('use SSH keys that are protected by a passphrase'), and a relative after a comma
    describes rather than restricts. (_DETERMINERS is the module's, defined further down.)"""
    if len(words) < 3:
        return False
    if words[0] in _SCOPE_PREPOSITIONS and words[1] in _EVERY:
        return any(w in RELATIVES for w in words[2:])
    if not (words[0] in RELATIVES and first >= 2 and not side.gaps[first].strip()
            and side.words[first - 1].isalpha() and side.words[first - 2] in _DETERMINERS):
        return False
    return any(w in _WAITS_ON for w in side.words[max(0, first - WAIT_REACH):first - 2])


_WAITS_ON = frozenset({"when", "whenever", "once", "soon", "after", "before", "if", "until", "unless"})
WAIT_REACH = 6  # words back from a relative clause's noun to the opener of the time or condition it sits in


def _alternative(words: list[str], spans: list[tuple[str, ...]]) -> bool:
    return words[0] == "or" and len(spans) == 1


def offers_alternative(d: PairDiff) -> bool:
    """Read where `extended` found what an unchanged prescription asks grown or cut: the words were an alternative
    ('or apply the mitigations'), a choice of what to do, as much a change of the advice as a clause of its own."""
    only = d.only_added_or_dropped()
    return only is not None and _alternative([w for s in only[1] for w in s], only[1])


def _asks_before(s: Sentence, at: int) -> bool:
    """An affirmative prescription starts at or before word `at`, so the words from there on are what it asks. Words
    before it frame when it applies ('When CSPs use consent measures, CSPs SHALL …', 'As a last resort, …'); under
    a negation ('SHALL NOT make consent … a condition', 'is not required to') more words ask less. ('it should be
    noted that …' prescribes nothing: _prescriptive leaves it out.)"""
    starts = [m for m in _prescriptive(s) if m.start <= at]
    head = imperative_head(s) if not starts else None
    if not starts and (head is None or head >= at):
        return False
    lo = min((m.start for m in starts), default=head or 0)
    hi = max((m.end for m in starts), default=(head or 0) + 1)
    if NEGATIONS.find(s.words[max(0, lo - 2):hi + 2]):
        return False
    # A condition opened between what prescribes and the words ('SHALL be considered invalid if not received over
    # the primary channel'): they change when it applies, not what it asks.
    return not any(w in _CONDITIONS or w in _OPEN_CONDITION for w in s.words[hi:at])


_OPEN_CONDITION = frozenset({"if", "unless", "when", "whenever", "where", "once", "until", "provided"})


# What opens a restriction on when a statement holds ('but only where GX Works3 was installed outside the default
# folder', 'provided that each deployment is audited', 'except where the subscriber asked for a grace period').
_RESTRICTORS = (("only", "where"), ("only", "when"), ("only", "if"), ("only", "after"), ("only", "for"),
                ("provided", "that"), ("providing", "that"), ("as", "long", "as"), ("so", "long", "as"),
                ("except", "where"), ("except", "when"), ("except", "if"), ("except", "for"), ("unless",),
                ("on", "condition", "that"), ("on", "the", "condition", "that"), ("granted", "that"),
                ("granting", "that"), ("subject", "to"), ("if",), ("when",), ("where",), ("whenever",),
                ("wherever",), ("once",), ("until",), ("pending",), ("in", "case"), ("assuming",), ("supposing",),
                ("presuming",), ("given", "that"), ("insofar", "as"), ("in", "so", "far", "as"),
                ("to", "the", "extent", "that"),
                ("as", "far", "as"), ("so", "far", "as"),  # ('…, as far as its tools allowed': so far and no further)
                ("in", "the", "event", "that"), ("in", "the", "event", "of"),  # ('in the event that the dollar holds')
                # 'at least for methods intended for clinical use': a lower bound on where it holds, not on a number
                ("at", "least", "for"), ("at", "least", "in"), ("at", "least", "when"), ("at", "least", "where"),
                ("at", "least", "if"), ("at", "least", "on"), ("barring",),
                # an exception taken out of what it says ('…, except in Western Australia', 'leaving aside parts of
                # Latin America'): it holds in fewer cases
                ("except", "in"), ("except", "on"), ("except", "at"), ("excluding",), ("leaving", "aside"),
                ("setting", "aside"), ("apart", "from"), ("with", "the", "exception", "of"), ("other", "than"),
                # a dependence stated ('…, contingent on the labour market remaining tight') or a part of the cases
                # ('In some instances, the CSP MAY allow …')
                ("contingent", "on"), ("conditional", "on"), ("dependent", "on"), ("depending", "on"),
                ("in", "some", "cases"), ("in", "some", "instances"), ("in", "some", "circumstances"),
                ("in", "certain", "cases"), ("in", "certain", "instances"), ("in", "certain", "circumstances"))
_RESTRICTOR_LEAD = frozenset({"but", "and", "though", "although", "yet", "especially", "particularly"})
_CONSENT = frozenset({"agreement", "approval", "consent", "permission", "authorisation", "authorization"})
CONSENT_REACH = 3  # words after 'with' in which the consent stands ('with the prior approval of')
# After 'provided' as a participle ('provided by the vendor', 'provided to users'), not a condition.
_PROVIDED_BY = frozenset({"by", "to", "for", "with", "in", "on", "under", "as", "through", "from", "via", "at", "that",
                          "free", "here", "below", "above"})


def _one_span(d: PairDiff, least: int) -> tuple[bool, tuple[str, ...], int] | None:
    """The words of the one run only added (True) or only dropped (False), `least` words at least, and where it
    starts on the side that has it; else None."""
    only = d.only_added_or_dropped()
    if only is None:
        return None
    added, spans, at = only
    return (added, spans[0], at) if len(spans) == 1 and len(spans[0]) >= least else None


_DEPENDING = frozenset({"dependent", "contingent", "conditional", "depends", "depend", "depending", "hinges", "hinge",
                        "rests"})
DEPENDENCE_REACH = 5  # words into a coordinated clause before its verb of dependence ('its continuation is dependent')


def _depends(words: tuple[str, ...]) -> bool:
    """A clause that says what the claim depends on ('its continuation is dependent on containment', 'that depends on
    the weather'): a verb or adjective of dependence and its 'on'/'upon' within the clause's first words."""
    head = words[:DEPENDENCE_REACH + 2]
    return any(w in _DEPENDING and head[k + 1:k + 2] in (("on",), ("upon",)) for k, w in enumerate(head))


AS_CLAUSE_MIN_WORDS = 4  # 'as' and a clause: 'as case numbers trend lower'; 'as expected', 'as well' are not one
# After 'as': what makes it a comparison, a role or an aside rather than the circumstance a forecast waits on.
_AS_NOT_CLAUSE = frozenset({"well", "expected", "such", "follows", "usual", "needed", "required", "appropriate",
                            "necessary", "part", "of", "a", "an", "much", "many", "far", "soon", "noted", "mentioned",
                            "described", "shown", "above", "below", "per", "if", "though", "in", "with", "for", "to",
                            "at", "is", "was", "are", "were", "it", "possible", "previously", "before", "planned",
                            "intended", "agreed", "announced", "long", "good", "likely", "early", "late", "high", "low",
                            "always", "ever", "yet", "opposed", "compared", "against", "regards", "do", "does", "did"})


def _estimated_before(s: Sentence, at: int) -> bool:
    """A forecast in words stands before word `at` ('is expected to ease further as …', 'is likely to pick up as …'):
    what an 'as' clause after it states is the circumstance the forecast waits on. After a bare modal ('can be overly
    conservative as …', 'should not be shared as …') 'as' more often gives a reason."""
    return any(m.phrase not in _MODAL_VERBS for m in LIKELIHOOD.find(s.words[:at]))


_MODAL_VERBS = MODALS | {"should", "must", "cannot"}


def _only_then_condition(d: PairDiff) -> tuple[bool, tuple[str, ...], int] | None:
    """'X is only better if it answers the question' ↔ 'X is better': 'only' and the condition it announces, put in
    or taken out as two runs with the predicate between, read as the one restriction 'only if …'."""
    only = d.only_added_or_dropped()
    if only is None:
        return None
    added, spans, at = only
    if len(spans) != 2 or spans[0] != ("only",) or len(spans[1]) < GROWN_MIN_WORDS or (
            spans[1][0] not in _ONLY_THEN):
        return None
    return added, ("only", *spans[1]), at


# What may open the restriction 'only' announces apart from it: a condition, or a time or place it holds in ('is only
# vulnerable during the boot process' ↔ 'is vulnerable').
_ONLY_THEN = CONDITION_OPENERS | {"during", "while", "before", "after", "within", "in", "on", "under", "for"}


# Words that open a noun phrase and may be swapped as its relative clause comes or goes ('your VM' → 'any VM that is
# reachable from the internet'; 'any application' → 'an application that processes personal data').
_DETERMINERS = NOUN_DETERMINERS | {"any", "all", "every", "each", "your", "our", "some"}


def _one_span_past_determiners(d: PairDiff, least: int) -> tuple[bool, tuple[str, ...], int] | None:
    """As _one_span, when the only other edits swap one determiner for another: the run is still all that was
    added or dropped, the determiner only fitted to it."""
    runs = [r for r in d.regions if (r.i1 == r.i2) != (r.j1 == r.j2)]
    swaps = [r for r in d.regions if r.i1 != r.i2 and r.j1 != r.j2]
    if len(runs) != 1 or not swaps or any(
            r.i2 - r.i1 != 1 or r.j2 - r.j1 != 1 or d.old.words[r.i1] not in _DETERMINERS
            or d.new.words[r.j1] not in _DETERMINERS for r in swaps):
        return None
    r = runs[0]
    added = r.i1 == r.i2
    words = d.new.words[r.j1:r.j2] if added else d.old.words[r.i1:r.i2]
    return (added, words, r.j1 if added else r.i1) if len(words) >= least else None


def restricted(d: PairDiff) -> Direction | None:
    """A restriction on when the judgment holds, only added ('… is possible' → '… is possible, but only where X')
    or only dropped: what it says now holds in fewer cases (down) or in more (up). None for anything else."""
    either = _either_way(d)
    if either is not None:
        return either
    one = _one_span(d, GROWN_MIN_WORDS) or _only_then_condition(d) or _one_span_past_determiners(d, GROWN_MIN_WORDS)
    if one is None:
        return _prohibition_qualified(d) or _runs_agree(d) or _fronted_condition(d) or _any_for_one(d) or (
            _only_restricts(d) or _all_for_a_kind(d) or _scope_made_universal(d))
    return _restricted_run(d, *one)


# Words beside 'only' that make it something else than a limit on whom or where a statement covers: 'not only'
# (and also), 'the only', 'if only', 'is only temporary' (merely), 'only a few', 'only 5', 'only three', 'only
# rarely', 'only recently' (how few, how often, how late: stress); 'only' then and there is not the scope.
_ONLY_NOT_SCOPE_BEFORE = frozenset({"not", "the", "if", "a", "an", "his", "her", "its", "their", "our", "your", "my",
                                    "is", "are", "was", "were", "be", "been", "being", "remains", "remain", "seems"})
_ONLY_NOT_SCOPE_AFTER = frozenset({"a", "an", "few", "some", "just", "then", "now", "once", "twice", "about", "around"})


def _only_restricts(d: PairDiff) -> Direction | None:
    """'only' alone put in or taken out, the rest kept, where it limits whom or where the statement covers
    ('Licensed operators may handle the material' → 'Only licensed operators may …', 'applies to new customers' →
    '… to new customers only'): it now holds in fewer cases (down); taken out, in more (up)."""
    one = _one_span(d, 1)
    if one is None or one[1] != ("only",):
        return None
    added, _, at = one
    words = (d.new if added else d.old).words
    before = words[at - 1] if at > 0 else ""
    after = words[at + 1] if at + 1 < len(words) else ""
    if before in _ONLY_NOT_SCOPE_BEFORE or after in _ONLY_NOT_SCOPE_AFTER or after in NUMBER_WORDS or (
            after in FREQUENCY or any(ch.isdigit() for ch in after) or (after.endswith("ly") and len(after) > 4)):
        return None
    return "down" if added else "up"


KIND_WORDS = 2  # words that may name a kind in place of 'all' before the noun both keep ('clinical', 'new retail')


def _all_for_a_kind(d: PairDiff) -> Direction | None:
    """'all', 'every' or 'any' before a noun both versions keep put for words that name a kind of it, or the reverse
    ('must wear masks in clinical areas' → '… in all areas', 'applies to all customers' → '… to new customers'): the
    statement now covers every case (up) or only that kind (down). The one edit of the sentence; the kind is named by
    a word or two of its own (not a number, a determiner or a word the other side has)."""
    if len(d.regions) != 1:
        return None
    r = d.regions[0]
    old_w, new_w = d.old.words[r.i1:r.i2], d.new.words[r.j1:r.j2]
    if r.i2 >= len(d.old.words) or r.j2 >= len(d.new.words) or d.old.words[r.i2] != d.new.words[r.j2]:
        return None  # (the noun after the edit, kept on both sides)
    for every, kind, up in ((new_w, old_w, True), (old_w, new_w, False)):
        if len(every) == 1 and every[0] in _UNIVERSAL and 0 < len(kind) <= KIND_WORDS and all(
                w.isalpha() and w not in FUNCTION_WORDS and w not in _DETERMINERS for w in kind):
            return "up" if up else "down"
    return None


# Phrases that say a statement holds in every case of time, place or circumstance.
_EVERY_CASE = frozenset({("at", "any", "time"), ("at", "all", "times"), ("in", "all", "cases"), ("in", "every", "case"),
                         ("everywhere",), ("anywhere",), ("in", "all", "circumstances"), ("without", "exception")})
# What opens a phrase of when, where or in which cases ('during daylight hours', 'while on site', 'in clinical areas').
_SCOPE_OPENERS = frozenset({"during", "while", "when", "in", "on", "at", "within", "between", "outside", "inside",
                            "after", "before", "for"})
SCOPE_PHRASE_WORDS = 6  # words, at most, of the phrase of scope put for every case


def _scope_made_universal(d: PairDiff) -> Direction | None:
    """A phrase of when, where or in which cases put for one that says every case, or the reverse ('Travel is
    permitted during daylight hours' → '… at any time', 'must wear badges while on site' → '… at all times'): the
    statement now holds in every case (up) or only in those (down). The one edit of the sentence."""
    if len(d.regions) != 1:
        return None
    r = d.regions[0]
    old_w, new_w = d.old.words[r.i1:r.i2], d.new.words[r.j1:r.j2]
    for every, scope, up in ((new_w, old_w, True), (old_w, new_w, False)):
        if every in _EVERY_CASE and scope and scope[0] in _SCOPE_OPENERS and 1 < len(scope) <= SCOPE_PHRASE_WORDS and (
                scope not in _EVERY_CASE and not _UNIVERSAL.intersection(scope)):
            return "up" if up else "down"
    return None


ANY_SWAP_WORDS = 5  # words either side of a case named swapped for any case (with a third party → any application)


def _any_for_one(d: PairDiff) -> Direction | None:
    """In advice, a case named put for 'any' case ('If you plan to test with a third-party, you must contact the IA
    team' → 'If you plan to test any application, …', 'SHALL NOT collect biometrics for the purpose of
    non-repudiation' → '… for any reason'): the advice now holds in more cases (up); the reverse, in fewer (down). The
    one edit of the sentence, short on both sides; the named side opens on an article or a preposition and counts
    nothing of its own ('all', 'every')."""
    if len(d.regions) != 1 or prescription(d.old).force < 2 or prescription(d.new).force < 2:
        return None
    r = d.regions[0]
    old_w, new_w = d.old.words[r.i1:r.i2], d.new.words[r.j1:r.j2]
    if not old_w or not new_w or max(len(old_w), len(new_w)) > ANY_SWAP_WORDS:
        return None
    for anyside, named, up in ((new_w, old_w, True), (old_w, new_w, False)):
        if anyside[0] == "any" and len(anyside) > 1 and anyside[1].isalpha() and anyside[1] not in FUNCTION_WORDS and (
                named[0] in NOUN_DETERMINERS or named[0] in _SCOPING or named[0] == "with") and (
                _UNIVERSAL.isdisjoint(named)):
            return "up" if up else "down"
    return None


# A condition or a reservation set before the claim it limits, up to its comma ('If data have a natural adjacency
# structure, a CNN can …', 'Where they are used, authorities SHALL …', 'Even if it is not yet transformative, we are
# optimistic …', 'While this might change, we believe …'): opened by one of _FRONTED_OPENERS (below, beside the
# reservations it draws on), after one of these words at most.
_FRONTED_LEADS = frozenset({"but", "and", "yet", "so"})
FRONTED_CLAUSE_WORDS = 25  # words a fronted condition may have before its comma
FRONTED_KEPT = 0.6  # share of the claim's content words, each way, that must stand in the other version
MOVED_REACH = 3  # words before a condition's word in the other version in which what opens a condition is looked for


def _fronted(s: Sentence) -> tuple[int, int] | None:
    """Where a condition or reservation set before the claim opens its content (after its opener) and where the
    claim starts (the word after its comma); None when the sentence does not open on one."""
    words = s.words
    at = 1 if words[:1] and words[0] in _FRONTED_LEADS else 0
    opener = next((r for r in _FRONTED_OPENERS if words[at:at + len(r)] == r), None)
    if opener is None:
        return None
    lo = at + len(opener)
    if opener[0] in ("provided", "providing") and words[lo:lo + 1] and words[lo] in _PROVIDED_BY:
        return None  # ('Provided by the vendor, …': a participle, not a condition)
    end = next((k for k in range(lo + 2, min(len(words), lo + FRONTED_CLAUSE_WORDS)) if "," in s.gaps[k]), None)
    return None if end is None else (lo, end)


def _fronted_condition(d: PairDiff) -> Direction | None:
    """A condition or reservation set before the claim that one version has and the other has not, the claim itself
    kept in most of its content words beside other small edits ('If data have a natural adjacency structure, a CNN
    can take advantage of that structure …' → 'A CNN can take advantage of the structure of the data …'): the claim
    now holds in fewer cases or is made with less weight (added: down), or the reverse (dropped: up). The edits
    around it need not be one run, as restricted's are; a condition the other version states too, after a word that
    opens one ('When X, …' → 'For X, …'), was recast, not added."""
    a, b = _fronted(d.old), _fronted(d.new)
    if b is not None and a is None:
        side, other, (lo, end) = d.new, d.old, b
    elif a is not None and b is None:
        side, other, (lo, end) = d.old, d.new, a
    else:
        return None
    clause = content_stems_of(side.words[lo:end])
    if not clause or all(w in _WISHES for w in side.words[lo:end] if w not in FUNCTION_WORDS):
        return None
    theirs, claim = content_stems_of(other.words), content_stems_of(side.words[end:])
    # The condition's own words (not those it shares with its claim, 'If the nonce … is based on a real-time clock,
    # the nonce SHALL …') in the other version right after a word that opens a condition, a scope or a reservation:
    # the same condition in other words ('When look-up secrets have less than 64 bits, …' → 'For look-up secrets
    # that have less than 64 bits, …', 'Pending a proper fix' → 'Until a proper fix is available'). Elsewhere they
    # are the claim's ('… about the future of deep learning' → 'Even if deep learning is not yet transformative,
    # … about its future').
    own = clause - claim
    if any(w[:STEM] in own and not _RESTRICTING.isdisjoint(other.words[max(0, k - MOVED_REACH):k])
           for k, w in enumerate(other.words)):
        return None
    # A reservation the other version makes with another word ('X, but Y' → 'While X, Y', 'However, X' → 'Although
    # X, Y'), or a condition it names by reference ('In these cases, the following methods SHALL …').
    reserving = side.words[lo - 1] in _RESERVING or side.words[max(0, lo - 2):lo] == ("even", "if")
    if reserving and not RESERVATIONS.isdisjoint(other.words):
        return None
    if any(other.words[k:k + len(r)] == r for r in _CASES_NAMED for k in range(min(2, len(other.words)))):
        return None
    rest = theirs - clause  # (what the condition takes from the claim, 'Even if deep learning is …, we are …')
    if not claim or not rest or len(claim & rest) < FRONTED_KEPT * min(len(claim), len(rest)) or (
            len(claim & theirs) < FRONTED_KEPT * len(claim)):
        return None
    return "down" if side is d.new else "up"


def _either_way(d: PairDiff) -> Direction | None:
    """A condition made an alternative that covers both cases, the rest kept ('… where Internet access is required'
    → '…, whether or not Internet access is required'): it now holds in every case (up); the reverse, only in the
    one (down)."""
    if len(d.regions) > EITHER_WAY_EDITS:
        return None
    # (the edits read as one, from the first to the last)
    was, now = d.old.words[d.regions[0].i1:d.regions[-1].i2], d.new.words[d.regions[0].j1:d.regions[-1].j2]
    if len(d.regions) == 1 and was in _ONE_CASE and now == _BOTH_CASES:
        return "up"
    if len(d.regions) == 1 and was == _BOTH_CASES and now in _ONE_CASE:
        return "down"
    # (or the condition put for what it named, with it or without: '… when Internet access is required' → '…,
    # Internet or no Internet')
    for cond, both, up in ((was, now, True), (now, was, False)):
        k = (len(both) - 2) // 2
        if 2 * k + 2 == len(both) and with_or_without(both, k, k) and cond[:1] in _ONE_CASE and (
                set(both[:k]) <= set(cond)):
            return "up" if up else "down"
    return None


EITHER_WAY_EDITS = 2  # edits a condition put for an alternative may take ('when [Internet] access is required')


_ONE_CASE = frozenset({("if",), ("when",), ("where",), ("whenever",), ("wherever",), ("only", "if"), ("only", "when"),
                       ("only", "where")})
_BOTH_CASES = ("whether", "or", "not")


def _runs_agree(d: PairDiff) -> Direction | None:
    """Several runs only added or only dropped, every one of them read as a restriction or a widening, all the same
    way ('When remote access is required, use secure methods' → 'Use secure methods … for every connection to these
    systems, local or remote': the condition gone, a scope over every case put in, both up). A run replaced by
    another, or one read as neither, leaves it to the other detectors."""
    runs = [r for r in d.regions if (r.i1 == r.i2) != (r.j1 == r.j2)]
    if len(runs) < 2 or len(runs) != len(d.regions) or len(runs) > MAX_AGREEING_RUNS:
        return None
    steps: set[Direction] = set()
    for r in runs:
        added = r.i1 == r.i2
        side, lo, hi = (d.new, r.j1, r.j2) if added else (d.old, r.i1, r.i2)
        words = side.words[lo:hi]
        if len(words) < GROWN_MIN_WORDS:
            return None
        if words[0] in _SCOPING and words[1] in _UNIVERSAL and len(words) >= SCOPE_MIN_WORDS:
            steps.add("up" if added else "down")  # 'for every connection to these systems': every case
            continue
        step = _restricted_run(d, added, words, lo)
        if step is None:
            return None
        steps.add(step)
    return steps.pop() if len(steps) == 1 else None


MAX_AGREEING_RUNS = 3  # runs weighed together at most: more are a rewrite


def _restricted_run(d: PairDiff, added: bool, words: tuple[str, ...], at: int) -> Direction | None:
    """How the one run of `words`, only added or only dropped at word `at` of its side, moves where the judgment
    holds (restricted's reading)."""
    side = d.new if added else d.old
    if words[0] in ("and", "or") and (len(words) > 2 or (len(words) == 2 and words[1] not in FUNCTION_WORDS)) and (
            _in_condition(side, at)):
        # 'If your environment is regulated and you need to prove changes are reviewed, …': one more thing that
        # must hold ('and') makes it hold in fewer cases; one more alternative ('or') in more. One word is enough
        # ('When sufficient data are available and labeled, …', 'if the key is lost or stolen').
        return ("down" if added else "up") if words[0] == "and" else ("up" if added else "down")
    if words[0] in _RESTRICTOR_LEAD:
        words = words[1:]
    opener: tuple[str, ...] | None = next((r for r in _RESTRICTORS if words[:len(r)] == r), None)
    if opener is None and (words[0] in _WHILE or words[0] in RELATIVES) and _narrows_advice(d, added, words[0], at):
        opener = words[:1]
    if opener is None and _reduced_relative(words) and at > 0 and not set_off(side.gaps[at]) and (
            prescription(d.old).present and prescription(d.new).present and _subject_limited(side, at)):
        # 'Authenticators developed by government agencies SHALL be validated' → 'Authenticators SHALL be
        # validated': a participle and its agent right after the subject limit whom the rule binds, as 'that are
        # developed by …' does ('The lead, guided by the team, must …' set off by commas only describes)
        opener = words[:1]
    if opener is None and words[0] == "with" and len(words) > 2 and at > 0 and not set_off(side.gaps[at]) and (
            side.words[at - 1] in PEOPLE_NOUNS or side.words[at - 1] in AGENT_NOUNS) and (
            prescription(d.old).present and prescription(d.new).present) and (
            _subject_limited(side, at)):
        # 'Users and library authors with time in their dependency tree should perform …': the people the advice
        # binds, limited by what they have, as 'who have …' limits them
        opener = words[:1]
    if opener is None and words[0] == "while" and at > 0 and not set_off(side.gaps[at]) and (
            _ongoing(words[1:])):
        # '… set in a different thread than the affected functions while one of them is running': a time it holds
        # in, a progressive after 'while' with no comma before it ('…, while inflation fell' sets one thing
        # against another)
        opener = words[:1]
    if opener is None and words[0] == "with" and not _CONSENT.isdisjoint(words[1:1 + CONSENT_REACH]):
        opener = words[:1]  # 'with the agreement of the IA team', 'with prior approval': a condition of consent
    if opener is None and words[0] in ("that", "who", "whose") and len(words) > 2 and _defining(
            side, words, at) and not (
            prescription(d.old).present and prescription(d.new).present):
        opener = words[:1]
    if opener is None and words[0] in _SCOPING and len(words) >= SCOPE_MIN_WORDS and _scope_phrase(
            d, added, words, at):
        opener = words[:1]
    if opener is None and _horizon(words):
        # 'over the following couple of quarters', 'in the near term', 'over the year ahead': a span of time ahead the
        # outlook is bounded to, put in (it holds for less) or taken out (for more)
        opener = words[:1]
    if opener is None and words[0] in _SCOPING and _threshold(words):
        # 'for a service with more than a million monthly users', 'For services that release more than once a
        # week': a class of cases set by a threshold, whatever its figure
        opener = words[:1]
    if opener is None and words[0] == "should" and len(words) > 2 and (
            words[1] in _INVERTED_SUBJECTS or _named_subject(side, at + 1)) and at > 0 and "," in side.gaps[at]:
        opener = words[:1]  # '…, should that be appropriate to lend support to demand': a condition, inverted
    if opener is None and words[0] == "should" and at == 0 and len(words) > 2 and words[1] not in _FINITE_AFTER and (
            at + len(words) < len(side.words) and "," in side.gaps[at + len(words)]):
        # 'Should deposit runs spread to other banks, these problems …': set first, up to its comma, as 'If …,'
        opener = words[:1]
    if opener is None and words[0] == "only" and len(words) > 2 and words[1] in FUNCTION_WORDS:
        opener = words[:2]  # 'only with consent', 'only in an emergency', 'only once the review ends'
    if opener is None and words[0] in _SCOPING and words[-1] == "only" and len(words) > 2 and (
            _PURPOSES.isdisjoint(words)):
        # 'One notable exception, for accounts at IAL 1 only, is …': a scope its 'only' closes (not 'for
        # informational purposes only', what a thing is for)
        opener = words[:1]
    if opener is None and _depends(words):
        opener = words[:1]  # '…, and its continuation is dependent on containment of the virus'
    if opener is None and words[0] == "as" and len(words) >= AS_CLAUSE_MIN_WORDS and at + len(words) == len(
            side.words) and words[1] not in _AS_NOT_CLAUSE and _estimated_before(side, at):
        # 'Inflation is expected to ease further as the economy continues to slow': what the forecast waits on
        opener = words[:1]
    if opener is None and words[0] == "as" and at == 0 and len(words) >= AS_CLAUSE_MIN_WORDS and words[
            1] not in _AS_NOT_CLAUSE and "," in side.gaps[len(words)] and _estimated_before(
            side, len(side.words)) and not _estimated_before(side, len(words)):
        # 'As supply problems are resolved, inflation is expected to moderate': the same circumstance, set first
        opener = words[:1]
    if opener is None and words[0] == "given" and len(words) >= AS_CLAUSE_MIN_WORDS and at > 0 and (
            "," in side.gaps[at]) and words[1] not in _PROVIDED_BY:
        # '…, given its limited effectiveness when the exchange rate is aligned': the premise the claim was made on,
        # set off by a comma (not 'the advice given to users'); without it the claim stands on its own
        opener = (words[0],)
    if opener is None and words[0] in ("provided", "providing") and len(words) > 1 and words[1] not in _PROVIDED_BY:
        # 'provided the exchange rate holds steady', 'provided housing prices stabilise': a condition opened, not a
        # thing 'provided by' someone
        opener = (words[0],)
    # The opener and what it makes a condition of, one content word at least ('If available,', 'where possible'),
    # not a wish ('if desired', 'if you prefer'): that leaves the choice to the reader, as 'may' already does.
    content = [w for w in words[len(opener or ()):] if w.isalpha() and w not in FUNCTION_WORDS]
    if opener is not None and opener[:1] == ("in",) and len(words) == len(opener):
        return "down" if added else "up"  # 'In some instances,': the part of the cases is all it says
    if opener is None or not content or all(w in _WISHES for w in content):
        return None
    return "down" if added else "up"


# What forbids: 'Do not click links in unsolicited email', 'Never open attachments from unknown senders'.
_FORBIDDING = (("do", "not"), ("don't",), ("never",), ("must", "not"), ("should", "not"), ("shall", "not"),
               ("avoid",))


def _one_qualifier(d: PairDiff) -> tuple[bool, Sentence, int] | None:
    """One word, only added (True) or only dropped, that qualifies the noun right after it ('unsolicited email',
    'cryptographic authenticator'): whether added, the side that has it and where; None for anything else, and for a
    word of degree or a negation, which their own detectors read."""
    only = d.only_added_or_dropped()
    if only is None or len(only[1]) != 1 or len(only[1][0]) != 1:
        return None
    added, [(word,)], at = only
    side = d.new if added else d.old
    if not word.isalpha() or word in FUNCTION_WORDS or word.endswith("ly") or NEGATIONS.find((word,)) or (
            DEGREE_ADVERBS.find((word,))) or at + 1 >= len(side.words) or not side.words[at + 1].isalpha() or (
            side.words[at + 1] in FUNCTION_WORDS) or set_off(side.gaps[at + 1]):
        return None
    return added, side, at


def _prohibition_qualified(d: PairDiff) -> Direction | None:
    """One word that qualifies a noun, only added to or only dropped from what a prohibition forbids ('Do not open
    attachments in unsolicited email messages' → '… in email messages'): dropped, more is forbidden (up); added,
    less (down). A word of degree or a negation is read by its own detector."""
    one = _one_qualifier(d)
    if one is None:
        return None
    added, side, at = one
    # The prohibition opens its clause ('Do not …', 'Never …', 'Avoid …') or is a modal's ('users must not …'): not
    # an 'avoid' inside a clause of purpose ('to discover and avoid discriminatory applications, consider …')
    start = _clause_start(side, at)
    if not any(side.words[k:k + len(p)] == p and (k <= start + 1 or p[0] in ("must", "should", "shall"))
               for k in range(start, at) for p in _FORBIDDING):
        return None
    return "down" if added else "up"


def _requirement_qualified(d: PairDiff) -> int:
    """One word that qualifies a noun, only added to or only dropped from what advice asks for, after the words that
    prescribe: how the advice moves depends on what the noun phrase asks. One of a kind to choose ('SHALL use a
    hardware-based cryptographic authenticator' → '… a hardware-based authenticator'): the word dropped lets more
    things do (down), added fewer (up). Every one of a kind to act on ('Notify escalation contacts' → 'Notify internal
    escalation contacts', 'review all public repositories'): the word added leaves fewer to act on (down), dropped
    more (up). A phrase opened by 'the', or by nothing before a singular noun, is left alone; so is a prohibition,
    which _prohibition_qualified reads, and a heading. +1 asks more, -1 less, 0 neither (extended's reading: a nuance
    of what is asked, its severity the rewording's)."""
    one = _one_qualifier(d)
    if one is None:
        return 0
    added, side, at = one
    words = side.words
    if side.text.lstrip().startswith("#") or title_like(side):
        return 0
    p = prescription(side)
    if not p.present or p.force != prescription(d.new if not added else d.old).force:
        return 0
    start = _clause_start(side, at)
    if any(words[k:k + len(f)] == f for k in range(start, at) for f in _FORBIDDING):
        return 0
    marks = [m.start for m in _prescriptive(side) if start <= m.start < at] + (
        [p.head] if p.head is not None and start <= p.head < at else [])
    if not marks:
        return 0  # (the word before what prescribes: on the subject, whom the advice binds, not what it asks)
    # The noun phrase's opening: back over the words that qualify its noun to the word before them.
    k = at - 1
    while k > max(marks) and words[k].isalpha() and words[k] not in FUNCTION_WORDS and (
            not set_off(side.gaps[k + 1])):
        k -= 1
    opener = words[k] if k >= 0 else ""
    end = at + 1
    while end + 1 < len(words) and words[end + 1].isalpha() and words[end + 1] not in FUNCTION_WORDS and (
            not side.gaps[end + 1].strip()):
        end += 1  # the noun that ends the phrase ('escalation contacts')
    noun = words[end]
    if opener in _ONE_OF_A_KIND:
        return 1 if added else -1
    every = opener in _EVERY_ONE or (k == max(marks) and noun.endswith("s") and not noun.endswith("ss"))
    return (-1 if added else 1) if every else 0


_ONE_OF_A_KIND = frozenset({"a", "an", "any", "one", "either"})
_EVERY_ONE = frozenset({"all", "every", "each"})


CONDITION_REACH = 30  # words back from a part to the 'if' of the condition it belongs to


def _condition_opener(s: Sentence, at: int) -> int | None:
    """Where the clause of condition that word `at` stands in opens ('If X and Y, …', 'When all the above conditions
    are met and Z this results in …'): its opener before it, no comma, semicolon or colon between (brackets are read
    through: 'If you use AWS EC2 ([Elastic Compute Cloud](…)) and don't …'); None outside one."""
    for k in range(at - 1, max(-1, at - CONDITION_REACH), -1):
        if s.words[k] in CONDITION_OPENERS:
            return k
        if any(ch in s.gaps[k] for ch in ",;:") and k > 0:
            return None
    return None


def _in_condition(s: Sentence, at: int) -> bool:
    return _condition_opener(s, at) is not None


def _condition_clause(s: Sentence, at: int) -> bool:
    """Word `at` stands in a clause of condition that is not the sentence's main clause: one set after the main
    clause ('… a claimant when he or she needs to …'), or one set first and closed by a comma ('If X and you need to
    Y, you should …')."""
    opener = _condition_opener(s, at)
    return opener is not None and (opener > 0 or any("," in g for g in s.gaps[at + 1:]))


# Verbs after which 'that' opens what is said, not a relative clause ('suggests that', 'shows that').
_SAYING = frozenset({"suggests", "shows", "indicates", "means", "implies", "notes", "says", "argues", "assumes",
                     "ensures", "requires", "believes", "expects", "finds", "states", "reports", "warns", "confirms",
                     "demonstrates", "reveals", "predicts", "is", "was", "so", "such"})


def _defining(s: Sentence, words: tuple[str, ...], at: int) -> bool:
    """A relative clause right after a plural noun, a group of people or a singular noun that stands for any of its
    kind, no comma before it, only added or dropped ('TLS servers that accept client certificates are affected',
    'tasks that do not require expert judgment', 'a tarball that contains a symlink'): it limits what the claim is
    about, so the claim covers fewer things with it and more without it."""
    if at == 0 or set_off(s.gaps[at]) or words[1] in NOUN_DETERMINERS or words[1] in PRONOUNS:
        return False
    before = s.words[at - 1]
    if before in PEOPLE_NOUNS or before in AGENT_NOUNS:
        return True
    if words[0] == "that" and at >= 2 and s.words[at - 2] in _ANY_ONE and before.isalpha() and len(before) > 3 and (
            before not in FUNCTION_WORDS and before not in _SAYING and words[1].endswith("s") and (
            verb_form(words[1]) and not words[1].endswith("ss"))):
        return True  # 'When unpacking a tarball that contains a symlink': any one thing of a kind so limited
    return words[0] == "that" and before.isalpha() and len(before) > 3 and before.endswith("s") and not (
        before.endswith("ss") or before in _SAYING or before in FUNCTION_WORDS)


_ANY_ONE = frozenset({"a", "an", "any", "each", "every"})  # what makes a singular noun stand for any of its kind


_WHILE = frozenset({"while", "during"})  # 'Restrict physical access … while the cabinets are open for servicing'
_SCOPE_LIMITERS = frozenset({"for", "from", "across", "all", "every", "each", "any"})
_IN_NOUN_PHRASE = NOUN_DETERMINERS | {"and", "or", "your", "our"}
SCOPE_REACH = 10  # words before a relative clause searched for what makes its noun the advice's scope


WHILE_SUBJECT_WORDS = 4  # words of the subject between 'while' and its 'is … -ing' ('while one of them is running')


def _ongoing(words: tuple[str, ...]) -> bool:
    """The words after 'while' say what is going on: a participle ('while running'), or a subject of a few words and a
    progressive ('while one of them is running', 'while the cabinets are being serviced')."""
    if words[:1] and words[0].endswith("ing") and words[0] not in FUNCTION_WORDS:
        return True
    for k in range(1, min(len(words) - 1, WHILE_SUBJECT_WORDS + 1)):
        if words[k] in FINITE_BE:
            nxt = words[k + 1] if words[k + 1] != "being" or k + 2 >= len(words) else words[k + 2]
            return nxt.endswith(("ing", "ed")) and len(nxt) > 4
    return False


def _narrows_advice(d: PairDiff, added: bool, opener: str, at: int) -> bool:
    """The run of words opened by `opener` (starting at `at`), only added or dropped, limits what advice covers: a
    time it holds in ('Restrict access while the cabinets are open'), or a relative clause right after a noun naming
    whom or what the advice is for, with no comma before it ('Minimize exposure for all systems that carry mission
    traffic'; ', which …' only describes). Said where both versions prescribe: in a statement 'while' sets one thing
    against another."""
    if not (prescription(d.old).present and prescription(d.new).present):
        return False
    if opener in _WHILE:
        return True
    side = d.new if added else d.old
    if at == 0 or "," in side.gaps[at]:
        return False
    before = side.words[at - 1]
    if opener != "which" and _subject_limited(side, at):
        return True
    if opener != "which" and _condition_clause(side, at):
        return True  # 'If you plan to test an application that processes personal data, you must …': fewer cases
    if not before.isalpha() or before in FUNCTION_WORDS or before.endswith(("ed", "ing")) or (
            before in IMPERATIVE_VERBS or RECOMMENDATION.find((before,))):
        return False
    if opener != "which" and (before in PEOPLE_NOUNS or before in AGENT_NOUNS):
        return True  # 'encourages users who still target older compilers to …': fewer people are told to
    # The noun is what the advice covers ('for all systems that …', 'from a service that …', 'each transaction
    # that …'), not what it asks for: 'use only keys that are protected', 'performed by sensors that are in view'
    # ask more when the clause is added.
    k = at - 2
    lo = max(0, at - SCOPE_REACH, _clause_start(side, at - 1))
    while k >= lo and (side.words[k] in _IN_NOUN_PHRASE or (
            side.words[k].isalpha() and side.words[k] not in FUNCTION_WORDS
            and not side.words[k].endswith(("ed", "ing")))):
        k -= 1  # back over the noun phrase: 'all control system devices and/or systems'
    return k >= lo and side.words[k] in _SCOPE_LIMITERS


# Prepositions that open where, when or for what a claim holds ('in release builds', 'for traded manufactures', 'in a
# different thread than the affected functions', 'After applying the hotfix,').
_SCOPING = frozenset({"in", "for", "within", "among", "across", "during", "after", "before", "on", "under", "along",
                      "outside", "inside", "at"})  # ('At sites left unattended overnight, restrict …')
SCOPE_MIN_WORDS = 3  # the preposition and two words: 'in practice' is a manner, 'in release builds' a scope


_SUBJECT_GLUE = NOUN_DETERMINERS | {"at", "of", "in", "on", "for", "and", "or"}


_AGENT_PREPOSITIONS = frozenset({"by", "for", "in", "under", "with", "at", "from", "on", "through", "via"})


def _reduced_relative(words: tuple[str, ...]) -> bool:
    """A run that opens with a past participle and the preposition after it ('developed by government agencies',
    'issued under the old scheme', 'held in escrow'): a relative clause without its 'that are'."""
    first = words[0]
    participle = (first.endswith("ed") and not first.endswith("eed") and len(first) > 4) or first in _PARTICIPLES or (
        first in _BARE_PARTICIPLES)
    return participle and len(words) > 2 and words[1] in _AGENT_PREPOSITIONS


def _subject_limited(s: Sentence, at: int) -> bool:
    """The relative clause at `at` limits the subject of the prescription that follows it ('Verifiers at AAL 3 that
    are operated by government agencies SHALL be validated'): a noun phrase from the sentence's start up to it, and
    every prescribing word after it; fewer are bound."""
    for k in range(at - 1, -1, -1):
        w = s.words[k]
        if not (w in _SUBJECT_GLUE or (w.replace(".", "").isalnum() and w not in FUNCTION_WORDS and not w.endswith(
                "ing"))):
            return False
        if k > 0 and any(ch in s.gaps[k] for ch in ",;:"):
            return False
    marks = _prescriptive(s)
    return bool(marks) and all(m.start > at for m in marks)


_THRESHOLDS = (("more", "than"), ("fewer", "than"), ("less", "than"), ("at", "least"), ("at", "most"),
               ("over",), ("under",), ("above",), ("below",), ("up", "to"))
THRESHOLD_REACH = 10  # words into a phrase of scope before the threshold that sets its class


def _threshold(words: tuple[str, ...]) -> bool:
    """The phrase sets its class by a threshold, a figure after it ('with more than a million users', 'that release
    more than once a week')."""
    for k in range(1, min(len(words), THRESHOLD_REACH)):
        for t in _THRESHOLDS:
            if words[k:k + len(t)] == t and k + len(t) < len(words):
                return True
    return False


def _scope_phrase(d: PairDiff, added: bool, words: tuple[str, ...], at: int) -> bool:
    """A phrase only added or dropped that says where, when or for what a claim holds: opened by a preposition of
    scope, naming something of its own (a content word the other version does not have), and not a figure or a
    date (the quantity detector's) nor a pointer to a text ('in Section 5')."""
    side, other = (d.new, d.old) if added else (d.old, d.new)
    if words[1] in _NOT_SCOPE or words[1:3] in _NOT_SCOPE_PAIRS or not _UNIVERSAL.isdisjoint(words) or (
            not _MEASURE.isdisjoint(words)):
        return False
    end = at + len(words)
    if words[1] in ("a", "an") and not _set_before_advice(side, at, end):
        return False  # one place or thing the action involves ('keep the keys offline in a safe'), not a class of cases
    if end < len(side.words) and ":" in side.gaps[end]:
        return False  # a label ('For non-updatable products: Follow …'), not a scope of the claim
    # a part of a kind ('in some markets', 'for certain sectors', 'in many regions'): the claim said of a part only,
    # whatever the noun (not 'in all markets', which _UNIVERSAL leaves out above)
    part = len(words) in (3, 4) and words[1] in _SOME_OF and words[-1].isalpha() and words[-1].endswith("s") and (
        words[-1] not in FUNCTION_WORDS)
    stems = {w[:STEM] for w in other.words}
    content = [w for w in words[1:] if w.isalpha() and w not in FUNCTION_WORDS and w[:STEM] not in stems]
    # (a figure is the quantity detector's; a code whose digits are glued to its letters, 'P1 and P2 incidents',
    # names a class of cases)
    figure = any(any(c.isdigit() for c in w) and not (
        i > 0 and not side.gaps[at + i] and side.words[at + i - 1].isalpha()) for i, w in enumerate(words))
    # (a phrase set before the sentence and closed by a comma, 'For interrupting alerts, you should …', scopes it
    # with one word of its own beside a word the sentence repeats)
    fronted = at == 0 and end < len(side.words) and "," in side.gaps[end] and len(
        [w for w in words[1:] if w.isalpha() and w not in FUNCTION_WORDS]) >= SCOPE_CONTENT_WORDS
    if figure or (not part and len(content) < (1 if fronted else SCOPE_CONTENT_WORDS)):
        return False
    return not _POINTERS.intersection(side.words) and _TIMES.isdisjoint(words) and not (
        _IN_EXAMPLE.intersection(side.words[max(0, end - len(words) - 3):end]))


SCOPE_CONTENT_WORDS = 2


# A span of time ahead: opened by a preposition of time, a word of what lies ahead, and a unit of time last ('over the
# next two years', 'in the near term', 'for the foreseeable future'; not 'over the period ahead', 'over the months
# ahead', which say 'from now on' and bound nothing).
_HORIZON_OPENERS = frozenset({"over", "in", "within", "for", "during", "through", "throughout"})
_AHEAD = frozenset({"next", "following", "coming", "near", "short", "medium", "long", "longer", "foreseeable",
                    "immediate", "forthcoming", "upcoming"})
_SPANS = frozenset({"term", "year", "years", "quarter", "quarters", "month", "months", "week", "weeks", "period",
                    "periods", "horizon", "future", "run", "decade", "decades", "while"})
HORIZON_WORDS = 7  # words of a horizon at most ('over the next couple of years or so')


def _horizon(words: tuple[str, ...]) -> bool:
    """The words are a span of time ahead and nothing else ('in the near term', 'over the following couple of
    quarters', 'over the next year or so')."""
    if not 3 <= len(words) <= HORIZON_WORDS or words[0] not in _HORIZON_OPENERS or _AHEAD.isdisjoint(words):
        return False
    return words[-1] in _SPANS or (words[-2:] == ("or", "so") and words[-3] in _SPANS)


# Nouns that make a phrase say what a thing is for, not where it holds ('for informational purposes only').
_PURPOSES = frozenset({"purpose", "purposes", "use", "uses", "reference", "illustration"})
_ADVICE_TAKERS = frozenset({"you", "we"})  # who a piece of advice is put to, or who takes it on


def _set_before_advice(s: Sentence, lo: int, hi: int) -> bool:
    """The phrase at words[lo:hi] opens its clause and is followed by its comma or by the one advised ('For an
    external penetration test you should provide …', 'Please note, for a major release, you must …'): the kind of case
    the advice is for, however it is counted."""
    return (lo == 0 or "," in s.gaps[lo]) and hi < len(s.words) and ("," in s.gaps[hi] or s.words[hi] in _ADVICE_TAKERS)


_SOME_OF = frozenset({"some", "certain", "several", "many", "most", "few"})  # a part of a kind, before its noun
_POINTERS = frozenset({"section", "sections", "appendix", "table", "figure", "chapter", "page", "paragraph",
                       "annex", "reference", "references", "document", "study", "paper", "article", "report"})
# After the preposition: a phrase of reason, manner or reference, not of scope ('in view of', 'in several different
# ways', 'on a trade-weighted basis', 'for example').
_NOT_SCOPE = frozenset({"light", "view", "line", "response", "addition", "order", "terms", "particular", "example",
                        "instance", "fact", "part", "turn", "spite", "contrast", "comparison", "effect", "short",
                        "sum", "brief", "general", "practice", "principle", "total", "respect", "regard", "favour",
                        "favor", "place", "case", "way", "ways", "manner", "fashion", "conjunction"})
_NOT_SCOPE_PAIRS = frozenset({("the", "light"), ("the", "basis"), ("the", "case"), ("the", "way"), ("the", "form"),
                              ("a", "way"), ("a", "manner"), ("the", "same"), ("the", "context"), ("the", "event")})
_UNIVERSAL = frozenset({"all", "every", "any", "each"})  # 'on all applicable evidence': more cases, not fewer
_MEASURE = frozenset({"basis", "ways", "manner"})  # anywhere in the phrase: 'on a trade-weighted basis'
_IN_EXAMPLE = frozenset({"e", "g", "eg", "example", "instance", "such"})  # inside an example: '(e.g. facial images …)'
# A date or a period ('in March', 'in recent weeks', 'at today's meeting'): the quantity detector's, or when, not where.
_TIMES = MONTHS.keys() | {"week", "weeks", "month", "months", "year", "years", "quarter", "quarters", "today",
                          "yesterday", "meeting", "time", "times", "moment"}


# What opens a reservation the claim is made with ('…, although there are some signs that conditions are starting
# to ease', 'Though the results are preliminary, …').
_CONCESSIVE = (("though",), ("although",), ("even", "though"), ("albeit",), ("whilst",), ("despite",),
               ("notwithstanding",), ("even", "if"))
CONCESSION_MIN_WORDS = 3  # the opener and two words: 'albeit slowly' is a nuance, 'although the results are …' a clause
OFFSET_MIN_WORDS = 4  # 'but' and three words at least: 'but not all experts were convinced', not 'but not X'
# After 'but': a claim added to the first ('not only X but also Y'), or put in its place ('not X but rather Y')
_NOT_OFFSET = frozenset({"also", "rather", "instead", "only", "as", "equally"})


def conceded(d: PairDiff) -> tuple[Direction, bool] | None:
    """A reservation only added to a claim ('Prices have been rising briskly in some markets' → '…, although there
    are some signs that these conditions are starting to ease') or only dropped from it ('Though the results are
    preliminary, they were able to predict …' → 'They were able to predict …'), or a clause set against the claim,
    opened by 'but' or by a 'while' or 'whereas' that opens the sentence or follows a comma ('Exports rose, but
    import growth remains subdued' → 'Exports rose', 'While this partly reflected fuel costs, inflation picked up'):
    the claim is now made with less weight (down) or with more (up). With it, whether the reservation states
    something of its own, by a verb or a word of trend ('despite some signs of gradual easing', 'though considerable
    uncertainty surrounds this outlook'), not only names what the claim is set against ('Despite the difficulties
    and uncertainties')."""
    one = _one_span(d, CONCESSION_MIN_WORDS)
    if one is None:
        return None
    added, words, at = one
    side = d.new if added else d.old
    offset = (words[0] == "but" and len(words) >= OFFSET_MIN_WORDS and words[1] not in _NOT_OFFSET) or (
        words[0] in ("while", "whereas") and (at == 0 or "," in side.gaps[at]))
    after_opener = words[1:]
    words = words[1:] if words[0] in ("and", "but") else words
    opener: tuple[str, ...] | None = next((c for c in _CONCESSIVE if words[:len(c)] == c), None)
    if offset and opener is None:
        opener = words[:1] if words[0] in ("while", "whereas") else ()  # ('but' itself is gone)
    if opener is None or not [w for w in words[len(opener):] if w.isalpha() and w not in FUNCTION_WORDS]:
        return None
    states = bool(TRENDS.find(after_opener)) or any(
        verb_form(w) and not w.endswith("ing") and w not in FUNCTION_WORDS for w in after_opener)
    return ("down" if added else "up"), states


_WISHES = frozenset({"desired", "wanted", "preferred", "wish", "wishes", "want", "wants", "prefer", "prefers", "like",
                     "choose", "chosen"})

# What opens a condition, a scope or a reservation (_fronted_condition: where the other version keeps a condition).
_RESERVING = frozenset({c[0] for c in _CONCESSIVE if c[0] != "even"} | {"while"})  # ('although', 'despite', …)
_RESTRICTING = CONDITION_OPENERS | _RESERVING | {"pending", "for", "but", "after", "before", "as", "without", "with"}
# Words that open a reservation or a contrast wherever they stand in a sentence.
RESERVATIONS = frozenset({"but", "although", "though", "however", "yet", "while", "whilst", "despite",
                          "nonetheless", "nevertheless", "notwithstanding", "albeit"})
# A condition named by reference to what was said before ('In these cases, …', 'If so, …').
_CASES_NAMED = (("in", "these", "cases"), ("in", "such", "cases"), ("in", "this", "case"), ("in", "that", "case"),
                ("in", "such", "a", "case"), ("if", "so"), ("in", "these", "situations"), ("in", "such", "situations"),
                ("in", "those", "cases"), ("where", "this", "is", "the", "case"))
# (_fronted_condition's openers: the restrictors and reservations that can stand first, before the claim's comma; not
# 'Despite the difficulties, …', which sets the claim against a fact rather than limiting it)
_FRONTED_OPENERS = (*(r for r in _RESTRICTORS if r[0] not in ("only", "except", "given", "subject")),
                    *(c for c in _CONCESSIVE if c[0] not in ("despite", "notwithstanding")),
                    ("while",), ("given", "that"), ("provided",), ("providing",))


def _turned_against(d: PairDiff, a: Prescription, b: Prescription) -> Finding | None:
    """Advice to do a thing become advice against it, or the reverse, only its verb changed ('Use Amazon Route 53'
    → 'Move away from Amazon Route 53', 'You should use X' → 'You should avoid X', 'Consider using X' → 'Avoid
    using X'): the same advice reversed, not pressed harder."""
    if not a.present or not b.present or not d.regions or len(d.regions) > AGAINST_MAX_REGIONS or a.level or b.level:
        return None  # (an advisory level moved, 'Exercise Increased Caution' → 'Do Not Travel', is read as a level)
    if any(r.i2 - r.i1 > AGAINST_MAX_WORDS or r.j2 - r.j1 > AGAINST_MAX_WORDS for r in d.regions):
        return None
    # the change at the advice's verb ('Use Grafana to build …' → 'Avoid Grafana when building …': the other change
    # words how the thing is used)
    r = d.regions[0]
    was, now = _advises_against(d.old, a, r.i1, r.i2), _advises_against(d.new, b, r.j1, r.j2)
    if was is None or now is None or was == now:
        return None
    old, new = span(d.old, r.i1, r.i2), span(d.new, r.j1, r.j2)
    return Finding("recommendation", "high", "reversed", a.terms, b.terms,
                   f"advice reversed: '{old or '(none)'}' → '{new or '(none)'}'")


# Verbs that advise, after which 'against' (past the people advised) turns the advice round: 'CISA recommends users
# take X' → 'CISA advises users against taking X'.
# ('warns users about X' keeps from X as 'warns users against X' does: verbs of warning are not among them)
_ADVISING_VERBS = frozenset({"advise", "advises", "advised", "recommend", "recommends", "recommended", "urge", "urges",
                             "urged", "counsel", "counsels", "counselled", "encourage", "encourages", "encouraged"})
# Verbs that advise against whatever follows: 'CISA discourages users from taking X'.
_DISSUADING = frozenset({"discourage", "discourages", "discouraged", "dissuade", "dissuades", "dissuaded"})
ADVISED_REACH = 4  # words after the verb of advice in which 'against' or a word of keeping from may stand


def _advice_side(s: Sentence) -> bool | None:
    """Whether the sentence's verb of advice advises against what it names ('advises users against taking X', 'urges
    customers not to …', 'recommends that users avoid …'): True; for it: False; None without such a verb."""
    words = s.words
    k = next((i for i, w in enumerate(words) if w in _ADVISING_VERBS or w in _DISSUADING), None)
    if k is None:
        return None
    if words[k] in _DISSUADING:  # ('discouraged by the data' is a mood, not advice)
        return True if "from" in words[k + 1:k + 1 + ADVISED_REACH] else None
    reach = words[k + 1:k + 1 + ADVISED_REACH]
    if "against" in reach:
        at = reach.index("against")
        return all(w in PEOPLE_NOUNS or w in AGENT_NOUNS or w in _DETERMINERS for w in reach[:at])
    return bool(_AGAINST.find(words, k + 1, min(len(words), k + 1 + ADVISED_REACH)))


def _advised_against(d: PairDiff, a: Prescription, b: Prescription) -> Finding | None:
    """Advice for a thing become advice against it, by the words after its verb of advice, whatever else moved ('CISA
    recommends users take defensive measures' → 'CISA advises users against taking defensive measures of their own'):
    reversed."""
    if not a.present or not b.present:
        return None
    was, now = _advice_side(d.old), _advice_side(d.new)
    if (was is None or now is None) and _same_deed(d.old, d.new):
        # a side that advises by a modal, on the same deed ('The CSP SHOULD bind …' → 'The CSP is discouraged from
        # binding …', 'you may wish to archive it' → 'you should not archive it'): for or against by the modal's
        # own negation, read with the sentence's other words of advice
        was, now = _advice_side_whole(d.old), _advice_side_whole(d.new)
    if (was, now) in ((True, None), (None, True)) and _limiting(d.new if was else d.old):
        # ('should avoid alcohol' ↔ 'should limit alcohol': kept from in part, a step short of keeping from it)
        step: Direction = "down" if was else "up"
        how = "now only limited" if was else "now kept from, not only limited"
        return Finding("recommendation", "medium", step, a.terms, b.terms,
                       f"advice {how}: '{' '.join(d.old_changed()[:4])}' → '{' '.join(d.new_changed()[:4])}'")
    if was is None or now is None or was == now:
        return None
    way = "against it" if now else "for it"
    return Finding("recommendation", "high", "reversed", a.terms, b.terms,
                   f"advice reversed: now advised {way} ('{' / '.join(a.terms)}' → '{' / '.join(b.terms)}')")


_ADVISING_MODALS = frozenset({"should", "must", "shall", "ought", "may", "might"})
_LEAVE_MODALS = frozenset({"may", "might"})
MODAL_NEGATION_REACH = 3  # words after a modal of advice in which its 'not' stands ('should not', 'may wish not to')


DEED_REACH = 4  # words after a word of advice in which the deed it advises stands
DEED_STEM = 4  # letters a deed's word shares with the other side's ('bind' / 'binding', 'archive' / 'archived')


def _deed_words(s: Sentence) -> set[str]:
    """The stems of the content words just after each word of advice (a modal, a verb of advice or dissuasion)."""
    words, out = s.words, set[str]()
    for k, w in enumerate(words):
        if w in _ADVISING_MODALS or w in _ADVISING_VERBS or w in _DISSUADING:
            out.update(x[:DEED_STEM] for x in words[k + 1:k + 1 + DEED_REACH]
                       if x.isalpha() and len(x) >= DEED_STEM and x not in FUNCTION_WORDS and x not in _WISHES)
    return out


def _same_deed(a: Sentence, b: Sentence) -> bool:
    """The advice of both sentences is about the same deed ('SHOULD bind' / 'discouraged from binding'), not two
    pieces of advice a split or a merge set side by side ('encouraged to consider X' / 'should not assume Y')."""
    return not _deed_words(a).isdisjoint(_deed_words(b))


def _advice_side_whole(s: Sentence) -> bool | None:
    """Whether the sentence's modals of advice advise against ('SHOULD NOT bind', 'should never', 'may wish
    not to', 'discouraged from'): True; for ('should bind', 'may wish to archive', 'recommends'): False; None
    without one, when a leave given is all there is ('MAY use', the middle of the scale: to or from it is a move,
    not a reversal), or when the sentence advises both for and against. 'not only' adds, it does not deny."""
    words = s.words
    modals = [i for i, w in enumerate(words) if w in _ADVISING_MODALS]
    verb = _advice_side(s)
    if (not modals and verb is None) or not prescription(s).present:
        return None
    sides = set() if verb is None else {verb}
    for k in modals:
        reach = list(words[k + 1:k + 1 + MODAL_NEGATION_REACH])
        if words[k] in _LEAVE_MODALS and reach[:1] != ["wish"] and reach[:1] != ["want"]:
            continue  # ('MAY use': leave given, the middle between for and against; 'may wish to' advises)
        if reach[:1] and reach[0] in _LIMITING:
            continue  # ('should limit alcohol': kept from in part, the middle between for and against)
        at = next((i for i, w in enumerate(reach) if w in ("not", "never")), None)
        # ('SHOULD decline to operate', 'should refrain from', 'should avoid': a verb of keeping from, as 'not')
        keeping = any(m.phrase not in ("not", "never") for m in _AGAINST.find(reach))
        sides.add((at is not None and reach[at + 1:at + 2] != ["only"]) or keeping)
    # ('SHALL conduct X and SHALL NOT alter Y', 'encouraged to consider X …; should not assume Y': advice both for
    # and against, as a whole neither)
    return sides.pop() if len(sides) == 1 else None


def _limiting(s: Sentence) -> bool:
    """A modal of advice whose verb keeps from a thing in part ('should limit', 'must restrict')."""
    return any(w in _ADVISING_MODALS and s.words[k + 1:k + 2] and s.words[k + 1] in _LIMITING
               for k, w in enumerate(s.words))


AGAINST_MAX_REGIONS = 2  # changed stretches, at most: the verb's and one more of a few words
AGAINST_MAX_WORDS = 6  # changed words, at most, on each side of a verb that turned the advice against what it named
AGAINST_REACH = 4  # words from the advice's verb, inside the change, in which the words against it may stand


def _advises_against(s: Sentence, p: Prescription, lo: int, hi: int) -> bool | None:
    """Whether the changed words [lo, hi) say to keep from what the advice names (an instruction's verb, or the verb
    after a prescribing modal: 'avoid', 'stop', 'never', 'do not', 'move away from'): True; a verb of doing in that
    place: False; None where the change is not at the advice's verb."""
    heads = {t.split()[0] for t in p.terms}  # ('Avoid …', 'Consider using …': the prescribing word is the verb)
    k = next((k for k in range(lo, min(hi, len(s.words))) if k == p.head or s.words[k] in heads or (
        k > 0 and s.words[k - 1] in _ADVISING_BEFORE) or (k > 1 and s.words[k - 1] == "to" and s.words[
            k - 2] in _NEEDING)), None)
    if k is None or s.words[k] in _LIMITING or s.words[k] in _PERMISSIVE:
        # ('avoid using X' → 'limit use of X': kept from less, not turned round; 'should not include X' → 'may
        # include X': a prohibition lifted into latitude, not advice to do it)
        return None
    # (the verb itself, or one a few words on inside the change: 'There is no need to switch', 'Consider moving
    # away from X')
    reach = min(k + AGAINST_REACH, hi)
    return any(m.start < reach for m in _AGAINST.find(s.words, k, len(s.words)))


# Where the verb of advice stands: after a prescribing modal, or 'to' after a need ('should avoid', 'is to avoid',
# 'need to stop'; not the 'to' of a purpose: '… to stop deploys').
_NEEDING = frozenset({"need", "needs", "ought", "have", "has", "is", "are", "required", "want"})
# ('We recommend avoiding …', 'Consider moving away from …': what is recommended is the verb after it).
_ADVISING_BEFORE = frozenset({"should", "must", "shall", "recommend", "recommends", "advise", "advises",
                              "suggest", "suggests", "consider", "encourage", "encourages"})
# Verbs that advise keeping from a thing in part: neither doing it nor keeping from it.
_LIMITING = frozenset({"limit", "limiting", "restrict", "restricting", "reduce", "reducing", "minimise", "minimize",
                       "minimising", "minimizing", "curb", "curbing"})
# Verbs that advise keeping from a thing.
_AGAINST = PhraseTable(dict.fromkeys((
    "avoid", "avoiding", "never", "stop", "stopping", "cease", "ceasing", "quit", "discontinue", "discontinuing",
    "refrain", "refraining", "forgo", "forgoing", "forego", "skip", "skipping", "omit", "omitting", "not",
    "move away from", "moving away from", "migrate away from", "migrating away from",
    "turn away from", "phase out", "phasing out", "steer clear", "steer away from", "steered away from",
    "steers away from", "no need to", "decline to", "refuse to", "prohibited", "forbidden",
    # a negative adverbial that negates the modal before it ('must on no account trigger', 'should under no
    # circumstances share'): as 'must not'
    *NEGATIVE_ADVERBIALS, *_BANNING), 1))


# What a frame of advice put before an instruction's verb ends on ('It can help to class …', 'you can open …').
_FRAME_ENDS = (_MODAL_VERBS - {"cannot"}) | {"to"}
FRAMED_VERB_WORDS = 1  # words of the instruction the frame may replace as it came (its verb: 'make' → 'you can open')


def _framed_instruction(d: PairDiff, a: Prescription, b: Prescription) -> tuple[Prescription, Prescription]:
    """One side prescribes by a frame put in before a verb ('It can help to class issues as:', 'If it goes well
    you can open a pull request'), the other by nothing the tables know: where the frame went in, the other side's
    sentence opened on that verb, or went on with it after an opening clause ('Class issues as:', 'If it goes well
    make a pull request'): an instruction, which the frame put into other words, as strong as 'should'."""
    for x, y, old in ((a, b, True), (b, a, False)):
        if x.present or not y.present:
            continue
        xs, ys = (d.old, d.new) if old else (d.new, d.old)
        marks = _prescriptive(ys)
        for r in d.regions:
            lo, hi, ylo, yhi = (r.i1, r.i2, r.j1, r.j2) if old else (r.j1, r.j2, r.i1, r.i2)
            if hi - lo > FRAMED_VERB_WORDS or yhi - ylo < 2 or lo >= len(xs.words):
                continue
            frame_end = yhi - (hi - lo)  # (the frame, and after it the verb that replaced x's, if one did)
            if ys.words[frame_end - 1] not in _FRAME_ENDS or not any(ylo <= m.start < frame_end for m in marks):
                continue
            opened = lo == 0 or "," in xs.gaps[lo] or (xs.words[0] in _OPENERS and lo <= OPENER_WORDS and (
                xs.words[lo - 1] not in AUXILIARY_VERBS and xs.words[lo - 1] != "to"))
            if opened and _verb_shaped(xs, lo) and xs.raw_tokens[lo][:1].isalpha():
                made = Prescription(x.level, 2, (xs.words[lo],), lo)
                return (made, b) if old else (a, made)
    return a, b


def _verb_swapped(d: PairDiff, a: Prescription, b: Prescription) -> tuple[Prescription, Prescription]:
    """An instruction whose verb was replaced by another word in its place ('Put alerts into a queue' → 'Place
    alerts in a queue'): the new word is the instruction's verb too, whether or not its shape alone says so."""
    def swapped(x: Prescription, other: Sentence, before: bool) -> Prescription | None:
        h = x.head
        if h is None or h >= len(other.words):
            return None
        spans = [(r.i1, r.i2, r.j1, r.j2) if before else (r.j1, r.j2, r.i1, r.i2) for r in d.regions]
        hit = any(lo <= h < hi and olo <= h < ohi for lo, hi, olo, ohi in spans)
        capital = other.raw_tokens[h][:1].isupper() or other.bulleted or h > 0
        if hit and capital and _verb_shaped(other, h) and not other.raw_tokens[h].isupper():
            return Prescription(0, 2, (other.words[h],), h)
        return None
    if a.head is not None and not b.present:
        b = swapped(a, d.new, True) or b
    elif b.head is not None and not a.present:
        a = swapped(b, d.old, False) or a
    return a, b


_DEONTIC = frozenset({"must", "should", "shall"})


def modal_swap(d: PairDiff) -> tuple[str, str] | None:
    """The one change is a prescribing modal swapped for a modal of latitude or the reverse ('Patients should
    receive the vaccine' → 'Patients may receive the vaccine'): (old modal, new modal). The same subject is
    advised more or less strongly; it is not an estimate that moved. None otherwise, or when the prescribing
    modal is itself an estimate ('prices should help')."""
    if len(d.regions) != 1:
        return None
    r = d.regions[0]
    if r.i2 - r.i1 != 1 or r.j2 - r.j1 != 1:
        return None
    a, b = d.old.words[r.i1], d.new.words[r.j1]
    if a in _DEONTIC and b in _PERMISSIVE:
        side, at = d.old, r.i1
    elif a in _PERMISSIVE and b in _DEONTIC:
        side, at = d.new, r.j1
    else:
        return None
    if side.raw_tokens[at].isupper() or not any(m.start == at for m in _prescriptive(side)):
        return None
    return a, b


def _passive_of(terms: tuple[str, ...], other: Sentence) -> bool:
    """The prescribing terms are all latitude granted ('can use', 'may request') and the other version says the
    same of the thing in the passive ('can be used', 'may be requested')."""
    if not terms:
        return False
    for t in terms:
        parts = t.split()
        if len(parts) < 2 or parts[0] not in _PERMISSIVE:
            return False
        verb = parts[-1].rstrip("e")[:4]  # 'use' → 'used', 'request' → 'requested'
        if not any(_passive_at(other.words, i, verb) for i, w in enumerate(other.words) if w in _PERMISSIVE):
            return False
    return True


def _passive_at(words: tuple[str, ...], i: int, verb: str) -> bool:
    """A modal of latitude at i in the passive of `verb` ('can be used', 'may continue to be used')."""
    k = i + 1
    if words[k:k + 2] == ("continue", "to"):
        k += 2
    return words[k:k + 1] == ("be",) and k + 1 < len(words) and words[k + 1].startswith(verb)


def _required_restated(terms: tuple[str, ...], other: Sentence) -> bool:
    """The rule is only that a thing 'is required', and the other version says the same with the verb ('IAL2 and
    IAL3 require identity proofing') or the noun ('introduces the need for identity proofing')."""
    return bool(terms) and all(t in ("is required", "are required") for t in terms) and any(
        w.startswith("requir") or w in ("need", "needs") for w in other.words)


def _misspelt(terms: tuple[str, ...], other: Sentence) -> bool:
    """Every word of the prescribing terms stands in the other version spelt another way (a typo fixed or made)."""
    words = [w for t in terms for w in t.split()]
    return bool(words) and all(any(t.lower() != w and same_word(w, t) for t in other.raw_tokens) for w in words)


def _remedy(words: list[str]) -> int | None:
    """The strength of the remedy that changed words name (REMEDY_STRENGTH): a word or two ending in the remedy's
    noun, the last part of a joined name read ('temporary workaround', 'vendor_fix'); None otherwise."""
    if not 1 <= len(words) <= 2:
        return None
    return REMEDY_STRENGTH.get(re.split(r"[_-]", words[-1])[-1])


def _remedy_swap(d: PairDiff) -> Finding | None:
    """One kind of remedy named in place of another, nothing else changed: a fix (what removes the cause) for a
    mitigation or workaround (what reduces the harm) weakens the advice (down), the reverse strengthens it (up)
    ('a vendor fix is available' → 'a mitigation is available'). Named only in the label of a line of advice
    ('Remediation (vendor_fix): firmware 36' → 'Remediation (mitigation): …'), classify reports it low."""
    if len(d.regions) != 1:
        return None
    a, b = _remedy(d.old_changed()), _remedy(d.new_changed())
    if a is None or b is None or a == b:
        return None
    moved: Direction = "up" if b > a else "down"
    word = "strengthened" if moved == "up" else "weakened"
    r = d.regions[0]
    before, after = _written(d.old, r.i1, r.i2), _written(d.new, r.j1, r.j2)
    return Finding("recommendation", "medium", moved, (before,), (after,), f"remedy {word}: '{before}' → '{after}'")


def _written(s: Sentence, lo: int, hi: int) -> str:
    """Words [lo, hi) of a sentence with the text between them as written ('vendor_fix', not 'vendor _fix')."""
    return s.raw_tokens[lo] + "".join(g + t for g, t in zip(s.gaps[lo + 1:hi], s.raw_tokens[lo + 1:hi], strict=True))


# Verbs that send the reader to another text rather than ask a thing done ('see the guide', 'refer to', 'check out').
_POINTING = frozenset({"see", "refer", "read", "visit", "consult", "check", "look", "find"})


def points_elsewhere(s: Sentence, p: Prescription) -> bool:
    """What the sentence prescribes is only to look at another text ('For hardening principles, see this NCSC page:
    <…>', 'Please read the [Service Manual]', 'users can refer to the manual'): advice, but a pointer, whose being
    added or dropped is a nuance (what it points at is read where it is)."""
    return bool(p.terms) and not p.level and referential(s) and all(
        t.split()[-1] in _POINTING for t in p.terms)


BARE_INSTRUCTION = ("now a bare instruction", "no longer a bare instruction")  # how that finding's explanation opens


_ADDRESSEES = frozenset({"you", "your", "yours", "we", "our", "us"})  # the reader and the writers
RECAST_VERB_WORDS = 2  # words of the verb an advice told to the reader may gain ('write', 'set up')


def _told_to_the_reader(d: PairDiff, plain: Callable[[str], bool], said: set[str]) -> bool:
    """The advice put to the reader, the rest kept: one side changed only prescribing words and words of no content
    (`plain`), the other also names the reader and gives the doing a verb of its own ('New Python projects should be
    in Python 3' → 'You should write new Python projects in Python 3', 'Alerts must distinguish …' → 'You must set
    up your alerts to distinguish …'): the same advice, told to whom it was always for. The prescribing words
    themselves moved, on both sides (not a clause added or dropped beside a prescription that stayed, '… as soon as
    you detect an incident'), and the verb gained neither keeps from the deed nor limits it, nor is anything
    negated."""
    if any(w in NEGATIONS.words for w in d.old_changed() + d.new_changed()):
        return False
    for one, other in ((d.old_changed(), d.new_changed()), (d.new_changed(), d.old_changed())):
        extra = [w for w in other if not plain(w) and w not in _ADDRESSEES]
        if all(plain(w) for w in one) and not said.isdisjoint(one) and not said.isdisjoint(other) and (
                not _ADDRESSEES.isdisjoint(other) and len(extra) <= RECAST_VERB_WORDS) and (
                not _AGAINST.find(tuple(other)) and _LIMITING.isdisjoint(extra)):
            return True
    return False


_OBLIGING = frozenset({"must", "shall"})
_NEEDING = frozenset({"need to", "needs to", "have to", "has to"})


def _necessity_for_obligation(d: PairDiff) -> Finding | None:
    """'Agencies must ensure' → 'Agencies need to ensure': a need stated where an obligation was laid down, the
    firmest advice both, but 'must' binds and 'need to' explains (as plain-language style guides rank them) —
    softened, and strengthened the other way. Only where these are the prescribing words the edit changed."""
    la, lb = _changed_marks(d)
    old, new = {m.phrase for m in la}, {m.phrase for m in lb}
    if old <= _OBLIGING and new <= _NEEDING and old and new:
        moved: Direction = "down"
    elif old <= _NEEDING and new <= _OBLIGING and old and new:
        moved = "up"
    else:
        return None
    word = "softened" if moved == "down" else "strengthened"
    return Finding("recommendation", "medium", moved, tuple(sorted(old)), tuple(sorted(new)),
                   f"recommendation {word}: '{' / '.join(sorted(old))}' → '{' / '.join(sorted(new))}'")


_WEIGHING = frozenset({"consider", "considers"})


def _asked_to_weigh(d: PairDiff, a: Prescription, b: Prescription) -> Finding | None:
    """'We recommend that you rotate keys' → 'You should consider rotating keys': as firm a prescribing word both, but
    one now asks only that the reader weigh the course ('consider'), a step softer ('You should use X' → 'You should
    consider using X'); firmer the other way. Only where 'consider' came or went among the changed prescribing words
    of two sentences that prescribe as firmly as 'should'."""
    la, lb = _changed_marks(d)
    weigh_old = any(m.phrase in _WEIGHING for m in la)
    weigh_new = any(m.phrase in _WEIGHING for m in lb)
    if weigh_old == weigh_new:
        return None
    moved: Direction = "down" if weigh_new else "up"
    word = "softened: now only to be considered" if moved == "down" else "strengthened: no longer only to consider"
    return Finding("recommendation", "medium", moved, a.terms, b.terms,
                   f"recommendation {word} ('{' / '.join(a.terms)}' → '{' / '.join(b.terms)}')")


def same_advice_recast(d: PairDiff) -> bool:
    """Both versions prescribe, as strongly, and every word the edit changed is the prescribing words or a word of
    no content ('To reduce these risks, we recommend:' → 'To reduce these risks, you should:'): the same advice put
    another way."""
    a, b = prescription(d.old), prescription(d.new)
    if not (a.present and b.present) or a.force != b.force or a.level != b.level:
        return False
    said = {w for t in a.terms + b.terms for w in t.split()}
    changed = d.old_changed() + d.new_changed()
    if not changed:
        return False

    def plain(w: str) -> bool:
        return w in said or w in FUNCTION_WORDS or not w.isalpha()

    if not all(plain(w) for w in changed) and not _told_to_the_reader(d, plain, said):
        return False
    # and no prescribing word the edit touched is of another strength ('we recommend using' → 'you should
    # consider using': 'consider' softens what 'should' asks)
    return all(m.value == a.force for marks in _changed_marks(d) for m in marks)


def detect_recommendation(d: PairDiff) -> Finding | None:
    """A prescription was added, dropped, softened or strengthened inside the changed words, or the remedy it
    names was (_remedy_swap)."""
    remedy = _remedy_swap(d)
    if remedy is not None:
        return remedy
    swap = modal_swap(d)
    if swap is not None:
        moved: Direction = "down" if swap[0] in _DEONTIC else "up"
        word = "softened into an allowance" if moved == "down" else "strengthened from an allowance"
        return Finding("recommendation", "medium", moved, (swap[0],), (swap[1],),
                       f"recommendation {word}: '{swap[0]}' → '{swap[1]}'")
    a, b = _verb_swapped(d, prescription(d.old), prescription(d.new))
    a, b = _framed_instruction(d, a, b)
    if not a.present and not b.present:
        return None
    against = _turned_against(d, a, b) or _advised_against(d, a, b)
    if against is not None:
        return against
    softened = _latitude(d, a, b) or _granted_to_advised(d, a, b)
    if softened is not None:
        return softened
    changed = set(d.old_changed()) | set(d.new_changed())
    touched = any(w in changed for t in a.terms + b.terms for w in t.split())
    if not touched:
        return _scoped(d, a, b) or _alternatives_joined(d, a, b)
    if a.level and b.level and a.level != b.level:
        raised: Direction = "up" if b.level > a.level else "down"
        word = "raised" if raised == "up" else "lowered"
        return Finding("recommendation", "high", raised, a.terms, b.terms,
                       f"advisory {word}: {_LEVEL_NAMES.get(a.level)} → {_LEVEL_NAMES.get(b.level)} "
                       f"('{' / '.join(a.terms)}' → '{' / '.join(b.terms)}')")
    sa, sb = a.force, b.force
    if sa == sb and sa:
        # The strongest prescription is unchanged; one beside the edit may still have moved ("should not" →
        # "must not" in a sentence that also says "must").
        la, lb = _changed_marks(d)
        if la and lb and max(m.value for m in la) != max(m.value for m in lb):
            a = Prescription(0, max(m.value for m in la), tuple(m.phrase for m in la))
            b = Prescription(0, max(m.value for m in lb), tuple(m.phrase for m in lb))
            sa, sb = a.strength, b.strength
    if sa == sb and sa == 2 and (a.head is None) != (b.head is None) and not a.level and not b.level:
        # 'You should only use X' ↔ 'Only use X': the same advice, the bare instruction the firmer of the two (a
        # nuance, low); which side gave 'should' up tells the direction.
        firmer: Direction = "up" if b.head is not None else "down"
        said = f"'{' / '.join(a.terms)}' → '{' / '.join(b.terms)}'"
        now = BARE_INSTRUCTION[0] if firmer == "up" else BARE_INSTRUCTION[1]
        return Finding("recommendation", "low", firmer, a.terms, b.terms, f"{now}: {said}")
    if sa == sb and not a.level and not b.level:
        eased = _necessity_for_obligation(d) if sa == 3 else _asked_to_weigh(d, a, b) if sa == 2 else None
        if eased is not None:
            return eased
    if sa == sb or _recast(d, a, b):
        return None
    if (sa == 0 and _misspelt(b.terms, d.old)) or (sb == 0 and _misspelt(a.terms, d.new)):
        return None  # 'it encouages' → 'it encourages': the same word, its spelling corrected
    if (sa == 0 and _passive_of(b.terms, d.old)) or (sb == 0 and _passive_of(a.terms, d.new)):
        return None  # 'X can be used when …' → 'You can use X when …': the same latitude in the active voice
    if (sa == 0 and _required_restated(b.terms, d.old)) or (sb == 0 and _required_restated(a.terms, d.new)):
        return None  # 'Recovery requires a system reset' → 'A system reset is required for recovery'
    if not sa or not sb:
        loosened = not sa
        promised = _promised(d.old, b) if loosened else _promised(d.new, a)
        if promised is not None:
            # 'We will notify you' → 'We may notify you': what was promised is now leeway the writer keeps
            before, after = promised if loosened else promised[::-1]
            return Finding("likelihood", "medium", "down" if loosened else "up", (before,), (after,),
                           f"a promise made {'less sure' if loosened else 'surer'}: '{before}' → '{after}'")
    if sa == 0:
        return Finding("recommendation", "low" if points_elsewhere(d.new, b) else "high", "up", (), b.terms,
                       f"recommendation added: '{span(d.new, 0, 12)}...'")
    if sb == 0:
        return Finding("recommendation", "low" if points_elsewhere(d.old, a) else "high", "down", a.terms, (),
                       f"recommendation dropped: '{' / '.join(a.terms)}' no longer prescribed")
    direction: Direction = "up" if sb > sa else "down"
    word = "strengthened" if direction == "up" else "softened"
    return Finding("recommendation", "medium", direction, a.terms, b.terms,
                   f"recommendation {word}: '{' / '.join(a.terms)}' → '{' / '.join(b.terms)}'")
