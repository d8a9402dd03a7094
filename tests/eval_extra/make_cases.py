# ruff: noqa: E501  (case data: long literal sentences read better unwrapped)
"""Write the synthetic cases of tests/eval_extra (real-revision cases are written by hand beside them).

Each synthetic case applies hand-chosen edits to a short document that is NOT the seed chapter: FOMC
statement paragraphs, travel advisory paragraphs, PEP 594 paragraphs, and two invented analytic notes.
The labels say what a reader needs flagged; they were written before looking at monitor's output.

    python tests/eval_extra/make_cases.py      # rewrites the syn-* folders
"""

from __future__ import annotations

import pathlib
import re
import sys
import textwrap

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # the repository root, for tests.casegen

from tests.casegen import CaseSet, a, crlf_spaces  # noqa: E402

FOMC = """\
The Federal Open Market Committee decided today to keep its target for the federal funds rate at 1 percent.

The Committee continues to believe that an accommodative stance of monetary policy, coupled with robust underlying growth in productivity, is providing important ongoing support to economic activity. The evidence accumulated over the intermeeting period indicates that output is continuing to expand at a solid rate and hiring appears to have picked up. Although incoming inflation data have moved somewhat higher, long-term inflation expectations appear to have remained well contained.

The Committee perceives the upside and downside risks to the attainment of sustainable growth for the next few quarters are roughly equal. Similarly, the risks to the goal of price stability have moved into balance. At this juncture, with inflation low and resource use slack, the Committee believes that policy accommodation can be removed at a pace that is likely to be measured.

In a related action, the Board of Governors approved a 25 basis point increase in the discount rate to 2-1/4 percent. Beginning in January, the Committee will add to its holdings of agency mortgage-backed securities at a pace of $35 billion per month.

Voting for the FOMC monetary policy action were: Alan Greenspan, Chairman; Timothy F. Geithner, Vice Chairman; Ben S. Bernanke; Susan S. Bies; Thomas M. Hoenig; Donald L. Kohn; Sandra Pianalto; and William Poole.
"""

FOMC2 = """\
Information received since the Federal Open Market Committee met in October suggests that economic activity has been expanding at a moderate pace. Household spending and business fixed investment have been increasing at solid rates in recent months, and the housing sector has improved further. Inflation has continued to run below the Committee's 2 percent longer-run objective.

The Committee expects that, with gradual adjustments in the stance of monetary policy, economic activity will continue to expand at a moderate pace and labor market indicators will continue to strengthen. Inflation is expected to rise to 2 percent over the medium term as the transitory effects of declines in energy and import prices dissipate.

Given the economic outlook, and recognizing the time it takes for policy actions to affect future economic outcomes, the Committee decided to raise the target range for the federal funds rate to 1/4 to 1/2 percent. The stance of monetary policy remains accommodative after this increase, thereby supporting further improvement in labor market conditions. Lower energy prices should support household spending over the coming year.
"""

ADVISORY = """\
# Niger Travel Advisory

### Niger - Level 3: Reconsider Travel

Reconsider travel to Niger due to risk of **crime, civil unrest, terrorism, kidnapping and health.** Some areas have increased risk. Read the entire Travel Advisory.

Do Not Travel to the Malian border area, Diffa region, northern Agadez, and the Lake Chad region due to **terrorism**.

**Country Summary:** Violent crimes, such as armed robbery, are common. Demonstrations, while generally peaceful, may become violent at any time. They can lead to civil unrest.

Terrorist groups continue planning kidnappings and possible attacks in Niger. Terrorists may attack with little or no warning. The U.S. government has limited ability to provide emergency services to U.S. citizens outside Niamey, as U.S. government employees must obtain special authorization to travel there.

Access to medical care in Niger is limited. Facilities may not have adequate supplies of basic medications, especially outside of larger cities. It is highly recommended to have medical evacuation insurance for travel to Niger.

If you decide to travel to Niger:

* We recommend you stay in hotels with armed Nigerien security presence.
* Do not physically resist any robbery attempt.
* Use caution when walking or driving at night.
* Keep a low profile.
* Make backup plans to leave the country. There are limited means to leave the country.
* Have evacuation plans that do not rely on U.S. government assistance.

**Border Regions – Level 4: Do Not Travel**

Terrorist and criminal groups operate in the border areas within 50km of the Malian border. U.S. citizens should avoid travelling to the region during the rainy season from June to September.
"""

