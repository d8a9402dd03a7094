#!/usr/bin/env python3
"""Benchmark `monitor diff --format json` against `git diff --no-index --word-diff` on the same pairs.

Generates revision pairs of 100, 1,000 and 10,000 paragraphs with ../shared/bench/gen_pair.py and
prints, for each, the median wall time and peak memory of both commands measured in this run, and
their ratio. Targets on the 10,000-paragraph pair (4.4 MB): under 1.0 s, at most 25x git's time,
under 300 MB, and time growing no faster than linearly from 1,000 to 10,000 paragraphs.

Usage: python bench/diff_speed.py [--runs N] [--sizes 100,1000,10000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GEN = ROOT.parent / "shared" / "bench" / "gen_pair.py"
MONITOR = Path(sys.executable).parent / "monitor"


def measure(argv: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of one run of argv; output discarded."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"{argv[0]} failed with exit {code}: {proc.stderr.read().decode() if proc.stderr else ''}")
    return wall, usage.ru_maxrss / 1024


def bench(argv: list[str], runs: int) -> tuple[float, float]:
    measure(argv)  # warm the page cache and the interpreter's bytecode cache
    samples = [measure(argv) for _ in range(runs)]
    return statistics.median(s[0] for s in samples), max(s[1] for s in samples)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sizes", default="100,1000,10000")
    args = ap.parse_args()
    if not GEN.is_file():
        print(f"{GEN}: not found; run from a checkout with ../shared beside it", file=sys.stderr)
        return 2
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            out = Path(tmp) / str(n)
            subprocess.run([sys.executable, str(GEN), str(n), str(out)], check=True)
            old, new = out / "old.txt", out / "new.txt"
            size_kb = new.stat().st_size / 1024
            m_time, m_mem = bench([str(MONITOR), "diff", str(old), str(new), "--format", "json"], args.runs)
            g_time, g_mem = bench(["git", "diff", "--no-index", "--word-diff", str(old), str(new)], args.runs)
            rows.append((n, size_kb, m_time, m_mem, g_time, g_mem))
    print(f"{'paragraphs':>10} {'size':>9} {'monitor s':>10} {'monitor MB':>10} {'git s':>8} {'git MB':>7} "
          f"{'ratio':>6}")
    for n, size_kb, m_time, m_mem, g_time, g_mem in rows:
        print(f"{n:>10,} {size_kb:>7.0f}KB {m_time:>10.3f} {m_mem:>10.1f} {g_time:>8.3f} {g_mem:>7.1f} "
              f"{m_time / g_time:>5.1f}x")
    by_n = {r[0]: r[2] for r in rows}
    if 1000 in by_n and 10000 in by_n:
        print(f"growth 1,000 -> 10,000 paragraphs: {by_n[10000] / by_n[1000]:.1f}x time for 10x size")
    return 0


if __name__ == "__main__":
    sys.exit(main())
