"""Logical paragraphs: wraps joined, page breaks repaired, captions and footers dropped, sections found."""

from __future__ import annotations

import pytest

from monitor.config import default_config
from monitor.segment import Document, segment
from tests.conftest import CASES, CORPORA, SEED, needs_shared

RULES = default_config().normalize


def doc(text: str) -> Document:
    return segment(text, RULES)


def test_seed_has_its_seventeen_logical_paragraphs() -> None:
    """The seed chapter's page-broken paragraphs are whole and its photo caption is gone."""
    d = doc(SEED.read_text(encoding="utf-8"))
    assert len(d.paragraphs) == 17
    assert not any("Photo:" in t for t in d.texts)
    assert any("resultant agreement disallows a unilateral change" in t for t in d.texts)
    assert any("before the Trump administration comes to power. However," in t for t in d.texts)


def test_seed_sections_come_from_diamond_headings() -> None:
    """Paragraphs under a "◆" heading carry that heading as their section."""
    d = doc(SEED.read_text(encoding="utf-8"))
    last = d.paragraphs[-2]
    assert last.section == "Recommendations"
    assert [p.text for p in d.paragraphs if p.heading][2] == "◆ Recommendations"


@needs_shared
@pytest.mark.parametrize("case", ["seed-reflow", "seed-typography", "seed-pagebreaks-repaired", "seed-identical"])
def test_cosmetic_revisions_give_identical_paragraphs(case: str) -> None:
    """Reflow, typography and page-break repair leave the logical paragraphs exactly as they were."""
    old = doc((CASES / case / "old.txt").read_text(encoding="utf-8"))
    new = doc((CASES / case / "new.txt").read_text(encoding="utf-8"))
    assert old.texts == new.texts


def test_hard_wrapped_paragraphs_are_joined() -> None:
    """A statement wrapped at 79 columns reads as one paragraph per blank-line block."""
    text = ("Information received since the Federal Open Market Committee met in October\n"
            "suggests that economic activity has been expanding at a moderate pace.\n\n"
            "Consistent with its statutory mandate, the Committee seeks to foster maximum\n"
            "employment and price stability.\n")
    assert doc(text).texts == (
        "Information received since the Federal Open Market Committee met in October suggests that "
        "economic activity has been expanding at a moderate pace.",
        "Consistent with its statutory mandate, the Committee seeks to foster maximum employment and "
        "price stability.",
    )


def test_line_end_hyphens_are_rejoined_or_kept_as_the_word_needs() -> None:
    """"agree-|ment" becomes "agreement" while "long-|term" keeps its hyphen."""
    text = "any resultant agree-\nment holds from a medium- to long-\nterm perspective.\n"
    assert doc(text).texts == ("any resultant agreement holds from a medium- to long-term perspective.",)


def test_page_footer_lines_and_page_numbers_are_dropped() -> None:
    """RFC-style "[Page 5]" footers and bare page numbers between halves of a paragraph vanish."""
    text = "The working group will not\n\n[Page 5]\n\n12\n\nadopt the proposal.\n"
    assert doc(text).texts == ("The working group will not adopt the proposal.",)


@pytest.mark.parametrize("furniture", [
    "\u2013 Reserve Bank of Australia \u00b7 Media Release 2016-27 \u00b7 page 2 \u2013",
    "Treating disease: draft for co-author comment / sheet 3",
    "Opportunities and obstacles for deep learning -- draft -- 9 / 12",
    "NIST SP 800-63A (Draft)          Page 3 of 18          Public preview, May 6, 2016",
    "NIST SP 800-63B                                DIGITAL IDENTITY GUIDELINES\n\n14",
    "~ Reserve Bank of Australia | Media & Communications | continues on reverse ~",
    # opening in lower case on a package's name, or fields set apart by '=' or '~~'
    "git2 ~~ RUSTSEC-2023-0002 ~~ shelf copy ~~ side 2",
    "time = RUSTSEC-2020-0071 = lending copy = card 2 of 3",
    "spool job 4471 \u2014 tray 2 \u2014 7 Session Management",
])
def test_a_header_met_once_inside_a_sentence_is_dropped(furniture: str) -> None:
    """A header or footer line that a page break put inside a sentence goes even when no other page repeats it
    and no pattern names it: the paragraph before stops mid-sentence, the next goes on in lower case, and the
    line between is short and made of fields set apart, with a number, or twice without one."""
    text = f"Housing credit has picked up a little, although turnover\n\n{furniture}\n\nof dwellings is lower.\n"
    assert doc(text).texts == ("Housing credit has picked up a little, although turnover of dwellings is lower.",)


