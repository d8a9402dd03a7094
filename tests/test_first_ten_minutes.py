"""A new user's first ten minutes: finding the project, init, -C/--config, scan for cron, paging, colour,
renamed files, reverts, tracked paths on the command line and a missing root (issue 12)."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
from pathlib import Path

from tests.conftest import MONITOR, SEED, run_monitor

EDIT = ("will probably launch a furious offensive", "is unlikely to launch a furious offensive")


def _project(base: Path) -> Path:
    """A project made the way the README says, `monitor init`, with the seed chapter as its one document."""
    base.mkdir(parents=True, exist_ok=True)
    made = run_monitor("init", cwd=base)
    assert made.returncode == 0, made.stderr
    config = base / "config.yaml"
    config.write_text(config.read_text().replace("debounce_seconds: 1.0", "debounce_seconds: 0.05"))
    (base / "seeds" / "chapter.txt").write_bytes(SEED.read_bytes())
    return base


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _one_line(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("monitor: "), proc.stderr
    return lines[0]


def _on_a_terminal(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[int, bytes]:
    """Exit status and everything the real command wrote to a pseudo-terminal (stdout and stderr both)."""
    leader, follower = pty.openpty()
    full_env = {**{k: v for k, v in os.environ.items() if k not in ("MONITOR_CONFIG", "NO_COLOR")},
                "TERM": "xterm", **(env or {})}
    proc = subprocess.Popen([str(MONITOR), *args], cwd=cwd, stdin=follower, stdout=follower, stderr=follower,
                            env=full_env)
    os.close(follower)
    out = bytearray()
    try:
        while True:
            ready, _, _ = select.select([leader], [], [], 60)
            if not ready:
                break
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the command exited and closed the terminal
                break
            if not chunk:
                break
            out += chunk
    finally:
        os.close(leader)
    return proc.wait(timeout=60), bytes(out)


# ------------------------------------------------------------------------------------------ finding the project
def test_in_a_subfolder_every_command_uses_the_projects_config(tmp_path: Path) -> None:
    """Run from a folder deep inside the project, scan, log, show, diff and status all use its config.yaml and
    its store, and no stray snapshots/ appears where they ran."""
    base = _project(tmp_path / "proj")
    deep = base / "seeds" / "notes" / "drafts"
    deep.mkdir(parents=True)
    assert run_monitor("scan", cwd=deep).returncode == 0
    _edit(base / "seeds" / "chapter.txt", *EDIT)
    scanned = run_monitor("scan", cwd=deep)
    assert scanned.returncode == 0 and "seeds__chapter.txt@v2" in scanned.stdout, scanned.stderr
    log = run_monitor("log", "seeds__chapter.txt", cwd=deep)
    assert log.returncode == 0 and "judgments: 1 high" in log.stdout, log.stderr
    shown = subprocess.run([str(MONITOR), "show", "seeds__chapter.txt@v1"], cwd=deep, capture_output=True,
                           check=False)
    assert shown.returncode == 0 and shown.stdout == SEED.read_bytes()
    diffed = run_monitor("diff", "v1", "v2", "--format", "json", cwd=deep)
    assert diffed.returncode == 1 and json.loads(diffed.stdout)["assessments"][0]["kind"] == "likelihood"
    status = run_monitor("status", cwd=deep)
    assert f"store:       {base / 'snapshots'}" in status.stdout, status.stdout
    assert (base / "CHANGELOG.md").is_file()
    assert not any(p.name in ("snapshots", "CHANGELOG.md", "changelog.jsonl") for p in (base / "seeds").rglob("*"))


def test_outside_any_project_a_command_says_so_in_one_line_and_writes_nothing(tmp_path: Path) -> None:
    """In an empty folder scan (and the other commands that keep a store) exit 2 with one line naming
    `monitor init`, and the folder stays empty: no stray snapshots/ or changelog."""
    for args in (["scan"], ["log"], ["status"], ["show", "v1"], ["watch"], ["rename", "a", "b"], ["diff", "v1", "v2"]):
        line = _one_line(run_monitor(*args, cwd=tmp_path, timeout=30))
        assert "not in a monitor project" in line and "`monitor init`" in line, line
    assert list(tmp_path.iterdir()) == []


def test_init_writes_a_commented_config_and_seeds_and_never_overwrites(tmp_path: Path) -> None:
    """`monitor init` makes a project whose config every command accepts; a second init changes nothing."""
    made = run_monitor("init", cwd=tmp_path)
    assert made.returncode == 0 and "monitor scan" in made.stdout, made.stderr
    config = (tmp_path / "config.yaml").read_text()
    assert config.startswith("# monitor configuration") and (tmp_path / "seeds").is_dir()
    assert run_monitor("status", cwd=tmp_path).returncode == 0
    (tmp_path / "config.yaml").write_text(config + "# mine\n")
    line = _one_line(run_monitor("init", cwd=tmp_path))
    assert "already exists" in line
    assert (tmp_path / "config.yaml").read_text().endswith("# mine\n")
    other = run_monitor("init", tmp_path / "elsewhere", cwd=tmp_path)
    assert other.returncode == 0 and (tmp_path / "elsewhere" / "config.yaml").is_file()
    (tmp_path / "odd").mkdir()
    (tmp_path / "odd" / "seeds").write_text("a file where the folder goes")
    assert "is a file" in _one_line(run_monitor("init", "odd", cwd=tmp_path))
    assert not (tmp_path / "odd" / "config.yaml").exists()  # refused before anything was written


def test_dash_c_and_config_work_before_or_after_the_command(tmp_path: Path) -> None:
    """`monitor -C DIR scan`, `monitor scan -C DIR` and `--config FILE` on either side of the command all
    reach the same project from outside it; a -C folder that does not exist is one line."""
    base = _project(tmp_path / "proj")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    assert "seeds__chapter.txt@v1" in run_monitor("-C", base, "scan", cwd=outside).stdout
    _edit(base / "seeds" / "chapter.txt", *EDIT)
    assert "seeds__chapter.txt@v2" in run_monitor("scan", "-C", base, cwd=outside).stdout
    for args in (["--config", base / "config.yaml", "log", "seeds__chapter.txt"],
                 ["log", "seeds__chapter.txt", "--config", base / "config.yaml"],
                 ["log", "-C", base, "seeds__chapter.txt"]):
        log = run_monitor(*args, cwd=outside)
        assert log.returncode == 0 and log.stdout.count("\n") == 2, (args, log.stdout, log.stderr)
    assert "no such folder" in _one_line(run_monitor("-C", tmp_path / "nowhere", "log", cwd=outside))
    assert list(outside.iterdir()) == []


# ------------------------------------------------------------------------------------------- scan for cron and CI
def test_scan_fail_on_and_quiet_are_what_cron_and_ci_need(tmp_path: Path) -> None:
    """`scan --fail-on high` exits 1 for a high judgment and 0 for a cosmetic edit; `--quiet` prints nothing
    at all when nothing is new (cron sends no mail), while a plain scan says 'no new versions'."""
    base = _project(tmp_path)
    chapter = base / "seeds" / "chapter.txt"
    assert run_monitor("scan", "--fail-on", "high", cwd=base).returncode == 0  # v1: nothing judged
    _edit(chapter, *EDIT)
    high = run_monitor("scan", "--fail-on", "high", cwd=base)
    assert high.returncode == 1 and "judgments: 1 high" in high.stdout, high.stderr
    _edit(chapter, "Chapter 8:", "Chapter  8:")  # a doubled space: cosmetic
    cosmetic = run_monitor("scan", "--fail-on", "low", cwd=base)
    assert cosmetic.returncode == 0 and "@v3" in cosmetic.stdout, cosmetic.stdout
    quiet = run_monitor("scan", "--quiet", cwd=base)
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, "", "")
    assert run_monitor("scan", cwd=base).stderr == "monitor: no new versions\n"


def test_a_long_scan_keeps_a_progress_line_on_a_terminal_only(tmp_path: Path) -> None:
    """On a terminal a scan draws a 'scanning…' line and erases it; piped, stderr never holds one."""
    base = _project(tmp_path)
    for i in range(40):
        (base / "seeds" / f"note{i:02d}.txt").write_text(f"Note {i}. Rates will probably rise.\n")
    status, out = _on_a_terminal(["scan"], base, {"MONITOR_PROGRESS_AFTER": "0"})
    assert status == 0
    drawn = out.rfind("monitor: scanning…".encode())
    assert drawn >= 0 and b"\r\x1b[K" in out[drawn:], out[-400:]  # drawn, then erased
    for i in range(40):
        (base / "seeds" / f"note{i:02d}.txt").write_text(f"Note {i}. Rates will probably fall.\n")
    piped = run_monitor("scan", cwd=base, env={"MONITOR_PROGRESS_AFTER": "0"})
    assert piped.returncode == 0 and piped.stdout.count("changed ") == 40
    assert "\r" not in piped.stderr and "scanning" not in piped.stderr


# ---------------------------------------------------------------------------------------------- pager and colour
def test_log_goes_through_the_pager_on_a_terminal_unless_no_pager_or_piped(tmp_path: Path) -> None:
    """On a terminal `monitor log` is handed to $PAGER; --no-pager (before or after the command) and a pipe
    print it directly; a pager quit before the end is no error."""
    base = _project(tmp_path)
    assert run_monitor("scan", cwd=base).returncode == 0
    paged = tmp_path / "paged.txt"
    pager = {"PAGER": f"sh -c 'cat > {paged}'"}
    status, out = _on_a_terminal(["log", "seeds__chapter.txt"], base, pager)
    assert status == 0 and "v1 " in paged.read_text() and b"v1 " not in out
    paged.unlink()
    for args in (["log", "seeds__chapter.txt", "--no-pager"], ["--no-pager", "log", "seeds__chapter.txt"]):
        status, out = _on_a_terminal(args, base, pager)
        assert status == 0 and b"v1 " in out and not paged.exists(), args
    piped = run_monitor("log", "seeds__chapter.txt", cwd=base, env=pager)
    assert "v1 " in piped.stdout and not paged.exists()
    status, out = _on_a_terminal(["log", "seeds__chapter.txt"], base, {"PAGER": "head -c 4"})  # quit early
    assert (status, out) == (0, b"v1  "), out


def test_no_color_and_a_dumb_terminal_mean_no_colour(tmp_path: Path) -> None:
    """`monitor diff` colours its report on a terminal, but not with NO_COLOR set nor with TERM=dumb."""
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_bytes(SEED.read_bytes())
    new.write_bytes(SEED.read_bytes().replace(EDIT[0].encode(), EDIT[1].encode()))
    args = ["diff", str(old), str(new)]
    assert b"\x1b[" in _on_a_terminal(args, tmp_path, {"PAGER": "cat"})[1]
    for env in ({"NO_COLOR": "1"}, {"TERM": "dumb"}):
        status, out = _on_a_terminal(args, tmp_path, {"PAGER": "cat", **env})
        assert status == 1 and b"is unlikely to" in out and b"\x1b[" not in out, env


# ----------------------------------------------------------------------------------- renames, reverts, paths
def test_a_renamed_file_continues_its_documents_history(tmp_path: Path) -> None:
    """After `monitor rename`, a renamed and edited file is the old document's next version, and its later
    edits keep going there; a file with a history of its own is refused in one line."""
    base = _project(tmp_path)
    assert run_monitor("scan", cwd=base).returncode == 0
    old, new = base / "seeds" / "chapter.txt", base / "seeds" / "chapter-2025.txt"
    old.rename(new)
    _edit(new, *EDIT)
    renamed = run_monitor("rename", "seeds/chapter.txt", "seeds/chapter-2025.txt", cwd=base)
    assert renamed.returncode == 0, renamed.stderr
    assert "seeds__chapter.txt@v2 (seeds/chapter-2025.txt)" in renamed.stdout and "1 high" in renamed.stdout
    _edit(new, "Chapter 8:", "Chapter Eight:")
    assert "seeds__chapter.txt@v3" in run_monitor("scan", cwd=base).stdout
    log = run_monitor("log", "seeds/chapter-2025.txt", cwd=base).stdout  # the new path names the history
    assert [line.split()[0] for line in log.splitlines()] == ["v1", "v2", "v3"], log
    (base / "seeds" / "other.txt").write_text("Rates will probably rise.\n")
    assert run_monitor("scan", cwd=base).returncode == 0
    line = _one_line(run_monitor("rename", "seeds__chapter.txt", "seeds/other.txt", cwd=base))
    assert "has a history of its own" in line


def test_scan_as_makes_a_reissued_file_continue_a_history(tmp_path: Path) -> None:
    """`monitor scan --as DOC FILE` takes a re-issued file as DOC's next version, not as a new document."""
    base = _project(tmp_path)
    assert run_monitor("scan", cwd=base).returncode == 0
    chapter = base / "seeds" / "chapter.txt"
    reissue = base / "seeds" / "chapter-reissued.txt"
    reissue.write_text(chapter.read_text().replace(*EDIT))
    chapter.unlink()
    scanned = run_monitor("scan", "--as", "seeds__chapter.txt", "seeds/chapter-reissued.txt", cwd=base)
    assert scanned.returncode == 0 and "seeds__chapter.txt@v2" in scanned.stdout, scanned.stderr
    assert not (base / "snapshots" / "seeds__chapter-reissued.txt").exists()


