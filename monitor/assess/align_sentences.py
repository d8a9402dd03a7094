"""Sentence alignment over all changed paragraphs: equal sentences drop out, fragments rejoin, the rest pair up."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from monitor.assess.lexicon import ADVISORY_LEVELS, CONFIDENCE, LIKELIHOOD, PhraseTable
from monitor.assess.text import Sentence, key
from monitor.report import ParagraphChange
from monitor.sentences import split_sentences

# A pair inside one paragraph row needs less resemblance than a pair found across the document.
SAME_ROW_MIN = 0.45
ANY_ROW_MIN = 0.6
SAME_ROW_BONUS = 0.15
# Cheap word-set overlap under which the exact ratio is not even computed.
PREFILTER = 0.25
MAX_FRAGMENTS = 3
# Up to this many sentence pairs every pair is weighed; beyond it, candidates come from an index.
ALL_PAIRS = 20_000


@dataclass(frozen=True, slots=True)
class Alignment:
    """Changed sentences after alignment: pairs that differ, and sentences found on one side only."""

    pairs: tuple[tuple[Sentence, Sentence], ...]
    removed: tuple[Sentence, ...]
    added: tuple[Sentence, ...]


def changed_sentences(changes: Sequence[ParagraphChange]) -> tuple[list[Sentence], list[Sentence]]:
    """The sentences of every paragraph whose text changed, old side and new side, in document order."""
    old: list[Sentence] = []
    new: list[Sentence] = []
    for g, p in enumerate(changes):
        if not p.changed:
            continue
        if p.old_text and p.new_text and key(p.old_text) == key(p.new_text):
            continue  # only case, punctuation, markup or layout differ: nothing to read
        for side, text in ((old, p.old_text), (new, p.new_text)):
            if not text:
                continue
            for s in split_sentences(text):
                side.append(Sentence.of(s, p.section, g, len(side)))
    return old, new


def align(old: list[Sentence], new: list[Sentence]) -> Alignment:
    """Match equal sentences (by key), rejoin sentences split by page breaks, then pair similar ones."""
    old_left = _drop_equal(old, new)
    new_left = _drop_equal(new, old)
    old_left, new_left = _rejoin(old_left, new_left)
    new_left, old_left = _rejoin(new_left, old_left)
    pairs = _pair(old_left, new_left)
    paired_old = {id(a) for a, _ in pairs}
    paired_new = {id(b) for _, b in pairs}
    return Alignment(
        pairs=tuple(sorted(pairs, key=lambda ab: (ab[1].order, ab[0].order))),
        removed=tuple(s for s in old_left if id(s) not in paired_old),
        added=tuple(s for s in new_left if id(s) not in paired_new),
    )


def _drop_equal(side: list[Sentence], other: list[Sentence]) -> list[Sentence]:
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


def _pair(old: list[Sentence], new: list[Sentence]) -> list[tuple[Sentence, Sentence]]:
    """Greedy best-first pairing: same paragraph row first, then anywhere above a stricter threshold.

    Small revisions weigh every pair at once. Large ones (thousands of changed sentences) pair within each
    paragraph row first, then weigh the leftovers against old sentences sharing a rare word, so the cost
    grows with the size of the change, not with its square.
    """
    if not old or not new:
        return []
    scorer = _Scorer(old, new)
    if len(old) * len(new) <= ALL_PAIRS:
        taken = _greedy(scorer.score((i, j) for j in range(len(new)) for i in range(len(old))))
    else:
        by_row: dict[int, list[int]] = {}
        for i, a in enumerate(old):
            by_row.setdefault(a.group, []).append(i)
        taken = _greedy(scorer.score((i, j) for j, b in enumerate(new) for i in by_row.get(b.group, ())))
        paired_old = set(taken.values())
        left_old = [i for i in range(len(old)) if i not in paired_old]
        left_new = [j for j in range(len(new)) if j not in taken]
        postings: dict[str, list[int]] = {}
        for i in left_old:
            for w in scorer.old_sets[i]:
                postings.setdefault(w, []).append(i)
        rare = max(8, len(left_old) // 50)

        def across() -> Iterator[tuple[int, int]]:
            for j in left_new:
                found: set[int] = set()
                for w in scorer.new_sets[j]:
                    hits = postings.get(w)
                    if hits and len(hits) <= rare:
                        found.update(hits)
                yield from ((i, j) for i in sorted(found))

        taken.update(_greedy(scorer.score(across())))
    return [(old[i], new[j]) for j, i in taken.items()]


class _Scorer:
    """Resemblance of old and new sentences by shape, with cheap rejections before the exact ratio."""

    def __init__(self, old: list[Sentence], new: list[Sentence]) -> None:
        self.old, self.new = old, new
        self.old_shapes = [shape(s) for s in old]
        self.new_shapes = [shape(s) for s in new]
        self.old_sets = [frozenset(s) for s in self.old_shapes]
        self.new_sets = [frozenset(s) for s in self.new_shapes]

    def score(self, pairs: Iterable[tuple[int, int]]) -> list[tuple[float, int, int]]:
        """(score, i, j) for the candidate pairs that resemble each other enough, pairs grouped by j."""
        scored: list[tuple[float, int, int]] = []
        sm: SequenceMatcher[str] = SequenceMatcher(None, autojunk=False)
        current = -1
        for i, j in pairs:
            if j != current:
                sm.set_seq2(self.new_shapes[j])
                current = j
            sa, sb = self.old_sets[i], self.new_sets[j]
            if not sa or not sb or 2 * len(sa & sb) / (len(sa) + len(sb)) < PREFILTER:
                continue
            same_row = self.old[i].group == self.new[j].group
            least = SAME_ROW_MIN if same_row else ANY_ROW_MIN
            sm.set_seq1(self.old_shapes[i])
            if sm.quick_ratio() < least:
                continue
            ratio = sm.ratio()
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
