"""Bad inputs through the real `monitor` command: one line on stderr and status 2, no traceback, no lost data.

Each case here was found by a fault-injection campaign: an --output that replaced /dev/full, an escape
sequence in a document that hid the word "not" on the terminal, a 300-character argument that ended in
a traceback, and a `snapshots: /` that tracked nothing.
"""

from __future__ import annotations

import json
import os
import pty
import re
import select
import socket
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import MONITOR, run_monitor
from tests.gitrepo import commit, git, init

# Every command here that keeps state runs on both index backends: the SQLite file and a shared PostgreSQL.
pytestmark = pytest.mark.usefixtures("index_backend")

OLD = "Outlook\n\nThe army will launch an offensive in the spring.\n\nTalks continue.\n"
# The edit a terminal would hide: SGR 8 conceals "not", and a right-to-left override reorders what follows.
HIDDEN = ("Outlook\n\nThe army will \x1b[8mnot\x1b[0m launch an offensive in the spring \u202eyaw eno\u202c.\n\n"
          "Talks continue.\x9b\x7f\n")
RAW_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def one_line_error(proc: subprocess.CompletedProcess[str]) -> str:
    """The single stderr line of a refused command (status 2, no traceback, nothing a terminal would act on)."""
    assert proc.returncode == 2, (proc.returncode, proc.stdout[:300], proc.stderr[-2000:])
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert not RAW_CONTROLS.search(lines[0]), repr(lines[0])
    return lines[0]


@pytest.fixture
def docs(tmp_path: Path) -> tuple[Path, Path]:
    """Two versions of a document; the second hides a negation behind terminal escape sequences."""
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(HIDDEN, encoding="utf-8")
    return old, new


# ------------------------------------------------------------------------------------------------------------
# 1. --output writes only regular files, atomically, with normal permissions.


def _special_files(folder: Path) -> dict[str, Path]:
    fifo = folder / "fifo"
    os.mkfifo(fifo)
    sock_path = folder / "sock"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(sock_path))
    target = folder / "real.txt"
    target.write_text("keep me\n", encoding="utf-8")
    link = folder / "link.txt"
    link.symlink_to(target)
    dangling = folder / "dangling.txt"
    dangling.symlink_to(folder / "nowhere.txt")
    return {"fifo": fifo, "socket": sock_path, "symlink": link, "dangling symlink": dangling}


@pytest.mark.parametrize("kind", ["fifo", "socket", "symlink", "dangling symlink"])
def test_output_never_replaces_anything_but_a_regular_file(tmp_path: Path, docs: tuple[Path, Path],
                                                           kind: str) -> None:
    """`--output` at a FIFO, a socket or a symlink is refused in one line and the thing is left as it was."""
    target = _special_files(tmp_path)[kind]
    before = os.lstat(target)
    proc = run_monitor("diff", *docs, "--output", target, timeout=30)
    line = one_line_error(proc)
    assert str(target) in line and ("regular file" in line or "symlink" in line)
    after = os.lstat(target)
    assert (stat.S_IFMT(after.st_mode), after.st_ino) == (stat.S_IFMT(before.st_mode), before.st_ino)
    assert (tmp_path / "real.txt").read_text(encoding="utf-8") == "keep me\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temp file left


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can make a device node (and only root could replace one)")
def test_output_never_replaces_a_device_even_as_root(tmp_path: Path, docs: tuple[Path, Path]) -> None:
    """Run as root, `--output` at a device node (a private copy of /dev/null) is refused and the device stays."""
    device = tmp_path / "null"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    line = one_line_error(run_monitor("diff", *docs, "-o", device))
    assert "a device, not a regular file" in line
    assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_output_at_a_folder_is_one_line(tmp_path: Path, docs: tuple[Path, Path]) -> None:
    """`--output` naming a folder is refused in one line and the folder is untouched."""
    (tmp_path / "reports").mkdir()
    one_line_error(run_monitor("diff", *docs, "-o", tmp_path / "reports"))
    assert list((tmp_path / "reports").iterdir()) == []


def test_output_replaces_a_file_keeping_its_mode(tmp_path: Path, docs: tuple[Path, Path]) -> None:
    """Writing over an existing report keeps its permissions (a shared 0640 report stays readable by the group)."""
    report = tmp_path / "report.txt"
    report.write_text("last week's report\n", encoding="utf-8")
    report.chmod(0o640)
    proc = run_monitor("diff", *docs, "--output", report)
    assert proc.returncode == 1, proc.stderr
    assert stat.S_IMODE(report.stat().st_mode) == 0o640
    assert "old.txt -> " in report.read_text(encoding="utf-8")


