"""The snapshot store: one folder per document, one plain file per version, an append-only manifest, a lock.

Layout (a person can `ls` and `diff` it):

    snapshots/
      .lock                      flock'd by the process writing; holds "pid purpose" of the holder
      .format                    the id scheme ("2": `<root name>__<path>`; none: the old one, see migrate.py)
      <doc>/manifest.jsonl       one JSON record per line, append-only
      <doc>/v0001.txt            the exact bytes captured, never rewritten (v0002.pdf: the suffix is the source's)
      .text/<sha256>.<reader>.txt  text extracted from a version's bytes by a reader: derived, deleted at will
      aliases.json               `monitor rename`: a file's own id -> the document whose history it continues

Crash safety comes from the order of writes: a version file is written to a temp file in the same folder,
fsync'd, renamed into place and the folder fsync'd *before* its manifest line is appended (and fsync'd).
So every manifest line points to a complete file.  What a kill -9 can leave behind is repaired by the next
writer, under the lock: a temp file (deleted), a version file without its manifest line (adopted: it is
complete, only unrecorded), a torn last manifest line (cut off).  Readers never repair; they ignore a torn
tail, which is also what they see while a writer is mid-append.

Besides versions the manifest records two events that the changelog reports: `removed` (the source file
is gone; `to` names the document it was renamed to, if any) and `restored` (it came back unchanged).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import os
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from monitor.errors import StoreError, StoreLocked, VersionNotFound
from monitor.report import VersionRef

MANIFEST = "manifest.jsonl"
TEXT_CACHE = ".text"  # extracted text of PDF, HTML and Word versions, by hash and reader version
LOCK_FILE = ".lock"
# `monitor rename`: the id a file's path gives -> the document whose history that file continues.
ALIASES = "aliases.json"
_VERSION_FILE = re.compile(r"^v(\d{4,})(\.[A-Za-z0-9]{1,10})?$")
# A document id: `~` appears only in hashed ids (see doc_id), never in a clean one.
_SAFE_SEGMENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._~-]*\Z")
_UNSAFE_CHARS = re.compile(r"[^A-Za-z0-9._-]+")
_SEPARATOR = "__"
# A part of a path kept as it is in an id: no leading dot, no `__`, no trailing `_` (so `a_/b` and `a/_b`
# cannot both become `a___b`). Joined by `__`, such parts split back in exactly one way.
_CLEAN_PART = re.compile(r"^(?!\.)(?:[A-Za-z0-9.-]|_(?!_))+(?<!_)\Z")
_ID_START = re.compile(r"^[A-Za-z0-9]")  # a document id never starts like an option or a hidden file
_HASHED = "~"
_HASH_LEN = 10
_MAX_ID = 180  # well under NAME_MAX (255) so the temp-name suffixes still fit

EventKind = Literal["removed", "restored"]


class IdCollision(StoreError):
    """A file maps to the document id that holds another file's history, and that file still exists."""


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso_utc(moment: datetime) -> str:
    """`2026-11-25T10:12:03Z`: UTC, whole seconds, the form used in manifests and reports."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, slots=True)
class Version:
    """One stored version of a document: its number, when it was taken, its hash and where its bytes are."""

    doc: str
    number: int
    taken_at: str
    sha256: str
    size: int
    source: str
    path: Path
    renamed_from: str | None = None  # "olddoc@v3" when this first version is a renamed document

    @property
    def label(self) -> str:
        return f"v{self.number}"

    def ref(self) -> VersionRef:
        return VersionRef(label=self.label, path=self.source, sha256=self.sha256, taken_at=self.taken_at)


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened to a document besides a new version: it was removed, or came back unchanged."""

    doc: str
    kind: EventKind
    n: int  # ordinal among this document's events, 1-based: the changelog keys entries by it
    after: int  # the latest version number when the event happened
    taken_at: str
    source: str
    to: str | None = None  # for `removed`: the document it was renamed to


Record = Version | Event


