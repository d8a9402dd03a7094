"""Hostile input to the commands of issues 11 and 12 (import, label, history, blame, notify, rename): each mistake
gets one line on stderr and exit status 2 (or 1 for a delivery that failed), and no data is lost."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
from pathlib import Path

from tests.conftest import MONITOR, run_monitor


def _init(base: Path) -> Path:
    base.mkdir(parents=True, exist_ok=True)
    made = run_monitor("init", cwd=base)
    assert made.returncode == 0, made.stderr
    return base


def _ok(proc: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert proc.returncode == 0, (proc.stdout, proc.stderr)
    return proc


def _refused(proc: subprocess.CompletedProcess[str], *words: str) -> str:
    """The one line a bad input gets on stderr, with exit status 2 and no traceback."""
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("monitor: ") and "Traceback" not in proc.stderr, proc.stderr
    for w in words:
        assert w in lines[0], lines[0]
    return lines[0]


def _series(folder: Path, texts: dict[str, str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [folder / name for name in texts]


RATES = {"2020-01-15.txt": "Rates will stay where they are.\n", "2020-03-01.txt": "Rates are likely to rise.\n",
         "2020-06-01.txt": "Rates are unlikely to rise.\n"}


def test_import_killed_mid_series_then_run_again_finishes_it_without_doubling(tmp_path: Path) -> None:
    """An import killed (kill -9) after storing some versions but before dating them is finished by running
    the same import again: every file once, dated, one changelog entry each — not refused as a scan's history,
    and a version the store recovered (file written, manifest line not) is not reported as a repeat."""
    base = _init(tmp_path / "p")
    files = _series(tmp_path / "statements", {
        f"2001-{1 + i // 28:02d}-{1 + i % 28:02d}.txt": f"The rate is likely to rise by {i} points.\n"
        for i in range(150)})
    store = base / "snapshots" / "fed"
    proc = subprocess.Popen([str(MONITOR), "import", "fed", *map(str, files)], cwd=base,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None and len(list(store.glob("v*.txt"))) < 2:
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored = len(list(store.glob("v*.txt")))
    assert 0 < stored < len(files), stored  # killed while it was storing: nothing dated yet
    again = _ok(run_monitor("import", "fed", *files, cwd=base, timeout=120))
    assert "already there" in again.stdout and "text of the version before" not in again.stdout, again.stdout
    assert len(list(store.glob("v*.txt"))) == len(files)
    data = json.loads(_ok(run_monitor("history", "fed", "--format", "json", cwd=base)).stdout)
    assert [v["dated"] for v in data["versions"]] == [f.stem for f in files]
    keys = [json.loads(line)["key"] for line in (base / "changelog.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(keys) == sorted(f"fed@v{n}" for n in range(1, len(files) + 1))
    third = _ok(run_monitor("import", "fed", *files, cwd=base, timeout=120))
    assert f"0 versions imported, {len(files)} already there;" in third.stdout and not third.stderr, third


def test_import_names_a_folder_or_a_missing_file_as_such(tmp_path: Path) -> None:
    """`monitor import fomc statements/` says it is a folder and `…/2020-09-01.txt` that does not exist says
    'no such file' (not 'no date in its name' or 'vanished'), and nothing is imported; a name shaped like a
    scanned file's id (seeds__rates.txt) is refused, so that file can still be scanned."""
    base = _init(tmp_path / "p")
    files = _series(tmp_path / "statements", RATES)
    _refused(run_monitor("import", "rates", tmp_path / "statements", cwd=base), "is a folder", "*.txt")
    _refused(run_monitor("import", "rates", *files, tmp_path / "statements" / "2020-09-01.txt", cwd=base),
             "2020-09-01.txt", "no such file")
    _refused(run_monitor("import", "rates", "statments/*.txt", cwd=base), "no file matches that pattern")
    assert not (base / "snapshots" / "rates").exists()
    _refused(run_monitor("import", "seeds__rates.txt", *files, cwd=base), "'__'", "seeds-rates.txt")
    (base / "seeds" / "rates.txt").write_text("Rates may rise.\n", encoding="utf-8")
    _ok(run_monitor("scan", cwd=base))  # the file keeps the id a scan gives it


