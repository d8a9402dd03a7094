"""Start-up: what Python compiles again in every process, compiled once and kept beside the bytecode.

Two kinds of compilation cost `monitor diff` of two small files about a third of its CPU time, and each gives the
same result in every process:

- Creating a dataclass writes the source of its `__init__`, `__repr__`, `__eq__`, `__hash__` and (frozen)
  `__setattr__` as text and compiles it with `exec` (about 160 compilations of Python source).
- `re` parses and compiles each regular expression in pure Python (about 45 patterns: the classifier's, the
  segmenter's, the configured ones, and some of the standard library's).

Both results are kept in a file in monitor's `__pycache__` (one for `monitor diff`, one for the other commands), as
Python keeps a module's bytecode: for `exec`, the code object compiled from a text (same text, same flags, same file
name "<string>"; the globals and locals are the caller's, as before); for `re`, the compiled program
`re._compiler.compile` hands to `_sre.compile` (flags, opcodes, groups and group names), from which the pattern
object is built exactly as `re` builds it. The file is keyed by the interpreter (`sys.version`) and each entry by
its whole text (and flags), so an entry is only ever used for the very text it was compiled from; a missing,
unreadable or foreign file just means compiling as before. It is written, atomically, at exit when the process
compiled something new, unless bytecode writing is off (`PYTHONDONTWRITEBYTECODE`, `-B`) or the folder is read-only.

Each entry is kept in the file in its own marshalled form and decoded when a process first asks for its text: the
file holds what every run of every configuration compiled (a config's patterns, other commands' classes), and
decoding all of it at every start cost a tiny diff 9M instructions, against 1M to read it and decode what it uses.
"""

from __future__ import annotations

import builtins
import contextlib
import marshal
import os
import sys
from pathlib import Path
from types import CodeType

TYPE_CHECKING = False  # typing's own constant, without loading typing at run time (monitor/launch.py)
if TYPE_CHECKING:
    from typing import Any

# Entries kept at most in each table: monitor's classes and patterns need a few hundred; past this a table keeps
# only the entries of the process that writes it (patterns built from a document's words would otherwise make the
# file grow without end, and its loading cost with it).
_MAX_ENTRIES = 3000

# The compiled form of a pattern: final flags, opcodes, group count, group names -> index, index -> group name.
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_FORMAT = 2  # entries marshalled one by one (1: the tables marshalled whole, before)

_exec = builtins.exec
_codes: dict[str, CodeType] = {}  # the entries this process used or compiled
_programs: dict[tuple[str | bytes, int], Program] = {}
_stored_codes: dict[str, bytes] = {}  # the file's entries, as marshal wrote each, until this process asks for one
_stored_programs: dict[tuple[str | bytes, int], bytes] = {}
_new: list[str] = []  # which tables gained an entry in this process ("exec", "re")
_file: list[Path] = []  # where the cache is, once installed
_re: list[Any] = []  # re._compiler, re._parser and re._compiler.compile as it was (no type stubs: Any)


def _cached_exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    """`exec` as `dataclasses` calls it, with the compiled form of a text it compiled in an earlier process."""
    if type(source) is str:
        code = _codes.get(source)
        if code is None:
            code = _stored(_stored_codes, source, CodeType)
            if code is not None:
                _codes[source] = code
        if code is None:
            # What exec(text) does from dataclasses' frame: mode "exec", file "<string>", no inherited flags
            # (dataclasses has no __future__ imports).
            code = _codes[source] = compile(source, "<string>", "exec", dont_inherit=True)
            _new.append("exec")
        source = code
    if globals is None:  # exec's own default, the caller's namespace (dataclasses always passes its globals)
        frame = sys._getframe(1)
        globals, locals = frame.f_globals, frame.f_locals if locals is None else locals
    _exec(source, globals, locals)


def _cached_re_compile(p: Any, flags: int = 0) -> Any:
    """`re._compiler.compile` for a pattern given as text, with the program compiled in an earlier process.

    The same steps as `re._compiler.compile` (Python 3.11 to 3.13): parse, generate the opcodes, map the group
    names both ways, and build the pattern object with `_sre.compile`; only the last step runs on a cache hit."""
    compiler, parser, original = _re
    kind = type(p)
    if (kind is not str and kind is not bytes) or flags & compiler.SRE_FLAG_DEBUG:
        return original(p, flags)
    key = (p, int(flags))
    program = _programs.get(key)
    if program is None:
        program = _stored(_stored_programs, key, tuple)
        if program is not None:
            _programs[key] = program
    if program is not None:
        try:
            return compiler._sre.compile(p, *program)
        except (TypeError, ValueError, RuntimeError, OverflowError):  # a damaged file: compile afresh
            pass
    parsed = parser.parse(p, flags)
    code = compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    program = (int(flags | parsed.state.flags), [int(op) for op in code], parsed.state.groups - 1, dict(groupindex),
               tuple(indexgroup))
    _programs[key] = program
    _new.append("re")
    return compiler._sre.compile(p, *program)


