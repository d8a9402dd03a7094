"""What is new under the roots: files → snapshot store → changelog entries, and recovery after a crash.

The store is the record of what happened; the changelog is derived from it by `recover`, so a crash between
the two is repaired by the next scan. `pipeline.compare` is the only part of the diff engine used here.
"""

from __future__ import annotations

import contextlib
import errno
import fnmatch
import hashlib
import json
import logging
import os
import stat
import threading
import time
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from monitor.errors import FileUnstable, InputError, MonitorError, OutsideRoots, StoreError, UnreadableDocument
from monitor.fileread import _open_failure, _read_stream, _reason, file_type, read_regular
from monitor.pipeline import compare, read_text
from monitor.readers import check
from monitor.report import VersionRef
from monitor.segment import Document

if TYPE_CHECKING:
    from monitor.budget import Analyser
    from monitor.changelog import Changelog, Entry
    from monitor.config import Config
    from monitor.index.base import DocumentRow
    from monitor.store import Record, SnapshotStore, Version


ScanKind = Literal["added", "changed", "removed", "renamed", "skipped", "error"]


@dataclass(frozen=True, slots=True)
class ScanEvent:
    """One thing a scan did (a changelog entry) or could not do (a skipped file, an error), as one log line."""

    kind: ScanKind
    path: str | None
    doc: str | None = None
    version: int | None = None
    message: str = ""
    retry: bool = False  # worth trying again soon (a file mid-save, a full disk)
    severity: int = 0  # an entry's most severe judgment (report.SEVERITY_RANK): `monitor scan --fail-on`

    @property
    def level(self) -> int:
        if self.kind == "error":
            return logging.ERROR
        if self.kind == "skipped":
            return logging.WARNING if self.retry is False and "empty" not in self.message else logging.INFO
        return logging.INFO

    def line(self) -> str:
        if self.kind in ("skipped", "error"):
            return f"{self.kind} {self.path or self.doc}: {self.message}"
        name = f"{self.doc}@v{self.version}" if self.version is not None else str(self.doc)
        return f"{self.kind} {name} ({self.path}): {self.message}"


