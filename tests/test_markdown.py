"""The Markdown renderer through a real CommonMark/GFM parser: structure, escaping of hostile text, marks."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from monitor.render import markdown as md
from monitor.report import Assessment, Evidence, ParagraphChange, Report, VersionRef, WordOp
from monitor.review import Commit, DocumentReview, FileChange, Review, render_markdown

HOSTILE = [
    "<script>document.title='pwned'</script>",
    '<img src=x onerror="alert(1)">',
    "@someone please look",
    "see #123 and GH-45 and owner/repo#7",
    "a | b | c",
    "**bold** and __under__ and *em*",
    "`code` and ```fence```",
    "[link](javascript:alert(1)) and ![img](x.png) and <https://evil.example>",
    "~~struck~~ and ~single~",
    "# heading",
    "- list item",
    "1. ordered",
    "> quote",
    "---",
    "$x^2$ costs $5 and $$y$$",
    "<details><summary>x</summary>",
    "&lt;escaped&gt; &amp; &#36; \\*",
    "    indented code",
    "<!-- comment --> </del> </ins> <del>",
]
PLAIN = "plain words only here"
ALLOWED_INLINE_HTML = re.compile(r"^</?(?:del|ins)>$")
ALLOWED_BLOCK_HTML = re.compile(r"^(?:<!-- monitor-review -->|<details>\n<summary>[^<>]*</summary>|</details>)\n?$")


def parser() -> MarkdownIt:
    """CommonMark with GitHub's table and strikethrough extensions, raw HTML on (as GitHub parses it)."""
    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def walk(tokens: list[Token]) -> Iterator[Token]:
    for tok in tokens:
        yield tok
        if tok.children:
            yield from walk(tok.children)


def shape(text: str) -> list[tuple[str, str]]:
    """The token structure without the text: what a hostile document must not be able to change."""
    return [(t.type, t.tag) for t in walk(parser().parse(text)) if t.type not in ("text", "text_special")]


def visible_text(text: str) -> str:
    """What a reader sees: the content of every text token (entities and escapes resolved)."""
    return "".join(t.content for t in walk(parser().parse(text)) if t.type in ("text", "text_special"))


def report_with(text: str) -> Report:
    """A report whose every document-derived string carries `text` (hand-built test data)."""
    paras = (
        ParagraphChange("unchanged", (0,), (0,), f"Intro {text}", f"Kept {text}.", f"Kept {text}."),
        ParagraphChange(
            "modified", (1,), (1,), f"Outlook {text}", f"It will not {text} agree.", f"It will {text} agree.",
            (WordOp("equal", "It will "), WordOp("delete", "not "), WordOp("equal", f"{text} agree.")),
        ),
        ParagraphChange("added", (), (2,), f"Outlook {text}", None, f"{text} is new."),
        ParagraphChange("removed", (2,), (), f"Outlook {text}", f"{text} is gone.", None),
        ParagraphChange(
            "split", (3,), (3, 4), None, f"One {text}. Two.", f"One {text}.\n\nTwo now.",
            (WordOp("equal", f"One {text}."), WordOp("delete", " Two."), WordOp("insert", "\n\nTwo now.")),
        ),
    )
    assessments = (
        Assessment("polarity", "high", "reversed", (f"topic {text}",), f"Outlook {text}",
                   f"It will not {text} agree.", f"It will {text} agree.", Evidence(("not",), ()),
                   f"negation removed {text}"),
        Assessment("added", "low", None, (), None, None, f"{text} is new.", Evidence(), f"judgment added {text}"),
    )
    return Report(f"doc {text}", VersionRef(f"v1 {text}", "a.txt", "0" * 64),
                  VersionRef("v2", "a.txt", "1" * 64), paras, assessments)


