"""Genre packs: opt-in topics, boilerplate rules and lexicon additions, through config.yaml and the real CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from monitor.assess import lexicon
from monitor.config import PACK_LEXICON, default_config, load_pack, parse_config, shipped_packs
from monitor.pipeline import assess_changes
from monitor.report import ParagraphChange
from tests.conftest import ROOT, run_monitor

# Canada's advisory wording, which no shipped pack knows: a user's own pack file extends the advisory ladder.
CANADA_PACK = """\
description: Government of Canada travel advice levels
topics:
  advice level: ["normal security precautions", "high degree of caution", "non-essential travel", "all travel"]
lexicon:
  advisory_levels:
    1: [take normal security precautions]
    2: [exercise a high degree of caution]
    3: [avoid non-essential travel]
    4: [avoid all travel]
  people_nouns: [Canadians]
"""
CANADA_OLD = "Exercise a high degree of caution in Mali due to the threat of terrorism."
CANADA_NEW = "Avoid non-essential travel to Mali due to the threat of terrorism."


def project(tmp_path: Path, packs: str | None, extra: str = "") -> Path:
    """A project folder whose config.yaml lists `packs` (None: no packs key at all)."""
    (tmp_path / "seeds").mkdir(exist_ok=True)
    text = "roots: [seeds]\n" + (f"packs: {packs}\n" if packs is not None else "") + extra
    (tmp_path / "config.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def diff_json(base: Path, old: str, new: str) -> list[dict[str, Any]]:
    """The assessments of `monitor diff old new --format json`, run in `base` (its config.yaml)."""
    (base / "old.txt").write_text(old + "\n", encoding="utf-8")
    (base / "new.txt").write_text(new + "\n", encoding="utf-8")
    proc = run_monitor("diff", "old.txt", "new.txt", "--format", "json", cwd=base)
    assert proc.returncode in (0, 1), proc.stderr
    assessments: list[dict[str, Any]] = json.loads(proc.stdout)["assessments"]
    return assessments


def one_line(proc: Any) -> str:
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    return str(lines[0])


def modified(old: str, new: str) -> ParagraphChange:
    return ParagraphChange("modified", (0,), (0,), None, old, new, ())


def test_the_package_defaults_carry_no_genre() -> None:
    """With no config.yaml, no topic and no genre's boilerplate rule applies: those come from packs."""
    cfg = default_config()
    assert cfg.topics == () and cfg.packs == () and cfg.lexicon == ()
    assert not any(p.search("since the Committee met in July") for p in cfg.ignore)
    assert any(p.search("Last Update: 12 May 2025") for p in cfg.ignore)
    assert any(p.search("Tel: +66 2 205 4000") for p in cfg.ignore)  # contact lines are in every genre


def test_every_shipped_pack_loads_and_says_what_it_is_for() -> None:
    """Each pack file is valid, has a one-line description, and extends only tables the overlay can extend."""
    assert {"central-bank", "travel-advisory", "russia-ukraine-war"} <= set(shipped_packs())
    assert set(PACK_LEXICON) == set(lexicon.EXTENSIBLE)
    for name in shipped_packs():
        pack = load_pack(name)
        assert pack.description and "\n" not in pack.description, name
        assert all(path[0] in lexicon.EXTENSIBLE for path, _ in pack.lexicon), name


def test_monitor_packs_lists_the_shipped_packs_and_marks_the_enabled(tmp_path: Path) -> None:
    """`monitor packs` names every shipped pack with its description, starred when config.yaml enables it."""
    proc = run_monitor("packs", cwd=project(tmp_path, "[central-bank]"))
    assert proc.returncode == 0, proc.stderr
    lines = {line[2:].split()[0]: line for line in proc.stdout.splitlines() if line[:2] in ("* ", "  ")}
    assert lines["central-bank"].startswith("*") and lines["travel-advisory"].startswith(" ")
    assert load_pack("travel-advisory").description in lines["travel-advisory"]


def test_pack_topics_appear_only_when_the_pack_is_enabled(tmp_path: Path) -> None:
    """A rate decision is filed under 'policy rate' only when the central-bank pack is on."""
    old = "The Committee decided to maintain the target range for the federal funds rate at 1/4 to 1/2 percent."
    new = "The Committee decided to raise the target range for the federal funds rate to 1/2 to 3/4 percent."
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with_pack = diff_json(project(tmp_path / "a", "[central-bank]"), old, new)
    without = diff_json(project(tmp_path / "b", None), old, new)
    assert [(a["kind"], a["direction"], a["topics"]) for a in with_pack] == [("polarity", "up", ["policy rate"])]
    assert [(a["kind"], a["direction"], a["topics"]) for a in without] == [("polarity", "up", [])]


