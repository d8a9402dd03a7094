"""The compact JSON of a large report, written row by row for speed, is exactly what json.dumps writes."""

from __future__ import annotations

import json
import random

from monitor.render.json import PRETTY_PARAGRAPHS, render_report
from monitor.report import ParagraphChange, Report, VersionRef, WordOp


def test_large_report_json_is_byte_identical_to_json_dumps() -> None:
    """Quotes, backslashes, control and non-ASCII characters, nulls and word ops come out as json.dumps has them."""
    rng = random.Random(2)
    chars = ["a", '"', "\\", "\n", "\x7f", "\u00e9", "\u2028", "\U0001f600", "\x01", " ", "\u202e"]

    def text() -> str:
        return "".join(rng.choice(chars) for _ in range(rng.randrange(8)))

    sections = [None, "S\u00e9ction \"1\"", "2"]  # a section repeats over many rows, as in a real document

    def row(k: int) -> ParagraphChange:
        old = rng.choice([None, text()])
        new = rng.choice([None, text(), old])  # an unchanged row's texts are equal; an added row has no old text
        return ParagraphChange(rng.choice(["unchanged", "modified", "moved", "split"]), tuple(range(rng.randrange(3))),
                               tuple(range(k, k + rng.randrange(3))), rng.choice(sections), old, new,
                               rng.choice([None, (), (WordOp("equal", text()), WordOp("insert", text()))]))

    rows = [row(k) for k in range(PRETTY_PARAGRAPHS + 500)]
    report = Report("doc \u00e9", VersionRef("v1", "a/b", "00"), VersionRef("v2", None, "11"), tuple(rows),
                    extra={"note": ["\u00e9", 1]})
    out = render_report(report)
    assert out == json.dumps(report.to_dict(), ensure_ascii=True) + "\n"
    assert json.loads(out)["paragraphs"][5]["new"][:1] in ([], [5])