def test_history_since_after_until_is_refused_and_until_a_year_takes_the_whole_year(tmp_path: Path) -> None:
    """`--since 2021 --until 2020` is one line saying the period is empty; `--until 2020` keeps changes of
    June 2020 (the year's end, not its first day)."""
    base = _init(tmp_path / "p")
    _ok(run_monitor("import", "rates", *_series(tmp_path / "s", RATES), cwd=base))
    _refused(run_monitor("history", "rates", "--since", "2021", "--until", "2020", cwd=base),
             "--since 2021", "after --until 2020")
    data = json.loads(_ok(run_monitor("history", "rates", "--until", "2020", "-f", "json", cwd=base)).stdout)
    assert "2020-06-01" in {c["date"] for c in data["changes"]}
    data = json.loads(_ok(run_monitor("history", "rates", "--until", "2020-03", "-f", "json", cwd=base)).stdout)
    assert {c["date"] for c in data["changes"]} == {"2020-03-01"}


def test_a_date_or_label_naming_two_versions_is_refused_not_guessed(tmp_path: Path) -> None:
    """Two statements of one day: `blame DOC@that-day` lists both and asks for a number instead of blaming
    one; a label already on another version is refused, so DOC@label always names one version."""
    base = _init(tmp_path / "p")
    files = _series(tmp_path / "s", {"a-2020-05-05.txt": "Rates are likely to rise.\n",
                                     "b-2020-05-05.txt": "Rates are unlikely to rise.\n"})
    imported = _ok(run_monitor("import", "rates", *files, cwd=base))
    assert "warning: 2 versions share the date 2020-05-05, so they are ordered by file name" in imported.stderr
    _refused(run_monitor("blame", "rates@2020-05-05", cwd=base), "2 versions match", "v1", "v2", "rates@v2")
    _refused(run_monitor("label", "rates@2020-05-05", "May", cwd=base), "2 versions match")
    _ok(run_monitor("label", "rates@v1", "Morning statement", cwd=base))
    _refused(run_monitor("label", "rates@v2", "morning  statement", cwd=base), "rates@v1", "already labelled")
    shown = _ok(run_monitor("blame", "rates@Morning statement", cwd=base)).stdout
    assert shown.startswith("rates@v1 ")
    _ok(run_monitor("label", "rates@v1", "Morning statement", cwd=base))  # the same label again: no change
    for looks_like_a_version in ("v2", "latest", "2020-05-05", "noon@desk"):
        _refused(run_monitor("label", "rates@v1", looks_like_a_version, cwd=base), "reads as a version")


def test_import_by_git_of_one_commit_warns_that_every_version_has_one_date(tmp_path: Path) -> None:
    """`--date-from git` on a series committed at once dates every version alike: the import says so on stderr
    and points to --date-from filename, rather than silently ordering the series by file name."""
    from tests import gitrepo

    base = _init(tmp_path / "p")
    repo = gitrepo.init(tmp_path / "statements")
    gitrepo.commit(repo, {"march.txt": "Rates may rise.\n", "april.txt": "Rates will rise.\n"}, "all statements")
    files = [repo / "march.txt", repo / "april.txt"]
    imported = _ok(run_monitor("import", "rates", "--date-from", "git", *files, cwd=base))
    assert "warning: 2 versions share the date" in imported.stderr and "--date-from filename" in imported.stderr