def scan(
    config: Config,
    paths: Sequence[Path] | None = None,
    log: Callable[[ScanEvent], None] | None = None,
    *,
    store: SnapshotStore | None = None,
    changelog: Changelog | None = None,
    lock_timeout: float | None = 60.0,
    cancel: threading.Event | None = None,
    settle: float | None = None,
    wait_to_settle: bool = True,
    analyser: Analyser | None = None,
    detach: set[str] | None = None,
    interject: Callable[[], Collection[Path]] | None = None,
    leave: Callable[[Path], bool] | None = None,
) -> list[ScanEvent]:
    """Snapshot every changed document under the roots (or `paths`), then write the changelog entries.

    New content becomes a version; a document whose file is gone is recorded as removed (or renamed when
    a new file has its exact content); then `recover` writes every entry the changelog lacks. Setting
    `cancel` abandons the scan between two files or entries; every write is atomic, so that is safe.

    A file is taken only once it has been left alone for `settle` seconds (default: the debounce period):
    a younger one is waited for, or with `wait_to_settle=False` (the daemon) skipped for a retry. Files
    outside the roots — reached through a symlink or a hard link — are never read.

    A full scan streams: a file whose size, modification time and inode are those recorded when it was last
    read is not read again (the index's `sources`); a new document is stored at once (only one whose content
    is that of a vanished document waits, as a possible rename); and every couple of seconds the entries of
    what was stored so far are written, so the first entry of a start-up scan of thousands of documents comes
    within seconds and memory stays bounded. `interject` (the daemon's) is called between files and may run
    a scan of paths saved meanwhile, so a save never waits for a full rescan to end; it returns the paths it
    scanned, which this scan then leaves alone. So does it every path for which `leave` says yes: a save the
    daemon is waiting to scan after its quiet period (were the rescan to take it, its entry would wait for the
    rescan's next batch of entries instead of coming right after the quiet period).
    """
    from monitor.changelog import Changelog
    from monitor.index.base import SourceRow
    from monitor.store import IdCollision, SnapshotStore

    store = store or SnapshotStore(config.snapshots)
    events: list[ScanEvent] = []

    def emit(event: ScanEvent) -> None:
        events.append(event)
        if log is not None:
            log(event)

    with store.lock(timeout=lock_timeout), contextlib.ExitStack() as stack:
        from monitor.migrate import migrate_store

        if changelog is None:
            from monitor.index import open_index

            index = open_index(config)
            assert index is not None
            stack.callback(index.close)
            changelog = Changelog(config.changelog_markdown, config.changelog_jsonl, index)
        migrate_store(config, store, emit)  # a store written with the old document ids: once, resumable
        if analyser is None:  # one for the whole scan: entries are written while it walks
            from monitor.budget import Analyser

            analyser = stack.enter_context(Analyser(config.analysis_seconds, config.analysis_memory_mb))
        index = changelog.db
        full = paths is None
        known = index.sources(interject) if full else {}  # what each file looked like when last read
        gone = index.removed() if known else set()
        observed: list[SourceRow] = []
        renames: dict[str, str] | None = None  # sha256 -> document whose source vanished (full scans)
        seen: set[Path] = set()
        touched: set[str] = set()  # documents read in this scan: their entries are checked after it
        batch: set[str] = set()  # documents stored since the last entries were written (full scans)
        fresh: list[tuple[str, Path, bytes]] = []  # documents the store has never seen: maybe renames
        boundary = Boundary(config)
        quiet = config.debounce_seconds if settle is None else settle

        def unchanged(path: Path, root: Path) -> bool:
            """Read before, and not modified, replaced or renamed since (nor given another id)."""
            row = known.get(_source(config, path))
            if row is None or row.doc in gone:
                return False
            try:
                st = os.lstat(path)
                if store.doc_id(path, root, config.root_name(root)) != row.doc:
                    return False
            except (OSError, StoreError):
                return False
            return stat.S_ISREG(st.st_mode) and (st.st_size, st.st_mtime_ns, st.st_ino) == (
                row.size, row.mtime_ns, row.inode)

        def take(path: Path, root: Path) -> None:
            nonlocal renames
            try:
                data, st = read_document_stat(path, config.max_file_bytes, boundary=boundary)
                if not data:
                    emit(ScanEvent("skipped", _source(config, path), message="empty file (an editor may be "
                                   "mid-save); waiting for content"))
                    return
                # The cheap check only (type, a PDF's end marker, a Word file's archive, decoding): the whole text is
                # extracted later, by the analysis worker, within its budget.
                check(data, path.name, _source(config, path))
                doc = store.doc_id(path, root, config.root_name(root))
                store.claim(doc, path, _source(config, path), lambda other: _source_path(config, other))
                touched.add(doc)
                digest = hashlib.sha256(data).hexdigest()
                if store.latest(doc) is None:
                    if not full:
                        fresh.append((doc, path, data))
                        return
                    if renames is None:
                        renames = _rename_candidates(config, store)
                    if digest in renames:
                        fresh.append((doc, path, data))  # maybe a rename: decided once every file was seen
                        return
                    store.put(doc, data, _source(config, path))
                elif store.put(doc, data, _source(config, path)) is None and store.is_removed(doc):
                    store.mark_restored(doc, _source(config, path))
                batch.add(doc)
                observed.append(SourceRow(_source(config, path), doc, st.st_size, st.st_mtime_ns, st.st_ino, digest))
            except UnreadableDocument as exc:  # a PDF, page or Word file that will never read: the user must act
                emit(ScanEvent("error", _source(config, path), message=_message(exc, config, path)))
            except InputError as exc:
                emit(ScanEvent("skipped", _source(config, path), message=_message(exc, config, path),
                               retry=isinstance(exc, FileUnstable)))
            except StoreError as exc:  # a full disk is retried; two files claiming one id are not
                emit(ScanEvent("error", _source(config, path), message=_message(exc, config, path),
                               retry=not isinstance(exc, IdCollision)))

        last = time.monotonic()

        def write_entries() -> None:
            """The entries of the documents stored so far (full scans): the first ones come early."""
            nonlocal last
            last = time.monotonic()
            if observed:
                index.put_sources(observed)
                observed.clear()
            if batch:
                done = set(batch)
                batch.clear()
                recover(config, store, changelog, emit, cancel=cancel, docs=done, analyser=analyser, detach=detach,
                        repair=False)

        settling: dict[Path, _Settling] = {}  # written too recently to be taken yet
        handled: set[Path] = set()  # scanned by `interject` meanwhile
        for path, root in _candidates(config, paths, emit):
            if cancel is not None and cancel.is_set():
                return events
            if interject is not None:
                handled.update(_absolute(p) for p in interject())
            seen.add(path)
            if path in handled or (leave is not None and leave(path)) or (known and unchanged(path, root)):
                continue
            young = _young(path, root, quiet)
            if young is not None:
                settling[path] = young
            else:
                take(path, root)
            if full and time.monotonic() - last >= _ENTRIES_EVERY:
                try:
                    write_entries()
                except StoreError as exc:
                    emit(ScanEvent("error", None, message=str(exc), retry=True))
        if wait_to_settle:
            for path, root in _settle(settling, quiet, cancel):
                take(path, root)
        if cancel is not None and cancel.is_set():
            return events
        for path in sorted(settling):
            emit(ScanEvent("skipped", _source(config, path), retry=True, message=(
                f"still being written (changed less than {quiet:g}s ago); taken once it is left alone")))
        try:
            touched |= _record_renames_and_removals(config, store, paths, seen, fresh, emit,
                                                    index.documents(interject) if full else None, interject)
            if observed:
                index.put_sources(observed)
            if cancel is not None and cancel.is_set():
                return events
            # A full scan checks every document (the crash recovery); a scan of a few paths (a daemon event)
            # only the documents it touched, so its cost does not grow with the number of documents.
            recover(config, store, changelog, emit, cancel=cancel, docs=None if paths is None else touched,
                    analyser=analyser, detach=detach, interject=interject)
        except StoreError as exc:
            emit(ScanEvent("error", None, message=str(exc), retry=True))
        _write_status(config, store, events, sweep=full)
    return events


