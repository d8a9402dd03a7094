"""Delivering changelog entries to notification targets: each entry once per target, in order, across restarts.

Each target has a mark in the index (`notify_targets.done_seq`): every entry up to it was delivered to the
target or passes none of its filters. An entry is sent, and once the target has accepted it the delivery is
recorded and the mark moved in one transaction; a process killed before that commit (a kill -9 between the
changelog entry and its delivery, or in the middle of a send) sends it on its next run, so an entry is never
lost. The one window for a second copy is a kill between the target's acceptance and the commit, a few
milliseconds; every message names its entry key so a receiver can tell.

A target that fails keeps its place: its entries wait, in order, and it is tried again after a back-off that
doubles from BACKOFF_FIRST to BACKOFF_MAX seconds (and at once when the daemon or a scan starts). Other
targets are not held up. One process delivers at a time: the daemon (which holds the store's lock for its
life) on its own thread, or a one-shot command under the store's lock.

A target starts with the entries recorded after it was first configured (or configured again after being
left out): the history before it is not sent to it. `monitor notify --test` checks a new target.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from monitor.errors import ConfigError, MonitorError, StoreLocked
from monitor.sinks.notify import NotifyError, NotifyTarget, build_message, check, expand, send

if TYPE_CHECKING:
    from monitor.changelog import Entry
    from monitor.config import Config
    from monitor.index.base import NotifyTargetRow, SqlIndex

BACKOFF_FIRST = 2.0
BACKOFF_MAX = 300.0
POLL_SECONDS = 30.0  # the daemon's worker looks for undelivered entries at least this often
ONE_SHOT_SECONDS = 10.0  # what `monitor scan` spends delivering before it leaves the rest to the next run
PENDING_CAP = 10_000  # `monitor status` counts a backlog up to this many entries

Say = Callable[[int, str], None]  # (logging level, one line)


def backoff(attempts: int) -> float:
    """Seconds to wait after the `attempts`th failure in a row."""
    return float(min(BACKOFF_FIRST * 2 ** max(attempts - 1, 0), BACKOFF_MAX))


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one delivery round did for one target."""

    target: NotifyTarget
    delivered: int
    error: str | None  # why its next entry was not accepted
    waiting: bool  # entries are left for a later round (a failure, or time ran out)
    retry_in: float | None = None  # seconds until it is tried again, after a failure


def validate(config: Config) -> None:
    """ConfigError, one line, for a target whose URL apprise cannot use (an unknown scheme, a missing part)."""
    for target in config.notify:
        why = check(target)
        if why is not None:
            where = f"{config.source}: " if config.source else ""
            raise ConfigError(f"{where}{target.where}.url ({target.shown}): apprise cannot use it ({why}); see "
                              "docs/notify.md for the URL forms")


def register(config: Config, index: SqlIndex) -> None:
    """Tell the index which targets are configured (a new one starts after the last entry recorded)."""
    index.notify_register([(t.id, t.shown) for t in config.notify])


def deliver(config: Config, index: SqlIndex, *, until: float, say: Say, respect_backoff: bool = True,
            stop: threading.Event | None = None, later: str | None = None) -> tuple[list[Outcome], float | None]:
    """Deliver what each configured target is owed, until time.monotonic() reaches `until`; the outcomes, and
    the seconds until the next retry falls due (None: nothing is waiting for one)."""
    rows = {r.target: r for r in index.notify_targets()}
    outcomes: list[Outcome] = []
    next_due: float | None = None
    for target in config.notify:
        row = rows.get(target.id)
        if row is None or not row.active:
            continue  # not registered yet: the caller registers first
        if respect_backoff and row.next_try is not None:
            wait = _seconds_until(row.next_try)
            if wait > 0:
                next_due = wait if next_due is None else min(next_due, wait)
                continue
        outcome = _deliver_target(config, index, target, row, until, say, stop, later)
        outcomes.append(outcome)
        if outcome.retry_in is not None:
            next_due = outcome.retry_in if next_due is None else min(next_due, outcome.retry_in)
    return outcomes, next_due


def _deliver_target(config: Config, index: SqlIndex, target: NotifyTarget, row: NotifyTargetRow, until: float,
                    say: Say, stop: threading.Event | None, later: str | None) -> Outcome:
    done = row.done_seq
    delivered = 0
    attempts = row.attempts  # failures in a row so far
    while True:
        backlog = index.notify_backlog(done)
        if not backlog:
            return Outcome(target, delivered, None, False)
        for item in backlog:
            if not target.wants(item.doc, item.source, item.judgments):
                continue
            if item.seq - 1 > done:
                index.notify_skip(target.id, item.seq - 1)  # what it passed over before this one
            if (stop is not None and stop.is_set()) or time.monotonic() >= until:
                return Outcome(target, delivered, None, True)
            entry = _entry(index, item.key)
            if entry is None:  # its line no longer parses: nothing to say, and nothing to wait for
                index.notify_skip(target.id, item.seq)
                done = item.seq
                continue
            try:
                send(target, build_message(entry, target, config.changelog_markdown, index.version_info(entry.doc)))
            except NotifyError as exc:
                error = str(exc)
                delay = backoff(attempts + 1)
                now = datetime.now().astimezone()
                index.notify_failed(target.id, error, _iso(now), _iso(now + timedelta(seconds=delay)))
                say(logging.WARNING, f"notify {target.shown}: {item.key} not delivered ({error}); "
                                     f"{later or f'retrying in {delay:g}s'}")
                return Outcome(target, delivered, error, True, delay)
            index.notify_delivered(target.id, item.seq, _iso(datetime.now().astimezone()))
            delivered += 1
            attempts = 0
            say(logging.INFO, f"notified {target.shown}: {item.key}")
            done = item.seq
        if backlog[-1].seq > done:
            index.notify_skip(target.id, backlog[-1].seq)
            done = backlog[-1].seq


