"""The command line: argument parsing, printing and exit codes; maps MonitorError to one line and status 2."""

from __future__ import annotations

import gc
import re
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, NoReturn, TypeVar

from monitor import codecache

# Start-up policy of the command-line process, set here (not when the package is imported, so a program that
# imports monitor keeps its own): start-up creates tens of thousands of objects that live as long as the process
# (modules, classes, functions, the lexicon's tables), and with Python's default threshold (700 new objects) the
# collector walked them again and again while they were being created: 6 % of the CPU time of `monitor diff` on two
# small files. Garbage cycles are rare in monitor's work, so a larger young generation costs no memory (the bench's
# 4.4 MB pair peaks at 83.5 MB either way). Both before the rest of monitor is imported.
gc.set_threshold(50_000)
codecache.install()  # dataclasses' methods and regular expressions compiled once, not in every process

import click  # noqa: E402  (after the start-up policy above: its patterns are compiled through the cache)

from monitor.cli_global import change_folder, pager_wanted  # noqa: E402
from monitor.errors import MonitorError  # noqa: E402
from monitor.lazy_re import lazy_compile  # noqa: E402
from monitor.pager import paged  # noqa: E402

F = TypeVar("F", bound=Callable[..., Any])

EXIT_SAME, EXIT_DIFFERENT, EXIT_ERROR = 0, 1, 2


def say(text: str, err: bool = False) -> None:
    """Print one line that may carry a document's or file's name: control characters shown, never acted on."""
    from monitor.render.text import visible

    echo(visible(text, one_line=True), err=err)


def echo(text: str, err: bool = False, **kwargs: Any) -> None:
    """click.echo, with a full disk or a dead terminal behind stdout as one line rather than an internal error."""
    try:
        click.echo(text, err=err, **kwargs)
    except BrokenPipeError:
        raise  # the reader went away (`| head`): user_errors ends quietly
    except OSError as exc:
        if err:
            sys.exit(EXIT_ERROR)  # stderr itself is gone: nowhere left to say anything
        raise output_error(exc) from None


def output_error(exc: OSError) -> MonitorError:
    return MonitorError(f"cannot write to standard output ({(exc.strerror or str(exc)).lower()}); "
                        "check the disk or pipe it is redirected to")


def fail(message: str, status: int = EXIT_ERROR) -> NoReturn:
    """The one line on stderr that every error gets, then the exit status."""
    say(f"monitor: {message}", err=True)
    sys.exit(status)


def internal_error(exc: BaseException) -> NoReturn:
    """The last line of defence: a bug is one line asking for a report, the traceback only with MONITOR_DEBUG=1."""
    import os
    import traceback

    if os.environ.get("MONITOR_DEBUG") == "1":
        traceback.print_exception(exc)
    detail = str(exc)
    detail = detail if len(detail) <= 200 else detail[:200] + "…"
    fail(f"internal error ({type(exc).__name__}: {detail}); please report this with the command you ran")


