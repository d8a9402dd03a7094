"""A standalone HTML redline: assessments panel, then the inline redline; no external assets, no scripts.

Every string from a document goes through `html.escape`; a Content-Security-Policy meta tag forbids
scripts as a second line of defence, so a hostile document renders as text and runs nothing.
"""

from __future__ import annotations

import html
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
from monitor.report import Assessment, ParagraphChange, Report, VersionRef

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

STYLE = """
:root { --high: #b42318; --medium: #b54708; --low: #5e6b7a; --ins: #e6f4ea; --ins-fg: #0b5d1e;
        --del: #fde7e9; --del-fg: #8c1d18; --line: #d0d5dd; --muted: #667085; }
* { box-sizing: border-box; }
body { font: 16px/1.55 Georgia, "Times New Roman", serif; color: #1d2939; margin: 0 auto; max-width: 62rem;
       padding: 1.5rem 2rem 4rem; background: #fff; }
h1, h2, h3, h4, .badge, .meta, nav, .label { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; }
h3.section { font-size: 1.05rem; color: #344054; margin: 1.6rem 0 .6rem; }
.meta { color: var(--muted); font-size: .9rem; margin: 0 0 .3rem; }
.counts span { display: inline-block; margin-right: .8rem; }
.badge { display: inline-block; font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em;
         padding: .05rem .45rem; border-radius: .25rem; border: 1px solid currentColor; margin-right: .3rem; }
.sev-high .badge.sev, .badge.sev-high { color: var(--high); }
.sev-medium .badge.sev, .badge.sev-medium { color: var(--medium); }
.sev-low .badge.sev, .badge.sev-low { color: var(--low); }
.badge.plain { color: #344054; border-color: var(--line); font-weight: 500; text-transform: none; }
.assessment { border: 1px solid var(--line); border-left: 6px solid var(--low); border-radius: .35rem;
              padding: .7rem 1rem; margin: .8rem 0; break-inside: avoid; }
.assessment.sev-high { border-left-color: var(--high); }
.assessment.sev-medium { border-left-color: var(--medium); }
.assessment .explanation { font-weight: 600; margin: .4rem 0; }
.assessment dl { display: grid; grid-template-columns: 4.5rem 1fr; gap: .2rem .6rem; margin: .4rem 0 0; }
.assessment dt { font: 600 .8rem system-ui, sans-serif; color: var(--muted); text-transform: uppercase;
                 padding-top: .2rem; }
.assessment dd { margin: 0; }
ins { background: var(--ins); color: var(--ins-fg); text-decoration: underline; text-decoration-thickness: 1px; }
del { background: var(--del); color: var(--del-fg); text-decoration: line-through; }
.para { margin: .5rem 0; padding: .15rem .6rem; border-left: 3px solid transparent; }
.para p { margin: .35rem 0; }
.para.op-unchanged { color: #475467; }
.para.op-modified { border-left-color: #7a5af8; }
.para.op-added { border-left-color: var(--ins-fg); }
.para.op-removed { border-left-color: var(--del-fg); }
.para.op-moved, .para.op-split, .para.op-merged { border-left-color: #1570ef; }
.para:target, .moved-away:target { outline: 2px solid #1570ef; outline-offset: 2px; }
.label { font-size: .78rem; color: var(--muted); display: block; }
.label a { color: #1570ef; }
.moved-away { font: .85rem system-ui, sans-serif; color: var(--muted); margin: .4rem 0; padding: .2rem .6rem;
              border-left: 3px dashed #1570ef; }
.legend { font: .85rem system-ui, sans-serif; color: var(--muted); }
.none { color: var(--muted); font-style: italic; }
table.summary { border-collapse: collapse; font: .9rem system-ui, sans-serif; margin: .8rem 0; }
table.summary th, table.summary td { border: 1px solid var(--line); padding: .3rem .7rem; text-align: left; }
table.summary td.num { text-align: right; }
hr { border: 0; border-top: 3px double var(--line); margin: 2.5rem 0 1.5rem; }
.note { font: .9rem system-ui, sans-serif; background: #fffaeb; border: 1px solid #fedf89; padding: .4rem .7rem;
        border-radius: .3rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .para.op-unchanged { color: #000; }
  a { color: inherit; text-decoration: none; }
  ins { background: none; text-decoration: underline; }
  del { background: none; }
  .assessment, .para { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  nav { display: none; }
}
"""

