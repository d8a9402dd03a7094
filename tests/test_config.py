"""config.yaml: topics, defaults and the messages for mistakes."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config import load_config, parse_config
from monitor.errors import ConfigError
from tests.conftest import ROOT


def test_shipped_config_is_valid_and_has_seed_topics() -> None:
    """The config.yaml in the repository loads and names topics for the seed chapter (from its pack)."""
    cfg = load_config(ROOT / "config.yaml")
    names = {t.name for t in cfg.topics}
    assert {"ceasefire outlook", "NATO membership", "Russia-North Korea cooperation"} <= names
    assert cfg.roots == (ROOT / "seeds",)


def test_topic_terms_match_words_phrases_prefixes_and_patterns(tmp_path: Path) -> None:
    """Words, phrases (any dash or space between words), prefix* and /regex/ terms all find their text."""
    cfg = parse_config(
        "topics:\n"
        "  talks: [ceasefire, 'peace talks', 'negotiat*']\n"
        "  levels: ['/Level [1-4]/']\n",
        tmp_path / "config.yaml",
    )
    talks, levels = cfg.topics
    assert talks.find("Peace-talks resumed while negotiators met; a Ceasefire held.") == [
        "Peace-talks", "negotiators", "Ceasefire"]
    assert talks.find("The ceasefires collapsed.") == []  # whole words only, unless the term says prefix*
    assert levels.find("Thailand - Level 2: Exercise Increased Caution") == ["Level 2"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("roots: [seeds\n", "config.yaml:2: invalid YAML"),
        ("rescan_minute: 5\n", "unknown key 'rescan_minute' (did you mean 'rescan_minutes'?)"),
        ("debounce_seconds: -1\n", "'debounce_seconds' must be a positive number"),
        ("topics:\n  x: []\n", "topics.x: expected a list of terms"),
        ("topics:\n  x: ['/(unclosed/']\n", "topics.x: bad pattern"),
        ("ignore: ['(']\n", "ignore[0] is not a valid regular expression"),
        ("- just\n- a list\n", "expected a mapping of settings"),
    ],
)
def test_mistakes_name_the_line_or_key(tmp_path: Path, text: str, message: str) -> None:
    """Each kind of mistake is a ConfigError whose message says where and what."""
    path = tmp_path / "config.yaml"
    with pytest.raises(ConfigError, match=None) as info:
        parse_config(text, path)
    assert message in str(info.value)


def test_relative_paths_resolve_against_the_config_folder(tmp_path: Path) -> None:
    """Paths in config.yaml are relative to the file, not to wherever monitor was started."""
    cfg = parse_config("roots: [docs]\nsnapshots: store\n", tmp_path / "config.yaml")
    assert cfg.roots == (tmp_path / "docs",)
    assert cfg.snapshots == tmp_path / "store"


def test_running_outside_the_project_still_ignores_boilerplate(tmp_path: Path) -> None:
    """With no config.yaml at hand, the packaged defaults still drop generic boilerplate, and name no genre's."""
    from monitor.config import default_config

    cfg = default_config(tmp_path)
    assert any(p.search("Last Update: May 5, 2025") for p in cfg.ignore)
    assert not any(p.search("Information received since the Committee met in July") for p in cfg.ignore)
    assert cfg.topics == () and cfg.normalize.drop_blocks


def test_repository_config_is_the_packaged_defaults_plus_its_packs() -> None:
    """The config.yaml users read shows the package's artefact rules and boilerplate, and its topics and genre
    rules are exactly those of the packs it lists plus its own topics."""
    import yaml

    from monitor.config import DEFAULTS, load_pack

    shipped = yaml.safe_load(DEFAULTS.read_text(encoding="utf-8"))
    repo = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    for key in ("normalize", "ignore"):
        assert repo[key] == shipped[key], key
    assert shipped["topics"] == {}, "package defaults carry no topics: they belong to packs"
    packs = [load_pack(name) for name in repo["packs"]]
    cfg = load_config(ROOT / "config.yaml")
    assert [t.name for t in cfg.topics] == [t.name for p in packs for t in p.topics] + list(repo["topics"] or {})
    assert [p.pattern for p in cfg.ignore] == [r.pattern for p in packs for r in p.ignore] + shipped["ignore"]
    assert cfg.lexicon == tuple(a for p in packs for a in p.lexicon)