@pytest.mark.parametrize(("before", "after"), [
    ("Agencies SHOULD implement identity services per these guidelines and", "SHOULD consider additional techniques."),
    ("Housing credit growth has been supported by the", "Reserve Bank's lower cash rate."),
])
def test_a_header_between_a_clause_left_open_and_a_capital_is_dropped(before: str, after: str) -> None:
    """A sentence cut on a word no sentence ends on ('and', 'the'), a header line, then a word in capitals (a
    keyword, an acronym) or, after an article, any capital: the header sat inside the sentence, which is whole
    again."""
    texts = doc(f"{before}\n\nSP 800-63-3 (June 2017 draft), p. 21\n\n{after}\n").texts
    assert texts == (f"{before} {after}",), texts


@pytest.mark.parametrize("line", [
    "E = m c 2",  # a formula
    "Pennsylvania Avenue",  # no number: a line of the text
    "1600 Pennsylvania Avenue",  # a number but no fields set apart
    "Version 2.1 | Build 7",  # fields set apart, but the paragraph after starts a sentence
    "x = y = 2",  # a formula, its marks twice
    "the Chief Economist - our second adviser - at home",  # prose set off by dashes, no number
])
def test_a_line_that_is_not_page_furniture_stays(line: str) -> None:
    """Only a line shaped as a page's furniture is taken out of a sentence; a formula, an address, a line of
    prose stay where they are, and a line before a new sentence is never inside one."""
    after = "Or by post." if line.startswith("Version") else "or by post."
    texts = doc(f"Write to the office at\n\n{line}\n\n{after}\n").texts
    assert any(line in t for t in texts), texts


def test_a_header_met_once_inside_a_wrapped_paragraph_is_dropped() -> None:
    """Inside a block of wrapped lines, no blank line around it, a header line goes when it is made of fields set
    apart twice by a header's marks and ends in its page number, or ends on 'page N of M'; a wrapped line of prose
    that starts with a capital and ends in a number stays."""
    text = ("Alerts must tell a sustained fault,\nGDS Way \u00b7 Manage alerts \u00b7 2 / 5\nand a brief one apart.\n")
    assert doc(text).texts == ("Alerts must tell a sustained fault, and a brief one apart.",)
    # (or it ends on the page it stands on, out of how many: 'page 1 of 2')
    text = "It is the tool we use most for availability\nThe GDS Way: Monitoring (page 1 of 2)\nmonitoring.\n"
    assert doc(text).texts == ("It is the tool we use most for availability monitoring.",)
    for prose in ("Q3 was 2.5 per cent in 2024", "The Board - meeting in 2024 - decided 4",
                  "Table 3 on page 12 of the annex"):
        text = f"The committee noted that growth in\n{prose}\nand that inflation eased.\n"
        assert prose in doc(text).texts[0], prose


def test_list_items_are_paragraphs_of_their_own() -> None:
    """Adjacent bullet lines are separate items, and a wrapped item keeps its continuation lines."""
    text = "Recommendations:\n\n- Japan should engage the countries\n  concerned.\n- Dialogue should continue.\n"
    assert doc(text).texts == (
        "Recommendations:",
        "- Japan should engage the countries concerned.",
        "- Dialogue should continue.",
    )


def test_markdown_and_underlined_headings_set_sections() -> None:
    """`###` and underlined (RST) headings become headings and name the section of what follows."""
    text = "### Travel Advisory Levels\n\nText one.\n\nAbstract\n========\n\nText two.\n"
    d = doc(text)
    assert [p.heading for p in d.paragraphs] == [True, False, True, False]
    assert d.paragraphs[1].section == "Travel Advisory Levels"
    assert d.paragraphs[3].section == "Abstract"