def _entry(index: SqlIndex, key: str) -> Entry | None:
    """The recorded entry of `key` (None for one that no longer parses: it is passed over, not retried)."""
    from monitor.changelog import Entry

    for row in index.entries(keys=[key]):
        with contextlib.suppress(KeyError, TypeError, ValueError):
            return Entry.from_dict(json.loads(row.line))
    return None


def pending(config: Config, index: SqlIndex, target: NotifyTarget, row: NotifyTargetRow) -> int:
    """How many recorded entries wait for `target` (counted up to PENDING_CAP)."""
    count = 0
    done = row.done_seq
    seen = 0
    while seen < PENDING_CAP:
        backlog = index.notify_backlog(done, limit=500)
        if not backlog:
            break
        seen += len(backlog)
        count += sum(1 for b in backlog if target.wants(b.doc, b.source, b.judgments))
        done = backlog[-1].seq
    return count


def status_lines(config: Config, index: SqlIndex | None) -> list[str]:
    """`monitor status`'s lines about notifications: per target, delivered, pending, last error, next retry."""
    if not config.notify:
        return []
    from monitor.errors import StoreError

    rows: dict[str, NotifyTargetRow] = {}
    with contextlib.suppress(StoreError):  # an index no process has migrated yet: no target has started
        rows = {r.target: r for r in index.notify_targets()} if index is not None else {}
    lines = []
    for target in config.notify:
        row = rows.get(target.id)
        if row is None or not row.active:
            lines.append(f"notify:      {target.shown}  not started yet (the next scan or `monitor watch` starts it)")
            continue
        waiting = pending(config, index, target, row) if index is not None else 0
        more = "+" if waiting >= PENDING_CAP else ""
        line = f"notify:      {target.shown}  {row.delivered} delivered, {waiting}{more} pending"
        if row.last_error is not None:
            line += f"; last error {_short(row.last_error_at)}: {row.last_error}"
        if row.next_try is not None and waiting:
            due = _seconds_until(row.next_try) > 0
            line += f"; next retry {_short(row.next_try)}" if due else (
                "; retry due (the daemon, the next `monitor scan` or `monitor notify` sends it)")
        lines.append(line)
    return lines


def deliver_now(config: Config, say: Say, seconds: float = ONE_SHOT_SECONDS) -> list[Outcome]:
    """A one-shot command's delivery (`monitor scan`, `monitor notify`): register the targets, then deliver for
    at most `seconds` under the store's lock, retries included (back-off does not apply to a command run by
    hand or by cron). Nothing when the daemon runs: it delivers."""
    if not config.notify:
        return []
    from monitor.index import open_index
    from monitor.store import SnapshotStore, lock_holder

    store = SnapshotStore(config.snapshots)
    try:
        with store.lock(timeout=2.0, purpose="notify"):
            index = open_index(config)
            assert index is not None
            try:
                register(config, index)
                outcomes, _ = deliver(config, index, until=time.monotonic() + seconds, say=say,
                                      respect_backoff=False, later="it waits for the next scan or `monitor notify`")
            finally:
                index.close()
    except StoreLocked:
        holder = lock_holder(config.snapshots) or ""
        if holder.endswith(" watch"):
            return []  # the daemon delivers
        say(logging.WARNING, f"notifications wait: another monitor ({holder or 'process'}) holds the store; the next "
                             "run delivers them")
        return []
    return outcomes


