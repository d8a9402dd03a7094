"""Readers: bytes and a file name in, text with its structure out — one module per format behind this boundary.

`sniff` names a document's format from its content (magic bytes), then its name; `check` is the cheap test a
scan runs before storing a version (no extraction); `read` extracts the text. Each format's module is the only
importer of its library and is imported only when a file of that format is read, so `monitor diff a.txt b.txt`
loads no PDF, HTML or Word library.
"""

from __future__ import annotations

import sys
from pathlib import PurePath

from monitor.errors import UnreadableDocument, UnsupportedType
from monitor.readers.blocks import Block, ReadText, render_blocks

TYPE_CHECKING = False  # typing's own constant, without loading typing at run time (monitor/launch.py)
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Literal, Protocol, TypeVar

    T = TypeVar("T")
    Format = Literal["text", "pdf", "html", "docx"]  # a name for type checking only

    class _Reader(Protocol):
        VERSION: str
        LIBRARY: str | None

        def check(self, data: bytes, where: str) -> None: ...
        def read(self, data: bytes, where: str) -> ReadText: ...

__all__ = ["FORMATS", "Block", "ReadText", "check", "read", "reader_tag", "render_blocks", "sniff"]

FORMATS: tuple[Format, ...] = ("text", "pdf", "html", "docx")
SUPPORTED = "text, Markdown, reST, PDF, HTML and Word (.docx)"
_MODULES: dict[Format, str] = {
    "text": "monitor.readers.text",
    "pdf": "monitor.readers.pdf",
    "html": "monitor.readers.html",
    "docx": "monitor.readers.docx",
}
_EXTENSIONS: dict[str, Format] = {
    ".pdf": "pdf", ".html": "html", ".htm": "html", ".xhtml": "html", ".docx": "docx", ".docm": "docx",
}
# Types seen in shared folders that no reader handles, by their first bytes: named in the "skipped" line.
_OTHER_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"), (b"II*\x00", "a TIFF image"), (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office file (.doc, .xls, .ppt) or a password-protected Word "
                                          "file"),
    (b"{\\rtf", "an RTF document"), (b"%!PS", "a PostScript file"), (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"), (b"Rar!\x1a\x07", "a RAR archive"), (b"\x7fELF", "a program"),
    (b"RIFF", "a media file"), (b"OggS", "a media file"), (b"ID3", "an MP3 file"),
)
_ZIP_KINDS: tuple[tuple[str, str], ...] = (
    ("xl/", "an Excel workbook (.xlsx)"), ("ppt/", "a PowerPoint deck (.pptx)"),
    ("META-INF/container.xml", "an EPUB book"), ("content.xml", "an OpenDocument file (.odt, .ods)"),
)
_HTML_STARTS = (b"<!doctype html", b"<html", b"<?xml", b"<!--", b"<head", b"<body", b"<meta", b"<title")


def sniff(data: bytes, name: str) -> Format | None:
    """The format of a document: by its first bytes (PDF, ZIP, HTML), then by its name; None when no reader
    handles it (an image, a spreadsheet, a legacy .doc)."""
    return _identify(data, name)[0]


def _identify(data: bytes, name: str) -> tuple[Format | None, str]:
    """(format, what it is): the format to read it with, or None and a description for the skipped line."""
    head = data[:1024]
    ext = PurePath(name).suffix.lower()
    # A PDF starts with its header; readers also accept one after up to 1 kB of junk, but only in a file named
    # .pdf would a text that quotes "%PDF-" near its top be taken for one.
    if head.lstrip(b"\xef\xbb\xbf \t\r\n\0").startswith(b"%PDF-") or (ext == ".pdf" and b"%PDF-" in head):
        return "pdf", "a PDF"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        names = _zip_names(data)
        if names is None:  # a damaged archive: the .docx reader says what is wrong with it
            return ("docx", "a Word document") if ext in (".docx", ".docm") else (None, "a damaged ZIP archive")
        if "word/document.xml" in names:
            return "docx", "a Word document"
        for prefix, what in _ZIP_KINDS:
            if any(n.startswith(prefix) for n in names):
                return None, what
        return None, "a ZIP archive"
    if head.startswith(b"\xd0\xcf\x11\xe0") and ext in (".docx", ".docm"):
        return "docx", "a Word document"  # what Word makes of a .docx given a password: its reader says so
    for magic, what in _OTHER_MAGIC:
        if head.startswith(magic):
            return None, what
    if _looks_like_html(head):
        return "html", "an HTML page"
    fmt = _EXTENSIONS.get(ext)
    if fmt is not None:
        return fmt, {"pdf": "a PDF", "html": "an HTML page", "docx": "a Word document"}[fmt]
    return "text", "a text file"