@contextmanager
def umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def test_new_output_file_gets_the_usual_permissions(tmp_path: Path, docs: tuple[Path, Path]) -> None:
    """A new report is created 0666 minus the umask, like any file a shell redirect makes, not private 0600."""
    report = tmp_path / "report.md"
    with umask(0o022):
        proc = run_monitor("diff", *docs, "--format", "markdown", "-o", report)
    assert proc.returncode == 1, proc.stderr
    assert stat.S_IMODE(report.stat().st_mode) == 0o644


def test_output_in_a_missing_folder_is_one_line(tmp_path: Path, docs: tuple[Path, Path]) -> None:
    """`--output` into a folder that does not exist says so in one line and creates nothing."""
    line = one_line_error(run_monitor("diff", *docs, "-o", tmp_path / "nowhere" / "report.txt"))
    assert "does not exist" in line
    assert not (tmp_path / "nowhere").exists()


def test_output_naming_an_input_never_overwrites_the_document(docs: tuple[Path, Path]) -> None:
    """`monitor diff old new -o new` refuses instead of replacing the document with its own report."""
    old, new = docs
    line = one_line_error(run_monitor("diff", old, new, "-o", new))
    assert "one of the files being compared" in line
    assert new.read_text(encoding="utf-8") == HIDDEN


def test_review_output_refuses_a_symlink(tmp_path: Path) -> None:
    """`monitor review --output` refuses a symlink like `monitor diff` does, leaving the file it points to."""
    repo = init(tmp_path / "repo")
    commit(repo, {"a.txt": OLD}, "first")
    git(repo, "checkout", "-q", "-b", "feature")
    commit(repo, {"a.txt": OLD.replace("will launch", "will not launch")}, "second")
    real = tmp_path / "comment.md"
    real.write_text("keep me\n", encoding="utf-8")
    (tmp_path / "link.md").symlink_to(real)
    line = one_line_error(run_monitor("review", "--base", "main", "-o", tmp_path / "link.md", cwd=repo))
    assert "symlink" in line
    assert real.read_text(encoding="utf-8") == "keep me\n"


# ------------------------------------------------------------------------------------------------------------
# 2. Nothing from a document or a file name can drive the terminal.


def test_text_report_shows_escape_sequences_instead_of_obeying_them(docs: tuple[Path, Path]) -> None:
    """The hidden "not" is printed with its escape sequence spelled out, so the reader sees the reversal."""
    proc = run_monitor("diff", *docs, "--format", "text")
    assert proc.returncode == 1, proc.stderr
    assert not RAW_CONTROLS.search(proc.stdout), repr(proc.stdout)
    assert "\\x1b[8mnot\\x1b[0m" in proc.stdout
    assert "\\u202eyaw eno\\u202c" in proc.stdout
    assert "\\x9b\\x7f" in proc.stdout


def test_coloured_report_carries_only_its_own_colours(docs: tuple[Path, Path]) -> None:
    """With --color the document's escape sequences are still spelled out; only the report's colours are live."""
    proc = run_monitor("diff", *docs, "--color")
    assert proc.returncode == 1, proc.stderr
    assert "\x1b[8m" not in proc.stdout and "\u202e" not in proc.stdout
    assert "\\x1b[8mnot" in proc.stdout
    assert "\x1b[1m" in proc.stdout  # the report's own bold title


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_markdown_and_html_reports_hold_no_raw_control_characters(docs: tuple[Path, Path], fmt: str) -> None:
    """A Markdown or HTML report printed (or `cat`ed) on a terminal shows the escape sequence as text."""
    proc = run_monitor("diff", *docs, "--format", fmt)
    assert proc.returncode == 1, proc.stderr
    assert not RAW_CONTROLS.search(proc.stdout), repr(RAW_CONTROLS.findall(proc.stdout))
    assert "x1b" in proc.stdout