PEP = """\
Rationale
=========

Back in the early days of Python, the interpreter came with a large set of useful modules. This was often referred to as "batteries included" philosophy and was one of the cornerstones to Python's success story. Users didn't have to figure out how to download and install separate packages in order to write a simple web server or parse email.

Times have changed. With the introduction of PyPI, setuptools, and later pip, it became simple and straightforward to download and install packages. Nowadays Python has a rich and vibrant ecosystem of third-party packages.

The modules in this PEP have been selected for deprecation because their removal is either least controversial or most beneficial. The crypt module has fundamental flaws that are better solved outside the standard library. The servers are sometimes unavailable, too slow, or do not respond at all.

* The usage of FTP is declining, but some files are still provided over the FTP protocol. Therefore, ftplib is going to stay.
* The optparse and getopt modules are widely used. They are mature modules with very low maintenance overhead.

Deprecation schedule
====================

Starting with Python 3.11, deprecated modules will start issuing DeprecationWarning. The estimated EOL of Python 3.11 is October 2027. All modules deprecated by this PEP are removed in Python 3.13. Core developers should not add new features to deprecated modules, and bug reports must be triaged within five years of the deprecation.
"""

BALTIC = """\
Energy Security in the Baltic States: Outlook for 2026

Key Judgments

We assess with high confidence that Russia will continue to use energy supplies as a lever against the Baltic states. Moscow is likely to target undersea cables and pipelines in the Baltic Sea over the next year, probably using commercial vessels to preserve deniability.

The new interconnector with Poland will almost certainly reduce Lithuania's dependence on electricity imports from Belarus by 2027. Estonia is unable to replace its oil-shale power plants before 2030, and its grid will remain vulnerable during the winter.

Regional Cooperation

Finland and Estonia have strengthened their joint patrols in the Gulf of Finland since the 2023 pipeline incident. The European Commission is expected to fund about 40 percent of the new grid links, and Germany may provide naval support for the patrols. Public support for higher defence spending has increased in all three countries.

It is clear that the synchronisation of the Baltic grids with the continental European network will succeed. The organisation of emergency stockpiles remains the responsibility of national governments.

Recommendations

Member states should expand the monitoring of undersea infrastructure. The alliance must coordinate repair capacity across the region before the next winter. Governments should consider favourable loans for storage operators.
"""

SAHEL = """\
Sahel Security Outlook

The military government in Niamey will not agree to a new security arrangement with France before the end of the transition period. Jihadist groups may expand their operations into the coastal states of West Africa in the next two years.

We judge with low confidence that the junta can hold the northern towns without outside help. Niamey will seek closer ties with Moscow. Attacks on army posts near the tri-border area have increased sharply since the withdrawal of foreign troops, and the government is unlikely to regain control of the area in 2026.

Humanitarian access to the Tillaberi region has deteriorated. Donors are likely to reduce funding for the region, and at least two million people will need food assistance by the lean season.
"""

CASES = CaseSet(HERE)
case = CASES.case


# ---- likelihood -------------------------------------------------------------------------------------------
case("syn-likelihood-up-very-likely", BALTIC, [("Moscow is likely to target", "Moscow is very likely to target")],
     [a("Moscow is likely to target", "Moscow is very likely to target", "likelihood", "up")],
     "likely -> very likely: one band up")
case("syn-likelihood-up-may-will", SAHEL, [("Jihadist groups may expand", "Jihadist groups will expand")],
     [a("Jihadist groups may expand", "Jihadist groups will expand", "likelihood", "up")],
     "may -> will: a possibility became a certainty")
case("syn-likelihood-down-almost-certainly", BALTIC,
     [("will almost certainly reduce", "will probably reduce")],
     [a("will almost certainly reduce Lithuania", "will probably reduce Lithuania", "likelihood", "down")],
     "almost certainly -> probably")
case("syn-likelihood-down-will-could", SAHEL, [("Niamey will seek closer ties", "Niamey could seek closer ties")],
     [a("Niamey will seek closer ties", "Niamey could seek closer ties", "likelihood", "down")],
     "will -> could")
case("syn-likelihood-negation-folded", SAHEL,
     [("will not agree to a new security arrangement", "is unlikely to agree to a new security arrangement")],
     [a("will not agree to a new security arrangement", "is unlikely to agree to a new security arrangement",
        "likelihood", "up")],
     "'will not' (certainly not) -> 'is unlikely to': the negation folds into an estimative word; the chance of "
     "agreement went up")
