"""HTML pages through trafilatura (with lxml for its output; the only importer of both): the article alone.

Navigation, cookie banners, menus, share bars, sidebars and footers are left out by trafilatura's main-text
extraction, so a new site template is no change; headings stay headings, list items items, table rows rows, and
entities are decoded. A page with no recognisable article falls back to all of its visible text.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from monitor.errors import UnreadableDocument
from monitor.readers.blocks import Block, ReadText, render_blocks

if TYPE_CHECKING:
    from monitor.readers.blocks import BlockKind

VERSION = "1"
LIBRARY: str | None = "trafilatura"
# Extraction takes about a second per megabyte of text: past this a page is refused at once, with a way out,
# rather than run into the analysis budget. Saved article pages are far smaller.
MAX_HTML_BYTES = 10_000_000


def check(data: bytes, where: str) -> None:
    """Cheap, before a version is stored: the page is small enough to extract in reasonable time."""
    if len(data) > MAX_HTML_BYTES:
        raise UnreadableDocument(
            f"{where}: an HTML page of {len(data) / 1e6:.1f} MB is over the {MAX_HTML_BYTES // 1_000_000} MB the "
            "HTML reader takes (a page that large is mostly scripts or inline images); save the article alone, "
            "as PDF (print it) or as text, and track that")


def read(data: bytes, where: str) -> ReadText:
    check(data, where)
    try:
        import trafilatura
        from lxml import etree
    except ImportError:  # pragma: no cover - a broken install
        from monitor.readers import missing_library

        raise missing_library("trafilatura", where, "an HTML page") from None
    for name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
        logging.getLogger(name).disabled = True  # their warnings are about the page, not for our log
    from monitor.readers import guarded

    def extract() -> ReadText:
        xml = trafilatura.extract(
            data, output_format="xml", fast=True, include_tables=True, include_comments=False,
            include_links=False, include_images=False, include_formatting=False, with_metadata=False,
            deduplicate=False)
        blocks: list[Block] = []
        if xml:
            root = etree.fromstring(xml.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))
            main = root.find("main")
            if main is not None:
                _walk(main, blocks)
        if not blocks:  # no article found (a bare page, a list of links): all of the visible text
            text = trafilatura.html2txt(data) or ""
            blocks = [Block("paragraph", line) for line in text.split("\n") if line.strip()]
        return ReadText("html", render_blocks(blocks), tuple(blocks))

    return guarded(where, "the HTML page", extract)


_BLOCK_TAGS: dict[str, BlockKind] = {"head": "heading", "p": "paragraph", "quote": "paragraph", "code": "paragraph"}


def _text(el: Any) -> str:
    """An element's text with its line breaks (<lb/>) kept, every other run of white space one space."""
    parts: list[str] = []

    def visit(node: Any) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if child.tag == "lb":
                parts.append("\n")
            elif child.tag not in ("list", "table"):  # nested structure is walked as blocks of its own
                visit(child)
            if child.tail:
                parts.append(child.tail)

    visit(el)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _walk(parent: Any, out: list[Block]) -> None:
    for el in parent:
        tag = el.tag
        if tag in _BLOCK_TAGS:
            text = _text(el)
            if text:
                kind = _BLOCK_TAGS[tag]
                out.append(Block(kind, " ".join(text.split()) if kind == "heading" else text))
        elif tag == "list":
            _list(el, out)
        elif tag == "table":
            for row in el.iter("row"):
                cells = [" ".join(_text(cell).split()) for cell in row.iterfind("cell")]
                cells = [c for c in cells if c]
                if cells:
                    out.append(Block("row", " | ".join(cells)))
        else:
            _walk(el, out)


def _list(el: Any, out: list[Block]) -> None:
    """Each item of a list (nested lists' items after their parent's) as an item block."""
    for item in el.iterfind("item"):
        text = _text(item)
        if text:
            out.append(Block("item", " ".join(text.split())))
        for nested in item.iterfind("list"):
            _list(nested, out)
