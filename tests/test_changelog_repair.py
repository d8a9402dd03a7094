"""The changelog after a full disk or a kill -9: every version ends with exactly one entry in both files.

These run the real `monitor scan` as a subprocess on a real project (config.yaml, seeds/, snapshots/), fill a
real (tmpfs) disk, send real SIGKILLs, and build the on-disk states such failures leave.
"""

from __future__ import annotations

import errno
import json
import os
import random
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from monitor.changelog import Changelog, Entry
from monitor.config import Config, load_config
from monitor.index import open_index
from monitor.scan import scan
from monitor.store import SnapshotStore
from tests.conftest import MONITOR, SEED, run_monitor

# The same tests on both index backends: SQLite in the store, and a real PostgreSQL server (see conftest).
pytestmark = pytest.mark.usefixtures("index_backend")

CHAPTER = SEED.read_text(encoding="utf-8")
MARKER = "<!-- monitor:entry "


# ------------------------------------------------------------------------------------------------- helpers
def _project(base: Path, markdown_dir: Path | None = None, jsonl_dir: Path | None = None) -> Config:
    """A project folder as a user sets one up: config.yaml, seeds/ and (optionally) the changelog elsewhere."""
    (base / "seeds").mkdir(exist_ok=True)
    text = "roots: [seeds]\nsnapshots: snapshots\n"
    if markdown_dir or jsonl_dir:
        text += "changelog:\n"
        text += f"  markdown: {(markdown_dir or base) / 'CHANGELOG.md'}\n"
        text += f"  jsonl: {(jsonl_dir or base) / 'changelog.jsonl'}\n"
    (base / "config.yaml").write_text(text)
    return load_config(base / "config.yaml")


def _text(i: int, revision: int, size: int = 2500) -> str:
    """Document `i` at `revision`: a slice of the seed chapter, every paragraph touched by a new revision."""
    body = CHAPTER[:size].replace(" will ", f" will (rev {revision}) ") if revision else CHAPTER[:size]
    return f"Document {i}\n\n{body}\n\nRevision {revision} of document {i}.\n"


def _save(doc: Path, text: str) -> None:
    """Save `doc` as an editor did a while ago (so a scan need not wait for it to settle)."""
    doc.write_text(text)
    then = time.time() - 10
    os.utime(doc, (then, then))


def _write_docs(cfg: Config, count: int, revision: int, size: int = 2500) -> list[Path]:
    docs = [cfg.roots[0] / f"d{i:02d}.txt" for i in range(count)]
    for i, doc in enumerate(docs):
        _save(doc, _text(i, revision, size))
    return docs


def _scan(cfg: Config) -> subprocess.CompletedProcess[str]:
    return run_monitor("scan", cwd=cfg.base)


def _written(proc: subprocess.CompletedProcess[str]) -> list[str]:
    """The versions a `monitor scan` says it wrote an entry for."""
    return sorted(line.split()[1] for line in proc.stdout.splitlines())


def _ids(cfg: Config) -> list[str]:
    """The document ids the store gave d00.txt, d01.txt, … (in that order)."""
    return sorted(SnapshotStore(cfg.snapshots).documents())


def _stored_keys(cfg: Config) -> set[str]:
    """The key of every version the snapshot store holds: each must have exactly one changelog entry."""
    store = SnapshotStore(cfg.snapshots)
    return {f"{doc}@{v.label}" for doc in store.documents() for v in store.history(doc)}


def _jsonl_keys(cfg: Config) -> list[str]:
    raw = cfg.changelog_jsonl.read_bytes()
    assert raw.endswith(b"\n"), f"changelog.jsonl ends in a torn line: {raw[-80:]!r}"
    keys = []
    for line in raw.splitlines():
        data = json.loads(line)  # every line is one complete entry
        keys.append(data["key"])
    return keys


def _markdown_keys(cfg: Config) -> list[str]:
    text = cfg.changelog_markdown.read_text(encoding="utf-8")
    return [unquote(line[len(MARKER):].removesuffix(" -->")) for line in text.splitlines()
            if line.startswith(MARKER)]


