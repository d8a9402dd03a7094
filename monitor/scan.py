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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from monitor.errors import FileUnstable, InputError, MonitorError, StoreError
from monitor.pipeline import compare, load_document, read_text
from monitor.report import VersionRef
from monitor.segment import Document

if TYPE_CHECKING:
    from monitor.changelog import Changelog, Entry
    from monitor.config import Config
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
) -> list[ScanEvent]:
    """Snapshot every changed document under the roots (or `paths`), then write the changelog entries.

    New content becomes a version; a document whose file is gone is recorded as removed (or renamed when
    a new file has its exact content); then `recover` writes every entry the changelog lacks. Setting
    `cancel` abandons the scan between two files or entries; every write is atomic, so that is safe.
    """
    from monitor.changelog import Changelog
    from monitor.store import SnapshotStore

    store = store or SnapshotStore(config.snapshots)
    changelog = changelog or Changelog(config.changelog_markdown, config.changelog_jsonl)
    events: list[ScanEvent] = []

    def emit(event: ScanEvent) -> None:
        events.append(event)
        if log is not None:
            log(event)

    with store.lock(timeout=lock_timeout):
        seen: set[Path] = set()
        touched: set[str] = set()  # documents read in this scan: their entries are checked after it
        fresh: list[tuple[str, Path, bytes]] = []  # documents the store has never seen: maybe renames
        for path, root in _candidates(config, paths, emit):
            if cancel is not None and cancel.is_set():
                return events
            seen.add(path)
            try:
                data = read_document(path, config.max_file_bytes)
                if not data:
                    emit(ScanEvent("skipped", _source(config, path), message="empty file (an editor may be "
                                   "mid-save); waiting for content"))
                    continue
                read_text(data, _source(config, path))  # refuse binary and undecodable files before storing
                doc = store.doc_id(path, root, config.root_name(root))
                touched.add(doc)
                if store.latest(doc) is None:
                    fresh.append((doc, path, data))
                    continue
                if store.put(doc, data, _source(config, path)) is None and store.is_removed(doc):
                    store.mark_restored(doc, _source(config, path))
            except InputError as exc:
                emit(ScanEvent("skipped", _source(config, path), message=_message(exc, config, path),
                               retry=isinstance(exc, FileUnstable)))
            except StoreError as exc:
                emit(ScanEvent("error", _source(config, path), message=str(exc), retry=True))
        try:
            touched |= _record_renames_and_removals(config, store, paths, seen, fresh, emit)
            if cancel is not None and cancel.is_set():
                return events
            # A full scan checks every document (the crash recovery); a scan of a few paths (a daemon event)
            # only the documents it touched, so its cost does not grow with the number of documents.
            recover(config, store, changelog, emit, cancel=cancel, docs=None if paths is None else touched)
        except StoreError as exc:
            emit(ScanEvent("error", None, message=str(exc), retry=True))
        _write_status(config, store, events)
    return events


def recover(
    config: Config, store: SnapshotStore, changelog: Changelog, log: Callable[[ScanEvent], None] | None = None,
    *, cancel: threading.Event | None = None, docs: set[str] | None = None,
) -> int:
    """Write a changelog entry for every version or event in the store (or of `docs`) that has none.

    Run after every scan, so a kill -9 between snapshot and changelog is repaired exactly once. Returns
    how many entries were written.
    """
    changelog.repair()  # a torn line or a missing Markdown block left by a crash is mended before anything
    have = changelog.keys()
    written = 0
    known = store.documents() if docs is None else sorted(d for d in docs if store.latest(d) is not None)
    for doc in known:
        records = store.records(doc)
        for i, record in enumerate(records):
            key = _record_key(record)
            if key in have:
                continue
            if cancel is not None and cancel.is_set():
                return written
            try:
                entry = _entry_for(config, store, records, i)
            except MonitorError as exc:
                _report_failure(log, record, str(exc))
                break  # later records of this document are diffed against this one: keep the order
            except Exception as exc:  # deliberate: a bug diffing one document must not stop every other
                _report_failure(log, record, f"cannot compute the diff ({type(exc).__name__}: {exc}); "
                                "this is a bug in monitor — please report it")
                break
            if entry is None or not changelog.append(entry):
                continue
            written += 1
            if log is not None:
                version = entry.new_version if entry.new_version is not None else entry.old_version
                path = entry.report.new.path if entry.kind != "removed" else entry.report.old.path
                log(ScanEvent(entry.kind, path, entry.doc, version, entry.summary()))
    return written