def user_errors(func: F) -> F:
    """Turn a MonitorError (and a few OS-level surprises) into one line on stderr and exit status 2."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except MonitorError as exc:
            fail(str(exc))
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except BrokenPipeError:
            # `monitor diff … | head`: the reader went away; that is not an error worth a traceback.
            sys.stderr.close()
            sys.exit(EXIT_DIFFERENT)
        except MemoryError:
            fail("out of memory; the input is too large to compare on this machine")
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise  # click's own ways out: MonitorGroup.main prints them
        except Exception as exc:  # the shell's last line of defence, never in the core
            internal_error(exc)

    return wrapper  # type: ignore[return-value]


# `monitor import`, `label`, `history` and `blame` live in their own module (a document's judgment history),
# registered when one of them is named or the commands are listed: the other commands never import it.
HISTORY_COMMANDS = ("import", "label", "history", "blame")


class MonitorGroup(click.Group):
    """A click group whose usage mistakes are one line on stderr and exit status 2, like every other error."""

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        from monitor.cli_global import add_everywhere_options

        add_everywhere_options(cmd)  # -C, --config and --no-pager after the subcommand too
        super().add_command(cmd, name)

    def _add_history_commands(self) -> None:
        if not all(name in self.commands for name in HISTORY_COMMANDS):
            from monitor.history_cli import register

            register(self)

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._add_history_commands()
        return super().list_commands(ctx)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in HISTORY_COMMANDS:
            self._add_history_commands()
        return super().get_command(ctx, cmd_name)

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
            say(f"{where}: {message[:1].lower()}{message[1:]} (see '{where} --help')", err=True)
            sys.exit(EXIT_ERROR)
        except click.ClickException as exc:
            fail(exc.format_message())
        except click.Abort:
            fail("aborted")
        except MonitorError as exc:
            fail(str(exc))
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(EXIT_DIFFERENT)
        except OSError as exc:  # outside any command, only printing --help or --version touches the system
            fail(str(output_error(exc)))
        except Exception as exc:  # outside any command: argument parsing, --help, --version
            internal_error(exc)
        sys.exit(rv if isinstance(rv, int) else EXIT_SAME)


@click.group(cls=MonitorGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-C", "chdir", metavar="DIR", multiple=True, is_eager=True, expose_value=False,
              callback=change_folder,
              help="run as if monitor was started in DIR (also accepted after the command)")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="config file (default: config.yaml here or in the nearest parent folder, or $MONITOR_CONFIG)")
@click.option("--no-pager", is_flag=True, help="never send long output through $PAGER (less -FRX)")
@click.version_option(package_name="monitor")
@click.pass_context
def main(ctx: click.Context, config_path: str | None, no_pager: bool) -> None:
    """monitor: tells you which judgments changed between versions of a document."""
    ctx.obj = {"config_path": config_path, "no_pager": no_pager}


def load_cfg(ctx: click.Context, project: bool = True) -> Any:
    """The validated Config for this invocation (raises ConfigError with the file and line). With `project`,
    outside any project (no config.yaml here or above) is one line naming `monitor init`, and nothing is written."""
    from monitor.config import load_config

    config = load_config(ctx.obj.get("config_path") if ctx.obj else None)
    if project:
        from monitor.project import require_project

        require_project(config)
    return config


FORMATS = ("text", "markdown", "json", "html")
SEVERITY_CHOICES = ("high", "medium", "low")


def use_color(flag: bool | None, stream: Any) -> bool:
    """Colour only on a terminal, never with NO_COLOR set, unless --color/--no-color says otherwise."""
    import os

    if flag is not None:
        return flag
    if "NO_COLOR" in os.environ or os.environ.get("TERM") == "dumb":  # no-color.org; a terminal without colours
        return False
    return hasattr(stream, "isatty") and stream.isatty()


def write_output(text: str, output: str | None) -> None:
    """Print to stdout, or write the file atomically so a reader never sees half a report."""
    if output is None or output == "-":
        # The renderer already decided on colour; click would strip ANSI codes when piped otherwise.
        echo(text, nl=False, color=True)
        return
    write_file(output, text)


def write_file(output: str, text: str) -> None:
    """Replace the regular file `output` with `text` atomically: a temp file in the same folder, then rename.

    Only regular files are written. A device, FIFO, socket or folder is refused (run as root, renaming a
    report over /dev/full replaced the device), and so is a symlink: we follow no link we did not create,
    and renaming over one would silently cut it. The report keeps the mode (and, for root, the owner) of
    the file it replaces, or gets 0o666 & ~umask like any new file, never mkstemp's 0600.
    """
    import contextlib
    import os
    import stat
    import tempfile
    from pathlib import Path

    from monitor.errors import InputError

    target = Path(output)
    try:
        old: os.stat_result | None = os.lstat(target)
    except FileNotFoundError:
        old = None
    except (OSError, ValueError) as exc:
        raise InputError(f"{output}: cannot write the report ({_reason(exc)}); choose another --output") from None
    if old is not None:
        if stat.S_ISLNK(old.st_mode):
            raise InputError(f"{output}: is a symlink, and --output never writes through one; name the file "
                             f"it points to ({os.path.realpath(target)}) or a new file")
        if not stat.S_ISREG(old.st_mode):
            from monitor.fileread import file_type

            raise InputError(f"{output}: is {file_type(old.st_mode)}, not a regular file; --output writes only "
                             "regular files, so name a file")
        if not os.access(target, os.W_OK):
            raise InputError(f"{output}: permission denied (the file is read-only); choose another --output")
        mode = stat.S_IMODE(old.st_mode)
    else:
        folder = target.parent
        try:
            if not stat.S_ISDIR(folder.stat().st_mode):
                raise InputError(f"{output}: {folder} is not a folder; choose another --output")
        except FileNotFoundError:
            raise InputError(f"{output}: the folder {folder} does not exist; create it first or choose "
                             "another --output") from None
        except OSError as exc:
            raise InputError(f"{output}: cannot write the report ({_reason(exc)})") from None
        mode = 0o666 & ~_umask()
    tmp: Path | None = None
    try:
        # The temp name stays within NAME_MAX even when the target's own name is near it.
        fd, name = tempfile.mkstemp(prefix=f".{target.name[:200]}.", suffix=".tmp", dir=target.parent)
        tmp = Path(name)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fchmod(fh.fileno(), mode)
            if old is not None and (old.st_uid, old.st_gid) != (os.getuid(), os.getgid()):
                with contextlib.suppress(OSError):  # only root may give a file away; others keep their own
                    os.fchown(fh.fileno(), old.st_uid, old.st_gid)
            os.fsync(fh.fileno())
        tmp.replace(target)
        tmp = None
    except OSError as exc:
        raise InputError(f"{output}: cannot write the report ({_reason(exc)})") from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()


def _umask() -> int:
    """The process umask (reading it means setting it; the CLI has no other threads to race)."""
    import os

    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc)


# Beyond C0 (which JSON always escapes): DEL, C1 and the bidi controls, written as JSON's own \u escapes.
_JSON_UNSAFE = lazy_compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def terminal_safe(text: str, fmt: str, colored: bool) -> str:
    """A rendered report that cannot drive a terminal when printed or `cat`ed.

    The text renderer shows a document's control characters itself (its colours are the only escapes
    left), so coloured text passes as it is. Markdown and HTML hold no control character of their own, so
    any there came from a document and is shown as `\\x1b`; in JSON, as the equivalent `\\u001b` escape.
    """
    if colored:
        return text
    if fmt == "json":
        if text.isascii() and "\x7f" not in text:  # a large report is ASCII-escaped JSON: nothing to find
            return text
        return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)
    from monitor.render.text import visible

    return visible(text)


def refuse_overwriting_inputs(output: str | None, inputs: tuple[str, ...]) -> None:
    """`--output` naming one of the files being compared would replace a document with its own report."""
    import os
    from pathlib import Path

    from monitor.errors import InputError

    if output is None or output == "-":
        return
    try:
        out = Path(output).stat()
    except (OSError, ValueError):
        return  # nothing there yet (or write_file will say why not)
    for arg in inputs:
        try:
            same = os.path.samestat(out, Path(arg).stat())
        except (OSError, ValueError):
            continue
        if same:
            raise InputError(f"{output}: is {arg}, one of the files being compared; write the report to "
                             "another file")


@main.command()
@click.argument("old")
@click.argument("new")
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="output format")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None, help="write the report to FILE")
@click.option("--doc", default=None, help="document id (or its file's path) for bare versions (v1, latest) when "
              "several are tracked")
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
    from monitor.pipeline import compare, cycles_unchecked, line_facts, load_document
    from monitor.refs import resolve
    from monitor.render import render
    from monitor.report import SEVERITY_RANK

    refuse_overwriting_inputs(output, (old, new))
    config = load_cfg(ctx, project=False)  # two files compare anywhere; a stored version needs the project
    # One pause of the collector from the documents to the written report (the stages' own pauses nest in it),
    # the report's rows left to the oldest generation after it rather than walked again before exit.
    with cycles_unchecked(survivors_old=True):
        left = resolve(old, config, doc)
        right = resolve(new, config, doc)
        facts = line_facts(config)  # the lines both versions share are tested once
        report = compare(
            load_document(left.data, old, config, name=left.ref.path or old, facts=facts),
            load_document(right.data, new, config, name=right.ref.path or new, facts=facts),
            config,
            left.ref,
            right.ref,
            document=left.document or right.document or doc,
        )
        colored = use_color(color, sys.stdout) and output is None
        with paged(output is None and pager_wanted(ctx)):
            write_output(terminal_safe(render(report, fmt, colored), fmt, colored and fmt == "text"), output)
    _skip_final_sweep()
    if fail_on is not None:
        sys.exit(EXIT_DIFFERENT if report.max_severity() >= SEVERITY_RANK[fail_on] else EXIT_SAME)
    sys.exit(EXIT_DIFFERENT if report.has_differences else EXIT_SAME)


def _skip_final_sweep() -> None:
    """The report is written: what is left in memory (modules, classes, the documents and their report) is only
    freed by exiting. Python's last garbage collection at exit would walk every one of those objects, 8 % of the
    CPU time of a diff of two small files; frozen at exit (after atexit's other work), they are left to the exit
    (nothing of the report is pending: the output was flushed, and --output's file closed). Registered rather
    than done here, so a process that goes on after the command (a test's CliRunner) collects as before."""
    import atexit

    atexit.unregister(gc.freeze)  # once, however many diffs a process runs
    atexit.register(gc.freeze)


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
@click.option("--each-commit", is_flag=True, help="one section per commit since base (each against its parent), "
              "all in one process")
@click.argument("paths", nargs=-1)
@click.pass_context
@user_errors
def review(ctx: click.Context, base: str, head: str, fmt: str | None, fail_on: str | None, output: str | None,
           repo: str, max_chars: int, color: bool | None, each_commit: bool, paths: tuple[str, ...]) -> None:
    """Review the documents that changed between two git refs, as one pull-request comment.

    Reads every tracked document (config include/exclude, under the configured roots) through git,
    following renames, and compares each version pair with the engine of `monitor diff`. PATHS limit
    the review to those git pathspecs. The working tree is not touched.

    Exit status: 0 nothing changed (or, with --fail-on, no judgment that severe), 1 otherwise, 2 error.
    """
    from pathlib import Path

    from monitor import review as rv
    from monitor.config import load_config

    try:
        Path(repo).stat()
    except FileNotFoundError:
        pass  # review names the missing folder itself
    except (OSError, ValueError) as exc:  # a name too long for a path, a file on the way: not a traceback
        from monitor.errors import ReviewError

        raise ReviewError(f"{repo}: cannot use as the repository ({_reason(exc)}); pass --repo the path of a "
                          "git repository") from None
    explicit = ctx.obj.get("config_path") if ctx.obj else None
    config = load_config(explicit or rv.repo_config(Path(repo)))
    if fmt is None:
        fmt = "text" if output is None and sys.stdout.isatty() else "markdown"
    colored = fmt == "text" and output is None and use_color(color, sys.stdout)
    if each_commit:  # monitor/review_commits.py: the sections, their output and their exit status
        from monitor import review_commits as rc

        if fmt not in rc.FORMATS:
            rc.render_each([], fmt)  # the one-line error, before any commit is read
        sections = rc.review_each(Path(repo), base, head, config, paths)
        with paged(output is None and pager_wanted(ctx)):
            write_output(terminal_safe(rc.render_each(sections, fmt, colored, max_chars), fmt, colored), output)
        sys.exit(rc.each_exit_status(sections, fail_on))
    result = rv.review(Path(repo), base, head, config, paths)
    text = terminal_safe(rv.render(result, fmt, colored, max_chars), fmt, colored)
    with paged(output is None and pager_wanted(ctx)):
        if colored:
            echo(text, nl=False, color=True)  # click strips ANSI codes when piped unless told otherwise
        else:
            write_output(text, output)
    sys.exit(rv.exit_status(result, fail_on))


# ------------------------------------------------------------------------------------------------------------
# The snapshot store and the daemon: scan, log, show, watch, status.


@main.command()
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


@main.command()
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


@main.command(name="log")
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


@main.command()
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

    from monitor.project import require_project

    require_project(load())  # a bad config.yaml, or none, at start is a one-line error and exit 2
    sys.exit(run(load, log_file=log_file, verbose=verbose))


@main.command()
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


@main.command()
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


@main.command()
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


@main.command()
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

