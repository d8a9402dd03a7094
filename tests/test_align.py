"""Paragraph alignment ops, and the word diff inside changed pairs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.align import align_paragraphs, anchor_opcodes
from monitor.segment import Paragraph
from monitor.worddiff import diff_words, tokenize

P = [
    "Russian president Vladimir Putin began his fifth term in office following the election in March 2024.",
    "In Ukraine, President Zelenskyy signed an amendment in April to extend the mobilizable age of troops.",
    "Amid concerns regarding both countries, Ukrainian forces invaded Russia's Kursk Oblast in August.",
    "While both Russia and Ukraine have been unable to mount large-scale offensives, escalation continues.",
    "Amidst this chaotic situation, former President Trump won the US presidential election in November.",
    "It is already clear that North Korea supplies arms, ammunition, and other items to Russia.",
]


def paras(texts: list[str]) -> list[Paragraph]:
    return [Paragraph(i, t, None) for i, t in enumerate(texts)]


def ops(old: list[str], new: list[str]) -> list[tuple[str, tuple[int, ...], tuple[int, ...]]]:
    return [(c.op, c.old, c.new) for c in align_paragraphs(paras(old), paras(new))]


def test_identical_documents_are_all_unchanged() -> None:
    """Comparing a version with itself reports nothing changed."""
    assert {c[0] for c in ops(P, P)} == {"unchanged"}


def test_edited_paragraph_is_modified_with_word_ops() -> None:
    """One changed word makes one modified paragraph whose word diff names just that word."""
    new = list(P)
    new[2] = new[2].replace("August", "September")
    changes = align_paragraphs(paras(P), paras(new))
    modified = [c for c in changes if c.op == "modified"]
    assert [(c.old, c.new) for c in modified] == [((2,), (2,))]
    assert [(w.op, w.text) for w in modified[0].words or () if w.op != "equal"] == [
        ("delete", "August"), ("insert", "September")]


def test_added_and_removed_paragraphs() -> None:
    """A new paragraph is added and a deleted one is removed, with indexes on the right side."""
    new = [P[0], P[1], "A wholly new paragraph about something else entirely, with no words in common.", P[3],
           P[4], P[5]]
    assert ("removed", (2,), ()) in ops(P, new)
    assert ("added", (), (2,)) in ops(P, new)


def test_paragraph_moved_word_for_word() -> None:
    """A paragraph moved up is one `moved` row, and nothing is added or removed."""
    new = [P[0], P[4], P[1], P[2], P[3], P[5]]
    rows = ops(P, new)
    assert [r for r in rows if r[0] != "unchanged"] == [("moved", (4,), (1,))]


def test_paragraph_moved_and_edited() -> None:
    """A paragraph moved elsewhere with an edit is `moved` and carries a word diff."""
    edited = P[5].replace("arms", "artillery shells")
    new = [edited, P[0], P[1], P[2], P[3], P[4]]
    changes = align_paragraphs(paras(P), paras(new))
    moved = [c for c in changes if c.op == "moved"]
    assert len(moved) == 1 and moved[0].old == (5,) and moved[0].new == (0,)
    assert moved[0].words is not None
    assert {c.op for c in changes} == {"unchanged", "moved"}


def test_paragraph_split_in_two() -> None:
    """A paragraph broken into two is one `split` row covering both new paragraphs."""
    joined = P[1] + " " + P[2]
    old = [P[0], joined, P[3]]
    new = [P[0], P[1], P[2], P[3]]
    assert ops(old, new) == [("unchanged", (0,), (0,)), ("split", (1,), (1, 2)), ("unchanged", (2,), (3,))]


def test_paragraphs_merged_into_one() -> None:
    """Two paragraphs joined into one are one `merged` row."""
    old = [P[0], P[1], P[2], P[3]]
    new = [P[0], P[1] + " " + P[2], P[3]]
    assert ops(old, new) == [("unchanged", (0,), (0,)), ("merged", (1, 2), (1,)), ("unchanged", (3,), (2,))]


def test_a_heading_put_over_an_edited_paragraph_is_added_not_split_off() -> None:
    """'## Hardening' put above a paragraph that was also edited is a heading added and the paragraph modified, not
    one paragraph split in two: joined, the heading would run into the paragraph's first sentence ('## Hardening You
    must apply hardening …') and read as a changed sentence."""
    body = ("You must apply hardening to your VM. For example, you should only use SSH keys that are protected by a "
            "passphrase.")
    edited = body.replace("a passphrase", "a strong passphrase")
    new = paras([P[0], "## Hardening", edited, P[3]])
    new[1] = new[1]._replace(section="Hardening", heading=True)  # (as segment.py reads a Markdown heading)
    assert [(c.op, c.old, c.new) for c in align_paragraphs(paras([P[0], body, P[3]]), new)] == [
        ("unchanged", (0,), (0,)), ("added", (), (1,)), ("modified", (1,), (2,)), ("unchanged", (2,), (3,))]