def _report_failure(log: Callable[[ScanEvent], None] | None, record: Record, message: str) -> None:
    if log is not None:
        from monitor.store import Version

        number = record.number if isinstance(record, Version) else record.after
        log(ScanEvent("error", record.source, record.doc, number, f"no changelog entry yet: {message}",
                      retry=True))


def read_document(path: Path, limit: int, *, streams: bool = False) -> bytes:
    """The bytes of a document file, or an InputError saying plainly why it cannot be read.

    Opens without blocking (a FIFO named like a document must not hang the daemon), refuses anything but a
    regular file, and raises FileUnstable when the file changed while it was read. With `streams`, a pipe
    or character device is read to its end instead (`monitor diff <(git show …) file`).
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        raise InputError(_open_failure(path, exc)) from None
    try:
        st = os.fstat(fd)
        if streams and (stat.S_ISFIFO(st.st_mode) or stat.S_ISCHR(st.st_mode)):
            return _read_stream(path, limit)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{path}: is a folder, not a document; name a file inside it")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{path}: not a regular file ({_file_type(st.st_mode)})")
        if st.st_size > limit:
            raise InputError(f"{path}: {st.st_size:,} bytes is over the max_file_bytes limit of {limit:,}; "
                             f"raise max_file_bytes in config.yaml to track it")
        chunks = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise InputError(f"{path}: grew past the max_file_bytes limit of {limit:,} while being read")
        after = os.fstat(fd)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({_reason(exc)})") from None
    finally:
        os.close(fd)
    if (after.st_size, after.st_mtime_ns) != (st.st_size, st.st_mtime_ns) or total != st.st_size:
        raise FileUnstable(f"{path}: changed while being read (still being written?); will retry")
    return b"".join(chunks)


def _read_stream(path: Path, limit: int) -> bytes:
    """A pipe read to its end; opened again, blocking, so a writer that has not started yet is waited for."""
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({_reason(exc)})") from None
    if len(data) > limit:
        raise InputError(f"{path}: more than the max_file_bytes limit of {limit:,} bytes")
    return data


def is_document(config: Config, path: Path) -> bool:
    """Whether `path` is a document by name: included, not excluded, not the store or the changelog."""
    name = path.name
    if not any(fnmatch.fnmatch(name, pat) for pat in config.include):
        return False
    if any(fnmatch.fnmatch(name, pat) for pat in config.exclude):
        return False
    absolute = _absolute(path)
    if absolute in (_absolute(config.changelog_markdown), _absolute(config.changelog_jsonl)):
        return False
    return not _under(absolute, _absolute(config.snapshots))


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


def _record_renames_and_removals(
    config: Config, store: SnapshotStore, paths: Sequence[Path] | None, seen: set[Path],
    fresh: list[tuple[str, Path, bytes]], emit: Callable[[ScanEvent], None],
) -> set[str]:
    """New documents whose content matches a vanished one are renames; other vanished documents are removed.

    Returns the documents this recorded something for.
    """
    scope = [_absolute(p) for p in (paths if paths is not None else config.roots)]
    scope = [p for p in scope if paths is not None or p.is_dir()]  # a missing root is an outage, not removals
    missing: list[str] = []
    for doc in _documents_in(config, store, paths, scope):
        source = store.current_source(doc)
        if source is None or store.is_removed(doc):
            continue
        where = _source_path(config, source)
        if (any(where == p or _under(where, p) for p in scope) and where not in seen
                and not os.path.lexists(where)):
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


def _entry_for(config: Config, store: SnapshotStore, records: tuple[Record, ...], i: int) -> Entry | None:
    """The changelog entry of record `i` of a document (None for the removal half of a rename)."""
    from monitor.changelog import Entry
    from monitor.store import Version

    record = records[i]
    doc = record.doc
    before = [r for r in records[:i] if isinstance(r, Version)]
    previous = records[i - 1] if i > 0 else None
    restored = previous is not None and not isinstance(previous, Version) and previous.kind == "removed"
    if isinstance(record, Version):
        new_doc = _load_version(config, store, record)
        if record.number == 1 and record.renamed_from:
            name, _, spec = record.renamed_from.rpartition("@")
            old = store.resolve(name, spec)
            report = compare(_load_version(config, store, old), new_doc, config, old.ref(), record.ref(), doc)
            return Entry(_record_key(record), "renamed", doc, None, 1, record.taken_at, report,
                         renamed_from=record.renamed_from)
        if not before:
            report = compare(_EMPTY, new_doc, config, _nothing("(none)"), record.ref(), doc, assess=False)
            return Entry(_record_key(record), "added", doc, None, record.number, record.taken_at, report)
        prev = before[-1]
        report = compare(_load_version(config, store, prev), new_doc, config, prev.ref(), record.ref(), doc)
        return Entry(_record_key(record), "changed", doc, prev.number, record.number, record.taken_at, report,
                     note="restored" if restored else None)
    last = next(v for v in reversed(before) if v.number == record.after)
    last_doc = _load_version(config, store, last)
    if record.kind == "removed":
        if record.to is not None:
            return None
        gone = _nothing("removed", record.taken_at)
        report = compare(last_doc, _EMPTY, config, last.ref(), gone, doc, assess=False)
        return Entry(_record_key(record), "removed", doc, last.number, None, record.taken_at, report)
    back = VersionRef(last.label, record.source, last.sha256, record.taken_at)
    report = compare(last_doc, last_doc, config, last.ref(), back, doc, assess=False)
    return Entry(_record_key(record), "added", doc, last.number, last.number, record.taken_at, report,
                 note="restored")


def _record_key(record: Record) -> str:
    from monitor.changelog import event_key, version_key
    from monitor.store import Version

    if isinstance(record, Version):
        return version_key(record.doc, record.number)
    return event_key(record.doc, record.n)


def _load_version(config: Config, store: SnapshotStore, version: Version) -> Document:
    return load_document(store.read(version), f"{version.doc}@{version.label}", config)


_EMPTY = Document(())


def _nothing(label: str, taken_at: str | None = None) -> VersionRef:
    return VersionRef(label=label, path=None, sha256=hashlib.sha256(b"").hexdigest(), taken_at=taken_at)


def _write_status(config: Config, store: SnapshotStore, events: list[ScanEvent]) -> None:
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
    absolute = _absolute(path)
    base = _absolute(config.base)
    return absolute.relative_to(base).as_posix() if _under(absolute, base) else str(absolute)


def _source_path(config: Config, source: str) -> Path:
    path = Path(source)
    return _absolute(path if path.is_absolute() else config.base / path)


def _absolute(path: Path | str) -> Path:
    # Not Path.resolve(): a document reached through a symlinked folder keeps the path it was found under.
    return Path(os.path.abspath(path))  # noqa: PTH100


def _under(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _message(exc: InputError, config: Config, path: Path) -> str:
    text = str(exc)  # the event already names the file
    for prefix in (f"{path}: ", f"{_source(config, path)}: "):
        text = text.removeprefix(prefix)
    return text


def _open_failure(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return f"{path}: symlink loop"
    if exc.errno == errno.ENOENT:
        if path.is_symlink():
            return f"{path}: broken symlink (its target does not exist)"
        return f"{path}: vanished before it could be read"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"{path}: permission denied (give the monitor user read access)"
    if exc.errno == errno.EISDIR:
        return f"{path}: is a folder named like a document"
    return f"{path}: cannot open ({_reason(exc)})"


def _file_type(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()
