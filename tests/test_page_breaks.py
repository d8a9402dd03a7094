"""Page breaks mid-sentence: running headers, footers and page numbers found by repetition are dropped and the
sentence they cut is whole again, while headings and sentences that legitimately repeat are kept."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import pytest

from monitor.config import default_config
from monitor.segment import Document, segment
from tests.conftest import run_monitor

RULES = default_config().normalize
HEADER = "Chapter 2 \u2014 Russia"

# Six paragraphs of a chapter; "|" marks where a page may break mid-sentence (and where it does not, a space).
PARAGRAPHS = (
    "Russian president Vladimir Putin began his fifth term in office following the presidential election "
    "in March 2024, and the new government made personnel changes to|strengthen the wartime economic system.",
    "Moscow and other urban cities are booming with military demand, and there has been no change in "
    "public support for the president or for a|continuation of the war.",
    "The Committee judges that the risks to the outlook are|roughly balanced over the medium term, and it "
    "will probably|continue to monitor the implications of incoming information.",
    "Economic sanctions imposed by the West have diminished the capacity of the Russian military, and the "
    "regime has been unable to|undertake additional mobilization.",
    "In Ukraine, President Zelenskyy signed an amendment in April to extend the mobilizable age of troops "
    "in order to|compensate for a shortage of troops.",
    "However, Ukraine's ability to maintain the fighting depends on military support from Western "
    "countries and, if that support is|reduced, it will be difficult to hold the front lines.",
)


def chapter(paragraphs: tuple[str, ...], breaks: set[int], first_page: int, header: str = HEADER,
            footer: bool = True) -> str:
    """The paragraphs wrapped as a PDF export hands them over, with a page number and a running header at the
    break points numbered in `breaks` (counting the "|" marks in order) and a plain space at the others."""
    page = first_page
    seen = 0

    def cut(_: re.Match[str]) -> str:
        nonlocal page, seen
        seen += 1
        if seen not in breaks:
            return " "
        page += 1
        return f"\n\n{page - 1}\n\n{header}\n\n" if footer else f"\n\n{header} {page - 1}\n\n"

    return "\n\n".join(re.sub(r"\|", cut, p) for p in paragraphs) + "\n"


def diff(tmp_path: Path, old: str, new: str) -> dict[str, Any]:
    a, b = tmp_path / "old.txt", tmp_path / "new.txt"
    a.write_text(old, encoding="utf-8")
    b.write_text(new, encoding="utf-8")
    proc = run_monitor("diff", a, b, "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr
    report: dict[str, Any] = json.loads(proc.stdout)
    return report


def changed_texts(report: dict[str, Any]) -> list[str]:
    return [p[side] or "" for p in report["paragraphs"] if p["op"] != "unchanged" for side in ("old_text", "new_text")]


def doc(text: str) -> Document:
    return segment(text, RULES)


def test_moved_page_breaks_report_nothing(tmp_path: Path) -> None:
    """The same chapter paginated differently (other page numbers, breaks inside other sentences) has no
    changed judgment and no changed paragraph."""
    old = chapter(PARAGRAPHS, {1, 3, 5, 7}, first_page=17)
    new = chapter(PARAGRAPHS, {2, 4, 6}, first_page=40)
    report = diff(tmp_path, old, new)
    assert report["assessments"] == []
    assert changed_texts(report) == []
    sentence = "The Committee judges that the risks to the outlook are roughly balanced over the medium term"
    assert any(p["old_text"].startswith(sentence) for p in report["paragraphs"])


def test_moved_running_header_with_page_number_reports_nothing(tmp_path: Path) -> None:
    """A header carrying its page number ("Chapter 2 — Russia 17") that moves with the pagination is no change."""
    old = chapter(PARAGRAPHS, {1, 3, 5, 7}, first_page=17, footer=False)
    new = chapter(PARAGRAPHS, {2, 3, 6}, first_page=3, footer=False)
    report = diff(tmp_path, old, new)
    assert report["assessments"] == []
    assert changed_texts(report) == []


def test_judgment_change_across_a_page_break_is_reported_once_with_the_whole_sentence(tmp_path: Path) -> None:
    """A likelihood change in a sentence a page break cuts is one assessment quoting the rejoined sentence."""
    old = chapter(PARAGRAPHS, {1, 3, 4, 7}, first_page=17)
    edited = tuple(p.replace("will probably|continue", "is unlikely to|continue") for p in PARAGRAPHS)
    new = chapter(edited, {2, 4, 6}, first_page=17)
    report = diff(tmp_path, old, new)
    assert len(report["assessments"]) == 1, report["assessments"]
    found = report["assessments"][0]
    assert found["kind"] == "likelihood"
    assert found["before"] == ("The Committee judges that the risks to the outlook are roughly balanced over the "
                               "medium term, and it will probably continue to monitor the implications of incoming "
                               "information.")
    assert found["after"] == found["before"].replace("will probably", "is unlikely to")
    assert not any(HEADER.replace("\u2014", "-") in t or re.search(r"\b(?:17|18|19)\b", t)
                   for t in changed_texts(report))


def test_running_header_and_page_number_inside_a_sentence_are_dropped() -> None:
    """"… are\\n\\n17\\n\\nChapter 2 — Russia\\n\\nroughly …" reads as one sentence, and the header is nowhere."""
    d = doc(chapter(PARAGRAPHS, {1, 3, 5, 7}, first_page=17))
    assert len(d.paragraphs) == len(PARAGRAPHS)
    assert d.texts[2].startswith("The Committee judges that the risks to the outlook are roughly balanced")
    assert not any("Chapter 2" in t for t in d.texts)


def test_running_footer_without_page_numbers_is_found_where_it_cuts_a_sentence() -> None:
    """A repeated classification mark with no page number is dropped where it cuts sentences, and they rejoin."""
    d = doc(chapter(PARAGRAPHS, {1, 2, 3, 6}, first_page=1, header="CONFIDENTIAL").replace("\n\n1\n\n", "\n\n")
            .replace("\n\n2\n\n", "\n\n").replace("\n\n3\n\n", "\n\n").replace("\n\n4\n\n", "\n\n"))
    assert not any("CONFIDENTIAL" in t for t in d.texts)
    assert len(d.paragraphs) == len(PARAGRAPHS)


def test_header_before_a_number_continuing_the_sentence_rejoins() -> None:
    """After a dropped page number and header, a half that starts with a figure still continues the sentence."""
    text = ("Inflation is expected to rise to\n\n17\n\nChapter 2 \u2014 Russia\n\n2 percent next year.\n\n"
            "Growth is moderate and\n\n18\n\nChapter 2 \u2014 Russia\n\nsteady.\n\n"
            "Unemployment is low and\n\n19\n\nChapter 2 \u2014 Russia\n\nstable.\n")
    assert doc(text).texts == ("Inflation is expected to rise to 2 percent next year.",
                               "Growth is moderate and steady.", "Unemployment is low and stable.")


def test_form_feed_pages_drop_their_running_header() -> None:
    """With pdftotext's form feeds, a line repeated at the top of the pages is a header, dropped at page tops."""
    pages = ["Strategic Survey 2025\n\nThe regime has been unable to undertake\n",
             "Strategic Survey 2025\n\nadditional mobilization in the\n",
             "Strategic Survey 2025\n\nwestern regions.\n\nStrategic Survey 2025 is published yearly.\n"]
    assert doc("\f".join(pages)).texts == (
        "The regime has been unable to undertake additional mobilization in the western regions.",
        "Strategic Survey 2025 is published yearly.",
    )