def test_a_numbered_heading_run_into_its_marks_is_a_heading() -> None:
    """'###2.1 Considerations, …' (no space after the marks, as drafts converted to markdown write numbered headings)
    is a heading of its own and names the section of the line under it, not the first words of that line; '#1 priority'
    and a hashtag stay text."""
    d = doc("###2.1 Considerations, Other Requirements, and Flexibilities\nWithin a given level of assurance, agencies "
            "may employ other measures.\n")
    assert [p.heading for p in d.paragraphs] == [True, False]
    assert d.paragraphs[1].section == "2.1 Considerations, Other Requirements, and Flexibilities"
    assert not any(p.heading for p in doc("#1 priority is speed.\n\n#monitoring matters.\n").paragraphs)


def test_soft_wrapped_lines_in_one_block_stay_separate_paragraphs() -> None:
    """Lines too long to be hard-wrapped are paragraphs even without a blank line between them."""
    first = "The first sentence is long enough that nobody would hard-wrap it at this width. " * 3
    second = "(December 6, 2024, Michihiro Tajima,"
    text = f"{first.strip()}\n{second}\nResearch Fellow)\n"
    assert doc(text).texts == (first.strip(), f"{second} Research Fellow)")


def test_a_citation_list_broken_across_long_lines_stays_in_its_sentence() -> None:
    """In a text of one long line per sentence, a line that ends on a semicolon inside a bracket it opened ('…
    classification [@tag:Liu;') is cut inside a list of citations: the next line goes on with the same sentence. A
    semicolon outside a bracket still ends the line's paragraph."""
    first = ("Researchers have also looked into how feature selection can improve the classification of reads taken "
             "from complex samples of microbial communities in soil, water and the gut [@tag:Liu;")
    second = ("@tag:Segata], and techniques have been proposed that are independent of the classifier used "
              "[@tag:Ditzler].")
    third = ("Each of these studies used a different benchmark, which makes a fair comparison of their results "
             "difficult for readers;")
    fourth = "other groups have since published shared benchmarks that make this easier."
    assert doc(f"{first}\n{second}\n{third}\n{fourth}\n").texts == (f"{first} {second}", third, fourth)


@needs_shared
def test_fomc_statement_paragraphs() -> None:
    """An FOMC statement splits into its paragraphs, with initials like "Janet L. Yellen" intact."""
    d = doc((CORPORA / "fomc" / "2015-12-16.txt").read_text(encoding="utf-8"))
    assert len(d.paragraphs) == 7
    assert d.texts[5].startswith("Voting for the FOMC monetary policy action were: Janet L. Yellen, Chair;")


def test_empty_and_blank_documents_have_no_paragraphs() -> None:
    """An empty file is a document with nothing in it, not an error."""
    assert doc("").paragraphs == ()
    assert doc(" \n\r\n\t\n").paragraphs == ()


def test_form_feed_page_break_is_repaired() -> None:
    """pdftotext's form feed between pages does not cut the paragraph it falls in."""
    text = "Ukraine will be cornered to make the tough\n\x0cchoice of increasing the burden.\n"
    assert doc(text).texts == ("Ukraine will be cornered to make the tough choice of increasing the burden.",)


def test_rest_link_targets_are_paragraphs_of_their_own() -> None:
    """reST explicit-markup lines (".. _name: url") are separate units, not one run-on paragraph."""
    text = ".. _aiosmtpd: https://pypi.org/project/aiosmtpd/\n.. _argon2-cffi: https://pypi.org/project/argon2-cffi/\n"
    assert doc(text).texts == (
        ".. _aiosmtpd: https://pypi.org/project/aiosmtpd/",
        ".. _argon2-cffi: https://pypi.org/project/argon2-cffi/",
    )


def test_header_fields_are_units_of_their_own() -> None:
    """A PEP's "Key: value" header block splits per field, so a status change quotes its own line."""
    text = ("PEP: 594\nTitle: Removing dead batteries\nAuthor: Christian Heimes <christian@python.org>,\n"
            "        Brett Cannon <brett@python.org>\nStatus: Final\n\nAbstract\n========\n\nText.\n")
    assert doc(text).texts[:4] == (
        "PEP: 594", "Title: Removing dead batteries",
        "Author: Christian Heimes <christian@python.org>, Brett Cannon <brett@python.org>", "Status: Final")


def test_prose_lines_starting_with_a_label_still_join() -> None:
    """A wrapped paragraph whose first line happens to start "Note: …" is not mistaken for a header block."""
    text = "Note: the Committee will\nmonitor inflation closely.\n"
    assert doc(text).texts == ("Note: the Committee will monitor inflation closely.",)


