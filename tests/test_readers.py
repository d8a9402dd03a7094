"""PDF, HTML and Word documents through the real `monitor` command and daemon: layout is never a change.

Every document here is made in the test from the seed chapter (tests/docgen.py): PDFs printed by headless
Chromium at two page sizes, margins and fonts, in two columns and hyphenated; HTML in two site templates; a
Word file with a tracked deletion and a comment. Bad inputs (encrypted, scanned, truncated, corrupt, a ZIP bomb,
a 50 MB page, an unsupported type) are made here too.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests import docgen
from tests.conftest import SEED, run_monitor
from tests.daemon_proc import daemon as _daemon
from tests.gitrepo import commit, init

needs_chromium = pytest.mark.skipif(docgen.CHROMIUM is None,
                                    reason="no chromium binary to print PDFs (apt-get install chromium)")
SENTENCE_START = "The Zelenskyy administration, however, will not agree"
SENTENCE_END = "before the Trump administration comes to power."


# ------------------------------------------------------------------------------------------- documents
def _pages_text(pdf: Path) -> list[str]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return [" ".join(page.get_textpage().get_text_range().split()) for page in doc]
    finally:
        doc.close()


def _crosses_page(pdf: Path) -> bool:
    """Whether the edited likelihood sentence starts on one page and ends on the next."""
    pages = _pages_text(pdf)
    start = [i for i, t in enumerate(pages) if SENTENCE_START in t]
    end = [i for i, t in enumerate(pages) if SENTENCE_END in t]
    return bool(start and end) and end[0] == start[0] + 1


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed as .txt, PDF (A4, Letter, two columns, hyphenated, edited), HTML (two sites) and DOCX."""
    if docgen.CHROMIUM is None:
        pytest.skip("no chromium binary to print PDFs (apt-get install chromium)")
    out = tmp_path_factory.mktemp("docs")
    (out / "seed.txt").write_bytes(SEED.read_bytes())
    parts = docgen.seed_parts()
    edited = docgen.seed_parts(docgen.LIKELIHOOD_EDIT)
    margins = ("0.9in 0.75in", "0.95in 0.75in", "0.85in 0.75in", "0.8in 0.75in")
    jobs = {
        out / "a4.pdf": docgen.print_page(parts, size="A4", margin="2cm", font="DejaVu Serif", font_size="11pt"),
        out / "letter.pdf": docgen.print_page(parts, size="Letter", margin="1in 0.75in", font="DejaVu Sans",
                                              font_size="10pt", photo="6cm"),
        out / "twocol.pdf": docgen.print_page(parts, size="A4", margin="1.5cm", font_size="10pt", columns=2),
        out / "hyphens.pdf": docgen.print_page(parts, size="A5", margin="1.2cm", font_size="10pt",
                                               soft_hyphens=True),
        # The edit, where a page break falls inside the edited sentence (one of these margins puts it there).
        **{out / f"edit-{i}.pdf": docgen.print_page(edited, size="Letter", margin=m, font="DejaVu Sans",
                                                    font_size="9pt", photo="0.5cm") for i, m in enumerate(margins)},
    }
    docgen.print_pdfs(jobs)
    crossing = [p for p in sorted(out.glob("edit-*.pdf")) if _crosses_page(p)]
    assert crossing, "no rendering breaks the page inside the edited sentence; adjust the margins in the fixture"
    crossing[0].rename(out / "letter-edit.pdf")
    _scanned_pdf(out, parts)
    (out / "site-a.html").write_text(docgen.site_page(docgen.SITE_A, parts), encoding="utf-8")
    (out / "site-b.html").write_text(docgen.site_page(docgen.SITE_B, parts), encoding="utf-8")
    docgen.write_docx(parts, out / "seed.docx", deleted=" This deleted sentence was never part of the text.",
                      comment="Reviewer: is this still true?")
    return out


