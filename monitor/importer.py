"""`monitor import`: a series of files stored as successive versions of one document, each with its own date.

A statement published on 2015-12-16 is a version dated 2015-12-16, whenever its file was copied: the date
comes from the file's name (`2015-12-16.txt`, `fomc-20151216.txt`), its modification time, or the last git
commit that touched it. Files are stored in date order through the snapshot store, and their changelog
entries are computed by the scan's own recovery (`scan.recover`), so an imported series reads like any
watched document in `monitor log`, `show`, `diff`, CHANGELOG.md and changelog.jsonl. The dates go to the
index (`version_info`). Importing the same files again adds nothing.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from monitor.errors import InputError, MonitorError, StoreError, StoreLocked

if TYPE_CHECKING:
    from monitor.config import Config
    from monitor.scan import ScanEvent

DateFrom = Literal["filename", "mtime", "git"]
DATE_SOURCES: tuple[DateFrom, ...] = ("filename", "mtime", "git")

# YYYY-MM-DD, YYYY_MM_DD, YYYY.MM.DD or YYYYMMDD, not inside a longer run of digits.
_NAME_DATE = re.compile(r"(?<!\d)(\d{4})([-_.]?)(\d{2})\2(\d{2})(?!\d)")
_DOC_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,179}\Z")


@dataclass(frozen=True, slots=True)
class DatedFile:
    """One file of a series and the date it bears (`YYYY-MM-DD`, or an ISO time for mtime and git)."""

    path: Path
    dated: str


@dataclass(frozen=True, slots=True)
class Imported:
    """What one file of the series became: a new version, or nothing (why) when it was already there."""

    path: Path
    dated: str
    number: int | None  # the version it is (new or already stored), None when it was not stored
    note: str  # "new", "already imported", "same text as v3"


@dataclass(frozen=True, slots=True)
class ImportResult:
    """The outcome of one `monitor import`."""

    doc: str
    files: tuple[Imported, ...]
    entries: int  # changelog entries written

    @property
    def added(self) -> int:
        return sum(1 for f in self.files if f.note == "new")


def check_doc_id(doc: str) -> str:
    """`doc` if it can name a document in the store, else one line saying what a name may hold."""
    if not _DOC_ID.match(doc) or ".." in doc:
        raise InputError(f"{doc!r}: not a usable document name; use letters, digits, '.', '_' and '-' "
                         "(starting with a letter or digit, at most 180 characters), e.g. fomc")
    if "__" in doc:  # ROOT__PATH is the id a scan gives a file: the file would find its id taken
        raise InputError(f"{doc!r}: names with '__' are the ids scans give files under the roots "
                         f"(seeds__report.txt); import under a name without '__', e.g. {doc.replace('__', '-')}")
    return doc


def date_from_name(path: Path) -> str | None:
    """The date in a file's name (`2015-12-16.txt`, `statement_20151216.txt`) as YYYY-MM-DD, if any (the
    last one when there are several: a folder's year comes before the file's own date)."""
    for m in reversed(list(_NAME_DATE.finditer(path.name))):
        try:
            return date(int(m.group(1)), int(m.group(3)), int(m.group(4))).isoformat()
        except ValueError:
            continue
    return None


def date_files(paths: Sequence[Path], how: DateFrom) -> list[DatedFile]:
    """Each file with its date, oldest first (files of one date by name); one InputError naming the first
    file that has none."""
    out = []
    for path in paths:
        if path.is_dir():  # before its name is read for a date: `import fomc statements/` names a folder
            raise InputError(f"{path}: is a folder, not a document; name the files in it, e.g. {path}/*.txt")
        if not path.exists() and not path.is_symlink():
            pattern = any(c in str(path) for c in "*?[")  # a shell leaves a pattern that matches nothing as it is
            raise InputError(f"{path}: no such file" + ("; no file matches that pattern" if pattern else "")
                             + "; check the path (nothing was imported)")
        if how == "filename":
            dated = date_from_name(path)
            if dated is None:
                raise InputError(f"{path}: no date in its name (like 2015-12-16.txt or 20151216.txt); rename it, "
                                 "or date the files by --date-from mtime or --date-from git")
        elif how == "mtime":
            try:
                dated = _iso(datetime.fromtimestamp(path.stat().st_mtime, UTC))
            except OSError as exc:
                raise InputError(f"{path}: cannot read its modification time ({_reason(exc)})") from None
        else:
            dated = _git_date(path)
        out.append(DatedFile(path, dated))
    return sorted(out, key=lambda f: (f.dated, f.path.name, str(f.path)))


def _git_date(path: Path) -> str:
    """The time of the last commit that changed `path` (UTC), or one InputError saying why there is none."""
    folder = path.parent if str(path.parent) else Path()
    try:
        proc = subprocess.run(["git", "log", "-1", "--format=%cI", "--", path.name], cwd=folder,
                              capture_output=True, check=False, text=True, env={**os.environ, "GIT_PAGER": "cat"})
    except FileNotFoundError:
        raise MonitorError(f"{path}: git is not installed, so --date-from git cannot date it") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot run git in {folder} ({_reason(exc)})") from None
    stamp = proc.stdout.strip()
    if proc.returncode != 0 or not stamp:
        why = "not in a git repository" if proc.returncode != 0 else "never committed"
        raise InputError(f"{path}: {why}, so --date-from git has no date for it; commit it, or use "
                         "--date-from filename or mtime")
    return _iso(datetime.fromisoformat(stamp))


def import_series(config: Config, doc: str, paths: Sequence[Path], how: DateFrom = "filename",
                  log: Callable[[ScanEvent], None] | None = None, lock_timeout: float | None = 60.0) -> ImportResult:
    """Store `paths` as the next versions of `doc`, in date order, and write their changelog entries.

    Files already imported into `doc` (same source path and content) are passed over, so an import can be
    run again, or with more files. A PDF or Word file that cannot be read (encrypted, image-only) is refused
    before anything is written, as an unreadable text file is. A new file dated before the document's latest
    version is refused before anything is written: versions are kept in date order.
    """
    from monitor.changelog import Changelog
    from monitor.index import open_index
    from monitor.readers import check, read, sniff
    from monitor.scan import read_document, recover
    from monitor.store import SnapshotStore, lock_holder

    check_doc_id(doc)
    if not paths:
        raise InputError("no files to import; name them, e.g. monitor import fomc statements/*.txt")
    series = date_files(paths, how)
    contents = []
    for f in series:
        data = read_document(f.path, config.max_file_bytes)
        if not data:
            raise InputError(f"{f.path}: empty file; nothing to import")
        check(data, f.path.name, str(f.path))
        if sniff(data, f.path.name) in ("pdf", "docx"):  # encrypted, image-only: refused before anything is stored
            read(data, f.path.name, str(f.path))
        contents.append(data)
    store = SnapshotStore(config.snapshots)
    holder = lock_holder(config.snapshots)
    if holder is not None and holder.endswith(" watch"):  # the daemon keeps the store for as long as it runs
        raise StoreLocked(f"snapshot store {config.snapshots} is kept by monitor watch (pid {holder.split()[0]}); "
                          "stop the daemon, import, then start it again")
    index = open_index(config)
    assert index is not None
    try:
        with store.lock(timeout=lock_timeout, purpose="import"):
            from monitor.migrate import migrate_store

            # As a scan does first: a store this import creates is marked with the current id scheme, so the next
            # scan does not take it for an old one to migrate (and say so).
            migrate_store(config, store)
            existing = store.history(doc) if store.latest(doc) is not None else ()
            info = index.version_info(doc)
            sources = [_source(config, f.path) for f in series]
            # Versions an import killed before it dated them are its own, not a scan's. One the store recovered
            # (its file written, its manifest line not) carries the previous file's source: matched by content.
            undated = {v.number: v.sha256 for v in existing if info.get(v.number, (None, None))[0] is None}
            digests = {_sha256(data) for data in contents}
            if existing and len(undated) == len(existing) and not digests & set(undated.values()):
                raise InputError(f"{doc}: already holds versions that scans took (from {existing[-1].source}), "
                                 "not an imported series; import under another document name")
            have = {(v.source, v.sha256): v.number for v in existing}
            latest_date = max((d for d, _ in info.values() if d), default=None)
            by_content = {v.sha256: v.number for v in existing}
            # (content, date) of each dated version: a recovered version keeps the previous file's source, so
            # this finds it again on later imports
            by_dated = {(v.sha256, info[v.number][0]): v.number for v in existing if v.number not in undated}
            results: list[Imported] = []
            late: list[DatedFile] = []
            for f, source, data in zip(series, sources, contents, strict=True):
                digest = _sha256(data)
                if (source, digest) in have or digest in undated.values() or (digest, f.dated) in by_dated:
                    continue
                if latest_date is not None and f.dated < latest_date:
                    if digest in by_content:  # a repeat of a stored text, skipped when the series was imported
                        results.append(Imported(f.path, f.dated, None, f"same text as v{by_content[digest]}"))
                        continue
                    late.append(f)
            if late:
                raise InputError(
                    f"{late[0].path}: dated {late[0].dated}, before {doc}'s latest version ({latest_date}); versions "
                    f"are kept in date order, so import the whole series into a new document name")
            skipped = {r.path for r in results}
            dates: dict[int, str] = {}
            for f, source, data in zip(series, sources, contents, strict=True):
                if f.path in skipped:
                    continue
                digest = _sha256(data)
                number = have.get((source, digest), by_dated.get((digest, f.dated)))
                if number is None:  # a version the store recovered: the previous file's source, this content
                    number = next((n for n, sha in undated.items() if sha == digest and n not in dates), None)
                if number is not None:
                    results.append(Imported(f.path, f.dated, number, "already imported"))
                    if number in undated:
                        dates[number] = f.dated  # stored by an import killed before it dated it
                    continue
                version = store.put(doc, data, source)
                if version is None:
                    same = store.history(doc)[-1]
                    if same.number not in dates and info.get(same.number, (None,))[0] is None:
                        # stored by an import killed as it wrote the manifest's last line (the store's repair
                        # in put() completed that line only now): this file is imported, not a repeat
                        results.append(Imported(f.path, f.dated, same.number, "already imported"))
                        dates[same.number] = f.dated
                        continue
                    results.append(Imported(f.path, f.dated, None, f"same text as v{same.number}"))
                    continue
                dates[version.number] = f.dated
                results.append(Imported(f.path, f.dated, version.number, "new"))
            index.set_version_dates(doc, dates)
            changelog = Changelog(config.changelog_markdown, config.changelog_jsonl, index)
            written = recover(config, store, changelog, log, docs={doc})
    except OSError as exc:
        raise StoreError(f"{config.snapshots}: cannot import into the snapshot store ({_reason(exc)})") from None
    finally:
        index.close()
    if any(r.note == "new" for r in results):
        _warm_history(config, doc)
    order = {f.path: i for i, f in enumerate(series)}
    return ImportResult(doc, tuple(sorted(results, key=lambda r: order[r.path])), written)


def _warm_history(config: Config, doc: str) -> None:
    """Judge the series' restated pairs now (kept in the store), so the first `monitor history` is as quick as
    the next ones."""
    from monitor.history import build_history, open_series

    with open_series(config, doc) as series:
        build_history(series, config)


def _source(config: Config, path: Path) -> str:
    from monitor.scan import _source as scan_source

    return scan_source(config, path)


def _sha256(data: bytes) -> str:
    from monitor.digest import sha256

    return sha256(data)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()