def test_a_version_identical_to_an_earlier_one_is_shown_as_a_revert(tmp_path: Path) -> None:
    """Putting back the first text makes v3 'reverted to v1' in log, in its CHANGELOG.md heading and in its
    changelog.jsonl note."""
    base = _project(tmp_path)
    chapter = base / "seeds" / "chapter.txt"
    assert run_monitor("scan", cwd=base).returncode == 0
    _edit(chapter, *EDIT)
    assert run_monitor("scan", cwd=base).returncode == 0
    chapter.write_bytes(SEED.read_bytes())
    scanned = run_monitor("scan", cwd=base)
    assert "@v3" in scanned.stdout and "reverted to v1" in scanned.stdout, scanned.stdout
    log = run_monitor("log", "seeds__chapter.txt", cwd=base).stdout.splitlines()
    assert "reverted to v1" in log[2] and "reverted" not in log[1]
    assert "## `seeds__chapter.txt` · v2 → v3 (a revert: the same bytes as v1)" in (base / "CHANGELOG.md").read_text()
    last = json.loads((base / "changelog.jsonl").read_text().splitlines()[-1])
    assert (last["new_version"], last["note"]) == (3, "reverts to v1")


def test_show_and_diff_take_the_path_of_a_tracked_file(tmp_path: Path) -> None:
    """`monitor show seeds/chapter.txt@v1` and `monitor diff seeds/chapter.txt@v1 seeds/chapter.txt@v2` name
    the document by its file, relative to where they run."""
    base = _project(tmp_path)
    chapter = base / "seeds" / "chapter.txt"
    assert run_monitor("scan", cwd=base).returncode == 0
    _edit(chapter, *EDIT)
    assert run_monitor("scan", cwd=base).returncode == 0
    shown = subprocess.run([str(MONITOR), "show", "chapter.txt@v1"], cwd=base / "seeds", capture_output=True,
                           check=False)
    assert shown.returncode == 0 and shown.stdout == SEED.read_bytes()
    diffed = run_monitor("diff", "seeds/chapter.txt@v1", "seeds/chapter.txt@latest", "--format", "json", cwd=base)
    assert diffed.returncode == 1 and json.loads(diffed.stdout)["document"] == "seeds__chapter.txt"
    assert "unknown document" in _one_line(run_monitor("show", "seeds/absent.txt@v1", cwd=base))


