"""`monitor watch` with the real watchdog observer and the real APScheduler, in temporary folders."""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from monitor.config import Config, load_config
from monitor.daemon import Daemon, Debouncer
from monitor.store import SnapshotStore
from tests.conftest import SEED as SHIPPED_SEED

# The same tests on both index backends: SQLite in the store, and a real PostgreSQL server (see conftest). Serial:
# a daemon's start-up scan, saves and restarts are held to deadlines a second busy test process can break.
pytestmark = [pytest.mark.usefixtures("index_backend"), pytest.mark.serial]

SEED = SHIPPED_SEED.read_bytes()
DOC = "Outlook\n\nRussia will not agree to a ceasefire this year.\n\nTalks continue in Geneva.\n"
DEBOUNCE = 0.25


@pytest.fixture(autouse=True)
def no_thread_leaks() -> Iterator[None]:
    """Every thread a test starts (observer, scheduler, worker, debouncer) is gone when it ends."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        leaked = [t for t in threading.enumerate() if t not in before and t.is_alive()]
        if not leaked:
            return
        time.sleep(0.05)
    pytest.fail(f"threads leaked: {leaked}")


def _write_config(base: Path, extra: str = "") -> Path:
    (base / "seeds").mkdir(exist_ok=True)
    path = base / "config.yaml"
    path.write_text(f"roots: [seeds]\nsnapshots: snapshots\ndebounce_seconds: {DEBOUNCE}\nrescan_minutes: 10\n{extra}")
    return path


def _wait_for(condition: Callable[[], bool], timeout: float = 10.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.02)
    pytest.fail(f"timed out waiting for {what}")


def _entries(config: Config) -> list[dict[str, object]]:
    path = config.changelog_jsonl
    if not path.exists():
        return []
    text = path.read_text()
    return [json.loads(x) for x in text[: text.rfind("\n") + 1].splitlines()]  # a line mid-append is not one yet


def _versions(config: Config, doc: str) -> int:
    store = SnapshotStore(config.snapshots)
    return len(store.history(doc)) if doc in store.documents() else 0


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.levelname} {record.getMessage()}")

    def has(self, *words: str) -> bool:
        return any(all(w in line for w in words) for line in self.lines)


@contextlib.contextmanager
def _daemon(config_path: Path) -> Iterator[tuple[Daemon, _Lines]]:
    """A Daemon running in a thread (signals are the subprocess tests' business), stopped on exit."""
    log = logging.getLogger("monitor")
    lines = _Lines()
    log.addHandler(lines)
    old_level = log.level
    log.setLevel(logging.DEBUG)
    daemon = Daemon(lambda: load_config(config_path))
    status: list[int] = []
    thread = threading.Thread(target=lambda: status.append(daemon.run()), name="test-daemon")
    thread.start()
    try:
        # The start-up scan, and the files it found too fresh to take (they are taken once settled).
        _wait_for(lambda: daemon.scans >= 1 and _settled(daemon), what="the start-up scan")
        yield daemon, lines
    finally:
        daemon.request_stop()
        thread.join(5)
        log.removeHandler(lines)
        log.setLevel(old_level)
    assert status == [0]


def _settled(daemon: Daemon) -> bool:
    return daemon.debouncer.pending() == 0 and daemon.worker.idle()


def test_a_save_makes_one_version_and_one_entry(tmp_path: Path) -> None:
    """Saving a watched document snapshots it and appends exactly one changelog entry."""
    config = load_config(_write_config(tmp_path))
    doc = config.roots[0] / "a.txt"
    doc.write_text(DOC)
    with _daemon(config.source or tmp_path) as (daemon, lines):
        assert _versions(config, "seeds__a.txt") == 1  # the start-up scan
        doc.write_text(DOC.replace("will not agree", "will agree"))
        _wait_for(lambda: len(_entries(config)) == 2, what="the changed entry")
        time.sleep(DEBOUNCE * 2)
        assert _settled(daemon)
    assert [e["kind"] for e in _entries(config)] == ["added", "changed"]
    assert _versions(config, "seeds__a.txt") == 2
    assert lines.has("INFO changed seeds__a.txt@v2", "1 modified")
    assert "v1 → v2" in config.changelog_markdown.read_text()


def test_ten_rapid_saves_make_one_version(tmp_path: Path) -> None:
    """A burst of saves inside the quiet period is one version, of the last content."""
    config = load_config(_write_config(tmp_path))
    doc = config.roots[0] / "a.txt"
    with _daemon(config.source or tmp_path) as (daemon, _):
        for i in range(10):
            doc.write_text(f"{DOC}\nSave number {i}.\n")
            time.sleep(DEBOUNCE / 10)
        _wait_for(lambda: len(_entries(config)) == 1, what="the entry")
        time.sleep(DEBOUNCE * 3)
        assert _settled(daemon)
    assert _versions(config, "seeds__a.txt") == 1
    assert len(_entries(config)) == 1
    assert SnapshotStore(config.snapshots).history("seeds__a.txt")[0].path.read_text().endswith("Save number 9.\n")


def test_write_temp_then_rename_is_caught(tmp_path: Path) -> None:
    """An editor that writes a hidden temp file and renames it over the document makes a version."""
    config = load_config(_write_config(tmp_path))
    doc = config.roots[0] / "a.txt"
    doc.write_text(DOC)
    with _daemon(config.source or tmp_path):
        tmp = config.roots[0] / ".a.txt.swp"
        tmp.write_text(DOC + "\nAppended by an editor.\n")
        tmp.replace(doc)
        _wait_for(lambda: _versions(config, "seeds__a.txt") == 2, what="the renamed-over version")
        _wait_for(lambda: len(_entries(config)) == 2, what="its entry")
    assert SnapshotStore(config.snapshots).documents() == ["seeds__a.txt"]  # the temp file was never a document


def test_file_added_while_down_is_caught_by_the_start_up_scan(tmp_path: Path) -> None:
    """Documents created or edited while no daemon ran are snapshotted as soon as it starts."""
    config = load_config(_write_config(tmp_path))
    (config.roots[0] / "a.txt").write_text(DOC)
    with _daemon(config.source or tmp_path):
        pass
    (config.roots[0] / "b.txt").write_text(DOC + "b")
    (config.roots[0] / "a.txt").write_text(DOC + "edited")
    with _daemon(config.source or tmp_path):
        assert _versions(config, "seeds__b.txt") == 1
        assert _versions(config, "seeds__a.txt") == 2
    assert sorted(str(e["key"]) for e in _entries(config)) == ["seeds__a.txt@v1", "seeds__a.txt@v2", "seeds__b.txt@v1"]


def test_deleted_file_gets_its_entry(tmp_path: Path) -> None:
    """Deleting a watched document appends one `removed` entry; its snapshots stay."""
    config = load_config(_write_config(tmp_path))
    doc = config.roots[0] / "a.txt"
    doc.write_text(DOC)
    with _daemon(config.source or tmp_path) as (_, lines):
        doc.unlink()
        _wait_for(lambda: len(_entries(config)) == 2, what="the removed entry")
    assert [e["kind"] for e in _entries(config)] == ["added", "removed"]
    assert lines.has("removed seeds__a.txt@v1")
    assert SnapshotStore(config.snapshots).read(SnapshotStore(config.snapshots).resolve("seeds__a.txt", "v1"))


def test_moved_file_is_a_rename(tmp_path: Path) -> None:
    """`mv a.txt b.txt` while watching is one `renamed` entry."""
    config = load_config(_write_config(tmp_path))
    (config.roots[0] / "a.txt").write_text(DOC)
    with _daemon(config.source or tmp_path):
        (config.roots[0] / "a.txt").rename(config.roots[0] / "b.txt")
        _wait_for(lambda: len(_entries(config)) == 2, what="the renamed entry")
        time.sleep(DEBOUNCE * 2)
    assert [e["kind"] for e in _entries(config)] == ["added", "renamed"]


def test_bad_files_are_skipped_with_a_log_line_while_others_are_processed(tmp_path: Path) -> None:
    """Binary, empty, huge and unreadable (a FIFO: tests run as root, who can read any mode) files are
    skipped with one log line each, and a good document saved after them is still snapshotted."""
    config = load_config(_write_config(tmp_path, "max_file_bytes: 5000\n"))
    seeds = config.roots[0]
    with _daemon(config.source or tmp_path) as (_, lines):
        (seeds / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
        (seeds / "empty.txt").write_bytes(b"")
        (seeds / "huge.txt").write_text("word " * 2000)
        os.mkfifo(seeds / "pipe.txt")
        (seeds / "good.txt").write_text(DOC)
        _wait_for(lambda: _versions(config, "seeds__good.txt") == 1, what="the good document")
        _wait_for(lambda: lines.has("skipped seeds/huge.txt") and lines.has("skipped seeds/pipe.txt"),
                  what="the huge file's and the FIFO's log lines")
    assert lines.has("WARNING skipped seeds/binary.txt", "binary")
    assert lines.has("skipped seeds/empty.txt", "empty")
    assert lines.has("WARNING skipped seeds/huge.txt", "max_file_bytes")
    assert lines.has("WARNING skipped seeds/pipe.txt", "FIFO")
    assert SnapshotStore(config.snapshots).documents() == ["seeds__good.txt"]


def test_unreadable_file_found_by_a_rescan_is_logged_once(tmp_path: Path) -> None:
    """A FIFO named like a document is skipped with one warning, not one per rescan."""
    config = load_config(_write_config(tmp_path))
    os.mkfifo(config.roots[0] / "pipe.txt")
    (config.roots[0] / "good.txt").write_text(DOC)
    with _daemon(config.source or tmp_path) as (daemon, lines):
        daemon.worker.submit(None)
        _wait_for(lambda: daemon.scans >= 2 and _settled(daemon), what="a second full scan")
    warnings = [x for x in lines.lines if x.startswith("WARNING skipped seeds/pipe.txt")]
    assert len(warnings) == 1 and "FIFO" in warnings[0]
    assert _versions(config, "seeds__good.txt") == 1


def test_a_file_still_being_written_is_not_snapshotted_half_written(tmp_path: Path) -> None:
    """A slow writer appending for longer than the quiet period yields one version with all its content."""
    config = load_config(_write_config(tmp_path))
    doc = config.roots[0] / "slow.txt"
    with _daemon(config.source or tmp_path) as (daemon, _), doc.open("w") as fh:
        for i in range(12):
            fh.write(f"Paragraph {i} of a long report that arrives slowly.\n\n")
            fh.flush()
            time.sleep(DEBOUNCE / 3)
        fh.write("The end.\n")
        fh.flush()
        fh.close()
        _wait_for(lambda: _versions(config, "seeds__slow.txt") >= 1 and _settled(daemon), what="the version")
        time.sleep(DEBOUNCE * 2)
    history = SnapshotStore(config.snapshots).history("seeds__slow.txt")
    assert len(history) == 1
    assert history[0].path.read_text().endswith("The end.\n")


def test_full_disk_is_logged_and_retried(tmp_path: Path) -> None:
    """When the snapshot folder is full the save is logged as an error, the retry is logged (never silent), and
    the save is taken once space is back."""
    snapshots = tmp_path / "snapshots"
    snapshots.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(snapshots)],
                             capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here to fill a disk")
    try:
        config = load_config(_write_config(tmp_path))
        (config.roots[0] / "small.txt").write_text(DOC)
        with _daemon(config.source or tmp_path) as (daemon, lines):
            daemon._health.retry_delay = 0.2  # tests do not wait for the production back-off
            (config.roots[0] / "big.txt").write_bytes(SEED * 160)  # ~1.3 MB: more than the 1 MB disk
            _wait_for(lambda: lines.has("ERROR", "no space left on device"), what="the full-disk error")
            _wait_for(lambda: lines.has("WARNING", "retrying in"), what="the retry said in the log")
            (config.roots[0] / "small.txt").write_text(DOC + "\nStill watching.\n")
            _wait_for(lambda: _versions(config, "seeds__small.txt") == 2, what="the next save despite the full disk")
            subprocess.run(["mount", "-o", "remount,size=8m", str(snapshots)], check=True)
            _wait_for(lambda: _versions(config, "seeds__big.txt") == 1, timeout=15, what="the retried save")
            _wait_for(lambda: any(e["key"] == "seeds__big.txt@v1" for e in _entries(config)), what="its entry")
        assert SnapshotStore(config.snapshots).verify() == []
    finally:
        subprocess.run(["umount", str(snapshots)], check=False)


# ------------------------------------------------------------------------------------------ subprocesses
def _start(base: Path, *args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "MONITOR_CONFIG"}
    return subprocess.Popen([sys.executable, "-m", "monitor", "watch", *args], cwd=base, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _wait_line(proc: subprocess.Popen[str], text: str, timeout: float = 10) -> list[str]:
    """Read the daemon's stderr until a line containing `text` (lines read so far are returned)."""
    assert proc.stderr is not None
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got: list[str] = []
        reader = threading.Thread(target=lambda got=got: got.append(proc.stderr.readline() if proc.stderr else ""))
        reader.start()
        reader.join(max(0.0, deadline - time.monotonic()))  # a daemon that stays silent fails, not hangs
        if not got or not got[0]:
            break
        seen.append(got[0])
        if text in got[0]:
            return seen
    pytest.fail(f"daemon never logged {text!r}; it said: {''.join(seen)}")


def test_sigterm_stops_within_two_seconds_even_mid_scan(tmp_path: Path) -> None:
    """SIGTERM during a busy start-up scan exits cleanly (status 0) within 2 s, leaving the store consistent."""
    _write_config(tmp_path)
    for i in range(150):
        (tmp_path / "seeds" / f"d{i:03d}.txt").write_bytes(SEED + f"\nCopy {i}.\n".encode())
    proc = _start(tmp_path, "--verbose")
    _wait_line(proc, "scan of everything")
    time.sleep(0.3)
    started = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    code = proc.wait(timeout=5)
    elapsed = time.monotonic() - started
    assert code == 0 and elapsed < 2.0, f"exit {code} after {elapsed:.2f}s"
    assert SnapshotStore(tmp_path / "snapshots").verify() == []
    assert "stop" in (proc.stderr.read() if proc.stderr else "")


def test_second_daemon_on_the_same_store_is_refused(tmp_path: Path) -> None:
    """A second `monitor watch` on one store exits 2 with one line naming the running one's pid."""
    _write_config(tmp_path)
    first = _start(tmp_path)
    try:
        _wait_line(first, "watching")
        second = _start(tmp_path)
        _, err = second.communicate(timeout=10)
        assert second.returncode == 2
        assert f"in use by monitor watch (pid {first.pid})" in err
        assert "Traceback" not in err
    finally:
        first.send_signal(signal.SIGINT)
        assert first.wait(timeout=5) == 0


def test_sighup_reloads_config_and_keeps_the_old_one_when_invalid(tmp_path: Path) -> None:
    """SIGHUP with a broken config.yaml logs the error and keeps watching; a valid one is applied."""
    config_path = _write_config(tmp_path)
    proc = _start(tmp_path)
    try:
        _wait_line(proc, "watching")
        config_path.write_text("roots: [seeds\n")
        proc.send_signal(signal.SIGHUP)
        _wait_line(proc, "keeping the previous configuration")
        (tmp_path / "seeds" / "a.txt").write_text(DOC)
        _wait_line(proc, "added seeds__a.txt@v1")
        _write_config(tmp_path, "include: ['*.md']\n")
        proc.send_signal(signal.SIGHUP)
        _wait_line(proc, "configuration reloaded")
        (tmp_path / "seeds" / "b.md").write_text("# B\n\nText.\n")
        _wait_line(proc, "added seeds__b.md@v1")
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=5) == 0


def test_kill_9_at_many_moments_loses_and_doubles_nothing(tmp_path: Path) -> None:
    """SIGKILL at random moments during a stream of saves, then a restart: exactly one changelog entry per
    stored version, none missing, none doubled, and every snapshot complete."""
    config_path = _write_config(tmp_path)
    config_path.write_text(config_path.read_text().replace(f"debounce_seconds: {DEBOUNCE}", "debounce_seconds: 0.05"))
    config = load_config(config_path)
    rng = random.Random(20261126)
    written: set[bytes] = set()
    docs = [config.roots[0] / f"doc{i}.txt" for i in range(3)]
    revision = 0
    for _cycle in range(12):
        proc = _start(tmp_path)
        if _cycle % 2 == 0:  # every other kill lands during the saves, not before the daemon is up (a slow start)
            _wait_line(proc, "watching", timeout=30)
        end = time.monotonic() + rng.uniform(0.2, 1.6)
        while time.monotonic() < end:
            revision += 1
            content = SEED * 2 + f"\nRevision {revision}.\n".encode()
            docs[revision % 3].write_bytes(content)
            written.add(content)
            time.sleep(rng.uniform(0.01, 0.12))
        proc.kill()
        proc.wait()
        assert proc.stderr is not None
        proc.stderr.close()
    final = _start(tmp_path)
    try:
        _wait_line(final, "watching")

        def caught_up() -> bool:
            store = SnapshotStore(config.snapshots)
            if sorted(store.documents()) != [f"seeds__{d.name}" for d in docs]:
                return False
            if any(store.read(store.history(f"seeds__{d.name}")[-1]) != d.read_bytes() for d in docs):
                return False
            return len(_entries(config)) == sum(len(store.history(f"seeds__{d.name}")) for d in docs)

        _wait_for(caught_up, timeout=20, what="the restarted daemon to catch up")
    finally:
        final.send_signal(signal.SIGTERM)
        assert final.wait(timeout=5) == 0
    store = SnapshotStore(config.snapshots)
    assert store.verify() == []
    keys = [str(e["key"]) for e in _entries(config)]
    assert len(keys) == len(set(keys)), "an entry was written twice"
    expected = {f"seeds__{d.name}@v{v.number}" for d in docs for v in store.history(f"seeds__{d.name}")}
    assert set(keys) == expected, "an entry is missing"
    md = config.changelog_markdown.read_text()
    assert md.count("<!-- monitor:entry") == len(keys)
    for d in docs:
        history = store.history(f"seeds__{d.name}")
        assert all(store.read(v) in written for v in history)
        assert all(a.sha256 != b.sha256 for a, b in itertools.pairwise(history))
    for entry in _entries(config):
        if entry["kind"] == "changed":
            assert entry["old_version"] == int(str(entry["new_version"])) - 1
    assert len(keys) > 6  # the stream really produced versions between the kills


def test_log_file_and_bad_config_at_start(tmp_path: Path) -> None:
    """--log-file gets timestamped lines; a broken config.yaml at start is one line on stderr and exit 2."""
    _write_config(tmp_path)
    log = tmp_path / "monitor.log"
    proc = _start(tmp_path, "--log-file", str(log))
    try:
        _wait_for(lambda: log.exists() and "watching" in log.read_text(), what="the log file")
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=5) == 0
    assert log.read_text().splitlines()[0][:2] == "20"  # starts with the date
    (tmp_path / "config.yaml").write_text("roots: [seeds]\ndebounce: 1\n")
    bad = _start(tmp_path)
    _, err = bad.communicate(timeout=10)
    assert bad.returncode == 2
    assert err.strip().splitlines() == [err.strip()] and "unknown key 'debounce'" in err