case("syn-likelihood-unlikely-to-will-not", SAHEL,
     [("the government is unlikely to regain control", "the government will not regain control")],
     [a("the government is unlikely to regain control", "the government will not regain control",
        "likelihood", "down")],
     "'is unlikely to' -> 'will not': the chance of regaining control went down")
case("syn-likelihood-clear-possible", BALTIC,
     [("It is clear that the synchronisation", "It is possible that the synchronisation")],
     [a("It is clear that the synchronisation", "It is possible that the synchronisation", "likelihood", "down")],
     "certainty -> possibility")
case("syn-likelihood-should-will", FOMC2,
     [("Lower energy prices should support household spending", "Lower energy prices will support household spending")],
     [a("Lower energy prices should support", "Lower energy prices will support", "likelihood", "up")],
     "predictive 'should' -> 'will': an expectation firmed up (not advice)")
case("syn-likelihood-expected-likely", FOMC2,
     [("Inflation is expected to rise to 2 percent", "Inflation is unlikely to rise to 2 percent")],
     [a("Inflation is expected to rise", "Inflation is unlikely to rise", "likelihood", "down")],
     "expected -> unlikely")
# ---- confidence ---------------------------------------------------------------------------------------------
case("syn-confidence-down", BALTIC, [("We assess with high confidence", "We assess with moderate confidence")],
     [a("We assess with high confidence", "We assess with moderate confidence", "confidence", "down")],
     "high -> moderate confidence")
case("syn-confidence-up", SAHEL, [("We judge with low confidence", "We judge with moderate confidence")],
     [a("We judge with low confidence", "We judge with moderate confidence", "confidence", "up")],
     "low -> moderate confidence")
# ---- polarity -------------------------------------------------------------------------------------------------
case("syn-negation-added", PEP, [("The optparse and getopt modules are widely used.",
                                  "The optparse and getopt modules are not widely used.")],
     [a("getopt modules are widely used", "getopt modules are not widely used", "polarity", "reversed")],
     "a 'not' appears")
case("syn-negation-removed-prefix", BALTIC, [("Estonia is unable to replace", "Estonia is able to replace")],
     [a("Estonia is unable to replace", "Estonia is able to replace", "polarity", "reversed")],
     "unable -> able")
case("syn-antonym-increase-decrease", FOMC, [("approved a 25 basis point increase in the discount rate",
                                               "approved a 25 basis point decrease in the discount rate")],
     [a("basis point increase in the discount rate", "basis point decrease in the discount rate", "polarity",
        "reversed")],
     "increase -> decrease")
case("syn-antonym-strengthen-weaken", BALTIC, [("Finland and Estonia have strengthened their joint patrols",
                                                 "Finland and Estonia have weakened their joint patrols")],
     [a("have strengthened their joint patrols", "have weakened their joint patrols", "polarity", "reversed")],
     "strengthened -> weakened")
case("syn-trend-reversal", FOMC, [("hiring appears to have picked up", "hiring appears to have slowed")],
     [a("hiring appears to have picked up", "hiring appears to have slowed", "polarity", "reversed")],
     "picked up -> slowed")
case("syn-trend-reversal-in-rewrite", SAHEL,
     [("Attacks on army posts near the tri-border area have increased sharply since the withdrawal of foreign troops",
       "Since foreign troops withdrew, the number of attacks on army posts close to the tri-border area has "
       "declined markedly")],
     [a("have increased sharply since the withdrawal", "has declined markedly", "polarity", "reversed")],
     "a trend reversal inside a rewritten clause")
# ---- quantity -------------------------------------------------------------------------------------------------
case("syn-quantity-percent-up", BALTIC, [("about 40 percent of the new grid links", "about 60 percent of the new grid links")],
     [a("about 40 percent", "about 60 percent", "quantity", "up")], "40 -> 60 percent")
case("syn-quantity-years-down", PEP, [("within five years of the deprecation", "within three years of the deprecation")],
     [a("within five years", "within three years", "quantity", "down")], "five -> three years")
case("syn-quantity-range-up", FOMC2, [("to 1/4 to 1/2 percent", "to 1/2 to 3/4 percent")],
     [a("to 1/4 to 1/2 percent", "to 1/2 to 3/4 percent", "quantity", "up")], "a range moved up a quarter point")
