"""Judgment history and blame (issue 11): FOMC statements imported as one dated series, followed as lineages."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CORPORA, run_monitor

FOMC = CORPORA / "fomc"
needs_fomc = pytest.mark.skipif(not FOMC.is_dir(), reason="../shared/corpora/fomc is not beside the repository")
# The statements around the first cut of 2007, the move to 0-1/4 percent in 2008 and the first raise of 2015:
# every meeting of those four years (the full 160-statement import is timed by bench/history_fomc.py).
YEARS = ("2007", "2008", "2015", "2016")
CONFIG = "roots: [docs]\npacks: [central-bank]   # the FOMC topics: policy rate, inflation, labor market, ...\n"


def project(tmp: Path) -> Path:
    """A project folder whose config enables the central-bank pack, as a user tracking FOMC statements would."""
    (tmp / "docs").mkdir(parents=True, exist_ok=True)
    (tmp / "config.yaml").write_text(CONFIG, encoding="utf-8")
    return tmp


def ok(proc: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert proc.returncode == 0, proc.stderr
    return proc


def refused(proc: subprocess.CompletedProcess[str], *words: str) -> str:
    """The one line a bad input gets on stderr, with exit status 2 and no traceback."""
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    for w in words:
        assert w in lines[0], lines[0]
    return lines[0]


@pytest.fixture(scope="module")
def fomc(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project with the FOMC statements of 2007, 2008, 2015 and 2016 imported as the document `fomc`."""
    if not FOMC.is_dir():
        pytest.skip("../shared/corpora/fomc is not beside the repository")
    base = project(tmp_path_factory.mktemp("fomc"))
    files = sorted(p for p in FOMC.glob("*.txt") if p.name[:4] in YEARS)
    ok(run_monitor("import", "fomc", *reversed(files), cwd=base, timeout=300))  # any order: dates decide
    return base


def history(base: Path, *args: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ok(run_monitor("history", "fomc", *args, "--format", "json", cwd=base)).stdout)
    return data


def change_on(data: dict[str, Any], day: str, words: str) -> dict[str, Any]:
    found = [c for c in data["changes"] if c["date"] == day and words in (c["after"] or "")]
    assert found, [(c["date"], c["after"]) for c in data["changes"]]
    return found[0]


@needs_fomc
def test_policy_rate_history_lists_the_cut_the_floor_and_the_raise(fomc: Path) -> None:
    """`monitor history fomc --topic "policy rate"` shows the 2007 cut and the 2008 move to 0-1/4 down, the
    2015 raise up, each on its statement's date."""
    data = history(fomc, "--topic", "policy rate")
    assert all("policy rate" in c["topics"] for c in data["changes"])
    cut = change_on(data, "2007-09-18", "lower its target for the federal funds rate 50 basis points")
    floor = change_on(data, "2008-12-16", "target range for the federal funds rate of 0 to 1/4 percent")
    rise = change_on(data, "2015-12-16", "raise the target range for the federal funds rate")
    assert (cut["direction"], floor["direction"], rise["direction"]) == ("down", "down", "up")
    dates = [c["date"] for c in data["changes"]]
    assert dates == sorted(dates)  # oldest first


@needs_fomc
def test_rate_decision_is_one_lineage_across_the_emergency_statements(fomc: Path) -> None:
    """The rate sentence missing from the two August 2007 emergency statements is the same thread when it
    returns in September, compared with the last statement that held it (7 August: 'keep' → 'lower')."""
    data = history(fomc, "--topic", "policy rate")
    cut = change_on(data, "2007-09-18", "lower its target")
    floor = change_on(data, "2008-12-16", "0 to 1/4 percent")
    assert cut["resumed"] and cut["since"]["date"] == "2007-08-07"
    assert "keep its target" in cut["before"]
    assert cut["lineage"] == floor["lineage"]
    thread = next(t for t in data["lineages"] if t["id"] == cut["lineage"])
    assert len(thread["changes"]) >= 6  # every 2007-2008 cut in between is on it


