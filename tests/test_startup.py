"""Start-up of `monitor diff` on small files: what a run loads, and that the fast path for short pairs is exact."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.fuzz import ratio

from monitor.align import GROUP_MIN, MODIFIED_MIN, MOVED_MIN, SMALL_CELLS, _small_ratio

# Run as the console script does, then list every module the process had loaded when it exited.
_RUN_AND_LIST = """
import atexit, json, sys
listing = sys.argv.pop(1)
atexit.register(lambda: open(listing, "w").write(json.dumps(sorted(sys.modules))))
from monitor.cli import main
main(prog_name="monitor")
"""

# Libraries and modules that serve other commands or other inputs: a diff of two small text files needs none.
HEAVY = (
    "rapidfuzz",  # paragraph similarity of large gaps (align.py scores small pairs itself)
    "yaml",  # config.yaml: there is none here, and the packaged defaults are read from their JSON form
    "subprocess",  # the pager (output is not a terminal) and git refs
    "sqlite3", "psycopg", "monitor.index",  # the history index
    "monitor.history_cli", "monitor.history", "monitor.store", "monitor.scan", "monitor.changelog", "monitor.importer",
    "monitor.sinks", "apprise",  # notifications
    "monitor.daemon", "watchdog", "apscheduler",
    "monitor.review", "monitor.readers.pdf", "monitor.readers.html", "monitor.readers.docx",
    "pypdfium2", "trafilatura", "docx", "charset_normalizer",
    "monitor.cli_store", "monitor.cli_review",  # the other commands: click builds only the one named
    "hashlib", "_hashlib",  # OpenSSL: two short files are hashed by CPython's own SHA-256 (digest.py)
)


def test_a_diff_of_two_small_files_loads_no_library_it_does_not_use(tmp_path: Path) -> None:
    """`monitor diff a.txt b.txt` on two short files reports the changed judgment without loading the index,
    notifications, the daemon, YAML, rapidfuzz or subprocess, so it starts about as fast as Python and click."""
    (tmp_path / "a.txt").write_text("A paragraph.\n\nIt is likely to rise.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("A paragraph.\n\nIt is unlikely to rise.\n", encoding="utf-8")
    listing = tmp_path / "modules.json"
    env = {k: v for k, v in os.environ.items() if k not in ("MONITOR_CONFIG", "MONITOR_INDEX", "PAGER")}
    proc = subprocess.run([sys.executable, "-c", _RUN_AND_LIST, str(listing), "diff", "a.txt", "b.txt"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 1, proc.stderr  # differences found
    assert "likelihood down" in proc.stdout, proc.stdout
    loaded = set(json.loads(listing.read_text(encoding="utf-8")))
    assert "monitor.align" in loaded and "monitor.assess.classify" in loaded  # the listing is of a real run
    unwanted = sorted(m for m in loaded if m in HEAVY or m.startswith(tuple(f"{h}." for h in HEAVY)))
    assert not unwanted, f"loaded by a diff of two small files: {unwanted}"


_WORDS = st.lists(st.sampled_from("abcdefg"), max_size=40)


@settings(max_examples=3000, deadline=None)
@given(_WORDS, _WORDS, st.sampled_from((None, MODIFIED_MIN, MOVED_MIN, GROUP_MIN)), st.booleans())
def test_short_pairs_score_exactly_as_rapidfuzz(a: list[str], b: list[str], least: float | None,
                                                 as_text: bool) -> None:
    """A diff of short paragraphs aligns them exactly as before: the score alignment computes itself for small
    pairs is rapidfuzz's ratio to the last bit, with and without each cut-off alignment uses."""
    assert len(a) * len(b) <= SMALL_CELLS
    left: str | list[str] = "".join(a) if as_text else a
    right: str | list[str] = "".join(b) if as_text else b
    if least is None:
        assert _small_ratio(left, right) == ratio(left, right)
    else:
        cut = least * 100.0 - 1e-6  # as align.py passes it
        assert _small_ratio(left, right, cut) == ratio(left, right, score_cutoff=cut)


def _tiny_diff(cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", "from monitor.cli import main; main(prog_name='monitor')", "diff",
                           "a.txt", "b.txt", "--format", "json"], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=60, check=False)


def test_compiled_cache_gives_exactly_what_compiling_gives(tmp_path: Path) -> None:
    """The second run of a diff reads dataclasses' methods and the regular expressions from the cache the first
    wrote (codecache.py), reports the same, and every cached entry is what compiling its text again gives: the
    same code object, the same pattern (program, flags, groups and group names)."""
    import re

    from monitor import codecache

    codecache.install()  # as the command line does (idempotent)

    (tmp_path / "a.txt").write_text("A paragraph.\n\nIt is likely to rise.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("A paragraph.\n\nIt is unlikely to rise.\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items()
           if k not in ("MONITOR_CONFIG", "MONITOR_INDEX", "PAGER", "PYTHONDONTWRITEBYTECODE")}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path / "pycache")  # a cache of this test's own, beside its bytecode
    first, second = _tiny_diff(tmp_path, env), _tiny_diff(tmp_path, env)
    assert first.returncode == second.returncode == 1, first.stderr + second.stderr
    assert first.stdout == second.stdout and "likelihood down" in first.stdout
    (cache,) = (tmp_path / "pycache").rglob("compiled.*.marshal")
    codes, programs = codecache._read(cache)
    assert len(codes) > 100 and len(programs) > 20  # dataclasses' methods; the patterns a diff uses
    for text, code in codes.items():
        assert compile(text, "<string>", "exec", dont_inherit=True) == code
    compiler = sys.modules["re._compiler"]
    original = codecache._re[2] if codecache._re else compiler.compile
    for (pattern, flags), program in programs.items():
        expected, cached = original(pattern, flags), compiler._sre.compile(pattern, *program)
        assert cached == expected and isinstance(cached, re.Pattern)
        assert (cached.flags, cached.groups, cached.groupindex) == (expected.flags, expected.groups,
                                                                     expected.groupindex)


