"""The commands of a project's snapshot store and daemon: init, scan, rename, log, show, watch, status, notify and
packs (registered by cli.py)."""

from __future__ import annotations

import re
import sys
from typing import Any

import click

from monitor.cli import load_cfg
from monitor.cli_core import EXIT_DIFFERENT, EXIT_ERROR, EXIT_SAME, SEVERITY_CHOICES, output_error, say, user_errors
from monitor.cli_global import pager_wanted
from monitor.pager import paged


def register(main: click.Group) -> None:
    """Add the store's and the daemon's commands to the `monitor` group."""
    for command in (scan, init, log_cmd, show, watch, status, notify, packs, rename):
        main.add_command(command)


@click.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--settle", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
              help="take a file only once it has been left alone this long (default: debounce_seconds; "
              "0 takes files at once)")
@click.option("--fail-on", type=click.Choice(SEVERITY_CHOICES), default=None,
              help="exit 1 when a new entry has a changed judgment at least this severe (cron, CI)")
@click.option("--quiet", "-q", is_flag=True, help="print only new versions and errors: nothing at all when "
              "nothing is new, so cron sends no mail")
@click.option("--as", "as_doc", metavar="DOC", default=None,
              help="the one PATH continues the history of document DOC (a renamed or re-issued file)")
@click.pass_context
@user_errors
def scan(ctx: click.Context, paths: tuple[str, ...], settle: float | None, fail_on: str | None, quiet: bool,
         as_doc: str | None) -> None:
    """Snapshot every changed document under the roots (or PATHs) and append its changelog entry.

    Prints one line per new version (and per removed or renamed document); skipped files are reported on
    stderr. A file saved less than debounce_seconds ago is waited for, so a half-written file never becomes
    a version. For cron jobs and CI; `monitor watch` does the same continuously.

    Exit status: 0 done (with --fail-on, no new judgment that severe), 1 a judgment that severe, 2 an error.
    """
    from pathlib import Path

    from monitor.errors import StoreLocked
    from monitor.report import SEVERITY_RANK
    from monitor.scan import ScanEvent
    from monitor.scan import scan as run_scan
    from monitor.scan_progress import Progress
    from monitor.store import lock_holder

    config = load_cfg(ctx)
    holder = lock_holder(config.snapshots)
    if holder is not None and holder.endswith(" watch"):
        raise StoreLocked(f"snapshot store {config.snapshots} is kept by monitor watch (pid {holder.split()[0]}), "
                          "which already snapshots every change; read `monitor log` or stop the daemon first")
    if as_doc is not None:
        from monitor.rename import continue_history

        say(continue_history(config, as_doc, paths))
    errors = 0
    progress = Progress(sys.stderr, enabled=not quiet)

    def show(event: ScanEvent) -> None:
        nonlocal errors
        progress.clear()
        if event.kind == "error":
            errors += 1
            say(f"monitor: {event.line()}", err=True)
        elif event.kind == "skipped":
            if not quiet:
                say(f"monitor: {event.line()}", err=True)
        else:
            progress.count()
            say(event.line())

    from monitor.sinks import delivery

    delivery.prepare(config)  # a notify URL apprise cannot use is exit 2 before anything is scanned
    try:
        events = run_scan(config, [Path(p) for p in paths] or None, show, settle=settle, interject=progress.tick)
    finally:
        progress.clear()
    delivery.deliver_now(config, delivery.printer(lambda line: say(f"monitor: {line}", err=True), quiet))
    if not any(e.kind not in ("skipped", "error") for e in events) and not errors and not quiet:
        say("monitor: no new versions", err=True)
    if errors:
        sys.exit(EXIT_ERROR)
    if fail_on is not None and any(e.severity >= SEVERITY_RANK[fail_on] for e in events):
        sys.exit(EXIT_DIFFERENT)
    sys.exit(EXIT_SAME)