case("syn-quantity-year-later", BALTIC, [("from Belarus by 2027", "from Belarus by 2029")],
     [a("from Belarus by 2027", "from Belarus by 2029", "quantity", "up")], "a deadline slips two years")
case("syn-quantity-km-up", ADVISORY, [("within 50km of the Malian border", "within 100km of the Malian border")],
     [a("within 50km of the Malian border", "within 100km of the Malian border", "quantity", "up")],
     "the danger zone doubles")
case("syn-quantity-millions-down", SAHEL, [("at least two million people", "at least one million people")],
     [a("at least two million people", "at least one million people", "quantity", "down")], "two -> one million")
case("syn-quantity-month-later", FOMC, [("Beginning in January, the Committee", "Beginning in March, the Committee")],
     [a("Beginning in January", "Beginning in March", "quantity", "up")], "a start date moves two months later")
case("syn-quantity-version", PEP, [("are removed in Python 3.13", "are removed in Python 3.14")],
     [a("are removed in Python 3.13", "are removed in Python 3.14", "quantity", "up")],
     "removal postponed by one release (version numbers compare part by part)")
case("syn-quantity-version-decimal", PEP,
     [("Starting with Python 3.11, deprecated", "Starting with Python 3.9, deprecated")],
     [a("Starting with Python 3.11", "Starting with Python 3.9", "quantity", "down")],
     "deprecation brought forward: 3.11 -> 3.9 is an earlier release")
# ---- actors ---------------------------------------------------------------------------------------------------
case("syn-actor-replaced", BALTIC, [("Germany may provide naval support", "Sweden may provide naval support")],
     [a("Germany may provide naval support", "Sweden may provide naval support", "actor")], "Germany -> Sweden")
case("syn-actor-added", SAHEL, [("Niamey will seek closer ties with Moscow.", "Niamey will seek closer ties with Moscow and Ankara.")],
     [a("closer ties with Moscow.", "closer ties with Moscow and Ankara", "actor")], "Ankara added")
case("syn-actor-removed-list", ADVISORY,
     [("Do Not Travel to the Malian border area, Diffa region, northern Agadez, and the Lake Chad region",
       "Do Not Travel to the Malian border area, northern Agadez, and the Lake Chad region")],
     [a("Diffa region", "Do Not Travel to the Malian border area, northern Agadez, and the Lake Chad region")],
     "a do-not-travel zone (Diffa) dropped from the list")
# ---- recommendations ------------------------------------------------------------------------------------------
case("syn-rec-softened-may-wish", BALTIC, [("Member states should expand the monitoring", "Member states may wish to expand the monitoring")],
     [a("Member states should expand", "Member states may wish to expand", "recommendation", "down")],
     "should -> may wish to")
case("syn-rec-softened-must-should", BALTIC, [("The alliance must coordinate", "The alliance should coordinate")],
     [a("The alliance must coordinate", "The alliance should coordinate", "recommendation", "down")],
     "must -> should")
case("syn-rec-strengthened", PEP, [("Core developers should not add new features", "Core developers must not add new features")],
     [a("Core developers should not add", "Core developers must not add", "recommendation", "up")],
     "should not -> must not")
case("syn-rec-bullet-dropped", ADVISORY, [("* Do not physically resist any robbery attempt.\n", "")],
     [a("Do not physically resist any robbery attempt", None, "recommendation")], "advice bullet dropped")
case("syn-rec-bullet-added", ADVISORY, [("* Keep a low profile.\n", "* Keep a low profile.\n* Carry a copy of your passport at all times.\n")],
     [a(None, "Carry a copy of your passport at all times", "recommendation")], "advice bullet added")
case("syn-rec-sentence-dropped", BALTIC, [(" Governments should consider favourable loans for storage operators.", "")],
     [a("Governments should consider favourable loans", None, "recommendation")], "a recommendation deleted")
case("syn-advisory-level-lowered", ADVISORY, [("### Niger - Level 3: Reconsider Travel", "### Niger - Level 2: Exercise Increased Caution"),
                                              ("Reconsider travel to Niger due to", "Exercise increased caution in Niger due to")],
     [a("Niger - Level 3: Reconsider Travel", "Niger - Level 2: Exercise Increased Caution", "recommendation", "down"),
      a("Reconsider travel to Niger due to", "Exercise increased caution in Niger due to", "recommendation", "down")],
     "advisory lowered from Level 3 to Level 2")
