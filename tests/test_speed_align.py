"""Alignment stays right and near-linear on the worst cases of issue 13: repeated lines, every paragraph edited,
shuffled paragraphs (timings are in bench/diff_speed.py; these tests pin what a reader would see)."""

from __future__ import annotations

import random

from monitor.align import align_paragraphs
from monitor.segment import Paragraph


def paras(texts: list[str]) -> list[Paragraph]:
    return [Paragraph(i, t, None) for i, t in enumerate(texts)]


def _pool_pair(n: int, pool_size: int, seed: int = 7) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    pool = [f"Line {k} says the {rng.choice(['rate', 'risk', 'outlook'])} is {rng.choice(['high', 'low'])}."
            for k in range(pool_size)]
    old = [rng.choice(pool) for _ in range(n)]
    new = list(old)
    for i in rng.sample(range(n), n // 50):
        new[i] = new[i].replace("Line", "LINE")
    for i in sorted(rng.sample(range(len(new)), n // 200), reverse=True):
        del new[i]
    for i in rng.sample(range(len(new)), n // 200):
        new.insert(i, "A new line " + rng.choice(pool))
    return old, new


def test_repeated_lines_are_never_modified_into_themselves() -> None:
    """Lines drawn from a small pool: no row is `modified` with the same old and new text, and repeats align."""
    old, new = _pool_pair(3000, 20)
    rows = align_paragraphs(paras(old), paras(new))
    same_text_modified = [r for r in rows if r.op == "modified" and r.old_text == r.new_text]
    assert same_text_modified == []
    unchanged = sum(1 for r in rows if r.op == "unchanged")
    assert unchanged >= 0.95 * len(old)  # 2 % edited, 0.5 % removed: nearly everything is the same line
    assert sorted(i for r in rows for i in r.old) == list(range(len(old)))
    assert sorted(j for r in rows for j in r.new) == list(range(len(new)))


def test_identical_paragraphs_in_a_similarity_gap_are_unchanged() -> None:
    """A repeated paragraph paired inside an edited stretch is reported unchanged, not modified."""
    a = "The committee expects the rate to stay where it is for the rest of the year."
    b = "Inflation is likely to rise above the target in the second half of the year."
    old = [a, b, a, b]
    new = [a, b.replace("likely", "unlikely"), a, b.replace("rise", "fall")]
    rows = align_paragraphs(paras(old), paras(new))
    assert [(r.op, r.old, r.new) for r in rows] == [
        ("unchanged", (0,), (0,)), ("modified", (1,), (1,)), ("unchanged", (2,), (2,)), ("modified", (3,), (3,))]


def test_every_paragraph_edited_pairs_each_with_its_edit() -> None:
    """When every paragraph of a long document has one word changed, each is `modified` against its own edit."""
    rng = random.Random(3)
    words = "rate risk outlook growth inflation policy committee market labour demand supply price".split()
    old = [f"[{k}] " + " ".join(rng.choice(words) for _ in range(30)) for k in range(600)]
    new = [t.replace("]", "] EDIT", 1) for t in old]
    rows = align_paragraphs(paras(old), paras(new))
    assert [(r.op, r.old, r.new) for r in rows] == [("modified", (k,), (k,)) for k in range(600)]


def test_shuffled_paragraphs_are_moves() -> None:
    """Paragraphs only reordered are `unchanged` or `moved`: nothing added, removed or modified."""
    rng = random.Random(5)
    word = lambda: "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(6))  # noqa: E731
    old = [f"Paragraph {k}: " + " ".join(word() for _ in range(12)) for k in range(800)]
    new = list(old)
    rng.shuffle(new)
    rows = align_paragraphs(paras(old), paras(new))
    assert {r.op for r in rows} <= {"unchanged", "moved"}
    assert all(r.old_text == r.new_text for r in rows)


def test_shuffled_paragraphs_that_resemble_each_other_are_moves_not_edits() -> None:
    """Paragraphs written to one template (a statement a month, a line a product) reordered, a few of them edited:
    each one found word for word in the other version, once, is a move — never paired, by resemblance, with a
    neighbour it is not. Only the edited ones (whose old texts are gone) are left to be paired by resemblance."""
    rng = random.Random(11)
    regions = ["north", "south", "east", "west", "centre", "coast", "hills", "plains"]
    old = [f"In month {k} the {regions[k % 8]} region reported that growth was {['weak', 'modest', 'solid'][k % 3]} "
           f"and that inflation stayed close to {k % 5 + 1} per cent over the period." for k in range(300)]
    new = list(old)
    rng.shuffle(new)
    edited = {k: new[k].replace("reported that", "said that") for k in range(0, 300, 25)}
    gone = {new[k] for k in edited}
    new = [edited.get(k, t) for k, t in enumerate(new)]
    rows = align_paragraphs(paras(old), paras(new))
    kept = [r for r in rows if (r.old_text or r.new_text) not in gone and r.new_text not in edited.values()]
    assert len(kept) == 300 - len(edited)
    assert all(r.op in ("unchanged", "moved") and r.old_text == r.new_text for r in kept)
