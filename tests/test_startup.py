"""Start-up of `monitor diff` on small files: what a run loads, that the plain form of the command, run without click,
says and exits exactly as click's, and that the fast path for short pairs is exact."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.fuzz import ratio

from monitor.align import GROUP_MIN, MODIFIED_MIN, MOVED_MIN, SMALL_CELLS, _small_ratio

# Run as the console script does, then list every module the process had loaded (run) when it exited: a deferred
# module (monitor.launch.DEFERRED) that nothing used is in sys.modules without having run.
_RUN_AND_LIST = """
import atexit, json, sys
from types import ModuleType
listing = sys.argv.pop(1)
atexit.register(lambda: open(listing, "w").write(json.dumps(sorted(
    name for name, module in sys.modules.items() if type(module) is ModuleType or not isinstance(module, ModuleType)
    or type(module).__name__ != "_Deferred"))))
from monitor.launch import main
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
    "click",  # the plain form of `monitor diff` is read by monitor.launch; click parses every other command line
    "inspect", "ast", "dis", "tokenize",  # dataclasses', for a class without a docstring (monitor's all have one)
    "ipaddress",  # urllib.parse's (imported by pathlib) for IPv6 hosts only
    "copy", "weakref",  # dataclasses' for asdict() and astuple() only (copy imports weakref)
    "ntpath", "warnings",  # pathlib's for Windows paths and deprecated methods only
    "importlib",  # submodules are imported with __import__; importlib (with warnings) is not needed for it
    "threading", "datetime",  # the lexicon's lock is _thread's; a file's time is stamped with time.gmtime
    "typing",  # annotations only: each module imports its names `if TYPE_CHECKING:` (a fourteenth of a run)
)


def test_a_diff_of_two_small_files_loads_no_library_it_does_not_use(tmp_path: Path) -> None:
    """`monitor diff a.txt b.txt` on two short files reports the changed judgment without loading the index,
    notifications, the daemon, YAML, rapidfuzz, subprocess, click or inspect, so it starts about as fast as Python."""
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


def _named_tuples(module: Any, name: str) -> tuple[Any, Any]:
    """The class `name` of `module` as its typed declaration says (a typing.NamedTuple built from its annotated
    fields) and as the module makes it at run time (collections.namedtuple)."""
    import ast
    import typing

    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    (declared,) = [node for node in ast.walk(tree) if isinstance(node, ast.ClassDef) and node.name == name]
    body = [ast.unparse(a) for a in declared.body if isinstance(a, ast.AnnAssign)]
    namespace: dict[str, Any] = {"NamedTuple": typing.NamedTuple}
    exec(f"class {name}(NamedTuple):\n" + "".join(f"    {line}\n" for line in body), namespace)
    typed, made = namespace[name], getattr(module, name)
    assert typed._fields == made._fields and typed._field_defaults == made._field_defaults
    assert type(made).__mro__ == type(typed).__mro__ and made.__bases__ == typed.__bases__ == (tuple,)
    assert made.__module__ == module.__name__
    return typed, made


def test_paragraph_is_the_named_tuple_its_typed_declaration_says() -> None:
    """segment.Paragraph is made without typing (collections.namedtuple) and declared for type checkers as a
    typing.NamedTuple class: both have the same fields, in order, and the same defaults."""
    from monitor import segment

    typed, made = _named_tuples(segment, "Paragraph")
    assert made.__doc__ and made.__doc__.startswith("One logical paragraph")
    assert made(1, "t", None) == typed(1, "t", None) and repr(made(1, "t", None)) == repr(typed(1, "t", None))


def test_paragraph_change_is_the_named_tuple_its_typed_declaration_says() -> None:
    """report.ParagraphChange (a report row) is made without typing (collections.namedtuple) and declared for type
    checkers as a typing.NamedTuple class: the same fields, in order, and defaults; its `changed` says as before."""
    from monitor import report

    typed, made = _named_tuples(report, "ParagraphChange")
    assert made.__doc__ and made.__doc__.startswith("One row of")
    row = ("modified", (0,), (1,), None, "a", "b")
    assert made(*row) == typed(*row) and repr(made(*row)) == repr(typed(*row))
    assert made(*row).changed and not made("unchanged", (0,), (0,), None, "a", "a").changed
    assert not made("moved", (0,), (3,), None, "a", "a").changed
    assert made("moved", (0,), (3,), None, "a", "b", ()).changed


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
    codes, programs = codecache.decoded(cache)
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
    # An entry whose stored bytes marshal cannot read, or read as something else, is compiled afresh as well.
    for blob in (b"\xff\x00damaged", marshal.dumps([1, 2, 3])):
        other = rf"(?P<word>stored{len(blob)})\s+entry"
        codecache._stored_programs[(other, 0)] = blob
        assert codecache._cached_re_compile(other, 0) == codecache._re[2](other, 0)
        source = f"def stored{len(blob)}(): return {len(blob)}\n"
        codecache._stored_codes[source] = blob
        namespace: dict[str, Any] = {}
        codecache._cached_exec(source, namespace)
        assert namespace[f"stored{len(blob)}"]() == len(blob)


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


