"""Real documents made from the seed chapter in the tests: HTML pages in two site templates, PDFs printed by
headless Chromium at several page sizes, margins, fonts and column counts, and a Word file — nothing downloaded.

The chapter's structure (title, question headings, paragraphs, recommendation items) comes from the seed as
monitor reads it, so every rendering holds the same text, and any difference a reader reports is layout.
"""

from __future__ import annotations

import html
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from monitor.config import load_config
from monitor.pipeline import load_document
from tests.conftest import ROOT, SEED

CHROMIUM = next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p), None)
LIKELIHOOD_EDIT = ("will probably launch a furious offensive", "is unlikely to launch a furious offensive")
CAPTION = "Ukrainian troops cross the border into western Russia (Photo: Ukrinform/ Aflo)"


@dataclass(frozen=True, slots=True)
class Part:
    kind: str  # "title", "heading", "paragraph", "item"
    text: str


def seed_parts(edit: tuple[str, str] | None = None) -> list[Part]:
    """The seed chapter as its logical parts (its list items without their "- " marker)."""
    doc = load_document(SEED.read_bytes(), "seed", load_config(ROOT / "config.yaml"))
    parts = []
    for p in doc.paragraphs:
        text = p.text.replace(*edit) if edit else p.text
        if p.index == 0:
            parts.append(Part("title", text))
        elif p.heading:
            parts.append(Part("heading", text))
        elif text.startswith("- "):
            parts.append(Part("item", text[2:]))
        else:
            parts.append(Part("paragraph", text))
    return parts


def article_html(parts: list[Part], *, soft_hyphens: bool = False) -> str:
    """The chapter as HTML elements: h1, h2, p, ul/li, and a figure with its caption after the first paragraph."""
    out: list[str] = []
    in_list = False
    for i, part in enumerate(parts):
        text = html.escape(part.text, quote=True)  # quotes as &#x27;, as the pages had them
        if soft_hyphens:
            text = " ".join(_shy(w) for w in text.split(" "))
        if part.kind == "item":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{text}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        tag = {"title": "h1", "heading": "h2", "paragraph": "p"}[part.kind]
        out.append(f"<{tag}>{text}</{tag}>")
        if i == 2:
            out.append(f'<figure><div class="photo"></div><figcaption>{html.escape(CAPTION)}</figcaption></figure>')
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def _shy(word: str) -> str:
    """Soft hyphens in long words, so Chromium hyphenates at line ends as a typesetter would."""
    if len(word) < 10 or not word.isalpha():
        return word
    return word[:4] + "&shy;" + word[4:8] + "&shy;" + word[8:]


def print_page(parts: list[Part], *, size: str = "A4", margin: str = "2cm", font: str = "DejaVu Serif",
               font_size: str = "11pt", columns: int = 1, soft_hyphens: bool = False,
               title: str = "Strategic Annual Report 2024", photo: str = "4cm") -> str:
    """A standalone page to print: page size and margins by @page, the type, and optionally two columns."""
    cols = f"column-count: {columns}; column-gap: 1cm;" if columns > 1 else ""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
