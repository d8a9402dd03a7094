"""`monitor review`: every tracked document changed between two git refs, compared, as one PR comment.

Git is read through `git diff --name-status -M` and `git cat-file`; the working tree is never touched.
Each changed document goes through `pipeline.load_document` + `pipeline.compare`, the engine of
`monitor diff`. The Markdown comment is capped below GitHub's 65,536-character limit by leaving out,
in order, paragraph diffs, low then medium assessments, then high ones, and says what it left out.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Literal

from monitor.errors import InputError, MonitorError, ReviewError
from monitor.render import markdown as md
from monitor.render.redline import sort_assessments
from monitor.report import SEVERITIES, SEVERITY_RANK, Assessment, Report, VersionRef

if TYPE_CHECKING:
    from monitor.config import Config

MARKER = "<!-- monitor-review -->"
GITHUB_COMMENT_LIMIT = 65_536
DEFAULT_MAX_CHARS = 60_000  # headroom below GitHub's limit for the marker, notices and multi-byte slack
HEADLINES = 3  # the most severe assessments quoted at the very top of the comment
REVIEW_SCHEMA = "monitor/review@1"

Status = Literal["added", "modified", "removed", "renamed", "copied", "type-changed"]
_FULL_SHA = re.compile(r"\b[0-9a-f]{40}\b")
_STATUS = {"A": "added", "M": "modified", "D": "removed", "R": "renamed", "C": "copied", "T": "type-changed"}


@dataclass(frozen=True, slots=True)
class Commit:
    """One side of the review: the ref as the user wrote it and the commit it names."""

    ref: str
    sha: str
    date: str | None

    @property
    def short(self) -> str:
        return self.sha[:10]

    @property
    def name(self) -> str:
        """The ref as written, full commit ids in it shortened (`abc…~1` → `abc1234567~1`)."""
        if self.sha.startswith(self.ref.lower()):
            return self.short
        return _FULL_SHA.sub(lambda m: m.group(0)[:10], self.ref)


@dataclass(frozen=True, slots=True)
class FileChange:
    """One row of `git diff --name-status -M`: what happened to a path between the two commits."""

    status: Status
    old_path: str | None
    new_path: str | None

    @property
    def path(self) -> str:
        return self.new_path or self.old_path or ""


@dataclass(frozen=True, slots=True)
class DocumentReview:
    """A changed document: its comparison, or the note saying why it was skipped."""

    change: FileChange
    report: Report | None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Review:
    """The whole review: which commits were compared and every changed document."""

    base: Commit
    head: Commit
    merge_base: str | None
    documents: tuple[DocumentReview, ...]

    @property
    def reports(self) -> tuple[Report, ...]:
        return tuple(d.report for d in self.documents if d.report is not None)

    @property
    def assessment_counts(self) -> dict[str, int]:
        counts: dict[str, int] = dict.fromkeys(SEVERITIES, 0)
        for r in self.reports:
            for sev, n in r.assessment_counts.items():
                counts[sev] += n
        return counts

    def max_severity(self) -> int:
        return max((r.max_severity() for r in self.reports), default=0)

    @property
    def has_differences(self) -> bool:
        return any(r.has_differences for r in self.reports) or any(d.report is None for d in self.documents)


# ---------------------------------------------------------------------------------------------- git


class Git:
    """The one place that runs git for a review (read-only commands only)."""

    def __init__(self, repo: Path) -> None:
        if not repo.is_dir():
            raise ReviewError(f"{repo}: no such folder (pass --repo the path of a git repository)")
        self.cwd = repo
        top = self.run("rev-parse", "--show-toplevel", what=str(repo)).decode("utf-8", "replace").strip()
        self.top = Path(top)

    def run(self, *args: str, what: str | None = None) -> bytes:
        env = {**os.environ, "GIT_PAGER": "cat", "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"}
        try:
            proc = subprocess.run(["git", *args], cwd=self.cwd, capture_output=True, check=False, env=env)
        except FileNotFoundError:
            raise ReviewError("git is not installed; monitor review reads documents through git") from None
        except NotADirectoryError:
            raise ReviewError(f"{self.cwd}: not a folder") from None
        if proc.returncode != 0:
            msg = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            detail = (msg[-1] if msg else f"git {args[0]} exited with {proc.returncode}").removeprefix("fatal: ")
            if "not a git repository" in detail:
                raise ReviewError(f"{what or self.cwd}: not a git repository (run monitor review inside one, "
                                  "or pass --repo)")
            raise ReviewError(f"{what or 'git ' + args[0]}: {detail}")
        return proc.stdout

    def commit(self, ref: str) -> Commit:
        """Resolve a ref to a commit, or say clearly that it does not exist."""
        if not ref or ref.startswith("-"):
            raise ReviewError(f"{ref!r}: not a git ref")
        env = {**os.environ, "LC_ALL": "C"}
        proc = subprocess.run(["git", "rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"],
                              cwd=self.cwd, capture_output=True, check=False, env=env)
        if proc.returncode != 0:
            raise ReviewError(f"{ref}: unknown git ref (check the name; in CI fetch it first, e.g. "
                              "`git fetch origin main` or actions/checkout with fetch-depth: 0)")
        sha = proc.stdout.decode().strip()
        date = self.run("show", "-s", "--format=%cI", sha).decode().strip() or None
        return Commit(ref, sha, _utc(date))

    def merge_base(self, a: str, b: str) -> str | None:
        proc = subprocess.run(["git", "merge-base", a, b], cwd=self.cwd, capture_output=True, check=False)
        return proc.stdout.decode().strip() or None if proc.returncode == 0 else None

    def changes(self, old: str, new: str, pathspecs: Sequence[str] = ()) -> list[FileChange]:
        """The files that differ between two commits, renames followed (-M)."""
        out = self.run("diff", "--name-status", "-z", "-M", "--no-ext-diff", "--no-textconv", old, new,
                       "--", *pathspecs)
        fields = out.decode("utf-8", "surrogateescape").split("\0")
        changes: list[FileChange] = []
        i = 0
        while i < len(fields) and fields[i]:
            code = fields[i][0]
            if code in "RC":
                changes.append(FileChange(_STATUS[code], fields[i + 1], fields[i + 2]))  # type: ignore[arg-type]
                i += 3
                continue
            path = fields[i + 1]
            status = _STATUS.get(code, "modified")
            old_path = None if code == "A" else path
            new_path = None if code == "D" else path
            changes.append(FileChange(status, old_path, new_path))  # type: ignore[arg-type]
            i += 2
        return changes

    def size(self, sha: str, path: str) -> int:
        return int(self.run("cat-file", "-s", f"{sha}:{path}", what=f"{sha[:10]}:{path}").strip())

    def blob(self, sha: str, path: str) -> bytes:
        return self.run("cat-file", "blob", f"{sha}:{path}", what=f"{sha[:10]}:{path}")


def _utc(iso: str | None) -> str | None:
    if not iso:
        return None
    try:
        return datetime.fromisoformat(iso).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return iso


# ------------------------------------------------------------------------------------------ review


def is_tracked(path: str, config: Config, roots: Sequence[PurePosixPath]) -> bool:
    """A path is a document when its name matches `include`, no part matches `exclude`, and it is under a root."""
    p = PurePosixPath(path)
    if not any(fnmatch.fnmatch(p.name, pat) for pat in config.include):
        return False
    if any(fnmatch.fnmatch(part, pat) for part in p.parts for pat in config.exclude):
        return False
    return not roots or any(p == r or r in p.parents for r in roots)


def repo_roots(config: Config, top: Path) -> tuple[PurePosixPath, ...]:
    """The configured roots that lie inside the repository (repo-relative); none means the whole repository.

    Only a config file read from disk restricts the review: the built-in default (`./seeds`) does not, so a
    repository without config.yaml is reviewed whole.
    """
    if config.source is None:
        return ()
    top = top.resolve()
    out = []
    for root in config.roots:
        try:
            rel = root.resolve().relative_to(top)
        except ValueError:
            continue
        out.append(PurePosixPath(rel.as_posix()))
    if any(str(r) == "." for r in out):
        return ()
    return tuple(out)


def repo_config(repo: Path) -> Path | None:
    """config.yaml at the repository's top, when neither --config, $MONITOR_CONFIG nor ./config.yaml names one."""
    from monitor.config import CONFIG_NAME, find_config

    if os.environ.get("MONITOR_CONFIG") or find_config() is not None:
        return None
    try:
        top = Git(repo).top
    except ReviewError:
        return None
    candidate = top / CONFIG_NAME
    return candidate if candidate.is_file() else None