def test_json_report_escapes_controls_and_keeps_the_text(docs: tuple[Path, Path]) -> None:
    """JSON on a terminal carries no raw control character, and a program still reads the exact text back."""
    proc = run_monitor("diff", *docs, "--format", "json")
    assert proc.returncode == 1, proc.stderr
    assert not RAW_CONTROLS.search(proc.stdout), repr(RAW_CONTROLS.findall(proc.stdout))
    report = json.loads(proc.stdout)
    new_texts = "".join(p["new_text"] or "" for p in report["paragraphs"])
    assert "\x1b[8mnot\x1b[0m" in new_texts and "\u202e" in new_texts


def test_error_naming_a_file_with_escapes_stays_one_visible_line(tmp_path: Path) -> None:
    """A file name carrying an escape sequence or a newline is spelled out in the error, on one line."""
    name = tmp_path / "x\x1b[2J\nfake.txt"
    line = one_line_error(run_monitor("diff", name, tmp_path / "other.txt"))
    assert "x\\x1b[2J\\nfake.txt" in line


def test_scan_log_and_status_spell_out_control_characters_in_names(tmp_path: Path) -> None:
    """Scan, log and status lines show a document's odd file name escaped, never as live terminal codes."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "x\x1b[8mhid.txt").write_text(OLD, encoding="utf-8")
    (tmp_path / "seeds" / os.fsdecode(b"\xffbad.txt")).write_text(OLD, encoding="utf-8")
    for command in ("scan", "log", "status"):
        proc = run_monitor(command, cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        assert not RAW_CONTROLS.search(proc.stdout + proc.stderr), (command, proc.stdout)
        if command != "status":
            assert "x\\x1b[8mhid.txt" in proc.stdout and "\\xffbad.txt" in proc.stdout, proc.stdout


def _run_on_a_terminal(args: list[str], cwd: Path) -> bytes:
    """What the real command writes to a terminal (a pseudo-terminal), read until it exits."""
    leader, follower = pty.openpty()
    # No pager: these tests read monitor's own output, not what less adds to draw it.
    env = {**{k: v for k, v in os.environ.items() if k != "MONITOR_CONFIG"}, "PAGER": "cat"}
    proc = subprocess.Popen([str(MONITOR), *args], cwd=cwd, stdout=follower, stderr=subprocess.DEVNULL,
                            stdin=subprocess.DEVNULL, env=env)
    os.close(follower)
    out = bytearray()
    try:
        while True:
            ready, _, _ = select.select([leader], [], [], 30)
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
        proc.wait(timeout=30)
    return bytes(out)


def test_show_prints_exact_bytes_when_piped_and_escapes_on_a_terminal(tmp_path: Path) -> None:
    """`monitor show` piped gives the stored bytes exactly; on a terminal its escape sequences are spelled out."""
    (tmp_path / "seeds").mkdir()
    data = HIDDEN.encode("utf-8")
    (tmp_path / "seeds" / "a.txt").write_bytes(data)
    assert run_monitor("scan", cwd=tmp_path).returncode == 0
    piped = subprocess.run([str(MONITOR), "show", "v1"], cwd=tmp_path, capture_output=True, check=False)
    assert piped.returncode == 0 and piped.stdout == data
    shown = _run_on_a_terminal(["show", "v1"], tmp_path)
    assert b"\x1b" not in shown and "\u202e".encode() not in shown
    assert b"\\x1b[8mnot\\x1b[0m" in shown


# ------------------------------------------------------------------------------------------------------------
# 3. Odd arguments: one line and status 2; an unexpected failure is one line asking for a report.

LONG = "a" * 300


@pytest.mark.parametrize(
    "args",
    [
        ["diff", LONG, "b"],
        ["diff", "old.txt", LONG],
        ["show", LONG],
        ["show", f"{LONG}@v1"],
        ["log", LONG],
        ["diff", f"old.txt@{LONG}", "old.txt"],
        ["diff", f"{LONG}@v1", "old.txt"],
        ["diff", "HEAD:" + "a/" * 2000 + "x.txt", "old.txt"],
        ["diff", "HEAD:" + LONG, "old.txt"],
        ["diff", "v1", "v2", "--doc", LONG],
        ["--config", LONG, "log"],
        ["diff", "old.txt", "old.txt", "-o", LONG],
        ["diff", "line one\nline two", "old.txt"],
        ["diff", os.fsdecode(b"caf\xe9-\xff.txt"), "old.txt"],
        ["diff", "", "old.txt"],
        ["scan", LONG],
        ["review", "--base", "HEAD", "--repo", LONG],
    ],
    ids=lambda a: " ".join(a)[:40].replace("\n", "\\n"),
)
def test_odd_arguments_are_one_line_errors(tmp_path: Path, args: list[str]) -> None:
    """A very long, multi-line, non-UTF-8 or empty argument is a one-line error with status 2, not a traceback."""
    (tmp_path / "old.txt").write_text(OLD, encoding="utf-8")
    line = one_line_error(run_monitor(*args, cwd=tmp_path))
    assert line.startswith("monitor"), line
    assert len(line) < 2000  # a 4,000-character argument is shortened, not echoed whole


def test_long_monitor_config_is_one_line(tmp_path: Path) -> None:
    """MONITOR_CONFIG naming a path too long for the system is a one-line error naming the variable."""
    proc = subprocess.run([str(MONITOR), "log"], cwd=tmp_path, capture_output=True, text=True, check=False,
                          env={**os.environ, "MONITOR_CONFIG": LONG}, timeout=60)
    assert "MONITOR_CONFIG" in one_line_error(proc)


def test_revision_that_looks_like_a_git_option_is_not_passed_to_git(tmp_path: Path) -> None:
    """`--output=FILE:x` after `--` is not a git revision: git is never asked to write FILE."""
    repo = init(tmp_path / "repo")
    commit(repo, {"a.txt": OLD}, "first")
    stolen = tmp_path / "stolen"
    one_line_error(run_monitor("diff", "--", "a.txt", f"--output={stolen}:a.txt", cwd=repo))
    assert not list(tmp_path.glob("stolen*"))


SITECUSTOMIZE = """
import monitor.pipeline