def test_edit_next_to_an_unrelated_new_paragraph_is_not_a_split() -> None:
    """An edited paragraph followed by a brand-new one stays modified + added, not a false split."""
    new = [P[0], P[1].replace("April", "May"), "Entirely unrelated text on grain exports and shipping lanes.",
           P[2], P[3], P[4], P[5]]
    rows = ops(P, new)
    assert ("modified", (1,), (1,)) in rows
    assert ("added", (), (2,)) in rows


@given(st.lists(st.sampled_from(P), max_size=8), st.lists(st.sampled_from(P), max_size=8))
@settings(max_examples=200)
def test_every_paragraph_is_accounted_for_exactly_once(old: list[str], new: list[str]) -> None:
    """Each old and each new paragraph appears in exactly one row of the alignment."""
    changes = align_paragraphs(paras(old), paras(new))
    assert sorted(i for c in changes for i in c.old) == list(range(len(old)))
    assert sorted(j for c in changes for j in c.new) == list(range(len(new)))


@given(st.lists(st.sampled_from("abcdef"), max_size=30), st.lists(st.sampled_from("abcdefg"), max_size=30))
def test_anchor_opcodes_cover_both_sequences(a: list[str], b: list[str]) -> None:
    """The patience opcodes tile both sequences, and every `equal` range really is equal."""
    i = j = 0
    for tag, i1, i2, j1, j2 in anchor_opcodes(a, b):
        assert (i1, j1) == (i, j)
        if tag == "equal":
            assert a[i1:i2] == b[j1:j2]
        i, j = i2, j2
    assert (i, j) == (len(a), len(b))


@given(st.text(), st.text())
def test_word_ops_rebuild_both_texts(old: str, new: str) -> None:
    """`equal`+`delete` rebuild the old text and `equal`+`insert` the new one, exactly."""
    ops_ = diff_words(old, new)
    assert "".join(w.text for w in ops_ if w.op != "insert") == old
    assert "".join(w.text for w in ops_ if w.op != "delete") == new


@given(st.lists(st.sampled_from(["Deleted", "deleted", "Delete", "offensive", "not", "will", " ", ", "]),
                max_size=12),
       st.lists(st.sampled_from(["Deleted", "deleted", "Delete", "offensive", "not", "will", " ", ", "]),
                max_size=12))
def test_word_ops_never_cut_a_word(old: list[str], new: list[str]) -> None:
    """Every changed run starts and ends on a token boundary of its own text ("Delet|ed" never happens)."""
    a, b = "".join(old), "".join(new)
    for side, text, keep in (("old", a, "insert"), ("new", b, "delete")):
        bounds = {0}
        pos = 0
        for tok in tokenize(text):
            pos += len(tok)
            bounds.add(pos)
        pos = 0
        for w in diff_words(a, b):
            if w.op == keep:
                continue
            assert pos in bounds, (side, text, w)
            pos += len(w.text)
            assert pos in bounds, (side, text, w)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
@settings(max_examples=150)
def test_any_text_segments_and_aligns_with_itself_as_unchanged(text: str) -> None:
    """Arbitrary Unicode never crashes segmentation, and a document aligned with itself is all unchanged."""
    from monitor.config import default_config
    from monitor.segment import segment

    doc = segment(text, default_config().normalize)
    changes = align_paragraphs(doc.paragraphs, doc.paragraphs)
    assert all(c.op == "unchanged" for c in changes)
    assert len(changes) == len(doc.paragraphs)


def test_highlighted_sentences_never_cut_a_number() -> None:
    """The changed words marked inside quoted sentences keep "2.75" whole, like the paragraph diff."""
    from monitor.render.redline import sentence_ops

    ops = sentence_ops("The Bank held its policy rate at 2.75%.", "The Bank lowered its policy rate to 2.5%.")
    changed = [w.text for w in ops if w.op != "equal"]
    assert "2.75" in " ".join(changed) and "75" not in changed


def _runs_by_step(chars: str) -> list[str]:
    """worddiff._runs as first written: one character at a time."""
    from monitor.worddiff import RUN_MAX, RUN_MIN, _cuts

    out: list[str] = []
    start = 0
    for k, ch in enumerate(chars):
        n = k + 1 - start
        if n >= RUN_MAX or (n >= RUN_MIN and _cuts(ord(ch))):
            out.append(chars[start:k + 1])
            start = k + 1
    if start < len(chars):
        out.append(chars[start:])
    return out


@given(st.lists(st.integers(0, 400), max_size=600), st.integers(1, 401))
@settings(max_examples=300)
def test_long_paragraph_runs_are_cut_where_they_always_were(codes: list[int], used: int) -> None:
    """A very long paragraph is anchored on the same runs of words by the fast scan as before it, so its redline
    does not change."""
    from monitor.worddiff import _cut_points, _runs

    chars = "".join(chr(0x100 + c % used) for c in codes)
    assert _runs(chars, _cut_points(used)) == _runs_by_step(chars)


