"""Time `monitor review` over the FOMC history: one commit per statement, each revision reviewed in turn.

Usage: python bench/review_fomc.py [--cli] [--corpus ../shared/corpora/fomc]

Builds a throwaway git repository (one file, statement.txt, one commit per statement in date order),
then reviews every commit against its parent: in-process (git reads, load_document, compare with
assessments, Markdown comment) by default, or through the installed `monitor review` command with
--cli (adds interpreter start-up per revision). Prints total, median, p90 and the slowest revisions.
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
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "fomc"
GIT_ENV = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull}


def build_repo(corpus: Path, repo: Path) -> tuple[list[str], list[str]]:
    """One commit per statement via a single `git fast-import`; returns (labels, commit shas)."""
    files = sorted(corpus.glob("*.txt"))
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True, env=GIT_ENV)
    stream = bytearray()
    for i, f in enumerate(files):
        data = f.read_bytes()
        msg = f.stem.encode()
        stream += b"blob\nmark :%d\ndata %d\n%s\n" % (2 * i + 1, len(data), data)
        stream += b"commit refs/heads/main\nmark :%d\n" % (2 * i + 2)
        stream += b"committer Bench <bench@example.org> %d +0000\n" % (757_382_400 + i * 86_400)
        stream += b"data %d\n%s\n" % (len(msg), msg)
        if i:
            stream += b"from :%d\n" % (2 * i)
        stream += b"M 100644 :%d statement.txt\n\n" % (2 * i + 1)
    subprocess.run(["git", "fast-import", "--quiet"], cwd=repo, input=bytes(stream), check=True, env=GIT_ENV)
    subprocess.run(["git", "reset", "-q", "--hard", "main"], cwd=repo, check=True, env=GIT_ENV)
    shas = subprocess.run(["git", "rev-list", "--reverse", "main"], cwd=repo, check=True, capture_output=True,
                          text=True).stdout.split()
    return [f.stem for f in files], shas


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--cli", action="store_true", help="run the installed `monitor review` per revision")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"{args.corpus}: FOMC corpus not found (expected ../shared beside the repository)", file=sys.stderr)
        return 2

    from monitor.config import load_config
    from monitor.review import render_markdown, review

    config = load_config(ROOT / "config.yaml")
    with tempfile.TemporaryDirectory() as tmp:
        repo = Path(tmp) / "fomc"
        t0 = time.perf_counter()
        labels, shas = build_repo(args.corpus, repo)
        print(f"built {len(shas)} commits in {time.perf_counter() - t0:.2f} s")
        monitor = Path(sys.executable).parent / "monitor"
        times: list[tuple[float, str, int, int]] = []
        for i in range(1, len(shas)):
            start = time.perf_counter()
            if args.cli:
                proc = subprocess.run([str(monitor), "--config", str(ROOT / "config.yaml"), "review", "--base",
                                       shas[i - 1], "--head", shas[i], "--format", "markdown"],
                                      cwd=repo, capture_output=True, text=True, check=False)
                if proc.returncode not in (0, 1):
                    print(f"{labels[i]}: {proc.stderr.strip()}", file=sys.stderr)
                    return 2
                size, flagged = len(proc.stdout), -1
            else:
                rv = review(repo, shas[i - 1], shas[i], config)
                size = len(render_markdown(rv))
                flagged = sum(rv.assessment_counts.values())
            times.append((time.perf_counter() - start, labels[i], size, flagged))

    secs = [t for t, *_ in times]
    mode = "monitor review (CLI, per process)" if args.cli else "review + Markdown comment (in-process)"
    print(f"{mode}: {len(secs)} revisions")
    print(f"  total   {sum(secs):8.2f} s")
    print(f"  median  {statistics.median(secs) * 1000:8.1f} ms")
    print(f"  p90     {statistics.quantiles(secs, n=10)[-1] * 1000:8.1f} ms")
    print(f"  max     {max(secs) * 1000:8.1f} ms")
    print("  slowest:")
    for t, label, size, flagged in sorted(times, reverse=True)[:5]:
        extra = f", {flagged} assessments" if flagged >= 0 else ""
        print(f"    {label}  {t * 1000:7.1f} ms  ({size:,} chars{extra})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
