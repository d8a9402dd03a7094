"""Large revisions: sentence pairing stays right when it switches to its indexed, row-first mode."""

from __future__ import annotations

from monitor.align import align_paragraphs
from monitor.assess import classify
from monitor.assess.align_sentences import ALL_PAIRS
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