def test_repeated_headings_and_sentences_are_kept() -> None:
    """Markdown headings repeated per section, plain-text section labels, advisory remediation lines and a
    repeated sentence are content, not running headers: all of them stay."""
    sections = "".join(
        f"## Impact\n\nVersion {v} of the product is affected and\n\nthe vendor has been notified.\n\n"
        f"Remediation (vendor_fix): Contact Siemens Customer Support\n\nMitigations\n\n"
        f"Contact the vendor for details.\n\n"
        for v in (1, 2, 3, 4)
    )
    d = doc(sections)
    assert sum(t == "## Impact" for t in d.texts) == 4
    assert sum(t == "Remediation (vendor_fix): Contact Siemens Customer Support" for t in d.texts) == 4
    assert sum(t == "Mitigations" for t in d.texts) == 4
    assert sum(t == "Contact the vendor for details." for t in d.texts) == 4


def test_repeated_prose_fragment_next_to_page_numbers_is_kept() -> None:
    """A half-sentence that happens to repeat before page numbers is prose, not a header: it is kept whole."""
    text = "".join(f"Point {k} is made.\n\nThe risks to the outlook are\n\n{k + 3}\n\nroughly balanced.\n\n"
                   for k in range(4))
    d = doc(text)
    assert d.texts.count("The risks to the outlook are roughly balanced.") == 4