def _scanned_pdf(out: Path, parts: list[docgen.Part]) -> None:
    """A PDF whose pages are only pictures of text, as a scanner makes: a screenshot of a page, printed."""
    import base64

    source, png = out / "scan-source.html", out / "page.png"
    source.write_text(docgen.print_page(parts[:4], size="A5"), encoding="utf-8")
    assert docgen.CHROMIUM is not None
    subprocess.run([docgen.CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--screenshot={png}",
                    "--window-size=800,1000", f"--user-data-dir={out / 'profile'}", source.as_uri()],
                   capture_output=True, timeout=120, check=False, env={**os.environ, "HOME": str(out)})
    if not png.is_file():
        pytest.fail("chromium did not take the screenshot for the scanned PDF")
    data = base64.b64encode(png.read_bytes()).decode()
    page = f'<!doctype html><html><body style="margin:0"><img src="data:image/png;base64,{data}" width="700">'
    docgen.print_pdfs({out / "scanned.pdf": page}, header_footer=False)  # a scanner adds no text at all


def _bad_inputs(folder: Path, docs: Path) -> dict[str, str]:
    """Each bad input, written into `folder`: file name → what its one line must say."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=docs / "a4.pdf")
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    writer.write(folder / "encrypted.pdf")
    (folder / "scanned.pdf").write_bytes((docs / "scanned.pdf").read_bytes())
    data = (docs / "a4.pdf").read_bytes()
    (folder / "truncated.pdf").write_bytes(data[: len(data) // 2])
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    with zipfile.ZipFile(folder / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
        with zf.open("word/media/image1.bin", "w") as member:
            zeros = bytes(1 << 20)
            for _ in range(400):  # 400 MB of zeros in about 400 kB
                member.write(zeros)
    page = docgen.site_page(docgen.SITE_A, docgen.seed_parts())
    filler = "<p>" + "x" * 998 + "</p>\n"
    (folder / "huge.html").write_text(page.replace("</main>", filler * 49_000 + "</main>"), encoding="utf-8")
    with zipfile.ZipFile(folder / "figures.docx", "w") as zf:  # a spreadsheet saved under a Word name
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
    return {
        "encrypted.pdf": "encrypted PDF (it needs a password to open)",
        "scanned.pdf": "no text layer: OCR is not supported",
        "truncated.pdf": "truncated PDF",
        "corrupt.pdf": "damaged PDF",
        "bomb.docx": "ZIP bomb",
        "huge.html": "over the 10 MB the HTML reader takes",
        "figures.docx": "unsupported type (an Excel workbook (.xlsx)",
    }


def _diff(*args: str | Path) -> dict[str, Any]:
    proc = run_monitor("diff", *args, "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr
    report: dict[str, Any] = json.loads(proc.stdout)
    return report


def _changed(report: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for p in report["paragraphs"] if p["op"] != "unchanged"]


# ----------------------------------------------------------------------------------------- acceptance
@needs_chromium
def test_the_seed_at_a4_and_at_letter_is_no_change(docs: Path) -> None:
    """The chapter printed at A4 and at Letter (other margins, font, running headers and page numbers)
    compares as identical: no judgment flagged and no paragraph modified."""
    report = _diff(docs / "a4.pdf", docs / "letter.pdf")
    assert report["assessments"] == []
    assert _changed(report) == []
    assert report["summary"]["paragraphs"]["unchanged"] == 17


@needs_chromium
def test_one_likelihood_edit_is_one_flag_quoting_the_sentence_across_the_page_break(docs: Path) -> None:
    """One edit in the source ("will probably launch" → "is unlikely to launch") is exactly one likelihood
    flag whose sentence is quoted whole, though the page breaks inside it in the edited PDF."""
    assert _crosses_page(docs / "letter-edit.pdf")
    report = _diff(docs / "a4.pdf", docs / "letter-edit.pdf")
    (flag,) = report["assessments"]
    assert flag["kind"] == "likelihood"
    assert flag["after"].startswith(SENTENCE_START) and flag["after"].endswith(SENTENCE_END)
    assert "is unlikely to launch a furious offensive" in flag["after"]
    assert len(_changed(report)) == 1


@needs_chromium
def test_two_columns_and_hyphenation_read_as_the_text(docs: Path) -> None:
    """A two-column printing is read column by column, and words hyphenated at line ends are rejoined: the
    seed as .txt against either PDF has no modified paragraph."""
    for pdf in ("twocol.pdf", "hyphens.pdf"):
        report = _diff(docs / "seed.txt", docs / pdf)
        assert report["assessments"] == [], pdf
        assert _changed(report) == [], (pdf, _changed(report))


@needs_chromium
def test_two_site_templates_of_one_article_are_no_change(docs: Path) -> None:
    """The chapter in two site templates (navigation, cookie banner, sidebar, footer) compares as identical,
    and no markup, entity or boilerplate reaches the report."""
    proc = run_monitor("diff", docs / "site-a.html", docs / "site-b.html", "--format", "json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = json.loads(proc.stdout)
    assert report["assessments"] == [] and _changed(report) == []
    text = " ".join(p["old_text"] or "" for p in report["paragraphs"])
    for leak in ("&#x27;", "</p>", "cookies", "Privacy", "Skip to main content", "Copyright", "Related reports"):
        assert leak not in text
    assert "Ukraine's ability" in text


@needs_chromium
@pytest.mark.parametrize("other", ["a4.pdf", "site-a.html", "seed.docx"])
def test_the_seed_as_text_against_pdf_html_or_docx_is_no_change(docs: Path, other: str) -> None:
    """The seed as .txt against the same chapter as PDF, HTML or Word (with a tracked deletion and a comment,
    which are not text) flags nothing and modifies no paragraph."""
    report = _diff(docs / "seed.txt", docs / other)
    assert report["assessments"] == []
    assert _changed(report) == [], _changed(report)


@needs_chromium
def test_the_format_is_chosen_by_content_before_the_name(docs: Path, tmp_path: Path) -> None:
    """A PDF saved as report.txt and a page saved as page.txt are still read as PDF and HTML."""
    (tmp_path / "report.txt").write_bytes((docs / "a4.pdf").read_bytes())
    (tmp_path / "page.txt").write_bytes((docs / "site-b.html").read_bytes())
    for name in ("report.txt", "page.txt"):
        report = _diff(docs / "seed.txt", tmp_path / name)
        assert _changed(report) == [], name


def test_comparing_text_files_loads_no_pdf_html_or_word_library(tmp_path: Path) -> None:
    """`monitor diff a.txt b.txt` starts without importing pypdfium2, trafilatura, python-docx or lxml."""
    (tmp_path / "a.txt").write_text("Talks will probably resume.\n")
    (tmp_path / "b.txt").write_text("Talks are unlikely to resume.\n")
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "monitor", "diff", "a.txt", "b.txt"],
                          cwd=tmp_path, capture_output=True, text=True, check=False)
    assert proc.returncode == 1, proc.stderr
    imported = {line.split("|")[-1].strip().split(".")[0] for line in proc.stderr.splitlines() if "|" in line}
    assert not imported & {"pypdfium2", "trafilatura", "docx", "lxml", "htmldate", "justext", "zipfile"}


# --------------------------------------------------------------------------------- store, show, scan
def _project(base: Path, extra: str = "") -> Path:
    (base / "seeds").mkdir(exist_ok=True)
    (base / "config.yaml").write_text(f"roots: [seeds]\nsnapshots: snapshots\ndebounce_seconds: 0.2\n{extra}")
    return base / "seeds"


@needs_chromium
def test_the_store_keeps_the_pdf_and_show_prints_its_text(docs: Path, tmp_path: Path) -> None:
    """A PDF is stored byte for byte; `monitor show` prints its text and `--raw` its exact bytes; the
    text is cached by hash, and a new reader version re-reads it without making a new version."""
    seeds = _project(tmp_path)
    pdf = (docs / "a4.pdf").read_bytes()
    (seeds / "report.pdf").write_bytes(pdf)
    scan = run_monitor("scan", "--settle", "0", cwd=tmp_path)
    assert scan.returncode == 0, scan.stderr
    assert "added seeds__report.pdf@v1" in scan.stdout
    assert (tmp_path / "snapshots" / "seeds__report.pdf" / "v0001.pdf").read_bytes() == pdf
    shown = run_monitor("show", "seeds__report.pdf@v1", cwd=tmp_path)
    assert shown.returncode == 0 and "Chapter 8: The Continuing War of Attrition" in shown.stdout
    assert "Strategic Annual Report 2024" not in shown.stdout  # the running header
    raw = subprocess.run([str(Path(sys.executable).parent / "monitor"), "show", "--raw", "seeds__report.pdf"],
                         cwd=tmp_path, capture_output=True, check=False)
    assert raw.stdout == pdf
    (cached,) = (tmp_path / "snapshots" / ".text").iterdir()
    assert cached.name.startswith(__import__("hashlib").sha256(pdf).hexdigest() + ".pdf-")
    cached.rename(cached.with_name(cached.name.replace(".pdf-1-", ".pdf-0-")))  # as an older reader left it
    again = run_monitor("scan", "--settle", "0", cwd=tmp_path)
    assert again.returncode == 0 and "no new versions" in again.stderr
    assert run_monitor("log", "seeds__report.pdf", cwd=tmp_path).stdout.count("\n") == 1


def test_a_pdf_left_out_by_include_is_reported_not_ignored(tmp_path: Path) -> None:
    """With an old include list (text only), a PDF in seeds/ and one named to `monitor scan` each get a line
    saying it is not tracked and how to track it, instead of "no new versions" and silence."""
    seeds = _project(tmp_path, "include: ['*.txt']\n")
    (seeds / "report.pdf").write_bytes(b"%PDF-1.7\n%%EOF\n")
    for args in (("scan", "--settle", "0"), ("scan", "--settle", "0", "seeds/report.pdf")):
        proc = run_monitor(*args, cwd=tmp_path)
        (line,) = [x for x in proc.stderr.splitlines() if "report.pdf" in x]
        assert "not tracked" in line and "'*.pdf'" in line


# ----------------------------------------------------------------------------------------- bad input
@needs_chromium
def test_each_bad_input_is_one_line_and_status_two_for_diff(docs: Path, tmp_path: Path) -> None:
    """`monitor diff` of an encrypted, scanned, truncated or corrupt PDF, a ZIP bomb posing as DOCX, a 50 MB
    page or an unsupported type: one line on stderr naming the file and the problem, exit 2, no traceback."""
    for name, message in _bad_inputs(tmp_path, docs).items():
        proc = run_monitor("diff", docs / "seed.txt", tmp_path / name, timeout=120)
        assert proc.returncode == 2, (name, proc.stdout[-300:], proc.stderr)
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
        assert name in proc.stderr and message in proc.stderr, proc.stderr
        assert "Traceback" not in proc.stderr


@needs_chromium
def test_each_bad_input_is_one_line_and_status_two_for_scan_and_nothing_is_lost(docs: Path,
                                                                             tmp_path: Path) -> None:
    """`monitor scan` reports each bad file in one line and exits 2, while the good document beside them
    is recorded; an unsupported type is a skip; unreadable PDFs that are stored get an entry saying so."""
    seeds = _project(tmp_path)
    expected = _bad_inputs(seeds, docs)
    (seeds / "good.pdf").write_bytes((docs / "a4.pdf").read_bytes())
    proc = run_monitor("scan", "--settle", "0", cwd=tmp_path, timeout=180)
    assert proc.returncode == 2, proc.stderr
    assert "added seeds__good.pdf@v1" in proc.stdout
    lines = proc.stderr.strip().splitlines()
    for name, message in expected.items():
        (line,) = [x for x in lines if f"seeds/{name}" in x]
        assert message in line, line
        assert line.startswith("monitor: skipped" if name == "figures.docx" else "monitor: error"), line
    entries = [json.loads(x) for x in (tmp_path / "changelog.jsonl").read_text().splitlines()]
    notes = {e["doc"]: e.get("note") or "" for e in entries}
    assert notes["seeds__scanned.pdf"].startswith("not read: no text layer")
    assert notes["seeds__encrypted.pdf"].startswith("not read: encrypted PDF")
    assert not any(n in notes for n in ("seeds__truncated.pdf", "seeds__bomb.docx", "seeds__huge.html"))
    again = run_monitor("scan", "--settle", "0", cwd=tmp_path, timeout=180)
    assert "seeds__scanned.pdf" not in again.stdout + again.stderr  # its entry is written once, not again


@needs_chromium
def test_the_daemon_records_a_dropped_pdf_and_its_edit(docs: Path, tmp_path: Path) -> None:
    """A PDF dropped into seeds/ gets its changelog entry like a text file, and a new version of it with one
    changed judgment is logged as such."""
    seeds = _project(tmp_path)
    with _daemon(tmp_path) as (proc, log):
        (seeds / "chapter.pdf").write_bytes((docs / "a4.pdf").read_bytes())
        log.wait("added seeds__chapter.pdf@v1 (seeds/chapter.pdf): added, 17 paragraphs")
        (seeds / "chapter.pdf").write_bytes((docs / "letter-edit.pdf").read_bytes())
        log.wait("changed seeds__chapter.pdf@v2 (seeds/chapter.pdf): changed: 1 modified; judgments: 1 high")
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=5) == 0
    changelog = (tmp_path / "CHANGELOG.md").read_text()
    assert "seeds__chapter.pdf" in changelog and "<ins>is unlikely to</ins> launch a furious offensive" in changelog


@needs_chromium
def test_the_daemon_logs_each_bad_input_once_and_carries_on(docs: Path, tmp_path: Path) -> None:
    """Each bad input dropped into seeds/ is one log line naming it, logged once; the daemon keeps running
    and still records an edit to a good document, whose history is intact."""
    seeds = _project(tmp_path)
    (seeds / "good.txt").write_text("Outlook\n\nRussia will probably launch an offensive.\n")
    with _daemon(tmp_path) as (proc, log):
        log.wait("added seeds__good.txt@v1")
        staging = tmp_path / "staging"
        staging.mkdir()
        expected = _bad_inputs(staging, docs)
        for name in expected:
            (staging / name).rename(seeds / name)
        for name, message in expected.items():
            log.wait(f"seeds/{name}", timeout=60)
            (line,) = [x for x in log.lines if f"seeds/{name}" in x]
            assert message in line, line
        (seeds / "good.txt").write_text("Outlook\n\nRussia is unlikely to launch an offensive.\n")
        log.wait("changed seeds__good.txt@v2")
        time.sleep(1.5)
        for name in expected:
            assert log.count(f"seeds/{name}") == 1, "".join(log.lines)
        assert proc.poll() is None
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=5) == 0
    versions = sorted(p.name for p in (tmp_path / "snapshots" / "seeds__good.txt").glob("v*"))
    assert versions == ["v0001.txt", "v0002.txt"]


# ---------------------------------------------------------------------------------------------- review
@needs_chromium
def test_review_compares_a_pdf_changed_in_a_commit(docs: Path, tmp_path: Path) -> None:
    """`monitor review` reads a PDF at both commits and reports the one changed judgment."""
    repo = init(tmp_path / "repo")
    commit(repo, {"seeds/chapter.pdf": (docs / "a4.pdf").read_bytes()}, "first print")
    base = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True, text=True,
                          check=True).stdout.strip()
    commit(repo, {"seeds/chapter.pdf": (docs / "letter-edit.pdf").read_bytes()}, "revised")
    proc = run_monitor("review", "--base", base, "--format", "json", cwd=repo)
    assert proc.returncode == 1, proc.stderr
    (document,) = json.loads(proc.stdout)["documents"]
    assert document["path"] == "seeds/chapter.pdf" and document["note"] is None
    (flag,) = document["report"]["assessments"]
    assert flag["kind"] == "likelihood" and flag["after"].endswith(SENTENCE_END)


# ------------------------------------------------------------------------------------- structure
STATEMENT = """Monetary policy statement

