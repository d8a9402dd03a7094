# ruff: noqa: E501  (case data: long literal sentences read better unwrapped)
"""Write the synthetic cases of tests/eval_fresh (the real-revision cases beside them are written by hand).

An independent held-out-style set: five short documents written for this set (an intelligence-style regional
assessment, a non-US central-bank statement, a think-tank brief with Recommendations, a health travel notice
and an RFC-like technical policy note), none of them used by the dev cases or tests/eval_extra, with single
and multi-edit revisions. Labels say what a reader needs flagged, per the spec's kind/direction table; they
were written before reading monitor/assess/ or looking at monitor's output.

    python tests/eval_fresh/make_cases.py      # rewrites the syn-* and cos-* folders
"""

from __future__ import annotations

import pathlib
import sys
import textwrap

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # the repository root, for tests.casegen

from tests.casegen import CaseSet, a, crlf_spaces  # noqa: E402

HORN = """\
Horn of Africa: Regional Security Outlook, 2026-2027

Key Judgments

We assess with moderate confidence that Ethiopia will likely seek negotiated access to a Red Sea port within the next 18 months rather than use force. Eritrea is unlikely to accept any arrangement that places Ethiopian naval assets at Assab.

The Tigray People's Liberation Front remains divided, and the interim administration in Mekelle will probably lose control of at least three districts to rival factions by mid-2026. Federal forces could intervene if fighting spreads to the Amhara border.

Sudan and Somalia

The war in Sudan will continue to draw in external backers, including the United Arab Emirates and Egypt. We judge that neither the Sudanese Armed Forces nor the Rapid Support Forces can achieve a decisive military victory in 2026. Refugee flows into Chad have increased to roughly 750,000 people since April 2023.

Al-Shabaab has expanded its operations in central Somalia despite the African Union mission's offensive. The group is likely to retain control of rural areas in Middle Shabelle through 2027. Turkish and Qatari financing will remain essential to the federal government's budget.

Outlook

It is almost certain that food insecurity across the region will worsen if the spring rains fail for a third consecutive season. Donor funding covered only 38 percent of the 2025 humanitarian appeal, and we expect it to decline further.
"""

BANK = """\
Monetary Policy Announcement

The Bank of Canada today held its target for the overnight rate at 2.75%, with the Bank Rate at 3% and the deposit rate at 2.70%. The Bank is continuing its policy of balance sheet normalization.

Global growth has slowed in recent months, and the outlook remains clouded by trade tensions with the United States. In Canada, GDP grew by 1.8% in the second quarter, somewhat stronger than projected in July. Household spending remains resilient, but business investment has weakened.

CPI inflation eased to 2.1% in September, as gasoline prices declined. Core measures of inflation have been around 2.5%. The Bank expects inflation to remain close to the 2% target over the next two years.

Governing Council judges that further easing may be needed if the labour market continues to soften. Members agreed that the risks to the inflation outlook are roughly balanced. The Bank will continue to assess the effects of tariffs on prices and employment.
"""

BRIEF = """\
Securing Critical Minerals: A Policy Brief

Summary

Europe imports nearly 98 percent of its rare earth magnets from China, and demand is expected to grow fivefold by 2030. Beijing's export controls on gallium and germanium in 2023 showed that these dependencies can be used as leverage. A new round of controls is likely within the next two years.

Findings

The Critical Raw Materials Act sets a target of processing 40 percent of annual consumption within the EU by 2030. Current processing capacity is far below that level, and permitting for new refineries still takes between eight and twelve years. Recycling will not close the gap before the mid-2030s.

Partnerships with Australia, Canada and Chile offer the most reliable near-term supply. The Minerals Security Partnership has funded 14 projects so far, but only three have reached production.

Recommendations

* The European Commission should establish a joint purchasing platform for critical minerals by 2026.
* Member states must shorten permitting for strategic projects to no more than 24 months.
* The EU should build a strategic stockpile covering at least six months of consumption.
* Governments should consider co-investing with Japan in refining capacity outside China.
"""

