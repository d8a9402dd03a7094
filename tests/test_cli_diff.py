"""`monitor diff` through its real entry point: formats, exit codes, refs, and one-line errors."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import jsonschema
import pytest
import yaml

from tests.conftest import CASES, ROOT, SEED, SHARED, needs_shared, run_monitor

SCHEMA = json.loads((ROOT / "docs" / "diff-report.schema.json").read_text(encoding="utf-8"))


def case_files(case: Path) -> tuple[Path, Path]:
    spec = yaml.safe_load((case / "expect.yaml").read_text(encoding="utf-8"))

    def where(key: str, default: str) -> Path:
        ref = spec.get(key, default)
        return SHARED / ref[1:] if ref.startswith("@") else case / ref

    return where("old", "old.txt"), where("new", "new.txt")


def edited_seed(tmp_path: Path, old: str, new: str) -> tuple[Path, Path]:
    text = SEED.read_text(encoding="utf-8")
    assert old in text
    a, b = tmp_path / "old.txt", tmp_path / "new.txt"
    a.write_text(text, encoding="utf-8")
    b.write_text(text.replace(old, new), encoding="utf-8")
    return a, b


@needs_shared
@pytest.mark.parametrize("case", sorted(p.name for p in CASES.iterdir()) if CASES.is_dir() else [])
def test_json_report_validates_against_the_schema(case: str) -> None:
    """Every dev case's JSON report is valid against the published contract and its word ops rebuild the texts."""
    old, new = case_files(CASES / case)
    proc = run_monitor("diff", old, new, "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr
    report = json.loads(proc.stdout)
    jsonschema.validate(report, SCHEMA)
    for p in report["paragraphs"]:
        if p["words"] is not None:
            assert "".join(w["text"] for w in p["words"] if w["op"] != "insert") == p["old_text"]
            assert "".join(w["text"] for w in p["words"] if w["op"] != "delete") == p["new_text"]


def test_identical_files_exit_zero(tmp_path: Path) -> None:
    """No differences: exit 0 and a report that says so."""
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEED.read_bytes().replace(b"\n", b"\r\n"))
    proc = run_monitor("diff", SEED, copy)
    assert proc.returncode == 0, proc.stderr
    assert "no differences" in proc.stdout


def test_changed_files_exit_one_and_show_the_words(tmp_path: Path) -> None:
    """A changed word: exit 1, and the plain-text redline marks exactly that word."""
    a, b = edited_seed(tmp_path, "including two eastern provinces", "including four eastern provinces")
    proc = run_monitor("diff", a, b)
    assert proc.returncode == 1, proc.stderr
    assert "[-two-]{+four+}" in proc.stdout
    assert "\033[" not in proc.stdout  # piped output is never coloured


def test_a_report_of_megabytes_reaches_stdout_whole(tmp_path: Path) -> None:
    """A report longer than the slices stdout is written in (a megabyte of characters) arrives whole and in order:
    the piped output is the same, byte for byte, as the file --output writes, and every row is there."""
    paras = [f"Paragraph {k}: the caf\u00e9 \u201cquote\u201d {'word ' * 60}ends here." for k in range(3000)]
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("\n\n".join(paras) + "\n", encoding="utf-8")
    paras[1500] = paras[1500].replace("ends here", "ends there")
    new.write_text("\n\n".join(paras) + "\n", encoding="utf-8")
    piped = run_monitor("diff", old, new, "--format", "json")
    assert piped.returncode == 1, piped.stderr
    assert len(piped.stdout) > 2 * (1 << 20)
    written = run_monitor("diff", old, new, "--format", "json", "--output", tmp_path / "report.json")
    assert written.returncode == 1, written.stderr
    assert piped.stdout == (tmp_path / "report.json").read_text(encoding="utf-8")
    rows = json.loads(piped.stdout)["paragraphs"]
    assert len(rows) == 3000 and rows[-1]["new_text"].startswith("Paragraph 2999: the caf\u00e9 \"quote\"")
    assert [r["op"] for r in rows if r["op"] != "unchanged"] == ["modified"]


def test_color_is_forced_by_flag_and_suppressed_by_no_color(tmp_path: Path) -> None:
    """--color forces ANSI colours; NO_COLOR in the environment wins over the terminal default."""
    a, b = edited_seed(tmp_path, "including two eastern provinces", "including four eastern provinces")
    assert "\033[" in run_monitor("diff", a, b, "--color").stdout
    assert "\033[" not in run_monitor("diff", a, b, env={"NO_COLOR": "1"}).stdout


def test_markdown_and_html_formats(tmp_path: Path) -> None:
    """Markdown and HTML reports are produced for the same comparison."""
    a, b = edited_seed(tmp_path, "including two eastern provinces", "including four eastern provinces")
    md = run_monitor("diff", a, b, "--format", "markdown")
    assert md.returncode == 1 and "four" in md.stdout
    html = run_monitor("diff", a, b, "--format", "html")
    assert html.returncode == 1 and html.stdout.lstrip().lower().startswith("<!doctype html")


def test_output_file_is_written(tmp_path: Path) -> None:
    """--output writes the report to a file and leaves stdout empty."""
    a, b = edited_seed(tmp_path, "will not agree to a ceasefire", "will agree to a ceasefire")
    out = tmp_path / "report.json"
    proc = run_monitor("diff", a, b, "--format", "json", "--output", out)
    assert proc.returncode == 1 and proc.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["schema"] == "monitor/diff-report@1"


