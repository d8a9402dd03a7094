"""The index's schema as numbered migrations, written once for both backends (SQLite and PostgreSQL).

Each migration is a list of statements applied in one transaction; `schema_version` holds the number of the
last one applied. An old index is upgraded in place by the next process that opens it for writing; nothing is
ever dropped and rebuilt. `{serial}` and `{blob}` are the only words the two dialects spell differently.
"""

from __future__ import annotations

SCHEMA_VERSION = 5

MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        # One row per snapshot store feeding this index (several share a PostgreSQL index).
        "CREATE TABLE stores (store TEXT PRIMARY KEY, location TEXT NOT NULL, created_at TEXT NOT NULL)",
        # `records` counts versions and events copied from the store's manifests: the catch-up mark.
        "CREATE TABLE documents (store TEXT NOT NULL, doc TEXT NOT NULL, records INTEGER NOT NULL,"
        " versions INTEGER NOT NULL, removed INTEGER NOT NULL, source TEXT, latest_taken_at TEXT,"
        " PRIMARY KEY (store, doc))",
        "CREATE TABLE versions (store TEXT NOT NULL, doc TEXT NOT NULL, number INTEGER NOT NULL,"
        " ordinal INTEGER NOT NULL, taken_at TEXT NOT NULL, sha256 TEXT NOT NULL, size BIGINT NOT NULL,"
        " source TEXT NOT NULL, file TEXT NOT NULL, renamed_from TEXT, PRIMARY KEY (store, doc, number))",
        "CREATE TABLE events (store TEXT NOT NULL, doc TEXT NOT NULL, n INTEGER NOT NULL, ordinal INTEGER NOT NULL,"
        " kind TEXT NOT NULL, after_version INTEGER NOT NULL, taken_at TEXT NOT NULL, source TEXT NOT NULL,"
        " to_doc TEXT, PRIMARY KEY (store, doc, n))",
        # The changelog itself: `seq` is the order of the views, `key` makes every entry exactly-once.
        "CREATE TABLE entries (seq {serial} PRIMARY KEY, store TEXT NOT NULL, key TEXT NOT NULL, doc TEXT NOT NULL,"
        " kind TEXT NOT NULL, old_version INTEGER, new_version INTEGER, recorded_at TEXT NOT NULL,"
        " summary TEXT NOT NULL, format INTEGER NOT NULL, body {blob} NOT NULL, UNIQUE (store, key))",
        "CREATE INDEX entries_by_doc ON entries (store, doc)",
        # One row per changed judgment: the judgment history and blame read these, not the entries.
        "CREATE TABLE judgments (entry_seq BIGINT NOT NULL REFERENCES entries (seq), store TEXT NOT NULL,"
        " doc TEXT NOT NULL, old_version INTEGER, new_version INTEGER, kind TEXT NOT NULL, severity TEXT NOT NULL,"
        " direction TEXT, topics TEXT NOT NULL, section TEXT, before_text TEXT, after_text TEXT,"
        " explanation TEXT NOT NULL)",
        "CREATE INDEX judgments_by_doc ON judgments (store, doc)",
        "CREATE TABLE meta (store TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (store, name))",
    ),
    2: (
        # What each source file looked like when last read: the cheap "is it new" check of a scan.
        "CREATE TABLE sources (store TEXT NOT NULL, path TEXT NOT NULL, doc TEXT NOT NULL, size BIGINT NOT NULL,"
        " mtime_ns BIGINT NOT NULL, inode BIGINT NOT NULL, sha256 TEXT NOT NULL, PRIMARY KEY (store, path))",
    ),
    3: (
        # The manifest's size when its records were copied: manifests only grow, so a full scan reads only
        # those whose size moved (NULL until the next copy: read once).
        "ALTER TABLE documents ADD COLUMN manifest_size BIGINT",
    ),
    4: (
        # What a person says about a version: the date it bears (an imported statement's, not when it was
        # copied) and a label ("Dec 2015 statement"); `monitor import` and `monitor label` write them.
        "CREATE TABLE version_info (store TEXT NOT NULL, doc TEXT NOT NULL, number INTEGER NOT NULL, dated TEXT,"
        " label TEXT, PRIMARY KEY (store, doc, number))",
    ),
    5: (
        # Notification targets (monitor/sinks/delivery.py): `done_seq` is the mark below which every entry was
        # delivered or filtered out, so each entry goes to each target once, in order, across restarts.
        "CREATE TABLE notify_targets (store TEXT NOT NULL, target TEXT NOT NULL, shown TEXT NOT NULL,"
        " since_seq BIGINT NOT NULL, done_seq BIGINT NOT NULL, active INTEGER NOT NULL, attempts INTEGER NOT NULL,"
        " last_error TEXT, last_error_at TEXT, next_try TEXT, PRIMARY KEY (store, target))",
        # One row per message a target accepted, written in the transaction that moves the target's mark.
        "CREATE TABLE notify_deliveries (store TEXT NOT NULL, target TEXT NOT NULL, entry_seq BIGINT NOT NULL,"
        " delivered_at TEXT NOT NULL, PRIMARY KEY (store, target, entry_seq))",
        # A target's backlog reads the judgments of the entries after its mark.
        "CREATE INDEX judgments_by_entry ON judgments (entry_seq)",
    ),
}
