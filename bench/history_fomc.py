"""Time issue 11's figures on the full FOMC series: import 160 statements, then `monitor history` and `blame`.

Usage: python bench/history_fomc.py [--corpus ../shared/corpora/fomc] [--keep DIR]

Makes a throwaway project (config.yaml with `packs: [central-bank]`), runs the installed `monitor` as a user
would: `monitor import fomc <corpus>/*.txt`, then `monitor history fomc --topic "policy rate" --format json`,
`monitor history fomc --format html`, and `monitor blame fomc@latest --format json`, each twice (the first
history judges the restated pairs once and keeps them in the store; the second is what a user sees after).
Prints each time and checks the three acceptance changes (2007-09-18 down, 2008-12-16 down, 2015-12-16 up).
Targets: import ≤ 60 s, history ≤ 1 s.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "fomc"
MONITOR = Path(sys.executable).parent / "monitor"


def run(base: Path, *args: str) -> tuple[float, str]:
    start = time.monotonic()
    proc = subprocess.run([str(MONITOR), *args], cwd=base, capture_output=True, text=True, check=False)
    took = time.monotonic() - start
    if proc.returncode != 0:
        sys.exit(f"monitor {' '.join(args[:3])} failed: {proc.stderr.strip()}")
    return took, proc.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--keep", type=Path, default=None, help="build the project here and keep it")
    opts = parser.parse_args()
    files = sorted(str(p) for p in opts.corpus.glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        base = opts.keep or Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        (base / "docs").mkdir(exist_ok=True)
        (base / "config.yaml").write_text("roots: [docs]\npacks: [central-bank]\n", encoding="utf-8")
        took, out = run(base, "import", "fomc", *files)
        print(f"import of {len(files)} statements: {took:.2f} s  ({out.strip()})")
        for label, args in (("history --topic 'policy rate' --format json",
                             ("history", "fomc", "--topic", "policy rate", "--format", "json")),
                            ("history --format html", ("history", "fomc", "--format", "html")),
                            ("history (text, all changes)", ("history", "fomc")),
                            ("blame fomc@latest --format json", ("blame", "fomc@latest", "--format", "json"))):
            first, _ = run(base, *args)
            second, out = run(base, *args)
            print(f"{label}: {second:.2f} s (first run {first:.2f} s)")
            if args[1:4] == ("fomc", "--topic", "policy rate"):
                data = json.loads(out)
                for day, words, want in (("2007-09-18", "lower its target", "down"),
                                         ("2008-12-16", "0 to 1/4 percent", "down"),
                                         ("2015-12-16", "raise the target range", "up")):
                    got = [c["direction"] for c in data["changes"] if c["date"] == day and words in (c["after"] or "")]
                    print(f"  {day} {words!r}: {got[0] if got else 'MISSING'} (want {want})")


if __name__ == "__main__":
    main()
