"""The command line: argument parsing, printing and exit codes; maps MonitorError to one line and status 2."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

from monitor.errors import MonitorError

F = TypeVar("F", bound=Callable[..., Any])

EXIT_SAME, EXIT_DIFFERENT, EXIT_ERROR = 0, 1, 2


def user_errors(func: F) -> F:
    """Turn a MonitorError (and a few OS-level surprises) into one line on stderr and exit status 2."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except MonitorError as exc:
            click.echo(f"monitor: {exc}", err=True)
            sys.exit(EXIT_ERROR)
        except KeyboardInterrupt:
            click.echo("monitor: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            # `monitor diff … | head`: the reader went away; that is not an error worth a traceback.
            sys.stderr.close()
            sys.exit(EXIT_DIFFERENT)
        except MemoryError:
            click.echo("monitor: out of memory; the input is too large to compare on this machine", err=True)
            sys.exit(EXIT_ERROR)

    return wrapper  # type: ignore[return-value]


class MonitorGroup(click.Group):
    """A click group whose usage errors exit with status 2 on one line (click's own default is 2 as well)."""


@click.group(cls=MonitorGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="config file (default: ./config.yaml, or $MONITOR_CONFIG)")
@click.version_option(package_name="monitor")
@click.pass_context
def main(ctx: click.Context, config_path: str | None) -> None:
    """monitor: tells you which judgments changed between versions of a document."""
    ctx.obj = {"config_path": config_path}


def load_cfg(ctx: click.Context) -> Any:
    """The validated Config for this invocation (raises ConfigError with the file and line)."""
    from monitor.config import load_config

    return load_config(ctx.obj.get("config_path") if ctx.obj else None)
