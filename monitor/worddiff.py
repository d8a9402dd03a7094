"""Word-level diff of two paragraphs with diff-match-patch (the only module that sees its tuples)."""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from monitor.report import WordOp

TYPE_CHECKING = False  # typing's own constant, without loading typing at run time (monitor/launch.py)
if TYPE_CHECKING:
    from typing import Literal

# A token is a whole word (with inner apostrophes, hyphens, dots and commas of numbers), a run of
# white space, or one other character: diffs never cut a word in two ("Delet|ed"). Possessive: nothing follows a
# token's parts, so giving characters back never finds another match, and not keeping the places to go back to
# halves the time of tokenizing (r"\w+(?:['.,/-]\w+)*|\s+|[^\w\s]", the same tokens).
_TOKEN = re.compile(r"\w++(?:['.,/-]\w++)*+|\s++|[^\w\s]")
# White space other than the plain space (a tab, a line break, a no-break space): every character str.isspace()
# takes, and so the regex \s, but the plain space (tests/test_align.py checks the list against str.isspace()).
OTHER_SPACES = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680"
                "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


def _other_space(text: str) -> bool:
    """Whether `text` holds white space other than the plain space: one search in C per such character, which on a
    long text (the only ones asked) takes half the time of the regex [^\\S ] testing a class at every character."""
    return any(map(text.__contains__, OTHER_SPACES))


# From this many characters a text whose only white space is single spaces is tokenized word by word (below).
BY_WORD_CHARS = 20_000


def _by_word_text(text: str) -> bool:
    """A long text whose only white space is single spaces (a paragraph in its comparison form): read a distinct
    space-separated word at a time (tokenize, _encode_by_word)."""
    return len(text) >= BY_WORD_CHARS and "  " not in text and not _other_space(text)


def tokenize(text: str) -> list[str]:
    """Split text into word, space and punctuation tokens whose concatenation is the text.

    A long text whose only white space is single spaces (a paragraph in its comparison form) is tokenized one
    distinct space-separated word at a time: no token holds a space but the single space between two words, and
    the tokenizer starts afresh after each, so the words' tokens, a space between them, are the text's. A text
    repeats its words: the regex then reads each distinct word once, not a megabyte (3-4x faster)."""
    if not _by_word_text(text):
        return _TOKEN.findall(text)
    words = text.split(" ")
    spaced = {word: [*_TOKEN.findall(word), " "] for word in set(words)}
    tokens = list(itertools.chain.from_iterable(map(spaced.__getitem__, words)))
    tokens.pop()  # the space after the last word
    return tokens


@lru_cache(maxsize=1)
def _engine() -> object:
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0  # no deadline: the same inputs always give the same diff
    return dmp


# Distinct tokens one pair can have: one character each, above U+00FF and outside the surrogates.
MAX_TOKENS = 0x110000 - 0x100 - 0x800
# diff-match-patch takes time N x D (lengths times differences): up to this many cells (tokens of one side times
# tokens of the other: two paragraphs of about 500 words) it diffs a pair whole. Past it the pair is anchored
# first (a patience diff: what is found once on each side, in order), on runs of tokens and then on tokens inside
# what is left, and only the gaps between anchors are diffed, each up to DMP_CELLS and all together up to
# GAP_BUDGET; a gap beyond them is one deletion and one insertion.
DMP_CELLS = 1_000_000
GAP_BUDGET = 4_000_000
# Runs of tokens for anchoring: cut after a token whose code says so (so an edit changes only its own run), at
# least RUN_MIN and at most RUN_MAX tokens long. A run is unique far more often than a word.
RUN_CUT = 8
RUN_MIN = 4
RUN_MAX = 64


def _codes() -> Iterator[int]:
    """The code points that stand for tokens, in the order they are given: from U+0100 up, skipping the
    surrogates."""
    return itertools.chain(range(0x100, 0xD800), range(0xE000, 0x110000))