OP_WORDS = {
    "unchanged": "unchanged", "modified": "modified", "added": "added", "removed": "removed",
    "moved": "moved", "split": "split", "merged": "merged",
}


def esc(text: str | None) -> str:
    from monitor.render.text import visible

    # Control characters and bidi overrides shown as escapes: they could hide or reorder words on the page.
    return html.escape(visible(text or ""), quote=True)


def segments_html(segments: Iterable[Segment]) -> str:
    """One displayed paragraph with <del>/<ins> marks."""
    return mark_segments(segments, esc)


def assessment_html(a: Assessment) -> str:
    """One assessment card: badges, explanation, then the before/after sentences with changes marked."""
    ops = shorten(sentence_ops(a.before, a.after))
    before = " ".join(segments_html(p) for p in paragraphs_of(ops, "old")) if a.before is not None else ""
    after = " ".join(segments_html(p) for p in paragraphs_of(ops, "new")) if a.after is not None else ""
    badges = [f'<span class="badge sev">{esc(a.severity)}</span>', f'<span class="badge plain">{esc(a.kind)}</span>']
    if a.direction:
        badges.append(f'<span class="badge plain">{esc(a.direction)}</span>')
    badges.extend(f'<span class="badge plain topic">{esc(t)}</span>' for t in a.topics)
    before = before or '<span class="none">(no such sentence)</span>'
    after = after or '<span class="none">(sentence removed)</span>'
    rows = [f'<dt>Before</dt><dd class="before">{before}</dd>', f'<dt>After</dt><dd class="after">{after}</dd>']
    if a.section:
        rows.append(f"<dt>Section</dt><dd class=\"section\">{esc(a.section)}</dd>")
    return (
        f'<article class="assessment sev-{esc(a.severity)}" data-severity="{esc(a.severity)}" '
        f'data-kind="{esc(a.kind)}">\n<div>{"".join(badges)}</div>\n'
        f'<p class="explanation">{esc(a.explanation)}</p>\n<dl>{"".join(rows)}</dl>\n</article>'
    )


def assessments_panel(report: Report, prefix: str = "") -> str:
    """The assessments section, most severe first."""
    items = sort_assessments(report.assessments)
    counts = report.assessment_counts
    summary = " ".join(
        f'<span class="badge sev-{s}">{counts[s]} {s}</span>' for s in ("high", "medium", "low")
    )
    body = "\n".join(assessment_html(a) for a in items) or '<p class="none">No judgment changed.</p>'
    return (
        f'<section class="assessments" id="{prefix}assessments">\n<h2>Judgments that changed</h2>\n'
        f'<p class="counts">{summary}</p>\n{body}\n</section>'
    )


def _nums(idx: Sequence[int]) -> str:
    return ", ".join(str(i + 1) for i in idx)


def _paragraph_html(change: ParagraphChange, prefix: str) -> str:
    ids = [f"{prefix}new-{i}" for i in change.new] or [f"{prefix}old-{i}" for i in change.old]
    anchors = "".join(f'<a id="{i}"></a>' for i in ids[1:])
    label = ""
    if change.op == "moved":
        links = ", ".join(f'<a href="#{prefix}old-{i}">old ¶ {i + 1}</a>' for i in change.old)
        label = f"moved here from {links}" + (" and edited" if change.words is not None else "")
    elif change.op == "split":
        label = f"old ¶ {_nums(change.old)} split into ¶ {_nums(change.new)}"
    elif change.op == "merged":
        label = f"old ¶ {_nums(change.old)} merged into ¶ {_nums(change.new)}"
    elif change.op == "added":
        label = f"added (¶ {_nums(change.new)})"
    elif change.op == "removed":
        label = f"removed (old ¶ {_nums(change.old)})"
    elif change.op == "modified":
        label = f"modified (¶ {_nums(change.new)})"
    paras = paragraphs_of(paragraph_ops(change), "both")
    body = "\n".join(f"<p>{segments_html(p)}</p>" for p in paras) or '<p class="none">(empty)</p>'
    label_html = f'<span class="label">{label}</span>' if label else ""
    return (
        f'<div class="para op-{change.op}" id="{ids[0]}" data-op="{change.op}">{anchors}{label_html}\n'
        f"{body}\n</div>"
    )


