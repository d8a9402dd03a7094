"""The changelog: entries appended to changelog.jsonl and CHANGELOG.md, each exactly once, by key.

`changelog.jsonl` is the record: one JSON object per entry, the diff report (docs/diff-report.md) with the
entry's metadata (`key`, `kind`, `doc`, `old_version`, `new_version`, `recorded_at`) in front.
`CHANGELOG.md` is a view of it, newest first, one block per entry behind a `<!-- monitor:entry KEY -->`
marker, so a missing block can always be rebuilt from the JSONL.

An entry is keyed by (document, version), or (document, event number) for removals and restores: appending
a key that exists is a no-op, so replaying after a crash writes every missing entry exactly once. Order of
writes: the JSONL line (one O_APPEND write, fsync'd) and then the Markdown (rewritten atomically, ending with
an end marker so a file cut short is recognised). What a crash or a full disk can leave, and who mends it:

- a torn last JSONL line (killed mid-write): cut off before every append and by `repair`;
- half a line left by a full disk: the failed append cuts the file back to its size before it;
- a line that is not one complete entry (a fragment with the next entry glued on, from before these rules):
  never counted as an entry; `repair` rewrites the file without it, so the scan writes that entry again;
- CHANGELOG.md short of blocks (killed between the two writes, or its write failed), with blocks of keys the
  JSONL lacks, cut short or not valid UTF-8: `repair` (run at the start of every scan) and every append
  rebuild it from the JSONL, reusing every intact block.

Callers serialise writers (scan.scan holds the snapshot store's lock).
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote, unquote

from monitor.errors import StoreError
from monitor.report import Report
from monitor.store import atomic_write_file

if TYPE_CHECKING:
    from monitor.index.base import JudgmentRow, NewEntry, SqlIndex

EntryKind = Literal["added", "changed", "removed", "renamed"]
ENTRY_KINDS: tuple[EntryKind, ...] = ("added", "changed", "removed", "renamed")

MARKDOWN_PREAMBLE = (
    "# Changelog\n\n"
    "Changes to the tracked documents, newest first, written by `monitor`. Each entry is also a JSON line in "
    "`changelog.jsonl`.\n"
)
_MARKER = re.compile(r"<!-- monitor:entry (\S+) -->(?=\n|\Z)")  # at the start of a line: see _markers
_KEY_PREFIX = re.compile(rb'^\{"key": ("(?:[^"\\]|\\.)*")')
_ENTRY_START = b'{"key": '
_END = "<!-- monitor:end -->\n"  # the last line of a complete CHANGELOG.md
_BAD_UTF8 = re.compile("[\udc80-\udcff]")  # bytes that were not UTF-8, as decoded with surrogateescape


def version_key(doc: str, number: int) -> str:
    """The key of the entry for version `number` of `doc`."""
    return f"{doc}@v{number}"


def event_key(doc: str, n: int) -> str:
    """The key of the entry for the `n`th removal/restore event of `doc`."""
    return f"{doc}#e{n}"


@dataclass(frozen=True, slots=True)
class Entry:
    """One changelog entry: what happened to which document, and the diff report that shows it."""

    key: str
    kind: EntryKind
    doc: str
    old_version: int | None
    new_version: int | None
    recorded_at: str
    report: Report
    renamed_from: str | None = None  # "olddoc@v3"
    note: str | None = None  # "restored" when a removed document came back; "too complex to analyse (…)"

    @property
    def reverts(self) -> int | None:
        """The earlier version this one has the very bytes of (note "reverts to v2"), if any."""
        m = re.fullmatch(r"reverts to v(\d+)", self.note or "")
        return int(m.group(1)) if m else None

    def to_dict(self) -> dict[str, Any]:
        """The entry's metadata in front of its whole diff report."""
        meta: dict[str, Any] = {
            "key": self.key, "kind": self.kind, "doc": self.doc, "old_version": self.old_version,
            "new_version": self.new_version, "recorded_at": self.recorded_at,
        }
        if self.renamed_from is not None:
            meta["renamed_from"] = self.renamed_from
        if self.note is not None:
            meta["note"] = self.note
        body = self.report.to_dict()
        return {**meta, **{k: v for k, v in body.items() if k not in meta}}

    def compact_dict(self) -> dict[str, Any]:
        """The entry as changelog.jsonl holds it (entry format 2): what changed, not the unchanged text.

        Unchanged paragraphs are left out (`summary.paragraphs.unchanged` still counts them); a changed
        paragraph with a word diff keeps only `words` (its two texts, null, are rebuilt from them); an added or
        removed document's paragraphs are only counted too: its text is the snapshot. The whole
        report is re-derivable from the two stored versions: `monitor diff DOC@v3 DOC@v4`.
        """
        data = self.to_dict()
        data = {**{k: data[k] for k in _META if k in data}, "entry_format": ENTRY_FORMAT,
                **{k: v for k, v in data.items() if k not in _META}}
        rows = []
        for p in data["paragraphs"]:
            if p["op"] == "unchanged" or (self.kind in ("added", "removed") and p["op"] in ("added", "removed")):
                continue  # counted in the summary; an added or removed document's text is its snapshot
            row = dict(p)
            if row["words"] is not None or row["op"] == "moved":
                row["old_text"] = row["new_text"] = None  # in the words
            rows.append(row)
        data["paragraphs"] = rows
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entry:
        """An entry from its JSONL form: a whole report (entry format 1) or a compact one (format 2)."""
        body = {k: v for k, v in data.items() if k not in _META}
        if int(data.get("entry_format", 1)) >= 2:
            body = _expand(body)
        report = Report.from_dict(body)
        return cls(
            key=data["key"], kind=data["kind"], doc=data["doc"], old_version=data.get("old_version"),
            new_version=data.get("new_version"), recorded_at=data.get("recorded_at", ""), report=report,
            renamed_from=data.get("renamed_from"), note=data.get("note"),
        )

    @property
    def too_complex(self) -> bool:
        """The version was stored but not analysed: it ran past the analysis budget (see budget.py)."""
        return (self.note or "").startswith("too complex")

    @property
    def unreadable(self) -> bool:
        """The version was stored but its text could not be read (a scanned or encrypted PDF, say)."""
        return (self.note or "").startswith("not read")

    def summary(self) -> str:
        """One line: what kind of change, paragraph counts and judgment counts."""
        if self.kind == "removed":
            return f"removed (source {self.report.old.path or '?'} deleted)"
        counts = self.report.paragraph_counts
        if self.too_complex or self.unreadable:
            what = {"added": "added", "renamed": f"renamed from {self.renamed_from}"}.get(self.kind, "changed")
            show = "monitor show --raw" if self.unreadable else "monitor show"
            return f"{what}: {self.note}; the version is stored ({show} {self.doc}@v{self.new_version})"
        if self.kind == "added":
            if self.note == "restored":
                return "restored unchanged"
            return f"added, {counts['added']} paragraph{'s' if counts['added'] != 1 else ''}"
        paras = ", ".join(f"{n} {op}" for op, n in counts.items() if n and op != "unchanged")
        sev = self.report.assessment_counts
        judged = ", ".join(f"{sev[s]} {s}" for s in ("high", "medium", "low") if sev[s])
        head = f"renamed from {self.renamed_from}" if self.kind == "renamed" else "changed"
        if self.note == "restored":
            head += " (restored)"
        elif self.reverts is not None:
            head = f"reverted to v{self.reverts}"
        return f"{head}: {paras or 'no paragraph changed'}; judgments: {judged or 'none flagged'}"


