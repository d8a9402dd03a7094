"""PDF through PDFium (pypdfium2, the only importer of it): the layout a PDF merely draws, undone.

A PDF holds glyphs at positions, not paragraphs. From the characters' boxes this rebuilds lines; drops running
headers, footers and page numbers (lines at a page's top or bottom that repeat, digits aside, on many pages, or
that are page numbers); reads two-column pages column by column; groups lines into paragraphs by spacing,
indentation and short last lines; rejoins a paragraph cut by a page or column break; and tells headings (larger
or bold type) and list items (a bullet glyph, or a small drawn dot) from body text. The same text laid out on A4
or Letter, in any margins or font, so reads the same.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from monitor.errors import UnreadableDocument
from monitor.readers.blocks import Block, ReadText, render_blocks

if TYPE_CHECKING:
    from monitor.readers.blocks import BlockKind

VERSION = "1"
LIBRARY: str | None = "pypdfium2"

_TAIL = 8192  # bytes at the end of a PDF that must hold its %%EOF marker
_SOFT_HYPHENS = ("\x02", "\u00ad")
_BULLETS = "\u2022\u25aa\u25cf\u25e6\u2023\u2043\u25a0\u25a1\u25ab\u2219\uf0b7\uf0a7\uf076\uf0d8\u27a2\u2013-*"
_BULLET_START = re.compile(f"^[{re.escape(_BULLETS)}]\\s+(?=\\S)")
_TERMINAL = ".!?:;\"'\u201d\u2019)]"
_DIGITS = re.compile(r"\d+")
# A line that is nothing but a page number: "7", "- 7 -", "7/12", "Page 7", "Page 7 of 12", "p. vii".
_PAGE_NUMBER = re.compile(
    r"^[\W_]*(?:(?:page|p\.|seite|pág\.?|página)\s*)?(?:\d+|[ivxlcdm]+)(?:\s*(?:of|/|von|de|sur)\s*\d+)?[\W_]*$",
    re.IGNORECASE)


def check(data: bytes, where: str) -> None:
    """Cheap, before a version is stored: the PDF header is there and the file is complete (ends in %%EOF)."""
    if b"%PDF-" not in data[:1024]:
        raise UnreadableDocument(f"{where}: not a PDF (it does not start with %PDF-), though named like one; "
                                 "check the file, or rename it if it is something else")
    if b"%%EOF" not in data[-_TAIL:]:
        raise UnreadableDocument(f"{where}: truncated PDF (no end-of-file marker: the download or copy stopped "
                                 "early); download or copy it again")


def read(data: bytes, where: str) -> ReadText:
    check(data, where)
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as pdfium_c
    except ImportError:  # pragma: no cover - a broken install
        from monitor.readers import missing_library

        raise missing_library("pypdfium2", where, "a PDF") from None
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise UnreadableDocument(f"{where}: encrypted PDF (it needs a password to open); save a copy without "
                                     "the password (open it, then print to PDF) and track that") from None
        raise UnreadableDocument(f"{where}: damaged PDF ({_reason(exc)}); download or export it again") from None
    from monitor.readers import guarded

    try:
        pages = guarded(where, "the PDF", lambda: [_page(doc, i, pdfium_c) for i in range(len(doc))])
    finally:
        doc.close()
    if not pages:
        raise UnreadableDocument(f"{where}: the PDF has no pages; export it again")
    if not any(any(ch.isalnum() for ln in page.lines for ch in ln.text) for page in pages):
        raise UnreadableDocument(f"{where}: no text layer: OCR is not supported (its pages are images, as in a "
                                 "scan); export the document with its text, or run OCR on it first (ocrmypdf)")
    blocks = layout(pages)
    return ReadText("pdf", render_blocks(blocks), tuple(blocks), pages=len(pages))


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().rstrip(".")
    return text[:1].lower() + text[1:] if text else type(exc).__name__


# ------------------------------------------------------------------------------------------------ lines


@dataclass(slots=True)
class Line:
    """One line of text on a page, in points with y growing downwards from the page's top."""

    page: int
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    bold: bool = False
    bullet: bool = False  # a small dot is drawn just left of it (a list item whose bullet is a shape)

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def size(self) -> float:
        """The type size, to the half point: what tells a heading from body text."""
        return round(self.height * 2) / 2


@dataclass(slots=True)
class Page:
    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)


def _page(doc: Any, index: int, c: Any) -> Page:
    page = doc[index]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            lines = _lines(textpage.raw, textpage.get_text_range(), index, height, c)
        finally:
            textpage.close()
        # Every page is searched for drawn bullets: a page holding only list items shows no indentation to
        # tell it by (its bullets hang in the margin), and a missed bullet is a changed paragraph.
        dots = _dots(page, height, c) if lines else []
    finally:
        page.close()
    if dots:
        _mark_bullets(lines, dots)
    return Page(index, width, height, lines)


