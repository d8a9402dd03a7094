"""Document ids: `<root name>__<path>`, unique and stable across config changes; collisions refused; old stores
migrated in place, once, and resumably after a kill -9.

Everything runs the real `monitor` command on a real project (config.yaml, roots, snapshots/, changelog);
tests/fixtures/old_store is a project written by the old id scheme (see tests/fixtures/make_old_store.py).
"""

from __future__ import annotations

import json
import random
import shutil
import signal
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from monitor.config import load_config
from monitor.migrate import FORMAT_FILE, JOURNAL, KILL_AFTER_ENV, migrate_store, plan_migration
from monitor.scan import scan
from monitor.store import SnapshotStore
from tests.conftest import run_monitor

# What is stored goes to the index: every test runs on the SQLite file and on a shared PostgreSQL.
pytestmark = pytest.mark.usefixtures("index_backend")

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "old_store"
PLAN = "Plan\n\nThe team will probably ship the release in May.\n\nReviews continue weekly.\n"
# The old fixture's ids and where the migration must put them (pinned: a changed hash would orphan histories).
OLD_TO_NEW = {
    "a-b.txt-cd6c4a05": "seeds__a-b.txt~f20c8fa4aa",
    "asia__japan.md": "seeds__asia__japan.md",
    "gone.txt": "seeds__gone.txt",
    "old.txt": "seeds__old.txt",
    "renamed.txt": "seeds__renamed.txt",
    "seeds__x.txt": "seeds__seeds__x.txt",  # the chain: this old id is x.txt's new id
    "x.txt": "seeds__x.txt",
}


# ------------------------------------------------------------------------------------------------- helpers
def _project(base: Path, roots: str, extra: str = "") -> Path:
    # A short debounce: files written by the test are old enough to be taken at once.
    (base / "config.yaml").write_text(f"roots: {roots}\nsnapshots: snapshots\ndebounce_seconds: 0.05\n{extra}")
    return base


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def _scan(base: Path, *args: str, code: int = 0) -> str:
    proc = run_monitor("scan", *args, cwd=base)
    assert proc.returncode == code, proc.stderr
    return proc.stdout


def _store(base: Path) -> SnapshotStore:
    return SnapshotStore(base / "snapshots")


def _entries(base: Path) -> list[dict[str, Any]]:
    path = base / "changelog.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def _old_project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    shutil.copytree(FIXTURE, project)
    with (project / "config.yaml").open("a") as fh:
        fh.write("debounce_seconds: 0.05\n")
    return project


def _state(project: Path) -> dict[str, bytes]:
    """Every file of the project (store, changelog, roots) by path, but the lock, the scan status and the
    index (a database: the same rows need not be the same bytes; the changelog files are its views)."""
    return {p.relative_to(project).as_posix(): p.read_bytes() for p in sorted(project.rglob("*"))
            if p.is_file() and p.name not in (".lock", ".status.json", ".store-id")
            and not p.name.startswith("index.sqlite3")}


# ----------------------------------------------------------------------------------------------- the scheme
def test_same_named_root_folders_keep_separate_histories(tmp_path: Path) -> None:
    """teamA/docs/plan.txt and teamB/docs/plan.txt are two documents: editing one adds a version only to it."""
    base = _project(tmp_path, "[teamA/docs, teamB/docs]")
    plan_a = _write(base / "teamA" / "docs" / "plan.txt", PLAN)
    _write(base / "teamB" / "docs" / "plan.txt", PLAN.replace("May", "June").replace("weekly", "daily"))
    _scan(base)
    store = _store(base)
    assert store.documents() == ["teamA-docs__plan.txt", "teamB-docs__plan.txt"]
    assert [len(store.history(d)) for d in store.documents()] == [1, 1]
    assert run_monitor("scan", cwd=base).stderr == "monitor: no new versions\n"  # no flip-flopping versions

    plan_a.write_text(PLAN.replace("will probably ship", "is unlikely to ship"))
    assert _scan(base).startswith("changed teamA-docs__plan.txt@v2 (teamA/docs/plan.txt)")
    assert [len(store.history(d)) for d in store.documents()] == [2, 1]
    changed = [e for e in _entries(base) if e["kind"] == "changed"]
    assert [e["doc"] for e in changed] == ["teamA-docs__plan.txt"]
    assert [a["kind"] for a in changed[0]["assessments"]] == ["likelihood"]


