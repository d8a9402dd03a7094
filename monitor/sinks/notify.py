"""Notification targets: config.yaml's `notify:` list, which entries each one wants, their messages, and sending.

A target is an Apprise URL (mail, Slack, Teams, Matrix, ntfy, Discord, JSON or form webhooks, …) with filters.
Secrets are written `${NAME}` and expanded from the environment only when a message is sent, so no command
ever needs them but delivery, and nothing prints them: targets are shown with credentials masked, and what
a target answers is scrubbed of every secret before it reaches a log or `monitor status`.

The only module that imports apprise, and only when something is sent or checked. Which entries go to which
target, once each and in order, with retries, is monitor/sinks/delivery.py.
"""

from __future__ import annotations

import contextlib
import fnmatch
import hashlib
import logging
import os
import re
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from monitor.errors import ConfigError
from monitor.report import KINDS, SEVERITIES, SEVERITY_RANK

if TYPE_CHECKING:
    from monitor.changelog import Entry
    from monitor.config import Topic
    from monitor.report import Assessment

TARGET_KEYS = ("url", "min_severity", "topics", "documents", "kinds")
MAX_JUDGMENTS = 8  # judgments quoted in one message; the rest are counted and are in the full report
MAX_SENTENCE = 600  # characters of a quoted sentence

_VARIABLE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://\S")
_USERINFO = re.compile(r"^([^:/?#]+://[^:/@?#]*):([^@/?#]*)@")
_SECRET_PARAM = re.compile(r"([?&][^=&#]*(?:pass|pwd|token|key|secret|auth|sig)[^=&#]*=)([^&#]*)", re.IGNORECASE)
# A path or host segment that looks like a token (a webhook's id or key): long, no dots, letters with digits.
_TOKEN = re.compile(r"(?<=[/@:])(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{8,}(?=[/?#]|$)")


class NotifyError(Exception):
    """A message could not be sent (the target's answer, scrubbed of secrets; one line)."""


@dataclass(frozen=True, slots=True)
class NotifyTarget:
    """One `notify:` item: where to send (an Apprise URL, `${VAR}` unexpanded) and which entries it wants."""

    url: str
    position: int = 0  # its place in the `notify:` list, for messages
    min_severity: str = "low"
    topics: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()  # globs over document ids and source paths
    kinds: tuple[str, ...] = ()  # judgment kinds (likelihood, polarity, …)

    @property
    def id(self) -> str:
        """Stable across restarts and secret rotations: a hash of the URL as written, variables unexpanded."""
        return hashlib.sha256(self.url.encode("utf-8", "surrogatepass")).hexdigest()[:16]

    @property
    def shown(self) -> str:
        """The URL as written with passwords, secret parameters and token-like segments masked."""
        return mask(self.url)

    @property
    def where(self) -> str:
        return f"notify[{self.position}]"

    def passes(self, severity: str, kind: str, topics: Sequence[str]) -> bool:
        """A judgment at least `min_severity`, of one of `kinds` and about one of `topics` (each when given)."""
        return (SEVERITY_RANK.get(severity, 0) >= SEVERITY_RANK[self.min_severity]
                and (not self.kinds or kind in self.kinds)
                and (not self.topics or any(t in self.topics for t in topics)))

    def wants(self, doc: str, source: str | None, judgments: Sequence[tuple[str, str, Sequence[str]]]) -> bool:
        """The entry of `doc` goes to this target: its document matches and one judgment passes the filter."""
        if self.documents and not any(fnmatch.fnmatchcase(name, glob) for glob in self.documents
                                      for name in (doc, source or "") if name):
            return False
        return any(self.passes(severity, kind, topics) for severity, kind, topics in judgments)


