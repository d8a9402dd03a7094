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


def _encode(seqs: Sequence[Sequence[str]]) -> list[str]:
    """Map each distinct token to one character, as diff-match-patch's linesToChars does for lines."""
    table: dict[str, str] = {}
    encoded = []
    for seq in seqs:
        chars = []
        for tok in seq:
            ch = table.get(tok)
            if ch is None:
                n = len(table) + 0x100
                ch = table[tok] = chr(n if n < 0xD800 else n + 0x800)  # skip the surrogate range
            chars.append(ch)
        encoded.append("".join(chars))
    return encoded


def diff_words(old: str, new: str) -> tuple[WordOp, ...]:
    """The word-level diff of two texts, semantically cleaned up.

    The `equal` and `delete` texts rebuild `old`; the `equal` and `insert` texts rebuild `new`.
    """
    if old == new:
        return (WordOp("equal", old),) if old else ()
    old_tokens, new_tokens = tokenize(old), tokenize(new)
    a, b = _encode([old_tokens, new_tokens])
    dmp = _engine()
    diffs = dmp.diff_main(a, b, False)  # type: ignore[attr-defined]
    dmp.diff_cleanupSemantic(diffs)  # type: ignore[attr-defined]
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
