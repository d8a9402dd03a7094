"""`monitor diff`'s own file reader says what the scanner's says about every file it cannot read."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from monitor.errors import InputError
from monitor.fileread import read_named_file
from monitor.scan import read_document


def _outcome(read: Callable[[Path, int], bytes], path: Path, limit: int) -> tuple[str, str]:
    try:
        return "ok", read(path, limit).decode("utf-8", "replace")
    except InputError as exc:
        return type(exc).__name__, str(exc)


def _cases(tmp_path: Path) -> list[tuple[Path, int]]:
    text = tmp_path / "doc.txt"
    text.write_text("A paragraph.\n", encoding="utf-8")
    (tmp_path / "folder").mkdir()
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp_path / "sock"))
    sock.close()
    cases = [(text, 1000), (text, 5), (tmp_path / "folder", 1000), (tmp_path / "missing.txt", 1000),
             (tmp_path / "dangling", 1000), (tmp_path / "loop", 1000), (tmp_path / "sock", 1000)]
    if Path("/proc/self/status").exists():
        cases.append((Path("/proc/self/status"), 100_000))
    return cases


def test_command_line_reader_matches_the_scanner(tmp_path: Path) -> None:
    """A file diff cannot read (a folder, a missing file, a broken or looping symlink, a socket, one over the size
    limit, a /proc pseudo-file) gets the same one-line reason as scan gives, and a readable one the same bytes."""
    for path, limit in _cases(tmp_path):
        mine = _outcome(read_named_file, path, limit)
        theirs = _outcome(lambda p, n: read_document(p, n, streams=True), path, limit)
        assert mine[0] == theirs[0], (path, mine, theirs)
        if path.name != "status":  # the process reading /proc/self/status is the same, its contents are not
            assert mine == theirs, path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_is_read_to_its_end(tmp_path: Path) -> None:
    """A pipe on the command line (process substitution) is read whole, not refused as not a regular file."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    pid = os.fork()
    if pid == 0:  # the writer, as the shell's process substitution would be
        try:
            with fifo.open("wb") as fh:
                fh.write(b"old text\n")
        finally:
            os._exit(0)
    try:
        assert read_named_file(fifo, 1000) == b"old text\n"
    finally:
        os.waitpid(pid, 0)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_whose_writer_has_already_gone_is_read_not_waited_on(tmp_path: Path) -> None:
    """`<(echo …)` can write everything and exit the moment the reader's first open lets it start: what it wrote
    waits in the pipe, and the reader must take it from there instead of waiting for a writer that never comes
    (it used to open the path again and hang). Here the writer is done before the read begins."""
    import signal

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    holder = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # another reader keeps the pipe's contents alive
    try:
        with fifo.open("wb") as fh:  # does not block: a reader is there
            fh.write(b"written before the read\n")

        def hung(*_: object) -> None:
            raise TimeoutError("read_named_file waited for a writer that had already gone")

        previous = signal.signal(signal.SIGALRM, hung)
        signal.alarm(5)
        try:
            assert read_named_file(fifo, 1000) == b"written before the read\n"
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)
    finally:
        os.close(holder)