def _assert_each_version_once(cfg: Config) -> None:
    """Both files have one entry per stored version, no more, and the Markdown is newest first."""
    keys = _jsonl_keys(cfg)
    doubled = sorted({k for k in keys if keys.count(k) > 1})
    assert not doubled, f"entries written twice in changelog.jsonl: {doubled}"
    expected = _stored_keys(cfg)
    assert set(keys) == expected, f"missing: {sorted(expected - set(keys))}, extra: {sorted(set(keys) - expected)}"
    assert _markdown_keys(cfg) == keys[::-1], "CHANGELOG.md is not one block per entry, newest first"


def _blocks(text: str) -> list[str]:
    """CHANGELOG.md cut at its entry markers: the preamble, then one piece per entry."""
    pieces = text.split(MARKER)
    return [pieces[0], *(MARKER + p for p in pieces[1:])]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 256 KiB filesystem (tmpfs), unmounted afterwards; skipped where mounting is not permitted."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(disk)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs to fill a disk (needs root): {mounted.stderr.strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True, check=False)


def _fill(disk: Path) -> Path:
    """Fill `disk` to the last byte; returns the file to delete to free the space again."""
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


def _append_tears(path: Path) -> bool:
    """Whether appending a long line to `path` now writes part of it and then fails (then undone)."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND)
    size = os.fstat(fd).st_size
    try:
        written = os.write(fd, b"x" * 65536)
    except OSError:
        written = 0
    finally:
        os.ftruncate(fd, size)
        os.close(fd)
    return 0 < written < 65536


# --------------------------------------------------------------------------------------------- full disk
def test_full_disk_mid_line_loses_no_entry_once_space_is_back(tmp_path: Path, small_disk: Path) -> None:
    """A scan that hits a full disk halfway through a changelog line writes every missing entry exactly once
    after space is freed, instead of gluing the next entry onto the torn line and losing one for good; each
    entry is reported once, by the scan that recorded it in the index."""
    cfg = _project(tmp_path, markdown_dir=small_disk, jsonl_dir=small_disk)
    docs = _write_docs(cfg, 3, 0, size=6000)
    assert _scan(cfg).returncode == 0
    for i, doc in enumerate(docs):  # every paragraph edited: each entry line is ~20 KB, longer than a page
        _save(doc, _text(i, 1, size=6000))
    filler = _fill(small_disk)
    assert _append_tears(cfg.changelog_jsonl), "this disk does not tear a long append (test precondition)"
    before = (cfg.changelog_jsonl.read_bytes(), cfg.changelog_markdown.read_bytes())
    said = []
    for _ in range(2):  # cron runs the scan again while the disk is still full
        failed = _scan(cfg)
        assert failed.returncode == 2 and "no space left on device" in failed.stderr, failed.stderr
        assert "Traceback" not in failed.stderr
        assert (cfg.changelog_jsonl.read_bytes(), cfg.changelog_markdown.read_bytes()) == before
        said += _written(failed)
    filler.unlink()
    done = _scan(cfg)
    assert done.returncode == 0, done.stderr
    assert sorted(said + _written(done)) == [f"{doc}@v2" for doc in _ids(cfg)]
    _assert_each_version_once(cfg)
    log = run_monitor("log", _ids(cfg)[1], cwd=tmp_path).stdout
    assert "no changelog entry yet" not in log and "changed:" in log


def test_one_changelog_object_heals_after_a_failed_write(tmp_path: Path, small_disk: Path) -> None:
    """In the daemon (one Changelog kept across scans), a Markdown write that failed on a full disk is
    rebuilt by the next scan once space is back, instead of staying one block short until a restart."""
    cfg = _project(tmp_path, markdown_dir=small_disk)
    store = SnapshotStore(cfg.snapshots)
    changelog = Changelog(cfg.changelog_markdown, cfg.changelog_jsonl)
    docs = _write_docs(cfg, 2, 0, size=6000)
    assert [e.kind for e in scan(cfg, store=store, changelog=changelog)] == ["added", "added"]
    filler = _fill(small_disk)
    for i, doc in enumerate(docs):
        _save(doc, _text(i, 1, size=6000))
    events = scan(cfg, store=store, changelog=changelog)
    assert any(e.kind == "error" and "no space left on device" in e.message for e in events), events
    # The record (the index, and the JSONL on the other disk) went ahead; the Markdown view did not.
    assert len(_jsonl_keys(cfg)) == 4 and len(_markdown_keys(cfg)) < 4
    filler.unlink()
    assert [e for e in scan(cfg, store=store, changelog=changelog) if e.kind == "error"] == []
    _assert_each_version_once(cfg)


def test_torn_and_run_together_lines_are_replaced_by_whole_entries(tmp_path: Path) -> None:
    """After a full disk left a torn last line and two entries glued on one line, one scan delivers the lost
    entries to both views again, exactly once, from the index (which `monitor log` reads all along)."""
    cfg = _project(tmp_path)
    docs = _write_docs(cfg, 3, 0)
    assert _scan(cfg).returncode == 0
    for i, doc in enumerate(docs):
        _save(doc, _text(i, 1))
    assert _scan(cfg).returncode == 0
    _save(docs[1], _text(1, 2))
    assert _scan(cfg).returncode == 0
    d1 = _ids(cfg)[1]
    lines = cfg.changelog_jsonl.read_bytes().splitlines(keepends=True)
    keys = [json.loads(x)["key"] for x in lines]
    assert len(keys) == 7 and keys[3].endswith("@v2") and keys[4].endswith("@v2") and keys[6] == f"{d1}@v3"
    # keys[3]'s append stopped halfway (disk full) and keys[4] was appended onto it; d1@v3 is torn at the end.
    # Neither lost entry has a Markdown block: its writer failed before getting there.
    glued = lines[3][: len(lines[3]) // 2] + lines[4]
    cfg.changelog_jsonl.write_bytes(b"".join(lines[:3]) + glued + lines[5] + lines[6][: len(lines[6]) // 3])
    md = cfg.changelog_markdown.read_text()
    cfg.changelog_markdown.write_text("".join(b for b in _blocks(md)
                                              if not b.startswith((f"{MARKER}{keys[3]} ", f"{MARKER}{keys[6]} "))))
    before = run_monitor("log", keys[3].split("@")[0], cwd=tmp_path).stdout
    assert "no changelog entry yet" not in before and "changed:" in before
    proc = _scan(cfg)
    assert proc.returncode == 0, proc.stderr
    assert _written(proc) == []  # nothing new: the entries were recorded, only the views had lost them
    _assert_each_version_once(cfg)
    for name in _ids(cfg):
        log = run_monitor("log", name, cwd=tmp_path).stdout.splitlines()
        assert len(log) == (3 if name == d1 else 2) and "no changelog entry yet" not in "".join(log), log
    assert _scan(cfg).stderr == "monitor: no new versions\n"
    assert cfg.changelog_jsonl.read_bytes().count(f'{{"key": "{keys[4]}"'.encode()) == 1


# ------------------------------------------------------------------------------------ the Markdown view
DAMAGES: dict[str, Callable[[bytes], bytes | None]] = {
    "block deleted (kill -9 after the JSONL append)": lambda md: md.replace(_blocks(md.decode())[2].encode(), b""),
    "block of an entry the JSONL does not have": lambda md: md.replace(
        b"\n" + MARKER.encode(), b"\n" + MARKER.encode() + b"ghost.txt@v9 -->\n## `ghost.txt`\n\n" + MARKER.encode(),
        1),
    "file deleted": lambda md: None,
    "file empty": lambda md: b"",
    "file truncated mid-block": lambda md: md[: md.index(MARKER.encode(), md.index(MARKER.encode()) + 1) + 300],
    "not valid UTF-8": lambda md: md.replace(b"Revision", b"Re\xff\xfeision", 1),
}


@pytest.fixture(scope="module")
def scanned_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project after two real scans: three documents added, two of them edited (five entries)."""
    base = tmp_path_factory.mktemp("scanned")
    cfg = _project(base)
    docs = _write_docs(cfg, 3, 0)
    _scan(cfg)
    for i, doc in enumerate(docs[:2]):
        _save(doc, _text(i, 1))
    _scan(cfg)
    return base


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_damaged_markdown_is_rebuilt_by_a_scan_with_nothing_new(tmp_path: Path, scanned_project: Path,
                                                                damage: str) -> None:
    """A CHANGELOG.md left one block short, with a stray block, gone, empty, cut off or garbled is rebuilt by
    the next scan from changelog.jsonl, exactly as it was, though the scan finds no new version."""
    shutil.copytree(scanned_project, tmp_path / "project")
    cfg = load_config(tmp_path / "project" / "config.yaml")
    intact = cfg.changelog_markdown.read_bytes()
    assert intact.count(MARKER.encode()) == 5
    damaged = DAMAGES[damage](intact)
    if damaged is None:
        cfg.changelog_markdown.unlink()
    else:
        assert damaged != intact
        cfg.changelog_markdown.write_bytes(damaged)
    proc = _scan(cfg)
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "", "monitor: no new versions\n")
    assert cfg.changelog_markdown.read_bytes() == intact
    _assert_each_version_once(cfg)