def test_a_line_kind_starts_with_one_of_the_listed_characters() -> None:
    """LineFacts matches _LINE_KIND only on lines whose first character after the white space is in _KIND_STARTS
    (or a decimal digit): no other character, probed with the starts of every alternative after it, lets it match."""
    from monitor.segment import _KIND_STARTS, _LINE_KIND

    tails = ("", " x", "  x", "== ", "=== ", "-- x", "--- ", "# x", ". x", ") x", "1. x", "i) x", ".. x", "a. x",
             "x", "\u25c6 x", "- - -", "***", "___", "~~~", "^^^")
    for code in range(0x3000):
        ch = chr(code)
        if ch in _KIND_STARTS or ch.isdecimal() or ch.isspace():
            continue
        for tail in tails:
            for lead in ("", "  "):
                assert _LINE_KIND.match(lead + ch + tail) is None, repr(lead + ch + tail)
    for ch in _KIND_STARTS:  # each listed character starts some kind of line
        assert any(_LINE_KIND.match(ch + tail) for tail in tails), repr(ch)


@pytest.mark.parametrize("blank", ["\n\n", "\n"])
def test_a_header_opening_on_its_page_number_is_dropped_after_a_link(blank: str) -> None:
    """'[32]  NIST SP 800-63B (final, June 2017)' opens on its page's number set apart, and ends on a bracket, as the
    sentence it cut does ('… an FMR [ISO](#iso)'): a bracket that closes a link or an aside with no full stop inside
    does not end the sentence. Between blank lines or inside a wrapped block, it goes."""
    text = (f"The system SHALL operate with an FMR [[ISO/IEC 2382-37]](#ISOIEC2382-37){blank}"
            f"[32]  NIST SP 800-63B (final, June 2017){blank}of 1 in 1000 or better.\n")
    assert doc(text).texts == ("The system SHALL operate with an FMR [[ISO/IEC 2382-37]](#ISOIEC2382-37) of 1 in 1000 "
                               "or better.",)
    # (a sentence that ends inside its bracket is ended: what follows is a paragraph of its own)
    text = "The system SHALL use it (see below.)\n\n[32]  NIST SP 800-63B\n\nof 1 in 1000 or better.\n"
    assert len(doc(text).texts) > 1


def test_a_footer_before_inline_code_that_goes_on_with_the_sentence_is_dropped() -> None:
    """'… modified to always return' + footer + '`None` on the affected operating systems.': the second half opens on
    inline code, which goes on with the sentence the page cut."""
    text = ("Pending a fix, the method has been modified to always return\n\n"
            "-- RUSTSEC-2020-0071 (time) - printed copy - p. 2 --\n\n`None` on the affected operating systems.\n")
    assert doc(text).texts == ("Pending a fix, the method has been modified to always return `None` on the affected "
                               "operating systems.",)


def test_a_footer_that_opens_on_a_file_path_is_dropped() -> None:
    """'deep-review/categorize.md -- sheet 31' opens in lower case, on the path of the file it was printed from:
    page furniture between two halves of a sentence, not the sentence going on; a line of prose in lower case
    between them stays."""
    text = ("Even the most basic task of matching\n\ndeep-review/categorize.md -- sheet 31\n\n"
            "patients across systems can be challenging.\n")
    assert doc(text).texts == ("Even the most basic task of matching patients across systems can be challenging.",)
    text = "Even the most basic task of matching\n\nrecords by hand -- in 31 cases\n\npatients is hard.\n"
    assert "records by hand" in " ".join(doc(text).texts)


@pytest.mark.parametrize("number", ["[5]", "5", "- 5 -", "Page 5"])
def test_a_header_with_its_page_number_on_a_line_below_is_dropped(number: str) -> None:
    """'Reserve Bank of Australia – Board minutes, 7 October 2008' with '[5]' on the next line, between two halves of
    a sentence: one page's furniture on two lines, not a paragraph. Two lines of prose there stay."""
    text = ("the exchange rate had generally appreciated when commodity prices were rising\n\n"
            f"Reserve Bank of Australia \u2013 Board minutes, 7 October 2008\n{number}\n\n"
            "and depreciated when they fell.\n")
    assert doc(text).texts == ("the exchange rate had generally appreciated when commodity prices were rising and "
                               "depreciated when they fell.",)
    text = ("the exchange rate had generally appreciated when commodity prices were rising\n\n"
            "Prices in the year to 7 October 2008 rose by\n5\n\nand depreciated when they fell.\n")
    assert "Prices in the year" in " ".join(doc(text).texts)