# ------------------------------------------------------------------------------------------------- config
def parse_targets(value: Any, path: Path, topics: Sequence[Topic]) -> tuple[NotifyTarget, ...]:
    """config.yaml's `notify:` as targets; any mistake is one ConfigError naming the item and key."""
    from monitor.config import _check_keys

    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(item, Mapping) for item in value):
        raise ConfigError(f"{path}: 'notify' must be a list of targets, each a mapping with a url "
                          "(- url: json://127.0.0.1:8080/hook)")
    known_topics = [t.name for t in topics]
    out: list[NotifyTarget] = []
    for i, item in enumerate(value):
        where = f"{path}: notify[{i}]"
        _check_keys(item, TARGET_KEYS, path, f"notify[{i}].")
        url = item.get("url")
        if not isinstance(url, str) or not url.strip():
            missing = "is missing" if url is None or isinstance(url, str) else f"must be a text URL, not {url!r}"
            raise ConfigError(f"{where}.url {missing}; give an Apprise URL, e.g. json://127.0.0.1:8080/hook or "
                              "mailtos://user:${SMTP_PASSWORD}@mail.example.org?to=analyst@example.org")
        url = url.strip()
        _check_url(url, where)
        severity = item.get("min_severity", "low")
        if severity not in SEVERITIES:
            raise ConfigError(f"{where}.min_severity must be one of {', '.join(SEVERITIES)}, not {severity!r}")
        wanted = _names(item, "topics", where)
        for name in wanted:
            if name not in known_topics:
                import difflib

                close = difflib.get_close_matches(name, known_topics, n=1, cutoff=0.6)
                hint = f"did you mean {close[0]!r}? " if close else ""
                raise ConfigError(f"{where}.topics: unknown topic {name!r} ({hint}topics are the names under "
                                  f"'topics:' and in the enabled packs: {', '.join(known_topics) or 'none'})")
        kinds = _names(item, "kinds", where)
        for kind in kinds:
            if kind not in KINDS:
                raise ConfigError(f"{where}.kinds: unknown judgment kind {kind!r} (kinds: {', '.join(KINDS)})")
        target = NotifyTarget(url, i, severity, wanted, _names(item, "documents", where), kinds)
        for other in out:
            if other.id == target.id:
                raise ConfigError(f"{where} has the url of notify[{other.position}]; give each target once "
                                  "(one url, one set of filters)")
        out.append(target)
    return tuple(out)