ENTRY_FORMAT = 2  # compact entries (docs/diff-report.md, "Changelog entries"); 1 held the whole report
_META = ("key", "kind", "doc", "old_version", "new_version", "recorded_at", "renamed_from", "note", "entry_format")


def _expand(body: dict[str, Any]) -> dict[str, Any]:
    """A compact report made whole enough to render and summarise: the texts of changed paragraphs rebuilt
    from their word ops, and one placeholder row per paragraph counted but not kept (unchanged, or of a
    document added or removed whole)."""
    rows = []
    for p in body.get("paragraphs", ()):
        row = dict(p)
        words = row.get("words")
        if words is not None and row.get("old_text") is None and row.get("new_text") is None:
            row["old_text"] = "".join(w["text"] for w in words if w["op"] != "insert")
            row["new_text"] = "".join(w["text"] for w in words if w["op"] != "delete")
        rows.append(row)
    counts = (body.get("summary") or {}).get("paragraphs") or {}
    for op, side in (("unchanged", None), ("added", "new"), ("removed", "old")):
        for i in range(int(counts.get(op, 0)) - sum(1 for r in rows if r["op"] == op)):
            rows.append({"op": op, "old": [i] if side == "old" else [], "new": [i] if side == "new" else [],
                         "section": None, "old_text": None, "new_text": None, "words": None})
    return {**body, "paragraphs": rows}


