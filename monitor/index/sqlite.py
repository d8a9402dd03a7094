"""The embedded index: one SQLite file inside the snapshot store (the standard library's sqlite3, WAL mode).

WAL lets `monitor log` and `monitor status` read while the daemon writes. synchronous=NORMAL: a commit is
safe from a kill -9 at once and from a power cut at the next checkpoint; what a power cut could take back
is never lost, because every entry is also fsync'd to changelog.jsonl right after its commit (a scan records
again the JSONL entries the index lacks) or else computed again from the store. Only this module imports
sqlite3.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Any

from monitor.index.base import SqlIndex

INDEX_FILE = "index.sqlite3"


class SqliteIndex(SqlIndex):
    """The history index in `<store>/index.sqlite3`."""

    def __init__(self, path: Path, store: str, root: Path) -> None:
        self.path = path
        self.describe = f"{path}"

        def connect() -> sqlite3.Connection:
            conn = sqlite3.connect(path, timeout=60, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            return conn

        super().__init__(connect, store, root, (sqlite3.Error,))

    def _failure(self, exc: BaseException) -> str:
        text = str(exc).lower()
        if "disk is full" in text or "disk i/o" in text:
            return f"{self.path}: cannot write the index (no space left on device)"
        if "readonly" in text or "unable to open" in text:
            return f"{self.path}: cannot open the index ({text}); check the snapshot store's permissions"
        if "malformed" in text or "not a database" in text:
            return (f"{self.path}: the index is damaged ({text}); move it aside and run `monitor scan`, which "
                    f"rebuilds it from the store and changelog.jsonl")
        return f"{self.path}: index error ({text})"

    def _begin(self, cur: Any) -> None:
        cur.execute("BEGIN IMMEDIATE")  # take the write lock now: no upgrade deadlock between two writers

    def _commit(self, conn: Any, cur: Any) -> None:
        cur.execute("COMMIT")

    def _rollback(self, conn: Any, cur: Any) -> None:
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                cur.execute("ROLLBACK")
