"""The snapshot store: layout, dedup, version names, locking, and consistency after kill -9."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from monitor.errors import StoreError, StoreLocked, VersionNotFound
from monitor.store import SnapshotStore, lock_holder


@pytest.fixture
def store(tmp_path: Path) -> SnapshotStore:
    return SnapshotStore(tmp_path / "snapshots")


def test_put_writes_plain_files_a_person_can_diff(store: SnapshotStore) -> None:
    """Each version is a plain file with the exact bytes, listed in an append-only manifest."""
    v1 = store.put("report.txt", b"one\r\ntwo\n", "seeds/report.txt")
    v2 = store.put("report.txt", b"one\ntwo\nthree\n", "seeds/report.txt")
    assert v1 is not None and v2 is not None
    folder = store.root / "report.txt"
    assert (folder / "v0001.txt").read_bytes() == b"one\r\ntwo\n"
    assert (folder / "v0002.txt").read_bytes() == b"one\ntwo\nthree\n"
    lines = [json.loads(x) for x in (folder / "manifest.jsonl").read_text().splitlines()]
    assert [x["version"] for x in lines] == [1, 2]
    assert lines[0]["sha256"] == hashlib.sha256(b"one\r\ntwo\n").hexdigest()
    assert lines[0]["size"] == 9 and lines[0]["source"] == "seeds/report.txt"
    assert lines[0]["taken_at"].endswith("Z")
    assert v2.label == "v2" and v2.ref().sha256 == v2.sha256 and v2.ref().path == "seeds/report.txt"


def test_identical_content_never_makes_a_new_version(store: SnapshotStore) -> None:
    """Putting the latest content again returns None and leaves the history alone."""
    assert store.put("a.txt", b"same", "a.txt") is not None
    assert store.put("a.txt", b"same", "a.txt") is None
    assert len(store.history("a.txt")) == 1
    assert store.put("a.txt", b"other", "a.txt") is not None
    assert store.put("a.txt", b"same", "a.txt") is not None  # going back is a change
    assert [v.number for v in store.history("a.txt")] == [1, 2, 3]


def test_markdown_versions_keep_their_extension(store: SnapshotStore) -> None:
    """A Markdown source is stored as v0001.md so editors and diff tools treat it right."""
    v = store.put("notes.md", b"# hi\n", "seeds/notes.md")
    assert v is not None and v.path.name == "v0001.md"


def test_resolve_understands_every_spec(store: SnapshotStore) -> None:
    """v3, 3, latest, previous, first and latest~N name the right versions."""
    for i in range(4):
        store.put("d.txt", f"text {i}".encode(), "d.txt")
    assert store.resolve("d.txt", "v3").number == 3
    assert store.resolve("d.txt", "3").number == 3
    assert store.resolve("d.txt", "latest").number == 4
    assert store.resolve("d.txt", "previous").number == 3
    assert store.resolve("d.txt", "first").number == 1
    assert store.resolve("d.txt", "latest~2").number == 2


def test_resolve_errors_say_what_exists(store: SnapshotStore) -> None:
    """An unknown version or document names what the store does have."""
    store.put("d.txt", b"x", "d.txt")
    with pytest.raises(VersionNotFound, match=r"d.txt@v9: no such version; 'd.txt' has only v1"):
        store.resolve("d.txt", "v9")
    with pytest.raises(VersionNotFound, match="previous"):
        store.resolve("d.txt", "previous")
    with pytest.raises(VersionNotFound, match="use v3, 3, latest"):
        store.resolve("d.txt", "yesterday")
    with pytest.raises(VersionNotFound, match=r"unknown document 'nope' \(known: d.txt\)"):
        store.history("nope")


def test_empty_store_says_how_to_fill_it(store: SnapshotStore) -> None:
    """Asking an empty store for a document suggests running a scan."""
    with pytest.raises(VersionNotFound, match="monitor scan"):
        store.history("anything")
    assert store.documents() == []


@pytest.mark.parametrize("doc", ["../etc", "..", ".", "a/b", "/abs", "", ".hidden", "a\x00b"])
def test_document_names_cannot_escape_the_store(store: SnapshotStore, doc: str) -> None:
    """A document name with separators or dots is refused before any file is touched."""
    with pytest.raises(VersionNotFound):
        store.history(doc)
    with pytest.raises(VersionNotFound):
        store.put(doc, b"x", "x")


def test_doc_ids_are_stable_safe_and_distinct(store: SnapshotStore, tmp_path: Path) -> None:
    """Ids are the root's name and the path under it, contain no separators and never collide when sanitised."""
    root = tmp_path / "seeds"
    assert store.doc_id(root / "ukraine.txt", root, "seeds") == "seeds__ukraine.txt"
    assert store.doc_id(root / "asia" / "japan.md", root, "seeds") == "seeds__asia__japan.md"
    assert store.doc_id(tmp_path / "teamA" / "docs" / "plan.txt", tmp_path / "teamA" / "docs", "teamA") == (
        "teamA__plan.txt")
    ids = {store.doc_id(root / name, root, "seeds")
           for name in ["a b.txt", "a-b.txt", "a__b.txt", "a/b.txt", ".a.txt", "a.txt", "ü.txt", "u.txt"]}
    assert len(ids) == 8
    for doc in ids:
        assert "/" not in doc and not doc.startswith(".")
    assert store.doc_id(root / "x" / ".." / "y.txt", root, "seeds") == "seeds__y.txt"
    with pytest.raises(StoreError):
        store.doc_id(tmp_path / "elsewhere.txt", root, "seeds")