def _names(item: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = item.get(key)
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items or not all(isinstance(v, str) and v.strip() for v in items):
        example = {"topics": "ceasefire outlook", "documents": "seeds__*", "kinds": "likelihood"}[key]
        raise ConfigError(f"{where}.{key} must be a list of names, e.g. [{example}]")
    return tuple(v.strip() for v in items)


def _check_url(url: str, where: str) -> None:
    if not _SCHEME.match(url):
        raise ConfigError(f"{where}.url {mask(url)!r} is not an Apprise URL (scheme://…, e.g. "
                          "json://127.0.0.1:8080/hook)")
    rest = _VARIABLE.sub("", url)
    if "${" in rest:
        raise ConfigError(f"{where}.url: '${{' must be followed by a variable name and '}}', as in ${{SLACK_TOKEN}}")


def expand(target: NotifyTarget) -> str:
    """The URL with its `${NAME}` variables taken from the environment; NotifyError naming one that is unset."""

    def value(m: re.Match[str]) -> str:
        found = os.environ.get(m.group(1))
        if found is None:
            raise NotifyError(f"environment variable {m.group(1)} is not set (notify[{target.position}] needs it; "
                              "set it where monitor runs, e.g. in the service's environment)")
        return found

    return _VARIABLE.sub(value, target.url)


def mask(url: str) -> str:
    """A URL fit to print: the password after `user:`, secret-named parameters and token-like segments masked;
    `${NAME}` variables are left as written (they name secrets, they hold none)."""
    shown = _USERINFO.sub(lambda m: f"{m.group(1)}:***@", url)
    shown = _SECRET_PARAM.sub(lambda m: m.group(1) + ("***" if m.group(2) else ""), shown)
    head, sep, query = shown.partition("?")
    head = _TOKEN.sub("***", head)
    return head + sep + query


def secrets(target: NotifyTarget, url: str) -> list[str]:
    """Every string of the expanded `url` that `mask` would hide, and every variable's value: scrubbed from
    whatever a target answers before it is logged."""
    found = [os.environ.get(name, "") for name in _VARIABLE.findall(target.url)]
    m = _USERINFO.match(url)
    if m:
        found.append(m.group(2))
    found += [v for _, v in (p.groups() for p in _SECRET_PARAM.finditer(url))]
    found += _TOKEN.findall(url.partition("?")[0])
    return sorted({s for s in found if len(s) >= 3}, key=len, reverse=True)


def scrub(text: str, hidden: Sequence[str]) -> str:
    for secret in hidden:
        text = text.replace(secret, "***")
    return " ".join(text.split())


# ------------------------------------------------------------------------------------------------- messages
@dataclass(frozen=True, slots=True)
class Message:
    """One notification: a title, and the body as plain text and as Markdown."""

    title: str
    text: str
    markdown: str


@dataclass(frozen=True, slots=True)
class VersionNote:
    """What a person knows a version by: its number, when it was taken, and the date and label it bears."""

    label: str
    taken_at: str | None
    dated: str | None = None
    named: str | None = None

    def describe(self) -> str:
        bits = [b for b in (self.named, self.dated or _when(self.taken_at)) if b]
        return f"{self.label} ({', '.join(bits)})" if bits else self.label


def build_message(entry: Entry, target: NotifyTarget, report_path: Path,
                  info: Mapping[int, tuple[str | None, str | None]] | None = None) -> Message:
    """The message of `entry` for `target`: document, versions, the judgments that passed its filter (most
    severe first) with before/after and why, and where the full report is. `info`: version number -> (date,
    label) a person gave it (monitor import, monitor label)."""
    from monitor.render.redline import sort_assessments

    report = entry.report
    notes = _versions(entry, info or {})
    chosen = sort_assessments(a for a in report.assessments if target.passes(a.severity, a.kind, a.topics))
    others = len(report.assessments) - len(chosen)
    counts = {s: sum(1 for a in chosen if a.severity == s) for s in SEVERITIES}
    summary = ", ".join(f"{n} {s}" for s, n in counts.items() if n) or "no judgment"
    plural = "s" if len(chosen) != 1 else ""
    doc = _plain(entry.doc)
    versions = " → ".join(n.describe() for n in notes)
    short = " → ".join(n.label for n in notes)
    title = _plain(f"monitor: {entry.doc} {short}: {summary} judgment{plural} changed")
    text = [f"{doc}: {_plain(versions)}"]
    md = [f"**{_code(entry.doc)}**: {_md(versions)}"]
    if entry.kind == "renamed" and entry.renamed_from:
        text.append(f"Renamed from {_plain(entry.renamed_from)}")
        md.append(f"Renamed from {_code(entry.renamed_from)}")
    source = report.new.path or report.old.path
    if source:
        text.append(f"Source: {_plain(source)}")
        md.append(f"Source: {_code(source)}")
    text.append(f"Judgments that changed: {summary}" + (f" (and {others} not matching this target's filter)"
                                                        if others else ""))
    md.append(f"**Judgments that changed:** {summary}" + (f" (and {others} not matching this target's filter)"
                                                          if others else ""))
    text_items, md_items = [], []
    for a in chosen[:MAX_JUDGMENTS]:
        text_items.append(_plain_item(a))
        md_items.append(_md_item(a))
    if len(chosen) > MAX_JUDGMENTS:
        more = f"… and {len(chosen) - MAX_JUDGMENTS} more in the full report"
        text_items.append(more)
        md_items.append(f"- {more}")
    key = entry.key
    compare = _compare_command(entry)
    tail_text = [f"Full report: {report_path} (entry {_plain(key)})"]
    tail_md = [f"Full report: {_code(str(report_path))} (entry {_code(key)})"]
    if compare:
        tail_text.append(f"Or run: {_plain(compare)}")
        tail_md.append(f"Or run: {_code(compare)}")
    plain = "\n".join(text) + "\n\n" + "\n\n".join(text_items) + "\n\n" + "\n".join(tail_text) + "\n"
    markdown = ("\n\n".join(md) + "\n\n" + "\n".join(md_items) + "\n\n" + "  \n".join(tail_md) + "\n")
    return Message(title[:250], plain, markdown)


def sample_message(report_path: Path) -> Message:
    """What `monitor notify --test` sends: a message shaped like a real one, saying it is a test."""
    text = ("This is a test message from monitor (monitor notify --test). When a tracked document changes a judgment "
            "this target's filter wants, a message like this one names the document, its versions and the "
            "judgments that changed, most severe first, with the sentence before and after.\n\n"
            f"Full reports: {report_path}\n")
    markdown = ("This is a **test message** from monitor (`monitor notify --test`). When a tracked document changes a "
                "judgment this target's filter wants, a message like this one names the document, its versions "
                "and the judgments that changed, most severe first, with the sentence before and after.\n\n"
                f"Full reports: {_code(str(report_path))}\n")
    return Message("monitor: test message", text, markdown)


def _versions(entry: Entry, info: Mapping[int, tuple[str | None, str | None]]) -> list[VersionNote]:
    report = entry.report

    def note(number: int | None, label: str, taken_at: str | None) -> VersionNote:
        dated, named = info.get(number, (None, None)) if number is not None else (None, None)
        return VersionNote(label, taken_at, dated, named)

    old = note(entry.old_version, report.old.label, report.old.taken_at)
    new = note(entry.new_version, report.new.label, report.new.taken_at)
    if entry.kind == "added":
        return [new]
    if entry.kind == "removed":
        return [old, VersionNote("removed", report.new.taken_at)]
    return [old, new] if entry.kind != "renamed" else [VersionNote(entry.renamed_from or "?", None), new]


def _compare_command(entry: Entry) -> str | None:
    if entry.kind == "changed" and entry.old_version is not None and entry.new_version is not None:
        return f"monitor diff {entry.doc}@v{entry.old_version} {entry.doc}@v{entry.new_version}"
    if entry.kind == "renamed" and entry.renamed_from:
        return f"monitor diff {entry.renamed_from} {entry.doc}@v{entry.new_version}"
    return None


def _headline(a: Assessment) -> list[str]:
    bits = [a.severity.upper(), a.kind]
    if a.direction:
        bits.append(a.direction)
    if a.topics:
        bits.append("topic: " + ", ".join(a.topics))
    return bits


def _plain_item(a: Assessment) -> str:
    lines = [" · ".join(_plain(b) for b in _headline(a))]
    lines.append(f"  Before: {_plain(_cut(a.before)) if a.before is not None else '(no such sentence)'}")
    lines.append(f"  After:  {_plain(_cut(a.after)) if a.after is not None else '(sentence removed)'}")
    if a.explanation:
        lines.append(f"  Why: {_plain(a.explanation)}")
    if a.section:
        lines.append(f"  Section: {_plain(a.section)}")
    return "\n".join(lines)


def _md_item(a: Assessment) -> str:
    from monitor.render.markdown import SEVERITY_BADGE

    head = [f"**{SEVERITY_BADGE[a.severity]}**", *(_md(b) for b in _headline(a)[1:])]
    lines = [f"- {' · '.join(head)}" + (f" — {_md(a.explanation)}" if a.explanation else "")]
    lines.append(f"  - **Before:** {_md(_cut(a.before)) if a.before is not None else '(no such sentence)'}")
    lines.append(f"  - **After:** {_md(_cut(a.after)) if a.after is not None else '(sentence removed)'}")
    if a.section:
        lines.append(f"  - Section: {_md(a.section)}")
    return "\n".join(lines)


def _cut(text: str | None) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= MAX_SENTENCE else text[: MAX_SENTENCE - 1] + "…"


_MENTION = re.compile(r"(?<![\w.])@(?=[\w!])")  # `@channel`, not `doc@v2`
_MD_SPECIAL = str.maketrans({**{c: "\\" + c for c in "\\`*_[]~|#"}, "<": "&lt;", ">": "&gt;", "&": "&amp;"})


def _plain(text: str) -> str:
    """Document text as one line of plain text: no control character acted on, no `@channel` pinging anyone."""
    from monitor.render.text import visible

    return _MENTION.sub("@\u200b", visible(" ".join(text.split()), one_line=True))


def _md(text: str) -> str:
    """Document text as Markdown that shows this text: markup, HTML and mentions inert."""
    return _plain(text).translate(_MD_SPECIAL)


def _code(text: str) -> str:
    """A document id, path or command as a code span: shown exactly, nothing in it formats or pings."""
    from monitor.render.markdown import code
    from monitor.render.text import visible

    return code(visible(" ".join(text.split()), one_line=True))


def _when(taken_at: str | None) -> str | None:
    return taken_at.replace("T", " ")[:16] + " UTC" if taken_at else None


# ------------------------------------------------------------------------------------------------- sending
def send(target: NotifyTarget, message: Message) -> None:
    """Send `message` to `target`, as Markdown where it renders Markdown or HTML, else as plain text;
    NotifyError (one line, no secret in it) when it was not accepted."""
    url = expand(target)
    hidden = secrets(target, url)
    import apprise

    with _apprise_log() as said:
        try:
            plugin = apprise.Apprise.instantiate(url, asset=apprise.AppriseAsset())
        except Exception as exc:  # a third-party plugin's constructor: whatever it raises is the target's fault
            raise NotifyError(scrub(f"apprise cannot use this URL ({exc})", hidden)) from None
        if plugin is None:
            why = said[-1] if said else "unknown scheme or malformed URL"
            raise NotifyError(scrub(f"apprise cannot use this URL ({why})", hidden))
        if _renders_markup(plugin):
            body, fmt = message.markdown, apprise.NotifyFormat.MARKDOWN
        else:
            body, fmt = message.text, apprise.NotifyFormat.TEXT
        try:
            ok = plugin.notify(body=body, title=message.title, body_format=fmt)
        except Exception as exc:  # a plugin's network code: any failure is a failed delivery, retried later
            raise NotifyError(scrub(f"{type(exc).__name__}: {exc}", hidden)) from None
    if not ok:
        raise NotifyError(scrub(said[-1] if said else "the target did not accept the message", hidden))


def check(target: NotifyTarget) -> str | None:
    """Why apprise cannot use the target's URL (unknown scheme, missing parts), or None; a URL whose variables
    are not set here is not checked (delivery says so)."""
    try:
        url = expand(target)
    except NotifyError:
        return None
    import apprise

    with _apprise_log() as said:
        try:
            plugin = apprise.Apprise.instantiate(url, asset=apprise.AppriseAsset())
        except Exception as exc:  # a third-party plugin's constructor
            return scrub(str(exc), secrets(target, url))
    if plugin is None:
        return scrub(said[-1] if said else "unknown scheme or malformed URL", secrets(target, url))
    return None


def _renders_markup(plugin: Any) -> bool:
    """The target shows Markdown, or HTML (mail: apprise renders the Markdown as HTML, with a plain-text part)."""
    resolve = getattr(plugin, "resolve_format", None)
    chosen = resolve(None) if callable(resolve) else plugin.notify_format
    formats = chosen if isinstance(chosen, tuple | list) else (chosen,)
    return str(getattr(formats[0], "value", formats[0])) in ("markdown", "html")


class _Said(logging.Handler):
    """apprise's warnings and errors on this thread: why a send failed (apprise's functions return only False)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []
        self.thread = threading.get_ident()

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            with contextlib.suppress(Exception):
                self.lines.append(record.getMessage())


_LOG_GUARD = threading.Lock()


@contextlib.contextmanager
def _apprise_log() -> Iterator[list[str]]:
    """Collect apprise's messages for this call; they never reach stderr or the daemon's log unscrubbed."""
    log = logging.getLogger("apprise")
    handler = _Said()
    with _LOG_GUARD:
        log.propagate = False  # its own lines could quote a URL; ours are scrubbed
        log.addHandler(handler)
    try:
        yield handler.lines
    finally:
        with _LOG_GUARD:
            log.removeHandler(handler)
