"""Regular expressions compiled at their first use, so a run pays only for the patterns it needs.

Compiling is the costly part of a module-level `re.compile` (tens of milliseconds across monitor's modules, paid
by every `monitor diff` at import): most patterns serve inputs a given run never meets (links, citations, version
ranges, reST markup). `lazy_compile` returns a stand-in that compiles on the first attribute asked of it and then
keeps the compiled pattern's bound methods as its own attributes, so later calls cost what they cost on the
pattern itself: no Python frame in between.
"""

from __future__ import annotations

import re

TYPE_CHECKING = False  # typing's own constant, without loading typing at run time (monitor/launch.py)
if TYPE_CHECKING:
    from typing import Any

# Everything a module asks of a pattern: after the first use each is an attribute of the stand-in itself.
_FORWARDED = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer", "scanner", "flags",
              "groups", "groupindex")


class _LazyPattern:
    """A pattern's source and flags until something is asked of it; then the compiled pattern's attributes."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern  # read by modules that build larger patterns from smaller ones, without compiling
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Reached only for attributes not yet set: the first use, or a name a pattern does not have.
        compiled = re.compile(self.pattern, self._flags)
        for attr in _FORWARDED:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled when first used. An invalid pattern fails there, not at import,
    so each use is covered by the tests of the code that uses it."""
    return _LazyPattern(pattern, flags)  # type: ignore[return-value]  # a Pattern in all but its type