@dataclass(frozen=True, slots=True)
class _Manifest:
    records: tuple[Record, ...]
    torn_tail: bool  # the last line is incomplete (a writer is mid-append, or one was killed)

    @property
    def versions(self) -> tuple[Version, ...]:
        return tuple(r for r in self.records if isinstance(r, Version))

    @property
    def events(self) -> tuple[Event, ...]:
        return tuple(r for r in self.records if isinstance(r, Event))


class _ProcessLock:
    """The store's flock, shared by every SnapshotStore of one root in this process and counted, so nested
    `with store.lock()` blocks and several threads of one process do not deadlock on their own lock."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.count = 0
        self.fd: int | None = None
        self.guard = threading.Lock()

    def acquire(self, blocking: bool, timeout: float | None, purpose: str) -> None:
        with self.guard:
            if self.count:
                self.count += 1
                return
            fd = _open_lock_file(self.path)
            deadline = None if timeout is None else time.monotonic() + timeout
            try:
                while True:
                    try:
                        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                        break
                    except BlockingIOError:
                        if not blocking or (deadline is not None and time.monotonic() >= deadline):
                            raise StoreLocked(_locked_message(self.path)) from None
                        time.sleep(0.05)
            except BaseException:
                os.close(fd)
                raise
            # Tell `monitor status` and the next process who holds the lock; not needed for correctness.
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
                os.pwrite(fd, f"{os.getpid()} {purpose}\n".encode(), 0)
            self.fd = fd
            self.count = 1

    def release(self) -> None:
        with self.guard:
            self.count -= 1
            if self.count == 0 and self.fd is not None:
                with contextlib.suppress(OSError):
                    os.ftruncate(self.fd, 0)
                os.close(self.fd)  # closing the descriptor drops the flock
                self.fd = None


_PROCESS_LOCKS: dict[Path, _ProcessLock] = {}
_PROCESS_LOCKS_GUARD = threading.Lock()


def _process_lock(path: Path) -> _ProcessLock:
    with _PROCESS_LOCKS_GUARD:
        lock = _PROCESS_LOCKS.get(path)
        if lock is None:
            lock = _PROCESS_LOCKS[path] = _ProcessLock(path)
        return lock


def _open_lock_file(path: Path) -> int:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the snapshot store's lock file ({_reason(exc)})") from None


def lock_holder(root: Path) -> str | None:
    """`"1234 watch"` when a process holds the store's lock, else None (used by `monitor status`)."""
    path = root / LOCK_FILE
    if not path.exists():
        return None
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "another process"
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)


def _locked_message(path: Path) -> str:
    holder = lock_holder(path.parent) or "another process"
    pid, _, purpose = holder.partition(" ")
    who = f"monitor {purpose} (pid {pid})" if pid.isdigit() and purpose else holder
    return (f"snapshot store {path.parent} is in use by {who}; only one monitor may write to it at a time "
            f"(stop that one or wait for it to finish)")


