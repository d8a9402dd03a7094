"""SHA-256 hex digests: of the compared files (a report names each version by it) and of the packaged defaults."""

from __future__ import annotations

from collections.abc import Callable

TYPE_CHECKING = False  # typing's own constant, without loading typing at run time (monitor/launch.py)
if TYPE_CHECKING:
    from typing import Any

# hashlib's SHA-256 is OpenSSL's: loading libcrypto and initialising it costs every process about 3 ms (a tenth of
# the whole of `monitor diff` on two short files), more than CPython's own SHA-256, the one hashlib falls back on
# when built without OpenSSL, takes to hash this many bytes. Both compute the same standard function, so a digest
# does not depend on which one computed it: short inputs use CPython's, longer ones OpenSSL's (several times
# faster per byte).
BUILTIN_MAX_BYTES = 256 * 1024


def _builtin_sha256() -> Callable[[bytes], Any] | None:
    """CPython's own SHA-256 constructor (module _sha256 in Python 3.11, _sha2 from 3.12), if this build has one."""
    for module in ("_sha256", "_sha2"):
        try:
            new: Callable[[bytes], Any] = __import__(module).sha256  # a top-level module: importlib not needed
        except (ImportError, AttributeError):
            continue
        return new
    return None


_BUILTIN = _builtin_sha256()


def sha256(data: bytes) -> str:
    """The SHA-256 of `data` as 64 lowercase hex digits."""
    if _BUILTIN is not None and len(data) <= BUILTIN_MAX_BYTES:
        return str(_BUILTIN(data).hexdigest())
    import hashlib

    return hashlib.sha256(data).hexdigest()
