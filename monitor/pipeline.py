"""The pipeline, top to bottom: bytes → text → paragraphs → alignment → word diff → assessments → Report."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

from monitor.report import Assessment, ParagraphChange, Report, VersionRef
from monitor.segment import Document, segment

if TYPE_CHECKING:
    from monitor.config import Config


def read_text(data: bytes, where: str, name: str | None = None) -> str:
    """A document's text, by the reader its format needs (text, PDF, HTML, Word: see readers/), in the form
    segment() reads; a file that cannot be read is an InputError naming `where`. `name` (a file name) chooses
    the reader when the content does not say."""
    from monitor.readers import read

    return read(data, name or where, where).text


def load_document(data: bytes, where: str, config: Config, name: str | None = None) -> Document:
    """Read and segment one version of a document into logical paragraphs."""
    return segment(read_text(data, where, name), config.normalize)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def compare(
    old: Document,
    new: Document,
    config: Config,
    old_ref: VersionRef,
    new_ref: VersionRef,
    document: str | None = None,
    *,
    assess: bool = True,
) -> Report:
    """Compare two versions: align paragraphs, diff words, and flag the judgments that changed."""
    from monitor.align import align_paragraphs

    changes = align_paragraphs(old.paragraphs, new.paragraphs)
    assessments: tuple[Assessment, ...] = ()
    if assess and any(c.op != "unchanged" for c in changes):
        assessments = assess_changes(changes, config)
    return Report(document=document, old=old_ref, new=new_ref, paragraphs=changes, assessments=assessments)


def assess_changes(changes: Sequence[ParagraphChange], config: Config) -> tuple[Assessment, ...]:
    """The changed judgments among aligned paragraphs, read with the core lexicon plus the config's packs."""
    from monitor.assess import classify
    from monitor.assess.lexicon import overlay

    with overlay(config.lexicon):  # the packs' phrases for this classification only
        return classify(changes, config)