def test_status_flags_a_configured_root_that_does_not_exist(tmp_path: Path) -> None:
    """`monitor status` names a root in config.yaml that is missing and says how to fix it."""
    base = _project(tmp_path)
    config = base / "config.yaml"
    config.write_text(config.read_text().replace("roots: [seeds]", "roots: [seeds, reports]"))
    status = run_monitor("status", cwd=base)
    assert status.returncode == 0
    missing = [line for line in status.stdout.splitlines() if "missing" in line]
    assert len(missing) == 1 and f"{base / 'reports'} does not exist" in missing[0] and "mkdir -p" in missing[0]


def test_renaming_an_unchanged_file_moves_the_history_without_a_deletion_entry(tmp_path: Path) -> None:
    """`monitor rename` of a file moved without an edit records the move: no 'source deleted' entry, and the
    next edit of the moved file is the document's v2."""
    base = _project(tmp_path)
    assert run_monitor("scan", cwd=base).returncode == 0
    (base / "seeds" / "chapter.txt").rename(base / "seeds" / "moved.txt")
    assert run_monitor("rename", "seeds__chapter.txt", "seeds/moved.txt", cwd=base).returncode == 0
    assert "deleted" not in (base / "CHANGELOG.md").read_text()
    log = run_monitor("log", "seeds/moved.txt", cwd=base).stdout
    assert "moved by `monitor rename` from: seeds/chapter.txt" in log and "restored: seeds/moved.txt" in log
    _edit(base / "seeds" / "moved.txt", *EDIT)
    assert "seeds__chapter.txt@v2 (seeds/moved.txt)" in run_monitor("scan", cwd=base).stdout