def _encode(seqs: Sequence[Sequence[str]]) -> tuple[list[str], int] | None:
    """Map each distinct token to one character, as diff-match-patch's linesToChars does for lines (None when
    there are more distinct tokens than characters). Characters are given in order of first use, which the runs
    cut by character code (_runs) rely on."""
    first_use: dict[str, None] = {}
    for seq in seqs:
        first_use.update(dict.fromkeys(seq))
    if len(first_use) > MAX_TOKENS:
        return None
    # Codes from U+0100 up, skipping the surrogates: zip stops at the last distinct token.
    table = dict(zip(first_use, map(chr, _codes()), strict=False))
    get = table.__getitem__
    return ["".join(map(get, seq)) for seq in seqs], len(table)


def _dmp(a: str, b: str) -> list[tuple[int, str]]:
    dmp = _engine()
    diffs: list[tuple[int, str]] = dmp.diff_main(a, b, False)  # type: ignore[attr-defined]
    dmp.diff_cleanupSemantic(diffs)  # type: ignore[attr-defined]
    return diffs


def _diff_chars(a: str, b: str, codes: int) -> list[tuple[int, str]]:
    """diff-match-patch's semantically cleaned-up diff of two encoded texts; about linear in their length past
    DMP_CELLS. `codes`: how many distinct characters (from U+0100 up, as _encode gives them) a and b use."""
    if len(a) * len(b) <= DMP_CELLS:
        return _dmp(a, b)
    from monitor.align import anchor_opcodes

    budget = [GAP_BUDGET]
    cuts = _cut_points(codes)
    runs_a, runs_b = _runs(a, cuts), _runs(b, cuts)
    encoded = _encode([runs_a, runs_b])
    if encoded is None:
        return _gap(a, b, budget)
    out: list[tuple[int, str]] = []
    for tag, i1, i2, j1, j2 in anchor_opcodes(*encoded[0]):
        x, y = "".join(runs_a[i1:i2]), "".join(runs_b[j1:j2])
        out.extend([(0, x)] if tag == "equal" else _gap(x, y, budget))
    return out


def _cut_points(codes: int) -> re.Pattern[str] | None:
    """The pattern of a run (_runs) among the first `codes` characters that _encode gives (None: no character is a
    cut point): at least RUN_MIN characters up to the first cut point after RUN_MIN - 1 of them, if that is within
    RUN_MAX characters, else RUN_MAX characters."""
    cut = [chr(c) for c in itertools.islice(_codes(), codes) if _cuts(c)]
    if not cut:
        return None
    points = re.escape("".join(cut))
    return re.compile(f"(?s).{{{RUN_MIN - 1}}}[^{points}]{{0,{RUN_MAX - RUN_MIN}}}+[{points}]|.{{{RUN_MAX}}}")


def _cuts(code: int) -> bool:
    return (code * 2654435761 >> 11) % RUN_CUT == 0


def _runs(chars: str, runs: re.Pattern[str] | None) -> list[str]:
    """`chars` cut after each cut point (once a run has RUN_MIN characters) and wherever a run reaches RUN_MAX: the
    runs one after another as `runs` (_cut_points) finds them in C, and what is left after the last, which is shorter
    than RUN_MAX and has no cut point after its first RUN_MIN - 1 characters (nor, then, does anything after where
    the last run ended: the matches are contiguous). A Python step per run was most of the time of a paragraph of a
    megabyte."""
    if runs is None:
        out = [chars[start:start + RUN_MAX] for start in range(0, len(chars) - RUN_MAX + 1, RUN_MAX)]
    else:
        out = runs.findall(chars)
    done = sum(map(len, out))
    if done < len(chars):
        out.append(chars[done:])
    return out


def _gap(a: str, b: str, budget: list[int], anchorless: bool = False) -> list[tuple[int, str]]:
    """The diff of what lies between two anchored runs: whole when small, else anchored on single tokens.
    `anchorless`: anchor_opcodes is known to find nothing to anchor in a and b."""
    from monitor.align import anchor_opcodes

    if a and b and len(a) * len(b) <= min(DMP_CELLS, budget[0]):
        budget[0] -= len(a) * len(b)
        return _dmp(a, b)
    codes = anchor_opcodes(a, b) if a and b and not anchorless else []
    if len(codes) <= 1:
        return [d for d in ((-1, a), (1, b)) if d[1]]
    # One changed stretch only: it is all that lies between the shared start and end (anchor_opcodes takes
    # both whole), and an anchor inside it would have left a changed stretch on each side. Anchored again it
    # would give one code, after counting its tokens again (a tenth of a second in a megabyte of repeated text).
    alone = sum(code[0] != "equal" for code in codes) == 1
    out: list[tuple[int, str]] = []
    for tag, i1, i2, j1, j2 in codes:
        out.extend([(0, a[i1:i2])] if tag == "equal" else _gap(a[i1:i2], b[j1:j2], budget, alone))
    return out