def test_repeated_advisory_level_line_is_kept(tmp_path: Path) -> None:
    """A level line repeated in a travel advisory is content: its change is still reported."""
    body = "".join(f"Region {r}\n\nLevel 3: Reconsider Travel\n\nCrime is common in the region.\n\n"
                   for r in ("North", "South", "East"))
    report = diff(tmp_path, body, body.replace("Level 3: Reconsider Travel", "Level 4: Do Not Travel"))
    assert any("Level 4: Do Not Travel" in (p["new_text"] or "") for p in report["paragraphs"]
               if p["op"] != "unchanged")


def test_config_drop_lines_still_drop_page_numbers_and_page_n_of_m() -> None:
    """The config patterns still drop bare page numbers and "Page N of M" lines seen only once."""
    text = "The working group will not\n\nPage 3 of 9\n\n12\n\nadopt the proposal.\n"
    assert doc(text).texts == ("The working group will not adopt the proposal.",)


def test_a_running_title_with_its_page_number_or_a_release_stamp_seen_once_is_dropped() -> None:
    """One page break's running title with its page number, and a release stamp of '|'-separated fields with a
    date, are page furniture even where they appear once; prose that mentions a page, and a table row, are not."""
    text = ("The working group will not\n\nAnnual Review of the Working Group    page 9\n\nadopt the proposal.\n\n"
            "Alerts should reach the\nEngineering Guide \u00b7 Alerting \u00b7 page 2 of 3\nteam on call.\n\n"
            "Media Release 2024-02 | 6 February 2024\nAt its meeting today, the board held rates.\n\n"
            "The details are set out\nin the annex on page 9\nof the report.\n\n"
            "| 2024-02-06 | Version 2 |\n")
    assert doc(text).texts == ("The working group will not adopt the proposal.",
                               "Alerts should reach the team on call.",
                               "At its meeting today, the board held rates.",
                               "The details are set out in the annex on page 9 of the report.",
                               "| 2024-02-06 | Version 2 |")


def test_a_running_title_set_apart_by_a_double_dash_or_with_p_dot_is_dropped() -> None:
    """'RUSTSEC-2018-0004 (claxon) -- page 2 of 2' and 'Deep Review -- Conclusions    p. 47' are running titles
    with their page numbers, seen once where a page break cut a sentence; prose citing 'p. 47' is kept."""
    text = ("Affected versions made an invalid assumption about the decode buffer\n\f\n"
            "RUSTSEC-2018-0004 (claxon) -- page 2 of 2\n\nsize being a multiple of a value.\n\n"
            "Deep learning now matches the state of the art\n\n"
            "Deep Review -- Conclusions                              p. 47\n\nin a diverse array of tasks.\n\n"
            "The argument is made in Smith (2010), p. 47.\n")
    assert doc(text).texts == (
        "Affected versions made an invalid assumption about the decode buffer size being a multiple of a value.",
        "Deep learning now matches the state of the art in a diverse array of tasks.",
        "The argument is made in Smith (2010), p. 47.")