def test_travel_advisory_level_change_is_a_recommendation_up_with_the_pack(tmp_path: Path) -> None:
    """Level 2 → Level 3 is 'recommendation up', high, with the pack; without it the change is still flagged."""
    old = "Thailand is at Level 2: Exercise Increased Caution due to terrorism."
    new = "Thailand is at Level 3: Reconsider Travel due to terrorism."
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    [flag] = diff_json(project(tmp_path / "a", "[travel-advisory]"), old, new)
    assert (flag["kind"], flag["severity"], flag["direction"]) == ("recommendation", "high", "up")
    assert flag["explanation"].startswith("advisory raised: Level 2 → Level 3")
    assert "travel advisory level" in flag["topics"]
    [bare] = diff_json(project(tmp_path / "b", None), old, new)
    if lexicon.raw().get("advisory_levels"):  # the core still holds the ladder the pack now carries
        assert (bare["kind"], bare["severity"], bare["direction"]) == ("recommendation", "high", "up")
    else:  # the core alone sees a level number go up
        assert (bare["kind"], bare["severity"], bare["direction"]) == ("quantity", "medium", "up")
    assert bare["topics"] == []


def test_a_central_bank_ignore_rule_hides_boilerplate_only_with_the_pack(tmp_path: Path) -> None:
    """'since the Committee met in June' is meeting boilerplate with the pack, a changed date without it."""
    old = ("Information received since the Federal Open Market Committee met in April indicates that economic "
           "activity has been expanding at a moderate pace.")
    new = old.replace("met in April", "met in June")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert diff_json(project(tmp_path / "a", "[central-bank]"), old, new) == []
    [flag] = diff_json(project(tmp_path / "b", None), old, new)
    assert (flag["kind"], flag["direction"]) == ("quantity", "up")


def test_a_pack_file_of_your_own_extends_the_lexicon(tmp_path: Path) -> None:
    """A pack named by its path (relative to config.yaml) adds advisory levels the core does not know."""
    base = project(tmp_path, "[packs/canada.yaml]")
    (base / "packs").mkdir()
    (base / "packs" / "canada.yaml").write_text(CANADA_PACK, encoding="utf-8")
    [flag] = diff_json(base, CANADA_OLD, CANADA_NEW)
    assert (flag["kind"], flag["severity"], flag["direction"]) == ("recommendation", "high", "up")
    assert flag["explanation"].startswith("advisory raised: Level 2 → Level 3 ('exercise a high degree of caution' → "
                                          "'avoid non essential travel')")
    assert flag["topics"] == ["advice level"]


def test_the_overlay_does_not_leak_into_the_next_classification(tmp_path: Path) -> None:
    """In one process: classify with a pack, then without it, then with it again: the pack's words come and go."""
    (tmp_path / "canada.yaml").write_text(CANADA_PACK, encoding="utf-8")
    with_pack = parse_config("packs: [canada.yaml]\n", tmp_path / "config.yaml")
    without = parse_config("roots: [seeds]\n", tmp_path / "config.yaml")
    rows = [modified(CANADA_OLD, CANADA_NEW)]
    protected = set(lexicon.PROTECTED)

    def explained(cfg: Any) -> list[str]:
        return [a.explanation for a in assess_changes(rows, cfg)]

    first = explained(with_pack)
    assert len(first) == 1 and first[0].startswith("advisory raised: Level 2 → Level 3")
    assert not any(e.startswith("advisory raised") for e in explained(without))
    assert "avoid non essential travel" not in lexicon.ADVISORY_LEVELS.entries
    assert "canadians" not in lexicon.PEOPLE_NOUNS and set(lexicon.PROTECTED) == protected
    assert explained(with_pack) == first


def test_overlay_restores_every_table_and_tolerates_what_the_core_has() -> None:
    """Inside the block the tables hold the additions (duplicates of core entries are no change); after it, the
    tables are exactly as before, also when blocks nest."""
    before = (dict(lexicon.POLICY_DECISIONS.entries), dict(lexicon.STANCE), set(lexicon.DECISION_VERBS),
              set(lexicon.PEOPLE_NOUNS), dict(lexicon.JUDGMENT_TERMS.entries), set(lexicon.PROTECTED))
    outer = [(("policy_decisions", "rate_objects"), ("the cash rate",)),
             (("policy_decisions", "stance", "raise"), ("hike",)),  # already in the core: tolerated
             (("policy_decisions", "decision_verbs"), ("determined",))]
    inner = [(("judgment_terms",), ("hawkish",)), (("people_nouns",), ("depositors",)),
             (("advisory_levels", "4"), ("avoid all travel",))]
    with lexicon.overlay(outer):
        assert lexicon.POLICY_DECISIONS.find(["lowered", "the", "cash", "rate"])
        assert "determined" in lexicon.DECISION_VERBS and lexicon.STANCE["hike"] == 1
        with lexicon.overlay(inner):
            assert lexicon.JUDGMENT_TERMS.find(["hawkish"]) and "depositors" in lexicon.PEOPLE_NOUNS
            assert lexicon.ADVISORY_LEVELS.find(["avoid", "all", "travel"])[0].value == 4
            assert "avoid" in lexicon.PROTECTED
            assert lexicon.POLICY_DECISIONS.find(["lowered", "the", "cash", "rate"])  # the outer block still holds
        assert "depositors" not in lexicon.PEOPLE_NOUNS
    after = (dict(lexicon.POLICY_DECISIONS.entries), dict(lexicon.STANCE), set(lexicon.DECISION_VERBS),
             set(lexicon.PEOPLE_NOUNS), dict(lexicon.JUDGMENT_TERMS.entries), set(lexicon.PROTECTED))
    assert after == before