def test_report_structure_has_assessments_first_then_folded_diff() -> None:
    """A reader sees the title, the counts, the assessments list, then the paragraph diff under <details>."""
    out = md.render_report(report_with(PLAIN))
    tokens = parser().parse(out)
    top = [t for t in tokens if t.level == 0 and not t.type.endswith("_close")]
    kinds = [(t.type, t.tag) for t in top]
    assert kinds[0] == ("heading_open", "h2")
    assessments_at = kinds.index(("bullet_list_open", "ul"))
    details_at = next(i for i, t in enumerate(top) if t.type == "html_block" and "<details>" in t.content)
    assert kinds.index(("heading_open", "h3")) < assessments_at < details_at
    items = [t for t in tokens if t.type == "list_item_open" and t.level == 1]
    assert len(items) == 2  # one per assessment
    assert "High" in visible_text(out).split("Low")[0]  # most severe first
    assert "Paragraph diff: 4 changed of 5" in out  # the unchanged paragraph is counted, not shown


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_cannot_change_the_rendering(hostile: str) -> None:
    """HTML, links, emphasis, code, tables, headings and math in a document leave the structure unchanged."""
    out = md.render_report(report_with(hostile))
    assert shape(out) == shape(md.render_report(report_with(PLAIN)))
    for tok in walk(parser().parse(out)):
        if tok.type == "html_inline":
            assert ALLOWED_INLINE_HTML.match(tok.content), tok.content
        if tok.type == "html_block":
            assert ALLOWED_BLOCK_HTML.match(tok.content), tok.content
        assert tok.type not in ("link_open", "image", "code_inline", "code_block", "fence", "s_open")


def test_block_syntax_on_any_line_of_a_paragraph_stays_text() -> None:
    """Lines of a document starting with #, -, 1., >, --- or === render as plain paragraphs, not blocks."""
    text = "# heading\n\n- list\n1. ordered\n> quote\n---\n===\n    code\n<div>\n| a | b |\n|---|---|"
    change = ParagraphChange("added", (), (0,), None, None, text)
    out = md.render_report(Report("d", VersionRef("a", None, "0"), VersionRef("b", None, "1"), (change,)))
    body = out.split("<summary>", 1)[1]
    kinds = {t.type for t in walk(parser().parse(body))}
    assert not kinds & {"bullet_list_open", "ordered_list_open", "blockquote_open", "hr", "code_block",
                        "table_open", "fence", "link_open"}
    heads = [t for t in parser().parse(body) if t.type == "heading_open"]
    assert heads == []
    _assert_balanced(out)


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_reads_as_written(hostile: str) -> None:
    """The escaped text renders back to the document's own characters (spaces collapsed)."""
    seen = visible_text(md.render_report(report_with(hostile))).replace("\u200b", "")
    assert " ".join(hostile.split()) in seen


def test_mentions_and_issue_refs_ping_nobody() -> None:
    """`@someone`, `#123` and `GH-45` are broken up so GitHub links and notifies no one."""
    out = md.render_report(report_with("@someone #123 GH-45 @org/team"))
    text = visible_text(out)
    assert not re.search(r"@\w", text)
    assert not re.search(r"#\d", text)
    assert not re.search(r"GH-\d", text)
    assert "@\u200bsomeone" in text


def test_pipes_in_a_table_stay_in_their_cell() -> None:
    """A document path full of pipes still gives a summary table of seven cells per row."""
    report = report_with(PLAIN)
    change = FileChange("modified", "a|b|c.txt", "a|b|c.txt")
    c = Commit("main", "a" * 40, None)
    rv = Review(c, Commit("HEAD", "b" * 40, None), None, (DocumentReview(change, report),))
    tokens = parser().parse(render_markdown(rv))
    rows = [t for t in tokens if t.type == "tr_open"]
    assert len(rows) == 2
    cells = [t for t in tokens if t.type in ("th_open", "td_open")]
    assert len(cells) == 14
    assert "a|b|c.txt" in visible_text(render_markdown(rv))


def test_a_mark_never_crosses_a_paragraph_break() -> None:
    """A deletion or insertion that spans a paragraph break is closed before it and reopened after it."""
    words = (WordOp("equal", "Start "), WordOp("delete", "old one.\n\nold two "), WordOp("insert", "new\n\nnew two"),
             WordOp("equal", " end."))
    change = ParagraphChange("merged", (0, 1), (0,), None, "Start old one.\n\nold two  end.",
                             "Start new\n\nnew two end.", words)
    rep = Report("d", VersionRef("a", None, "0"), VersionRef("b", None, "1"), (change,))
    _assert_balanced(md.render_report(rep))


