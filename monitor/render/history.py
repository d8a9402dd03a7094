"""Renderers of a judgment history and a blame: text, markdown, json, and an HTML page with a timeline per topic
(inline SVG, no script: it prints, and a hostile document runs nothing)."""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from datetime import date
from typing import Any

from monitor.errors import MonitorError
from monitor.history import Blame, Change, History, VersionInfo

HISTORY_SCHEMA = "monitor/history@1"
BLAME_SCHEMA = "monitor/blame@1"
ARROWS = {"up": "↑", "down": "↓", "reversed": "⇅"}
NO_TOPIC = "(no topic)"


def render_history(history: History, fmt: str, redlines: Callable[[int], str | None] | None = None) -> str:
    """The history in `fmt` (text, markdown, json, html); `redlines(version)` is the link to that version's
    redline in the HTML page, when there is one."""
    renderers: dict[str, Callable[[], str]] = {
        "text": lambda: _history_text(history),
        "markdown": lambda: _history_markdown(history),
        "json": lambda: json.dumps(history_dict(history), ensure_ascii=False, indent=2) + "\n",
        "html": lambda: history_html(history, redlines),
    }
    return _pick(renderers, fmt)()


def render_blame(result: Blame, fmt: str) -> str:
    """The blame in `fmt` (text, markdown, json, html)."""
    renderers: dict[str, Callable[[], str]] = {
        "text": lambda: _blame_text(result),
        "markdown": lambda: _blame_markdown(result),
        "json": lambda: json.dumps(blame_dict(result), ensure_ascii=False, indent=2) + "\n",
        "html": lambda: _blame_html(result),
    }
    return _pick(renderers, fmt)()


def _pick(renderers: dict[str, Callable[[], str]], fmt: str) -> Callable[[], str]:
    if fmt not in renderers:
        raise MonitorError(f"unknown format '{fmt}' (choose one of: {', '.join(renderers)})")
    return renderers[fmt]


# ------------------------------------------------------------------------------------------------- json
def _version(v: VersionInfo | None) -> dict[str, Any] | None:
    return None if v is None else v.to_dict()


def change_dict(history: History, c: Change) -> dict[str, Any]:
    return {
        "version": c.version, "date": _date(history.version(c.version)), "label": _label(history.version(c.version)),
        "since": _version(history.version(c.since)), "kind": c.kind, "severity": c.severity,
        "direction": c.direction, "topics": list(c.topics), "section": c.section, "before": c.before,
        "after": c.after, "explanation": c.explanation, "lineage": c.lineage, "resumed": c.resumed,
    }


def history_dict(history: History) -> dict[str, Any]:
    """The JSON form of a history: its versions, its changes oldest first, and the lineages they belong to."""
    f = history.filters
    shown = {c.lineage for c in history.changes}
    position = {id(c): i for i, c in enumerate(history.changes)}
    lineages = []
    for t in history.lineages:
        if t.id not in shown:
            continue
        lineages.append({
            "id": t.id, "origin": _version(history.version(t.origin)), "first": t.first,
            "changes": [i for i, c in enumerate(history.changes) if c.lineage == t.id and id(c) in position],
            "current": list(t.current),
        })
    return {
        "schema": HISTORY_SCHEMA, "document": history.doc,
        "filters": {"topics": list(f.topics), "kinds": list(f.kinds), "severity": f.severity, "since": f.since,
                    "until": f.until},
        "versions": [v.to_dict() for v in history.versions],
        "changes": [change_dict(history, c) for c in history.changes],
        "lineages": lineages,
    }


def blame_dict(result: Blame) -> dict[str, Any]:
    return {
        "schema": BLAME_SCHEMA, "document": result.doc, "version": result.version.to_dict(),
        "sentences": [{
            "sentence": line.sentence, "paragraph": line.paragraph, "section": line.section,
            "origin": result.info(line.origin).to_dict(),
            "changed_in": [result.info(n).to_dict() for n in line.changed_in],
            "lineage": line.lineage, "topics": list(line.topics), "judgment": line.judgment,
        } for line in result.lines],
    }