def compare(*args, **kwargs):
    raise ZeroDivisionError("a bug\\x1b[2J planted by the test")

monitor.pipeline.compare = compare
"""


@pytest.mark.parametrize("debug", [False, True])
def test_unexpected_exception_is_one_line_asking_for_a_report(tmp_path: Path, docs: tuple[Path, Path],
                                                              debug: bool) -> None:
    """A bug inside a command prints one line asking for a report (the traceback only with MONITOR_DEBUG=1)."""
    (tmp_path / "hook").mkdir()
    (tmp_path / "hook" / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    env = {"PYTHONPATH": str(tmp_path / "hook"), "MONITOR_DEBUG": "1" if debug else "0"}
    proc = run_monitor("diff", *docs, env=env)
    assert proc.returncode == 2, proc.stderr
    last = proc.stderr.splitlines()[-1]
    assert last == ("monitor: internal error (ZeroDivisionError: a bug\\x1b[2J planted by the test); "
                    "please report this with the command you ran")
    if debug:
        assert "Traceback" in proc.stderr and "ZeroDivisionError" in proc.stderr
    else:
        one_line_error(proc)


GROUP_SITECUSTOMIZE = """
import click

def resolve_command(self, ctx, args):
    raise LookupError("planted outside any command")

click.Group.resolve_command = resolve_command
"""


def test_unexpected_exception_outside_a_command_is_one_line(tmp_path: Path) -> None:
    """A bug while parsing the command line is the same one-line report request, status 2."""
    (tmp_path / "hook").mkdir()
    (tmp_path / "hook" / "sitecustomize.py").write_text(GROUP_SITECUSTOMIZE, encoding="utf-8")
    proc = run_monitor("log", env={"PYTHONPATH": str(tmp_path / "hook")}, cwd=tmp_path)
    assert one_line_error(proc) == ("monitor: internal error (LookupError: planted outside any command); "
                                    "please report this with the command you ran")


# ------------------------------------------------------------------------------------------------------------
# Other bad inputs tried by hand.


def test_binary_and_pseudo_files_are_one_line(tmp_path: Path, docs: tuple[Path, Path]) -> None:
    """A binary file, /dev/zero (over a small limit) and /proc/self/environ are each refused in one line."""
    (tmp_path / "config.yaml").write_text("max_file_bytes: 100000\n", encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    for other in (binary, Path("/dev/zero"), Path("/proc/self/environ")):
        if not other.exists():
            continue
        one_line_error(run_monitor("diff", docs[0], other, cwd=tmp_path, timeout=60))


def test_empty_and_invalid_utf8_files_are_compared(tmp_path: Path, docs: tuple[Path, Path]) -> None:
    """An empty file and a Latin-1 file are documents like any other: a report and status 1, no error."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    latin = tmp_path / "latin.txt"
    latin.write_bytes(OLD.replace("spring", "printemps d\xe9j\xe0").encode("latin-1"))
    for other in (empty, latin):
        proc = run_monitor("diff", docs[0], other)
        assert proc.returncode == 1 and proc.stderr == "", proc.stderr