def diff_words(old: str, new: str) -> tuple[WordOp, ...]:
    """The word-level diff of two texts, semantically cleaned up.

    The `equal` and `delete` texts rebuild `old`; the `equal` and `insert` texts rebuild `new`.
    """
    if old == new:
        return (WordOp("equal", old),) if old else ()
    one = _one_token_in_middle(old, new)
    if one is not None:
        return one
    by_word = _encode_by_word(old, new)
    if by_word is not None:
        return _diff_encoded(old, new, *by_word)
    old_tokens, new_tokens = tokenize(old), tokenize(new)
    one = _one_token_replaced(old, old_tokens, new_tokens)
    return one if one is not None else _diff_tokens(old, new, old_tokens, new_tokens)


# Texts of more words than this, both tokenized word by word (tokenize), are encoded a word at a time (below): more
# than DMP_CELLS tokens each, so that no shortcut of diff_words for few tokens applies to them.
BY_WORD_MIN = 1_000


def _encode_by_word(old: str, new: str) -> tuple[str, str, int, dict[str, int]] | None:
    """_encode([tokenize(old), tokenize(new)]) for two long texts whose only white space is single spaces, made a
    distinct word at a time rather than a token at a time: each distinct word's tokens and the space after it are
    given their characters once (in the order _encode gives them: a word's new tokens when the word is first met),
    and a text's characters are its words' joined, less the space after the last. With each character's length as
    text (its token's), which finds the texts of the diff's runs. None when either text is not such a text (or has
    too few words), or when the tokens are too many for characters (_diff_tokens then says so)."""
    if not (_by_word_text(old) and _by_word_text(new)):
        return None
    old_words, new_words = old.split(" "), new.split(" ")
    if len(old_words) <= BY_WORD_MIN or len(new_words) <= BY_WORD_MIN:
        return None
    chars: dict[str, str] = {}  # token -> its character
    spelled: dict[str, str] = {}  # distinct word -> the characters of its tokens and of the space after it
    give = map(chr, _codes())
    for words in (old_words, new_words):
        for word in dict.fromkeys(words):
            if word in spelled:
                continue
            for token in (*_TOKEN.findall(word), " "):
                if token not in chars:
                    code = next(give, None)
                    if code is None:
                        return None
                    chars[token] = code
            spelled[word] = "".join([chars[token] for token in (*_TOKEN.findall(word), " ")])
    get = spelled.__getitem__
    old_chars = "".join(map(get, old_words))[:-1]
    new_chars = "".join(map(get, new_words))[:-1]
    return old_chars, new_chars, len(chars), {code: len(token) for token, code in chars.items()}


def _diff_tokens(old: str, new: str, old_tokens: list[str], new_tokens: list[str]) -> tuple[WordOp, ...]:
    """diff_words of two different texts and their tokens, by diff-match-patch."""
    encoding = _encode([old_tokens, new_tokens])
    if encoding is None:
        # A million distinct words: not a text to redline word by word.
        whole: tuple[tuple[Literal["delete", "insert"], str], ...] = (("delete", old), ("insert", new))
        return tuple(WordOp(kind, text) for kind, text in whole if text)
    (old_chars, new_chars), codes = encoding
    return _diff_encoded(old, new, old_chars, new_chars, codes, None, old_tokens, new_tokens)


