"""Shared test fixtures: where the shared material is, and how to run the real `monitor` entry point."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def seed_as_shipped(root: Path, name: str) -> Path:
    """The seed chapter as committed. The README's walkthrough edits seeds/ in place ('will probably' → 'is unlikely
    to'), and `make test` after it must read the chapter as shipped, not as the user left it: where the working copy
    differs from HEAD's, HEAD's is written to a temporary file (removed at exit)."""
    working = root / "seeds" / name
    try:
        shipped = subprocess.run(["git", "-C", str(root), "show", f"HEAD:seeds/{name}"], capture_output=True,
                                 check=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return working  # (not a git checkout: the files are as shipped)
    if working.is_file() and working.read_bytes() == shipped:
        return working
    folder = Path(tempfile.mkdtemp(prefix="monitor-seed-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    (folder / name).write_bytes(shipped)
    return folder / name


SEED = seed_as_shipped(ROOT, "000_2193723a970063a4.txt")
CASES = SHARED / "eval" / "cases"
CORPORA = SHARED / "corpora"
MONITOR = Path(sys.executable).parent / "monitor"

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared (eval cases, corpora) is not beside the repo")


def _keep_bytecode_for_subprocesses() -> None:
    """Let the hundreds of `monitor` and Python subprocesses the tests start reuse compiled bytecode.

    With PYTHONDONTWRITEBYTECODE in the environment (as on our CI machines) every one of them compiled monitor's
    modules from source again, and its start-up cache (monitor/codecache.py) was never written: ~0.4 s of CPU for
    a two-line `monitor diff` instead of ~0.15 s. Bytecode goes to a folder of this test run (PYTHONPYCACHEPREFIX),
    not into the checkout, and is removed at its end. Set here, at import, so pytest-xdist's workers inherit it;
    tests that are about bytecode writing (tests/test_startup.py) set their own environment."""
    if not os.environ.get("PYTHONDONTWRITEBYTECODE") or os.environ.get("PYTHONPYCACHEPREFIX"):
        return
    folder = tempfile.mkdtemp(prefix="monitor-tests-pycache-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    os.environ.pop("PYTHONDONTWRITEBYTECODE")
    os.environ["PYTHONPYCACHEPREFIX"] = folder


_keep_bytecode_for_subprocesses()


def run_monitor(*args: str | os.PathLike[str], cwd: Path | None = None, env: dict[str, str] | None = None,
                timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run the installed `monitor` console script, as a user would, and capture its output."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("MONITOR_CONFIG", None)
    return subprocess.run([str(MONITOR), *map(str, args)], cwd=cwd, env=full_env, capture_output=True,
                          text=True, timeout=timeout, check=False)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """The URL of a real PostgreSQL server started for this test session (skips, saying why, if none can be)."""
    from tests.pgserver import server

    with server() as (url, why):
        if url is None:
            pytest.skip(f"PostgreSQL index tests skipped: {why}")
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def index_backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Runs a test once with the SQLite index in the store and once with a shared PostgreSQL index
    ($MONITOR_INDEX, which subprocesses inherit). Each store has its own id, so tests share one server."""
    if request.param == "postgresql":
        monkeypatch.setenv("MONITOR_INDEX", request.getfixturevalue("postgres_url"))
    else:
        monkeypatch.delenv("MONITOR_INDEX", raising=False)
    return str(request.param)


# The test files that take longest (minutes, on a loaded 2-CPU machine: the scored genre sets, the README's fresh
# clone with its `make install`, the migration killed at every step, the hostile texts), longest first.
SLOWEST_FILES = ("test_eval_genres.py", "test_readme.py", "test_ids.py", "test_hostile.py")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """With pytest-xdist (`make test`'s parallel phase), start the slowest files first.

    Workers take whole files in collection order (--dist loadfile): the README's fresh-clone walkthrough, last in
    alphabetical order, kept one worker busy for two minutes after the other had run out of files. Only the order
    in which files start changes, the same on every worker; a run without xdist keeps the usual order."""
    if getattr(config.option, "numprocesses", None) is None and "PYTEST_XDIST_WORKER" not in os.environ:
        return
    rank = {name: i for i, name in enumerate(SLOWEST_FILES)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: each file's own order is kept