_TEXT_LINE = re.compile(r"[^\r\n]+")


def _lines(tp: Any, text: str, page: int, height: float, c: Any) -> list[Line]:
    """The lines of a page, in the order the page draws them, as PDFium breaks its text into lines.

    Only three glyphs of a line are measured (its first, its last, and a letter in its middle for its height
    and its font): asking PDFium for every glyph's box made reading a page ten times slower.
    """
    rect = c.FS_RECTF()
    lines: list[Line] = []

    def box(i: int) -> tuple[float, float, float, float] | None:
        if not c.FPDFText_GetLooseCharBox(tp, i, rect) or rect.right < rect.left or rect.top <= rect.bottom:
            return None
        return rect.left, rect.right, height - rect.top, height - rect.bottom

    for m in _TEXT_LINE.finditer(text):
        raw = m.group(0)
        body = raw.strip()
        if not body:
            continue
        first = m.start() + (len(raw) - len(raw.lstrip()))
        last = m.start() + len(raw.rstrip()) - 1
        letters = [first + k for k, ch in enumerate(body) if ch.isalpha()]
        middle = letters[len(letters) // 2] if letters else first
        a, b, mid = box(first), box(last), box(middle)
        measured = [x for x in (a, b, mid) if x is not None]
        if not measured:
            continue
        x0 = a[0] if a else min(x[0] for x in measured)
        x1 = b[1] if b else max(x[1] for x in measured)
        tall = max(measured, key=lambda x: x[3] - x[2])  # a small superscript at an end changes nothing
        bold = bool(letters) and _bold_font(tp, middle, c)
        lines.append(Line(page, body.replace("\ufffe", "-"), min(x0, x1), max(x0, x1), tall[2], tall[3], bold))
    return lines


_BOLD_NAME = re.compile(rb"bold|black|heavy|semibold|demi", re.IGNORECASE)


def _bold_font(tp: Any, index: int, c: Any) -> bool:
    """Whether the glyph at `index` is set in a bold face, by its font's name (PDFium's weight is unreliable:
    it reports an oblique face heavier than a bold one)."""
    import ctypes

    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    if not c.FPDFText_GetFontInfo(tp, index, name, len(name), flags):
        return False
    return bool(_BOLD_NAME.search(name.value))


def _dots(page: Any, height: float, c: Any) -> list[tuple[float, float, float]]:
    """Small, roughly square shapes: (x right edge, y centre, size) of each — drawn list bullets. Through the raw
    API: a page of justified text holds tens of thousands of objects, too many to wrap one by one."""
    import ctypes

    out = []
    raw = page.raw
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for i in range(c.FPDFPage_CountObjects(raw)):
        obj = c.FPDFPage_GetObject(raw, i)
        if c.FPDFPageObj_GetType(obj) != c.FPDF_PAGEOBJ_PATH:
            continue
        if not c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        w, h = right.value - left.value, top.value - bottom.value
        if 1.0 <= w <= 8.0 and 1.0 <= h <= 8.0 and 0.6 <= w / h <= 1.6:
            out.append((right.value, height - (top.value + bottom.value) / 2, max(w, h)))
            if len(out) > 2000:  # a chart of dots, not a list
                return []
    return out


def _mark_bullets(lines: list[Line], dots: list[tuple[float, float, float]]) -> None:
    for line in lines:
        for right, middle, _size in dots:
            if line.top <= middle <= line.bottom and 0 <= line.x0 - right <= 3 * line.height:
                line.bullet = True
                break


# ------------------------------------------------------------------------------------ running headers


def _key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.lower().split()))


def drop_running_lines(pages: list[Page]) -> None:
    """Remove running headers, footers and page numbers: the top- and bottom-most lines of a page that repeat,
    digits aside, on at least two pages and two in five of them, or that hold nothing but a page number."""
    candidates: list[list[Line]] = []
    for page in pages:
        if not page.lines:
            candidates.append([])
            continue
        by_y = sorted(page.lines, key=lambda ln: ln.top)
        edge = [ln for ln in by_y[:3] if ln.top < page.height * 0.2]
        edge += [ln for ln in by_y[-3:] if ln.bottom > page.height * 0.8 and ln not in edge]
        candidates.append(edge)
    counts: Counter[str] = Counter()
    for edge in candidates:
        counts.update({_key(ln.text) for ln in edge})
    needed = max(2, int(0.4 * len(pages) + 0.999))
    for page, edge in zip(pages, candidates, strict=True):
        drop = {id(ln) for ln in edge if counts[_key(ln.text)] >= needed or _PAGE_NUMBER.match(ln.text)}
        if drop:
            page.lines = [ln for ln in page.lines if id(ln) not in drop]