def _assert_balanced(text: str) -> None:
    for tok in parser().parse(text):
        if tok.type != "inline":
            continue
        stack: list[str] = []
        for child in tok.children or ():
            if child.type != "html_inline":
                continue
            m = re.match(r"^<(/?)(del|ins)>$", child.content)
            assert m, child.content
            if m.group(1):
                assert stack and stack.pop() == m.group(2), f"unbalanced in {tok.content!r}"
            else:
                assert not stack, f"nested mark in {tok.content!r}"
                stack.append(m.group(2))
        assert not stack, f"mark left open at the end of a paragraph: {tok.content!r}"


_WORD_TEXT = st.text(alphabet=st.sampled_from(list("ab *_<>|#@\n\n  -1.`~$&\\")), min_size=1, max_size=12)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["equal", "insert", "delete"]), _WORD_TEXT), min_size=1, max_size=12))
def test_marks_balanced_for_any_word_ops(ops: list[tuple[str, str]]) -> None:
    """Whatever the word ops hold (breaks, spaces, syntax), every paragraph's marks open and close inside it."""
    words = tuple(WordOp(op, text) for op, text in ops)  # type: ignore[arg-type]
    old = "".join(w.text for w in words if w.op != "insert")
    new = "".join(w.text for w in words if w.op != "delete")
    change = ParagraphChange("modified", (0,), (0,), None, old, new, words)
    rep = Report("d", VersionRef("a", None, "0"), VersionRef("b", None, "1"), (change,))
    out = md.render_report(rep)
    _assert_balanced(out)
    for tok in walk(parser().parse(out)):
        assert tok.type not in ("code_block", "fence", "link_open", "html_block") or (
            tok.type == "html_block" and ALLOWED_BLOCK_HTML.match(tok.content)), (tok.type, tok.content)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60).filter(lambda s: "\x00" not in s))
def test_escape_renders_any_text_verbatim(text: str) -> None:
    """Any Unicode text, escaped, parses as one plain paragraph that reads as the text itself (control and bidi
    characters shown as escapes, never obeyed by a terminal)."""
    from monitor.render.text import visible

    escaped = md.escape(text)
    tokens = parser().parse(escaped)
    expected = visible(" ".join(text.split()))
    if not expected:
        return
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"], (escaped, tokens)
    children = tokens[1].children or []
    assert all(c.type in ("text", "text_special") for c in children), [c.type for c in children]
    assert "".join(c.content for c in children).replace("\u200b", "") == expected.replace("\u200b", "")


def test_changelog_entry_uses_the_requested_heading_level() -> None:
    """render_entry's sub-headings sit at the level the changelog asks for, and it has no title of its own."""
    out = md.render_entry(report_with(PLAIN), heading_level=4)
    heads = [t.tag for t in parser().parse(out) if t.type == "heading_open"]
    assert heads and heads[0] == "h4"
    assert "h2" not in heads and "h1" not in heads


def test_before_and_after_highlight_only_the_changed_words() -> None:
    """The sentences quoted under an assessment mark 'not' as deleted and nothing else."""
    out = md.render_report(report_with(PLAIN))
    line = next(x for x in out.splitlines() if x.strip().startswith("- **Before:**") and "not" in x)
    assert re.findall(r"<del>(.*?)</del>", line) == ["not "]
    assert "<ins>" not in line


def test_unchanged_report_says_so() -> None:
    """A comparison with no changes renders a short, valid note rather than an empty diff block."""
    p = ParagraphChange("unchanged", (0,), (0,), None, "Same.", "Same.")
    out = md.render_report(Report("d", VersionRef("a", None, "0"), VersionRef("b", None, "0"), (p,)))
    assert "No paragraph changed" in out
    assert "<details>" not in out
