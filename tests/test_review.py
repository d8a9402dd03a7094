"""`monitor review` against real git repositories in temporary folders, through the installed entry point."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from gitrepo import commit, git, history, init, monitor
from markdown_it import MarkdownIt

from monitor.report import Assessment, Evidence, ParagraphChange, Report, VersionRef, WordOp
from monitor.review import MARKER, Commit, DocumentReview, FileChange, Review, render_markdown

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
SCHEMA = json.loads((ROOT / "docs" / "diff-report.schema.json").read_text(encoding="utf-8"))

CHAPTER_V1 = """\
Will the war end soon?

The Zelenskyy administration, however, will not agree to a ceasefire without security guarantees.

Russia is likely to continue its offensive in the east through the winter.

Western military support remains essential for the defence of Kyiv.
"""
CHAPTER_V2 = CHAPTER_V1.replace("will not agree", "will agree")
TYPO_V2 = CHAPTER_V1.replace("defence of Kyiv", "defense of Kyiv")


def parse(md: str) -> list[object]:
    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).parse(md)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository whose main branch holds the chapter, and a feature branch that reverses a judgment."""
    r = init(tmp_path / "repo")
    commit(r, {"docs/chapter.txt": CHAPTER_V1, "notes.txt": "Plain notes.\n"}, "first version")
    git(r, "checkout", "-q", "-b", "feature")
    commit(r, {"docs/chapter.txt": CHAPTER_V2}, "reverse the ceasefire judgment")
    return r


def test_review_comments_on_the_changed_document(repo: Path) -> None:
    """One comment: hidden marker, summary table with the document, its assessments and a folded diff."""
    proc = monitor("review", "--base", "main", "--head", "feature", cwd=repo)
    assert proc.returncode == 1, proc.stderr  # documents differ, no --fail-on
    out = proc.stdout
    assert out.startswith(MARKER + "\n## monitor review: 1 document changed")
    assert "| docs/chapter.txt | modified | main (" in out
    assert "notes.txt" not in out
    assert "<del>not </del>" in out
    assert "<details>" in out and "</details>" in out
    tokens = parse(out)
    assert sum(1 for t in tokens if getattr(t, "type", "") == "table_open") == 1


def test_without_head_compares_base_with_HEAD(repo: Path) -> None:
    """`--head` defaults to HEAD (the feature branch is checked out)."""
    proc = monitor("review", "--base", "main", "--format", "json", cwd=repo)
    data = json.loads(proc.stdout)
    assert data["head"]["ref"] == "HEAD"
    assert [d["path"] for d in data["documents"]] == ["docs/chapter.txt"]


def test_json_holds_a_schema_valid_report_per_document(repo: Path) -> None:
    """Each document's report in the JSON form validates against the diff-report schema."""
    proc = monitor("review", "--base", "main", "--head", "feature", "--format", "json", cwd=repo)
    data = json.loads(proc.stdout)
    assert data["schema"] == "monitor/review@1"
    for doc in data["documents"]:
        jsonschema.validate(doc["report"], SCHEMA)
    assert data["documents"][0]["report"]["old"]["path"] == "docs/chapter.txt"


def test_renamed_document_is_followed(tmp_path: Path) -> None:
    """A renamed and edited document is one row, 'old → new', diffed against its old self."""
    r = init(tmp_path / "r")
    commit(r, {"a/chapter.txt": CHAPTER_V1}, "v1")
    base = git(r, "rev-parse", "HEAD").strip()
    (r / "b").mkdir()
    git(r, "mv", "a/chapter.txt", "b/renamed.txt")
    (r / "b" / "renamed.txt").write_text(CHAPTER_V2, encoding="utf-8")
    git(r, "add", "-A")
    git(r, "commit", "-q", "-m", "rename and edit")
    data = json.loads(monitor("review", "--base", base, "--format", "json", cwd=r).stdout)
    (doc,) = data["documents"]
    assert (doc["status"], doc["old_path"], doc["new_path"]) == ("renamed", "a/chapter.txt", "b/renamed.txt")
    ops = [p["op"] for p in doc["report"]["paragraphs"]]
    assert ops.count("modified") == 1 and "added" not in ops and "removed" not in ops
    md = monitor("review", "--base", base, cwd=r).stdout
    assert "a/chapter.txt → b/renamed.txt" in md