def test_documents_lists_only_folders_with_versions(store: SnapshotStore) -> None:
    """Stray folders and files in the store root are not documents."""
    store.put("b.txt", b"1", "b.txt")
    store.put("a.txt", b"1", "a.txt")
    (store.root / "junk").mkdir()
    (store.root / "README").write_text("hi")
    assert store.documents() == ["a.txt", "b.txt"]


def test_removed_and_restored_events_are_recorded_once(store: SnapshotStore) -> None:
    """Removal and restoration are recorded in the manifest once each, in order, with the latest version."""
    store.put("a.txt", b"1", "seeds/a.txt")
    first = store.mark_removed("a.txt")
    assert first is not None and first.after == 1 and first.n == 1
    assert store.mark_removed("a.txt") is None
    assert store.is_removed("a.txt")
    back = store.mark_restored("a.txt", "seeds/a.txt")
    assert back is not None and back.n == 2 and not store.is_removed("a.txt")
    assert store.mark_restored("a.txt", "seeds/a.txt") is None
    assert len(store.history("a.txt")) == 1


def test_torn_manifest_tail_is_ignored_by_readers_and_cut_by_writers(store: SnapshotStore) -> None:
    """A half-written last manifest line does not hide earlier versions and is repaired by the next put."""
    store.put("a.txt", b"1", "a.txt")
    manifest = store.root / "a.txt" / "manifest.jsonl"
    with manifest.open("ab") as fh:
        fh.write(b'{"version": 2, "taken_at": "2026-')
    assert [v.number for v in store.history("a.txt")] == [1]
    v = store.put("a.txt", b"2", "a.txt")
    assert v is not None and v.number == 2
    assert all(json.loads(line) for line in manifest.read_text().splitlines())
    assert store.verify() == []


def test_complete_record_missing_its_newline_is_kept(store: SnapshotStore) -> None:
    """A manifest record that lost only its newline is kept, not cut off."""
    store.put("a.txt", b"1", "a.txt")
    store.put("a.txt", b"2", "a.txt")
    manifest = store.root / "a.txt" / "manifest.jsonl"
    manifest.write_bytes(manifest.read_bytes().rstrip(b"\n"))
    assert store.put("a.txt", b"3", "a.txt") is not None
    assert [v.number for v in store.history("a.txt")] == [1, 2, 3]
    assert store.verify() == []


def test_version_file_without_manifest_line_is_adopted(store: SnapshotStore) -> None:
    """A complete version file whose manifest line was never written is recorded, not lost or overwritten."""
    store.put("a.txt", b"1", "seeds/a.txt")
    (store.root / "a.txt" / "v0002.txt").write_bytes(b"two")
    (store.root / "a.txt" / ".v0003.txt.tmp-1-2").write_bytes(b"thr")
    v = store.put("a.txt", b"three", "seeds/a.txt")
    assert v is not None and v.number == 3
    assert store.read(store.resolve("a.txt", "v2")) == b"two"
    assert not list((store.root / "a.txt").glob(".*.tmp-*"))
    assert store.verify() == []


def test_corrupt_manifest_line_is_a_clear_error(store: SnapshotStore) -> None:
    """A manifest broken in the middle (by hand) names the file and line."""
    store.put("a.txt", b"1", "a.txt")
    store.put("a.txt", b"2", "a.txt")
    manifest = store.root / "a.txt" / "manifest.jsonl"
    lines = manifest.read_text().splitlines()
    manifest.write_text("garbage\n" + lines[1] + "\n")
    with pytest.raises(StoreError, match=r"manifest.jsonl:1: corrupt manifest line"):
        store.history("a.txt")


