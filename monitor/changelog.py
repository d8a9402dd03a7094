"""The changelog: entries appended to changelog.jsonl and CHANGELOG.md, each exactly once, by key.

`changelog.jsonl` is the record: one JSON object per entry, the diff report (docs/diff-report.md) with the
entry's metadata (`key`, `kind`, `doc`, `old_version`, `new_version`, `recorded_at`) in front.
`CHANGELOG.md` is a view of it, newest first, one block per entry behind a `<!-- monitor:entry KEY -->`
marker, so a missing block can always be rebuilt from the JSONL.

An entry is keyed by (document, version), or (document, event number) for removals and restores: appending
a key that exists is a no-op, so replaying after a crash writes every missing entry exactly once. Order of
writes: the JSONL line (one O_APPEND write, fsync'd) and then the Markdown (rewritten atomically). A kill
between the two leaves the Markdown one block short, which the next writer restores; a torn last JSONL line
is cut off by the next writer. Callers serialise writers (scan.scan holds the snapshot store's lock).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote, unquote

from monitor.errors import StoreError
from monitor.report import Report
from monitor.store import atomic_write_file

EntryKind = Literal["added", "changed", "removed", "renamed"]
ENTRY_KINDS: tuple[EntryKind, ...] = ("added", "changed", "removed", "renamed")

MARKDOWN_PREAMBLE = (
    "# Changelog\n\n"
    "Changes to the tracked documents, newest first, written by `monitor`. Each entry is also a JSON line in "
    "`changelog.jsonl`.\n"
)
_MARKER = re.compile(r"^<!-- monitor:entry (\S+) -->$", re.MULTILINE)
_KEY_PREFIX = re.compile(rb'^\{"key": ("(?:[^"\\]|\\.)*")')


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

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entry:
        meta = ("key", "kind", "doc", "old_version", "new_version", "recorded_at", "renamed_from", "note")
        report = Report.from_dict({k: v for k, v in data.items() if k not in meta})
        return cls(
            key=data["key"], kind=data["kind"], doc=data["doc"], old_version=data.get("old_version"),
            new_version=data.get("new_version"), recorded_at=data.get("recorded_at", ""), report=report,
            renamed_from=data.get("renamed_from"), note=data.get("note"),
        )

    @property
    def too_complex(self) -> bool:
        """The version was stored but not analysed: it ran past the analysis budget (see budget.py)."""
        return (self.note or "").startswith("too complex")

    def summary(self) -> str:
        """One line: what kind of change, paragraph counts and judgment counts."""
        if self.kind == "removed":
            return f"removed (source {self.report.old.path or '?'} deleted)"
        counts = self.report.paragraph_counts
        if self.too_complex:
            what = {"added": "added", "renamed": f"renamed from {self.renamed_from}"}.get(self.kind, "changed")
            return f"{what}: {self.note}; the version is stored (monitor show {self.doc}@v{self.new_version})"
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
        return f"{head}: {paras or 'no paragraph changed'}; judgments: {judged or 'none flagged'}"


class Changelog:
    """Appends entries to the JSONL record and the Markdown view, idempotently and atomically."""

    def __init__(self, markdown: Path, jsonl: Path) -> None:
        self.markdown = Path(markdown)
        self.jsonl = Path(jsonl)
        self._keys: set[str] | None = None
        self._offset = 0  # bytes of the JSONL already read into _keys
        self._checked = False  # the torn-tail and missing-Markdown repair ran in this instance

    # ---------------------------------------------------------------------------------------- reading
    def keys(self) -> set[str]:
        """Keys of every complete entry in the JSONL (read incrementally, cheap to call per scan)."""
        try:
            size = self.jsonl.stat().st_size
        except FileNotFoundError:
            self._keys, self._offset = set(), 0
            return set()
        except OSError as exc:
            raise StoreError(f"{self.jsonl}: cannot read changelog ({_reason(exc)})") from None
        if self._keys is None or size < self._offset:
            self._keys, self._offset = set(), 0
        if size > self._offset:
            with self.jsonl.open("rb") as fh:
                fh.seek(self._offset)
                chunk = fh.read(size - self._offset)
            end = chunk.rfind(b"\n") + 1  # a torn tail is not an entry yet
            for line in chunk[:end].splitlines():
                key = _line_key(line)
                if key is not None:
                    self._keys.add(key)
            self._offset += end
        return set(self._keys)

    def has(self, key: str) -> bool:
        return key in self.keys()

    def entries(self, doc: str | None = None) -> list[Entry]:
        """Every complete entry (of `doc`, if given), oldest first."""
        out = []
        for data in self._records():
            if doc is None or data.get("doc") == doc:
                with contextlib.suppress(KeyError, TypeError, ValueError):
                    out.append(Entry.from_dict(data))
        return out

    def summaries(self, doc: str) -> dict[int, str]:
        """Version number -> one-line change summary, for `monitor log`."""
        return {e.new_version: e.summary() for e in self.entries(doc)
                if e.new_version is not None and e.kind != "removed"}

    def _records(self) -> list[dict[str, Any]]:
        try:
            raw = self.jsonl.read_bytes()
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise StoreError(f"{self.jsonl}: cannot read changelog ({_reason(exc)})") from None
        out = []
        for line in raw[: raw.rfind(b"\n") + 1].splitlines():
            with contextlib.suppress(ValueError):
                data = json.loads(line)
                if isinstance(data, dict) and "key" in data:
                    out.append(data)
        return out

    # ---------------------------------------------------------------------------------------- writing
    def append(self, entry: Entry) -> bool:
        """Write `entry` to both files unless its key is already there; True when it was written."""
        self.repair()
        if entry.key in self.keys():
            return False
        line = json.dumps(entry.to_dict(), ensure_ascii=False, separators=(", ", ": ")) + "\n"
        try:
            self.jsonl.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.jsonl, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o644)
            try:
                data = memoryview(line.encode("utf-8", "backslashreplace"))
                while data:
                    data = data[os.write(fd, data):]
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            raise StoreError(f"{self.jsonl}: cannot append to changelog ({_reason(exc)})") from None
        self.keys()
        self._prepend_markdown(entry)
        return True

    def repair(self) -> None:
        """Cut a torn last JSONL line and rebuild Markdown blocks that are missing (once per instance)."""
        if self._checked:
            return
        self._checked = True
        try:
            raw = self.jsonl.read_bytes()
        except FileNotFoundError:
            raw = b""
        except OSError as exc:
            raise StoreError(f"{self.jsonl}: cannot read changelog ({_reason(exc)})") from None
        keep = raw.rfind(b"\n") + 1
        if keep < len(raw):
            try:
                with self.jsonl.open("r+b") as fh:
                    fh.truncate(keep)
                    os.fsync(fh.fileno())
            except OSError as exc:
                raise StoreError(f"{self.jsonl}: cannot repair changelog ({_reason(exc)})") from None
            self._keys = None
        lines = raw[:keep].splitlines()
        keyed = [(key, line) for line in lines if (key := _line_key(line)) is not None]
        if not keyed:
            return
        text = self._read_markdown()
        preamble, blocks = _split_blocks(text)
        if all(key in blocks for key, _ in keyed):
            return  # the usual case: only the keys were read, no JSON parsed
        ordered = []
        for key, line in reversed(keyed):
            block = blocks.get(key)
            if block is None:
                try:
                    block = render_markdown_entry(Entry.from_dict(json.loads(line)))
                except (KeyError, TypeError, ValueError):
                    continue
            ordered.append(_marked(key, block))
        self._write_markdown(preamble + "".join(ordered))

    def _prepend_markdown(self, entry: Entry) -> None:
        text = self._read_markdown()
        preamble, blocks = _split_blocks(text)
        if entry.key in blocks:
            return
        m = _MARKER.search(text)
        rest = text[m.start():] if m else ""
        self._write_markdown(preamble + _marked(entry.key, render_markdown_entry(entry)) + rest)

    def _read_markdown(self) -> str:
        try:
            return self.markdown.read_text(encoding="utf-8")
        except FileNotFoundError:
            return ""
        except (OSError, UnicodeDecodeError) as exc:
            raise StoreError(f"{self.markdown}: cannot read changelog ({exc})") from None

    def _write_markdown(self, text: str) -> None:
        self.markdown.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_file(self.markdown, text.encode("utf-8", "backslashreplace"))


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


def _split_blocks(text: str) -> tuple[str, dict[str, str]]:
    """The text before the first entry marker, and each entry's block (without its marker) by key."""
    marks = list(_MARKER.finditer(text))
    if not marks:
        preamble = text if text.strip() else MARKDOWN_PREAMBLE
        return (preamble if preamble.endswith("\n\n") else preamble.rstrip("\n") + "\n\n"), {}
    blocks = {}
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        blocks[unquote(m.group(1))] = text[m.end() + 1: end].rstrip("\n") + "\n"
    return text[: marks[0].start()], blocks


def _line_key(line: bytes) -> str | None:
    m = _KEY_PREFIX.match(line)
    if m is not None:
        with contextlib.suppress(ValueError):
            key = json.loads(m.group(1))
            return key if isinstance(key, str) else None
    return None


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()
