"""The command line: argument parsing, printing and exit codes; maps MonitorError to one line and status 2."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import Any

# The command line's start-up policy (the collector's threshold, the compiled-code cache), also when a program runs
# this module's `main` rather than the `monitor` script (monitor.launch, which applied it already).
from monitor.launch import startup_policy

startup_policy()

import click  # noqa: E402  (after the start-up policy above: its patterns are compiled through the cache)

from monitor.cli_core import (  # noqa: E402
    EXIT_ERROR,
    EXIT_SAME,
    FORMATS,
    SEVERITY_CHOICES,
    fail,
    internal_error,
    output_error,
    run_diff,
    say,
    ways_out,
)
from monitor.cli_global import change_folder, pager_wanted  # noqa: E402

# The commands other than `diff` live in modules of their own, imported (and built by click) when one of them is
# named or the commands are listed: `monitor diff` builds only itself, and `monitor review` only itself.
HISTORY_COMMANDS = ("import", "label", "history", "blame")  # a document's judgment history
STORE_COMMANDS = ("init", "scan", "rename", "log", "show", "watch", "status", "notify", "packs")
COMMAND_MODULES = {
    "review": "monitor.cli_review",
    **dict.fromkeys(STORE_COMMANDS, "monitor.cli_store"),
    **dict.fromkeys(HISTORY_COMMANDS, "monitor.history_cli"),
}


class MonitorGroup(click.Group):
    """A click group whose usage mistakes are one line on stderr and exit status 2, like every other error."""

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        from monitor.cli_global import add_everywhere_options

        add_everywhere_options(cmd)  # -C, --config and --no-pager after the subcommand too
        super().add_command(cmd, name)

    def _register(self, names: Iterable[str]) -> None:
        """Import the modules that define these commands, once each, and add their commands."""
        import importlib

        for module in dict.fromkeys(COMMAND_MODULES[name] for name in names if name not in self.commands):
            importlib.import_module(module).register(self)

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._register(COMMAND_MODULES)
        return super().list_commands(ctx)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in COMMAND_MODULES:
            self._register((cmd_name,))
        elif cmd_name not in self.commands:
            # A mistyped name: click suggests the closest among the commands registered, which have always been
            # all but the history ones (`monitor histroy` gets no suggestion), so the message stays as it was.
            self._register(("review", *STORE_COMMANDS))
        return super().get_command(ctx, cmd_name)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            with ways_out():
                rv = super().main(*args, **kwargs)
        except click.exceptions.NoArgsIsHelpError as exc:
            click.echo(exc.ctx.get_help() if exc.ctx else "", err=False)
            sys.exit(EXIT_SAME)
        except click.UsageError as exc:
            where = exc.ctx.command_path if exc.ctx else "monitor"
            message = exc.format_message().rstrip(".")
            say(f"{where}: {message[:1].lower()}{message[1:]} (see '{where} --help')", err=True)
            sys.exit(EXIT_ERROR)
        except click.ClickException as exc:
            fail(exc.format_message())
        except click.Abort:
            fail("aborted")
        except OSError as exc:  # outside any command, only printing --help or --version touches the system
            fail(str(output_error(exc)))
        except Exception as exc:  # outside any command: argument parsing, --help, --version
            internal_error(exc)
        sys.exit(rv if isinstance(rv, int) else EXIT_SAME)


@click.group(cls=MonitorGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-C", "chdir", metavar="DIR", multiple=True, is_eager=True, expose_value=False,
              callback=change_folder,
              help="run as if monitor was started in DIR (also accepted after the command)")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="config file (default: config.yaml here or in the nearest parent folder, or $MONITOR_CONFIG)")
@click.option("--no-pager", is_flag=True, help="never send long output through $PAGER (less -FRX)")
@click.version_option(package_name="monitor")
@click.pass_context
def main(ctx: click.Context, config_path: str | None, no_pager: bool) -> None:
    """monitor: tells you which judgments changed between versions of a document."""
    ctx.obj = {"config_path": config_path, "no_pager": no_pager}

def load_cfg(ctx: click.Context, project: bool = True) -> Any:
    """The validated Config for this invocation (raises ConfigError with the file and line). With `project`,
    outside any project (no config.yaml here or above) is one line naming `monitor init`, and nothing is written."""
    from monitor.cli_core import load_config_for

    return load_config_for(ctx.obj.get("config_path") if ctx.obj else None, project)


@main.command()
@click.argument("old")
@click.argument("new")
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="output format")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None, help="write the report to FILE")
@click.option("--doc", default=None, help="document id (or its file's path) for bare versions (v1, latest) when "
              "several are tracked")
@click.option("--fail-on", type=click.Choice(SEVERITY_CHOICES), default=None,
              help="exit 1 only when a changed judgment at least this severe is found")
@click.option("--color/--no-color", default=None, help="force or suppress colour (default: on a terminal, "
              "unless NO_COLOR is set)")
@click.pass_context
def diff(ctx: click.Context, old: str, new: str, fmt: str, output: str | None, doc: str | None,
         fail_on: str | None, color: bool | None) -> None:
    """Compare two versions: files, DOC@v3, v1 v2 (one tracked document), DOC@latest, or REV:path in git.

    Exit status: 0 no differences, 1 differences (or, with --fail-on, a judgment that severe), 2 error.
    """
    # run_diff turns a MonitorError (and what user_errors handles) into one line and exit status 2, as here before.
    run_diff(old, new, fmt, output, doc, fail_on, color, config_path=ctx.obj.get("config_path") if ctx.obj else None,
             pager=pager_wanted(ctx))