@click.command()
@click.argument("folder", required=False, type=click.Path(file_okay=False), default=".")
@user_errors
def init(folder: str) -> None:
    """Make FOLDER (default: here) a monitor project: a commented config.yaml and a seeds/ folder to watch.

    Every command run in the folder or below it then uses that config.yaml, as git finds its repository.

    Example: `monitor init watch-desk && cp reports/*.txt watch-desk/seeds/ && monitor -C watch-desk scan`.
    """
    from pathlib import Path

    from monitor.project import init_project

    created = init_project(Path(folder))
    where = "here" if folder == "." else folder
    say(f"created {' and '.join(created)} {'here' if where == 'here' else 'in ' + where}; put the documents to "
        "track in seeds/ (or edit roots in config.yaml), then run `monitor scan`")


@click.command(name="log")
@click.argument("doc", required=False)
@click.pass_context
@user_errors
def log_cmd(ctx: click.Context, doc: str | None) -> None:
    """List the versions of DOC (time, size, short hash, what changed), or every tracked document.

    DOC is a document id or the path of its file. A version with the same bytes as an earlier one says so.
    """
    with paged(pager_wanted(ctx)):
        _log(ctx, doc)


def _log(ctx: click.Context, doc: str | None) -> None:
    from monitor.docname import document_id
    from monitor.store import SnapshotStore, Version

    config = load_cfg(ctx)
    store = SnapshotStore(config.snapshots)
    doc = document_id(config, store, doc) if doc is not None else None
    index = _open_history(config)
    if index is None:  # a store no scan has indexed yet: its files, as before the index
        _log_from_store(config, store, doc)
        return
    if doc is None:
        rows = index.documents()
        if not rows:
            say(f"no documents in {config.snapshots} yet; run `monitor scan`")
            return
        for row in rows:
            _say_document(row.doc, row.versions, row.latest_taken_at or "", "removed" if row.removed else row.source)
        return
    records = index.records(doc)
    if not any(isinstance(r, Version) for r in records):
        raise _unknown(doc, [r.doc for r in index.documents()], config)
    from monitor.history import dated_summaries  # an imported version's own date and label, when it has them

    _print_log(records, dated_summaries(index, doc, index.summaries(doc)))


def _say_document(doc: str, versions: int, taken_at: str, state: Any) -> None:
    """One line of `monitor log` without a document: its version count, latest version and where it is."""
    say(f"{doc}  {versions} version{'s' if versions != 1 else ''}, latest v{versions} {_when(taken_at)}  ({state})")


def _open_history(config: Any) -> Any:
    """The store's history index to read, or None when no scan has made one yet."""
    from monitor.index import open_index

    return open_index(config, create=False)


def _unknown(doc: str, docs: list[str], config: Any) -> Exception:
    from monitor.errors import VersionNotFound
    from monitor.store import known_documents

    return VersionNotFound(f"unknown document {doc!r} ({known_documents(docs, config.snapshots)})")


def _print_log(records: Any, summaries: dict[int, str]) -> None:
    from monitor.store import Event, Version

    versions = [r for r in records if isinstance(r, Version)]
    width = len(versions[-1].label)
    for record in records:
        if isinstance(record, Event):
            what = f"removed (renamed to {record.to})" if record.to else record.kind
            if record.to == record.doc:
                what = "moved by `monitor rename` from"
            say(f"{'':{width}}  {_when(record.taken_at)}  {what}: {record.source}")
            continue
        summary = summaries.get(record.number) or "(no changelog entry yet; the next scan writes it)"
        say(f"{record.label:>{width}}  {_when(record.taken_at)}  {record.size:>9,} B  {record.sha256[:8]}  "
            f"{summary}")


def _log_from_store(config: Any, store: Any, doc: str | None) -> None:
    """`monitor log` of a store with no index yet (written by an older monitor, never scanned since)."""
    from monitor.changelog import Changelog

    if doc is None:
        docs = store.documents()
        if not docs:
            say(f"no documents in {config.snapshots} yet; run `monitor scan`")
            return
        for name in docs:
            history = store.history(name)
            state = "removed" if store.is_removed(name) else store.current_source(name)
            _say_document(name, len(history), history[-1].taken_at, state)
        return
    store.history(doc)  # VersionNotFound lists the known documents
    _print_log(store.records(doc), Changelog(config.changelog_markdown, config.changelog_jsonl).summaries(doc))


