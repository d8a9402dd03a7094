"""The HTML redline opened in headless Chromium: panels present, links resolve, a hostile document runs nothing."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from monitor.render import html as h
from monitor.report import Assessment, Evidence, ParagraphChange, Report, VersionRef, WordOp

CHROMIUM = next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p), None)
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary (apt-get install chromium)")

# Each payload, if it ran, would mark the page: a changed title or a data-pwned attribute on <html>.
PAYLOADS = (
    "<script>document.title='pwned';document.documentElement.setAttribute('data-pwned','script')</script>",
    "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">",
    "<svg onload=\"document.documentElement.setAttribute('data-pwned','svg')\"></svg>",
    "\"><script>document.documentElement.setAttribute('data-pwned','attr')</script>",
    "<a href=\"javascript:document.documentElement.setAttribute('data-pwned','link')\">x</a>",
)
HOSTILE = " ".join(PAYLOADS)


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: list[str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())


class DomIndex(HTMLParser):
    """Every element of the dumped DOM with its attributes and the text inside it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.open: list[Element] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        el = Element(tag, {k: v or "" for k, v in attrs})
        self.elements.append(el)
        if tag not in ("meta", "link", "br", "img", "hr", "input"):
            self.open.append(el)

    def handle_endtag(self, tag: str) -> None:
        while self.open:
            if self.open.pop().tag == tag:
                break

    def handle_data(self, data: str) -> None:
        for el in self.open:
            el.text.append(data)

    def find(self, tag: str | None = None, cls: str | None = None) -> list[Element]:
        return [e for e in self.elements if (tag is None or e.tag == tag) and (cls is None or cls in e.classes)]


def dump_dom(page: str, tmp_path: Path) -> DomIndex:
    """Load the page from a file:// URL in headless Chromium (scripts allowed) and index the DOM after load."""
    assert CHROMIUM is not None
    target = tmp_path / "report.html"
    target.write_text(page, encoding="utf-8")
    proc = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=2000",
         "--dump-dom", target.as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "<html" in proc.stdout, proc.stderr[-2000:]
    dom = DomIndex()
    dom.feed(proc.stdout)
    return dom


def sample_report(text: str = "") -> Report:
    """A report with every paragraph op and three assessments; `text` is woven into every document string."""
    paras = (
        ParagraphChange("unchanged", (0,), (0,), f"Overview {text}", f"Opening {text}.", f"Opening {text}."),
        ParagraphChange("modified", (1,), (1,), f"Ceasefire {text}", f"Kyiv will not agree {text}.",
                        f"Kyiv will agree {text}.",
                        (WordOp("equal", "Kyiv will "), WordOp("delete", "not "), WordOp("equal", f"agree {text}."))),
        ParagraphChange("removed", (2,), (), f"Ceasefire {text}", f"Gone {text}.", None),
        ParagraphChange("added", (), (2,), f"Ceasefire {text}", None, f"Fresh {text}."),
        ParagraphChange("split", (4,), (3, 4), "Outlook", "Part one. Part two.", "Part one.\n\nPart two, longer.",
                        (WordOp("equal", "Part one."), WordOp("delete", " Part two."),
                         WordOp("insert", "\n\nPart two, longer."))),
        ParagraphChange("merged", (5, 6), (5,), "Outlook", "A.\n\nB.", "A. B.",
                        (WordOp("equal", "A."), WordOp("delete", "\n\n"), WordOp("insert", " "),
                         WordOp("equal", "B."))),
        ParagraphChange("moved", (3,), (6,), "Outlook", f"Wanderer {text}.", f"Wanderer {text}."),
    )
    assessments = (
        Assessment("likelihood", "medium", "down", ("outlook",), "Outlook", "It is likely.", "It is possible.",
                   Evidence(("likely",), ("possible",)), "likely became possible"),
        Assessment("polarity", "high", "reversed", (f"ceasefire {text}",), f"Ceasefire {text}",
                   f"Kyiv will not agree {text}.", f"Kyiv will agree {text}.", Evidence(("not",), ()),
                   f"negation removed {text}"),
        Assessment("added", "low", None, (), None, None, f"Fresh {text}.", Evidence(), "judgment added"),
    )
    return Report(f"ukraine {text}", VersionRef("v1", "seeds/u.txt", "a" * 64, "2026-11-24T09:00:00Z"),
                  VersionRef("v2", "seeds/u.txt", "b" * 64, "2026-11-25T10:12:03Z"), paras, assessments)