# ----------------------------------------------------------------------------------------------- kill -9
@pytest.mark.serial  # kills timed from one scan's measured length
def test_kill_9_during_scans_loses_and_doubles_nothing(tmp_path: Path) -> None:
    """`monitor scan` killed with SIGKILL at random moments while writing 40 new versions, ten times over,
    then run once more: every version has exactly one entry in changelog.jsonl and one block in CHANGELOG.md."""
    cfg = _project(tmp_path)
    _write_docs(cfg, 40, 0, size=1200)
    assert _scan(cfg).returncode == 0
    _write_docs(cfg, 40, 1, size=1200)
    started = time.monotonic()
    assert _scan(cfg).returncode == 0
    took = time.monotonic() - started  # kills are spread over a whole scan's time on this machine
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    env = {k: v for k, v in os.environ.items() if k != "MONITOR_CONFIG"}
    killed = short = 0
    entries = len(_jsonl_keys(cfg))
    progress = []
    for cycle in range(2, 12):
        _write_docs(cfg, 40, cycle, size=1200)
        # Its own process group, so the kill takes the scan's analysis workers too, as a crash or power cut does.
        size = cfg.changelog_jsonl.stat().st_size
        proc = subprocess.Popen([str(MONITOR), "scan"], cwd=cfg.base, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        if cycle % 2:
            time.sleep(rng.uniform(0.3, 0.9) * took)  # any moment of the scan
        else:
            # Once the scan has begun writing entries, a few milliseconds in: where a torn or doubled entry
            # would come from (kills at a random time alone may all land before the first entry is written).
            deadline = time.monotonic() + 3 * took
            while cfg.changelog_jsonl.stat().st_size == size and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.002)
            time.sleep(rng.uniform(0.0, 0.02))
        os.killpg(proc.pid, signal.SIGKILL)
        killed += proc.wait() == -signal.SIGKILL
        whole = [x for x in cfg.changelog_jsonl.read_bytes().split(b"\n") if x.endswith(b"}")]
        short += len(_markdown_keys(cfg)) < len(whole)
        progress.append(len(whole) - entries)
        entries = len(whole)
    final = _scan(cfg)
    assert final.returncode == 0, final.stderr
    report = (f"seed {seed}, a scan takes {took:.2f}s: {killed} scans killed mid-run, entries each wrote {progress}, "
              f"{short} left CHANGELOG.md short of changelog.jsonl")
    assert killed >= 5, report
    assert SnapshotStore(cfg.snapshots).verify() == []
    _assert_each_version_once(cfg)
    assert sum(1 for n in progress if n > 0) >= 3, report  # the kills really landed while entries were written
    print(report)


