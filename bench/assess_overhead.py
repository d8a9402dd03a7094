"""How much classification adds to `monitor diff` on a large pair: diff time with and without assessments.

Usage: python bench/assess_overhead.py [OLD NEW] [--repeat N]
Without files it generates the 10,000-paragraph pair with ../shared/bench/gen_pair.py into a temp folder.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from monitor.config import default_config
from monitor.pipeline import compare, load_document, sha256
from monitor.report import VersionRef

GEN = Path(__file__).resolve().parents[2] / "shared" / "bench" / "gen_pair.py"


def _time_diff(old_b: bytes, new_b: bytes, assess: bool) -> tuple[float, int]:
    """Seconds for one full diff from bytes (decode, segment, align, word diff, optionally classify)."""
    config = default_config()
    t0 = time.perf_counter()
    old = load_document(old_b, "old", config)
    new = load_document(new_b, "new", config)
    report = compare(old, new, config, VersionRef("old", None, sha256(old_b)), VersionRef("new", None, sha256(new_b)),
                     assess=assess)
    return time.perf_counter() - t0, len(report.assessments)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if args.files:
        old_p, new_p = args.files
    else:
        out = Path(tempfile.mkdtemp(prefix="monitor-bench-"))
        subprocess.run([sys.executable, str(GEN), "10000", str(out)], check=True)
        old_p, new_p = out / "old.txt", out / "new.txt"
    old_b, new_b = old_p.read_bytes(), new_p.read_bytes()
    plain = min(_time_diff(old_b, new_b, assess=False)[0] for _ in range(args.repeat))
    runs = [_time_diff(old_b, new_b, assess=True) for _ in range(args.repeat)]
    full = min(t for t, _ in runs)
    print(f"pair: {old_p} ({len(old_b) / 1e6:.1f} MB) -> {new_p} ({len(new_b) / 1e6:.1f} MB)")
    print(f"diff without classification: {plain:.3f} s")
    print(f"diff with classification:    {full:.3f} s ({runs[0][1]} assessments)")
    print(f"classification overhead:     {full - plain:.3f} s, ratio {full / plain:.3f} (budget 1.30)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
