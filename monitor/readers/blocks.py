"""What every reader returns: the text of a document as blocks (headings, paragraphs, list items, table rows),
and the one way they are written out as the plain text `segment()` splits into paragraphs."""

from __future__ import annotations

from dataclasses import dataclass

from monitor.lazy_re import lazy_compile

TYPE_CHECKING = False  # typing's own constant, without loading typing at run time (monitor/launch.py)
if TYPE_CHECKING:
    from typing import Literal

    BlockKind = Literal["heading", "paragraph", "item", "row"]

# A line segment() would take for a list item or heading marker when it starts a paragraph's text.
_ITEM_MARK = lazy_compile(r"^\s*(?:[-*+\u2022\u25aa\u25cf\u25e6\u2023\u2043\u25a0\u25a1\uf0b7\uf0a7]|\u2013)\s+")
_SPACES = lazy_compile(r"[ \t\u00a0]+")


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of a document's structure. A paragraph's `text` may keep its line breaks (a PDF's lines), which
    segment() joins, repairing words hyphenated at a line end; other kinds are one line."""

    kind: BlockKind
    text: str


@dataclass(frozen=True, slots=True)
class ReadText:
    """A document's text as its reader found it: `text` is what segment() reads; `blocks` its structure
    (empty for plain-text formats, whose structure segment() finds itself)."""

    format: str
    text: str
    blocks: tuple[Block, ...] = ()
    pages: int | None = None


def render_blocks(blocks: tuple[Block, ...] | list[Block]) -> str:
    """The blocks as text segment() reads back as the same units: a blank line between blocks, a heading
    underlined (so its text carries no marker), a list item led by "- " (whatever bullet it had), a table row
    as its cells joined by " | "."""
    out: list[str] = []
    for block in blocks:
        text = block.text.strip()
        if not text:
            continue
        if block.kind == "heading":
            line = _SPACES.sub(" ", " ".join(text.split()))
            out.append(f"{line}\n{'=' * 3}")
        elif block.kind == "item":
            out.append("- " + _ITEM_MARK.sub("", text, count=1))
        elif block.kind == "row":
            out.append(_SPACES.sub(" ", " ".join(text.split())))
        else:
            out.append(text)
    return "\n\n".join(out) + ("\n" if out else "")