def _date(v: VersionInfo | None) -> str | None:
    return None if v is None else v.date


def _label(v: VersionInfo | None) -> str | None:
    return None if v is None else v.label


# ------------------------------------------------------------------------------------------------- text
def _span(history: History) -> str:
    if not history.versions:
        return "no versions"
    first, last = history.versions[0], history.versions[-1]
    n = len(history.versions)
    return f"{n} version{'s' if n != 1 else ''}, {first.date} to {last.date}"


def _filters(history: History) -> str:
    f = history.filters
    parts = [f"topic {', '.join(f.topics)}" if f.topics else "", f"kind {', '.join(f.kinds)}" if f.kinds else "",
             f"severity ≥ {f.severity}" if f.severity else "", f"since {f.since}" if f.since else "",
             f"until {f.until}" if f.until else ""]
    shown = "; ".join(p for p in parts if p)
    return f" ({shown})" if shown else ""


def _headline(history: History) -> str:
    n = len(history.changes)
    return (f"{history.doc}: {n} change{'s' if n != 1 else ''} of judgment{_filters(history)} in "
            f"{_span(history)}")


def _what(c: Change) -> str:
    arrow = f" {ARROWS[c.direction]} {c.direction}" if c.direction in ARROWS else ""
    topics = f"  [{', '.join(c.topics)}]" if c.topics else ""
    return f"{c.kind} {c.severity}{arrow}{topics}"


def _history_text(history: History) -> str:
    out = [_headline(history), ""]
    for c in history.changes:
        v = history.version(c.version)
        out.append(f"{v.name if v else f'v{c.version}'}  {_what(c)}  (lineage {c.lineage})")
        if c.resumed and c.since is not None:
            since = history.version(c.since)
            out.append(f"    restated: absent since {since.name if since else f'v{c.since}'}")
        if c.before is not None:
            out.append(f"    before: {c.before}")
        if c.after is not None:
            out.append(f"    after:  {c.after}")
        out.append(f"    {c.explanation}")
        out.append("")
    if not history.changes:
        out.append(_none_matches(history))
    return "\n".join(out).rstrip("\n") + "\n"


def _md(text: str) -> str:
    from monitor.render.markdown import escape

    return escape(text)


def _history_markdown(history: History) -> str:
    out = [f"# Judgment history of `{history.doc}`", "", _md(_headline(history)), ""]
    for c in history.changes:
        v = history.version(c.version)
        out.append(f"## {_md(v.name if v else f'v{c.version}')} · {_md(_what(c))}")
        out.append("")
        if c.resumed and c.since is not None:
            since = history.version(c.since)
            out += [f"Restated: absent since {_md(since.name if since else f'v{c.since}')}.", ""]
        if c.before is not None:
            out += [f"- **before:** {_md(c.before)}"]
        if c.after is not None:
            out += [f"- **after:** {_md(c.after)}"]
        out += [f"- {_md(c.explanation)} (lineage {c.lineage})", ""]
    if not history.changes:
        out.append(_md(_none_matches(history)[:1].upper() + _none_matches(history)[1:] + "."))
    return "\n".join(out).rstrip("\n") + "\n"


def _none_matches(history: History) -> str:
    """Why a history lists nothing: one version cannot change, a filter may keep nothing."""
    if len(history.versions) < 2:
        return (f"no change of judgment matches: {history.doc} has one version so far, and a change needs two "
                "(import or scan the next one)")
    return "no change of judgment matches"


def _blame_text(result: Blame) -> str:
    what = "sentence" if result.every else "judgment sentence"
    out = [f"{result.doc}@v{result.version.number} ({result.version.name}): "
           f"{len(result.lines)} {what}{'' if len(result.lines) == 1 else 's'}, each with the version "
           "that first said it", ""]
    if not result.lines and not result.every:
        out.append("no sentence of it has changed as a judgment or falls under a topic yet; --all lists every "
                   "sentence")
    width = max((len(result.info(line.origin).name) for line in result.lines), default=0)
    for line in result.lines:
        origin = result.info(line.origin).name
        changed = ", ".join(result.info(n).name for n in line.changed_in)
        out.append(f"{origin:<{width}}  {line.sentence}")
        if changed:
            out.append(f"{'':<{width}}    changed in: {changed}")
    return "\n".join(out) + "\n"


