"""Word files (.docx) through python-docx (the only importer of it): paragraphs, headings, list items, table rows.

A draft reads as its tracked changes would once accepted: deleted and moved-away text is not text, inserted
text is; comments are not text either. The archive is checked before anything is unpacked, so a ZIP bomb
dressed as a .docx (a few kilobytes that inflate to gigabytes) is refused without inflating it.
"""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING, Any

from monitor.errors import UnreadableDocument
from monitor.readers.blocks import Block, ReadText, render_blocks

if TYPE_CHECKING:
    from monitor.readers.blocks import BlockKind

VERSION = "1"
LIBRARY: str | None = "python-docx"
MAX_UNPACKED = 300_000_000  # bytes all the archive's parts inflate to; real documents with photos stay far below
MAX_RATIO = 200  # how much one large part may inflate; text XML inflates 5 to 20 times, a bomb a thousandfold
MAX_PARTS = 10_000

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def check(data: bytes, where: str) -> None:
    """Cheap, before a version is stored: a ZIP archive holding a Word document, not encrypted, and not one
    that inflates out of all proportion (read from its directory; nothing is decompressed)."""
    if data.startswith(_OLE):
        raise UnreadableDocument(f"{where}: encrypted Word document (password-protected); save a copy without "
                                 "the password (File → Info → Protect Document) and track that")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise UnreadableDocument(f"{where}: damaged or truncated Word file (not a readable ZIP archive); save "
                                 "it again from Word, or copy it again") from None
    names = {i.filename for i in infos}
    if "word/document.xml" not in names:
        raise UnreadableDocument(f"{where}: not a Word document (no word/document.xml in the archive); save it "
                                 "again as .docx from Word")
    if any(i.flag_bits & 0x1 for i in infos):
        raise UnreadableDocument(f"{where}: encrypted Word document; save a copy without the password")
    unpacked = sum(i.file_size for i in infos)
    bomb = len(infos) > MAX_PARTS or unpacked > MAX_UNPACKED or any(
        i.file_size > 10_000_000 and i.file_size > MAX_RATIO * max(i.compress_size, 1) for i in infos)
    if bomb:
        raise UnreadableDocument(
            f"{where}: refused: a ZIP bomb posing as a Word file ({len(data):,} bytes that would inflate to "
            f"{unpacked / 1e6:,.0f} MB in {len(infos):,} parts); delete it, and open it nowhere")


def read(data: bytes, where: str) -> ReadText:
    check(data, where)
    try:
        import docx
    except ImportError:  # pragma: no cover - a broken install
        from monitor.readers import missing_library

        raise missing_library("python-docx", where, "a Word document") from None
    from monitor.readers import guarded

    def extract() -> ReadText:
        document = docx.Document(io.BytesIO(data))
        styles = _style_names(document)
        blocks: list[Block] = []
        _body(document.element.body, styles, blocks)
        return ReadText("docx", render_blocks(blocks), tuple(blocks))

    return guarded(where, "the Word document", extract)


def _style_names(document: Any) -> dict[str, str]:
    """Paragraph style id → its name ("Heading1" → "Heading 1"), for telling headings and lists apart."""
    names = {}
    for style in document.styles:
        style_id = getattr(style, "style_id", None)
        if style_id:
            names[style_id] = (style.name or style_id).lower()
    return names


def _body(parent: Any, styles: dict[str, str], out: list[Block]) -> None:
    for el in parent.iterchildren():
        if el.tag == f"{_W}p":
            kind, text = _paragraph(el, styles)
            if text:
                out.append(Block(kind, text))
        elif el.tag == f"{_W}tbl":
            for row in el.iter(f"{_W}tr"):
                cells = [" ".join(_text(p) for p in tc.iter(f"{_W}p")).strip() for tc in row.iterfind(f"{_W}tc")]
                cells = [" ".join(c.split()) for c in cells if c.strip()]
                if cells:
                    out.append(Block("row", " | ".join(cells)))
        elif el.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):  # content controls hold paragraphs
            _body(el, styles, out)


def _paragraph(p: Any, styles: dict[str, str]) -> tuple[BlockKind, str]:
    ppr = p.find(f"{_W}pPr")
    style = ""
    numbered = outline = False
    if ppr is not None:
        ps = ppr.find(f"{_W}pStyle")
        if ps is not None:
            style = styles.get(ps.get(f"{_W}val", ""), ps.get(f"{_W}val", "").lower())
        numbered = ppr.find(f"{_W}numPr") is not None
        outline = ppr.find(f"{_W}outlineLvl") is not None
    text = _text(p)
    if style.startswith(("heading", "title", "subtitle")) or outline:
        return "heading", " ".join(text.split())
    if numbered or style.startswith("list"):
        return "item", " ".join(text.split())
    return "paragraph", text.strip()


_SKIP = {f"{_W}del", f"{_W}moveFrom", f"{_W}txbxContent", "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}


def _text(p: Any) -> str:
    """The text a reader sees: runs, tabs and breaks in order; deletions, moved-away text, field codes and
    comment marks left out."""
    parts: list[str] = []
    for node in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen"):
        if any(a.tag in _SKIP for a in node.iterancestors()):
            continue
        tag = node.tag
        if tag == f"{_W}t":
            parts.append(node.text or "")
        elif tag == f"{_W}tab":
            parts.append(" " if node.getparent().tag == f"{_W}r" else "")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("-")
        else:
            parts.append("\n")
    return "".join(parts)
