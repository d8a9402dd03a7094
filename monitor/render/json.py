"""The JSON report, as defined by docs/diff-report.md and docs/diff-report.schema.json."""

from __future__ import annotations

import json
from collections.abc import Sequence
from json.encoder import encode_basestring_ascii

from monitor.report import ParagraphChange, Report, WordOp

PRETTY_PARAGRAPHS = 2000
# Stands for the rows in the compact form until they are spliced in (a NUL never reaches a report: decode
# refuses it as binary; the splice checks that the marker is found exactly once anyway).
_ROWS = "\x00rows\x00"


def render_report(report: Report, color: bool = False) -> str:
    """The report as JSON, keys in the order of the spec, non-ASCII kept readable.

    Small reports are indented for people; large ones are compact and ASCII-escaped, because indenting
    makes the json module fall back to its slow pure-Python encoder (pipe through `jq` to read them).
    """
    del color  # JSON is never coloured
    if len(report.paragraphs) <= PRETTY_PARAGRAPHS:
        return json.dumps(report.to_dict(), ensure_ascii=False, indent=1) + "\n"
    # The C encoder's fastest path, with the rows written straight from the values: the same text as
    # json.dumps(report.to_dict(), ensure_ascii=True), without a dict per row.
    text = json.dumps(report.to_dict_with(_ROWS), ensure_ascii=True)
    marker = encode_basestring_ascii(_ROWS)
    at = text.find(marker)
    if at < 0 or text.find(marker, at + 1) >= 0:
        return json.dumps(report.to_dict(), ensure_ascii=True) + "\n"
    # One join of the envelope and every row's piece: the rows joined first, then spliced into the envelope,
    # copied the whole report (30 MB for a 13 MB pair) a second time.
    pieces = rows_pieces(report.paragraphs)
    pieces[0] = f"{text[:at]}{pieces[0]}"
    pieces.append(f"{text[at + len(marker):]}\n")
    return "".join(pieces)


# A bytes.translate table keeping each ASCII character that JSON writes as it is (printable, but the quote and the
# backslash) and turning every other byte into a NUL, itself a character to escape.
_ESCAPED_TO_NUL = bytes(c if 0x20 <= c < 0x7F and c not in b'"\\' else 0 for c in range(256))


def _json_string(text: str) -> str:
    """encode_basestring_ascii(text). A paragraph's text is mostly printable ASCII that needs no escape: found so
    in C at a few instructions a character (a table translation, then a search for a NUL), it is quoted as it is,
    where the encoder examines each character twice (a fifth of rendering a 4 MB pair's report)."""
    if text.isascii() and 0 not in text.encode("ascii").translate(_ESCAPED_TO_NUL):
        return f'"{text}"'
    return encode_basestring_ascii(text)


def rows_pieces(rows: Sequence[ParagraphChange]) -> list[str]:
    """The paragraph rows as json.dumps(..., ensure_ascii=True) writes their dicts (report._paragraph_dict), in
    pieces to be joined once (never none). An unchanged row's two texts are equal and escaped once, a section's
    name once per section."""
    esc = _json_string
    sections: dict[str | None, str] = {None: "null"}
    out: list[str] = []
    add = out.append
    sep = "["
    # A row is a named tuple (report.ParagraphChange): its fields unpacked in one step, where reading each by name
    # took a generic attribute lookup (a fifth of rendering the rows of a long document)
    for op, old, new, name, old_text, new_text, words in rows:
        old_json = "null" if old_text is None else esc(old_text)
        new_json = old_json if new_text == old_text else "null" if new_text is None else esc(new_text)
        section = sections.get(name)
        if section is None:
            section = sections[name] = esc(name)  # type: ignore[arg-type]  # None is in the table
        add(f'{sep}{{"op": "{op}", "old": [{old[0] if len(old) == 1 else ", ".join(map(str, old))}], '
            f'"new": [{new[0] if len(new) == 1 else ", ".join(map(str, new))}], "section": {section}, '
            f'"old_text": {old_json}, "new_text": {new_json}, "words": '
            f'{"null" if words is None else _words_json(words)}}}')
        sep = ", "
    add("]" if out else "[]")
    return out


def _words_json(words: Sequence[WordOp]) -> str:
    """A changed row's word ops, as json.dumps writes their dicts (ensure_ascii=True)."""
    return "[" + ", ".join(f'{{"op": "{w.op}", "text": {_json_string(w.text)}}}' for w in words) + "]"
