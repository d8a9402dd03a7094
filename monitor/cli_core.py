"""The command line's parts that need no click: printing, errors and exit codes, writing a report, and `monitor diff`
itself (`run_diff`), so that the plain form of `monitor diff` can run without loading click (see launch.py)."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from functools import wraps

from monitor.errors import MonitorError
from monitor.lazy_re import lazy_compile
from monitor.pager import paged

TYPE_CHECKING = False  # typing's own constant, without loading typing at run time (monitor/launch.py)
if TYPE_CHECKING:
    from typing import Any, NoReturn, TypeVar

    F = TypeVar("F", bound=Callable[..., Any])

EXIT_SAME, EXIT_DIFFERENT, EXIT_ERROR = 0, 1, 2


def say(text: str, err: bool = False) -> None:
    """Print one line that may carry a document's or file's name: control characters shown, never acted on."""
    from monitor.render.text import visible

    echo(visible(text, one_line=True), err=err)


def echo(text: str, err: bool = False, **kwargs: Any) -> None:
    """click.echo, with a full disk or a dead terminal behind stdout as one line rather than an internal error."""
    import click

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


def _click_exit(exc: Exception) -> bool:
    """Whether exc is one of click's own ways out (only possible once click is loaded: a plain diff runs without)."""
    click: Any = sys.modules.get("click")
    return click is not None and isinstance(exc, (click.ClickException, click.exceptions.Exit, click.Abort))


class ways_out:
    """The ways out every entry point takes alike (the commands, and MonitorGroup.main around click): a
    MonitorError as one line on stderr and status 2, Ctrl-C as status 130, and a reader that went away (`monitor
    diff … | head`) quietly, as that is not an error worth a traceback. Anything else passes through."""

    def __enter__(self) -> None:
        if sys.stdout is None:  # started with standard output closed (`monitor diff a b >&-`)
            fail("standard output is closed; redirect it to a file or a pipe (for example > report.txt)")

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if isinstance(exc, MonitorError):
            fail(str(exc))
        if isinstance(exc, KeyboardInterrupt):
            fail("interrupted", 130)
        if isinstance(exc, BrokenPipeError):
            sys.stderr.close()
            sys.exit(EXIT_DIFFERENT)


def user_errors(func: F) -> F:
    """Turn a MonitorError (and a few OS-level surprises) into one line on stderr and exit status 2."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            with ways_out():
                return func(*args, **kwargs)
        except MemoryError:
            fail("out of memory; the input is too large to compare on this machine")
        except Exception as exc:  # the shell's last line of defence, never in the core
            if _click_exit(exc):
                raise  # click's own ways out: MonitorGroup.main prints them
            internal_error(exc)

    return wrapper  # type: ignore[return-value]

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
        if not write_as_is(text):
            echo(text, nl=False, color=True)
        return
    write_file(output, text)


def write_as_is(text: str) -> bool:
    """What click.echo(text, nl=False, color=True) does, without loading click, when sys.stdout is the standard
    text stream it writes to unchanged: a TextIOWrapper whose encoding is not ASCII (click rewraps an ASCII one as
    UTF-8). False when it is not, for click to write it. OSError is echo's to handle, as when click writes."""
    import io

    stream = sys.stdout
    if type(stream) is not io.TextIOWrapper or _ascii_encoding(stream.encoding) or sys.platform.startswith("win"):
        return False  # (click writes to a Windows console through a stream of its own)
    try:
        if len(text) <= _WRITE_CHUNK:
            stream.write(text)  # also when empty: click's first write to a stream is "" (a UTF-16 stream's BOM)
        else:
            # A long report in slices: written whole, the stream encoded all of it into one new buffer first (the
            # 30 MB report of a 13 MB pair: 30 MB more memory, each page of it faulted in, about a tenth of the
            # command's CPU time); a slice at a time, the same memory serves each slice.
            for start in range(0, len(text), _WRITE_CHUNK):
                stream.write(text[start:start + _WRITE_CHUNK])
        stream.flush()
    except BrokenPipeError:
        raise  # the reader went away (`| head`): user_errors ends quietly
    except OSError as exc:
        raise output_error(exc) from None
    return True


_WRITE_CHUNK = 1 << 20  # characters


def _ascii_encoding(encoding: str | None) -> bool:
    """click's is_ascii_encoding: a missing encoding counts as ASCII, an unknown one does not."""
    import codecs

    try:
        return codecs.lookup(encoding or "ascii").name == "ascii"
    except LookupError:
        return False


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


def load_config_for(config_path: str | None, project: bool = True) -> Any:
    """The validated Config for this invocation (raises ConfigError with the file and line). With `project`,
    outside any project (no config.yaml here or above) is one line naming `monitor init`, and nothing is written."""
    from monitor.config import load_config

    config = load_config(config_path)
    if project:
        from monitor.project import require_project

        require_project(config)
    return config


@user_errors
def run_diff(old: str, new: str, fmt: str = "text", output: str | None = None, doc: str | None = None,
             fail_on: str | None = None, color: bool | None = None, *, config_path: str | None = None,
             pager: bool = True) -> NoReturn:
    """`monitor diff`: compare two versions, print or write the report, and exit with its status (0 no differences,
    1 differences or, with `fail_on`, a judgment that severe). The arguments are the command's, already checked."""
    from monitor.pipeline import compare, cycles_unchecked, line_facts, load_document
    from monitor.refs import resolve
    from monitor.render import render
    from monitor.report import SEVERITY_RANK

    refuse_overwriting_inputs(output, (old, new))
    config = load_config_for(config_path, project=False)  # two files compare anywhere; a stored version: project
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
        with paged(output is None and pager):
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
