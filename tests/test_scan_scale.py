"""A scan at thousands of documents: unchanged files are not read again, entries are written while a full
scan walks, and a save made during a full rescan does not wait for the rescan to end."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import monitor.scan as scan_module
from monitor.config import Config, load_config
from monitor.scan import ScanEvent, scan
from tests.test_daemon import _daemon, _entries, _wait_for, _write_config

pytestmark = pytest.mark.usefixtures("index_backend")

DOC = "Outlook\n\nRussia will not agree to a ceasefire this year.\n\nTalks continue in Geneva.\n"


def _project(base: Path, count: int) -> Config:
    (base / "seeds").mkdir()
    (base / "config.yaml").write_text("roots: [seeds]\nsnapshots: snapshots\ndebounce_seconds: 0.05\n")
    for i in range(count):
        (base / "seeds" / f"d{i:03d}.txt").write_text(f"Document {i}\n\n{DOC}")
    return load_config(base / "config.yaml")


def _counting_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    reads: list[Path] = []
    real = scan_module.read_document_stat

    def counted(path: Path, *args: object, **kwargs: object) -> object:
        reads.append(path)
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(scan_module, "read_document_stat", counted)
    return reads


def test_a_full_scan_reads_only_files_changed_since_the_last(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file whose size, modification time and inode are unchanged is not read again; one saved since is,
    and so is one renamed (its inode moves with it, its path does not)."""
    cfg = _project(tmp_path, 20)
    reads = _counting_reads(monkeypatch)
    scan(cfg, settle=0)
    assert len(reads) == 20
    reads.clear()
    assert scan(cfg, settle=0) == [] and reads == []
    time.sleep(0.01)
    (cfg.roots[0] / "d003.txt").write_text(f"Document 3\n\n{DOC}\n\nMore.\n")
    (cfg.roots[0] / "d004.txt").rename(cfg.roots[0] / "moved.txt")
    events = scan(cfg, settle=0)
    assert sorted(p.name for p in reads) == ["d003.txt", "moved.txt"]
    assert sorted((e.kind, e.doc) for e in events) == [("changed", "seeds__d003.txt"),
                                                       ("renamed", "seeds__moved.txt")]


def test_entries_are_written_while_a_full_scan_walks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The start-up scan of many new documents writes entries as it goes (the first ones early), not all at
    the end, and still writes each exactly once."""
    cfg = _project(tmp_path, 30)
    monkeypatch.setattr(scan_module, "_ENTRIES_EVERY", 0.0)
    reads = _counting_reads(monkeypatch)
    seen_at: list[int] = []

    def log(event: ScanEvent) -> None:
        if event.kind == "added":
            seen_at.append(len(reads))

    events = scan(cfg, log=log, settle=0)
    assert len([e for e in events if e.kind == "added"]) == 30
    assert seen_at[0] < 30, "no entry was written before the walk ended"
    keys = [e["key"] for e in _entries(cfg)]
    assert len(keys) == len(set(keys)) == 30


def _slow_walk(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """While the event returned is set, the scan's walk takes 0.1 s per file (60 files: a 6 s rescan)."""
    real = scan_module._walk
    slow = threading.Event()

    def walk(*args: object) -> Iterator[Path]:
        for path in real(*args):  # type: ignore[arg-type]
            if slow.is_set():
                time.sleep(0.1)
            yield path

    monkeypatch.setattr(scan_module, "_walk", walk)
    return slow


@pytest.mark.serial  # the save's entry must come while the rescan still runs
def test_a_save_during_a_full_rescan_does_not_wait_for_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """While the daemon's full rescan walks slowly through 60 files, a save elsewhere gets its entry long
    before the rescan ends."""
    config = load_config(_write_config(tmp_path))
    for i in range(60):
        (config.roots[0] / f"d{i:02d}.txt").write_text(f"Document {i}\n\n{DOC}")
    target = config.roots[0] / "d59.txt"
    with _daemon(config.source or tmp_path) as (daemon, _lines):
        slow = _slow_walk(monkeypatch)
        slow.set()
        daemon.worker.submit(None)  # the periodic rescan
        _wait_for(lambda: daemon.worker.busy, what="the rescan to start")
        started = time.monotonic()
        target.write_text(f"Document 59\n\n{DOC}\n\nA new paragraph.\n")
        _wait_for(lambda: any(e["key"] == "seeds__d59.txt@v2" for e in _entries(config)), timeout=20,
                  what="the save's entry")
        took = time.monotonic() - started
        rescan_left = daemon.worker.busy
        slow.clear()
    assert rescan_left, f"the rescan had ended before the save's entry ({took:.1f}s): the test proves nothing"


