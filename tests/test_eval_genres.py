"""Seven genres the classifier was not written on (tests/eval_genres*/, forty-seven blind-labelled batches each),
scored with ../shared/eval/score.py's own logic against the goals of issue 8: recall ≥ 0.93, precision ≥ 0.90,
direction ≥ 90 % of labelled directions — with no pack and no topics, as a new user's first run would be.

The thresholds are the goals, not today's scores. Where a genre is short of a goal today, its test is marked
xfail(strict=True) with the measured value: the gap stays visible in every run, and the day a fix reaches the
goal the test fails as XPASS until the mark is removed. Every case must still run without error.
"""

from __future__ import annotations

import os
import subprocess
import traceback
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MONITOR, ROOT, SHARED
from tests.test_eval_sets import _score_module

GOALS = {"recall": 0.93, "precision": 0.90, "direction": 0.90}
GENRES = ("govuk-standards", "ics-advisories", "nist-guidelines", "rba-decisions", "rba-minutes",
          "rustsec-advisories", "science-review")
BATCHES = ("eval_genres", "eval_genres2", "eval_genres3", "eval_genres4", "eval_genres5", "eval_genres6",
           "eval_genres7", "eval_genres8", "eval_genres9", "eval_genres10", "eval_genres11", "eval_genres12",
           "eval_genres13", "eval_genres14", "eval_genres15", "eval_genres16", "eval_genres17",
           "eval_genres18", "eval_genres19", "eval_genres20", "eval_genres21", "eval_genres22",
           "eval_genres23", "eval_genres24", "eval_genres25", "eval_genres26", "eval_genres27", "eval_genres28",
           "eval_genres29", "eval_genres30", "eval_genres31", "eval_genres32", "eval_genres33",
           "eval_genres34", "eval_genres35", "eval_genres36", "eval_genres37", "eval_genres38", "eval_genres39",
           "eval_genres40", "eval_genres41", "eval_genres42", "eval_genres43", "eval_genres44", "eval_genres45",
           "eval_genres46", "eval_genres47", "eval_genres48", "eval_genres49")
# Measured at the commit named (no pack, no topics), all forty-nine batches together.
SHORT_OF_GOAL: dict[tuple[str, str], str] = {
    ("govuk-standards", "precision"): "0.862 at 26759390",
    ("govuk-standards", "direction"): "0.840 at 26759390",
    ("ics-advisories", "recall"): "0.914 at 26759390",
    ("ics-advisories", "precision"): "0.876 at 26759390",
    ("nist-guidelines", "direction"): "0.841 at 26759390",
    ("rba-decisions", "direction"): "0.531 at 26759390",
    ("rba-minutes", "direction"): "0.619 at 26759390",
    ("science-review", "precision"): "0.897 at 26759390",
    ("science-review", "direction"): "0.774 at 26759390",
}


def _short(genre: str, metric: str) -> Any:
    why = SHORT_OF_GOAL.get((genre, metric))
    return pytest.param(genre, metric, marks=pytest.mark.xfail(strict=True, reason=why)) if why else (genre, metric)


class _CliInProcess:
    """Stands in for score.py's `subprocess` module: its `run(argv)` runs `monitor`'s own command-line entry point
    in this process (click's runner) — the same code as the installed command, without a new interpreter and its
    imports for each of the ~2,000 cases."""

    TimeoutExpired = subprocess.TimeoutExpired

    @staticmethod
    def run(argv: list[str], **_: object) -> subprocess.CompletedProcess[str]:
        from click.testing import CliRunner

        from monitor.cli import main

        result = CliRunner().invoke(main, argv[1:], catch_exceptions=True)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            trace = "".join(traceback.format_exception(result.exception))
            return subprocess.CompletedProcess(argv, 3, result.stdout, trace)
        return subprocess.CompletedProcess(argv, result.exit_code, result.stdout, "")


def _score_case_in_process(job: tuple[str, Path, str]) -> tuple[str, Path, dict[str, Any]]:
    """score.py's score_case for one case, in a worker process, with `monitor diff` run in that process."""
    genre, case, cmd = job
    score = _score_module()
    score.subprocess = _CliInProcess  # type: ignore[attr-defined]
    return genre, case, score.score_case(case, cmd, False)


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    if not (SHARED / "corpora").is_dir():
        pytest.skip(f"{SHARED / 'corpora'} is not present: the genre sets point into it")
    _score_module()  # skips, saying why, when the shared scorer is not there
    config = tmp_path_factory.mktemp("nopack") / "config.yaml"
    config.write_text("roots: [seeds]\nsnapshots: snapshots\ntopics: {}\n", encoding="utf-8")
    cmd = f"{MONITOR} --config {config} diff {{old}} {{new}} --format json"
    jobs: list[tuple[str, Path, str]] = [
        (genre, case.parent, cmd) for genre in GENRES for batch in BATCHES
        for case in sorted((ROOT / "tests" / batch / genre).glob("*/expect.yaml"))
    ]
    with ProcessPoolExecutor(max_workers=max(2, os.cpu_count() or 2), mp_context=get_context("fork")) as pool:
        results = list(pool.map(_score_case_in_process, jobs, chunksize=8))
    out: dict[str, dict[str, Any]] = {g: {"errors": [], "cases": 0} for g in GENRES}
    for genre, case, r in results:
        tot = out[genre]
        tot["cases"] += 1
        for k, v in r.items():
            if isinstance(v, int) and not isinstance(v, bool):
                tot[k] = tot.get(k, 0) + v
        if r["error"]:
            tot["errors"].append(f"{case}: {r['error']}")
    return out


def _metric(tot: dict[str, Any], metric: str) -> float:
    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0
    if metric == "recall":
        return ratio(tot["found"], tot["expected"])
    if metric == "precision":
        return ratio(tot["tp_flags"], tot["tp_flags"] + tot["fp"] + tot["cosmetic_fp"])
    return ratio(tot["dir_ok"], tot["dir_n"])


@pytest.mark.parametrize("genre", GENRES)
def test_every_case_runs(scores: dict[str, dict[str, Any]], genre: str) -> None:
    assert scores[genre]["cases"] >= 100, "ten batches of at least 11 cases"
    assert scores[genre]["errors"] == []


@pytest.mark.parametrize(("genre", "metric"), [_short(g, m) for g in GENRES for m in GOALS])
def test_genre_meets_the_goal(scores: dict[str, dict[str, Any]], genre: str, metric: str) -> None:
    value = _metric(scores[genre], metric)
    assert value >= GOALS[metric], f"{genre} {metric} = {value:.2f}, goal {GOALS[metric]:.2f}"