def cached_exec(source: str, globals: dict[str, Any]) -> None:
    """exec(source, globals), compiled as dataclasses' exec compiles (file "<string>", no inherited flags), through
    the cache when it is installed (otherwise compiled in this process only). For monitor's own generated code."""
    _cached_exec(source, globals)


def _stored(table: dict[Any, bytes], key: Any, kind: type) -> Any:
    """The entry stored for key, decoded (None when there is none, or it is damaged: compiled afresh then)."""
    blob = table.pop(key, None)
    if blob is None:
        return None
    try:
        value = marshal.loads(blob)
    except (ValueError, EOFError, TypeError):
        return None
    return value if type(value) is kind else None


def _read(path: Path) -> tuple[dict[str, bytes], dict[tuple[str | bytes, int], bytes]]:
    """The file's two tables, each entry still marshalled (empty when it is missing, unreadable or foreign)."""
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}, {}
    if not (isinstance(data, tuple) and len(data) == 4 and data[0] == sys.version and data[1] == _FORMAT
            and isinstance(data[2], dict) and isinstance(data[3], dict)):
        return {}, {}
    return data[2], data[3]


def decoded(path: Path) -> tuple[dict[str, CodeType], dict[tuple[str | bytes, int], Program]]:
    """Every entry of a cache file, decoded (for tests and inspection)."""
    codes, programs = _read(path)
    return ({k: marshal.loads(v) for k, v in codes.items()}, {k: marshal.loads(v) for k, v in programs.items()})


def _save() -> None:
    """Write the cache with what this process compiled, when it compiled anything new (at exit)."""
    if not _new or not _file or sys.dont_write_bytecode:
        return
    path = _file[0]
    codes, programs = _read(path)  # another process may have written entries of its own meanwhile
    codes.update((k, marshal.dumps(v)) for k, v in _codes.items())
    programs.update((k, marshal.dumps(v)) for k, v in _programs.items())
    if len(codes) > _MAX_ENTRIES:
        codes = {k: marshal.dumps(v) for k, v in _codes.items()}
    if len(programs) > _MAX_ENTRIES:
        programs = {k: marshal.dumps(v) for k, v in _programs.items()}
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(marshal.dumps((sys.version, _FORMAT, codes, programs)))
        tmp.replace(path)
    except (OSError, ValueError):  # a read-only install: compile as before next time
        with contextlib.suppress(OSError):
            tmp.unlink()


def install(part: str = "") -> None:
    """Route the `exec` calls of the `dataclasses` module and the compilations of `re` through the cache (once
    per process). A `part` names a cache file of its own, read and written by the processes that name it: those
    doing one kind of work need not read what other kinds compiled."""
    import dataclasses
    import re  # noqa: F401  # loads re._compiler and re._parser, patched below

    if _file:
        return
    cached = globals().get("__cached__")  # this module's .pyc path: honours PYTHONPYCACHEPREFIX
    if not cached:
        return
    name = f"{part}.{sys.implementation.cache_tag}" if part else sys.implementation.cache_tag
    _file.append(Path(cached).with_name(f"compiled.{name}.marshal"))
    codes, programs = _read(_file[0])
    _stored_codes.update((k, v) for k, v in codes.items() if type(k) is str and type(v) is bytes)
    _stored_programs.update((k, v) for k, v in programs.items() if type(v) is bytes)
    dataclasses.exec = _cached_exec  # type: ignore[attr-defined]  # a module global shadowing the builtin
    compiler: Any = sys.modules.get("re._compiler")  # both loaded by `import re`
    parser: Any = sys.modules.get("re._parser")
    if all(hasattr(compiler, a) for a in ("compile", "_code", "_sre", "SRE_FLAG_DEBUG")) \
            and hasattr(parser, "parse"):  # as in Python 3.11 to 3.13; otherwise re compiles as it always does
        _re.extend((compiler, parser, compiler.compile))
        compiler.compile = _cached_re_compile
    import atexit

    atexit.register(_save)