HEALTH = """\
Travel Health Notice: Dengue in the Caribbean

Level 1 - Practice Usual Precautions

Dengue is a risk in many parts of the Caribbean, and several countries have reported a sharp increase in cases in 2025. The Dominican Republic reported more than 12,000 cases between January and June, twice as many as in the same period of 2024.

Dengue is spread by the bite of an infected Aedes mosquito. Most infections cause mild illness, but about 1 in 20 people who get sick will develop severe dengue, which can be fatal. There is no specific medicine to treat dengue.

What travelers can do

Travelers should prevent mosquito bites by using an EPA-registered insect repellent, wearing long-sleeved shirts and long pants, and staying in places with air conditioning or window screens.

Travelers who develop a fever within two weeks of returning should seek medical care promptly. The vaccine Dengvaxia is not recommended for travelers.

Clinicians should consider dengue in patients with fever who have traveled to the Caribbean in the past 14 days.
"""

RFC = """\
Policy Note SEC-14: Retiring Legacy TLS on Internal Services

Status: Draft, version 0.3

1. Background

Roughly 22 percent of internal service endpoints still accept TLS 1.0 or TLS 1.1. Both versions were deprecated by RFC 8996 in March 2021 and are no longer supported by current browsers. Clients that cannot negotiate TLS 1.2 are concentrated in the payroll and badge-access systems.

2. Requirements

All internal services MUST support TLS 1.2 and SHOULD support TLS 1.3 by 30 June 2026. Services MUST NOT offer cipher suites that use RC4 or 3DES. Operators MAY keep TLS 1.1 enabled on isolated legacy networks until the end of 2026.

3. Risks

Disabling TLS 1.0 will probably break the badge readers in two older buildings. The vendor has indicated that a firmware update is unlikely before the third quarter of 2026. The security team considers the residual risk acceptable.

4. Transition

The platform team will publish a compatibility report every month. Exceptions require approval from the Chief Information Security Officer.
"""

CASES = CaseSet(HERE)
case = CASES.case


# ---- likelihood and confidence --------------------------------------------------------------------------------
case("syn-horn-probably-almost-certainly", HORN,
     [("will probably lose control", "will almost certainly lose control")],
     [a("will probably lose control", "will almost certainly lose control", "likelihood", "up")],
     "probably -> almost certainly: up two bands")
case("syn-horn-could-expected", HORN,
     [("Federal forces could intervene", "Federal forces are expected to intervene")],
     [a("Federal forces could intervene", "Federal forces are expected to intervene", "likelihood", "up")],
     "could -> are expected to")
case("syn-horn-confidence-up", HORN,
     [("We assess with moderate confidence that Ethiopia", "We assess with high confidence that Ethiopia")],
     [a("with moderate confidence that Ethiopia", "with high confidence that Ethiopia", "confidence", "up")],
     "moderate -> high confidence, likelihood unchanged")
case("syn-rfc-probably-might", RFC,
     [("will probably break the badge readers", "might break the badge readers")],
     [a("will probably break the badge readers", "might break the badge readers", "likelihood", "down")],
     "will probably -> might")
case("syn-rfc-unlikely-expected", RFC,
     [("a firmware update is unlikely before", "a firmware update is expected before")],
     [a("firmware update is unlikely before", "firmware update is expected before", "likelihood", "up")],
     "unlikely -> expected")
case("syn-bank-may-will", BANK,
     [("further easing may be needed", "further easing will be needed")],
     [a("further easing may be needed", "further easing will be needed", "likelihood", "up")],
     "may -> will")
case("syn-brief-likely-remote", BRIEF,
     [("A new round of controls is likely within", "A new round of controls is a remote possibility within")],
     [a("A new round of controls is likely within", "controls is a remote possibility within", "likelihood", "down")],
     "likely -> remote possibility")

# ---- polarity -------------------------------------------------------------------------------------------------
case("syn-horn-no-longer", HORN,
     [("financing will remain essential to", "financing will no longer be essential to")],
     [a("financing will remain essential", "financing will no longer be essential", "polarity", "reversed")],
     "remain essential -> no longer essential")