@click.command()
@click.argument("ref", metavar="DOC@VERSION")
@click.option("--raw", is_flag=True, help="print the exact bytes stored (a PDF's, a Word file's) instead of its text")
@click.pass_context
@user_errors
def show(ctx: click.Context, ref: str, raw: bool) -> None:
    """Print a stored version: DOC@v3, DOC@latest, DOC (latest), or v3 with one document.

    A text document is printed as stored; a PDF, HTML page or Word file as the text monitor compares (its
    reader's extraction, kept in the store); --raw prints the exact bytes of any version.
    """
    from pathlib import Path

    from monitor.docname import document_id
    from monitor.readers import sniff
    from monitor.scan import version_text
    from monitor.store import SnapshotStore, Version

    config = load_cfg(ctx)
    store = SnapshotStore(config.snapshots)
    index = _open_history(config)
    name, at, spec = ref.rpartition("@")
    if not at:
        docs = store.documents() if index is None else [r.doc for r in index.documents()]
        if re.fullmatch(r"v?\d+|latest|previous|first", ref) and len(docs) == 1:
            name, spec = docs[0], ref
        else:
            name, spec = ref, "latest"
    name = document_id(config, store, name)  # `seeds/a.txt@v2`: the path of a tracked file names its document
    versions = None
    if index is not None:
        versions = tuple(r for r in index.records(name) if isinstance(r, Version))
        if not versions:
            raise _unknown(name, [r.doc for r in index.documents()], config)
    version = store.resolve(name, spec, versions)
    data = store.read(version)
    if not raw and sniff(data, Path(version.source).name or version.path.name) not in ("text", None):
        data = version_text(store, version).encode("utf-8", "surrogateescape")
    terminal = sys.stdout.isatty()
    try:
        with paged(pager_wanted(ctx)):
            if terminal:
                # On a terminal a stored escape sequence would be acted on, not shown; piped, the bytes are exact.
                from monitor.render.text import visible

                sys.stdout.write(visible(data.decode("utf-8", "surrogateescape")))
            else:
                sys.stdout.buffer.write(data)
            sys.stdout.flush()
    except BrokenPipeError:
        sys.stderr.close()
    except OSError as exc:
        raise output_error(exc) from None


@click.command()
@click.option("--log-file", type=click.Path(dir_okay=False), default=None,
              help="append the log to FILE instead of stderr (reopened when logrotate moves it)")
@click.option("--verbose", "-v", is_flag=True, help="also log every file event and scan")
@click.pass_context
@user_errors
def watch(ctx: click.Context, log_file: str | None, verbose: bool) -> None:
    """Run the daemon: watch the roots, snapshot every saved version, append to the changelog.

    One burst of saves makes one version after debounce_seconds of quiet; a rescan every rescan_minutes
    (and one at start-up) catches anything the watcher missed. SIGTERM/SIGINT stop it, SIGHUP reloads
    config.yaml. Runs until stopped; see contrib/monitor.service to run it under systemd.
    """
    from monitor.daemon import run

    config_path = ctx.obj.get("config_path") if ctx.obj else None

    def load() -> Any:
        from monitor.config import load_config

        return load_config(config_path)

    from monitor.project import require_project

    require_project(load())  # a bad config.yaml, or none, at start is a one-line error and exit 2
    sys.exit(run(load, log_file=log_file, verbose=verbose))


