"""Shared by the generators of our labelled sets (tests/eval_*/make_cases.py): declare cases, write them out."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

Edits = list[tuple[str, str]] | Callable[[str], str]


def a(before: str | None, after: str | None, kind: str | None = None, direction: str | None = None) -> dict[str, Any]:
    """One expected assessment, as score.py reads it."""
    out: dict[str, Any] = {"before": before, "after": after}
    if kind:
        out["kind"] = kind
    if direction:
        out["direction"] = direction
    return out


def apply(base: str, edits: Edits) -> str:
    """The revised text: a function of the base, or exact one-occurrence replacements."""
    if callable(edits):
        return edits(base)
    text = base
    for old, new in edits:
        assert text.count(old) == 1, (old, text.count(old))
        text = text.replace(old, new)
    return text


def crlf_spaces(text: str) -> str:
    """Windows line endings and two spaces after each full stop: layout only."""
    return text.replace(". ", ".  ").replace("\n", "\r\n")


class CaseSet:
    """Synthetic, exhaustive cases: a base text, its edits, and the assessments a reader needs."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.cases: list[dict[str, Any]] = []

    def case(self, name: str, base: str, edits: Edits, assessments: list[dict[str, Any]], note: str,
             **extra: Any) -> None:
        self.cases.append({"name": name, "base": base, "edits": edits, "assessments": assessments, "note": note,
                           **extra})

    def write(self) -> None:
        """(Re)write every case folder: old.txt, new.txt (CRLF kept) and expect.yaml."""
        for c in self.cases:
            folder = self.folder / c["name"]
            if folder.exists():
                shutil.rmtree(folder)
            folder.mkdir()
            old, new = c["base"], apply(c["base"], c["edits"])
            if c.get("swap"):
                old, new = new, old
            assert old != new, c["name"]
            nl = "" if "\r" in new else None
            (folder / "old.txt").write_text(old, encoding="utf-8")
            with (folder / "new.txt").open("w", encoding="utf-8", newline=nl) as fh:
                fh.write(new)
            exp: dict[str, Any] = {"note": c["note"], "exhaustive": True, "assessments": c["assessments"]}
            for k in ("paragraphs", "exit_code"):
                if k in c:
                    exp[k] = c[k]
            text = yaml.safe_dump(exp, sort_keys=False, allow_unicode=True)
            (folder / "expect.yaml").write_text(text, encoding="utf-8")
        print(f"wrote {len(self.cases)} synthetic cases")
