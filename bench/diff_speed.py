#!/usr/bin/env python3
"""Benchmark `monitor diff --format json` against `git diff --no-index --word-diff` on the same pairs.

Plain pairs come from ../shared/bench/gen_pair.py (1,000, 10,000 and 30,000 paragraphs: 430 KB, 4.4 MB, 13 MB:
2 % of the paragraphs edited, a few deleted, inserted and moved). The worst cases of issue 13 are generated here,
each at two or three sizes:

- edited:   every paragraph of a gen_pair document has one word changed;
- shuffled: the same paragraphs in a random order;
- huge:     one paragraph of 0.5, 1 and 2 MB on one line, every 50th word changed;
- wrapped:  the same paragraph hard-wrapped at 78 columns;
- pool:     50,000 and 100,000 short paragraphs drawn from a pool of 200 lines, edited as gen_pair edits.

For each pair it prints the median CPU seconds (user + system of the child process, which a busy shared machine
distorts far less than wall time) and the peak memory of both commands measured in this run, their ratio, the
growth exponent of monitor's time between the two largest sizes of each case (1.0 is linear), and the count of
`modified` rows whose two texts are equal (a wrong report, which must be 0). Then the two tiny files: the CPU time
of a whole `monitor diff` process. Issue 13's acceptance: the 4.4 MB and 13 MB pairs at most 8x git and 120 MB;
tiny files at most 0.08 s; every worst case at most 3x the plain 4.4 MB pair and growing with exponent <= 1.15.

Usage: python bench/diff_speed.py [--runs N] [--cases plain,edited,shuffled,huge,wrapped,pool,tiny] [--quick]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import statistics
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GEN = SHARED / "bench" / "gen_pair.py"
SEED = SHARED / "seeds" / "000_2193723a970063a4.txt"
MONITOR = Path(sys.executable).parent / "monitor"
CASES = ("plain", "edited", "shuffled", "huge", "wrapped", "pool", "tiny")


@dataclass(frozen=True)
class Sample:
    """One measured command: median CPU seconds, peak resident MB."""

    cpu: float
    mb: float


# Commands run in this folder (set in main to a temporary one): no project config.yaml, as a first run would.
WORKDIR: list[Path] = []


# The warm-up run writes the bytecode cache an installed monitor has: with PYTHONDONTWRITEBYTECODE set (as in some
# sandboxes), every module edited since its .pyc was written would be compiled again on every timed run.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


# GNU time starts each command from a small process: a child forked from this one would count this process's
# memory as its own peak (the peak survives exec).
TIME = Path("/usr/bin/time")


def measure(argv: list[str], stdout: int | None = subprocess.DEVNULL) -> tuple[float, float, bytes]:
    """CPU seconds (user + system) and peak resident memory (MB) of one run of argv, and its output if kept."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        wrapped = [str(TIME), "-f", "%U %S %M", "-o", report.name, *argv] if TIME.is_file() else argv
        proc = subprocess.Popen(wrapped, stdout=stdout, stderr=subprocess.PIPE, cwd=WORKDIR[0] if WORKDIR else None,
                                env=ENV)
        out = proc.stdout.read() if proc.stdout else b""
        err = proc.stderr.read() if proc.stderr else b""
        _, status, usage = os.wait4(proc.pid, 0)
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            raise SystemExit(f"{' '.join(argv)} failed with exit {code}: {err.decode(errors='replace')[-500:]}")
        cpu = usage.ru_utime + usage.ru_stime  # GNU time's own (about a millisecond) and its child's, in µs
        if TIME.is_file():
            return cpu, int(report.read().split()[-1]) / 1024, out
    return cpu, usage.ru_maxrss / 1024, out


def bench(argv: list[str], runs: int) -> Sample:
    measure(argv)  # warm the page cache and the interpreter's bytecode cache
    samples = [measure(argv)[:2] for _ in range(runs)]
    return Sample(statistics.median(s[0] for s in samples), max(s[1] for s in samples))


def identical_modified(old: Path, new: Path) -> int:
    """How many `modified` rows of monitor's report have equal old and new texts (each one a wrong report)."""
    _, _, out = measure([str(MONITOR), "diff", str(old), str(new), "--format", "json"], stdout=subprocess.PIPE)
    report = json.loads(out)
    return sum(1 for p in report["paragraphs"] if p["op"] == "modified" and p["old_text"] == p["new_text"])


