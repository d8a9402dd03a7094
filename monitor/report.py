"""The diff report value (docs/diff-report.md): paragraphs, word ops, assessments, and its JSON form."""

from __future__ import annotations

from collections import Counter, namedtuple
from dataclasses import dataclass, field
from operator import attrgetter

from monitor.frozen import fast_init

TYPE_CHECKING = False  # typing's own constant, without loading typing at run time (monitor/launch.py)
if TYPE_CHECKING:  # the value types: names for type checking only (modules that use them import them as such)
    from typing import Any, Literal, NamedTuple

    ParagraphOpName = Literal["unchanged", "modified", "added", "removed", "moved", "split", "merged"]
    Severity = Literal["high", "medium", "low"]
    Kind = Literal[
        "likelihood", "confidence", "polarity", "quantity", "actor", "recommendation", "added", "removed",
        "reworded",
    ]
    Direction = Literal["up", "down", "reversed"] | None

SCHEMA = "monitor/diff-report@1"

PARAGRAPH_OPS: tuple[ParagraphOpName, ...] = (
    "unchanged", "modified", "added", "removed", "moved", "split", "merged",
)
SEVERITIES: tuple[Severity, ...] = ("high", "medium", "low")
SEVERITY_RANK: dict[str, int] = {"low": 1, "medium": 2, "high": 3}
KINDS: tuple[Kind, ...] = (
    "likelihood", "confidence", "polarity", "quantity", "actor", "recommendation", "added", "removed", "reworded",
)


@fast_init
@dataclass(frozen=True, slots=True)
class WordOp:
    """One run of the word diff: `equal`, `insert` or `delete`, never cutting a word."""

    op: Literal["equal", "insert", "delete"]
    text: str


_PARAGRAPH_CHANGE_DOC = """One row of the paragraph alignment: indexes into each version's logical paragraphs.

    A named tuple, not a frozen dataclass (as segment.Paragraph): a long document's report has tens of thousands
    of rows, nearly all unchanged, and align makes them in C (tuple.__new__ mapped over their fields) where a
    slotted dataclass took an empty object and a store per field (frozen.make_many: 9 C calls a row, a sixth of
    aligning the 100,000 paragraphs of the bench's pool pair). Immutable, compared and hashed by value (the hash
    of the same tuple of fields a frozen dataclass hashes), shown as the dataclass was; fields read by C
    descriptors too."""

if TYPE_CHECKING:

    class ParagraphChange(NamedTuple):
        op: ParagraphOpName
        old: tuple[int, ...]
        new: tuple[int, ...]
        section: str | None
        old_text: str | None
        new_text: str | None
        words: tuple[WordOp, ...] | None = None

        @property
        def changed(self) -> bool: ...

else:
    # The class typing.NamedTuple makes of the one above, made without loading typing (monitor/launch.py);
    # tests/test_startup.py checks that the two have the same fields and defaults.
    ParagraphChange = namedtuple("ParagraphChange", ("op", "old", "new", "section", "old_text", "new_text", "words"),
                                 defaults=(None,))
    ParagraphChange.__doc__ = _PARAGRAPH_CHANGE_DOC


def _changed(self: ParagraphChange) -> bool:
    """Whether the row changes anything: not unchanged, nor a paragraph moved as it was."""
    return self.op != "unchanged" and not (self.op == "moved" and self.words is None)


ParagraphChange.changed = property(_changed)  # type: ignore[method-assign,assignment]
_OP = attrgetter("op")


@dataclass(frozen=True, slots=True)
class Evidence:
    """The terms that triggered a flag, on each side."""

    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Assessment:
    """One changed judgment, quoted at sentence level."""

    kind: Kind
    severity: Severity
    direction: Direction
    topics: tuple[str, ...]
    section: str | None
    before: str | None
    after: str | None
    evidence: Evidence
    explanation: str


@dataclass(frozen=True, slots=True)
class VersionRef:
    """Which version a side of the report is: its label, where it came from and its hash."""

    label: str
    path: str | None
    sha256: str
    taken_at: str | None = None