def test_added_and_removed_documents(tmp_path: Path) -> None:
    """An added document is all added paragraphs; a deleted one all removed; both are listed."""
    r = init(tmp_path / "r")
    commit(r, {"old.txt": CHAPTER_V1}, "v1")
    base = git(r, "rev-parse", "HEAD").strip()
    commit(r, {"old.txt": None, "new.md": "# Outlook\n\nTalks will probably resume in spring.\n"}, "swap")
    data = json.loads(monitor("review", "--base", base, "--format", "json", cwd=r).stdout)
    by_path = {d["path"]: d for d in data["documents"]}
    assert by_path["old.txt"]["status"] == "removed"
    assert {p["op"] for p in by_path["old.txt"]["report"]["paragraphs"]} == {"removed"}
    assert by_path["new.md"]["status"] == "added"
    assert {p["op"] for p in by_path["new.md"]["report"]["paragraphs"]} == {"added"}


def test_binary_files_are_skipped_with_a_note(tmp_path: Path) -> None:
    """A binary file named like a document gets a note; other binaries (images) are not documents at all."""
    r = init(tmp_path / "r")
    commit(r, {"doc.txt": CHAPTER_V1, "scan.txt": b"\x00\x01\x02PK" * 100, "logo.png": b"\x89PNG\x00" * 10}, "v1")
    base = git(r, "rev-parse", "HEAD").strip()
    commit(r, {"doc.txt": CHAPTER_V2, "scan.txt": b"\x00\x09\x08PK" * 100, "logo.png": b"\x89PNG\x01" * 10}, "v2")
    proc = monitor("review", "--base", base, cwd=r)
    assert proc.returncode == 1, proc.stderr
    assert "| scan.txt | modified | — | – | – | – | binary file, skipped |" in proc.stdout
    assert "logo.png" not in proc.stdout
    assert "| doc.txt | modified |" in proc.stdout


def test_config_globs_and_roots_choose_the_documents(tmp_path: Path) -> None:
    """config.yaml's include/exclude and roots decide what is reviewed (hidden files, code, outside roots)."""
    r = init(tmp_path / "r")
    (r / "config.yaml").write_text("roots: [docs]\ninclude: ['*.txt']\n", encoding="utf-8")
    files = {"docs/a.txt": CHAPTER_V1, "docs/.draft.txt": CHAPTER_V1, "docs/b.md": CHAPTER_V1,
             "other/c.txt": CHAPTER_V1, "tool.py": "x = 1\n"}
    commit(r, files, "v1")
    base = git(r, "rev-parse", "HEAD").strip()
    commit(r, dict.fromkeys(files, CHAPTER_V2), "v2")
    data = json.loads(monitor("review", "--base", base, "--format", "json", cwd=r).stdout)
    assert [d["path"] for d in data["documents"]] == ["docs/a.txt"]
    sub = r / "other"
    data = json.loads(monitor("review", "--base", base, "--format", "json", "--repo", r, cwd=sub).stdout)
    assert [d["path"] for d in data["documents"]] == ["docs/a.txt"]  # repo's config.yaml found from elsewhere


def test_pathspecs_limit_the_review(repo: Path) -> None:
    """PATHS narrow the review to matching documents."""
    commit(repo, {"notes.txt": "Other notes.\n"}, "notes")
    data = json.loads(monitor("review", "--base", "main", "--format", "json", "notes.txt", cwd=repo).stdout)
    assert [d["path"] for d in data["documents"]] == ["notes.txt"]


