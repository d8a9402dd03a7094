"""Sentence tokens for the detectors: markdown stripped, words lower-cased, a comparison key, editorial tests."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from monitor.assess.lexicon import MONTHS, NEGATION_PREFIXES, PROTECTED, SPELLING_VARIANTS
from monitor.lazy_re import lazy_compile

# Links keep their text, never their target: `[t](u)`, `[[t]](u)`, `[t][ref]`; a reference definition
# (`[ref]: https://…`), a bare URL and an inline HTML tag are not words a reader reads as prose. An anchor in the
# page may hold spaces ('(#1-prioritise your-journeys)').
_LINK = lazy_compile(r"!?\[\[?([^\[\]]*)\]?\](?:\([^()\s]*(?:\s+\"[^\"]*\")?\)|\(#[^()]*\)|\[[^\[\]]*\])")
_LINK_DEF = lazy_compile(r"(?:^|(?<=\s))\[[^\[\]]+\]:\s*\S+")
_URL = lazy_compile(r"\b(?:https?|ftp)://[^\s<>()\[\]]+|<(?:/?[A-Za-z][A-Za-z0-9]*\b[^<>]{0,200}|!--.{0,200}?--)>")
# Emphasis marks: '**', '__', '`', and a single '*' or '_' that opens or closes a run of words ('_Risk Management
# Guide_'), never one inside a word ('snake_case', '2*3').
_MARKUP = lazy_compile(r"\*\*|__|`|(?<!\w)[*_](?=[^\W_])|(?<=[^\W_])[*_](?!\w)")
_LEAD = re.compile(r"^(?:#+\s*|[*\-\u2022\u25c6]\s+|\(?[0-9a-z]{1,2}[.)]\s+)+", re.IGNORECASE)
# Tokens: ISO dates and timestamps ('2024-03-07T07:00:00Z') whole, numbers (with a unit glued on), identifiers of
# letters then digits ('APT29', 'H5N1', 'M730VS' - a name, not a quantity; 'FY2026' and one-letter 'Q3' stay a
# period and a number), words with apostrophes, anything else. The one group is the whole token, so that re.split
# returns the text's gaps and tokens in turn (the pattern matches no empty text).
_TOKEN = re.compile(
    r"(\d{4}-\d\d(?:-\d\d(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
    r"|T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)(?!\d)"  # ('2023-07T06:00:00Z': to the month)
    r"|\d+(?:\.\d+)?[eE][+-]?\d{1,3}(?![\w.])"  # scientific notation, '3E9', '1.5e-3'
    r"|\d+(?:[.,/]\d+)*(?:%|[A-Za-z]+)?|(?!(?:FY|CY)\d)[A-Za-z]{2,}\d+[A-Za-z\d]*|[A-Za-z]\d+[A-Za-z][A-Za-z\d]*"
    r"|[^\W\d_]+(?:'[^\W\d_]+)*|\w+)"
)
# plain_key's tables over UTF-8 bytes (a byte below 128 is always a whole ASCII character there): ASCII upper case
# folded to lower (all that casefold does to ASCII), and every ASCII character that is not a letter or digit.
_ASCII_FOLD = bytes.maketrans(bytes(range(65, 91)), bytes(range(97, 123)))
_ASCII_NOT_ALNUM = bytes(c for c in range(128) if not chr(c).isalnum())
_ASCII = bytes(range(128))


_ADMONITION = lazy_compile(r"\[!(?:NOTE|TIP|INFO|IMPORTANT|WARNING|CAUTION|DANGER)\]", re.IGNORECASE)
# A citation in Pandoc's form ('[@doi:10.1101/095786]', '[@pmid:27134610; @tag:Way2017]'): it names the works
# a claim rests on, and a reader reads past it as past a link's target.
_CITATION = lazy_compile(r"\s?\[@[^\[\]]*\]")
# A footnote's mark in Markdown ('… the template [^1].', '[^note]'): it points at a note, and says no number.
_FOOTNOTE_MARK = lazy_compile(r"\s?\[\^[^\[\]\s]{1,24}\]")
# An author's note to the authors left in a draft, in code quotes or brackets ('`TODO: add examples`', '[TBD: cite
# the survey]'): work still to do on the text, not something the text says.
_DRAFT_MARKS = ("TODO", "FIXME", "TBD", "XXX")
_DRAFT_NOTE = lazy_compile(rf"\s?(?:`(?:{'|'.join(_DRAFT_MARKS)})\b[^`]*`|\[(?:{'|'.join(_DRAFT_MARKS)})\b[^\[\]]*\])")


def plain(text: str) -> str:
    """The words a reader sees: markdown links reduced to their text, emphasis, list markers, callout labels
    ('> [!TIP]'), citation keys ('[@doi:…]'), footnote marks ('[^1]') and a draft's notes to its authors ('`TODO:
    add examples`') dropped."""
    # Each pattern runs only where its literal part occurs: a scan of every position costs far more. A search for
    # two characters is tried only where a search for one of them (memchr, far faster) found it: every pattern
    # of the bracket block needs a '[' ('[!' before it removes no other), '[!', '[@' and '://' need their
    # rarer second character.
    if "[" in text:
        if "!" in text and "[!" in text:
            text = _ADMONITION.sub("", text)
        if "@" in text and "[@" in text:
            text = _CITATION.sub("", text)
        if "^" in text and "[^" in text:
            text = _FOOTNOTE_MARK.sub("", text)
        if "]" in text:
            if ":" in text and "]:" in text:
                text = _LINK_DEF.sub("", text)
            if "](" in text or "][" in text:
                text = _LINK.sub(r"\1", text)
    if ("`" in text or "[" in text) and any(mark in text for mark in _DRAFT_MARKS):
        text = _DRAFT_NOTE.sub("", text)
    if (":" in text and "://" in text) or "<" in text:
        text = _URL.sub("", text)
    if "*" in text or "_" in text or "`" in text:
        text = _MARKUP.sub("", text)
    text = text.strip()
    lead = _LEAD.match(text)  # anchored at the start: one match, not a search along the text
    return text[lead.end():] if lead else text


def key(text: str) -> str:
    """Comparison key: letters and digits only, case-folded (reflow, punctuation, case and markup vanish)."""
    return plain_key(plain(text))


def plain_key(stripped: str) -> str:
    """key() of a text whose plain() is `stripped`."""
    # Case-folded, then every character that is not isalnum() deleted (what the pattern [\W_]+ deletes). Both steps
    # work character by character, so they run on UTF-8 bytes in C: bytes.translate for the ASCII characters, one
    # bytes.replace per distinct other character that is not a letter or digit (a text has few: quotes, dashes).
    if stripped.isascii():
        return stripped.encode("ascii").translate(_ASCII_FOLD, _ASCII_NOT_ALNUM).decode("ascii")
    folded = stripped.casefold().encode("utf-8", "surrogatepass")
    kept = folded.translate(None, _ASCII_NOT_ALNUM)
    for ch in set(folded.translate(None, _ASCII).decode("utf-8", "surrogatepass")):
        if not ch.isalnum():
            kept = kept.replace(ch.encode("utf-8", "surrogatepass"), b"")
    return kept.decode("utf-8", "surrogatepass")


