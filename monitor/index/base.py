"""The index's queries, written once over DB-API for both backends; a backend supplies the connection.

Every write is one transaction. An entry and its judgment rows are inserted together, keyed by (store, key)
with ON CONFLICT DO NOTHING, so two writers (or a writer replaying after a kill -9) can never double one.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from monitor.errors import StoreError
from monitor.index.schema import MIGRATIONS, SCHEMA_VERSION
from monitor.store import Event, Record, Version

# An entry's body is its JSONL line, deflated against this preset dictionary: the report's keys and constant
# words, which a one-word edit's entry would otherwise spend a third of its compressed size on. Never edit it:
# zlib stores its checksum in each body, so a new dictionary needs a new name here and the old one kept for
# reading. Bodies written before it (no dictionary flag in the zlib header) still read.
_BODY_DICT = (
    b'"evidence": {"before": [], "after": []}, "explanation": "", "kind": "quantity", "recommendation", "stance",'
    b' "actor", "negation", "severity": "low", "medium", "direction": "up", "down", "reversed", "topics": [],'
    b' "section": null, "paragraphs": [{"op": "modified", "unchanged", "added", "removed", "moved", "split",'
    b' "merged", "old": [], "new": [], "old_text": null, "new_text": null, "words": [{"op": "equal", "text": ""},'
    b' {"op": "delete", "text": ""}, {"op": "insert", "text": ""}]}], "summary": {"paragraphs": {"unchanged": 0,'
    b' "modified": 1, "added": 0, "removed": 0, "moved": 0, "split": 0, "merged": 0}, "assessments": {"high": 1,'
    b' "medium": 0, "low": 0}}, "old": {"label": "v1", "path": "", "sha256": "", "taken_at": "2026-"}, "new":'
    b' {"label": "v2", "path": "", "sha256": "", "taken_at": "2026-"}, {"key": "", "kind": "changed", "doc": "",'
    b' "old_version": 1, "new_version": 2, "recorded_at": "2026-", "entry_format": 2, "schema":'
    b' "monitor/diff-report@1", "document": "", "assessments": [{"kind": "likelihood", "severity": "high",'
    b' "direction": "down", "topics": [], "section": "", "before": "", "after": "", ')


PAGE_ROWS = 500  # rows per page of a long read, with a save scanned between two pages (see _paged)


def pack_body(line: bytes) -> bytes:
    """An entry's JSONL line as the index stores it."""
    packer = zlib.compressobj(6, zdict=_BODY_DICT)
    return packer.compress(line) + packer.flush()


def unpack_body(body: bytes) -> bytes:
    """The JSONL line of a stored body, with or without the preset dictionary."""
    if len(body) > 1 and body[1] & 0x20:  # FDICT: deflated against _BODY_DICT
        unpacker = zlib.decompressobj(zdict=_BODY_DICT)
        return unpacker.decompress(body) + unpacker.flush()
    return zlib.decompress(body)


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """One tracked document as `monitor log` and `monitor status` list it."""

    doc: str
    versions: int
    removed: bool
    source: str | None
    latest_taken_at: str | None


@dataclass(frozen=True, slots=True)
class EntryRow:
    """One changelog entry as the index keeps it: the views' order, its key and its JSONL line."""

    seq: int
    key: str
    doc: str
    line: bytes  # the entry's changelog.jsonl line, newline included


@dataclass(frozen=True, slots=True)
class JudgmentRow:
    """One changed judgment of an entry (the `assessments` of its report), flattened for queries."""

    kind: str
    severity: str
    direction: str | None
    topics: tuple[str, ...]
    section: str | None
    before: str | None
    after: str | None
    explanation: str


@dataclass(frozen=True, slots=True)
class NewEntry:
    """An entry to record: its columns, its JSONL line and its judgments."""

    key: str
    doc: str
    kind: str
    old_version: int | None
    new_version: int | None
    recorded_at: str
    summary: str
    line: bytes
    judgments: tuple[JudgmentRow, ...]