class Changelog:
    """Records entries in the index (exactly once, by key) and delivers them to the two view files.

    `index` is the store's history index (monitor/index); without one, a private in-memory index is made and
    caught up from changelog.jsonl, so a Changelog used on its own behaves the same.
    """

    def __init__(self, markdown: Path, jsonl: Path, index: SqlIndex | None = None) -> None:
        self.markdown = Path(markdown)
        self.jsonl = Path(jsonl)
        self._db = index
        self._caught_up = False  # the index has been given every entry the JSONL has and it lacked
        # Where each complete entry's line is in the JSONL, in file order: key -> (offset, length with "\n").
        self._index: dict[str, tuple[int, int]] = {}
        self._offset = 0  # bytes of the JSONL already read into _index
        self._file: tuple[int, int] | None = None  # (st_dev, st_ino) of the JSONL _index was read from
        self._broken = False  # a line that is not one complete entry was read: rewrite the file without it
        self._batch = 0  # inside `batch()`: Markdown blocks wait and are written together
        self._pending: dict[str, Entry] = {}
        self._last_flush = -math.inf
        self._flush_cost = 0.0
        # CHANGELOG.md as this object last left it, whole and in order: (inode, size, mtime, last key, count),
        # and the length in bytes of its preamble (new blocks go right after it).
        self._markdown_ok: tuple[int, int, int, str, int] | None = None
        self._markdown_head: int | None = None
        # Every entry's key in recorded order, read from the index once and then kept by this object: while a
        # scan or the daemon holds the store's lock, nothing else records entries of this store.
        self._keys: list[str] | None = None
        self._keyset: set[str] = set()

    @property
    def db(self) -> SqlIndex:
        if self._db is None:
            from monitor.index import memory_index

            self._db = memory_index(self.jsonl.parent)
        if not self._caught_up:
            self._caught_up = True
            self._import_jsonl()
        return self._db

    # ---------------------------------------------------------------------------------------- reading
    def keys(self) -> set[str]:
        """Keys of every entry recorded (the index's, which include every complete JSONL entry)."""
        self.db  # noqa: B018 (caught up first)
        return set(self._recorded())

    def has(self, key: str) -> bool:
        self.db  # noqa: B018
        self._recorded()
        return key in self._keyset

    def _recorded(self) -> list[str]:
        assert self._db is not None
        if self._keys is None:
            self._keys = self._db.entry_keys()
            self._keyset = set(self._keys)
        return self._keys

    def _note(self, keys: list[str]) -> None:
        """Keys just recorded, in order."""
        self._recorded()
        assert self._keys is not None
        for key in keys:
            if key not in self._keyset:
                self._keys.append(key)
                self._keyset.add(key)

    def entries(self, doc: str | None = None) -> list[Entry]:
        """Every entry (of `doc`, if given), in the order recorded."""
        out = []
        for row in self.db.entries(doc=doc):
            with contextlib.suppress(KeyError, TypeError, ValueError):
                out.append(Entry.from_dict(json.loads(row.line)))
        return out

    def summaries(self, doc: str) -> dict[int, str]:
        """Version number -> one-line change summary, for `monitor log`."""
        return self.db.summaries(doc)

    def _read_keys(self) -> None:
        """Bring _index up to date with the JSONL, reading only what was appended since the last call."""
        try:
            st = self.jsonl.stat()
        except FileNotFoundError:
            self._index, self._offset, self._file, self._broken = {}, 0, None, False
            return
        except OSError as exc:
            raise StoreError(f"{self.jsonl}: cannot read changelog ({_reason(exc)})") from None
        if (st.st_dev, st.st_ino) != self._file or st.st_size < self._offset:
            self._index, self._offset, self._broken = {}, 0, False  # replaced or cut: read it again
            self._file = (st.st_dev, st.st_ino)
        if st.st_size <= self._offset:
            return
        try:
            with self.jsonl.open("rb") as fh:
                fh.seek(self._offset)
                chunk = fh.read(st.st_size - self._offset)
        except OSError as exc:
            raise StoreError(f"{self.jsonl}: cannot read changelog ({_reason(exc)})") from None
        end = chunk.rfind(b"\n") + 1  # a torn tail is not an entry yet
        at = self._offset
        for line in chunk[:end].split(b"\n")[:-1]:
            key = _entry_key(line)
            if key is None or key in self._index:
                self._broken = True
            else:
                self._index[key] = (at, len(line) + 1)
            at += len(line) + 1
        self._offset += end

    def _import_jsonl(self) -> None:
        """Record in the index every complete JSONL entry it lacks (an index older than the changelog, made
        afresh, or behind after a crash), in file order. Only those lines are parsed."""
        assert self._db is not None
        self._read_keys()
        self._recorded()
        missing = [key for key in self._index if key not in self._keyset]
        if not missing:
            return
        try:
            with self.jsonl.open("rb") as fh:
                found: list[Entry] = []
                for key in missing:
                    offset, length = self._index[key]
                    fh.seek(offset)
                    line = fh.read(length)
                    with contextlib.suppress(KeyError, TypeError, ValueError):
                        data = json.loads(line)
                        if isinstance(data, dict) and data.get("key") == key:
                            found.append(Entry.from_dict(data))
                    if len(found) >= 500:
                        self._import(found)
                        found.clear()
                self._import(found)
        except OSError as exc:
            raise StoreError(f"{self.jsonl}: cannot read changelog ({_reason(exc)})") from None

    def _import(self, entries: list[Entry]) -> None:
        assert self._db is not None
        done = self._db.record_entries([_new_entry(e) for e in entries])
        self._note([e.key for e, inserted in zip(entries, done, strict=True) if inserted])

    # ---------------------------------------------------------------------------------------- writing
    def append(self, entry: Entry) -> bool:
        """Record `entry` unless its key is there, then deliver it to both views; True when it was recorded."""
        if not self.record(entry):
            return False
        self.deliver(entry)
        return True

    def record(self, entry: Entry) -> bool:
        """Record `entry` in the index unless its key is there; True when it was recorded.

        The index commit is the moment the entry exists: a crash or a failed write after it leaves a view
        short, which the next `repair` (every scan starts with one) delivers from the index.
        """
        return bool(self.record_many([entry]))

    def record_many(self, entries: list[Entry]) -> list[Entry]:
        """Record entries in one transaction (each unless its key is there); those that were recorded."""
        done = self.db.record_entries([_new_entry(e) for e in entries])
        recorded = [e for e, inserted in zip(entries, done, strict=True) if inserted]
        self._note([e.key for e in recorded])
        return recorded

    def deliver(self, entry: Entry) -> None:
        """Add a recorded entry to changelog.jsonl now and to CHANGELOG.md now or with its batch."""
        self.deliver_many([entry])

    def deliver_many(self, entries: list[Entry]) -> None:
        """Add recorded entries to changelog.jsonl (one write, one fsync) and to CHANGELOG.md now or with their
        batch."""
        if not entries:
            return
        lines = [(e.key, _serialise(e)) for e in entries]
        self._append_jsonl(lines)
        for key, data in lines:
            self._pending[key] = Entry.from_dict(json.loads(data))  # rendered as a rebuild would render it
        if not self._batch or time.monotonic() - self._last_flush >= max(1.0, 10 * self._flush_cost):
            self._flush()

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Write Markdown blocks appended inside together (the first at once, then at most one rewrite a
        second, each costing at most a tenth of the time), and the rest when the batch ends."""
        self._batch += 1
        try:
            yield
        finally:
            self._batch -= 1
        if not self._batch and self._pending:
            self._flush()

    def _flush(self) -> None:
        started = time.monotonic()
        pending, self._pending = self._pending, {}
        self._sync_markdown(pending)
        self._last_flush = time.monotonic()
        self._flush_cost = self._last_flush - started

    def _append_jsonl(self, lines: list[tuple[str, bytes]]) -> None:
        """Append entries' lines to the JSONL view, each unless it is there (one O_APPEND write, fsync'd)."""
        self._mend_jsonl()
        data = b"".join(line for key, line in lines if key not in self._index)
        if not data:
            return
        try:
            self.jsonl.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.jsonl, os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise StoreError(f"{self.jsonl}: cannot append to changelog ({_reason(exc)})") from None
        try:
            size = _cut_torn_tail(fd)
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
                os.fsync(fd)
            except OSError:
                # A full disk can take half a line: cut it off, or the next entry would be glued onto it.
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, size)
                    os.fsync(fd)
                raise
        except OSError as exc:
            raise StoreError(f"{self.jsonl}: cannot append to changelog ({_reason(exc)})") from None
        finally:
            os.close(fd)
        self._read_keys()

    def repair(self) -> None:
        """Mend the views after a crash or a full disk, before a scan reads the keys or appends.

        changelog.jsonl: a torn last line is cut off and lines that are not one complete entry are dropped;
        entries it has and the index lacks are recorded in the index (an index older than the changelog);
        entries the index has and it lacks are appended (or, when its order differs from the index's, it is
        rewritten from the index). CHANGELOG.md: blocks missing, out of order, cut off or not valid UTF-8 are
        rendered from the index, and blocks of keys the index lacks are removed. Cheap when nothing is wrong:
        the JSONL is read for its keys only (and only what was appended since the last call), no entry is
        parsed or rendered.
        """
        try:
            fd = os.open(self.jsonl, os.O_RDWR | os.O_CLOEXEC)
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise StoreError(f"{self.jsonl}: cannot repair changelog ({_reason(exc)})") from None
        else:
            try:
                _cut_torn_tail(fd)
            except OSError as exc:
                raise StoreError(f"{self.jsonl}: cannot repair changelog ({_reason(exc)})") from None
            finally:
                os.close(fd)
        self._mend_jsonl()
        db = self.db
        self._import_jsonl()
        want = self._recorded()
        have = list(self._index)
        if have != want:
            if want[: len(have)] == have:
                self._append_jsonl([(row.key, row.line) for row in db.entries(keys=want[len(have):])])
            else:
                self._rewrite_jsonl()
        self._sync_markdown(self._pending)
        self._pending = {}
        self._clear_temp_files()

    def _rewrite_jsonl(self) -> None:
        """Write the JSONL view afresh from the index, in its order (streamed: never all in memory)."""
        tmp = self.jsonl.with_name(f".{self.jsonl.name}.tmp-{os.getpid()}")
        try:
            with tmp.open("wb") as fh:
                for row in self.db.entries():
                    fh.write(row.line)
                fh.flush()
                os.fsync(fh.fileno())
            tmp.replace(self.jsonl)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise StoreError(f"{self.jsonl}: cannot write changelog ({_reason(exc)})") from None
        self._index, self._offset, self._file, self._broken = {}, 0, None, False
        self._read_keys()

    def _clear_temp_files(self) -> None:
        """Remove the temp files of a Markdown or JSONL rewrite killed half-way (the caller holds the lock)."""
        for target in (self.markdown, self.jsonl):
            with contextlib.suppress(OSError):
                for entry in os.scandir(target.parent):
                    if entry.name.startswith(f".{target.name}.tmp-") and entry.is_file(follow_symlinks=False):
                        with contextlib.suppress(OSError):
                            os.unlink(entry.path)  # noqa: PTH108

    def _mend_jsonl(self) -> None:
        """Rewrite the JSONL atomically keeping only complete entries, when a line that is not one was read."""
        self._read_keys()
        if not self._broken:
            return
        try:
            raw = self.jsonl.read_bytes()
        except OSError as exc:
            raise StoreError(f"{self.jsonl}: cannot read changelog ({_reason(exc)})") from None
        keep: list[bytes] = []
        seen: set[str] = set()
        for line in raw[: raw.rfind(b"\n") + 1].split(b"\n")[:-1]:
            # A line is only ever torn at its end, so of entries run together the last one is whole.
            whole = line[max(line.rfind(_ENTRY_START), 0):]
            key = _entry_key(whole)
            if key is None or key in seen or not _parses(whole, key):
                continue
            keep.append(whole + b"\n")
            seen.add(key)
        _write_file(self.jsonl, b"".join(keep))
        self._index, self._offset, self._file, self._broken = {}, 0, None, False
        self._read_keys()

    def _sync_markdown(self, fresh: dict[str, Entry]) -> None:
        """Make CHANGELOG.md one block per recorded entry, newest first, keeping every intact block as it is.

        `fresh` holds entries just recorded (rendered from the object, not read back). Nothing is written when
        the file already matches, which is decided from the markers alone.
        """
        self.db  # noqa: B018
        want = list(reversed(self._recorded()))
        if not fresh and self._markdown_ok is not None and self._markdown_ok == self._markdown_state(want):
            return  # untouched since it was last checked or written, and no entry recorded since
        if fresh and self._prepend(want, fresh):
            return
        try:
            raw = self.markdown.read_bytes()
        except FileNotFoundError:
            if not want:
                return
            raw = b""
        except OSError as exc:
            raise StoreError(f"{self.markdown}: cannot read changelog ({_reason(exc)})") from None
        try:
            text, garbled = raw.decode("utf-8"), False
        except UnicodeDecodeError:
            text, garbled = raw.decode("utf-8", "surrogateescape"), True
        preamble, order, pieces, clean = _parse_markdown(text, garbled)
        if clean and order == want:
            self._markdown_ok = self._markdown_state(want)
            self._markdown_head = len(preamble.encode("utf-8"))
            return  # the usual case: no JSON parsed, nothing written
        missing = [key for key in want if key not in pieces and key not in fresh]
        rendered = {key: _marked(key, block) for key, block in self._render(missing).items()}
        parts = [preamble]
        for key in want:
            piece = pieces.get(key) or rendered.get(key)
            if piece is None and key in fresh:
                piece = _marked(key, render_markdown_entry(fresh[key]))
            if piece is not None:
                parts.append(piece)
        parts.append(_END)
        try:
            self.markdown.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{self.markdown}: cannot write changelog ({_reason(exc)})") from None
        self._markdown_ok = None
        _write_file(self.markdown, "".join(parts).encode("utf-8", "backslashreplace"))
        self._markdown_ok = self._markdown_state(want)
        self._markdown_head = len(preamble.encode("utf-8", "backslashreplace"))

    def _prepend(self, want: list[str], fresh: dict[str, Entry]) -> bool:
        """Put the blocks of `fresh` (the newest entries) at the top of a CHANGELOG.md that is exactly as this
        object left it, without parsing it: the rest is copied as bytes. Not fsync'd, unlike a rebuild: the
        file is a view, and one a power cut damaged is rebuilt from the index by the next repair. False (do a
        whole rewrite) when the file is not known to be as it was left."""
        ok, head = self._markdown_ok, self._markdown_head
        new, rest = want[: len(fresh)], want[len(fresh):]
        if ok is None or head is None or set(new) != set(fresh) or ok != self._markdown_state(rest):
            return False
        blocks = "".join(_marked(key, render_markdown_entry(fresh[key])) for key in new)
        tmp = self.markdown.with_name(f".{self.markdown.name}.tmp-{os.getpid()}")
        try:
            with self.markdown.open("rb") as old, tmp.open("wb") as out:
                out.write(old.read(head))
                out.write(blocks.encode("utf-8", "backslashreplace"))
                shutil.copyfileobj(old, out, 1 << 20)
            tmp.replace(self.markdown)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            self._markdown_ok = None
            raise StoreError(f"{self.markdown}: cannot write changelog ({_reason(exc)})") from None
        self._markdown_ok = self._markdown_state(want)
        return True

    def _markdown_state(self, want: list[str]) -> tuple[int, int, int, str, int] | None:
        try:
            st = self.markdown.stat()
        except OSError:
            return None
        return (st.st_ino, st.st_size, st.st_mtime_ns, want[0] if want else "", len(want))

    def _render(self, keys: list[str]) -> dict[str, str]:
        """The Markdown blocks of `keys`, each rendered from its entry in the index (the others are not read)."""
        out = {}
        if keys:
            for row in self.db.entries(keys=keys):
                with contextlib.suppress(KeyError, TypeError, ValueError):
                    out[row.key] = render_markdown_entry(Entry.from_dict(json.loads(row.line)))
        return out


def _new_entry(entry: Entry) -> NewEntry:
    """What the index keeps of an entry: its columns, its JSONL line and its judgments."""
    from monitor.index.base import NewEntry

    return NewEntry(entry.key, entry.doc, entry.kind, entry.old_version, entry.new_version, entry.recorded_at,
                    entry.summary(), _serialise(entry), tuple(_judgments(entry)))


def _judgments(entry: Entry) -> list[JudgmentRow]:
    from monitor.index.base import JudgmentRow

    return [JudgmentRow(a.kind, a.severity, a.direction, a.topics, a.section, a.before, a.after, a.explanation)
            for a in entry.report.assessments]


def render_markdown_entry(entry: Entry) -> str:
    """The Markdown block of one entry: a heading naming the document and versions, the time, then the body."""
    from monitor.render.markdown import code, escape, render_entry

    report = entry.report
    old = f"v{entry.old_version}" if entry.old_version is not None else None
    new = f"v{entry.new_version}" if entry.new_version is not None else None
    if entry.kind == "added":
        what = f"added as {new}" + (" (restored unchanged)" if entry.note == "restored" else "")
    elif entry.kind == "removed":
        what = f"{old} → removed"
    elif entry.kind == "renamed":
        origin = entry.renamed_from or "?"
        what = f"renamed from {code(origin)}: {new}"
    else:
        what = f"{old} → {new}" + (" (restored)" if entry.note == "restored" else "")
        if entry.reverts is not None:
            what += f" (a revert: the same bytes as v{entry.reverts})"
    when = entry.recorded_at.replace("T", " ").removesuffix("Z") + " UTC" if entry.recorded_at else ""
    source = report.new.path if entry.kind != "removed" else report.old.path
    lines = [f"## {code(entry.doc)} · {what}", ""]
    meta = " · ".join(x for x in (when, f"source {code(source)}" if source else "") if x)
    if meta:
        lines += [meta, ""]
    if entry.too_complex:
        lines.append(escape(f"This version is {entry.note}: it was stored but not compared; the text is the "
                            f"snapshot:") + f" {code(f'monitor show {entry.doc}@{new}')}.")
        body = "\n".join(lines) + "\n"
    elif entry.unreadable:
        lines.append(escape(f"This version was {entry.note}. It was stored but not compared; its bytes are kept:")
                     + f" {code(f'monitor show --raw {entry.doc}@{new}')}.")
        body = "\n".join(lines) + "\n"
    elif entry.kind == "removed":
        lines.append(escape(f"The source file was deleted; its snapshots are kept (last version {old})."))
        body = "\n".join(lines) + "\n"
    elif entry.kind == "added":
        # The whole text of a new document would make CHANGELOG.md as big as every document together;
        # it is in the snapshot (and in changelog.jsonl), so say where.
        count = sum(1 for p in report.paragraphs if p.new)
        lines.append(f"{count} paragraph{'s' if count != 1 else ''}. The text is the snapshot: "
                     f"{code(f'monitor show {entry.doc}@{new}')}.")
        body = "\n".join(lines) + "\n"
    else:
        body = "\n".join(lines) + "\n" + render_entry(report, heading_level=3)
    return body if body.endswith("\n") else body + "\n"


def _marked(key: str, block: str) -> str:
    return f"<!-- monitor:entry {_encode_key(key)} -->\n{block}\n"


def _encode_key(key: str) -> str:
    # `--` may not appear inside an HTML comment, and the marker must be one token.
    return quote(key, safe="@#._").replace("-", "%2D")


def _parse_markdown(text: str, garbled: bool) -> tuple[str, list[str], dict[str, str], bool]:
    """CHANGELOG.md as (preamble, keys of its blocks in order, each intact block with its marker by key, and
    whether it needs no repair).

    A file written by `Changelog` ends with the end marker, so a file cut short (a copy interrupted, a disk
    error) is recognised: its last block is treated as damaged. So is any block that is not valid UTF-8
    (`garbled`: the file was decoded with surrogateescape). Blocks are kept as sliced, so rewriting the file
    costs no more than copying it.
    """
    intact = text.endswith(_END)
    body = text[: -len(_END)] if intact else text
    marks = _markers(body)
    head = body[: marks[0].start()] if marks else body
    preamble = head
    if (garbled and _BAD_UTF8.search(head)) or not head.strip() or (
            not marks and MARKDOWN_PREAMBLE.startswith(head)):
        preamble = MARKDOWN_PREAMBLE  # missing, empty, cut inside the preamble or garbled: the standard one
    if not preamble.endswith("\n\n"):
        preamble = preamble.rstrip("\n") + "\n\n"
    order: list[str] = []
    pieces: dict[str, str] = {}
    damaged = False
    for i, m in enumerate(marks):
        last = i + 1 == len(marks)
        piece = body[m.start(): len(body) if last else marks[i + 1].start()]
        key = unquote(m.group(1))
        order.append(key)
        if (last and not intact) or (garbled and _BAD_UTF8.search(piece)):
            damaged = True
            continue
        if not piece.endswith("\n\n"):
            piece = piece.rstrip("\n") + "\n\n"
        pieces.setdefault(key, piece)
    return preamble, order, pieces, intact and not damaged and preamble == head


def _serialise(entry: Entry) -> bytes:
    """The JSONL line of `entry`. A nested object whose first field is named `key` (nothing writes one today)
    spells it `\\u006bey`, the same JSON, so `{"key": ` only ever starts a line (see _entry_key)."""
    line = json.dumps(entry.compact_dict(), ensure_ascii=False, separators=(", ", ": "))
    line = line[:1] + line[1:].replace(_ENTRY_START.decode(), '{"\\u006bey": ')
    return (line + "\n").encode("utf-8", "backslashreplace")


def _write_file(path: Path, data: bytes) -> None:
    """Replace `path` atomically; the error names the changelog, not a snapshot."""
    try:
        atomic_write_file(path, data)
    except StoreError as exc:
        raise StoreError(str(exc).replace("cannot write snapshot", "cannot write changelog", 1)) from None


def _markers(text: str) -> list[re.Match[str]]:
    """The entry markers that are lines of their own (faster than a MULTILINE pattern on a big file)."""
    return [m for m in _MARKER.finditer(text) if m.start() == 0 or text[m.start() - 1] == "\n"]


def _entry_key(line: bytes) -> str | None:
    """The key of a line that is one complete entry; None for a fragment or for entries run together.

    Cheap on purpose (the JSON is not parsed): an entry starts with its key and ends with `}`, and its
    serialisation never contains `{"key": ` anywhere else (no report field is named `key`).
    """
    if not line.endswith(b"}") or line.find(_ENTRY_START, 1) != -1:
        return None
    return _line_key(line)


def _line_key(line: bytes) -> str | None:
    m = _KEY_PREFIX.match(line)
    if m is not None:
        with contextlib.suppress(ValueError):
            key = json.loads(m.group(1))
            return key if isinstance(key, str) else None
    return None


def _parses(line: bytes, key: str) -> bool:
    try:
        data = json.loads(line)
    except ValueError:
        return False
    return isinstance(data, dict) and data.get("key") == key


def _cut_torn_tail(fd: int) -> int:
    """Cut whatever follows the last newline of the open file (a torn line); returns the size it keeps.

    Reads one byte when the file ends properly, else only back to the last newline.
    """
    size = os.fstat(fd).st_size
    if size == 0 or os.pread(fd, 1, size - 1) == b"\n":
        return size
    keep = 0
    pos = size
    while pos > 0:
        start = max(0, pos - (1 << 16))
        newline = os.pread(fd, pos - start, start).rfind(b"\n")
        if newline >= 0:
            keep = start + newline + 1
            break
        pos = start
    os.ftruncate(fd, keep)
    os.fsync(fd)
    return keep


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()