def test_working_tree_and_index_are_untouched(repo: Path) -> None:
    """Review reads commits only: uncommitted edits are neither reviewed nor disturbed, HEAD stays put."""
    (repo / "docs" / "chapter.txt").write_text("Uncommitted scribble.\n", encoding="utf-8")
    (repo / "scratch.txt").write_text("untracked\n", encoding="utf-8")
    before = (git(repo, "status", "--porcelain"), git(repo, "rev-parse", "HEAD"), git(repo, "stash", "list"))
    proc = monitor("review", "--base", "main", cwd=repo)
    assert "scribble" not in proc.stdout and "Zelenskyy" in proc.stdout
    after = (git(repo, "status", "--porcelain"), git(repo, "rev-parse", "HEAD"), git(repo, "stash", "list"))
    assert before == after
    assert (repo / "docs" / "chapter.txt").read_text(encoding="utf-8") == "Uncommitted scribble.\n"


def test_changes_on_base_since_branching_are_not_shown(repo: Path) -> None:
    """Like a pull request, the review compares head with its merge base, not with base's newer commits."""
    git(repo, "checkout", "-q", "main")
    commit(repo, {"notes.txt": "Main moved on.\n"}, "main moves")
    git(repo, "checkout", "-q", "feature")
    data = json.loads(monitor("review", "--base", "main", "--format", "json", cwd=repo).stdout)
    assert [d["path"] for d in data["documents"]] == ["docs/chapter.txt"]
    assert data["merge_base"]


def max_severity(repo: Path, base: str, head: str) -> int:
    data = json.loads(monitor("review", "--base", base, "--head", head, "--format", "json", cwd=repo).stdout)
    counts = data["summary"]["assessments"]
    return max((rank for sev, rank in (("low", 1), ("medium", 2), ("high", 3)) if counts[sev]), default=0)


@pytest.mark.parametrize("level,rank", [("low", 1), ("medium", 2), ("high", 3)])
def test_fail_on_gates_by_severity(repo: Path, level: str, rank: int) -> None:
    """--fail-on LEVEL exits 1 exactly when an assessment at least that severe exists (a reversal is high)."""
    assert max_severity(repo, "main", "feature") == 3  # 'will not agree' → 'will agree' is a reversal
    proc = monitor("review", "--base", "main", "--head", "feature", "--fail-on", level, cwd=repo)
    assert proc.returncode == 1, proc.stderr
    # A spelling fix changes the text but no judgment: every gate passes, while plain review says "differs".
    commit(repo, {"docs/chapter.txt": CHAPTER_V2.replace("defence of Kyiv", "defense of Kyiv")}, "typo")
    assert max_severity(repo, "HEAD~1", "HEAD") < rank or rank == 1
    proc = monitor("review", "--base", "HEAD~1", "--fail-on", level, cwd=repo)
    assert proc.returncode == (1 if max_severity(repo, "HEAD~1", "HEAD") >= rank else 0)
    assert monitor("review", "--base", "HEAD~1", cwd=repo).returncode == 1


def test_nothing_changed_exits_0(repo: Path) -> None:
    """Two refs with no tracked document between them: status 0 and a comment that says so."""
    proc = monitor("review", "--base", "feature", "--head", "feature", "--fail-on", "low", cwd=repo)
    assert proc.returncode == 0
    assert "No tracked document changed" in proc.stdout