def test_root_names_from_config_start_the_ids(tmp_path: Path) -> None:
    """A root given `name: teamA` names its documents teamA__…, sub-folders joined by `__`."""
    base = _project(tmp_path, "[{path: teamA/docs, name: teamA}, seeds]")
    _write(base / "teamA" / "docs" / "plan.txt", PLAN)
    _write(base / "seeds" / "asia" / "japan.md", "# Japan\n\nExports are likely to fall.\n")
    _write(base / "seeds" / "ukraine.txt", PLAN)
    _scan(base)
    assert _store(base).documents() == ["seeds__asia__japan.md", "seeds__ukraine.txt", "teamA__plan.txt"]


def test_adding_or_reordering_roots_changes_no_id(tmp_path: Path) -> None:
    """Adding a root to config.yaml (or reordering them) leaves every existing id, entry and log line alone."""
    base = _project(tmp_path, "[seeds]")
    _write(base / "seeds" / "a.txt", PLAN)
    _write(base / "seeds" / "asia" / "b.md", "# B\n\nRates will rise.\n")
    _scan(base)
    before = (_store(base).documents(), run_monitor("log", "seeds__a.txt", cwd=base).stdout,
              (base / "changelog.jsonl").read_bytes())
    assert before[0] == ["seeds__a.txt", "seeds__asia__b.md"]

    _project(base, "[seeds, {path: extra, name: more}]")
    _write(base / "extra" / "c.txt", PLAN.replace("May", "July"))
    assert _scan(base).splitlines() == ["added more__c.txt@v1 (extra/c.txt): added, 3 paragraphs"]
    assert _store(base).documents() == sorted([*before[0], "more__c.txt"])
    assert run_monitor("log", "seeds__a.txt", cwd=base).stdout == before[1]
    assert (base / "changelog.jsonl").read_bytes().startswith(before[2])

    _project(base, "[{path: extra, name: more}, seeds]")
    assert run_monitor("scan", cwd=base).stderr == "monitor: no new versions\n"


def test_a_file_named_like_a_hashed_id_gets_its_own_history(tmp_path: Path) -> None:
    """`x y.txt` gets a hashed id; files named like that id (new or old style) are documents of their own."""
    base = _project(tmp_path, "[seeds]", 'include: ["*"]\n')
    spaced = _write(base / "seeds" / "x y.txt", "Spaced\n\nRates will rise.\n")
    _scan(base)
    (hashed,) = _store(base).documents()
    assert hashed.startswith("seeds__x-y.txt~")
    _write(base / "seeds" / hashed.removeprefix("seeds__"), "Lookalike\n\nRates will fall.\n")
    _write(base / "seeds" / "x-y.txt-1a2b3c4d", "Old style\n\nRates will hold.\n")
    _scan(base)
    store = _store(base)
    docs = store.documents()
    assert len(docs) == 3 and hashed in docs
    assert [len(store.history(d)) for d in docs] == [1, 1, 1]
    assert store.read(store.resolve(hashed, "latest")) == spaced.read_bytes()

    spaced.write_text("Spaced\n\nRates will fall.\n")
    _scan(base)
    assert {d: len(store.history(d)) for d in docs} == {d: 2 if d == hashed else 1 for d in docs}
    shown = run_monitor("show", f"{hashed}@v1", cwd=base)  # `~` in DOC@v1 on the command line
    assert (shown.returncode, shown.stdout) == (0, "Spaced\n\nRates will rise.\n")
    diff = run_monitor("diff", f"{hashed}@v1", f"{hashed}@latest", "--format", "json", cwd=base)
    assert diff.returncode == 1 and json.loads(diff.stdout)["document"] == hashed


@pytest.mark.parametrize("name", ["a_/b.txt", "a/_b.txt", "a__b.txt", ".a.txt", "a.txt", "ü.txt", "u.txt",
                                  "x" * 200 + ".txt", "x" * 201 + ".txt"])
def test_ids_never_share_and_never_escape_the_store(tmp_path: Path, name: str) -> None:
    """Each of these paths gets an id no other one has, safe as a folder name in the store."""
    store, root = _store(tmp_path), tmp_path / "seeds"
    others = {"a_/b.txt", "a/_b.txt", "a__b.txt", ".a.txt", "a.txt", "ü.txt", "u.txt", "x" * 200 + ".txt",
              "x" * 201 + ".txt", "a-.txt"} - {name}
    doc = store.doc_id(root / name, root, "seeds")
    assert doc not in {store.doc_id(root / other, root, "seeds") for other in others}
    assert doc.startswith("seeds") and "/" not in doc and len(doc) <= 180
    assert store.doc_id(root / name, root, "other") != doc
    store.put(doc, b"x", f"seeds/{name}")
    assert store.documents() == [doc]