@needs_fomc
def test_blame_attributes_the_2016_sentences_to_the_versions_that_introduced_them(fomc: Path) -> None:
    """`monitor blame fomc@latest` says the gradual-increases guidance entered with the December 2015
    statement and the voting line's dissent in 2016, and every origin precedes the blamed version."""
    data = json.loads(ok(run_monitor("blame", "fomc@latest", "--format", "json", cwd=fomc)).stdout)
    assert data["version"]["date"] == "2016-09-21"
    by_text = {s["sentence"]: s for s in data["sentences"]}
    gradual = next(s for t, s in by_text.items() if "warrant only gradual increases" in t)
    assert gradual["origin"]["date"] == "2015-12-16"
    case = next(s for t, s in by_text.items() if "case for an increase in the federal funds rate has strengthened" in t)
    assert case["origin"]["date"].startswith("2016")
    assert all(s["origin"]["date"] <= "2016-09-21" for s in data["sentences"])
    assert all(c["date"] > s["origin"]["date"] for s in data["sentences"] for c in s["changed_in"])


@needs_fomc
def test_labels_are_shown_and_name_versions(fomc: Path) -> None:
    """A label given with `monitor label` shows in the history, and a version can be named by its date."""
    said = ok(run_monitor("label", "fomc@2015-12-16", "Dec 2015 statement: liftoff", cwd=fomc)).stdout
    assert "labelled" in said
    rise = change_on(history(fomc, "--topic", "policy rate"), "2015-12-16", "raise the target range")
    assert rise["label"] == "Dec 2015 statement: liftoff"
    text = ok(run_monitor("history", "fomc", "--since", "2015-12-01", "--until", "2015-12-31", cwd=fomc)).stdout
    assert '"Dec 2015 statement: liftoff"' in text and "2016-01-27" not in text
    log = ok(run_monitor("log", "fomc", cwd=fomc)).stdout
    assert '2015-12-16 "Dec 2015 statement: liftoff" · changed:' in log
    ok(run_monitor("label", "fomc@2015-12-16", "", cwd=fomc))
    assert change_on(history(fomc), "2015-12-16", "raise the target range")["label"] is None


@needs_fomc
def test_history_filters_and_their_mistakes(fomc: Path) -> None:
    """--severity, --kind, --since and --until narrow the list; a topic or kind that does not exist, or a
    date that is not one, is one line naming what is known."""
    high = history(fomc, "--severity", "high", "--since", "2008", "--until", "2008-12-31")
    assert high["changes"] and all(c["severity"] == "high" and c["date"][:4] == "2008" for c in high["changes"])
    quantities = history(fomc, "--kind", "quantity")
    assert quantities["changes"] and {c["kind"] for c in quantities["changes"]} == {"quantity"}
    refused(run_monitor("history", "fomc", "--topic", "weather", cwd=fomc), "weather", "policy rate")
    refused(run_monitor("history", "fomc", "--kind", "mood", cwd=fomc), "mood", "likelihood")
    refused(run_monitor("history", "fomc", "--since", "last tuesday", cwd=fomc), "--since", "YYYY-MM-DD")
    refused(run_monitor("history", "nosuchdoc", cwd=fomc), "nosuchdoc", "fomc")
    refused(run_monitor("blame", "fomc@v999", cwd=fomc), "v999")


@needs_fomc
def test_import_again_adds_nothing_and_the_series_reads_like_any_document(fomc: Path) -> None:
    """Importing the same statements again stores nothing and writes no entry; `monitor log` lists the
    series, and CHANGELOG.md and changelog.jsonl hold one entry per statement."""
    files = sorted(p for p in FOMC.glob("*.txt") if p.name[:4] in YEARS)
    lines = (fomc / "changelog.jsonl").read_text(encoding="utf-8").splitlines()
    again = ok(run_monitor("import", "fomc", *files, cwd=fomc))
    assert "0 versions imported" in again.stdout
    assert (fomc / "changelog.jsonl").read_text(encoding="utf-8").splitlines() == lines
    assert len(lines) == len(files)
    log = ok(run_monitor("log", "fomc", cwd=fomc)).stdout.strip().splitlines()
    assert len(log) == len(files)
    assert (fomc / "CHANGELOG.md").read_text(encoding="utf-8").count("<!-- monitor:entry fomc@v") == len(files)


@pytest.mark.serial  # a one-second bar on two subprocesses
@needs_fomc
def test_history_and_blame_answer_within_a_second(fomc: Path) -> None:
    """History and blame read the index (and a cache of restated pairs): each answers in under a second."""
    import time

    for args in (("history", "fomc", "--format", "json"), ("blame", "fomc", "--format", "json")):
        ok(run_monitor(*args, cwd=fomc))  # warm: the restated pairs are judged once
        start = time.monotonic()
        ok(run_monitor(*args, cwd=fomc))
        assert time.monotonic() - start < 1.0, args


