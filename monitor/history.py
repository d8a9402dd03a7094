"""Judgment lineages across a document's versions, and blame: pure functions over the index's judgment rows.

A lineage is one judgment followed from the sentence that first said it through every version that changed
it: a changed row (before → after) carries the lineage of its `before` sentence on to its `after` sentence; a
sentence split in two, or two merged, keep one lineage; a sentence removed and a similar one added — in the
same version (a rewrite the diff could not pair) or up to RESUME_WITHIN versions later (a judgment dropped
from a few statements and restated) — continue the lineage, and the pair is classified again by the
pipeline, so a rate sentence missing from two emergency statements still reads "lowered" against the last
statement that held it. Blame maps each sentence of a version to its lineage (or, for a sentence no change
ever touched, to the first version of the unbroken run of versions that hold it).
"""

from __future__ import annotations

import calendar
import contextlib
import hashlib
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from monitor.errors import InputError, MonitorError, VersionNotFound

if TYPE_CHECKING:
    from monitor.config import Config
    from monitor.index.base import JudgmentRow, SqlIndex
    from monitor.store import SnapshotStore, Version

RESUME_WITHIN = 12  # versions a removed judgment may stay away and still be the one restated
RESTATED = 0.6  # content-word overlap (Dice) at which a removed and an added sentence are one judgment
MERGED = 0.6  # share of a removed sentence's content words found in a sentence of the version: merged into it
FUZZY_LIMIT = 3000  # sentences on lineages past which an unflagged edit is not looked for word by word
SAME = 0.8  # overlap at which a changed row's `before` is a lineage's sentence edited without a flag
_CACHE_FORMAT = 1


# ------------------------------------------------------------------------------------------------- values
@dataclass(frozen=True, slots=True)
class VersionInfo:
    """One version as history and blame name it: number, its own date (else when taken) and label."""

    number: int
    taken_at: str
    dated: str | None = None
    label: str | None = None

    @property
    def date(self) -> str:
        """YYYY-MM-DD: the date the version bears, or the day it was taken."""
        return (self.dated or self.taken_at)[:10]

    @property
    def name(self) -> str:
        """`v137 2015-12-16 "Dec 2015 statement"`."""
        return f"v{self.number} {self.date}" + (f' "{self.label}"' if self.label else "")

    def to_dict(self) -> dict[str, Any]:
        return {"version": self.number, "date": self.date, "dated": self.dated, "taken_at": self.taken_at,
                "label": self.label}


@dataclass(frozen=True, slots=True)
class Change:
    """One change of a judgment: in which version, what kind, and the sentences before and after.

    `since` is the version the `before` sentence is quoted from: the previous one, or an earlier one when
    the judgment was away and is restated (`resumed`).
    """

    version: int
    since: int | None
    kind: str
    severity: str
    direction: str | None
    topics: tuple[str, ...]
    section: str | None
    before: str | None
    after: str | None
    explanation: str
    lineage: int
    resumed: bool = False


@dataclass(frozen=True, slots=True)
class Lineage:
    """One judgment followed across versions: where it started, its changes, its sentence(s) now."""

    id: int
    origin: int | None  # the version that first said it (None: before any change was recorded)
    first: str | None  # the sentence as first seen
    changes: tuple[int, ...]  # indexes into History.changes
    current: tuple[str, ...]  # its sentences in the latest version (none when removed)


@dataclass(frozen=True, slots=True)
class HistoryFilter:
    """What `monitor history` was asked to keep."""

    topics: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    severity: str | None = None
    since: str | None = None
    until: str | None = None


