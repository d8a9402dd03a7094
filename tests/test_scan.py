"""scan(): documents under the roots → snapshots → changelog entries, and the scan/log/show/status commands."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from monitor.changelog import Changelog
from monitor.config import Config, load_config
from monitor.scan import ScanEvent, read_document, scan
from monitor.store import SnapshotStore

# The same tests on both index backends: SQLite in the store, and a real PostgreSQL server (see conftest).
pytestmark = pytest.mark.usefixtures("index_backend")

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_2193723a970063a4.txt"
MONITOR = Path(sys.executable).parent / "monitor"
DOC = "Outlook\n\nRussia will not agree to a ceasefire this year.\n\nTalks continue in Geneva.\n"


def _config(base: Path, extra: str = "") -> Config:
    (base / "seeds").mkdir(exist_ok=True)
    # A short quiet period: files written by a test are taken by the scan right after (see test_settle_*).
    (base / "config.yaml").write_text(f"roots: [seeds]\nsnapshots: snapshots\ndebounce_seconds: 0.05\n{extra}")
    return load_config(base / "config.yaml")


def _entries(config: Config) -> list[dict[str, object]]:
    path = config.changelog_jsonl
    return [json.loads(x) for x in path.read_text().splitlines()] if path.exists() else []


def _monitor(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "MONITOR_CONFIG"}
    return subprocess.run([str(MONITOR), *args], cwd=cwd, capture_output=True, text=True, timeout=60, env=env,
                          check=False)


@pytest.fixture
def cfg(tmp_path: Path) -> Config:
    return _config(tmp_path)


def test_first_scan_adds_every_document_once(cfg: Config) -> None:
    """New documents get one version and one `added` entry each; a second scan changes nothing."""
    (cfg.roots[0] / "a.txt").write_text(DOC)
    (cfg.roots[0] / "sub").mkdir()
    (cfg.roots[0] / "sub" / "b.md").write_text("# B\n\nHello.\n")
    events = scan(cfg)
    assert sorted((e.kind, e.doc, e.version) for e in events) == [("added", "seeds__a.txt", 1),
                                                                   ("added", "seeds__sub__b.md", 1)]
    assert [e["kind"] for e in _entries(cfg)] == ["added", "added"]
    assert scan(cfg) == []
    assert len(_entries(cfg)) == 2


def test_an_edit_makes_a_changed_entry_with_counts(cfg: Config) -> None:
    """Editing a sentence snapshots a new version and appends a `changed` entry diffed against the last one."""
    doc = cfg.roots[0] / "a.txt"
    doc.write_text(DOC)
    scan(cfg)
    doc.write_text(DOC.replace("will not agree", "will agree"))
    (event,) = scan(cfg)
    assert (event.kind, event.doc, event.version) == ("changed", "seeds__a.txt", 2)
    assert "1 modified" in event.message
    last = _entries(cfg)[-1]
    assert (last["old_version"], last["new_version"], last["kind"]) == (1, 2, "changed")
    md = cfg.changelog_markdown.read_text()
    assert md.index("v1 → v2") < md.index("added as v1")


def test_whitespace_only_save_is_still_one_version(cfg: Config) -> None:
    """New bytes are always a version (the store keeps exact bytes); the entry says no paragraph changed."""
    doc = cfg.roots[0] / "a.txt"
    doc.write_text(DOC)
    scan(cfg)
    doc.write_text(DOC.replace("\n", "\r\n"))
    (event,) = scan(cfg)
    assert event.kind == "changed" and "no paragraph changed" in event.message


def test_deleted_document_gets_one_removed_entry(cfg: Config) -> None:
    """A vanished source file is recorded as removed once; its snapshots stay."""
    doc = cfg.roots[0] / "a.txt"
    doc.write_text(DOC)
    scan(cfg)
    doc.unlink()
    (event,) = scan(cfg)
    assert (event.kind, event.doc) == ("removed", "seeds__a.txt")
    assert scan(cfg) == []
    assert [e["kind"] for e in _entries(cfg)] == ["added", "removed"]
    assert SnapshotStore(cfg.snapshots).read(SnapshotStore(cfg.snapshots).resolve("seeds__a.txt", "v1")) == DOC.encode()


def test_renamed_document_is_recognised_by_its_content(cfg: Config) -> None:
    """A file moved to a new name with the same content is one `renamed` entry, not removed + added."""
    (cfg.roots[0] / "a.txt").write_text(DOC)
    scan(cfg)
    (cfg.roots[0] / "a.txt").rename(cfg.roots[0] / "b.txt")
    (event,) = scan(cfg)
    assert (event.kind, event.doc, event.version) == ("renamed", "seeds__b.txt", 1)
    assert "renamed from seeds__a.txt@v1" in event.message
    assert [e["kind"] for e in _entries(cfg)] == ["added", "renamed"]
    store = SnapshotStore(cfg.snapshots)
    assert store.is_removed("seeds__a.txt") and store.events("seeds__a.txt")[0].to == "seeds__b.txt"


def test_restored_document_is_reported_back(cfg: Config) -> None:
    """A deleted file that comes back unchanged gets an `added` entry noting the restore; edited, a change."""
    doc = cfg.roots[0] / "a.txt"
    doc.write_text(DOC)
    scan(cfg)
    doc.unlink()
    scan(cfg)
    doc.write_text(DOC)
    (event,) = scan(cfg)
    assert event.kind == "added" and "restored" in event.message
    doc.unlink()
    scan(cfg)
    doc.write_text(DOC + "\nA new paragraph.\n")
    (event,) = scan(cfg)
    assert (event.kind, event.version) == ("changed", 2)
    assert [e["kind"] for e in _entries(cfg)] == ["added", "removed", "added", "removed", "changed"]


def test_bad_files_are_skipped_with_a_reason_and_others_processed(tmp_path: Path) -> None:
    """Binary, empty, huge, FIFO, symlink-loop and folder-named-like-a-document never stop a scan."""
    cfg = _config(tmp_path, "max_file_bytes: 2000\nfollow_symlinks: true\n")
    seeds = cfg.roots[0]
    (seeds / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR" * 10)
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "huge.txt").write_text("word " * 1000)
    os.mkfifo(seeds / "pipe.txt")
    (seeds / "loop.txt").symlink_to("loop.txt")
    (seeds / "dangling.txt").symlink_to("nowhere.txt")
    (seeds / "good.txt").write_text(DOC)
    events = {e.path: e for e in scan(cfg)}
    assert events["seeds/good.txt"].kind == "added"
    reasons = {Path(p).name: e.message for p, e in events.items() if e.kind == "skipped" and p}
    assert "binary" in reasons["binary.txt"]
    assert "empty" in reasons["empty.txt"]
    assert "max_file_bytes" in reasons["huge.txt"]
    assert "FIFO" in reasons["pipe.txt"]
    assert "symlink loop" in reasons["loop.txt"]
    assert "broken symlink" in reasons["dangling.txt"]
    assert SnapshotStore(cfg.snapshots).documents() == ["seeds__good.txt"]
    assert "skipped" in json.loads((cfg.snapshots / ".status.json").read_text())["last_error"]["message"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode; FIFO test covers unreadable")
def test_permission_denied_is_skipped(cfg: Config) -> None:
    """A file the monitor user may not read is skipped with a line saying so."""
    doc = cfg.roots[0] / "secret.txt"
    doc.write_text(DOC)
    doc.chmod(0)
    (event,) = scan(cfg)
    assert event.kind == "skipped" and "permission denied" in event.message


def test_a_store_inside_a_root_is_refused_and_the_changelog_never_scanned(tmp_path: Path) -> None:
    """A store inside a watched folder is a config error naming both; watching the project folder with the
    store outside it never snapshots the changelog (no feedback loop)."""
    (tmp_path / "project").mkdir()
    config = tmp_path / "project" / "config.yaml"
    config.write_text("roots: ['.']\nsnapshots: snapshots\n")
    result = _monitor("scan", cwd=tmp_path / "project")
    assert result.returncode == 2
    assert "'snapshots' (snapshots) is inside the watched folder" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    config.write_text("roots: ['.']\nsnapshots: ../snapshots\n")
    cfg = load_config(config)
    (tmp_path / "project" / "a.md").write_text("# A\n\nText.\n")
    scan(cfg, settle=0)
    assert scan(cfg, settle=0) == []
    assert SnapshotStore(cfg.snapshots).documents() == ["root__a.md"]


def test_excluded_names_are_ignored(cfg: Config) -> None:
    """Editor swap, backup and hidden files are not documents."""
    for name in (".a.txt.swp", "a.txt~", "#a.txt#", ".hidden.txt", "a.bak", "notes.xlsx"):
        (cfg.roots[0] / name).write_text(DOC)
    (cfg.roots[0] / ".git").mkdir()
    (cfg.roots[0] / ".git" / "x.txt").write_text(DOC)
    assert scan(cfg) == []


def test_versions_without_entries_are_recovered_exactly_once(cfg: Config) -> None:
    """A version stored just before a crash gets its entry at the next scan, and only once."""
    doc = cfg.roots[0] / "a.txt"
    doc.write_text(DOC)
    scan(cfg)
    # As if killed after store.put and before the changelog append.
    SnapshotStore(cfg.snapshots).put("seeds__a.txt", b"Outlook\n\nTalks ended.\n", "seeds/a.txt")
    doc.write_text("Outlook\n\nTalks ended.\n")
    (event,) = scan(cfg)
    assert (event.kind, event.version) == ("changed", 2)
    scan(cfg)
    keys = [e["key"] for e in _entries(cfg)]
    assert keys == ["seeds__a.txt@v1", "seeds__a.txt@v2"]


def test_lost_changelog_is_rebuilt_from_the_store(cfg: Config) -> None:
    """Deleting both changelog files and scanning rebuilds them from the index, as they were; deleting the
    index too writes every entry again from the store, in version order."""
    doc = cfg.roots[0] / "a.txt"
    for text in (DOC, DOC + "\nMore.\n", DOC + "\nEven more.\n"):
        doc.write_text(text)
        scan(cfg)
    files = (cfg.changelog_jsonl.read_bytes(), cfg.changelog_markdown.read_bytes())
    cfg.changelog_jsonl.unlink()
    cfg.changelog_markdown.unlink()
    assert scan(cfg) == []
    assert (cfg.changelog_jsonl.read_bytes(), cfg.changelog_markdown.read_bytes()) == files
    cfg.changelog_jsonl.unlink()
    cfg.changelog_markdown.unlink()
    # The SQLite index is a file; in a shared PostgreSQL index a store's rows are found by its id.
    for name in ("index.sqlite3", "index.sqlite3-wal", "index.sqlite3-shm", ".store-id"):
        (cfg.snapshots / name).unlink(missing_ok=True)
    events = scan(cfg)
    assert [(e.kind, e.version) for e in events] == [("added", 1), ("changed", 2), ("changed", 3)]


def test_scan_of_given_paths_only_touches_them(cfg: Config) -> None:
    """`scan(paths)` reads just those files; a path outside every root is an error event."""
    (cfg.roots[0] / "a.txt").write_text(DOC)
    (cfg.roots[0] / "b.txt").write_text(DOC + "b")
    events = scan(cfg, [cfg.roots[0] / "a.txt"])
    assert [e.doc for e in events] == ["seeds__a.txt"]
    outside = cfg.base / "elsewhere.txt"
    outside.write_text(DOC)
    (event,) = scan(cfg, [outside])
    assert event.kind == "error" and "not under a watched folder" in event.message


def test_missing_root_is_an_error_not_a_mass_removal(cfg: Config) -> None:
    """If the watched folder disappears (an unmounted share), documents are not marked removed."""
    (cfg.roots[0] / "a.txt").write_text(DOC)
    scan(cfg)
    (cfg.roots[0] / "a.txt").rename(cfg.base / "a.txt")
    cfg.roots[0].rmdir()
    events = scan(cfg)
    assert [e.kind for e in events] == ["error"]
    assert not SnapshotStore(cfg.snapshots).is_removed("seeds__a.txt")


def test_read_document_refuses_what_is_not_a_regular_file(tmp_path: Path) -> None:
    """A FIFO is refused without blocking, and a folder named like a document is refused too."""
    from monitor.errors import InputError

    os.mkfifo(tmp_path / "p.txt")
    (tmp_path / "d.txt").mkdir()
    for name in ("p.txt", "d.txt"):
        with pytest.raises(InputError):
            read_document(tmp_path / name, 1000)


def test_scan_events_are_one_line_each(cfg: Config) -> None:
    """Every event renders as one log line naming the document or file."""
    (cfg.roots[0] / "a.txt").write_text(DOC)
    lines: list[str] = []

    def log(event: ScanEvent) -> None:
        lines.append(event.line())

    scan(cfg, log=log)
    assert lines == ["added seeds__a.txt@v1 (seeds/a.txt): added, 3 paragraphs"] or (
        len(lines) == 1 and lines[0].startswith("added seeds__a.txt@v1 (seeds/a.txt): added"))
    assert all("\n" not in line for line in lines)


# ---------------------------------------------------------------------------------------------- commands
def test_scan_command_prints_one_line_per_new_version(cfg: Config) -> None:
    """`monitor scan` prints one line per new version and exits 0; skipped files go to stderr."""
    (cfg.roots[0] / "a.txt").write_text(DOC)
    (cfg.roots[0] / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    proc = _monitor("scan", cwd=cfg.base)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines == [line for line in lines if line.startswith("added seeds__a.txt@v1")]
    assert len(proc.stdout.splitlines()) == 1
    assert "skipped seeds/bin.txt" in proc.stderr and "Traceback" not in proc.stderr
    again = _monitor("scan", cwd=cfg.base)
    assert again.returncode == 0 and again.stdout == ""


def test_log_and_show_commands(cfg: Config) -> None:
    """`monitor log` lists versions with size, short hash and summary; `monitor show` prints exact bytes."""
    doc = cfg.roots[0] / "a.txt"
    doc.write_bytes(DOC.encode())
    _monitor("scan", cwd=cfg.base)
    doc.write_bytes(DOC.replace("not ", "").replace("\n", "\r\n").encode())
    _monitor("scan", cwd=cfg.base)
    log = _monitor("log", "seeds__a.txt", cwd=cfg.base)
    assert log.returncode == 0
    first, second = log.stdout.splitlines()
    assert first.startswith("v1 ") and "added" in first
    assert second.startswith("v2 ") and "changed: 1 modified" in second
    store = SnapshotStore(cfg.snapshots)
    assert store.resolve("seeds__a.txt", "v2").sha256[:8] in second
    listing = _monitor("log", cwd=cfg.base)
    assert listing.stdout.startswith("seeds__a.txt  2 versions")
    shown = subprocess.run([str(MONITOR), "show", "seeds__a.txt@v2"], cwd=cfg.base, capture_output=True, check=False)
    assert shown.stdout == doc.read_bytes()
    assert _monitor("show", "seeds__a.txt@first", cwd=cfg.base).stdout == DOC
    assert _monitor("show", "v1", cwd=cfg.base).stdout == DOC  # one tracked document: DOC may be left out


@pytest.mark.parametrize(("args", "message"), [
    (("show", "nope@v1"), "unknown document 'nope' (known: seeds__a.txt)"),
    (("show", "seeds__a.txt@v7"), "seeds__a.txt@v7: no such version; 'seeds__a.txt' has only v1"),
    (("log", "zzz"), "unknown document 'zzz'"),
])
def test_store_errors_are_one_line_and_exit_2(cfg: Config, args: tuple[str, ...], message: str) -> None:
    """Unknown documents and versions are one line on stderr and exit status 2, never a traceback."""
    (cfg.roots[0] / "a.txt").write_text(DOC)
    _monitor("scan", cwd=cfg.base)
    proc = _monitor(*args, cwd=cfg.base)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and message in proc.stderr


def test_status_command_reports_store_and_daemon(cfg: Config) -> None:
    """`monitor status` shows documents, versions, last scan, last error and whether a daemon runs."""
    (cfg.roots[0] / "a.txt").write_text(DOC)
    (cfg.roots[0] / "bin.txt").write_bytes(b"\x00" * 10)
    _monitor("scan", cwd=cfg.base)
    out = _monitor("status", cwd=cfg.base).stdout
    assert "documents:   1 tracked, 1 version" in out
    assert "last scan:   20" in out
    assert "skipped seeds/bin.txt: binary file" in out
    assert "daemon:      not running" in out
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; from monitor.store import SnapshotStore\n"
         f"with SnapshotStore(Path({str(cfg.snapshots)!r})).lock(purpose='watch'):\n"
         "    print('held', flush=True); time.sleep(30)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert f"daemon:      running (pid {holder.pid})" in _monitor("status", cwd=cfg.base).stdout
        refused = _monitor("scan", cwd=cfg.base)
        assert refused.returncode == 2 and f"monitor watch (pid {holder.pid})" in refused.stderr
    finally:
        holder.kill()
        holder.wait()


def test_two_scans_at_once_never_duplicate(cfg: Config) -> None:
    """Two `monitor scan` processes started together make one version and one entry per document."""
    for i in range(30):
        (cfg.roots[0] / f"d{i:02d}.txt").write_text(f"{DOC}\nDocument {i}.\n")
    env = {k: v for k, v in os.environ.items() if k != "MONITOR_CONFIG"}
    procs = [subprocess.Popen([str(MONITOR), "scan"], cwd=cfg.base, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, env=env) for _ in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[1].decode() for o in outs]  # (each one's error line, whole)
    assert sum(len(o[0].splitlines()) for o in outs) == 30
    keys = [e["key"] for e in _entries(cfg)]
    assert len(keys) == len(set(keys)) == 30
    assert SnapshotStore(cfg.snapshots).verify() == []
    assert Changelog(cfg.changelog_markdown, cfg.changelog_jsonl).markdown.read_text().count("<!-- monitor:entry") == 30


def test_python_dash_m_runs_the_cli(cfg: Config) -> None:
    """`python -m monitor` is the same command line as the `monitor` script."""
    proc = subprocess.run([sys.executable, "-m", "monitor", "status"], cwd=cfg.base, capture_output=True,
                          text=True, check=False)
    assert proc.returncode == 0 and "documents:" in proc.stdout


def test_seed_document_round_trips_through_the_store(cfg: Config) -> None:
    """The seed chapter is stored byte for byte and `monitor show` gives it back unchanged."""
    (cfg.roots[0] / SEED.name).write_bytes(SEED.read_bytes())
    scan(cfg)
    shown = subprocess.run([str(MONITOR), "show", f"seeds__{SEED.name}@latest"], cwd=cfg.base, capture_output=True,
                           check=False)
    assert shown.stdout == SEED.read_bytes()


def test_scan_of_a_deleted_folder_removes_the_documents_in_it(cfg: Config) -> None:
    """A daemon event naming a folder that was deleted marks every document under it removed."""
    folder = cfg.roots[0] / "asia"
    folder.mkdir()
    (folder / "japan.txt").write_text(DOC)
    (folder / "korea.txt").write_text(DOC + "Korea.\n")
    (cfg.roots[0] / "other.txt").write_text(DOC + "Other.\n")
    scan(cfg)
    for child in folder.iterdir():
        child.unlink()
    folder.rmdir()
    events = scan(cfg, [folder])
    assert sorted((e.kind, e.doc) for e in events) == [("removed", "seeds__asia__japan.txt"),
                                                       ("removed", "seeds__asia__korea.txt")]