@dataclass(slots=True)
class _Settling:
    root: Path
    signature: tuple[int, int]  # (size, mtime_ns) when last looked at
    due: float  # time.monotonic() when it will have been left alone for the quiet period


def _signature(path: Path) -> tuple[int, int] | None:
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns)


def _young(path: Path, root: Path, quiet: float) -> _Settling | None:
    """How long until `path` has been left alone for `quiet` seconds, if it was changed more recently."""
    try:
        st = os.lstat(path)
    except OSError:
        return None  # reading it reports what is wrong
    if quiet <= 0 or not stat.S_ISREG(st.st_mode):
        return None
    age = time.time() - st.st_mtime
    if age >= quiet:
        return None
    # A modification time in the future (a skewed clock on a network share) proves nothing: wait a whole
    # quiet period and check that size and time did not move.
    wait = quiet if age < 0 else quiet - age
    return _Settling(root, (st.st_size, st.st_mtime_ns), time.monotonic() + wait)


def _settle(settling: dict[Path, _Settling], quiet: float,
            cancel: threading.Event | None) -> Iterator[tuple[Path, Path]]:
    """Wait for settling files; yield (path, root) for each once it has been left alone for `quiet` seconds
    (or vanished: reading it says so). Gives up after ten quiet periods (at least 30 s); the ones still being
    written stay in `settling`."""
    deadline = time.monotonic() + max(30.0, 10 * quiet)
    while settling and time.monotonic() < deadline:
        if cancel is not None and cancel.is_set():
            return
        now = time.monotonic()
        due = sorted(p for p, s in settling.items() if s.due <= now)
        if not due:
            time.sleep(min(0.1, max(0.005, min(s.due for s in settling.values()) - now)))
            continue
        for path in due:
            entry = settling[path]
            current = _signature(path)
            if current is not None and current != entry.signature:
                entry.signature, entry.due = current, now + quiet  # still being written
                continue
            del settling[path]
            yield path, entry.root


def recover(
    config: Config, store: SnapshotStore, changelog: Changelog, log: Callable[[ScanEvent], None] | None = None,
    *, cancel: threading.Event | None = None, docs: set[str] | None = None, analyser: Analyser | None = None,
    detach: set[str] | None = None, repair: bool = True, interject: Callable[[], object] | None = None,
) -> int:
    """Write a changelog entry for every version or event in the store (or of `docs`) that has none.

    Run after every scan, so a kill -9 between snapshot and changelog is repaired exactly once. Returns
    how many entries were written. Each entry is computed by `analyser` (a fresh one when None) within the
    per-version budget; a version past it gets an entry saying it was too complex to analyse. Entries of one
    document are written in order; a slow document does not hold up the others. With `detach` (the daemon),
    recovery returns while only slow documents remain and adds their names to `detach`: their analysis goes
    on, and the caller recovers them again when it finishes.
    """
    from monitor.budget import Analyser, Job, TooComplex

    if repair:
        changelog.repair()  # a torn line or a missing Markdown block left by a crash is mended before anything
    have = changelog.keys()
    index = changelog.db
    if docs is None:
        # Every document whose manifest grew since the index copied it, or that the index says lacks an
        # entry: the others are known complete without reading their manifests.
        sizes = store.manifest_sizes(interject)
        copied = index.manifest_sizes(interject)
        candidates = {d for d, size in sizes.items() if copied.get(d) != size} | (index.lacking_entries() & set(sizes))
        known = sorted(d for d in candidates if store.latest(d) is not None)
    else:
        known = sorted(d for d in docs if store.latest(d) is not None)
    synced = index.synced(known if len(known) <= 500 else None)
    behind = []
    for doc in known:  # the index catches up with the store (versions taken since, or before it existed)
        if interject is not None:
            interject()
        records = store.records(doc)
        size = store.manifest_size(doc)
        if len(records) != synced.get(doc, 0) or docs is None:
            behind.append((doc, records, min(synced.get(doc, 0), len(records)), size))
        if len(behind) >= 500:
            index.sync_many(behind)
            behind.clear()
    index.sync_many(behind)
    own = analyser is None
    if analyser is None:
        analyser = Analyser(config.analysis_seconds, config.analysis_memory_mb)
    written = 0
    try:
        with changelog.batch():  # Markdown blocks are written together, the rest when the batch ends
            queue: dict[str, list[tuple[Record, Job]]] = {}
            for doc in known:
                if interject is not None:
                    interject()
                records = store.records(doc)
                jobs = [(r, analyser.submit(_job_key(config, r), _entry_job, config, store.root, doc, i))
                        for i, r in enumerate(records) if _record_key(r) not in have]
                if jobs:
                    queue[doc] = jobs
            while queue:
                ready: list[Entry] = []
                for doc in list(queue):
                    jobs = queue[doc]
                    while jobs and jobs[0][1].done.is_set():
                        record, job = jobs.pop(0)
                        analyser.forget(job.key)
                        if isinstance(job.error, TooComplex):
                            entry = _entry_for(config, store, store.records(doc), _index(store, record),
                                               too_complex=str(job.error))
                        elif job.error is not None:
                            _report_failure(log, record, str(job.error))
                            jobs.clear()  # later records of this document are diffed against it: keep order
                            break
                        else:
                            entry = job.result
                        if entry is not None:
                            ready.append(entry)
                    if not jobs:
                        del queue[doc]
                if ready:  # one transaction and one JSONL write for all the entries ready now
                    recorded = changelog.record_many(ready)
                    for entry in recorded:
                        written += 1
                        _log_entry(log, entry)  # said once, when recorded, even if a view fails below
                    changelog.deliver_many(recorded)
                if not queue or (cancel is not None and cancel.is_set()):
                    break
                heads = [jobs[0][1] for jobs in queue.values()]
                if detach is not None and analyser.only_slow(heads):
                    detach.update(queue)
                    break
                analyser.wait_any(heads, timeout=0.25)
    finally:
        if own:
            analyser.close()
    return written


