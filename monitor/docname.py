"""A document named on the command line: by its id (`seeds__a.txt`) or by the path of its file (`seeds/a.txt`)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from monitor.errors import StoreError

if TYPE_CHECKING:
    from monitor.config import Config
    from monitor.store import SnapshotStore


def document_id(config: Config, store: SnapshotStore, name: str) -> str:
    """`name` itself when it is a stored document's id; else, when it is the path of a file under a root
    (relative to the current folder, existing or not), the id of the history that file feeds; else `name`,
    for the caller's own 'unknown document' message."""
    if not name or store.latest_or_none(name) is not None:
        return name
    from monitor.scan import root_of

    try:
        path = Path(os.path.abspath(name))  # noqa: PTH100
        root = root_of(config, path)
        if root is None or path == root:
            return name
        doc = store.doc_id(path, root, config.root_name(root))
    except (StoreError, OSError, ValueError):
        return name
    return doc if store.latest_or_none(doc) is not None else name
