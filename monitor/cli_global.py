"""The options every command takes before or after its name (-C DIR, --config FILE, --no-pager), as git's do."""

from __future__ import annotations

import os
from typing import Any

import click

from monitor.errors import InputError


def change_folder(ctx: click.Context, param: click.Parameter, value: tuple[str, ...] | None) -> None:
    """-C DIR: run as if monitor had been started in DIR (several add up, as `git -C a -C b` does)."""
    for folder in value or ():
        try:
            os.chdir(folder)
        except FileNotFoundError:
            raise InputError(f"-C {folder}: no such folder; name the project folder to run in") from None
        except NotADirectoryError:
            raise InputError(f"-C {folder}: not a folder; name the project folder to run in") from None
        except (OSError, ValueError) as exc:
            reason = (exc.strerror or str(exc)).lower() if isinstance(exc, OSError) else "not a valid path"
            raise InputError(f"-C {folder}: cannot change to this folder ({reason})") from None


def _remember(key: str) -> Any:
    def callback(ctx: click.Context, param: click.Parameter, value: Any) -> None:
        if value is not None and value is not False:
            ctx.ensure_object(dict)[key] = value

    return callback


def chdir_option(**kw: Any) -> click.Option:
    return click.Option(["-C", "chdir"], metavar="DIR", multiple=True, is_eager=True, expose_value=False,
                        callback=change_folder, help="run as if monitor was started in DIR", **kw)


def add_everywhere_options(cmd: click.Command) -> None:
    """Give a subcommand -C, --config and --no-pager (those it lacks), so `monitor scan --config x` works as
    `monitor --config x scan` does; the value given after the subcommand wins."""
    if isinstance(cmd, click.Group):
        return
    taken = {opt for p in cmd.params for opt in getattr(p, "opts", ())}
    if "-C" not in taken:
        cmd.params.append(chdir_option())
    if "--config" not in taken:
        cmd.params.append(click.Option(["--config", "config_path"], type=click.Path(dir_okay=False),
                                       expose_value=False, callback=_remember("config_path"),
                                       help="config file (default: config.yaml here or in a parent folder)"))
    if "--no-pager" not in taken:
        cmd.params.append(click.Option(["--no-pager", "no_pager"], is_flag=True, default=False, expose_value=False,
                                       callback=_remember("no_pager"),
                                       help="print long output straight to the terminal, not through $PAGER"))


def pager_wanted(ctx: click.Context) -> bool:
    """False when --no-pager was given before or after the subcommand."""
    return not (ctx.obj or {}).get("no_pager")