def test_missing_snapshot_file_is_a_clear_error(store: SnapshotStore) -> None:
    """Reading a version whose file was deleted by hand says so instead of crashing."""
    v = store.put("a.txt", b"1", "a.txt")
    assert v is not None
    v.path.unlink()
    with pytest.raises(StoreError, match="missing"):
        store.read(v)
    assert store.verify()


def test_lock_is_reentrant_in_process_and_exclusive_across_processes(store: SnapshotStore) -> None:
    """A second process cannot take a held lock; the error names the holder."""
    probe = textwrap.dedent(f"""
        from pathlib import Path
        from monitor.errors import StoreLocked
        from monitor.store import SnapshotStore
        try:
            with SnapshotStore(Path({str(store.root)!r})).lock(blocking=False):
                print("got it")
        except StoreLocked as exc:
            print(exc)
    """)
    with store.lock(purpose="watch"), store.lock():
        out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
        assert "in use by monitor watch (pid" in out
        assert lock_holder(store.root) == f"{os.getpid()} watch"
        store.put("a.txt", b"1", "a.txt")  # re-entrant: put takes the lock again
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "got it"
    assert lock_holder(store.root) is None


def test_lock_timeout_raises_store_locked(store: SnapshotStore) -> None:
    """Waiting for a held lock gives up after the timeout with StoreLocked."""
    holder = subprocess.Popen(
        [sys.executable, "-c",
         f"import time; from pathlib import Path; from monitor.store import SnapshotStore\n"
         f"with SnapshotStore(Path({str(store.root)!r})).lock(purpose='scan'):\n"
         f"    print('held', flush=True); time.sleep(30)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        start = time.monotonic()
        with pytest.raises(StoreLocked, match="monitor scan"), store.lock(timeout=0.3):
            pass
        assert 0.25 < time.monotonic() - start < 3
    finally:
        holder.kill()
        holder.wait()


_WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from monitor.store import SnapshotStore
    store = SnapshotStore(Path(sys.argv[1]))
    mode = sys.argv[2]
    if mode == "same":
        for i in range(40):
            store.put(f"doc{i}.txt", f"content {i}".encode() * 50, f"doc{i}.txt")
    else:
        for i in range(int(sys.argv[3])):
            store.put("busy.txt", (f"{mode} {i} " * 2000).encode(), "busy.txt")
""")


def test_two_processes_never_make_duplicate_versions(store: SnapshotStore) -> None:
    """Two processes storing the same documents at once make exactly one version of each."""
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, str(store.root), "same"]) for _ in range(2)]
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    assert len(store.documents()) == 40
    assert all(len(store.history(d)) == 1 for d in store.documents())
    assert store.verify() == []


def test_two_processes_interleaving_keep_numbering_contiguous(store: SnapshotStore) -> None:
    """Concurrent writers of one document produce contiguous numbers and no torn or duplicate versions."""
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, str(store.root), tag, "60"]) for tag in "AB"]
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    history = store.history("busy.txt")
    assert [v.number for v in history] == list(range(1, 121))
    assert len({v.sha256 for v in history}) == 120
    assert store.verify() == []


@pytest.mark.serial  # writers killed 0.25-0.66 s after their start must have stored something
def test_kill_9_at_any_moment_leaves_the_store_consistent(store: SnapshotStore) -> None:
    """SIGKILL during a stream of puts never leaves a manifest entry without its complete file."""
    script = _WRITER
    total = 0
    for attempt in range(12):
        proc = subprocess.Popen([sys.executable, "-c", script, str(store.root), f"K{attempt}", "100000"])
        time.sleep(0.25 + 0.037 * attempt)  # start-up takes ~0.15 s; then kill at varying points in the stream
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        # The next writer repairs whatever the kill left: torn manifest tail, temp file, unrecorded version.
        v = store.put("busy.txt", f"after kill {attempt}".encode(), "busy.txt")
        assert v is not None
        assert store.verify() == []
        history = store.history("busy.txt")
        assert [x.number for x in history] == list(range(1, len(history) + 1))
        assert len(history) > total
        total = len(history)
        assert not list((store.root / "busy.txt").glob(".*.tmp-*"))
    assert total > 12  # the writers did get work done between kills
