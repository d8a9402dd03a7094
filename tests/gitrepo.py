"""Real git repositories in temporary folders for the review tests: commits, branches, renames, histories."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Analyst", "GIT_AUTHOR_EMAIL": "analyst@example.org",
    "GIT_COMMITTER_NAME": "Analyst", "GIT_COMMITTER_EMAIL": "analyst@example.org",
    "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull,
}


def git(repo: Path, *args: str, data: bytes | None = None) -> str:
    """Run git in `repo` with a fixed identity and no user config; fail the test on an error."""
    proc = subprocess.run(["git", *args], cwd=repo, input=data, capture_output=True, check=False,
                          env={**os.environ, **GIT_ENV})
    if proc.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed: {proc.stderr.decode()}")
    return proc.stdout.decode()


def init(repo: Path) -> Path:
    repo.mkdir(parents=True, exist_ok=True)
    git(repo, "init", "-q", "-b", "main")
    return repo


def commit(repo: Path, files: dict[str, bytes | str | None], message: str) -> str:
    """Write (or, for None, delete) files, commit them all, and return the commit's sha."""
    for name, content in files.items():
        path = repo / name
        if content is None:
            git(repo, "rm", "-q", "--", name)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        git(repo, "add", "--", name)
    git(repo, "commit", "-q", "--allow-empty", "-m", message)
    return git(repo, "rev-parse", "HEAD").strip()


def history(repo: Path, path: str, versions: Iterable[tuple[str, bytes]]) -> list[str]:
    """Commit successive versions of one file in a single `git fast-import` run; return the commit shas.

    `versions` are (label, content) pairs in order; each commit's message is its label and its date
    is a day after the previous one, so the history is deterministic and fast to build.
    """
    stream = bytearray()
    t0 = 757_382_400  # 1994-01-01
    count = 0
    for i, (label, content) in enumerate(versions):
        when = t0 + i * 86_400
        msg = label.encode()
        stream += b"blob\nmark :%d\ndata %d\n%s\n" % (2 * i + 1, len(content), content)
        stream += b"commit refs/heads/main\nmark :%d\n" % (2 * i + 2)
        stream += b"committer Analyst <analyst@example.org> %d +0000\n" % when
        stream += b"data %d\n%s\n" % (len(msg), msg)
        if i:
            stream += b"from :%d\n" % (2 * i)
        stream += b"M 100644 :%d %s\n\n" % (2 * i + 1, path.encode())
        count += 1
    git(repo, "fast-import", "--quiet", data=bytes(stream))
    git(repo, "reset", "-q", "--hard", "main")
    log = git(repo, "rev-list", "--reverse", "main").split()
    assert len(log) == count
    return log


MONITOR = Path(sys.executable).parent / "monitor"


def monitor(*args: str | os.PathLike[str], cwd: Path, env: dict[str, str] | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run the installed `monitor` console script in `cwd`, as CI would, capturing its output."""
    full = {**os.environ, **(env or {})}
    full.pop("MONITOR_CONFIG", None)
    return subprocess.run([str(MONITOR), *map(str, args)], cwd=cwd, env=full, capture_output=True, text=True,
                          timeout=timeout, check=False)