class SnapshotStore:
    """Versions of documents as plain files, deduplicated by sha256, written atomically under a lock."""

    def __init__(self, root: Path, clock: Callable[[], datetime] = utc_now) -> None:
        self.root = Path(root)
        self._clock = clock
        self._cache: dict[str, tuple[tuple[int, int, int], _Manifest]] = {}
        self._write_mutex = threading.Lock()
        self._aliases_seen: tuple[tuple[int, int, int], dict[str, str]] | None = None

    # ----------------------------------------------------------------------------------------- naming
    def doc_id(self, path: Path, root: Path, root_name: str, *, bare: bool = False) -> str:
        """The stable, unique, filesystem-safe id of the document at `path` under the watched `root`: the
        document `monitor rename` said the file continues, if any (not with `bare`), else its own id:

        The root's name, then the path under the root, joined by `__`: `seeds__ukraine.txt`,
        `seeds__asia__japan.md`, `teamA__plan.txt` — the same whatever other roots there are, in any order.
        A part that is not clean (characters outside `[A-Za-z0-9._-]`, a leading dot, `__` inside, a trailing
        `_` that would blur the separator) or an id over the length limit makes it lossy: then a readable
        prefix and a hash of (root name, relative path) are joined by `~`, which no clean id contains, so a
        file named like another's hashed id never shares its id. No id contains a path separator or is
        `.`/`..`, so no path traversal is possible through it.
        """
        try:
            rel = Path(os.path.normpath(path)).relative_to(os.path.normpath(root))
        except ValueError:
            raise StoreError(f"{path} is not under the watched folder {root}") from None
        parts = [p for p in rel.parts if p not in ("", ".")]
        if not parts or ".." in parts:
            raise StoreError(f"{path}: not a document path under {root}")
        parts = [root_name, *parts]
        lossy = not _ID_START.match(root_name) or not all(_CLEAN_PART.match(p) for p in parts)
        doc = _SEPARATOR.join(_UNSAFE_CHARS.sub("-", p).lstrip(".") or "_" for p in parts)
        if lossy or len(doc) > _MAX_ID:
            key = f"{root_name}\0{rel.as_posix()}".encode("utf-8", "surrogateescape")
            digest = hashlib.sha256(key).hexdigest()[:_HASH_LEN]
            prefix = doc[: _MAX_ID - _HASH_LEN - 1]
            if not _ID_START.match(prefix):
                prefix = f"r{prefix}"[: _MAX_ID - _HASH_LEN - 1]
            doc = f"{prefix}{_HASHED}{digest}"
        return doc if bare else self.aliases().get(doc, doc)

    def aliases(self) -> dict[str, str]:
        """Path-derived id -> the document whose history that file continues (`monitor rename`); {} when none.
        Re-read only when aliases.json changed, so a scan of 10,000 files pays one stat per file."""
        path = self.root / ALIASES
        try:
            st = path.stat()
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise StoreError(f"{path}: cannot read the renamed documents ({_reason(exc)})") from None
        seen = (st.st_mtime_ns, st.st_size, st.st_ino)
        if self._aliases_seen is not None and self._aliases_seen[0] == seen:
            return self._aliases_seen[1]
        try:
            data = json.loads(path.read_bytes())
        except (OSError, ValueError) as exc:
            raise StoreError(f"{path}: cannot read the renamed documents ({exc}); fix or delete the file "
                             "(the histories stay; files map to their own ids again)") from None
        if not isinstance(data, dict) or not all(
                isinstance(k, str) and isinstance(v, str) and _SAFE_SEGMENT.match(v) for k, v in data.items()):
            raise StoreError(f"{path}: not a mapping of document ids; fix or delete the file")
        self._aliases_seen = (seen, data)
        return data

    def add_alias(self, natural: str, doc: str) -> None:
        """From now on the file whose path gives the id `natural` continues the history of `doc`."""
        with self.lock(), self._write_mutex:
            aliases = {**self.aliases(), natural: doc}
            text = json.dumps(dict(sorted(aliases.items())), indent=1, ensure_ascii=False) + "\n"
            self.root.mkdir(parents=True, exist_ok=True)
            _atomic_write(self.root / ALIASES, text.encode("utf-8", "backslashreplace"))

    def claim(self, doc: str, path: Path, source: str, locate: Callable[[str], Path]) -> None:
        """IdCollision, naming both files, when `doc` holds the history of a file other than `path` (recorded
        as `source`) that still exists: two files never share one history. `locate` turns a recorded source
        into its path."""
        current = self.current_source(doc)
        if not current or current == source:  # '' : a version recovered after a kill -9 before its source was known
            return
        other = locate(current)
        if os.path.normpath(other) != os.path.normpath(path) and os.path.lexists(other):
            raise IdCollision(
                f"not snapshotted: {source} maps to document id {doc!r}, which holds the history of {current} "
                f"(still there); refusing to merge two files' histories — rename one of them, or give its root "
                f"another name in config.yaml")

    def reload(self) -> None:
        """Forget the manifests read so far (the migration renamed folders under this object)."""
        self._cache.clear()

    def _doc_dir(self, doc: str) -> Path:
        if not isinstance(doc, str) or not _SAFE_SEGMENT.match(doc) or len(doc) > _MAX_ID + 10:
            raise VersionNotFound(f"unknown document {doc!r} ({self._known()})")
        return self.root / doc

    def _known(self) -> str:
        return known_documents(self.documents(), self.root)

    # ---------------------------------------------------------------------------------------- reading
    def documents(self) -> list[str]:
        """Every document with at least one version, sorted."""
        try:
            entries = list(os.scandir(self.root))
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise StoreError(f"{self.root}: cannot list the snapshot store ({_reason(exc)})") from None
        docs = []
        for entry in entries:
            if entry.is_dir(follow_symlinks=False) and _SAFE_SEGMENT.match(entry.name):
                manifest = Path(entry.path) / MANIFEST
                if manifest.is_file() and self._load(entry.name).versions:
                    docs.append(entry.name)
        return sorted(docs)

    def manifest_sizes(self, between: Callable[[], object] | None = None) -> dict[str, int]:
        """Document -> its manifest's size in bytes, for every document folder, without reading a manifest
        (a manifest only grows: the index compares the size with the one it copied). `between` is called
        every 100 folders."""
        try:
            entries = list(os.scandir(self.root))
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise StoreError(f"{self.root}: cannot list the snapshot store ({_reason(exc)})") from None
        out = {}
        for n, entry in enumerate(entries, start=1):
            if entry.is_dir(follow_symlinks=False) and _SAFE_SEGMENT.match(entry.name):
                with contextlib.suppress(OSError):
                    out[entry.name] = os.stat(os.path.join(entry.path, MANIFEST)).st_size  # noqa: PTH116, PTH118
            if between is not None and n % 100 == 0:
                between()
        return out

    def manifest_size(self, doc: str) -> int | None:
        try:
            return (self._doc_dir(doc) / MANIFEST).stat().st_size
        except OSError:
            return None

    def history(self, doc: str) -> tuple[Version, ...]:
        """All versions of `doc`, oldest first; VersionNotFound naming the known documents if none."""
        versions = self._load(doc).versions
        if not versions:
            raise VersionNotFound(f"unknown document {doc!r} ({self._known()})")
        return versions

    def records(self, doc: str) -> tuple[Record, ...]:
        """Versions and events of `doc` in the order they happened."""
        return self._load(doc).records

    def events(self, doc: str) -> tuple[Event, ...]:
        return self._load(doc).events

    def latest(self, doc: str) -> Version | None:
        versions = self._load(doc).versions
        return versions[-1] if versions else None

    def latest_or_none(self, doc: str) -> Version | None:
        """The latest version of `doc`, or None when `doc` is no document here (nor could name one)."""
        if not isinstance(doc, str) or not _SAFE_SEGMENT.match(doc) or len(doc) > _MAX_ID + 10:
            return None
        try:
            return self.latest(doc)
        except (StoreError, VersionNotFound):
            return None

    def is_removed(self, doc: str) -> bool:
        """True when the last thing recorded for `doc` is its removal."""
        records = self._load(doc).records
        return bool(records) and isinstance(records[-1], Event) and records[-1].kind == "removed"

    def current_source(self, doc: str) -> str | None:
        """The source path of the latest version or restore."""
        for record in reversed(self._load(doc).records):
            if isinstance(record, Version) or record.kind == "restored":
                return record.source
        return None

    def resolve(self, doc: str, spec: str, versions: tuple[Version, ...] | None = None) -> Version:
        """The version named by `spec`: `v3`, `3`, `latest`, `previous`, `first` (also `latest~2`), among
        `versions` (the index's) or the store's history of `doc`."""
        versions = versions or self.history(doc)
        spec = spec.strip()
        low = spec.lower()
        have = f"{doc!r} has {_span(versions)}"
        if low in ("latest", "last", "head"):
            return versions[-1]
        if low == "first":
            return versions[0]
        back = None
        if low in ("previous", "prev"):
            back = 1
        elif (m := re.fullmatch(r"(?:latest|head)~(\d+)", low)) is not None:
            back = int(m.group(1))
        if back is not None:
            if back >= len(versions):
                raise VersionNotFound(f"{doc}@{spec}: no such version; {have}")
            return versions[-1 - back]
        m = re.fullmatch(r"v?(\d+)", low)
        if m is None:
            raise VersionNotFound(
                f"{doc}@{spec}: not a version; use v3, 3, latest, previous or first ({have})")
        number = int(m.group(1))
        for v in versions:
            if v.number == number:
                return v
        raise VersionNotFound(f"{doc}@{spec}: no such version; {have}")

    def read(self, v: Version) -> bytes:
        """The exact bytes captured for version `v`."""
        try:
            data = v.path.read_bytes()
        except FileNotFoundError:
            raise StoreError(f"{v.path}: snapshot file of {v.doc}@{v.label} is missing; "
                             f"the store was changed by hand") from None
        except OSError as exc:
            raise StoreError(f"{v.path}: cannot read snapshot ({_reason(exc)})") from None
        return data

    # The text each reader extracted from a version's bytes: derived, so kept apart from the versions, keyed by
    # the bytes' hash and the reader's version (a new extractor reads again; it never makes a new version).
    def cached_text(self, sha256: str, reader: str) -> str | None:
        """The text `reader` extracted from the bytes with hash `sha256`, if it was kept."""
        try:
            return (self.root / TEXT_CACHE / f"{sha256}.{reader}.txt").read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError, ValueError):
            return None

    def cache_text(self, sha256: str, reader: str, text: str) -> None:
        """Keep extracted text for next time (best effort: a full disk costs only a second extraction)."""
        folder = self.root / TEXT_CACHE
        with contextlib.suppress(OSError, StoreError):
            folder.mkdir(parents=True, exist_ok=True)
            _atomic_write(folder / f"{sha256}.{reader}.txt", text.encode("utf-8", "surrogatepass"))

    def verify(self) -> list[str]:
        """Problems found in the store (empty when consistent): missing or altered version files, gaps."""
        problems = []
        for doc in self.documents():
            manifest = self._load(doc)
            for i, v in enumerate(manifest.versions, start=1):
                if v.number != i:
                    problems.append(f"{doc}: version {v.label} recorded where v{i} was expected")
                try:
                    data = v.path.read_bytes()
                except OSError as exc:
                    problems.append(f"{doc}@{v.label}: {v.path} unreadable ({_reason(exc)})")
                    continue
                if hashlib.sha256(data).hexdigest() != v.sha256 or len(data) != v.size:
                    problems.append(f"{doc}@{v.label}: {v.path} does not match its manifest entry")
            if manifest.torn_tail:
                problems.append(f"{doc}: the last manifest line is incomplete (repaired by the next write)")
        return problems

    def _load(self, doc: str) -> _Manifest:
        path = self._doc_dir(doc) / MANIFEST
        try:
            st = path.stat()
        except FileNotFoundError:
            return _Manifest((), False)
        except OSError as exc:
            raise StoreError(f"{path}: cannot read manifest ({_reason(exc)})") from None
        key = (st.st_ino, st.st_size, st.st_mtime_ns)
        cached = self._cache.get(doc)
        if cached is not None and cached[0] == key:
            return cached[1]
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise StoreError(f"{path}: cannot read manifest ({_reason(exc)})") from None
        manifest = _parse_manifest(doc, self.root / doc, raw, path)
        self._cache[doc] = (key, manifest)
        return manifest

    # ---------------------------------------------------------------------------------------- writing
    @contextlib.contextmanager
    def lock(self, blocking: bool = True, timeout: float | None = None,
             purpose: str = "scan") -> Iterator[None]:
        """Hold the store's exclusive lock (re-entrant within this process).

        StoreLocked, naming the holder, when not blocking (or after `timeout` seconds) and another process
        holds it.
        """
        plock = _process_lock((self.root / LOCK_FILE).absolute())
        plock.acquire(blocking, timeout, purpose)
        try:
            yield
        finally:
            plock.release()

    def put(self, doc: str, data: bytes, source: str, *, renamed_from: str | None = None) -> Version | None:
        """Store `data` as the next version of `doc`; None when it is identical to the latest version."""
        digest = hashlib.sha256(data).hexdigest()
        with self.lock(), self._write_mutex:
            folder = self._doc_dir(doc)
            manifest = self._repair(doc)
            versions = manifest.versions
            if versions and versions[-1].sha256 == digest:
                return None
            number = versions[-1].number + 1 if versions else 1
            name = f"v{number:04d}{_suffix(source)}"
            target = folder / name
            _atomic_write(target, data)
            record: dict[str, Any] = {
                "version": number, "taken_at": iso_utc(self._clock()), "sha256": digest, "size": len(data),
                "source": source, "file": name,
            }
            if renamed_from is not None and number == 1:
                record["renamed_from"] = renamed_from
            self._append(doc, record)
            return _version_from(doc, folder, record)

    def mark_removed(self, doc: str, to: str | None = None) -> Event | None:
        """Record that `doc`'s source is gone (renamed to document `to`, if given); None if recorded."""
        with self.lock(), self._write_mutex:
            manifest = self._repair(doc)
            if not manifest.versions:
                raise VersionNotFound(f"unknown document {doc!r} ({self._known()})")
            if self.is_removed(doc):
                return None
            return self._add_event(doc, manifest, "removed", self.current_source(doc) or "", to)

    def mark_restored(self, doc: str, source: str) -> Event | None:
        """Record that a removed `doc` is back with the content of its latest version; None if not removed."""
        with self.lock(), self._write_mutex:
            manifest = self._repair(doc)
            if not self.is_removed(doc):
                return None
            return self._add_event(doc, manifest, "restored", source, None)

    def _add_event(self, doc: str, manifest: _Manifest, kind: EventKind, source: str,
                   to: str | None) -> Event:
        record: dict[str, Any] = {
            "event": kind, "n": len(manifest.events) + 1, "after": manifest.versions[-1].number,
            "taken_at": iso_utc(self._clock()), "source": source,
        }
        if to is not None:
            record["to"] = to
        self._append(doc, record)
        return _event_from(doc, record)

    def _append(self, doc: str, record: dict[str, Any]) -> None:
        folder = self.root / doc
        path = folder / MANIFEST
        # backslashreplace: an undecodable file name (a lone surrogate) becomes a valid JSON \udcxx escape.
        line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace")
        created = not path.exists()
        try:
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o644)
            try:
                _write_all(fd, line)
                os.fsync(fd)
            finally:
                os.close(fd)
            if created:
                fsync_dir(folder)
        except OSError as exc:
            raise StoreError(f"{path}: cannot append to manifest ({_reason(exc)})") from None
        self._cache.pop(doc, None)

    def _repair(self, doc: str) -> _Manifest:
        """Undo what a killed writer left in `doc`'s folder; the caller holds the lock."""
        folder = self._doc_dir(doc)
        try:
            created = not folder.exists()
            folder.mkdir(parents=True, exist_ok=True)
            if created:
                fsync_dir(self.root)
        except OSError as exc:
            raise StoreError(f"{folder}: cannot create snapshot folder ({_reason(exc)})") from None
        path = folder / MANIFEST
        manifest = self._load(doc)
        if manifest.torn_tail:
            raw = path.read_bytes()
            keep = raw[: raw.rfind(b"\n") + 1]
            complete = len(manifest.records) > len(_parse_manifest(doc, folder, keep, path).records)
            try:
                with path.open("r+b") as fh:
                    if complete:  # the whole record is there, only its newline is missing
                        fh.seek(0, os.SEEK_END)
                        fh.write(b"\n")
                    else:
                        fh.truncate(len(keep))
                    fh.flush()
                    os.fsync(fh.fileno())
            except OSError as exc:
                raise StoreError(f"{path}: cannot repair manifest ({_reason(exc)})") from None
            self._cache.pop(doc, None)
            manifest = self._load(doc)
        recorded = {v.path.name for v in manifest.versions}
        next_number = manifest.versions[-1].number + 1 if manifest.versions else 1
        try:
            names = sorted(p.name for p in folder.iterdir())
        except OSError as exc:
            raise StoreError(f"{folder}: cannot list snapshot folder ({_reason(exc)})") from None
        for name in names:
            if name.startswith(".") and ".tmp-" in name:
                with contextlib.suppress(FileNotFoundError):
                    (folder / name).unlink()
                continue
            m = _VERSION_FILE.match(name)
            if m is None or name in recorded:
                continue
            if int(m.group(1)) == next_number:
                # Killed after the file was renamed into place but before its manifest line: the file is
                # complete (it was fsync'd first), so record it rather than lose the revision.
                data = (folder / name).read_bytes()
                mtime = datetime.fromtimestamp((folder / name).stat().st_mtime, UTC)
                previous = manifest.versions[-1].source if manifest.versions else ""
                self._append(doc, {
                    "version": next_number, "taken_at": iso_utc(mtime),
                    "sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
                    "source": previous, "file": name, "recovered": True,
                })
                manifest = self._load(doc)
                recorded.add(name)
                next_number += 1
            else:
                # Not the next version: cannot be ours; move it aside rather than delete someone's file.
                with contextlib.suppress(OSError):
                    (folder / name).rename(folder / f".orphan-{name}")
        return manifest


