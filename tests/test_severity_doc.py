"""docs/severity.md says how a flag is decided, with examples: every example is what `monitor diff` reports."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import MONITOR, ROOT

DOC = ROOT / "docs" / "severity.md"


def _examples() -> list[tuple[str, str, str]]:
    text = DOC.read_text(encoding="utf-8")
    table = text.split("## 4. Examples", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0] not in ("before", "---"):
            rows.append((cells[0], cells[1], cells[2]))
    return rows


EXAMPLES = _examples()


def test_the_doc_has_examples() -> None:
    assert len(EXAMPLES) >= 10


@pytest.mark.parametrize(("before", "after", "flag"), EXAMPLES, ids=[e[2] + ":" + e[1][:30] for e in EXAMPLES])
def test_each_example_is_what_monitor_reports(tmp_path: Path, before: str, after: str, flag: str) -> None:
    context = "The service stores its keys on disk."
    link = "https://example.org/guide"
    old = context if before == "—" else f"{context}\n\n{before}"
    new = context if after == "—" else f"{context}\n\n{after.replace('(…)', f'({link})')}"
    (tmp_path / "old.md").write_text(old + "\n", encoding="utf-8")
    (tmp_path / "new.md").write_text(new + "\n", encoding="utf-8")
    proc = subprocess.run([str(MONITOR), "--config", str(ROOT / "config.yaml"), "diff", str(tmp_path / "old.md"),
                           str(tmp_path / "new.md"), "--format", "json"],
                          check=False, capture_output=True, text=True, timeout=60)
    assert proc.returncode in (0, 1), proc.stderr
    flags = json.loads(proc.stdout)["assessments"]
    want = [w.strip() for w in flag.split(",")]
    if want == ["low"]:
        assert all(f["severity"] == "low" for f in flags), flags
        return
    assert len(flags) == 1, flags
    got = flags[0]
    assert got["kind"] == want[0] and got["severity"] == want[1], got
    assert got["direction"] == (want[2] if len(want) > 2 else None), got
    quoted = re.sub(r"\s+", " ", got["after"] or got["before"] or "")
    assert quoted.rstrip(".") in (after if after != "—" else before).replace("(…)", f"({link})")
