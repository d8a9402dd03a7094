"""Sentence alignment over all changed paragraphs: equal sentences drop out, fragments rejoin, the rest pair up."""

from __future__ import annotations

import heapq
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from monitor.align import similar_pairs, word_similarity
from monitor.assess.findings import EQUAL_PAIRS, MATCH_BUDGET, equal_pairs
from monitor.assess.judgment import FINITE_NEXT, FUNCTION_WORDS, content_stems_of
from monitor.assess.lexicon import ADVISORY_LEVELS, CONFIDENCE, LIKELIHOOD, PhraseTable
from monitor.assess.text import STEM, Sentence, plain, plain_key, statement
from monitor.frozen import fast_init
from monitor.lazy_re import lazy_compile
from monitor.report import ParagraphChange
from monitor.sentences import split_sentences

TYPE_CHECKING = False  # typing's own constant, without loading typing at run time (monitor/launch.py)
if TYPE_CHECKING:
    from typing import TypeVar

    _S = TypeVar("_S", Sentence, "_Raw")

# A pair inside one paragraph row needs less resemblance than a pair found across the document.
SAME_ROW_MIN = 0.45
ANY_ROW_MIN = 0.6
SAME_ROW_BONUS = 0.15
# Cheap word-set overlap under which the exact ratio is not even computed.
PREFILTER = 0.25
MAX_FRAGMENTS = 3
# Up to this many sentence pairs every pair is weighed; beyond it, candidates come from an index. So too past
# ALL_PAIRS_WORDS words read in weighing them all (a hundred sentences of a thousand words each).
ALL_PAIRS = 20_000
ALL_PAIRS_WORDS = 5_000_000
# Sentence pairs from which the prefilter runs in one call in C (rapidfuzz, ~10 ms to import), not pair by pair.
PREFILTER_IN_C = 5_000


@dataclass(frozen=True, slots=True)
class Alignment:
    """Changed sentences after alignment: pairs that differ, and sentences found on one side only."""

    pairs: tuple[tuple[Sentence, Sentence], ...]
    removed: tuple[Sentence, ...]
    added: tuple[Sentence, ...]


def changed_sentences(changes: Sequence[ParagraphChange]) -> tuple[list[Sentence], list[Sentence]]:
    """The sentences of every paragraph whose text changed, old side and new side, in document order, without
    those an equal sentence (same key) on the other side accounts for (see _drop_equal). Those are dropped
    before they are analysed: a long paragraph with one edit has thousands of them."""
    raw: tuple[list[_Raw], list[_Raw]] = ([], [])
    # A text met again (a paragraph moved, so on both sides; a sentence repeated) is split and keyed once.
    split: dict[str, list[tuple[str, str, str]]] = {}
    keyed: dict[str, tuple[str, str, str]] = {}
    for g, p in enumerate(changes):
        if p.op == "unchanged" or not p.changed:  # the op first: most rows are unchanged
            continue
        if p.old_text and p.new_text and _keyed(p.old_text, keyed)[2] == _keyed(p.new_text, keyed)[2]:
            continue  # only case, punctuation, markup or layout differ: nothing to read
        for side, text in zip(raw, (p.old_text, p.new_text), strict=True):
            if not text:
                continue
            parts = split.get(text)
            if parts is None:
                parts = split[text] = [_keyed(piece, keyed) for s in split_sentences(text) for piece in pieces(s)]
            for piece, stripped, k in parts:
                side.append(_Raw(piece, p.section, g, len(side), k, stripped))
    old, new = (_drop_equal(a, b) for a, b in (raw, raw[::-1]))
    return ([Sentence.of(r.text, r.section, r.group, r.order, r.stripped) for r in old],
            [Sentence.of(r.text, r.section, r.group, r.order, r.stripped) for r in new])


def _keyed(piece: str, seen: dict[str, tuple[str, str, str]]) -> tuple[str, str, str]:
    """The piece (or paragraph), its plain() text and its key(), computed once per distinct text."""
    found = seen.get(piece)
    if found is None:
        stripped = plain(piece)
        found = seen[piece] = (piece, stripped, plain_key(stripped))
    return found


