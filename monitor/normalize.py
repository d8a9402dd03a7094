"""Bytes to text, and text to its comparison form: decoding, Unicode and typography folding."""

from __future__ import annotations

import codecs
import unicodedata
from itertools import compress
from operator import not_

from monitor.errors import BinaryFileError, InputError
from monitor.lazy_re import lazy_compile

# Typography that changes between exports without changing a word: folded before comparing.
_FOLD_TABLE: dict[str, str] = (
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
        "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2007": " ",
        "\u2008": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u205f": " ", "\u3000": " ", "\t": " ",
        "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "", "\u00ad": "",
        "\u2026": "...",
        # Separators str.split() knows but a reader never sees as more than a space or a line break.
        "\x0b": " ", "\x1c": "\n", "\x1d": "\n", "\x1e": "\n", "\x1f": " ", "\x85": "\n",
        "\u2028": "\n", "\u2029": "\n\n",
    }
)
_ASCII_FOLDS = tuple(ch for ch in _FOLD_TABLE if ch.isascii())
_SINGLE_BYTE = lazy_compile(r"^(?:cp125\d|windows-125\d|iso8859_\d+|latin_?\d|mac_\w+|cp8\d\d|cp437)$")
_CONTROL = lazy_compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, where: str) -> str:
    """Decode a document: UTF-8 (with or without BOM), UTF-16/32 with BOM, else a detected legacy encoding.

    Binary data (NUL bytes, many control characters) is refused with a BinaryFileError naming `where`.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(f"{where}: starts with a {encoding} byte-order mark but is not valid "
                                 f"{encoding}; re-save it as UTF-8") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = ""
    else:
        # In UTF-8 a zero byte is only ever a NUL character: searched for in the bytes (memchr), where a search of
        # the text compares each character of a wide (non-Latin-1) text one by one, as long as decoding it.
        if b"\x00" in data:
            raise BinaryFileError(f"{where}: binary file (it contains NUL bytes), not a text document; "
                                  "exclude it in config.yaml or compare a text export")
        return text
    sample = data[:65536]
    if b"\x00" in sample or len(_CONTROL.findall(sample.decode("latin-1"))) > max(8, len(sample) // 100):
        raise BinaryFileError(f"{where}: binary file, not a text document; "
                              "exclude it in config.yaml or compare a text export")
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None:
        raise InputError(f"{where}: not valid UTF-8 and no text encoding fits; re-save it as UTF-8")
    encoding = best.encoding
    if _SINGLE_BYTE.match(encoding):
        # Single-byte code pages are hard to tell apart on short texts; for the English-language
        # documents monitor tracks, Windows-1252 is by far the likeliest when it decodes cleanly.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise InputError(f"{where}: not valid UTF-8 (looks like {best.encoding} but does not decode); "
                         "re-save it as UTF-8") from None


def fold(text: str) -> str:
    """The comparison form of raw text: compatibility-normalised (ligatures, full-width forms) and
    typography folded (curly quotes, dashes, special spaces), line endings unified. Idempotent."""
    # Each replace copies the whole text even when it finds nothing, so the characters present are found first.
    present = _present(text)
    # A form feed is pdftotext's page break: make it a blank line so the page-break repair sees it.
    if "\r" in present:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\t" in present:
        text = text.replace("\t", " ")
    if "\f" in present:
        text = text.replace("\f", "\n\n")
    wide = [ch for ch in present if not ch.isascii()]
    if wide and not _stable(wide) and not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
        present = _present(text)
    # The few distinct characters to fold are replaced one by one (each a fast scan and one copy): a regex over the
    # whole text tested every character against the table, about 12 ns a character. No replacement holds a
    # character of the table, so the order does not matter and the result is what one pass gives.
    for ch in sorted(present.intersection(_FOLD_TABLE).difference("\t")):
        text = text.replace(ch, _FOLD_TABLE[ch])
    return text


# What fold turns into (or out of) a line break: after these, fold's lines are not the text's lines.
_LINE_BREAKS = tuple(ch for ch in ("\r", "\f", *_FOLD_TABLE) if ch in "\r\f" or "\n" in _FOLD_TABLE[ch])
# The table's ASCII characters that keep the lines as they are (tab, vertical tab, unit separator).
_ASCII_IN_LINE = tuple(ch for ch in _ASCII_FOLDS if ch not in _LINE_BREAKS)


def fold_lines(text: str) -> list[str]:
    """fold(text).split("\n"), folding only the lines that are not ASCII (most of a document's are).

    A line break is a starter that composes with nothing, and no NFKC or table replacement makes or removes one
    except the characters of _LINE_BREAKS: without them, folding line by line is folding the whole text (with them,
    or on an ASCII text, where it is a few memchr scans, the whole text is folded). The small copies of the lines
    that need it cost far less than the several whole-text copies of a folded non-ASCII text.

    For the same reason the lines that need folding are folded together, joined by line breaks, in one call: a
    fold per line cost a few microseconds of set-up for each (a fifth of segmenting a 4 MB document)."""
    if text.isascii() or any(ch in text for ch in _LINE_BREAKS):
        return fold(text).split("\n")
    for ch in _ASCII_IN_LINE:
        if ch in text:
            text = text.replace(ch, _FOLD_TABLE[ch])
    lines = text.split("\n")
    wide = list(compress(range(len(lines)), map(not_, map(str.isascii, lines))))
    folded = fold("\n".join([lines[i] for i in wide])).split("\n")
    for i, line in zip(wide, folded, strict=True):  # (the same count: no line break was made or removed)
        lines[i] = line
    return lines


# Bytes 0-127: deleted from UTF-8 to leave only the bytes of the non-ASCII characters, each whole.
_ASCII_BYTES = bytes(range(128))
# The ASCII characters fold replaces: line endings, tabs, form feeds and the table's control characters.
_ASCII_WATCH = tuple(dict.fromkeys(("\r", "\t", "\f", *_ASCII_FOLDS)))


def _present(text: str) -> set[str]:
    """The distinct characters of `text` that fold acts on or must check: every non-ASCII one, and the ASCII ones
    it replaces. ASCII text is searched as it is (a one-byte string: memchr). Otherwise its UTF-8 form is: every byte
    of a non-ASCII character is >= 0x80, so deleting the ASCII bytes leaves whole characters, and a byte is found at
    memchr speed, where a search of a two-byte string compares every character (about 5 ms per search of 4 MB).
    A lone surrogate (text from surrogateescape) takes the slow, always-right way."""
    if text.isascii():
        return {ch for ch in _ASCII_WATCH if ch in text}
    try:
        data = text.encode("utf-8")
    except UnicodeError:
        return {ch for ch in set(text) if not ch.isascii() or ch in _ASCII_WATCH}
    found = set(data.translate(None, _ASCII_BYTES).decode("utf-8"))
    found.update(ch for ch in _ASCII_WATCH if ord(ch) in data)
    return found


def _stable(chars: list[str]) -> bool:
    """True when a text whose non-ASCII characters are `chars` is certainly in NFKC already, without a pass over
    the text: every character is NFKC-stable on its own (quick-check Yes), has combining class 0 and lies where no
    character composes with the one before it (Latin-1 and Latin Extended, general punctuation to dingbats and
    shapes; the combining marks for symbols, U+20D0-U+20FF, excluded). Anything else: the full check decides."""
    for ch in chars:
        o = ord(ch)
        if not (o < 0x300 or 0x2000 <= o < 0x20D0 or 0x2100 <= o < 0x2C00):
            return False
        if unicodedata.combining(ch) or not unicodedata.is_normalized("NFKC", ch):
            return False
    return True


def squash(text: str) -> str:
    """Collapse every run of white space to one space and trim the ends."""
    if "  " not in text and text == text.strip():
        return text  # the common case (folded text has no other spaces), far faster than split and join
    return " ".join(text.split())
