"""Long output on a terminal goes through a pager, as git does: $MONITOR_PAGER, else $PAGER, else `less -FRX`."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator

DEFAULT_PAGER = "less -FRX"  # -F: quit at once when it fits one screen; -R: colours; -X: leave it on screen


def pager_command(env: dict[str, str] | None = None) -> list[str] | None:
    """The pager to run, as argv, or None: none configured (`cat`, empty), unparseable, or not installed."""
    import shlex
    import shutil

    env = dict(os.environ) if env is None else env
    chosen = env.get("MONITOR_PAGER", env.get("PAGER", DEFAULT_PAGER))
    try:
        argv = shlex.split(chosen)
    except ValueError:  # an unbalanced quote: page nothing rather than fail the command
        return None
    if not argv or argv == ["cat"] or shutil.which(argv[0]) is None:
        return None
    return argv


@contextlib.contextmanager
def paged(enabled: bool = True) -> Iterator[bool]:
    """Send what is printed to sys.stdout meanwhile through the pager, when enabled and stdout is a terminal.

    Yields whether a pager is in use. Decide everything that depends on the terminal (colour, escaping)
    before entering: inside, sys.stdout is the pager's pipe. Quitting the pager early ends the output there,
    and the command goes on to its exit status as if it had all been read.
    """
    import io

    argv = pager_command() if enabled and sys.stdout.isatty() else None
    proc = None
    if argv is not None:
        import subprocess  # only with a pager to start: piped output (scripts, CI) never pays for the import

        env = dict(os.environ)
        env.setdefault("LESS", "FRX")  # also when $PAGER is a bare `less`, as git does
        env.setdefault("LV", "-c")
        with contextlib.suppress(OSError):
            sys.stdout.flush()
            proc = subprocess.Popen(argv, stdin=subprocess.PIPE, env=env, bufsize=0)
    if proc is None or proc.stdin is None:
        yield False
        return
    terminal = sys.stdout
    # write_through over an unbuffered pipe: nothing is left in a buffer to fail again at exit once the pager quit.
    sys.stdout = io.TextIOWrapper(proc.stdin, encoding=terminal.encoding or "utf-8",
                                  errors="surrogateescape", write_through=True)
    try:
        yield True
    except BrokenPipeError:
        pass  # the reader quit the pager before the end (`q`): the output is done, not failed
    finally:
        pipe, sys.stdout = sys.stdout, terminal
        with contextlib.suppress(OSError, ValueError):
            pipe.flush()
        with contextlib.suppress(OSError, ValueError):
            proc.stdin.close()
        with contextlib.suppress(KeyboardInterrupt):
            proc.wait()