@fast_init  # one per sentence of every changed paragraph: tens of thousands in a long paragraph
@dataclass(frozen=True, slots=True)
class _Raw:
    """A sentence before analysis: where it is and its key."""

    text: str
    section: str | None
    group: int
    order: int
    key: str
    stripped: str  # plain(text)


# A "sentence" longer than this (a table flattened into one line, pages of text without a full stop) is read
# in pieces of PIECE_MIN to MAX_SENTENCE characters: no sentence a person writes comes near it (the longest in
# the corpora has 1,138), and every cost of reading a sentence pair grows with its length.
MAX_SENTENCE = 2_000
PIECE_MIN = 1_000
PIECE_CUT = 16  # a piece ends at about one space in this many past PIECE_MIN, chosen by the text that follows


def pieces(text: str) -> list[str]:
    """`text` cut at spaces into pieces of at most MAX_SENTENCE characters (hard cuts only where it has no
    space). Each cut is chosen by the few characters after a space, not by its offset, so an edit near the
    start of a long text shifts the cuts only until they meet again: later pieces stay equal and drop out."""
    if len(text) <= MAX_SENTENCE:
        return [text]
    out: list[str] = []
    start = 0
    while len(text) - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = -1
        at = text.find(" ", start + PIECE_MIN, limit)
        while at >= 0:
            if zlib.crc32(text[at + 1:at + 17].encode("utf-8", "surrogatepass")) % PIECE_CUT == 0:
                cut = at
                break
            at = text.find(" ", at + 1, limit)
        if cut < 0:
            cut = text.rfind(" ", start + PIECE_MIN, limit)
        if cut < 0:
            out.append(text[start:limit])
            start = limit
            continue
        out.append(text[start:cut])
        start = cut + 1
    out.append(text[start:])
    return [s for s in out if s.strip()]


def align(old: list[Sentence], new: list[Sentence], swapped: dict[int, int] | None = None) -> Alignment:
    """Match equal sentences (by key), rejoin sentences split by page breaks, pair similar ones, then set aside
    pieces cut out of a longer sentence and pair sentences restated elsewhere in other words."""
    old_left = _drop_equal(old, new)
    new_left = _drop_equal(new, old)
    old_left, new_left = _rejoin(old_left, new_left)
    new_left, old_left = _rejoin(new_left, old_left)
    pairs = _pair(old_left, new_left, swapped)
    paired_old = {id(a) for a, _ in pairs}
    paired_new = {id(b) for _, b in pairs}
    removed = [s for s in old_left if id(s) not in paired_old]
    added = [s for s in new_left if id(s) not in paired_new]
    # A piece cut out of a longer sentence of its paragraph is that sentence's, reported with it; when that sentence
    # is itself left over on the other side ('If you have already registered …, change the password once via USB.'
    # → 'Change the password once via USB.'), the two are one sentence cut down (or grown), paired.
    rows_old, rows_new = _rows(old_left), _rows(new_left)
    cut = _cut_pairs(added, _rows(removed)) + [(a, b) for b, a in _cut_pairs(removed, _rows(added))]
    if cut:
        pairs += cut
        taken = {id(x) for pair in cut for x in pair}
        removed = [s for s in removed if id(s) not in taken]
        added = [s for s in added if id(s) not in taken]
    removed = [s for s in removed if not _cut_from(s, rows_new)]
    added = [s for s in added if not _cut_from(s, rows_old)]
    # Then sentences restated elsewhere in other words, and the one sentence replaced in a paragraph.
    alone = _alone(old) & _alone(new)
    for pairing in (_restated, lambda r, a: _replaced(r, a, alone, swapped),
                    lambda r, a: _same_topic(r, a, swapped)):
        found = pairing(removed, added)
        if found:
            pairs += found
            taken = {id(x) for pair in found for x in pair}
            removed = [s for s in removed if id(s) not in taken]
            added = [s for s in added if id(s) not in taken]
    return Alignment(
        pairs=tuple(sorted(pairs, key=lambda ab: (ab[1].order, ab[0].order))),
        removed=tuple(removed),
        added=tuple(added),
    )


