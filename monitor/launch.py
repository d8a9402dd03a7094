"""The `monitor` command's entry point: the start-up policy, then the plain form of `monitor diff` straight to its
work, and everything else to click.

`monitor diff OLD NEW` on two small files, run per file in hooks and CI, spends most of its time starting, and
loading click (with the datetime, uuid, platform and threading modules its parameter types import) is about a fifth
of that. The plain form, exactly `monitor [--config FILE] diff OLD NEW [--format F] [--config FILE]`, needs nothing
of click's parsing: it is read here and run by run_diff as the click command runs it. Anything else (another
command or option, help, an option before or between the arguments, a value starting with "-", a format click
would refuse, a config path click would check and refuse, shell completion) goes to click as before, which gives
every message and exit status; tests/test_startup.py checks that both ways give the same output and exit status.
"""

from __future__ import annotations

import _thread
import sys
from types import ModuleType

# Annotations are never evaluated (`from __future__ import annotations`), so the names they use are imported only
# for type checkers: `typing` costs every run about 13 million instructions (a fourteenth of `monitor diff` on two
# small files), and the modules a diff loads never import it at run time. mypy and ruff read any `TYPE_CHECKING`
# as typing's; each of those modules sets its own, as here. tests/test_startup.py checks typing is not loaded.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

FORMATS = ("text", "markdown", "json", "html")  # as `monitor diff --format` accepts them (cli_core.FORMATS)

# Standard-library modules that modules monitor uses import at their top but call only for what a run rarely meets:
# `dataclasses` calls `inspect` only for a class without a docstring (inspect, with the ast, dis and tokenize
# modules it imports, is a sixth of the CPU time of `monitor diff` on two small files), and `copy` only in asdict()
# and astuple() (copy imports weakref, and looks for Jython's org.python.core in every folder of sys.path);
# `urllib.parse`, which `pathlib` imports, calls `ipaddress` only for a URL with an IPv6 host; `pathlib` calls
# `ntpath` only for Windows paths (ntpath itself tries five imports of the Windows-only `nt` module, each a search of
# sys.path) and `warnings` only for its deprecated methods. Each is loaded at its first use instead (together 3 % of
# `monitor diff` on two small files).
DEFERRED = ("inspect", "ipaddress", "copy", "ntpath", "warnings")


_LOADING = _thread.RLock()  # one deferred module's code runs at a time, once
_RUNNING: set[str] = set()  # deferred modules whose code is running (in the thread holding _LOADING)


class _Deferred(ModuleType):
    """A module whose code runs at the first use of an attribute it does not have yet (its name, spec and file it
    has from the start, so `import` statements find it as an imported module without running it). Then it becomes
    an ordinary module, executed in place: every module that imported it holds the same, now complete, object.

    importlib's LazyLoader does the same, but in Python 3.11 an `import` statement reading the module's __spec__
    already triggers the load, so a module imported by another at its top (as these are) was loaded at once.
    Another thread asking meanwhile waits for the code to have run; the running code itself asking for a name it
    has not defined yet gets the AttributeError a partly imported module gives."""

    def __getattr__(self, name: str) -> Any:
        spec: Any = self.__spec__
        with _LOADING:
            if type(self) is _Deferred and spec.name not in _RUNNING:
                _RUNNING.add(spec.name)
                try:
                    spec.loader.exec_module(self)
                except BaseException:
                    sys.modules.pop(spec.name, None)  # as a failed import leaves it: not imported
                    raise
                finally:
                    _RUNNING.discard(spec.name)
                self.__class__ = ModuleType  # type: ignore[assignment]  # an ordinary module from here on
        return ModuleType.__getattribute__(self, name)


def defer_imports(names: tuple[str, ...]) -> None:
    """Make each module, unless already imported, run at the first use of one of its attributes rather than when
    it is first imported. A module that cannot be found is left to fail where it is imported, as before."""
    # importlib.util's find_spec and module_from_spec are these two of the import system's own (importlib._bootstrap,
    # loaded with the interpreter), called for a top-level name: importing importlib.util would load importlib,
    # importlib._abc and warnings, which a diff does not otherwise use.
    from _frozen_importlib import _find_spec, module_from_spec  # type: ignore[attr-defined]  # private, no stub

    for name in names:
        if name in sys.modules:
            continue
        spec = _find_spec(name, None)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            continue
        module = module_from_spec(spec)
        module.__class__ = _Deferred
        sys.modules[name] = module