# --------------------------------------------------------------------------------------------- helpers
def _parse_manifest(doc: str, folder: Path, raw: bytes, path: Path) -> _Manifest:
    lines = raw.split(b"\n")
    tail = lines.pop()  # b"" when the file ends with a newline
    records: list[Record] = []
    torn = False
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            records.append(_record_from(doc, folder, json.loads(line)))
        except (ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"{path}:{lineno}: corrupt manifest line ({exc}); the store was changed by hand "
                             f"— restore the line or remove it") from None
    if tail.strip():
        # A complete record that only lacks its newline still counts; the next writer adds the newline.
        with contextlib.suppress(ValueError, KeyError, TypeError):
            records.append(_record_from(doc, folder, json.loads(tail)))
        torn = True
    return _Manifest(tuple(records), torn)


def _record_from(doc: str, folder: Path, d: dict[str, Any]) -> Record:
    if "event" in d:
        return _event_from(doc, d)
    return _version_from(doc, folder, d)


def _version_from(doc: str, folder: Path, d: dict[str, Any]) -> Version:
    name = str(d["file"])
    if not _VERSION_FILE.match(name):  # a hand-edited manifest must not point outside the folder
        raise ValueError(f"bad file name {name!r}")
    return Version(
        doc=doc, number=int(d["version"]), taken_at=str(d["taken_at"]), sha256=str(d["sha256"]),
        size=int(d["size"]), source=str(d["source"]), path=folder / name, renamed_from=d.get("renamed_from"),
    )