case("syn-horn-increase-decrease", HORN,
     [("Refugee flows into Chad have increased", "Refugee flows into Chad have decreased")],
     [a("Refugee flows into Chad have increased", "Refugee flows into Chad have decreased", "polarity", "reversed")],
     "trend reversal")
case("syn-bank-weakened-strengthened", BANK,
     [("business investment has weakened", "business investment has strengthened")],
     [a("business investment has weakened", "business investment has strengthened", "polarity", "reversed")],
     "antonym")
case("syn-bank-easing-tightening", BANK,
     [("further easing may be needed", "further tightening may be needed")],
     [a("further easing may be needed", "further tightening may be needed", "polarity", "reversed")],
     "easing -> tightening: the policy bias reverses")
case("syn-brief-negation-removed", BRIEF,
     [("Recycling will not close the gap", "Recycling will close the gap")],
     [a("Recycling will not close the gap", "Recycling will close the gap", "polarity", "reversed")],
     "negation removed")
case("syn-rfc-acceptable-unacceptable", RFC,
     [("considers the residual risk acceptable", "considers the residual risk unacceptable")],
     [a("considers the residual risk acceptable", "considers the residual risk unacceptable", "polarity", "reversed")],
     "un- prefix added")
case("syn-health-increase-decrease", HEALTH,
     [("reported a sharp increase in cases", "reported a sharp decrease in cases")],
     [a("reported a sharp increase in cases", "reported a sharp decrease in cases", "polarity", "reversed")],
     "trend reversal")

# ---- quantity -------------------------------------------------------------------------------------------------
case("syn-horn-percent-up", HORN, [("covered only 38 percent", "covered only 52 percent")],
     [a("covered only 38 percent", "covered only 52 percent", "quantity", "up")], "percentage up")
case("syn-bank-gdp-down", BANK, [("GDP grew by 1.8% in the second", "GDP grew by 1.2% in the second")],
     [a("GDP grew by 1.8%", "GDP grew by 1.2%", "quantity", "down")], "percent with % sign down")
case("syn-brief-range-down", BRIEF, [("between eight and twelve years", "between five and seven years")],
     [a("between eight and twelve years", "between five and seven years", "quantity", "down")], "number-word range down")
case("syn-brief-fold-up", BRIEF, [("expected to grow fivefold by", "expected to grow tenfold by")],
     [a("expected to grow fivefold", "expected to grow tenfold", "quantity", "up")], "multiplier word up")
case("syn-rfc-date-later", RFC, [("TLS 1.3 by 30 June 2026", "TLS 1.3 by 31 December 2026")],
     [a("SHOULD support TLS 1.3 by 30 June 2026", "SHOULD support TLS 1.3 by 31 December 2026", "quantity", "up")],
     "deadline moved later")
case("syn-health-count-up", HEALTH, [("more than 12,000 cases", "more than 21,000 cases")],
     [a("more than 12,000 cases", "more than 21,000 cases", "quantity", "up")], "count with thousands separator up")
case("syn-health-weeks-up", HEALTH, [("within two weeks of returning", "within three weeks of returning")],
     [a("within two weeks of returning", "within three weeks of returning", "quantity", "up")], "number word up")

# ---- actor ----------------------------------------------------------------------------------------------------
case("syn-horn-actor-replaced", HORN, [("including the United Arab Emirates and Egypt", "including Russia and Egypt")],
     [a("including the United Arab Emirates and Egypt", "including Russia and Egypt", "actor")], "a backer replaced")
case("syn-brief-actor-replaced", BRIEF, [("Australia, Canada and Chile offer", "Australia, Canada and Argentina offer")],
     [a("Australia, Canada and Chile offer", "Australia, Canada and Argentina offer", "actor")], "a partner country replaced")
case("syn-rfc-actor-role", RFC, [("approval from the Chief Information Security Officer", "approval from the Chief Technology Officer")],
     [a("Chief Information Security Officer", "Chief Technology Officer", "actor")], "the approving officer replaced")

