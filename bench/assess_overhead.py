"""How much classification adds to `monitor diff` on a large pair: diff time with and without assessments.

Usage: python bench/assess_overhead.py [OLD NEW] [--repeat N] [--against REV]
Without files it generates the 10,000-paragraph pair with ../shared/bench/gen_pair.py into a temp folder.
Times are CPU seconds of this process (user + system: a busy shared machine distorts them far less than wall
time), the median of N runs after one untimed warm-up; the first classification (regex patterns compiled, tables
loaded) is printed on its own. With --against, the same measurement of git revision REV's `monitor` package
(extracted with git archive) runs in the same session, as the reference.
"""

from __future__ import annotations

import argparse
import json
import os
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


def _reference(rev: str, old_p: Path, new_p: Path, repeat: int) -> dict[str, float]:
    """measure() run on git revision `rev`'s monitor package, in a child process."""
    tree = Path(tempfile.mkdtemp(prefix="monitor-ref-"))
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "monitor"], check=True,
                             capture_output=True).stdout
    with tempfile.TemporaryFile() as tmp:
        tmp.write(archive)
        tmp.seek(0)
        with tarfile.open(fileobj=tmp) as tar:
            tar.extractall(tree, filter="data")
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
    rows = []
    if args.against:
        rows.append((args.against, _reference(args.against, old_p, new_p, args.repeat)))
    rows.append(("this tree", measure(old_p, new_p, args.repeat)))
    print(f"{'':12} {'without':>8} {'with':>8} {'overhead':>9} {'first':>8} {'ratio':>6}  (budget 1.30)")
    for name, r in rows:
        print(f"{name[:12]:12} {r['plain']:8.3f} {r['full']:8.3f} {r['full'] - r['plain']:9.3f} "
              f"{r['first'] - r['plain']:8.3f} {r['ratio']:6.3f}  {int(r['assessments'])} assessments")
    print("overhead: classification's median cost; first: the first classification's (with its set-up)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
