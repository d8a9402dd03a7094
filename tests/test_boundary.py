"""The roots are a boundary, files are taken once settled, and no document's analysis stalls the others.

Every test goes through the real `monitor` command (or `monitor watch` as a subprocess) on real files.
"""

from __future__ import annotations

import fcntl
import json
import os
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

from monitor.config import load_config
from monitor.daemon import RETRY_MAX_SECONDS, Daemon
from tests.conftest import SEED, run_monitor
from tests.daemon_proc import Log as _Log
from tests.daemon_proc import daemon as _daemon
from tests.daemon_proc import start as _start

# What is stored goes to the index: every test runs on the SQLite file and on a shared PostgreSQL.
pytestmark = pytest.mark.usefixtures("index_backend")

DOC = "Outlook\n\nRussia will not agree to a ceasefire this year.\n\nTalks continue in Geneva.\n"
PASSWD = Path("/etc/passwd")


def _project(base: Path, extra: str = "") -> Path:
    (base / "seeds").mkdir(exist_ok=True)
    (base / "config.yaml").write_text(f"roots: [seeds]\nsnapshots: snapshots\ndebounce_seconds: 0.2\n{extra}")
    return base / "seeds"


def _aged(path: Path, seconds: float = 5.0) -> None:
    """Make a file look as if it was saved `seconds` ago, so a scan takes it without waiting."""
    then = time.time() - seconds
    os.utime(path, (then, then), follow_symlinks=False)


def _everything_written(base: Path) -> str:
    """All that monitor wrote: snapshots, changelogs and status, as one string to search for leaks."""
    written = [*(base / "snapshots").rglob("*"), base / "CHANGELOG.md", base / "changelog.jsonl"]
    return "\n".join(p.read_bytes().decode("utf-8", "replace") for p in sorted(written)
                     if p.is_file() and not p.is_symlink())


def _documents(base: Path) -> list[str]:
    snapshots = base / "snapshots"
    return sorted(p.name for p in snapshots.iterdir() if p.is_dir()) if snapshots.is_dir() else []