def _log_entry(log: Callable[[ScanEvent], None] | None, entry: Entry) -> None:
    if log is not None:
        version = entry.new_version if entry.new_version is not None else entry.old_version
        path = entry.report.new.path if entry.kind != "removed" else entry.report.old.path
        # A version stored but unreadable (a scan without text, an encrypted PDF) needs the user: an error line.
        log(ScanEvent("error" if entry.unreadable else entry.kind, path, entry.doc, version, entry.summary(),
                      severity=entry.report.max_severity()))


def _job_key(config: Config, record: Record) -> str:
    return f"{_record_key(record)} {id(config)}"


def _index(store: SnapshotStore, record: Record) -> int:
    return store.records(record.doc).index(record)


def _entry_job(config: Config, root: Path, doc: str, i: int) -> Entry | None:
    """The changelog entry of record `i` of `doc`, computed in an analysis worker (see budget.py)."""
    from monitor.store import SnapshotStore

    store = SnapshotStore(root)
    return _entry_for(config, store, store.records(doc), i)


def _report_failure(log: Callable[[ScanEvent], None] | None, record: Record, message: str) -> None:
    if log is not None:
        from monitor.store import Version

        number = record.number if isinstance(record, Version) else record.after
        log(ScanEvent("error", record.source, record.doc, number, f"no changelog entry yet: {message}",
                      retry=True))


class Boundary:
    """The watched folders as a boundary: a file is read only when what it opens lies inside a root.

    A symlink is not followed unless `follow_symlinks` is set, and then only when its target is inside a root;
    a regular file with several hard links is read only when every link is inside the roots (a hard link to
    /etc/shadow looks like any other file). One instance per scan: the hard-link census is taken once.
    """

    def __init__(self, config: Config) -> None:
        self.follow_symlinks = config.follow_symlinks
        self._real_roots = tuple(Path(os.path.realpath(r)) for r in config.roots)
        self._links: dict[tuple[int, int], int] | None = None

    def check(self, path: Path, st: os.stat_result) -> None:
        """Raise OutsideRoots when the opened file `st`, reached as `path`, is not wholly inside the roots."""
        real = Path(os.path.realpath(path))
        if not any(_under(real, r) for r in self._real_roots):
            raise OutsideRoots(f"{path}: leads outside the watched folders (through a symlink); not read")
        try:
            there = real.stat()
        except OSError:
            raise FileUnstable(f"{path}: vanished while being checked; will retry") from None
        if (there.st_dev, there.st_ino) != (st.st_dev, st.st_ino):
            raise FileUnstable(f"{path}: replaced while being read; will retry")
        if st.st_nlink > 1:
            inside = self._census().get((st.st_dev, st.st_ino), 0)
            if inside < st.st_nlink:
                raise OutsideRoots(
                    f"{path}: has {st.st_nlink} hard links, {st.st_nlink - inside} of them outside the watched "
                    "folders; a hard link can expose a file from elsewhere, so it is not read (copy the file in "
                    "instead)")

    def _census(self) -> dict[tuple[int, int], int]:
        """(device, inode) -> how many of its links are inside the roots, for files with several links."""
        if self._links is None:
            counts: dict[tuple[int, int], int] = {}
            for root in self._real_roots:
                for folder, _dirs, files in os.walk(root, followlinks=False):
                    for name in files:
                        try:
                            st = os.lstat(os.path.join(folder, name))  # noqa: PTH118
                        except OSError:
                            continue
                        if stat.S_ISREG(st.st_mode) and st.st_nlink > 1:
                            key = (st.st_dev, st.st_ino)
                            counts[key] = counts.get(key, 0) + 1
            self._links = counts
        return self._links