# ----------------------------------------------------------------------------------------------- collisions
def test_a_collision_is_refused_with_one_line_naming_both_files(tmp_path: Path) -> None:
    """A file whose id holds another existing file's history is not merged into it: exit 2, one line."""
    base = _project(tmp_path, "[seeds]")
    a = _write(base / "seeds" / "a.txt", PLAN)
    _write(base / "seeds" / "b.txt", PLAN.replace("May", "June"))
    _scan(base)
    manifest = base / "snapshots" / "seeds__a.txt" / "manifest.jsonl"
    manifest.write_text(manifest.read_text().replace('"seeds/a.txt"', '"seeds/b.txt"'))  # as if b.txt's history
    a.write_text(PLAN.replace("will probably", "will not"))
    proc = run_monitor("scan", cwd=base)
    assert proc.returncode == 2 and proc.stdout == ""
    (line,) = proc.stderr.splitlines()
    assert line.startswith("monitor: error seeds/a.txt: ") and "seeds/b.txt" in line and "merge" in line
    assert len(_store(base).history("seeds__a.txt")) == 1


def test_swapped_root_names_refuse_instead_of_crossing_histories(tmp_path: Path) -> None:
    """Swapping two roots' names in config.yaml makes each file's id another file's: both are refused."""
    base = _project(tmp_path, "[{path: one, name: alpha}, {path: two, name: beta}]")
    _write(base / "one" / "plan.txt", PLAN)
    _write(base / "two" / "plan.txt", PLAN.replace("May", "June"))
    _scan(base)
    _project(base, "[{path: one, name: beta}, {path: two, name: alpha}]")
    proc = run_monitor("scan", cwd=base)
    assert proc.returncode == 2
    lines = proc.stderr.splitlines()
    assert len(lines) == 2
    assert all("one/plan.txt" in line and "two/plan.txt" in line for line in lines)
    assert [len(_store(base).history(d)) for d in ("alpha__plan.txt", "beta__plan.txt")] == [1, 1]


# ------------------------------------------------------------------------------------------------ migration
def test_an_old_store_is_migrated_once_and_every_command_uses_the_new_ids(tmp_path: Path) -> None:
    """After upgrading, the first scan renames old ids; log, show, diff and the changelog use the new ones."""
    project = _old_project(tmp_path)
    old_keys = [e["key"] for e in _entries(project)]
    out = _scan(project)
    assert out.startswith("renamed 7 documents (snapshots): ids are now <root name>__<path> (store format 2)")
    assert len(out.splitlines()) == 1  # and nothing re-reported
    store = _store(project)
    assert store.documents() == sorted(OLD_TO_NEW.values())
    for old, new in OLD_TO_NEW.items():  # the bytes of every version moved, untouched
        for version in (FIXTURE / "snapshots" / old).glob("v*"):
            assert (project / "snapshots" / new / version.name).read_bytes() == version.read_bytes()
    assert store.history("seeds__renamed.txt")[0].renamed_from == "seeds__old.txt@v1"
    assert store.events("seeds__old.txt")[0].to == "seeds__renamed.txt"

    entries = _entries(project)
    assert [e["key"] for e in entries] == [_new_key(k) for k in old_keys]  # each once, in order
    assert all(e["doc"] == e["document"] and str(e["key"]).startswith(str(e["doc"])) for e in entries)
    assert [e["renamed_from"] for e in entries if "renamed_from" in e] == ["seeds__old.txt@v1"]
    markdown = (project / "CHANGELOG.md").read_text()
    assert markdown.count("<!-- monitor:entry ") == len(entries)
    assert "`x.txt`" not in markdown and "## `seeds__x.txt` · v1 → v2" in markdown

    log = run_monitor("log", "seeds__x.txt", cwd=project).stdout
    assert "added, 3 paragraphs" in log and "judgments: 1 high" in log
    shown = run_monitor("show", "seeds__seeds__x.txt@v1", cwd=project)
    assert shown.stdout == (FIXTURE / "seeds" / "seeds" / "x.txt").read_text()
    diff = run_monitor("diff", "seeds__x.txt@v1", "seeds__x.txt@v2", cwd=project)
    assert diff.returncode == 1 and "'will not agree' became 'will agree'" in diff.stdout

    assert (project / "snapshots" / FORMAT_FILE).read_text() == "2\n"
    leftovers = [p.name for p in project.rglob("*") if "premigration" in p.name or "migrat" in p.name]
    assert leftovers == []
    state = _state(project)
    assert run_monitor("scan", cwd=project).stderr == "monitor: no new versions\n"
    assert _state(project) == state