# ---- recommendations ------------------------------------------------------------------------------------------
case("syn-brief-rec-dropped", BRIEF,
     [("* The EU should build a strategic stockpile covering at least six months of consumption.\n", "")],
     [a("should build a strategic stockpile", None, "recommendation")], "a recommendation bullet dropped")
case("syn-brief-rec-added", BRIEF,
     [("outside China.\n", "outside China.\n* NATO should include critical minerals in its defence planning.\n")],
     [a(None, "NATO should include critical minerals in its defence planning", "recommendation")], "a recommendation bullet added")
case("syn-brief-rec-softened", BRIEF,
     [("Member states must shorten permitting", "Member states should consider shortening permitting")],
     [a("Member states must shorten permitting", "Member states should consider shortening permitting", "recommendation", "down")],
     "must -> should consider")
case("syn-brief-rec-strengthened", BRIEF,
     [("Governments should consider co-investing with Japan", "Governments must co-invest with Japan")],
     [a("Governments should consider co-investing", "Governments must co-invest", "recommendation", "up")],
     "should consider -> must")
case("syn-rfc-should-must", RFC, [("and SHOULD support TLS 1.3", "and MUST support TLS 1.3")],
     [a("SHOULD support TLS 1.3", "MUST support TLS 1.3", "recommendation", "up")], "RFC 2119 SHOULD -> MUST")
case("syn-health-rec-softened", HEALTH,
     [("should seek medical care promptly", "may want to seek medical care")],
     [a("should seek medical care promptly", "may want to seek medical care", "recommendation", "down")],
     "should -> may want to")
case("syn-health-rec-removed", HEALTH,
     [("\n\nClinicians should consider dengue in patients with fever who have traveled to the Caribbean in the past 14 days.\n", "\n")],
     [a("Clinicians should consider dengue", None, "recommendation")], "a recommendation paragraph removed")

# ---- judgment added / removed ---------------------------------------------------------------------------------
case("syn-horn-judgment-removed", HORN,
     [(" The group is likely to retain control of rural areas in Middle Shabelle through 2027.", "")],
     [a("The group is likely to retain control of rural areas", None, "removed")], "an estimative sentence removed")
case("syn-brief-judgment-added", BRIEF,
     [("only three have reached production.", "only three have reached production. Supply disruptions are very likely to raise battery prices in Europe.")],
     [a(None, "Supply disruptions are very likely to raise battery prices", "added")], "an estimative sentence added")
case("syn-brief-neutral-added", BRIEF,
     [("Summary\n\n", "Summary\n\nThis brief draws on interviews with officials and industry representatives.\n\n")],
     [], "a neutral, descriptive sentence added: not a judgment")

# ---- multi-edit -----------------------------------------------------------------------------------------------
case("syn-horn-multi", HORN,
     [("within the next 18 months", "within the next six months"),
      ("Eritrea is unlikely to accept", "Eritrea is likely to accept"),
      ("It is almost certain that food insecurity", "It is possible that food insecurity")],
     [a("within the next 18 months", "within the next six months", None, None),
      a("Eritrea is unlikely to accept", "Eritrea is likely to accept", "likelihood", "up"),
      a("It is almost certain that food insecurity", "It is possible that food insecurity", "likelihood", "down")],
     "three edits: a period shortened, unlikely -> likely, almost certain -> possible")
case("syn-bank-multi", BANK,
     [("today held its target for the overnight rate at 2.75%", "today lowered its target for the overnight rate to 2.5%"),
      ("Core measures of inflation have been around 2.5%.", "Core measures of inflation have been around 2.75%."),
      ("are roughly balanced", "are tilted to the downside")],
     [a("held its target for the overnight rate at 2.75%", "lowered its target for the overnight rate to 2.5%"),
      a("have been around 2.5%", "have been around 2.75%", "quantity", "up"),
      a("risks to the inflation outlook are roughly balanced", "risks to the inflation outlook are tilted to the downside")],
     "a rate cut, a core-inflation number, the balance of risks")
