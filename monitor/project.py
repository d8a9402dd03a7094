"""Where a project is (the config.yaml that config.find_config finds, like git's .git) and `monitor init`."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from monitor.config import CONFIG_NAME
from monitor.errors import ConfigError, InputError

if TYPE_CHECKING:
    from monitor.config import Config

TEMPLATE = Path(__file__).resolve().parent / "data" / "init-config.yaml"


def require_project(config: Config) -> None:
    """A command that keeps state (a store, a changelog) runs only inside a project: a folder with config.yaml,
    or one of its subfolders. With no config.yaml anywhere up the tree, a folder laid out as the defaults
    expect (a `seeds/` folder, or a `snapshots/` store) still counts, as it always has; anywhere else nothing is
    written."""
    if config.source is not None or (config.base / "seeds").is_dir() or (config.base / "snapshots").is_dir():
        return
    raise ConfigError(f"not in a monitor project: no {CONFIG_NAME} in {config.base} or any folder above it; "
                      "run `monitor init` here to start one, then `monitor scan` (or pass -C DIR or --config FILE)")


def init_project(folder: Path) -> list[str]:
    """Write a commented config.yaml and an empty seeds/ into `folder` (made if missing); the names created.

    Refuses, changing nothing, when `folder` already has a config.yaml: an existing project is never reset.
    """
    target = folder / CONFIG_NAME
    if os.path.lexists(target):
        raise InputError(f"{target}: already exists; this folder is a monitor project (edit the file, or "
                         "run `monitor init` in another folder)")
    if os.path.lexists(folder / "seeds") and not (folder / "seeds").is_dir():
        raise InputError(f"{folder / 'seeds'}: is a file, where the project's seeds/ folder goes; move it away "
                         "first")
    try:
        if folder.exists() and not folder.is_dir():
            raise InputError(f"{folder}: is not a folder; name a folder for the new project")
        folder.mkdir(parents=True, exist_ok=True)
        created = []
        with target.open("x", encoding="utf-8") as out:  # "x": never over a file made meanwhile
            out.write(TEMPLATE.read_text(encoding="utf-8"))
        created.append(CONFIG_NAME)
        seeds = folder / "seeds"
        if not seeds.is_dir():
            seeds.mkdir()
            created.append("seeds/")
    except FileExistsError:
        raise InputError(f"{folder}: has a file where {CONFIG_NAME} or seeds/ would go; move it away first") \
            from None
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        raise InputError(f"{folder}: cannot create the project ({reason}); choose a folder you can write to") \
            from None
    return created