def _new_key(key: str) -> str:
    doc, sep, rest = key.partition("@") if "@" in key else key.partition("#")
    return OLD_TO_NEW[doc] + sep + rest


def test_a_migration_killed_at_any_step_resumes_to_the_same_result(tmp_path: Path) -> None:
    """kill -9 during the migration, at every one of its steps (twice for some), then scan: the same store
    and changelog as an uninterrupted migration, every entry once."""
    reference = _old_project(tmp_path / "reference")
    scan(load_config(reference / "config.yaml"))
    expected = _state(reference)

    def killed(project: Path, step: int) -> bool:
        """`monitor scan` killed by SIGKILL after `step` steps of the migration; False if it had fewer."""
        proc = run_monitor("scan", cwd=project, env={KILL_AFTER_ENV: str(step)})
        assert proc.returncode in (-signal.SIGKILL, 0), proc.stderr
        return proc.returncode == -signal.SIGKILL

    step = 1
    while killed(project := _old_project(tmp_path / f"kill-{step}"), step):
        scan(load_config(project / "config.yaml"))
        assert _state(project) == expected, f"killed after step {step}"
        step += 1
    assert step > 30  # the hook fired at every step of this store's migration, until it had none left

    rng = random.Random(7)  # killed twice: during the migration, then during its resumption
    for first, second in sorted({(rng.randrange(1, step), rng.randrange(1, step)) for _ in range(3)}):
        project = _old_project(tmp_path / f"twice-{first}-{second}")
        killed(project, first)
        killed(project, second)
        scan(load_config(project / "config.yaml"))
        assert _state(project) == expected, f"killed after step {first}, then {second}"


def test_documents_under_no_root_keep_their_ids_and_the_log_says_so(tmp_path: Path) -> None:
    """Migrating with fewer roots than the store knew moves what is under them and names what it kept."""
    project = _old_project(tmp_path)
    _project(project, "[seeds/asia]")
    out = _scan(project)
    assert out.startswith("renamed 1 document (snapshots): ")
    assert "kept their ids: a-b.txt-cd6c4a05 (source seeds/a b.txt is under no root)" in out
    assert "seeds-asia__japan.md" in _store(project).documents()
    assert "x.txt" in _store(project).documents()


def test_older_histories_of_one_file_keep_their_ids(tmp_path: Path) -> None:
    """A file with two histories (the old scheme began a second one when a root was added) keeps the live one
    under its new id and the older one under its old id; an old id that is now another's moves aside."""
    base = _project(tmp_path, "[seeds]")
    moments = iter(datetime(2026, 11, 1, tzinfo=UTC) + timedelta(minutes=i) for i in range(100))
    store = SnapshotStore(base / "snapshots", clock=lambda: next(moments))
    _write(base / "seeds" / "x.txt", PLAN)
    _write(base / "seeds" / "seeds" / "x.txt", PLAN.replace("May", "June"))
    _write(base / "seeds" / "y.txt", PLAN.replace("May", "July"))
    store.put("x.txt", PLAN.encode(), "seeds/x.txt")  # single-root era
    store.put("seeds__x.txt", PLAN.encode(), "seeds/seeds/x.txt")  # single-root id of seeds/seeds/x.txt
    store.put("y.txt", PLAN.encode(), "seeds/y.txt")
    store.put("seeds__y.txt", b"elsewhere", "/nowhere/y.txt")  # under no root, named like y.txt's new id
    store.put("later", PLAN.encode(), "seeds/x.txt")  # a second, more recent history of seeds/x.txt
    config = load_config(base / "config.yaml")
    plan = plan_migration(config, store)
    parked = "seeds__y.txt~" + plan.note.split("seeds__y.txt → seeds__y.txt~")[1][:10]
    assert dict(plan.renames) == {"later": "seeds__x.txt", "seeds__x.txt": "seeds__seeds__x.txt",
                                  "y.txt": "seeds__y.txt", "seeds__y.txt": parked}
    assert "x.txt (an older history of seeds/x.txt)" in plan.note
    with store.lock():
        assert migrate_store(config, store) == plan.note
    assert store.documents() == sorted([parked, "seeds__seeds__x.txt", "seeds__x.txt", "seeds__y.txt", "x.txt"])
    assert store.read(store.resolve(parked, "v1")) == b"elsewhere"
    assert not (base / "snapshots" / JOURNAL).exists()
    with store.lock():
        assert migrate_store(config, store) is None
    (base / "snapshots" / FORMAT_FILE).unlink()  # planned again, a migrated store stays as it is
    assert plan_migration(config, store).renames == ()