def test_a_running_title_of_pipe_fields_or_led_by_its_page_number_is_dropped_where_it_cuts_a_sentence() -> None:
    """'Field Guide | Alerting | Page 2 of 3' (fields set apart by '|', the last its page) and '14    Field Guide,
    draft, 2017-05-27' (the page number first, the title ending in its date) are page furniture seen once; the
    sentence they cut is joined again. A numbered heading without a date is kept."""
    text = ("Alerts should reach the team\n\nField Guide | Alerting | Page 2 of 3\n\non call.\n\n"
            "The verifier controls an\n\n14        Field Guide, public draft, 2017-05-27\n\nauthenticator.\n\n"
            "2   Background\n")
    assert doc(text).texts == ("Alerts should reach the team on call.",
                               "The verifier controls an authenticator.",
                               "2 Background")


def test_a_browser_footer_with_a_page_count_is_dropped_where_it_cuts_a_sentence() -> None:
    """'gds-way.cloudapps.digital · DNS hosting · 2/3' and 'https://example.org/guide.html    1/4' are the footers a
    browser prints on each page (address or title, then page N of M), seen once where a page cut a sentence; a
    sentence ending in a fraction, and a line of prose that states one, are kept."""
    text = ("If your service has more complex needs you may alternatively\n\n"
            "gds-way.cloudapps.digital \u00b7 DNS hosting \u00b7 2/3\n\n"
            "delegate the zone for a subdomain to an AWS account.\n\n"
            "The verifier controls an\nhttps://example.org/guide.html    1/4\nauthenticator.\n\n"
            "The motion passed with a majority of 2/3\n\nThe vote passed. It needed a majority \u00b7 2/3\n")
    assert doc(text).texts == (
        "If your service has more complex needs you may alternatively delegate the zone for a subdomain to an AWS "
        "account.",
        "The verifier controls an authenticator.",
        "The motion passed with a majority of 2/3",
        "The vote passed. It needed a majority \u00b7 2/3")


def test_finding_running_lines_is_linear_on_many_repeated_lines() -> None:
    """Forty thousand lines that all repeat (a hostile input) segment in well under the CLI's patience."""
    text = "\n\n".join(f"Chapter 2 \u2014 Russia {k}\n\ntext goes on and" for k in range(20_000))
    start = time.perf_counter()
    d = doc(text)
    assert time.perf_counter() - start < 5
    assert not any("Chapter 2" in t for t in d.texts)


@pytest.mark.parametrize("footer", [
    "Field guide - Storage - sheet 2 of 3",
    "Field guide | printed copy | leaf 4 of 9",
    "Working draft -- Storage chapter -- folio 12",
    "Team handbook :: Storage :: 3/7",
    "Board papers - May - sheet 5/9",
    "leaf 1 of 3 ~ ICSA-23-208-03 Mitsubishi Electric CNC Series ~ TLP:CLEAR",
    "Field guide ~ Storage ~ sheet 2 of 3",
    # fields set apart by a diamond or a square, as no line of prose is
    "panel 2 of 6 \u25c6 ICSA-24-074-14 Mitsubishi Electric MELSEC-Q/L Series \u25c6 TLP:CLEAR",
    "Field guide \u25a0 Storage \u25a0 sheet 2 of 3",
])
def test_a_page_called_a_sheet_leaf_or_folio_and_a_count_after_double_colons_cut_no_sentence(footer: str) -> None:
    """A running title whose page number is set apart is dropped where it cuts a sentence, whatever the page is
    called ('sheet', 'leaf', 'folio' as well as 'page'), its count written 'N of M' or 'N/M', and set apart by '::'
    as well as '|', '·', '-', '--', '~', a diamond, a square or wide space."""
    for gap in ("\n", "\n\n"):
        text = f"Keep the archive copies in a second region and{gap}{footer}{gap}check them every quarter.\n"
        assert doc(text).texts == ("Keep the archive copies in a second region and check them every quarter.",)


@pytest.mark.parametrize("opening", ["\u201c", '"', "'", "\u2018"])
def test_a_sentence_cut_before_a_quoted_word_is_whole_again(opening: str) -> None:
    """The half after the page break may open on a quotation mark before its word in lower case ('“non-interrupting”
    issues as “tickets”'): the sentence goes on all the same, and the page line between the halves goes."""
    closing = {"\u201c": "\u201d", "\u2018": "\u2019"}.get(opening, opening)
    text = (f"The handbook calls interrupting issues pages, and\n\nManage alerting \u00b7 GDS Way \u00b7 facet 2\n\n"
            f"{opening}non-interrupting{closing} issues tickets. Put them in a queue.\n")
    plain = '"' if opening in '"\u201c' else "'"  # (curly quotes are read as straight ones)
    assert doc(text).texts == (f"The handbook calls interrupting issues pages, and {plain}non-interrupting{plain} "
                               "issues tickets. Put them in a queue.",)