SPLIT_MIN_WORDS = 4
SPLIT_LOOKUP = 200  # sentences of one paragraph searched for the sentence a piece was cut from


def _rows(sentences: Sequence[Sentence]) -> dict[int, list[Sentence]]:
    rows: dict[int, list[Sentence]] = {}
    for x in sentences:
        rows.setdefault(x.group, []).append(x)
    return rows


def _cut_from(s: Sentence, other_rows: dict[int, list[Sentence]]) -> bool:
    """Every word of `s` stands, in order, inside one longer sentence of the same paragraph on the other side:
    the piece was cut out of it (or the long one grew from it)."""
    if len(s.words) < SPLIT_MIN_WORDS:
        return False
    row = other_rows.get(s.group, [])[:SPLIT_LOOKUP]
    return any(len(x.words) > len(s.words) and _within(s.words, x.words) for x in row)


def _cut_pairs(pieces: list[Sentence], hosts: dict[int, list[Sentence]]) -> list[tuple[Sentence, Sentence]]:
    """(piece, host) for each piece whose every word stands in order in a longer sentence of its paragraph left
    over on the other side, each host taken once."""
    out, used = [], set()
    for s in pieces:
        if len(s.words) < SPLIT_MIN_WORDS:
            continue
        host = next((x for x in hosts.get(s.group, [])[:SPLIT_LOOKUP]
                     if id(x) not in used and len(x.words) > len(s.words) and _within(s.words, x.words)), None)
        if host is not None:
            used.add(id(host))
            out.append((s, host))
    return [(host, s) for s, host in out]


