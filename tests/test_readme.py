"""The README's walkthrough, run as written in a fresh clone: what a new user does in their first ten minutes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, seed_as_shipped

# The judgment line of the entry: severity, kind, direction (topics between), then what moved.
FLAG = re.compile(r"\*\*🔴 High\*\* · likelihood · down .*— likelihood down two bands: "
                  r"'will probably' → 'is unlikely to'")


def walkthrough_blocks(readme: str) -> list[str]:
    """The ```sh blocks of the README's walkthrough section, in order, exactly as a reader copies them."""
    section = readme.split("\n## One-minute walkthrough\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^```sh\n(.*?)^```$", section, flags=re.MULTILINE | re.DOTALL)


def _run(block: str, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("MONITOR_CONFIG", "MONITOR_INDEX", "VIRTUAL_ENV", "PYTHONPATH", "MAKEFLAGS", "MAKELEVEL")}
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep)
                                  if not p.startswith(str(ROOT)))  # the clone's .venv, never this checkout's
    return subprocess.run(["bash", "-c", block], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)


def _daemon_gone(clone: Path, timeout: float = 60) -> bool:
    """Wait for the walkthrough's daemon to have let go of the store (its lock file names no process)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = subprocess.run([str(clone / ".venv" / "bin" / "monitor"), "status"], cwd=clone,
                                capture_output=True, text=True, check=False)
        if "daemon:      not running" in status.stdout:
            return True
        time.sleep(0.2)
    return False


@pytest.mark.skipif(shutil.which("make") is None or shutil.which("git") is None, reason="needs make and git")
def test_the_readme_walkthrough_runs_as_written_in_a_fresh_clone(tmp_path: Path) -> None:
    """Both walkthrough blocks, copied from the README into a fresh clone, end with the likelihood flag in
    CHANGELOG.md: the daemon's block shows it after its sleep, the one-shot block diffs v1 and v2."""
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(clone)], check=True, timeout=120)
    readme = (clone / "README.md").read_text(encoding="utf-8")  # the committed README, as a new user gets it
    assert readme.startswith("# monitor\n\n```sh\nmake run ") and "\nmake test " in readme.split("\n\n", 3)[1]
    daemon_block, one_shot_block = walkthrough_blocks(readme)

    first = _run(daemon_block, clone)
    assert _daemon_gone(clone), "the walkthrough's `kill $!` did not stop the daemon"
    assert first.returncode == 0, first.stdout[-2000:] + first.stderr[-3000:]
    assert FLAG.search(first.stdout), first.stdout[-3000:] + first.stderr[-3000:]  # `head -30 CHANGELOG.md`
    assert FLAG.search((clone / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert "Traceback" not in first.stderr

    # The one-shot block, from the state of a fresh clone (the venv kept: `make install` finds it up to date).
    subprocess.run(["git", "checkout", "--quiet", "--", "seeds"], cwd=clone, check=True)
    subprocess.run(["git", "clean", "--quiet", "-fdx", "-e", ".venv", "--", "snapshots", "CHANGELOG.md",
                    "changelog.jsonl"], cwd=clone, check=True)
    second = _run(one_shot_block, clone)
    assert "Traceback" not in second.stderr and "monitor: " not in second.stderr.replace(
        "monitor: no new versions", ""), second.stderr
    assert re.search(r"^v2 .*judgments: 1 high", second.stdout, flags=re.MULTILINE), second.stdout[-3000:]
    assert '"kind": "likelihood"' in second.stdout and "is unlikely to launch" in second.stdout
    assert FLAG.search((clone / "CHANGELOG.md").read_text(encoding="utf-8"))


def test_the_tests_read_the_seed_chapter_as_shipped_after_the_walkthrough_edits_it(tmp_path: Path) -> None:
    """The walkthrough edits seeds/ in place; `make test` after it must read the chapter as committed (a real git
    repository here), not as the user left it — and the working copy itself where the two are the same."""
    (tmp_path / "seeds").mkdir()
    chapter = tmp_path / "seeds" / "chapter.txt"
    chapter.write_text("Russia will probably launch a furious offensive.\n", encoding="utf-8")
    for argv in (["init", "-q"], ["add", "seeds"], ["-c", "user.name=t", "-c", "user.email=t@example.org", "commit",
                                                    "-q", "-m", "seed"]):
        subprocess.run(["git", "-C", str(tmp_path), *argv], check=True, capture_output=True)
    assert seed_as_shipped(tmp_path, "chapter.txt") == chapter
    chapter.write_text("Russia is unlikely to launch a furious offensive.\n", encoding="utf-8")
    shipped = seed_as_shipped(tmp_path, "chapter.txt")
    assert shipped != chapter and "will probably launch" in shipped.read_text(encoding="utf-8")