def test_compiled_cache_is_not_written_without_bytecode(tmp_path: Path) -> None:
    """With PYTHONDONTWRITEBYTECODE set, as for .pyc files, a run writes no cache (and still reports)."""
    (tmp_path / "a.txt").write_text("It is likely to rise.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("It is unlikely to rise.\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("MONITOR_CONFIG", "MONITOR_INDEX", "PAGER")}
    env.update(PYTHONPYCACHEPREFIX=str(tmp_path / "pycache"), PYTHONDONTWRITEBYTECODE="1")
    proc = _tiny_diff(tmp_path, env)
    assert proc.returncode == 1 and "likelihood down" in proc.stdout, proc.stderr
    assert not list(tmp_path.rglob("compiled.*.marshal"))


def test_a_cached_pattern_is_the_pattern() -> None:
    """Patterns compiled through the cache, with names, flags, lookarounds, bytes and a verbose layout, match as
    re's own: a cache hit builds the same pattern object (equal, same groups)."""
    import re

    from monitor import codecache

    codecache.install()  # as the command line does (idempotent)

    if not codecache._re:
        return  # an interpreter whose re is not patched: nothing to compare
    compiler = sys.modules["re._compiler"]
    cases: list[tuple[str | bytes, int]] = [
        (r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(\d\d))?", 0), (r"(?<![.!?])([.!?]++)(?=\S)", 0),
        (r"likely|unlikely", re.IGNORECASE), (rb"[\x80-\xff]+", 0), ("a # comment\n b", re.VERBOSE),
        (r"^\s*Page \d+ of \d+\s*$", re.MULTILINE | re.ASCII),
    ]
    for pattern, flags in cases:
        first = codecache._cached_re_compile(pattern, flags)  # compiled (or read), then kept
        again = codecache._cached_re_compile(pattern, flags)  # from the table
        expected = codecache._re[2](pattern, flags)
        assert first == again == expected
        assert (again.flags, again.groups, again.groupindex) == (expected.flags, expected.groups, expected.groupindex)
        assert type(again) is type(compiler.compile("", 0))


def test_a_damaged_cache_entry_is_compiled_afresh() -> None:
    """An entry _sre refuses (a damaged cache file) is compiled again, not an error."""
    from monitor import codecache

    codecache.install()  # as the command line does (idempotent)

    if not codecache._re:
        return
    pattern = r"(?P<word>damaged)\s+entry"
    codecache._programs[(pattern, 0)] = (0, [1, 2, 3], 7, {"word": 1}, (None, "word"))
    compiled = codecache._cached_re_compile(pattern, 0)
    assert compiled == codecache._re[2](pattern, 0) and compiled.groupindex == {"word": 1}
    assert compiled.match("damaged  entry") is not None


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2048), st.sampled_from((0, 1, 64 * 1024, 256 * 1024 - 1, 256 * 1024, 256 * 1024 + 1)))
def test_a_digest_is_hashlibs_at_every_size(head: bytes, size: int) -> None:
    """A version's SHA-256 in a report is the standard one, whether CPython's own SHA-256 computed it (short
    inputs, without loading OpenSSL) or hashlib's (longer ones)."""
    import hashlib

    from monitor.digest import sha256

    data = head + bytes(range(256)) * (size // 256) + bytes(size % 256)
    assert sha256(data) == hashlib.sha256(data).hexdigest()


def test_a_diff_reads_a_compiled_cache_of_its_own(tmp_path: Path) -> None:
    """What other commands compile is kept apart from what `monitor diff` reads at every start, so a diff's start-up
    does not grow with every command and configuration run before it."""
    (tmp_path / "a.txt").write_text("It is likely to rise.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("It is unlikely to rise.\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items()
           if k not in ("MONITOR_CONFIG", "MONITOR_INDEX", "PAGER", "PYTHONDONTWRITEBYTECODE")}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path / "pycache")
    assert _tiny_diff(tmp_path, env).returncode == 1
    (diff_cache,) = (tmp_path / "pycache").rglob("compiled.*.marshal")
    written = diff_cache.read_bytes()
    packs = subprocess.run([sys.executable, "-c", "from monitor.cli import main; main(prog_name='monitor')", "packs"],
                           cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert packs.returncode == 0, packs.stderr
    tag = sys.implementation.cache_tag
    assert sorted(p.name for p in (tmp_path / "pycache").rglob("compiled.*.marshal")) == [
        f"compiled.{tag}.marshal", f"compiled.diff.{tag}.marshal"]
    assert diff_cache.read_bytes() == written