def review(repo: Path, base: str, head: str | None, config: Config, pathspecs: Sequence[str] = ()) -> Review:
    """Compare every tracked document that changed between `base` (or its merge base with head) and `head`."""
    from monitor.digest import sha256
    from monitor.pipeline import compare, load_document

    git = Git(repo)
    base_c = git.commit(base)
    head_c = git.commit(head or "HEAD")
    # Like a pull request's "Files changed": what head did since it left base, not what base did since.
    mb = git.merge_base(base_c.sha, head_c.sha)
    old_sha = mb or base_c.sha
    roots = repo_roots(config, git.top)
    docs: list[DocumentReview] = []
    for change in git.changes(old_sha, head_c.sha, pathspecs):
        tracked = [p for p in (change.old_path, change.new_path) if p and is_tracked(p, config, roots)]
        if not tracked:
            continue
        try:
            old_data = _read(git, old_sha, change.old_path, config)
            new_data = _read(git, head_c.sha, change.new_path, config)
            old_doc = load_document(old_data, _where(old_sha, change.old_path), config, name=change.old_path)
            new_doc = load_document(new_data, _where(head_c.sha, change.new_path), config, name=change.new_path)
        except InputError as exc:
            docs.append(DocumentReview(change, None, _note(exc)))
            continue
        old_ref = VersionRef(label=_label(base_c.ref, old_sha), path=change.old_path, sha256=sha256(old_data),
                             taken_at=base_c.date if old_sha == base_c.sha else git.commit(old_sha).date)
        new_ref = VersionRef(label=_label(head_c.ref, head_c.sha), path=change.new_path,
                             sha256=sha256(new_data), taken_at=head_c.date)
        report = compare(old_doc, new_doc, config, old_ref, new_ref, document=change.path)
        docs.append(DocumentReview(change, report))
    docs.sort(key=lambda d: (-(d.report.max_severity() if d.report else 0), d.change.path))
    return Review(base_c, head_c, mb if mb and mb != base_c.sha else None, tuple(docs))