# -------------------------------------------------------------------------------------- reading order


def reading_order(lines: list[Line]) -> list[Line]:
    """A page's lines top to bottom, columns one after the other: a gutter that no line crosses splits the
    lines beside it into a left and a right column (each ordered the same way); lines that span it (a title
    across both columns) stay where they are between them."""
    ordered = sorted(lines, key=lambda ln: (round(ln.top), ln.x0))
    gutter = _gutter(ordered)
    if gutter is None:
        return ordered
    out: list[Line] = []
    run: list[Line] = []

    def flush() -> None:
        left = [ln for ln in run if ln.x1 <= gutter]
        right = [ln for ln in run if ln.x0 >= gutter]
        out.extend(reading_order(left) if len(left) < len(run) else left)
        out.extend(reading_order(right) if len(right) < len(run) else right)
        run.clear()

    for line in ordered:
        if line.x0 < gutter < line.x1:
            flush()
            out.append(line)
        else:
            run.append(line)
    flush()
    return out


def _gutter(lines: list[Line]) -> float | None:
    """The x of a vertical gap between two columns of prose, if the page has one."""
    if len(lines) < 6:
        return None
    left, right = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    width = right - left
    if width <= 0:
        return None
    narrow = [ln for ln in lines if ln.x1 - ln.x0 < 0.6 * width]
    if len(narrow) < 6:
        return None
    # Sweep the narrow lines' spans for the widest x range in the middle of the page that none covers.
    spans = sorted((ln.x0, ln.x1) for ln in narrow)
    best: tuple[float, float] | None = None
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 > reach and (best is None or x0 - reach > best[1] - best[0]):
            best = (reach, x0)
        reach = max(reach, x1)
    if best is None:
        return None
    gap0, gap1 = best
    middle = (gap0 + gap1) / 2
    height = statistics.median(ln.height for ln in narrow)
    if gap1 - gap0 < 0.5 * height or not left + 0.2 * width < middle < right - 0.2 * width:
        return None
    west = [ln for ln in narrow if ln.x1 <= middle]
    east = [ln for ln in narrow if ln.x0 >= middle]
    if len(west) < 3 or len(east) < 3:
        return None
    # Columns of prose, side by side: not a table's short cells, not a caption beside a figure.
    if statistics.median(ln.x1 - ln.x0 for ln in west) < 0.25 * width or \
            statistics.median(ln.x1 - ln.x0 for ln in east) < 0.25 * width:
        return None
    if max(ln.top for ln in west) < min(ln.top for ln in east) or max(ln.top for ln in east) < min(
            ln.top for ln in west):
        return None
    return middle


# ---------------------------------------------------------------------------------------- paragraphs


@dataclass(slots=True)
class _Block:
    lines: list[Line]

    @property
    def right(self) -> float:
        return max(ln.x1 for ln in self.lines)


def layout(pages: list[Page]) -> list[Block]:
    """The blocks of a document: running lines dropped, pages in reading order, lines grouped into
    paragraphs (rejoined across page and column breaks), headings and list items told apart."""
    drop_running_lines(pages)
    stream = [ln for page in pages for ln in reading_order(page.lines)]
    if not stream:
        return []
    body = _body_size(stream)
    gap = _line_gap(stream, body)
    groups: list[_Block] = []
    for line in stream:
        if groups and _same_paragraph(groups[-1], line, body, gap):
            groups[-1].lines.append(line)
        else:
            groups.append(_Block([line]))
    words = _vocabulary(stream)
    body_bold = _body_bold(stream, body)
    return [_block(g, body, body_bold, words) for g in groups]


def _body_size(lines: Iterable[Line]) -> float:
    """The type size most of the text is set in."""
    weight: Counter[float] = Counter()
    for ln in lines:
        weight[ln.size] += len(ln.text)
    return weight.most_common(1)[0][0]


def _body_bold(lines: list[Line], body: float) -> bool:
    same = [ln for ln in lines if ln.size == body]
    return sum(len(ln.text) for ln in same if ln.bold) * 2 > sum(len(ln.text) for ln in same)