@dataclass(frozen=True, slots=True)
class History:
    """Every change of a judgment in a document, oldest first, with the lineages that join them."""

    doc: str
    versions: tuple[VersionInfo, ...]
    changes: tuple[Change, ...]
    lineages: tuple[Lineage, ...]
    filters: HistoryFilter = field(default_factory=HistoryFilter)

    def version(self, number: int | None) -> VersionInfo | None:
        if number is None:
            return None
        for v in self.versions:
            if v.number == number:
                return v
        return None

    def topics(self) -> list[str]:
        """The topics its changes carry, in order of first appearance."""
        seen: dict[str, None] = {}
        for c in self.changes:
            for t in c.topics:
                seen.setdefault(t, None)
        return list(seen)

    def filtered(self, wanted: HistoryFilter, config: Config | None = None) -> History:
        """The changes `wanted` keeps (lineages keep their ids); an unknown topic or kind is an InputError."""
        from monitor.report import KINDS, SEVERITY_RANK

        known = set(self.topics()) | ({t.name for t in config.topics} if config is not None else set())
        for t in wanted.topics:
            if t not in known:
                have = ", ".join(sorted(known)) or "none: add topics: to config.yaml or enable a pack"
                raise InputError(f"--topic {t!r}: no such topic (known: {have})")
        for k in wanted.kinds:
            if k not in KINDS:
                raise InputError(f"--kind {k!r}: not a kind of change; use one of {', '.join(KINDS)}")
        floor = SEVERITY_RANK[wanted.severity] if wanted.severity else 0
        keep = []
        for c in self.changes:
            when = self.version(c.version)
            day = when.date if when else ""
            if wanted.topics and not set(wanted.topics) & set(c.topics):
                continue
            if wanted.kinds and c.kind not in wanted.kinds:
                continue
            if SEVERITY_RANK.get(c.severity, 0) < floor:
                continue
            if (wanted.since and day < wanted.since) or (wanted.until and day > wanted.until):
                continue
            keep.append(c)
        return replace(self, changes=tuple(keep), filters=wanted)


@dataclass(frozen=True, slots=True)
class BlameLine:
    """One sentence of a version: the version that first said it and every version that changed it since."""

    sentence: str
    paragraph: int
    section: str | None
    origin: int
    changed_in: tuple[int, ...]
    lineage: int | None
    topics: tuple[str, ...]
    judgment: bool


@dataclass(frozen=True, slots=True)
class Blame:
    """Blame of one version of a document."""

    doc: str
    version: VersionInfo
    versions: tuple[VersionInfo, ...]
    lines: tuple[BlameLine, ...]
    every: bool

    def info(self, number: int) -> VersionInfo:
        return next((v for v in self.versions if v.number == number), VersionInfo(number, ""))


# ------------------------------------------------------------------------------------------------- series
@dataclass(slots=True)
class Series:
    """One document of the index, opened for history: its versions as the store and the index know them."""

    config: Config
    index: SqlIndex
    store: SnapshotStore
    doc: str
    stored: tuple[Version, ...]
    infos: tuple[VersionInfo, ...]

    def version(self, ref: str) -> Version:
        """The version `DOC@spec` names: v12, 12, latest, previous, first, a date (YYYY-MM-DD, the version
        dated that day) or a label; the latest when there is no `@`."""
        _, at, spec = ref.rpartition("@")
        if not at:
            return self.stored[-1]
        by_date = [i for i in self.infos if i.date == spec or (i.label or "").lower() == spec.lower()]
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", spec) or (by_date and not re.fullmatch(r"v?\d+", spec.lower())):
            if not by_date:
                raise VersionNotFound(f"{self.doc}@{spec}: no version dated {spec} (versions span "
                                      f"{self.infos[0].date} to {self.infos[-1].date})")
            if len(by_date) > 1:  # two statements of one day: guessing would blame or label the wrong one
                names = ", ".join(i.name for i in by_date)
                raise VersionNotFound(f"{self.doc}@{spec}: {len(by_date)} versions match ({names}); name one by "
                                      f"number, e.g. {self.doc}@v{by_date[-1].number}")
            return next(v for v in self.stored if v.number == by_date[-1].number)
        return self.store.resolve(self.doc, spec, self.stored)


@contextlib.contextmanager
def open_series(config: Config, ref: str, *, write: bool = False) -> Iterator[Series]:
    """The document `ref` (DOC or DOC@VERSION) in the index, with its versions; VersionNotFound naming the
    known documents when it is not there."""
    from monitor.index import open_index
    from monitor.store import SnapshotStore, Version, known_documents

    doc = ref.rpartition("@")[0] if "@" in ref and not ref.startswith("@") else ref
    if not doc:
        raise InputError(f"{ref!r}: names no document; write DOC or DOC@v3")
    index = open_index(config, create=write)
    if index is None:
        raise VersionNotFound(f"unknown document {doc!r} (no documents in {config.snapshots} yet; run "
                              "`monitor scan` or `monitor import` first)")
    try:
        from monitor.docname import document_id

        doc = document_id(config, SnapshotStore(config.snapshots), doc)  # `seeds/a.txt`: its file names it
        stored = tuple(r for r in index.records(doc) if isinstance(r, Version))
        if not stored:
            docs = [r.doc for r in index.documents()]
            raise VersionNotFound(f"unknown document {doc!r} ({known_documents(docs, config.snapshots)})")
        info = index.version_info(doc) if index.schema_version() >= 4 else {}
        infos = tuple(VersionInfo(v.number, v.taken_at, *info.get(v.number, (None, None))) for v in stored)
        yield Series(config, index, SnapshotStore(config.snapshots), doc, stored, infos)
    finally:
        index.close()