def _within(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Every word of `part` occurs in `whole`, in the same order (other words may lie between)."""
    it = iter(whole)
    return all(w in it for w in part)


RESTATED_MIN = 0.6  # share of content stems two one-sided sentences hold in common to be one sentence restated
RESTATED_MIN_STEMS = 5  # content words each side needs: short labels share too few words to be told apart
RESTATED_MAX_PAIRS = 40_000  # one-sided sentence pairs weighed at most (a rewrite of thousands is left as is)


def content_stems(s: Sentence) -> frozenset[str]:
    """The stems of a sentence's content words (its function words left out)."""
    return content_stems_of(s.words)


def _restated(removed: list[Sentence], added: list[Sentence]) -> list[tuple[Sentence, Sentence]]:
    """A sentence dropped in one place and one added in another that say nearly the same words ('No known
    public exploits target this vulnerability.' → 'No known public exploitation targeting this vulnerability
    has been reported.'): one sentence moved and reworded, which the word-order ratio of _pair misses. Paired
    by shared word stems, best first."""
    if not removed or not added or len(removed) * len(added) > RESTATED_MAX_PAIRS:
        return []
    stems_old = [content_stems(x) for x in removed]
    stems_new = [content_stems(x) for x in added]
    scored = []
    for i, sa in enumerate(stems_old):
        if len(sa) < RESTATED_MIN_STEMS:
            continue
        for j, sb in enumerate(stems_new):
            if len(sb) >= RESTATED_MIN_STEMS:
                dice = 2 * len(sa & sb) / (len(sa) + len(sb))
                if dice >= RESTATED_MIN:
                    scored.append((-dice, i, j))
    out, used_a, used_b = [], set(), set()
    for _, i, j in sorted(scored):
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            out.append((removed[i], added[j]))
    return out


REPLACED_MIN_STEMS = 2  # content stems a sentence and its replacement in one paragraph share at least


def _alone(sentences: list[Sentence]) -> set[int]:
    """The paragraph rows that hold one sentence only."""
    counts: dict[int, int] = {}
    for s in sentences:
        counts[s.group] = counts.get(s.group, 0) + 1
    return {g for g, n in counts.items() if n == 1}


def swapped_rows(changes: Sequence[ParagraphChange]) -> dict[int, int]:
    """Paragraphs dropped in a run and as many added right after them ('removed, removed, added, added'): the block
    was rewritten in place, the k-th paragraph dropped for the k-th added. Old row → new row (rows are indexes of
    `changes`, as Sentence.group)."""
    out: dict[int, int] = {}
    k, n = 0, len(changes)
    while k < n:
        if changes[k].op != "removed":
            k += 1
            continue
        start = k
        while k < n and changes[k].op == "removed":
            k += 1
        gone = k - start
        added = k
        while added < n and changes[added].op == "added":
            added += 1
        if added - k == gone:
            out.update({start + i: k + i for i in range(gone)})
        k = added
    return out


def _replaced(removed: list[Sentence], added: list[Sentence], alone: set[int],
              swapped: dict[int, int] | None = None) -> list[tuple[Sentence, Sentence]]:
    """The one sentence dropped from a paragraph and the one added to it, about the same things ('This
    vulnerability is not exploitable remotely.' → 'Remote exploitation of this vulnerability cannot be
    excluded.'): the paragraph says the same thing another way, and the reader wants the two side by side
    with what moved, not a removal and an addition. Only a one-for-one exchange inside a paragraph counts;
    two sentences that share no content word are two statements, and one shared word is enough only where each is
    the whole of its paragraph and opens on it (`alone`: the rows that hold one sentence on both sides)."""
    by_old, by_new = _rows(removed), _rows(added)
    out = []
    for group, olds in by_old.items():
        # (a paragraph dropped and its replacement added as the next row of a rewritten block count as one row)
        news = by_new.get(group, []) or by_new.get((swapped or {}).get(group, -1), [])
        if len(olds) != 1 or len(news) != 1:
            continue
        a, b = olds[0], news[0]
        if len(content_stems(a) & content_stems(b)) >= REPLACED_MIN_STEMS or (
                group in alone and _same_subject(a, b)):
            out.append((a, b))
    return out


SUBJECT_STEMS = 2  # content words, at least, that two statements open on alike to be about the same subject


def _opening(s: Sentence) -> tuple[str, ...]:
    """The content stems the statement opens on, up to its first verb-like word: its subject ('Conditions in
    international financial markets' → conditi, interna, financi, markets)."""
    out = []
    for w in s.words:
        if w in _SUBJECT_ENDS:
            break
        if w.isalpha() and w not in FUNCTION_WORDS:
            out.append(w[:STEM])
    return tuple(out)


# Words that end a statement's subject: its verb or auxiliary.
_SUBJECT_ENDS = FINITE_NEXT | {"remain", "be", "been"}


def _same_topic(removed: list[Sentence], added: list[Sentence],
                swapped: dict[int, int] | None = None) -> list[tuple[Sentence, Sentence]]:
    """In a paragraph whose sentences were rewritten several for several, a dropped and an added statement that
    open on the same subject ('Conditions in international financial markets remain difficult …' → 'Conditions in
    international financial markets took a significant turn for the worse …'): what is now said of it, side by
    side. Only where exactly one sentence on each side opens so, and the subject is at least two content words."""
    by_old, by_new = _rows(removed), _rows(added)
    out = []
    for group, olds in by_old.items():
        news = by_new.get(group, []) or by_new.get((swapped or {}).get(group, -1), [])
        keys_old = [(a, _opening(a)) for a in olds if statement(a)]
        keys_new = [(b, _opening(b)) for b in news if statement(b)]
        for a, ka in keys_old:
            if len(ka) < SUBJECT_STEMS:
                continue
            same = [b for b, kb in keys_new if kb == ka]
            rivals = [x for x, kx in keys_old if kx == ka]
            if len(same) == 1 and len(rivals) == 1:
                out.append((a, same[0]))
    return out


TOPIC_MIN_STEMS = 2  # content stems, at least, two statements of one paragraph share to be about one topic
TOPIC_MIN_SHARE = 0.3  # and the share of their content stems that is common (Dice), at least


def topic_partners(removed: Sequence[Sentence], added: Sequence[Sentence],
                   swapped: dict[int, int] | None = None) -> list[tuple[Sentence, Sentence, Sentence, Sentence]]:
    """In a paragraph rewritten several for several, a dropped and an added statement whose subjects share a word
    and that share two content words in all ('Growth in China has also slowed.' → 'Recent data from China suggest
    growth there has stabilised.'): what the paragraph now says of that topic. They stay a removal and an addition
    (a reader of the two versions would not call one the other reworded); the pair only says which way what is said
    of the topic moved. Each pairs with the one it shares most with, and only where that one is unrivalled.

    A statement left without a partner is weighed again clause by clause (clauses joined by ', while', ', and', '; '
    …): a sentence that speaks of two topics ('The United States is recording moderate growth, while recent data
    from China suggest growth there has stabilised.') has one of them in each clause. Each pair comes as (dropped
    sentence, added sentence, the part of the one, the part of the other) that speak of the topic."""
    by_old, by_new = _rows(removed), _rows(added)
    out: list[tuple[Sentence, Sentence, Sentence, Sentence]] = []
    for group, row in by_old.items():
        olds = [a for a in row if statement(a)]
        news = [b for b in by_new.get(group, []) or by_new.get((swapped or {}).get(group, -1), []) if statement(b)]
        if not olds or not news or len(olds) * len(news) > RESTATED_MAX_PAIRS:
            continue  # (a rewrite of thousands of sentences in one row is left as it is, as by _restated)
        pairs = _topic_pairs([(a, a) for a in olds], [(b, b) for b in news])
        out += pairs
        paired = {id(x) for pair in pairs for x in pair[:2]}
        old_parts = [(a, c) for a in olds if id(a) not in paired for c in _clauses(a)]
        new_parts = [(b, c) for b in news if id(b) not in paired for c in _clauses(b)]
        if any(a is not c for a, c in old_parts + new_parts):
            out += _topic_pairs(old_parts, new_parts)
    return out


def _topic_pairs(olds: list[tuple[Sentence, Sentence]],
                 news: list[tuple[Sentence, Sentence]]) -> list[tuple[Sentence, Sentence, Sentence, Sentence]]:
    """topic_partners' matching over (sentence, part) units: each sentence pairs once, with the unit it shares
    most with, where no other unit of either side shares as much."""
    scored = []
    keyed = [(content_stems(u), set(_opening(u))) for _, u in news]
    for i, (_, a) in enumerate(olds):
        sa, oa = content_stems(a), set(_opening(a))
        for j, (sb, ob) in enumerate(keyed):
            shared = sa & sb
            if len(shared) >= TOPIC_MIN_STEMS and 2 * len(shared) >= TOPIC_MIN_SHARE * (len(sa) + len(sb)) and (
                    oa & ob & shared):
                scored.append((-len(shared), i, j))
    scored.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    out = []
    for k, (score, i, j) in enumerate(scored):
        a, b = olds[i][0], news[j][0]
        if id(a) in used_a or id(b) in used_b:
            continue
        used_a.add(id(a))
        used_b.add(id(b))
        # (two equally good partners: which is meant is not known, and neither is taken)
        if not any(x[0] == score and (olds[x[1]][0] is a or news[x[2]][0] is b) for x in scored[k + 1:]):
            out.append((a, b, olds[i][1], news[j][1]))
    return out


# Where a sentence joins two clauses that can each speak of a topic of their own.
_CLAUSE_BREAK = lazy_compile(r"(?:,|;)\s+(?:while|whereas|and|but|although|though|with)\s+|;\s+")
CLAUSE_MIN_WORDS = 4  # words, at least, of a clause weighed on its own (shorter ones are a phrase, not a statement)


def _clauses(s: Sentence) -> list[Sentence]:
    """The clauses of a compound statement, each read as a sentence of its own; the sentence itself when it has
    one (or a part would be too short to say anything alone)."""
    parts = _CLAUSE_BREAK.split(s.text)
    if len(parts) < 2:
        return [s]
    units = [Sentence.of(p.strip(), s.section, s.group, s.order) for p in parts]
    if any(len(u.words) < CLAUSE_MIN_WORDS for u in units):
        return [s]
    return units


def _same_subject(a: Sentence, b: Sentence) -> bool:
    """Two statements that open on the same content word, each the whole of its paragraph ('Emissions rose for the
    third consecutive year.' → 'Emissions fell for the first time in three years.'): the paragraph rewritten about
    the same thing. Not a list entry or a label, which states nothing of its own."""
    def first(s: Sentence) -> str | None:
        return next((w[:STEM] for w in s.words if w.isalpha() and w not in FUNCTION_WORDS), None)
    return statement(a) and statement(b) and first(a) is not None and first(a) == first(b)


def _drop_equal(side: list[_S], other: list[_S]) -> list[_S]:
    """Sentences of `side` with no equal-key counterpart on `other` (counted as multisets)."""
    counts: dict[str, int] = {}
    for s in other:
        counts[s.key] = counts.get(s.key, 0) + 1
    out = []
    for s in side:
        if counts.get(s.key, 0) > 0:
            counts[s.key] -= 1
        elif s.key:
            out.append(s)
    return out


def _rejoin(frag_side: list[Sentence], whole_side: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """Consecutive leftover sentences on one side whose joined key equals a leftover sentence on the other."""
    wanted: dict[str, list[int]] = {}
    for i, s in enumerate(whole_side):
        wanted.setdefault(s.key, []).append(i)
    used_frag: set[int] = set()
    used_whole: set[int] = set()
    for i in range(len(frag_side)):
        if i in used_frag:
            continue
        joined = frag_side[i].key
        for j in range(i + 1, min(i + MAX_FRAGMENTS, len(frag_side))):
            joined += frag_side[j].key
            hits = [w for w in wanted.get(joined, ()) if w not in used_whole]
            if hits:
                used_whole.add(hits[0])
                used_frag.update(range(i, j + 1))
                break
    return (
        [s for i, s in enumerate(frag_side) if i not in used_frag],
        [s for i, s in enumerate(whole_side) if i not in used_whole],
    )


_SLOTS: tuple[tuple[str, PhraseTable], ...] = (
    ("<advisory>", ADVISORY_LEVELS), ("<confidence>", CONFIDENCE), ("<likelihood>", LIKELIHOOD),
)


def shape(s: Sentence) -> tuple[str, ...]:
    """The sentence's words with each estimative phrase, advisory level and number replaced by its slot name:
    two versions of one judgment share their shape even when the judgment itself changed."""
    words = list(s.words)
    for slot, table in _SLOTS:
        for m in reversed(table.find(words)):
            words[m.start:m.end] = [slot]
    return tuple("<n>" if w[:1].isdigit() else w for w in words)


def similarity(a: Sentence, b: Sentence) -> float:
    """How much of the two sentences' shapes is shared (difflib ratio over slotted words)."""
    return SequenceMatcher(None, shape(a), shape(b), autojunk=False).ratio()


def _pair(old: list[Sentence], new: list[Sentence],
          swapped: dict[int, int] | None = None) -> list[tuple[Sentence, Sentence]]:
    """Greedy best-first pairing: same paragraph row first, then anywhere above a stricter threshold. A paragraph
    dropped and the one added in its place (`swapped`: a block rewritten in place) are one row.

    Small revisions weigh every pair at once. Large ones (thousands of changed sentences) pair within each
    paragraph row first, then weigh the leftovers against old sentences sharing a rare word, so the cost
    grows with the size of the change, not with its square. A row with very many changed sentences (pages
    of text run into one paragraph) is paired the same way inside it, helped by the order of its sentences.
    """
    if not old or not new:
        return []
    scorer = _Scorer(old, new, swapped)
    words_old = sum(len(s) for s in scorer.old_shapes)
    words_new = sum(len(s) for s in scorer.new_shapes)
    if len(old) * len(new) <= ALL_PAIRS and len(new) * words_old + len(old) * words_new <= ALL_PAIRS_WORDS:
        taken = _greedy(scorer.score(scorer.all_pairs()))
    else:
        rows_old: dict[int, list[int]] = {}
        rows_new: dict[int, list[int]] = {}
        for i, a in enumerate(old):
            rows_old.setdefault(scorer.row(a), []).append(i)
        for j, b in enumerate(new):
            rows_new.setdefault(b.group, []).append(j)

        def same_row() -> Iterator[tuple[int, int]]:
            for g, news in rows_new.items():
                olds = rows_old.get(g, [])
                if len(olds) * len(news) <= ROW_PAIRS:
                    yield from ((i, j) for j in news for i in olds)
                else:
                    yield from _candidates(scorer, olds, news, near=NEAR)

        taken = _greedy(scorer.score(same_row()))
        paired_old = set(taken.values())
        left_old = [i for i in range(len(old)) if i not in paired_old]
        left_new = [j for j in range(len(new)) if j not in taken]
        taken.update(_greedy(scorer.score(_candidates(scorer, left_old, left_new, near=0))))
    return [(old[i], new[j]) for j, i in taken.items()]


# A paragraph row with more sentence pairs than this is paired through shared rare words and sentence order.
ROW_PAIRS = 10_000
NEAR = 2  # old sentences either side of a new one's place in its row that are always weighed
# A word in more than RARE_MAX sentences says little about which one a sentence was; each sentence is weighed
# against at most TOP_CANDIDATES of those sharing its rare words (the most shared first).
RARE_MAX = 64
TOP_CANDIDATES = 50


def _candidates(scorer: _Scorer, olds: list[int], news: list[int], near: int) -> Iterator[tuple[int, int]]:
    """For each of `news`, in order, the few of `olds` likeliest to be its earlier version: those sharing the
    most rare words with it, and (with `near`) those at about the same place in the order."""
    postings: dict[str, list[int]] = {}
    for i in olds:
        for w in scorer.old_sets[i]:
            postings.setdefault(w, []).append(i)
    rare = min(RARE_MAX, max(8, len(olds) // 50))
    for rank, j in enumerate(news):
        votes: Counter[int] = Counter()
        for w in scorer.new_sets[j]:
            hits = postings.get(w)
            if hits and len(hits) <= rare:
                votes.update(hits)
        found = set(heapq.nsmallest(TOP_CANDIDATES, votes, key=lambda i: (-votes[i], i)))
        if near:
            at = rank * len(olds) // len(news)
            found.update(olds[max(0, at - near):at + near + 1])
        yield from ((i, j) for i in sorted(found))


class _Scorer:
    """Resemblance of old and new sentences by shape, with cheap rejections before the exact ratio.

    What is measured of a pair depends only on the two shapes, so it is measured once per pair of distinct shapes:
    a document that repeats its sentences (boilerplate, a text pasted twice) weighs the same pair again and again.
    The budget is spent for every pair as before, so which ratio a pair gets stays the same."""

    def __init__(self, old: list[Sentence], new: list[Sentence], swapped: dict[int, int] | None = None) -> None:
        self.old, self.new = old, new
        self._swapped = swapped or {}
        self.old_shapes = [shape(s) for s in old]
        self.new_shapes = [shape(s) for s in new]
        self.old_sets = [frozenset(s) for s in self.old_shapes]
        self.new_sets = [frozenset(s) for s in self.new_shapes]
        numbers: dict[tuple[str, ...], int] = {}
        self.old_numbers = [numbers.setdefault(s, len(numbers)) for s in self.old_shapes]
        self.new_numbers = [numbers.setdefault(s, len(numbers)) for s in self.new_shapes]
        self._budget = MATCH_BUDGET
        self._counts: dict[int, Counter[str]] = {}
        # (old shape, new shape) -> its quick_ratio, its equal_pairs, its difflib ratio, its indel ratio
        self._quicks: dict[tuple[int, int], float] = {}
        self._works: dict[tuple[int, int], int] = {}
        self._ratios: dict[tuple[int, int], float] = {}
        self._indels: dict[tuple[int, int], float] = {}

    def row(self, a: Sentence) -> int:
        """The new side's paragraph row that an old sentence's row stands in (its own, or the one added for it)."""
        return self._swapped.get(a.group, a.group)

    def all_pairs(self) -> Iterable[tuple[int, int]]:
        """Every (i, j), grouped by j, in order; when they are many, without those whose word sets share too little
        to pass score()'s prefilter. The prefilter's measure, 2 |a & b| / (|a| + |b|), is the rapidfuzz ratio of the
        two sets spelt as strings of one character per word, in one order (the longest common subsequence of two
        such strings is their common characters): one call in C scores every pair, and score() checks exactly."""
        n_old, n_new = len(self.old), len(self.new)
        if n_old * n_new < PREFILTER_IN_C:
            return ((i, j) for j in range(n_new) for i in range(n_old))
        code: dict[str, str] = {}

        def spelt(words: frozenset[str]) -> str:
            # characters from U+0000 up, the surrogates (U+D800-U+DFFF) skipped
            return "".join(sorted(code.get(w) or code.setdefault(w, chr(len(code) + (len(code) >= 0xD800) * 0x800))
                                  for w in words))

        olds = [spelt(x) for x in self.old_sets]
        news = [spelt(x) for x in self.new_sets]
        return [(i, j) for j, i in sorted((j, i) for j, i, _ in similar_pairs(news, olds, PREFILTER))]

    def score(self, pairs: Iterable[tuple[int, int]]) -> list[tuple[float, int, int]]:
        """(score, i, j) for the candidate pairs that resemble each other enough, pairs grouped by j."""
        scored: list[tuple[float, int, int]] = []
        sm: SequenceMatcher[str] = SequenceMatcher(None, autojunk=False)
        current = -1
        counts_b: Counter[str] | None = None
        for i, j in pairs:
            if j != current:
                sm.set_seq2(self.new_shapes[j])
                counts_b = None
                current = j
            sa, sb = self.old_sets[i], self.new_sets[j]
            if not sa or not sb or 2 * len(sa & sb) / (len(sa) + len(sb)) < PREFILTER:
                continue
            same_row = self.row(self.old[i]) == self.new[j].group
            least = SAME_ROW_MIN if same_row else ANY_ROW_MIN
            pair = (self.old_numbers[i], self.new_numbers[j])
            quick = self._quicks.get(pair)
            if quick is None:
                sm.set_seq1(self.old_shapes[i])
                quick = self._quicks[pair] = sm.quick_ratio()
            if quick < least:
                continue
            work = self._works.get(pair)
            if work is None:
                counts_a = self._counts.get(i)
                if counts_a is None:
                    counts_a = self._counts[i] = Counter(self.old_shapes[i])
                if counts_b is None:
                    counts_b = Counter(self.new_shapes[j])
                work = self._works[pair] = equal_pairs(counts_a, counts_b)
            if work <= min(EQUAL_PAIRS, self._budget):
                self._budget -= work
                ratio = self._ratios.get(pair, -1.0)
                if ratio < 0:
                    sm.set_seq1(self.old_shapes[i])
                    ratio = self._ratios[pair] = sm.ratio()
            else:
                # The same few words repeated: difflib would be quadratic; the indel ratio bounds its ratio.
                ratio = self._indels.get(pair, -1.0)
                if ratio < 0:
                    ratio = self._indels[pair] = word_similarity(list(self.old_shapes[i]),
                                                                 list(self.new_shapes[j]))
            if ratio >= least:
                # Prefer a pair within the same paragraph row when two candidates are about as similar.
                scored.append((ratio + (SAME_ROW_BONUS if same_row else 0.0), i, j))
        return scored


def _greedy(scored: list[tuple[float, int, int]]) -> dict[int, int]:
    """Best score first, each sentence used once: new index -> old index."""
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    taken_old: set[int] = set()
    out: dict[int, int] = {}
    for _, i, j in scored:
        if i in taken_old or j in out:
            continue
        taken_old.add(i)
        out[j] = i
    return out