@page {{ size: {size}; margin: {margin}; }}
body {{ font-family: "{font}"; font-size: {font_size}; line-height: 1.4; }}
main {{ {cols} }}
h1 {{ font-size: 1.7em; column-span: all; }} h2 {{ font-size: 1.25em; }}
p, li {{ text-align: justify; }}
.photo {{ height: {photo}; background: #bbb; }} figcaption {{ font-size: 0.8em; font-style: italic; }}
</style></head>
<body><main>
{article_html(parts, soft_hyphens=soft_hyphens)}
</main></body></html>
"""


# Two site templates: different navigation, cookie banner, sidebar and footer around the same article.
SITE_A = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Chapter 8 | Strategic Annual Report | JIIA</title>
<link rel="stylesheet" href="/css/site.css"><script>window.dataLayer = [];</script></head>
<body>
<div id="cookie-banner" class="cookie">We use cookies to improve your experience. By continuing to browse you
agree to our use of cookies. <a href="/privacy">Privacy policy</a> <button>Accept all</button></div>
<header><a href="/" class="logo">The Japan Institute of International Affairs</a>
<nav><ul><li><a href="/en/">Home</a></li><li><a href="/en/about/">About Us</a></li>
<li><a href="/en/research/">Research</a></li><li><a href="/en/events/">Events</a></li>
<li><a href="/en/publications/">Publications</a></li><li><a href="/en/contact/">Contact</a></li></ul></nav>
<form class="search"><input type="search" placeholder="Search"></form></header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/en/publications/">Publications</a>
&gt; Strategic Annual Report 2024</div>
<main><article>
{article}
</article>
<aside><h3>Related reports</h3><ul><li><a href="/r/1">Chapter 7: The Middle East after Gaza</a></li>
<li><a href="/r/2">Chapter 9: Taiwan Strait Security</a></li></ul></aside>
</main>
<footer><p>Copyright &copy; The Japan Institute of International Affairs. All rights reserved.</p>
<ul><li><a href="/sitemap">Site map</a></li><li><a href="/privacy">Privacy Policy</a></li>
<li><a href="/terms">Terms of Use</a></li></ul></footer>
</body></html>
"""

SITE_B = """<!doctype html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>The Continuing War of Attrition in Ukraine - JIIA Strategic Comments</title>
<style>.menu{{display:flex}}</style></head>
<body class="page-report">
<div class="skip"><a href="#content">Skip to main content</a></div>
<div class="top-bar"><span>Follow us</span> <a href="https://x.com/jiia">X</a> <a href="/rss">RSS</a>
<a href="/ja/">日本語</a></div>
<div class="menu" role="navigation"><a href="/">Top</a> | <a href="/topics">Topics</a> | <a href="/regions">Regions</a>
| <a href="/experts">Experts</a> | <a href="/newsletter">Newsletter sign-up</a></div>
<div id="content" class="content">
<div class="report-body">
{article}
</div>
<div class="share">Share this page: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
</div>
<div class="gdpr-consent" role="dialog"><p>This website stores cookies on your computer. These cookies are used to
collect information about how you interact with our website. Do you accept?</p><button>Yes</button>
<button>No</button></div>
<div class="footer"><p>The Japan Institute of International Affairs, 3rd Floor Toranomon Mitsui Building,
3-8-1 Kasumigaseki, Chiyoda-ku, Tokyo 100-0013, Japan. Tel: +81-3-3503-7261</p>
<p>&copy; 2024 JIIA. Reproduction without permission is prohibited.</p></div>
<script src="/js/analytics.js"></script>
</body></html>
"""


def site_page(template: str, parts: list[Part]) -> str:
    return template.format(article=article_html(parts))


def print_pdfs(jobs: dict[Path, str], *, header_footer: bool = True) -> None:
    """Print each HTML page to its PDF path with headless Chromium, all at once (each in its own profile).

    Chromium's own running header and footer (date, title, file URL, "2/3") are kept unless told otherwise:
    they are the artefacts a reader must drop."""
    if CHROMIUM is None:
        raise RuntimeError("no chromium binary")
    procs = []
    with tempfile.TemporaryDirectory(prefix="monitor-chromium-") as tmp:
        for i, (pdf, page) in enumerate(jobs.items()):
            source = Path(tmp) / f"page{i}.html"
            source.write_text(page, encoding="utf-8")
            profile = Path(tmp) / f"profile{i}"
            args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    f"--user-data-dir={profile}", "--run-all-compositor-stages-before-draw",
                    *([] if header_footer else ["--no-pdf-header-footer"]),
                    f"--print-to-pdf={pdf}", source.as_uri()]
            procs.append((pdf, subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                                env={**os.environ, "HOME": tmp})))
        for pdf, proc in procs:
            _, err = proc.communicate(timeout=120)
            if not pdf.is_file() or pdf.stat().st_size == 0:
                raise RuntimeError(f"chromium did not print {pdf}: {err.decode(errors='replace')[-500:]}")


def write_docx(parts: list[Part], path: Path, *, deleted: str | None = None, comment: str | None = None) -> None:
    """The chapter as a Word file: Title and Heading styles, List Bullet items; with `deleted`, its first
    paragraph ends in that text as a tracked deletion, and with `comment`, it carries a comment."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    for i, part in enumerate(parts):
        if part.kind == "title":
            document.add_heading(part.text, level=0)
        elif part.kind == "heading":
            document.add_heading(part.text, level=1)
        elif part.kind == "item":
            document.add_paragraph(part.text, style="List Bullet")
        else:
            para = document.add_paragraph(part.text)
            if i == 2 and deleted is not None:
                change = OxmlElement("w:del")
                change.set(qn("w:id"), "1")
                change.set(qn("w:author"), "Reviewer")
                run = OxmlElement("w:r")
                t = OxmlElement("w:delText")
                t.set(qn("xml:space"), "preserve")
                t.text = deleted
                run.append(t)
                change.append(run)
                para._p.append(change)
            if i == 2 and comment is not None:
                document.add_comment(para.runs[0], text=comment, author="Reviewer")
    document.save(str(path))
