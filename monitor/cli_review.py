"""`monitor review`: the documents changed between two git refs, as one pull-request comment (registered by cli.py)."""

from __future__ import annotations

import sys

import click

from monitor.cli_core import SEVERITY_CHOICES, _reason, echo, terminal_safe, use_color, user_errors, write_output
from monitor.cli_global import pager_wanted
from monitor.pager import paged


def register(main: click.Group) -> None:
    """Add `monitor review` to the `monitor` group."""
    main.add_command(review)


@click.command()
@click.option("--base", required=True, help="the ref to compare from (a branch, tag or commit, e.g. origin/main)")
@click.option("--head", default="HEAD", show_default=True, help="the ref to compare to")
@click.option("--format", "-f", "fmt", type=click.Choice(("markdown", "json", "html", "text")), default=None,
              help="output format (default: text on a terminal, else markdown: the pull-request comment)")
@click.option("--fail-on", type=click.Choice(SEVERITY_CHOICES), default=None,
              help="exit 1 only when a changed judgment at least this severe is found (CI gate)")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None, help="write the review to FILE")
@click.option("--repo", "-C", type=click.Path(file_okay=False), default=".", show_default=True,
              help="the git repository to review")
@click.option("--max-chars", type=click.IntRange(min=1000), default=60_000, show_default=True,
              help="cap on the Markdown comment (GitHub allows 65,536)")
@click.option("--color/--no-color", default=None, help="force or suppress colour in text output (default: on "
              "a terminal, unless NO_COLOR is set)")
@click.option("--each-commit", is_flag=True, help="one section per commit since base (each against its parent), "
              "all in one process")
@click.argument("paths", nargs=-1)
@click.pass_context
@user_errors
def review(ctx: click.Context, base: str, head: str, fmt: str | None, fail_on: str | None, output: str | None,
           repo: str, max_chars: int, color: bool | None, each_commit: bool, paths: tuple[str, ...]) -> None:
    """Review the documents that changed between two git refs, as one pull-request comment.

    Reads every tracked document (config include/exclude, under the configured roots) through git,
    following renames, and compares each version pair with the engine of `monitor diff`. PATHS limit
    the review to those git pathspecs. The working tree is not touched.

    Exit status: 0 nothing changed (or, with --fail-on, no judgment that severe), 1 otherwise, 2 error.
    """
    from pathlib import Path

    from monitor import review as rv
    from monitor.config import load_config

    try:
        Path(repo).stat()
    except FileNotFoundError:
        pass  # review names the missing folder itself
    except (OSError, ValueError) as exc:  # a name too long for a path, a file on the way: not a traceback
        from monitor.errors import ReviewError

        raise ReviewError(f"{repo}: cannot use as the repository ({_reason(exc)}); pass --repo the path of a "
                          "git repository") from None
    explicit = ctx.obj.get("config_path") if ctx.obj else None
    config = load_config(explicit or rv.repo_config(Path(repo)))
    if fmt is None:
        fmt = "text" if output is None and sys.stdout.isatty() else "markdown"
    colored = fmt == "text" and output is None and use_color(color, sys.stdout)
    if each_commit:  # monitor/review_commits.py: the sections, their output and their exit status
        from monitor import review_commits as rc

        if fmt not in rc.FORMATS:
            rc.render_each([], fmt)  # the one-line error, before any commit is read
        sections = rc.review_each(Path(repo), base, head, config, paths)
        with paged(output is None and pager_wanted(ctx)):
            write_output(terminal_safe(rc.render_each(sections, fmt, colored, max_chars), fmt, colored), output)
        sys.exit(rc.each_exit_status(sections, fail_on))
    result = rv.review(Path(repo), base, head, config, paths)
    text = terminal_safe(rv.render(result, fmt, colored, max_chars), fmt, colored)
    with paged(output is None and pager_wanted(ctx)):
        if colored:
            echo(text, nl=False, color=True)  # click strips ANSI codes when piped unless told otherwise
        else:
            write_output(text, output)
    sys.exit(rv.exit_status(result, fail_on))