case("syn-rfc-multi", RFC,
     [("Roughly 22 percent of internal", "Roughly 9 percent of internal"),
      ("Services MUST NOT offer cipher suites", "Services MAY offer cipher suites"),
      (" Operators MAY keep TLS 1.1 enabled on isolated legacy networks until the end of 2026.", "")],
     [a("Roughly 22 percent", "Roughly 9 percent", "quantity", "down"),
      a("Services MUST NOT offer cipher suites", "Services MAY offer cipher suites"),
      a("Operators MAY keep TLS 1.1 enabled", None)],
     "a share down, a prohibition lifted, a permission dropped")
case("syn-health-multi", HEALTH,
     [("Level 1 - Practice Usual Precautions", "Level 2 - Practice Enhanced Precautions"),
      ("about 1 in 20 people", "about 1 in 4 people"),
      ("The vaccine Dengvaxia is not recommended for travelers.", "The vaccine Dengvaxia is recommended for travelers.")],
     [a("Level 1 - Practice Usual Precautions", "Level 2 - Practice Enhanced Precautions"),
      a("about 1 in 20 people", "about 1 in 4 people", "quantity"),
      a("Dengvaxia is not recommended", "Dengvaxia is recommended")],
     "level raised, severe share raised, a vaccine advice reversed")


# ---- cosmetic: no medium/high flag -----------------------------------------------------------------------------
def reflow72(text: str) -> str:
    out = []
    for para in text.split("\n\n"):
        if "\n" in para.strip() or para.startswith(("*", "#")):
            out.append(para)
        else:
            out.append(textwrap.fill(para, 72) if len(para) > 72 else para)
    return "\n\n".join(out)


def typography(text: str) -> str:
    text = text.replace("'", "\u2019").replace(" - ", " \u2013 ").replace("2026-2027", "2026\u20132027")
    return text.replace("38 percent", "38\u00a0percent").replace("18 months", "18\u00a0months")


def move_paragraph(text: str) -> str:
    paras = text.rstrip("\n").split("\n\n")
    p = paras.pop(5)
    paras.insert(3, p)
    return "\n\n".join(paras) + "\n"


case("cos-horn-reflow72", HORN, reflow72, [], "hard-wrapped at 72 columns",
     paragraphs={"modified": 0, "added": 0, "removed": 0})
case("cos-rfc-reflow72", RFC, reflow72, [], "hard-wrapped at 72 columns",
     paragraphs={"modified": 0, "added": 0, "removed": 0})
case("cos-horn-typography", HORN, typography, [], "curly apostrophes, en dashes, non-breaking spaces",
     paragraphs={"modified": 0})
case("cos-health-typography", HEALTH, typography, [], "en dash in the level line, curly apostrophes")
case("cos-bank-crlf-spaces", BANK, crlf_spaces, [], "CRLF and double spaces after full stops",
     paragraphs={"modified": 0, "added": 0, "removed": 0}, exit_code=0)
case("cos-bank-spelling", BANK, [("labour market", "labor market"), ("normalization", "normalisation")], [],
     "British/American spelling variants")
case("cos-health-spelling", HEALTH, [("What travelers can do", "What travellers can do"),
                                     ("have traveled to the", "have travelled to the")], [],
     "travelers/travellers")
case("cos-brief-typo-fix", BRIEF, [("Current processing capacity is far below", "Current procesing capacity is far below"),
                                   ("demand is expected to grow", "demand is expectd to grow")], [],
     "two typos fixed (old has them)", swap=True)
case("cos-horn-move", HORN, move_paragraph, [], "a paragraph moved, word for word",
     paragraphs={"moved": 1, "added": 0, "removed": 0, "modified": 0})
case("cos-rfc-split", RFC, [("or 3DES. Operators MAY", "or 3DES.\n\nOperators MAY")], [],
     "a paragraph split in two, no word changed")
case("cos-brief-oxford-comma", BRIEF, [("Australia, Canada and Chile", "Australia, Canada, and Chile")], [],
     "an Oxford comma")