@pytest.mark.parametrize("number", ["5 (of 12)", "5", "5/12", "page 5"])
def test_a_header_and_its_page_number_on_lines_of_their_own_cut_no_sentence(number: str) -> None:
    """A page's header and, a paragraph of its own below it, the page's number ('RBA | Monetary Policy Meeting | 6
    Oct 2009', then '5 (of 12)') between the halves of a sentence: both go, and the sentence is whole again."""
    text = ("This would be positive for the economy as a whole,\n\nRBA | Monetary Policy Meeting | 6 Oct 2009\n\n"
            f"{number}\n\nbut would present challenges for some sectors.\n")
    assert doc(text).texts == ("This would be positive for the economy as a whole, but would present challenges for "
                               "some sectors.",)


def test_the_rows_of_a_table_set_apart_by_bars_are_not_page_furniture() -> None:
    """Rows of a table written with bars ('foo | int | the count') run on from one another as a cut sentence's lines
    would; none of them is a page's footer."""
    text = "Settings:\n\nname | type | notes\nfoo | int | the count\nbar | str | a label\n\nDone.\n"
    assert doc(text).texts[1] == "name | type | notes foo | int | the count bar | str | a label"


def test_a_header_met_once_at_a_page_top_glued_to_the_rest_of_the_sentence_is_dropped() -> None:
    """A page's header seen once (no other page repeats it), long and set in fields ('CISA | ICSA-22-356-03 … |
    TLP:CLEAR | Page 4 of 6'), at the top of a page whose first line goes on with the sentence the last page cut:
    the header goes and the sentence is whole again."""
    header = ("CISA | ICSA-22-356-03 Mitsubishi Electric MELSEC iQ-R, iQ-L Series and MELIPC Series (Update C) | "
              "TLP:CLEAR | Page 4 of 6")
    text = (f"Remediation: Use a firewall, virtual private network (VPN),\n\f{header}\n"
            "or other means to prevent unauthorized access.\n\nRestrict physical access.\n")
    assert doc(text).texts == (
        "Remediation: Use a firewall, virtual private network (VPN), or other means to prevent unauthorized access.",
        "Restrict physical access.",
    )


def test_a_line_of_fields_at_a_page_top_after_a_finished_sentence_is_kept() -> None:
    """The same shape after a sentence that ended cuts no sentence: it is kept as text."""
    text = "The advisory is final.\n\fAnnex | Section 2 | Table 3\nand more text follows here.\n"
    assert any("Annex | Section 2 | Table 3" in t for t in doc(text).texts)


@pytest.mark.parametrize("header", ["ZCZC TLX 0417 NBS GAITHERSBURG", "RBA minutes archive, 6 May 2014, sixth page"])
def test_a_short_numbered_line_between_the_halves_of_a_sentence_is_the_pages(header: str) -> None:
    """A line of a few words with a number (a telex code, an archive's date), set between a sentence cut mid-clause
    and its second half in lower case, is the page's furniture by its place, whatever its words: it goes and the
    sentence is whole again. The same line between two whole sentences is kept."""
    text = (f"A relying party relies on the results of an authentication protocol\n\n{header}\n\n"
            "for the purpose of conducting an online transaction.\n")
    assert doc(text).texts == (
        "A relying party relies on the results of an authentication protocol for the purpose of conducting an online "
        "transaction.",)
    kept = f"The protocol is final.\n\n{header}\n\nIt runs online.\n"
    assert len(doc(kept).texts) == 3


@pytest.mark.parametrize("header", ["spooler output 03/03/15 continues", "photocopy of fax 2 Oct 18 (cont.)",
                                    "bound volume, April 2014 issue, continues over"])