def test_fail_on_gates_on_severity(tmp_path: Path) -> None:
    """--fail-on high exits 1 for a reversed judgment but 0 for an editorial fix."""
    a, b = edited_seed(tmp_path, "will not agree to a ceasefire", "will agree to a ceasefire")
    assert run_monitor("diff", a, b, "--fail-on", "high").returncode == 1
    c, d = edited_seed(tmp_path, "Andrey Berousov", "Andrey Belousov")
    assert run_monitor("diff", c, d, "--fail-on", "low").returncode == 0


def test_git_revisions_are_compared(tmp_path: Path) -> None:
    """REV:path reads a version from git without touching the working tree."""
    repo = tmp_path / "repo"
    repo.mkdir()

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)

    git("init", "-q")
    git("config", "user.email", "t@example.org")
    git("config", "user.name", "t")
    doc = repo / "chapter.txt"
    doc.write_text("Russia will probably launch an offensive.\n", encoding="utf-8")
    git("add", ".")
    git("commit", "-qm", "one")
    doc.write_text("Russia is unlikely to launch an offensive.\n", encoding="utf-8")
    git("commit", "-qam", "two")
    proc = run_monitor("diff", "HEAD~1:chapter.txt", "HEAD:chapter.txt", "--format", "json", cwd=repo)
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert report["old"]["label"] == "HEAD~1:chapter.txt"
    assert report["summary"]["paragraphs"]["modified"] == 1
    missing = run_monitor("diff", "HEAD~5:chapter.txt", "HEAD:chapter.txt", cwd=repo)
    assert missing.returncode == 2 and "not found in git" in missing.stderr


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a folder"),
        (lambda d: _write(d / "x.pdf", b"%PDF\x00\x01\x02" * 100), "not a PDF"),
        (lambda d: _write(d / "x.txt", b"\x00\x01\x02" * 100), "binary file"),
    ],
)
def test_bad_inputs_get_one_line_and_status_two(tmp_path: Path, make: object, message: str) -> None:
    """Missing, folder and binary inputs: one line on stderr naming the problem, exit 2, no traceback."""
    bad = make(tmp_path)  # type: ignore[operator]
    proc = run_monitor("diff", bad, SEED)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "Traceback" not in proc.stderr


def test_invalid_utf8_legacy_file_still_compares(tmp_path: Path) -> None:
    """A Windows-1252 copy of the seed compares equal to the UTF-8 original."""
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(SEED.read_text(encoding="utf-8").replace("◆", "*").encode("cp1252", errors="strict"))
    plain = tmp_path / "plain.txt"
    plain.write_text(SEED.read_text(encoding="utf-8").replace("◆", "*"), encoding="utf-8")
    proc = run_monitor("diff", legacy, plain)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_empty_file_compares_as_everything_removed(tmp_path: Path) -> None:
    """An empty file is a valid (empty) version: every paragraph shows as removed."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    proc = run_monitor("diff", SEED, empty, "--format", "json")
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["summary"]["paragraphs"]["removed"] == 17


def test_broken_config_is_reported_with_its_line(tmp_path: Path) -> None:
    """Invalid YAML in config.yaml names the file and line, and the command exits 2."""
    (tmp_path / "config.yaml").write_text("roots: [seeds\nsnapshots: x\n", encoding="utf-8")
    proc = run_monitor("diff", SEED, SEED, cwd=tmp_path)
    assert proc.returncode == 2
    assert "config.yaml:" in proc.stderr and "invalid YAML" in proc.stderr


def test_unknown_config_key_gets_a_suggestion(tmp_path: Path) -> None:
    """A misspelt key is named with the closest real one."""
    (tmp_path / "config.yaml").write_text("debounce_second: 2\n", encoding="utf-8")
    proc = run_monitor("diff", SEED, SEED, cwd=tmp_path)
    assert proc.returncode == 2
    assert "unknown key 'debounce_second' (did you mean 'debounce_seconds'?)" in proc.stderr


def test_bare_version_without_store_explains_what_to_do(tmp_path: Path) -> None:
    """`monitor diff v1 v2` before any scan says to run `monitor scan` first."""
    proc = run_monitor("diff", "v1", "v2", cwd=tmp_path)
    assert proc.returncode == 2
    assert "monitor scan" in proc.stderr


def test_help_exists_for_every_command() -> None:
    """Every command documents itself in --help."""
    top = run_monitor("--help")
    assert top.returncode == 0
    commands = [line.split()[0] for line in top.stdout.split("Commands:")[1].strip().splitlines()]
    assert "diff" in commands
    for name in commands:
        sub = run_monitor(name, "--help")
        assert sub.returncode == 0 and len(sub.stdout.splitlines()) > 3, name


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["diff", "a.txt", "b.txt", "--format", "pdf"], "monitor diff: invalid value for '--format'"),
        (["frobnicate"], "monitor: no such command 'frobnicate'"),
        (["diff", "a.txt"], "monitor diff: missing argument 'NEW'"),
    ],
)
def test_usage_mistakes_are_one_line_and_status_two(args: list[str], message: str) -> None:
    """A mistyped option, command or missing argument is one line on stderr pointing to --help, exit 2."""
    proc = run_monitor(*args)
    assert proc.returncode == 2
    assert proc.stderr.startswith(message)
    assert len(proc.stderr.strip().splitlines()) == 1