def test_config_topics_and_ignore_add_to_the_packs(tmp_path: Path) -> None:
    """The merge rule: packs' entries first, then the config's own; a config topic of a pack's name replaces it."""
    cfg = parse_config(
        "packs: [central-bank]\n"
        "topics:\n  inflation: [CPI]\n  grain: [wheat]\n"
        "ignore: ['^Press release']\n",
        tmp_path / "config.yaml",
    )
    topics = {t.name: t for t in cfg.topics}
    assert list(topics)[-1] == "grain" and "policy rate" in topics
    assert topics["inflation"].terms == ("CPI",)
    patterns = [p.pattern for p in cfg.ignore]
    assert patterns == [*(p.pattern for p in load_pack("central-bank").ignore), "^Press release"]
    # A config that leaves ignore out keeps the defaults' rules beside the pack's.
    kept = parse_config("packs: [central-bank]\n", tmp_path / "config.yaml")
    assert "Last Update:" in [p.pattern for p in kept.ignore] and "Implementation Note issued" in [
        p.pattern for p in kept.ignore]


@pytest.mark.parametrize(
    ("packs", "pack_file", "message"),
    [
        ("[centrl-bank]", None, "packs[0]: unknown pack 'centrl-bank' (did you mean 'central-bank'?"),
        ("[central-bank, nope]", None, "packs[1]: unknown pack 'nope' (shipped packs: central-bank,"),
        ("[mine.yaml]", None, "packs[0]: pack file 'mine.yaml' not found"),
        ("[mine.yaml]", "topics: [a\n", "mine.yaml:2: invalid YAML"),
        ("[mine.yaml]", "topic:\n  x: [y]\n", "unknown key 'topic' (did you mean 'topics'?) (pack 'mine'"),
        ("[mine.yaml]", "lexicon:\n  advisory_level:\n    1: [x]\n",
         "unknown key 'lexicon.advisory_level' (did you mean 'lexicon.advisory_levels'?)"),
        ("[mine.yaml]", "lexicon:\n  people_nouns: [first-home buyers]\n",
         "'lexicon.people_nouns' holds single words"),
        ("[mine.yaml]", "lexicon:\n  advisory_levels:\n    5: [x]\n", "unknown key 'lexicon.advisory_levels.5'"),
        ("[mine.yaml]", "ignore: ['(']\n", "ignore[0] is not a valid regular expression"),
        ("central-bank", None, None),  # a single name is a list of one
    ],
)
def test_a_bad_pack_is_one_line_and_exit_2(tmp_path: Path, packs: str, pack_file: str | None,
                                           message: str | None) -> None:
    """An unknown pack, a pack file missing, not YAML or with an unknown section: one line naming it, status 2."""
    base = project(tmp_path, packs)
    if pack_file is not None:
        (base / "mine.yaml").write_text(pack_file, encoding="utf-8")
    (base / "a.txt").write_text("The rate will probably rise.\n", encoding="utf-8")
    proc = run_monitor("diff", "a.txt", "a.txt", cwd=base)
    if message is None:
        assert proc.returncode == 0, proc.stderr
        return
    line = one_line(proc)
    assert message in line, line
    assert "config.yaml" in line


def test_the_example_pack_in_the_docs_loads_and_works(tmp_path: Path) -> None:
    """The pack docs/packs.md shows is valid, and its rate names make a decision the core alone does not see."""
    text = (ROOT / "docs" / "packs.md").read_text(encoding="utf-8")
    example = text.split("A pack is one YAML file", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "ecb.yaml").write_text(example, encoding="utf-8")
    cfg = parse_config("packs: [ecb.yaml]\n", tmp_path / "config.yaml")
    assert cfg.packs == ("ecb",) and [t.name for t in cfg.topics] == ["deposit rate"]
    rows = [modified("The Governing Council kept the deposit facility rate at 2.00%.",
                     "The Governing Council trimmed the deposit facility rate to 1.75%.")]
    with_pack = assess_changes(rows, cfg)
    assert [(a.kind, a.direction, a.topics) for a in with_pack] == [("polarity", "down", ("deposit rate",))]
    assert "policy decision moved from hold to cut" in with_pack[0].explanation
    assert not any("policy decision" in a.explanation for a in assess_changes(rows, default_config(tmp_path)))
