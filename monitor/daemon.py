"""`monitor watch`: wiring only — a watchdog observer and an APScheduler rescan feed one worker running scan().

Threads: the observer's (file events → Debouncer), the Debouncer's (quiet period and size/mtime stability →
Worker), APScheduler's (periodic rescan → Worker), the one Worker that runs `scan.scan` in order, so
store and changelog writes never race, and the Notifier's (monitor/sinks/delivery.py), woken after each scan to
send new entries to the `notify:` targets. The main thread only waits for signals: SIGTERM/SIGINT stop within
2 s (a scan in progress is abandoned between files; everything it wrote is atomic and the next start's
catch-up scan replays anything missing), SIGHUP reloads config.yaml (an invalid one is reported and the old
one kept). The process holds the snapshot store's lock for its whole life: one daemon per store.

Only this module imports watchdog and APScheduler.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

from monitor.changelog import Changelog
from monitor.config import Config
from monitor.errors import ConfigError, InputError, MonitorError, StoreLocked
from monitor.scan import ScanEvent, is_document, recover, root_of, scan
from monitor.store import SnapshotStore, lock_holder

LOG = logging.getLogger("monitor")
STOP_GRACE_SECONDS = 1.5  # how long a stop waits for the worker before leaving it (total budget: 2 s)
RETRY_FIRST_SECONDS = 5.0
RETRY_MAX_SECONDS = 60.0  # back-off after failed writes (a full disk) and for a file that keeps failing
_BATCH_WINDOW = 0.05  # paths falling due this close together go to one scan (both halves of a move)
_FULL = Path("\0full-rescan")  # the Debouncer's key for a delayed full rescan (a retry after an error)


def setup_logging(log_file: str | None, verbose: bool) -> logging.Handler:
    """One line per event to stderr (journald adds the time) or, with --log-file, to a file with times."""
    handler: logging.Handler
    if log_file:
        handler = logging.handlers.WatchedFileHandler(log_file, encoding="utf-8")  # logrotate-friendly
        handler.setFormatter(_VisibleFormatter("%(asctime)s %(levelname)s %(message)s"))
    else:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(_VisibleFormatter("monitor: %(levelname)s %(message)s"))
    LOG.handlers[:] = [handler]
    LOG.setLevel(logging.DEBUG if verbose else logging.INFO)
    LOG.propagate = False
    return handler


class _VisibleFormatter(logging.Formatter):
    """Log lines with control characters of file names shown as escapes, never sent to the terminal."""

    def format(self, record: logging.LogRecord) -> str:
        from monitor.render.text import visible

        return visible(super().format(record))


class Worker:
    """The one thread that runs scans, in order; requests made while it is busy are merged into one."""

    def __init__(self, run: Callable[[bool, set[Path], set[str]], None]) -> None:
        self._run = run
        self._cond = threading.Condition()
        self._full = False
        self._paths: set[Path] = set()
        self._docs: set[str] = set()  # documents whose analysis finished after their scan moved on
        self._stopping = False
        self.cancel = threading.Event()  # asks a scan in progress to stop between files
        self.busy = False
        self.thread = threading.Thread(target=self._loop, name="monitor-worker", daemon=True)

    def submit(self, paths: set[Path] | None) -> None:
        """Queue a scan of `paths`, or a full rescan when None."""
        with self._cond:
            if paths is None:
                self._full = True
            else:
                self._paths |= paths
            self._cond.notify()

    def submit_docs(self, docs: set[str]) -> None:
        """Queue writing the changelog entries of `docs` (their analysis has finished)."""
        with self._cond:
            self._docs |= docs
            self._cond.notify()

    def take_paths(self) -> set[Path]:
        """The paths queued so far, taken out of the queue (a full rescan runs them in between its files)."""
        with self._cond:
            paths, self._paths = self._paths, set()
            return paths

    def idle(self) -> bool:
        with self._cond:
            return not (self.busy or self._full or self._paths or self._docs)

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self.cancel.set()
            self._cond.notify()

    def _loop(self) -> None:
        while True:
            with self._cond:
                while not (self._stopping or self._full or self._paths or self._docs):
                    self._cond.wait()
                if self._stopping:
                    return
                full, paths, docs = self._full, self._paths, self._docs
                self._full, self._paths, self._docs = False, set(), set()
                self.busy = True
            try:
                self._run(full, paths, docs)
            finally:
                with self._cond:
                    self.busy = False


class Debouncer:
    """Per-file quiet period: a path is released once no event came for `delay` seconds *and* its size and
    mtime did not change since the last look, so a burst of saves is one scan and a file still being written
    is left alone until it settles."""

    def __init__(self, delay: float, release: Callable[[set[Path]], None], full: Callable[[], None]) -> None:
        self.delay = delay
        self._release = release
        self._full = full
        self._cond = threading.Condition()
        self._due: dict[Path, float] = {}
        self._seen: dict[Path, tuple[int, int] | None] = {}
        # Paths (and a full rescan) taken off `_due` and not yet handed to the worker: still pending, so that
        # pending() and the worker's idle() are never both quiet while a release is on its way.
        self._handing = 0
        self._stopping = False
        self.thread = threading.Thread(target=self._loop, name="monitor-debounce", daemon=True)

    def touch(self, *paths: Path, delay: float | None = None) -> None:
        """(Re)start the quiet period of `paths`; paths touched together are released together."""
        with self._cond:
            due = time.monotonic() + (self.delay if delay is None else delay)
            for path in paths:
                self._due[path] = due
                self._seen[path] = _signature(path)
            self._cond.notify()

    def retry(self, path: Path, delay: float) -> None:
        """Look at `path` again in `delay` seconds, unless a save already queued it: its own quiet period,
        shorter, comes first (a rescan that met a file mid-save must not postpone that save's scan)."""
        with self._cond:
            if path in self._due:
                return
        self.touch(path, delay=delay)

    def full_rescan_in(self, seconds: float) -> None:
        with self._cond:
            self._due[_FULL] = min(self._due.get(_FULL, float("inf")), time.monotonic() + seconds)
            self._cond.notify()

    def pending(self) -> int:
        """Paths in their quiet period, and those released but not yet handed to the worker."""
        with self._cond:
            return len(self._due) + self._handing

    def waiting(self, path: Path) -> bool:
        """Whether `path` is in its quiet period: saved, and to be released for a scan."""
        with self._cond:
            return path in self._due

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify()

    def _loop(self) -> None:
        while True:
            with self._cond:
                if self._stopping:
                    return
                now = time.monotonic()
                ready: set[Path] = set()
                full = False
                for path, due in list(self._due.items()):
                    if due > now + _BATCH_WINDOW:
                        continue
                    if path == _FULL:
                        full = True
                        del self._due[path]
                        continue
                    sig = _signature(path)
                    if sig is not None and sig != self._seen.get(path):
                        # Still growing or being rewritten although no event came: wait another quiet period.
                        self._seen[path] = sig
                        self._due[path] = now + self.delay
                        continue
                    del self._due[path]
                    self._seen.pop(path, None)
                    ready.add(path)
                wait = min(self._due.values(), default=now + 3600) - now
                self._handing = len(ready) + full
            try:
                if full:
                    self._full()
                if ready:
                    self._release(ready)
            finally:
                with self._cond:
                    self._handing = 0
            with self._cond:
                if not self._stopping:
                    self._cond.wait(timeout=max(wait, 0.005))


def _signature(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns)


@dataclass
class _Health:
    """What the daemon remembers about problems, to log each one once instead of at every rescan."""

    skipped: dict[str, str] = field(default_factory=dict)
    retry_delay: float = RETRY_FIRST_SECONDS
    file_failures: dict[str, int] = field(default_factory=dict)  # path -> retries in a row (for its back-off)


class Daemon:
    """The running service: builds the parts from a Config, runs until stopped, reloads on request."""

    def __init__(self, load_config: Callable[[], Config]) -> None:
        self._load_config = load_config
        self.config = load_config()
        self.store = SnapshotStore(self.config.snapshots)
        from monitor.index import open_index

        index = open_index(self.config)  # StoreError (one line, exit 2) when the server is down or the file bad
        assert index is not None
        self.index = index
        self.changelog = Changelog(self.config.changelog_markdown, self.config.changelog_jsonl, index)
        self.stop_requested = threading.Event()
        self.reload_requested = threading.Event()
        self.worker = Worker(self._scan)
        self.debouncer = Debouncer(self.config.debounce_seconds, self.worker.submit,
                                   lambda: self.worker.submit(None))
        self._health = _Health()
        from monitor.budget import Analyser

        self.analyser = Analyser(self.config.analysis_seconds, self.config.analysis_memory_mb,
                                 on_done=self._analysis_done)
        self._detached: set[str] = set()  # documents whose slow analysis goes on after their scan returned
        self._detached_lock = threading.Lock()
        self._finished_early: set[str] = set()
        self._observer: Any = None
        self._watched: set[Path] = set()
        self._scheduler: Any = None
        self.scans = 0
        from monitor.sinks.delivery import Notifier

        # Notifications on a thread of their own (a ConfigError here, for a URL apprise cannot use, is exit 2).
        self.notifier = Notifier(self.config, lambda level, line: LOG.log(level, "%s", line))

    # ------------------------------------------------------------------------------------------ lifecycle
    def run(self) -> int:
        """Hold the store lock, start the threads, wait for a stop; the exit status of `monitor watch`."""
        with contextlib.ExitStack() as stack:
            stack.callback(self.index.close)
            stack.callback(self.analyser.close)
            self._install_signals()
            try:
                if not self._take_store(stack):
                    return 0  # stopped while waiting for a scan to finish
            except MonitorError as exc:  # StoreLocked names the process that holds the store
                LOG.error("%s", exc)
                return 2
            stack.callback(self.shutdown)
            return self._serve()

    def _take_store(self, stack: contextlib.ExitStack) -> bool:
        """Hold the store's lock for the daemon's life; wait while a `monitor scan` holds it (not another
        daemon: that is an error). False when asked to stop while waiting."""
        said = False
        while not self.stop_requested.is_set():
            try:
                stack.enter_context(self.store.lock(blocking=not said, timeout=0 if not said else 0.5,
                                                    purpose="watch"))
                return True
            except StoreLocked:
                holder = lock_holder(self.config.snapshots) or ""
                if holder.endswith(" watch"):
                    raise
                if not said:
                    pid, _, purpose = holder.partition(" ")
                    LOG.info("waiting for monitor %s (pid %s) to finish with the store %s", purpose or "?",
                             pid or "?", self.config.snapshots)
                    said = True
        return False

    def _serve(self) -> int:
        self.notifier.start()  # targets registered before the first scan records anything
        self.worker.thread.start()
        self.debouncer.thread.start()
        self._start_observer()
        self._start_scheduler()
        roots = ", ".join(str(r) for r in self.config.roots)
        LOG.info("watching %s (debounce %.1fs, rescan every %g min, store %s, pid %d)", roots,
                 self.config.debounce_seconds, self.config.rescan_minutes, self.config.snapshots, os.getpid())
        while not self.stop_requested.is_set():
            self.stop_requested.wait(0.5)
            if self.reload_requested.is_set():
                self.reload_requested.clear()
                self.reload()
        return 0

    def request_stop(self) -> None:
        self.stop_requested.set()
        self.worker.cancel.set()

    def shutdown(self) -> None:
        """Stop every thread; a scan in progress is asked to stop and given STOP_GRACE_SECONDS."""
        started = time.monotonic()
        self.worker.stop()
        self.notifier.stop(timeout=0.3)  # a send in progress is abandoned: the next start sends it
        self.debouncer.stop()
        self.analyser.close()  # an analysis in progress is killed at once: nothing it holds needs saving
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
        self._stop_observer()
        for thread in (self.debouncer.thread, self.worker.thread):
            if thread.is_alive():
                thread.join(max(0.0, STOP_GRACE_SECONDS - (time.monotonic() - started)))
        if self.worker.thread.is_alive():
            LOG.warning("stopping while a scan is still running; it is abandoned (the next start replays it)")
        else:
            LOG.info("stopped")

    def _install_signals(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return  # tests drive a Daemon from a thread and stop it with request_stop()

        def on_stop(signum: int, frame: FrameType | None) -> None:
            del frame
            LOG.info("received %s; stopping", signal.Signals(signum).name)
            self.request_stop()

        def on_hup(signum: int, frame: FrameType | None) -> None:
            del signum, frame
            self.reload_requested.set()

        signal.signal(signal.SIGTERM, on_stop)
        signal.signal(signal.SIGINT, on_stop)
        signal.signal(signal.SIGHUP, on_hup)

    # ------------------------------------------------------------------------------------------ reload
    def reload(self) -> None:
        """Re-read config.yaml; keep the running configuration when the new one is invalid."""
        try:
            new = self._load_config()
        except ConfigError as exc:
            LOG.error("config reload failed, keeping the previous configuration: %s", exc)
            return
        if new.snapshots != self.config.snapshots:
            LOG.error("config reload: 'snapshots' changed (%s -> %s); restart monitor watch to move the store; "
                      "keeping the previous configuration", self.config.snapshots, new.snapshots)
            return
        if new.index != self.config.index:
            LOG.error("config reload: 'index' changed; restart monitor watch to use another index; keeping the "
                      "previous configuration")
            return
        old = self.config
        self.config = new
        if (new.changelog_markdown, new.changelog_jsonl) != (old.changelog_markdown, old.changelog_jsonl):
            self.changelog = Changelog(new.changelog_markdown, new.changelog_jsonl, self.index)
        self.debouncer.delay = new.debounce_seconds
        self.notifier.reconfigure(new)
        if (new.roots, new.polling, new.poll_interval_seconds) != (old.roots, old.polling,
                                                                  old.poll_interval_seconds):
            self._stop_observer()
            self._start_observer()
        if self._scheduler is not None and new.rescan_minutes != old.rescan_minutes:
            self._scheduler.reschedule_job("rescan", trigger="interval", minutes=new.rescan_minutes)
        LOG.info("configuration reloaded from %s", new.source or "defaults")
        self.worker.submit(None)

    # ------------------------------------------------------------------------------------------ watching
    def _start_observer(self) -> None:
        from watchdog.events import (
            DirCreatedEvent,
            DirDeletedEvent,
            DirMovedEvent,
            FileClosedEvent,
            FileCreatedEvent,
            FileDeletedEvent,
            FileModifiedEvent,
            FileMovedEvent,
        )

        # Not opened/closed-without-writing: our own reads would wake us up.
        self._event_filter = [FileCreatedEvent, FileModifiedEvent, FileMovedEvent, FileDeletedEvent,
                              FileClosedEvent, DirCreatedEvent, DirMovedEvent, DirDeletedEvent]
        self._observer = self._new_observer(self.config.polling)
        self._watched = set()
        self._observer.start()
        self._watch_roots()

    def _new_observer(self, polling: bool) -> Any:
        if polling:
            from watchdog.observers.polling import PollingObserver

            return PollingObserver(timeout=self.config.poll_interval_seconds)
        from watchdog.observers import Observer

        return Observer(timeout=0.5)

    def _watch_roots(self) -> None:
        """Watch every configured root not yet watched (a missing root is retried at each rescan)."""
        handler = _Handler(self)
        for root in self.config.roots:
            if root in self._watched:
                continue
            if not root.is_dir():
                LOG.error("watched folder %s does not exist; it is checked again at each rescan", root)
                continue
            try:
                self._observer.schedule(handler, str(root), recursive=True, event_filter=self._event_filter)
            except OSError as exc:
                if self.config.polling or not _watch_limit(exc):
                    LOG.error("cannot watch %s (%s); the periodic rescan still covers it", root,
                              (exc.strerror or str(exc)).lower())
                    continue
                LOG.error("inotify watch limit reached while watching %s; falling back to polling "
                          "(raise fs.inotify.max_user_watches to avoid this)", root)
                self._stop_observer()
                self._observer = self._new_observer(True)
                self._watched = set()
                self._observer.start()
                self._observer.schedule(handler, str(root), recursive=True)
            self._watched.add(root)

    def _stop_observer(self) -> None:
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(timeout=1.0)
            self._observer = None

    def on_fs_event(self, event: Any) -> None:
        """A watchdog event: schedule the paths it names, after the quiet period."""
        paths = [Path(os.fsdecode(raw)) for raw in (event.src_path, getattr(event, "dest_path", "")) if raw]
        if event.is_directory:
            # A folder moved in, out or away: everything under it must be looked at.
            wanted = paths if event.event_type in ("moved", "deleted", "created") else []
        else:
            wanted = [p for p in paths if is_document(self.config, p)]
        if wanted:
            LOG.debug("%s %s", event.event_type, " -> ".join(str(p) for p in wanted))
            # Both ends of a move are scanned together, so a rename is recognised as one.
            self.debouncer.touch(*wanted)

    # ------------------------------------------------------------------------------------------ scanning
    def _start_scheduler(self) -> None:
        from datetime import UTC, datetime

        from apscheduler.schedulers.background import BackgroundScheduler

        scheduler = BackgroundScheduler(timezone=UTC, job_defaults={
            "coalesce": True, "max_instances": 1, "misfire_grace_time": None})
        scheduler.add_job(self._rescan_job, "interval", minutes=self.config.rescan_minutes, id="rescan")
        # The catch-up scan: whatever changed while the daemon was down, and changelog entries a crash lost.
        scheduler.add_job(self._rescan_job, "date", run_date=datetime.now(UTC), id="startup")
        scheduler.start()
        self._scheduler = scheduler

    def _rescan_job(self) -> None:
        self.worker.submit(None)

    def _analysis_done(self, job: Any) -> None:
        """An analysis finished (on the analyser's thread): if its scan had moved on, write its entries now."""
        doc = str(job.args[2])  # _entry_job(config, root, doc, i)
        with self._detached_lock:
            if doc not in self._detached:
                self._finished_early.add(doc)  # its scan may be about to detach it: _detach looks here
                return
            self._detached.discard(doc)
        self.worker.submit_docs({doc})

    def _recover(self, docs: set[str]) -> list[ScanEvent]:
        events: list[ScanEvent] = []

        def log(event: ScanEvent) -> None:
            events.append(event)
            self._log_event(event)

        detached: set[str] = set()
        with self.store.lock(timeout=None, purpose="watch"):
            recover(self.config, self.store, self.changelog, log, cancel=self.worker.cancel, docs=docs,
                    analyser=self.analyser, detach=detached)
        self._detach(detached)
        return events

    def _detach(self, docs: set[str]) -> None:
        with self._detached_lock:
            done = docs & self._finished_early  # finished between recover's look and now
            self._detached |= docs - done
            self._finished_early.clear()
        for doc in sorted(docs):
            LOG.info("%s: analysis is taking more than a second; other documents go first (budget %gs)", doc,
                     self.config.analysis_seconds)
        if done:
            self.worker.submit_docs(done)

    def _scan(self, full: bool, paths: set[Path], docs: set[str] | None = None) -> None:
        """Run one scan on the worker thread; no error escapes (the daemon must outlive bad input)."""
        self.worker.cancel.clear()
        if self.stop_requested.is_set():
            return
        if full and (paths or docs):
            # Saves queued together with a rescan (released while the worker was busy) go first: the rescan
            # would take them in its walk and write their entries only with its next batch.
            self._scan(False, paths, docs)
            paths, docs = set(), None
        started = time.monotonic()
        config = self.config
        if full:
            self._watch_roots()
        targets = None if full else sorted(p for p in paths if root_of(config, p) is not None)
        if targets == [] and not docs:
            return
        LOG.debug("scan %s", "of everything" if targets is None else ", ".join(str(p) for p in targets))
        detached: set[str] = set()
        try:
            events = self._recover(docs) if docs and not full else []
            if targets != []:
                events += scan(config, targets, self._log_event, store=self.store, changelog=self.changelog,
                               lock_timeout=None, cancel=self.worker.cancel, wait_to_settle=False,
                               analyser=self.analyser, detach=detached,
                               interject=self._interject if targets is None else None,
                               leave=self.debouncer.waiting if targets is None else None)
            self._detach(detached)
        except Exception as exc:  # the shell's last line of defence: log, retry later, keep running
            LOG.error("scan failed unexpectedly (%s: %s); retrying in %.0fs", type(exc).__name__, exc,
                      self._health.retry_delay)
            LOG.debug("traceback of the failed scan", exc_info=True)
            self._retry_later()
            return
        self.scans += 1
        self._after(events, config)
        LOG.debug("scan done in %.3fs", time.monotonic() - started)

    def _interject(self) -> list[Path]:
        """Between two files of a full rescan: scan the paths saved meanwhile now, so a save never waits for
        the rescan to end (the store lock is re-entrant; both run on the worker thread, one at a time). The
        paths scanned: the rescan leaves them alone."""
        paths = self.worker.take_paths()
        if not paths or self.stop_requested.is_set():
            if paths:
                self.worker.submit(paths)  # stopping: give them back
            return []
        config = self.config
        targets = sorted(p for p in paths if root_of(config, p) is not None)
        if not targets:
            return []
        LOG.debug("scan %s (during the rescan)", ", ".join(str(p) for p in targets))
        detached: set[str] = set()
        events = scan(config, targets, self._log_event, store=self.store, changelog=self.changelog,
                      lock_timeout=None, cancel=self.worker.cancel, wait_to_settle=False, analyser=self.analyser,
                      detach=detached)
        self._detach(detached)
        self._after(events, config)
        return targets

    def _after(self, events: list[ScanEvent], config: Config) -> None:
        """Retries after a scan: a file mid-save after its quiet period, failed writes with back-off."""
        self.notifier.wake()  # entries this scan recorded, if any
        retry_store = False
        failures = self._health.file_failures
        for event in events:
            if event.retry and event.kind == "skipped" and event.path is not None:
                # A file mid-save is looked at again after the quiet period; one that keeps failing, less
                # and less often (at most once a minute), not every second forever.
                n = failures[event.path] = failures.get(event.path, 0) + 1
                delay = min(config.debounce_seconds * 2 ** min(n, 16), RETRY_MAX_SECONDS)
                self.debouncer.retry(_absolute(config, event.path), delay=delay)
            elif event.retry:
                retry_store = True
            elif event.path is not None:
                failures.pop(event.path, None)
        if retry_store:
            delay = self._retry_later()
            LOG.warning("some writes failed; retrying in %.3gs", delay)
        else:
            self._health.retry_delay = RETRY_FIRST_SECONDS

    def _retry_later(self) -> float:
        """Schedule a full rescan after the current back-off delay (doubling, capped); the delay."""
        delay = self._health.retry_delay
        self._health.retry_delay = min(delay * 2, RETRY_MAX_SECONDS)
        self.debouncer.full_rescan_in(delay)
        return delay

    def _log_event(self, event: ScanEvent) -> None:
        key = event.path or event.doc or ""
        # A file that will not read until someone replaces it (a corrupt PDF) is an error said once, like a skip.
        if event.kind == "skipped" or (event.kind == "error" and not event.retry and event.version is None):
            if self._health.skipped.get(key) == event.message:
                LOG.debug("%s", event.line())  # already said once; a rescan finds it again
                return
            self._health.skipped[key] = event.message
        elif event.kind != "error":
            self._health.skipped.pop(key, None)
        LOG.log(event.level, "%s", event.line())


class _Handler:
    """watchdog's event handler interface: every event goes to Daemon.on_fs_event."""

    def __init__(self, daemon: Daemon) -> None:
        self._daemon = daemon

    def dispatch(self, event: Any) -> None:
        try:
            self._daemon.on_fs_event(event)
        except Exception as exc:  # an observer thread that dies stops all watching; log instead
            LOG.error("error handling file event %r (%s: %s)", event, type(exc).__name__, exc)
            LOG.debug("traceback", exc_info=True)


def _absolute(config: Config, source: str) -> Path:
    path = Path(source)
    return path if path.is_absolute() else config.base / path


def _watch_limit(exc: OSError) -> bool:
    import errno

    return exc.errno in (errno.ENOSPC, errno.EMFILE)


def run(load_config: Callable[[], Config], log_file: str | None = None, verbose: bool = False) -> int:
    """`monitor watch`: configure logging, run the daemon until SIGTERM/SIGINT; the exit status."""
    try:
        setup_logging(log_file, verbose)
    except OSError as exc:
        raise InputError(f"{log_file}: cannot open the log file ({(exc.strerror or str(exc)).lower()})") from None
    try:
        daemon = Daemon(load_config)
    except MonitorError as exc:
        LOG.error("%s", exc)
        return 2
    return daemon.run()