def test_import_dates_files_by_name_and_orders_them(tmp_path: Path) -> None:
    """Files named with their dates are stored oldest first whatever the order given, dated as named."""
    base = project(tmp_path)
    series = tmp_path / "series"
    series.mkdir()
    texts = {"2021-03-01.txt": "Rates are likely to rise.\n", "2020-01-15.txt": "Rates will stay where they are.\n",
             "20200601.txt": "Rates may rise.\n"}
    for name, text in texts.items():
        (series / name).write_text(text, encoding="utf-8")
    ok(run_monitor("import", "rates", *sorted(series.iterdir(), reverse=True), cwd=base))
    data = json.loads(ok(run_monitor("history", "rates", "--format", "json", cwd=base)).stdout)
    assert [(v["version"], v["date"]) for v in data["versions"]] == [
        (1, "2020-01-15"), (2, "2020-06-01"), (3, "2021-03-01")]
    shown = ok(run_monitor("show", "rates@v2", cwd=base)).stdout
    assert shown == texts["20200601.txt"]


def test_import_refuses_bad_input_in_one_line(tmp_path: Path) -> None:
    """A file without a date, an older file added to a series, a bad name or a missing file: one line, exit
    2, and nothing stored."""
    base = project(tmp_path)
    (tmp_path / "2020-01-01.txt").write_text("The risk is low.\n", encoding="utf-8")
    (tmp_path / "2021-01-01.txt").write_text("The risk is high.\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("The risk is moderate.\n", encoding="utf-8")
    refused(run_monitor("import", "risk", tmp_path / "notes.txt", cwd=base), "notes.txt", "--date-from")
    ok(run_monitor("import", "risk", tmp_path / "2021-01-01.txt", cwd=base))
    refused(run_monitor("import", "risk", tmp_path / "2020-01-01.txt", cwd=base), "2020-01-01", "date order")
    refused(run_monitor("import", "../escape", tmp_path / "2020-01-01.txt", cwd=base), "document name")
    refused(run_monitor("import", "risk", tmp_path / "missing-2022-01-01.txt", cwd=base), "missing-2022-01-01.txt")
    log = ok(run_monitor("log", "risk", cwd=base)).stdout.strip().splitlines()
    assert len(log) == 1


def test_import_dates_by_modification_time(tmp_path: Path) -> None:
    """--date-from mtime orders and dates the files by when they were last modified."""
    base = project(tmp_path)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Growth is expected to slow.\n", encoding="utf-8")
    b.write_text("Growth is expected to pick up.\n", encoding="utf-8")
    os.utime(a, (1_700_000_000, 1_700_000_000))  # 2023-11-14
    os.utime(b, (1_600_000_000, 1_600_000_000))  # 2020-09-13
    ok(run_monitor("import", "growth", a, b, "--date-from", "mtime", cwd=base))
    data = json.loads(ok(run_monitor("history", "growth", "--format", "json", cwd=base)).stdout)
    assert [v["date"] for v in data["versions"]] == ["2020-09-13", "2023-11-14"]
    assert data["changes"] and data["changes"][0]["date"] == "2023-11-14"


def test_import_dates_by_git_commit(tmp_path: Path) -> None:
    """--date-from git dates each file by the last commit that changed it, in a real repository."""
    base = project(tmp_path / "proj")
    repo = tmp_path / "repo"
    repo.mkdir()

    def git(*args: str, when: str | None = None) -> None:
        env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
               "GIT_COMMITTER_EMAIL": "t@example.org"}
        if when:
            env |= {"GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
        subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)

    git("init", "-q")
    (repo / "second.txt").write_text("The outlook is uncertain.\n", encoding="utf-8")
    git("add", "second.txt")
    git("commit", "-qm", "b", when="2019-05-01T12:00:00+00:00")
    (repo / "first.txt").write_text("The outlook is bright.\n", encoding="utf-8")
    git("add", "first.txt")
    git("commit", "-qm", "a", when="2018-02-01T12:00:00+00:00")
    (repo / "loose.txt").write_text("Never committed.\n", encoding="utf-8")
    ok(run_monitor("import", "outlook", repo / "second.txt", repo / "first.txt", "--date-from", "git", cwd=base))
    data = json.loads(ok(run_monitor("history", "outlook", "--format", "json", cwd=base)).stdout)
    assert [v["date"] for v in data["versions"]] == ["2018-02-01", "2019-05-01"]
    refused(run_monitor("import", "other", repo / "loose.txt", "--date-from", "git", cwd=base), "never committed")


