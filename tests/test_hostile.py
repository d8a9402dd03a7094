"""Hostile input through `monitor diff`: nothing a file can hold crashes it, hangs it or exhausts the machine."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from monitor.cli import main
from tests.conftest import MONITOR, SEED

EXIT_CODES = {0, 1, 2}
MEMORY_BOUND = 1_500_000_000  # bytes of address space a subprocess may map (prlimit --as)
RSS_BOUND_KB = 600_000  # resident memory a subprocess may reach


def check_outcome(exit_code: int, stderr: str) -> None:
    """The contract every run must keep: 0, 1 or 2, no traceback or internal error, one line on exit 2."""
    assert exit_code in EXIT_CODES, (exit_code, stderr[-2000:])
    assert "Traceback" not in stderr, stderr[-4000:]
    assert "internal error" not in stderr, stderr
    assert "out of memory" not in stderr, stderr
    if exit_code == 2:
        assert stderr.endswith("\n") and stderr.count("\n") == 1 and stderr.strip(), repr(stderr)


# ------------------------------------------------------------------ in process: thousands of generated pairs
PIECES = [
    "(", ")", "((((", "[", "]", "[a](", "](", "![", "1.", "1.1.1.", "a-", "a-b-c-", ". ", ".", "...", "\u2026",
    "e.g. ", "i.e. ", "U.S. ", "Dr. ", "No. 5 ", "A. ", "- ", "* ", "\u2022 ", "# ", "#", "###### ", "=", "===",
    "---", "**", "__", "_", "`", "'", '"', "\u201c", "\u201d", "1990 ", "2011 x", "+1 (202) 501-4444 ", "null ",
    "Phone: ", "Tel. ", "Emergency ", ":", ";", ",", "!", "?", " ", "  ", "\t", "\n", "\n\n", "\n\n\n", "\r\n",
    "\r", "\f", "\x0b", "\x1c", "\x85", "\x1b[31m", "\x1b]0;x\x07", "\x07", "\x08", "\x7f", "\u200b", "\u200d",
    "\u202e", "\u2066", "\u2067", "\u0301", "e\u0301", "\u05d0\u05d1", "\u0627\u0644", "\ufeff", "\u00ad",
    "\u2028", "\u2029", "\ufb01", "\uff21", "Level 2", "Level 4: Do Not Travel", "will probably ",
    "is unlikely to ", "not ", "should ", "must ", "The Committee ", "inflation ", "7.5 percent ", "2024 ",
    "January ", "Status: Draft", "| a | b |", "> ", "<b>", "</b>", "http://x.y/z ", "9" * 40, "a" * 40, "Aa" * 20,
    "Russia-China ", "ceasefire ", "\U0001f600", "\U00010000",
]
piece = st.sampled_from(PIECES) | st.text(max_size=12)
hostile_text = st.lists(st.tuples(piece, st.integers(1, 60)), max_size=8).map(
    lambda runs: "".join(p * n for p, n in runs))


@st.composite
def text_pairs(draw: st.DrawFn) -> tuple[str, str]:
    """An old text, and a new one: the same, edited somewhere, appended to, or unrelated."""
    old = draw(hostile_text)
    how = draw(st.sampled_from(["edit", "edit", "edit", "append", "same", "other"]))
    if how == "same":
        return old, old
    if how == "other":
        return old, draw(hostile_text)
    if how == "append":
        return old, old + draw(hostile_text)
    at = draw(st.integers(0, len(old)))
    cut = draw(st.integers(0, min(60, len(old) - at)))
    return old, old[:at] + draw(hostile_text) + old[at + cut:]


@dataclass
class InProcess:
    """`monitor diff` called through its click entry point, in a folder of its own (no config.yaml)."""

    folder: Path
    runner: CliRunner

    def diff(self, old: bytes, new: bytes) -> None:
        a, b = self.folder / "old.txt", self.folder / "new.txt"
        a.write_bytes(old)
        b.write_bytes(new)
        started = time.perf_counter()
        previous = signal.signal(signal.SIGALRM, _too_slow)  # a hang fails the example instead of the suite
        signal.setitimer(signal.ITIMER_REAL, IN_PROCESS_SECONDS)
        try:
            result = self.runner.invoke(main, ["diff", str(a), str(b), "--format", "json"])
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        elapsed = time.perf_counter() - started
        assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
        check_outcome(result.exit_code, result.stderr)
        assert elapsed < IN_PROCESS_SECONDS, f"{elapsed:.1f} s for {len(old)} + {len(new)} bytes"


IN_PROCESS_SECONDS = 10  # a generated pair is at most a few tens of kilobytes


class TooSlow(Exception):
    """A generated pair took longer than IN_PROCESS_SECONDS."""


def _too_slow(signum: int, frame: object) -> None:
    raise TooSlow(f"monitor diff ran past {IN_PROCESS_SECONDS} s")


@pytest.fixture(scope="module")
def in_process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[InProcess]:
    folder = tmp_path_factory.mktemp("hostile")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(folder)
        mp.delenv("MONITOR_CONFIG", raising=False)
        mp.delenv("MONITOR_DEBUG", raising=False)
        yield InProcess(folder, CliRunner())


FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# Found by this test: a name of capitals and letters run together for hundreds of characters, before which the
# search for a cited author ('Caruana et al.') split the run at every letter and took minutes.
_CAPITALS_RUN = ("(" + "ceasefire " * 40 + "\u00a6Ag" * 6 + "Aa" * 840,
                 "ceasefire " * 60 + "(" + "ceasefire " * 40 + "\u00a6Ag" * 6 + "Aa" * 1000)


@settings(FUZZ, max_examples=1500)
@given(pair=text_pairs(), encoding=st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1252"]))
@example(pair=_CAPITALS_RUN, encoding="utf-8")
def test_diff_survives_hostile_text(in_process: InProcess, pair: tuple[str, str], encoding: str) -> None:
    """Runs of brackets, periods, abbreviations, digits, control and escape characters, right-to-left, zero-width
    and combining marks, edited anywhere: the diff finishes quickly with 0, 1 or one line and 2, never a crash."""
    old, new = pair
    in_process.diff(old.encode(encoding, "replace"), new.encode(encoding, "replace"))


@settings(FUZZ, max_examples=500)
@given(old=st.binary(max_size=3000), new=st.binary(max_size=3000))
def test_diff_survives_arbitrary_bytes(in_process: InProcess, old: bytes, new: bytes) -> None:
    """Any bytes at all (binary, invalid UTF-8, stray byte-order marks): refused in one line or compared."""
    in_process.diff(old, new)


# ------------------------------------------------------------------ the real command, on a corpus of nasty files
@dataclass(frozen=True)
class Nasty:
    """One hostile pair, the exit statuses it may end with, and the CPU seconds it may take."""

    name: str
    old: bytes
    new: bytes
    cpu_seconds: float
    exits: frozenset[int] = frozenset({1})


def _words(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    vocab = _vocabulary()
    return [rng.choice(vocab) for _ in range(n)]


@lru_cache(maxsize=1)
def _vocabulary() -> list[str]:
    return SEED.read_text(encoding="utf-8").split()


def _corpus() -> list[Nasty]:
    seed = SEED.read_text(encoding="utf-8")
    years = " ".join(str(y) for y in range(1990, 2012))
    rng = random.Random(5)
    line = " ".join(_words(150_000, 1))
    wrapped = "\n".join(line[i:i + 78] for i in range(0, len(line), 78))
    mixed = "".join(rng.choice(["\u05d0", "\u0627", "\u200b", "\u200d", "\u0301", "a", " ", "\u202e", "\u2067",
                                "e\u0301", "\n", ". "]) for _ in range(300_000))
    controls = "".join(rng.choice(["\x1b[31m", "\x1b[0m", "\x07", "\x08", "\x1b]0;pwned\x07", "text ", ". ", "\r",
                                   "\x0e", "\x9b", "\n"]) for _ in range(20_000))
    utf8 = str.encode
    return [
        Nasty("22-years", utf8(f"{seed}\n\n{years} x\n"), utf8(f"{seed}\n\n{years} y\n"), 2.0),
        Nasty("dots", utf8(". " * 20_000), utf8(". " * 19_999 + "a"), 2.0),
        Nasty("binary", rng.randbytes(50_000), utf8(seed), 2.0, frozenset({2})),
        Nasty("invalid-utf8", utf8(seed)[:3000] + b"\xff\xfe\x80\xc3(" * 50, utf8(seed)[:3000] + b"\xc0\xaf", 3.0,
              frozenset({1, 2})),
        Nasty("nul-bytes", utf8(seed.replace("will", "will\x00", 3)), utf8(seed), 2.0, frozenset({2})),
        Nasty("empty", b"", b"", 2.0, frozenset({0})),
        Nasty("bom-only", b"\xef\xbb\xbf", b"\xff\xfe", 2.0, frozenset({0, 2})),
        Nasty("utf16-garbage", b"\xff\xfe" + b"\x00\xd8A\x00" * 500 + b"\x01", utf8(seed), 2.0, frozenset({2})),
        Nasty("huge-line", utf8(line), utf8(line.replace(" the ", " a ", 30)), 8.0, frozenset({0, 1})),
        Nasty("wrapped", utf8(wrapped), utf8(wrapped.replace(" will ", " will not ", 30)), 8.0),
        Nasty("identical-lines", utf8("The committee will probably act.\n" * 20_000),
              utf8("The committee will probably act.\n" * 20_000 + "It will not act.\n"), 5.0),
        Nasty("control-escapes", utf8(controls), utf8(controls[::-1]), 8.0),
        Nasty("parens", utf8("(" * 500_000), utf8("(" * 499_999 + ")"), 5.0),
        Nasty("abbreviations", utf8("e.g. " * 10_000), utf8("e.g. The " * 10_000), 5.0),
        Nasty("dotted-hyphenated", utf8("1." * 200_000 + "\n\n" + "-".join("abcdefghij" * 20_000)),
              utf8("1." * 200_001 + "\n\n" + "-".join("abcdefghij" * 20_000) + "x"), 5.0),
        Nasty("long-word", utf8("a" * 1_000_000), utf8("a" * 500_000 + "b" + "a" * 499_999), 5.0),
        Nasty("rtl-zero-width-combining", utf8(mixed), utf8(mixed.replace(". ", ".  x ", 200)), 10.0),
    ]


CORPUS = _corpus()


def run_bounded(*args: str | os.PathLike[str], cwd: Path, timeout: float) -> tuple[int, str, float, float, int]:
    """Run the installed `monitor` under an address-space limit: (exit code, stderr, wall seconds, CPU seconds,
    peak resident KB) of that one process, read with wait4 rather than from all children together."""
    env = {k: v for k, v in os.environ.items() if k != "MONITOR_CONFIG"}
    env["MONITOR_DEBUG"] = "1"  # a crash would print its traceback, which the check refuses
    command = [str(MONITOR), *map(str, args)]
    prlimit = shutil.which("prlimit")
    if prlimit:
        command = [prlimit, f"--as={MEMORY_BOUND}", "--", *command]
    with (cwd / "stdout").open("wb") as out, (cwd / "stderr").open("wb") as err:
        started = time.monotonic()
        proc = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=err)
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > timeout:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        wall = time.monotonic() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = (cwd / "stderr").read_text(encoding="utf-8", errors="replace")
    return proc.returncode, stderr, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


@pytest.mark.parametrize("nasty", CORPUS, ids=[n.name for n in CORPUS])
def test_real_command_on_nasty_files(tmp_path: Path, nasty: Nasty) -> None:
    """Binary, invalid UTF-8, NUL bytes, empty and BOM-only files, UTF-16 garbage, megabyte lines and words, a
    line of years, ten thousand abbreviations, control escapes: `monitor diff` answers in its CPU budget and
    bounded memory, with 0, 1 or one line and 2."""
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_bytes(nasty.old)
    new.write_bytes(nasty.new)
    code, stderr, wall, cpu, rss_kb = run_bounded("diff", old, new, "--format", "json", cwd=tmp_path, timeout=60)
    check_outcome(code, stderr)
    assert code in nasty.exits, (code, stderr)
    assert wall < 60, f"killed after {wall:.0f} s"
    assert cpu <= nasty.cpu_seconds, f"{cpu:.2f} s of CPU (budget {nasty.cpu_seconds} s)"
    assert rss_kb < RSS_BOUND_KB, f"{rss_kb} KB resident"


def test_a_config_pattern_that_can_hang_stops_diff_with_one_line(tmp_path: Path) -> None:
    """A config.yaml whose ignore pattern could backtrack for hours makes `monitor diff a b` say so in one line
    naming the file, the key and the fix, and exit 2, before reading either file."""
    (tmp_path / "config.yaml").write_text("ignore:\n  - 'Last Update:'\n  - '^(?:[\\d ]+\\s*)*$'\n")
    (tmp_path / "a").write_text("One.\n")
    (tmp_path / "b").write_text("Two.\n")
    code, stderr, _, _, _ = run_bounded("diff", "a", "b", cwd=tmp_path, timeout=60)
    assert code == 2
    assert stderr.count("\n") == 1
    assert f"{tmp_path / 'config.yaml'}: ignore[1] can take exponential time on some lines (" in stderr
    assert "atomic" in stderr


# ------------------------------------------------------------------ the bounds that keep the core linear
def test_long_sentences_are_read_in_stable_pieces() -> None:
    """A 'sentence' of 100,000 words is read in pieces of at most 2,000 characters that rebuild it, and an edit
    near its start leaves the later pieces as they were, so only the edited piece is reported."""
    from monitor.assess.align_sentences import MAX_SENTENCE, pieces

    text = " ".join(_words(100_000, 3))
    cut = pieces(text)
    assert " ".join(cut) == text
    assert all(0 < len(p) <= MAX_SENTENCE for p in cut)
    edited = pieces("Surely " + text)
    assert len(set(cut) - set(edited)) <= 2
    assert [len(p) for p in pieces("x" * 5_000)] == [2_000, 2_000, 1_000]


def test_word_ops_rebuild_huge_paragraphs_quickly() -> None:
    """The word diff of two megabyte paragraphs with scattered edits still rebuilds both texts exactly, and
    takes seconds, not the hours diff-match-patch alone would."""
    from monitor.worddiff import diff_words

    words = _words(150_000, 4)
    old = " ".join(words)
    new = " ".join("not" if i % 997 == 0 else w for i, w in enumerate(words))
    started = time.perf_counter()
    ops = diff_words(old, new)
    assert time.perf_counter() - started < 20
    assert "".join(o.text for o in ops if o.op != "insert") == old
    assert "".join(o.text for o in ops if o.op != "delete") == new
    assert sum(o.op == "insert" for o in ops) >= 100


def test_moves_in_a_revision_of_thousands_of_paragraphs_are_found_in_linear_time() -> None:
    """Shuffling 4,000 paragraphs and editing each a little reports nearly all as moved, in seconds (counting the
    votes of common words for every paragraph made this quadratic)."""
    from monitor.align import align_paragraphs
    from monitor.segment import Paragraph

    rng = random.Random(1)
    old = [Paragraph(i, " ".join(_words(60, i)), None) for i in range(4_000)]
    new = [Paragraph(i, p.text.replace(" the ", " a ", 1), None) for i, p in enumerate(rng.sample(old, len(old)))]
    started = time.perf_counter()
    changes = align_paragraphs(old, new)
    assert time.perf_counter() - started < 30
    assert sum(c.op == "moved" for c in changes) > 3_900
