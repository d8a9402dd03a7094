"""`monitor watch` as a real subprocess for tests, with its log read on a thread (a silent daemon fails a test
instead of hanging it)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


def start(base: Path, *args: str) -> subprocess.Popen[str]:
    """Start `monitor watch` in `base` (its config.yaml), stderr captured, stdout discarded."""
    env = {k: v for k, v in os.environ.items() if k != "MONITOR_CONFIG"}
    return subprocess.Popen([sys.executable, "-m", "monitor", "watch", *args], cwd=base, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


class Log:
    """The daemon's stderr lines, collected as they come."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.lines: list[str] = []
        self._proc = proc
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self._proc.stderr is not None
        for line in self._proc.stderr:
            self.lines.append(line)

    def wait(self, text: str, timeout: float = 30) -> float:
        """Seconds until a line containing `text` appeared; the test fails with the whole log if none did."""
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if any(text in line for line in self.lines):
                return time.monotonic() - started
            time.sleep(0.02)
        pytest.fail(f"daemon never logged {text!r}; it said:\n{''.join(self.lines)}")

    def count(self, text: str) -> int:
        return sum(text in line for line in self.lines)


@contextlib.contextmanager
def daemon(base: Path, *args: str, ready_timeout: float = 10) -> Iterator[tuple[subprocess.Popen[str], Log]]:
    """A running daemon and its log, killed on exit if the test has not stopped it."""
    proc = start(base, *args)
    log = Log(proc)
    try:
        log.wait("watching", ready_timeout)
        yield proc, log
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
