"""A real PostgreSQL server for the tests, in a temporary data directory on a free port (initdb + pg_ctl).

Found on PATH, then in Debian's /usr/lib/postgresql/*/bin (`apt-get install postgresql`). initdb refuses to
run as root, so as root the server runs as `nobody` (through runuser). When no server can be started, the
reason is returned and the PostgreSQL half of the tests is skipped with it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

USER = "monitor"


def _binaries() -> tuple[str, str] | None:
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb and pg_ctl:
        return initdb, pg_ctl
    for folder in sorted((str(p) for p in Path("/usr/lib/postgresql").glob("*/bin")), reverse=True):
        if os.access(f"{folder}/initdb", os.X_OK) and os.access(f"{folder}/pg_ctl", os.X_OK):
            return f"{folder}/initdb", f"{folder}/pg_ctl"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def server() -> Iterator[tuple[str | None, str]]:
    """(URL, "") of a running server, stopped at the end; (None, why) when none could be started."""
    found = _binaries()
    if found is None:
        yield None, "no PostgreSQL server binaries (initdb, pg_ctl): apt-get install postgresql"
        return
    initdb, pg_ctl = found
    prefix: list[str] = []
    if os.getuid() == 0:
        runuser = shutil.which("runuser")
        if runuser is None:
            yield None, "running as root and runuser is missing: initdb cannot run as root"
            return
        prefix = [runuser, "-u", "nobody", "--"]
    base = Path(tempfile.mkdtemp(prefix="monitor-pg-"))
    data, sockets = base / "data", base / "sock"
    sockets.mkdir()
    if prefix:
        for path in (base, sockets):
            os.chown(path, 65534, 65534)
        base.chmod(0o755)
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    log = base / "server.log"
    try:
        made = subprocess.run([*prefix, initdb, "-D", str(data), "-U", USER, "--auth=trust", "-E", "UTF8",
                               "--no-sync"], capture_output=True, text=True, env=env, check=False, timeout=120)
        if made.returncode != 0:
            yield None, f"initdb failed: {(made.stderr or made.stdout).strip()[-300:]}"
            return
        # Test workers run side by side (pytest-xdist), each with its own server: a port found free may be taken
        # by another worker's server before this one binds it, so a failed start is tried again on a new port.
        for _attempt in range(3):
            port = _free_port()
            options = (f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off "
                       f"-c synchronous_commit=off -c max_connections=200")
            started = subprocess.run([*prefix, pg_ctl, "-D", str(data), "-o", options, "-l", str(log), "-w",
                                      "-t", "60", "start"], capture_output=True, text=True, env=env, check=False,
                                     timeout=120)
            if started.returncode == 0:
                break
        else:
            tail = log.read_text(errors="replace")[-300:] if log.exists() else started.stderr
            yield None, f"pg_ctl start failed: {tail.strip()}"
            return
        try:
            yield f"postgresql://{USER}@127.0.0.1:{port}/postgres", ""
        finally:
            subprocess.run([*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"], capture_output=True,
                           env=env, check=False, timeout=60)
    finally:
        shutil.rmtree(base, ignore_errors=True)
