"""`monitor review --each-commit`: a range of commits reviewed in one process, one section per commit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gitrepo import commit, git, init, monitor

from monitor.review import MARKER

V1 = """\
Will the war end soon?

The Zelenskyy administration, however, will not agree to a ceasefire without security guarantees.

Russia is likely to continue its offensive in the east through the winter.
"""
V2 = V1.replace("will not agree", "will agree")
V3 = V2.replace("is likely to", "is unlikely to")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """main holds the chapter; three later commits: one reverses a judgment, one touches no document, one
    lowers a likelihood."""
    r = init(tmp_path / "repo")
    commit(r, {"docs/chapter.txt": V1}, "first version")
    git(r, "checkout", "-q", "-b", "feature")
    commit(r, {"docs/chapter.txt": V2}, "reverse the ceasefire judgment")
    commit(r, {"build.sh": "echo hi\n"}, "a script, no document")
    commit(r, {"docs/chapter.txt": V3}, "lower the offensive's likelihood")
    return r


def test_each_commit_json_has_one_review_per_commit(repo: Path) -> None:
    """Each commit since base is its own section, compared with its parent, oldest first."""
    proc = monitor("review", "--base", "main", "--each-commit", "--format", "json", cwd=repo)
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    assert [c["subject"] for c in data["commits"]] == [
        "reverse the ceasefire judgment", "a script, no document", "lower the offensive's likelihood"]
    docs = [[d["path"] for d in c["review"]["documents"]] for c in data["commits"]]
    assert docs == [["docs/chapter.txt"], [], ["docs/chapter.txt"]]
    first = data["commits"][0]["review"]["documents"][0]["report"]["assessments"]
    last = data["commits"][2]["review"]["documents"][0]["report"]["assessments"]
    assert any("will agree" in (a["after"] or "") for a in first)
    assert not any("will agree" in (a["after"] or "") for a in last)  # each commit shows only its own change
    assert any("unlikely" in (a["after"] or "") for a in last)


def test_each_commit_markdown_is_one_comment_with_a_heading_per_commit(repo: Path) -> None:
    """The Markdown keeps one hidden marker at the top and a heading naming each commit."""
    proc = monitor("review", "--base", "main", "--each-commit", cwd=repo)
    assert proc.returncode == 1, proc.stderr
    out = proc.stdout
    assert out.startswith(MARKER + "\n") and out.count(MARKER) == 1
    headings = [line for line in out.splitlines() if line.startswith("# Commit ")]
    assert [h.split(" ", 3)[3] for h in headings] == [
        "reverse the ceasefire judgment", "a script, no document", "lower the offensive's likelihood"]


def test_each_commit_with_nothing_since_base_exits_0(repo: Path) -> None:
    """A range without commits is a clean run, not an error."""
    proc = monitor("review", "--base", "feature", "--head", "feature", "--each-commit", "--format", "text",
                   cwd=repo)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "No commits in the range.\n"


def test_each_commit_html_is_refused_in_one_line(repo: Path) -> None:
    """HTML is one page per review, so --each-commit refuses it with one line and status 2."""
    proc = monitor("review", "--base", "main", "--each-commit", "--format", "html", cwd=repo)
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and "--each-commit" in proc.stderr