def test_a_config_without_ignore_keeps_the_default_ignore_rules(tmp_path: Path) -> None:
    """Sections a config.yaml leaves out keep their defaults; sections it sets replace them."""
    cfg = parse_config("roots: [docs]\n", tmp_path / "config.yaml")
    assert "Last Update:" in [p.pattern for p in cfg.ignore]
    mine = parse_config("ignore: ['^Press release']\ntopics:\n  grain: [wheat]\n", tmp_path / "config.yaml")
    assert [p.pattern for p in mine.ignore] == ["^Press release"]
    assert [t.name for t in mine.topics] == ["grain"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("snapshots: /\n", "'snapshots' (/) is the filesystem root; give the store a folder of its own"),
        ("snapshots: .\n", "'snapshots' (.) contains the watched folder seeds; give the store a folder of its own"),
        ("snapshots: ./seeds/\n", "'snapshots' (seeds) is the watched folder seeds"),
        ("roots: [a/b, c]\nsnapshots: a\n", "'snapshots' (a) contains the watched folder a/b"),
        ("roots: [docs]\nsnapshots: docs/../docs\n", "is the watched folder docs"),
        ("changelog: {markdown: snapshots/CHANGELOG.md}\n", "'changelog.markdown' (snapshots/CHANGELOG.md) is "
         "inside the snapshots folder (snapshots); keep the changelog outside the store"),
        ("snapshots: store\nchangelog: {jsonl: store}\n", "'changelog.jsonl' (store) is inside the snapshots folder"),
        ("snapshots: \"st\\0re\"\n", "'snapshots' contains a NUL character"),
    ],
)
def test_a_store_that_would_track_nothing_is_refused(tmp_path: Path, text: str, message: str) -> None:
    """A store at /, at the config folder, at or around a watched folder, or holding the changelog is refused."""
    with pytest.raises(ConfigError) as info:
        parse_config(text, tmp_path / "config.yaml")
    assert str(info.value).startswith(f"{tmp_path / 'config.yaml'}: ")
    assert message in str(info.value)


