"""The one progress line a long `monitor scan` keeps up to date on a terminal (stderr), then erases."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TextIO

SHOW_AFTER = 1.0  # seconds: a scan that ends sooner prints no progress at all
EVERY = 0.25  # seconds between two redraws


class Progress:
    """`tick` is called between two files (scan's `interject`), `count` for each new version; the line is
    drawn only on a terminal, only once the scan has run SHOW_AFTER seconds, and `clear` wipes it before any
    other line is printed, so piped or logged output never holds a carriage return."""

    def __init__(self, stream: TextIO, enabled: bool = True) -> None:
        self._stream = stream
        self._on = enabled and hasattr(stream, "isatty") and stream.isatty()
        try:  # MONITOR_PROGRESS_AFTER=0: draw it from the first file (a slow terminal, the tests)
            self._after = float(os.environ.get("MONITOR_PROGRESS_AFTER", SHOW_AFTER))
        except ValueError:
            self._after = SHOW_AFTER
        self._start = time.monotonic()
        self._drawn = 0.0
        self._shown = False
        self._looked = 0
        self._new = 0

    def tick(self) -> list[Path]:
        self._looked += 1
        if self._on:
            now = time.monotonic()
            if now - self._start >= self._after and now - self._drawn >= EVERY:
                self._drawn = now
                new = f"{self._new} new version{'s' if self._new != 1 else ''}"
                self._write(f"\r\x1b[Kmonitor: scanning… {now - self._start:.0f} s, {new} so far")
                self._shown = True
        return []  # scan's interject returns the paths it scanned itself: none

    def count(self) -> None:
        self._new += 1

    def clear(self) -> None:
        if self._shown:
            self._shown = False
            self._write("\r\x1b[K")

    def _write(self, text: str) -> None:
        try:
            self._stream.write(text)
            self._stream.flush()
        except OSError:
            self._on = False  # the terminal went away: the scan goes on without its progress line