def test_a_full_scan_leaves_alone_what_the_caller_will_scan(tmp_path: Path) -> None:
    """A full scan takes every changed file except those `leave` names (the daemon's saves still in their
    quiet period), and does not count those as removed."""
    cfg = _project(tmp_path, 6)
    scan(cfg, settle=0)
    time.sleep(0.01)
    for name in ("d002.txt", "d004.txt"):
        (cfg.roots[0] / name).write_text(f"{name}\n\n{DOC}\n\nMore.\n")
    events = scan(cfg, settle=0, leave=lambda path: path.name == "d002.txt")
    assert [(e.kind, e.doc) for e in events] == [("changed", "seeds__d004.txt")]
    events = scan(cfg, settle=0)
    assert [(e.kind, e.doc) for e in events] == [("changed", "seeds__d002.txt")]


@pytest.mark.serial  # the save's entry must come while the rescan still runs
def test_a_save_queued_with_a_rescan_is_scanned_before_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A save released while the worker was busy, queued together with a full rescan (a periodic one, or one
    a reload asked for), gets its entry right away, not when the slow rescan ends."""
    config = load_config(_write_config(tmp_path))
    for i in range(60):
        (config.roots[0] / f"d{i:02d}.txt").write_text(f"Document {i}\n\n{DOC}")
    target = config.roots[0] / "d20.txt"
    with _daemon(config.source or tmp_path) as (daemon, _lines):
        slow = _slow_walk(monkeypatch)
        monkeypatch.setattr(scan_module, "_ENTRIES_EVERY", 3600.0)  # the rescan's own entries: at its end
        _wait_for(lambda: daemon.worker.idle() and not daemon.debouncer.pending(), what="the worker to be idle")
        daemon.debouncer.delay = 60.0  # the save's own quiet period would end after the test
        target.write_text(f"Document 20\n\n{DOC}\n\nA new paragraph.\n")
        past = time.time() - 60  # as when its quiet period has ended
        os.utime(target, (past, past))
        slow.set()
        with daemon.worker._cond:  # both queued before the worker wakes: it takes them together
            daemon.worker.submit(None)
            daemon.worker.submit({target.resolve()})
        _wait_for(lambda: daemon.worker.busy, what="the rescan to start")
        _wait_for(lambda: any(e["key"] == "seeds__d20.txt@v2" for e in _entries(config)), timeout=20,
                  what="the save's entry")
        rescan_left = daemon.worker.busy
        slow.clear()
    assert rescan_left, "the save's entry waited for the rescan to end"


def test_a_full_scan_with_nothing_new_parses_no_manifest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With nothing new, a full scan reads no document and parses no manifest: the index knows each
    manifest's size when it was copied, and manifests only grow. A manifest that grew is read again."""
    import monitor.store as store_module
    from monitor.store import SnapshotStore

    cfg = _project(tmp_path, 12)
    scan(cfg, settle=0)
    parsed: list[str] = []
    real = store_module._parse_manifest

    def counted(doc: str, *args: object) -> object:
        parsed.append(doc)
        return real(doc, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(store_module, "_parse_manifest", counted)
    assert scan(cfg, settle=0) == [] and parsed == []
    SnapshotStore(cfg.snapshots).put("seeds__d005.txt", b"Behind the scan's back.\n", "seeds/d005.txt")
    parsed.clear()
    (event,) = scan(cfg, settle=0)  # the version stored without its entry (a crash) gets it
    assert (event.kind, event.doc, event.version) == ("changed", "seeds__d005.txt", 2)
    assert set(parsed) == {"seeds__d005.txt"}