def read_document(path: Path, limit: int, *, streams: bool = False, boundary: Boundary | None = None) -> bytes:
    """The bytes of a document file, or an InputError saying plainly why it cannot be read (see
    read_document_stat)."""
    return read_document_stat(path, limit, streams=streams, boundary=boundary)[0]


def read_document_stat(path: Path, limit: int, *, streams: bool = False,
                       boundary: Boundary | None = None) -> tuple[bytes, os.stat_result]:
    """The bytes of a document file, or an InputError saying plainly why it cannot be read.

    Opens without blocking (a FIFO named like a document must not hang the daemon), refuses anything but a
    regular file, and raises FileUnstable when the file changed while it was read. With `streams`, a pipe
    or character device is read to its end instead (`monitor diff <(git show …) file`). With a `boundary`,
    a file outside the watched folders is refused before a byte of it is read.
    """
    nofollow = boundary is not None and not boundary.follow_symlinks
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | (os.O_NOFOLLOW if nofollow else 0))
    except OSError as exc:
        if nofollow and exc.errno == errno.ELOOP and path.is_symlink():
            raise OutsideRoots(f"{path}: is a symlink, and symlinks are not followed (set follow_symlinks: true "
                               "in config.yaml to track those that point inside the watched folders)") from None
        raise InputError(_open_failure(path, exc)) from None
    try:
        st = os.fstat(fd)
        if streams and (stat.S_ISFIFO(st.st_mode) or stat.S_ISCHR(st.st_mode)):
            return _read_stream(fd, st, path, limit), st
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{path}: is a folder, not a document; name a file inside it")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{path}: not a regular file ({file_type(st.st_mode)})")
        if boundary is not None:
            boundary.check(path, st)
        return read_regular(fd, path, st, limit), st
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({_reason(exc)})") from None
    finally:
        os.close(fd)


def is_document(config: Config, path: Path) -> bool:
    """Whether `path` is a document by name: included, not excluded, not the store or the changelog."""
    name = path.name
    if not any(fnmatch.fnmatch(name, pat) for pat in config.include):
        return False
    if any(fnmatch.fnmatch(name, pat) for pat in config.exclude):
        return False
    # Strings, not Path objects: a full scan asks this of every file (pathlib costs ~100 µs a call here).
    absolute = os.path.abspath(path)  # noqa: PTH100
    if absolute in (os.path.abspath(config.changelog_markdown), os.path.abspath(config.changelog_jsonl)):  # noqa: PTH100
        return False
    return not _inside(absolute, os.path.abspath(config.snapshots))  # noqa: PTH100


def _inside(path: str, folder: str) -> bool:
    """`path` is `folder` or lies under it (both absolute and normalised)."""
    return path == folder or path.startswith(folder if folder.endswith(os.sep) else folder + os.sep)


def root_of(config: Config, path: Path) -> Path | None:
    """The configured root that `path` lies under, if any."""
    absolute = _absolute(path)
    for root in config.roots:
        if _under(absolute, _absolute(root)):
            return _absolute(root)
    return None


def _candidates(config: Config, paths: Sequence[Path] | None,
                emit: Callable[[ScanEvent], None]) -> Iterator[tuple[Path, Path]]:
    """(file, root) for every document to read, in a stable order."""
    targets = [_absolute(r) for r in config.roots] if paths is None else [_absolute(p) for p in paths]
    for target in targets:
        root = root_of(config, target)
        if root is None:
            emit(ScanEvent("error", str(target), message="not under a watched folder (roots: "
                           + ", ".join(str(r) for r in config.roots) + "); add its folder to roots in config.yaml"))
            continue
        if target == root and not root.is_dir():
            emit(ScanEvent("error", str(root), message="watched folder does not exist or is not a folder",
                           retry=True))
            continue
        if target.is_dir() and not target.is_symlink():
            for path in _walk(config, target, emit):
                yield path, root
        elif os.path.lexists(target) and is_document(config, target):
            yield target, root
        elif os.path.lexists(target):  # named on purpose, yet not a document: say why rather than nothing
            emit(ScanEvent("skipped", _source(config, target), message=_not_tracked(config, target)))