def _looks_like_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not start.startswith(_HTML_STARTS):
        return False
    if start.startswith((b"<?xml", b"<!--")):
        return b"<html" in head.lower()
    return True


def _zip_names(data: bytes) -> set[str] | None:
    """The member names of a ZIP archive, from its central directory only (nothing is decompressed)."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return set(zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None


def _reader(fmt: Format) -> _Reader:
    __import__(_MODULES[fmt])  # as importlib.import_module, without loading importlib (and warnings) for it
    return sys.modules[_MODULES[fmt]]  # a module, which _Reader describes


def check(data: bytes, name: str, where: str | None = None) -> Format:
    """The cheap test run before a version is stored: the format, or an error saying why it will never read.

    Sniffs the type and runs the format's check (a PDF's header and end marker, a Word file's archive
    directory and unpacked size, an HTML page's size, a text file's decoding), never a full extraction.
    """
    where = where or name
    fmt = _supported(data, name, where)
    _reader(fmt).check(data, where)
    return fmt


def _supported(data: bytes, name: str, where: str) -> Format:
    fmt, what = _identify(data, name)
    if fmt is None:
        raise UnsupportedType(f"{where}: unsupported type ({what}, binary); monitor reads {SUPPORTED}: exclude it "
                              "in config.yaml or save it in one of those formats")
    return fmt


def read(data: bytes, name: str, where: str | None = None) -> ReadText:
    """The text of a document with its structure (headings, paragraphs, list items, table rows).

    `name` (a file name) chooses the reader when the content does not; `where` names the document in errors.
    Raises UnsupportedType, UnreadableDocument or BinaryFileError, each with a one-line message.
    """
    where = where or name
    return _reader(_supported(data, name, where)).read(data, where)  # each reader checks what it reads


def reader_tag(data: bytes, name: str) -> str:
    """Which reader, at which version, reads this document: part of the key of its cached text, so a new
    extractor re-reads old versions (and never makes a new version)."""
    fmt = sniff(data, name) or "none"
    if fmt == "none":
        return fmt
    module = _reader(fmt)
    library = _library_version(module.LIBRARY) if module.LIBRARY else ""
    return f"{fmt}-{module.VERSION}" + (f"-{module.LIBRARY}-{library}" if library else "")


def _library_version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "missing"


def missing_library(dist: str, where: str, what: str) -> UnreadableDocument:
    """The error for a reader whose library is not installed (a broken install): what to run to fix it."""
    return UnreadableDocument(f"{where}: cannot read {what}: the Python package {dist} is not installed; "
                              "reinstall monitor (pip install -e .) to get it")


def guarded(where: str, what: str, fn: Callable[[], T]) -> T:
    """Run a library's extraction; anything it raises besides our own errors means the file is damaged."""
    from monitor.errors import MonitorError

    try:
        return fn()
    except (MonitorError, MemoryError, RecursionError):
        raise
    except Exception as exc:  # deliberate: third-party parsers raise anything on malformed input
        detail = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
        raise UnreadableDocument(f"{where}: cannot read {what}, it is damaged ({detail[:1].lower()}{detail[1:]}); "
                                 "open and save it again, or export it anew") from None
