"""Benchmark issue 10's acceptance figures: `monitor` at N tracked documents of about 30 KB (default 10,000).

Builds N documents (variants of the seed chapter) in a temporary folder and measures, with the real daemon
(`python -m monitor watch`, debounce 0.3 s) and the real commands as subprocesses:

1. the start-up scan of N new documents: time until every entry is in changelog.jsonl, the time to the first
   entry, and the daemon's peak memory (VmHWM of the daemon and, separately, of its analysis workers);
2. storage per one-word edit: growth of changelog.jsonl + CHANGELOG.md + the index, per edit, against the
   changed paragraph's text;
3. `monitor log DOC`, `monitor status`, `monitor show DOC@v1`: wall time and peak memory of each;
4. save → changelog entry latency (p95 and max, in total and beyond the debounce), with nothing else running
   and while a full rescan runs (SIGHUP starts one);
5. `monitor scan` with nothing new (the daemon stopped): wall time and peak memory.

    .venv/bin/python bench/index_scale.py [--docs 10000] [--edits 40] [--debounce 0.3]

Targets (issue 10): start-up ≤ 120 s and ≤ 200 MB, first entry ≤ 10 s; ≤ 5 KB per edit beyond the changed
paragraph; log/status/show ≤ 0.3 s and ≤ 100 MB; no-op scan ≤ 3 s; save → entry p95 ≤ debounce + 100 ms,
also during a rescan. Prints numbers only; the tests assert behaviour, never timings.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "seeds" / "000_2193723a970063a4.txt").read_text(encoding="utf-8")
# As installed: bytecode is cached (PYTHONDONTWRITEBYTECODE would make every command compile monitor's
# modules from source, a quarter of a second on this machine).
ENV = {k: v for k, v in os.environ.items() if k not in ("MONITOR_CONFIG", "MONITOR_INDEX", "PYTHONDONTWRITEBYTECODE")}


def make_document(i: int, target: int = 30_000) -> str:
    """About `target` bytes: the seed chapter with a per-document marker in every paragraph's first line."""
    paras = [p for p in SEED.split("\n\n") if p.strip()]
    out: list[str] = []
    size = 0
    copy = 0
    while size < target:
        for n, p in enumerate(paras):
            text = f"{p} (Document {i}, part {copy}.{n}.)" if n % 3 == 0 else p
            out.append(text)
            size += len(text) + 2
            if size >= target:
                break
        copy += 1
    return "\n\n".join(out) + "\n"


