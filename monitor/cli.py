"""The command line: argument parsing, printing and exit codes; maps MonitorError to one line and status 2."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

from monitor.errors import MonitorError

F = TypeVar("F", bound=Callable[..., Any])

EXIT_SAME, EXIT_DIFFERENT, EXIT_ERROR = 0, 1, 2


def user_errors(func: F) -> F:
    """Turn a MonitorError (and a few OS-level surprises) into one line on stderr and exit status 2."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except MonitorError as exc:
            click.echo(f"monitor: {exc}", err=True)
            sys.exit(EXIT_ERROR)
        except KeyboardInterrupt:
            click.echo("monitor: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            # `monitor diff … | head`: the reader went away; that is not an error worth a traceback.
            sys.stderr.close()
            sys.exit(EXIT_DIFFERENT)
        except MemoryError:
            click.echo("monitor: out of memory; the input is too large to compare on this machine", err=True)
            sys.exit(EXIT_ERROR)

    return wrapper  # type: ignore[return-value]


class MonitorGroup(click.Group):
    """A click group whose usage mistakes are one line on stderr and exit status 2, like every other error."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            rv = super().main(*args, **kwargs)
        except click.exceptions.NoArgsIsHelpError as exc:
            click.echo(exc.ctx.get_help() if exc.ctx else "", err=False)
            sys.exit(EXIT_SAME)
        except click.UsageError as exc:
            where = exc.ctx.command_path if exc.ctx else "monitor"
            message = exc.format_message().rstrip(".")
            click.echo(f"{where}: {message[:1].lower()}{message[1:]} (see '{where} --help')", err=True)
            sys.exit(EXIT_ERROR)
        except click.ClickException as exc:
            click.echo(f"monitor: {exc.format_message()}", err=True)
            sys.exit(EXIT_ERROR)
        except click.Abort:
            click.echo("monitor: aborted", err=True)
            sys.exit(EXIT_ERROR)
        sys.exit(rv if isinstance(rv, int) else EXIT_SAME)


@click.group(cls=MonitorGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="config file (default: ./config.yaml, or $MONITOR_CONFIG)")
@click.version_option(package_name="monitor")
@click.pass_context
def main(ctx: click.Context, config_path: str | None) -> None:
    """monitor: tells you which judgments changed between versions of a document."""
    ctx.obj = {"config_path": config_path}


def load_cfg(ctx: click.Context) -> Any:
    """The validated Config for this invocation (raises ConfigError with the file and line)."""
    from monitor.config import load_config

    return load_config(ctx.obj.get("config_path") if ctx.obj else None)


FORMATS = ("text", "markdown", "json", "html")
SEVERITY_CHOICES = ("high", "medium", "low")


def use_color(flag: bool | None, stream: Any) -> bool:
    """Colour only on a terminal, never with NO_COLOR set, unless --color/--no-color says otherwise."""
    import os

    if flag is not None:
        return flag
    return "NO_COLOR" not in os.environ and hasattr(stream, "isatty") and stream.isatty()


def write_output(text: str, output: str | None) -> None:
    """Print to stdout, or write the file atomically so a reader never sees half a report."""
    if output is None or output == "-":
        # The renderer already decided on colour; click would strip ANSI codes when piped otherwise.
        click.echo(text, nl=False, color=True)
        return
    import os
    import tempfile
    from pathlib import Path

    from monitor.errors import InputError

    target = Path(output)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or Path())
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        Path(tmp).replace(target)
    except OSError as exc:
        raise InputError(f"{output}: cannot write the report ({(exc.strerror or str(exc)).lower()})") from None


@main.command()
@click.argument("old")
@click.argument("new")
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="output format")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None, help="write the report to FILE")
@click.option("--doc", default=None, help="document id for bare versions (v1, latest) when several are tracked")
@click.option("--fail-on", type=click.Choice(SEVERITY_CHOICES), default=None,
              help="exit 1 only when a changed judgment at least this severe is found")
@click.option("--color/--no-color", default=None, help="force or suppress colour (default: on a terminal, "
              "unless NO_COLOR is set)")
@click.pass_context
@user_errors
def diff(ctx: click.Context, old: str, new: str, fmt: str, output: str | None, doc: str | None,
         fail_on: str | None, color: bool | None) -> None:
    """Compare two versions: files, DOC@v3, v1 v2 (one tracked document), DOC@latest, or REV:path in git.

    Exit status: 0 no differences, 1 differences (or, with --fail-on, a judgment that severe), 2 error.
    """
    from monitor.pipeline import compare, load_document
    from monitor.refs import resolve
    from monitor.render import render
    from monitor.report import SEVERITY_RANK

    config = load_cfg(ctx)
    left = resolve(old, config, doc)
    right = resolve(new, config, doc)
    report = compare(
        load_document(left.data, old, config),
        load_document(right.data, new, config),
        config,
        left.ref,
        right.ref,
        document=left.document or right.document or doc,
    )
    write_output(render(report, fmt, use_color(color, sys.stdout) and output is None), output)
    if fail_on is not None:
        sys.exit(EXIT_DIFFERENT if report.max_severity() >= SEVERITY_RANK[fail_on] else EXIT_SAME)
    sys.exit(EXIT_DIFFERENT if report.has_differences else EXIT_SAME)


@main.command()
@click.option("--base", required=True, help="the ref to compare from (a branch, tag or commit, e.g. origin/main)")
@click.option("--head", default="HEAD", show_default=True, help="the ref to compare to")
@click.option("--format", "-f", "fmt", type=click.Choice(("markdown", "json", "html", "text")), default=None,
              help="output format (default: text on a terminal, else markdown: the pull-request comment)")
@click.option("--fail-on", type=click.Choice(SEVERITY_CHOICES), default=None,
              help="exit 1 only when a changed judgment at least this severe is found (CI gate)")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None, help="write the review to FILE")
@click.option("--repo", "-C", type=click.Path(file_okay=False), default=".", show_default=True,
              help="the git repository to review")
@click.option("--max-chars", type=click.IntRange(min=1000), default=60_000, show_default=True,
              help="cap on the Markdown comment (GitHub allows 65,536)")
@click.option("--color/--no-color", default=None, help="force or suppress colour in text output (default: on "
              "a terminal, unless NO_COLOR is set)")
@click.argument("paths", nargs=-1)
@click.pass_context
@user_errors
def review(ctx: click.Context, base: str, head: str, fmt: str | None, fail_on: str | None, output: str | None,
           repo: str, max_chars: int, color: bool | None, paths: tuple[str, ...]) -> None:
    """Review the documents that changed between two git refs, as one pull-request comment.

    Reads every tracked document (config include/exclude, under the configured roots) through git,
    following renames, and compares each version pair with the engine of `monitor diff`. PATHS limit
    the review to those git pathspecs. The working tree is not touched.

    Exit status: 0 nothing changed (or, with --fail-on, no judgment that severe), 1 otherwise, 2 error.
    """
    from pathlib import Path

    from monitor import review as rv
    from monitor.config import load_config

    explicit = ctx.obj.get("config_path") if ctx.obj else None
    config = load_config(explicit or rv.repo_config(Path(repo)))
    result = rv.review(Path(repo), base, head, config, paths)
    if fmt is None:
        fmt = "text" if output is None and sys.stdout.isatty() else "markdown"
    colored = fmt == "text" and output is None and use_color(color, sys.stdout)
    text = rv.render(result, fmt, colored, max_chars)
    if colored:
        click.echo(text, nl=False, color=True)  # click strips ANSI codes when piped unless told otherwise
    else:
        write_output(text, output)
    sys.exit(rv.exit_status(result, fail_on))


# ------------------------------------------------------------------------------------------------------------
# The snapshot store and the daemon: scan, log, show, watch, status.


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.pass_context
@user_errors
def scan(ctx: click.Context, paths: tuple[str, ...]) -> None:
    """Snapshot every changed document under the roots (or PATHs) and append its changelog entry.

    Prints one line per new version (and per removed or renamed document); skipped files are reported on
    stderr. For cron jobs and CI; `monitor watch` does the same continuously.
    """
    from pathlib import Path

    from monitor.errors import StoreLocked
    from monitor.scan import ScanEvent
    from monitor.scan import scan as run_scan
    from monitor.store import lock_holder

    config = load_cfg(ctx)
    holder = lock_holder(config.snapshots)
    if holder is not None and holder.endswith(" watch"):
        raise StoreLocked(f"snapshot store {config.snapshots} is kept by monitor watch (pid {holder.split()[0]}), "
                          "which already snapshots every change; read `monitor log` or stop the daemon first")
    errors = 0

    def show(event: ScanEvent) -> None:
        nonlocal errors
        if event.kind == "error":
            errors += 1
            click.echo(f"monitor: {event.line()}", err=True)
        elif event.kind == "skipped":
            click.echo(f"monitor: {event.line()}", err=True)
        else:
            click.echo(event.line())

    events = run_scan(config, [Path(p) for p in paths] or None, show)
    if not any(e.kind not in ("skipped", "error") for e in events) and not errors:
        click.echo("monitor: no new versions", err=True)
    sys.exit(EXIT_ERROR if errors else EXIT_SAME)


@main.command(name="log")
@click.argument("doc", required=False)
@click.pass_context
@user_errors
def log_cmd(ctx: click.Context, doc: str | None) -> None:
    """List the versions of DOC (time, size, short hash, what changed), or every tracked document."""
    from monitor.changelog import Changelog
    from monitor.store import Event, SnapshotStore

    config = load_cfg(ctx)
    store = SnapshotStore(config.snapshots)
    if doc is None:
        docs = store.documents()
        if not docs:
            click.echo(f"no documents in {config.snapshots} yet; run `monitor scan`")
            return
        for name in docs:
            history = store.history(name)
            latest = history[-1]
            state = "removed" if store.is_removed(name) else store.current_source(name)
            click.echo(f"{name}  {len(history)} version{'s' if len(history) != 1 else ''}, latest {latest.label} "
                       f"{_when(latest.taken_at)}  ({state})")
        return
    history = store.history(doc)  # VersionNotFound lists the known documents
    summaries = Changelog(config.changelog_markdown, config.changelog_jsonl).summaries(doc)
    width = len(history[-1].label)
    for record in store.records(doc):
        if isinstance(record, Event):
            what = f"removed (renamed to {record.to})" if record.to else record.kind
            click.echo(f"{'':{width}}  {_when(record.taken_at)}  {what}: {record.source}")
            continue
        summary = summaries.get(record.number) or "(no changelog entry yet; the next scan writes it)"
        click.echo(f"{record.label:>{width}}  {_when(record.taken_at)}  {record.size:>9,} B  {record.sha256[:8]}  "
                   f"{summary}")


@main.command()
@click.argument("ref", metavar="DOC@VERSION")
@click.pass_context
@user_errors
def show(ctx: click.Context, ref: str) -> None:
    """Print the exact bytes of a stored version: DOC@v3, DOC@latest, DOC (latest), or v3 with one document."""
    import re

    from monitor.store import SnapshotStore

    config = load_cfg(ctx)
    store = SnapshotStore(config.snapshots)
    name, at, spec = ref.rpartition("@")
    if not at:
        docs = store.documents()
        if re.fullmatch(r"v?\d+|latest|previous|first", ref) and len(docs) == 1:
            name, spec = docs[0], ref
        else:
            name, spec = ref, "latest"
    data = store.read(store.resolve(name, spec))
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    except BrokenPipeError:
        sys.stderr.close()


@main.command()
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

    load()  # a bad config.yaml at start is a one-line error and exit 2, like every other command
    sys.exit(run(load, log_file=log_file, verbose=verbose))


@main.command()
@click.pass_context
@user_errors
def status(ctx: click.Context) -> None:
    """Documents tracked, versions, the last scan and last error, and whether a daemon is running."""
    from monitor.scan import read_status
    from monitor.store import SnapshotStore, lock_holder

    config = load_cfg(ctx)
    store = SnapshotStore(config.snapshots)
    docs = store.documents()
    versions = sum(len(store.history(d)) for d in docs)
    removed = sum(1 for d in docs if store.is_removed(d))
    state = read_status(config.snapshots)
    holder = lock_holder(config.snapshots)
    click.echo(f"store:       {config.snapshots}")
    click.echo(f"documents:   {len(docs) - removed} tracked" + (f", {removed} removed" if removed else "")
               + f", {versions} version{'s' if versions != 1 else ''}")
    click.echo(f"watching:    {', '.join(str(r) for r in config.roots)}")
    click.echo(f"last scan:   {_when(state['last_scan']) if state.get('last_scan') else 'never'}")
    error = state.get("last_error")
    if isinstance(error, dict):
        click.echo(f"last error:  {_when(str(error.get('at', '')))}  {error.get('message', '')}")
    else:
        click.echo("last error:  none")
    if holder is None:
        click.echo("daemon:      not running")
    else:
        pid, _, purpose = holder.partition(" ")
        what = "running" if purpose == "watch" else f"not running; `monitor {purpose}` holds the store"
        click.echo(f"daemon:      {what} (pid {pid})")


def _when(taken_at: str) -> str:
    """`2026-11-25 10:12:03Z` → `2026-11-25 10:12 UTC`, short enough for one-line listings."""
    return taken_at.replace("T", " ")[:16] + " UTC" if taken_at else "?"