def test_a_store_reached_through_a_symlink_is_still_the_watched_folder(tmp_path: Path) -> None:
    """A store whose path is a symlink to the watched folder is refused like the folder itself."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "store").symlink_to(tmp_path / "seeds")
    with pytest.raises(ConfigError, match=r"'snapshots' \(store\) is the watched folder seeds"):
        parse_config("snapshots: store\n", tmp_path / "config.yaml")


def test_a_store_of_its_own_outside_the_roots_passes(tmp_path: Path) -> None:
    """The shipped layout, a store beside the roots, and a watched project folder with its store outside load;
    a store inside a watched folder does not."""
    assert load_config(ROOT / "config.yaml").snapshots == ROOT / "snapshots"
    for text in ("", "roots: [docs]\nsnapshots: store\n", "roots: ['.']\nsnapshots: ../store\n",
                 "roots: ['/srv/docs']\nsnapshots: /var/lib/monitor\nchangelog: {markdown: /var/log/CL.md}\n"):
        parse_config(text, tmp_path / "config.yaml")
    with pytest.raises(ConfigError, match="is inside the watched folder"):
        parse_config("roots: ['.']\nsnapshots: snapshots\n", tmp_path / "config.yaml")


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf"])
def test_numbers_must_be_finite(tmp_path: Path, value: str) -> None:
    """`debounce_seconds: .nan` or `.inf` is a config error, not a daemon that never snapshots or crashes."""
    with pytest.raises(ConfigError, match="'debounce_seconds' must be a positive number"):
        parse_config(f"debounce_seconds: {value}\n", tmp_path / "config.yaml")


# ------------------------------------------------------------------ patterns that could hang on one line
ORDINARY_PATTERNS = [
    # what the package and the repository's config.yaml ship, and what tests and users write
    r"^[#*\s]*+(?:(?>Emergency|After[- ]Hours(?: Emergency)?|Telephone|Phone|Fax|Tel\.?|Email|E-mail|Website)"
    r"\s*+:?+\s*+)*+(?:(?>\+?\(?\d[\d()\s.\-\u2013/]{5,}\d|null)\s*+)*+$",
    r"^\s*+(?:-\s*+)?+\d{1,4}+(?:\s*+-)?+\s*+$", r"^\s*\[Page \d+\]\s*$", r"^\s*Page \d+ of \d+\s*$",
    r"^\s*(?:-\s*)?\d{1,4}(?:\s*-)?\s*$", r"\((?:Photo|Photograph|Image|Source|Credit)s?:[^()]*\)\s*$",
    "met in (?:January|February|March|April|May|June|July|August|September|October|November|December)",
    r"^[#*\s]*Travel Advisory\s+\w+ \d{1,2}, \d{4}\s*$", "Last Update:", r"Level [1-4]", r"Level \d",
    r"\w*\w*\w*\w*\w*\w*\w*\w*!", r"(?:\w+\s)*", r"(?:\w+,\s*)*\w+", r"(?:[^,]*,)*", r"(?:\d{1,3},)*\d+",
    r"(?:[A-Z][a-z]+ )+", r"(?:\w+-)*\w+", r"(?:(?:Mr|Mrs)\.? )*", r"(?:\d+\.)+\d+", r"(?:[a-z]+\.)+[a-z]{2,}",
    r"(?:\w++\s?)*+$", r"(?>(?:\w+\s?)*)", r"(?>a|aa)*$", r"(?:\s*;\s*\w+)*", r"(\w)\1+",
]
HANGING_PATTERNS = [
    (r"(a+)+$", "((…)+ around a+)"),
    (r"(\s*x*)*$", "((…)* whose body can match the same text in more than one way)"),
    (r"(\d|\d\d)*$", "((…)* whose body can match the same text in more than one way)"),
    (r"(?:[\d ]+\s*)*$", "((…)* whose body"),
    (r"(?:\w+\s?)*$", "((…)* around \\w+)"),
    (r"(.*,)*x", "((…)* around .*)"),
    (r"(?:a?b?)*$", "((…)* whose body"),
    (r"^(?:(?:\+?\(?\d[\d()\s.\-/]{5,}\d|null)\s*)*$", "((…)* around"),  # the old contact line
]


@pytest.mark.parametrize("pattern", ORDINARY_PATTERNS)
def test_ordinary_patterns_load(tmp_path: Path, pattern: str) -> None:
    """A pattern that runs in linear time (possessive, atomic, or simply unambiguous) loads as an ignore rule,
    a dropped line and a topic term."""
    quoted = pattern.replace("'", "''")
    cfg = parse_config(f"ignore: ['{quoted}']\nnormalize:\n  drop_lines: ['{quoted}']\n"
                       f"topics:\n  t: ['/{quoted}/']\n", tmp_path / "config.yaml")
    assert cfg.ignore[0].pattern == pattern and cfg.normalize.drop_lines[0].pattern == pattern


@pytest.mark.parametrize(("pattern", "why"), HANGING_PATTERNS)
@pytest.mark.parametrize("key", ["ignore", "normalize.drop_lines", "normalize.drop_blocks", "topics.t"])
def test_a_pattern_that_can_hang_is_refused_at_load(tmp_path: Path, pattern: str, why: str, key: str) -> None:
    """A pattern that would hang `monitor diff` on some line (nested repetition that can match the same text
    several ways) is a one-line ConfigError naming the file, the key and index, and the fix."""
    quoted = pattern.replace("'", "''")
    text = {
        "ignore": f"ignore: [ok, '{quoted}']\n",
        "normalize.drop_lines": f"normalize:\n  drop_lines: [ok, '{quoted}']\n",
        "normalize.drop_blocks": f"normalize:\n  drop_blocks: [ok, '{quoted}']\n",
        "topics.t": f"topics:\n  t: [ok, '/{quoted}/']\n",
    }[key]
    path = tmp_path / "config.yaml"
    with pytest.raises(ConfigError) as info:
        parse_config(text, path)
    message = str(info.value)
    assert message.startswith(f"{path}: {key}[1] can take exponential time on some lines ")
    assert why in message and "\n" not in message
    assert "possessive" in message or "atomic" in message


def test_the_old_contact_line_pattern_is_refused_and_the_shipped_one_is_as_strict() -> None:
    """The contact-line pattern that hung on a line of 22 years is refused; the shipped rewrite matches exactly the
    same lines on a sample of contact-like text, in linear time."""
    import random
    import re
    import time

    from monitor.config import backtracking_risk

    old = (r"^[#*\s]*(?:(?:Emergency|After[- ]Hours(?: Emergency)?|Telephone|Phone|Fax|Tel\.?|Email|E-mail|"
           r"Website)\s*:?\s*)*(?:(?:\+?\(?\d[\d()\s.\-\u2013/]{5,}\d|null)\s*)*$")
    new = ORDINARY_PATTERNS[0]
    assert backtracking_risk(old, re.IGNORECASE) is not None
    assert backtracking_risk(new, re.IGNORECASE) is None
    rx_old, rx_new = re.compile(old, re.IGNORECASE), re.compile(new, re.IGNORECASE)
    pieces = ["Phone", "Tel.", "Telephone", "Emergency", "After-Hours Emergency", "Fax", "E-mail", ":", " ", "+",
              "(", ")", "1", "22", "-", ".", "/", "\u2013", "null", "x", "#", "*", "555 1234", "+1 (202) 501-4444"]
    rng = random.Random(7)
    for _ in range(5000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert bool(rx_old.search(line)) == bool(rx_new.search(line)), line
    years = " ".join(str(y) for y in range(1990, 2012)) + " x"
    started = time.perf_counter()
    assert rx_new.search(years * 1000) is None
    assert time.perf_counter() - started < 1
