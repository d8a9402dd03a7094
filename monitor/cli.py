"""The command line: argument parsing, printing and exit codes; maps MonitorError to one line and status 2."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterable
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
# Dataclasses' methods and regular expressions compiled once, not in every process. `monitor diff`, the command run
# per file in hooks and CI, keeps a cache file of its own: the shared one grows with what every other command and
# configuration compiled (3.4x the entries a diff uses, after the test suite), and each start reads it whole.
codecache.install("diff" if "diff" in sys.argv[1:] else "")

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


# The commands other than `diff` live in modules of their own, imported (and built by click) when one of them is
# named or the commands are listed: `monitor diff` builds only itself, and `monitor review` only itself.
HISTORY_COMMANDS = ("import", "label", "history", "blame")  # a document's judgment history
STORE_COMMANDS = ("init", "scan", "rename", "log", "show", "watch", "status", "notify", "packs")
COMMAND_MODULES = {
    "review": "monitor.cli_review",
    **dict.fromkeys(STORE_COMMANDS, "monitor.cli_store"),
    **dict.fromkeys(HISTORY_COMMANDS, "monitor.history_cli"),
}


class MonitorGroup(click.Group):
    """A click group whose usage mistakes are one line on stderr and exit status 2, like every other error."""

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        from monitor.cli_global import add_everywhere_options

        add_everywhere_options(cmd)  # -C, --config and --no-pager after the subcommand too
        super().add_command(cmd, name)

    def _register(self, names: Iterable[str]) -> None:
        """Import the modules that define these commands, once each, and add their commands."""
        import importlib

        for module in dict.fromkeys(COMMAND_MODULES[name] for name in names if name not in self.commands):
            importlib.import_module(module).register(self)

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._register(COMMAND_MODULES)
        return super().list_commands(ctx)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in COMMAND_MODULES:
            self._register((cmd_name,))
        elif cmd_name not in self.commands:
            # A mistyped name: click suggests the closest among the commands registered, which have always been
            # all but the history ones (`monitor histroy` gets no suggestion), so the message stays as it was.
            self._register(("review", *STORE_COMMANDS))
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
