"""Golden reports: the assessments of whole real revisions (FOMC, travel advisory, seed chapter) stay as reviewed.

Regenerate after a reviewed behaviour change with: UPDATE_GOLDEN=1 pytest tests/test_assess_golden.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from assess_helpers import config

from monitor.digest import sha256
from monitor.pipeline import compare, load_document
from monitor.report import VersionRef, assessment_dict

GOLDEN = Path(__file__).resolve().parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if p.is_dir())


def _assessments(case: Path) -> list[dict[str, object]]:
    old_p = next(case.glob("old.*"))
    new_p = next(case.glob("new.*"))
    ob, nb = old_p.read_bytes(), new_p.read_bytes()
    cfg = config()
    report = compare(load_document(ob, old_p.name, cfg), load_document(nb, new_p.name, cfg), cfg,
                     VersionRef("old", None, sha256(ob)), VersionRef("new", None, sha256(nb)))
    return [assessment_dict(a) for a in report.assessments]


@pytest.mark.parametrize("name", CASES)
def test_golden_assessments(name: str) -> None:
    """The flags on a real revision are exactly the reviewed ones: kind, severity, direction, quotes, wording."""
    case = GOLDEN / name
    got = _assessments(case)
    expected_path = case / "expected.json"
    if os.environ.get("UPDATE_GOLDEN"):
        expected_path.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert expected_path.exists(), f"{expected_path} is missing: review the output, then UPDATE_GOLDEN=1 to write it"
    assert got == json.loads(expected_path.read_text(encoding="utf-8"))


def test_golden_quotes_are_sentences() -> None:
    """No golden flag quotes more than a sentence or two (the scorer rejects quotes over 600 characters)."""
    for name in CASES:
        for flag in json.loads((GOLDEN / name / "expected.json").read_text(encoding="utf-8")):
            for side in ("before", "after"):
                assert flag[side] is None or len(flag[side]) <= 600
