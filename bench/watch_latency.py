"""Benchmark `monitor watch`: save-to-changelog latency over 1,000 watched documents, idle CPU, peak memory.

Creates N documents of about 40 KB (variants of the seed chapter) in a temporary folder, starts the real
daemon (`python -m monitor watch`) on them, waits for its start-up scan to snapshot them all, then edits
the documents one at a time (one sentence changed per save) and times each save until its entry is in
changelog.jsonl. Prints the latency beyond the debounce (median, 95th percentile), the daemon's CPU time
while nothing changes for 30 s, and its peak resident memory.

    .venv/bin/python bench/watch_latency.py [--docs 1000] [--edits 1000] [--debounce 0.3] [--idle 30]

Targets: p95 < 300 ms beyond the debounce for a 40 KB document, idle CPU < 1% of a core, memory < 200 MB.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "seeds" / "000_2193723a970063a4.txt").read_text(encoding="utf-8")
TICKS = os.sysconf("SC_CLK_TCK")


def make_document(i: int, target: int = 40_000) -> str:
    """About `target` bytes: the seed repeated with a per-document, per-copy marker so no two are alike."""
    parts = []
    copy = 0
    while sum(len(p) for p in parts) < target:
        parts.append(SEED.replace("Chapter 8", f"Chapter {8 + copy} of document {i}"))
        copy += 1
    return "\n\n".join(parts)


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def peak_rss_mb(pid: int) -> float:
    m = re.search(r"VmHWM:\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text())
    return int(m.group(1)) / 1024 if m else float("nan")


class JsonlTail:
    """Counts lines appended to changelog.jsonl, reading only what is new."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = 0
        self.lines = 0

    def poll(self) -> int:
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            return self.lines
        if size > self.offset:
            with self.path.open("rb") as fh:
                fh.seek(self.offset)
                chunk = fh.read(size - self.offset)
            end = chunk.rfind(b"\n") + 1
            self.lines += chunk[:end].count(b"\n")
            self.offset += end
        return self.lines


def wait_for(condition: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return
        time.sleep(0.002)
    raise SystemExit(f"timed out after {timeout:.0f}s waiting for {what}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=1000)
    parser.add_argument("--debounce", type=float, default=0.3)
    parser.add_argument("--idle", type=float, default=30.0)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="monitor-bench-") as tmp:
        base = Path(tmp)
        seeds = base / "seeds"
        seeds.mkdir()
        (base / "config.yaml").write_text(
            f"roots: [seeds]\nsnapshots: snapshots\ndebounce_seconds: {args.debounce}\nrescan_minutes: 10\n")
        texts = []
        for i in range(args.docs):
            text = make_document(i)
            texts.append(text)
            (seeds / f"doc{i:04d}.txt").write_text(text, encoding="utf-8")
        size_kb = sum(len(t.encode()) for t in texts) / len(texts) / 1024
        print(f"{args.docs} documents of {size_kb:.1f} KB on average; debounce {args.debounce}s")

        env = {k: v for k, v in os.environ.items() if k != "MONITOR_CONFIG"}
        log = (base / "daemon.log").open("w")
        daemon = subprocess.Popen([sys.executable, "-m", "monitor", "watch"], cwd=base, env=env,
                                  stdout=subprocess.DEVNULL, stderr=log)
        tail = JsonlTail(base / "changelog.jsonl")
        try:
            started = time.monotonic()
            wait_for(lambda: tail.poll() >= args.docs, 1800, "the start-up scan")
            print(f"start-up scan of {args.docs} new documents: {time.monotonic() - started:.1f}s")
            time.sleep(1.0)

            latencies = []
            for n in range(args.edits):
                i = n % args.docs
                path = seeds / f"doc{i:04d}.txt"
                before = tail.poll()
                texts[i] = texts[i].replace("will not agree", "will agree", 1) if "will not agree" in texts[i] \
                    else texts[i].replace("will agree", "will not agree", 1)
                t0 = time.monotonic()
                path.write_text(texts[i], encoding="utf-8")
                wait_for(lambda before=before: tail.poll() > before, 60, f"the entry of edit {n}")
                latencies.append(time.monotonic() - t0 - args.debounce)
            latencies.sort()
            median = statistics.median(latencies) * 1000
            p95 = latencies[int(0.95 * (len(latencies) - 1))] * 1000
            print(f"save-to-changelog latency beyond the debounce over {len(latencies)} edits: "
                  f"median {median:.0f} ms, p95 {p95:.0f} ms, max {latencies[-1] * 1000:.0f} ms")

            time.sleep(2.0)  # let the last write settle
            cpu0, wall0 = cpu_seconds(daemon.pid), time.monotonic()
            time.sleep(args.idle)
            cpu1, wall1 = cpu_seconds(daemon.pid), time.monotonic()
            idle_pct = (cpu1 - cpu0) / (wall1 - wall0) * 100
            print(f"idle for {wall1 - wall0:.0f}s: {cpu1 - cpu0:.2f}s CPU = {idle_pct:.2f}% of one core")
            print(f"peak memory (VmHWM) of the daemon: {peak_rss_mb(daemon.pid):.0f} MB")
            jsonl_mb = (base / "changelog.jsonl").stat().st_size / 1e6
            md_mb = (base / "CHANGELOG.md").stat().st_size / 1e6
            print(f"changelog.jsonl {jsonl_mb:.1f} MB, CHANGELOG.md {md_mb:.1f} MB")
        finally:
            daemon.send_signal(signal.SIGTERM)
            daemon.wait(timeout=10)
            log.close()


if __name__ == "__main__":
    main()