def _diff_encoded(old: str, new: str, old_chars: str, new_chars: str, codes: int, sizes: dict[str, int] | None,
                  old_tokens: list[str] | None = None, new_tokens: list[str] | None = None) -> tuple[WordOp, ...]:
    """diff_words of two different texts, encoded one character per token: the texts of the diff's runs are the
    tokens' (old_tokens, new_tokens) joined or, without them, cut from the texts by `sizes` (_run_texts)."""
    diffs = _diff_chars(old_chars, new_chars, codes)
    old_runs = [chars for op, chars in diffs if op <= 0]  # a side's runs, in order: all of its characters
    new_runs = [chars for op, chars in diffs if op >= 0]
    if sizes is not None:
        old_texts, new_texts = iter(_run_texts(old, old_runs, sizes)), iter(_run_texts(new, new_runs, sizes))
    else:
        assert old_tokens is not None and new_tokens is not None
        old_texts, new_texts = iter(_token_texts(old_tokens, old_runs)), iter(_token_texts(new_tokens, new_runs))
    ops: list[WordOp] = []
    pending: dict[str, list[str]] = {"delete": [], "insert": []}

    def flush() -> None:
        kind: Literal["delete", "insert"]
        for kind in ("delete", "insert"):
            if pending[kind]:
                ops.append(WordOp(kind, "".join(pending[kind])))
                pending[kind] = []

    for op, _ in diffs:
        if op == 0:
            flush()
            text = next(old_texts)
            next(new_texts)  # the same tokens
            if ops and ops[-1].op == "equal":
                ops[-1] = WordOp("equal", ops[-1].text + text)
            else:
                ops.append(WordOp("equal", text))
        elif op < 0:
            pending["delete"].append(next(old_texts))
        else:
            pending["insert"].append(next(new_texts))
    flush()
    return tuple(ops)


def _token_texts(tokens: list[str], runs: list[str]) -> list[str]:
    """The text of each run of a side's characters (one character per token), its tokens joined."""
    out: list[str] = []
    at = 0
    for run in runs:
        out.append("".join(tokens[at:at + len(run)]))
        at += len(run)
    return out


def _run_texts(text: str, runs: list[str], sizes: dict[str, int]) -> list[str]:
    """The text of each run of a side's characters, cut from the side's text by the runs' lengths as text (the sum
    of their characters' `sizes`): all but the longest run's, which is what the others leave. A megabyte paragraph
    whose diff is a few runs is not read a character at a time."""
    longest = max(range(len(runs)), key=lambda r: len(runs[r]), default=-1)
    lengths = [0 if r == longest else sum(map(sizes.__getitem__, run)) for r, run in enumerate(runs)]
    if longest >= 0:
        lengths[longest] = len(text) - sum(lengths)
    out: list[str] = []
    at = 0
    for size in lengths:
        out.append(text[at:at + size])
        at += size
    return out


def _one_token_replaced(old: str, old_tokens: list[str], new_tokens: list[str]) -> tuple[WordOp, ...] | None:
    """The diff of two texts that differ in one token only (the commonest edit: "likely" for "unlikely"), as
    diff-match-patch gives it, without encoding and diffing: its common prefix and suffix, then one changed
    character each way, which no cleanup touches (a replacement is not shifted to a boundary as a lone insertion
    or deletion is, and two different characters have no overlap). None for any other pair."""
    n = len(old_tokens)
    if n != len(new_tokens) or n * n > DMP_CELLS:  # (past DMP_CELLS the pair is anchored first, not diffed whole)
        return None
    differ = list(map(operator.ne, old_tokens, new_tokens))
    k = differ.index(True)  # the texts differ, and so do their tokens
    if differ.count(True) != 1:
        return None
    start = sum(map(len, old_tokens[:k]))
    end = start + len(old_tokens[k])
    ops = [WordOp("equal", old[:start])] if start else []
    ops += [WordOp("delete", old_tokens[k]), WordOp("insert", new_tokens[k])]
    if end < len(old):
        ops.append(WordOp("equal", old[end:]))
    return tuple(ops)


# The fast path below serves texts up to this many characters: fewer tokens than that, so never past DMP_CELLS.
ONE_TOKEN_CHARS = 1_000
# ... and longer texts up to this many characters whose tokens, counted from above (_most_tokens), are still that few.
ONE_TOKEN_LONG = 3_000
_PUNCT = re.compile(r"[^\w\s]")
# Shorter texts are tokenized whole: that costs less than looking for the shared parts.
ONE_TOKEN_MIN = 80
# How far back from the first (or last) difference a token boundary is looked for: a longer token is left to
# the tokenizer.
BOUNDARY_SEARCH = 200