def _read(git: Git, sha: str, path: str | None, config: Config) -> bytes:
    """A document's bytes at a commit; an absent side (added or removed file) is an empty document."""
    if path is None:
        return b""
    size = git.size(sha, path)
    if size > config.max_file_bytes:
        raise InputError(f"{path}: {size:,} bytes is over the {config.max_file_bytes:,}-byte limit; skipped")
    return git.blob(sha, path)


def _where(sha: str, path: str | None) -> str:
    return f"{sha[:10]}:{path}"


def _label(ref: str, sha: str) -> str:
    name = Commit(ref, sha, None).name
    return name if name == sha[:10] else f"{name} ({sha[:7]})"


def _note(exc: MonitorError) -> str:
    text = str(exc)
    if "binary" in text.lower():
        return "binary file, skipped"
    return text


def exit_status(rv: Review, fail_on: str | None) -> int:
    """0/1 for CI: with --fail-on, 1 when an assessment at least that severe exists; else 1 when anything differs."""
    if fail_on is not None:
        return 1 if rv.max_severity() >= SEVERITY_RANK[fail_on] else 0
    return 1 if rv.has_differences else 0


# ---------------------------------------------------------------------------------------- markdown


@dataclass(slots=True)
class _Cut:
    """What the size cap has left out so far."""

    diffs: set[str] = field(default_factory=set)  # documents whose paragraph diff is omitted
    severities: set[str] = field(default_factory=set)  # severities whose assessments are all omitted
    high_kept: int | None = None  # how many high assessments are kept when even those do not fit
    tables: int | None = None  # summary rows kept when the table itself is too long
    # Rendered pieces, reused across the attempts to fit (rendering is the costly part of a big review).
    items: dict[int, str] = field(default_factory=dict)
    diffs_md: dict[str, str] = field(default_factory=dict)

    def item(self, a: Assessment) -> str:
        key = id(a)
        if key not in self.items:
            self.items[key] = md.assessment_item(a)
        return self.items[key]

    def paragraph_details(self, path: str, report: Report) -> str:
        if path not in self.diffs_md:
            self.diffs_md[path] = md.paragraph_details(report, heading_level=5)
        return self.diffs_md[path]

    def notice(self, rv: Review) -> str | None:
        parts = []
        if self.diffs:
            n = len(self.diffs)
            parts.append(f"the paragraph diff of {n} document{'s' if n != 1 else ''}")
        for sev in ("low", "medium"):
            if sev in self.severities:
                parts.append(f"{rv.assessment_counts[sev]} {sev}-severity assessments")
        if self.high_kept is not None:
            parts.append(f"{rv.assessment_counts['high'] - self.high_kept} high-severity assessments")
        if self.tables is not None:
            parts.append(f"{len(rv.documents) - self.tables} rows of the summary table")
        if not parts:
            return None
        return (
            f"> [!WARNING]\n> **Truncated** to fit GitHub's {GITHUB_COMMENT_LIMIT:,}-character comment limit. "
            f"Left out: {', '.join(parts)}. Run `monitor review --base {md.escape(rv.base.short)} "
            f"--head {md.escape(rv.head.short)} --format html --output review.html` for the full report."
        )


