"""The packaged defaults' JSON form: used only while it matches defaults.yaml, so start-up skips the YAML parser."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from monitor.config import DEFAULTS, backtracking_risk
from monitor.packaged import DEFAULTS_JSON, build, precompiled


def test_shipped_json_is_built_from_the_shipped_yaml() -> None:
    """defaults.json carries what defaults.yaml says (if this fails, run `python -m monitor.packaged`)."""
    text = DEFAULTS.read_text(encoding="utf-8")
    data = precompiled(text)
    assert data is not None, "monitor/data/defaults.json is stale: run `python -m monitor.packaged`"
    assert data == yaml.safe_load(text)
    # Its patterns are not checked when read: they must pass today's backtracking check.
    patterns = [*data["normalize"]["drop_lines"], *data["normalize"]["drop_blocks"]]
    assert all(backtracking_risk(p) is None for p in patterns)
    assert all(backtracking_risk(p, re.IGNORECASE) is None for p in data["ignore"])


def test_defaults_that_could_hang_are_not_built(tmp_path: Path) -> None:
    """A pattern in defaults.yaml that could backtrack without end stops the build, so it never skips the check."""
    bad = tmp_path / "defaults.yaml"
    bad.write_text(DEFAULTS.read_text(encoding="utf-8").replace("- 'Last Update:'", "- '(\\d+\\s*)*$'"),
                   encoding="utf-8")
    assert "(\\d+\\s*)*$" in bad.read_text(encoding="utf-8")
    out = tmp_path / "defaults.json"
    with pytest.raises(SystemExit, match="exponential"):
        build(bad, out)
    assert not out.exists()


def test_json_of_other_yaml_is_not_used(tmp_path: Path) -> None:
    """An edited defaults.yaml is read as YAML: a JSON built from other text is never taken for it."""
    edited = tmp_path / "defaults.yaml"
    edited.write_text(DEFAULTS.read_text(encoding="utf-8").replace("Last Update:", "Last Updated:"),
                      encoding="utf-8")
    out = tmp_path / "defaults.json"
    build(edited, out)
    assert precompiled(edited.read_text(encoding="utf-8"), out) is not None
    assert precompiled(DEFAULTS.read_text(encoding="utf-8"), out) is None
    out.write_text("{not json", encoding="utf-8")
    assert precompiled(edited.read_text(encoding="utf-8"), out) is None
    assert precompiled("", tmp_path / "missing.json") is None
    assert DEFAULTS_JSON.is_file()


def test_diff_of_two_files_imports_only_what_it_uses(tmp_path: Path) -> None:
    """`monitor diff a.txt b.txt` outside any project starts without the YAML parser, the scanner or logging."""
    (tmp_path / "a.txt").write_text("A paragraph.\n\nIt is likely to rise.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("A paragraph.\n\nIt is unlikely to rise.\n", encoding="utf-8")
    probe = ("import sys\nfrom monitor.cli import main\nsys.argv = ['monitor', 'diff', 'a.txt', 'b.txt']\n"
             "try:\n    main()\nexcept SystemExit as exc:\n    code = exc.code\n"
             "print('\\nLOADED', code, *sorted(m for m in ('yaml', 'monitor.scan', 'logging')"
             " if m in sys.modules))\n")
    proc = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=60,
                          check=False)
    assert "likely" in proc.stdout, proc.stderr
    assert proc.stdout.rstrip().splitlines()[-1] == "LOADED 1", proc.stdout[-300:]
