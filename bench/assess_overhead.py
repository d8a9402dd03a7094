"""How much classification adds to `monitor diff` on a large pair: diff time with and without assessments.

Usage: python bench/assess_overhead.py [OLD NEW] [--repeat N] [--against REV]
Without files it generates the 10,000-paragraph pair with ../shared/bench/gen_pair.py into a temp folder.
Times are CPU seconds (user + system: a busy shared machine distorts them far less than wall time), medians of N
runs after one untimed warm-up, measured two ways:

- per process, the figure a user sees: the `monitor diff … --format json` command run whole, N times each with and
  without classification (the command as installed, with its bytecode and compile cache; classification is turned
  off by a launcher that replaces `monitor.pipeline.assess_changes` with one that returns nothing). Each run pays
  the classifier's import and its first use, as every `monitor diff` does.
- in process: the diff from bytes repeated in this process, the classifier's caches cleared between runs; the
  first classification (regex patterns compiled, tables loaded) is printed on its own.

With --against, the same measurements of git revision REV's `monitor` package (extracted with git archive) run in
the same session, as the reference.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GEN = ROOT.parent / "shared" / "bench" / "gen_pair.py"


def _forget() -> None:
    """Drop the classifier's per-sentence caches (functools caches in monitor.assess): a `monitor diff` classifies
    once per process, so a repeated run here must not find the sentences of the previous one already read."""
    for name, module in list(sys.modules.items()):
        if name.startswith("monitor.assess") and module is not None:
            for obj in list(vars(module).values()):
                clear = getattr(obj, "cache_clear", None)
                if callable(clear) and getattr(obj, "__name__", "") != "raw":  # raw(): the lexicon file, read once
                    clear()


def _time_diff(old_b: bytes, new_b: bytes, assess: bool) -> tuple[float, int]:
    """CPU seconds for one full diff from bytes (decode, segment, align, word diff, optionally classify), with the
    classifier's caches as a new process finds them."""
    _forget()
    from monitor.config import default_config
    from monitor.digest import sha256
    from monitor.pipeline import compare, load_document
    from monitor.report import VersionRef

    config = default_config()
    t0 = time.process_time()
    old = load_document(old_b, "old", config)
    new = load_document(new_b, "new", config)
    report = compare(old, new, config, VersionRef("old", None, sha256(old_b)), VersionRef("new", None, sha256(new_b)),
                     assess=assess)
    return time.process_time() - t0, len(report.assessments)


def measure(old_p: Path, new_p: Path, repeat: int) -> dict[str, float]:
    """Median CPU seconds with and without classification, the first classified run's, and the ratio."""
    old_b, new_b = old_p.read_bytes(), new_p.read_bytes()
    _time_diff(old_b, new_b, assess=False)  # warm-up: imports and patterns of everything but the classifier
    first, count = _time_diff(old_b, new_b, assess=True)
    # Runs with and without alternate, so that a change in the machine's load falls on both alike.
    runs = [(_time_diff(old_b, new_b, assess=False)[0], _time_diff(old_b, new_b, assess=True)[0])
            for _ in range(repeat)]
    plain = statistics.median(p for p, _ in runs)
    full = statistics.median(f for _, f in runs)
    return {"plain": plain, "full": full, "first": first, "assessments": count, "ratio": full / plain}


# `monitor diff` as installed, with classification on ("1") or off ("0"): its own start-up, then the command.
_LAUNCHER = """
import sys
assess = sys.argv.pop(1) == "1"
import monitor.launch as launch
policy = launch.startup_policy
def startup_policy():
    policy()
    if not assess:
        import monitor.pipeline
        monitor.pipeline.assess_changes = lambda changes, config: ()
launch.startup_policy = startup_policy
sys.argv[0] = "monitor"
launch.main()
"""