def test_page_is_standalone_and_forbids_scripts() -> None:
    """The file references no external asset and carries a CSP without any script source."""
    page = h.render_report(sample_report())
    assert "http://" not in page and "https://" not in page and "src=" not in page
    assert "Content-Security-Policy" in page and "script-src" not in h.CSP and "default-src 'none'" in h.CSP
    assert "@media print" in page


@needs_chromium
def test_browser_shows_assessments_first_then_redline(tmp_path: Path) -> None:
    """Chromium renders the assessment panel (most severe first) before the redline, with every op shown."""
    dom = dump_dom(h.render_report(sample_report()), tmp_path)
    order = [e for e in dom.elements if e.tag == "section"]
    assert [("assessments" in e.classes, "redline" in e.classes) for e in order] == [(True, False), (False, True)]
    cards = dom.find("article", "assessment")
    assert [c.attrs["data-severity"] for c in cards] == ["high", "medium", "low"]
    assert "negation removed" in "".join(cards[0].text)
    assert [("".join(e.text)) for e in dom.find("del") if "not" in "".join(e.text)]
    ops = {e.attrs.get("data-op") for e in dom.find("div", "para")}
    assert ops == {"unchanged", "modified", "removed", "added", "split", "merged", "moved"}
    assert [" ".join("".join(e.text).split()) for e in dom.find("h3", "section")] == [
        "Overview", "Ceasefire", "Outlook"]
    split = next(e for e in dom.find("div", "para") if e.attrs.get("data-op") == "split")
    assert "split into" in "".join(split.text)


@needs_chromium
def test_moved_paragraph_links_to_its_old_place_and_back(tmp_path: Path) -> None:
    """The moved paragraph links to an anchor at its old position, which links back to it."""
    dom = dump_dom(h.render_report(sample_report()), tmp_path)
    ids = {e.attrs["id"] for e in dom.elements if "id" in e.attrs}
    moved = next(e for e in dom.find("div", "para") if e.attrs.get("data-op") == "moved")
    links = [e.attrs["href"] for e in dom.find("a") if e.attrs.get("href", "").startswith("#")]
    assert "#old-3" in links and "old-3" in ids
    assert f"#{moved.attrs['id']}" in links
    # The old place sits before the paragraph that followed it in the old version (the split one).
    positions = {e.attrs.get("id"): i for i, e in enumerate(dom.elements)}
    assert positions["old-3"] < positions["new-3"]


@needs_chromium
def test_hostile_document_runs_no_script(tmp_path: Path) -> None:
    """Scripts, event handlers and javascript: links in a document render as text and never run."""
    page = h.render_report(sample_report(HOSTILE))
    # Without the CSP too: the escaping alone must be enough.
    for variant in (page, page.replace(h.CSP, "default-src *; script-src * 'unsafe-inline'")):
        dom = dump_dom(variant, tmp_path)
        root = dom.find("html")[0]
        assert "data-pwned" not in root.attrs
        assert "".join(dom.find("title")[0].text).startswith("ukraine")
        assert not dom.find("script") and not dom.find("img") and not dom.find("svg")
        assert not [a for a in dom.find("a") if a.attrs.get("href", "").startswith("javascript:")]
        assert PAYLOADS[0] in "".join(dom.find("body")[0].text)


@needs_chromium
def test_the_harness_would_notice_a_script(tmp_path: Path) -> None:
    """Control: an unescaped script does run in this Chromium set-up, so the test above means something."""
    page = "<!DOCTYPE html><html><head><title>t</title></head><body>" + PAYLOADS[0] + "</body></html>"
    dom = dump_dom(page, tmp_path)
    assert dom.find("html")[0].attrs.get("data-pwned") == "script"


@needs_chromium
def test_print_layout_renders(tmp_path: Path) -> None:
    """Printing to PDF works offline (the print stylesheet is valid enough for Chromium to lay out)."""
    assert CHROMIUM is not None
    target = tmp_path / "r.html"
    target.write_text(h.render_report(sample_report()), encoding="utf-8")
    pdf = tmp_path / "r.pdf"
    proc = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
         f"--user-data-dir={tmp_path / 'profile'}", "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
         target.as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert pdf.read_bytes().startswith(b"%PDF")