def test_output_onto_a_file_monitor_reads_is_refused_and_the_file_kept(tmp_path: Path) -> None:
    """`history -o` or `blame -o` naming an imported statement, config.yaml, the changelog or a file in the
    snapshot store is refused with one line, and that file is unchanged."""
    base = _init(tmp_path / "p")
    files = _series(tmp_path / "s", RATES)
    _ok(run_monitor("import", "rates", *files, cwd=base))
    for target in (files[1], base / "config.yaml", base / "changelog.jsonl", base / "CHANGELOG.md",
                   base / "snapshots" / "rates" / "v0001.txt", tmp_path / "s" / ".." / "s" / files[2].name):
        before = target.read_bytes()
        for command in ("history", "blame"):
            _refused(run_monitor(command, "rates", "-o", target, "-f", "json", cwd=base), "which monitor reads")
            assert target.read_bytes() == before, target
    _refused(run_monitor("blame", "rates", "-o", "", cwd=base), "--output ''", "names no file")
    _ok(run_monitor("history", "rates", "-o", base / "rates-history.json", "-f", "json", cwd=base))
    assert json.loads((base / "rates-history.json").read_text(encoding="utf-8"))["document"] == "rates"


def test_history_and_blame_of_one_version_say_why_they_list_nothing(tmp_path: Path) -> None:
    """A document with one version: history says a change needs two versions, and blame (no judgment sentence
    yet) points to --all; both exit 0."""
    base = _init(tmp_path / "p")
    _ok(run_monitor("import", "rates", *_series(tmp_path / "s", {"2020-01-15.txt": "Rates may rise.\n"}), cwd=base))
    assert "has one version so far" in _ok(run_monitor("history", "rates", cwd=base)).stdout
    assert "--all lists every sentence" in _ok(run_monitor("blame", "rates", cwd=base)).stdout
    assert "1 sentence," in _ok(run_monitor("blame", "rates", "--all", cwd=base)).stdout


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # nothing listens there once the socket is closed


def test_notify_exits_1_while_a_target_is_down_and_keeps_the_entry(tmp_path: Path) -> None:
    """`monitor notify` run by cron while the webhook server is down exits 1 (not 0), saying on stderr what was
    not delivered and on stdout that the entry waits; `monitor status` still counts it pending."""
    base = _init(tmp_path / "p")
    with (base / "config.yaml").open("a", encoding="utf-8") as config:
        config.write(f'notify: [{{url: "json://127.0.0.1:{_closed_port()}/hook"}}]\n')
    doc = base / "seeds" / "outlook.txt"
    doc.write_text("Russia will not agree to a ceasefire.\n", encoding="utf-8")
    _ok(run_monitor("scan", cwd=base))
    doc.write_text("Russia will agree to a ceasefire.\n", encoding="utf-8")
    _ok(run_monitor("scan", cwd=base))  # its exit status does not depend on delivery
    sent = run_monitor("notify", cwd=base)
    assert sent.returncode == 1, (sent.stdout, sent.stderr)
    assert "not delivered" in sent.stderr and "0 delivered" in sent.stdout and "Traceback" not in sent.stderr
    assert "1 pending" in _ok(run_monitor("status", cwd=base)).stdout


def test_notify_url_of_the_wrong_type_is_named_as_such(tmp_path: Path) -> None:
    """`notify: [{url: 5}]` says the url must be text (not that it is missing)."""
    base = _init(tmp_path / "p")
    with (base / "config.yaml").open("a", encoding="utf-8") as config:
        config.write("notify: [{url: 5}]\n")
    _refused(run_monitor("notify", cwd=base), "notify[0].url must be a text URL, not 5")