# --------------------------------------------------------------------------------------------- the cost
def _two_documents_edited(cfg: Config) -> None:
    docs = _write_docs(cfg, 2, 0)
    scan(cfg)
    for i, doc in enumerate(docs):
        _save(doc, _text(i, 1))
    scan(cfg)


def _grow_changelog(cfg: Config, count: int) -> None:
    """Make the changelog `count` real entries (copies of the real ones under new keys, older than them)."""
    samples = [json.loads(x) for x in cfg.changelog_jsonl.read_text().splitlines()]
    lines = []
    for n in range(count - len(samples)):
        data = {**samples[n % len(samples)], "doc": f"old{n:04d}.txt"}
        data["key"] = f"old{n:04d}.txt@v{data['new_version']}"
        lines.append(json.dumps(data, ensure_ascii=False, separators=(", ", ": ")) + "\n")
    cfg.changelog_jsonl.write_text("".join(lines) + cfg.changelog_jsonl.read_text())
    cfg.changelog_markdown.unlink()
    rebuilt = _scan(cfg)  # the expensive repair, once: every block rendered from its JSON line
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert len(_markdown_keys(cfg)) == count


def _quickest_scan(cfg: Config) -> float:
    timings = []
    for _ in range(3):
        started = time.monotonic()
        proc = _scan(cfg)
        timings.append(time.monotonic() - started)
        assert (proc.returncode, proc.stderr) == (0, "monitor: no new versions\n")
    return min(timings)