def _seed_paragraphs() -> list[str]:
    return [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def _write(out: Path, old: list[str], new: list[str], sep: str = "\n\n") -> tuple[Path, Path]:
    out.mkdir(parents=True, exist_ok=True)
    (out / "old.txt").write_text(sep.join(old) + "\n", encoding="utf-8")
    (out / "new.txt").write_text(sep.join(new) + "\n", encoding="utf-8")
    return out / "old.txt", out / "new.txt"


def gen_plain(n: int, out: Path) -> tuple[Path, Path]:
    subprocess.run([sys.executable, str(GEN), str(n), str(out)], check=True)
    return out / "old.txt", out / "new.txt"


def _upper_one(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    k = rng.randrange(len(words))
    words[k] = words[k].upper() if words[k].upper() != words[k] else words[k].lower()
    return " ".join(words)


def gen_edited(n: int, out: Path) -> tuple[Path, Path]:
    old_p, _ = gen_plain(n, out)
    old = old_p.read_text(encoding="utf-8").rstrip("\n").split("\n\n")
    rng = random.Random(13)
    return _write(out, old, [_upper_one(p, rng) for p in old])


def gen_shuffled(n: int, out: Path) -> tuple[Path, Path]:
    old_p, _ = gen_plain(n, out)
    old = old_p.read_text(encoding="utf-8").rstrip("\n").split("\n\n")
    new = list(old)
    random.Random(13).shuffle(new)
    return _write(out, old, new)


def _huge_words(megabytes: float) -> list[str]:
    words = " ".join(_seed_paragraphs()).split()
    out: list[str] = []
    size = 0
    k = 0
    while size < megabytes * 1_000_000:
        w = words[k % len(words)]
        out.append(w)
        size += len(w) + 1
        k += 1
    return out


def _huge_pair(megabytes: float) -> tuple[str, str]:
    old = _huge_words(megabytes)
    new = list(old)
    for k in range(0, len(new), 50):
        new[k] = new[k].upper() if new[k].upper() != new[k] else new[k] + "s"
    return " ".join(old), " ".join(new)


def gen_huge(megabytes: float, out: Path) -> tuple[Path, Path]:
    old, new = _huge_pair(megabytes)
    return _write(out, [old], [new])


def gen_wrapped(megabytes: float, out: Path) -> tuple[Path, Path]:
    old, new = _huge_pair(megabytes)
    wrap = textwrap.TextWrapper(width=78, break_long_words=False, break_on_hyphens=False)
    return _write(out, ["\n".join(wrap.wrap(old))], ["\n".join(wrap.wrap(new))])


def gen_pool(n: int, out: Path) -> tuple[Path, Path]:
    rng = random.Random(7)
    words = " ".join(_seed_paragraphs()).split()
    lines = {" ".join(words[k:k + 2 + k % 7]).rstrip(".,;:") for k in range(0, len(words), 3)}
    pool = sorted(f"{line[:1].upper()}{line[1:]}." for line in lines)[:200]
    old = [rng.choice(pool) for _ in range(n)]
    new = list(old)
    for i in rng.sample(range(n), n // 50):
        new[i] = _upper_one(new[i], rng)
    for i in sorted(rng.sample(range(len(new)), n // 200), reverse=True):
        del new[i]
    for i in rng.sample(range(len(new)), n // 200):
        new.insert(i, "NEW LINE " + rng.choice(pool))
    for _ in range(n // 200):
        p = new.pop(rng.randrange(len(new)))
        new.insert(rng.randrange(len(new)), p)
    return _write(out, old, new)


# case -> (generator, sizes, size label); sizes ascending, the exponent is taken between the last two.
SUITE: dict[str, tuple[Callable[..., tuple[Path, Path]], tuple[float, ...], str]] = {
    "plain": (gen_plain, (1000, 10000, 30000), "paragraphs"),
    "edited": (gen_edited, (5000, 10000), "paragraphs"),
    "shuffled": (gen_shuffled, (5000, 10000), "paragraphs"),
    "huge": (gen_huge, (0.5, 1, 2), "MB"),
    "wrapped": (gen_wrapped, (0.5, 1, 2), "MB"),
    "pool": (gen_pool, (50000, 100000), "paragraphs"),
}


def _size(x: float, unit: str) -> str:
    return f"{x:g} MB" if unit == "MB" else f"{int(x):,}"


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--runs", type=int, default=3, help="timed runs per command (the median is printed)")
    ap.add_argument("--cases", default=",".join(CASES), help=f"comma-separated subset of {','.join(CASES)}")
    ap.add_argument("--quick", action="store_true", help="only the largest two sizes of each case, one run")
    args = ap.parse_args()
    for needed in (GEN, SEED):
        if not needed.is_file():
            print(f"{needed}: not found; run from a checkout with ../shared beside it", file=sys.stderr)
            return 2
    wanted = [c.strip() for c in args.cases.split(",") if c.strip()]
    unknown = [c for c in wanted if c not in CASES]
    if unknown:
        print(f"unknown case {unknown[0]!r} (choose from {', '.join(CASES)})", file=sys.stderr)
        return 2
    runs = 1 if args.quick else args.runs
    print(f"{'case':>9} {'size':>9} {'file':>8} {'monitor s':>9} {'MB':>6} {'git s':>7} {'git MB':>6} "
          f"{'ratio':>6} {'same-text modified':>18}")
    results: dict[str, list[tuple[float, float, Sample, Sample]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        WORKDIR.append(Path(tmp))
        for case in wanted:
            if case == "tiny":
                continue
            gen, sizes, unit = SUITE[case]
            for size in sizes[-2:] if args.quick else sizes:
                old, new = gen(size, Path(tmp) / f"{case}-{size}")
                mb = new.stat().st_size / 1e6
                mon = bench([str(MONITOR), "diff", str(old), str(new), "--format", "json"], runs)
                git = bench(["git", "diff", "--no-index", "--word-diff", str(old), str(new)], runs)
                same = identical_modified(old, new)
                results.setdefault(case, []).append((size, mb, mon, git))
                print(f"{case:>9} {_size(size, unit):>9} {mb:>6.2f}MB {mon.cpu:>9.3f} {mon.mb:>6.1f} "
                      f"{git.cpu:>7.3f} {git.mb:>6.1f} {mon.cpu / max(git.cpu, 1e-3):>5.1f}x {same:>18}",
                      flush=True)
        if "tiny" in wanted:
            old, new = _write(Path(tmp) / "tiny", ["A paragraph.", "It is likely to rise."],
                              ["A paragraph.", "It is unlikely to rise."])
            mon = bench([str(MONITOR), "diff", str(old), str(new)], max(runs, 5))
            git = bench(["git", "diff", "--no-index", "--word-diff", str(old), str(new)], max(runs, 5))
            print(f"{'tiny':>9} {'2':>9} {'0.00MB':>8} {mon.cpu:>9.3f} {mon.mb:>6.1f} {git.cpu:>7.3f} "
                  f"{git.mb:>6.1f} {mon.cpu / max(git.cpu, 1e-3):>5.1f}x")
            tiny = mon
    print()
    plain = {r[0]: r for r in results.get("plain", [])}
    reference = plain.get(10000)
    for n in (10000, 30000):
        if n in plain:
            _, mb, mon, git = plain[n]
            print(f"acceptance: plain {mb:.1f} MB pair at {mon.cpu / git.cpu:.1f}x git (goal <= 8x), {mon.mb:.0f} MB "
                  "(goal <= 120 MB for the 4.4 MB pair)")
    if "tiny" in wanted:
        print(f"acceptance: two tiny files {tiny.cpu:.3f} s CPU for the whole process (goal <= 0.08 s)")
    for case, rows in results.items():
        if len(rows) >= 2:
            (s1, _, m1, _), (s2, _, m2, _) = rows[-2], rows[-1]
            exponent = math.log(m2.cpu / m1.cpu) / math.log(s2 / s1) if m1.cpu > 0 and m2.cpu > 0 else float("nan")
            line = f"acceptance: {case}: growth exponent {exponent:.2f} between the two largest sizes (goal <= 1.15)"
            if reference and case != "plain":
                line += f"; largest at {m2.cpu / reference[2].cpu:.1f}x the plain 4.4 MB pair (goal <= 3x)"
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