@dataclass(frozen=True, slots=True)
class NotifyTargetRow:
    """A notification target's delivery state: its mark, what it accepted, its last failure."""

    target: str  # the target's id (a hash of its URL as config.yaml writes it)
    shown: str  # its URL with credentials masked, for `monitor status`
    since_seq: int  # entries up to this one were recorded before the target was configured: never sent to it
    done_seq: int  # every entry up to this one was delivered to it or filtered out
    active: bool  # configured now
    attempts: int  # failed attempts at its next entry, in a row
    delivered: int
    last_error: str | None
    last_error_at: str | None
    next_try: str | None


@dataclass(frozen=True, slots=True)
class BacklogRow:
    """An entry after a target's mark, with what a target's filter reads (judgments as severity, kind, topics)."""

    seq: int
    key: str
    doc: str
    source: str | None  # the document's source file, as the index knows it now
    judgments: tuple[tuple[str, str, tuple[str, ...]], ...]


@dataclass(frozen=True, slots=True)
class SourceRow:
    """What a source file looked like when last read (size, mtime, inode) and the hash of what it held."""

    path: str
    doc: str
    size: int
    mtime_ns: int
    inode: int
    sha256: str


class SqlIndex:
    """The history index over one DB-API connection (see HistoryIndex in monitor/index/__init__.py)."""

    placeholder = "?"
    serial = "INTEGER"  # the backend's auto-numbered key type
    blob = "BLOB"
    describe = "index"  # names the index in messages: its file or its server

    def __init__(self, connect: Callable[[], Any], store: str, root: Path,
                 errors: tuple[type[BaseException], ...]) -> None:
        self._connect = connect
        self.store = store
        self.root = root
        self._errors = errors
        self._guard = threading.RLock()  # the daemon's worker and its readers share one connection
        self._conn: Any = None

    # ----------------------------------------------------------------------------------------- plumbing
    def _sql(self, text: str) -> str:
        return text if self.placeholder == "?" else text.replace("?", self.placeholder)

    def _exec(self, cur: Any, sql: str, args: Sequence[Any] = ()) -> None:
        cur.execute(self._sql(sql), tuple(_encode(a) for a in args))

    def _conn_or_open(self) -> Any:
        if self._conn is None:
            self._conn = self._call(self._connect)
        return self._conn

    def _call(self, fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except self._errors as exc:
            raise StoreError(self._failure(exc)) from None

    def _failure(self, exc: BaseException) -> str:
        detail = " ".join(str(exc).split())[:300] or type(exc).__name__
        return f"{self.describe}: {detail}"

    def _rows(self, sql: str, args: Sequence[Any] = ()) -> list[Any]:
        with self._guard:
            conn = self._conn_or_open()

            def run() -> list[Any]:
                cur = conn.cursor()
                try:
                    self._exec(cur, sql, args)
                    rows = cur.fetchall()
                    if any(isinstance(v, str) and _MOVED.search(v) for row in rows for v in row):
                        return [tuple(_decode(v) for v in row) for row in rows]
                    return list(rows)
                finally:
                    cur.close()
                    self._end_read(conn)

            return list(self._call(run))

    def _end_read(self, conn: Any) -> None:
        """Close the implicit read transaction, where the driver opens one."""

    def _write(self, work: Callable[[Any], Any]) -> Any:
        """Run `work(cursor)` in one transaction; committed when it returns, rolled back when it raises."""
        with self._guard:
            conn = self._conn_or_open()

            def run() -> Any:
                cur = conn.cursor()
                try:
                    self._begin(cur)
                    result = work(cur)
                    self._commit(conn, cur)
                    return result
                except BaseException:
                    self._rollback(conn, cur)
                    raise
                finally:
                    cur.close()

            return self._call(run)

    def _begin(self, cur: Any) -> None:
        raise NotImplementedError

    def _commit(self, conn: Any, cur: Any) -> None:
        conn.commit()

    def _rollback(self, conn: Any, cur: Any) -> None:
        with contextlib.suppress(*self._errors):
            conn.rollback()

    def _lock_schema(self, cur: Any) -> None:
        """Serialise migrations between processes (SQLite's BEGIN IMMEDIATE already does)."""

    def close(self) -> None:
        with self._guard:
            if self._conn is not None:
                with contextlib.suppress(*self._errors):
                    self._conn.close()
                self._conn = None

    # ----------------------------------------------------------------------------------------- schema
    def migrate(self) -> int:
        """Bring the schema to SCHEMA_VERSION in place, one numbered migration per transaction; the version
        it was at. StoreError when the index was written by a newer monitor."""

        def current(cur: Any) -> int:
            cur.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            cur.execute("SELECT version FROM schema_version")
            row = cur.fetchone()
            return int(row[0]) if row else 0

        def step(cur: Any) -> int:
            self._lock_schema(cur)
            at = current(cur)
            if at > SCHEMA_VERSION:
                raise StoreError(f"{self.describe}: written by a newer monitor (schema version {at}, this one knows "
                                 f"{SCHEMA_VERSION}); upgrade monitor")
            if at < SCHEMA_VERSION:
                for statement in MIGRATIONS[at + 1]:
                    cur.execute(statement.format(serial=self.serial, blob=self.blob))
                if at == 0:
                    self._exec(cur, ("INSERT INTO schema_version (version) VALUES (?)"), (at + 1,))
                else:
                    self._exec(cur, ("UPDATE schema_version SET version = ?"), (at + 1,))
            return at

        first = self._write(step)
        while self._write(step) < SCHEMA_VERSION:
            pass
        return int(first)

    def schema_version(self) -> int:
        """The schema version of the index as it is (0: empty), without changing it; StoreError when the
        index cannot be reached at all (a server that is down)."""
        with self._guard:
            self._conn_or_open()
        try:
            rows = self._rows("SELECT version FROM schema_version")
        except StoreError:
            return 0
        return int(rows[0][0]) if rows else 0

    def register_store(self, location: str, now: str) -> None:
        self._write(lambda cur: self._exec(cur, (
            "INSERT INTO stores (store, location, created_at) VALUES (?, ?, ?) ON CONFLICT (store) DO UPDATE "
            "SET location = excluded.location"), (self.store, location, now)))

    # ----------------------------------------------------------------------------------------- versions
    def synced(self, docs: Sequence[str] | None = None) -> dict[str, int]:
        """Document (all, or those of `docs`) -> how many of its manifest records (versions and events) the
        index holds."""
        if docs is not None and len(docs) <= 500:
            if not docs:
                return {}
            marks = ", ".join("?" * len(docs))
            rows = self._rows(f"SELECT doc, records FROM documents WHERE store = ? AND doc IN ({marks})",
                              (self.store, *docs))
        else:
            rows = self._rows("SELECT doc, records FROM documents WHERE store = ?", (self.store,))
        return {str(d): int(n) for d, n in rows}

    def sync_records(self, doc: str, records: Sequence[Record], start: int, manifest_size: int | None = None) -> None:
        """Copy `records[start:]` (a document's manifest, oldest first) into the index, with its summary row."""
        self.sync_many([(doc, records, start, manifest_size)])

    def sync_many(self, docs: Sequence[tuple[str, Sequence[Record], int, int | None]]) -> None:
        """sync_records for several documents, in one transaction."""

        def work(cur: Any) -> None:
            for doc, records, start, size in docs:
                self._sync(cur, doc, records, start, size)

        if docs:
            self._write(work)

    def manifest_sizes(self, between: Callable[[], object] | None = None) -> dict[str, int | None]:
        """Document -> the size of its manifest when its records were last copied."""
        return {str(d): (None if n is None else int(n)) for d, n in self._paged(
            "SELECT doc, manifest_size FROM documents WHERE store = ?", "doc", between)}

    def lacking_entries(self) -> set[str]:
        """Documents with a version, or a removal or restore, that has no entry yet."""
        rows = self._rows(
            "SELECT v.doc FROM versions v WHERE v.store = ? AND NOT EXISTS (SELECT 1 FROM entries e"
            " WHERE e.store = v.store AND e.key = v.doc || '@v' || v.number)"
            " UNION SELECT ev.doc FROM events ev WHERE ev.store = ? AND ev.to_doc IS NULL AND NOT EXISTS"
            " (SELECT 1 FROM entries e WHERE e.store = ev.store AND e.key = ev.doc || '#e' || ev.n)",
            (self.store, self.store))
        return {str(d) for (d,) in rows}

    def _sync(self, cur: Any, doc: str, records: Sequence[Record], start: int, manifest_size: int | None) -> None:
        versions = [r for r in records if isinstance(r, Version)]
        last = records[-1] if records else None
        removed = isinstance(last, Event) and last.kind == "removed"
        source = None
        for r in reversed(records):
            if isinstance(r, Version) or r.kind == "restored":
                source = r.source
                break
        latest = versions[-1].taken_at if versions else None
        for ordinal in range(start, len(records)):
            r = records[ordinal]
            if isinstance(r, Version):
                self._exec(cur, (
                    "INSERT INTO versions (store, doc, number, ordinal, taken_at, sha256, size, source, file,"
                    " renamed_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                    (self.store, doc, r.number, ordinal, r.taken_at, r.sha256, r.size, r.source, r.path.name,
                     r.renamed_from))
            else:
                self._exec(cur, (
                    "INSERT INTO events (store, doc, n, ordinal, kind, after_version, taken_at, source, to_doc)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                    (self.store, doc, r.n, ordinal, r.kind, r.after, r.taken_at, r.source, r.to))
        self._exec(cur, (
            "INSERT INTO documents (store, doc, records, versions, removed, source, latest_taken_at, manifest_size)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (store, doc) DO UPDATE SET records = excluded.records,"
            " versions = excluded.versions, removed = excluded.removed, source = excluded.source,"
            " latest_taken_at = excluded.latest_taken_at, manifest_size = excluded.manifest_size"),
            (self.store, doc, len(records), len(versions), int(removed), source, latest, manifest_size))

    def documents(self, between: Callable[[], object] | None = None) -> list[DocumentRow]:
        """Every document with a version, by id (read in pages, `between` called between two)."""
        rows = self._paged("SELECT doc, versions, removed, source, latest_taken_at FROM documents WHERE store = ?"
                           " AND versions > 0", "doc", between)
        return [DocumentRow(str(d), int(v), bool(r), s, t) for d, v, r, s, t in rows]

    def removed(self) -> set[str]:
        """Documents whose last record is their removal."""
        return {str(d) for (d,) in self._rows("SELECT doc FROM documents WHERE store = ? AND removed = 1",
                                              (self.store,))}

    def _paged(self, select: str, key: str, between: Callable[[], object] | None) -> list[Any]:
        """The rows of `select` (filtered by store, its first column `key`) ordered by `key`; in pages of
        500 with `between` called between two (a daemon's save is scanned there), else in one query."""
        if between is None:
            return self._rows(f"{select} ORDER BY {key}", (self.store,))
        out: list[Any] = []
        last: str | None = None
        while True:
            if last is None:
                page = self._rows(f"{select} ORDER BY {key} LIMIT {PAGE_ROWS}", (self.store,))
            else:
                page = self._rows(f"{select} AND {key} > ? ORDER BY {key} LIMIT {PAGE_ROWS}",
                                  (self.store, _encode(last)))
            out += page
            if len(page) < PAGE_ROWS:
                return out
            last = page[-1][0]
            between()

    def counts(self) -> tuple[int, int, int]:
        """(documents, versions, documents removed), for `monitor status`."""
        row = self._rows("SELECT COUNT(*), COALESCE(SUM(versions), 0), COALESCE(SUM(removed), 0) FROM documents"
                         " WHERE store = ? AND versions > 0", (self.store,))[0]
        return int(row[0]), int(row[1]), int(row[2])

    def records(self, doc: str) -> tuple[Record, ...]:
        """The versions and events of `doc`, in the order they happened, as the store would give them."""
        folder = self.root / doc
        out: list[tuple[int, Record]] = []
        for number, ordinal, taken_at, sha, size, source, file, renamed_from in self._rows(
                "SELECT number, ordinal, taken_at, sha256, size, source, file, renamed_from FROM versions"
                " WHERE store = ? AND doc = ?", (self.store, doc)):
            out.append((int(ordinal), Version(doc, int(number), str(taken_at), str(sha), int(size), str(source),
                                              folder / str(file), renamed_from)))
        for n, ordinal, kind, after, taken_at, source, to in self._rows(
                "SELECT n, ordinal, kind, after_version, taken_at, source, to_doc FROM events"
                " WHERE store = ? AND doc = ?", (self.store, doc)):
            out.append((int(ordinal), Event(doc, kind, int(n), int(after), str(taken_at), str(source), to)))
        return tuple(r for _, r in sorted(out, key=lambda x: x[0]))

    # ----------------------------------------------------------------------------------------- entries
    def record_entry(self, key: str, doc: str, kind: str, old_version: int | None, new_version: int | None,
                     recorded_at: str, summary: str, line: bytes, judgments: Sequence[JudgmentRow]) -> bool:
        """Insert one entry with its judgment rows, unless its key is there; True when it was inserted."""
        return self.record_entries([NewEntry(key, doc, kind, old_version, new_version, recorded_at, summary, line,
                                             tuple(judgments))])[0]

    def record_entries(self, entries: Sequence[NewEntry]) -> list[bool]:
        """Insert entries with their judgment rows in one transaction, each unless its key is there; for each,
        whether it was inserted."""

        def work(cur: Any) -> list[bool]:
            out = []
            for e in entries:
                self._exec(cur, (
                    "INSERT INTO entries (store, key, doc, kind, old_version, new_version, recorded_at, summary,"
                    " format, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (store, key) DO NOTHING"
                    " RETURNING seq"),
                    (self.store, e.key, e.doc, e.kind, e.old_version, e.new_version, e.recorded_at, e.summary,
                     ENTRY_FORMAT, pack_body(e.line)))
                row = cur.fetchone()
                out.append(row is not None)
                if row is None:
                    continue
                for j in e.judgments:
                    self._exec(cur, (
                        "INSERT INTO judgments (entry_seq, store, doc, old_version, new_version, kind, severity,"
                        " direction, topics, section, before_text, after_text, explanation)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        (row[0], self.store, e.doc, e.old_version, e.new_version, j.kind, j.severity, j.direction,
                         json.dumps(list(j.topics), ensure_ascii=False), j.section, j.before, j.after,
                         j.explanation))
            return out

        return list(self._write(work)) if entries else []

    def entry_keys(self) -> list[str]:
        """Every entry's key, in the order the entries were recorded (the order of the views)."""
        return [str(k) for (k,) in self._rows("SELECT key FROM entries WHERE store = ? ORDER BY seq",
                                              (self.store,))]

    def entries(self, keys: Sequence[str] | None = None, doc: str | None = None,
                after_seq: int = 0) -> Iterator[EntryRow]:
        """Entries in recorded order: all, those of `doc`, those named by `keys`, or those after `after_seq`."""
        if keys is not None:
            wanted = list(keys)
            for i in range(0, len(wanted), 500):
                chunk = wanted[i:i + 500]
                marks = ", ".join("?" * len(chunk))
                yield from self._entry_rows(f"SELECT seq, key, doc, body FROM entries WHERE store = ? AND key IN"
                                            f" ({marks}) ORDER BY seq", (self.store, *chunk))
            return
        if doc is not None:
            yield from self._entry_rows("SELECT seq, key, doc, body FROM entries WHERE store = ? AND doc = ?"
                                        " ORDER BY seq", (self.store, doc))
            return
        at = after_seq
        while True:  # in pages: a 10,000-entry changelog is never held in memory at once
            page = self._entry_rows("SELECT seq, key, doc, body FROM entries WHERE store = ? AND seq > ?"
                                    " ORDER BY seq LIMIT 500", (self.store, at))
            if not page:
                return
            yield from page
            at = page[-1].seq

    def _entry_rows(self, sql: str, args: Sequence[Any]) -> list[EntryRow]:
        return [EntryRow(int(s), str(k), str(d), unpack_body(bytes(b))) for s, k, d, b in self._rows(sql, args)]

    def summaries(self, doc: str) -> dict[int, str]:
        """Version number -> the one-line summary of its entry (removals aside), for `monitor log DOC`."""
        return {int(v): str(s) for v, s in self._rows(
            "SELECT new_version, summary FROM entries WHERE store = ? AND doc = ? AND kind <> 'removed'"
            " AND new_version IS NOT NULL ORDER BY seq", (self.store, doc))}

    def entry_count(self) -> int:
        return int(self._rows("SELECT COUNT(*) FROM entries WHERE store = ?", (self.store,))[0][0])

    def judgments(self, doc: str) -> list[tuple[int | None, int | None, JudgmentRow]]:
        """Every changed judgment of `doc`, oldest first: (old version, new version, judgment)."""
        out = []
        for old, new, kind, sev, direction, topics, section, before, after, why in self._rows(
                "SELECT old_version, new_version, kind, severity, direction, topics, section, before_text,"
                " after_text, explanation FROM judgments WHERE store = ? AND doc = ? ORDER BY entry_seq",
                (self.store, doc)):
            out.append((old, new, JudgmentRow(kind, sev, direction, tuple(json.loads(topics)), section, before,
                                              after, why)))
        return out

    # ----------------------------------------------------------------------------------------- version info
    def version_info(self, doc: str) -> dict[int, tuple[str | None, str | None]]:
        """Version number -> (the date it bears, its label), for the versions of `doc` that have either."""
        return {int(n): (d, lab) for n, d, lab in self._rows(
            "SELECT number, dated, label FROM version_info WHERE store = ? AND doc = ?", (self.store, doc))}

    def set_version_dates(self, doc: str, dates: dict[int, str]) -> None:
        """Give versions of `doc` their own dates (an imported statement's), keeping their labels."""
        def work(cur: Any) -> None:
            for number, dated in sorted(dates.items()):
                self._exec(cur, (
                    "INSERT INTO version_info (store, doc, number, dated) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (store, doc, number) DO UPDATE SET dated = excluded.dated"),
                    (self.store, doc, number, dated))

        if dates:
            self._write(work)

    def set_version_label(self, doc: str, number: int, label: str | None) -> None:
        """Label version `number` of `doc` (None removes the label), keeping its date."""
        self._write(lambda cur: self._exec(cur, (
            "INSERT INTO version_info (store, doc, number, label) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (store, doc, number) DO UPDATE SET label = excluded.label"),
            (self.store, doc, number, label)))

    # ----------------------------------------------------------------------------------------- sources
    def sources(self, between: Callable[[], object] | None = None) -> dict[str, SourceRow]:
        """Source path -> what it looked like when last read."""
        return {str(p): SourceRow(str(p), str(d), int(s), int(m), int(i), str(h)) for p, d, s, m, i, h in self._paged(
            "SELECT path, doc, size, mtime_ns, inode, sha256 FROM sources WHERE store = ?", "path", between)}

    def put_sources(self, rows: Sequence[SourceRow]) -> None:
        if not rows:
            return

        def work(cur: Any) -> None:
            for r in rows:
                self._exec(cur, (
                    "INSERT INTO sources (store, path, doc, size, mtime_ns, inode, sha256) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (store, path) DO UPDATE SET doc = excluded.doc, size = excluded.size,"
                    " mtime_ns = excluded.mtime_ns, inode = excluded.inode, sha256 = excluded.sha256"),
                    (self.store, r.path, r.doc, r.size, r.mtime_ns, r.inode, r.sha256))

        self._write(work)

    def forget_sources(self, paths: Sequence[str]) -> None:
        def work(cur: Any) -> None:
            for p in paths:
                self._exec(cur, "DELETE FROM sources WHERE store = ? AND path = ?", (self.store, p))

        if paths:
            self._write(work)

    # ----------------------------------------------------------------------------------------- meta
    def get_meta(self, name: str) -> str | None:
        rows = self._rows("SELECT value FROM meta WHERE store = ? AND name = ?", (self.store, name))
        return str(rows[0][0]) if rows else None

    def set_meta(self, name: str, value: str) -> None:
        self._write(lambda cur: self._exec(cur, (
            "INSERT INTO meta (store, name, value) VALUES (?, ?, ?) ON CONFLICT (store, name) DO UPDATE"
            " SET value = excluded.value"), (self.store, name, value)))

    # ----------------------------------------------------------------------------------------- notifications
    def notify_targets(self) -> list[NotifyTargetRow]:
        """Every notification target this store has had, configured now or not, with its delivered count."""
        return [NotifyTargetRow(str(t), str(sh), int(since), int(done), bool(act), int(att), int(n), err, err_at, nxt)
                for t, sh, since, done, act, att, err, err_at, nxt, n in self._rows(
                    "SELECT t.target, t.shown, t.since_seq, t.done_seq, t.active, t.attempts, t.last_error,"
                    " t.last_error_at, t.next_try, (SELECT COUNT(*) FROM notify_deliveries d WHERE d.store = t.store"
                    " AND d.target = t.target) FROM notify_targets t WHERE t.store = ? ORDER BY t.target",
                    (self.store,))]

    def notify_register(self, targets: Sequence[tuple[str, str]]) -> None:
        """Make `targets` (id, how it is shown) the configured ones. A target new to this store, or configured again
        after it was left out, starts after the last entry recorded: the history before it is not sent to it. A
        target left out of the configuration is set aside with its state."""
        wanted = dict(targets)
        known = {r.target: r for r in self.notify_targets()}
        if all(t in known and known[t].active and known[t].shown == s for t, s in wanted.items()) and not any(
                r.active and t not in wanted for t, r in known.items()):
            return  # the usual case: nothing to write

        def work(cur: Any) -> None:
            self._exec(cur, "SELECT COALESCE(MAX(seq), 0) FROM entries WHERE store = ?", (self.store,))
            last = int(cur.fetchone()[0])
            self._exec(cur, "SELECT target, active FROM notify_targets WHERE store = ?", (self.store,))
            active = {str(t): bool(a) for t, a in cur.fetchall()}
            for target, shown in wanted.items():
                if target not in active:
                    self._exec(cur, (
                        "INSERT INTO notify_targets (store, target, shown, since_seq, done_seq, active, attempts)"
                        " VALUES (?, ?, ?, ?, ?, 1, 0) ON CONFLICT (store, target) DO NOTHING"),
                        (self.store, target, shown, last, last))
                elif not active[target]:
                    self._exec(cur, (
                        "UPDATE notify_targets SET shown = ?, since_seq = ?, done_seq = ?, active = 1, attempts = 0,"
                        " next_try = NULL WHERE store = ? AND target = ?"), (shown, last, last, self.store, target))
                else:
                    self._exec(cur, "UPDATE notify_targets SET shown = ? WHERE store = ? AND target = ?",
                               (shown, self.store, target))
            for target, on in active.items():
                if on and target not in wanted:
                    self._exec(cur, "UPDATE notify_targets SET active = 0 WHERE store = ? AND target = ?",
                               (self.store, target))

        self._write(work)

    def notify_backlog(self, after_seq: int, limit: int = 200) -> list[BacklogRow]:
        """The entries recorded after `after_seq`, oldest first, at most `limit`, with their judgments."""
        entries = self._rows(
            "SELECT e.seq, e.key, e.doc, d.source FROM entries e LEFT JOIN documents d ON d.store = e.store"
            " AND d.doc = e.doc WHERE e.store = ? AND e.seq > ? ORDER BY e.seq LIMIT ?",
            (self.store, after_seq, limit))
        if not entries:
            return []
        judged: dict[int, list[tuple[str, str, tuple[str, ...]]]] = {}
        for seq, severity, kind, topics in self._rows(
                "SELECT entry_seq, severity, kind, topics FROM judgments WHERE store = ? AND entry_seq >= ?"
                " AND entry_seq <= ?", (self.store, int(entries[0][0]), int(entries[-1][0]))):
            judged.setdefault(int(seq), []).append((str(severity), str(kind), tuple(json.loads(topics))))
        return [BacklogRow(int(s), str(k), str(d), None if src is None else str(src), tuple(judged.get(int(s), ())))
                for s, k, d, src in entries]

    def notify_skip(self, target: str, seq: int) -> None:
        """Move a target's mark to `seq`: the entries up to it pass none of its filters."""
        self._write(lambda cur: self._exec(cur, (
            "UPDATE notify_targets SET done_seq = ? WHERE store = ? AND target = ? AND done_seq < ?"),
            (seq, self.store, target, seq)))

    def notify_delivered(self, target: str, seq: int, now: str) -> bool:
        """Record that `target` accepted entry `seq` and move its mark there, in one transaction; False when that
        delivery had been recorded already."""

        def work(cur: Any) -> bool:
            self._exec(cur, (
                "INSERT INTO notify_deliveries (store, target, entry_seq, delivered_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (store, target, entry_seq) DO NOTHING RETURNING entry_seq"),
                (self.store, target, seq, now))
            fresh = cur.fetchone() is not None
            self._exec(cur, (
                "UPDATE notify_targets SET done_seq = ?, attempts = 0, next_try = NULL WHERE store = ? AND target = ?"
                " AND done_seq < ?"), (seq, self.store, target, seq))
            return fresh

        return bool(self._write(work))

    def notify_failed(self, target: str, error: str, at: str, next_try: str | None) -> None:
        """Count a failed attempt at a target's next entry, with what went wrong and when it is tried again."""
        self._write(lambda cur: self._exec(cur, (
            "UPDATE notify_targets SET attempts = attempts + 1, last_error = ?, last_error_at = ?, next_try = ?"
            " WHERE store = ? AND target = ?"), (error, at, next_try, self.store, target)))


# A file name that is not valid UTF-8 reaches us with lone surrogates (os.fsdecode), which neither SQLite nor
# PostgreSQL text can hold: they are kept as the same code points moved to plane 16's private use area.
_SURROGATE = re.compile("[\ud800-\udfff]")
_MOVED = re.compile("[\U0010d800-\U0010dfff]")


def _encode(value: Any) -> Any:
    if isinstance(value, str) and _SURROGATE.search(value):
        return _SURROGATE.sub(lambda m: chr(ord(m.group(0)) + 0x100000), value)
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, str) and _MOVED.search(value):
        return _MOVED.sub(lambda m: chr(ord(m.group(0)) - 0x100000), value)
    return value


ENTRY_FORMAT = 2  # changelog entries are compact (docs/diff-report.md, "Changelog entries")