def test_a_header_that_ends_on_its_page_in_brackets_is_dropped() -> None:
    """'RESERVE BANK OF AUSTRALIA — Board minutes, March 2008 (page 5)' between two halves of a sentence: fields set
    apart and the page it stands on, in brackets (a bracket that would end prose ends nothing here)."""
    text = ("Members were mindful of the risk that further increases in inflationary expectations\n\n"
            "RESERVE BANK OF AUSTRALIA \u2014 Board minutes, March 2008 (page 5)\n\n"
            "could influence future wage and price outcomes.\n")
    assert doc(text).texts == ("Members were mindful of the risk that further increases in inflationary expectations "
                               "could influence future wage and price outcomes.",)


def test_a_page_number_in_roman_numerals_on_a_line_of_its_own_is_dropped() -> None:
    """'p. iii' under a running header between the halves of a sentence goes, and the header with it."""
    text = ("Prices had increased over the past six months, with the largest increases in Sydney,\n\n"
            "Record of the Reserve Bank Board meeting, December 2013\n\np. iii\n\n"
            "but prices in other cities had also picked up.\n")
    assert doc(text).texts == ("Prices had increased over the past six months, with the largest increases in Sydney, "
                               "but prices in other cities had also picked up.",)


def test_a_header_before_a_link_that_goes_on_in_lower_case_is_dropped() -> None:
    """'… you may alternatively' / header / '[delegate](https://…) the zone …': the link's text goes on in lower case,
    so the sentence goes on across the header, which goes."""
    text = ("If your service has more complex needs you may alternatively\n\nGDS Way (DNS records) card 2\n\n"
            "[delegate](https://docs.aws.amazon.com/route53.html)\nthe zone for a subdomain.\n")
    assert doc(text).texts == ("If your service has more complex needs you may alternatively "
                               "[delegate](https://docs.aws.amazon.com/route53.html) the zone for a subdomain.",)


@pytest.mark.parametrize("text", [
    # a header at the top of the page a form feed opens, whatever words it uses, glued to the line that goes on
    ("DHS does not provide any warranties of any kind\n\f[sheet 1 of 9] ICSA-23-108-02 Easy UPS Online Monitoring "
     "Software / TLP:CLEAR / CISA\nregarding any information contained within.\n"),
    # a footer at the bottom of the page before the form feed, glued to the line that stops
    ("It is recommended to use encryption in the app\nICSA-24-270-04 goTenna Pro X (Update A) / TLP:CLEAR / "
     "leaf 4 of 14\n\fand update to the current release.\n"),
    # a header in lower case, as the sentence's next words would be, but with two marks setting its fields apart
    ("DHS does not provide any warranties of any kind\n\ffolio 3/11 :: ICSA-24-270-04 goTenna Pro X :: TLP:CLEAR\n"
     "regarding any information contained within.\n"),
])
def test_a_line_at_a_form_feed_inside_a_sentence_is_dropped(text: str) -> None:
    """A form feed says where the page breaks: a line met once at that edge, between the halves of the sentence the
    break cut, is the page's header or footer, known by its place; its shape need only be no line of prose's."""
    [para] = doc(text).texts
    assert "TLP" not in para and para.endswith(("contained within.", "current release.")), para


def test_a_line_of_prose_at_a_form_feed_stays() -> None:
    """The last line of a page that starts its own paragraph, or ends on a version rather than a page's whole
    number, is prose: the sentence the break cut goes on from it."""
    text = ("CWE: CWE-125 Out-of-bounds Read\n\nVulnerability Summary: A flaw exists in VxWorks version 6.9\n"
            "\f[sheet 5 of 11] ICSA-23-143-02 RTU500 Series / TLP:CLEAR / CISA\n"
            "affecting the RTU500 series product versions listed.\n")
    assert doc(text).texts == ("CWE: CWE-125 Out-of-bounds Read",
                               "Vulnerability Summary: A flaw exists in VxWorks version 6.9 affecting the RTU500 "
                               "series product versions listed.")
