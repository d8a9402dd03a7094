"""`monitor review --each-commit`: one review section per commit of a range, all in one process."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from monitor.errors import ReviewError
from monitor.review import DEFAULT_MAX_CHARS, MARKER, Git, Review, exit_status, render, review, to_dict

if TYPE_CHECKING:
    from monitor.config import Config

EACH_COMMIT_SCHEMA = "monitor/review-commits@1"
FORMATS = ("markdown", "json", "text")


@dataclass(frozen=True, slots=True)
class CommitReview:
    """One commit of the range, reviewed against its first parent."""

    sha: str
    subject: str
    review: Review


def commits(git: Git, base: str, head: str) -> list[tuple[str, str]]:
    """(sha, subject) of each commit head made since it left base, oldest first, along first parents."""
    base_sha, head_sha = git.commit(base).sha, git.commit(head).sha
    since = git.merge_base(base_sha, head_sha) or base_sha
    out = git.run("log", "--reverse", "--first-parent", "--format=%H%x00%s", f"{since}..{head_sha}",
                  what=f"{base}..{head}")
    rows = []
    for line in out.decode("utf-8", "replace").splitlines():
        sha, _, subject = line.partition("\0")
        rows.append((sha, subject))
    return rows


def review_each(repo: Path, base: str, head: str | None, config: Config,
                pathspecs: Sequence[str] = ()) -> list[CommitReview]:
    """Review each commit between base and head against its first parent (a root commit against nothing)."""
    git = Git(repo)
    out = []
    for sha, subject in commits(git, base, head or "HEAD"):
        parent = git.run("rev-list", "--parents", "-n", "1", sha).decode().split()[1:2]
        if not parent:
            raise ReviewError(f"{sha[:10]}: a root commit has no parent to compare with; start the range after it")
        out.append(CommitReview(sha, subject, review(repo, parent[0], sha, config, pathspecs)))
    return out


def each_exit_status(reviews: Sequence[CommitReview], fail_on: str | None) -> int:
    """The worst status of the sections: 1 when any commit changed a document (or met --fail-on), else 0."""
    return max((exit_status(r.review, fail_on) for r in reviews), default=0)


def render_each(reviews: Sequence[CommitReview], fmt: str, color: bool = False,
                max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """All sections in one output: Markdown and text with a heading per commit, JSON as a list of reviews."""
    if fmt not in FORMATS:
        raise ReviewError(f"--each-commit writes {', '.join(FORMATS)}, not {fmt} (choose one of those)")
    if fmt == "json":
        sections = [{"sha": r.sha, "subject": r.subject, "review": to_dict(r.review)} for r in reviews]
        return json.dumps({"schema": EACH_COMMIT_SCHEMA, "commits": sections}, ensure_ascii=False, indent=2) + "\n"
    if not reviews:
        return "No commits in the range.\n"
    # The comment's size cap is shared: each section gets its part (at least 1,000 characters).
    share = max(1000, max_chars // len(reviews))
    parts = [MARKER] if fmt == "markdown" else []
    for r in reviews:
        title = f"{r.sha[:10]} {r.subject}".strip()
        body = render(r.review, fmt, color, share)
        if fmt == "markdown":
            body = body.removeprefix(MARKER).lstrip("\n")
            parts.append(f"# Commit {title}\n\n{body}")
        else:
            parts.append(f"== commit {title}\n{body}")
    return "\n".join(parts).rstrip("\n") + "\n"