def test_not_a_repository_is_one_line_and_status_2(tmp_path: Path) -> None:
    """Outside git: one clear line on stderr, exit status 2, no traceback."""
    proc = monitor("review", "--base", "main", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "not a git repository" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_unknown_ref_is_one_line_and_status_2(repo: Path) -> None:
    """A ref that does not exist is named in one line with a hint, exit status 2."""
    for args in (("--base", "no-such-branch"), ("--base", "main", "--head", "nope~3"), ("--base", "--oops")):
        proc = monitor("review", *args, cwd=repo)
        assert proc.returncode == 2, (args, proc.stderr)
        assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert "no-such-branch: unknown git ref" in monitor("review", "--base", "no-such-branch", cwd=repo).stderr


def test_html_output_file_is_one_standalone_page(repo: Path) -> None:
    """--format html --output writes one page with every document's assessments and redline."""
    out = repo.parent / "review.html"
    proc = monitor("review", "--base", "main", "--format", "html", "--output", out, cwd=repo)
    assert proc.returncode == 1 and proc.stdout == ""
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in page
    assert 'class="assessments"' in page and 'class="redline"' in page and "docs/chapter.txt" in page


def test_text_output_respects_color_flags(repo: Path) -> None:
    """Text output is coloured with --color, plain with --no-color or NO_COLOR (and when piped)."""
    coloured = monitor("review", "--base", "main", "--format", "text", "--color", cwd=repo).stdout
    assert "\033[" in coloured
    assert "\033[" not in monitor("review", "--base", "main", "--format", "text", "--no-color", cwd=repo).stdout
    plain = monitor("review", "--base", "main", "--format", "text", cwd=repo, env={"NO_COLOR": "1"}).stdout
    assert "\033[" not in plain and "chapter.txt" in plain
    # Assessments first, then the redline.
    assert plain.index("Zelenskyy") < plain.rindex("Zelenskyy")


def test_huge_change_is_capped_with_a_notice(tmp_path: Path) -> None:
    """A change far beyond GitHub's limit yields a comment under 60,000 characters that says what it left out."""
    r = init(tmp_path / "r")
    paras = [f"Paragraph {i} says the economy grew {i % 7} percent in region {i}." for i in range(500)]
    commit(r, {"big.txt": "\n\n".join(paras) + "\n", "small.txt": CHAPTER_V1}, "v1")
    base = git(r, "rev-parse", "HEAD").strip()
    edited = [p.replace("grew", "shrank") for p in paras]
    commit(r, {"big.txt": "\n\n".join(edited) + "\n", "small.txt": CHAPTER_V2}, "v2")
    proc = monitor("review", "--base", base, "--fail-on", "high", cwd=r)
    out = proc.stdout
    assert len(out) <= 60_000
    assert out.startswith(MARKER)
    assert "**Truncated**" in out and "paragraph diff of" in out
    assert "| big.txt |" in out and "| small.txt |" in out
    assert proc.returncode == 1  # the gate sees every assessment, not just the ones that fit
    parse(out)  # still valid Markdown
    full = monitor("review", "--base", base, "--format", "json", cwd=r).stdout
    assert len(full) > 100_000  # JSON is not capped


def _hand_review(n: int) -> Review:
    """A review with n assessments of each severity (hand-built test data for the cap's order)."""
    def a(sev: str, i: int) -> Assessment:
        return Assessment("quantity", sev, "up", ("topic",), None, f"{sev} sentence {i} was {i}.",  # type: ignore[arg-type]
                          f"{sev} sentence {i} is {i + 1}.", Evidence(), f"{sev} number {i} changed")
    para = ParagraphChange("modified", (0,), (0,), None, "x " * 2000, "y " * 2000,
                           (WordOp("delete", "x " * 2000), WordOp("insert", "y " * 2000)))
    assessments = tuple(a(sev, i) for sev in ("low", "medium", "high") for i in range(n))
    report = Report("d.txt", VersionRef("a", "d.txt", "0"), VersionRef("b", "d.txt", "1"), (para,), assessments)
    c = Commit("main", "a" * 40, None)
    return Review(c, Commit("HEAD", "b" * 40, None), None, (DocumentReview(FileChange("modified", "d.txt", "d.txt"),
                                                                           report),))


def test_cap_drops_diffs_then_low_then_medium_and_keeps_high_first() -> None:
    """Under pressure the comment loses paragraph diffs, then low, then medium assessments; high ones stay."""
    rv = _hand_review(60)
    full = render_markdown(rv, max_chars=1_000_000)
    assert "Truncated" not in full and "<details>" in full
    out = render_markdown(rv, max_chars=20_000)
    assert len(out) <= 20_000
    assert "<details>" not in out
    assert "60 low-severity assessments" in out
    assert out.count("high number") == 60 + 3  # all high items, plus three headlines
    tighter = render_markdown(rv, max_chars=8_000)
    assert len(tighter) <= 8_000 and "high-severity assessments" in tighter
    assert "60 medium-severity assessments" in tighter and "high number 0 changed" in tighter


FOMC = SHARED / "corpora" / "fomc"


@pytest.mark.skipif(not FOMC.is_dir(), reason="../shared/corpora/fomc is not beside the repository")
def test_fomc_december_2015_review_leads_with_the_rate_rise(tmp_path: Path) -> None:
    """Reviewing the commit of the 2015-12-16 statement: the first lines say the Committee raised the range."""
    files = sorted(FOMC.glob("*.txt"))
    assert len(files) == 160
    r = init(tmp_path / "fomc")
    shas = history(r, "statement.txt", [(f.stem, f.read_bytes()) for f in files])
    i = [f.stem for f in files].index("2015-12-16")
    proc = monitor("--config", ROOT / "config.yaml", "review", "--base", f"{shas[i]}~1", "--head", shas[i],
                   "--fail-on", "high", cwd=r)
    assert proc.returncode == 1, proc.stderr
    lines = [ln for ln in proc.stdout.splitlines() if ln.strip()]
    assert lines[0] == MARKER
    assert lines[1].startswith("## monitor review: 1 document changed — 🔴 High:")
    headline = lines[2]  # the first thing a reader sees under the title
    assert headline.startswith("- **🔴 High · statement.txt:**"), headline
    assert re.search(r"raise the target range for the federal funds rate to 1/4 to 1/2 percent", headline), headline


def action_steps() -> dict[str, str]:
    """The bash scripts of action.yml's steps, by step name."""
    import yaml

    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert set(action["inputs"]) >= {"base", "fail-on", "python-version"}
    assert action["runs"]["using"] == "composite"
    return {s["name"]: s["run"] for s in action["runs"]["steps"] if "run" in s}


def run_step(script: str, cwd: Path, env: dict[str, str]) -> tuple[int, dict[str, str], Path]:
    """Run one action step's script with bash as a GitHub runner would, returning its outputs."""
    runner = cwd.parent / "runner"
    runner.mkdir(exist_ok=True)
    outputs, summary = runner / "output", runner / "summary"
    full = {**os.environ, "RUNNER_TEMP": str(runner), "GITHUB_OUTPUT": str(outputs),
            "GITHUB_STEP_SUMMARY": str(summary), "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
            **env}
    full.pop("MONITOR_CONFIG", None)
    proc = subprocess.run(["bash", "-e", "-c", script], cwd=cwd, env=full, capture_output=True, text=True,
                          timeout=120, check=False)
    got = dict(line.split("=", 1) for line in outputs.read_text().splitlines()) if outputs.exists() else {}
    return proc.returncode, got, summary


def test_action_review_step_writes_the_comment_and_status(repo: Path) -> None:
    """action.yml's review step, run by bash in a real repository, writes the comment and the status output."""
    script = action_steps()["Review the changed documents"]
    code, outputs, summary = run_step(script, repo, {"BASE": "main", "FAIL_ON": "high", "CONFIG": ""})
    assert code == 0
    assert outputs["status"] == "1"
    body = Path(outputs["comment"]).read_text(encoding="utf-8")
    assert body.startswith(MARKER) and "docs/chapter.txt" in body
    assert summary.read_text(encoding="utf-8") == body
    code, outputs, _ = run_step(script, repo, {"BASE": "no-such-ref", "FAIL_ON": "high", "CONFIG": ""})
    assert code == 2


@pytest.mark.parametrize("fail_on,status,expected", [("high", "1", 1), ("high", "0", 0), ("", "1", 0)])
def test_action_gate_step(tmp_path: Path, fail_on: str, status: str, expected: int) -> None:
    """The gate fails the job only when --fail-on was set and review found a judgment that severe."""
    script = action_steps()["Gate on severity"]
    work = tmp_path / "work"
    work.mkdir()
    code, _, _ = run_step(script, work, {"FAIL_ON": fail_on, "STATUS": status})
    assert code == expected
