"""A time and memory budget for each document's analysis, enforced by running it in worker processes.

Diffing and classifying a version is pure computation on text nobody vetted: a pathological document must
not stall the daemon, hold up other documents or ignore SIGTERM. So `scan` hands each changelog entry's
computation to an `Analyser`: a few worker processes, each with an address-space limit, that are killed and
replaced when a job runs past its time budget or the analyser is closed. Only this module starts processes.

Workers start by forking: directly from a single-threaded command (`monitor scan`), through a fork server
from the daemon (forking a process that runs threads is unsafe). A job is a module-level function and its
arguments, both pickled; its result comes back pickled.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import resource
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, Literal

from monitor.errors import MonitorError

SLOW_AFTER = 1.0  # a job running longer than this no longer holds up other documents
BASE_WORKERS = 2
MAX_WORKERS = 6  # extra workers start only while every running job is slow
_PRELOAD = ["monitor.scan", "monitor.assess.classify", "monitor.align", "monitor.worddiff"]

JobState = Literal["queued", "running", "done", "failed"]


class TooComplex(MonitorError):
    """A document's analysis ran past its time or memory budget."""


@dataclass(eq=False)
class Job:
    """One computation handed to a worker; `result` or `error` once `done` is set."""

    key: str
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    id: int = 0
    state: JobState = "queued"
    started: float = 0.0
    result: Any = None
    error: MonitorError | None = None
    done: threading.Event = field(default_factory=threading.Event)

    def slow(self, now: float) -> bool:
        return self.state == "running" and now - self.started > SLOW_AFTER