def test_a_page_line_in_lower_case_between_the_halves_of_a_sentence_is_the_pages(header: str) -> None:
    """A short line with a number that opens in lower case reads, alone, as the sentence going on; what follows it
    (the sentence's second half, in lower case after another gap) says it is the page's. Where the halves are
    paragraphs of prose (a long line, or several), it goes and the sentence is whole again, in one line or wrapped."""
    one_line = ("Commodity prices have declined over the past year, in some cases sharply. The price of oil in "
                f"particular\n\n{header}\n\nhas fallen significantly. These trends appear to reflect lower growth in "
                "demand.\n")
    assert doc(one_line).texts == (
        "Commodity prices have declined over the past year, in some cases sharply. The price of oil in particular has "
        "fallen significantly. These trends appear to reflect lower growth in demand.",)
    wrapped = ("Japan has recorded a significant pick-up in growth. China's growth\n"
               "remains generally in line with policymakers' objectives,\n\n"
               f"{header}\n\n"
               "though it may have slowed a little in early 2014. Commodity\n"
               "prices have declined from their peaks.\n")
    assert doc(wrapped).texts == (
        "Japan has recorded a significant pick-up in growth. China's growth remains generally in line with "
        "policymakers' objectives, though it may have slowed a little in early 2014. Commodity prices have declined "
        "from their peaks.",)


def test_a_short_line_of_double_spaced_prose_is_kept() -> None:
    """Prose set a line apart each (a double-spaced extraction) has lines alike in length: a short one with a number
    between two others is the sentence going on, and every word is kept. So is a line after a word that waits for
    what it names."""
    spaced = ("At its meeting today the Board decided to lower the cash rate, as most observers in the markets had\n\n"
              "expected, by 25 points to 2.5 per cent\n\nin the light of the weaker outlook for growth and for\n\n"
              "inflation over the year ahead.\n")
    assert doc(spaced).texts == (
        "At its meeting today the Board decided to lower the cash rate, as most observers in the markets had expected, "
        "by 25 points to 2.5 per cent in the light of the weaker outlook for growth and for inflation over the year "
        "ahead.",)
    address = ("Comments on the draft standard and on its annexes should be sent in writing to the office at\n\n"
               "room 4 of building 225\n\nand will be published on the website with the names of those who sent "
               "them.\n")
    assert "room 4 of building 225" in doc(address).texts[0]


@pytest.mark.parametrize("number", ["(iii)", "XIV", "7"])
def test_a_header_then_its_page_number_on_lines_apart_inside_a_sentence_both_go(number: str) -> None:
    """A header and, a gap below it, its page's number, in figures or Roman numerals ('Digest of Board business,
    March 2007' / '(iii)'), between a sentence cut mid-clause and its second half in lower case: both go, and the
    sentence is whole again. The header under a finished sentence is kept."""
    text = ("The data suggested that conditions around the world had continued to be strong,\n\n"
            f"Digest of Board business, March 2007\n\n{number}\n\n"
            "with further indications that growth was spreading more evenly.\n")
    assert doc(text).texts == ("The data suggested that conditions around the world had continued to be strong, with "
                               "further indications that growth was spreading more evenly.",)
    kept = f"Conditions were strong.\n\nDigest of Board business, March 2007\n\n{number}\n\nGrowth spread.\n"
    assert "Digest of Board business, March 2007" in doc(kept).texts


def test_a_page_line_that_ends_on_its_number_in_words_is_the_pages() -> None:
    """'roneo run, sheet eleven': a page's number may be written out; between the halves of a sentence it is the
    page's line as 'sheet 11' would be."""
    text = ("Information since the December meeting confirms that economic conditions in Europe\n"
            "were weakening late last year,\n\nroneo run, sheet eleven\n\nwith risks still skewed to the downside.\n"
            "Reflecting this, forecasters lowered their forecasts.\n")
    assert doc(text).texts == ("Information since the December meeting confirms that economic conditions in Europe "
                               "were weakening late last year, with risks still skewed to the downside. Reflecting "
                               "this, forecasters lowered their forecasts.",)