def _blame_markdown(result: Blame) -> str:
    out = [f"# Blame of `{result.doc}@v{result.version.number}` ({_md(result.version.name)})", "",
           "| first said in | changed in | sentence |", "| --- | --- | --- |"]
    for line in result.lines:
        changed = ", ".join(result.info(n).name for n in line.changed_in)
        out.append(f"| {_md(result.info(line.origin).name)} | {_md(changed)} | "
                   f"{_md(line.sentence).replace('|', chr(92) + '|')} |")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------------------------------------- html
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
COLOURS = {"high": "#b42318", "medium": "#b54708", "low": "#5e6b7a"}

STYLE = """
* { box-sizing: border-box; }
body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: #1d2939; margin: 0 auto; max-width: 72rem;
       padding: 1.5rem 2rem 4rem; }
h1, h2, .meta, .badge, .legend, svg text, .when {
  font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid #d0d5dd; padding-bottom: .2rem; margin-top: 2.2rem; }
.chart h2 { font-size: 1.05rem; margin: 1.2rem 0 0; border: 0; } .chart h2 a { color: inherit; }
.chart svg.timeline { margin: 0 0 .4rem; }
.meta, .legend { color: #667085; font-size: .9rem; margin: .2rem 0; }
.legend span { margin-right: 1rem; }
svg.timeline { width: 100%; height: auto; display: block; margin: .6rem 0 1rem; break-inside: avoid; }
svg text { font-size: 11px; fill: #475467; }
.change { border: 1px solid #d0d5dd; border-left: 6px solid #5e6b7a; border-radius: .35rem; padding: .5rem .9rem;
          margin: .6rem 0; break-inside: avoid; }
.change.sev-high { border-left-color: #b42318; } .change.sev-medium { border-left-color: #b54708; }
.change:target { outline: 3px solid #1570ef; }
.when { font-weight: 600; }
.badge { display: inline-block; font-size: .75rem; font-weight: 600; padding: 0 .4rem; border-radius: .25rem;
         border: 1px solid currentColor; margin-right: .3rem; text-transform: uppercase; }
.sev-high .badge.sev { color: #b42318; } .sev-medium .badge.sev { color: #b54708; }
.sev-low .badge.sev { color: #5e6b7a; }
dl { display: grid; grid-template-columns: 4.5rem 1fr; gap: .15rem .6rem; margin: .4rem 0 0; }
dt { font: 600 .8rem system-ui, sans-serif; color: #667085; text-transform: uppercase; padding-top: .2rem; }
dd { margin: 0; }
.why { color: #475467; font-size: .92rem; margin: .3rem 0 0; }
@media print { body { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } }
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _day(text: str) -> int:
    try:
        return date.fromisoformat(text[:10]).toordinal()
    except ValueError:
        return 0


def _groups(history: History) -> list[tuple[str, list[tuple[int, Change]]]]:
    """(topic, [(change index, change)]) per topic in order of first appearance; untopical changes last."""
    order = history.topics()
    groups: dict[str, list[tuple[int, Change]]] = {t: [] for t in order}
    loose: list[tuple[int, Change]] = []
    for i, c in enumerate(history.changes):
        for t in c.topics:
            groups[t].append((i, c))
        if not c.topics:
            loose.append((i, c))
    out = [(t, groups[t]) for t in order if groups[t]]
    if loose:
        out.append((NO_TOPIC, loose))
    return out


def timeline_svg(history: History, topic_id: str, items: list[tuple[int, Change]]) -> str:
    """One mark per change on a date axis: coloured by severity, an up/down arrow for direction, each a
    link to the change's sentences below."""
    width, height, left, right, axis = 1000, 120, 40, 20, 90
    days = [_day(v.date) for v in history.versions if _day(v.date)]
    lo, hi = (min(days), max(days)) if days else (date.today().toordinal(), date.today().toordinal())
    if history.filters.since:  # the axis spans what was asked for, not the whole series
        lo = max(lo, _day(history.filters.since) or lo)
    if history.filters.until:
        hi = min(hi, _day(history.filters.until) or hi)
    hi = max(hi, lo + 1)

    def x(day: int) -> float:
        return left + (day - lo) * (width - left - right) / (hi - lo)

    parts = [f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" '
             f'xmlns="http://www.w3.org/2000/svg" aria-label="timeline of {_e(topic_id)}">',
             f'<line x1="{left}" y1="{axis}" x2="{width - right}" y2="{axis}" stroke="#98a2b3" stroke-width="1"/>']
    first, last = date.fromordinal(lo).year, date.fromordinal(hi).year
    step = max(1, (last - first + 1) // 12)
    for year in range(first, last + 1, step):
        tick = date(year, 1, 1).toordinal()
        if lo <= tick <= hi:
            parts.append(f'<line x1="{x(tick):.1f}" y1="{axis}" x2="{x(tick):.1f}" y2="{axis + 5}" stroke="#98a2b3"/>'
                         f'<text x="{x(tick):.1f}" y="{axis + 18}" text-anchor="middle">{year}</text>')
    if first == last or step > 1 or lo != date(first, 1, 1).toordinal():
        parts.append(f'<text x="{left}" y="{height - 2}" text-anchor="start">{_e(date.fromordinal(lo).isoformat())}'
                     f'</text><text x="{width - right}" y="{height - 2}" text-anchor="end">'
                     f'{_e(date.fromordinal(hi).isoformat())}</text>')
    # A change with a direction is the news: its arrow is stacked above the others of its date. A change without
    # one (a judgment added, removed, reworded) is a small dot in the row just above the axis.
    stacked: dict[int, int] = {}
    undirected = sorted((p for p in items if p[1].direction not in ARROWS), key=lambda p: p[1].severity == "high")
    for i, c in [*undirected, *(p for p in items if p[1].direction in ARROWS)]:
        v = history.version(c.version)
        day = _day(v.date) if v else lo
        px = round(x(day))
        if c.direction in ARROWS:
            level = stacked.get(px // 8, 0)
            stacked[px // 8] = level + 1
            cy = axis - 24 - (level % 5) * 14
        else:
            cy = axis - 8
        colour = COLOURS.get(c.severity, COLOURS["low"])
        title = f"{v.name if v else c.version}: {c.kind} {c.severity} {c.direction or ''}".strip()
        if c.direction == "up":
            shape = f'<path d="M{px} {cy - 7} L{px + 6} {cy + 5} L{px - 6} {cy + 5} Z" fill="{colour}"/>'
        elif c.direction == "down":
            shape = f'<path d="M{px} {cy + 7} L{px + 6} {cy - 5} L{px - 6} {cy - 5} Z" fill="{colour}"/>'
        elif c.direction == "reversed":
            shape = f'<path d="M{px} {cy - 7} L{px + 6} {cy} L{px} {cy + 7} L{px - 6} {cy} Z" fill="{colour}"/>'
        else:
            shape = f'<circle cx="{px}" cy="{cy}" r="3.5" fill="{colour}" fill-opacity="0.7"/>'
        parts.append(f'<a href="#{topic_id}-c{i}" class="mark sev-{_e(c.severity)}" data-direction="'
                     f'{_e(c.direction or "none")}"><title>{_e(title)}</title>{shape}</a>')
    parts.append("</svg>")
    return "".join(parts)


def history_html(history: History, redlines: Callable[[int], str | None] | None = None) -> str:
    """A standalone page: per topic, a timeline of its changes, then each change's sentences."""
    body = [f"<h1>Judgment history of {_e(history.doc)}</h1>",
            f'<p class="meta">{_e(_headline(history))}</p>',
            '<p class="legend"><span>▲ up</span><span>▼ down</span><span>◆ reversed</span><span>● no direction'
            f'</span><span style="color:{COLOURS["high"]}">■ high</span><span style="color:{COLOURS["medium"]}">'
            f'■ medium</span><span style="color:{COLOURS["low"]}">■ low</span></p>']
    groups = _groups(history)
    if not groups:
        body.append("<p>No change of judgment matches.</p>")
    # Every topic's timeline first, one under the other (the page's point: read the marks, not the redlines);
    # then each topic's changes, which the marks link to.
    for n, (topic, items) in enumerate(groups):
        tid = f"t{n}"
        count = f'{len(items)} change{"s" if len(items) != 1 else ""}'
        body.append(f'<section class="chart" id="{tid}-chart"><h2><a href="#{tid}">{_e(topic)}</a> · {count}</h2>'
                    f"{timeline_svg(history, tid, items)}</section>")
    for n, (topic, items) in enumerate(groups):
        tid = f"t{n}"
        body.append(f'<section class="topic" id="{tid}"><h2>{_e(topic)}: the changes</h2>')
        for i, c in items:
            body.append(_change_html(history, tid, i, c, redlines))
        body.append("</section>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_e(history.doc)} · judgment history</title><style>{STYLE}</style></head><body>"
            + "\n".join(body) + "</body></html>\n")


def _change_html(history: History, tid: str, i: int, c: Change,
                 redlines: Callable[[int], str | None] | None) -> str:
    v = history.version(c.version)
    name = v.name if v else f"v{c.version}"
    arrow = f" {ARROWS[c.direction]} {c.direction}" if c.direction in ARROWS else ""
    link = redlines(c.version) if redlines is not None else None
    previous = f"v{c.since}" if c.since is not None else "previous"
    redline = (f' · <a href="{_e(link)}">redline</a>' if link else
               f' · redline: <code>monitor diff {_e(history.doc)}@{previous} {_e(history.doc)}@v{c.version} '
               f'--format html</code>')
    rows = []
    if c.resumed and c.since is not None:
        since = history.version(c.since)
        rows.append(f"<dt>since</dt><dd>absent from the versions after {_e(since.name if since else previous)}</dd>")
    if c.before is not None:
        rows.append(f"<dt>before</dt><dd><del>{_e(c.before)}</del></dd>")
    if c.after is not None:
        rows.append(f"<dt>after</dt><dd><ins>{_e(c.after)}</ins></dd>")
    topics = "".join(f'<span class="badge">{_e(t)}</span>' for t in c.topics)
    return (f'<div class="change sev-{_e(c.severity)}" id="{tid}-c{i}"><div class="when">{_e(name)}{redline}</div>'
            f'<div><span class="badge sev">{_e(c.severity)}</span><span class="badge">{_e(c.kind)}{_e(arrow)}'
            f"</span>{topics}</div><dl>{''.join(rows)}</dl><p class=\"why\">{_e(c.explanation)} · lineage "
            f"{c.lineage}</p></div>")


def _blame_html(result: Blame) -> str:
    rows = []
    for line in result.lines:
        changed = ", ".join(result.info(n).name for n in line.changed_in)
        rows.append(f"<tr><td>{_e(result.info(line.origin).name)}</td><td>{_e(changed)}</td>"
                    f"<td>{_e(line.sentence)}</td></tr>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            f"<title>{_e(result.doc)} · blame</title><style>{STYLE} td {{ vertical-align: top; padding: .2rem .5rem; "
            "border-bottom: 1px solid #eaecf0; } td:first-child, td:nth-child(2) { white-space: nowrap; "
            "font: .85rem system-ui, sans-serif; }</style></head><body>"
            f"<h1>Blame of {_e(result.doc)}@v{result.version.number}</h1>"
            f'<p class="meta">{_e(result.version.name)}</p><table><thead><tr><th>first said in</th>'
            "<th>changed in</th><th>sentence</th></tr></thead><tbody>" + "".join(rows)
            + "</tbody></table></body></html>\n")