def test_history_blame_and_label_take_a_tracked_file_path_as_log_does(tmp_path: Path) -> None:
    """`monitor history seeds/outlook.txt` (the file's path, as `monitor log` takes it) works, from the project
    folder and from inside seeds/, instead of 'unknown document'."""
    base = _init(tmp_path / "p")
    doc = base / "seeds" / "outlook.txt"
    doc.write_text("Rates are likely to rise.\n", encoding="utf-8")
    _ok(run_monitor("scan", cwd=base))
    doc.write_text("Rates are unlikely to rise.\n", encoding="utf-8")
    _ok(run_monitor("scan", cwd=base))
    assert _ok(run_monitor("history", "seeds/outlook.txt", cwd=base)).stdout.startswith("seeds__outlook.txt: 1 ")
    assert _ok(run_monitor("history", "outlook.txt", cwd=base / "seeds")).stdout.startswith("seeds__outlook.txt:")
    assert _ok(run_monitor("blame", "seeds/outlook.txt@v1", cwd=base)).stdout.startswith("seeds__outlook.txt@v1 ")
    _ok(run_monitor("label", "seeds/outlook.txt@v2", "revised", cwd=base))
    _refused(run_monitor("history", "seeds/missing.txt", cwd=base), "unknown document", "seeds__outlook.txt")


def test_rename_to_a_document_id_says_no_such_file(tmp_path: Path) -> None:
    """`monitor rename seeds__a.txt seeds__a.txt` (a document id where the new file's path belongs) says there
    is no such file and shows a path, rather than 'not under a watched folder'."""
    base = _init(tmp_path / "p")
    (base / "seeds" / "a.txt").write_text("Rates may rise.\n", encoding="utf-8")
    _ok(run_monitor("scan", cwd=base))
    _refused(run_monitor("rename", "seeds__a.txt", "seeds__a.txt", cwd=base), "no such file", "seeds/")


def test_import_refuses_an_unreadable_pdf_before_storing_anything(tmp_path: Path) -> None:
    """An encrypted PDF or one with no text layer among the files is refused with one line naming it, and no
    version is stored (a scan would keep its bytes; an import is a batch the user can fix and rerun); a
    readable Word file of the same series imports."""
    from pypdf import PdfWriter

    from tests import docgen

    base = _init(tmp_path / "p")
    series = tmp_path / "s"
    series.mkdir()
    writer = PdfWriter()
    writer.add_blank_page(300, 300)
    writer.write(series / "2020-02-01.pdf")  # a page with no text on it: an image-only scan
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    writer.write(series / "2020-03-01.pdf")
    docgen.write_docx(docgen.seed_parts(), series / "2020-01-01.docx")
    _refused(run_monitor("import", "rates", series / "2020-01-01.docx", series / "2020-03-01.pdf", cwd=base),
             "2020-03-01.pdf", "encrypted PDF")
    _refused(run_monitor("import", "rates", series / "2020-01-01.docx", series / "2020-02-01.pdf", cwd=base),
             "2020-02-01.pdf", "no text layer")
    assert not (base / "snapshots" / "rates").exists()
    assert "1 version imported" in _ok(run_monitor("import", "rates", series / "2020-01-01.docx", cwd=base)).stdout


def test_a_config_that_is_not_utf8_is_one_line_naming_its_line(tmp_path: Path) -> None:
    """A config.yaml saved in another encoding is refused in one line naming the file, the line and what to do."""
    base = _init(tmp_path / "p")
    (base / "config.yaml").write_bytes(b"roots: [seeds]\n# caf\xe9 notes\n")
    _refused(run_monitor("scan", cwd=base), "config.yaml: line 2: not UTF-8", "save the file as UTF-8")


def test_the_first_scan_after_an_import_migrates_nothing(tmp_path: Path) -> None:
    """A store created by `monitor import` carries the current id scheme: the next scan says nothing of
    renaming or migrating documents."""
    base = _init(tmp_path / "p")
    files = _series(base / "statements", {"2020-01-01.txt": "It will rain.\n", "2020-02-01.txt": "It may rain.\n"})
    _ok(run_monitor("import", "wx", *map(str, files), cwd=base))
    scanned = _ok(run_monitor("scan", cwd=base))
    assert "renamed" not in scanned.stdout + scanned.stderr and "store format" not in scanned.stdout, scanned