# ------------------------------------------------------------------------------------------------- the page
def _chromium() -> str | None:
    import shutil

    return next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p), None)


CHROMIUM = _chromium()
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary (apt-get install chromium)")


def chromium(tmp: Path, page: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    proc = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
         f"--user-data-dir={tmp / 'profile'}", *args, page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """(width, height, rows of RGB(A) bytes) of an 8-bit, non-interlaced PNG, as Chromium writes them."""
    import struct
    import zlib

    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    at, idat, width, height, channels = 8, b"", 0, 0, 4
    while at < len(data):
        size, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + size]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        at += 12 + size
    raw = zlib.decompress(idat)
    stride = width * channels
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, corner = prev[i], prev[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(bytes(line))
        prev = line
    return width, channels, rows


@needs_fomc
@needs_chromium
def test_history_page_shows_a_timeline_with_its_marks_in_chromium(fomc: Path, tmp_path: Path) -> None:
    """The HTML history page opens in headless Chromium with a timeline per topic whose marks (one per change,
    linked to its sentences) are drawn in the severity colours; the page holds no script."""
    page = tmp_path / "history.html"
    ok(run_monitor("history", "fomc", "--topic", "policy rate", "--since", "2007", "--until", "2008-12-31",
                   "--format", "html", "--output", page, cwd=fomc))
    text = page.read_text(encoding="utf-8")
    assert "<script" not in text.lower() and "javascript:" not in text.lower() and " on" + "load=" not in text
    data = history(fomc, "--topic", "policy rate", "--since", "2007", "--until", "2008-12-31")
    dom = chromium(tmp_path, page, "--virtual-time-budget=2000", "--dump-dom").stdout
    assert dom.count('class="timeline"') == 1
    assert dom.count('class="mark sev-') == len(data["changes"]) > 5
    for i in range(len(data["changes"])):
        assert f'href="#t0-c{i}"' in dom and f'id="t0-c{i}"' in dom
    redlines = [p.name for p in (tmp_path / "history.redlines").iterdir()]
    assert redlines and all(f'href="history.redlines/{n}"' in dom for n in redlines)
    shot = tmp_path / "shot.png"
    chromium(tmp_path, page, "--window-size=1000,420", f"--screenshot={shot}")
    width, channels, rows = png_pixels(shot.read_bytes())
    high = sum(1 for row in rows[150:360] for x in range(0, width * channels, channels)
               if abs(row[x] - 0xB4) < 12 and abs(row[x + 1] - 0x23) < 12 and abs(row[x + 2] - 0x18) < 12)
    medium = sum(1 for row in rows[150:360] for x in range(0, width * channels, channels)
                 if abs(row[x] - 0xB5) < 12 and abs(row[x + 1] - 0x47) < 12 and abs(row[x + 2] - 0x08) < 12)
    assert high > 100 and medium > 100  # red (high) and orange (medium) marks drawn on the chart
    pdf = tmp_path / "history.pdf"
    chromium(tmp_path, page, "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    from pypdf import PdfReader

    printed = PdfReader(pdf).pages[0].extract_text()
    assert "policy rate" in printed and "2007" in printed and "2008" in printed  # the chart's axis, in print


def test_hostile_sentences_stay_text_in_the_history_page() -> None:
    """A sentence holding markup is shown as text in the page and its chart: no element, no script."""
    from monitor.history import Change, History, Lineage, VersionInfo
    from monitor.render.history import render_history

    evil = '<script>alert(1)</script><img src=x onerror="alert(2)"> "quoted" & more'
    h = History("doc<b>", (VersionInfo(1, "2020-01-01T00:00:00Z", "2020-01-01", "lab<i>el"),
                           VersionInfo(2, "2020-02-01T00:00:00Z", "2020-02-01", None)),
                (Change(2, 1, "likelihood", "high", "down", (evil,), None, evil, evil, evil, 0),),
                (Lineage(0, 1, evil, (0,), (evil,)),))
    page = render_history(h, "html")
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;" in page and "Content-Security-Policy" in page
    assert page.count('class="mark sev-high"') == 1
    for fmt in ("text", "markdown", "json"):
        assert "likelihood" in render_history(h, fmt)


def test_dates_labels_and_lineages_on_both_index_backends(tmp_path: Path, index_backend: str) -> None:
    """Import, label, history and blame work alike with the SQLite index and a shared PostgreSQL one."""
    base = project(tmp_path)
    texts = ("The Committee judges that inflation is likely to rise. Growth is solid.\n",
             "The Committee judges that inflation is unlikely to rise. Growth is solid.\n",
             "The Committee judges that inflation will almost certainly rise. Growth is solid.\n")
    files = []
    for day, text in zip(("2020-01-10", "2020-02-10", "2020-03-10"), texts, strict=True):
        files.append(tmp_path / f"{day}.txt")
        files[-1].write_text(text, encoding="utf-8")
    ok(run_monitor("import", "board", *files, cwd=base))
    ok(run_monitor("label", "board@v2", "February meeting", cwd=base))
    assert "0 versions imported" in ok(run_monitor("import", "board", *files, cwd=base)).stdout
    data = json.loads(ok(run_monitor("history", "board", "--format", "json", cwd=base)).stdout)
    assert [(v["date"], v["label"]) for v in data["versions"]] == [
        ("2020-01-10", None), ("2020-02-10", "February meeting"), ("2020-03-10", None)]
    inflation = [c for c in data["changes"] if "inflation" in (c["after"] or "")]
    assert [c["date"] for c in inflation] == ["2020-02-10", "2020-03-10"]
    assert len({c["lineage"] for c in inflation}) == 1  # one judgment, changed twice
    blame = json.loads(ok(run_monitor("blame", "board", "--format", "json", cwd=base)).stdout)
    line = next(s for s in blame["sentences"] if "inflation" in s["sentence"])
    assert line["origin"]["date"] == "2020-01-10"
    assert [c["label"] for c in line["changed_in"]] == ["February meeting", None]


@needs_fomc
def test_readme_fomc_walkthrough_runs_as_written(tmp_path: Path) -> None:
    """The README's FOMC block, run as a reader pastes it from the repository's root, imports the 160
    statements and ends with a blame of the 2016 statement; its history page is written."""
    import re
    import sys

    root = Path(__file__).resolve().parents[1]
    readme = (root / "README.md").read_text(encoding="utf-8")
    section = readme.split("## A judgment's history: the FOMC walkthrough", 1)[1].split("\n## ", 1)[0]
    block = re.findall(r"^```sh\n(.*?)^```$", section, flags=re.MULTILINE | re.DOTALL)[0]
    venv = Path(sys.executable).parent.parent
    if venv != root / ".venv":  # the block names .venv/bin: run it where this interpreter's monitor is
        block = block.replace("$PWD/.venv/bin", str(venv / "bin"))
    block = block.replace('cd "$(mktemp -d)"', f"cd {tmp_path}")
    proc = subprocess.run(["bash", "-e", "-c", block], cwd=root, capture_output=True, text=True, timeout=300,
                          check=False, env={k: v for k, v in os.environ.items() if k != "MONITOR_CONFIG"})
    assert proc.returncode == 0, proc.stderr
    assert "160 versions imported" in proc.stdout
    assert "v85 2007-09-18" in proc.stdout and "polarity high ↓ down" in proc.stdout
    assert "fomc@v160 (v160 2016-09-21)" in proc.stdout
    assert (tmp_path / "history.html").stat().st_size > 10_000 and (tmp_path / "history.redlines").is_dir()


def test_import_while_the_daemon_runs_says_so_at_once(tmp_path: Path) -> None:
    """With `monitor watch` keeping the store, an import is refused in one line naming the daemon, at once
    (not after a minute's wait for the lock), and stores nothing."""
    import time

    from tests.daemon_proc import daemon

    base = project(tmp_path)
    (tmp_path / "2020-01-01.txt").write_text("The risk is low.\n", encoding="utf-8")
    with daemon(base):
        start = time.monotonic()
        line = refused(run_monitor("import", "risk", tmp_path / "2020-01-01.txt", cwd=base), "monitor watch")
        assert time.monotonic() - start < 10, line
    assert not (base / "snapshots" / "risk").exists()


def test_lineages_follow_rewrites_absences_and_merges(tmp_path: Path) -> None:
    """One judgment stays one lineage when it is reworded, dropped and restated two versions later (judged
    again against the last version that held it), and when another sentence merges into it."""
    from monitor.config import load_config
    from monitor.history import judge_pair, lineages
    from monitor.index.base import JudgmentRow

    config = load_config(project(tmp_path) / "config.yaml")
    rest = "to rise over the coming year as energy prices recover."

    def row(kind: str, before: str | None, after: str | None, direction: str | None = None) -> JudgmentRow:
        return JudgmentRow(kind, "medium", direction, (), None, before, after, kind)

    rows = [
        (1, 2, row("likelihood", f"Inflation is likely {rest}", f"Inflation is very likely {rest}", "up")),
        (1, 2, row("added", None, "Jobs are plentiful.")),
        (2, 3, row("removed", f"Inflation is very likely {rest}", None)),
        (2, 3, row("added", None, "Growth is solid in the region.")),
        (3, 4, row("added", None, f"Inflation is unlikely {rest}")),
        (4, 5, row("removed", "Growth is solid in the region.", None)),
        (4, 5, row("reworded", "Jobs are plentiful.", "Jobs are plentiful and growth is solid in the region.")),
    ]
    changes, threads, live = lineages(rows, lambda a, b: judge_pair(a, b, config))
    inflation = [c for c in changes if "Inflation" in (c.after or c.before or "")]
    assert len({c.lineage for c in inflation}) == 1 and [c.version for c in inflation] == [2, 3, 4]
    back = inflation[-1]
    assert back.resumed and back.since == 2 and back.before == f"Inflation is very likely {rest}"
    assert (back.kind, back.direction) == ("likelihood", "down")  # the pipeline's verdict on the restated pair
    jobs = live["Jobs are plentiful and growth is solid in the region."]
    growth = next(c for c in changes if c.before == "Growth is solid in the region.")
    assert growth.lineage == jobs and "merged into" in growth.explanation
    assert len(threads) == 2 and {t.id for t in threads} == {inflation[0].lineage, jobs}


def test_a_repeated_text_is_skipped_and_the_import_stays_idempotent(tmp_path: Path) -> None:
    """A statement that repeats the one before is not a version (said once on stderr), and importing the
    same files again adds nothing and lists no file."""
    base = project(tmp_path)
    files = []
    for day, text in (("2020-01-02", "Same text.\n"), ("2020-01-03", "Same text.\n"), ("2020-01-04", "Risks rose.\n")):
        files.append(tmp_path / f"{day}.txt")
        files[-1].write_text(text, encoding="utf-8")
    first = ok(run_monitor("import", "same", *files, cwd=base))
    assert "2 versions imported, 1 with the text of the version before" in first.stdout
    assert first.stderr.count("2020-01-03.txt: same text as v1") == 1
    again = ok(run_monitor("import", "same", *files, cwd=base))
    assert "0 versions imported, 2 already there" in again.stdout and "2020-01-02" not in again.stderr
    assert len(ok(run_monitor("log", "same", cwd=base)).stdout.strip().splitlines()) == 2


def test_an_index_from_before_version_dates_reads_and_upgrades(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store indexed by a monitor without version dates (schema 3) answers history and blame as it is
    (versions dated when taken), and the first label upgrades it in place."""
    from monitor.config import load_config
    from monitor.index import base as index_base
    from monitor.scan import scan

    monkeypatch.delenv("MONITOR_INDEX", raising=False)
    base = project(tmp_path)
    (base / "config.yaml").write_text("roots: [docs]\npacks: [central-bank]\ndebounce_seconds: 0.05\n")
    cfg = load_config(base / "config.yaml")
    page = base / "docs" / "outlook.txt"
    current = index_base.SCHEMA_VERSION
    monkeypatch.setattr(index_base, "SCHEMA_VERSION", 3)  # as the monitor before issue 11 left it
    page.write_text("Inflation is likely to rise over the coming year.\n", encoding="utf-8")
    scan(cfg, settle=0)
    page.write_text("Inflation is unlikely to rise over the coming year.\n", encoding="utf-8")
    scan(cfg, settle=0)
    monkeypatch.setattr(index_base, "SCHEMA_VERSION", current)  # the SQLite index stays: $MONITOR_INDEX is unset
    data = json.loads(ok(run_monitor("history", "docs__outlook.txt", "--format", "json", cwd=base)).stdout)
    assert [v["dated"] for v in data["versions"]] == [None, None] and data["changes"][0]["kind"] == "likelihood"
    assert data["versions"][1]["date"] == data["versions"][1]["taken_at"][:10]
    ok(run_monitor("blame", "docs__outlook.txt", cwd=base))
    ok(run_monitor("label", "docs__outlook.txt@v2", "revised", cwd=base))
    data = json.loads(ok(run_monitor("history", "docs__outlook.txt", "--format", "json", cwd=base)).stdout)
    assert data["changes"][0]["label"] == "revised"