# ---- batch 2: two more documents, written and labelled after the first round of fixes, before running them ----
CAUCASUS = """\
South Caucasus: Outlook After the Peace Framework

Key judgments

We judge with high confidence that Armenia and Azerbaijan will not return to large-scale fighting in 2026. Baku is not prepared to sign a final treaty until Yerevan amends its constitution, and there is only a remote chance that a referendum will be held before the June 2026 elections.

Russia and Turkey will continue to compete for influence over the new transit corridor through Syunik. The corridor could carry up to 15 million tonnes of freight a year by 2030, and the European Union has pledged EUR 300 million for border infrastructure.

Risks

Tensions along the border will probably ease as demarcation proceeds. Armenia's trade with Russia has accelerated since 2022, which leaves Yerevan exposed to pressure from Moscow.
"""

MPC = """\
Monetary Policy Summary, November 2025

The Monetary Policy Committee voted by a majority of 7-2 to maintain Bank Rate at 4 per cent. Two members preferred to reduce Bank Rate by 0.25 percentage points, to 3.75 per cent.

CPI inflation was 3.8% in September and is expected to peak in the fourth quarter before falling back towards the 2 per cent target in the second half of 2026. Wage growth has continued to moderate, and the labour market has loosened further.

Governor Andrew Bailey said that the Committee would remain attentive to risks from persistent services inflation. Monetary policy will need to remain restrictive for sufficiently long until the risks to inflation returning sustainably to the target have dissipated.

Households should expect mortgage rates to stay above pre-pandemic levels for at least the next two years.
"""

case("syn2-caucasus-remote-realistic", CAUCASUS, [("only a remote chance that a referendum", "a realistic possibility that a referendum")],
     [a("only a remote chance that a referendum", "a realistic possibility that a referendum", "likelihood", "up")], "remote chance -> realistic possibility")
case("syn2-caucasus-confidence-down", CAUCASUS, [("We judge with high confidence that Armenia", "We judge with low confidence that Armenia")],
     [a("with high confidence that Armenia", "with low confidence that Armenia", "confidence", "down")], "high -> low confidence")
case("syn2-caucasus-negation-removed", CAUCASUS, [("Baku is not prepared to sign", "Baku is prepared to sign")],
     [a("Baku is not prepared to sign", "Baku is prepared to sign", "polarity", "reversed")], "negation removed")
case("syn2-caucasus-money-up", CAUCASUS, [("pledged EUR 300 million", "pledged EUR 450 million")],
     [a("pledged EUR 300 million", "pledged EUR 450 million", "quantity", "up")], "amount up")
case("syn2-caucasus-actor-added", CAUCASUS, [("Russia and Turkey will continue", "Russia, Turkey and Iran will continue")],
     [a("Russia and Turkey will continue", "Russia, Turkey and Iran will continue", "actor")], "an actor added")
case("syn2-caucasus-accelerated-slowed", CAUCASUS, [("trade with Russia has accelerated", "trade with Russia has slowed")],
     [a("trade with Russia has accelerated", "trade with Russia has slowed", "polarity", "reversed")], "trend reversal")
case("syn2-caucasus-ease-intensify", CAUCASUS, [("will probably ease as demarcation", "will probably intensify as demarcation")],
     [a("will probably ease as demarcation", "will probably intensify as demarcation", "polarity", "reversed")], "ease -> intensify")
case("syn2-caucasus-sentence-added", CAUCASUS, [("exposed to pressure from Moscow.", "exposed to pressure from Moscow. Azerbaijan is likely to expand its gas exports to Europe through 2027.")],
     [a(None, "Azerbaijan is likely to expand its gas exports to Europe", "added")], "an estimative sentence added")
case("syn2-mpc-vote-split", MPC, [("by a majority of 7-2 to maintain", "by a majority of 5-4 to maintain"), ("Two members preferred", "Four members preferred")],
     [a("by a majority of 7-2", "by a majority of 5-4", "quantity"), a("Two members preferred", "Four members preferred", "quantity", "up")], "vote split narrowed")
