"""The pipeline, top to bottom: bytes → text → paragraphs → alignment → word diff → assessments → Report."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from monitor.report import Assessment, ParagraphChange, Report, VersionRef
from monitor.segment import Document, LineFacts, segment

TYPE_CHECKING = False  # typing's own constant, without loading typing at run time (monitor/launch.py)
if TYPE_CHECKING:
    from monitor.config import Config


def read_text(data: bytes, where: str, name: str | None = None) -> str:
    """A document's text, by the reader its format needs (text, PDF, HTML, Word: see readers/), in the form
    segment() reads; a file that cannot be read is an InputError naming `where`. `name` (a file name) chooses
    the reader when the content does not say."""
    from monitor.readers import read

    return read(data, name or where, where).text


def load_document(data: bytes, where: str, config: Config, name: str | None = None,
                  facts: LineFacts | None = None) -> Document:
    """Read and segment one version of a document into logical paragraphs. `facts`: shared by the loads of the
    versions to compare (line_facts(config)), each line they have in common is tested once."""
    with cycles_unchecked():
        return segment(read_text(data, where, name), config.normalize, facts)


def line_facts(config: Config) -> LineFacts:
    """What segmenting with `config`'s rules finds out about lines, to share between the versions compared."""
    return LineFacts(config.normalize)


@contextmanager
def cycles_unchecked(*, survivors_old: bool = False) -> Iterator[None]:
    """Pause Python's cyclic garbage collector for one stage of the pipeline, and restore it after.

    Segmenting and comparing build tens of thousands of small containers (lines, units, paragraphs, rows) that
    form no reference cycles: reference counting frees them as ever, but the collector would walk them, and every
    object the imports made, again and again while they pile up (about a tenth of the time of a 4 MB pair, a
    fifth of a 13 MB one). It runs again as soon as the stage ends. Already paused (a nested stage, another
    thread's, or a caller that turned it off): left as it is.

    With `survivors_old`, what is alive when the stage ends joins the oldest generation as it is (gc.freeze then
    gc.unfreeze: two list splices), as if it had survived the young collections: the first allocation after the
    pause would otherwise walk the whole young generation at once (a report's tens of thousands of rows, 2 % of a
    4 MB pair's `monitor diff`). Full collections still walk it, so a cycle among them is still freed in time."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if survivors_old:
            gc.freeze()
            gc.unfreeze()
        gc.enable()


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

    with cycles_unchecked():
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
