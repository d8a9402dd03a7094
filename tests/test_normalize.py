"""Decoding and the comparison form of text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.errors import BinaryFileError
from monitor.normalize import _FOLD_TABLE, decode, fold, fold_lines, squash


def test_utf8_with_bom_decodes_without_the_bom() -> None:
    """A UTF-8 file saved by Notepad (with BOM) reads the same as one without."""
    assert decode("\ufeffcafé".encode(), "x.txt") == "café"


def test_utf16_with_bom_decodes() -> None:
    """A UTF-16 export with a byte-order mark is read as text, not refused as binary."""
    assert decode("Level 2: Exercise Increased Caution".encode("utf-16"), "x.txt") == (
        "Level 2: Exercise Increased Caution"
    )


def test_legacy_encoding_is_detected() -> None:
    """A Windows-1252 file with curly quotes is decoded by detection instead of failing."""
    text = "The Committee\u2019s \u201cjudgment\u201d changed in S\u00e3o Paulo and Z\u00fcrich. " * 20
    assert decode(text.encode("cp1252"), "x.txt") == text


@pytest.mark.parametrize("data", [b"\x00\x01\x02PK\x03\x04" * 50, bytes(range(256)) * 10])
def test_binary_data_is_refused_with_the_file_name(data: bytes) -> None:
    """Binary input gets a clear message naming the file instead of a diff of garbage."""
    with pytest.raises(BinaryFileError, match=r"report\.pdf: binary file"):
        decode(data, "report.pdf")


def test_fold_removes_typography_only() -> None:
    """Curly quotes, dashes, special spaces, ligatures and CRLF fold to one plain form; words stay."""
    fancy = "Ukraine\u2019s \u201cneutral\u201d status \u2013 a\u00a0\ufb01rm\u2003line\r\nnext"
    assert fold(fancy) == "Ukraine's \"neutral\" status - a firm line\nnext"


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    """Folding twice changes nothing more than folding once."""
    once = fold(text)
    assert fold(once) == once


# Characters where fold's shortcuts could go wrong: folded ones, combining marks and Hangul jamo that compose with
# the character before them, compatibility forms, and one of each range the NFKC shortcut trusts.
_TRICKY = st.sampled_from([*_FOLD_TABLE, "a", "e", " ", "\r", "\n", "=", "\u0301", "\u0338", "\u20d2", "\u00e9",
                           "\u00a8", "\u00bd", "\ufb01", "\uff21", "\u1100", "\u1161", "\u11a8", "\u2192", "\u2460",
                           "\u25c6", "\u3000", "\u0b47", "\u0b3e"])


@given(st.text(alphabet=_TRICKY) | st.text())
def test_fold_is_nfkc_then_one_pass_of_the_table(text: str) -> None:
    """fold's shortcuts (the folding characters found by their bytes, the NFKC check skipped for stable characters)
    give what the plain definition does: line endings and form feeds, NFKC, then every table character at once."""
    plain = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ").replace("\f", "\n\n")
    plain = unicodedata.normalize("NFKC", plain)
    expected = "".join(_FOLD_TABLE.get(ch, ch) for ch in plain)
    assert fold(text) == expected


@given(st.text(alphabet=st.sampled_from(["\n", "\u2028", "\r", "\f", "\x1c"]) | _TRICKY))
def test_fold_lines_are_the_lines_of_the_folded_text(text: str) -> None:
    """Folding only the lines that are not ASCII gives the lines of the whole text folded (NFKC and the table make
    and remove no line break but the ones fold_lines looks for first)."""
    assert fold_lines(text) == fold(text).split("\n")


@given(st.lists(st.text(alphabet=_TRICKY) | st.text(), max_size=6))
def test_fold_lines_of_many_lines(lines: list[str]) -> None:
    """The same with several lines, most of them without a line-breaking character (the line-by-line path)."""
    text = "\n".join(lines)
    assert fold_lines(text) == fold(text).split("\n")


@given(st.text())
def test_squash_leaves_single_spaces(text: str) -> None:
    """After squashing there is no leading, trailing or doubled white space."""
    out = squash(text)
    assert out == out.strip()
    assert "  " not in out


@given(st.text(alphabet=st.sampled_from(["a", " ", "\n", "\x0b", "\x1c", "\x85", "\u2028", "\u2029", "\t", "\f"])))
def test_squash_after_fold_equals_a_full_whitespace_collapse(text: str) -> None:
    """Squash's fast path never leaves a separator that str.split() would have collapsed."""
    folded = fold(text)
    for line in folded.split("\n"):
        assert squash(line) == " ".join(line.split())
