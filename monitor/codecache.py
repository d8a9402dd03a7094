"""Start-up: the small functions `dataclasses` writes for each class, compiled once and kept beside the bytecode.

Creating a dataclass writes the source of its `__init__`, `__repr__`, `__eq__`, `__hash__` and (frozen)
`__setattr__` as text and compiles it with `exec`: about 160 compilations of Python source when `monitor diff`
runs, a fifth of the CPU time of a diff of two small files. The text of each is the same in every process, so its
code object is kept in one file in monitor's `__pycache__`, as Python keeps a module's bytecode, and `exec` runs
the stored code object instead of compiling the text again: the class and its methods are exactly what they would
have been (same text, same flags, same file name "<string>"; the globals and locals are the caller's, as before).

The file is keyed by the interpreter (`sys.version`) and each entry by its whole source text, so an entry is only
ever used for the very text it was compiled from; a missing, unreadable or foreign file just means compiling as
before. It is written, atomically, at exit when the process compiled something new, unless bytecode writing is
off (`PYTHONDONTWRITEBYTECODE`, `-B`) or the folder is read-only.
"""

from __future__ import annotations

import builtins
import contextlib
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

# Entries kept at most: every class monitor defines needs a few hundred; past this the file keeps only the
# entries of the process that writes it (a cache that grows without end would cost its own loading time).
_MAX_ENTRIES = 4000

_exec = builtins.exec
_codes: dict[str, CodeType] = {}
_new: list[str] = []
_file: list[Path] = []  # where the cache is, once installed


def _cached_exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    """`exec` as `dataclasses` calls it, with the compiled form of a text it compiled in an earlier process."""
    if type(source) is str:
        code = _codes.get(source)
        if code is None:
            # What exec(text) does from dataclasses' frame: mode "exec", file "<string>", no inherited flags
            # (dataclasses has no __future__ imports).
            code = _codes[source] = compile(source, "<string>", "exec", dont_inherit=True)
            _new.append(source)
        source = code
    _exec(source, globals, locals)


def _read(path: Path) -> dict[str, CodeType]:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not (isinstance(data, tuple) and len(data) == 2 and data[0] == sys.version and isinstance(data[1], dict)):
        return {}
    return {k: v for k, v in data[1].items() if type(k) is str and type(v) is CodeType}


def _save() -> None:
    """Write the cache with what this process compiled, when it compiled anything new (at exit)."""
    if not _new or not _file or sys.dont_write_bytecode:
        return
    path = _file[0]
    kept = _read(path)  # another process may have written entries of its own meanwhile
    kept.update(_codes)
    if len(kept) > _MAX_ENTRIES:
        kept = dict(_codes)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(marshal.dumps((sys.version, kept)))
        tmp.replace(path)
    except (OSError, ValueError):  # a read-only install: compile as before next time
        with contextlib.suppress(OSError):
            tmp.unlink()


def install() -> None:
    """Route the `exec` calls of the `dataclasses` module through the cache (once per process)."""
    import dataclasses

    if getattr(dataclasses, "exec", None) is _cached_exec:
        return
    cached = globals().get("__cached__")  # this module's .pyc path: honours PYTHONPYCACHEPREFIX
    if not cached:
        return
    _file.append(Path(cached).with_name(f"dataclass-code.{sys.implementation.cache_tag}.marshal"))
    _codes.update(_read(_file[0]))
    dataclasses.exec = _cached_exec  # type: ignore[attr-defined]  # a module global shadowing the builtin
    import atexit

    atexit.register(_save)
