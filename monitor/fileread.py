"""Reading a document file named on the command line, without the scanner's imports (logging, threads, readers).

`monitor diff a.txt b.txt` must start fast: this is scan.read_document's command-line case (no watched-folder
boundary, pipes read to their end) with the same checks and the same messages; tests/test_fileread.py holds the
two to the same answers.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from monitor.errors import FileUnstable, InputError


def read_named_file(path: Path, limit: int) -> bytes:
    """The bytes of a document file, or an InputError saying plainly why it cannot be read: opened without
    blocking, anything but a regular file refused (a pipe or character device is read to its end, as
    `monitor diff <(git show …) file` needs), FileUnstable when the file changed while it was read."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        raise InputError(_open_failure(path, exc)) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISFIFO(st.st_mode) or stat.S_ISCHR(st.st_mode):
            return _read_stream(fd, st, path, limit)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{path}: is a folder, not a document; name a file inside it")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{path}: not a regular file ({file_type(st.st_mode)})")
        return read_regular(fd, path, st, limit)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({_reason(exc)})") from None
    finally:
        os.close(fd)


def read_regular(fd: int, path: Path, st: os.stat_result, limit: int) -> bytes:
    """The bytes of the regular file open on `fd` (its stat `st`), within `limit`; FileUnstable when it changed
    while it was read. The caller closes `fd`."""
    if st.st_size > limit:
        raise InputError(f"{path}: {st.st_size:,} bytes is over the max_file_bytes limit of {limit:,}; "
                         f"raise max_file_bytes in config.yaml to track it")
    try:
        chunks = []
        total = 0
        # Read as one chunk when the file is as large as it says (one more byte asked, to see it grew): the bytes
        # are then that chunk, not a join's copy of a few megabyte chunks.
        size = max(1 << 20, st.st_size + 1)
        while total <= limit:
            chunk = os.read(fd, min(size, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise InputError(f"{path}: grew past the max_file_bytes limit of {limit:,} while being read")
        after = os.fstat(fd)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({_reason(exc)})") from None
    if st.st_size == 0 and total and after.st_size == 0:
        raise InputError(f"{path}: says it is empty but is not (a /proc or /sys pseudo-file?); not a document")
    if (after.st_size, after.st_mtime_ns) != (st.st_size, st.st_mtime_ns) or total != st.st_size:
        raise FileUnstable(f"{path}: changed while being read (still being written?); will retry")
    return b"".join(chunks)


def _read_stream(fd: int, st: os.stat_result, path: Path, limit: int) -> bytes:
    """A named pipe or character device read to its end. A pipe is read on `fd`, the descriptor already open: the
    writer may have written everything and gone the moment that open let it start (`<(echo …)` does), and the data
    waits in the pipe only while a reader holds it open, so opening the path again would wait for a writer that
    never comes. A device is opened again, blocking."""
    try:
        if stat.S_ISFIFO(st.st_mode):
            data = _drain_fifo(fd, limit)
        else:
            with path.open("rb") as fh:
                data = fh.read(limit + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({_reason(exc)})") from None
    if len(data) > limit:
        raise InputError(f"{path}: more than the max_file_bytes limit of {limit:,} bytes")
    return data


def _drain_fifo(fd: int, limit: int) -> bytes:
    """Up to limit + 1 bytes of the pipe open (non-blocking) on `fd`. A read of nothing is the end once a writer
    has been seen (data came, or poll reported the hang-up of one that came and went); before that it only says no
    writer has opened the pipe yet, and poll waits for one (Linux reports no hang-up on a pipe no writer opened)."""
    import select

    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLHUP)
    chunks: list[bytes] = []
    total, hung_up = 0, False
    while total <= limit:
        try:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
        except BlockingIOError:  # a writer is there, with nothing written yet
            chunk = None
        if chunk:
            chunks.append(chunk)
            total += len(chunk)
            continue
        if chunk == b"" and (chunks or hung_up):
            break
        hung_up = any(event & select.POLLHUP for _, event in poller.poll())
    return b"".join(chunks)


def _open_failure(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return f"{path}: symlink loop"
    if exc.errno == errno.ENOENT:
        if path.is_symlink():
            return f"{path}: broken symlink (its target does not exist)"
        return f"{path}: vanished before it could be read"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"{path}: permission denied (give the monitor user read access)"
    if exc.errno == errno.EISDIR:
        return f"{path}: is a folder named like a document"
    if exc.errno == errno.ENXIO:  # a socket (or a device without its driver): nothing to read
        try:
            return f"{path}: not a regular file ({file_type(os.lstat(path).st_mode)})"
        except OSError:
            pass
    return f"{path}: cannot open ({_reason(exc)})"


def file_type(mode: int) -> str:
    """'a FIFO', 'a socket', 'a folder', 'a device' or 'not a file', for messages."""
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()