@pytest.mark.serial  # two timings compared within 0.3 s
def test_scan_with_nothing_new_stays_fast_on_hundreds_of_entries(tmp_path: Path) -> None:
    """`monitor scan` with nothing new takes about as long on a 300-entry changelog as on a 4-entry one
    (cron runs it every few minutes, the daemon at every save): it reads keys, not entries."""
    cfg = _project(tmp_path)
    _two_documents_edited(cfg)
    small = _quickest_scan(cfg)
    _grow_changelog(cfg, 300)
    assert cfg.changelog_jsonl.stat().st_size > 500_000  # compact entries: ~2.8 KB each
    large = _quickest_scan(cfg)
    # Parsing and rendering every entry costs ~0.5 s here; the noise between two runs of a process, less.
    assert large < small + 0.3, f"nothing new took {large:.2f}s with 300 entries, {small:.2f}s with 4"
    keys = _jsonl_keys(cfg)
    assert len(keys) == len(set(keys)) == 300 and _markdown_keys(cfg) == keys[::-1]


def test_intact_changelog_is_checked_by_its_keys_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The repair every scan starts with reads only the keys of an intact changelog: no entry is parsed or
    rendered, so its cost stays small as the changelog grows."""
    cfg = _project(tmp_path)
    _two_documents_edited(cfg)
    _grow_changelog(cfg, 300)
    parsed: list[int] = []
    real_loads = json.loads

    def loads(text: Any, *args: Any, **kwargs: Any) -> Any:
        parsed.append(len(text))
        return real_loads(text, *args, **kwargs)

    def forbidden(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("an entry was parsed or rendered to check an intact changelog")

    changelog = Changelog(cfg.changelog_markdown, cfg.changelog_jsonl, open_index(cfg))
    monkeypatch.setattr(json, "loads", loads)
    monkeypatch.setattr(Entry, "from_dict", forbidden)
    monkeypatch.setattr("monitor.changelog.render_markdown_entry", forbidden)
    before = cfg.changelog_markdown.stat().st_mtime_ns
    changelog.repair()
    assert len(changelog.keys()) == 300
    changelog.repair()
    assert max(parsed, default=0) < 100, "a whole JSON line was parsed"
    assert cfg.changelog_markdown.stat().st_mtime_ns == before