def _event_from(doc: str, d: dict[str, Any]) -> Event:
    kind = d["event"]
    if kind not in ("removed", "restored"):
        raise ValueError(f"unknown event {kind!r}")
    return Event(doc=doc, kind=kind, n=int(d["n"]), after=int(d["after"]), taken_at=str(d["taken_at"]),
                 source=str(d["source"]), to=d.get("to"))


def known_documents(docs: list[str], root: Path) -> str:
    """What an 'unknown document' message says it knows: a dozen names, or that the store is still empty."""
    if not docs:
        return f"no documents in {root} yet; run `monitor scan` first"
    shown = ", ".join(docs[:12]) + (f", … ({len(docs)} in all)" if len(docs) > 12 else "")
    return f"known: {shown}"


def _suffix(source: str) -> str:
    suffix = Path(source).suffix.lower()
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,10}", suffix) else ".txt"


def _span(versions: tuple[Version, ...]) -> str:
    if len(versions) == 1:
        return "only v1"
    return f"{versions[0].label}…{versions[-1].label}"


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in `folder` durable (fsync the folder itself)."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _atomic_write(target: Path, data: bytes) -> None:
    """Write `data` to `target` so that it either exists complete or not at all."""
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}-{threading.get_ident()}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o644)
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        tmp.replace(target)
        fsync_dir(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StoreError(f"{target}: cannot write snapshot ({_reason(exc)})") from None


def atomic_write_file(target: Path, data: bytes) -> None:
    """Public form of the store's atomic write, for the changelog and other derived files."""
    _atomic_write(target, data)


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "no space left on device"
    return (exc.strerror or str(exc)).lower()
