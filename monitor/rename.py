"""A renamed or re-issued file that continues an existing document's history (`monitor rename`, `scan --as`)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from monitor.errors import InputError, VersionNotFound

if TYPE_CHECKING:
    from monitor.config import Config


def continue_history(config: Config, old: str, paths: Sequence[str]) -> str:
    """Make the one file in `paths` feed the history of document `old` (its id, or its file's path) from
    now on; the line to print. The file's next scan stores it as `old`'s next version.

    Refused, changing nothing: a file that already has a history of its own (two histories are never merged),
    or while `old`'s own file is still there and tracked (a history follows one file: move it, delete it or
    exclude it first).
    """
    from monitor.docname import document_id
    from monitor.scan import _source, _source_path, is_document, root_of
    from monitor.store import SnapshotStore, known_documents

    if len(paths) != 1:
        raise InputError(f"--as {old}: name exactly one file, the one that continues {old}'s history "
                         f"(got {len(paths)})")
    store = SnapshotStore(config.snapshots)
    doc = document_id(config, store, old)
    latest = store.latest_or_none(doc)
    if latest is None:
        raise VersionNotFound(f"unknown document {old!r} ({known_documents(store.documents(), config.snapshots)})")
    path = Path(os.path.abspath(paths[0]))  # noqa: PTH100
    shown = _source(config, path)
    if not os.path.lexists(path):  # first: `rename fomc fomc` names a document where a file belongs
        raise InputError(f"{paths[0]}: no such file; name the file that continues {old}'s history (its path, "
                         "e.g. seeds/new-name.txt)")
    root = root_of(config, path)
    if root is None:
        raise InputError(f"{paths[0]}: not under a watched folder (roots: "
                         f"{', '.join(str(r) for r in config.roots)}); move it there or add its folder to roots")
    if not path.is_file() or not is_document(config, path):
        raise InputError(f"{paths[0]}: not a document file monitor tracks (a file under the roots that include "
                         "and exclude in config.yaml let through)")
    own = store.doc_id(path, root, config.root_name(root), bare=True)
    if store.aliases().get(own) == doc or own == doc:
        return f"{shown} already continues the history of {doc}"
    mine = store.latest_or_none(own)
    if mine is not None:
        raise InputError(f"{shown}: has a history of its own ({own}, {mine.number} version"
                         f"{'s' if mine.number != 1 else ''}); monitor never merges two histories — name a file "
                         "no scan has taken yet")
    current = store.current_source(doc)
    if current is not None and not store.is_removed(doc):
        before = _source_path(config, current)
        if before != path and before.is_file() and is_document(config, before):
            raise InputError(f"{doc}: its file {current} is still there, and a history follows one file; move "
                             f"or delete it (or exclude it in config.yaml) first")
    try:
        same = hashlib.sha256(path.read_bytes()).hexdigest() == latest.sha256
    except OSError as exc:
        raise InputError(f"{paths[0]}: cannot read ({(exc.strerror or str(exc)).lower()})") from None
    with store.lock():
        store.add_alias(own, doc)
        if same:  # no new version to carry the new name: the history says where its file went
            store.mark_removed(doc, to=doc)  # `to`: no 'source deleted' entry, the history goes on in doc
            store.mark_restored(doc, shown)
    return f"{shown} continues the history of {doc} (v{latest.number} so far)"