def _moved_away_html(change: ParagraphChange, prefix: str) -> str:
    old = change.old[0]
    target = f"{prefix}new-{change.new[0]}" if change.new else ""
    return (
        f'<div class="moved-away" id="{prefix}old-{old}">old ¶ {old + 1} moved to '
        f'<a href="#{target}">¶ {_nums(change.new)}</a></div>'
    )


def _bare(text: str | None) -> str:
    """A heading line without its markers (◆, #, underline) for comparing with its section name."""
    return " ".join((text or "").strip().lstrip("◆#*= \t").split("\n", 1)[0].split())


def redline_html(report: Report, prefix: str = "") -> str:
    """The whole document as an inline redline, sections as headings, moved paragraphs linked both ways."""
    rows = list(report.paragraphs)
    # Where each moved paragraph used to be: after the last row (in display order) that held an
    # earlier old paragraph and did not move itself.
    placeholders: dict[int, list[ParagraphChange]] = {}
    for change in rows:
        if change.op != "moved" or not change.old:
            continue
        old = change.old[0]
        slot = -1
        for i, other in enumerate(rows):
            if other.op != "moved" and other.old and max(other.old) < old:
                slot = i
        placeholders.setdefault(slot, []).append(change)
    out = ['<p class="legend"><ins>inserted</ins> · <del>deleted</del> · '
           "a left bar marks each changed paragraph</p>"]
    out.extend(_moved_away_html(c, prefix) for c in placeholders.get(-1, ()))
    section: str | None = None
    for i, change in enumerate(rows):
        if change.section and change.section != section:
            section = change.section
            out.append(f'<h3 class="section">{esc(section)}</h3>')
            if change.op == "unchanged" and _bare(change.new_text) == _bare(section):
                continue  # the heading line itself, already shown as the heading above
        out.append(_paragraph_html(change, prefix))
        out.extend(_moved_away_html(c, prefix) for c in placeholders.get(i, ()))
    return f'<section class="redline" id="{prefix}redline">\n<h2>Redline</h2>\n' + "\n".join(out) + "\n</section>"


def header_html(report: Report) -> str:
    """The document name, the two versions compared and the paragraph counts."""
    def side(v: VersionRef) -> str:
        bits = [f"<strong>{esc(v.label)}</strong>"]
        if v.path:
            bits.append(esc(v.path))
        if v.taken_at:
            bits.append(esc(v.taken_at))
        bits.append(f"sha256 {esc(v.sha256[:12])}")
        return " · ".join(bits)

    counts = ", ".join(f"{n} {op}" for op, n in report.paragraph_counts.items() if n)
    return (
        f'<p class="meta">Old: {side(report.old)}</p>\n<p class="meta">New: {side(report.new)}</p>\n'
        f'<p class="meta">Paragraphs: {esc(counts) or "none"}</p>'
    )


def document_html(report: Report, prefix: str = "", level_title: str = "h1") -> str:
    """One report: title, versions, assessments panel, redline (a page holds one or several)."""
    title = esc(report.document or "document")
    return (
        f'<{level_title} class="document">{title}: {esc(report.old.label)} → {esc(report.new.label)}'
        f"</{level_title}>\n{header_html(report)}\n{assessments_panel(report, prefix)}\n{redline_html(report, prefix)}"
    )


def page(title: str, body: str) -> str:
    """A complete standalone HTML document around `body` (already safe HTML)."""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="monitor">\n'
        f"<title>{esc(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def render_report(report: Report, color: bool = False) -> str:
    """`monitor diff --format html`: one standalone, printable HTML file."""
    del color
    name = report.document or "document"
    return page(f"{name}: {report.old.label} → {report.new.label}", document_html(report))