# ------------------------------------------------------------------------------------------ the boundary
@pytest.mark.parametrize("follow", [False, True])
def test_a_symlink_to_etc_passwd_is_never_stored_shown_or_logged(tmp_path: Path, follow: bool) -> None:
    """A symlink under seeds/ to /etc/passwd is skipped with one line; its content reaches no file or output."""
    seeds = _project(tmp_path, f"follow_symlinks: {str(follow).lower()}\n")
    (seeds / "good.txt").write_text(DOC)
    _aged(seeds / "good.txt")
    (seeds / "passwd.txt").symlink_to(PASSWD)
    secret = PASSWD.read_text().splitlines()[0]  # root:x:0:0:...
    result = run_monitor("scan", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert _documents(tmp_path) == ["seeds__good.txt"]
    skipped = [line for line in result.stderr.splitlines() if "passwd.txt" in line]
    assert len(skipped) == 1
    assert ("outside the watched folders" if follow else "symlinks are not followed") in skipped[0]
    for shown in (run_monitor("show", "seeds__passwd.txt", cwd=tmp_path), run_monitor("log", cwd=tmp_path),
                  run_monitor("status", cwd=tmp_path)):
        assert secret not in shown.stdout + shown.stderr
    assert secret not in _everything_written(tmp_path)


def test_a_symlink_that_stays_inside_the_roots_is_followed_only_when_asked(tmp_path: Path) -> None:
    """With follow_symlinks: true a link to a document inside the roots is tracked; by default it is not."""
    seeds = _project(tmp_path)
    (seeds / "real").mkdir()
    (seeds / "real" / "a.txt").write_text(DOC)
    _aged(seeds / "real" / "a.txt")
    (seeds / "alias.txt").symlink_to(seeds / "real" / "a.txt")
    run_monitor("scan", cwd=tmp_path)
    assert _documents(tmp_path) == ["seeds__real__a.txt"]
    _project(tmp_path, "follow_symlinks: true\n")
    result = run_monitor("scan", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert _documents(tmp_path) == ["seeds__alias.txt", "seeds__real__a.txt"]


def test_a_symlinked_folder_leading_out_is_not_read_even_when_named(tmp_path: Path) -> None:
    """`monitor scan seeds/etc/passwd` through a symlinked folder to /etc is refused, nothing stored."""
    seeds = _project(tmp_path, "include: ['*']\n")
    (seeds / "etc").symlink_to("/etc")
    result = run_monitor("scan", "seeds/etc/passwd", cwd=tmp_path)
    assert "outside the watched folders" in result.stderr
    assert _documents(tmp_path) == []
    assert PASSWD.read_text().splitlines()[0] not in _everything_written(tmp_path)


def test_a_hard_link_to_a_file_outside_the_roots_is_not_read(tmp_path: Path) -> None:
    """A hard link under seeds/ to a file elsewhere is skipped; two links both inside seeds/ are tracked."""
    seeds = _project(tmp_path)
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "secret.txt").write_text("Top secret: the launch codes are 0000.\n")
    os.link(outside / "secret.txt", seeds / "innocent.txt")
    (seeds / "twin-a.txt").write_text(DOC)
    os.link(seeds / "twin-a.txt", seeds / "twin-b.txt")
    for name in ("innocent.txt", "twin-a.txt"):
        _aged(seeds / name)
    result = run_monitor("scan", cwd=tmp_path)
    assert _documents(tmp_path) == ["seeds__twin-a.txt", "seeds__twin-b.txt"]
    (line,) = [x for x in result.stderr.splitlines() if "innocent.txt" in x]
    assert "hard links" in line and "outside the watched folders" in line
    assert "launch codes" not in _everything_written(tmp_path)


def test_files_that_are_not_documents_are_skipped_with_a_reason(tmp_path: Path) -> None:
    """A FIFO, a socket and a device node named like documents are each reported once; scan does not hang."""
    import socket

    seeds = _project(tmp_path)
    os.mkfifo(seeds / "pipe.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(seeds / "sock.txt"))
    os.mknod(seeds / "null.txt", 0o600 | 0o020000, os.makedev(1, 3))  # a character device like /dev/null
    try:
        result = run_monitor("scan", cwd=tmp_path, timeout=20)
    finally:
        sock.close()
    reasons = {name: [x for x in result.stderr.splitlines() if name in x] for name in ("pipe", "sock", "null")}
    assert all(len(lines) == 1 for lines in reasons.values()), reasons
    assert "FIFO" in reasons["pipe"][0] and "socket" in reasons["sock"][0] and "device" in reasons["null"][0]
    assert _documents(tmp_path) == []


# ------------------------------------------------------------------------------------------ settling
def test_a_half_written_file_is_not_taken_as_a_version(tmp_path: Path) -> None:
    """`monitor scan` while a file is still being written waits for it: v1 is the whole file, not half."""
    seeds = _project(tmp_path, "debounce_seconds: 1.0\n")
    doc = seeds / "report.txt"
    full = SEED.read_bytes()
    half = full[: len(full) // 2]

    def writer() -> None:
        with doc.open("wb") as fh:
            fh.write(half)
            fh.flush()
            time.sleep(0.6)
            fh.write(full[len(half):])

    thread = threading.Thread(target=writer)
    thread.start()
    time.sleep(0.1)
    result = run_monitor("scan", cwd=tmp_path)
    thread.join()
    assert result.returncode == 0, result.stderr
    stored = (tmp_path / "snapshots" / "seeds__report.txt" / "v0001.txt").read_bytes()
    assert stored == full
    assert run_monitor("scan", cwd=tmp_path).stdout == ""  # and nothing more to take


def test_scan_settle_zero_takes_files_at_once(tmp_path: Path) -> None:
    """`monitor scan --settle 0` takes a file written a moment ago without waiting."""
    seeds = _project(tmp_path, "debounce_seconds: 30\n")
    (seeds / "a.txt").write_text(DOC)
    started = time.monotonic()
    result = run_monitor("scan", "--settle", "0", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "added seeds__a.txt@v1" in result.stdout
    assert time.monotonic() - started < 10


# ------------------------------------------------------------------------------------------ the budget
def test_a_version_past_its_budget_is_stored_and_said_to_be_too_complex(tmp_path: Path) -> None:
    """A pattern that backtracks for hours on one document: the version is stored, the entry says "too complex
    to analyse", and `monitor scan` returns within seconds."""
    seeds = _project(tmp_path, "analysis_seconds: 2\nignore: ['\\w*\\w*\\w*\\w*\\w*\\w*\\w*\\w*!']\n")
    doc = seeds / "a.txt"
    doc.write_text(DOC)
    _aged(doc)
    assert run_monitor("scan", cwd=tmp_path).returncode == 0
    doc.write_text(DOC.replace("this year.", "this year, says " + "a" * 90 + "."))
    _aged(doc)
    started = time.monotonic()
    result = run_monitor("scan", cwd=tmp_path, timeout=30)
    assert time.monotonic() - started < 10
    assert result.returncode == 0, result.stderr
    assert "too complex to analyse (more than 2 s)" in result.stdout
    entry = json.loads((tmp_path / "changelog.jsonl").read_text().splitlines()[-1])
    assert entry["key"] == "seeds__a.txt@v2" and entry["note"].startswith("too complex")
    assert "too complex to analyse" in (tmp_path / "CHANGELOG.md").read_text()
    assert run_monitor("show", "seeds__a.txt@v2", cwd=tmp_path).stdout == doc.read_text()


@pytest.mark.serial  # a daemon stopped within 5 s
def test_a_version_past_its_memory_budget_is_said_to_be_too_complex(tmp_path: Path) -> None:
    """With a memory budget too small to analyse a document, the daemon stores its versions and says each was
    too complex, instead of swapping or dying."""
    seeds = _project(tmp_path, "analysis_memory_mb: 1\n")
    doc = seeds / "a.txt"
    text = SEED.read_text() * 40
    doc.write_text(text)
    _aged(doc)
    with _daemon(tmp_path, "-v") as (proc, log):
        log.wait("seeds__a.txt@v1")
        doc.write_text(text.replace("will probably", "will"))
        log.wait("changed seeds__a.txt@v2")
        assert log.count("changed: too complex to analyse (more than 1 MB of memory)") == 1, "".join(log.lines)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=5) == 0
    assert sorted(p.name for p in (tmp_path / "snapshots" / "seeds__a.txt").glob("v*.txt")) == [
        "v0001.txt", "v0002.txt"]


@pytest.mark.serial  # an edit recorded within 5 s, a stop within 2 s
def test_a_document_too_complex_for_its_budget_does_not_stall_the_daemon(tmp_path: Path) -> None:
    """While one document's analysis runs for hours, an edit to another is recorded within 5 s, the slow one
    is cut off at its budget with a "too complex" entry, and SIGTERM still stops the daemon within 2 s."""
    seeds = _project(tmp_path, "analysis_seconds: 8\nignore: ['\\w*\\w*\\w*\\w*\\w*\\w*\\w*\\w*!']\n")
    slow, other = seeds / "slow.txt", seeds / "other.txt"
    for doc in (slow, other):
        doc.write_text(DOC)
        _aged(doc)
    with _daemon(tmp_path, "-v") as (proc, log):
        log.wait("added seeds__other.txt@v1")
        log.wait("added seeds__slow.txt@v1")
        slow.write_text(DOC.replace("this year.", "this year, says " + "a" * 90 + "."))
        log.wait("seeds__slow.txt: analysis is taking more than a second")
        other.write_text(DOC.replace("will not agree", "will agree"))
        assert log.wait("changed seeds__other.txt@v2") < 5
        log.wait("changed seeds__slow.txt@v2", timeout=15)
        assert log.count("too complex to analyse (more than 8 s)") == 1
        # And again, stopping in the middle of a long analysis:
        slow.write_text(DOC.replace("this year.", "this year, writes " + "b" * 90 + "."))
        log.wait("seeds__slow.txt: analysis is taking more than a second")
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=5) == 0
        assert time.monotonic() - started < 2
    time.sleep(0.5)
    leftovers = subprocess.run(["pgrep", "-f", f"monitor-analyse|{tmp_path}"], capture_output=True, text=True,
                               check=False).stdout.split()
    assert [pid for pid in leftovers if int(pid) != os.getpid() and _started_in(int(pid), tmp_path)] == []


def _started_in(pid: int, folder: Path) -> bool:
    """Whether a process (still there) runs in `folder`, as this test's daemon and its analysis workers do: tests
    run side by side (pytest-xdist), and another test's daemon analysing is not one this test left behind."""
    proc = Path(f"/proc/{pid}")
    try:
        return str(folder) in proc.joinpath("cmdline").read_text(errors="replace") or (
            proc.joinpath("cwd").readlink().is_relative_to(folder))
    except OSError:
        return False


def test_a_link_to_a_pseudo_file_is_reported_once_not_read_every_second(tmp_path: Path) -> None:
    """A symlink to /proc/self/environ in a watched folder is skipped once, not re-read again and again."""
    seeds = _project(tmp_path, "follow_symlinks: true\n")
    with _daemon(tmp_path, "-v") as (_proc, log):
        (seeds / "environ.txt").symlink_to("/proc/self/environ")
        log.wait("environ.txt")
        time.sleep(4)
        assert log.count("WARNING skipped seeds/environ.txt") == 1, "".join(log.lines)  # said once
        assert log.count("skipped seeds/environ.txt") <= 2, "".join(log.lines)  # looked at by two scans at most
        assert "outside the watched folders" in next(x for x in log.lines if "skipped seeds/environ.txt" in x)
    assert _documents(tmp_path) == []


def test_the_daemon_waits_for_a_running_scan_instead_of_exiting(tmp_path: Path) -> None:
    """`monitor watch` started while a `monitor scan` holds the store waits for it, then runs."""
    seeds = _project(tmp_path)
    (seeds / "a.txt").write_text(DOC)
    _aged(seeds / "a.txt")
    (tmp_path / "snapshots").mkdir()
    lock = (tmp_path / "snapshots" / ".lock").open("w")
    fcntl.flock(lock, fcntl.LOCK_EX)
    lock.write("4242 scan\n")
    lock.flush()
    proc = _start(tmp_path, "-v")
    log = _Log(proc)
    try:
        log.wait("waiting for monitor scan (pid 4242)")
        time.sleep(0.5)
        assert proc.poll() is None
        lock.close()  # the scan finishes
        log.wait("watching")
        log.wait("added seeds__a.txt@v1")
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=5) == 0


def test_retries_after_failed_writes_back_off_to_at_most_a_minute(tmp_path: Path) -> None:
    """After failed writes (a full disk) the daemon's retry delay doubles but never exceeds 60 s."""
    _project(tmp_path)
    daemon = Daemon(lambda: load_config(tmp_path / "config.yaml"))
    try:
        delays = [daemon._retry_later() for _ in range(12)]
    finally:
        daemon.analyser.close()
        daemon.debouncer.stop()
    assert delays[:3] == [5.0, 10.0, 20.0]
    assert max(delays) == RETRY_MAX_SECONDS == 60.0
    assert delays[-1] == 60.0


def test_temp_files_of_a_killed_status_write_are_cleared(tmp_path: Path) -> None:
    """A `..status.json.tmp-*` or text-cache temp file left by a kill -9 disappears at the next scan."""
    seeds = _project(tmp_path)
    (seeds / "a.txt").write_text(DOC)
    _aged(seeds / "a.txt")
    (tmp_path / "snapshots").mkdir()
    (tmp_path / "snapshots" / ".text").mkdir()
    stale = [tmp_path / "snapshots" / "..status.json.tmp-999-1", tmp_path / "snapshots" / ".text" / ".ab.1.txt.tmp-9-1"]
    for path in stale:
        path.write_text("{")
    assert run_monitor("scan", cwd=tmp_path).returncode == 0
    assert not any(path.exists() for path in stale)
    assert (tmp_path / "snapshots" / ".status.json").exists()


def _years_line() -> str:
    """A line of 22 years ending in a word: once it made the shipped contact-line pattern backtrack for minutes."""
    return " ".join(str(year) for year in range(1990, 2012)) + " onwards"


@pytest.mark.serial  # an edit recorded within 5 s, a stop within 2 s
@pytest.mark.parametrize("hostile", ["years", "periods"])
def test_a_hostile_document_does_not_hold_up_another_or_a_stop(tmp_path: Path, hostile: str) -> None:
    """A daemon fed the 22-year line or '. ' x 20,000 still records an edit to another document within 5 s,
    and stops within 2 s of SIGTERM."""
    seeds = _project(tmp_path)
    other = seeds / "other.txt"
    other.write_text(DOC)
    _aged(other)
    with _daemon(tmp_path, "-v") as (proc, log):
        log.wait("added seeds__other.txt@v1")
        nasty = seeds / "nasty.txt"
        if hostile == "years":
            nasty.write_text(DOC + "\nContacts\n\n" + _years_line() + "\n")
            time.sleep(0.5)
            nasty.write_text(DOC.replace("will not", "will") + "\nContacts\n\n" + _years_line() + " too\n")
        else:
            nasty.write_text("Intro.\n\n" + ". " * 20_000 + "\n")
            time.sleep(0.5)
            nasty.write_text("Intro changed.\n\n" + ". " * 20_000 + "end\n")
        time.sleep(0.3)
        other.write_text(DOC.replace("will not agree", "will agree"))
        assert log.wait("changed seeds__other.txt@v2") < 5
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=5) == 0
        assert time.monotonic() - started < 2