def dated_summaries(index: SqlIndex, doc: str, summaries: dict[int, str]) -> dict[int, str]:
    """`monitor log`'s one-line summaries with each version's own date and label in front, where it has them
    (an imported series: `2015-12-16 "Dec 2015: liftoff" · changed: …`)."""
    info = index.version_info(doc) if index.schema_version() >= 4 else {}
    if not info:
        return summaries
    out = dict(summaries)
    for number, (dated, label) in info.items():
        named = " ".join(x for x in ((dated or "")[:10], f'"{label}"' if label else "") if x)
        if named:
            out[number] = f"{named} · {summaries.get(number) or '(no changelog entry yet)'}"
    return out


def check_date(text: str | None, option: str, *, last: bool = False) -> str | None:
    """A --since/--until value as YYYY-MM-DD: a year or a month stands for its first day, or with `last`
    (--until 2015) for its last, so the whole period is in."""
    if text is None:
        return None
    value = text.strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", value)
    if m:
        with contextlib.suppress(ValueError):
            year, month = int(m.group(1)), int(m.group(2) or (12 if last else 1))
            day = int(m.group(3)) if m.group(3) else (calendar.monthrange(year, month)[1] if last else 1)
            return date(year, month, day).isoformat()
    raise InputError(f"{option} {text!r}: not a date; write YYYY-MM-DD (or YYYY, YYYY-MM)")


