"""GitHub-flavoured Markdown for a Report: `diff --format markdown`, changelog entries, review blocks.

Everything that comes from a document is passed through `escape`: it can neither change the rendering
(HTML, emphasis, links, tables, headings, math) nor ping anyone (`@name`, `#123`). Deletions and
insertions are `<del>`/`<ins>` inline tags that are always closed inside the paragraph they open in.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from monitor.render.redline import (
    Segment,
    mark_segments,
    paragraph_ops,
    paragraphs_of,
    sentence_ops,
    shorten,
    sort_assessments,
)
from monitor.report import Assessment, ParagraphChange, Report

SEVERITY_BADGE = {"high": "🔴 High", "medium": "🟠 Medium", "low": "🟡 Low"}
OP_LABEL = {
    "unchanged": "unchanged", "modified": "modified", "added": "added", "removed": "removed",
    "moved": "moved", "split": "split", "merged": "merged",
}
_ZWSP = "&#8203;"  # breaks `@name` and `#123` for GitHub's autolinkers while reading the same
# Backslash-escaped wherever they appear: inline syntax (emphasis, code, links, strikethrough, tables).
_BACKSLASHED = frozenset("\\`*_[]~|")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "$": "&#36;"}  # `$` would open GitHub math
_LINE_START = re.compile(r"^(\s*)(?:([-+=:])|(\d{1,9})([.)]))")
_GH_REF = re.compile(r"\b(GH)-(?=\d)", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


_TRANSLATE = str.maketrans(
    {**{c: "\\" + c for c in _BACKSLASHED}, **_ENTITIES, "#": "\\#", "\x00": "\ufffd"}
)
_MENTION = re.compile(r"@(?=[\w-])")
_ISSUE_REF = re.compile(r"\\#(?=[^\W_])")


def escape(text: str) -> str:
    """Document text as Markdown that renders as exactly this text, on one line, pinging nobody."""
    from monitor.render.text import visible

    # Terminal escapes and bidi overrides shown, not obeyed: CHANGELOG.md is read with `cat` and `less` too.
    escaped = visible(_SPACE.sub(" ", text)).translate(_TRANSLATE)
    escaped = _MENTION.sub("@" + _ZWSP, escaped)
    escaped = _ISSUE_REF.sub("\\\\#" + _ZWSP, escaped)
    escaped = _GH_REF.sub(lambda m: f"{m.group(1)}-{_ZWSP}", escaped)
    # Block syntax only bites at the start of a line: list bullets, setext underlines, ordered lists.
    m = _LINE_START.match(escaped)
    if m:
        if m.group(2):
            escaped = f"{m.group(1)}\\{m.group(2)}{escaped[m.end():]}"
        else:
            escaped = f"{m.group(1)}{m.group(3)}\\{m.group(4)}{escaped[m.end():]}"
    return escaped


def escape_html(text: str) -> str:
    """Text inside raw HTML (a <summary>): HTML-escaped, and still pinging nobody."""
    text = html.escape(_SPACE.sub(" ", text), quote=True)
    return re.sub(r"([@#])(?=\w)", lambda m: m.group(1) + _ZWSP, text)


def code(text: str) -> str:
    """A short identifier (a path, a ref) as a code span that no backtick inside can close early."""
    text = _SPACE.sub(" ", text)
    run = max((len(r) for r in re.findall(r"`+", text)), default=0)
    fence = "`" * (run + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or run else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def segments_md(segments: Iterable[Segment]) -> str:
    """One displayed paragraph with <del>/<ins> marks."""
    return mark_segments(segments, escape)


def highlighted_sentences(a: Assessment) -> tuple[str | None, str | None]:
    """The before and after sentences with the words that changed marked, each on one line."""
    ops = shorten(sentence_ops(a.before, a.after))
    before = after = None
    if a.before is not None:
        before = " ".join(segments_md(p) for p in paragraphs_of(ops, "old")) or None
    if a.after is not None:
        after = " ".join(segments_md(p) for p in paragraphs_of(ops, "new")) or None
    return before, after


def assessment_headline(a: Assessment) -> str:
    """`🔴 High · polarity · reversed · topic: … — explanation` on one line."""
    bits = [f"**{SEVERITY_BADGE[a.severity]}**", a.kind]
    if a.direction:
        bits.append(a.direction)
    if a.topics:
        bits.append("topic: " + ", ".join(escape(t) for t in a.topics))
    head = " · ".join(bits)
    return f"{head} — {escape(a.explanation)}" if a.explanation else head


def assessment_item(a: Assessment, show_section: bool = True) -> str:
    """One assessment as a list item: headline, then before/after and section as sub-items."""
    lines = [f"- {assessment_headline(a)}"]
    before, after = highlighted_sentences(a)
    if before is not None:
        lines.append(f"  - **Before:** {before}")
    elif a.after is not None:
        lines.append("  - **Before:** (no such sentence)")
    if after is not None:
        lines.append(f"  - **After:** {after}")
    elif a.before is not None:
        lines.append("  - **After:** (sentence removed)")
    if show_section and a.section:
        lines.append(f"  - Section: {escape(a.section)}")
    return "\n".join(lines)


def assessments_md(assessments: Sequence[Assessment], show_section: bool = True) -> str:
    """The assessments as a list, most severe first."""
    return "\n".join(assessment_item(a, show_section) for a in sort_assessments(assessments))


def counts_line(report: Report) -> str:
    """`1 high · 1 medium · 0 low judgments; paragraphs: 2 modified, 1 added` on one line."""
    sev = report.assessment_counts
    judged = " · ".join(f"{sev[s]} {s}" for s in ("high", "medium", "low"))
    para = ", ".join(f"{n} {op}" for op, n in report.paragraph_counts.items() if n and op != "unchanged")
    return f"**Judgments changed:** {judged}. **Paragraphs:** {para or 'no changes'}."


def paragraph_row_md(change: ParagraphChange) -> str:
    """A changed paragraph row: a label line naming its place, then the redlined text."""
    label = f"**¶ {_where(change)} · {OP_LABEL[change.op]}**"
    paras = paragraphs_of(paragraph_ops(change), "both")
    body = "\n\n".join(segments_md(p) for p in paras) if paras else "(empty paragraph)"
    return f"{label}\n\n{body}"


def _where(change: ParagraphChange) -> str:
    def nums(idx: Sequence[int]) -> str:
        return ", ".join(str(i + 1) for i in idx) or "–"

    if change.op == "added":
        return f"new {nums(change.new)}"
    if change.op == "removed":
        return f"old {nums(change.old)}"
    if change.old == change.new and len(change.old) == 1:
        return str(change.old[0] + 1)
    return f"old {nums(change.old)} → new {nums(change.new)}"


def paragraph_diff_md(report: Report, heading_level: int = 4) -> str:
    """Every changed paragraph, grouped under its section, with a count of the unchanged ones."""
    out: list[str] = []
    section: str | None = None
    unchanged = 0
    for change in report.paragraphs:
        if not change.changed:
            unchanged += 1
            continue
        if change.section and change.section != section:
            section = change.section
            out.append(f"{'#' * min(heading_level, 6)} {escape(section)}")
        out.append(paragraph_row_md(change))
    if unchanged:
        out.append(f"_{unchanged} unchanged paragraph{'s' if unchanged != 1 else ''} not shown._")
    return "\n\n".join(out)


def details(summary: str, body: str) -> str:
    """A folded block; `summary` must already be HTML-safe (see `escape_html`)."""
    return f"<details>\n<summary>{summary}</summary>\n\n{body}\n\n</details>"


def paragraph_details(report: Report, heading_level: int = 4) -> str:
    """The paragraph diff folded under <details> (or a line saying nothing changed)."""
    changed = sum(1 for p in report.paragraphs if p.changed)
    if not changed:
        return "_No paragraph changed._"
    total = len(report.paragraphs)
    summary = f"Paragraph diff: {changed} changed of {total}"
    return details(summary, paragraph_diff_md(report, heading_level))


def version_label(report: Report) -> str:
    return f"{escape(report.old.label)} → {escape(report.new.label)}"


def render_entry(report: Report, heading_level: int = 3) -> str:
    """A changelog entry body: counts, assessments (most severe first), then the folded paragraph diff.

    `heading_level` is the level of the sub-headings inside the entry (the caller writes the entry's
    own heading one level up).
    """
    level = "#" * min(max(heading_level, 1), 6)
    parts = [counts_line(report)]
    if report.assessments:
        parts.append(f"{level} Judgments that changed")
        parts.append(assessments_md(report.assessments))
    elif report.has_differences:
        parts.append("No judgment changed; the edits are editorial or outside any flagged judgment.")
    parts.append(paragraph_details(report, min(heading_level + 1, 6)))
    return "\n\n".join(parts) + "\n"


def render_report(report: Report, color: bool = False) -> str:
    """`monitor diff --format markdown`: a titled report (colour has no meaning in Markdown)."""
    del color
    name = escape(report.document) if report.document else "document"
    title = f"## Changes in {name}: {version_label(report)}"
    return f"{title}\n\n{render_entry(report, heading_level=3)}"
