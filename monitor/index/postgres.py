"""The shared index: the same schema on a PostgreSQL server (psycopg 3), for several daemons and analysts.

`index: postgresql://user@host/dbname` in config.yaml. Each snapshot store writes under its own store id
(`<store>/.store-id`), so daemons on different machines and roots feed one history without touching each
other's rows; an entry is still inserted exactly once by its (store, key). Only this module imports psycopg.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from monitor.index.base import SqlIndex


class PostgresIndex(SqlIndex):
    """The history index on a PostgreSQL server."""

    placeholder = "%s"
    serial = "BIGSERIAL"
    blob = "BYTEA"

    def __init__(self, url: str, store: str, root: Path) -> None:
        import psycopg

        self.url = url
        self.describe = f"index {_redacted(url)}"

        def connect() -> Any:
            return psycopg.connect(url, connect_timeout=10, autocommit=False)

        super().__init__(connect, store, root, (psycopg.Error,))

    def _failure(self, exc: BaseException) -> str:
        detail = " ".join(str(exc).split())[:300] or type(exc).__name__
        if "connection" in detail.lower() or "connect" in detail.lower():
            return (f"{self.describe}: cannot reach the PostgreSQL server ({detail}); start it or fix 'index' in "
                    f"config.yaml (nothing was lost: the next scan catches up)")
        return f"{self.describe}: {detail}"

    def _begin(self, cur: Any) -> None:
        """psycopg opens the transaction itself with the first statement."""

    def _end_read(self, conn: Any) -> None:
        conn.rollback()  # end the read's transaction: a long-lived daemon must not hold one open

    def _lock_schema(self, cur: Any) -> None:
        cur.execute("SELECT pg_advisory_xact_lock(7401002)")  # one migrating process at a time

    def _rollback(self, conn: Any, cur: Any) -> None:
        import psycopg

        try:
            conn.rollback()
        except psycopg.Error:
            self._conn = None  # the connection is gone: open a new one next time


def _redacted(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)