def check_period(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """--since and --until as YYYY-MM-DD; one InputError when either is not a date or since is after until."""
    first, last = check_date(since, "--since"), check_date(until, "--until", last=True)
    if first is not None and last is not None and first > last:
        raise InputError(f"--since {since} is after --until {until}: no version can be in between; swap them")
    return first, last


# ------------------------------------------------------------------------------------------------- lineages
_WORD = re.compile(r"[a-z0-9][a-z0-9'/.-]*[a-z0-9]|[a-z0-9]")
_STOP = frozenset(
    "the a an and or of to in on at for by with from as is are was were be been has have had it its this that "
    "these those which will would can could may might should not no but so than then there their they he she we "
    "our also such any all some more most over under into about".split())


def key(sentence: str) -> str:
    """A sentence as lineages match it: whitespace collapsed."""
    return " ".join(sentence.split())


def stems(sentence: str) -> frozenset[str]:
    """The content words of a sentence, lower-cased, a plural 's' dropped."""
    out = set()
    for w in _WORD.findall(sentence.lower()):
        if w in _STOP:
            continue
        out.add(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
    return frozenset(out)


def contained(part: frozenset[str], whole: frozenset[str]) -> float:
    """How much of `part`'s content words `whole` holds (0 to 1)."""
    return len(part & whole) / len(part) if part else 0.0


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice coefficient of two content-word sets."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


@dataclass(slots=True)
class _Thread:
    id: int
    origin: int | None
    first: str | None
    changes: list[int] = field(default_factory=list)


@dataclass(slots=True)
class _Ended:
    thread: int
    text: str
    since: int | None  # the version the text was last in
    ended: int  # the version that no longer had it
    removal: int | None  # index of its removal change, dropped when the judgment is restated


Row = tuple[int | None, int | None, "JudgmentRow"]


@dataclass(slots=True)
class _Builder:
    """Replays the judgment rows version by version; `live` maps each known sentence to its lineage."""

    reclassify: Any  # (before, after) -> (kind, severity, direction, topics, explanation) | None
    threads: list[_Thread] = field(default_factory=list)
    changes: list[Change | None] = field(default_factory=list)
    live: dict[str, int] = field(default_factory=dict)
    ended: list[_Ended] = field(default_factory=list)
    parent: dict[int, int] = field(default_factory=dict)  # merged lineages: each points towards its root
    _stems: dict[str, frozenset[str]] = field(default_factory=dict)

    def stem(self, text: str) -> frozenset[str]:
        got = self._stems.get(text)
        if got is None:
            got = self._stems[text] = stems(text)
        return got

    def thread(self, origin: int | None, first: str | None) -> int:
        self.threads.append(_Thread(len(self.threads), origin, first))
        return len(self.threads) - 1

    def find(self, text: str, start: dict[str, int], taken: set[str]) -> tuple[int, str] | None:
        """The lineage whose sentence `text` is, and that sentence as the lineage knew it: the same, or a
        near-identical one (an edit nobody flagged)."""
        k = key(text)
        if k in start:
            return start[k], k
        if len(start) > FUZZY_LIMIT:  # a document of thousands of sentences: exact matches only
            return None
        mine = self.stem(k)
        best, score = None, SAME
        for other, tid in start.items():
            if other in taken:
                continue
            s = overlap(mine, self.stem(other))
            if s >= score:
                best, score = (tid, other), s
        return best

    def lineage_of(self, text: str, start: dict[str, int], taken: set[str], gone: list[str]) -> int:
        """The lineage of a sentence this version changed or removed (a new one when none is known); the
        sentence it was known as is no longer in the document."""
        found = self.find(text, start, taken)
        if found is None:
            found = self.thread(None, key(text)), key(text)
        taken.add(found[1])
        gone.append(found[1])
        return found[0]

    def add(self, c: Change) -> int:
        self.changes.append(c)
        self.threads[c.lineage].changes.append(len(self.changes) - 1)
        return len(self.changes) - 1

    def version(self, old: int | None, new: int, rows: Sequence[JudgmentRow]) -> None:
        start = dict(self.live)
        taken: set[str] = set()
        after_live: dict[str, int] = {}
        gone: list[str] = []
        removed: list[_Ended] = []
        added: list[JudgmentRow] = []
        for r in rows:
            if r.before is not None and r.after is not None:
                tid = self.lineage_of(r.before, start, taken, gone)
                after_live[key(r.after)] = tid
                self.add(Change(new, old, r.kind, r.severity, r.direction, r.topics, r.section, r.before, r.after,
                                r.explanation, tid))
        for r in rows:
            if r.before is not None and r.after is None:
                tid = self.lineage_of(r.before, start, taken, gone)
                at = self.add(Change(new, old, r.kind, r.severity, r.direction, r.topics, r.section, r.before, None,
                                     r.explanation, tid))
                removed.append(_Ended(tid, key(r.before), old, new, at))
            elif r.before is None and r.after is not None:
                added.append(r)
        for k in gone:
            self.live.pop(k, None)
        self.live.update(after_live)
        # A sentence added where a similar one was removed (now, or lately): one judgment, restated.
        recent = [e for e in self.ended if new - e.ended < RESUME_WITHIN]
        pool = removed + recent
        for r in added:
            assert r.after is not None
            mine = self.stem(r.after)
            best: _Ended | None = None
            score = RESTATED
            for e in pool:
                s = overlap(mine, self.stem(e.text))
                if s > score or (s == score and best is not None and e.ended > best.ended):
                    best, score = e, s
            if best is None:
                tid = self.thread(new, key(r.after))
                self.add(Change(new, old, r.kind, r.severity, r.direction, r.topics, r.section, None, r.after,
                                r.explanation, tid))
            else:
                pool.remove(best)
                if best in self.ended:
                    self.ended.remove(best)
                if best.removal is not None and best.ended == new:
                    self.changes[best.removal] = None  # the removal and the addition are one rewrite
                    self.threads[best.thread].changes.remove(best.removal)
                tid = best.thread
                judged = self.reclassify(best.text, r.after)
                if judged is None:
                    kind, sev, direction, topics, why = "reworded", "low", None, r.topics, "restated in other words"
                else:
                    kind, sev, direction, topics, why = judged
                resumed = best.ended != new
                if resumed:
                    why = f"{why} (against v{best.since}, the last version that said it)"
                self.add(Change(new, best.since, kind, sev, direction, tuple(topics), r.section, best.text, r.after,
                                why, tid, resumed=resumed))
            self.live[key(r.after)] = tid
        # A removed sentence whose words live on in a sentence of this version (two judgments merged into one):
        # its lineage joins that sentence's; its removal stays listed, saying where it went.
        fresh = {key(r.after) for r in added if r.after is not None}
        afters = {k: t for k, t in self.live.items() if k in after_live or k in fresh}
        for e in [e for e in removed if e in pool]:
            mine = self.stem(e.text)
            best_key, score = None, MERGED
            for k, tid in afters.items():
                s = contained(mine, self.stem(k))
                if s >= score and self.root(tid) != self.root(e.thread):
                    best_key, score = k, s
            self.ended.append(e)  # merged or not, it may be restated on its own later
            if best_key is None:
                continue
            self.union(afters[best_key], e.thread)
            if e.removal is not None:
                c = self.changes[e.removal]
                if c is not None:
                    self.changes[e.removal] = replace(c, explanation=f"{c.explanation}; merged into: {best_key}")
        self.ended = [e for e in self.ended if new - e.ended < RESUME_WITHIN]

    def root(self, tid: int) -> int:
        while self.parent.get(tid, tid) != tid:
            tid = self.parent[tid]
        return tid

    def union(self, a: int, b: int) -> None:
        """One lineage from two: the older (smaller id) is the root."""
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def lineages(rows: Sequence[Row], reclassify: Any, upto: int | None = None) -> tuple[list[Change], list[Lineage],
                                                                                      dict[str, int]]:
    """Changes, lineages and the sentence → lineage map after replaying `rows` (oldest first) up to version
    `upto` (all when None). `reclassify(before, after)` judges a restated pair."""
    b = _Builder(reclassify)
    group: list[JudgmentRow] = []
    at: tuple[int | None, int] | None = None
    for old, new, row in rows:
        if new is None or (upto is not None and new > upto):
            continue
        if at is not None and at != (old, new):
            b.version(at[0], at[1], group)
            group = []
        at = (old, new)
        group.append(row)
    if at is not None:
        b.version(at[0], at[1], group)
    keep = [replace(c, lineage=b.root(c.lineage)) for c in b.changes if c is not None]
    current: dict[int, list[str]] = {}
    live = {text: b.root(tid) for text, tid in b.live.items()}
    for text, tid in live.items():
        current.setdefault(tid, []).append(text)
    members: dict[int, list[_Thread]] = {}
    for t in b.threads:
        members.setdefault(b.root(t.id), []).append(t)
    indexes: dict[int, list[int]] = {}
    for i, c in enumerate(keep):
        indexes.setdefault(c.lineage, []).append(i)
    out = []
    for tid, family in members.items():
        if tid not in indexes:
            continue
        origins = [t.origin for t in family]
        origin = None if None in origins else min(o for o in origins if o is not None)
        out.append(Lineage(tid, origin, family[0].first, tuple(indexes[tid]), tuple(current.get(tid, ()))))
    return keep, out, live


# ------------------------------------------------------------------------------------------------- history
def build_history(series: Series, config: Config) -> History:
    """The whole judgment history of the series' document, read from the index's judgment rows."""
    rows = series.index.judgments(series.doc)
    cache = _PairCache(series.store, series.doc, config)
    changes, threads, _ = lineages(rows, cache.judge)
    cache.save()
    return History(series.doc, series.infos, tuple(changes), tuple(threads))


class _PairCache:
    """Restated pairs judged by the pipeline, kept in the store (`.history/<doc>.json`, derived: deletable),
    so a history after the first reads no classifier."""

    def __init__(self, store: SnapshotStore, doc: str, config: Config) -> None:
        self.path = store.root / ".history" / f"{doc}.json"
        self.config = config
        self.salt = _config_salt(config)
        self.pairs: dict[str, list[Any] | None] = {}
        self.dirty = False
        with contextlib.suppress(OSError, ValueError, TypeError):
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("format") == _CACHE_FORMAT and data.get("config") == self.salt:
                self.pairs = dict(data["pairs"])

    def judge(self, before: str, after: str) -> tuple[str, str, str | None, tuple[str, ...], str] | None:
        k = hashlib.sha256(f"{before}\0{after}".encode("utf-8", "surrogatepass")).hexdigest()[:24]
        if k not in self.pairs:
            self.pairs[k] = judge_pair(before, after, self.config)
            self.dirty = True
        got = self.pairs[k]
        if got is None:
            return None
        return str(got[0]), str(got[1]), got[2], tuple(got[3]), str(got[4])

    def save(self) -> None:
        if not self.dirty:
            return
        from monitor.store import atomic_write_file

        with contextlib.suppress(OSError, Exception):  # best effort, like the text cache: a miss costs time only
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_file(self.path, json.dumps({"format": _CACHE_FORMAT, "config": self.salt,
                                                     "pairs": self.pairs}).encode("utf-8", "surrogatepass"))


def _config_salt(config: Config) -> str:
    """What the pipeline's judgment of a pair depends on besides the pair: topics and packs."""
    from monitor import __version__

    parts = [__version__, repr(sorted((t.name, t.terms) for t in config.topics)), repr(config.packs)]
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def judge_pair(before: str, after: str, config: Config) -> list[Any] | None:
    """The pipeline's verdict on one sentence restated as another: the leading assessment, or None."""
    from monitor.pipeline import compare
    from monitor.report import SEVERITY_RANK, VersionRef
    from monitor.segment import segment

    ref = VersionRef("before", None, "")
    report = compare(segment(before, config.normalize), segment(after, config.normalize), config, ref, ref)
    if not report.assessments:
        return None
    lead = max(report.assessments, key=lambda a: (a.direction is not None, SEVERITY_RANK[a.severity],
                                                  a.kind not in ("added", "removed", "reworded")))
    topics = sorted({t for a in report.assessments for t in a.topics}, key=lambda t: (t not in lead.topics, t))
    return [lead.kind, lead.severity, lead.direction, topics, lead.explanation]


# ------------------------------------------------------------------------------------------------- blame
def blame(series: Series, history: History, number: int, config: Config, *, every: bool = False) -> Blame:
    """Each sentence of version `number` with the version that first said it and the versions that changed
    it since; only judgment sentences (ever changed as a judgment, or under a topic) unless `every`."""
    rows = series.index.judgments(series.doc)
    cache = _PairCache(series.store, series.doc, config)
    changes, threads, live = lineages(rows, cache.judge, upto=number)
    cache.save()
    by_id = {t.id: t for t in threads}
    texts = _SentenceSets(series, config)
    numbers = [v.number for v in series.stored if v.number <= number]
    lines = []
    for para, section, sentence in texts.sentences(number):
        k = key(sentence)
        tid = live.get(k)
        thread = by_id.get(tid) if tid is not None else None
        topics = tuple(t.name for t in config.topics if t.find(sentence))
        if thread is not None:
            origin = thread.origin
            if origin is None:  # the lineage's first sentence predates every recorded change: find its run
                first_change = changes[thread.changes[0]]
                origin = texts.run_start(thread.first or k, first_change.since or numbers[0], numbers)
            changed = tuple(sorted({changes[i].version for i in thread.changes if changes[i].version > origin}))
            lines.append(BlameLine(sentence, para, section, origin, changed, tid, topics, True))
        else:
            origin = texts.run_start(k, number, numbers)
            if every or topics:
                lines.append(BlameLine(sentence, para, section, origin, (), None, topics, bool(topics)))
    return Blame(series.doc, next(i for i in series.infos if i.number == number), series.infos, tuple(lines), every)


class _SentenceSets:
    """The sentences of stored versions, read once each."""

    def __init__(self, series: Series, config: Config) -> None:
        self.series = series
        self.config = config
        self.sets: dict[int, frozenset[str]] = {}

    def sentences(self, number: int) -> list[tuple[int, str | None, str]]:
        from monitor.scan import version_text
        from monitor.segment import segment
        from monitor.sentences import split_sentences

        version = next(v for v in self.series.stored if v.number == number)
        doc = segment(version_text(self.series.store, version), self.config.normalize)
        out = []
        for p in doc.paragraphs:
            if p.heading:
                continue
            out += [(p.index, p.section, s) for s in split_sentences(p.text)]
        self.sets.setdefault(number, frozenset(key(s) for _, _, s in out))
        return out

    def has(self, number: int, sentence: str) -> bool:
        if number not in self.sets:
            try:
                self.sentences(number)
            except MonitorError:  # an old version that no longer reads ends the run; blame goes on
                self.sets[number] = frozenset()
        return sentence in self.sets[number]

    def run_start(self, sentence: str, upto: int, numbers: list[int]) -> int:
        """The first version of the unbroken run of versions, ending at `upto`, that hold `sentence`."""
        earlier = [n for n in numbers if n <= upto]
        start = upto
        for n in reversed(earlier):
            if not self.has(n, sentence):
                break
            start = n
        return start