case("syn2-mpc-ordinal-later", MPC, [("peak in the fourth quarter", "peak in the first quarter")],
     [a("peak in the fourth quarter", "peak in the first quarter", "quantity")], "ordinal changed")
case("syn2-mpc-person-replaced", MPC, [("Governor Andrew Bailey said", "Deputy Governor Clare Lombardelli said")],
     [a("Governor Andrew Bailey said", "Deputy Governor Clare Lombardelli said", "actor")], "speaker replaced")
case("syn2-mpc-rec-dropped", MPC, [("\n\nHouseholds should expect mortgage rates to stay above pre-pandemic levels for at least the next two years.\n", "\n")],
     [a("Households should expect mortgage rates", None)], "advice paragraph dropped")
case("syn2-mpc-restrictive-accommodative", MPC, [("will need to remain restrictive for", "will need to remain accommodative for")],
     [a("will need to remain restrictive", "will need to remain accommodative", "polarity", "reversed")], "stance reversed")
case("syn2-mpc-loosened-tightened", MPC, [("labour market has loosened further", "labour market has tightened further")],
     [a("labour market has loosened further", "labour market has tightened further", "polarity", "reversed")], "labour market tightness reversed")
case("cos2-mpc-per-cent", MPC, [("at 4 per cent", "at 4%"), ("to 3.75 per cent", "to 3.75%")], [], "per cent -> %: the same numbers")
case("cos2-caucasus-heading-case", CAUCASUS, [("Key judgments", "Key Judgments")], [], "heading capitalisation")
case("cos2-caucasus-typos", CAUCASUS, [("demarcation proceeds", "demarkation proceeds"), ("infrastructure", "infrastucture")], [],
     "two typos fixed (old has them)", swap=True)
case("cos2-mpc-reflow-dashes", MPC, lambda t: reflow72(t.replace("7-2", "7\u20132")), [], "reflowed at 72 columns and an en dash in the vote")


# ---- batch 3: written and labelled after the second round of fixes, before running them -------------------------
CYBER = """\
Annual Cyber Threat Assessment 2025

Summary

It is highly likely that state actors will continue to target energy and water utilities over the next two years. Ransomware incidents reported to the centre rose 30 percent in the first half of 2025, and the average ransom demand exceeded 1.5 million dollars. We have high confidence that most of these attacks were financially motivated.

The compromise of a regional grid operator in March was attributed to APT29. Criminal groups could begin to use AI-generated voice messages in fraud campaigns within the next year.

What organisations should do

* Organisations must patch internet-facing systems within 14 days of a critical vulnerability being published.
* Boards should review their incident response plans at least once a year.
* Operators of essential services should report significant incidents to the centre within 72 hours.
"""

SYN3 = [
    ("syn3-highly-likely-likely", [("It is highly likely that state actors", "It is likely that state actors")],
     [a("It is highly likely that state actors", "It is likely that state actors", "likelihood", "down")], "highly likely -> likely"),
    ("syn3-rose-fell", [("to the centre rose 30 percent", "to the centre fell 30 percent")],
     [a("rose 30 percent", "fell 30 percent", "polarity", "reversed")], "rose -> fell"),
    ("syn3-half-changed", [("in the first half of 2025", "in the second half of 2025")],
     [a("in the first half of 2025", "in the second half of 2025", "quantity")], "first -> second half"),
    ("syn3-confidence-sentence-removed", [(" We have high confidence that most of these attacks were financially motivated.", "")],
     [a("most of these attacks were financially motivated", None)], "a confidence judgment removed"),
    ("syn3-rec-bullet-added", [("within 72 hours.\n", "within 72 hours.\n* Organisations should enable phishing-resistant multi-factor authentication for all remote access.\n")],
     [a(None, "should enable phishing-resistant multi-factor authentication", "recommendation")], "a recommendation added"),
    ("syn3-rec-softened", [("* Organisations must patch internet-facing", "* Organisations are encouraged to patch internet-facing")],
     [a("Organisations must patch", "Organisations are encouraged to patch", "recommendation", "down")], "must -> are encouraged to"),
    ("syn3-actor-apt", [("was attributed to APT29", "was attributed to Volt Typhoon")],
     [a("was attributed to APT29", "was attributed to Volt Typhoon", "actor")], "attribution changed"),
    ("syn3-could-will", [("Criminal groups could begin to use", "Criminal groups will begin to use")],
     [a("Criminal groups could begin", "Criminal groups will begin", "likelihood", "up")], "could -> will"),
    ("syn3-deadline-hours", [("within 72 hours", "within 24 hours")],
     [a("within 72 hours", "within 24 hours", "quantity", "down")], "deadline shortened"),
    ("cos3-percent-sign", [("rose 30 percent", "rose 30%")], [], "percent -> %"),
    ("cos3-number-format", [("exceeded 1.5 million dollars", "exceeded 1,500,000 dollars")], [], "the same amount in figures"),
    ("cos3-organizations", [("What organisations should do", "What organizations should do"), ("* Organisations must", "* Organizations must")], [], "British -> American spelling"),
]
for name, edits, labels, note in SYN3:
    case(name, CYBER, edits, labels, note)