def test_config_yaml_that_is_a_folder_is_one_line(tmp_path: Path) -> None:
    """A folder named config.yaml is reported, not silently replaced by the default configuration."""
    (tmp_path / "config.yaml").mkdir()
    assert "is a folder" in one_line_error(run_monitor("status", cwd=tmp_path))


def test_config_yaml_that_is_a_fifo_does_not_hang(tmp_path: Path) -> None:
    """A FIFO named config.yaml is refused at once instead of blocking on a read no one will answer."""
    os.mkfifo(tmp_path / "config.yaml")
    assert "not a regular file" in one_line_error(run_monitor("status", cwd=tmp_path, timeout=30))


@pytest.mark.parametrize("args", [["diff", "--bogus", "a", "b"], ["bogus"], ["diff", "a"], ["diff", "-f", "pdf",
                                                                                            "a", "b"]])
def test_usage_mistakes_are_one_line(tmp_path: Path, args: list[str]) -> None:
    """An unknown option, command or format, or a missing argument, is one line pointing at --help."""
    assert "--help" in one_line_error(run_monitor(*args, cwd=tmp_path))


# ------------------------------------------------------------------------------------------------------------
# 4. The snapshot store must be a folder of its own.


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("snapshots: /\n", "'snapshots' (/) is the filesystem root"),
        ("snapshots: .\n", "'snapshots' (.) contains the watched folder seeds"),
        ("snapshots: seeds\n", "'snapshots' (seeds) is the watched folder seeds"),
        ("roots: [docs/a]\nsnapshots: docs\n", "'snapshots' (docs) contains the watched folder docs/a"),
        ("changelog: {jsonl: snapshots/log.jsonl}\n", "'changelog.jsonl' (snapshots/log.jsonl) is inside"),
    ],
)
def test_store_that_would_track_nothing_is_refused(tmp_path: Path, config: str, message: str) -> None:
    """A store at /, at the config folder or at a watched folder is a one-line config error, and nothing is written."""
    (tmp_path / "config.yaml").write_text(config, encoding="utf-8")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(OLD, encoding="utf-8")
    line = one_line_error(run_monitor("scan", cwd=tmp_path))
    assert message in line and "config.yaml" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.yaml", "seeds"]


@pytest.mark.parametrize("args", [["diff", "{old}", "{new}"], ["diff", "{old}", "{new}", "--format", "json"],
                                  ["log"]])
def test_closed_stdout_is_one_line(tmp_path: Path, docs: tuple[Path, Path], args: list[str]) -> None:
    """Started with standard output closed (`>&-`), a command says so in one line and exits 2, instead of an
    internal error about the terminal it looked for."""
    argv = [a.format(old=docs[0], new=docs[1]) for a in args]
    (tmp_path / "config.yaml").write_text("roots: [seeds]\n")
    proc = subprocess.run([str(MONITOR), *argv], cwd=tmp_path, stderr=subprocess.PIPE, text=True, check=False,
                          timeout=60, preexec_fn=lambda: os.close(1))
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.splitlines() == ["monitor: standard output is closed; redirect it to a file or a pipe (for "
                                        "example > report.txt)"]


@pytest.mark.skipif(not Path("/dev/full").is_char_device(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["diff", "{old}", "{new}"], ["log"], ["--help"]])
def test_full_disk_behind_stdout_is_one_line(tmp_path: Path, docs: tuple[Path, Path], args: list[str]) -> None:
    """Output redirected to a full disk is one line saying so, not an internal error or a traceback."""
    argv = [a.format(old=docs[0], new=docs[1]) for a in args]
    (tmp_path / "config.yaml").write_text("roots: [seeds]\n")  # a project: `log` has something to say
    with Path("/dev/full").open("w", encoding="utf-8") as full:
        proc = subprocess.run([str(MONITOR), *argv], cwd=tmp_path, stdout=full, stderr=subprocess.PIPE, text=True,
                              check=False, timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.splitlines() == ["monitor: cannot write to standard output (no space left on device); "
                                        "check the disk or pipe it is redirected to"]