@dataclass(frozen=True, slots=True)
class Report:
    """The whole comparison of two versions of one document."""

    document: str | None
    old: VersionRef
    new: VersionRef
    paragraphs: tuple[ParagraphChange, ...]
    assessments: tuple[Assessment, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def paragraph_counts(self) -> dict[str, int]:
        counts = Counter(map(_OP, self.paragraphs))  # (counted in C: a long document has tens of thousands)
        return {op: counts.get(op, 0) for op in PARAGRAPH_OPS}

    @property
    def assessment_counts(self) -> dict[str, int]:
        counts = Counter(a.severity for a in self.assessments)
        return {s: counts.get(s, 0) for s in SEVERITIES}

    @property
    def has_differences(self) -> bool:
        """True when anything changed after normalisation (exit status 1)."""
        return any(p.op != "unchanged" for p in self.paragraphs)

    def max_severity(self) -> int:
        return max((SEVERITY_RANK[a.severity] for a in self.assessments), default=0)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form defined by docs/diff-report.schema.json."""
        return self.to_dict_with([_paragraph_dict(p) for p in self.paragraphs])

    def to_dict_with(self, paragraphs: Any) -> dict[str, Any]:
        """to_dict() with `paragraphs` standing for the rows (the JSON renderer writes them itself)."""
        out: dict[str, Any] = {
            "schema": SCHEMA,
            "document": self.document,
            "old": _version_dict(self.old),
            "new": _version_dict(self.new),
            "summary": {"paragraphs": self.paragraph_counts, "assessments": self.assessment_counts},
            "paragraphs": paragraphs,
            "assessments": [assessment_dict(a) for a in self.assessments],
        }
        out.update(self.extra)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        """Rebuild a Report from its JSON form (the changelog and review read it back)."""
        known = {"schema", "document", "old", "new", "summary", "paragraphs", "assessments"}
        return cls(
            document=data.get("document"),
            old=_version_from(data["old"]),
            new=_version_from(data["new"]),
            paragraphs=tuple(_paragraph_from(p) for p in data.get("paragraphs", ())),
            assessments=tuple(assessment_from(a) for a in data.get("assessments", ())),
            extra={k: v for k, v in data.items() if k not in known},
        )


def _version_dict(v: VersionRef) -> dict[str, Any]:
    return {"label": v.label, "path": v.path, "sha256": v.sha256, "taken_at": v.taken_at}


def _version_from(d: dict[str, Any]) -> VersionRef:
    return VersionRef(label=d["label"], path=d.get("path"), sha256=d["sha256"], taken_at=d.get("taken_at"))


def _paragraph_dict(p: ParagraphChange) -> dict[str, Any]:
    return {
        "op": p.op,
        "old": list(p.old),
        "new": list(p.new),
        "section": p.section,
        "old_text": p.old_text,
        "new_text": p.new_text,
        "words": None if p.words is None else [{"op": w.op, "text": w.text} for w in p.words],
    }


def _paragraph_from(d: dict[str, Any]) -> ParagraphChange:
    words = d.get("words")
    return ParagraphChange(
        op=d["op"],
        old=tuple(d["old"]),
        new=tuple(d["new"]),
        section=d.get("section"),
        old_text=d.get("old_text"),
        new_text=d.get("new_text"),
        words=None if words is None else tuple(WordOp(w["op"], w["text"]) for w in words),
    )


def assessment_dict(a: Assessment) -> dict[str, Any]:
    return {
        "kind": a.kind,
        "severity": a.severity,
        "direction": a.direction,
        "topics": list(a.topics),
        "section": a.section,
        "before": a.before,
        "after": a.after,
        "evidence": {"before": list(a.evidence.before), "after": list(a.evidence.after)},
        "explanation": a.explanation,
    }


def assessment_from(d: dict[str, Any]) -> Assessment:
    ev = d.get("evidence") or {}
    return Assessment(
        kind=d["kind"],
        severity=d["severity"],
        direction=d.get("direction"),
        topics=tuple(d.get("topics", ())),
        section=d.get("section"),
        before=d.get("before"),
        after=d.get("after"),
        evidence=Evidence(tuple(ev.get("before", ())), tuple(ev.get("after", ()))),
        explanation=d.get("explanation", ""),
    )
