"""The commands of a document's history: `monitor import`, `label`, `history` and `blame` (registered by cli.py)."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import Any

import click

from monitor.cli import load_cfg
from monitor.cli_core import say, terminal_safe, user_errors, write_output

FORMATS = ("text", "markdown", "json", "html")
SEVERITY_CHOICES = ("high", "medium", "low")


def register(main: click.Group) -> None:
    """Add the history commands to the `monitor` group."""
    for command in (import_cmd, label_cmd, history_cmd, blame_cmd):
        main.add_command(command)


@click.command(name="import")
@click.argument("doc")
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--date-from", "date_from", type=click.Choice(("filename", "mtime", "git")), default="filename",
              show_default=True, help="where each version's date comes from: a date in the file's name "
              "(2015-12-16.txt), its modification time, or the last git commit that changed it")
@click.pass_context
@user_errors
def import_cmd(ctx: click.Context, doc: str, files: tuple[str, ...], date_from: str) -> None:
    """Store FILEs as successive versions of document DOC, in date order, each dated as it says.

    For a series kept as files (statements, releases, editions): `monitor import fomc statements/*.txt`.
    Their changelog entries are written as a scan's are; importing the same files again adds nothing.
    """
    from pathlib import Path

    from monitor.importer import import_series
    from monitor.scan import ScanEvent

    config = load_cfg(ctx)
    errors = 0

    def show(event: ScanEvent) -> None:
        nonlocal errors
        if event.kind == "error":
            errors += 1
            say(f"monitor: {event.line()}", err=True)

    result = import_series(config, doc, [Path(f) for f in files], date_from, show)  # type: ignore[arg-type]
    for f in result.files:
        if f.note.startswith("same text"):  # files already imported are counted below, not listed
            say(f"monitor: {f.path}: {f.note}" + (f" (v{f.number})" if f.number else "") + "; not stored again",
                err=True)
    _warn_shared_dates(result.files, date_from)
    there = sum(1 for f in result.files if f.note == "already imported")
    repeats = len(result.files) - result.added - there
    say(f"{doc}: {result.added} version{'s' if result.added != 1 else ''} imported"
        + (f", {there} already there" if there else "")
        + (f", {repeats} with the text of the version before" if repeats else "")
        + f"; {result.entries} changelog entr{'ies' if result.entries != 1 else 'y'} written"
        + (f" (see `monitor history {doc}`)" if result.added else ""))
    sys.exit(2 if errors else 0)


def _warn_shared_dates(files: Any, date_from: str) -> None:
    """One line when new versions share a date: their order is only their names' (one git commit of the whole
    series, files copied at once), and DOC@date cannot name one of them."""
    from collections import Counter

    shared = Counter(f.dated for f in files if f.note == "new")
    dated, count = max(shared.items(), key=lambda item: (item[1], item[0]), default=("", 0))
    if count < 2:
        return
    hint = {"git": "one commit holds them all: date them by --date-from filename if their names carry dates",
            "mtime": "they were copied at one time: date them by --date-from filename or git"}.get(
        date_from, "name one of them by number (DOC@v3), not by that date")
    say(f"monitor: warning: {count} versions share the date {dated}, so they are ordered by file name; {hint}",
        err=True)


@click.command(name="label")
@click.argument("ref", metavar="DOC@VERSION")
@click.argument("label")
@click.pass_context
@user_errors
def label_cmd(ctx: click.Context, ref: str, label: str) -> None:
    """Name a version: `monitor label fomc@v12 "Dec 2015 statement"` ("" removes the label).

    The label is shown wherever history and blame name the version.
    """
    from monitor.errors import InputError
    from monitor.history import open_series

    config = load_cfg(ctx)
    text = " ".join(label.split())
    if len(text) > 200:
        raise InputError(f"label of {ref}: {len(text)} characters; keep it under 200")
    if re.fullmatch(r"v?\d+|latest|previous|first|\d{4}-\d{2}-\d{2}|.*@.*", text.lower()):
        # DOC@label would name another version (v3, a date) or no document at all ('@')
        raise InputError(f"label {text!r} reads as a version (v3, 3, latest, previous, first, a date) or holds '@'; "
                         "choose words, e.g. \"Dec 2015 statement\"")
    with open_series(config, ref, write=True) as series:
        version = series.version(ref)
        taken = next((i for i in series.infos if i.number != version.number and text
                      and (i.label or "").lower() == text.lower()), None)
        if taken is not None:  # a label names one version: DOC@label must not become ambiguous
            raise InputError(f"{series.doc}@v{taken.number} is already labelled {taken.label!r}; choose another "
                             f"label, or remove that one first (monitor label {series.doc}@v{taken.number} \"\")")
        series.index.set_version_label(series.doc, version.number, text or None)
        say(f"{series.doc}@v{version.number}: " + (f"labelled {text!r}" if text else "label removed"))


@click.command(name="history")
@click.argument("doc")
@click.option("--topic", "topics", multiple=True, help="only changes under this topic (config.yaml topics: or a "
              "pack's; repeat for several)")
@click.option("--kind", "kinds", multiple=True, help="only this kind of change (likelihood, recommendation, "
              "quantity, polarity, ...; repeat for several)")
@click.option("--severity", type=click.Choice(SEVERITY_CHOICES), default=None,
              help="only changes at least this severe")
@click.option("--since", default=None, metavar="DATE", help="only versions dated on or after DATE (YYYY-MM-DD)")
@click.option("--until", default=None, metavar="DATE", help="only versions dated on or before DATE (YYYY-MM-DD)")
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="output format (html: a page with a timeline per topic)")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None, help="write the history to FILE")
@click.pass_context
@user_errors
def history_cmd(ctx: click.Context, doc: str, topics: tuple[str, ...], kinds: tuple[str, ...],
                severity: str | None, since: str | None, until: str | None, fmt: str, output: str | None) -> None:
    """Every change of a judgment in DOC across all its versions, oldest first, followed as lineages.

    A sentence reworded, moved or split, or dropped and later restated, stays one thread: its changes are
    listed with the version (date and label), kind, direction, severity and the sentences before and after.

    Example: `monitor history fomc --topic "policy rate" --since 2015 --format html -o fomc.html`.
    """
    from monitor.history import HistoryFilter, build_history, check_period, open_series
    from monitor.render.history import render_history

    config = load_cfg(ctx)
    first, last = check_period(since, until)
    wanted = HistoryFilter(topics=tuple(topics), kinds=tuple(kinds), severity=severity, since=first, until=last)
    with open_series(config, doc) as series:
        check_output(series, output, "history", fmt)
        history = build_history(series, config).filtered(wanted, config)
        links = None
        if fmt == "html" and output not in (None, "-"):
            links = _write_redlines(series, sorted({c.version for c in history.changes}), str(output))
    text = render_history(history, fmt, links)
    write_output(terminal_safe(text, fmt, False), output)


def check_output(series: Any, output: str | None, command: str, fmt: str) -> None:
    """Refuse an --output that would overwrite what monitor reads: a version's own file, config.yaml, a
    changelog file or anything in the snapshot store (a report written there loses the document)."""
    import os
    from pathlib import Path

    from monitor.errors import InputError
    from monitor.scan import _source_path

    if output in (None, "-"):
        return
    if not str(output).strip():
        raise InputError("--output '': names no file; give a file name, e.g. -o history.html (or - for the terminal)")
    target = os.path.realpath(str(output))
    config = series.config
    inputs = {os.path.realpath(_source_path(config, v.source)): f"the file of {series.doc}@v{v.number}"
              for v in series.stored if v.source}
    for path, name in ((config.source, "the config file"), (config.changelog_markdown, "the changelog"),
                       (config.changelog_jsonl, "the changelog")):
        if path is not None:
            inputs[os.path.realpath(path)] = name
    what = inputs.get(target)
    store = os.path.realpath(config.snapshots)
    if what is None and (target + os.sep).startswith(store + os.sep):
        what = "in the snapshot store"
    if what is not None:
        raise InputError(f"{output}: is {what}, which monitor reads; writing the report there would lose it, "
                         f"so choose another --output (e.g. {Path(str(output)).stem}-{command}.{_EXT[fmt]})")


_EXT = {"text": "txt", "markdown": "md", "json": "json", "html": "html"}


def _write_redlines(series: Any, versions: list[int], output: str) -> Callable[[int], str | None]:
    """The HTML redline of each version's changelog entry, written beside the history page in
    `<page>.redlines/vN.html`; the page links to them."""
    import json
    from dataclasses import replace
    from pathlib import Path

    from monitor.changelog import Entry, version_key
    from monitor.cli_core import write_file
    from monitor.render import render

    page = Path(output)
    folder = page.with_name(f"{page.stem}.redlines")
    keys = [version_key(series.doc, n) for n in versions]
    written: dict[int, str] = {}
    if keys:
        try:
            folder.mkdir(exist_ok=True)
        except OSError as exc:
            from monitor.errors import InputError

            raise InputError(f"{folder}: cannot create the folder of redlines ({(exc.strerror or str(exc)).lower()})"
                             "; choose another --output") from None
    for row in series.index.entries(keys=keys):
        entry = Entry.from_dict(json.loads(row.line))
        if entry.new_version is None:
            continue
        # The entry keeps changed paragraphs only; the unchanged ones are placeholders with no text.
        report = replace(entry.report, paragraphs=tuple(p for p in entry.report.paragraphs if p.old or p.new))
        name = f"v{entry.new_version}.html"
        write_file(str(folder / name), render(report, "html"))
        written[entry.new_version] = f"{folder.name}/{name}"
    return written.get


@click.command(name="blame")
@click.argument("ref", metavar="DOC[@VERSION]")
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="output format")
@click.option("--all", "every", is_flag=True, help="every sentence, not only those that carry a judgment")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None, help="write the blame to FILE")
@click.pass_context
@user_errors
def blame_cmd(ctx: click.Context, ref: str, fmt: str, every: bool, output: str | None) -> None:
    """Each judgment sentence of a version (default: latest) with the version that first said it.

    Like `git blame` at sentence level: the origin is followed back through rewordings, moves and splits,
    and every version that changed the sentence since is listed.

    Examples: `monitor blame fomc`, `monitor blame fomc@2015-12-16`, `monitor blame fomc@v12 --all`.
    """
    from monitor.history import blame, build_history, open_series
    from monitor.render.history import render_blame

    config = load_cfg(ctx)
    with open_series(config, ref) as series:
        check_output(series, output, "blame", fmt)
        version = series.version(ref)
        result = blame(series, build_history(series, config), version.number, config, every=every)
    write_output(terminal_safe(render_blame(result, fmt), fmt, False), output)