# ---- judgment sentences ---------------------------------------------------------------------------------------
case("syn-judgment-added", BALTIC, [("probably using commercial vessels to preserve deniability.",
                                     "probably using commercial vessels to preserve deniability. Further sabotage of "
                                     "the Balticconnector pipeline is likely before the end of the heating season.")],
     [a(None, "Further sabotage of the Balticconnector pipeline is likely", "added")], "an estimative sentence added")
case("syn-judgment-removed", SAHEL, [(" Donors are likely to reduce funding for the region, and at least two million people will need food assistance by the lean season.", "")],
     [a("Donors are likely to reduce funding", None, "removed")], "an estimative sentence removed")
case("syn-neutral-sentence-added", PEP, [("Nowadays Python has a rich and vibrant ecosystem of third-party packages.",
                                          "Nowadays Python has a rich and vibrant ecosystem of third-party packages. "
                                          "The Python Package Index lists the important packages by download count, "
                                          "and the list is updated as progress is made on new releases.")],
     [a(None, "The Python Package Index lists the important packages", "added")],
     "a statement added is at least medium, judgment words or not (docs/severity.md)")
case("syn-neutral-sentence-removed", FOMC, [(" The evidence accumulated over the intermeeting period indicates", " The evidence indicates")],
     [], "'accumulated over the intermeeting period' dropped: wording only")
# ---- more single edits --------------------------------------------------------------------------------------
case("syn-likelihood-hedge-added", BALTIC, [("Russia will continue to use energy supplies", "Russia will probably continue to use energy supplies")],
     [a("Russia will continue to use energy", "Russia will probably continue to use energy", "likelihood", "down")],
     "a certainty hedged: will -> will probably")
case("syn-rec-softened-consider", ADVISORY, [("U.S. citizens should avoid travelling to the region", "U.S. citizens could consider avoiding travel to the region")],
     [a("U.S. citizens should avoid travelling", "U.S. citizens could consider avoiding travel", "recommendation", "down")],
     "should avoid -> could consider avoiding")
case("syn-negation-no-longer", PEP, [("Therefore, ftplib is going to stay.", "Therefore, ftplib is no longer going to stay.")],
     [a("ftplib is going to stay", "ftplib is no longer going to stay", "polarity", "reversed")],
     "'no longer' inserted: the module is not kept after all")
case("syn-negation-never", SAHEL, [("the junta can hold the northern towns", "the junta can never hold the northern towns")],
     [a("the junta can hold the northern towns", "the junta can never hold the northern towns", "polarity", "reversed")],
     "'never' inserted")
case("syn-quantity-billions-down", FOMC, [("at a pace of $35 billion per month", "at a pace of $25 billion per month")],
     [a("at a pace of $35 billion", "at a pace of $25 billion", "quantity", "down")], "$35 -> $25 billion")
case("syn-quantity-mixed-fraction-up", FOMC, [("in the discount rate to 2-1/4 percent", "in the discount rate to 2-3/4 percent")],
     [a("discount rate to 2-1/4 percent", "discount rate to 2-3/4 percent", "quantity", "up")], "2-1/4 -> 2-3/4 percent")
case("syn-quantity-fed-funds-down", FOMC, [("federal funds rate at 1 percent", "federal funds rate at 3/4 percent")],
     [a("federal funds rate at 1 percent", "federal funds rate at 3/4 percent", "quantity", "down")], "1 -> 3/4 percent")
case("syn-quantity-decimal-percent-up", FOMC2, [("2 percent longer-run objective", "2.5 percent longer-run objective")],
     [a("below the Committee's 2 percent", "below the Committee's 2.5 percent", "quantity", "up")], "2 -> 2.5 percent")
case("syn-actor-person-replaced", FOMC, [("Alan Greenspan, Chairman; Timothy F. Geithner, Vice Chairman",
                                          "Alan Greenspan, Chairman; Roger W. Ferguson, Vice Chairman")],
     [a("Timothy F. Geithner, Vice Chairman", "Roger W. Ferguson, Vice Chairman", "actor")], "a voter replaced")
case("syn-trend-improved-deteriorated", SAHEL, [("Humanitarian access to the Tillaberi region has deteriorated.",
                                                  "Humanitarian access to the Tillaberi region has improved.")],
     [a("Tillaberi region has deteriorated", "Tillaberi region has improved", "polarity", "reversed")],
     "deteriorated -> improved")