def test_polling_fallback_sees_saves(tmp_path: Path) -> None:
    """With `polling: true` (network filesystems) a save is still snapshotted and logged."""
    config = load_config(_write_config(tmp_path, "polling: true\npoll_interval_seconds: 0.1\n"))
    doc = config.roots[0] / "a.txt"
    doc.write_text(DOC)
    with _daemon(config.source or tmp_path):
        doc.write_text(DOC + "\nPolled.\n")
        _wait_for(lambda: len(_entries(config)) == 2, what="the polled change")
    assert [e["kind"] for e in _entries(config)] == ["added", "changed"]


def test_a_path_on_its_way_to_the_worker_is_still_pending(tmp_path: Path) -> None:
    """Between leaving its quiet period and reaching the worker a path is still pending: 'nothing pending and the
    worker idle' must never hold while a save is being handed over (the daemon's settled state, which a start-up
    scan's too-fresh file relied on, read it so too early)."""
    path = tmp_path / "a.txt"
    path.write_text("one\n")
    entered, go = threading.Event(), threading.Event()
    released: list[set[Path]] = []

    def release(paths: set[Path]) -> None:
        entered.set()
        assert go.wait(10)
        released.append(paths)

    debouncer = Debouncer(0.01, release, lambda: None)
    debouncer.thread.start()
    try:
        debouncer.touch(path)
        assert entered.wait(10), "the path was never released"
        assert debouncer.pending() == 1
        go.set()
        deadline = time.monotonic() + 10
        while debouncer.pending() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert debouncer.pending() == 0 and released == [{path}]
    finally:
        go.set()
        debouncer.stop()
        debouncer.thread.join(10)
