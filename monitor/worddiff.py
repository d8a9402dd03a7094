"""Word-level diff of two paragraphs with diff-match-patch (the only module that sees its tuples)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

from monitor.report import WordOp

# A token is a whole word (with inner apostrophes, hyphens, dots and commas of numbers), a run of
# white space, or one other character: diffs never cut a word in two ("Delet|ed").
_TOKEN = re.compile(r"\w+(?:[''.,/-]\w+)*|\s+|[^\w\s]", re.UNICODE)



def tokenize(text: str) -> list[str]:
    """Split text into word, space and punctuation tokens whose concatenation is the text."""
    return _TOKEN.findall(text)


@lru_cache(maxsize=1)
def _engine() -> object:
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0  # no deadline: the same inputs always give the same diff
    return dmp


# Distinct tokens one pair can have: one character each, above U+00FF and outside the surrogates.
MAX_TOKENS = 0x110000 - 0x100 - 0x800
# diff-match-patch takes time N x D (lengths times differences): up to this many cells (tokens of one side times
# tokens of the other: two paragraphs of about 500 words) it diffs a pair whole. Past it the pair is first
# cut at the tokens found once on each side, in order (a patience diff), and only the gaps between those anchors
# are diffed, each up to DMP_CELLS and all together up to GAP_BUDGET; a gap beyond them is one deletion and one
# insertion.
DMP_CELLS = 1_000_000
GAP_BUDGET = 4_000_000


def _encode(seqs: Sequence[Sequence[str]]) -> list[str] | None:
    """Map each distinct token to one character, as diff-match-patch's linesToChars does for lines (None when
    there are more distinct tokens than characters)."""
    table: dict[str, str] = {}
    encoded = []
    for seq in seqs:
        chars = []
        for tok in seq:
            ch = table.get(tok)
            if ch is None:
                if len(table) >= MAX_TOKENS:
                    return None
                n = len(table) + 0x100
                ch = table[tok] = chr(n if n < 0xD800 else n + 0x800)  # skip the surrogate range
            chars.append(ch)
        encoded.append("".join(chars))
    return encoded


def _diff_chars(a: str, b: str) -> list[tuple[int, str]]:
    """diff-match-patch's semantically cleaned-up diff of two encoded texts, in time about linear in their length
    past DMP_CELLS."""
    dmp = _engine()
    if len(a) * len(b) <= DMP_CELLS:
        diffs: list[tuple[int, str]] = dmp.diff_main(a, b, False)  # type: ignore[attr-defined]
        dmp.diff_cleanupSemantic(diffs)  # type: ignore[attr-defined]
        return diffs
    from monitor.align import anchor_opcodes

    out: list[tuple[int, str]] = []
    budget = GAP_BUDGET
    for tag, i1, i2, j1, j2 in anchor_opcodes(a, b):
        cells = (i2 - i1) * (j2 - j1)
        if tag == "equal":
            out.append((0, a[i1:i2]))
        elif tag == "replace" and cells <= min(DMP_CELLS, budget):
            budget -= cells
            out.extend(_diff_chars(a[i1:i2], b[j1:j2]))
        else:
            out.extend(d for d in ((-1, a[i1:i2]), (1, b[j1:j2])) if d[1])
    return out


def diff_words(old: str, new: str) -> tuple[WordOp, ...]:
    """The word-level diff of two texts, semantically cleaned up.

    The `equal` and `delete` texts rebuild `old`; the `equal` and `insert` texts rebuild `new`.
    """
    if old == new:
        return (WordOp("equal", old),) if old else ()
    old_tokens, new_tokens = tokenize(old), tokenize(new)
    encoded = _encode([old_tokens, new_tokens])
    if encoded is None:
        # A million distinct words: not a text to redline word by word.
        whole: tuple[tuple[Literal["delete", "insert"], str], ...] = (("delete", old), ("insert", new))
        return tuple(WordOp(kind, text) for kind, text in whole if text)
    diffs = _diff_chars(*encoded)
    ops: list[WordOp] = []
    pending: dict[str, list[str]] = {"delete": [], "insert": []}

    def flush() -> None:
        kind: Literal["delete", "insert"]
        for kind in ("delete", "insert"):
            if pending[kind]:
                ops.append(WordOp(kind, "".join(pending[kind])))
                pending[kind] = []

    # One character per token: a run of n characters is the next n tokens of its side(s).
    i = j = 0
    for op, chars in diffs:
        n = len(chars)
        if op == 0:
            flush()
            text = "".join(old_tokens[i:i + n])
            i, j = i + n, j + n
            if ops and ops[-1].op == "equal":
                ops[-1] = WordOp("equal", ops[-1].text + text)
            else:
                ops.append(WordOp("equal", text))
        elif op < 0:
            pending["delete"].append("".join(old_tokens[i:i + n]))
            i += n
        else:
            pending["insert"].append("".join(new_tokens[j:j + n]))
            j += n
    flush()
    return tuple(ops)
