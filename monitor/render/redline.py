"""Format-neutral redline pieces: word ops cut at paragraph breaks; changed words between two sentences."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from monitor.lazy_re import lazy_compile
from monitor.report import SEVERITY_RANK, Assessment, ParagraphChange, WordOp
from monitor.worddiff import tokenize

TYPE_CHECKING = False  # typing's own constant, without loading typing at run time (monitor/launch.py)
if TYPE_CHECKING:
    from typing import Literal

    SegmentKind = Literal["equal", "insert", "delete"]
    Side = Literal["old", "new", "both"]

_PARAGRAPH_BREAK = lazy_compile(r"[ \t]*(?:\r\n|\r|\n)\s*")
# Longest sentence quoted in full; longer ones keep their changed words and are cut around them.
MAX_QUOTE_CHARS = 1200
PILCROW = "¶"


# Within one severity, what a reader needs first: a decision or recommendation made or dropped
# outright, then reversals, then shifts in likelihood and confidence, then the rest.
KIND_PRIORITY = {"added": 0, "removed": 0, "recommendation": 1, "polarity": 2, "likelihood": 3, "confidence": 4}


def sort_assessments(assessments: Iterable[Assessment]) -> list[Assessment]:
    """Most severe first; within a severity a stance that moved (polarity up or down: hold → raise) leads, then
    by KIND_PRIORITY, then in the classifier's (document) order."""
    return sorted(assessments,
                  key=lambda a: (-SEVERITY_RANK[a.severity], _stance_first(a), KIND_PRIORITY.get(a.kind, 5)))


def _stance_first(a: Assessment) -> int:
    """A decision's stance that moved ('policy decision moved from hold to raise'), not a trend or a statement
    moved to the middle of its scale, which are polarity up/down too."""
    moved = a.kind == "polarity" and a.direction in ("up", "down", "reversed")
    return 0 if moved and " moved from " in a.explanation else 1


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text inside one displayed paragraph: kept, inserted or deleted."""

    kind: SegmentKind
    text: str


def paragraphs_of(ops: Iterable[WordOp], side: Side = "both") -> list[tuple[Segment, ...]]:
    """The ops as displayed paragraphs: a mark never spans a paragraph break, and no paragraph is blank.

    `side` keeps the old text (equal + delete), the new text (equal + insert) or both (a redline).
    Line breaks inside a run end the paragraph; the run continues, re-marked, in the next one.
    In a redline, a deleted break is shown as a deleted pilcrow instead.
    """
    out: list[tuple[Segment, ...]] = []
    current: list[Segment] = []
    for op in ops:
        if (side == "old" and op.op == "insert") or (side == "new" and op.op == "delete"):
            continue
        text = op.text
        if side == "both" and op.op == "delete":
            # A deleted break (paragraphs merged) stays visible as a struck pilcrow; the layout follows
            # the new text, so only inserted or kept breaks start a new displayed paragraph.
            text = _PARAGRAPH_BREAK.sub(f" {PILCROW} ", text)
        pieces = _PARAGRAPH_BREAK.split(text)
        for i, piece in enumerate(pieces):
            if i:
                out.append(tuple(current))
                current = []
            if piece:
                current.append(Segment(op.op, piece))
    out.append(tuple(current))
    return [p for p in (_trim(p) for p in out) if p]


def _trim(segments: tuple[Segment, ...]) -> tuple[Segment, ...]:
    """Trim a paragraph's outer whitespace (leading spaces would make a Markdown code block)."""
    segs = list(segments)
    while segs and not segs[0].text.strip():
        segs.pop(0)
    while segs and not segs[-1].text.strip():
        segs.pop()
    if not segs:
        return ()
    segs[0] = Segment(segs[0].kind, segs[0].text.lstrip())
    segs[-1] = Segment(segs[-1].kind, segs[-1].text.rstrip())
    return tuple(segs)


_MARK_TAGS = {"delete": "del", "insert": "ins"}


def mark_segments(segments: Iterable[Segment], escape: Callable[[str], str]) -> str:
    """One displayed paragraph with <del>/<ins> marks around changed runs, text escaped by `escape`
    (HTML and Markdown both read these tags), each mark closed in the paragraph it opens in."""
    out = []
    for seg in segments:
        body = escape(seg.text)
        tag = _MARK_TAGS.get(seg.kind)
        out.append(f"<{tag}>{body}</{tag}>" if tag else body)
    return "".join(out)


def plain_ops(text: str, kind: SegmentKind = "equal") -> tuple[WordOp, ...]:
    """A whole text as one run (an added, removed or unchanged paragraph)."""
    return (WordOp(kind, text),)