def _line_gap(lines: list[Line], body: float) -> float:
    """The usual space between two lines of one body-text paragraph (the leading)."""
    gaps = [b.top - a.bottom for a, b in itertools.pairwise(lines)
            if a.page == b.page and a.size == body and b.size == body and -0.5 * a.height < b.top - a.bottom
            < 2 * a.height and abs(a.x0 - b.x0) < 2 * a.height]
    if not gaps:
        return 0.3 * body
    return Counter(round(g * 2) / 2 for g in gaps).most_common(1)[0][0]


def _ends_sentence(text: str) -> bool:
    return text.rstrip()[-1:] in _TERMINAL


def _starts_item(line: Line) -> bool:
    return line.bullet or bool(_BULLET_START.match(line.text))


def _same_paragraph(block: _Block, line: Line, body: float, gap: float) -> bool:
    prev = block.lines[-1]
    em = max(prev.height, line.height)
    if abs(line.size - prev.size) > 0.12 * prev.size or _starts_item(line):
        return False
    if len(block.lines) == 1 and prev.bold and not line.bold and not _ends_sentence(prev.text):
        return False  # a bold heading in the body's size, then the text under it
    jumped = line.page != prev.page or line.top < prev.top - 0.5 * em
    if jumped:
        return _continues(block, line, em)
    if line.top - prev.bottom > gap + 0.45 * em:
        return False  # the space between two paragraphs
    if _ends_sentence(prev.text) and line.x1 - prev.x1 > 2 * em:
        return False  # the short last line of a paragraph, then a full line of the next
    return not (_ends_sentence(prev.text) and line.x0 - prev.x0 > 0.8 * em and len(block.lines) > 1)


def _continues(block: _Block, line: Line, em: float) -> bool:
    """Across a page or column break: the paragraph goes on when its last line is cut mid-sentence, or is a
    full line (the last line of a paragraph is rarely full)."""
    prev = block.lines[-1]
    if not _ends_sentence(prev.text):
        return line.text[:1].isalpha() or line.text[:1] in "(\"'\u201c"
    return len(block.lines) > 1 and prev.x1 >= block.right - em


def _block(group: _Block, body: float, body_bold: bool, words: frozenset[str]) -> Block:
    lines = group.lines
    size = max(ln.size for ln in lines)
    text = _join(lines, words)
    kind: BlockKind = "paragraph"
    if _starts_item(lines[0]):
        kind = "item"
    elif len(text) < 300 and (size >= body * 1.12 or (
            not body_bold and all(ln.bold for ln in lines) and len(lines) <= 3 and not text.rstrip().endswith("."))):
        kind = "heading"
    return Block(kind, text if kind != "heading" else " ".join(text.split()))


_WORD = re.compile(r"[^\W\d_]+")
# A word hyphenated at the end of a line; the look-behind starts the word only at its first letter, so a long
# run of letters is not retried from each of them (quadratic on a 40,000-letter line).
_BROKEN = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[-\u2010]$")


def _vocabulary(lines: list[Line]) -> frozenset[str]:
    """The words of the document outside line-end hyphenation (lower case; compounds counted by their parts),
    to tell a compound broken at its hyphen ("long-|term") from a word split by a typesetter ("compen-|sate")."""
    words: set[str] = set()
    after_break = False
    for ln in lines:
        tokens = _WORD.findall(ln.text)
        broken = bool(_BROKEN.search(ln.text))
        start = 1 if after_break else 0
        end = len(tokens) - 1 if broken else len(tokens)
        words.update(t.lower() for t in tokens[start:end])
        after_break = broken
    return frozenset(words)


def _join(lines: list[Line], words: frozenset[str]) -> str:
    """A block's lines, one per line for segment() to join, except where a word is split across two lines:
    glued back here, where it is known to be a PDF's line end. A soft hyphen always goes; a hyphen stays when
    both halves are words of the document (a compound, "long-term") or the next line starts in capitals
    ("Russia-China"), and goes otherwise ("compen-sate")."""
    out: list[str] = []
    soft = False
    for ln in lines:
        if soft and out:
            out[-1] += ln.text
        else:
            out.append(ln.text)
        soft = out[-1].endswith(_SOFT_HYPHENS)
        if soft:
            out[-1] = out[-1][:-1]
    merged: list[str] = []
    for text in out:
        if merged:
            m = _BROKEN.search(merged[-1])
            tail = _WORD.match(text)
            if m and tail:
                head, rest = m.group(1), tail.group(0)
                keep = rest[:1].isupper() or (head.lower() in words and rest.lower() in words
                                              and (head + rest).lower() not in words)
                merged[-1] = merged[-1][: m.end(1)] + ("-" if keep else "") + text
                continue
        merged.append(text)
    return "\n".join(t.replace("\x02", "").replace("\u00ad", "") for t in merged)