# Forms of `monitor diff` read by monitor.launch without click, and forms it leaves to click, run both ways.
_PLAIN_FORMS = [
    ["diff", "a.txt", "b.txt"], ["diff", "b.txt", "a.txt"], ["diff", "a.txt", "a.txt"],
    ["diff", "a.txt", "b.txt", "--format", "json"], ["diff", "a.txt", "b.txt", "--format=markdown"],
    ["diff", "a.txt", "b.txt", "--format", "html", "--config", "ok.yaml"],
    ["diff", "a.txt", "b.txt", "--config=ok.yaml", "--format", "text"],
    ["--config", "ok.yaml", "diff", "a.txt", "b.txt"],
    ["--config", "bad.yaml", "diff", "a.txt", "b.txt"], ["diff", "a.txt", "b.txt", "--config", "unknown_key.yaml"],
    ["diff", "a.txt", "missing.txt"], ["diff", "missing.txt", "b.txt", "--format", "json"], ["diff", "a.txt", "folder"],
    ["diff", "a.txt", "binary.dat"], ["diff", "a.txt", "escape.txt"],
    ["diff", "escape.txt", "a.txt", "--format", "json"],
    ["diff", "v1", "v2"], ["diff", "a.txt@v1", "b.txt"], ["diff", "HEAD:a.txt", "b.txt"], ["diff", "diff", "a.txt"],
]
_CLICK_FORMS = [
    ["diff", "a.txt", "b.txt", "--format", "xml"], ["diff", "a.txt", "b.txt", "--format"], ["diff", "a.txt"], ["diff"],
    ["diff", "a.txt", "b.txt", "--config", "missing.yaml"], ["diff", "a.txt", "b.txt", "--config", "folder"],
    ["--config", "folder", "diff", "a.txt", "b.txt"],
    ["--config", "ok.yaml", "diff", "a.txt", "b.txt", "--config", "bad.yaml"],
    ["diff", "a.txt", "b.txt", "--format", "json", "--format", "text"], ["diff", "a.txt", "b.txt", "c.txt"],
    ["diff", "a.txt", "b.txt", "-f", "json"], ["diff", "--format", "json", "a.txt", "b.txt"], ["diff", "-", "b.txt"],
    ["diff", "a.txt", "b.txt", "--fail-on", "high"], ["diff", "a.txt", "b.txt", "--help"], ["diff", "", "b.txt"],
    ["diff", "a.txt", "b.txt", "--bogus"], ["dif", "a.txt", "b.txt"], ["-C", ".", "diff", "a.txt", "b.txt"], [],
    ["diff", "a.txt", "b.txt", "--config="], ["--config", "ok.yaml"], ["diff", "--", "a.txt", "b.txt"],
]