def test_temp_files_of_a_killed_changelog_rewrite_are_cleared(tmp_path: Path) -> None:
    """A `.CHANGELOG.md.tmp-*` left by a kill -9 in the middle of a rewrite disappears at the next scan."""
    seeds = _project(tmp_path)
    (seeds / "a.txt").write_text(DOC)
    _aged(seeds / "a.txt")
    stale = [tmp_path / ".CHANGELOG.md.tmp-999-1", tmp_path / ".changelog.jsonl.tmp-999-1"]
    for path in stale:
        path.write_text("half")
    assert run_monitor("scan", cwd=tmp_path).returncode == 0
    assert not any(path.exists() for path in stale)


class _HeavyToRead:
    """Job arguments that take far more memory to read in (unpickle) than to send: 64 MB made on arrival."""

    def __reduce__(self) -> tuple[object, tuple[int]]:
        return (bytearray, (64 * 1024 * 1024,))


def _length(data: bytearray) -> int:
    return len(data)


def test_a_job_too_big_to_read_in_under_the_budget_is_said_to_be_too_complex() -> None:
    """A job whose arguments alone pass the analysis process's memory budget as they are read in (not while it runs)
    is reported as too complex for the budget, and the analyser goes on with the next job — not a dead process."""
    from monitor.budget import Analyser, TooComplex

    with Analyser(seconds=30, memory_mb=1) as analyser:
        heavy = analyser.submit("heavy", _length, _HeavyToRead())
        assert heavy.done.wait(30)
        assert isinstance(heavy.error, TooComplex) and "MB of memory" in str(heavy.error), heavy.error
        light = analyser.submit("light", _length, bytearray(10))
        assert light.done.wait(30) and light.result == 10, light.error