def _one_token_in_middle(old: str, new: str) -> tuple[WordOp, ...] | None:
    """_one_token_replaced for two different texts, without tokenizing the parts they share: their common prefix
    and suffix, each cut back to a change between space and non-space in both texts, are the same tokens on both
    sides (no token holds white space, so the tokenizer starts afresh at such a change), and only what lies
    between is tokenized. None when more than one token differs, or the texts are too long for this path (then
    diff_words tokenizes them whole, and finds the same)."""
    n_old, n_new = len(old), len(new)
    if not ONE_TOKEN_MIN <= n_old <= ONE_TOKEN_LONG or (n_old > ONE_TOKEN_CHARS and
                                                        _most_tokens(old) > ONE_TOKEN_CHARS):
        return None
    most = min(n_old, n_new)
    start = _shared_start(old, new, most)
    start = _boundary_back(old, new, start, start, start)
    if start < 0:
        return None
    tail = _shared_end(old, new, most - start)
    end_old = _boundary_back(old, new, n_old - tail, n_new - tail, tail, forward=True)
    if end_old < 0:
        return None
    end_new = end_old + n_new - n_old
    mid_old = _TOKEN.findall(old, start, end_old)
    mid_new = _TOKEN.findall(new, start, end_new)
    if len(mid_old) != len(mid_new):
        return None
    differ = list(map(operator.ne, mid_old, mid_new))
    if differ.count(True) != 1:
        return None
    k = differ.index(True)
    at = start + sum(map(len, mid_old[:k]))
    after = at + len(mid_old[k])
    ops = [WordOp("equal", old[:at])] if at else []
    ops += [WordOp("delete", mid_old[k]), WordOp("insert", mid_new[k])]
    if after < n_old:
        ops.append(WordOp("equal", old[after:]))
    return tuple(ops)


def _most_tokens(text: str) -> int:
    """At least as many as the tokens of `text` (tokenize): between two runs of white space lies a run of other
    characters, whose tokens are words and other characters, and a word starts a run or follows another character."""
    others = len(_PUNCT.findall(text))
    runs = len(text.split())
    return 2 * runs + 1 + 2 * others


def _shared_start(a: str, b: str, most: int) -> int:
    """How many characters a and b share from the start, at most `most` (common_run's count for two texts): a
    binary search, each step one comparison of slices in C: about log2(most) steps, where common_run's blocks (grown
    from 16 characters, then shrunk again) took half as many more for a change in mid-paragraph."""
    lo, hi = 0, most  # a[:lo] == b[:lo], and they share at most hi
    while lo < hi:
        mid = (lo + hi + 1) >> 1
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _shared_end(a: str, b: str, most: int) -> int:
    """How many characters a and b share at the end, at most `most` (_shared_start from the end)."""
    n_a, n_b = len(a), len(b)
    lo, hi = 0, most
    while lo < hi:
        mid = (lo + hi + 1) >> 1
        if a[n_a - mid:n_a - lo] == b[n_b - mid:n_b - lo]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def common_run(a: Sequence[object], b: Sequence[object], i: int, j: int, most: int, step: int, first: int = 1) -> int:
    """How many items (or characters) a and b share from a[i], b[j] on, forwards (step 1) or backwards (step -1),
    at most `most`: slices compared in growing then shrinking blocks from `first` items, so a long shared run costs
    a few comparisons in C, not one Python step per item."""
    n, size = 0, first
    while n < most:
        size = min(size, most - n)
        x, y = (i + n, j + n) if step > 0 else (i - n - size + 1, j - n - size + 1)
        if a[x:x + size] == b[y:y + size]:
            n += size
            size *= 2
        elif size > 1:
            size //= 2
        else:
            break
    return n


def _is_cut(text: str, at: int) -> bool:
    """Whether a token starts at `at` whatever comes before: the text's start or end, or a change between white
    space and other characters."""
    return at == 0 or at == len(text) or text[at - 1].isspace() != text[at].isspace()


def _boundary_back(a: str, b: str, at_a: int, at_b: int, room: int, forward: bool = False) -> int:
    """The nearest offset (moving back from at_a and at_b together, or forward with `forward`, by at most `room`
    and BOUNDARY_SEARCH characters) that is a cut in both texts, as an offset into a; -1 when there is none."""
    step = 1 if forward else -1
    for moved in range(min(room, BOUNDARY_SEARCH) + 1):
        x, y = at_a + step * moved, at_b + step * moved
        if _is_cut(a, x) and _is_cut(b, y):
            return x
    return -1