def paragraph_ops(change: ParagraphChange) -> tuple[WordOp, ...]:
    """The word ops to display for a paragraph row, synthesised when the row has none."""
    if change.words is not None:
        return change.words
    if change.op == "added":
        return plain_ops(change.new_text or "", "insert")
    if change.op == "removed":
        return plain_ops(change.old_text or "", "delete")
    return plain_ops(change.new_text if change.new_text is not None else change.old_text or "")


def sentence_ops(before: str | None, after: str | None) -> tuple[WordOp, ...]:
    """Word ops between two quoted sentences, so their changed words can be highlighted.

    Deterministic (difflib, no junk heuristic); tokens are whole words, runs of spaces or single
    punctuation marks, so a word is never cut.
    """
    if before is None and after is None:
        return ()
    if before is None:
        return plain_ops(after or "", "insert")
    if after is None:
        return plain_ops(before, "delete")
    a = tokenize(before)  # the word diff's own tokens: "2.75" and "don't" are never cut
    b = tokenize(after)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops: list[WordOp] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _push(ops, "equal", "".join(a[i1:i2]))
            continue
        if tag in ("delete", "replace"):
            _push(ops, "delete", "".join(a[i1:i2]))
        if tag in ("insert", "replace"):
            _push(ops, "insert", "".join(b[j1:j2]))
    return tuple(_spaces_after(_absorb_spaces(ops)))


def _push(ops: list[WordOp], kind: SegmentKind, text: str) -> None:
    if not text:
        return
    if ops and ops[-1].op == kind:
        ops[-1] = WordOp(kind, ops[-1].text + text)
    else:
        ops.append(WordOp(kind, text))


def _absorb_spaces(ops: Sequence[WordOp]) -> list[WordOp]:
    """Fold a lone space kept between two changes into them, so 'a b' → 'c d' reads as one change."""
    out: list[WordOp] = []
    i = 0
    while i < len(ops):
        op = ops[i]
        between_changes = (
            op.op == "equal" and not op.text.strip() and 0 < i < len(ops) - 1
            and ops[i - 1].op != "equal" and ops[i + 1].op != "equal"
        )
        if between_changes:
            for kind in ("delete", "insert"):
                _merge_into(out, kind, op.text)
        else:
            _merge_into(out, op.op, op.text)
        i += 1
    return out


def _merge_into(out: list[WordOp], kind: SegmentKind, text: str) -> None:
    for j in range(len(out) - 1, -1, -1):
        if out[j].op == "equal":
            break
        if out[j].op == kind:
            out[j] = WordOp(kind, out[j].text + text)
            return
    out.append(WordOp(kind, text))


def _spaces_after(ops: list[WordOp]) -> list[WordOp]:
    """Slide a change's leading space to its end ('will[ not] agree' → 'will [not ]agree'), the usual
    convention of word diffs, when the text after the change starts with that same space."""
    out = list(ops)
    i = 0
    while i < len(out):
        if out[i].op == "equal":
            i += 1
            continue
        j = i
        while j < len(out) and out[j].op != "equal":
            j += 1
        run = out[i:j]
        lead = run[0].text[:1]
        slide = (
            lead.isspace() and j < len(out) and out[j].text.startswith(lead)
            and all(op.text.startswith(lead) for op in run)
        )
        if slide:
            for k in range(i, j):
                out[k] = WordOp(out[k].op, out[k].text[1:] + lead)
            out[j] = WordOp("equal", out[j].text[1:])
            if i > 0:
                out[i - 1] = WordOp("equal", out[i - 1].text + lead)
            else:
                out.insert(0, WordOp("equal", lead))
                j += 1
            if not out[j].text:
                del out[j]
        i = j
    return out


def shorten(ops: Sequence[WordOp], limit: int = MAX_QUOTE_CHARS) -> tuple[WordOp, ...]:
    """Cut long unchanged stretches to '…' so an over-long quote still shows every change."""
    total = sum(len(o.text) for o in ops)
    if total <= limit:
        return tuple(ops)
    keep = max(40, limit // (2 * max(1, sum(1 for o in ops if o.op != "equal")) + 2))
    out: list[WordOp] = []
    for i, op in enumerate(ops):
        if op.op != "equal" or len(op.text) <= 2 * keep:
            text = op.text if len(op.text) <= limit else op.text[:limit] + "…"
            out.append(WordOp(op.op, text))
            continue
        head = "" if i == 0 else op.text[:keep]
        tail = "" if i == len(ops) - 1 else op.text[-keep:]
        out.append(WordOp("equal", f"{head}…{tail}"))
    return tuple(out)