def _command_cpu(args: list[str], env: dict[str, str], cwd: Path) -> float:
    """CPU seconds (user + system) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(args, env=env, cwd=cwd, check=False, stdout=subprocess.DEVNULL)
    if done.returncode not in (0, 1):  # (1: the versions differ)
        raise SystemExit(f"assess_overhead: {' '.join(args[3:5])} … exited with {done.returncode}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure_processes(old_p: Path, new_p: Path, repeat: int, path: Path) -> dict[str, float]:
    """Median CPU seconds of the whole `monitor diff` command of the monitor package in folder `path`, with and
    without classification, and the ratio."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # (as installed: bytecode kept)
    env["PYTHONPATH"] = str(path)
    def run(assess: bool) -> float:
        # (the report goes to the null device; run in the pair's folder, so no project's config.yaml is read: the
        # defaults, as in process)
        return _command_cpu([sys.executable, "-c", _LAUNCHER, "1" if assess else "0", "diff", str(old_p.resolve()),
                             str(new_p.resolve()), "--format", "json"], env, old_p.resolve().parent)
    run(False), run(True)  # warm-up: bytecode and the compile cache written
    runs = [(run(False), run(True)) for _ in range(repeat)]
    plain = statistics.median(p for p, _ in runs)
    full = statistics.median(f for _, f in runs)
    return {"plain": plain, "full": full, "ratio": full / plain}


def _extract(rev: str) -> Path:
    """Git revision `rev`'s monitor package, extracted into a temp folder (returned)."""
    tree = Path(tempfile.mkdtemp(prefix="monitor-ref-"))
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "monitor"], check=True,
                             capture_output=True).stdout
    with tempfile.TemporaryFile() as tmp:
        tmp.write(archive)
        tmp.seek(0)
        with tarfile.open(fileobj=tmp) as tar:
            tar.extractall(tree, filter="data")
    return tree


def _reference(tree: Path, old_p: Path, new_p: Path, repeat: int) -> dict[str, float]:
    """measure() run on the monitor package in `tree`, in a child process."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    out = subprocess.run([sys.executable, __file__, str(old_p), str(new_p), "--repeat", str(repeat), "--json"],
                         env=env, check=True, capture_output=True, text=True).stdout
    result: dict[str, float] = json.loads(out)
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--against", metavar="REV", help="also measure this git revision (e.g. main) as the reference")
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.files:
        old_p, new_p = args.files
    else:
        out = Path(tempfile.mkdtemp(prefix="monitor-bench-"))
        subprocess.run([sys.executable, str(GEN), "10000", str(out)], check=True)
        old_p, new_p = out / "old.txt", out / "new.txt"
    if args.json:
        print(json.dumps(measure(old_p, new_p, args.repeat)))
        return 0
    print(f"pair: {old_p} ({old_p.stat().st_size / 1e6:.1f} MB) -> {new_p} ({new_p.stat().st_size / 1e6:.1f} MB)")
    print("CPU seconds, median of", args.repeat)
    tree = _extract(args.against) if args.against else None
    print("per process (monitor diff --format json, run whole):")
    print(f"{'':12} {'without':>8} {'with':>8} {'overhead':>9} {'ratio':>6}  (budget 1.30)")
    procs = []
    if tree is not None:
        procs.append((args.against, measure_processes(old_p, new_p, args.repeat, tree)))
    procs.append(("this tree", measure_processes(old_p, new_p, args.repeat, ROOT)))
    for name, r in procs:
        print(f"{name[:12]:12} {r['plain']:8.3f} {r['full']:8.3f} {r['full'] - r['plain']:9.3f} {r['ratio']:6.3f}")
    print("in process (the diff from bytes, repeated):")
    rows = []
    if tree is not None:
        rows.append((args.against, _reference(tree, old_p, new_p, args.repeat)))
    rows.append(("this tree", measure(old_p, new_p, args.repeat)))
    print(f"{'':12} {'without':>8} {'with':>8} {'overhead':>9} {'first':>8} {'ratio':>6}")
    for name, r in rows:
        print(f"{name[:12]:12} {r['plain']:8.3f} {r['full']:8.3f} {r['full'] - r['plain']:9.3f} "
              f"{r['first'] - r['plain']:8.3f} {r['ratio']:6.3f}  {int(r['assessments'])} assessments")
    print("overhead: classification's median cost; first: the first classification's (with its set-up)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
