"""Helpers for the assessment tests: real paragraph rows and the shipped config, no mocks."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from monitor.config import Config, load_config
from monitor.pipeline import assess_changes
from monitor.report import Assessment, ParagraphChange

CONFIG_PATH = Path(__file__).resolve().parents[1] / "config.yaml"


@cache
def config() -> Config:
    """The config.yaml shipped with the project (topics and ignore rules)."""
    return load_config(CONFIG_PATH)


def modified(old: str, new: str, section: str | None = None) -> list[Assessment]:
    """Assessments for one paragraph whose text changed from `old` to `new`."""
    row = ParagraphChange("modified", (0,), (0,), section, old, new, ())
    return list(assess_changes([row], config()))


def added(text: str, section: str | None = None) -> list[Assessment]:
    return list(assess_changes([ParagraphChange("added", (), (0,), section, None, text)], config()))


def removed(text: str, section: str | None = None) -> list[Assessment]:
    return list(assess_changes([ParagraphChange("removed", (0,), (), section, text, None)], config()))


def significant(flags: list[Assessment]) -> list[Assessment]:
    """The flags a reader is alerted to (medium and high)."""
    return [f for f in flags if f.severity in ("medium", "high")]