def test_long_paragraph_runs_without_any_cut_point_stop_at_the_longest_run() -> None:
    """Words none of whose codes ends a run are still cut every RUN_MAX words, as before."""
    from monitor.worddiff import RUN_MAX, _cut_points, _cuts, _runs

    plain = [chr(c) for c in range(0x100, 0x400) if not _cuts(c)][:40]
    chars = "".join(plain) * 20
    assert _runs(chars, _cut_points(len(plain))) == _runs_by_step(chars)
    assert max(map(len, _runs(chars, None))) == RUN_MAX


def test_other_spaces_are_every_white_space_but_the_plain_space() -> None:
    """The by-word tokenizer is taken only for texts whose sole white space is the plain space: its list of the
    others is every character Python (and the regex \\s) takes for white space, so none slips through."""
    import re

    from monitor.worddiff import OTHER_SPACES, _other_space

    every = [chr(c) for c in range(0x110000) if chr(c).isspace() and c != 0x20]
    assert sorted(OTHER_SPACES) == every
    for ch in every:
        assert _other_space(f"a{ch}b") and re.search(r"[^\S ]", ch)
    assert not _other_space("a b c")


@given(st.text(alphabet=st.sampled_from(["a", "Z", "9", "_", "é", "'", ".", ",", "/", "-", " ", "\n", "\u00a0", "!",
                                         "\u2019", "\u0301"]), max_size=60) | st.text())
def test_tokens_are_the_same_as_with_backtracking(text: str) -> None:
    """The faster tokenizer cuts any text into the very tokens the first one did, so no redline changes."""
    import re

    assert tokenize(text) == re.findall(r"\w+(?:['.,/-]\w+)*|\s+|[^\w\s]", text)


@given(st.lists(st.sampled_from(["likely", "unlikely", "Likely", " ", "  ", ",", ".", "will", "rise", "\n", "-", "9"]),
                min_size=1, max_size=40), st.data())
@settings(max_examples=400)
def test_one_word_replaced_is_diffed_as_diff_match_patch_does(tokens: list[str], data: st.DataObject) -> None:
    """A text with one word replaced gets the very redline diff-match-patch gives it, through the shortcut too."""
    from monitor.worddiff import _diff_tokens

    k = data.draw(st.integers(0, len(tokens) - 1))
    other = data.draw(st.sampled_from(["unlikely", "probable", ";", "  ", "9"]))
    old, new = "".join(tokens), "".join([*tokens[:k], other, *tokens[k + 1:]])
    if old != new:
        assert diff_words(old, new) == _diff_tokens(old, new, tokenize(old), tokenize(new))


@given(st.lists(st.sampled_from(["likely", "unlikely", "Likely", " ", "  ", ",", ".", "will", "rise", "\n", "-", "9",
                                 "U.S.", "3.5", "don't", "e-mail", "\u00a0", "é", "(", "’"]), min_size=1, max_size=300),
       st.data())
@settings(max_examples=300)
def test_one_word_replaced_in_a_long_text_is_found_without_tokenizing_it_whole(tokens: list[str],
                                                                                data: st.DataObject) -> None:
    """The shortcut that tokenizes only what lies between the shared start and end of two texts finds the very ops
    of the one that tokenizes both whole, or leaves the pair to it."""
    from monitor.worddiff import _one_token_in_middle, _one_token_replaced

    k = data.draw(st.integers(0, len(tokens) - 1))
    other = data.draw(st.sampled_from(["unlikely", "probable", ";", "  ", "9", "U.S", "likely.", "", " rise"]))
    old, new = "".join(tokens), "".join([*tokens[:k], other, *tokens[k + 1:]])
    if old != new:
        fast = _one_token_in_middle(old, new)
        assert fast is None or fast == _one_token_replaced(old, tokenize(old), tokenize(new))
        assert diff_words(old, new) == _diff_words_whole(old, new)


def _diff_words_whole(old: str, new: str) -> tuple[object, ...]:
    from monitor.worddiff import _diff_tokens, _one_token_replaced

    old_tokens, new_tokens = tokenize(old), tokenize(new)
    one = _one_token_replaced(old, old_tokens, new_tokens)
    return one if one is not None else _diff_tokens(old, new, old_tokens, new_tokens)


def test_a_paragraph_set_in_capitals_is_the_same_paragraph_modified() -> None:
    """Recasing shares no word with the original (word similarity 0), yet the paragraph is the same one edited: it is
    modified one for one, whether it is the only changed paragraph of its stretch or one of many."""
    texts = ["The Board decided to keep the rate.", "The outlook is for growth near trend.",
             "Inflation is expected to stay low.", "Closing remarks follow."]
    old = [Paragraph(i, t, None) for i, t in enumerate(texts)]
    for recased in ({1}, {1, 2}):
        new = [Paragraph(i, t.upper() if i in recased else t, None) for i, t in enumerate(texts)]
        rows = [(c.op, c.old, c.new) for c in align_paragraphs(old, new)]
        assert rows == [("modified" if i in recased else "unchanged", (i,), (i,)) for i in range(4)], rows