def _walk(config: Config, top: Path, emit: Callable[[ScanEvent], None]) -> Iterator[Path]:
    snapshots = _absolute(config.snapshots)

    def on_error(exc: OSError) -> None:
        emit(ScanEvent("skipped", exc.filename, message=f"cannot list folder ({_reason(exc)})"))

    # Symlinked folders are not followed: they can loop, and a document reached twice would get two ids.
    for folder, dirs, files in os.walk(top, onerror=on_error, followlinks=False):
        here = Path(folder)
        dirs[:] = sorted(d for d in dirs if not any(fnmatch.fnmatch(d, pat) for pat in config.exclude)
                         and here / d != snapshots)
        for name in sorted(files):
            path = here / name
            if is_document(config, path):
                yield path
            elif Path(name).suffix.lower() in _READABLE and not any(fnmatch.fnmatch(name, p) for p in config.exclude):
                # A PDF, page or Word file left out by an older include list would otherwise be ignored silently.
                emit(ScanEvent("skipped", _source(config, path), message=_not_tracked(config, path)))


_READABLE = (".pdf", ".html", ".htm", ".xhtml", ".docx")


def _not_tracked(config: Config, path: Path) -> str:
    """Why a file is not a document, and what to change if it should be."""
    absolute = _absolute(path)
    if absolute in (_absolute(config.changelog_markdown), _absolute(config.changelog_jsonl)):
        return "is monitor's own changelog, not a document"
    if _under(absolute, _absolute(config.snapshots)):
        return "is in monitor's snapshot store, not a document"
    if any(fnmatch.fnmatch(path.name, p) for p in config.exclude):
        return "not tracked: its name matches exclude in config.yaml"
    suffix = path.suffix.lower()
    pattern = f"'*{suffix}'" if suffix else "a pattern for it"
    return (f"not tracked: its name matches no include pattern in config.yaml; add {pattern} to include to track "
            "it (or to exclude to silence this)")


_ENTRIES_EVERY = 2.0  # seconds of a full scan's walk between two writes of the entries found so far


def _rename_candidates(config: Config, store: SnapshotStore) -> dict[str, str]:
    """sha256 of the latest version -> document, for documents a new file may be a rename of: those removed,
    and those whose source file no longer exists."""
    out: dict[str, str] = {}
    for doc in store.documents():
        source = store.current_source(doc)
        if store.is_removed(doc) or source is None or not os.path.lexists(_source_path(config, source)):
            out.setdefault(store.history(doc)[-1].sha256, doc)
    return out


def _record_renames_and_removals(
    config: Config, store: SnapshotStore, paths: Sequence[Path] | None, seen: set[Path],
    fresh: list[tuple[str, Path, bytes]], emit: Callable[[ScanEvent], None],
    indexed: list[DocumentRow] | None = None, interject: Callable[[], object] | None = None,
) -> set[str]:
    """New documents whose content matches a vanished one are renames; other vanished documents are removed.

    A full scan (`indexed`: the index's documents) looks up each document's source in the index rather than
    in its manifest; a document whose source looks gone is checked against the store before anything is
    recorded. Returns the documents this recorded something for.
    """
    scope = [_absolute(p) for p in (paths if paths is not None else config.roots)]
    scope = [p for p in scope if paths is not None or p.is_dir()]  # a missing root is an outage, not removals
    missing: list[str] = []

    base = os.path.abspath(config.base)  # noqa: PTH100
    scope_text = [str(p) for p in scope]
    seen_text = {str(p) for p in seen}

    def vanished(source: str) -> bool:
        where = os.path.abspath(os.path.join(base, source))  # noqa: PTH100, PTH118 (a full scan: every document)
        return (any(_inside(where, p) for p in scope_text) and where not in seen_text
                and not os.path.lexists(where))

    if indexed is not None and paths is None:
        for row in indexed:
            if interject is not None:
                interject()
            if row.removed or row.source is None or not vanished(row.source):
                continue
            source = store.current_source(row.doc)  # the store is the record: confirm before removing
            if source is not None and not store.is_removed(row.doc) and vanished(source):
                missing.append(row.doc)
    else:
        for doc in _documents_in(config, store, paths, scope):
            source = store.current_source(doc)
            if source is None or store.is_removed(doc):
                continue
            if vanished(source):
                missing.append(doc)
    touched = set(missing)
    by_content = {store.history(doc)[-1].sha256: doc for doc in reversed(missing)}
    gone_before: dict[str, str] = {}  # sha256 -> a document removed earlier (deleted, then re-created elsewhere)
    if fresh:
        for doc in store.documents():
            if store.is_removed(doc):
                gone_before.setdefault(store.history(doc)[-1].sha256, doc)
    for doc, path, data in fresh:
        digest = hashlib.sha256(data).hexdigest()
        old = by_content.pop(digest, None) or gone_before.pop(digest, None)
        origin = None
        if old is not None:
            origin = f"{old}@{store.history(old)[-1].label}"
        try:
            store.put(doc, data, _source(config, path), renamed_from=origin)
            if old is not None and old in missing:
                store.mark_removed(old, to=doc)
                missing.remove(old)
        except StoreError as exc:
            emit(ScanEvent("error", _source(config, path), doc, message=str(exc), retry=True))
    renamed_to: dict[str, str] = {}  # "old@v3" -> new document, from a previous, interrupted scan
    if missing:
        for doc in store.documents():
            origin = store.history(doc)[0].renamed_from
            if origin is not None:
                renamed_to[origin] = doc
    for doc in missing:
        latest = store.history(doc)[-1]
        store.mark_removed(doc, to=renamed_to.get(f"{doc}@{latest.label}"))
    return touched