def vm_hwm_mb(pid: int) -> float:
    try:
        m = re.search(r"VmHWM:\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text())
    except OSError:
        return 0.0
    return int(m.group(1)) / 1024 if m else 0.0


def cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_idle(pid: int, timeout: float = 120) -> None:
    """Until the daemon used no CPU for a second (its last rescan is over)."""
    deadline = time.monotonic() + timeout
    last = cpu_seconds(pid)
    while time.monotonic() < deadline:
        time.sleep(1.0)
        now = cpu_seconds(pid)
        if now - last < 0.02:
            return
        last = now


def descendants(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        if ppid == pid:
            child = int(entry.name)
            out += [child, *descendants(child)]
    return out


class PeakWatcher:
    """Samples the peak memory of a daemon and of its worker processes while it runs."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.workers = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            for child in descendants(self.pid):
                self.workers = max(self.workers, vm_hwm_mb(child))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


class JsonlTail:
    """The keys appended to changelog.jsonl, read incrementally."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = 0
        self.keys: list[str] = []

    def poll(self) -> int:
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            return 0
        if size > self.offset:
            with self.path.open("rb") as fh:
                fh.seek(self.offset)
                chunk = fh.read(size - self.offset)
            end = chunk.rfind(b"\n") + 1
            for line in chunk[:end].splitlines():
                m = re.match(rb'\{"key": "([^"]+)"', line)
                if m:
                    self.keys.append(m.group(1).decode())
            self.offset += end
        return len(self.keys)


def wait_for(condition: object, timeout: float, what: str, step: float = 0.002) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return
        time.sleep(step)
    raise SystemExit(f"timed out after {timeout:.0f}s waiting for {what}")


def measure(args: list[str], cwd: Path) -> tuple[float, float, int, str]:
    """(seconds, peak MB, exit status, stderr) of one command. The memory is GNU time's %M when it is there:
    wait4's ru_maxrss of a child forked from this process would count this process's own pages."""
    timer = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").exists() else None)
    prefix = [timer, "-f", "monitor-peak-kb %M"] if timer else []
    started = time.monotonic()
    proc = subprocess.Popen([*prefix, sys.executable, "-m", "monitor", *args], cwd=cwd, env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read().decode(errors="replace")
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.monotonic() - started
    peak = usage.ru_maxrss / 1024
    m = re.search(r"monitor-peak-kb (\d+)", err)
    if m:
        peak = int(m.group(1)) / 1024
        err = err.replace(m.group(0), "")
    return took, peak, os.waitstatus_to_exitcode(status), err


def storage(base: Path) -> int:
    """Bytes of changelog.jsonl, CHANGELOG.md and the index, its write-ahead log folded in first (the log's
    size is how much was written since the last checkpoint, not what is kept)."""
    import sqlite3

    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(base / "snapshots" / "index.sqlite3", timeout=30)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
    total = 0
    for path in (base / "changelog.jsonl", base / "CHANGELOG.md", *(base / "snapshots").glob("index.sqlite3*")):
        if path.exists():
            total += path.stat().st_size
    return total


def edit_latencies(seeds: Path, texts: list[str], tail: JsonlTail, picks: list[int], during: object = None
                   ) -> list[float]:
    """Save each picked document with one word changed; seconds from each save to its entry."""
    out = []
    for i in picks:
        if during is not None:
            during()  # type: ignore[operator]
        before = tail.poll()
        texts[i] = texts[i].replace("will ", "would ", 1) if "will " in texts[i] else texts[i].replace(
            "would ", "will ", 1)
        t0 = time.monotonic()
        (seeds / f"doc{i:05d}.txt").write_text(texts[i], encoding="utf-8")
        wait_for(lambda before=before: tail.poll() > before, 120, f"the entry of doc{i:05d}")
        out.append(time.monotonic() - t0)
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * (len(ordered) - 1) + 0.5))]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--edits", type=int, default=40)
    parser.add_argument("--debounce", type=float, default=0.3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="monitor-scale-") as tmp:
        base = Path(tmp)
        seeds = base / "seeds"
        seeds.mkdir()
        (base / "config.yaml").write_text(
            f"roots: [seeds]\nsnapshots: snapshots\ndebounce_seconds: {args.debounce}\nrescan_minutes: 60\n")
        texts = [make_document(i) for i in range(args.docs)]
        then = time.time() - 60  # saved a minute ago: nothing waits for the quiet period at start-up
        for i, text in enumerate(texts):
            path = seeds / f"doc{i:05d}.txt"
            path.write_text(text, encoding="utf-8")
            os.utime(path, (then, then))
        size_kb = sum(len(t.encode()) for t in texts) / len(texts) / 1024
        print(f"{args.docs} documents of {size_kb:.1f} KB on average; debounce {args.debounce}s")

        log = (base / "daemon.log").open("w")
        tail = JsonlTail(base / "changelog.jsonl")
        started = time.monotonic()
        daemon = subprocess.Popen([sys.executable, "-m", "monitor", "watch"], cwd=base, env=ENV,
                                  stdout=subprocess.DEVNULL, stderr=log)
        peak = PeakWatcher(daemon.pid)
        try:
            wait_for(lambda: tail.poll() >= 1, 600, "the first entry", step=0.01)
            first = time.monotonic() - started
            wait_for(lambda: tail.poll() >= args.docs, 3600, "the start-up scan", step=0.05)
            took = time.monotonic() - started
            print(f"start-up scan: {took:.1f} s for {args.docs} new documents (target ≤ 120 s); first entry after "
                  f"{first:.1f} s (target ≤ 10 s)")
            print(f"  peak memory: daemon {vm_hwm_mb(daemon.pid):.0f} MB (target ≤ 200 MB), an analysis worker "
                  f"{peak.workers:.0f} MB")
            time.sleep(2.0)

            picks = [(k * 7919) % args.docs for k in range(args.edits)]
            changed = [next(p for p in texts[i].split("\n\n") if "will " in p or "would " in p) for i in picks]
            paragraph = sum(len(p.encode()) * 2 + 1 for p in changed) / len(changed)  # its old and new text
            before = storage(base)
            quiet = edit_latencies(seeds, texts, tail, picks)
            time.sleep(1.0)
            grown = (storage(base) - before) / len(picks)
            print(f"storage per one-word edit: {grown / 1024:.1f} KB (changelog.jsonl + CHANGELOG.md + index); the "
                  f"changed paragraph's old and new text: {paragraph / 1024:.1f} KB (target ≤ 5 KB plus that, "
                  f"{5 + paragraph / 1024:.1f} KB)")
            print(f"save → entry, nothing else running ({len(quiet)} saves): p95 {percentile(quiet, 0.95) * 1000:.0f}"
                  f" ms, max {max(quiet) * 1000:.0f} ms; beyond the debounce p95 "
                  f"{(percentile(quiet, 0.95) - args.debounce) * 1000:.0f} ms (target ≤ 100 ms)")

            def rescan() -> None:
                daemon.send_signal(signal.SIGHUP)  # a reload starts a full rescan
                time.sleep(0.2)

            busy = edit_latencies(seeds, texts, tail, [(p + 1) % args.docs for p in picks], during=rescan)
            print(f"save → entry during a full rescan ({len(busy)} saves): p95 {percentile(busy, 0.95) * 1000:.0f} "
                  f"ms, max {max(busy) * 1000:.0f} ms; beyond the debounce p95 "
                  f"{(percentile(busy, 0.95) - args.debounce) * 1000:.0f} ms (target ≤ 100 ms)")

            wait_idle(daemon.pid)  # the commands are timed beside an idle daemon, as an analyst runs them
            doc = "seeds__doc00000.txt"
            for command in (["log", doc], ["status"], ["show", f"{doc}@v1"], ["log"]):
                measure(command, base)  # the first run writes the bytecode cache, as an install's first run does
                secs, mb, status, err = measure(command, base)
                note = "" if status == 0 else f" (exit {status}: {err.strip()[:100]})"
                target = " (target ≤ 0.3 s, ≤ 100 MB)" if command != ["log"] else " (every document)"
                print(f"monitor {' '.join(command)}: {secs:.2f} s, {mb:.0f} MB{target}{note}")
        finally:
            peak.stop()
            daemon.send_signal(signal.SIGTERM)
            daemon.wait(timeout=30)
            log.close()
        for _ in range(2):  # the first run may still find the daemon's last writes to settle
            secs, mb, status, err = measure(["scan"], base)
        note = "" if status == 0 else f" (exit {status}: {err.strip()[:100]})"
        print(f"monitor scan with nothing new: {secs:.2f} s, {mb:.0f} MB (target ≤ 3 s){note}")
        print(f"changelog.jsonl {(base / 'changelog.jsonl').stat().st_size / 1e6:.1f} MB, CHANGELOG.md "
              f"{(base / 'CHANGELOG.md').stat().st_size / 1e6:.1f} MB, index "
              f"{sum(p.stat().st_size for p in (base / 'snapshots').glob('index.sqlite3*')) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