def _project(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text("A paragraph.\n\nIt is likely to rise.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("A paragraph.\n\nIt is unlikely to rise.\n", encoding="utf-8")
    (tmp_path / "escape.txt").write_text("A \x1b[31mred\x1b[0m paragraph.\n\nIt is likely to rise.\n", encoding="utf-8")
    (tmp_path / "binary.dat").write_bytes(b"\xff\xfe\x00binary\x00")
    (tmp_path / "folder").mkdir()
    (tmp_path / "ok.yaml").write_text("roots: [seeds]\nsnapshots: snapshots\ntopics: {}\n", encoding="utf-8")
    (tmp_path / "bad.yaml").write_text("roots: [\n", encoding="utf-8")
    (tmp_path / "unknown_key.yaml").write_text("roots: [seeds]\nbogus: 1\n", encoding="utf-8")
    return tmp_path


def _run(entry: str, args: list[str], cwd: Path, extra_env: dict[str, str] | None = None) -> tuple[str, str, int]:
    env = {k: v for k, v in os.environ.items() if k not in ("MONITOR_CONFIG", "MONITOR_INDEX", "PAGER", "NO_COLOR")}
    env.update(extra_env or {})
    proc = subprocess.run([sys.executable, "-c", f"from {entry} import main; main(prog_name='monitor')", *args],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=60, check=False)
    return proc.stdout, proc.stderr, proc.returncode


def test_the_plain_diff_is_read_without_click_and_everything_else_is_left_to_it() -> None:
    """monitor.launch reads only the plain form of `monitor diff`, with every value click would accept as it is."""
    from monitor.launch import plain_diff

    assert plain_diff(["diff", "a", "b"]) == ("a", "b", "text", None)
    assert plain_diff(["diff", "a", "b", "--format", "json"]) == ("a", "b", "json", None)
    assert plain_diff(["diff", "a", "b", "--format=html"]) == ("a", "b", "html", None)
    for args in _CLICK_FORMS:
        assert plain_diff(args) is None, args


def test_the_plain_diff_says_and_exits_as_click_does(tmp_path: Path) -> None:
    """The plain form of `monitor diff`, run without click, prints the same report or error, on the same stream,
    with the same exit status as the same command parsed by click (monitor.cli), in every format, with a config
    before or after the command, and with missing, binary, unreadable-as-text or escape-laden inputs; the forms
    monitor.launch leaves to click give what click gives."""
    from concurrent.futures import ThreadPoolExecutor

    cwd = _project(tmp_path)
    runs: list[tuple[list[str], dict[str, str]]] = [(args, {}) for args in _PLAIN_FORMS + _CLICK_FORMS[::6]]
    for extra in ({"PYTHONIOENCODING": "ascii"}, {"PYTHONIOENCODING": "latin-1"}, {"MONITOR_CONFIG": "ok.yaml"},
                  {"NO_COLOR": "1"}, {"_MONITOR_COMPLETE": "bash_source"}):
        runs += [(["diff", "a.txt", "b.txt"], extra), (["diff", "escape.txt", "b.txt", "--format", "markdown"], extra)]
    with ThreadPoolExecutor(4) as pool:
        fast = list(pool.map(lambda run: _run("monitor.launch", run[0], cwd, run[1]), runs))
        click = list(pool.map(lambda run: _run("monitor.cli", run[0], cwd, run[1]), runs))
    for run, got, expected in zip(runs, fast, click, strict=True):
        assert got == expected, run
    assert fast[0][2] == 1 and "likelihood down" in fast[0][0]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab é→\x1b[31m\n\r\t\x7f"), max_size=30),
       st.sampled_from(("utf-8", "latin-1", "utf-16", "ascii", "cp1252")), st.sampled_from(("strict", "replace")))
def test_a_report_written_as_is_is_what_click_echo_writes(text: str, encoding: str, errors: str) -> None:
    """cli_core.write_as_is, which prints a report without loading click, writes to a standard text stream exactly
    the bytes click.echo(text, nl=False, color=True) writes (or refuses, as the ASCII stream click rewraps)."""
    import contextlib
    import io

    import click

    from monitor import cli_core

    def written(direct: bool) -> tuple[bytes, str | None]:
        raw = io.BytesIO()
        stream = io.TextIOWrapper(raw, encoding=encoding, errors=errors)
        saved, sys.stdout = sys.stdout, stream
        try:
            if direct:
                if not cli_core.write_as_is(text):
                    return b"", "refused"
            else:
                click.echo(text, nl=False, color=True)
        except (UnicodeEncodeError, cli_core.MonitorError) as exc:
            return raw.getvalue(), type(exc).__name__
        finally:
            sys.stdout = saved
            with contextlib.suppress(ValueError):
                stream.detach()
        return raw.getvalue(), None

    direct = written(True)
    if direct[1] == "refused":
        assert encoding == "ascii"
    else:
        assert direct == written(False)


def test_a_deferred_module_runs_at_its_first_use() -> None:
    """A module in monitor.launch.DEFERRED is imported without running, runs in place at the first use of one of its
    attributes (the object every importer holds becomes the whole module), and then works as if imported as usual."""
    code = """
import sys
from types import ModuleType
from monitor.launch import defer_imports
defer_imports(("ipaddress", "inspect"))
import ipaddress, inspect, urllib.parse
deferred = sys.modules["ipaddress"]
assert type(deferred).__name__ == "_Deferred" and deferred.__name__ == "ipaddress", type(deferred)
assert "IPv6Address" not in vars(deferred)  # not run yet
assert urllib.parse.urlsplit("http://[::1]:80/x").hostname == "::1"  # urllib.parse's first use of ipaddress
assert type(deferred) is ModuleType and sys.modules["ipaddress"] is deferred is ipaddress
assert str(ipaddress.ip_address("::1")) == "::1" and ipaddress.IPv4Address("1.2.3.4").is_global
from dataclasses import dataclass
@dataclass
class Undocumented:
    x: int
assert Undocumented.__doc__ == "Undocumented(x: int)" and type(inspect) is ModuleType
assert callable(inspect.signature) and sys.modules["inspect"] is inspect
# Threads that use a deferred module at the same moment all see it whole, and its code runs once.
import threading
defer_imports(("colorsys",))
import colorsys
runs = []
real_exec = colorsys.__spec__.loader.exec_module
colorsys.__spec__.loader.exec_module = lambda module: (runs.append(1), real_exec(module))
barrier, results = threading.Barrier(8), []
def use():
    barrier.wait()
    results.append(colorsys.rgb_to_hsv(1.0, 0.0, 0.0))
threads = [threading.Thread(target=use) for _ in range(8)]
[t.start() for t in threads]
[t.join() for t in threads]
assert results == [(0.0, 1.0, 1.0)] * 8 and runs == [1], (results, runs)
print("ok")
"""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0 and proc.stdout == "ok\n", proc.stderr


def _datetime_stamp(timestamp: float) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _outcome(stamp: Any, timestamp: float) -> tuple[str, str]:
    try:
        return "ok", stamp(timestamp)
    except Exception as exc:  # the error itself is compared
        return type(exc).__name__, str(exc)


_EDGES = (0.0, -0.0, 0.9999995, 0.9999996, 0.4999995, 1.0000005, -0.5, -1e-7, -0.9999996, 1_700_000_000.9999995,
          1_700_000_000.25, -62_135_596_800.0, -62_135_596_800.5, -62_135_596_801.0, 253_402_300_799.0,
          253_402_300_799.9999995, 253_402_300_799.9999996, 253_402_300_800.0, 1e20, -1e20, float("inf"), float("nan"))


@settings(max_examples=2000, deadline=None)
@given(st.one_of(st.floats(-62_135_596_900, 253_402_300_900), st.integers(0, 4_102_444_800).map(float),
                 st.integers(0, 4_102_444_800).map(lambda s: s + 0.9999995), st.sampled_from(_EDGES)))
def test_a_files_time_is_stamped_as_datetime_stamps_it(timestamp: float) -> None:
    """A compared file's modification time in the report (taken_at) is the text datetime gave, or its error, at
    every time, rounding and year boundary, now that it is computed without loading datetime."""
    from monitor.refs import utc_stamp

    assert _outcome(utc_stamp, timestamp) == _outcome(_datetime_stamp, timestamp)


def test_phrase_tables_are_built_as_the_plain_loop_builds_them() -> None:
    """lexicon.PhraseTable builds its index at every start with a shortened loop: for every table of the lexicon
    (and a few made-up ones with shared first words and ties in length) the index, its order, the entries and the
    words are what the plain loop (split each phrase, group by first word, sort each group longest first) gives."""
    from monitor.assess import lexicon

    def plain(entries: dict[str, int]) -> tuple[dict[str, list[tuple[tuple[str, ...], int]]], frozenset[str]]:
        by_first: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for phrase, value in entries.items():
            toks = tuple(phrase.split())
            by_first.setdefault(toks[0], []).append((toks, value))
        for options in by_first.values():
            options.sort(key=lambda o: -len(o[0]))
        return by_first, frozenset(w for phrase in entries for w in phrase.split())

    made_up = [{"a": 1, "a b": 2, "a c": 3, "a b c": 4, "b": 5, "a  d": 6, " c e ": 7}, {}, {"x": 0}]
    tables = [t for t in vars(lexicon).values() if isinstance(t, lexicon.PhraseTable)]
    assert len(tables) >= 19
    for entries in [t.entries for t in tables] + made_up:
        built, (by_first, words) = lexicon.PhraseTable(entries), plain(entries)
        assert built._by_first == by_first and list(built._by_first) == list(by_first)
        assert built.words == words and built.entries == entries
