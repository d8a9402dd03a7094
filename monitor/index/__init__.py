"""The history index: documents, versions, changelog entries and judgments, for every view to query.

One narrow interface (`SqlIndex`'s public methods), two backends: SQLite in the snapshot store (the default,
nothing to install or start) and PostgreSQL when config.yaml says `index: postgresql://…` (several daemons,
on several machines and roots, feed one history). Nothing here is imported by `monitor diff`; psycopg is
imported only when a PostgreSQL URL is configured.

The index is the source of truth for the changelog: `CHANGELOG.md` and `changelog.jsonl` are views of it
(monitor/changelog.py). It is caught up from the store's manifests and from `changelog.jsonl` when it is
missing or behind (a store older than the index, a crash between a write and its record), never rebuilt
silently: see docs/index.md.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from monitor.config import Config
    from monitor.index.base import SqlIndex

STORE_ID_FILE = ".store-id"


def store_id(root: Path) -> str:
    """The snapshot store's identity in a shared index: a random id kept in `<store>/.store-id`, made once
    (atomically: two processes making it at once agree on the first one written)."""
    path = root / STORE_ID_FILE
    with contextlib.suppress(OSError):
        text = path.read_text(encoding="ascii").strip()
        if text:
            return text
    from monitor.errors import StoreError

    fresh = uuid.uuid4().hex
    tmp = root / f".{STORE_ID_FILE}.tmp-{os.getpid()}-{fresh[:8]}"
    try:
        root.mkdir(parents=True, exist_ok=True)
        tmp.write_text(fresh + "\n", encoding="ascii")
        with contextlib.suppress(FileExistsError):
            os.link(tmp, path)
    except OSError as exc:
        raise StoreError(f"{root}: cannot write the store's id ({(exc.strerror or str(exc)).lower()})") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return path.read_text(encoding="ascii").strip()


def open_index(config: Config, *, create: bool = True) -> SqlIndex | None:
    """The index config.yaml names, migrated to the current schema; None when `create` is false and the
    store has no index yet (the caller falls back to reading the store's files). StoreError, one line, when
    the server is down or the file cannot be opened."""
    root = config.snapshots
    url = index_url(config)
    if url is not None:
        if not create and not (root / STORE_ID_FILE).exists():
            return None
        from monitor.index.postgres import PostgresIndex

        index: SqlIndex = PostgresIndex(url, store_id(root), root)
    else:
        from monitor.index.sqlite import INDEX_FILE, SqliteIndex

        path = root / INDEX_FILE
        if not create and not path.exists():
            return None
        if create:
            try:
                root.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                from monitor.errors import StoreError

                raise StoreError(f"{root}: cannot create the snapshot store ({(exc.strerror or str(exc)).lower()})"
                                 ) from None
        index = SqliteIndex(path, "local", root)
    if create:
        index.migrate()
        from monitor.store import iso_utc, utc_now

        index.register_store(str(root), iso_utc(utc_now()))
    elif index.schema_version() == 0:
        index.close()
        return None
    return index


def index_url(config: Config) -> str | None:
    """The PostgreSQL URL to use, or None for SQLite: `$MONITOR_INDEX` when set, else config.yaml's `index`."""
    override = os.environ.get("MONITOR_INDEX", "").strip()
    if override:
        return None if override == "sqlite" else override
    return config.index


def memory_index(root: Path) -> SqlIndex:
    """A private, in-memory index (a Changelog used on its own, with no store: tests and tools)."""
    from monitor.index.sqlite import SqliteIndex

    index = SqliteIndex(Path(":memory:"), "local", root)
    index.migrate()
    return index
