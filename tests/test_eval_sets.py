"""Our own labelled sets, scored with ../shared/eval/score.py's own logic, so generalisation is tested too.

- tests/eval_extra: other documents and other edits than the dev cases — real FOMC, travel advisory and
  PEP 594 revisions, synthetic single and cosmetic edits (tests/eval_extra/make_cases.py).
- tests/eval_fresh: an independent set labelled before reading the classifier — five new short documents (a
  regional intelligence assessment, a non-US central-bank statement, a policy brief with Recommendations, a
  health travel notice, an RFC-like policy note) with single, multi-edit and cosmetic revisions
  (tests/eval_fresh/make_cases.py), and real pairs no other set uses. One cosmetic false alarm is tolerated
  there: the PEP 594 language-tweaks commit adds 'but are no longer listed as such in this PEP' to a
  sentence, labelled cosmetic, which monitor reports as a clause added (a debatable label).

Thresholds sit at or just below today's scores, so a regression in generalisation fails here.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import MONITOR, ROOT, SHARED

SCORE_PY = SHARED / "eval" / "score.py"


@dataclass(frozen=True)
class Bar:
    """The scores a labelled set must keep."""

    min_cases: int
    recall: float
    cosmetic_fp: int
    kind: float
    direction: float
    precision: float = 0.95


SETS = {
    "eval_extra": Bar(min_cases=40, recall=0.93, cosmetic_fp=0, kind=0.9, direction=0.9),
    "eval_fresh": Bar(min_cases=45, recall=0.97, cosmetic_fp=1, kind=0.95, direction=1.0),
}


def _score_module() -> ModuleType:
    if not SCORE_PY.is_file():
        pytest.skip(f"{SCORE_PY} is not present: the shared scorer is needed to score our labelled sets")
    spec = importlib.util.spec_from_file_location("shared_eval_score", SCORE_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _needs_corpora(case: Path) -> bool:
    text = (case / "expect.yaml").read_text(encoding="utf-8")
    return "'@" in text or '"@' in text


@pytest.fixture(scope="module", params=sorted(SETS))
def scored(request: pytest.FixtureRequest) -> tuple[Bar, dict[str, Any]]:
    score = _score_module()
    name: str = request.param
    cases = sorted(p.parent for p in (ROOT / "tests" / name).glob("*/expect.yaml"))
    if not (SHARED / "corpora").is_dir():
        cases = [c for c in cases if not _needs_corpora(c)]
    bar = SETS[name]
    assert len(cases) >= bar.min_cases
    cmd = f"{MONITOR} diff {{old}} {{new}} --format json"
    tot: dict[str, Any] = {"errors": [], "notes": [], "cases": len(cases)}
    # Each case is a real `monitor` process; one per CPU at a time, as a user's CI would run them.
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        results = list(pool.map(lambda case: score.score_case(case, cmd, False), cases))
    for case, r in zip(cases, results, strict=True):
        for k, v in r.items():
            if isinstance(v, int) and not isinstance(v, bool):
                tot[k] = tot.get(k, 0) + v
        if r["error"]:
            tot["errors"].append(f"{case.name}: {r['error']}")
        tot["notes"] += [f"{case.name}: {n}" for n in r["notes"]]
    return bar, tot


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def test_no_errors(scored: tuple[Bar, dict[str, Any]]) -> None:
    """Every case runs: monitor diff exits 0 or 1 and prints a JSON report."""
    assert scored[1]["errors"] == []


def test_recall(scored: tuple[Bar, dict[str, Any]]) -> None:
    """The labelled judgment changes are found."""
    bar, tot = scored
    assert _ratio(tot["found"], tot["expected"]) >= bar.recall, "\n".join(tot["notes"])


def test_no_false_alarms(scored: tuple[Bar, dict[str, Any]]) -> None:
    """Exhaustive cases (cosmetic edits, typo-fix commits, single edits) get no unlabelled medium/high flag."""
    bar, tot = scored
    assert tot["fp"] == 0, "\n".join(tot["notes"])
    assert tot["cosmetic_fp"] <= bar.cosmetic_fp, "\n".join(tot["notes"])


def test_precision(scored: tuple[Bar, dict[str, Any]]) -> None:
    """Nearly every medium/high flag in a labelled case is a labelled change."""
    bar, tot = scored
    flags = tot["tp_flags"] + tot["fp"] + tot["cosmetic_fp"]
    assert _ratio(tot["tp_flags"], flags) >= bar.precision


def test_kind_and_direction(scored: tuple[Bar, dict[str, Any]]) -> None:
    """Found changes carry the labelled kind and direction."""
    bar, tot = scored
    assert _ratio(tot["kind_ok"], tot["kind_n"]) >= bar.kind, "\n".join(tot["notes"])
    assert _ratio(tot["dir_ok"], tot["dir_n"]) >= bar.direction, "\n".join(tot["notes"])


def test_structure(scored: tuple[Bar, dict[str, Any]]) -> None:
    """Paragraph counts and exit codes are exactly as labelled."""
    tot = scored[1]
    assert tot["struct_ok"] == tot["struct_n"], "\n".join(tot["notes"])
