"""The changelog: both files get each entry exactly once, newest first, and heal after a crash."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from monitor.changelog import Changelog, Entry, version_key
from monitor.config import default_config
from monitor.pipeline import compare, load_document
from monitor.report import VersionRef

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "docs" / "diff-report.schema.json").read_text())
OLD = b"# Outlook\n\nRussia will not agree to a ceasefire this year.\n\nTalks continue.\n"
NEW = b"# Outlook\n\nRussia will probably agree to a ceasefire this year.\n\nTalks continue.\n"


def _entry(doc: str, number: int, old: bytes = OLD, new: bytes = NEW) -> Entry:
    config = default_config(ROOT)
    report = compare(load_document(old, "old", config), load_document(new, "new", config), config,
                     VersionRef(f"v{number - 1}", "seeds/x.txt", "0" * 64, "2026-11-24T09:00:00Z"),
                     VersionRef(f"v{number}", "seeds/x.txt", "1" * 64, "2026-11-25T10:12:03Z"), doc)
    return Entry(version_key(doc, number), "changed", doc, number - 1, number, "2026-11-25T10:12:03Z", report)


@pytest.fixture
def changelog(tmp_path: Path) -> Changelog:
    return Changelog(tmp_path / "CHANGELOG.md", tmp_path / "changelog.jsonl")


def test_entry_goes_to_both_files(changelog: Changelog) -> None:
    """One append writes one JSON line (a valid diff report with metadata) and one Markdown block."""
    assert changelog.append(_entry("x.txt", 2))
    lines = changelog.jsonl.read_text().splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    jsonschema.validate(data, SCHEMA)
    assert (data["key"], data["kind"], data["doc"], data["old_version"], data["new_version"]) == (
        "x.txt@v2", "changed", "x.txt", 1, 2)
    md = changelog.markdown.read_text()
    assert md.startswith("# Changelog")
    assert "## `x.txt` · v1 → v2" in md
    assert "2026-11-25 10:12:03 UTC" in md
    assert "<details>" in md and "</details>" in md


def test_appending_an_existing_key_is_a_no_op(changelog: Changelog) -> None:
    """Replaying an entry (recovery after a crash) changes neither file."""
    changelog.append(_entry("x.txt", 2))
    before = (changelog.jsonl.read_bytes(), changelog.markdown.read_bytes())
    assert not changelog.append(_entry("x.txt", 2))
    assert not Changelog(changelog.markdown, changelog.jsonl).append(_entry("x.txt", 2))
    assert (changelog.jsonl.read_bytes(), changelog.markdown.read_bytes()) == before


def test_markdown_is_newest_first(changelog: Changelog) -> None:
    """The latest entry is at the top of CHANGELOG.md; the JSONL keeps the order they happened."""
    for n in (2, 3, 4):
        changelog.append(_entry("x.txt", n))
    md = changelog.markdown.read_text()
    assert md.index("v3 → v4") < md.index("v2 → v3") < md.index("v1 → v2")
    assert [json.loads(x)["new_version"] for x in changelog.jsonl.read_text().splitlines()] == [2, 3, 4]


def test_missing_markdown_blocks_are_rebuilt_from_the_jsonl(changelog: Changelog) -> None:
    """A kill between the JSONL append and the Markdown rewrite is healed by the next writer, in order."""
    for n in (2, 3):
        changelog.append(_entry("x.txt", n))
    md = changelog.markdown.read_text()
    # As if killed after the JSONL line of v3 but before its Markdown block.
    changelog.markdown.write_text(md[: md.index("<!-- monitor:entry")] + md[md.index("<!-- monitor:entry x.txt@v2"):])
    fresh = Changelog(changelog.markdown, changelog.jsonl)
    fresh.append(_entry("x.txt", 4))
    md = changelog.markdown.read_text()
    assert md.count("<!-- monitor:entry") == 3
    assert md.index("v3 → v4") < md.index("v2 → v3") < md.index("v1 → v2")


def test_deleted_markdown_is_regenerated(changelog: Changelog) -> None:
    """Deleting CHANGELOG.md loses nothing: it is rebuilt from changelog.jsonl on the next append."""
    changelog.append(_entry("x.txt", 2))
    changelog.markdown.unlink()
    Changelog(changelog.markdown, changelog.jsonl).append(_entry("y.txt", 2))
    md = changelog.markdown.read_text()
    assert "`x.txt`" in md and "`y.txt`" in md and md.startswith("# Changelog")


def test_torn_jsonl_tail_is_cut_and_not_counted(changelog: Changelog) -> None:
    """A half-written last JSON line is not an entry; the next append removes it and writes whole lines."""
    changelog.append(_entry("x.txt", 2))
    with changelog.jsonl.open("a") as fh:
        fh.write('{"key": "x.txt@v3", "kind": "chan')
    reader = Changelog(changelog.markdown, changelog.jsonl)
    assert reader.keys() == {"x.txt@v2"}
    assert reader.append(_entry("x.txt", 3))
    lines = changelog.jsonl.read_text().splitlines()
    assert [json.loads(x)["key"] for x in lines] == ["x.txt@v2", "x.txt@v3"]


def test_keys_with_double_dashes_survive_the_markdown_marker(changelog: Changelog) -> None:
    """A document id containing `--` (not allowed inside an HTML comment) still round-trips."""
    changelog.append(_entry("a--b.txt", 2))
    md = changelog.markdown.read_text()
    marker = md[md.index("<!-- monitor:entry"):].splitlines()[0]
    assert "--" not in marker.removeprefix("<!--").removesuffix("-->")
    changelog.markdown.write_text(md.replace("Talks", "Talks"))
    assert not Changelog(changelog.markdown, changelog.jsonl).append(_entry("a--b.txt", 2))
    assert changelog.markdown.read_text().count("<!-- monitor:entry") == 1


def test_entries_round_trip_and_summaries_feed_monitor_log(changelog: Changelog) -> None:
    """Entries read back with every changed paragraph and judgment as written (unchanged paragraphs are
    counted, not kept: entries are compact), and each version gets a one-line summary."""
    entry = _entry("x.txt", 2)
    changelog.append(entry)
    (back,) = changelog.entries("x.txt")
    changed = [p for p in entry.report.paragraphs if p.op != "unchanged"]
    assert [p for p in back.report.paragraphs if p.op != "unchanged"] == changed
    assert back.report.paragraph_counts == entry.report.paragraph_counts
    assert back.report.assessments == entry.report.assessments
    line = json.loads(changelog.jsonl.read_text())
    assert line["entry_format"] == 2 and [p["op"] for p in line["paragraphs"]] == ["modified"]
    assert line["paragraphs"][0]["old_text"] is None  # rebuilt from its word ops
    summary = changelog.summaries("x.txt")[2]
    assert summary.startswith("changed: 1 modified")
    assert changelog.entries("other.txt") == []


def test_markdown_cannot_be_broken_by_document_text(changelog: Changelog) -> None:
    """Hostile document text cannot open raw HTML or close the folded diff early."""
    hostile = b"# Outlook\n\nRussia will agree </details><script>alert(1)</script> @team #1.\n"
    changelog.append(_entry("x.txt", 2, new=hostile))
    md = changelog.markdown.read_text()
    assert "<script>" not in md
    assert md.count("<details>") == md.count("</details>") == 1


def test_torn_tail_is_cut_before_every_append_of_a_long_lived_changelog(changelog: Changelog) -> None:
    """In the daemon (one Changelog for its whole life) a torn last line never gets the next entry glued on."""
    changelog.append(_entry("x.txt", 2))
    with changelog.jsonl.open("ab") as fh:
        fh.write(b'{"key": "x.txt@v3", "kind": "chan')
    assert changelog.append(_entry("x.txt", 4))
    assert [json.loads(x)["key"] for x in changelog.jsonl.read_text().splitlines()] == ["x.txt@v2", "x.txt@v4"]


def test_entries_run_together_are_not_entries_until_rewritten(changelog: Changelog) -> None:
    """A fragment with the next entry glued on counts as neither; repair keeps the whole one, drops the other."""
    for n in (2, 3, 4):
        changelog.append(_entry("x.txt", n))
    lines = changelog.jsonl.read_bytes().splitlines(keepends=True)
    changelog.jsonl.write_bytes(lines[0] + lines[1][:100] + lines[2])
    reader = Changelog(changelog.markdown, changelog.jsonl)
    assert reader.keys() == {"x.txt@v2"}
    assert [e.key for e in reader.entries()] == ["x.txt@v2"]
    reader.repair()
    assert changelog.jsonl.read_bytes() == lines[0] + lines[2]
    assert reader.keys() == {"x.txt@v2", "x.txt@v4"}
    md = changelog.markdown.read_text()
    assert md.count("<!-- monitor:entry") == 2 and md.index("v3 → v4") < md.index("v1 → v2")
    assert reader.append(_entry("x.txt", 3))
    assert reader.keys() == {"x.txt@v2", "x.txt@v3", "x.txt@v4"}


def test_a_nested_key_field_cannot_pass_for_a_second_entry(changelog: Changelog) -> None:
    """An entry whose report carries an object with a `key` field is still one whole entry, read back as written."""
    entry = _entry("x.txt", 2)
    entry.report.extra["source"] = {"key": "x.txt@v9", "n": 1}
    changelog.append(entry)
    fresh = Changelog(changelog.markdown, changelog.jsonl)
    assert fresh.keys() == {"x.txt@v2"}
    assert fresh.entries()[0].report.extra["source"] == {"key": "x.txt@v9", "n": 1}
    fresh.repair()
    assert fresh.keys() == {"x.txt@v2"}
