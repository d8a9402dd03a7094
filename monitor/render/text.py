"""The terminal report: changed judgments first, coloured by severity, then the paragraph redline.

Everything that comes from a document or a command line goes through `visible` first: a terminal acts on
control characters instead of showing them, so an escape sequence in a document could hide or rewrite
the words the report is about (`\x1b[8m` conceals the text that follows).
"""

from __future__ import annotations

import re

from monitor.lazy_re import lazy_compile
from monitor.render.redline import sentence_ops, sort_assessments
from monitor.report import Assessment, ParagraphChange, Report

_RESET = "\033[0m"
_STYLE = {
    "high": "\033[1;31m",
    "medium": "\033[1;33m",
    "low": "\033[36m",
    "delete": "\033[31;9m",
    "insert": "\033[32;4m",
    "dim": "\033[2m",
    "bold": "\033[1m",
}
# What a terminal would act on instead of showing: C0 controls but newline and tab, DEL, C1 controls, the
# bidi embeddings, overrides and isolates that reorder what is shown ("Trojan Source"), and lone surrogates
# (a file name's undecodable bytes, which cannot even be encoded for output).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# On one line (error messages, log lines) newline, tab and the Unicode line separators are shown too.
_UNSAFE_LINE = lazy_compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_MARK = {"modified": "~", "added": "+", "removed": "-", "moved": ">", "split": "<", "merged": ">"}


def visible(text: str, *, one_line: bool = False) -> str:
    """`text` safe to print on a terminal: every character it would act on shown as an escape (`\\x1b`,
    `\\u202e`; an undecodable byte of a file name as `\\xff`). With `one_line`, line breaks and tabs too."""
    pattern = _UNSAFE_LINE if one_line else _UNSAFE
    return pattern.sub(_escape, text) if pattern.search(text) else text


def _escape(m: re.Match[str]) -> str:
    char = m.group(0)
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's surrogateescape: the byte that was not UTF-8
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def _paint(text: str, style: str, color: bool) -> str:
    """`text` made visible, then coloured: the only escape sequences in the output are the report's own."""
    text = visible(text)
    return f"{_STYLE[style]}{text}{_RESET}" if color and text else text


def render_report(report: Report, color: bool = False) -> str:
    """Plain text when piped; ANSI colours when `color` is set (the CLI decides, honouring NO_COLOR)."""
    lines = [_title(report, color)]
    if report.assessments:
        lines.append("")
        lines.append(_paint(f"Changed judgments ({len(report.assessments)}):", "bold", color))
        lines.extend(_assessment(a, color) for a in sort_assessments(report.assessments))
    changed = [p for p in report.paragraphs if p.op != "unchanged"]
    if changed:
        lines.append("")
        lines.append(_paint("Paragraphs:", "bold", color))
        for p in changed:
            lines.extend(_paragraph(p, color))
    return "\n".join(lines) + "\n"


def _title(report: Report, color: bool) -> str:
    counts = ", ".join(f"{n} {op}" for op, n in report.paragraph_counts.items() if n and op != "unchanged")
    sev = report.assessment_counts
    flags = ", ".join(f"{n} {s}" for s, n in sev.items() if n)
    summary = counts or "no differences"
    if flags:
        summary += f"; judgments: {flags}"
    head = f"{report.old.label} -> {report.new.label}"
    if report.document:
        head = f"{report.document}: {head}"
    return f"{_paint(head, 'bold', color)}  ({summary})"


def _assessment(a: Assessment, color: bool) -> str:
    tag = f"[{a.severity.upper()}] {a.kind}" + (f" {a.direction}" if a.direction else "")
    topics = f"  ({', '.join(a.topics)})" if a.topics else ""
    out = [f"  {_paint(tag, a.severity, color)}: {visible(a.explanation)}{_paint(topics, 'dim', color)}"]
    if a.before is not None and a.after is not None:
        # Both sides of a changed sentence: highlight the words that differ on each.
        ops = sentence_ops(a.before, a.after)
        out.append("      before: " + "".join(_word(w.op, w.text, color) for w in ops if w.op != "insert"))
        out.append("      after:  " + "".join(_word(w.op, w.text, color) for w in ops if w.op != "delete"))
    elif a.before is not None:
        out.append(f"      before: {visible(a.before)}")
    elif a.after is not None:
        out.append(f"      after:  {visible(a.after)}")
    return "\n".join(out)


def _paragraph(p: ParagraphChange, color: bool) -> list[str]:
    where = _where(p)
    head = f"{_MARK.get(p.op, '?')} {p.op} {where}"
    if p.section:
        head += f"  {_paint('§ ' + p.section, 'dim', color)}"
    body: str
    if p.words is not None:
        body = "".join(_word(w.op, w.text, color) for w in p.words)
    elif p.op == "removed":
        body = _word("delete", p.old_text or "", color)
    elif p.op == "added":
        body = _word("insert", p.new_text or "", color)
    else:
        body = visible(p.new_text or "")
    return [head, "    " + body, ""]


def _word(op: str, text: str, color: bool) -> str:
    if op == "equal" or not text:
        return visible(text)
    if color:
        return _paint(text, op, color)
    return f"[-{visible(text)}-]" if op == "delete" else f"{{+{visible(text)}+}}"


def _where(p: ParagraphChange) -> str:
    def nums(ix: tuple[int, ...]) -> str:
        return ",".join(f"¶{i + 1}" for i in ix)

    if p.op == "added":
        return f"new {nums(p.new)}"
    if p.op == "removed":
        return f"old {nums(p.old)}"
    return f"{nums(p.old)} -> {nums(p.new)}"