def _documents_in(config: Config, store: SnapshotStore, paths: Sequence[Path] | None,
                  scope: list[Path]) -> list[str]:
    """The documents that may live under `scope`: for a few file paths, just their ids (ids derive from
    paths); for folders, or a path that is neither a file nor a known document (a deleted folder), all."""
    if paths is None:
        return store.documents()
    docs = []
    for path in scope:
        root = root_of(config, path)
        if root is None or path.is_dir():
            return store.documents()
        try:
            doc = store.doc_id(path, root, config.root_name(root))
        except StoreError:
            return store.documents()
        if store.latest(doc) is None and not os.path.lexists(path):
            return store.documents()
        docs.append(doc)
    return docs


def _entry_for(config: Config, store: SnapshotStore, records: tuple[Record, ...], i: int, *,
               too_complex: str | None = None) -> Entry | None:
    """The changelog entry of record `i` of a document (None for the removal half of a rename).

    With `too_complex` (why: "more than 30 s"), the versions are not read at all: the entry records the
    change with no paragraphs and says the version was too complex to analyse.
    """
    from monitor.changelog import Entry
    from monitor.report import Report
    from monitor.store import Version

    record = records[i]
    doc = record.doc
    before = [r for r in records[:i] if isinstance(r, Version)]
    previous = records[i - 1] if i > 0 else None
    restored = previous is not None and not isinstance(previous, Version) and previous.kind == "removed"
    skipped = f"too complex to analyse ({too_complex})" if too_complex is not None else None

    def load(version: Version) -> Document:
        if skipped:
            return _EMPTY
        try:
            return _load_version(config, store, version)
        except UnreadableDocument:
            return _EMPTY  # an old version that never read: this one is compared with nothing there

    loaded = _EMPTY
    if isinstance(record, Version) and not skipped:
        try:
            loaded = _load_version(config, store, record)
        except UnreadableDocument as exc:  # stored, but its text cannot be read: the entry says so
            skipped = f"not read: {str(exc).removeprefix(f'{doc}@{record.label}: ')}"

    def diff(old: Document, new: Document, old_ref: VersionRef, new_ref: VersionRef, assess: bool = True) -> Report:
        if skipped:
            return Report(document=doc, old=old_ref, new=new_ref, paragraphs=(), assessments=())
        return compare(old, new, config, old_ref, new_ref, doc, assess=assess)

    if isinstance(record, Version):
        new_doc = loaded
        if record.number == 1 and record.renamed_from:
            name, _, spec = record.renamed_from.rpartition("@")
            old = store.resolve(name, spec)
            report = diff(load(old), new_doc, old.ref(), record.ref())
            return Entry(_record_key(record), "renamed", doc, None, 1, record.taken_at, report,
                         renamed_from=record.renamed_from, note=skipped)
        if not before:
            report = diff(_EMPTY, new_doc, _nothing("(none)"), record.ref(), assess=False)
            return Entry(_record_key(record), "added", doc, None, record.number, record.taken_at, report,
                         note=skipped)
        prev, prev_doc = (before[-1], _EMPTY) if skipped else _last_readable(config, store, before)
        report = diff(prev_doc, new_doc, prev.ref(), record.ref())
        same_as = next((v for v in reversed(before) if v.sha256 == record.sha256 and v is not prev), None)
        reverts = f"reverts to {same_as.label}" if same_as else None  # the very bytes of an earlier version
        return Entry(_record_key(record), "changed", doc, prev.number, record.number, record.taken_at, report,
                     note=skipped or ("restored" if restored else None) or reverts)
    last = next(v for v in reversed(before) if v.number == record.after)
    last_doc = load(last)
    if record.kind == "removed":
        if record.to is not None:
            return None
        gone = _nothing("removed", record.taken_at)
        report = diff(last_doc, _EMPTY, last.ref(), gone, assess=False)
        return Entry(_record_key(record), "removed", doc, last.number, None, record.taken_at, report)
    back = VersionRef(last.label, record.source, last.sha256, record.taken_at)
    report = diff(last_doc, last_doc, last.ref(), back, assess=False)
    return Entry(_record_key(record), "added", doc, last.number, last.number, record.taken_at, report,
                 note="restored")