def startup_policy() -> None:
    """The command-line process's start-up policy, before the rest of monitor is imported (not when the package is
    imported, so a program that imports monitor keeps its own)."""
    import gc

    # Start-up creates tens of thousands of objects that live as long as the process (modules, classes, functions,
    # the lexicon's tables), and with Python's default threshold (700 new objects) the collector walked them again
    # and again while they were being created: 6 % of the CPU time of `monitor diff` on two small files. Garbage
    # cycles are rare in monitor's work, so a larger young generation costs no memory (the bench's 4.4 MB pair
    # peaks at 83.5 MB either way). Set first: the standard library that codecache imports (re, enum, pathlib,
    # dataclasses) made six collections of its own under the default threshold, 3 % of a tiny diff.
    gc.set_threshold(50_000)

    defer_imports(DEFERRED)  # before `dataclasses` and `pathlib` are imported (codecache imports both)

    from monitor import codecache

    # Dataclasses' methods and regular expressions compiled once, not in every process. `monitor diff`, the command
    # run per file in hooks and CI, keeps a cache file of its own: the shared one grows with what every other command
    # and configuration compiled (3.4x the entries a diff uses, after the test suite), and each start reads it whole.
    codecache.install("diff" if "diff" in sys.argv[1:] else "")


def plain_diff(args: list[str]) -> tuple[str, str, str, str | None] | None:
    """(old, new, format, config path) when `args` are the plain form of `monitor diff` that click would accept as
    it is; None for anything else (click's to parse)."""
    import os

    if any(k[:1] == "_" and k.endswith("_COMPLETE") and v for k, v in os.environ.items()):
        return None  # click's shell completion ($_MONITOR_COMPLETE, named after the program)
    options: dict[str, str] = {}
    if args[:1] == ["--config"] and len(args) >= 2:
        options["--config"], args = args[1], args[2:]
    if len(args) < 3 or args[0] != "diff":
        return None
    old, new, rest = args[1], args[2], args[3:]
    while rest:
        name, equals, value = rest[0].partition("=")
        if name not in ("--format", "--config") or name in options:
            return None  # another option, or one given twice: click's
        if equals:
            rest = rest[1:]
        elif len(rest) >= 2:
            value, rest = rest[1], rest[2:]
        else:
            return None
        options[name] = value
    fmt = options.get("--format", "text")
    config = options.get("--config")
    if fmt not in FORMATS or any(not v or v[:1] == "-" for v in (old, new, config) if v is not None):
        return None
    # click.Path(dir_okay=False) refuses a folder and an unreadable file, and lets a missing one through to the
    # config loader: only a readable regular file is taken here.
    if config is not None:
        from pathlib import Path

        if not (Path(config).is_file() and os.access(config, os.R_OK)):
            return None
    return old, new, fmt, config


def exit_now(status: int) -> None:
    """End the process with `status` once the atexit functions have run and standard output and error are flushed,
    without the interpreter's finalization: tearing down every module and freeing every object one by one, which
    nothing of a finished diff needs (its report is written, no thread runs, no file is left open), 3 % of the CPU
    time of `monitor diff` on two small files. Should a flush fail (a reader gone, a full disk), this returns, and
    the interpreter's own exit flushes and reports as it always did."""
    import atexit
    import os

    atexit._run_exitfuncs()  # what the interpreter runs first at exit (the code cache's write, gc.freeze)
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None and not stream.closed:
                stream.flush()
    except BaseException:  # left to the interpreter's exit, which says it as before
        return
    os._exit(status)


def main(prog_name: str | None = None) -> None:
    """The `monitor` command (console script and `python -m monitor`)."""
    startup_policy()
    plain = plain_diff(sys.argv[1:])
    if plain is not None:
        from monitor.cli_core import run_diff

        old, new, fmt, config = plain
        try:
            run_diff(old, new, fmt, config_path=config)  # exits with the report's status, or 2 and one line
        except SystemExit as done:
            if type(done.code) is int:
                exit_now(done.code)
            raise
    from monitor.cli import main as cli

    cli(prog_name=prog_name)