# ---- batch 4: edits applied to real documents no other set edits (written and labelled before running them) -----
CORPORA = HERE.parents[2] / "shared" / "corpora"


def _real(rel: str) -> str:
    path = CORPORA / rel
    return path.read_text(encoding="utf-8") if path.is_file() else ""


QE2 = _real("fomc/2010-11-03.txt")
ISRAEL = _real("travel-advisories/Israel__the_West_Bank_and_Gaza/v05_2025-07-14_f08cd3ac.md")

if QE2:
    case("syn4-qe2-amount", QE2, [("purchase a further $600 billion", "purchase a further $450 billion")],
         [a("purchase a further $600 billion", "purchase a further $450 billion", "quantity", "down")], "purchase amount cut")
    case("syn4-qe2-quarter", QE2, [("by the end of the second quarter of 2011", "by the end of the third quarter of 2011")],
         [a("by the end of the second quarter of 2011", "by the end of the third quarter of 2011", "quantity", "up")], "end date later")
    case("syn4-qe2-likely-removed", QE2, [("are likely to warrant exceptionally low levels", "warrant exceptionally low levels")],
         [a("are likely to warrant exceptionally low levels", "warrant exceptionally low levels", "likelihood", "up")], "hedge removed: asserted")
    case("syn4-qe2-rising-falling", QE2, [("Business spending on equipment and software is rising", "Business spending on equipment and software is falling")],
         [a("software is rising", "software is falling", "polarity", "reversed")], "rising -> falling")
    case("syn4-qe2-expand-reduce", QE2, [("decided today to expand its holdings of securities", "decided today to reduce its holdings of securities")],
         [a("decided today to expand its holdings", "decided today to reduce its holdings", "polarity", "reversed")], "policy reversed")
    case("cos4-qe2-unwrapped", QE2, lambda t: "\n\n".join(" ".join(p.split()) for p in t.split("\n\n")) + "\n", [],
         "the hard wrap removed: one line per paragraph", paragraphs={"modified": 0, "added": 0, "removed": 0})
if ISRAEL:
    case("syn4-israel-distance", ISRAEL, [("within **2.4km/1.5 miles**", "within **10km/6 miles**")],
         [a("2.4km/1.5 miles", "10km/6 miles", "quantity", "up")], "border zone widened")
    case("syn4-israel-open-closed", ISRAEL, [("the Taba crossing, which is open", "the Taba crossing, which is closed")],
         [a("the Taba crossing, which is open", "the Taba crossing, which is closed", "polarity", "reversed")], "crossing closed")
    case("syn4-israel-may-attack-will", ISRAEL, [("violent extremists may attack with little", "violent extremists will attack with little")],
         [a("violent extremists may attack", "violent extremists will attack", "likelihood", "up")], "may -> will")
    case("cos4-israel-typography", ISRAEL, lambda t: t.replace("'", "\u2019").replace(". ", ".  "), [],
         "curly apostrophes and double spaces")


if __name__ == "__main__":
    CASES.write()