@click.command()
@click.pass_context
@user_errors
def status(ctx: click.Context) -> None:
    """Documents tracked, versions, the last scan and last error, and whether a daemon is running."""
    from monitor.scan import read_status
    from monitor.store import SnapshotStore, lock_holder

    config = load_cfg(ctx)
    index = _open_history(config)
    if index is None:  # no scan has indexed this store yet: count its files
        store = SnapshotStore(config.snapshots)
        docs = store.documents()
        count = len(docs)
        versions = sum(len(store.history(d)) for d in docs)
        removed = sum(1 for d in docs if store.is_removed(d))
    else:
        count, versions, removed = index.counts()
    state = read_status(config.snapshots)
    holder = lock_holder(config.snapshots)
    say(f"store:       {config.snapshots}")
    say(f"documents:   {count - removed} tracked" + (f", {removed} removed" if removed else "")
               + f", {versions} version{'s' if versions != 1 else ''}")
    say(f"watching:    {', '.join(str(r) for r in config.roots)}")
    for problem in _root_problems(config):
        say(f"  missing:   {problem}")
    say(f"last scan:   {_when(state['last_scan']) if state.get('last_scan') else 'never'}")
    error = state.get("last_error")
    if isinstance(error, dict):
        say(f"last error:  {_when(str(error.get('at', '')))}  {error.get('message', '')}")
    else:
        say("last error:  none")
    if holder is None:
        say("daemon:      not running")
    else:
        pid, _, purpose = holder.partition(" ")
        what = "running" if purpose == "watch" else f"not running; `monitor {purpose}` holds the store"
        say(f"daemon:      {what} (pid {pid})")
    from monitor.sinks.delivery import status_lines

    for line in status_lines(config, index):
        say(line)


@click.command()
@click.option("--test", is_flag=True, help="send a sample message to each target and say which worked")
@click.pass_context
@user_errors
def notify(ctx: click.Context, test: bool) -> None:
    """Send what is due to config.yaml's `notify:` targets now (`monitor watch` and `monitor scan` do it by
    themselves), or with --test a sample message to each target. Exit status: 0 every target took what was
    sent, 1 one did not (what it missed waits for the next run).

    Example: `monitor notify --test` after adding `notify: [{url: json://127.0.0.1:8080/hook}]`.
    """
    from monitor.sinks.delivery import command

    sys.exit(command(load_cfg(ctx), test, say, lambda text: say(text, err=True)))


@click.command()
@click.pass_context
@user_errors
def packs(ctx: click.Context) -> None:
    """The genre packs shipped with monitor, and which of them config.yaml enables (`packs: [name, ...]`)."""
    from monitor.config import load_pack, shipped_packs

    config = load_cfg(ctx, project=False)  # the shipped packs can be listed anywhere
    shipped = shipped_packs()
    for name in shipped:
        say(f"{'*' if name in config.packs else ' '} {name:<20} {load_pack(name).description}")
    mine = [n for n in config.packs if n not in shipped]
    if mine:
        say(f"* {', '.join(mine)} (pack files of your own)")
    if config.packs:
        say(f"(* enabled by {config.source.name if config.source else 'config.yaml'})")


def _root_problems(config: Any) -> list[str]:
    """A line for each configured root that is not a folder, with what to do: it is watched in vain."""
    import os

    problems = []
    for root in config.roots:
        if root.is_dir():
            continue
        what = "is not a folder" if os.path.lexists(root) else "does not exist"
        problems.append(f"{root} {what}; create it (mkdir -p {root}) or fix roots in "
                        f"{config.source or 'config.yaml'}")
    return problems


@click.command()
@click.argument("old", metavar="OLD")
@click.argument("new", metavar="NEW", type=click.Path())
@click.pass_context
def rename(ctx: click.Context, old: str, new: str) -> None:
    """The file NEW continues the history of document OLD (its id, or its file's old path): renamed or re-issued.

    NEW is scanned at once and becomes OLD's next version; from then on its changes are OLD's. Refused when
    NEW already has a history of its own, or while OLD's own file is still there (move, delete or exclude it).

    Example: `mv seeds/outlook.txt seeds/outlook-2026.txt && monitor rename seeds__outlook.txt
    seeds/outlook-2026.txt`.
    """
    ctx.invoke(scan, paths=(new,), as_doc=old)


def _when(taken_at: str) -> str:
    """`2026-11-25 10:12:03Z` → `2026-11-25 10:12 UTC`, short enough for one-line listings."""
    return taken_at.replace("T", " ")[:16] + " UTC" if taken_at else "?"

