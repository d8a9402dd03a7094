"""The history index: versioned schema upgraded in place, views read from it, one line when it is unreachable,
and two daemons sharing one PostgreSQL index keep exactly one entry per version through kill -9s."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from monitor.config import Config, load_config
from monitor.index import base as index_base
from monitor.index import open_index
from monitor.index.schema import SCHEMA_VERSION
from monitor.scan import scan
from monitor.store import SnapshotStore
from tests.conftest import run_monitor

DOC = "Outlook\n\nRussia will not agree to a ceasefire this year.\n\nTalks continue in Geneva.\n"
EDIT = DOC.replace("will not agree", "will probably agree")


def _project(base: Path, extra: str = "") -> Config:
    (base / "seeds").mkdir(parents=True, exist_ok=True)
    (base / "config.yaml").write_text(f"roots: [seeds]\nsnapshots: snapshots\ndebounce_seconds: 0.05\n{extra}")
    return load_config(base / "config.yaml")


def _two_versions(cfg: Config) -> str:
    doc = cfg.roots[0] / "a.txt"
    doc.write_text(DOC)
    scan(cfg, settle=0)
    doc.write_text(EDIT)
    scan(cfg, settle=0)
    return "seeds__a.txt"


@pytest.mark.usefixtures("index_backend")
def test_an_old_index_is_upgraded_in_place_keeping_its_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An index at schema version 1 (no `sources` table) is migrated to the current version by the next
    writer, its entries kept: never dropped and rebuilt."""
    cfg = _project(tmp_path)
    if os.environ.get("MONITOR_INDEX"):  # a database of its own: the shared one is at the current version
        import psycopg

        name = f"upgrade_{random.randrange(1 << 30)}"
        with psycopg.connect(os.environ["MONITOR_INDEX"], autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        monkeypatch.setenv("MONITOR_INDEX", os.environ["MONITOR_INDEX"].rsplit("/", 1)[0] + f"/{name}")
    monkeypatch.setattr(index_base, "SCHEMA_VERSION", 1)  # as the first monitor with an index left it
    old = open_index(cfg)
    assert old is not None and old.schema_version() == 1
    line = b'{"key": "seeds__a.txt@v1", "kind": "added"}\n'
    assert old.record_entry("seeds__a.txt@v1", "seeds__a.txt", "added", None, 1, "2026-11-25T10:12:03Z",
                            "added, 1 paragraph", line, [])
    old.close()
    monkeypatch.setattr(index_base, "SCHEMA_VERSION", SCHEMA_VERSION)
    index = open_index(cfg)
    assert index is not None
    assert index.schema_version() == SCHEMA_VERSION >= 2
    assert index.entry_keys() == ["seeds__a.txt@v1"] and index.summaries("seeds__a.txt") == {1: "added, 1 paragraph"}
    assert index.sources() == {}  # the table migration 2 added is there
    index.close()


@pytest.mark.usefixtures("index_backend")
def test_log_status_and_show_read_the_index_not_the_manifests(tmp_path: Path) -> None:
    """With every manifest made unreadable, `monitor log`, `status` and `show` still answer from the index
    (the version's bytes aside, which `show` reads from the store)."""
    cfg = _project(tmp_path)
    doc = _two_versions(cfg)
    (cfg.snapshots / doc / "manifest.jsonl").write_text("not a manifest\n")
    log = run_monitor("log", doc, cwd=tmp_path)
    assert log.returncode == 0, log.stderr
    lines = log.stdout.splitlines()
    assert len(lines) == 2 and "added, 3 paragraphs" in lines[0] and "changed: 1 modified" in lines[1], lines
    everything = run_monitor("log", cwd=tmp_path)
    assert everything.stdout.startswith(f"{doc}  2 versions, latest v2"), everything.stdout
    status = run_monitor("status", cwd=tmp_path)
    assert "1 tracked, 2 versions" in status.stdout, status.stdout
    show = run_monitor("show", f"{doc}@v2", cwd=tmp_path)
    assert (show.returncode, show.stdout) == (0, EDIT)
    unknown = run_monitor("log", "nope.txt", cwd=tmp_path)
    assert unknown.returncode == 2 and f"known: {doc}" in unknown.stderr


@pytest.mark.usefixtures("index_backend")
def test_each_changed_judgment_is_a_row(tmp_path: Path) -> None:
    """The negation dropped in version 2 is one judgment row: kind, severity, both sentences, explanation."""
    cfg = _project(tmp_path)
    doc = _two_versions(cfg)
    index = open_index(cfg)
    assert index is not None
    rows = index.judgments(doc)
    index.close()
    assert rows, "no judgment rows recorded"
    old, new, first = rows[0]
    assert (old, new) == (1, 2)
    assert first.before == "Russia will not agree to a ceasefire this year."
    assert first.after == "Russia will probably agree to a ceasefire this year."
    assert first.severity == "high" and first.explanation


@pytest.mark.usefixtures("index_backend")
def test_entry_bodies_are_small_and_old_bodies_still_read(tmp_path: Path) -> None:
    """A one-word edit's entry is stored in well under half its JSONL line, and a body an earlier monitor
    wrote (plain zlib, no preset dictionary) still reads back as its line."""
    import zlib

    cfg = _project(tmp_path)
    doc = _two_versions(cfg)
    index = open_index(cfg)
    assert index is not None
    try:
        line = next(r.line for r in index.entries(doc=doc) if r.key.endswith("@v2"))
        assert len(index_base.pack_body(line)) < min(len(zlib.compress(line, 9)) * 0.8, len(line) / 2)
        old_line = b'{"key": "seeds__b.txt@v1", "kind": "added"}\n'
        index._write(lambda cur: index._exec(cur, (  # as the monitor of schema 3 stored it
            "INSERT INTO entries (store, key, doc, kind, old_version, new_version, recorded_at, summary, format,"
            " body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), (index.store, "seeds__b.txt@v1", "seeds__b.txt",
            "added", None, 1, "2026-11-25T10:12:03Z", "added", 2, zlib.compress(old_line, 6))))
        assert [r.line for r in index.entries(keys=["seeds__b.txt@v1"])] == [old_line]
    finally:
        index.close()


def test_a_server_that_is_down_is_one_line_and_exit_2(tmp_path: Path) -> None:
    """`index: postgresql://…` naming a server that does not answer: scan and log each say so in one line
    (which index, what to do), exit 2, no traceback; the versions already stored stay."""
    cfg = _project(tmp_path, "index: postgresql://monitor:secret@127.0.0.1:9/none\n")
    (cfg.roots[0] / "a.txt").write_text(DOC)
    env = {"MONITOR_INDEX": ""}
    for args in (("scan",), ("log", "seeds__a.txt"), ("status",)):
        (cfg.snapshots / ".store-id").parent.mkdir(exist_ok=True)
        (cfg.snapshots / ".store-id").write_text("abc\n")
        proc = run_monitor(*args, cwd=tmp_path, env=env)
        assert proc.returncode == 2, (args, proc.stdout, proc.stderr)
        assert len(proc.stderr.splitlines()) == 1 and "Traceback" not in proc.stderr, proc.stderr
        assert "cannot reach the PostgreSQL server" in proc.stderr and "secret" not in proc.stderr, proc.stderr


def test_a_bad_index_setting_is_one_line(tmp_path: Path) -> None:
    """`index: mysql://…` is refused when config.yaml is read, naming the key and what it accepts."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "config.yaml").write_text("roots: [seeds]\nsnapshots: snapshots\nindex: mysql://db/x\n")
    proc = run_monitor("scan", cwd=tmp_path)
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1
    assert "'index' must be a PostgreSQL URL" in proc.stderr


def test_monitor_diff_does_not_load_the_index(tmp_path: Path) -> None:
    """`monitor diff` of two files never imports the index, sqlite3 or psycopg: it stays fast to start."""
    (tmp_path / "a.txt").write_text(DOC)
    (tmp_path / "b.txt").write_text(EDIT)
    code = ("import sys; from monitor.cli import main\n"
            "try:\n    main(['diff', 'a.txt', 'b.txt'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.startswith(('monitor.index', 'psycopg', 'sqlite3'))),"
            " file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False,
                          timeout=60)
    assert proc.stderr.strip().splitlines()[-1] == "[]", proc.stderr


# ------------------------------------------------------------------------------ two daemons, one index
def _team(base: Path, name: str, url: str) -> Config:
    (base / "docs").mkdir(parents=True)
    (base / "config.yaml").write_text(
        f"roots: [{{path: docs, name: {name}}}]\nsnapshots: snapshots\ndebounce_seconds: 0.2\nrescan_minutes: 10\n"
        f"index: {url}\n")
    return load_config(base / "config.yaml")


def _start(cfg: Config) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k not in ("MONITOR_CONFIG", "MONITOR_INDEX")}
    # Its own process group: the kill takes the analysis workers too, as a crash or power cut does.
    return subprocess.Popen([sys.executable, "-m", "monitor", "watch"], cwd=cfg.base, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def _stored_keys(cfg: Config) -> set[str]:
    store = SnapshotStore(cfg.snapshots)
    return {f"{doc}@{v.label}" for doc in store.documents() for v in store.history(doc)}


@pytest.mark.serial  # kill -9 at random moments: the saves between kills must become versions
def test_two_daemons_sharing_one_postgresql_index_survive_kill_9(tmp_path: Path, postgres_url: str) -> None:
    """Two `monitor watch` daemons on two roots (two stores) feed one PostgreSQL index while documents are
    edited; each is killed with -9 at random moments and restarted. In the end every stored version has
    exactly one entry: in the index, in changelog.jsonl and in CHANGELOG.md of its own store."""
    import psycopg

    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    teams = [_team(tmp_path / name, name, postgres_url) for name in ("teamA", "teamB")]
    for cfg in teams:
        for i in range(6):
            (cfg.roots[0] / f"d{i}.txt").write_text(f"Document {i}\n\n{DOC}")
    procs = [_start(cfg) for cfg in teams]
    kills = 0
    try:
        for round_ in range(12):
            for cfg in teams:
                for i in rng.sample(range(6), 2):
                    (cfg.roots[0] / f"d{i}.txt").write_text(f"Document {i}\n\n{DOC}\n\nRevision {round_}.\n")
            time.sleep(rng.uniform(0.1, 0.9))
            victim = rng.randrange(2)
            os.killpg(procs[victim].pid, signal.SIGKILL)
            procs[victim].wait()
            kills += 1
            procs[victim] = _start(teams[victim])
        time.sleep(1.0)
    finally:
        for proc in procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(timeout=10)
    for cfg in teams:  # what the last daemon left unfinished, a scan finishes (as the next start would)
        done = run_monitor("scan", cwd=cfg.base, env={"MONITOR_INDEX": ""})
        assert done.returncode == 0, done.stderr
    with psycopg.connect(postgres_url) as conn:
        for cfg in teams:
            store = (cfg.snapshots / ".store-id").read_text().strip()
            rows = conn.execute("SELECT key, COUNT(*) FROM entries WHERE store = %s GROUP BY key", (store,)).fetchall()
            doubled = [k for k, n in rows if n != 1]
            assert not doubled, f"seed {seed}: doubled in the index: {doubled}"
            stored = _stored_keys(cfg)
            assert {k for k, _ in rows} == stored, f"seed {seed}: index and store differ for {cfg.base.name}"
            lines = [json.loads(x)["key"] for x in cfg.changelog_jsonl.read_text().splitlines()]
            assert sorted(lines) == sorted(stored), f"seed {seed}: changelog.jsonl of {cfg.base.name}"
            md = cfg.changelog_markdown.read_text()
            assert md.count("<!-- monitor:entry ") == len(stored), f"seed {seed}: CHANGELOG.md of {cfg.base.name}"
            assert all(k.startswith(cfg.base.name) for k in stored)
    assert kills == 12
    assert sum(len(_stored_keys(cfg)) for cfg in teams) > 12 + 6  # the edits became versions between the kills


@pytest.mark.usefixtures("index_backend")
def test_long_reads_come_in_pages_with_a_call_between(tmp_path: Path) -> None:
    """A full rescan reads 10,000 rows in pages and lets a save be scanned between two: every row is read
    once, in order, with the callback between pages."""
    from monitor.index.base import SourceRow

    cfg = _project(tmp_path)
    index = open_index(cfg)
    assert index is not None
    index.put_sources([SourceRow(f"seeds/{i:05d}.txt", f"seeds__{i:05d}.txt", i, i, i, "0" * 64)
                       for i in range(4500)])
    calls: list[int] = []
    rows = index.sources(lambda: calls.append(1))
    index.close()
    assert len(rows) == 4500 and rows["seeds/04499.txt"].size == 4499
    assert len(calls) == 4500 // index_base.PAGE_ROWS >= 2


_OPEN_AT_ONCE = """
import sys
from pathlib import Path
from monitor.index.sqlite import SqliteIndex
path = Path(sys.argv[1])
sys.stdin.readline()  # both processes start here together
SqliteIndex(path, "store", path.parent).migrate()
"""


def test_two_processes_opening_a_new_sqlite_index_at_once_both_succeed(tmp_path: Path) -> None:
    """Two processes that create the same new SQLite index at the same moment (two `monitor scan` runs started
    together) both open it: switching a new file to WAL is retried where SQLite answers the loser 'database is
    locked' at once instead of after its busy timeout. Real processes, released together, twenty times over."""
    for n in range(20):
        path = tmp_path / f"run{n}" / "index.sqlite3"
        path.parent.mkdir()
        procs = [subprocess.Popen([sys.executable, "-c", _OPEN_AT_ONCE, str(path)], stdin=subprocess.PIPE,
                                  stderr=subprocess.PIPE) for _ in range(2)]
        time.sleep(0.3)  # both have imported monitor and wait on their stdin
        for p in procs:
            assert p.stdin is not None
            p.stdin.write(b"go\n")
        for p in procs:
            assert p.stdin is not None
            p.stdin.flush()
        errors = [p.communicate(timeout=120)[1].decode() for p in procs]
        assert [p.returncode for p in procs] == [0, 0], (n, errors)