def _last_readable(config: Config, store: SnapshotStore, before: list[Version]) -> tuple[Version, Document]:
    """The latest earlier version whose text reads (a version in between that never read is passed over),
    else the latest one, as nothing."""
    for version in reversed(before):
        try:
            return version, _load_version(config, store, version)
        except UnreadableDocument:
            continue
    return before[-1], _EMPTY


def _record_key(record: Record) -> str:
    from monitor.changelog import event_key, version_key
    from monitor.store import Version

    if isinstance(record, Version):
        return version_key(record.doc, record.number)
    return event_key(record.doc, record.n)


def _load_version(config: Config, store: SnapshotStore, version: Version) -> Document:
    from monitor.segment import segment

    return segment(version_text(store, version), config.normalize)


def version_text(store: SnapshotStore, version: Version) -> str:
    """A stored version's text as its reader extracts it (PDF, HTML, Word), kept in the store's text cache
    keyed by hash and reader version; a text file's is its decoded bytes. UnreadableDocument if it cannot be."""
    from monitor.readers import reader_tag

    data = store.read(version)
    name = Path(version.source).name or version.path.name
    tag = reader_tag(data, name)
    derived = not tag.startswith(("text-", "none"))
    if derived:
        cached = store.cached_text(version.sha256, tag)
        if cached is not None:
            return cached
    text = read_text(data, f"{version.doc}@{version.label}", name)
    if derived:
        store.cache_text(version.sha256, tag, text)
    return text


_EMPTY = Document(())


def _nothing(label: str, taken_at: str | None = None) -> VersionRef:
    return VersionRef(label=label, path=None, sha256=hashlib.sha256(b"").hexdigest(), taken_at=taken_at)


def _write_status(config: Config, store: SnapshotStore, events: list[ScanEvent], sweep: bool = True) -> None:
    """Remember the last scan and last error for `monitor status` (best effort: never fails a scan)."""
    from monitor.store import atomic_write_file, iso_utc, utc_now

    path = store.root / STATUS_FILE
    status = read_status(store.root)
    now = iso_utc(utc_now())
    status["last_scan"] = now
    problems = [e for e in events if e.kind == "error" or (e.kind == "skipped" and e.level >= logging.WARNING)]
    if problems:
        status["last_error"] = {"at": now, "message": problems[-1].line()}
    with contextlib.suppress(OSError, StoreError):
        store.root.mkdir(parents=True, exist_ok=True)
        # Temp files of a writer killed mid-write (we hold the lock): the status file's, the text cache's. Full
        # scans only (the start-up scan among them): listing 10,000 folders costs a save's scan 15 ms.
        for folder in (store.root, store.root / ".text") if sweep else ():
            with contextlib.suppress(OSError):
                for entry in os.scandir(folder):
                    if entry.name.startswith(".") and ".tmp-" in entry.name and entry.is_file(follow_symlinks=False):
                        with contextlib.suppress(OSError):
                            os.unlink(entry.path)  # noqa: PTH108
        text = json.dumps(status, ensure_ascii=False) + "\n"
        atomic_write_file(path, text.encode("utf-8", "backslashreplace"))


STATUS_FILE = ".status.json"


def read_status(root: Path) -> dict[str, Any]:
    """What the last scan wrote to the store's status file ({} when none)."""
    try:
        data = json.loads((root / STATUS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _source(config: Config, path: Path) -> str:
    """How a document's path is recorded: relative to config.yaml's folder when under it."""
    absolute = os.path.abspath(path)  # noqa: PTH100
    base = os.path.abspath(config.base)  # noqa: PTH100
    if absolute == base:
        return "."
    prefix = base if base.endswith(os.sep) else base + os.sep
    return absolute[len(prefix):] if absolute.startswith(prefix) else absolute


def _source_path(config: Config, source: str) -> Path:
    path = Path(source)
    return _absolute(path if path.is_absolute() else config.base / path)


def _absolute(path: Path | str) -> Path:
    # Not Path.resolve(): a document reached through a symlinked folder keeps the path it was found under.
    return Path(os.path.abspath(path))  # noqa: PTH100


def _under(path: Path, folder: Path) -> bool:
    return _inside(str(path), str(folder))


def _message(exc: MonitorError, config: Config, path: Path) -> str:
    text = str(exc)  # the event already names the file
    for prefix in (f"{path}: ", f"{_source(config, path)}: "):
        text = text.removeprefix(prefix)
    return text


