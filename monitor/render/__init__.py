"""Renderers of a Report, by format name: each module exposes `render_report(report, color=False) -> str`."""

from __future__ import annotations

import sys
from collections.abc import Callable

from monitor.errors import MonitorError
from monitor.report import Report

Renderer = Callable[..., str]

# format name -> module under monitor.render; imported only when that format is asked for.
RENDERERS: dict[str, str] = {
    "text": "monitor.render.text",
    "markdown": "monitor.render.markdown",
    "json": "monitor.render.json",
    "html": "monitor.render.html",
}


def render(report: Report, fmt: str, color: bool = False) -> str:
    """Render `report` in the named format; an unknown name lists the valid ones."""
    module_name = RENDERERS.get(fmt)
    if module_name is None:
        raise MonitorError(f"unknown format '{fmt}' (choose one of: {', '.join(RENDERERS)})")
    __import__(module_name)  # as importlib.import_module, without loading importlib (and warnings) for it
    module = sys.modules[module_name]
    out: str = module.render_report(report, color=color)
    return out
