"""The JSON report, as defined by docs/diff-report.md and docs/diff-report.schema.json."""

from __future__ import annotations

import json

from monitor.report import Report

PRETTY_PARAGRAPHS = 2000


def render_report(report: Report, color: bool = False) -> str:
    """The report as JSON, keys in the order of the spec, non-ASCII kept readable.

    Small reports are indented for people; large ones are compact and ASCII-escaped, because indenting
    makes the json module fall back to its slow pure-Python encoder (pipe through `jq` to read them).
    """
    del color  # JSON is never coloured
    if len(report.paragraphs) <= PRETTY_PARAGRAPHS:
        return json.dumps(report.to_dict(), ensure_ascii=False, indent=1) + "\n"
    return json.dumps(report.to_dict(), ensure_ascii=True) + "\n"  # the C encoder's fastest path
