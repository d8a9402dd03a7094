"""The JSON report, as defined by docs/diff-report.md and docs/diff-report.schema.json."""

from __future__ import annotations

import json

from monitor.report import Report


def render_report(report: Report, color: bool = False) -> str:
    """The report as pretty-printed JSON, keys in the order of the spec, non-ASCII kept readable."""
    del color  # JSON is never coloured
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=1) + "\n"