The Board decided to leave the cash rate target unchanged at 4.35 per cent. Inflation has fallen substantially \
since its peak but remains above the midpoint of the target range.

Measure | Decision

Cash rate target | 4.35 per cent

Exchange settlement rate | 4.25 per cent

Outlook

- Inflation is likely to return to target in 2026.

- Growth will probably remain subdued.
"""
STATEMENT_HTML = """<!doctype html><html><head><title>Statement</title></head><body>
<nav><a href="/">Home</a> <a href="/about">About</a></nav><main><h1>Monetary policy statement</h1>
<p>The Board decided to leave the cash rate target unchanged at 4.35 per cent. Inflation has fallen substantially
since its peak but remains above the midpoint of the target range.</p>
<table><tr><th>Measure</th><th>Decision</th></tr><tr><td>Cash rate target</td><td>4.35 per cent</td></tr>
<tr><td>Exchange settlement rate</td><td>4.25 per cent</td></tr></table>
<h2>Outlook</h2><ul><li>Inflation is likely to return to target in 2026.</li>
<li>Growth {likelihood} remain subdued.</li></ul></main>
<footer>&copy; Reserve Bank. <a href="/privacy">Privacy</a></footer></body></html>
"""


def _statement_docx(path: Path, likelihood: str = "will probably") -> None:
    import docx

    document = docx.Document()
    document.add_heading("Monetary policy statement", level=1)
    lines = STATEMENT.split("\n\n")
    document.add_paragraph(lines[1].replace("\n", " "))
    table = document.add_table(rows=3, cols=2)
    for row, line in zip(table.rows, lines[2:5], strict=True):
        for cell, text in zip(row.cells, line.split(" | "), strict=True):
            cell.text = text
    document.add_heading("Outlook", level=2)
    document.add_paragraph("Inflation is likely to return to target in 2026.", style="List Bullet")
    item = document.add_paragraph("Growth ", style="List Bullet")
    item.add_run(likelihood)
    item.add_run(" remain subdued.")
    document.save(str(path))


def test_html_and_word_keep_headings_items_and_table_rows(tmp_path: Path) -> None:
    """A statement as HTML and as Word (heading, paragraph, table, list) reads as the same units as its text:
    nothing modified; a changed likelihood in a list item is one flag in either format."""
    (tmp_path / "statement.txt").write_text(STATEMENT)
    (tmp_path / "statement.html").write_text(STATEMENT_HTML.format(likelihood="will probably"))
    (tmp_path / "revised.html").write_text(STATEMENT_HTML.format(likelihood="is unlikely to"))
    _statement_docx(tmp_path / "statement.docx")
    _statement_docx(tmp_path / "revised.docx", "is unlikely to")
    for name in ("statement.html", "statement.docx"):
        report = _diff(tmp_path / "statement.txt", tmp_path / name)
        assert _changed(report) == [], (name, _changed(report))
        texts = [p["old_text"] for p in report["paragraphs"]]
        assert "Cash rate target | 4.35 per cent" in texts and "- Growth will probably remain subdued." in texts
    for old, new in (("statement.html", "revised.html"), ("statement.docx", "revised.docx")):
        (flag,) = _diff(tmp_path / old, tmp_path / new)["assessments"]
        assert flag["kind"] == "likelihood", flag


@pytest.mark.parametrize(("data", "name", "expected"), [
    (b"%PDF-1.7\n", "report.txt", "pdf"),
    (b"A note on the %PDF-1.7 header\n", "notes.md", "text"),
    (b"\x00junk%PDF-1.4\n", "report.pdf", "pdf"),
    (b"<!DOCTYPE html><p>Hi</p>", "page.txt", "html"),
    (b"Plain words", "page.htm", "html"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "chart.txt", None),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old.doc", None),
    (b"# Heading\n\nText.\n", "notes.md", "text"),
])
def test_the_reader_is_chosen_by_content_then_by_name(data: bytes, name: str, expected: str | None) -> None:
    """A PDF or page saved under another name is still read as one, a text quoting "%PDF-" is not, and an image
    or a legacy .doc has no reader (it is reported as an unsupported type)."""
    from monitor.readers import sniff

    assert sniff(data, name) == expected