@pytest.mark.parametrize(("header", "rest"), [
    ("quire 1 of 7 \u2726 ICSA-24-074-14 Mitsubishi Electric MELSEC-Q/L Series \u2726 TLP:CLEAR", "does not provide"),
    ("sheet 2 \u2605 ICSA-24-074-14 \u2605 TLP:CLEAR", "(DHS) does not provide"),
    # a mark of General Punctuation that is a symbol, the asterism, and fields set apart by '//'
    ("signature 1 of 6 \u2042 ICSA-22-356-03 Mitsubishi Electric MELSEC iQ-R \u2042 TLP:CLEAR", "does not provide"),
    ("Advisories // CISA // binder 2", "does not provide"),
])
def test_a_header_set_in_stars_or_dingbats_inside_a_wrapped_paragraph_goes(header: str, rest: str) -> None:
    """Fields set apart twice by any dingbat or star ('✦', '★'), as by '◆', inside a hard-wrapped paragraph whose
    sentence goes on below it in lower case or with an aside in brackets: the page's header, dropped."""
    text = f"The Department of Homeland Security\n{header}\n{rest} any warranties of any kind.\n"
    assert doc(text).texts == (f"The Department of Homeland Security {rest} any warranties of any kind.",)


def test_a_header_between_the_halves_of_a_name_goes() -> None:
    """'… on how the Reliability' / header / 'Engineering team manages …': the sentence stops on an article and a
    capitalised word, a name begun, and goes on in capitals after the page's line — the line goes, the sentence is
    whole. A paragraph that ends on a name with its full stop starts no such join."""
    text = ("You can also read more on how the Reliability\n\nHow to manage alerts \u25e6 GDS Way \u25e6 lexicon 2\n\n"
            "Engineering team manages monitoring and alerts.\n")
    assert doc(text).texts == ("You can also read more on how the Reliability Engineering team manages monitoring and "
                               "alerts.",)
    kept = ("Read more from the Reliability.\n\nHow to manage alerts \u25e6 GDS Way \u25e6 lexicon 2\n\n"
            "Engineering teams manage alerts.\n")
    assert "Engineering teams manage alerts." in doc(kept).texts


@pytest.mark.parametrize(("before", "header", "after", "whole"), [
    ("This was largely due to slow growth in household consumption and\nincome,", "Media handout, second of two pages",
     "although the consumption data have been\nvolatile.",
     "This was largely due to slow growth in household consumption and income, although the consumption data have "
     "been volatile."),
    ("Aggregate wages, though not accelerating further,", "Monetary policy announcement \u2014 please see over",
     "have continued to grow at a faster pace.",
     "Aggregate wages, though not accelerating further, have continued to grow at a faster pace."),
    ('All information products are provided "as is"',
     "gathering 1 of 12 \u203b ICSMA-23-194-01 BD Alaris System \u203b TLP:CLEAR",
     "for informational purposes only.", 'All information products are provided "as is" for informational purposes '
     "only."),
])
def test_a_line_alone_between_the_halves_of_a_sentence_goes(before: str, header: str, after: str, whole: str) -> None:
    """A short line set off by blank lines, not ended as a sentence, between a sentence stopped mid-clause (on a
    comma, on a closing quote after a word) and its second half in lower case: a page's header or footer whatever its
    words, dropped, and the sentence is whole again. The same line under a finished sentence is kept."""
    assert doc(f"{before}\n\n{header}\n\n{after}\n").texts == (whole,)
    kept = f"Growth was solid.\n\n{header}\n\nConsumption rose.\n"
    assert len(doc(kept).texts) == 3, doc(kept).texts


def test_a_line_alone_after_a_sentence_stopped_on_an_article_goes() -> None:
    """'… fetches data from a' / header / '[Prometheus database](…).': a sentence stopped on an article goes on, even
    in capitals; the header between goes."""
    text = ("1. The Grafana server fetches data from a\n\nRun a Service Level Indicator (SLI) workshop \u203a GDS Way "
            "\u203a textbook 2\n\n[Prometheus database](https://prometheus.io).\n")
    assert not any("workshop" in t for t in doc(text).texts), doc(text).texts