# A list entry's marker at the head of its text: a bullet, or a number or letter that counts the entries ('1.', 'b)',
# '(iv)').
BULLET = re.compile(r"\s*(?:[*\-\u2022\u25c6]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)])\s")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of one version, with where it came from and its analysed tokens."""

    text: str
    section: str | None
    group: int
    order: int
    raw_tokens: tuple[str, ...]
    gaps: tuple[str, ...]  # the characters before each token (punctuation tells names apart)
    words: tuple[str, ...]
    key: str
    bulleted: bool

    @classmethod
    def of(cls, text: str, section: str | None, group: int, order: int, stripped: str | None = None) -> Sentence:
        """The sentence analysed; `stripped` is plain(text) when the caller has it already."""
        stripped = plain(text) if stripped is None else stripped
        parts = _TOKEN.split(stripped)  # gap, token, gap, token, …, what follows the last token
        raw_tokens = tuple(parts[1::2])
        gaps = tuple(parts[0:-1:2])
        words = tuple(t.lower() for t in raw_tokens)
        if "'" in stripped and any(w.endswith("n't") for w in words):
            raw_tokens, gaps, words = _contractions_spelled(raw_tokens, gaps, words)
        bulleted = bool(BULLET.match(text))
        return cls(text, section, group, order, raw_tokens, gaps, words, plain_key(stripped), bulleted)


# Contractions whose first part is not the auxiliary as written ('won't' is 'will not').
_IRREGULAR = {"can't": ("cannot",), "won't": ("will", "not"), "shan't": ("shall", "not"), "ain't": ("ain't",)}


def _contractions_spelled(raw_tokens: tuple[str, ...], gaps: tuple[str, ...],
             words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """A negated auxiliary read as the two words it stands for ('isn't' → 'is not', 'won't' → 'will not'; 'can't' →
    'cannot'), so that every table, the word diff and the negation count see one spelling: 'isn't likely' →
    'is not likely' is no change of likelihood. The tokens as written are the two parts ('is' and 'n't', no gap
    between them), so what is quoted reads as the text did."""
    raw: list[str] = []
    gap: list[str] = []
    out: list[str] = []
    for t, g, w in zip(raw_tokens, gaps, words, strict=True):
        spelled = _IRREGULAR.get(w) or ((w[:-3], "not") if w.endswith("n't") and len(w) > 3 else (w,))
        out.append(spelled[0])
        gap.append(g)
        if len(spelled) == 2:
            raw += (t[:-3], t[-3:])
            gap.append("")
            out.append(spelled[1])
        else:
            raw.append(t)
    return tuple(raw), tuple(gap), tuple(out)


_TITLE_GLUE = frozenset("of and the in for to on at a an with by from or de du la le des del da".split())


@lru_cache(maxsize=8192)
def title_like(s: Sentence) -> bool:
    """A heading, a name or an address line rather than a statement: every word is capitalised, a number or a
    small joining word ('U.S. Consular Services in French Polynesia', 'Detention of U.S. Nationals')."""
    caps = 0
    for t in s.raw_tokens:
        if t[:1].isupper():
            caps += 1
        elif t[:1].isalpha() and t.lower() not in _TITLE_GLUE:
            return False
    return caps > 0


def edit_distance(a: str, b: str, limit: int = 4) -> int:
    """Levenshtein distance, giving up (returning limit + 1) once it must exceed limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        best = i
        for j, cb in enumerate(b, 1):
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            cur.append(v)
            best = min(best, v)
        if best > limit:
            return limit + 1
        prev = cur
    return prev[-1]


# Words that open another clause after the one before them ('…, and it could …', 'X rises while Y falls'): where a
# clause read on its own ends.
CLAUSE_CONJUNCTIONS = frozenset({"and", "but", "or", "as", "because", "although", "though", "while", "whereas", "since",
                                 "so", "yet", "unless"})


def number_pair(a: str, b: str) -> bool:
    """The same noun (or verb) in the singular and the plural, or the third person ('user' / 'users', 'ship' / 'ships',
    'authority' / 'authorities', 'process' / 'processes')."""
    if a == b or not (a.isalpha() and b.isalpha()):
        return False
    short, long = sorted((a, b), key=len)
    return long in (short + "s", short + "es") or (short.endswith("y") and long == short[:-1] + "ies")


def variant_forms(word: str) -> set[str]:
    """The word and its spellings by the variant table ('favourable', 'favorable'); some forms are no word."""
    forms = {word}
    for a, b in SPELLING_VARIANTS:
        for x, y in ((a, b), (b, a)):
            if word.endswith(x):
                forms.add(word[: -len(x)] + y)
            if x in word[1:]:
                forms.add(word.replace(x, y))
    return forms


STEM = 5  # 'exploits' / 'exploitation', 'target' / 'targeting': a word's first letters stand for the word

# Words that open a noun phrase ('the need to …', 'an expected rise', 'their staff').
RELATIVES = frozenset({"that", "which", "who", "whom", "whose"})  # what opens a relative clause
NOUN_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"})
# The forms of 'have' that make a perfect ('has been fixed', 'had enabled').
HAVE_FORMS = frozenset({"has", "have", "had"})
# The finite forms of 'be' ('it is likely that', 'while one of them is running').
FINITE_BE = frozenset({"is", "are", "was", "were"})
# The possessive determiners ('your keys', 'their staff').
POSSESSIVES = frozenset({"your", "their", "our", "his", "her", "my", "its"})
# Small words inside a name written out, which its acronym may or may not take a letter from ('Senior Agency Official
# for Privacy' ↔ 'SAOP', 'Level of Assurance' ↔ 'LOA').
NAME_GLUE = frozenset({"of", "for", "and", "the", "on", "in"})
# Verbs of a plan or an intention of one's own, before 'to' ('plans to release', 'intends to fix', 'aims to').
PLANNING_VERBS = frozenset({"plans", "plan", "intends", "intend", "expects", "expect", "aims", "aim"})
# Words that open a clause of condition ('If X and Y, …', 'provided productivity growth picks up', 'until its goals
# are achieved'): what follows says when a claim holds, not what it claims.
CONDITION_OPENERS = frozenset({"if", "when", "where", "whenever", "wherever", "unless", "once", "provided",
                               "providing", "until", "assuming", "given"})

# Words skipped when looking for what a negation negates ("not be", "no longer be able to", "not yet realized",
# "no known exploits", "have no way to know").
NEGATION_SKIP = frozenset(
    "be been being is are was were have has had will would shall should may might can could must do does did "
    "to the a an any longer more yet always necessarily fully entirely ever really quite currently directly known"
    " way".split()
)


def negated_head(s: Sentence, start: int) -> int | None:
    """The index of the word a negation ending at `start` negates: the first one that is not an auxiliary,
    article or the like ('not be able' → 'able'); None at the sentence's end."""
    return next((i for i in range(start, len(s.words)) if s.words[i] not in NEGATION_SKIP), None)


