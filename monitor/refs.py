"""What a version argument names: a file, `DOC@v3`, a bare `v3`/`latest`, or `REV:path` in git."""

from __future__ import annotations

import errno
import os
import re
from dataclasses import dataclass
from pathlib import Path

from monitor.digest import sha256
from monitor.errors import FileUnstable, InputError, MonitorError, VersionNotFound
from monitor.lazy_re import lazy_compile
from monitor.report import VersionRef

TYPE_CHECKING = False  # typing's own constant, without loading typing at run time (monitor/launch.py)
if TYPE_CHECKING:
    from monitor.config import Config

_BARE_VERSION = lazy_compile(r"^(?:v?\d+|latest|previous|first)$")
# A revision never starts with "-": `git show --output=FILE:x` would be an option, not a revision.
_GIT_REF = lazy_compile(r"^(?P<rev>[^:\s-][^:\s]*):(?P<path>.+)$", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Resolved:
    """The bytes of one side of a comparison and how the report names it."""

    data: bytes
    ref: VersionRef
    document: str | None


def read_file(path: Path, limit: int) -> bytes:
    """Read a document file named on the command line (pipes from process substitution included)."""
    from monitor.fileread import read_named_file

    try:
        return read_named_file(path, limit)
    except FileUnstable as exc:
        # The daemon retries such a file by itself; on the command line the user runs the command again.
        raise FileUnstable(str(exc).replace("; will retry", "; run the command again once it is saved")) from None


def _on_disk(path: Path) -> bool:
    """Whether the argument names something on disk (a dangling symlink included, to be reported as one).

    A name too long for a path (ENAMETOOLONG), or one through a file (ENOTDIR), names nothing there and may
    still be DOC@v3 or REV:path; an unreadable folder on the way (EACCES) is reported by the read.
    """
    try:
        path.lstat()
    except OSError as exc:
        return exc.errno in (errno.EACCES, errno.EPERM)
    except ValueError:  # an embedded NUL: argv cannot carry one, --doc and tests can
        return False
    return True


def resolve(arg: str, config: Config, doc: str | None = None) -> Resolved:
    """Turn one command-line version argument into bytes and a VersionRef."""
    if not arg:
        raise InputError("an empty argument names no file or version; give a file, DOC@v3, v3 or REV:path")
    path = Path(arg)
    if _on_disk(path):
        data = read_file(path, config.max_file_bytes)
        return Resolved(data, _file_ref(arg, path, data), None)
    if "@" in arg and not arg.startswith("@"):
        name, _, spec = arg.rpartition("@")
        return _from_store(name, spec, config)
    if _BARE_VERSION.match(arg):
        return _from_store(doc or _only_document(config, arg), arg, config)
    m = _GIT_REF.match(arg)
    if m:
        return _from_git(m.group("rev"), m.group("path"), config)
    what = "no such file" if len(os.fsencode(arg)) <= _NAME_MAX or "/" in arg else "too long for a file name"
    raise InputError(f"{_shorten(arg)}: {what}, and not a stored version (DOC@v3, v3, latest, previous) "
                     "or a git revision (REV:path)")


_NAME_MAX = 255  # bytes in one file name on every filesystem monitor runs on


def _shorten(arg: str, limit: int = 200) -> str:
    """An argument as quoted in a message: whole when reasonable, else its start and its length."""
    return arg if len(arg) <= limit else f"{arg[:limit]}… ({len(arg):,} characters)"


def _file_ref(arg: str, path: Path, data: bytes) -> VersionRef:
    try:
        mtime = utc_stamp(path.stat().st_mtime)
    except OSError:
        mtime = None
    return VersionRef(label=arg, path=arg, sha256=sha256(data), taken_at=mtime)


def utc_stamp(timestamp: float) -> str:
    """datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), the same text (or error), without
    loading the datetime module for it (2 % of the CPU time of a diff of two small files): the timestamp rounded to
    microseconds half to even as datetime rounds it (0.9999996 s past a second is the next second), then that
    second's UTC date and time as time.gmtime gives them and time.strftime formats them, as datetime does. A time
    outside the years datetime holds (1 to 9999) is left to datetime, which refuses it as before."""
    import math
    import time

    try:
        fraction, whole = math.modf(timestamp)
        micro = round(fraction * 1e6)
        if micro >= 1_000_000:
            whole += 1.0
        elif micro < 0:
            whole -= 1.0
        moment: time.struct_time | None = time.gmtime(int(whole))
    except (OverflowError, OSError, ValueError):  # not a finite time, or beyond the platform's
        moment = None
    if moment is None or not 1 <= moment.tm_year <= 9999:
        from datetime import UTC, datetime

        return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", moment)


def _from_store(name: str, spec: str, config: Config) -> Resolved:
    from monitor.docname import document_id
    from monitor.project import require_project
    from monitor.store import SnapshotStore

    require_project(config)  # a stored version is read from a project's store: outside one, say so
    store = SnapshotStore(config.snapshots)
    version = store.resolve(document_id(config, store, name), spec)  # `seeds/a.txt@v2` names seeds__a.txt
    return Resolved(store.read(version), version.ref(), version.doc)


def _only_document(config: Config, arg: str) -> str:
    from monitor.project import require_project
    from monitor.store import SnapshotStore

    require_project(config)
    docs = SnapshotStore(config.snapshots).documents()
    if len(docs) == 1:
        return docs[0]
    if not docs:
        raise VersionNotFound(f"{arg}: no documents in {config.snapshots} yet; run `monitor scan` first")
    raise VersionNotFound(f"{arg}: {len(docs)} documents are tracked; say which with --doc "
                          f"(one of: {', '.join(docs[:8])}{', …' if len(docs) > 8 else ''}) or write DOC@{arg}")


def _from_git(rev: str, path: str, config: Config) -> Resolved:
    import subprocess

    spec = path if path.startswith(("./", "../", "/")) else f"./{path}"
    try:
        proc = subprocess.run(["git", "show", f"{rev}:{spec}"], capture_output=True, check=False,
                              env={**os.environ, "GIT_PAGER": "cat"})
    except FileNotFoundError:
        raise MonitorError(f"{rev}:{path}: git is not installed, so git revisions cannot be read") from None
    if proc.returncode != 0:
        reason = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = reason[-1] if reason else f"git exited with {proc.returncode}"
        raise VersionNotFound(f"{_shorten(f'{rev}:{path}')}: not found in git "
                              f"({_shorten(detail.removeprefix('fatal: '))})")
    data = proc.stdout
    if len(data) > config.max_file_bytes:
        raise InputError(f"{rev}:{path}: over the {config.max_file_bytes:,}-byte limit")
    return Resolved(data, VersionRef(label=f"{rev}:{path}", path=path, sha256=sha256(data)), None)


