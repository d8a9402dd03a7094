"""Large revisions: sentence pairing stays right when it switches to its indexed, row-first mode."""

from __future__ import annotations

import random

from monitor.align import align_paragraphs
from monitor.assess import classify
from monitor.assess.align_sentences import ALL_PAIRS, PREFILTER, PREFILTER_IN_C, _Scorer
from monitor.assess.text import Sentence
from monitor.config import default_config
from monitor.segment import Paragraph

REGIONS = ["Donetsk", "Kharkiv", "Zaporizhzhia", "Kherson", "Luhansk", "Sumy", "Odesa", "Mykolaiv"]


def paragraph(i: int, estimate: str) -> str:
    region = REGIONS[i % len(REGIONS)]
    return (f"Section {i}: Russian forces in {region} {estimate} launch an offensive before winter {2000 + i}. "
            f"Supply convoy {i} reached the {region} depots on schedule.")


def test_every_edited_sentence_of_a_large_revision_is_flagged_once() -> None:
    """With hundreds of paragraphs edited, each changed estimate is one likelihood flag quoting its own sentence."""
    n = 400
    old = [Paragraph(i, paragraph(i, "will probably"), None) for i in range(n)]
    new = [Paragraph(i, paragraph(i, "are unlikely to"), None) for i in range(n)]
    assert n * n > ALL_PAIRS  # one changed sentence per paragraph: this takes the large-revision path
    flags = classify(align_paragraphs(old, new), default_config())
    assert len(flags) == n
    assert {(f.kind, f.direction) for f in flags} == {("likelihood", "down")}
    for f in flags:
        assert f.before is not None and f.after is not None
        assert f.before.replace("will probably", "are unlikely to") == f.after


def test_the_prefilter_run_in_c_weighs_the_pairs_it_would_weigh_pair_by_pair() -> None:
    """Past PREFILTER_IN_C sentence pairs the word-set prefilter runs as one rapidfuzz call: the pairs it keeps, and
    so every score and pairing, are those the pair-by-pair test keeps — overlaps just under, at and over its
    threshold included."""
    rng = random.Random(8)
    vocab = ["q" + chr(97 + k // 26) + chr(97 + k % 26) for k in range(40)]  # letters only: one token each

    def sentences(n: int) -> list[Sentence]:
        # 2 to 12 distinct words from a small vocabulary: overlaps land on every fraction, the threshold among them
        return [Sentence.of(" ".join(rng.sample(vocab, rng.randint(2, 12))) + ".", None, k % 9, k, None)
                for k in range(n)]

    old, new = sentences(90), sentences(80)
    assert len(old) * len(new) >= PREFILTER_IN_C
    scorer = _Scorer(old, new)
    every = [(i, j) for j in range(len(new)) for i in range(len(old))]

    def passes(i: int, j: int) -> bool:
        a, b = scorer.old_sets[i], scorer.new_sets[j]
        return 2 * len(a & b) / (len(a) + len(b)) >= PREFILTER

    def at_threshold(i: int, j: int) -> bool:
        a, b = scorer.old_sets[i], scorer.new_sets[j]
        return 2 * len(a & b) == PREFILTER * (len(a) + len(b))

    kept = list(scorer.all_pairs())
    assert [p for p in kept if passes(*p)] == [p for p in every if passes(*p)]
    assert any(at_threshold(*p) for p in every) and all(p in kept for p in every if at_threshold(*p))
    assert len(kept) < len(every) / 2  # most pairs were left out in C
    assert _Scorer(old, new).score(kept) == _Scorer(old, new).score(every)