def _most_that_fit(most: int, use: Callable[[int], None], fits: Callable[[], bool]) -> int:
    """Binary search for the largest n in [0, most] for which, after use(n), fits() holds."""
    lo, hi = 0, most
    while lo < hi:
        mid = (lo + hi + 1) // 2
        use(mid)
        if fits():
            lo = mid
        else:
            hi = mid - 1
    return lo


def render_markdown(rv: Review, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """The pull-request comment, at most `max_chars` characters, most severe news in its first lines."""
    cut = _Cut()
    text = _markdown(rv, cut)
    # Drop paragraph diffs, biggest first, then whole severities, then high assessments one by one.
    by_size = sorted((d for d in rv.documents if d.report is not None), key=lambda d: -_diff_size(d))
    for doc in by_size:
        if len(text) <= max_chars:
            return text
        cut.diffs.add(doc.change.path)
        text = _markdown(rv, cut)
    for sev in ("low", "medium"):
        if len(text) <= max_chars:
            return text
        cut.severities.add(sev)
        text = _markdown(rv, cut)
    if len(text) > max_chars:  # the most high assessments that fit
        cut.high_kept = _most_that_fit(rv.assessment_counts["high"], lambda n: setattr(cut, "high_kept", n),
                                       lambda: len(_markdown(rv, cut)) <= max_chars)
        text = _markdown(rv, cut)
    if len(text) > max_chars:  # then the most document tables that fit
        cut.tables = _most_that_fit(len(rv.documents), lambda n: setattr(cut, "tables", n),
                                    lambda: len(_markdown(rv, cut)) <= max_chars)
        text = _markdown(rv, cut)
    if len(text) > max_chars:  # only absurd limits get here: keep the marker and the notice
        text = text[: max(0, max_chars - 1)] + "…"
    return text


def _diff_size(doc: DocumentReview) -> int:
    if doc.report is None:
        return 0
    return sum(len(p.old_text or "") + len(p.new_text or "") for p in doc.report.paragraphs if p.changed)


def _markdown(rv: Review, cut: _Cut) -> str:
    counts = rv.assessment_counts
    n_docs = len(rv.documents)
    out = [MARKER]
    title = f"## monitor review: {n_docs} document{'s' if n_docs != 1 else ''} changed"
    if any(counts.values()):
        title += " — " + " · ".join(f"{md.SEVERITY_BADGE[s]}: {counts[s]}" for s in SEVERITIES)
    out.append(title)
    out.append("")
    kept = _kept(rv, cut)
    kept_ids = {id(a) for _, a in kept}
    headlines = _headlines(kept)
    if headlines:
        out.append(headlines)
        out.append("")
    if not rv.documents:
        out.append(f"No tracked document changed between {md.code(rv.base.name)} and {md.code(rv.head.name)}.")
    notice = cut.notice(rv)
    if notice:
        out.append(notice)
        out.append("")
    if rv.documents:
        out.append(_summary_table(rv, cut))
        out.append("")
        out.append(_compared_line(rv))
    for doc in rv.documents:
        out.append("")
        out.append(_document_md(doc, cut, kept_ids))
    return "\n".join(out).rstrip() + "\n"


def _kept(rv: Review, cut: _Cut) -> list[tuple[DocumentReview, Assessment]]:
    """The assessments the size cap keeps, most severe first, documents in review order."""
    pairs = [(d, a) for d in rv.documents if d.report for a in d.report.assessments]
    order = {id(a): i for i, a in enumerate(sort_assessments(a for _, a in pairs))}
    pairs.sort(key=lambda p: order[id(p[1])])
    kept = [p for p in pairs if p[1].severity not in cut.severities]
    if cut.high_kept is not None:
        kept = [p for p in kept if p[1].severity == "high"][: cut.high_kept]
    return kept


def _headlines(kept: Sequence[tuple[DocumentReview, Assessment]]) -> str:
    """The first lines a reader sees: the most severe judgments, explanation and new wording."""
    top = [p for p in kept if p[1].severity == "high"][:HEADLINES] or list(kept[:1])
    lines = []
    for doc, a in top:
        sentence = a.after if a.after is not None else a.before
        verb = "now reads" if a.after is not None else "dropped"
        line = f"**{md.SEVERITY_BADGE[a.severity]} · {md.escape(doc.change.path)}:** {md.escape(a.explanation)}"
        if sentence:
            line += f" — {verb}: “{md.escape(_clip(sentence))}”"
        lines.append(f"- {line}")
    return "\n".join(lines)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _clip(text: str, limit: int = 400) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _summary_table(rv: Review, cut: _Cut) -> str:
    rows = ["| Document | Change | Versions | 🔴 High | 🟠 Medium | 🟡 Low | Paragraphs changed |",
            "| --- | --- | --- | ---: | ---: | ---: | ---: |"]
    docs = rv.documents if cut.tables is None else rv.documents[: cut.tables]
    for doc in docs:
        ch = doc.change
        name = md.escape(ch.path)
        if ch.status in ("renamed", "copied") and ch.old_path:
            name = f"{md.escape(ch.old_path)} → {name}"
        if doc.report is None:
            rows.append(f"| {name} | {ch.status} | — | – | – | – | {md.escape(doc.note or 'skipped')} |")
            continue
        c = doc.report.assessment_counts
        changed = sum(1 for p in doc.report.paragraphs if p.changed)
        versions = f"{md.escape(doc.report.old.label)} → {md.escape(doc.report.new.label)}"
        rows.append(f"| {name} | {ch.status} | {versions} | {c['high']} | {c['medium']} | {c['low']} | {changed} |")
    return "\n".join(rows)


def _compared_line(rv: Review) -> str:
    def side(c: Commit) -> str:
        return md.code(c.short) if c.name == c.short else f"{md.code(c.name)} ({c.short})"

    base = side(rv.base)
    if rv.merge_base:
        base += f", from their merge base {md.code(rv.merge_base[:10])}"
    return f"Compared {base} with {side(rv.head)}."


def _document_md(doc: DocumentReview, cut: _Cut, kept: set[int]) -> str:
    ch = doc.change
    title = f"### {md.escape(ch.path)}"
    if ch.status in ("renamed", "copied") and ch.old_path:
        title += f" ({ch.status} from {md.escape(ch.old_path)})"
    elif ch.status in ("added", "removed"):
        title += f" ({ch.status})"
    if doc.report is None:
        return f"{title}\n\n_{md.escape(doc.note or 'skipped')}._"
    report = doc.report
    parts = [title, md.counts_line(report)]
    shown = [a for a in report.assessments if id(a) in kept]
    for topic, items in _by_topic(shown):
        parts.append(f"#### {md.escape(topic)}")
        parts.append("\n".join(cut.item(a) for a in sort_assessments(items)))
    if not report.assessments and report.has_differences:
        parts.append("No judgment changed; the edits are editorial or outside any flagged judgment.")
    elif len(shown) < len(report.assessments):
        parts.append(f"_{len(report.assessments) - len(shown)} assessments of this document left out "
                     "(see the notice above)._")
    if ch.path in cut.diffs:
        parts.append("_Paragraph diff left out to fit the comment limit._")
    else:
        parts.append(cut.paragraph_details(ch.path, report))
    return "\n\n".join(parts)


def _by_topic(assessments: Sequence[Assessment]) -> list[tuple[str, list[Assessment]]]:
    """Assessments grouped under their first topic, the most severe group first."""
    groups: dict[str, list[Assessment]] = {}
    for a in assessments:
        groups.setdefault(a.topics[0] if a.topics else "Other judgments", []).append(a)
    return sorted(groups.items(), key=lambda kv: (-max(SEVERITY_RANK[a.severity] for a in kv[1]),
                                                  kv[0] == "Other judgments", kv[0].lower()))


# ----------------------------------------------------------------------------------- json, html, text


def to_dict(rv: Review) -> dict[str, Any]:
    """The review as JSON: the two commits and, per document, its diff report (docs/diff-report.md)."""
    return {
        "schema": REVIEW_SCHEMA,
        "base": {"ref": rv.base.ref, "sha": rv.base.sha, "date": rv.base.date},
        "head": {"ref": rv.head.ref, "sha": rv.head.sha, "date": rv.head.date},
        "merge_base": rv.merge_base,
        "summary": {"documents": len(rv.documents), "assessments": rv.assessment_counts},
        "documents": [
            {"path": d.change.path, "old_path": d.change.old_path, "new_path": d.change.new_path,
             "status": d.change.status, "note": d.note,
             "report": d.report.to_dict() if d.report else None}
            for d in rv.documents
        ],
    }


def render_json(rv: Review) -> str:
    return json.dumps(to_dict(rv), ensure_ascii=False, indent=2) + "\n"


def render_html(rv: Review) -> str:
    """One standalone HTML page: a summary, then each document's assessments and redline."""
    from monitor.render import html as h

    counts = rv.assessment_counts
    rows = []
    for i, doc in enumerate(rv.documents):
        c = doc.report.assessment_counts if doc.report else dict.fromkeys(SEVERITIES, 0)
        rows.append(
            f'<tr><td><a href="#doc{i}">{h.esc(doc.change.path)}</a></td><td>{h.esc(doc.change.status)}</td>'
            f"<td class=\"num\">{c['high']}</td><td class=\"num\">{c['medium']}</td><td class=\"num\">{c['low']}</td>"
            f"<td>{h.esc(doc.note or '')}</td></tr>"
        )
    body = [
        f"<h1>monitor review: {h.esc(rv.base.name)} → {h.esc(rv.head.name)}</h1>",
        f'<p class="meta">{h.esc(rv.base.short)} → {h.esc(rv.head.short)} · {_plural(len(rv.documents), "document")} · '
        + " · ".join(f"{counts[s]} {s}" for s in SEVERITIES) + "</p>",
        '<table class="summary"><thead><tr><th>Document</th><th>Change</th><th>High</th><th>Medium</th>'
        f"<th>Low</th><th>Note</th></tr></thead><tbody>{''.join(rows)}</tbody></table>",
    ]
    for i, doc in enumerate(rv.documents):
        body.append(f'<hr><div class="document" id="doc{i}">')
        if doc.report is None:
            body.append(f'<h2>{h.esc(doc.change.path)}</h2><p class="note">{h.esc(doc.note or "skipped")}</p>')
        else:
            body.append(h.document_html(doc.report, prefix=f"d{i}-", level_title="h1"))
        body.append("</div>")
    return h.page(f"monitor review {rv.base.name} → {rv.head.name}", "\n".join(body))


def render_text(rv: Review, color: bool = False) -> str:
    """The terminal form: each document through the text renderer of `monitor diff`, most severe first."""
    from monitor.render import text

    if not rv.documents:
        return f"No tracked document changed between {rv.base.name} and {rv.head.name}.\n"
    out = []
    for doc in rv.documents:
        if doc.report is None:
            out.append(f"{doc.change.path}: {doc.note or 'skipped'}\n")
        else:
            out.append(text.render_report(doc.report, color=color))
    return "\n".join(out)


def render(rv: Review, fmt: str, color: bool = False, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    if fmt == "markdown":
        return render_markdown(rv, max_chars)
    if fmt == "json":
        return render_json(rv)
    if fmt == "html":
        return render_html(rv)
    if fmt == "text":
        return render_text(rv, color)
    raise MonitorError(f"unknown review format '{fmt}' (choose one of: markdown, json, html, text)")
