"""Moving a snapshot store written with the old document ids to `<root name>__<path>` ids, once and crash-safely.

The old scheme named a document by its path under the root, or under the root's parent when there were
several roots, so adding a root renamed every document. A store without a `.format` file holding `2` was
written that way; the first scan moves it to the ids `SnapshotStore.doc_id` gives today:

1. plan: each document's new id comes from the source recorded in its manifest and the configured roots; a
   document under no root keeps its id. Several histories of one file (the old scheme started a new one when
   a root was added) give the id to the live, most recent one; the others keep theirs. An id kept that is
   another's new id is parked under `<id>~<hash>`.
2. the plan is written to `snapshots/.migration.json` (atomically); from then on every step is resumable, and
   the journal's `phase` says which step a kill -9 interrupted;
3. copy: `manifest.jsonl.premigration` beside each manifest that names a renamed document (`renamed_from`,
   a removal's `to`), `changelog.jsonl.premigration` beside the changelog;
4. out, in: folders move old → `.migrating-N` → new, in two passes, because an old id may be another
   document's new id (`seeds__x.txt`: seeds/seeds/x.txt before, seeds/x.txt now);
5. rewrite: each manifest and changelog.jsonl is written again from its copy, so a resumed step never maps an
   id twice (entries keep their time and report; `key`, `doc`, `document` and `renamed_from` get the new ids);
6. markdown: CHANGELOG.md keeps its preamble and every block is rebuilt from changelog.jsonl by
   `Changelog.repair()`;
7. finish: `.format` is written, the copies and the journal removed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import signal
from collections.abc import Callable
from dataclasses import dataclass
from glob import escape as glob_escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from monitor.errors import StoreError
from monitor.store import MANIFEST, atomic_write_file, fsync_dir

if TYPE_CHECKING:
    from monitor.config import Config
    from monitor.scan import ScanEvent
    from monitor.store import SnapshotStore

FORMAT = 2
FORMAT_FILE = ".format"
JOURNAL = ".migration.json"
COPY_SUFFIX = ".premigration"
_PHASES = ("copy", "out", "in", "rewrite", "markdown", "finish")
# Tests only: SIGKILL the migrating process after this many steps, to prove every step resumable.
KILL_AFTER_ENV = "MONITOR_TEST_KILL_MIGRATION_AFTER_STEP"
_MARKER = re.compile(r"^<!-- monitor:entry \S+ -->$", re.MULTILINE)  # as changelog.py writes them


@dataclass(frozen=True, slots=True)
class Plan:
    """What migrating one store does: the ids that change, the manifests that name them, and the log line."""

    renames: tuple[tuple[str, str], ...]  # (old id, new id), sorted by old id
    rewrite: tuple[str, ...]  # old ids of the documents whose manifests name a renamed document
    changelog: bool  # changelog.jsonl exists and ids in it change
    note: str  # one line for the log; "" when there is nothing to say


def migrate_store(config: Config, store: SnapshotStore,
                  log: Callable[[ScanEvent], None] | None = None) -> str | None:
    """Bring `store` (and the changelog) to the current id scheme if it is older; the caller holds the lock.

    Returns the one-line summary when anything was migrated (also sent to `log` as one ScanEvent), else None.
    Cheap when the store is current: one small file read. StoreError when a step cannot be done; the next
    call resumes where this one stopped.
    """
    journal = _read_journal(store.root)
    fresh = journal is None
    if journal is None:
        if _store_format(store.root) >= FORMAT:
            return None
        plan = plan_migration(config, store)
        if not plan.renames:
            _write_format(store.root)
            return _announce(config, store, plan.note, 0, log)
        journal = {"format": FORMAT, "phase": _PHASES[0], "renames": [list(r) for r in plan.renames],
                   "rewrite": list(plan.rewrite), "changelog": plan.changelog, "note": plan.note}
    migration = _Migration(config, store.root, journal)
    migration.run(fresh)
    store.reload()
    return _announce(config, store, migration.note, len(migration.renames), log)


# -------------------------------------------------------------------------------------------------- plan
def plan_migration(config: Config, store: SnapshotStore) -> Plan:
    """Where every document of an old-scheme store goes under the current roots and names (nothing moved)."""
    from monitor.scan import root_of

    docs = store.documents()
    wanted: dict[str, str] = {}
    outside: list[str] = []
    for doc in docs:
        source = store.current_source(doc) or ""
        path = _source_path(config, source)
        root = root_of(config, path)
        if root is None:
            outside.append(f"{doc} (source {source} is under no root)")
            continue
        try:
            wanted[doc] = store.doc_id(path, root, config.root_name(root))
        except StoreError:
            outside.append(f"{doc} (source {source} is the root itself)")
    claimants: dict[str, list[str]] = {}
    for doc, new in wanted.items():
        claimants.setdefault(new, []).append(doc)
    final: dict[str, str] = {}
    older: list[str] = []
    for new, olds in claimants.items():
        # The old scheme began a second history of a file when a root was added: the live, most recently
        # written one continues; the others stay what they are, old histories under their old ids.
        winner = max(olds, key=lambda d: (not store.is_removed(d), _last_activity(store, d), d == new, d))
        final[winner] = new
        older += [f"{d} (an older history of {store.current_source(d)})" for d in sorted(olds) if d != winner]
    taken = set(final.values())
    for doc in docs:  # under no root, or an older history: the id stays, unless it is now another's
        if doc not in final and doc not in taken:
            final[doc] = doc
    taken |= set(final.values())
    parked: list[str] = []
    for doc in docs:
        if doc not in final:
            final[doc] = _parked_id(doc)
            if final[doc] in taken:
                raise StoreError(f"{store.root}: cannot migrate: {doc} would move to {final[doc]}, which is "
                                 f"taken; move one of the two folders out of the store")
            taken.add(final[doc])
            parked.append(f"{doc} → {final[doc]}")
    renames = tuple(sorted((old, new) for old, new in final.items() if old != new))
    changed = dict(renames)
    rewrite = tuple(doc for doc in docs if _names_any(store, doc, changed))
    changelog = bool(renames) and config.changelog_jsonl.exists()
    return Plan(renames, rewrite, changelog, _note(renames, outside, older, parked))


def _last_activity(store: SnapshotStore, doc: str) -> str:
    records = store.records(doc)
    return records[-1].taken_at if records else ""


def _parked_id(doc: str) -> str:
    digest = hashlib.sha256(f"parked\0{doc}".encode()).hexdigest()[:10]
    return f"{doc[:169]}~{digest}"


def _names_any(store: SnapshotStore, doc: str, changed: dict[str, str]) -> bool:
    from monitor.store import Version

    for record in store.records(doc):
        ref = record.renamed_from if isinstance(record, Version) else record.to
        if ref is not None and _doc_of(ref) in changed:
            return True
    return False


def _note(renames: tuple[tuple[str, str], ...], outside: list[str], older: list[str], parked: list[str]) -> str:
    if not (renames or outside or older):
        return ""
    parts = ["ids are now <root name>__<path> (store format 2)"]
    if renames:
        parts.append("e.g. " + ", ".join(f"{old} → {new}" for old, new in renames[:3]))
    for label, items in (("kept their ids", outside + older), ("moved aside", parked)):
        if items:
            shown = ", ".join(items[:5]) + (f", … ({len(items)} in all)" if len(items) > 5 else "")
            parts.append(f"{label}: {shown}")
    return "; ".join(parts)




def _announce(config: Config, store: SnapshotStore, note: str, count: int,
              log: Callable[[ScanEvent], None] | None) -> str | None:
    if not note:
        return None
    if log is not None:
        from monitor.scan import ScanEvent

        what = f"{count} document{'s' if count != 1 else ''}" if count else "no documents"
        log(ScanEvent("renamed", _shown(config, store.root), what, message=note))
    return note


# ------------------------------------------------------------------------------------------------- steps
class _Migration:
    """The steps after the plan, each one safe to run again after a kill -9 interrupted it."""

    def __init__(self, config: Config, root: Path, journal: dict[str, Any]) -> None:
        self.config = config
        self.root = root
        self.journal = journal
        try:
            self.renames = [(str(old), str(new)) for old, new in journal["renames"]]
            self.rewrite = [str(doc) for doc in journal["rewrite"]]
            self.changelog = bool(journal["changelog"])
            self.note = str(journal.get("note", ""))
            self.start = _PHASES.index(journal["phase"])
        except (KeyError, TypeError, ValueError):
            raise StoreError(f"{root / JOURNAL}: not a migration journal monitor wrote; restore it, or restore "
                             f"the store from a backup") from None
        self.mapping = dict(self.renames)
        self.steps = 0
        kill_after = os.environ.get(KILL_AFTER_ENV, "")
        self.kill_after = int(kill_after) if kill_after.isdigit() else 0

    def run(self, fresh: bool) -> None:
        if fresh:
            _write_journal(self.root, self.journal)
            self._step()
        actions = {"copy": self._copy, "out": self._move_out, "in": self._move_in, "rewrite": self._rewrite,
                   "markdown": self._markdown, "finish": self._finish}
        for i in range(self.start, len(_PHASES)):
            actions[_PHASES[i]]()
            if i + 1 < len(_PHASES):
                self.journal["phase"] = _PHASES[i + 1]
                _write_journal(self.root, self.journal)
                self._step()

    def _step(self) -> None:
        """One durable change done; the kill -9 tests stop the process here."""
        self.steps += 1
        if self.steps == self.kill_after:
            os.kill(os.getpid(), signal.SIGKILL)

    def _copy(self) -> None:
        """Keep each file to be rewritten as it was, so every rewrite starts from the original."""
        for doc in self.rewrite:
            self._keep(self.root / doc / MANIFEST)
        if self.changelog:
            self._keep(self.config.changelog_jsonl)

    def _keep(self, path: Path) -> None:
        copy = _copy_of(path)
        if not copy.exists():  # a copy, once complete (it is written atomically), is the original
            atomic_write_file(copy, _read(path))
            self._step()

    def _move_out(self) -> None:
        for i, (old, _new) in enumerate(self.renames):
            src, tmp = self.root / old, self.root / _temp_name(i)
            if os.path.lexists(tmp):
                continue
            if not src.is_dir():
                raise self._lost(src)
            _rename(src, tmp)
            self._step()
        fsync_dir(self.root)

    def _move_in(self) -> None:
        for i, (_old, new) in enumerate(self.renames):
            tmp, dst = self.root / _temp_name(i), self.root / new
            if not os.path.lexists(tmp):
                if dst.is_dir():
                    continue
                raise self._lost(tmp)
            if os.path.lexists(dst):  # not a document (the plan gave every document a free id): keep it aside
                _rename(dst, _aside(self.root, new))
                self._step()
            _rename(tmp, dst)
            self._step()
        fsync_dir(self.root)

    def _rewrite(self) -> None:
        for doc in self.rewrite:
            manifest = self.root / self.mapping.get(doc, doc) / MANIFEST
            data = _read(_copy_of(manifest))
            atomic_write_file(manifest, _rewrite_lines(data, _MANIFEST_REFS, self.mapping, _manifest_line))
            self._step()
        if self.changelog:
            jsonl = self.config.changelog_jsonl
            data = _read(_copy_of(jsonl))
            atomic_write_file(jsonl, _rewrite_lines(data, _CHANGELOG_REFS, self.mapping, _changelog_line))
            self._step()

    def _markdown(self) -> None:
        """Rebuild every block of CHANGELOG.md from the rewritten changelog.jsonl, keeping its preamble."""
        from monitor.changelog import Changelog

        if not self.changelog:
            return
        markdown = self.config.changelog_markdown
        if markdown.exists():
            text = _read(markdown).decode("utf-8", "replace")
            first = _MARKER.search(text)
            if first is not None:
                atomic_write_file(markdown, text[: first.start()].encode("utf-8"))
                self._step()
        Changelog(markdown, self.config.changelog_jsonl).repair()
        self._step()

    def _finish(self) -> None:
        _write_format(self.root)
        self._step()
        folders = {self.root / self.mapping.get(doc, doc) for doc in self.rewrite}
        for folder in folders:
            _unlink(_copy_of(folder / MANIFEST))
            self._step()
        if self.changelog:
            _unlink(_copy_of(self.config.changelog_jsonl))
            self._step()
        # What a kill left of an atomic write of ours: nothing else writes these names under the lock.
        written: list[tuple[Path, tuple[str, ...]]] = [(self.root, (FORMAT_FILE, JOURNAL))]
        written += [(folder, (MANIFEST, MANIFEST + COPY_SUFFIX)) for folder in folders]
        if self.changelog:
            jsonl, markdown = self.config.changelog_jsonl, self.config.changelog_markdown
            written += [(jsonl.parent, (jsonl.name, jsonl.name + COPY_SUFFIX)), (markdown.parent, (markdown.name,))]
        for folder, names in written:
            for name in names:
                for leftover in folder.glob(f".{glob_escape(name)}.tmp-*"):
                    _unlink(leftover)
        _unlink(self.root / JOURNAL)
        fsync_dir(self.root)

    def _lost(self, path: Path) -> StoreError:
        return StoreError(f"{path}: missing while migrating the snapshot store to new document ids "
                          f"({self.root / JOURNAL} expects it); was the store changed by hand? Restore it from a "
                          f"backup")


# ------------------------------------------------------------------------------------------- rewriting
_MANIFEST_REFS = ("renamed_from", "to")
_CHANGELOG_REFS = ("key", "doc", "document", "renamed_from")


def _manifest_line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)  # as SnapshotStore._append writes it


def _changelog_line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(", ", ": "))  # as Changelog.append writes it


def _rewrite_lines(data: bytes, fields: tuple[str, ...], mapping: dict[str, str],
                   dump: Callable[[dict[str, Any]], str]) -> bytes:
    """`data` with the ids in `fields` of each JSON line mapped; other lines (a torn tail) byte for byte."""
    out = []
    for line in data.split(b"\n"):
        try:
            record = json.loads(line)
        except ValueError:
            out.append(line)
            continue
        changed = False
        if isinstance(record, dict):
            for field in fields:
                value = record.get(field)
                if isinstance(value, str) and (mapped := _map_ref(value, mapping)) != value:
                    record[field] = mapped
                    changed = True
        out.append(dump(record).encode("utf-8", "backslashreplace") if changed else line)
    return b"\n".join(out)


def _doc_of(ref: str) -> str:
    """The document of `doc`, `doc@v3` or `doc#e2` (ids contain neither `@` nor `#`)."""
    return re.split(r"[@#]", ref, maxsplit=1)[0]


def _map_ref(ref: str, mapping: dict[str, str]) -> str:
    doc = _doc_of(ref)
    return mapping.get(doc, doc) + ref[len(doc):]


# --------------------------------------------------------------------------------------------- files
def _store_format(root: Path) -> int:
    path = root / FORMAT_FILE
    try:
        text = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return 1
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreError(f"{path}: cannot read the store's format ({exc})") from None
    if not text.isdigit():
        raise StoreError(f"{path}: expected the store's format number, got {text[:40]!r}; write {FORMAT} "
                         f"if the store was migrated, or remove the file to migrate it again")
    if int(text) > FORMAT:
        raise StoreError(f"{root}: snapshot store format {text} was written by a newer monitor (this one knows "
                         f"up to {FORMAT}); upgrade monitor")
    return int(text)


def _write_format(root: Path) -> None:
    atomic_write_file(root / FORMAT_FILE, f"{FORMAT}\n".encode())


def _read_journal(root: Path) -> dict[str, Any] | None:
    path = root / JOURNAL
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise StoreError(f"{path}: cannot read the migration journal ({exc}); restore the store from a "
                         f"backup") from None
    if not isinstance(data, dict):
        raise StoreError(f"{path}: not a migration journal monitor wrote; restore the store from a backup")
    return data


def _write_journal(root: Path, journal: dict[str, Any]) -> None:
    atomic_write_file(root / JOURNAL, (json.dumps(journal, ensure_ascii=False, indent=1) + "\n").encode())


def _copy_of(path: Path) -> Path:
    return path.with_name(path.name + COPY_SUFFIX)


def _temp_name(i: int) -> str:
    return f".migrating-{i:06d}"  # a leading dot: never listed as a document


def _aside(root: Path, name: str) -> Path:
    target = root / f".orphan-{name}"
    n = 1
    while os.path.lexists(target):
        n += 1
        target = root / f".orphan-{name}-{n}"
    return target


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise StoreError(f"{path}: cannot read while migrating the snapshot store ({_reason(exc)})") from None


def _rename(src: Path, dst: Path) -> None:
    try:
        src.rename(dst)
    except OSError as exc:
        raise StoreError(f"{src}: cannot rename to {dst.name} while migrating the snapshot store "
                         f"({_reason(exc)})") from None


def _unlink(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        raise StoreError(f"{path}: cannot remove ({_reason(exc)})") from None


def _source_path(config: Config, source: str) -> Path:
    path = Path(source)
    return Path(os.path.abspath(path if path.is_absolute() else config.base / path))  # noqa: PTH100


def _shown(config: Config, path: Path) -> str:
    with contextlib.suppress(ValueError):
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(config.base)).as_posix()  # noqa: PTH100
    return str(path)


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()
