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
import time
from pathlib import Path
from typing import Any

from monitor.index.base import SqlIndex

INDEX_FILE = "index.sqlite3"
BUSY_SECONDS = 60  # how long a connection waits for another process's lock before it gives up
WAL_RETRY_SECONDS = 0.05  # the pause between tries to switch a new index to WAL while another process does


def _to_wal(conn: sqlite3.Connection) -> None:
    """Switch the index to write-ahead logging. Two processes opening a new index at once both try to, and SQLite
    answers the loser 'database is locked' at once rather than after its busy timeout (changing the journal mode
    takes an exclusive lock, which it will not wait for): try again, for as long as the busy timeout would have
    waited. (Seen as one of two `monitor scan` runs started together failing with an index error.)"""
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            text = str(exc).lower()
            if ("locked" not in text and "busy" not in text) or time.monotonic() > deadline:
                raise
            time.sleep(WAL_RETRY_SECONDS)


class SqliteIndex(SqlIndex):
    """The history index in `<store>/index.sqlite3`."""

    def __init__(self, path: Path, store: str, root: Path) -> None:
        self.path = path
        self.describe = f"{path}"

        def connect() -> sqlite3.Connection:
            conn = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False)
            _to_wal(conn)
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