class Notifier:
    """The daemon's delivery thread: woken after each scan, and every POLL_SECONDS; never holds up a scan (it has
    its own index connection, and a slow or dead target only delays its own messages)."""

    def __init__(self, config: Config, say: Say) -> None:
        validate(config)
        self._config = config
        self._say = say
        self._cond = threading.Condition()
        self._woken = False
        self._stop = threading.Event()
        self._index: SqlIndex | None = None
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        """Register the configured targets (before the daemon's first scan records anything), then start the thread."""
        from monitor.index import open_index

        self._index = open_index(self._config)
        assert self._index is not None
        register(self._config, self._index)
        if self._config.notify:
            self._say(logging.INFO, f"notifying {', '.join(t.shown for t in self._config.notify)}")
            for target in self._config.notify:
                try:
                    expand(target)
                except NotifyError as exc:  # said now, not only at the first change
                    self._say(logging.WARNING, f"notify {target.shown}: {exc}; its messages wait until it is")
            self._start_thread()

    def _start_thread(self) -> None:
        if self.thread is None or not self.thread.is_alive():
            self.thread = threading.Thread(target=self._loop, name="monitor-notify", daemon=True)
            self.thread.start()

    def reconfigure(self, config: Config) -> None:
        """A reloaded config.yaml: its targets from now on; an unusable one keeps the previous ones (logged)."""
        try:
            validate(config)
            if self._index is not None:
                register(config, self._index)
        except MonitorError as exc:
            self._say(logging.ERROR, f"config reload: {exc}; keeping the previous notification targets")
            return
        with self._cond:
            self._config = config
        if config.notify and self._index is not None:
            self._start_thread()
        self.wake()

    def wake(self) -> None:
        """New entries may have been recorded: look now."""
        with self._cond:
            self._woken = True
            self._cond.notify()

    def stop(self, timeout: float = 1.0) -> None:
        """Stop the thread; a send in progress is abandoned (its entry is sent again by the next start)."""
        self._stop.set()
        with self._cond:
            self._cond.notify()
        if self.thread is not None:
            self.thread.join(timeout)
        if (self.thread is None or not self.thread.is_alive()) and self._index is not None:
            self._index.close()
            self._index = None

    def _loop(self) -> None:
        first = True  # a start retries at once: the restart may well be the fix
        while not self._stop.is_set():
            with self._cond:
                self._woken = False
                config = self._config
            wait: float | None = POLL_SECONDS
            try:
                assert self._index is not None
                _, wait = deliver(config, self._index, until=time.monotonic() + POLL_SECONDS, say=self._say,
                                  stop=self._stop, respect_backoff=not first)
                first = False
            except MonitorError as exc:  # the index is unreachable (a PostgreSQL server down): try again later
                self._say(logging.ERROR, f"notifications: {exc}; trying again in {POLL_SECONDS:g}s")
            except Exception as exc:  # the thread must outlive a bug: log it, try again later
                self._say(logging.ERROR, f"notifications failed unexpectedly ({type(exc).__name__}: {exc}); trying "
                                         f"again in {POLL_SECONDS:g}s")
            with self._cond:
                if not self._woken and not self._stop.is_set():
                    self._cond.wait(timeout=min(wait if wait is not None else POLL_SECONDS, POLL_SECONDS))


def _iso(moment: datetime) -> str:
    from monitor.store import iso_utc

    return iso_utc(moment)


def _seconds_until(iso: str) -> float:
    from datetime import UTC

    try:
        due = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return 0.0
    return (due - datetime.now(UTC)).total_seconds()


def _short(iso: str | None) -> str:
    return iso.replace("T", " ")[:19].removesuffix("Z") + " UTC" if iso else "?"


def prepare(config: Config) -> None:
    """Before a one-shot scan: ConfigError for a URL apprise cannot use, and the targets registered, so the
    entries this scan records are theirs (and targets no longer configured set aside, as the daemon does)."""
    from monitor.errors import StoreError
    from monitor.index import open_index

    validate(config)
    index = open_index(config, create=bool(config.notify))
    if index is None:
        return  # no index yet, and no target to register in one
    try:
        with contextlib.suppress(StoreError):  # an index older than the notify tables has no target to set aside
            register(config, index)
    finally:
        index.close()


def printer(line: Callable[[str], None], quiet: bool = False) -> Say:
    """A command's Say: every line, or with `quiet` only failures."""

    def say(level: int, text: str) -> None:
        if level >= logging.WARNING or not quiet:
            line(text)

    return say


def command(config: Config, test: bool, line: Callable[[str], None],
            warn: Callable[[str], None] | None = None) -> int:
    """`monitor notify [--test]`: deliver what is due now, or send each target a sample message; the exit
    status (0 every target took what was sent, 1 one did not; its entries wait for the next run)."""
    from monitor.sinks.notify import sample_message

    if not config.notify:
        raise ConfigError(f"{config.source or 'config.yaml'}: no notification targets; add a 'notify:' list, e.g. "
                          "'notify: [{url: json://127.0.0.1:8080/hook, min_severity: high}]' (see docs/notify.md)")
    validate(config)
    if test:
        failed = 0
        message = sample_message(config.changelog_markdown)
        for target in config.notify:
            try:
                send(target, message)
            except NotifyError as exc:
                failed += 1
                line(f"failed  {target.shown}: {exc}")
                continue
            line(f"ok      {target.shown}")
        return 1 if failed else 0
    from monitor.store import lock_holder

    holder = lock_holder(config.snapshots)
    if holder is not None and holder.endswith(" watch"):
        line(f"monitor watch (pid {holder.split()[0]}) delivers the notifications; `monitor status` shows them")
        return 0
    outcomes = deliver_now(config, printer(warn or line, quiet=True))  # a failure goes where errors go
    for outcome in outcomes:
        state = "the rest waits for the next run (the failure is above)" if outcome.error else (
            "more wait (time ran out); run it again" if outcome.waiting else "nothing else waits")
        line(f"{outcome.target.shown}: {outcome.delivered} delivered; {state}")
    return 1 if any(o.error for o in outcomes) else 0  # cron (and its mail) must see a target that is down