class _Worker:
    def __init__(self, ctx: Any, memory_bytes: int) -> None:
        parent, child = ctx.Pipe()
        self.conn: Connection = parent
        self.process = ctx.Process(target=_worker_main, args=(child, memory_bytes), name="monitor-analyse",
                                   daemon=True)
        self.process.start()
        child.close()
        self.job: Job | None = None

    def kill(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.process.kill()
        with contextlib.suppress(OSError, ValueError):
            self.process.join(timeout=1.0)
        with contextlib.suppress(OSError):
            self.conn.close()


class Analyser:
    """Runs jobs in worker processes under a per-job time budget and a per-process memory budget.

    Thread-safe: `submit` from any thread; a pump thread hands out jobs, collects results and enforces the
    budget. `on_done(job)` is called (on the pump thread) when a job finishes. `close()` kills every worker
    at once: nothing they hold needs saving, since only the caller writes anything.
    """

    def __init__(self, seconds: float, memory_mb: int, *, on_done: Callable[[Job], None] | None = None) -> None:
        self.seconds = seconds
        self.memory_bytes = memory_mb * 1024 * 1024
        self.on_done = on_done
        self._lock = threading.Condition()
        self._finished = threading.Condition()  # notified whenever a job finishes
        self._queue: list[Job] = []
        self._jobs: dict[str, Job] = {}
        self._workers: list[_Worker] = []
        self._ids = itertools.count(1)
        self._closed = False
        self._thread: threading.Thread | None = None
        self._wake_r, self._wake_w = os.pipe()
        self._ctx: Any = None

    # ------------------------------------------------------------------------------------------ interface
    def submit(self, key: str, fn: Callable[..., Any], *args: Any) -> Job:
        """Queue `fn(*args)` under `key`; the job already queued or finished under that key if there is one."""
        with self._lock:
            if self._closed:
                raise MonitorError("the analyser is closed")
            job = self._jobs.get(key)
            if job is not None:
                return job
            job = Job(key, fn, args, id=next(self._ids))
            self._jobs[key] = job
            self._queue.append(job)
            if self._thread is None:
                self._thread = threading.Thread(target=self._pump, name="monitor-analyser", daemon=True)
                self._thread.start()
        self._wake()
        return job

    def wait_any(self, jobs: list[Job], timeout: float) -> bool:
        """Wait up to `timeout` seconds for one of `jobs` to finish; whether one has."""
        with self._finished:
            return self._finished.wait_for(lambda: any(j.done.is_set() for j in jobs), timeout)

    def only_slow(self, jobs: list[Job]) -> bool:
        """Whether every unfinished job of `jobs` is slow: running past SLOW_AFTER, or queued while every
        worker the analyser may start is busy with a slow job."""
        now = time.monotonic()
        with self._lock:
            saturated = len(self._workers) >= MAX_WORKERS and all(
                w.job is not None and w.job.slow(now) for w in self._workers)
            return all(j.slow(now) or (j.state == "queued" and saturated) for j in jobs if not j.done.is_set())

    def forget(self, key: str) -> None:
        """Drop a finished job's record (its result has been used)."""
        with self._lock:
            job = self._jobs.get(key)
            if job is not None and job.done.is_set():
                del self._jobs[key]

    def close(self) -> None:
        """Kill every worker now and fail the jobs not finished."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._wake()
        if self._thread is not None:
            self._thread.join(timeout=2.0)
        with self._lock:
            for worker in self._workers:
                worker.kill()
            self._workers.clear()
            for job in self._jobs.values():
                if not job.done.is_set():
                    job.state, job.error = "failed", MonitorError("stopped before the analysis finished")
                    job.done.set()
        with self._finished:
            self._finished.notify_all()
        for fd in (self._wake_r, self._wake_w):
            with contextlib.suppress(OSError):
                os.close(fd)

    def __enter__(self) -> Analyser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------------------------------ the pump
    def _wake(self) -> None:
        with contextlib.suppress(OSError):
            os.write(self._wake_w, b"x")

    def _context(self) -> Any:
        if self._ctx is None:
            if threading.active_count() <= 2:  # the caller and this pump: forking is safe and fast
                self._ctx = multiprocessing.get_context("fork")
            else:
                self._ctx = multiprocessing.get_context("forkserver")
                self._ctx.set_forkserver_preload(_PRELOAD)
        return self._ctx

    def _pump(self) -> None:
        while True:
            with self._lock:
                if self._closed:
                    return
                self._dispatch()
                conns: list[Any] = [w.conn for w in self._workers if w.job is not None]
                running = [w for w in self._workers if w.job is not None]
                deadline = min((w.job.started + self.seconds for w in running if w.job), default=None)
            timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
            if self._queue and running:
                timeout = min(timeout if timeout is not None else SLOW_AFTER, SLOW_AFTER / 4)
            ready = wait([*conns, self._wake_r], timeout=timeout)
            if self._wake_r in ready:
                with contextlib.suppress(OSError):
                    os.read(self._wake_r, 4096)
            finished: list[Job] = []
            with self._lock:
                if self._closed:
                    return
                for worker in list(self._workers):
                    job = worker.job
                    if job is None:
                        continue
                    if worker.conn in ready:
                        finished.append(self._receive(worker, job))
                    elif time.monotonic() - job.started > self.seconds:
                        self._retire(worker)
                        job.state = "failed"
                        job.error = TooComplex(f"more than {self.seconds:g} s")
                        job.done.set()
                        finished.append(job)
            if finished:
                with self._finished:
                    self._finished.notify_all()
            for job in finished:
                if self.on_done is not None:
                    self.on_done(job)

    def _dispatch(self) -> None:
        """Start queued jobs on idle workers, starting workers while under the limits (lock held)."""
        now = time.monotonic()
        while self._queue:
            idle = next((w for w in self._workers if w.job is None), None)
            if idle is None:
                busy = [w for w in self._workers if w.job is not None]
                if len(self._workers) < BASE_WORKERS or (
                        len(self._workers) < MAX_WORKERS and all(w.job and w.job.slow(now) for w in busy)):
                    try:
                        idle = _Worker(self._context(), self.memory_bytes)
                    except OSError as exc:
                        job = self._queue.pop(0)
                        job.state, job.error = "failed", MonitorError(f"cannot start an analysis process ({exc})")
                        job.done.set()
                        continue
                    self._workers.append(idle)
                else:
                    return
            job = self._queue.pop(0)
            try:
                idle.conn.send((job.id, job.fn, job.args))
            except (OSError, ValueError):
                self._retire(idle)
                self._queue.insert(0, job)
                continue
            job.state, job.started = "running", time.monotonic()
            idle.job = job

    def _receive(self, worker: _Worker, job: Job) -> Job:
        try:
            _id, status, payload = worker.conn.recv()
        except (EOFError, OSError):
            code = worker.process.exitcode
            self._retire(worker)
            job.state = "failed"
            job.error = TooComplex(f"more than {self.memory_bytes >> 20} MB of memory" if code is None or code < 0
                                   else f"the analysis process died (exit status {code})")
            job.done.set()
            return job
        worker.job = None
        if status == "ok":
            job.state, job.result = "done", payload
        else:
            job.state = "failed"
            if status == "memory":
                self._retire(worker)  # an allocation failed somewhere: start afresh
                job.error = TooComplex(f"more than {self.memory_bytes >> 20} MB of memory")
            elif status == "user":
                job.error = MonitorError(payload)
            else:
                job.error = MonitorError(f"cannot compute the diff ({payload}); this is a bug in monitor — "
                                         "please report it")
        job.done.set()
        return job

    def _retire(self, worker: _Worker) -> None:
        worker.kill()
        worker.job = None
        with contextlib.suppress(ValueError):
            self._workers.remove(worker)


def _worker_main(conn: Connection, memory_bytes: int) -> None:
    """A worker: run jobs until the pipe closes, under an address-space limit."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it kills us
    # A forked worker holds copies of the parent's descriptors: the store's lock among them, and the other
    # end of its own pipe. Close them all, so a parent killed with -9 leaves no lock held and the pipe's
    # end-of-file reaches us; and ask Linux to kill us when the parent dies.
    keep = conn.fileno()
    os.closerange(3, keep)
    os.closerange(keep + 1, _max_fd())
    _die_with_parent()
    with contextlib.suppress(ValueError, OSError):
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = _address_space() + memory_bytes
        if hard == resource.RLIM_INFINITY or limit < hard:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        except MemoryError:
            # The job itself past the budget while it is read in (its arguments unpickled, a pattern in them
            # compiled): the worker's job, whatever its id, is too big (the parent reads the status, not the id).
            conn.send((None, "memory", None))
            continue
        job_id, fn, args = message
        try:
            reply: tuple[int, str, Any] = (job_id, "ok", fn(*args))
        except MemoryError:
            reply = (job_id, "memory", None)
        except MonitorError as exc:
            reply = (job_id, "user", str(exc))
        except Exception as exc:  # deliberate: a bug on one document is reported, the worker lives on
            reply = (job_id, "bug", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(reply)
        except MemoryError:
            conn.send((job_id, "memory", None))


def _max_fd() -> int:
    try:
        return int(os.sysconf("SC_OPEN_MAX"))
    except (OSError, ValueError):
        return 1024


def _die_with_parent() -> None:
    """prctl(PR_SET_PDEATHSIG, SIGKILL) on Linux; elsewhere the closed pipe ends the worker."""
    import ctypes
    import signal

    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent died before the call took effect
            os._exit(0)


def _address_space() -> int:
    """This process's current virtual memory size in bytes (0 when it cannot be read)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:  # noqa: PTH123
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0