def negated_pair(a: str, b: str) -> bool:
    """True when one word is the other with a negating prefix: able/unable, direct/indirect."""
    for x, y in ((a, b), (b, a)):
        for p in NEGATION_PREFIXES:
            if y.startswith(p) and y[len(p):] == x and len(x) >= 4:
                return True
    return False


TYPO_MIN_LEN = 6  # shorter words are too often other real words one letter away
SUBSTITUTION_MIN_LEN = 7  # a letter swapped for another inside a word this long is a slip ('adviced')


def _slip(a: str, b: str) -> bool:
    """A typing slip: one letter dropped or doubled, or two neighbours swapped, in a word of some length."""
    if max(len(a), len(b)) < TYPO_MIN_LEN or a[0] != b[0]:
        return False
    if abs(len(a) - len(b)) == 1:
        return edit_distance(a, b, limit=1) == 1
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return len(a) >= SUBSTITUTION_MIN_LEN and 0 < diff[0] < len(a) - 1  # 'adviced' → 'advised'
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    return False


@lru_cache(maxsize=65536)
def same_word(a_raw: str, b_raw: str) -> bool:
    """True when two tokens differ only editorially: case, a spelling variant, or a typo in a name or word."""
    a, b = a_raw.lower(), b_raw.lower()
    if a == b:
        return True
    if any(ch.isdigit() for ch in a + b):
        return False
    if negated_pair(a, b):
        return False
    if a in PROTECTED or b in PROTECTED:
        # A lexicon word is never swapped for another lexicon word as a typo fix; but a misspelling of one
        # ('expectd' → 'expected', 'liekly' → 'likely') is still editorial.
        return (a not in PROTECTED or b not in PROTECTED) and _slip(a, b)
    if variant_forms(a) & variant_forms(b):
        return True
    longer = max(len(a), len(b))
    if a_raw[:1].isupper() and b_raw[:1].isupper() and a[0] == b[0] and longer >= 4:
        # A corrected transliteration of a name: Berousov -> Belousov, Suja -> Sudzha.
        return edit_distance(a, b) <= max(2, longer // 2)
    if longer >= 8:
        return edit_distance(a, b) <= 2
    if longer >= 5:
        return edit_distance(a, b) <= 1 or _slip(a, b)  # ('buoyant' → 'bouyant': two neighbours swapped)
    return False


# A pointer to another text: the phrase that points, and the reference it points at (a link, a URL, a numbered
# section, a citation key). Either alone is prose; together they send the reader elsewhere. 'as described in
# [Section 5.2.7]' is an aside of a sentence that states or requires something of its own.
# 'which is referred to as the GDS AWS Platform' gives a name; it sends the reader nowhere.
# A figure's or link's attribute block after it ('![Caption](fig.png){#fig:x width="100%"}').
_ATTRIBUTES = lazy_compile(r"\{[#.][^{}]*\}\s*$")
_POINTER = lazy_compile(
    r"\b(?:see(?: also)?|refer(?:s|red)? to(?! as\b)|visit|check out|consult|(?<!as )(?:described|reviewed|discussed|"
    r"summari[sz]ed|surveyed) (?:\w+ ){0,2}(?:in|by)|reach out to|(?:is|are) (?:publicly )?(?:available|described|"
    r"listed|published) (?:on|in|at|from)|(?:is|are) available for (?:reading|download)|provides? (?:a|an) (?:section|"
    r"page|list|collection) (?:for|of|on)|can be found|you can find|(?:has|have|gives|give|provides|provide|contains|"
    r"contain|offers|offer|publishes|publish)(?: \[(?:(?:some|more|further|additional|detailed|specific|useful) )*"
    r"|(?: (?:some|more|further|additional|detailed|specific|useful))+ )(?:information|details|guidance|advice|"
    r"recommendations|suggestions)|(?:has|have|gives|provides|offers) (?:advice|guidance|recommendations|suggestions) "
    r"(?:about|on|for)"
    # where more is said: 'More information on whether an agency can federate is provided in [Section 6]', 'Further
    # requirements … are found in [FIPS 201]', '[Section 5] provides details on the risk assessment process', 'Section
    # 2.2 of OMB M-04-04 provides the guidance necessary for agencies to …'
    r"|(?:is|are) (?:provided|found|given|covered|contained) in|provides? (?:(?:further|more|additional|detailed) )?"
    r"(?:details|information) (?:on|about|of|for)|provides? the guidance necessary\b"
    # what a linked text does, the link its object or its words: 'The Service Manual explains [how to open closed
    # code][]', 'The Service Manual [explains some of these differences][]'
    r"|(?:explains|describes|sets out|covers) \[|(?<=\[)(?:explains|describes|sets out|covers))\b",
    re.IGNORECASE,
)
# Phrases that point elsewhere on their own ('Refer to Avoiding Email Scams for more information').
_STRONG_POINTER = lazy_compile(
    r"\b(?:read (?:more|about)|learn more|find out more|for (?:(?:more|further|additional|current|the latest|"
    r"up-to-date|full|complete|detailed)\s+)(?:contact\s+)?(?:information|details|guidance)|for (?:contact )?details"
    r"|for (?:your )?reference|(?:refer to|see) (?:below|above)"
    r"|(?:refer to|see) (?:the )?(?:preceding|following|previous|earlier|later|next) (?:sections?|chapters?|parts?)"
    # where to turn for help: 'You can contact Cyber Security if you have any questions or need help.'
    r"|if you (?:have (?:any )?(?:further |more )?(?:questions|queries)|need (?:help|support|assistance)))\b"
    # a named text that holds advice on the matter: 'The service manual has some recommendations about how you can:',
    # 'The GDS Way Dockerfile guidance contains advice on how to use …', 'There is some useful information in the
    # Service Manual about …'
    r"|\b(?:manual|handbook|guide|guidance|documentation|wiki|website|playbook)\b[^.;]{0,40}?\b(?:has|have|contains?|"
    r"sets out|provides?|offers?|gives?|includes?)\b[^.;]{0,30}?\b(?:information|guidance|advice|recommendations|"
    r"principles|details|tips|instructions)\b"
    r"|\bthere (?:is|are) (?:some |more |further |additional )?(?:useful |helpful |detailed )?(?:information|"
    r"guidance|advice) (?:in|on|at)\b"
    # A page's navigation at a line's head: 'Related Information Media Release 2009-06', 'More on the May decision'.
    r"|^\W*(?:related (?:information|links|content|pages)|more on)\b"
    # a section of a manual named by its quoted title ('"5.3 Software Installation Procedure" in the Q170MCPU Motion
    # Controller User's Manual')
    r'|"[^"]{3,120}"\s+in\s+(?:the\s+)?[^."]{0,100}?\b(?:manual|guide|handbook)\b',
    re.IGNORECASE,
)
# Text about the document or its authors, not about its subject: credits, a section's status, its sources, a
# notice that it was updated.
_DATE_START = r"(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)"  # a date's first word
_META = re.compile(
    r"^[\W_]*(?:todo\b|fixme\b|xxx\b|note to self|(?:\w+, )?(?:thanks to|thank you|we thank|we are grateful|we "
    r"acknowledge|acknowledg)|(?:this|the) (?:issue|vulnerability|bug|flaw|"
    r"problem) was (?:\w+ )?(?:discovered|found|reported)|(?:this|the) (?:section|chapter|appendix|annex|document|"
    r"page) is (?:normative|informative|non-normative)"
    # ('Sections 1 - 5 are informative.')
    r"|(?:sections?|chapters?|parts?|appendi(?:x|ces)) [\d\s.,\-\u2013and]{1,24}(?:is|are) "
    r"(?:normative|informative|non-normative)"
    # When and whence this copy of the text was taken ('Snapshot taken for the comment log on 10 May 2017',
    # 'Checked out from the drafting repository: 2017-08-10, 16:05 CDT')
    r"|(?:snapshot (?:taken|made)|checked out|exported|retrieved|downloaded|captured|printed)\b[^.]{0,60}?"
    r"(?:\bon |: )" + _DATE_START +
    # ('Mirror of the working-group text as of 30 September 2016', 'Copy of the register as at 1 May 2020')
    r"|(?:mirror|copy|snapshot|capture|version|edition)\b[^.]{0,60}?\bas (?:of|at) " + _DATE_START +
    r"[^.;]{0,22}[\W_]*$"
    # A sentence that says what one of the document's tables or figures holds ('Table 5-2 lists the strengths').
    r"|(?:table|figure|fig\.?|diagram|chart) [\w.-]+ (?:lists|shows|summari[sz]es|presents|illustrates|depicts|gives|"
    r"provides|contains|describes|compares)\b"
    r"|(?:this|the present) (?:[\w-]+ ){0,2}(?:brief|report|paper|study|document|"
    r"chapter|review|analysis|article|note|guide|guideline|guidance|page|section|advisory|appendix|publication|"
    r"standard) "
    r"(?:draws on|is based on|builds on|relies on|summari[sz]es|describes|presents|outlines|sets out|covers|details|"
    r"explains|discusses|defines|was (?:extracted|generated|produced|prepared|compiled|written|converted)|"
    # 'This guidance makes recommendations for choosing an operating system': what the text is about
    r"(?:makes|gives|offers|provides) (?:\w+ )?(?:recommendations|guidance|advice) (?:for|on|about))\b"
    r"|(?:the |this )?(?:[\w-]+ ){0,3}(?:was|were|has been|have been) "
    r"(?:updated|revised|amended|reissued|edited|corrected)\W*$"
    # 'This page was last reviewed on 2 November 2017 and is due for review by 2 February 2018.'
    r"|(?:this|the|it) (?:(?:page|document|guidance|guide|standard|section|article|advisory|chapter) )?"
    r"(?:was|is|has been) (?:last |next )?(?:reviewed|checked|due for review)\b"
    # 'Page reviewed 27 May 2017; next review due …', 'Page last reviewed: 12 July 2017', 'Next review due: January
    # 2018', 'Section draft of 20 May 2017 (revision 6).', 'Section draft, 15 May 2017'.
    r"|(?:page|document|section|chapter|guidance|article) (?:last )?(?:reviewed|updated|revised)\W+(?:on )?"
    + _DATE_START +
    r"|next review (?:due|date)\b"
    r"|(?:(?:page|document|section|chapter) )?draft\W+(?:of |dated )?" + _DATE_START +
    # 'Last revised: 3 November 2017', 'The authors last reviewed and approved this statement on May 26, 2017.'
    r"|last (?:revised|updated|reviewed|modified|changed)\W+" + _DATE_START +
    r"|(?:the )?authors (?:last )?(?:reviewed|approved|revised)\b"
    # 'Signed off by the content designer on 5 December 2027': a page's sign-off stamp
    r"|signed off (?:by (?:[\w-]+ ){1,4})?on\W+" + _DATE_START +
    # The page's own furniture, which a web capture keeps: what to do with the page ('Share this page', 'Back to
    # top', 'Skip to main content', 'Download the full report (PDF, 2.3 MB)', 'Subscribe to our newsletter …'),
    # its rights line, its age, its translations, and a paper's stamps ('Accepted 12 May 2021; published …'),
    # its competing-interests line and where to write to.
    r"|(?:share|print|email|bookmark|save|cite|rate) (?:this|the) (?:page|article|story|post|report|document)\b"
    r"|download (?:the |this )?(?:full |complete )?(?:report|document|publication|article|paper|pdf|file)\b"
    r"|skip to (?:the )?(?:main )?(?:content|navigation)|back to (?:the )?top\b|(?:sign|log) in to (?:comment|reply)"
    r"|subscribe to (?:our|the|this) (?:[\w-]+ )?(?:newsletter|feed|mailing list|alerts|updates|podcast)"
    r"|(?:copyright\b|\u00a9)|all rights reserved"
    r"|(?:was|is) this (?:page|article|information) (?:helpful|useful)"
    r"|this (?:article|page|story|post) is (?:more than|over) (?:\w+ ){1,2}old\b"
    r"|translations? of this (?:page|document|article)"
    r"|(?:received|accepted|published)(?: online)?\W+" + _DATE_START +
    r"|(?:the )?authors? (?:declares?|reports?|ha(?:s|ve)) no (?:competing|conflicting) interests?"
    r"|(?:competing|conflicting) interests?\W*(?:none|the authors)"
    r"|correspondence (?:should be addressed )?to\b)",
    re.IGNORECASE,
)
_REFERENCE = lazy_compile(r"\]\(|\]\[|\[[^\]]*\]|https?://|www\.|\b[\w-]+\.(?:gov|org|com|net|edu|int)(?:/|\b)|\b[\w.+-]+@[\w-]+\.[\w.]+|\b(?:section|appendix|chapter|annex)\s+[\dA-Z]",
                        re.IGNORECASE)
_DATE_HEAD = re.compile(
    r"^\s*(?:[*\-\u2022]\s+)?(?:\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})"
    r"(?=\s*(?::|-|\u2013|\u2014|\bversion\b|\bv\d))",
)
# Words that make a run of words a clause: auxiliaries, modals and the commonest finite verbs.
_FINITE = frozenset(
    "is are was were be been being am has have had will would shall should may might can could must does do did "
    "cannot".split()  # (a contraction is read as its auxiliary and 'not': Sentence.of)
)
AUXILIARY_VERBS = _FINITE  # the verbs that make a clause finite by their form alone
STATEMENT_MIN_WORDS = 6  # a verbless run this long is still a statement ('Strong growth in exports ahead.')
MASTHEAD_WORDS = 3  # first words of a verbless, unclosed line that, two of them in capitals, make it a title


# Where a link leads to a report or change of the matter, not to a thing: an issue, a pull or merge request, a commit, a
# comment ('https://github.com/o/r/issues/21', '…/pull/7', '…/-/merge_requests/3', '#issuecomment-124').
_DISCUSSION = lazy_compile(r"/(?:issues|pull|pulls|merge_requests|commit|commits)/\w+|#issuecomment-\d")
_REFERENCE_SECTION = lazy_compile(r"\b(?:references?|further reading|see also|links|resources|bibliography|sources|"
                                r"related|reading)\b", re.IGNORECASE)


# Words one of which each phrase of _STRONG_POINTER holds, and marks one of which each reference of _REFERENCE
# holds: a sentence with none of them (in lower case) cannot match, which a test for a word inside its text finds far
# sooner than the patterns do (they try each of their alternatives at each word).
_STRONG_POINTER_WORDS = ("read", "learn", "find out", "information", "details", "guid", "reference", "refer", "see",
                         "if you", "manual", "handbook", "documentation", "wiki", "website", "playbook", "advice",
                         "related", "more on")
_REFERENCE_MARKS = ("[", "]", "http", "www.", ".gov", ".org", ".com", ".net", ".edu", ".int", "@", "section",
                    "appendix", "chapter", "annex")


@lru_cache(maxsize=8192)
def referential(s: Sentence) -> bool:
    """The sentence points the reader to another text ('For more information, see [the guide](…)'), or is only a
    link or citation: what it points at may matter, the pointer itself asserts nothing."""
    low = s.text.lower()
    if any(w in low for w in _STRONG_POINTER_WORDS) and _STRONG_POINTER.search(s.text):
        return True
    if any(m in low for m in _REFERENCE_MARKS) and _REFERENCE.search(s.text) and _POINTER.search(s.text):
        return True
    bare = _ATTRIBUTES.sub("", s.text.strip().lstrip("*-\u2022 ").strip())
    if not bare or not (_LINK.fullmatch(bare) or _URL.fullmatch(bare)):
        return False
    # A list entry that is a link names one of the things the list covers (an alternative, a tool), unless the
    # list is itself one of references or the link is to a discussion (an issue, a pull request, a comment on one).
    return not s.bulleted or bool(s.section and _REFERENCE_SECTION.search(s.section)) or bool(
        _DISCUSSION.search(bare))


# A paragraph that opens with an author's or reviewer's remark on the text: in backticks, a tag in capitals before a
# colon or a TODO/FIXME ('`TODO: …`', '`FIXME …`', '`NOTE: …`', misspelt tags too); in bold, a reviewer's initials
# ('>**MG: This intro feels really long … I took a shot at it.**').
_DRAFTING_NOTE = lazy_compile(r"^[\s>]*(?:(`)(?:[A-Z]{2,8}\s*:|(?:TODO|FIXME|XXX)\b|(?i:todo|fixme|note to self)\s*:)"
                              r"|(\*\*)[A-Z]{2,3}\s*:)")


_LATER_NOTE = lazy_compile(r"`(?:TODO|FIXME|XXX)\b[^`]*`?")


def in_drafting_note(s: Sentence, paragraph: str) -> bool:
    """The sentence is part of a drafting note that opens its paragraph and runs to the closing mark ('`TODO: … Does
    that still fit somewhere? It is okay to leave out, it is already cited in the TF binding section.`'): it speaks
    to the authors, not the reader. Text after the closing mark is the paragraph's own."""
    m = _DRAFTING_NOTE.match(paragraph)
    if m is None:
        # (or one set in code marks later in the paragraph: '… on an HIV dataset. `TODO: there are also problems with
        # some papers … Add to the Discussion section.`')
        text = " ".join(s.text.split())
        return _italic_note(s, paragraph) or any(text in " ".join(n.group(0).split())
                                                 for n in _LATER_NOTE.finditer(paragraph))
    mark = m.group(1) or m.group(2)
    close = paragraph.find(mark, m.end())
    note = " ".join(paragraph[:len(paragraph) if close < 0 else close + len(mark)].split())
    return " ".join(s.text.split()) in note


def in_figure_caption(s: Sentence, paragraph: str) -> bool:
    """The sentence starts in the caption of a figure that opens its paragraph ('![Neural networks come in many
    forms. Left: a key for the nodes.](images/zoo.png){#fig:zoo}'): what the figure shows, read with the figure."""
    head = paragraph.lstrip()
    if not head.startswith("!["):
        return False
    closed, _ = _caption_closes(head[1:])
    end = len(head) if closed < 0 else closed + 2
    # (the caption's last sentence runs on into the figure's target: '… by Fjodor Van Veen.](images/zoo.png)')
    at = " ".join(head.split()).find(" ".join(s.text.split()))
    return 0 <= at < len(" ".join(head[:end].split()))


def caption_open_after(rows: list[str | None]) -> bool:
    """A figure's caption opened in one of `rows` (the paragraphs before one, in order; None for a row this side lacks)
    is still open after the last of them: the next row goes on it ('![Neural networks come in many forms.' then
    'Left: a key for the nodes.' … '](images/zoo.png)', a line each)."""
    opened = next((k for k in range(len(rows) - 1, -1, -1) if _FIGURE_OPENS.match(rows[k] or "")), None)
    if opened is None:
        return False
    depth = 0
    for text in rows[opened:]:
        closed, depth = _caption_closes(text or "", depth)
        if closed >= 0:
            return False
    return depth > 0


def _caption_closes(text: str, depth: int = 0) -> tuple[int, int]:
    """Where the bracket closing a caption falls in `text`, read from `depth` brackets open (links inside it nest),
    and the depth after it; -1 while it stays open."""
    for k, ch in enumerate(text):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return k, 0
    return -1, depth


_FIGURE_OPENS = lazy_compile(r"\s*!\[")


# A paragraph opening in emphasis ('*…', '_…', '**…', '***…'; not a bullet '* ') whose emphasised run speaks of the
# text itself: a placeholder, a section, sub-section or title of it, something to add or revise here or that does not
# fit here, what the authors could do or what could be mentioned, cited or left out; or one author speaking to the
# others ('*I have looked through the papers that we have … Let's …*').
_ITALIC_OPEN = re.compile(r"^\s*([*_]{1,3})(?![*_\s])")  # (in italics, bold or both: '**Jim: I think …**')
_ABOUT_THE_TEXT = re.compile(
    r"\b(?:placeholders?|(?:this|the|that) (?:sub-?)?(?:section|paragraph|chapter|title|titles|draft)\b|"
    r"sub-?sections?\b|fits? (?:in )?here\b|"
    r"(?:add|insert|expand|revise|rewrite|move) (?:\w+ ){0,6}?(?:here|below|above)\b|we (?:can|could|may have to|"
    r"might|should|need to) (?:briefly |also |then |\w+ly )?(?:introduce|discuss|add|mention|cover|review|determine|"
    r"decide|expand|revise|move|cut|merge|cite)|(?:can|could|may|might|should) (?:also |then )?be (?:\w+ly )?"
    r"(?:mentioned|cited|added|left out|moved|cut|merged|expanded|revised)\b|(?-i:\bI\b)|\blet's\b)",
    re.IGNORECASE)


def _italic_note(s: Sentence, paragraph: str) -> bool:
    """'*Add a review here of metabolism and chemical reactivity.*', '*There will be some overlap with the Categorize
    section, and we may have to determine which methods … The sub-section titles are merely placeholders.*', '**Jim: I
    think we are making this too hard. …**': a paragraph set in emphasis that speaks of the text itself, or in the
    first person, is the authors' note to each other."""
    m = _ITALIC_OPEN.match(paragraph)
    if m is None:
        return False
    close = paragraph.find(m.group(1), m.end())
    note = paragraph[m.end():len(paragraph) if close < 0 else close]
    if not _ABOUT_THE_TEXT.search(note):
        return False
    return " ".join(plain(s.text).split()) in " ".join(plain(note).split()) or (
        " ".join(s.text.split()) in " ".join(paragraph[:len(paragraph) if close < 0 else close + 1].split()))


# A date written out whole: '2017-08-10', '22 May 2017', 'May 22, 2017'.
_WRITTEN_DATE = r"(?:\d{4}-\d{2}-\d{2}|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})"
# A line set apart in emphasis that ends in a stamp: a colon, then a date, perhaps a time and its zone ('_Pulled from
# the review branch for proofreading: 22 May 2017, 18:41 EDT_'): when and how this copy was made, whatever the verb.
_STAMP_LINE = re.compile(
    r"^\s*([*_])[^*_]{3,160}:\s*" + _WRITTEN_DATE + r"(?:,?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[A-Z]{2,4})?)?\s*\1\s*$")
# A header line that ends in a date and a time of day ('Statement by X: Monetary Policy Decision Media Release 2019-05,
# 5 March 2019, 2.30 pm', '… | Released 21 November 2017, 11.30 am'): when the page was issued.
_ISSUED_AT = re.compile(_WRITTEN_DATE + r",?\s+\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|[A-Z]{2,4})?\W*$",
                        re.IGNORECASE)


@lru_cache(maxsize=8192)
def about_document(s: Sentence) -> bool:
    """The sentence speaks about the document, not its subject: a credit, a note that the text was updated, what
    a section is ('This section is informative'), what the text draws on ('This brief draws on interviews'), a
    stamp of when this copy was made, or a header saying when the page was issued (a line with no finite verb that
    ends in a date and a time of day)."""
    seen = plain(s.text)
    if _META.match(seen) or _credit_list(s.text) or _STAMP_LINE.match(s.text):
        return True
    if "that" not in s.words and _WRITERS_PLAN.match(seen):
        return True  # (not 'We review the evidence and conclude that …', which claims something)
    # (the date and time end the line: only its tail is searched)
    return bool(_ISSUED_AT.search(s.text, max(0, len(s.text) - ISSUED_TAIL))) and not has_clause_word(
        s.words, 0, len(s.words))


# What the writers say their text does ('In this section, we summarize recent studies', 'We categorize the body of
# work by …', 'In this review, we do not exhaustively discuss …', 'We focus on X as a representative task', 'Our
# focus is primarily on …'): the plan of the document, not a claim about its subject.
_WRITERS_PLAN = lazy_compile(
    r"^[\W_]*(?:(?:in|throughout) (?:this|the following|the next|the present) (?:[\w-]+ )?(?:section|chapter|review|"
    r"paper|article|report|survey|part|document|study),? )?(?:here,? )?we (?:will |then |also |briefly |first |now "
    r"|next |(?:do not|don't) (?:\w+ly )?)*(?:summari[sz]e|categori[sz]e|discuss|describe|outline|review|survey|"
    r"focus on|cover|organi[sz]e|introduce|turn to|begin with)\b"
    r"|^[\W_]*our (?:main |primary )?(?:focus|aim|goal|emphasis|scope) (?:here |in this \w+ )?(?:is|was|lies)\b",
    re.IGNORECASE)

ISSUED_TAIL = 120  # characters at a line's end that hold its date and time of issue (and what trails them)


# A person named by initials ('A.K.', 'M.H.S.S.'), or by a name with a middle initial ('Casey S. Greene').
_INITIALS = lazy_compile(r"(?:[A-Z]\.){2,}")
_NAMED = lazy_compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*(?: [A-Z]\.)? [A-Z][\w'-]+")
_GRANTED = lazy_compile(r"\b(?:awards?|grants?|fellowships?)\b[^()]*\((?:[A-Z]\.){2,}\)")


def _credit_list(text: str) -> bool:
    """A paper's credits: who did what, listed after a colon ('Drafted one or more sub-sections: A.E.C., A.M.A.,
    J.X.', '…: Anthony Gitter, Casey S. Greene'), or who holds which grant ('the National Science Foundation awards
    1245632 (G.L.R.), 1531594 (E.M.C.)'): about the document's authors, not its subject. A list of things ('Affected
    products: SIMATIC S7, Modicon M580') names no one by initials or with a middle initial, and every item here
    must name a person."""
    if _GRANTED.search(text):
        return True
    _, colon, tail = text.partition(":")
    if not colon:
        return False
    items = [x.strip(" ;*") for x in tail.replace(" and ", ", ").split(",")]
    # (the sentence's full stop is kept on initials, 'P.A.', and dropped from a name, 'Casey S. Greene.')
    items = [x if _INITIALS.fullmatch(x) else x.rstrip(".") for x in items if x.strip(".")]
    initials = sum(bool(_INITIALS.fullmatch(x)) for x in items)
    middle = sum(bool(_NAMED.fullmatch(x)) and bool(re.search(r" [A-Z]\. ", x)) for x in items)
    people = sum(bool(_INITIALS.fullmatch(x) or _NAMED.fullmatch(x)) for x in items)
    return len(items) >= 2 and people == len(items) and (initials >= 2 or middle >= 1)


# Verbs a revision note opens with, in the past and without a subject ('Added fixed versions for M800 Series in
# the Mitigation section.', 'Updated the list of affected products.'): the document says what its editor did.
# ('Fixed', 'Revised', 'Changed' open a subject as often: 'Fixed investment spending continues', 'Revised data
# show'; a note has no finite verb of its own.)
_EDITED = frozenset({"added", "updated", "removed", "corrected", "clarified", "deleted", "amended", "renamed",
                     "reworded", "edited", "restructured", "revised"})
# After 'Revised', which also qualifies a noun ('Revised forecasts show …'): what a log entry goes on with.
_REVISED_WHAT = frozenset({"the", "a", "an", "this", "these", "section", "sections", "table", "figure", "text", "on"})


def _month_may(words: tuple[str, ...], k: int) -> bool:
    """'may' at k is the month of a date ('21 May 2017', 'May 2017'), not the modal."""
    return words[k] == "may" and any(0 <= j < len(words) and words[j].isdigit() for j in (k - 1, k + 1))


# A whole date with its month named: '24 May 2017', 'October 21, 2014'.
# (or the month abbreviated, with or without its full stop: '21 Nov. 2016', 'Sept 3, 2019')
_MONTH_NAME = "|".join(m.capitalize() for m in MONTHS) + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_FULL_DATE = lazy_compile(
    rf"(?<![^\W_])(?:\d{{1,2}} (?:{_MONTH_NAME}) \d{{4}}|(?:{_MONTH_NAME}) \d{{1,2}}, \d{{4}}|\d{{4}}-\d\d-\d\d"
    # (day, month and year in figures, '06-12-2023', '05/03/2008', '5.5.2009', the same mark between)
    r"|(?<![.\d])\d{1,2}([/.-])\d{1,2}\1\d{4}(?![.-]\d))"  # (not inside a version, '6.0.2107.0')
    r"(?![^\W_])")  # (a word's edge, an emphasis mark's '_' too: '_Merged into draft seven on 21 May 2017_')
# What says when or how this copy was made, set apart ('_Section text last synchronised with the build on 28 July
# 2019_', '*Generated from the drafting repository on …*'): a note on the text, named by its verb as by a label.
_OF_THIS_COPY = lazy_compile(r"\blast (?:\w+ed|\w*read|synced|built|run|made)\b|"
                             r"\b(?:generated|synchroni[sz]ed|synced|exported|rendered|compiled|mirrored|built) "
                             r"(?:from|with|by|on|at)\b", re.IGNORECASE)
_VERSION_NAMED = lazy_compile(r"\b(?:version|release|revision|rev\.?|v)\s?\d+(?:\.\d+)*\b", re.IGNORECASE)
# A time of day beside the date ('9.30 am', '14:30', 'half past two', 'noon', with its zone: 'Sydney time', 'AEST').
_TIME_OF_DAY = lazy_compile(
    r"\b(?:\d{1,2}[.:]\d\d(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?|(?:half|a quarter|quarter)\s(?:past|to)\s[a-z]+|"
    r"[a-z]+\so'clock|noon|midday|midnight)(?:,?\s(?:[A-Z][a-z]+\stime|[A-Z]{3,4}\b))?", re.IGNORECASE)
_SUBJECTS = frozenset({"i", "we", "you", "they", "he", "she"})  # one who acts: a clause ('… before you deploy, 3 May')
STAMP_WORDS = 6  # words besides its date a stamp may have ('Draft circulated to co-authors', 'Media Release')
SET_APART_WORDS = 10  # ... when the whole line is set apart and named as a note on the text
STAMP_LABEL_WORDS = 5  # words of the label naming a note ('Revision stamp:', 'Synced from the drafting repository:')


def _clause_word(words: tuple[str, ...], k: int) -> bool:
    """words[k] makes a clause (a finite verb or auxiliary); not the month in '21 May 2017', nor the 'am' of '9.30
    am'."""
    w = words[k]
    return w in _FINITE and not _month_may(words, k) and not (w == "am" and k and words[k - 1][:1].isdigit())


def has_clause_word(words: tuple[str, ...], lo: int, hi: int) -> bool:
    """A finite verb or auxiliary stands among words[lo:hi] (not the month 'May', not the 'am' of '9.30 am')."""
    return any(_clause_word(words, k) for k in range(lo, hi))


def _closed(s: Sentence) -> bool:
    """The sentence is closed as one: it ends with '.', '!' or '?', before any closing quote, bracket or markup."""
    return s.text.rstrip().rstrip("*_`)\"'").endswith((".", "!", "?"))


def _emphasised(text: str) -> bool:
    """The whole text is set in emphasis: it opens and closes with the same mark ('_…_', '*…*', '**…**')."""
    text = text.strip()
    mark = text[:2] if text[:2] in ("**", "__") else text[:1]
    return mark in ("_", "*", "**", "__") and len(text) > 2 * len(mark) and text.endswith(mark)


def _bracketed(text: str) -> bool:
    """The whole text stands in square brackets ('[snapshot taken 2018-01-11 09:30 UTC]'), as an editor's note does."""
    text = text.strip()
    return text.startswith("[") and text.endswith("]") and "](" not in text and text.count("[") == 1


def _dated_stamp(s: Sentence) -> bool:
    """A stamp of the text's own making: a whole date and a few words, no clause, not closed as a sentence
    ('Reviewed 24 May 2017 (editorial pass)', 'Draft circulated to co-authors, 18 May 2017', 'Embargoed until
    9.30 am, 8 July 1992'). 'Inflation peaked on 3 May 2020.' is a statement: it is closed as one — unless the
    whole line is set in emphasis, as a note on the text is ('_Draft circulated for comment 22 May 2017._')."""
    bracketed = _bracketed(s.text)
    apart = bracketed or _emphasised(s.text)
    if (_closed(s) and not apart) or (date := _FULL_DATE.search(s.text)) is None:
        return False
    # A headline in capitals run into the stamp ('REDUCTION IN CASH RATES Embargoed until …') is not counted.
    # (a mark left as a token of its own, the '_' closing '… 7 June 2016._', is no word)
    told = sum(1 for t in s.raw_tokens if any(c.isalnum() for c in t) and not (t.isalpha() and t.isupper()))
    # A version named beside the date is part of the stamp as the date is ('Wording reviewed on 16 March 2020 ahead
    # of version 2.0', 'Updated 3 May 2021 for release 2.1').
    told -= sum(len(m.group(0).split()) for m in _VERSION_NAMED.finditer(s.text))
    told -= sum(len(m.group(0).split()) for m in _TIME_OF_DAY.finditer(s.text))  # ('…, half past two, Sydney time')
    # Set apart and named as a note ('[snapshot taken …]', '*Revision stamp: text frozen … on 27 March 2017.*'): a
    # longer stamp; an emphasised statement ('*Inflation peaked in the year to 3 May 2020 and fell.*') is not one.
    # So is a line set apart that ends on its date ('_Sign-off copy for the federation working group, 22 November
    # 2016._'): the date signs the note, as a dated line under a letter does.
    named = bracketed or (apart and (any(":" in g for g in s.gaps[1:STAMP_LABEL_WORDS + 1]) or bool(
        _OF_THIS_COPY.search(s.text)) or (not s.text[date.end():].strip(" .*_") and _SUBJECTS.isdisjoint(s.words))))
    most = SET_APART_WORDS if named else STAMP_WORDS
    if told > most + 4 or told - len(date.group(0).replace(",", "").split()) > most:
        return False
    return not any(_clause_word(s.words, k) for k in range(len(s.words)))


_PARENTHESES = lazy_compile(r"\(([^()]{4,120})\)")
# What a stamp says was done to the text on its date (not 'held', 'since': a date the text tells of).
_STAMPED = _EDITED | {"published", "released", "issued", "posted", "reviewed", "modified", "accessed", "retrieved",
                      "archived", "checked", "printed", "circulated", "embargoed"}


def stamp_in_parentheses(a: Sentence, b: Sentence) -> bool:
    """The one change is a date stamp in parentheses, added, dropped or re-dated, the rest kept word for word
    ('Minutes of the Monetary Policy Meeting … – 3 October 2006 (minutes published 17 October 2006) Present …',
    '(updated 12 May 2024)'): the text's bookkeeping, as a stamp on a line of its own is (_dated_stamp reads it as
    one set apart in brackets: a whole date and a few words, no clause)."""
    def stamps(s: Sentence) -> list[re.Match[str]]:
        return [m for m in _PARENTHESES.finditer(s.text) if not _STAMPED.isdisjoint(m.group(1).lower().split())
                and _dated_stamp(Sentence.of(f"[{m.group(1)}]", None, 0, 0))]
    ma, mb = stamps(a), stamps(b)
    if not ma and not mb:
        return False
    def without(s: Sentence, found: list[re.Match[str]]) -> str:
        text = s.text
        for m in reversed(found):
            text = text[:m.start()] + text[m.end():]
        return key(text)
    return without(a, ma) == without(b, mb) and [key(m.group(1)) for m in ma] != [key(m.group(1)) for m in mb]


def log_entry(s: Sentence) -> bool:
    """An entry of a revision log or changelog: a line that opens with a date followed by what was revised
    ('- 2024-04-25 version 3: Update B - ...'), or a revision note that opens with what the editor did, in the
    past and without a subject or a finite verb of its own ('Added fixed versions for M800 Series in the Mitigation
    section.', 'Updated the list of affected products.'). The revisions themselves are reported where they happen."""
    if _DATE_HEAD.match(s.text) or _dated_stamp(s):
        return True
    words = s.words
    if words[:1] == ("revised",) and len(words) > 1 and not (words[1].isdigit() or words[1] in _REVISED_WHAT):
        return False
    return bool(words) and words[0] in _EDITED and len(words) > 1 and words[1] not in ("by", "to", "that", "in") and (
        not any(_clause_word(words, k) for k in range(len(words))))


_NOT_AGENTS = frozenset({"others", "numbers", "orders", "letters", "matters", "powers", "papers", "factors",
                         "errors", "sectors", "vectors", "corners", "borders", "layers", "headers", "filters",
                         "degrees", "guarantees", "decrees", "weathers", "waters", "quarters", "winters", "summers",
                         "centers", "centres", "clusters", "characters"})


_NOT_MEN = frozenset({"specimen", "regimen", "abdomen", "acumen", "stamen", "hymen"})


def agent_noun(w: str) -> bool:
    """A plural noun of agent by its form, '-ers', '-ors' or '-ees' ('traders', 'investigators', 'uploaders',
    'referees', 'trainees'), or of people by '-ians' or '-men' ('custodians', 'librarians', 'foremen'). The form
    alone may name a device ('authenticators'): callers read it as people where the sentence says so too (a listed
    group on the other side of the edit, people addressed before a comma, one bound to act)."""
    return len(w) >= 6 and w.isalpha() and (
        (w.endswith(("ers", "ors", "ees")) and w not in _NOT_AGENTS) or w.endswith("ians") or (
            w.endswith("men") and w not in _NOT_MEN))


def finite(s: Sentence) -> bool:
    """The sentence has a finite verb ('# rental is unmaintained, author has moved on'): it states something, even
    set as a heading."""
    return not _FINITE.isdisjoint(s.words)


def statement(s: Sentence) -> bool:
    """The sentence says something (it has a finite verb, or is long enough to be a verbless claim), rather than
    being a label, a name or a code fragment."""
    if len(s.words) < 3:
        return False
    if any(w in _FINITE for w in s.words):
        return True
    # A list entry that is not closed as a sentence and has no auxiliary is a label, however long
    # ('- FX5U-32MT/ESS (Serial number 17X**** and later): vers:all/*').
    closed = _closed(s)
    if s.bulleted and not closed:
        return False
    if not closed and sum(1 for t in s.raw_tokens[:MASTHEAD_WORDS] if t.isalpha() and t.isupper() and len(t) > 1) >= 2:
        return False  # a masthead or a title in capitals ('RESERVE BANK OF AUSTRALIA Media release: monetary policy')
    if len(s.words) >= STATEMENT_MIN_WORDS:
        return True
    # 'Inflation remains low.': a short sentence, closed as one, with a word that can be a verb in the present
    # or past ('remains', 'eased'); a label line ('FX5UJ-60MT/ES: vers:all/*') is not closed as a sentence.
    return closed and any(w.endswith(("s", "ed")) and len(w) > 3 and i > 0 for i, w in enumerate(s.words))


def initials_before(s: Sentence, k: int, acronym: str) -> bool:
    """The words just before token k, small joining words (NAME_GLUE) taken or left out, have `acronym` for their
    initials, the first of them capitalised ('Level of Assurance (LOA)', 'Senior Agency Official for Privacy (SAOP)',
    'Authenticator Assurance Level 1' before the '1' of 'AAL1')."""
    letters, bare, at = "", "", k - 1
    want = acronym.lower()
    while at >= 0 and len(letters) < len(want) and s.raw_tokens[at][:1].isalpha():
        w = s.words[at]
        letters = w[0] + letters
        if w not in NAME_GLUE:
            bare = w[0] + bare
        if want in (letters, bare) and s.raw_tokens[at][:1].isupper():
            return True
        at -= 1
    return False


# Codes that share their letters and differ in the number, written once with the numbers as alternatives:
# 'r08/16/32/120pcpu', 'r04/08/16/32/120(en)cpu', 'q172/173dscpu' (letters before or after the numbers: a date,
# '03/03/15', is no such list) ...
_ALTERNATIVES = lazy_compile(r"(?<![\w/])([a-z]*)(\d+(?:/\d+)+)([a-z()\-]*[a-z)])?(?![\w/])")
# ... or with a letter standing for the number and the numbers it stands for after it: 'rnpcpu(n=08/16/32/120)',
# 'lncpu(-p)(n=02/06/26)', 'rnsfcpu (n=08/16/32/120)'.
_PLACEHOLDER = lazy_compile(r"(?<![\w/])([a-z]*?)n([a-z()\-]*?)\s?\(n\s?=\s?(\d+(?:\s?[/,]\s?\d+)+)\)")


def alternatives(text: str) -> set[str]:
    """Each member of the codes in `text` (lower case) written with alternatives: 'r04/08/16/32/120(en)cpu' gives
    'r04(en)cpu', 'r08(en)cpu', 'r16(en)cpu', 'r32(en)cpu', 'r120(en)cpu'; 'rnpcpu(n=08/16)' gives 'r08pcpu',
    'r16pcpu'."""
    out: set[str] = set()
    if "/" not in text and "(n" not in text:
        return out
    for m in _ALTERNATIVES.finditer(text):
        head, numbers, tail = m.group(1), m.group(2), m.group(3) or ""
        if head or any(ch.isalpha() for ch in tail):  # (not the numbers of '(n=08/16)' closed by its bracket)
            out.update(head + n + tail for n in numbers.split("/"))
    for m in _PLACEHOLDER.finditer(text):
        head, tail = m.group(1), m.group(2)
        out.update(head + n + tail for n in re.split(r"\s?[/,]\s?", m.group(3)))
    return out


def with_or_without(words: tuple[str, ...], at: int, n: int) -> bool:
    """'or no' at `at` stands between the same n words, a thing with it or without ('Internet or no Internet', 'deal
    or no deal'): an alternative that covers both cases, whose 'no' denies nothing."""
    return 0 < n <= at and words[at:at + 2] == ("or", "no") and words[at - n:at] == words[at + 2:at + 2 + n]


def ends_in_colon(s: Sentence) -> bool:
    """The sentence ends in a colon, bold markers aside ('You should:', '**Mitigations:**'): it stands over what
    follows, a list as a rule."""
    return s.text.rstrip().rstrip("*").endswith(":")


def set_off(gap: str) -> bool:
    """The characters before a word (a Sentence's gap) set it off from the words before it: a comma, a semicolon, a
    colon or an opening bracket ('…, which', '…; use', '(see …')."""
    return any(ch in gap for ch in ",;:(")