case("syn-likelihood-possible-sentence-added", FOMC2, [("the housing sector has improved further.",
                                                       "the housing sector has improved further. Net exports may "
                                                       "weaken further in coming quarters.")],
     [a(None, "Net exports may weaken further in coming quarters", "added")], "a new outlook sentence")
case("syn-judgment-rewrite-actor", SAHEL, [("Niamey will seek closer ties with Moscow.",
                                            "To replace French support, the junta is turning to Beijing for arms and "
                                            "investment.")],
     [a("Niamey will seek closer ties with Moscow", "the junta is turning to Beijing")],
     "the judgment is rewritten around another partner")
case("cos-sentences-swapped", ADVISORY, [("Violent crimes, such as armed robbery, are common. Demonstrations, while "
                                          "generally peaceful, may become violent at any time.",
                                          "Demonstrations, while generally peaceful, may become violent at any time. "
                                          "Violent crimes, such as armed robbery, are common.")],
     [], "two sentences swap places inside a paragraph")
case("cos-number-written-out", PEP, [("within five years of the deprecation", "within 5 years of the deprecation")],
     [], "'five' -> '5': the same number")
case("cos-markdown-emphasis", ADVISORY, [("due to **terrorism**.", "due to terrorism."),
                                         ("**Country Summary:** Violent", "Country Summary: Violent")],
     [], "bold markup dropped")

# ---- cosmetic -------------------------------------------------------------------------------------------------


def reflow60(text: str) -> str:
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if any(ln.startswith(("#", "*", "=", "Recommend")) or len(ln) < 60 for ln in lines) and len(lines) > 1:
            out.append(para)
        else:
            out.append(textwrap.fill(para, 60) if len(para) > 60 and not para.startswith(("#", "*")) else para)
    return "\n\n".join(out)


def typography(text: str) -> str:
    text = re.sub(r"'", "\u2019", text)
    text = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", text)
    return text.replace(" – ", " - ").replace("third-party", "third\u2011party")


def move_paragraph(text: str) -> str:
    paras = text.split("\n\n")
    p = paras.pop(3)
    paras.insert(1, p)
    return "\n\n".join(paras)


def split_paragraph(text: str) -> str:
    return text.replace("without outside help. Niamey", "without outside help.\n\nNiamey")


case("cos-reflow-60", BALTIC, reflow60, [], "hard-wrapped at 60 columns", paragraphs={"modified": 0, "added": 0, "removed": 0})
case("cos-reflow-60-fomc", FOMC2, reflow60, [], "hard-wrapped at 60 columns", paragraphs={"modified": 0, "added": 0, "removed": 0})
case("cos-typography", PEP, typography, [], "curly quotes and a non-breaking hyphen", paragraphs={"modified": 0})
case("cos-dash-quotes-advisory", ADVISORY, lambda t: t.replace(" – ", " - ").replace("Nigerien", "Nigerien"), [],
     "en dash -> hyphen in a heading")
case("cos-crlf-double-spaces", FOMC, crlf_spaces, [], "CRLF line ends and double spaces after periods",
     paragraphs={"modified": 0, "added": 0, "removed": 0}, exit_code=0)
case("cos-name-spelling-fix", FOMC, [("Timothy F. Geithner", "Timothy F. Giethner"), ("Sandra Pianalto", "Sandra Pianlato")],
     [], "two misspelt names (the old version is the typo; the new version fixes it)", swap=True)
case("cos-british-american", BALTIC, [("defence", "defense"), ("synchronisation", "synchronization"),
                                      ("organisation", "organization"), ("favourable", "favorable")],
     [], "British -> American spelling")
case("cos-oxford-comma", ADVISORY, [("terrorism, kidnapping and health", "terrorism, kidnapping, and health")], [],
     "an Oxford comma")
case("cos-capitalisation", SAHEL, [("The military government in Niamey", "The Military Government in Niamey"),
                                   ("Jihadist groups", "jihadist groups")], [], "capitalisation only")
case("cos-moved-paragraph", SAHEL, move_paragraph, [], "a paragraph moves, word for word",
     paragraphs={"moved": 1, "modified": 0, "added": 0, "removed": 0})
case("cos-split-paragraph", SAHEL, split_paragraph, [], "one paragraph split in two, no word changed")
case("cos-typo-fixes", PEP, [("unavailable", "unavailble"), ("straightforward", "straightfoward"), ("cornerstones", "cornerstons")],
     [], "three typos fixed (old has them)", swap=True)


if __name__ == "__main__":
    CASES.write()
